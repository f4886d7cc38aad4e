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


def test_words_an_acronym_after_them_abbreviates_are_a_name():
    text = ("Les gendarmes expulsent les militants qui occupent la «zone d'aménagement différé» (ZAD), "
            "a déclaré le préfet Jean Dupont.")
    assert "zone d'aménagement différé" not in _texts(text)
    en = 'Ms. Ruiz said the “Affordable Care Act” (ACA) would stay.'
    assert "Affordable Care Act" not in _texts(en, "en")


def test_an_acronym_of_other_words_leaves_the_quote():
    # AVC abbreviates only some of the quoted words: they stay somebody's
    text = ("Le médecin Jean Dupont évoque un \"possible risque d'accident vasculaire cérébral\" (AVC), "
            "a-t-il déclaré.")
    assert "possible risque d'accident vasculaire cérébral" in _texts(text)


def test_a_capitalised_quote_inside_a_sentence_with_no_cue_is_a_title():
    text = ("«Nous avons voulu raconter le pays», a déclaré Jean Dupont. Son ouvrage majeur, "
            "«De la démocratie en Amérique», inspire sa vision. Avec notre série «Demain, quelle France?», "
            "nous avions une ambition.")
    assert _texts(text) == ["Nous avons voulu raconter le pays"]


def test_a_capitalised_quote_after_a_verb_and_a_comma_is_no_title():
    from analysis.quotes.cues import cues_for
    from analysis.quotes.extract import _Article, _capitalised_inside

    def verdicts(text):
        art = _Article(text, cues_for("fr"))
        out = []
        for qa, qb in art.tk.qtok:
            n = sum(w[:1].isalnum() for w in art.tk.text[qa:qb])
            out.append(_capitalised_inside(art, qa, qb, n))
        return out

    assert verdicts("Il a ajouté, «Rien ne changera», avant de partir.") == [False]
    assert verdicts("Son ouvrage majeur, «De la démocratie en Amérique», inspire.") == [True]
    assert verdicts("Il a déclaré «Nous partirons demain» hier.") == [False]  # after a reporting verb
    assert verdicts("«Rien ne changera», dit-il.") == [False]  # opens its sentence


def test_short_quotes_in_the_sentence_of_a_cued_quote_are_its_speakers_words():
    text = ("«Dans l’escalier, on se tient la main», raconte Nicolas Roux, 49 ans, qui parle d’un moment "
            "«festif», «affectueux». Le policier ferme la porte.")
    quotes = extract_quotes(text, "fr")
    assert [q.text for q in quotes] == ["Dans l’escalier, on se tient la main", "festif", "affectueux"]
    assert {q.speaker for q in quotes} == {"Nicolas Roux"}


def test_a_short_quote_in_another_sentence_stays_a_scare_quote():
    text = ("«Dans l’escalier, on se tient la main», raconte Nicolas Roux, 49 ans. "
            "La soirée fut un moment «festif». La porte se ferme.")
    assert _texts(text) == ["Dans l’escalier, on se tient la main"]


def test_a_nickname_inside_a_name_is_no_quote():
    text = '"This is a big year," Scott\'s niece, state Del. Marcia "Cia" Price, shouted to the crowd.'
    assert _texts(text, "en") == ["This is a big year,"]
    assert "Jojo" not in _texts("«Nous partons», a déclaré Jean «Jojo» Dupont.", "fr")


def test_a_gloss_is_a_quote_exactly_when_the_words_it_translates_are_one():
    dropped = ('«Il faut agir vite», a déclaré Carlos Ghosn. Il a gagné le surnom de "cost killer" '
               '("tueur de coûts") pour sa capacité à transformer les entreprises.')
    assert _texts(dropped) == ["Il faut agir vite"]
    kept = "«No más peleas, te prometo» («Plus de combats, je vous le promets»), a déclaré Jean Dupont."
    assert _texts(kept) == ["No más peleas, te prometo", "Plus de combats, je vous le promets"]


def test_a_french_quote_filling_a_parenthesis_after_a_word_is_a_title():
    text = ('Il a publié un livre sur son expérience ("Braqueur : des cités au grand banditisme"), '
            "a déclaré Jean Dupont, son éditeur.")
    assert "Braqueur : des cités au grand banditisme" not in _texts(text)
