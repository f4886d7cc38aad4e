"""Cost of the learned choice of speakers: the engine with and without it, interleaved.

    python benchmarks/bench_speakers.py [--articles 500] [--rounds 7]

Runs the rule cascade alone (``extract._cascade``: quotes and the cascade's speakers) and
the whole engine (``extract_quotes``: plus candidates, features and the scorer) in turn
on the same seed-size French articles (bench_corpus.py), best of ``rounds`` CPU times
each: on a shared machine the ratio is steadier than either figure. Uses the build that
runs (compiled where installed so).
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from bench_corpus import build_corpus  # noqa: E402

from analysis.quotes import _select  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args(argv)
    if _select.compiled_extract() is not None:
        from analysis.quotes._compiled import extract  # type: ignore[import-not-found]
    else:
        from analysis.quotes import extract  # type: ignore[no-redef]
    with tempfile.TemporaryDirectory() as tmp:
        path = build_corpus(4 * args.articles, Path(tmp) / "corpus.jsonl", seed=1)
        texts = [json.loads(line)["text"] for line in path.open(encoding="utf-8")][:args.articles]
    for t in texts[:5]:
        extract.extract_quotes(t, "fr")
    cascade = full = float("inf")
    for _ in range(args.rounds):
        t0 = time.process_time()
        for t in texts:
            extract._cascade(t, "fr")
        t1 = time.process_time()
        for t in texts:
            extract.extract_quotes(t, "fr")
        t2 = time.process_time()
        cascade, full = min(cascade, t1 - t0), min(full, t2 - t1)
    n = len(texts)
    print(f"engine: {_select.describe()}")
    print(f"cascade alone {n / cascade:.0f} articles/s, with the learned choice {n / full:.0f} articles/s "
          f"(ratio {cascade / full:.2f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
