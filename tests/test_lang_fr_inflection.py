"""French verb inflection (analysis/lang/fr/inflection.py) and the reporting verbs it feeds."""
import pytest

from analysis.lang.fr.inflection import verb_forms
from analysis.quotes.cues import cues_for


@pytest.mark.parametrize("lemma, form", [
    ("espérer", "espère"), ("suggérer", "suggèrent"), ("alléguer", "allègue"),  # é → è before a mute e
    ("marteler", "martèle"), ("soulever", "soulève"),  # e → è
    ("appeler", "appelle"), ("rejeter", "rejettent"),  # a doubled consonant
    ("lancer", "lança"), ("exiger", "exigeait"), ("s'inquiéter", "inquiète"),
])
def test_stem_changes_of_er_verbs(lemma, form):
    assert form in verb_forms(lemma)


@pytest.mark.parametrize("lemma, not_form", [("créer", "crèe"), ("confier", "confìe"), ("déclarer", "déclàre")])
def test_no_stem_change_without_a_vowel_to_change(lemma, not_form):
    assert not_form not in verb_forms(lemma)


@pytest.mark.parametrize("form", ["martèle", "soulève", "concède", "allègue", "défend", "défendu", "sourit", "plaint"])
def test_reporting_forms_news_uses_are_verbs(form):
    # « …, martèle X », « …, sourit Mme Y », « X avait défendu « … » »
    assert cues_for("fr").is_verb(form)


def test_avancer_reports_in_an_incise():
    from analysis.quotes import extract_quotes
    text = "Paul Morel a parlé. « La France est une cible à cause de ses activités », avance Matthew Hen."
    assert [q.speaker for q in extract_quotes(text, "fr")] == ["Matthew Hen"]
