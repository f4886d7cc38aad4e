"""Stage 1: find the spans between quote marks.

One linear scan a paragraph, so text with thousands of marks costs no more than
any other text. Marks are paired with a small stack: an inner quote stays inside
its outer one, and only the outermost spans are reported. A mark left open closes
at the end of its paragraph (multi-paragraph quotes reopen at each paragraph).
Apostrophes (’ ') are never quote marks.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from analysis.quotes._select import native

__all__ = ["QuotedSpan", "find_quoted_spans", "OPENERS", "CLOSERS"]

# Characters that may open or close a quotation. “ closes a German „…“ pair and
# opens elsewhere; " is symmetric and decided by its neighbours.
OPENERS = "«“„‹"
CLOSERS = "»”›"
_MARKS_RE = re.compile('[«»“”„‹›"]')
# Spaces that may sit just inside the marks (French typography uses no-break spaces).
_INNER_SPACE = " \t\u00a0\u202f\u2009\u2007"
_TRIM = _INNER_SPACE + '«»“”„‹›"'

_tiles = native()  # the optional native pairing (setup.py), or None


@dataclass(frozen=True, slots=True)
class QuotedSpan:
    """A stretch of text between quote marks.

    ``open``/``close`` are the offsets of the marks (``close`` is ``None`` when the
    quote was left open and closed at the paragraph end); ``start``/``end`` delimit
    the quoted words, marks and inner spaces excluded.
    """

    open: int
    close: int | None
    start: int
    end: int

    @property
    def outer_end(self) -> int:
        """Offset just after the closing mark (or the quoted words when left open)."""
        return self.close + 1 if self.close is not None else self.end


def _straight_opens(text: str, i: int) -> bool:
    """A straight " opens when nothing word-like stands right before it."""
    prev = text[i - 1] if i > 0 else " "
    return prev.isspace() or prev in "([{—–-:/«“\u00a0\u202f"


def _after_sentence_end(text: str, lo: int, i: int) -> bool:
    """The mark at ``i`` follows a sentence's end (at most two spaces between)."""
    k = i - 1
    while k >= lo and k > i - 3 and text[k] in _INNER_SPACE:
        k -= 1
    return k >= lo and text[k] in ".!?…"


def _opens_word(text: str, lo: int, hi: int, i: int) -> bool:
    """The mark at ``i`` is glued to the word after it and not to the word before it."""
    return i + 1 < hi and text[i + 1].isalpha() and (i == lo or text[i - 1].isspace() or text[i - 1] in "’'(")


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return start, end


def _scan_paragraph(text: str, lo: int, hi: int, out: list[QuotedSpan]) -> None:
    stack: list[tuple[str, int]] = []  # (mark, offset) of open marks
    straight: list[int] = []  # indexes in ``stack`` of the open straight marks: no search of the stack
    kids: list[tuple[int, int]] = []  # (open, close) of the quotes closed inside the outermost one
    kids_of = -1  # the offset of the outermost open mark that ``kids`` belong to

    def emit(open_at: int, close_at: int | None, end: int) -> None:
        s, e = _trimmed(text, open_at + 1, end)
        if e > s:
            out.append(QuotedSpan(open_at, close_at, s, e))

    for m in _MARKS_RE.finditer(text, lo, hi):
        ch, i = m.group(), m.start()
        while straight and straight[-1] >= len(stack):
            straight.pop()  # (popped from the stack since)
        if ch == '"':
            idx = straight[-1] if straight else None  # the innermost open straight mark
            if idx is not None and (idx == len(stack) - 1 or not _straight_opens(text, i)):
                opener = stack[idx][1]
                del stack[idx:]
                if not stack:
                    emit(opener, i, i)
                elif len(stack) == 1:
                    if kids_of != stack[0][1]:
                        kids.clear()
                        kids_of = stack[0][1]
                    kids.append((opener, i))
            elif idx is None and stack and stack[-1][0] == "“" and not _straight_opens(text, i):
                # a closing " after an open “ and no straight quote open: a mixed “…" pair
                opener = stack[0][1]
                stack.clear()
                emit(opener, i, i)
            else:
                straight.append(len(stack))
                stack.append((ch, i))
            continue
        if ch in OPENERS and not (ch == "“" and stack and stack[-1][0] == "„"):
            if ch == "“" and stack and not _straight_opens(text, i):
                # “ glued to the word before it closes (mixed or typeset “…“ pairs).
                opener = stack[0][1]
                stack.clear()
                emit(opener, i, i)
            else:
                stack.append((ch, i))
            continue
        if ch == "»" and not stack and _opens_word(text, lo, hi, i):
            stack.append(("«", i))  # a » printed for a «: "l’»horrible attaque»"
            continue
        # A closer ends the innermost open quote; a stray closer is ignored.
        while len(stack) > 1 and stack[-1][0] == '"':
            stack.pop()  # an unclosed straight quote inside « … » ends with it
        if stack:
            opener = stack.pop()[1]
            if not stack:
                emit(opener, i, i)
            elif len(stack) == 1:
                if kids_of != stack[0][1]:
                    kids.clear()
                    kids_of = stack[0][1]
                kids.append((opener, i))
    if not stack:
        return
    outer = stack[0][1]
    if kids and kids_of == outer and stack[0][0] in "«“" and text[lo:outer].strip():
        # A quote opened inside its paragraph and never closed, around closed ones: its
        # closer was lost or printed once for two ("se sont «félicitées …, d’en «partager les
        # résultats». … «à partir de mi-2019»"): the first inner closer ends it (or the
        # first inner quote, when that one opens a sentence), the quotes after it stand
        # alone, instead of one quote to the paragraph's end.
        first_open, close = kids[0]
        if _after_sentence_end(text, lo, first_open):
            # the first inner quote opens a sentence: the outer one ends before it
            # ("…, explique X. Une durée …. «Leur intention …»")
            emit(outer, None, first_open)
        else:
            emit(outer, close, close)
            kids = kids[1:]
        for o, c in kids:
            emit(o, c, c)
        if len(stack) > 1:
            emit(stack[1][1], None, hi)
        return
    # Left open: close at the paragraph end.
    emit(outer, None, hi)


def find_quoted_spans(text: str) -> list[QuotedSpan]:
    """Return the outermost quoted spans of ``text`` in order."""
    if _tiles is not None:  # the same pairing, natively
        return [QuotedSpan(a, b, c, d) for a, b, c, d in _tiles.spans(text)]
    return _find_quoted_spans(text)


def _find_quoted_spans(text: str) -> list[QuotedSpan]:
    out: list[QuotedSpan] = []
    n = len(text)
    hi = -1
    # Only the paragraphs that hold a mark are scanned.
    for m in _MARKS_RE.finditer(text):
        at = m.start()
        if at < hi:
            continue  # its paragraph is done
        lo = text.rfind("\n", 0, at) + 1
        hi = text.find("\n", at)
        if hi < 0:
            hi = n
        _scan_paragraph(text, lo, hi, out)
    return out
