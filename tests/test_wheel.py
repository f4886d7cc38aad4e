"""The package as a user installs it: a wheel in a fresh virtual environment, away from the
source tree, runs ``newsquotes report`` and ``newsquotes corpus example``."""
from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    env = {**os.environ, "NEWSQUOTES_PURE": "1"}  # the pure build: quicker, and what a wheel without a compiler gives
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(out), str(ROOT)],
                   check=True, env=env, cwd=out, timeout=600)
    (path,) = out.glob("newsquotes-*.whl")
    return path


@pytest.fixture(scope="module")
def installed(wheel, tmp_path_factory) -> Path:
    """A fresh venv holding the wheel; its dependencies come from this environment's site-packages
    (a path line, so this environment's editable install of the source tree is not seen)."""
    home = tmp_path_factory.mktemp("venv")
    venv.EnvBuilder(with_pip=False).create(home)
    python = home / "bin" / "python"
    site = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                          check=True, capture_output=True, text=True).stdout.strip()
    clean = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}  # pip must see only the new venv
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet", "--no-deps", str(wheel)],
                   check=True, timeout=300, env=clean)
    # after the install, else pip would find this environment's newsquotes and install nothing
    Path(site, "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    return home


def test_wheel_ships_notebooks_examples_and_licence(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    for name in ("article_report.ipynb", "corpus_report.ipynb"):
        assert f"analysis/notebooks/{name}" in names
    assert "analysis/data/examples/blinken-lavrov-griner.fr.txt" in names
    assert any(n.endswith("licenses/LICENSE") or n.endswith("/LICENSE") for n in names)


def test_installed_wheel_runs_report_and_corpus(installed, tmp_path):
    bin_dir = installed / "bin"
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "NEWSQUOTES_PURE")}
    env["PATH"] = f"{bin_dir}{os.pathsep}{env.get('PATH', '')}"  # the kernel runs this venv's python
    # the dependencies' data files (nbconvert's templates) live under this environment's prefix
    env["JUPYTER_PATH"] = str(Path(sys.prefix) / "share" / "jupyter")
    where = subprocess.run([str(bin_dir / "python"), "-c", "import analysis, analysis.report as r; "
                            "print(analysis.__file__); print(r.notebooks_dir())"],
                           check=True, capture_output=True, text=True, env=env, cwd=tmp_path).stdout.split()
    assert all(Path(p).is_relative_to(installed) for p in where), where
    report = subprocess.run([str(bin_dir / "newsquotes"), "report", "example", "--out", "reports"],
                            capture_output=True, text=True, env=env, cwd=tmp_path, timeout=300)
    assert report.returncode == 0, report.stderr
    assert list((tmp_path / "reports").glob("*.html"))
    corpus = subprocess.run([str(bin_dir / "newsquotes"), "corpus", "example", "--out", "results", "--quiet"],
                            capture_output=True, text=True, env=env, cwd=tmp_path, timeout=300)
    assert corpus.returncode == 0, corpus.stderr
    assert (tmp_path / "results" / "quotes").is_dir()
