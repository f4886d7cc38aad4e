"""Propose gender labels for the named speakers of a quote gold file, for a person to check.

For each article and each named gold speaker, prints the article's own clues around the
name, for the annotator to read: an honorific before it (M., Mme, Mr., Ms.), a gendered
noun or title next to it, a subject pronoun opening the next sentence or following "said",
and the gold quotes whose speaker is a pronoun. The proposal is only a reading aid: the
labels of benchmarks/gold/gender/*.jsonl were decided by reading these contexts (and the
article where they did not settle it). Given names are shown but never decide a proposal.

    python benchmarks/propose_gender.py GOLD.jsonl [--lang fr|en] > proposals.txt
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gold_people import gold_people  # noqa: E402

_TIGHT = {
    "fr": {"f": r"\b(?:Mme|Madame|Mlle|elle|Elle|[Ll]a \w+e|[Ll]a (?:ministre|porte-parole|juge|secrétaire)|épouse|mère|fille|sœur|"
                r"\w+ée|\w+rice|\w+euse|\w+enne|présidente|députée|avocate|chancelière|reine)\b",
           "m": r"\b(?:M\.|Monsieur|il|Il|[Ll]e (?:ministre|porte-parole|juge|secrétaire|président|premier)|époux|père|fils|"
                r"frère|président|député|avocat|chancelier|roi|pape)\b"},
    "en": {"f": r"\b(?:Mrs\.?|Ms\.?|she|She|her|Her|herself|spokeswoman|congresswoman|chairwoman|wife|mother|daughter|"
                r"sister|businesswoman|actress|[Qq]ueen|Lady|Miss)\b",
           "m": r"\b(?:Mr\.?|he|He|his|His|him|himself|spokesman|congressman|chairman|husband|father|son|brother|"
                r"businessman|actor|[Kk]ing|Sir)\b"},
}
_CUES = {
    "fr": {"f": r"\b(?:Mme|Madame|elle|Elle|la|La|une|sa|Sa|cette|ancienne|première|nommée|élue|née|interrogée|"
                r"ministre-présidente|présidente|directrice|députée|sénatrice|porte-parole)\b",
           "m": r"\b(?:M\.|Monsieur|il|Il|le|Le|un|son|ce|ancien|premier|nommé|élu|né|interrogé|président|"
                r"directeur|député|sénateur)\b"},
    "en": {"f": r"\b(?:Mrs\.|Ms\.|Ms|Mrs|she|She|her|Her|herself|spokeswoman|congresswoman|chairwoman|woman|wife|"
                r"mother|daughter|sister|businesswoman|actress|queen|Queen)\b",
           "m": r"\b(?:Mr\.|Mr|he|He|his|His|him|himself|spokesman|congressman|chairman|man|husband|father|son|"
                r"brother|businessman|actor|king|King)\b"},
}


def _sentences(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in re.finditer(r"(?<=[.!?»”])\s+(?=[«“A-ZÀ-Ý])|\n+", text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return spans


def contexts(text: str, surname: str, width: int = 90) -> list[str]:
    """Each sentence naming ``surname`` (cut to ``width`` characters either side of the name)
    with the opening of the next sentence, where a pronoun may refer back to it."""
    spans = _sentences(text)
    out = []
    for m in re.finditer(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", text):
        k = next(i for i, (a, b) in enumerate(spans) if a <= m.start() <= b)
        a, b = spans[k]
        a, b = max(a, m.start() - width), min(b, m.end() + width)
        following = text[spans[k + 1][0]:spans[k + 1][0] + 40] if k + 1 < len(spans) else ""
        out.append((text[a:b] + " ‖ " + following).replace("\n", " "))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold")
    ap.add_argument("--lang", choices=["fr", "en"], default="fr")
    args = ap.parse_args()
    cues = {g: re.compile(p) for g, p in _TIGHT[args.lang].items()}
    for line in open(args.gold, encoding="utf-8"):
        article = json.loads(line)
        text = article["text"]
        pronoun_quotes = defaultdict(int)
        for q in article["quotes"]:
            if (q.get("speaker") or "").lower() in ("he", "she", "il", "elle"):
                pronoun_quotes[q["speaker"].lower()] += 1
        for person in gold_people(article, language=args.lang):
            ctx = contexts(text, person.surname)
            score = {g: sum(len(c.findall(x)) for x in ctx) for g, c in cues.items()}
            proposal = ("female" if score["f"] > score["m"] else "male" if score["m"] > score["f"]
                        else "unclear")
            print(f"## {article['id']} | {person.name} | {proposal} f={score['f']} m={score['m']} | "
                  f"pronoun speakers {dict(pronoun_quotes)}")
            shown = sorted(ctx, key=lambda x: -sum(len(c.findall(x)) for c in cues.values()))[:3]
            for c in list(dict.fromkeys(shown)):
                print(f"   … {c} …")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
