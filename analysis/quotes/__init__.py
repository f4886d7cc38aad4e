"""Direct quotations and their speakers."""
from analysis.quotes.model import UNATTRIBUTED, Quote, QuoteKind
from analysis.quotes.extract import extract_quotes

__all__ = ["Quote", "QuoteKind", "UNATTRIBUTED", "extract_quotes"]
