"""Fit the French tone of news quotes (``analysis/lang/fr/tone.json``) on press-dev, held out.

    python benchmarks/train_tone.py [--quotes ../shared/eval/quotes/press-dev.fr.jsonl]
                                    [--folds 5] [--write] [--features]

What is fit: how a quote's summed word sentiment ``s`` over its ``n`` tokens becomes
its score, ``x / sqrt(x * x + alpha)`` with ``x = s / n ** length_power``
(``analysis.sentiment.Tone``; VADER's compound is alpha 15, power 0), jointly with the
weight of the praise of the French lexicon's upstream origins (``ORIGIN_WEIGHTS``,
grid of ``eval_sentiment.ORIGIN_GRID``). The score's sign never changes, so the
two-class sets (allocine, deft) keep their accuracy; the neutral band (|score| < 0.05)
moves with ``alpha`` and ``length_power``.

Held out: the quotes' articles are cut into ``--folds`` folds; each fold is scored
with the grid point that scores best (macro-F1 + Pearson r) on the other folds. The
printed held-out figures, from the shared ``score_tone.py``, are the ones to report.
``--write`` writes the grid point that scores best on all quotes (what ships).

``--features`` also cross-validates, the same way, a small learned layer that is not
shipped: a ridge regression of the gold score (-2..+2) on interpretable features of
the quote (lexicon score, positive and negative sums and counts, contrast, negation,
boosters, "?", "!", length, share of numbers), its neutral band cut on the training
folds for macro-F1.

press-dev.fr is evaluation data of this project (French-language press, not shipped):
only the fitted numbers ship.
"""
from __future__ import annotations

import argparse
import itertools
import json
import math
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run from anywhere without installing
    sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_sentiment import (  # noqa: E402
    FITTED_ORIGINS, macro_f1, origin_candidates, praise, read_quotes, score_tone,
)

from analysis.sentiment import Tone, _Analyzer  # noqa: E402

TONE_FILE = ROOT / "analysis" / "lang" / "fr" / "tone.json"
LENGTH_POWERS = (0.0, 0.25, 0.5, 0.75)
ALPHAS = (0.25, 0.5, 1.0, 2.0, 4.0, 8.0, 15.0)


def tone_candidates() -> list[Tone]:
    """Every :class:`Tone` tried (VADER's among them)."""
    return [Tone(alpha=a, length_power=p) for p, a in itertools.product(LENGTH_POWERS, ALPHAS)]


def article_folds(quotes: Sequence[dict], folds: int) -> list[int]:
    """Each quote's fold: articles in id order, dealt round."""
    articles = sorted({q["article_id"] for q in quotes})
    fold_of = {a: i % folds for i, a in enumerate(articles)}
    return [fold_of[q["article_id"]] for q in quotes]


def pearson(x: Sequence[float], y: Sequence[float]) -> float:
    r = np.corrcoef(np.asarray(x, float), np.asarray(y, float))[0, 1]
    return float(r) if np.isfinite(r) else 0.0


def merit(scores: Sequence[float], labels: Sequence[str], gold: Sequence[float]) -> float:
    """What a fit maximises: macro-F1 (cut 0.05) plus Pearson r."""
    return macro_f1(scores, labels) + pearson(scores, gold)


def summed_table(texts: Sequence[str]) -> list[tuple[dict, list[tuple[float, int]]]]:
    """For each origin weighting tried, each text's summed sentiment and token count."""
    table = []
    for weights in origin_candidates():
        analyzer = _Analyzer("fr", origin_weights=weights)
        table.append((weights, [analyzer.summed(t) for t in texts]))
    return table


def fit(table, labels: Sequence[str], gold: Sequence[float], keep: Sequence[int]
        ) -> tuple[dict, Tone]:
    """The origin weights and tone that score best on the quotes ``keep``."""
    best, best_merit = None, -math.inf
    for weights, summed in table:
        for tone in tone_candidates():
            scores = [tone.compound(*summed[i]) for i in keep]
            m = merit(scores, [labels[i] for i in keep], [gold[i] for i in keep])
            if m > best_merit + 1e-12:  # ties: the first (smallest weights, VADER-like tone)
                best, best_merit = (weights, tone), m
    return best


def cross_validate(table, labels, gold, fold: Sequence[int], folds: int):
    """Held-out scores, and the (weights, tone) chosen for each fold."""
    held_out = [0.0] * len(labels)
    chosen = []
    for k in range(folds):
        weights, tone = fit(table, labels, gold, [i for i, f in enumerate(fold) if f != k])
        chosen.append((weights, tone))
        summed = next(s for w, s in table if w == weights)
        for i, f in enumerate(fold):
            if f == k:
                held_out[i] = tone.compound(*summed[i])
    return held_out, chosen


# -- the learned layer measured, not shipped ------------------------------------------


def features(analyzer: _Analyzer, text: str) -> list[float]:
    """Interpretable features of a quote (see the module's docstring)."""
    reading = analyzer.read(text)
    if reading is None:
        return [0.0] * 12
    s = reading.sentiments
    pos, neg = sum(x for x in s if x > 0), -sum(x for x in s if x < 0)
    n = len(reading.words)
    digits = sum(any(ch.isdigit() for ch in w.key) for w in reading.words)
    return [analyzer.score_valence(s, text)["compound"], math.log1p(pos), math.log1p(neg),
            math.log1p(sum(x > 0 for x in s)), math.log1p(sum(x < 0 for x in s)),
            float(bool(reading.contrasts)), float(bool(reading.negators)),
            float(bool(reading.boosters)), float("?" in text), float("!" in text),
            math.log1p(n), digits / n]


def _band(values: np.ndarray, low: float, high: float) -> np.ndarray:
    """``values`` mapped monotonically into -1..1 with [low, high] onto the neutral
    band [-0.05, 0.05]."""
    inside = -0.05 + 0.1 * (values - low) / max(high - low, 1e-9)
    return np.where(values < low, -0.05 - 0.95 * np.tanh(low - values),
                    np.where(values > high, 0.05 + 0.95 * np.tanh(values - high), inside))


def ridge_layer(texts, labels, gold, fold, folds: int, lam: float = 10.0):
    """Held-out scores (in -1..1, the neutral band at +-0.05) of the ridge layer."""
    analyzer = _Analyzer("fr")
    x = np.array([features(analyzer, t) for t in texts])
    y = np.asarray(gold, float)
    fold = np.asarray(fold)
    held_out = np.zeros(len(y))
    for k in range(folds):
        train, test = fold != k, fold == k
        mu, sd = x[train].mean(0), x[train].std(0) + 1e-9
        design = np.hstack([(x - mu) / sd, np.ones((len(x), 1))])
        penalty = lam * np.eye(design.shape[1])
        penalty[-1, -1] = 0
        w = np.linalg.solve(design[train].T @ design[train] + penalty, design[train].T @ y[train])
        fitted = design @ w
        grid = np.quantile(fitted[train], np.linspace(0.02, 0.98, 49))
        train_labels = [lab for lab, t in zip(labels, train) if t]
        low, high = max(((a, b) for a in grid for b in grid if a < b), key=lambda ab: macro_f1(
            _band(fitted[train], *ab), train_labels))
        held_out[test] = _band(fitted[test], low, high)
    return np.clip(held_out, -1, 1).tolist()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quotes", type=Path,
                        default=ROOT.parent / "shared" / "eval" / "quotes" / "press-dev.fr.jsonl")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--write", action="store_true", help=f"write {TONE_FILE.name}")
    parser.add_argument("--features", action="store_true",
                        help="also cross-validate the ridge layer over quote features")
    args = parser.parse_args(argv)
    scorer = args.quotes.parent.parent / "score_tone.py"
    if not args.quotes.exists() or not scorer.exists():
        print(f"no {args.quotes} (or no score_tone.py beside its folder): point --quotes at "
              "../shared/eval/quotes/press-dev.fr.jsonl", file=sys.stderr)
        return 2
    quotes, labels = read_quotes(args.quotes)
    gold = gold_scores(args.quotes)
    texts = [q["text"] for q in quotes]
    fold = article_folds(quotes, args.folds)
    table = summed_table(texts)

    def report(name: str, scores: Sequence[float]) -> None:
        figures = score_tone(scorer, args.quotes, quotes, scores)
        f1 = "/".join(f"{figures['f1'][c]:.2f}" for c in ("neg", "neu", "pos"))
        print(f"{name:<44} accuracy {figures['accuracy']:.3f}  macro-F1 "
              f"{figures['macro_f1']:.3f}  r {figures['pearson_r']:.3f}  F1 neg/neu/pos {f1}")

    vader = next(s for w, s in table if w == origin_candidates()[-1])  # all weights 1
    report("VADER compound, lexicon unweighted", [Tone().compound(*s) for s in vader])
    held_out, chosen = cross_validate(table, labels, gold, fold, args.folds)
    report(f"fitted, held out ({args.folds} article folds)", held_out)
    for k, (weights, tone) in enumerate(chosen):
        print(f"  fold {k}: praise {praise(weights)}, alpha {tone.alpha:g}, "
              f"length_power {tone.length_power:g}")
    weights, tone = fit(table, labels, gold, range(len(quotes)))
    summed = next(s for w, s in table if w == weights)
    report("fitted on all quotes (not held out)", [tone.compound(*s) for s in summed])
    print(f"on all quotes: praise of {' / '.join('+'.join(g) for g in FITTED_ORIGINS)} "
          f"{praise(weights)}, alpha {tone.alpha:g}, length_power {tone.length_power:g}")
    if args.features:
        report("ridge layer over features, held out", ridge_layer(
            texts, labels, gold, fold, args.folds))
    if args.write:
        TONE_FILE.write_text(json.dumps({
            "alpha": tone.alpha, "length_power": tone.length_power,
            "fit": (f"benchmarks/train_tone.py on the {len(quotes)} quotes of press-dev.fr "
                    f"(macro-F1 + Pearson r; {args.folds}-fold article cross-validation "
                    "reports the held-out figures)"),
            "origin_weights_praise": praise(weights),
        }, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {TONE_FILE.relative_to(ROOT)}")
    return 0


def gold_scores(path: Path) -> list[float]:
    """The gold ``polarity_score`` of the quotes ``read_quotes`` returns, in order."""
    scores = []
    for line in path.open(encoding="utf-8"):
        if line.strip():
            scores += [float(q["polarity_score"]) for q in json.loads(line)["quotes"]
                       if q.get("polarity") is not None]
    return scores


if __name__ == "__main__":
    sys.exit(main())
