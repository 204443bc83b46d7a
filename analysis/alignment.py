"""Which side a party is on, from what the reports say of it, and stances read with that.

A statement alone often does not say which way its speaker leans. "Our members have buried
their animals for long enough" is a complaint that fits either side; the report around it
says which: "The herders' union sided with the government", "the chamber broke ranks with
the government", "the pilots' union hit back at the chamber". News language marks such
alignment with a small set of phrases (``sided with``, ``in support of``, ``backed``,
``broke ranks with``, ``accused … of``) whose subject and object are parties. A body's own
words say it too: "The government has finally listened", "the government not to bow to
pressure from Pelisk", "The government has sacrificed its own scientists".

:func:`alignments` finds those sentences in a corpus: one row per (party, relation, other
party), with the sentence's offsets, so every relation can be read where it stands. Given the
issue, it also finds parties said to back or fight what the target would end ("the union
has come out in support of the increase", "which campaigned for the test", when the target
is reversing the increase or withdrawing the test): backing that is against the target;
and parties said to back or fight what a target that ends nothing would do ("demanded that
Norvik stop releasing the insects", when the target is releasing them): fighting that is
against it. A party's own demand that what the target names end or stay ("the flaring has
to stop", "the ban must not be lifted"), or its own judgement of it ("the cull was lawful"),
says its side as plainly (:func:`own_demands`).
Where the parties' words read against the sides they take on the target itself (in the
narrator's words, or in their own on the target's deed: :func:`orientation`), :func:`align`
swaps favor and against on every statement first: the target was put in the words of the
side the model reads as against.
:func:`align` then weighs each aligned party's statements with the side of the party it
backs or opposes (the mean lean of that party's own statements), so that a body which
sides with a government that is against the issue is read as against, too; and each
party's statements with its own other statements in the corpus, since one side keeps one
position through a dispute. Both move only the split between favor and against.

>>> corpus = pd.DataFrame({"article_id": ["a1"], "text": [
...     "The Tarn Farmers' Union sided with the government in Velm on Monday."]})
>>> reg = Registry.from_frames(
...     pd.DataFrame({"party": ["Norvik", "Tarn Farmers' Union"], "aliases": ["Velm", ""]}),
...     pd.DataFrame(columns=["actor", "party", "aliases"]))
>>> alignments(corpus, reg)[["party", "relation", "other", "cue"]]
                 party relation   other         cue
0  Tarn Farmers' Union    backs  Norvik  sided with
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from .registry import Registry, named_home
from .speakers import OFFICE_WORDS, ORGAN_WORDS, UNRESOLVED, SpeakerMemory
from .text import MASK, find_quotes, mask_quotes, paragraphs, sentences

if TYPE_CHECKING:  # the stance module loads scikit-learn; alignments need only its Issue
    from collections.abc import Iterable

    from .stance import Issue

COLUMNS = ["article_id", "start", "end", "party", "relation", "other", "cue", "sentence"]
RELATIONS = {"backs": 1, "opposes": -1}
# The "other" of a relation to what the issue's target would end (its lean is -1: backing it
# is against the target)
MEASURE = "(the measure)"
PROPOSAL = "(the proposal)"
# The cue of a relation to the target that a party's own statement states ("own words: the
# ban must be lifted"), not the narrator
OWN_WORDS = "own words: "

# An adverb inside a phrase of alignment: "sided firmly with", "has strongly backed"
_LY = r"(?:(?!(?:family|only|early|daily|rally|ally)\b)[a-z]+ly )?"
# Phrases of alignment, with their relation to the party named right after them.
_BACKS = [
    rf"(?:has |have |had )?(?:sided|sides|siding|side) {_LY}with",
    r"took the side of",
    r"(?:came out |come out |coming out |comes out )?in support of",
    rf"(?:has |have |had )?{_LY}(?:backed|backs|backing)",
    # "marched to back the lease", not "to back down"
    r"to back(?= (?:the|its|their|a|an)\b)",
    rf"(?:rallied|rallies|rallying|stood|stands|standing|stand) {_LY}(?:behind|by)",
    r"(?:voiced|expressed|expresses|reiterated|declared|pledged) (?:its |their |his |her )?"
    r"(?:full |firm |strong |unwavering )?(?:support for|solidarity with)",
    r"(?:supported|supports|supporting|endorsed|endorses)",
    r"(?:came|comes|coming) to the defen[cs]e of",
    r"close to",
]
_OPPOSES = [
    r"(?:has |have |had )?(?:broke|broken|breaks|breaking|break) ranks with",
    r"(?:hit|hits|hitting) back at",
    r"(?:rounded|rounds|lashed|lashes) (?:on|out at)",
    rf"{_LY}(?:accused|accuses|accusing|condemned|condemns|condemning|denounced|denounces)",
    rf"{_LY}(?:criticised|criticized|criticises|criticizes|criticising|criticizing|blamed|blames)",
    # "rejected Valdoria's claims", "rejected the chamber's argument"
    r"(?:rejected|rejects|rejecting|dismissed|dismisses|dismissing)(?= (?:the )?\S+['’]s? )",
    # "dismissed the protests from Sarentia", "brushed aside the objections of the league"
    r"(?:rejected|rejects|rejecting|dismissed|dismisses|dismissing|brush(?:ed|es|ing) aside"
    r"|waved away"
    r"|scoffed at|ridiculed|mocked)(?= (?:the |their |its )?(?:[\w-]+ )?(?:protests?|objections?"
    r"|claims?|complaints?|criticism|concerns?|demands?|accusations?|allegations?|warnings?"
    r"|arguments?|grievances?|reactions?|responses?|outcry) (?:of|from|by|in) )",
    r"took issue with",
]
# A government named by its role, resolved to the subject's home party.
_GOVERNMENT = (
    r"the (?:(?:country's |national |central )?government"
    r"|governing (?:party|coalition)|authorities)"
)


def _cue_pattern() -> re.Pattern:
    backs = "|".join(_BACKS)
    opposes = "|".join(_OPPOSES)
    return re.compile(rf"\b(?:(?P<backs>{backs})|(?P<opposes>{opposes}))\s+")


_CUE = _cue_pattern()
_ROLE = re.compile(rf"(?:{_GOVERNMENT})\b")
# A clause inside the subject ("X, which has campaigned for …, sided with") names no subject.
# (a number's thousands comma, "600,000", does not end the clause)
_INSERT = re.compile(r",\s+(?:which|who|whose|whom|a|an|the)\b(?:[^,]|(?<=\d),(?=\d))*,")


def _mentions(sentence: str, registry: Registry) -> list[tuple[int, int, str]]:
    """(start, end, party) of the parties and registered actors named in ``sentence``.

    Of names that overlap, the longest is kept: "The League for the Varenskan Family" is the
    league, not "the League" and "Varenskan"; a party's own name is the party.

    >>> reg = Registry.from_frames(
    ...     pd.DataFrame({"party": ["Velm", "Coastwatch Velm"], "aliases": ["", ""]}),
    ...     pd.DataFrame({"actor": ["Coastwatch Velm"], "party": ["Coastwatch Velm"],
    ...                   "aliases": [""]}))
    >>> _mentions("Norvik urged Velm to stop", reg)
    [(13, 17, 'Velm')]
    """
    found = registry.name_spans(sentence)
    found = [
        (s, e, p)
        for s, e, p in found
        if p and not any(a <= s and e <= b and (a, b) != (s, e) for a, b, _ in found)
    ]
    # a country's name is the country, not an actor whose name ends in it ("Coastwatch Velm",
    # whose last word the registry takes for a surname)
    own = {(s, e): registry.party_alias.get(sentence[s:e]) for s, e, _ in found}
    found = [(s, e, p) for s, e, p in found if own[s, e] in (None, p)]
    return sorted(found)


_PLACE = re.compile(
    r"\b(?:in|at|through|near|across|outside|inside|from|into|around|towards?|to)"
    r"(?: the| central| northern| southern| eastern| western)*\s+$",
    re.IGNORECASE,
)


def home_party(
    party: str, sentence: str, registry: Registry, homes: dict[str, str] | None = None
) -> str | None:
    """The country whose government a body of ``party`` means by "the government".

    A body named after its country ("Kestrian Pilots' Association", "Association of Tessary
    Kestrians") is of that country; otherwise the one the report describes it as of
    (``homes``, from :func:`described_homes`); otherwise the one other party the sentence
    names ("In the Velmoran town of Hask, the farmers' league rallied …"), if there is
    exactly one.

    >>> reg = Registry.from_frames(
    ...     pd.DataFrame({"party": ["Kestria", "Kestrian Pilots"], "aliases": ["Kestrian", ""]}),
    ...     pd.DataFrame(columns=["actor", "party", "aliases"]))
    >>> home_party("Kestrian Pilots", "", reg)
    'Kestria'
    >>> reg = Registry.from_frames(
    ...     pd.DataFrame({"party": ["Velm", "Hask Chamber"], "aliases": ["", ""]}),
    ...     pd.DataFrame(columns=["actor", "party", "aliases"]))
    >>> home_party("Hask Chamber", "it stands behind the government in the row with Velm", reg)
    """
    named = named_home(party, registry) or (homes or {}).get(party)
    if named:
        return named
    # not the other side it is set against: "… in the dispute with Ruvenia"
    others = {
        p for s, _, p in _mentions(sentence, registry) if not _ADVERSARY.search(sentence[:s])
    } - {party}
    return others.pop() if len(others) == 1 else None


# Words before a party that make it the other side, not a body's home
_ADVERSARY = re.compile(
    r"\b(?:with|against|from|by|versus|over)\s+(?:the\s+)?(?:neighbouring\s+|neighboring\s+)?$",
    re.I,
)


def _subject(sentence: str, cue_start: int, mentions: list) -> tuple[str, int] | None:
    """The party that is the subject of the cue, if it is named.

    That is the party named last before the cue, outside clauses inserted into the subject
    ("X, which has campaigned for …, sided with"), in the same clause as the cue (no comma or
    new subject between them), not a place ("in Velm", "through central Velm", "In the
    Norvikian town of Hask"), and not as a modifier of an unnamed body ("Norvik's biggest
    consumer group", "Norvikian fishing boats"): that body is the subject, not the party; but
    an office of the party is the party ("Norvik's foreign minister").

    >>> _subject("Norvik's foreign minister demanded", 26, [(0, 6, "Norvik")])
    ('Norvik', 0)
    >>> _subject("Norvik's fishing boats demanded", 23, [(0, 6, "Norvik")]) is None
    True
    >>> _subject("Norvik green group urges", 19, [(0, 6, "Norvik")]) is None
    True
    >>> _subject("Norvik on Monday urged", 17, [(0, 6, "Norvik")])
    ('Norvik', 0)
    """
    inserted = _inserted(sentence[:cue_start])
    before = [
        (s, e, p)
        for s, e, p in mentions
        if e <= cue_start
        and not any(a <= s < b for a, b in inserted)
        and not _PLACE.search(sentence[max(0, s - 40) : s])
    ]
    # the object of an earlier verb is no subject: "Velm accused neighbouring Norvik of … and
    # demanded that …" is Velm's demand
    while before and _OBJECT_OF.search(sentence[max(0, before[-1][0] - 40) : before[-1][0]]):
        before = before[:-1]
    if not before:
        return None
    s, e, party = before[-1]
    possessive = re.search(r"['’]s?$", sentence[s:e]) and _NOUN.match(sentence, e)
    # but its office is the party itself: "Norvik's foreign minister demanded …"
    office = _OFFICE.match(sentence, e + len(re.match(r"(?:['’]s?)?", sentence[e:]).group()))
    if not office and (
        possessive
        or _MODIFIER.match(sentence, e)
        or (_ADJECTIVE.search(sentence[s:e]) and _NOUN.match(sentence, e))
    ):
        return None
    gap = _INSERT.sub(" ", sentence[e:cue_start])
    if _NEW_CLAUSE.search(gap):
        return None
    # a name before the nouns of an unnamed body names it, as an adjective would: "Norvik
    # green group urges …" (not "Norvik on Monday urged …", "Norvik has urged …")
    # (an adverb or a verb is no noun: "Norvik formally urged", "the union rallied to …")
    nouns = re.fullmatch(r"\s+((?:[a-z][\w-]*\s+){1,3})", sentence[e:cue_start])
    words = nouns.group(1).split() if nouns and not office else []
    if words and not set(words) & _NOT_NOUNS and not any(w.endswith(("ly", "ed")) for w in words):
        return None
    return party, s


# words that may stand between a subject and its verb and are not nouns of a body
_NOT_NOUNS = set(
    "has have had is was were are will would shall should can could may might must did does"
    " do also on in at last this today yesterday again then once now not never already still"
    " further meanwhile too instead however itself themselves which who and but or first later"
    " immediately".split()
)


# a sentence's opening phrase, after which "the …," is the subject, not a clause inserted into
# it: "In Velm, the Norvik Guild, which …, welcomed the escorts"
_OPENING = re.compile(
    r"\s*(?:(?:in|at|on|from|after|before|during|by|for its part|for their part)\s+[^,]*"
    r"|meanwhile|however|separately|elsewhere|earlier|later|also|yet|still)$",
    re.I,
)


def _inserted(text: str) -> list[tuple[int, int]]:
    """The spans of the clauses inserted into ``text`` (:data:`_INSERT`), but not a subject
    after an opening phrase.

    >>> _inserted("In Velm, the Norvik Guild, which has 400 members, welcomed it")
    [(25, 49)]
    >>> _inserted("Norvik, the largest buyer, welcomed it")
    [(6, 26)]
    """
    spans, pos = [], 0
    while m := _INSERT.search(text, pos):
        if _OPENING.match(text[: m.start()]) and not re.match(r",\s+(?:which|who)", m.group()):
            pos = m.start() + 1
            continue
        spans.append(m.span())
        pos = m.end()
    return spans


_OBJECT_OF = re.compile(
    r"\b(?:accused|accusing|urged|urging|criticised|criticized|condemned|blamed|warned|told"
    r"|asked|ask|urge|called on|call on|pressed|press|thanked|praised|rebuked|summoned|chided"
    r"|reproached)"
    r"\s+(?:(?:neighbouring|neighboring|the|its|their)\s+)?$"
)
_NEW_CLAUSE = re.compile(
    r"[,;:]|\b(?:and|but|while|whereas|as|after|before) (?:a|an|the|its|their|[A-Z])"
)
_MODIFIER = re.compile(r"['’]s?\s+[a-z]")
# the offices and organs that speak for a party (those of the speakers' rules, and its envoys)
_OFFICE = re.compile(
    r"\s+(?:(?:foreign|prime|defence|defense|interior|energy|transport|fisheries|deputy|chief"
    r"|top|senior|lead)\s+)?(?:"
    + "|".join(
        sorted(
            OFFICE_WORDS
            | ORGAN_WORDS
            | {"ambassador", "envoy", "spokesperson", "spokesman", "spokeswoman", "delegation"}
            | {"cabinet", "negotiators?", "diplomats?"},
            key=len,
            reverse=True,
        )
    )
    + r")\b"
)
_ADJECTIVE = re.compile(r"(?:an|ian|ese|ish|ic|i)$")
_NOUN = re.compile(r"\s+[a-z]")


def _object(sentence: str, cue_end: int, mentions: list) -> str | None:
    """The party named right after the cue (within three words), or a government's role."""
    window = sentence[cue_end:]
    near = re.match(r"(?:\S+\s+){0,3}", window).end()
    role = _ROLE.match(window)
    if role:
        return "GOVERNMENT"
    after = [p for s, e, p in mentions if cue_end <= s <= cue_end + near]
    return after[0] if after else None


def sentence_alignments(
    sentence: str,
    registry: Registry,
    homes: dict[str, str] | None = None,
    mentions: list[tuple[int, int, str]] | None = None,
) -> list[tuple[str, str, str, str]]:
    """(party, relation, other party, cue) of each alignment phrase in one sentence.

    >>> reg = Registry.from_frames(
    ...     pd.DataFrame({"party": ["Norvik", "Valdoria", "Chamber"],
    ...                   "aliases": ["Norvik's", "", "the chamber"]}),
    ...     pd.DataFrame(columns=["actor", "party", "aliases"]))
    >>> sentence_alignments("Valdoria accused Norvik of stalling.", reg)
    [('Valdoria', 'opposes', 'Norvik', 'accused')]
    >>> sentence_alignments("Valdoria hit back at the chamber.", reg)
    [('Valdoria', 'opposes', 'Chamber', 'hit back at')]
    >>> sentence_alignments("The chamber dismissed the protests from Norvik as noise.", reg)
    [('Chamber', 'opposes', 'Norvik', 'dismissed')]
    """
    mentions = _mentions(sentence, registry) if mentions is None else mentions
    if not mentions:
        return []
    out = []
    for m in _CUE.finditer(sentence):
        relation = "backs" if m.group("backs") else "opposes"
        subject = _subject(sentence, m.start(), mentions) or _participle_subject(
            sentence, m.start(), mentions
        )
        if subject is None:
            continue
        party = subject[0]
        other = _object(sentence, m.end(), mentions)
        if other == "GOVERNMENT":
            other = home_party(party, sentence, registry, homes)
        if other and other != party:
            out.append((party, relation, other, m.group().strip()))
    return out


# Words that end something, in any form: "lifting", "suspension", "to be reversed"
_ENDING_WORD = (
    r"\b(?:lift\w*|end|ends|ended|ending|an end to|halt\w*|suspen\w*|cancel\w*|withdraw\w*"
    r"|abolish\w*|abolition|repeal\w*|revers\w*|scrap\w*|remov\w*|stop\w*|dismantl\w*"
    r"|drop\w*|revo[ck]\w*|switch\w* off|shut\w* down|closing|abandon\w*|postpon\w*"
    r"|paus(?:e|es|ed|ing)"
    r"|roll\w* back|ceas\w*|recall\w*|call(?:s|ed|ing)? off"
    r"|(?:take|takes|taking|took|taken|tear|tears|tearing|tore|torn|pull|pulls|pulling|pulled)"
    r" down|(?:pull|pulls|pulling|pulled|tear|tears|tearing|tore|torn|rip|rips|ripping|ripped)"
    r" up|strip(?:s|ped|ping)? (?:[\w'’-]+ ){1,4}?of"
    r"|(?:bring|brings|bringing|brought|call|calls|calling|called) (?:it |them )?home"
    r"|(?:pull|pulls|pulling|pulled|take|takes|taking|took|taken|move|moves|moved|go|goes"
    r"|went|gone) back|shut(?:s|ting)?(?!\s+(?:out|in)\b)"
    # "close the camp", not "close to the border" or "close ties"
    r"|clos(?:e|es)(?=\s+(?:the|its|their|this|that|these|those|all|down|off)\b)"
    # "lower the flag", not "the lower house"
    r"|lower(?:s|ed|ing)?(?=\s+(?:the|its|their|this|that|these|those)\b))\b"
)
# A target that would end something names it right after its verb: "lifting the ban on …",
# "halting construction of the dam", "reversing the increase".
_ENDING = rf"{_ENDING_WORD}(?:\s+of)?"
_RESTRICTING = r"capping|(?:a |an )?(?:binding )?(?:ban|moratorium|cap) on"
# "construction of the dam": what is built is what the target would stop, too
_MAKING = set(
    "construction building drilling issuance start-up launch licence license expansion"
    " opening".split()
)
_NP_END = re.compile(
    r"\s+(?:on|of|in|at|from|to|near|by|along|over|into|through|until|for|with|within|across"
    r"|around|inside|outside|beside|onto|upon|off|or|and|so|that|which|broadcasting|licensed|issued"
    r"|held)\s+"
    r"|[,(;:]"
)
# how a country's adjective ends: "Norvikian", "Velmish", "Torrese"
_ADJECTIVE_END = r"(?:ian|ean|an|ish|ese|ic|i)"
_NOT_HEAD = set("the a an its their new planned agreed compulsory daily current old".split())


def measure_terms(target: str) -> list[str]:
    """What an issue's target would end, in the target's own words: its head noun and the
    noun before it. A target that lets something happen ("passage along the road") or is
    itself a restriction ("a ban on stubble burning") names none.

    >>> measure_terms("lifting Varesia's ban on imports of honey from Halvania")
    ['ban']
    >>> measure_terms("halting construction of the Karsh Gorge dam until a study is done")
    ['construction', 'dam']
    >>> measure_terms("reversing the tenfold visa-fee increase"), measure_terms("a ban on X")
    (['increase', 'visa-fee increase'], [])
    """
    m = re.match(
        rf"\s*(?:the\s+)?{_ENDING}(?:\s+or\s+{_ENDING})?\s+(.*)",
        target,
        re.I,
    )
    if not m:
        return []
    rest, terms = m.group(1), set()
    while rest:
        phrase = _NP_END.split(rest, maxsplit=1)[0].split()
        words = [w for w in phrase if w[:1].islower() and not re.search(r"['’]s$", w)]
        words = [w.lower() for w in words if w.lower() not in _NOT_HEAD]
        if not words:
            break
        terms.update([words[-1], " ".join(words[-2:])])
        after = re.match(r"\S+(?:\s+\S+)*?\s+(?:of|for)\s+(.*)", rest)
        rest = after.group(1) if words[-1] in _MAKING and after else ""
    return sorted(terms)


# Words before a target's head that say how, not what ("unimpeded passage"), and heads that
# only let or keep ("letting the taxis …", "keeping the post …") and so name no deed
_HOW = set(
    "the a an unimpeded unhindered unrestricted uninterrupted free safe full timely sufficient"
    " secure regular independent immediate daily prompt unconditional".split()
)
_LIGHT = set("letting allowing keeping permitting permission giving making granting right".split())


def proposal_terms(target: str) -> list[str]:
    """What a target would do when it ends nothing: its head word, and a verb's own forms.

    >>> proposal_terms("releasing gene-edited mosquitoes near the border")
    ['releas', 'release', 'releasing']
    >>> proposal_terms("banning night fishing on the lake")
    ['ban', 'bann', 'banne', 'banning']
    >>> proposal_terms("unimpeded passage along the Brasca road")
    ['passage']
    >>> proposal_terms("lifting the ban on honey"), proposal_terms("letting the taxis in")
    ([], [])
    >>> proposal_terms("Norvik's export subsidy for apples")
    ['subsidy']
    >>> proposal_terms("the Asker gold mine's licence"), proposal_terms("Velm Ports' 99-year lease")
    (['licence'], ['lease'])
    >>> proposal_terms("the Norvikian marine reserve"), proposal_terms("granting asylum to Varn")
    (['reserve'], ['asylum'])
    >>> proposal_terms("Norvik's survey ship Talvo off the Asker coast")
    ['ship']
    >>> proposal_terms("the Asker entry fee for day visitors")
    ['fee']
    >>> proposal_terms("Norvik's floating buoy barrier"), proposal_terms("Norvik's SIM-card rule")
    (['barrier'], ['rule'])
    >>> proposal_terms("the Norvikian police pursuing suspects across the border into Velm")
    ['pursu', 'pursue', 'pursuing']
    """
    if measure_terms(target) or re.match(rf"\s*(?:{_RESTRICTING})", target, re.I):
        return []
    phrase = _NP_END.split(target.strip(), maxsplit=1)[0]
    words = [w for w in re.findall(r"[\w'’-]+", phrase) if w.lower() not in _HOW]
    # a target that opens with its owner's name is a noun's ("Norvik's export subsidy for
    # apples"); one that opens with another name ("Orlesk reversing its withdrawal …") is a
    # clause, whose last noun need not be what it would do
    verb = bool(words) and re.fullmatch(r"[a-z]+ing", words[0]) is not None
    owner = [i for i, w in enumerate(words[:6]) if re.search(r"\w['’]s$|s['’]$", w)]
    owner = [] if verb else owner
    if owner and words[owner[-1] + 1 : owner[-1] + 2] != ["own"]:
        # the owner may be several words: "the Asker gold mine's licence", "Velm Ports' lease"
        words = words[owner[-1] + 1 :]
    # and so is one that opens with its owner's adjective ("the Lantrian marine reserve …") or
    # a place's name ("the Asker entry fee …")
    elif re.match(r"\s*the\s+(?:[A-Z][\w'’-]*\s+)+[a-z]", target):
        words = [w for i, w in enumerate(words) if not w[:1].isupper() or words[i:] == [w]]
        words = words if words and words[0][:1].islower() else []
    if not words or not (words[0][:1].islower() or words[0][:1].isdigit() or owner):
        return []
    # a name after the head is the head's: "Norvik's survey ship Talvo"
    while len(words) > 1 and words[-1][:1].isupper() and words[-2][:1].islower():
        words = words[:-1]
    # a verb's head is the verb ("releasing gene-edited mosquitoes"), a noun's its last word
    # ("unhindered humanitarian access"), as is all that follows an owner ("Norvik's floating
    # barrier")
    head = words[0] if words[0].endswith("ing") and not owner else words[-1]
    # a clause's participle is its deed: "the Norvikian police pursuing suspects across …"
    doing = [w for w in words[1:4] if re.fullmatch(r"[a-z]{3,}ing", w)]
    if doing and not words[0].endswith("ing") and not owner:
        head = doing[0]
    # what is granted is the deed: "granting asylum to …"
    if head in ("granting", "giving") and len(words) > 1 and words[-1][:1].islower():
        head = words[-1]
    if not head[:1].islower() or head in _LIGHT or re.search(r"['’]s?$", head):
        return []
    return verb_forms(head)


def verb_forms(head: str) -> list[str]:
    """A word and, when it is a verb's ``-ing`` form, the stems its other forms are made of.

    >>> verb_forms("banning"), verb_forms("lifting"), verb_forms("passage")
    (['ban', 'bann', 'banne', 'banning'], ['lift', 'lifte', 'lifting'], ['passage'])
    """
    terms = {head}
    if head.endswith("ing") and len(head) > 5:
        terms |= {head[:-3], head[:-3] + "e"}
        # a doubled consonant is the verb's one: "banning" -> "ban", "permitting" -> "permit"
        if re.search(r"([bdgmnprt])\1ing$", head):
            terms.add(head[:-4])
    return sorted(terms)


# What fights a thing: "drop its campaign against the plant" asks for the plant
_FIGHTS = r"opposition|objections?|resistance|campaigns?|lawsuits?|challenges?"
# Restrictions, which keep what they name from happening: "an end to the ban on the dives"
# asks for the dives
_RESTRICTION = (
    r"ban|bans|banning|moratorium|embargo|restrict\w*|blockade|closure|sanctions?|freeze"
    r"|barriers?|cap|caps|quotas?|refus\w*|exclusion|boycott|prohibit\w*|veto|block\w*|denial"
    r"|expulsion|detention|seizure|" + _FIGHTS
)


# Words that bring back what they name: "urged Velm to resume sand exports"
_RESTORING = r"\b(?:resum\w*|restor\w*|reinstat\w*|reopen\w*|restart\w*|renew\w*)\b"


# An end to what keeps it from happening: "lift its halt on", "an end to the ban on"; not "an
# end to the scrap ban", where "scrap" says what is banned
_LIFTED = (
    rf"{_ENDING_WORD}(?:\s+[\w'’-]+){{0,3}}?\s+(?:{_RESTRICTION}|halt|suspension|pause)s?"
    r"\s+(?:on|of|to|against)\s"
)


# Narrators' words for backing or fighting a measure, besides the phrases of _CUE
_FOR_MEASURE = re.compile(
    r"\b(?:(?P<backs>(?:has |have |had )?(?:campaigned|campaigns|lobbied|lobbies|pushed"
    r"|pressed|called|calls) (?:hard |for years |long )?for|(?:welcomed|welcomes|praised"
    r"|praises|defended|defends|defending|hailed|hails)|(?:has |have |had )?(?:championed"
    r"|champions)|to (?:intervene to )?(?:keep|preserve|save|retain))"
    r"|(?P<opposes>(?:has |have |had )?(?:long )?(?:opposed|opposes|opposing"
    r"|fought|fights|fighting|campaigned against|campaigns against|lobbied against"
    r"|protested against|condemned|condemns|denounced|denounces|criticised|criticized"
    r"|criticises|criticizes|objected to|objects to"
    # "vowed to stop Norvik from restarting the smelter", "every means at its disposal to stop
    # …", "moved to block the reopening"; not "called on Norvik to stop …" (a demand, whose
    # party is the one asked) nor "until Norvik agreed to stop …"
    r"|(?:vow(?:ed|s)|pledg(?:ed|es)|mov(?:ed|es)|promis(?:ed|es)|threaten(?:ed|s)|sought"
    r"|seeks|tried|tries|means(?: at (?:its|their|his|her) disposal)?|all it can"
    r"|everything (?:in|within) (?:its|their|his|her) power) to (?:stop|block|prevent|thwart))"
    # "condemns in the strongest terms the reception of …"
    r"(?: in the (?:strongest|firmest|clearest)(?: possible)? terms)?))\s+",
    re.I,
)
# A demand of a party: "demanded that Norvik stop releasing …" fights the release, "called on
# Norvik to lift its halt on sand exports" backs the exports (each end or restriction before
# what it names turns it: "demands closure of the mill" fights the mill)
_DEMAND = re.compile(
    r"\b(?P<backs>demanded|demands|demanding|urged|urges|urging|called on|calls on|pressed"
    # and after a modal or "to": "would ask the council to call on Norvik to halt …"
    r"|presses|call on|urge)(?: that)?\s+",
    re.I,
)
_RELATIVE = re.compile(r",\s+(?:which|who)\s+(?:has |had |have )?(?:long |for years )?$")
_ORGANISED_BY = re.compile(r"\s+(?:organi[sz]ed|called|led|staged) by\s+(?:the\s+)?")


def _organiser(sentence: str, end: int, mentions: list) -> tuple[str, int] | None:
    """The party that organised what backs or fights the measure: "a rally in support of
    the measures organised by the League" is the league's."""
    by = _ORGANISED_BY.match(sentence, end)
    if not by:
        return None
    # a registered name may begin with the "the " the pattern took ("the League")
    after = [(p, s) for s, _, p in mentions if by.end() - 4 <= s <= by.end()]
    return after[0] if after else None


# what may follow a proposal's head word: "the passage of …", "the releases, …", not "the
# passage restrictions", which are another thing
_AFTER_HEAD = (
    r"of|to|for|on|at|in|near|along|through|into|by|from|and|or|until|within|across|over"
    r"|under|as|that|which|is|was|were|are|has|had|would|will|should|must|be|with|because"
    r"|after|before|since|if|unless|while|without"
    # a participle after it: "the reception given by", "the fence built along"
    r"|[a-z]+ed|given|made|held|shown|taken|built|laid|sent|set|put|done|paid|sold|begun"
    # a subjunctive after it: "demands the ship leave the coast"
    r"|leave|depart|withdraw"
)
_HEAD_END = rf"(?=\s*$|\s*[,.;:!?)\"”]|\s+(?:{_AFTER_HEAD})\b)"


@lru_cache(maxsize=8)
def _measure_patterns(
    terms: tuple[str, ...], proposal: bool = False, demand: bool = False
) -> tuple[re.Pattern, re.Pattern]:
    """The measure named after a cue (with up to three words before it), and a call to end
    it after the name ("… to be reversed"). With ``proposal``, the target's deed: a noun
    counts only as a head (no noun after it), and the deed may stand six words after the
    cue ("urged the government to halt the release")."""
    ordered = sorted(terms, key=len, reverse=True)
    if proposal:
        # a verb takes its object ("stop releasing the insects"); a noun stands as the head
        verbs = "|".join(re.escape(t) for t in ordered if t.endswith("ing")) or "(?!)"
        nouns = "|".join(re.escape(t) for t in ordered if not t.endswith("ing")) or "(?!)"
        measure = re.compile(
            rf"((?:[\w'’-]+\s+){{0,6}}?)(?:(?:{verbs})\b|(?:{nouns})(?:s|es)?\b{_HEAD_END})",
            re.I,
        )
    else:
        names = "|".join(re.escape(t) for t in ordered)
        # a demand may name it six words on: "urged Velm to lift its halt on sand exports"
        measure = re.compile(
            rf"((?:[\w'’-]+\s+){{0,{6 if demand else 3}}}?)(?:{names}|measures?)(?:s|es)?\b", re.I
        )
    # "… for the ban to be lifted", "… for the statue's removal"
    ending_after = re.compile(
        rf"\s+(?:to|should|must)\s+(?:be\s+)?[\"“']?(?:\w+\s+)?{_ENDING_WORD}"
        rf"|['’]s\s+(?:\w+\s+)?{_ENDING_WORD}"
        # "demands the ship leave the coast"
        r"|\s+(?:leave|depart|withdraw|go home)\b",
        re.I,
    )
    return measure, ending_after


_NOT_MADE = re.compile(
    r"\bnot (?:to )?(?:sign|adopt|pass|enact|approve|ratify|apply|implement|enforce|introduce"
    r"|proceed with)\b",
    re.I,
)
_TO_BE_QUOTED = re.compile(rf"\s+(?:to|should|must)\s+(?:be\s+)?(?:\w+\s+)?{MASK}")
_KEPT_OPEN = re.compile(r"\s+(?:open|running|flowing|moving|free|operating|working)\b", re.I)


def measure_alignments(
    sentence: str,
    registry: Registry,
    terms: list[str],
    mentions: list[tuple[int, int, str]] | None = None,
    other: str = MEASURE,
) -> list[tuple[str, str, str, str]]:
    """(party, relation, ``other``, cue) of each party said to back or fight what the target
    would end (``terms``, from :func:`measure_terms`; "the measure(s)" counts too).

    A call to end it ("called for the season to be halted", "calls for the works to stop",
    "backed lifting the ban") fights it. The subject is found as for parties, or before
    "which" ("X, which campaigned for the test, …"). With ``other`` :data:`PROPOSAL`,
    ``terms`` are what a target that ends nothing would do (:func:`proposal_terms`). A
    demand names either ("demanded that Norvik stop releasing …" fights the release); each
    end or restriction before what it names turns it ("urged Norvik to lift its ban on the
    dives" backs the dives).

    >>> reg = Registry.from_frames(
    ...     pd.DataFrame({"party": ["Norvik", "Norvik Guild"], "aliases": ["", ""]}),
    ...     pd.DataFrame(columns=["actor", "party", "aliases"]))
    >>> measure_alignments("The Norvik Guild has come out in support of the increase.", reg,
    ...                    ["increase"])
    [('Norvik Guild', 'backs', '(the measure)', 'come out in support of')]
    >>> measure_alignments("Norvik has called for the increase to be reversed.", reg,
    ...                    ["increase"])
    [('Norvik', 'opposes', '(the measure)', 'has called for')]
    >>> measure_alignments("Norvik, which has campaigned for the statue's removal, …", reg,
    ...                    ["statue"])
    [('Norvik', 'opposes', '(the measure)', 'has campaigned for')]
    >>> measure_alignments("Norvik would ask the court to intervene to keep the statue.", reg,
    ...                    ["statue"])
    [('Norvik', 'backs', '(the measure)', 'to intervene to keep')]
    >>> measure_alignments("The Norvik Guild called on Norvik to lift its halt on sand exports.",
    ...                    reg, ["exports"])
    [('Norvik Guild', 'backs', '(the measure)', 'called on')]
    >>> measure_alignments("The Norvik Guild urged Norvik to move the cameras.", reg,
    ...                    ["cameras"])
    []
    >>> measure_alignments("The Norvik Guild demands end to Norvik scrap ban", reg, ["ban"])
    []
    >>> measure_alignments("Norvik demanded that Velm lift its ban on the dives.", reg,
    ...                    ["dives"], other=PROPOSAL)
    [('Norvik', 'backs', '(the proposal)', 'demanded that')]
    >>> measure_alignments("The Norvik Guild urged Norvik not to sign the amendment.", reg,
    ...                    ["amendment"], other=PROPOSAL)[0]
    ('Norvik Guild', 'opposes', '(the proposal)', 'urged')
    >>> measure_alignments("Norvik will use every means to stop Velm from restarting the mill.",
    ...                    reg, ["restart", "restarting"], other=PROPOSAL)
    [('Norvik', 'opposes', '(the proposal)', 'means to stop')]
    >>> measure_alignments("Velm will wait until Norvik agrees to stop restarting the mill.",
    ...                    reg, ["restart", "restarting"], other=PROPOSAL)
    []
    """
    if not terms:
        return []
    mentions = _mentions(sentence, registry) if mentions is None else mentions
    if not mentions:
        return []
    out = []
    for pattern in (_CUE, _FOR_MEASURE, _DEMAND):
        measure, ending_after = _measure_patterns(
            tuple(terms), other == PROPOSAL, pattern is _DEMAND
        )
        for m in pattern.finditer(sentence):
            # a demand of a party names it first: "urged Velm to …"
            start = m.end()
            if pattern is _DEMAND:
                start = next((e for s, e, _ in mentions if s == start), start)
                start += len(sentence[start:]) - len(sentence[start:].lstrip())
            found = measure.match(sentence, start)
            if not found or re.search(r"\b(?:not|never|no longer)\s+$", sentence[: m.start()]):
                continue
            relation = "backs" if m.group("backs") else "opposes"
            # "to keep the crossing open" keeps it from a closure; "for the ship to be
            # "brought home …"" is the speaker's words, which the narrator's reading masks
            if _KEPT_OPEN.match(sentence, found.end()) or _TO_BE_QUOTED.match(
                sentence, found.end()
            ):
                continue
            # each end or restriction before it turns the relation: "demanded that Norvik lift
            # its ban on the dives" asks for them
            turns = len(re.findall(_ENDING_WORD, found.group(1), re.I))
            # "urged the President not to sign the amendment"
            turns += bool(_NOT_MADE.search(found.group(1)))
            turns += len(re.findall(rf"\b(?:{_RESTRICTION})\b", found.group(1), re.I))
            turns += bool(ending_after.match(sentence, found.end()))
            # a demand on a measure counts where it ends it ("demanded an end to the
            # launches") or wants it back ("urged Velm to lift its halt on exports", "to
            # resume exports"); with no end before it, it need not want it ("demanded that
            # Velm tear down the cameras")
            if pattern is _DEMAND and other == MEASURE and not turns % 2:
                if not re.search(rf"{_RESTORING}|{_LIFTED}", found.group(1), re.I):
                    continue
            if turns % 2:
                relation = "opposes" if relation == "backs" else "backs"
            subject = _subject(sentence, m.start(), mentions)
            relative = _RELATIVE.search(sentence[: m.start()])
            if subject is None and relative:
                before = [x for x in mentions if x[1] == relative.start()]
                subject = (before[-1][2], before[-1][0]) if before else None
            if subject is None:
                subject = _organiser(sentence, found.end(), mentions)
            if subject is not None:
                out.append((subject[0], relation, other, m.group().strip()))
                if pattern is _DEMAND and other == PROPOSAL and relation == "opposes":
                    out += _asked(sentence, m.end(), mentions, subject[0])
    return list(dict.fromkeys(out))


# A demand that something end, at most five words before what the deed is done to: "called on
# Norvik to stop work on a giant waste incinerator"; not when a second ending word or a
# restriction stands between them ("to lift the suspension of the licences", "lift the ban on
# Velm fans", "reverse its refusal to lend the relics" end what keeps the deed from happening)
_KEEPING_FROM = re.compile(rf"{_ENDING_WORD}|{_RESTRICTION}", re.I)
_ENDS_THEN = re.compile(
    rf"\s*(?:[\w'’-]+\s+){{0,4}}?(?P<end>{_ENDING_WORD}|return(?:s|ed|ing)?\b)"
    r"((?:\s+[\w'’-]+){1,6})((?:\s+[\w'’-]+){0,2})",
    re.I,
)
# what a demand would have ended, in the subjunctive: "demanded that the stamps be withdrawn"
_THEN_ENDED = re.compile(
    r"\s*(?:that\s+)?(?:the|this|these|its|their|all|any)\s+(?:[\w'’-]+\s+){0,3}?"
    rf"(?P<thing>[\w'’-]+)\s+be\s+(?:\w+\s+)?{_ENDING_WORD}",
    re.I,
)
# the ends of what was moved or put somewhere: "take back the battery", "return the post to
# its old site" (not "cancel the fair", which a target that moves the fair need not want)
_BACK = re.compile(r"return\w*|\w+ back", re.I)


def _stem(word: str) -> str:
    """A word without its plural ending: "ships" and "ship" name the same thing."""
    return re.sub(r"(?<=\w\w)s$", "", word.lower())


_FIGHTING = re.compile(_FIGHTS, re.I)


def _against(words: list[str], stems: set[str]) -> bool:
    """Whether ``words`` go on "against/to …" and name one of ``stems`` within four words."""
    return (
        bool(words[:1])
        and words[0].lower() in ("against", "to")
        and any(_stem(w) in stems for w in words[1:5])
    )


def object_demands(
    sentence: str,
    registry: Registry,
    objects: list[str],
    mentions: list[tuple[int, int, str]] | None = None,
    back: bool = False,
) -> list[tuple[str, str, str, str]]:
    """(party, "opposes", :data:`PROPOSAL`, cue) of each party the narrator says demanded an
    end to what the target's deed is done to (``objects``, from :func:`deed_object`). With
    ``back``, only a demand to take or return it counts (the objects of
    :func:`moved_things`).

    >>> reg = Registry.from_frames(
    ...     pd.DataFrame({"party": ["Norvik", "Velm"], "aliases": ["", ""]}),
    ...     pd.DataFrame(columns=["actor", "party", "aliases"]))
    >>> for row in object_demands(
    ...         "Velm called on Norvik to stop work on a giant waste incinerator.", reg,
    ...         ["incinerator"]):
    ...     print(row)
    ('Velm', 'opposes', '(the proposal)', 'called on')
    ('Norvik', 'backs', '(the proposal)', 'asked to end it')
    >>> object_demands("Velm urged Norvik to lift the suspension of the licences.", reg,
    ...                ["licences"])
    []
    >>> object_demands("Velm urged Norvik to drop its campaign against the Asker plant.", reg,
    ...                ["plant"])
    [('Velm', 'backs', '(the proposal)', 'urged')]
    >>> object_demands("Velm demanded that Norvik return its border post to its old site.", reg,
    ...                ["post"], back=True)[0]
    ('Velm', 'opposes', '(the proposal)', 'demanded that')
    >>> object_demands("Velm demanded that Norvik close the post.", reg, ["post"], back=True)
    []
    >>> object_demands("Velm demanded that the stamps be withdrawn.", reg, ["stamps"])
    [('Velm', 'opposes', '(the proposal)', 'demanded that')]
    """
    if not objects:
        return []
    mentions = _mentions(sentence, registry) if mentions is None else mentions
    if not mentions:
        return []
    stems = {_stem(o) for o in objects}
    out = []
    for m in _DEMAND.finditer(sentence):
        # the party demanded of may stand first ("urged Norvik to halt …"): past its name
        start = next((e for s, e, _ in mentions if s == m.end()), m.end())
        # "demanded the stamps be withdrawn" names no one to end them
        ended = _THEN_ENDED.match(sentence, m.end())
        if ended and _stem(ended.group("thing")) in stems and not back:
            subject = _subject(sentence, m.start(), mentions)
            if subject is not None:
                out.append((subject[0], "opposes", PROPOSAL, m.group().strip()))
            continue
        found = _ENDS_THEN.match(sentence, start)
        if not found or (back and not _BACK.fullmatch(found.group("end"))):
            continue
        words = re.findall(r"[\w'’-]+", found.group(2) + found.group(3))
        for i, word in enumerate(words[:6]):
            if _KEEPING_FROM.fullmatch(word):
                # an end to what fights it asks for it: "drop its campaign against the plant"
                if _FIGHTING.fullmatch(word) and _against(words[i + 1 : i + 6], stems):
                    subject = _subject(sentence, m.start(), mentions)
                    if subject is not None:
                        out.append((subject[0], "backs", PROPOSAL, m.group().strip()))
                break
            if _stem(word) in stems:
                # "an end to the ambulance blockade" ends the blockade, not the ambulances
                if any(_KEEPING_FROM.fullmatch(w) for w in words[i + 1 : i + 3]):
                    break
                subject = _subject(sentence, m.start(), mentions)
                if subject is not None:
                    out.append((subject[0], "opposes", PROPOSAL, m.group().strip()))
                    out += _asked(sentence, m.end(), mentions, subject[0])
                break
    return list(dict.fromkeys(out))


# what the party asked to end the deed is said to do: the deed
ASKED_TO_END = "asked to end it"


def _asked(
    sentence: str, end: int, mentions: list[tuple[int, int, str]], party: str
) -> list[tuple[str, str, str, str]]:
    """The party a demand to end the deed is made of, as doing it: in "Velm called on
    Norvik to stop boring the tunnel", Norvik backs the boring."""
    asked = [p for s, _, p in mentions if s == end and p != party]
    return [(asked[0], "backs", PROPOSAL, ASKED_TO_END)] if asked else []


def _participle_subject(
    sentence: str, start: int, mentions: list[tuple[int, int, str]]
) -> tuple[str, int] | None:
    """The subject of the clause that a participle after a comma goes with: in "Norvik said
    on Monday, brushing aside …", Norvik."""
    comma = re.search(r",\s*$", sentence[:start])
    if not comma or not re.match(r"[a-z]+ing\b", sentence[start:]):
        return None
    return _subject(sentence, comma.start(), mentions)


def object_refusals(
    sentence: str,
    registry: Registry,
    things: list[str],
    mentions: list[tuple[int, int, str]] | None = None,
) -> list[tuple[str, str, str, str]]:
    """(party, "backs", :data:`PROPOSAL`, cue) of each party the narrator says will not end
    what the target's deed makes or does (``things``).

    >>> reg = Registry.from_frames(pd.DataFrame({"party": ["Velm"], "aliases": [""]}),
    ...     pd.DataFrame(columns=["actor", "party", "aliases"]))
    >>> object_refusals("Velm will not cancel a congress of exiles.", reg, ["congress"])
    [('Velm', 'backs', '(the proposal)', 'will not cancel a congress')]
    >>> object_refusals("Velm said it will cancel the congress.", reg, ["congress"])
    []
    >>> object_refusals("Velm said, brushing aside demands to halt the launches.", reg,
    ...                 ["launches"])[0][:3]
    ('Velm', 'backs', '(the proposal)')
    """
    if not things:
        return []
    mentions = _mentions(sentence, registry) if mentions is None else mentions
    out = []
    for m in _refusal(tuple(things)).finditer(sentence):
        subject = _subject(sentence, m.start(), mentions) or _participle_subject(
            sentence, m.start(), mentions
        )
        if subject is not None:
            out.append((subject[0], "backs", PROPOSAL, m.group()))
    return list(dict.fromkeys(out))


def alignments(
    corpus: pd.DataFrame,
    registry: Registry,
    statements: pd.DataFrame | None = None,
    issue: Issue | None = None,
) -> pd.DataFrame:
    """Every sentence of the corpus that puts one party beside or against another.

    Sentences are read outside quotations only: the narrator's "X sided with the
    government", not a speaker's own words. With ``statements`` (the table of
    :func:`analysis.statements`), a statement whose cue is itself such a verb ("accused",
    "condemned", "backed") and whose content opens with a party ("Ostrana of gambling with
    …") is one more row, with the speaker the extractor resolved ("he", "the union") as the
    party, and the statement's offsets; so is a statement whose own words praise or reproach
    "the government" or resist a party's pressure (:func:`words_of_alignment`); a body's
    government is that of its name, else of its description (:func:`described_homes`), else
    of where it speaks (:func:`located_homes`). With the
    ``issue`` (:class:`analysis.stance.Issue`), a party said to back or fight what its target
    would end is one more row, with ``other`` :data:`MEASURE` (:func:`measure_alignments`),
    and so is a statement whose own words demand that it end or stay, or judge it ("the
    flaring has to stop", "the cull was lawful", :func:`own_demands`), with a cue that starts
    with :data:`OWN_WORDS`.
    """
    rows = []
    homes = described_homes(corpus, registry)
    terms = measure_terms(issue.target) if issue is not None else []
    deeds = proposal_terms(issue.target) if issue is not None else []
    # not a party's name, which says who, not what: "the Lands of Norvik stamps"
    objects = deed_object(issue.target) if issue is not None else []
    parties = {name.lower() for name in registry.party_alias}
    objects = [o for o in objects if o not in parties]
    object_names = objects[1:]
    moved = moved_things(issue.target) if issue is not None else []
    moved = [o for o in moved if o not in parties]
    # what a target makes or holds at a named place: moving it elsewhere ends the deed
    placed = list(objects) if issue is not None and _PLACED.search(issue.target) else []
    # a target that ends something is done by a rule, too: "the decree … lifting the ban",
    # and a demand to withdraw that rule keeps what the target would end
    lifter = re.match(r"\s*([a-z]+ing)\b", issue.target) if terms and not deeds else None
    deeds = deeds + same_deeds(deeds)
    # and what grants the deed ("granting asylum to …") is done by "the decision to grant"
    granted = re.match(r"\s*(granting|giving)\b", issue.target) if issue is not None else None
    doing = verb_forms(lifter[1]) if lifter else deeds + (verb_forms(granted[1]) if granted else [])
    names = deed_names(corpus["text"].fillna(""), doing)
    # the verb's own noun as the texts use it: "halt the demolition" ends the demolishing
    deeds = deeds + deed_nominals(corpus["text"].fillna(""), deeds)
    doers = doer_patterns(issue.target) if issue is not None else None
    refused = refused_things(issue.target) if issue is not None else []
    # and the deed's own noun: "take down the fence" ends the fencing, "halt the cull" the
    # culling (not a refusal's: ending a refusal is what its other side asks)
    nouns = [] if refused else [d for d in deeds if not d.endswith("ing") and d not in objects]
    objects += names + nouns
    # and the rule that does the deed is its maker's: "Norvik's Border Act requires …"
    owned = (owned_things(issue.target) if issue is not None else []) + names
    for article_id, text in zip(corpus["article_id"], corpus["text"].fillna("")):
        for lo, hi in paragraphs(text):
            quotes = find_quotes(text, lo, hi)
            plain = mask_quotes(text, lo, hi, quotes)
            for s, e in sentences(text, lo, hi, quotes):
                sentence = plain[s - lo : e - lo]
                # the names in the sentence, read once for both kinds of relation
                mentions = _mentions(sentence, registry)
                found = sentence_alignments(sentence, registry, homes, mentions)
                found += measure_alignments(sentence, registry, terms, mentions)
                found += measure_alignments(sentence, registry, deeds, mentions, PROPOSAL)
                found += object_demands(sentence, registry, objects, mentions)
                found += object_demands(sentence, registry, moved, mentions, back=True)
                found += object_refusals(sentence, registry, objects, mentions)
                found += refused_demands(sentence, registry, refused, mentions)
                found += owners(sentence, owned, mentions, object_names)
                # who refuses it does the deed: "Norvik has refused to register the marriages"
                found += deed_doers(sentence, doers, objects + refused, mentions)
                for party, relation, other, cue in found:
                    rows.append((article_id, s, e, party, relation, other, cue, text[s:e]))
    if issue is not None:
        rows += target_owner(issue.target, registry)
    if statements is not None:
        homes = {**located_homes(corpus, statements, registry, homes), **homes}
        # a statement inside a sentence already read says the same thing once more
        said = [(a, p, r, o, s, e) for a, s, e, p, r, o, _, _ in rows]
        # in a party's own words, the rule that does the deed is the deed: "the law will not be
        # revisited", "the Act must be suspended"
        own = deeds + [n for n in names if n not in deeds]
        rows_of = _statement_rows(statements, registry, homes, terms, own, objects, refused, placed)
        for row in rows_of:
            a, s, e, p, r, o, _, _ = row
            if not any(k[:4] == (a, p, r, o) and k[4] <= s < k[5] for k in said):
                rows.append(row)
    return pd.DataFrame(rows, columns=COLUMNS).sort_values(
        ["article_id", "start", "party", "other"], kind="stable", ignore_index=True
    )


# where a relation comes from the issue's own target, not from a text
TARGET_SOURCE = "(issue)"


def target_owner(target: str, registry: Registry) -> list[tuple]:
    """The row of :data:`COLUMNS` for the party that the target names as the owner of what it
    is ("Norvik's export subsidy for apples"): whose it is, wants it. Its ``article_id`` is
    :data:`TARGET_SOURCE`.

    >>> reg = Registry.from_frames(pd.DataFrame({"party": ["Norvik"], "aliases": [""]}),
    ...                            pd.DataFrame(columns=["actor", "party", "aliases"]))
    >>> target_owner("Norvik's export subsidy for apples", reg)[0][3:6]
    ('Norvik', 'backs', '(the proposal)')
    >>> target_owner("lifting Norvik's ban on honey", reg), target_owner("the Asker fee", reg)
    ([], [])
    """
    if not proposal_terms(target) or measure_terms(target):
        return []
    lead = re.match(r"\s*(?:the\s+)?", target).end()
    first = [(s, e, p) for s, e, p in _mentions(target, registry) if s == lead]
    if not first:
        return []
    s, e, party = first[0]
    if not (re.search(r"['’]s?$", target[s:e]) or re.match(r"['’]s?\s", target[e:])):
        return []
    return [(TARGET_SOURCE, 0, len(target), party, "backs", PROPOSAL, "its owner", target)]


def described_homes(corpus: pd.DataFrame, registry: Registry) -> dict[str, str]:
    """Each body's country as the reports describe it, where its name does not say: "Families
    for Safer Roads, a Carvalian group founded by …" is Carvalian. Only a body given one
    country across the corpus gets one.

    >>> reg = Registry.from_frames(
    ...     pd.DataFrame({"party": ["Carvalia", "Safe Roads"], "aliases": ["Carvalian", ""]}),
    ...     pd.DataFrame(columns=["actor", "party", "aliases"]))
    >>> corpus = pd.DataFrame({"article_id": ["a1"], "text": [
    ...     "Safe Roads, a Carvalian group founded by families of victims, said so."]})
    >>> described_homes(corpus, reg)
    {'Safe Roads': 'Carvalia'}
    """
    found: dict[str, set[str]] = {}
    for text in corpus["text"].fillna(""):
        memory = SpeakerMemory(registry)
        memory.learn_descriptions(text)
        for _actor, body, _words, named in memory.descriptions:
            if len(named - {body}) == 1 and not named_home(body, registry):
                found.setdefault(body, set()).update(named - {body})
    return {body: next(iter(c)) for body, c in sorted(found.items()) if len(c) == 1}


_STATE_ALIAS = re.compile(r"\b(?:[Gg]overnment|Ministry|President|Presidency|Prime Minister)\b")


# the cues of a denial (as ``analysis.stance.CUE_CLASSES`` has them, which this module does not
# import: it would load scikit-learn)
_DENIAL = re.compile(r"\b(?:denied|denies|rejected|rejects|dismissed|dismisses|refuted|disputed)\b")


def located_homes(
    corpus: pd.DataFrame,
    statements: pd.DataFrame,
    registry: Registry,
    homes: dict[str, str] | None = None,
) -> dict[str, str]:
    """The country of each body whose name and description give none, from where the
    narrator puts it when it speaks: "…," the group's spokeswoman told protesters outside the
    Energy Ministry in Tallmere. A body speaks at home; only a body put in one party's places
    across the corpus gets one, and only places outside quotations count.

    >>> reg = Registry.from_frames(
    ...     pd.DataFrame({"party": ["Carvalia", "Safe Roads"], "aliases": ["Velm", ""]}),
    ...     pd.DataFrame(columns=["actor", "party", "aliases"]))
    >>> text = '"Enough," Safe Roads told a rally in Velm.'
    >>> statements = pd.DataFrame({"article_id": ["a1"], "start": [1], "end": [7],
    ...                            "party": ["Safe Roads"]})
    >>> located_homes(pd.DataFrame({"article_id": ["a1"], "text": [text]}), statements, reg)
    {'Safe Roads': 'Carvalia'}
    """
    homes = homes or {}
    speakers = set(statements["party"].dropna().astype(str)) - {"", UNRESOLVED}
    # a state speaks abroad too: one with a government, ministry or president of its own, or
    # the country of another registered body, is no body
    states = {named_home(p, registry) for p in set(registry.party_alias.values())}
    states |= {p for a, p in registry.party_alias.items() if _STATE_ALIAS.search(a)}
    bodies = {
        p for p in speakers if p not in homes and p not in states and not named_home(p, registry)
    }
    spans = statements[statements["party"].isin(bodies)]
    found: dict[str, set[str]] = {}
    texts = dict(zip(corpus["article_id"], corpus["text"].fillna("")))
    for article_id, rows in spans.groupby("article_id", sort=False):
        text = texts.get(article_id, "")
        for lo, hi in paragraphs(text):
            quotes = find_quotes(text, lo, hi)
            plain = mask_quotes(text, lo, hi, quotes)
            for s, e in sentences(text, lo, hi, quotes):
                speakers = set(rows.loc[(rows["start"] < e) & (rows["end"] > s), "party"])
                if not speakers:
                    continue
                sentence = plain[s - lo : e - lo]
                places = {
                    p
                    for a, _, p in _mentions(sentence, registry)
                    if _PLACE.search(sentence[max(0, a - 40) : a])
                }
                for body in speakers:
                    found.setdefault(body, set()).update(places - {body})
    # a country of its own: a country has no home but itself, and an organisation of several
    # is of none
    return {b: next(iter(c)) for b, c in sorted(found.items()) if len(c) == 1}


# A statement that names its own speaker as the one who calls: "The Republic of Velm calls on
# the Government of Norvik to …" (an official statement's voice)
_SELF_CALL = re.compile(
    r"(?:(?:[A-Z][\w'’-]*|of|the)\s+){1,7}?(?P<verb>calls on|calls upon|urges|asks|appeals to)\b"
)


def _first_person(text: str, party: str, registry: Registry) -> str:
    """``text`` with its speaker's own call put in the first person, as :func:`own_demands`
    reads it; any other text as it is.

    >>> reg = Registry.from_frames(pd.DataFrame({"party": ["Velm"], "aliases": [""]}),
    ...     pd.DataFrame(columns=["actor", "party", "aliases"]))
    >>> _first_person("The Republic of Velm calls on Norvik to halt the works.", "Velm", reg)
    'We call on Norvik to halt the works.'
    >>> _first_person("Norvik urges restraint.", "Velm", reg)
    'Norvik urges restraint.'
    """
    m = _SELF_CALL.match(text)
    if not m or not any(p == party for s, _, p in _mentions(text[: m.start("verb")], registry)):
        return text
    verb = {"calls on": "call on", "calls upon": "call upon", "urges": "urge", "asks": "ask"}
    return f"We {verb.get(m.group('verb'), 'appeal to')}{text[m.end() :]}"


def _as_said(phrase: str, said: str, text: str) -> str:
    """``phrase`` of ``said`` (:func:`_first_person` of ``text``) in ``text``'s own words.

    >>> _as_said("We call on Norvik to halt the works", "We call on Norvik to halt the works.",
    ...          "The Republic of Velm calls on Norvik to halt the works.")
    'The Republic of Velm calls on Norvik to halt the works'
    """
    if said == text:
        return phrase
    # said = "We call on" + the text after its speaker's call
    opening = re.match(r"We (?:call on|call upon|urge|ask|appeal to)", said).end()
    shift, at = len(text) - len(said), said.find(phrase)
    start = 0 if at < opening else at + shift
    return text[start : at + len(phrase) + shift]


def _statement_rows(
    statements: pd.DataFrame,
    registry: Registry,
    homes: dict[str, str] | None = None,
    terms: list[str] | None = None,
    deeds: list[str] | None = None,
    objects: list[str] | None = None,
    refused: list[str] | None = None,
    placed: list[str] | None = None,
) -> list[tuple]:
    rows = []
    for r in statements.itertuples():
        party = r.party if isinstance(r.party, str) else ""
        if party in ("", UNRESOLVED):
            continue
        text = str(r.text)
        cue = (r.cue if isinstance(r.cue, str) else "").replace(" … ", " ")
        found = []
        # the cue's phrase may look ahead into the statement ("rejected" + "the chamber's …");
        # "dismissed … as" has its object first ("the protests from Velm as …")
        cue = re.sub(r" as$", "", cue)
        m = _CUE.match(f"{cue} {text}")
        m = m if m and m.end() == len(cue) + 1 else None
        if m:
            other = _object(text, 0, _mentions(text, registry))
            if other == "GOVERNMENT":
                other = home_party(party, text, registry, homes)
            found.append(("backs" if m.group("backs") else "opposes", other))
        found += words_of_alignment(party, text, registry, (homes or {}).get(party))
        for relation, other in dict.fromkeys(found):
            if other and other != party:
                rows.append((r.article_id, r.start, r.end, party, relation, other, r.cue, text))
        # its own demand on the target: the cue is the demand's words, marked as its own; not
        # under a denial ("denied that the ban breached the agreement"), which turns them
        denied = _DENIAL.search(cue)
        on_target = [] if denied else [(MEASURE, terms, ()), (PROPOSAL, deeds, objects)]
        said = _first_person(text, party, registry) if on_target else text
        # a demand the narrator reports is the speaker's own: "called on" + "the government to
        # "lower the flag""
        if on_target and said == text and _DEMAND.fullmatch(cue + " ") and _TO.match(text):
            said = f"We call on {text}"
        # and so is "told" + "Velm to take its fair elsewhere"
        elif on_target and said == text and _TOLD.fullmatch(cue) and _NAMED_TO.match(text):
            said = f"We call on {text}"
        for other, words, things in on_target:
            where = (placed or ()) if other == PROPOSAL else ()
            for relation, phrase in dict(
                own_demands(said, words or [], things or (), where)
            ).items():
                # the cue quotes the statement's words, not the first person they were read in
                phrase = _as_said(phrase, said, text)
                own = f"{OWN_WORDS}{phrase}"
                rows.append((r.article_id, r.start, r.end, party, relation, other, own, text))
        # its own demand for what a refusing target refuses: "We call on Norvik to register …"
        for m in _WE_ASK.finditer(text) if refused and not denied else ():
            if _asks_for(text, m.end(), refused, _mentions(text, registry)):
                own = f"{OWN_WORDS}{m.group().strip()}"
                rows.append((r.article_id, r.start, r.end, party, "opposes", PROPOSAL, own, text))
    return rows


# A speaker's own demand that what the target names end, or stay: "the flaring has to stop",
# "the ban must be lifted", "they must stop construction", "the ban must not be lifted",
# "the quota must stay". A modal carries the demand; "has stopped" and "plans to stop" do not.
_MODAL = r"(?:has to|have to|must|should|needs? to|ought to|will have to)"
# the speaker's own demand of another, in the first person: "We call on Velm to suspend …"
_WE_DEMAND = (
    r"(?:we|I) (?:\w+ly )?(?:call on|call upon|urge|ask|appeal to|invite)(?: [\w’'-]+){0,5}? to"
)
# what a reported demand asks of whom: "the government to …"
_TO = re.compile(r"(?:[\w'’-]+ ){0,5}?to\b")
# a cue that tells a named party what to do: "told" + "Velm to take its fair elsewhere"
_TOLD = re.compile(r"(?:told|tells|telling|warned|warns)")
_NAMED_TO = re.compile(r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3} to\b")
_DEMAND_FOR = (
    r"(?:call|calls|called|calling|demand|demands|demanded|demanding|press|presses|pressed"
    r"|pressing|appeal|appeals|appealed|urge|urges|urged|ask|asks|asked) for"
)
_NOW = r"(?:(?:immediately|now|finally|at last|urgently|therefore|simply|all) )?"
# "the ban must stay", "remain in force", "the filling must go on"; not "the reactor should
# stay cold"
_STAY = (
    r"(?:(?:stay|stays|remain|remains|go on|continue|proceed|go ahead)(?: in (?:place|force))?"
    # or a time: "should not go ahead on April 1", "must go on this year"
    r"(?=\s*[,.;:!?\"”]|\s*$|\s+(?:until|unchanged|as it is|as planned|on|this|next|before)\b)"
    r"|be (?:kept|maintained|upheld|extended|expanded|stepped up|scaled up|accelerated)\b)"
)
# A speaker's own judgement of it: "this cull is long overdue", "the ban was illegal"
_JUST = (
    r"(?:long overdue|overdue|necessary|justified|essential|legitimate|lawful|legal"
    r"|the right (?:decision|step|thing)|sensible|reasonable|proportionate|non-negotiable"
    r"|not up for (?:negotiation|discussion|debate))\b"
)
_UNJUST = (
    r"(?:illegal|unlawful|unjustified|unjustifiable|unacceptable|a mistake|an error"
    r"|provocation|provocative|reckless|disproportionate|discriminatory|violation|breach"
    r"|an attack on|an assault on|an affront|an act of aggression)\b"
)
# a demand or judgement the speaker reports or questions: "whether the cameras should stay or
# go", "the premise that the season has to end", "what the closure would cost", "they keep
# telling us the flights are legal"
_NOT_OWN = re.compile(
    r"\b(?:whether|premise|assumption|idea|notion|claims?|suggestions?|insistence|warnings?"
    r"|fears?|what|how much|assertions?|charges?|accusations?|allegations?|reports?"
    # another's words the speaker reports: "Oristad keeps telling us the flights are legal"
    r"|says|said|claimed|insists?|insisted|argues|argued|maintains|telling us|tells us|told us)"
    r"(?: that)?"
    r"\s+(?:\S+\s+){0,3}$"
    # another's words the speaker names: "the statement of the Chamber that the suspension …"
    # "the assertion, repeated by the Foreign Minister of Velm, that the checks …"
    r"|\b(?:statement|claim|argument|view|warning|assertion|complaint|position|allegation"
    r"|accusation|suggestion)s?,? (?:[\w-]+ ){0,2}?(?:of|by|from|in) [^.;:]{0,70}? that\s+"
    r"(?:(?:the|this|these|its|their|our)\s+)?$",
    re.I,
)


@lru_cache(maxsize=8)
def _demand_patterns(terms: tuple[str, ...]) -> tuple[re.Pattern, ...]:
    """The patterns of :func:`own_demands`, in this order: the term before a modal ("the
    flaring has to stop"), after a modal's or a first-person demand's verb ("must stop
    construction of …"), before a judgement ("the cull is long overdue"), an end's cost ("a
    suspension would cost jobs", which names no term), the term before a breach ("the naming
    broke the treaty"), a called-for end ("called for the suspension of drilling") and a
    demand that it go on ("should keep the crews in the patrols") and the harm it would do
    ("the congress could cost exporters dearly") and a demand that it be ended ("We demand that
    the medal be withdrawn") or not be made ("We call on the President not to sign the
    law"). Each has groups ``end``
    and ``no`` (a "not" that turns it), which may never match."""
    names = "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True))
    term = rf"\b(?:{names})(?:s|es)?\b"
    before = re.compile(
        rf"{term}(?: [\w’'-]+){{0,3}}? {_MODAL} {_NOW}(?P<no>not |never )?(?:be )?"
        rf"(?:(?P<end>{_ENDING_WORD})|(?P<stay>{_STAY}))",
        re.I,
    )
    after = re.compile(
        rf"\b(?:{_MODAL}|{_WE_DEMAND}) [\"“]?{_NOW}(?P<no>not |never )?(?P<end>{_ENDING_WORD})"
        rf"(?: (?:of )?(?:the|this|these|that|those|its|their|all|any|an|a))?"
        rf"(?: [\w’'-]+){{0,3}}? {term}",
        re.I,
    )
    # "called for the immediate suspension of drilling"
    nominal = re.compile(
        rf"\b{_DEMAND_FOR} (?:an? |the )?(?:immediate |urgent |full |complete )?(?P<no>(?!))?"
        r"(?P<end>suspension|halt|end|cancellation|withdrawal|removal|closure|shutdown"
        rf"|dismantling|abandonment) (?:of|to) (?:the |this |its |all |any )?"
        rf"(?:[\w’'-]+ ){{0,2}}?{term}",
        re.I,
    )
    # a verb's phrase may be the subject: "holding the fair in Kelvetz was a provocation"
    gerunds = "|".join(re.escape(t) for t in terms if t.endswith("ing")) or "(?!)"
    judged = re.compile(
        rf"(?:{term}|\b(?:{gerunds})(?: [\w’'-]+){{1,5}}?) (?:is|was|are|were) (?P<no>not |never )?"
        rf"[\"“']?(?:[\w’'-]+ ){{0,2}}?(?:(?P<stay>{_JUST})|(?P<end>{_UNJUST}))",
        re.I,
    )
    # the harm of ending it: "a suspension would cost thousands of jobs", "halting the works
    # now would cost the economy hundreds of millions" (said of what the target names: the
    # statement is on the issue)
    harmed = re.compile(
        r"\b(?:(?:a|an|any|the|this|such a)\s+)?(?:(?:immediate|sudden|permanent|temporary"
        r"|further|single)\s+)?(?:halt|suspension|pause|moratorium|shutdown|cancellation"
        r"|closure|withdrawal|removal|(?:halting|stopping|suspending|closing|cancelling"
        r"|scrapping|ending|removing|withdrawing|shutting(?: down)?|pausing|freezing|switching"
        r"|revoking|repealing|reversing|dropping|abandoning)"
        r"(?: [\w’'-]+){1,4}?)"
        r"(?:\s+(?:now|at this stage|this year))?\s+(?:would|could|will)\s+"
        r"(?P<no>(?!))?(?P<end>(?!))?"
        # what ending it would not do: "shutting the outfall would not save a single fish"
        r"(?:(?:not|never) (?:\w+ )?(?:save|help|solve|fix|protect|bring back|clean up)\b"
        r"|(?!not\b|never\b)(?:\w+\s+)?(?:cost|ruin|destroy|devastate|cripple|wreck|kill"
        r"|bankrupt|hurt|harm|damage|punish|betray|be paid for|wipe out|scare off|drive away"
        r"|tell (?:every|all|the world|investors)"
        r"|send (?:a |the )?(?:chilling|wrong|terrible|dangerous|disastrous) (?:signal|message))"
        # "switching it off would be an act of economic self-harm"
        r"|be (?:an? )?(?:act of |recipe for )?(?:[\w-]+ )?(?:self-harm|disaster|catastrophe"
        r"|blow|betrayal|mistake|folly|own goal))\b"
        # demands to end it rejected: "demands that the satellite be switched off have no basis"
        r"|\b(?:demands?|calls?) (?:that|for) (?:[\w’'-]+ ){0,6}?(?:to )?be (?:switched off"
        r"|shut down|halted|stopped|suspended|removed|withdrawn|closed|cancell?ed|scrapped)\b"
        r"[^.;]{0,30}? (?:have|has|had) no (?:\w+ )?(?:basis|grounds?|foundation|merit)\b"
        # what not doing it costs: "every month of delay costs businesses money"
        r"|\b(?:every (?:day|week|month|year) of |each |any |further )delays? (?:(?:now |here )?"
        r"(?:costs|is costing|has cost|would cost|will cost|could cost))\b"
        # no ground to end it: "there is no reason to suspend it", "no legal basis for a pause"
        r"|\bno (?:\w+ )?(?:reason|basis|grounds?|justification|need|case) (?:to|for) "
        r"(?:an? |the )?(?:halt|suspen\w*|paus\w*|stop\w*|cancel\w*|scrap\w*|clos\w*)"
        r"(?= it\b| them\b| one\b| this\b|\s*[,.;:!?\"”]|\s*$| and\b)",
        re.I,
    )
    # a breach of law in its own words: "the naming broke the treaty", "the ban violates the
    # agreement"
    breached = re.compile(
        rf"{term}(?: (?!if\b|unless\b|when\b|should\b)[\w’'-]+){{0,3}}? [\"“']?(?P<no>(?!))?"
        r"(?P<end>broke|breaks|breached|breaches"
        r"|violated|violates|contravened|contravenes|infringed|infringes)\b",
        re.I,
    )
    # a demand that it go on: "the government should keep our crews in the joint patrols";
    # not "must keep the ships out"
    kept = re.compile(
        rf"\b(?:{_MODAL}|{_WE_DEMAND}) {_NOW}(?P<no>not |never )?(?P<end>(?!))?(?:keep|continue"
        rf"|maintain|preserve|retain|sustain)(?: (?:with|on))?(?: [\w’'-]+){{0,5}}? {term}"
        r"(?! (?:out|away|closed|shut|off|suspended|halted|at bay)\b)",
        re.I,
    )
    # the harm it would do: "the congress could cost our exporters dearly", "the plant will
    # poison the estuary" (not what ending it would do: "closing the plant would cost jobs")
    threat = re.compile(
        rf"(?P<harm>)\b(?:the |this |that |a |an |such a )?"
        rf"{term}(?: (?!if\b|unless\b)[\w’'-]+){{0,3}}? (?:could|would|will|may|might)"
        # not "the decision would not harm trade", which says it does no harm
        r" (?:(?!not\b|never\b)\w+ )?(?P<no>(?!))?(?P<end>cost|ruin|destroy|devastate|harm|hurt"
        r"|damage|threaten"
        r"|endanger|poison|kill|wreck|cripple)\b",
        re.I,
    )
    # a demand that it be ended: "We demand that the decoration be withdrawn"
    subjunctive = re.compile(
        r"\b(?:we|I) (?:\w+ly )?(?:demand|insist|ask|expect|require)s? that (?:the|this|these|its"
        rf"|their|all|any|our) (?:[\w’'-]+ ){{0,3}}?{term} (?:be|is|are) (?P<no>not |never )?"
        rf"(?P<end>{_ENDING_WORD})",
        re.I,
    )
    # a demand that it not be made: "We call on the President not to sign the law"
    unmade = re.compile(
        rf"\b(?:{_MODAL} |(?:we|I) (?:\w+ly )?(?:call on|call upon|urge|ask|appeal to|invite)"
        r"(?: [\w’'-]+){0,5}? )(?P<no>(?!))?(?P<end>not (?:to )?(?:sign|adopt|pass|enact|approve"
        r"|ratify|apply|implement|enforce|introduce|proceed with))"
        rf"(?: (?:the|this|these|its|their|any|an|a))?(?: [\w’'-]+){{0,3}}? {term}",
        re.I,
    )
    return before, after, judged, harmed, breached, nominal, kept, threat, subjunctive, unmade


def deed_object(target: str) -> list[str]:
    """The head noun of what a target's deed is done to, and the words of its name, when the
    deed makes or does something ("drilling the Selka gas well on the bank" → well, selka);
    not when it undoes it ("moving the festival away", "returning the children"), where
    ending the thing is not ending the deed.

    >>> deed_object("erecting the Kestrin Victory Monument on Kestrin Hill")
    ['monument', 'kestrin', 'victory']
    >>> deed_object("filling the Orun reservoir this spring"), deed_object("moving the fair")
    (['reservoir', 'orun'], [])
    >>> deed_object("repealing Varnessa's Law on the State Language")
    []
    >>> deed_object("letting Velm's Aster-2 satellite operate from the 36 degrees slot")
    ['satellite']
    >>> deed_object("sparing the Asker Oak from felling")
    []
    >>> deed_object("teaching the Land and Freedom course in the schools")
    ['course', 'land', 'freedom']
    >>> deed_object("issuing the Lands of Norvik stamps showing the Asker valley as Norvik's")
    ['stamps', 'lands', 'norvik']
    >>> deed_object("opening the Asker crossing to lorries")
    ['crossing', 'asker']
    """
    light = _LETTING.match(target)
    if light:
        return _lets(light.group(1))
    m = re.match(r"\s*([a-z]+ing)\s+(.*)", target)
    if not m or not proposal_terms(target) or m.group(1) in _UNDOING | _REFUSING:
        return []
    if re.fullmatch(_ENDING_WORD, m.group(1), re.I):  # "repealing Varnessa's Law …" ends it
        return []
    # a name may hold "and" or "of": "the Homeland and Liberation course", "the Lands of
    # Norvik stamps"
    named = re.sub(r"\b([A-Z][\w'’-]*) (?:and|or|of|&) (?=[A-Z])", r"\1 & ", m.group(2))
    # and a participle with its own object ends the phrase: "the stamps showing the valley"
    named = re.split(r"\s+[a-z]{3,}ing\s+(?=(?:the|a|an|its|their)\s|[A-Z])", named)[0]
    rest = re.split(r"\s+(?:after|as|under|this|next|last|each|every|before|during)\s+", named)
    phrase = _NP_END.split(rest[0], maxsplit=1)[0]
    words = [w for w in re.findall(r"[\w'’-]+", phrase) if w.lower() not in _NOT_HEAD]
    head = words[-1].lower() if words else ""
    if not (head.isalpha() and len(head) > 2):
        return []
    # its name, too: "suspend all felling in the Halvern" names the Halvern Forest
    names = [w.lower() for w in words[:-1] if w[:1].isupper() and not re.search(r"['’]s?$", w)]
    return list(dict.fromkeys([head, *names]))


_MOVING = set("moving relocating shifting transferring".split())


def moved_things(target: str) -> list[str]:
    """What a target moves, as :func:`deed_object` gives it: a demand to take it back or return
    it ends the move (:func:`object_demands` with ``back``).

    >>> moved_things("relocating the Asker border post onto the ridge")
    ['post', 'asker']
    >>> moved_things("building the Asker border post")
    []
    """
    m = re.match(r"\s*([a-z]+ing)\s+(.*)", target)
    return deed_object(f"placing {m.group(2)}") if m and m.group(1) in _MOVING else []


# What a deed is done by, when it is a rule or a plan: "Decree 17, which took effect on March
# 1, requires all foreign merchant vessels …" names the requirement "the decree"
_RULE_NOUNS = (
    r"decree|rule|law|act|regulation|order|measure|requirement|directive|ordinance|policy"
    r"|scheme|plan|project|programme|program|agreement|deal|contract|accord|decision"
)


def deed_names(texts: Iterable[str], deeds: list[str]) -> list[str]:
    """The rule or plan that the texts say does the target's deed (``deeds``, from
    :func:`proposal_terms`), in lower case: a demand to withdraw it ends the deed.

    >>> deed_names(["Decree 17, which took effect in May, requires every ship to …"],
    ...            proposal_terms("requiring foreign ships to take pilots"))
    ['decree']
    >>> deed_names(["The law requires nothing of the kind."], [])
    []
    >>> deed_names(["the agreement signed in May, under which the Republic of Norvik leases"
    ...             " the port"], proposal_terms("leasing the port of Asker to Velm"))
    ['agreement']
    >>> deed_names(["He signed a law on Tuesday extending the sea limit."],
    ...            proposal_terms("extending Norvik's territorial sea"))
    ['law']
    >>> deed_names(["the decree adopted by the cabinet on 9 May lifting the ban"],
    ...            verb_forms("lifting"))
    ['decree']
    >>> deed_names(["the decision, announced by the President, to relocate the embassy",
    ...             "the decision of the Government of Norvik to disconnect the grid"],
    ...            verb_forms("relocating") + verb_forms("disconnecting"))
    ['decision']
    >>> deed_names(["the decision of the court on the disconnection"], verb_forms("disconnecting"))
    []
    """
    stems = sorted({d for d in deeds if not d.endswith("ing")}, key=len, reverse=True)
    if not stems:
        return []
    verb = "|".join(re.escape(d) for d in stems)
    pattern = re.compile(
        rf"\b(?P<head>{_RULE_NOUNS})(?: No\.?)?(?: \d+)?(?:,[^,.;]{{0,80}},)?"
        # "a law on Tuesday extending …", "the Act, which purports to extend …"
        rf"(?: (?:on|in|last|this) [A-Z]?\w+)?"
        # "the decree adopted by the cabinet on 9 May lifting …"
        rf"(?: (?:adopted|approved|passed|issued|signed|published)(?: by [^,.;]{{0,60}}?)?)?"
        rf"(?:,? (?:which|that) (?:purports|claims|seeks|aims|is meant|is designed) to)?"
        # "the agreement signed on Friday, under which Norvik leases …"
        rf"(?:[^,.;]{{0,60}}?,? under which(?: the)?(?: [\w'’-]+){{0,4}}?)?"
        # "the decision, announced on Monday, to relocate …", "the decision of the Government
        # of Norvik to disconnect …"
        rf"(?: of (?:the )?[A-Z][^,.;]{{0,50}}?)?"
        rf" (?:to )?(?:(?:{verb})(?:s|es|ed|d|ing)?|will (?:{verb}))\b",
        re.I,
    )
    found = [m.group("head").lower() for t in texts for m in pattern.finditer(t)]
    return sorted(set(found))


# Verbs the texts use for one another: "reopening the smelter" is "restarting" it, and its
# works "resume"; "moving the embassy" is "relocating" it
_SAME_DEEDS = (
    ("reopening", "restarting", "resuming", "relaunching", "reactivating", "recommissioning"),
    tuple(sorted(_MOVING)),
)


def same_deeds(deeds: list[str]) -> list[str]:
    """The forms of every verb that names the same deed as the target's.

    >>> same_deeds(proposal_terms("reopening the Asker smelter"))[:6]
    ['reactivat', 'reactivate', 'reactivating', 'recommission', 'recommissione', 'recommissioning']
    >>> same_deeds(proposal_terms("moving the Norvikian embassy to Asker"))[:3]
    ['relocat', 'relocate', 'relocating']
    >>> same_deeds(proposal_terms("building the Asker smelter"))
    []
    """
    verbs = [group for group in _SAME_DEEDS if set(deeds) & set(group)]
    forms = {form for group in verbs for verb in group for form in verb_forms(verb)}
    return sorted(forms - set(deeds))


_NOUN_ENDINGS = ("ion", "ition", "tion", "sion", "ation", "ication", "ment", "al")
# the nouns the texts use for a deed that builds or digs, which are not made of its verb:
# "halt construction", "the works violate the treaty"
_WORKS = {
    "construction": ("building", "constructing", "erecting", "laying"),
    "deployment": ("stationing", "deploying", "placing", "positioning", "basing"),
    "decoration": ("awarding", "conferring", "bestowing"),
}
_WORKS["medal"] = _WORKS["honour"] = _WORKS["decoration"]
# a change to a law: "writing the islands into the constitution" is done by "the amendment"
_WORKS["amendment"] = ("amending", "enshrining", "inserting", "writing")
_WORKS["pursuit"] = ("pursuing", "chasing")
_WORKS["works"] = _WORKS["construction"] + (
    "digging", "boring", "widening", "deepening", "dredging", "raising", "extending", "clearing",
    "draining", "fencing", "paving",
)  # fmt: skip


def deed_nominals(texts: Iterable[str], deeds: list[str]) -> list[str]:
    """The nouns of the target's verb that the texts use, in lower case: "demolishing" is
    done as "the demolition", "converting" as "the conversion". Only a noun made of the
    verb's stem (less up to two letters) and a noun ending, and found in the texts, counts.

    >>> deed_nominals(["Velm demanded a halt to the demolitions."],
    ...               proposal_terms("demolishing the Asker houses"))
    ['demolition']
    >>> deed_nominals(["a long conversation"], proposal_terms("converting the line"))
    []
    >>> deed_nominals(["a halt to ratification"], proposal_terms("ratifying the Asker treaty"))
    ['ratification']
    >>> deed_nominals(["Construction continues."], proposal_terms("building the Asker line"))
    ['construction']
    """
    verbs = [d[:-3] for d in deeds if d.endswith("ing") and len(d) >= 8]
    candidates = {
        (verb if not cut else verb[:-cut]) + ending
        for verb in verbs
        for cut in (0, 1, 2)
        for ending in _NOUN_ENDINGS
    }
    candidates |= {noun for noun, verbs in _WORKS.items() if set(verbs) & set(deeds)}
    if not candidates:
        return []
    words = {w.lower() for t in texts for w in re.findall(r"[A-Za-z]+", t)}
    return sorted(c for c in candidates if c in words or c + "s" in words)


# A target that lets someone do something names the doer before its verb: "letting Velm's
# Aster-2 satellite operate from …", "allowing the rescue ship Kestrel Dawn to dock"
_LETTING = re.compile(r"\s*(?:letting|allowing|permitting|permission for)\s+(.*)", re.I)
_LET_DO = re.compile(
    r"\s+(?:to|go|cross|operate|enter|land|dock|fly|overfly|reach|visit|pick|make|open|sail"
    r"|fish|call|use|play|perform|broadcast|transit|pass|return|leave|stay|run|take|carry"
    r"|deliver|drill|graze|build|hold|continue|resume)\s+"
)


def _lets(rest: str) -> list[str]:
    """The doer of a letting target's deed, its last word in lower case; not its names, which
    are often a party's ("Osterran ambulances")."""
    phrase = _NP_END.split(_LET_DO.split(rest, maxsplit=1)[0], maxsplit=1)[0]
    common = [w for w in re.findall(r"\b[a-z]+\b", phrase) if w not in _NOT_HEAD and len(w) > 2]
    return common[-1:]


# Verbs whose past is not made with -ed
_IRREGULAR = {
    "build": "built", "hold": "held", "lay": "laid", "sell": "sold", "send": "sent",
    "dig": "dug", "fly": "flown|flew", "run": "ran", "make": "made", "keep": "kept",
    "spend": "spent", "take": "taken|took", "put": "put", "set": "set", "cut": "cut",
}  # fmt: skip
_DOING = (
    r"(?:is|are|was|were|has been|have been|had been|began|has begun|started|continues"
    r"|continued|went on)"
)


def doer_patterns(target: str) -> tuple[re.Pattern, re.Pattern] | None:
    """What says that someone does a target's deed, when the target does something ("building
    the airstrip"): after the doer's name, "is building", "has built", "builds"; before it,
    "built by". ``None`` for a target that ends or lets something.

    >>> active, passive = doer_patterns("building the Torre airstrip")
    >>> bool(active.match(" is building a runway")), bool(passive.search("the runway built by "))
    (True, True)
    >>> doer_patterns("lifting the ban on honey") is None
    True
    """
    deeds = proposal_terms(target)
    head = next((d for d in deeds if d.endswith("ing")), None)
    if head is None:
        return None
    base = head[:-3]
    bases = {base, base + "e"}
    if len(base) > 3 and base[-1] == base[-2]:  # "running"
        bases.add(base[:-1])
    names = "|".join(sorted(bases, key=len, reverse=True))
    past = "|".join([rf"(?:{names})(?:ed|d)", *(_IRREGULAR[b] for b in bases if b in _IRREGULAR)])
    active = re.compile(
        rf"\s+(?:(?:{_DOING}) {head}|(?:has|have|had) (?:\w+ly )?(?:{past})|(?:{past})"
        rf"|(?:{names})(?:s|es))\b(?!\s+(?:that|whether|with)\b)",
        re.I,
    )
    passive = re.compile(rf"\b(?:{past}) by (?:the )?$", re.I)
    return active, passive


def deed_doers(
    sentence: str,
    patterns: tuple[re.Pattern, re.Pattern] | None,
    objects: list[str],
    mentions: list[tuple[int, int, str]],
) -> list[tuple[str, str, str, str]]:
    """(party, "backs", :data:`PROPOSAL`, words) of each party the narrator says does the
    target's deed to what it is done to (``objects``, from :func:`deed_object`): "an airstrip
    that Norvik is building", "the fee charged by Norvik". Who does it wants it done; a deed
    said without its object may be done in part ("Norvik was releasing every cubic metre it
    can spare").
    """
    if patterns is None or not objects:
        return []
    active, passive = patterns
    stems = {_stem(o) for o in objects}
    out = []
    for s, e, party in mentions:
        found = active.match(sentence, e) or passive.search(sentence[max(0, s - 40) : s])
        if not found:
            continue
        end = found.end() if found.start() >= e else e
        near = re.findall(r"[\w'’-]+", sentence[max(0, s - 60) : s])[-8:]
        near += re.findall(r"[\w'’-]+", sentence[end:])[:6]
        if any(_stem(w) in stems for w in near):
            out.append((party, "backs", PROPOSAL, found.group().strip()))
    return list(dict.fromkeys(out))


# deeds that make or run what they name: whose it is, does them ("Norvik's new airstrip");
# not deeds done to what another owns ("deporting Velm's workers")
_MAKES = set(
    "building constructing erecting opening operating installing drilling launching running"
    " raising expanding holding staging charging levying flying deploying anchoring".split()
)


def owned_things(target: str) -> list[str]:
    """What a target makes or runs (:func:`deed_object`'s head), or a noun target's head: its
    owner wants it.

    >>> owned_things("building the Torre airstrip"), owned_things("Norvik's export subsidy")
    (['airstrip'], ['subsidy'])
    >>> owned_things("deporting Velmish seasonal workers")
    []
    """
    verb = re.match(r"\s*([a-z]+ing)\b", target)
    if verb:
        return deed_object(target)[:1] if verb.group(1) in _MAKES else []
    return proposal_terms(target)[:1]


def owners(
    sentence: str,
    things: list[str],
    mentions: list[tuple[int, int, str]],
    names: Iterable[str] = (),
) -> list[tuple[str, str, str, str]]:
    """(party, "backs", :data:`PROPOSAL`, words) of each party the narrator names as the owner
    of what the target's deed makes or is (``things``, from :func:`owned_things`): "Norvik's
    export subsidy", "the new Norvikian airstrip". Whose it is, wants it. Where the target
    names its thing (``names``, in lower case: "building Serin Island"), a thing of another
    name is another one: "Norvik's Hallin islands".

    >>> owners("a row over Norvik's export subsidy for apples", ["subsidy"],
    ...        [(11, 17, "Norvik")])
    [('Norvik', 'backs', '(the proposal)', "Norvik's export subsidy")]
    >>> owners("a row over Norvik's objections to the subsidy", ["subsidy"], [(11, 17, "Norvik")])
    []
    >>> owners("Norvik's ban on calls", ["calls"], [(0, 6, "Norvik")])
    []
    >>> owners("a new Norvikian day of remembrance", ["day"], [(6, 15, "Norvik")])
    [('Norvik', 'backs', '(the proposal)', 'Norvikian day')]
    >>> owners("Norvik said the day", ["day"], [(0, 6, "Norvik")]), owners("Dravan said the day",
    ...        ["day"], [(0, 6, "Norvik")])  # a capital, Norvik's, whose name ends like "Norvikian"
    ([], [])
    >>> owners("Norvik's Digital Sovereignty Act requires", ["act"], [(0, 6, "Norvik")])
    [('Norvik', 'backs', '(the proposal)', "Norvik's Digital Sovereignty Act")]
    >>> owners("Norvik's Hallin islands", ["island"], [(0, 6, "Norvik")], ["serin"])
    []
    """
    stems = {_stem(t) for t in things}
    names = set(names)
    out = []
    for s, e, party in mentions:
        # an alias may hold the possessive itself ("Norvik's")
        after = re.match(r"['’]s\b", sentence[e:])
        e += after.end() if after else 0
        # or be its adjective after an article ("the new Norvikian airstrip"), not its name
        # ("Norvik said …") nor a capital ("Dravan said …")
        name = sentence[s:e]
        adjective = (
            name != party
            and re.search(rf"{_ADJECTIVE_END}$", name)
            and re.search(r"\b(?:a|an|the|this|that|its|their|new)\s+$", sentence[:s], re.I)
        )
        owner = after or re.search(r"['’]s$", name) or adjective
        # the words of a name may stand between ("Norvik's Border Act")
        m = re.match(r"((?:\s+[\w-]+){1,3})", sentence[e:]) if owner else None
        words = m.group(1).split() if m else []
        # the head ends the owner's phrase: "Norvik's subsidy scheme" is the scheme's
        head = next((i for i, w in enumerate(words) if _stem(w) in stems), None)
        # and only words that qualify it come before it: not "Norvik's ban on calls",
        # "Norvik's ombudsman says extradition …", "Norvik's own transmitter" (another one)
        before = words[:head] if head is not None else []
        if any(
            _KEEPING_FROM.fullmatch(w)
            or _HEAD_AFTER.match(w)
            or w in _OTHER
            or w.endswith("s")
            or (names and w[:1].isupper() and w.lower() not in names)
            for w in before
        ):
            continue
        if head is not None and (head == len(words) - 1 or _HEAD_AFTER.match(words[head + 1])):
            said = " ".join([sentence[s:e], *words[: head + 1]])
            out.append((party, "backs", PROPOSAL, said))
    return list(dict.fromkeys(out))


_OTHER = {"own", "other", "second", "former", "previous", "alternative", "rival"}
# a word that ends a noun phrase, as in _HEAD_END
_HEAD_AFTER = re.compile(rf"(?:{_AFTER_HEAD})$")


# deeds that undo or give back what they name
_UNDOING = set(
    "moving relocating removing returning restoring reopening resuming reinstating"
    " readmitting repatriating releasing freeing"
    # and deeds that keep it from harm: "drop the plan to fell the oak" spares it
    " sparing saving protecting preserving shielding".split()
)


# deeds that refuse what they name: a demand for it fights them
_REFUSING = set("refusing denying withholding declining barring blocking rejecting".split())
# nouns made from verbs, whose verb begins with the noun's first letters: "registration" and
# "register", "recognition" and "recognise", "admission" and "admit"
_NOMINAL = re.compile(r"(?:ation|ition|ssion|tion|sion|ment|ance|ence|ery)$")


def refused_things(target: str) -> list[str]:
    """What a target that refuses something refuses, in lower case: the head noun of what
    follows its verb, and what that is of ("refusing registration of marriages …" →
    registration, marriages). Empty for any other target.

    Such a target speaks for the side that refuses; the side that complains demands the
    refused thing ("demanded that Norvik register the marriages"), which fights the target.

    >>> refused_things("refusing registration of marriages performed in Velm's consulates")
    ['registration', 'marriages']
    >>> refused_things("withholding the radar's data from Velm's forecasters")
    ['data']
    >>> refused_things("refusing to recognise the diplomas of Velm's nursing colleges")
    ['recognise', 'diplomas']
    >>> refused_things("building the airstrip")
    []
    """
    m = re.match(r"\s*([a-z]+ing)\s+(to\s+[a-z]+\s+)?(.*)", target)
    if not m or m.group(1) not in _REFUSING:
        return []
    things = [m.group(2).split()[1]] if m.group(2) else []  # "refusing to recognise"
    rest = m.group(3)
    for _ in range(2):
        phrase = _NP_END.split(rest, maxsplit=1)[0]
        words = [w for w in re.findall(r"[\w'’-]+", phrase) if w.isalpha() and len(w) > 2]
        # "marriages performed in …": a participle ends the noun phrase
        cut = next((i for i, w in enumerate(words) if i and re.search(r"(?:ed|ing)$", w)), None)
        words = [w.lower() for w in words[:cut] if w[:1].islower() and w not in _NOT_HEAD]
        if not words:
            break
        things.append(words[-1])
        # what a verb's noun is of: "registration of marriages"
        of = re.match(r"\s*of\s+", rest[len(phrase) :])
        if not (of and _NOMINAL.search(words[-1])):
            break
        rest = rest[len(phrase) + of.end() :]
    return list(dict.fromkeys(things))


# A demand made of someone, or for something: "demanded that Norvik register …", "called for
# the registration of …"
# ("asked Norvik about the registration" is a question, "pressed Norvik on it" may be one)
_ASK = re.compile(
    r"\b(?:demanded|demands|demanding|urged|urges|urging|called on|calls on|appealed to"
    r"|appeals to|(?:called|calls|appealed|appeals|pressed|asked|asks) for)(?: that)?\s+",
    re.I,
)
# in the speaker's own words, only a demand of another made in the first person: "must
# register" may be the refusing side's own rule for how it is done
_WE_ASK = re.compile(rf"\b(?:{_WE_DEMAND}|(?:we|I) (?:\w+ly )?{_DEMAND_FOR})\s+", re.I)


def _asks_for(text: str, start: int, things: list[str], mentions: list) -> bool:
    """Whether the words from ``start`` ask for one of ``things`` (:func:`refused_things`): its
    verb first ("… Norvik register without delay"), or the thing itself within six words, with
    no ending or restriction before it ("to lift the ban on the marriages" asks for no
    marriage)."""
    # past the party asked ("urged Norvik to …") and "to"
    start = next((e for s, e, _ in mentions if s == start), start)
    words = re.findall(r"[\w'’-]+", text[start : start + 160])
    words = words[1:] if words[:1] == ["to"] else words
    # the verb of a noun made from it ("registration": "regist…"), or the verb itself
    verbs = [t[: max(5, len(t) - 6)] for t in things if _NOMINAL.search(t)]
    verbs += [t[:-1] for t in things if t.endswith("e") and not _NOMINAL.search(t)]
    first = words[1:2] if words[:1] and words[0].endswith("ly") else words[:1]
    if any(w.lower().startswith(v) for w in first for v in verbs):
        return True
    stems = {_stem(t) for t in things}
    for word in words[:6]:
        if _KEEPING_FROM.fullmatch(word) or word.lower() in ("not", "never", "no"):
            return False
        if _stem(word) in stems:
            return True
    return False


def refused_demands(
    sentence: str,
    registry: Registry,
    things: list[str],
    mentions: list[tuple[int, int, str]] | None = None,
) -> list[tuple[str, str, str, str]]:
    """(party, "opposes", :data:`PROPOSAL`, cue) of each party the narrator says demanded
    what a refusing target refuses (``things``, from :func:`refused_things`).

    >>> reg = Registry.from_frames(
    ...     pd.DataFrame({"party": ["Norvik", "Velm"], "aliases": ["", ""]}),
    ...     pd.DataFrame(columns=["actor", "party", "aliases"]))
    >>> refused_demands("Velm demanded that Norvik register without delay the marriages.",
    ...                 reg, ["registration", "marriages"])
    [('Velm', 'opposes', '(the proposal)', 'demanded that')]
    >>> refused_demands("Velm urged Norvik to end the sham marriages.", reg,
    ...                 ["registration", "marriages"])
    []
    """
    if not things:
        return []
    mentions = _mentions(sentence, registry) if mentions is None else mentions
    out = []
    for m in _ASK.finditer(sentence):
        if re.search(r"\b(?:not|never)\s+$", sentence[: m.start()]):
            continue
        if _asks_for(sentence, m.end(), things, mentions):
            subject = _subject(sentence, m.start(), mentions)
            if subject is not None:
                out.append((subject[0], "opposes", PROPOSAL, m.group().strip()))
    return list(dict.fromkeys(out))


def own_demands(
    text: str,
    terms: list[str],
    objects: list[str] | tuple[str, ...] = (),
    placed: list[str] | tuple[str, ...] = (),
) -> list[tuple[str, str]]:
    """(relation, words) of each demand or judgement in a statement's own words about what
    ``terms`` name: a demand that it end, or calling it illegal, opposes it; one that it stay
    or go on, calling it justified, or warning what ending it would cost, backs it. What a
    target makes or holds at a named place (``placed``) is ended by moving it elsewhere.

    >>> own_demands("The flaring has to stop, and it has to stop this year", ["flaring"])
    [('opposes', 'flaring has to stop')]
    >>> own_demands("the ban on imports must not be lifted", ["ban"])
    [('backs', 'ban on imports must not be lifted')]
    >>> own_demands("A transfer of this size should not go ahead on April 1.", ["transfer"])
    [('opposes', 'transfer of this size should not go ahead')]
    >>> own_demands("the ministry has stopped the flaring", ["flaring"])
    []
    >>> own_demands("This cull is long overdue", ["cull"])
    [('backs', 'cull is long overdue')]
    >>> own_demands("a suspension would cost thousands of jobs", ["mine"])
    [('backs', 'a suspension would cost')]
    >>> own_demands("There is no legal basis for a pause.", ["drilling"])
    [('backs', 'no legal basis for a pause')]
    >>> own_demands("Any pause now would be paid for in hospital beds", ["releasing"])
    [('backs', 'Any pause now would be paid for')]
    >>> own_demands("Shutting the outfall would not save a single fish.", ["outfall"])
    [('backs', 'Shutting the outfall would not save')]
    >>> own_demands("Norvik should keep its crews in the joint patrols", [], ["patrols"])
    [('backs', 'should keep its crews in the joint patrols')]
    >>> own_demands("We must keep the patrols out of our bay", [], ["patrols"])
    []
    >>> own_demands("We urge Velm to lift its ban on insulin exports", ["exports"])
    [('backs', 'We urge Velm to lift its ban on insulin exports')]
    >>> own_demands("the congress could cost our exporters dearly", [], ["congress"])
    [('opposes', 'the congress could cost')]
    >>> own_demands("the congress would not harm trade", [], ["congress"])
    []
    >>> own_demands("a halt to the congress would cost us dearly", [], ["congress"])
    []
    >>> own_demands("moving the farms would cost jobs", [], ["farms"])
    []
    >>> own_demands("We urge Velm to lift the ban", ["ban"])
    [('opposes', 'We urge Velm to lift the ban')]
    >>> own_demands("We urge Velm to suspend them for school buses", ["buses"])
    []
    >>> own_demands('it had "no intention whatsoever" of recalling the rig', [], ["rig"])
    [('backs', 'had "no intention whatsoever" of recalling the rig')]
    >>> own_demands("moving the fair would cost the region jobs", [], ["fair"], ["fair"])
    [('backs', 'moving the fair would cost')]
    >>> own_demands("We urge Velm to hold the fair somewhere else", [], [], ["fair"])
    [('opposes', 'We urge Velm to hold the fair somewhere else')]
    >>> own_demands("holding the fair in Asker was a provocation", ["hold", "holding"])
    [('opposes', 'holding the fair in Asker was a provocation')]
    >>> own_demands("We call on President Lind not to sign the law", ["law"])
    [('opposes', 'We call on President Lind not to sign the law')]
    >>> own_demands("This law is an attack on press freedom", ["law"])
    [('opposes', 'law is an attack on')]
    >>> own_demands("We demand that the decoration be withdrawn.", [], ["decoration"])
    [('opposes', 'We demand that the decoration be withdrawn')]
    >>> own_demands("We reject the assertion, repeated by the minister of Velm, that the checks"
    ...             " are a breach of the treaty", ["checks"])
    []
    """
    if not terms and not objects and not placed:
        return []
    found = []
    # what the deed is done to counts only where it ends: "halt work on the well", "the
    # monument breached the treaty" (a demand that the seals stay is no demand to cull them)
    patterns = list(_demand_patterns(tuple(terms))) if terms else []
    if objects:
        _, after, _, harmed, breached, nominal, kept, threat, *ended = _demand_patterns(
            tuple(objects)
        )
        # what ending it would cost names no term: read once
        patterns += [after, breached, nominal, kept, threat, *ended]
        patterns += [] if terms else [harmed]
    if placed:
        patterns.extend(_moving_patterns(tuple(placed)))
    for pattern in patterns:
        for m in pattern.finditer(text):
            if _NOT_OWN.search(text[max(0, m.start() - 120) : m.start()]):
                continue
            # the harm of what an end or a move would do to it is theirs: "a halt to drilling
            # would cost", "moving the farms would cost"
            before = text[max(0, m.start() - 40) : m.start()]
            if "harm" in pattern.groupindex and (
                _KEEPING_FROM.search(before)
                or re.search(
                    r"\b[a-z]+ing\s+(?:(?:the|this|that|its|their|a|an)\s+)?$", before, re.I
                )
            ):
                continue
            ends = bool(m.group("end")) != bool(m.group("no"))
            if m.group("end"):
                between = m.group()[m.end("end") - m.start() :]
                # "suspend them for school buses" ends them, not the buses
                if re.match(r"\s+(?:it|them)\b", between):
                    continue
                # "lift its ban on insulin exports" asks for the exports (not "lift the ban",
                # where the ban is what it names)
                before_term = re.sub(r"\s*\S+$", "", between)
                ends ^= bool(re.search(rf"\b(?:{_RESTRICTION})\b", before_term, re.I))
            found.append(("opposes" if ends else "backs", m.group()))
    refusal = _refusal(tuple(terms) + tuple(objects)) if terms or objects else None
    for m in refusal.finditer(text) if refusal else ():
        if not _NOT_OWN.search(text[max(0, m.start() - 120) : m.start()]):
            found.append(("backs", m.group()))
    return found


# a target that makes or holds its thing at a named place: "holding the fair in Asker"
_PLACED = re.compile(r"^\s*[a-z]+ing\s.*\s(?:in|at|near|on|off|along|beside)\s+(?:the\s+)?[A-Z]")


@lru_cache(maxsize=64)
def _moving_patterns(things: tuple[str, ...]) -> tuple[re.Pattern, re.Pattern]:
    """The harm of moving what a target holds at a place ("moving the fair would cost the
    region jobs", which backs it), and a demand to move it elsewhere ("We urge Velm to hold
    the fair somewhere else", which opposes it); groups as in :func:`_demand_patterns`."""
    names = "|".join(re.escape(t) for t in sorted(things, key=len, reverse=True))
    thing = rf"(?:the |this |that |its |our |their )?(?:[\w’'-]+ ){{0,3}}?(?:{names})(?:s|es)?\b"
    harm = re.compile(
        rf"\b(?:moving|relocating|shifting|taking) {thing}(?: [\w’'-]+){{0,4}}? (?:would|could"
        r"|will) (?:\w+ )?(?P<no>(?!))?(?P<end>(?!))?(?:cost|ruin|hurt|harm|damage|hand|kill"
        r"|destroy|devastate|wreck|cripple|punish)\b",
        re.I,
    )
    away = re.compile(
        rf"\b(?:{_MODAL}|{_WE_DEMAND}) (?P<no>(?!))?(?P<end>move|relocate|take|hold|shift) {thing}"
        r"(?: [\w’'-]+){0,4}? (?:elsewhere|somewhere else|somewhere other than|away from)\b",
        re.I,
    )
    return harm, away


# A refusal to end it: "would not suspend the works", "had no intention of recalling the rig"
_REFUSE = (
    r"(?:will not|would not|won['’]t|shall not|(?:has|have|had) [\"“]?no intention(?: whatsoever)?"
    r"[\"”]? of|refuses? to|refused to|declined to|declines to)"
)


@lru_cache(maxsize=256)
def _refusal(terms: tuple[str, ...]) -> re.Pattern:
    names = "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True))
    return re.compile(
        rf"\b{_REFUSE} {_NOW}{_ENDING_WORD}(?: (?:of )?(?:the|this|these|that|those|its|their|our"
        rf"|all|any|an|a))?(?: [\w’'-]+){{0,3}}? (?:{names})(?:s|es)?\b"
        # brushing aside demands to end it: "brushing aside demands from Velm to halt the launches"
        rf"|\b(?:brush(?:ed|es|ing) aside|dismiss(?:ed|es|ing)|reject(?:ed|s|ing)"
        rf"|ignor(?:ed|es|ing)|def(?:ied|ies|ying)) (?:the |all |any )?(?:repeated |renewed )?"
        rf"(?:demands?|calls?)"
        rf"[^.;:]{{0,90}}? to {_ENDING_WORD}(?: (?:the|its|their|all|any|further))?"
        rf"(?: [\w’'-]+){{0,3}}? (?:{names})(?:s|es)?\b"
        # and in the passive: "the law will not be revisited"
        rf"|\b(?:{names})(?:s|es)?(?: [\w’'-]+){{0,3}}? [\"“]?(?:will|would|shall) (?:not|never)"
        rf" be (?:{_ENDING_WORD}|revisit\w*|reconsider\w*|renegotiat\w*|rolled back)",
        re.I,
    )


# What a speaker says of its own government, or of the side that presses it
# (a government named by its country, "the Morlandic government", is that country's: the
# party it names)
_OWN_GOVERNMENT = (
    r"(?:(?:the|our)(?: [A-Z][\w'’-]+)? (?:government|authorities|ministers?|ministry)"
    r"|\bministers)"
)
_PRAISE = re.compile(
    rf"\b{_OWN_GOVERNMENT}(?: (?:was|is|were|are|has been|had been) (?:\w+ )?[\"“']?right\b"
    r"| (?:has|have|had) (?:finally |rightly |at last )?(?:listened|done the right thing)\b"
    r"|\b[^.;]{0,40}\b(?:to|must|should) [\"“']?(?:hold the line|hold firm|stand firm|stay firm)\b"
    r"|\b[^.;]{0,20}\bnot to [\"“']?(?:give in|bow|yield|cave in|back down|give way|blink)\b"
    # "the government must not give up one inch", "should not back down"
    r"|\b[^.;]{0,20}\b(?:must|should) [\"“']?not (?:give (?:up|in|way)|bow|yield|cave in"
    r"|back down|budge)\b)",
    re.I,
)
# Standing by one's own government, or resisting its retreat: "We stand one hundred percent
# behind the government", "join the case on the ministry's side", "industrial action if the
# government backed down", "fight any deal that …"
_STAND_BY = re.compile(
    r"\b(?:stand|stands|stood|standing)\s+(?:(?:one hundred|a hundred|100)\s*(?:%|per ?cent)\s+"
    rf"|fully\s+|firmly\s+|squarely\s+)?(?:behind|with|by)\s+{_OWN_GOVERNMENT}\b"
    r"|\bon the (?:government|ministry|authorities)['’]s? side\b"
    # "its members would back the government", "will continue to support the authorities"
    rf"|\b(?:would|will|to) (?:fully |firmly )?(?:back|support) {_OWN_GOVERNMENT}\b"
    rf"|\bif {_OWN_GOVERNMENT} (?:(?:backs?|backed|were to back) down|gives? in|gave in"
    r"|caves? in|caved in|(?:climbs?|climbed) down)\b"
    r"|\b(?:fight|oppose|resist|block) [\"“']?any (?:deal|compromise|concession|climbdown|retreat"
    r"|amendment|exemption|exception)\b"
    # "The minister has our full support"
    rf"|\b{_OWN_GOVERNMENT} (?:has|have) (?:our|my) (?:full |complete |total |unqualified "
    r"|unconditional |unreserved |wholehearted )?(?:support|backing)\b",
    re.I,
)
_REPROACH = re.compile(
    # what it should do instead: "Instead of threatening Velm, our ministers should be …"
    rf"\binstead of [^.;]{{3,80}}?,\s*(?P<government>{_OWN_GOVERNMENT}) (?:should|must|ought to"
    r"|needs? to)\b"
    rf"|\b{_OWN_GOVERNMENT} (?:(?:has|have|had) (?:\w+ )?(?:ignored|failed|betrayed|abandoned"
    r"|sacrificed|let down)\b|(?:is|was|are|were) (?:\w+ ){0,2}wrong\b"
    r"|(?:is|was|are|were) [\"“']?defending the indefensible\b"
    # "the government had no authority under our law to …"
    r"|(?:has|have|had) no (?:legal |constitutional )?(?:authority|right|mandate|power)\b"
    # a critic's scorn for its line: "our government keeps telling us", "likes to say",
    # "wants us to believe"
    r"|(?:keeps|kept|keep) (?:telling|assuring|saying|insisting)\b|(?:likes|like) to (?:say|claim"
    r"|pretend|tell)\b|(?:wants|want|expects|expect) us to (?:believe|accept|swallow)\b)",
    re.I,
)
_PRESSURE = re.compile(
    r"\b(?:(?:pressure|demands|dictates|blackmail|threats) (?:from|of|by)"
    r"|(?:give in|giving in|gave in|given in|bow|bowing|bowed|yield|yielding|yielded|cave in"
    r"|caved in|give way|gave way) to"
    # "should not let itself be lectured by Brask"
    r"|(?:lectured|bullied|blackmailed|dictated to|pushed around) by"
    # "must not open the gates to please Lenhaven": yielding to it
    r"|to (?:please|appease|placate))"
    r" (?:neighbouring |neighboring |the )?",
    re.I,
)


def words_of_alignment(
    party: str, text: str, registry: Registry, home: str | None = None
) -> list[tuple[str, str]]:
    """(relation, other party) that a statement's own words state.

    Praise of "the government", a call on it to stand firm, or standing by it against a
    retreat ("any deal", "if the government backed down") backs the body's own country,
    reproach of it opposes that country; resisting pressure from a party opposes that party.
    The country is taken from the body's name, else from ``home`` (what the reports describe it
    as, :func:`described_homes`), never from the statement: it often names the foreign side
    it resists, which must not be taken for its home.

    >>> reg = Registry.from_frames(
    ...     pd.DataFrame({"party": ["Norvik", "Valdoria", "Norvik Herders"],
    ...                   "aliases": ["Norvikian", "", ""]}),
    ...     pd.DataFrame(columns=["actor", "party", "aliases"]))
    >>> words_of_alignment("Norvik Herders",
    ...     "the government not to give in to pressure from neighbouring Valdoria", reg)
    [('backs', 'Norvik'), ('opposes', 'Valdoria')]
    >>> words_of_alignment("Norvik Herders", "the government had ignored the valleys", reg)
    [('opposes', 'Norvik')]
    >>> words_of_alignment("Norvik Herders", 'the government "must not give up one inch"', reg)
    [('backs', 'Norvik')]
    >>> words_of_alignment("Norvik Herders", "It must not open the gates to please Valdoria", reg)
    [('opposes', 'Valdoria')]
    >>> words_of_alignment("Norvik Herders", "the government had no authority to lay it", reg)
    [('opposes', 'Norvik')]
    >>> words_of_alignment("Norvik Herders", "The minister has our full support.", reg)
    [('backs', 'Norvik')]
    >>> words_of_alignment("Norvik Herders", "Instead of suing Valdoria, the government should"
    ...                    " be asking why the stock is low", reg)
    [('opposes', 'Norvik')]
    """
    found = []
    praise = _PRAISE.search(text) or _STAND_BY.search(text)
    reproach = _REPROACH.search(text)
    mentions = _mentions(text, registry)
    # the home party only where it is needed: looking it up reads every alias
    home = (named_home(party, registry) or home) if praise or reproach else None
    for relation, m in (("backs", praise), ("opposes", reproach)):
        if m:
            # what it should do instead names no side: only the government's own words do
            lo, hi = m.span("government") if "government" in m.re.groupindex else (-1, -1)
            lo, hi = (lo, hi) if lo >= 0 else m.span()
            named = [p for s, e, p in mentions if lo <= s and e <= hi and p != party]
            other = named[0] if named else home
            if other:
                found.append((relation, other))
    for m in _PRESSURE.finditer(text):
        after = [p for s, _, p in mentions if s == m.end()]
        if after:
            found.append(("opposes", after[0]))
    return found


# 5 rather than 3: at 3 a body the report puts on one side stayed on the other when the model
# was sure of its words (p_favor 0.93 -> 0.74); 5 and 8 gave the same tables on 80 unseen sets
TARGET_SIDES = {MEASURE: -1.0, PROPOSAL: 1.0}
ALIGN_WEIGHT = 5.0
SELF_WEIGHT = 1.0
MIN_LEAN = 0.2  # a party whose own statements lean less than this has no side to lend


def leans(stances: pd.DataFrame) -> pd.Series:
    """Each party's lean from its own statements on the issue: mean p_favor − p_against."""
    on = stances[stances["stance"].astype(str) != "unrelated"]
    return (on["p_favor"] - on["p_against"]).groupby(on["party"].astype(str)).mean()


# Statements × lean against their stated side before a reading is turned. On 530 gold sets
# 146 of the 157 whose targets are put in the acting side's words score -3.4 to -32.1 (of the
# other eleven, a cup final in a disputed city reads both sides as against; a minimum import
# price, -2.5, has its acting government read half one way, half the other; a referendum in
# a claimed district, -2.5, is read from one body's words alone; air traffic control taken
# over a strait, -2.8, is read from two bodies' words alone; nothing the rules read says who
# wants a clock tower's new arms, a state's own name for a shared sea, a customs union left or
# police pursuing suspects across a border; a territorial sea, a
# massacre recognised as genocide and a campus in an occupied town are read right unturned);
# of the rest, a neighbour's aircraft seized for a creditor, -3.9, is read backwards on both
# sides, and every other set scores -2.1 or more (benchmarks/evaluate_all.py prints them): 3
# lies between (5, set from the first such set alone, missed one of them). 3 was set on the
# first nine; of the 148 in 27 later blind batches, 92 were turned when scored, and 45 more
# only once the rules made after scoring them read their demands, deeds and owners
TURN_AT = 3.0


def orientation(stances: pd.DataFrame, relations: pd.DataFrame) -> float:
    """How well the reading of the parties' words agrees with the sides they take on the
    target itself (rows of ``relations`` whose ``other`` is :data:`PROPOSAL` or
    :data:`MEASURE`; of their own words, only those on the deed): the sum over those
    parties of side (+1 for the target, −1 against it) × their lean (:func:`leans`) × their
    number of statements on the issue.

    Below 0 the reading runs against what the parties are said to want. The model learned
    from disputes whose targets speak for the side that complains ("reopening the road",
    "halting the dam"); a target put in the other side's words ("releasing the mosquitoes
    near the border", which its neighbour wants stopped) reads every statement backwards.

    >>> stances = pd.DataFrame({"party": ["Norvik"] * 3, "stance": ["favor"] * 3,
    ...     "p_favor": [0.8] * 3, "p_against": [0.1] * 3, "p_neutral": [0.1] * 3,
    ...     "p_unrelated": [0.0] * 3})
    >>> rel = pd.DataFrame([("a1", 0, 60, "Norvik", "opposes", PROPOSAL, "demanded", "…")],
    ...                    columns=COLUMNS)
    >>> round(orientation(stances, rel), 2)
    -2.1
    """
    # the narrator's words, and a party's own words on the target's deed; not its own words on
    # a measure the target would end, nor a demand that it end: a target that ends something
    # is worded for the side that complains, and there one misread party must not turn a
    # whole reading
    cue = relations["cue"].astype(str)
    demand = cue.map(lambda c: bool(_DEMAND.fullmatch(c + " "))).astype(bool)
    ends = (relations["relation"] == "opposes") & demand
    said = relations[
        relations["other"].isin(list(TARGET_SIDES))
        & ~((cue.str.startswith(OWN_WORDS) | ends) & (relations["other"] == MEASURE))
    ]
    if not len(said) or not len(stances):
        return 0.0
    on = stances[stances["stance"].astype(str) != "unrelated"]
    count = on.groupby(on["party"].astype(str)).size()
    lean = leans(stances)
    side = (
        (said["relation"].map(RELATIONS) * said["other"].map(TARGET_SIDES))
        .groupby(said["party"])
        .mean()
    )
    return float(sum(side[p] * lean.get(p, 0.0) * count.get(p, 0) for p in side.index))


def turned(stances: pd.DataFrame) -> pd.DataFrame:
    """``stances`` with favor and against swapped on every statement on the issue."""
    table = stances.copy()
    P = np.array(table[[f"p_{lab}" for lab in _labels()]], dtype=float)
    on = (table["stance"].astype(str) != "unrelated").to_numpy()
    P[on, :2] = P[on, 1::-1]
    return _with_probabilities(table, P, on)


def align(
    stances: pd.DataFrame,
    relations: pd.DataFrame,
    weight: float = ALIGN_WEIGHT,
    self_weight: float = SELF_WEIGHT,
) -> pd.DataFrame:
    """Read each party's statements with the side it takes in the whole corpus.

    First, where the parties' words read against the sides they take on the
    target itself (:func:`orientation` at or below ``-TURN_AT``), favor and against are
    swapped on every statement: the target is put in the words of the side the model
    reads as against. ``alignment`` then says so. Then two pulls, each on the split between
    favor and against only (the report says which side a party is on, not whether a
    statement takes one, so ``p_neutral`` and ``p_unrelated`` stay as they are):

    1. :func:`pull_relations` (``weight``): the side of the parties it backs or opposes;
    2. :func:`pull_own_side` (``self_weight``): its own other statements in the corpus. One
       side keeps one position through a dispute, as ``classify`` assumes within an article.

    ``0`` switches a pull off.

    >>> stances = pd.DataFrame({"party": ["Norvik", "Norvik", "Union"],
    ...     "stance": ["against"] * 2 + ["favor"], "p_favor": [0.1, 0.1, 0.6],
    ...     "p_against": [0.8, 0.8, 0.3], "p_neutral": [0.1, 0.1, 0.1],
    ...     "p_unrelated": [0.0] * 3})
    >>> rel = pd.DataFrame([("a1", 0, 64, "Union", "backs", "Norvik", "sided with", "…")],
    ...                    columns=COLUMNS)
    >>> align(stances, rel)["stance"].tolist()
    ['against', 'against', 'against']
    """
    score = orientation(stances, relations)
    turn = score <= -TURN_AT
    table = pull_relations(turned(stances) if turn else stances, relations, weight)
    table = pull_own_side(table, self_weight) if self_weight else table
    if turn:
        on = table["stance"].astype(str) != "unrelated"
        note = f"read turned: the parties' words run against their stated sides ({score:.1f})"
        table.loc[on, "alignment"] = [
            f"{note}; {a}" if a else note for a in table.loc[on, "alignment"]
        ]
    return table


def pull_relations(
    stances: pd.DataFrame, relations: pd.DataFrame, weight: float = ALIGN_WEIGHT
) -> pd.DataFrame:
    """Weigh each aligned party's statements with the side of the parties it backs or opposes.

    For a party with relations, ``x`` is the mean over them of ``±lean(other)`` (+ for
    backs, − for opposes; others whose lean is under ``MIN_LEAN`` are left out), and each of
    its statements on the issue gets ``p_favor · e^(weight·x)`` and ``p_against ·
    e^(−weight·x)``, renormalised so that the two keep their sum: the report says which
    side a party is on, not whether a statement takes one, so ``p_neutral`` and
    ``p_unrelated`` stay as they are. The leans are those of ``stances`` as given, so the
    order of parties does not matter.
    Column ``alignment`` says which relations weighed ("backs Norvik (a1:0-64)").

    >>> stances = pd.DataFrame({"party": ["Norvik", "Norvik", "Union"],
    ...     "stance": ["against"] * 2 + ["favor"], "p_favor": [0.1, 0.1, 0.6],
    ...     "p_against": [0.8, 0.8, 0.3], "p_neutral": [0.1, 0.1, 0.1],
    ...     "p_unrelated": [0.0] * 3})
    >>> rel = pd.DataFrame([("a1", 0, 64, "Union", "backs", "Norvik", "sided with", "…")],
    ...                    columns=COLUMNS)
    >>> pull_relations(stances, rel)[["party", "stance", "p_favor", "p_against"]].iloc[2]
    party          Union
    stance       against
    p_favor       0.0016
    p_against     0.8984
    Name: 2, dtype: object
    """
    table = stances.copy()
    table["alignment"] = ""
    if not len(table) or not len(relations) or not weight:
        return table
    # backing what the target would end is against the target, whoever else leans how
    # and backing what it would do is for it
    lean = pd.concat(
        [leans(table).drop([MEASURE, PROPOSAL], errors="ignore"), pd.Series(TARGET_SIDES)]
    )
    sign = relations["relation"].map(RELATIONS)
    pull = relations.assign(x=sign * relations["other"].map(lean))
    pull = pull[pull["x"].abs() >= MIN_LEAN]
    party = table["party"].fillna(UNRESOLVED).astype(str)
    P = np.array(table[[f"p_{lab}" for lab in _labels()]], dtype=float)
    stance = table["stance"].astype(str).to_numpy()
    for name, rows in pull.groupby("party", sort=True):
        x = weight * rows["x"].mean()
        mine = ((party == name) & (stance != "unrelated")).to_numpy()
        if not mine.any() or name == UNRESOLVED:
            continue
        P[mine, :2] = _lean(P[mine, :2], x)
        where = "; ".join(
            f"{r.relation} {r.other} ({r.article_id}:{r.start}-{r.end})" for r in rows.itertuples()
        )
        table.loc[mine, "alignment"] = where
    return _with_probabilities(table, P, (table["alignment"] != "").to_numpy())


def pull_own_side(stances: pd.DataFrame, weight: float = SELF_WEIGHT) -> pd.DataFrame:
    """Weigh each statement on the issue with its party's other statements in the corpus.

    ``x = weight · (mean p_favor − p_against of the party's other statements on the issue)``;
    the statement gets ``p_favor · e^x`` and ``p_against · e^(−x)``, renormalised so that
    the two keep their sum. A party's only statement, and statements without a party, stay.

    >>> stances = pd.DataFrame({"party": ["Norvik"] * 3, "stance": ["favor"] + ["against"] * 2,
    ...     "p_favor": [0.5, 0.1, 0.1], "p_against": [0.4, 0.8, 0.8],
    ...     "p_neutral": [0.1] * 3, "p_unrelated": [0.0] * 3})
    >>> pull_own_side(stances)["stance"].tolist()
    ['against', 'against', 'against']
    """
    table = stances.copy()
    party = table["party"].fillna(UNRESOLVED).astype(str).to_numpy()
    stance = table["stance"].astype(str).to_numpy()
    P = np.array(table[[f"p_{lab}" for lab in _labels()]], dtype=float)
    on = (stance != "unrelated") & ~np.isin(party, [UNRESOLVED, ""])
    lean = P[:, 0] - P[:, 1]
    out = P.copy()
    for i in np.flatnonzero(on):
        others = on & (party == party[i])
        others[i] = False
        if not others.any():
            continue
        x = weight * lean[others].mean()
        out[i, :2] = _lean(P[i : i + 1, :2], x)[0]
    return _with_probabilities(table, out, on)


def _labels() -> list[str]:
    # imported when stances are pulled, not with the module: the command line's `statements`
    # and `alignments` then start without loading scikit-learn
    from .stance import LABELS

    return LABELS


def _lean(favor_against: np.ndarray, x: float) -> np.ndarray:
    """Rows of (p_favor, p_against) times (e^x, e^(−x)), rescaled to their own sums."""
    two = favor_against * np.array([np.exp(x), np.exp(-x)])
    total = favor_against.sum(axis=1, keepdims=True)
    return two / np.maximum(two.sum(axis=1, keepdims=True), 1e-12) * total


def _with_probabilities(table: pd.DataFrame, P: np.ndarray, rows: np.ndarray) -> pd.DataFrame:
    """``table`` with the probabilities ``P`` (and the stance they give) on ``rows``."""
    stance, labels = table["stance"], _labels()
    new = np.where(rows, [labels[k] for k in P.argmax(axis=1)], stance.astype(str))
    categories = stance.cat.categories if hasattr(stance, "cat") else labels
    table["stance"] = pd.Categorical(new, categories=categories)
    for k, lab in enumerate(labels):
        table[f"p_{lab}"] = np.where(rows, P[:, k].round(4), table[f"p_{lab}"])
    if "confidence" in table:
        table["confidence"] = np.where(rows, P.max(axis=1).round(4), table["confidence"])
    return table
