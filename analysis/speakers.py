"""Who is speaking: speaker phrases → actor and party, with a per-document memory.

Resolution never guesses: a phrase that names no registered actor, no party
alias and no earlier speaker stays ``unresolved``.

>>> import pandas as pd
>>> from analysis.registry import Registry
>>> reg = Registry.from_frames(
...     pd.DataFrame({"party": ["Selvia"], "aliases": ["Selvian"]}),
...     pd.DataFrame(columns=["actor", "party", "aliases"]))
>>> mem = SpeakerMemory(reg)
>>> paz = mem.speaker("Selvian Interior Minister Ora Paz")
>>> paz.actor, paz.party
('Ora Paz', 'Selvia')
>>> mem.remember(paz)  # the extractor remembers each speaker it has attributed
>>> mem.resolve("She")[:2]
('Ora Paz', 'Selvia')
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .dates import MONTHS, WEEKDAYS
from .registry import ORG_WORDS, Registry, named_home

UNRESOLVED = "unresolved"

# Title words: the name of a person follows the last of them ("Energy Minister Tomas Ek").
TITLE_WORDS = {
    "minister",
    "president",
    "secretary",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "ambassador",
    "envoy",
    "chairman",
    "chairwoman",
    "chair",
    "director",
    "head",
    "representative",
    "commissioner",
    "chancellor",
    "premier",
    "governor",
    "mayor",
    "general",
    "adviser",
    "advisor",
    "aide",
    "official",
    "speaker",
    "senator",
    "leader",
    "chief",
    "counselor",
    "counsellor",
    "negotiator",
    "coordinator",
    "deputy",
    "lawmaker",
    "mp",
    "prosecutor",
    "judge",
    "commander",
    "officer",
    "mediator",
    "king",
    "queen",
    "prince",
    "emir",
    "sheikh",
    "mr",
    "mrs",
    "ms",
    "dr",
    "mr.",
    "mrs.",
    "ms.",
    "dr.",
    "prime",
    "vice",
    "foreign",
    "affairs",
    "state",
    "defence",
    "defense",
    "interior",
    "justice",
    "transport",
    "energy",
    "economy",
    "trade",
    "finance",
    "health",
    "senior",
    "top",
    "former",
    "acting",
    "special",
    "high",
    "first",
    "assistant",
    "undersecretary",
    "under-secretary",
    "secretary-general",
    "diplomat",
    "counterpart",
    "colonel",
    "captain",
    "major",
    "sir",
    "lord",
    "lady",
    "presidential",
    "ministerial",
    "press",
    "parliamentary",
    "national",
    "security",
    "council",
    "member",
    "members",
    "officials",
    "sources",
    "source",
    "spokesperson's",
    "department",
    "ministry",
    "office",
    "of",
    "for",
    "the",
    "and",
    "to",
    "a",
    "an",
    "on",
}
PRONOUNS_PERSON = {"he", "she", "him", "her"}
# the head of a role phrase says whether "he" or "they" can refer back to it
# people of a trade, who speak as a group but not for their state: "Carvenian fruit growers"
TRADE_GROUPS = {
    "makers",
    "carmakers",
    "manufacturers",
    "producers",
    "exporters",
    "importers",
    "growers",
    "farmers",
    "fishermen",
    "employers",
    "hauliers",
}
# a country's people who speak as a crowd, not for their state: "Business leaders in the
# Marrovian border city of Tarvik", "villagers near the crossing"
PEOPLE_GROUPS = {
    "residents",
    "villagers",
    "locals",
    "traders",
    "shopkeepers",
    "businesses",
    "firms",
    "workers",
    "protesters",
    "demonstrators",
    "parents",
    "families",
    "pilgrims",
    "mourners",
}
# "leaders" speak for the state unless a word says whose: "business leaders", "church leaders"
_LEADERS_OF = re.compile(
    r"\b(?:business|community|religious|church|union|opposition|civic|farm|industry|trade"
    r"|tribal)\s+(?:leaders|owners|figures)$",
    re.I,
)
# the people of a place: the phrase before the place ("Business leaders" in "Business leaders
# in the Marrovian border city of Tarvik")
_IN_PLACE = re.compile(r"^(?P<who>.+?)\s+(?:in|from|at|near|across|around)\s+\S", re.I)


def crowd(head: str) -> tuple[str, str] | None:
    """The trade or kind of people a speaker phrase names, and the words that name them, when
    they speak as a crowd of a country or a place and not for its state; None for anything
    else.

    >>> crowd("Business leaders in the Marrovian border city of Tarvik")
    ('leaders', 'Business leaders')
    >>> crowd("Carvenian fruit growers"), crowd("Marrovian leaders"), crowd("officials in Tarvik")
    (('growers', 'Carvenian fruit growers'), None, None)
    >>> crowd("the League of Naval Families")
    """
    m = _IN_PLACE.match(head)
    who = (m.group("who") if m else head).strip()
    tokens = _tokens(who)
    words = [w.lower().strip(".") for w in tokens]
    if not words:
        return None
    # a capital makes it a body's name: "the League of Naval Families"
    people = tokens[-1].islower() and (words[-1] in PEOPLE_GROUPS or _LEADERS_OF.search(who))
    return (words[-1], who) if words[-1] in TRADE_GROUPS or people else None


# a body of a country's people, not of its state: "a Varnesian rights group"
CIVIL_GROUPS = {
    "group",
    "groups",
    "movement",
    "coalition",
    "charity",
    "lobby",
    "campaigners",
    "activists",
}
# a description's words that rank a body rather than say what it is: "Vestrava's biggest
# consumer group" is the consumers' body
RANKING = {
    "biggest",
    "largest",
    "main",
    "leading",
    "best-known",
    "best",
    "known",
    "most",
    "prominent",
    "oldest",
    "foremost",
    "principal",
    "top",
    "major",
    "influential",
    "powerful",
}
# nouns a report uses for the same kind of body, one for another: "an environmental group" is
# "Clear Sky Drevania, an environmental organisation"
GENERIC_BODIES = CIVIL_GROUPS | {"organisation", "organization", "body", "campaign", "network"}
# the nouns that name a body of people in a body's own name
BODY_NOUNS = {
    "association",
    "league",
    "federation",
    "society",
    "alliance",
    "trust",
    "foundation",
    "chamber",
    "confederation",
    "institute",
    "watch",
}
# "Clear Sky Karsovia, an environmental group founded in 2041, …": a registered body and the
# description the report gives it
_DESCRIBED = re.compile(
    r"\s*(?:\([^()]{1,20}\))?,\s+(?P<d>(?:an?|the|[A-Z][\w'’-]*['’]s?)\s+[^,.;:()\"“”]{2,80}?)"
    r"(?=\s*[,.;:]|\s+(?:which|that|who|whose|founded|based|set up|said|says|and)\b)"
)


PERSON_ROLES = {
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "aide",
    "adviser",
    "advisor",
    "minister",
    "official",
    "envoy",
    "ambassador",
    "diplomat",
    "secretary-general",
    "chief",
    "president",
    "premier",
    "chancellor",
    "commissioner",
    "director",
    "head",
    "representative",
    "delegate",
}
GROUP_ROLES = {
    "diplomats",
    "officials",
    "sources",
    "representatives",
    "delegates",
    "ministers",
    "authorities",
    "ministry",
    "office",
    "government",
    "service",
    "embassy",
    "council",
}


# words that may stand before a rank and a name in an apposition ("retired colonel Ana Ruiz")
NAME_PREFIXES = {"retired", "former", "veteran", "acting", "interim", "outgoing"}


def _without_rank(apposition: str) -> str:
    """An apposition without the lowercase rank before its name.

    >>> _without_rank("retired colonel Dorian Vask")
    'Dorian Vask'
    """
    words = apposition.split()
    while words and words[0].islower() and words[0] in NAME_LEAD:
        words = words[1:]
    return " ".join(words)


def _person_phrase(words: list[str]) -> bool | None:
    """True for "a spokesman for the border service", False for "diplomats in Aster", else None.

    >>> _person_phrase(["a", "spokesman", "for", "the", "border", "service"])
    True
    >>> _person_phrase(["diplomats", "in", "aster"]) is False
    True
    """
    head = []
    for w in words:
        if w in ("for", "of", "in", "at", "to", "from", "with", "on"):
            break
        head.append(w.removesuffix("'s").removesuffix("’s"))
    if head and head[-1] in GROUP_ROLES:
        return False
    if head and head[-1] in PERSON_ROLES:
        return True
    return None


PRONOUNS_GROUP = {"they", "it"}
PRONOUNS_SELF = {"we", "i", "our", "us"}
STATEMENT_NOUNS = {
    "statement",
    "readout",
    "communique",
    "communiqué",
    "document",
    "text",
    "letter",
    "message",
    "release",
    "declaration",
    "note",
    "post",
    "report",
    "resolution",
    "comment",
    "comments",
    "remarks",
}
CONNECTORS = {"of", "the", "de", "del", "la", "al", "von", "van", "bin", "and", "da", "di"}
NAME_TOKEN = re.compile(r"^[A-Z][\w'’\-]*\.?$")
DAY_WORDS = set(MONTHS) | set(WEEKDAYS)
# the people around a person, who speak for the person's side but are not the person
ENTOURAGE = re.compile(
    r"\b(?:aides?|advis[eo]rs?|associates?|allies|ally|spokes(?:man|woman|person|people)"
    r"|staffers?|chief of staff|confidants?)"
    r"\s+(?:close\s+)?(?:to|of|for|around)\s+",
    re.I,
)
# "a diplomat from a Union member state", "one envoy from a coastal state on the Union's
# council": the speaker's own state goes unnamed; the body named is only where it sits
UNNAMED_STATE = re.compile(
    r"\bfrom (?:a|an|one|another) (?:[\w'’-]+ ){0,5}?(?:member )?"
    r"(?:states?|countr(?:y|ies)|nations?)"
    r"(?: (?:(?:posted|based|stationed) )?(?:on|in|of|at|within) .*)?$",
    re.I,
)
# "a diplomat in Haskel", "a Western diplomat based in Ostrel": where a diplomat is posted
# says whom they are posted to, not whom they speak for
POSTED_DIPLOMAT = re.compile(
    r"^(?:an?|one|two|several|some|other|three)\s+(?:[\w-]+\s+){0,2}?diplomats?\s+"
    r"(?:(?:posted|based|stationed|accredited)\s+)?(?:in|at|to)\s",
    re.I,
)


def _tokens(phrase: str) -> list[str]:
    return re.findall(r"[\w'’.\-]+", phrase)


def person_name(head: str, registry: Registry) -> str | None:
    """The person's name in a speaker phrase: the capitalised words after the last title.

    >>> from analysis.registry import Registry
    >>> import pandas as pd
    >>> reg = Registry.from_frames(pd.DataFrame({"party": ["Norvik"], "aliases": [""]}),
    ...                            pd.DataFrame(columns=["actor", "party", "aliases"]))
    >>> person_name("Norvik Energy Minister Tomas Ek", reg)
    'Tomas Ek'
    >>> person_name("the Ombudsman of 4 April", reg) is None
    True
    """
    words = _tokens(head)
    name: list[str] = []
    for w in reversed(words):
        bare = w.rstrip(".").strip("'’")
        low = bare.lower()
        if w.endswith(("'s", "’s")):
            break
        if low in TITLE_WORDS or low in ORG_WORDS or bare in registry.party_alias:
            break
        if not NAME_TOKEN.match(w):
            break
        name.insert(0, w.rstrip(",") if not re.fullmatch(r"[A-Z]\.", w) else w)
    while name and name[-1].endswith(".") and not re.fullmatch(r"[A-Z]\.", name[-1]):
        name[-1] = name[-1].rstrip(".")
    if not name or len(name) > 4:
        return None
    before = words[len(words) - len(name) - 1] if len(words) > len(name) else ""
    if len(name) == 1 and name[0].lower() in DAY_WORDS and before[:1].isdigit():
        return None  # "the Ombudsman's statement of 4 April": a date, not a person
    return " ".join(name)


# Ranks that make another office: "the Minister" is not "Deputy Minister Kurlan".
RANK_WORDS = {"deputy", "vice", "assistant", "under", "junior"}
# the lowercase words that may lead a name in an apposition: "retired colonel Ana Ruiz"
NAME_LEAD = TITLE_WORDS | RANK_WORDS | NAME_PREFIXES
# offices that "the president" can name without a name: one holder in a registry
OFFICE_WORDS = {
    "president",
    "minister",
    "premier",
    "chancellor",
    "governor",
    "mayor",
    "secretary-general",
    "director-general",
}


ORGAN_WORDS = {
    "ministry",
    "ministries",
    "office",
    "presidency",
    "government",
    "embassy",
    "mission",
    "chancellery",
    "department",
}


def publishing_party(source: str, reg: Registry) -> str:
    """The party whose organ published a document, from its ``source``; else "".

    A registered organisation named by the whole source, or an organ of government ("Ministry
    of Foreign Affairs of X") of the one party the source names. A newspaper named after a
    place ("The Petramar Ledger") is nobody's house.

    >>> import pandas as pd
    >>> reg = Registry.from_frames(
    ...     pd.DataFrame({"party": ["Norvik", "Valdoria"], "aliases": ["Norvikian|Osk", ""]}),
    ...     pd.DataFrame({"actor": ["Valdorian Trade Office"], "party": ["Valdoria"],
    ...                   "aliases": [""]}))
    >>> publishing_party("Ministry of Foreign Affairs of Norvik", reg)
    'Norvik'
    >>> publishing_party("Valdorian Trade Office", reg)
    'Valdoria'
    >>> publishing_party("The Osk Ledger", reg)
    ''
    """
    source = source.strip()
    if not source:
        return ""
    named = {n.lower(): a for n, a in reg.actor_alias.items() if not Registry.is_person(a)}
    if source.lower() in named:
        return reg.actor_party[named[source.lower()]]
    if source in reg.party_alias.values():
        return source  # an organisation that is a party ("Meridian Council")
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", source)}
    parties = {p for _s, _e, p in reg.party_mentions(source)}
    if words & ORGAN_WORDS and len(parties) == 1:
        return parties.pop()
    return ""


def _bare_office(phrase: str) -> bool:
    """ "the president", "the prime minister": an office alone, no name, body or country."""
    words = phrase.lower().split()
    return (
        len(words) >= 2
        and words[0] == "the"
        and words[-1] in OFFICE_WORDS
        and all(w in TITLE_WORDS | OFFICE_WORDS for w in words[1:])
    )


def _titled_name(office: str, phrase: str) -> bool:
    """Whether ``phrase`` puts the office's title before a name ("President Ivo Marsk"), not
    after it as a post in something ("Vesna Toric, president of the association")."""
    title = " ".join(office.split()[1:])
    return bool(re.search(rf"\b(?i:{re.escape(title)})\s+[A-Z]", phrase)) and not re.search(
        rf"\b{re.escape(title)}\s+of\b", phrase, re.I
    )


def registered_office(bare: str, reg: Registry, party: str | None = None) -> str | None:
    """The only registered person (of ``party``, if given) with an alias that holds the office
    ``bare`` names.

    >>> import pandas as pd
    >>> reg = Registry.from_frames(
    ...     pd.DataFrame({"party": ["Norvik", "Valdoria"], "aliases": ["", ""]}),
    ...     pd.DataFrame({"actor": ["Ivo Marsk", "Ana Ruske", "Per Holm"],
    ...                   "party": ["Norvik", "Valdoria", "Norvik"],
    ...                   "aliases": ["President Marsk", "Foreign Minister Ruske",
    ...                               "the president's chief of staff"]}))
    >>> registered_office("the president", reg)
    'Ivo Marsk'
    >>> registered_office("the minister", reg)
    'Ana Ruske'
    >>> registered_office("the prime minister", reg) is None
    True
    >>> registered_office("the minister", reg, party="Norvik") is None
    True
    """
    if not any(w.lower() in OFFICE_WORDS for w in bare.split()):
        return None
    # a title before a name ("President Marsk"), not a description ("the president's chief
    # of staff")
    holders = {
        actor
        for name, actor in reg.actor_alias.items()
        if Registry.is_person(actor)
        and name.split()[0].lower() not in ("the", "a", "an")
        and same_office(bare, name)
        and party in (None, reg.actor_party[actor])
    }
    return holders.pop() if len(holders) == 1 else None


def _head_party(head: str, reg: Registry) -> str | None:
    """The party a speaker phrase names: the first alias in it, unless another alias ends the
    phrase as its head noun ("Halvenia's biggest steelworkers' union" is the union, a
    registered party of its own; "Pellaria's envoy to Norvik" stays Pellaria's).
    """
    found = reg.party_mentions(head)
    if len(found) > 1:
        start, end, party = found[-1]
        related = re.search(r"\b(?:to|in|at|for|of|from|with|on|and)\s+(?:the\s+)?$", head[:start])
        if end == len(head.rstrip()) and not related:
            return party
    return found[0][2] if found else None


def _names_end(head: str, reg: Registry) -> bool:
    """Whether a registered alias ends the phrase ("the country's car makers")."""
    end = len(head.rstrip())
    return any(e == end for _, e, _ in reg.party_mentions(head))


def _singular(word: str) -> str:
    word = word.lower().rstrip("'’")
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def registered_body(words: list[str], reg: Registry) -> tuple[str, str] | None:
    """(actor, party) of the only registered body whose name has all ``words``, if one.

    >>> import pandas as pd
    >>> reg = Registry.from_frames(
    ...     pd.DataFrame({"party": ["Corvenia", "Dalmirra"], "aliases": ["", ""]}),
    ...     pd.DataFrame({"actor": ["National Bank of Corvenia", "Dalmirran Carriers' Association"],
    ...                   "party": ["Corvenia", "Dalmirra"], "aliases": ["", ""]}))
    >>> registered_body(["bank"], reg)
    ('National Bank of Corvenia', 'Corvenia')
    >>> registered_body(["central", "bank"], reg) is None
    True
    """
    wanted = {_singular(w) for w in words}

    def has_words(name: str) -> bool:
        # "Growers'" in a name is the word "growers", and "consumer" is in "Consumers' League"
        return wanted <= {_singular(w) for w in _tokens(name)}

    actors = {
        actor
        for name, actor in reg.actor_alias.items()
        if has_words(name) and not Registry.is_person(actor)
    }
    parties = {party for name, party in reg.party_alias.items() if has_words(name)}
    if len(actors) == 1 and not parties - {reg.actor_party[next(iter(actors))]}:
        actor = next(iter(actors))
        return actor, reg.actor_party[actor]
    if not actors and len(parties) == 1:
        party = next(iter(parties))
        return party, party
    return None


def same_office(bare: str, phrase: str) -> bool:
    """Whether a bare title ("the Minister") can refer back to a speaker written ``phrase``.

    >>> same_office("The Minister", "Foreign Minister Aro")
    True
    >>> same_office("The Minister", "Deputy Minister Kurlan")
    False
    >>> same_office("the Deputy Minister", "Deputy Foreign Minister Kurlan")
    True
    """
    nouns = {w.lower() for w in re.split(r"[\s-]+", bare)[1:]} - {"the", "of", "s", ""}
    words = {w.lower() for w in re.findall(r"[^\W_]+", phrase)}
    return nouns <= words and not (words & RANK_WORDS) - nouns


@dataclass
class Speaker:
    phrase: str
    actor: str
    party: str
    person: bool
    statement_source: bool = False


@dataclass
class SpeakerMemory:
    """What a document has said so far about who is who.

    ``names`` maps person names (and surnames) to parties, learnt from mentions such as
    "her Valdorian counterpart Piet Aro"; ``history`` holds resolved speakers in order.
    """

    registry: Registry
    document_speaker: str = ""
    # the party whose organ published the document ("Ministry of Foreign Affairs of X"): in
    # its readouts "the Minister" is its own minister
    house: str = ""
    names: dict[str, str] = field(default_factory=dict)
    full_names: dict[str, str] = field(default_factory=dict)  # surname -> full name
    history: list[Speaker] = field(default_factory=list)
    # (actor, party, words, parties named) of each body the document describes in apposition
    descriptions: list[tuple[str, str, frozenset, frozenset]] = field(default_factory=list)

    # -- learning ----------------------------------------------------------------------
    def learn_names(self, text: str) -> None:
        """Remember "<party alias> <titles> <Name>" mentions anywhere in the document."""
        reg = self.registry
        for _s, e, party in reg.party_mentions(text):
            tail = text[e : e + 80]
            tail = re.sub(r"^(?:'s|’s)", "", tail)
            m = re.match(r"((?:\s+[A-Za-z][\w\-]*){1,7})", tail)
            if not m:
                continue
            name = person_name(m.group(1).split(",")[0], reg)
            if name and len(name.split()) >= 2 and not reg.find_actor(name):
                full = re.match(r"^(.*?\b" + re.escape(name) + r")", m.group(1))
                if full and re.search(r"[.,;:]", full.group(1)):
                    continue
                self._learn(name, party)

    def learn_descriptions(self, text: str) -> None:
        """Remember how the document describes registered bodies: "Clear Sky Karsovia, an
        environmental group founded in Velgrad, …", "The Clean Air League, Lauvenia's largest
        environmental group, …"."""
        reg = self.registry
        bodies = [(s, e, party, party) for s, e, party in reg.party_mentions(text)]
        bodies += [
            (s, e, actor, reg.actor_party[actor])
            for s, e, actor in reg.actor_spans(text)
            if not Registry.is_person(actor)
        ]
        for _s, e, actor, party in bodies:
            m = _DESCRIBED.match(text, e)
            if not m:
                continue
            words = [w.lower().rstrip("'’") for w in _tokens(m.group("d"))]
            if not GENERIC_BODIES & set(words):
                continue
            named = frozenset(p for _, _, p in reg.party_mentions(m.group("d")))
            self.descriptions.append((actor, party, frozenset(words), named))

    def _described_body(self, words: list[str], party: str | None) -> tuple[str, str] | None:
        """(actor, party) of the one body the document describes with all ``words`` and a
        noun for the same kind of body as the phrase's last word, of ``party`` if given (by
        the body's name, its registry or the description)."""
        reg = self.registry
        noun = words[-1]
        # what the phrase says the body is: not its article, country or rank ("a Karsovian
        # environmental group", "Vestrava's biggest farmers' lobby")
        wanted = {
            w.rstrip("'’")
            for w in words[:-1]
            if w not in ("a", "an", "the", "one", *RANKING) and not re.search(r"['’]s$", w)
        } - {alias.lower() for alias in reg.party_alias}
        if not wanted:
            return None
        found = {
            (actor, body)
            for actor, body, described, named in self.descriptions
            if (noun in described or (noun in GENERIC_BODIES and GENERIC_BODIES & described))
            and wanted <= described
            and (party is None or party in named or party in (body, named_home(body, reg)))
        }
        return found.pop() if len(found) == 1 else None

    def _is_body(self, party: str) -> bool:
        """Whether a party is a body, not a state: named after a country or as a body
        ("Clear Lakes Torvenia", "Association of Meridian Oil Producers"), or described as
        one in the document."""
        words = {w.lower() for w in _tokens(party)}
        return bool(
            named_home(party, self.registry)
            or words & (ORG_WORDS | GENERIC_BODIES | BODY_NOUNS)
            or any(body == party for _, body, _, _ in self.descriptions)
        )

    def _learn(self, name: str, party: str) -> None:
        """Remember a person's party under the full name and the surname."""
        self.names.setdefault(name, party)
        if len(name.split()) >= 2:
            self.names.setdefault(name.split()[-1], party)
            self.full_names.setdefault(name.split()[-1], name)

    def remember(self, speaker: Speaker) -> None:
        if speaker.party != UNRESOLVED:
            self.history.append(speaker)

    # -- resolution --------------------------------------------------------------------
    def _last(self, predicate) -> Speaker | None:
        for sp in reversed(self.history):
            if predicate(sp):
                return sp
        return None

    def _copy(self, phrase: str, sp: Speaker | None, source: bool = False):
        if sp is None:
            return "", UNRESOLVED, False, source
        return sp.actor, sp.party, sp.person, source or sp.statement_source

    def resolve(self, phrase: str, attribution: str = "") -> tuple[str, str, bool, bool]:
        """(actor, party, is_person, is_statement_source) for a speaker phrase as written.

        Whether the speaker is a person (whom "he" or "she" can refer back to) is read off
        the phrase's head where it tells ("a spokesman for …", "diplomats in …").
        """
        actor, party, person, source = self._resolve(phrase, attribution)
        if actor and person and ENTOURAGE.search(phrase.partition(",")[0]):
            actor = ""  # "an aide to President Osk": Osk's side, but not Osk's words
        hint = _person_phrase([w.lower().strip(".") for w in _tokens(phrase.partition(",")[0])])
        return actor, party, person if hint is None else hint, source

    def _resolve(self, phrase: str, attribution: str = "") -> tuple[str, str, bool, bool]:
        reg = self.registry
        phrase = phrase.strip(" ,.")
        head, _, apposition = phrase.partition(",")
        head = head.strip()
        words = [w.lower().strip(".") for w in _tokens(head)]
        source = "statement" in attribution.lower() or any(w in STATEMENT_NOUNS for w in words)
        if not words:
            return "", UNRESOLVED, False, False
        first = words[0]
        # Pronouns.
        if len(words) == 1 and first in PRONOUNS_PERSON:
            return self._copy(phrase, self._last(lambda s: s.person))
        if len(words) == 1 and first in PRONOUNS_GROUP:
            return self._copy(
                phrase, self._last(lambda s: not s.person) or self._last(lambda s: True)
            )
        if first in PRONOUNS_SELF and len(words) <= 2 and self.document_speaker:
            return self.resolve(self.document_speaker)
        # "the statement", "the statement from X".
        if any(w in STATEMENT_NOUNS for w in words[:3]):
            rest = re.split(r"\b(?:from|of|by|issued by)\b", head, maxsplit=1)
            if len(rest) == 2 and (reg.find_actor(rest[1]) or reg.find_party(rest[1])):
                actor, party, person, _ = self.resolve(rest[1])
                return actor, party, person, True
            if words[0] in ("the", "this", "that", "a", "an") or len(words) == 1:
                sp = self._last(lambda s: s.statement_source)
                if sp is None and self.document_speaker:
                    return (*self.resolve(self.document_speaker)[:3], True)
                return self._copy(phrase, sp, True)
        if UNNAMED_STATE.search(head):
            return "", UNRESOLVED, True, source
        posted = POSTED_DIPLOMAT.match(head)
        if posted and not any(s < posted.end() for s, _, _ in reg.party_mentions(head)):
            return "", UNRESOLVED, True, source
        # A registered actor named in the head.
        actor = reg.find_actor(head)
        if actor:
            return actor, reg.actor_party[actor], Registry.is_person(actor), source
        name = person_name(head, reg)
        party = _head_party(head, reg)
        trade, who = crowd(head) or ("", "")
        if trade and not _names_end(who, reg):
            # "Carvenian fruit growers": the registered body of that trade, if only one, else
            # nobody's (the demonym names their country, not who they speak for); "business
            # leaders in the border city of Tarvik" are nobody's (not a person named Tarvik)
            body = registered_body([trade], reg) if trade in TRADE_GROUPS else None
            return (*body, False, source) if body else ("", UNRESOLVED, False, source)
        if (
            party
            and words[-1] in CIVIL_GROUPS
            and not name
            and not _names_end(head, reg)
            and not reg.org_actor(party, head)
        ):
            # "a Varnesian rights group", "a Karsovian environmental group": a body of the
            # country, not the country; the one registered body with all its other words, else
            # nobody's
            named = {w.lower() for s, e, _ in reg.party_mentions(head) for w in _tokens(head[s:e])}
            # the generic head is left out: "a Velmoran civil liberties group" is the
            # "Velmoran League for Civil Liberties"
            described = [
                w
                for w in words
                if w not in ("a", "an", "the", "one", *named, *CIVIL_GROUPS, *RANKING)
                and "'" not in w
            ]
            body = registered_body(described, reg) if described else None
            # else the one the report itself describes so ("Clear Sky Karsovia, an
            # environmental group founded in 2041")
            body = body or self._described_body(words, party)
            return (*body, False, source) if body else ("", UNRESOLVED, False, source)
        if not party and first in ("a", "an") and words[-1] in GENERIC_BODIES and len(words) <= 5:
            # "an environmental group" of no country: the one the report describes so
            body = self._described_body(words, None)
            if body is not None:
                return (*body, False, source)
        if name and party and name.lower() in party.lower():
            name = None  # "Drovers' Relief International": the body's own name, not a person's
        if name and len(name.split()) == 1 and name in self.full_names:
            name = self.full_names[name]  # "Berg" after "Trade Minister Jonas Berg"
        if name and (len(name.split()) >= 2 or name in self.names or party):
            party = party or self.names.get(name) or self.names.get(name.split()[-1])
            if not party and apposition:
                party = reg.find_party(apposition)
            if party:
                self._learn(name, party)
            elif len(name.split()) >= 2:
                self.full_names.setdefault(name.split()[-1], name)
            return name, party or UNRESOLVED, True, source
        # "Tarsund's foreign minister, Joren Vask": the name stands in apposition.
        app = _without_rank(apposition.strip())
        if app and len(app.split()) <= 4 and app[:1].isupper():
            app_actor = reg.find_actor(app)
            if app_actor:
                return app_actor, reg.actor_party[app_actor], True, source
            app_name = person_name(app, reg)
            if app_name and len(app_name.split()) >= 2:
                party = party or self.names.get(app_name)
                if not party and first in ("its", "their", "his", "her"):
                    sp = self._last(lambda s: True)
                    party = sp.party if sp else None
                return app_name, party or UNRESOLVED, True, source
        # "its foreign ministry", "his office": the party of the last speaker.
        if first in ("its", "their", "his", "her") and not party:
            sp = self._last(lambda s: True)
            if sp is None:
                return "", UNRESOLVED, False, source
            party = sp.party
            actor = reg.org_actor(party, head) or party
            return actor, party, False, source
        if party:
            actor = reg.org_actor(party, head) or party
            return actor, party, False, source
        if apposition and reg.find_party(apposition):
            party = reg.find_party(apposition)
            return reg.org_actor(party, apposition) or party, party, False, source
        # "a spokesperson for the ministry": someone of whichever body "the ministry" is;
        # "a senior aide to the president": of the president's side (an ambassador *to* a
        # body is not of it)
        role = re.match(r"(?:an?|the)\s+(?:\w+\s+)?(\w+)\s+(for|of|at|to)\s+(the\s.+)", head, re.I)
        if (
            role
            and role.group(1).lower() in PERSON_ROLES
            and (role.group(2).lower() != "to" or ENTOURAGE.search(head))
        ):
            if ENTOURAGE.search(head) and _bare_office(role.group(3)):
                # "a senior aide to the president": a head of state or government, not the
                # last speaker who heads something ("Toric, president of the hauliers'
                # association"); the one so titled before a name, else nobody known
                return (*self._office_holder(role.group(3)), True, source)
            actor, party, _, _ = self._resolve(role.group(3))
            if party != UNRESOLVED:
                return actor, party, True, source
        # "the association's president": a person of the body last named so
        if first == "the" and len(words) >= 3 and re.fullmatch(r"[a-z]+['’]s", words[1]):
            noun = words[1][:-2]
            generic = noun in ("organisation", "organization", "body", "group", "charity")
            sp = self._last(
                lambda s: (
                    noun in {w.lower() for w in _tokens(s.phrase)} or (generic and not s.person)
                )
            )
            if sp is not None and not sp.person:
                return sp.actor, sp.party, True, source
        # "The association says …, and a spokesperson said …": a bare spokesperson speaks for
        # the body that spoke last, when no person spoke after it
        if words in (["a", "spokesperson"], ["a", "spokesman"], ["a", "spokeswoman"]):
            sp = self._last(lambda s: True)
            if sp is not None and not sp.person:
                return sp.actor, sp.party, True, source
        # "an agency spokesperson", "a commission official": someone of the body last named so
        if (
            len(words) == 3
            and first in ("a", "an", "the")
            and words[1] in ORG_WORDS
            and words[2] in PERSON_ROLES
        ):
            sp = self._last(
                lambda s: not s.person and words[1] in {w.lower() for w in _tokens(s.phrase)}
            )
            if sp is not None:
                return sp.actor, sp.party, True, source
            # none named so yet: the one registered body named so ("a consortium
            # spokesperson" of the only registered consortium)
            body = registered_body(words[1:2], reg)
            if body is not None:
                return body[0], body[1], True, source
        # "the association", "the central bank": the one registered body named so, all its
        # words first ("the central bank"), then its head noun alone ("bank")
        if first in ("the", "this") and 2 <= len(words) <= 3 and words[-1] in ORG_WORDS:
            body = registered_body(words[1:], reg) or registered_body(words[-1:], reg)
            if body is not None:
                return body[0], body[1], False, source
        # "an international association of diplomats": a body introduced by description,
        # resolved only when each of its (two or more) words stands in the name of the one
        # registered body so named
        described = [w for w in words if w not in CONNECTORS and w not in ("a", "an")]
        if (
            first in ("a", "an", *ORG_WORDS)
            and 2 <= len(described) <= 5
            and ORG_WORDS & set(described)
        ):
            body = registered_body(described, reg)
            if body is not None:
                return body[0], body[1], False, source
        # "the minister", "the ministry": the last speaker described so.
        if first in ("the", "this") and len(words) >= 2:
            sp = self._last(lambda s: same_office(head, s.phrase))
            if sp is not None:
                return self._copy(phrase, sp, source)
            # "Lena Wessendorf, director of Clear Lakes Torvenia, told … The group said": a
            # generic noun for a body is the body of the speaker just before, if it is one
            last = self.history[-1] if self.history else None
            if (
                len(words) == 2
                and words[1] in GENERIC_BODIES
                and last
                and self._is_body(last.party)
            ):
                return last.party if last.person else last.actor, last.party, False, source
            # "the president", when no speaker held the office yet: the one registered person
            # who holds it ("President Marsk")
            # in a ministry's own readout, "the Minister" is the house's minister, even when
            # the guest's side has a registered minister too
            holder = registered_office(head, reg, party=self.house) if self.house else None
            holder = holder or registered_office(head, reg)
            if holder is not None:
                return holder, reg.actor_party[holder], True, source
            if self.house and any(w in OFFICE_WORDS for w in words):
                return "", self.house, True, source
        return "", UNRESOLVED, False, source

    def _office_holder(self, office: str) -> tuple[str, str]:
        """(actor, party) of whoever holds ``office`` ("the president") by a title before a
        name: in the registry, else among the speakers so far; ("", unresolved) if nobody."""
        holder = registered_office(office, self.registry)
        if holder is not None:
            return holder, self.registry.actor_party[holder]
        sp = self._last(lambda s: s.person and _titled_name(office, s.phrase))
        return (sp.actor, sp.party) if sp is not None else ("", UNRESOLVED)

    def speaker(self, phrase: str, attribution: str = "") -> Speaker:
        actor, party, person, source = self.resolve(phrase, attribution)
        return Speaker(phrase, actor, party, person, source)
