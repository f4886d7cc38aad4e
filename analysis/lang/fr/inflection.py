"""French inflection the quote engine needs (declared in ``analysis/lang/schema.py``,
``INFLECTION``): the forms of a regular -er reporting verb, the plural of a title, the endings
of irregular infinitives."""
from __future__ import annotations

# -er endings: present, participles, imperfect, passé simple, future, conditional,
# imperfect subjunctive ("qu'il avouât", "bien qu'il déclarât").
_ER_ENDINGS = ("e", "ent", "é", "ée", "és", "ées", "ait", "aient", "a", "èrent", "era",
               "eront", "erait", "eraient", "ant", "er", "ât", "assent")
_MUTE_E_ENDINGS = ("e", "ent", "era", "eront", "erait", "eraient")


def verb_forms(lemma: str) -> set[str]:
    """Conjugated forms of a regular French ``-er`` reporting verb (pronominal ones too)."""
    reflexive = lemma.startswith(("s'", "s’", "se "))
    base = lemma.split(" ", 1)[1] if lemma.startswith("se ") else lemma[2:] if reflexive else lemma
    if not base.endswith("er"):
        return {base}
    stem = base[:-2]
    forms = set()
    for end in _ER_ENDINGS:
        form = stem + end
        # Stem changes before a mute e: "espère", "allègue", "martèle", "soulève", "appelle",
        # "rejette" (-eler/-eter verbs take either; the form news does not use is never met).
        if end in _MUTE_E_ENDINGS:
            v = _last_vowel(stem)
            if v >= 0 and stem[v] in "ée" and v < len(stem) - 1:
                forms.add(stem[:v] + "è" + stem[v + 1:] + end)
            if stem.endswith(("el", "et")):
                forms.add(stem + stem[-1] + end)
        if stem.endswith(("g",)) and end[0] in "ao":
            form = stem + "e" + end
        if stem.endswith("c") and end[0] in "ao":
            forms.add(stem[:-1] + "ç" + end)
        if stem.endswith("y") and end in ("e", "ent"):
            forms.add(stem[:-1] + "i" + end)
        forms.add(form)
    return forms


def _last_vowel(stem: str) -> int:
    """The index of the stem's last vowel, a u after g or q read as a consonant ("allégu"),
    or -1 when it has none or ends with one."""
    for k in range(len(stem) - 1, -1, -1):
        ch = stem[k]
        if ch in "aeiouyéèêëîïôûù":
            if ch == "u" and k > 0 and stem[k - 1] in "gq":
                continue
            return k
    return -1


def title_plural(title: str) -> str | None:
    """The plural of a one-word title ("juges", "généraux"), None for one already plural."""
    if title.endswith(("s", "x")):
        return None
    return title[:-2] + "aux" if title.endswith("al") else title + "s"


VERB_FORMS = verb_forms
TITLE_PLURAL = title_plural
# irregular forms with these endings are infinitives ("dire", "écrire", "réagir")
INFINITIVE_ENDINGS = ("re", "ir")
