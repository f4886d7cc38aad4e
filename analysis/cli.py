"""Command line: ``newsquotes quotes …`` for data, ``newsquotes report …`` for reports.

Also available as ``python -m analysis``.
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from analysis import __version__
from analysis.io import Article, BadRecord, InputError, iter_records, list_examples, read_article
from analysis.language import resolve_language
from analysis.quotes import UNATTRIBUTED, extract_quotes
from analysis.sentiment import polarity

__all__ = ["main"]

QUOTE_FIELDS = ["article_id", "start", "end", "text", "speaker", "mention", "mention_start",
                "mention_end", "cue", "cue_start", "cue_end", "kind", "sentiment", "language"]
_CORPUS_SUFFIXES = (".jsonl", ".gz", ".txt", ".html", ".htm")


def _records(source: str) -> Iterator[Article | BadRecord]:
    """Articles from a corpus file, a folder, a text file or an example name."""
    path = Path(source)
    if path.is_dir() or (path.is_file() and path.name.endswith(_CORPUS_SUFFIXES)):
        yield from iter_records(path)
    else:
        yield read_article(source)


def quote_rows(article: Article, *, language: str = "auto") -> list[dict]:
    """The quotes of one article as flat dicts (the ``--format jsonl`` records)."""
    lang = resolve_language(article.language if language == "auto" and article.language else language,
                            article.text)
    rows = []
    for q in extract_quotes(article.text, lang):
        row = {"article_id": article.id, **q.to_dict(), "sentiment": round(polarity(q.text, lang), 4),
               "language": lang}
        rows.append({k: row[k] for k in QUOTE_FIELDS})
    return rows


def _progress(iterable, *, quiet: bool):
    if quiet:
        return iterable
    from tqdm.auto import tqdm

    # tqdm hides itself when stderr is not a terminal; counts articles, not bytes.
    return tqdm(iterable, unit=" articles", file=sys.stderr, disable=None, leave=False)


def _cmd_quotes(args: argparse.Namespace) -> int:
    out = open(args.output, "w", encoding="utf-8", newline="") if args.output else sys.stdout
    writer = csv.DictWriter(out, fieldnames=QUOTE_FIELDS) if args.format == "csv" else None
    if writer:
        writer.writeheader()
    table: list[dict] = []
    n_ok = n_bad = n_quotes = 0
    try:
        for rec in _progress(_records(args.input), quiet=args.quiet):
            if isinstance(rec, BadRecord):
                n_bad += 1
                print(f"newsquotes: skipped {rec.source}: {rec.error}", file=sys.stderr)
                continue
            try:
                rows = quote_rows(rec, language=args.lang)
            except Exception as exc:  # one bad article never sinks a corpus run
                n_bad += 1
                print(f"newsquotes: skipped article {rec.id!r}: {type(exc).__name__}: {exc}", file=sys.stderr)
                continue
            n_ok += 1
            n_quotes += len(rows)
            if args.format == "jsonl":
                for row in rows:
                    out.write(json.dumps(row, ensure_ascii=False) + "\n")
            elif writer:
                writer.writerows(rows)
            else:
                table.extend(rows)
    finally:
        if args.output:
            out.close()
    if args.format == "table":
        _print_table(table)
    if not args.quiet:
        print(f"newsquotes: {n_ok} article(s), {n_quotes} quote(s)"
              + (f", {n_bad} skipped (see above)" if n_bad else ""), file=sys.stderr)
    return 0 if n_ok or not n_bad else 1


def _print_table(rows: list[dict]) -> None:
    import pandas as pd

    if not rows:
        print("no quotes found")
        return
    df = pd.DataFrame(rows)[["article_id", "speaker", "kind", "sentiment", "text"]]
    df["speaker"] = df["speaker"].fillna(UNATTRIBUTED)
    df["text"] = [t if len(t) <= 60 else t[:59] + "…" for t in df["text"]]
    print(df.to_string(index=False, justify="left", formatters={"text": "{:<60}".format}))


def _cmd_report(args: argparse.Namespace) -> int:
    import pandas as pd

    from analysis.report import run_report
    from analysis.tables import speaker_table

    article = read_article(args.article)  # fail fast, before starting a kernel
    paths = run_report(args.article, language=args.lang, out_dir=args.out, top_n=args.top_n,
                       timeout=args.timeout, progress_bar=not args.quiet)
    lang = resolve_language(article.language if args.lang == "auto" and article.language else args.lang,
                            article.text)
    speakers = speaker_table(extract_quotes(article.text, lang), language=lang)
    print(f"Report: {paths.html}\nNotebook: {paths.notebook}\n")
    if speakers.empty:
        print("No quotes found.")
        return 0
    view = speakers[["speaker", "quotes", "share", "mean", "low", "high"]].head(args.top_n).copy()
    view.columns = ["speaker", "quotes", "share", "sentiment", "low", "high"]
    with pd.option_context("display.width", 120, "display.float_format", "{:.2f}".format):
        print(view.to_string(index=False))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsquotes",
        description="Who said what, how often and in what tone: direct quotations, their speakers "
                    "and sentiment in French and English news.",
        epilog="examples:\n"
               "  newsquotes quotes example\n"
               "  newsquotes quotes corpus.jsonl --format jsonl > quotes.jsonl\n"
               "  newsquotes report article.txt --out reports/",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"newsquotes {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    examples = ", ".join(list_examples())

    q = sub.add_parser("quotes", help="list the quotes of an article or a corpus",
                       description="List every direct quotation with its speaker, cue and sentiment.")
    q.add_argument("input", metavar="INPUT",
                   help=f"a .txt/.html article, a folder of .txt, a JSONL corpus (.jsonl, .jsonl.gz; fields "
                        f"id, text, optional language/title/date/source), or an example name ({examples})")
    q.add_argument("--lang", choices=["auto", "fr", "en"], default="auto",
                   help="article language (default: the corpus field, else detected)")
    q.add_argument("--format", choices=["table", "jsonl", "csv"], default="table",
                   help="output format (default: table)")
    q.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")
    q.add_argument("-q", "--quiet", action="store_true", help="no progress bar or summary")
    q.set_defaults(func=_cmd_quotes)

    r = sub.add_parser("report", help="write the HTML report of one article",
                       description="Run the article report notebook with papermill and export it to HTML "
                                   "(code hidden): OUT/<article>.ipynb and OUT/<article>.html.")
    r.add_argument("article", nargs="?", default="example", metavar="ARTICLE",
                   help=f"a .txt article or an example name (default: example; available: {examples})")
    r.add_argument("--lang", choices=["auto", "fr", "en"], default="auto", help="article language")
    r.add_argument("--out", default="reports", metavar="DIR", help="output folder (default: reports)")
    r.add_argument("--top-n", type=int, default=10, metavar="N", help="speakers and words shown (default: 10)")
    r.add_argument("--timeout", type=int, default=600, metavar="S",
                   help="execution timeout per notebook cell, seconds (default: 600)")
    r.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    r.set_defaults(func=_cmd_report)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``newsquotes`` command."""
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except (InputError, ValueError, FileNotFoundError) as exc:
        print(f"newsquotes: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `newsquotes quotes … | head`
        return 0
