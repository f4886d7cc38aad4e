"""benchmarks/train_tone.py: article folds, the fit and its cross-validation.

Quotes are written for these tests; no evaluation data is read.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import train_tone  # noqa: E402
from analysis.sentiment import Tone  # noqa: E402

QUOTES = [  # (article, text, label, gold score)
    ("a", "C'est une honte, une décision scandaleuse et injuste.", "neg", -2.0),
    ("a", "Le conseil se réunira mardi pour examiner le dossier.", "neu", 0.0),
    ("b", "Une belle réussite, bravo à toute l'équipe.", "pos", 2.0),
    ("b", "Nous avons reçu le rapport et nous l'étudierons avec attention.", "neu", 0.0),
    ("c", "Les habitants ont peur, la situation est grave.", "neg", -1.0),
    ("c", "C'est un progrès important pour les familles.", "pos", 1.0),
    ("d", "La réunion a eu lieu à huis clos, sans problème particulier signalé.", "neu", 0.0),
    ("d", "Ce drame terrible nous bouleverse.", "neg", -2.0),
]


def _data():
    quotes = [{"article_id": a, "text": t} for a, t, _, _ in QUOTES]
    labels = [lab for _, _, lab, _ in QUOTES]
    gold = [g for *_, g in QUOTES]
    return quotes, labels, gold


def test_an_articles_quotes_share_a_fold():
    quotes, _, _ = _data()
    fold = train_tone.article_folds(quotes, 3)
    assert fold == [0, 0, 1, 1, 2, 2, 0, 0]  # articles a, b, c, d dealt round


def test_the_fit_scores_at_least_as_well_as_vaders_compound():
    quotes, labels, gold = _data()
    table = train_tone.summed_table([q["text"] for q in quotes])
    weights, tone = train_tone.fit(table, labels, gold, range(len(quotes)))
    assert tone in train_tone.tone_candidates()
    summed = next(s for w, s in table if w == weights)
    ours = train_tone.merit([tone.compound(*s) for s in summed], labels, gold)
    for w, s in table:
        assert ours >= train_tone.merit([Tone().compound(*x) for x in s], labels, gold) - 1e-12


def test_each_fold_is_scored_with_what_the_other_folds_chose():
    quotes, labels, gold = _data()
    table = train_tone.summed_table([q["text"] for q in quotes])
    fold = train_tone.article_folds(quotes, 2)
    held_out, chosen = train_tone.cross_validate(table, labels, gold, fold, 2)
    assert len(chosen) == 2
    for k, (weights, tone) in enumerate(chosen):
        keep = [i for i, f in enumerate(fold) if f != k]
        assert (weights, tone) == train_tone.fit(table, labels, gold, keep)
        summed = next(s for w, s in table if w == weights)
        for i, f in enumerate(fold):
            if f == k:
                assert held_out[i] == tone.compound(*summed[i])
