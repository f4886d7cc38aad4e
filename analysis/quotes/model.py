"""The `Quote` record returned by the quote engine."""
from __future__ import annotations

from dataclasses import asdict, dataclass, fields
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

    # The engine builds a Quote two or three times a quote (the cascade's, the chosen speaker's,
    # the offsets on the text as read): a frozen dataclass's generated __init__ calls
    # object.__setattr__ once a field, the slots' own setters bound once cost about half.
    def __init__(self, start: int, end: int, text: str, speaker: str | None, mention: str | None = None,
                 mention_start: int | None = None, mention_end: int | None = None, cue: str | None = None,
                 cue_start: int | None = None, cue_end: int | None = None, kind: QuoteKind = "direct",
                 speaker_score: float | None = None, speaker_source: str | None = None) -> None:
        """The quote's fields, as the dataclass's generated __init__ would set them."""
        s0, s1, s2, s3, s4, s5, s6, s7, s8, s9, s10, s11, s12 = _SETTERS
        s0(self, start)
        s1(self, end)
        s2(self, text)
        s3(self, speaker)
        s4(self, mention)
        s5(self, mention_start)
        s6(self, mention_end)
        s7(self, cue)
        s8(self, cue_start)
        s9(self, cue_end)
        s10(self, kind)
        s11(self, speaker_score)
        s12(self, speaker_source)

    def to_dict(self) -> dict:
        return asdict(self)


# the slot setters of Quote's fields, in their order (see Quote.__init__)
_SETTERS = tuple(getattr(Quote, f.name).__set__ for f in fields(Quote))
assert tuple(f.name for f in fields(Quote)) == Quote.__slots__
