"""analysis.lang.schema: a language's engine data is declared, and a slip fails loudly."""
from pathlib import Path
from types import ModuleType

import pytest

from analysis.lang import schema
from analysis.lang.schema import SPEAKERS, VERBS, LanguageDataError, checked

ROOT = Path(__file__).resolve().parents[1]


def _module(name: str, **values) -> ModuleType:
    module = ModuleType(name)
    vars(module).update(values)
    return module


def _complete(table, **extra) -> ModuleType:
    """A module that sets every required name of ``table`` (with an empty value of its kind)."""
    empty = {schema.WORDS: (), schema.FLAG: False, schema.NUMBER: 0, schema.MAPPING: {}}
    values = {n: empty[e.kind] for n, e in table.items() if e.required}
    return _module("analysis.lang.xx.test", **{**values, **extra})


@pytest.mark.parametrize("language", ["fr", "en"])
def test_shipped_languages_match_the_schema(language):
    import importlib

    for part, table in (("verbs", VERBS), ("speakers", SPEAKERS)):
        checked(importlib.import_module(f"analysis.lang.{language}.{part}"), table)


def test_a_misspelt_name_in_language_data_is_named():
    with pytest.raises(LanguageDataError, match="PLACE_HEAD\\b"):
        checked(_complete(SPEAKERS, PLACE_HEAD=("ville",)), SPEAKERS)


def test_a_missing_required_name_is_named():
    module = _complete(SPEAKERS)
    del module.PRONOUNS
    with pytest.raises(LanguageDataError, match="lacks PRONOUNS"):
        checked(module, SPEAKERS)


def test_a_value_of_the_wrong_kind_is_named():
    with pytest.raises(LanguageDataError, match="NAME_QUOTES must be flag"):
        checked(_complete(SPEAKERS, NAME_QUOTES="yes"), SPEAKERS)
    with pytest.raises(LanguageDataError, match="strings only"):
        checked(_complete(SPEAKERS, PLACE_HEADS=("ville", 3)), SPEAKERS)


def test_the_engine_asking_for_an_undeclared_name_fails_and_defaults_fill_the_rest():
    data = checked(_complete(SPEAKERS), SPEAKERS)
    assert data.PLACE_HEADS == ()  # optional: its default
    with pytest.raises(LanguageDataError, match="PLACE_HEAD is not declared"):
        data.PLACE_HEAD


def test_every_declared_name_is_read_by_the_engine():
    engine = (ROOT / "analysis" / "quotes" / "cues.py").read_text(encoding="utf-8")
    unread = [n for n in (*VERBS, *SPEAKERS) if f".{n}" not in engine]
    assert not unread, f"declared in analysis/lang/schema.py but never read: {unread}"
