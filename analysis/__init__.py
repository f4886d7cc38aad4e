"""newsquotes: who said what, how often and in what tone, in news articles."""
__version__ = "0.1.0"
