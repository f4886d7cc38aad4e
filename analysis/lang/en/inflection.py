"""English inflection the quote engine needs (declared in ``analysis/lang/schema.py``,
``INFLECTION``): the regular forms of a reporting verb, the plural of a title."""
from __future__ import annotations


def verb_forms(lemma: str) -> set[str]:
    """Regular English forms of a reporting verb: lemma, -s, -ed, -ing."""
    if lemma.endswith("e"):
        return {lemma, lemma + "s", lemma + "d", lemma[:-1] + "ing"}
    if lemma.endswith("y") and lemma[-2] not in "aeiou":
        return {lemma, lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        return {lemma, lemma + "es", lemma + "ed", lemma + "ing"}
    return {lemma, lemma + "s", lemma + "ed", lemma + "ing"}


def title_plural(title: str) -> str | None:
    """The plural of a one-word title ("senators"), None for one already plural."""
    if title.endswith(("s", "x")):
        return None
    return title + "s"


VERB_FORMS = verb_forms
TITLE_PLURAL = title_plural
