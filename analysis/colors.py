"""One colour per speaker across every chart and view of a report.

Build the palette once, from the speakers in the order they are ranked (most quoted
first), and pass it to every chart (``colors=``) and to the highlighted article: a
speaker keeps its colour from one chart to the next. Quotes without a speaker
(:data:`~analysis.quotes.UNATTRIBUTED`) are grey, everybody else summed together
(``"(others)"``) light grey: neither is a speaker's colour.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping

from matplotlib.colors import to_hex

from analysis.quotes.model import UNATTRIBUTED

__all__ = ["OTHERS", "OTHERS_COLOR", "UNATTRIBUTED_COLOR", "color_of", "speaker_colors"]

OTHERS = "(others)"
UNATTRIBUTED_COLOR = "#8c8c8c"
OTHERS_COLOR = "#d0d0d0"
# tab10 without its grey (kept for unattributed quotes), then the lighter tab20 shades
_SPEAKER_COLORS = (
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#bcbd22",
    "#17becf", "#aec7e8", "#ffbb78", "#98df8a", "#ff9896", "#c5b0d5", "#c49c94", "#f7b6d2",
    "#dbdb8d", "#9edae5",
)
_APART = {UNATTRIBUTED: UNATTRIBUTED_COLOR, OTHERS: OTHERS_COLOR}


def speaker_colors(speakers: Iterable[object]) -> dict[str, str]:
    """A colour (``"#rrggbb"``) for each speaker, in the given order (the most quoted
    first get the most distinct colours); past 18 speakers the colours repeat.

    ``"(unattributed)"`` and ``"(others)"`` get their greys and take no speaker's colour.
    """
    palette: dict[str, str] = {}
    rank = 0
    for speaker in speakers:
        name = str(speaker)
        if name in palette:
            continue
        if name in _APART:
            palette[name] = _APART[name]
            continue
        palette[name] = _SPEAKER_COLORS[rank % len(_SPEAKER_COLORS)]
        rank += 1
    return palette


def color_of(speaker: object, colors: Mapping[str, str] | None, default: str = UNATTRIBUTED_COLOR) -> str:
    """``speaker``'s colour in ``colors`` as ``"#rrggbb"`` (the greys for unattributed
    quotes and others; ``default`` for a speaker the palette lacks)."""
    name = str(speaker)
    if name in _APART:
        return _APART[name]
    color = (colors or {}).get(name, default)
    return to_hex(color)  # also rejects anything that is not a colour before it reaches HTML
