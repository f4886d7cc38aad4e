"""Charts of quotes, speakers, sentiment and words; each returns a matplotlib Figure.

The figures are built without pyplot (no global state, nothing to close); show them in a
notebook with ``display(fig)`` after ``%matplotlib inline``, or save them with ``fig.savefig``.
"""
from __future__ import annotations

import math
import textwrap

from collections.abc import Mapping

import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from analysis.colors import color_of, speaker_colors
from analysis.quotes.model import UNATTRIBUTED

__all__ = [
    "plot_quote_positions",
    "plot_quotes_per_speaker",
    "plot_sentiment_per_speaker",
    "plot_top_words",
]

LABEL_WIDTH = 28  # characters per line of a speaker name on an axis


def _label(name: object, width: int = LABEL_WIDTH) -> str:
    """A speaker name wrapped on lines of at most ``width`` characters (at most 2 lines)."""
    lines = textwrap.wrap(str(name), width) or [""]
    if len(lines) > 2:
        lines = [lines[0], textwrap.shorten(" ".join(lines[1:]), width, placeholder="…")]
    return "\n".join(lines)


def _require(df: pd.DataFrame, columns: list[str], what: str) -> None:
    missing = [c for c in columns if c not in df.columns]
    if missing:
        raise ValueError(f"{what} needs columns {columns}; missing {missing}")


def _check_top_n(top_n: int) -> None:
    if not isinstance(top_n, (int, np.integer)) or top_n < 1:
        raise ValueError(f"top_n must be a positive integer, got {top_n!r}")


def _figure(rows: int, *, width: float = 8.0, per_row: float = 0.45, base: float = 1.6) -> Figure:
    return Figure(figsize=(width, base + per_row * max(rows, 1)), layout="constrained")


def _empty(fig: Figure, ax, message: str) -> Figure:
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes, color="0.4")
    ax.set_xticks([])
    ax.set_yticks([])
    return fig


def _top_speakers(speaker_df: pd.DataFrame, top_n: int) -> tuple[pd.DataFrame, pd.DataFrame, int]:
    """The ``top_n`` most quoted named speakers (most quoted first), the unattributed row
    (drawn apart, never counted as a speaker) and the number of named speakers."""
    ordered = speaker_df.sort_values(["quotes", "speaker"], ascending=[False, True], kind="stable")
    apart = ordered["speaker"].astype(str) == UNATTRIBUTED
    named = ordered[~apart]
    return named.head(top_n).reset_index(drop=True), ordered[apart].reset_index(drop=True), len(named)


def _of(shown: int, total: int) -> str:
    return f" (top {shown} of {total})" if total > shown else ""


def _palette(colors: Mapping[str, str] | None, speakers) -> Mapping[str, str]:
    """The report's palette, or one made from ``speakers`` in their order."""
    return colors if colors is not None else speaker_colors(speakers)


def _rows(n_named: int, n_apart: int) -> np.ndarray:
    """y of each row: the named speakers, then a gap, then the unattributed row."""
    return np.concatenate([np.arange(n_named, dtype=float), n_named + 0.4 + np.arange(n_apart, dtype=float)])


def _draw_apart_line(ax, n_named: int, n_apart: int) -> None:
    if n_named and n_apart:
        ax.axhline(n_named - 0.3, color="0.6", linewidth=0.8, linestyle=(0, (4, 3)))


def plot_quotes_per_speaker(
    speaker_df: pd.DataFrame, *, top_n: int = 10, colors: Mapping[str, str] | None = None
) -> Figure:
    """Horizontal bars: number of quotes of the ``top_n`` most quoted speakers, each in its
    colour (``colors``: :func:`analysis.colors.speaker_colors` of the report); quotes without
    a speaker are a grey bar apart, below a dashed line, not counted as a speaker.

    ``speaker_df`` is :func:`analysis.tables.speaker_table` (columns speaker, quotes).
    """
    _require(speaker_df, ["speaker", "quotes"], "plot_quotes_per_speaker")
    _check_top_n(top_n)
    top, apart, n_named = _top_speakers(speaker_df, top_n)
    colors = _palette(colors, top["speaker"])
    shown = pd.concat([top, apart], ignore_index=True)
    fig = _figure(len(shown))
    ax = fig.add_subplot()
    ax.set_title("Quotes per speaker" + _of(len(top), n_named))
    ax.set_xlabel("Number of quotes")
    ax.set_ylabel("Speaker")
    if shown.empty:
        return _empty(fig, ax, "No quotes found")
    y = _rows(len(top), len(apart))
    bars = ax.barh(y, shown["quotes"], color=[color_of(s, colors) for s in shown["speaker"]])
    for bar, speaker in zip(bars, shown["speaker"]):
        if speaker == UNATTRIBUTED:
            bar.set_hatch("///")
            bar.set_edgecolor("white")
    ax.bar_label(bars, padding=3)
    ax.set_yticks(y, [_label(s) for s in shown["speaker"]])
    ax.set_ylim(y[-1] + 0.6, -0.6)
    _draw_apart_line(ax, len(top), len(apart))
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.set_xlim(0, shown["quotes"].max() * 1.15 + 0.5)
    return fig


def plot_sentiment_per_speaker(
    speaker_df: pd.DataFrame, *, top_n: int = 10, colors: Mapping[str, str] | None = None
) -> Figure:
    """Mean sentiment of each of the ``top_n`` most quoted speakers with its interval.

    Dots in each speaker's colour (``colors``). Filled dots with error bars: mean and
    bootstrap interval. Hollow dots: fewer quotes than the table's ``min_quotes``
    (``few_quotes``), the mean is uncertain; hollow dots without bars: no interval (a
    single quote). Quotes without a speaker are drawn apart, grey, below a dashed line.
    ``speaker_df`` is :func:`analysis.tables.speaker_table` (columns speaker, quotes, mean,
    low, high, few_quotes).
    """
    _require(speaker_df, ["speaker", "quotes", "mean", "low", "high"], "plot_sentiment_per_speaker")
    _check_top_n(top_n)
    top, apart, n_named = _top_speakers(speaker_df, top_n)
    colors = _palette(colors, top["speaker"])
    shown = pd.concat([top, apart], ignore_index=True)
    fig = _figure(len(shown), width=8.5, base=2.2)
    ax = fig.add_subplot()
    ax.set_title("Sentiment of quotes per speaker" + _of(len(top), n_named))
    ax.set_xlabel("Mean sentiment of quotes (−1 negative … +1 positive)")
    ax.set_ylabel("Speaker")
    ax.set_xlim(-1.05, 1.05)
    ax.axvline(0, color="0.75", linewidth=1, zorder=0)
    if shown.empty:
        return _empty(fig, ax, "No quotes found")

    y = _rows(len(top), len(apart))
    mean = shown["mean"].astype(float).to_numpy()
    low = shown["low"].astype(float).to_numpy()
    high = shown["high"].astype(float).to_numpy()
    few = (shown["few_quotes"].fillna(False).astype(bool).to_numpy()
           if "few_quotes" in shown.columns else np.zeros(len(shown), dtype=bool))
    has_interval = ~(np.isnan(low) | np.isnan(high))
    has_mean = ~np.isnan(mean)
    for i, speaker in enumerate(shown["speaker"]):
        if not has_mean[i]:
            continue
        color = color_of(speaker, colors)
        if has_interval[i]:
            ax.errorbar([mean[i]], [y[i]], xerr=[[mean[i] - low[i]], [high[i] - mean[i]]], fmt="none",
                        ecolor=color, elinewidth=1.5, capsize=4, zorder=1,
                        linestyle="--" if few[i] else "-")
        hollow = few[i] or not has_interval[i]
        ax.plot([mean[i]], [y[i]], linestyle="none", marker="o", markersize=8, markeredgecolor=color,
                markerfacecolor="white" if hollow else color, markeredgewidth=1.5, zorder=2)

    ink = "0.3"  # the legend explains the marks, whatever the speaker's colour
    handles = []
    if (has_mean & has_interval & ~few).any():
        handles.append(Line2D([], [], color=ink, marker="o", label="mean and 95% interval"))
    if (has_mean & has_interval & few).any():
        handles.append(Line2D([], [], color=ink, linestyle="--", marker="o", markerfacecolor="white",
                              label="few quotes: uncertain"))
    if (has_mean & ~has_interval).any():
        handles.append(Line2D([], [], color=ink, linestyle="none", marker="o", markerfacecolor="white",
                              label="one quote: no interval"))
    ax.set_yticks(y, [f"{_label(s)} ({n})" for s, n in zip(shown["speaker"], shown["quotes"])])
    ax.set_ylim(y[-1] + 0.5, -0.5)
    _draw_apart_line(ax, len(top), len(apart))
    fig.legend(handles=handles, loc="outside lower center", ncol=max(len(handles), 1), frameon=False,
               fontsize="small", title="(n) = number of quotes", title_fontsize="small")
    return fig


def plot_quote_positions(
    quotes_df: pd.DataFrame,
    *,
    text_length: int | None = None,
    top_n: int = 10,
    colors: Mapping[str, str] | None = None,
) -> Figure:
    """Where each speaker's quotes fall along the article, one row a speaker, in its colour.

    x is the position in the article in % (0 = start, 100 = end); each quote is a dot at its
    start with a light bar over its length (a legend says so). ``quotes_df`` is
    :func:`analysis.tables.quotes_table`; without ``text_length`` its ``position`` column is
    used (then bars are not drawn). Quotes without a speaker are a grey row apart.
    """
    _require(quotes_df, ["speaker", "start", "end"], "plot_quote_positions")
    _check_top_n(top_n)
    if text_length is not None and text_length <= 0:
        raise ValueError(f"text_length must be a positive integer or None, got {text_length!r}")
    counts = quotes_df["speaker"].astype(str).value_counts()
    named = sorted((s for s in counts.index if s != UNATTRIBUTED), key=lambda s: (-counts[s], s))
    top = named[:top_n]
    apart = [UNATTRIBUTED] if UNATTRIBUTED in counts.index else []
    speakers = top + apart
    colors = _palette(colors, top)
    fig = _figure(len(speakers), width=9.0)
    ax = fig.add_subplot()
    ax.set_title("Quotes along the article" + _of(len(top), len(named)))
    ax.set_xlabel("Position in the article (% of its length)")
    ax.set_ylabel("Speaker")
    ax.set_xlim(0, 100)
    if not speakers:
        return _empty(fig, ax, "No quotes found")
    if text_length is None:
        if "position" not in quotes_df.columns or quotes_df["position"].isna().all():
            raise ValueError("plot_quote_positions needs text_length, or a quotes_df "
                             "with a position column (quotes_table(..., text_length=...))")
    y = _rows(len(top), len(apart))
    for row, speaker in zip(y, speakers):
        part = quotes_df[quotes_df["speaker"].astype(str) == speaker]
        color = color_of(speaker, colors)
        if text_length is not None:
            start = part["start"].to_numpy(dtype=float) / text_length * 100
            end = part["end"].to_numpy(dtype=float) / text_length * 100
            ax.hlines(np.full(len(part), row), start, end, color=color, linewidth=5, alpha=0.4)
        else:
            start = part["position"].to_numpy(dtype=float) * 100
        ax.plot(start, np.full(len(part), row), linestyle="none", marker="o", color=color, markersize=6)
    ax.set_yticks(y, [_label(s) for s in speakers])
    ax.set_ylim(y[-1] + 0.5, -0.5)
    _draw_apart_line(ax, len(top), len(apart))
    ax.grid(axis="x", color="0.9")
    ax.set_axisbelow(True)
    handles = [Line2D([], [], linestyle="none", marker="o", color="0.3", label="start of a quote")]
    if text_length is not None:
        handles.append(Line2D([], [], linewidth=5, alpha=0.4, color="0.3",
                              label="light bar: the quote, from its start to its end"))
    fig.legend(handles=handles, loc="outside lower center", ncol=len(handles), frameon=False,
               fontsize="small")
    return fig


def plot_top_words(
    words_df: pd.DataFrame,
    *,
    by: str = "speaker",
    top_n: int = 6,
    n_words: int = 8,
    colors: Mapping[str, str] | None = None,
) -> Figure:
    """Most frequent words per group (per speaker by default), one small panel a group, in
    the group's colour (``colors``).

    ``words_df`` is long format, one row a (group, word) with a ``count`` column, as
    :func:`analysis.tables.speaker_words`; the first ``top_n`` groups in table order and
    their ``n_words`` most frequent words are shown; quotes without a speaker come last.
    """
    _require(words_df, [by, "word", "count"], "plot_top_words")
    _check_top_n(top_n)
    _check_top_n(n_words)
    present = list(dict.fromkeys(words_df[by]))
    groups = [g for g in present if g != UNATTRIBUTED]
    shown = groups[:top_n] + [g for g in present if g == UNATTRIBUTED]
    colors = _palette(colors, groups)
    if not shown:
        fig = _figure(1)
        ax = fig.add_subplot()
        ax.set_title("Most frequent words")
        ax.set_xlabel("Occurrences")
        ax.set_ylabel("Word")
        return _empty(fig, ax, "No words to show")
    ncols = min(3, len(shown))
    nrows = math.ceil(len(shown) / ncols)
    fig = Figure(figsize=(4.0 * ncols, 0.6 + (0.3 * n_words + 0.9) * nrows), layout="constrained")
    axes = fig.subplots(nrows, ncols, squeeze=False)
    fig.suptitle(f"Most frequent words per {by}" + _of(min(len(groups), top_n), len(groups)))
    for ax, group in zip(axes.flat, shown):
        part = (words_df[words_df[by] == group]
                .sort_values("count", ascending=False, kind="stable").head(n_words))
        y = np.arange(len(part))
        ax.barh(y, part["count"], color=color_of(group, colors))
        ax.set_yticks(y, part["word"].astype(str).tolist())
        ax.set_ylim(n_words - 0.5, -0.5)  # same bar height in every panel, most frequent on top
        ax.set_title(_label(group, 36), fontsize="medium")
        ax.set_xlabel("Occurrences")
        ax.set_ylabel("Word")
        ax.xaxis.get_major_locator().set_params(integer=True)
    for ax in list(axes.flat)[len(shown):]:
        ax.set_visible(False)
    return fig
