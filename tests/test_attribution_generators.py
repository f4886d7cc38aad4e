"""Candidate generators of analysis/quotes/attribution.py, each on a sentence written for
the test: what it proposes, and what it must not."""
from analysis.quotes.attribution import GENERATORS, _corpus_evidence
from analysis.quotes.extract import quote_candidates


def _candidates(text: str, language: str = "fr") -> list[dict[str, list[str]]]:
    return [{c.name: c.sources for c in cands} for _, cands in quote_candidates(text, language)]


def test_new_generators_are_registered_and_documented():
    for gid in ("verb_subject", "apposition", "organisation"):
        assert gid in GENERATORS and GENERATORS[gid].__doc__


def test_verb_subject_keeps_a_description_as_written_and_ends_it_at_a_preposition():
    text = ("La police a bouclé le quartier mardi. « Nous avons trouvé des traces dans la cuisine », "
            "a précisé un membre de la brigade criminelle sur place.")
    (cands,) = _candidates(text)
    assert any("verb_subject" in src and name.startswith("un membre de la brigade") and "place" not in name
               for name, src in cands.items())


def test_verb_subject_leaves_a_definite_title_to_the_person_it_names():
    text = ("Le ministre Jean Martin a visité l'usine lundi. « Nous ne fermerons pas ce site », "
            "a assuré le ministre devant les salariés.")
    (cands,) = _candidates(text)
    assert not any("verb_subject" in src for src in cands.values())


def test_organisation_proposes_the_paper_named_before_its_description():
    text = ("Le journal La Croix a publié une enquête lundi. « Ces faits sont graves et anciens », "
            "écrit le quotidien dans son édition.")
    (cands,) = _candidates(text)
    assert any("organisation" in src and name.endswith("Croix") for name, src in cands.items())


def test_corpus_evidence_tells_a_common_word_from_a_name():
    got = dict(_corpus_evidence("Compte", "fr"))
    assert got.get("lex:lower", 0) > 0.9
    got = dict(_corpus_evidence("Emmanuel Macron", "fr"))
    assert got.get("lex:per", 0) > 0.8 and got.get("lex:given_name") == 1.0
    assert dict(_corpus_evidence("Brigade de Capendu", "fr")).get("lex:first_lower", 0) > 0.5
    assert _corpus_evidence("Emmanuel Macron", "en") == ()  # no English lexicon
    assert _corpus_evidence("le quotidien", "fr") == ()  # no capitalised word
