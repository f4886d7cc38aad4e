"""Command line: ``newsquotes quotes …`` and ``newsquotes corpus …`` for data,
``newsquotes report …`` for reports.

Also available as ``python -m analysis``.
"""
from __future__ import annotations

import argparse
import csv
import dataclasses
import json
import os
import signal
import sys
import threading
import warnings
from collections.abc import Iterator, Sequence
from pathlib import Path

from analysis import __version__
from analysis._warnings import show_warning
from analysis.corpus import AUTO_SYNC_MAX, QUOTE_FIELDS, quote_rows  # one definition: `quotes` and `corpus` agree
from analysis.identity import resolve_rows
from analysis.io import (MAX_RECORD_BYTES, Article, BadRecord, InputError, InputWarning, UniqueIds,
                         article_from_text, example_path, list_examples, read_article)
from analysis.lang import LANGUAGE_OPTIONS
from analysis.language import resolve_language
from analysis.quotes import UNATTRIBUTED, extract_quotes

__all__ = ["main"]

_CORPUS_SUFFIXES = (".jsonl", ".jsonl.gz", ".csv", ".parquet")


# exit codes, documented in --help and in the README ("Errors and exit codes")
EXIT_OK = 0
EXIT_FAILED = 1  # the run went through, but some of it failed (partitions, every article, a report)
EXIT_USAGE = 2  # a user mistake: bad option, missing/empty/unreadable input, unknown example or speaker
EXIT_ENVIRONMENT = 3  # the machine said no: unwritable output, folder in use, worker died, no cluster
EXIT_INTERRUPTED = 130  # Ctrl-C (SIGINT)
EXIT_TERMINATED = 143  # SIGTERM
EXIT_BROKEN_PIPE = 141  # the reader went away (`| head`), as Unix tools report SIGPIPE

_EXIT_CODES = (
    "exit codes:\n"
    "  0    success\n"
    "  1    finished with failures (failed partitions, no article analysed, a report notebook failed)\n"
    "  2    user mistake: bad option, missing, empty or unreadable input, unknown example or speaker,\n"
    "       a results folder that is corrupt or of another run\n"
    "  3    environment: output not writable, --out in use by another run, a worker died, disk full,\n"
    "       Dask scheduler unreachable\n"
    "  130  interrupted (Ctrl-C); 143 terminated (SIGTERM); finished partitions are kept\n"
    "  141  output pipe closed by the reader (`| head`), as Unix tools\n"
)


def _records(source: str | None, text: str | None) -> Iterator[Article | BadRecord]:
    """Articles from --text, standard input (``-``), a corpus file, a folder, a text file or an
    example name. Raw text is read only when asked: a name that is none of these is an error."""
    if text is not None:
        yield article_from_text(_bounded(text.encode("utf-8"), "--text").decode("utf-8"))
        return
    if source == "-":
        data = _bounded(sys.stdin.buffer.read(MAX_RECORD_BYTES + 1), "standard input")
        try:
            yield article_from_text(data.decode("utf-8-sig"), id="stdin")
        except UnicodeDecodeError:
            raise InputError("standard input: not valid UTF-8") from None
        except InputError:
            raise InputError("standard input: is empty") from None
        return
    yield from _named_records(source)


def _named_records(source: str) -> Iterator[Article | BadRecord]:
    path = Path(source).expanduser()
    if path.is_dir() or (path.is_file() and path.name.lower().endswith(_CORPUS_SUFFIXES)):
        from analysis.partitions import plan_partitions, read_partition  # the readers of `corpus`

        for part in plan_partitions(path).partitions():
            yield from read_partition(part)
    elif path.exists():
        yield read_article(path)
    elif source.strip() == "example" or source.strip().split(".", 1)[0] in list_examples():
        yield read_article(example_path(source))
    else:
        raise InputError(f"{source}: no such file, folder or example (examples: "
                         f"{', '.join(['example', *list_examples()])}); to analyse text, pass --text \"…\" or - "
                         "for standard input")


def _bounded(data: bytes, name: str) -> bytes:
    if len(data) > MAX_RECORD_BYTES:
        raise InputError(f"{name}: over the {MAX_RECORD_BYTES:,}-byte limit of an article")
    return data


def _progress(iterable, *, quiet: bool):
    if quiet:
        return iterable
    from tqdm.auto import tqdm

    # tqdm hides itself when stderr is not a terminal; counts articles, not bytes.
    return tqdm(iterable, unit=" articles", file=sys.stderr, disable=None, leave=False)


def _cmd_quotes(args: argparse.Namespace) -> int:
    if (args.input is None) == (args.text is None):
        wanted = 'an INPUT (a file, a folder, an example name, or - for standard input) or --text "…"'
        raise InputError(f"give {wanted}" + (", not both" if args.input else ""))
    records = _records(args.input, args.text)
    if not args.output:
        return _write_quotes(args, records, sys.stdout)
    # FILE is written under a temporary name in its folder and moved into place only when the
    # command succeeds: a failed run never clobbers an existing FILE
    target = Path(args.output).expanduser()
    if target.is_dir():
        raise IsADirectoryError(21, "is a folder; -o needs a file name", str(target))
    if not target.parent.is_dir():
        raise FileNotFoundError(2, "no such folder for -o FILE", str(target.parent))
    temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        with open(temporary, "w", encoding="utf-8", newline="") as out:
            code = _write_quotes(args, records, out)
        if code == EXIT_OK:
            os.replace(temporary, target)
        elif target.exists():
            print(f"newsquotes: {target} left unchanged", file=sys.stderr)
        return code
    finally:
        temporary.unlink(missing_ok=True)


def _write_quotes(args: argparse.Namespace, records: Iterator[Article | BadRecord], out) -> int:
    writer = csv.DictWriter(out, fieldnames=QUOTE_FIELDS) if args.format == "csv" else None
    if writer:
        writer.writeheader()
    table: list[dict] = []
    n_ok = n_bad = n_quotes = 0
    unique = UniqueIds()
    for rec in _progress(records, quiet=args.quiet):
        if isinstance(rec, BadRecord):
            n_bad += 1
            print(f"newsquotes: skipped {rec.source}: {rec.error}", file=sys.stderr)
            continue
        if (record_id := unique(rec.id)) != rec.id:
            rec = dataclasses.replace(rec, id=record_id)
        try:
            rows = quote_rows(rec, language=args.lang)
        except Exception as exc:  # one bad article never sinks a corpus run
            n_bad += 1
            print(f"newsquotes: skipped article {rec.id!r}: {type(exc).__name__}: {exc}", file=sys.stderr)
            continue
        n_ok += 1
        n_quotes += len(rows)
        table.extend(rows)
    if message := unique.message():
        warnings.warn(message, InputWarning, stacklevel=1)
    if not n_ok and not n_bad:
        raise InputError(f"{args.input if args.text is None else '--text'}: holds no article (empty)")
    # one identity a speaker over all the articles read (analysis.identity): rows wait for the last
    resolve_rows(table)
    if args.format == "jsonl":
        for row in table:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    elif writer:
        writer.writerows(table)
    if args.format == "table":
        _print_table(table, out)
    if not args.quiet:
        print(f"newsquotes: {n_ok} article(s), {n_quotes} quote(s)"
              + (f", {n_bad} skipped (see above)" if n_bad else ""), file=sys.stderr)
    return EXIT_OK if n_ok or not n_bad else EXIT_FAILED


def _print_table(rows: list[dict], out) -> None:
    import pandas as pd

    if not rows:
        print("no quotes found", file=out)
        return
    df = pd.DataFrame(rows)[["article_id", "speaker", "kind", "sentiment", "text"]]
    df["speaker"] = df["speaker"].fillna(UNATTRIBUTED)
    df["text"] = [t if len(t) <= 60 else t[:59] + "…" for t in df["text"]]
    print(df.to_string(index=False, justify="left", formatters={"text": "{:<60}".format}), file=out)


def _cmd_report(args: argparse.Namespace) -> int:
    from analysis.report import run_report
    from analysis.tables import speaker_table

    if args.corpus is not None:
        if args.article is not None:
            raise ValueError("give an ARTICLE or --corpus SOURCE, not both")
        return _corpus_report(args)
    args.article = args.article or "example"
    path = Path(args.article).expanduser()
    if path.is_dir() or path.name.lower().endswith(_CORPUS_SUFFIXES):
        raise InputError(f"{args.article}: a report is on one article; for a corpus, use --corpus")
    article = next(_named_records(args.article))  # fail fast, before starting a kernel
    _check_folder(Path(args.out).expanduser(), "--out")
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
        print(view.to_string(index=False, na_rep=""))  # no interval with one quote: blank, not NaN


_CORPUS_SPEAKER_COLUMNS = ["speaker", "articles", "quotes", "share", "mean", "low", "high"]


def _corpus_report(args: argparse.Namespace) -> int:
    from analysis.corpus import results_folder, verify_results
    from analysis.report import run_corpus_report

    out = Path(args.out).expanduser()
    _check_folder(out, "--out")
    results = results_folder(args.corpus, parent=out.resolve(), language=args.lang, progress=not args.quiet)
    verify_results(results)  # a bad part file is named here, before a kernel starts
    _check_speakers(results, args.speakers)
    paths = run_corpus_report(results, language=args.lang, out_dir=args.out, top_n=args.top_n,
                              speakers=args.speakers, group_by=args.group_by, period=args.period,
                              timeout=args.timeout, progress_bar=not args.quiet)
    print(f"Report: {paths.html}\nNotebook: {paths.notebook}\nResults: {paths.results}\n")
    _print_speakers(_read_speakers(paths.results), _CORPUS_SPEAKER_COLUMNS, args.top_n)
    return 0


def _check_speakers(results: Path, speakers: str) -> None:
    """Each name of --speakers is a speaker of the results (any case), before a kernel starts."""
    names = [n.strip() for n in speakers.split(",") if n.strip()]
    if not names:
        return
    table = _read_speakers(results)
    known = {str(s).casefold() for s in table["speaker"]}
    missing = [n for n in names if n.casefold() not in known]
    if missing:
        top = ", ".join(repr(s) for s in table["speaker"].head(5))
        raise InputError(f"--speakers: no quotes from {', '.join(map(repr, missing))} in {results}; "
                         f"the most quoted are {top}")


def _check_folder(path: Path, option: str) -> None:
    """An output folder that exists as a file, or cannot be created or written: one clear line."""
    if path.exists() and not path.is_dir():
        raise NotADirectoryError(20, f"{option} is a file, not a folder", str(path))
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OSError(error.errno, f"{option}: cannot create the folder ({error.strerror})", str(path)) from None
    if not os.access(path, os.W_OK | os.X_OK):
        raise PermissionError(13, f"{option}: cannot write in this folder (permission denied)", str(path))


def _read_speakers(results: Path):
    from analysis.corpus import load_speakers

    return load_speakers(results)  # small, and checked: no need to read the quotes


def _cmd_corpus(args: argparse.Namespace) -> int:
    from analysis.corpus import analyze_corpus

    try:
        summary = analyze_corpus(args.source, args.out, language=args.lang, scheduler=args.scheduler,
                                 workers=args.workers, partition_size=args.partition_size,
                                 progress=not args.quiet)
    except KeyboardInterrupt as interrupt:
        print("newsquotes: interrupted; the finished partitions are kept: run the same command "
              "again to go on", file=sys.stderr)
        return EXIT_TERMINATED if isinstance(interrupt, _Terminated) else EXIT_INTERRUPTED
    if not summary.read and not summary.resumed:
        raise InputError(f"{args.source}: holds no article (empty)")
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
    return EXIT_FAILED if summary.failed_partitions or (summary.read and not summary.analysed) else EXIT_OK


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
               "  newsquotes report --corpus results/ --out reports/\n\n" + _EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"newsquotes {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    examples = ", ".join(list_examples())

    q = sub.add_parser("quotes", help="list the quotes of an article or a corpus",
                       description="List every direct quotation with its speaker, cue and sentiment.",
                       epilog='examples:\n  newsquotes quotes example\n'
                              '  newsquotes quotes --text "« Non », a dit Jean Martin."\n'
                              '  cat article.txt | newsquotes quotes -\n\n' + _EXIT_CODES,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    q.add_argument("input", metavar="INPUT", nargs="?", default=None,
                   help=f"a .txt/.html article, a folder of .txt, a JSONL corpus (.jsonl, .jsonl.gz; fields "
                        f"id, text, optional language/title/date/source), a .csv or .parquet file with those "
                        f"columns, an example name ({examples}), "
                        "or - to read one article from standard input")
    q.add_argument("--text", metavar="TEXT", default=None,
                   help="analyse TEXT itself (raw article text) instead of an INPUT")
    q.add_argument("--lang", type=str.lower, choices=LANGUAGE_OPTIONS, default="auto",
                   help="article language (default: the corpus field, else detected)")
    q.add_argument("--format", choices=["table", "jsonl", "csv"], default="table",
                   help="output format (default: table)")
    q.add_argument("-o", "--output", metavar="FILE",
                   help="write to FILE instead of standard output (replaced only when the command succeeds)")
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
               "  newsquotes corpus articles/ --out results/ --scheduler tcp://scheduler:8786\n\n" + _EXIT_CODES,
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
    c.add_argument("--lang", type=str.lower, choices=LANGUAGE_OPTIONS, default="auto",
                   help="article language (default: each record's field, else detected)")
    c.add_argument("--partition-size", type=int, default=1000, metavar="N",
                   help="articles a task reads and writes at a time (default: 1000)")
    c.add_argument("-q", "--quiet", action="store_true", help="no progress bar or summary")
    c.set_defaults(func=_cmd_corpus)

    r = sub.add_parser("report", help="write the HTML report of one article, or of a corpus",
                       description="Run the article report notebook with papermill and export it to HTML "
                                   "(code hidden): OUT/<article>.ipynb and OUT/<article>.html. With "
                                   "--corpus, the corpus report: OUT/<name>-corpus.ipynb and .html.",
                       epilog=_EXIT_CODES, formatter_class=argparse.RawDescriptionHelpFormatter)
    r.add_argument("article", nargs="?", default=None, metavar="ARTICLE",
                   help=f"a .txt article or an example name (default: example; available: {examples})")
    r.add_argument("--corpus", metavar="SOURCE", default=None,
                   help="report on a corpus instead: a results folder of `newsquotes corpus`, or a corpus "
                        "to analyse first into OUT/<name>-results ('example': French Wikinews)")
    r.add_argument("--lang", type=str.lower, choices=LANGUAGE_OPTIONS, default="auto", help="article language")
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


class _Terminated(KeyboardInterrupt):
    """SIGTERM, raised like Ctrl-C so that every ``finally`` and ``with`` cleans up (worker
    pools and clusters closed, finished partitions recorded)."""


def _on_sigterm(signum: int, frame: object) -> None:
    raise _Terminated()


def _error_line(exc: BaseException) -> tuple[str, int]:
    """The one line and exit code of an error the user or the machine caused; a bug is not one."""
    from analysis.corpus import ResultsInUse
    from analysis.report import ReportError

    if isinstance(exc, ReportError):
        return str(exc), EXIT_FAILED
    if isinstance(exc, (ResultsInUse, ConnectionError)):
        return str(exc), EXIT_ENVIRONMENT
    if isinstance(exc, OSError) and not isinstance(exc, FileNotFoundError):
        where = f"{exc.filename}: " if exc.filename else ""
        return f"{where}{exc.strerror or exc}", EXIT_ENVIRONMENT
    if isinstance(exc, FileNotFoundError):
        return (f"{exc.filename}: {exc.strerror}" if exc.filename and exc.strerror else str(exc)), EXIT_USAGE
    if isinstance(exc, _worker_died()):
        return ("a worker process died (killed, or out of memory); the finished partitions are kept: "
                "run the same command again to go on"), EXIT_ENVIRONMENT
    return str(exc), EXIT_USAGE


def _worker_died() -> tuple[type[BaseException], ...]:
    from concurrent.futures.process import BrokenProcessPool

    return (BrokenProcessPool,)


def _user_errors() -> tuple[type[BaseException], ...]:
    from analysis.corpus import ResultsInUse
    from analysis.report import ReportError

    return (InputError, ValueError, OSError, ConnectionError, ReportError, ResultsInUse,
            *_worker_died())


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``newsquotes`` command; returns the exit code (see ``--help``)."""
    args = build_parser().parse_args(argv)
    on_main_thread = threading.current_thread() is threading.main_thread()  # signals are set there only
    previous = signal.signal(signal.SIGTERM, _on_sigterm) if on_main_thread else None
    try:
        with warnings.catch_warnings():
            warnings.showwarning = show_warning
            try:
                code = args.func(args)
                sys.stdout.flush()  # a closed pipe shows here, not at exit
                return code
            except BrokenPipeError:
                raise
            except _user_errors() as exc:
                line, code = _error_line(exc)
                print(f"newsquotes: error: {line}", file=sys.stderr)
                return code
            except _Terminated:
                print("newsquotes: terminated", file=sys.stderr)
                return EXIT_TERMINATED
            except KeyboardInterrupt:
                print("newsquotes: interrupted", file=sys.stderr)
                return EXIT_INTERRUPTED
    except BrokenPipeError:  # `newsquotes quotes … | head`: the reader has what it wanted
        _silence_stdout()
        return EXIT_BROKEN_PIPE
    finally:
        if on_main_thread:
            signal.signal(signal.SIGTERM, previous)


def _silence_stdout() -> None:
    """Point standard output at /dev/null: the flush at exit must not fail on the closed pipe."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):  # stdout is not a real file (tests)
        pass
