"""Would one tokenizer do? Word frequencies from analysis.tokens (word counts, top words,
sentiment's word weights) against those from the quote engine's tokenizer
(analysis.quotes.scan, the language's rules), on the shared quote sets or the
shipped example corpus: token mass that moves, top-100 overlap, the words that differ, time.

    python benchmarks/compare_tokenizers.py --eval-dir ../shared/eval
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

from analysis import tokens
from analysis.corpus import EXAMPLE_CORPUS
from analysis.language import resolve_language
from analysis.quotes.cues import cues_for
from analysis.quotes.scan import scan

ROOT = Path(__file__).resolve().parents[1]
_HAS_LETTER = re.compile(r"[^\W\d_]")


def _texts(eval_dir: Path) -> dict[str, list[str]]:
    files = sorted((eval_dir / "quotes").glob("*.jsonl")) or [EXAMPLE_CORPUS]
    out: dict[str, list[str]] = {}
    for path in files:
        for line in path.open(encoding="utf-8"):
            row = json.loads(line)
            out.setdefault(resolve_language(row.get("language") or "auto", row["text"]), []).append(row["text"])
    return out


def engine_frequencies(texts: list[str], language: str) -> Counter[str]:
    """word_frequencies's filters (length, stop words, a letter) on the engine's tokens;
    an inversion ("-t-il") counts as its pronoun, as tokens.words splits it."""
    stops, rules = tokens.stop_words(language), cues_for(language).token_rules
    counts: Counter[str] = Counter()
    for text in texts:
        for word in scan(text, [], rules=rules).text:
            word = word.removeprefix("-t-").lstrip("-")
            folded = word.lower()
            if len(word) >= 2 and folded not in stops and _HAS_LETTER.search(word):
                counts[folded] += 1
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval-dir", type=Path, default=ROOT.parent / "shared" / "eval")
    args = parser.parse_args(argv)
    for language, texts in sorted(_texts(args.eval_dir).items()):
        started = time.perf_counter()
        ours = tokens.word_frequencies(texts, language)
        middle = time.perf_counter()
        engine = engine_frequencies(texts, language)
        ended = time.perf_counter()
        moved = sum(abs(ours[k] - engine[k]) for k in ours.keys() | engine.keys())
        top = ({w for w, _ in ours.most_common(100)}, {w for w, _ in engine.most_common(100)})
        print(f"{language}: {len(texts)} texts, {sum(ours.values())} vs {sum(engine.values())} counted words; "
              f"moved {moved / max(1, sum(ours.values())):.1%} of the count; top-100 overlap {len(top[0] & top[1])}; "
              f"{middle - started:.2f} s vs {ended - middle:.2f} s")
        more = Counter({k: engine[k] - ours[k] for k in engine if engine[k] > ours[k]})
        fewer = Counter({k: ours[k] - engine[k] for k in ours if ours[k] > engine[k]})
        print("  the engine counts more of:", ", ".join(f"{w} +{n}" for w, n in more.most_common(12)))
        print("  analysis.tokens counts more of:", ", ".join(f"{w} +{n}" for w, n in fewer.most_common(12)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
