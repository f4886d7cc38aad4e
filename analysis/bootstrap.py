"""Percentile bootstrap intervals of means: one implementation for a speaker (sentiment
tables of an article) and for tens of thousands of them (corpus speaker tables).

Every group of ``n`` values is resampled with the same seeded draws, so groups of one size
are done together: a resample's mean is a weighted sum of the group's values (the weights:
how often each value was drawn), and one matrix product gives the resample means of many
groups. Groups of more than ``2,000,000 // n_boot`` values, weighted means and values that
are not all finite are resampled group by group, in chunks of at most 2,000,000 draws.
"""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np

__all__ = ["bootstrap_interval", "bootstrap_intervals"]

_DRAWS = 2_000_000  # draws at a time: n_boot resamples of up to this many values at once


def bootstrap_interval(
    values: Sequence[float],
    *,
    weights: Sequence[float] | None = None,
    confidence: float = 0.95,
    n_boot: int = 2000,
    seed: int | None = 0,
) -> tuple[float, float]:
    """Percentile bootstrap interval of the (weighted) mean; (nan, nan) under 2 values."""
    x = np.asarray(values, dtype=float).ravel()
    low, high = bootstrap_intervals(x, np.zeros(x.size, dtype=np.intp), groups=1, weights=weights,
                                    confidence=confidence, n_boot=n_boot, seed=seed)
    return (float(low[0]), float(high[0]))


def bootstrap_intervals(
    values: Sequence[float] | np.ndarray,
    codes: Sequence[int] | np.ndarray,
    *,
    groups: int | None = None,
    weights: Sequence[float] | np.ndarray | None = None,
    confidence: float = 0.95,
    n_boot: int = 2000,
    seed: int | None = 0,
) -> tuple[np.ndarray, np.ndarray]:
    """The percentile bootstrap interval of the (weighted) mean of each group: ``values[i]``
    belongs to group ``codes[i]`` (0 to ``groups - 1``). Two arrays (low, high), NaN for a
    group of fewer than 2 values. Each group's interval is that of ``bootstrap_interval``
    on its values (in their order) with the same seed."""
    if not 0 < confidence < 1:
        raise ValueError(f"confidence must be between 0 and 1 (exclusive), not {confidence!r}")
    if n_boot < 1:
        raise ValueError(f"n_boot must be at least 1, not {n_boot!r}")
    x = np.asarray(values, dtype=float)
    w = None if weights is None else np.asarray(weights, dtype=float)
    if w is not None and w.shape != x.shape:
        raise ValueError(f"weights must match values: {w.shape} != {x.shape}")
    codes = np.asarray(codes, dtype=np.intp)
    groups = int(codes.max()) + 1 if groups is None and codes.size else groups or 0
    order = np.argsort(codes, kind="stable")
    x = x[order]
    w = None if w is None else w[order]
    counts = np.bincount(codes, minlength=groups)
    starts = np.concatenate([[0], np.cumsum(counts)[:-1]]).astype(np.intp)
    low, high = np.full(groups, np.nan), np.full(groups, np.nan)
    tail = (1 - confidence) / 2
    batched = w is None and n_boot > 1 and bool(np.isfinite(x).all())
    for n in np.unique(counts[counts > 1]).tolist():
        members = np.flatnonzero(counts == n)
        if batched and n <= _DRAWS // n_boot:
            _same_size(x, starts, members, n, low, high, tail=tail, n_boot=n_boot, seed=seed)
            continue
        for g in members.tolist():
            s = starts[g]
            means = _resample_means(x[s : s + n], None if w is None else w[s : s + n], n_boot, seed)
            if means.size:
                low[g], high[g] = np.quantile(means, [tail, 1 - tail])
    return low, high


def _resample_means(x: np.ndarray, w: np.ndarray | None, n_boot: int, seed: int | None) -> np.ndarray:
    """The finite (weighted) means of ``n_boot`` resamples of ``x``, drawn in chunks."""
    rng = np.random.default_rng(seed)
    chunk = max(1, _DRAWS // x.size)
    means = []
    for start in range(0, n_boot, chunk):
        idx = rng.integers(0, x.size, size=(min(chunk, n_boot - start), x.size))
        with np.errstate(invalid="ignore", divide="ignore"):
            if w is None:  # weights of 1: the same sums and divisor, without drawing them
                means.append(x[idx].sum(axis=1) / x.size)
            else:
                wi = w[idx]
                means.append((x[idx] * wi).sum(axis=1) / wi.sum(axis=1))
    boot = np.concatenate(means)
    return boot[np.isfinite(boot)]


def _same_size(x: np.ndarray, starts: np.ndarray, members: np.ndarray, n: int, low: np.ndarray,
               high: np.ndarray, *, tail: float, n_boot: int, seed: int | None) -> None:
    """The intervals of the groups ``members``, of ``n`` values each, at once (in place)."""
    resamples = np.random.default_rng(seed).integers(0, n, size=(n_boot, n))
    rows = np.repeat(np.arange(n_boot), n) * n
    drawn = np.bincount(rows + resamples.ravel(), minlength=n_boot * n).reshape(n_boot, n)
    # Small groups have few distinct resamples (3 for 2 values, 462 for 6): one mean each,
    # counted as often as it was drawn, instead of n_boot means a group.
    distinct, times = np.unique(drawn, axis=0, return_counts=True)
    few = len(times) <= n_boot // 4
    weights = (distinct if few else drawn).T / n  # (n, resamples): means = values @ weights
    step = max(1, 8_000_000 // (weights.shape[1] + n))  # about 64 MB of floats at a time
    for i in range(0, len(members), step):
        chunk = members[i : i + step]
        means = x[starts[chunk][:, None] + np.arange(n)] @ weights  # one row a group
        low[chunk], high[chunk] = (_weighted_quantiles(means, times, (tail, 1 - tail)) if few
                                   else _quantiles(means, (tail, 1 - tail)))


def _weighted_quantiles(rows: np.ndarray, times: np.ndarray, quantiles: tuple[float, ...]) -> list[np.ndarray]:
    """``np.quantile`` (linear interpolation) of each row with its values repeated ``times``."""
    order = np.argsort(rows, axis=1, kind="stable")
    ordered = np.take_along_axis(rows, order, axis=1)
    ends = np.cumsum(times[order], axis=1)  # ends[r, j]: sorted places before value j's end
    size = int(times.sum())
    out = []
    for q in quantiles:
        place = q * (size - 1)
        below = min(int(place), size - 2)
        # the values at sorted places `below` and `below + 1` of the repeated row
        at = [np.take_along_axis(ordered, (ends <= k).sum(axis=1, keepdims=True), axis=1)[:, 0]
              for k in (below, below + 1)]
        out.append(at[0] + (place - below) * (at[1] - at[0]))
    return out


def _quantiles(rows: np.ndarray, quantiles: tuple[float, ...]) -> list[np.ndarray]:
    """``np.quantile(rows, quantiles, axis=1)`` (linear interpolation), with one partial sort
    for all of them: twice as fast on thousands of rows."""
    size = rows.shape[1]
    places = [q * (size - 1) for q in quantiles]
    below = [min(int(p), size - 2) for p in places]
    ordered = np.partition(rows, sorted({k for b in below for k in (b, b + 1)}), axis=1)
    return [ordered[:, b] + (p - b) * (ordered[:, b + 1] - ordered[:, b]) for p, b in zip(places, below)]
