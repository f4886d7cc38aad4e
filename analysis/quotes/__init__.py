"""Direct quotations and their speakers."""
from analysis.quotes import _select
from analysis.quotes.extract import check_arguments
from analysis.quotes.extract import extract_quotes as _python_extract
from analysis.quotes.model import UNATTRIBUTED, Quote, QuoteKind

# the compiled engine when setup.py built it from these sources (same results, faster)
_engine = _select.compiled_extract() or _python_extract


def extract_quotes(text: str, language: str = "auto") -> list[Quote]:
    check_arguments(text, language)  # the compiled engine's own type errors name no parameter
    return _engine(text, language)


extract_quotes.__doc__ = _python_extract.__doc__

__all__ = ["Quote", "QuoteKind", "UNATTRIBUTED", "extract_quotes"]
