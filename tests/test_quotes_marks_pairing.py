"""Mark pairing where a closer was lost: split into small steps, native and Python the same."""
import pytest
from hypothesis import given, settings, strategies as st

from analysis.quotes import marks
from analysis.quotes._select import native

_tiles = native()


def _spans(text):
    return [text[s.start:s.end] for s in marks._find_quoted_spans(text)]


def test_a_lost_closer_ends_the_outer_quote_where_the_inner_one_opens():
    # the outer closer is missing and the paragraph goes on after the inner quote
    text = "Elles se sont «félicitées des progrès, et ont chargé leurs équipes d’en «partager les résultats». Un cahier suit."
    assert _spans(text) == ["félicitées des progrès, et ont chargé leurs équipes d’en", "partager les résultats"]


def test_a_closer_printed_once_for_two_at_the_paragraph_end_closes_both():
    text = "He wrote a column titled “‘Sorry, I Won’t Vote.’ He wrote, ‘If the vote fell to me, I’d vote.’”\nNext."
    assert _spans(text) == ["‘Sorry, I Won’t Vote.’ He wrote, ‘If the vote fell to me, I’d vote.’"]
    text = "Selon elle, «le projet est «mort»."
    assert _spans(text) == ["le projet est «mort"]  # trimmed of its marks


def test_an_inner_quote_opening_a_sentence_ends_the_outer_one():
    text = "Il dit «les délais sont longs, explique X. Une durée qui compte. «Leur intention est floue»"
    assert _spans(text) == ["les délais sont longs, explique X. Une durée qui compte.", "Leur intention est floue"]


_PIECES = list("«»“”\"’ .!?…,\n") + ["mot", "Il dit", "x", " « ", " » ", ". Une"]


@pytest.mark.skipif(_tiles is None, reason="native pairing not built")
@given(st.lists(st.sampled_from(_PIECES), max_size=50).map("".join))
@settings(max_examples=1500, deadline=None)
def test_native_pairing_equals_the_python_pairing_around_lost_closers(text):
    native_spans = [marks.QuotedSpan(*t) for t in _tiles.spans(text)]
    assert native_spans == marks._find_quoted_spans(text)


@given(st.lists(st.sampled_from(_PIECES), max_size=50).map("".join))
@settings(max_examples=500, deadline=None)
def test_spans_are_ordered_disjoint_and_hold_no_paragraph_break(text):
    spans = marks._find_quoted_spans(text)
    for s in spans:
        assert s.open < s.start <= s.end
        assert "\n" not in text[s.open:s.end]
    for a, b in zip(spans, spans[1:]):
        assert a.end <= b.open
