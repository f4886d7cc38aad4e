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
from typing import Final

from analysis.quotes._select import native
from analysis.quotes.model import Quote, QuoteKind

__all__ = ["QuotedSpan", "find_quoted_spans", "new_quote", "OPENERS", "CLOSERS"]

# Characters that may open or close a quotation. “ closes a German „…“ pair and
# opens elsewhere; " is symmetric and decided by its neighbours.
OPENERS = "«“„‹"
CLOSERS = "»”›"
_MARKS_RE = re.compile('[«»“”„‹›"]')
# Spaces that may sit just inside the marks (French typography uses no-break spaces).
_INNER_SPACE = " \t\u00a0\u202f\u2009\u2007"
_TRIM = _INNER_SPACE + '«»“”„‹›"'

_tiles: Final = native()  # the optional native pairing (setup.py), or None (Final: a C static when compiled)


# not frozen: a frozen class cannot set its fields in its own (compiled) __init__ below
@dataclass(slots=True)
class QuotedSpan:
    """A stretch of text between quote marks (read, never changed, by the engine).

    ``open``/``close`` are the offsets of the marks (``close`` is ``None`` when the
    quote was left open and closed at the paragraph end); ``start``/``end`` delimit
    the quoted words, marks and inner spaces excluded.
    """

    open: int
    close: int | None
    start: int
    end: int

    # written out: compiled, a dataclass's generated __init__ runs as Python code, and this
    # class is built for every quote of every article
    def __init__(self, open: int, close: int | None, start: int, end: int) -> None:
        self.open, self.close, self.start, self.end = open, close, start, end

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


def _emit(text: str, out: list[QuotedSpan], open_at: int, close_at: int | None, end: int) -> None:
    """Report the words from the mark at ``open_at`` to ``end``, when there are any."""
    s, e = _trimmed(text, open_at + 1, end)
    if e > s:
        out.append(QuotedSpan(open_at, close_at, s, e))


class _Pairing:
    """The pairing state of one paragraph: the open marks and the quotes closed inside the
    outermost one."""

    def __init__(self, text: str, lo: int, hi: int, out: list[QuotedSpan]) -> None:
        self.text = text
        self.lo = lo
        self.hi = hi
        self.out = out
        self.stack: list[tuple[str, int]] = []  # (mark, offset) of open marks
        self.straight: list[int] = []  # indexes in ``stack`` of the open straight marks: no search of the stack
        self.kids: list[tuple[int, int]] = []  # (open, close) of the quotes closed inside the outermost one
        self.kids_of = -1  # the offset of the outermost open mark that ``kids`` belong to

    def closed(self, opener: int, i: int) -> None:
        """The quote opened at ``opener`` closed at ``i`` (the stack already popped): an
        outermost quote is reported, one just inside it remembered."""
        stack = self.stack
        if not stack:
            _emit(self.text, self.out, opener, i, i)
        elif len(stack) == 1:
            if self.kids_of != stack[0][1]:
                self.kids.clear()
                self.kids_of = stack[0][1]
            self.kids.append((opener, i))

    def close_all(self, i: int) -> None:
        """A mark at ``i`` ends every open quote (mixed or typeset pairs)."""
        opener = self.stack[0][1]
        self.stack.clear()
        _emit(self.text, self.out, opener, i, i)

    def straight_mark(self, i: int) -> None:
        """A straight " closes the innermost open straight quote, or a “ (mixed “…" pair), or opens."""
        stack, straight, text = self.stack, self.straight, self.text
        idx = straight[-1] if straight else None  # the innermost open straight mark
        if idx is not None and (idx == len(stack) - 1 or not _straight_opens(text, i)):
            opener = stack[idx][1]
            del stack[idx:]
            self.closed(opener, i)
        elif idx is None and stack and stack[-1][0] == "“" and not _straight_opens(text, i):
            self.close_all(i)  # a closing " after an open “ and no straight quote open: a mixed “…" pair
        else:
            straight.append(len(stack))
            stack.append(('"', i))

    def typographic_mark(self, ch: str, i: int) -> None:
        """An opener opens (“ glued to a word closes), a closer ends the innermost open quote."""
        stack, text = self.stack, self.text
        if ch in OPENERS and not (ch == "“" and stack and stack[-1][0] == "„"):
            if ch == "“" and stack and not _straight_opens(text, i):
                self.close_all(i)  # “ glued to the word before it closes (mixed or typeset “…“ pairs)
            else:
                stack.append((ch, i))
            return
        if ch == "»" and not stack and _opens_word(text, self.lo, self.hi, i):
            stack.append(("«", i))  # a » printed for a «: "l’»horrible attaque»"
            return
        # A closer ends the innermost open quote; a stray closer is ignored.
        while len(stack) > 1 and stack[-1][0] == '"':
            stack.pop()  # an unclosed straight quote inside « … » ends with it
        if stack:
            self.closed(stack.pop()[1], i)

    def finish(self) -> None:
        """The paragraph ends: a quote left open closes here, or earlier where its closer was lost."""
        stack, text, lo, hi = self.stack, self.text, self.lo, self.hi
        if not stack:
            return
        outer = stack[0][1]
        if self.kids and self.kids_of == outer and stack[0][0] in "«“" and text[lo:outer].strip():
            self.lost_closer()
            return
        _emit(text, self.out, outer, None, hi)  # left open: close at the paragraph end

    def lost_closer(self) -> None:
        """A quote opened inside its paragraph and never closed, around closed ones: its closer
        was lost ("se sont «félicitées …, et ont chargé … d’en «partager les résultats». Un
        …"), or printed once for two at the paragraph's end ("… titled “‘Sorry, …’”"). Lost:
        the outer quote ends where the first inner one opens; printed once: at the first inner
        closer. An inner quote that opens a sentence always ends the outer one ("…, explique
        X. Une durée …. «Leur intention …»"). The quotes after stand alone, instead of one
        quote to the paragraph's end."""
        stack, text, out, hi = self.stack, self.text, self.out, self.hi
        outer = stack[0][1]
        kids = self.kids
        first_open, close = kids[0]
        if _after_sentence_end(text, self.lo, first_open) or text[close + 1:hi].strip(_PARAGRAPH_TAIL):
            _emit(text, out, outer, None, first_open)
        else:
            _emit(text, out, outer, close, close)
            kids = kids[1:]
        for o, c in kids:
            _emit(text, out, o, c, c)
        if len(stack) > 1:
            _emit(text, out, stack[1][1], None, hi)


# what may follow a closer printed once for two quotes at the paragraph's end
_PARAGRAPH_TAIL = _INNER_SPACE + ".!?…\"»”’'"


def _scan_paragraph(text: str, lo: int, hi: int, out: list[QuotedSpan]) -> None:
    pairing = _Pairing(text, lo, hi, out)
    straight = pairing.straight
    for m in _MARKS_RE.finditer(text, lo, hi):
        ch, i = m.group(), m.start()
        while straight and straight[-1] >= len(pairing.stack):
            straight.pop()  # (popped from the stack since)
        if ch == '"':
            pairing.straight_mark(i)
        else:
            pairing.typographic_mark(ch, i)
    pairing.finish()


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


# Quote's slots in the order of its fields and of its __init__'s parameters (model.py checks)
_QUOTE_MEMBERS: Final = tuple(getattr(Quote, name) for name in Quote.__slots__)
_QUOTE: Final = Quote  # (compiled: a C static, not a look-up of the imported name a call)


def new_quote(start: int, end: int, text: str, speaker: str | None, mention: str | None = None,
              mention_start: int | None = None, mention_end: int | None = None, cue: str | None = None,
              cue_start: int | None = None, cue_end: int | None = None, kind: QuoteKind = "direct",
              speaker_score: float | None = None, speaker_source: str | None = None) -> Quote:
    """``Quote(start, end, …)``, the same record. Natively where built (``_tiles.record``
    sets its slots in one call): Quote's __init__ is Python code, and the engine builds two
    or three Quotes a quote."""
    if _tiles is None:
        return Quote(start, end, text, speaker, mention, mention_start, mention_end, cue, cue_start, cue_end, kind,
                     speaker_score, speaker_source)
    return _tiles.record(_QUOTE, _QUOTE_MEMBERS, start, end, text, speaker, mention, mention_start, mention_end, cue,
                         cue_start, cue_end, kind, speaker_score, speaker_source)
