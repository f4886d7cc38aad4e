"""scan.words_in (natively where built) counts what sum(str.isalnum of first characters) counts."""
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
