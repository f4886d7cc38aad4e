"""The named people of a quote gold article: its gold speakers grouped by surname.

Gold speakers are canonical names in our French samples and mentions as written in
PolNeAR ("Rep. Gwen Moore (D-Wis.)", "Sanders, whose candidacy …", "Trump’s"): the name
is the capitalised run of the mention's first clause, without titles and honorifics;
mentions of one article sharing a surname are one person.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

__all__ = ["Person", "gold_people", "name_of", "surname_key"]

_PRONOUNS = {"he", "she", "they", "i", "we", "it", "you", "il", "elle", "ils", "elles", "on", "nous", "je"}
_TITLES = {"mr.", "mrs.", "ms.", "mr", "mrs", "ms", "dr.", "rep.", "sen.", "gov.", "president", "senator",
           "spokeswoman", "spokesman", "secretary", "democratic", "republican", "nominee", "former", "the",
           "m.", "mme", "dr", "pr", "me", "mgr", "general", "gen.", "judge", "latvian", "governor", "attorney"}


def surname_key(name: str) -> str:
    folded = unicodedata.normalize("NFKD", name.lower().replace("’", "'"))
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    words = folded.split()
    return words[-1] if words else ""


def name_of(mention: str) -> str | None:
    """The person's name in a gold speaker mention, or None (a pronoun, a role, a noun phrase)."""
    if not mention:
        return None
    head = re.split(r",|\(| who | whose | of the ", mention, maxsplit=1)[0]
    head = re.sub(r"[’']s\b", "", head).strip()
    words = head.split()
    run: list[str] = []
    for w in reversed(words):
        if w[:1].isupper() or (run and w.lower() in ("de", "da", "van", "von", "di", "le", "la", "du")):
            run.insert(0, w)
        else:
            break
    while run and run[0].lower() in _TITLES:
        run.pop(0)
    if run and run[0][:1].islower():
        return None  # « proche de Brigitte Troadec »: a role named after someone
    if not run or (len(run) == 1 and run[0].lower() in _PRONOUNS):
        return None
    return " ".join(run)


@dataclass
class Person:
    surname: str  # as written (last word of the longest form)
    name: str  # the longest form
    forms: set = field(default_factory=set)


def gold_people(article: dict, *, language: str) -> list[Person]:
    """The named people (and named organisations: the annotator tells them apart) of one gold article."""
    found: dict[str, Person] = {}
    for q in article.get("quotes", []):
        name = name_of(q.get("speaker") or "")
        if not name:
            continue
        key = surname_key(name)
        p = found.setdefault(key, Person(name.split()[-1], name))
        p.forms.add(q["speaker"])
        if len(name) > len(p.name):
            p.name, p.surname = name, name.split()[-1]
    return list(found.values())
