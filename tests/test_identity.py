"""Who the speakers are across a corpus (analysis.identity): one id a person, their kind and
gender from what the articles say. The articles are written for these tests."""
from __future__ import annotations

import importlib.util
import json
from collections import defaultdict

import pytest

from analysis.corpus import EXAMPLE_CORPUS, analyze_corpus, load_results, quote_rows
from analysis.identity import article_speakers, decide_gender, fold, resolve_rows, speaker_id
from analysis.io import Article

needs_entities = pytest.mark.skipif(importlib.util.find_spec("analysis.entities") is None,
                                    reason="analysis.entities (entity knowledge, issue 11) not in this build")

CORPUS = [
    ("m1", "2024-01-02", "Le Quotidien",
     "Le président Emmanuel Macron a reçu les syndicats lundi. « Nous avancerons ensemble », a déclaré "
     "Emmanuel Macron à la sortie. Il a ajouté : « Rien n’est décidé. »"),
    ("m2", "2024-01-09", "Le Quotidien",
     "« La réforme ira à son terme », a affirmé M. Macron mardi devant les députés réunis à Paris."),
    ("m3", "2024-02-03", "La Gazette",
     "« Nous ne céderons pas », a lancé Macron devant la presse réunie à l’Élysée jeudi."),
    ("d1", "2024-01-05", "La Gazette",
     "La ministre de la Santé, Marie Dupont, a présenté son plan. « Les hôpitaux auront des moyens », "
     "a-t-elle promis."),
    ("d2", "2024-02-10", "Le Quotidien",
     "Le maire de Lille, Jean Dupont, a critiqué le projet. « C’est une erreur », a-t-il jugé."),
    ("d3", "2024-02-11", "La Gazette",
     "« Le plan est prêt », a assuré Mme Dupont, interrogée par la radio publique mercredi."),
    ("o1", "2024-03-01", "Le Quotidien",
     "L’Organisation mondiale de la santé (OMS) a publié un rapport. « La situation est grave », a "
     "déclaré l’Organisation mondiale de la santé dans un communiqué."),
    ("o2", "2024-03-04", "La Gazette",
     "« Les cas augmentent encore », a indiqué l’OMS dans son dernier bulletin hebdomadaire."),
    ("g1", "2024-03-05", "La Gazette",
     "Des manifestants se sont réunis place de la République. « Nous voulons être entendus », ont "
     "scandé des manifestants devant la mairie."),
]


def _rows(corpus=CORPUS) -> list[dict]:
    rows: list[dict] = []
    for id_, date, source, text in corpus:
        rows.extend(quote_rows(Article(id=id_, text=text, language="fr", date=date, source=source), language="fr"))
    return resolve_rows(rows)


def _by_speaker(rows: list[dict]) -> dict[str, set[str]]:
    ids = defaultdict(set)
    for r in rows:
        if r["speaker"]:
            ids[r["speaker"]].add(r["speaker_id"])
    return ids


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    return _rows()


def test_surname_and_titled_forms_join_the_full_name(rows):
    macron = {r["speaker_id"] for r in rows if r["speaker"] and "Macron" in r["speaker"]}
    assert {r["speaker"] for r in rows if r["speaker"] and "Macron" in r["speaker"]} >= {"Emmanuel Macron", "Macron"}
    assert len(macron) == 1
    assert {r["speaker_name"] for r in rows if r["speaker_id"] in macron} == {"Emmanuel Macron"}


def test_two_people_of_one_surname_stay_apart(rows):
    dupont = {r["speaker"]: r for r in rows if r["speaker"] and "Dupont" in r["speaker"]}
    assert dupont["Marie Dupont"]["speaker_id"] != dupont["Jean Dupont"]["speaker_id"]


def test_an_ambiguous_surname_keeps_the_articles_form():
    rows = _rows([c for c in CORPUS if c[0] in ("d1", "d2")] + [
        ("d4", "2024-02-12", "La Gazette", "« Le plan est prêt », a assuré Dupont mercredi devant la presse.")])
    ids = _by_speaker(rows)
    assert len(ids["Dupont"]) == 1 and ids["Dupont"].isdisjoint(ids["Marie Dupont"] | ids["Jean Dupont"])


def test_a_gendered_honorific_picks_the_one_person_of_that_gender(rows):
    ids = _by_speaker(rows)
    assert ids["Dupont"] == ids["Marie Dupont"]


def test_an_acronym_joins_the_organisation_an_article_defines_it_for(rows):
    ids = _by_speaker(rows)
    assert ids["OMS"] == ids["Organisation mondiale de la santé"]


def test_speaker_id_is_a_stable_hash_of_the_folded_name():
    assert speaker_id("Emmanuel Macron") == speaker_id("emmanuel  MACRON") == speaker_id("Emmanuel Macron")
    assert speaker_id("Éric Zemmour") == speaker_id("Eric Zemmour")
    assert len(speaker_id("x")) == 12


def test_kinds(rows):
    kind = {r["speaker"]: r["speaker_kind"] for r in rows if r["speaker"]}
    assert kind["Marie Dupont"] == "person"
    assert kind["des manifestants"] == "group"


def test_a_group_or_an_unnamed_speaker_is_another_one_in_each_article():
    text = "« Nous resterons », a dit un porte-parole du ministère devant la presse réunie lundi."
    rows = _rows([("u1", "", "", text), ("u2", "", "", text)])
    kinds = {r["speaker_kind"] for r in rows if r["speaker"]}
    assert kinds == {"unnamed"}
    assert len({r["speaker_id"] for r in rows}) == 2


# --- gender evidence -------------------------------------------------------------------

def _clues(text: str, language: str = "fr") -> dict[str, tuple[str, ...]]:
    quotes = quote_rows(Article(id="t", text=text, language=language), language=language)
    return {s: a.clues for s, a in article_speakers(text, quotes, language=language).items()}


def test_an_honorific_tells_the_gender():
    clues = _clues("« Le plan est prêt », a assuré Mme Sophie Arnal mardi devant la presse.")
    assert "f:honorific mme" in clues["Sophie Arnal"]


def test_elle_after_the_name_tells_the_gender():
    clues = _clues("Claude Vanier a présenté le budget lundi. Elle a ajouté : « Nous tiendrons nos engagements. »")
    assert "f:pronoun elle" in clues["Claude Vanier"]


def test_she_after_the_name_tells_the_gender_in_english():
    clues = _clues("Taylor Brooks presented the budget on Monday. She said: “We will keep our promises.”", "en")
    assert "f:pronoun she" in clues["Taylor Brooks"]


@needs_entities
def test_a_gendered_title_tells_the_gender():
    clues = _clues("La ministre de la Culture, Claude Vanier, a présenté son plan. « Les musées "
                   "rouvriront », a déclaré Claude Vanier lundi.")
    assert any(c.startswith(("f:title", "f:det")) for c in clues["Claude Vanier"])


@needs_entities
def test_the_first_name_tells_the_gender_and_the_evidence_is_kept():
    rows = _rows([("n1", "", "", "« Nous tiendrons », a déclaré Agnès Lemaire lundi devant les élus.")])
    (row,) = rows
    assert row["speaker_gender"] == "female"


def test_no_clue_is_unknown():
    rows = _rows([("n2", "", "", "« Nous tiendrons », a déclaré Claude Lemaire lundi devant les élus.")])
    assert {r["speaker_gender"] for r in rows} <= {"unknown", None}  # Claude: a name of either gender


def test_contradicting_clues_are_unknown():
    assert decide_gender({"f": 3, "m": 2}) == "unknown"
    assert decide_gender({"f": 1, "m": 0}) == "unknown"  # one weak clue
    assert decide_gender({"f": 3, "m": 0}) == "female"
    assert decide_gender({"f": 2, "m": 8}) == "male"
    rows = _rows([
        ("c1", "", "", "« Nous tiendrons », a déclaré Mme Claude Morin lundi devant les élus."),
        ("c2", "", "", "« Rien ne change », a déclaré M. Claude Morin mardi devant les élus.")])
    assert {r["speaker_gender"] for r in rows} == {"unknown"}


def test_clues_add_up_over_the_corpus():
    rows = _rows([
        ("s1", "", "", "« Nous tiendrons », a déclaré Claude Morin lundi devant les élus, interrogée ensuite."),
        ("s2", "", "", "Claude Morin a parlé mardi. Elle a dit : « Rien ne change pour nous. »")])
    assert {r["speaker_gender"] for r in rows} == {"female"}
    assert len({r["speaker_id"] for r in rows}) == 1


# --- the corpus ------------------------------------------------------------------------

def _person_surnames(frame) -> dict[str, set[str]]:
    """folded surname -> the ids of person identities whose name is a full name ending with it."""
    ids = defaultdict(set)
    for name, sid in zip(frame["speaker_name"], frame["speaker_id"]):
        ids[fold(name).split()[-1]].add(sid)
    return ids


def test_every_person_of_the_example_corpus_is_one_id(tmp_path):
    analyze_corpus(EXAMPLE_CORPUS, tmp_path / "out", scheduler="sync", progress=False)
    quotes = load_results(tmp_path / "out").quotes
    named = quotes[quotes["speaker"].notna()]
    # a name written in several articles (in any form) is one identity
    for surname, group in named.groupby(named["speaker"].map(lambda s: fold(s).split()[-1])):
        forms = set(group["speaker"])
        if group["article_id"].nunique() > 1 and len({fold(f).split()[0] for f in forms if " " in f}) <= 1:
            assert group["speaker_id"].nunique() == 1, (surname, forms)
    trump = named[named["speaker"].str.contains("Trump")]
    assert trump["article_id"].nunique() > 1 and trump["speaker_id"].nunique() == 1
    assert set(trump["speaker_gender"]) == {"male"} or importlib.util.find_spec("analysis.entities") is None


def _write(path, corpus) -> None:
    with open(path, "w", encoding="utf-8") as f:
        for id_, date, source, text in corpus:
            f.write(json.dumps({"id": id_, "date": date, "source": source, "language": "fr", "text": text},
                               ensure_ascii=False) + "\n")


def test_the_same_ids_in_one_process_and_on_two_workers(tmp_path):
    source = tmp_path / "corpus.jsonl"
    _write(source, CORPUS)
    tables = {}
    for scheduler in ("sync", "local"):
        out = tmp_path / scheduler
        analyze_corpus(source, out, scheduler=scheduler, workers=2, partition_size=2, progress=False)
        results = load_results(out)
        quotes = results.quotes.sort_values(["article_id", "start"]).reset_index(drop=True)
        tables[scheduler] = (quotes[["article_id", "start", "speaker", "speaker_id", "speaker_name", "speaker_kind",
                                     "speaker_gender"]], results.speakers)
    assert tables["sync"][0].equals(tables["local"][0])
    assert tables["sync"][1].equals(tables["local"][1])
    speakers = tables["sync"][1].set_index("speaker")
    assert speakers.loc["Emmanuel Macron", "quotes"] == 4  # the three forms of his name, one row


def test_jsonl_of_quotes_has_the_identity(tmp_path, capsys):
    from analysis.cli import main

    source = tmp_path / "corpus.jsonl"
    _write(source, CORPUS)
    assert main(["quotes", str(source), "--format", "jsonl", "-q"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert {"speaker_id", "speaker_kind", "speaker_gender"} <= set(rows[0])
    assert len({r["speaker_id"] for r in rows if r["speaker"] and "Macron" in r["speaker"]}) == 1


def test_english_groups_and_unnamed_speakers():
    rows = _rows_en([
        ("e1", "“We will not back down,” officials said on Monday after the meeting in the capital."),
        ("e2", "“The plan is ready,” a spokesman said on Tuesday after the meeting in the capital.")])
    kinds = {r["speaker"]: r["speaker_kind"] for r in rows if r["speaker"]}
    assert kinds.get("officials") == "group"
    assert kinds.get("a spokesman") == "unnamed"


def _rows_en(corpus) -> list[dict]:
    rows: list[dict] = []
    for id_, text in corpus:
        rows.extend(quote_rows(Article(id=id_, text=text, language="en"), language="en"))
    return resolve_rows(rows)


def test_a_surname_inside_another_full_name_is_not_the_person():
    clues = _clues("Mme Anne Castro est arrivée lundi. « Nous restons », a déclaré Paul Castro devant la presse.")
    assert not any(c.startswith("f:") for c in clues["Paul Castro"])


def test_said_he_after_the_name_in_english():
    clues = _clues("Kevin Sullivan says he instructed staff on Monday. “No illegal disclosure,” Sullivan said.", "en")
    assert "m:pronoun he" in clues["Kevin Sullivan"]
