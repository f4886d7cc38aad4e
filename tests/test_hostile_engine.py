"""Hostile text for the quote engine: linear time whatever the input, by construction.

The scaling tests count the lines of the Python engine executed (sys.settrace) on an
input and on one four times longer: a deterministic measure, unlike a timer on a shared
machine. A linear engine does about 4x the work; the quadratic paths this file guards
(mark pairing under deep nesting, every quote rescanning its sentence, pronouns and titles
looking back over every earlier name, ...) did 10-16x. Absolute speed (1 MB in under 2 s
compiled, 4 s as Python) is measured by ``benchmarks/bench_hostile.py``, not here.
"""
from __future__ import annotations

import importlib.util
import random
import sys
import time
from pathlib import Path

import pytest

import analysis.quotes
from analysis.quotes import extract as extract_module
from analysis.quotes import marks, scan
from analysis.quotes.extract import extract_quotes as pure_extract

ENGINE = str(Path(extract_module.__file__).parent)
# the benchmark's generator of marks and words, loaded by path (benchmarks/ is no package)
_spec = importlib.util.spec_from_file_location("bench_hostile", Path(__file__).resolve().parents[1] / "benchmarks" / "bench_hostile.py")
_bench = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_bench)
TOKENS = _bench.TOKENS
NAMES = [a + b + c for a in "BDFGKLMNPRST" for b in "aeiou" for c in "dlmnrst"]


def _tokens(n: int, pieces: list[str], seed: int = 1) -> str:
    return _bench.hostile_tokens(n, pieces, seed)


def _repeat(unit, n: int) -> str:
    out: list[str] = []
    size = i = 0
    while size < n:
        piece = unit(i) if callable(unit) else unit
        out.append(piece)
        size += len(piece)
        i += 1
    return "".join(out)[:n]


# name -> (language, make(n)): quote marks and apostrophes, then words that reach each stage
HOSTILE = {
    "straight": ("fr", lambda n: _repeat("\"'", n)),
    "all marks": ("fr", lambda n: _repeat("“‘«\"'»’”", n)),
    "random marks": ("fr", lambda n: "".join(random.Random(n).choices("“‘«\"'»’”", k=n))),
    "deep nesting": ("fr", lambda n: "«" * (n // 2) + ' "»' * (n // 6)),
    "tokens": ("fr", lambda n: _tokens(n, TOKENS)),
    "tokens, one sentence": ("fr", lambda n: _tokens(n, TOKENS[:-2])),
    "verbs": ("fr", lambda n: _repeat("dit dit a dit « a » dit a dit ", n)),
    "documents": ("fr", lambda n: _repeat(lambda i: f"« {NAMES[i % len(NAMES)]} b c », rappelle le communiqué ", n)),
    "bare nouns": ("fr", lambda n: _repeat(lambda i: f"« {NAMES[i % len(NAMES)]} b », a indiqué le quotidien ", n)),
    "pronouns": ("fr", lambda n: _repeat(
        lambda i: f"{NAMES[i % len(NAMES)]} {NAMES[i * 7 % len(NAMES)]} a dit « a b », a-t-elle ajouté ", n)),
    "titles": ("fr", lambda n: _repeat(
        lambda i: f"le ministre {NAMES[i % len(NAMES)]} a dit « a {i} », a dit le ministre ", n)),
    "reading": ("fr", lambda n: _repeat(lambda i: f"« a {i} » peut-on lire ", n)),
    "commas": ("fr", lambda n: _repeat("« a b c » , , , , , , , , , , , ", n)),
    "English": ("en", lambda n: _repeat(lambda i: f"“a {i},” he said, “b,” said the senator according to {NAMES[i % len(NAMES)]} ", n)),
    "capitals": ("en", lambda n: _repeat(lambda i: f"“a {i},” said " + " ".join(NAMES[(i + j) % len(NAMES)] for j in range(30)) + " ", n)),
}


def _executed_lines(run, where) -> int:
    """Lines executed by ``run()`` in the files whose name ``where(filename)`` accepts."""
    count = 0

    def local(frame, event, arg):
        nonlocal count
        if event == "line":
            count += 1
        return local

    sys.settrace(lambda frame, event, arg: local if where(frame.f_code.co_filename) else None)
    try:
        run()
    finally:
        sys.settrace(None)
    return count


def _lines(text: str, language: str) -> int:
    """Lines of the Python engine executed by extract_quotes(text)."""
    return _executed_lines(lambda: pure_extract(text, language), lambda name: name.startswith(ENGINE))


@pytest.fixture
def python_engine(monkeypatch):
    """The Python mark pairing and tokenizer too (not only the native ones)."""
    monkeypatch.setattr(marks, "_tiles", None)
    monkeypatch.setattr(scan, "_tiles", None)


@pytest.mark.parametrize("name", list(HOSTILE))
def test_work_grows_linearly_with_hostile_text(name, python_engine):
    language, make = HOSTILE[name]
    # long enough for the bounded look-backs to be full (150 names back from a pronoun)
    n = 12_000 if name in ("pronouns", "English", "titles", "capitals") else 3000
    small, large = _lines(make(n), language), _lines(make(4 * n), language)
    # linear: about 4x (a few fixed costs make it less); quadratic paths gave 10-16x
    assert large <= 5.2 * small, f"{name}: {small} -> {large} lines for 4x the text"


def test_deep_nesting_pairs_in_linear_work(python_engine):
    text = HOSTILE["deep nesting"][1]
    calls = [_executed_lines(lambda: marks._find_quoted_spans(text(n)), lambda name: name == marks.__file__)
             for n in (20_000, 80_000)]
    assert calls[1] <= 4.5 * calls[0]


def test_installed_engine_scales_linearly_in_time():
    # the build in use (compiled and native where built): a generous bound on a time ratio,
    # best of three. The CPU time of this thread, not the wall clock: other programs on a
    # loaded machine (or the other pytest-xdist workers) do not count. Sixteen times the text,
    # so that noise cannot cross the bound either way: linear is 16-20x (CI under load once
    # read 8x for a 4x ratio), quadratic 256x
    text = HOSTILE["straight"][1]

    def best(t: str) -> float:
        runs = []
        for _ in range(3):
            t0 = time.thread_time()
            analysis.quotes.extract_quotes(t, "fr")
            runs.append(time.thread_time() - t0)
        return min(runs)

    small, large = best(text(10_000)), best(text(160_000))
    assert large <= 64 * max(small, 1e-3)


@pytest.mark.parametrize("name", ["tokens", "straight", "pronouns", "English", "documents"])
def test_installed_engine_equals_python_engine_on_hostile_text(name):
    language, make = HOSTILE[name]
    text = make(20_000)
    assert analysis.quotes.extract_quotes(text, language) == pure_extract(text, language)


def test_language_must_be_a_str_named_in_the_error():
    for bad in (None, 3, ["fr"]):
        with pytest.raises(TypeError, match=r"language must be one of 'auto', 'fr', 'en'"):
            analysis.quotes.extract_quotes("« Bonjour à tous », a dit Jean Roux.", bad)


def test_language_codes_ignore_case():
    text = "« Nous partirons demain matin », a déclaré Jean Roux."
    expected = analysis.quotes.extract_quotes(text, "fr")
    assert expected and [q.speaker for q in expected] == ["Jean Roux"]
    for code in ("FR", "Fr", " fr "):
        assert analysis.quotes.extract_quotes(text, code) == expected
    assert analysis.quotes.extract_quotes(text, "AUTO") == analysis.quotes.extract_quotes(text, "auto")
    with pytest.raises(ValueError, match=r"language must be one of 'auto', 'fr', 'en'; got 'de'"):
        analysis.quotes.extract_quotes(text, "de")


def test_text_must_be_a_str_named_in_the_error():
    for bad in (None, b"\xc2\xab Bonjour \xc2\xbb", 42):
        with pytest.raises(TypeError, match=r"^text must be a str"):
            analysis.quotes.extract_quotes(bad, "fr")
