"""Light tokens with offsets, and sentence bounds that ignore text inside quotes.

The quote engine does not need a full tokenizer: it needs words with their case and
offsets, elisions and French inversions (``a-t-il``) split off, and abbreviations
(``M.``, ``Mr.``, ``U.S.``) kept whole so their dot never ends a sentence.
"""
from __future__ import annotations

import re
from bisect import bisect_left as _c_bisect_left
from bisect import bisect_right as _c_bisect_right
from dataclasses import dataclass, field
from types import FunctionType
from typing import Any, Final
from itertools import accumulate, compress, count
from operator import itemgetter, not_

from analysis.quotes._select import native

__all__ = ["SENTENCE_MARKS", "Tokens", "bisect_left", "bisect_right", "scan", "words_in"]

#: a language's tokenizer rules (Cues.token_rules): abbreviations kept whole with their period,
#: as written and tried in this order ("Mr", "J.-C"); elided words split off before an
#: apostrophe ("qu", "l"); pronouns split off a verb in inversions ("a-t-il", "dit-elle")
Rules = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]
NO_RULES: Rules = ((), (), ())


def _token_pattern(rules: Rules) -> str:
    """The token pattern of a language's ``rules``."""
    abbreviations, elisions, pronouns = rules
    abbrev = (r"|\b(?:" + "|".join(map(re.escape, abbreviations)) + r")\.") if abbreviations else ""
    elided = (r"|(?i:\b(?:" + "|".join(map(re.escape, elisions)) + r"))['’](?=\w)") if elisions else ""
    pron = "(?:" + "|".join(map(re.escape, pronouns)) + ")"
    inversions = (r"|-t-" + pron + r"\b|-" + pron + r"\b(?![-'’])") if pronouns else ""
    word = (r"\w+(?:-(?!t-" + pron + r"\b|" + pron + r"\b(?![-'’]))\w+)*" if pronouns else r"\w+(?:-\w+)*") \
        + r"(?:['’](?!s\b)\w+)*"
    return (
        # dotted forms, guarded by a lookahead so ordinary words skip these branches fast
        r"(?=[A-Za-z]\.)(?:(?:[A-Za-z]\.){2,}|[A-Z]\.-[A-Z]\.|[A-Z]\.(?=\s+[A-Z]))"  # U.S. J.-P. J. Smith
        r"|\b[A-Z]-(?:[A-Z][a-z]*\.)+"                 # party-state: D-N.Y. R-Wis.
        + abbrev                                        # Mr. M. Sen.
        + elided                                        # l' qu’
        + inversions                                    # -t-il -elle
        + r"|['’]s\b"                                    # English possessive
        r"|" + word +
        r"|\n+"                                          # paragraph breaks are tokens
        r"|[^\w\s]"
    )


_TOKEN_RE = re.compile(_token_pattern(NO_RULES))  # no language's rules: those are scan's argument
_END_PUNCT = {".", "!", "?", "…"}
_OPENING_PUNCT = {":", "—", "–", "―", "-"}  # a quote after them opens its own sentence


def _compiled() -> bool:
    """This module runs compiled (mypyc): its functions are no Python functions."""
    return not isinstance(_compiled, FunctionType)


_COMPILED: Final = _compiled()  # Final: a C static when compiled, not a look-up a call


def bisect_left(a: list, x: Any, lo: int = 0, hi: int | None = None, *, key: Any = None) -> int:
    """``bisect.bisect_left``. Compiled, on a list of ints (token positions, the engine's
    every use but those with a ``key``), a typed loop: the C module's compares each item
    as an object, and the engine bisects a few hundred times an article."""
    if key is not None or not _COMPILED:
        return _c_bisect_left(a, x, lo, len(a) if hi is None else hi, key=key)
    want: int = x
    end = len(a) if hi is None else hi
    while lo < end:
        mid = (lo + end) >> 1
        got: int = a[mid]
        if got < want:
            lo = mid + 1
        else:
            end = mid
    return lo


def bisect_right(a: list, x: Any, lo: int = 0, hi: int | None = None, *, key: Any = None) -> int:
    """``bisect.bisect_right``, as ``bisect_left`` above: on ints, the first place of ``x + 1``."""
    if key is not None or not _COMPILED:
        return _c_bisect_right(a, x, lo, len(a) if hi is None else hi, key=key)
    return bisect_left(a, x + 1, lo, hi)


class _Ends:
    """Token end offsets, computed when asked: a few are (mentions, cues), most never."""

    __slots__ = ("_starts", "_words")

    def __init__(self, starts: list[int], words: list[str]) -> None:
        self._starts, self._words = starts, words

    def __getitem__(self, i: int) -> int:
        return self._starts[i] + len(self._words[i])

    def __len__(self) -> int:
        return len(self._words)


_SEARCHES = 16  # seen_lower: searches of the whole text before a set of its lowercase words


@dataclass(slots=True)
class Tokens:
    """Parallel token arrays for one text."""

    src: str  # the text itself
    text: list[str]
    start: list[int]
    end: _Ends  # end[i] == start[i] + len(text[i]), computed when asked
    low: list[str]  # lowercased, ’ folded to '
    quote: list[int]  # index of the quoted span holding the token, -1 outside quotes
    sent: list[int]  # sentence number (sentences never break inside a quote)
    caps_mid: frozenset = frozenset()  # capitalised words seen inside sentences (likely names)
    inside: int = -1  # quote whose words may be read as mentions (incises); -1: none
    sent_lo: list[int] = field(default_factory=list)  # first token of each sentence
    sent_hi: list[int] = field(default_factory=list)  # token after the last of each sentence
    para_lo: list[int] = field(default_factory=list)  # first token of each paragraph
    qtok: list[tuple[int, int]] = field(default_factory=list)  # (first, end) token of each quoted span
    caps: list[int] = field(default_factory=list)  # indexes of the tokens that start with a capital
    cap_names: frozenset | None = None  # those that may be names (outside quotes): speakers._is_cap
    caps_out: list[int] = field(default_factory=list)  # the capitalised tokens outside quotes
    watch: frozenset = frozenset()  # the words scan was asked to find (scan's watch)
    watched: list[int] = field(default_factory=list)  # indexes of the tokens whose low is in watch
    titled: list | None = None  # positions of honorifics and titles: speakers._titled
    lowers: set | None = None  # the low forms of the tokens written in lowercase, after many seen_lower
    searches: int = 0  # seen_lower calls so far

    # written out: compiled, a dataclass's generated __init__ runs as Python code (once an
    # article, twenty fields); the lists left out are new empty ones, as default_factory makes
    def __init__(self, src: str, text: list[str], start: list[int], end: _Ends, low: list[str], quote: list[int],
                 sent: list[int], caps_mid: frozenset = frozenset(), inside: int = -1,
                 sent_lo: list[int] | None = None, sent_hi: list[int] | None = None,
                 para_lo: list[int] | None = None, qtok: list[tuple[int, int]] | None = None,
                 caps: list[int] | None = None, cap_names: frozenset | None = None,
                 caps_out: list[int] | None = None, watch: frozenset = frozenset(),
                 watched: list[int] | None = None, titled: list | None = None, lowers: set | None = None,
                 searches: int = 0) -> None:
        """The fields, as the dataclass's generated __init__ would set them."""
        self.src, self.text, self.start, self.end, self.low, self.quote, self.sent = src, text, start, end, low, quote, sent
        self.caps_mid, self.inside, self.cap_names, self.watch = caps_mid, inside, cap_names, watch
        self.sent_lo = [] if sent_lo is None else sent_lo
        self.sent_hi = [] if sent_hi is None else sent_hi
        self.para_lo = [] if para_lo is None else para_lo
        self.qtok = [] if qtok is None else qtok
        self.caps = [] if caps is None else caps
        self.caps_out = [] if caps_out is None else caps_out
        self.watched = [] if watched is None else watched
        self.titled, self.lowers, self.searches = titled, lowers, searches

    def paragraph(self, i: int) -> int:
        """Paragraph number of token ``i``."""
        return bisect_right(self.para_lo, i) - 1

    def seen_lower(self, word: str) -> bool:
        """``word`` is the low form of a token written in lowercase somewhere in the text.
        Only a few sentence-opening capitals ask: a C-level search of ``low`` each costs
        less than a set of all lowercase words. Past _SEARCHES asks (a text of many
        sentences or names) the set is built, so the cost stays linear in the text."""
        low, text = self.low, self.text
        if self.lowers is not None:
            return word in self.lowers
        self.searches += 1
        if self.searches > _SEARCHES:
            self.lowers = {w for w, t in zip(low, text) if t[:1].islower()}
            return word in self.lowers
        if _tiles is not None:  # the same search in one C loop (no exception at the end)
            return bool(_tiles.seen_lower(low, text, word))
        i = -1
        try:
            while True:
                i = low.index(word, i + 1)
                if text[i][0].islower():
                    return True
        except ValueError:
            return False

    def __len__(self) -> int:
        return len(self.text)


# Unicode white space but the line feed (str.isspace, which regex \s follows; a test checks)
_SPACE = "\t\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
# A token and the blanks after it: the tokens then tile the text, so their offsets are
# running sums of their lengths (no match objects: a third of the old scanning time).
# The first two branches take the common tokens (a plain word, a punctuation mark) at
# once; only words followed by . ' ’ - and those marks try the special branches.
def _tile_pattern(rules: Rules) -> re.Pattern[str]:
    return re.compile(r"(?:\w++(?![.'’-])|[^\w\s\-'’]|" + _token_pattern(rules) + r")[^\S\n]*+")


_TILE_RES: dict[Rules, re.Pattern[str]] = {}  # by rules: one a language


def _tile_re(rules: Rules) -> re.Pattern[str]:
    found = _TILE_RES.get(rules)
    if found is None:
        found = _TILE_RES[rules] = _tile_pattern(rules)
    return found


_TILE_RE = _tile_re(NO_RULES)
_LEADING = re.compile(r"[^\S\n]*")
_SENTENCE_MARKS = frozenset({*_END_PUNCT, "(", ")", "", "|"})  # "": a paragraph break, stripped
SENTENCE_MARKS = _SENTENCE_MARKS
# The tokens a quote's cues and speaker candidates are read in, before and after it, at most
# (extract._window, attribution._sentence_window): linear time on a text of one long sentence.
WINDOW_BACK: Final = 250
WINDOW_AHEAD: Final = 400
_first = itemgetter(0)

_tiles: Final = native()  # the optional native tokenizer (setup.py), or None (Final: a C static when compiled)


def scan(text: str, spans: list, verbs: frozenset = frozenset(), watch: frozenset = _SENTENCE_MARKS,
         past: tuple = (), rules: Rules = NO_RULES) -> Tokens:
    """Tokenize ``text`` and mark tokens inside ``spans`` (QuotedSpan list, in order).

    ``verbs``: words that, soon after a quote closed by . ! ?, keep the sentence going
    ('“Why?” Reyes fired back'); so does a word ending with one of ``past`` right after a
    capitalised word ('“Why?” Reyes snorted').

    ``watch`` (a superset of SENTENCE_MARKS) holds the lowercased words whose positions
    the caller wants: they are found in the same pass as the sentence marks (``watched``).

    ``rules``: the language's tokenizer rules (``Cues.token_rules``, see ``Rules``).
    """
    lead = _LEADING.match(text).end()  # type: ignore[union-attr]  # always matches
    if _tiles is not None:
        # the native tokenizer: the same lists as the regex path below
        words, starts, low, watched, breaks, caps = _tiles.tile(
            text, lead, watch, _SENTENCE_MARKS, *rules)
        if not words:
            low = [""]
    else:
        words, starts, low, watched, breaks = _tokens(text, lead, watch, rules)
        caps = list(compress(count(), map(str.isupper, map(_first, words))))
    n = len(words)
    quote, qtok = _quoted_tokens(starts, spans, n)
    sent_lo, para_lo = _sentence_starts(words, low, quote, qtok, breaks, verbs, past)
    sent_hi = sent_lo[1:] + [n]
    sent = _numbered(sent_lo, n)
    caps_out = list(compress(caps, map((-1).__eq__, map(quote.__getitem__, caps)))) if spans else caps
    caps_mid = _caps_mid(words, low, caps_out, sent_lo)
    return Tokens(text, words, starts, _Ends(starts, words), low, quote, sent, caps_mid, sent_lo=sent_lo,
                  sent_hi=sent_hi, para_lo=para_lo, qtok=qtok, caps=caps, caps_out=caps_out, watch=watch,
                  watched=watched)


def words_in(words: list[str], a: int, b: int) -> int:
    """How many of the tokens ``words[a:b]`` are words (start with a letter or a digit):
    natively where built, one C loop."""
    if _tiles is not None:
        return int(_tiles.words_in(words, a, b))
    return sum(map(str.isalnum, map(_first, words[a:b])))


def _caps_mid(words: list[str], low: list[str], caps_out: list[int], sent_lo: list[int]) -> frozenset:
    """The low forms of the capitalised tokens ``caps_out`` that open no sentence and follow
    no colon or dash (a typed loop: compiled, no generator)."""
    opening = set(sent_lo)
    mid: set[str] = set()
    for i in caps_out:
        if i not in opening and words[i - 1] not in ":—–-":
            mid.add(low[i])
    return frozenset(mid)


def _quoted_tokens(starts: list[int], spans: list, n: int) -> tuple[list[int], list[tuple[int, int]]]:
    """The quoted span holding each of the ``n`` tokens (-1 outside quotes), and the (first,
    end) token of each span, its marks included (open mark .. close mark)."""
    quote = [-1] * n
    qtok = [(-1, -1)] * len(spans)
    for qi, sp in enumerate(spans):
        j = bisect_left(starts, sp.open)
        k = bisect_left(starts, sp.outer_end, j)
        if k > j:
            quote[j:k] = [qi] * (k - j)
            qtok[qi] = (j, k)
    return quote, qtok


def _sentence_starts(words: list[str], low: list[str], quote: list[int], qtok: list[tuple[int, int]],
                     breaks: list[int], verbs: frozenset, past: tuple) -> tuple[list[int], list[int]]:
    """The first token of each sentence and of each paragraph. A sentence ends at . ! ? …
    before a capital, a quote or a paragraph break (never inside parentheses: "(D-N.Y.)"),
    at a paragraph break or a pipe (a dateline, a heading), and after a quote that ends with . ! ? when a new sentence follows
    (``_quote_ends_sentence``). Only those tokens are looked at."""
    n = len(words)
    ends_of_quotes = [k - 1 for j, k in qtok if k > j]
    sent_lo = [0]
    para_lo = [0]
    depth = 0  # open parentheses: no sentence ends inside "(D-N.Y.)"
    for i in sorted({*breaks, *ends_of_quotes}) if ends_of_quotes else breaks:
        w = words[i]
        new = False
        if quote[i] >= 0:
            new = _quote_ends_sentence(words, low, quote, qtok, i, sent_lo[-1], verbs, past)
        elif w[0] == "\n":
            new = True
            depth = 0
            para_lo.append(i + 1)
        elif w == "(":
            depth += 1
        elif w == ")":
            depth = max(0, depth - 1)
        elif w == "|" and not depth:
            new = True  # a pipe never stands in prose: "Paris | Des données …", "Politique | Le …"
        elif w in _END_PUNCT and i + 1 < n and not depth:
            nxt = words[i + 1]
            new = nxt[0] == "\n" or nxt[:1].isupper() or quote[i + 1] >= 0 or nxt in "«“\""
        if new:
            sent_lo.append(i + 1)
    return sent_lo, para_lo


def _quote_ends_sentence(words: list[str], low: list[str], quote: list[int], qtok: list[tuple[int, int]], i: int,
                         lo: int, verbs: frozenset, past: tuple) -> bool:
    """A quote closing at token ``i`` with . ! ? ("… vigueur.”") ends its sentence (opened at
    ``lo``) when the next token starts a new one: a paragraph break, another quote, or a
    capital, unless a cue follows soon and the quote opened its sentence ("“Why?” Reyes
    fired back"; "X said it “failed.” Y called it …" is two sentences)."""
    q = quote[i]
    if not (i + 1 < len(words) and quote[i + 1] != q and _ends_sentence_inside(words, quote, i)):
        return False
    nxt = words[i + 1]
    j = qtok[q][0]
    return nxt[0] == "\n" or quote[i + 1] >= 0 or (nxt[:1].isupper() and (
        (j > lo and words[j - 1] not in _OPENING_PUNCT)
        or not _cue_follows(words, low, quote, i + 1, verbs, past)))


def _tokens(text: str, lead: int, watch: frozenset, rules: Rules = NO_RULES) -> tuple[list, list, list, list, list]:
    """The tokens from ``lead`` on, with the regex: (words, starts, low, watched, breaks)."""
    tiles = _tile_re(rules).findall(text, lead)
    # str.rstrip() also strips a paragraph break to "": those few are redone below
    words = list(map(str.rstrip, tiles))
    starts = list(accumulate(map(len, tiles), initial=lead))
    starts.pop()
    if "\x00" in text:
        low = [w.lower().replace("’", "'") for w in words]
    else:  # one lower() for the whole text; \x00 is no cased letter, so sigma rules hold
        low = "\x00".join(words).lower().replace("’", "'").split("\x00")
    # Sentence ends: only punctuation, paragraph breaks and the ends of quotes can end one.
    # (lowercasing maps no other token to one of these marks)
    # (no words: low is [""], as ever, and nothing is watched)
    watched = list(compress(count(), map(watch.__contains__, low))) if words else []
    breaks = watched if watch is _SENTENCE_MARKS else list(
        compress(watched, map(_SENTENCE_MARKS.__contains__, map(low.__getitem__, watched))))
    for i in compress(breaks, map(not_, map(words.__getitem__, breaks))):
        words[i] = low[i] = tiles[i].rstrip(_SPACE)
    return words, starts, low, watched, breaks


def _numbered(firsts: list[int], n: int) -> list[int]:
    """Group numbers of ``n`` items, from the first item of each group (sentences, paragraphs)."""
    out: list[int] = []
    last = len(firsts) - 1
    for g in range(last + 1):
        size = (firsts[g + 1] if g < last else n) - firsts[g]
        if size > 0:
            out.extend([g] * size)  # (a list extends at C speed; an iterator item by item)
    return out


def _cue_follows(words: list[str], low: list[str], quote: list[int], i: int, verbs: frozenset,
                 past: tuple = ()) -> bool:
    """A reporting verb soon after a closing quote: '“… !” Murphy, the head of X, tweeted';
    or a past form right after a capitalised word: '“… ?” Reyes snorted'."""
    for k in range(i, min(len(low), i + 12)):
        w = low[k]
        if quote[k] >= 0 or w in _END_PUNCT or w.startswith("\n"):
            return False
        if w in verbs:
            return True
        if past and k > i and len(w) > 4 and w.endswith(past) and words[k][:1].islower() \
                and words[k - 1][:1].isupper() and w.isalpha():
            return True
    return False


def _ends_sentence_inside(words: list[str], quote: list[int], i: int) -> bool:
    """True when the quote closing at token ``i`` ends with . ! ? …"""
    k = i
    while k >= 0 and quote[k] == quote[i] and words[k] in "»”›\"“":
        k -= 1
    return k >= 0 and quote[k] == quote[i] and words[k] in _END_PUNCT
