"""Reading articles: files, encodings, HTML, folders and JSONL corpora."""
from __future__ import annotations

import dataclasses
import gzip
import json
import warnings
from pathlib import Path

import pytest

from analysis.io import (
    DEFAULT_EXAMPLE,
    EXAMPLES_DIR,
    Article,
    BadRecord,
    InputError,
    InputWarning,
    article_from_text,
    example_path,
    html_to_text,
    iter_records,
    list_examples,
    read_article,
    read_articles,
    read_text,
)

FRENCH = "L’été à Paris : le café coûte 3 € et « ça » déçoit Noël.\n"


def write(path: Path, data: str | bytes) -> Path:
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


def jsonl(path: Path, *lines: object) -> Path:
    """Write a JSONL file; str lines are written verbatim, others as JSON."""
    rows = [line if isinstance(line, str) else json.dumps(line, ensure_ascii=False) for line in lines]
    return write(path, "\n".join(rows) + "\n")


# --- the packaged example ------------------------------------------------------


def test_example_loads_by_default():
    article = read_article()
    assert article.id == DEFAULT_EXAMPLE
    assert article.language == "fr"
    assert article.text.startswith("Les États-Unis “poursuivront”")
    assert Path(article.path) == example_path()
    assert "\r" not in article.text


def test_example_offsets_match_gold():
    # The gold file's offsets refer to the text exactly as read_text returns it.
    gold = json.loads((EXAMPLES_DIR / "blinken-lavrov-griner.fr.gold.json").read_text("utf-8"))
    text = read_article("example").text
    assert gold["quotes"]
    for quote in gold["quotes"]:
        assert text[quote["start"] : quote["end"]] == quote["text"]


def test_example_names():
    assert DEFAULT_EXAMPLE in list_examples()
    assert example_path("blinken-lavrov-griner.fr.txt") == example_path("blinken-lavrov-griner")
    assert read_article("blinken-lavrov-griner").id == DEFAULT_EXAMPLE
    assert read_article("example", language="en").language == "en"


def test_unknown_example_lists_available():
    with pytest.raises(InputError, match=r"unknown example 'nope'; available: .*blinken-lavrov-griner"):
        example_path("nope")


# --- read_text -----------------------------------------------------------------


def test_utf8_bom_is_stripped_and_crlf_normalised(tmp_path):
    path = write(tmp_path / "bom.txt", b"\xef\xbb\xbf" + "Première ligne.\r\nSeconde.\r\n".encode())
    assert read_text(path) == "Première ligne.\nSeconde.\n"


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_legacy_encoding_falls_back_with_warning(tmp_path, encoding):
    text = FRENCH if encoding == "cp1252" else FRENCH.replace("’", "'").replace("€", "EUR")
    path = write(tmp_path / "old.txt", text.encode(encoding))
    with pytest.warns(InputWarning, match=r"old\.txt: not valid UTF-8; decoded as Windows-1252"):
        assert read_text(path) == text


def test_neither_utf8_nor_cp1252_is_an_error(tmp_path):
    # 0x81 and 0x8d are undefined in cp1252.
    path = write(tmp_path / "odd.txt", b"caf\x81 \x8d bad " * 20)
    with pytest.raises(InputError, match=r"odd\.txt: is neither UTF-8 nor Windows-1252"):
        read_text(path)


def test_cp1252_mojibake_is_refused(tmp_path):
    # GBK-encoded Chinese decodes as cp1252 without error, but into gibberish.
    path = write(tmp_path / "zh.txt", ("美国国务卿布林肯星期五表示。" * 30).encode("gbk"))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with pytest.raises(InputError, match="neither UTF-8 nor Windows-1252"):
            read_text(path)


def test_utf16_with_bom_is_decoded_with_warning(tmp_path):
    path = write(tmp_path / "notepad.txt", FRENCH.encode("utf-16"))
    with pytest.warns(InputWarning, match="UTF-16"):
        assert read_text(path) == FRENCH


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n  "])
def test_empty_file(tmp_path, data):
    with pytest.raises(InputError, match=r"empty\.txt: file is empty"):
        read_text(write(tmp_path / "empty.txt", data))


@pytest.mark.parametrize(
    "data",
    [b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(100), b"text\x01\x02\x03\x04\x05\x06 more" * 10],
)
def test_binary_file(tmp_path, data):
    with pytest.raises(InputError, match=r"image\.txt: looks like a binary file"):
        read_text(write(tmp_path / "image.txt", data))


def test_missing_file(tmp_path):
    with pytest.raises(InputError, match=r"nothere\.txt: no such file"):
        read_text(tmp_path / "nothere.txt")


def test_folder_is_not_a_file(tmp_path):
    with pytest.raises(InputError, match="is a folder"):
        read_text(tmp_path)


def test_too_large(tmp_path):
    path = write(tmp_path / "big.txt", "x" * 2000)
    with pytest.raises(InputError, match=r"big\.txt: file is 2,000 bytes, over the 100-byte limit"):
        read_text(path, max_bytes=100)
    assert len(read_text(path, max_bytes=2000)) == 2000


def test_html_file_is_converted_with_warning(tmp_path):
    html = (
        "<!DOCTYPE html><html><head><style>p { color: red }</style>"
        "<script>var quote = 'not text';</script></head><body>"
        "<h1>Blinken &amp; Lavrov</h1><p>« Nous poursuivrons », a-t-il dit.</p>"
        "<div>Second   paragraph<br>with a break.</div></body></html>"
    )
    path = write(tmp_path / "page.html", html)
    with pytest.warns(InputWarning, match=r"page\.html: HTML converted to plain text"):
        text = read_text(path)
    assert text == (
        "Blinken & Lavrov\n\n« Nous poursuivrons », a-t-il dit.\n\nSecond paragraph\nwith a break."
    )


def test_html_detected_inside_txt(tmp_path):
    path = write(tmp_path / "saved.txt", "<div><p>Un.</p><p>Deux.</p><p>Trois.</p></div>")
    with pytest.warns(InputWarning, match="HTML converted"):
        assert read_text(path) == "Un.\n\nDeux.\n\nTrois."


def test_plain_text_with_a_tag_stays_as_is(tmp_path):
    text = "Le symbole <b> désigne le gras en HTML. Rien d’autre.\n"
    path = write(tmp_path / "plain.txt", text)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert read_text(path) == text


def test_html_to_text():
    html = "<p>A&nbsp;:&#160;b</p><script>alert(1)</script><ul><li>un</li><li>deux</li></ul>"
    assert html_to_text(html) == "A\u00a0:\u00a0b\n\nun\n\ndeux"
    assert html_to_text("<p>a\n   b</p>\n\n\n<p>c</p>") == "a b\n\nc"
    assert html_to_text("<style>x{}</style>") == ""


# --- read_article / article_from_text ------------------------------------------------


def test_read_article_from_path(tmp_path):
    path = write(tmp_path / "note.en.txt", "Mr. Obama said yes.\r\n")
    for source in (path, str(path)):
        article = read_article(source)
        assert article == Article(
            id="note", text="Mr. Obama said yes.\n", language="en", path=str(path)
        )
    assert read_article(path, language="FR").language == "fr"


@pytest.mark.parametrize("source", ["missing.txt", "corpus/2022/missing.jsonl", "some/dir/file"])
def test_read_article_missing_path_like(source):
    with pytest.raises(InputError, match="no such file"):
        read_article(source)


def test_read_article_refuses_a_corpus(tmp_path):
    path = jsonl(tmp_path / "c.jsonl", {"id": "a", "text": "Un."})
    with pytest.raises(InputError, match="read_articles"):
        read_article(path)


def test_read_article_raw_text():
    article = read_article("Il a dit : « Non. »\r\nFin.")
    assert article.id == "text"
    assert article.text == "Il a dit : « Non. »\nFin."
    assert article.path is None


@pytest.mark.parametrize("text", ["", "  \n "])
def test_empty_raw_text(text):
    with pytest.raises(InputError, match="empty"):
        read_article(text)
    with pytest.raises(InputError, match="empty"):
        article_from_text(text)


def test_article_from_text():
    article = article_from_text("\ufeffUn.\r\nDeux.", id="a1", language=" En ")
    assert (article.id, article.text, article.language) == ("a1", "Un.\nDeux.", "en")
    assert article_from_text("x", language="auto").language is None
    with pytest.raises(ValueError, match=r"language must be one of 'auto', 'fr', 'en'; got 'de'"):
        article_from_text("x", language="de")


def test_article_is_frozen():
    with pytest.raises(dataclasses.FrozenInstanceError):
        article_from_text("x").text = "y"  # type: ignore[misc]


# --- JSONL corpora --------------------------------------------------------------------


def test_jsonl_broken_lines_reported_and_rest_read(tmp_path):
    path = jsonl(
        tmp_path / "corpus.jsonl",
        {"id": "a", "text": "Premier.", "language": "fr", "title": "T", "date": "2022-08-05",
         "source": "Le Monde", "url": "ignored"},
        "",
        '{"id": "b", "text": "broken',
        ["not", "an", "object"],
        {"id": "d"},
        {"id": "e", "text": "   "},
        {"id": "f", "text": 42},
        {"id": ["x"], "text": "list id"},
        {"id": 7, "text": "Numeric id."},
        {"text": "No id."},
        {"id": "g", "text": "Bad language.", "language": "de"},
        {"id": "h", "text": "Dernier."},
    )  # fmt: skip
    records = list(iter_records(path))
    articles = [r for r in records if isinstance(r, Article)]
    bad = [r for r in records if isinstance(r, BadRecord)]

    assert [a.id for a in articles] == ["a", "7", "corpus-10", "h"]
    assert articles[0] == Article(
        id="a", text="Premier.", language="fr", title="T", date="2022-08-05",
        source="Le Monde", path=str(path),
    )  # fmt: skip
    assert [(b.line, b.id) for b in bad] == [(3, None), (4, None), (5, "d"), (6, "e"), (7, "f"),
                                             (8, None), (11, "g")]  # fmt: skip
    assert all(b.source == str(path) for b in bad)
    assert bad[0].error.startswith("line 3: invalid JSON")
    assert bad[1].error == "line 4: expected a JSON object, got array"
    assert bad[2].error == "line 5: missing 'text'"
    assert bad[3].error == "line 6: 'text' is empty"
    assert bad[4].error == "line 7: 'text' must be a string, got number"
    assert bad[5].error == "line 8: 'id' must be a string or a number, got array"
    assert "got 'de'" in bad[6].error


def test_jsonl_invalid_utf8_line(tmp_path):
    path = write(tmp_path / "c.jsonl", b'{"id": "a", "text": "caf\xe9"}\n{"id": "b", "text": "ok"}\n')
    records = list(iter_records(path))
    assert records[0] == BadRecord(id=None, source=str(path), line=1, error="line 1: not valid UTF-8")
    assert records[1].text == "ok"


def test_jsonl_gz(tmp_path):
    path = tmp_path / "corpus.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as f:
        f.write('{"id": "a", "text": "L’été."}\n{"text": "Sans id."}\n')
    articles = list(read_articles(path))
    assert [(a.id, a.text) for a in articles] == [("a", "L’été."), ("corpus-2", "Sans id.")]


def test_truncated_gz_yields_records_then_a_bad_record(tmp_path):
    lines = "".join(json.dumps({"id": str(i), "text": f"Article {i}. " * 20}) + "\n" for i in range(200))
    data = gzip.compress(lines.encode())
    path = write(tmp_path / "cut.jsonl.gz", data[: len(data) // 2])
    records = list(iter_records(path))
    assert isinstance(records[0], Article) and records[0].id == "0"
    assert isinstance(records[-1], BadRecord)
    assert "corpus ends early" in records[-1].error


def test_gz_that_is_not_gzip(tmp_path):
    path = write(tmp_path / "fake.jsonl.gz", '{"id": "a", "text": "x"}\n')
    with pytest.raises(InputError, match=r"fake\.jsonl\.gz: cannot read"):
        list(iter_records(path))


# --- folders, single files, unknown kinds ------------------------------------------------


def test_folder_of_txt_with_one_bad_file(tmp_path):
    write(tmp_path / "b.fr.txt", "Deuxième.")
    write(tmp_path / "a.txt", "First.")
    write(tmp_path / "c.txt", b"")
    write(tmp_path / "notes.md", "ignored")
    (tmp_path / "sub").mkdir()
    write(tmp_path / "sub" / "d.txt", "not read: the folder is read non-recursively")
    records = list(iter_records(tmp_path))
    assert [type(r).__name__ for r in records] == ["Article", "Article", "BadRecord"]
    assert [(r.id, r.language) for r in records[:2]] == [("a", None), ("b", "fr")]
    assert records[2] == BadRecord(id="c", source=str(tmp_path / "c.txt"), line=None, error="file is empty")


def test_single_file_source(tmp_path):
    path = write(tmp_path / "one.html", "<html><body><p>Un.</p></body></html>")
    with pytest.warns(InputWarning):
        assert [a.text for a in iter_records(path)] == ["Un."]


def test_unknown_kind_and_missing_source(tmp_path):
    path = write(tmp_path / "table.csv", "id,text\n")
    with pytest.raises(InputError, match=r"table\.csv: unsupported input; expected .*\.txt.*folder.*\.jsonl"):
        iter_records(path)  # raised at call time, not on first next()
    with pytest.raises(InputError, match="no such file"):
        iter_records(tmp_path / "absent.jsonl")


# --- read_articles error policy -------------------------------------------------------------


@pytest.fixture
def corpus(tmp_path) -> Path:
    return jsonl(tmp_path / "c.jsonl", {"id": "a", "text": "Un."}, "{oops", {"id": "b", "text": "Deux."})


def test_read_articles_warns_by_default(corpus):
    with pytest.warns(InputWarning, match=r"c\.jsonl: line 2: invalid JSON"):
        assert [a.id for a in read_articles(corpus)] == ["a", "b"]


def test_read_articles_skip(corpus):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert [a.id for a in read_articles(corpus, on_error="skip")] == ["a", "b"]


def test_read_articles_raise(corpus):
    articles = read_articles(corpus, on_error="raise")
    assert next(articles).id == "a"
    with pytest.raises(InputError, match=r"c\.jsonl: line 2: invalid JSON"):
        next(articles)


def test_read_articles_bad_option(corpus):
    with pytest.raises(ValueError, match=r"on_error must be one of 'warn', 'raise', 'skip'; got 'ignore'"):
        read_articles(corpus, on_error="ignore")  # type: ignore[arg-type]
