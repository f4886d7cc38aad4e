"""Women and men quoted (analysis.gender): counts, shares per group, the chart's counts."""
from __future__ import annotations

import math

import pandas as pd
import pytest

from analysis import gender


def quotes() -> pd.DataFrame:
    rows = [  # speaker_id, kind, gender, date, source
        ("a", "person", "female", "2024-01-03", "X"), ("a", "person", "female", "2024-01-05", "X"),
        ("b", "person", "male", "2024-01-04", "X"), ("c", "person", "male", "2024-02-01", "Y"),
        ("c", "person", "male", "2024-02-02", "Y"), ("c", "person", "male", "2024-02-03", "Y"),
        ("d", "person", "unknown", "2024-02-04", "Y"), ("o", "organisation", None, "2024-02-04", "Y"),
        (None, None, None, "2024-02-05", "Y"),
    ]
    return pd.DataFrame(rows, columns=["speaker_id", "speaker_kind", "speaker_gender", "date", "source"])


def test_counts_people_once_and_shares_among_known_gender():
    table = gender.gender_counts(quotes()).set_index("gender")
    assert table.loc["women", "people"] == 1 and table.loc["men", "people"] == 2
    assert table.loc["unknown", "people"] == 1
    assert table.loc["women", "quotes"] == 2 and table.loc["men", "quotes"] == 4
    assert table.loc["women", "share_of_people"] == pytest.approx(1 / 3)
    assert table.loc["women", "share_of_quotes"] == pytest.approx(2 / 6)
    assert math.isnan(table.loc["unknown", "share_of_quotes"])
    assert gender.gender_sentence(table.reset_index()) == (
        "1 woman and 2 men are quoted, and 1 person of unknown gender; women have 33% of the quotes "
        "of the people of known gender.")


def test_share_of_women_per_month_and_per_source():
    by_month = gender.women_share(quotes(), by="date", period="month").set_index("group")
    assert list(by_month.index) == ["2024-01", "2024-02"]
    assert by_month.loc["2024-01", "people_share"] == pytest.approx(0.5)  # a and b
    assert by_month.loc["2024-01", "quotes_share"] == pytest.approx(2 / 3)
    assert by_month.loc["2024-02", "people_share"] == 0 and by_month.loc["2024-02", "unknown"] == 1
    by_source = gender.women_share(quotes(), by="source").set_index("group")
    assert by_source.loc["X", "women"] == 1 and by_source.loc["Y", "men"] == 1


def test_the_chart_shows_the_counts_under_each_bar():
    fig = gender.plot_women_share(gender.women_share(quotes(), by="date", period="month"))
    labels = [t.get_text() for t in fig.axes[0].get_xticklabels()]
    assert labels[0] == "2024-01\n1/2 people\n2/3 quotes"


def test_a_table_without_identity_columns_is_refused():
    with pytest.raises(ValueError, match="speaker_gender"):
        gender.gender_counts(pd.DataFrame({"speaker_id": ["a"], "speaker_kind": ["person"]}))
