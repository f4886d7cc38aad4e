"""The `Quote` record returned by the quote engine."""
from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Literal

__all__ = ["Quote", "QuoteKind", "UNATTRIBUTED"]

QuoteKind = Literal["direct", "partial"]

UNATTRIBUTED = "(unattributed)"
"""The label tables and charts give a quote whose speaker is unknown (``speaker=None``)."""


@dataclass(frozen=True, slots=True)
class Quote:
    """One direct quotation found in an article.

    Offsets are Python code-point offsets into the article text exactly as read;
    ``text == article[start:end]`` (quote marks and the spaces just inside them excluded).
    """

    start: int
    end: int
    text: str
    speaker: str | None  # canonical name: the fullest form used in the article
    mention: str | None = None  # the speaker as written near the quote ("il", "le ministre")
    mention_start: int | None = None
    mention_end: int | None = None
    cue: str | None = None  # the reporting verb or frame ("a déclaré", "said", "selon")
    cue_start: int | None = None
    cue_end: int | None = None
    kind: QuoteKind = "direct"  # "direct": a whole utterance; "partial": a few words inside a sentence
    speaker_score: float | None = None  # 0-1: the learned scorer's confidence in ``speaker``
    speaker_source: str | None = None  # id of the candidate generator that proposed ``speaker``

    def to_dict(self) -> dict:
        return asdict(self)
