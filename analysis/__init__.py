"""newsquotes: who said what, how often and in what tone, in news articles.

The curated API; each task module (``io``, ``language``, ``tokens``, ``quotes``,
``sentiment``, ``tables``, ``plots``, ``report``; for displays ``colors``, ``highlight``,
``views``) has more.
"""
from analysis.io import read_article, read_articles
from analysis.quotes import Quote, extract_quotes
from analysis.sentiment import polarity

__version__ = "0.1.0"

__all__ = ["Quote", "extract_quotes", "polarity", "read_article", "read_articles", "__version__"]
