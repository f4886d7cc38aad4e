"""One tokenizer: what moved. The words of analysis.tokens are the quote engine's tokens
(analysis.quotes.scan, the language's rules) through a word view; before, they came from a
word pattern of their own, kept here (``_FORMER``) to measure what moved: word counts
(``word_frequencies``'s counted words and all of ``words``), top-100 overlap, the words
that differ, time. Also checks that ``words`` (one pass of a pattern built from the
engine's rules) equals the engine's tokens through the view (``_engine_word_spans``) on
every text. On the shared quote sets, or the shipped example corpus.

    python benchmarks/compare_tokenizers.py --eval-dir ../shared/eval
"""
from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

from analysis import tokens
from analysis.corpus import EXAMPLE_CORPUS
from analysis.language import resolve_language

ROOT = Path(__file__).resolve().parents[1]

# The former word pattern of analysis.tokens (up to the one tokenizer), for comparison only.
_L, _A, _H, _Q = r"[^\W\d_]", r"[^\W_]", r"[-\u2010\u2011]", r"['\u2019]"
_NUMBER = rf"\d+(?:[.,\u00a0\u202f]\d+)+{_A}*(?:{_H}{_A}+)*"
_PLAIN = rf"{_L}{_A}*+(?!{_H}|{_Q})"
_FR_INVERSION = rf"(?:t{_H})?(?:il|elle|ils|elles|on|je|tu|nous|vous|ce)\b"
_FORMER = {
    "fr": re.compile(
        rf"""{_PLAIN}
        | (?=[^\W_])(?:\b(?i:aujourd{_Q}hui|presqu{_Q}[îi]les?|quelqu{_Q}une?s?|prud{_Q}hom\w*|rendez{_H}vous)\b
        | \b(?i:jusqu|lorsqu|puisqu|quoiqu|qu|[cdjlmnst]){_Q}(?={_L})
        | {_NUMBER}
        | {_A}+(?:{_H}(?!{_FR_INVERSION}){_A}+)*)""", re.VERBOSE),
    "en": re.compile(
        rf"""{_PLAIN}
        | (?=[^\W_]|{_Q})(?:(?<={_A}){_Q}[sS]\b
        | {_NUMBER}
        | {_A}+(?:(?:{_H}|{_Q}(?![sS]\b)){_A}+)*)""", re.VERBOSE),
}
_HAS_LETTER = re.compile(r"[^\W\d_]")


def _texts(eval_dir: Path) -> dict[str, list[str]]:
    files = sorted((eval_dir / "quotes").glob("*.jsonl")) or [EXAMPLE_CORPUS]
    out: dict[str, list[str]] = {}
    for path in files:
        for line in path.open(encoding="utf-8"):
            row = json.loads(line)
            out.setdefault(resolve_language(row.get("language") or "auto", row["text"]), []).append(row["text"])
    return out


def former_frequencies(texts: list[str], language: str) -> Counter[str]:
    """``word_frequencies`` (its defaults) with the former word pattern."""
    stops, pattern = tokens.stop_words(language), _FORMER[language]
    counts: Counter[str] = Counter()
    for text in texts:
        for word in pattern.findall(text):
            folded = word.lower()
            if len(word) >= 2 and folded not in stops and _HAS_LETTER.search(word):
                counts[folded] += 1
    return counts


def _moved(before: Counter[str], after: Counter[str]) -> float:
    return sum(abs(before[k] - after[k]) for k in before.keys() | after.keys()) / max(1, sum(before.values()))


def _differ(before: Counter[str], after: Counter[str], n: int = 12) -> tuple[str, str]:
    more = Counter({k: after[k] - before[k] for k in after if after[k] > before[k]})
    fewer = Counter({k: before[k] - after[k] for k in before if before[k] > after[k]})
    return (", ".join(f"{w} +{c}" for w, c in more.most_common(n)),
            ", ".join(f"{w} +{c}" for w, c in fewer.most_common(n)))


def _median_time(function, texts: list[str], rounds: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(rounds):
        started = time.process_time()
        for text in texts:
            function(text)
        times.append(time.process_time() - started)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval-dir", type=Path, default=ROOT.parent / "shared" / "eval")
    parser.add_argument("--rounds", type=int, default=5, help="timing: median CPU time of this many rounds")
    args = parser.parse_args(argv)
    same = True
    for language, texts in sorted(_texts(args.eval_dir).items()):
        before, after = former_frequencies(texts, language), tokens.word_frequencies(texts, language)
        all_before = Counter(w for t in texts for w in _FORMER[language].findall(t))
        all_after = Counter(w for t in texts for w in tokens.words(t, language))
        top = ({w for w, _ in before.most_common(100)}, {w for w, _ in after.most_common(100)})
        print(f"{language}: {len(texts)} texts; counted words {sum(before.values())} -> {sum(after.values())}, "
              f"moved {_moved(before, after):.2%}; all words {sum(all_before.values())} -> "
              f"{sum(all_after.values())}, moved {_moved(all_before, all_after):.2%}; "
              f"top-100 overlap {len(top[0] & top[1])}")
        more, fewer = _differ(before, after)
        print("  counted more now:", more)
        print("  counted more before:", fewer)
        agree = sum(tokens.word_spans(t, language) == tokens._engine_word_spans(t, language) for t in texts)
        same = same and agree == len(texts)
        former, ours = _FORMER[language].findall, (lambda t, lang=language: tokens.words(t, lang))
        times = [_median_time(f, texts, args.rounds) for f in (former, ours, former, ours)]  # alternated
        engine = _median_time(lambda t, lang=language: tokens._engine_word_spans(t, lang), texts, 1)
        print(f"  words = the engine's tokens through the view on {agree} of {len(texts)} texts; CPU time "
              f"(median of {args.rounds}, twice alternated): former pattern {times[0]:.3f}/{times[2]:.3f} s, "
              f"words {times[1]:.3f}/{times[3]:.3f} s; token by token through scan {engine:.3f} s")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
