"""The optional native scans of prepare.py (analysis/quotes/_tiles.c: plain, glue_points) give
what its Python path gives: the str.replace loop's text and the glue pattern's matches."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.quotes import prepare as prepare_module
from analysis.quotes.prepare import SPACES, glue_for
from conftest import shipped_texts

try:
    from analysis.quotes import _tiles
except ImportError:
    _tiles = None

needs_native = pytest.mark.skipif(_tiles is None, reason="native scans not built")

# the characters either side of the classes' bounds, marks, ends and the odd spaces
_CHARS = ("azAZ@[`{ÀÖ×ØÞßàöø÷ÿŒœÆæĀſ«»“”„.!?…’'-\n\r \t" + SPACES + "\u2028\U0001F600é0")
texts = st.text(alphabet=_CHARS, max_size=60)


def _plain_python(text: str) -> str:
    for c in SPACES:
        if c in text:
            text = text.replace(c, " ")
    return text


@needs_native
@given(texts)
@settings(max_examples=1500, deadline=None)
def test_native_plain_spaces_equal_the_replace_loop(text):
    got = _tiles.plain(text, SPACES)
    assert got == _plain_python(text)
    assert (got is text) == (_plain_python(text) is text)


@needs_native
@given(texts)
@settings(max_examples=1500, deadline=None)
def test_native_glue_points_equal_the_pattern(text):
    for language in ("fr", "en"):
        glue, pattern = glue_for(language)
        if pattern is None:
            continue
        native = _tiles.glue_points(text, prepare_module._HEADS, prepare_module._TAILS + glue.after_closer)
        assert native == [m.start() for m in pattern.finditer(text)]


@needs_native
def test_native_scans_agree_on_the_shipped_articles():
    glue, pattern = glue_for("fr")
    for text in shipped_texts():
        assert _tiles.plain(text, SPACES) == _plain_python(text)
        assert glue.points(text, pattern) == [m.start() for m in pattern.finditer(text)]


def test_the_spelt_out_classes_are_the_patterns():
    glue, pattern = glue_for("fr")
    chars = [chr(c) for c in range(0x3000) if chr(c) != "\n"]
    heads = {c for c in chars if pattern.match("a" + c, 1)}
    tails = {c for c in chars if pattern.match(c + "A", 1)}
    assert heads == set(prepare_module._HEADS)
    assert tails == set(prepare_module._TAILS + glue.after_closer)
