"""Gender of the people quoted, against hand-labelled gold (benchmarks/gold/gender/*.jsonl).

For each gold article and each named person its quotes are attributed to, the gold says
female, male or unclear from the article (see benchmarks/gold/README.md), and whether the
article's own words make it clear (``basis: text``) or only the given name does. Two runs:

- ``gold``: the gold speakers given to analysis.identity as the quotes' speakers, so that
  only the gender is measured (each dataset resolved as one corpus);
- ``engine``: the quotes and speakers newsquotes finds, resolved as one corpus; a gold
  person is matched by surname to the engine's speakers of the same article (a person the
  engine never attributes a quote to is "missed", left out of the figures).

Figures, per dataset and run:
- ``accuracy``: of the people with a clear gold gender that the run gives a gender, the
  share it gets right (``text``: article-clear only; ``all``: given names included);
- ``unknown``: the share of the people quoted (gold persons found) left without a gender
  (unknown, or not judged a person);
- ``women``: the share of women among the people given a gender, against the gold share
  among the people whose gold gender is clear (``diff``: run − gold).

Datasets: winer-fr and polnear-dev-en (the rules were written looking at them) and the held-out
press-dev-fr and polnear-train-en (labelled before any change made after them).

    python benchmarks/eval_gender.py [--eval-dir ../shared/eval] [--json] [--errors] [--unknown]
"""
from __future__ import annotations

import argparse
import glob
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from gold_people import gold_people, surname_key  # noqa: E402

from analysis.corpus import quote_rows  # noqa: E402
from analysis.identity import annotate_article, resolve_rows  # noqa: E402
from analysis.io import Article  # noqa: E402

GOLD = ROOT / "benchmarks" / "gold"
DATASETS = {  # name: (gold articles, gender gold, language); only the articles the gender gold labels
    "winer-fr": (sorted(str(p) for p in GOLD.glob("winer-*.fr.jsonl")), GOLD / "gender" / "winer.fr.jsonl", "fr"),
    "polnear-dev-en": (["{eval}/quotes/polnear-dev.en.jsonl"], GOLD / "gender" / "polnear-dev.en.jsonl", "en"),
    # held out: labelled before any gender rule or name list was changed after them (README)
    "press-dev-fr": (["{eval}/quotes/press-dev.fr.jsonl"], GOLD / "gender" / "press-dev.fr.jsonl", "fr"),
    "polnear-train-en": (["{eval}/quotes/polnear-train.en.jsonl"], GOLD / "gender" / "polnear-train-slice.en.jsonl",
                         "en"),
}
HELD_OUT = {"press-dev-fr", "polnear-train-en"}


def _articles(files: list[str], ids: set[str]) -> list[dict]:
    rows = (json.loads(line) for f in files for line in open(f, encoding="utf-8"))
    return [a for a in rows if a["id"] in ids]


def _labels(path: Path) -> dict[tuple[str, str], dict]:
    out = {}
    for line in open(path, encoding="utf-8"):
        row = json.loads(line)
        out[(row["id"], surname_key(row["speaker"]))] = row
    return out


def _gold_run(articles: list[dict], language: str) -> tuple[dict[tuple[str, str], str | None], list[dict]]:
    """Gender per (article, surname) with the gold speakers as the quotes' speakers."""
    rows: list[dict] = []
    for a in articles:
        people = {surname_key(p.name): p.name for p in gold_people(a, language=language)}
        mine = []
        for q in a["quotes"]:
            from gold_people import name_of

            name = name_of(q.get("speaker") or "")
            if name and surname_key(name) in people:
                mine.append({"article_id": a["id"], "speaker": people[surname_key(name)], "mention": None,
                             "language": language})
        annotate_article(mine, a["text"], language=language)
        rows.extend(mine)
    resolve_rows(rows)
    return _by_person(rows), rows


def _engine_run(articles: list[dict], language: str) -> tuple[dict[tuple[str, str], str | None], list[dict]]:
    rows: list[dict] = []
    for a in articles:
        rows.extend(quote_rows(Article(id=a["id"], text=a["text"], language=language), language=language))
    resolve_rows(rows)
    return _by_person(rows), rows


def _by_person(rows: list[dict]) -> dict[tuple[str, str], str | None]:
    votes: dict[tuple[str, str], Counter] = {}
    for r in rows:
        if r.get("speaker") and r["speaker"][:1].isupper():  # « le parcours de Trump » is not Trump
            key = (r["article_id"], surname_key(r["speaker"]))
            g = r["speaker_gender"] if r.get("speaker_kind") in ("person", "unnamed") else None
            votes.setdefault(key, Counter())[g or "unknown"] += 1
    # a person the engine names in two forms: the form whose gender is decided
    return {k: next((g for g, _ in c.most_common() if g != "unknown"), "unknown") for k, c in votes.items()}


def unknown_people(labels: dict[tuple[str, str], dict], predicted: dict, rows: list[dict]) -> list[str]:
    """The people found but left without a gender, with what the run knew of them: the
    speaker forms, their kinds and the article's clues (to tell the causes apart: no given
    name, a name missing from the lists, contradicting clues, not judged a person)."""
    out = []
    for k, v in sorted(labels.items()):
        if not v["person"] or k not in predicted or predicted[k] in ("female", "male"):
            continue
        mine = [r for r in rows if r["article_id"] == k[0] and r.get("speaker") and surname_key(r["speaker"]) == k[1]]
        forms = sorted({f"{r['speaker']} ({r.get('speaker_kind')})" for r in mine})
        clues = sorted({c for r in mine for c in (r.get("speaker_clues") or "").split(";") if c[:2] in ("f:", "m:")})
        out.append(f"{k[0]} {v['speaker']}: gold {v['gender']} ({v['basis']}); {', '.join(forms)}; "
                   f"clues {', '.join(clues) or 'none'}")
    return out


def score(labels: dict[tuple[str, str], dict], predicted: dict[tuple[str, str], str | None]) -> dict:
    people = {k: v for k, v in labels.items() if v["person"]}
    found = {k: v for k, v in people.items() if k in predicted}
    out: dict = {"people": len(people), "found": len(found)}
    for subset, keep in (("text", lambda v: v["basis"] == "text"), ("all", lambda v: v["gender"] in ("female", "male"))):
        clear = {k: v for k, v in found.items() if keep(v)}
        decided = {k: v for k, v in clear.items() if predicted[k] in ("female", "male")}
        right = sum(predicted[k] == v["gender"] for k, v in decided.items())
        out[f"accuracy_{subset}"] = round(right / len(decided), 3) if decided else None
        out[f"decided_{subset}"] = f"{len(decided)}/{len(clear)}"
    unknown = sum(predicted[k] not in ("female", "male") for k in found)
    out["unknown"] = round(unknown / len(found), 3) if found else None
    gold_clear = [v for v in found.values() if v["gender"] in ("female", "male")]
    given = [predicted[k] for k in found if predicted[k] in ("female", "male")]
    out["women_gold"] = round(sum(v["gender"] == "female" for v in gold_clear) / len(gold_clear), 3) if gold_clear else None
    out["women_run"] = round(given.count("female") / len(given), 3) if given else None
    if out["women_gold"] is not None and out["women_run"] is not None:
        out["women_diff"] = round(out["women_run"] - out["women_gold"], 3)
    out["errors"] = sorted(f"{k[0]} {v['speaker']}: gold {v['gender']}, run {predicted[k]}"
                           for k, v in found.items() if v["gender"] in ("female", "male")
                           and predicted[k] in ("female", "male") and predicted[k] != v["gender"])
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--eval-dir", default=str(ROOT.parent / "shared" / "eval"))
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--errors", action="store_true", help="list the people given the wrong gender")
    ap.add_argument("--unknown", action="store_true",
                    help="list the people the engine run leaves without a gender, with their clues "
                         "(not for the held-out sets)")
    args = ap.parse_args()
    results: dict = {}
    unknown: dict[str, list[str]] = {}
    for name, (files, gold, language) in DATASETS.items():
        files = [f.format(eval=args.eval_dir) for f in files]
        if not all(Path(f).is_file() for f in files):
            print(f"{name}: skipped (no {files[0]})", file=sys.stderr)
            continue
        labels = _labels(gold)
        articles = _articles(files, {k[0] for k in labels})
        for run, fn in (("gold", _gold_run), ("engine", _engine_run)):
            held = " (held out)" if name in HELD_OUT else ""
            predicted, rows = fn(articles, language)
            results[f"{name} {run}{held}"] = score(labels, predicted)
            if args.unknown and run == "engine" and name not in HELD_OUT:  # held-out sets stay unread
                unknown[f"{name} {run}{held}"] = unknown_people(labels, predicted, rows)
    if args.json:
        print(json.dumps(results, indent=1, ensure_ascii=False))
        return 0
    cols = ["people", "found", "accuracy_text", "decided_text", "accuracy_all", "decided_all", "unknown",
            "women_gold", "women_run", "women_diff"]
    print(f"{'':36}" + "".join(f"{c:>14}" for c in cols))
    for key, r in results.items():
        print(f"{key:36}" + "".join(f"{str(r.get(c)):>14}" for c in cols))
    for key, people in unknown.items():
        for p in people:
            print(f"{key} unknown: {p}")
    if args.errors:
        for key, r in results.items():
            for e in r["errors"]:
                print(f"{key}: {e}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
