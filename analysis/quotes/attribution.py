"""Stage 5: the speaker of each quote, chosen among candidates by a learned scorer.

The rule cascade of ``extract.py`` proposes one speaker a quote ("first rule that
fires"); here it is one candidate generator among several. Each generator below is a
small function with an id (``GENERATORS``): it proposes names, each with the token where
the text mentions it. Candidates are merged by name; each gets features (which
generators proposed it, which rule of the cascade, distance to the quote, same sentence
or paragraph, entity kind, gender agreement with a pronoun, how often the article
mentions and quotes it, ...). A logistic model (weights in ``speaker_model.json``,
trained by ``benchmarks/train_speakers.py``) scores each candidate; the best one
speaks. No language words here: they are in ``analysis/lang/<code>/``.
"""
from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Final, cast

from analysis.entities import has_name_stats, mention_kind, name_stats, title_gender, unnamed
from analysis.lang import LANGUAGES, Language
from analysis.quotes import model as quote_model
from analysis.quotes.model import Quote
from analysis.quotes.cues import Cues
from analysis.quotes.marks import new_quote
from analysis.quotes.scan import WINDOW_AHEAD, WINDOW_BACK, Tokens
from analysis.quotes.scan import bisect_left  # typed when compiled (scan.bisect_left)
from analysis.quotes.speakers import Mention, SpeakerIndex, adverbial_end, capital_heading, name_run_at
from analysis.text import fold

__all__ = ["Candidate", "GENERATORS", "Kept", "SpeakerModel", "choose_speakers", "load_model", "speaker_candidates"]

# (quoted span number, the cascade's speakers.Mention or None, cascade rule id)
Kept = tuple[int, "Mention | None", str]
# beside model.py, which stays Python (this module's compiled copy lives elsewhere)
MODEL_FILE = Path(quote_model.__file__).with_name("speaker_model.json")
_NEAR_SENTENCES = 2  # names of the sentences this far before the quote are candidates
_ANTECEDENTS = 3  # persons named before a pronoun or a title, at most
# names are read in the quote's window of tokens (scan.WINDOW_BACK/AHEAD), whatever the
# sentence's length, so that the work per quote is bounded
_POSITIONS = 8  # mentions of one candidate read for its features, the nearest ones


@dataclass(slots=True)
class Candidate:
    """A possible speaker of one quote: its name, the generators that proposed it (the
    first one the most reliable), and its features for the scorer."""

    name: str
    sources: list[str] = field(default_factory=list)
    positions: list[int] = field(default_factory=list)  # tokens where the text mentions it
    features: dict[str, float] = field(default_factory=dict)

    # written out: compiled, a dataclass's generated __init__ runs as Python code, and this
    # class is built for every candidate of every quote (None: a new empty list or dict)
    def __init__(self, name: str, sources: list[str] | None = None, positions: list[int] | None = None,
                 features: dict[str, float] | None = None) -> None:
        self.name = name
        self.sources = [] if sources is None else sources
        self.positions = [] if positions is None else positions
        self.features = {} if features is None else features


@dataclass(slots=True)
class _Doc:
    """What attribution reads of an article (extract._Article, which imports this module),
    in typed fields: the compiled engine reads them natively, not by generic lookups."""

    text: str
    tk: Tokens
    cues: Cues
    index: SpeakerIndex
    verb_at: list[int]  # where reporting verbs stand
    frame_at: list[int]  # where frame heads ("selon") stand


def _doc(art: Any) -> _Doc:
    return _Doc(art.text, art.tk, art.cues, art.index, art.verb_at, art.frame_at)


@dataclass(slots=True)
class _Context:
    """What the generators of one quote read."""

    art: _Doc
    k: int  # the quote's rank among the kept quotes
    qa: int
    qb: int
    mention: Mention | None
    rule: str
    cascade: str | None  # the cascade's speaker
    previous: tuple[str | None, int]  # the kept quote before: (cascade speaker, first token)
    following: tuple[str | None, int]
    names: _Names
    para: int  # the quote's paragraph

    # written out: compiled, a dataclass's generated __init__ runs as Python code, and this
    # class is built for every quote
    def __init__(self, art: _Doc, k: int, qa: int, qb: int, mention: Mention | None, rule: str, cascade: str | None,
                 previous: tuple[str | None, int], following: tuple[str | None, int], names: _Names,
                 para: int) -> None:
        self.art, self.k, self.qa, self.qb, self.mention, self.rule = art, k, qa, qb, mention, rule
        self.cascade, self.previous, self.following, self.names, self.para = cascade, previous, following, names, para


@dataclass(slots=True)
class _Names:
    """The article's names in text order, canonical, with their positions."""

    at: list[int]  # token positions, ascending
    name: list[str]  # canonical name at each position
    subject: list[bool]  # in subject position (SpeakerIndex.names_at's flag)
    count: dict[str, int]  # mentions per canonical name
    voices: dict[str, int]  # cascade-attributed quotes per canonical name
    where: dict[str, list[int]]  # positions per canonical name
    held: set[int]  # the positions, as a set
    context: dict[str, frozenset[str]] = field(default_factory=dict)  # words around each name (_described)


Generator = Callable[[_Context], Iterator[tuple[str, int]]]
GENERATORS: dict[str, Generator] = {}


def generator(gid: str) -> Callable[[Generator], Generator]:
    """Register a candidate generator under ``gid`` (its id in features and in
    ``Quote.speaker_source``)."""
    def add(fn: Generator) -> Generator:
        GENERATORS[gid] = fn
        return fn
    return add


@generator("cascade")
def _cascade(ctx: _Context) -> Iterator[tuple[str, int]]:
    """The rule cascade's speaker (extract.py; its rule id is a feature)."""
    if ctx.cascade:
        yield ctx.cascade, ctx.mention.start if ctx.mention is not None else -1


@generator("as_written")
def _as_written(ctx: _Context) -> Iterator[tuple[str, int]]:
    """The cascade's mention as written when it names nobody in particular (« un haut
    responsable », "a senior official"; analysis.entities.unnamed): somebody new, whom the
    cascade may have resolved to a person named before."""
    m = ctx.mention
    if m is not None and m.kind in ("title", "other"):
        tk = ctx.art.tk
        written = ctx.art.text[tk.start[m.start]:tk.end[m.end - 1]]
        if ctx.art.cues.language in _LANGS and unnamed(written, language=ctx.art.cues.language):
            yield written, m.start


@generator("previous_quote")
def _previous_quote(ctx: _Context) -> Iterator[tuple[str, int]]:
    """The speaker of the quote before: continuation across sentences and paragraphs, or
    the quote that answers it (within two paragraphs)."""
    name, at = ctx.previous
    tk = ctx.art.tk
    if name and at >= 0 and tk.paragraph(ctx.qa) - tk.paragraph(at) <= 2:
        yield name, -1


@generator("next_quote")
def _next_quote(ctx: _Context) -> Iterator[tuple[str, int]]:
    """The speaker of the quote after, in the same paragraph or the next one."""
    name, at = ctx.following
    tk = ctx.art.tk
    if name and at >= 0 and tk.paragraph(at) - tk.paragraph(ctx.qa) <= 1:
        yield name, -1


@generator("sentence_name")
def _sentence_names(ctx: _Context) -> Iterator[tuple[str, int]]:
    """Every name of the quote's sentence, outside quotes."""
    names = ctx.names
    lo, hi = _sentence_window(ctx)
    for x in range(bisect_left(names.at, lo), bisect_left(names.at, hi)):
        yield names.name[x], names.at[x]


def _sentence_window(ctx: _Context) -> tuple[int, int]:
    """The quote's sentence, clamped to WINDOW_BACK tokens before the quote and WINDOW_AHEAD after it."""
    tk = ctx.art.tk
    lo, hi = tk.sent_lo[tk.sent[ctx.qa]], tk.sent_hi[tk.sent[ctx.qb - 1]]
    return max(lo, ctx.qa - WINDOW_BACK), min(hi, ctx.qb + WINDOW_AHEAD)


@generator("other_name")
def _other_names(ctx: _Context) -> Iterator[tuple[str, int]]:
    """Where the cascade's mention is no name: the names of the quote's sentence that the
    speaker index does not hold as subjects (after a preposition or a determiner: "de
    l'aveu du Dr Gautier", "a averti l'ACEA")."""
    art, m = ctx.art, ctx.mention
    tk, names = art.tk, ctx.names
    caps = tk.cap_names
    if not caps or (m is not None and m.kind == "name"):
        return
    lo, hi = _sentence_window(ctx)
    inside = (m.start, m.end) if m is not None else (0, 0)  # "the Texas senator": not "Texas"
    k = lo
    while k < hi:
        if k in caps and tk.quote[k] < 0 and k not in names.held and not inside[0] <= k < inside[1]:
            e = name_run_at(tk, k, hi, art.cues)
            if e > k:
                yield art.index.canonical(art.text[tk.start[k]:tk.end[e - 1]]), k
                k = e
                continue
        k += 1


@generator("near_name")
def _near_names(ctx: _Context) -> Iterator[tuple[str, int]]:
    """Where the cascade's mention is no name: the names of the sentences just before the
    quote's and of the one after it."""
    if ctx.mention is not None and ctx.mention.kind == "name":
        return
    tk, names = ctx.art.tk, ctx.names
    s = tk.sent[ctx.qa]
    lo = max(tk.sent_lo[max(0, s - _NEAR_SENTENCES)], ctx.qa - WINDOW_BACK)
    hi = tk.sent_lo[s]
    for x in range(bisect_left(names.at, lo), bisect_left(names.at, hi)):
        yield names.name[x], names.at[x]
    e = tk.sent[ctx.qb - 1] + 1
    if e < len(tk.sent_lo):
        for x in range(bisect_left(names.at, tk.sent_lo[e]), bisect_left(names.at, min(tk.sent_hi[e], ctx.qb + WINDOW_AHEAD))):
            yield names.name[x], names.at[x]


@generator("antecedent")
def _antecedents(ctx: _Context) -> Iterator[tuple[str, int]]:
    """For a pronoun, a title or a noun phrase ("il", "le ministre", "le quotidien"), or no
    mention at all: the last persons named before the quote (gender is a feature)."""
    m = ctx.mention
    if m is not None and m.kind == "name":
        return
    names = ctx.names
    seen: set[str] = set()
    x = bisect_left(names.at, m.start if m is not None else ctx.qa) - 1
    while x >= 0 and len(seen) < _ANTECEDENTS:
        name = names.name[x]
        if name not in seen:
            seen.add(name)
            yield name, names.at[x]
        x -= 1


@generator("titled")
def _titled(ctx: _Context) -> Iterator[tuple[str, int]]:
    """For a title ("le maire"), the person introduced with that title, and the latest
    person given any title."""
    m = ctx.mention
    if m is None or m.kind != "title" or not m.title:
        return
    index = ctx.art.index
    name = index.by_title_before(m.title, ctx.qa)
    if name:
        yield index.canonical(name), -1
    name = index.latest_titled_before(m.start, m.gender)
    if name:
        yield index.canonical(name), -1


_INCISE = 5  # tokens after a quote where the verb of an incise stands (« … », a-t-il précisé)
_PHRASE = 7  # words of a noun phrase read after a reporting verb, at most
_APPOSED = 10  # tokens after a title mention where its apposed name may stand


@generator("verb_subject")
def _verb_subjects(ctx: _Context) -> Iterator[tuple[str, int]]:
    """The noun phrase, as written, after a reporting verb right after the quote: an
    inverted subject (« … », ont affirmé les enquêteurs ; « … », a précisé l'un des
    douaniers ; « … », écrit le quotidien), a description, a group or an organisation
    that the name generators do not see (lowercase after its determiner: not a name; not a
    definite title: a person named elsewhere);
    or, where the cascade saw no cue, the name there (« …, a mis en garde M. Dupont »)."""
    art = ctx.art
    tk, cues = art.tk, art.cues
    lo, hi = _sentence_window(ctx)
    verbs = art.verb_at
    for x in range(bisect_left(verbs, ctx.qb), bisect_left(verbs, min(hi, ctx.qb + _INCISE))):
        a = adverbial_end(tk, verbs[x] + 1, cues)  # « …, souligne pour sa part X »
        while a < min(hi, verbs[x] + 3) and tk.text[a][:1].islower() and tk.low[a] not in cues.determiners:
            a += 1  # « …, a annoncé jeudi le ministère »: a day or an adverb before the subject
        if a < hi and tk.low[a] in cues.honorifics:
            a += 1  # « …, a mis en garde M. Dupont »
        if ctx.rule == "none" and a < hi and tk.cap_names and a in tk.cap_names:
            e = name_run_at(tk, a, hi, cues)
            if e > a:
                yield art.index.canonical(art.text[tk.start[a]:tk.end[e - 1]]), a
            return
        if a + 1 < hi and tk.low[a] in cues.determiners and tk.quote[a] < 0 and tk.text[a + 1][:1].islower():
            b = _phrase_end(tk, a, hi, cues)
            if b > a + 1:
                phrase = art.text[tk.start[a]:tk.end[b - 1]]
                # a title with a definite determiner ("said the senator") is a person named
                # elsewhere: the cascade and the antecedents resolve it; kept as written,
                # it would only match a gold that writes titles so
                if not _has_title(phrase, cues.language) or _unnamed(phrase, cues.language):
                    yield phrase, a
                return


def _phrase_end(tk: Tokens, a: int, hi: int, cues: Cues) -> int:
    """The end of the noun phrase opening at token ``a``: before punctuation, a quote, a
    relative or subordinate word, a preposition other than "de" (its complement goes
    on), or after _PHRASE words."""
    b = a
    stop = min(hi, a + _PHRASE)
    while b < stop and tk.quote[b] < 0:
        w = tk.low[b]
        if not w[:1].isalnum() or w in cues.relatives or w in cues.subordinators:
            break
        if w in cues.prepositions and w not in cues.of_complement_subjects and b > a + 1:
            break  # "les enquêteurs devant la cour": the phrase ends; "un membre de la DGSI" goes on
        b += 1
    while b > a + 1 and (tk.low[b - 1] in cues.prepositions or tk.low[b - 1] in cues.determiners):
        b -= 1  # "les enquêteurs devant la": no dangling preposition or determiner
    return b


@generator("apposition")
def _apposition(ctx: _Context) -> Iterator[tuple[str, int]]:
    """For a title or a noun phrase (« le secrétaire d'État à l'Intérieur Laurent Nuñez »,
    « l'avocate de l'association, Me Corinne Lepage »): the first name right after it."""
    m = ctx.mention
    if m is None or m.kind not in ("title", "other") or m.name:
        return  # no title, or the cascade read the name inside it ("Secretary of State X")
    art = ctx.art
    tk = art.tk
    s = tk.sent[m.start]
    hi = min(tk.sent_hi[s], m.end + _APPOSED)
    caps = tk.cap_names or ()
    for k in range(m.end, hi):
        if tk.quote[k] >= 0:
            return
        if k in caps:
            e = name_run_at(tk, k, hi, art.cues)
            if e > k:
                name = art.index.canonical(art.text[tk.start[k]:tk.end[e - 1]])
                if not ctx.cascade or ctx.cascade not in name:  # "State Antony Blinker": the title's end
                    yield name, k
                return


@generator("organisation")
def _organisations(ctx: _Context) -> Iterator[tuple[str, int]]:
    """For a mention that names an organisation by its kind (« le quotidien », « l'ONG »,
    « le ministère », "the agency") or a document that speaks for one (« le communiqué »):
    the last two names before it that are organisations
    or of no known kind (« La Croix »), not persons, places or common words."""
    m = ctx.mention
    if m is None or m.kind == "pronoun":
        return
    art = ctx.art
    tk, lang = art.tk, art.cues.language
    written = art.text[tk.start[m.start]:tk.end[m.end - 1]]
    if not (written[:1].islower() or tk.low[m.start] in art.cues.determiners or m.end == m.start + 1):
        return  # a name ("Ministère de la Défense") is its own speaker
    if _evidence(written, lang).split(" ", 1)[0] not in ("organisation", "document"):
        return  # an organisation by its head noun, or a document (« le communiqué »): its issuer speaks
    caps, names = tk.cap_names or frozenset(), tk.caps_out
    lo = tk.sent_lo[max(0, tk.sent[m.start] - _NEAR_SENTENCES - 1)]
    found: list[str] = []
    x = bisect_left(names, m.start) - 1
    while x >= 0 and len(found) < 2 and names[x] >= lo:
        k = names[x]
        x -= 1
        if k not in caps or (k - 1 in caps and tk.quote[k - 1] < 0):
            continue  # not a name, or inside one: its run starts before
        e = name_run_at(tk, k, m.start, art.cues)
        if e > k:
            name = art.index.canonical(art.text[tk.start[k]:tk.end[e - 1]])
            if name not in found and _kind(name, lang) in ("organisation", "unknown"):
                found.append(name)
                yield name, k


def _names(art: _Doc, cascade: list[str | None]) -> _Names:
    index = art.index
    at: list[int] = []
    name: list[str] = []
    subject: list[bool] = []
    tk = art.tk
    for pos, raw, initial in index.names_at:
        if tk.text[pos].isupper() and capital_heading(tk, pos, pos + 1):
            continue  # "NOW OPEN—", "WASHINGTON —": a heading or a dateline names no speaker
        at.append(pos)
        name.append(index.canonical(raw))
        subject.append(bool(initial))
    where: dict[str, list[int]] = {}
    for pos, n in zip(at, name):
        where.setdefault(n, []).append(pos)
    return _Names(at, name, subject, _tally(name), _tally([s for s in cascade if s]), where, set(at))


def _tally(items: list[str]) -> dict[str, int]:
    """How many times each item occurs (a Counter's counts: its __init__ is Python code, this
    loop compiles)."""
    out: dict[str, int] = {}
    for x in items:
        out[x] = out.get(x, 0) + 1
    return out


def speaker_candidates(art: Any, quotes: list[Quote], kept: list[Kept],
                       model: SpeakerModel | None = None) -> list[list[Candidate]]:
    """The candidates of each quote (``kept``: what the cascade found for each). A quote
    with no cue at all (the cascade's rule "none") takes the candidates of the generators
    in ``NO_CUE`` and a last one, :data:`NOBODY`'s: without a cue, a name nearby is as
    likely a heading or an object as a speaker, and the scorer weighs them.

    With ``model``, quotes are read in order and the speaker of the quote before is the
    one the model chose for it, not the cascade's: a quote that continues a speaker follows
    the model's correction of the quote it continues."""
    return _read_in_order(art, quotes, kept, model)[0]


_Choice = tuple[Candidate | None, float]  # the best candidate (None: nobody) and its probability


def _read_in_order(art: Any, quotes: list[Quote], kept: list[Kept],
                   model: SpeakerModel | None) -> tuple[list[list[Candidate]], list[_Choice]]:
    """``speaker_candidates`` and, with ``model``, its choice for each quote."""
    doc = _doc(art)
    tk = doc.tk
    cascade = [q.speaker for q in quotes]
    names = _names(doc, cascade)
    w = model._merged(doc.cues.language) if model is not None else None
    min_score = model.min_score if model is not None else 0.0
    said = list(cascade)  # the speakers so far: the model's choices where it chooses
    out: list[list[Candidate]] = []
    chosen: list[_Choice] = []
    for k, (q, (qi, m, rule)) in enumerate(zip(quotes, kept)):
        qa, qb = tk.qtok[qi]
        prev = (said[k - 1], tk.qtok[kept[k - 1][0]][0]) if k > 0 else (None, -1)
        nxt = (cascade[k + 1], tk.qtok[kept[k + 1][0]][0]) if k + 1 < len(quotes) else (None, -1)
        speaker = q.speaker
        if k > 0 and rule == _CONTINUES and speaker == cascade[k - 1] and said[k - 1]:
            speaker = said[k - 1]  # the cascade carried its own speaker of the quote before
        ctx = _Context(doc, k, qa, qb, m, rule, speaker, prev, nxt, names, tk.paragraph(qa))
        no_cue = rule == "none"
        cands = _gathered(ctx, no_cue)
        if no_cue and cands:
            cands.append(_nobody(ctx))
        if len(cands) > 1:  # a single candidate wins whatever its features: none computed
            for c in cands:
                if c.sources[0] != NOBODY:
                    c.features = _features(ctx, c)
            named = [c for c in cands if c.sources[0] != NOBODY]
            _relative_features(named)
            _crossed(named, m.kind if m is not None else "nomention")
        out.append(cands)
        if w is not None:
            best, score = _best(cands, w) if cands else (None, 0.0)
            if best is not None and score < min_score:
                best = None
            said[k] = best.name if best is not None else None
            chosen.append((best, score))
    return out, chosen


_CONTINUES = "continues"  # the cascade's rule id for a quote that goes on with the speaker before


def _gathered(ctx: _Context, no_cue: bool) -> list[Candidate]:
    """The generators' candidates of one quote, merged by name (see speaker_candidates)."""
    found: dict[str, Candidate] = {}
    for gid, gen in GENERATORS.items():
        if no_cue and gid not in NO_CUE:
            continue
        weak = no_cue and gid in NO_CUE_ESTABLISHED
        for name, pos in gen(ctx):
            if weak and not _established(ctx.names, name):
                continue
            c = found.get(name)
            if c is None:
                c = found[name] = Candidate(name)
            if gid not in c.sources:
                c.sources.append(gid)
            if pos >= 0:
                c.positions.append(pos)
    return list(found.values())


def _established(names: _Names, name: str) -> bool:
    """The article establishes ``name`` as somebody: a full name, a name it writes twice or
    more, or one its cues quote (not one capitalised word seen once: « Notes of the week. »)."""
    return " " in name or names.count.get(name, 0) > 1 or name in names.voices


NOBODY = "none"  # the source id of the candidate that names nobody
DISCOURSE = ("previous_quote", "next_quote")  # the neighbouring quotes' speakers
# the generators of a quote with no cue: the neighbouring quotes' speakers, an incise's
# subject, and, where the article establishes them (_established), the names in subject
# position of its sentence and of those around and the last persons named (held out,
# letting these compete scored better on every set than keeping them out); not the names
# after a preposition or a determiner (other_name)
NO_CUE_ESTABLISHED = ("sentence_name", "near_name", "antecedent")
NO_CUE = (*DISCOURSE, "verb_subject", *NO_CUE_ESTABLISHED)


def _nobody(ctx: _Context) -> Candidate:
    """The candidate "nobody named": its features say what the cascade found."""
    m = ctx.mention
    mk = m.kind if m is not None else "nomention"
    return Candidate("", [NOBODY], features={"nobody": 1.0, _key("nobody|rule:", ctx.rule): 1.0,
                                              _key("nobody|mention:", mk): 1.0})


def _features(ctx: _Context, c: Candidate) -> dict[str, float]:
    """The features of candidate ``c`` for its quote (names: see the model file): who
    proposed it, where the text mentions it, its place in the discourse, what its name is,
    and whether its gender agrees with a pronoun or a title."""
    f: dict[str, float] = {"bias": 1.0}
    from_cascade = _source_features(ctx, c, f)
    _position_features(ctx, c, f, from_cascade)
    _discourse_features(ctx, c, f)
    kind = _name_features(ctx, c, f, from_cascade)
    _gender_features(ctx, c, f, kind)
    _description_features(ctx, c, f)
    if "opens_sentence" in f:  # a capital by position on a word mostly written lowercase: « Sachant », « Habitante »
        low = f.get("lex:first_lower") or (f.get("lex:lower", 0.0) if "one_word" in f else 0.0)
        if low:
            f["opens_sentence|lower"] = low
    return f


def _source_features(ctx: _Context, c: Candidate, f: dict[str, float]) -> bool:
    """Which generators proposed ``c`` (each crossed with the kind of the cascade's
    mention), and, for the cascade's speaker, the rule that fired: True for the latter."""
    m = ctx.mention
    mk = m.kind if m is not None else "nomention"
    from_cascade = False
    pipe_mk = _key("|", mk)
    for s in c.sources:
        src = _key("src:", s)
        f[src] = 1.0
        if s == "cascade":
            from_cascade = True
        else:
            f[_key(src, pipe_mk)] = 1.0
    if from_cascade:
        f[_key("rule:", ctx.rule)] = 1.0
        f[_key("mention:", mk)] = 1.0
    f["n_sources"] = len(c.sources) / 4
    return from_cascade


def _position_features(ctx: _Context, c: Candidate, f: dict[str, float], from_cascade: bool) -> None:
    """Where the text mentions ``c`` nearest to the quote: distance, side, same sentence or
    paragraph, in subject position, by a reporting verb, after a preposition, by the
    cascade's mention, and its role to the sentence's cues."""
    art, tk, names, m = ctx.art, ctx.art.tk, ctx.names, ctx.mention
    positions = _nearest(c.positions or names.where.get(c.name, []), ctx.qa)
    if not positions:
        f["unplaced"] = 1.0
        return
    qa, qb = ctx.qa, ctx.qb
    best, d = -1, 1 << 30
    for p in positions:
        dp = qa - p if p < qa else p - qb
        if dp < d:
            best, d = p, dp
    f["dist"] = math.log1p(max(0, d)) / 6
    f["before"] = 1.0 if best < qa else 0.0
    gap = abs(tk.sent[qa] - tk.sent[best])
    f["same_sentence"] = 1.0 if gap == 0 or tk.sent[qb - 1] == tk.sent[best] else 0.0
    f["sent_gap"] = min(gap, 10) / 10
    f["same_paragraph"] = 1.0 if tk.paragraph(best) == ctx.para else 0.0
    x = bisect_left(names.at, best)
    if x < len(names.at) and names.at[x] == best and names.subject[x]:
        f["subject"] = 1.0
        if f["same_sentence"]:
            f["subject|same_sentence"] = 1.0
    if _verb_near(art.verb_at, best):
        f["verb_near"] = 1.0
    if best > 0 and tk.low[best - 1] in art.cues.prepositions:
        f["after_preposition"] = 1.0  # "la mosquée du Viguier", "à La Haye": a place or a thing
    if m is not None and m.kind != "pronoun" and not from_cascade and m.start - 3 <= best <= m.end + 12:
        f["by_cascade_mention"] = 1.0  # "a déclaré l'imam de la mosquée X, Mohamed B."
    _cue_roles(ctx, positions, f)
    _subject_roles(ctx, positions, f)
    if tk.sent_lo[tk.sent[best]] == best:
        f["opens_sentence"] = 1.0  # « Habitante de Capendu, … », "Danger imminent": a capital by position


_VERB_SPAN = 6  # tokens between a reporting verb and its inverted subject (« a estimé de son côté X »)


def _subject_roles(ctx: _Context, positions: list[int], f: dict[str, float]) -> None:
    """Whether a mention of the candidate reads as the subject of the quote's own cue: the
    first name after a reporting verb that follows the quote in its sentence (« … », a
    souligné pour sa part X), or the last name before a reporting verb that precedes the
    quote (X a déclaré : « … »)."""
    art, tk, names = ctx.art, ctx.art.tk, ctx.names
    lo, hi = _sentence_window(ctx)
    verbs = art.verb_at
    for p in positions:
        if p < lo or p >= hi or tk.quote[p] >= 0:
            continue
        if p >= ctx.qb:
            x = bisect_left(verbs, p - _VERB_SPAN)
            if x < len(verbs) and ctx.qb <= verbs[x] < p and not _name_between(names.at, verbs[x], p):
                f["incise_subject"] = 1.0
        elif p < ctx.qa:
            x = bisect_left(verbs, p + 1)
            if x < len(verbs) and verbs[x] < min(ctx.qa, p + _VERB_SPAN) and not _name_between(names.at, p, verbs[x]):
                f["lead_subject"] = 1.0


def _name_between(at: list[int], a: int, b: int) -> bool:
    """A name (of ``at``, ascending) stands strictly between tokens ``a`` and ``b``."""
    x = bisect_left(at, a + 1)
    return x < len(at) and at[x] < b


def _discourse_features(ctx: _Context, c: Candidate, f: dict[str, float]) -> None:
    """How often the article mentions and quotes ``c``, whether it spoke the quote before
    (a continuation, across a paragraph break too) and whether the cascade found nobody."""
    names, tk = ctx.names, ctx.art.tk
    f["mentions"] = math.log1p(names.count.get(c.name, 0)) / 3
    f["voice"] = math.log1p(names.voices.get(c.name, 0)) / 3
    if ctx.previous[0] == c.name:
        f["previous_speaker"] = 1.0
        if ctx.qa == 0 or tk.text[ctx.qa - 1].startswith("\n"):
            f["previous_speaker|opens_paragraph"] = 1.0
    if ctx.cascade is None:
        f["no_cascade"] = 1.0


def _name_features(ctx: _Context, c: Candidate, f: dict[str, float], from_cascade: bool) -> str:
    """What the name is: its entity kind, how the annotated corpus used its words, one word
    or lowercase (crossed with coming from the cascade). Returns the kind."""
    language = ctx.art.cues.language
    kind = _kind(c.name, language)
    f[_key("kind:", kind)] = 1.0
    f[_key(_key("src0:", c.sources[0]), _key("|kind:", kind))] = 1.0  # a place from the cascade, a person nearby
    for k, v in _corpus_evidence(c.name, language):
        f[k] = v
    lower = c.name[:1].islower()
    one_word = " " not in c.name
    if lower:
        f["lowercase"] = 1.0
        # « un rescapé » names nobody in particular: its own speaker; « le quotidien » names
        # somebody the article names elsewhere (as the gold does)
        f["lowercase|unnamed" if _unnamed(c.name, language) else "lowercase|definite"] = 1.0
    if one_word:
        f["one_word"] = 1.0
    if from_cascade:  # how good a name the cascade found
        f[_key("cascade|kind:", kind)] = 1.0
        if one_word:
            f["cascade|one_word"] = 1.0
        if lower:
            f["cascade|lowercase"] = 1.0
    return kind


_DESCRIBED = 6  # tokens before a name (and after it) read as its description
_CONTENT = 4  # shorter words are read as grammar (determiners, prepositions), not as a description


def _description_features(ctx: _Context, c: Candidate, f: dict[str, float]) -> None:
    """For a cascade mention that describes its speaker (« le chef de la diplomatie
    française », « l'imam », « le quotidien catholique »): the share of its content words that
    the article also writes around a mention of the named candidate ``c`` (« le chef de la
    diplomatie française Jean-Yves Le Drian »): coreference by description."""
    m = ctx.mention
    if m is None or m.kind not in ("title", "other") or not c.name[:1].isupper():
        return
    tk = ctx.art.tk
    words = {tk.low[k] for k in range(m.start, m.end) if len(tk.low[k]) >= _CONTENT and tk.low[k].isalpha()}
    if not words:
        return
    around = _described(ctx, c)
    shared = len(words & around)
    if shared:
        f["description_shared"] = shared / len(words)


def _described(ctx: _Context, c: Candidate) -> frozenset[str]:
    """The content words written around the article's mentions of ``c`` outside quotes (cached
    by name)."""
    names = ctx.names
    got = names.context.get(c.name)
    if got is None:
        tk = ctx.art.tk
        n = len(tk.low)
        words: set[str] = set()
        for p in set(c.positions) | set(names.where.get(c.name, ())):
            for k in range(max(0, p - _DESCRIBED), min(n, p + _DESCRIBED + 2)):
                w = tk.low[k]
                if tk.quote[k] < 0 and len(w) >= _CONTENT and w.isalpha() and tk.text[k][:1].islower():
                    words.add(w)
        got = names.context[c.name] = frozenset(words)
    return got


def _gender_features(ctx: _Context, c: Candidate, f: dict[str, float], kind: str) -> None:
    """Gender agreement of ``c`` with the cascade's pronoun or gendered title."""
    m = ctx.mention
    want = m.gender if m is not None and m.kind in ("pronoun", "title") else None
    if not want:
        return
    art = ctx.art
    got = art.index.gender_of(c.name) if kind != "organisation" else None
    if got is None:
        got = _given_gender(art, c.name)
    if got == want:
        f["gender_agrees"] = 1.0
    elif got is not None:
        f["gender_clash"] = 1.0


def _nearest(positions: list[int], at: int) -> list[int]:
    """The _POSITIONS mentions nearest to token ``at`` (``positions`` ascending): a name
    mentioned all along the article costs the same as one mentioned once."""
    if len(positions) <= _POSITIONS:
        return positions
    x = bisect_left(positions, at)
    return positions[max(0, x - _POSITIONS // 2):x + _POSITIONS // 2]


def _cue_roles(ctx: _Context, positions: list[int], f: dict[str, float]) -> None:
    """How a mention in the quote's sentence stands to the cues: right before a reporting
    verb ("X a déclaré"), right after one ("a déclaré X", "said X"), after a frame ("selon
    X"), in the clause a colon closes before the quote ("X : « … »")."""
    art, tk = ctx.art, ctx.art.tk
    lo, hi = tk.sent_lo[tk.sent[ctx.qa]], tk.sent_hi[tk.sent[ctx.qb - 1]]
    verbs, frames = art.verb_at, art.frame_at
    colon = ctx.qa > 0 and tk.text[ctx.qa - 1] == ":"
    for p in positions:
        if p < lo or p >= hi:
            continue
        x = bisect_left(verbs, p + 1)
        if x < len(verbs) and verbs[x] <= p + 4 and verbs[x] < hi:
            f["verb_after_it"] = 1.0
        x = bisect_left(verbs, p - 3)
        if x < len(verbs) and verbs[x] < p:
            f["verb_before_it"] = 1.0
        x = bisect_left(frames, p - 3)
        if x < len(frames) and frames[x] < p:
            f["frame_before_it"] = 1.0
        if colon and p < ctx.qa:
            f["colon_clause"] = 1.0


_KEYS: Final[dict[str, dict[str, str]]] = {}  # Final: a C static when compiled


def _key(prefix: str, name: str) -> str:
    """``prefix + name``, made once (feature names repeat for every candidate); looked up
    by prefix, then by name: no tuple to build and hash."""
    keys = _KEYS.get(prefix)
    if keys is None:
        keys = _KEYS[prefix] = {}
    got = keys.get(name)
    if got is None:
        got = keys[name] = prefix + name
    return got


def _relative_features(cands: list[Candidate]) -> None:
    """Features that compare a candidate with the others of its quote."""
    if not cands:
        return
    placed = [c for c in cands if "dist" in c.features]
    if placed:
        nearest = min(placed, key=lambda c: c.features["dist"])
        nearest.features["nearest"] = 1.0
        before = [c for c in placed if c.features.get("before")]
        if before:
            min(before, key=lambda c: c.features["dist"]).features["nearest_before"] = 1.0
    top = max(cands, key=lambda c: c.features["mentions"])
    top.features["most_mentioned"] = 1.0


# features whose weight depends on how the cascade's mention reads (a pronoun's antecedent is the
# last subject; a name's speaker is the name itself): each also gets a copy crossed with it
_CROSSED = ("src:cascade", "nearest", "nearest_before", "subject",
            "same_sentence", "previous_speaker", "gender_agrees", "gender_clash", "incise_subject", "lead_subject",
            "kind:person")


def _crossed(cands: list[Candidate], mention_kind: str) -> None:
    """Copy the _CROSSED features of each candidate crossed with the cascade's mention kind."""
    suffix = _key("|m:", mention_kind)
    for c in cands:
        f = c.features
        for k in _CROSSED:
            v = f.get(k)
            if v is not None:
                f[_key(k, suffix)] = v


def _verb_near(verb_at: list[int], pos: int, window: int = 3) -> bool:
    """A reporting verb stands within ``window`` tokens of token ``pos``."""
    x = bisect_left(verb_at, pos - window)
    return x < len(verb_at) and verb_at[x] <= pos + window


@lru_cache(maxsize=65536)
def _evidence(name: str, language: str) -> str:
    """What analysis.entities.mention_kind says of ``name`` ("organisation head quotidien")."""
    return mention_kind(name, language=language).evidence if language in LANGUAGES else ""


@lru_cache(maxsize=65536)
def _has_title(phrase: str, language: str) -> bool:
    """A word of ``phrase`` is a person's title or honorific ("the Republican senator")."""
    if language not in LANGUAGES:
        return False
    lang = cast(Language, language)
    return _kind(phrase, language) == "person" or title_gender(phrase, language=lang).evidence != "no title"


@lru_cache(maxsize=65536)
def _unnamed(phrase: str, language: str) -> bool:
    return language in LANGUAGES and unnamed(phrase, language=language)


@lru_cache(maxsize=65536)
def _kind(name: str, language: str) -> str:
    return mention_kind(name, language=language).value if language in LANGUAGES else "unknown"


@lru_cache(maxsize=65536)
def _corpus_evidence(name: str, language: str) -> tuple[tuple[str, float], ...]:
    """Features of how the language's annotated corpus used the name's words
    (analysis.entities.name_stats): for its last capitalised word, the shares of its uses
    as a person, an organisation, a place, no entity, and as a lowercase word; whether its
    first word is mostly a person's (a given name) or else a common word, how often
    lowercase; or that the corpus never met it."""
    caps = [w for w in name.split() if w[:1].isupper()]
    if not caps or not has_name_stats(language):
        return ()
    st = name_stats(caps[-1], language=language)
    out: list[tuple[str, float]] = []
    if st is None:
        out.append(("lex:unseen", 1.0))
    elif st.total:
        sure = min(st.total, 10) / 10  # a word seen once says less than one seen ten times
        for k, v in (("lex:per", st.per), ("lex:org", st.org), ("lex:loc", st.loc), ("lex:none", st.none + st.other)):
            if v:
                out.append((k, sure * v / st.total))
    if st is not None and st.lower:
        out.append(("lex:lower", st.lower / (st.total + st.lower)))
    if len(caps) > 1:
        first = name_stats(caps[0], language=language)
        if first is not None and first.total and first.per >= 0.7 * first.total:
            out.append(("lex:given_name", 1.0))
        elif first is not None and first.lower:  # « Habitante de Capendu »: a common noun opens it
            out.append(("lex:first_lower", first.lower / (first.lower + first.total)))
    return tuple(out)


def _given_gender(art: _Doc, name: str) -> str | None:
    first = art.cues.first_names
    if not first or " " not in name:
        return None
    g = first.get(fold(name.split(None, 1)[0]).split("-", 1)[0])
    return g if isinstance(g, str) else None


# --- the learned choice -------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SpeakerModel:
    """A conditional logit over a quote's candidates: each gets ``z = sum(w[f] * value)``
    over its features, where a feature weighs ``w[f]`` plus ``w[lang|f]`` (the language's
    own correction); the candidates' softmax gives each a probability. The best candidate
    speaks unless its probability is under ``min_score``."""

    weights: dict[str, float]
    min_score: float = 0.0
    version: str = ""

    def logit(self, features: dict[str, float], language: str) -> float:
        w = self._merged(language)
        z = 0.0
        for name, value in features.items():
            if name in w:
                z += w[name] * value
        return z

    def _merged(self, language: str) -> dict[str, float]:
        """The weights of ``language``: general plus the language's corrections, by name."""
        got = _MERGED.get((id(self), language))
        if got is None or got[0] is not self:
            merged = {k: v for k, v in self.weights.items() if "|" not in k or not k.split("|", 1)[0] in _LANGS}
            prefix = language + "|"
            for k, v in self.weights.items():
                if k.startswith(prefix):
                    merged[k[len(prefix):]] = merged.get(k[len(prefix):], 0.0) + v
            got = _MERGED[(id(self), language)] = (self, merged)
        return got[1]

    def to_json(self) -> dict[str, Any]:
        return {"format": 1, "kind": "conditional-logit", "version": self.version, "min_score": self.min_score,
                "weights": {k: round(v, 6) for k, v in sorted(self.weights.items())}}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "SpeakerModel":
        if data.get("format") != 1 or data.get("kind") != "conditional-logit":
            raise ValueError(f"unknown speaker model format: {data.get('format')!r} {data.get('kind')!r}; "
                             "expected format 1, kind 'conditional-logit'")
        return cls({str(k): float(v) for k, v in data["weights"].items()}, float(data.get("min_score", 0.0)),
                   str(data.get("version", "")))


_MERGED: dict[tuple[int, str], tuple[SpeakerModel, dict[str, float]]] = {}
_LANGS = LANGUAGES


@lru_cache(maxsize=4)
def load_model(path: str | None = None) -> SpeakerModel:
    """The shipped speaker model (``speaker_model.json`` beside this module), or the one
    at ``path``."""
    with open(path or MODEL_FILE, encoding="utf-8") as fh:
        return SpeakerModel.from_json(json.load(fh))


def choose(cands: list[Candidate], model: SpeakerModel, language: str) -> tuple[Candidate | None, float]:
    """The best candidate and its probability among the quote's candidates: (None, its
    probability) when nobody named wins, (None, 0) when there is no candidate."""
    if not cands:
        return None, 0.0
    return _best(cands, model._merged(language))


def _best(cands: list[Candidate], w: dict[str, float]) -> tuple[Candidate | None, float]:
    """``choose`` with the language's merged weights ``w`` (fetched once an article)."""
    zs = []
    for c in cands:
        z = 0.0
        for name, value in c.features.items():
            weight = w.get(name)  # one lookup, not "in" and then []
            if weight is not None:
                z += weight * value
        zs.append(z)
    top = max(zs)
    total = sum(math.exp(z - top) for z in zs)
    best = cands[zs.index(top)]
    return (None if best.sources[0] == NOBODY else best), 1.0 / total


def _with_speaker(q: Quote, speaker: str | None, score: float | None, source: str | None) -> Quote:
    """``q`` with another speaker (dataclasses.replace, without its introspection)."""
    return new_quote(q.start, q.end, q.text, speaker, q.mention, q.mention_start, q.mention_end, q.cue, q.cue_start,
                     q.cue_end, q.kind, score, source)


def choose_speakers(art: Any, quotes: list[Quote], kept: list[Kept], model: SpeakerModel | None = None) -> list[Quote]:
    """The quotes with the best candidate as speaker, its probability and generator."""
    model = model or load_model()
    out = []
    for q, (best, score) in zip(quotes, _read_in_order(art, quotes, kept, model)[1]):
        if best is None:
            out.append(_with_speaker(q, None, None, None))
        else:
            out.append(_with_speaker(q, best.name, round(score, 4), best.sources[0]))
    return out
