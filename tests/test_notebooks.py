"""The committed notebooks: papermill-ready, output-free, portable; explore.ipynb runs."""
from __future__ import annotations

import ast
import json
import re

import nbformat
import papermill as pm
import pytest

from analysis import report

NOTEBOOKS = ["article_report.ipynb", "explore.ipynb"]
ALLOWED_IMPORTS = {"analysis", "pandas", "IPython"}


def load(name: str):
    nb = nbformat.read(report.notebooks_dir() / name, as_version=4)
    nbformat.validate(nb)
    return nb


def code_cells(nb):
    return [c for c in nb.cells if c.cell_type == "code"]


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_first_code_cell_is_typed_commented_parameters(name):
    first = code_cells(load(name))[0]
    assert "parameters" in first.metadata.get("tags", [])
    for line in first.source.splitlines():
        assert re.match(r"^\w+: (str|int|float|bool) = .+  # \S", line), line


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_committed_without_outputs(name):
    for cell in code_cells(load(name)):
        assert cell.outputs == []
        assert cell.execution_count is None


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_kernelspec_is_portable(name):
    nb = load(name)
    assert nb.metadata.kernelspec.name == "python3"
    metadata = json.dumps(nb.metadata)
    assert "argv" not in metadata
    assert not re.search(r'"(/|[A-Za-z]:\\\\)', metadata)  # no absolute paths


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_logic_lives_in_the_package(name):
    for cell in code_cells(load(name)):
        source = "\n".join(line for line in cell.source.splitlines() if not line.startswith("%"))
        tree = ast.parse(source)
        for node in ast.walk(tree):
            assert not isinstance(node, (ast.FunctionDef, ast.ClassDef, ast.For, ast.While)), cell.source
            if isinstance(node, ast.Import):
                assert {a.name.split(".")[0] for a in node.names} <= ALLOWED_IMPORTS
            if isinstance(node, ast.ImportFrom):
                assert node.module.split(".")[0] in ALLOWED_IMPORTS, node.module
        # untrusted text is shown only through escaping displays
        assert "HTML(" not in cell.source and "escape=False" not in cell.source
        assert "unsafe_allow_html" not in cell.source and ".style" not in cell.source


def test_report_parameters_match_run_report():
    parameters = pm.inspect_notebook(str(report.notebooks_dir() / "article_report.ipynb"))
    assert {name: p["inferred_type_name"] for name, p in parameters.items()} == {
        "article": "str", "language": "str", "top_n": "int", "min_quotes": "int",
    }
    assert parameters["article"]["default"] == '"example"'


def test_report_has_its_sections():
    headings = [line for c in load("article_report.ipynb").cells if c.cell_type == "markdown"
                for line in c.source.splitlines() if line.startswith("## ")]
    assert headings == [
        "## The article with its quotes", "## The article at a glance", "## Quotes", "## Quotes per speaker",
        "## Women and men quoted",
        "## Sentiment per speaker", "## Quotes along the article", "## Words per speaker",
        "## Quoted speech and narrative",
    ]


def test_explore_runs_under_papermill(tmp_path):
    output = tmp_path / "explore.ipynb"
    pm.execute_notebook(
        str(report.notebooks_dir() / "explore.ipynb"),
        str(output),
        parameters={"language": "fr", "sentence": "C'est une excellente nouvelle."},
        kernel_name="python3",
        cwd=str(tmp_path),
        execution_timeout=120,
        progress_bar=False,
    )
    nb = nbformat.read(output, as_version=4)
    outputs = [o for c in code_cells(nb) for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    assert any("image/png" in o.get("data", {}) for o in outputs)
    assert any("text/html" in o.get("data", {}) for o in outputs)  # tables
