"""Project wiring: environment.yml agrees with pyproject, the example ships in the package."""
import re
import tomllib
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]


def test_environment_yml_installs_the_project_with_pip():
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    deps = env["dependencies"]
    pip = next(d["pip"] for d in deps if isinstance(d, dict) and "pip" in d)
    assert pip == ["-e .[lab,dev]"]
    conda = [d for d in deps if isinstance(d, str)]
    # pyproject is the one source of dependencies: conda only brings python and pip
    assert sorted(d.split("=")[0] for d in conda) == ["pip", "python"]
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert {"lab", "dev"} <= set(project["optional-dependencies"])
    python = next(d for d in conda if d.startswith("python"))
    minimum = project["requires-python"].removeprefix(">=")
    assert tuple(map(int, python.split("=")[1].split("."))) >= tuple(map(int, minimum.split(".")))


def test_named_packages_are_dependencies():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    names = " ".join(project["dependencies"] + project["optional-dependencies"]["lab"])
    for pkg in ("nltk", "matplotlib", "papermill", "jupyterlab", "pandas"):
        assert pkg in names


def test_example_ships_inside_the_package():
    import analysis.io as aio

    assert (aio.EXAMPLES_DIR / "blinken-lavrov-griner.fr.txt").is_file()
    assert (aio.EXAMPLES_DIR / "blinken-lavrov-griner.fr.gold.json").is_file()


DOWNLOAD_CALL = "nltk." + "download"  # spelt in two parts so that this file does not match itself


def test_no_runtime_download():
    for path in list((ROOT / "analysis").rglob("*.py")) + list((ROOT / "notebooks").glob("*.ipynb")):
        assert DOWNLOAD_CALL not in path.read_text(encoding="utf-8"), path


def test_ci_runs_make_test():
    assert "make test" in (ROOT / ".ci" / "run").read_text()


def test_importing_the_engine_pulls_in_neither_pandas_nor_nltk():
    # the engine needs neither: `import analysis.quotes` stays quick (analysis/__init__ imports lazily)
    import subprocess
    import sys

    code = "import sys, analysis.quotes; print(sorted(m for m in ('pandas', 'nltk', 'matplotlib') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
    import analysis

    assert analysis.extract_quotes is analysis.quotes.extract_quotes
    assert "polarity" in dir(analysis)


def test_a_type_error_in_the_compiled_build_never_stops_the_install():
    import importlib.util

    spec = importlib.util.spec_from_file_location("_newsquotes_setup", ROOT / "setup.py")
    setup_py = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(setup_py)  # guarded by __name__: defines the build, runs nothing

    def mypycify_with_a_type_error(*args, **kwargs):
        raise SystemExit("analysis/quotes/extract.py:1: error: Incompatible types")

    assert setup_py._mypycify(mypycify_with_a_type_error, ["x.py"], group_name="g") == []


def test_licence_file_ships():
    assert "MIT License" in (ROOT / "LICENSE").read_text()
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert project["license"] == "MIT" and "LICENSE" in project["license-files"]


def test_requires_python_is_the_oldest_python_the_engine_compiles_on():
    """Possessive quantifiers (``*+``, ``++``) keep the engine's scans linear; Python 3.10's
    ``re`` refuses them, so 3.11 is the floor the metadata must declare."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert project["requires-python"] == ">=3.11"
    sources = "".join(p.read_text() for p in (ROOT / "analysis" / "quotes").glob("*.py"))
    assert re.search(r"[*+?}][+]", sources), "no possessive quantifier left: 3.10 may work again"
