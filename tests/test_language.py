"""Language detection and the language option."""
from __future__ import annotations

import pytest

from analysis.io import read_article
from analysis.language import LANGUAGES, detect_language, resolve_language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Il a dit non.", "fr"),
        ("Elle est partie hier.", "fr"),
        ("C’est l’été.", "fr"),
        ("Très bien.", "fr"),
        ("He said no.", "en"),
        ("They left yesterday.", "en"),
        ("It’s over.", "en"),
    ],
)
def test_short_texts(text, expected):
    assert detect_language(text) == expected


def test_long_texts(fr_text, en_text):
    assert detect_language(fr_text * 50) == "fr"
    assert detect_language(en_text * 50) == "en"
    assert detect_language(read_article().text) == "fr"


def test_english_with_french_names():
    text = (
        "French President Emmanuel Macron met Jean-Yves Le Drian and Marine Le Pen "
        "at the Élysée Palace on Tuesday, officials said."
    )
    assert detect_language(text) == "en"


def test_french_with_english_names():
    text = "Le New York Times a publié une enquête sur Donald Trump et la Silicon Valley."
    assert detect_language(text) == "fr"


@pytest.mark.parametrize("text", ["", "   ", "12 345", "Blinken Lavrov"])
def test_no_evidence_goes_to_english(text):
    assert detect_language(text) == "en"


def test_only_the_start_is_read():
    assert detect_language("Il a dit que nous partons. " * 1000 + "the of and to " * 10_000) == "fr"


def test_resolve_language(fr_text, en_text):
    assert resolve_language(None, fr_text) == "fr"
    assert resolve_language("auto", en_text) == "en"
    assert resolve_language("AUTO", fr_text) == "fr"
    assert resolve_language("en", fr_text) == "en"  # an explicit choice wins
    assert resolve_language("FR", en_text) == "fr"
    assert resolve_language(" fr ", en_text) == "fr"
    assert LANGUAGES == ("fr", "en")


@pytest.mark.parametrize("bad", ["de", "", "french"])
def test_resolve_language_error(bad):
    with pytest.raises(ValueError, match=rf"language must be one of 'auto', 'fr', 'en'; got '{bad}'"):
        resolve_language(bad, "text")


def test_first_look_decides_as_the_whole_sample_would():
    # detect_language settles clear cases on the first lines: on every shipped article the
    # decision is the one the whole 5,000-character sample gives
    from analysis.language import _SAMPLE_CHARS, _evidence
    from conftest import shipped_texts

    long_ones = [t for t in shipped_texts() if len(t) > 1_200]
    assert len(long_ones) > 100
    for text in long_ones:
        fr, en = _evidence(text[:_SAMPLE_CHARS])
        assert detect_language(text) == ("fr" if fr > en else "en")


def test_a_mixed_article_is_read_past_its_first_lines():
    # an English opening that is not a clear lead leaves the decision to the whole sample
    english = "The minister said that it was over. " * 3
    french = "Le ministre a déclaré qu'il ne partirait pas et que les élections auront lieu. " * 60
    assert detect_language(english + french) == "fr"
