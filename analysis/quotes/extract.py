"""The quote pipeline: marks -> tokens -> cue and speaker -> canonical names.

1. ``marks.find_quoted_spans`` pairs the quote marks (linear, paragraph by paragraph).
2. ``scan.scan`` tokenizes once and draws sentence bounds that ignore quoted text.
3. For each quoted span, cues are tried in order of reliability, all within the
   quote's sentence: a cue right after the quote (``», a déclaré X``, ``" X said``),
   a reporting verb before it (``X a déclaré que … “…”``, ``X said: "…"``), a cue
   later in the sentence (``…, a déclaré X.``), a frame (``selon X``, ``according to
   X``), an incise inside the quote (``«…, a-t-il dit, …»``), a dash line under it
   (``— X, title``). A quote with no cue continues a neighbouring quoted passage and
   takes its speaker. Short quotes with no cue are scare quotes or titles: dropped.
4. ``speakers.SpeakerIndex`` turns mentions into canonical names: surnames merged
   with the fullest name, titles ("le ministre") resolved to the person introduced
   with that title, pronouns to the latest compatible speaker.
"""
from __future__ import annotations

from collections.abc import Iterator
from itertools import compress, count, filterfalse
from operator import itemgetter

from analysis.language import LANGUAGES, resolve_language
from analysis.quotes.attribution import Candidate, Kept, SpeakerModel, choose_speakers, speaker_candidates
from analysis.quotes.cues import Cues, cues_for, fold
from analysis.quotes.marks import find_quoted_spans, new_quote
from analysis.quotes.model import Quote, QuoteKind
from analysis.quotes.prepare import Prepared, prepare_for
from analysis.quotes.scan import WINDOW_AHEAD, WINDOW_BACK, Tokens, scan, words_in
from analysis.quotes.scan import bisect_left, bisect_right  # typed when compiled (scan.bisect_left)
from analysis.quotes.speakers import Mention, adverbial_end, capital_heading, given_name_inside, governed_title, SpeakerIndex, mention_ending_at, mention_forward, name_not_auxiliary, name_run_at, positions, sentence_subject, subject_backward

__all__ = ["extract_quotes", "quote_candidates"]

# Quotes shorter than this (in words) need a cue in their own sentence to count.
_MIN_WORDS_INHERIT = 3
_MIN_WORDS_UNATTRIBUTED = 6
_DASHES = {"—", "–", "―", "-"}
_COLONS = {":", "—", "–"}  # a main clause closed by a colon or a dash introduces the quote


def _inverted_pronoun(low: str, cues: Cues) -> str | None:
    if low.startswith("-"):
        p = low[3:] if low.startswith("-t-") else low[1:]
        return p if p in cues.pronouns else None
    return None


def _noun_use(tk: Tokens, v: int, lo: int, cues: Cues) -> bool:
    """A reporting-verb form used as a noun: after a determiner or a preposition ("the
    term", "of state", "un appel"), or a bare form after a singular noun ("his home state")."""
    if v <= lo:
        return False
    prev, low = tk.low[v - 1], tk.low[v]
    if prev in cues.noun_markers:
        return True
    if prev in cues.prepositions and prev not in cues.infinitives and not cues.is_participle(low):
        return True  # "for saying “…”" is still a report
    return (low in cues.bare_forms and v - 2 >= lo and tk.low[v - 2] in cues.noun_markers
            and tk.text[v - 1][:1].islower() and not prev.endswith(cues.plural_endings) and not cues.is_verb(prev))


def _speech_noun(tk: Tokens, qa: int, lo: int, cues: Cues) -> tuple[Mention, int] | None:
    """The nearest noun of speech before the quote and whose words it reports: the
    possessor's ("Trump’s pledge to be “neutral”"), else the sentence subject's ("X
    fanned controversy over her remark that “…”", "X opened with a call for “…”")."""
    for k in range(qa - 1, lo - 1, -1):
        if tk.quote[k] >= 0 or tk.low[k] not in cues.speech_nouns or not tk.text[k][:1].islower():
            continue
        j = k - 1
        while j > lo and k - j < 3 and tk.text[j][:1].islower() and tk.low[j] not in cues.stop_words \
                and tk.low[j] not in cues.noun_markers:
            j -= 1  # adjectives: "his controversial pledge"
        if j < lo:
            return None
        if tk.low[j] in cues.genitive_marks:
            m = mention_ending_at(tk, j, lo, cues)
        elif tk.low[j] in cues.possessives or tk.low[j] in cues.noun_markers:
            m = sentence_subject(tk, lo, j, cues)
        else:
            return None
        return (m, k) if m is not None and m.kind != "other" else None
    return None


def _verb_group(tk: Tokens, i: int, hi: int, cues: Cues) -> tuple[int, int, str | None, int | None] | None:
    """Parse "a-t-il ajouté", "a déclaré", "said", "ajoute-t-elle" at token i.

    Returns (verb token, end token, inverted pronoun, pronoun token) or None.
    """
    j, pron, pron_at = i, None, None
    while j < hi and tk.quote[j] == tk.inside and j - i < 4:
        a = adverbial_end(tk, j, cues)
        if a > j:
            j = a  # « a pour sa part déclaré »
            continue
        low = tk.low[j]
        p = _inverted_pronoun(low, cues)
        if p:
            pron, pron_at = p, j
        elif not ((low in cues.auxiliaries and not name_not_auxiliary(tk, j, hi, cues)) or low in cues.verb_group_words or (
                low.endswith(cues.manner_endings) and tk.text[j][:1].islower() and not cues.is_verb(low))):
            # an adverb is lowercase: "“…,” Kelly said" is a name and its verb
            break
        j += 1
    if j < hi and tk.quote[j] == tk.inside and not tk.text[j][:1].isupper():
        # a verb, or a multi-word cue: « a mis en garde X », « fait valoir X » (the subject after it)
        e = _cue_phrase_end(tk, j, hi, cues) if cues.phrases else j + 1
        if e == j + 1 and not cues.is_verb(tk.low[j]):
            return None
        v = j
        j = e
        if j < hi:
            p = _inverted_pronoun(tk.low[j], cues)
            if p:
                pron, pron_at = p, j
                j += 1
        return v, j, pron, pron_at
    return None


def _cue_phrase_end(tk: Tokens, v: int, hi: int, cues: Cues, reach: int = 2) -> int:
    """The token after the multi-word cue that verb ``v`` opens ("mis en garde", "fait
    valoir", "shot back"; its last word within ``reach`` words), else after ``v``."""
    for k in range(v + 1, min(hi, v + 1 + reach)):
        if tk.low[k] in cues.phrases and tk.quote[k] == tk.inside and cues.phrase_start(tk.low, k) == v:
            return k + 1
    return v + 1


def _past_form(tk: Tokens, i: int, hi: int, cues: Cues) -> bool:
    """Any past verb form ("barked", "beamed"), a cue right after a quote closed by a comma."""
    low = tk.low[i]
    return (i < hi and tk.quote[i] < 0 and tk.text[i].isalpha() and tk.text[i].islower() and len(low) > 4
            and low.endswith(cues.past_suffixes) and low not in cues.stop_words)


def _cue_after(tk: Tokens, i: int, hi: int, cues: Cues, *, punctuated: bool = True,
               incise: str = "", opens: bool = False) -> tuple[Mention, int, int] | None:
    """A cue starting at token i: inverted ("a déclaré X", "said X") or not ("X said").

    Unless the quote ends with punctuation (``“…,” X said``, ``« … », a dit X``), only an
    inverted pronoun counts (``« … » a-t-il dit``): ``“unhinged” a Donald Trump tweet``
    goes on with the journalist's sentence. After a quote closed by a comma, ? or !
    (``incise``) any past verb form counts after a name (``“…?” Hannity pressed``), after
    another noun phrase only with a comma (not ``“…!” — the balloons cascaded``). A quote
    that ``opens`` its sentence needs no punctuation before a name and a verb of speech
    (``“A battle of niches” Grubbs said.``).
    """
    skip = i + 8  # a few marks at most: a run of commas is no cue (and costs no rescans)
    while i < hi and i < skip and tk.text[i] in ",—–-(" and tk.quote[i] < 0:
        i += 1
    if punctuated and i + 1 < hi and tk.low[i] in cues.source_conjunctions:
        i += 1  # "“…,” as Cruz put it"
        if i + 1 < hi and tk.low[i] in cues.source_clause_clitics:
            i += 1  # « « … », comme l'écrivait X »
    if i >= hi or tk.quote[i] >= 0:
        return None
    vg = _verb_group(tk, i, hi, cues)
    if vg is None and incise and cues.past_suffixes and _past_form(tk, i, hi, cues):
        m = mention_forward(tk, i + 1, hi, cues)  # "“…,” opined the Plain Dealer"
        if m is not None and m.kind in ("name", "title"):
            return m, i, i + 1
    if vg:
        return _inverted_cue(tk, i, hi, vg, cues, punctuated, opens)
    if not punctuated and not opens:
        return None
    if punctuated and tk.text[i][:1].isupper():
        e = name_run_at(tk, i, hi, cues)
        if i < e < hi - 1 and tk.low[e] in cues.genitive_marks:
            hit = _possessed_subject(tk, i, e, hi, cues)  # "“…,” Ryan’s office said"
            if hit:
                return hit
    m = _subject_after(tk, i, hi, cues, punctuated, incise)
    if m is None:
        return None
    return _verb_after_subject(tk, m, hi, cues, punctuated, incise)


def _inverted_cue(tk: Tokens, i: int, hi: int, vg: tuple[int, int, str | None, int | None], cues: Cues,
                  punctuated: bool, opens: bool) -> tuple[Mention, int, int] | None:
    """The verb group ``vg`` at token ``i`` first, its subject after it: an inverted pronoun
    ("a-t-il ajouté"), a mention within a few words ("a noté un jour le chef animateur"),
    else an unnamed noun phrase after a verb of speech ("says a source"; French: after any
    verb). Without punctuation closing the quote only a verb of speech with its subject at
    once counts ("« … » a déclaré Jimmy Wales")."""
    v, e, pron, pron_at = vg
    if pron:
        assert pron_at is not None  # set with pron
        return Mention(pron_at, pron_at + 1, "pronoun", gender=cues.pronouns[pron]), i, e
    if tk.low[v] in cues.tell_verbs:
        return None
    if cues.impersonal_clitics and not cues.impersonal_clitics.isdisjoint(tk.low[i:e]):
        m = _impersonal_source(tk, i, e, hi, cues)  # « a-t-on appris auprès du ministère »
        return (m, i, e) if m is not None else None
    if not punctuated:
        m = mention_forward(tk, e, hi, cues) if tk.low[v] in cues.core_verbs else None
        if m is None and opens and cues.bare_inversion:
            # French, the quote opening its sentence: "« … » a assuré un proche du ministre"
            m = mention_forward(tk, e, hi, cues) or _noun_phrase(tk, e, hi, cues)
        if m is not None and _disagrees(tk, i, m, cues):
            return None
        return (m, i, e) if m else None
    s = e
    if s + 3 < hi and tk.text[s] == "," and tk.text[s + 2] == "," and tk.text[s + 1].isalpha() \
            and tk.text[s + 1].islower() and tk.quote[s + 1] < 0:
        s += 3  # an adjective set off between the verb and its subject: « relatait, amère, une habituée »
    m = _inverted_subject(tk, s, hi, cues)
    if m is not None:
        return m, i, e
    # "says a source involved in …"; but after a participle or a verb that takes an object
    # the noun phrase is its object ("“…,” saying the city …", "described the impact as")
    m = _noun_phrase(tk, s, hi, cues) if cues.bare_inversion or (
        (tk.low[v] in cues.core_verbs or tk.low[v] in cues.inversion_verbs) and not cues.is_participle(tk.low[v])) else None
    if m is not None and not _disagrees(tk, i, m, cues):
        return m, i, e
    return None


def _cleft_cue(tk: Tokens, i: int, hi: int, cues: Cues) -> tuple[Mention, int, int] | None:
    """The inverted cue after a cleft lead at token ``i``, past the quote's colon: « « … » :
    c'est ce qu'affirme jeudi X » (``cues.cleft_leads``)."""
    for lead in cues.cleft_leads:
        n = i + len(lead)
        if n < hi and tuple(tk.low[i:n]) == lead:
            return _cue_after(tk, n, hi, cues)
    return None


def _impersonal_source(tk: Tokens, i: int, e: int, hi: int, cues: Cues) -> Mention | None:
    """The source of an impersonal report at tokens i..e (« a-t-on appris mercredi auprès du
    ministère de l'Intérieur »: ``cues.source_leads``), or after « de même source » the source
    such a lead named last, within a few paragraphs before."""
    for k in range(e, min(hi, e + 6)):
        if tk.quote[k] >= 0 or tk.text[k] in ".;:!?":
            break
        for lead in cues.source_leads:
            if tuple(tk.low[k:k + len(lead)]) == lead:
                return _phrase_at(tk, k + len(lead), hi, cues, _SOURCE_WORDS)
        for lead in cues.place_source_leads:
            n = k + len(lead)
            if tuple(tk.low[k:n]) == lead and n < hi and tk.text[n][:1].islower():
                return _phrase_at(tk, n, hi, cues, _SOURCE_WORDS)  # « au ministère de … », not « à l'AFP »
        for same in cues.same_source:
            if tuple(tk.low[k:k + len(same)]) == same:
                for j in range(i - 1, max(-1, i - _SOURCE_REACH), -1):
                    for lead in cues.source_leads:
                        if tk.low[j] == lead[0] and tuple(tk.low[j:j + len(lead)]) == lead:
                            return _phrase_at(tk, j + len(lead), tk.sent_hi[tk.sent[j]], cues, _SOURCE_WORDS)
                return None
    return None


_SOURCE_REACH = 600  # tokens looked back for the source « de même source » takes up (bounded: linear time)
_SOURCE_WORDS = 8  # the longest source phrase read


def _phrase_at(tk: Tokens, a: int, hi: int, cues: Cues, most: int) -> Mention | None:
    """The name at token ``a``, else the noun phrase there (``most`` words at most), up to
    punctuation, a relative, a verb, an auxiliary or a participle (« du parquet de Lyon
    publié jeudi », « auprès du ministère de l'Intérieur. »)."""
    m = mention_forward(tk, a, hi, cues)
    if m is not None and m.kind == "name":
        return m
    low = tk.low
    b = a
    while b < hi and b - a < most and tk.quote[b] < 0 and tk.text[b][:1].isalnum() and low[b] not in cues.relatives \
            and not (tk.text[b][:1].islower() and (
                cues.is_verb(low[b]) or low[b] in cues.auxiliaries or (
                    low[b].endswith(cues.regular_participle_endings) and low[b - 1] not in cues.of_words
                    and low[b - 1] not in cues.determiners))):
        b += 1
    return Mention(a, b, "other") if b > a else None


def _inverted_subject(tk: Tokens, e: int, hi: int, cues: Cues) -> Mention | None:
    """The mention within 8 words after an inverted verb group ending at ``e``, before any
    punctuation, conjunction or other verb: not a preposition's object ("a réagi sur Twitter
    le député …") unless the object's name run goes on into the subject's at a common given
    name ("affirme au Monde Jean Dupont"); a title followed by its name in apposition gives
    the name (French ``TITLE_APPOSITION``)."""
    k = adverbial_end(tk, e, cues)  # « souligne pour sa part X »
    skipped = -1  # where a preposition's object ended
    while k < min(hi, e + 8):
        if tk.quote[k] >= 0 and k - 1 == e and tk.low[e] in cues.prepositions:
            a, b = tk.qtok[tk.quote[k]]
            if b - a <= 5 and a + 1 < b and tk.text[a + 1][:1].isupper():
                k = skipped = b  # a title quoted after a preposition: « a expliqué au « Parisien » X »
                continue
        if tk.text[k] in ".;:!?" or tk.quote[k] >= 0 or tk.low[k] in cues.clause_stops or (
                k > e and cues.is_verb(tk.low[k]) and tk.text[k][:1].islower()):
            break
        m = mention_forward(tk, k, hi, cues)  # "a noté un jour le chef animateur"
        if m is None and k == skipped and cues.bare_inversion:
            m = _noun_phrase(tk, k, hi, cues)  # « explique à l'AFP un membre de la DGSI »
        if m:
            if k > e and tk.low[k - 1] in cues.prepositions:
                g = given_name_inside(tk, m.start, m.end, cues.first_names) \
                    if m.kind == "name" and cues.first_names else -1
                if g < 0:
                    # "a réagi sur Twitter le député …": not the object of "sur" (an object right
                    # after the verb: the noun phrase after it may be the subject)
                    skipped = m.end if k - 1 == e else -1
                    k = m.end
                    continue
                # "affirme au Monde Jean Dupont": the object's name run ran on into the
                # subject's, which opens with a common given name
                m = mention_forward(tk, g, hi, cues) or m
                if m.start != g:
                    k = m.end
                    continue
            if m.kind in ("title", "other") and cues.title_apposition:
                m = _apposed_name(tk, m, hi, cues) or m
            return m
        k += 1
    return None


def _subject_after(tk: Tokens, i: int, hi: int, cues: Cues, punctuated: bool, incise: str) -> Mention | None:
    """The subject at token ``i`` of a cue not inverted: a mention (a name modifying a noun
    speaks as the noun phrase, "the RNC member said"), an indefinite subject ("another
    wrote"), else an unnamed noun phrase ("a source said", "officials said", "the
    congressional report said"). Without punctuation only a name."""
    m = mention_forward(tk, i, hi, cues)
    if not punctuated and (m is None or m.kind != "name"):
        return None
    if incise and m is not None and m.kind == "name" and m.start < m.end - 1 and tk.low[m.start] in cues.determiners:
        # a name modifying a common noun: "the RNC member said", "one Trump campaign source said"
        k = m.end
        while k < hi and k - m.end < 2 and tk.text[k][:1].islower() and tk.text[k].isalpha() \
                and tk.low[k] not in cues.stop_words and not cues.is_verb(tk.low[k]):
            k += 1
        if k > m.end and _verb_group(tk, k, hi, cues):
            m = Mention(m.start, k, "other")
    if m is None and tk.low[i] in cues.indefinite_subjects and tk.text[i][:1].islower() and _verb_group(tk, i + 1, hi, cues):
        m = Mention(i, i + 1, "other")  # "“…,” another wrote" (English data)
    if m is None:
        m = _unnamed_subject(tk, i, hi, cues)
    return m


def _unnamed_subject(tk: Tokens, i: int, hi: int, cues: Cues) -> Mention | None:
    """An unnamed noun phrase at token ``i``: a determiner (or an indefinite) and a lowercase
    noun, or a group noun alone ("a source", "officials", "some protesters"); English: the
    adjectives before the noun go with it ("the congressional report")."""
    j = i + (1 if tk.low[i] in cues.determiners or tk.low[i] in cues.indefinite_subjects else 0)
    if not (j < hi and tk.text[j][:1].islower() and tk.low[j] not in cues.stop_words and (
            j > i or tk.low[j] in cues.group_nouns) and not cues.is_verb(tk.low[j]) and not cues.is_adverb(tk.low[j])):
        return None
    if cues.adjectives_first and j > i:
        # an adjective and its noun: "“…,” the congressional report said"
        k = j
        while k + 1 < hi and k - j < 2 and tk.text[k + 1][:1].islower() and tk.text[k + 1].isalpha() \
                and tk.low[k + 1] not in cues.stop_words and not cues.is_adverb(tk.low[k + 1]) \
                and _verb_group(tk, k + 2, hi, cues):
            k += 1
        j = k
    return Mention(i, j + 1, "other")


def _verb_after_subject(tk: Tokens, m: Mention, hi: int, cues: Cues, punctuated: bool,
                        incise: str) -> tuple[Mention, int, int] | None:
    """The cue after subject ``m``: past its appositions and parentheses
    (``_past_apposition``), a verb group, also past a complement or a coordinate ("X of the
    Y Institute wrote"; ``SUBJECT_LINKS``); after an incise a multi-word cue ("X shot
    back") or any past form ("X barked"; an unnamed noun only after a comma and not before
    "to")."""
    j = _past_apposition(tk, m.end, hi, cues)
    vg = _verb_group(tk, j, hi, cues)
    if vg is None and incise and j < hi and tk.low[j] in cues.subject_links:
        # a complement or a coordinate between the subject and its verb: "“…,” Jo Lee of the
        # Acme Institute wrote", "“…,” the senator and presidential candidate said"
        k = j + 1
        while k < hi and k - j < 12 and tk.quote[k] < 0 and tk.text[k] not in ",.;:!?()" and (
                not tk.text[k][:1].islower() or tk.low[k] in cues.stop_words or tk.low[k] in cues.titles
                or (k + 1 < hi and tk.low[k + 1] in cues.titles)):
            k += 1  # names, small words and titles: "of the Acme Institute", "and party leader"
        if k > j + 1:
            vg = _verb_group(tk, k, hi, cues)
            if vg:
                j = k
    if vg and m.kind == "other" and vg[0] == j and tk.low[j].endswith(cues.regular_participle_endings):
        return None  # a noun and its participle, no clause: « « … », une revendication qualifiée de … »
    if vg and (punctuated or tk.low[vg[0]] in cues.core_verbs):
        return m, j, vg[1]
    if not punctuated:
        return None
    if incise and cues.phrases and j + 1 < hi and tk.quote[j + 1] < 0:
        e = _cue_phrase_end(tk, j, hi, cues, 3)  # a multi-word cue: "“…,” Trump shot back"
        if e > j + 1:
            return m, j, e
    # an unnamed noun and a past form report only after a comma, and not before "to" ("“…,”
    # the number needed to …", "“…,” a site linked to …": a participle modifying the noun)
    if incise and cues.past_suffixes and j < hi and _past_form(tk, j, hi, cues) and (
            m.kind != "other" or (incise == "," and not (j + 1 < hi and tk.low[j + 1] in cues.infinitives))):
        return m, j, j + 1
    return None


def _past_apposition(tk: Tokens, j: int, hi: int, cues: Cues) -> int:
    """The token after the appositions and parenthesis that follow a subject ending at ``j``:
    "Josh Earnest, the press secretary, said", several with commas inside ("X, a Republican
    from Alabama, who chairs the panel, said"), "Rep. Gwen Moore (D-Wis.) said"."""
    end = j
    if j < hi and tk.text[j] == ",":
        first = None
        k = j
        while k < hi and tk.text[k] == "," and k - end < 30:
            c = k + 1
            while c < hi and c - k < 20 and tk.text[c] != "," and tk.quote[c] < 0:
                c += 1
            if c >= hi or tk.text[c] != ",":
                break
            if first is None:
                first = c + 1
            elif _verb_group(tk, c + 1, hi, cues):
                first = c + 1
                break
            if _verb_group(tk, first, hi, cues):
                break
            k = c
        if first is not None:
            j = first
    if j < hi and tk.text[j] == "(":
        k = j
        while k < hi and k - j < 10 and tk.text[k] != ")":
            k += 1
        if k < hi:
            j = k + 1  # "Rep. Gwen Moore (D-Wis.) said"
    return j


def _reading_document(tk: Tokens, qa: int, qb: int, hi: int, cues: Cues) -> tuple[Mention, int, int, str] | None:
    """After the quote, an impersonal cue of reading ("peut-on lire", "peut-on y lire"; French
    data ``READING_CUES``): the latest document noun phrase of the last few sentences before
    the quote, else the one after the cue ("dans le communiqué"), speaks for its issuer."""
    i = qb + (qb < hi and tk.text[qb] == ",")
    e = -1
    word = tk.low[i] if i < len(tk) else ""
    for cue in cues.reading_cues:
        if cue[0] == word and tuple(tk.low[i:i + len(cue)]) == cue:
            e = i + len(cue)
            break
    if e < 0:
        return None
    nouns = cues.document_nouns
    first = max(tk.sent_lo[max(0, tk.sent[qa] - 3)], qa - _REACH)
    for j in range(qa - 1, first - 1, -1):
        if tk.low[j] in nouns and tk.quote[j] < 0 and tk.text[j][:1].islower():
            d = j - 1 if j > 0 and tk.low[j - 1] in cues.determiners else j
            return Mention(d, j + 1, "other"), i, e, "after"
    for j in range(e, min(hi, e + 4)):
        if tk.low[j] in nouns and tk.quote[j] < 0:
            d = j - 1 if tk.low[j - 1] in cues.determiners else j
            return Mention(d, j + 1, "other"), i, e, "after"
    return None


def _apposition_owner(tk: Tokens, m: Mention, lo: int, cues: Cues) -> Mention | None:
    """The name before a title apposition that ends with name ``m``: "X, le président de
    l'association Y" is X (French: ``TITLE_APPOSITION``); None if ``m`` stands in no such
    apposition."""
    k = m.start - 1
    title = False
    while k > lo and m.start - k < 14 and tk.text[k] != "," and tk.quote[k] < 0:
        w = tk.low[k]
        if w in cues.titles or w.split("-", 1)[0] in cues.titles:
            title = True
        elif not tk.text[k][:1].islower() and tk.text[k] not in ("'", "’"):
            return None  # another name, a number or a mark: no apposition of one title
        k -= 1
    if not title or k <= lo or tk.text[k] != ",":
        return None
    p = mention_ending_at(tk, k, lo, cues)
    return p if p is not None and p.kind == "name" else None


def _apposed_name(tk: Tokens, m: Mention, hi: int, cues: Cues) -> Mention | None:
    """The name set off by a comma after a title, ending the sentence or its clause: "le chef
    du gouvernement, le conservateur Mariano Rajoy." (no preposition before it: "la cour,
    basée à La Haye" is a place)."""
    k = m.end
    while k < hi and k - m.end < 16 and tk.quote[k] < 0 and tk.text[k] not in ".;:!?":
        if tk.text[k] == ",":
            for j in range(k + 1, min(hi, k + 4)):
                if tk.quote[j] >= 0 or tk.low[j] in cues.prepositions:
                    break  # "…, basée à La Haye": a place, not the title's name
                n = mention_forward(tk, j, hi, cues)
                if n is not None and n.kind == "name":
                    if n.end >= hi or tk.text[n.end] in ",.;!?" or tk.text[n.end].startswith("\n"):
                        return n
                    break
                if tk.text[j][:1].isupper():
                    break
            return None
        if (cues.is_verb(tk.low[k]) and tk.text[k][:1].islower()) or (
                tk.low[k] in cues.titles and governed_title(tk, k, m.end, cues)):
            return None  # a verb, or a preposition's title the name may be apposed to (« au côté du président de X, Y »)
        k += 1
    return None


def _passive_agent(tk: Tokens, qa: int, lo: int, cues: Cues) -> Mention | None:
    """"Elle est saluée par X : « … »": the agent of a reporting verb's past participle,
    right before the colon that opens the quote (French data: ``PASSIVE_AGENTS``)."""
    colon = qa - 1
    if colon <= lo + 2 or tk.text[colon] != ":":
        return None
    a = mention_ending_at(tk, colon, lo, cues)
    if a is None or a.kind != "name":
        # past a short apposition: "partagé par Solange, 81 ans :"
        for c in range(colon - 2, max(lo, colon - 5), -1):
            if tk.text[c] == "," and tk.quote[c] < 0:
                a = mention_ending_at(tk, c, lo, cues) or a
                break
    if a is not None and a.kind in ("name", "title") and a.start - 2 >= lo \
            and tk.low[a.start - 1] in cues.passive_agents and tk.text[a.start - 2][:1].islower() \
            and tk.low[a.start - 2].endswith(cues.regular_participle_endings):
        return a  # any participle's agent: « Un message partagé par X : « … » »
    return None


def _agent_around(tk: Tokens, qa: int, qb: int, lo: int, hi: int, cues: Cues) -> Mention | None:
    """The agent of a reporting verb's past participle around a short quote: "Ce « désastre »
    est déploré par X", "« … », comme prétendu par X", "décrit comme « … » par un proche"
    (French data: ``PASSIVE_AGENTS``). Only a few tokens either side of the quote are read."""
    j = qb
    if j < hi and tk.text[j] == ",":
        j += 1
    if j < hi and tk.low[j] in cues.source_conjunctions:
        j += 1
    n = 0
    while j < hi and n < 2 and tk.low[j] in cues.auxiliaries:
        j += 1
        n += 1
    if j < hi and tk.low[j] in cues.passive_perfect:
        j += 1
    part = -1
    if j + 1 < hi and tk.low[j] in cues.passive_agents:
        # "décrit comme « … » par X": the participle right before the quote
        for k in range(qa - 1, max(lo, qa - 4) - 1, -1):
            if tk.quote[k] >= 0:
                break
            if cues.is_verb(tk.low[k]) and tk.low[k].endswith(cues.past_participle_endings) and tk.text[k][:1].islower():
                part = k
                break
        if part < 0:
            return None
        j -= 1
    elif not (j + 2 < hi and cues.is_verb(tk.low[j]) and tk.low[j].endswith(cues.past_participle_endings)
              and tk.text[j][:1].islower() and tk.low[j + 1] in cues.passive_agents):
        return None
    m = mention_forward(tk, j + 2, hi, cues) or _noun_phrase(tk, j + 2, hi, cues)  # « par l'opposition »
    if m is None or m.start != j + 2 or m.kind == "pronoun":
        return None
    return m


def _source_clause_subject(tk: Tokens, v: int, lo: int, qa: int, cues: Cues) -> Mention | None:
    """The inverted subject of a source clause before the quote: "…, comme l'indique X,
    chercheur : « … »", "comme l'a rappelé X :" (a conjunction, a clitic, an auxiliary)."""
    k = v - 1
    if k > lo and tk.low[k] in cues.auxiliaries:
        k -= 1
    if not (k > lo and tk.low[k] in cues.source_clause_clitics and tk.low[k - 1] in cues.source_conjunctions):
        return None
    m = _inverted_subject(tk, v + 1, qa, cues)  # past « au Figaro », a title's apposed name
    if m is not None and m.kind != "name" and cues.title_apposition:
        m = _frame_apposition(tk, m.end, qa, cues) or m  # "comme l'a expliqué son directeur, X,"
    if m is None or m.kind != "name" or not (m.end == qa or tk.text[m.end] in ",:"):
        return None
    return m


def _voice(tk: Tokens, e: int, qa: int, cues: Cues) -> Mention | None:
    """The name a reporting verb speaks through: "X a répondu par la voix du porte-parole Y :"."""
    for k in range(e, min(qa, e + 4)):
        if tk.quote[k] >= 0 or tk.text[k] in ":;":
            return None
        low = tk.low[k]
        for frame in cues.voice_frames:
            n = len(frame)
            if frame[0] == low and tuple(tk.low[k:k + n]) == frame:
                m = mention_forward(tk, k + n, qa, cues)
                if m is not None and m.kind == "name" and (m.end == qa or tk.text[m.end] in ",:"):
                    return m
    return None


def _noun_phrase(tk: Tokens, e: int, hi: int, cues: Cues) -> Mention | None:
    """A determiner and a common noun at token e: "a source", "un proche", or one of a
    group: « l'un des douaniers » (``cues.partitive_heads``)."""
    if e >= hi:
        return None  # the sentence ends with the verb: « «a› a dit »
    if e + 1 < hi and tk.low[e] in cues.determiners and tk.text[e + 1][:1].islower() \
            and tk.low[e + 1] not in cues.stop_words and not cues.is_adverb(tk.low[e + 1]):
        return Mention(e, e + 2, "other")
    k = e if tk.low[e] in cues.partitive_heads else e + (tk.low[e] in cues.determiners)
    if k + 2 < hi and tk.low[k] in cues.partitive_heads and tk.low[k + 1] in cues.of_words \
            and tk.text[k + 2][:1].islower() and tk.low[k + 2] not in cues.stop_words and not cues.is_verb(tk.low[k + 2]):
        return Mention(e, k + 3, "other")
    return None


def _first_coordinate(tk: Tokens, m: Mention, lo: int, hi: int, cues: Cues) -> Mention:
    """The first of coordinated subjects before a plural verb: "X et Y ont déclaré", "Les
    porte-parole, X et Y, font valoir" report X; any other mention as it is."""
    c = m.start - 1
    if c - 1 < lo or tk.low[c] not in cues.subject_coordinators:
        return m
    k = m.end
    while k < hi and k < m.end + 4 and (tk.text[k] == "," or cues.is_adverb(tk.low[k]) or tk.low[k] in cues.clitics):
        k += 1  # "X et Y, font", "X et Y ne sont", "X et Y ont également"
    if k >= hi or tk.quote[k] >= 0 or not tk.text[k][:1].islower() or not tk.low[k].endswith(cues.plural_verb_endings):
        return m
    first = mention_ending_at(tk, c, lo, cues)
    if first is None or first.kind not in ("name", "title") or (
            first.start - 1 >= lo and tk.low[first.start - 1] in cues.prepositions):
        return m
    return first


def _disagrees(tk: Tokens, i: int, m: Mention, cues: Cues) -> bool:
    """A singular auxiliary before a plural noun phrase: "« … », a demandé des mesures" has
    the verb's object after it, not an inverted subject (French data)."""
    return (tk.low[i] in cues.singular_auxiliaries and m.kind != "pronoun"
            and tk.low[m.start] in cues.plural_determiners)


def _possessed_subject(tk: Tokens, a: int, e: int, hi: int, cues: Cues) -> tuple[Mention, int, int] | None:
    """After a quote, a possessive and its noun as the subject: "Ryan’s office said" speaks as
    "Ryan’s office"; "Sanders’s campaign manager, Jeff Weaver, said" as the name in apposition.
    ``a``, ``e``: the name's first token and the possessive mark after it."""
    k = e + 1
    while k < hi and k - e <= 5 and tk.quote[k] < 0 and tk.text[k][:1].islower() and not cues.is_verb(tk.low[k]) and (
            tk.low[k] not in cues.stop_words or (
                k > e + 1 and tk.low[k] in cues.subject_links and k + 1 < hi and tk.text[k + 1][:1].islower()
                and tk.low[k + 1] not in cues.stop_words)):
        k += 1  # "Ryan’s chief of staff, Jo Lee, said": a complement inside the noun phrase
    if k == e + 1 or k >= hi:
        return None
    if tk.text[k] == ",":
        n = mention_forward(tk, k + 1, hi, cues)
        if n is None or n.kind != "name" or n.end >= hi or tk.text[n.end] != ",":
            return None
        vg = _verb_group(tk, n.end + 1, hi, cues)
        return (n, n.end + 1, vg[1]) if vg and tk.low[vg[0]] in cues.core_verbs else None
    vg = _verb_group(tk, k, hi, cues)
    return (Mention(a, k, "other"), k, vg[1]) if vg and tk.low[vg[0]] in cues.core_verbs else None


def _modifies_noun(tk: Tokens, m: Mention, hi: int, cues: Cues) -> bool:
    """A name followed by a lowercase word that is no verb, auxiliary, past form or
    adverb: it modifies that noun ("The Clinton campaign worded it", "a Twitter account")."""
    k = m.end
    if m.kind != "name" or k >= hi or tk.quote[k] >= 0:
        return False
    if k - m.start >= 2 and cues.given_names and fold(tk.low[m.start]) in cues.given_names \
            and tk.text[k - 1][:1].isupper():
        return False  # a person's full name is the subject ("Jeb Bush broke down …", an unknown verb)
    w = tk.low[k]
    return (tk.text[k][:1].islower() and w.isalpha() and w not in cues.stop_words and w not in cues.auxiliaries
            and not cues.is_verb(w) and not w.endswith(cues.past_suffixes or ("\0",))
            and not w.endswith(cues.adverb_endings))


def _frame(tk: Tokens, lo: int, hi: int, cues: Cues, heads_at: list[int], end: int = -1) -> tuple[Mention, int, int] | None:
    """A frame ("selon X") starting in tokens lo..hi, its speaker read up to ``end`` (default
    ``hi``); ``heads_at``: where the frames' first words stand."""
    starts = heads_at[bisect_left(heads_at, lo):bisect_left(heads_at, hi)]
    hi = hi if end < 0 else end
    for i in starts:
        if tk.quote[i] >= 0:
            continue
        lead = i == lo or (i - 2 >= lo and tk.text[i - 1] == "," and i - 1 - lo <= _longest(cues.lead_connectors)
                           and tuple(tk.low[lo:i - 1]) in cues.lead_connectors) or (
            i - 1 == lo and tk.low[lo] in cues.clause_coordinators)  # « Mais pour X, « … » »
        for frame in cues.frames_at(tk.low[i], lead=lead):
            n = len(frame)
            if tuple(tk.low[i:i + n]) == frame:
                if cues.frame_not_speaker and frame in cues.lead_frames and _time_frame(tk, i + n, hi, cues):
                    continue  # "Pour la première fois, …": a time, not a speaker
                m = mention_forward(tk, i + n, hi, cues)
                if m is None:
                    # any noun phrase up to the comma: "according to the newspaper,"; a longer
                    # one after a determiner ("selon le fournisseur de services Internet X,")
                    k = i + n
                    most = _FRAME_NP_LONG if tk.low[k] in cues.determiners else _FRAME_NP
                    while k < hi and k - i - n < most and tk.quote[k] < 0 and tk.text[k][:1].isalnum():
                        k += 1
                    if k > i + n and (k == hi or tk.text[k] in ",.") and not (
                            cues.adjectives_first and frame in cues.lead_frames and _no_noun_phrase(tk, i + n, k, cues)):
                        m = Mention(i + n, k, "other")  # "…, selon les dires du ministère."
                    elif k + 3 < hi and tk.text[k] == "(" and tk.text[k + 2] == ")" and tk.text[k + 3] == "," \
                            and tk.text[k + 1].isupper() and len(tk.text[k + 1]) > 1:
                        m = Mention(k + 1, k + 2, "other")  # "selon l'institut américain de géophysique (USGS),"
                if m and m.kind != "name" and cues.title_apposition:
                    m = _frame_apposition(tk, m.end, hi, cues) or m  # "selon le négociateur, X, …"
                if m:
                    return m, i, i + n
    return None


_FRAME_NP = 6
_LONGEST: dict[int, int] = {}


def _longest(tuples: frozenset) -> int:
    """The length of the longest tuple in ``tuples`` (memoised: one set of each Cues)."""
    got = _LONGEST.get(id(tuples))
    if got is None:
        got = _LONGEST[id(tuples)] = max(map(len, tuples), default=0)
    return got
_FRAME_NP_LONG = 10


def _frame_apposition(tk: Tokens, e: int, hi: int, cues: Cues) -> Mention | None:
    """A name set off by commas right after a frame's noun phrase ending at ``e``:
    "Selon le porte-parole du syndicat, Jean Morel, la grève …" (French)."""
    if e + 1 >= hi or tk.text[e] != "," or tk.quote[e] >= 0:
        return None
    n = mention_forward(tk, e + 1, hi, cues)
    if n is None or n.kind != "name" or n.start != e + 1 or n.end >= hi or tk.text[n.end] != ",":
        return None
    return n


def _no_noun_phrase(tk: Tokens, a: int, b: int, cues: Cues) -> bool:
    """Tokens a..b hold no noun phrase that could speak: a small word other than a determiner
    or a preposition ("For now,", "To top it off,"; English)."""
    return any(tk.low[k] in cues.stop_words and tk.low[k] not in cues.determiners
               and tk.low[k] not in cues.prepositions for k in range(a, b))


def _time_frame(tk: Tokens, k: int, hi: int, cues: Cues) -> bool:
    """The words from ``k`` to the next comma (a few at most) hold a time or manner noun
    ("la première fois", "l'instant", "sa part")."""
    stop = cues.frame_not_speaker
    for j in range(k, min(hi, k + 6)):
        if tk.text[j] == ",":
            return False
        if tk.low[j] in stop:
            return True
    return False


_first = itemgetter(0)


# A quote reads its cues in a bounded window of its sentence: at most WINDOW_BACK tokens
# and _WINDOW_QUOTES other quotes before it, WINDOW_AHEAD tokens and _WINDOW_QUOTES quotes
# after it. News sentences stay far inside (in the gold sets: at most 116 tokens before a
# quote, 293 after it, 4 other quotes), so their results are unchanged; a "sentence" of
# 1 MB of quote marks costs a bounded amount a quote, hence linear time in the text.
_WINDOW_QUOTES = 8
# at most this many candidate cues tried a quote (reporting verbs before it, commas after it)
_MAX_TRIES = 16
# look-backs over the last few sentences (a document named before a quote) stop this many
# tokens back, after this many document nouns (the gold sets' longest sentence: 344 tokens)
_REACH = 600
_DOCUMENT_TRIES = 4


def _cue_positions(tk: Tokens, cues: Cues) -> tuple[list[int], list[int], list[int]]:
    """Where the reporting verbs, the last words of multi-word cues and the first words of
    frames stand (``positions``), in one pass over the words scan watched."""
    verbs, phrases, frames = cues.verbs, cues.phrases or {}, cues.frame_heads or {}
    if tk.watch is not cues.watch_words:
        return positions(tk, verbs, cues), positions(tk, phrases, cues), positions(tk, frames, cues)
    low = tk.low
    verb_at: list[int] = []
    phrase_at: list[int] = []
    frame_at: list[int] = []
    for k in tk.watched:
        w = low[k]
        if w in verbs:
            verb_at.append(k)
        if w in phrases:
            phrase_at.append(k)
        if w in frames:
            frame_at.append(k)
    return verb_at, phrase_at, frame_at


def _window(tk: Tokens, qi: int, qa: int, qb: int, lo: int, hi: int) -> tuple[int, int]:
    """The sentence bounds ``lo``, ``hi`` of quote ``qi`` (tokens qa..qb), clamped to its window."""
    lo = max(lo, qa - WINDOW_BACK)
    hi = min(hi, qb + WINDOW_AHEAD)
    qtok = tk.qtok
    if qi >= _WINDOW_QUOTES:
        e = qtok[qi - _WINDOW_QUOTES][1]
        if e > lo:
            lo = e
    if qi + _WINDOW_QUOTES < len(qtok):
        s = qtok[qi + _WINDOW_QUOTES][0]
        if 0 <= s < hi:
            hi = s
    return lo, hi


class _Article:
    """State for one article: tokens, sentence bounds, speaker index."""

    def __init__(self, text: str, cues: Cues) -> None:
        """Stages 1 and 2 on ``text``: quote marks paired, tokens and sentences, the speaker
        index, and where the reporting verbs, multi-word cues and frames stand."""
        self.text = text
        self.cues = cues
        self.spans = find_quoted_spans(text)
        self.tk = scan(text, self.spans, cues.follow_words, cues.watch_words, cues.past_suffixes, cues.token_rules)
        self.index = SpeakerIndex(self.tk, cues)
        # where reporting verbs and the last words of multi-word cues stand, found by scan:
        # attribution then looks them up in a quote's sentence instead of scanning it
        self.verb_at, self.phrase_at, self.frame_at = _cue_positions(self.tk, cues)
        self._phrases: dict | None = None
        self._keys: list[str] | None = None  # see _phrase_keys
        self._introduced: dict[tuple[str, bool], tuple[list[int], list[str]]] = {}  # see _latest_introduction
        self._org_subjects: dict[int, int] = {}  # see _organisation_antecedent (-1: none)
        self._issuers: dict[str, list[tuple[int, str]]] = {}  # see _document_issuer
        self._named_orgs: dict[int, tuple[Mention, str | None] | None] = {}  # see _named_organisation_antecedent
        self._indefinite_subjects: dict[int, Mention | None] = {}  # see _unnamed_subject_before_quote
        self._bare_titles: dict[str, str] = {}  # a bare title -> the person it was taken for (_resolve_title)
        self._accounts: dict[int, Mention | None] = {}  # see _account_giver
        self._word_index: dict[str, list[int]] | None = None  # see _occurrences
        self._word_lookups = 0
        self.cued: dict[str, int] = {}  # quoted words (phrase_key) -> the first quote of them with a cue

    def _before(self, at: list[int], lo: int, hi: int) -> list[int]:
        """The positions in ``at`` from ``lo`` to ``hi`` (excluded), nearest to ``hi`` first."""
        return at[bisect_left(at, lo):bisect_left(at, hi)][::-1]

    def quoted_phrases(self) -> dict:
        """How often each quoted text (lowercased tokens) occurs in the article."""
        if self._phrases is None:
            self._phrases = _quoted_phrase_counts(self)
        return self._phrases

    def phrase_key(self, qi: int) -> str:
        """Quote ``qi``'s words, lowercased (as counted by ``quoted_phrases``)."""
        return self._phrase_keys()[qi]

    def _phrase_keys(self) -> list[str]:
        """Every quote's words, lowercased, quote marks left out ("" for a quote of no token),
        joined once an article."""
        keys = self._keys
        if keys is None:
            low = self.tk.low
            keys = self._keys = [" ".join(filterfalse(_QUOTE_MARKS.__contains__, low[a + 1:b - 1])) if a >= 0 else ""
                                 for a, b in self.tk.qtok]
        return keys

    def paragraph_start(self, i: int) -> bool:
        return i == 0 or self.tk.text[i - 1].startswith("\n")

    def attribute(self, qi: int) -> tuple[Mention, int, int, str] | None:
        """The cascade for quote ``qi``: each step below in order of reliability, within the
        quote's sentence (clamped to its window); the first that finds a speaker wins.
        Returns (mention, cue start, cue end, rule id) or None."""
        tk = self.tk
        qa, qb = tk.qtok[qi]
        if qa < 0:
            return None
        lo, hi = self._bounds(qi, qa, qb)
        hit = _transcript_label(tk, qa, qb) or self._named_verb_right_before(qa, lo)
        if hit is None:
            hit = self._cue_right_after(qa, qb, lo, hi)
        if hit is None and self.cues.reading_cues and self.cues.document_nouns:
            hit = _reading_document(tk, qa, qb, hi, self.cues)
        if hit is None:
            hit = _dash_name(tk, qb, hi, self.cues)
        if hit is None:
            hit = self._frame_right_after(qb, hi) or self._framed_colon(qa, lo) or self._frame_right_before(qa, lo)
        if hit is None:
            hit = self._verb_before(qa, qb, lo, hi)
        if hit is None:
            hit = self._colon(qa, lo)
        if hit is None:
            hit = _cue_later(tk, qb, hi, self.cues)
        if hit is None:
            found = _frame(tk, lo, hi, self.cues, self.frame_at)
            if found:
                hit = (*found, "frame")
        if hit is None:
            hit = _incise(tk, qi, qa, qb, self.cues)
        if hit is None:
            hit = _dash_line(tk, qb, self.cues)
        return hit

    def _named_verb_right_before(self, qa: int, lo: int) -> tuple[Mention, int, int, str] | None:
        """Rule "before": a reporting verb right before the quote with a name right before it,
        inside the sentence ("in a clip that Judge X called “distasteful,” Y expressed …" is
        X's, not the incise-like cue after it)."""
        tk, cues = self.tk, self.cues
        v = qa - 1
        if v - 1 <= lo or tk.quote[v] >= 0 or not tk.text[v][:1].islower() or not cues.is_verb(tk.low[v]) \
                or tk.low[v] in cues.auxiliaries:
            return None
        m = mention_ending_at(tk, v, lo, cues)
        if m is None or m.kind != "name" or m.start <= lo or tk.low[m.start - 1] in cues.prepositions:
            return None  # ("a message on Twitter reading “…”": no subject)
        return m, v, qa, "before"

    def _framed_colon(self, qa: int, lo: int) -> tuple[Mention, int, int, str] | None:
        """Rule "colon": the speaker of a frame set off by a comma that ends right before the
        last colon before the quote in its sentence (« …, de l'aveu du Dr X : organiser …
        « … » »), before any verb of the clause the frame closes."""
        tk, heads = self.tk, self.frame_at
        x = bisect_left(heads, qa)
        if not x or heads[x - 1] <= lo:
            return None  # no frame before the quote in its sentence (most quotes): no colon looked for
        colon = qa - 1
        while colon > lo and tk.text[colon] != ":" and tk.quote[colon] < 0 and qa - colon <= WINDOW_BACK:
            colon -= 1
        if colon <= lo or tk.text[colon] != ":":
            return None
        found = self._frame_ending_at(colon, lo, lead=False)
        return (found[0], colon, colon + 1, "colon") if found is not None else None

    def _frame_right_before(self, qa: int, lo: int) -> tuple[Mention, int, int, str] | None:
        """Rule "frame": a frame set off by commas inside the sentence that ends right before
        the quote (« …, tandis que, pour le président X, « … » »), read as if it opened it."""
        if qa - 1 <= lo or self.tk.text[qa - 1] != ",":
            return None
        found = self._frame_ending_at(qa - 1, lo, lead=True)
        return (*found, "frame") if found is not None else None

    def _frame_ending_at(self, end: int, lo: int, *, lead: bool) -> tuple[Mention, int, int] | None:
        """The nearest frame set off by a comma whose speaker ends right at token ``end`` (a
        colon, the comma before a quote), not a bare noun phrase; read as opening its sentence
        where ``lead`` (« pour X »), else not (« de l'aveu du Dr X »)."""
        tk, heads = self.tk, self.frame_at
        reach = max(lo, end - _FRAME_NP_LONG - 4)
        x = bisect_left(heads, end) - 1
        while x >= 0 and heads[x] > reach and tk.text[heads[x] - 1] != ",":
            x -= 1  # past the heads inside the frame (« de » in « pour le président de la Commission »)
        if x < 0 or heads[x] <= reach:
            return None
        f = heads[x]
        found = _frame(tk, f if lead else f - 1, f + 1, self.cues, heads, end)
        return found if found is not None and found[0].end == end and found[0].kind != "other" else None

    def _frame_right_after(self, qb: int, hi: int) -> tuple[Mention, int, int, str] | None:
        """Rule "frame": a frame set off by a comma right after the quote (« X propose des
        aménagements qui « … », de l'aveu du Dr Y »; « « … », selon Y »): its speaker, before
        any verb before the quote."""
        tk = self.tk
        if qb + 1 >= hi or tk.text[qb] != ",":
            return None
        # (read from the comma: not a lead frame, « « … », pour la première fois »)
        found = _frame(tk, qb, min(hi, qb + 2), self.cues, self.frame_at, hi)
        return (*found, "frame") if found else None

    def _bounds(self, qi: int, qa: int, qb: int) -> tuple[int, int]:
        """The sentence of quote ``qi`` (tokens qa..qb) clamped to its window; a quote opening
        its paragraph after a colon reads the colon's sentence too ("X a déclaré :\\n\\n« … »")."""
        tk = self.tk
        lo = tk.sent_lo[tk.sent[qa]]
        hi = tk.sent_hi[tk.sent[qb - 1]]
        if self.paragraph_start(qa) and qa >= 2 and tk.text[qa - 2] == ":":
            lo = tk.sent_lo[tk.sent[qa - 2]]
        return _window(tk, qi, qa, qb, lo, hi)

    def _cue_right_after(self, qa: int, qb: int, lo: int, hi: int) -> tuple[Mention, int, int, str] | None:
        """Rule "after": a cue right after the quote, inverted or not (``», a déclaré X``,
        ``," X said``; see ``_cue_after``); not for a quote inside an opening subordinate
        clause with its own verb and subject. A pronoun cue yields to the agent of a
        participle before the colon (``saluée par X : « … », a-t-il écrit``: rule "colon")."""
        tk, cues = self.tk, self.cues
        k = _last_inside(tk, qa, qb)  # past an inner quote's closing mark too: "…, 'not what we want,'” X said"
        if qa > lo and tk.text[k] in ".!?" and qb < hi and tk.text[qb][:1].isupper():
            return None  # "X called it “a disgrace.” Y said": Y speaks for the next sentence
        punctuated = tk.text[k] in ",.!?…;:" or (qb < len(tk) and tk.text[qb] in ",—–―")
        hit = _cue_after(tk, qb, hi, cues, punctuated=punctuated, incise=tk.text[k] if tk.text[k] in ",?!" else "",
                         opens=qa == lo or tk.text[qa - 1].startswith("\n"))
        if hit is None and cues.cleft_leads and qb + 1 < len(tk) and tk.text[qb] in ":.":
            # « … » : c'est ce qu'affirme X; « … » . C'est ce qu'a annoncé X (the next sentence)
            hit = _cleft_cue(tk, qb + 1, max(hi, tk.sent_hi[tk.sent[qb + 1]]), cues)
        if hit is None or self._in_subordinate_clause(qa, lo):
            return None
        if tk.text[k] in ".!?" and tk.text[qb][:1].isupper() and hit[2] < len(tk) and tk.low[hit[2]] in cues.clause_stops:
            return None  # « … . » Le journaliste affirme que …: the next sentence reports on its own
        if hit[0].kind == "pronoun" and cues.passive_agents:
            agent = _passive_agent(tk, qa, lo, cues)
            if agent is not None:
                return agent, qa - 1, qa, "colon"
        return hit[0], hit[1], hit[2], "after"

    def _in_subordinate_clause(self, qa: int, lo: int) -> bool:
        """The quote stands in the clause of a subordinator opening its sentence, before any
        comma, with its own verb and subject: "After Jo Lee called it “…,” Kim said …" is not
        Kim's (English ``SUBORDINATE_QUOTES``)."""
        tk, cues = self.tk, self.cues
        return (cues.subordinate_quotes and tk.low[lo] in cues.subordinators
                and tk.low[lo] not in cues.source_conjunctions and qa > lo + 2
                and not any(tk.text[k] == "," and tk.quote[k] < 0 for k in range(lo, qa))
                and any(tk.quote[v] < 0 and tk.text[v][:1].islower() and subject_backward(tk, v, lo + 1, cues) is not None
                        for v in self._before(self.verb_at, lo + 1, qa)))

    def _verb_before(self, qa: int, qb: int, lo: int, hi: int) -> tuple[Mention, int, int, str] | None:
        """Rule "before": a reporting verb before the quote and its subject (a narrative
        infinitive, a passive agent, then each verb, verbs of speech proper first), else
        rule "noun": a noun of speech and its possessor."""
        tk, cues = self.tk, self.cues
        hit = self._narrative_infinitive(qa, lo)
        if hit is not None:
            return hit
        verbs = self._reporting_verbs(qa, lo)
        if cues.passive_agents:
            agent = _passive_agent(tk, qa, lo, cues)
            if agent is not None:
                return agent, qa - 1, qa, "colon"
            agent = _agent_around(tk, qa, qb, lo, hi, cues)
            if agent is not None:
                return agent, agent.start - 1, agent.start, "agent"
        for v in verbs[:_MAX_TRIES]:
            hit = self._verb_cue(v, qa, qb, lo, hi)
            if hit is not None:
                return hit
        hit = _auxiliary_before(tk, qa, qb, lo, cues)
        if hit is not None:
            return hit
        noun = _speech_noun(tk, qa, lo, cues)
        if noun:
            return noun[0], noun[1], noun[1] + 1, "noun"
        return None

    def _narrative_infinitive(self, qa: int, lo: int) -> tuple[Mention, int, int, str] | None:
        """A narrative infinitive, the nearest infinitive before the quote after "de" and its
        subject: "Et le ministre de s’interroger : « … »" (not "X a bien fait de dire « … »")."""
        tk, cues = self.tk, self.cues
        for v in self._before(self.verb_at, lo + 1, qa):
            if tk.quote[v] < 0 and tk.low[v] in cues.infinitives:
                d = v - 1 - (tk.low[v - 1] in cues.reflexive_clitics)
                if d > lo and tk.low[d] in cues.narrative_links and tk.text[d - 1] not in ",;:":
                    m = subject_backward(tk, d, lo, cues)
                    # the subject right before "de", not a verb's ("X a bien fait de dire « … »")
                    if m is not None and m.end == d:
                        return m, d, v + 1, "before"
                break
        return None

    def _reporting_verbs(self, qa: int, lo: int) -> list[int]:
        """The reporting verbs before the quote, the nearest verb of speech proper first, then
        the nearest other cues ("X said Democrats are to blame for “…”" is X's); no
        infinitive, no noun use, none inside an opening subordinate clause ("When Trump
        suggested …, Rubio fired back: “…”", but "As Politico reported, “…”"); the first
        word of a multi-word cue stands for its verb ("met en garde")."""
        tk, cues = self.tk, self.cues
        verbs = [v for v in self._before(self.verb_at, lo, qa)
                 if tk.quote[v] < 0
                 and (tk.text[v][:1].islower() or (v == lo and (tk.low[v] in cues.core_verbs or cues.is_participle(tk.low[v]))))  # "Said X, “…”", "Saluant …"
                 and tk.low[v] not in cues.infinitives and not (v > 0 and tk.low[v - 1] in cues.infinitives)
                 and not _noun_use(tk, v, lo, cues)]
        if tk.low[lo] in cues.subordinators:
            comma = lo
            for k in range(lo, qa):
                if tk.text[k] == ",":
                    comma = k
                    break
            # "As Politico reported, “…”", « Comme l'a expliqué X, les couches ont présenté « … » »:
            # the source clause speaks for the main clause
            if not (tk.low[lo] in cues.source_conjunctions and (
                    comma == qa - 1 or (lo + 1 < qa and tk.low[lo + 1] in cues.source_clause_clitics))):
                verbs = [v for v in verbs if v > comma]
        core = [v for v in verbs if tk.low[v] in cues.core_verbs]  # nearest first within each
        if len(core) < len(verbs) and not _named_verb_after(tk, verbs, core, qa, cues):
            verbs = core + [v for v in verbs if tk.low[v] not in cues.core_verbs]
        for k in self._before(self.phrase_at, lo, qa):
            if tk.quote[k] < 0:
                start = cues.phrase_start(tk.low, k)
                if start is not None and start >= lo and start not in verbs:
                    verbs.append(start)
        return verbs

    def _verb_cue(self, v: int, qa: int, qb: int, lo: int, hi: int) -> tuple[Mention, int, int, str] | None:
        """The speaker of reporting verb ``v`` before the quote: a source clause's name, a
        participle clause's main subject, an opening participle's main subject, else the
        verb's own subject (``_verb_subject``)."""
        tk, cues = self.tk, self.cues
        if cues.source_clause_clitics:
            inv = _source_clause_subject(tk, v, lo, qa, cues)
            if inv is not None:
                return inv, v, v + 1, "before"
        m = _participle_clause_subject(tk, v, lo, cues)
        if m is None and v == lo and cues.is_participle(tk.low[v]):
            m = _opening_participle_subject(tk, v, qa, qb, hi, cues)
        if m is not None:
            return m, v, v + 1, "before"
        qb0 = _closed_quote_before(tk, v, lo, cues)
        if qb0 >= 0:  # « « … », avait affirmé X, relevant « … » »: the verb's subject follows it
            hit = _cue_after(tk, qb0, qa, cues)
            if hit is not None:
                return hit[0], hit[1], hit[2], "before"
        found = _verb_subject(tk, v, qa, lo, cues)
        if found is None:
            return None
        return found[0], v, found[1], "before"

    def _colon(self, qa: int, lo: int) -> tuple[Mention, int, int, str] | None:
        """Rule "colon": ``X : « … »``, a colon (or a dash, or ``--``) closing a main clause
        whose subject speaks, also with the quote in the next paragraph; the subject right
        before the colon, else the main clause's (not a name modifying a noun: "a Black Lives
        Matter protester"), not a heading in capitals before a dash, the owner of a title
        apposition ending with a name (French ``TITLE_APPOSITION``)."""
        tk, cues = self.tk, self.cues
        colon = qa - 2 if qa >= 2 and tk.text[qa - 1].startswith("\n") else qa - 1
        double = colon - 1 > lo and tk.text[colon] == "-" and tk.text[colon - 1] == "-"
        colon -= double  # a double hyphen for a dash: "X backed the plan -- “…”"
        if not (colon >= 0 and (tk.text[colon] in _COLONS or double) and colon > lo):
            return None
        m = _opinion_holder(tk, colon, lo, cues) or subject_backward(tk, colon, lo, cues, other=False)
        if m is None:
            # "Hoff’s letter makes a libertarian case: “…”": the main clause's subject
            m = sentence_subject(tk, lo, colon, cues)
            if m is not None and _modifies_noun(tk, m, colon, cues):
                m = None
        if m is not None and m.end < colon - 1 and not (m.kind == "name" and tk.text[m.end] == ","):
            # not right before the colon: the main clause's subject
            # ("Kaine has adopted the stance common among some Catholics: “…”")
            m = sentence_subject(tk, lo, colon, cues) or m
        if m is not None and m.kind == "name" and m.end == colon and tk.text[colon] != ":" \
                and capital_heading(self.tk, m.start, colon):
            m = None  # a heading in capitals before a dash: "FAREWELL—“…,” by X"
        if m is not None and m.kind == "name" and m.end == colon and cues.title_apposition:
            m = _apposition_owner(tk, m, lo, cues) or m  # "X, le président de l'association Y :"
        if m and m.kind != "other":
            return m, colon, colon + 1, "colon"
        return None


def _opinion_holder(tk: Tokens, colon: int, lo: int, cues: Cues) -> Mention | None:
    """The holder of a view right before the colon: « Ce n'est pas l'avis de X : « … » »
    (a noun of ``cues.opinion_nouns``, an of-word, a name or a title)."""
    if not cues.opinion_nouns:
        return None
    m = mention_ending_at(tk, colon, lo, cues)
    if m is None or m.kind not in ("name", "title") or m.start - 2 < lo:
        return None
    k = m.start - 1 if tk.low[m.start - 1] in cues.of_words else m.start - 2
    return m if k - 1 >= lo and tk.low[k] in cues.of_words and tk.low[k - 1] in cues.opinion_nouns else None


def _transcript_label(tk: Tokens, qa: int, qb: int) -> tuple[Mention, int, int, str] | None:
    """Rule "label": a transcript label in capitals and a colon opening the quote ("PENCE: Well, …")."""
    k = qa + 1
    while k < qb and k < qa + 4 and tk.text[k].isupper() and tk.text[k][:1].isalpha():
        k += 1
    if qa + 1 < k < qb and tk.text[k] == ":" and len(tk.text[k - 1]) > 1:
        return Mention(qa + 1, k, "name", name=tk.src[tk.start[qa + 1]:tk.end[k - 1]].title()), k, k + 1, "label"
    return None


def _dash_name(tk: Tokens, qb: int, hi: int, cues: Cues) -> tuple[Mention, int, int, str] | None:
    """Rule "dash": a dash and a name on the same line after the quote ("“…” ― Christina Lastra")."""
    j = qb
    while j < hi and tk.text[j] == ".":
        j += 1
    if j < len(tk) and tk.text[j] in _DASHES and tk.quote[j] < 0:
        m = mention_forward(tk, j + 1, min(len(tk), j + 1 + WINDOW_AHEAD), cues)
        if m and m.kind == "name":
            return m, j, j + 1, "dash"
    return None


def _named_verb_after(tk: Tokens, verbs: list[int], core: list[int], qa: int, cues: Cues) -> bool:
    """The nearest verb before the quote at ``qa`` (``verbs``, nearest first) has its own
    name right before it, and the verbs of speech proper before it have had their words in a
    quote since ("Ryan saying he was “…” and Trump calling it a “…”"): it keeps its rank."""
    v = verbs[0]
    if not core or core[0] > v or not _quote_in(tk, core[0] + 1, v):
        return False
    m = mention_ending_at(tk, v, core[0] + 1, cues)
    return m is not None and m.kind == "name"


def _participle_clause_subject(tk: Tokens, v: int, lo: int, cues: Cues) -> Mention | None:
    """A participle after a comma (or after ``having``, ``and``, ``while``, ``ayant``) takes
    the main clause's subject ("…, saying “…”", "…, having called him “…”"), or the subject
    of a reporting clause right before the comma ("…, Nefzi said, adding “…”"); coordinated
    subjects report the first."""
    after_comma = v > lo and (tk.text[v - 1] == "," or (tk.quote[v - 1] >= 0 and tk.text[v - 2] == ","))
    perfect = v - 1 > lo and tk.low[v - 1] in cues.perfect_auxiliaries and tk.text[v - 2] == ","
    lead = v - 1 > lo and tk.low[v - 1] in cues.participle_leads and cues.is_participle(tk.low[v])
    if not ((after_comma and cues.is_participle(tk.low[v])) or perfect or lead):
        return None
    m = None
    c = v - 1 if tk.text[v - 1] == "," else v - 2
    if after_comma and c - 1 > lo and cues.is_verb(tk.low[c - 1]) and tk.text[c - 1][:1].islower() \
            and not cues.is_participle(tk.low[c - 1]):
        # a reporting clause closes the main clause: "…, Nefzi said, adding “…”"
        m = subject_backward(tk, c - 1, lo, cues)
        if m is not None and (m.kind == "other" or m.end < c - 3):
            m = None  # the verb's own subject, right before it ("campaign points": a noun)
    if m is None and after_comma:
        m = _incise_subject_before(tk, lo, c, cues)
    m = m or sentence_subject(tk, lo, v, cues)
    if m is not None and cues.subject_coordinators:
        m = _first_coordinate(tk, m, lo, v, cues)
    return m


def _closed_quote_before(tk: Tokens, v: int, lo: int, cues: Cues) -> int:
    """Where verb ``v`` opens the incise of a quote closed right before it (« … », avait
    affirmé X), the end of that quote; else -1."""
    k = v - 1
    while k > lo and v - k <= 4 and (tk.low[k] in cues.auxiliaries or tk.low[k] in cues.verb_group_words):
        k -= 1
    if k > lo and tk.text[k] in ",—–":
        k -= 1
    if k >= lo and tk.quote[k] >= 0:
        return tk.qtok[tk.quote[k]][1]
    return -1


def _incise_subject_before(tk: Tokens, lo: int, c: int, cues: Cues) -> Mention | None:
    """The subject of the reporting clause between the last quote before the comma at ``c``
    and that comma (« « … », avait affirmé X le 8 mars, relevant « … » »): the main clause
    whose subject a participle after the comma takes, rather than the sentence's first."""
    k = c - 1
    while k >= lo and tk.quote[k] < 0:
        k -= 1
    if k < lo:
        return None
    qb = tk.qtok[tk.quote[k]][1]
    if qb >= c:
        return None
    hit = _cue_after(tk, qb, c, cues)
    return hit[0] if hit is not None else None


def _opening_participle_subject(tk: Tokens, v: int, qa: int, qb: int, hi: int, cues: Cues) -> Mention | None:
    """A reporting participle opening the sentence with the quote inside its clause: the main
    clause's subject after its comma ("Soulignant … leurs « canapés », le pape …")."""
    c = qb
    while c < hi and c < qb + 40 and not (tk.text[c] == "," and tk.quote[c] < 0):
        c += 1
    if c < hi and c < qb + 40 and not any(tk.text[k] == "," and tk.quote[k] < 0 for k in range(v, qa)):
        m = sentence_subject(tk, c + 1, hi, cues)
        if m is not None and m.start <= c + 3:
            return m
    return None


def _auxiliary_before(tk: Tokens, qa: int, qb: int, lo: int, cues: Cues) -> tuple[Mention, int, int, str] | None:
    """Rule "before", the quote opening with the past participle of its own reporting verb
    after the auxiliary: « la chambre avait pourtant « constaté qu'il … » », « X et Y se sont
    « félicitées des progrès » »: the auxiliary's subject (languages whose data lists
    ``PAST_PARTICIPLE_ENDINGS``; English "was “justified”" is no such cue)."""
    first = qa + 1
    if first >= qb - 1 or not cues.past_participle_endings or not tk.text[first][:1].islower() \
            or not cues.is_verb(tk.low[first]) or not tk.low[first].endswith(cues.past_participle_endings):
        return None
    k = qa - 1
    while k > lo and qa - k <= 3 and tk.low[k] in cues.verb_group_words and tk.low[k] not in cues.auxiliaries:
        k -= 1  # « avait pourtant », « a aussi »
    if k <= lo or tk.low[k] not in cues.auxiliaries or tk.quote[k] >= 0:
        return None
    found = _verb_subject(tk, k, qa, lo, cues)
    return (found[0], k, k + 1, "before") if found is not None else None


def _verb_subject(tk: Tokens, v: int, qa: int, lo: int, cues: Cues) -> tuple[Mention, int] | None:
    """The subject of reporting verb ``v`` and the end of its cue: the nearest mention to its
    left in subject position (``subject_backward``; coordinated subjects report the first),
    the main clause's subject for a verb coordinated with it ("X caucused in Nevada and said
    “…”"), an inverted pronoun ("a-t-il déclaré"), else a name right after the verb and
    before a colon or a comma ("explique Jean Dupont : « … »"); a voice it speaks through
    replaces it ("par la voix du général X"; French ``VOICE_FRAMES``)."""
    m = subject_backward(tk, v, lo, cues)
    if m is not None and cues.subject_coordinators:
        m = _first_coordinate(tk, m, lo, v + 1, cues)
    if m is None and v - 1 > lo and tk.low[v - 1] in cues.verb_coordinators:
        m = sentence_subject(tk, lo, v - 1, cues)
    e = v + 1
    if e < qa:
        pron = _inverted_pronoun(tk.low[e], cues)
        if pron:
            m = Mention(e, e + 1, "pronoun", gender=cues.pronouns[pron])
            e += 1
    if m is None and tk.low[v] not in cues.object_verbs:
        m = mention_forward(tk, e, qa, cues)  # "explique Jean Dupont : « … »"
        if m is not None and not (m.end < len(tk) and tk.text[m.end] in ":,"):
            m = None
    if m is None:
        return None
    if cues.voice_frames:
        m = _voice(tk, e, qa, cues) or m
    return m, e


def _cue_later(tk: Tokens, qb: int, hi: int, cues: Cues) -> tuple[Mention, int, int, str] | None:
    """Rule "later": a cue after a later comma of the sentence ("…, a déclaré X.", "…, X
    said."), at most ``_MAX_TRIES`` commas."""
    tries = 0
    for c in range(qb, hi):
        if tk.text[c] == "," and tk.quote[c] < 0:
            hit = _cue_after(tk, c + 1, hi, cues)
            if hit:
                return hit[0], hit[1], hit[2], "later"
            tries += 1
            if tries == _MAX_TRIES:
                break
    return None


def _incise(tk: Tokens, qi: int, qa: int, qb: int, cues: Cues) -> tuple[Mention, int, int, str] | None:
    """Rule "incise": an incise inside the quote, a verb group after a comma and its
    inverted pronoun or a name ("« …, a-t-il dit, … »", "« …, a réagi X. … »")."""
    tk.inside = qi
    try:
        for c, vg in _incise_verbs(tk, qa + 1, qb, cues):
            v, e, pron, pron_at = vg
            if pron:
                assert pron_at is not None  # set with pron
                return Mention(pron_at, pron_at + 1, "pronoun", gender=cues.pronouns[pron]), c + 1, e, "incise"
            m = mention_forward(tk, e, qb, cues)
            if m and m.kind in ("name", "title") and m.end < qb and tk.text[m.end] in ",.":
                return m, c + 1, e, "incise"
    finally:
        tk.inside = -1
    return None


def _dash_line(tk: Tokens, qb: int, cues: Cues) -> tuple[Mention, int, int, str] | None:
    """Rule "dash": a dash line under the quote, a mention opening it ("— Robert Kopp, professeur …")."""
    j = qb
    while j < len(tk) and (tk.text[j].startswith("\n") or (tk.text[j] == "." and tk.quote[j] < 0)):
        j += 1
    if j > qb and j < len(tk) and tk.text[j] in _DASHES and tk.text[j - 1].startswith("\n"):
        end = j + 1
        while end < len(tk) and not tk.text[end].startswith("\n"):
            end += 1
        m = mention_forward(tk, j + 1, end, cues)
        if m:
            return m, j, j + 1, "dash"
    return None


def check_arguments(text: object, language: object) -> None:
    """TypeError naming the parameter unless ``text`` and ``language`` are str (the
    language's value is checked by resolve_language)."""
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    if not isinstance(language, str):
        accepted = ", ".join(repr(o) for o in ("auto", *LANGUAGES))
        raise TypeError(f"language must be one of {accepted} (a str, any case); got {language!r}")


def extract_quotes(text: str, language: str = "auto") -> list[Quote]:
    """Return the direct quotations of ``text`` with their speakers, in text order.

    ``language`` is "auto" (detected), "fr" or "en", in any case ("FR" is "fr"). Offsets
    refer to ``text`` as given. Time is linear in the text's length, whatever it holds.
    Each quote's speaker is the best of its candidates by the learned scorer
    (``attribution.py``): ``speaker_score`` and ``speaker_source`` say how sure and who
    proposed it.
    """
    check_arguments(text, language)
    prep, found = _prepared_cascade(text, language)
    if prep is None or found is None:
        return []
    art, quotes, kept = found
    quotes = _split_at_incises(art, choose_speakers(art, quotes, kept), kept)
    return _on_original(quotes, prep, text)


def _prepared_cascade(text: str, language: str) -> tuple[Prepared | None, tuple[_Article, list[Quote], list[Kept]] | None]:
    """The text prepared as scraped text needs (line endings, spaces, glued headings) and the
    cascade's quotes in it; nothing where the text has no quote mark."""
    if not text or not any(c in text for c in _MARK_CHARS):
        return None, None
    lang = resolve_language(language, text)
    prep = prepare_for(text, lang)
    return prep, _cascade(prep.text, lang)


_AFTER_MARKS = " »”\",\n"
# the sentence after an incise ends this many tokens after its verb at most
_INCISE_REACH = 25


def _split_at_incises(art: _Article, quotes: list[Quote], kept: list[Kept]) -> list[Quote]:
    """One pair of marks around two sentences and the incise that ends the first
    (« …, explique X. … »): two quotes, the incise left out."""
    out: list[Quote] = []
    text = art.text
    for q, (qi, _, _) in zip(quotes, kept):
        # a cue right after the marks speaks for the whole: « …, réagit-elle. … », a-t-elle confié
        after = q.cue_start is not None and q.cue_start >= q.end and not text[q.end:q.cue_start].strip(_AFTER_MARKS)
        cut = None if after else _incise_cut(art, qi)
        if cut is None:
            out.append(q)
            continue
        a_end, b_start = cut
        out.append(new_quote(q.start, a_end, text[q.start:a_end], q.speaker, q.mention, q.mention_start, q.mention_end,
                         q.cue, q.cue_start, q.cue_end, q.kind, q.speaker_score, q.speaker_source))
        out.append(new_quote(b_start, q.end, text[b_start:q.end], q.speaker, q.mention, q.mention_start,
                         q.mention_end, q.cue, q.cue_start, q.cue_end, q.kind, q.speaker_score, q.speaker_source))
    return out


def _incise_verbs(tk: Tokens, lo: int, qb: int, cues: Cues) -> Iterator[tuple[int, tuple[int, int, str | None, int | None]]]:
    """Each comma from token ``lo`` to the quote's end ``qb`` that a verb group follows
    (« …, a-t-il dit, … »): the comma and the verb group."""
    for c in range(lo, qb - 1):
        if tk.text[c] == ",":
            vg = _verb_group(tk, c + 1, qb, cues)
            if vg:
                yield c, vg


def _incise_cut(art: _Article, qi: int) -> tuple[int, int] | None:
    """Where quote ``qi`` is cut around an incise that ends a sentence: the end of the words
    before its comma and the start of the sentence after it (character offsets), or None."""
    tk, cues = art.tk, art.cues
    qa, qb = tk.qtok[qi]
    if qa < 0:
        return None
    sp = art.spans[qi]
    tk.inside = qi
    try:
        for c, vg in _incise_verbs(tk, qa + 2, qb, cues):
            _, e, pron, _ = vg
            k = e
            if not pron:
                m = mention_forward(tk, e, qb, cues)
                if m is None or m.kind not in ("name", "title"):
                    continue
                k = m.end
            stop = min(qb - 1, k + _INCISE_REACH)
            while k < stop and tk.text[k] not in ".!?" and tk.quote[k] == qi:
                k += 1
            if k >= stop or tk.text[k] not in ".!?" or tk.start[k + 1] >= sp.end:
                return None
            return tk.start[c], tk.start[k + 1]
        return None
    finally:
        tk.inside = -1


_MARK_CHARS = "«»“”„‹›\""


def _on_original(quotes: list[Quote], prep: Prepared, text: str) -> list[Quote]:
    """The quotes found in the prepared text, with offsets and words of ``text`` as read."""
    if prep.text is text:
        return quotes
    start, end = prep.start, prep.end
    out = []
    for q in quotes:
        a, b = start(q.start), end(q.end)
        ms = me = cs = ce = None
        if q.mention_start is not None and q.mention_end is not None:
            ms, me = start(q.mention_start), end(q.mention_end)
        if q.cue_start is not None and q.cue_end is not None:
            cs, ce = start(q.cue_start), end(q.cue_end)
        # mention and cue keep plain spaces (names compare as words); their offsets are the original's
        out.append(new_quote(a, b, text[a:b], q.speaker, q.mention, ms, me, q.cue, cs, ce, q.kind,
                         q.speaker_score, q.speaker_source))
    return out


def quote_candidates(text: str, language: str = "auto",
                     model: SpeakerModel | None = None) -> list[tuple[Quote, list[Candidate]]]:
    """The quotes as the rule cascade attributes them, each with its speaker candidates
    and their features (what ``extract_quotes`` chooses from; training reads these); with
    ``model``, the quote before's speaker is the model's choice (``speaker_candidates``)."""
    check_arguments(text, language)
    prep, found = _prepared_cascade(text, language)
    if prep is None or found is None:
        return []
    art, quotes, kept = found
    candidates = speaker_candidates(art, quotes, kept, model)
    return list(zip(_on_original(quotes, prep, text), candidates))  # offsets on the text as read


_Found = tuple[int, Mention | None, int, int, str]  # quote number, mention, cue start, cue end, rule id


def _cascade(text: str, language: str) -> tuple[_Article, list[Quote], list[Kept]] | None:
    """The quotes and the rule cascade's speakers ("first rule that fires"), with, for each
    quote kept, its span number, the cascade's mention and the id of the rule that fired."""
    lang = resolve_language(language, text)
    if not text or not any(c in text for c in _MARK_CHARS):
        return None
    art = _Article(text, cues_for(lang))
    found = _attributions(art)
    speakers, history = _resolved_speakers(art, found)
    return _kept_quotes(art, found, speakers, history)


def _attributions(art: _Article) -> list[_Found]:
    """What the cascade finds for each quote (rule "none" where no cue is found); the words
    of a quote followed by its reporting verb are noted as somebody's (``_Article.cued``)."""
    found: list[_Found] = []
    for qi in range(len(art.spans)):
        hit = art.attribute(qi)
        if hit:
            found.append((qi, hit[0], hit[1], hit[2], hit[3]))
        else:
            found.append((qi, None, -1, -1, "none"))
    if art.cues.name_quotes:
        for qi, _, _, _, how in found:
            if how == "after":
                # words quoted and followed by their reporting verb (« … », a déclaré X): somebody's
                art.cued.setdefault(art.phrase_key(qi), qi)
    return found


def _resolved_speakers(art: _Article, found: list[_Found]) -> tuple[list[str | None], list[tuple[int, str]]]:
    """The canonical speaker of each quote's mention (None without one), and the (token,
    speaker) of the attributed quotes in text order."""
    speakers: list[str | None] = [None] * len(art.spans)
    history: list[tuple[int, str]] = []  # (token, speaker) of attributed quotes
    for qi, m, _, _, _ in found:
        if m is not None:
            resolved = speakers[qi] = _resolve(art, m, art.tk.qtok[qi][0], history)
            if resolved:
                history.append((art.tk.qtok[qi][0], resolved))
    return speakers, history


def _kept_quotes(art: _Article, found: list[_Found], speakers: list[str | None],
                 history: list[tuple[int, str]]) -> tuple[_Article, list[Quote], list[Kept]]:
    """The quotes kept, in text order, with their speakers: a quote with no cue continues its
    neighbour's passage or takes a speaker from the sentences before (``_uncued_speaker``); a
    short quote coordinated with a neighbour (« … » et « … ») waits for it and shares its
    speaker once the neighbour is kept; titles and names of things are dropped."""
    tk = art.tk
    todo = list(range(len(found)))
    deferred: dict[int, int] = {}
    kept: set[int] = set()
    quotes: list[Quote] = []
    sources: list[Kept] = []
    pos = 0
    while pos < len(todo):
        qi = todo[pos]
        pos += 1
        _, m, ca, cb, source = found[qi]
        qa, qb = tk.qtok[qi]
        nwords = words_in(tk.text, qa, qb)
        speaker = speakers[qi]
        nb = _coordinated_neighbour(art, qi) if m is None and nwords < _MIN_WORDS_INHERIT \
            and art.cues.quote_coordinators else -1
        if nb >= 0:
            if qi not in deferred:
                deferred[qi] = nb
                todo.append(qi)
                continue
            speaker = speakers[nb] if nb in kept else None
            if speaker is None:
                continue
            speakers[qi] = speaker
            _, m, ca, cb, _ = found[nb]
            source = "coordinated"
        elif m is None:
            got = _uncued_speaker(art, qi, qa, nwords, found, speakers, history)
            if got is None:
                continue
            speaker, m, ca, cb, source = got
            speakers[qi] = speaker  # a quote after it may continue this one
        if _looks_like_title(tk, qa, qb, nwords, art.cues):
            continue
        if art.cues.name_quotes and _names_a_thing(art, qi, qa, qb, nwords):
            continue
        if _no_words_of_anyone(art, qi, nwords, source, kept):
            continue
        quotes.append(_quote_record(art, qi, m, ca, cb, speaker, nwords))
        sources.append((qi, m, source if speaker is not None else "none"))
        kept.add(qi)
    if deferred:
        order = sorted(range(len(quotes)), key=lambda k: quotes[k].start)
        quotes = [quotes[k] for k in order]
        sources = [sources[k] for k in order]
    return art, quotes, sources


def _uncued_speaker(art: _Article, qi: int, qa: int, nwords: int, found: list[_Found], speakers: list[str | None],
                    history: list[tuple[int, str]]) -> tuple[str | None, Mention | None, int, int, str] | None:
    """The speaker of a quote with no cue, its mention, cue and rule id, or None to drop it: the
    subject of a reporting clause closing the sentence before (« …, a annoncé X. « … » »;
    rule "previous_sentence"), else the speaker of the passage it continues (rule
    "continues"), the subject of the sentence before
    ("Lena Ortiz agreed. “…”": "previous_sentence"), of the paragraph before for a long quote
    opening its paragraph ("previous_paragraph"), the speaker of the same words quoted with a
    cue elsewhere ("repeated"). Short quotes with no speaker are dropped (scare quotes), and
    the shortest unless the same words were quoted with a cue or their speaker has a cued quote
    in the same sentence (``_cued_in_sentence``). A quote kept so that stands after its own
    sentence's named subject is that subject's (rule "sentence_subject": « Paris et Berlin ont
    signé « … » », not the speaker before)."""
    m: Mention | None = None
    ca = cb = -1
    # the sentence before closes with a reporting clause of its own (« …, a annoncé X. « … » »):
    # its subject, rather than the speaker of the quote before
    m = _previous_reporting_clause(art, qa)
    speaker = _resolve(art, m, qa, history) if m is not None else None
    source = "previous_sentence"
    if speaker is None:
        m = None
        speaker = _inherit(art, qi, speakers)
        source = "continues"
    if speaker is None:
        # a quote opening its sentence after one that introduces its speaker: "Lena Ortiz agreed. “…”"
        m = _previous_sentence_subject(art, qa)
        if m is not None:
            speaker = _resolve(art, m, qa, history)
            source = "previous_sentence"
    if speaker is None and nwords >= _MIN_WORDS_UNATTRIBUTED:
        # a paragraph that opens with a quote, after one that introduces its speaker:
        # "Hillary Clinton defended her record.\n\n“As Secretary I …”"
        m = _previous_paragraph_subject(art, qa)
        if m is not None:
            speaker = _resolve(art, m, qa, history)
            source = "previous_paragraph"
    if speaker is None and art.cued:
        # the same words quoted with a cue elsewhere in the article: the same speaker's
        # (a lead sums up « seul », the body gives « seul », a indiqué X)
        twin = art.cued.get(art.phrase_key(qi), -1)
        if twin >= 0 and speakers[twin] is not None:
            speaker = speakers[twin]
            _, m, ca, cb, _ = found[twin]
            source = "repeated"
    if speaker is None and nwords < _MIN_WORDS_UNATTRIBUTED:
        return None
    if speaker is not None and nwords < _MIN_WORDS_INHERIT and source != "repeated" \
            and not _cued_in_sentence(art, qi, found, speakers, speaker) and not _sentence_of_its_own(art, qi):
        return None
    if source in ("continues", "previous_sentence", "previous_paragraph") or speaker is None:
        # a quote kept with no cue of its own, in a sentence with a named subject before it
        # (« Paris et Berlin ont signé « … » »): that subject's, not the speaker before's
        own = _own_sentence_subject(art, qa)
        name = _resolve(art, own, qa, history) if own is not None else None
        if name is not None:
            return name, own, -1, -1, "sentence_subject"
    return speaker, m, ca, cb, source


def _quote_record(art: _Article, qi: int, m: Mention | None, ca: int, cb: int, speaker: str | None,
                  nwords: int) -> Quote:
    """The Quote of span ``qi``: "direct" when it opens its sentence (or follows a colon or a
    dash) or ends it with five words or more, else "partial"; its mention and cue as written."""
    tk, text = art.tk, art.text
    sp = art.spans[qi]
    qa, qb = tk.qtok[qi]
    starts_sentence = qa == tk.sent_lo[tk.sent[qa]] or (qa > 0 and tk.text[qa - 1] in ":—–")
    ends_sentence = any(tk.text[k] in ".!?…" for k in range(max(qa, qb - 3), qb))
    kind: QuoteKind = "direct" if starts_sentence or (ends_sentence and nwords >= 5) else "partial"
    mention = mention_start = mention_end = None
    if m is not None:
        mention_start, mention_end = tk.start[m.start], tk.end[m.end - 1]
        mention = text[mention_start:mention_end]
        if mention.startswith("-"):
            mention = mention.lstrip("-t").lstrip("-")
    cue = cue_start = cue_end = None
    if m is not None and cb > ca:
        cue_start, cue_end = tk.start[ca], tk.end[cb - 1]
        cue = text[cue_start:cue_end]
    return new_quote(sp.start, sp.end, text[sp.start:sp.end], speaker, mention, mention_start,
                 mention_end, cue, cue_start, cue_end, kind)


def _quote_in(tk: Tokens, a: int, b: int) -> bool:
    """A quoted token stands among tokens a..b-1."""
    return any(q >= 0 for q in tk.quote[a:b])


def _last_inside(tk: Tokens, qa: int, qb: int) -> int:
    """The last token inside the quote qa..qb before its closing marks (an inner quote's too)."""
    k = qb - 1
    while k > qa and tk.text[k] in "»”›\"“„«'’‘":
        k -= 1
    return k


def _sentence_of_its_own(art: _Article, qi: int) -> bool:
    """Quote ``qi`` is a whole sentence of its own, capitalised and closed by its own stop
    inside the marks, right after a sentence that quotes somebody ("“…,” Tester said. “Very
    good.”"): a speaker's words going on, not a term quoted."""
    tk = art.tk
    qa, qb = tk.qtok[qi]
    s = tk.sent[qa]
    if qa != tk.sent_lo[s] or s == 0 or qb - qa < 3 or not tk.text[qa + 1][:1].isupper():
        return False
    if tk.text[_last_inside(tk, qa, qb)] not in ".!?…" or not (qb >= len(tk) or tk.sent[qb] != s):
        return False
    return _quote_in(tk, tk.sent_lo[s - 1], qa)


def _coordinated_neighbour(art: _Article, qi: int) -> int:
    """The quote next to quote ``qi`` in its sentence and joined to it by a conjunction and at
    most two small words (« … » et « … », « … » mais à « … »; data ``QUOTE_COORDINATORS``), or -1."""
    tk, cues = art.tk, art.cues
    qa, qb = tk.qtok[qi]
    for nb in (qi + 1, qi - 1):
        if nb < 0 or nb >= len(tk.qtok):
            continue
        na, nz = tk.qtok[nb]
        if na < 0:
            continue
        a, b = (qb, na) if nb > qi else (nz, qa)
        if not 0 < b - a <= 3 or tk.low[a] not in cues.quote_coordinators or tk.quote[a] >= 0:
            continue
        if all(tk.low[k] in cues.stop_words and tk.quote[k] < 0 and tk.text[k][:1].isalpha() for k in range(a + 1, b)):
            return nb
    return -1


def _looks_like_title(tk: Tokens, qa: int, qb: int, nwords: int, cues: Cues) -> bool:
    """Short Title Case text after a possessive or a preposition: a show, a book, an event
    ("MSNBC’s “Morning Joe”", "an episode of “Face the Nation”"). Nicknames given by a
    speaker (called him “Miss Piggy”) stay quotes."""
    if nwords == 0 or nwords > 6:
        return False
    b = qa - 1
    if b >= 0 and tk.low[b] in cues.title_determiners:
        b -= 1
    if b < 0 or not (tk.low[b] in cues.title_possessives or tk.low[b] in cues.title_prepositions):
        return False
    caps = 0
    last = qb - 2
    while last > qa and not tk.text[last][:1].isalnum():
        last -= 1  # American style puts the final period inside: MSNBC's "Meet the Press."
    for k in range(qa + 1, last + 1):
        w = tk.text[k]
        if not w[:1].isalnum():
            if w in ".!?…":
                return False
            continue
        if w[:1].isupper() or w[:1].isdigit():
            caps += 1
        elif tk.low[k] not in cues.title_glue:
            return False
    return caps >= 1 and tk.text[qa + 1][:1].isupper() and not tk.text[qa + 1].isupper()


_SENTENCE_PUNCT = frozenset(".!?…;")
_QUOTE_MARKS = frozenset("«»“”\"")


def _names_a_thing(art: _Article, qi: int, qa: int, qb: int, nwords: int) -> bool:
    """French quote marks around a name or a term, not somebody's words: after a naming
    word ("un logiciel appelé « WannaCry »", "le terme « … »"), a capitalised phrase after a
    determiner (la « Belle Alliance populaire »), a charge after "pour" (une enquête pour
    « homicides volontaires »), a single capitalised word inside a sentence, a short phrase
    the article quotes again and again, a headline after a dash (« Pays : titre »).
    A short quote of a person's words (« assassinat politique ») stays."""
    tk, cues = art.tk, art.cues
    if nwords == 0:
        return False
    if _is_charge(art, qi, 3) or _is_charge_qualifier(art, qi, qa):
        return True
    if nwords <= 8 and _fills_parenthesis(tk, qa, qb) and not _glosses(art, qa):
        return True  # un livre ("Braqueur : des cités au grand banditisme"), (« affaire Dupont »)
    if nwords > 8 and not (qa > 0 and tk.text[qa - 1] in "—–"):
        return False  # most quotes: longer than any name, no headline after a dash
    first = qa + 1
    while first < qb and not tk.text[first][:1].isalnum():
        first += 1
    if first >= qb - 1:
        return False
    prev = qa - 1
    prev_low = tk.low[prev] if prev >= 0 else ""
    inner = tk.text[first:qb - 1]
    punct = not _SENTENCE_PUNCT.isdisjoint(inner)  # C-level: this runs for every quote
    capital = tk.text[first][:1].isupper()
    if prev >= 0 and tk.quote[prev] < 0:
        if prev > 0 and prev_low in cues.determiners and tk.low[prev - 1] in cues.naming_words \
                and nwords <= 8 and not punct:
            return True  # une édition dite des « survivants »
        if prev_low in cues.naming_words and nwords <= 8 and not punct and not (
                prev > 0 and tk.low[prev - 1] in cues.auxiliaries and cues.is_verb(prev_low)):  # "a dit « … »" reports
            return True
        if prev_low in cues.name_determiners and capital and not punct and nwords <= 6 \
                and not tk.text[first].isupper():
            return True
        if tk.text[prev] in "—–" and ":" in inner[:6] and capital:
            return True  # "Page actualisée : … — « Burundi : … »"
    if nwords == 1 and capital and not (prev < 0 or qa == tk.sent_lo[tk.sent[qa]] or tk.text[prev][:1] in ":(\n") \
            and not (prev >= 0 and cues.is_verb(prev_low)):
        return True  # a capitalised word not leading its sentence, nor after a verb
    if nwords <= 4 and not punct:
        key = " ".join(tk.low[first:qb - 1])
        seen = art.quoted_phrases()
        times = seen.get(key, 0)
        if times >= 2 and (times > _MAX_REPEATED_WORDS or art.phrase_key(qi) not in art.cued):
            return True  # a term quoted again and again; words quoted with a cue a few times are somebody's
    return False


def _no_words_of_anyone(art: _Article, qi: int, nwords: int, source: str, kept: set[int]) -> bool:
    """Evidence that quote ``qi``, kept so far by ``source`` (the cascade's rule), holds no
    one's words: a name an acronym after it abbreviates or a nickname inside a name (any
    language), a gloss of words that are no quote (``kept``: the quotes kept before it), or,
    where quote marks also hold names, a title continuing no passage."""
    qa, qb = art.tk.qtok[qi]
    if nwords <= 8 and (_abbreviated_after(art, qa, qb) or _inside_a_name(art, qa, qb, nwords)):
        return True
    if _glosses(art, qa) and qi - 1 not in kept:
        return True  # the translation of words that are no quote
    return source == "continues" and art.cues.name_quotes and _capitalised_inside(art, qa, qb, nwords)


def _quoted_phrase_counts(art: _Article) -> dict[str, int]:
    """How often each quoted text (lowercased tokens) occurs in the article, headings left out:
    a subheading quoting the body's words (« Lavage de cerveau » alone on its line, then
    il a décrit un « lavage de cerveau ») repeats them without making them a term."""
    keys = art._phrase_keys()
    counts: dict[str, int] = {}  # (a Counter's constructor costs more than the counting)
    for qi, (a, b) in enumerate(art.tk.qtok):
        if a >= 0 and not _alone_on_its_line(art, a, b):
            key = keys[qi]
            counts[key] = counts.get(key, 0) + 1
    return counts


def _alone_on_its_line(art: _Article, a: int, b: int) -> bool:
    """The quote of tokens a..b (marks included) is its paragraph's only words."""
    text = art.tk.text
    return art.paragraph_start(a) and (b >= len(text) or text[b].startswith("\n"))


def _abbreviated_after(art: _Article, qa: int, qb: int) -> bool:
    """An acronym in parentheses right after the closing mark abbreviates the quoted words, small
    words aside: the words are a name (la « zone d'aménagement différé » (ZAD), the
    “Affordable Care Act” (ACA)), not somebody's."""
    tk, small = art.tk, art.cues.stop_words
    if qb + 2 >= len(tk) or tk.text[qb] != "(" or tk.text[qb + 2] != ")":
        return False
    acr = tk.text[qb + 1]
    if not (2 <= len(acr) <= 8 and acr.isupper() and acr.isalpha()):
        return False
    letters = acr.lower()
    x = 0
    for k in range(qa + 1, qb - 1):
        w = tk.low[k]
        if not w[:1].isalnum():
            continue
        if x < len(letters) and w[0] == letters[x]:
            x += 1
        elif w not in small:
            return False
    return x == len(letters)


def _cued_in_sentence(art: _Article, qi: int, found: list, speakers: list[str | None], speaker: str) -> bool:
    """A quote of quote ``qi``'s sentence, with a cue of its own, has ``speaker``: a short quote
    with no cue in that sentence is the same speaker's words too (« … », raconte X, qui parle
    d'un moment « festif », « affectueux »; « … », a-t-il ajouté, en insistant sur la
    « coopération »). ``found``: the cascade's (span, mention, cue start, cue end, rule) a span."""
    tk = art.tk
    sent = tk.sent[tk.qtok[qi][0]]
    for step in (-1, 1):
        j = qi + step
        while 0 <= j < len(found) and abs(j - qi) <= _WINDOW_QUOTES:
            a = tk.qtok[j][0]
            if a < 0 or tk.sent[a] != sent:
                break
            if found[j][1] is not None and speakers[j] == speaker:
                return True
            j += step
    return False


def _inside_a_name(art: _Article, qa: int, qb: int, nwords: int) -> bool:
    """A capitalised word quoted between two capitalised words is a nickname inside a name
    (Marcia "Cia" Price, Jean « Jojo » Dupont), not somebody's words."""
    tk = art.tk
    if nwords != 1 or qb - qa != 3 or qa < 1 or qb >= len(tk) or tk.quote[qa - 1] >= 0 or tk.quote[qb] >= 0:
        return False
    return all(w[:1].isupper() and w.isalpha() for w in (tk.text[qa - 1], tk.text[qa + 1], tk.text[qb]))


def _fills_parenthesis(tk: Tokens, qa: int, qb: int) -> bool:
    """The quote of tokens qa..qb (marks included) is all a parenthesis holds."""
    return qa >= 1 and qb < len(tk) and tk.text[qa - 1] == "(" and tk.text[qb] == ")"


def _glosses(art: _Article, qa: int) -> bool:
    """The quote opening at token ``qa`` opens a parenthesis right after another quote: its
    translation or gloss ("cost killer" ("tueur de coûts"), « no más peleas » (« plus de
    combats »)), a quote exactly when the words it glosses are one."""
    tk = art.tk
    return qa >= 2 and tk.text[qa - 1] == "(" and tk.quote[qa - 2] >= 0


_MAX_TITLE_WORDS = 6


def _capitalised_inside(art: _Article, qa: int, qb: int, nwords: int) -> bool:
    """A short quote opening with a capital inside its sentence, after a noun or a comma rather
    than a verb or a colon: a title, a name or a slogan (notre série « Demain, quelle
    France ? », Son ouvrage majeur, « De la démocratie en Amérique », his "Keepin' It Real"
    program). Asked of quotes with no cue of their own, which would otherwise continue a
    neighbour's passage, in languages whose quote marks also hold names (``name_quotes``:
    the English gold counts “War On Drugs” as a quote)."""
    tk = art.tk
    if nwords == 0 or nwords > _MAX_TITLE_WORDS or qa == 0 or qa == tk.sent_lo[tk.sent[qa]]:
        return False
    first = qa + 1
    while first < qb and not tk.text[first][:1].isalnum():
        first += 1
    if first >= qb - 1 or not tk.text[first][:1].isupper() or tk.text[first].isupper():
        return False
    p = qa - 2 if tk.text[qa - 1] == "," and qa >= 2 else qa - 1  # "Son ouvrage majeur, « … »"
    return tk.quote[p] < 0 and tk.text[p][:1].isalpha() and not art.cues.is_verb(tk.low[p])


# the same words quoted with a cue this many times at most are somebody's words each time
# (« Nous ne céderons pas », a déclaré X. … « Nous ne céderons pas », a déclaré Y.); more is a term
_MAX_REPEATED_WORDS = 3


def _is_charge(art: _Article, qi: int, depth: int) -> bool:
    """Quote ``qi`` is a charge's legal name: it opens with a charge head (data
    ``CHARGE_HEADS``) after a charge lead ("pour", "des chefs d'") or after another charge
    and a conjunction (pour « vol » et « recel »)."""
    tk, cues = art.tk, art.cues
    qa, qb = tk.qtok[qi]
    if qa < 0 or not cues.charge_heads:
        return False
    first = qa + 1
    while first < qb and not tk.text[first][:1].isalnum():
        first += 1
    if first >= qb - 1 or tk.low[first] not in cues.charge_heads:
        return False
    if not _SENTENCE_PUNCT.isdisjoint(tk.text[first:qb - 1]):
        return False
    k = qa - 1
    for lead in cues.charge_leads:
        if _ends_with_words(tk, k, lead):
            return True
    if depth == 0 or qi == 0:
        return False
    links = cues.charge_links
    if k >= 1 and tk.low[k] == "'" and (tk.low[k - 1] in links or tk.low[k - 1] + "'" in links):
        k -= 2  # "et d'« … »" (the elided link as two tokens)
    elif k >= 0 and tk.low[k] in links:
        k -= 1
    if k < 1 or not (tk.low[k] == "," or tk.low[k] in cues.charge_conjunctions):
        return False
    pa, pb = tk.qtok[qi - 1]
    return pa >= 0 and pb == k and _is_charge(art, qi - 1, depth - 1)


def _is_charge_qualifier(art: _Article, qi: int, qa: int) -> bool:
    """Quote ``qi`` is a charge's aggravating circumstance (``cues.charge_qualifiers``) right
    after the charge, a charge head among the few words before it with no verb between:
    « trafic de drogue international « en bande organisée » »."""
    tk, cues = art.tk, art.cues
    if not cues.charge_qualifiers or art.phrase_key(qi) not in cues.charge_qualifiers:
        return False
    for k in range(qa - 1, max(-1, qa - 1 - _CHARGE_REACH), -1):
        w = tk.low[k]
        if w in cues.charge_heads:
            return True
        if tk.quote[k] >= 0 or not tk.text[k][:1].isalpha() or w in cues.auxiliaries or cues.is_verb(w):
            return False
    return False


_CHARGE_REACH = 6  # the words between a charge's head and its quoted qualifier at most


def _ends_with_words(tk: Tokens, k: int, words: tuple[str, ...]) -> bool:
    """Tokens up to ``k`` (included) are ``words`` (an elided "d'" may be two tokens)."""
    for w in reversed(words):
        if k < 0:
            return False
        if tk.low[k] == w:
            k -= 1
        elif w.endswith("'") and tk.low[k] == "'" and k > 0 and tk.low[k - 1] == w[:-1]:
            k -= 2
        else:
            return False
    return True


def _resolve(art: _Article, m: Mention, at: int, history: list[tuple[int, str]]) -> str | None:
    """The canonical speaker of mention ``m`` (of the quote at token ``at``; ``history``: the
    (token, speaker) of the quotes attributed before): a name its fullest form; a latest
    referent or a document its person or issuer; a title (``_resolve_title``) and a pronoun
    (``_resolve_pronoun``) their antecedent; another noun phrase the name introduced after
    its noun, else itself as written."""
    if m.kind == "name" and m.name:
        return art.index.canonical(m.name)
    if m.kind != "pronoun":
        name = _referent_or_issuer(art, m, history)
        if name:
            return name
    if m.kind == "title" and m.title:
        return _resolve_title(art, m, m.title, at)
    if m.kind == "pronoun":
        subject = _topic_before(art, m) or _unnamed_subject_before_quote(art, m, at)
        if subject is not None:
            return _resolve(art, subject, at, history)
        return _resolve_pronoun(art, m, history)
    if art.cues.introduced_noun_gap and art.tk.low[m.start] not in art.cues.indefinites:
        # (« une habituée de la Zad » is somebody new, not the name after her noun)
        name = _introduced_by_noun(art, m)
        if name:
            return name
    return _as_written(art, m)


def _as_written(art: _Article, m: Mention) -> str:
    """Mention ``m`` as the text writes it."""
    tk = art.tk
    return art.text[tk.start[m.start]:tk.end[m.end - 1]]


def _referent_or_issuer(art: _Article, m: Mention, history: list[tuple[int, str]]) -> str | None:
    """"Ce dernier" / "cette dernière" is the person named last (French
    ``LATEST_REFERENTS``); a document speaks for its issuer (``_document_issuer``)."""
    tk, index, cues = art.tk, art.index, art.cues
    if cues.latest_referents and m.end - m.start == 2:
        # "Ce dernier a déclaré « … »": the person named last
        gender = cues.latest_referents.get((tk.low[m.start], tk.low[m.start + 1]), 0)
        if gender != 0:
            name = index.latest_person_before(m.start, gender)
            if name:
                return index.canonical(name)
    if cues.document_nouns:
        return _document_issuer(art, m, history)
    return None


def _document_issuer(art: _Article, m: Mention, history: list[tuple[int, str]]) -> str | None:
    """The issuer of a document mention (``_issuer_found``), else, for a definite one (« le
    communiqué » far from « dans un communiqué »), the issuer found last for that noun: the
    same document, taken up."""
    tk, cues = art.tk, art.cues
    head = m.start + (tk.low[m.start] in cues.determiners)
    if head >= m.end or tk.low[head] not in cues.document_nouns \
            or any(tk.text[k][:1].isupper() for k in range(head, m.end)):
        return None
    found = _issuer_found(art, m, head, history)
    issuers = art._issuers.setdefault(tk.low[head], [])
    if found is not None:
        issuers.append((m.start, found))
        return found
    if tk.low[m.start] in cues.definites:
        for at, name in reversed(issuers):
            if at < m.start:
                return name
    return None


def _resolve_title(art: _Article, m: Mention, title: str, at: int) -> str:
    """A title: after an indefinite ("said a former senior official") or plural ("the
    lawyers said") somebody new, as written; else the person introduced with it, near the
    capitalised words modifying it ("the Texas senator"; English), a bare title the latest
    person titled or named of its gender ("le dirigeant américain"); else as written."""
    tk, index, cues = art.tk, art.index, art.cues
    if cues.indefinites and (tk.low[m.start] in cues.indefinites
                             or (m.start > 0 and tk.low[m.start - 1] in cues.indefinites)):
        return _as_written(art, m)  # "said a former senior official": not the latest person named
    if cues.plural_titles_as_written and _plural_title(title, cues):
        return _as_written(art, m)  # a plural title ("the lawyers said", "Aides say") is a group
    name = index.by_title_before(title, at, m.gender)
    if name is not None and cues.modified_title_window:
        # "the Texas senator said": the senator introduced near "Texas", else somebody else
        words = {fold(tk.low[k]) for k in range(m.start, m.end) if tk.text[k][:1].isupper()
                 and tk.low[k] not in cues.determiners and tk.low[k] not in cues.titles}
        if words:
            name = index.by_title_near(title, at, words, cues.modified_title_window)
            if name is None:
                return _as_written(art, m)  # somebody else: as written
    if name is None and not any(tk.text[k][:1].isupper() or tk.low[k] in cues.genitive_marks
                                for k in range(m.start + 1, m.end)):
        # a bare title ("le dirigeant américain") is the person the same bare title was
        # before (« Pour l'écrivain français, … » … « L'écrivain … : « … » »), else the latest
        # person of that gender; one with a name in it ("a top Donald Trump adviser") is
        # somebody else
        key = _bare_title_key(tk, m, title, cues)
        name = art._bare_titles.get(key)
        if name is None or not _agrees(index.gender_of(name), m.gender):
            if cues.bare_title_to_titled:
                name = index.latest_titled_before(m.start, m.gender)
            name = name or index.latest_name_before(m.start, m.gender)
            if name:
                art._bare_titles[key] = name
    if name:
        return index.canonical(name)
    return _as_written(art, m)


def _bare_title_key(tk: Tokens, m: Mention, title: str, cues: Cues) -> str:
    """The words that tell a bare title's person again: the title with its complement (« chef
    de la diplomatie française » is not « chef de l'État »), its adjectives aside (« l'écrivain
    français habitué à … » is « l'écrivain »)."""
    for t in range(m.start, m.end - 1):
        if tk.low[t] in cues.titles:
            return " ".join(tk.low[t:m.end]) if tk.low[t + 1] in cues.of_words else title
    return title


def _plural_title(title: str, cues: Cues) -> bool:
    """``title`` is the plural of a title ("lawyers"; the language's ``PLURAL_ENDINGS``)."""
    for end in cues.plural_endings:
        if title.endswith(end) and title[:-len(end)] in cues.titles:
            return True
    return False


def _topic_before(art: _Article, m: Mention) -> Mention | None:
    """The topic a sentence opens with (``cues.topic_leads``) for the pronoun right after its
    comma, their genders agreeing: « Quant à la droite et la gauche, elles se sont abstenues »
    is theirs; « Quant à la réforme, il a estimé » is not the reform's."""
    tk, cues = art.tk, art.cues
    lo = tk.sent_lo[tk.sent[m.start]]
    c = m.start - 1
    if not cues.topic_leads or c <= lo or c - lo > _TOPIC_WORDS or tk.text[c] != ",":
        return None
    for lead in cues.topic_leads:
        n = len(lead)
        if lo + n < c and tuple(tk.low[lo:lo + n]) == lead and all(
                tk.quote[k] < 0 and tk.text[k] not in ",;:" for k in range(lo + n, c)):
            topic = mention_forward(tk, lo + n, c, cues) or Mention(lo + n, c, "other")
            return topic if _agrees(_said_gender(tk, topic, cues), m.gender) else None
    return None


_TOPIC_WORDS = 16  # the longest topic read (bounded: linear time)


def _said_gender(tk: Tokens, m: Mention, cues: Cues) -> str | None:
    """The gender mention ``m`` has, else the one its determiner says (« la », « une »)."""
    return m.gender or (cues.determiner_genders or {}).get(tk.low[m.start])


def _agrees(gender: str | None, other: str | None) -> bool:
    """Two genders agree where either is unknown or both are the same."""
    return gender is None or other is None or gender == other


def _unnamed_subject_before_quote(art: _Article, m: Mention, at: int) -> Mention | None:
    """For a pronoun in the sentence of the quote at token ``at``, the indefinite subject of
    that sentence before the quote, gender permitting: « Un journaliste présent sur les lieux a
    suivi l'assaut : « … », a-t-il raconté » is the journalist's, not the latest name's; for a
    quote opening its sentence, that of the sentence before in its paragraph, no name a
    subject since: « Mais un haut responsable … rappelle que … . « … », soupire-t-il »."""
    tk, cues = art.tk, art.cues
    s = tk.sent[m.start]
    lo = tk.sent_lo[s]
    if tk.sent[at] != s or not at < m.start:
        return None
    if lo < at:
        if at - lo > WINDOW_BACK:
            return None  # (a subject far before the quote is looked for no further: linear time)
        subject = _indefinite_title(tk, sentence_subject(tk, lo, at, cues), lo, cues)
    elif s > 0 and m.gender is not None and tk.paragraph(tk.sent_lo[s - 1]) == tk.paragraph(at):
        # (a singular pronoun: « ont-ils ajouté » is not « un porte-parole … »'s)
        if s - 1 not in art._indefinite_subjects:  # found once a sentence (linear time)
            plo = tk.sent_lo[s - 1]
            art._indefinite_subjects[s - 1] = _indefinite_title(
                tk, sentence_subject(tk, plo, min(tk.sent_hi[s - 1], plo + WINDOW_BACK), cues), plo, cues)
        subject = art._indefinite_subjects[s - 1]
        if subject is not None and art.index.subject_named_between(subject.end, at):
            return None
    else:
        return None
    return subject if subject is not None and _agrees(_said_gender(tk, subject, cues), m.gender) else None


def _indefinite_title(tk: Tokens, m: Mention | None, lo: int, cues: Cues) -> Mention | None:
    """Title mention ``m`` from its indefinite determiner, over an adjective or two before the
    title (« un haut responsable »), or None: somebody new; a definite title resolves as such."""
    if m is None or m.kind != "title":
        return None
    d = m.start
    while d > lo and d > m.start - 3 and tk.low[d] not in cues.indefinites and tk.text[d - 1][:1].islower() \
            and tk.text[d - 1].isalpha() and tk.quote[d - 1] < 0:
        d -= 1  # « un haut responsable »: the adjective before the title
    if tk.low[d] not in cues.indefinites:
        return None
    return m if d == m.start else Mention(d, m.end, "title", title=m.title, gender=m.gender)


def _resolve_pronoun(art: _Article, m: Mention, history: list[tuple[int, str]]) -> str | None:
    """A pronoun: an unnamed organisation of its gender subject of the sentence before (French
    ``ORGANISATION_NOUNS``), else the latest name in subject position, gender permitting (its
    gender learnt), else the last speaker."""
    if art.cues.organisation_nouns and m.gender:
        org = _organisation_antecedent(art, m) or _named_organisation_antecedent(art, m)
        if org:
            return org
    somebody = _unnamed_speaker_before(art, m, history) or _account_giver(art, m)
    if somebody is not None:
        return somebody
    index = art.index
    name = index.latest_name_before(m.start, m.gender)
    if name:
        index.learn_gender(name, m.gender)
        return index.canonical(name)
    return history[-1][1] if history else None


def _unnamed_speaker_before(art: _Article, m: Mention, history: list[tuple[int, str]]) -> str | None:
    """The speaker of the quote before, when somebody unnamed (« un agent de l'administration
    pénitentiaire qualifie « … ». « … », estime-t-il ») in this sentence or the one before, of
    the pronoun's gender, with no name a subject since."""
    if not history or not art.cues.indefinites:
        return None
    tk, cues = art.tk, art.cues
    at, who = history[-1]
    first = who.split(" ", 1)[0].lower()
    if first not in cues.indefinites or not 0 <= tk.sent[m.start] - tk.sent[at] <= 1:
        return None
    if not _agrees((cues.determiner_genders or {}).get(first), m.gender):
        return None
    return None if art.index.subject_named_between(at, m.start) else who


def _account_giver(art: _Article, m: Mention) -> str | None:
    """Somebody unnamed whose account the pronoun's sentence before it, or the sentence
    before in the same paragraph, reports, of the pronoun's gender, with no name a subject
    since: « RTL a rapporté le témoignage d'un de ses frères, confiant … . Dans ses propos, il
    a décrit « … » » (a noun of ``cues.account_nouns``, « de » and an indefinite)."""
    tk, cues = art.tk, art.cues
    s = tk.sent[m.start]
    if m.gender is None or not cues.account_nouns:
        return None
    for t in (s, s - 1):
        if t < 0 or tk.paragraph(tk.sent_lo[t]) != tk.paragraph(m.start):
            break
        if t not in art._accounts:  # found once a sentence (linear time)
            art._accounts[t] = _account_in(tk, tk.sent_lo[t], tk.sent_hi[t], cues)
        giver = art._accounts[t]
        if giver is not None and giver.end <= m.start:
            if not _agrees(_said_gender(tk, giver, cues), m.gender) or art.index.subject_named_between(giver.end, m.start):
                return None
            return _as_written(art, giver)
    return None


def _account_in(tk: Tokens, lo: int, hi: int, cues: Cues) -> Mention | None:
    """The last somebody unnamed whose account sentence lo..hi names: a noun of
    ``cues.account_nouns``, an of-word and an indefinite noun phrase (« le récit d'un autre
    homme qui … »), or None."""
    found = None
    for k in range(lo, hi - 2):
        if tk.low[k] in cues.account_nouns and tk.quote[k] < 0 and tk.low[k + 1] in cues.of_words \
                and tk.low[k + 2] in cues.indefinites:
            found = _phrase_at(tk, k + 2, hi, cues, _SOURCE_WORDS) or found
    return found


def _organisation_antecedent(art: _Article, m: Mention) -> str | None:
    """An unnamed organisation a singular « il » / « elle » refers to: the subject of the
    sentence before, in the same paragraph ("Mardi, le ministère des finances a proposé … .
    Dans un communiqué, il a indiqué"), or of the reporting clause closing it ("…, a confirmé
    le ministère des affaires étrangères. « … », a-t-il communiqué"), when no person is a
    subject in between. The noun phrase speaks as written."""
    tk, cues = art.tk, art.cues
    s = tk.sent[m.start]
    if s == 0:
        return None
    lo, hi = tk.sent_lo[s - 1], tk.sent_hi[s - 1]
    if tk.paragraph(lo) != tk.paragraph(m.start):
        return None
    # the organisation subject of sentence s - 1, found once for all its pronouns
    d = art._org_subjects.get(s, -1) if s in art._org_subjects else None
    if d is None:
        found = _organisation_subject(tk, lo, hi, cues)
        art._org_subjects[s] = -1 if found is None else found
        d = -1 if found is None else found
    if d < 0:
        return None
    if art.index.subject_named_between(lo, m.start):
        return None  # a name in subject position since: a person, not the organisation
    low, text, nouns = tk.low, tk.text, cues.organisation_nouns
    if d + 1 >= hi or low[d] not in cues.definites or nouns.get(low[d + 1]) != m.gender:
        return None
    e = d + 2
    while e < hi and e < d + 8 and tk.quote[e] < 0 and text[e][:1].isalpha() and (
            low[e] in cues.of_words or low[e] in cues.determiners or not (
                low[e] in cues.prepositions or low[e] in cues.relatives or low[e] in cues.auxiliaries
                or cues.is_verb(low[e]) or cues.is_adverb(low[e]) or (low[e] in cues.stop_words and text[e][:1].islower()))):
        e += 1  # "le ministère des affaires étrangères français", up to "sans", "a", "qui"
    while e > d + 2 and (low[e - 1] in cues.of_words or low[e - 1] in cues.determiners):
        e -= 1
    return art.text[tk.start[d]:tk.end[e - 1]]


def _named_organisation_antecedent(art: _Article, m: Mention) -> str | None:
    """A name after a definite determiner (an organisation: « la N-VA cale net. Elle juge »,
    « …, a averti l'ACEA. « … », explique-t-elle ») that is the subject of the sentence before
    (of its closing reporting clause, else of its main clause), the determiner's gender
    permitting, when no person is a subject in between."""
    tk, cues = art.tk, art.cues
    s = tk.sent[m.start]
    if s == 0:
        return None
    if s - 1 not in art._named_orgs:  # found once a sentence, for all its pronouns (linear time)
        art._named_orgs[s - 1] = _named_organisation_subject(tk, tk.sent_lo[s - 1], tk.sent_hi[s - 1], cues)
    found = art._named_orgs[s - 1]
    if found is None:
        return None
    subject, gender = found
    if not _agrees(gender, m.gender):
        return None
    if art.index.subject_named_between(subject.end, m.start):
        return None  # a person named in subject position since
    return art.index.canonical(subject.name or "")


def _named_organisation_subject(tk: Tokens, lo: int, hi: int, cues: Cues) -> tuple[Mention, str | None] | None:
    """The subject of sentence lo..hi that is a name after a definite determiner and no
    person's, with the determiner's gender (``_named_organisation_antecedent``)."""
    caps = tk.caps  # (most sentences have no capitalised word after a definite: one bisection first)
    if not any(c > lo and tk.low[c - 1] in cues.definites for c in caps[bisect_left(caps, lo):bisect_left(caps, hi)]):
        return None
    subject = _closing_reporting_clause(tk, lo, hi, cues, ("name",)) or sentence_subject(tk, lo, hi, cues)
    if subject is None or subject.kind != "name" or not subject.name or subject.title or subject.gender or (
            cues.first_names and given_name_inside(tk, subject.start, subject.end, cues.first_names) >= 0):
        return None  # a person (« Le Français Julien Marchal »)
    d = subject.start if tk.low[subject.start] in cues.definites else subject.start - 1
    if d < lo or tk.low[d] not in cues.definites or not tk.text[d + 1][:1].isupper():
        return None
    return subject, (cues.determiner_genders or {}).get(tk.low[d])


def _organisation_subject(tk: Tokens, lo: int, hi: int, cues: Cues) -> int | None:
    """The determiner opening the organisation noun phrase that is the subject of the
    sentence lo..hi (of its closing reporting clause, else of its main clause), or None."""
    if cues.organisation_nouns.keys().isdisjoint(tk.low[lo:hi]):
        return None  # (most sentences name no organisation: one C-level test first)
    low, text, nouns = tk.low, tk.text, cues.organisation_nouns
    d = None
    for c in range(hi - 2, lo, -1):
        if text[c] == "," and tk.quote[c] < 0:
            hit = _cue_after(tk, c + 1, hi, cues)
            if hit:
                d = hit[0].start if hit[0].kind == "other" else None
                break
    if d is None:
        # the main clause's subject: a determiner and the noun, opening the sentence or after a comma
        k = lo
        while k < hi and tk.quote[k] < 0 and not (text[k][:1].islower() and (
                low[k] in cues.auxiliaries or cues.is_verb(low[k]))):
            k += 1
        for j in range(lo, k - 1):
            if low[j] in cues.definites and low[j + 1] in nouns and (j == lo or text[j - 1] == ","):
                d = j
                break
    return d


def _introduced_by_noun(art: _Article, m: Mention) -> str | None:
    """The name introduced earlier with the noun of a bare noun phrase speaker: "le
    quotidien" is "le quotidien libanais X" (the latest such), "le studio" is "le jeune
    studio de développement X"; else with a noun of its kind (``cues.introduced_noun_kinds``:
    « le quotidien catholique » is « le journal français La Croix », « l'organisme » any
    organisation introduced so). Only a determiner, one lowercase noun and its adjectives
    speak so."""
    tk, cues = art.tk, art.cues
    low, text = tk.low, tk.text
    if not 2 <= m.end - m.start <= 4 or low[m.start] not in cues.determiners \
            or not text[m.start + 1][:1].islower() or not _adjectives_only(tk, m.start + 2, m.end, cues):
        return None
    noun = low[m.start + 1]
    # with adjectives, or by another noun, only a name right after the noun and its
    # adjectives: « le gouvernement canadien » is not « le gouvernement de X »
    at, name = _latest_introduction(art, noun, m.start + 1, m.end - m.start > 2)
    kind = cues.introduced_noun_kinds.get(noun)
    if name is not None or kind is None:
        return name
    # introduced by a noun of its kind ("*": any organisation's noun): the one the text
    # names last ("… de Business France. L'organisme a reconnu", introduced before Havas)
    nouns = [w for w, k in cues.introduced_noun_kinds.items() if k == kind and w != noun]
    if kind == "*":
        nouns.extend(cues.organisation_nouns)
    until = tk.start[m.start]
    seen = -1
    for other in nouns:
        at, got = _latest_introduction(art, other, m.start + 1, True)
        if got is not None:
            last = max(tk.start[at], art.text.rfind(got, max(0, until - _NAMED_AGAIN_CHARS), until))
            if last > seen:
                seen, name = last, got
    return name


_NAMED_AGAIN_CHARS = 2000  # how far back a name introduced before is looked for again (bounded: linear time)


def _adjectives_only(tk: Tokens, a: int, b: int, cues: Cues) -> bool:
    """Tokens a..b are lowercase words that may qualify a noun (no small word, verb or
    preposition): « catholique », « jihadiste »."""
    return all(tk.text[k][:1].islower() and tk.text[k].isalpha() and tk.low[k] not in cues.stop_words
               and not cues.is_verb(tk.low[k]) for k in range(a, b))


def _latest_introduction(art: _Article, noun: str, before: int, direct: bool) -> tuple[int, str | None]:
    """The token and canonical name of the latest introduction of a name with ``noun``
    before token ``before`` ((-1, None) if none); ``direct``: no complement between noun
    and name. All the noun's introductions are found once an article."""
    tk = art.tk
    key = (noun, direct)
    got = art._introduced.get(key)
    if got is None:
        at: list[int] = []
        names: list[str] = []
        for j in _occurrences(art, noun):
            name = _introduced_at(art, j, direct) if tk.quote[j] < 0 else None
            if name is not None:
                at.append(j)
                names.append(name)
        got = art._introduced[key] = (at, names)
    x = bisect_right(got[0], before)
    return (got[0][x - 1], got[1][x - 1]) if x else (-1, None)


def _introduced_at(art: _Article, j: int, direct: bool) -> str | None:
    """The canonical name introduced right after the noun at token ``j`` ("le quotidien
    libanais X"; not "le studio de développement X" when ``direct``), or in apposition
    before it ("X, agence publique"), or None."""
    tk, cues = art.tk, art.cues
    low, text = tk.low, tk.text
    names = tk.cap_names or ()
    for k in range(j + 1, min(len(low), j + 2 + cues.introduced_noun_gap)):
        if low[k] in cues.determiners and text[k][:1].isupper():
            continue  # "le quotidien libanais L'Orient-Le Jour"
        if k in names and tk.quote[k] < 0:
            hi = tk.sent_hi[tk.sent[k]]
            c = mention_forward(tk, k, hi, cues)
            if c is not None and _complement_name(tk, k, cues):
                # « l'imam de la mosquée du Viguier, Mohamed X »: the complement's name, then
                # the one the noun introduces, in apposition
                c = mention_forward(tk, c.end + 1, hi, cues) if c.end + 1 < hi and tk.text[c.end] == "," else None
            if c is not None and c.kind == "name" and c.name:
                return art.index.canonical(c.name)
            break
        if text[k] == "," and k + 1 in names and tk.quote[k + 1] < 0 and any(
                low[x] in cues.of_words for x in range(j + 1, k)):
            # a name set off after the noun and its complement: « du père de l'assaillant, X, »
            c = mention_forward(tk, k + 1, tk.sent_hi[tk.sent[k]], cues)
            if c is not None and c.kind == "name" and c.name:
                return art.index.canonical(c.name)
            break
        if not text[k][:1].islower() or cues.is_verb(low[k]) or low[k] in cues.auxiliaries \
                or (low[k] in cues.prepositions and (direct or low[k] not in cues.of_words)) \
                or low[k] in cues.subordinators or low[k] in cues.relatives \
                or (low[k] in cues.determiners and low[k] not in cues.of_words and low[k - 1] not in cues.of_words):
            break  # punctuation, a verb or a preposition ("publié par le studio sur X"), a clause
            # or a noun phrase after it (« les enquêteurs vérifient si le réseau X »): nobody introduced
    comma = j - 1  # an apposition has no determiner: "Business France, agence publique chargée de …"
    if comma > 0 and text[comma] == "," and tk.quote[comma] < 0:
        lo = tk.sent_lo[tk.sent[comma]]
        c = mention_ending_at(tk, comma, lo, cues)
        if c is not None and c.kind == "name" and c.name and not (c.start > lo and low[c.start - 1] in cues.prepositions):
            return art.index.canonical(c.name)
    return None


def _complement_name(tk: Tokens, k: int, cues: Cues) -> bool:
    """The name at token ``k`` follows "de" (and a determiner): a complement's name, after a
    complement already ("la mosquée du Viguier"), not one a noun introduces."""
    p = k - 1 - (tk.low[k - 1] in cues.determiners)
    return p > 0 and tk.low[p] in cues.of_words and tk.low[p - 1] not in cues.of_words \
        and any(tk.low[x] in cues.of_words for x in range(max(0, p - 4), p))


def _occurrences(art: _Article, word: str) -> list[int]:
    """The tokens whose low form is ``word``: a C-level search for the first few words asked,
    then an index of all words (built once: linear in the text however many are asked)."""
    index = art._word_index
    if index is None:
        art._word_lookups += 1
        if art._word_lookups <= _SEARCHES:
            return list(compress(count(), map(word.__eq__, art.tk.low)))
        index = art._word_index = {}
        for j, w in enumerate(art.tk.low):
            index.setdefault(w, []).append(j)
    return index.get(word, [])


_SEARCHES = 8


def _issuer_found(art: _Article, m: Mention, head: int, history: list[tuple[int, str]]) -> str | None:
    """The issuer of a document mention ("le communiqué", "un communiqué de l'armée"; its noun
    at ``head``): the complement after "de", else the subject of the latest sentence that
    names such a document, its own first ("X publie un rapport rappelant « … »", "X a annoncé
    … dans un communiqué. … , rappelle le communiqué")."""
    tk, cues = art.tk, art.cues
    low, nouns = tk.low, cues.document_nouns
    complement = _complement_issuer(art, m.end)
    if complement is not None:
        return complement
    first = tk.sent_lo[max(0, tk.sent[m.start] - 4)]  # the last few sentences
    first = max(first, m.start - _REACH)
    # a document brought in by its own sentence: "X publie un rapport rappelant « … »" is X's
    own = head > m.start and low[m.start] in cues.new_document_determiners
    tries = 0
    for j in range(head if own else m.start - 1, first - 1, -1):
        if low[j] in nouns and tk.quote[j] < 0:
            tries += 1
            if tries > _DOCUMENT_TRIES:
                break
            complement = _complement_issuer(art, j + 1) if j != head else None
            if complement is not None:
                return complement  # « selon un rapport de l'Agence X … . Le rapport « … » »
            lo = max(tk.sent_lo[tk.sent[j]], j - WINDOW_AHEAD)
            common = low[lo] in cues.determiners and lo + 1 < j and tk.text[lo + 1][:1].islower() \
                and low[lo + 1] not in cues.titles  # "Le zoo de X (…) a annoncé": not a name's sentence
            s = None if common else sentence_subject(tk, lo, j, cues)
            if s is not None and s.kind != "pronoun" and low[s.start + (low[s.start] in cues.determiners)] not in nouns:
                return _resolve(art, s, s.start, history)
            # "La mairie de Lille a publié un communiqué": the noun phrase before the verb
            e = lo + (low[lo] in cues.determiners)
            while e < j and tk.quote[e] < 0 and tk.text[e][:1].isalnum() and not (
                    tk.text[e][:1].islower() and (cues.is_verb(low[e]) or low[e] in cues.auxiliaries)):
                e += 1
            if lo < e < j and lo + 8 >= e and tk.text[lo][:1].isupper() and low[e - 1] not in cues.stop_words \
                    and low[lo + (low[lo] in cues.determiners)] not in nouns \
                    and (e == j or tk.text[e][:1].islower() or tk.text[e] == "("):
                return art.text[tk.start[lo]:tk.end[e - 1]]
    return None



def _complement_issuer(art: _Article, k: int) -> str | None:
    """The issuer a document's complement at token ``k`` names: « de X », « de la fédération
    nationale », « du ministère de l'Intérieur », or its participle's agent (« envoyé par le
    ministère »); None if no complement is there."""
    tk, cues = art.tk, art.cues
    low = tk.low
    hi = tk.sent_hi[tk.sent[k - 1]]
    if k + 2 < hi and low[k].endswith(cues.regular_participle_endings) and low[k + 1] in cues.passive_agents:
        k += 1  # the agent as a complement
    elif not (k < hi and low[k] in cues.of_words):
        return None
    p = _phrase_at(tk, k + 1, hi, cues, 6)
    if p is not None and p.kind == "name" and p.name:
        return art.index.canonical(p.name)
    head = k + 1 + (low[k + 1] in cues.determiners)
    if p is not None and p.end > head and low[head] not in cues.document_nouns:
        e = head + 1
        while e < p.end and not ((low[e] in cues.prepositions and low[e] not in cues.of_words)
                                 or low[e] in cues.subject_coordinators):
            e += 1  # « du ministère de l'Intérieur », not « … à des victimes et »
        return art.text[tk.start[k + 1]:tk.end[e - 1]]
    return None


def _previous_paragraph_subject(art: _Article, qa: int) -> Mention | None:
    """The subject of the last sentence of the paragraph before, when this quote opens
    its paragraph and that paragraph quotes nobody."""
    tk = art.tk
    if not art.paragraph_start(qa) or qa < 2:
        return None
    end = qa - 1  # the paragraph break
    s = tk.sent[end - 1]
    lo, hi = art.tk.sent_lo[s], end
    if _quote_in(tk, lo, hi) or hi - lo < 3:
        return None
    m = sentence_subject(tk, lo, hi, art.cues)
    return m if m is not None and m.kind in ("name", "title", "pronoun") else None


def _own_sentence_subject(art: _Article, qa: int) -> Mention | None:
    """The named subject of the quote's own sentence before it, a name or a title (« Paris et
    Berlin ont signé « … » »)."""
    tk = art.tk
    lo = tk.sent_lo[tk.sent[qa]]
    if qa - lo < 3 or qa - lo > WINDOW_BACK:
        return None
    m = _subject_right_before(art, qa, lo)
    if m is not None:
        return m
    m = sentence_subject(tk, lo, qa, art.cues)
    if m is None or m.kind not in ("name", "title"):
        return None
    if art.cues.name_modified_heads and _modifies_noun(tk, m, qa, art.cues):
        # a name modifying a noun: the noun phrase speaks ("A Green Party volunteer, …: “…”",
        # "The Clinton campaign …")
        k = m.end
        while k < qa and k - m.end < 3 and _modifies_noun(tk, Mention(m.start, k, "name"), qa, art.cues):
            k += 1
        return Mention(m.start, k, "other")
    return m


def _subject_right_before(art: _Article, qa: int, lo: int) -> Mention | None:
    """A name right before a quote that opens on its verb or a clitic of it: the subject of
    the quoted predicate (« …, le pape François « s'associe à la douleur » »)."""
    tk, cues = art.tk, art.cues
    if qa + 1 >= len(tk) or not (tk.low[qa + 1] in cues.clitics or cues.is_verb(tk.low[qa + 1])):
        return None
    m = mention_ending_at(tk, qa, lo, cues)
    return m if m is not None and m.kind == "name" else None


def _quiet_sentence_before(art: _Article, qa: int) -> tuple[int, int] | None:
    """For a quote opening its sentence, the tokens lo..hi of the sentence before, in the same
    paragraph and quoting nothing; else None."""
    tk = art.tk
    s = tk.sent[qa]
    if qa != tk.sent_lo[s] or s == 0 or art.paragraph_start(qa):
        return None
    lo, hi = tk.sent_lo[s - 1], tk.sent_hi[s - 1]
    if hi - lo < 3 or _quote_in(tk, lo, hi):
        return None
    return lo, hi


def _previous_reporting_clause(art: _Article, qa: int) -> Mention | None:
    """The subject of the reporting clause that closes the quiet sentence before the quote
    (``_quiet_sentence_before``: « …, a annoncé mercredi à l'AFP la chef de la diplomatie
    rwandaise, Louise X. « … » »)."""
    before = _quiet_sentence_before(art, qa)
    if before is None:
        return None
    return _closing_reporting_clause(art.tk, before[0], before[1], art.cues, ("name", "title")) \
        or _reported_speech_subject(art, before[0], before[1])


def _reported_speech_subject(art: _Article, lo: int, hi: int) -> Mention | None:
    """The named subject of a sentence lo..hi whose main verb reports speech in a clause (« Le
    quotidien Le Monde écrit que … . « … » »): the quote after it goes on with that report."""
    tk, cues = art.tk, art.cues
    for v in art.verb_at[bisect_left(art.verb_at, lo):bisect_left(art.verb_at, hi - 1)]:
        if tk.text[v][:1].islower() and tk.low[v + 1] in cues.clause_stops:
            m = subject_backward(tk, v, lo, cues, other=False)
            return m if m is not None and m.kind in ("name", "title") else None
    return None


def _closing_reporting_clause(tk: Tokens, lo: int, hi: int, cues: Cues, kinds: tuple[str, ...]) -> Mention | None:
    """The subject, of one of ``kinds``, of the reporting clause after the last comma of
    tokens lo..hi that opens one ("…, Lena Ortiz said.", « …, a annoncé X. »), or None."""
    for c in range(hi - 3, lo, -1):
        if tk.text[c] == ",":
            hit = _cue_after(tk, c + 1, hi, cues)
            if hit and hit[0].kind in kinds:
                return hit[0]
    return None


def _previous_sentence_subject(art: _Article, qa: int) -> Mention | None:
    """The speaker a quote opening its sentence takes from the sentence before it, in the
    same paragraph and quoting nothing: the subject of a reporting clause closing it ("…,
    Lena Ortiz said. “…”"), else its subject ("Lena Ortiz agreed. “…”")."""
    tk, cues = art.tk, art.cues
    before = _quiet_sentence_before(art, qa) if cues.previous_sentence_speaker else None
    if before is None:
        return None
    lo, hi = before
    m = _closing_reporting_clause(tk, lo, hi, cues, ("name", "title", "pronoun"))
    if m is not None:
        return m
    m = sentence_subject(tk, lo, hi, cues)
    return m if m is not None and m.kind in ("name", "title", "pronoun") else None


def _inherit(art: _Article, qi: int, speakers: list[str | None]) -> str | None:
    """Speaker of the quoted passage this quote continues, if any."""
    qa, _ = art.tk.qtok[qi]

    para = art.tk.paragraph
    p = para(qa)
    # previous quote in the same paragraph, or in the paragraph just before when this one opens its paragraph
    if qi > 0 and art.tk.qtok[qi - 1][0] >= 0 and speakers[qi - 1]:
        pp = para(art.tk.qtok[qi - 1][0])
        if pp == p or (pp == p - 1 and art.paragraph_start(qa)):
            return speakers[qi - 1]
    if qi + 1 < len(speakers) and art.tk.qtok[qi + 1][0] >= 0 and speakers[qi + 1]:
        if para(art.tk.qtok[qi + 1][0]) == p:
            return speakers[qi + 1]
    return None
