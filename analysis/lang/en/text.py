"""English text as scraped: no glued-word splitting (read by ``analysis.quotes.prepare``).

English brand and product names glue capitalised words on purpose (``PowerPoint``,
``iPhone``), and the English gold sets show no flattened headings: nothing is split.
"""
from __future__ import annotations

GLUED_SENTENCES = False
GLUED_AFTER_CLOSER = ""
HEADING_FOLLOWERS: frozenset[str] = frozenset()
