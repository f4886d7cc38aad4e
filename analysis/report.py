"""Reports: the notebooks ``notebooks/article_report.ipynb`` and ``notebooks/corpus_report.ipynb``
run by papermill, plus HTML."""
from __future__ import annotations

import os
from importlib import resources
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import analysis
from analysis.lang import LanguageOption, language_code

__all__ = ["CorpusReportPaths", "ReportError", "ReportPaths", "export_html", "notebooks_dir",
           "run_corpus_report", "run_report"]

REPORT_NOTEBOOK = "article_report.ipynb"
CORPUS_NOTEBOOK = "corpus_report.ipynb"
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


@dataclass(frozen=True)
class CorpusReportPaths(ReportPaths):
    """Files written by :func:`run_corpus_report`."""

    results: Path  # the results folder the report reads (written first for a corpus)


def notebooks_dir() -> Path:
    """The report notebooks: ``analysis/notebooks`` in an installed wheel (package data), else the
    project's ``notebooks/`` folder next to the ``analysis`` package (a source checkout)."""
    shipped = Path(str(resources.files("analysis") / "notebooks"))
    if (shipped / REPORT_NOTEBOOK).is_file():
        return shipped
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


# nbconvert's lab template, less the scripts it fetches from a CDN (require.js, MathJax,
# Mermaid): a report opens offline, and it needs no JavaScript at all.
_OFFLINE_TEMPLATE = """{%- extends 'index.html.j2' -%}
{%- block html_head_js -%}{%- endblock html_head_js -%}
{%- block jupyter_widgets -%}{%- endblock jupyter_widgets -%}
{%- block html_head_js_mathjax -%}{%- endblock html_head_js_mathjax -%}
{%- block html_head_js_mermaidjs -%}{%- endblock html_head_js_mermaidjs -%}
"""


def export_html(
    notebook_path: str | os.PathLike, html_path: str | os.PathLike, *, title: str | None = None
) -> Path:
    """Write the notebook as HTML without its code cells (outputs and markdown only), with
    nothing loaded from the network; ``title`` is the page's title (default: the file name)."""
    import nbformat
    from jinja2 import DictLoader
    from nbconvert import HTMLExporter

    notebook = nbformat.read(os.fspath(notebook_path), as_version=4)
    if title:
        notebook.metadata["title"] = title  # the template escapes it
    exporter = HTMLExporter(template_name="lab", template_file="newsquotes-offline.html.j2",
                            extra_loaders=[DictLoader({"newsquotes-offline.html.j2": _OFFLINE_TEMPLATE})],
                            exclude_input=True, exclude_input_prompt=True, exclude_output_prompt=True)
    resources = {"metadata": {"name": Path(html_path).stem}}
    body, _ = exporter.from_notebook_node(notebook, resources=resources)
    html_path = Path(html_path)
    html_path.parent.mkdir(parents=True, exist_ok=True)
    from analysis.corpus import write_atomically  # an existing report is replaced only when whole

    write_atomically(html_path, lambda path: path.write_text(body, encoding="utf-8"))
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
    language = _language(language)
    if top_n < 1 or min_quotes < 1:
        raise ValueError(f"top_n and min_quotes must be positive integers, got {top_n!r}, {min_quotes!r}")
    template = _template(REPORT_NOTEBOOK)
    parameter = _article_parameter(article)
    out = Path(out_dir).expanduser().resolve()
    out.mkdir(parents=True, exist_ok=True)
    stem = _article_id(parameter)
    paths = ReportPaths(notebook=out / f"{stem}.ipynb", html=out / f"{stem}.html")
    _execute(template, paths, {"article": parameter, "language": language, "top_n": int(top_n),
                               "min_quotes": int(min_quotes)},
             subject=parameter, title=_article_title(parameter, language, stem), timeout=timeout,
             kernel_name=kernel_name, progress_bar=progress_bar)
    return paths


def _article_title(article: str, language: str, fallback: str) -> str:
    """The page title: the article's title, else its id (a file that cannot be read fails in
    the notebook, which keeps the record)."""
    from analysis.io import read_article
    from analysis.views import article_name

    try:
        return article_name(read_article(article, language=language))
    except Exception:  # reported by the notebook run itself
        return fallback


def _language(language: str) -> str:
    return language_code(language, auto=True)


def _template(name: str) -> Path:
    template = notebooks_dir() / name
    if not template.is_file():
        raise FileNotFoundError(
            f"report notebook not found: {template} (run from a source checkout of newsquotes)")
    return template


def _execute(template: Path, paths: ReportPaths, parameters: dict, *, subject: str, title: str,
             timeout: int, kernel_name: str, progress_bar: bool) -> None:
    """Run ``template`` with papermill into ``paths.notebook`` (kernel cwd: its folder), then
    export it to ``paths.html``; a failed run keeps the executed notebook as the record."""
    import papermill as pm
    from papermill.exceptions import PapermillExecutionError

    from analysis._warnings import KERNEL_ARGUMENTS

    try:
        pm.execute_notebook(
            str(template),
            str(paths.notebook),
            parameters=parameters,
            kernel_name=kernel_name,
            cwd=str(paths.notebook.parent),
            execution_timeout=timeout,
            progress_bar=progress_bar,
            extra_arguments=KERNEL_ARGUMENTS,  # warnings as one line, without source lines
        )
    except PapermillExecutionError as error:
        raise ReportError(
            f"report notebook failed on {subject!r} ({error.ename}: {error.evalue}); "
            f"the executed notebook is kept at {paths.notebook}",
            paths.notebook,
        ) from error
    except TimeoutError as error:  # nbclient's CellTimeoutError
        raise ReportError(
            f"report notebook timed out on {subject!r} (a cell ran over {timeout} s); "
            f"the executed notebook is kept at {paths.notebook}",
            paths.notebook,
        ) from error
    export_html(paths.notebook, paths.html, title=title)


def run_corpus_report(
    source: str | os.PathLike = EXAMPLE,
    *,
    language: LanguageOption = "auto",
    out_dir: str | os.PathLike = "reports",
    top_n: int = 10,
    speakers: str = "",
    group_by: Literal["date", "source"] = "date",
    period: Literal["auto", "year", "quarter", "month", "week", "day"] = "auto",
    scheduler: str | None = None,
    timeout: int = 600,
    kernel_name: str = "python3",
    progress_bar: bool = False,
) -> CorpusReportPaths:
    """Run the corpus report notebook and write ``<name>-corpus.ipynb`` and ``.html`` in ``out_dir``.

    ``source`` is a results folder of :func:`analysis.corpus.analyze_corpus`, or a corpus
    (``"example"``: the shipped Wikinews corpus), analysed first into
    ``out_dir/<name>-results`` (with ``scheduler``; a progress bar with ``progress_bar``).
    ``speakers`` are the speakers of interest, comma-separated; ``group_by`` is ``"date"``
    or ``"source"``, ``period`` one of ``"auto"``, ``"year"``, ``"quarter"``, ``"month"``,
    ``"week"``, ``"day"``. ``timeout`` is the limit in seconds for each cell.
    """
    from analysis.corpus import results_folder
    from analysis.trends import GROUPINGS, PERIODS

    language = _language(language)
    if top_n < 1:
        raise ValueError(f"top_n must be a positive integer, got {top_n!r}")
    if group_by not in GROUPINGS:
        raise ValueError(f"group_by must be one of {', '.join(map(repr, GROUPINGS))}; got {group_by!r}")
    if period not in PERIODS:
        raise ValueError(f"period must be one of {', '.join(map(repr, PERIODS))}; got {period!r}")
    template = _template(CORPUS_NOTEBOOK)
    out = Path(out_dir).expanduser().resolve()
    out.mkdir(parents=True, exist_ok=True)
    # absolute: the kernel runs in ``out``, where a path relative to here means nothing
    results = Path(results_folder(source, parent=out, language=language, scheduler=scheduler,
                                  progress=progress_bar)).resolve()
    stem = results.name.removesuffix("-results")
    paths = CorpusReportPaths(notebook=out / f"{stem}-corpus.ipynb", html=out / f"{stem}-corpus.html",
                              results=results)
    _execute(template, paths, {"source": str(results), "language": language, "top_n": int(top_n),
                               "speakers": speakers, "group_by": group_by, "period": period},
             subject=os.fspath(source), title=f"Corpus {stem}", timeout=timeout, kernel_name=kernel_name,
             progress_bar=progress_bar)
    return paths
