"""Charts: each returns a Figure with labelled axes and one mark a speaker, word or quote."""
from __future__ import annotations

import io as _io
import math

import numpy as np
import pandas as pd
import pytest
from matplotlib.figure import Figure

from analysis import plots, tables
from analysis.quotes.model import Quote

LONG_NAME = "Son Excellence Monsieur le Ministre des Affaires étrangères de la Fédération de Russie"


def speaker_df(n: int = 4) -> pd.DataFrame:
    """A hand-made speaker table: speaker k has n-k quotes; the last has one (no interval)."""
    rows = []
    for k in range(n):
        count = n - k
        mean = 0.5 - 0.3 * k
        interval = (mean - 0.2, mean + 0.2) if count > 1 else (math.nan, math.nan)
        rows.append({"speaker": LONG_NAME if k == 1 else f"Speaker {k}", "quotes": count,
                     "share": count / 10, "words": 10 * count, "mean": mean,
                     "low": interval[0], "high": interval[1], "few_quotes": count < 3})
    return pd.DataFrame(rows, columns=["speaker", "quotes", "share", "words", "mean", "low", "high",
                                       "few_quotes"])


def quotes_df() -> pd.DataFrame:
    rows = [("A", 0, 10), ("B", 100, 150), ("A", 400, 420), ("C", 900, 990), ("A", 950, 999)]
    return pd.DataFrame([{"speaker": s, "start": a, "end": b, "position": a / 1000} for s, a, b in rows])


def marker_points(ax) -> int:
    """Dots drawn (error-bar caps are lines with "|" markers, not counted)."""
    return sum(len(line.get_xdata()) for line in ax.lines if line.get_marker() == "o")


def renders(fig: Figure) -> bool:
    buffer = _io.BytesIO()
    fig.savefig(buffer, format="png")
    return buffer.getvalue().startswith(b"\x89PNG")


def test_quotes_per_speaker_bars_and_labels():
    fig = plots.plot_quotes_per_speaker(speaker_df(5), top_n=3)
    assert isinstance(fig, Figure)
    ax = fig.axes[0]
    assert len(ax.patches) == 3
    assert ax.get_xlabel() and ax.get_ylabel() and ax.get_title()
    assert "top 3 of 5" in ax.get_title()
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels[0] == "Speaker 0"
    assert all(len(line) <= plots.LABEL_WIDTH for label in labels for line in label.split("\n"))
    assert sorted(p.get_width() for p in ax.patches) == [3, 4, 5]
    assert renders(fig)


def test_sentiment_per_speaker_marks_uncertain():
    df = speaker_df(4)  # quotes 4, 3, 2, 1: two certain, one few, one without interval
    fig = plots.plot_sentiment_per_speaker(df, top_n=10)
    assert isinstance(fig, Figure)
    ax = fig.axes[0]
    assert marker_points(ax) == 4
    assert "sentiment" in ax.get_xlabel().lower()
    assert ax.get_ylabel() and ax.get_title()
    assert ax.get_xlim() == pytest.approx((-1.05, 1.05))
    hollow = [line for line in ax.lines
              if line.get_marker() == "o" and line.get_markerfacecolor() in ("white", (1, 1, 1, 1))]
    assert sum(len(line.get_xdata()) for line in hollow) == 2
    legend = [t.get_text() for t in fig.legends[0].get_texts()]
    assert any("no interval" in t for t in legend)
    assert any("uncertain" in t for t in legend)
    assert renders(fig)


def test_sentiment_per_speaker_top_n():
    fig = plots.plot_sentiment_per_speaker(speaker_df(6), top_n=2)
    ax = fig.axes[0]
    assert marker_points(ax) == 2
    assert len(ax.get_yticks()) == 2


def test_quote_positions_one_row_a_speaker():
    fig = plots.plot_quote_positions(quotes_df(), text_length=1000)
    ax = fig.axes[0]
    assert marker_points(ax) == 5
    assert [t.get_text() for t in ax.get_yticklabels()] == ["A", "B", "C"]
    assert ax.get_xlim() == (0, 100)
    assert "%" in ax.get_xlabel()
    points = [x for line in ax.lines if line.get_marker() == "o" for x in line.get_xdata()]
    assert np.allclose(sorted(points), [0, 10, 40, 90, 95])
    legend = [t.get_text() for t in fig.legends[0].get_texts()]  # the dots and the light bars
    assert any("start" in t for t in legend) and any("light bar" in t for t in legend)
    assert renders(fig)


def test_quote_positions_from_position_column_and_top_n():
    fig = plots.plot_quote_positions(quotes_df(), top_n=1)
    ax = fig.axes[0]
    assert marker_points(ax) == 3  # speaker A only
    with pytest.raises(ValueError, match="text_length"):
        plots.plot_quote_positions(quotes_df().drop(columns="position"))


def test_top_words_one_panel_a_speaker():
    words = pd.DataFrame({
        "speaker": ["A", "A", "A", "B", "B", "C"],
        "rank": [1, 2, 3, 1, 2, 1],
        "word": ["russie", "échange", "prison", "guerre", "paix", "famille"],
        "count": [5, 3, 1, 2, 1, 4],
    })
    fig = plots.plot_top_words(words, top_n=2, n_words=2)
    visible = [ax for ax in fig.axes if ax.get_visible()]
    assert len(visible) == 2
    assert [len(ax.patches) for ax in visible] == [2, 2]
    assert all(ax.get_xlabel() and ax.get_ylabel() for ax in visible)
    assert visible[0].get_title() == "A"
    assert "top 2 of 3" in fig.get_suptitle()
    assert renders(fig)


@pytest.mark.parametrize("make", [
    lambda: plots.plot_quotes_per_speaker(speaker_df(0)),
    lambda: plots.plot_sentiment_per_speaker(speaker_df(0)),
    lambda: plots.plot_quote_positions(quotes_df().iloc[:0], text_length=10),
    lambda: plots.plot_top_words(pd.DataFrame(columns=["speaker", "word", "count"])),
])
def test_empty_inputs_give_a_figure(make):
    fig = make()
    assert isinstance(fig, Figure)
    assert renders(fig)


def test_bad_arguments_name_what_is_accepted():
    with pytest.raises(ValueError, match="top_n"):
        plots.plot_quotes_per_speaker(speaker_df(), top_n=0)
    with pytest.raises(ValueError, match="missing"):
        plots.plot_sentiment_per_speaker(speaker_df().drop(columns="low"))


def test_plots_from_tables_french_and_english():
    fr = "« Nous poursuivrons », a déclaré Blinken. « Non », a dit Lavrov. « Oui, bien sûr », a ajouté Blinken."
    en = '"We will continue," Blinken said. "No," Lavrov said.'
    for text, language in ((fr, "fr"), (en, "en")):
        quotes = []
        for fragment, speaker in (("Nous poursuivrons", "Blinken"), ("Non", "Lavrov"),
                                  ("Oui, bien sûr", "Blinken"), ("We will continue,", "Blinken"),
                                  ("No,", "Lavrov")):
            if fragment in text:
                start = text.index(fragment)
                quotes.append(Quote(start, start + len(fragment), fragment, speaker))
        speakers = tables.speaker_table(quotes, language=language)
        table = tables.quotes_table(quotes, language=language, text_length=len(text))
        assert len(plots.plot_quotes_per_speaker(speakers).axes[0].patches) == 2
        assert marker_points(plots.plot_sentiment_per_speaker(speakers).axes[0]) == 2
        assert marker_points(plots.plot_quote_positions(table, text_length=len(text)).axes[0]) == len(quotes)
        words = tables.speaker_words(quotes, language=language, n=3)
        assert isinstance(plots.plot_top_words(words), Figure)


# --- one colour per speaker; quotes without a speaker drawn apart ------------------

from matplotlib.colors import to_hex  # noqa: E402

from analysis.colors import UNATTRIBUTED_COLOR, speaker_colors  # noqa: E402
from analysis.quotes.model import UNATTRIBUTED  # noqa: E402


def with_unattributed(df: pd.DataFrame, quotes: int = 9) -> pd.DataFrame:
    """Unattributed quotes outnumber every speaker: they still are not a speaker."""
    row = {"speaker": UNATTRIBUTED, "quotes": quotes, "share": 0.5, "words": 50, "mean": 0.1,
           "low": -0.1, "high": 0.3, "few_quotes": False}
    return pd.concat([pd.DataFrame([row]), df], ignore_index=True)


def dot_colors(ax) -> dict[float, str]:
    """y of each dot -> its edge colour."""
    return {float(line.get_ydata()[0]): to_hex(line.get_markeredgecolor())
            for line in ax.lines if line.get_marker() == "o" and len(line.get_ydata())}


def test_a_speaker_keeps_its_colour_across_charts():
    df = speaker_df(4)
    palette = {"Speaker 0": "#123456", LONG_NAME: "#abcdef", "Speaker 2": "#00ff00", "Speaker 3": "#ff0000"}
    bars = plots.plot_quotes_per_speaker(df, colors=palette).axes[0].patches
    assert [to_hex(b.get_facecolor()) for b in bars] == list(palette.values())
    dots = dot_colors(plots.plot_sentiment_per_speaker(df, colors=palette).axes[0])
    assert [dots[y] for y in sorted(dots)] == list(palette.values())
    positions = quotes_df().replace({"A": "Speaker 0", "B": "Speaker 3"})
    dots = dot_colors(plots.plot_quote_positions(positions, text_length=1000, colors=palette).axes[0])
    assert {palette["Speaker 0"], palette["Speaker 3"]} <= set(dots.values())
    words = pd.DataFrame({"speaker": ["Speaker 3", "Speaker 0"], "rank": [1, 1], "word": ["a", "b"],
                          "count": [2, 1]})
    panels = [ax for ax in plots.plot_top_words(words, colors=palette).axes if ax.get_visible()]
    assert [to_hex(ax.patches[0].get_facecolor()) for ax in panels] == [palette["Speaker 3"], palette["Speaker 0"]]


def test_default_colours_follow_the_ranking():
    df = speaker_df(3)
    expected = speaker_colors(df["speaker"])
    bars = plots.plot_quotes_per_speaker(df).axes[0].patches
    assert [to_hex(b.get_facecolor()) for b in bars] == list(expected.values())
    assert len(set(expected.values())) == 3


def test_unattributed_quotes_are_drawn_apart_in_grey():
    df = with_unattributed(speaker_df(5))
    fig = plots.plot_quotes_per_speaker(df, top_n=3)
    ax = fig.axes[0]
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels == ["Speaker 0", plots._label(LONG_NAME), "Speaker 2", UNATTRIBUTED]  # last, not first
    assert "top 3 of 5" in ax.get_title()  # five speakers: unattributed quotes are not one
    grey = ax.patches[-1]
    assert to_hex(grey.get_facecolor()) == UNATTRIBUTED_COLOR and grey.get_hatch()
    gaps = np.diff([p.get_y() for p in ax.patches])
    assert gaps[-1] > gaps[0]  # a gap sets it apart
    assert UNATTRIBUTED_COLOR not in {to_hex(p.get_facecolor()) for p in ax.patches[:-1]}

    sentiment = plots.plot_sentiment_per_speaker(df, top_n=3).axes[0]
    assert sentiment.get_yticklabels()[-1].get_text().startswith(UNATTRIBUTED)
    dots = dot_colors(sentiment)
    assert dots[max(dots)] == UNATTRIBUTED_COLOR

    positions = quotes_df().replace({"B": UNATTRIBUTED})
    ax = plots.plot_quote_positions(positions, text_length=1000).axes[0]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["A", "C", UNATTRIBUTED]
    assert "top" not in ax.get_title()


def test_speaker_colors_keep_greys_for_non_speakers():
    palette = speaker_colors([UNATTRIBUTED, "A", "(others)", "B", "A"])
    assert list(palette) == [UNATTRIBUTED, "A", "(others)", "B"]
    assert palette[UNATTRIBUTED] == UNATTRIBUTED_COLOR
    assert len({palette["A"], palette["B"], palette[UNATTRIBUTED], palette["(others)"]}) == 4
    many = speaker_colors(f"S{i}" for i in range(30))
    assert len(set(list(many.values())[:18])) == 18 and UNATTRIBUTED_COLOR not in many.values()
