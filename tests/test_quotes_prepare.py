"""Text as scraped: line endings, odd spaces and glued headings are prepared away, and
every offset still points into the text as read (analysis/quotes/prepare.py)."""
from hypothesis import HealthCheck, given, settings, strategies as st

from analysis.quotes import extract_quotes
from analysis.quotes.prepare import SPACES, prepare, prepare_for

_PIECES = ["« ", " »", "«", "»", "\"", "“", "”", " ", "\u00a0", "\u202f", "\u2009", "\r\n", "\r", "\n",
           ", a déclaré Jean Dupont. ", ", dit-il. ", "Nous ne céderons pas", "Il a dit que la ville",
           " allait bien", ".", "Les", "À", "mots", "selon le maire", ": "]

texts = st.lists(st.sampled_from(_PIECES) | st.text(alphabet="abcXYZ .,«»\r\n\u00a0", max_size=6),
                 max_size=40).map("".join)


def _check_offsets(text: str) -> None:
    for q in extract_quotes(text, "fr"):
        assert text[q.start:q.end] == q.text
        for a, b in ((q.mention_start, q.mention_end), (q.cue_start, q.cue_end)):
            if a is not None:
                assert 0 <= a <= b <= len(text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_offsets_stay_on_the_text_as_read(text):
    _check_offsets(text)


def _signature(text: str) -> list[tuple]:
    """Each quote as words and speaker: the same quotes whatever the line endings."""
    return [(q.text.replace("\r\n", "\n"), q.speaker, q.mention, q.cue) for q in extract_quotes(text, "fr")]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_crlf_and_lone_cr_endings_give_the_same_quotes(text):
    unix = text.replace("\r\n", "\n").replace("\r", "\n")
    assert _signature(unix.replace("\n", "\r\n")) == _signature(unix)
    assert [q.text for q in extract_quotes(unix.replace("\n", "\r"), "fr")] == \
        [q.text.replace("\n", "\r") for q in extract_quotes(unix, "fr")]


@settings(max_examples=300, deadline=None)
@given(texts)
def test_prepared_offsets_map_into_the_original(text):
    p = prepare_for(text, "fr")
    assert "\r" not in p.text and not set(SPACES) & set(p.text)
    for i in range(len(p.text) + 1):
        assert 0 <= p.end(i) <= p.start(i) <= len(text)  # a left-out \r lies between them
    for i, ch in enumerate(p.text):  # every character copied maps to itself
        o = p.start(i)
        if o < len(text) and p.end(i + 1) == o + 1:
            assert text[o] == ch or (ch == " " and text[o] in SPACES) or (ch == "\n" and text[o] == "\r")


def test_spaces_and_line_endings_change_no_quote():
    plain = "« Nous ne céderons pas », a déclaré Jean Dupont.\n« Jamais », a-t-il ajouté."
    scraped = plain.replace(" »", "\u202f»").replace("« ", "«\u00a0").replace("\n", "\r\n")
    a, b = extract_quotes(plain, "fr"), extract_quotes(scraped, "fr")
    assert [(q.text, q.speaker) for q in a] == [(q.text, q.speaker) for q in b]
    assert [scraped[q.start:q.end] for q in b] == [q.text for q in b]
    assert [scraped[q.cue_start:q.cue_end] for q in b] == ["a déclaré", "a-t-il ajouté"]


def test_glued_heading_and_sentences_are_split_by_language_data():
    p = prepare_for("s’est emballé le maire. AvertissementsÀ Paris, «oui».Parmi eux «a»«b» angles mortsLes autorités",
                    "fr")
    assert p.text == "s’est emballé le maire. Avertissements\nÀ Paris, «oui». Parmi eux «a» «b» angles morts\nLes autorités"
    assert prepare_for("a PowerPoint deck.Then", "en").text == "a PowerPoint deck.Then"  # English data: no split
    assert prepare("McDonald iPhone PowerPoint", None).text == "McDonald iPhone PowerPoint"


def test_a_lowercase_word_glued_to_a_capitalised_one_and_an_acronyms_sentence_end_are_split():
    # a heading's last word runs into the paragraph ("Danger imminentSave"), a sentence ending
    # with an acronym into the next one ("l'ONG.Danger"); brands and initials stay whole
    p = prepare_for("a déploré l’ONG.Danger imminentSave the Children a dénoncé", "fr")
    assert p.text == "a déploré l’ONG. Danger imminent\nSave the Children a dénoncé"
    text = "Un iPhone, un compte eBay, la PlayStation, les U.S.Army et macOS."
    assert prepare_for(text, "fr").text == text
    q = extract_quotes("Les enfants souffrent, a déploré l’ONG.Danger imminentSave the Children a dénoncé une "
                       "situation «désespérante», affirmant que «les enfants sont exposés au risque de mort».", "fr")
    assert [x.speaker for x in q] == ["Save the Children", "Save the Children"]


def test_a_glued_subheading_ends_the_sentence_before_it():
    text = "«Ce n’est plus acceptable», estime-t-il.Des angles mortsLes autorités ont «renforcé la surveillance», a dit le ministre."
    quotes = extract_quotes(text, "fr")
    assert [text[q.start:q.end] for q in quotes] == [q.text for q in quotes]
    assert quotes[0].text == "Ce n’est plus acceptable"


def test_a_capital_glued_to_a_closing_guillemet_opens_a_paragraph():
    # scraping flattened the paragraphs: « … juifs. »Lâche « à jamais »Sous un ciel gris
    p = prepare_for("et juifs. »Lâche « à jamais »Sous un ciel gris, «a»«b» et «c»,", "fr")
    assert p.text == "et juifs. »\nLâche « à jamais »\nSous un ciel gris, «a» «b» et «c»,"
    quotes = extract_quotes("Un message partagé par Solange Morel, 81 ans : « il faut une foi très profonde. C'est "
                            "le même Dieu. »Lâche « à jamais »Sous un ciel gris, des dizaines de personnes ont prié.", "fr")
    assert [q.text for q in quotes] == ["il faut une foi très profonde. C'est le même Dieu."]


def test_a_heading_flattened_with_a_space_before_a_sentence_opener_ends_its_line():
    p = prepare_for("Laïcité et critique des religions Mais pour Paul, chercheur. Des critiques élogieuses Déjà, avec",
                    "fr")
    assert p.text == "Laïcité et critique des religions \nMais pour Paul, chercheur. Des critiques élogieuses \nDéjà, avec"
    assert prepare_for("the religions But for Paul", "en").text == "the religions But for Paul"  # English: no data
