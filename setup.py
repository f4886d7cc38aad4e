"""Build step for the one native piece: the optional tokenizer of the quote engine.

The metadata lives in pyproject.toml. ``analysis/quotes/_tiles.c`` gives scan.py the same
tokens as its regex, several times faster. It is optional: where no C compiler is found
the build goes on without it and the engine runs as pure Python (same results, slower).
NEWSQUOTES_PURE=1 at install skips the build; at run time it makes the engine ignore a
built tokenizer (see analysis/quotes/scan.py).
"""
from __future__ import annotations

import os

from setuptools import Extension, setup

_skip = os.environ.get("NEWSQUOTES_PURE", "").strip().lower() not in ("", "0", "no", "false")

setup(ext_modules=[] if _skip else [
    Extension("analysis.quotes._tiles", ["analysis/quotes/_tiles.c"], optional=True,
              extra_compile_args=["-O2"]),
])
