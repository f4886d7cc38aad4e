"""The corpus-level identity step (analysis.identity.resolve_speakers, run by the corpus's
final step) against its plain definition, on records drawn at random: an identity's weights
summed afresh over every form each time a short form fitting several full names asks (what
the step did before it kept them up to date, quadratic on a large corpus), and one record a
quote against one a speaker of an article with its number of quotes (what the corpus reads)."""
from __future__ import annotations

import random
from collections import Counter

import pytest

from analysis import identity

FIRST = {"f": ["Marie", "Anne", "Claire"], "m": ["Jean", "Paul", "Louis"]}
SURNAMES = ["Martin", "Durand", "Roux", "Petit", "Morel"]
CLUES = {"f": ["f:honorific mme", "f:pronoun elle", "f:agreement déclarée", "f:title ministre"],
         "m": ["m:honorific m.", "m:pronoun il", "m:agreement déclaré", "m:det le ministre"]}


def _records(seed: int, articles: int = 120) -> list[dict]:
    """Quote records of a corpus where full names share surnames, and surnames alone, titled
    forms and initials stand for one or several of them, with gender clues that agree or not."""
    rng = random.Random(seed)
    people = [(g, first, last) for g in FIRST for first in FIRST[g] for last in SURNAMES]
    records = []
    for a in range(articles):
        for _ in range(rng.randint(1, 4)):
            g, first, last = rng.choice(people)
            form = rng.choice([f"{first} {last}", f"{first} {last}", last, f"{first[0]}. {last}",
                               f"{'Mme' if g == 'f' else 'M.'} {last}"])
            told = g if rng.random() < 0.85 else ("m" if g == "f" else "f")  # some clues contradict
            clues = ["kind:person", *rng.sample(CLUES[told], rng.randint(0, 2))]
            for _ in range(rng.randint(1, 3)):  # the quotes of this speaker in this article
                records.append({"article_id": f"a{a}", "speaker": form, "speaker_clues": ";".join(clues),
                                "language": "fr"})
        if rng.random() < 0.1:
            records.append({"article_id": f"a{a}", "speaker": None, "speaker_clues": None, "language": "fr"})
    return records


class _Plain:
    """An identity's weights by definition: summed over every form whose identity it is, now."""

    asked = 0

    def __init__(self, forms, root) -> None:
        self.forms, self.root = forms, root

    def of(self, r: str) -> Counter:
        _Plain.asked += 1
        total: Counter = Counter()
        for k, f in self.forms.items():
            if identity._top(self.root, k) == r:
                total.update(f.weights)
        return total

    def join(self, k: str, r: str) -> None:  # root, read afresh by `of`, already says it
        pass


def _flat(identities) -> dict:
    return {place: (w.speaker_id, w.name, w.kind, w.gender, w.evidence) for place, w in identities.items()}


@pytest.mark.parametrize("seed", range(6))
def test_the_corpus_step_gives_the_identities_of_its_definition(seed, monkeypatch):
    records = _records(seed)
    kept = identity.resolve_speakers(records)
    _Plain.asked = 0
    monkeypatch.setattr(identity, "_GroupWeights", _Plain)
    plain = identity.resolve_speakers(records)
    assert _Plain.asked > 0, "no short form fitted several full names: the records test nothing"
    assert _flat(kept) == _flat(plain)
    assert len({w.speaker_id for w in kept.values()}) > 1


@pytest.mark.parametrize("seed", range(3))
def test_one_record_a_speaker_of_an_article_gives_the_identities_of_one_a_quote(seed):
    records = _records(seed)
    grouped: dict[tuple, dict] = {}
    for r in records:
        if r["speaker"]:
            key = (r["article_id"], r["speaker"])
            grouped.setdefault(key, {**r, "quotes": 0})["quotes"] += 1
    per_quote, per_speaker = identity.resolve_speakers(records), identity.resolve_speakers(list(grouped.values()))
    assert _flat(per_quote) == _flat(per_speaker)


def test_a_short_form_that_joined_counts_for_the_next_one(monkeypatch):
    # « A Roux » (a woman, by her honorific) joins Anne Roux, the one « A » of her gender; then
    # « A. Roux » (a man) fits Anne Roux or Alain Roux: Anne Roux's clues are now a woman's, so
    # Alain Roux it is. Weights summed before « A Roux » joined would leave both, and no join.
    records = [{"article_id": a, "speaker": s, "speaker_clues": c, "language": "fr"} for a, s, c in [
        ("a1", "Anne Roux", "kind:person"), ("a2", "Alain Roux", "kind:person;m:honorific m."),
        ("a3", "A Roux", "kind:person;f:honorific mme"), ("a4", "A. Roux", "kind:person;m:pronoun il")]]
    ids = {s: w.speaker_id for (_, s), w in identity.resolve_speakers(records).items()}
    assert ids["A Roux"] == ids["Anne Roux"] and ids["A. Roux"] == ids["Alain Roux"] != ids["Anne Roux"]
    monkeypatch.setattr(identity, "_GroupWeights", _Plain)
    assert {s: w.speaker_id for (_, s), w in identity.resolve_speakers(records).items()} == ids
