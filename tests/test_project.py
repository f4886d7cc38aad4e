"""Project wiring: environment.yml agrees with pyproject, the example ships in the package."""
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
