"""Stage 3: speaker mentions, and their resolution to one canonical name per entity.

A mention is what the text calls the speaker near the cue: a name ("Sergueï
Lavrov", "Mr. Obama", "la Russie"), a title ("le ministre", "the senator"), a
pronoun ("il", "she") or another noun phrase ("a source"). :class:`SpeakerIndex`
maps mentions to the fullest name used for the same entity in the article.
"""
from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from itertools import compress, count, islice
from operator import itemgetter, not_
from typing import Final, Literal

from analysis.quotes.cues import Cues, fold
from analysis.quotes.scan import Tokens
from analysis.quotes.scan import bisect_left, bisect_right  # typed when compiled (scan.bisect_left)

__all__ = ["Mention", "name_not_auxiliary", "SpeakerIndex", "mention_ending_at", "mention_forward", "subject_backward",
           "name_run_at", "positions"]

MentionKind = Literal["name", "title", "pronoun", "other"]

_first = itemgetter(0)
# fold() of the words that names and titles are made of, shared by the articles (the same
# surnames and titles come back from one article to the next), emptied when full
_FOLDS: Final[dict[str, str]] = {}  # Final: a C static when compiled
_FOLDS_MAX: Final = 1 << 16
# Bounds that keep speaker resolution linear in the text's length whatever it holds; news
# articles stay far below them (the gold sets: at most 370 names an article).
_MAX_LOOK_BACK = 150  # names (or titled introductions) looked back at from a pronoun or title (60 suffice)
_MAX_FORMS = 64  # full forms of one surname compared with a name
_LONGEST_MENTION = 40  # tokens: a name run or a mention with its titles is never longer
_APPOSITION_REACH = 10  # tokens from an apposed name's comma back to its title at most


@dataclass(slots=True)
class Mention:
    start: int  # first token
    end: int  # token after the last
    kind: MentionKind
    name: str | None = None  # the person/organisation name inside the mention
    title: str | None = None  # folded head title ("ministre", "senator")
    gender: str | None = None

    # written out: compiled, a dataclass's generated __init__ runs as Python code, and this
    # class is built for every mention the resolution reads
    def __init__(self, start: int, end: int, kind: MentionKind, name: str | None = None, title: str | None = None,
                 gender: str | None = None) -> None:
        self.start, self.end, self.kind, self.name, self.title, self.gender = start, end, kind, name, title, gender


def _shared_fold(word: str) -> str:
    """``fold(word)``, from the memo the articles share (``_FOLDS``)."""
    got = _FOLDS.get(word)
    if got is None:
        if len(_FOLDS) >= _FOLDS_MAX:  # bounded: a long corpus of new names never grows it
            _FOLDS.clear()
        got = _FOLDS[word] = fold(word)
    return got


def _is_cap(tk: Tokens, i: int, cues: Cues) -> bool:
    """Token i is a capitalised word that may be (part of) a name."""
    if tk.inside < 0:  # the usual case: decided once for every capitalised token
        names = tk.cap_names
        if names is None:
            names = tk.cap_names = _cap_names(tk, cues)
        return i in names
    return _is_cap_at(tk, i, cues)


def _cap_names(tk: Tokens, cues: Cues) -> frozenset[int]:
    """The capitalised tokens outside quotes that may be names (what _is_cap_at says)."""
    low = tk.low
    caps = tk.caps_out
    # stop words and pronouns are never names: dropped in one C-level pass
    words = map(low.__getitem__, caps)
    kept = set(compress(caps, map(not_, map(cues.not_names.__contains__, words))))
    openers = kept.intersection(tk.sent_lo)
    if openers:
        # only sentence openers need the costly test
        mid = tk.caps_mid
        kept.difference_update(k for k in openers if low[k] not in mid and not _opening_name(tk, k, cues))
    surnames = _word_surnames(tk, caps, kept, cues) if cues.word_surnames else None
    if surnames:
        kept.update(k for k in caps if low[k] in surnames and (
            (k > 0 and tk.sent[k - 1] == tk.sent[k]) or (k + 1 < len(tk) and tk.text[k + 1][:1].islower() and cues.is_verb(low[k + 1]))))
    return frozenset(kept)


def _word_surnames(tk: Tokens, caps: list, kept: set, cues: Cues) -> set[str]:
    """Common words the article uses as surnames: a capitalised stop word right after a first
    name and before a lowercase word or a comma ("George Will reignited", "said Al From,").
    Elsewhere inside a sentence the word is that person ("While Will acknowledges …")."""
    low, text = tk.low, tk.text
    found = set()
    for k in compress(caps, map(cues.stop_words.__contains__, map(low.__getitem__, caps))):
        w = low[k]
        if w not in cues.pronouns and k - 1 in kept and k + 1 < len(tk) and tk.quote[k] < 0 \
                and tk.sent[k - 1] == tk.sent[k] and w.isalpha() and text[k - 1][1:].islower() and tk.seen_lower(w) \
                and (text[k + 1][:1].islower() or text[k + 1] in ",."):
            found.add(w)
    return found


def _noun_object(low: list, d: int, cues: Cues) -> bool:
    """Token ``d`` opens a preposition's noun phrase: a contracted preposition (« du », « au »:
    a preposition also a name's determiner) or a determiner after a preposition (« sur la »)."""
    w = low[d]
    if w in cues.prepositions:
        return w in cues.name_determiners
    return w in cues.determiners and d > 0 and low[d - 1] in cues.prepositions


def _is_cap_at(tk: Tokens, i: int, cues: Cues) -> bool:
    w = tk.text[i]
    if not (w[:1].isupper() and tk.quote[i] == tk.inside and tk.low[i] not in cues.stop_words
            and tk.low[i] not in cues.pronouns):
        return False
    if (i == 0 or tk.sent[i - 1] != tk.sent[i]) and tk.low[i] not in tk.caps_mid:
        return _opening_name(tk, i, cues)
    return True


def _opening_name(tk: Tokens, i: int, cues: Cues) -> bool:
    """A capital opening a sentence is a name unless the word also appears in lowercase
    or looks like a participle or adverb ("Revenant lundi", "Speaking to…"; a given name so
    ending stays one: « René », "Fred"), also before a particle (« Accompagné de X »)."""
    if i + 1 < len(tk) and tk.text[i + 1][:1].isupper() and tk.low[i + 1] not in cues.stop_words:
        return True
    low = tk.low[i]
    form = low.endswith(cues.not_name_endings) and not (cues.given_names and fold(low) in cues.given_names)
    if i + 1 < len(tk) and not form and _particles_then_cap(tk, i + 1, cues):
        return True
    if cues.opener_participles and i + 1 < len(tk) and tk.text[i + 1] == "," and low.endswith(cues.opener_participles):
        return False  # "Ému, Hamon a rendu hommage": a participle set off by a comma
    return not form and not tk.seen_lower(low)


def _title_at(tk: Tokens, i: int, cues: Cues) -> str | None:
    """The title starting at token i ("press secretary", "ministre"), if any."""
    low = tk.low[i]
    if i + 1 < len(tk):
        two = f"{low} {tk.low[i + 1]}"
        if two in cues.titles:
            return two
    if _modifier_alone(tk.low, i, cues):
        return None  # « pour la première fois », not « le premier ministre »
    return low if low in cues.titles else None


def _modifier_alone(low: list[str], i: int, cues: Cues) -> bool:
    """Token ``i`` is a title modifier (« premier ») not followed by a title: no title."""
    return low[i] in cues.title_modifiers and not (i + 1 < len(low) and low[i + 1] in cues.titles)


def _particle_joined(w: str, low: str, particles: frozenset) -> bool:
    """Word ``w`` (lowercased ``low``) is a particle joined by a hyphen to a capitalised
    name: "al-Adnani", "el-Assad"."""
    x = w.find("-")
    return 0 < x < len(w) - 1 and low[:x] in particles and w[x + 1].isupper()


def _particles_then_cap(tk: Tokens, j: int, cues: Cues) -> bool:
    """Tokens from j are particles followed by a capitalised word ("von der Leyen")."""
    k = j
    while k < len(tk) and k - j < 3 and tk.low[k] in cues.particles:
        k += 1
    return k > j and k < len(tk) and tk.text[k][:1].isupper() and tk.quote[k] == tk.inside


def capital_heading(tk: Tokens, a: int, b: int) -> bool:
    """Tokens a..b, with any words in capitals before them, are words in capitals opening their
    paragraph, two or more or one of five letters or more: a section heading ("NOW OPEN",
    "FAREWELL"; an acronym such as "NATO" is a name)."""
    text = tk.text
    while a > 0 and not text[a - 1].startswith("\n") and text[a - 1].isupper() and text[a - 1].isalpha():
        a -= 1  # "NOW OPEN": a stop word in capitals is no name
    if a > 0 and not text[a - 1].startswith("\n"):
        return False
    for k in range(a, b):
        if not (text[k].isupper() and text[k].isalpha()):
            return False
    return b - a > 1 or len(text[a]) > 4


def name_run_at(tk: Tokens, i: int, hi: int, cues: Cues) -> int:
    """End (exclusive) of the capitalised name run starting at token i, or i."""
    if tk.inside < 0:
        names = tk.cap_names
        if names is None:
            names = tk.cap_names = _cap_names(tk, cues)
        return _name_run(tk, i, hi, names, cues)
    return _name_run(tk, i, hi, None, cues)


def _cap(tk: Tokens, j: int, names: frozenset | None, cues: Cues) -> bool:
    """``_is_cap``, a set lookup where the capitalised names are given (outside incises)."""
    return j in names if names is not None else _is_cap(tk, j, cues)


def _name_run(tk: Tokens, i: int, hi: int, names: frozenset | None, cues: Cues) -> int:
    """name_run_at, with ``names`` the article's capitalised names outside incises (a set
    lookup: hot, once a name), None inside an incise."""
    text, low, particles = tk.text, tk.low, cues.particles
    if i >= hi or not _cap(tk, i, names, cues):
        return i
    j = i + 1
    hi = min(hi, i + _LONGEST_MENTION)
    while j < hi:
        w = text[j]
        prev = text[j - 1]
        if prev.isupper() and len(prev) > 1 and low[j - 1] not in cues.honorifics and not w.isupper() \
                and j + 1 < hi and _cap(tk, j + 1, names, cues) and not text[j + 1].isupper():
            break  # an acronym before a full name: "l’AFP Marc Fesneau", "LR Éric Ciotti" (not "M. De Croo")
        if _cap(tk, j, names, cues) or (w[:1].isupper() and low[j] in particles):
            j += 1
        elif low[j] in particles and _particles_then_cap(tk, j, cues):
            j += 1  # "Ursula von der Leyen", "Charles de Gaulle"
        elif w[:1].islower() and _particle_joined(w, low[j], particles):
            j += 1  # "Abou Mohammed al-Adnani", "Bachar el-Assad"
        elif w == "-" and j + 1 < hi and _cap(tk, j + 1, names, cues) and _joins(tk, j):
            j += 1
        else:
            break
    return j


def _given_name_gender(name: str, first_names: dict | None) -> str | None:
    """The gender a full name's given name tells ("Jean-Marc Morandini": "jean"), if the list
    has it; None for a single word."""
    if not first_names or " " not in name:
        return None
    return first_names.get(fold(name.split(None, 1)[0].split("-", 1)[0]))


def adverbial_end(tk: Tokens, k: int, cues: Cues) -> int:
    """The token after an incise adverbial opening at token ``k`` (« pour sa part », « de son
    côté », "for his part"), or ``k``: « a pour sa part déclaré X », « souligne de son côté X »."""
    low = tk.low
    if k < len(low):
        for phrase in cues.incise_adverbials.get(low[k], ()):  # most words open none: one lookup
            if tuple(low[k:k + len(phrase)]) == phrase:
                return k + len(phrase)
    return k


def given_name_inside(tk: Tokens, a: int, e: int, first_names: dict) -> int:
    """In the name run a..e, the token after the first that is a common given name between
    capitalised words, where two names ran together ("Monde Jean Dupont"), or -1."""
    text = tk.text
    for j in range(a + 1, e - 1):
        w = text[j]
        if w[:1].isupper() and text[j - 1][:1].isupper() and text[j + 1][:1].isupper() \
                and fold(w.split("-", 1)[0]) in first_names:
            return j
    return -1


def _joins(tk: Tokens, j: int) -> bool:
    """The hyphen at token j touches a word on one side at least ("Jean -Pierre"); one with
    spaces on both sides is a dash ("… Reynolds - Santilli's girlfriend"): no name runs over it."""
    return tk.start[j] == tk.end[j - 1] or tk.start[j + 1] == tk.start[j] + 1


def _clean_name(tk: Tokens, a: int, b: int, cues: Cues) -> tuple[str | None, str | None, str | None]:
    """Split a capitalised run into (name, title, gender): drop titles and honorifics."""
    title = gender = None
    k = a
    titled = tk.titled
    if titled is None:
        titled = _titled(tk, cues)
    x = bisect_left(titled, a)
    if x < len(titled) and titled[x] < b:  # most runs hold neither title nor honorific
        for j in range(a, b):
            word = tk.low[j]
            if word in cues.honorifics or word.rstrip(".") in cues.honorifics:
                gender = cues.honorifics.get(word, cues.honorifics.get(word.rstrip(".")))
                k = j + 1
            elif word in cues.titles:
                title, k = word, j + 1
                gender = gender or cues.titles[word]
    low, particles = tk.low, cues.particles
    skipped = k
    if not (k + 2 == b and low[k] in cues.given_name_particles and tk.text[k][:1].isupper()
            and low[k + 1] not in particles):  # "Rep. Al Cox": a given name
        while k < b and low[k] in particles and not _capital_article(tk, k, cues):
            k += 1
    if k >= b:
        return None, title, gender
    if title is not None and k > skipped and cues.title_in_run:
        if b - k < 3:
            # only the complement follows the title (« Président du Tchad », « Ministre de la
            # Justice »): a place or an institution, not the person holding the title
            if tk.text[skipped - 1][:1].isupper():
                return None, title, gender
        else:
            # a capitalised title's complement (« Le Ministre de la Défense Jan Kowal »): not the name
            k += 1
    # A complement of a title ("secrétaire d’État Antony Blinken"): drop its first word.
    if k == a and b - a >= 3 and a >= 2 and low[a - 1] in cues.title_complement_links and (
            low[a - 2] in cues.titles or low[a - 2] in cues.title_complement_prepositions
            or (a >= 3 and low[a - 3] in cues.titles)  # (« à l'Intérieur X »)
            or (a >= 4 and low[a - 4] in cues.titles and low[a - 2] in cues.title_complement_links
                and tk.text[a - 3][:1].islower() and low[a - 3] not in cues.stop_words)):  # « ministre français de l'Intérieur X »
        k += 1
        while k < b and low[k] in particles:
            k += 1
        if k >= b:
            return None, title, gender
    return tk.src[tk.start[k]:tk.start[b - 1] + len(tk.text[b - 1])], title, gender


def _capital_article(tk: Tokens, k: int, cues: Cues) -> bool:
    """A capitalised determiner inside a sentence opens a name: « écrit Le Monde », « La
    Croix », « Le Pen » (at a sentence's start it may be the determiner of anything)."""
    return tk.text[k][:1].isupper() and tk.low[k] in cues.determiners and k > tk.sent_lo[tk.sent[k]] \
        and tk.text[k - 1] not in _OPENING_PUNCTUATION


_OPENING_PUNCTUATION = frozenset(("«", "“", '"', "(", ":", "—", "–", "-", "‘", "'"))


def _titled(tk: Tokens, cues: Cues) -> list[int]:
    """Positions of the honorifics and titles of the article."""
    tk.titled = positions(tk, cues.titled_words, cues)
    return tk.titled


def positions(tk: Tokens, words: Collection[str], cues: Cues) -> list[int]:
    """Indexes of the tokens whose ``low`` is in ``words`` (one of the sets of ``cues``):
    picked among the few that scan found when it watched ``cues.watch_words``."""
    if tk.watch is cues.watch_words:
        low = tk.low
        return [k for k in tk.watched if low[k] in words]
    return list(compress(count(), map(words.__contains__, tk.low)))


def _modifier_before_head(tk: Tokens, j: int, hi: int, cues: Cues) -> bool:
    """A lowercase word ahead of a title or a name within 3 words ("former", "super")."""
    if not tk.text[j][:1].islower() or tk.low[j] in cues.stop_words or cues.is_verb(tk.low[j]):
        return False
    for k in range(j + 1, min(hi, j + 4)):
        if _title_at(tk, k, cues) or _is_cap(tk, k, cues):
            return True
        if not tk.text[k][:1].islower() or tk.low[k] in cues.stop_words or cues.is_verb(tk.low[k]):
            return False
    return False


def mention_forward(tk: Tokens, i: int, hi: int, cues: Cues) -> Mention | None:
    """The mention starting at token i (after an inverted verb: "said Mr. Smith"): a pronoun, else a determiner, title
    words and lowercase complements ("le président russe", "the White House press secretary"), a name or the title."""
    if i >= hi or tk.quote[i] != tk.inside:
        return None
    low = tk.low[i]
    if low in cues.pronouns:
        return Mention(i, i + 1, "pronoun", gender=cues.pronouns[low])
    j = i
    said_gender = None  # « la chef », « le ministre »: the determiner's gender, for a title with one form
    if low in cues.determiners and i + 1 < hi and _capital_article(tk, i, cues) and _is_cap(tk, i + 1, cues):
        return _name_mention(tk, i, i, name_run_at(tk, i + 1, hi, cues), hi, None, None, cues)  # « écrit Le Monde »
    if low in cues.determiners:
        j += 1
        if cues.determiner_genders:
            said_gender = cues.determiner_genders.get(low)
    title = gender = None
    start_np = j
    hi = min(hi, i + _LONGEST_MENTION)
    while j < hi and tk.quote[j] == tk.inside:
        t = _title_at(tk, j, cues)
        if t:
            title, gender = t, cues.titles.get(t) or gender
            j += 2 if " " in t else 1
            continue
        if tk.low[j] in cues.honorifics:
            gender = cues.honorifics[tk.low[j]]
            j += 1
            continue
        if j + 1 < hi and len(tk.text[j]) > 1 and tk.text[j].isupper() and tk.text[j].isalpha() \
                and tk.low[j] in cues.not_names and (_title_at(tk, j + 1, cues) or _is_cap(tk, j + 1, cues)):
            j += 1  # an acronym that is also a word ("US", "IT") before a title or a name: "US Senator X"
            continue
        if _is_cap(tk, j, cues):
            e = name_run_at(tk, j, hi, cues)
            if e == j + 1 and tk.text[j].isupper() and len(tk.text[j]) > 1 and e < hi and _is_cap(tk, e, cues):
                j = e  # a party or agency before the name: "le député LR Éric Ciotti"
                continue
            if title and j > start_np and tk.low[j - 1] in cues.title_complement_links and e - j < 3:
                j, k = e, _past_complement(tk, e, hi, cues)  # a complement, not the name: "le maire de Paris"
                if k < 0:
                    break
                j = k
                continue
            k = _past_name_modifier(tk, e, hi, cues)
            if k >= 0:
                j = k
                continue
            return _name_mention(tk, i, j, e, hi, title, gender, cues)
        k = _title_goes_on(tk, j, hi, start_np, cues) if title else -1
        if k > 0:
            j = k
            continue
        if not title and j - start_np < 3 and _modifier_before_head(tk, j, hi, cues):
            j += 1  # "the former president", "super PAC spokeswoman Kellyanne Conway"
            continue
        break
    if title:
        return _title_mention(tk, i, j, hi, title, gender or said_gender, cues)
    return None


def _title_goes_on(tk: Tokens, j: int, hi: int, start_np: int, cues: Cues) -> int:
    """Where a title's words go on at token ``j``: past a particle ("secrétaire d’",
    "ministre des"), an adjective ("le ministre russe"), a complement before a name (« à
    l'Intérieur Laurent Nuñez », « de l'Intérieur Gérard Collomb »); -1 where they end."""
    low = tk.low[j]
    if low in cues.particles and j + 1 < hi:
        if tk.low[j + 1] in cues.determiners:
            k = _complement_before_name(tk, j + 1, hi, cues)
            if k > 0:
                return k  # « le ministre de l'Intérieur Gérard Collomb »
        return j + 1
    if low in cues.title_complement_prepositions:
        return _complement_before_name(tk, j + 1, hi, cues)
    if tk.text[j][:1].islower() and low not in cues.stop_words and low not in cues.prepositions \
            and not cues.is_verb(low) and j - start_np < 6:
        return j + 1
    return -1


def _complement_before_name(tk: Tokens, k: int, hi: int, cues: Cues) -> int:
    """Where a title's complement opening at token ``k`` starts (after its determiner) when a
    name follows it, in its run or after a comma (« l'Intérieur Laurent Nuñez », « aux Sports,
    Anne Roux »); -1 otherwise (« à l'AFP », whom the title spoke to)."""
    if k < hi and tk.low[k] in cues.determiners:
        k += 1
    if k >= hi or not _is_cap(tk, k, cues):
        return -1
    e = name_run_at(tk, k, hi, cues)
    if e - k >= 3 or (e + 1 < hi and tk.text[e] == "," and _is_cap(tk, e + 1, cues)) \
            or _adjectives_then_name(tk, e, hi, cues) > 0:
        return k
    return -1


def _past_complement(tk: Tokens, e: int, hi: int, cues: Cues) -> int:
    """Where a title's words go on after its complement ending at token ``e``: a second
    complement (« le secrétaire d'État à l'Intérieur X »), a name after adjectives (« de la
    Commission européenne Jean-Claude Juncker »); -1 where the title ends."""
    if e < hi and tk.low[e] in cues.title_complement_prepositions:
        return e
    return _adjectives_then_name(tk, e, hi, cues)


def _adjectives_then_name(tk: Tokens, j: int, hi: int, cues: Cues) -> int:
    """Where a name of two words or more starts after one or two lowercase adjectives at token
    ``j`` (« européenne Jean-Claude Juncker » after « de la Commission »); -1 otherwise."""
    k = j
    while k < hi and k - j < 2 and tk.text[k][:1].islower() and tk.low[k] not in cues.stop_words \
            and tk.low[k] not in cues.prepositions and not cues.is_verb(tk.low[k]) and not _title_at(tk, k, cues):
        k += 1
    if k == j or k >= hi or not _is_cap(tk, k, cues):
        return -1
    return k if name_run_at(tk, k, hi, cues) - k >= 2 else -1


def _past_name_modifier(tk: Tokens, e: int, hi: int, cues: Cues) -> int:
    """Where the mention goes on after a name run ending at ``e`` that modifies what follows:
    a possessive ("Fox's Chris Wallace", "HP's former chief spokesman"), title words before
    the name ("White House press secretary Josh Earnest", "CrowdStrike co-founder Dmitri
    Alperovitch"); -1 when the run is the name."""
    if e + 1 < hi and tk.low[e] in cues.genitive_marks and (_is_cap(tk, e + 1, cues) or _title_at(tk, e + 1, cues)
                                                   or tk.text[e + 1][:1].islower()):
        return e + 1
    k = e
    while k < hi and k - e < 2 and tk.text[k][:1].islower() and tk.low[k] not in cues.stop_words \
            and not cues.is_verb(tk.low[k]) and not _title_at(tk, k, cues):
        k += 1
    if k < hi and (_title_at(tk, k, cues) or (k > e and _is_cap(tk, k, cues))):
        return k
    return -1


def _name_mention(tk: Tokens, i: int, j: int, e: int, hi: int, title: str | None, gender: str | None,
                  cues: Cues) -> Mention:
    """The mention from token ``i`` whose name run is j..e, going on in lowercase for an
    institution after a determiner ("a déclaré la Confédération générale du travail";
    French ``ORG_LINKS``): a name, or a title where the run holds no name."""
    if cues.org_links and j > 0 and tk.low[j - 1] in cues.determiners and not title:
        e = _org_tail(tk, j, e, hi, cues)
    name, t2, g2 = _clean_name(tk, j, e, cues)
    return Mention(i, e, "name" if name else "title", name=name, title=t2 or title, gender=g2 or gender)


def _title_mention(tk: Tokens, i: int, j: int, hi: int, title: str, gender: str | None, cues: Cues) -> Mention:
    """A title from token ``i`` to ``j``, with the name of its apposition ("le chef de la
    firme, John Lasseter"), else the title alone."""
    if j + 1 < hi and tk.text[j] == "," and _is_cap(tk, j + 1, cues):
        e = name_run_at(tk, j + 1, hi, cues)  # apposition: "le chef de la firme, John Lasseter"
        name, _, g2 = _clean_name(tk, j + 1, e, cues)
        if name:
            return Mention(i, e, "name", name=name, title=title, gender=g2 or gender)
    return Mention(i, j, "title", title=title, gender=gender)


def _org_word(tk: Tokens, k: int, cues: Cues, *, noun: bool = False) -> bool:
    """A lowercase adjective or noun that may go on an institution's name ("pénale",
    "socialiste", "appel"): no small word, verb, title, adverb, nor a participle in -é
    unless a noun is expected ("de la santé")."""
    w = tk.low[k]
    return (tk.text[k][:1].islower() and len(w) > 2 and w.replace("-", "").isalpha() and w not in cues.stop_words
            and not cues.is_verb(w) and w not in cues.titles and not w.endswith(cues.manner_endings)
            and (noun or not w.endswith(cues.regular_participle_endings)))


def _capital_before(tk: Tokens, i: int, window: int) -> bool:
    """A capitalised token within ``window`` tokens before token i (one bisection)."""
    caps = tk.caps
    x = bisect_left(caps, i)
    return x > 0 and caps[x - 1] >= i - window


def _org_tail(tk: Tokens, c: int, e: int, hi: int, cues: Cues) -> int:
    """End of an institution's name whose capitalised part is tokens c..e, going on in
    lowercase: "la Cour pénale internationale", "le Parti socialiste", "la Cour d'appel de
    San Francisco", "l'Organisation mondiale de la santé" (French: ``cues.org_links``).
    Returns ``e`` when no lowercase word follows, or when the capitalised part is more
    than one word."""
    links, quote = cues.org_links, tk.quote
    if e != c + 1:
        return e  # institutions have one capitalised head noun; "Les Échos du Rhône publie …" is a title
    k = last = e
    while k < hi and k - e < 8 and quote[k] == tk.inside:
        if _org_word(tk, k, cues):
            k = last = k + 1
            continue
        if tk.low[k] in links:
            n = k + 1
            if n < hi and tk.low[n] in cues.determiners and tk.low[k] not in cues.determiners:
                n += 1  # "de la santé", "pour la doctrine"
            if n < hi and quote[n] == tk.inside and _org_word(tk, n, cues, noun=True):
                k = last = n + 1
                continue
            if last > e and n < hi and _is_cap(tk, n, cues):
                k = last = name_run_at(tk, n, hi, cues)  # "… d'appel de San Francisco"
                continue
        break
    return last


def mention_ending_at(tk: Tokens, e: int, lo: int, cues: Cues) -> Mention | None:
    """The mention whose last token is e-1, parsed backwards: a pronoun, an institution's
    name ending in lowercase (``_institution_ending_at``), a name with its honorifics, titles
    and determiner (``_name_ending_at``), or a title ("le ministre", "press secretary")."""
    if e - 2 > lo and tk.low[e - 1] in cues.party_labels and tk.text[e - 2] == ",":
        e -= 2  # "Jo Hart, R-Iowa,": the name before the party-state label
    i = e - 1
    low = tk.low[i]
    if low in cues.pronouns:
        return Mention(i, e, "pronoun", gender=cues.pronouns[low])
    if cues.org_links and tk.text[i][:1].islower() and _capital_before(tk, i, 8) and _org_word(tk, i, cues, noun=True):
        m = _institution_ending_at(tk, e, lo, cues)
        if m is not None:
            return m
    if _is_cap(tk, i, cues):
        return _name_ending_at(tk, e, lo, cues)
    if low in cues.titles or (i - 1 >= lo and f"{tk.low[i - 1]} {low}" in cues.titles):
        a = i
        lo = max(lo, e - _LONGEST_MENTION)
        while a - 1 >= lo and (tk.low[a - 1] in cues.titles or (tk.text[a - 1][:1].isupper() and tk.low[a - 1] not in cues.stop_words)):
            a -= 1
        if a - 1 >= lo and tk.low[a - 1] in cues.determiners:
            a -= 1
        head = f"{tk.low[i - 1]} {low}" if f"{tk.low[i - 1]} {low}" in cues.titles else low
        return Mention(a, e, "title", title=head, gender=cues.titles.get(head))
    return None


def _institution_ending_at(tk: Tokens, e: int, lo: int, cues: Cues) -> Mention | None:
    """An institution's name ending in lowercase at token e-1, with its determiner: "la Cour
    pénale internationale a estimé" (French ``ORG_LINKS``)."""
    i = e - 1
    for c in range(i - 1, max(lo, i - 8) - 1, -1):
        if tk.quote[c] >= 0:
            break
        if _is_cap(tk, c, cues):
            a = c
            while a - 1 >= lo and _is_cap(tk, a - 1, cues):
                a -= 1
            d = _determiner_before(tk, a, lo, cues)
            if d >= 0 and tk.low[a] not in cues.titles \
                    and _org_tail(tk, a, name_run_at(tk, a, e, cues), e, cues) == e:
                name, title, gender = _clean_name(tk, a, e, cues)
                if name:
                    return Mention(d, e, "name", name=name, title=title, gender=gender)
            break
    return None


def _name_ending_at(tk: Tokens, e: int, lo: int, cues: Cues) -> Mention | None:
    """The name ending at token e-1 (a capitalised word), back over names, particles,
    honorifics, capitalised titles and hyphens, then a lowercase title right before ("le
    président Biden", "le ministre des Affaires étrangères Lavrov") and a determiner; not a
    title's complement ("X, premier secrétaire du PS, a dit": none)."""
    a = i = e - 1
    lo = max(lo, e - _LONGEST_MENTION)
    while a - 1 >= lo and tk.quote[a - 1] < 0 and (
        _is_cap(tk, a - 1, cues)
        or (tk.low[a - 1] in cues.particles and a - 2 >= lo and _is_cap(tk, a - 2, cues))
        or tk.low[a - 1] in cues.honorifics
        or (tk.text[a - 1][:1].isupper() and tk.low[a - 1] in cues.titles)
        or (tk.text[a - 1] == "-" and a - 2 >= lo and _is_cap(tk, a - 2, cues) and _joins(tk, a - 1))
    ):
        a -= 1
    name, title, gender = _clean_name(tk, a, e, cues)
    if name and e - a < 3 and a - 2 >= lo and tk.low[a - 1] in cues.title_complement_links and tk.low[a - 2] in cues.titles:
        name = None  # the title's complement, not the person: "X, premier secrétaire du PS, a dit"
    # lowercase title right before: "le président Biden", "le ministre des Affaires étrangères Lavrov"
    b = a
    while b - 1 >= lo and tk.quote[b - 1] < 0 and (tk.low[b - 1] in cues.titles or tk.low[b - 1] in cues.particles or (tk.text[b - 1][:1].isupper() and not tk.low[b - 1] in cues.stop_words) or (b - 2 >= lo and tk.low[b - 2] in cues.titles and tk.text[b - 1][:1].islower() and tk.low[b - 1] not in cues.stop_words)):
        if tk.low[b - 1] in cues.titles:
            title = title or tk.low[b - 1]
            gender = gender or cues.titles[tk.low[b - 1]]
        b -= 1
        if b < a - 6:
            break
    if b < a and not any(tk.low[k] in cues.titles for k in range(b, a)):
        b = a
    if b - 1 >= lo and tk.low[b - 1] in cues.determiners:
        b -= 1
    if name is None and title is None:
        return None
    return Mention(b, e, "name" if name else "title", name=name, title=title, gender=gender)


def name_not_auxiliary(tk: Tokens, j: int, hi: int, cues: Cues) -> bool:
    """A capitalised auxiliary that is also a name, before an inflected verb: "Will wrote",
    "Will says" (a modal takes the bare verb: "Will say")."""
    k = j + 1
    return (k < hi and tk.low[j] in cues.stop_word_names and tk.text[j][:1].isupper() and cues.is_verb(tk.low[k])
            and tk.low[k] not in cues.bare_forms)


def subject_backward(tk: Tokens, verb: int, lo: int, cues: Cues, *, other: bool = True) -> Mention | None:
    """The subject of the verb at token ``verb``: the nearest mention to its left that
    is not the object of a preposition nor a possessive ("à Lavrov", "Trump’s"); past the
    verb group, a relative's antecedent, the mention before an inserted clause or an
    apposition, else the nearest mention in subject position (``_subject_scan``).
    ``other``: unnamed noun phrases may be the subject too ("a source said")."""
    i = _verb_group_start(tk, verb, lo, cues)
    if i >= lo and tk.low[i] in cues.relatives:
        m = _relative_antecedent(tk, i, lo, cues, other)
        if m is not None:
            return m
    if i >= lo and tk.text[i] == ",":
        m = _before_relative_clause(tk, i, lo, cues)
        if m is not None:
            return m
        # An unnamed noun phrase opening the sentence before a relative clause: "The lawsuit, which
        # was filed …, alleged", "One voter, who asked …, said" (English data)
        if other and cues.opening_phrase_relatives:
            m = _opening_phrase_before_relative(tk, lo, i, cues)
            if m is not None:
                return m
        if cues.inserted_clause_openers:
            m = _before_inserted_clause(tk, i, lo, cues)
            if m is not None:
                return m
        m = _before_apposition(tk, i, lo, cues)
        if m is not None:
            return m
    return _subject_scan(tk, i, verb, lo, cues, other)


def _verb_group_start(tk: Tokens, verb: int, lo: int, cues: Cues) -> int:
    """The token before the verb group ending with the verb at ``verb``: auxiliaries,
    adverbs, clitics ("a précédemment averti", "has also said"). An adverb is lowercase:
    "The Justice Department said", "Kelly said" end with their subject."""
    i = verb - 1
    while i >= lo and tk.quote[i] < 0 and ((tk.low[i] in cues.auxiliaries and not name_not_auxiliary(tk, i, verb + 1, cues))
                                           or tk.low[i] in cues.verb_group_words or (
            tk.low[i].endswith(cues.adverb_endings) and tk.text[i][:1].islower())):
        i -= 1
    return i


def _relative_antecedent(tk: Tokens, i: int, lo: int, cues: Cues, other: bool) -> Mention | None:
    """The antecedent of the relative at token ``i``, whatever precedes it ("Lavrov, qui a
    déclaré"); a name after a preposition gives the title's owner ("X, Président du Tchad
    et de l'Union africaine, qui a rappelé": X); a noun phrase for a relative of any noun
    ("sa famille, qui a communiqué"; ``NOUN_RELATIVES``)."""
    j = i - 1
    if j >= lo and tk.text[j] == ",":
        j -= 1
    if j < lo:
        return None
    m = mention_ending_at(tk, j + 1, lo, cues)
    if m:
        if m.kind == "name" and m.start - 1 >= lo and _preposition_at(tk, m.start - 1, lo, cues):
            return _title_owner(tk, m.start - 1, lo, cues) or m
        return m
    if other and tk.low[i] in cues.noun_relatives and j - 1 >= lo and tk.text[j][:1].islower() \
            and tk.low[j] not in cues.stop_words and tk.low[j - 1] in cues.determiners:
        return Mention(j - 1, j + 1, "other")  # "sa famille, qui a communiqué « … »"
    return None


def _before_relative_clause(tk: Tokens, i: int, lo: int, cues: Cues) -> Mention | None:
    """A name before a relative clause closed by the comma at ``i``, between subject and
    verb: "Swanson, who is a pastor at X, Colorado, slammed", "Sen. Claire McCaskill
    (D-Mo.), who …"."""
    for k in range(i - 1, max(lo, i - 30), -1):
        if tk.quote[k] >= 0 or tk.text[k] in ".;:!?" or cues.is_verb(tk.low[k]):
            return None
        if tk.low[k] in cues.relatives and k - 1 > lo and tk.text[k - 1] == ",":
            e = k - 1
            if tk.text[e - 1] == ")":  # "Sen. Claire McCaskill (D-Mo.), who …"
                while e > lo and tk.text[e] != "(":
                    e -= 1
            m = mention_ending_at(tk, e, lo, cues)
            return m if m and m.kind == "name" else None
    return None


def _before_inserted_clause(tk: Tokens, i: int, lo: int, cues: Cues) -> Mention | None:
    """A long inserted clause with its own verbs and names, opened by a relative or a present
    participle after a comma and closed by the comma at ``i``: "X, qui a payé … pour signer Y
    …, a déclaré", "Ce dernier, accusant Y de …, a affirmé": the mention before that comma
    (French ``INSERTED_CLAUSE_OPENERS``)."""
    for k in range(i - 1, max(lo, i - 60), -1):
        if tk.quote[k] >= 0 or tk.text[k] in ".;:!?" or tk.text[k].startswith("\n"):
            return None
        if k - 1 > lo and tk.text[k - 1] == "," and tk.text[k][:1].islower() and (
                tk.low[k] in cues.relatives or tk.low[k].endswith(cues.inserted_clause_openers)):
            if cues.latest_referents and k - 3 >= lo and (tk.low[k - 3], tk.low[k - 2]) in cues.latest_referents:
                return Mention(k - 3, k - 1, "other")  # "Ce dernier, accusant …": resolved as such
            m = mention_ending_at(tk, k - 1, lo, cues)
            if m and m.kind == "name" and not (m.start > lo and tk.low[m.start - 1] in cues.prepositions):
                return m  # "Le manager de X, Y, qui …": Y, after a title's comma
            return None
    return None


def _before_apposition(tk: Tokens, i: int, lo: int, cues: Cues) -> Mention | None:
    """The name before an apposition closed by the comma at ``i``: "Lee Unkrich, réalisateur
    de Coco, a écrit"; French: a name alone between the commas after a noun phrase opening
    with a determiner speaks ("Le manager du club, Jürgen Klopp, a déclaré";
    ``TITLE_APPOSITION``)."""
    k = i - 1
    while k >= lo and k > i - 16 and tk.text[k] not in ",.;:!?" and tk.quote[k] < 0 and not tk.text[k].startswith("\n"):
        k -= 1
    if not (k >= lo and tk.text[k] == ","):
        return None
    if cues.title_apposition:
        n = mention_ending_at(tk, i, k + 1, cues)
        if n is not None and n.kind == "name" and n.start == k + 1 and _after_noun_phrase(tk, k, lo, cues):
            return n
    m = mention_ending_at(tk, k, lo, cues)
    if m and m.kind == "name" and not _after_prep(tk, m, lo, cues):
        return m
    return None


def _after_noun_phrase(tk: Tokens, k: int, lo: int, cues: Cues) -> bool:
    """The words before the comma at ``k`` are a noun phrase opening with a determiner and a
    lowercase word, with no verb, opening its clause ("Le manager du club,")."""
    s = k - 1
    while s > lo and s > k - 12 and tk.text[s - 1] not in ",.;:!?" and tk.quote[s - 1] < 0 \
            and not tk.text[s - 1].startswith("\n"):
        s -= 1
    return ((s == lo or tk.text[s - 1] in ",;:" or tk.text[s - 1].startswith("\n"))
            and tk.low[s] in cues.determiners and tk.text[s + 1][:1].islower()
            and not any(cues.is_verb(tk.low[x]) and tk.text[x][:1].islower() for x in range(s + 1, k)))


def _subject_scan(tk: Tokens, i: int, verb: int, lo: int, cues: Cues, other: bool) -> Mention | None:
    """The nearest mention in subject position leftwards from token ``i`` within the sentence,
    past quotes and parentheses ("Laurent Wauquiez (LR)"): a mention that is no object nor
    possessive (``_mention_subject``), else, for the word right before the verb group, an
    unnamed noun phrase (``_unnamed_subject_before``)."""
    first = True
    while i >= lo:
        if tk.quote[i] >= 0:
            i -= 1
            continue
        if tk.text[i] == "." and i > lo and len(tk.text[i - 1]) == 1 and tk.text[i - 1].isupper():
            i -= 1  # an initial's period: "Nicolas R. admet"
            continue
        if tk.text[i] in ".;!?" or tk.text[i].startswith("\n"):
            break
        if tk.text[i] == ")":
            while i >= lo and tk.text[i] != "(":
                i -= 1  # a parenthesis is never the subject: "Laurent Wauquiez (LR)"
            i -= 1
            first = False
            continue
        m = mention_ending_at(tk, i + 1, lo, cues)
        if m and m.kind == "pronoun" and tk.low[m.start] not in cues.subject_pronouns:
            m = None  # "tell him", "lui aussi"
        if m:
            s = _mention_subject(tk, m, i, verb, lo, cues, first)
            if s is not None:
                return s
            i = m.start - 1
            first = False
            continue
        if other and first:
            s, j = _unnamed_subject_before(tk, i, verb, lo, cues)
            if s is not None:
                return s
            if j != i:
                i = j  # past a participle's object and its verb: the clause's subject may be further left
                continue
        first = False
        i -= 1
    return None


def _mention_subject(tk: Tokens, m: Mention, i: int, verb: int, lo: int, cues: Cues, first: bool) -> Mention | None:
    """Mention ``m`` (ending at token ``i``) as the subject of the verb at ``verb``, or None: a
    noun phrase whose noun takes it as complement speaks whole ("Le parquet de Lyon a
    affirmé"; ``OF_COMPLEMENT_SUBJECTS``); a participle's subject after "of", "with"
    ("footage of X saying"); else no possessive, no preposition's object, no modifier nor
    coordinated object; a title after a comma gives the name before it ("David Vuillermoz,
    président de la station explique")."""
    s = m.start
    if first and m.kind == "name" and s - 3 >= lo and tk.low[s - 1] in cues.of_complement_subjects \
            and tk.text[s - 2][:1].islower() and tk.low[s - 2] not in cues.stop_words \
            and not cues.is_verb(tk.low[s - 2]) and tk.low[s - 3] in cues.determiners:
        return Mention(s - 3, m.end, "other")  # "Le parquet de Lyon a affirmé": the noun phrase
    if m.start - 1 >= lo and tk.low[m.start - 1] in cues.clause_relatives and any(
            tk.low[k] in cues.auxiliaries or cues.is_verb(tk.low[k]) for k in range(m.end, verb)):
        # a relative clause's own subject: « Un courriel … dont l'AFP a eu connaissance précise »
        # is the mail's, the noun phrase opening the sentence
        a = lo + (tk.low[lo] in cues.clause_coordinators)
        if a + 1 < m.start and tk.low[a] in cues.determiners and tk.text[a + 1][:1].islower() \
                and tk.text[a + 1].isalpha() and tk.low[a + 1] not in cues.stop_words:
            return Mention(a, a + 2, "other")
        return None
    possessive = i + 1 < len(tk) and tk.low[i + 1] in cues.genitive_marks
    # "footage of Hillary Clinton asking, “…”", "with X noting": a participle's subject
    # right before it, after a preposition that may govern a clause ("on Twitter reading",
    # "into the polls saying": the object of a place, not the speaker)
    participle = tk.low[verb].endswith(cues.participle_endings) and m.start > lo \
        and tk.low[m.start - 1] in cues.participle_subject_links \
        and all(tk.text[k][:1].islower() and cues.is_adverb(tk.low[k]) for k in range(m.end, verb))
    if not (participle or (not possessive and not _after_prep(tk, m, lo, cues) and _subject_position(tk, m, verb, lo, cues)
                           and not _coordinated_object(tk, m, verb, lo, cues))):
        return None
    if m.kind == "title" and m.start - 1 >= lo and tk.text[m.start - 1] == ",":
        # "David Vuillermoz, président de la station explique"
        name = mention_ending_at(tk, m.start - 1, lo, cues)
        # not a sentence-opening place: "In Chelsea, the mayor said"
        # nor a name governed by a preposition before a definite title, which is the
        # subject itself: "vis-à-vis du Royaume-Uni, le monarque a déclaré"
        if name and name.kind == "name" and not (name.start - 1 == lo and _after_prep(tk, name, lo, cues)) \
                and not (tk.low[m.start] in cues.definites and name.start - 1 >= lo
                         and _preposition_at(tk, name.start - 1, lo, cues)):
            return name
    return m


def _unnamed_subject_before(tk: Tokens, i: int, verb: int, lo: int, cues: Cues) -> tuple[Mention | None, int]:
    """An unnamed subject ending at token ``i``, right before the verb group: a noun phrase
    with its adjectives after the noun ("Le journal syrien a qualifié"), a determiner and a
    noun ("a source said", "le parquet a indiqué"; not a preposition's object, nor a past
    form), a noun modified by a name ("a Trump adviser said"), a possessive and its noun
    ("Ryan’s office said"), a group noun ("officials said"), an indefinite ("Another
    tweeted"). Returns (mention, i), or (None, the token before a participle's object and its
    verb: "His office put out a statement saying"), or (None, i)."""
    if cues.adjectives_after and _modifier(tk, i, cues):
        n = _noun_adjectives_subject(tk, i, lo, cues)
        if n is not None:
            return n, i  # "Le journal syrien a qualifié", "La télévision d'État syrienne a déclaré"
    d = i - 1
    if cues.adjectives_first and d - 1 >= lo and tk.low[d - 1] in cues.determiners \
            and _modifier(tk, d, cues) and tk.low[d] not in cues.determiners:
        d -= 1  # a determiner, an adjective and the noun: "One sweeping question asked", "the state report said"
    if _determiner_noun(tk, i, d, verb, lo, cues):
        if _participle_object(tk, d, verb, lo, cues):
            # "X issued a statement saying": the clause's subject; "His office put out a
            # statement saying": skip the object and its verb
            m = sentence_subject(tk, lo, d, cues)
            if m is not None:
                return m, i
            j = d - 1
            while j > lo and j > verb - 8 and tk.quote[j] < 0 and tk.text[j].isalpha() and tk.text[j].islower() \
                    and tk.low[j - 1] not in cues.determiners and tk.low[j - 1] not in cues.possessives:
                j -= 1
            return None, j
        return Mention(d, i + 1, "other"), i  # "a source said", "le parquet a indiqué"
    if cues.name_modified_heads and tk.text[i][:1].islower() and tk.text[i].isalpha() \
            and tk.low[i] not in cues.stop_words and not cues.is_adverb(tk.low[i]) and d >= lo and _is_cap(tk, d, cues):
        m = _name_modified_noun(tk, i, d, lo, cues)
        if m is not None:
            return m, i
    if (cues.possessive_marks and tk.text[i][:1].islower() and i - 2 >= lo
            and tk.low[i - 1] in cues.possessive_marks and tk.quote[i - 1] < 0 and tk.low[i] not in cues.stop_words):
        m = _possessed_noun_subject(tk, i, verb, lo, cues)
        if m is not None:
            return m, i
    if tk.low[i] in cues.group_nouns:
        return Mention(i, i + 1, "other"), i
    if tk.low[i] in cues.indefinite_subjects and (
            i == lo or tk.sent[i - 1] != tk.sent[i] or tk.low[i - 1] in cues.indefinite_subject_leads):
        return Mention(i, i + 1, "other"), i  # "Another tweeted, “…”", "…, and several said"
    return None, i


def _determiner_noun(tk: Tokens, i: int, d: int, verb: int, lo: int, cues: Cues) -> bool:
    """Tokens d..i are a determiner and a lowercase noun (no stop word, adverb nor past form:
    "This prompted X to …"), not a preposition's object ("who has in the past described",
    "par la suite"), except a participle's subject after "with" ("with a lifeguard saying")."""
    return (tk.text[i][:1].islower() and d >= lo
            and tk.low[d] in cues.determiners and tk.low[i] not in cues.stop_words and not cues.is_adverb(tk.low[i])
            and not (cues.past_suffixes and len(tk.low[i]) > 4 and tk.low[i].endswith(cues.past_suffixes))
            and not (d - 1 >= lo and tk.low[d - 1] in cues.prepositions
                     and not (tk.low[d - 1] in cues.participle_subject_links
                              and tk.low[verb].endswith(cues.participle_openers))))


def _name_modified_noun(tk: Tokens, i: int, d: int, lo: int, cues: Cues) -> Mention | None:
    """A name modifying the noun at ``i`` before the verb: "the Christie supporter retorted",
    "a Trump adviser said": the whole noun phrase speaks, not a name further left; not a
    verb's object ("helped an East German journalist write", "calling the X attack")."""
    c = d
    while c - 1 >= lo and c > d - 4 and tk.quote[c - 1] < 0 and _is_cap(tk, c - 1, cues):
        c -= 1
    b = c - 2
    if c - 1 >= lo and tk.low[c - 1] in cues.determiners and tk.text[c - 1][:1].islower() \
            and tk.low[c - 1] not in cues.possessives \
            and not (b >= lo and tk.text[b].isalpha() and tk.text[b].islower()
                     and (cues.is_verb(tk.low[b]) or tk.low[b].endswith(cues.past_suffixes)
                          or tk.low[b].endswith(cues.participle_endings))):
        return Mention(c - 1, i + 1, "other")
    return None


def _noun_adjectives_subject(tk: Tokens, i: int, lo: int, cues: Cues) -> Mention | None:
    """A noun phrase ending at token ``i`` with its adjectives after the noun: a determiner, a
    lowercase noun, an optional complement (``de`` and a name or a noun) and one to three
    adjectives ("Le journal syrien", "La télévision d'État syrienne"; French data
    ``ADJECTIVES_AFTER``). None for a title ("le ministre syrien": the person) or an object
    (after a preposition or a lowercase word that is no stop word)."""
    a = i
    while a - 1 >= lo and a > i - 3 and _modifier(tk, a - 1, cues):
        a -= 1  # the lowercase words before i: the noun and the adjectives
    for d in range(a - 1, max(lo, i - 8) - 1, -1):
        if tk.quote[d] >= 0:
            return None
        if tk.low[d] in cues.determiners and d + 1 < i:
            h = d + 1
            j = h + 1
            if not _modifier(tk, h, cues) or tk.low[h] in cues.titles:
                continue
            if tk.low[j] in cues.of_complement_subjects and j + 1 < i:
                j += 1
                if tk.low[j] in cues.determiners and j + 1 < i:
                    j += 1
                if _is_cap(tk, j, cues):
                    j = name_run_at(tk, j, i, cues)
                elif _modifier(tk, j, cues):
                    j += 1
                else:
                    continue
            if j > i or i - j > 2 or any(not _modifier(tk, k, cues) or tk.low[k] in cues.titles for k in range(j, i + 1)):
                continue
            if d - 1 >= lo and tk.quote[d - 1] < 0 and (tk.low[d - 1] in cues.prepositions or (
                    tk.text[d - 1][:1].islower() and tk.text[d - 1].isalpha() and tk.low[d - 1] not in cues.stop_words)):
                if tk.low[d - 1] in cues.of_complement_subjects:
                    continue  # a noun's complement: « un agent de l'administration pénitentiaire »
                return None  # an object: "à la télévision syrienne", "reçu le journal syrien"
            return Mention(d, i + 1, "other")
        if not (tk.low[d] in cues.of_complement_subjects or _is_cap(tk, d, cues) or _modifier(tk, d, cues)):
            return None
    return None


def _opening_phrase_before_relative(tk: Tokens, lo: int, i: int, cues: Cues) -> Mention | None:
    """A determiner and up to three lowercase words opening the sentence at ``lo``, then a comma
    and a relative whose clause runs to the comma at ``i``: that noun phrase, as written."""
    if tk.low[lo] not in cues.determiners or tk.quote[lo] >= 0:
        return None
    for p in range(lo + 2, min(i - 1, lo + 5)):
        if tk.text[p] == ",":
            if p + 1 < i and tk.low[p + 1] in cues.opening_phrase_relatives \
                    and all(_modifier(tk, k, cues) or (tk.text[k][:1].islower() and tk.text[k].replace("-", "").isalpha()
                                                      and tk.low[k] in cues.titles) for k in range(lo + 1, p)) \
                    and all(tk.quote[k] < 0 for k in range(p, i)):
                return Mention(lo, p, "other")
            return None
        if tk.text[p][:1].isupper() or tk.quote[p] >= 0:
            return None
    return None


def _modifier(tk: Tokens, k: int, cues: Cues) -> bool:
    """Token k is a lowercase word that may modify a noun after it: no stop word, verb or adverb."""
    w = tk.low[k]
    return tk.quote[k] < 0 and tk.text[k].isalpha() and tk.text[k][:1].islower() and w not in cues.stop_words \
        and not cues.is_verb(w) and not cues.is_adverb(w)


def _participle_object(tk: Tokens, d: int, verb: int, lo: int, cues: Cues) -> bool:
    """A noun phrase at token ``d`` right before a participle, after a lowercase verb: the
    object of the clause's verb, not the participle's subject ("X issued a statement
    saying “…”" is X's; English: ``participle_openers``)."""
    b = d - 1
    return (b >= lo and bool(cues.participle_openers) and tk.low[verb].endswith(cues.participle_openers)
            and tk.quote[b] < 0 and tk.text[b].isalpha() and tk.text[b].islower()
            and tk.low[b] not in cues.prepositions and tk.low[b] not in cues.verb_coordinators)


def _possessed_noun_subject(tk: Tokens, i: int, verb: int, lo: int, cues: Cues) -> Mention | None:
    """A possessive and its noun at token ``i`` before the verb, as its subject: "Ryan’s
    office said", "The campaign’s statement then declares" speak as written (English data
    ``POSSESSIVE_MARKS``). The possessor is a name or a definite noun phrase; the phrase is
    no object ("familiar with Cruz’s thinking said", "said Trump’s tweet saying", "that X’s
    name was announced")."""
    p = mention_ending_at(tk, i - 1, lo, cues)
    if p is not None and p.kind == "name":
        a = p.start if tk.low[p.start] not in cues.determiners else None
    else:
        a = i - 3 if i - 3 >= lo and tk.low[i - 3] in cues.definites and tk.text[i - 2][:1].islower() else None
    if a is None:
        return None
    if a > lo and tk.quote[a - 1] < 0 and (cues.is_verb(tk.low[a - 1]) or (
            tk.low[a - 1] in cues.prepositions and not tk.low[verb].endswith(cues.participle_openers))):
        return None  # an object; but "after the newspaper’s editorial telling him “…”" speaks
    return Mention(a, i + 1, "other")


def _subject_position(tk: Tokens, m: Mention, verb: int, lo: int, cues: Cues) -> bool:
    """Not an object ("sit Putin down"), nor a modifier ("a Twitter comment")."""
    before = m.start - 1
    if before >= lo and tk.quote[before] < 0:
        w = tk.low[before]
        if w in cues.object_verbs:
            return False  # "told Smith", "asked Jones": the object of another verb
    after = m.end
    if m.kind == "name" and after < verb and tk.quote[after] < 0:
        w = tk.low[after]
        if (tk.text[after][:1].islower() and w.isalpha() and w not in cues.stop_words
                and w not in cues.auxiliaries and not cues.is_verb(w) and not w.endswith(cues.manner_endings)):
            return False  # followed by a noun: a modifier
    return True


def _coordinated_object(tk: Tokens, m: Mention, verb: int, lo: int, cues: Cues) -> bool:
    """The object of a verb coordinated before the reporting verb: "X met Putin and said “…”",
    "he’d sit Putin down and tell him “…”" (the object's verb follows a subject, a modal or
    "to", or is a past form); the speaker is that verb's subject, further left."""
    b = m.start - 1
    if b - 1 < lo or not cues.verb_coordinators or tk.quote[b] >= 0:
        return False
    w = tk.low[b]
    if not (tk.text[b][:1].islower() and w.isalpha() and w not in cues.stop_words and w not in cues.titles
            and w not in cues.determiners and w not in cues.prepositions and w not in cues.auxiliaries
            and not cues.is_verb(w)):
        return False
    if not any(tk.low[k] in cues.verb_coordinators and tk.quote[k] < 0 for k in range(m.end, verb)):
        return False
    p = tk.low[b - 1]
    return (w.endswith(cues.past_suffixes) or p in cues.modals or p in cues.auxiliaries
            or p.split("’")[0].split("'")[0] in cues.subject_pronouns or _is_cap(tk, b - 1, cues))


def _after_prep(tk: Tokens, m: Mention, lo: int, cues: Cues) -> bool:
    """The object of a preposition, or an aside closed by commas after one: the state in
    "in Columbus, Ohio, Clinton said", not the subject."""
    before = m.start - 1
    if before >= lo and _preposition_at(tk, before, lo, cues):
        return True
    if before - 1 >= lo and tk.text[before] == "," and m.end < len(tk) and tk.text[m.end] == ",":
        prev = mention_ending_at(tk, before, lo, cues)
        return prev is not None and prev.kind == "name" and prev.start - 1 >= lo \
            and _preposition_at(tk, prev.start - 1, lo, cues)
    return False


def _title_owner(tk: Tokens, k: int, lo: int, cues: Cues) -> Mention | None:
    """The name before the comma opening a title apposition that holds token k: "X,
    Président du Tchad et de l'Union africaine" is X; None without a title word."""
    title = False
    j = k
    while j > lo and k - j < 14 and tk.text[j] != "," and tk.quote[j] < 0 and tk.text[j] not in ".;:!?()":
        if tk.low[j] in cues.titles:
            title = True
        j -= 1
    if not title or j <= lo or tk.text[j] != ",":
        return None
    p = mention_ending_at(tk, j, lo, cues)
    return p if p is not None and p.kind == "name" else None


def _determiner_before(tk: Tokens, a: int, lo: int, cues: Cues) -> int:
    """Start of the determiner right before token a, or -1: "la", or an elided one written
    apart from its apostrophe ("L' Union européenne": "L", "'"; only where the data lists "l'")."""
    if a - 1 < lo:
        return -1
    w = tk.low[a - 1]
    if w in cues.determiners:
        return a - 1
    if w in ("'", "’") and a - 2 >= lo and tk.low[a - 2] + "'" in cues.determiners:
        return a - 2
    return -1


def _preposition_at(tk: Tokens, k: int, lo: int, cues: Cues) -> bool:
    """Token k is a preposition, or the apostrophe of an elided one written apart from its
    word ("au cimetière d’ Arlington": "d", "’"; only where the data lists "d'")."""
    w = tk.low[k]
    if w in cues.prepositions:
        return True
    return w == "'" and k - 1 >= lo and tk.low[k - 1] + "'" in cues.prepositions


def governed_title(tk: Tokens, k: int, lo: int, cues: Cues) -> bool:
    """The title at token ``k`` is a preposition's object, its determiner between (« au
    côté du président », « avec le président »): a name apposed to it is that object's."""
    return _governing_preposition(tk, k, lo, cues) >= 0


def _governing_preposition(tk: Tokens, k: int, lo: int, cues: Cues) -> int:
    """The preposition governing the title at token ``k`` (past its determiner), or -1."""
    d = _determiner_before(tk, k, lo, cues)
    p = (d if d >= 0 else k) - 1
    return p if p >= lo and _preposition_at(tk, p, lo, cues) else -1


def _past_participle_opener(tk: Tokens, i: int, hi: int, cues: Cues) -> bool:
    """A capitalised past participle and a preposition opening the sentence: "Joined on stage
    by X, …", "Asked about the plan, …" (English ``past_participle_openers``)."""
    w = tk.low[i]
    return bool(cues.past_participle_openers) and len(w) > 4 and w.endswith(cues.past_participle_openers) \
        and tk.text[i][:1].isupper() and i + 1 < hi and tk.low[i + 1] in cues.prepositions \
        and tk.quote[i] < 0 and not _is_cap(tk, i, cues)


def _after_opener_apposition(tk: Tokens, i: int, hi: int, cues: Cues) -> int:
    """Past an apposition right after an opening clause's comma: "Preceded by X, the Ohio
    governor and a longtime ally, Lee said": the subject comes after its second comma. The
    apposition opens with a determiner, holds no verb and ends before a capital or a pronoun."""
    if i >= hi or tk.low[i] not in cues.determiners or tk.text[i][:1].isupper():
        return i
    for k in range(i + 1, min(hi - 1, i + 14)):
        w = tk.low[k]
        if tk.quote[k] >= 0 or w in cues.auxiliaries or cues.is_verb(w) or tk.text[k] in ".;:!?()":
            return i
        if tk.text[k][:1].islower() and w.endswith(cues.past_participle_openers):
            return i
        if tk.text[k] == ",":
            n = k + 1
            return n if tk.text[n][:1].isupper() or tk.low[n] in cues.subject_pronouns else i
    return i


def _capital_dateline(tk: Tokens, lo: int, k: int) -> bool:
    """Tokens lo..k open the sentence with a place in capitals and a comma before the hyphen
    at k: "MANCHESTER, N.H. -", "NEW YORK, Nov. 19 --" (never a hyphen joining words)."""
    text = tk.text
    w = text[lo]
    if not (len(w) > 2 and w.isupper() and w.isalpha()) or tk.start[k] == tk.end[k - 1]:
        return False
    j = lo + 1
    while j < k and text[j].isupper() and text[j].isalpha():
        j += 1  # "NEW YORK"
    return j < k and text[j] == ","


def sentence_subject(tk: Tokens, lo: int, hi: int, cues: Cues) -> Mention | None:
    """The subject of the sentence's main clause: its first mention in subject position,
    after any opening subordinate clause ("When Trump suggested …, Rubio fired back")."""
    i = lo
    # A dateline is not a subject: "WASHINGTON, Dec. 8 (UPI) — …"
    for k in range(lo, min(hi, lo + 14)):
        if tk.text[k] in "—–―" and any(tk.text[j].isupper() and len(tk.text[j]) > 2 for j in range(lo, k)):
            i = k + 1
            break
        # a hyphen or a double hyphen for the dash, only after a place in capitals and its comma
        # opening the sentence: "MANCHESTER, N.H. - At a rally …", "BOSTON, Mass. -- The …"
        if tk.text[k] == "-" and k > lo + 1 and _capital_dateline(tk, lo, k):
            i = k + 1
            break
    if i < hi and (tk.low[i] in cues.subordinators or (
            cues.participle_openers and tk.low[i].endswith(cues.participle_openers) and tk.text[i][:1].isupper()
            and not _is_cap(tk, i, cues)) or _past_participle_opener(tk, i, hi, cues)):
        # "When Trump suggested …, Rubio said", "Speaking to supporters in Ohio, Cruz said"
        while i < hi and tk.text[i] != "," and tk.quote[i] < 0:
            i += 1
        i += 1
        if cues.past_participle_openers:
            i = _after_opener_apposition(tk, i, hi, cues)
    while i < hi:
        if tk.quote[i] >= 0:
            i += 1  # "“…,” said Rep. Bobby Scott at the time, adding that “…”"
            continue
        if tk.text[i] in ":;":
            return None
        if tk.text[i] == "(":
            # a parenthesis is never the subject: "la question (communautés A et B ) est …"
            k = i + 1
            while k < hi and tk.text[k] != ")" and tk.quote[k] < 0 and tk.text[k] not in ".;:!?":
                k += 1
            if k < hi and tk.text[k] == ")":
                i = k + 1
                continue
        low = tk.low[i]
        if low in cues.subject_pronouns or _is_cap(tk, i, cues) or low in cues.titles:
            e = i + 1
            if _is_cap(tk, i, cues):
                e = name_run_at(tk, i, hi, cues)
            m = _read_on(tk, mention_ending_at(tk, e, lo, cues), hi, cues)
            if m:
                e = m.end
                possessive = e < len(tk) and tk.low[e] in cues.genitive_marks
                # no modifier test: the verb after a sentence subject is any verb ("reversed")
                if not possessive and not _after_prep(tk, m, lo, cues) and _subject_position(tk, m, m.end, lo, cues):
                    return m
            i = e
            continue
        i += 1
    return None


def _read_on(tk: Tokens, m: Mention | None, hi: int, cues: Cues) -> Mention | None:
    """A mention opened by a determiner read forward when it goes on past where the backward
    parse stopped: « le Premier ministre irlandais Leo Varadkar », not « le Premier »."""
    if m is None or tk.low[m.start] not in cues.determiners:
        return m
    f = mention_forward(tk, m.start, hi, cues)
    # only up to a name: a phrase read on into lowercase may have run into the verb
    return f if f is not None and f.end > m.end and f.kind == "name" and _is_cap(tk, f.end - 1, cues) else m


def _run_end(tk: Tokens, i: int, names: frozenset, cues: Cues) -> int:
    """End of the name run at token ``i`` (a capitalised word or an honorific) for the speaker
    index: over names, particles and hyphens (``_name_run``) and the honorifics and names
    right after (not after an acronym: "AFP | Marc Fesneau"); cut before a common given name
    inside it after a preposition or a determiner ("au Monde Jean Dupont", "l'Allemande
    Christiane X")."""
    low, text = tk.low, tk.text
    n = len(tk)
    honorifics, particles = cues.honorifics, cues.particles
    e = i + 1
    # a run goes on only over a name, a particle or a hyphen (see _name_run)
    if i in names and e < n and (e in names or low[e] in particles or text[e] == "-"):
        e = _name_run(tk, i, n, names, cues)
    while e < n and (low[e] in honorifics or e in names) \
            and not (text[e - 1].isupper() and len(text[e - 1]) > 1 and low[e - 1] not in honorifics):  # "AFP | Marc Fesneau"
        e = max(e + 1, _name_run(tk, e, n, names, cues))
    first_names = cues.first_names
    if first_names and e - i >= 3 and i > 0 and (low[i - 1] in cues.prepositions or low[i - 1] in cues.determiners):
        split = given_name_inside(tk, i, e, first_names)
        if split > 0:
            # "au Monde Jean Dupont": the preposition's object, then a person;
            # "l'Allemande Christiane X": a capitalised noun, then the person it names
            e = split
    return e


def _run_name(tk: Tokens, a: int, e: int, cues: Cues) -> tuple[str | None, str | None, str | None]:
    """(name, title, gender) of the run a..e (``_clean_name``; a one-word name as it stands)."""
    if e == a + 1 and tk.low[a] not in cues.particles and tk.low[a] not in cues.titled_words:
        return tk.text[a], None, None  # a one-word name: what _clean_name says
    return _clean_name(tk, a, e, cues)


@dataclass
class SpeakerIndex:
    """Canonical names of one article: the fullest form sharing a mention's surname."""

    tokens: Tokens
    cues: Cues
    full: dict = field(default_factory=dict)  # folded surname -> {full name: count}
    by_title: list = field(default_factory=list)  # (token index, folded title, name)
    genders: dict = field(default_factory=dict)  # folded surname -> "m"/"f"
    names_at: list = field(default_factory=list)  # (token index, name) in text order
    _canonical: dict = field(default_factory=dict)  # memo of canonical()
    _titles_at: list = field(default_factory=list)  # positions of title words
    _persons: dict = field(default_factory=dict)  # memo of _person()
    _titled_keys: set | None = None  # surnames of the names given a title
    _non_persons: dict = field(default_factory=dict)  # memo of _not_person()
    _places: dict = field(default_factory=dict)  # memo of _place()
    _acronyms: dict | None = None  # "CPI" -> "Cour pénale internationale": see _acronym_definitions
    _by_title_sorted: bool | None = None  # by_title in text order (see _titles_sorted)
    _by_title_index: dict | None = None  # folded title -> [(token, name)]: see _title_entries
    _single_forms: set | None = None  # surnames used alone somewhere (see _not_person)
    _commas: dict = field(default_factory=dict)  # sentence start -> its first comma (_first_comma)
    _opener_firsts: frozenset = frozenset()  # first words of the infinitive clause openers
    _form_folds: dict = field(default_factory=dict)  # full form -> its folded words (_form_words)
    _given: dict = field(default_factory=dict)  # name -> the gender its given name tells (_gender)
    _surnames: dict = field(default_factory=dict)  # name -> its folded last word (_surname)

    def __post_init__(self) -> None:
        """Index the article's names (``_scan_names``), then each surname's full forms
        (``_count_forms``) and the gender their given names tell (``_given_name_genders``)."""
        tk, cues = self.tokens, self.cues
        names = _cap_names(tk, cues) if tk.cap_names is None else tk.cap_names
        tk.cap_names = names
        titled = _titled(tk, cues) if tk.titled is None else tk.titled
        # titles' positions: _title_before looks there first (most names have none near)
        low, titles = tk.low, cues.titles
        self._titles_at = [k for k in titled if low[k] in titles]
        # most sentences open with no infinitive clause: one lookup of their first word
        self._opener_firsts = frozenset(o[0] for o in cues.infinitive_openers)
        found = self._scan_names(names)
        self._count_forms(found)
        if cues.first_names:
            self._given_name_genders()

    def _scan_names(self, names: frozenset) -> list[str]:
        """Every name of the article in text order, from each capitalised run or honorific
        (``_run_end``, ``_run_name``); each is noted (``_note_name``) with the sentence of the
        last subject seen, a pronoun's or a name's. Only capitalised words, honorifics and
        pronouns matter here: the rest is skipped."""
        tk, cues = self.tokens, self.cues
        low, quote, sent = tk.low, tk.quote, tk.sent
        honorifics, pronouns = cues.honorifics, cues.pronouns
        found: list[str] = []
        last_sent = -1
        candidates = sorted(names.union(positions(tk, cues.person_words, cues)))
        i = 0
        for i0 in candidates:
            if i0 < i:
                continue
            i = i0
            if quote[i] < 0 and low[i] in pronouns and not self._in_opening_clause(i):
                last_sent = sent[i]  # a pronoun subject: later names are not initial
            if i in names or low[i] in honorifics:
                e = _run_end(tk, i, names, cues)
                name, title, gender = _run_name(tk, i, e, cues)
                if name:
                    found.append(name)
                    if gender:
                        self._add_gender(name, gender)
                    opening = self._in_opening_clause(i)
                    self._note_name(i, e, name, title, last_sent, opening)
                    if not opening:  # « Et si X …, Y … »: Y opens the main clause's subjects
                        last_sent = sent[i]
                i = e
            else:
                i += 1
        return found

    def _note_name(self, a: int, e: int, name: str, title: str | None, last_sent: int, opening: bool) -> None:
        """Name ``name`` at tokens a..e: in ``names_at`` where it stands in subject position (not
        after a preposition, a determiner, a non-person head, not a possessive; or titled, or
        a frame's topic: "Selon X", "Pour X"), marked initial where it opens its sentence's
        subjects or a coordinated clause ("…, mais Y a jugé") outside an ``opening`` clause; in
        ``by_title`` with the title before it or in its run ("le secrétaire d’État Antony
        Blinken") and with the title of an apposition ("le ministre …, Sergueï Lavrov,")."""
        tk, cues = self.tokens, self.cues
        low, text, sent = tk.low, tk.text, tk.sent
        prepositions, determiners = cues.prepositions, cues.determiners
        n = len(tk)
        before = low[a - 1] if a > 0 else ""
        if before == "'" and a > 1 and low[a - 2] + "'" in prepositions:
            before = low[a - 2] + "'"  # "celle d’ Abraham Lincoln": the elided preposition apart
        after = low[e] if e < n else ""
        # "le président des États-Unis Donald Trump" is titled; "le maire de Paris" is not a person
        complement = before in cues.title_complement_links and e - a < 3
        # (most names have no title in the 4 words before them)
        titles_at = self._titles_at
        x = bisect_left(titles_at, a)
        title_before = None if complement or not x or titles_at[x - 1] < a - 4 else self._title_before(a)
        # a frame's name is a topic ("Selon X, …", "Pour X, …"): a later pronoun's antecedent
        topic = before in cues.topic_frames or (before in cues.lead_topic_frames and (
            tk.sent_lo[sent[a - 1]] == a - 1
            or (a >= 2 and tk.sent_lo[sent[a - 1]] == a - 2 and low[a - 2] in cues.clause_coordinators)))  # « Mais pour X, »
        # « envers le président X », « avec la ministre X »: an object, never a sentence's subject
        governed = title_before is not None and self._governed(titles_at[x - 1])
        if ((title_before is not None or topic or (title is not None and cues.title_in_run)
             or (before not in prepositions and before not in determiners and before not in cues.non_person_heads
                 and not (before == "," and self._apposed_to_object(a))
                 and not (cues.noun_object_names and a >= 3 and before[:1].isalpha() and before[:1].islower()
                          and not (len(before) > 1 and text[a - 1].isupper())  # « répond à l'AFP X »: a name, then X
                          and _noun_object(low, a - 2, cues))))
                and after not in cues.genitive_marks):
            coordinators = cues.clause_coordinators
            initial = last_sent != sent[a] or (
                before in coordinators and e < n and text[e][:1].isalpha() and text[e][:1].islower()
                and after not in prepositions and after not in determiners and after not in cues.relatives
                and after not in coordinators)  # "…, mais Y a jugé": a clause's subject
            if initial and (opening or governed):
                initial = False
            elif not initial and before == "," and self._apposed_person(a, name, after):
                self.names_at[-1] = (*self.names_at[-1][:2], False)
                initial = True  # the person the subject before names: "Le ministre Open Vld …, Alexander De Croo,"
            self.names_at.append((a, name, initial))  # (…, initial)
        # title before the name: "le secrétaire d’État Antony Blinken"
        t = title or title_before
        if t:
            self.by_title.append((a, self._folded(t), name))
        # apposition: "le ministre russe des Affaires étrangères, Sergueï Lavrov,"
        if a >= 2 and text[a - 1] == ",":
            t2 = self._title_before(a - 1, window=8)
            if t2:
                self.by_title.append((a, self._folded(t2), name))

    def subject_named_between(self, a: int, b: int) -> bool:
        """A name stands in subject position from token ``a`` to before token ``b``."""
        x = bisect_left(self.names_at, a, key=_first)
        return x < len(self.names_at) and self.names_at[x][0] < b

    def _governed(self, k: int) -> bool:
        """The title at token ``k`` is the object of a preposition that makes no topic nor agent
        (« envers le président X », not « selon le président X », « par le ministre X »)."""
        tk, cues = self.tokens, self.cues
        p = _governing_preposition(tk, k, 0, cues)
        if p < 0:
            return False
        w = tk.low[p]
        return w not in cues.topic_frames and w not in cues.lead_topic_frames and w not in cues.passive_agents

    def _count_forms(self, found: list[str]) -> None:
        """{surname: {full name: count}}, names in order of first use; a place opening with a
        geographic head is no full form of its last word (« Ouest de la France »)."""
        full = self.full
        place_heads = self.cues.place_heads
        counts: dict[str, int] = {}  # a Counter, in order of first use, without its constructor's cost
        for name in found:
            counts[name] = counts.get(name, 0) + 1
        for name, c in counts.items():
            if place_heads and " " in name and name.split(None, 1)[0].lower() in place_heads:
                continue  # « Ouest de la France »: a place, no full form of « France »
            key = self._surname(name)
            forms = full.get(key)
            if forms is None:
                full[key] = {name: c}
            else:
                forms[name] = c

    def _given_name_genders(self) -> None:
        """The gender the given name tells a surname of unknown gender (« Jean-Marc
        Morandini », « Elizabeth II »), where all its full forms agree."""
        genders = self.genders
        for key, forms in self.full.items():
            if key in genders:
                continue
            if len(forms) == 1:  # most surnames: one form, often a single word
                (form,) = forms
                g = self._given_of(form)
            else:
                g = self._given_gender(forms)
            if g:
                genders[key] = g

    def _surname(self, name: str) -> str:
        """The folded last word of ``name``, the key of ``full`` and ``genders``, found once a name."""
        got = self._surnames.get(name)
        if got is None:
            got = self._surnames[name] = self._folded(name.rsplit(None, 1)[-1])
        return got

    def _folded(self, word: str) -> str:
        """``fold(word)``, found once (names and titles come back again and again)."""
        return _shared_fold(word)

    def _apposed_to_object(self, a: int) -> bool:
        """The name at token ``a`` is set off by a comma after a title that a preposition
        governs (« au côté du président de la Guinée et de l'Union africaine, Alpha Condé »):
        the preposition's object, no subject."""
        tk, cues = self.tokens, self.cues
        low, titles = tk.low, cues.titles
        lo = tk.sent_lo[tk.sent[a]]
        for k in range(a - 2, max(lo, a - 1 - _APPOSITION_REACH), -1):
            w = low[k]
            if tk.quote[k] >= 0 or w == "," or (cues.is_verb(w) and tk.text[k][:1].islower()):
                return False
            if w in titles:
                return governed_title(tk, k, lo, cues)
        return False

    def _apposed_person(self, a: int, name: str, after: str) -> bool:
        """The name at token ``a``, a person's full name set off by a comma, completes the
        sentence's initial subject just before it, a name that names no person, with no verb
        between: "Le vice-premier ministre Open Vld et ministre de la Coopération, Alexander
        De Croo, ne veut"; a full name of a given name the list lacks after a noun and its
        complement opening the sentence: "Habitante de Capendu, un village voisin, Liliale Dal
        Mas ne serait"."""
        tk, cues, names_at = self.tokens, self.cues, self.names_at
        first_names = cues.given_names
        if not first_names or not names_at:
            return False
        pa, pname, pinitial = names_at[-1]
        if not pinitial or tk.sent[pa] != tk.sent[a] or a - pa > _APPOSITION_REACH \
                or _given_name_gender(pname, first_names):
            return False
        if not _given_name_gender(name, first_names) and not (
                " " in name and pa == tk.sent_lo[tk.sent[pa]] and tk.low[pa + 1] in cues.of_words):
            return False
        if not (after == "," or after in cues.auxiliaries or after in cues.verb_group_words or cues.is_verb(after)):
            return False
        return not any(tk.quote[k] >= 0 or tk.low[k] in cues.auxiliaries or (tk.text[k][:1].islower() and (
            cues.is_verb(tk.low[k]) or tk.low[k].endswith(cues.past_suffixes))) for k in range(pa + 1, a))

    def _in_opening_clause(self, a: int) -> bool:
        """Token ``a`` stands in a clause that opens its sentence and a comma closes, not in
        the main clause: an infinitive clause ("Après avoir critiqué X, il …") or a
        subordinate one, maybe after a coordinator (« Et si X se proclame …, Y … », "When X
        suggested …, Y …")."""
        tk, cues = self.tokens, self.cues
        lo = tk.sent_lo[tk.sent[a]]
        low = tk.low
        f = lo + 1 if low[lo] in cues.clause_coordinators and lo + 1 < a else lo
        if low[f] in cues.subordinators:
            comma = self._first_comma(lo)
            return a < comma < tk.sent_hi[tk.sent[a]]
        return bool(cues.infinitive_openers) and low[lo] in self._opener_firsts and self._in_infinitive_opener(a)

    def _in_infinitive_opener(self, a: int) -> bool:
        """Token ``a`` stands in an infinitive clause opening its sentence, before its comma
        ("Après avoir critiqué X, il …")."""
        tk = self.tokens
        lo = tk.sent_lo[tk.sent[a]]
        low = tk.low
        for opener in self.cues.infinitive_openers:
            if tuple(low[lo:lo + len(opener)]) == opener:
                return self._first_comma(lo) >= a
        return False

    def _first_comma(self, lo: int) -> int:
        """The first comma of the sentence opening at token ``lo`` (its end if none),
        found once a sentence."""
        got = self._commas.get(lo)
        if got is None:
            tk = self.tokens
            hi = tk.sent_hi[tk.sent[lo]]
            try:
                got = tk.low.index(",", lo, hi)
            except ValueError:
                got = hi
            self._commas[lo] = got
        return got

    def _title_before(self, a: int, window: int = 4) -> str | None:
        """The title within ``window`` tokens before token ``a`` ("le ministre … Lavrov"), with no
        verb, quote or sentence end between; none across a place preposition ("the judge at a
        San Diego rally", English ``PLACE_PREPOSITIONS``)."""
        at = self._titles_at
        x = bisect_left(at, a) - 1
        if x < 0 or at[x] < a - window:
            return None  # no title in the window
        tk = self.tokens
        low, text, quote = tk.low, tk.text, tk.quote
        titles, verbs = self.cues.titles, self.cues.verbs
        auxiliaries, group_words = self.cues.auxiliaries, self.cues.verb_group_words
        prepositions, determiners = self.cues.prepositions, self.cues.determiners
        places = self.cues.place_prepositions if window <= 4 else ()
        past = self.cues.past_suffixes
        for k in range(a - 1, max(-1, a - 1 - window), -1):
            w = low[k]
            if w in titles and not _modifier_alone(low, k, self.cues):
                return w  # (« pour la première fois au Centre X »: no title)
            if quote[k] >= 0 or w in ".;!?" or (w in verbs and text[k][:1].islower()) or w in auxiliaries \
                    or (w in group_words and w not in prepositions and w not in determiners) \
                    or (past and text[k][:1].islower() and w.endswith(past) and len(w) > 4):
                # "The senator told USA Today", « Le maire ne vise personne Sachant … »: a verb
                # (or its auxiliary, its negation, a past form: "President X castigated
                # Republican …") between, no title
                return None
            if w in places:
                return None  # "the judge at a San Diego rally", "the senator from Vermont": a place
        return None

    def _add_gender(self, name: str, gender: str) -> None:
        key = self._surname(name)
        if key not in self.genders:
            self.genders[key] = gender

    def _given_gender(self, forms: dict) -> str | None:
        """The gender the given names of a surname's full forms tell, if they all tell one:
        "Bill Clinton" and "Hillary Clinton", or "Chris Murphy" (a name not in the list) and
        "Anne Murphy", leave the surname a person of either gender. A form that is another
        one with a word before it ("Republican Donald Trump") tells nothing more."""
        got = None
        for f in forms:
            if " " not in f:
                continue
            g = self._given_of(f)
            rest = f.split(None, 1)[1]
            if g is None and " " in rest and rest in forms:
                continue
            if g is None or (got is not None and g != got):
                return None
            got = g
        return got

    def canonical(self, name: str) -> str:
        """The fullest name in the article that ends with the same surname."""
        got = self._canonical.get(name)
        if got is None:
            got = self._canonical[name] = self._fullest(name)
        return got

    def _fullest(self, name: str) -> str:
        """``canonical`` uncached: an acronym the article defines its expansion ("CPI": "Cour
        pénale internationale"), else the usual full form holding all the name's words."""
        if name.isupper() and " " not in name:
            # an acronym the article defined: "la Cour pénale internationale (CPI)"
            acronyms = self._acronyms
            if acronyms is None:
                acronyms = self._acronyms = _acronym_definitions(self.tokens, self.cues)
            if name in acronyms:
                return acronyms[name]
        parts = name.split()
        forms = self.full.get(self._surname(name))
        if not forms:
            return name
        folded = {self._folded(p) for p in parts}
        # the first forms used (news articles have a few a surname; bounded on any text)
        cands = [f for f in islice(forms, _MAX_FORMS) if folded.issubset(self._form_words(f))]
        if not cands:
            return name
        # The usual full form ("Donald Trump" over a one-off "Republican Donald Trump"): the
        # most used, then the longest, the first of equals
        multi = [f for f in cands if len(f.split()) > 1] or cands
        best, best_key = multi[0], (forms[multi[0]], len(multi[0].split()))
        for f in multi[1:]:
            key = (forms[f], len(f.split()))
            if key > best_key:
                best, best_key = f, key
        return best

    def _form_words(self, form: str) -> set[str]:
        """The folded words of a full form (``full``), found once a form."""
        got = self._form_folds.get(form)
        if got is None:
            got = self._form_folds[form] = set(_shared_fold(form).split())
        return got

    def _person(self, name: str) -> tuple[str, bool]:
        """(folded surname, whether the canonical name is a single word) of ``name``, memoised."""
        got = self._persons.get(name)
        if got is None:
            got = self._persons[name] = (self._surname(name), len(self.canonical(name).split()) < 2)
        return got

    def latest_name_before(self, token: int, gender: str | None) -> str | None:
        """The person a pronoun before ``token`` most likely refers to: the latest
        sentence subject of compatible gender in the last sentences, else the latest name."""
        fallback = weak = other = None
        sent, genders, person = self.tokens.sent, self.genders, self._person
        here = sent[token] if token < len(sent) else 0
        names_at = self.names_at  # in text order
        x0 = bisect_left(names_at, token, key=_first)
        for x in range(x0 - 1, max(-1, x0 - 1 - _MAX_LOOK_BACK), -1):
            pos, name, initial = names_at[x]
            if (fallback or weak) and here - sent[pos] > 3:
                break  # beyond the last sentences nothing beats what was found (names in text order)
            key, single = person(name)
            if single and key not in genders:
                continue  # not known as a person
            g = self._gender(name, key)
            if gender is not None and g is not None and g != gender:
                continue
            if gender is not None and self._place(name):
                other = other or name  # "Maricopa County": only if no person is named before
                continue
            if gender is not None and g is None and self._not_person(name, key):
                # "he"/"she" is a person: a name that looks like a place or an organisation
                # ("BFM TV", "the Aral Sea") only if no other name is near
                if initial and here - sent[pos] <= 3:
                    weak = weak or name
                other = other or name
                continue
            if initial and here - sent[pos] <= 3:
                return name
            fallback = fallback or name
        return weak or fallback or other

    def latest_titled_before(self, token: int, gender: str | None, sentences: int = 8) -> str | None:
        """The latest person given a title in the last ``sentences`` sentences before ``token``,
        gender permitting ("le Roi du Swaziland, Mswati III")."""
        sent = self.tokens.sent
        here = sent[token] if token < len(sent) else 0
        by_title = self.by_title
        if not self._titles_sorted():
            best = None
            for pos, _, name in by_title:
                if pos < token and here - sent[pos] <= sentences and (best is None or pos >= best[0]):
                    g = self._gender(name, self._surname(name))
                    if gender is None or g is None or g == gender:
                        best = (pos, name)
            return best[1] if best else None
        # in text order: the latest compatible one (of equal positions, the last listed)
        x0 = bisect_left(by_title, token, key=_first)
        for x in range(x0 - 1, max(-1, x0 - 1 - _MAX_LOOK_BACK), -1):
            pos, _, name = by_title[x]
            if here - sent[pos] > sentences:
                break
            g = self._gender(name, self._surname(name))
            if gender is None or g is None or g == gender:
                return name
        return None

    def _titles_sorted(self) -> bool:
        """``by_title`` is in text order (it is built so; checked once)."""
        got = self._by_title_sorted
        if got is None:
            pos = [p for p, _, _ in self.by_title]
            got = self._by_title_sorted = all(a <= b for a, b in zip(pos, pos[1:]))
        return got

    def _title_entries(self, title: str) -> list[tuple[int, str]]:
        """(token, name) of the persons introduced with the folded ``title``, in text order."""
        index = self._by_title_index
        if index is None:
            index = self._by_title_index = {}
            for pos, tt, name in self.by_title:
                index.setdefault(tt, []).append((pos, name))
        return index.get(title, [])

    def latest_person_before(self, token: int, gender: str | None) -> str | None:
        """The person named last before ``token``, gender permitting, in any role
        ("X et Y sont arrivés. Ce dernier …": Y)."""
        genders, person = self.genders, self._person
        names_at = self.names_at
        x0 = bisect_left(names_at, token, key=_first)
        for x in range(x0 - 1, max(-1, x0 - 1 - _MAX_LOOK_BACK), -1):
            name = names_at[x][1]
            key, single = person(name)
            if single and key not in genders:
                continue
            g = self._gender(name, key)
            if gender is not None and g is not None and g != gender:
                continue
            if g is None and self._not_person(name, key):
                continue
            return name
        return None

    def _gender(self, name: str, key: str) -> str | None:
        """The gender of ``name``: its own given name first ("Bill Clinton" where "Hillary
        Clinton" shares the surname), else the one known for its surname."""
        return self._given_of(name) or self.genders.get(key)

    def _given_of(self, name: str) -> str | None:
        """The gender the given name of ``name`` tells (``_given_name_gender``), found once a name."""
        given = self._given
        if name in given:
            return given[name]
        first_names = self.cues.first_names
        g = None
        if first_names and " " in name:
            g = first_names.get(self._folded(name.split(None, 1)[0].split("-", 1)[0]))
        given[name] = g
        return g

    def _place(self, name: str) -> bool:
        """``name`` has a word that only places and bodies have after its first ("Maricopa
        County", "the United Nations"), or opens with a geographic head (« Ouest de la France »):
        no antecedent of "he"/"she" before any person."""
        got = self._places.get(name)
        if got is None:
            words, heads = self.cues.non_person_name_words, self.cues.place_heads
            parts = name.split()
            got = self._places[name] = (bool(words) and any(w.lower() in words for w in parts[1:])) \
                or (bool(heads) and len(parts) > 1 and parts[0].lower() in heads)
        return got

    def _not_person(self, name: str, key: str) -> bool:
        """``name`` looks like a place or an organisation: an acronym in it ("BFM TV") or a
        last word also used in lowercase ("Aral Sea", "Pirate Party"), unless it is known as a
        person: its surname used alone ("Trump" after "Donald Trump") or given a title."""
        got = self._non_persons.get(name)
        if got is not None:
            return got
        single = self._single_forms
        if single is None:
            single = self._single_forms = {k for k, forms in self.full.items() if any(" " not in f for f in forms)}
        if key in single:
            got = False  # the cheap tests first: the lowercase search runs over the article
        else:
            titled = self._titled_keys
            if titled is None:
                titled = self._titled_keys = {self._surname(n) for _, _, n in self.by_title}
            words = name.split()
            got = key not in titled and (any(w.isupper() and len(w) > 1 and w[-1] != "." for w in words)
                                         or self.tokens.seen_lower(words[-1].lower()))
        self._non_persons[name] = got
        return got

    def learn_gender(self, name: str, gender: str | None) -> None:
        """Remember a gender seen through a pronoun ("she said" resolved to this name)."""
        if gender and not self._place(name):
            self.genders.setdefault(self._surname(name), gender)

    def gender_of(self, name: str) -> str | None:
        return self.genders.get(self._surname(name))

    def by_title_before(self, title: str, token: int, gender: str | None = None) -> str | None:
        """The person introduced with ``title`` before ``token`` (the latest one), of
        ``gender`` where the mention says it and the person's is known (« le chef de l'État »
        is not « la chef de la diplomatie, Louise X »)."""
        t = self._folded(title)
        if not self._titles_sorted():
            best = None
            for pos, tt, name in self.by_title:
                if tt == t and (best is None or pos <= token) and not self._clashes(name, gender):
                    best = name
            return best
        # the last one listed at or before ``token``, else the first one
        entries = self._title_entries(t)
        if not entries:
            return None
        x = bisect_right(entries, token, key=_first)
        order = range(x - 1, -1, -1) if x else range(len(entries))
        for k in order:
            name = entries[k][1]
            if not self._clashes(name, gender):
                return name
        return None

    def _clashes(self, name: str, gender: str | None) -> bool:
        """``name``'s known gender is not ``gender`` (False where either is unknown)."""
        if gender is None:
            return False
        got = self.gender_of(name)
        return got is not None and got != gender

    def by_title_near(self, title: str, token: int, words: set[str], window: int) -> str | None:
        """The person introduced with ``title`` before ``token`` (the latest one, else the first
        after it) with one of ``words`` (folded) within ``window`` tokens of that introduction:
        "Texas senator Ana Ruiz", "Ana Ruiz, the senator from Texas"."""
        t = self._folded(title)
        low = self.tokens.low
        n = len(low)

        def near(pos: int) -> bool:
            return any(fold(low[k]) in words for k in range(max(0, pos - window), min(n, pos + window)))

        if not self._titles_sorted():
            best = None
            for pos, tt, name in self.by_title:
                if tt == t and (best is None or pos <= token) and near(pos):
                    best = name
            return best
        # the last one near the words at or before ``token``, else the first one after it
        # (a bounded number of introductions looked at: linear time on any text)
        entries = self._title_entries(t)
        x = bisect_right(entries, token, key=_first)
        for k in range(x - 1, max(-1, x - 1 - _MAX_LOOK_BACK), -1):
            if near(entries[k][0]):
                return entries[k][1]
        for k in range(x, min(len(entries), x + _MAX_LOOK_BACK)):
            if near(entries[k][0]):
                return entries[k][1]
        return None


def _acronym_definitions(tk: Tokens, cues: Cues) -> dict[str, str]:
    """Acronyms defined in parentheses after the words they abbreviate: "la Cour pénale
    internationale (CPI)", "the American Civil Liberties Union (ACLU)". Their letters must
    be the initials of those words, small words aside ("de", "of"), and the first word
    capitalised (after Schwartz and Hearst's acronym-definition test)."""
    text, low, small = tk.text, tk.low, cues.stop_words
    found: dict[str, str] = {}
    for k in positions(tk, frozenset("("), cues):
        if k + 2 >= len(tk) or text[k + 2] != ")" or k < 2:
            continue
        acr = text[k + 1]
        if not (2 <= len(acr) <= 8 and acr.isupper() and acr.isalpha()) or acr in found:
            continue
        letters = acr.lower()
        x = len(letters)  # letters still to match, from the end
        j = k - 1
        while j >= 0 and x and k - j <= len(letters) + 4 and tk.quote[j] < 0:
            w = low[j]
            if w[:1] == letters[x - 1] and w[:1].isalpha():
                x -= 1
            elif not (w in small and w.isalpha()):
                break
            j -= 1
        start = j + 1
        if x == 0 and text[start][:1].isupper() and k - start > 1:
            found[acr] = tk.src[tk.start[start]:tk.end[k - 1]]
    return found

