"""Time analysis.sentiment.polarity on French quotes and texts (not shipped data).

    python benchmarks/bench_sentiment.py [--eval-dir ../shared/eval]

Texts: the gold quotes of press-dev, wikinews-dev and seed, and the allocine-dev and
deft-tweets-val items. Prints the lexicon build time and texts a second, a first pass
(words not yet seen) and a second one (words known), in CPU time, which a shared
machine's load disturbs less than wall time, the best of several rounds. To compare two versions, run it in each
checkout (e.g. ``git archive REV analysis | tar -x -C /tmp/old``, then
``PYTHONPATH=/tmp/old python benchmarks/bench_sentiment.py``), a few times each.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

QUOTE_SETS = ["press-dev.fr.jsonl", "wikinews-dev.fr.jsonl", "seed.fr.jsonl"]
TEXT_SETS = ["allocine-dev.fr.tsv", "deft-tweets-val.fr.tsv"]


def read_texts(eval_dir: Path) -> list[str]:
    texts = []
    for name in QUOTE_SETS:
        path = eval_dir / "quotes" / name
        if path.exists():
            for line in path.open(encoding="utf-8"):
                if line.strip():
                    texts += [q["text"] for q in json.loads(line)["quotes"]]
    for name in TEXT_SETS:
        path = eval_dir / "sentiment" / name
        if path.exists():
            texts += [line.rstrip("\n").partition("\t")[2]
                      for line in path.open(encoding="utf-8") if line.strip()]
    return texts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval-dir", type=Path, default=ROOT.parent / "shared" / "eval")
    parser.add_argument("--rounds", type=int, default=7, help="rounds, best kept (default 7)")
    args = parser.parse_args(argv)
    texts = read_texts(args.eval_dir)
    if not texts:
        print(f"no texts under {args.eval_dir}", file=sys.stderr)
        return 2
    # imported here: PYTHONPATH picks the version
    from analysis.sentiment import _Analyzer

    builds, firsts, agains = [], [], []
    for _ in range(args.rounds):  # best of: a shared machine only ever slows a round
        start = time.process_time()
        analyzer = _Analyzer("fr")  # a fresh one: nothing remembered
        builds.append(time.process_time() - start)
        for times in (firsts, agains):
            start = time.process_time()
            for text in texts:
                analyzer.polarity_scores(text)
            times.append(time.process_time() - start)
    print(f"{len(texts)} texts, best of {args.rounds}: build {min(builds):.3f} s, "
          f"first pass {len(texts) / min(firsts):.0f}/s, again {len(texts) / min(agains):.0f}/s "
          "(CPU time)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
