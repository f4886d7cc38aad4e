"""The engine's stages are small named functions (issue 16): none in analysis/quotes/ is
longer than 60 lines, each has a docstring saying its one job."""
from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ENGINE = ROOT / "analysis" / "quotes"
MAX_LINES = 60

# Functions over the limit, each owned by another piece of work still under way; remove an
# entry as soon as its function is split (the test then holds it to the limit).
ALLOWED: set[str] = set()  # every engine function is within the limit now


def _functions(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            yield node


def _long_functions() -> dict[str, int]:
    out = {}
    for path in sorted(ENGINE.glob("*.py")):
        for node in _functions(path):
            lines = node.end_lineno - node.lineno + 1
            if lines > MAX_LINES:
                out[f"{path.name}::{node.name}"] = lines
    return out


def test_no_engine_function_is_longer_than_the_limit():
    too_long = {k: v for k, v in _long_functions().items() if k not in ALLOWED}
    assert not too_long, f"split these into small named functions (at most {MAX_LINES} lines): {too_long}"


def test_the_allow_list_holds_only_functions_still_too_long():
    # an entry whose function was split or removed must leave the list
    assert ALLOWED <= set(_long_functions()), sorted(ALLOWED - set(_long_functions()))


def test_the_cascade_steps_have_docstrings():
    # the rules catalogue (analysis/quotes/RULES.md) is written from these docstrings
    missing = []
    for name in ("extract.py", "speakers.py", "scan.py", "cues.py"):
        for node in _functions(ENGINE / name):
            if ast.get_docstring(node) is None and node.end_lineno - node.lineno >= 8:
                missing.append(f"{name}::{node.name}")
    assert not missing, f"functions of more than a few lines without a docstring: {missing}"


def test_the_check_sees_a_long_function(tmp_path):
    # the measure itself: a function of 61 lines is caught, one of 60 is not
    body = "\n".join(f"    x{k} = {k}" for k in range(59))
    (tmp_path / "m.py").write_text(f"def short():\n{body}\n\n\ndef long():\n{body}\n    x = 0\n")
    sizes = {n.name: n.end_lineno - n.lineno + 1 for n in _functions(tmp_path / "m.py")}
    assert sizes == {"short": 60, "long": 61}
