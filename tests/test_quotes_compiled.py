"""The compiled engine (setup.py, mypyc) gives the Python engine's results."""
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import analysis.quotes
from analysis.quotes import _select
from analysis.quotes.extract import extract_quotes as pure_extract
from conftest import native_builds_expected, shipped_texts

ROOT = Path(__file__).resolve().parents[1]
compiled = _select.compiled_extract()
needs_compiled = pytest.mark.skipif(compiled is None, reason="compiled engine not built")


def test_compiled_engine_is_built_and_current_where_a_compiler_is():
    # setup.py builds it as optional: a failed or stale build must not go unnoticed here
    if not native_builds_expected():
        pytest.skip("no C compiler or Python headers, or NEWSQUOTES_PURE set: the engine runs as Python")
    assert compiled is not None, (
        "analysis/quotes/_compiled is missing or was built from other sources: "
        "run `make setup` (pip install -e .) and read its output")
    assert analysis.quotes._engine is compiled  # behind the public function's argument checks


def test_source_hash_follows_every_engine_source(tmp_path):
    folder = ROOT / "analysis" / "quotes"
    for name in (*_select.ENGINE_MODULES, "model"):
        (tmp_path / f"{name}.py").write_bytes((folder / f"{name}.py").read_bytes())
    before = _select.source_hash(tmp_path)
    assert before == _select.source_hash(folder)
    (tmp_path / "speakers.py").write_text((folder / "speakers.py").read_text() + "\n# edited\n")
    assert _select.source_hash(tmp_path) != before


def test_pure_requested_reads_the_environment(monkeypatch):
    for value, pure in (("1", True), ("yes", True), ("0", False), ("", False)):
        monkeypatch.setenv("NEWSQUOTES_PURE", value)
        assert _select.pure_requested() is pure
        if pure:
            assert _select.compiled_extract() is None


@needs_compiled
def test_compiled_engine_equals_python_engine_on_shipped_articles():
    n = 0
    for text in shipped_texts():
        for language in ("fr", "auto", "en"):
            assert compiled(text, language) == pure_extract(text, language)
        n += 1
    assert n > 200


_PIECES = ["Il a déclaré : ", "« Nous partirons demain. »", "“We will win,” ", "said Mr. Smith. ", "Marie Dupont",
           ", a-t-elle ajouté. ", "Selon le ministre, ", "\n\n", "he said", " ", "\"", "»", "«", "“", "”",
           "Le président Emmanuel Macron ", "the senator ", "She told reporters: ", "Pour X, ", "— Jean Roux"]


@needs_compiled
@given(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join), st.sampled_from(["fr", "en"]))
@settings(max_examples=300, deadline=None)
def test_compiled_engine_equals_python_engine_on_random_text(text, language):
    assert compiled(text, language) == pure_extract(text, language)
