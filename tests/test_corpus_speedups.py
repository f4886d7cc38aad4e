"""The faster forms of the corpus path give what the plain ones gave: sentence ends and the
clause before a name (analysis.identity), the compound alone (analysis.sentiment), the
resampled means of an unweighted group (analysis.bootstrap), and the garbage collector left
alone in the caller's process (analysis.corpus)."""
from __future__ import annotations

import gc
import random
import re

import numpy as np
import pytest

from analysis import bootstrap, corpus, identity
from analysis.sentiment import polarity, polarity_scores
from conftest import example_texts

# the plain forms, as they were written before
_SENTENCE_BREAK = re.compile(r"[.!?]+[»”\"]?\s+|\n+")
_SENTENCE_END = re.compile(r"[.!?\n«»“”\"]")

ODD = ["", "\n", "a", "Fin.", "Non ! ! Oui ?\n\n\nBon. « Quoi ? » Rien…\tFin!»", "« Oui. » « Non. »",
       "Un.\u00a0Deux.\u202fTrois?\r\nQuatre!\x0bCinq.\x85Six.” Sept.\" Huit", "...  ", "\n\n.\n"]


def _texts() -> list[str]:
    return example_texts() + ODD


@pytest.mark.parametrize("text", _texts())
def test_sentences_are_those_of_the_plain_pattern(text):
    bounds, start = [], 0
    for m in _SENTENCE_BREAK.finditer(text):
        bounds.append((start, m.end()))
        start = m.end()
    if start < len(text):
        bounds.append((start, len(text)))
    starts, ends = identity._sentences(text)
    assert list(zip(starts, ends)) == bounds


@pytest.mark.parametrize("text", _texts())
def test_clause_before_a_name_is_that_of_the_plain_loop(text):
    rng = random.Random(len(text))
    for start in rng.sample(range(len(text) + 1), min(300, len(text) + 1)):
        window = text[max(0, start - 90):start]
        expected = window[max((m.end() for m in _SENTENCE_END.finditer(window)), default=0):]
        assert identity._clause_before(text, start) == expected


@pytest.mark.parametrize("language", ["fr", "en"])
def test_polarity_is_the_compound_of_polarity_scores(language):
    for text in _texts():
        for piece in [text, *text.split("\n\n")[:8], "C'est nul !!!", "Great??", "&amp; @x http://a.b"]:
            assert polarity(piece, language) == polarity_scores(piece, language)["compound"]


def _resample_means_weighted_by_ones(x, n_boot, seed):
    """bootstrap._resample_means of an unweighted group as it was: weights of 1 drawn and summed."""
    rng = np.random.default_rng(seed)
    w = np.ones_like(x)
    chunk = max(1, bootstrap._DRAWS // x.size)
    means = []
    for start in range(0, n_boot, chunk):
        idx = rng.integers(0, x.size, size=(min(chunk, n_boot - start), x.size))
        wi = w[idx]
        with np.errstate(invalid="ignore", divide="ignore"):
            means.append((x[idx] * wi).sum(axis=1) / wi.sum(axis=1))
    boot = np.concatenate(means)
    return boot[np.isfinite(boot)]


@pytest.mark.parametrize("n", [1, 2, 5, 999, 1001, 4321])
@pytest.mark.parametrize("spoil", [None, np.nan, np.inf])
def test_unweighted_resample_means_are_those_weighted_by_ones(n, spoil):
    x = np.random.default_rng(n).uniform(-1, 1, n).round(4)
    if spoil is not None:
        x[::5] = spoil
    got = bootstrap._resample_means(x, None, 2000, 0)
    assert np.array_equal(got, _resample_means_weighted_by_ones(x, 2000, 0))


def test_no_freeze_in_the_callers_process(monkeypatch):
    monkeypatch.setattr(corpus, "_frozen", False)
    frozen = gc.get_freeze_count()
    corpus._freeze_once()
    assert gc.get_freeze_count() == frozen and not corpus._frozen
