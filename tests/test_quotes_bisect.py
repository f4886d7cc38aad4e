"""scan.bisect_left/bisect_right (a typed loop when compiled) answer as the bisect module does."""
import bisect
import importlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.quotes import scan as python_scan


def _modules():
    mods = [python_scan]
    try:
        compiled = importlib.import_module("analysis.quotes._compiled.scan")
    except ImportError:
        return mods
    if compiled.__file__.endswith((".so", ".pyd")) or compiled._COMPILED:
        mods.append(compiled)
    return mods


@pytest.mark.parametrize("mod", _modules(), ids=lambda m: m.__name__)
@given(st.lists(st.integers(-5, 40), max_size=30).map(sorted), st.integers(-8, 45), st.data())
@settings(max_examples=300, deadline=None)
def test_bisect_as_the_bisect_module(mod, a, x, data):
    lo = data.draw(st.integers(0, len(a)))
    hi = data.draw(st.none() | st.integers(lo, len(a)))
    assert mod.bisect_left(a, x) == bisect.bisect_left(a, x)
    assert mod.bisect_right(a, x) == bisect.bisect_right(a, x)
    assert mod.bisect_left(a, x, lo, hi) == bisect.bisect_left(a, x, lo, len(a) if hi is None else hi)
    assert mod.bisect_right(a, x, lo, hi) == bisect.bisect_right(a, x, lo, len(a) if hi is None else hi)
    pairs = [(v, "x") for v in a]
    assert mod.bisect_left(pairs, x, key=lambda p: p[0]) == bisect.bisect_left(pairs, x, key=lambda p: p[0])
    assert mod.bisect_right(pairs, x, key=lambda p: p[0]) == bisect.bisect_right(pairs, x, key=lambda p: p[0])


def test_the_compiled_module_knows_it_is_compiled():
    mods = _modules()
    assert python_scan._COMPILED is False
    for mod in mods[1:]:
        assert mod._COMPILED is True
