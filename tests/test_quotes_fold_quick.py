"""The speaker index's quick fold (speakers._fold_quick) answers as the package's one fold."""
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.quotes.speakers import _fold_quick
from analysis.text import fold


@settings(max_examples=400, deadline=None)
@given(st.text(max_size=20))
def test_quick_fold_is_fold(word):
    assert _fold_quick(word) == fold(word)


def test_quick_fold_on_names():
    for word in ("Macron", "MACRON", "Élisabeth", "O`Neil", "L’Œuvre", "d'Arc", "İstanbul", "ǅemal", ""):
        assert _fold_quick(word) == fold(word)
