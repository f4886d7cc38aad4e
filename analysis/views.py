"""What the report notebooks display: tables styled for reading, a sentence where a section
is empty, the name of an article or corpus.

Tables are pandas Stylers: text left-aligned, numbers right-aligned and rounded, shares in
per cent, no index, missing values blank, every cell and header HTML-escaped (article text,
titles and names are untrusted).
"""
from __future__ import annotations

import html
import numbers
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd
from pandas.io.formats.style import Styler

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from analysis.io import Article

__all__ = ["Note", "article_name", "chart", "note_or_table", "summary", "table"]

# column headers a reader understands without the API's documentation
HEADERS = {
    "mean": "mean sentiment", "low": "95% low", "high": "95% high", "few_quotes": "few quotes",
    "first_date": "first quote", "last_date": "last quote", "character_share": "share of characters",
    "word_share": "share of words", "top_words": "most frequent words",
}
PERCENT = ("share", "character_share", "word_share", "negative", "neutral", "positive")
_CSS = [
    {"selector": "", "props": "border-collapse:collapse;margin:.3rem 0 1rem;font-size:.9rem"},
    {"selector": "th", "props": "text-align:left;font-weight:600;border-bottom:1px solid #999;padding:.3rem .6rem"},
    {"selector": "td", "props": "padding:.25rem .6rem;border-bottom:1px solid #e6e6e6;vertical-align:top"},
    {"selector": "tbody tr:nth-child(even)", "props": "background:#fafafa"},
]


@dataclass(frozen=True)
class Note:
    """A sentence shown instead of an empty table or chart."""

    text: str

    def _repr_html_(self) -> str:
        if not self.text:  # said already, by the table above
            return ""
        return f'<p style="color:#555;font-style:italic">{html.escape(self.text)}</p>'

    def __repr__(self) -> str:
        return self.text


def _is_text(series: pd.Series) -> bool:
    """Text, dates and names: a column whose values are strings (an empty one counts as text)."""
    if pd.api.types.is_numeric_dtype(series) or pd.api.types.is_bool_dtype(series):
        return False
    known = series.dropna()
    return known.empty or known.map(lambda v: isinstance(v, str)).any()


def _cell(value: object, *, digits: int, percent: bool) -> str:
    """One value as a reader wants it: blank when missing, rounded, per cent, yes/blank."""
    if value is None or (not isinstance(value, str) and pd.api.types.is_scalar(value) and pd.isna(value)):
        return ""
    if isinstance(value, (bool, np.bool_)):
        return "yes" if value else ""
    if isinstance(value, numbers.Integral):
        return f"{int(value):,}"
    if isinstance(value, numbers.Real):
        if percent:
            return f"{value:.0%}"
        return f"{value:,.{digits}f}"
    return str(value)


def table(
    df: pd.DataFrame,
    *,
    columns: Sequence[str] | None = None,
    digits: int = 2,
    percent: Sequence[str] = PERCENT,
    headers: Mapping[str, str] | None = None,
) -> Styler:
    """``df`` (its ``columns``, by default all) styled for reading: text left-aligned,
    numbers right-aligned with ``digits`` decimals, the ``percent`` columns in per cent,
    booleans as "yes" or blank, missing values blank, no index, headers in words
    (:data:`HEADERS`, updated by ``headers``). Cells and headers are HTML-escaped.
    """
    view = df[list(columns)] if columns is not None else df
    view = view.reset_index(drop=True)
    names = {**HEADERS, **(headers or {})}
    styler = view.style.hide(axis="index")
    for column in view.columns:
        as_percent = column in percent
        styler = styler.format(lambda v, p=as_percent: html.escape(_cell(v, digits=digits, percent=p)),
                               subset=[column])
    styler = styler.format_index(lambda c: names.get(c, str(c)), axis="columns", escape="html")
    text = [c for c in view.columns if _is_text(view[c])]
    numbers = [c for c in view.columns if c not in text]
    if text:
        styler = styler.set_properties(subset=text, **{"text-align": "left"})
    if numbers:
        styler = styler.set_properties(subset=numbers, **{"text-align": "right", "white-space": "nowrap"})
        styler = styler.set_table_styles({c: [{"selector": "th", "props": "text-align:right"}] for c in numbers},
                                         overwrite=False)
    return styler.set_table_styles(_CSS, overwrite=False)


def note_or_table(df: pd.DataFrame, empty: str, **options) -> Styler | Note:
    """:func:`table` of ``df``, or the sentence ``empty`` when it has no rows."""
    return Note(empty) if df.empty else table(df, **options)


def chart(draw: Callable[..., Figure], data: pd.DataFrame, *, empty: str = "", **options) -> Figure | Note:
    """``draw(data, **options)`` (a chart of :mod:`analysis.plots` or :mod:`analysis.trends`),
    or the sentence ``empty`` when ``data`` has no rows: an empty section says so in words
    (``""``: nothing at all, where a table above says it already)."""
    return Note(empty) if data.empty else draw(data, **options)


def summary(values: pd.Series | Mapping[str, object], *, digits: int = 2) -> Styler | Note:
    """A two-column table of what is known (name, value): missing and empty values are left
    out rather than shown as ``None``; shares (names ending in "share") in per cent."""
    items = [(str(k), v) for k, v in dict(values).items()
             if not (v is None or (isinstance(v, float) and pd.isna(v)) or (isinstance(v, str) and not v.strip()))]
    if not items:
        return Note("Nothing to summarise.")
    rows = [(k, _cell(v, digits=digits, percent="share" in k)) for k, v in items]
    styler = (pd.DataFrame(rows, columns=["", "value"]).style
              .hide(axis="index").hide(axis="columns")
              .format(html.escape)
              .set_properties(subset=[""], **{"text-align": "left", "color": "#555"})
              .set_properties(subset=["value"], **{"text-align": "left", "font-weight": "600"}))
    return styler.set_table_styles(_CSS, overwrite=False)


def article_name(article: Article) -> str:
    """The article's title, else its id (its file name)."""
    title = (article.title or "").strip()
    return title or article.id
