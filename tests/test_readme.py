"""The README is true: its commands run as written in a copy of the clone, its Python
examples give the results it shows, and the output it shows is what the command prints.

Slow by nature (three kernels: two reports and a papermill run, about a minute): every
block runs once, in README order, in one working folder.
"""
from __future__ import annotations

import doctest
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
FENCE = re.compile(r"^```(\w*)\n(.*?)^```", re.S | re.M)
NOT_RUN = {  # lines the test cannot run here (regular expressions), and why
    r"tcp://": "needs the reader's own Dask cluster and shared folders",
    r"^make\b": "make targets: `make report` and `make test` are the project's own checks",
}
BIN = Path(sys.executable).parent  # the virtual environment's bin/, as `. .venv/bin/activate` puts it first


def blocks(language: str) -> list[tuple[int, str]]:
    """(line number, body) of each fenced block of ``language``, in README order."""
    return [(README.count("\n", 0, m.start()) + 1, m.group(2)) for m in FENCE.finditer(README)
            if m.group(1) == language]


def commands() -> list[str]:
    lines = [line.strip() for _, body in blocks("bash") for line in body.splitlines()]
    return [line for line in lines if line and not any(re.search(p, line) for p in NOT_RUN)]


@pytest.fixture(scope="module")
def clone(tmp_path_factory) -> Path:
    """A folder that looks like a fresh clone: the shipped files, no reports or results."""
    folder = tmp_path_factory.mktemp("clone")
    for name in ("analysis", "notebooks", "benchmarks", "docs", "tests", "pyproject.toml", "Makefile"):
        (folder / name).symlink_to(ROOT / name)
    return folder


@pytest.fixture(scope="module")
def outputs(clone) -> dict[str, subprocess.CompletedProcess]:
    """Every README command, run as written (bash, venv first on PATH) in README order."""
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"}
    env.pop("MPLBACKEND", None)
    done = {}
    for line in commands():
        done[line] = subprocess.run(["bash", "-c", line], cwd=clone, env=env, capture_output=True, text=True,
                                    timeout=300)
    return done


def test_the_readme_has_commands_and_examples():
    assert len(commands()) >= 10 and len(blocks("python")) >= 2
    for line in commands():  # only shipped files: nothing a reader must invent
        for path in re.findall(r"analysis/data/\S+", line):
            assert (ROOT / path.strip('"')).exists(), path


def test_every_command_runs_as_written(outputs):
    for line, result in outputs.items():
        assert result.returncode == 0, f"{line}\n{result.stderr[-2000:]}"


def test_commands_write_what_the_readme_says(outputs, clone):
    assert (clone / "quotes.jsonl").stat().st_size > 0 and (clone / "quotes.csv").is_file()
    assert (clone / "reports" / "blinken-lavrov-griner.html").is_file()
    assert (clone / "reports" / "wikinews-fr-results" / "speakers").is_dir()  # `corpus example`
    assert (clone / "results" / "quotes").is_dir()
    assert (clone / "reports" / "results-corpus.html").is_file()  # report --corpus results/, relative
    assert (clone / "out.html").is_file() and "<script" not in (clone / "out.html").read_text(encoding="utf-8")


def test_the_output_shown_is_the_output_printed(outputs, clone):
    shown = next(body for _, body in blocks("text") if body.startswith("Report:"))
    command = next(line for line in outputs if line.startswith("newsquotes report analysis/data/examples/"))
    printed = outputs[command].stdout.replace(str(clone), "…")
    assert printed.strip() == shown.strip(), f"README shows:\n{shown}\nthe command prints:\n{printed}"


@pytest.mark.parametrize("lineno, body", blocks("python"), ids=lambda v: str(v) if isinstance(v, int) else "")
def test_python_examples_give_the_results_shown(lineno, body, outputs, clone, monkeypatch):
    monkeypatch.chdir(clone)  # after the commands: results/ exists, as for a reader
    test = doctest.DocTestParser().get_doctest(body, {}, f"README.md:{lineno}", "README.md", lineno)
    assert test.examples, "a Python block of the README shows no example"
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    report: list[str] = []
    runner.run(test, out=report.append)
    assert runner.failures == 0, "".join(report)
