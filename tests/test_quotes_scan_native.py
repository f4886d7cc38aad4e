"""The optional native tokenizer (analysis/quotes/_tiles.c) gives the regex path's tokens."""
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.quotes import scan as scan_module
from analysis.quotes.cues import cues_for
from conftest import native_builds_expected, shipped_texts

try:
    from analysis.quotes import _tiles
except ImportError:
    _tiles = None



def test_native_tokenizer_is_built_where_a_compiler_is():
    # setup.py builds it as optional: a silent build failure must not go unnoticed here
    if not native_builds_expected():
        pytest.skip("no C compiler or Python headers, or NEWSQUOTES_PURE set: the engine runs as pure Python")
    assert _tiles is not None, "analysis/quotes/_tiles.c did not build: see pip's output"


needs_native = pytest.mark.skipif(_tiles is None, reason="native tokenizer not built")


def _both(text, watch, language="fr"):
    lead = scan_module._LEADING.match(text).end()
    rules = cues_for(language).token_rules  # the language's, from analysis/lang/<code>/
    native = _tiles.tile(text, lead, watch, scan_module._SENTENCE_MARKS, *rules)
    words, starts, low, watched, breaks = scan_module._tokens(text, lead, watch, rules)
    caps = [i for i, w in enumerate(words) if w[0].isupper()]
    if not words:
        low = []  # the regex path's [""] for no words is scan's business
    return list(native), [words, starts, low, watched, breaks, caps]


# pieces that reach every branch of _TILE_RE, and the characters where (?i) or lower() differ
_PIECES = list("aAbMrslqtuIi'’-.\n \u00a0\u202f\t\r\x00,«»\"“”éÉ03(_") + [
    "Mr.", "Mrs.", "U.S.", "U.S.A", "e.g.", "a-t-il", "a-t-ils", "dit-elle", "dit-il-", "-on", "l'", "L’",
    "qu’", "QU'", "Quoiqu'", "puİsqu'", "puısqu'", "ſ'", "J.-P.", "J.-C.", "p.ex.", "févr.", "D-N.Y.",
    "R-Wis.", "Sens.", "Mme.", "c.-à-d.", "Calif.", "Mass.", "vol.", "D’Souza", "O'Brien", "'s", "’s", "M. ", "J.\nSmith", "etc.", "rock-n'roll", "aujourd'hui", "ΣΑΣ", "Σ", "İ", "ß",
    "ǅ", "Ǆ", "٣", "\u2028", "\u2019"]


@needs_native
@given(st.lists(st.sampled_from(_PIECES), max_size=50).map("".join))
@settings(max_examples=1500, deadline=None)
def test_native_tokens_equal_the_regex_tokens(text):
    for watch, language in ((scan_module._SENTENCE_MARKS, "fr"), (scan_module._SENTENCE_MARKS, "en"),
                            (cues_for("fr").watch_words, "fr"), (cues_for("en").watch_words, "en")):
        native, regex = _both(text, watch, language)
        assert native == regex


@needs_native
@given(st.text(max_size=80))
@settings(max_examples=800, deadline=None)
def test_native_tokens_equal_the_regex_tokens_on_any_text(text):
    for language in ("fr", "en"):
        native, regex = _both(text, cues_for(language).watch_words, language)
        assert native == regex


@needs_native
def test_native_lowercase_is_str_lower_for_every_code_point():
    # words, and the marks that are tokens alone ("Ⓐ" lowercases too)
    chars = [chr(c) for c in range(sys.maxunicode + 1) if not chr(c).isspace()]
    for k in range(0, len(chars), 4096):
        text = " ".join("a" + c for c in chars[k:k + 4096])
        native, regex = _both(text, frozenset())
        assert native[2] == regex[2]


@needs_native
def test_native_tokenizer_on_shipped_articles():
    from analysis.io import read_article

    text = read_article("example").text
    native, regex = _both(text, cues_for("fr").watch_words)
    assert native == regex and len(native[0]) > 500


# --- quote marks: marks.find_quoted_spans ------------------------------------------

from analysis.quotes import marks as marks_module  # noqa: E402

_MARK_PIECES = list('«»“”„‹›"\'’ \u00a0\u202f\t\n-—–:/([{') + ["mot", "Il dit", "x", "word ", "\n\n", " « ", " » "]


def _both_spans(text):
    native = [marks_module.QuotedSpan(*t) for t in _tiles.spans(text)]
    return native, marks_module._find_quoted_spans(text)


@needs_native
@given(st.lists(st.sampled_from(_MARK_PIECES), max_size=60).map("".join))
@settings(max_examples=2000, deadline=None)
def test_native_pairing_equals_the_python_pairing(text):
    native, python = _both_spans(text)
    assert native == python


@needs_native
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=80))
@settings(max_examples=500, deadline=None)
def test_native_pairing_equals_the_python_pairing_on_any_text(text):
    native, python = _both_spans(text)
    assert native == python


@needs_native
def test_native_pairing_on_shipped_articles_and_many_marks():
    for text in [*shipped_texts(), '«"“„‹' * 5000 + "x" + '»"”“›' * 5000]:
        native, python = _both_spans(text)
        assert native == python
