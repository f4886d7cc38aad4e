"""Sentence splitting speed: analysis.tokens.sentence_spans (the _FastPunkt port) against
nltk's public PunktSentenceTokenizer.span_tokenize with the same parameters, on the shared
quote sets (or the shipped example corpus), and whether both give the same spans.

    python benchmarks/bench_sentences.py --eval-dir ../shared/eval
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from analysis import tokens
from analysis.corpus import EXAMPLE_CORPUS
from analysis.language import resolve_language

ROOT = Path(__file__).resolve().parents[1]


def _texts(eval_dir: Path) -> list[tuple[str, str]]:
    files = sorted((eval_dir / "quotes").glob("*.jsonl")) or [EXAMPLE_CORPUS]
    out = []
    for path in files:
        for line in path.open(encoding="utf-8"):
            row = json.loads(line)
            out.append((row["text"], resolve_language(row.get("language") or "auto", row["text"])))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval-dir", type=Path, default=ROOT.parent / "shared" / "eval")
    parser.add_argument("--repeat", type=int, default=3, help="best of this many runs")
    args = parser.parse_args(argv)
    texts = _texts(args.eval_dir)
    chars = sum(len(t) for t, _ in texts)
    for name, split in (("sentence_spans (_FastPunkt)", tokens.sentence_spans),
                        ("nltk Punkt span_tokenize", tokens._punkt_sentence_spans)):
        best = float("inf")
        for _ in range(args.repeat):
            started = time.perf_counter()
            for text, language in texts:
                split(text, language)
            best = min(best, time.perf_counter() - started)
        print(f"{name:30} {best:6.3f} s  {chars / best / 1e6:6.2f} MB/s  ({len(texts)} texts)")
    same = all(tokens.sentence_spans(t, lang) == tokens._punkt_sentence_spans(t, lang) for t, lang in texts)
    print("same spans:", same)
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
