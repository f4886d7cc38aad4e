"""Entity knowledge: is a name a person, an organisation, a place or none of these, and
what gender does a person have where the name or its title says it.

Each answer is a :class:`Judgement`: the value and the evidence it rests on, so that a
caller (the speaker scorer of ``analysis.quotes.attribution``, a per-corpus speaker table)
can show why. Lexical knowledge only: the words of ``analysis/lang/<code>/entities.py``
(organisation heads and words, places, words that are no names), the honorifics and
titles of ``analysis/lang/<code>/speakers.py`` and the given names of
``analysis/lang/<code>/first_names.py``. What an article adds (a pronoun that refers to
the name, a title given in the text) is the caller's evidence to weigh.

    >>> mention_kind("Ministère de la Défense", language="fr").value
    'organisation'
    >>> person_gender("Agnès Buzyn", language="fr")
    Judgement(value='female', evidence='given name agnes')
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import import_module
from importlib.resources import files
from typing import Literal, NamedTuple

from analysis.lang import LANGUAGES, Language
from analysis.text import fold as _fold

__all__ = ["EntityKind", "Gender", "Judgement", "NameStats", "has_name_stats", "mention_kind", "name_stats", "person_gender", "title_gender",
           "unnamed"]

EntityKind = Literal["person", "organisation", "place", "none", "unknown"]
Gender = Literal["female", "male", "unknown"]
_GENDER_NAMES: dict[str | None, Gender] = {"m": "male", "f": "female", None: "unknown"}


@dataclass(frozen=True, slots=True)
class Judgement:
    """A value and the evidence for it ("given name agnes", "organisation head ministère")."""

    value: str
    evidence: str


@dataclass(frozen=True, slots=True)
class _Lexicon:
    org_heads: frozenset[str]
    org_words: frozenset[str]
    places: frozenset[str]
    not_names: frozenset[str]
    documents: frozenset[str]
    indefinites: frozenset[str]
    verb_endings: tuple[str, ...]
    honorifics: dict[str, str | None]
    titles: dict[str, str | None]
    determiners: dict[str, str]
    first_names: dict[str, str]
    given_names: dict[str, str]  # first_names and the counted ones: a person's gender only

class NameStats(NamedTuple):
    """How an annotated corpus used a capitalised word (``analysis/lang/<code>/``'s entity
    lexicon, e.g. WiNER-fr for French): counts of its capitalised uses as (part of) a
    person, an organisation, a place, another entity (date, event, product) or no entity,
    and of its lowercase uses (a common word)."""

    per: int
    org: int
    loc: int
    other: int
    none: int
    lower: int

    @property
    def total(self) -> int:
        """Capitalised uses."""
        return self.per + self.org + self.loc + self.other + self.none


@lru_cache(maxsize=None)
def _stats_table(language: str) -> dict[str, NameStats]:
    """The language's entity lexicon (``ENTITY_LEXICON`` in its entities.py), read once,
    on first use; empty where the language has none."""
    ent = import_module(f"analysis.lang.{language}.entities")
    name = getattr(ent, "ENTITY_LEXICON", None)
    if not name:
        return {}
    table: dict[str, NameStats] = {}
    text = files(f"analysis.lang.{language}").joinpath(name).read_text(encoding="utf-8")
    for line in text.splitlines():
        if line and not line.startswith("#"):
            word, *counts = line.split("\t")
            table[word] = NameStats(*map(int, counts))
    return table


def has_name_stats(language: str) -> bool:
    """The language ships an entity lexicon (:func:`name_stats` knows words)."""
    return language in LANGUAGES and bool(_stats_table(language))


def name_stats(word: str, *, language: str) -> NameStats | None:
    """How the language's annotated corpus used ``word`` (any case and accents), or None
    where it never met it capitalised.

        >>> name_stats("Valence", language="fr").loc > 0
        True
    """
    if language not in LANGUAGES:
        raise ValueError(f"language must be one of {', '.join(map(repr, LANGUAGES))}; got {language!r}")
    return _stats_table(language).get(_fold(word))


_KIND_OF = {"per": "person", "org": "organisation", "loc": "place"}
_LEXICON_MIN = 3  # uses a word needs in the corpus before its majority kind is trusted
_LEXICON_SHARE = 0.7  # the share of its uses that majority needs


def _lexicon_kind(words: list[str], language: str) -> Judgement | None:
    """The kind the entity lexicon gives a name no word list decides: a one-word name the
    corpus mostly writes lowercase is a common word opening a sentence (« Pièce », « Fini »);
    else its last capitalised word's majority kind ("Valence" -> place) when clear enough."""
    caps = [w for w in words if w[:1].isupper()]
    if not caps:
        return None
    word = _fold(caps[-1])
    st = name_stats(word, language=language)  # type: ignore[arg-type]
    if st is None:
        return None
    if len(words) == 1 and st.lower >= _LEXICON_MIN and st.lower >= 3 * st.total:
        return Judgement("none", f"corpus: common word {word} ({st.lower} lowercase, {st.total} capitalised)")
    if st.total < _LEXICON_MIN:
        return None
    kinds = {"per": st.per, "org": st.org, "loc": st.loc, "none": st.none + st.other}
    best = max(kinds, key=kinds.__getitem__)
    if kinds[best] < _LEXICON_SHARE * st.total or (best == "none" and len(words) > 1):
        return None
    if best == "none":  # « Français », « Interrogé »: capitalised, never an entity
        return Judgement("none", f"corpus: no entity {word} ({kinds[best]}/{st.total})")
    return Judgement(_KIND_OF[best], f"corpus: {best} {word} ({kinds[best]}/{st.total})")


@lru_cache(maxsize=None)
def _lexicon(language: str) -> _Lexicon:
    if language not in LANGUAGES:
        raise ValueError(f"language must be one of {', '.join(map(repr, LANGUAGES))}; got {language!r}")
    ent = import_module(f"analysis.lang.{language}.entities")
    spk = import_module(f"analysis.lang.{language}.speakers")
    names = import_module(f"analysis.lang.{language}.first_names")
    return _Lexicon(
        org_heads=frozenset(ent.ORGANISATION_HEADS), org_words=frozenset(ent.ORGANISATION_WORDS),
        places=frozenset(ent.PLACES), not_names=frozenset(ent.NOT_NAMES),
        documents=frozenset(getattr(spk, "DOCUMENT_NOUNS", ())) | frozenset(ent.DOCUMENT_HEADS),
        indefinites=frozenset(ent.INDEFINITE_DETERMINERS),
        verb_endings=tuple(ent.VERB_FORM_ENDINGS), honorifics=dict(spk.HONORIFICS),
        titles={k: v for k, v in spk.TITLES.items()}, determiners=dict(ent.GENDERED_DETERMINERS),
        first_names=dict(names.FIRST_NAMES), given_names=dict(getattr(names, "GIVEN_NAMES", names.FIRST_NAMES)))


def _words(mention: str) -> list[str]:
    return mention.replace("’", "'").split()  # split() never gives an empty word


@lru_cache(maxsize=65536)
def mention_kind(mention: str, *, language: Language) -> Judgement:
    """What ``mention`` names: "person", "organisation", "place", "none" (a common word
    such as a month or a verb form opening a sentence) or "unknown" (a name the lexicon
    cannot tell). A lowercase noun phrase ("le quotidien", "a source") is judged by its
    head: a title is a person, an organisation noun an organisation."""
    lex = _lexicon(language)
    words = _words(mention)
    if not words:
        return Judgement("none", "empty")
    low = [w.lower() for w in words]
    lead = 0
    while lead < len(low) - 1 and (low[lead] in lex.determiners or low[lead] in ("le", "la", "les", "l'", "the", "a", "an",
                                                                                  "un", "une", "des")):
        lead += 1
    head = low[lead]
    if head.startswith("l'") and len(head) > 2:
        head = head[2:]
    if head in lex.honorifics:
        return Judgement("person", f"honorific {head}")
    if head in lex.titles or head.split("-", 1)[0] in lex.titles:
        return Judgement("person", f"title {head}")
    if head in lex.org_heads:
        return Judgement("organisation", f"organisation head {head}")
    if head in lex.documents:
        return Judgement("none", f"document {head}")  # "le communiqué": its issuer speaks
    for w in low[lead + 1:]:
        if w in lex.org_words:
            return Judgement("organisation", f"organisation word {w}")
    if len(words) > 1 and _fold(head).split("-", 1)[0] in lex.first_names:
        return Judgement("person", f"given name {_fold(head)}")
    if words[lead][:1].islower():
        return Judgement("unknown", "common noun phrase")
    if len(words) - lead == 1:
        if head in lex.places or _fold(head) in lex.places:
            return Judgement("place", f"place {head}")
        if head in lex.not_names:
            return Judgement("none", f"common word {head}")
        if len(head) > 4 and head.endswith(lex.verb_endings):
            return Judgement("none", f"verb form {head}")
        if words[lead].isupper() and len(words[lead]) > 1:
            return Judgement("organisation", "acronym")
    elif head in lex.places:
        return Judgement("place", f"place {head}")
    return _lexicon_kind(words[lead:], language) or Judgement("unknown", "no evidence")


@lru_cache(maxsize=65536)
def person_gender(name: str, *, language: Language) -> Judgement:
    """The gender ``name`` tells by an honorific ("Mme Roux", "Mr. Lee"), a gendered title
    with its determiner ("la ministre") or a common given name ("Agnès Buzyn"); else
    "unknown". Names given to both sexes (Camille, Dominique) are not in the lists."""
    lex = _lexicon(language)
    words = [w.lower() for w in _words(name)]
    if not words:
        return Judgement("unknown", "empty")
    if words[0] in lex.honorifics and lex.honorifics[words[0]]:
        return Judgement(_GENDER_NAMES[lex.honorifics[words[0]]], f"honorific {words[0]}")
    title = _title_gender(words[:2], lex)
    if title.value != "unknown":
        return title
    while len(words) > 2 and (words[0] in lex.titles or (words[0].endswith(".") and len(words[0]) > 2)):
        words = words[1:]  # "Sens. Jon Tester", "Lt. Gov. Jane Doe": the given name follows the titles
    if len(words) > 1:
        given = _fold(words[0]).split("-", 1)[0]
        g = lex.given_names.get(given)
        if g:
            return Judgement(_GENDER_NAMES[g], f"given name {given}")
    return Judgement("unknown", "no evidence")


def title_gender(phrase: str, *, language: Language) -> Judgement:
    """The gender of a title phrase: its title ("la présidente", "directrice") or, for a
    title of either gender, its determiner (« la ministre », « le porte-parole »)."""
    return _title_gender([w.lower() for w in _words(phrase)], _lexicon(language))


def _title_gender(words: list[str], lex: _Lexicon) -> Judgement:
    """:func:`title_gender` of a phrase's lowercase ``words``."""
    for k, w in enumerate(words):
        if w in lex.titles:
            g = lex.titles[w]
            if g:
                return Judgement(_GENDER_NAMES[g], f"title {w}")
            if k > 0 and words[k - 1] in lex.determiners:
                return Judgement(_GENDER_NAMES[lex.determiners[words[k - 1]]], f"{words[k - 1]} {w}")
            return Judgement("unknown", f"title {w} of either gender")
    return Judgement("unknown", "no title")


@lru_cache(maxsize=65536)
def unnamed(phrase: str, *, language: Language) -> bool:
    """``phrase`` names nobody in particular: it opens with an indefinite determiner
    (« un haut responsable », "a senior official", « des manifestants »)."""
    words = _words(phrase)
    return bool(words) and words[0].lower() in _lexicon(language).indefinites
