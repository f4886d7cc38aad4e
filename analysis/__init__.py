"""newsquotes: who said what, how often and in what tone, in news articles.

The curated API; each task module (``io``, ``language``, ``tokens``, ``quotes``,
``sentiment``, ``tables``, ``plots``, ``report``; for displays ``colors``, ``highlight``,
``views``) has more.

The names below are imported on first use (PEP 562), so that ``import analysis.quotes``
does not pull in pandas or nltk, which the quote engine does not need.
"""
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = ["Quote", "extract_quotes", "polarity", "read_article", "read_articles", "__version__"]

# public name -> the module that defines it
_LAZY = {
    "Quote": "analysis.quotes",
    "extract_quotes": "analysis.quotes",
    "polarity": "analysis.sentiment",
    "read_article": "analysis.io",
    "read_articles": "analysis.io",
}

if TYPE_CHECKING:  # pragma: no cover - for type checkers and IDEs only
    from analysis.io import read_article, read_articles
    from analysis.quotes import Quote, extract_quotes
    from analysis.sentiment import polarity


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        value = getattr(importlib.import_module(_LAZY[name]), name)
        globals()[name] = value  # later look-ups skip this hook
        return value
    raise AttributeError(f"module 'analysis' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
