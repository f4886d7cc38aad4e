"""One fold (analysis.text.fold) for the whole package: the engine, sentiment and the data."""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

from analysis.text import fold, straighten

ROOT = Path(__file__).resolve().parents[1] / "analysis"


@pytest.mark.parametrize("text, folded", [
    ("L’Été", "l'ete"), ("Élysée", "elysee"), ("ŒUVRE", "oeuvre"), ("Cæsar", "caesar"),
    ("don`t", "don't"), ("Sergueï", "serguei"), ("Ḿ", "m"), ("ﬁn", "fin"), ("plain", "plain"), ("", ""),
])
def test_fold(text: str, folded: str) -> None:
    assert fold(text) == folded


def test_straighten_every_apostrophe() -> None:
    assert straighten("n’est l‘x ʼ´`′ꞌ＇") == "n'est l'x ''''''"
    assert straighten("plain") == "plain"


def test_every_module_uses_the_one_fold() -> None:
    from analysis import sentiment
    from analysis.quotes import cues

    assert cues.fold is fold and sentiment._fold is fold
    found = [f"{p.relative_to(ROOT)}:{n}" for p in ROOT.rglob("*.py") if "_compiled" not in p.parts
             and p.name != "text.py"
             for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
             if re.search(r"normalize\(\s*['\"]NFK?D['\"]|\.combining\(", line)]
    assert not found, f"accent folding outside analysis/text.py: {found}"


def _engine_fold_before(word: str) -> str:
    """The engine's fold before it was merged (analysis.quotes.cues.fold)."""
    word = word.lower()
    if word.isascii():
        return word
    word = unicodedata.normalize("NFKD", word)
    return "".join(c for c in word if not unicodedata.combining(c)).replace("’", "'")


def test_same_keys_as_the_engine_fold_before_but_for_ligatures_and_rare_apostrophes() -> None:
    from analysis.lang.en.first_names import FIRST_NAMES as EN
    from analysis.lang.fr.first_names import FIRST_NAMES as FR

    words = [*FR, *EN, "Jean-Marc", "L’Élysée", "Ségolène", "Zoé", "Jérôme", "l’ONU", "Ça", "İstanbul"]
    for word in words:
        assert fold(word) == _engine_fold_before(word), word
    # the merged fold also joins "Œuvre" with "Oeuvre" and "‘" with "'": the engine's outputs on
    # the gold and shared sets are unchanged (benchmarks/dump_quotes.py)
    assert fold("Œuvre") == fold("Oeuvre") != _engine_fold_before("Œuvre")
