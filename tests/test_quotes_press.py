"""Quote finding in press text as scraped (issue 12): broken marks, incises inside one
pair of marks, terms and charges, the same words quoted twice."""
import pytest
from hypothesis import given, settings, strategies as st

from analysis.quotes import extract_quotes
from analysis.quotes import marks as marks_module

try:
    from analysis.quotes import _tiles
except ImportError:
    _tiles = None


def _spans(text):
    return [text[s.start:s.end] for s in marks_module._find_quoted_spans(text)]


def test_a_lost_closer_before_a_new_sentence_in_quotes_does_not_swallow_the_paragraph():
    text = ("Le rapport est paru.«Les passages sont difficiles, explique X. Une durée qui augmente.«Leur intention "
            "n’est pas claire», dit Y.")
    assert _spans(text) == ["Les passages sont difficiles, explique X. Une durée qui augmente.",
                            "Leur intention n’est pas claire"]


def test_a_quote_inside_a_closed_one_stays_inside_even_after_a_sentence_end():
    text = "Il a dit : «La communauté est blessée. «Allah Akbar», c’est un symbole d’adoration.» Puis il est parti."
    assert _spans(text) == ["La communauté est blessée. «Allah Akbar», c’est un symbole d’adoration."]


def test_a_quote_never_closed_around_closed_ones_ends_where_the_first_inner_one_opens():
    # its closer was lost (the paragraph goes on after the inner quote): two quotes, not one
    text = ("Elles se sont «félicitées des progrès, et d’en «partager les résultats». Un cahier «à partir de mi-2019». "
            "Ils ont signé «deux lettres».")
    assert _spans(text) == ["félicitées des progrès, et d’en", "partager les résultats",
                            "à partir de mi-2019", "deux lettres"]


def test_a_quote_opening_its_paragraph_still_runs_to_the_paragraph_end():
    # a quote over several paragraphs reopens each one and closes only at the last
    text = "«Il a parlé de «réforme» et nous l’avons cru.\n«Puis tout a changé», a-t-il dit."
    assert _spans(text) == ["Il a parlé de «réforme» et nous l’avons cru.", "Puis tout a changé"]


def test_a_closing_guillemet_printed_for_an_opening_one():
    assert _spans("Trump a dénoncé l’»horrible attaque» menée par un jihadiste.") == ["horrible attaque"]
    assert _spans("«Oui», dit-il. » fin") == ["Oui"]  # a stray » before a space stays ignored


def test_quotes_with_no_spaces_and_glued_to_each_other():
    assert _spans("Il a dit «oui»«non» et «peut-être».") == ["oui", "non", "peut-être"]


_PIECES = list("«»“”\"'’ .!?\n") + ["Le", "mot", "a", ", dit X. ", "\u00a0", "l’"]


@pytest.mark.skipif(_tiles is None, reason="native pairing not built")
@given(st.lists(st.sampled_from(_PIECES), max_size=60).map("".join))
@settings(max_examples=2000, deadline=None)
def test_native_pairing_equals_the_python_pairing_on_broken_marks(text):
    native = [marks_module.QuotedSpan(*t) for t in _tiles.spans(text)]
    assert native == marks_module._find_quoted_spans(text)


def test_an_incise_inside_one_pair_of_marks_gives_two_quotes():
    text = "« Il faut partir, explique Jean Dupont, maire de la ville. Nous n’avons plus le choix. » La réunion a suivi."
    quotes = extract_quotes(text, "fr")
    assert [(q.text, q.speaker) for q in quotes] == [("Il faut partir", "Jean Dupont"),
                                                     ("Nous n’avons plus le choix.", "Jean Dupont")]
    assert all(text[q.start:q.end] == q.text for q in quotes)


def test_an_incise_with_a_cue_after_the_marks_stays_one_quote():
    text = "L’intéressée a réagi : « Je suis choquée, réagit-elle au micro, mardi. Je travaille depuis dix ans. » , a-t-elle confié."
    assert len(extract_quotes(text, "fr")) == 1


def test_a_short_sentence_quoted_by_two_speakers_is_two_quotes():
    text = ("« Nous ne céderons pas », a déclaré Jean Dupont lundi. Le lendemain, la ministre a répondu. "
            "« Nous ne céderons pas », a déclaré Marie Curie.")
    assert [(q.text, q.speaker) for q in extract_quotes(text, "fr")] == [
        ("Nous ne céderons pas", "Jean Dupont"), ("Nous ne céderons pas", "Marie Curie")]


def test_words_quoted_with_a_cue_elsewhere_are_the_same_speakers():
    text = "Il a agi «seul» et a été abattu. La police enquête.\nIl a agi «seul», a indiqué Gérard Collomb."
    assert [(q.text, q.speaker) for q in extract_quotes(text, "fr")] == [("seul", "Gérard Collomb"),
                                                                        ("seul", "Gérard Collomb")]


def test_a_term_quoted_again_and_again_with_no_cue_stays_a_term():
    text = ("Emmanuel Macron lancera les « consultations citoyennes » en avril. Ces « consultations citoyennes » "
            "dureront six mois, selon l'Élysée.")
    assert extract_quotes(text, "fr") == []


def test_charges_after_their_lead_or_another_charge_are_no_quotes():
    text = ("Le parquet a ouvert une enquête des chefs d'\"évasion en bande organisée\" et d'\"association de "
            "malfaiteurs\". Deux hommes ont été mis en examen pour \"association de malfaiteurs terroriste\" et "
            "\"acquisition, détention et cession d'armes de catégorie B en relation avec une entreprise terroriste\".")
    assert extract_quotes(text, "fr") == []


def test_a_charges_aggravating_circumstance_quoted_after_it_is_no_quote():
    text = ("Trois juges professionnels jugeront cette affaire de trafic de drogue international « en bande "
            "organisée », a indiqué le parquet des Bouches-du-Rhône.")
    assert extract_quotes(text, "fr") == []
    # the same words with no charge before them are somebody's
    text = "« En réunion », a répondu le ministre Jean Dupont quand on lui a demandé où il serait."
    assert [q.speaker for q in extract_quotes(text, "fr")] == ["Jean Dupont"]


def test_a_renamed_place_is_no_quote():
    text = "Des militants occupent la zone qu'ils ont rebaptisée «zone à défendre» depuis dix ans."
    assert extract_quotes(text, "fr") == []


def test_a_name_after_a_naming_word_and_a_determiner_is_no_quote():
    text = "Le journal sort une édition dite des « survivants » au tirage exceptionnel."
    assert extract_quotes(text, "fr") == []
