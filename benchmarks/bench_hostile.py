"""Speed of ``extract_quotes`` on hostile text: 1 MB of quote marks and apostrophes.

    python benchmarks/bench_hostile.py [--mb 1] [--budget 2]
    NEWSQUOTES_PURE=1 python benchmarks/bench_hostile.py --budget 4

Each input is run at half the size and at the full size (CPU time of this process, best
of ``--rounds``): the target is the full size within ``--budget`` seconds (2 s for the
compiled engine, 4 s for the Python one) and doubling the input at most ~2.2x the time.
Exit status 1 when an input misses either. The inputs: the issue's straight quotes and
apostrophes ('"\\''), every mark in turn (“‘«"'»’”), random marks, random tokens of marks
and a few words with and without sentence breaks, deeply nested marks.
"""
from __future__ import annotations

import argparse
import random
import sys
import time

from analysis.quotes import extract_quotes
from analysis.quotes._select import describe

# marks and a few words; the last two break sentences (tests/test_hostile_engine.py uses these too)
TOKENS = ["“", "‘", "«", '"', "'", "»", "’", "”", "a", "b", "Il", "dit", ":", "«", "»", ".", "\n"]


def hostile_tokens(n: int, pieces: list[str], seed: int | None = None) -> str:
    """``n`` characters of ``pieces`` drawn at random (seed ``n`` by default), half of them
    followed by a space."""
    rng = random.Random(n if seed is None else seed)
    out: list[str] = []
    size = 0
    while size < n:
        piece = rng.choice(pieces) + (" " if rng.random() < 0.5 else "")
        out.append(piece)
        size += len(piece)
    return "".join(out)[:n]


INPUTS = {
    "'\"\\'' repeated": lambda n: ("\"'" * (n // 2 + 1))[:n],
    "“‘«\"'»’” repeated": lambda n: ("“‘«\"'»’”" * (n // 8 + 1))[:n],
    "random marks": lambda n: "".join(random.Random(n).choices("“‘«\"'»’”", k=n)),
    "marks and words": lambda n: hostile_tokens(n, TOKENS),
    "marks and words, no break": lambda n: hostile_tokens(n, TOKENS[:-2]),
    "nested marks": lambda n: ("«" * (n // 2) + ' "»' * (n // 6))[:n],
}


def _seconds(text: str, rounds: int) -> float:
    best = float("inf")
    for _ in range(rounds):
        t0 = time.process_time()
        extract_quotes(text, "fr")
        best = min(best, time.process_time() - t0)
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=1.0, help="full size, in millions of characters")
    parser.add_argument("--budget", type=float, default=2.0, help="seconds allowed at the full size")
    parser.add_argument("--ratio", type=float, default=2.2, help="time ratio allowed for twice the text")
    parser.add_argument("--rounds", type=int, default=2, help="runs of each size; the best is kept")
    args = parser.parse_args(argv)
    print(f"engine: {describe()}")
    n = int(args.mb * 1_000_000)
    failed = 0
    for name, make in INPUTS.items():
        half, full = _seconds(make(n // 2), args.rounds), _seconds(make(n), args.rounds)
        ratio = full / max(half, 1e-9)
        ok = full <= args.budget and ratio <= args.ratio
        failed += not ok
        print(f"{name:28} {n / 1e6:.1f}M chars: {full:6.2f} s   half: {half:6.2f} s   x{ratio:4.2f}"
              f"   {'ok' if ok else 'MISSED'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
