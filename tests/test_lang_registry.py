"""One registry of languages (analysis.lang): every module reads it, none spells the list."""
from __future__ import annotations

import re
import typing
from pathlib import Path

import pytest

import analysis.lang as lang
from analysis.lang import LANGUAGE_OPTIONS, LANGUAGES, language_code

ROOT = Path(__file__).resolve().parents[1] / "analysis"
# two language codes side by side in a tuple, list, set or Literal: ("fr", "en"), ["auto", "fr", "en"]
_LISTED = re.compile(r"""(['"])(?:auto|fr|en)\1\s*,\s*(['"])(?:fr|en)\2""")


def _sources() -> list[Path]:
    return [p for p in ROOT.rglob("*.py")
            if "lang" not in p.relative_to(ROOT).parts[:1] and "_compiled" not in p.parts]


def test_no_module_spells_the_language_list() -> None:
    spelt = [f"{p.relative_to(ROOT)}:{n}: {line.strip()}"
             for p in _sources() for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
             if _LISTED.search(line)]
    assert not spelt, "language lists outside analysis/lang/ (use analysis.lang.LANGUAGES):\n" + "\n".join(spelt)


def test_the_check_catches_a_spelt_list() -> None:
    assert _LISTED.search('choices=["auto", "fr", "en"]')
    assert _LISTED.search("_LANGUAGES = ('fr', 'en')")
    assert _LISTED.search('Literal["fr", "en"]')
    assert not _LISTED.search('{"fr": _build_fr, "en": _build_en}')


def test_types_and_options_agree_with_the_list() -> None:
    assert typing.get_args(lang.Language) == LANGUAGES
    assert typing.get_args(lang.LanguageOption) == LANGUAGE_OPTIONS == ("auto", *LANGUAGES)
    for code in LANGUAGES:  # one folder a language
        assert (ROOT / "lang" / code / "__init__.py").is_file()
        assert lang.resource(code, "abbreviations").ABBREVIATIONS


@pytest.mark.parametrize("value, code", [("fr", "fr"), ("EN", "en"), (" Fr ", "fr")])
def test_language_code_any_case(value: str, code: str) -> None:
    assert language_code(value) == code


def test_language_code_auto_only_when_asked() -> None:
    assert language_code("AUTO", auto=True) == "auto"
    with pytest.raises(ValueError, match=r"^language must be one of 'fr', 'en'; got 'auto'$"):
        language_code("auto")


@pytest.mark.parametrize("value", ["de", "", None, 3, b"fr"])
def test_language_code_errors_name_the_parameter_and_values(value: object) -> None:
    with pytest.raises(ValueError, match=rf"^lang must be one of 'auto', 'fr', 'en'; got {re.escape(repr(value))}$"):
        language_code(value, param="lang", auto=True)


def test_modules_share_the_registry() -> None:
    import analysis.cli as cli
    import analysis.language as language
    import analysis.tokens as tokens

    assert language.LANGUAGES is LANGUAGES
    assert set(tokens._STOP_WORDS) == set(LANGUAGES)
    parser = cli.build_parser() if hasattr(cli, "build_parser") else None
    if parser is not None:
        with pytest.raises(SystemExit):
            parser.parse_args(["quotes", "x.txt", "--lang", "de"])
