"""Build ``analysis/lang/en/first_names.txt``: given names with a clear majority sex, from the
US Social Security Administration's national baby-name counts.

Source: "Baby Names from Social Security Card Applications - National Data" (SSA), one file a
year of birth, ``yobYYYY.txt`` with lines ``Name,F|M,count`` (names given to at least five
babies of a sex that year). A work of the US federal government: public domain. Any copy of
the yearly files will do; the list shipped was built from the copy of 1880-2023 in the public
repository aramshiva/babies (folder ``names/``), with the defaults below.

Kept: names given to at least ``--min-births`` babies born in ``--years`` (the people news
quotes), ``--share`` or more of them of one sex; not the names in ``EXCLUDED`` (places and
words that open names of places and organisations: "Virginia Beach", "Christian Science
Monitor" must get no gender), nor the places of ``analysis/lang/*/entities.py`` and the stop
words of ``analysis/lang/*/stop_words.py`` (« Les fonctionnaires de … », "May 5").

    python benchmarks/build_first_names.py --ssa DIR [--out analysis/lang/en/first_names.txt]
"""
from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# Given names that are also, as the first word of a capitalised phrase, places, titles, or words
# of names of places, teams, newspapers and organisations in the news ("General Motors", "Judge
# Curiel", "Smith College"), or far more often surnames than given names.
EXCLUDED = set("""
america asia africa europe india china israel jordan egypt kenya chad georgia virginia carolina
dakota montana nevada florida indiana arizona texas tennessee kentucky alabama louisiana
washington lincoln jackson madison austin houston dallas denver phoenix orlando savannah charlotte
sydney victoria adelaide florence lorraine brooklyn aurora salem tyler eugene cleveland memphis
raleigh augusta helena jersey kent sierra trinity liberty justice christian chase unity harmony
paris london berlin vienna geneva lyon milan rome york hamilton quincy
baron bishop deacon duke earl elder general judge junior king lady major marshal princess queen royal
ford tesla star summer autumn chance miracle precious destiny forest noble worth rock stone smith price
fisher porter art
""".split()) | set(  # one sex in the US, the other (or both) in France or Italy: news quotes both
    "jean andrea nicola simone patrice dominique claude camille michele gabriele daniele emanuele sacha sasha".split())

HEADER = """\
# Given names with a clear majority sex among US births {first}-{last} ({share:.0%} or more of
# at least {min_births} births), from the US Social Security Administration's national baby-name
# counts (public domain). Built by benchmarks/build_first_names.py; do not edit by hand.
# One name a line: folded name (lowercase, no accents), space, m or f.
"""


def counts(ssa: Path, years: range) -> dict[str, list[int]]:
    """Births per folded name over ``years``: ``[male, female]``."""
    total: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    missing = [y for y in years if not (ssa / f"yob{y}.txt").is_file()]
    if missing:
        raise SystemExit(f"{ssa} lacks yob{missing[0]}.txt (and {len(missing) - 1} other years)")
    for y in years:
        for line in (ssa / f"yob{y}.txt").read_text(encoding="utf-8-sig").splitlines():
            if not line.strip():
                continue
            name, sex, n = line.strip().split(",")
            total[name.lower()][sex == "F"] += int(n)
    return total


def not_names() -> set[str]:
    """The places and the stop words (articles, pronouns, months, days …) of every language."""
    from importlib import import_module

    out = set()
    for language in ("en", "fr"):
        out |= {p.lower() for p in import_module(f"analysis.lang.{language}.entities").PLACES}
        out |= set(import_module(f"analysis.lang.{language}.stop_words").STOP_WORDS)
    return out


def select(total: dict[str, list[int]], *, min_births: int, share: float) -> dict[str, str]:
    skip = EXCLUDED | not_names()
    out = {}
    for name, (m, f) in total.items():
        n = m + f
        if n >= min_births and name not in skip and max(m, f) / n >= share:
            out[name] = "f" if f > m else "m"
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--ssa", required=True, type=Path, help="folder of the SSA's yobYYYY.txt files")
    ap.add_argument("--out", type=Path, default=ROOT / "analysis" / "lang" / "en" / "first_names.txt")
    ap.add_argument("--first", type=int, default=1925, help="first year of birth counted")
    ap.add_argument("--last", type=int, default=2005, help="last year of birth counted")
    ap.add_argument("--min-births", type=int, default=1000)
    ap.add_argument("--share", type=float, default=0.95)
    args = ap.parse_args()
    names = select(counts(args.ssa, range(args.first, args.last + 1)), min_births=args.min_births, share=args.share)
    with open(args.out, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(HEADER.format(first=args.first, last=args.last, share=args.share, min_births=args.min_births))
        fh.writelines(f"{n} {g}\n" for n, g in sorted(names.items()))
    women = sum(g == "f" for g in names.values())
    print(f"{args.out}: {len(names)} names ({women} female, {len(names) - women} male)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
