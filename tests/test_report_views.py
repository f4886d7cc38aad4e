"""What the reports display: the highlighted article (analysis.highlight), tables styled for
reading and sentences for empty sections (analysis.views). No kernel here: fast."""
from __future__ import annotations

import math
import re
from html.parser import HTMLParser

import numpy as np
import pandas as pd
import pytest

from analysis import colors, highlight, views
from analysis.io import Article
from analysis.quotes.model import UNATTRIBUTED, Quote

PAYLOADS = ['<script>alert("x")</script>', '<img src=x onerror=alert(1)>', '" onmouseover="alert(1)',
            "</mark><svg onload=alert(1)>"]


class Elements(HTMLParser):
    """Every element and attribute of an HTML fragment, and its text."""

    def __init__(self, markup: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.open: list[str] = []
        self.feed(markup)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag not in ("img", "br", "meta", "link", "input", "hr"):
            self.open.append(tag)

    def handle_endtag(self, tag):
        assert self.open and self.open[-1] == tag, f"</{tag}> closes <{self.open[-1] if self.open else None}>"
        self.open.pop()

    def handle_data(self, data):
        self.text.append(data)


def article_text(markup: str) -> str:
    """The article as the view shows it, without the speakers' labels."""
    body = markup[markup.index('<div class="nq-text">'):]
    body = re.sub(r'<span class="nq-who"[^>]*>[^<]*</span>', "", body)
    return "".join(Elements(body.removesuffix("\n</div>")).text).rstrip("\n")


def assert_nothing_injected(markup: str, allowed: set[str]) -> Elements:
    parsed = Elements(markup)
    assert not parsed.open, f"unclosed {parsed.open}"
    for tag, attrs in parsed.tags:
        assert tag in allowed, tag
        assert not [a for a in attrs if a.startswith("on")], (tag, attrs)
        assert all("javascript:" not in (v or "") for v in attrs.values())
    return parsed


# --- the article with its quotes --------------------------------------------------------

TEXT = ("Le maire Jean Dupont a déclaré : « Nous construirons une piscine. » "
        "Puis il a ajouté : « Les travaux commencent lundi. » Un voisin : « Trop tard. »")


def quotes_of(text: str) -> list[Quote]:
    def q(fragment, speaker, mention=None, cue=None, kind="direct"):
        start = text.index(fragment)
        m = text.index(mention) if mention else None
        c = text.index(cue) if cue else None
        return Quote(start, start + len(fragment), fragment, speaker, mention,
                     m, m + len(mention) if mention else None, cue, c, c + len(cue) if cue else None, kind)

    return [q("Nous construirons une piscine.", "Jean Dupont", "Le maire Jean Dupont", "a déclaré"),
            q("Les travaux commencent lundi.", "Jean Dupont", "il", "a ajouté"),
            q("Trop tard.", None)]


def test_article_view_marks_each_quote_in_its_speakers_colour():
    palette = colors.speaker_colors(["Jean Dupont"])
    view = highlight.article_view(TEXT, quotes_of(TEXT), title="La piscine", colors=palette)
    parsed = assert_nothing_injected(view.html, {"div", "style", "p", "span", "mark"})
    assert article_text(view.html) == TEXT  # the whole text, as is, labels aside
    marks = [attrs for tag, attrs in parsed.tags if tag == "mark"]
    assert len(marks) == 3
    assert [m["title"] for m in marks] == ["Jean Dupont (direct quote)", "Jean Dupont (direct quote)",
                                           f"{UNATTRIBUTED} (direct quote)"]
    assert palette["Jean Dupont"] in marks[0]["style"]
    assert colors.UNATTRIBUTED_COLOR in marks[2]["style"]
    labels = [attrs for tag, attrs in parsed.tags if tag == "span" and attrs.get("class") == "nq-who"]
    assert len(labels) == 3  # the speaker's name after each quote
    cues = [attrs for tag, attrs in parsed.tags if attrs.get("class") == "nq-cue" and attrs.get("title") == "cue"]
    assert len(cues) == 2  # underlined (CSS of .nq-cue)
    assert "text-decoration:underline" in view.html
    legend = view.html[view.html.index('class="nq-legend"'):view.html.index('class="nq-key"')]
    assert "Jean Dupont (2 quotes)" in legend and f"{UNATTRIBUTED} (1 quote)" in legend
    assert legend.index("Jean Dupont") < legend.index(UNATTRIBUTED)  # unattributed last
    assert view.quotes == 3 and view.speakers == 1
    assert view._repr_html_() == view.html and "<script" not in view.html


def test_each_mark_holds_its_quote():
    view = highlight.article_view(TEXT, quotes_of(TEXT))
    body = view.html[view.html.index('<div class="nq-text">'):]
    marked = [Elements(m).text for m in re.findall(r"<mark[^>]*>(.*?)</mark>", body)]
    assert ["".join(m) for m in marked] == [q.text for q in quotes_of(TEXT)]


@pytest.mark.parametrize("payload", PAYLOADS)
def test_nothing_reaches_the_html_unescaped(payload):
    text = f"« Il faut {payload} agir », a déclaré {payload}. Suite {payload}."
    start = text.index("Il faut")
    end = text.index(" »")
    cue = text.index("a déclaré")
    mention = text.rindex(payload, 0, text.index(". Suite"))
    quotes = [Quote(start, end, text[start:end], f"Jean {payload}", payload, mention, mention + len(payload),
                    "a déclaré", cue, cue + 9)]
    view = highlight.article_view(text, quotes, title=f"Titre {payload}", meta=[payload, "2024-01-01"])
    parsed = assert_nothing_injected(view.html, {"div", "style", "p", "span", "mark"})
    assert payload in "".join(parsed.text)  # shown, as text
    for tag, attrs in parsed.tags:
        for value in attrs.values():
            assert "<" not in (value or "") or payload in (value or "")  # inside a quoted attribute


def test_colours_are_checked_before_they_reach_css():
    text = "« Oui », a dit Ana."
    quote = Quote(2, 5, "Oui", "Ana")
    with pytest.raises(ValueError):
        highlight.article_view(text, [quote], colors={"Ana": "red;} body{display:none"})
    view = highlight.article_view(text, [quote], colors={"Ana": "red"})
    assert "#ff0000" in view.html


def test_overlapping_and_out_of_range_marks_nest_correctly():
    text = "« Un deux trois », dit Ana."
    quotes = [Quote(2, 15, "Un deux trois", "Ana", "deux", 5, 9, "trois", 10, 99),
              Quote(5, 9, "deux", "Bob"), Quote(40, 50, "", "Cy")]
    view = highlight.article_view(text, quotes)
    assert_nothing_injected(view.html, {"div", "style", "p", "span", "mark"})


def test_article_without_quotes_says_so():
    view = highlight.article_view("Rien à signaler.", [], title="Calme")
    assert "No quotes found" in view.html and "<mark" not in view.html
    assert "Rien à signaler." in view.html


# --- tables styled for reading ------------------------------------------------------------


def speakers() -> pd.DataFrame:
    return pd.DataFrame({"speaker": ["Ana <b>", UNATTRIBUTED], "quotes": np.array([3, 1], dtype="int64"),
                         "share": [0.75, 0.25], "mean": [0.12345, math.nan], "low": [math.nan, None],
                         "few_quotes": [False, True], "mention": ["la ministre", None]})


def cells(styler) -> list[list[str]]:
    """The rendered table, row by row (header first), cell texts as a reader sees them."""
    parsed = HTMLParser()
    rows: list[list[str]] = []
    cell = {"in": False}

    def start(tag, attrs):
        if tag == "tr":
            rows.append([])
        if tag in ("td", "th"):
            cell["in"] = True
            rows[-1].append("")

    def end(tag):
        if tag in ("td", "th"):
            cell["in"] = False

    def data(text):
        if cell["in"]:
            rows[-1][-1] += text

    parsed.handle_starttag, parsed.handle_endtag, parsed.handle_data = start, end, data
    parsed.feed(styler.to_html())
    return [[c.strip() for c in row] for row in rows]


def test_table_is_styled_for_reading():
    styler = views.table(speakers())
    rows = cells(styler)
    assert rows[0] == ["speaker", "quotes", "share", "mean sentiment", "95% low", "few quotes", "mention"]
    assert rows[1] == ["Ana <b>", "3", "75%", "0.12", "", "", "la ministre"]  # rounded, per cent
    assert rows[2] == [UNATTRIBUTED, "1", "25%", "", "", "yes", ""]  # missing: blank, never NaN/None
    html = styler.to_html()
    assert "Ana &lt;b&gt;" in html and "Ana <b>" not in html
    assert "nan" not in html.lower().replace("nanos", "") and "None" not in html
    assert "level0 row0" not in html and 'class="row_heading' not in html  # no index column
    # text left-aligned, numbers right-aligned (their headers too)
    assert [alignment(html, f"_row0_col{c}") for c in range(7)] == ["left", "right", "right", "right",
                                                                 "right", "right", "left"]
    assert alignment(html, "th.col1") == "right"


def alignment(html: str, selector: str) -> str | None:
    """The last text-align a CSS rule of the table's <style> gives ``selector``."""
    css = html[: html.index("</style>")]
    found = None
    for selectors, props in re.findall(r"([^{}]+)\{([^}]*)\}", css):
        if any(s.strip().endswith(selector) for s in selectors.split(",")):
            match = re.search(r"text-align:\s*(\w+)", props)
            found = match.group(1) if match else found
    return found


def test_table_columns_and_headers():
    rows = cells(views.table(speakers(), columns=["speaker", "quotes"], headers={"quotes": "quotes found"}))
    assert rows[0] == ["speaker", "quotes found"]


def test_headers_are_escaped():
    df = pd.DataFrame({"<script>x</script>": [1]})
    html = views.table(df).to_html()
    assert "<script>x" not in html and "&lt;script&gt;x" in html


def test_empty_sections_say_so_in_a_sentence():
    note = views.note_or_table(speakers().iloc[:0], "No article failed.")
    assert isinstance(note, views.Note)
    assert note._repr_html_() == '<p style="color:#555;font-style:italic">No article failed.</p>'
    assert views.Note("")._repr_html_() == ""  # where a table above said it already
    assert "&lt;b&gt;" in views.Note("<b>")._repr_html_()
    assert not isinstance(views.note_or_table(speakers(), "empty"), views.Note)
    drawn = []
    assert isinstance(views.chart(lambda df, **kw: drawn.append(kw), speakers().iloc[:0], empty="none"), views.Note)
    views.chart(lambda df, **kw: drawn.append(kw), speakers(), empty="none", top_n=3)
    assert drawn == [{"top_n": 3}]


def test_summary_shows_only_what_is_known():
    series = pd.Series({"id": "a1", "title": None, "source": math.nan, "date": "", "quotes": np.int64(1234),
                        "quoted share of characters": 0.523, "language": "fr"}, dtype=object)
    rows = cells(views.summary(series))
    assert rows == [["id", "a1"], ["quotes", "1,234"], ["quoted share of characters", "52%"],
                    ["language", "fr"]]
    assert isinstance(views.summary({"title": None}), views.Note)


def test_article_name():
    assert views.article_name(Article(id="a1", text="x", title="  Le titre ")) == "Le titre"
    assert views.article_name(Article(id="a1", text="x")) == "a1"


def test_article_counts_agree_between_summary_and_charts():
    from analysis import plots, tables
    from analysis.io import read_article
    from analysis.quotes import extract_quotes

    article = read_article("example")
    quotes = extract_quotes(article.text, language="fr")
    quotes = [*quotes, Quote(0, 3, article.text[:3], None)]  # and one quote without a speaker
    summary = tables.article_summary(article, quotes, language="fr")
    speakers = tables.speaker_table(quotes, language="fr")
    title = plots.plot_quotes_per_speaker(speakers, top_n=2).axes[0].get_title()
    assert title.endswith(f"(top 2 of {summary['speakers']})")  # unattributed quotes are not a speaker
    table = tables.quotes_table(quotes, language="fr", text_length=len(article.text))
    positions = plots.plot_quote_positions(table, text_length=len(article.text), top_n=2).axes[0].get_title()
    assert positions.endswith(f"(top 2 of {summary['speakers']})")
    view = highlight.article_view(article.text, quotes)
    assert view.quotes == summary["quotes"] and view.speakers == summary["speakers"]


@pytest.mark.parametrize("name", ["article_report.ipynb", "corpus_report.ipynb"])
def test_report_notebooks_display_only_through_views(name):
    """Every table and chart of a report goes through analysis.views or analysis.highlight:
    escaped, styled, and a sentence where a section is empty."""
    import ast

    import nbformat

    from analysis.report import notebooks_dir

    nb = nbformat.read(notebooks_dir() / name, as_version=4)
    shown = []
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        source = "\n".join(line for line in cell.source.splitlines() if not line.startswith("%"))
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "display":
                (argument,) = node.args
                assert isinstance(argument, ast.Call), ast.unparse(node)
                shown.append(ast.unparse(argument.func))
    assert shown and set(shown) <= {"views.table", "views.note_or_table", "views.summary", "views.chart",
                                    "highlight.article_view"}, shown
    assert ("highlight.article_view" in shown) == (name == "article_report.ipynb")


def test_speaker_label_follows_the_closing_quote_mark():
    text = "« Oui », a dit Ana. “No” he said. «Peut-être"
    quotes = [Quote(2, 5, "Oui", "Ana"), Quote(21, 23, "No", "Bob"), Quote(36, 45, "Peut-être", "Cy")]
    body = highlight.article_view(text, quotes).html.split('<div class="nq-text">')[1]
    plain = re.sub(r"<[^>]*>", "", re.sub(r'<span class="nq-who"[^>]*>([^<]*)</span>', r"[\1]", body))
    assert "Oui »[Ana], a dit" in plain
    assert "No”[Bob] he said" in plain
    assert "Peut-être[Cy]" in plain  # no closing mark: at its end
