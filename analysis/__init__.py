"""Stance analysis of diplomatic statements.

corpus → statements → stance → alignment → positions → charts/report, one module per step::

    import analysis
    corpus = analysis.load_corpus("seeds")
    table = analysis.statements(corpus)                       # who said what, where
    stances = analysis.classify(table, "data/issues/ISSUE.yaml", corpus=corpus)
    registry = analysis.load_registry()
    relations = analysis.alignments(corpus, registry, table)  # sides parties are said to take
    stances = analysis.align(stances, relations)
    analysis.positions(stances)                               # each party's position
"""

from .alignment import align, alignments
from .corpus import load_corpus
from .positions import positions
from .registry import Registry, load_registry
from .stance import Issue, classify, load_issue
from .statements import statements

__all__ = [
    "Issue",
    "Registry",
    "align",
    "alignments",
    "classify",
    "load_corpus",
    "load_issue",
    "load_registry",
    "positions",
    "statements",
]
