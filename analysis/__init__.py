"""Stance analysis of diplomatic statements.

corpus → statements → stance → positions → charts/report, one module per step.
"""

from .corpus import load_corpus
from .registry import Registry, load_registry
from .statements import statements

__all__ = ["load_corpus", "load_registry", "Registry", "statements"]
