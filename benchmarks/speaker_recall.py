"""Candidate recall: for the quotes found, is the gold speaker among the candidates?

    python benchmarks/speaker_recall.py GOLD.jsonl [GOLD.jsonl ...] [--misses N]

Prints, per file, the share of found quotes (with a scoreable gold speaker) whose right
speaker is among the candidates, which generator proposed it, and with ``--misses`` the
first N quotes without it (gold speaker, the cascade's rule and mention, the candidates,
and the words around the quote), to see what a generator misses. Reads gold files given
on the command line (evaluation data: nothing of it goes into the project).
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from quote_scorer import match, same_speaker, scoreable  # noqa: E402

from analysis.quotes.attribution import choose, load_model  # noqa: E402
from analysis.quotes.extract import quote_candidates  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="+", type=Path)
    parser.add_argument("--misses", type=int, default=0, help="show this many quotes whose speaker is no candidate")
    parser.add_argument("--wrong", type=int, default=0,
                        help="show this many quotes whose right speaker is a candidate that the shipped model did not choose")
    args = parser.parse_args(argv)
    for path in args.gold:
        found = total = 0
        by_source: Counter = Counter()
        misses, wrong = [], []
        for line in path.open(encoding="utf-8"):
            row = json.loads(line)
            got = quote_candidates(row["text"], row.get("language") or "auto")
            preds = [{"start": q.start, "end": q.end} for q, _ in got]
            for gi, pi in match(row["quotes"], preds, 0.5):
                gold = row["quotes"][gi]["speaker"]
                if not scoreable(gold):
                    continue
                total += 1
                q, cands = got[pi]
                right = [c for c in cands if c.name and same_speaker(c.name, gold)]
                if right:
                    found += 1
                    by_source[right[0].sources[0]] += 1
                    best, _ = choose(cands, load_model(), row.get("language") or "fr")
                    if best is None or not same_speaker(best.name, gold):
                        wrong.append((gold, best.name if best else None, right[0], best,
                                      " ".join(row["text"][max(0, q.start - 160):q.end + 80].split())))
                else:
                    text = row["text"]
                    misses.append((gold, q.speaker, [c.name for c in cands],
                                   " ".join(text[max(0, q.start - 160):q.end + 80].split())))
        print(f"{path.name}: right speaker among candidates for {found}/{total} "
              f"({found / max(1, total):.3f}); first proposed by {dict(by_source.most_common())}")
        for gold, cascade, names, around in misses[:args.misses]:
            print(f"  gold={gold!r} cascade={cascade!r} candidates={names}\n    … {around}")
        print(f"  right speaker a candidate but not chosen: {len(wrong)}")
        model = load_model()
        for gold, chosen, good, bad, around in wrong[:args.wrong]:
            w = model._merged(row.get("language") or "fr")
            show = lambda c: {k: round(v * w.get(k, 0), 2) for k, v in c.features.items() if abs(v * w.get(k, 0)) > 0.2}
            print(f"  gold={gold!r} chosen={chosen!r}\n    right {good.sources}: {show(good)}"
                  f"\n    chosen {bad.sources if bad else None}: {show(bad) if bad else ''}\n    … {around}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
