"""Which build of the quote engine runs.

``setup.py`` compiles copies of the engine's modules with mypyc into
``analysis/quotes/_compiled`` where mypy and a C compiler are at hand (about 1.5x the
speed; same results, checked by tests/test_quotes_compiled.py). The compiled copy runs
only if it was built from the very sources beside it: each build records their hash,
so after an edit the Python modules run until the next install (`make setup`).
``NEWSQUOTES_PURE=1`` runs the Python modules and the regex tokenizer regardless.

This module imports nothing from the package: setup.py loads it by path.
"""
from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path
from types import ModuleType

__all__ = ["COMPILED", "ENGINE_MODULES", "compiled_extract", "describe", "native", "pure_requested", "source_hash"]

# compiled, in this order; model.py stays Python (one Quote class for everyone) but is
# hashed, as the compiled code builds its Quotes
ENGINE_MODULES = ("marks", "scan", "cues", "speakers", "attribution", "extract")
COMPILED = "_compiled"
# what the engine calls in _tiles.c
NATIVE_FUNCTIONS = ("tile", "spans", "plain", "glue_points", "record", "words_in", "seen_lower")


def pure_requested() -> bool:
    return os.environ.get("NEWSQUOTES_PURE", "").strip().lower() not in ("", "0", "no", "false")


def native() -> ModuleType | None:
    """The native tokenizer and mark pairing (``_tiles.c``), or None: not built, or
    NEWSQUOTES_PURE set. scan.py and marks.py then use their Python code."""
    if pure_requested():
        return None
    try:
        from analysis.quotes import _tiles  # type: ignore[attr-defined]
    except ImportError:
        return None
    if not all(hasattr(_tiles, name) for name in NATIVE_FUNCTIONS):
        return None  # built from older sources (no `make setup` since): the Python code runs
    return _tiles


def source_hash(folder: Path | str) -> str:
    """Hash of the engine's sources in ``folder`` (analysis/quotes)."""
    h = hashlib.sha256()
    for name in (*ENGINE_MODULES, "model"):
        h.update((Path(folder) / f"{name}.py").read_bytes())
    return h.hexdigest()


def compiled_extract() -> Callable | None:
    """The compiled ``extract_quotes``, or None: not built, built from other sources, or
    NEWSQUOTES_PURE set."""
    if pure_requested():
        return None
    try:
        from analysis.quotes._compiled import extract  # type: ignore[import-not-found]
    except ImportError:
        return None
    if not str(extract.__file__).endswith(tuple(EXTENSION_SUFFIXES)):
        return None  # the generated copy without its compiled module: no gain
    try:
        current = source_hash(Path(__file__).parent)
    except OSError:  # sources not installed: nothing to check the build against
        return None
    if getattr(extract, "SOURCE_HASH", None) != current:
        return None
    return extract.extract_quotes


def describe() -> str:
    """Which build runs, in words (benchmarks print it)."""
    from analysis.quotes import scan

    tokenizer = "native tokenizer" if scan._tiles is not None else "regex tokenizer"
    return f"{'compiled engine' if compiled_extract() else 'Python engine'}, {tokenizer}"
