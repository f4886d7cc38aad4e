"""Command line: ``newsquotes quotes …`` and ``newsquotes corpus …`` for data,
``newsquotes report …`` for reports.

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
from analysis.corpus import AUTO_SYNC_MAX, QUOTE_FIELDS, quote_rows  # one definition: `quotes` and `corpus` agree
from analysis.identity import resolve_rows
from analysis.io import Article, BadRecord, InputError, iter_records, list_examples, read_article
from analysis.language import resolve_language
from analysis.quotes import UNATTRIBUTED, extract_quotes

__all__ = ["main"]

_CORPUS_SUFFIXES = (".jsonl", ".gz", ".txt", ".html", ".htm")


def _records(source: str) -> Iterator[Article | BadRecord]:
    """Articles from a corpus file, a folder, a text file or an example name."""
    path = Path(source)
    if path.is_dir() or (path.is_file() and path.name.endswith(_CORPUS_SUFFIXES)):
        yield from iter_records(path)
    else:
        yield read_article(source)


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
            table.extend(rows)
        # one identity a speaker over all the articles read (analysis.identity): rows wait for the last
        resolve_rows(table)
        if args.format == "jsonl":
            for row in table:
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
        elif writer:
            writer.writerows(table)
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
    from analysis.report import run_report
    from analysis.tables import speaker_table

    if args.corpus is not None:
        if args.article is not None:
            raise ValueError("give an ARTICLE or --corpus SOURCE, not both")
        return _corpus_report(args)
    args.article = args.article or "example"
    article = read_article(args.article)  # fail fast, before starting a kernel
    paths = run_report(args.article, language=args.lang, out_dir=args.out, top_n=args.top_n,
                       timeout=args.timeout, progress_bar=not args.quiet)
    lang = resolve_language(article.language if args.lang == "auto" and article.language else args.lang,
                            article.text)
    speakers = speaker_table(extract_quotes(article.text, lang), language=lang)
    print(f"Report: {paths.html}\nNotebook: {paths.notebook}\n")
    _print_speakers(speakers, ["speaker", "quotes", "share", "mean", "low", "high"], args.top_n)
    return 0


def _print_speakers(speakers, columns: list[str], top_n: int) -> None:
    import pandas as pd

    if speakers.empty:
        print("No quotes found.")
        return
    view = speakers[columns].head(top_n).copy()
    view.columns = ["sentiment" if c == "mean" else c for c in columns]
    with pd.option_context("display.width", 120, "display.float_format", "{:.2f}".format):
        print(view.to_string(index=False))


_CORPUS_SPEAKER_COLUMNS = ["speaker", "articles", "quotes", "share", "mean", "low", "high"]


def _corpus_report(args: argparse.Namespace) -> int:
    from analysis.report import run_corpus_report

    paths = run_corpus_report(args.corpus, language=args.lang, out_dir=args.out, top_n=args.top_n,
                              speakers=args.speakers, group_by=args.group_by, period=args.period,
                              timeout=args.timeout, progress_bar=not args.quiet)
    print(f"Report: {paths.html}\nNotebook: {paths.notebook}\nResults: {paths.results}\n")
    _print_speakers(_read_speakers(paths.results), _CORPUS_SPEAKER_COLUMNS, args.top_n)
    return 0


def _read_speakers(results: Path):
    import pandas as pd

    return pd.read_parquet(results / "speakers")  # small: no need to read the quotes


def _cmd_corpus(args: argparse.Namespace) -> int:
    from analysis.corpus import analyze_corpus

    try:
        summary = analyze_corpus(args.source, args.out, language=args.lang, scheduler=args.scheduler,
                                 workers=args.workers, partition_size=args.partition_size,
                                 progress=not args.quiet)
    except KeyboardInterrupt:
        print("newsquotes: interrupted; the finished partitions are kept: run the same command "
              "again to go on", file=sys.stderr)
        return 130
    if args.workers and summary.scheduler == "single process":  # never ignore an option silently
        print(f"newsquotes: ran in one process, --workers {args.workers} unused (the default under "
              f"{AUTO_SYNC_MAX:,} articles; --scheduler local or processes uses workers)", file=sys.stderr)
    for article_id, error in summary.errors:
        print(f"newsquotes: failed {article_id}: {error}", file=sys.stderr)
    if summary.failed > len(summary.errors):
        print(f"newsquotes: … and {summary.failed - len(summary.errors):,} more failures: see the "
              f"error column of {summary.out / 'articles'}", file=sys.stderr)
    for failure in summary.failed_partitions:
        print(f"newsquotes: {failure}", file=sys.stderr)
    if summary.failed_partitions:
        print("newsquotes: run the same command again to retry the failed partitions", file=sys.stderr)
    if not args.quiet:
        print(f"newsquotes: {summary}", file=sys.stderr)
    print(f"Results: {summary.out} (Parquet tables articles/, quotes/, speakers/)\n")
    _print_speakers(_read_speakers(summary.out), _CORPUS_SPEAKER_COLUMNS, 10)
    return 1 if summary.failed_partitions or (summary.read and not summary.analysed) else 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsquotes",
        description="Who said what, how often and in what tone: direct quotations, their speakers "
                    "and sentiment in French and English news.",
        epilog="examples:\n"
               "  newsquotes quotes example\n"
               "  newsquotes quotes corpus.jsonl --format jsonl > quotes.jsonl\n"
               "  newsquotes corpus articles.jsonl.gz --out results/\n"
               "  newsquotes report article.txt --out reports/\n"
               "  newsquotes report --corpus results/ --out reports/",
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

    c = sub.add_parser(
        "corpus", help="analyse a whole corpus, on all cores or a Dask cluster, into Parquet tables",
        description="Find the quotes, speakers and sentiment of every article of a corpus and write\n"
                    "three Parquet tables under DIR: articles/ (one row an input record; failures have\n"
                    "an error), quotes/ (one row a quote) and speakers/ (one row a speaker). Read them\n"
                    "with pandas.read_parquet('DIR/quotes'), DuckDB or Dask. An interrupted run goes on\n"
                    "where it stopped when started again with the same arguments.",
        epilog="examples:\n"
               "  newsquotes corpus example                 # the shipped Wikinews corpus, into reports/\n"
               "  newsquotes corpus articles.jsonl.gz --out results/ --workers 4\n"
               "  newsquotes corpus articles/ --out results/ --scheduler tcp://scheduler:8786",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    c.add_argument("source", metavar="SOURCE",
                   help="a JSONL corpus (.jsonl, .jsonl.gz; fields id, text, optional language, title, "
                        "date, source), a .csv or .parquet file with those columns, a folder of .txt "
                        "articles (or of such files), or 'example' (French Wikinews, CC BY 2.5)")
    c.add_argument("--out", default=None, metavar="DIR",
                   help="results folder; an unfinished run there is resumed (default: reports/<name>-results, "
                        "where `newsquotes report --corpus SOURCE` looks too)")
    c.add_argument("--scheduler", default=None, metavar="local|processes|sync|ADDRESS",
                   help="'local': a Dask cluster of one worker a core on this machine; 'processes': "
                        "Dask's multiprocessing scheduler; 'sync': this process only; ADDRESS "
                        "(tcp://host:8786): an existing Dask cluster, whose workers see SOURCE and "
                        f"DIR at the same paths (default: sync under {AUTO_SYNC_MAX:,} articles, else local)")
    c.add_argument("--workers", type=int, default=None, metavar="N",
                   help="workers of 'local' or 'processes' (default: one a core)")
    c.add_argument("--lang", choices=["auto", "fr", "en"], default="auto",
                   help="article language (default: each record's field, else detected)")
    c.add_argument("--partition-size", type=int, default=1000, metavar="N",
                   help="articles a task reads and writes at a time (default: 1000)")
    c.add_argument("-q", "--quiet", action="store_true", help="no progress bar or summary")
    c.set_defaults(func=_cmd_corpus)

    r = sub.add_parser("report", help="write the HTML report of one article, or of a corpus",
                       description="Run the article report notebook with papermill and export it to HTML "
                                   "(code hidden): OUT/<article>.ipynb and OUT/<article>.html. With "
                                   "--corpus, the corpus report: OUT/<name>-corpus.ipynb and .html.")
    r.add_argument("article", nargs="?", default=None, metavar="ARTICLE",
                   help=f"a .txt article or an example name (default: example; available: {examples})")
    r.add_argument("--corpus", metavar="SOURCE", default=None,
                   help="report on a corpus instead: a results folder of `newsquotes corpus`, or a corpus "
                        "to analyse first into OUT/<name>-results ('example': French Wikinews)")
    r.add_argument("--lang", choices=["auto", "fr", "en"], default="auto", help="article language")
    r.add_argument("--out", default="reports", metavar="DIR", help="output folder (default: reports)")
    r.add_argument("--top-n", type=int, default=10, metavar="N", help="speakers and words shown (default: 10)")
    r.add_argument("--timeout", type=int, default=600, metavar="S",
                   help="execution timeout per notebook cell, seconds (default: 600)")
    r.add_argument("--speakers", default="", metavar="NAMES",
                   help="corpus report: speakers of interest, comma-separated (default: the most quoted)")
    r.add_argument("--group-by", choices=["date", "source"], default="date",
                   help="corpus report: follow speakers over time or across sources (default: date)")
    r.add_argument("--period", choices=["auto", "year", "quarter", "month", "week", "day"], default="auto",
                   help="corpus report by date: the period of a bar (default: auto, at most 24 periods)")
    r.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    r.set_defaults(func=_cmd_report)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``newsquotes`` command."""
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except (InputError, ValueError, FileNotFoundError, ConnectionError) as exc:
        print(f"newsquotes: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `newsquotes quotes … | head`
        return 0
