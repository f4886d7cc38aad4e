"""The acronym pre-filter of analysis.identity (``_may_define``): it spares the scan of an
article whose bracketed acronyms cannot be defined for any of its speakers, and must never
turn away an article where one is."""
from __future__ import annotations

import unicodedata

import pytest

from analysis import identity
from analysis.identity import _acronyms, _may_define, article_speakers, fold
from analysis.quotes import extract_quotes
from conftest import example_texts

MADE = [
    ("fr", "La Cour pénale internationale (CPI) a rendu sa décision. « Le dossier est clos », a déclaré "
           "la Cour pénale internationale."),
    ("fr", "L’Organisation mondiale de la santé ( OMS ) a publié un rapport. « La situation est grave », "
           "a déclaré l’Organisation mondiale de la santé."),
    ("fr", "La Confédération générale du travail (CGT) appelle à la grève. « Nous irons jusqu’au bout », "
           "a prévenu la CGT."),
    ("en", "The American Civil Liberties Union (ACLU) sued the state. \"This law is unconstitutional,\" "
           "the American Civil Liberties Union said."),
    ("fr", "L’Union européenne (UE) et la Banque centrale européenne (BCE) se sont réunies. « Rien n’est "
           "décidé », a dit Jean Martin."),
    ("fr", "Le Syndicat national des journalistes (SNJ) a protesté. « La presse doit rester libre », a "
           "dit le Syndicat national des journalistes."),
]


def _texts() -> list[tuple[str, str]]:
    texts = [(lang, text) for lang, text in MADE]
    texts += [("fr", text) for text in example_texts()]
    # the same texts with their accents decomposed (« e » and a combining acute accent)
    texts += [(lang, unicodedata.normalize("NFD", text)) for lang, text in MADE]
    return texts


def _variants(words: str) -> list[str]:
    """Forms of the words that fold to the same key: a speaker named so would get the acronym."""
    return [words, words.upper(), words.lower(), fold(words), unicodedata.normalize("NFD", words)]


@pytest.mark.parametrize("lang,text", _texts())
def test_every_definition_passes_the_filter(lang, text):
    for words in _acronyms(text, lang).values():
        for name in _variants(words):
            assert _may_define(text, [name]), (words, name)


def test_the_made_texts_define_acronyms():
    # the test above is not vacuous: the engine finds definitions in each made text
    assert all(_acronyms(text, lang) for lang, text in MADE)


def test_speakers_that_cannot_match_skip_the_scan():
    text = MADE[4][1]  # « Union européenne », « Banque centrale européenne »; Jean Martin speaks
    assert not _may_define(text, ["Jean Martin"])
    assert _may_define(text, ["Banque centrale européenne"])
    assert not _may_define("Aucune parenthèse ici.", ["Jean Martin"])


def test_a_capital_sigma_is_never_filtered():
    # « Σ » lowercases by its neighbours: fold is then not character by character
    assert _may_define("Ο ΟΡΓΑΝΙΣΜΟΣ (OΣ) είπε.", ["Jean Martin"])


@pytest.mark.parametrize("lang,text", _texts())
def test_article_speakers_are_the_same_without_the_filter(lang, text, monkeypatch):
    quotes = extract_quotes(text, lang)
    filtered = article_speakers(text, quotes, language=lang)
    monkeypatch.setattr(identity, "_may_define", lambda text, names: True)
    assert article_speakers(text, quotes, language=lang) == filtered
