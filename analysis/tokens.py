"""Sentences, words, stop words and word counts for French and English news.

Sentence splitting is nltk's Punkt, built without training data from the
abbreviation lists in ``analysis/lang/<lang>/abbreviations.py`` (no nltk data
package is needed). All offsets are Python code-point offsets into the text as given.

Words come from the one tokenizer of the package, the quote engine's
(``analysis.quotes.scan``), whose rules are the language's data: its abbreviations
(``abbreviations.py``: kept whole with their period), elisions and inversion pronouns
(``tokenizer.py``). The words are its tokens seen through a thin word view: punctuation
dropped, an abbreviation without its final period (``Mr.`` -> ``Mr``, ``U.S.`` ->
``U.S``), a number written in parts joined (``3,5``, ``1 000``), an inversion split
into its words (``a-t-il`` -> ``a``, ``t``, ``il``; in French also ``est-ce`` ->
``est``, ``ce``: ``tokenizer.py``'s ``WORD_INVERSION_PRONOUNS``). ``words`` reads them
in one regular-expression pass built from the same rules (as fast as the word pattern
it replaced); tests check it against the engine's tokens through the view
(``_engine_word_spans``). ``benchmarks/compare_tokenizers.py`` measures what moved
against the former word pattern.
"""
from __future__ import annotations

import heapq
import re
import string
from collections import Counter
from collections.abc import Iterable
from functools import cache
from itertools import islice

from nltk.tokenize.punkt import (
    _ORTHO_BEG_LC,
    _ORTHO_LC,
    _ORTHO_MID_LC,
    _ORTHO_MID_UC,
    _ORTHO_UC,
    PunktLanguageVars,
    PunktParameters,
    PunktSentenceTokenizer,
    PunktToken,
)

from analysis.lang import LANGUAGES, Language, language_code, resource

__all__ = [
    "sentence_spans",
    "split_sentences",
    "stop_words",
    "top_words",
    "word_frequencies",
    "word_spans",
    "words",
]

_ABBREVIATIONS = {code: resource(code, "abbreviations") for code in LANGUAGES}
_STOP_WORDS: dict[str, frozenset[str]] = {code: resource(code, "stop_words").STOP_WORDS for code in LANGUAGES}


def _check(language: str) -> Language:
    return language_code(language)  # type: ignore[return-value]


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
    params.abbrev_types = {a.lower() for a in resources.ABBREVIATIONS}  # written as news write them
    # Pretend these were seen lowercase mid-sentence, so Punkt's orthographic
    # heuristic treats "etc. Il" / "U.S. The" as a boundary (but not "M. Lavrov").
    for word in resources.SENTENCE_STARTERS:
        params.add_ortho_context(word, _ORTHO_MID_LC)
    return PunktSentenceTokenizer(params, lang_vars=_NewsLanguageVars())


def _raw_pattern(pattern):  # type: ignore[no-untyped-def]
    """The compiled pattern inside nltk's timeout wrapper (same engine, same flags)."""
    return getattr(pattern, "_rx", pattern)


# Punkt's _get_last_whitespace_index looks for these only (string.whitespace), not \s.
_ASCII_WHITESPACE = string.whitespace  # " \t\n\r\x0b\x0c"
# What _NewsLanguageVars.re_boundary_realignment must start with.
_REALIGNED = frozenset("\"')]}\u2019\u201d\u00bb")
_CACHE_LIMIT = 50_000  # entries per cache (a token or a context each), per language
# ASCII characters that cannot start a Punkt number (``^-?[.,]?\d``).
_NOT_NUMBER_START = frozenset(chr(c) for c in range(128)) - set("-.,0123456789")
# Contexts whose Punkt word tokens are known without running Punkt's word regex
# (``_NewsLanguageVars().word_tokenize``). Letters and digits joined by single "." or
# "-" hold nothing that regex splits at (no space, no punctuation from its word-end
# lookahead, no "--", "..", ". . ."), and an apostrophe opens a token of its own:
#   [<elided>] <word>.    -> ["<elided>",] "<word>."       ("l'était." -> "l", "'était.")
#   then one of
#   <space> <next>        -> "<next>" ("<next>." too)      "Il", "U.S.", "«Bonjour", "'Insee"
#   <space> <next>,       -> "<next>", ","
#   <space> <elided>'...  -> "<elided>", "'...", [","]      "L'Insee", "C'est"
#   <space> <one char>    -> "<one char>"                   "«", "–"
#   <closing mark>        -> "<closing mark>"               "”", "»" right after the period
# Only the pair "<word>." / first token after it can be a sentence break: an elided
# "l" or a token before "," does not end in a period and is not "?" or "!".
_PLAIN = r"[^\W_]+(?:[.-][^\W_]+)*"
_OPENING = "[\u00ab\u00bb\u201c\u201d\u2018\u2019']"  # allowed to open a word token
_SIMPLE_PERIOD_CONTEXT = re.compile(
    rf"""
    (?:[^\W_]+(?=['\u2019]))?(?P<tok>['\u2019]?{_PLAIN}\.)
    (?:
        [ \u00a0\u202f]+
        (?:
            (?P<word>{_OPENING}?{_PLAIN}\.?)
            | (?P<comma>{_OPENING}?{_PLAIN}),
            | (?P<elided>[^\W_]+)['\u2019]{_PLAIN}[.,]?
            | (?P<char>\S)
        )
        | (?P<mark>[)";}}\]*:@'({{\[\u2018\u2019\u201c\u201d\u00ab\u00bb!?])
    )\Z
    """,
    re.VERBOSE,
)


class _FastPunkt:
    """Exactly ``PunktSentenceTokenizer.span_tokenize`` for one tokenizer, faster.

    Why a port of nltk internals is kept: every corpus article has its sentences counted,
    and Punkt's public ``span_tokenize`` splits 2-5 MB/s where this splits 12-38 MB/s, 5-9
    times as fast (the shared gold texts, ``benchmarks/bench_sentences.py``): with Punkt
    itself, counting sentences would cost about the quote engine's own time an article.
    The engine's sentence splitter is no substitute: it never breaks inside a quotation,
    so counts would change. It fails safe: it is used only after it
    splits a self-check text exactly as Punkt does (``_fast_sentence_tokenizer``), any
    error it raises later falls back to Punkt for that paragraph, and tests check it
    against Punkt on the shipped texts and on generated ones.

    Punkt finds candidate ends (a ``.?!`` followed by punctuation or by space and a
    token), takes each one's *context* (the word before, the mark, what follows),
    and asks ``text_contains_sentbreak(context)``: word-tokenize the context,
    annotate every token (first pass: type based; second pass: each token against
    the next one) and report whether any token but the last ends a sentence. That
    costs tens of microseconds a candidate. Here, the second-pass decision for a
    token depends only on it and the next token, so each pair is decided by a
    line-for-line port of ``_first_pass_annotation``, ``_second_pass_annotation``
    and ``_ortho_heuristic`` on plain strings (no ``PunktToken`` objects, no
    generator chains), with per-token and per-context caches. The tokens come from
    ``_SIMPLE_PERIOD_CONTEXT`` for the common shapes and from Punkt's own word
    regex otherwise; a "?" or "!" (or a "." after a space) on one line needs no
    tokens at all. Candidate search, slices and ``_realign_boundaries`` are ported
    too. Parameters (abbreviations, ortho context, collocations, sentence
    starters) are the tokenizer's. ``_punkt_sentence_spans`` is the plain-Punkt
    reference; tests check that both agree.
    """

    def __init__(self, tokenizer: PunktSentenceTokenizer) -> None:
        lang_vars = tokenizer._lang_vars
        params = tokenizer._params
        self._period_context = _raw_pattern(lang_vars.period_context_re())
        self._after_tok = self._period_context.groupindex["after_tok"]
        self._next_tok = self._period_context.groupindex["next_tok"]
        self._word_findall = _raw_pattern(lang_vars._word_tokenizer_re()).findall
        self._realignment = lang_vars.re_boundary_realignment
        self._sent_end_chars = tuple(lang_vars.sent_end_chars)
        self._punctuation = tuple(tokenizer.PUNCTUATION)
        self._abbrev_types = params.abbrev_types
        self._collocations = params.collocations
        self._sent_starters = params.sent_starters
        self._ortho_context = params.ortho_context
        self._numeric_sub = _raw_pattern(PunktToken._RE_NUMERIC).sub
        self._ellipsis_match = _raw_pattern(PunktToken._RE_ELLIPSIS).match
        self._initial_match = _raw_pattern(PunktToken._RE_INITIAL).match
        self._token_cache: dict[str, tuple] = {}
        self._context_cache: dict[str, bool] = {}

    # -- annotation -------------------------------------------------------------

    def _token(self, tok: str) -> tuple:
        """Per-token facts: ``PunktToken(tok)`` after ``_first_pass_annotation``.

        The regular expressions are Punkt's own; each is skipped only where it
        cannot match: an ellipsis starts with "..", an initial is two characters
        ending in ".", and a number (``^-?[.,]?\\d...``) starts with one of "-.,"
        or a digit (and no ASCII character but 0-9 is a digit).
        """
        sentbreak = abbr = ellipsis = False
        if tok in self._sent_end_chars:
            sentbreak = True
        elif tok.startswith("..") and self._ellipsis_match(tok):
            ellipsis = True
        elif tok.endswith(".") and not tok.endswith(".."):
            low = tok[:-1].lower()
            if low in self._abbrev_types or low.split("-")[-1] in self._abbrev_types:
                abbr = True
            else:
                sentbreak = True
        typ = tok.lower()
        if typ[0] not in _NOT_NUMBER_START:
            typ = self._numeric_sub("##number##", typ)
        type_no_period = typ[:-1] if len(typ) > 1 and typ[-1] == "." else typ
        facts = (
            tok.endswith("."),  # period_final
            sentbreak,  # first-pass sentence break
            abbr or ellipsis,
            type_no_period,
            len(tok) == 2 and tok[1] == "." and bool(self._initial_match(tok)),  # is_initial
            type_no_period if sentbreak else typ,  # type_no_sentperiod
            tok[0].isupper(),  # first_upper
            tok[0].islower(),  # first_lower
            tok in self._punctuation,
        )
        if len(self._token_cache) >= _CACHE_LIMIT:
            self._token_cache.clear()
        self._token_cache[tok] = facts
        return facts

    def _ortho_heuristic(self, facts: tuple) -> bool | str:
        """``PunktSentenceTokenizer._ortho_heuristic`` on token facts."""
        if facts[8]:
            return False
        context = self._ortho_context.get(facts[5], 0)
        if facts[6] and (context & _ORTHO_LC) and not (context & _ORTHO_MID_UC):
            return True
        if facts[7] and ((context & _ORTHO_UC) or not (context & _ORTHO_BEG_LC)):
            return False
        return "unknown"

    def _breaks(self, first: tuple, second: tuple) -> bool:
        """Final ``sentbreak`` of a token followed by another (first + second pass)."""
        if not first[0]:  # not period final: the second pass leaves it alone
            return first[1]
        typ = first[3]
        next_typ = second[5]
        is_initial = first[4]
        if (typ, next_typ) in self._collocations:
            return False
        if first[2] and not is_initial:  # abbreviation or ellipsis
            if self._ortho_heuristic(second) is True:
                return True
            if second[6] and next_typ in self._sent_starters:
                return True
        if is_initial or typ == "##number##":
            is_sent_starter = self._ortho_heuristic(second)
            if is_sent_starter is False:
                return False
            if (
                is_sent_starter == "unknown"
                and is_initial
                and second[6]
                and not (self._ortho_context.get(next_typ, 0) & _ORTHO_LC)
            ):
                return False
        return first[1]

    def _contains_sentbreak(self, context: str) -> bool:
        """``PunktSentenceTokenizer.text_contains_sentbreak(context)``."""
        found = self._context_cache.get(context)
        if found is not None:
            return found
        cache = self._token_cache
        simple = _SIMPLE_PERIOD_CONTEXT.match(context)
        if simple:
            first, second = simple.group("tok"), (
                simple.group("word")
                or simple.group("comma")
                or simple.group("elided")
                or simple.group("char")
                or simple.group("mark")
            )
            found = self._breaks(
                cache.get(first) or self._token(first), cache.get(second) or self._token(second)
            )
        else:
            if "\n" in context:  # _tokenize_words: line by line, blank lines skipped
                tokens = []
                for line in context.split("\n"):
                    if line.strip():
                        tokens += self._word_findall(line)
            elif context.strip():
                tokens = self._word_findall(context)
            else:
                tokens = []
            facts = [cache.get(tok) or self._token(tok) for tok in tokens]
            found = any(self._breaks(facts[i], facts[i + 1]) for i in range(len(facts) - 1))
        if len(self._context_cache) >= _CACHE_LIMIT:
            self._context_cache.clear()
        self._context_cache[context] = found
        return found

    # -- spans ------------------------------------------------------------------

    def span_tokenize(self, text: str) -> list[tuple[int, int]]:
        """``list(tokenizer.span_tokenize(text))``: candidates, decisions, realignment.

        ``_match_potential_end_contexts``: the context of a candidate runs from the
        start of the word before it (after the last ASCII whitespace since the
        previous candidate; a whitespace right at that start counts as none, so the
        word then reaches back to the previous candidate's word, which is dropped)
        to the end of what follows it. ``_slices_from_text`` cuts after each
        candidate whose context contains a break; ``_realign_boundaries`` then moves
        closing quotes and brackets back onto the sentence they end.
        """
        contains_sentbreak = self._contains_sentbreak
        rfind = text.rfind
        if "\t" in text or "\n" in text or "\r" in text or "\x0b" in text or "\x0c" in text:

            def last_space(_: str, start: int, stop: int) -> int:
                return max(rfind(char, start, stop) for char in _ASCII_WHITESPACE)

        else:
            last_space = rfind
        after_tok, next_tok = self._after_tok, self._next_tok
        candidates = []  # (start of the word before, regs) of each candidate Punkt decides
        previous = None
        previous_start = previous_stop = 0
        for match in self._period_context.finditer(text):
            regs = match.regs
            start = regs[0][0]
            space = last_space(" ", previous_stop, start)
            word_start = space + 1 if space > previous_stop else previous_start
            if previous is not None and previous_stop <= word_start:
                candidates.append((previous_start, previous))
            previous = regs
            previous_start, previous_stop = word_start, start
        if previous is not None:
            candidates.append((previous_start, previous))

        slices = []
        last_break = 0
        for word_start, regs in candidates:
            context = text[word_start : regs[after_tok][1]]
            # Without a line break in the context, a "?" or "!", or a "." with no word
            # before it, is a token of its own, a sentence break by type, and some token
            # follows it: always a break.
            if (
                (text[regs[0][0]] == "." and word_start != regs[0][0]) or "\n" in context
            ) and not contains_sentbreak(context):
                continue
            end = regs[0][1]
            slices.append((last_break, end))
            last_break = regs[next_tok][0] if regs[next_tok][0] >= 0 else end
        slices.append((last_break, len(text.rstrip())))

        realignment = self._realignment.match
        spans = []
        realign = 0
        start, stop = slices[0]
        for next_start, next_stop in islice(slices, 1, None):
            start += realign
            # The realignment pattern opens with one of these characters.
            if next_start < next_stop and text[next_start] in _REALIGNED:
                m = realignment(text, next_start, next_stop)
            else:
                m = None
            if m:
                spans.append((start, next_start + len(m.group(0).rstrip())))
                realign = m.end() - next_start
            else:
                realign = 0
                if start < stop:
                    spans.append((start, stop))
            start, stop = next_start, next_stop
        start += realign
        if start < stop:
            spans.append((start, stop))
        return spans


# Checked once a language: _FastPunkt reads nltk internals, which a new nltk may move.
_SELF_CHECK = ("M. Dupont a dit : « Oui. » Il est parti le 3. Puis... etc. Non ? Si ! "
               "Mr. Smith said “no.” The U.S. Senate met. J. Doe left... Then (it ended.) End. "
               "Sen. A. B. Cole, 12.5 p.m. Il\tvint.\nLe 1er mai.\n« Non ! » dit-il. L’État. ‘Yes.’ Ok.")


@cache
def _fast_sentence_tokenizer(language: Language) -> _FastPunkt | PunktSentenceTokenizer:
    punkt = _sentence_tokenizer(language)
    try:
        fast = _FastPunkt(punkt)
        if fast.span_tokenize(_SELF_CHECK) == list(punkt.span_tokenize(_SELF_CHECK)):
            return fast
    except Exception:  # noqa: BLE001 - whatever moved, Punkt itself stays right
        pass
    return punkt  # slower, same spans


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


def sentence_spans(text: str, language: Language) -> list[tuple[int, int]]:
    """Return the ``(start, end)`` offsets of the sentences of ``text``.

    ``text[start:end]`` is a sentence without surrounding whitespace. A blank
    line always ends a sentence. A split before a lowercase letter is undone,
    so ``« Vraiment ? » a-t-il demandé.`` stays one sentence.
    """
    # The steps of _punkt_sentence_spans, inlined, with _FastPunkt for Punkt.
    code = _check(language)
    span_tokenize = _fast_sentence_tokenizer(code).span_tokenize
    spans: list[tuple[int, int]] = []
    breaks = [match.span() for match in _PARAGRAPH_BREAK.finditer(text)]
    breaks.append((len(text), len(text)))
    para_start = 0
    for para_end, next_start in breaks:
        offset = para_start
        paragraph = text[para_start:para_end]
        para_start = next_start
        body = paragraph.rstrip()  # "" for an empty or blank paragraph
        if not body:
            continue
        last = len(body) - 1 if body[-1] in ".?!" else len(body)
        find = body.find
        if find(".", 0, last) < 0 and find("?", 0, last) < 0 and find("!", 0, last) < 0:
            # no . ? ! but at its very end: Punkt has no candidate break here
            spans.append((offset + len(body) - len(body.lstrip()), offset + len(body)))
            continue
        try:
            found = span_tokenize(paragraph)
        except Exception:  # noqa: BLE001 - the port of nltk internals failed: Punkt itself stays right
            found = list(_sentence_tokenizer(code).span_tokenize(paragraph))
        _add_sentences(text, offset, found, spans)
    return spans


def _add_sentences(text: str, offset: int, found: Iterable[tuple[int, int]],
                   spans: list[tuple[int, int]]) -> None:
    """Append one paragraph's Punkt spans (relative to ``offset``), stripped, merging a
    split before a lowercase letter."""
    first = len(spans)
    for start, end in found:
        start, end = _strip_span(text, offset + start, offset + end)
        if start == end:
            continue
        if len(spans) > first and text[start].islower():
            spans[-1] = (spans[-1][0], end)  # Punkt split after "?" or "!" inside a quote
        else:
            spans.append((start, end))


def _punkt_sentence_spans(text: str, language: Language) -> list[tuple[int, int]]:
    """:func:`sentence_spans` with nltk's Punkt itself: the reference for the fast path."""
    tokenizer = _sentence_tokenizer(_check(language))
    spans: list[tuple[int, int]] = []
    for para_start, para_end in _paragraph_spans(text):
        paragraph = text[para_start:para_end]
        if not paragraph or paragraph.isspace():
            continue
        _add_sentences(text, para_start, tokenizer.span_tokenize(paragraph), spans)
    return spans


def split_sentences(text: str, language: Language) -> list[str]:
    """Return the sentences of ``text`` (see :func:`sentence_spans`)."""
    return [text[start:end] for start, end in sentence_spans(text, language)]


# --- words -------------------------------------------------------------------
#
# One tokenizer. The words of a text are the quote engine's tokens (``analysis.quotes.scan``
# with the language's rules: abbreviations, elisions, inversion pronouns) seen through a
# word view (``_view``): punctuation dropped, an abbreviation's final period left out,
# numbers joined, inversions split. ``_engine_word_spans`` computes exactly that, token by
# token; ``word_spans`` and ``words`` get the same words in one pass of ``_word_pattern``,
# the engine's token pattern with the view written in (a period or a hyphen the view drops
# is left unmatched); tests check the two agree on generated text and on the shipped texts.

_NUMBER_SEPARATORS = frozenset(".,")  # tokens of their own between the parts of a number
_NUMBER_BLANKS = frozenset("\u00a0\u202f")  # no-break spaces between the parts (12 000)
_DIGITS = re.compile(r"\d+")
_CLITICS = frozenset({"'s", "\u2019s"})  # the engine's possessive token (Clinton’s -> Clinton, ’s)


def _token_rules(language: Language) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """The engine's tokenizer rules of ``language`` (``Cues.token_rules``)."""
    from analysis.quotes.cues import cues_for  # the engine, imported when words are first asked

    return cues_for(language).token_rules


def _view_rules(language: Language) -> tuple[tuple[str, ...], frozenset[str]]:
    """The view's own rules: the pronouns it splits off a verb besides the engine's, and
    the words it keeps whole though they end like such an inversion."""
    from analysis.lang.schema import TOKENIZER, checked

    data = checked(resource(language, "tokenizer"), TOKENIZER)
    return tuple(data.WORD_INVERSION_PRONOUNS), frozenset(w.lower() for w in data.WORD_KEPT_WHOLE)


def _view(token: str, split: re.Pattern[str] | None, whole: frozenset[str]) -> list[tuple[int, int]]:
    """The words of one engine token, as ``(start, end)`` offsets into it (none for
    punctuation or a paragraph break). ``split`` finds the hyphens before the view's own
    inversion pronouns, ``whole`` the tokens it leaves whole."""
    first = token[0]
    if first == "-" and len(token) > 1:  # the engine's inversion: -t-il -> t, il; -elle -> elle
        return [(1, 2), (3, len(token))] if token.startswith("-t-") else [(1, len(token))]
    if token in _CLITICS:
        return [(0, len(token))]
    if not (first.isalnum() or first == "_"):  # punctuation, a paragraph break
        return []
    # an abbreviation keeps its period in the engine, not in the word: Mr. -> Mr, U.S. -> U.S
    end = len(token) - 1 if token[-1] == "." else len(token)
    if split is None or "-" not in token or token.lower() in whole:
        return [(0, end)]
    pieces, start = [], 0
    for m in split.finditer(token, 0, end):  # dis-je -> dis, je; a-t-on -> a, t, on
        pieces.append((start, m.start()))
        if m.group(1):
            pieces.append((m.start() + 1, m.start() + 2))
        start = m.end()
    pieces.append((start, end))
    return pieces


def _join_numbers(text: str, texts: list[str], starts: list[int]) -> tuple[list[str], list[int]]:
    """Join the engine's tokens of a number: 3 , 5 -> 3,5; 1 000 (one no-break space) ->
    1 000; 1 , 000-mile -> 1,000-mile. Every part but the last is digits only."""
    out_texts: list[str] = []
    out_starts: list[int] = []
    n, size = len(texts), len(text)
    i = 0
    while i < n:
        start = starts[i]
        end = start + len(texts[i])
        j = i + 1
        while _DIGITS.fullmatch(texts[j - 1]) and end + 1 < size and text[end + 1].isdecimal():
            if text[end] in _NUMBER_SEPARATORS and j + 1 < n and texts[j] == text[end]:
                k = j + 1  # the separator is a token of its own
            elif text[end] in _NUMBER_BLANKS and j < n:
                k = j  # a blank after the part
            else:
                break
            if starts[k] != end + 1:
                break
            end = starts[k] + len(texts[k])
            j = k + 1
        out_texts.append(text[start:end])
        out_starts.append(start)
        i = j
    return out_texts, out_starts


def _engine_word_spans(text: str, language: Language) -> list[tuple[int, int]]:
    """The definition of :func:`word_spans`: the engine's tokens of ``text``, numbers
    joined, through the word view. Token by token: the reference for tests."""
    from analysis.quotes.scan import scan

    code = _check(language)
    extra, whole = _view_rules(code)
    split = re.compile(rf"-(t-)?(?=(?:{'|'.join(map(re.escape, extra))})\b)") if extra else None
    found = scan(text, [], rules=_token_rules(code))
    texts, starts = _join_numbers(text, found.text, found.start)
    return [(start + a, start + b) for token, start in zip(texts, starts) for a, b in _view(token, split, whole)]


def _word_pattern(rules: tuple[tuple[str, ...], ...], extra: tuple[str, ...], whole: frozenset[str]) -> str:
    """The engine's token pattern (``analysis.quotes.scan``), branch for branch in its order,
    matching the view's words only: what the view drops is left unmatched, and ``findall``
    passes over it (punctuation, an abbreviation's final period, the hyphens of an
    inversion)."""
    abbreviations, elisions, pronouns = rules
    pron = "(?:" + "|".join(map(re.escape, pronouns)) + ")"
    engine_stops = [rf"t-{pron}\b", rf"{pron}\b(?![-'’])"] if pronouns else []
    view_stops = [rf"(?:t-)?(?:{'|'.join(map(re.escape, extra))})\b"] if extra else []
    hyphen = rf"-(?!{'|'.join(engine_stops + view_stops)})" if engine_stops + view_stops else "-"
    word = rf"\w+(?:{hyphen}\w+)*(?:['’](?!s\b)\w+)*"
    branches = [
        rf"\d+(?:[.,\u00a0\u202f]\d+)*[.,\u00a0\u202f](?=\d){word}",  # 3,5 / 1 000: _join_numbers
        r"\w++(?![.'’-])",  # the common token, as the engine's first branch
        # U.S. J.-P. J. Smith, D-N.Y. R-Wis., then Mr. M. Sen.: without the final period
        r"(?=[A-Za-z]\.)(?:[A-Za-z](?:\.[A-Za-z])+(?=\.)|[A-Z]\.-[A-Z](?=\.)|[A-Z](?=\.\s+[A-Z]))",
        r"\b[A-Z]-[A-Z][a-z]*(?:\.[A-Z][a-z]*)*(?=\.)",
    ]
    if abbreviations:
        branches.append(r"\b(?:" + "|".join(map(re.escape, abbreviations)) + r")(?=\.)")
    if elisions:
        branches.append(r"(?i:\b(?:" + "|".join(map(re.escape, elisions)) + r"))['’](?=\w)")
    if pronouns:  # the engine's -t-il: its t, then its pronoun (the hyphens unmatched)
        branches += [rf"(?<=-)t(?=-{pron}\b)", rf"(?<=-t-){pron}\b"]
    branches.append(r"['’]s\b")
    if whole and view_stops:
        engine_hyphen = rf"-(?!{'|'.join(engine_stops)})" if engine_stops else "-"
        branches.append(rf"\b(?i:{'|'.join(map(re.escape, sorted(whole)))})\b(?!{engine_hyphen}\w|['’](?!s\b)\w)")
    branches.append(word)
    # every word starts with one of these: elsewhere (blanks, punctuation) one test fails at once
    return r"(?=[\w'’-])(?:" + "|".join(branches) + ")"


@cache
def _word_re(language: Language) -> re.Pattern[str]:
    return re.compile(_word_pattern(_token_rules(language), *_view_rules(language)))


def word_spans(text: str, language: Language) -> list[tuple[int, int]]:
    """Return the ``(start, end)`` offsets of the word tokens of ``text``.

    Punctuation is skipped; numbers are kept. See :func:`words` for the rules.
    """
    return [match.span() for match in _word_re(_check(language)).finditer(text)]


def words(text: str, language: Language, *, lower: bool = False) -> list[str]:
    """Return the word tokens of ``text``, without punctuation.

    The quote engine's tokens, as words: punctuation dropped, an abbreviation without its
    final period (``Mr.`` -> ``Mr``, ``U.S.`` -> ``U.S``), numbers joined (``3,5``,
    ``1 000``), inversions split (``a-t-il`` -> ``a``, ``t``, ``il``).
    French: ``l’injustice`` -> ``l’``, ``injustice``; ``aujourd’hui``,
    ``États-Unis``, ``peut-être``, ``main-d’œuvre`` stay whole; ``est-ce`` -> ``est``, ``ce``.
    English: ``don't`` stays whole; ``Clinton’s`` -> ``Clinton``, ``’s``.
    """
    found = _word_re(_check(language)).findall(text)
    return [token.lower() for token in found] if lower else found


# --- stop words and counts -----------------------------------------------------

_HAS_LETTER = re.compile(r"[^\W\d_]")  # a letter


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
    stops = _STOP_WORDS[code] if drop_stop_words else frozenset()
    counts: Counter[str] = Counter()
    for text in [texts] if isinstance(texts, str) else texts:
        for token in words(text, code):
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
