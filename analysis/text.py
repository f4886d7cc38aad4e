"""Text helpers every task module shares: one fold, one apostrophe straightening.

``fold`` is the one accent- and case-blind key of the package: the quote engine matches
names, titles and given names on it, the sentiment lexicon its accent-blind entries.
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache

__all__ = ["APOSTROPHES", "fold", "straighten"]

#: the apostrophes written for "'" ("n’est", "l‘État", "don´t")
APOSTROPHES = "’‘ʼ´`′ꞌ＇"


def straighten(text: str) -> str:
    """One apostrophe for all ("n’est" is "n'est"): a few scans, where
    ``str.translate`` looks every character of a non-ASCII text up in a dict."""
    if text.isascii():  # "`" is the one ASCII apostrophe to straighten
        return text.replace("`", "'") if "`" in text else text
    for c in APOSTROPHES:
        if c in text:
            text = text.replace(c, "'")
    return text


def fold(text: str) -> str:
    """Lowercase, straight apostrophes, ligatures spelt out, no accents: "L’Œuvre" -> "l'oeuvre"."""
    text = text.lower()
    if text.isascii():  # no accent to strip (and NFKD keeps ASCII as it is)
        return text.replace("`", "'") if "`" in text else text
    return _fold_accents(text)


@lru_cache(maxsize=1 << 16)
def _fold_accents(text: str) -> str:
    text = straighten(text).replace("œ", "oe").replace("æ", "ae")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
