"""Property tests: on any text, ``statements`` does not raise and every row points into it.

Every country and person here is invented.
"""

from __future__ import annotations

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import analysis
from analysis.registry import Registry

REGISTRY = Registry.from_frames(
    pd.DataFrame(
        {
            "party": ["Norvik", "Valdoria", "Estmere", "Selvia"],
            "aliases": [
                "Norvikian|Norvik's|Norhaven",
                "Valdorian|Valdoria's|Torre",
                "Estmere's|Kessel",
                "Selvian|Lisk",
            ],
        }
    ),
    pd.DataFrame(
        {
            "actor": ["Sofia Lind", "Piet Aro", "Valdorian Foreign Ministry", "Anna Vik"],
            "party": ["Norvik", "Valdoria", "Valdoria", "Estmere"],
            "aliases": ["Lind", "Aro", "Ministry of Foreign Affairs of Valdoria", "Vik"],
        }
    ),
)

FRAGMENTS = [
    # quotation marks and apostrophes
    '"',
    "“",
    "”",
    "«",
    "»",
    "„",
    "‘",
    "’",
    "'",
    # reporting language
    "said",
    " said ",
    " said: ",
    "stated that ",
    "told reporters ",
    "urged ",
    " to ",
    "called on ",
    "expressed concern that ",
    " as ",
    "denied that ",
    "according to ",
    ", adding that ",
    "the statement added",
    "in a statement",
    # speakers
    "Norvik",
    "Norvik's",
    "Lind",
    "Sofia Lind",
    "Aro",
    "Torre",
    "Selvian Minister Ora Paz",
    "He ",
    "She ",
    "It ",
    "officials in Torre",
    ", a senior aide to ",
    # layout
    "\n",
    "\n\n",
    "  ",
    "SPOKESPERSON ANNA VIK: ",
    "QUESTION: ",
    "VIK: ",
    "Photo: ",
    "Read also: ",
    "NORHAVEN, October 1 (Baltwire) - ",
    # dates
    " on Friday",
    " yesterday",
    " last Friday",
    "December 12, 2031",
    "On December 14, ",
    # plain words and punctuation
    "the road must open",
    "the checkpoint",
    "so-called ",
    "A",
    "x",
    ". ",
    ", ",
    ": ",
    ";",
    "?",
    "!",
    "(",
    ")",
    "—",
    "…",
]

texts = st.one_of(
    st.text(),
    st.text(alphabet=st.sampled_from(list("\"“”«»„‘’' \n.,:;AaSs-—"))),
    st.lists(st.sampled_from(FRAGMENTS), max_size=40).map("".join),
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=5)), max_size=30).map("".join),
)
published = st.sampled_from(["2032-05-03", "", "not a date", "2032-02-30"])
doc_speaker = st.sampled_from([None, "", "Sofia Lind", "Valdorian Foreign Ministry", "Nobody"])

FAST = settings(
    max_examples=150,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)


def extract(text: str, published: str, speaker: str | None) -> pd.DataFrame:
    article = {"article_id": ["p1"], "text": [text], "published": [published]}
    if speaker is not None:
        article["speaker"] = [speaker]
    return analysis.statements(pd.DataFrame(article), registry=REGISTRY)


def check_offsets(table: pd.DataFrame, text: str) -> None:
    for r in table.itertuples():
        assert 0 <= r.start <= r.end <= len(text), (r.start, r.end, len(text))
        assert r.text == text[r.start : r.end]


@FAST
@given(texts, published, doc_speaker)
def test_statements_never_raise_and_offsets_hold(text, published, speaker):
    table = extract(text, published, speaker)
    check_offsets(table, text)
    assert table["statement_id"].is_unique
    assert set(table["kind"].dropna()) <= {"direct", "indirect", "mixed", "own-voice", "turn"}


@FAST
@given(st.lists(st.tuples(texts, published), min_size=1, max_size=4))
def test_several_articles_keep_their_own_offsets(articles):
    corpus = pd.DataFrame(
        {
            "article_id": [f"p{i}" for i in range(len(articles))],
            "text": [t for t, _ in articles],
            "published": [p for _, p in articles],
        }
    )
    table = analysis.statements(corpus, registry=REGISTRY)
    by_id = dict(zip(corpus["article_id"], corpus["text"]))
    for r in table.itertuples():
        article = by_id[r.article_id]
        assert 0 <= r.start <= r.end <= len(article)
        assert r.text == article[r.start : r.end]
    ids = set(table["statement_id"])
    assert set(table["duplicate_of"]) - {""} <= ids
