"""Tone: how a text's summed sentiment becomes its score, per language.

Sentences are written for these tests; no evaluation data is read.
"""
from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
from nltk.sentiment.vader import VaderConstants

import analysis.sentiment as sentiment
from analysis.sentiment import Tone, polarity


def test_default_tone_is_vaders_compound():
    normalize = VaderConstants().normalize
    for total in (-12.0, -3.1, -0.2, 0.0, 0.4, 2.5, 40.0):
        for n in (1, 3, 30):
            assert Tone().compound(total, n) == pytest.approx(normalize(total))


def test_tone_reads_a_long_text_as_a_density():
    tone = Tone(alpha=8.0, length_power=0.25)
    assert tone.compound(2.0, 16) == pytest.approx(1.0 / math.sqrt(1.0 + 8.0))
    # the same sum over more words scores less, never changing sign
    assert 0 < tone.compound(2.0, 40) < tone.compound(2.0, 4) < 1
    assert -1 < tone.compound(-2.0, 4) < tone.compound(-2.0, 40) < 0
    assert tone.compound(0.0, 10) == 0.0
    assert tone.compound(1e9, 1) <= 1.0 and tone.compound(-1e9, 1) >= -1.0


def test_french_ships_its_fitted_tone_and_english_keeps_vaders():
    data = json.loads((Path(sentiment.__file__).parent / "lang" / "fr" / "tone.json")
                      .read_text(encoding="utf-8"))
    assert sentiment._analyzer("fr").tone == Tone(data["alpha"], data["length_power"])
    assert "train_tone.py" in data["fit"]
    assert sentiment._analyzer("en").tone == Tone()


def test_a_given_tone_replaces_the_languages():
    analyzer = sentiment._Analyzer("fr", tone=Tone())
    text = "Une décision injuste et scandaleuse, une honte pour le pays."
    total, n = analyzer.summed(text)
    assert total < 0 and n == 10
    assert analyzer.polarity_scores(text)["compound"] == round(Tone().compound(total, n), 4)
    assert polarity(text, "fr") == round(sentiment._analyzer("fr").tone.compound(total, n), 4)


def test_the_tone_keeps_every_sign():
    vader = sentiment._Analyzer("fr", tone=Tone())
    for text in ("C'est un progrès, mais la situation reste grave.",
                 "Une belle victoire pour toute l'équipe !",
                 "Le ministre a parlé mardi.",
                 "Ce n'est pas une mauvaise idée.",
                 ""):
        ours, theirs = polarity(text, "fr"), vader.polarity_scores(text)["compound"]
        assert (ours > 0) == (theirs > 0) and (ours < 0) == (theirs < 0), text
