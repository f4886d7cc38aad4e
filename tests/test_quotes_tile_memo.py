"""The native tokenizer's memo of frequent tokens (analysis/quotes/_tiles.c) changes no token
and no flag: whatever the watch sets, their order, and texts of more new words than it holds."""
import random

import pytest

from analysis.quotes import scan as scan_module
from analysis.quotes.cues import cues_for

try:
    from analysis.quotes import _tiles
except ImportError:
    _tiles = None

pytestmark = pytest.mark.skipif(_tiles is None, reason="native tokenizer not built")

_TEXT = ("« Nous ne céderons pas », a déclaré M. Dupont. Le maire l’a dit-il ? Oui. (Non.)\n\n"
         "“We will not,” said Mr. Lee, the U.S. envoy. Il a dit que la ville allait bien.")


def _agree(text, watch, language):
    lead = scan_module._LEADING.match(text).end()
    rules = cues_for(language).token_rules
    native = list(_tiles.tile(text, lead, watch, scan_module._SENTENCE_MARKS, *rules))
    words, starts, low, watched, breaks = scan_module._tokens(text, lead, watch, rules)
    caps = [i for i, w in enumerate(words) if w[0].isupper()]
    assert native == [words, starts, low, watched, breaks, caps]


def test_flags_follow_each_watch_set_past_the_pairs_kept():
    marks = scan_module._SENTENCE_MARKS
    # six watch sets (more than the four pairs kept), each watching other words of the text
    sets = [frozenset(marks | {w}) for w in ("dit", "a", "said", "ville", "maire", "nous")]
    for _ in range(3):
        for watch in sets:
            _agree(_TEXT, watch, "fr")
            _agree(_TEXT, watch, "en")


def test_a_mutable_watch_set_is_read_afresh():
    watch = set(scan_module._SENTENCE_MARKS)
    _agree(_TEXT, watch, "fr")
    watch.add("maire")
    _agree(_TEXT, watch, "fr")


def test_more_new_words_than_the_memo_holds():
    rng = random.Random(7)
    words = ["".join(rng.choice("abcdefghijklmnopqrstuvwxyzéèàç") for _ in range(rng.randint(1, 9)))
             for _ in range(6000)]
    text = " ".join(w.capitalize() if rng.random() < 0.2 else w for w in words) + " " + _TEXT
    watch = frozenset(scan_module._SENTENCE_MARKS | set(words[:50]))
    for _ in range(2):
        _agree(text, watch, "fr")
        _agree(_TEXT, watch, "fr")
