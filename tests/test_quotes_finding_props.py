"""Property tests of the quote-or-not evidence of issue 12 (headings, glosses, acronyms,
nicknames, lost closers, short quotes of a cued sentence): whatever the line endings and
spaces, offsets stay on the text as read and the quotes are the same."""
from hypothesis import HealthCheck, given, settings, strategies as st

from analysis.quotes import extract_quotes

_PIECES = ["« ", " »", "«", "»", "\"", "(", ")", " (ZAD)", " (AVC)", "\r\n", "\r", "\n", "\u00a0", " ",
           "zone d'aménagement différé", "Lavage de cerveau", "lavage de cerveau", "Jean", "Jojo", "Dupont",
           ", raconte Jean Dupont, qui parle d’un moment ", "festif", ", a déclaré Marie Curie. ",
           "De la démocratie en Amérique", "Son ouvrage majeur, ", "tueur de coûts", "Nous ne céderons pas",
           "d’en ", ". Un cahier suit. ", "."]

texts = st.lists(st.sampled_from(_PIECES), max_size=30).map("".join)


def _signature(text: str, language: str) -> list[tuple]:
    return [(q.text.replace("\r\n", "\n"), q.speaker, q.mention, q.cue) for q in extract_quotes(text, language)]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts, st.sampled_from(["fr", "en"]))
def test_offsets_stay_on_the_text_as_read(text, language):
    for q in extract_quotes(text, language):
        assert text[q.start:q.end] == q.text
        for a, b in ((q.mention_start, q.mention_end), (q.cue_start, q.cue_end)):
            if a is not None:
                assert 0 <= a <= b <= len(text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts, st.sampled_from(["fr", "en"]))
def test_line_endings_and_spaces_give_the_same_quotes(text, language):
    unix = text.replace("\r\n", "\n").replace("\r", "\n")
    assert _signature(unix.replace("\n", "\r\n"), language) == _signature(unix, language)
    assert [q.text for q in extract_quotes(unix.replace("\n", "\r"), language)] == \
        [q.text.replace("\n", "\r") for q in extract_quotes(unix, language)]
    spaced = unix.replace("« ", "«\u00a0").replace(" »", "\u202f»")
    assert [(q.speaker, q.cue) for q in extract_quotes(spaced, language)] == \
        [(q.speaker, q.cue) for q in extract_quotes(unix, language)]
