"""One bootstrap (analysis.bootstrap): article speaker tables, corpus speaker tables and
trends all use it; the numbers are those the two former implementations gave."""
from __future__ import annotations

import math

import numpy as np
import pytest

from analysis import sentiment, trends
from analysis.bootstrap import bootstrap_interval, bootstrap_intervals

SIZES = [1, 2, 3, 6, 7, 40, 1001]  # up to 6: distinct resamples; 7, 40: all resamples; 1001: in chunks
# corpus._intervals's values before the merge (bit for bit; unchanged)
TABLE = [(math.nan, math.nan), (-0.5264, 0.6025), (-0.8117, 0.1643), (-0.5304333333333333, 0.13689999999999997),
         (-0.057354999999999864, 0.5201078571428569), (-0.1242920625, 0.21971881249999994),
         (-0.051007390109890104, 0.02192366133866133)]
# bootstrap_interval's before the merge: the same to rounding (it summed each resample)
SINGLE = [(math.nan, math.nan), (-0.5264, 0.6025), (-0.8117, 0.1643), (-0.5304333333333333, 0.1369),
          (-0.05735499999999988, 0.5201078571428569), (-0.12429206250000001, 0.2197188125),
          (-0.051007390109890104, 0.02192366133866133)]
WEIGHTED = (-0.12417014819545429, 0.18615870611243335)  # unchanged, bit for bit


def _data() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    rng = np.random.default_rng(3)
    codes = np.concatenate([np.full(n, g) for g, n in enumerate(SIZES)])
    scores = rng.uniform(-1, 1, len(codes)).round(4)
    order = rng.permutation(len(codes))  # groups interleaved, as in a quotes table
    return codes[order], scores[order], rng.integers(1, 30, 40).astype(float)


def test_groups_at_once_pinned() -> None:
    codes, scores, _ = _data()
    low, high = bootstrap_intervals(scores, codes, groups=len(SIZES))
    np.testing.assert_array_equal(np.column_stack([low, high]), np.array(TABLE))


def test_one_group_is_the_same_computation() -> None:
    codes, scores, weights = _data()
    low, high = bootstrap_intervals(scores, codes)
    for g in range(len(SIZES)):
        got = bootstrap_interval(scores[codes == g])
        np.testing.assert_array_equal(got, (low[g], high[g]))  # article and corpus tables agree exactly
        np.testing.assert_allclose(got, SINGLE[g], rtol=0, atol=1e-15)
    assert bootstrap_interval(scores[codes == 5], weights=weights, confidence=0.9, seed=2) == WEIGHTED


def test_weighted_groups_and_non_finite_values_resample_one_by_one() -> None:
    codes, scores, weights = _data()
    values, w = scores[codes == 5], weights
    low, high = bootstrap_intervals(np.r_[values, values], np.r_[np.zeros(40, int), np.ones(40, int)],
                                    weights=np.r_[w, w], confidence=0.9, seed=2)
    assert (low[0], high[0]) == (low[1], high[1]) == WEIGHTED
    with_nan = np.r_[values[:5], np.nan]
    assert all(math.isfinite(v) for v in bootstrap_interval(with_nan))  # resamples holding it are left out


def test_checks() -> None:
    with pytest.raises(ValueError, match="confidence"):
        bootstrap_intervals([0.1, 0.2], [0, 0], confidence=1)
    with pytest.raises(ValueError, match="n_boot"):
        bootstrap_interval([0.1, 0.2], n_boot=0)
    with pytest.raises(ValueError, match="weights must match"):
        bootstrap_intervals([0.1, 0.2], [0, 0], weights=[1.0])
    low, high = bootstrap_intervals([], [], groups=2)
    assert low.shape == high.shape == (2,) and np.isnan(low).all()


def test_one_implementation() -> None:
    assert sentiment.bootstrap_interval is bootstrap_interval is trends.bootstrap_interval
    import analysis.corpus as corpus

    assert not hasattr(corpus, "_intervals")
