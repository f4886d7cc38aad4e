"""Stage 2 resources: reporting cues and speaker words for one language, ready to use.

Per-language data lives in ``analysis.lang.<lang>.verbs`` and ``.speakers``, declared by
``analysis.lang.schema`` (a misspelt or missing name fails loudly); this module turns it into
lookup sets once per language. To add a language, write those
two data modules (same names as for French and English) and add it to ``_BUILDERS``.
"""
from __future__ import annotations

from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from analysis.lang.schema import ABBREVIATIONS, INFLECTION, SPEAKERS, TOKENIZER, VERBS, checked
from analysis.text import fold  # the engine matches names and titles on the package's one fold
from analysis.lang import LANGUAGES, resource
from analysis.quotes.scan import NO_RULES, SENTENCE_MARKS, Rules

__all__ = ["Cues", "cues_for"]

@dataclass(frozen=True)
class Cues:
    """Lookup sets for one language (all keys lowercased, ’ folded to ')."""

    language: str
    verbs: frozenset[str]
    auxiliaries: frozenset[str]
    frames: tuple[tuple[str, ...], ...]  # token sequences: ("selon",), ("according", "to")
    lead_frames: tuple[tuple[str, ...], ...]  # frames valid only opening a sentence: ("pour",)
    pronouns: dict
    honorifics: dict
    titles: dict
    determiners: frozenset[str]
    particles: frozenset[str]
    prepositions: frozenset[str]
    relatives: frozenset[str]
    stop_words: frozenset[str]
    infinitives: frozenset[str] = frozenset()  # "lancer", "dire": not a finite reporting verb
    subject_pronouns: frozenset[str] = frozenset()
    object_verbs: frozenset[str] = frozenset()
    core_verbs: frozenset[str] = frozenset()  # speech verbs proper: "said", "a déclaré"
    subordinators: frozenset[str] = frozenset()  # "when", "lorsque": the main clause follows
    phrases: dict = field(default_factory=dict)  # last word -> word tuples of multi-word cues ("met en garde")
    person_words: frozenset[str] = frozenset()  # honorifics and pronouns: where the speaker index looks
    frame_heads: dict = field(default_factory=dict)  # first word -> frames, then lead frames, opening with it
    noun_markers: frozenset[str] = frozenset()  # "the", "his", "un": a verb form after them is a noun
    speech_nouns: frozenset[str] = frozenset()  # "warning", "appel": "his warning that “…”"
    account_nouns: frozenset[str] = frozenset()  # « témoignage »: « le témoignage d'un homme. Il a décrit « … » »
    opinion_nouns: frozenset[str] = frozenset()  # « avis »: « C'est l'avis de X : « … » »: X
    possessives: frozenset[str] = frozenset()  # "his", "'s", "son"
    participle_leads: frozenset[str] = frozenset()  # "and", "while": "…, and chiding “…”"
    perfect_auxiliaries: frozenset[str] = frozenset()  # "having": "…, having called him “…”"
    past_suffixes: tuple[str, ...] = ()  # "ed": "“…,” Oliver barked"
    source_conjunctions: frozenset[str] = frozenset()  # "as": "As Politico reported, “…”"
    source_clause_clitics: frozenset[str] = frozenset()  # "l'": "…, comme l'indique X : « … »": X
    voice_frames: tuple[tuple[str, ...], ...] = ()  # ("par", "la", "voix", "de"): "X a répondu par la voix de Y :": Y
    bare_forms: frozenset[str] = frozenset()  # "state", "call": a noun after a singular noun ("home state")
    subject_links: frozenset[str] = frozenset()  # "of", "and": "X of the Y Institute said"
    participle_subject_links: frozenset[str] = frozenset()  # "of", "with": "footage of X saying"
    participle_openers: tuple[str, ...] = ()  # "ing": "Speaking in Ohio, X said": the subject after the comma
    past_participle_openers: tuple[str, ...] = ()  # "ed": "Joined by X, the Y, Z said": Z
    opening_phrase_relatives: frozenset[str] = frozenset()  # "which": "The lawsuit, which …, alleged"
    given_name_particles: frozenset[str] = frozenset()  # "al": "Rep. Al Cox" keeps its given name
    verb_coordinators: frozenset[str] = frozenset()  # "and": "X caucused in Ohio and said “…”"
    previous_sentence_speaker: bool = False  # "X agreed. “…”": a quote opening its sentence takes the one before's subject
    not_names: frozenset[str] = frozenset()  # stop words and pronouns: never (part of) a name
    topic_frames: frozenset[str] = frozenset()  # "selon": its name may be a later pronoun's antecedent
    lead_topic_frames: frozenset[str] = frozenset()  # "pour", only opening a sentence
    non_person_heads: frozenset[str] = frozenset()  # "affaire": "l'affaire X" is no antecedent
    non_person_name_words: frozenset[str] = frozenset()  # "County": a name with one is no person
    place_heads: frozenset[str] = frozenset()  # « Ouest de la France », « Mont Blanc »: a place by its first word
    noun_relatives: frozenset[str] = frozenset()  # "qui": its antecedent may be any noun phrase ("sa famille, qui")
    clause_relatives: frozenset[str] = frozenset()  # "dont": the subject after it is its clause's, not the main verb's
    opener_participles: tuple[str, ...] = ()  # "é", "ée": "Ému, X …" opens with no name
    naming_words: frozenset[str] = frozenset()  # "appelé", "intitulé": the quote after them is a name
    name_determiners: frozenset[str] = frozenset()  # "la": la « Belle Alliance » is a name
    charge_heads: frozenset[str] = frozenset()  # "homicide": pour « homicides volontaires » is a charge
    charge_qualifiers: frozenset[str] = frozenset()  # "en bande organisée": quoted after a charge, a term
    charge_leads: tuple[tuple[str, ...], ...] = ()  # ("chefs", "d'"): the words a charge follows
    charge_links: frozenset[str] = frozenset()  # "de", "d'": « vol » et d'« escroquerie »
    charge_conjunctions: frozenset[str] = frozenset()  # "et": pour « vol » et « recel »
    title_glue: frozenset[str] = frozenset()  # "of": the lowercase words of a title ("Face the Nation")
    title_determiners: frozenset[str] = frozenset()  # "the": "an episode of the “…”"
    title_prepositions: frozenset[str] = frozenset()  # "of": a title follows "an episode of"
    title_possessives: frozenset[str] = frozenset()  # "'s": "MSNBC's “Morning Joe”"
    name_quotes: bool = False  # drop single capitalised words, repeated short phrases, dash headlines
    bare_inversion: bool = False  # « … » a assuré un proche: an inverted noun phrase with no comma
    singular_auxiliaries: frozenset[str] = frozenset()  # "a": "a demandé des mesures" has no inverted subject
    plural_determiners: frozenset[str] = frozenset()
    lead_connectors: frozenset = frozenset()  # token tuples: ("en", "effet"): "En effet, pour X, « … »"
    topic_leads: tuple[tuple[str, ...], ...] = ()  # ("quant", "à"): « Quant à X, elles … »: X
    impersonal_clitics: frozenset[str] = frozenset()  # "-t-on": « a-t-on appris auprès de X »: X
    source_leads: tuple[tuple[str, ...], ...] = ()  # ("auprès", "du"): the source of an impersonal report
    place_source_leads: tuple[tuple[str, ...], ...] = ()  # ("au",): its source when a common noun follows
    cleft_leads: tuple[tuple[str, ...], ...] = ()  # ("c'", "est", "ce", "qu'"): « « … » : c'est ce qu'affirme X »
    same_source: tuple[tuple[str, ...], ...] = ()  # ("de", "même", "source"): the source named last
    infinitive_openers: frozenset = frozenset()  # ("après", "avoir"): a name in that clause is no antecedent
    title_apposition: bool = False  # "a déclaré le chef du gouvernement, le conservateur X": X
    passive_agents: frozenset[str] = frozenset()  # "saluée par X : « … »": X speaks
    of_complement_subjects: frozenset[str] = frozenset()  # "de": "le parquet de Lyon a affirmé" speaks whole
    document_nouns: frozenset[str] = frozenset()  # "communiqué": its issuer speaks for it
    new_document_determiners: frozenset[str] = frozenset()  # "un": "X publie un rapport" is X's
    clause_coordinators: frozenset[str] = frozenset()  # "mais": "…, mais X a jugé": X opens a clause
    organisation_nouns: dict = field(default_factory=dict)  # "ministère" -> "m": « il » after "le ministère … a proposé" is it
    subject_coordinators: frozenset[str] = frozenset()  # "et": "X et Y ont déclaré": X speaks
    plural_verb_endings: tuple[str, ...] = ()  # "ent", "ont": the verb after "X et Y" agrees with both
    latest_referents: dict | None = None  # ("ce", "dernier") -> "m": the person named last
    determiner_genders: dict | None = None  # "la" -> "f": the gender of « la chef », « le ministre »
    first_names: dict | None = None  # folded given name -> "m"/"f": a name's gender where no title tells it
    given_names: dict | None = None  # the longer list (counted births too): a person's full name apposed to a subject
    noun_object_names: bool = False  # "sur la côte du volcan X. Elle …": a preposition's noun's name is no antecedent
    title_in_run: bool = False  # « Le Ministre de la Défense X »: a capitalised title opens a name run
    bare_title_to_titled: bool = False  # "le monarque": the latest person given a title
    word_surnames: bool = False  # "George Will": a capitalised stop word after a first name is a surname
    indefinites: frozenset[str] = frozenset()  # "a", "one": "said a senior official" is nobody named before
    introduced_noun_gap: int = 0  # "le quotidien": the name introduced after "le quotidien libanais"
    introduced_noun_kinds: dict = field(default_factory=dict)  # "quotidien" -> "press": « le journal X » too
    frame_not_speaker: frozenset[str] = frozenset()  # "fois": "Pour la première fois," names nobody
    possessive_marks: frozenset[str] = frozenset()  # "'s": "Ryan’s office said" speaks as written
    definites: frozenset[str] = frozenset()  # "the": "The campaign’s statement said"
    adverb_endings: tuple[str, ...] = ()  # "ly": a lowercase word ending so is an adverb of the verb group
    org_links: frozenset[str] = frozenset()  # "de", "pour": "la Cour d'appel", "Congrégation pour la doctrine de la foi"
    adverb_head_endings: tuple[str, ...] = ()  # "ly": "that accurately", "her harshly" are no noun phrases
    ly_nouns: frozenset[str] = frozenset()  # "family": nouns with an adverb's ending
    inversion_verbs: frozenset[str] = frozenset()  # "read": "“…,” read the statement" (besides the core verbs)
    adjectives_first: bool = False  # "the congressional report said": adjectives stand before the noun
    adjectives_after: bool = False  # "le journal syrien a dit": adjectives follow the noun
    name_modified_heads: bool = False  # "the Christie supporter retorted": the noun phrase speaks
    subordinate_quotes: bool = False  # "After X called it “…,” Y said": X's, the clause's own verb
    plural_titles_as_written: bool = False  # "the lawyers said": a group, not the latest lawyer named
    indefinite_subjects: frozenset[str] = frozenset()  # "another": "Another tweeted, “…”" speaks as written
    indefinite_subject_leads: frozenset[str] = frozenset()  # "yet": "Yet another said"
    party_labels: frozenset[str] = frozenset()  # "r-iowa": "X, R-Iowa, who …, said" has X for subject
    modified_title_window: int = 0  # "the Texas senator": the person introduced with "Texas" that near
    place_prepositions: frozenset[str] = frozenset()  # "at": "the judge at a San Diego rally" gives San Diego no title
    inserted_clause_openers: tuple[str, ...] = ()  # "ant": "X, accusant Y de …, a affirmé": X
    reading_cues: tuple[tuple[str, ...], ...] = ()  # ("peut", "-on", "lire"): the document named last speaks
    quote_coordinators: frozenset[str] = frozenset()  # "et": "« … » et « … »": a short half shares the other's speaker
    # honorifics (also as tokens with a final dot: "dr." for "dr") and titles; no token ends
    # with two dots, so this is every token t with t or t.rstrip(".") an honorific, or a title
    titled_words: frozenset[str] = frozenset()
    follow_words: frozenset[str] = frozenset()  # verbs and first words of multi-word cues: scan's cue after a quote
    watch_words: frozenset[str] = frozenset()  # what scan finds in one pass: all the sets above, sentence marks
    token_rules: Rules = NO_RULES  # scan's: abbreviations, elisions, inversion pronouns (analysis/lang/<code>/)
    # words of the stages' rules, moved from analysis/quotes/ (issue 16): see analysis/lang/<code>/
    verb_group_words: frozenset[str] = frozenset()  # "ne", "also": inside a verb group ("has also said")
    incise_adverbials: dict = field(default_factory=dict)  # "pour" -> (("pour", "sa", "part"),): skipped in a verb group
    tell_verbs: frozenset[str] = frozenset()  # "told": the name after it is the listener
    clause_stops: frozenset[str] = frozenset()  # "que", "that": an inverted subject is looked for up to them
    manner_endings: tuple[str, ...] = ()  # "ment", "ly": adverbs in a verb group after a quote, no modified noun
    group_nouns: frozenset[str] = frozenset()  # "officials", "témoins": a group speaks without a determiner
    not_name_endings: tuple[str, ...] = ()  # "ing", "ant": a capital opening a sentence so ending is no name
    title_complement_links: frozenset[str] = frozenset()  # "of", "de": "le maire de Paris" is a title's complement
    title_complement_prepositions: frozenset[str] = frozenset()  # "à": « le secrétaire d'État à l'Intérieur X »
    of_words: frozenset[str] = frozenset()  # "de", "du": a noun's complement
    partitive_heads: frozenset[str] = frozenset()  # "un": « l'un des douaniers » speaks
    title_modifiers: frozenset[str] = frozenset()  # "premier": a title only before another one
    modals: frozenset[str] = frozenset()  # "would", "to": a coordinated verb's object follows them
    plural_endings: tuple[str, ...] = ()  # "s": "lawyers" is the plural of a title, "homes" no singular noun
    genitive_marks: frozenset[str] = frozenset()  # "'s": the name before it is a possessor, no subject
    stop_word_names: frozenset[str] = frozenset()  # "may", "will": stop words that are also names
    participle_endings: tuple[str, ...] = ()  # "ing", "ant": present participles
    past_participle_endings: tuple[str, ...] = ()  # "é", "u", "it": passive agents' participles
    regular_participle_endings: tuple[str, ...] = ()  # "é", "ée": "saluée par X :"
    passive_perfect: frozenset[str] = frozenset()  # "été": "a été salué par X"
    clitics: frozenset[str] = frozenset()  # "ne", "l'": between coordinated subjects and their verb
    reflexive_clitics: frozenset[str] = frozenset()  # "se": "de s'interroger"
    narrative_links: frozenset[str] = frozenset()  # "de": "Et le ministre de s'interroger"

    def frames_at(self, first: str, *, lead: bool) -> tuple[tuple[str, ...], ...]:
        """The frames (and lead frames when ``lead``) that open with the word ``first``."""
        frames, lead_frames = (self.frame_heads or {}).get(first, ((), ()))
        return frames + lead_frames if lead else frames

    def is_verb(self, low: str) -> bool:
        return low in self.verbs

    def phrase_start(self, low: list[str], i: int) -> int | None:
        """Start of the multi-word cue ending at token i ("met en garde"), if any."""
        for words in (self.phrases or {}).get(low[i], ()):
            n = len(words)
            if i + 1 >= n and tuple(low[i + 1 - n:i + 1]) == words:
                return i + 1 - n
        return None

    def is_adverb(self, low: str) -> bool:
        """A lowercase word that ends like an adverb and is no noun ("harshly", not "family")."""
        return bool(self.adverb_head_endings) and len(low) > 4 and low.endswith(self.adverb_head_endings) \
            and low not in self.ly_nouns

    def is_participle(self, low: str) -> bool:
        """A present participle ("saying", "affirmant"): its subject is the clause's."""
        return low in self.verbs and low.endswith(self.participle_endings)


def _with_plurals(titles: dict, language: str) -> dict:
    """Titles and their plurals ("juges", "généraux", "senators"; the language's
    ``TITLE_PLURAL``): plural has no gender."""
    plural_of = _inflection(language).TITLE_PLURAL
    out = {k.replace("’", "'"): v for k, v in titles.items()}
    for k in list(out):
        if " " in k or k.endswith("."):
            continue
        plural = plural_of(k)
        if plural is not None:
            out.setdefault(plural, None)
    return out


def _inflection(language: str):
    """The language's inflection rules (``analysis/lang/<code>/inflection.py``), checked."""
    return checked(resource(language, "inflection"), INFLECTION)


def _phrases(phrases) -> dict:
    out: dict = {}
    for p in phrases:
        words = tuple(p.lower().replace("’", "'").split())
        if words:
            out.setdefault(words[-1], []).append(words)
    return out


def _norm(words) -> frozenset[str]:
    return frozenset(w.lower().replace("’", "'") for w in words)


def _frames(frames) -> tuple[tuple[str, ...], ...]:
    out = []
    for f in frames:
        toks = f.lower().replace("’", "'").replace("'", "' ").split()
        out.append(tuple(toks))
    # the longest first; equals in a fixed order (a set's order changes with the hash seed)
    return tuple(sorted(set(out), key=lambda f: (-len(f), f)))


def _by_first_word(phrases: tuple[tuple[str, ...], ...]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Word sequences by their first word (the longest first, as ``_frames`` sorts them)."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for p in phrases:
        out.setdefault(p[0], []).append(p)
    return {w: tuple(ps) for w, ps in out.items()}


def _frame_heads(frames, lead_frames) -> dict:
    heads: dict = {}
    for kind, group in enumerate((frames, lead_frames)):
        for frame in group:  # in order: the longest frames first
            pair = heads.setdefault(frame[0], ([], []))
            pair[kind].append(frame)
    return {first: (tuple(f), tuple(lf)) for first, (f, lf) in heads.items()}


def _stop_words(language: str, names) -> frozenset[str]:
    """The language's stop words but those that are also common names (``STOP_WORD_NAMES``:
    "Theresa May", "Will Hurd"), never dropped from a name."""
    from analysis.tokens import stop_words

    return _norm(stop_words(language)) - _norm(names)  # type: ignore[arg-type]  # checked there


def _build(language: str, verbs, speakers, *, forms: set[str], core: set[str],
           infinitives: list[str], bare: AbstractSet[str] = frozenset()) -> Cues:
    """The parts every language has in common; the verb forms are the language's own."""
    cues = _build_sets(language, verbs, speakers, forms=forms, core=core, infinitives=infinitives, bare=bare)
    watch = (cues.verbs | frozenset(cues.phrases) | frozenset(cues.frame_heads) | cues.person_words
             | cues.titled_words | SENTENCE_MARKS)
    follow = cues.verbs | frozenset(w[0] for group in cues.phrases.values() for w in group)
    return replace(cues, watch_words=watch, follow_words=follow, token_rules=_token_rules(language))


def _token_rules(language: str) -> Rules:
    """scan's rules: the language's abbreviations as written, but the ones that are also
    words ending sentences, longest first (so that "Mmes" is tried before "Mme"); its
    elisions and inversion pronouns."""
    data = checked(resource(language, "abbreviations"), ABBREVIATIONS)
    words = checked(resource(language, "tokenizer"), TOKENIZER)
    abbreviations = tuple(sorted(set(data.ABBREVIATIONS) - set(data.ALSO_WORDS), key=lambda a: (-len(a), a)))
    return (abbreviations, tuple(words.ELISIONS), tuple(words.INVERSION_PRONOUNS))


def _build_sets(language: str, verbs, speakers, *, forms: set[str], core: set[str],
                infinitives: list[str], bare: AbstractSet[str] = frozenset()) -> Cues:
    """The Cues of ``language`` from its checked data modules: the verb sets, the word sets
    of speakers and the language's switches (``_verb_fields``, ``_speaker_fields``,
    ``_switch_fields``)."""
    return Cues(language=language, **_verb_fields(verbs, forms=forms, core=core, infinitives=infinitives, bare=bare),
                **_speaker_fields(language, speakers), **_switch_fields(speakers))


def _verb_fields(verbs, *, forms: set[str], core: set[str], infinitives: list[str],
                 bare: AbstractSet[str]) -> dict[str, Any]:
    """The Cues fields read from ``verbs.py``: verb forms, frames, multi-word cues, the words
    around reporting verbs."""
    return dict(
        verbs=_norm(forms),
        auxiliaries=_norm(verbs.AUXILIARIES),
        frames=_frames(verbs.SOURCE_FRAMES),
        lead_frames=_frames(verbs.LEAD_FRAMES),
        infinitives=_norm(infinitives),
        core_verbs=_norm(core),
        phrases=_phrases(verbs.PHRASES),
        frame_heads=_frame_heads(_frames(verbs.SOURCE_FRAMES), _frames(verbs.LEAD_FRAMES)),
        speech_nouns=_norm(verbs.SPEECH_NOUNS),
        account_nouns=_norm(verbs.ACCOUNT_NOUNS) | _norm(verbs.SPEECH_NOUNS),
        opinion_nouns=_norm(verbs.OPINION_NOUNS),
        participle_leads=_norm(verbs.PARTICIPLE_LEADS),
        perfect_auxiliaries=_norm(verbs.PERFECT_AUXILIARIES),
        past_suffixes=tuple(verbs.PAST_SUFFIXES),
        source_conjunctions=_norm(verbs.SOURCE_CONJUNCTIONS),
        source_clause_clitics=_norm(verbs.SOURCE_CLAUSE_CLITICS),
        voice_frames=_frames(verbs.VOICE_FRAMES),
        bare_forms=_norm(bare),
        plural_verb_endings=tuple(verbs.PLURAL_VERB_ENDINGS),
        inversion_verbs=_norm(verbs.INVERSION_VERBS),
        lead_connectors=frozenset(_frames(verbs.LEAD_CONNECTORS)),
        topic_leads=_frames(verbs.TOPIC_LEADS),
        impersonal_clitics=_norm(verbs.IMPERSONAL_CLITICS),
        source_leads=_frames(verbs.SOURCE_LEADS),
        same_source=_frames(verbs.SAME_SOURCE),
        place_source_leads=_frames(verbs.PLACE_SOURCE_LEADS),
        cleft_leads=_frames(verbs.CLEFT_LEADS),
        verb_coordinators=_norm(verbs.VERB_COORDINATORS),
        quote_coordinators=_norm(verbs.QUOTE_COORDINATORS),
        reading_cues=tuple(tuple(c.split()) for c in verbs.READING_CUES),
        verb_group_words=_norm(verbs.VERB_GROUP_WORDS),
        incise_adverbials=_by_first_word(_frames(verbs.INCISE_ADVERBIALS)),
        tell_verbs=_norm(verbs.TELL_VERBS),
        modals=_norm(verbs.MODALS),
        participle_endings=tuple(verbs.PARTICIPLE_ENDINGS),
        past_participle_endings=tuple(verbs.PAST_PARTICIPLE_ENDINGS),
        regular_participle_endings=tuple(verbs.REGULAR_PARTICIPLE_ENDINGS),
        passive_perfect=_norm(verbs.PASSIVE_PERFECT),
        clitics=_norm(verbs.CLITICS),
        reflexive_clitics=_norm(verbs.REFLEXIVE_CLITICS),
        narrative_links=_norm(verbs.NARRATIVE_INFINITIVE_LINKS),
    )


def _speaker_fields(language: str, speakers) -> dict[str, Any]:
    """The Cues fields read from ``speakers.py`` that hold words: pronouns, titles, small
    words, and the words of the speaker rules."""
    return dict(
        pronouns=speakers.PRONOUNS,
        honorifics=speakers.HONORIFICS,
        titles=_with_plurals(speakers.TITLES, language),
        determiners=_norm(speakers.DETERMINERS),
        particles=_norm(speakers.NAME_PARTICLES),
        prepositions=_norm(speakers.PREPOSITIONS),
        relatives=_norm(speakers.RELATIVES),
        clause_relatives=_norm(speakers.CLAUSE_RELATIVES),
        charge_qualifiers=frozenset(" ".join(f) for f in _frames(speakers.CHARGE_QUALIFIERS)),  # as phrase_key joins
        stop_words=_stop_words(language, speakers.STOP_WORD_NAMES),
        subject_pronouns=_norm(speakers.SUBJECT_PRONOUNS),
        partitive_heads=_norm(speakers.PARTITIVE_HEADS),
        title_modifiers=_norm(speakers.TITLE_MODIFIERS),
        object_verbs=_norm(speakers.OBJECT_VERBS),
        subordinators=_norm(speakers.SUBORDINATORS),
        person_words=frozenset(speakers.HONORIFICS) | frozenset(speakers.PRONOUNS),
        noun_markers=_norm(speakers.NOUN_MARKERS),
        possessives=_norm(speakers.POSSESSIVES),
        not_names=_stop_words(language, speakers.STOP_WORD_NAMES) | frozenset(speakers.PRONOUNS)
        | _norm(speakers.NOT_NAME_OPENERS) | _norm(speakers.PARTY_LABELS),
        titled_words=frozenset(speakers.HONORIFICS) | frozenset(h + "." for h in speakers.HONORIFICS)
        | frozenset(_with_plurals(speakers.TITLES, language)),
        **_speaker_rule_fields(speakers),
        **_gender_fields(speakers),
    )


def _gender_fields(speakers) -> dict[str, Any]:
    """The Cues fields of the words whose gender picks a referent (``speakers.py``)."""
    return dict(
        latest_referents={tuple(k.split()): g for k, g in speakers.LATEST_REFERENTS.items()},
        determiner_genders=dict(speakers.DETERMINER_GENDERS),
    )


def _speaker_rule_fields(speakers) -> dict[str, Any]:
    """The Cues fields of the speaker rules' word lists and endings (``speakers.py``)."""
    return dict(
        topic_frames=_norm(speakers.TOPIC_FRAMES),
        lead_topic_frames=_norm(speakers.LEAD_TOPIC_FRAMES),
        non_person_heads=_norm(speakers.NON_PERSON_HEADS),
        non_person_name_words=_norm(speakers.NON_PERSON_NAME_WORDS),
        place_heads=_norm(speakers.PLACE_HEADS),
        noun_relatives=_norm(speakers.NOUN_RELATIVES),
        opener_participles=tuple(speakers.OPENER_PARTICIPLE_ENDINGS),
        subject_links=_norm(speakers.SUBJECT_LINKS),
        naming_words=_norm(speakers.NAMING_WORDS),
        name_determiners=_norm(speakers.NAME_DETERMINERS),
        charge_heads=_norm(speakers.CHARGE_HEADS),
        charge_links=_norm(speakers.CHARGE_LINKS),
        charge_conjunctions=_norm(speakers.CHARGE_CONJUNCTIONS),
        title_glue=_norm(speakers.TITLE_GLUE),
        title_determiners=_norm(speakers.TITLE_DETERMINERS),
        title_prepositions=_norm(speakers.TITLE_PREPOSITIONS),
        title_possessives=_norm(speakers.TITLE_POSSESSIVES),
        charge_leads=tuple(tuple(w.lower().replace("’", "'") for w in c.replace("'", "' ").split()) for c in speakers.CHARGE_LEADS),
        singular_auxiliaries=_norm(speakers.SINGULAR_AUXILIARIES),
        plural_determiners=_norm(speakers.PLURAL_DETERMINERS),
        passive_agents=_norm(speakers.PASSIVE_AGENTS),
        of_complement_subjects=_norm(speakers.OF_COMPLEMENT_SUBJECTS),
        document_nouns=_norm(speakers.DOCUMENT_NOUNS),
        new_document_determiners=_norm(speakers.NEW_DOCUMENT_DETERMINERS),
        clause_coordinators=_norm(speakers.CLAUSE_COORDINATORS),
        subject_coordinators=_norm(speakers.SUBJECT_COORDINATORS),
        organisation_nouns=dict(speakers.ORGANISATION_NOUNS),
        indefinites=_norm(speakers.INDEFINITES),
        frame_not_speaker=_norm(speakers.FRAME_NOT_SPEAKER),
        possessive_marks=_norm(speakers.POSSESSIVE_MARKS),
        definites=_norm(speakers.DEFINITES),
        adverb_endings=tuple(speakers.ADVERB_ENDINGS),
        org_links=_norm(speakers.ORG_LINKS),
        place_prepositions=_norm(speakers.PLACE_PREPOSITIONS),
        inserted_clause_openers=tuple(speakers.INSERTED_CLAUSE_OPENERS),
        adverb_head_endings=tuple(speakers.ADVERB_HEAD_ENDINGS),
        ly_nouns=_norm(speakers.LY_NOUNS),
        indefinite_subjects=_norm(speakers.INDEFINITE_SUBJECTS),
        indefinite_subject_leads=_norm(speakers.INDEFINITE_SUBJECT_LEADS),
        party_labels=_norm(speakers.PARTY_LABELS),
        infinitive_openers=frozenset(_frames(speakers.INFINITIVE_CLAUSE_OPENERS)),
        participle_subject_links=_norm(speakers.PARTICIPLE_SUBJECT_LINKS),
        participle_openers=tuple(speakers.PARTICIPLE_OPENER_ENDINGS),
        past_participle_openers=tuple(speakers.PAST_PARTICIPLE_OPENER_ENDINGS),
        opening_phrase_relatives=_norm(speakers.OPENING_PHRASE_RELATIVES),
        given_name_particles=_norm(speakers.GIVEN_NAME_PARTICLES),
        clause_stops=_norm(speakers.CLAUSE_STOPS),
        group_nouns=_norm(speakers.GROUP_NOUNS),
        manner_endings=tuple(speakers.MANNER_ENDINGS),
        not_name_endings=tuple(speakers.NOT_NAME_ENDINGS),
        title_complement_links=_norm(speakers.TITLE_COMPLEMENT_LINKS),
        title_complement_prepositions=_norm(speakers.TITLE_COMPLEMENT_PREPOSITIONS),
        of_words=_norm(speakers.OF_WORDS),
        stop_word_names=_norm(speakers.STOP_WORD_NAMES),
        genitive_marks=_norm(speakers.GENITIVE_MARKS),
        plural_endings=tuple(speakers.PLURAL_ENDINGS),
    )


def _switch_fields(speakers) -> dict[str, Any]:
    """The Cues fields that switch a language's rules on (flags) or size them (numbers)."""
    return dict(
        name_quotes=bool(speakers.NAME_QUOTES),
        bare_inversion=bool(speakers.BARE_INVERSION),
        title_apposition=bool(speakers.TITLE_APPOSITION),
        bare_title_to_titled=bool(speakers.BARE_TITLE_TO_TITLED),
        word_surnames=bool(speakers.WORD_SURNAMES),
        introduced_noun_gap=int(speakers.INTRODUCED_NOUN_GAP),
        introduced_noun_kinds=dict(speakers.INTRODUCED_NOUN_KINDS),  # the same rule's nouns
        adjectives_first=bool(speakers.ADJECTIVES_FIRST),
        adjectives_after=bool(speakers.ADJECTIVES_AFTER),
        name_modified_heads=bool(speakers.NAME_MODIFIED_HEADS),
        subordinate_quotes=bool(speakers.SUBORDINATE_QUOTES),
        plural_titles_as_written=bool(speakers.PLURAL_TITLES_AS_WRITTEN),
        modified_title_window=int(speakers.MODIFIED_TITLE_WINDOW),
        previous_sentence_speaker=bool(speakers.PREVIOUS_SENTENCE_SPEAKER),
        title_in_run=bool(speakers.TITLE_IN_NAME_RUN),
        noun_object_names=bool(speakers.NOUN_OBJECT_NAMES),
    )


def _build_fr() -> Cues:
    """French: the forms of regular -er verbs and the irregular ones, its infinitives."""
    from analysis.lang.fr import speakers as speakers_data, verbs as verbs_data

    verbs, speakers = checked(verbs_data, VERBS), checked(speakers_data, SPEAKERS)
    inflection = _inflection("fr")
    verb_forms = inflection.VERB_FORMS
    forms: set[str] = set(verbs.IRREGULAR_FORMS)
    for lemma in verbs.ER_VERBS:
        forms |= verb_forms(lemma)
    core: set[str] = set(verbs.CORE_IRREGULAR)
    for lemma in verbs.CORE_ER_VERBS:
        core |= verb_forms(lemma)
    endings = tuple(inflection.INFINITIVE_ENDINGS)
    infinitives = ([v.split()[-1].split("'")[-1] for v in verbs.ER_VERBS]
                   + [f for f in verbs.IRREGULAR_FORMS if f.endswith(endings)])
    from analysis.lang.fr.first_names import FIRST_NAMES, GIVEN_NAMES

    cues = _build("fr", verbs, speakers, forms=forms, core=core, infinitives=infinitives)
    return replace(cues, first_names=FIRST_NAMES, given_names=GIVEN_NAMES)


def _build_en() -> Cues:
    """English: the listed forms and the regular forms of the lemmas."""
    from analysis.lang.en import speakers as speakers_data, verbs as verbs_data

    verbs, speakers = checked(verbs_data, VERBS), checked(speakers_data, SPEAKERS)
    forms = set(verbs.REPORTING_VERB_FORMS) | set(verbs.IRREGULAR_FORMS)
    verb_forms = _inflection("en").VERB_FORMS
    for lemma in verbs.REGULAR_VERBS:
        forms |= verb_forms(lemma)
    from analysis.lang.en.first_names import FIRST_NAMES, GIVEN_NAMES

    cues = _build("en", verbs, speakers, forms=forms, core=set(verbs.CORE_VERBS),
                  infinitives=verbs.INFINITIVE_MARKERS, bare=set(verbs.REGULAR_VERBS) | set(verbs.BARE_FORMS))
    return replace(cues, first_names=FIRST_NAMES, given_names=GIVEN_NAMES)


_BUILDERS = {"fr": _build_fr, "en": _build_en}
assert set(_BUILDERS) == set(LANGUAGES)


@lru_cache(maxsize=None)
def cues_for(language: str) -> Cues:
    """The cue resources of ``language`` ("fr" or "en"), built once."""
    try:
        return _BUILDERS[language]()
    except KeyError:
        raise ValueError(f"language must be one of {', '.join(map(repr, _BUILDERS))}; got {language!r}") from None
