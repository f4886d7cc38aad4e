"""The corpus report: trends tables and charts, notebooks/corpus_report.ipynb under papermill.

The papermill run starts a kernel (about 10 s).
"""
from __future__ import annotations

import ast
import json
import re

import nbformat
import pandas as pd
import papermill as pm
import pytest
from pathlib import Path

from matplotlib.colors import to_hex
from matplotlib.figure import Figure

from analysis import colors, corpus, plots, report, trends
from analysis.cli import main
from analysis.quotes import UNATTRIBUTED

NOTEBOOK = "corpus_report.ipynb"
HEADINGS = ["The corpus at a glance", "Top quoted speakers", "Women among the people quoted", "Sentiment per speaker",
            "Share of quotes over time or across sources", "Sentiment per speaker over time or across sources",
            "Speakers and sources"]


def quotes_frame() -> pd.DataFrame:
    rows = [  # speaker, date, source, sentiment
        ("Ana", "2020-01-10", "Le Monde", 0.5), ("Ana", "2020-01-20", "Le Monde", 0.1),
        ("Ana", "2020-03-05", "Libération", -0.2), ("Bob", "2020-01-11", "Libération", -0.6),
        ("Bob", "2020-02-11", "Le Monde", -0.4), ("Cy", "2020-02-01", None, 0.0),
        (None, "2020-02-02", "Le Monde", 0.3), ("Ana", None, "Le Monde", 0.9),
    ]
    return pd.DataFrame(rows, columns=["speaker", "date", "source", "sentiment"])


def test_quote_shares_by_month():
    shares = trends.quote_shares(quotes_frame(), period="month", top_n=2)
    assert shares.attrs == {"axis": "Month", "undated": 1}
    assert list(shares["group"].cat.categories) == ["2020-01", "2020-02", "2020-03"]
    table = shares.pivot(index="group", columns="speaker", values="quotes")
    assert table.loc["2020-01"].tolist() == [2, 1, 0]  # Ana, Bob, others
    assert table.loc["2020-02"].tolist() == [0, 1, 2]  # Cy and an unattributed quote are others
    assert shares.groupby("group", observed=True)["share"].sum().tolist() == pytest.approx([1, 1, 1])


def test_quote_shares_by_source_and_named_speakers():
    shares = trends.quote_shares(quotes_frame(), by="source", speakers="bob, cy")
    assert shares.attrs["axis"] == "Source"
    assert list(shares["group"].cat.categories) == ["Le Monde", "Libération", trends.NO_SOURCE]
    assert list(shares["speaker"].cat.categories) == ["Bob", "Cy", trends.OTHERS]
    with pytest.raises(ValueError, match="no quotes from 'Dan'.*most quoted are 'Ana'"):
        trends.quote_shares(quotes_frame(), speakers=["Dan"])


@pytest.mark.parametrize("kwargs, match", [
    ({"by": "outlet"}, "by must be one of 'date', 'source'"),
    ({"period": "decade"}, "period must be one of 'auto', 'year'"),
    ({"top_n": 0}, "top_n must be a positive integer"),
])
def test_bad_options(kwargs, match):
    with pytest.raises(ValueError, match=match):
        trends.quote_shares(quotes_frame(), **kwargs)


def test_period_auto_keeps_charts_readable():
    dates = corpus.parse_dates
    assert trends._period(dates(["2020-01-01", "2020-01-20"]), "auto") == "day"
    assert trends._period(dates(["2020-01-01", "2020-04-20"]), "auto") == "week"
    assert trends._period(dates(["2016-02-24", "2018-11-19"]), "auto") == "quarter"
    assert trends._period(dates(["2000-01-01", "2020-01-01"]), "auto") == "year"
    assert trends._period(dates([None]), "auto") == "year"


def test_sentiment_by_group():
    table = trends.sentiment_by_group(quotes_frame(), period="month", top_n=2)
    ana_january = table[(table["group"] == "2020-01") & (table["speaker"] == "Ana")].iloc[0]
    assert ana_january["quotes"] == 2 and ana_january["mean"] == pytest.approx(0.3)
    assert ana_january["low"] <= 0.3 <= ana_january["high"]
    bob = table[table["speaker"] == "Bob"]
    assert bob["quotes"].tolist() == [1, 1] and bob["low"].isna().all()  # one quote: no interval


def test_speakers_by_source():
    table = trends.speakers_by_source(quotes_frame(), top_n=3, top_sources=1)
    assert table.index.tolist() == ["Ana", "Bob", "Cy"]
    assert table.columns.tolist() == ["Le Monde", trends.OTHERS]
    assert table.loc["Ana"].tolist() == [3, 1] and table.loc["Cy"].tolist() == [0, 1]


def test_source_labels_are_short():
    assert trends._source_label("Le Monde") == "Le Monde"
    url = "https://fr.wikinews.org/wiki/Climat_:_vers_une_mont%C3%A9e_rapide_du_niveau_des_oc%C3%A9ans"
    label = trends._source_label(url)
    assert label.startswith("Climat : vers une montée") and len(label) <= 28


def test_charts_have_labelled_axes():
    quotes = quotes_frame()
    figures = [
        trends.plot_quote_shares(trends.quote_shares(quotes)),
        trends.plot_sentiment_by_group(trends.sentiment_by_group(quotes, by="source")),
        trends.plot_speakers_by_source(trends.speakers_by_source(quotes)),
        trends.plot_quote_shares(trends.quote_shares(quotes.iloc[:0])),  # no quotes at all
    ]
    for fig in figures:
        assert isinstance(fig, Figure)
        ax = fig.axes[0]
        assert ax.get_xlabel() and ax.get_ylabel() and ax.get_title()


def test_corpus_overview():
    results = corpus.open_results("example")
    overview = trends.corpus_overview(results)
    assert overview["articles"] == 13 and overview["failed"] == 0
    assert overview["first date"] == "2016-02-24" and overview["last date"] == "2018-11-19"
    assert overview["speakers"] == int((results.speakers["speaker"] != UNATTRIBUTED).sum())


# --- the notebook ----------------------------------------------------------------------------


def load():
    nb = nbformat.read(report.notebooks_dir() / NOTEBOOK, as_version=4)
    nbformat.validate(nb)
    return nb


def code_cells(nb):
    return [c for c in nb.cells if c.cell_type == "code"]


def test_notebook_is_committed_clean_and_portable():
    nb = load()
    first = code_cells(nb)[0]
    assert "parameters" in first.metadata.get("tags", [])
    for line in first.source.splitlines():
        assert re.match(r"^\w+: (str|int|float|bool) = .+  # \S", line), line
    for cell in code_cells(nb):
        assert cell.outputs == [] and cell.execution_count is None
    assert nb.metadata.kernelspec.name == "python3"
    assert "argv" not in json.dumps(nb.metadata)
    assert not re.search(r'"(/|[A-Za-z]:\\\\)', json.dumps(nb.metadata))
    headings = [line[3:] for c in nb.cells if c.cell_type == "markdown"
                for line in c.source.splitlines() if line.startswith("## ")]
    assert headings == HEADINGS


def test_notebook_logic_lives_in_the_package():
    for cell in code_cells(load()):
        source = "\n".join(line for line in cell.source.splitlines() if not line.startswith("%"))
        for node in ast.walk(ast.parse(source)):
            assert not isinstance(node, (ast.FunctionDef, ast.ClassDef, ast.For, ast.While)), cell.source
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                modules = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module]
                assert {m.split(".")[0] for m in modules} <= {"analysis", "pandas", "IPython"}
        assert "HTML(" not in cell.source and "escape=False" not in cell.source
        assert ".style" not in cell.source


def test_notebook_parameters_match_run_corpus_report():
    parameters = pm.inspect_notebook(str(report.notebooks_dir() / NOTEBOOK))
    assert {name: p["inferred_type_name"] for name, p in parameters.items()} == {
        "source": "str", "language": "str", "top_n": "int", "speakers": "str", "group_by": "str",
        "period": "str"}
    assert parameters["source"]["default"] == '"example"'


def test_corpus_report_runs_and_escapes(tmp_path, capsys, monkeypatch):
    """A corpus whose text carries HTML: the report shows it escaped (one papermill run). Paths
    are relative, as a reader types them: the kernel, which runs in --out, still finds them."""
    rows = [
        {"id": "x1", "date": "2021-03-01", "source": "<b>Gazette</b>", "language": "fr",
         "text": "« Il faut <script>alert(1)</script> agir », a déclaré le maire Jean Dupont lundi."},
        {"id": "x2", "date": "2021-06-01", "source": "<script>alert(1)</script>", "language": "fr",
         "text": "« C'est une <b>excellente</b> nouvelle », a réagi Marie Martin, présidente."},
        {"id": "x3", "date": "2021-06-02", "source": "Le Monde", "language": "fr", "text": "   "},
    ]
    monkeypatch.chdir(tmp_path)
    Path("gazette.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                                     encoding="utf-8")
    assert main(["corpus", "gazette.jsonl", "--out", "gazette-results/", "-q"]) == 0
    capsys.readouterr()
    code = main(["report", "--corpus", "gazette-results/", "--out", "reports/", "--top-n", "5",
                 "--group-by", "source", "--timeout", "120", "-q"])
    out = capsys.readouterr().out
    assert code == 0
    html_path = tmp_path / "reports" / "gazette-corpus.html"
    assert f"Report: {html_path}" in out and "Jean Dupont" in out
    nb = nbformat.read(tmp_path / "reports" / "gazette-corpus.ipynb", as_version=4)
    injected = [c.source for c in nb.cells if "injected-parameters" in c.metadata.get("tags", [])]
    assert 'group_by = "source"' in injected[0]
    assert json.dumps(str(tmp_path / "gazette-results")) in injected[0]  # absolute for the kernel
    html = html_path.read_text(encoding="utf-8")
    for heading in HEADINGS:
        assert f">{heading}<" in html or f">{heading}<a" in html, heading
    assert html.count("<img") >= 5 and "Traceback" not in html
    assert "1 woman and 1 man are quoted; women have 50% of the quotes" in html  # the maire, the présidente
    assert "from analysis" not in html  # no code cells
    assert "<script>alert(1)" not in html and "<b>Gazette" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "&lt;b&gt;Gazette&lt;/b&gt;" in html
    assert "&#x27;text&#x27; is empty" in html or "'text' is empty" in html  # the failed record, listed
    assert "No article failed" not in html
    assert re.findall(r"<title>(.*?)</title>", html) == ["Corpus gazette"]
    assert "<script" not in html and not re.search(r'(src|href)="(https?:)?//', html)  # offline
    cells = re.findall(r"<td[^>]*>(.*?)</td>", html, flags=re.S)
    assert not [c for c in cells if c.strip() in ("NaN", "nan", "None", "<NA>")]


def test_empty_sections_of_the_corpus_report_say_so():
    results = corpus.open_results("example")
    assert trends.failures(results.articles).empty  # nothing failed: the report says it in a sentence
    named = trends.top_speakers(results.speakers, 100)
    assert UNATTRIBUTED not in set(named["speaker"])
    source = "".join(c.source for c in code_cells(load()))
    assert 'views.note_or_table(trends.failures(articles), "No article failed' in source


def test_counts_agree_between_summary_and_charts():
    results = corpus.open_results("example")
    overview = trends.corpus_overview(results)
    # (the speaker scorer of issue 11 leaves no quote of the example unattributed: the
    # unattributed row, when there is one, is not a speaker; see plot_quotes_per_speaker)
    title = plots.plot_quotes_per_speaker(results.speakers, top_n=10).axes[0].get_title()
    assert title.endswith(f"(top 10 of {overview['speakers']})")
    assert len(trends.top_speakers(results.speakers, 1000)) == overview["speakers"]


def test_a_speaker_has_one_colour_in_every_corpus_chart():
    quotes = quotes_frame()
    shares = trends.quote_shares(quotes, period="month", top_n=2)
    sentiment = trends.sentiment_by_group(quotes, period="month", top_n=2)
    palette = colors.speaker_colors(["Bob", "Ana"])  # the report's order, not the chart's
    bars = trends.plot_quote_shares(shares, colors=palette).axes[0]
    by_label = {}
    for container in bars.containers:
        by_label[container.get_label()] = to_hex(container.patches[0].get_facecolor())
    assert by_label["Ana"] == palette["Ana"] and by_label["Bob"] == palette["Bob"]
    assert by_label[trends.OTHERS] == colors.OTHERS_COLOR
    lines = trends.plot_sentiment_by_group(sentiment, colors=palette).axes[0].lines
    drawn = {line.get_label(): to_hex(line.get_color()) for line in lines if not line.get_label().startswith("_")}
    assert drawn == {"Ana": palette["Ana"], "Bob": palette["Bob"]}
    legend = [t.get_text() for t in trends.plot_sentiment_by_group(sentiment, colors=palette).legends[0].get_texts()]
    assert legend == ["Bob", "Ana"]


def test_run_corpus_report_options(tmp_path):
    with pytest.raises(ValueError, match="group_by must be one of 'date', 'source'"):
        report.run_corpus_report("example", out_dir=tmp_path, group_by="outlet")
    with pytest.raises(ValueError, match="period must be one of"):
        report.run_corpus_report("example", out_dir=tmp_path, period="decade")
    with pytest.raises(ValueError, match="language must be one of 'auto', 'fr', 'en'; got"):
        report.run_corpus_report("example", out_dir=tmp_path, language="de")


def test_report_takes_an_article_or_a_corpus_not_both(capsys):
    assert main(["report", "example", "--corpus", "example"]) == 2
    assert "not both" in capsys.readouterr().err


def test_speaker_palette_puts_the_speakers_of_interest_first():
    results = corpus.open_results("example")
    palette = trends.speaker_palette(results.speakers, ["Sprint", trends.OTHERS])
    first = colors.speaker_colors(["x"])["x"]
    assert palette["Sprint"] == first  # the most distinct colour to the speaker asked for
    assert palette["Donald Trump"] != first
    assert palette[trends.OTHERS] == colors.OTHERS_COLOR
    assert palette.get(UNATTRIBUTED, colors.UNATTRIBUTED_COLOR) == colors.UNATTRIBUTED_COLOR
    assert set(results.speakers["speaker"]) <= set(palette)
