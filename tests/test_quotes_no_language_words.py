"""The engine's stages hold no words of any language (issue 16): every French or English
word they read is language data in analysis/lang/<code>/, declared in analysis/lang/schema.py.

The check parses analysis/quotes/*.py and fails on a word-like string literal (a word, an
ending, an elision: "de", "ing", "qu'", "'s") outside docstrings, ``__all__``, f-strings and
error messages, unless it is one of the engine's internal tags below."""
from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ENGINE = ROOT / "analysis" / "quotes"

# a word, an ending or a hyphenated form ("-t-on"), an elision ("d'", "qu'"), a clitic ("'s"):
# letters joined by hyphens or apostrophes, two letters at least or an apostrophe (single
# letters such as "a" or "y" are not told from the engine's one-letter names)
_SHAPE = re.compile(r"^[-'’]?[^\W\d_]+(?:[-'’][^\W\d_]+)*[-'’]?$")


def _word_like(w: str) -> bool:
    return bool(_SHAPE.match(w)) and (sum(c.isalpha() for c in w) >= 2 or "'" in w or "’" in w)

# The engine's own tags: no language's words, whatever they look like.
TAGS = {
    "name", "title", "pronoun", "other",  # mention kinds (speakers.Mention)
    "label", "after", "dash", "before", "agent", "noun", "colon", "later", "frame", "incise",  # cascade rule ids
    "none", "continues", "coordinated", "previous_sentence", "previous_paragraph", "repeated",
    "direct", "partial",  # quote kinds (model.QuoteKind)
    "auto",  # the language argument's detection value
}
# attribution.py's candidate sources, feature ids and model file keys (internal tags too)
FEATURE_IDS = {
    "antecedent", "bias", "cascade", "dist", "format", "kind", "lowercase", "mentions", "nearest", "nobody",
    "nomention", "organisation", "subject", "titled", "unknown", "unplaced", "version", "voice", "weights",
    "conditional-logit", "Mention", "None", "SpeakerModel",
    "apposition",  # a candidate source (generator id)
    "person", "document", "no",  # analysis.entities' kinds and evidence ("no title")
}
# Per module: names that are no words of a language (modules, resources, settings, codes).
PER_FILE = {
    "_select.py": {"marks", "scan", "cues", "speakers", "attribution", "extract", "model", "false", "no",
                   "native", "regex", "tokenizer",
                   "tile", "spans", "plain", "record"},  # the functions of _tiles.c (NATIVE_FUNCTIONS)
    "cues.py": {"fr", "en",  # the builders of the language codes
                "abbreviations", "tokenizer", "inflection"},  # analysis/lang/<code>/ module names
    # the lowercase and capital letters of the Latin script, as regex ranges (no words)
    "prepare.py": {"a-zà-öø-ÿœæ", "A-ZÀ-ÖØ-ÞŒÆ"},
}


def _skipped(tree: ast.Module) -> set[int]:
    """ids of the string nodes that are no rule's data: docstrings, ``__all__``, f-strings,
    exception messages."""
    skip: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
            skip.add(id(node.value))  # docstrings, and attribute docstrings after an assignment
        elif isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets):
            skip.update(id(n) for n in ast.walk(node.value))
        elif isinstance(node, (ast.JoinedStr, ast.Raise)):
            skip.update(id(n) for n in ast.walk(node))
    return skip


def words_in(path: Path) -> list[tuple[int, str]]:
    """(line, word) of the word-like string literals of the module at ``path``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = _skipped(tree)
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip:
            out.extend((node.lineno, w) for w in node.value.split() if _word_like(w))
    return sorted(out)


def test_no_language_words_in_the_engine():
    found = {}
    for path in sorted(ENGINE.glob("*.py")):
        allowed = TAGS | FEATURE_IDS | PER_FILE.get(path.name, set())
        bad = [f"{line}: {word!r}" for line, word in words_in(path) if word not in allowed]
        if bad:
            found[path.name] = bad
    assert not found, ("language words in analysis/quotes/ (move them to analysis/lang/<code>/ and declare "
                       f"them in analysis/lang/schema.py): {found}")


def test_the_per_file_allowances_are_still_needed():
    # a word moved out of a module must leave its allowance, so that it cannot come back unseen
    for name, allowed in PER_FILE.items():
        seen = {w for _, w in words_in(ENGINE / name)}
        assert allowed <= seen, f"{name}: no longer holds {sorted(allowed - seen)}: remove them from PER_FILE"


def test_the_check_sees_words_and_endings(tmp_path):
    (tmp_path / "m.py").write_text('"""Doc "de" and "the"."""\n__all__ = ["scan"]\n'
                                   'A = {"de", "qu\'", "\'s", "-t-on"}\nB = ("ing", "ment")\nC = ",.;:"\nD = "name"\n'
                                   'def f(x):\n    """le"""\n    raise ValueError(f"bad {x} de")\n')
    assert {w for _, w in words_in(tmp_path / "m.py")} == {"de", "qu'", "'s", "-t-on", "ing", "ment", "name"}
