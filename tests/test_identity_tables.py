"""Issue 13's columns in the tables API and the corpus Parquet tables: who each speaker is
(speaker_id, speaker_kind, speaker_gender), the same in both. Articles written for these tests."""
from __future__ import annotations

from analysis import tables
from analysis.corpus import analyze_corpus, load_results
from analysis.quotes import extract_quotes

TEXT = ("La ministre de la Santé, Marie Dupont, a présenté son plan. « Les hôpitaux auront des moyens », "
        "a-t-elle promis. « Rien n’est décidé », a ajouté le maire Paul Vernier lundi.")


def test_the_tables_api_says_who_each_speaker_is():
    quotes = extract_quotes(TEXT, language="fr")
    q = tables.quotes_table(quotes, language="fr", text=TEXT).set_index("speaker")
    s = tables.speaker_table(quotes, language="fr", text=TEXT, min_quotes=1).set_index("speaker")
    for frame in (q, s):
        assert frame.loc["Marie Dupont", "speaker_kind"] == "person"
        assert frame.loc["Marie Dupont", "speaker_gender"] == "female"
        assert frame.loc["Paul Vernier", "speaker_gender"] == "male"
    assert q.loc["Marie Dupont", "speaker_id"] == s.loc["Marie Dupont", "speaker_id"]


def test_the_corpus_tables_carry_the_identity_and_its_evidence(tmp_path):
    source = tmp_path / "a.txt"
    source.write_text(TEXT, encoding="utf-8")
    analyze_corpus(source, tmp_path / "out", scheduler="sync", progress=False, language="fr")
    results = load_results(tmp_path / "out")
    speakers = results.speakers.set_index("speaker")
    assert speakers.loc["Marie Dupont", "speaker_gender"] == "female"
    assert "f:" in speakers.loc["Marie Dupont", "gender_evidence"]  # the evidence is kept
    quotes = results.quotes
    marie = quotes[quotes["speaker"] == "Marie Dupont"]
    assert set(marie["speaker_id"]) == {speakers.loc["Marie Dupont", "speaker_id"]}
