"""Article reports: the notebook ``notebooks/article_report.ipynb`` run by papermill, plus HTML."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import analysis

__all__ = ["ReportError", "ReportPaths", "export_html", "notebooks_dir", "run_report"]

REPORT_NOTEBOOK = "article_report.ipynb"
EXAMPLE = "example"


class ReportError(RuntimeError):
    """A report notebook failed; ``notebook`` is the executed notebook kept as the record."""

    def __init__(self, message: str, notebook: Path):
        super().__init__(message)
        self.notebook = notebook


@dataclass(frozen=True)
class ReportPaths:
    """Files written by :func:`run_report`."""

    notebook: Path  # the executed notebook, outputs included
    html: Path  # the same without code cells


def notebooks_dir() -> Path:
    """The project's ``notebooks/`` folder (next to the ``analysis`` package)."""
    return Path(analysis.__file__).resolve().parents[1] / "notebooks"


def _is_example(name: str) -> bool:
    from analysis.io import list_examples

    return name == EXAMPLE or name in list_examples()


def _article_parameter(article: str | os.PathLike) -> str:
    """An example name as is; anything else an absolute path (the kernel's cwd is not ours)."""
    text = os.fspath(article)
    path = Path(text).expanduser()
    if isinstance(article, str) and not path.exists() and _is_example(text):
        return text
    return str(path.resolve())


def _article_id(article: str) -> str:
    """File name up to its first dot; an example name gives the example file's id."""
    if _is_example(article):
        from analysis.io import example_path

        return example_path(article).name.split(".", 1)[0]
    return Path(article).name.split(".", 1)[0] or "article"


def export_html(notebook_path: str | os.PathLike, html_path: str | os.PathLike) -> Path:
    """Write the notebook as HTML without its code cells (outputs and markdown only)."""
    import nbformat
    from nbconvert import HTMLExporter

    notebook = nbformat.read(os.fspath(notebook_path), as_version=4)
    exporter = HTMLExporter(exclude_input=True, exclude_input_prompt=True,
                            exclude_output_prompt=True)
    body, _ = exporter.from_notebook_node(notebook)
    html_path = Path(html_path)
    html_path.parent.mkdir(parents=True, exist_ok=True)
    html_path.write_text(body, encoding="utf-8")
    return html_path


def run_report(
    article: str | os.PathLike = EXAMPLE,
    *,
    language: str = "auto",
    out_dir: str | os.PathLike = "reports",
    top_n: int = 10,
    min_quotes: int = 3,
    timeout: int = 600,
    kernel_name: str = "python3",
    progress_bar: bool = False,
) -> ReportPaths:
    """Run the article report notebook on ``article`` and write ``<id>.ipynb`` and ``<id>.html``
    in ``out_dir``.

    ``article`` is a path to a text file or an example name (``"example"``); ``timeout`` is the
    limit in seconds for each cell. If the notebook fails, the executed notebook is kept in
    ``out_dir`` as the record and :class:`ReportError` names it.
    """
    import papermill as pm
    from papermill.exceptions import PapermillExecutionError

    language = language.strip().lower() if isinstance(language, str) else language
    if language not in ("auto", "fr", "en"):
        raise ValueError(f"language must be 'auto', 'fr' or 'en', got {language!r}")
    if top_n < 1 or min_quotes < 1:
        raise ValueError(f"top_n and min_quotes must be positive integers, got {top_n!r}, {min_quotes!r}")
    template = notebooks_dir() / REPORT_NOTEBOOK
    if not template.is_file():
        raise FileNotFoundError(
            f"report notebook not found: {template} (run from a source checkout of newsquotes)")

    parameter = _article_parameter(article)
    out = Path(out_dir).expanduser().resolve()
    out.mkdir(parents=True, exist_ok=True)
    stem = _article_id(parameter)
    paths = ReportPaths(notebook=out / f"{stem}.ipynb", html=out / f"{stem}.html")
    try:
        pm.execute_notebook(
            str(template),
            str(paths.notebook),
            parameters={"article": parameter, "language": language, "top_n": int(top_n),
                        "min_quotes": int(min_quotes)},
            kernel_name=kernel_name,
            cwd=str(out),
            execution_timeout=timeout,
            progress_bar=progress_bar,
        )
    except PapermillExecutionError as error:
        raise ReportError(
            f"report notebook failed on {parameter!r} ({error.ename}: {error.evalue}); "
            f"the executed notebook is kept at {paths.notebook}",
            paths.notebook,
        ) from error
    except TimeoutError as error:  # nbclient's CellTimeoutError
        raise ReportError(
            f"report notebook timed out on {parameter!r} (a cell ran over {timeout} s); "
            f"the executed notebook is kept at {paths.notebook}",
            paths.notebook,
        ) from error
    export_html(paths.notebook, paths.html)
    return paths
