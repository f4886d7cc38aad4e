"""Score the quote engine on the gold sets in ../shared/eval/quotes (not shipped) and ours.

    python benchmarks/eval_quotes.py [--eval-dir ../shared/eval] [--sets seed.fr wikinews-dev.fr ...]

The shared sets come first, then our hand-annotated French Wikinews samples in
``benchmarks/gold`` (see its README: one annotator, lower agreement than a gold set).

Prints the official scorer's figures for each set; ``attributed_f1`` (quote found
AND speaker right) is the headline figure, scored with the product's speakers: the
canonical name of each person (the fullest form used in the article).

The last column, ``written``, scores the same quotes with the speaker as written next
to the cue instead (``Quote.mention``; the canonical name where the mention is a
pronoun or missing). That is how the PolNeAR sets define their gold speakers ("the
senator", "Trump"); the seed and Wikinews gold speakers are canonical names, so there
``attr_f1`` is the one to read.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from pathlib import Path

from analysis.quotes import extract_quotes

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SETS = ["seed.fr", "wikinews-dev.fr", "polnear-dev.en", "polnear-train.en"]
# Our own hand-annotated French Wikinews samples (shipped, CC BY 2.5: benchmarks/gold/README.md)
GOLD_DIR = ROOT / "benchmarks" / "gold"
OWN_SETS = sorted(p.name.removesuffix(".jsonl") for p in GOLD_DIR.glob("*.jsonl"))


def _load_scorer(eval_dir: Path):
    spec = importlib.util.spec_from_file_location("score", eval_dir / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.score


def predict(rows: list[dict]) -> list[dict]:
    """One prediction a quote: ``speaker`` is the canonical name, ``written`` the mention
    as written next to the cue (the canonical name for pronouns and unnamed mentions)."""
    pronouns = _pronouns()
    preds = []
    for row in rows:
        for q in extract_quotes(row["text"], row.get("language") or "auto"):
            written = q.mention if q.mention and q.mention.lower() not in pronouns else q.speaker
            preds.append({"article_id": row["id"], "start": q.start, "end": q.end, "speaker": q.speaker,
                          "written": written if q.speaker else None})
    return preds


def _pronouns() -> frozenset[str]:
    from analysis.lang.en.speakers import PRONOUNS as EN
    from analysis.lang.fr.speakers import PRONOUNS as FR
    return frozenset(EN) | frozenset(FR)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval-dir", type=Path, default=ROOT.parent / "shared" / "eval",
                        help="folder holding score.py and quotes/*.jsonl (default: ../shared/eval)")
    parser.add_argument("--sets", nargs="+", default=DEFAULT_SETS + OWN_SETS,
                        help="gold sets to score: names in EVAL_DIR/quotes or benchmarks/gold "
                             "(default: the shared sets, then ours)")
    parser.add_argument("--errors", type=int, default=0, metavar="N",
                        help="print up to N wrong or missed quotes per set, for error analysis")
    args = parser.parse_args(argv)
    if not (args.eval_dir / "score.py").exists():
        print(f"no scorer at {args.eval_dir}/score.py: point --eval-dir at the shared eval folder", file=sys.stderr)
        return 2
    score = _load_scorer(args.eval_dir)
    print(f"{'set':18} {'articles':>8} {'gold':>5} {'pred':>5} {'quote_p':>7} {'quote_r':>7} "
          f"{'spk_acc':>7} {'attr_f1':>7} {'art/s':>7} {'written':>7}")
    for name in args.sets:
        path = args.eval_dir / "quotes" / f"{name}.jsonl"
        if not path.exists() and (GOLD_DIR / f"{name}.jsonl").exists():
            path = GOLD_DIR / f"{name}.jsonl"
        if not path.exists():
            print(f"{name:18} missing ({path})")
            continue
        rows = [json.loads(line) for line in path.open(encoding="utf-8")]
        t0 = time.perf_counter()
        preds = predict(rows)
        dt = time.perf_counter() - t0
        r = score(rows, preds)
        w = score(rows, [{**p, "speaker": p["written"]} for p in preds])
        print(f"{name:18} {r['articles']:>8} {r['gold']:>5} {r['pred']:>5} {r['quote_p']:>7} {r['quote_r']:>7} "
              f"{r['speaker_acc']!s:>7} {r['attributed_f1']:>7} {len(rows) / dt:>7.0f} {w['attributed_f1']:>7}")
        if args.errors:
            _show_errors(rows, preds, args.errors, score.__globals__)
    return 0


def _show_errors(rows, preds, limit, scorer) -> None:
    by_article: dict[str, list[dict]] = {}
    for p in preds:
        by_article.setdefault(str(p["article_id"]), []).append(p)
    shown = 0
    for row in rows:
        ps = by_article.get(str(row["id"]), [])
        pairs = scorer["match"](row["quotes"], ps, 0.5)
        matched_g = {gi for gi, _ in pairs}
        matched_p = {pi for _, pi in pairs}
        text = row["text"]
        for gi, pi in pairs:
            g, p = row["quotes"][gi], ps[pi]
            if scorer["scoreable"](g["speaker"]) and not scorer["same_speaker"](p["speaker"], g["speaker"]):
                print(f"  WRONG gold={g['speaker']!r} pred={p['speaker']!r}: "
                      f"{text[max(0, g['start'] - 120):g['end'] + 80]!r}")
                shown += 1
        for gi, g in enumerate(row["quotes"]):
            if gi not in matched_g:
                print(f"  MISSED gold={g['speaker']!r}: {text[max(0, g['start'] - 100):g['end'] + 60]!r}")
                shown += 1
        for pi, p in enumerate(ps):
            if pi not in matched_p:
                print(f"  EXTRA pred={p['speaker']!r}: {text[max(0, p['start'] - 80):p['end'] + 40]!r}")
                shown += 1
        if shown >= limit:
            return


if __name__ == "__main__":
    sys.exit(main())
