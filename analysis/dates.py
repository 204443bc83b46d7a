"""Resolve the day a statement was made from date expressions in the text.

Relative expressions are read against the article's ``published`` date:

>>> import datetime as dt
>>> pub = dt.date(2023, 5, 1)               # a Monday
>>> resolve("late on Sunday", pub)
datetime.date(2023, 4, 30)
>>> resolve("last Friday", pub)
datetime.date(2023, 4, 28)
>>> resolve("On December 14", pub, context_year=2022)
datetime.date(2022, 12, 14)
"""

from __future__ import annotations

import datetime as dt
import re

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
_MON = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"

DATE_RE = re.compile(
    rf"""
    (?P<iso>\b\d{{4}}-\d{{2}}-\d{{2}}\b)
    | \b(?P<md_month>{_MON})\s+(?P<md_day>{_DAY})\b(?:,?\s+(?P<md_year>\d{{4}}))?
    | \b(?P<dm_day>{_DAY})\s+(?P<dm_month>{_MON})(?:,?\s+(?P<dm_year>\d{{4}}))?
    | \b(?P<last>last|past|this|next)\s+(?P<last_wd>Monday|Tuesday|Wednesday|Thursday|Friday
        |Saturday|Sunday)\b
    | \b(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b
    | \b(?P<rel>the\s+day\s+before\s+yesterday|yesterday|today|tonight|this\s+morning
        |this\s+afternoon|this\s+evening|earlier\s+today)\b
    """,
    re.VERBOSE | re.IGNORECASE,
)
YEAR_RE = re.compile(r"\b(19[5-9]\d|20\d\d|21\d\d)\b")


def _month(name: str) -> int:
    key = name.lower().rstrip(".")[:3]
    return [m[:3] for m in MONTHS].index(key) + 1


def _day(text: str) -> int:
    return int(re.match(r"\d+", text).group())


def _calendar(
    year: int | None, month: int, day: int, published: dt.date | None, context_year: int | None
) -> dt.date | None:
    if year is None:
        year = context_year or (published.year if published else None)
        if year is None:
            return None
        try:
            date = dt.date(year, month, day)
        except ValueError:
            return None
        # "On December 28" in a January article means last December.
        if context_year is None and published and date > published + dt.timedelta(days=1):
            date = date.replace(year=year - 1)
        return date
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _from_match(m: re.Match, published: dt.date | None, context_year: int | None) -> dt.date | None:
    g = m.groupdict()
    if g["iso"]:
        try:
            return dt.date.fromisoformat(g["iso"])
        except ValueError:
            return None
    if g["md_month"]:
        year = int(g["md_year"]) if g["md_year"] else None
        return _calendar(year, _month(g["md_month"]), _day(g["md_day"]), published, context_year)
    if g["dm_month"]:
        year = int(g["dm_year"]) if g["dm_year"] else None
        return _calendar(year, _month(g["dm_month"]), _day(g["dm_day"]), published, context_year)
    if published is None:
        return None
    if g["rel"]:
        rel = " ".join(g["rel"].lower().split())
        back = {"yesterday": 1, "the day before yesterday": 2}.get(rel, 0)
        return published - dt.timedelta(days=back)
    if g["last_wd"]:
        target = WEEKDAYS.index(g["last_wd"].lower())
        back = (published.weekday() - target) % 7
        which = g["last"].lower()
        if which in ("last", "past"):
            return published - dt.timedelta(days=back or 7)
        if which == "next":
            return None  # a future day is not the day a statement was made
        return published - dt.timedelta(days=back)
    if g["wd"]:
        target = WEEKDAYS.index(g["wd"].lower())
        return published - dt.timedelta(days=(published.weekday() - target) % 7)
    return None


def find_dates(
    text: str, published: dt.date | None, context_year: int | None = None
) -> list[tuple[int, int, dt.date]]:
    """All resolvable date expressions in ``text`` as (start, end, date)."""
    found = []
    for m in DATE_RE.finditer(text):
        date = _from_match(m, published, context_year)
        if date is not None:
            found.append((m.start(), m.end(), date))
    return found


def resolve(
    text: str, published: dt.date | None, context_year: int | None = None
) -> dt.date | None:
    """The first resolvable date expression in ``text``, or None."""
    found = find_dates(text, published, context_year)
    return found[0][2] if found else None


def parse_published(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def context_year(text: str, pos: int, window_start: int) -> int | None:
    """The last explicit year written before ``pos`` (from ``window_start`` on).

    "On December 14" after "On December 12, 2022" belongs to 2022.
    """
    years = [int(m.group()) for m in YEAR_RE.finditer(text, window_start, pos)]
    return years[-1] if years else None
