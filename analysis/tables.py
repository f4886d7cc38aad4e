"""Tables of quotes, speakers and words, one row a record (pandas DataFrames)."""
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import pandas as pd

from analysis.language import resolve_language
from analysis.quotes.model import UNATTRIBUTED, Quote
from analysis.sentiment import polarity, speaker_sentiment
from analysis.tokens import sentence_spans, top_words, words

if TYPE_CHECKING:
    from analysis.io import Article

__all__ = [
    "UNATTRIBUTED",
    "article_summary",
    "narrative_vs_quoted",
    "quotes_table",
    "speaker_table",
    "speaker_words",
]


QUOTE_COLUMNS = [
    "article_id", "start", "end", "speaker", "speaker_score", "speaker_source", "mention", "cue", "kind",
    "text", "words", "sentiment", "position",
]
SPEAKER_COLUMNS = [
    "speaker", "quotes", "share", "words", "mean", "low", "high",
    "negative", "neutral", "positive", "few_quotes",
]
WORD_COLUMNS = ["speaker", "rank", "word", "count"]
PART_COLUMNS = ["characters", "words", "character_share", "word_share", "top_words"]


def _language(language: str, quotes: Sequence[Quote], text: str = "") -> str:
    return resolve_language(language, text or " ".join(q.text for q in quotes))


def _speaker(quote: Quote) -> str:
    return quote.speaker if quote.speaker else UNATTRIBUTED


def quotes_table(
    quotes: Sequence[Quote],
    *,
    language: str = "auto",
    article_id: str | None = None,
    text_length: int | None = None,
) -> pd.DataFrame:
    """One row a quote: offsets, speaker, cue, kind, text, word count, sentiment, position.

    ``position`` is ``start / text_length`` (0 = first character, 1 = end of the
    article); NaN when ``text_length`` is not given. Unknown speakers are labelled
    :data:`UNATTRIBUTED`.
    """
    if text_length is not None and text_length <= 0:
        raise ValueError(f"text_length must be a positive integer or None, got {text_length!r}")
    lang = _language(language, quotes)
    rows = [
        {
            "article_id": article_id,
            "start": q.start,
            "end": q.end,
            "speaker": _speaker(q),
            "speaker_score": q.speaker_score,  # the learned scorer's confidence: filter doubtful ones
            "speaker_source": q.speaker_source,
            "mention": q.mention,
            "cue": q.cue,
            "kind": q.kind,
            "text": q.text,
            "words": len(words(q.text, lang)),
            "sentiment": polarity(q.text, lang),
            "position": q.start / text_length if text_length else float("nan"),
        }
        for q in quotes
    ]
    table = pd.DataFrame(rows, columns=QUOTE_COLUMNS)
    return table.astype({"start": "int64", "end": "int64", "words": "int64", "speaker_score": "float64",
                         "sentiment": "float64", "position": "float64"})


def speaker_table(
    quotes: Sequence[Quote], *, language: str = "auto", min_quotes: int = 3
) -> pd.DataFrame:
    """One row a speaker, most quoted first: quotes, share of all quotes, words quoted,
    mean sentiment with its bootstrap interval (``low``, ``high``; NaN for one quote), the
    shares of negative, neutral and positive quotes, and ``few_quotes`` (fewer than
    ``min_quotes`` quotes: the mean is uncertain). See :func:`analysis.sentiment.speaker_sentiment`.
    """
    lang = _language(language, quotes)
    if not quotes:
        return pd.DataFrame(columns=SPEAKER_COLUMNS)
    table = speaker_sentiment(quotes, lang, min_quotes=min_quotes).copy()
    table["share"] = table["quotes"] / table["quotes"].sum()
    table = table.sort_values(["quotes", "speaker"], ascending=[False, True], kind="stable")
    return table[[c for c in SPEAKER_COLUMNS if c in table.columns]].reset_index(drop=True)


def speaker_words(
    quotes: Sequence[Quote], *, language: str = "auto", n: int = 10
) -> pd.DataFrame:
    """The ``n`` most frequent words each speaker is quoted saying (stop words dropped).

    Long format, one row a (speaker, word): speaker, rank (1 = most frequent), word, count;
    speakers most quoted first.
    """
    if n < 1:
        raise ValueError(f"n must be a positive integer, got {n!r}")
    lang = _language(language, quotes)
    by_speaker: dict[str, list[str]] = {}
    for q in quotes:
        by_speaker.setdefault(_speaker(q), []).append(q.text)
    order = sorted(by_speaker, key=lambda s: (-len(by_speaker[s]), s))
    rows = [
        {"speaker": speaker, "rank": rank, "word": word, "count": count}
        for speaker in order
        for rank, (word, count) in enumerate(top_words(by_speaker[speaker], lang, n=n), start=1)
    ]
    return pd.DataFrame(rows, columns=WORD_COLUMNS).astype({"rank": "int64", "count": "int64"})


def _quoted_spans(quotes: Sequence[Quote], text_length: int) -> list[tuple[int, int]]:
    """Quote spans clipped to the text and merged where they overlap."""
    spans = sorted((max(0, q.start), min(text_length, q.end)) for q in quotes)
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if end <= start:
            continue
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def narrative_vs_quoted(
    text: str, quotes: Sequence[Quote], *, language: str = "auto", n: int = 10
) -> pd.DataFrame:
    """How much of the article is quoted speech and how much the journalist's narrative.

    Index ``quoted`` and ``narrative``; columns characters, words, character_share,
    word_share and top_words (the ``n`` most frequent words, as ``"word (count)"``).
    Characters count the article text outside quote spans as narrative, quote marks included.
    """
    lang = _language(language, quotes, text)
    spans = _quoted_spans(quotes, len(text))
    quoted_parts = [text[s:e] for s, e in spans]
    narrative_parts, cursor = [], 0
    for s, e in spans:
        narrative_parts.append(text[cursor:s])
        cursor = e
    narrative_parts.append(text[cursor:])
    narrative_parts = [p for p in narrative_parts if p.strip()]

    rows = {}
    for part, pieces in (("quoted", quoted_parts), ("narrative", narrative_parts)):
        rows[part] = {
            "characters": sum(len(p) for p in pieces),
            "words": sum(len(words(p, lang)) for p in pieces),
            "top_words": ", ".join(f"{w} ({c})" for w, c in top_words(pieces, lang, n=n)) if pieces else "",
        }
    table = pd.DataFrame.from_dict(rows, orient="index")
    for column, share in (("characters", "character_share"), ("words", "word_share")):
        total = table[column].sum()
        table[share] = table[column] / total if total else float("nan")
    return table[PART_COLUMNS]


def article_summary(
    article: Article, quotes: Sequence[Quote], *, language: str = "auto"
) -> pd.Series:
    """The article at a glance: id, title, source, language, characters, words, sentences,
    quotes, speakers, unattributed quotes and the share of characters inside quotes.

    ``language="auto"`` uses ``article.language`` when set, else detects it.
    """
    text = article.text
    lang = resolve_language(article.language if language == "auto" else language, text)
    quoted = sum(e - s for s, e in _quoted_spans(quotes, len(text)))
    speakers = {q.speaker for q in quotes if q.speaker}
    return pd.Series(
        {
            "id": article.id,
            "title": article.title,
            "source": article.source,
            "language": lang,
            "characters": len(text),
            "words": len(words(text, lang)),
            "sentences": len(sentence_spans(text, lang)),
            "quotes": len(quotes),
            "speakers": len(speakers),
            "unattributed quotes": sum(1 for q in quotes if not q.speaker),
            "quoted share of characters": round(quoted / len(text), 3) if text else 0.0,
        },
        name=article.id,
        dtype=object,
    )
