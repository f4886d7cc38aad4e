"""Train the speaker scorer (``analysis/quotes/speaker_model.json``) and report held-out figures.

    python benchmarks/train_speakers.py --eval-dir ../shared/eval            # CV figures only
    python benchmarks/train_speakers.py --eval-dir ../shared/eval --write    # and ship the model

Data: the rule cascade's quotes of each gold article, with their speaker candidates
(``analysis.quotes.extract.quote_candidates``); a candidate is positive when it names the
gold speaker by the scorer's rule (surnames, accents, case and titles ignored). Training
sets: PolNeAR train, press-dev (French press) and our French samples (benchmarks/gold,
winer-a..k). Model: L2-regularised logistic regression fitted by Newton's method in numpy
(deterministic: the same data gives the same weights; no random seed involved).

Figures, every one on articles the model did not train on:
- press-dev.fr: 5 folds by article (article i in fold i % 5, in file order), and held out
  by source (press-dev is one source): trained on PolNeAR train and our samples only;
- French samples: leave one sample out (train on the others), predictions pooled;
- polnear-train.en: 5 folds by article;
- polnear-dev.en, wikinews-dev.fr, seed.fr: never trained on (the shipped model).
Scored with the official scorer (``EVAL_DIR/score.py``) when given, else our copy.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from quote_scorer import match, same_speaker, scoreable  # noqa: E402

from analysis.quotes.attribution import MODEL_FILE, NOBODY, Candidate, SpeakerModel, choose  # noqa: E402
from analysis.quotes.extract import quote_candidates  # noqa: E402

GOLD_DIR = ROOT / "benchmarks" / "gold"
SAMPLES = sorted(p.name.removesuffix(".jsonl") for p in GOLD_DIR.glob("winer-*.jsonl"))
L2 = 20.0  # ridge penalty
MIN_COUNT = 3  # features seen on fewer training candidates are dropped
FRENCH_WEIGHT = 1.0  # weight of a French quote against an English one (PolNeAR has ten times more)
FOLDS = 5
VERSION = "lr-30"  # bump when the features or the training data change; each version: README, "Speakers"


@dataclass(eq=False)
class Article:
    """One gold article with the cascade's quotes, their candidates and their labels."""

    row: dict
    quotes: list  # Quote
    cands: list[list[Candidate]]
    labels: list[list[int] | None]  # per quote: 1/0 per candidate, None when not trainable


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.open(encoding="utf-8")]


def prepare(rows: list[dict]) -> list[Article]:
    out = []
    for row in rows:
        found = quote_candidates(row["text"], row.get("language") or "auto")
        quotes = [q for q, _ in found]
        cands = [c for _, c in found]
        labels: list[list[int] | None] = [None] * len(quotes)
        preds = [{"start": q.start, "end": q.end} for q in quotes]
        for gi, pi in match(row["quotes"], preds, 0.5):
            gold = row["quotes"][gi]["speaker"]
            if not cands[pi] or (gold and not scoreable(gold)):
                continue  # no choice, or a pronoun (not scored)
            # a candidate naming nobody (quotes with no cue) is right when the gold names nobody
            labels[pi] = [int(not gold) if c.sources[0] == NOBODY else int(bool(gold) and same_speaker(c.name, gold))
                          for c in cands[pi]]
        out.append(Article(row, quotes, cands, labels))
    return out


def design(arts: list[Article], names: list[str] | None = None):
    """The candidates of the quotes that have a right one, as a matrix: (x, y, group start
    offsets, language weight per group, feature names). Each feature also has a copy
    crossed with the article's language ("fr|dist"), so a language may weigh it apart."""
    rows: list[dict[str, float]] = []
    ys: list[float] = []
    starts: list[int] = []
    langs: list[str] = []
    for art in arts:
        lang = art.row.get("language") or "fr"
        for cands, labels in zip(art.cands, art.labels):
            if labels is None or not any(labels):
                continue
            starts.append(len(rows))
            langs.append(lang)
            for c, y in zip(cands, labels):
                rows.append({**c.features, **{f"{lang}|{k}": v for k, v in c.features.items()}})
                ys.append(y / sum(labels))
    if names is None:
        counts: dict[str, int] = {}
        for f in rows:
            for k in f:
                counts[k] = counts.get(k, 0) + 1
        names = sorted(k for k, n in counts.items() if n >= MIN_COUNT and k not in ("bias", "fr|bias", "en|bias"))
    col = {k: j for j, k in enumerate(names)}
    x = np.zeros((len(rows), len(names)))
    for i, f in enumerate(rows):
        for k, v in f.items():
            j = col.get(k)
            if j is not None:
                x[i, j] = v
    return x, np.array(ys), np.array(starts), langs, names


def fit(arts: list[Article], l2: float = L2, french_weight: float = FRENCH_WEIGHT) -> SpeakerModel:
    """Conditional logit (a softmax over each quote's candidates) with an L2 penalty,
    fitted by Newton's method: deterministic, the same data gives the same weights."""
    x, y, starts, langs, names = design(arts)
    n, d = x.shape
    group = np.repeat(np.arange(len(starts)), np.diff(np.append(starts, n)))
    gw = np.array([french_weight if lang == "fr" else 1.0 for lang in langs])[group]
    w = np.zeros(d)
    for _ in range(15):
        z = x @ w
        z -= np.maximum.reduceat(z, starts)[group]
        e = np.exp(z)
        p = e / np.add.reduceat(e, starts)[group]
        g = x.T @ (gw * (p - y)) + l2 * w
        px = x * (gw * p)[:, None]
        gsum = np.add.reduceat(x * p[:, None], starts)  # per group: sum of p x
        gwt = np.array([french_weight if lang == "fr" else 1.0 for lang in langs])
        h = x.T @ px - (gsum * gwt[:, None]).T @ gsum + l2 * np.eye(d)
        step = np.linalg.solve(h, g)
        w -= step
        if np.max(np.abs(step)) < 1e-5:
            break
    return SpeakerModel({k: float(round(w[j], 6)) for j, k in enumerate(names) if abs(w[j]) > 1e-9}, 0.0, VERSION)


def predict(arts: list[Article], model: SpeakerModel) -> list[dict]:
    """The model's speakers, chosen as the engine does: in order, each quote's previous
    speaker the model's own choice (``speaker_candidates`` with a model)."""
    preds = []
    for art in arts:
        lang = art.row.get("language") or "fr"
        found = quote_candidates(art.row["text"], art.row.get("language") or "auto", model)
        for q, (_, cands) in zip(art.quotes, found):
            best, _ = choose(cands, model, lang)
            preds.append({"article_id": art.row["id"], "start": q.start, "end": q.end,
                          "speaker": best.name if best else None})
    return preds


def folds(arts: list[Article], k: int = FOLDS) -> list[tuple[list[Article], list[Article]]]:
    """(train, test) splits: article i is tested in fold i % k."""
    return [([a for i, a in enumerate(arts) if i % k != f], [a for i, a in enumerate(arts) if i % k == f])
            for f in range(k)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval-dir", type=Path, default=next(  # beside the checkout, or a worktree one level down
        (p for p in (ROOT.parent / "shared" / "eval", ROOT.parents[1] / "shared" / "eval") if p.exists()),
        ROOT.parent / "shared" / "eval"))
    parser.add_argument("--write", action="store_true", help=f"write the model trained on all data to {MODEL_FILE}")
    args = parser.parse_args(argv)
    quotes_dir = args.eval_dir / "quotes"
    if not (quotes_dir / "press-dev.fr.jsonl").exists():
        print(f"no gold sets in {quotes_dir}: point --eval-dir at the shared eval folder", file=sys.stderr)
        return 2
    score = _official(args.eval_dir)
    press = prepare(load(quotes_dir / "press-dev.fr.jsonl"))
    ptrain = prepare(load(quotes_dir / "polnear-train.en.jsonl"))
    samples = {s: prepare(load(GOLD_DIR / f"{s}.jsonl")) for s in SAMPLES}
    held = {name: prepare(load(quotes_dir / f"{name}.jsonl")) for name in ("seed.fr", "wikinews-dev.fr", "polnear-dev.en")}
    all_samples = [a for s in SAMPLES for a in samples[s]]

    def cascade_f1(arts: list[Article]) -> float:
        rows = [a.row for a in arts]
        preds = [{"article_id": a.row["id"], "start": q.start, "end": q.end, "speaker": q.speaker}
                 for a in arts for q in a.quotes]
        return score(rows, preds)["attributed_f1"]

    def report(name: str, arts: list[Article], preds: list[dict], how: str) -> None:
        r = score([a.row for a in arts], preds)
        print(f"{name:18} {r['gold']:>5} {r['quote_p']:>7} {r['quote_r']:>7} {r['speaker_acc']!s:>7} "
              f"{r['attributed_f1']:>7} {cascade_f1(arts):>8}  {how}")

    print(f"{'set':18} {'gold':>5} {'quote_p':>7} {'quote_r':>7} {'spk_acc':>7} {'attr_f1':>7} {'cascade':>8}  held out by")
    # press-dev: article folds
    preds = []
    for rest, test in folds(press):
        train = rest + ptrain + all_samples
        preds += predict(test, fit(train))
    report("press-dev.fr", press, preds, f"{FOLDS} article folds")
    # press-dev is one source: held out by source, the model never sees French press
    report("press-dev.fr", press, predict(press, fit(ptrain + all_samples)), "no press trained on")
    # French samples: leave one sample out
    preds = []
    for s in SAMPLES:
        train = press + ptrain + [a for t in SAMPLES if t != s for a in samples[t]]
        preds += predict(samples[s], fit(train))
    report("winer-a..k pooled", all_samples, preds, "leave one sample out")
    # polnear-train: article folds
    preds = []
    for rest, test in folds(ptrain):
        train = rest + press + all_samples
        preds += predict(test, fit(train))
    report("polnear-train.en", ptrain, preds, f"{FOLDS} article folds")
    model = fit(press + ptrain + all_samples)
    for name, arts in held.items():
        report(name, arts, predict(arts, model), "never trained on")
    print(f"model: {len(model.weights)} weights")
    if args.write:
        MODEL_FILE.write_text(json.dumps(model.to_json(), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {MODEL_FILE.relative_to(ROOT)}")
    return 0


def _official(eval_dir: Path):
    spec = importlib.util.spec_from_file_location("score", eval_dir / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.score


if __name__ == "__main__":
    sys.exit(main())
