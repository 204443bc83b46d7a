"""Low-level text structure: paragraphs, quotations and sentences, all as character offsets.

Offsets always refer to the article text as loaded, so that every statement can
be shown in place (``text == article[start:end]``).

>>> para = 'Lind said: “The road must open.” She left.'
>>> [(q.start, q.end) for q in find_quotes(para, 0, len(para))]
[(12, 31)]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MASK = "\u2592"  # stands in for quoted characters, so that rules never read inside quotes

DOUBLE_OPEN = "“«„"
DOUBLE_CLOSE = "”»"
PAIRS = {"“": '”"', "„": '“”"', "«": "»", '"': '"”', "‘": "’'", "'": "'’"}

ABBREVIATIONS = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "st",
    "jr",
    "sr",
    "gen",
    "col",
    "lt",
    "sgt",
    "gov",
    "sen",
    "rep",
    "prof",
    "no",
    "vs",
    "jan",
    "feb",
    "aug",
    "sept",
    "sep",
    "oct",
    "nov",
    "dec",
    "e.g",
    "i.e",
    "u.s",
    "u.n",
    "u.k",
    "a.m",
    "p.m",
    "amb",
    "adm",
    "capt",
    "maj",
    "cmdr",
    "rev",
    "hon",
    "fig",
}


@dataclass(frozen=True)
class Quote:
    """A top-level quotation: ``start``/``end`` delimit its content, without the marks."""

    open: int  # position of the opening mark
    close: int  # position of the closing mark (or paragraph end when unbalanced)
    start: int
    end: int
    balanced: bool

    @property
    def words(self) -> int:
        return self.end - self.start


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty line, stripped of surrounding whitespace."""
    spans = []
    for m in re.finditer(r"[^\n]+", text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            spans.append((s, e))
    return spans


def _is_opener(text: str, i: int, lo: int) -> bool:
    """A straight or single mark opens a quote when it starts a word."""
    before = text[i - 1] if i > lo else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([{—–-/:" or i == lo) and not after.isspace()


def _is_closer(text: str, i: int, hi: int) -> bool:
    after = text[i + 1] if i + 1 < hi else " "
    return not after.isalnum()


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",;:"):
        e -= 1
    return s, e


def find_quotes(text: str, lo: int, hi: int) -> list[Quote]:
    """Top-level quotations in ``text[lo:hi]`` (one paragraph).

    Double marks (" “ ” « » „) and single marks (‘ ’ ') are both recognised; marks inside
    a quotation are part of its content. An unclosed quotation ends at the paragraph end
    with ``balanced=False``. Apostrophes ("Norvik’s", "don't") are not marks.
    """
    quotes: list[Quote] = []
    i = lo
    while i < hi:
        ch = text[i]
        opener = None
        if ch in "“«„":
            opener = ch
        elif ch in "\"'‘" and _is_opener(text, i, lo):
            opener = ch
        if opener is None:
            i += 1
            continue
        closers = PAIRS[opener]
        j = i + 1
        close = None
        while j < hi:
            c = text[j]
            if c in closers and (opener in "“«„" or _is_closer(text, j, hi)) and j > i + 1:
                # a single mark followed by a letter is an apostrophe, not a closer
                if c in "'’" and j + 1 < hi and text[j + 1].isalpha():
                    j += 1
                    continue
                close = j
                break
            j += 1
        if close is None:
            if opener in "'‘":  # a lone single mark is an apostrophe or a typo
                i += 1
                continue
            s, e = _trim(text, i + 1, hi)
            quotes.append(Quote(i, hi, s, e, False))
            break
        s, e = _trim(text, i + 1, close)
        if e > s:
            quotes.append(Quote(i, close, s, e, True))
        i = close + 1
    return quotes


def mask_quotes(text: str, lo: int, hi: int, quotes: list[Quote]) -> str:
    """``text[lo:hi]`` with every quotation (marks included) replaced by MASK characters."""
    chars = list(text[lo:hi])
    for q in quotes:
        for k in range(q.open, min(q.close + 1, hi)):
            chars[k - lo] = MASK
    return "".join(chars)


def word_count(text: str) -> int:
    return len(re.findall(r"[^\W_]+(?:['’][^\W_]+)?", text))


def sentences(text: str, lo: int, hi: int, quotes: list[Quote]) -> list[tuple[int, int]]:
    """Sentence spans in a paragraph; never split inside a quotation.

    A quotation that ends a sentence ("… possible." Next) ends it at its closing mark.
    """
    inside = [(q.open, q.close) for q in quotes]

    def in_quote(k: int) -> bool:
        return any(a <= k <= b for a, b in inside)

    spans, start = [], lo
    for m in re.finditer(r"[.!?]+(?P<marks>[\"”»’']*)(?=\s+[\"“«‘(A-Z0-9\u2018])", text[lo:hi]):
        end = lo + m.end()
        punct = lo + m.start()
        if m.group("marks"):
            if not in_quote(end - 1) or in_quote(end):
                continue
        elif in_quote(punct):
            continue
        word = re.search(r"([\w.]+)$", text[start:punct])
        if word:
            w = word.group(1).lower()
            if w in ABBREVIATIONS or re.fullmatch(r"[a-z]", w) or re.fullmatch(r"(\w\.)+\w", w):
                continue
        spans.append((start, end))
        start = end
        while start < hi and text[start].isspace():
            start += 1
    if start < hi:
        spans.append((start, hi))
    return spans
