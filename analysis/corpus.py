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

import hashlib
import json
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

from analysis.identity import IDENTITY_FIELDS, annotate_article, resolve_speakers
from analysis.io import Article, BadRecord, InputError
from analysis.language import resolve_language
from analysis.partitions import Partition, Plan, plan_partitions, read_partition
from analysis.quotes import UNATTRIBUTED, extract_quotes
from analysis.sentiment import polarity
from analysis.tokens import sentence_spans, words

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd
    import pyarrow as pa

__all__ = [
    "EXAMPLE_CORPUS",
    "CorpusResults",
    "CorpusSummary",
    "analyze_corpus",
    "load_results",
    "open_results",
    "parse_dates",
    "quote_rows",
    "results_folder",
]

#: the shipped example corpus (French Wikinews, CC BY 2.5), also reachable as "example"
EXAMPLE_CORPUS: Path = Path(__file__).resolve().parent / "data" / "corpus" / "wikinews-fr.jsonl"

SchedulerName = Literal["sync", "processes", "local"]
_SCHEDULERS = ("sync", "processes", "local")
_LANGUAGES = ("auto", "fr", "en")
_TABLES = ("articles", "quotes", "speakers")
_MANIFEST = "_newsquotes.json"
_FORMAT = 3  # bump when the tables change: an older results folder is then not resumed
_PART = re.compile(r"^part-(\d+)\.parquet$")
_SPEAKERS_FILE = "speakers.parquet"
#: under this many articles the default runs in this process: a local cluster takes
#: about 2 s to start, the time to analyse several hundred articles
AUTO_SYNC_MAX = 2000
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
    lang = resolve_language(article.language if language == "auto" and article.language else language,
                            article.text)
    # the Quote's own fields by name: dataclasses.asdict (Quote.to_dict) deep-copies, and took
    # a twentieth of a corpus run
    rows = [{"article_id": article.id, **{k: getattr(q, k) for k in _QUOTE_ATTRIBUTES},
             "sentiment": round(polarity(q.text, lang), 4), "language": lang}
            for q in extract_quotes(article.text, lang)]
    # this article's identities; a corpus run resolves them again over all articles
    return annotate_article(rows, article.text, language=lang)


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


def _analyse(article: Article, language: str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """One article's row of ``articles`` and its rows of ``quotes``."""
    lang = resolve_language(article.language if language == "auto" and article.language else language,
                            article.text)
    quotes = quote_rows(article, language=lang)
    for row in quotes:
        row.update(words=len(words(row["text"], lang)), date=article.date, source=article.source)
    text = article.text
    row = _article_row(article, language=lang, characters=len(text),
                       sentences=len(sentence_spans(text, lang)), tokens=len(words(text, lang)),
                       quotes=len(quotes))
    return row, quotes


def _analyse_partition(part: Partition, out: str, language: str) -> dict[str, Any]:
    """Run on a worker: read, analyse and write one partition; return its counts only."""
    started = time.perf_counter()
    articles: list[dict[str, Any]] = []
    quotes: list[dict[str, Any]] = []
    errors: list[tuple[str, str]] = []
    for record in read_partition(part):
        if isinstance(record, BadRecord):
            articles.append(_article_row(record, error=record.error))
        else:
            try:
                row, rows = _analyse(record, language)
            except Exception as error:  # one article that breaks the engine never sinks the run
                row, rows = _article_row(record, error=f"analysis failed ({type(error).__name__}: {error})"), []
            articles.append(row)
            quotes.extend(rows)
        if articles[-1]["error"] and len(errors) < _SHOWN_ERRORS:
            errors.append((articles[-1]["id"], articles[-1]["error"]))
    root = Path(out)
    # quotes first: the articles part is written last and marks the partition finished
    _write(_table(quotes, QUOTE_COLUMNS), root / "quotes", part.index)
    _write(_table(articles, ARTICLE_COLUMNS), root / "articles", part.index)
    failed = sum(1 for row in articles if row["error"])
    return {"index": part.index, "size": part.size, "read": len(articles),
            "failed": failed, "quotes": len(quotes), "errors": errors,
            "seconds": time.perf_counter() - started}


def _table(rows: list[dict[str, Any]], columns: dict[str, str]) -> pa.Table:
    import pyarrow as pa

    return pa.table({name: [row[name] for row in rows] for name in columns}, schema=_schema(columns))


def _part_name(index: int) -> str:
    return f"part-{index:06d}.parquet"


def _write(table: pa.Table, folder: Path, index: int) -> None:
    import pyarrow.parquet as pq

    _write_atomically(folder / _part_name(index), lambda path: pq.write_table(table, path))


def _write_atomically(final: Path, write: Callable[[Path], object]) -> None:
    """Write under a temporary name in the same folder (hidden from readers: it starts with
    a dot), then rename: the file is whole or absent, even if the process is killed."""
    temporary = final.with_name(f".{final.name}.{os.getpid()}-{uuid.uuid4().hex[:8]}.tmp")
    try:
        write(temporary)
        os.replace(temporary, final)
    finally:
        temporary.unlink(missing_ok=True)


# --- the results folder --------------------------------------------------------


def _manifest(plan: Plan, *, partition_size: int, language: str) -> dict[str, Any]:
    return {"format": _FORMAT, "source": plan.source, "inputs": [list(i) for i in plan.inputs],
            "partition_size": partition_size, "language": language}


def _read_manifest(out: Path) -> dict[str, Any] | None:
    try:
        return json.loads((out / _MANIFEST).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None


def _write_manifest(out: Path, manifest: dict[str, Any]) -> None:
    text = json.dumps(manifest, indent=1, ensure_ascii=False)
    _write_atomically(out / _MANIFEST, lambda path: path.write_text(text, encoding="utf-8"))


def _prepare(out: Path, manifest: dict[str, Any]) -> set[int]:
    """Create or resume the results folder; return the partitions already finished."""
    previous = _read_manifest(out)
    if previous is None and out.exists() and any(out.iterdir()):
        raise ValueError(f"{out} is not empty and holds no newsquotes results; "
                         "choose a new or empty folder for --out")
    if previous is not None:
        keys = ("format", "source", "inputs", "partition_size", "language")
        changed = [k for k in keys if previous.get(k) != manifest[k]]
        if changed:
            details = [f"{k} was {previous.get(k)!r}, now {manifest[k]!r}" for k in changed if k != "inputs"]
            details += ["the input files changed"] if "inputs" in changed else []
            raise ValueError(f"{out} holds the results of another run ({'; '.join(details)}); "
                             "remove it or choose another folder for --out")
    for folder in (out, *(out / table for table in _TABLES)):
        folder.mkdir(parents=True, exist_ok=True)
        for stale in folder.glob(".*.tmp"):  # left by a run that was killed
            stale.unlink(missing_ok=True)
    _write_manifest(out, {**manifest, "complete": False})
    return {int(m.group(1)) for p in (out / "articles").iterdir() if (m := _PART.match(p.name))}


def _parts(folder: Path) -> list[Path]:
    """The part files of a table, in partition order."""
    found = [(int(m.group(1)), p) for p in folder.glob("part-*.parquet") if (m := _PART.match(p.name))]
    return [p for _, p in sorted(found)]


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


# analysis.sentiment.bootstrap_interval's defaults, which _intervals reproduces
_N_BOOT, _CONFIDENCE, _SEED = 2000, 0.95, 0
_BATCH_MAX = 2_000_000 // _N_BOOT  # up to this many quotes, bootstrap_interval draws all resamples at once


def _intervals(codes: np.ndarray, scores: np.ndarray, groups: int) -> tuple[np.ndarray, np.ndarray]:
    """The bootstrap interval of each group's mean, as ``bootstrap_interval(scores of the
    group)`` gives it (to rounding), but for all groups of one size at once: a corpus has
    tens of thousands of speakers, and one call each took most of the time of the table.

    With the same seed, bootstrap_interval draws the same resamples for every group of
    ``n`` values (``n <= _BATCH_MAX``). A resample's mean is then a weighted sum of the
    group's values, the weights being how often each value was drawn: one matrix product
    gives the 2,000 resample means of many groups.
    """
    import numpy as np

    from analysis.sentiment import bootstrap_interval

    order = np.argsort(codes, kind="stable")
    values = scores[order]
    counts = np.bincount(codes, minlength=groups)
    starts = np.concatenate([[0], np.cumsum(counts)[:-1]])
    low, high = np.full(groups, np.nan), np.full(groups, np.nan)
    tail = (1 - _CONFIDENCE) / 2
    for n in np.unique(counts[counts > 1]).tolist():
        members = np.flatnonzero(counts == n)
        if n > _BATCH_MAX:
            for g in members.tolist():
                low[g], high[g] = bootstrap_interval(values[starts[g] : starts[g] + n], seed=_SEED)
            continue
        resamples = np.random.default_rng(_SEED).integers(0, n, size=(_N_BOOT, n))
        rows = np.repeat(np.arange(_N_BOOT), n) * n
        drawn = np.bincount(rows + resamples.ravel(), minlength=_N_BOOT * n).reshape(_N_BOOT, n)
        # Small groups have few distinct resamples (3 for 2 quotes, 462 for 6): one mean each,
        # counted as often as it was drawn, instead of 2,000 means a speaker.
        distinct, times = np.unique(drawn, axis=0, return_counts=True)
        few = len(times) <= _N_BOOT // 4
        weights = (distinct if few else drawn).T / n  # (n, resamples): means = values @ weights
        step = max(1, 8_000_000 // (weights.shape[1] + n))  # about 64 MB of floats at a time
        for i in range(0, len(members), step):
            chunk = members[i : i + step]
            means = values[starts[chunk][:, None] + np.arange(n)] @ weights  # one row a group
            low[chunk], high[chunk] = (_weighted_quantiles(means, times, (tail, 1 - tail)) if few
                                       else _quantiles(means, (tail, 1 - tail)))
    return low, high


def _weighted_quantiles(rows: np.ndarray, times: np.ndarray, quantiles: tuple[float, ...]) -> list[np.ndarray]:
    """``np.quantile`` (linear interpolation) of each row with its values repeated ``times``."""
    import numpy as np

    order = np.argsort(rows, axis=1, kind="stable")
    ordered = np.take_along_axis(rows, order, axis=1)
    ends = np.cumsum(times[order], axis=1)  # ends[r, j]: sorted places before value j's end
    size = int(times.sum())
    out = []
    for q in quantiles:
        place = q * (size - 1)
        below = min(int(place), size - 2)
        # the values at sorted places `below` and `below + 1` of the repeated row
        at = [np.take_along_axis(ordered, (ends <= k).sum(axis=1, keepdims=True), axis=1)[:, 0]
              for k in (below, below + 1)]
        out.append(at[0] + (place - below) * (at[1] - at[0]))
    return out


def _quantiles(rows: np.ndarray, quantiles: tuple[float, ...]) -> list[np.ndarray]:
    """``np.quantile(rows, quantiles, axis=1)`` (linear interpolation), with one partial sort
    for all of them: twice as fast on thousands of rows."""
    import numpy as np

    size = rows.shape[1]
    places = [q * (size - 1) for q in quantiles]
    below = [min(int(p), size - 2) for p in places]
    ordered = np.partition(rows, sorted({k for b in below for k in (b, b + 1)}), axis=1)
    return [ordered[:, b] + (p - b) * (ordered[:, b + 1] - ordered[:, b]) for p, b in zip(places, below)]


def _speaker_table(quotes: pa.Table, evidence: dict[str, str] | None = None) -> pa.Table:
    """Speakers over the whole corpus (one row an identity: ``speaker`` is its display
    name), most quoted first; unknown speakers are one row, :data:`~analysis.quotes.UNATTRIBUTED`.
    ``evidence``: speaker_id -> why its gender."""
    import pandas as pd
    import pyarrow as pa

    if quotes.num_rows == 0:
        return _schema(SPEAKER_COLUMNS).empty_table()
    frame = quotes.to_pandas()
    frame["speaker"] = frame["speaker_name"].fillna(frame["speaker"]).fillna(UNATTRIBUTED)
    frame["day"] = parse_dates(frame["date"])
    codes, names = pd.factorize(frame["speaker_id"].fillna(frame["speaker"]))
    frame["code"] = codes
    table = frame.groupby("code").agg(articles=("article_id", "nunique"), quotes=("sentiment", "size"),
                                      words=("words", "sum"), mean=("sentiment", "mean"),
                                      first=("day", "min"), last=("day", "max"), speaker=("speaker", "first"),
                                      speaker_id=("speaker_id", "first"), speaker_kind=("speaker_kind", "first"),
                                      speaker_gender=("speaker_gender", "first"))
    table["gender_evidence"] = table["speaker_id"].map(evidence or {})
    table["share"] = table["quotes"] / table["quotes"].sum()
    table["low"], table["high"] = _intervals(codes, frame["sentiment"].to_numpy(dtype=float), len(names))
    table["few_quotes"] = table["quotes"] < MIN_QUOTES
    for end in ("first", "last"):
        table[f"{end}_date"] = table[end].dt.strftime("%Y-%m-%d").astype(object).where(table[end].notna(), None)
    table = table.sort_values(["quotes", "speaker"], ascending=[False, True], kind="stable")
    table = pd.DataFrame({name: table[name].astype(object).where(table[name].notna(), None).tolist()
                          for name in SPEAKER_COLUMNS})
    return pa.Table.from_pandas(table, schema=_schema(SPEAKER_COLUMNS), preserve_index=False)


def _write_speakers(out: Path) -> None:
    import pyarrow.parquet as pq

    evidence = _write_identities(out)
    quotes = _read_table(_parts(out / "quotes"), QUOTE_COLUMNS,
                         ["speaker", "article_id", "words", "sentiment", "date", *IDENTITY_FIELDS])
    table = _speaker_table(quotes, evidence)
    _write_atomically(out / "speakers" / _SPEAKERS_FILE, lambda path: pq.write_table(table, path))


def _write_identities(out: Path) -> dict[str, str]:
    """The final step: the speakers' identities over all the quotes (never per partition, so
    any scheduler gives the same ids), written into every part of ``quotes``. Returns
    speaker_id -> the evidence for its gender."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    files = _parts(out / "quotes")
    keys = ["article_id", "speaker", "speaker_clues", "language"]
    rows = _read_table(files, QUOTE_COLUMNS, keys).to_pylist()
    identities = resolve_speakers(rows)
    for path in files:
        table = pq.read_table(path, schema=_schema(QUOTE_COLUMNS))
        who = [identities.get((a, s)) if s else None
               for a, s in zip(table["article_id"].to_pylist(), table["speaker"].to_pylist())]
        for name, attribute in (("speaker_id", "speaker_id"), ("speaker_name", "name"), ("speaker_kind", "kind"),
                                ("speaker_gender", "gender")):
            values = pa.array([getattr(w, attribute) if w else None for w in who], pa.string())
            table = table.set_column(table.schema.get_field_index(name), name, values)
        _write_atomically(path, lambda p, t=table: pq.write_table(t, p))
    return {w.speaker_id: w.evidence for w in identities.values()}


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
    speakers = out / "speakers" / _SPEAKERS_FILE
    tables = [_read_table(_parts(out / "articles"), ARTICLE_COLUMNS),
              _read_table(_parts(out / "quotes"), QUOTE_COLUMNS),
              _read_table([speakers] if speakers.is_file() else [], SPEAKER_COLUMNS)]
    mapper = {pa.int64(): pd.Int64Dtype()}.get
    return CorpusResults(*(t.to_pandas(types_mapper=mapper) for t in tables))


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


def _check_options(language: str, partition_size: int, workers: int | None) -> None:
    if language not in _LANGUAGES:
        raise ValueError(f"language must be one of {', '.join(map(repr, _LANGUAGES))}; got {language!r}")
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
    language: Literal["auto", "fr", "en"] = "auto",
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
    _check_options(language, partition_size, workers)
    kind = _scheduler_kind(scheduler)
    started = time.perf_counter()
    path = _source_path(source)
    plan = plan_partitions(path, size=partition_size)
    out = Path(out if out is not None else _results_name(path, "reports")).expanduser().resolve()
    manifest = _manifest(plan, partition_size=partition_size, language=language)
    done = _prepare(out, manifest)
    if kind == "auto":
        # a gzip corpus hides its size: ~1 KiB compressed an article
        small = (plan.total <= AUTO_SYNC_MAX if plan.total is not None
                 else sum(size for _, size in plan.inputs) <= AUTO_SYNC_MAX << 10)
        kind = "sync" if small or _cores() < 2 else "local"

    parts = plan.partitions(skip=done)
    results: list[dict[str, Any]] = []
    failures: list[str] = []
    bar = _progress_bar(plan, done, enabled=progress)
    with _runner(kind, scheduler, workers) as (run, name):
        try:
            for part, result in run(parts, _analyse_partition, str(out), language):
                if isinstance(result, BaseException):
                    failures.append(f"partition {part.index} ({part.path}, line {part.line}): "
                                    f"{type(result).__name__}: {result}")
                else:
                    results.append(result)
                if bar is not None:
                    bar.update(part.size)
        finally:
            if bar is not None:
                bar.close()
    _write_speakers(out)
    _write_manifest(out, {**manifest, "complete": not failures})
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
            cluster = LocalCluster(n_workers=self.workers or _cores(), threads_per_worker=1,
                                   processes=True, dashboard_address=":0", silence_logs=logging.ERROR)
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
    """Dask's multiprocessing scheduler, a few partitions a worker at a time."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    import dask

    parts = iter(parts)
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn")) as pool:
        while wave := list(islice(parts, 4 * workers)):
            tasks = [dask.delayed(_guarded, pure=False)(task, part, *args) for part in wave]
            yield from zip(wave, dask.compute(*tasks, scheduler="processes", pool=pool))


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
    language: Literal["auto", "fr", "en"] = "auto",
    scheduler: SchedulerName | str | Any | None = None,
    progress: bool = False,
) -> Path:
    """``source`` itself if it is a results folder; otherwise the results of the corpus
    ``source``, analysed into ``parent/<name>-results`` (resumed if there already).

    Without ``parent``, results go to a folder under the system's temporary folder, named
    after the corpus, its size, date and ``language``: reused while the corpus is unchanged.
    """
    path = _source_path(source)
    if path.is_dir() and _is_results(path):
        return path
    if not path.exists():
        raise InputError(f"{path}: no such file or results folder")
    if parent is None:
        stat = path.stat()
        key = f"{path.resolve()}|{stat.st_size}|{stat.st_mtime_ns}|{language}"
        parent = Path(tempfile.gettempdir()) / "newsquotes-results" / hashlib.sha1(key.encode()).hexdigest()[:12]
    folder = _results_name(path, Path(parent).expanduser())
    analyze_corpus(path, folder, language=language, scheduler=scheduler, progress=progress)
    return folder.resolve()


def open_results(
    source: str | os.PathLike = "example",
    *,
    language: Literal["auto", "fr", "en"] = "auto",
    progress: bool = False,
) -> CorpusResults:
    """The tables of a results folder, or of a corpus analysed first (see :func:`results_folder`)."""
    return load_results(results_folder(source, language=language, progress=progress))
