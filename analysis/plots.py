"""Charts of quotes, speakers, sentiment and words; each returns a matplotlib Figure.

The figures are built without pyplot (no global state, nothing to close); show them in a
notebook with ``display(fig)`` after ``%matplotlib inline``, or save them with ``fig.savefig``.
"""
from __future__ import annotations

import math
import textwrap

import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

__all__ = [
    "plot_quote_positions",
    "plot_quotes_per_speaker",
    "plot_sentiment_per_speaker",
    "plot_top_words",
]

LABEL_WIDTH = 28  # characters per line of a speaker name on an axis
BAR_COLOR = "#4C72B0"
UNCERTAIN_COLOR = "#8C8C8C"


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


def _top_speakers(speaker_df: pd.DataFrame, top_n: int) -> pd.DataFrame:
    """The ``top_n`` most quoted speakers, most quoted first."""
    ordered = speaker_df.sort_values(["quotes", "speaker"], ascending=[False, True], kind="stable")
    return ordered.head(top_n).reset_index(drop=True)


def _of(shown: int, total: int) -> str:
    return f" (top {shown} of {total})" if total > shown else ""


def plot_quotes_per_speaker(speaker_df: pd.DataFrame, *, top_n: int = 10) -> Figure:
    """Horizontal bars: number of quotes of the ``top_n`` most quoted speakers.

    ``speaker_df`` is :func:`analysis.tables.speaker_table` (columns speaker, quotes).
    """
    _require(speaker_df, ["speaker", "quotes"], "plot_quotes_per_speaker")
    _check_top_n(top_n)
    top = _top_speakers(speaker_df, top_n)
    fig = _figure(len(top))
    ax = fig.add_subplot()
    ax.set_title("Quotes per speaker" + _of(len(top), len(speaker_df)))
    ax.set_xlabel("Number of quotes")
    ax.set_ylabel("Speaker")
    if top.empty:
        return _empty(fig, ax, "No quotes found")
    y = np.arange(len(top))
    bars = ax.barh(y, top["quotes"], color=BAR_COLOR)
    ax.bar_label(bars, padding=3)
    ax.set_yticks(y, [_label(s) for s in top["speaker"]])
    ax.invert_yaxis()
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.set_xlim(0, top["quotes"].max() * 1.15 + 0.5)
    return fig


def plot_sentiment_per_speaker(speaker_df: pd.DataFrame, *, top_n: int = 10) -> Figure:
    """Mean sentiment of each of the ``top_n`` most quoted speakers with its interval.

    Filled dots with error bars: mean and bootstrap interval. Hollow dots: fewer quotes
    than the table's ``min_quotes`` (``few_quotes``), the mean is uncertain; hollow dots
    without bars: no interval (a single quote). ``speaker_df`` is
    :func:`analysis.tables.speaker_table` (columns speaker, quotes, mean, low, high, few_quotes).
    """
    _require(speaker_df, ["speaker", "quotes", "mean", "low", "high"], "plot_sentiment_per_speaker")
    _check_top_n(top_n)
    top = _top_speakers(speaker_df, top_n)
    fig = _figure(len(top), width=8.5, base=2.2)
    ax = fig.add_subplot()
    ax.set_title("Sentiment of quotes per speaker" + _of(len(top), len(speaker_df)))
    ax.set_xlabel("Mean sentiment of quotes (−1 negative … +1 positive)")
    ax.set_ylabel("Speaker")
    ax.set_xlim(-1.05, 1.05)
    ax.axvline(0, color="0.75", linewidth=1, zorder=0)
    if top.empty:
        return _empty(fig, ax, "No quotes found")

    y = np.arange(len(top), dtype=float)
    mean = top["mean"].astype(float).to_numpy()
    low = top["low"].astype(float).to_numpy()
    high = top["high"].astype(float).to_numpy()
    few = (top["few_quotes"].fillna(False).astype(bool).to_numpy()
           if "few_quotes" in top.columns else np.zeros(len(top), dtype=bool))
    has_interval = ~(np.isnan(low) | np.isnan(high))
    has_mean = ~np.isnan(mean)

    handles = []
    groups = [
        (has_mean & has_interval & ~few, "mean and 95% interval", BAR_COLOR, BAR_COLOR),
        (has_mean & has_interval & few, "few quotes: uncertain", UNCERTAIN_COLOR, "white"),
        (has_mean & ~has_interval, "one quote: no interval", UNCERTAIN_COLOR, "white"),
    ]
    for mask, label, color, face in groups:
        if not mask.any():
            continue
        if (mask & has_interval).any():
            m = mask & has_interval
            ax.errorbar(mean[m], y[m], xerr=[mean[m] - low[m], high[m] - mean[m]],
                        fmt="none", ecolor=color, elinewidth=1.5, capsize=4, zorder=1)
        ax.plot(mean[mask], y[mask], linestyle="none", marker="o", markersize=8,
                markeredgecolor=color, markerfacecolor=face, markeredgewidth=1.5, zorder=2)
        handles.append(Line2D([], [], linestyle="-" if label != "one quote: no interval" else "none",
                              color=color, marker="o", markerfacecolor=face, label=label))
    ax.set_yticks(y, [f"{_label(s)} ({n})" for s, n in zip(top["speaker"], top["quotes"])])
    ax.set_ylim(len(top) - 0.5, -0.5)
    fig.legend(handles=handles, loc="outside lower center", ncol=len(handles), frameon=False,
               fontsize="small", title="(n) = number of quotes", title_fontsize="small")
    return fig


def plot_quote_positions(
    quotes_df: pd.DataFrame, *, text_length: int | None = None, top_n: int = 10
) -> Figure:
    """Where each speaker's quotes fall along the article, one row a speaker.

    x is the position in the article in % (0 = start, 100 = end); each quote is a dot at its
    start with a line over its length. ``quotes_df`` is :func:`analysis.tables.quotes_table`;
    without ``text_length`` its ``position`` column is used (then lines are not drawn).
    """
    _require(quotes_df, ["speaker", "start", "end"], "plot_quote_positions")
    _check_top_n(top_n)
    if text_length is not None and text_length <= 0:
        raise ValueError(f"text_length must be a positive integer or None, got {text_length!r}")
    counts = quotes_df["speaker"].value_counts()
    speakers = sorted(counts.index, key=lambda s: (-counts[s], str(s)))[:top_n]
    fig = _figure(len(speakers), width=9.0)
    ax = fig.add_subplot()
    ax.set_title("Quotes along the article" + _of(len(speakers), len(counts)))
    ax.set_xlabel("Position in the article (% of its length)")
    ax.set_ylabel("Speaker")
    ax.set_xlim(0, 100)
    if not speakers:
        return _empty(fig, ax, "No quotes found")
    if text_length is None:
        if "position" not in quotes_df.columns or quotes_df["position"].isna().all():
            raise ValueError("plot_quote_positions needs text_length, or a quotes_df "
                             "with a position column (quotes_table(..., text_length=...))")
    row = {s: i for i, s in enumerate(speakers)}
    shown = quotes_df[quotes_df["speaker"].isin(row)]
    y = shown["speaker"].map(row).to_numpy(dtype=float)
    if text_length is not None:
        start = shown["start"].to_numpy(dtype=float) / text_length * 100
        end = shown["end"].to_numpy(dtype=float) / text_length * 100
        ax.hlines(y, start, end, color=BAR_COLOR, linewidth=4, alpha=0.45)
    else:
        start = shown["position"].to_numpy(dtype=float) * 100
    ax.plot(start, y, linestyle="none", marker="o", color=BAR_COLOR, markersize=6)
    ax.set_yticks(range(len(speakers)), [_label(s) for s in speakers])
    ax.set_ylim(len(speakers) - 0.5, -0.5)
    ax.grid(axis="x", color="0.9")
    ax.set_axisbelow(True)
    return fig


def plot_top_words(
    words_df: pd.DataFrame, *, by: str = "speaker", top_n: int = 6, n_words: int = 8
) -> Figure:
    """Most frequent words per group (per speaker by default), one small panel a group.

    ``words_df`` is long format, one row a (group, word) with a ``count`` column, as
    :func:`analysis.tables.speaker_words`; the first ``top_n`` groups in table order and
    their ``n_words`` most frequent words are shown.
    """
    _require(words_df, [by, "word", "count"], "plot_top_words")
    _check_top_n(top_n)
    _check_top_n(n_words)
    groups = list(dict.fromkeys(words_df[by]))
    shown = groups[:top_n]
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
    fig.suptitle(f"Most frequent words per {by}" + _of(len(shown), len(groups)))
    for ax, group in zip(axes.flat, shown):
        part = (words_df[words_df[by] == group]
                .sort_values("count", ascending=False, kind="stable").head(n_words))
        y = np.arange(len(part))
        ax.barh(y, part["count"], color=BAR_COLOR)
        ax.set_yticks(y, part["word"].astype(str).tolist())
        ax.set_ylim(n_words - 0.5, -0.5)  # same bar height in every panel, most frequent on top
        ax.set_title(_label(group, 36), fontsize="medium")
        ax.set_xlabel("Occurrences")
        ax.set_ylabel("Word")
        ax.xaxis.get_major_locator().set_params(integer=True)
    for ax in list(axes.flat)[len(shown):]:
        ax.set_visible(False)
    return fig
