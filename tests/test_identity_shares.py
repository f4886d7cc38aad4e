"""The corpus's identity step in shares (analysis.identity.gather_places, one a partition,
then resolve_shares over them all) against one pass over every row: the same identities
whatever the split, as a corpus split over Dask workers must give those of one process."""
from __future__ import annotations

import random

import pytest

from analysis import identity

from tests.test_corpus_identity_step import _records


def _rows(records: list[dict]) -> list[tuple]:
    return [(r.get("article_id"), r.get("speaker"), r.get("speaker_clues"), r.get("speaker_kind"),
             r.get("language"), r.get("quotes")) for r in records]


def _split(records: list[dict], rng: random.Random, shares: int) -> list[list[dict]]:
    """``records`` cut into ``shares`` runs of whole articles, in order."""
    articles = list(dict.fromkeys(r["article_id"] for r in records))
    cuts = sorted(rng.sample(range(1, len(articles)), shares - 1))
    share_of = {a: sum(i >= c for c in cuts) for i, a in enumerate(articles)}
    out: list[list[dict]] = [[] for _ in range(shares)]
    for r in records:
        out[share_of[r["article_id"]]].append(r)
    return out


@pytest.mark.parametrize("seed", range(6))
def test_shares_give_the_identities_of_one_pass(seed):
    rng = random.Random(seed)
    records = _records(seed, articles=200)
    for r in records:  # groups (keyed by article), and speakers of no kind in some articles
        if r["speaker"] and rng.random() < 0.05:
            r["speaker"], r["speaker_clues"] = "des manifestants", "kind:group"
        elif r["speaker"] and rng.random() < 0.15:
            r["speaker_clues"] = None
    whole, index = identity.resolve_shares([identity.gather_places(_rows(records), alone=False)])
    expected = [whole[i] for i in index]
    for shares in (2, 5, 17):
        parts = _split(records, rng, shares)
        gathered = [identity.gather_places(_rows(p)) for p in parts]
        found, at = identity.resolve_shares(gathered)
        assert [found[i] for i in at] == expected
        again, at = identity.resolve_shares(gathered)  # the shares are left as they were
        assert [again[i] for i in at] == expected


def test_shares_never_hold_the_same_article():
    rows = [("a1", "Anne Roux", "kind:person;f:honorific mme", None, "fr", 1)]
    with pytest.raises(ValueError, match="same article"):
        identity.resolve_shares([identity.gather_places(rows), identity.gather_places(rows)])
