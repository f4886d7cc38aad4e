"""Dump every quote the engine finds in the gold sets and the shipped articles, one JSON
line an article, to compare two versions of the engine (outputs must stay identical).

    python benchmarks/dump_quotes.py --eval-dir ../shared/eval -o before.jsonl
    python benchmarks/dump_quotes.py --eval-dir ../shared/eval -o after.jsonl
    cmp before.jsonl after.jsonl

Articles: the shared quote sets (where found), our gold samples in benchmarks/gold, the
example, and ``--synthetic`` recombined French articles (bench_corpus.py).
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

from analysis.io import read_article
from analysis.quotes import extract_quotes

ROOT = Path(__file__).resolve().parents[1]


def articles(eval_dir: Path, synthetic: int) -> list[tuple[str, str, str]]:
    """(id, text, language) of every article to dump."""
    out = [("example", read_article("example").text, "auto")]
    files = sorted((eval_dir / "quotes").glob("*.jsonl")) + sorted((ROOT / "benchmarks" / "gold").glob("*.jsonl"))
    for path in files:
        for line in path.open(encoding="utf-8"):
            row = json.loads(line)
            out.append((f"{path.name}:{row['id']}", row["text"], row.get("language") or "auto"))
    if synthetic:
        sys.path.insert(0, str(Path(__file__).parent))
        from bench_corpus import build_corpus

        with tempfile.TemporaryDirectory() as tmp:
            path = build_corpus(synthetic, Path(tmp) / "corpus.jsonl", seed=7)
            for line in path.open(encoding="utf-8"):
                row = json.loads(line)
                out.append((row["id"], row["text"], row.get("language") or "auto"))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval-dir", type=Path, default=ROOT.parent / "shared" / "eval")
    parser.add_argument("--synthetic", type=int, default=300, help="recombined French articles to add")
    parser.add_argument("-o", "--output", type=Path, required=True)
    args = parser.parse_args(argv)
    rows = articles(args.eval_dir, args.synthetic)
    with args.output.open("w", encoding="utf-8") as out:
        for key, text, language in rows:
            quotes = [q.to_dict() for q in extract_quotes(text, language)]
            out.write(json.dumps({"id": key, "quotes": quotes}, ensure_ascii=False) + "\n")
    print(f"{len(rows)} articles, {sum(1 for _ in args.output.open())} lines -> {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
