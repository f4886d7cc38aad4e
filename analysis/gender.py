"""Women and men quoted: counts, shares and their trend, as the Gender Gap Tracker and
GenderedNews report them (the people quoted, and their share of the quotes).

Input: a quotes table with ``speaker_id``, ``speaker_kind`` and ``speaker_gender``
(:func:`analysis.tables.quotes_table`, or the ``quotes`` of :func:`analysis.corpus.load_results`).
People are the named persons (``speaker_kind == "person"``), each counted once whatever
the number of their quotes; a person of unknown gender is counted apart, never guessed.
"""
from __future__ import annotations

from typing import Literal

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

__all__ = ["gender_counts", "gender_sentence", "plot_women_share", "women_share"]

GENDERS = ("female", "male", "unknown")
_LABELS = {"female": "women", "male": "men", "unknown": "unknown"}
_COLORS = {"people": "#7b3294", "quotes": "#c2a5cf"}


def _people(quotes: pd.DataFrame) -> pd.DataFrame:
    """The quotes of named persons, their gender "unknown" where none was decided."""
    needed = {"speaker_id", "speaker_kind", "speaker_gender"}
    if not needed <= set(quotes.columns):
        raise ValueError(f"the quotes table lacks {', '.join(sorted(needed - set(quotes.columns)))}; "
                         "make it with analysis.tables.quotes_table or analysis.corpus.load_results")
    people = quotes[(quotes["speaker_kind"] == "person") & quotes["speaker_id"].notna()].copy()
    people["gender"] = people["speaker_gender"].astype(object).where(
        people["speaker_gender"].isin(["female", "male"]), "unknown")
    return people


def gender_counts(quotes: pd.DataFrame) -> pd.DataFrame:
    """One row a gender (women, men, unknown): the people quoted, their quotes, their share of
    the people and of the quotes of people (shares among those of known gender: ``NaN``
    for unknown)."""
    people = _people(quotes)
    n_people = people.groupby("gender")["speaker_id"].nunique().reindex(GENDERS, fill_value=0)
    n_quotes = people.groupby("gender").size().reindex(GENDERS, fill_value=0)
    known_people, known_quotes = n_people[["female", "male"]].sum(), n_quotes[["female", "male"]].sum()
    table = pd.DataFrame({
        "gender": [_LABELS[g] for g in GENDERS],
        "people": n_people.to_numpy(),
        "quotes": n_quotes.to_numpy(),
        "share_of_people": [n_people[g] / known_people if known_people and g != "unknown" else np.nan for g in GENDERS],
        "share_of_quotes": [n_quotes[g] / known_quotes if known_quotes and g != "unknown" else np.nan for g in GENDERS],
    })
    return table.astype({"people": "int64", "quotes": "int64"})


def women_share(
    quotes: pd.DataFrame,
    *,
    by: Literal["date", "source"] = "date",
    period: Literal["auto", "year", "quarter", "month", "week", "day"] = "auto",
) -> pd.DataFrame:
    """The share of women among the people quoted and among their quotes, per period or
    source (the groups of :func:`analysis.trends.quote_shares`): one row a group with
    ``women``, ``men`` and ``unknown`` (people), ``women_quotes``, ``men_quotes``,
    ``people_share`` and ``quotes_share`` (women among those of known gender). A person
    counts once in each group they are quoted in."""
    from analysis.trends import _check, _groups

    _check(by, period)
    people = _people(quotes)
    columns = ["group", "women", "men", "unknown", "women_quotes", "men_quotes", "people_share", "quotes_share"]
    if people.empty:
        return pd.DataFrame(columns=columns)
    groups, axis = _groups(people, by, period)
    people = people.assign(group=groups).dropna(subset=["group"])
    rows = []
    for group, part in people.groupby("group", observed=True, sort=True):
        n = part.groupby("gender")["speaker_id"].nunique().reindex(GENDERS, fill_value=0)
        q = part.groupby("gender").size().reindex(GENDERS, fill_value=0)
        known, known_q = n["female"] + n["male"], q["female"] + q["male"]
        rows.append({"group": group, "women": n["female"], "men": n["male"], "unknown": n["unknown"],
                     "women_quotes": q["female"], "men_quotes": q["male"],
                     "people_share": n["female"] / known if known else np.nan,
                     "quotes_share": q["female"] / known_q if known_q else np.nan})
    table = pd.DataFrame(rows, columns=columns)
    table.attrs["axis"] = axis
    return table


def plot_women_share(table: pd.DataFrame) -> Figure:
    """Two bars a group (:func:`women_share`): the share of women among the people quoted and
    among their quotes, with the counts under each pair (women/known people, women's/known
    quotes) and a line at parity."""
    axis = table.attrs.get("axis", "Group")
    fig = Figure(figsize=(max(7.0, 0.7 * len(table) + 3.5), 4.8), layout="constrained")
    ax = fig.add_subplot()
    ax.set_title(f"Women among the people quoted, per {axis.lower()}")
    ax.set_xlabel(axis)
    ax.set_ylabel("Share of women (known gender)")
    ax.set_ylim(0, 1)
    ax.yaxis.set_major_formatter(lambda v, _: f"{v:.0%}")
    if table.empty:
        ax.text(0.5, 0.5, "No people of known gender quoted", ha="center", va="center", transform=ax.transAxes)
        ax.set_xticks([])
        return fig
    x = np.arange(len(table))
    ax.bar(x - 0.2, table["people_share"].fillna(0), width=0.4, color=_COLORS["people"], label="people quoted")
    ax.bar(x + 0.2, table["quotes_share"].fillna(0), width=0.4, color=_COLORS["quotes"], label="their quotes")
    ax.axhline(0.5, color="0.6", linewidth=1, linestyle="--", zorder=0)
    labels = [f"{g}\n{w}/{w + m} people\n{wq}/{wq + mq} quotes" for g, w, m, wq, mq in
              zip(table["group"].astype(str), table["women"], table["men"], table["women_quotes"], table["men_quotes"])]
    rotate = len(table) > 8 or axis == "Source"
    ax.set_xticks(x, labels, rotation=45 if rotate else 0, ha="right" if rotate else "center", fontsize="small")
    fig.legend(loc="outside right upper", fontsize="small", frameon=False)
    return fig


def gender_sentence(counts: pd.DataFrame) -> str:
    """The counts of :func:`gender_counts` said in one sentence (plain text, numbers only)."""
    n = counts.set_index("gender")
    women, men, unknown = (int(n.loc[g, "people"]) for g in ("women", "men", "unknown"))
    if women + men + unknown == 0:
        return "No named person is quoted."
    text = f"{women} {'woman' if women == 1 else 'women'} and {men} {'man' if men == 1 else 'men'} are quoted"
    if unknown:
        text += f", and {unknown} {'person' if unknown == 1 else 'people'} of unknown gender"
    share = n.loc["women", "share_of_quotes"]
    if pd.notna(share):
        text += f"; women have {share:.0%} of the quotes of the people of known gender"
    return text + "."
