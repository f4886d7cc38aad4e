"""Per-language resources, one folder a language (as in spaCy's ``lang/``), and the one
registry of the languages the package knows.

Each language package holds data only: stop words, abbreviations, reporting verbs,
sentiment lexicon. The logic that uses them lives in the task modules, which read the list
of languages, their types and the normaliser of a language argument from here (a test
fails on a module that spells the list itself). Adding a language: its folder, its code in
``LANGUAGES`` and in the ``Language`` types, its tests.
"""
from __future__ import annotations

from importlib import import_module
from types import ModuleType
from typing import Literal, cast

__all__ = ["LANGUAGES", "LANGUAGE_OPTIONS", "Language", "LanguageOption", "language_code", "resource"]

#: the article languages, by ISO 639-1 code
Language = Literal["fr", "en"]
#: a language argument: one of them, or "auto" (detected from the text)
LanguageOption = Literal["auto", "fr", "en"]
LANGUAGES: tuple[str, ...] = ("fr", "en")
LANGUAGE_OPTIONS: tuple[str, ...] = ("auto", *LANGUAGES)


def language_code(value: object, *, param: str = "language", auto: bool = False) -> str:
    """``value`` as a language code: any case, spaces around ("FR " is "fr").

    ``auto``: "auto" is accepted too (and returned as "auto"). Anything else, a non-str
    included, is a ValueError naming ``param`` and the accepted values.
    """
    accepted = LANGUAGE_OPTIONS if auto else LANGUAGES
    if isinstance(value, str) and value in accepted:  # the common case, already a code
        return value
    code = value.strip().lower() if isinstance(value, str) else None
    if code not in accepted:
        raise ValueError(f"{param} must be one of {', '.join(map(repr, accepted))}; got {value!r}")
    return cast(str, code)


def resource(language: str, name: str) -> ModuleType:
    """The data module ``name`` of ``language`` (``analysis.lang.<language>.<name>``)."""
    return import_module(f"{__name__}.{language_code(language)}.{name}")
