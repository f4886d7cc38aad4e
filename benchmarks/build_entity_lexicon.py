"""Build the French entity lexicon (``analysis/lang/fr/entity_lexicon.tsv``) from WiNER-fr.

    python benchmarks/build_entity_lexicon.py --winer /path/to/WiNER-fr [--eval-dir ../shared/eval]

``--winer``: a checkout of https://github.com/YoannDupont/WiNER-fr (French Wikinews with
brat entity annotations: Person, Organization, Location, Date, Hour, Event, Product;
annotations CC BY 4.0, texts CC BY 2.5), or its bare git directory (read with ``git``).

For every capitalised word of every article (and every word written lowercase at least
``MIN_LOWER`` times), the lexicon counts how often the corpus
annotates it (the innermost entity covering it) as a person, an organisation, a place,
another entity (date, event, product) or nothing, and how often the same word is written
lowercase (a common word). One line a word, folded (``analysis.text.fold``)::

    word<TAB>per<TAB>org<TAB>loc<TAB>other<TAB>none<TAB>lower

Left out, so that the figures measured on them stay held out and no reserved text is
used (asserted below): the 26 files that ``../shared/eval/RESERVED.md`` reserves, the
articles of our French samples (``benchmarks/gold/winer-*.jsonl``) and those of the
shared ``wikinews-dev.fr`` set, matched by their source path and, in case a path
differs, by their text. Deterministic: the same corpus gives the same file.
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from analysis.text import fold  # noqa: E402

OUT = ROOT / "analysis" / "lang" / "fr" / "entity_lexicon.tsv"
GOLD_DIR = ROOT / "benchmarks" / "gold"

# ../shared/eval/RESERVED.md: never read, train on or ship anything of these (.txt, .ann)
RESERVED = frozenset("""
2016/03/2016_03_20-001 2016/04/2016_04_07-001 2016/05/2016_05_12-002 2016/06/2016_06_12-011
2016/08/2016_08_09-005 2016/08/2016_08_15-004 2016/11/2016_11_01-002 2016/11/2016_11_08-004
2017/01/2017_01_06-001 2017/01/2017_01_21-006 2017/01/2017_01_29-001 2017/02/2017_02_10-001
2017/03/2017_03_24-001 2017/03/2017_03_28-001 2017/04/2017_04_02-005 2017/04/2017_04_06-002
2017/07/2017_07_20-001 2017/10/2017_10_11-001 2018/02/2018_02_15-002 2018/02/2018_02_23-002
2018/03/2018_03_09-007 2018/03/2018_03_23-001 2018/09/2018_09_22-001 2018/10/2018_10_27-001
2018/12/2018_12_01-002 2018/12/2018_12_14-001
""".split())
assert len(RESERVED) == 26

KINDS = ("per", "org", "loc", "other", "none")
_TYPE = {"Person": "per", "Organization": "org", "Location": "loc"}  # the rest: "other"
_WORD = re.compile(r"[^\W\d_](?:[\w’'-]*\w)?")
_ELISION = re.compile(r"^(?:[ldjmnstc]|qu|jusqu|lorsqu|puisqu)['’]", re.IGNORECASE)
MIN_LOWER = 3  # and words seen lowercase this often (common words: « Pièce maîtresse » opening a sentence)
MIN_TOTAL = 1  # every capitalised word seen (a surname seen once still says "a person")


class Corpus:
    """The files of WiNER-fr, from a checkout or a bare git directory."""

    def __init__(self, path: Path):
        self.path = path
        self.git = not (path / "readme.md").exists()
        if self.git:
            self.commit = self._git("rev-parse", "HEAD").strip()
            self.files = self._git("ls-tree", "-r", "--name-only", "HEAD").split("\n")
        else:
            self.commit = "checkout"
            self.files = [str(p.relative_to(path)) for p in sorted(path.rglob("*"))]

    def _git(self, *args: str) -> str:
        return subprocess.run(["git", "--git-dir", str(self.path), *args], check=True, capture_output=True,
                              text=True).stdout

    def stems(self) -> list[str]:
        """Article paths without suffix ("2016/01/2016_01_01-001"), sorted."""
        return sorted(f[:-4] for f in self.files if re.fullmatch(r"\d{4}/\d{2}/\d{4}_\d{2}_\d{2}-\d{3}\.txt", f))

    def read(self, name: str) -> str:
        assert name[:-4] not in RESERVED, f"reserved file read: {name}"  # RESERVED.md
        if self.git:
            return self._git("show", f"HEAD:{name}")
        return (self.path / name).read_text(encoding="utf-8")


def _normal(text: str) -> str:
    return " ".join(text.split())[:400]


def held_out(eval_dir: Path | None) -> tuple[set[str], set[str]]:
    """The WiNER paths (stems) and texts of the articles whose figures must stay held out:
    our samples and, when ``eval_dir`` is given, wikinews-dev."""
    files = sorted(GOLD_DIR.glob("winer-*.jsonl"))
    if eval_dir is not None:
        files.append(eval_dir / "quotes" / "wikinews-dev.fr.jsonl")
    stems, texts = set(), set()
    for path in files:
        for line in path.open(encoding="utf-8"):
            row = json.loads(line)
            m = re.search(r"(\d{4}/\d{2}/\d{4}_\d{2}_\d{2}-\d{3})\.txt", row.get("source", ""))
            assert m, f"no WiNER path in {path.name}: {row.get('source')!r}"
            stems.add(m.group(1))
            texts.add(_normal(row["text"]))
    return stems, texts


def annotations(ann: str) -> list[tuple[int, int, str]]:
    """The entity spans of a brat file: (start, end, kind), discontinuous ones by their ends."""
    out = []
    for line in ann.splitlines():
        if not line.startswith("T"):
            continue
        _, what, *_ = line.split("\t")
        label, *offsets = what.replace(";", " ").split()
        nums = [int(x) for x in offsets]
        out.append((min(nums), max(nums), _TYPE.get(label, "other")))
    return out


def count(text: str, spans: list[tuple[int, int, str]], table: dict[str, list[int]], lower: dict[str, int]) -> None:
    """Add the article's words to ``table`` (capitalised: their kind) and ``lower``."""
    spans = sorted(spans, key=lambda s: s[1] - s[0])  # innermost first
    for m in _WORD.finditer(text):
        word, start = m.group(), m.start()
        e = _ELISION.match(word)
        if e:
            word, start = word[e.end():], start + e.end()
        if not word:
            continue
        key = fold(word)
        if not word[0].isupper():
            lower[key] = lower.get(key, 0) + 1
            continue
        kind = next((k for a, b, k in spans if a <= start < b), "none")
        table[key][KINDS.index(kind)] += 1


def build(corpus: Corpus, eval_dir: Path | None) -> tuple[dict[str, list[int]], dict[str, int], dict[str, int]]:
    stems, texts = held_out(eval_dir)
    table: dict[str, list[int]] = defaultdict(lambda: [0] * len(KINDS))
    lower: dict[str, int] = {}
    stats = {"articles": 0, "reserved": 0, "held_out": 0}
    for stem in corpus.stems():
        if stem in RESERVED:
            stats["reserved"] += 1
            continue
        if stem in stems:
            stats["held_out"] += 1
            continue
        text = corpus.read(stem + ".txt")
        if _normal(text) in texts:  # a held-out article under another path
            stats["held_out"] += 1
            continue
        count(text, annotations(corpus.read(stem + ".ann")), table, lower)
        stats["articles"] += 1
    assert stats["reserved"] == len(RESERVED), stats  # every reserved file seen, and skipped
    return table, lower, stats


def write(table: dict[str, list[int]], lower: dict[str, int], stats: dict[str, int], commit: str, out: Path) -> int:
    lines = []
    zero = [0] * len(KINDS)
    for word in sorted(set(table) | {w for w, n in lower.items() if n >= MIN_LOWER}):
        counts = table.get(word, zero)
        if sum(counts) >= MIN_TOTAL or lower.get(word, 0) >= MIN_LOWER:
            lines.append("\t".join([word, *map(str, counts), str(lower.get(word, 0))]))
    header = [
        "# French entity lexicon derived from WiNER-fr (https://github.com/YoannDupont/WiNER-fr,",
        f"# commit {commit}): annotations by Yoann Dupont, CC BY 4.0; texts French Wikinews, CC BY 2.5.",
        "# Built by benchmarks/build_entity_lexicon.py; see LICENSE-WiNER-fr.txt.",
        f"# {stats['articles']} articles (left out: {stats['reserved']} reserved, {stats['held_out']} held out).",
        "# word\tper\torg\tloc\tother\tnone\tlower  (word folded; counts of its capitalised uses"
        " by annotated kind; lowercase uses)",
    ]
    out.write_text("\n".join(header + lines) + "\n", encoding="utf-8")
    return len(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--winer", type=Path, required=True, help="WiNER-fr checkout or bare git directory")
    parser.add_argument("--eval-dir", type=Path, default=next(
        (p for p in (ROOT.parent / "shared" / "eval", ROOT.parents[1] / "shared" / "eval") if p.exists()),
        ROOT.parent / "shared" / "eval"),
                        help="shared eval folder (its wikinews-dev articles are left out)")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    eval_dir = args.eval_dir if (args.eval_dir / "quotes" / "wikinews-dev.fr.jsonl").exists() else None
    if eval_dir is None:
        print("wikinews-dev not found: pass --eval-dir (its articles must be left out)", file=sys.stderr)
        return 2
    corpus = Corpus(args.winer)
    table, lower, stats = build(corpus, eval_dir)
    n = write(table, lower, stats, corpus.commit, args.out)
    print(f"{stats}; {n} words -> {args.out} ({args.out.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
