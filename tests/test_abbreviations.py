"""One abbreviation list a language (analysis/lang/<code>/abbreviations.py), read by both
tokenizers: sentence splitting (Punkt, analysis.tokens), the quote engine (scan) and sentiment."""
from __future__ import annotations

from pathlib import Path

import pytest

from analysis import tokens
from analysis.lang import LANGUAGES, resource
from analysis.quotes import extract_quotes, scan
from analysis.quotes.cues import cues_for
from analysis.quotes.marks import find_quoted_spans
from analysis.sentiment import _analyzer

# the engine's own list before it read the language's (scan._ABBREVIATIONS): none is lost
_ENGINE_BEFORE = (
    "Mr", "Mrs", "Ms", "Messrs", "Dr", "Sen", "Sens", "Rep", "Reps", "Gov", "Gen", "Lt", "Col", "Sgt", "Capt",
    "Cmdr", "Adm", "St", "Ste", "Jr", "Sr", "Prof", "Rev", "Hon", "Pres", "Supt", "Det", "Gouv", "Mgr", "Pr", "MM",
    "Me", "Mme", "Mmes", "Mlle", "No", "Inc", "Corp", "Co", "Ltd", "vs", "etc", "Jan", "Feb", "Aug", "Sept", "Sep",
    "Oct", "Nov", "Dec", "janv", "févr", "déc", "av", "apr", "J.-C", "cf", "p.ex", "ex", "env", "M")


def test_the_engine_holds_no_abbreviation_of_its_own() -> None:
    assert not hasattr(scan, "_ABBREVIATIONS")
    source = (Path(__file__).resolve().parents[1] / "analysis" / "quotes" / "scan.py").read_text(encoding="utf-8")
    assert not any(f'"{a}"' in source for a in ("Mrs", "Sen", "janv", "etc", "jusqu", "elle"))


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_reader_reads_the_language_list(language: str) -> None:
    data = resource(language, "abbreviations")
    engine = cues_for(language).token_rules[0]
    assert set(engine) == set(data.ABBREVIATIONS) - set(data.ALSO_WORDS)
    assert set(data.ALSO_WORDS) <= set(data.ABBREVIATIONS)
    assert list(engine) == sorted(engine, key=lambda a: (-len(a), a))  # "Mmes" tried before "Mme"
    lowered = {a.lower() for a in data.ABBREVIATIONS}
    assert tokens._sentence_tokenizer(language)._params.abbrev_types == lowered
    assert _analyzer(language).constants.abbreviations == lowered


def test_no_engine_abbreviation_is_lost() -> None:
    merged = {a for code in LANGUAGES for a in cues_for(code).token_rules[0]}
    assert set(_ENGINE_BEFORE) - merged == set()


@pytest.mark.parametrize("language, text, kept", [
    ("en", "Sens. Ted Cruz and Marco Rubio spoke.", "Sens."),
    ("en", "She lives in Fresno, Calif. with her son.", "Calif."),
    ("fr", "Il est né en 52 av. J.-C. à Rome.", "J.-C."),
    ("fr", "Mme Dupont et Mlle. Martin, c.-à-d. les deux.", "c.-à-d."),
])
def test_the_engine_keeps_the_language_abbreviations_whole(language: str, text: str, kept: str) -> None:
    cues = cues_for(language)
    tk = scan.scan(text, find_quoted_spans(text), rules=cues.token_rules)
    assert kept in tk.text
    assert len(set(tk.sent)) == 1  # their period ends no sentence


def test_an_other_language_abbreviation_does_not_act() -> None:
    # French "vol." (a flight) ends sentences; "Mme." is no English abbreviation
    fr = cues_for("fr").token_rules
    assert "vol" not in fr[0] and "Mme" not in cues_for("en").token_rules[0]
    text = "Il a pris un vol. Puis il est parti."
    assert len(set(scan.scan(text, [], rules=fr).sent)) == 2


def test_english_senators_stay_in_their_sentence() -> None:
    # "Sens." was unknown to Punkt's English list: it ended a sentence before the names
    text = "Republican leaders, including Sens. John McCain and Kelly Ayotte, have denounced it. Then more."
    assert len(tokens.sentence_spans(text, "en")) == 2
    quotes = extract_quotes('"It is wrong," said Sen. John McCain. "No, not at all," he added.', "en")
    assert [q.speaker for q in quotes] == ["John McCain", "John McCain"]


@pytest.mark.parametrize("language, text, tokens_", [
    ("fr", "l’État, a-t-il dit, jusqu'ici", ["l’", "État", ",", "a", "-t-il", "dit", ",", "jusqu'", "ici"]),
    ("en", "D’Souza said O'Brien's dog-on leash", ["D’Souza", "said", "O'Brien", "'s", "dog-on", "leash"]),
])
def test_elisions_and_inversions_are_the_language_own(language: str, text: str, tokens_: list[str]) -> None:
    # French elisions and inversions no longer act on English text ("D’Souza", "dog-on")
    assert scan.scan(text, [], rules=cues_for(language).token_rules).text == tokens_
    words = resource(language, "tokenizer")
    assert cues_for(language).token_rules[1:] == (tuple(words.ELISIONS), tuple(words.INVERSION_PRONOUNS))
