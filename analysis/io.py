"""Reading articles: text files, HTML pages, folders and JSONL corpora.

Every reader returns text exactly as later offsets refer to it: BOM removed,
``\\r\\n`` turned into ``\\n``, HTML converted to plain text. Problems with the
input raise :class:`InputError` (one line, naming the file). Nothing is repaired
silently: each repair emits an :class:`InputWarning`.
"""
from __future__ import annotations

import gzip
import json
import os
import re
import warnings
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Literal

from analysis.lang import LANGUAGES, language_code

__all__ = [
    "DEFAULT_EXAMPLE",
    "EXAMPLES_DIR",
    "Article",
    "BadRecord",
    "InputError",
    "InputWarning",
    "MAX_RECORD_BYTES",
    "UniqueIds",
    "article_from_text",
    "example_path",
    "html_to_text",
    "iter_records",
    "list_examples",
    "bounded_lines",
    "parse_record",
    "read_article",
    "read_articles",
    "read_text",
]

EXAMPLES_DIR: Path = Path(__file__).resolve().parent / "data" / "examples"
DEFAULT_EXAMPLE = "blinken-lavrov-griner"

#: the size limit of one article, the same for every reader: a text file, a JSONL line, a CSV
#: or Parquet row, standard input; a longer JSONL line is never read whole
MAX_RECORD_BYTES = 50_000_000

OnError = Literal["warn", "raise", "skip"]
_ON_ERROR = ("warn", "raise", "skip")


class InputError(ValueError):
    """An input that cannot be read as an article (message names the file)."""

    def __init__(self, message: str, *, reason: str | None = None) -> None:
        super().__init__(message)
        self.reason = reason or message  # the message without the file name


class InputWarning(UserWarning):
    """An input was repaired on the way in (encoding fallback, HTML, bad record)."""


@dataclass(frozen=True)
class Article:
    """One article; every offset computed downstream refers to ``text``."""

    id: str
    text: str
    language: str | None = None  # a code of analysis.lang.LANGUAGES, or None (detect later)
    title: str | None = None
    date: str | None = None
    source: str | None = None  # the outlet ("Le Monde"), from the record
    path: str | None = None  # the file it was read from


@dataclass(frozen=True)
class BadRecord:
    """A corpus entry that could not be read; the rest of the corpus goes on."""

    id: str | None
    source: str  # the file path
    line: int | None  # 1-based line in a JSONL corpus; None for a file in a folder
    error: str  # "line 3: invalid JSON (…)" / "file is empty"


class UniqueIds:
    """Makes article ids unique, in reading order: the first article keeps its id, a later one
    with the same id becomes ``"<id>~2"``, ``"<id>~3"``… (a suffix no other id has), so that
    its quotes can be told apart. :meth:`message` sums up the renames for a warning."""

    def __init__(self) -> None:
        self.seen: set[str] = set()
        self.renamed: dict[str, int] = {}  # id -> times seen

    def __call__(self, record_id: str) -> str:
        """The id to use for the next article whose id is ``record_id``."""
        if record_id not in self.seen:
            self.seen.add(record_id)
            return record_id
        n = 2
        while f"{record_id}~{n}" in self.seen:
            n += 1
        unique = f"{record_id}~{n}"
        self.seen.add(unique)
        self.renamed[record_id] = self.renamed.get(record_id, 1) + 1
        return unique

    def message(self) -> str | None:
        """One line naming the duplicated ids (the first five), or None."""
        if not self.renamed:
            return None
        shown = ", ".join(f"{i!r} ({n} times)" for i, n in list(self.renamed.items())[:5])
        more = f" and {len(self.renamed) - 5:,} more" if len(self.renamed) > 5 else ""
        return f"duplicate article ids made unique with a ~2, ~3… suffix: {shown}{more}"


def _failure(path: str | os.PathLike, reason: str) -> InputError:
    return InputError(f"{path}: {reason}", reason=reason)


# --- examples ----------------------------------------------------------------


def _stem(name: str) -> str:
    """File name up to its first dot: "a.fr.txt" -> "a"."""
    return name.split(".", 1)[0]


def _language_from_name(name: str) -> str | None:
    """Language from a "<name>.<lang>.<ext>" file name ("x.fr.txt" -> "fr")."""
    parts = name.lower().split(".")
    return parts[-2] if len(parts) >= 3 and parts[-2] in LANGUAGES else None


def list_examples() -> list[str]:
    """Names of the packaged example articles."""
    return sorted({_stem(p.name) for p in EXAMPLES_DIR.glob("*.txt")})


def example_path(name: str = DEFAULT_EXAMPLE) -> Path:
    """Path of a packaged example, by name with or without ``.fr.txt``."""
    wanted = _stem(name.strip())
    if wanted == "example":
        wanted = DEFAULT_EXAMPLE
    for path in sorted(EXAMPLES_DIR.glob("*.txt")):
        if _stem(path.name) == wanted:
            return path
    raise InputError(f"unknown example {name!r}; available: {', '.join(list_examples())}")


# --- decoding ----------------------------------------------------------------

_UTF8_BOM = b"\xef\xbb\xbf"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x20)])  # not \t \n \v \f \r
_BINARY_SAMPLE = 65_536
# cp1252 punctuation and symbols that real Western text uses.
_OK_NON_ASCII = frozenset("\u00a0\u202f’‘“”«»–—…€£°§©®™·•×½¼¾²³ºª¿¡")


def _decode(data: bytes, path: str | os.PathLike) -> str:
    if data.startswith(_UTF16_BOMS):  # Windows "Unicode" files: text despite the NULs
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise _failure(path, "has a UTF-16 byte-order mark but is not valid UTF-16") from None
        warnings.warn(f"{path}: decoded as UTF-16", InputWarning, stacklevel=3)
        return text
    sample = data[:_BINARY_SAMPLE]
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if b"\x00" in data or controls > 0.01 * len(sample):
        raise _failure(path, "looks like a binary file, not text")
    if data.startswith(_UTF8_BOM):
        data = data[len(_UTF8_BOM) :]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = None
    if text is None or not _plausible(text):
        raise _failure(path, "is neither UTF-8 nor Windows-1252 (cp1252) text; re-save it as UTF-8")
    warnings.warn(
        f"{path}: not valid UTF-8; decoded as Windows-1252 (cp1252)", InputWarning, stacklevel=3
    )
    return text


def _plausible(text: str) -> bool:
    """Whether cp1252-decoded text looks like a Western language, not mojibake."""
    text = text[:1_000_000]  # a sample is enough, and keeps this linear pass cheap
    visible = sum(not c.isspace() for c in text)
    non_ascii = [c for c in text if ord(c) > 127]
    if not visible or len(non_ascii) > 0.5 * visible:  # French is ~3 % accented letters
        return False
    odd = sum(not (c.isalpha() or c in _OK_NON_ASCII) for c in non_ascii)
    return odd <= 0.1 * len(non_ascii)


def _normalise(text: str) -> str:
    if text.startswith("\ufeff"):
        text = text[1:]
    return text.replace("\r\n", "\n").replace("\r", "\n")


# --- HTML --------------------------------------------------------------------

_HTML_START = re.compile(r"\s*(?:<\?xml[^>]*>\s*)?(?:<!doctype\s+html|<html[\s>])", re.IGNORECASE)
_HTML_TAG = re.compile(
    r"</?(?:p|div|br|span|a|b|i|em|strong|h[1-6]|ul|ol|li|table|tr|td|th|body|head|title"
    r"|meta|link|script|style|img|article|section|header|footer|nav|figure|blockquote)\b[^<>]*>",
    re.IGNORECASE,
)
_HTML_MIN_TAGS = 5

_SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "svg"})
_BLOCK_TAGS = frozenset(
    """p div h1 h2 h3 h4 h5 h6 ul ol li dl dt dd table tr thead tbody tfoot caption
    blockquote pre section article header footer nav aside main figure figcaption
    address form fieldset hr title body html details summary""".split()
)
_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")  # not \s: a no-break space is content


def _looks_like_html(text: str) -> bool:
    if _HTML_START.match(text):
        return True
    tags = _HTML_TAG.finditer(text, 0, 200_000)
    return sum(1 for _, _ in zip(range(_HTML_MIN_TAGS), tags)) >= _HTML_MIN_TAGS


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in _SKIP_TAGS:
            self._skipping += 1
        elif tag == "br":
            self.parts.append("\n")
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n")
        elif tag in ("td", "th"):
            self.parts.append(" ")

    def handle_startendtag(self, tag: str, attrs: list) -> None:
        if tag not in _SKIP_TAGS:  # <br/>, <hr/>; a self-closed <script/> has no content
            self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self._skipping = max(0, self._skipping - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(_HTML_SPACE.sub(" ", data))


def html_to_text(html: str) -> str:
    """Plain text of an HTML page: no scripts or styles, blocks as paragraphs.

    Block elements (``<p>``, ``<div>``, ``<h1>``…) become paragraph breaks
    (``"\\n\\n"``), ``<br>`` a line break; entities are unescaped.
    """
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    text = "".join(parser.parts)
    text = re.sub(r"[ \t]*\n[ \t]*", "\n", text)  # spaces around breaks
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()


# --- files -------------------------------------------------------------------


def read_text(path: str | os.PathLike, *, max_bytes: int = MAX_RECORD_BYTES) -> str:
    """Read a text or HTML file as the text that offsets refer to.

    UTF-8 (BOM stripped); otherwise Windows-1252 if plausible, with an
    :class:`InputWarning`. HTML is converted to plain text, with a warning.
    Raises :class:`InputError` for a missing, empty, binary, undecodable or
    over-``max_bytes`` file.
    """
    path = Path(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise _failure(path, "no such file") from None
    except OSError as error:
        raise _failure(path, f"cannot read ({error.strerror or error})") from None
    if path.is_dir():
        raise _failure(path, "is a folder, not a file")
    if size > max_bytes:
        raise _failure(path, f"file is {size:,} bytes, over the {max_bytes:,}-byte limit")
    try:
        data = path.read_bytes()
    except OSError as error:
        raise _failure(path, f"cannot read ({error.strerror or error})") from None
    text = _normalise(_decode(data, path))
    if not text.strip():
        raise _failure(path, "file is empty")
    if path.suffix.lower() in (".html", ".htm") or _looks_like_html(text):
        text = html_to_text(text)
        if not text.strip():
            raise _failure(path, "HTML page has no text")
        warnings.warn(
            f"{path}: HTML converted to plain text; offsets refer to the converted text",
            InputWarning,
            stacklevel=2,
        )
    return text


def _clean_language(language: str | None) -> str | None:
    if language is None:
        return None
    code = language_code(language, auto=True)
    return None if code == "auto" else code


def article_from_text(text: str, *, id: str = "text", language: str | None = None) -> Article:
    """Wrap raw article text (``\\r\\n`` normalised) as an :class:`Article`."""
    if not isinstance(text, str):
        raise TypeError(f"text must be a str; got {type(text).__name__}")
    text = _normalise(text)
    if not text.strip():
        raise InputError("article text is empty")
    return Article(id=id, text=text, language=_clean_language(language))


def _article_from_file(path: Path, language: str | None) -> Article:
    if path.name.lower().endswith((".jsonl", ".jsonl.gz")):
        raise _failure(path, "a JSONL corpus holds many articles; read it with read_articles()")
    return Article(
        id=_stem(path.name),
        text=read_text(path),
        language=_clean_language(language) or _language_from_name(path.name),
        path=str(path),
    )


_PATH_EXTENSION = re.compile(r"\.(?:txt|text|html?|jsonl?|gz|md|csv|xml)$", re.IGNORECASE)
_MAX_PATH_CHARS = 400


def _looks_like_path(source: str) -> bool:
    if "\n" in source or len(source) > _MAX_PATH_CHARS:
        return False
    source = source.strip()
    if _PATH_EXTENSION.search(source):
        return True
    return ("/" in source or "\\" in source) and not any(c.isspace() for c in source)


def _existing_file(source: str) -> Path | None:
    if "\n" in source or len(source) > 4096:
        return None
    try:
        path = Path(source.strip()).expanduser()
        return path if path.is_file() else None
    except (OSError, ValueError):  # name too long, NUL byte
        return None


def read_article(source: str | os.PathLike = "example", *, language: str | None = None) -> Article:
    """Read one article from an example name, a file path, or raw text.

    ``"example"`` is the packaged default example. A string that names no file
    but looks like a path, or a single word that names no example, raises
    :class:`InputError`; any other string is the text (:func:`article_from_text` takes
    text without guessing).
    Without ``language``, a file named ``<name>.fr.txt`` is French.
    """
    if isinstance(source, os.PathLike):
        return _article_from_file(Path(source), language)
    if not isinstance(source, str):
        raise TypeError(f"source must be a str or a path; got {type(source).__name__}")
    name = source.strip()
    if name == "example":
        return _article_from_file(example_path(), language)
    path = _existing_file(source)
    if path is not None:
        return _article_from_file(path, language)
    if name and not any(c.isspace() or c in "/\\" for c in name) and _stem(name) in list_examples():
        return _article_from_file(example_path(name), language)
    if _looks_like_path(source):
        raise _failure(name, "no such file")
    if name and not any(c.isspace() for c in name):  # one word is a mistyped name, not an article
        raise _failure(name, f"no such file or example (examples: {', '.join(['example', *list_examples()])}); "
                             "for raw text, use article_from_text()")
    return article_from_text(source, language=language)


# --- corpora -----------------------------------------------------------------

_CORPUS_KINDS = "a .txt or .html file, a folder of .txt files, or a .jsonl or .jsonl.gz corpus"
_OPTIONAL_FIELDS = ("title", "date", "source")
_JSON_TYPES = {dict: "object", list: "array", str: "string", int: "number", float: "number",
               bool: "boolean", type(None): "null"}  # fmt: skip


def _json_type(value: object) -> str:
    return _JSON_TYPES.get(type(value), "value")


def iter_records(source: str | os.PathLike) -> Iterator[Article | BadRecord]:
    """Yield every article of ``source``, and a :class:`BadRecord` for each bad entry.

    ``source`` is a .txt/.html file, a folder (its ``*.txt`` files, sorted), or a
    JSONL corpus (.jsonl, .jsonl.gz) with one ``{"id", "text", ...}`` object a
    line. Raises :class:`InputError` at once for a missing source or an unknown
    kind; a bad line or file is yielded as a BadRecord and reading goes on.
    """
    path = Path(source)
    if path.is_dir():
        return _iter_folder(path)
    if not path.exists():
        raise _failure(path, "no such file")
    name = path.name.lower()
    if name.endswith((".jsonl", ".jsonl.gz")):
        if path.stat().st_size == 0:
            raise _failure(path, "file is empty")
        return _iter_jsonl(path)
    if name.endswith((".txt", ".text", ".html", ".htm")):
        return iter([_article_from_file(path, None)])
    raise _failure(path, f"unsupported input; expected {_CORPUS_KINDS}")


def _iter_folder(folder: Path) -> Iterator[Article | BadRecord]:
    for path in sorted(p for p in folder.glob("*.txt") if p.is_file()):
        try:
            yield _article_from_file(path, None)
        except InputError as failure:
            yield BadRecord(id=_stem(path.name), source=str(path), line=None, error=failure.reason)


def _iter_jsonl(path: Path) -> Iterator[Article | BadRecord]:
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    stem = _stem(path.name)
    number = 0
    try:
        with opener(path, "rb") as lines:
            for number, raw in enumerate(bounded_lines(lines), start=1):  # streamed: corpora can be huge
                if number == 1 and raw.startswith(_UTF8_BOM):
                    raw = raw[len(_UTF8_BOM) :]
                if raw.strip():
                    yield parse_record(raw, path, number, stem)
    except (OSError, EOFError, zlib.error) as error:  # bad or truncated gzip
        if number == 0:
            raise _failure(path, f"cannot read ({error})") from None
        reason = f"line {number + 1}: corpus ends early ({error})"
        yield BadRecord(id=None, source=str(path), line=number + 1, error=reason)


#: what bounded_lines yields for a line over MAX_RECORD_BYTES: parse_record names it
OVERSIZE = b"\x00newsquotes: oversize line\x00"
_CHUNK = 1 << 20


def bounded_lines(stream, limit: int = MAX_RECORD_BYTES, stop: int | None = None) -> Iterator[bytes]:
    """The lines of a binary stream, each read with a bounded ``readline``: a line over ``limit``
    bytes is skipped chunk by chunk and yielded as :data:`OVERSIZE`, so that memory stays
    bounded whatever the input. With ``stop``, reading ends at that byte offset."""
    position = stream.tell() if stop is not None else 0
    while stop is None or position < stop:
        line = stream.readline(limit + 1 if stop is None else min(limit + 1, stop - position))
        if not line:
            return
        position += len(line)
        if len(line) <= limit:
            yield line
            continue
        while not line.endswith(b"\n") and (stop is None or position < stop):  # skip the rest of it
            line = stream.readline(_CHUNK if stop is None else min(_CHUNK, stop - position))
            position += len(line)
            if not line:
                break
        yield OVERSIZE


def parse_record(raw: bytes, path: Path, number: int, stem: str) -> Article | BadRecord:
    """One JSONL line (``raw`` bytes, line ``number`` of ``path``) as an Article, or a
    BadRecord saying what is wrong with it; ``stem`` names records that have no id."""
    record_id: str | None = None

    def bad(reason: str) -> BadRecord:
        error = f"line {number}: {reason}"
        return BadRecord(id=record_id, source=str(path), line=number, error=error)

    if raw is OVERSIZE or raw == OVERSIZE or len(raw) > MAX_RECORD_BYTES:
        return bad(f"record is over the {MAX_RECORD_BYTES:,}-byte limit of an article")
    try:
        obj = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        return bad("not valid UTF-8")
    except json.JSONDecodeError as error:
        return bad(f"invalid JSON ({error.msg} at column {error.colno})")
    except (ValueError, RecursionError) as error:  # a 5,000-digit number, deep nesting
        return bad(f"invalid JSON ({type(error).__name__})")
    if not isinstance(obj, dict):
        return bad(f"expected a JSON object, got {_json_type(obj)}")

    raw_id = obj.get("id")
    if raw_id is None or raw_id == "":
        record_id = f"{stem}-{number}"
    elif isinstance(raw_id, str):
        record_id = raw_id
    elif isinstance(raw_id, (int, float)) and not isinstance(raw_id, bool):
        record_id = str(raw_id)
    else:
        return bad(f"'id' must be a string or a number, got {_json_type(raw_id)}")

    text = obj.get("text")
    if text is None:
        return bad("missing 'text'")
    if not isinstance(text, str):
        return bad(f"'text' must be a string, got {_json_type(text)}")
    text = _normalise(text)
    if not text.strip():
        return bad("'text' is empty")

    fields: dict[str, str | None] = {}
    for field in ("language", *_OPTIONAL_FIELDS):
        value = obj.get(field)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            value = str(value)  # a bare year as date
        elif value is not None and not isinstance(value, str):
            return bad(f"{field!r} must be a string, got {_json_type(value)}")
        fields[field] = (value.strip() or None) if value is not None else None
    try:
        fields["language"] = _clean_language(fields["language"])
    except ValueError as error:
        return bad(str(error))
    return Article(id=record_id, text=text, path=str(path), **fields)


def read_articles(source: str | os.PathLike, *, on_error: OnError = "warn") -> Iterator[Article]:
    """Yield the articles of ``source`` (see :func:`iter_records`).

    A bad record emits an :class:`InputWarning` (``"warn"``), raises
    :class:`InputError` (``"raise"``) or is dropped (``"skip"``).
    """
    if on_error not in _ON_ERROR:
        accepted = ", ".join(repr(o) for o in _ON_ERROR)
        raise ValueError(f"on_error must be one of {accepted}; got {on_error!r}")
    return _filter_records(iter_records(source), on_error)


def _filter_records(records: Iterator[Article | BadRecord], on_error: OnError) -> Iterator[Article]:
    for record in records:
        if isinstance(record, Article):
            yield record
        elif on_error == "raise":
            raise InputError(f"{record.source}: {record.error}")
        elif on_error == "warn":
            warnings.warn(f"{record.source}: {record.error}", InputWarning, stacklevel=2)
