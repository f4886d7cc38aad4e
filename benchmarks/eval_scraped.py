"""Quote finding on text damaged the way scrapers damage it, held out by construction.

    python benchmarks/eval_scraped.py [--eval-dir ../shared/eval] [--sets wikinews-dev.fr winer-a.fr ...]

Issue 12's rules for text as scraped (``analysis/quotes/prepare.py``, ``marks.py``) were
written while reading press-dev's errors, so press-dev's quote_p/quote_r are dev figures.
This script measures the same robustness elsewhere: it takes gold articles that are clean
(French Wikinews: wikinews-dev and our samples), damages them as scraped press text is
damaged, moves the gold offsets with the text, and scores each damage alone and all of them
together with the official scorer (``EVAL_DIR/score.py``), next to the clean text:

- ``glued``: line breaks dropped, paragraphs and headings glued (``…fin.Début``);
- ``one line``: line breaks made spaces;
- ``crlf``: ``\\r\\n`` line endings, and a lone ``\\r`` for one in three;
- ``no-break``: no-break and thin spaces inside « » and before : ; ? !;
- ``tight``: no spaces at all inside « ».

A drop from the clean figures is what scraping costs the engine on text no rule was
written from.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from eval_quotes import GOLD_DIR, _load_scorer, predict  # noqa: E402

SETS = ["wikinews-dev.fr", *sorted(p.name.removesuffix(".jsonl") for p in GOLD_DIR.glob("winer-*.jsonl"))]


def rewrite(text: str, pattern: str, repl: Callable[[re.Match], str]) -> tuple[str, list[int]]:
    """``text`` with each match of ``pattern`` replaced, and where each old offset (0..len)
    lands in the new text (the start of a replaced match for offsets inside it)."""
    out: list[str] = []
    where = [0] * (len(text) + 1)
    i = n = 0
    for m in re.finditer(pattern, text):
        for k in range(i, m.start()):
            where[k] = n + k - i
        n += m.start() - i
        out.append(text[i:m.start()])
        new = repl(m)
        for k in range(m.start(), m.end()):
            where[k] = n
        out.append(new)
        n += len(new)
        i = m.end()
    for k in range(i, len(text) + 1):
        where[k] = n + k - i
    out.append(text[i:])
    return "".join(out), where


def _lone_cr(seed: int) -> Callable[[re.Match], str]:
    rng = random.Random(seed)
    return lambda m: "\r" if rng.random() < 1 / 3 else "\r\n"


def _space(m: re.Match) -> str:
    return "\u202f" if m.group(0) == " " and m.end() < len(m.string) and m.string[m.end()] in ":;?!" else "\xa0"


DAMAGES: dict[str, Callable[[str, int], tuple[str, list[int]]]] = {
    "glued": lambda t, s: rewrite(t, r"\s*\n\s*", lambda m: ""),
    "one line": lambda t, s: rewrite(t, r"\s*\n\s*", lambda m: " "),
    "crlf": lambda t, s: rewrite(t, r"\n", _lone_cr(s)),
    "no-break": lambda t, s: rewrite(t, r"(?<=«) | (?=»)| (?=[:;?!])", _space),
    "tight": lambda t, s: rewrite(t, r"(?<=«)\s+|\s+(?=»)", lambda m: ""),
}


def damaged(row: dict, names: list[str], seed: int) -> dict:
    """``row`` with the damages ``names`` applied in turn, its gold offsets moved along."""
    text, quotes = row["text"], [dict(q) for q in row["quotes"]]
    for name in names:
        text, where = DAMAGES[name](text, seed)
        for q in quotes:
            q["start"], q["end"] = where[q["start"]], where[q["end"]]
            q["text"] = text[q["start"]:q["end"]]
    return {**row, "text": text, "quotes": quotes}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval-dir", type=Path, default=ROOT.parent / "shared" / "eval")
    parser.add_argument("--sets", nargs="+", default=SETS, help="clean French gold sets (default: Wikinews ones)")
    args = parser.parse_args(argv)
    if not (args.eval_dir / "score.py").exists():
        print(f"no score.py in {args.eval_dir}: point --eval-dir at the shared eval folder", file=sys.stderr)
        return 2
    score = _load_scorer(args.eval_dir)
    rows = []
    for name in args.sets:
        path = args.eval_dir / "quotes" / f"{name}.jsonl"
        path = path if path.exists() else GOLD_DIR / f"{name}.jsonl"
        rows += [json.loads(line) for line in path.open(encoding="utf-8")]
    variants = {"clean": [], **{name: [name] for name in DAMAGES}, "all but one line": ["crlf", "no-break", "tight", "glued"]}
    print(f"{len(rows)} articles, {sum(len(r['quotes']) for r in rows)} gold quotes ({', '.join(args.sets)})")
    print(f"{'text':18} {'quote_p':>7} {'quote_r':>7} {'spk_acc':>7} {'attr_f1':>7}")
    for label, names in variants.items():
        gold = [damaged(r, names, i) for i, r in enumerate(rows)]
        r = score(gold, predict(gold))
        print(f"{label:18} {r['quote_p']:>7} {r['quote_r']:>7} {r['speaker_acc']!s:>7} {r['attributed_f1']:>7}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
