"""Direct quotations and their speakers."""
from analysis.quotes.model import Quote, QuoteKind
from analysis.quotes.extract import extract_quotes

__all__ = ["Quote", "QuoteKind", "extract_quotes"]
