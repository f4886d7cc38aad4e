"""The schema of a language's engine data: ``analysis/lang/<code>/verbs.py``, ``speakers.py``
``abbreviations.py`` and ``tokenizer.py``.

Every name the quote engine reads from those modules is declared here with its kind and, for
the optional ones, the value a language that does not set it gets. ``checked`` wraps a data
module so that a misspelt or undeclared name fails loudly, on either side: a module that
defines a name the schema does not know, a required name it lacks, a value of the wrong kind,
or engine code that asks for a name the schema does not declare.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import FunctionType, ModuleType
from typing import Any, Literal

__all__ = ["ABBREVIATIONS", "INFLECTION", "Entry", "LanguageDataError", "SPEAKERS", "TOKENIZER", "VERBS", "checked"]

Kind = Literal["words", "flag", "number", "mapping", "function"]
WORDS: Kind = "words"      # a collection of strings
FLAG: Kind = "flag"        # a bool that switches a language's rule on
NUMBER: Kind = "number"    # an int
MAPPING: Kind = "mapping"  # a dict
FUNCTION: Kind = "function"  # a plain function (a language's inflection rules)

_REQUIRED: Any = object()


@dataclass(frozen=True)
class Entry:
    """One declared name: its kind, and its default (none: every language must set it)."""

    kind: Kind
    default: Any = _REQUIRED

    @property
    def required(self) -> bool:
        return self.default is _REQUIRED


class LanguageDataError(ValueError):
    """A language data module does not match the schema."""


VERBS: dict[str, Entry] = {
    "AUXILIARIES": Entry(WORDS),
    "BARE_FORMS": Entry(WORDS, default=()),  # a verb-form builder input, where the language uses it
    "CORE_ER_VERBS": Entry(WORDS, default=()),  # a verb-form builder input, where the language uses it
    "CORE_IRREGULAR": Entry(WORDS, default=()),  # a verb-form builder input, where the language uses it
    "CORE_VERBS": Entry(WORDS, default=()),  # a verb-form builder input, where the language uses it
    "ER_VERBS": Entry(WORDS, default=()),  # a verb-form builder input, where the language uses it
    "INFINITIVE_MARKERS": Entry(WORDS, default=()),  # a verb-form builder input, where the language uses it
    "INVERSION_VERBS": Entry(WORDS, default=()),
    "IRREGULAR_FORMS": Entry(WORDS),
    "LEAD_CONNECTORS": Entry(WORDS, default=()),
    "TOPIC_LEADS": Entry(WORDS, default=()),
    "IMPERSONAL_CLITICS": Entry(WORDS, default=()),
    "SOURCE_LEADS": Entry(WORDS, default=()),
    "SAME_SOURCE": Entry(WORDS, default=()),
    "PLACE_SOURCE_LEADS": Entry(WORDS, default=()),
    "CLEFT_LEADS": Entry(WORDS, default=()),
    "ACCOUNT_NOUNS": Entry(WORDS, default=()),
    "OPINION_NOUNS": Entry(WORDS, default=()),
    "LEAD_FRAMES": Entry(WORDS),
    "PARTICIPLE_LEADS": Entry(WORDS, default=()),
    "PAST_SUFFIXES": Entry(WORDS, default=()),
    "PERFECT_AUXILIARIES": Entry(WORDS, default=()),
    "PHRASES": Entry(WORDS),
    "PLURAL_VERB_ENDINGS": Entry(WORDS, default=()),
    "QUOTE_COORDINATORS": Entry(WORDS, default=()),
    "READING_CUES": Entry(WORDS, default=()),
    "REGULAR_VERBS": Entry(WORDS, default=()),  # a verb-form builder input, where the language uses it
    "REPORTING_VERB_FORMS": Entry(WORDS, default=()),  # a verb-form builder input, where the language uses it
    "SOURCE_CLAUSE_CLITICS": Entry(WORDS, default=()),
    "SOURCE_CONJUNCTIONS": Entry(WORDS, default=()),
    "SOURCE_FRAMES": Entry(WORDS),
    "SPEECH_NOUNS": Entry(WORDS, default=()),
    "VERB_COORDINATORS": Entry(WORDS, default=()),
    "VOICE_FRAMES": Entry(WORDS, default=()),
    # moved from the engine's stages (analysis/quotes, issue 16)
    "CLITICS": Entry(WORDS, default=()),
    "MODALS": Entry(WORDS, default=()),
    "NARRATIVE_INFINITIVE_LINKS": Entry(WORDS, default=()),
    "PARTICIPLE_ENDINGS": Entry(WORDS, default=()),
    "PASSIVE_PERFECT": Entry(WORDS, default=()),
    "PAST_PARTICIPLE_ENDINGS": Entry(WORDS, default=()),
    "REFLEXIVE_CLITICS": Entry(WORDS, default=()),
    "REGULAR_PARTICIPLE_ENDINGS": Entry(WORDS, default=()),
    "TELL_VERBS": Entry(WORDS, default=()),
    "VERB_GROUP_WORDS": Entry(WORDS, default=()),
    "INCISE_ADVERBIALS": Entry(WORDS, default=()),
}

SPEAKERS: dict[str, Entry] = {
    "ADJECTIVES_AFTER": Entry(FLAG, default=False),
    "ADJECTIVES_FIRST": Entry(FLAG, default=False),
    "ADVERB_ENDINGS": Entry(WORDS, default=()),
    "ADVERB_HEAD_ENDINGS": Entry(WORDS, default=()),
    "BARE_INVERSION": Entry(FLAG, default=False),
    "BARE_TITLE_TO_TITLED": Entry(FLAG, default=False),
    "CHARGE_HEADS": Entry(WORDS, default=()),
    "CHARGE_LEADS": Entry(WORDS, default=()),
    "CHARGE_LINKS": Entry(WORDS, default=()),
    "CHARGE_CONJUNCTIONS": Entry(WORDS, default=()),
    "TITLE_GLUE": Entry(WORDS, default=()),
    "TITLE_DETERMINERS": Entry(WORDS, default=()),
    "TITLE_PREPOSITIONS": Entry(WORDS, default=()),
    "TITLE_POSSESSIVES": Entry(WORDS, default=()),
    "CLAUSE_COORDINATORS": Entry(WORDS, default=()),
    "DEFINITES": Entry(WORDS, default=()),
    "DETERMINERS": Entry(WORDS),
    "DOCUMENT_NOUNS": Entry(WORDS, default=()),
    "FRAME_NOT_SPEAKER": Entry(WORDS, default=()),
    "GIVEN_NAME_PARTICLES": Entry(WORDS, default=()),
    "HONORIFICS": Entry(MAPPING),
    "INDEFINITES": Entry(WORDS, default=()),
    "INDEFINITE_SUBJECTS": Entry(WORDS, default=()),
    "INDEFINITE_SUBJECT_LEADS": Entry(WORDS, default=()),
    "INFINITIVE_CLAUSE_OPENERS": Entry(WORDS, default=()),
    "INSERTED_CLAUSE_OPENERS": Entry(WORDS, default=()),
    "INTRODUCED_NOUN_GAP": Entry(NUMBER, default=0),
    "INTRODUCED_NOUN_KINDS": Entry(MAPPING, default={}),
    "LATEST_REFERENTS": Entry(MAPPING, default={}),
    "DETERMINER_GENDERS": Entry(MAPPING, default={}),
    "LEAD_TOPIC_FRAMES": Entry(WORDS, default=()),
    "LY_NOUNS": Entry(WORDS, default=()),
    "MODIFIED_TITLE_WINDOW": Entry(NUMBER, default=0),
    "NAME_DETERMINERS": Entry(WORDS, default=()),
    "NAME_MODIFIED_HEADS": Entry(FLAG, default=False),
    "NAME_PARTICLES": Entry(WORDS),
    "NAME_QUOTES": Entry(FLAG, default=False),
    "NAMING_WORDS": Entry(WORDS, default=()),
    "NEW_DOCUMENT_DETERMINERS": Entry(WORDS, default=()),
    "NON_PERSON_HEADS": Entry(WORDS, default=()),
    "NON_PERSON_NAME_WORDS": Entry(WORDS, default=()),
    "NOT_NAME_OPENERS": Entry(WORDS, default=()),
    "NOUN_MARKERS": Entry(WORDS, default=()),
    "NOUN_OBJECT_NAMES": Entry(FLAG, default=False),
    "NOUN_RELATIVES": Entry(WORDS, default=()),
    "CLAUSE_RELATIVES": Entry(WORDS, default=()),
    "CHARGE_QUALIFIERS": Entry(WORDS, default=()),
    "OBJECT_VERBS": Entry(WORDS),
    "OF_COMPLEMENT_SUBJECTS": Entry(WORDS, default=()),
    "OPENER_PARTICIPLE_ENDINGS": Entry(WORDS, default=()),
    "OPENING_PHRASE_RELATIVES": Entry(WORDS, default=()),
    "ORGANISATION_NOUNS": Entry(MAPPING, default={}),
    "ORG_LINKS": Entry(WORDS, default=()),
    "PARTICIPLE_OPENER_ENDINGS": Entry(WORDS, default=()),
    "PARTICIPLE_SUBJECT_LINKS": Entry(WORDS, default=()),
    "PARTY_LABELS": Entry(WORDS, default=()),
    "PASSIVE_AGENTS": Entry(WORDS, default=()),
    "PAST_PARTICIPLE_OPENER_ENDINGS": Entry(WORDS, default=()),
    "PLACE_HEADS": Entry(WORDS, default=()),
    "PLACE_PREPOSITIONS": Entry(WORDS, default=()),
    "PLURAL_DETERMINERS": Entry(WORDS, default=()),
    "PLURAL_TITLES_AS_WRITTEN": Entry(FLAG, default=False),
    "POSSESSIVES": Entry(WORDS, default=()),
    "POSSESSIVE_MARKS": Entry(WORDS, default=()),
    "PREPOSITIONS": Entry(WORDS),
    "PREVIOUS_SENTENCE_SPEAKER": Entry(FLAG, default=False),
    "PRONOUNS": Entry(MAPPING),
    "RELATIVES": Entry(WORDS),
    "SINGULAR_AUXILIARIES": Entry(WORDS, default=()),
    "SUBJECT_COORDINATORS": Entry(WORDS, default=()),
    "SUBJECT_LINKS": Entry(WORDS, default=()),
    "SUBJECT_PRONOUNS": Entry(WORDS),
    "SUBORDINATE_QUOTES": Entry(FLAG, default=False),
    "SUBORDINATORS": Entry(WORDS),
    "TITLES": Entry(MAPPING),
    "TITLE_APPOSITION": Entry(FLAG, default=False),
    "TITLE_IN_NAME_RUN": Entry(FLAG, default=False),
    "TOPIC_FRAMES": Entry(WORDS, default=()),
    "WORD_SURNAMES": Entry(FLAG, default=False),
    # moved from the engine's stages (analysis/quotes, issue 16)
    "CLAUSE_STOPS": Entry(WORDS, default=()),
    "GENITIVE_MARKS": Entry(WORDS, default=()),
    "GROUP_NOUNS": Entry(WORDS, default=()),
    "MANNER_ENDINGS": Entry(WORDS, default=()),
    "NOT_NAME_ENDINGS": Entry(WORDS, default=()),
    "PARTITIVE_HEADS": Entry(WORDS, default=()),
    "OF_WORDS": Entry(WORDS, default=()),
    "PLURAL_ENDINGS": Entry(WORDS, default=()),
    "STOP_WORD_NAMES": Entry(WORDS, default=()),
    "TITLE_COMPLEMENT_LINKS": Entry(WORDS, default=()),
    "TITLE_COMPLEMENT_PREPOSITIONS": Entry(WORDS, default=()),
    "TITLE_MODIFIERS": Entry(WORDS, default=()),
}

TOKENIZER: dict[str, Entry] = {  # tokenizer.py: the one tokenizer's word rules
    "ELISIONS": Entry(WORDS),
    "INVERSION_PRONOUNS": Entry(WORDS),
    "WORD_INVERSION_PRONOUNS": Entry(WORDS, default=()),  # analysis.tokens's word view only
    "WORD_KEPT_WHOLE": Entry(WORDS, default=()),  # analysis.tokens's word view only
}

ABBREVIATIONS: dict[str, Entry] = {  # abbreviations.py: both tokenizers read it
    "ABBREVIATIONS": Entry(WORDS),
    "ALSO_WORDS": Entry(WORDS, default=()),  # the entries the quote engine leaves out
    "SENTENCE_STARTERS": Entry(WORDS),
}

INFLECTION: dict[str, Entry] = {  # inflection.py: the engine's verb forms and title plurals
    "INFINITIVE_ENDINGS": Entry(WORDS, default=()),  # irregular forms ending so are infinitives
    "TITLE_PLURAL": Entry(FUNCTION),  # title -> its plural, or None
    "VERB_FORMS": Entry(FUNCTION),  # lemma -> the set of its regular forms
}

_KINDS = {WORDS: (frozenset, set, tuple, list), FLAG: (bool,), NUMBER: (int,), MAPPING: (dict,),
          FUNCTION: (FunctionType,)}


def _check_value(where: str, name: str, value: Any, entry: Entry) -> None:
    if not isinstance(value, _KINDS[entry.kind]) or (entry.kind == NUMBER and isinstance(value, bool)):
        raise LanguageDataError(f"{where}.{name} must be {entry.kind}, got {type(value).__name__}")
    if entry.kind == WORDS and not all(isinstance(w, str) for w in value):
        raise LanguageDataError(f"{where}.{name} must hold strings only")


class _Checked:
    """A data module seen through its schema: declared names only, defaults filled in."""

    def __init__(self, module: ModuleType, schema: Mapping[str, Entry]) -> None:
        self._module, self._schema = module, schema

    def __getattr__(self, name: str) -> Any:
        try:
            entry = self._schema[name]
        except KeyError:
            raise LanguageDataError(f"{name} is not declared in analysis/lang/schema.py "
                                    f"(asked of {self._module.__name__})") from None
        return getattr(self._module, name, entry.default)


def checked(module: ModuleType, schema: Mapping[str, Entry]) -> Any:
    """``module`` checked against ``schema`` (``VERBS``, ``SPEAKERS``, ``ABBREVIATIONS`` or ``TOKENIZER``), as an object whose
    attributes are the declared names; raises LanguageDataError on any mismatch."""
    where = module.__name__
    public = {n for n in vars(module) if n.isupper() and not n.startswith("_")}
    unknown = sorted(public - set(schema))
    if unknown:
        raise LanguageDataError(f"{where} defines names the schema does not declare (misspelt?): "
                                f"{', '.join(unknown)}; declared: analysis/lang/schema.py")
    for name, entry in schema.items():
        if name in public:
            _check_value(where, name, getattr(module, name), entry)
        elif entry.required:
            raise LanguageDataError(f"{where} lacks {name}, which every language must set")
    return _Checked(module, schema)
