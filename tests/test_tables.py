"""Tables built from hand-made quotes (independent of the quote engine)."""
from __future__ import annotations

import math

import pandas as pd
import pytest

from analysis import tables
from analysis.quotes.model import Quote

FR_TEXT = (
    "« Nous poursuivrons nos efforts », a déclaré Antony Blinken vendredi. "
    "Le ministre russe Sergueï Lavrov a répondu : « Nous sommes prêts à discuter de cet échange. » "
    "« C'est une excellente nouvelle pour les familles », a ajouté Blinken. "
    "Selon un diplomate, « rien n'est encore décidé ». "
    "« La Russie doit respecter ses engagements et nous poursuivrons ce travail », a insisté Blinken."
)
EN_TEXT = (
    '"We are making progress on a difficult issue," Secretary of State Antony Blinken said on Friday. '
    'Lavrov replied: "Nobody has called me." '
    '"This is a terrible and unjust sentence," Blinken added.'
)


def quote(text: str, fragment: str, speaker: str | None, **extra) -> Quote:
    start = text.index(fragment)
    return Quote(start=start, end=start + len(fragment), text=fragment, speaker=speaker, **extra)


@pytest.fixture
def fr_quotes() -> list[Quote]:
    return [
        quote(FR_TEXT, "Nous poursuivrons nos efforts", "Antony Blinken", cue="a déclaré", mention="Antony Blinken"),
        quote(FR_TEXT, "Nous sommes prêts à discuter de cet échange.", "Sergueï Lavrov", cue="a répondu"),
        quote(FR_TEXT, "C'est une excellente nouvelle pour les familles", "Antony Blinken", cue="a ajouté",
              mention="Blinken"),
        quote(FR_TEXT, "rien n'est encore décidé", None, cue="selon", kind="partial"),
        quote(FR_TEXT, "La Russie doit respecter ses engagements et nous poursuivrons ce travail",
              "Antony Blinken", cue="a insisté", mention="Blinken"),
    ]


@pytest.fixture
def en_quotes() -> list[Quote]:
    return [
        quote(EN_TEXT, "We are making progress on a difficult issue,", "Antony Blinken", cue="said"),
        quote(EN_TEXT, "Nobody has called me.", "Sergei Lavrov", cue="replied"),
        quote(EN_TEXT, "This is a terrible and unjust sentence,", "Antony Blinken", cue="added"),
    ]


def test_quotes_table_one_row_a_quote(fr_quotes):
    table = tables.quotes_table(fr_quotes, language="fr", article_id="a1", text_length=len(FR_TEXT))
    assert list(table.columns) == tables.QUOTE_COLUMNS
    assert len(table) == len(fr_quotes)
    assert (table["article_id"] == "a1").all()
    assert table["text"].tolist() == [q.text for q in fr_quotes]
    assert table.loc[3, "speaker"] == tables.UNATTRIBUTED
    assert table.loc[3, "kind"] == "partial"
    assert table.loc[0, "cue"] == "a déclaré"
    assert (table["words"] > 0).all()
    assert table["sentiment"].between(-1, 1).all()
    assert table["position"].between(0, 1).all()
    assert table["position"].is_monotonic_increasing
    assert table.loc[0, "position"] == pytest.approx(fr_quotes[0].start / len(FR_TEXT))


def test_quotes_table_without_length_has_nan_position(en_quotes):
    table = tables.quotes_table(en_quotes, language="en")
    assert table["position"].isna().all()
    assert table["article_id"].isna().all()


def test_quotes_table_empty():
    table = tables.quotes_table([], language="en", text_length=100)
    assert table.empty
    assert list(table.columns) == tables.QUOTE_COLUMNS


def test_quotes_table_rejects_bad_length(en_quotes):
    with pytest.raises(ValueError, match="text_length"):
        tables.quotes_table(en_quotes, language="en", text_length=0)


def test_speaker_table_counts_shares_and_flags(fr_quotes):
    table = tables.speaker_table(fr_quotes, language="fr", min_quotes=3)
    assert table["speaker"].tolist()[0] == "Antony Blinken"
    assert set(table["speaker"]) == {"Antony Blinken", "Sergueï Lavrov", tables.UNATTRIBUTED}
    row = table.set_index("speaker").loc["Antony Blinken"]
    assert row["quotes"] == 3
    assert row["share"] == pytest.approx(3 / 5)
    assert not row["few_quotes"]
    assert table["share"].sum() == pytest.approx(1)
    assert table["quotes"].is_monotonic_decreasing
    lavrov = table.set_index("speaker").loc["Sergueï Lavrov"]
    assert lavrov["few_quotes"]
    assert math.isnan(lavrov["low"]) and math.isnan(lavrov["high"])  # one quote: no interval
    for column in ("speaker", "quotes", "share", "words", "mean", "low", "high", "few_quotes"):
        assert column in table.columns
    assert table["mean"].between(-1, 1).all()


def test_speaker_table_words_agree_with_quotes_table(fr_quotes):
    per_quote = tables.quotes_table(fr_quotes, language="fr").groupby("speaker")["words"].sum()
    per_speaker = tables.speaker_table(fr_quotes, language="fr").set_index("speaker")["words"]
    assert per_speaker.sort_index().tolist() == per_quote.sort_index().tolist()


def test_speaker_table_min_quotes(en_quotes):
    table = tables.speaker_table(en_quotes, language="en", min_quotes=2).set_index("speaker")
    assert not table.loc["Antony Blinken", "few_quotes"]
    assert table.loc["Sergei Lavrov", "few_quotes"]


def test_speaker_table_empty():
    table = tables.speaker_table([], language="fr")
    assert table.empty
    assert {"speaker", "quotes", "mean", "low", "high", "few_quotes"} <= set(table.columns)


def test_speaker_words(fr_quotes, en_quotes):
    table = tables.speaker_words(fr_quotes, language="fr", n=3)
    assert list(table.columns) == ["speaker", "rank", "word", "count"]
    assert table["speaker"].iloc[0] == "Antony Blinken"
    blinken = table[table["speaker"] == "Antony Blinken"]
    assert len(blinken) <= 3
    assert blinken["rank"].tolist() == list(range(1, len(blinken) + 1))
    assert blinken["count"].is_monotonic_decreasing
    assert "poursuivrons" in blinken["word"].tolist()  # said twice
    assert not {"le", "les", "et", "nous"} & set(table["word"])  # stop words dropped
    english = tables.speaker_words(en_quotes, language="en", n=5)
    assert not {"the", "a", "is", "on"} & set(english["word"])
    with pytest.raises(ValueError, match="n must"):
        tables.speaker_words(en_quotes, language="en", n=0)


def test_narrative_vs_quoted(fr_quotes):
    table = tables.narrative_vs_quoted(FR_TEXT, fr_quotes, language="fr", n=5)
    assert table.index.tolist() == ["quoted", "narrative"]
    assert table["characters"].sum() == len(FR_TEXT)
    assert table.loc["quoted", "characters"] == sum(len(q.text) for q in fr_quotes)
    assert table["character_share"].sum() == pytest.approx(1)
    assert table["word_share"].sum() == pytest.approx(1)
    assert "poursuivrons (2)" in table.loc["quoted", "top_words"]
    assert "blinken" in table.loc["narrative", "top_words"].lower()


def test_narrative_vs_quoted_merges_overlaps_and_handles_no_quotes():
    text = "He said: “one two three four”."
    start = text.index("one")
    overlapping = [
        Quote(start=start, end=start + 7, text=text[start:start + 7], speaker="A"),
        Quote(start=start + 4, end=start + 18, text=text[start + 4:start + 18], speaker="A"),
    ]
    table = tables.narrative_vs_quoted(text, overlapping, language="en")
    assert table.loc["quoted", "characters"] == 18
    assert table["characters"].sum() == len(text)
    empty = tables.narrative_vs_quoted(text, [], language="en")
    assert empty.loc["quoted", "characters"] == 0
    assert empty.loc["narrative", "character_share"] == 1


def test_article_summary(fr_quotes):
    from analysis.io import Article

    article = Article(id="a1", text=FR_TEXT, language="fr", title="Blinken & Lavrov", date=None,
                      source="test", path=None)
    summary = tables.article_summary(article, fr_quotes, language="auto")
    assert isinstance(summary, pd.Series)
    assert summary["id"] == "a1"
    assert summary["language"] == "fr"
    assert summary["characters"] == len(FR_TEXT)
    assert summary["quotes"] == 5
    assert summary["speakers"] == 2
    assert summary["unattributed quotes"] == 1
    assert summary["sentences"] >= 4
    assert summary["words"] > 50
    assert 0 < summary["quoted share of characters"] < 1
