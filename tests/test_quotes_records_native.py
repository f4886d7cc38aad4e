"""marks.new_quote (natively, _tiles.record, where built) gives the very record Quote(...) gives."""
import dataclasses

import pytest

from analysis.quotes import marks
from analysis.quotes.model import Quote

_VALUES = [
    (0, 5, "abc", None),
    (3, 9, "« x »", "Jean Dupont", "il", 1, 2, "a déclaré", 10, 19, "partial", 0.4321, "previous_quote"),
    (1, 2, "y", "", None, None, None, None, None, None, "direct", None, None),
]


@pytest.mark.parametrize("values", _VALUES)
def test_new_quote_is_the_quote(values):
    made, want = marks.new_quote(*values), Quote(*values)
    assert type(made) is Quote
    assert made == want and hash(made) == hash(want) and repr(made) == repr(want)
    assert made.to_dict() == want.to_dict()
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.start = 1  # type: ignore[misc]


def test_record_refuses_other_members():
    if marks._tiles is None:
        pytest.skip("native record not built")
    with pytest.raises(TypeError):
        marks._tiles.record(Quote, (marks.QuotedSpan.open,), 1)
    with pytest.raises(TypeError):
        marks._tiles.record(Quote, marks._QUOTE_MEMBERS, 1, 2)


def test_every_native_function_the_engine_calls_is_checked_at_load():
    # _select.native() hands out _tiles only when it has them all (a build from older
    # sources runs the Python code instead of failing on a missing function)
    import re
    from pathlib import Path

    from analysis.quotes import _select

    folder = Path(_select.__file__).parent
    called = set()
    for path in folder.glob("*.py"):
        called |= set(re.findall(r"\b_tiles\.(\w+)\(", path.read_text(encoding="utf-8")))
    assert called and called <= set(_select.NATIVE_FUNCTIONS)
    if marks._tiles is not None:
        assert all(hasattr(marks._tiles, name) for name in _select.NATIVE_FUNCTIONS)
