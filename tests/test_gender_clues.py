"""The gender of the people quoted: the clues an article gives (analysis.identity) and the
shipped given names (analysis/lang/*/first_names). The sentences are written for these tests."""
from __future__ import annotations

import importlib.util

import pytest

from analysis.corpus import quote_rows
from analysis.identity import article_speakers, resolve_rows
from analysis.io import Article

needs_entities = pytest.mark.skipif(importlib.util.find_spec("analysis.entities") is None,
                                    reason="analysis.entities (entity knowledge) not in this build")


def _clues(text: str, language: str = "fr") -> dict[str, tuple[str, ...]]:
    quotes = quote_rows(Article(id="t", text=text, language=language), language=language)
    return {s: a.clues for s, a in article_speakers(text, quotes, language=language).items()}


def _genders(articles: list[str], language: str = "fr") -> dict[str, str | None]:
    rows: list[dict] = []
    for k, text in enumerate(articles):
        rows.extend(quote_rows(Article(id=f"a{k}", text=text, language=language), language=language))
    resolve_rows(rows)
    return {r["speaker_name"]: r["speaker_gender"] for r in rows if r.get("speaker_name")}


# --- clues in the text ---------------------------------------------------------------

def test_a_pronoun_after_a_short_opening_phrase_of_the_next_sentence():
    clues = _clues("« Nous tiendrons », a déclaré Claude Vanier lundi. Mardi matin, elle a rencontré les élus.")
    assert "f:pronoun elle" in clues["Claude Vanier"]
    clues = _clues("“We will hold,” said Jordan Miles, who runs the union. On Thursday, she met the mayor.", "en")
    assert "f:pronoun she" in clues["Jordan Miles"]


def test_an_opening_phrase_naming_someone_else_gives_no_pronoun():
    clues = _clues("« Nous tiendrons », a déclaré Claude Vanier lundi. Selon Dominique Roux, elle a menti.")
    assert not any(c.startswith("f:") for c in clues.get("Claude Vanier", ()))


def test_said_she_after_an_age():
    clues = _clues("“They want us to shut up,” Jordan Miles, 25, said as she marched with the others.", "en")
    assert "f:pronoun she" in clues["Jordan Miles"]


@needs_entities
def test_a_title_after_the_name_without_a_comma():
    clues = _clues("« Le pont sera rouvert », a déclaré Claude Vanier le ministre des Transports du pays.")
    assert any(c.startswith("m:") for c in clues["Claude Vanier"])


def test_an_elided_article_and_a_gendered_noun():
    clues = _clues("« Il faut rester calmes », a expliqué l'agriculteur Dominique Roux après la réunion.")
    assert "m:noun l'agriculteur" in clues["Dominique Roux"]
    clues = _clues("« Le roman est fini », a confié l’agricultrice Dominique Roux à la radio.")
    assert "f:noun l'agricultrice" in clues["Dominique Roux"]


def test_the_given_name_of_an_initial_is_the_same_person():
    clues = _clues("La ministre Camille Belmont a parlé lundi. « Nous suspendons l'examen », a indiqué "
                   "C. Belmont dans l'hémicycle.")
    assert any(c.startswith(("f:title", "f:det")) for c in clues["C. Belmont"])


@needs_entities
def test_an_unnamed_mention_is_never_the_named_speaker():
    text = ("La porte-parole du parquet, Camille Belmont, a confirmé l'enquête. « Trois personnes sont "
            "entendues », a-t-elle dit.")
    quotes = [{"speaker": "Camille Belmont", "mention": "la porte-parole du parquet"},
              {"speaker": "Camille Belmont", "mention": "un porte-parole de la société"}]
    clues = article_speakers(text, quotes, language="fr")["Camille Belmont"].clues
    assert not any(c.startswith("m:") for c in clues)


# --- given names ---------------------------------------------------------------------

@needs_entities
def test_counted_english_given_names_tell_the_gender():
    from analysis.entities import person_gender

    assert person_gender("Krystal Hobart", language="en").value == "female"
    assert person_gender("Trey Hobart", language="en").value == "male"
    assert person_gender("Trey Hobart", language="fr").value == "male"  # French news quotes Americans too
    assert person_gender("Virginia Beach", language="en").value == "unknown"  # a place, left out
    assert person_gender("General Motors", language="en").value == "unknown"


@needs_entities
def test_names_of_another_sex_in_france_are_not_counted_names():
    from analysis.entities import person_gender

    assert person_gender("Jean-Marc Hobart", language="fr").value == "male"  # the French list
    assert person_gender("Jean-Marc Hobart", language="en").value == "unknown"  # female in the US, male in France
    assert person_gender("Patrice Hobart", language="en").value == "unknown"  # male in France


def test_the_written_list_wins_and_the_quote_engine_keeps_it():
    from analysis.lang.en import first_names as en
    from analysis.lang.fr import first_names as fr

    assert en.GIVEN_NAMES["bernie"] == "m"  # written list; 87 % of US births only
    assert "krystal" in en.GIVEN_NAMES and "krystal" not in en.FIRST_NAMES
    assert fr.GIVEN_NAMES["laurence"] == "f"  # male in the US, female in France
    counted = en.load_counted()
    assert len(counted) > 5000 and set(counted.values()) == {"m", "f"}


@needs_entities
def test_a_counted_given_name_decides_the_gender_of_a_quoted_person():
    genders = _genders(["“We are not done,” said Krystal Hobart, a teacher at the school."], "en")
    assert genders["Krystal Hobart"] == "female"


@needs_entities
def test_titles_before_the_given_name_are_skipped():
    from analysis.entities import person_gender

    assert person_gender("Sens. Jon Hobart", language="en").value == "male"
    assert person_gender("Lt. Gov. Krystal Hobart", language="en").value == "female"
    assert person_gender("J. Hobart", language="en").value == "unknown"  # an initial tells nothing


def test_a_noun_in_apposition_tells_the_gender():
    clues = _clues("« Les sols sont pollués », a expliqué Dominique Roux, agricultrice près de Lyon.")
    assert "f:noun agricultrice" in clues["Dominique Roux"]
    clues = _clues("« Les sols sont pollués », a expliqué Dominique Roux, la cofondatrice de l'association.")
    assert "f:noun la cofondatrice" in clues["Dominique Roux"]


def test_an_adverb_after_the_name_is_no_apposition():
    clues = _clues("« Les sols sont pollués », a expliqué Dominique Roux, maintenant à la retraite.")
    assert clues["Dominique Roux"] == ()


def test_a_french_speaker_named_by_a_given_name_alone():
    quotes = [{"speaker": "Sandrine", "mention": "Sandrine"}]
    text = "« On a eu peur », raconte Sandrine, 42 ans, mère de deux enfants."
    assert "f:name sandrine" in article_speakers(text, quotes, language="fr")["Sandrine"].clues
    text = "Le député Paul Martin a voté contre. « On a eu peur », raconte Martin, élu de la ville."
    quotes = [{"speaker": "Martin", "mention": "Martin"}]
    assert not any(c.endswith("name martin") for c in article_speakers(text, quotes, language="fr")["Martin"].clues)


def test_an_english_surname_alone_is_no_given_name():
    quotes = [{"speaker": "Paul", "mention": "Paul"}]
    text = "“We will not fold,” Paul told reporters on Monday."
    assert article_speakers(text, quotes, language="en")["Paul"].clues == ()


def test_without_a_comma_only_a_title_is_an_apposition():
    quotes = [{"speaker": "Le Journal", "mention": "Le Journal"}]
    text = "« Un expert douteux », écrit Le Journal le qualifiant ainsi dans son dernier numéro."
    assert article_speakers(text, quotes, language="fr")["Le Journal"].clues == ()


def test_a_name_joined_to_the_complement_of_a_title_is_not_its_bearer():
    quotes = [{"speaker": "Nissan", "mention": "Nissan"}]
    text = "Carlos Ghosn, président-directeur général de Renault - Nissan, est soupçonné. « Tout sera dit », a dit Nissan."
    assert article_speakers(text, quotes, language="fr")["Nissan"].clues == ()


@needs_entities
def test_stop_words_are_no_given_names():
    from analysis.entities import person_gender

    assert person_gender("Les fonctionnaires de la ligue", language="fr").value == "unknown"
    assert person_gender("May Hobart", language="en").value == "unknown"
