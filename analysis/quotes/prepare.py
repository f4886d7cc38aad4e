"""Stage 0: text as scraped, prepared for the engine, offsets kept on the text as read.

Scrapers deliver ``\\r\\n`` and lone ``\\r`` line endings, no-break, narrow and thin
spaces, and pages flattened into one line where a heading or a sentence runs into the
next one with no space (``mortsLes autorités``, ``organisée».Parmi``). ``prepare``
gives the engine one form of all these: ``\\n`` line endings, plain spaces, and a space
or a line break where the language's data (``analysis/lang/<code>/text.py``) says two
words were glued. ``Prepared.start``/``Prepared.end`` map offsets back onto the text as
read, so a quote's ``text[start:end]`` is the original's.
"""
from __future__ import annotations

import importlib
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

from analysis.quotes._select import native

__all__ = ["Glue", "Prepared", "prepare", "prepare_for", "glue_for", "SPACES"]

# spaces made plain (same length): no-break, narrow no-break, figure, thin and the
# other fixed-width spaces, medium mathematical, ideographic
SPACES = "\u00a0\u202f\u2007\u2009\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2008\u200a\u205f\u3000"
_LOWER = "a-zà-öø-ÿœæ"
_UPPER = "A-ZÀ-ÖØ-ÞŒÆ"
_OPENERS = "«“"  # opening marks glued to the word before
_ENDS = ".!?…"  # sentence ends glued to the word after


@dataclass(frozen=True, slots=True)
class Glue:
    """Where a language splits glued words (from ``analysis/lang/<code>/text.py``)."""

    sentences: bool = False  # "word.Word", "».Word": a space goes in
    after_closer: str = ""  # closing marks always followed by a space ("»Word", "»«")
    heading_followers: frozenset[str] = frozenset()  # "mortsLes": lowercase words capitalised
    lowercase_headings: bool = False  # "imminentSave": a lowercase word glued to any capitalised one
    spaced_openers: frozenset[str] = frozenset()  # "religions Mais pour X": a heading flattened with a space

    def pattern(self) -> re.Pattern[str] | None:
        """Where glued words may be: a capital or an opening mark right after a lowercase
        letter, a sentence end or a closing mark (one cheap scan of the text); ``_split``
        checks each place. The capital comes first in the pattern, the character before it
        in a lookbehind: the scan then stops only at the few capitals (3x faster)."""
        if not (self.sentences or self.after_closer or self.heading_followers):
            return None
        return re.compile(f"[{_UPPER}{_OPENERS}](?<=[{_LOWER}{_ENDS}{re.escape(self.after_closer)}].)")

    def points(self, text: str, pattern: re.Pattern[str]) -> list[int]:
        """Where ``pattern`` (``self.pattern()``) matches ``text``: natively (_tiles.c) with
        the pattern's two character classes, else with the pattern."""
        if _tiles is None:
            return [m.start() for m in pattern.finditer(text)]
        return _tiles.glue_points(text, _HEADS, _TAILS + self.after_closer)


@dataclass(frozen=True, slots=True)
class Prepared:
    """The prepared text and the map back to the text as read.

    The prepared text is a sequence of runs copied from the original (``runs``: prepared
    start, original start, length), with the ``\\r`` of each ``\\r\\n`` left out and
    separators inserted between runs.
    """

    text: str
    original_length: int
    prep_starts: tuple[int, ...]
    orig_starts: tuple[int, ...]
    lengths: tuple[int, ...]

    def start(self, i: int) -> int:
        """Original offset of a span starting at prepared offset ``i`` (an inserted
        separator maps to the original character after it)."""
        if len(self.prep_starts) == 1:
            return i
        if i >= len(self.text):
            return self.original_length
        k = bisect_right(self.prep_starts, i) - 1
        return self.orig_starts[k] + min(i - self.prep_starts[k], self.lengths[k])

    def end(self, i: int) -> int:
        """Original offset of a span ending at prepared offset ``i`` (just after the
        original character before it)."""
        if len(self.prep_starts) == 1:
            return i
        if i <= 0:
            return 0
        k = bisect_left(self.prep_starts, i) - 1
        return self.orig_starts[k] + min(i - self.prep_starts[k], self.lengths[k])


_CRLF = re.compile("\r\n?")
_tiles = native()  # the optional native scans (setup.py), or None


def _expand(cls: str) -> str:
    """The characters of a regex class body made of ranges and single characters."""
    out, i = [], 0
    while i < len(cls):
        if i + 2 < len(cls) and cls[i + 1] == "-":
            out.extend(map(chr, range(ord(cls[i]), ord(cls[i + 2]) + 1)))
            i += 3
        else:
            out.append(cls[i])
            i += 1
    return "".join(out)


# the glue pattern's two classes, spelt out for _tiles.glue_points
_HEADS = _expand(_UPPER) + _OPENERS
_TAILS = _expand(_LOWER) + _ENDS


def prepare(text: str, glue: Glue | None = None, pattern: re.Pattern[str] | None = None) -> Prepared:
    """``text`` with plain spaces and ``\\n`` line endings, glued words split per ``glue``
    (``pattern`` is ``glue.pattern()``, passed in to compile it once)."""
    n = len(text)
    spaced = text
    if _tiles is not None:
        spaced = _tiles.plain(text, SPACES)  # one pass
    else:
        for c in SPACES:
            if c in spaced:  # a scan each, in C: cheaper than translate
                spaced = spaced.replace(c, " ")
    if pattern is None and glue is not None:
        pattern = glue.pattern()
    # edits in original order: (offset, what): "" deletes the character there, else inserts
    edits: list[tuple[int, str]] = []
    if "\r" in spaced:
        for m in _CRLF.finditer(spaced):
            if m.end() - m.start() == 2:
                edits.append((m.start(), ""))
    if pattern is not None and glue is not None:
        for i in glue.points(spaced, pattern):
            sep = _split(spaced, i, glue)
            if sep:
                edits.append((i, sep))
        if glue.spaced_openers and "\n" not in spaced and "\r" not in spaced:
            # (only a page flattened into one line has its headings flattened so)
            edits.extend((i, "\n") for i in _spaced_headings(spaced, glue.spaced_openers))
        edits.sort(key=_first)
    if "\r" in spaced:
        spaced = spaced.replace("\r", "\n")  # the \r of \r\n is left out below
    if not edits:
        return Prepared(spaced, n, (0,), (0,), (n,))
    pieces: list[str] = []
    prep_starts: list[int] = []
    orig_starts: list[int] = []
    lengths: list[int] = []
    at = 0  # original offset copied up to
    out = 0  # prepared length so far
    for pos, what in edits:
        if pos < at:
            continue
        prep_starts.append(out)
        orig_starts.append(at)
        lengths.append(pos - at)
        pieces.append(spaced[at:pos])
        out += pos - at
        if what:
            pieces.append(what)
            out += len(what)
            at = pos
        else:
            at = pos + 1
    prep_starts.append(out)
    orig_starts.append(at)
    lengths.append(n - at)
    pieces.append(spaced[at:])
    return Prepared("".join(pieces), n, tuple(prep_starts), tuple(orig_starts), tuple(lengths))


_LOWER_RE = re.compile(f"[{_LOWER}]")
_WORD_RE = re.compile(f"[{_UPPER}][{_LOWER}'’]*")


def _split(text: str, i: int, glue: Glue) -> str:
    """What goes in before offset ``i`` (a capital or an opening mark glued to the
    character before it): " ", "\n" or nothing."""
    prev = text[i - 1]
    nxt = text[i + 1] if i + 1 < len(text) else ""
    if prev in glue.after_closer:
        # "»«"; a closing mark glued to a capital ends a paragraph flattened into the next
        # (« … et juifs. »Lâche « à jamais »Sous un ciel gris »): a line break, as after a
        # heading's lowercase word
        return "\n" if glue.lowercase_headings and text[i].isupper() else " "
    if prev in ".!?…":
        if not glue.sentences or text[i] in "«“" or not _LOWER_RE.match(nxt):
            return ""
        before = text[i - 2] if i >= 2 else ""
        if before and (_LOWER_RE.match(before) or before.isdigit() or before in "»”)"):
            return " "
        # an acronym's end: "l'ONG.Danger" (not the initials of "U.S.Army")
        return " " if i >= 3 and before.isupper() and text[i - 3].isupper() else ""
    # a lowercase letter, then a capital: a heading glued to its paragraph
    if not glue.heading_followers or i < 3 or text[i] in "«“":
        return ""
    if not (_LOWER_RE.match(text[i - 2]) and _LOWER_RE.match(text[i - 3])):
        return ""
    m = _WORD_RE.match(text, i)
    if m is None or (m.end() < len(text) and text[m.end()].isalpha()):
        return ""
    if _follows_heading(m.group(), glue.heading_followers):
        return "\n"
    return "\n" if glue.lowercase_headings and m.end() - i > 1 and _lowercase_word_before(text, i) else ""


def _spaced_headings(text: str, openers: frozenset[str]) -> list[int]:
    """Where one of ``openers`` capitalised follows a space and a lowercase word of three
    letters or more: a heading's last word before its paragraph's first, flattened with a
    space (« critique des religions Mais pour X »). The words are searched first (a literal
    scan), the letters before each checked after: a lookbehind on every space costs 5x more."""
    out = []
    for m in _opener_words(openers).finditer(text):
        i = m.start()
        if i >= 4 and text[i - 1] == " " and _LOWER3_RE.match(text, i - 4):
            out.append(i)
    return out


@lru_cache(maxsize=None)
def _opener_words(openers: frozenset[str]) -> re.Pattern[str]:
    words = "|".join(sorted((w[:1].upper() + w[1:] for w in openers), key=len, reverse=True))
    return re.compile(f"(?:{words})\\b")


_LOWER3_RE = re.compile(f"[{_LOWER}]{{3}}")


def _lowercase_word_before(text: str, i: int) -> bool:
    """The letters glued before offset ``i`` make a lowercase word of three letters or more
    after a space ("Danger imminentSave": a heading's last word; not "iPhone", "eBay")."""
    k = i
    while k > 0 and text[k - 1].isalpha() and i - k <= 30:
        k -= 1
    return i - k >= 3 and text[k].islower() and (k == 0 or text[k - 1].isspace())


def _follows_heading(word: str, followers: frozenset[str]) -> bool:
    low = word.lower()
    head = low.split("’")[0].split("'")[0]
    return low in followers or (head != low and (head + "’" in followers or head + "'" in followers))


@lru_cache(maxsize=None)
def glue_for(language: str) -> tuple[Glue, re.Pattern[str] | None]:
    """The glue rules of ``language`` (``analysis/lang/<code>/text.py``; none if it has no
    such module) and their compiled pattern."""
    try:
        data = importlib.import_module(f"analysis.lang.{language}.text")
    except ModuleNotFoundError:
        return Glue(), None
    glue = Glue(bool(getattr(data, "GLUED_SENTENCES", False)), str(getattr(data, "GLUED_AFTER_CLOSER", "")),
                frozenset(getattr(data, "HEADING_FOLLOWERS", frozenset())),
                bool(getattr(data, "GLUED_LOWERCASE_HEADINGS", False)),
                frozenset(getattr(data, "SPACED_HEADING_OPENERS", frozenset())))
    return glue, glue.pattern()


def prepare_for(text: str, language: str) -> Prepared:
    """``prepare`` with the glue rules of ``language`` (a code of ``analysis.lang.LANGUAGES``)."""
    glue, pattern = glue_for(language)
    return prepare(text, glue, pattern)


def _first(edit: tuple[int, str]) -> int:
    return edit[0]
