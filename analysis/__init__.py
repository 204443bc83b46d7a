"""Stance analysis of diplomatic statements.

corpus → statements → stance → positions → charts/report, one module per step::

    import analysis
    corpus = analysis.load_corpus("seeds")
    table = analysis.statements(corpus)                       # who said what, where
    stances = analysis.classify(table, "data/issues/ISSUE.yaml", corpus=corpus)
    analysis.positions(stances)                               # each party's position
"""

from .corpus import load_corpus
from .positions import positions
from .registry import Registry, load_registry
from .stance import Issue, classify, load_issue
from .statements import statements

__all__ = [
    "Issue",
    "Registry",
    "classify",
    "load_corpus",
    "load_issue",
    "load_registry",
    "positions",
    "statements",
]
