"""Corpus analysis at scale: articles in, a Parquet dataset out, on one core or a Dask cluster.

:func:`analyze_corpus` splits the source into partitions (:mod:`analysis.partitions`);
each Dask worker reads its own partitions, finds quotes, speakers and sentiment, writes
its own Parquet files and sends back only a few counts. Sending the analysed rows back
to the client would cost more than the analysis gains from a second core. The results
folder holds three tables, readable by pandas, DuckDB or Dask::

    out/articles/part-000000.parquet ...   one row an input record (failures have an error)
    out/quotes/part-000000.parquet ...     one row a quote
    out/speakers/speakers.parquet          one row a speaker, over the whole corpus

A part is written under a temporary name, then renamed, so a part file is whole or
absent; a run stopped midway and started again skips the finished partitions.
"""
from __future__ import annotations

import gc
import hashlib
import json
import multiprocessing
import os
import re
import sys
import tempfile
import time
import uuid
import warnings
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, NamedTuple

from analysis.identity import IDENTITY_FIELDS, annotate_article
from analysis.io import Article, BadRecord, InputError
from analysis.lang import LanguageOption, language_code
from analysis.language import resolve_language
from analysis.partitions import Partition, Plan, plan_partitions, read_partition
from analysis.quotes import UNATTRIBUTED, Quote, extract_quotes
from analysis.sentiment import polarity
from analysis.tokens import sentence_spans, words

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa

__all__ = [
    "EXAMPLE_CORPUS",
    "CorpusResults",
    "CorpusSummary",
    "ResultsError",
    "ResultsInUse",
    "ResultsWarning",
    "WorkerDied",
    "analyze_corpus",
    "load_speakers",
    "load_results",
    "open_results",
    "parse_dates",
    "quote_rows",
    "results_folder",
    "source_fingerprint",
    "verify_results",
    "write_atomically",
]

#: the shipped example corpus (French Wikinews, CC BY 2.5), also reachable as "example"
EXAMPLE_CORPUS: Path = Path(__file__).resolve().parent / "data" / "corpus" / "wikinews-fr.jsonl"

SchedulerName = Literal["sync", "processes", "local"]
_SCHEDULERS = ("sync", "processes", "local")
_TABLES = ("articles", "quotes", "speakers")
_MANIFEST = "_newsquotes.json"
_FORMAT = 3  # bump when the tables change: an older results folder is then not resumed
_PART = re.compile(r"^part-(\d+)\.parquet$")
_SPEAKERS_FILE = "speakers.parquet"
_LOCK = ".newsquotes.lock"
#: under this many articles the default runs in this process: a local cluster takes
#: about 2 s to start, the time to analyse several hundred articles
AUTO_SYNC_MAX = 2000
_SAVE_EVERY = 0.5  # seconds between two saves of the manifest during a run
MIN_QUOTES = 3  # fewer quotes than this: a speaker's mean sentiment is flagged uncertain
_SHOWN_ERRORS = 10
_CONNECT_TIMEOUT = "20s"  # to reach an existing Dask scheduler

QUOTE_FIELDS = ["article_id", "start", "end", "text", "speaker", "mention", "mention_start",
                "mention_end", "cue", "cue_start", "cue_end", "kind", "speaker_score", "speaker_source",
                "sentiment", "language"]
_QUOTE_ATTRIBUTES = QUOTE_FIELDS[1:-2]
QUOTE_FIELDS += IDENTITY_FIELDS  # who the speaker is over the corpus: analysis.identity


def quote_rows(article: Article, *, language: str = "auto") -> list[dict]:
    """The quotes of one article as flat dicts (``newsquotes quotes --format jsonl`` records)."""
    return _quote_rows(article, _article_language(article, _language_code(language)))


def _article_language(article: Article, language: str) -> str:
    return resolve_language(article.language if language == "auto" and article.language else language,
                            article.text)


def _quote_rows(article: Article, lang: str, *, resolve: bool = True) -> list[dict]:
    """:func:`quote_rows` in the article's resolved language ``lang``; ``resolve=False`` leaves
    the identity fields None (a corpus run resolves them over all articles at the end)."""
    rows = _sentiment_rows(article, lang, extract_quotes(article.text, lang))
    return annotate_article(rows, article.text, language=lang, resolve=resolve)


def _sentiment_rows(article: Article, lang: str, quotes: list[Quote]) -> list[dict]:
    """The rows of ``article``'s ``quotes``: the Quote's own fields and the quote's sentiment."""
    # the Quote's own fields by name: dataclasses.asdict (Quote.to_dict) deep-copies, and took
    # a twentieth of a corpus run
    return [{"article_id": article.id, **{k: getattr(q, k) for k in _QUOTE_ATTRIBUTES},
             "sentiment": round(polarity(q.text, lang), 4), "language": lang}
            for q in quotes]


# --- tables ------------------------------------------------------------------

_STR, _INT, _FLOAT = "string", "int64", "float64"
ARTICLE_COLUMNS = {"id": _STR, "title": _STR, "date": _STR, "source": _STR, "language": _STR,
                   "characters": _INT, "sentences": _INT, "tokens": _INT, "quotes": _INT,
                   "error": _STR}
QUOTE_COLUMNS = {"article_id": _STR, "start": _INT, "end": _INT, "text": _STR, "speaker": _STR,
                 "mention": _STR, "mention_start": _INT, "mention_end": _INT, "cue": _STR,
                 "cue_start": _INT, "cue_end": _INT, "kind": _STR, "speaker_score": _FLOAT,
                 "speaker_source": _STR, "sentiment": _FLOAT,
                 "language": _STR, "words": _INT, "date": _STR, "source": _STR,
                 **dict.fromkeys(IDENTITY_FIELDS, _STR)}
SPEAKER_COLUMNS = {"speaker": _STR, "articles": _INT, "quotes": _INT, "share": _FLOAT,
                   "words": _INT, "mean": _FLOAT, "low": _FLOAT, "high": _FLOAT,
                   "few_quotes": "bool", "first_date": _STR, "last_date": _STR,
                   "speaker_id": _STR, "speaker_kind": _STR, "speaker_gender": _STR, "gender_evidence": _STR}


def _schema(columns: dict[str, str]) -> pa.Schema:
    import pyarrow as pa

    return pa.schema([(name, pa.type_for_alias(kind)) for name, kind in columns.items()])


def _article_row(record: Article | BadRecord, **values: Any) -> dict[str, Any]:
    row = dict.fromkeys(ARTICLE_COLUMNS)
    if isinstance(record, Article):
        row.update(id=record.id, title=record.title, date=record.date, source=record.source,
                   language=record.language)
    else:  # an unreadable record has no id: name it by place, as analysis.io does a missing id
        stem = Path(record.source).name.split(".", 1)[0]
        row["id"] = record.id or f"{stem}-{record.line}"
    row.update(values)
    return row


# Articles a partition analyses together, one stage after the other over all of them (each
# stage's code, patterns and word tables then stay in the processor's caches: a seventh less
# CPU than each article through all the stages in turn); few enough to hold at once.
_BATCH = 250


class _Analysis:
    """One article on its way through the stages of :func:`_analyse_batch`: what they gave so far."""

    __slots__ = ("article", "lang", "quotes", "rows", "sentences", "row", "error")

    def __init__(self, article: Article) -> None:
        self.article = article
        self.error: Exception | None = None


def _find_language(a: _Analysis, language: str) -> None:
    a.lang = _article_language(a.article, language)


def _find_quotes(a: _Analysis, language: str) -> None:
    a.quotes = extract_quotes(a.article.text, a.lang)


def _score_quotes(a: _Analysis, language: str) -> None:
    a.rows = _sentiment_rows(a.article, a.lang, a.quotes)


def _find_clues(a: _Analysis, language: str) -> None:
    # identities: the final step, over the corpus
    annotate_article(a.rows, a.article.text, language=a.lang, resolve=False)


def _count_quote_words(a: _Analysis, language: str) -> None:
    for row in a.rows:
        row.update(words=len(words(row["text"], a.lang)), date=a.article.date, source=a.article.source)


def _count_sentences(a: _Analysis, language: str) -> None:
    a.sentences = len(sentence_spans(a.article.text, a.lang))


def _count_words(a: _Analysis, language: str) -> None:
    text = a.article.text
    a.row = _article_row(a.article, language=a.lang, characters=len(text), sentences=a.sentences,
                         tokens=len(words(text, a.lang)), quotes=len(a.rows))


# what one article goes through, in this order (the first that fails names the article's error)
_STAGES = (_find_language, _find_quotes, _score_quotes, _find_clues, _count_quote_words, _count_sentences,
           _count_words)


def _analyse_batch(batch: list[Article], language: str) -> list[tuple[dict[str, Any], list[dict[str, Any]]] | Exception]:
    """Each article's row of ``articles`` and its rows of ``quotes``, or the error a stage
    raised on it (the article then goes through no further stage): each stage over the whole
    batch before the next; an article's results are those of its stages in turn, alone."""
    work = [_Analysis(article) for article in batch]
    for stage in _STAGES:
        for a in work:
            if a.error is None:
                try:
                    stage(a, language)
                except Exception as error:  # one article that breaks the engine never sinks the run
                    a.error = error
    return [a.error if a.error is not None else (a.row, a.rows) for a in work]


def _analyse_partition(part: Partition, out: str, language: str) -> dict[str, Any]:
    """Run on a worker: read, analyse and write one partition; return its counts only."""
    started = time.perf_counter()
    articles: list[dict[str, Any]] = []
    quotes: list[dict[str, Any]] = []
    errors: list[tuple[str, str]] = []
    records = read_partition(part)
    while batch := list(islice(records, _BATCH)):
        results = iter(_analyse_batch([r for r in batch if not isinstance(r, BadRecord)], language))
        for record in batch:
            if isinstance(record, BadRecord):
                articles.append(_article_row(record, error=record.error))
            else:
                result = next(results)
                if isinstance(result, Exception):
                    row, rows = _article_row(record, error=f"analysis failed ({type(result).__name__}: {result})"), []
                else:
                    row, rows = result
                articles.append(row)
                quotes.extend(rows)
            if articles[-1]["error"] and len(errors) < _SHOWN_ERRORS:
                errors.append((articles[-1]["id"], articles[-1]["error"]))
    root = Path(out)
    # quotes first: the articles part is written last; the client records both in the manifest
    files = {"quotes": _write(_table(quotes, QUOTE_COLUMNS), root / "quotes", part.index),
             "articles": _write(_table(articles, ARTICLE_COLUMNS), root / "articles", part.index)}
    failed = sum(1 for row in articles if row["error"])
    _freeze_once()
    return {"index": part.index, "size": part.size, "read": len(articles),
            "failed": failed, "quotes": len(quotes), "errors": errors, "files": files,
            "seconds": time.perf_counter() - started}


_frozen = False  # this worker process has frozen what it keeps for its life (_freeze_once)


def _freeze_once() -> None:
    """In a worker process, after its first partition: the lexicons, models and caches it
    loaded, kept for its life, are moved out of the garbage collector's sight
    (``gc.freeze``), which otherwise walks them all at each full collection (a twentieth of
    a partition's time). Never in the caller's own process (``scheduler="sync"``)."""
    global _frozen
    if _frozen or multiprocessing.parent_process() is None:
        return
    _frozen = True
    gc.collect()
    gc.freeze()


def _table(rows: list[dict[str, Any]], columns: dict[str, str]) -> pa.Table:
    import pyarrow as pa

    return pa.table({name: [row[name] for row in rows] for name in columns}, schema=_schema(columns))


def _part_name(index: int) -> str:
    return f"part-{index:06d}.parquet"


def _write(table: pa.Table, folder: Path, index: int) -> list[Any]:
    """Write one part; return its ``[rows, sha256]``, which the manifest keeps."""
    return _write_table(table, folder / _part_name(index))


def _write_table(table: pa.Table, final: Path) -> list[Any]:
    import pyarrow.parquet as pq

    digest: list[str] = []

    def write(path: Path) -> None:
        pq.write_table(table, path)
        digest.append(file_digest(path))

    write_atomically(final, write)
    return [table.num_rows, digest[0]]


def file_digest(path: str | os.PathLike) -> str:
    """SHA-256 of a file's bytes, read 1 MiB at a time."""
    sha = hashlib.sha256()
    with open(path, "rb") as stream:
        while block := stream.read(1 << 20):
            sha.update(block)
    return sha.hexdigest()


def write_atomically(final: str | os.PathLike, write: Callable[[Path], object]) -> None:
    """Write under a temporary name in the same folder (hidden from readers: it starts with
    a dot), then rename: the file is whole or absent, even if the process is killed, and an
    existing file is replaced only when the new one is complete."""
    final = Path(final)
    temporary = final.with_name(f".{final.name}.{os.getpid()}-{uuid.uuid4().hex[:8]}.tmp")
    try:
        write(temporary)
        os.replace(temporary, final)
    finally:
        temporary.unlink(missing_ok=True)



# --- the results folder --------------------------------------------------------


class ResultsError(ValueError):
    """A results folder that cannot be read as it was written: a part file missing, corrupt or
    truncated (the message names the file), or the results of another run."""


class ResultsWarning(UserWarning):
    """A results folder is repaired on the way: a bad part redone, a changed source re-read."""


class ResultsInUse(RuntimeError):
    """Another run holds the lock of the results folder."""


_FULL_HASH_MAX = 64 << 20  # larger files are fingerprinted from samples
_SAMPLE_BLOCK = 1 << 20
_SAMPLES = 17  # blocks spread evenly over a large file: the first, the middle and the last included


def source_fingerprint(path: str | os.PathLike) -> str:
    """A fingerprint of a source file's content: the SHA-256 of its bytes up to 64 MiB;
    beyond, of its size, modification time and 17 blocks of 1 MiB spread over it (reading a
    100 GB corpus whole at every resume would cost more than the run)."""
    stat = os.stat(path)
    if stat.st_size <= _FULL_HASH_MAX:
        return "sha256:" + file_digest(path)
    sha = hashlib.sha256(f"{stat.st_size}|{stat.st_mtime_ns}".encode())
    with open(path, "rb") as stream:
        for i in range(_SAMPLES):
            stream.seek((stat.st_size - _SAMPLE_BLOCK) * i // (_SAMPLES - 1))
            sha.update(stream.read(_SAMPLE_BLOCK))
    return "sampled-sha256:" + sha.hexdigest()


def _manifest(plan: Plan, *, partition_size: int, language: str) -> dict[str, Any]:
    inputs = [[file, size, source_fingerprint(file)] for file, size in plan.inputs]
    return {"format": _FORMAT, "source": plan.source, "inputs": inputs,
            "partition_size": partition_size, "language": language}


def _read_manifest(out: Path) -> dict[str, Any] | None:
    path = out / _MANIFEST
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError, ValueError) as error:
        raise ResultsError(f"{path}: cannot read the results manifest ({error}); remove the folder or choose "
                           "another --out") from None
    if not isinstance(manifest, dict):
        raise ResultsError(f"{path}: not a newsquotes results manifest")
    return manifest


def _write_manifest(out: Path, manifest: dict[str, Any]) -> None:
    text = json.dumps(manifest, indent=1, ensure_ascii=False)
    write_atomically(out / _MANIFEST, lambda path: path.write_text(text, encoding="utf-8"))


def _part_problem(path: Path, record: Any) -> str | None:
    """What is wrong with a part file given its manifest record ``[rows, sha256]``; None if whole."""
    if not path.is_file():
        return "is missing"
    try:
        digest = file_digest(path)
    except OSError as error:
        return f"cannot be read ({error.strerror or error})"
    if not (isinstance(record, list) and len(record) == 2 and digest == record[1]):
        return "is corrupt or truncated (its checksum differs from the one in the manifest)"
    return None


def _verify_parts(out: Path, parts: dict[int, dict[str, Any]]) -> dict[int, dict[str, Any]]:
    """The recorded partitions whose parts are whole; the others, and part files no manifest
    records (a run killed between writing and recording), are removed to be redone."""
    good: dict[int, dict[str, Any]] = {}
    for index, files in sorted(parts.items()):
        problems = [f"{out / table / _part_name(index)} {problem}" for table in ("articles", "quotes")
                    if (problem := _part_problem(out / table / _part_name(index), files.get(table)))]
        if problems:
            warnings.warn(f"redoing partition {index}: {'; '.join(problems)}", ResultsWarning, stacklevel=3)
        else:
            good[index] = files
    for table in ("articles", "quotes"):
        for path in (out / table).glob("part-*.parquet"):
            if (m := _PART.match(path.name)) and int(m.group(1)) not in good:
                path.unlink(missing_ok=True)
    return good


def _clear(out: Path) -> None:
    for table in _TABLES:
        for path in (out / table).glob("*.parquet"):
            path.unlink(missing_ok=True)


def _describe_change(previous: list[Any], current: list[Any]) -> str:
    old = {entry[0]: entry[1:] for entry in previous if isinstance(entry, list) and entry}
    new = {entry[0]: entry[1:] for entry in current}
    changed = [f for f in new if f in old and old[f] != new[f]]
    added, removed = [f for f in new if f not in old], [f for f in old if f not in new]
    parts = ([f"{changed[0]} changed"] if changed else []) + ([f"{added[0]} added"] if added else []) \
        + ([f"{removed[0]} removed"] if removed else [])
    more = len(changed) + len(added) + len(removed) - len(parts)
    return ", ".join(parts) + (f" and {more} more" if more > 0 else "")


def _prepare(out: Path, manifest: dict[str, Any]) -> tuple[dict[int, dict[str, Any]], Any]:
    """Create or resume the results folder; return the partitions already finished, with the
    rows and checksums of their parts (each checked again here), and the speakers table's
    record when it is still true to them."""
    previous = _read_manifest(out)
    if previous is None and out.exists() and any(p.name != _LOCK for p in out.iterdir()):
        raise ValueError(f"{out} is not empty and holds no newsquotes results; "
                         "choose a new or empty folder for --out")
    parts: dict[int, dict[str, Any]] = {}
    speakers = None
    if previous is not None:
        keys = ("format", "source", "partition_size", "language")
        changed = [k for k in keys if previous.get(k) != manifest[k]]
        if changed:
            details = [f"{k} was {previous.get(k)!r}, now {manifest[k]!r}" for k in changed]
            raise ResultsError(f"{out} holds the results of another run ({'; '.join(details)}); "
                               "remove it or choose another folder for --out")
        if previous.get("inputs") != manifest["inputs"]:
            # the source was edited: old and new articles must never mix
            warnings.warn(f"{out}: the source changed since these results were written "
                          f"({_describe_change(previous.get('inputs') or [], manifest['inputs'])}); "
                          "analysing it afresh", ResultsWarning, stacklevel=3)
            _clear(out)
        else:
            try:
                parts = {int(k): v for k, v in (previous.get("parts") or {}).items() if isinstance(v, dict)}
                speakers = previous.get("speakers")
            except (AttributeError, ValueError):
                parts = {}
    for folder in (out, *(out / table for table in _TABLES)):
        folder.mkdir(parents=True, exist_ok=True)
        for stale in folder.glob(".*.tmp"):  # left by a run that was killed
            stale.unlink(missing_ok=True)
    good = _verify_parts(out, parts)
    speakers_file = out / "speakers" / _SPEAKERS_FILE
    if len(good) < len(parts) or (speakers is not None and _part_problem(speakers_file, speakers)):
        speakers = None
    if speakers is None:  # the speakers table must never count articles the tables do not hold
        speakers_file.unlink(missing_ok=True)
    _write_manifest(out, {**manifest, "complete": False, "parts": _parts_record(good), "speakers": speakers})
    return good, speakers


def _parts_record(parts: dict[int, dict[str, Any]]) -> dict[str, Any]:
    return {str(index): parts[index] for index in sorted(parts)}


class _lock:
    """An exclusive lock on a results folder: a file created with O_EXCL holding the pid of
    its run. A lock whose process is gone (killed) is stale and taken over."""

    def __init__(self, out: Path) -> None:
        self.path = out / _LOCK
        self.held = False

    def __enter__(self) -> _lock:
        import socket

        owner = {"pid": os.getpid(), "host": socket.gethostname(), "started": time.time()}
        for _ in range(3):
            try:
                fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
            except FileExistsError:
                holder = self._holder()
                if holder is not None:
                    raise ResultsInUse(f"{self.path.parent} is in use by another newsquotes run ({holder}); "
                                       f"wait for it to finish, or remove {self.path} if no run is going on") from None
                self.path.unlink(missing_ok=True)  # stale: its run was killed
                continue
            with os.fdopen(fd, "w", encoding="utf-8") as stream:
                json.dump(owner, stream)
            self.held = True
            return self
        raise ResultsInUse(f"cannot take the lock {self.path}; remove it if no run is going on")

    def _holder(self) -> str | None:
        """Who holds the lock, or None when it is stale."""
        import socket

        try:
            text = self.path.read_text(encoding="utf-8")
            age = time.time() - self.path.stat().st_mtime
        except FileNotFoundError:
            return None
        try:
            holder = json.loads(text)
            pid, host = int(holder["pid"]), str(holder["host"])
        except (ValueError, KeyError, TypeError):
            return "starting" if age < 10 else None  # being written, or torn by a kill
        if host != socket.gethostname():
            return f"pid {pid} on {host}"  # cannot tell whether it still runs
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return None
        except PermissionError:
            pass
        return f"pid {pid}"

    def __exit__(self, *exc: object) -> None:
        if self.held:
            self.path.unlink(missing_ok=True)
            self.held = False


def _read_table(files: list[Path], columns: dict[str, str], names: list[str] | None = None) -> pa.Table:
    import pyarrow.dataset as ds

    schema = _schema(columns)
    if not files:
        table = schema.empty_table()
        return table.select(names) if names else table
    return ds.dataset([str(f) for f in files], schema=schema, format="parquet").to_table(columns=names)


def parse_dates(values: Iterable[Any]) -> pd.Series:
    """Dates of the ``date`` columns as pandas timestamps (ISO 8601; anything else is NaT)."""
    import pandas as pd

    series = pd.Series(values, dtype="string") if not isinstance(values, pd.Series) else values.astype("string")
    parsed = pd.to_datetime(series, errors="coerce", format="ISO8601", utc=True)
    return parsed.dt.tz_localize(None)


def _speaker_table(quotes: pa.Table, evidence: dict[str, str] | None = None) -> pa.Table:
    """Speakers over the whole corpus (one row an identity: ``speaker`` is its display
    name), most quoted first; unknown speakers are one row, :data:`~analysis.quotes.UNATTRIBUTED`.
    ``evidence``: speaker_id -> why its gender."""
    from concurrent.futures import ThreadPoolExecutor

    import pandas as pd
    import pyarrow as pa

    from analysis.bootstrap import bootstrap_intervals

    if quotes.num_rows == 0:
        return _schema(SPEAKER_COLUMNS).empty_table()
    frame = quotes.to_pandas()
    frame["speaker"] = frame["speaker_name"].fillna(frame["speaker"]).fillna(UNATTRIBUTED)
    frame["day"] = parse_dates(frame["date"])
    codes, names = pd.factorize(frame["speaker_id"].fillna(frame["speaker"]))
    frame["code"] = codes
    with ThreadPoolExecutor(1, thread_name_prefix="newsquotes-bootstrap") as pool:
        # all speakers at once, each as bootstrap_interval(its scores) gives it; NumPy releases
        # the GIL, so they are drawn on another core while pandas sums the rest
        intervals = pool.submit(bootstrap_intervals, frame["sentiment"].to_numpy(dtype=float), codes,
                                groups=len(names))
        table = frame.groupby("code").agg(articles=("article_id", "nunique"), quotes=("sentiment", "size"),
                                          words=("words", "sum"), mean=("sentiment", "mean"),
                                          first=("day", "min"), last=("day", "max"), speaker=("speaker", "first"),
                                          speaker_id=("speaker_id", "first"), speaker_kind=("speaker_kind", "first"),
                                          speaker_gender=("speaker_gender", "first"))
        table["gender_evidence"] = table["speaker_id"].map(evidence or {})
        table["share"] = table["quotes"] / table["quotes"].sum()
        table["few_quotes"] = table["quotes"] < MIN_QUOTES
        for end in ("first", "last"):
            table[f"{end}_date"] = table[end].dt.strftime("%Y-%m-%d").astype(object).where(table[end].notna(), None)
        table["low"], table["high"] = intervals.result()
    table = table.sort_values(["quotes", "speaker"], ascending=[False, True], kind="stable")
    table = pd.DataFrame({name: table[name].astype(object).where(table[name].notna(), None).tolist()
                          for name in SPEAKER_COLUMNS})
    return pa.Table.from_pandas(table, schema=_schema(SPEAKER_COLUMNS), preserve_index=False)


def _make_ids_unique(out: Path, parts: dict[int, dict[str, Any]]) -> None:
    """Duplicate article ids, over the whole corpus, made unique as :class:`~analysis.io.UniqueIds`
    does (``"<id>~2"``…), with a warning: the partitions holding a renamed article are rewritten,
    its quotes found by the ``quotes`` count of each article row (rows are in article order)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from analysis.io import UniqueIds

    unique = UniqueIds()
    renames: dict[int, list[str]] = {}
    for index in sorted(parts):
        ids = pq.read_table(out / "articles" / _part_name(index), columns=["id"])["id"].to_pylist()
        new = [unique(i) for i in ids]
        if new != ids:
            renames[index] = new
    for index, ids in renames.items():
        articles = pq.read_table(out / "articles" / _part_name(index), schema=_schema(ARTICLE_COLUMNS))
        quotes = pq.read_table(out / "quotes" / _part_name(index), schema=_schema(QUOTE_COLUMNS))
        counts = [n or 0 for n in articles["quotes"].to_pylist()]
        quote_ids = [i for i, n in zip(ids, counts) for _ in range(n)]
        if len(quote_ids) != quotes.num_rows:  # cannot happen: rows are written in article order
            raise ResultsError(f"{out / 'quotes' / _part_name(index)}: quotes do not match their articles")
        articles = articles.set_column(0, "id", pa.array(ids, pa.string()))
        quotes = quotes.set_column(0, "article_id", pa.array(quote_ids, pa.string()))
        parts[index] = {"quotes": _write(quotes, out / "quotes", index),
                        "articles": _write(articles, out / "articles", index)}
    if message := unique.message():
        warnings.warn(message, ResultsWarning, stacklevel=3)


def _write_speakers(out: Path, parts: dict[int, dict[str, Any]], shares: _Shares | None = None) -> list[Any]:
    """The final step, over the partitions the manifest records (``parts``): the speakers'
    identities (:func:`_identities`, from the ``shares`` gathered as partitions finished)
    written into each quotes part (``parts`` gets their new rows and checksums), and the
    speakers table, which never counts an article that the articles table does not hold.
    Returns the table's ``[rows, sha256]``.

    The parts are rewritten in a thread while this one makes the speakers table: Parquet,
    Arrow and hashing release the GIL, so the final step uses a second core."""
    from concurrent.futures import ThreadPoolExecutor

    files = {index: out / "quotes" / _part_name(index) for index in sorted(parts)}
    quotes = _read_table(list(files.values()), QUOTE_COLUMNS, ["article_id", "speaker", "words", "sentiment", "date"])
    identities = _identities(parts, shares or _Shares(out))
    quotes = identities.add_to(quotes)
    with ThreadPoolExecutor(1, thread_name_prefix="newsquotes-identities") as pool:
        rewritten = pool.submit(_write_identities, out, parts, files, quotes)
        table = _speaker_table(quotes, identities.evidence)
        rewritten.result()
    return _write_table(table, out / "speakers" / _SPEAKERS_FILE)


class _Identities:
    """Speakers' identities over the corpus as columns: one row a place (article, speaker),
    found for each quote by its key in Arrow (a lookup a row in Python took as long as the
    rest of the rewrite); a quote without a speaker finds none."""

    FIELDS = (("speaker_id", "speaker_id"), ("speaker_name", "name"), ("speaker_kind", "kind"),
              ("speaker_gender", "gender"))

    def __init__(self, keys: pa.Array, identities: list[Any], index: list[int]) -> None:
        """``keys``: the places' keys (:func:`_place_keys`); ``identities``: the distinct
        identities; ``index``: for each place, its identity's place in ``identities``."""
        import pyarrow as pa

        self.keys = keys
        at = pa.array(index, pa.int64())
        # each field once an identity, then taken for each place
        self.columns = {name: pa.array([getattr(w, attribute) for w in identities], pa.string()).take(at)
                        for name, attribute in self.FIELDS}
        #: speaker_id -> the evidence for its gender (several identities may share an id: the
        #: last place's, as when the places were read one by one)
        self.evidence = {}
        for i in index:
            self.evidence[identities[i].speaker_id] = identities[i].evidence

    def add_to(self, table: pa.Table) -> pa.Table:
        """``table`` (with ``article_id`` and ``speaker``) with the identity columns set or added."""
        import pyarrow.compute as pc

        at = pc.index_in(_place_keys(table["article_id"], table["speaker"]), value_set=self.keys, skip_nulls=True)
        for name, values in self.columns.items():
            i = table.schema.get_field_index(name)
            table = table.set_column(i, name, values.take(at)) if i >= 0 else table.append_column(name, values.take(at))
        return table


def _identities(parts: dict[int, dict[str, Any]], shares: _Shares) -> _Identities:
    """The speakers' identities over all the quotes of ``parts``: each partition's places as
    ``shares`` gathered them, joined here over the whole corpus (never per partition, so any
    scheduler gives the same ids)."""
    from analysis.identity import resolve_shares

    gathered = [shares.get(index, files["quotes"]) for index, files in sorted(parts.items())]
    identities, index = resolve_shares([share for share, _ in gathered])
    keys = [k for _, k in gathered if len(k)]
    return _Identities(_concat_keys(keys), identities, index)


class _Shares:
    """Each partition's places (:func:`~analysis.identity.gather_places`), gathered from its
    quotes part when it is written, while the workers analyse the next ones: the final step
    only joins them. A partition whose part changed since (renamed ids), or was written by an
    earlier run, is gathered again from its part when asked."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self.gathered: dict[int, tuple[Any, Any, Any]] = {}  # index -> (part's [rows, sha256], share, keys)

    def add(self, index: int, record: Any) -> None:
        """Gather partition ``index`` now, its quotes part being the one of ``record``; never
        fails a run (the final step gathers it again and reports what is wrong)."""
        try:
            self.gathered[index] = (record, *self._gather(index))
        except Exception:  # noqa: BLE001 - the final step reads the part again and raises
            self.gathered.pop(index, None)

    def get(self, index: int, record: Any) -> tuple[Any, Any]:
        """The share and place keys of partition ``index``, whose quotes part is ``record``."""
        found = self.gathered.pop(index, None)
        if found is not None and found[0] == record:
            return found[1], found[2]
        return self._gather(index)

    def _gather(self, index: int) -> tuple[Any, Any]:
        from analysis.identity import gather_places

        quotes = _read_table([self.out / "quotes" / _part_name(index)], QUOTE_COLUMNS,
                             ["article_id", "speaker", "speaker_clues", "language"])
        places = _speakers_of_articles(quotes)
        articles = places["article_id"]
        columns = [articles.to_pylist(), places["speaker"].to_pylist(), places["speaker_clues"].to_pylist(),
                   [None] * places.num_rows, places["language"].to_pylist(), places["quotes"].to_pylist()]
        return gather_places(zip(*columns)), _place_keys(articles, places["speaker"]).combine_chunks()


def _concat_keys(arrays: list[Any]) -> Any:
    """The place keys of all partitions, in order."""
    import pyarrow as pa

    return pa.concat_arrays(arrays) if arrays else pa.array([], pa.string())


def _write_identities(out: Path, parts: dict[int, dict[str, Any]], files: dict[int, Path], quotes: pa.Table) -> None:
    """Every part of ``quotes`` rewritten with the identity columns of ``quotes``, the rows of
    ``files`` in order (each part takes the next rows: one lookup of the places for the whole
    corpus, not one a part); their new ``[rows, sha256]`` go into ``parts``."""
    import pyarrow.parquet as pq

    start = 0
    for index, path in files.items():
        table = pq.read_table(path, schema=_schema(QUOTE_COLUMNS))
        rows = quotes.slice(start, table.num_rows)
        start += table.num_rows
        if not rows["article_id"].equals(table["article_id"]):  # cannot happen: the same files, read in order
            raise ResultsError(f"{path}: its quotes are not those read for the speakers' identities")
        for name, _ in _Identities.FIELDS:
            table = table.set_column(table.schema.get_field_index(name), name, rows[name].combine_chunks())
        parts[index] = {**parts[index], "quotes": _write(table, out / "quotes", index)}


def _speakers_of_articles(quotes: pa.Table) -> pa.Table:
    """One row a speaker of an article (its clues and language are those of each of its
    quotes) with its number of ``quotes``, in the order of first quotes: the places
    :func:`~analysis.identity.gather_places` reads, in half as many rows as quotes."""
    import pyarrow.compute as pc

    table = quotes.select(["article_id", "speaker", "speaker_clues", "language"])
    table = table.filter(pc.fill_null(pc.not_equal(table["speaker"], ""), False))  # quotes without a speaker
    first = pc.ScalarAggregateOptions(skip_nulls=False)  # the first row's value, null or not
    # use_threads=False: groups in the order of their first row, and "first" is well defined
    grouped = table.group_by(["article_id", "speaker"], use_threads=False).aggregate(
        [("speaker_clues", "first", first), ("language", "first", first), ("speaker", "count")])
    names = {"article_id": "article_id", "speaker": "speaker", "speaker_clues_first": "speaker_clues",
             "language_first": "language", "speaker_count": "quotes"}
    return grouped.select(list(names)).rename_columns(list(names.values()))


def _place_keys(articles: pa.ChunkedArray, speakers: pa.ChunkedArray) -> pa.ChunkedArray:
    """Each row's place key, unambiguous whatever characters the id holds
    (``<length of id>:<id><speaker>``); null where the speaker is null or empty."""
    import pyarrow as pa
    import pyarrow.compute as pc

    speakers = pc.if_else(pc.equal(speakers, ""), pa.scalar(None, pa.string()), speakers)
    lengths = pc.cast(pc.utf8_length(articles), pa.string())
    return pc.binary_join_element_wise(lengths, pa.scalar(":"), articles, speakers, "")


class CorpusResults(NamedTuple):
    """The three tables of a results folder, as pandas DataFrames."""

    articles: pd.DataFrame
    quotes: pd.DataFrame
    speakers: pd.DataFrame


def _is_results(path: Path) -> bool:
    return (path / _MANIFEST).is_file()


def load_results(out: str | os.PathLike) -> CorpusResults:
    """Read the ``articles``, ``quotes`` and ``speakers`` tables written by :func:`analyze_corpus`.

    Count columns are nullable integers (``Int64``): a failed article has no counts.
    Warns when the run that wrote ``out`` did not finish.
    """
    import pandas as pd
    import pyarrow as pa

    out = Path(out).expanduser()
    manifest = _read_manifest(out)
    if manifest is None:
        raise FileNotFoundError(f"{out}: no newsquotes results here (run `newsquotes corpus SOURCE --out {out}`)")
    if not manifest.get("complete"):
        warnings.warn(f"{out}: the run that wrote these results did not finish; run it again to "
                      "complete them", UserWarning, stacklevel=2)
    files = _checked_files(out, manifest)
    tables = [_read_table(files["articles"], ARTICLE_COLUMNS),
              _read_table(files["quotes"], QUOTE_COLUMNS),
              _read_table(files["speakers"], SPEAKER_COLUMNS)]
    if isinstance(manifest.get("parts"), dict):  # the row counts too (the checksums already vouch for them)
        for name, table in zip(("articles", "quotes"), tables):
            expected = sum(p[name][0] for p in manifest["parts"].values())
            if table.num_rows != expected:
                raise ResultsError(f"{out / name}: {table.num_rows:,} rows where the manifest records "
                                   f"{expected:,}; run the same `newsquotes corpus` command again")
    mapper = {pa.int64(): pd.Int64Dtype()}.get
    return CorpusResults(*(t.to_pandas(types_mapper=mapper) for t in tables))


def verify_results(out: str | os.PathLike) -> None:
    """Check every part file of a results folder against the rows and checksum its manifest
    records; :class:`ResultsError` names the first missing, corrupt or truncated file."""
    out = Path(out).expanduser()
    manifest = _read_manifest(out)
    if manifest is None:
        raise FileNotFoundError(f"{out}: no newsquotes results here (run `newsquotes corpus SOURCE --out {out}`)")
    _checked_files(out, manifest)


def load_speakers(out: str | os.PathLike) -> pd.DataFrame:
    """The ``speakers`` table of a results folder alone (checked against the manifest)."""
    import pandas as pd
    import pyarrow as pa

    out = Path(out).expanduser()
    manifest = _read_manifest(out)
    if manifest is None:
        raise FileNotFoundError(f"{out}: no newsquotes results here (run `newsquotes corpus SOURCE --out {out}`)")
    speakers = out / "speakers" / _SPEAKERS_FILE
    files = [speakers] if manifest.get("format") == 1 and speakers.is_file() else []  # older: unchecked
    if manifest.get("speakers") is not None:
        if problem := _part_problem(speakers, manifest["speakers"]):
            raise ResultsError(f"{speakers} {problem}; run the same `newsquotes corpus` command again to redo it")
        files.append(speakers)
    return _read_table(files, SPEAKER_COLUMNS).to_pandas(types_mapper={pa.int64(): pd.Int64Dtype()}.get)


def _checked_files(out: Path, manifest: dict[str, Any]) -> dict[str, list[Path]]:
    """The part files the manifest records, each checked against its row count and checksum;
    :class:`ResultsError` names the first missing, corrupt or truncated one."""
    speakers = out / "speakers" / _SPEAKERS_FILE
    if manifest.get("format") == 1:  # before checksums: read as written, unchecked
        warnings.warn(f"{out}: results of an older newsquotes, without checksums: not verified",
                      ResultsWarning, stacklevel=3)
        found = {table: sorted((out / table).glob("part-*.parquet")) for table in ("articles", "quotes")}
        return {**found, "speakers": [speakers] if speakers.is_file() else []}
    if manifest.get("format") != _FORMAT or not isinstance(manifest.get("parts"), dict):
        raise ResultsError(f"{out}: results written by another version of newsquotes (format "
                           f"{manifest.get('format')!r}); run `newsquotes corpus` again into a new folder")
    rerun = "; run the same `newsquotes corpus` command again to redo it"
    files: dict[str, list[Path]] = {"articles": [], "quotes": [], "speakers": []}
    for key, record in sorted(manifest["parts"].items(), key=lambda item: int(item[0])):
        for table in ("articles", "quotes"):
            path = out / table / _part_name(int(key))
            if problem := _part_problem(path, record.get(table) if isinstance(record, dict) else None):
                raise ResultsError(f"{path} {problem}{rerun}")
            files[table].append(path)
    if manifest.get("speakers") is not None:
        if problem := _part_problem(speakers, manifest["speakers"]):
            raise ResultsError(f"{speakers} {problem}{rerun}")
        files["speakers"].append(speakers)
    return files


# --- running -------------------------------------------------------------------


@dataclass(frozen=True)
class CorpusSummary:
    """What one :func:`analyze_corpus` run did (finished partitions of an earlier run excluded)."""

    out: Path
    read: int  # records read: articles and bad records
    analysed: int
    failed: int  # bad records and articles the analysis failed on: rows of articles with an error
    quotes: int
    seconds: float
    partitions: int  # partitions run
    resumed: int  # partitions an earlier run had finished, skipped
    scheduler: str
    task_seconds: float  # time spent inside partition tasks, all workers together
    errors: tuple[tuple[str, str], ...] = ()  # (article id, error) of the first failures
    failed_partitions: tuple[str, ...] = ()  # partitions whose task failed: run again to retry

    @property
    def articles_per_second(self) -> float:
        return self.read / self.seconds if self.seconds > 0 else 0.0

    def __str__(self) -> str:
        text = (f"{self.read:,} articles read, {self.analysed:,} analysed, {self.failed:,} failed, "
                f"{self.quotes:,} quotes in {self.seconds:.1f} s ({self.articles_per_second:,.0f} articles/s, "
                f"{self.scheduler})")
        if self.resumed:
            text += (f"; {self.resumed:,} partitions finished earlier were skipped" if self.resumed > 1
                     else "; 1 partition finished earlier was skipped")
        return text


def _one_line(error: BaseException) -> str:
    """An exception as one line: its type and its message's first line."""
    message = str(error).strip().splitlines()
    return f"{type(error).__name__}: {message[0]}" if message else type(error).__name__


def _language_code(language: Any) -> str:
    """Language codes in any case and with spaces around ("FR" is "fr"), or "auto"."""
    return language_code(language, auto=True)


def _check_options(language: str, partition_size: int, workers: int | None) -> None:
    if not isinstance(partition_size, int) or isinstance(partition_size, bool) or partition_size < 1:
        raise ValueError(f"partition_size must be a positive integer; got {partition_size!r}")
    if workers is not None and (not isinstance(workers, int) or isinstance(workers, bool) or workers < 1):
        raise ValueError(f"workers must be a positive integer or None; got {workers!r}")


def _scheduler_kind(scheduler: Any) -> str:
    """The kind of ``scheduler``: auto, sync, processes, local, address or client."""
    if scheduler is None or scheduler in _SCHEDULERS:
        return scheduler or "auto"
    if isinstance(scheduler, str) and ("://" in scheduler or re.match(r"^[\w.\-]+:\d+$", scheduler.strip())):
        return "address"
    if type(scheduler).__name__ == "Client" and hasattr(scheduler, "submit"):
        return "client"
    raise ValueError("scheduler must be 'sync', 'processes', 'local', a Dask scheduler address such as "
                     f"'tcp://host:8786', or a distributed.Client; got {scheduler!r}")


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # macOS, Windows
        return os.cpu_count() or 1


def _results_name(source: Path, parent: str | os.PathLike) -> Path:
    return Path(parent) / f"{source.name.split('.', 1)[0] or 'corpus'}-results"


def _source_path(source: str | os.PathLike) -> Path:
    """``"example"`` names the shipped Wikinews corpus unless a file of that name exists."""
    path = Path(source).expanduser()
    if str(source) == "example" and not path.exists():
        return EXAMPLE_CORPUS
    return path


def analyze_corpus(
    source: str | os.PathLike,
    out: str | os.PathLike | None = None,
    *,
    language: LanguageOption = "auto",
    scheduler: SchedulerName | str | Any | None = None,
    workers: int | None = None,
    partition_size: int = 1000,
    progress: bool = True,
) -> CorpusSummary:
    """Analyse every article of ``source`` and write the results as Parquet under ``out``
    (default: ``reports/<name>-results``).

    ``source``: a JSONL corpus (``.jsonl``, ``.jsonl.gz``; fields id, text, optional
    language, title, date, source), a CSV or Parquet file with those columns, a ``.txt``
    article, a folder of such files, or ``"example"`` (the shipped Wikinews corpus).

    ``scheduler``: ``None`` runs small corpora (under :data:`AUTO_SYNC_MAX` articles) in
    this process and larger ones on ``"local"``; ``"sync"`` is this process; ``"local"``
    a ``distributed.LocalCluster`` of ``workers`` processes (default: one a core);
    ``"processes"`` Dask's multiprocessing scheduler; an address (``"tcp://host:8786"``) or
    a ``distributed.Client`` an existing cluster, whose workers must see ``source`` and
    ``out`` at the same paths. ``partition_size`` is the number of articles a task reads.

    Run again on the same ``out`` after an interruption: finished partitions are skipped.
    Bad records become rows of ``articles`` with an ``error``; a partition whose task
    fails is reported in :attr:`CorpusSummary.failed_partitions` and retried next run.
    """
    language = _language_code(language)
    _check_options(language, partition_size, workers)
    kind = _scheduler_kind(scheduler)
    started = time.perf_counter()
    path = _source_path(source)
    plan = plan_partitions(path, size=partition_size)
    if plan.total == 0:
        raise InputError(f"{path}: holds no article (empty)")
    out = Path(out if out is not None else _results_name(path, "reports")).expanduser().resolve()
    manifest = _manifest(plan, partition_size=partition_size, language=language)
    _check_out(out)
    with _lock(out):
        return _run(plan, out, manifest, kind, scheduler, workers, language, progress, started)


def _check_out(out: Path) -> None:
    """A clear error, before any work, for an --out that cannot be a results folder."""
    if out.exists() and not out.is_dir():
        raise ResultsError(f"{out} is a file; --out must be a folder (new, empty, or of an earlier run)")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OSError(error.errno, f"cannot create the results folder ({error.strerror})", str(out)) from None
    if not os.access(out, os.W_OK | os.X_OK):
        raise PermissionError(13, "cannot write in the results folder (permission denied)", str(out))


def _run(plan: Plan, out: Path, manifest: dict[str, Any], kind: str, scheduler: Any, workers: int | None,
         language: str, progress: bool, started: float) -> CorpusSummary:
    parts_done, speakers = _prepare(out, manifest)
    done = set(parts_done)
    if kind == "auto":
        # a gzip corpus hides its size: ~1 KiB compressed an article
        small = (plan.total <= AUTO_SYNC_MAX if plan.total is not None
                 else sum(size for _, size in plan.inputs) <= AUTO_SYNC_MAX << 10)
        kind = "sync" if small or _cores() < 2 else "local"

    parts = plan.partitions(skip=done)
    results: list[dict[str, Any]] = []
    failures: list[str] = []
    recorded = dict(parts_done)
    shares = _Shares(out)  # the final step's first half, done as partitions finish
    saved = time.monotonic()
    bar = _progress_bar(plan, done, enabled=progress)
    with _runner(kind, scheduler, workers) as (run, name):
        try:
            for part, result in run(parts, _analyse_partition, str(out), language):
                if isinstance(result, BaseException):
                    failures.append(f"partition {part.index} ({part.path}, line {part.line}): "
                                    f"{_one_line(result)}")
                else:
                    results.append(result)
                    recorded[part.index] = result["files"]
                    if speakers is not None:  # the speakers table no longer covers every part
                        speakers = None
                        _write_manifest(out, {**manifest, "complete": False, "parts": _parts_record(recorded),
                                              "speakers": None})
                        (out / "speakers" / _SPEAKERS_FILE).unlink(missing_ok=True)
                    elif time.monotonic() - saved > _SAVE_EVERY:  # a kill loses at most this much work
                        _write_manifest(out, {**manifest, "complete": False, "parts": _parts_record(recorded),
                                              "speakers": speakers})
                        saved = time.monotonic()
                    shares.add(part.index, result["files"]["quotes"])
                if bar is not None:
                    bar.update(part.size)
        finally:
            if bar is not None:
                bar.close()
            # what finished is recorded, even when interrupted
            _write_manifest(out, {**manifest, "complete": False, "parts": _parts_record(recorded),
                                  "speakers": speakers})
    _make_ids_unique(out, recorded)
    speakers = _write_speakers(out, recorded, shares)
    _write_manifest(out, {**manifest, "complete": not failures, "parts": _parts_record(recorded),
                          "speakers": speakers})
    read = sum(r["read"] for r in results)
    failed = sum(r["failed"] for r in results)
    return CorpusSummary(
        out=out, read=read, analysed=read - failed, failed=failed,
        quotes=sum(r["quotes"] for r in results), seconds=time.perf_counter() - started,
        partitions=len(results) + len(failures), resumed=len(done), scheduler=name,
        task_seconds=sum(r["seconds"] for r in results),
        errors=tuple(e for r in sorted(results, key=lambda r: r["index"]) for e in r["errors"])[:_SHOWN_ERRORS],
        failed_partitions=tuple(failures),
    )


def _in_notebook() -> bool:
    shell = sys.modules.get("IPython") and sys.modules["IPython"].get_ipython()
    return type(shell).__name__ == "ZMQInteractiveShell"


def _progress_bar(plan: Plan, done: set[int], *, enabled: bool):
    if not enabled:
        return None
    from tqdm import tqdm

    # on a terminal or in a notebook (a text bar: no ipywidgets needed); hidden in logs
    return tqdm(total=plan.total, initial=plan.size_of(done), unit=" articles", file=sys.stderr,
                disable=False if _in_notebook() else None, smoothing=0.1, dynamic_ncols=True)


class _runner:
    """A context giving ``run(parts, task, *args)``, which yields ``(part, result or exception)``
    as partitions finish, and the scheduler's name for the summary."""

    def __init__(self, kind: str, scheduler: Any, workers: int | None) -> None:
        self.kind, self.scheduler, self.workers = kind, scheduler, workers
        self.cleanup: list[Any] = []

    def __enter__(self):
        if self.kind == "sync":
            return _run_sync, "single process"
        if self.kind == "processes":
            n = self.workers or _cores()
            name = f"{n} processes" if n > 1 else "1 process"
            return (lambda parts, task, *args: _run_processes(parts, task, args, n)), name
        client = self._client()
        n = len(client.nthreads())
        name = "local cluster" if self.kind == "local" else f"Dask cluster at {client.scheduler.address}"
        return (lambda parts, task, *args: _run_distributed(client, parts, task, args)), f"{name}, {n} workers"

    def _client(self):
        import logging

        from distributed import Client, LocalCluster

        if self.kind == "client":
            return self.scheduler
        if self.kind == "local":
            with _children_ignore_sigint():
                cluster = LocalCluster(n_workers=self.workers or _cores(), threads_per_worker=1,
                                       processes=True, dashboard_address=":0",
                                       # failures reach the command through the futures; the scheduler's own
                                       # log lines (a gather cut short by Ctrl-C) would break one-line errors
                                       silence_logs=logging.CRITICAL)
            self.cleanup.append(cluster)
            client = Client(cluster)
        else:
            try:
                client = Client(self.scheduler.strip(), timeout=_CONNECT_TIMEOUT)
            except (OSError, TimeoutError) as error:
                raise ConnectionError(f"cannot reach the Dask scheduler at {self.scheduler!r} ({error})") from None
        self.cleanup.insert(0, client)
        return client

    def __exit__(self, *exc: object) -> None:
        for resource in self.cleanup:
            resource.close()


def _run_sync(parts: Iterable[Partition], task, *args) -> Iterator[tuple[Partition, Any]]:
    for part in parts:
        try:
            yield part, task(part, *args)
        except Exception as error:  # the partition is retried by the next run
            yield part, error


def _run_distributed(client, parts: Iterable[Partition], task, args) -> Iterator[tuple[Partition, Any]]:
    """A bounded window of tasks in flight: memory stays flat whatever the corpus size."""
    from distributed import as_completed

    parts = iter(parts)
    window = 2 * max(1, sum(client.nthreads().values()))
    pending: dict[str, Partition] = {}

    def submit(part: Partition):
        future = client.submit(task, part, *args, key=f"newsquotes-part-{part.index}-{uuid.uuid4().hex[:8]}",
                               retries=1, pure=False)
        pending[future.key] = part
        return future

    running = as_completed([submit(p) for p in islice(parts, window)])
    for future in running:
        part = pending.pop(future.key)
        try:
            yield part, future.result()
        except Exception as error:  # a worker died twice, or the task raised
            yield part, error
        future.release()
        following = next(parts, None)
        if following is not None:
            running.add(submit(following))


def _run_processes(parts: Iterable[Partition], task, args, workers: int) -> Iterator[tuple[Partition, Any]]:
    """Dask's multiprocessing scheduler, a few partitions a worker at a time. A wave whose worker
    dies (killed, out of memory) is run again once on a fresh pool, then reported as failed; the
    workers never outlive the run, whatever stops it."""
    from concurrent.futures.process import BrokenProcessPool

    import dask

    parts = iter(parts)
    pool = _process_pool(workers)
    try:
        while wave := list(islice(parts, 4 * workers)):
            for attempt in (1, 2):
                tasks = [dask.delayed(_guarded, pure=False)(task, part, *args) for part in wave]
                try:
                    results = dask.compute(*tasks, scheduler="processes", pool=pool)
                    break
                except BrokenProcessPool:
                    if attempt == 1:
                        warnings.warn("a worker process died (killed, or out of memory); its partitions run "
                                      "again on fresh workers", ResultsWarning, stacklevel=2)
                    _stop_pool(pool)
                    pool = _process_pool(workers)
                    results = [WorkerDied("a worker process died twice on this partition (killed, or out "
                                          "of memory)")] * len(wave)
            yield from zip(wave, results)
    finally:
        _stop_pool(pool)


class WorkerDied(RuntimeError):
    """A worker process ended abruptly (killed, out of memory) while it ran a partition."""


def _process_pool(workers: int):
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # every worker (and the resource tracker) starts here, ignoring SIGINT from its first
    # instruction: a worker spawned on demand later would take a Ctrl-C sent to the process
    # group while still importing, before its initializer runs, and print a traceback
    with _children_ignore_sigint():
        pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"),
                                   initializer=_watch_parent, initargs=(os.getpid(),))
        launch = getattr(pool, "_launch_processes", None)  # CPython >= 3.9: all workers now
        if launch is not None:
            launch()
        else:  # pragma: no cover - other interpreters: as many submissions as workers
            for _ in range(workers):
                pool.submit(int)
    return pool


def _stop_pool(pool) -> None:
    """Stop the pool's workers now: a run that stops (an error, Ctrl-C, SIGTERM) leaves none."""
    processes = list((getattr(pool, "_processes", None) or {}).values())
    for process in processes:
        if process.is_alive():
            process.terminate()
    pool.shutdown(wait=True, cancel_futures=True)
    for process in processes:
        process.join(timeout=5)
        if process.is_alive():
            process.kill()


class _children_ignore_sigint:
    """Processes started inside ignore SIGINT (inherited through exec): Ctrl-C, which the
    terminal sends to the whole process group, is handled by this process alone, which stops
    them, instead of each printing a KeyboardInterrupt traceback."""

    def __enter__(self) -> None:
        import signal
        import threading

        main = threading.current_thread() is threading.main_thread()
        self.previous = signal.signal(signal.SIGINT, signal.SIG_IGN) if main else None

    def __exit__(self, *exc: object) -> None:
        import signal

        if self.previous is not None:
            signal.signal(signal.SIGINT, self.previous)


def _watch_parent(parent: int) -> None:
    """In a pool worker (started ignoring Ctrl-C, see ``_process_pool``): exit when the parent
    process is gone (killed with SIGKILL, which it cannot clean up after), rather than live on
    as an orphan holding memory."""
    import threading

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, daemon=True, name="newsquotes-watch-parent").start()


def _guarded(task, *args):
    try:
        return task(*args)
    except Exception as error:  # returned, not raised: one partition never stops the wave
        return error


# --- reading results or a corpus -----------------------------------------------------


def results_folder(
    source: str | os.PathLike = "example",
    *,
    parent: str | os.PathLike | None = None,
    language: LanguageOption = "auto",
    scheduler: SchedulerName | str | Any | None = None,
    progress: bool = False,
) -> Path:
    """``source`` itself if it is a results folder; otherwise the results of the corpus
    ``source``, analysed into ``parent/<name>-results`` (resumed if there already).

    Without ``parent``, results go to a folder under the system's temporary folder, named
    after the corpus, its size, date and ``language``: reused while the corpus is unchanged.
    """
    path = _source_path(source)
    language = _language_code(language)
    if path.is_dir() and _is_results(path):
        return path
    if not path.exists():
        raise InputError(f"{path}: no such file or results folder")
    if parent is None:
        stat = path.stat()
        # the results format is part of the key: results of an older release are not reused
        key = f"{path.resolve()}|{stat.st_size}|{stat.st_mtime_ns}|{language}|format {_FORMAT}"
        parent = Path(tempfile.gettempdir()) / "newsquotes-results" / hashlib.sha1(key.encode()).hexdigest()[:12]
    folder = _results_name(path, Path(parent).expanduser())
    analyze_corpus(path, folder, language=language, scheduler=scheduler, progress=progress)
    return folder.resolve()


def open_results(
    source: str | os.PathLike = "example",
    *,
    language: LanguageOption = "auto",
    progress: bool = False,
) -> CorpusResults:
    """The tables of a results folder, or of a corpus analysed first (see :func:`results_folder`)."""
    return load_results(results_folder(source, language=language, progress=progress))
