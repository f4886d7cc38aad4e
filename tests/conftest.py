"""Shared fixtures: two short news paragraphs written for the tests; the shipped articles;
whether the engine's optional native builds can be made here; the slowest test files first."""
from __future__ import annotations

import json
import shutil
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

FR_TEXT = (
    "Le secrétaire d’État Antony Blinken a rencontré M. Lavrov vendredi. "
    "« Nous poursuivrons les discussions », a-t-il déclaré aux journalistes.\n\n"
    "Selon Mme Dupont, l’échange de prisonniers n’est pas encore conclu. "
    "Les États-Unis attendent une réponse aujourd’hui."
)

EN_TEXT = (
    "Secretary of State Antony Blinken met Mr. Lavrov on Friday. "
    "“We will keep talking,” he told reporters.\n\n"
    "According to Dr. Smith, the prisoner swap with the U.S. officials isn’t done yet. "
    "Washington expects an answer today."
)


@pytest.fixture
def fr_text() -> str:
    return FR_TEXT


@pytest.fixture
def en_text() -> str:
    return EN_TEXT


def shipped_texts() -> list[str]:
    """The example article and the articles of our gold samples (benchmarks/gold)."""
    from analysis.io import read_article

    texts = [read_article("example").text]
    for path in sorted((ROOT / "benchmarks" / "gold").glob("*.jsonl")):
        texts += [json.loads(line)["text"] for line in path.open(encoding="utf-8")]
    return texts


def example_texts() -> list[str]:
    """The shipped example articles and the texts of the example corpus."""
    from analysis.corpus import EXAMPLE_CORPUS
    from analysis.io import EXAMPLES_DIR

    texts = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES_DIR.glob("*.txt"))]
    return texts + [json.loads(line)["text"] for line in EXAMPLE_CORPUS.read_text(encoding="utf-8").splitlines()]


def native_builds_expected() -> bool:
    """setup.py's optional builds should be there: a C compiler and the Python headers are
    found, and NEWSQUOTES_PURE is not set."""
    from analysis.quotes._select import pure_requested

    compiler = shutil.which((sysconfig.get_config_var("CC") or "cc").split()[0])
    headers = (Path(sysconfig.get_paths()["include"]) / "Python.h").exists()
    return compiler is not None and headers and not pure_requested()


# The slowest files (pytest --durations), run first: `make test` spreads whole files over
# pytest-xdist workers (--dist loadfile, so that a module's fixtures run once) in collection
# order, and a long file started last would leave the other workers idle. Order only: a file
# missing here runs after them, as collected.
SLOW_FILES = ("test_readme.py", "test_hostile.py", "test_wheel.py", "test_identity.py", "test_quotes_press.py",
              "test_quotes_scan_native.py", "test_hostile_engine.py", "test_report.py", "test_corpus_report.py",
              "test_corpus.py", "test_notebooks.py")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    rank = {name: i for i, name in enumerate(SLOW_FILES)}
    items.sort(key=lambda item: rank.get(item.path.name, len(SLOW_FILES)))  # stable: each file keeps its order
