"""The engine's fold (analysis/quotes/cues.py, compiled with it) is the package's one fold."""
from analysis.quotes.cues import fold
from analysis.text import fold as package_fold


def test_engine_fold_is_the_package_fold():
    words = ["Macron", "MACRON", "L’Œuvre", "É", "don`t", "Kelvin \u212a", "", "Jean-Luc Mélenchon", "ÆSIR", "a b"]
    for word in words:
        assert fold(word) == package_fold(word), word
