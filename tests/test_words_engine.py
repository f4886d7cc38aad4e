"""One tokenizer: the words of analysis.tokens are the quote engine's tokens through the
word view, and the one-pass pattern that ``words`` runs gives exactly those."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.io import read_article
from analysis.lang import LANGUAGES, resource
from analysis.lang.schema import TOKENIZER, checked
from analysis.quotes.cues import cues_for
from analysis.quotes.scan import scan
from analysis.tokens import _engine_word_spans, word_frequencies, word_spans, words

ROOT = Path(__file__).resolve().parents[1]

# pieces of text the rules treat apart: abbreviations, initials, elisions, inversions,
# numbers, clitics, hyphens and apostrophes, marks and blanks
_PIECES = (
    "word", "Word", "l’État", "l'état", "qu’il", "jusqu’à", "aujourd’hui", "main-d’œuvre", "O'Brien",
    "don't", "Clinton’s", "it's", "TRUMP’S", "x_y", "_", "__init__", "États-Unis", "peut-être",
    "a-t-il", "dit-elle", "a-t-on", "-t-il", "-il", "-elle", "est-ce", "dis-je", "êtes-vous", "a-t-je",
    "rendez-vous", "Rendez-Vous", "est-ce-que", "elle-même", "il", "je", "t", "vous", "ce",
    "Mr.", "Mrs.", "M.", "MM.", "Mme", "Sen.", "Gen.", "U.S.", "U.S.A.", "p.m.", "e.g.", "etc.", "av.",
    "J.-C.", "J.-P.", "J.", "K.", "D-N.Y.", "R-Wis.", "(I-Vt.)", "Mass.", "No.", "Inc.",
    "3", "3,5", "1.000", "1.000.000", "12", "000", "1,000-mile", "1.5bn", "2.5-fold", "20'000", "1er",
    "'s", "’s", "'S", "'", "’", "-", "--", "—", ".", ",", ";", ":", "!", "?", "…", "«", "»", "“", "”", '"',
    "(", ")", "%", "\x00",
)  # fmt: skip
_BLANKS = ("", "", " ", " ", " ", "\u00a0", "\u202f", "\n", "\n\n", "  ", "\t")
_TEXTS = st.lists(
    st.tuples(st.sampled_from(_PIECES), st.sampled_from(_BLANKS)).map("".join), max_size=30
).map("".join)


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_words_are_the_engine_tokens_through_the_view(text):
    for language in LANGUAGES:
        spans = word_spans(text, language)
        assert spans == _engine_word_spans(text, language)
        assert words(text, language) == [text[a:b] for a, b in spans]


@pytest.mark.parametrize("language", LANGUAGES)
def test_words_equal_the_view_on_the_shipped_texts(language):
    texts = [read_article("example").text]
    for path in sorted((ROOT / "benchmarks" / "gold").glob("*.jsonl")):
        texts += [json.loads(line)["text"] for line in path.open(encoding="utf-8")]
    for text in texts:
        assert word_spans(text, language) == _engine_word_spans(text, language)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # the engine keeps an abbreviation's period; the word does not
        ("Mr. Smith met Sen. Cole in the U.S. at 5 p.m.", "en",
         ["Mr", "Smith", "met", "Sen", "Cole", "in", "the", "U.S", "at", "5", "p.m"]),
        ("Rep. Jones (D-N.Y.) and J. K. Rowling", "en", ["Rep", "Jones", "D-N.Y", "and", "J", "K", "Rowling"]),
        ("M. Dupont et Mme Durand, av. J.-C.", "fr", ["M", "Dupont", "et", "Mme", "Durand", "av", "J.-C"]),
        # inversions: the engine's (a-t-il, dit-elle), then the word view's own (est-ce, dis-je)
        ("« Non », a-t-il dit, dit-elle, est-ce, dis-je, rendez-vous, main-d’œuvre", "fr",
         ["Non", "a", "t", "il", "dit", "dit", "elle", "est", "ce", "dis", "je", "rendez-vous", "main-d’œuvre"]),
        # numbers in parts are one word
        ("3,5 % de 1\u202f000 et 1.000.000, 1,000-mile", "fr", ["3,5", "de", "1\u202f000", "et", "1.000.000",
                                                                  "1,000-mile"]),
    ],
)  # fmt: skip
def test_word_view(text, language, expected):
    assert words(text, language) == expected


def test_the_engine_tokens_the_view_reads():
    """The view reads the engine's tokens as they are: M. whole, -t-il, est-ce."""
    tokens = scan("M. Smith, a-t-il dit, est-ce", [], rules=cues_for("fr").token_rules).text
    assert tokens == ["M.", "Smith", ",", "a", "-t-il", "dit", ",", "est-ce"]
    assert words("M. Smith, a-t-il dit, est-ce", "fr") == ["M", "Smith", "a", "t", "il", "dit", "est", "ce"]


def test_abbreviations_count_as_their_words():
    counts = word_frequencies("Mr. Smith and Mrs. Smith met the U.S. envoy at 5 p.m.", "en")
    assert "mr" not in counts and "mrs" not in counts  # stop words, without their period
    assert counts["u.s"] == 1 and counts["smith"] == 2


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_view_rules_are_declared(language):
    data = checked(resource(language, "tokenizer"), TOKENIZER)
    assert all(p == p.lower() for p in data.WORD_INVERSION_PRONOUNS)
    assert not set(data.WORD_INVERSION_PRONOUNS) & set(data.INVERSION_PRONOUNS)  # the engine splits those
