"""Speed of ``extract_quotes``: articles/s and MB/s, single process, on varied text.

    python benchmarks/bench_quotes.py [--eval-dir ../shared/eval] [--rounds 5]

French: articles the size of the shipped example (2,500-4,500 characters, the example
has 3,300), recombined from the shipped articles with new names and numbers (see
bench_corpus.py), the target's measure; also the shipped example plus the French
Wikinews dev articles as they are (shorter, 1,800 characters on average). English: the
PolNeAR dev articles. Each round goes over different articles in turn, so no cache is
flattered by one article copied many times. Times are CPU times of this process (other
programs running do not count). Memory: the process's peak RSS after the first round
and after the last one (flat means no growth).
"""
from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

from analysis.io import read_article
from analysis.quotes import extract_quotes

ROOT = Path(__file__).resolve().parents[1]


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bench(name: str, texts: list[str], language: str, rounds: int) -> None:
    for t in texts[:3]:
        extract_quotes(t, language)  # build the per-language resources once
    chars = sum(len(t) for t in texts)
    best = float("inf")
    mem_first = None
    for r in range(rounds):
        t0 = time.process_time()
        for t in texts:
            extract_quotes(t, language)
        best = min(best, time.process_time() - t0)
        if mem_first is None:
            mem_first = _peak_mb()
    n = len(texts)
    print(f"{name:28} {n:6} articles  {chars / n:7.0f} chars/article  "
          f"{n / best:7.0f} articles/s  {chars / best / 1e6:5.2f} MB/s  "
          f"peak RSS {mem_first:.0f} -> {_peak_mb():.0f} MB")


def _seed_size_articles(n: int) -> list[str]:
    """``n`` varied French articles of the example's size, recombined from shipped text."""
    sys.path.insert(0, str(Path(__file__).parent))
    from bench_corpus import build_corpus

    with tempfile.TemporaryDirectory() as tmp:
        path = build_corpus(4 * n, Path(tmp) / "corpus.jsonl", seed=1)
        texts = [json.loads(line)["text"] for line in path.open(encoding="utf-8")]
    return [t for t in texts if 2500 <= len(t) <= 4500][:n]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval-dir", type=Path, default=ROOT.parent / "shared" / "eval",
                        help="folder with quotes/*.jsonl (default: ../shared/eval)")
    parser.add_argument("--rounds", type=int, default=10,
                        help="passes over each set; the best is kept (this VM varies by ±15-30%%)")
    parser.add_argument("--articles", type=int, default=500, help="seed-size French articles to build")
    args = parser.parse_args(argv)

    from analysis.quotes._select import describe

    print(f"engine: {describe()} (NEWSQUOTES_PURE=1 for the pure Python one)")
    seed_size = _seed_size_articles(args.articles)
    bench("French, seed-size", seed_size, "fr", args.rounds)
    bench("French, seed-size, 'auto'", seed_size, "auto", args.rounds)
    french = [read_article("example").text]
    quotes_dir = args.eval_dir / "quotes"
    wikinews = quotes_dir / "wikinews-dev.fr.jsonl"
    if wikinews.exists():
        french += [json.loads(line)["text"] for line in wikinews.open(encoding="utf-8")]
    bench("French Wikinews + example", french, "fr", args.rounds)
    polnear = quotes_dir / "polnear-dev.en.jsonl"
    if polnear.exists():
        english = [json.loads(line)["text"] for line in polnear.open(encoding="utf-8")]
        bench("English PolNeAR dev", english, "en", args.rounds)
    else:
        print(f"no English set at {polnear}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
