"""scan.words_in and the search of Tokens.seen_lower, natively where built, answer as their Python code does."""
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.quotes import scan


def _count(words, a, b):
    return sum(1 for w in words[a:b] if w[0].isalnum())


@given(st.lists(st.text(min_size=1, max_size=3), max_size=12), st.integers(-15, 15), st.integers(-15, 15))
@settings(max_examples=500, deadline=None)
def test_words_in_counts_the_tokens_that_open_with_a_letter_or_digit(words, a, b):
    assert scan.words_in(words, a, b) == _count(words, a, b)
    if scan._tiles is not None:
        assert scan._tiles.words_in(words, a, b) == _count(words, a, b)


def _seen_lower(low, words, word):
    return any(l == word and words[k][0].islower() for k, l in enumerate(low))


@given(st.lists(st.sampled_from(["le", "Le", "LE", "é", "É", "x", "X", "ǅ", "3", "«"]), max_size=12),
       st.sampled_from(["le", "é", "x", "ǅ", "ǆ", "3", "zz"]))
@settings(max_examples=500, deadline=None)
def test_native_seen_lower_is_the_search(words, word):
    if scan._tiles is None:
        return
    low = [w.lower() for w in words]
    assert scan._tiles.seen_lower(low, words, word) == _seen_lower(low, words, word)
