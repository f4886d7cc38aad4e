"""Which language an article is in: French or English, nothing else."""
from __future__ import annotations

import re
from itertools import filterfalse
from analysis.lang.en.stop_words import STOP_WORDS as _EN_STOP_WORDS
from analysis.lang.fr.stop_words import STOP_WORDS as _FR_STOP_WORDS
from analysis.lang import LANGUAGES, Language, LanguageOption, language_code

__all__ = ["LANGUAGES", "Language", "LanguageOption", "detect_language", "resolve_language"]

_SAMPLE_CHARS = 5_000  # a few hundred words decide; keeps detection cheap on long articles
# A first look at the first lines settles most articles: a lead of _CLEAR_LEAD markers, 3 to
# 1, never turned over in the rest of a sample on the shared and shipped sets (a test pins it)
_FIRST_LOOK = 600
_CLEAR_LEAD = 10

# Only words that belong to one list are evidence ("a", "on", "me" are both).
_FR_MARKERS = frozenset(w for w in _FR_STOP_WORDS - _EN_STOP_WORDS if w.isalpha())
_EN_MARKERS = frozenset(w for w in _EN_STOP_WORDS - _FR_STOP_WORDS if w.isalpha())

_WORD = re.compile(r"[^\W\d_]+")
# l'État, qu'il, d'un: an elided French function word before a letter.
# Written apostrophe first: the engine then skips ahead to apostrophes instead of trying
# every position (same matches as \b(?:qu|[cdjlmnst])['’] before a letter).
_ELISION = re.compile(r"['\u2019](?:(?<=\bqu.)|(?<=\b[cdjlmnst].))(?=[^\W\d_])", re.IGNORECASE)
_DIACRITIC = re.compile(r"[àâçéèêëîïôûùüÿœ]")  # on lowercased words
# A few accented names ("Élysée", "Sergueï") must not outweigh English function
# words, so a word with French diacritics counts half a function word.
_DIACRITIC_WEIGHT = 0.5


def detect_language(text: str) -> Language:
    """Guess whether ``text`` is French or English from its function words.

    Counts words found only in the French or only in the English stop-word list,
    French elisions (``l'``, ``qu'``) and words with French diacritics, in the
    first 5,000 characters (the first 600 when they leave no doubt). Ties, and texts with
    no evidence, go to ``"en"``.
    """
    if len(text) > 2 * _FIRST_LOOK:
        # most articles tell at once: a clear lead in their first lines decides
        cut = text.find(" ", _FIRST_LOOK)
        fr, en = _evidence(text[:cut] if cut > 0 else text[:_FIRST_LOOK])
        if abs(fr - en) >= _CLEAR_LEAD and min(fr, en) * 3 <= max(fr, en):
            return "fr" if fr > en else "en"
    fr, en = _evidence(text[:_SAMPLE_CHARS])
    return "fr" if fr > en else "en"


def _evidence(sample: str) -> tuple[float, int]:
    """(French, English) evidence in ``sample``: see detect_language."""
    sample = sample.lower()
    words = _WORD.findall(sample)
    # counted with map() over the word list: detection runs on every corpus article
    en = sum(map(_EN_MARKERS.__contains__, words))
    accented = sum(1 for w in filterfalse(str.isascii, words) if _DIACRITIC.search(w) and w not in _FR_MARKERS)
    fr = len(_ELISION.findall(sample)) + sum(map(_FR_MARKERS.__contains__, words)) + _DIACRITIC_WEIGHT * accented
    return fr, en


def resolve_language(language: str | None, text: str) -> Language:
    """Return the language to use for ``text``: ``"auto"`` or None detects it.

    Accepts "fr" and "en" in any case and with surrounding spaces.
    """
    if language is None:
        return detect_language(text)
    code = language_code(language, auto=True)
    return detect_language(text) if code == "auto" else code  # type: ignore[return-value]
