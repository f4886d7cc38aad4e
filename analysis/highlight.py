"""The article with its quotes marked, as HTML: what a journalist checks first.

Each quote is highlighted in its speaker's colour, with the speaker's name as a small
label after it and on hover (``title``); the words that introduce it (the cue) are
underlined, the speaker as written there (the mention) is bold; a legend names the
speakers. Plain HTML and CSS, no JavaScript. Article text is untrusted: every piece of
text, title and name is escaped, and colours pass through matplotlib's parser.
"""
from __future__ import annotations

import html
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from analysis.colors import color_of, speaker_colors
from analysis.quotes.model import UNATTRIBUTED, Quote

__all__ = ["ArticleView", "article_view"]

_CSS = """<style>
.nq-article{max-width:48rem;font-size:1rem;line-height:1.75}
.nq-article .nq-title{font-size:1.35rem;font-weight:600;line-height:1.35;margin:0 0 .4rem}
.nq-article .nq-meta{color:#555;margin:0 0 .6rem}
.nq-article .nq-legend{margin:0 0 .3rem;line-height:2}
.nq-article .nq-key{color:#555;font-size:.9rem;margin:0 0 1rem}
.nq-article .nq-chip{display:inline-block;margin-right:.9rem;white-space:nowrap}
.nq-article .nq-swatch{display:inline-block;width:.9rem;height:.9rem;border-radius:.2rem;
  vertical-align:-.1rem;margin-right:.3rem}
.nq-article .nq-text{white-space:pre-wrap;font-family:Georgia,'Times New Roman',serif;font-size:1.05rem;
  border-left:3px solid #e5e5e5;padding-left:1rem}
.nq-article mark{color:inherit;padding:.05rem 0;border-radius:.15rem}
.nq-article .nq-cue{text-decoration:underline;text-decoration-thickness:2px;text-underline-offset:.2rem}
.nq-article .nq-mention{font-weight:700}
.nq-article .nq-who{font-family:system-ui,sans-serif;font-size:.7rem;font-weight:600;
  vertical-align:super;margin-left:.15rem;white-space:nowrap}
</style>"""


@dataclass(frozen=True)
class ArticleView:
    """The marked-up article; shown as HTML in a notebook (``display(view)``)."""

    html: str
    quotes: int
    speakers: int

    def _repr_html_(self) -> str:
        return self.html

    def __repr__(self) -> str:
        return f"<ArticleView: {self.quotes} quotes, {self.speakers} speakers>"


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _speaker(quote: Quote) -> str:
    return quote.speaker or UNATTRIBUTED


def _spans(quotes: Sequence[Quote], length: int) -> list[tuple[int, int, str, int]]:
    """(start, end, kind, quote index) of every quote, cue and mention, clipped to the text."""
    spans = []
    for i, q in enumerate(quotes):
        for kind, start, end in (("quote", q.start, q.end), ("cue", q.cue_start, q.cue_end),
                                 ("mention", q.mention_start, q.mention_end)):
            if start is None or end is None:
                continue
            start, end = max(0, start), min(length, end)
            if end > start:
                spans.append((start, end, kind, i))
    return spans


def _tint(color: str) -> str:
    return color + "40"  # about 25 % opaque: the text stays readable on it


def _open(kind: str, quote: Quote, color: str) -> str:
    if kind == "quote":
        hint = f"{_speaker(quote)} ({quote.kind} quote)"
        return (f'<mark class="nq-quote" style="background-color:{_tint(color)};'
                f'box-shadow:inset 0 -2px 0 {color}" title="{_e(hint)}">')
    if kind == "cue":
        return f'<span class="nq-cue" style="text-decoration-color:{color}" title="cue">'
    return f'<span class="nq-mention" title="{_e(_speaker(quote))}, as written">'


_CLOSE = {"quote": "</mark>", "cue": "</span>", "mention": "</span>"}
_ORDER = {"quote": 0, "mention": 1, "cue": 2}  # nesting, outermost first


_CLOSING = re.compile("[ \u00a0\u202f]*[»”\"’']")  # a closing quote mark, after its space


def _label_at(text: str, end: int) -> int:
    """Where the speaker's label goes: after the quote's closing mark, else at its end."""
    match = _CLOSING.match(text, end)
    return match.end() if match else end


def _marked_text(text: str, quotes: Sequence[Quote], colors: Mapping[str, str]) -> str:
    """The text cut at every mark boundary; each piece opens and closes its own marks, so
    the HTML nests correctly even where marks overlap."""
    spans = _spans(quotes, len(text))
    ends = {_label_at(text, e): i for s, e, kind, i in spans if kind == "quote"}  # a label after each quote
    cuts = sorted({0, len(text), *(s for s, _, _, _ in spans), *(e for _, e, _, _ in spans), *ends})
    out = []
    for a, b in zip(cuts, cuts[1:]):
        active = sorted((s for s in spans if s[0] <= a and b <= s[1]), key=lambda s: _ORDER[s[2]])
        piece = _e(text[a:b])
        for _, _, kind, i in reversed(active):
            piece = _open(kind, quotes[i], color_of(_speaker(quotes[i]), colors)) + piece + _CLOSE[kind]
        out.append(piece)
        if b in ends:
            q = quotes[ends[b]]
            out.append(f'<span class="nq-who" style="color:{color_of(_speaker(q), colors)}">'
                       f"{_e(_speaker(q))}</span>")
    return "".join(out)


def _legend(quotes: Sequence[Quote], colors: Mapping[str, str]) -> str:
    counts: dict[str, int] = {}
    for q in quotes:
        counts[_speaker(q)] = counts.get(_speaker(q), 0) + 1
    order = sorted(counts, key=lambda s: (s == UNATTRIBUTED, -counts[s], s))
    chips = []
    for speaker in order:
        color = color_of(speaker, colors)
        n = counts[speaker]
        chips.append(f'<span class="nq-chip"><span class="nq-swatch" style="background-color:{_tint(color)};'
                     f'box-shadow:inset 0 -3px 0 {color}"></span>{_e(speaker)} '
                     f'({n} quote{"s" if n != 1 else ""})</span>')
    return f'<p class="nq-legend">{"".join(chips)}</p>'


def article_view(
    text: str,
    quotes: Sequence[Quote],
    *,
    title: str | None = None,
    meta: Sequence[str] = (),
    colors: Mapping[str, str] | None = None,
) -> ArticleView:
    """The article ``text`` with its ``quotes`` highlighted, under its ``title`` and a
    legend of speakers; ``meta`` are short lines shown under the title (source, date).

    ``colors`` is the report's palette (:func:`analysis.colors.speaker_colors`), so that a
    speaker has the same colour here as in the charts; by default the speakers in order of
    their number of quotes.
    """
    quotes = sorted(quotes, key=lambda q: (q.start, q.end))
    if colors is None:
        counts: dict[str, int] = {}
        for q in quotes:
            if q.speaker:
                counts[q.speaker] = counts.get(q.speaker, 0) + 1
        colors = speaker_colors(sorted(counts, key=lambda s: (-counts[s], s)))
    parts = ['<div class="nq-article">', _CSS]
    if title:
        parts.append(f'<p class="nq-title">{_e(title)}</p>')
    shown_meta = [m for m in meta if m]
    if shown_meta:
        parts.append(f'<p class="nq-meta">{" · ".join(_e(m) for m in shown_meta)}</p>')
    if quotes:
        parts.append(_legend(quotes, colors))
        parts.append('<p class="nq-key">Highlighted: a quote, in its speaker\'s colour, with the speaker\'s '
                     'name after it (and on hover). <span class="nq-cue">Underlined</span>: the words that '
                     'introduce it (the cue). <span class="nq-mention">Bold</span>: the speaker as named '
                     'there.</p>')
    else:
        parts.append('<p class="nq-key">No quotes found in this article.</p>')
    parts.append(f'<div class="nq-text">{_marked_text(text, quotes, colors)}</div>')
    parts.append("</div>")
    speakers = len({q.speaker for q in quotes if q.speaker})
    return ArticleView(html="\n".join(parts), quotes=len(quotes), speakers=speakers)
