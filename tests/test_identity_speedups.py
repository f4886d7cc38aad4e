"""The faster forms of analysis.identity's per-article step give what the plain ones gave:
the word before a name (string methods, not a pattern tried at every character), the
title words of a clause (one set), the acronym pre-filter (never turns away a definition)."""
from __future__ import annotations

import random
import re
import unicodedata

import pytest

from analysis import identity
from conftest import example_texts

# the plain form, as it was written before
_PREVIOUS_WORD = re.compile(r"(\S+)\s+$")

ODD = ["", " ", "a ", "  a", "M.\u00a0Dupont", "la\tministre\n\nAgnès", "x\u2003 y\u202f", "\u3000Mme \x85X",
       "l’ex-ministre  Jean", "Dr.\u200b Lee"]


def _texts() -> list[str]:
    return example_texts() + ODD


@pytest.mark.parametrize("text", _texts())
def test_previous_word_is_that_of_the_plain_pattern(text):
    rng = random.Random(len(text))
    starts = rng.sample(range(len(text) + 1), min(300, len(text) + 1))
    starts += [m.start() for m in re.finditer(r"\b[A-Z]", text)]
    for start in starts:
        for reach in (20, 30, 40):
            m = _PREVIOUS_WORD.search(text[max(0, start - reach):start])
            expected = (m.group(1), start - len(m.group(0))) if m else ("", start)
            assert identity._previous_word(text, start, reach) == expected


@pytest.mark.parametrize("language", ["fr", "en"])
def test_title_forms_are_the_words_title_word_makes_a_title(language):
    rules = identity._rules(language)
    titles, d = identity._speakers_data(language).TITLES, rules.data
    assert rules.title_forms == {w for w in rules.title_forms if identity._title_word(w, titles, d) in titles}
    words = {w.lower() for text in _texts() for w in identity._WORD.findall(text)}
    words |= {f"{e}{p}-{t}" for e in ("l'", "l’", "d’", "") for p in ("ex", "vice", "co", "sur") for t in titles}
    for w in words:
        assert (w in rules.title_forms) == (identity._title_word(w, titles, d) in titles), w


def test_the_acronym_filter_tells_names_by_their_fold_and_the_first_letter():
    text = "Hier, la Cour pénale internationale (CPI) a rendu sa décision."
    assert identity._acronyms(text, "fr") == {"CPI": "Cour pénale internationale"}
    for t in (text, unicodedata.normalize("NFD", text)):  # accents decomposed: more characters than folded
        for name in ("Cour pénale internationale", "COUR PÉNALE INTERNATIONALE", "cour penale internationale"):
            assert identity._may_define(t, [name])
        assert not identity._may_define(t, ["Agence internationale"])  # ends alike, another first letter
        assert not identity._may_define(t, ["Cour internationale"])  # words before the bracket that are not it
        assert not identity._may_define(t.replace("(CPI)", "(cpi)"), ["Cour pénale internationale"])
