"""Sentences, words, stop words and word counts for French and English news.

Sentence splitting is nltk's Punkt, built without training data from the
abbreviation lists in ``analysis/lang/<lang>/abbreviations.py`` (no nltk data
package is needed). Word splitting is one regular expression a language.
All offsets are Python code-point offsets into the text as given.
"""
from __future__ import annotations

import heapq
import re
from collections import Counter
from collections.abc import Iterable
from functools import cache

from nltk.tokenize.punkt import (
    _ORTHO_MID_LC,
    PunktLanguageVars,
    PunktParameters,
    PunktSentenceTokenizer,
)

from analysis.lang.en import abbreviations as _en_abbreviations
from analysis.lang.en.stop_words import STOP_WORDS as _EN_STOP_WORDS
from analysis.lang.fr import abbreviations as _fr_abbreviations
from analysis.lang.fr.stop_words import STOP_WORDS as _FR_STOP_WORDS
from analysis.language import LANGUAGES, Language

__all__ = [
    "sentence_spans",
    "split_sentences",
    "stop_words",
    "top_words",
    "word_frequencies",
    "word_spans",
    "words",
]

_ABBREVIATIONS = {"fr": _fr_abbreviations, "en": _en_abbreviations}
_STOP_WORDS = {"fr": _FR_STOP_WORDS, "en": _EN_STOP_WORDS}


def _check(language: str) -> Language:
    if language in _STOP_WORDS:
        return language  # type: ignore[return-value]
    code = language.strip().lower() if isinstance(language, str) else None
    if code in _STOP_WORDS:
        return code  # type: ignore[return-value]
    accepted = ", ".join(repr(code) for code in LANGUAGES)
    raise ValueError(f"language must be one of {accepted}; got {language!r}")


# --- sentences ---------------------------------------------------------------


class _NewsLanguageVars(PunktLanguageVars):
    """Punkt punctuation rules that know curly quotes and guillemets.

    A period right before ” or » is a boundary candidate, and only *closing*
    marks are moved back onto the sentence they end (an opening « stays with the
    sentence it opens). Set explicitly so behaviour does not depend on the nltk
    version.
    """

    re_boundary_realignment = re.compile(
        r"[\"')\]}\u2019\u201d\u00bb]+?(?:\s+|(?=--)|$)", re.MULTILINE
    )

    @property
    def _re_non_word_chars(self) -> str:
        others = re.escape("".join(set(self.sent_end_chars) - {"."}))
        return r"(?:[)\";}\]\*:@\'\({\[\u2018\u2019\u201c\u201d\u00ab\u00bb%s])" % others


@cache
def _sentence_tokenizer(language: Language) -> PunktSentenceTokenizer:
    # Built once per language: the quote engine splits millions of articles.
    resources = _ABBREVIATIONS[language]
    params = PunktParameters()
    params.abbrev_types = set(resources.ABBREVIATIONS)
    # Pretend these were seen lowercase mid-sentence, so Punkt's orthographic
    # heuristic treats "etc. Il" / "U.S. The" as a boundary (but not "M. Lavrov").
    for word in resources.SENTENCE_STARTERS:
        params.add_ortho_context(word, _ORTHO_MID_LC)
    return PunktSentenceTokenizer(params, lang_vars=_NewsLanguageVars())


_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n\s*")


def _paragraph_spans(text: str) -> Iterable[tuple[int, int]]:
    start = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        yield start, match.start()
        start = match.end()
    yield start, len(text)


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


_ONE_SENTENCE = re.compile(r"[^.?!]*[.?!]?\s*\Z")


def sentence_spans(text: str, language: Language) -> list[tuple[int, int]]:
    """Return the ``(start, end)`` offsets of the sentences of ``text``.

    ``text[start:end]`` is a sentence without surrounding whitespace. A blank
    line always ends a sentence. A split before a lowercase letter is undone,
    so ``« Vraiment ? » a-t-il demandé.`` stays one sentence.
    """
    tokenizer = _sentence_tokenizer(_check(language))
    spans: list[tuple[int, int]] = []
    for para_start, para_end in _paragraph_spans(text):
        paragraph = text[para_start:para_end]
        if not paragraph or paragraph.isspace():
            continue
        if _ONE_SENTENCE.match(paragraph):
            # no . ? ! but at its very end: Punkt has no candidate break here (and is slow)
            spans.append(_strip_span(text, para_start, para_end))
            continue
        first = len(spans)
        for start, end in tokenizer.span_tokenize(paragraph):
            start, end = _strip_span(text, para_start + start, para_start + end)
            if start == end:
                continue
            if len(spans) > first and text[start].islower():
                spans[-1] = (spans[-1][0], end)  # Punkt split after "?" or "!" inside a quote
            else:
                spans.append((start, end))
    return spans


def split_sentences(text: str, language: Language) -> list[str]:
    """Return the sentences of ``text`` (see :func:`sentence_spans`)."""
    return [text[start:end] for start, end in sentence_spans(text, language)]


# --- words -------------------------------------------------------------------

_LETTER = r"[^\W\d_]"
_ALNUM = r"[^\W_]"
_HYPHEN = r"[-\u2010\u2011]"
_APOSTROPHE = r"['\u2019]"
# 3,5 / 1.000 / 12 000 (narrow no-break space) / 1.5bn / 1,000-mile: one token.
_NUMBER = rf"\d+(?:[.,\u00a0\u202f]\d+)+{_ALNUM}*(?:{_HYPHEN}{_ALNUM}+)*"

# French: elided words are split off (l’|injustice, qu’|il, jusqu’|à); words that
# merely contain an apostrophe stay whole (aujourd’hui, presqu’île, quelqu’un).
# Hyphenated words stay whole (États-Unis, peut-être) except subject-verb
# inversions, split so the pronoun can be counted and filtered: dit-il -> dit|il,
# a-t-il -> a|t|il.
_FR_INVERSION = rf"(?:t{_HYPHEN})?(?:il|elle|ils|elles|on|je|tu|nous|vous|ce)\b"
# Both patterns open with a fast branch for the common token, a word not followed by a
# hyphen or an apostrophe: it matches exactly what the later branches would; those are
# guarded by a lookahead so that spaces and punctuation fail at once (corpus runs count
# the words of millions of articles).
_PLAIN = rf"{_LETTER}{_ALNUM}*+(?!{_HYPHEN}|{_APOSTROPHE})"
_FR_WORD = re.compile(
    rf"""
    {_PLAIN}
    | (?=[^\W_])(?:\b(?i:aujourd{_APOSTROPHE}hui|presqu{_APOSTROPHE}[îi]les?|quelqu{_APOSTROPHE}une?s?
        |prud{_APOSTROPHE}hom\w*|rendez{_HYPHEN}vous)\b
    | \b(?i:jusqu|lorsqu|puisqu|quoiqu|qu|[cdjlmnst]){_APOSTROPHE}(?={_LETTER})
    | {_NUMBER}
    | {_ALNUM}+(?:{_HYPHEN}(?!{_FR_INVERSION}){_ALNUM}+)*)
    """,
    re.VERBOSE,
)

# English: contractions stay whole (don't, we're, O'Brien); the clitic 's is its
# own token (Clinton’s -> Clinton|’s, it's -> it|'s).
_EN_WORD = re.compile(
    rf"""
    {_PLAIN}
    | (?=[^\W_]|{_APOSTROPHE})(?:(?<={_ALNUM}){_APOSTROPHE}[sS]\b
    | {_NUMBER}
    | {_ALNUM}+(?:(?:{_HYPHEN}|{_APOSTROPHE}(?![sS]\b)){_ALNUM}+)*)
    """,
    re.VERBOSE,
)

_WORD_PATTERNS = {"fr": _FR_WORD, "en": _EN_WORD}


def word_spans(text: str, language: Language) -> list[tuple[int, int]]:
    """Return the ``(start, end)`` offsets of the word tokens of ``text``.

    Punctuation is skipped; numbers are kept. See :func:`words` for the rules.
    """
    return [match.span() for match in _WORD_PATTERNS[_check(language)].finditer(text)]


def words(text: str, language: Language, *, lower: bool = False) -> list[str]:
    """Return the word tokens of ``text``, without punctuation.

    French: ``l’injustice`` -> ``l’``, ``injustice``; ``aujourd’hui``,
    ``États-Unis``, ``peut-être`` stay whole; ``a-t-il`` -> ``a``, ``t``, ``il``.
    English: ``don't`` stays whole; ``Clinton’s`` -> ``Clinton``, ``’s``.
    """
    found = _WORD_PATTERNS[_check(language)].findall(text)
    return [token.lower() for token in found] if lower else found


# --- stop words and counts -----------------------------------------------------

_HAS_LETTER = re.compile(_LETTER)


def stop_words(language: Language) -> frozenset[str]:
    """Return the lowercase stop words of ``language`` (elided forms with ' and ’)."""
    return _STOP_WORDS[_check(language)]


def word_frequencies(
    texts: str | Iterable[str],
    language: Language,
    *,
    drop_stop_words: bool = True,
    min_length: int = 2,
    lower: bool = True,
) -> Counter[str]:
    """Count the word tokens of one text or many.

    Skips pure numbers, tokens shorter than ``min_length`` and, by default, stop
    words (matched case-insensitively whatever ``lower`` is).
    """
    code = _check(language)
    pattern = _WORD_PATTERNS[code]
    stops = _STOP_WORDS[code] if drop_stop_words else frozenset()
    counts: Counter[str] = Counter()
    for text in [texts] if isinstance(texts, str) else texts:
        for token in pattern.findall(text):
            if len(token) < min_length:
                continue
            folded = token.lower()
            if folded in stops or not _HAS_LETTER.search(token):
                continue
            counts[folded if lower else token] += 1
    return counts


def top_words(
    texts: str | Iterable[str],
    language: Language,
    *,
    n: int = 10,
    drop_stop_words: bool = True,
) -> list[tuple[str, int]]:
    """Return the ``n`` most frequent words as ``(word, count)``, ties alphabetical."""
    if n < 0:
        raise ValueError(f"n must be >= 0; got {n!r}")
    counts = word_frequencies(texts, language, drop_stop_words=drop_stop_words)
    return heapq.nsmallest(n, counts.items(), key=lambda item: (-item[1], item[0]))
