"""Splitting a corpus into partitions that Dask workers read for themselves.

A partition is a small description: a file and a byte range (JSONL, CSV), a set of
Parquet row groups, or a list of ``.txt`` files, with the number of its first line so
that errors name the right one. The client plans the partitions with one quick pass
over the bytes; each worker opens the file and reads its own records, so no article
text travels through the scheduler. Only what cannot be split is read by the client
and carried inside the partition: a gzip stream (it has no random access) and a
Parquet row group much larger than a partition.

Records are checked by the same rules as :func:`analysis.io.iter_records`: a bad one
becomes a :class:`~analysis.io.BadRecord` and reading goes on.
"""
from __future__ import annotations

import csv
import gzip
import io
import json
import os
import re
import zlib
from collections.abc import Container, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

import numpy as np

from analysis.io import MAX_RECORD_BYTES, OVERSIZE, Article, BadRecord, InputError, bounded_lines, iter_records
from analysis.io import parse_record as _json_record  # the JSONL record rules, one source of truth

__all__ = ["Partition", "Plan", "plan_partitions", "read_partition"]

PartitionKind = Literal["jsonl", "csv", "parquet", "txt", "failed"]

#: the fields of a record that are read; CSV and Parquet may hold more columns
FIELDS = ("id", "text", "language", "title", "date", "source")
_TEXT_SUFFIXES = (".txt", ".text", ".html", ".htm")
_DATA_SUFFIXES = (".jsonl", ".jsonl.gz", ".csv", ".parquet")
_KINDS = "a JSONL corpus (.jsonl, .jsonl.gz), a .csv or .parquet file, a .txt file, or a folder of them"
_BLOCK = 16 << 20  # bytes read at a time while planning: memory stays flat
_UTF8_BOM = b"\xef\xbb\xbf"
#: a Parquet row group over this many partitions is streamed by the client, not read whole
_ROW_GROUP_FACTOR = 4
_MAX_FIELD = MAX_RECORD_BYTES  # the limit of every reader (analysis.io), for one CSV field


@dataclass(frozen=True)
class Partition:
    """What one worker reads: ``index`` names its output files (``part-000007.parquet``)."""

    index: int
    kind: PartitionKind
    path: str
    size: int  # lines, rows or files it covers (blank lines included)
    line: int = 1  # 1-based number of its first line (JSONL, CSV) or row (Parquet)
    start: int = 0  # first byte (JSONL, CSV)
    stop: int = 0  # byte after the last one (JSONL, CSV)
    header: int = 0  # CSV: length in bytes of the header record
    row_groups: tuple[int, ...] = ()  # Parquet
    files: tuple[str, ...] = ()  # txt
    data: Any = field(default=None, repr=False)  # records carried along: JSONL bytes or an Arrow table
    error: str | None = None  # a read error after the carried records ("corpus ends early")


@dataclass(frozen=True)
class Plan:
    """The partitions of a source, planned but not read."""

    source: str
    inputs: tuple[tuple[str, int], ...]  # (file, size in bytes): what a resumed run must find again
    total: int | None  # lines, rows or files to read; None when a gzip stream hides it
    _parts: tuple[Any, ...] = field(repr=False, default=())

    def partitions(self, *, skip: Container[int] = ()) -> Iterator[Partition]:
        """The partitions in order; those in ``skip`` are numbered but neither read nor yielded."""
        index = 0
        for part in self._parts:
            if isinstance(part, Partition):
                if index not in skip:
                    yield _renumber(part, index)
                index += 1
            else:  # a stream the client reads: it numbers its own partitions
                for streamed in part(index, skip):
                    index = streamed.index + 1
                    if streamed.index not in skip:
                        yield streamed

    def size_of(self, indexes: Container[int]) -> int:
        """Lines, rows or files in the partitions numbered ``indexes`` (up to the first stream,
        after which numbers depend on what the stream holds)."""
        total = 0
        for index, part in enumerate(self._parts):
            if not isinstance(part, Partition):
                break
            total += part.size if index in indexes else 0
        return total


def _renumber(part: Partition, index: int) -> Partition:
    return part if part.index == index else replace(part, index=index)


def _stem(path: str | os.PathLike) -> str:
    return Path(path).name.split(".", 1)[0]


def _suffix_kind(path: Path) -> str | None:
    name = path.name.lower()
    if name.endswith(_DATA_SUFFIXES):
        return next(s for s in _DATA_SUFFIXES if name.endswith(s))
    if name.endswith(_TEXT_SUFFIXES):
        return ".txt"
    return None


# --- planning ----------------------------------------------------------------


def plan_partitions(source: str | os.PathLike, *, size: int = 1000) -> Plan:
    """Plan the partitions of ``source``, about ``size`` records each.

    ``source`` is a JSONL corpus (``.jsonl``, ``.jsonl.gz``), a ``.csv`` or ``.parquet``
    file with a ``text`` column (and optional id, language, title, date, source), a
    ``.txt``/``.html`` article, or a folder of such files. Raises :class:`InputError`
    for a missing source, an unknown kind or a table without a ``text`` column.
    """
    if not isinstance(size, int) or isinstance(size, bool) or size < 1:
        raise ValueError(f"partition size must be a positive integer; got {size!r}")
    path = Path(source).expanduser()
    if path.is_dir():
        files = sorted(p for p in path.iterdir() if p.is_file() and _suffix_kind(p)
                       and not p.name.startswith((".", "_")))
        if not files:
            raise InputError(f"{path}: folder holds no .txt, .jsonl, .jsonl.gz, .csv or .parquet file")
    elif path.is_file():
        if not _suffix_kind(path):
            raise InputError(f"{path}: unsupported input; expected {_KINDS}")
        files = [path]
    else:
        raise InputError(f"{path}: no such file")

    parts: list[Any] = []
    texts = [str(p) for p in files if _suffix_kind(p) == ".txt"]
    for i in range(0, len(texts), size):  # txt files first, in name order, as analysis.io reads a folder
        chunk = tuple(texts[i : i + size])
        parts.append(Partition(index=0, kind="txt", path=chunk[0], size=len(chunk), files=chunk))
    for file in files:
        try:
            parts.extend(_plan_file(file, size))
        except InputError as failure:
            if not path.is_dir():
                raise
            # in a folder, a bad file is one bad record: the other files go through
            parts.append(Partition(index=0, kind="failed", path=str(file), size=1,
                                   error=failure.reason))
    sizes = [p.size if isinstance(p, Partition) else p.rows for p in parts]
    total = None if None in sizes else sum(sizes)
    inputs = tuple((str(p.resolve()), p.stat().st_size) for p in files)
    return Plan(source=str(path.resolve()), inputs=inputs, total=total, _parts=tuple(parts))


def _plan_file(file: Path, size: int) -> list[Any]:
    kind = _suffix_kind(file)
    if kind == ".jsonl":
        return _plan_lines(file, size, csv_quotes=False)
    if kind == ".csv":
        return _plan_lines(file, size, csv_quotes=True)
    if kind == ".parquet":
        return _plan_parquet(file, size)
    if kind == ".jsonl.gz":
        return [_GzipStream(str(file), size)]
    return []  # .txt: planned with the other text files


def _record_ends(path: Path, *, csv_quotes: bool) -> Iterator[tuple[np.ndarray, np.ndarray]]:
    """Byte offsets of the newlines that end a record, block by block, with each one's
    number among all newlines (0-based: the record after it starts on line number + 2). In CSV a newline inside a quoted field ends nothing:
    RFC 4180 doubles a quote inside a field, so a record ends where the count of quotes
    so far is even."""
    lines_before = 0
    odd = 0  # quotes seen so far, mod 2
    offset = 0
    with open(path, "rb") as stream:
        while block := stream.read(_BLOCK):
            data = np.frombuffer(block, dtype=np.uint8)
            newlines = np.flatnonzero(data == 10)
            if csv_quotes:
                # cumulative quote count mod 256 keeps its parity: uint8 is enough
                quotes = np.cumsum(data == 34, dtype=np.uint8)
                outside = ((quotes[newlines] + odd) & 1) == 0
                odd = (odd + int(quotes[-1])) & 1
                ends = newlines[outside]
                numbers = np.flatnonzero(outside) + lines_before
            else:
                ends, numbers = newlines, np.arange(len(newlines)) + lines_before
            yield ends + offset, numbers
            lines_before += len(newlines)
            offset += len(block)


def _plan_lines(path: Path, size: int, *, csv_quotes: bool) -> list[Partition]:
    """Partitions of ``size`` records of a JSONL or CSV file (the CSV header excluded)."""
    kind: PartitionKind = "csv" if csv_quotes else "jsonl"
    file_size = path.stat().st_size
    if csv_quotes and file_size == 0:
        raise InputError(f"{path}: file is empty")
    parts: list[Partition] = []
    header = 0
    start, line, count = 0, 1, 0  # the partition being planned: first byte, first line, records

    def close(stop: int) -> None:
        parts.append(Partition(index=0, kind=kind, path=str(path), size=count, line=line,
                               start=start, stop=stop, header=header))

    record, record_line = 0, 1  # first byte and line of the record that the next newline ends
    for ends, numbers in _record_ends(path, csv_quotes=csv_quotes):
        for end, number in zip(ends.tolist(), numbers.tolist()):
            if csv_quotes and not header:
                header = start = record = end + 1
                line = record_line = number + 2
                continue
            if csv_quotes and end + 1 - record > MAX_RECORD_BYTES:
                # a CSV record over the limit is never read: a failed partition of its own
                # (a JSONL line is skipped by the bounded readline of its reader)
                if count:
                    close(record)
                parts.append(Partition(index=0, kind="failed", path=str(path), size=1, line=record_line,
                                       start=record, stop=end + 1, error=f"line {record_line}: record is over "
                                       f"the {MAX_RECORD_BYTES:,}-byte limit of an article"))
                start, line, count = end + 1, number + 2, 0
            else:
                count += 1
                if count == size:
                    close(end + 1)
                    start, line, count = end + 1, number + 2, 0
            record, record_line = end + 1, number + 2
    if csv_quotes:
        if not header:  # a header without a newline, and no records
            header = start = file_size
        _check_header(path, header)
    if start < file_size:  # records left, the last one maybe without a final newline
        count += bool(_last_byte(path) != b"\n")
        close(file_size)
    return parts


def _last_byte(path: Path) -> bytes:
    with open(path, "rb") as stream:
        stream.seek(-1, os.SEEK_END)
        return stream.read(1)


def _check_header(path: Path, header: int) -> None:
    with open(path, "rb") as stream:
        names = _csv_header(stream.read(header), path)
    if "text" not in names:
        raise InputError(f"{path}: CSV has no 'text' column; its columns are {names}")


def _csv_header(raw: bytes, path: Path) -> list[str]:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(f"{path}: CSV header is not valid UTF-8") from None
    return [name.strip() for name in next(csv.reader(io.StringIO(text)), [])]


def _plan_parquet(path: Path, size: int) -> list[Any]:
    """Consecutive row groups up to ``size`` rows make one partition; a row group far
    larger is streamed by the client in slices of ``size`` rows."""
    import pyarrow.parquet as pq

    try:
        meta = pq.ParquetFile(path).metadata
    except Exception as error:  # pyarrow raises several kinds for a broken file
        raise InputError(f"{path}: cannot read as Parquet ({error})") from None
    names = meta.schema.names
    if "text" not in names:
        raise InputError(f"{path}: Parquet file has no 'text' column; its columns are {names}")
    parts: list[Any] = []
    group: list[int] = []
    rows = first = 0
    row = 0  # rows before the current row group

    def close() -> None:
        nonlocal group, rows
        if group:
            parts.append(Partition(index=0, kind="parquet", path=str(path), size=rows,
                                   line=first + 1, row_groups=tuple(group)))
        group, rows = [], 0

    for i in range(meta.num_row_groups):
        n = meta.row_group(i).num_rows
        if n > _ROW_GROUP_FACTOR * size:
            close()
            parts.append(_ParquetStream(str(path), i, row, n, size))
        else:
            if rows and rows + n > size:
                close()
            if not group:
                first = row
            group.append(i)
            rows += n
        row += n
    close()
    return parts


@dataclass(frozen=True)
class _GzipStream:
    """A gzip JSONL corpus, read by the client ``size`` lines a partition."""

    path: str
    size: int
    rows = None  # unknown until read

    def __call__(self, index: int, skip: Container[int]) -> Iterator[Partition]:
        lines: list[bytes] = []
        first = number = 0
        try:
            with gzip.open(self.path, "rb") as stream:
                for number, raw in enumerate(bounded_lines(stream), start=1):  # a huge line is skipped
                    if not lines:
                        first = number
                    lines.append(raw + b"\n" if raw is OVERSIZE else raw)
                    if len(lines) == self.size:
                        yield self._part(index, lines, first, skip)
                        index, lines = index + 1, []
        except (OSError, EOFError, zlib.error) as error:  # bad or truncated gzip
            if number == 0:
                raise InputError(f"{self.path}: cannot read ({error})") from None
            reason = f"line {number + 1}: corpus ends early ({error})"
            yield self._part(index, lines, first if lines else number + 1, skip, error=reason)
            return
        if lines:
            yield self._part(index, lines, first, skip)

    def _part(self, index: int, lines: list[bytes], first: int, skip: Container[int],
              error: str | None = None) -> Partition:
        data = None if index in skip else b"".join(lines)  # a finished partition is not carried
        return Partition(index=index, kind="jsonl", path=self.path, size=len(lines) + bool(error),
                         line=first, data=data, error=error)


@dataclass(frozen=True)
class _ParquetStream:
    """One large Parquet row group, read by the client ``size`` rows a partition."""

    path: str
    row_group: int
    row: int  # rows before it in the file
    rows: int
    size: int

    def __call__(self, index: int, skip: Container[int]) -> Iterator[Partition]:
        import pyarrow as pa
        import pyarrow.parquet as pq

        parquet = pq.ParquetFile(self.path)
        columns = [c for c in FIELDS if c in parquet.schema_arrow.names]
        row = self.row
        for batch in parquet.iter_batches(batch_size=self.size, row_groups=[self.row_group],
                                          columns=columns):
            data = None if index in skip else pa.Table.from_batches([batch])
            yield Partition(index=index, kind="parquet", path=self.path, size=batch.num_rows,
                            line=row + 1, data=data)
            index, row = index + 1, row + batch.num_rows


# --- reading (on a worker) ----------------------------------------------------


def read_partition(part: Partition) -> Iterator[Article | BadRecord]:
    """The records of one partition: an :class:`Article` each, a :class:`BadRecord` for
    each bad one (same rules and messages as :func:`analysis.io.iter_records`)."""
    if part.kind == "txt":
        return _read_texts(part.files)
    if part.kind == "jsonl":
        return _read_jsonl(part)
    if part.kind == "csv":
        return _read_csv(part)
    if part.kind == "parquet":
        return _read_parquet(part)
    if part.kind == "failed":  # a bad file of a folder, or one record over the size limit (a byte range)
        line = part.line if part.stop else None
        return iter([BadRecord(id=None if line else _stem(part.path), source=part.path, line=line,
                               error=part.error or "")])
    raise ValueError("partition kind must be 'jsonl', 'csv', 'parquet', 'txt' or 'failed'; "
                     f"got {part.kind!r}")


def _read_bytes(part: Partition) -> bytes:
    with open(part.path, "rb") as stream:
        stream.seek(part.start)
        return stream.read(part.stop - part.start)


def _read_texts(files: tuple[str, ...]) -> Iterator[Article | BadRecord]:
    for file in files:
        try:
            yield from iter_records(file)
        except InputError as failure:
            yield BadRecord(id=_stem(file), source=file, line=None, error=failure.reason)


def _read_jsonl(part: Partition) -> Iterator[Article | BadRecord]:
    path, stem = Path(part.path), _stem(part.path)
    count = 0
    if part.data is not None:
        lines = part.data.split(b"\n")
        if lines and not lines[-1]:
            lines.pop()
        count = yield from _json_lines(lines, part.line, path, stem)
    else:
        with open(part.path, "rb") as stream:  # line by line, each bounded: never a huge line whole
            stream.seek(part.start)
            count = yield from _json_lines(bounded_lines(stream, stop=part.stop), part.line, path, stem)
    if part.error:
        yield BadRecord(id=None, source=part.path, line=part.line + count, error=part.error)


def _json_lines(lines, first: int, path: Path, stem: str):
    """Parse JSONL lines numbered from ``first``; return how many lines there were."""
    count = 0
    for number, raw in enumerate(lines, start=first):
        count += 1
        if number == 1 and raw.startswith(_UTF8_BOM):
            raw = raw[len(_UTF8_BOM) :]
        if raw.strip():
            yield _json_record(raw, path, number, stem)
    return count


def _from_fields(values: dict[str, Any], path: Path, number: int, stem: str, *,
                 unit: str) -> Article | BadRecord:
    """A CSV or Parquet row, checked by the JSONL record rules."""
    for name, value in values.items():
        if isinstance(value, bytes):  # a Parquet binary column
            try:
                values[name] = value.decode("utf-8")
            except UnicodeDecodeError:
                error = f"{unit} {number}: {name!r} is not valid UTF-8"
                return BadRecord(id=None, source=str(path), line=number, error=error)
        elif isinstance(value, float) and value != value:  # NaN: pandas' missing value
            values[name] = None
    raw = json.dumps(values, ensure_ascii=False, default=str).encode("utf-8")
    record = _json_record(raw, path, number, stem)
    if isinstance(record, BadRecord) and unit != "line":
        record = BadRecord(id=record.id, source=record.source, line=number,
                           error=record.error.replace("line", unit, 1))
    return record


def _read_csv(part: Partition) -> Iterator[Article | BadRecord]:
    csv.field_size_limit(_MAX_FIELD)  # the default, 128 KiB, is shorter than a long article
    path, stem = Path(part.path), _stem(part.path)
    with open(path, "rb") as stream:
        names = _csv_header(stream.read(part.header), path)
    data = _read_bytes(part)
    try:
        text, undecodable = data.decode("utf-8"), None
    except UnicodeDecodeError:  # keep the bytes as surrogates, to find the bad records below
        text, undecodable = data.decode("utf-8", errors="surrogateescape"), re.compile("[\udc80-\udcff]")
    reader = csv.reader(io.StringIO(text, newline=""))
    line = 0  # lines read so far by the reader
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            number = part.line + line
            line = reader.line_num
            yield BadRecord(id=None, source=str(path), line=number, error=f"line {number}: {error}")
            continue
        number, line = part.line + line, reader.line_num
        if not row or not any(row):
            continue  # a blank line
        if len(row) != len(names):
            error = f"line {number}: expected {len(names)} fields, got {len(row)}"
            yield BadRecord(id=None, source=str(path), line=number, error=error)
            continue
        if undecodable and any(undecodable.search(value) for value in row):
            yield BadRecord(id=None, source=str(path), line=number, error=f"line {number}: not valid UTF-8")
            continue
        values = {k: (v if v != "" else None) for k, v in zip(names, row) if k in FIELDS}
        yield _from_fields(values, path, number, stem, unit="line")


def _read_parquet(part: Partition) -> Iterator[Article | BadRecord]:
    table = part.data
    if table is None:
        import pyarrow.parquet as pq

        parquet = pq.ParquetFile(part.path)
        columns = [c for c in FIELDS if c in parquet.schema_arrow.names]
        table = parquet.read_row_groups(list(part.row_groups), columns=columns)
    path, stem = Path(part.path), _stem(part.path)
    for number, values in enumerate(table.to_pylist(), start=part.line):
        yield _from_fields(values, path, number, stem, unit="row")
