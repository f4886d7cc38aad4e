"""Sentences, words, stop words and word counts."""
from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.io import read_article
from analysis.tokens import (
    _fast_sentence_tokenizer,
    _punkt_sentence_spans,
    _sentence_tokenizer,
    sentence_spans,
    split_sentences,
    stop_words,
    top_words,
    word_frequencies,
    word_spans,
    words,
)

# --- sentences ---------------------------------------------------------------------


def test_french_sentences(fr_text):
    assert split_sentences(fr_text, "fr") == [
        "Le secrétaire d’État Antony Blinken a rencontré M. Lavrov vendredi.",
        "« Nous poursuivrons les discussions », a-t-il déclaré aux journalistes.",
        "Selon Mme Dupont, l’échange de prisonniers n’est pas encore conclu.",
        "Les États-Unis attendent une réponse aujourd’hui.",
    ]


def test_english_sentences(en_text):
    assert split_sentences(en_text, "en") == [
        "Secretary of State Antony Blinken met Mr. Lavrov on Friday.",
        "“We will keep talking,” he told reporters.",
        "According to Dr. Smith, the prisoner swap with the U.S. officials isn’t done yet.",
        "Washington expects an answer today.",
    ]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("M. Lavrov est arrivé. MM. Durand et Martin aussi.", "fr",
         ["M. Lavrov est arrivé.", "MM. Durand et Martin aussi."]),
        ("Mr. Obama and Mrs. Clinton met Gen. Milley. J. K. Rowling wrote.", "en",
         ["Mr. Obama and Mrs. Clinton met Gen. Milley.", "J. K. Rowling wrote."]),
        ("U.S. officials left at 5 p.m. on Friday. They said no.", "en",
         ["U.S. officials left at 5 p.m. on Friday.", "They said no."]),
        ("Sanctions hit the U.S. The move was expected.", "en",
         ["Sanctions hit the U.S.", "The move was expected."]),
        ("Il a cité Paris, Lyon, etc. Il est parti.", "fr", ["Il a cité Paris, Lyon, etc.", "Il est parti."]),
        ("Né en 52 av. J.-C. à Rome. Il meurt jeune.", "fr", ["Né en 52 av. J.-C. à Rome.", "Il meurt jeune."]),
        ("« Vraiment ? » a-t-il demandé. Oui.", "fr", ["« Vraiment ? » a-t-il demandé.", "Oui."]),
        ("“Nous partons.” Il a ajouté : « C’est fini. » Puis il est sorti.", "fr",
         ["“Nous partons.”", "Il a ajouté : « C’est fini. »", "Puis il est sorti."]),
        ('"Really?" he asked. Yes.', "en", ['"Really?" he asked.', "Yes."]),
        # French typography: no-break spaces inside guillemets and before « ? ».
        ("«\u00a0Vraiment\u00a0?\u00a0» a-t-il dit. M.\u00a0Lavrov a ri.", "fr",
         ["«\u00a0Vraiment\u00a0?\u00a0» a-t-il dit.", "M.\u00a0Lavrov a ri."]),
    ],
)  # fmt: skip
def test_sentence_rules(text, language, expected):
    assert split_sentences(text, language) == expected


def test_paragraph_break_ends_a_sentence():
    text = "  Titre sans point\n\n\nPremier paragraphe\nsur deux lignes.\n \nFin"
    assert split_sentences(text, "fr") == [
        "Titre sans point",
        "Premier paragraphe\nsur deux lignes.",
        "Fin",
    ]


def test_spans_are_exact_offsets(fr_text, en_text):
    example = read_article().text
    for text, language in ((fr_text, "fr"), (en_text, "en"), (example, "fr")):
        spans = sentence_spans(text, language)
        assert spans == sorted(spans)
        assert all(text[start:end] == text[start:end].strip() != "" for start, end in spans)
        # Nothing but whitespace between sentences: no character is lost.
        previous = 0
        for start, end in spans:
            assert text[previous:start].strip() == ""
            previous = end
        assert text[previous:].strip() == ""


def test_example_sentences_keep_quotes_whole():
    text = read_article().text
    sentences = split_sentences(text, "fr")
    assert sentences[0].startswith("Les États-Unis “poursuivront”")
    assert sentences[0].endswith("vendredi matin.")
    assert any(s.startswith("“Nous avons avancé") and s.endswith("s’engager avec nous.") for s in sentences)


def test_empty_and_bad_language():
    assert sentence_spans("", "fr") == []
    assert sentence_spans(" \n\n ", "en") == []
    with pytest.raises(ValueError, match=r"language must be one of 'fr', 'en'; got 'de'"):
        sentence_spans("Hallo.", "de")  # type: ignore[arg-type]


# The fast path (_FastPunkt) must split exactly like nltk's Punkt with our parameters.
_SENTENCE_PIECES = (
    # words, sentence starters, elisions, numbers
    "word", "Word", "vendredi", "Lavrov", "États-Unis", "aujourd’hui", "l’État", "l'était", "qu’il",
    "O'Brien", "Il", "il", "The", "But", "Mais", "Selon", "Le", "3,5", "1.000", "2024", "3.5", "1er",
    "x_", "İstanbul", "ß", "é",
    # abbreviations, initials, numbers and words ending in a period
    "M.", "Mme.", "MM.", "Mr.", "Mrs.", "Dr.", "Gen.", "U.S.", "u.s.", "U.S.A.", "U.K.", "etc.", "Etc.",
    "p.m.", "a.m.", "av.", "J.-C.", "c.-à-d.", "vs.", "Inc.", "Jan.", "sept.", "J.", "K.", "é.", "x.",
    "3.", "52.", "1.5.", "end.", "Fin.", "word..",
    # marks, ellipses, quotes, brackets, dashes
    ".", ".", "?", "!", "?!", "!!!", "...", "..", "…", ". . .", ",", ";", ":", "«", "»", "“", "”", '"',
    "'", "‘", "’", "(", ")", "[", "]", "-", "--", "–", "*", "@", "%", ".)", ".»", ".”", '."', "?»", "!”",
)  # fmt: skip
# what follows a piece: mostly one space
_SENTENCE_SEPARATORS = (
    " ", " ", " ", " ", " ", " ", "", "", "  ", "\n", "\n\n", "\n \n", "\t", "\r\n", "\x0c",
    "\u00a0", "\u202f", "\u2009", "\u2028", "\x85", "\x1c",
)  # fmt: skip
_SENTENCE_TEXTS = st.lists(
    st.tuples(st.sampled_from(_SENTENCE_PIECES), st.sampled_from(_SENTENCE_SEPARATORS)).map("".join),
    max_size=50,
).map("".join)


@settings(max_examples=500, deadline=None)
@given(st.one_of(_SENTENCE_TEXTS, st.lists(st.sampled_from(_SENTENCE_PIECES + _SENTENCE_SEPARATORS),
                                          max_size=50).map("".join)))
def test_fast_sentence_spans_equal_punkt(text):
    for language in ("fr", "en"):
        assert sentence_spans(text, language) == _punkt_sentence_spans(text, language)
        # also Punkt alone, on text that holds blank lines and lines of one sentence
        expected = list(_sentence_tokenizer(language).span_tokenize(text))
        assert _fast_sentence_tokenizer(language).span_tokenize(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Vraiment ? » a-t-il dit. M. Lavrov, Mme Dupont.",
        "a ?\n\x1c b",  # the line after "?" is blank to Punkt: no break
        "Oui.\n\x1c Non. Fin",
        " . Il est là. \t. Il. x",  # whitespace at the very start: Punkt's index-0 quirk
        "l'était. On dit. L'Insee. C'est U.S. The end. “Mon",
        "Very bad acting!!! I promise. (7413). » Fin.",
        "J. K. Rowling. 3. Le 2. le . . . Fin... Il... il.. x.. Y",
        "etc.) Il. etc.), il. M.» Non. U.S.” The",
        "Il hésite ... Il part ... il reste ... The end ... But … Mais",  # ellipsis + starter
    ],
)
def test_fast_sentence_spans_examples(text):
    for language in ("fr", "en"):
        assert sentence_spans(text, language) == _punkt_sentence_spans(text, language)
        expected = list(_sentence_tokenizer(language).span_tokenize(text))
        assert _fast_sentence_tokenizer(language).span_tokenize(text) == expected


# --- words ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("l’injustice qu’il jusqu’à", ["l’", "injustice", "qu’", "il", "jusqu’", "à"]),
        ("l'injustice qu'il jusqu'à", ["l'", "injustice", "qu'", "il", "jusqu'", "à"]),
        ("d’un n’est s’il c’est j’ai m’a t’as", ["d’", "un", "n’", "est", "s’", "il", "c’", "est",
                                               "j’", "ai", "m’", "a", "t’", "as"]),
        ("lorsqu’on puisqu’elle quoiqu’il L’État", ["lorsqu’", "on", "puisqu’", "elle", "quoiqu’", "il",
                                                    "L’", "État"]),
        ("aujourd’hui presqu’île quelqu’un aujourd'hui", ["aujourd’hui", "presqu’île", "quelqu’un",
                                                          "aujourd'hui"]),
        ("États-Unis peut-être c’est-à-dire rendez-vous", ["États-Unis", "peut-être", "c’", "est-à-dire",
                                                           "rendez-vous"]),
        ("a-t-il dit-elle est-ce", ["a", "t", "il", "dit", "elle", "est", "ce"]),
        ("« Oui ! », 3,5 % de 1\u202f000 COVID-19…", ["Oui", "3,5", "de", "1\u202f000", "COVID-19"]),
    ],
)  # fmt: skip
def test_french_words(text, expected):
    assert words(text, "fr") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Clinton’s aide don't know", ["Clinton", "’s", "aide", "don't", "know"]),
        ("it's O'Brien's rock'n'roll", ["it", "'s", "O'Brien", "'s", "rock'n'roll"]),
        ("the Joneses’ well-known 1,000-mile trip in the '90s.", ["the", "Joneses", "well-known",
                                                                  "1,000-mile", "trip", "in", "the",
                                                                  "90s"]),
        ("“We won’t,” he said — 3.5%.", ["We", "won’t", "he", "said", "3.5"]),
    ],
)  # fmt: skip
def test_english_words(text, expected):
    assert words(text, "en") == expected


def test_word_spans_match_words(fr_text):
    spans = word_spans(fr_text, "fr")
    assert [fr_text[s:e] for s, e in spans] == words(fr_text, "fr")
    assert words("L’État", "fr", lower=True) == ["l’", "état"]


# --- stop words and counts -----------------------------------------------------------------


def test_stop_words():
    fr, en = stop_words("fr"), stop_words("en")
    assert len(fr) >= 400 and len(en) >= 300
    assert {"le", "la", "les", "de", "et", "qui", "est", "selon", "l’", "l'", "qu’", "qu'", "jusqu’"} <= fr
    assert {"the", "of", "and", "said", "don't", "don’t", "’s", "'s"} <= en
    assert "lavrov" not in fr and "russia" not in en
    assert all(w == w.lower() for w in fr | en)
    assert stop_words("FR") is fr


def test_word_frequencies(fr_text):
    counts = word_frequencies([fr_text, "Lavrov, Lavrov ! L’échange en 2022."], "fr")
    assert isinstance(counts, Counter)
    assert counts["lavrov"] == 3
    assert counts["échange"] == 2
    for skipped in ("le", "l’", "a", "il", "2022", "m"):
        assert skipped not in counts
    assert word_frequencies("Le chat, le chien.", "fr") == Counter({"chat": 1, "chien": 1})


def test_word_frequencies_options():
    text = "Le Chat et le chat. Un B."
    assert word_frequencies(text, "fr", drop_stop_words=False) == Counter(
        {"le": 2, "chat": 2, "et": 1, "un": 1}
    )
    assert word_frequencies(text, "fr", lower=False) == Counter({"Chat": 1, "chat": 1})
    assert word_frequencies(text, "fr", min_length=1, drop_stop_words=False)["b"] == 1
    assert word_frequencies(text, "fr", min_length=5) == Counter()


def test_top_words(en_text):
    text = "Ukraine grain deal: Russia says Ukraine grain ships may sail. Russia agrees."
    assert top_words(text, "en", n=3) == [("grain", 2), ("russia", 2), ("ukraine", 2)]
    assert top_words([text, "Ukraine."], "en", n=1) == [("ukraine", 3)]
    assert top_words(text, "en", n=0) == []
    assert ("said", 1) not in top_words(en_text, "en", n=50)
    with pytest.raises(ValueError, match="n must be >= 0"):
        top_words(text, "en", n=-1)


def test_sentences_fall_back_to_punkt_when_the_fast_path_breaks(monkeypatch):
    import analysis.tokens as tokens

    text = "M. Dupont est arrivé. Il a parlé. « Oui ? » a-t-il demandé."
    expected = tokens.sentence_spans(text, "fr")

    def broken(*_args, **_kwargs):
        raise AttributeError("nltk moved something")

    monkeypatch.setattr(tokens, "_FastPunkt", broken)
    tokens._fast_sentence_tokenizer.cache_clear()
    try:
        assert isinstance(tokens._fast_sentence_tokenizer("fr"), tokens.PunktSentenceTokenizer)
        assert tokens.sentence_spans(text, "fr") == expected
        assert len(expected) == 3
    finally:
        tokens._fast_sentence_tokenizer.cache_clear()


def test_sentences_fall_back_to_punkt_when_the_fast_path_fails_on_a_text(monkeypatch):
    import analysis.tokens as tokens

    text = "M. Dupont est arrivé. Il a parlé.\n\nPuis il est parti. Fin."
    expected = tokens._punkt_sentence_spans(text, "fr")
    fast = tokens._fast_sentence_tokenizer("fr")
    assert isinstance(fast, tokens._FastPunkt)  # this nltk passes the self-check

    def broken(_text):
        raise KeyError("an nltk internal moved")

    monkeypatch.setattr(fast, "span_tokenize", broken)
    assert tokens.sentence_spans(text, "fr") == expected and len(expected) == 4


def test_self_check_covers_the_fast_path_shapes():
    import analysis.tokens as tokens

    for language in ("fr", "en"):
        assert tokens.sentence_spans(tokens._SELF_CHECK, language) == tokens._punkt_sentence_spans(
            tokens._SELF_CHECK, language)
        assert "\n" in tokens._SELF_CHECK and "\t" in tokens._SELF_CHECK
