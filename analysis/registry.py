"""Registries of parties and actors, and name lookup in speaker phrases.

A party is a country or organisation that takes positions; its aliases are
demonyms, possessives, capitals and other metonyms ("Valdorian", "Torre").
An actor is a person or organisation that speaks for a party.

>>> reg = Registry.from_frames(
...     pd.DataFrame({"party": ["Norvik"], "aliases": ["Norvikian|Norhaven"]}),
...     pd.DataFrame({"actor": ["Sofia Lind"], "party": ["Norvik"], "aliases": ["Lind"]}),
... )
>>> reg.find_party("officials in Norhaven")
'Norvik'
>>> reg.find_actor("Prime Minister Lind")
'Sofia Lind'
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pandas as pd

DATA = Path(__file__).resolve().parent.parent / "data"
DEFAULT_PARTIES = DATA / "parties.csv"
DEFAULT_ACTORS = DATA / "actors.csv"

# Words that make a registry name an organisation rather than a person.
ORG_WORDS = {
    "ministry",
    "office",
    "department",
    "council",
    "commission",
    "committee",
    "union",
    "organisation",
    "organization",
    "agency",
    "service",
    "government",
    "administration",
    "parliament",
    "assembly",
    "court",
    "secretariat",
    "embassy",
    "mission",
    "bureau",
    "presidency",
    "cabinet",
    "authorities",
    "authority",
    "press",
    "forces",
    "army",
    "delegation",
    "state",
    "states",
    "nations",
    "republic",
    "kingdom",
    "federation",
    "association",
    "relief",
    "observatory",
    "community",
    "institute",
    "foundation",
    "fund",
    "alliance",
    "league",
    "society",
    "forum",
    "centre",
    "center",
    "board",
    "chamber",
    "network",
    "front",
    "watch",
    "guard",
    "guards",
    "coastguard",
    "police",
    "navy",
    "party",
    "confederation",
    "company",
    "corporation",
    "bank",
    "group",
    "operator",
    "consortium",
    "cooperative",
}


class RegistryError(ValueError):
    """A registry or metadata file is malformed; the message names the file and line."""


def read_csv_checked(path: str | Path, required: list[str]) -> list[tuple[int, dict]]:
    """Read a small CSV, returning (line number, row) pairs; raise RegistryError if malformed.

    >>> import tempfile, os
    >>> p = os.path.join(tempfile.mkdtemp(), "p.csv")
    >>> _ = open(p, "w").write("party,aliases\\nNorvik,Norvikian\\n")
    >>> read_csv_checked(p, ["party", "aliases"])[0]
    (2, {'party': 'Norvik', 'aliases': 'Norvikian'})
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as err:
        raise RegistryError(f"{path}: cannot read ({err})") from err
    reader = csv.reader(text.splitlines())
    try:
        header = [h.strip() for h in next(reader)]
    except StopIteration:
        raise RegistryError(f"{path}:1: empty file, expected columns {required}") from None
    missing = [c for c in required if c not in header]
    if missing:
        raise RegistryError(f"{path}:1: missing column(s) {missing}; header is {header}")
    rows = []
    for cells in reader:
        line = reader.line_num
        if not any(c.strip() for c in cells):
            continue
        if len(cells) != len(header):
            raise RegistryError(
                f"{path}:{line}: expected {len(header)} fields ({','.join(header)}), "
                f"found {len(cells)}"
            )
        rows.append((line, {h: c.strip() for h, c in zip(header, cells)}))
    return rows


def _split_aliases(value: str) -> list[str]:
    return [a.strip() for a in (value or "").split("|") if a.strip()]


def _pattern(names: list[str]) -> re.Pattern | None:
    """One regex matching any of the names as whole words, longest first."""
    names = sorted({n for n in names if n}, key=lambda n: (-len(n), n))
    if not names:
        return None
    alts = "|".join(re.escape(n) for n in names)
    return re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])")


def _with_sentence_case(names: list[str]) -> list[str]:
    """The names, plus a capitalised copy of those that start in lower case.

    An alias "the president's chief of staff" also matches at the start of a sentence.

    >>> _with_sentence_case(["Lind", "the border service"])
    ['Lind', 'the border service', 'The border service']
    """
    out = []
    for name in names:
        out.append(name)
        if name[:1].islower():
            out.append(name[0].upper() + name[1:])
    return out


@dataclass
class Registry:
    """Parties and actors with their aliases, and lookups by name.

    Build with :meth:`load` (CSV files) or :meth:`from_frames`.
    """

    parties: pd.DataFrame
    actors: pd.DataFrame
    party_alias: dict[str, str] = field(default_factory=dict)
    actor_alias: dict[str, str] = field(default_factory=dict)
    actor_party: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for row in self.parties.itertuples():
            for name in _with_sentence_case([row.party, *_split_aliases(row.aliases)]):
                self.party_alias.setdefault(name, row.party)
        for row in self.actors.itertuples():
            self.actor_party[row.actor] = row.party
            names = [row.actor, *_split_aliases(row.aliases)]
            if self.is_person(row.actor):
                # A person is often named by surname alone ("Lind said").
                names.append(row.actor.split()[-1])
            for name in _with_sentence_case(names):
                self.actor_alias.setdefault(name, row.actor)
        self._party_re = _pattern(list(self.party_alias))
        self._actor_re = _pattern(list(self.actor_alias))

    @classmethod
    def from_frames(cls, parties: pd.DataFrame, actors: pd.DataFrame) -> Registry:
        parties = parties.fillna("").astype(str)
        actors = actors.fillna("").astype(str)
        if "aliases" not in parties:
            parties = parties.assign(aliases="")
        if "aliases" not in actors:
            actors = actors.assign(aliases="")
        return cls(parties[["party", "aliases"]], actors[["actor", "party", "aliases"]])

    @classmethod
    def load(cls, parties: str | Path | None = None, actors: str | Path | None = None) -> Registry:
        """Read ``parties.csv`` and ``actors.csv``; errors name the file and line."""
        parties = Path(parties or DEFAULT_PARTIES)
        actors = Path(actors or DEFAULT_ACTORS)
        prow = read_csv_checked(parties, ["party", "aliases"])
        arow = read_csv_checked(actors, ["actor", "party", "aliases"])
        known = set()
        for line, row in prow:
            if not row["party"]:
                raise RegistryError(f"{parties}:{line}: empty party name")
            known.add(row["party"])
        for line, row in arow:
            if not row["actor"]:
                raise RegistryError(f"{actors}:{line}: empty actor name")
            # an actor of no party (a private person, an independent expert) is allowed:
            # their statements keep an empty party, as gold gives them
            if row["party"] and row["party"] not in known:
                raise RegistryError(
                    f"{actors}:{line}: party {row['party']!r} of actor {row['actor']!r} "
                    f"is not in {parties}"
                )
        return cls.from_frames(
            pd.DataFrame([r for _, r in prow], columns=["party", "aliases"]),
            pd.DataFrame([r for _, r in arow], columns=["actor", "party", "aliases"]),
        )

    @staticmethod
    def is_person(name: str) -> bool:
        """A name of 2–4 capitalised words with no organisation word in it."""
        words = name.split()
        return 2 <= len(words) <= 4 and not any(w.lower() in ORG_WORDS for w in words)

    def names(self) -> dict[str, list[str]]:
        """All party names/aliases and actor names/aliases (for masking)."""
        return {"PARTY": sorted(self.party_alias), "ACTOR": sorted(self.actor_alias)}

    def party_mentions(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, party) of every party alias in ``text``."""
        if self._party_re is None:
            return []
        return [
            (m.start(), m.end(), self.party_alias[m.group()]) for m in self._party_re.finditer(text)
        ]

    def find_party(self, text: str) -> str | None:
        """The party of the first party alias in ``text``, if any."""
        found = self.party_mentions(text)
        return found[0][2] if found else None

    def actor_mentions(self, text: str) -> list[str]:
        """The registered actor of every actor alias in ``text``, in order."""
        return [actor for _, _, actor in self.actor_spans(text)]

    def actor_spans(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, actor) of every actor alias in ``text``, in order."""
        if self._actor_re is None:
            return []
        return [
            (m.start(), m.end(), self.actor_alias[m.group()]) for m in self._actor_re.finditer(text)
        ]

    def name_spans(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, party) of every party alias and actor alias (as its actor's party)
        that starts at a word of ``text``, overlapping ones included.

        >>> reg = Registry.from_frames(
        ...     pd.DataFrame({"party": ["League for the Norvik Family", "Norvik"],
        ...                   "aliases": ["the League", ""]}),
        ...     pd.DataFrame({"actor": ["Sofia Lind"], "party": ["Norvik"], "aliases": [""]}))
        >>> [party for _, _, party in reg.name_spans("The League for the Norvik Family and Lind")]
        ['League for the Norvik Family', 'League for the Norvik Family', 'Norvik', 'Norvik']
        """
        found = []
        for w in re.finditer(r"(?<![\w'’-])\w", text):
            for pattern, party_of in (
                (self._party_re, self.party_alias.get),
                (self._actor_re, lambda name: self.actor_party.get(self.actor_alias[name])),
            ):
                m = pattern.match(text, w.start()) if pattern is not None else None
                if m and party_of(m.group()):
                    found.append((m.start(), m.end(), party_of(m.group())))
        return sorted(found)

    def find_actor(self, text: str) -> str | None:
        """The registered actor named in ``text``, if any: a person before an organisation
        ("Foreign Ministry spokesperson Roza Mellin" is Mellin), then the longest alias."""
        found = self.actor_mentions(text)
        key = {a: (Registry.is_person(a), len(a)) for a in found}
        return max(found, key=key.__getitem__) if found else None

    def actors_of(self, party: str) -> list[str]:
        return [a for a, p in self.actor_party.items() if p == party]

    def org_actor(self, party: str, phrase: str) -> str | None:
        """A registered organisation of ``party`` whose name shares the phrase's head words.

        "its foreign ministry" with party Valdoria finds "Valdorian Foreign Ministry".
        """
        words = {w.lower() for w in re.findall(r"[A-Za-z]+", phrase)}
        if not words & ORG_WORDS:
            return None
        words -= {"its", "his", "her", "their", "our", "the", "a", "an", "of", "for", "s"}
        for actor in self.actors_of(party):
            names = [actor, *_split_aliases(self.actors.set_index("actor").at[actor, "aliases"])]
            for name in names:
                if words <= {w.lower() for w in re.findall(r"[A-Za-z]+", name)}:
                    return actor
        return None


def load_registry(parties: str | Path | None = None, actors: str | Path | None = None) -> Registry:
    """Load the registry (defaults: ``data/parties.csv`` and ``data/actors.csv``)."""
    return Registry.load(parties, actors)


@lru_cache(maxsize=4096)
def _home_pattern(alias: str) -> re.Pattern:
    return re.compile(rf"(?<![\w-]){re.escape(alias)}s?(?![\w-])")


def named_home(party: str, registry: Registry) -> str | None:
    """The one other party whose name is part of a body's name (its country), else None."""
    names = [party, *[a for a, p in registry.party_alias.items() if p == party]]
    named = {
        p
        for alias, p in registry.party_alias.items()
        if p != party and len(alias) > 2 and any(_home_pattern(alias).search(n) for n in names)
    }
    return named.pop() if len(named) == 1 else None
