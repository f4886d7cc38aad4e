"""Who is quoted over time and across sources: tables and charts of corpus results.

The tables take the DataFrames of :func:`analysis.corpus.load_results`; the charts
(matplotlib Figures, built without pyplot like :mod:`analysis.plots`) take those tables.
Quotes without a speaker count as :data:`~analysis.quotes.UNATTRIBUTED`.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Literal
from urllib.parse import unquote, urlsplit

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from analysis.colors import OTHERS, color_of, speaker_colors
from analysis.corpus import CorpusResults, parse_dates
from analysis.plots import _empty, _label  # as on the article charts: names wrapped, empty charts
from analysis.quotes import UNATTRIBUTED
from analysis.sentiment import bootstrap_interval

__all__ = [
    "corpus_overview",
    "failures",
    "plot_quote_shares",
    "plot_sentiment_by_group",
    "plot_speakers_by_source",
    "quote_shares",
    "sentiment_by_group",
    "speaker_palette",
    "speakers_by_source",
    "top_speakers",
]

GroupBy = Literal["date", "source"]
Period = Literal["auto", "year", "quarter", "month", "week", "day"]
GROUPINGS = ("date", "source")  # the choices of ``by``
PERIODS = ("auto", "year", "quarter", "month", "week", "day")  # the choices of ``period``
_FREQ = {"year": "Y", "quarter": "Q", "month": "M", "week": "W", "day": "D"}
_MAX_PERIODS = 24  # "auto" takes the finest period that gives at most this many
NO_SOURCE = "(no source)"
_SOURCE_WIDTH = 28


def corpus_overview(results: CorpusResults) -> pd.Series:
    """The corpus at a glance: articles, failures, quotes, speakers, dates, sources, languages.

    ``undated articles`` have no ISO 8601 date: they are left out of the charts over time.
    """
    articles, quotes, speakers = results
    dates = parse_dates(articles["date"]).dropna()
    failed = int(articles["error"].notna().sum())
    return pd.Series({
        "articles": len(articles),
        "analysed": len(articles) - failed,
        "failed": failed,
        "quotes": len(quotes),
        "speakers": int((speakers["speaker"] != UNATTRIBUTED).sum()),
        "unattributed quotes": int(quotes["speaker"].isna().sum()),
        "undated articles": int(len(articles) - len(dates)),
        "first date": dates.min().date().isoformat() if len(dates) else None,
        "last date": dates.max().date().isoformat() if len(dates) else None,
        "sources": int(articles["source"].nunique()),
        "languages": ", ".join(sorted(articles["language"].dropna().unique())),
    }, dtype=object)


def failures(articles: pd.DataFrame, *, limit: int = 20) -> pd.DataFrame:
    """The first ``limit`` failed articles: id and error (no rows when nothing failed)."""
    return articles.loc[articles["error"].notna(), ["id", "error"]].head(limit).reset_index(drop=True)


def top_speakers(speakers: pd.DataFrame, top_n: int = 10) -> pd.DataFrame:
    """The ``top_n`` most quoted speakers of a speakers table, unattributed quotes left out
    (they are not a speaker; :func:`corpus_overview` counts them)."""
    named = speakers[speakers["speaker"].astype(str) != UNATTRIBUTED]
    return named.sort_values(["quotes", "speaker"], ascending=[False, True], kind="stable").head(top_n)


def speaker_palette(speakers: pd.DataFrame, chosen: Sequence[str] = ()) -> dict[str, str]:
    """One colour per speaker for every chart of a corpus report: the ``chosen`` speakers of
    interest first (the most distinct colours), then the others by number of quotes."""
    ranked = speakers.sort_values(["quotes", "speaker"], ascending=[False, True], kind="stable")["speaker"]
    return speaker_colors([*chosen, *ranked])


def _check(by: str, period: str) -> None:
    if by not in GROUPINGS:
        raise ValueError(f"by must be one of {', '.join(map(repr, GROUPINGS))}; got {by!r}")
    if period not in PERIODS:
        raise ValueError(f"period must be one of {', '.join(map(repr, PERIODS))}; got {period!r}")


def _speaker_names(quotes: pd.DataFrame) -> pd.Series:
    # one name a person over the corpus (analysis.identity) where the results have it
    names = quotes["speaker_name"].fillna(quotes["speaker"]) if "speaker_name" in quotes else quotes["speaker"]
    return names.astype(object).where(names.notna(), UNATTRIBUTED)


def _chosen(quotes: pd.DataFrame, speakers: str | Sequence[str], top_n: int) -> list[str]:
    """Speakers named (comma-separated, any case), else the ``top_n`` most quoted named ones."""
    if not isinstance(top_n, (int, np.integer)) or top_n < 1:
        raise ValueError(f"top_n must be a positive integer, got {top_n!r}")
    counts = _speaker_names(quotes).value_counts()
    names = [s.strip() for s in (speakers.split(",") if isinstance(speakers, str) else speakers) if s.strip()]
    if not names:
        ranked = sorted((s for s in counts.index if s != UNATTRIBUTED), key=lambda s: (-counts[s], s))
        return ranked[:top_n]
    known = {str(s).casefold(): s for s in counts.index}
    missing = [n for n in names if n.casefold() not in known]
    if missing:
        top = ", ".join(repr(s) for s in counts.index[:5])
        raise ValueError(f"no quotes from {', '.join(map(repr, missing))} in these results; "
                         f"the most quoted are {top}")
    return [known[n.casefold()] for n in names]


def _period(dates: pd.Series, period: Period) -> str:
    if period != "auto":
        return period
    valid = dates.dropna()
    if valid.empty:
        return "year"
    first, last = valid.min(), valid.max()
    for name in ("day", "week", "month", "quarter"):
        if len(pd.period_range(first, last, freq=_FREQ[name])) <= _MAX_PERIODS:
            return name
    return "year"


def _source_label(source: object) -> str:
    """An outlet name as is; a URL as the end of its path, decoded; shortened to fit an axis."""
    text = str(source)
    parts = urlsplit(text)
    if parts.scheme in ("http", "https") and parts.netloc:  # the page name says more than the host
        text = unquote(parts.path.rstrip("/").rsplit("/", 1)[-1]).replace("_", " ") or parts.netloc
    return text if len(text) <= _SOURCE_WIDTH else text[: _SOURCE_WIDTH - 1] + "…"


def _groups(quotes: pd.DataFrame, by: GroupBy, period: Period) -> tuple[pd.Series, str]:
    """Each quote's group (a period label or a source) in display order, and the axis title."""
    if by == "source":
        sources = quotes["source"].astype(object).where(quotes["source"].notna(), NO_SOURCE)
        order = sources.value_counts().index.tolist()  # most quoted source first
        return pd.Series(pd.Categorical(sources, categories=order), index=quotes.index), "Source"
    dates = parse_dates(quotes["date"])
    name = _period(dates, period)
    periods = dates.dt.to_period(_FREQ[name])
    order = [str(p) for p in sorted(periods.dropna().unique())]
    labels = periods.astype(str).where(periods.notna(), None)
    return pd.Series(pd.Categorical(labels, categories=order), index=quotes.index), name.capitalize()


def quote_shares(
    quotes: pd.DataFrame,
    *,
    by: GroupBy = "date",
    period: Period = "auto",
    speakers: str | Sequence[str] = (),
    top_n: int = 5,
) -> pd.DataFrame:
    """Each group's quotes (a period or a source) shared among the chosen speakers and the
    others: long format, one row a (group, speaker) with quotes and share of the group.

    ``speakers`` are the speakers of interest (default: the ``top_n`` most quoted, not
    counting unattributed quotes). Quotes without a usable date are left out of ``by="date"``;
    their number is in ``.attrs["undated"]``.
    """
    _check(by, period)
    chosen = _chosen(quotes, speakers, top_n)
    groups, axis = _groups(quotes, by, period)
    names = _speaker_names(quotes)
    who = pd.Categorical(names.where(names.isin(chosen), OTHERS), categories=[*chosen, OTHERS])
    table = (pd.DataFrame({"group": groups, "speaker": who})
             .groupby(["group", "speaker"], observed=False).size().rename("quotes").reset_index())
    totals = table.groupby("group", observed=False)["quotes"].transform("sum")
    table["share"] = (table["quotes"] / totals.where(totals > 0)).fillna(0.0)
    table = table[totals > 0].reset_index(drop=True)
    table.attrs.update(axis=axis, undated=int(groups.isna().sum()) if by == "date" else 0)
    return table


def sentiment_by_group(
    quotes: pd.DataFrame,
    *,
    by: GroupBy = "date",
    period: Period = "auto",
    speakers: str | Sequence[str] = (),
    top_n: int = 5,
    confidence: float = 0.95,
) -> pd.DataFrame:
    """Mean sentiment of each chosen speaker's quotes in each group, with a bootstrap
    interval (``low``, ``high``; NaN for a single quote): one row a (group, speaker)."""
    _check(by, period)
    chosen = _chosen(quotes, speakers, top_n)
    groups, axis = _groups(quotes, by, period)
    frame = pd.DataFrame({"group": groups, "speaker": _speaker_names(quotes),
                          "sentiment": quotes["sentiment"].astype(float)})
    frame = frame[frame["speaker"].isin(chosen) & frame["group"].notna()]
    frame["speaker"] = pd.Categorical(frame["speaker"], categories=chosen)
    rows = []
    for (group, speaker), part in frame.groupby(["group", "speaker"], observed=True, sort=True):
        scores = part["sentiment"].to_numpy()
        low, high = bootstrap_interval(scores, confidence=confidence)
        rows.append({"group": group, "speaker": speaker, "quotes": len(scores),
                     "mean": float(scores.mean()), "low": low, "high": high})
    table = pd.DataFrame(rows, columns=["group", "speaker", "quotes", "mean", "low", "high"])
    table["group"] = pd.Categorical(table["group"], categories=groups.cat.categories)
    table.attrs.update(axis=axis)
    return table


def speakers_by_source(
    quotes: pd.DataFrame,
    *,
    speakers: str | Sequence[str] = (),
    top_n: int = 10,
    top_sources: int = 10,
) -> pd.DataFrame:
    """Quotes of each chosen speaker (rows) in each of the ``top_sources`` sources that quote
    them most (columns); the other sources are summed in one column, ``(others)``."""
    chosen = _chosen(quotes, speakers, top_n)
    names = _speaker_names(quotes)
    frame = pd.DataFrame({"speaker": names, "source": quotes["source"].astype(object)
                          .where(quotes["source"].notna(), NO_SOURCE)})[names.isin(chosen)]
    order = frame["source"].value_counts().index.tolist()
    kept = order[:top_sources]
    frame["source"] = frame["source"].where(frame["source"].isin(kept), OTHERS)
    columns = kept + ([OTHERS] if len(order) > len(kept) else [])
    table = pd.crosstab(frame["speaker"], frame["source"]).reindex(index=chosen, columns=columns, fill_value=0)
    table.index.name, table.columns.name = "speaker", "source"
    return table.astype("int64")


# --- charts ----------------------------------------------------------------------


def _tick_labels(groups: Sequence[object], axis: str) -> list[str]:
    return [_source_label(g) if axis == "Source" else str(g) for g in groups]


def plot_quote_shares(shares: pd.DataFrame, *, colors: Mapping[str, str] | None = None) -> Figure:
    """Stacked bars: each group's share of quotes by speaker (:func:`quote_shares`), each
    speaker in its colour (``colors``: :func:`analysis.colors.speaker_colors` of the report),
    the others light grey."""
    axis = shares.attrs.get("axis", "Group")
    groups = list(dict.fromkeys(shares["group"]))
    fig = Figure(figsize=(max(7.0, 0.55 * len(groups) + 3.5), 4.8), layout="constrained")
    ax = fig.add_subplot()
    ax.set_title(f"Share of quotes per {axis.lower()}")
    ax.set_xlabel(axis)
    ax.set_ylabel("Share of the quotes")
    if shares.empty:
        return _empty(fig, ax, "No quotes to show")
    speakers = list(dict.fromkeys(shares["speaker"]))
    colors = colors if colors is not None else speaker_colors(speakers)
    x = np.arange(len(groups))
    bottom = np.zeros(len(groups))
    for speaker in speakers:
        part = shares[shares["speaker"] == speaker].set_index("group")["share"].reindex(groups, fill_value=0.0)
        ax.bar(x, part.to_numpy(), bottom=bottom, color=color_of(speaker, colors),
               label=_label(speaker), width=0.8)
        bottom += part.to_numpy()
    totals = shares.groupby("group", observed=True, sort=False)["quotes"].sum().reindex(groups)
    ax.set_xticks(x, [f"{g}\n({n})" for g, n in zip(_tick_labels(groups, axis), totals)],
                  rotation=45 if len(groups) > 8 or axis == "Source" else 0,
                  ha="right" if len(groups) > 8 or axis == "Source" else "center", fontsize="small")
    ax.set_ylim(0, 1)
    ax.yaxis.set_major_formatter(lambda v, _: f"{v:.0%}")
    fig.legend(loc="outside right upper", fontsize="small", frameon=False,
               title="(n) = quotes", title_fontsize="small")
    return fig


def plot_sentiment_by_group(table: pd.DataFrame, *, colors: Mapping[str, str] | None = None) -> Figure:
    """Mean sentiment per group of each speaker, with its interval (:func:`sentiment_by_group`),
    each speaker in its colour (``colors``, as in :func:`plot_quote_shares`)."""
    axis = table.attrs.get("axis", "Group")
    groups = list(table["group"].cat.categories) if isinstance(table["group"].dtype, pd.CategoricalDtype) \
        else list(dict.fromkeys(table["group"]))
    groups = [g for g in groups if (table["group"] == g).any()]
    fig = Figure(figsize=(max(7.0, 0.55 * len(groups) + 3.5), 4.8), layout="constrained")
    ax = fig.add_subplot()
    ax.set_title(f"Sentiment of quotes per {axis.lower()}")
    ax.set_xlabel(axis)
    ax.set_ylabel("Mean sentiment (−1 negative … +1 positive)")
    ax.set_ylim(-1.05, 1.05)
    ax.axhline(0, color="0.75", linewidth=1, zorder=0)
    if table.empty:
        return _empty(fig, ax, "No quotes to show")
    position = {g: i for i, g in enumerate(groups)}
    # without a palette, colours by rank among the chosen speakers, as in plot_quote_shares
    ranked = list(table["speaker"].cat.categories if isinstance(table["speaker"].dtype, pd.CategoricalDtype)
                  else dict.fromkeys(table["speaker"]))
    palette = colors if colors is not None else speaker_colors(ranked)
    order = {s: i for i, s in enumerate(palette)}  # the legend in the report's order
    ranked.sort(key=lambda s: order.get(str(s), len(order)))
    color = {s: color_of(s, palette) for s in ranked}
    speakers = [s for s in ranked if (table["speaker"] == s).any()]
    offsets = np.linspace(-0.25, 0.25, len(speakers)) if len(speakers) > 1 else [0.0]
    for speaker, offset in zip(speakers, offsets):
        part = table[table["speaker"] == speaker]
        x = part["group"].map(position).to_numpy(dtype=float) + offset
        mean, low, high = (part[c].to_numpy(dtype=float) for c in ("mean", "low", "high"))
        has = ~(np.isnan(low) | np.isnan(high))
        ax.errorbar(x[has], mean[has], yerr=[mean[has] - low[has], high[has] - mean[has]], fmt="none",
                    ecolor=color[speaker], elinewidth=1.2, capsize=3, alpha=0.8)
        ax.plot(x, mean, marker="o", linestyle="-" if axis != "Source" else "none", color=color[speaker],
                label=_label(speaker))
    rotate = len(groups) > 8 or axis == "Source"
    ax.set_xticks(range(len(groups)), _tick_labels(groups, axis), rotation=45 if rotate else 0,
                  ha="right" if rotate else "center", fontsize="small")
    ax.set_xlim(-0.6, len(groups) - 0.4)
    fig.legend(loc="outside right upper", fontsize="small", frameon=False,
               title="bars: 95% interval", title_fontsize="small")
    return fig


def plot_speakers_by_source(table: pd.DataFrame) -> Figure:
    """Heat map of quotes per speaker (rows) and source (columns) (:func:`speakers_by_source`)."""
    fig = Figure(figsize=(max(6.0, 0.7 * table.shape[1] + 3.5), max(3.0, 0.45 * table.shape[0] + 2.2)),
                 layout="constrained")
    ax = fig.add_subplot()
    ax.set_title("Quotes per speaker and source")
    ax.set_xlabel("Source")
    ax.set_ylabel("Speaker")
    if table.empty or table.to_numpy().sum() == 0:
        return _empty(fig, ax, "No quotes to show")
    values = table.to_numpy()
    image = ax.imshow(values, cmap="Blues", aspect="auto", vmin=0)
    for (i, j), n in np.ndenumerate(values):
        if n:
            ax.text(j, i, str(n), ha="center", va="center", fontsize="small",
                    color="white" if n > values.max() / 2 else "black")
    ax.set_xticks(range(table.shape[1]), [_source_label(s) for s in table.columns], rotation=45,
                  ha="right", fontsize="small")
    ax.set_yticks(range(table.shape[0]), [_label(s) for s in table.index])
    fig.colorbar(image, ax=ax, label="Quotes", shrink=0.8)
    return fig

