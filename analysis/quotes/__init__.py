"""Direct quotations and their speakers."""
from analysis.quotes import _select
from analysis.quotes.extract import extract_quotes
from analysis.quotes.model import UNATTRIBUTED, Quote, QuoteKind

# the compiled engine when setup.py built it from these sources (same results, faster)
extract_quotes = _select.compiled_extract() or extract_quotes  # noqa: F811

__all__ = ["Quote", "QuoteKind", "UNATTRIBUTED", "extract_quotes"]
