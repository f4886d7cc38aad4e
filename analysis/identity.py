"""Who the speakers are across a corpus: one identity, its kind and its gender.

Two steps, so that a corpus split over Dask workers gets the same answer as one process:

1. :func:`article_speakers`, per article (on the worker that has the text): each speaker's
   kind as the article writes it and the gender *clues* the article gives (an honorific
   before the name, a gendered title « la ministre » next to it, « elle »/« she » resolved
   to it, a participle agreeing with it, an acronym defined for it) — no decision yet.
2. :func:`resolve_speakers`, once over all the speakers of the corpus (the final step,
   never per partition): surname-only and titled forms (``Macron``, ``M. Macron``) join the
   one full name the corpus has for that surname; an acronym joins the organisation an
   article defines it for; each identity gets a stable ``speaker_id`` (a hash of its
   folded name), a display name, a kind and a gender decided from all its clues. A corpus
   run gathers each partition's forms as it finishes (:func:`gather_places`) and joins
   them all at the end (:func:`resolve_shares`): the identities of one pass over all rows.

Kinds: ``person``, ``organisation``, ``group`` (« des manifestants »), ``unnamed``
(« un porte-parole ») or ``unknown``. Gender (people only): ``female``, ``male`` or
``unknown`` where the clues are weak or contradict each other. Entity knowledge (what a
name is, the gender of a given name or a title) comes from :mod:`analysis.entities`;
without it, only the article's own clues count. Nothing but the text and shipped name
data is used.
"""
from __future__ import annotations

import gc
import hashlib
import re
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from itertools import product
from importlib import import_module
from typing import Any, Literal

from analysis.lang import LANGUAGES, Language
from analysis.text import fold  # the key names are compared by

__all__ = ["IDENTITY_FIELDS", "Gender", "Identity", "SpeakerKind", "annotate_article", "article_speakers",
           "PlaceShare", "decide_gender", "gather_places", "resolve_rows", "resolve_shares",
           "resolve_speakers", "speaker_id"]

SpeakerKind = Literal["person", "organisation", "group", "unnamed", "unknown"]
Gender = Literal["female", "male", "unknown"]
_GENDERS = {"f": "female", "m": "male"}
_GENDER_CODES = {v: k for k, v in _GENDERS.items()}

# Weights of one clue in one article (each kind of clue counts once per article): "title"
# (a gendered title, « présidente »), "det" (a title of either gender and its determiner,
# « la ministre »; some outlets write « le ministre » of a woman), "noun" (another noun and
# its determiner, « le conservateur X »).
_WEIGHTS = {"honorific": 3, "title": 2, "det": 2, "noun": 2, "pronoun": 2, "name": 2, "agreement": 1}
_MIN_WEIGHT = 2  # less than this: unknown (one agreement alone is too weak)
_MAJORITY = 3  # contradicting clues: the larger side must weigh this many times the smaller


@lru_cache(maxsize=None)  # once: the corpus step asks for every identity
def _entities():
    """``analysis.entities`` (entity knowledge), or None where this build lacks it."""
    try:
        return import_module("analysis.entities")
    except ImportError:
        return None


@lru_cache(maxsize=None)
def _speakers_data(language: str):
    if language not in LANGUAGES:
        raise ValueError(f"language must be 'fr' or 'en'; got {language!r}")
    return import_module(f"analysis.lang.{language}.speakers")


def _alternation(words) -> str:
    return "|".join(re.escape(w).replace("\\ ", "\\s+") for w in sorted(words, key=len, reverse=True))


@dataclass(frozen=True)
class _Rules:
    """A language's words (``analysis/lang/<code>/identity.py``) and the patterns made of them."""

    data: Any
    said: re.Pattern  # the name, a reporting verb, the reported clause's subject pronoun
    apposition: re.Pattern  # « , la ministre »
    agreement: re.Pattern | None  # « , interrogée », « a été élue »
    complement: re.Pattern  # a title's complement up to the name
    apposed: re.Pattern  # adjectives and a complement, then a comma
    object_before: re.Pattern  # a preposition just before the name
    noun_before: re.Pattern | None  # a gendered determiner and a noun
    complement_start: re.Pattern  # a blank and a preposition: where a complement starts
    title_forms: frozenset[str]  # the lowercase words that are a title (_title_word of them is one)
    language: str


@lru_cache(maxsize=None)
def _rules(language: str) -> _Rules:
    _speakers_data(language)  # checks the language
    d = import_module(f"analysis.lang.{language}.identity")
    pronouns = [p for p in _speakers_data(language).SUBJECT_PRONOUNS if _speakers_data(language).PRONOUNS.get(p)]
    aux = f"(?:(?:{_alternation(d.SAID_AUXILIARIES)})\\s+)?" if d.SAID_AUXILIARIES else ""
    verbs = _alternation(d.SAID_VERBS)
    if d.SAID_OBJECT_VERBS:
        verbs += f"|(?:{_alternation(d.SAID_OBJECT_VERBS)})\\s+\\w+"
    links = _alternation(d.SAID_LINKS)
    age = r"(?:\s*,\s*\d{1,3}\s*,)?"  # "Quina Jones, 25, said she …"
    said = re.compile(f"^{age}\\s+{aux}(?:{verbs})\\s+(?:(?:{links})\\s*)?({_alternation(pronouns)})\\b", re.IGNORECASE)
    dets = _alternation(d.APPOSITION_DETERMINERS)
    # « X, la ministre de … », or without the comma a determiner: « X le ministre des Transports »
    apposition = re.compile(f"^(?:\\s*,\\s*(?:({dets})\\s*)?|\\s+({dets})(?:(?<=['’])|\\s+))([\\w’'-]+)")
    agreement = (re.compile(f"^\\s*(?:,\\s*|\\s+(?:{_alternation(d.AGREEMENT_AUXILIARIES)})\\s+)([a-zà-ÿ]+)\\b")
                 if d.AGREEMENT_AUXILIARIES else None)
    preps = _alternation(d.COMPLEMENT_PREPOSITIONS)
    tail = f"(?:\\s+(?:{preps})\\b[^,;:.!?«»\"“”()]{{0,60}})?"
    complement = re.compile(f"^{tail}\\s*,?\\s*$")
    apposed = re.compile(f"^(?:\\s+[a-zà-ÿ-]+){{0,2}}{tail}\\s*,\\s*$")
    object_before = re.compile(f"(?:^|\\s)(?:{_alternation(d.OBJECT_PREPOSITIONS)})\\s*$", re.IGNORECASE)
    noun_before = (re.compile(f"(?:^|\\s)({_alternation(d.NOUN_DETERMINERS)})\\s+([a-zà-ÿœ-]+)\\b")
                   if d.NOUN_DETERMINERS else None)
    return _Rules(d, said, apposition, agreement, complement, apposed, object_before, noun_before,
                  re.compile(f"\\s(?:{preps})\\b"), _title_forms(_speakers_data(language).TITLES, d), language)


def _title_forms(titles: Mapping[str, Any], d: Any) -> frozenset[str]:
    """Every word :func:`_title_word` makes a title of: a title, after a prefix and a hyphen
    (« vice-ministre »), after an elided article (« l'évêque », « l’ex-ministre »); a word of
    a clause is looked up here before anything else is done with it."""
    bare = [*titles, *(f"{p}-{t}" for p in d.TITLE_PREFIXES for t in titles)]
    # an elided article as written: each of its apostrophes straight or curly
    elided = {"".join(c) for e in d.ELIDED_ARTICLES for c in product(*("'’" if ch == "'" else ch for ch in e))}
    forms = {*bare, *(e + w for e in elided for w in bare)}
    return frozenset(w for w in forms if _title_word(w, titles, d) in titles)


def speaker_id(name: str) -> str:
    """The stable id of a speaker named ``name``: 12 hex digits of the SHA-1 of its folded form."""
    return hashlib.sha1(" ".join(fold(name).split()).encode("utf-8")).hexdigest()[:12]


# --- step 1: one article ------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class ArticleSpeaker:
    """A speaker as one article presents it: its kind there and the clues it gives."""

    kind: SpeakerKind
    clues: tuple[str, ...]  # "f:honorific mme", "m:pronoun il", "aka:OMS"


def _noun_phrase_kind(phrase: str, language: str) -> SpeakerKind:
    """A lowercase speaker (« des manifestants », « un porte-parole », "officials"): a group
    when its determiner or its head is plural, else an unnamed person."""
    d = _rules(language).data
    words = phrase.lower().replace("’", "'").replace("'", "' ").split()
    if not words:
        return "unknown"
    leads = d.PLURAL_LEADS | d.SINGULAR_LEADS
    head = next((w for w in words if w not in leads), words[-1])
    plural_head = head.endswith(("s", "x")) and not head.endswith(("ss", "us", "is"))
    definite = words[0] in ("the", "les")  # "the officials", « les policiers »: many; "the spokesman": one
    if words[0] in d.PLURAL_LEADS or head in d.GROUP_WORDS or (plural_head and (definite or words[0] not in leads)):
        return "group"
    return "unnamed"


def _name_kind(name: str, language: str) -> SpeakerKind:
    entities = _entities()
    if entities is None:
        return "unknown"
    value = entities.mention_kind(name, language=language).value
    if value == "place":  # « la Russie a déclaré »: a government speaks
        return "organisation"
    return value if value in ("person", "organisation") else "unknown"


def _strip_honorific(name: str, language: str) -> tuple[str, str | None]:
    """``name`` without a leading honorific (« M. Macron » -> « Macron »), and that honorific."""
    words = name.split()
    honorifics = _speakers_data(language).HONORIFICS
    if len(words) > 1 and words[0].lower() in honorifics:
        return " ".join(words[1:]), words[0].lower()
    return name, None


# everything up to the last sentence end or quotation mark: one match (.* backtracks from the end)
_THROUGH_SENTENCE_END = re.compile(r"(?s:.*)[.!?\n«»“”\"]")
_WORD = re.compile(r"[\w’'-]+")


def _previous_word(text: str, start: int, reach: int) -> tuple[str, int]:
    """The word before ``start``, blanks after it, within the ``reach`` characters before
    ``start``, and where it starts: what ``(\\S+)\\s+$`` finds in ``text[start - reach:start]``
    (its group 1 and its start), without the pattern's tries at every character (``\\s`` is
    ``str.isspace``); ``("", start)`` where it finds nothing."""
    window = text[max(0, start - reach):start]
    stripped = window.rstrip()
    if not stripped or len(stripped) == len(window):
        return "", start
    word = stripped.rsplit(None, 1)[-1]
    return word, start - (len(window) - len(stripped) + len(word))


def _word_spans(text: str, word: str) -> list[tuple[int, int]]:
    """Where ``word`` stands in ``text`` as a whole word, not inside a longer or hyphenated
    one: what ``(?<![\\w-])word(?![\\w-])`` finds, without compiling a pattern a name."""
    spans: list[tuple[int, int]] = []
    n, size = len(text), len(word)
    i = text.find(word) if size else -1
    while i >= 0:
        j = i + size
        if (i == 0 or not _word_char(text[i - 1])) and (j == n or not _word_char(text[j])):
            spans.append((i, j))
            i = text.find(word, j)
        else:
            i = text.find(word, i + 1)
    return spans


@lru_cache(maxsize=256)  # a speaker's surname: its clues, then its sentences (_sentences_naming)
def _spans(text: str, word: str) -> tuple[tuple[int, int], ...]:
    """:func:`_word_spans`, remembered for the article's other lookups of ``word``."""
    return tuple(_word_spans(text, word))


def _word_char(c: str) -> bool:
    return c.isalnum() or c in "_-"  # re's \w (str.isalnum and "_"), and the hyphen


def _occurrences(text: str, name: str, language: str = "fr") -> list[tuple[int, int]]:
    """Where ``name`` or its last word stands in ``text`` (whole words), in text order; not
    the surname inside another full name (« Fidel Castro » for « Raúl Castro »)."""
    spans: list[tuple[int, int]] = []
    full = _spans(text, name)
    spans.extend(full)
    words = name.split()
    surname = words[-1]
    honorifics = _speakers_data(language).HONORIFICS
    if surname != name and len(surname) > 1:
        initial = _initial(words[0])
        for start, end in _spans(text, surname):
            if any(a <= start < b for a, b in full):
                continue
            word, at = _previous_word(text, start, 30)
            if word[:1].isupper() and initial and word[:1] == name[:1]:
                spans.append((at, end))  # « Nicole Belloubet » for « N. Belloubet »
                continue
            if word[:1].isupper() and word.lower() not in honorifics and word not in words:
                continue  # another person's given name, or a name of which this is a part
            spans.append((start, end))
    return sorted(spans)


def _title_clue(phrase: str, language: str) -> tuple[str, str] | None:
    entities = _entities()
    if entities is None:
        return None
    judged = entities.title_gender(phrase, language=language)
    g = _GENDER_CODES.get(judged.value)
    if not g:
        return None
    # "title présidente": the title's own form; "la ministre": its determiner only
    return g, judged.evidence if judged.evidence.startswith("title ") else f"det {judged.evidence}"


def _clause_before(text: str, start: int) -> str:
    """The 90 characters before ``start``, after the last sentence end or quotation mark among
    them: where a title or a noun of the name at ``start`` stands."""
    window = text[max(0, start - 90):start]
    through = _THROUGH_SENTENCE_END.match(window)
    return window[through.end():] if through else window


def _title_before(window: str, language: str) -> tuple[str, str] | None:
    """« la ministre de la Santé, Agnès Buzyn »: a title phrase ending just before the name
    (``window``: the clause before it, :func:`_clause_before`)."""
    rules = _rules(language)
    if rules.title_forms.isdisjoint([w.lower() for w in _WORD.findall(window)]):
        return None  # no title in the clause (most): no word looked at one by one
    titles = _speakers_data(language).TITLES
    data = rules.data
    words = list(_WORD.finditer(window))
    for k in range(len(words) - 1, -1, -1):
        w = _title_word(words[k].group().lower(), titles, data)
        if w in titles:
            rest = window[words[k].end():]
            if rest.rstrip().endswith(("-", "–", "—")):
                return None  # « le président de Renault - Nissan »: the name ends the complement
            # with adjectives before the complement, only in an apposition (a comma before the
            # name): « le président qatarien du PSG, Nasser Al-Khelaifi »
            if not (rules.complement.match(rest) or (rules.apposed.match(rest) and _plain(rest, language))):
                return None  # a verb or another name between: the title is someone else's
            det = words[k - 1].group() if k > 0 else ""
            if words[k].group().lower()[:2] in ("l'", "l’"):
                det = "l'"  # « l'évêque »: a determiner of either gender
            return _title_clue(f"{det} {w}".strip(), language)
    return None


def _noun_before(text: str, start: int, window: str, language: str) -> tuple[str, str] | None:
    """« le conservateur Mariano Rajoy », « la spécialiste des sols Christiane H. »: a
    gendered determiner, one to three lowercase words, then the name (``window``: the
    clause before it, :func:`_clause_before`)."""
    rules = _rules(language)
    if rules.noun_before is None:
        return None
    d = rules.data
    elided = _elided_noun_before(text, start, d)
    if elided:
        return elided
    found = list(rules.noun_before.finditer(window))
    if not found:
        return None
    m = found[-1]
    noun = m.group(2)
    titles = _speakers_data(language).TITLES
    if noun not in titles and not noun.endswith(d.PERSON_NOUN_ENDINGS):
        return None  # « la campagne, Donald Trump … »: not a noun for a person (tested first: the cheapest)
    rest = window[m.end():]
    if noun in d.NOT_IN_NOUN_PHRASE or rules.object_before.search(window[:m.start(1)]):
        return None  # « maire de la ville, X », « par la voix de X »: the noun is no apposition
    # « le conservateur Mariano Rajoy », « le manager du Liverpool, Jürgen Klopp »
    if not (_LOWER_WORDS.fullmatch(rest) and _plain(rest, language)) \
            and not rules.complement.match(rest) and not (rules.apposed.match(rest) and _plain(rest, language)):
        return None
    g = d.NOUN_DETERMINERS[m.group(1)]
    epicene = noun in titles and titles[noun] is None
    # a title of either gender is told by the determiner only; any other noun by its agreement too
    return g, f"{'det' if epicene else 'noun'} {m.group(1)} {noun}"


_LOWER_WORDS = re.compile(r"(?:\s+[a-zà-ÿ-]+){0,2}\s*")  # « le conservateur Mariano Rajoy »


def _elided_noun_before(text: str, start: int, d: Any) -> tuple[str, str] | None:
    """« l'entraîneur Patrice X », « l'écrivaine Y »: an elided article, whose gender is not
    told, then a noun whose ending tells it (``ELIDED_NOUN_ENDINGS``), right before the name."""
    word = _previous_word(text, start, 40)[0].lower().replace("’", "'")
    if word[:2] not in d.ELIDED_ARTICLES or not word[2:].isalpha():
        return None
    noun = word[2:]
    for ending, g in d.ELIDED_NOUN_ENDINGS:
        if noun.endswith(ending) and len(noun) > len(ending) + 2:
            return g, f"noun {word}"
    return None


def _first_name_alone(text: str, name: str, language: str) -> tuple[str, str] | None:
    """« Stéphanie, 42 ans, raconte … »: a speaker named by a given name alone (where the
    language's press does so, ``FIRST_NAME_ALONE``), a name of the written list that the article
    never writes after another name (« Jean Martin »: a surname there)."""
    if not _rules(language).data.FIRST_NAME_ALONE or " " in name or not name[:1].isupper():
        return None
    g = _written_first_names(language).get(fold(name).split("-", 1)[0])
    if not g:
        return None
    for start, _ in _word_spans(text, name):
        before = _previous_word(text, start, 30)[0]
        if before[:1].isupper() and not before.endswith((".", ":", "»", "”")):
            return None
    return g, f"name {fold(name)}"


@lru_cache(maxsize=None)
def _written_first_names(language: str) -> Mapping[str, str]:
    return import_module(f"analysis.lang.{language}.first_names").FIRST_NAMES


def _apposed_noun(det: str | None, word: str, d: Any) -> tuple[str, str] | None:
    """« X, la cofondatrice de … », « X, chercheuse au CNRS »: a noun for a person in apposition,
    told by its gendered determiner, or without one by an ending only a noun or an adjective of
    that gender has (``APPOSED_NOUN_ENDINGS``; never « -ant », which adverbs end with too)."""
    word = word.lower()
    if det and det.lower() in d.NOUN_DETERMINERS:
        if word.endswith(d.PERSON_NOUN_ENDINGS) and word not in d.NOT_IN_NOUN_PHRASE:
            return d.NOUN_DETERMINERS[det.lower()], f"noun {det.lower()} {word}"
        return None
    if det:
        return None
    for ending, g in d.APPOSED_NOUN_ENDINGS:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            return g, f"noun {word}"
    return None


def _plain(rest: str, language: str) -> bool:
    """No verb-like or linking word among the lowercase words before the complement."""
    rules = _rules(language)
    d = rules.data
    head = rules.complement_start.split(rest, maxsplit=1)[0]
    return not any(w in d.NOT_IN_NOUN_PHRASE for w in head.replace(",", " ").split())


def _title_word(word: str, titles: Mapping[str, Any], d: Any) -> str:
    """``word`` as the title list has it: « l'évêque » -> « évêque », « vice-ministre » ->
    « ministre », « ex-présidente » -> « présidente » (``d``: the language's identity words)."""
    if word.replace("’", "'")[:2] in d.ELIDED_ARTICLES:
        word = word[2:]
    if word not in titles and "-" in word:
        head, rest = word.split("-", 1)
        if head in d.TITLE_PREFIXES and rest in titles:
            return rest
    return word


def _clues_at(text: str, start: int, end: int, language: str) -> set[tuple[str, str]]:
    """The gender clues around one occurrence of a name at ``text[start:end]``."""
    found: set[tuple[str, str]] = set()
    data = _speakers_data(language)
    word = _previous_word(text, start, 20)[0].lower()
    g = data.HONORIFICS.get(word) if word else None
    if g:
        found.add((g, f"honorific {word}"))
    # « la clause de rachat de Neymar », "the wife of X": a complement, no title of X
    rules = _rules(language)
    if not rules.object_before.search(text[max(0, start - 12):start]):
        window = _clause_before(text, start)
        title = _title_before(window, language)
        if title:
            found.add(title)
        else:
            noun = _noun_before(text, start, window, language)
            if noun:
                found.add(noun)
    after = text[end:end + 80]
    if after[:1] == "," or after[:1].isspace():  # what the three patterns after a name open with
        _clues_after(after, rules, data, found)
    return found


def _clues_after(after: str, rules: _Rules, data: Any, found: set[tuple[str, str]]) -> None:
    """The clues ``after`` a name gives (its 80 characters, which open with a blank or a
    comma), added to ``found``: an apposition, a reported clause's pronoun, an agreement."""
    language = rules.language
    appo = rules.apposition.match(after)
    if appo:
        title = _title_clue(" ".join(filter(None, appo.groups())), language)
        if title:
            found.add(title)
        elif not appo.group(2):  # without a comma only a title: « X le qualifiant » is a pronoun
            noun = _apposed_noun(appo.group(1), appo.group(3), rules.data)
            if noun:
                found.add(noun)
    said = rules.said.match(after)
    if said:  # "Sullivan says he …", « X estime qu'elle … »: the subject's own pronoun
        g = data.PRONOUNS.get(said.group(1).lower())
        if g:
            found.add((g, f"pronoun {said.group(1).lower()}"))
    agree = rules.agreement.match(after) if rules.agreement else None
    if agree:
        word = agree.group(1)
        if word.endswith(rules.data.FEMININE_PARTICIPLE_ENDINGS) and len(word) > 4:
            found.add(("f", f"agreement {word}"))
        elif word.endswith(rules.data.MASCULINE_PARTICIPLE_ENDINGS) and len(word) > 4:
            found.add(("m", f"agreement {word}"))


# what ends a sentence: r"[.!?]+[»”\"]?\s+|\n+", written to open with one character class
# (re then skips the other characters at once: five times as fast on an article)
_SENTENCE_BREAK = re.compile(r"[.!?\n](?:(?<=\n)\n*|[.!?]*[»”\"]?\s+)")


@lru_cache(maxsize=8)  # the same article's sentences, for each of its speakers
def _sentences(text: str) -> tuple[list[int], list[int]]:
    """The starts and the ends of the sentences of ``text``: sentence ``i`` is
    ``text[starts[i]:ends[i]]``, its final punctuation and the blanks after it included."""
    ends = [m.end() for m in _SENTENCE_BREAK.finditer(text)]
    starts = [0, *ends]
    if starts[-1] < len(text):
        ends.append(len(text))
    else:
        starts.pop()
    return starts, ends


@lru_cache(maxsize=256)  # an article's speakers are each other's rivals: each looked for once
def _sentences_naming(text: str, word: str) -> frozenset[int]:
    """The sentences of ``text`` (``_sentences``) where ``word`` stands; a name is one word,
    so it never straddles a sentence end."""
    starts = _sentences(text)[0]
    return frozenset(bisect_right(starts, a) - 1 for a, _ in _spans(text, word))


@lru_cache(maxsize=None)
def _gendered_subjects(language: str) -> Mapping[str, str]:
    """The language's gendered subject pronouns (« elle », "he") -> "f" or "m"."""
    data = _speakers_data(language)
    return {p: g for p, g in data.PRONOUNS.items() if g and p in data.SUBJECT_PRONOUNS}


def _pronoun_clues(text: str, name: str, others: Sequence[str], language: str) -> set[tuple[str, str]]:
    """« X a annoncé … . Elle a … »: a sentence naming X first, then one opening with a
    gendered subject pronoun, no other speaker of the article named in between."""
    pronouns = _gendered_subjects(language)
    surname = name.split()[-1]
    rivals = [o.split()[-1] for o in others if o.split()[-1] != surname]
    found: set[tuple[str, str]] = set()
    starts, ends = _sentences(text)
    rival_sentences = set().union(*(_sentences_naming(text, r) for r in rivals))
    for i in sorted(_sentences_naming(text, surname) - rival_sentences):
        if i + 1 >= len(starts):
            continue
        word = _opening_subject(text[starts[i + 1]:ends[i + 1]], pronouns, _common_words(language))
        if word in pronouns:
            found.add((pronouns[word], f"pronoun {word}"))
    return found


_INTRO = re.compile(r"([\w’'-]+(?:\s+[\w’'-]+){0,3})\s*,\s*([\w’'-]+)")


def _opening_subject(sentence: str, pronouns: Mapping[str, Any], common: frozenset[str]) -> str:
    """The pronoun a sentence opens with, lowercased, or else the word after a short opening
    phrase and a comma whose words are lowercase or ``common`` (« Mardi matin, elle … », "On
    Thursday, she …"; not "According to Smith, she …"): where the subject pronoun stands."""
    sentence = sentence.lstrip()
    first = _WORD.match(sentence)
    word = first.group().lower() if first else ""
    if word in pronouns or "," not in sentence[:60]:
        return word
    intro = _INTRO.match(sentence)
    if intro and not any(w[:1].isupper() and w.lower() not in common for w in intro.group(1).split()[1:]):
        return intro.group(2).lower()
    return word


@lru_cache(maxsize=None)
def _common_words(language: str) -> frozenset[str]:
    """Capitalised words that name nobody (months, days: ``NOT_NAMES`` of the language's entities)."""
    try:
        return frozenset(w.lower() for w in import_module(f"analysis.lang.{language}.entities").NOT_NAMES)
    except (ImportError, AttributeError):
        return frozenset()


def article_speakers(text: str, quotes: Sequence[Any], *, language: Language) -> dict[str, ArticleSpeaker]:
    """Each named speaker of one article's ``quotes`` (:class:`~analysis.quotes.Quote`
    records or rows with ``speaker`` and ``mention``): its kind and its gender clues there."""
    mentions: dict[str, list[str]] = defaultdict(list)
    for q in quotes:
        speaker = _get(q, "speaker")
        if speaker:
            mentions[speaker].append(_get(q, "mention") or "")
    # only named speakers are looked up among the acronyms' words (_one_speaker)
    named = [_strip_honorific(s, language)[0] for s in mentions if not s[:1].islower()]
    acronyms = _acronyms(text, language) if named and _may_define(text, named) else {}
    data = _speakers_data(language)
    out: dict[str, ArticleSpeaker] = {}
    for speaker, said in mentions.items():
        out[speaker] = _one_speaker(text, speaker, said, [s for s in mentions if s != speaker], acronyms,
                                    data, language)
    return out


def _one_speaker(text: str, speaker: str, mentions: list[str], others: list[str], acronyms: dict[str, str],
                 data: Any, language: str) -> ArticleSpeaker:
    if speaker[:1].islower():  # « un porte-parole », « des manifestants »: no name
        kind = _noun_phrase_kind(speaker, language)
        clues: set[tuple[str, str]] = set()
        if kind == "unnamed":
            title = _title_clue(speaker, language)
            if title:
                clues.add(title)
        return ArticleSpeaker(kind, _encode(clues))
    name, honorific = _strip_honorific(speaker, language)
    clues = set()
    if honorific and data.HONORIFICS.get(honorific):
        clues.add((data.HONORIFICS[honorific], f"honorific {honorific}"))
    for start, end in _occurrences(text, name, language):
        clues |= _clues_at(text, start, end, language)
    clues |= _pronoun_clues(text, name, others, language)
    alone = _first_name_alone(text, name, language)
    if alone:
        clues.add(alone)
    entities = _entities()
    for mention in mentions:  # « elle » or « la ministre » that the engine resolved to this name
        low = mention.lower().strip()
        g = data.PRONOUNS.get(low)
        if g:
            clues.add((g, f"pronoun {low}"))
        elif entities is not None and entities.unnamed(mention, language=language):
            continue  # « un porte-parole de X »: somebody not named, never this named speaker
        elif low and low != name.lower() and mention[:1].islower():
            title = _title_clue(mention, language)
            if title:
                clues.add(title)
    kind = _name_kind(name, language)
    said = {m.lower().strip() for m in mentions}
    if kind == "unknown" and (clues or said & set(data.PRONOUNS)):
        kind = "person"  # an honorific, a gendered title or « il »/« elle »: a person
    aka = {acr for acr, full in acronyms.items() if fold(full) == fold(name)}
    if aka:
        kind = "organisation" if kind == "unknown" else kind
    return ArticleSpeaker(kind, _encode(clues) + tuple(f"aka:{a}" for a in sorted(aka)))


_ACRONYM = re.compile(r"\(\s*[A-Z]{2,8}\s*\)")


def _acronyms(text: str, language: str) -> dict[str, str]:
    """The acronyms ``text`` defines in parentheses (the engine's test), acronym -> words."""
    if not _ACRONYM.search(text):
        return {}
    from analysis.quotes.cues import cues_for
    from analysis.quotes.marks import find_quoted_spans
    from analysis.quotes.scan import scan
    from analysis.quotes.speakers import _acronym_definitions

    cues = cues_for(language)
    tokens = scan(text, find_quoted_spans(text), cues.follow_words, cues.watch_words, cues.past_suffixes,
                  cues.token_rules)
    return _acronym_definitions(tokens, cues)


# "(OMS)": an opening bracket, one word of 2 to 8 letters, a closing one (blanks allowed
# inside): where an acronym can be defined (_acronym_definitions' tokens "(", ACR, ")")
_BRACKETED_WORD = re.compile(r"\([^\S\n]*[^\W\d_]{2,8}[^\S\n]*\)")


def _may_define(text: str, names: Sequence[str]) -> bool:
    """False only where no acronym ``text`` defines can be one of ``names``, which spares
    :func:`_acronyms` a scan of the text. A definition's words end right before its bracket
    (the engine's tokens tile the text, blanks between them), and :func:`fold` works one
    character at a time (but for « Σ », whose lowercase depends on its neighbours), so
    ``fold(name) == fold(words)`` needs the fold of the text before the bracket to end with
    ``fold(name)`` (its last character first, then as many as that takes). The acronym is
    capitals only, and the first word's first letter, lowercased, is the acronym's: the
    name's fold starts with that letter's."""
    if "Σ" in text:
        return True
    keys = {fold(name) for name in names}
    for m in _BRACKETED_WORD.finditer(text):
        acronym = m.group()[1:-1].strip()
        if not (acronym.isupper() and acronym.isalpha()):
            continue
        before = text[max(0, m.start() - 64):m.start()].rstrip()
        last = fold(before[-1]) if before else ""
        if not last:  # nothing before, or a mark that folds to nothing: no telling
            return True
        first = fold(acronym.lower()[0])
        end = m.start() - 64 + len(before) if m.start() > 64 else len(before)
        if any(key.startswith(first) and key.endswith(last) and _folds_to(text, end, key) for key in keys):
            return True
    return False


def _folds_to(text: str, end: int, key: str) -> bool:
    """Whether ``fold(text[:end])`` ends with ``key``, folding no more of it than that needs
    (fold works one character at a time: a character folds to none, one or more)."""
    size = len(key)
    while True:
        start = max(0, end - size)
        folded = fold(text[start:end])
        if len(folded) >= len(key) or start == 0:
            return folded.endswith(key)
        size *= 2


def _encode(clues: set[tuple[str, str]]) -> tuple[str, ...]:
    return tuple(sorted(f"{g}:{cue}" for g, cue in clues if g in ("f", "m")))


def _get(record: Any, key: str) -> Any:
    return record.get(key) if isinstance(record, Mapping) else getattr(record, key, None)


# --- step 2: the corpus --------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Identity:
    """One speaker over the corpus."""

    speaker_id: str
    name: str  # display name: the most quoted full form
    kind: SpeakerKind
    gender: Gender | None  # None for anything but a person
    evidence: str  # why that gender: the clues summed over the articles


def decide_gender(weights: Mapping[str, float]) -> Gender:
    """``female``/``male`` from summed clue weights (``{"f": 5, "m": 0}``); ``unknown`` when
    they are too weak or contradict each other."""
    f, m = weights.get("f", 0), weights.get("m", 0)
    major, minor = max(f, m), min(f, m)
    if major < _MIN_WEIGHT or f == m:
        return "unknown"
    if minor and (major < _MAJORITY * minor or major - minor < _MAJORITY):
        return "unknown"
    return "female" if f > m else "male"


@dataclass(slots=True)
class _Form:
    """A distinct speaker form of the corpus (an article's canonical name) and what it carries."""

    form: str
    key: tuple[str, ...]  # folded words, honorific dropped
    kind: SpeakerKind
    quotes: int = 0
    articles: set[str] | None = None
    clues: dict[str, int] | None = None  # "f:honorific mme" -> articles giving it
    weights: dict[tuple[str, str], int] | None = None  # ("f", "honorific") -> articles giving one such clue
    aka: set[str] | None = None
    language: str = "fr"
    name: str = ""  # the form without its honorific
    plain: bool = False  # two words or more, no initial, no role (« L'avocate de X »): a full name unless an organisation


_INITIALS = re.compile(r"(\w\.-?)+")  # « J.-P. », "J.R."


def _initial(word: str) -> bool:
    # an initial of several letters has a dot: the pattern only where there is one
    return len(word.rstrip(".")) == 1 or ("." in word and bool(_INITIALS.fullmatch(word)))


def _in_order(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """Every word of ``short`` is a word of ``full``, in order: :func:`_compatible` of a
    ``short`` without initials whose last word is a word of ``full`` past its first."""
    k = 0
    for w in short:
        try:
            k = full.index(w, k) + 1
        except ValueError:
            return False
    return True


def _compatible(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """Every word of ``short`` is a word of ``full`` or an initial of one, in order, and
    ``short`` ends with a word of ``full`` past its first (a surname)."""
    if not short or short[-1] not in full[1:]:
        return False
    k = 0
    for w in short:
        while k < len(full) and not (full[k] == w or (_initial(w) and full[k].startswith(w[0]))):
            k += 1
        if k == len(full):
            return False
        k += 1
    return True


def resolve_speakers(records: Iterable[Mapping[str, Any]]) -> dict[tuple[str, str], Identity]:
    """Identities of a corpus's speakers. ``records``: one a quote, with ``article_id``,
    ``speaker`` (the article's form), ``speaker_kind`` and ``speaker_clues`` (from
    :func:`article_speakers`) and ``language``; or one a speaker of an article with, in
    ``quotes``, how many quotes it stands for (the same identities, from fewer records).
    Returns ``(article_id, speaker)`` -> :class:`Identity`. Deterministic whatever the
    order of ``records``."""
    rows = [(r.get("article_id"), r.get("speaker"), r.get("speaker_clues"), r.get("speaker_kind"),
             r.get("language"), r.get("quotes")) for r in records]
    identities, index = resolve_shares([gather_places(rows, alone=False)])
    return {(str(a), s): identities[i] for (a, s, *_), i in zip((r for r in rows if r[1]), index)}


# a record as a corpus reads it by columns, without a dict a record
_Place = tuple[Any, Any, Any, Any, Any, Any]  # article_id, speaker, speaker_clues, speaker_kind, language, quotes


@dataclass(frozen=True, slots=True)
class PlaceShare:
    """The places of one share of a corpus (a partition's), gathered as far as they can be
    without the others: the forms they give, each row's form, and each form's identity were
    it alone in the corpus (most are). :func:`resolve_shares` joins the shares; a corpus
    gathers each partition's as it finishes, while the others are analysed."""

    forms: dict[str, _Form]
    keys: list[str]  # each row's form (with a speaker), in order
    alone: dict[str, Identity]


def gather_places(rows: Iterable[_Place], *, alone: bool = True) -> PlaceShare:
    """The :class:`PlaceShare` of ``rows``: records of :func:`resolve_speakers` as tuples
    ``(article_id, speaker, speaker_clues, speaker_kind, language, quotes)``;
    ``alone=False``: without the identities of forms alone."""
    with _gc_paused():
        forms, keys = _forms(rows)
        return PlaceShare(forms, keys, {k: _identity([f]) for k, f in forms.items()} if alone else {})


def resolve_shares(shares: Sequence[PlaceShare]) -> tuple[list[Identity], list[int]]:
    """The identities of the rows of all ``shares``, in order (shares of a corpus: no
    article in two of them), and for each row with a speaker the place of its identity among
    them. The forms of all the shares are joined here, over the whole corpus, so the
    identities are those of one pass over all the rows whatever the shares."""
    with _gc_paused():
        forms, keys, alone = _merged(shares)
        root = _join(forms)
        members: dict[str, list[str]] = defaultdict(list)
        for fkey in forms:
            members[root[fkey]].append(fkey)
        at = {r: i for i, r in enumerate(members)}
        # a form alone in its identity and in its share: the identity its share found
        identities = [alone[ks[0]] if len(ks) == 1 and ks[0] in alone else _identity([forms[k] for k in ks])
                      for ks in members.values()]
        return identities, [at[root[fkey]] for fkey in keys]


def _merged(shares: Sequence[PlaceShare]) -> tuple[dict[str, _Form], list[str], dict[str, Identity]]:
    """The forms of ``shares`` as :func:`_forms` gives them over all their rows, each row's
    form, and the identities alone of the forms of one share only (the others changed)."""
    if len(shares) == 1:
        return shares[0].forms, shares[0].keys, shares[0].alone
    forms: dict[str, _Form] = {}
    keys: list[str] = []
    alone: dict[str, Identity] = {}
    copied: set[str] = set()
    for share in shares:
        keys.extend(share.keys)
        for k, f in share.forms.items():
            g = forms.get(k)
            if g is None:
                forms[k] = f
                if k in share.alone:
                    alone[k] = share.alone[k]
                continue
            if k not in copied:  # the shares' own forms stay as they are
                g = forms[k] = _Form(g.form, g.key, g.kind, g.quotes, set(g.articles), dict(g.clues),
                                     dict(g.weights), set(g.aka), g.language, g.name, g.plain)
                copied.add(k)
                alone.pop(k, None)
            _add_form(g, f)
    return forms, keys, alone


def _add_form(g: _Form, f: _Form) -> None:
    """Form ``f`` of a later share added to ``g``, as its rows would have been by :func:`_forms`."""
    if not g.articles.isdisjoint(f.articles):  # each article's clues count once: shares must not overlap
        raise ValueError(f"two shares of places hold the same article for speaker {g.form!r}")
    g.quotes += f.quotes
    g.articles |= f.articles
    for c, n in f.clues.items():
        g.clues[c] = g.clues.get(c, 0) + n
    for w, n in f.weights.items():
        g.weights[w] = g.weights.get(w, 0) + n
    g.aka |= f.aka
    if g.kind == "unknown" and f.kind != "unknown":
        g.kind = f.kind


@contextmanager
def _gc_paused() -> Iterator[None]:
    """No cyclic garbage collection meanwhile: a corpus's hundreds of thousands of forms,
    each with its sets and dicts, made the collector walk them all again and again (a third
    of the identity step's time); what they hold has no cycles, freed as ever when dropped."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _forms(rows: Iterable[_Place]) -> tuple[dict[str, _Form], list[str]]:
    """The distinct speaker forms of ``rows`` (see :func:`gather_places`), each with the
    quotes, articles and clues it gathers, and for each row with a speaker the key of its form."""
    forms: dict[str, _Form] = {}
    places: list[str] = []
    for article, speaker, clues, given_kind, language, quotes in rows:
        if not speaker:
            continue
        article = str(article)
        # the article's own judgement (kept in the clues: speaker_kind is the corpus's)
        own, aka, counted, kinds = _parsed_clues(clues if isinstance(clues, str) or not clues else tuple(clues))
        kind = own or given_kind or "unknown"
        if language not in LANGUAGES:
            language = "fr"
        # unnamed speakers and groups are other people in every article: keyed by article
        fkey = f"{article}\x00{speaker}" if kind in ("unnamed", "group") else speaker
        places.append(fkey)
        f = forms.get(fkey)
        if f is None:
            name, _ = _strip_honorific(speaker, language)
            key = tuple(fold(name).split())
            plain = len(key) > 1 and not any(map(_initial, key)) and not _role_form(key, language)
            f = forms[fkey] = _Form(speaker, key, kind, 0, set(), {}, {}, set(), language, name, plain)
        f.quotes += quotes or 1
        if article not in f.articles:
            f.articles.add(article)
            # each clue counts the articles giving it, each kind of clue (("f", "honorific"))
            # once an article: repeating it proves nothing more
            if aka:
                f.aka.update(aka)
            counts, weights = f.clues, f.weights
            for c in counted:
                counts[c] = counts.get(c, 0) + 1
            for k in kinds:
                weights[k] = weights.get(k, 0) + 1
        if f.kind == "unknown" and kind != "unknown":
            f.kind = kind
    return forms, places


@lru_cache(maxsize=4096)  # a corpus has a few hundred distinct strings of clues
def _parsed_clues(clues: str | tuple[str, ...] | None) -> tuple[str | None, tuple[str, ...], tuple[str, ...],
                                                                 tuple[tuple[str, str], ...]]:
    """An article's clues of a speaker (``kind:person;f:honorific mme;aka:OMS``, or their
    list) as what :func:`_forms` adds up: the kind they give, the acronyms, the gender clues
    (each as often as written) and the kinds of gender clue (``("f", "honorific")``, once each)."""
    items = (clues.split(";") if isinstance(clues, str) else clues) if clues else ()
    aka: list[str] = []
    counted: list[str] = []
    for c in items:
        if c.startswith("aka:"):
            aka.append(c[4:])
        elif not c.startswith("kind:") and ":" in c:
            counted.append(c)
    kinds = {(g, cue.split(" ", 1)[0]) for g, cue in (c.split(":", 1) for c in counted)}
    return _article_kind(items), tuple(aka), tuple(counted), tuple(sorted(kinds))


def _article_kind(clues: Sequence[str]) -> str | None:
    """The kind an article's clues give (``kind:person``), or None; written first by
    :func:`annotate_article`."""
    return next((c[5:] for c in clues if c.startswith("kind:")), None)


def _join(forms: dict[str, _Form]) -> dict[str, str]:
    """Each form's representative: the full name a short or titled form stands for, an
    organisation an acronym stands for, else the form itself."""
    root = {k: k for k in forms}
    named = {k: f for k, f in forms.items() if f.key and f.kind not in ("unnamed", "group")}
    # full names: two words or more, no initial; a full name inside exactly one longer one joins it
    full = {k: f for k, f in named.items() if f.plain and f.kind != "organisation"}
    by_word: dict[str, list[str]] = defaultdict(list)
    # (a word, a later word) -> the full names holding both: a full name can only be inside
    # one holding its first and last words in order (a common surname's many others are skipped)
    by_ends: dict[tuple[str, str], list[str]] = defaultdict(list)
    by_length: dict[int, list[str]] = defaultdict(list)
    for k, f in full.items():
        key = f.key
        for w in set(key[1:]):
            by_word[w].append(k)
        n = len(key)
        by_length[n].append(k)
        for pair in ((key,) if n == 2 else {(key[i], key[j]) for i in range(n) for j in range(i + 1, n)}):
            by_ends[pair].append(k)
    for n in sorted(by_length, reverse=True):  # longest first: chains end at the top
        for k in sorted(by_length[n]):
            f = full[k]
            holders = by_ends[(f.key[0], f.key[-1])]
            if len(holders) == 1:  # itself only (most names): nothing to join
                continue
            wider = {root[o] for o in holders if len(full[o].key) > n and _in_order(f.key, full[o].key)}
            if len(wider) == 1:
                root[k] = wider.pop()
    # short forms (a surname, initials): the one identity of full names they fit, gender permitting
    totals = _GroupWeights(forms, root)
    # those with a full name of their surname only (the others fit none), in order
    for k in sorted(k for k, f in named.items() if f.key[-1] in by_word and k not in full and f.kind != "organisation"):
        f = named[k]
        fits = {root[o] for o in by_word[f.key[-1]] if _compatible(f.key, full[o].key)}
        if len(fits) > 1:
            g = decide_gender(_weights(f.weights))
            if g != "unknown":
                fits = {r for r in fits if decide_gender(_weights(totals.of(r))) in (g, "unknown")}
        if len(fits) == 1:
            root[k] = fits.pop()
            totals.join(k, root[k])
    # acronyms: « OMS » joins the organisation an article defines it for, when only one
    defined: dict[str, set[str]] = defaultdict(set)
    for k, f in named.items():
        for a in f.aka:
            defined[a].add(root[k])
    if defined:
        for k, f in named.items():
            if f.form in defined and len(defined[f.form]) == 1 and root[k] == k:
                root[k] = next(iter(defined[f.form]))
    return {k: _top(root, k) for k in root}


def _role_form(key: tuple[str, ...], language: str) -> bool:
    """« L'avocate de Jean-Marc Morandini », "The wife of X": a role named after someone
    (capitalised at a sentence start), never a wider form of that someone's name."""
    d = _rules(language).data
    return key[0] in d.ROLE_DETERMINERS or key[0][:2] in d.ELIDED_ARTICLES


def _top(root: dict[str, str], k: str) -> str:
    """The top of ``k``'s chain of representatives."""
    r = root[k]
    if r == k or root[r] == r:  # most forms: their own top, or one step from it
        return r
    seen = set()
    while root[k] != k and k not in seen:
        seen.add(k)
        k = root[k]
    return k


class _GroupWeights:
    """The summed clue weights of an identity's forms, kept up to date as short forms join:
    each identity's forms listed once, summed when first asked for (a pass over every form
    for each short form that fits several full names was quadratic on a large corpus)."""

    def __init__(self, forms: dict[str, _Form], root: dict[str, str]) -> None:
        self.forms = forms
        self.members: dict[str, list[str]] = defaultdict(list)
        for k in root:
            self.members[_top(root, k)].append(k)
        self.totals: dict[str, Counter] = {}

    def of(self, r: str) -> Counter:
        """The weights of identity ``r`` (a top of ``root``)."""
        if r not in self.totals:
            total: Counter = Counter()
            for k in self.members[r]:
                total.update(self.forms[k].weights)
            self.totals[r] = total
        return self.totals[r]

    def join(self, k: str, r: str) -> None:
        """The form ``k``, an identity alone so far, joins identity ``r``."""
        moved = self.members.pop(k, [])
        self.members[r].extend(moved)
        if r in self.totals:
            for m in moved:
                self.totals[r].update(self.forms[m].weights)


def _weights(kinds: Mapping[tuple[str, str], int]) -> dict[str, float]:
    """Summed weights of ``{(gender, kind of clue): articles}``."""
    out: dict[str, float] = {"f": 0, "m": 0}
    for (g, kind), articles in kinds.items():
        if g in out:
            out[g] += _WEIGHTS.get(kind, 1) * articles
    return out


_KIND_ORDER = {"person": 0, "organisation": 1, "unnamed": 2, "group": 3, "unknown": 4}


def _identity(members: list[_Form]) -> Identity:
    if len(members) == 1:  # most identities: one form, its own kind, clues and weights
        top = shown = members[0]
        kind, clues, weights = top.kind, top.clues, top.weights
    else:
        top = max(members, key=lambda f: (f.quotes, len(f.key), f.kind != "unknown", f.form))
        full = [f for f in members if len(f.key) > 1] or members
        shown = max(full, key=lambda f: (f.quotes, len(f.key), f.form))
        kind, clues, weights = _summed(members)
    name = shown.form if shown.kind in ("unnamed", "group") else shown.name
    evidence = [f"{c} ({n} article{'s' if n > 1 else ''})" for c, n in sorted(clues.items())] if clues else []
    entities = _entities()
    if kind in ("person", "unknown", "unnamed") and entities is not None and shown.kind not in ("unnamed", "group"):
        given = entities.person_gender(name, language=shown.language)
        g = _GENDER_CODES.get(given.value)
        if g and given.evidence.startswith("given name"):
            weights = Counter(weights)  # a copy: a form's own weights stay its own
            weights[(g, "name")] += 1  # once: the name is the same in every article
            evidence.append(f"{g}:{given.evidence}")
            if kind == "unknown":
                kind = "person"
    gender: Gender | None = decide_gender(_weights(weights)) if kind in ("person", "unnamed") else None
    key = top.form if top.kind in ("unnamed", "group") else name
    sid = speaker_id(key if kind not in ("unnamed", "group") else f"{sorted(top.articles)[0]}|{key}")
    return Identity(sid, name, kind, gender, "; ".join(evidence))


def _summed(members: list[_Form]) -> tuple[SpeakerKind, Counter, Counter]:
    """The kind most of the forms' quotes give (a known one before "unknown"), and their
    clues and weights summed."""
    kinds: Counter = Counter()
    for f in members:
        kinds[f.kind] += f.quotes
    known = [k for k in kinds if k != "unknown"]
    kind = min(known, key=lambda k: (-kinds[k], _KIND_ORDER[k])) if known else "unknown"
    clues: Counter = Counter()
    weights: Counter = Counter()
    for f in members:
        clues.update(f.clues)
        weights.update(f.weights)
    return kind, clues, weights


# --- rows of quotes: what `newsquotes quotes` and `newsquotes corpus` write ------------------

IDENTITY_FIELDS = ["speaker_id", "speaker_name", "speaker_kind", "speaker_gender", "speaker_clues"]
"""The columns a quote row gets: the speaker's id and display name over the corpus, its kind,
its gender, and the article's clues (``kind:person;f:honorific mme;aka:OMS``)."""


def annotate_article(rows: list[dict], text: str, *, language: Language, resolve: bool = True) -> list[dict]:
    """Add :data:`IDENTITY_FIELDS` to one article's quote rows, in place: the clues now,
    the identity as this article alone tells it (:func:`resolve_rows` over the corpus
    replaces it). ``resolve=False``: the clues only, the identity fields left None (a corpus
    run resolves them over all articles at the end)."""
    found = article_speakers(text, rows, language=language)
    for row in rows:
        spoken = found.get(row.get("speaker") or "")
        row["speaker_clues"] = ";".join((f"kind:{spoken.kind}", *spoken.clues)) if spoken else None
    if not resolve:
        for row in rows:
            row.update(speaker_id=None, speaker_name=None, speaker_kind=None, speaker_gender=None)
        return rows
    return resolve_rows(rows)


def resolve_rows(rows: list[dict]) -> list[dict]:
    """Set ``speaker_id``, ``speaker_name``, ``speaker_kind`` and ``speaker_gender`` of quote
    rows (with ``speaker_clues`` from :func:`annotate_article`) from the identities of all of
    them, in place: give it every row of the corpus at once."""
    identities = resolve_speakers(rows)
    for row in rows:
        who = identities.get((str(row.get("article_id")), row.get("speaker"))) if row.get("speaker") else None
        row["speaker_id"] = who.speaker_id if who else None
        row["speaker_name"] = who.name if who else None
        row["speaker_kind"] = who.kind if who else None
        row["speaker_gender"] = who.gender if who else None
    return rows
