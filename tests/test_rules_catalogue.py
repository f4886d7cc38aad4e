"""analysis/quotes/RULES.md is generated from the stages' docstrings (issue 16) and up to date."""
from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _catalogue():
    spec = importlib.util.spec_from_file_location("rules_catalogue", ROOT / "benchmarks" / "rules_catalogue.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_rules_md_is_the_catalogue_of_the_current_docstrings():
    cat = _catalogue()
    assert cat.CATALOGUE.read_text(encoding="utf-8") == cat.render(), \
        "analysis/quotes/RULES.md is out of date: run `make rules` (python benchmarks/rules_catalogue.py)"


def test_the_catalogue_has_every_stage_and_the_cascade_in_order():
    text = _catalogue().render()
    for module in ("prepare", "marks", "scan", "cues", "extract", "speakers", "attribution"):
        assert f"(`{module}.py`)" in text
    # the cascade's steps, in the order they are tried
    steps = ["`_Article.attribute`", "`_Article._cue_right_after`", "`_Article._verb_before`", "`_Article._colon`",
             "`_transcript_label`", "`_dash_name`", "`_cue_later`", "`_incise`", "`_dash_line`"]
    at = [text.index(s) for s in steps]
    assert at == sorted(at)


def test_a_docstring_edit_shows_in_the_catalogue(tmp_path):
    cat = _catalogue()
    for name in ("prepare", "marks", "scan", "cues", "extract", "speakers", "attribution"):
        (tmp_path / f"{name}.py").write_text((cat.ENGINE / f"{name}.py").read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "scan.py").write_text((tmp_path / "scan.py").read_text(encoding="utf-8")
                                      + '\n\ndef _new_rule():\n    """A rule written just now."""\n', encoding="utf-8")
    assert "- `_new_rule`: A rule written just now." in cat.render(tmp_path)
    assert "_new_rule" not in cat.render()
