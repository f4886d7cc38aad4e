"""The official quote scorer's rules (``../shared/eval/score.py``), copied so that training
and the tests run without ``../shared``: spans match when a prediction covers at least
``theta`` of the gold span (one-to-one, greedy by overlap); speakers agree when their
surnames do (accents, case and titles ignored); gold pronoun speakers are not scored.
``benchmarks/eval_quotes.py`` keeps using the official file; ``tests/test_speaker_model.py``
checks this copy against it where ``../shared`` is present.
"""
from __future__ import annotations

import unicodedata
from collections import defaultdict

TITLES = set("""mr mrs ms dr sen rep gov president pres prime minister secretary chancellor general
the le la les l de du des d m mme mlle monsieur madame chef ministre president presidente
secretaire etat state senator representative governor mayor maire""".split())
PRONOUNS = {"he", "she", "they", "i", "we", "it", "you", "il", "elle", "ils", "elles", "on", "je", "nous", "vous"}


def norm_tokens(name: str | None) -> list[str]:
    if not name:
        return []
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = "".join(c if c.isalnum() else " " for c in s)
    return [t for t in s.split() if t not in TITLES]


def same_speaker(pred: str | None, gold: str | None) -> bool:
    if pred and gold and pred.strip().lower() == gold.strip().lower():
        return True
    p, g = norm_tokens(pred), norm_tokens(gold)
    if not p or not g:
        return False
    return g[-1] in p or p[-1] in g


def scoreable(gold_speaker: str | None) -> bool:
    return bool(gold_speaker) and gold_speaker.strip().lower() not in PRONOUNS


def match(golds: list[dict], preds: list[dict], theta: float = 0.5) -> list[tuple[int, int]]:
    cands = []
    for gi, g in enumerate(golds):
        glen = max(1, g["end"] - g["start"])
        for pi, p in enumerate(preds):
            ov = min(g["end"], p["end"]) - max(g["start"], p["start"])
            if ov > 0 and ov / glen >= theta:
                cands.append((ov / glen, gi, pi))
    cands.sort(reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, gi, pi in cands:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi))
    return pairs


def attributed_f1(gold_rows: list[dict], pred_rows: list[dict], theta: float = 0.5) -> float:
    """The headline figure: a quote counts when found and its speaker is right."""
    preds: dict[str, list[dict]] = defaultdict(list)
    for p in pred_rows:
        preds[str(p["article_id"])].append(p)
    n_gold = n_pred = tp = 0
    for art in gold_rows:
        golds, ps = art["quotes"], preds.get(str(art["id"]), [])
        n_gold += len(golds)
        n_pred += len(ps)
        for gi, pi in match(golds, ps, theta):
            g = golds[gi]
            tp += same_speaker(ps[pi].get("speaker"), g["speaker"]) if scoreable(g["speaker"]) else 1
    ap = tp / n_pred if n_pred else 0.0
    ar = tp / n_gold if n_gold else 0.0
    return round(2 * ap * ar / (ap + ar), 3) if ap + ar else 0.0
