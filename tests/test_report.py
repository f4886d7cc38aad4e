"""Report runs: papermill executes notebooks/article_report.ipynb, nbconvert writes HTML.

The two papermill runs here start a kernel each (about 10 s apiece).
"""
from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

from analysis import report

HEADINGS = [
    "The article with its quotes",
    "The article at a glance",
    "Quotes",
    "Quotes per speaker",
    "Sentiment per speaker",
    "Quotes along the article",
    "Words per speaker",
    "Quoted speech and narrative",
]

ARTICLE = """Le maire promet une piscine pour tous

« Nous allons construire une piscine <script>alert(1)</script> pour tous les enfants de la ville », a déclaré le maire Jean Dupont lundi soir.

Les habitants attendaient cette annonce depuis des années.

« C'est une <b>excellente</b> nouvelle pour les familles du quartier », a réagi Marie Martin, présidente de l'association des parents.

« Les travaux commenceront au printemps et dureront deux ans », a ajouté Jean Dupont.
"""


@pytest.fixture(scope="module")
def article_path(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("articles") / "piscine-municipale.fr.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def executed(article_path, tmp_path_factory) -> report.ReportPaths:
    """One papermill run for the module (a kernel start is slow); a relative article path."""
    out = tmp_path_factory.mktemp("out")
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(article_path.parent)  # a relative article path is resolved for the kernel
        return report.run_report(article_path.name, language="fr", out_dir=out, top_n=3, min_quotes=2,
                                 timeout=120)


def injected_parameters(notebook: Path) -> str:
    nb = nbformat.read(notebook, as_version=4)
    cells = [c for c in nb.cells if "injected-parameters" in c.metadata.get("tags", [])]
    assert len(cells) == 1
    return cells[0].source


def test_run_report_writes_notebook_and_escaped_html(executed, article_path):
    paths = executed
    out = paths.notebook.parent
    assert paths == report.ReportPaths(notebook=out / "piscine-municipale.ipynb",
                                       html=out / "piscine-municipale.html")
    assert paths.notebook.is_file() and paths.html.is_file()

    source = injected_parameters(paths.notebook)
    assert json.dumps(str(article_path.resolve())) in source
    assert 'language = "fr"' in source and "top_n = 3" in source and "min_quotes = 2" in source

    html = paths.html.read_text(encoding="utf-8")
    for heading in HEADINGS:
        assert f">{heading}<" in html or f">{heading}<a" in html, heading
    assert html.count("<img") >= 4  # the charts, inline
    assert "from analysis" not in html and "read_article(" not in html  # no code cells
    assert "Traceback" not in html
    # article text is untrusted: shown, but escaped
    assert "<script>alert(1)" not in html
    assert "<b>excellente" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;b&gt;excellente&lt;/b&gt;" in html
    assert "Jean Dupont" in html


def test_failed_run_keeps_the_executed_notebook(tmp_path):
    missing = tmp_path / "missing.fr.txt"
    out = tmp_path / "out"
    with pytest.raises(report.ReportError, match="missing") as caught:
        report.run_report(missing, out_dir=out, timeout=60)
    record = caught.value.notebook
    assert record == out / "missing.ipynb"
    assert record.is_file()
    assert str(record) in str(caught.value)
    nb = nbformat.read(record, as_version=4)
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "error"]
    assert errors
    assert not (out / "missing.html").exists()


def test_missing_notebook_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.setattr(report, "notebooks_dir", lambda: tmp_path)
    with pytest.raises(FileNotFoundError, match="article_report.ipynb"):
        report.run_report("example", out_dir=tmp_path / "out")


@pytest.mark.parametrize("kwargs, match", [
    ({"language": "de"}, "one of 'auto', 'fr', 'en'; got 'de'"),
    ({"top_n": 0}, "positive"),
])
def test_bad_options(kwargs, match, tmp_path):
    with pytest.raises(ValueError, match=match):
        report.run_report("example", out_dir=tmp_path, **kwargs)


def test_article_parameter_and_id(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.en.txt").write_text("x", encoding="utf-8")
    assert report._article_parameter("example") == "example"
    assert report._article_parameter("blinken-lavrov-griner") == "blinken-lavrov-griner"
    assert report._article_parameter("a.en.txt") == str(tmp_path / "a.en.txt")
    assert report._article_parameter(Path("gone.txt")) == str(tmp_path / "gone.txt")
    assert report._article_parameter("no-such-example") == str(tmp_path / "no-such-example")
    assert report._article_id(str(tmp_path / "a.en.txt")) == "a"
    assert report._article_id("blinken-lavrov-griner") == "blinken-lavrov-griner"
    assert report._article_id("example") == "blinken-lavrov-griner"


def test_notebooks_dir_holds_the_report():
    assert (report.notebooks_dir() / "article_report.ipynb").is_file()


def test_export_html_drops_code_and_escapes_text(tmp_path):
    nb = new_notebook(cells=[
        new_markdown_cell("## A heading"),
        new_code_cell("secret_code_line = 1", outputs=[
            new_output("stream", name="stdout", text="<script>alert(1)</script>\n"),
        ]),
    ])
    source = tmp_path / "nb.ipynb"
    nbformat.write(nb, source)
    html_path = report.export_html(source, tmp_path / "sub" / "nb.html")
    html = html_path.read_text(encoding="utf-8")
    assert "A heading" in html
    assert "secret_code_line" not in html
    assert "<script>alert(1)" not in html
    assert "&lt;script&gt;alert(1)" in html


# --- what a reader sees (the same executed report) -------------------------------------

class Tags(HTMLParser):
    def __init__(self, markup: str):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.feed(markup)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def test_the_article_with_its_quotes_opens_the_report(executed):
    html = executed.html.read_text(encoding="utf-8")
    first = html.index(">The article with its quotes<")
    assert first < html.index(">The article at a glance<") < html.index(">Quotes<")
    view = html[html.index('<div class="nq-article">'):html.index(">The article at a glance<")]
    assert html.index('<div class="nq-article">') > first
    assert view.count("<mark") == 3  # the three quotes of the article
    assert 'title="Jean Dupont (direct quote)"' in view and 'class="nq-legend"' in view
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in view  # the quote's payload, escaped


def test_report_is_offline_and_runs_no_script(executed):
    html = executed.html.read_text(encoding="utf-8")
    tags = Tags(html).tags
    assert not [t for t, _ in tags if t == "script"]  # no require.js, MathJax, nor anything else
    for tag, attrs in tags:
        for name in ("src", "href"):
            value = (attrs.get(name) or "").strip().lower()
            assert not value.startswith(("http:", "https:", "//")), (tag, attrs)
        assert not [a for a in attrs if a.startswith("on")], (tag, attrs)
    assert "@import" not in html and not re.search(r"url\(\s*['\"]?(https?:)?//", html)
    assert all(attrs["src"].startswith("data:image/png") for tag, attrs in tags if tag == "img")


def test_page_title_is_the_articles_name(executed):
    html = executed.html.read_text(encoding="utf-8")
    assert re.findall(r"<title>(.*?)</title>", html) == ["piscine-municipale"]  # no title: its id


def test_tables_show_what_is_known(executed):
    html = executed.html.read_text(encoding="utf-8")
    cells = re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", html, flags=re.S)
    assert cells
    assert not [c for c in cells if c.strip() in ("NaN", "nan", "None", "<NA>")]
    summary = html[html.index(">The article at a glance<"):html.index(">Quotes<")]
    assert ">title<" not in summary and ">source<" not in summary  # unknown: left out
    assert ">id<" in summary and ">piscine-municipale<" in summary
    assert 'class="row_heading' not in html and 'class="blank level0' not in html  # no index column


def test_the_report_counts_the_women_and_men_quoted(executed):
    html = executed.html.read_text(encoding="utf-8")
    assert "1 woman and 1 man are quoted; women have 33% of the quotes of the people of known gender." in html


def test_export_html_escapes_the_title(tmp_path):
    nb = new_notebook(cells=[new_markdown_cell("## A heading")])
    source = tmp_path / "nb.ipynb"
    nbformat.write(nb, source)
    html = report.export_html(source, tmp_path / "nb.html", title='<script>alert(1)</script> "x"').read_text()
    assert re.findall(r"<title>(.*?)</title>", html) == ['&lt;script&gt;alert(1)&lt;/script&gt; "x"']
    assert "<script" not in html
    assert "<title>nb</title>" in report.export_html(source, tmp_path / "nb.html").read_text()
