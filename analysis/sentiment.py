"""Sentiment of quotations: VADER polarity for French and English, per-speaker summaries.

Scores are VADER "compound" values in [-1, 1], computed with NLTK's
:class:`~nltk.sentiment.vader.SentimentIntensityAnalyzer` machinery (lexicon
loading, constants, normalisation, punctuation emphasis) and a tokenizer and
rule set that know French (elision, ``ne … pas``, boosters, ``mais``), news
English ("too", "failed to", the preposition "like") and tweets (mentions,
links, hashtags, emoticons).
Language resources are data in ``analysis/lang/<lang>/sentiment.py``; for
news quotes, a language may weigh its lexicon's scores by origin
(``ORIGIN_WEIGHTS``: French counts the praise of its translated upstream entries
less, as fit with cross-validation on press quotes) and ship its :class:`Tone`, how
a text's summed sentiment becomes its score (French reads a quote's sentiment as a
density over its words, fit the same way by ``benchmarks/train_tone.py``; the sign,
and so any two-class reading, is VADER's).
"""
from __future__ import annotations

import html
import json
import math
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import import_module, resources
from itertools import compress
from operator import attrgetter
from pathlib import Path

import nltk
import numpy as np
import pandas as pd
from nltk.sentiment.vader import SentimentIntensityAnalyzer, VaderConstants

from analysis.bootstrap import bootstrap_interval
from analysis.lang import Language, language_code
from analysis.text import fold as _fold
from analysis.text import straighten as _straight
from analysis.quotes.model import UNATTRIBUTED, Quote
from analysis.tokens import words as _words

__all__ = ["polarity", "polarity_scores", "bootstrap_interval", "speaker_sentiment", "Tone"]

#: |compound| at or below this is neutral (VADER's customary threshold).
NEUTRAL_BAND = 0.05
#: how many words back a negation or a booster reaches (VADER's window).
_SCOPE = 3

# A word: letters/digits, with inner apostrophes or hyphens ("don't", "peut-être"),
# and a trailing apostrophe for a detached elision ("l' histoire").
_WORD = re.compile(r"[^\W_]+(?:['\-][^\W_]+)*'?")
_SENTENCE_END = frozenset(".!?…;")
# Social-media tokens: a mention or a link is no word ("@user", "http://…",
# "…2020»http"); a hashtag's words are ("#SauvonsLaPlanète" -> Sauvons La Planète).
_LINK = re.compile(r"(?:https?:?/*|www\.)\S*|(?<!\w)@\w+", re.IGNORECASE)
# An emoticon with a nose or a tear the lexicon lacks is read without it (":o(" -> ":(").
_NOSE = re.compile(r"(?<=^[:;=8xX])[-o'^*](?=[()\[\]DPpOo/\\|3]+$)")
# Stretched spellings ("trooop", "nuuul", "mdrrr") and laughter ("hahahah", "ahah").
_STRETCH = re.compile(r"([^\W\d_])\1{2,}")
_LAUGH = re.compile(r"a?(?:h[aeio]){2,}h?")
_HASHTAG = re.compile(r"#([^\W_]+)")
_CAMEL = re.compile(r"(?<=[^\W\d_])(?=[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ])|(?<=[a-zß-öø-ÿ])(?=[A-ZÀ-ÖØ-Þ])")
_HAS_LETTER = re.compile(r"[^\W\d_]")


def _only_final_e(key: str, fold: str) -> bool:
    """True when ``key``'s one accent is a final "é" ("prisé", "prisées" -> "prise")."""
    i = key.rfind("é")
    return i >= 0 and key[i + 1 :] in ("", "e", "s", "es") and f"{key[:i]}e{key[i + 1:]}" == fold


def _key(text: str) -> str:
    return _straight(text.lower())


def _is_lone(word: str) -> bool:
    """True when ``word`` (a ``_WORD`` match) has neither an apostrophe nor a
    hyphen to split on (an upper-case saltillo "Ꞌ" lower-cases to one)."""
    return "-" not in word and "'" not in word and (word.isascii() or "'" not in _key(word))




#: distinct chunks and words an analyzer remembers in each memo: the frequent
#: ones of any corpus (full memos take some 50 MB a language).
_MEMO_SIZE = 1 << 16


class _Table:
    """A word table looked up exactly, then accent-blind.

    Content words of four letters or more match whatever their accents
    ("evenement" finds "événement"); function words match accent-blind only when
    the text has no accent at all, so "tres" is "très" but "né" is not "ne".
    A word written without any accent does not take the score of forms whose one
    accent is a final "é": "prise" is not "prisé", "outre" not "outré", "garde"
    not "gardé" (French marks the participle there); "desole" finds "désolé".
    """

    def __init__(self, items: dict[str, float], *, strict_accents: bool) -> None:
        exact = {_key(k): v for k, v in items.items()}
        folds = {k: _fold(k) for k in exact}
        folded: dict[str, list[float]] = {}
        for k, v in exact.items():
            folded.setdefault(folds[k], []).append(v)
        # accent-blind collisions ("pêche"/"péché") share their mean
        self.folded = {k: sum(vs) / len(vs) for k, vs in folded.items()}
        # folds reached only through forms accented on a final "é" alone (a strict
        # table never looks accentless words up accent-blind: it needs none)
        final_e: dict[str, bool] = {}
        if not strict_accents:
            for k, f in folds.items():
                if f != k:
                    final_e[f] = final_e.get(f, True) and _only_final_e(k, f)
        self.final_e = frozenset(f for f, only in final_e.items() if only and f not in exact)
        self.strict_accents = strict_accents
        # with strict accents only an accent-free key reaches the accent-blind
        # entries: resolved here once, so a look-up is one dict access
        self.resolved = (
            {k: v for k, v in self.folded.items() if _fold(k) == k} | exact
            if strict_accents else exact
        )

    def get(self, key: str, fold: str | None = None) -> float | None:
        """The value of ``key`` (``fold``: its accent-blind form, if known)."""
        value = self.resolved.get(key)
        if value is not None or self.strict_accents or len(key) < 4:
            return value  # short accent homographs differ: "sur" is not "sûr", "a" not "à"
        if fold is None:
            fold = _fold(key)
        if fold == key and fold in self.final_e:
            return None  # "prise" is another word than "prisé"
        return self.folded.get(fold)

    def __contains__(self, key: str) -> bool:
        return self.get(key) is not None


@dataclass(slots=True, eq=False)
class _Word:
    """A written form and what the rules ask of it, worked out once per form."""

    text: str  # as written (for ALL-CAPS emphasis and names)
    key: str  # lower-case, straight apostrophes
    fold: str  # accent-blind key: multi-word units are matched on it
    emoticon: bool  # ":-)": neither negated nor boosted
    upper: bool  # ALL CAPS
    shout: bool  # ALL CAPS with a letter: a scored word gains emphasis
    capitalised: bool  # "Justice": inside a sentence, a name
    valence: float | None  # None: no sentiment word
    scored: bool  # valence is not None
    head: bool  # the first word of a multi-word unit
    # the word lists (most words are on none)
    boost: float | None = None  # None: no booster
    negation: bool = False
    ne: bool = False
    ne_particle: bool = False
    restrictive: bool = False
    negative_subject: bool = False
    never: bool = False
    never_so: bool = False
    excess: bool = False
    contrast: bool = False
    opener: bool = False  # contrasts only opening a clause ("yet")
    laughter: bool = False
    verb_cues: frozenset[str] | None = None  # "like": the words before it that make it a verb
    modifier: bool = False  # a negation, "ne", booster or contrast: placed before scoring
    elided: bool = False  # "l'", "qu'": part of the next word (not counted apart by Tone)


@dataclass(frozen=True, slots=True)
class Tone:
    """How a text's summed word sentiment ``s`` (with punctuation emphasis) over
    its ``n`` tokens becomes a score in [-1, 1]: ``x / sqrt(x * x + alpha)`` with
    ``x = s / n ** length_power``. VADER's compound is ``Tone(15.0, 0.0)``; a
    language may ship its own in ``TONE_FILE`` (French: fit on news quotes, see
    ``benchmarks/train_tone.py``), where ``length_power`` > 0 reads a long quote's
    sentiment as a density rather than a sum."""

    alpha: float = 15.0
    length_power: float = 0.0

    def compound(self, total: float, n: int) -> float:
        """The score of a summed sentiment ``total`` over ``n`` tokens."""
        if self.length_power and n > 1:
            total /= n ** self.length_power
        score = total / math.sqrt(total * total + self.alpha)
        return min(1.0, max(-1.0, score))


def _tone(data) -> Tone:
    """The language's :class:`Tone`, read from its ``TONE_FILE`` (JSON with
    ``alpha`` and ``length_power``), or VADER's when it has none."""
    name = getattr(data, "TONE_FILE", None)
    if name is None:
        return Tone()
    fields = json.loads(resources.files(data.LEXICON_PACKAGE).joinpath(name).read_text("utf-8"))
    return Tone(alpha=float(fields["alpha"]), length_power=float(fields["length_power"]))


#: lexicon origin -> (weight of its positive scores, weight of its negative ones)
_OriginWeights = dict[str, tuple[float, float]]

#: a token: its word, clause and sentence numbers, and whether it follows a word
#: or a comma (not a sentence or quote start).
_Token = tuple[_Word, int, int, bool]

# What a chunk (a whitespace-separated piece of text) does, step by step; a
# chunk's steps depend on the chunk alone, so they are worked out once.
_IN_TEXT = 0  # a word of running text
_ALONE = 1  # a word standing apart (hashtag part, emoticon): never a name
_SENTENCE = 2  # a sentence end: new clause and sentence, capitals are no names
_BREAK = 3  # other punctuation, a link or mention, a hashtag's end: new clause, afresh
_COMMA = 4  # a comma: new clause, same sentence flow
_Step = tuple[int, _Word | None]

@dataclass(slots=True, eq=False)
class _Context:
    """What the rules read around a scored word: the words, their clauses, the
    negations reaching each position, the boosters and whether capitals differ."""

    words: Sequence[_Word]
    clauses: Sequence[int]
    reached: dict[int, list[int]]
    negators: set[int]
    boosters: set[int]
    cap_diff: bool


@dataclass(slots=True, eq=False)
class _Reading:
    """A text read: its words, clause and sentence numbers, each word's sentiment
    after the rules, and the positions of negations, boosters and contrasts."""

    words: Sequence[_Word]
    clauses: Sequence[int]
    sentences: Sequence[int]
    sentiments: list[float]
    negators: set[int]
    boosters: set[int]
    contrasts: set[int]


_FADES = ((1, 1.0), (2, 0.95), (3, 0.9))  # booster weight by distance
_UPPER = attrgetter("upper")
_SCORED = attrgetter("scored")
_MODIFIER = attrgetter("modifier")
_ELIDED = attrgetter("elided")


class _Constants(VaderConstants):
    """VADER's constants with one language's word lists."""

    def __init__(self, data) -> None:
        self.NEGATE = set(data.NEGATIONS)
        self.BOOSTER_DICT = dict(data.BOOSTERS)
        self.negations = _strict_keys(data.NEGATIONS)
        self.boosters = _Table(self.BOOSTER_DICT, strict_accents=True)
        self.contrast = _strict_keys(data.CONTRAST)
        self.contrast_openers = _strict_keys(getattr(data, "CONTRAST_OPENERS", ()))
        self.never = _strict_keys(data.NEVER)
        self.never_so = _strict_keys(data.NEVER_SO)
        self.ne = _strict_keys(getattr(data, "NE", ()))
        self.ne_particles = _strict_keys(getattr(data, "NE_PARTICLES", ()))
        self.restrictive = _strict_keys(getattr(data, "RESTRICTIVE", ()))
        self.negative_subjects = _strict_keys(getattr(data, "NEGATIVE_SUBJECTS", ()))
        self.elisions = frozenset(getattr(data, "ELISIONS", ()))
        self.laughter = frozenset(getattr(data, "LAUGHTER", ()))
        self.excess = _strict_keys(getattr(data, "EXCESS", ()))
        self.verb_only = {_key(k): v for k, v in getattr(data, "VERB_ONLY", {}).items()}
        try:  # "M. Lavrov", "Mr. Smith": the period ends no sentence
            abbreviations = import_module(f"{data.__package__}.abbreviations").ABBREVIATIONS
        except (ImportError, AttributeError):
            abbreviations = frozenset()
        self.abbreviations = frozenset(a.lower() for a in abbreviations)  # written as news write them
        # English "n't" words negate (NLTK's include_nt); French has none.
        self.nt = "n't" if not self.elisions else None
        # every key on some list: any other word is described by its valence alone
        self.listed = frozenset().union(
            self.negations, self.boosters.resolved, self.contrast, self.contrast_openers,
            self.never, self.never_so, self.ne, self.ne_particles, self.restrictive,
            self.negative_subjects, self.laughter, self.excess, self.verb_only,
        )


def _strict_keys(words: Iterable[str]) -> frozenset[str]:
    """The keys that find a word list with strict accents: each word as written,
    and the accent-free spelling of any ("tres" finds "très", "ne" not "né")."""
    return frozenset(_Table(dict.fromkeys(words, 1.0), strict_accents=True).resolved)


class _Analyzer(SentimentIntensityAnalyzer):
    """NLTK's VADER with a language's lexicon and rules.

    Differences from NLTK 3.10's ``polarity_scores``, each a fix:

    * tokens: all surrounding punctuation is stripped. NLTK strips one mark only,
      so in a quotation ``mistakes."`` went unscored and "Taxpayers should not pay
      for someone else's mistakes." in quote marks scored +0.08 (only the negated
      "pay", -0.4 -> +0.30) instead of -0.30 (vaderSentiment, and this module, for
      any quote marks). Each token is also scored in its own context (NLTK's index
      cache gave a repeated word the context of its first occurrence);
    * "no" negates what follows instead of adding its own -1.2 ("no problem" is not
      doubly negative), as in vaderSentiment; modifiers that are also lexicon words
      ("super", "incredible") score only when they modify nothing;
    * negation and boosters stop at clause punctuation; a negation counts once,
      however many negation words reach a word ("ne … pas" is one negation);
    * "but"/"mais" reweighs its own sentence (or the previous one, when it opens
      the sentence), not the whole text.

    Additions, each a rule or word list in the language's data:

    * excess ("too generous" is blame, ``EXCESS``); failure verbs negate what
      follows ("failed to improve", in ``NEGATIONS``); "like" scores only as a verb
      (``VERB_ONLY``); "nul" as a pronoun or a ``ne`` particle is no judgement;
    * social media: mentions and links are no words, hashtags are split into their
      words ("#HonteAuGouvernement"), HTML entities decoded, stretched spellings
      read ("géniaaal"), emoticons with a nose (":o(") and laughter (``LAUGHTER``)
      scored but never negated or boosted.

    VADER's own rules are kept otherwise: "not" flipping a negative word to a
    positive one (N_SCALAR -0.74), boosters, ALL-CAPS and punctuation emphasis.

    Speed: what depends on a chunk of text alone (its words, their spelling and
    every word list they are in) is worked out once per distinct chunk and kept
    (see ``_steps``, ``_word``); a text then costs a walk over its chunks and a
    pass over its few sentiment words and modifiers.
    """

    def __init__(
        self, language: Language, *, origin_weights: _OriginWeights | None = None,
        tone: Tone | None = None,
    ) -> None:
        data = import_module(f"analysis.lang.{language}.sentiment")
        self.language = language
        # how a text's summed sentiment becomes its score (the language's
        # TONE_FILE unless given: benchmarks refit it)
        self.tone = _tone(data) if tone is None else tone
        # how much each lexicon origin's praise and blame count (the language's
        # ORIGIN_WEIGHTS unless given: benchmarks refit them)
        self.origin_weights = (
            dict(getattr(data, "ORIGIN_WEIGHTS", {})) if origin_weights is None
            else dict(origin_weights)
        )
        # laughter ("lol") is a social-media cue, not a word sense: never weighed
        self.unweighted = frozenset(_key(w) for w in getattr(data, "LAUGHTER", ()))
        self.lexicon_file = _load_text(data.LEXICON_PACKAGE, data.LEXICON_FILE)
        self.lexicon = self.make_lex_dict()
        for extra in (getattr(data, "NEWS_WORDS", {}), data.IDIOMS):
            self.lexicon.update({_key(k): v for k, v in extra.items()})
        self.constants = _Constants(data)
        self.skip_names = True
        c = self.constants
        self.words = _Table(self.lexicon, strict_accents=False)
        # a corpus repeats its chunks and words: what they are is worked out once
        self._lones: dict[str, _Word] = {}  # words alone (most chunks)
        self._chunks: dict[str, tuple[_Step, ...]] = {}  # other chunks
        self._forms: dict[tuple[str, str, bool], _Word] = {}  # other words
        # the laughter every laugh is read as: the first one the lexicon scores
        self.laugh = next((w for w in sorted(c.laughter) if w in self.words), "")
        # multi-word units, each written as the tokenizer splits it
        self.phrase_heads: set[str] = set()
        phrases = [*self.lexicon, *c.BOOSTER_DICT, *c.NEGATE, *data.CONTRAST]
        self.phrases: set[str] = set()
        for phrase in phrases:
            if " " in phrase or "'" in phrase.strip("'"):
                tokens = [t[0].key for t in self._tokenize(phrase, merge=False)]
                if len(tokens) > 1:
                    self.phrases.add(_fold(" ".join(tokens)))
        self.max_phrase = max((p.count(" ") + 1 for p in self.phrases), default=1)
        self.phrase_heads = {p.split(" ", 1)[0] for p in self.phrases}
        # every phrase's leading words ("kiss", "kiss of"): a span stops growing
        # once it leads to no phrase
        self.phrase_prefixes = {
            " ".join(words[:k]) for words in (p.split(" ") for p in self.phrases)
            for k in range(1, len(words) + 1)
        }
        self.phrase_values = _Table(
            {" ".join(t[0].key for t in self._tokenize(k, merge=False)): v
             for k, v in self.lexicon.items() if " " in k or "'" in k},
            strict_accents=False,
        )
        # the words met above were described before the units were known
        self._lones.clear()
        self._chunks.clear()
        self._forms.clear()

    def make_lex_dict(self) -> dict[str, float]:
        """Read ``word<TAB>score[<TAB>origin...]`` lines; blank and ``#`` lines are
        skipped. A score is weighed by its origin's (praise, blame) weight, if any."""
        lexicon: dict[str, float] = {}
        weights = self.origin_weights
        for line in self.lexicon_file.splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.split("\t")
            key, value = _key(fields[0].strip()), float(fields[1])
            origin = fields[2] if len(fields) > 2 else None
            if origin in weights and key not in self.unweighted:
                praise, blame = weights[origin]
                value *= praise if value > 0 else blame
                if value == 0:
                    continue  # weighed to nothing: no sentiment word (no booster lifts it)
            lexicon[key] = value
        return lexicon

    # -- tokens ---------------------------------------------------------------

    def _known(self, key: str) -> bool:
        c = self.constants
        return any(key in t for t in (self.words, c.boosters, c.negations, c.contrast))

    def _tokenize(self, text: str, *, merge: bool = True) -> list[_Token]:
        # one apostrophe for all ("n’est" is "n'est"); same capitals
        if "&" in text:  # "&amp;", "&gt;" in scraped tweets and feeds
            text = html.unescape(text)
        text = _straight(text)
        if "@" in text or "http" in text or "www." in text:
            text = _LINK.sub(" \x00 ", text)
        tokens: list[_Token] = []
        heads: list[int] = []  # where multi-word units may start
        append = tokens.append
        clause = sentence = 0
        fresh = True  # at a sentence, quote or bracket start: capitals are not names
        lones, chunks = self._lones, self._chunks
        for chunk in text.split():
            word = lones.get(chunk)
            if word is not None:  # a word alone, as most chunks: no need for steps
                if word.head:
                    heads.append(len(tokens))
                append((word, clause, sentence, not fresh))
                fresh = False
                continue
            steps = chunks.get(chunk)
            if steps is None:
                steps = self._steps(chunk)
            for step, word in steps:
                if step == _IN_TEXT:
                    if word.head:
                        heads.append(len(tokens))
                    append((word, clause, sentence, not fresh))
                    fresh = False
                elif step == _ALONE:
                    if word.head:
                        heads.append(len(tokens))
                    append((word, clause, sentence, False))
                elif step == _SENTENCE:
                    clause, sentence, fresh = clause + 1, sentence + 1, True
                elif step == _BREAK:
                    clause, fresh = clause + 1, True
                else:  # _COMMA
                    clause += 1
        return self._merge_phrases(tokens, heads) if merge and heads else tokens

    def _steps(self, chunk: str) -> tuple[_Step, ...]:
        """What ``chunk`` does, remembered (a chunk's steps depend on it alone;
        a word alone is remembered as a word, in ``_lones``)."""
        steps = self._chunk_steps(chunk)
        if chunk not in self._lones and len(self._chunks) < _MEMO_SIZE:
            self._chunks[chunk] = steps
        return steps

    def _chunk_steps(self, chunk: str) -> tuple[_Step, ...]:
        if chunk == "\x00":  # a link or mention: what follows starts afresh
            return ((_BREAK, None),)
        if chunk[0] == "#" and _HASHTAG.fullmatch(chunk):
            parts = [(_ALONE, self._word(w, _key(w))) for w in _CAMEL.split(chunk[1:])]
            return (*parts, (_BREAK, None))
        if _WORD.fullmatch(chunk):
            if _is_lone(chunk):  # one word, as most chunks
                return ((_IN_TEXT, self._lone(chunk)),)
        # emoticons (":-)", ":D", "<3") are lexicon entries as written
        elif len(chunk) > 1:
            emoticon = self._emoticon(chunk)
            if emoticon is not None:
                return ((_ALONE, self._word(chunk, emoticon, emoticon=True)),)
        steps: list[_Step] = []
        pos = 0
        last = None  # the key of the chunk's last word, if no mark followed it
        for m in _WORD.finditer(chunk):
            for c in chunk[pos : m.start()]:
                self._mark(c, last, steps)
                last = None
            pos = m.end()
            word = m.group()
            if _is_lone(word):
                lone = self._lone(word)
                steps.append((_IN_TEXT, lone))
                last = lone.key
                continue
            for word in self._split_word(word):
                key = self._spelling(_key(word))
                steps.append((_IN_TEXT, self._word(word, key)))
                last = key
        for c in chunk[pos:]:
            self._mark(c, last, steps)
            last = None
        return tuple(steps)

    def _mark(self, m: str, last: str | None, steps: list[_Step]) -> None:
        if m == "." and last is not None and (
            len(last) == 1 or last in self.constants.abbreviations
        ):
            return  # "M.", "Mr.", "U.S.", an initial: not a sentence end
        if m in _SENTENCE_END:
            steps.append((_SENTENCE, None))
        elif unicodedata.category(m)[0] == "P" or m in "'-":
            steps.append((_COMMA, None) if m == "," else (_BREAK, None))

    def _lone(self, word: str) -> _Word:
        """The :class:`_Word` of a word ``_split_word`` leaves whole, remembered."""
        lone = self._lones.get(word)
        if lone is None:
            lone = self._describe(word, self._spelling(_key(word)), False)
            if len(self._lones) < _MEMO_SIZE:
                self._lones[word] = lone
        return lone

    def _word(self, text: str, key: str, *, emoticon: bool = False) -> _Word:
        """The :class:`_Word` of a form, remembered."""
        form = (text, key, emoticon)
        word = self._forms.get(form)
        if word is None:
            word = self._describe(text, key, emoticon)
            if len(self._forms) < _MEMO_SIZE:
                self._forms[form] = word
        return word

    def _describe(self, text: str, key: str, emoticon: bool) -> _Word:
        c = self.constants
        upper = text.isupper()
        fold = _fold(key)
        if fold == key:
            fold = key  # one string, not two
        valence = self._valence(key, fold)
        word = _Word(
            text, key, fold, emoticon, upper,
            upper and _HAS_LETTER.search(text) is not None,  # shout
            text[:1].isupper() and not upper,  # capitalised
            valence, valence is not None, fold in self.phrase_heads,
        )
        if key in c.listed or (c.nt is not None and c.nt in key):
            word.boost = boost = c.boosters.get(key)
            word.negation = negation = key in c.negations or (c.nt is not None and c.nt in key)
            word.ne = ne = key in c.ne
            word.ne_particle = key in c.ne_particles
            word.restrictive = key in c.restrictive
            word.negative_subject = key in c.negative_subjects
            word.never = key in c.never
            word.never_so = key in c.never_so
            word.excess = key in c.excess
            word.contrast = contrast = key in c.contrast
            word.opener = opener = key in c.contrast_openers
            word.laughter = key in c.laughter
            word.verb_cues = c.verb_only.get(key)
            word.modifier = negation or ne or boost is not None or contrast or opener
        word.elided = key in c.elisions
        return word

    def _spelling(self, key: str) -> str:
        """A stretched word read as its lexicon form ("géniaaal" -> "génial"),
        laughter as laughter ("hahahah" -> "haha"); other words as they are."""
        laugh = key[:1] in "ah" and _LAUGH.fullmatch(key) is not None
        stretched = _STRETCH.search(key) is not None
        if not (laugh or stretched) or self._known(key):
            return key
        if laugh and self.laugh:
            return self.laugh
        if stretched:
            for repl in (r"\1\1", r"\1"):
                squeezed = _STRETCH.sub(repl, key)
                if self._known(squeezed):
                    return squeezed
        return key

    def _emoticon(self, chunk: str) -> str | None:
        """The lexicon key of an emoticon chunk (":-)", ":o(" read as ":("), or None."""
        key = _key(chunk)
        if key in self.lexicon:
            return key
        if chunk[0] in ":;=8xX":  # a nose follows one of these
            key = _key(_NOSE.sub("", chunk, count=1))
            if key in self.lexicon:
                return key
        return None

    def _split_word(self, word: str) -> list[str]:
        """Split elisions ("l'injustice") and unknown hyphen compounds ("anti-corruption")."""
        c = self.constants
        parts: list[str] = []
        while c.elisions:
            head, sep, rest = _key(word).partition("'")
            if not sep or not rest or head + "'" not in c.elisions:
                break
            parts.append(word[: len(head) + 1])
            word = word[len(head) + 1 :]
        key = _key(word)
        if key.endswith("'") and key not in c.elisions:
            word = word[:-1]  # possessive or closing quote: "students'"
        if "-" in word and not self._known(_key(word)):
            parts.extend(p for p in word.split("-") if p)
        elif word:
            parts.append(word)
        return parts

    def _merge_phrases(self, tokens: list[_Token], heads: list[int]) -> list[_Token]:
        """Join the longest multi-word unit (within one clause) starting at each
        of ``heads`` into one token."""
        prefixes, phrases = self.phrase_prefixes, self.phrases
        merged: list[_Token] = []
        done = 0  # tokens before this one are in ``merged`` or merged
        n = len(tokens)
        for i in heads:
            if i < done:
                continue  # inside a unit already joined
            token = tokens[i]
            # the spans from here that spell a phrase, grown while they lead to one
            # (a span's fold is that of its words joined: phrases are matched on folds)
            lengths: list[int] = []
            span = token[0].fold
            for k in range(2, min(self.max_phrase, n - i) + 1):
                span = f"{span} {tokens[i + k - 1][0].fold}"
                if span not in prefixes:
                    break
                if span in phrases:
                    lengths.append(k)
            for k in reversed(lengths):  # the longest within one clause
                if tokens[i + k - 1][1] == token[1]:
                    words = [t[0] for t in tokens[i : i + k]]
                    word = self._word(" ".join(w.text for w in words),
                                      " ".join(w.key for w in words))
                    merged += tokens[done:i]
                    merged.append((word, token[1], token[2], token[3]))
                    done = i + k
                    break
        if not done:
            return tokens
        merged += tokens[done:]
        return merged

    # -- scoring --------------------------------------------------------------

    def _valence(self, key: str, fold: str | None = None) -> float | None:
        if " " in key:
            value = self.phrase_values.get(key)
            if value is not None:
                return value
        return self.words.get(key, fold)

    def _modifiers(
        self, words: Sequence[_Word], clauses: Sequence[int]
    ) -> tuple[set[int], dict[int, list[int]], set[int], set[int], set[int]]:
        """The negation words' positions, for each token those that reach it, and
        the positions of boosters, contrasts and all modifiers."""
        n = len(words)
        negators: set[int] = set()
        ne: list[int] = []
        boosters: set[int] = set()
        contrasts: set[int] = set()  # "but"; "yet" only opening a clause
        for i in compress(range(n), map(_MODIFIER, words)):
            w = words[i]
            if w.negation:
                negators.add(i)
            if w.ne:
                ne.append(i)
            if w.boost is not None:
                boosters.add(i)
            if w.contrast or (w.opener and (i == 0 or clauses[i - 1] != clauses[i])):
                contrasts.add(i)
        reached: dict[int, list[int]] = {}
        for i in ne:
            # "ne" reaches up to its particle; no particle: expletive, unless a
            # negative subject precedes ("rien n'est ...").
            particle = None
            for j in range(i + 1, min(n, i + 8)):
                u = words[j]
                if clauses[j] != clauses[i] or u.restrictive:
                    break
                if j in negators or u.ne_particle:
                    particle = j
                    break
            if particle is not None:
                negators.add(particle)
                for j in range(i + 1, particle):
                    reached.setdefault(j, []).append(i)
            elif any(words[j].negative_subject for j in range(i) if clauses[j] == clauses[i]):
                negators.add(i)
        for i in sorted(negators):
            for j in range(i + 1, min(n, i + 1 + _SCOPE)):
                if clauses[j] != clauses[i]:
                    break
                reached.setdefault(j, []).append(i)
        return negators, reached, boosters, contrasts, negators | boosters | contrasts

    def polarity_scores(self, text: str) -> dict[str, float]:
        """VADER's ``neg``/``neu``/``pos``/``compound`` for ``text``."""
        scan = self._scan(text)
        if scan is None:
            return self.score_valence([], text)
        return self.score_valence(scan[3], text, length=self._length(scan[0]))

    def compound(self, text: str) -> float:
        """``polarity_scores(text)["compound"]`` alone: the corpus scores every quote and
        needs no ``neg``/``neu``/``pos`` shares."""
        scan = self._scan(text)
        if scan is None:
            return 0.0
        return self._compound(scan[3], _emphasis(text), self._length(scan[0]))

    def _compound(self, sentiments: list[float], amplifier: float, length: int) -> float:
        """The compound score: the language's :class:`Tone` of the emphasised sum over ``length`` words."""
        return round(self.tone.compound(_emphasised(sentiments, amplifier), length), 4)

    def _length(self, words: Sequence[_Word]) -> int:
        """The words of a text, for :class:`Tone`: its tokens, an elided article
        or pronoun not counted apart from its host ("l'injustice" is one)."""
        n = len(words)
        if not self.constants.elisions:
            return n
        return n - sum(map(_ELIDED, words)) or n

    def read(self, text: str) -> _Reading | None:
        """``text``'s tokens, modifiers and each token's sentiment after the rules
        (None: no token at all)."""
        scan = self._scan(text)
        return None if scan is None else _Reading(*scan)

    def _scan(self, text: str) -> tuple | None:
        """:meth:`read`'s fields as a tuple (``polarity_scores`` needs no more)."""
        tokens = self._tokenize(text)
        if not tokens:
            return None
        words, clauses, sentences, after = zip(*tokens)
        n = len(words)
        negators, reached, boosters, contrasts, modifiers = self._modifiers(words, clauses)
        sentiments = [0.0] * n
        # only words with a valence score; the others stay 0
        scored = list(compress(range(n), map(_SCORED, words)))
        if scored:
            context = _Context(words, clauses, reached, negators, boosters,
                               0 < sum(map(_UPPER, words)) < n)  # VADER's emphasis test
            skip_names = self.skip_names
            for i in scored:
                w = words[i]
                if skip_names and after[i] and w.capitalised:
                    # a capitalised word inside a sentence is a name ("Justice
                    # Department", "Victoire Dupont"), not an opinion
                    continue
                if (w.verb_cues is not None or w.negative_subject or i in modifiers) and (
                    self._silent(context, modifiers, i)
                ):
                    continue
                sentiments[i] = self._sentiment(context, i)
            if contrasts:
                self._contrast(sentences, sentiments, contrasts, scored)
        return words, clauses, sentences, sentiments, negators, boosters, contrasts

    def _silent(self, context: _Context, modifiers: set[int], i: int) -> bool:
        """True when the scored word at ``i`` says nothing here: "like" as a
        preposition, "nul" as a pronoun, a modifier that modifies something."""
        words, clauses = context.words, context.clauses
        w = words[i]
        n = len(words)
        if (w.verb_cues is not None and not self._verb(words, clauses, i)) or (
            # "nul" as a pronoun ("Nul ne sait") or a particle ("n'est nul
            # besoin") is no judgement; the adjective is ("c'est nul")
            w.negative_subject and (i in context.negators or (i + 1 < n and words[i + 1].ne))
        ):
            return True
        # a modifier scores itself only when it modifies nothing: neither a
        # scored word nor another modifier follows ("bien trop cher")
        nxt = i + 1
        return i in modifiers and nxt < n and clauses[nxt] == clauses[i] and (
            nxt in modifiers or words[nxt].scored)

    def _sentiment(self, context: _Context, i: int) -> float:
        """The sentiment of the scored word at ``i``: its valence with emphasis,
        boosters, excess and negation."""
        c = self.constants
        words, clauses = context.words, context.clauses
        w = words[i]
        valence = w.valence
        if w.emoticon or w.laughter:
            return valence  # "pas mal lol": the laugh is not negated
        if w.shout and context.cap_diff:
            valence += c.C_INCR if valence > 0 else -c.C_INCR
        if context.boosters:
            # boosters and dampeners up to three words back, fading with distance
            for d, fade in _FADES:
                j = i - d
                if j < 0 or clauses[j] != clauses[i]:
                    break
                if j in context.negators:
                    continue
                boost = words[j].boost
                if boost:
                    boost = boost if valence >= 0 else -boost
                    if words[j].upper and context.cap_diff:
                        boost += c.C_INCR if valence > 0 else -c.C_INCR
                    valence += boost * fade
        if valence > 0 and self._excessive(words, clauses, i):
            valence *= c.N_SCALAR  # "too generous": praise turned to blame
        negated_by = context.reached.get(i)
        if negated_by:
            if any(self._never_so(words, j, i) for j in negated_by):
                valence *= 1.25
            else:
                valence *= c.N_SCALAR
        return valence

    @staticmethod
    def _excessive(words: Sequence[_Word], clauses: Sequence[int], i: int) -> bool:
        """ "too generous", "overly optimistic": an excess word one or two words back."""
        return any(
            j >= 0 and clauses[j] == clauses[i] and words[j].excess for j in (i - 1, i - 2)
        )

    @staticmethod
    def _verb(words: Sequence[_Word], clauses: Sequence[int], i: int) -> bool:
        """ "I like", "would like", "don't like": the verb, not the preposition."""
        if i == 0 or clauses[i - 1] != clauses[i]:
            return False
        before = words[i - 1].key
        return before in words[i].verb_cues or before.endswith(("'d", "'ll", "n't"))

    @staticmethod
    def _never_so(words: Sequence[_Word], j: int, i: int) -> bool:
        """ "never so good", "jamais aussi bon": an intensifier, not a negation."""
        return words[j].never and any(words[k].never_so for k in range(j + 1, i))

    @staticmethod
    def _contrast(
        sentences: Sequence[int], sentiments: list[float], contrasts: set[int],
        scored: list[int],
    ) -> None:
        """Halve what comes before the first contrast of a sentence, weigh what
        follows 1.5 (VADER's "but" rule, kept to one sentence). Only ``scored``
        positions can be other than 0."""
        done: set[int] = set()
        for b in sorted(contrasts):
            sentence = sentences[b]
            if sentence in done:
                continue
            done.add(sentence)
            opens = b == 0 or sentences[b - 1] != sentence
            before = sentence - 1 if opens else sentence
            for k in scored:
                if k < b and sentences[k] == before:
                    sentiments[k] *= 0.5
                elif k > b and sentences[k] == sentence:
                    sentiments[k] *= 1.5

    def summed(self, text: str) -> tuple[float, int]:
        """``text``'s summed sentiment with punctuation emphasis, and its number of
        tokens: what :class:`Tone` turns into a score (benchmarks fit it on these)."""
        reading = self.read(text)
        if reading is None:
            return 0.0, 0
        return _emphasised(reading.sentiments, _emphasis(text)), self._length(reading.words)

    def score_valence(self, sentiments: list[float], text: str, *,
                      length: int | None = None) -> dict[str, float]:
        """NLTK's ``score_valence``, the same arithmetic in one pass over the
        non-zero scores (NLTK's helpers walk every score twice); the compound is
        the language's :class:`Tone` of the sum over ``length`` words (default:
        one a score)."""
        if not sentiments:
            return {"neg": 0.0, "neu": 0.0, "pos": 0.0, "compound": 0.0}
        amplifier = _emphasis(text)
        compound = self._compound(sentiments, amplifier, len(sentiments) if length is None else length)
        # positive and negative sums, each score counting one more, as in NLTK
        pos_sum = neg_sum = 0.0
        nonzero = 0
        for s in filter(None, sentiments):
            nonzero += 1
            if s > 0:
                pos_sum += s + 1
            else:
                neg_sum += s - 1
        neu_count = len(sentiments) - nonzero
        if pos_sum > math.fabs(neg_sum):
            pos_sum += amplifier
        elif pos_sum < math.fabs(neg_sum):
            neg_sum -= amplifier
        total = pos_sum + math.fabs(neg_sum) + neu_count
        return {
            "neg": round(math.fabs(neg_sum / total), 3),
            "neu": round(math.fabs(neu_count / total), 3),
            "pos": round(math.fabs(pos_sum / total), 3),
            "compound": compound,
        }


def _emphasis(text: str) -> float:
    """VADER's punctuation emphasis: up to four "!", two or more "?"."""
    qm_count = text.count("?")
    return min(text.count("!"), 4) * 0.292 + (
        (qm_count * 0.18 if qm_count <= 3 else 0.96) if qm_count > 1 else 0
    )


def _emphasised(sentiments: list[float], amplifier: float) -> float:
    """The sum of ``sentiments``, pushed ``amplifier`` further from 0."""
    sum_s = float(sum(sentiments))
    if sum_s > 0:
        return sum_s + amplifier
    if sum_s < 0:
        return sum_s - amplifier
    return sum_s


def _load_text(package: str, name: str) -> str:
    """Load a lexicon shipped in ``package`` through ``nltk.data``.

    NLTK >= 3.10 only opens files under an ``nltk.data.path`` root, so the
    lexicon's folder is appended there and the file given as a ``file:`` URL.
    NLTK also refuses files that other accounts may write (a checkout made with
    umask 002); such a file is package data like the package's own code, so it
    is then read directly rather than failing.
    """
    path = Path(str(resources.files(package).joinpath(name)))
    folder = str(path.parent)
    if folder not in nltk.data.path:
        nltk.data.path.append(folder)
    try:
        return nltk.data.load(f"file:{path}", format="text")
    except PermissionError:
        return path.read_text(encoding="utf-8")


@cache
def _analyzer(language: Language) -> _Analyzer:
    # built once per language: loading and indexing a lexicon takes a while
    return _Analyzer(language)


def polarity_scores(text: str, language: Language) -> dict[str, float]:
    """VADER's ``neg``, ``neu``, ``pos`` shares and ``compound`` score of ``text``."""
    return _analyzer(language_code(language)).polarity_scores(text)  # type: ignore[arg-type]


def _polarity_arguments(text: object, language: object) -> tuple[str, Language]:
    """``polarity``'s arguments checked: errors name the parameter and what it accepts;
    the language in any case ("FR" is "fr")."""
    if not isinstance(text, str):
        hint = "; score each text of a sequence on its own" if isinstance(text, (list, tuple)) else ""
        raise TypeError(f"text must be a str; got {type(text).__name__}{hint}")
    return text, language_code(language)  # type: ignore[return-value]


def polarity(text: str, language: Language) -> float:
    """Polarity of ``text`` in [-1, 1] (VADER compound, through the language's :class:`Tone`):
    < 0 negative, > 0 positive."""
    text, language = _polarity_arguments(text, language)
    return _analyzer(language).compound(text)


_COLUMNS = ["speaker", "quotes", "words", "mean", "low", "high",
            "negative", "neutral", "positive", "few_quotes"]


def speaker_sentiment(
    quotes: Iterable[Quote],
    language: Language,
    *,
    weight_by_words: bool = False,
    min_quotes: int = 3,
    confidence: float = 0.95,
    seed: int | None = 0,
) -> pd.DataFrame:
    """One row per speaker: quote and word counts, mean polarity with a bootstrap
    interval, shares of negative/neutral/positive quotes, and a ``few_quotes`` flag.

    ``weight_by_words`` weighs each quote's polarity by its length in words. Speakers
    with fewer than ``min_quotes`` quotes are flagged, not dropped; ``low``/``high``
    are NaN for a single quote. Rows are sorted by quotes (most first), then speaker.
    """
    language = language_code(language)  # type: ignore[assignment]
    if min_quotes < 1:
        raise ValueError(f"min_quotes must be at least 1, not {min_quotes!r}")
    by_speaker: dict[str, list[tuple[float, int]]] = {}
    for quote in quotes:
        speaker = quote.speaker or UNATTRIBUTED
        words = len(_words(quote.text, language))
        by_speaker.setdefault(speaker, []).append((polarity(quote.text, language), words))
    rows = []
    for speaker, items in by_speaker.items():
        scores = np.array([s for s, _ in items], dtype=float)
        words = np.array([w for _, w in items], dtype=float)
        weights = words if weight_by_words and words.sum() > 0 else None
        mean = float(np.average(scores, weights=weights))
        low, high = bootstrap_interval(scores, weights=weights, confidence=confidence, seed=seed)
        rows.append({
            "speaker": speaker,
            "quotes": len(items),
            "words": int(words.sum()),
            "mean": mean,
            "low": low,
            "high": high,
            "negative": float(np.mean(scores < -NEUTRAL_BAND)),
            "neutral": float(np.mean(np.abs(scores) <= NEUTRAL_BAND)),
            "positive": float(np.mean(scores > NEUTRAL_BAND)),
            "few_quotes": len(items) < min_quotes,
        })
    frame = pd.DataFrame(rows, columns=_COLUMNS)
    frame = frame.sort_values(["quotes", "speaker"], ascending=[False, True], kind="stable")
    return frame.reset_index(drop=True).astype(
        {"quotes": int, "words": int, "mean": float, "low": float, "high": float,
         "few_quotes": bool}
    )
