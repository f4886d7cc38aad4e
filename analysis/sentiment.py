"""Sentiment of quotations: VADER polarity for French and English, per-speaker summaries.

Scores are VADER "compound" values in [-1, 1], computed with NLTK's
:class:`~nltk.sentiment.vader.SentimentIntensityAnalyzer` machinery (lexicon
loading, constants, normalisation, punctuation emphasis) and a tokenizer and
rule set that know French (elision, ``ne … pas``, boosters, ``mais``), news
English ("too", "failed to", the preposition "like") and tweets (mentions,
links, hashtags, emoticons).
Language resources are data in ``analysis/lang/<lang>/sentiment.py``.
"""
from __future__ import annotations

import html
import math
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import import_module, resources
from pathlib import Path

import nltk
import numpy as np
import pandas as pd
from nltk.sentiment.vader import SentimentIntensityAnalyzer, VaderConstants

from analysis.language import LANGUAGES, Language
from analysis.quotes.model import UNATTRIBUTED, Quote
from analysis.tokens import words as _words

__all__ = ["polarity", "polarity_scores", "bootstrap_interval", "speaker_sentiment"]

#: |compound| at or below this is neutral (VADER's customary threshold).
NEUTRAL_BAND = 0.05
#: how many words back a negation or a booster reaches (VADER's window).
_SCOPE = 3

_APOSTROPHES = str.maketrans({c: "'" for c in "’‘ʼ´`′ꞌ＇"})
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


@lru_cache(maxsize=1 << 16)
def _fold(text: str) -> str:
    """Lower-case, straight apostrophes, no accents: "L’Été" -> "l'ete"."""
    text = text.lower().translate(_APOSTROPHES).replace("œ", "oe").replace("æ", "ae")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _key(text: str) -> str:
    return text.lower().translate(_APOSTROPHES)


#: distinct words a table remembers: the frequent ones of any corpus (a few MB).
_MEMO_SIZE = 1 << 16


class _Table:
    """A word table looked up exactly, then accent-blind.

    Content words of four letters or more match whatever their accents
    ("evenement" finds "événement"); function words match accent-blind only when
    the text has no accent at all, so "tres" is "très" but "né" is not "ne".
    """

    def __init__(self, items: dict[str, float], *, strict_accents: bool) -> None:
        self.exact = {_key(k): v for k, v in items.items()}
        folded: dict[str, list[float]] = {}
        for k, v in self.exact.items():
            folded.setdefault(_fold(k), []).append(v)
        # accent-blind collisions ("pêche"/"péché") share their mean
        self.folded = {k: sum(vs) / len(vs) for k, vs in folded.items()}
        self.strict_accents = strict_accents
        # answers to past look-ups, misses included: a corpus repeats its words
        self._seen: dict[str, float | None] = {}

    def get(self, key: str) -> float | None:
        try:
            return self._seen[key]
        except KeyError:
            pass
        value = self._lookup(key)
        if len(self._seen) < _MEMO_SIZE:
            self._seen[key] = value
        return value

    def _lookup(self, key: str) -> float | None:
        if key in self.exact:
            return self.exact[key]
        folded = _fold(key)
        if self.strict_accents and folded != key:
            return None
        if not self.strict_accents and len(key) < 4:
            return None  # short accent homographs differ: "sur" is not "sûr", "a" not "à"
        return self.folded.get(folded)

    def __contains__(self, key: str) -> bool:
        return self.get(key) is not None


@dataclass(frozen=True, slots=True)
class _Token:
    text: str  # as written (for ALL-CAPS emphasis)
    key: str  # lower-case, straight apostrophes
    clause: int
    sentence: int
    after_word: bool = False  # follows a word or a comma, not a sentence or quote start
    emoticon: bool = False  # ":-)", "lol": neither negated nor boosted


class _Constants(VaderConstants):
    """VADER's constants with one language's word lists."""

    def __init__(self, data) -> None:
        strict = {"strict_accents": True}
        self.NEGATE = set(data.NEGATIONS)
        self.BOOSTER_DICT = dict(data.BOOSTERS)
        self.negations = _Table(dict.fromkeys(data.NEGATIONS, 1.0), **strict)
        self.boosters = _Table(self.BOOSTER_DICT, **strict)
        self.contrast = _Table(dict.fromkeys(data.CONTRAST, 1.0), **strict)
        self.contrast_openers = _Table(
            dict.fromkeys(getattr(data, "CONTRAST_OPENERS", ()), 1.0), **strict
        )
        self.never = _Table(dict.fromkeys(data.NEVER, 1.0), **strict)
        self.never_so = _Table(dict.fromkeys(data.NEVER_SO, 1.0), **strict)
        self.ne = _Table(dict.fromkeys(getattr(data, "NE", ()), 1.0), **strict)
        self.ne_particles = _Table(dict.fromkeys(getattr(data, "NE_PARTICLES", ()), 1.0), **strict)
        self.restrictive = _Table(dict.fromkeys(getattr(data, "RESTRICTIVE", ()), 1.0), **strict)
        self.negative_subjects = _Table(
            dict.fromkeys(getattr(data, "NEGATIVE_SUBJECTS", ()), 1.0), **strict
        )
        self.elisions = frozenset(getattr(data, "ELISIONS", ()))
        self.laughter = frozenset(getattr(data, "LAUGHTER", ()))
        self.excess = _Table(dict.fromkeys(getattr(data, "EXCESS", ()), 1.0), **strict)
        self.verb_only = {_key(k): v for k, v in getattr(data, "VERB_ONLY", {}).items()}
        try:  # "M. Lavrov", "Mr. Smith": the period ends no sentence
            abbreviations = import_module(f"{data.__package__}.abbreviations").ABBREVIATIONS
        except (ImportError, AttributeError):
            abbreviations = frozenset()
        self.abbreviations = frozenset(abbreviations)
        # English "n't" words negate (NLTK's include_nt); French has none.
        self.nt = "n't" if not self.elisions else None


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
    """

    def __init__(self, language: Language) -> None:
        data = import_module(f"analysis.lang.{language}.sentiment")
        self.language = language
        self.lexicon_file = _load_text(data.LEXICON_PACKAGE, data.LEXICON_FILE)
        self.lexicon = self.make_lex_dict()
        for extra in (getattr(data, "NEWS_WORDS", {}), data.IDIOMS):
            self.lexicon.update({_key(k): v for k, v in extra.items()})
        self.constants = _Constants(data)
        self.skip_names = True
        c = self.constants
        self.words = _Table(self.lexicon, strict_accents=False)
        # the laughter every laugh is read as: the first one the lexicon scores
        self.laugh = next((w for w in sorted(c.laughter) if w in self.words), "")
        # multi-word units, each written as the tokenizer splits it
        phrases = [*self.lexicon, *c.BOOSTER_DICT, *c.NEGATE, *data.CONTRAST]
        self.phrases: set[str] = set()
        for phrase in phrases:
            if " " in phrase or "'" in phrase.strip("'"):
                tokens = [t.key for t in self._tokenize(phrase, merge=False)]
                if len(tokens) > 1:
                    self.phrases.add(_fold(" ".join(tokens)))
        self.max_phrase = max((p.count(" ") + 1 for p in self.phrases), default=1)
        self.phrase_heads = {p.split(" ", 1)[0] for p in self.phrases}
        self.phrase_values = _Table(
            {" ".join(t.key for t in self._tokenize(k, merge=False)): v
             for k, v in self.lexicon.items() if " " in k or "'" in k},
            strict_accents=False,
        )

    def make_lex_dict(self) -> dict[str, float]:
        """Read ``word<TAB>score[<TAB>...]`` lines; blank and ``#`` lines are skipped."""
        lexicon: dict[str, float] = {}
        for line in self.lexicon_file.splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            word, score = line.split("\t")[:2]
            lexicon[_key(word.strip())] = float(score)
        return lexicon

    # -- tokens ---------------------------------------------------------------

    def _known(self, key: str) -> bool:
        c = self.constants
        return any(key in t for t in (self.words, c.boosters, c.negations, c.contrast))

    def _tokenize(self, text: str, *, merge: bool = True) -> list[_Token]:
        tokens: list[_Token] = []
        clause = sentence = 0
        fresh = True  # at a sentence, quote or bracket start: capitals are not names
        after_mark = True  # the last thing seen was a mark or a space, not a word
        abbreviations = self.constants.abbreviations

        def mark(m: str) -> None:
            nonlocal clause, sentence, fresh
            if m == "." and tokens and not after_mark and (
                len(tokens[-1].key) == 1 or tokens[-1].key in abbreviations
            ):
                return  # "M.", "Mr.", "U.S.", an initial: not a sentence end
            if m in _SENTENCE_END:
                clause, sentence, fresh = clause + 1, sentence + 1, True
            elif unicodedata.category(m)[0] == "P" or m in "'-":
                clause, fresh = clause + 1, fresh or m != ","

        # one apostrophe for all ("n’est" is "n'est"); same capitals
        if "&" in text:  # "&amp;", "&gt;" in scraped tweets and feeds
            text = html.unescape(text)
        text = text.translate(_APOSTROPHES)
        if "@" in text or "http" in text or "www." in text:
            text = _LINK.sub(" \x00 ", text)
        for chunk in text.split():
            if chunk == "\x00":  # a link or mention: what follows starts afresh
                clause, fresh = clause + 1, True
                continue
            if chunk[0] == "#" and _HASHTAG.fullmatch(chunk):
                for word in _CAMEL.split(chunk[1:]):
                    tokens.append(_Token(word, _key(word), clause, sentence))
                clause, fresh = clause + 1, True
                continue
            # emoticons (":-)", ":D", "<3") are lexicon entries as written
            if len(chunk) > 1 and not _WORD.fullmatch(chunk):
                emoticon = self._emoticon(chunk)
                if emoticon is not None:
                    tokens.append(_Token(chunk, emoticon, clause, sentence, emoticon=True))
                    continue
            pos = 0
            after_mark = True
            for m in _WORD.finditer(chunk):
                for c in chunk[pos : m.start()]:
                    mark(c)
                    after_mark = True
                pos = m.end()
                for word in self._split_word(m.group()):
                    tokens.append(_Token(word, self._spelling(_key(word)), clause, sentence,
                                         not fresh))
                    fresh = after_mark = False
            for c in chunk[pos:]:
                mark(c)
                after_mark = True
        return self._merge_phrases(tokens) if merge and self.phrases else tokens

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
        for key in (_key(chunk), _key(_NOSE.sub("", chunk, count=1))):
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

    def _merge_phrases(self, tokens: list[_Token]) -> list[_Token]:
        merged: list[_Token] = []
        i = 0
        while i < len(tokens):
            if _fold(tokens[i].key) not in self.phrase_heads:
                merged.append(tokens[i])
                i += 1
                continue
            for n in range(min(self.max_phrase, len(tokens) - i), 1, -1):
                span = tokens[i : i + n]
                if span[0].clause != span[-1].clause:
                    continue
                key = " ".join(t.key for t in span)
                if _fold(key) in self.phrases:
                    text = " ".join(t.text for t in span)
                    merged.append(_Token(text, key, span[0].clause, span[0].sentence,
                                         span[0].after_word))
                    i += n
                    break
            else:
                merged.append(tokens[i])
                i += 1
        return merged

    # -- scoring --------------------------------------------------------------

    def _valence(self, key: str) -> float | None:
        if " " in key:
            value = self.phrase_values.get(key)
            if value is not None:
                return value
        return self.words.get(key)

    def _is_negation(self, key: str) -> bool:
        c = self.constants
        return key in c.negations or (c.nt is not None and c.nt in key)

    def _negations(self, tokens: list[_Token]) -> tuple[set[int], list[list[int]]]:
        """The negation words' positions, and for each token those that reach it."""
        c = self.constants
        n = len(tokens)
        negators = {i for i, t in enumerate(tokens) if self._is_negation(t.key)}
        reached: list[list[int]] = [[] for _ in tokens]
        for i, t in enumerate(tokens):
            if t.key not in c.ne:
                continue
            # "ne" reaches up to its particle; no particle: expletive, unless a
            # negative subject precedes ("rien n'est ...").
            particle = None
            for j in range(i + 1, min(n, i + 8)):
                u = tokens[j]
                if u.clause != t.clause or u.key in c.restrictive:
                    break
                if j in negators or u.key in c.ne_particles:
                    particle = j
                    break
            if particle is not None:
                negators.add(particle)
                for j in range(i + 1, particle):
                    reached[j].append(i)
            elif any(tokens[j].key in c.negative_subjects for j in range(i)
                     if tokens[j].clause == t.clause):
                negators.add(i)
        for i in sorted(negators):
            for j in range(i + 1, min(n, i + 1 + _SCOPE)):
                if tokens[j].clause != tokens[i].clause:
                    break
                reached[j].append(i)
        return negators, reached

    def polarity_scores(self, text: str) -> dict[str, float]:
        """VADER's ``neg``/``neu``/``pos``/``compound`` for ``text``."""
        c = self.constants
        tokens = self._tokenize(text)
        is_cap_diff = _cap_differential(tokens)
        negators, reached = self._negations(tokens)
        contrasts = self._contrasts(tokens)
        modifiers = {i for i, t in enumerate(tokens) if i in negators or t.key in c.boosters}
        modifiers |= contrasts
        sentiments: list[float] = []
        for i, t in enumerate(tokens):
            if self.skip_names and _is_name(tokens, i):
                sentiments.append(0.0)
                continue
            valence = self._valence(t.key)
            if valence is None or (t.key in c.verb_only and not self._verb(tokens, i)) or (
                # "nul" as a pronoun ("Nul ne sait") or a particle ("n'est nul
                # besoin") is no judgement; the adjective is ("c'est nul")
                t.key in c.negative_subjects and (
                    i in negators or (i + 1 < len(tokens) and tokens[i + 1].key in c.ne))
            ):
                sentiments.append(0.0)
                continue
            if i in modifiers:
                # a modifier scores itself only when it modifies nothing: neither
                # a scored word nor another modifier follows ("bien trop cher")
                nxt = i + 1
                if (nxt < len(tokens) and tokens[nxt].clause == t.clause
                        and (nxt in modifiers or self._valence(tokens[nxt].key) is not None)):
                    sentiments.append(0.0)
                    continue
            if t.emoticon or t.key in c.laughter:
                sentiments.append(valence)  # "pas mal lol": the laugh is not negated
                continue
            if t.text.isupper() and is_cap_diff and _HAS_LETTER.search(t.text):
                valence += c.C_INCR if valence > 0 else -c.C_INCR
            # boosters and dampeners up to three words back, fading with distance
            for d, fade in ((1, 1.0), (2, 0.95), (3, 0.9)):
                j = i - d
                if j < 0 or tokens[j].clause != t.clause:
                    break
                if j in negators:
                    continue
                boost = c.boosters.get(tokens[j].key)
                if boost:
                    boost = boost if valence >= 0 else -boost
                    if tokens[j].text.isupper() and is_cap_diff:
                        boost += c.C_INCR if valence > 0 else -c.C_INCR
                    valence += boost * fade
            if valence > 0 and self._excessive(tokens, i):
                valence *= c.N_SCALAR  # "too generous": praise turned to blame
            if reached[i]:
                if any(self._never_so(tokens, j, i) for j in reached[i]):
                    valence *= 1.25
                else:
                    valence *= c.N_SCALAR
            sentiments.append(valence)
        sentiments = self._contrast(tokens, sentiments, contrasts)
        return self.score_valence(sentiments, text)

    def _excessive(self, tokens: list[_Token], i: int) -> bool:
        """ "too generous", "overly optimistic": an excess word one or two words back."""
        excess = self.constants.excess
        return any(
            j >= 0 and tokens[j].clause == tokens[i].clause and tokens[j].key in excess
            for j in (i - 1, i - 2)
        )

    def _verb(self, tokens: list[_Token], i: int) -> bool:
        """ "I like", "would like", "don't like": the verb, not the preposition."""
        if i == 0 or tokens[i - 1].clause != tokens[i].clause:
            return False
        before = tokens[i - 1].key
        return (before in self.constants.verb_only[tokens[i].key]
                or before.endswith(("'d", "'ll", "n't")))

    def _never_so(self, tokens: list[_Token], j: int, i: int) -> bool:
        """ "never so good", "jamais aussi bon": an intensifier, not a negation."""
        c = self.constants
        return tokens[j].key in c.never and any(
            tokens[k].key in c.never_so for k in range(j + 1, i)
        )

    def _contrasts(self, tokens: list[_Token]) -> set[int]:
        """Positions of contrastive words ("but"; "yet" only opening a clause)."""
        c = self.constants
        return {
            i for i, t in enumerate(tokens)
            if t.key in c.contrast
            or (t.key in c.contrast_openers and (i == 0 or tokens[i - 1].clause != t.clause))
        }

    @staticmethod
    def _contrast(
        tokens: list[_Token], sentiments: list[float], contrasts: set[int]
    ) -> list[float]:
        """Halve what comes before the first contrast of a sentence, weigh what
        follows 1.5 (VADER's "but" rule, kept to one sentence)."""
        done: set[int] = set()
        for b in sorted(contrasts):
            t = tokens[b]
            if t.sentence in done:
                continue
            done.add(t.sentence)
            opens = b == 0 or tokens[b - 1].sentence != t.sentence
            before = t.sentence - 1 if opens else t.sentence
            for k, u in enumerate(tokens):
                if k < b and u.sentence == before:
                    sentiments[k] *= 0.5
                elif k > b and u.sentence == t.sentence:
                    sentiments[k] *= 1.5
        return sentiments


def _is_name(tokens: list[_Token], i: int) -> bool:
    """A capitalised word inside a sentence is a name ("Justice Department",
    "Victoire Dupont"), not an opinion; words in capitals are emphasis."""
    t = tokens[i]
    return t.after_word and t.text[:1].isupper() and not t.text.isupper()


def _cap_differential(tokens: list[_Token]) -> bool:
    """True when some but not all words are in capitals (VADER's emphasis test)."""
    caps = sum(1 for t in tokens if t.text.isupper())
    return 0 < caps < len(tokens)


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


def _check_language(language: str) -> None:
    if language not in LANGUAGES:
        raise ValueError(f"language must be one of {LANGUAGES}, not {language!r}")


def polarity_scores(text: str, language: Language) -> dict[str, float]:
    """VADER's ``neg``, ``neu``, ``pos`` shares and ``compound`` score of ``text``."""
    _check_language(language)
    return _analyzer(language).polarity_scores(text)


def polarity(text: str, language: Language) -> float:
    """Polarity of ``text`` in [-1, 1] (VADER compound): < 0 negative, > 0 positive."""
    return polarity_scores(text, language)["compound"]


def bootstrap_interval(
    values: Sequence[float],
    *,
    weights: Sequence[float] | None = None,
    confidence: float = 0.95,
    n_boot: int = 2000,
    seed: int | None = 0,
) -> tuple[float, float]:
    """Percentile bootstrap interval of the (weighted) mean; (nan, nan) under 2 values."""
    if not 0 < confidence < 1:
        raise ValueError(f"confidence must be between 0 and 1 (exclusive), not {confidence!r}")
    if n_boot < 1:
        raise ValueError(f"n_boot must be at least 1, not {n_boot!r}")
    x = np.asarray(values, dtype=float)
    if x.size < 2:
        return (math.nan, math.nan)
    w = np.ones_like(x) if weights is None else np.asarray(weights, dtype=float)
    if w.shape != x.shape:
        raise ValueError(f"weights must match values: {w.shape} != {x.shape}")
    rng = np.random.default_rng(seed)
    # resample in chunks: n_boot x n indices at once can be large for big speakers
    chunk = max(1, 2_000_000 // x.size)
    means = []
    for start in range(0, n_boot, chunk):
        idx = rng.integers(0, x.size, size=(min(chunk, n_boot - start), x.size))
        wi = w[idx]
        total = wi.sum(axis=1)
        with np.errstate(invalid="ignore", divide="ignore"):
            means.append((x[idx] * wi).sum(axis=1) / total)
    boot = np.concatenate(means)
    boot = boot[np.isfinite(boot)]
    if boot.size == 0:
        return (math.nan, math.nan)
    tail = (1 - confidence) / 2
    low, high = np.quantile(boot, [tail, 1 - tail])
    return (float(low), float(high))


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
    _check_language(language)
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
