"""benchmarks/eval_scraped.py: each damage moves the gold offsets along with the text."""
from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

_path = Path(__file__).resolve().parents[1] / "benchmarks" / "eval_scraped.py"
_spec = importlib.util.spec_from_file_location("eval_scraped", _path)
scraped = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(scraped)

TEXT = ("Titre de l'article\n\nLa ministre a déclaré : « Nous ne céderons pas ; jamais ! » Puis elle est partie.\n"
        "Sous-titre\n« Pourquoi ? », a demandé Paul Dupont.\n")


def _row() -> dict:
    quotes = []
    for m in re.finditer(r"« (.*?) »", TEXT):
        quotes.append({"start": m.start(1), "end": m.end(1), "text": m.group(1), "speaker": None})
    return {"id": "x", "text": TEXT, "quotes": quotes}


def _plain(s: str) -> str:
    return re.sub(r"[\s\u00a0\u202f]+", " ", s).strip()


@pytest.mark.parametrize("names", [[n] for n in scraped.DAMAGES] + [list(scraped.DAMAGES)])
def test_damages_keep_gold_offsets_on_the_same_words(names):
    row = _row()
    out = scraped.damaged(row, names, seed=3)
    assert out["text"] != TEXT
    for old, new in zip(row["quotes"], out["quotes"]):
        assert out["text"][new["start"]:new["end"]] == new["text"]
        assert _plain(new["text"]) == _plain(old["text"])


def test_each_damage_does_what_it_says():
    d = {name: scraped.damaged(_row(), [name], seed=0)["text"] for name in scraped.DAMAGES}
    assert "\n" not in d["glued"] and "articleLa ministre" in d["glued"]
    assert "\n" not in d["one line"] and "article La ministre" in d["one line"]
    assert "\r" in d["crlf"]
    assert "«\u00a0Nous" in d["no-break"] and "Pourquoi\u202f?" in d["no-break"]
    assert "«Nous" in d["tight"] and "jamais !»" in d["tight"]
