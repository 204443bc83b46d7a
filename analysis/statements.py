"""Every statement in a corpus, with who made it, for which party, when, and where in the text.

The extractor reads the language of reporting, not names: reporting verbs and
phrases (cues), quotation marks, speaker phrases, and the layout of wire reports,
official statements and briefing transcripts.

>>> import pandas as pd
>>> corpus = pd.DataFrame({"article_id": ["a1"], "published": ["2032-10-01"],
...     "text": ['"The bridge must reopen," Selvian Minister Ora Paz said on Friday.']})
>>> statements(corpus, registry=Registry.from_frames(
...     pd.DataFrame({"party": ["Selvia"], "aliases": ["Selvian"]}),
...     pd.DataFrame(columns=["actor", "party", "aliases"])))[["text", "actor", "party", "date"]]
                     text    actor   party        date
0  The bridge must reopen  Ora Paz  Selvia  2032-10-01
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import pandas as pd

from . import dates as D
from .corpus import load_corpus
from .registry import ORG_WORDS, Registry
from .speakers import (
    NAME_LEAD,
    RANK_WORDS,
    TITLE_WORDS,
    TRADE_GROUPS,
    UNRESOLVED,
    Speaker,
    SpeakerMemory,
    publishing_party,
    same_office,
)
from .text import MASK, Quote, find_quotes, mask_quotes, paragraphs, sentences, word_count

COLUMNS = [
    "article_id",
    "statement_id",
    "text",
    "kind",
    "cue",
    "speaker",
    "actor",
    "party",
    "start",
    "end",
    "date",
    "published",
    "source",
    "duplicate_of",
    "flags",
]
KINDS = ["direct", "indirect", "mixed", "own-voice", "turn"]

# ---------------------------------------------------------------------------------------
# The language of reporting
# ---------------------------------------------------------------------------------------
# what a readout says someone "set out": "set out the secretariat's position that …"
SET_OUT_NOUNS = "position|view|case"
SAY_VERBS = (
    "said|says|say|stated|states|noted|notes|added|adds|stressed|stresses|underlined|underlines"
    "|underscored|underscores|emphasi[sz]ed|emphasi[sz]es|pointed out|points out|announced"
    "|announces|declared|declares|claimed|claims|insisted|insists|warned|warns|argued|argues"
    "|explained|explains|asserted|asserts|affirmed|reaffirmed|reaffirms|reiterated|reiterates"
    "|recalled|acknowledged|admitted|confirmed|confirms|observed|commented|remarked"
    # "responded in kind and suspended visas", "replied by expelling": deeds, not words
    r"|(?:replied|responded)(?!\s+(?:in\s+kind|by|with)\b)"
    "|answered|wrote|writes|tweeted|posted|continued|concluded|assured|promised"
    # agreeing is a statement only with a clause: "agreed that …", not "agreed to build …"
    r"|agree[ds](?=\s+that\b)|inform(?:ed|s)(?=(?:\s+[\w'’-]+){0,5}\s+that\b)"
    r"|estimate[ds](?=\s+(?:\w+\s+){0,3}that\b)"
    # a body's advice: "recommended that …", "advised vessels to keep clear"
    r"|recommend(?:ed|s)"
    r"|advise[ds](?=(?:\s+[\w'’-]+){0,4}\s+(?:to|that|against)\b)"
    # a readout's offers and messages: "offered the Union's technical support", "conveyed
    # Sundria's readiness to host talks", "repeated its demand that …"
    r"|offer(?:ed|s)(?=\s+(?:to\s+(?:mediate|host|help|facilitate|assist|send|deploy|provide"
    r"|dispatch|convene)\b"
    r"|(?:[\w'’-]+\s+){0,3}(?:support|readiness|help|assistance|mediation|good\s+offices)\b))"
    # "repeated Istrel's offer to prepare a joint file"
    r"|convey(?:ed|s)|(?:repeated|renewed)(?=\s+(?:its|his|her|their|[\w-]+['’]s)\s+"
    r"(?:[\w'’-]+\s+)?(?:demand|call|appeal|request|warning|offer)s?\s+(?:that|for|to)\b)"
    # a readout's reported positions: "indicated that …", "set out the secretariat's
    # position that …"
    r"|indicat(?:ed|es)(?=\s+that\b)"
    rf"|(?:set|sets|laid|lays)\s+out(?=(?:\s+[\w'’-]+){{0,4}}\s+(?:{SET_OUT_NOUNS})\s+that\b)"
    "|pledged|vowed|maintained|maintains|contended|alleged|complained|lamented|regretted"
    "|hoped|believes|believed|thinks|suggested|proposed|highlighted|highlights|told|tells"
    "|denied|denies|rejected|rejects|dismissed|dismisses|refuted|accused|accuses|blamed"
    "|condemned|condemns|criticized|criticised|slammed|blasted|denounced|described|branded"
    "|labell?ed|termed|characteri[sz]ed|hailed|praised|welcomed|welcomes|called|calls|urged"
    "|encouraged|encourages"
    "|urges|appealed|appeals|requested|requests|demanded|demands|asked|pressed|expressed"
    "|expresses|voiced|shared|reads|read out|quoted as saying|cited as saying|adding|noting"
    "|stressing|saying|warning|insisting|urging|calling|accusing|arguing|emphasi[sz]ing"
    "|underlining|telling|[Aa]ccording to"
    # "X has chosen to describe the checks as …": the choice of words is X's statement
    r"|(?<=chosen to )(?:describe|call|label|brand|term|portray)"
    r"|(?<=decided to )(?:describe|call|label|brand|term|portray)"
)
CUE_RE = re.compile(rf"(?<![\w'’-])(?:{SAY_VERBS})(?![\w'’-])")
PARTICIPLES = {
    "adding",
    "noting",
    "stressing",
    "saying",
    "warning",
    "insisting",
    "urging",
    "calling",
    "accusing",
    "arguing",
    "emphasizing",
    "emphasising",
    "underlining",
    "telling",
}
# Verbs whose content is "<object> as <description>".
# "X has chosen to describe …": a statement of X's only with X's words in quotation marks
CHOSEN_WORDS = {"describe", "label", "brand", "term", "portray", "call"}
AS_VERBS = {
    "describe",
    "label",
    "brand",
    "term",
    "portray",
    "call",
    "slammed",
    "described",
    "branded",
    "labelled",
    "labeled",
    "termed",
    "characterized",
    "characterised",
    "hailed",
    "praised",
    "denounced",
    "dismissed",
    "condemned",
    "criticized",
    "criticised",
    "blasted",
    "called",
    "calls",
    "rejected",
    "welcomed",
    "calling",
}
# Verbs that may come before their speaker: '"…," said X.'
INVERTIBLE = {
    "said",
    "says",
    "added",
    "adds",
    "stated",
    "noted",
    "told",
    "wrote",
    "continued",
    "explained",
    "insisted",
    "warned",
    "argued",
    "asked",
    "replied",
    "responded",
    "declared",
    "stressed",
    "recalled",
    "concluded",
    "remarked",
    "observed",
    "answered",
    "acknowledged",
    "according to",
    "reads",
    "emphasized",
    "emphasised",
    "underlined",
    "affirmed",
}
DENIALS = {"denied", "denies", "rejected", "rejects", "dismissed", "dismisses", "refuted"}
EXPRESS_NOUNS = (
    r"concern|concerns|regret|hope|support|satisfaction|alarm|disappointment|confidence"
    r"|belief|opinion|view|dismay|readiness|outrage|indignation|gratitude|solidarity|doubt"
    r"|doubts|commitment|position|conviction|surprise|frustration|worry|fears?|interest"
    r"|appreciation"
)
# "X handed a note to Y on Monday saying …": the document's sender says it, not Y
ISSUED_DOCUMENT = re.compile(
    r"\b(?:issued|sent|handed|released|published|delivered|posted|circulated|submitted)\s+"
    r"(?:\w+\s+){0,2}?(?:statement|letter|note|message|communiqu[eé]|declaration|memorandum"
    r"|protest)\b"
)
STATEMENT_SUBJECT = re.compile(
    r"\b(statement|text|document|letter|message|communiqu[eé]|declaration|resolution|post"
    r"|readout|release|note)\b",
    re.I,
)
CONCESSION = re.compile(
    r"(?:whatever|whoever|no\s+matter\s+(?:what|who)|regardless\s+of\s+what|despite\s+what)\b",
    re.I,
)
# "In a statement read out at the rally, the League warned that …": the statement is the
# scene of the sentence, whose own subject and verb follow; "read out" is not its cue
STATEMENT_SCENE = re.compile(
    r"\b(?:in|through|with)\s+(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+)?"
    r"(?:statement|message|letter|communiqu[eé]|declaration)\s*$",
    re.I,
)
AUDIENCES = re.compile(
    # "told the foreign affairs committee of the parliament, …": an "of" phrase is the audience's;
    # so is a "from" phrase after an audience of one or two words ("told the crowd from a
    # tractor trailer in the square", not "told its members to keep teaching from …")
    r"^\s+((?:[\w'’-]+\s+){0,4}?[\w'’-]+(?:\s+of\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)?"
    r"|(?:[\w'’-]+\s+)?[\w'’-]+\s+from\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)"
    r"(?=\s+(?:that|in|on|at|outside|inside|near|during"
    r"|after|before|while|when|via|by|with|late|last|earlier|later|yesterday|today)\b"
    r"|\s*[,.:;]|\s*$|\s*" + MASK + ")"
)

# the source's terms, not its words: "…, speaking on condition of anonymity."
TERMS_OF_SOURCE = (
    r"speaking|asking\s+not|requesting\s+anonymity|declining\s+to\s+(?:be|comment)|on\s+condition"
)
# Adverbials that may stand between a cue and its content, or after a cue at the end.
# "said the same day", "later that day", "the next day": a day counted from one named before
SAME_DAY_WORDS = (
    r"the same day|(?:later|earlier) (?:that|the same) day|that (?:same )?day"
    r"|the (?:next|following|previous) day|the day before"
)
ADVERBIAL = re.compile(
    r"^(?:,?\s*(?:on|in|at|outside|inside|near|after|during|following|late|early|last|earlier"
    r"|later|yesterday|today|tonight|this|also|again|repeatedly|previously|to|before|while|when|as|through"
    r"|via|over|from|with|using|by|once|then|separately|publicly|firmly|categorically|flatly"
    r"|strongly|earlier|recently|further|in\s+a|shortly|immediately|afterwards"
    rf"|{TERMS_OF_SOURCE}|{SAME_DAY_WORDS})\b)",
    re.I,
)
# an adverbial, then a clause of its own with a pronoun for subject: "on Tuesday it had …"
OWN_CLAUSE = re.compile(
    r"^[^,;]*?\b(?:it|he|she|they|we)\s+(?:had|has|have|was|were|is|are|would|will|could|can"
    r"|did|does|do|must|should|might|may)\b",
    re.I,
)
TIME_ADVERBIAL = re.compile(
    r"^\s*(?:(?:late|early)\s+)?(?:(?:on|last|this)\s+(?:Monday|Tuesday|Wednesday|Thursday"
    r"|Friday|Saturday|Sunday|[A-Z][a-z]+\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+)"
    r"(?:\s+(?:night|morning|evening|afternoon))?|yesterday|today|earlier|later"
    rf"|{SAME_DAY_WORDS})\b,?"
)
LEADING_ADVERBIAL = re.compile(
    r"^(?:(?:However|Meanwhile|Moreover|Furthermore|Nevertheless|Still|Yet|Also|Later|Earlier"
    r"|Separately|Instead|Then|Now|But|And|In turn|In response|In addition|At the same time"
    r"|For (?:his|her|its|their) part|On (?:his|her|its|their) part),?\s+"
    r"|(?:On|In|At|By|After|During|Following|Since|Late on|Early on|Last|Across|Outside"
    r"|Inside|Near|Before|Within|Beyond|Around|Behind|Opposite)\s+[^,]{1,60},\s+)+"
)
# a relative clause on the audience after a cue: "told the crowd, many of whom …"
AUDIENCE_RELATIVE = re.compile(
    r"^,?\s*(?:(?:many|some|most|all|several|few|none|one|two|three|half)\s+of\s+)?(?:whom|who)\b"
)
# "as a second vessel was loaded", not "as provided for in the agreement" (a qualifier)
SCENE_CLAUSE = re.compile(r"(?:as|while|when|amid|even\s+as|just\s+as)\s+(?!well\b|\w+ed\b)\S")
# a clause of its own within a sentence, with its own subject: ", while Roos warned that …"
OTHER_CLAUSE = re.compile(r"(?:,\s*(?:and|but|while|whereas)|;)\s+\S")
CONNECTOR_BEFORE = re.compile(
    r"(?:,\s*(?:and|but|while|whereas|although|though|as|with)|;|\band|\bbut|\bwhile)\s*$"
)

# the start of a second clause's subject that is a described body ("…, while the country's
# largest heritage society urged …"), up to the head word the subject scan found
LOWER_SUBJECT = re.compile(
    r"(?:,\s*(?:and|but|while|whereas)|;)\s+(?P<np>(?:the|its|their|[A-Z][\w-]*(?:'s|’s))"
    r"(?:\s+[a-z][\w'’-]*){0,4}\s+"
    # "…, while local business leaders warned …": a bare plural with its modifiers
    r"|(?:[a-z][\w'’-]*\s+){1,3})$"
)

# Paragraphs that are never statements.
BOILERPLATE = re.compile(
    r"^(?:caption|photo|photograph|image|picture|credit|read also|read more|see also|related"
    r"|more on|source|tags?|share|advertisement|subscribe|follow us|copyright|updated|published"
    r"|all news|©|\(c\)|editor'?s note|file photo|video)\b",
    re.I,
)
DOCUMENT_TITLE = re.compile(
    r"^(?:(?:joint\s+|press\s+)?statement|press\s+release|readout|communiqu[eé]|declaration"
    r"|remarks|transcript)\s+(?:by|of|from|on|at|after|following)\b",
    re.I,
)
DATELINE = re.compile(
    r"^[A-Z][A-Z .'’\-]{2,40}(?:(?:,\s*[A-Z][A-Za-z .]{2,25})?,\s*"
    r"(?:[A-Z][a-z]+\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+)\.?\s*(?:(?:/[^/\n]{1,30}/\.?)|\([^)\n]{1,40}\))?\s*[-–—]*\s*"
    # "SEFTA - The head of …": a dateline with the place alone
    r"|(?<=[A-Z])\s+[-–—]\s+)"
)
TURN_LABEL = re.compile(
    # "QUESTION (Orlun Radio):" names the questioner's outlet after the label
    r"^(?P<label>(?:(?:MR|MRS|MS|DR)\.\s+)?[A-Z][A-Z'’\-]+(?:\s+[A-Z][A-Z.'’\-]+){0,4})"
    r"(?:\s*\([^()\n]{1,40}\))?\s*:\s+"
)
NAME_PART = re.compile(r"[^\W\d_]+")
QUESTION_LABELS = {"QUESTION", "Q", "QUESTIONS", "JOURNALIST", "REPORTER", "AUDIENCE MEMBER"}
NOT_TURN_LABELS = {
    "CAPTION",
    "PHOTO",
    "SOURCE",
    "NOTE",
    "UPDATE",
    "READ ALSO",
    "EDITOR'S NOTE",
    "WARNING",
    "TAGS",
    "SUBJECT",
    "RE",
    "TO",
    "FROM",
    "DATE",
}
ROLE_WORDS = {
    "SPOKESPERSON",
    "SPOKESMAN",
    "SPOKESWOMAN",
    "MODERATOR",
    "MINISTER",
    "AMBASSADOR",
    "SECRETARY",
    "DEPUTY",
    "PRESIDENT",
    "PRIME",
    "FOREIGN",
    "PRESS",
    "MR.",
    "MRS.",
    "MS.",
    "DR.",
    "MR",
    "MRS",
    "MS",
    "DR",
    "SPEAKER",
    "CHAIR",
    "CHAIRMAN",
    "DIRECTOR",
    "HEAD",
    "OFFICIAL",
    "SENIOR",
    "STATE",
    "ADMINISTRATION",
    "GENERAL",
}
# nouns that take "to" + their person: "an aide to the president", "envoy to the talks";
# one negative lookbehind per noun, since Python's lookbehinds are of fixed width
NOT_AFTER_RELATION = "".join(
    rf"(?<!\b{n}\s)"
    for n in (
        "aide",
        "aides",
        "adviser",
        "advisor",
        "advisers",
        "advisors",
        "assistant",
        "envoy",
        "ambassador",
        "counsellor",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "secretary",
        "deputy",
        "representative",
        "delegate",
    )
)


# a paragraph that opens on the day of what it tells: "On 10 March, …", "In Ostrel on 10 March,"
SCENE_OPENING = re.compile(
    r"(?:In [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)? )?[Oo]n (?P<date>(?:[12]\d|3[01]|0?[1-9]) "
    r"[A-Z][a-z]+|[A-Z][a-z]+ (?:[12]\d|3[01]|0?[1-9]))\b(?:,? \d{4})?,? "
)

# a readout's first sentence, which tells of the meeting and its day: "Foreign Minister Roos
# received the Executive Secretary in Torre on 6 June."
# (the day is the meeting's when nothing after the verb says of another time: not "received
# her, who is here ahead of the council on 22 November", "welcomed it, so that … on 30 October")
MEETING_SCENE = re.compile(
    r"(?:[A-Z][\w'’.-]*\s+){1,6}(?:met|received|hosted|welcomed|held talks with"
    r"|spoke (?:by telephone )?with)\s"
    r"(?:(?!\b(?:who|which|that|ahead|since|so|before|after|until|for|when|while)\b)[^.;\n])"
    r"{0,160}?\bon (?P<date>(?:[12]\d|3[01]|0?[1-9]) [A-Z][a-z]+|[A-Z][a-z]+ (?:[12]\d|3[01]"
    r"|0?[1-9]))(?:,? \d{4})?\."
)

SUBJECT_WORDS = {
    # offices that speak for a place or body: "the enclave's governor, Pavel Istrin, said"
    "governor",
    "mayor",
    "chairman",
    "chairwoman",
    "chair",
    "director",
    "commissioner",
    "coordinator",
    "rapporteur",
    "chancellor",
    "premier",
    "administrator",
    "the",
    "a",
    "an",
    "of",
    "for",
    "in",
    "its",
    "his",
    "her",
    "their",
    "our",
    "to",
    "and",
    "from",
    "at",
    "on",
    "with",
} | {
    "minister",
    "ministry",
    "foreign",
    "affairs",
    "press",
    "office",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "presidential",
    "president",
    "president's",
    "president’s",
    "government",
    "officials",
    "official",
    "authorities",
    "secretary",
    "deputy",
    "senior",
    "aide",
    "adviser",
    "advisor",
    "statement",
    "source",
    "sources",
    "diplomat",
    "diplomats",
    "delegate",
    "delegates",
    "envoy",
    "ambassador",
    "representative",
    "representatives",
    "delegation",
    "delegations",
    "leader",
    "leaders",
    "ministers",
    "governments",
    "leadership",
    "head",
    "chief",
    "prime",
    "service",
    "department",
    "administration",
    "top",
    "country's",
    "country’s",
    "state",
    "national",
    "security",
    "council",
    "defence",
    "defense",
    "interior",
    "army",
    "military",
    "border",
    "guard",
    "agency",
    "committee",
    "commission",
    "mission",
    "embassy",
    "presidency",
    "cabinet",
    "side",
    "sides",
    "readout",
    "text",
    "document",
    "letter",
    "communique",
    "declaration",
    "parliament",
    "speaker",
    "lawmakers",
    "lawmaker",
    "negotiator",
    "mediator",
    "observers",
    "monitors",
    "secretariat",
    "bloc",
    "organisation",
    "organization",
    "union",
    "court",
    "judges",
    "prosecutor",
    "residents",
    "activists",
    "protesters",
    "group",
    "groups",
    "administration's",
    "ministry's",
    "government's",
    "spokesperson's",
    "counterpart",
    "transport",
    "energy",
    "economy",
    "trade",
    "military's",
    "general",
    "staff",
    "commander",
    "forces",
    "peacekeepers",
    "peacekeeping",
    "contingent",
    "both",
    "two",
    "three",
    "several",
    "other",
    "former",
    "acting",
    "special",
    "high",
    "first",
    "vice",
    "assistant",
    # bodies and offices named by a common noun: "the central bank said", "Drevania's farm
    # lobby said", "the chief veterinary officer, Hesna Kolvar, told …", "a diplomat from one
    # of the member states said"
    "bank",
    "central",
    "federal",
    "regional",
    "lobby",
    "federation",
    "association",
    "authority",
    "regulator",
    "inspectorate",
    "operator",
    "company",
    "officer",
    "officers",
    # bodies that speak in such disputes besides governments: "the cooperative said", "the
    # orchestra's general manager, Sabina Corvec, said", "the rectors' conference said"
    "manager",
    "cooperative",
    "co-operative",
    "institute",
    "guild",
    "league",
    "chamber",
    "foundation",
    "society",
    "observatory",
    "monitor",
    "board",
    "conference",
    "trust",
    "alliance",
    "network",
    "forum",
    "consortium",
    "panel",
    "ombudsman",
    "rector",
    "professor",
    "expert",
    "experts",
    "scientists",
    "researchers",
    "unions",
    "associations",
    "member",
    "states",
    "he",
    "she",
    "they",
    "it",
    "we",
    "i",
    "who",
}
# trades that speak as a group: "the country's car makers warned"
SUBJECT_WORDS |= TRADE_GROUPS
# the head nouns of a body named after its country: "Corvania's grain exporters"
BODY_HEADS = TRADE_GROUPS | ORG_WORDS
DETERMINERS = {"the", "a", "an"}
NOT_SUBJECT_CAPS = {
    "However",
    "Meanwhile",
    "But",
    "And",
    "Also",
    "Still",
    "Yet",
    "Then",
    "Later",
    "Earlier",
    "Now",
    "Instead",
    "Separately",
    "Moreover",
    "Furthermore",
    "Nevertheless",
    "On",
    "In",
    "At",
    "After",
    "During",
    "Following",
    "Since",
    "When",
    "While",
    "As",
    "If",
    "Although",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Last",
    "This",
    "That",
    "Late",
    "Early",
    "According",
}
SELF_WORDS = {"we", "i", "our", "us", "my"}
# "Both sides agreed that …": in a readout or joint statement, the issuer is one of them
JOINT_SUBJECT = re.compile(
    r"^(?:both|the two|the|all)\s+(?:sides|ministers|foreign ministers|leaders|governments"
    r"|delegations|presidents|prime ministers|countries)$",
    re.I,
)
WORD = re.compile(r"\d{1,3}(?:,\d{3})+|[\w'’.\-]+|[,;:]|" + MASK + "+")


@dataclass
class Found:
    """A statement found in a sentence, before speaker resolution."""

    start: int
    end: int
    kind: str
    cue: str
    speaker: str
    speaker_span: tuple[int, int] | None
    attribution: str
    flags: set = field(default_factory=set)
    chain: int | None = None


# ---------------------------------------------------------------------------------------
# Sentence-level rules
# ---------------------------------------------------------------------------------------
def _cue_matches(masked: str) -> list[re.Match]:
    return list(CUE_RE.finditer(masked))


# "The outbreak was confirmed in March", "X has not commented": no one's words follow
NOT_SAID_BEFORE = re.compile(
    r"(?:\b(?:was|were|been|being|is|are|be)\s+(?:\w+ly\s+)?"
    r"|\b(?:not|never|n't|declined\s+to|refused\s+to)\s+(?:\w+ly\s+)?)$",
    re.I,
)


STATES_NOUN_BEFORE = re.compile(
    r"\b(?:member|neighbou?ring|coastal|littoral|riparian|partner|participating|other|several"
    r"|many|some|all|most|both|these|those|two|three|\w+ern)\s+$",
    re.I,
)


def _not_said(masked: str, m: re.Match) -> bool:
    """A cue in the passive or negated: "was confirmed", "has not commented".

    >>> t = "It was confirmed in March. X has not commented. Y, who asked not to be named, said"
    >>> [_not_said(t, c) for c in CUE_RE.finditer(t)]
    [True, True, True, False]
    """
    if m.group().lower() in ("according to", "quoted as saying", "cited as saying"):
        return False
    if re.match(r"\s+not\s+to\s+be\b", masked[m.end() : m.end() + 20]):
        return True  # "who asked not to be named": the terms of anonymity
    if m.group().lower() == "states" and (
        STATES_NOUN_BEFORE.search(masked[max(0, m.start() - 30) : m.start()])
        or CUE_RE.match(masked[m.end() :].lstrip())
    ):
        return True  # "one of the member states said": the noun, not the verb
    if m.group().lower() == "posted" and STATEMENT_SUBJECT.search(
        masked[max(0, m.start() - 14) : m.start()]
    ):
        return True  # "in a statement posted on its website": what was posted, not who
    return bool(NOT_SAID_BEFORE.search(masked[max(0, m.start() - 40) : m.start()]))


# A wire lede's background: "X urged Y to reopen the road, as shortages spread in the city."
BACKGROUND_AS = re.compile(
    r",\s+as\s+(?!(?:well|part|agreed|required|promised|provided|stipulated|foreseen|envisaged"
    r"|set|laid|written|in|of|a|an|soon|long|far|much|many|is|are|it|they|we|such|if|though)\b)"
    r"(?:[\w'’-]+\s+){1,20}?(?:[a-z]+ed|kept|ran|grew|fell|stood|left|went|rose|sat|lay|became"
    r"|began|drew|held|spread|struck|wore|took|came|brought|found|saw|made|met|fought|shut)\b"
    # "…, a day after a premature baby was held at the airport": the wire's timeline
    r"|,\s+(?:(?:a|one|two|three|four|five|several|the)\s+)?(?:day|days|week|weeks|hours?"
    r"|months?)\s+(?:after|before)\s"
)


def _without_background(text: str, s: int, e: int) -> int:
    """End of a reported clause without a trailing background "as" clause.

    >>> t = "Ada urged Bo to open the gate, as herds remained penned in the hills."
    >>> t[10:_without_background(t, 10, len(t) - 1)]
    'Bo to open the gate'
    >>> t = "Ada urged Bo to open the gate, a day after a convoy was turned back."
    >>> t[10:_without_background(t, 10, len(t) - 1)]
    'Bo to open the gate'
    >>> t = "Ada said the gate must open, as the treaty requires."
    >>> t[9:_without_background(t, 9, len(t) - 1)]
    'the gate must open, as the treaty requires'
    """
    m = BACKGROUND_AS.search(text, s, e)
    if m is None or any(q in text[s : m.start()] for q in '"“”'):
        return e
    return m.start()


def _strip_span(text: str, s: int, e: int) -> tuple[int, int]:
    """Trim spaces, a leading "that", and trailing , ; : . from a clause span."""
    while s < e and text[s] in " \t,:;–—-":
        s += 1
    m = re.match(r"that\s+", text[s:e])
    if m:
        s += m.end()
    while e > s and text[e - 1] in " \t,;:.–—-":
        e -= 1
    return s, e


def _words_before(masked: str, pos: int) -> list[tuple[int, int, str]]:
    """Tokens of ``masked[:pos]`` as (start, end, token)."""
    return [(m.start(), m.end(), m.group()) for m in WORD.finditer(masked, 0, pos)]


# "formally asked", "angrily rejected": an adverb of manner before the verb (the nouns in -ly
# that can be a subject are not adverbs: "the family said")
ADVERB_LY = re.compile(
    r"(?!(?:family|ally|assembly|rally|supply|monopoly|anomaly|homily|folly|bully)$)"
    r"[a-z]{3,}ly"
)


def _skip_adverbials_back(toks: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Drop adverbials between a subject and its verb ("on Friday", "also", "has")."""
    toks = list(toks)
    changed = True
    while toks and changed:
        changed = False
        low = toks[-1][2].lower()
        if len(toks) >= 3 and low == "to" and toks[-2][2].lower() in ("chosen", "decided"):
            del toks[-2:]  # "X has chosen to describe …": X is the subject
            changed = True
            continue
        if low in {
            "has",
            "have",
            "had",
            "was",
            "were",
            "is",
            "also",
            "further",
            "again",
            "later",
            "earlier",
            "previously",
            "repeatedly",
            "then",
            "reportedly",
            "yesterday",
            "today",
            "once",
            "firmly",
            "categorically",
            "flatly",
            "publicly",
            "strongly",
            "recently",
            "separately",
            "immediately",
            "already",
            "both",
            "however",
            "not",
            "never",
            "would",
            "will",
            "did",
            "does",
            "do",
            "sharply",
            "swiftly",
            "quickly",
            "promptly",
            "nevertheless",
            "nonetheless",
            "meanwhile",
            "still",
            "too",
            "though",
            "instead",
            "subsequently",
            "privately",
            "openly",
            "bluntly",
            "explicitly",
            "pointedly",
            "cautiously",
            # "Selm has long insisted that …"
            "long",
            "always",
            "consistently",
            "jointly",
            "himself",
            "herself",
            "itself",
            "themselves",
        } or ADVERB_LY.fullmatch(toks[-1][2]):
            toks.pop()
            changed = True
            continue
        # "on Friday", "late on Sunday", "last Friday", "on April 28", "on 2 October"
        tail = " ".join(t[2] for t in toks[-5:])
        m = re.search(
            r"(?<!\S)(?:(?:late|early)\s+)?(?:on|last|this)\s+(?:[A-Z][a-z]+(?:\s+\d{1,2})?"
            r"|\d{1,2}\s+[A-Z][a-z]+)(?:\s+(?:night|morning|evening|afternoon))?$",
            tail,
        )
        if m:
            n = len(m.group().split())
            if n <= len(toks):
                del toks[-n:]
                changed = True
    return toks


RELATIVE_WORDS = {"which", "who", "whose", "whom", "where"}
# an apposition that describes the subject rather than naming it
DESCRIPTION_START = re.compile(r"^(?:a|an|the|its|their|his|her|one|[A-Z][\w-]*(?:'s|’s))$")


# an apposition that gives the subject's office: "Sabine Kowarth, head of the health service,"
ROLE_HEADS = {
    "head",
    "director",
    "director-general",
    "chief",
    "chair",
    "chairman",
    "chairwoman",
    "president",
    "leader",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "secretary-general",
    "coordinator",
    "commissioner",
    "governor",
    "mayor",
    "minister",
    "ambassador",
    "envoy",
    "founder",
    "secretary",
    "deputy",
    "adviser",
    "advisor",
    "representative",
    "negotiator",
    "officer",
    "administrator",
}


# Words that start a post-modifier of an unnamed source: "a diplomat based in …"
NAMING_WORDS = {"known", "called", "dubbed", "nicknamed"}
# a participle phrase between the speaker and the cue: "X, asked about the rally, said"
PAST_PARTICIPLE_OPENERS = {
    "asked",
    "pressed",
    "questioned",
    "interviewed",
    "reached",
    "contacted",
    "approached",
}
POST_MODIFIERS = {"based", "familiar", "close", "involved", "briefed", "outside", "from"}


def _subject_back(masked: str, cue_start: int, lo: int) -> tuple[int, int] | None:
    """The noun phrase that is the subject of a verb at ``cue_start``, scanning backwards.

    Stops at the first word that cannot be part of a speaker phrase. An apposition or a
    relative clause set off by commas ("Estmere, which brokered the accord, said") is
    stepped over.
    """
    toks = [t for t in _words_before(masked, cue_start) if t[0] >= lo]
    toks = _skip_adverbials_back(toks)
    near = [t[2].lower() for t in toks[-4:]]
    if "whose" in near and "," not in near[near.index("whose") :]:
        # "Fell, whose government requested a mission, told …": background, when the
        # sentence's own verb follows the relative ("whose chairman told the crowd that …"
        # is the chairman's statement)
        end = masked.find(".", cue_start)
        rest = masked[cue_start : end if end > 0 else len(masked)]
        if any(rest[: c.start()].rstrip().endswith(",") for c in CUE_RE.finditer(rest, 1)):
            return None
    if len(toks) >= 3 and toks[-1][2].lower() in ("which", "who") and toks[-2][2] == ",":
        toks = toks[:-2]  # "the Mission, which has called …": the relative's antecedent
    rel = [i for i, t in enumerate(toks) if t[2].lower() == "who" and i >= len(toks) - 12]
    if rel and toks[-1][2] != "," and _np_back(toks) is None and _np_back(toks[: rel[-1]]):
        toks = toks[: rel[-1]]  # "A diplomat in Marvane who asked not to be named said"
    if toks and toks[-1][2] == ",":
        commas = [i for i, t in enumerate(toks[:-1]) if t[2] == ","]
        if not commas:
            return None
        k = commas[-1]
        relative = [i for i in commas if toks[i + 1][2].lower() in RELATIVE_WORDS]
        if relative and MASK not in masked[toks[relative[-1]][0] : toks[-1][0]]:
            # "The federation, which represents teachers, nurses and clerks, said": the
            # relative clause has commas of its own
            k = relative[-1]
        if _place_then_country(toks, commas, k):
            k = commas[-2]  # "X, a body based in Port Sabine, Alvera, said": one description
        inner = toks[k + 1 : -1]
        if not inner:
            return None
        first = [t[2].lower() for t in inner[:2]]
        if LEADING_ADVERBIAL.fullmatch(" ".join(t[2] for t in inner).capitalize() + ", "):
            toks = toks[:k]  # "Aro, for his part, said": an adverbial, not an apposition
        elif (
            first[0] in RELATIVE_WORDS
            or first[0].endswith("ing")
            or first[0] in PAST_PARTICIPLE_OPENERS  # "Marsk, asked about the rally, said"
            or (len(first) > 1 and first[1] in RELATIVE_WORDS)  # "in which", "of whom"
            # "two of whose members died aboard", "many of which"
            or (len(inner) > 2 and first[1] == "of" and inner[2][2].lower() in RELATIVE_WORDS)
        ):
            toks = toks[:k]  # a relative clause: the subject stands before it
            if _np_back(toks) is not None:
                return _clean_np(masked, *_whole_from_phrase(toks, _np_back(toks)))
            if _np_back(toks) is None:
                # "A diplomat based in the region, who asked not to be named, said"
                cut = [i for i, t in enumerate(toks) if t[2].lower() in POST_MODIFIERS]
                head = _np_back(toks[: cut[0]]) if cut else None
                if head and toks[0][2].lower() in ("a", "an", "the", "one", "two", "several"):
                    return _clean_np(masked, *head)
        else:
            # an apposition: "Tarsund's foreign minister, Joren Vask," / "Holt, a senior aide,"
            inner_span = _np_back(inner)
            outer_span = _np_back(toks[:k])
            if outer_span is None:
                if inner_span and inner_span[0] == inner[0][0] and _is_role(toks[:k]):
                    # "Its secretary-general, Sefa Tarrow, said": the name is the speaker
                    return _clean_np(masked, *inner_span)
                return None
            if first[0] in NAMING_WORDS and inner_span is not None:
                # "the National Federation of Livestock Farmers, known as Agrofed, said": the
                # short name it goes by names the same speaker
                return _clean_np(masked, *inner_span)
            lead = [t[2].lower() for t in inner if inner_span and t[0] < inner_span[0]]
            if lead and all(w in NAME_LEAD for w in lead) and masked[inner_span[0]].isupper():
                # a name after its rank: "the league's chairman, retired colonel Dorian Vask,"
                return _clean_np(masked, outer_span[0], inner_span[1])
            if inner_span is None or inner_span[0] != inner[0][0]:
                # a description, not a name: "Kestria, Sarnova's largest trading partner,"
                if not (
                    DESCRIPTION_START.match(inner[0][2])
                    # "head of …", "executive director of …"
                    or any(t[2].lower() in ROLE_HEADS for t in inner[:3])
                    # any office "of" something: "commander of the air force", "abbot of …"
                    or (len(inner) > 2 and inner[0][2].islower() and inner[1][2] == "of")
                ):
                    return None
                return _clean_np(masked, *outer_span)
            return _clean_np(masked, outer_span[0], inner_span[1])
    span = _np_back(toks)
    if span is None:
        return _post_modified(masked, toks)
    return _clean_np(masked, *_whole_from_phrase(toks, span))


PLACE_PREPOSITIONS = {"in", "at", "near", "outside"}


def _place_then_country(toks: list[tuple[int, int, str]], commas: list[int], k: int) -> bool:
    """Whether the last comma before the cue splits "… based in Port Sabine, Alvera".

    The words after it are one capitalised name, and the part before it, after the previous
    comma, ends in a place introduced by a preposition: the country completes the place.
    """
    if len(commas) < 2 or k != commas[-1]:
        return False
    after = [t[2] for t in toks[k + 1 : -1]]
    before = [t[2] for t in toks[commas[-2] + 1 : k]]
    if not after or len(after) > 3 or not all(w[:1].isupper() for w in after):
        return False
    preps = [i for i, w in enumerate(before) if w.lower() in PLACE_PREPOSITIONS]
    return (
        bool(preps)
        and all(w[:1].isupper() for w in before[preps[-1] + 1 :])
        and (preps[-1] < len(before) - 1)
    )


def _post_modified(masked: str, toks: list[tuple[int, int, str]]) -> tuple[int, int] | None:
    """A speaker with a post-modifier: "an Ostranian official familiar with the talks said".

    The head must open the clause with a determiner ("an official", "a diplomat"), so that
    "the road through the valley said" is no speaker.
    """
    while toks and (toks[0][2] in NOT_SUBJECT_CAPS or toks[0][2] == ","):
        toks = toks[1:]  # "But an official …", "Meanwhile, a diplomat …"
    cut = [
        i
        for i, t in enumerate(toks)
        if t[2].lower() in POST_MODIFIERS and 0 < i and len(toks) - i >= 2 and i >= len(toks) - 8
    ]
    # "from" alone is left to _whole_from_phrase ("a diplomat from a third country posted in
    # X said"); with another post-modifier after it the head may end before it ("a diplomat
    # [from a country outside both camps]")
    if all(toks[i][2].lower() == "from" for i in cut):
        return None
    heads = [h for h in (_np_back(toks[:i]) for i in reversed(cut)) if h and h[0] == toks[0][0]]
    if not heads:
        return None
    if toks[0][2].lower() not in ("a", "an", "one", "the", "two", "several"):
        return None
    return _clean_np(masked, heads[0][0], toks[-1][1])


def _whole_from_phrase(toks: list[tuple[int, int, str]], span: tuple[int, int]) -> tuple[int, int]:
    """Widen a span that is only the tail of "One diplomat from a coastal state on the X council".

    The backward scan stops at the lowercase "coastal"; the speaker is the whole phrase from
    the clause's determiner on, so that its head ("diplomat") and its "from …" stay together.
    """
    froms = [i for i, t in enumerate(toks) if t[0] < span[0] and t[2].lower() == "from"]
    if not froms or toks[0][2].lower() not in ("a", "an", "one", "the", "two", "several"):
        return span
    head = _np_back(toks[: froms[-1]])
    if head is None or head[0] != toks[0][0]:
        return span
    return head[0], span[1]


def _is_role(toks: list[tuple[int, int, str]]) -> bool:
    """A short role phrase before an apposition: "Its secretary-general", "the country's envoy"."""
    words = [t[2] for t in toks[-4:]]
    return bool(words) and words[-1].lower().split("-")[0] in SUBJECT_WORDS


def _np_back(toks: list[tuple[int, int, str]]) -> tuple[int, int] | None:
    """The longest speaker-like noun phrase ending at the last token."""
    span_end = None
    span_start = None
    for i in range(len(toks) - 1, -1, -1):
        s, e, w = toks[i]
        low = w.lower()
        ok = (
            (w[:1].isupper() and w not in NOT_SUBJECT_CAPS)
            or low in SUBJECT_WORDS
            or re.fullmatch(r"[A-Z][\w.’'-]*(?:'s|’s)", w) is not None
        )
        if not ok and w.islower() and span_end is not None and _modifier_ahead(toks, i):
            ok = True  # "Pellaria's culture minister", "Pellarian rail authority"
        if not ok and low in ORG_WORDS and i > 0 and toks[i - 1][2][:1].isupper():
            ok = True  # "Ina Perovan of the Civic Renewal party"
        if not ok and span_end is not None and re.fullmatch(r"[a-z]+(?:s['’]|['’]s)", w):
            ok = True  # "the DAIC hauliers' association"
        if not ok or w == "," or MASK in w:
            break
        if span_end is None:
            span_end = e
        span_start = s
        first = i
    if span_start is None:
        return None
    if (
        toks[-1][2].lower() in BODY_HEADS
        and toks[first][2].islower()
        and toks[first][2] not in DETERMINERS
    ):
        # "The ropeway workers' union": lowercase modifiers back to the determiner
        k = first - 1
        while k >= 0 and first - k <= 2 and toks[k][2].islower() and toks[k][2] not in DETERMINERS:
            k -= 1
        if k >= 0 and k < first - 1 and toks[k][2].lower() in DETERMINERS:
            span_start = toks[k][0]
    return span_start, span_end


POSSESSIVE_OR_DEMONYM = re.compile(r"^[A-Z][\w-]*(?:'s|’s|an|ian|ese|ish|i|ic)$")


def _modifier_ahead(toks: list[tuple[int, int, str]], i: int) -> bool:
    """A lowercase word belongs to a speaker phrase when a possessive or demonym precedes it."""
    for j in (i - 1, i - 2):
        # "Pellaria's culture minister", "the country's car makers"
        if j >= 0 and (
            POSSESSIVE_OR_DEMONYM.match(toks[j][2]) or re.fullmatch(r"[a-z]+['’]s", toks[j][2])
        ):
            return True
        if j >= 0 and not toks[j][2].islower():
            return False
    return False


def _clean_np(masked: str, span_start: int, span_end: int) -> tuple[int, int] | None:
    phrase = masked[span_start:span_end]
    # trim leading prepositions/conjunctions the scan may have taken in
    m = re.match(r"^(?:(?:and|of|for|in|to|from|at|on|with)\s+)+", phrase)
    if m:
        span_start += m.end()
        phrase = masked[span_start:span_end]
    words = phrase.split()
    if not words:
        return None
    content_words = [
        w
        for w in words
        if w.lower() not in {"the", "a", "an", "of", "for", "in", "and", "to", "from", "at", "on"}
    ]
    if not content_words:
        return None
    # a speaker phrase names someone: a capitalised word, a pronoun, or an office
    if not any(w[:1].isupper() or w.lower() in SUBJECT_WORDS for w in content_words):
        return None
    return span_start, span_end


def _relative_before(toks: list[tuple[int, int, str]]) -> int | None:
    """Where ", which …" / ", who …" starts, when the tokens up to a cue are its clause.

    >>> _relative_before([(0, 1, "X"), (1, 2, ","), (3, 8, "which"), (9, 13, "runs"),
    ...                   (14, 17, "and")])
    1
    """
    for i in range(len(toks) - 2, 0, -1):
        if toks[i][2] == ",":
            return None
        if toks[i][2].lower() in ("which", "who") and toks[i - 1][2] == ",":
            return toks[i - 1][0] if len(toks) - i <= 14 else None
    return None


def _subject_forward(masked: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The subject at the start of a clause (for "X discussed … and underlined that")."""
    seg = masked[lo:hi]
    m = LEADING_ADVERBIAL.match(seg)
    start = lo + (m.end() if m else 0)
    toks = [t for t in WORD.finditer(masked, start, hi)]
    end = None
    for i, t in enumerate(toks):
        w = t.group()
        if w == ",":
            # apposition: stop here
            break
        if w[:1].isupper() or w.lower() in SUBJECT_WORDS and w.lower() not in {"and", "who"}:
            end = t.end()
            continue
        if end is not None and POSSESSIVE_OR_DEMONYM.match(toks[i - 1].group()):
            # "Corvania's grain exporters stepped up …": a body after its country, up to its
            # head noun
            head = [u for u in toks[i : i + 3] if u.group().lower() in BODY_HEADS]
            if head and all(u.group().islower() for u in toks[i : toks.index(head[0]) + 1]):
                end = head[0].end()
        break
    if end is None:
        return None
    return start, end


# "called the deployment reckless", "has called the plan a threat to its security": a
# judgement without quotation marks (not "called the minister a day later")
VERDICTS = (
    "reckless|illegal|unlawful|illegitimate|unacceptable|irresponsible|dangerous|provocative"
    "|unjustified|unjustifiable|baseless|groundless|unfounded|untrue|false|legitimate|lawful"
    "|legal|necessary|premature|absurd|outrageous|regrettable|disproportionate|proportionate"
    "|discriminatory|arbitrary|null and void|invalid|inhumane|cruel|hostile|excessive"
    "|counterproductive|counter-productive|unnecessary|unfair|unilateral|politically motivated"
)
CALLED_UNQUOTED = re.compile(
    r"^\s+(?:the|this|that|these|those|its|their|his|her|[A-Z][\w'’-]*(?:'s|’s))\s"
    r"(?:[\w'’-]+\s){0,4}?"
    rf"(?:(?:a|an)\s+(?!(?:day|week|month|year|hour|time|few|second|number)\b)\w|(?:{VERDICTS})\b)"
)


# a report of what someone told the reporter: "B had told her that …", "told him that …"
RELAYED = re.compile(r"told\s+(?:her|him|them|us|me)\s+(?:that\b|\W)")


def _only_frame(lead: str) -> bool:
    """Nothing but "that" and an adverbial before a relayed report: "that, in a call on
    Tuesday, B had told her …"; not "the schedule was the problem and that B had told her".

    >>> _only_frame("that, in a telephone call on Tuesday, ")
    True
    >>> _only_frame("the talks failed, and that ")
    False
    """
    lead = re.sub(r"^\s*that\b,?", "", lead).strip()
    return not lead or (bool(ADVERBIAL.match(lead)) and lead.endswith(",") and lead.count(",") == 1)


def _after_cue(masked: str, m: re.Match, hi: int) -> tuple[int, str, str]:
    """Where the content after a cue starts, the full cue text, and a content-shape tag.

    Returns (content_start, cue, shape) with shape in {"clause", "object"}.
    """
    verb = m.group()
    pos = m.end()
    rest = masked[pos:hi]
    cue = verb
    if verb in ("expressed", "expresses", "voiced", "shared"):
        e = re.match(
            rf"^((?:\s+[\w'’.-]+){{0,5}}?\s+(?:{EXPRESS_NOUNS}))\b\s*(that|over|about"
            rf"|at|regarding|for|with|in|on)?",
            rest,
        )
        if not e:
            return -1, cue, ""
        noun = e.group(1).split()[-1]
        cue = f"{verb} {noun}" if verb != "shared" else f"shared … {noun}"
        if e.group(2) == "that":
            return pos + e.end(), cue, "clause"
        return pos + e.end(1), cue, "object"
    if verb in ("called", "calls", "calling"):
        c = re.match(r"^\s+(on|upon|for)\b", rest)
        if c:
            return pos + c.end(), f"{verb} {c.group(1)}", "object"
    if verb in ("appealed", "appeals"):
        c = re.match(r"^\s+to\b", rest)
        if not c:
            return -1, cue, ""
        return pos + c.end(), f"{verb} to", "object"
    if verb in ("told", "tells", "telling", "informed", "informs"):
        c = AUDIENCES.match(rest)
        if c:
            cue = f"{verb} {c.group(1)}"
            pos += c.end()
            rest = masked[pos:hi]
    if verb in AS_VERBS:
        a = re.match(r"^((?:\s+[^\s,;.]+){1,14}?)\s+as\s+", rest)
        if a and MASK not in a.group(1):
            if verb in CHOSEN_WORDS and not rest[a.end() :].lstrip().startswith(MASK):
                # "chosen to describe a procedure as a blockade": the issuer's paraphrase
                return -1, cue, ""
            return pos, f"{verb} … as", "object"
        if verb in ("called", "calls", "calling", "call"):
            q = re.match(r"^((?:\s+[^\s,;.]+){1,16}?)\s*" + MASK, rest)
            if q or CALLED_UNQUOTED.match(rest):
                return pos, verb, "object"
            return -1, cue, ""
    if verb in ("offered", "offers") and word_count(re.split(r"[,;]", rest)[0]) < 4:
        # "has offered its help.", "which has offered to mediate, urged …": no words of it
        return -1, cue, ""
    if verb.split()[0] in ("set", "sets", "laid", "lays"):
        c = re.match(rf"^(?:\s+[\w'’-]+){{0,4}}?\s+({SET_OUT_NOUNS})\s+that\b", rest)
        if c:  # "set out the secretariat's position that …"
            return pos + c.end(), f"{verb} … {c.group(1)}", "clause"
        return -1, cue, ""
    if verb in ("repeated", "renewed"):
        c = re.match(r"^\s+[\w'’-]+\s+(?:[\w'’-]+\s+)?(\w+)\s+(that|for|to)\b", rest)
        if c:  # "repeated its demand that …": the demand is the cue
            return pos + c.end(), f"{verb} … {c.group(1)}", "clause"
        return -1, cue, ""
    # "asked that …", not "asked that her name not be used"
    if verb == "asked" and (c := re.match(r"^\s+that\b(?!(?:\s+\w+){1,2}\s+(?:sur)?name)", rest)):
        return pos + c.end(), "asked that", "clause"
    if verb in ("asked", "pressed"):
        if not re.match(r"^(?:\s+[^\s,;.]+){1,6}?\s+to\s+\w", rest):
            return -1, cue, ""
        return pos, verb, "object"
    if verb in (
        "urged",
        "urges",
        "urging",
        "encouraged",
        "encourages",
        "requested",
        "requests",
        "demanded",
        "demands",
        "accused",
        "accuses",
        "accusing",
        "blamed",
        "welcomed",
        "welcomes",
        "condemned",
        "condemns",
        "criticized",
        "criticised",
        "praised",
        "hailed",
    ):
        return pos, verb, "object"
    if RESPONSE_SCENE.match(rest):
        # "said, responding to accusations by X that …": what the words answer is no content
        # of theirs; a ", that" after it starts the content
        t = re.search(r",\s+that\b", rest)
        return (pos + t.end(), cue, "clause") if t else (-1, cue, "")
    # skip adverbials up to a "that" ("stated last Friday after a meeting with X that …")
    adv = ADVERBIAL.match(rest)
    if adv:
        t = re.search(r"\bthat\b", rest)
        if t and re.search(r"\b(?:and|but|or)\s+$", rest[: t.start()]):
            t = None  # "said on Tuesday it would …, and that …": the first clause starts earlier
        c = CUE_RE.search(rest)
        if t and c and c.start() < t.start() and re.search(r"\b(?:and|but)\s+$", rest[: c.start()]):
            t = None  # "said in a statement it would …, but repeated its demand that …"
        if t and c and c.start() < t.start() and OTHER_CLAUSE.search(rest[: c.start()]):
            t = None  # "said on Tuesday it had …, while Roos warned that …": Roos's "that"
        if t and OWN_CLAUSE.match(rest[: t.start()]):
            t = None  # "said on Tuesday it had asked for the assessment that …": a relative "that"
        if (
            t
            and c
            and re.search(r",\s*$", rest[: c.start()])
            and re.fullmatch(r"\w+\s+", rest[c.start() : t.start()])
        ):
            t = None  # "said on Saturday it had filed …, arguing that …": the participle's
        if t and word_count(rest[: t.start()]) <= 25 and MASK not in rest[: t.start()]:
            return pos + t.end(), cue, "clause"
        when = TIME_ADVERBIAL.match(rest)
        if when:
            return pos + when.end(), cue, "clause"
    return pos, cue, "clause"


# words before a title that make it another office ("Prime Minister" is not "the Minister")
OTHER_OFFICE = RANK_WORDS | {"prime", "former", "acting", "interim"}


def _bare_title(phrase: str) -> bool:
    """ "The Minister", "the Ministry": an office named by title alone, no name or country.

    In an official statement or readout this is the issuer itself.
    """
    words = phrase.split()
    return (
        len(words) >= 2
        and words[0].lower() in ("the", "this")
        and all(w.lower() in TITLE_WORDS | ORG_WORDS for w in words[1:])
    )


def _bare_name(tail: str) -> bool:
    """A short speaker phrase and nothing else: "Foreign Minister Aro", "the ministry"."""
    tail = tail.strip().rstrip(".!?").strip()
    head = tail.split(",")[0].split()
    preps = [i for i, w in enumerate(head) if i >= 2 and w in ("from", "of", "for", "at", "in")]
    if preps and head[0].lower() in ("a", "an", "one") and len(head) <= 10:
        head = head[: preps[0]]  # "a diplomat from a Forum participating state"
    return 0 < len(head) <= 8 and all(
        w[:1].isupper() or w.lower() in SUBJECT_WORDS or POSSESSIVE_OR_DEMONYM.match(w)
        for w in head
    )


SOURCE_TERMS = re.compile(rf"(?:^|,)\s*(?:{TERMS_OF_SOURCE})\b")
# "…, she said, responding to accusations by X that …": what the words answer is their scene
RESPONSE_SCENE = re.compile(
    r"^,\s*(?:responding|replying|reacting|in response|in reply|referring|commenting)\b", re.I
)
TIME_OR_PLACE_AFTER = re.compile(r"\s+(?:in|on|at|during|after|late|last)\s")
# what stands before a participle cue of the same subject: "…, adding", "…, while noting"
PARTICIPLE_LEAD = re.compile(r",(?:\s*(?:while|whilst))?$")
PARTICIPLE_AFTER = re.compile(r",\s+(?:" + "|".join(sorted(PARTICIPLES)) + r")\b")


PLACE_APPOSITION = re.compile(
    r"(?P<head>.*\b(?:in|at|near|outside)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*),\s+"
    r"(?:a|an)\s+[a-z][^,;]*$"
)


def _tail_is_adverbial(masked: str, pos: int, hi: int, limit: int = 14) -> bool:
    """After a cue, only adverbials follow up to the sentence end ("said in a statement.")."""
    rest = masked[pos:hi].strip().rstrip(".!?").strip()
    # "…, speaking on condition of anonymity because he was not authorised to …": the terms
    # of anonymity, however long, are no content
    rest = SOURCE_TERMS.split(rest, maxsplit=1)[0].strip()
    if not rest or RESPONSE_SCENE.match(rest):
        return True
    # "… told reporters in Oskby, a fishing village that faces the island.": a place's
    # apposition, whose relative "that" starts no said-clause
    place = PLACE_APPOSITION.match(rest)
    if place:
        rest = place.group("head")
    if "that" in rest.split() or MASK in rest:
        return False
    if AUDIENCE_RELATIVE.match(rest):
        return True  # "… told the crowd, many of whom had brought empty hive frames."
    # "said on Monday, as a second vessel was loaded at the port under heavy police
    # protection": the scene of the words (up to twice the adverbial's length) is no content
    head, _, scene = rest.partition(", ")
    if scene and SCENE_CLAUSE.match(scene) and word_count(scene) <= 2 * limit:
        rest = head
    return bool(ADVERBIAL.match(rest)) and word_count(rest) <= limit


def _is_speech_quote(text: str, q: Quote) -> bool:
    """Long enough to be speech, not a scare quote or a name in quotes."""
    n = word_count(text[q.start : q.end])
    return n >= 4 or (n >= 2 and text[q.end - 1 : q.end] in ".!?")


def analyse_sentence(
    text: str,
    masked_par: str,
    plo: int,
    s: int,
    e: int,
    quotes: list[Quote],
    nested: bool = False,
) -> list[Found]:
    """Statements in one sentence ``text[s:e]``; ``masked_par`` is the masked paragraph.

    With ``nested``, a report inside another ("The Ministry notes that X described …") is
    returned as well; an official statement's own voice needs this to give X its words.
    """
    masked = " " * plo + masked_par  # absolute offsets
    sent_quotes = [q for q in quotes if s <= q.open < e]
    found: list[Found] = []
    used_quotes: set[Quote] = set()
    cues = [m for m in CUE_RE.finditer(masked, s, e) if not _not_said(masked, m)]
    prev: Found | None = None
    boundary = s  # content before this point belongs to earlier statements
    # where the subject of a cue in a relative clause may start: "The federation, which says
    # …, also called on …" gives "called on" the antecedent, read back from here
    antecedent_lo: int | None = None
    for m in cues:
        verb = m.group()
        if verb == "According to":
            verb = "according to"
        if m.start() < boundary:
            continue
        before = masked[boundary : m.start()]
        # --- "… on the Agency's figures, according to which …": the source is the antecedent
        if verb == "according to" and before.rstrip().endswith(","):
            which = re.match(r"\s*which\s+", masked[m.end() : e])
            source = _source_of_antecedent(text, boundary, boundary + len(before.rstrip()) - 1)
            if which and source:
                cs, ce = _strip_span(text, m.end() + which.end(), e)
                found.append(
                    _content(
                        text, cs, ce, sent_quotes, "according to", text[slice(*source)], source, ""
                    )
                )
                boundary = e
                prev = found[-1]
                continue
        # --- "according to X, …" / "…, according to X."
        if verb == "according to":
            sp_end = masked.find(",", m.end(), e)
            if before.strip(" ,") == "" or LEADING_ADVERBIAL.fullmatch(before.strip() + " "):
                if sp_end == -1:
                    continue
                cs, ce = _strip_span(text, sp_end + 1, e)
                found.append(
                    _content(
                        text,
                        cs,
                        ce,
                        sent_quotes,
                        "according to",
                        text[m.end() : sp_end].strip(),
                        (m.end(), sp_end),
                        "",
                    )
                )
                boundary = e
                prev = found[-1]
                continue
            if before.rstrip().endswith(","):
                spk_end = e if sp_end == -1 else sp_end
                cs, ce = _strip_span(text, boundary, before.rstrip().rfind(",") + boundary)
                found.append(
                    _content(
                        text,
                        cs,
                        ce,
                        sent_quotes,
                        "according to",
                        text[m.end() : spk_end].strip(" ."),
                        (m.end(), spk_end),
                        "",
                    )
                )
                boundary = spk_end
                prev = found[-1]
            continue
        # --- post-attribution: '"…," X said.' / '"…," said X.' / '…, X said in a statement.'
        lead = before.rstrip()
        k = max(lead.rfind(","), lead.rfind(MASK))
        j = lead.rfind(MASK)
        if (
            0 <= j < k
            and lead.endswith(",")
            and 1 <= re.sub(r"(?<=\d),(?=\d{3})", "", lead[j + 2 : -1]).count(",") <= 2
            and word_count(lead[j + 1 :]) <= 22
        ):
            # '"…," the enclave's governor, Pavel Istrin, said': the speaker has an apposition
            k = j + 1 if lead[j + 1] == "," else j
        tail_start = m.end()
        if verb in ("told", "tells"):
            aud = AUDIENCES.match(masked[m.end() : e])
            if aud:
                tail_start = m.end() + aud.end()
        q_next = re.search(r"[,:]\s*" + MASK, masked[tail_start:e])
        tail_end = tail_start + q_next.start() if q_next else e
        # '"…," X said on Monday, urging both sides …': the participle starts a new statement
        participle = PARTICIPLE_AFTER.search(masked, tail_start, tail_end)
        if participle:
            tail_end = participle.start()
        # '"…," said a diplomat, who asked not to be named because …': the speaker's relative
        # clause is not part of the attribution
        relative = re.search(r",\s+(?:who|which)\b", masked[tail_start:tail_end])
        speaker_end = tail_start + relative.start() if relative else tail_end
        inverted_tail = (
            k >= 0
            and not lead[k + 1 :].strip()
            and word_count(masked[tail_start:speaker_end]) <= 20
            and "that" not in masked[tail_start:speaker_end].split()
        )
        # '"…," the minister said after signing the agreement with …, in …': behind a quote
        # and a short speaker phrase, a long adverbial is still only the scene
        quote_lead = j >= 0 and word_count(lead[j + 1 :]) <= 12
        limit = 30 if quote_lead else 14
        post_ok = _tail_is_adverbial(masked, tail_start, tail_end, limit) or inverted_tail
        if re.match(r"call(?:ed|s)?\s+(?:on|upon)\b", masked[m.start() : tail_end]):
            # "X, which …, called on the government to …", "In Kaldmark, X on Monday called
            # on Y to …": a demand follows, "on" is not the day's adverbial
            post_ok = False
        if verb in ("reads", "read out") and (
            not STATEMENT_SUBJECT.search(before[-80:]) or STATEMENT_SCENE.search(before[-80:])
        ):
            continue
        if verb in PARTICIPLES and prev is not None and PARTICIPLE_LEAD.search(lead):
            # "…, adding that …": same speaker as the statement before
            cs, cue, shape = _after_cue(masked, m, e)
            if cs < 0:
                continue
            cs, ce = _strip_span(text, cs, e)
            f = _content(
                text, cs, ce, sent_quotes, cue, prev.speaker, prev.speaker_span, masked[s:cs]
            )
            found.append(f)
            # a later clause of its own may still follow: "…, arguing that …, while the
            # heritage society urged …"
            prev, boundary = f, m.end()
            continue
        if verb in PARTICIPLES and prev is None and PARTICIPLE_LEAD.search(lead):
            # "Holt backed Halvenia, saying …": the sentence's subject says it
            span = _subject_forward(masked, boundary, m.start())
            span = span and _clean_np(masked, *span)
            cs, cue, shape = _after_cue(masked, m, e)
            if span and cs >= 0:
                cs, ce = _strip_span(text, cs, e)
                spk = text[span[0] : span[1]]
                adv = TIME_OR_PLACE_AFTER.search(spk)  # "Aro on Monday put …"
                if adv:
                    spk, span = spk[: adv.start()], (span[0], span[0] + adv.start())
                f = _content(text, cs, ce, sent_quotes, cue, spk, span, masked[span[0] : e])
                found.append(f)
                # a later clause of its own may still follow, as after a finite cue: "…,
                # warning that …, while the country's largest consumer group urged …"
                prev, boundary = f, m.end()
                continue
        inverted = k >= 0 and not lead[k + 1 :].strip()
        if (
            inverted
            and MASK not in lead[max(0, k - 3) : k + 1]
            and not _bare_name(masked[tail_start:tail_end])
        ):
            inverted = False  # "Roos, who chaired the talks, said the talks …" is not inverted
            post_ok = _tail_is_adverbial(masked, tail_start, tail_end) and k < 0
        if q_next and not masked[tail_start:tail_end].strip() and MASK not in lead:
            post_ok = False  # "Speaking in Norhaven, Lind said: “…”" introduces the quote
        if inverted and (
            verb not in INVERTIBLE
            or not re.match(
                r"^\s*(?:[A-Z]|(?:the|a|an|one|another)\s+[A-Z\w]|one\b)",
                masked[tail_start:tail_end],
            )
            or re.match(r"^\s*(?:It|He|She|They|We|I)\s+\w", masked[tail_start:tail_end])
        ):
            post_ok = _tail_is_adverbial(masked, tail_start, tail_end) and not inverted
        if post_ok and k >= 0:
            spk_region_start = boundary + k + 1
            content_end = boundary + k + (1 if lead[k] == MASK else 0)
            if inverted:
                # the speaker follows the verb: '"…," said X, a senior aide to Y.'
                region = text[m.end() : speaker_end]
                spk = re.sub(r"[.!?]+$", "", region.strip()).strip()
                adv = re.search(
                    r"\s+(?:in|on|at|during|after|late|last|told|according"
                    # "to" ends the speaker ("said Holt to reporters") unless it ties a
                    # relation to its person ("said a senior aide to President Varesh")
                    r"|" + NOT_AFTER_RELATION + r"to)\b",
                    spk,
                )
                if adv and spk[: adv.start()].count(",") == 0:
                    spk = spk[: adv.start()]
                sp_s = m.end() + len(region) - len(region.lstrip())
                sp_e = sp_s + len(spk)
                verb = _after_cue(masked, m, e)[1] if verb in ("told", "tells") else verb
            else:
                region = text[spk_region_start : m.start()]
                spk = region.strip().lstrip(",”\"»’' ").strip()
                sp_e = spk_region_start + len(region.rstrip())
                sp_s = sp_e - len(spk)
                if verb in ("told", "tells"):
                    verb = _after_cue(masked, m, e)[1]
            if not inverted and CONCESSION.match(spk):
                continue  # "…, whatever Kessel says.": a concession, not who says it
            spk_clean = _clean_speaker_phrase(spk)
            subject = None if inverted else _subject_back(masked, m.start(), spk_region_start)
            if subject and "," in spk_clean and word_count(spk_clean) > 16:
                # '"…," the aide, who spoke on condition of anonymity, told …': the subject
                # without its relative clause
                sp_s, sp_e = subject
                spk_clean = text[sp_s:sp_e]
            if not spk_clean or word_count(spk_clean) > 16:
                continue
            if not inverted and not subject:
                continue
            if (
                MASK not in masked[boundary:content_end]
                and word_count(text[boundary:content_end]) < 3
            ):
                continue
            cs, ce = _strip_span(text, boundary, content_end)
            if ce > cs:
                f = _content(
                    text, cs, ce, sent_quotes, verb, spk_clean, (sp_s, sp_e), masked[sp_s:e]
                )
                found.append(f)
                prev = f
                used_quotes |= {q for q in sent_quotes if q.open < m.start()}
            # a split quote continues after the attribution: '…," X said, "…'
            after_q = [q for q in sent_quotes if q.open > m.end() and _is_speech_quote(text, q)]
            if after_q and re.match(
                r"^[^" + MASK + r"]*[,:]\s*$", masked[m.end() : after_q[0].open]
            ):
                for q in after_q:
                    found.append(
                        Found(
                            q.start,
                            q.end,
                            "direct",
                            verb,
                            spk_clean,
                            (sp_s, sp_e),
                            masked[sp_s:e],
                            set() if q.balanced else {"unbalanced"},
                        )
                    )
                    used_quotes.add(q)
                boundary = e
            else:
                boundary = max(m.end(), sp_e)
            continue
        # --- pre-attribution: "X said (that) …", "X urged Y to …"
        cs, cue, shape = _after_cue(masked, m, e)
        if cs < 0:
            continue
        lowtoks = _skip_adverbials_back(
            [t for t in _words_before(masked, m.start()) if t[0] >= boundary]
        )
        coordinated = bool(lowtoks) and lowtoks[-1][2].lower() in ("and", "but")
        if coordinated and prev is not None:
            spk_span = prev.speaker_span
            spk = prev.speaker
            # the previous statement ends before ", and <verb>"
            cut = CONNECTOR_BEFORE.search(masked[: lowtoks[-1][1]])
            if prev.end > lowtoks[-1][0]:
                pe = lowtoks[-1][0]
                if cut:
                    pe = cut.start()
                prev.start, prev.end = _strip_span(text, prev.start, pe)
                if prev.end <= prev.start:
                    found.remove(prev)  # nothing of its own is left before the next verb
        else:
            relative = _relative_before(lowtoks) if coordinated else None
            if relative is not None:
                # "the Bar Association, which represents 11,000 lawyers and said …": the
                # relative's second verb has the relative's antecedent for subject
                spk_span = _subject_back(masked, relative, boundary)
            elif coordinated:
                spk_span = _subject_forward(masked, boundary, m.start())
            else:
                spk_span = _subject_back(masked, m.start(), boundary)
            issued = verb in PARTICIPLES and ISSUED_DOCUMENT.search(masked, boundary, m.start())
            if issued:
                spk_span = _subject_forward(masked, boundary, issued.start())
            if spk_span is None and prev is not None and antecedent_lo is not None:
                spk_span = _subject_back(masked, m.start(), antecedent_lo)
                if spk_span is not None and spk_span[1] > prev.start:
                    spk_span = None
            if spk_span is None:
                continue
            spk = _clean_speaker_phrase(text[spk_span[0] : spk_span[1]])
            if not spk:
                continue
            if prev is not None and prev.end > spk_span[0]:
                # a second attribution in the same sentence: ", and X called …"
                cut = CONNECTOR_BEFORE.search(masked[prev.start : spk_span[0]])
                closing = masked.rfind(",", prev.start, m.start())
                if spk_span[1] <= prev.start and closing > prev.start:
                    # "The federation, which says it represents 140,000 farms, also called
                    # on …": the statement of the relative clause ends at its closing comma
                    prev.start, prev.end = _strip_span(text, prev.start, closing)
                elif cut:
                    _end_before(found, prev, text, prev.start + cut.start())
                elif lower := LOWER_SUBJECT.search(masked, prev.start, spk_span[0]):
                    # "…, while the country's largest heritage society urged …": a clause of
                    # its own, whose subject is a described body, not a name
                    _end_before(found, prev, text, lower.start())
                    spk_span = (lower.start("np"), spk_span[1])
                    spk = _clean_speaker_phrase(text[spk_span[0] : spk_span[1]])
                elif RELAYED.match(masked, m.start()) and _only_frame(
                    masked[prev.start : spk_span[0]]
                ):
                    # "S informed her counterpart that, in a call, B had told her that …": S
                    # relays B's words, which are B's statement; S's own is only the frame
                    found.remove(prev)
                    prev = None
                elif not nested:
                    continue  # a report inside the previous statement stays part of it
        if re.fullmatch(r"[^" + MASK + r"]*:\s*", masked[cs:e]) and (
            not masked[cs:e].strip(" :") or ADVERBIAL.match(masked[cs:e])
        ):
            # "Lind said in a televised address:" introduces the quotes that follow
            found.append(Found(e, e, "intro", cue, spk, spk_span, masked[boundary:e]))
            prev = None
            boundary = e
            continue
        cs, ce = _strip_span(text, cs, e)
        if ce <= cs:
            continue
        f = _content(text, cs, ce, sent_quotes, cue, spk, spk_span, masked[boundary:cs])
        if (
            cue.split()[0] in ("said", "says", "stated", "added", "noted", "told")
            and f.kind == "indirect"
            and word_count(text[cs:ce]) < 3
        ):
            continue
        found.append(f)
        prev = f
        in_relative = len(lowtoks) >= 2 and (
            lowtoks[-2][2] == "," and lowtoks[-1][2].lower() in ("which", "who")
        )
        antecedent_lo = boundary if in_relative else None
        boundary = m.end()
    # quotes nobody claimed in this sentence are returned as speaker-less direct quotes
    claimed = [(f.start, f.end) for f in found]
    for q in sent_quotes:
        if q in used_quotes or any(a <= q.start and q.end <= b + 2 for a, b in claimed):
            continue
        if not _is_speech_quote(text, q):
            continue
        share = (q.close - q.open + 1) / max(1, len(masked[s:e].strip()))
        if share < 0.6:
            continue  # a quoted fragment inside narration
        found.append(
            Found(
                q.start, q.end, "direct", "", "", None, "", set() if q.balanced else {"unbalanced"}
            )
        )
    return found


def _end_before(found: list[Found], prev: Found, text: str, end: int) -> None:
    """End ``prev`` at ``end``, and any earlier statement that ran to the same end with it
    ("X said …, arguing that …, while Y urged …": both of X's end before Y's clause)."""
    old_end = prev.end
    prev.start, prev.end = _strip_span(text, prev.start, end)
    for f in found:
        if f is not prev and f.end == old_end and f.start < end:
            f.start, f.end = _strip_span(text, f.start, end)


def _clean_speaker_phrase(spk: str) -> str:
    spk = spk.strip().strip(",").strip()
    spk = re.sub(r"^(?:(?:and|but|however|while)\s+)", "", spk, flags=re.I)
    spk = re.sub(r"\s+(?:has|have|had|also|later|earlier|was|is|once again|again)$", "", spk)
    spk = re.sub(r"[\s,]+$", "", spk)
    # "Greta Holmvik, chair of the association, which represents nine hamlets": the relative
    # clause describes the speaker, it does not name it
    spk = re.sub(r",\s+(?:which|who|whose)\s.*$", "", spk)
    return spk


# Who stands behind the figures or findings a relative "according to which" reports:
# "the figures published by the Agency", "her office", "the Council's latest assessment"
_ANTECEDENT_SOURCE = re.compile(
    r"(?:\b(?:by|of|from)\s+(?P<by>(?:the\s+|its\s+|his\s+|her\s+|their\s+)?[A-Z][^,;]*?)"
    r"|(?P<owner>(?:\b(?:the|its|his|her|their)\s+)?(?:[A-Z][\w\-]*\s+)*[A-Z][\w\-]*)['’]s?"
    r"(?:\s+[a-z][\w\-]*){1,3}"
    # "her office": the person "her" stands for
    r"|\b(?P<own>his|her|its|their)\s+(?:office|ministry|agency|organisation|organization"
    r"|commission|council|institute|secretariat|team|experts|inspectors)\b[^,;]*?)"
    # "the statement of the Ombudsman of 4 April"
    r"(?:\s+(?:of|on)\s+\d{1,2}\s+[A-Z][a-z]+(?:\s+\d{4})?)?\s*$"
)


def _source_of_antecedent(text: str, lo: int, comma: int) -> tuple[int, int] | None:
    """Span of the source named in the noun phrase before ``text[comma]`` (", according to which").

    >>> t = "She briefed him on the Council's latest figures, according to which the fire spread."
    >>> span = _source_of_antecedent(t, 0, t.index(","))
    >>> t[slice(*span)]
    'the Council'
    >>> t = "It studied the figures published by the Mobility Agency, according to which …"
    >>> t[slice(*_source_of_antecedent(t, 0, t.index(",")))]
    'the Mobility Agency'
    >>> t = "She cited figures collected by her office, according to which …"
    >>> t[slice(*_source_of_antecedent(t, 0, t.index(",")))]
    'her'
    >>> t = "It noted the statement of the Ombudsman of 4 April, according to which …"
    >>> t[slice(*_source_of_antecedent(t, 0, t.index(",")))]
    'the Ombudsman'
    """
    m = _ANTECEDENT_SOURCE.search(text, max(lo, comma - 120), comma)
    if not m:
        return None
    group = next(g for g in ("by", "owner", "own") if m.group(g))
    return m.span(group)


def _content(
    text: str,
    cs: int,
    ce: int,
    quotes: list[Quote],
    cue: str,
    speaker: str,
    speaker_span,
    attribution: str,
) -> Found:
    """Classify content text[cs:ce] as direct (one quotation), mixed or indirect."""
    inner = [q for q in quotes if cs <= q.open + 1 and q.close - 1 <= ce + 1]
    flags = set() if all(q.balanced for q in inner) else {"unbalanced"}
    if len(inner) == 1:
        q = inner[0]
        outside = text[cs : q.open] + text[q.close + 1 : ce]
        if not re.sub(r"[\s.,;:!?]", "", outside):
            return Found(q.start, q.end, "direct", cue, speaker, speaker_span, attribution, flags)
    kind = "mixed" if inner else "indirect"
    return Found(cs, ce, kind, cue, speaker, speaker_span, attribution, flags)


# ---------------------------------------------------------------------------------------
# Documents
# ---------------------------------------------------------------------------------------
def _is_heading(par: str) -> bool:
    """Titles, captions and credits: short lines that do not end like a sentence."""
    stripped = par.rstrip()
    if BOILERPLATE.match(stripped):
        return True
    ends = stripped[-1:] in '.!?"”»’:' or stripped.endswith(".)")
    # a document's title may be long: "Statement by the Ministry of … on the exclusion of …"
    return not ends and (word_count(stripped) < 25 or bool(DOCUMENT_TITLE.match(stripped)))


def _turn_label(par: str) -> str | None:
    m = TURN_LABEL.match(par)
    if not m:
        return None
    label = m.group("label").strip()
    if label in NOT_TURN_LABELS or len(label) < 2:
        return None
    return label


# the briefer's formulas that open or close a turn: "Your questions, please."
BRIEFING_FORMULA = re.compile(
    r"\b(?:your|any|more|the next|a few|first|last)\s+questions?\b|^(?:thank you|thanks|good "
    r"(?:morning|afternoon|evening)|welcome|hello)\b|^(?:next|go ahead|yes, please)\b"
    r"|\bbefore we (?:start|begin)\b",
    re.I,
)


# An official text citing another's words as a noun: "The Ministry has taken note of the
# statement by the Commission that the measure "appears neither proportionate …"".
NOMINAL_REPORT = re.compile(
    r"\b(?:the|a|an)\s+(?P<noun>statement|remarks|declaration|assertion|claim|allegation"
    r"|letter|appeal|communiqu[eé]|comments)\s+(?:of|by|from)\s+(?P<who>[^,;:\"“]{3,90}?)"
    r"(?:\s+(?:of|on)\s+\d{1,2}\s+[A-Z][a-z]+(?:\s+\d{4})?)?,?\s+"
    r"(?:that|according to which|in which it said that)\s+"
)


REJECTING = re.compile(r"\b(?:reject|dismiss|den(?:y|ies)|refute|contest|disput)", re.I)


# Sentences of an own-voice text or transcript that say who met whom, introduce the text or
# direct the stage; they carry no one's words: "The Minister received X.", "(Laughter.)",
# "… the Ministry states the following:".
MEETING_NARRATIVE = re.compile(
    r"^[^,;:]*(?:,[^,;:]*){0,3}?\b(?:received|met|hosted|briefed|visited"
    r"|paid\s+(?:a|an)\s+[\w\s-]*visit|held\s+(?:a|an|talks|consultations|discussions)\b)",
    re.I,
)
DOCUMENT_NOUN = re.compile(
    r"\b(?:reports?|letters?|notes?|requests?|messages?|proposals?|repl(?:y|ies)|invitations?"
    r"|documents?|figures|data|complaints?|plans?|appeals?|protests?)\b",
    re.I,
)
STAGE_DIRECTION = re.compile(r"^\s*(?:\([^()]*\)|\[[^\[\]]*\])\s*$")
PREAMBLE = re.compile(
    r"\b(?:states?|declares?|notes?|announces?)\s+the\s+following\s*[.:]?\s*$", re.I
)


def _carries_no_words(sentence: str) -> bool:
    """A narrative, framing or stage sentence of an own-voice text: not a statement.

    >>> _carries_no_words("Foreign Minister Vask today received the Envoy of Norvik.")
    True
    >>> _carries_no_words("(The briefing ended at 15:40.)")
    True
    >>> _carries_no_words("The Minister received with concern reports that the road is shut.")
    False
    >>> _carries_no_words("We have received the Union's technical report.")
    False
    >>> _carries_no_words("We met the families, and we share their grief.")
    False
    >>> _carries_no_words("The Minister of Norvik, Lia Berg, today received Ms Ana Holt, Envoy "
    ...     "of the Union, who is in Torre at the invitation of the government.")
    True
    """
    if STAGE_DIRECTION.match(sentence) or PREAMBLE.search(sentence):
        return True
    return (
        bool(narrative := MEETING_NARRATIVE.match(sentence))
        # "We have received the envoy's letter.": a document received may carry words
        and not DOCUMENT_NOUN.search(" ".join(sentence[narrative.end() :].split()[:4]))
        and "that" not in sentence.split()
        # "We met the families, and we share their grief.": a speaker's "we" (not "briefed us")
        and not re.match(r"\s*(?:We|I)\b", sentence)
        and not CUE_RE.search(sentence)
        and not any(q in sentence for q in '"“”')
    )


# The briefer steering the briefing: "Let me begin with …", "The next briefing will be …"
BRIEFING_STEER = re.compile(
    r"^let me (?:begin|start|turn|move)\b|\bnext briefing\b|\bno (?:other )?announcements?\b"
    r"|\bstraight to (?:your )?questions\b|^(?:first|second|third|finally|lastly),?\s+on\b"
    r"|\bmany of you (?:have )?asked\b|\bbefore (?:[\w']+ ){0,3}questions\b"
    r"|\b(?:take|ready for|open the floor to) (?:your |any )?questions\b"
    r"|^I (?:will|would like to|want to|shall) (?:begin|start|open) with\b",
    re.I,
)


def _is_briefing_formula(sentence: str) -> bool:
    """A short procedural sentence of a briefing, not a statement.

    >>> _is_briefing_formula("Two items before your questions.")
    True
    >>> _is_briefing_formula("Second, on the Alder road, since many of you have asked.")
    True
    >>> _is_briefing_formula("Thank you for the question: the road must reopen.")
    False
    >>> _is_briefing_formula("One announcement before your questions, on the Alder road.")
    True
    >>> _is_briefing_formula("Let me begin with the Alder road: it must reopen.")
    False
    >>> _is_briefing_formula("With that, I'm happy to take your questions.")
    True
    """
    s = sentence.strip()
    return (word_count(s) <= 6 and bool(BRIEFING_FORMULA.search(s))) or (
        # after a colon the briefer says something: "Let me begin with X: it must reopen."
        word_count(s) <= 14 and bool(BRIEFING_STEER.search(s)) and ":" not in s
    )


def _label_name(label: str) -> str:
    """The name in a transcript's turn label, in the case names are written in.

    >>> _label_name("SPOKESPERSON DAGNY RUSK-ELLEFSEN"), _label_name("O'HARA")
    ('Dagny Rusk-Ellefsen', "O'Hara")
    """
    words = [w for w in label.split() if w.upper() not in ROLE_WORDS]
    # each part of a double name is capitalised: "RUSK-ELLEFSEN" is "Rusk-Ellefsen"
    words = [
        NAME_PART.sub(lambda m: m.group().capitalize(), w) if w.isupper() else w for w in words
    ]
    return " ".join(words) or label.title()


@dataclass
class Row:
    found: Found
    actor: str
    party: str
    date: str
    dated: bool = False  # the date was written in the text, not taken from `published`


def _dates_a_thing(text: str, pos: int, lo: int = 0) -> bool:
    """Whether the date at ``pos`` is a deadline, a span or names a thing ("by Wednesday",
    "since Monday", "the award of 6 March"), not a day on which something was said or done.

    A statement's own date still counts ("the statement of the Ombudsman of 4 April", "since
    Sunday, when he told a rally").
    """
    before = text[max(lo, pos - 12) : pos]
    m = re.search(
        r"\b(?:(?P<of>of|dated)|by|until|till|since|before|after|from|through)\s+$", before
    )
    if not m or re.match(r"[^,.;]{0,25}, when\b", text[pos:]):
        return False
    return not (m.group("of") and STATEMENT_SUBJECT.search(text, max(lo, pos - 80), pos))


SAME_DAY = re.compile(rf"\b(?:{SAME_DAY_WORDS})\b", re.I)


class ArticleExtractor:
    """Statements of one article (a wire report, an own-voice statement or a transcript)."""

    def __init__(self, article: dict, registry: Registry):
        self.text = article["text"]
        self.article = article
        self.registry = registry
        self.published = D.parse_published(article.get("published"))
        self.doc_speaker = str(article.get("speaker") or "")
        self.memory = SpeakerMemory(
            registry,
            self.doc_speaker,
            house=publishing_party(str(article.get("source") or ""), registry),
        )
        self.memory.learn_names(self.text)
        self.memory.learn_descriptions(self.text)
        self.rows: list[Row] = []

    # -- dates -------------------------------------------------------------------------
    def _date(self, f: Found, par_lo: int, sent: tuple[int, int], actor: str) -> tuple[str, bool]:
        """(ISO date, written in the text?) for a statement."""
        text = self.text
        own = f.kind in ("own-voice", "turn")
        # what an official text reports was said at the meeting it tells of, not on a day
        # named in the clause ("the programme signed on Wednesday") nor on a day an earlier
        # sentence gave the same speaker's words ("in a letter of 30 October she …")
        official = own or bool(self.doc_speaker)
        prev_par = max(0, text.rfind("\n\n", 0, max(0, par_lo - 1)))
        year = D.context_year(text, sent[0], prev_par)
        s, e = sent
        # dates outside the statement's own words: the attribution and its adverbials
        outside = [
            (a, b, d)
            for a, b, d in D.find_dates(text[s:e], self.published, year)
            if not (f.start <= s + a < f.end) and not _dates_a_thing(text, s + a)
        ]
        if outside:
            cue_pos = f.speaker_span[1] if f.speaker_span else f.start
            a, b, d = min(outside, key=lambda t: abs(s + t[0] - cue_pos))
            return d.isoformat(), True
        if (day := self._anaphoric_day(text[s:e], f.start - s, f.end - s)) is not None:
            return day.isoformat(), True
        if actor and not official:
            # a later quote of a speaker dated earlier in the report was made that day
            for r in reversed(self.rows):
                if r.actor == actor and r.dated:
                    return r.date, True
        if f.kind in ("indirect", "mixed") and not official:
            # relative days inside a reported clause ("held talks late on Sunday, X said")
            for a, b, d in D.find_dates(text[f.start : f.end], self.published, year):
                # "by Wednesday evening", "since Monday": a deadline or a span, not a day
                # on which something was said or done
                bound = _dates_a_thing(text, f.start + a, lo=f.start)
                if not bound and not re.match(
                    r"\d|[A-Z][a-z]+\.? \d", text[f.start + a : f.start + b]
                ):
                    return d.isoformat(), True
        if not own and (day := self._paragraph_day(par_lo, s)):
            return day.isoformat(), True
        if not own and self.lede_day:
            return self.lede_day.isoformat(), False
        if not own and (scene := self._scene_day(par_lo)):
            return scene.isoformat(), True
        return (self.published.isoformat() if self.published else ""), False

    def _anaphoric_day(self, sentence: str, lo: int, hi: int) -> dt.date | None:
        """The day "the same day" or "the next day" points to, outside the statement's own
        words (``sentence[lo:hi]``): counted from the last statement dated in the text."""
        m = SAME_DAY.search(sentence[:lo]) or SAME_DAY.search(sentence, hi)
        last = next((r for r in reversed(self.rows) if r.dated and r.date), None)
        if not m or last is None:
            return None
        words = set(m.group().lower().split())
        shift = 1 if words & {"next", "following"} else -1 if words & {"previous", "before"} else 0
        return dt.date.fromisoformat(last.date) + dt.timedelta(days=shift)

    def _paragraph_day(self, lo: int, hi: int) -> dt.date | None:
        """The day an earlier sentence of the paragraph sets ("The team visited the site on
        Thursday. Its leader told reporters that …"): the last weekday, "yesterday" or "today"
        written outside quotes; a month and day there more often dates background."""
        narration = mask_quotes(self.text, lo, hi, find_quotes(self.text, lo, hi))
        days = [
            m
            for m in D.DATE_RE.finditer(narration)
            if (m.group("wd") or m.group("rel")) and not _dates_a_thing(narration, m.start())
        ]
        return D.resolve(days[-1].group(0), self.published) if days else None

    def _scene_day(self, pos: int) -> dt.date | None:
        """The day set by the last paragraph before ``pos`` that opens on one ("In Ostrel on
        10 March, the Representative met …"): a press release tells its meetings in order, and
        what follows was said there."""
        days = [day for lo, day in self.scene_days if lo < pos]
        return days[-1] if days else None

    @cached_property
    def scene_days(self) -> list[tuple[int, dt.date]]:
        """(paragraph start, day) of each paragraph that opens on a day, or whose first
        sentence tells of a meeting on one ("The Minister received X in Rostel on 6 June.")."""
        found = []
        for lo, hi in paragraphs(self.text):
            m = SCENE_OPENING.match(self.text, lo, hi) or MEETING_SCENE.match(self.text, lo, hi)
            year = D.context_year(self.text, lo, 0)
            if m and (day := D.resolve(m.group("date"), self.published, year)):
                found.append((lo, day))
        return found

    @cached_property
    def lede_day(self) -> dt.date | None:
        """The day of a report's main event, when its lede names it ("on Thursday").

        A report published on Friday about a visit "on Thursday" quotes what was said on the
        visit without repeating the day. Only weekdays and "yesterday" count: a month and day
        in a lede usually dates background ("since March 1"), not the event.
        """
        if self.doc_speaker or self.published is None:
            return None
        lo, hi = next(((s, e) for s, e in paragraphs(self.text) if e - s >= 80), (0, 0))
        lede = mask_quotes(self.text, lo, hi, find_quotes(self.text, lo, hi))
        for m in D.DATE_RE.finditer(lede):
            g = m.groupdict()
            if g["wd"] or g["last_wd"] or (g["rel"] and "yesterday" in g["rel"].lower()):
                return D.resolve(m.group(0), self.published)
        return None

    # -- rows --------------------------------------------------------------------------
    def _add(
        self,
        f: Found,
        par_lo: int,
        sent: tuple[int, int],
        actor: str | None = None,
        party: str | None = None,
    ) -> None:
        if f.kind == "indirect":
            f.end = _without_background(self.text, f.start, f.end)
        if actor is None and JOINT_SUBJECT.match(f.speaker):
            # "The ministers stressed …" in a joint statement: its publisher is one of them
            host = self.registry.find_party(str(self.article.get("source") or ""))
            actor, party = ("", host) if host else ("", UNRESOLVED)
        if actor is None:
            sp = self.memory.speaker(f.speaker, f.attribution)
            actor, party = sp.actor, sp.party
            if f.speaker:
                self.memory.remember(sp)
        if f.speaker and not actor and party == UNRESOLVED:
            f.flags.add("speaker-unresolved")
        self.rows.append(Row(f, actor, party, *self._date(f, par_lo, sent, actor)))

    def _sentences(self, lo: int, hi: int):
        quotes = find_quotes(self.text, lo, hi)
        masked = mask_quotes(self.text, lo, hi, quotes)
        return quotes, masked, sentences(self.text, lo, hi, quotes)

    def _track_subject(
        self, masked: str, lo: int, s: int, e: int, persons_only: bool = False
    ) -> None:
        """Remember who a sentence is about, so that a later "He said" finds them.

        With ``persons_only``, only a registered person is remembered: in an official text, a
        sentence about a state or a body changes nothing, but one about a minister, of either
        side, tells who "she" is ("Minister Orlec spoke with Minister Venn on Friday. She told
        him that …").
        """
        full = " " * lo + masked
        span = _subject_forward(full, s, e)
        if span is None:
            return
        phrase = self.text[span[0] : span[1]]
        first = phrase.split()[0].lower()
        if first in ("he", "she", "they", "it", "we", "i", "this"):
            return
        if first == "the" and not (
            self.registry.find_actor(phrase) or self.registry.find_party(phrase)
        ):
            return  # "The minister": whom it means is read where it speaks, not here
        sp = self.memory.speaker(phrase)
        if persons_only and not (sp.person and Registry.is_person(sp.actor or "-")):
            return
        if sp.party != UNRESOLVED:
            self.memory.remember(sp)

    def _report_paragraph(self, lo: int, hi: int) -> list[Found]:
        """Statements of a paragraph of a report, attributing quotes without a speaker."""
        quotes, masked, sents = self._sentences(lo, hi)
        out = []
        for s, e in sents:
            self._track_subject(masked, lo, s, e)
            for f in analyse_sentence(self.text, masked, lo, s, e, quotes):
                out.append((f, (s, e)))
        # a quote with no speaker in its sentence takes its paragraph neighbour's speaker
        for i, (f, _sent) in enumerate(out):
            if f.speaker:
                continue
            near = [g for g, _ in out[:i][::-1] if g.speaker] or [
                g for g, _ in out[i + 1 :] if g.speaker
            ]
            if near:
                f.speaker, f.speaker_span, f.cue = (
                    near[0].speaker,
                    near[0].speaker_span,
                    near[0].cue,
                )
                f.attribution = near[0].attribution
                f.flags.add("speaker-from-context")
        return out

    def extract(self) -> list[Row]:
        text = self.text
        pars = paragraphs(text)
        labels = [_turn_label(text[a:b]) for a, b in pars]
        transcript = sum(lab is not None for lab in labels) >= 2
        turn_speaker = None
        last_quote_speaker: tuple[Found, bool] | None = None  # (found, open at paragraph end)
        for (lo, hi), label in zip(pars, labels):
            par = text[lo:hi]
            if transcript and label:
                turn_speaker = None if label.upper() in QUESTION_LABELS else label
                if label.upper() in QUESTION_LABELS:
                    turn_speaker = "?"
                lo = lo + TURN_LABEL.match(par).end()
                par = text[lo:hi]
                # a journalist's question is nobody's statement, nor is what it reports (the
                # journalist's paraphrase, usually of words reported elsewhere)
                if turn_speaker != "?":
                    self._turn_paragraph(lo, hi, turn_speaker)
                continue
            if transcript and turn_speaker:
                if turn_speaker != "?":
                    self._turn_paragraph(lo, hi, turn_speaker)
                continue
            if _is_heading(par):
                continue
            d = DATELINE.match(par)
            if d:
                lo += d.end()
            if self.doc_speaker:
                self._own_voice_paragraph(lo, hi)
                continue
            found = self._report_paragraph(lo, hi)
            starts_with_quote = text[lo : lo + 1] in "\"“«„‘'"
            intros = [f for f, _ in found if f.kind == "intro"]
            found = [(f, sent) for f, sent in found if f.kind != "intro"]
            for f, sent in found:
                if (
                    not f.speaker
                    and last_quote_speaker
                    and (starts_with_quote or last_quote_speaker[1])
                ):
                    g = last_quote_speaker[0]
                    f.speaker, f.speaker_span, f.cue = g.speaker, g.speaker_span, g.cue
                    f.attribution = g.attribution
                    f.flags.add("speaker-from-context")
                self._add(f, lo, sent)
            directs = [f for f, _ in found if f.kind == "direct" and f.speaker]
            if intros:
                last_quote_speaker = (intros[-1], True)
            elif directs:
                open_end = any("unbalanced" in f.flags for f, _ in found)
                last_quote_speaker = (directs[-1], open_end)
            elif found:
                last_quote_speaker = None
        self._chain_multiparagraph_quotes()
        return self.rows

    def _chain_multiparagraph_quotes(self) -> None:
        """A quote running over paragraphs reopens its mark each time; only the last closes.

        Parts flagged unbalanced that continue in the next paragraph are not errors, and a
        part with no speaker takes the speaker named in another part of the same quote.
        """
        rows = self.rows
        for i, r in enumerate(rows[:-1]):
            nxt = rows[i + 1]
            if "unbalanced" in r.found.flags and nxt.found.kind == "direct":
                between = self.text[r.found.end : nxt.found.start]
                if "\n" in between and re.match(r"^\s*[\"“«„‘']", between.split("\n")[-1] or "“"):
                    r.found.flags.discard("unbalanced")
                    r.found.flags.add("continued-quote")
                    if not r.found.speaker and nxt.found.speaker:
                        r.found.speaker = nxt.found.speaker
                        r.found.cue = nxt.found.cue
                        r.actor, r.party = nxt.actor, nxt.party
                        r.found.flags.discard("speaker-unresolved")
                    elif not nxt.found.speaker and r.found.speaker:
                        nxt.found.speaker, nxt.found.cue = r.found.speaker, r.found.cue
                        nxt.actor, nxt.party = r.actor, r.party
                        nxt.found.flags.discard("speaker-unresolved")

    def _voice_sentences(self, lo: int, hi: int, speaker: str, kind: str) -> None:
        """Each sentence in a speaker's own voice, unless it reports someone else."""
        quotes, masked, sents = self._sentences(lo, hi)
        actor, party, *_ = self.memory.resolve(speaker)
        last_other = None  # the last other speaker this paragraph reports
        for s, e in sents:
            reported = []
            for f in analyse_sentence(self.text, masked, lo, s, e, quotes, nested=True):
                if not f.speaker or f.kind == "intro":
                    continue  # an intro ("X said:") carries no words of its own
                words = {w.lower() for w in re.findall(r"\w+", f.speaker)}
                if (
                    _bare_title(f.speaker)
                    and last_other
                    and same_office(f.speaker, last_other.phrase)
                ):
                    # "Minister Ostrel informed us that … The Minister stressed that …"
                    reported.append((f, last_other))
                    continue
                if (
                    _bare_title(f.speaker)
                    and (other := self.registry.find_actor(f.speaker)) not in (None, actor)
                    and self.registry.actor_party[other] != party
                ):
                    # "The Special Representative informed the Minister that …": a title the
                    # registry gives to another side's actor is that actor, not the issuer
                    reported.append((f, self.memory.speaker(f.speaker, f.attribution)))
                    continue
                if _bare_title(f.speaker.replace("-", " ")) and (
                    other := self._introduced_as(f.speaker, s, party)
                ):
                    # "… spoke with Tobias Rennard, Director-General of the MTO. … The
                    # Director-General expressed concern": the other side's titled guest
                    sp = Speaker(f.speaker, other, self.registry.actor_party[other], True)
                    reported.append((f, sp))
                    continue
                if (
                    _bare_title(f.speaker)
                    and (own := self._title_holder(f.speaker, s, party)) not in (None, actor)
                    and word_count(self.text[f.start : f.end]) > 3
                ):
                    # "Minister of Foreign Affairs Matthis Korvell received … The Minister
                    # underlined that …": the issuer's minister, named, says the clause (but
                    # a bare object, "The Minister welcomed the Agency's readiness", stays the
                    # issuer's sentence)
                    reported.append((f, Speaker(f.speaker, own, party, True)))
                    continue
                if words & SELF_WORDS or _bare_title(f.speaker) or JOINT_SUBJECT.match(f.speaker):
                    continue  # "we", "The Minister", "Both sides": the issuer's own voice
                sp = self.memory.speaker(f.speaker, f.attribution)
                if sp.party in (UNRESOLVED, party) and sp.actor in ("", actor, party):
                    continue
                reported.append((f, sp))
            if reported:
                if own := self._own_lead(masked, lo, s, [f for f, _ in reported]):
                    self._add(Found(*own, kind, "", speaker, None, ""), lo, (s, e), actor, party)
                for f, sp in reported:
                    self.memory.remember(sp)
                    self._add(f, lo, (s, e), sp.actor, sp.party)
                    last_other = sp
                continue
            a, b = s, e
            while b > a and self.text[b - 1].isspace():
                b -= 1
            if word_count(self.text[a:b]) < 3:
                continue
            if (nominal := self._nominal_report(a, b, party, actor)) is not None:
                f, sp = nominal
                self.memory.remember(sp)
                self._add(f, lo, (s, e), sp.actor, sp.party)
                continue
            if kind == "turn" and _is_briefing_formula(self.text[a:b]):
                continue
            if _carries_no_words(self.text[a:b]):
                # "Minister Okram briefed the Minister …. She stated that …": she is Okram
                self._track_subject(masked, lo, s, e)
                continue
            # "Minister Olvensen thanked … She reiterated that …": the issuer's sentence, but
            # "she" is the minister it is about
            self._track_subject(masked, lo, s, e, persons_only=True)
            f = Found(a, b, kind, "", speaker, None, "")
            self._add(f, lo, (s, e), actor, party)

    def _own_lead(
        self, masked: str, lo: int, s: int, reported: list[Found]
    ) -> tuple[int, int] | None:
        """The clause a speaker says in their own voice before reporting another one.

        "We are always open to talks, and Minister Holt has said that …": the first clause
        is the speaker's own; the one after ", and" is Holt's.
        """
        starts = [f.speaker_span[0] for f in reported if f.speaker_span]
        if len(starts) != len(reported) or min(starts) <= s:
            return None
        lead = masked[s - lo : min(starts) - lo]
        joint = re.search(r"(?:,\s*(?:and|but|while)|;)\s*$", lead)
        if not joint or CUE_RE.search(lead) or MASK in lead:
            return None
        a, b = _strip_span(self.text, s, s + joint.start())
        return (a, b) if word_count(self.text[a:b]) >= 4 else None

    def _title_holder(self, bare: str, pos: int, party: str | None = None) -> str | None:
        """The registered person who alone bears the title of ``bare`` in the text before
        ``pos`` ("Tobias Rennard, Director-General of …" for "The Director-General"), or with
        ``party`` the one of that party among them. None if no one does, or if anyone
        unregistered or anyone else is named with that title."""
        nouns = [w for w in re.split(r"[\s-]+", bare.strip())[1:] if w]
        if not nouns or any(w.lower() not in TITLE_WORDS for w in nouns):
            return None  # "the Council" is a body, not a person's title
        title = r"[\s-]+".join(re.escape(w) for w in nouns)
        name = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}"
        # the whole title next to a name: "Director-General Tobias Rennard" (but not "Prime
        # Minister Vostrom" for "the Minister"), "Minister of Foreign Affairs Corvin
        # Aldamar", or "Tobias Rennard, Director-General"
        named = re.compile(
            rf"\b(?i:{title})(?P<of>\s+of\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{0,2}}?)?"
            rf"\s+(?P<a>{name})"
            rf"|(?P<b>{name}),\s*(?:the\s+)?(?i:{title})\b(?!-)"
        )
        holders = set()
        for m in named.finditer(self.text, 0, pos):
            word = re.search(r"(\w+)[ \t]+$", self.text[max(0, m.start() - 30) : m.start()])
            if m.group("a") and word and word.group(1).lower() in OTHER_OFFICE:
                continue  # "Prime Minister Vostrom" is not "the Minister"
            actor = self.registry.find_actor(m.group("a") or m.group("b"))
            if m.group("of") and not actor:
                continue  # "Minister of Foreign Affairs today …": the title, and no name
            holders.add(actor if actor and Registry.is_person(actor) else None)
        if party is not None and None not in holders:
            # "Has Minister Ostrelic spoken to Foreign Minister Aldmoor? — The minister told
            # her …": in a side's own text, its own minister
            holders = {a for a in holders if self.registry.actor_party[a] == party}
        if len(holders) != 1 or None in holders:
            return None
        return next(iter(holders))

    def _introduced_as(self, bare: str, pos: int, party: str) -> str | None:
        """The other side's titled guest: :meth:`_title_holder` of ``bare``, if of another
        party than ``party`` and the issuer's side is someone named otherwise."""
        actor = self._title_holder(bare, pos)
        if actor is None or self.registry.actor_party[actor] == party:
            return None
        # with no one of its own named, a readout's "the Minister" is the issuer's minister,
        # whoever else is a minister
        own = self.registry.actor_mentions(self.text[:pos])
        party_of = self.registry.actor_party
        return actor if any(party_of[a] == party and a != actor for a in own) else None

    def _nominal_report(self, a: int, b: int, party: str, actor: str):
        """ "… has taken note of the statement by X that CONTENT": X's words, not the issuer's.

        Returns (Found, Speaker) when the sentence ``text[a:b]`` reports, as a noun, what
        another party said; None otherwise.
        """
        m = NOMINAL_REPORT.search(self.text, a, b)
        # "We reject the assertion of X that …" is the issuer's rejection; and only words in
        # quotation marks are surely X's, not the issuer's paraphrase
        if not m or REJECTING.search(self.text, a, m.start()):
            return None
        if not any(q in self.text[m.end() : b] for q in '"“”'):
            return None
        sp = self.memory.speaker(m.group("who"), m.group("noun"))
        if sp.party in (UNRESOLVED, party) or sp.actor == actor:
            return None
        cs, ce = _strip_span(self.text, m.end(), b)
        if word_count(self.text[cs:ce]) < 3:
            return None
        kind = "mixed"
        span = (m.start("who"), m.end("who"))
        return Found(cs, ce, kind, m.group("noun").lower(), m.group("who"), span, ""), sp

    def _own_voice_paragraph(self, lo: int, hi: int) -> None:
        self._voice_sentences(lo, hi, self.doc_speaker, "own-voice")

    def _turn_paragraph(self, lo: int, hi: int, label: str) -> None:
        name = _label_name(label)
        actor, party, *_ = self.memory.resolve(name)
        if party == UNRESOLVED:
            # an unregistered briefer speaks for the body that holds the briefing
            host = self.registry.find_party(
                " ".join([str(self.article.get("source") or ""), self.text[:200]])
            )
            if host:
                self.memory.names.setdefault(name, host)
                self.memory.names.setdefault(name.split()[-1], host)
        sp = self.memory.speaker(name)
        self.memory.remember(sp)
        self._voice_sentences(lo, hi, name, "turn")


# ---------------------------------------------------------------------------------------
# Corpus level
# ---------------------------------------------------------------------------------------
def _content_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]{4,}", text.lower())}


def mark_duplicates(table: pd.DataFrame) -> pd.DataFrame:
    """Mark an earlier statement that repeats a later one in the same article (a lede).

    The earlier row gets ``duplicate_of`` = the later row's statement_id when at least
    60% of its content words occur in the later one, so counts do not double it.
    """
    dup = pd.Series("", index=table.index, dtype=object)
    for _, group in table.groupby("article_id", sort=False):
        rows = list(group.itertuples())
        for i, a in enumerate(rows):
            wa = _content_words(a.text)
            if len(wa) < 4:
                continue
            for b in rows[i + 1 :]:
                if b.party != a.party or b.start < a.end:
                    continue
                if len(wa & _content_words(b.text)) / len(wa) >= 0.6:
                    dup[a.Index] = b.statement_id
                    break
    return table.assign(duplicate_of=dup)


def extract_article(article: dict, registry: Registry) -> pd.DataFrame:
    """The statements of one article as a table (see :func:`statements`)."""
    rows = ArticleExtractor(article, registry).extract()
    rows.sort(key=lambda r: (r.found.start, r.found.end))
    records = []
    for i, r in enumerate(rows, 1):
        f = r.found
        records.append(
            {
                "article_id": article["article_id"],
                "statement_id": f"{article['article_id']}:{i:03d}",
                "text": article["text"][f.start : f.end],
                "kind": f.kind,
                "cue": f.cue,
                "speaker": f.speaker,
                "actor": r.actor,
                "party": r.party,
                "start": f.start,
                "end": f.end,
                "date": r.date,
                "published": article.get("published", "") or "",
                "source": article.get("source", "") or "",
                "duplicate_of": "",
                "flags": "|".join(sorted(f.flags)),
            }
        )
    return pd.DataFrame(records, columns=COLUMNS)


def statements(
    corpus: pd.DataFrame | str | Path,
    parties: str | Path | None = None,
    actors: str | Path | None = None,
    registry: Registry | None = None,
) -> pd.DataFrame:
    """Every statement in ``corpus``: one row per statement, with provenance.

    ``corpus`` is a folder (read with :func:`analysis.load_corpus`) or its table.
    Columns: article_id, statement_id, text, kind, cue, speaker, actor, party, start, end,
    date, published, source, duplicate_of, flags. ``text == article[start:end]``.
    """
    if not isinstance(corpus, pd.DataFrame):
        corpus = load_corpus(corpus)
    registry = registry or Registry.load(parties, actors)
    frames = [extract_article(a, registry) for a in corpus.to_dict("records")]
    frames = [f for f in frames if len(f)]
    table = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=COLUMNS)
    table = mark_duplicates(table)
    table = table.astype({"start": int, "end": int}).assign(
        kind=lambda t: pd.Categorical(t["kind"], categories=KINDS)
    )
    table.attrs["files"] = list(corpus.attrs.get("files", []))
    return table
