"""The corpus step's joining of full names (a full name inside exactly one longer one joins
it, longest first) against its plain definition: every longer full name compared, on full
names of two to four words drawn at random from few words, so that many share words."""
from __future__ import annotations

import random

import pytest

from analysis import identity

WORDS = ["Jean", "Marie", "Claude", "Martin", "Roux", "Petit", "Morel", "Anne", "de", "La"]


def _plain_full_join(forms: dict) -> dict:
    root = {k: k for k in forms}
    for k in sorted(forms, key=lambda k: (-len(forms[k].key), k)):
        f = forms[k]
        wider = {root[o] for o, g in forms.items() if len(g.key) > len(f.key) and identity._compatible(f.key, g.key)}
        if len(wider) == 1:
            root[k] = wider.pop()
    return {k: identity._top(root, k) for k in root}


@pytest.mark.parametrize("seed", range(8))
def test_full_names_join_as_defined(seed):
    rng = random.Random(seed)
    names = {" ".join(rng.choice(WORDS) for _ in range(rng.randint(2, 4))) for _ in range(150)}
    rows = [(f"a{i}", name, "kind:person", None, "fr", 1) for i, name in enumerate(sorted(names))]
    forms, _ = identity._forms(rows)
    full = {k: f for k, f in forms.items() if not identity._role_form(f.key, f.language)}
    assert len(full) > 100
    joined = identity._join(full)
    assert joined == _plain_full_join(full)
    assert sum(joined[k] != k for k in joined) > 3  # names did join: the test tells something
