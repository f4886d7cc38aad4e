"""Quote-or-not evidence in press text (issue 12): headings, acronyms, lost closers."""
from analysis.quotes import extract_quotes


def _texts(text, language="fr"):
    return [q.text for q in extract_quotes(text, language)]


def test_a_subheading_repeating_the_body_words_does_not_make_them_a_term():
    body = ("Le frère du tireur a parlé à la radio.\n\"Lavage de cerveau\"\n"
            "Dans ses propos, il a décrit un \"lavage de cerveau\" et une \"dérive personnelle\".")
    assert _texts(body) == ["lavage de cerveau", "dérive personnelle"]
    # quoted again and again in the body, the words stay a term
    term = ("Le ministre a parlé d'un «lavage de cerveau». Il a décrit un «lavage de cerveau». "
            "Les experts contestent le «lavage de cerveau».")
    assert "lavage de cerveau" not in _texts(term)


def test_heading_and_crlf_give_the_same_quotes():
    text = ("Le frère du tireur a parlé à la radio.\n\"Lavage de cerveau\"\n"
            "Dans ses propos, il a décrit un \"lavage de cerveau\".")
    crlf = text.replace("\n", "\r\n")
    assert _texts(text) == _texts(crlf)
    for q in extract_quotes(crlf, "fr"):
        assert crlf[q.start:q.end] == q.text
