"""The French entity lexicon derived from WiNER-fr (analysis/lang/fr/entity_lexicon.tsv),
its use by analysis.entities, and the script that builds it."""
import importlib.util
import re
import sys
from collections import defaultdict
from pathlib import Path

import pytest

from analysis.entities import has_name_stats, mention_kind, name_stats

ROOT = Path(__file__).resolve().parents[1]
LEXICON = ROOT / "analysis" / "lang" / "fr" / "entity_lexicon.tsv"
SHARED = next((p for p in (ROOT.parent / "shared" / "eval", ROOT.parents[1] / "shared" / "eval") if p.exists()),
              ROOT.parent / "shared" / "eval")


def _builder():
    spec = importlib.util.spec_from_file_location("build_entity_lexicon", ROOT / "benchmarks" / "build_entity_lexicon.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_lexicon_is_small_credited_and_licensed():
    assert LEXICON.stat().st_size < 1_000_000
    head = "".join(LEXICON.read_text(encoding="utf-8").split("\n", 5)[:5])
    assert "WiNER-fr" in head and "CC BY 4.0" in head and "left out: 26 reserved" in head
    note = (LEXICON.parent / "LICENSE-WiNER-fr.txt").read_text(encoding="utf-8")
    assert "CC BY 4.0" in note and "Yoann Dupont" in note


def test_name_stats_know_people_places_and_common_words():
    assert has_name_stats("fr") and not has_name_stats("en")
    paris = name_stats("Paris", language="fr")
    assert paris is not None and paris.loc > paris.per + paris.org
    macron = name_stats("MACRON", language="fr")  # any case
    assert macron is not None and macron.per > 0.8 * macron.total
    compte = name_stats("Compte", language="fr")
    assert compte is not None and compte.lower > 10 * max(1, compte.total)
    assert name_stats("Zqxwvyk", language="fr") is None
    assert name_stats("Paris", language="en") is None
    with pytest.raises(ValueError, match="'fr'"):
        name_stats("Paris", language="de")  # type: ignore[arg-type]


@pytest.mark.parametrize("name, kind", [
    ("Valence", "place"), ("Macron", "person"), ("Insee", "organisation"), ("Compte", "none"), ("Matin", "none"),
])
def test_mention_kind_takes_the_corpus_where_the_word_lists_say_nothing(name, kind):
    judged = mention_kind(name, language="fr")
    assert judged.value == kind and judged.evidence.startswith("corpus:")


def test_word_lists_still_decide_first():
    assert mention_kind("Agnès Buzyn", language="fr").evidence == "given name agnes"
    assert mention_kind("Lakdim", language="fr").value == "unknown"  # never met: no guess


def test_builder_counts_capitalised_words_by_innermost_entity():
    build = _builder()
    text = "Jean Dupont a visité la Banque de France à Paris. Selon lui, la banque va bien."
    ann = "T1\tPerson 0 11\tJean Dupont\nT2\tOrganization 24 40\tBanque de France\nT3\tLocation 34 40\tFrance\n" \
          "T4\tLocation 43 48\tParis"
    table, lower = defaultdict(lambda: [0] * len(build.KINDS)), {}
    build.count(text, build.annotations(ann), table, lower)
    per, org, loc, other, none = range(5)
    assert table["jean"][per] == 1 and table["dupont"][per] == 1
    assert table["banque"][org] == 1 and table["france"][loc] == 1 and table["paris"][loc] == 1
    assert table["selon"][none] == 1
    assert lower["banque"] == 1 and lower["lui"] == 1


def test_builder_leaves_out_the_reserved_files():
    build = _builder()
    assert len(build.RESERVED) == 26
    reserved_md = SHARED / "RESERVED.md"
    if reserved_md.exists():  # the list written in the script is the shared one
        listed = set(re.findall(r"\d{4}/\d{2}/\d{4}_\d{2}_\d{2}-\d{3}", reserved_md.read_text(encoding="utf-8")))
        assert listed == set(build.RESERVED)

    class Corpus(build.Corpus):
        def __init__(self):
            pass

    with pytest.raises(AssertionError, match="reserved"):
        Corpus().read(sorted(build.RESERVED)[0] + ".txt")


def test_builder_holds_out_our_samples():
    stems, texts = _builder().held_out(None)
    samples = list((ROOT / "benchmarks" / "gold").glob("winer-*.jsonl"))
    assert samples and len(stems) == len(texts) >= 200
