"""Stance analysis of diplomatic statements.

corpus → statements → stance → alignment → positions → charts/report, one module per step::

    import analysis
    corpus = analysis.load_corpus("seeds")
    table = analysis.statements(corpus)                       # who said what, where
    issue = analysis.load_issue("data/issues/ISSUE.yaml")
    stances = analysis.classify(table, issue, corpus=corpus)
    registry = analysis.load_registry()
    relations = analysis.alignments(corpus, registry, table, issue)  # sides parties take
    stances = analysis.align(stances, relations)
    analysis.positions(stances)                               # each party's position

The stance steps are imported when first used (PEP 562), so that ``import analysis`` and the
extraction start without loading scikit-learn and PyTorch:

>>> import analysis
>>> analysis.classify.__module__
'analysis.stance'
"""

from __future__ import annotations

import importlib

from .corpus import load_corpus
from .positions import positions
from .registry import Registry, load_registry
from .statements import statements

#: The names imported when first used, and their modules.
_LAZY = {
    "Issue": "stance",
    "align": "alignment",
    "alignments": "alignment",
    "classify": "stance",
    "load_issue": "stance",
}

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


def __getattr__(name: str):
    if name in _LAZY:
        return getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    # a step's module by its name (``analysis.stance.evaluation_tables()``)
    try:
        return importlib.import_module(f".{name}", __name__)
    except ModuleNotFoundError as err:
        if err.name != f"{__name__}.{name}":
            raise  # the module exists but lacks a dependency: say which
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None


def __dir__() -> list[str]:
    return sorted([*globals(), *_LAZY])
