"""Warnings as one line, without the source file and line that Python adds: they mean nothing
to a user. The command line prints ``newsquotes: warning: …``; report kernels send the same
line to the terminal that runs them, never into the report (:func:`analysis.report.run_report`
installs it as the kernel starts)."""
from __future__ import annotations

import sys
import warnings

__all__ = ["KERNEL_ARGUMENTS", "show_warning", "warnings_to_terminal"]


def show_warning(message, category, filename, lineno, file=None, line=None) -> None:
    """``warnings.showwarning`` as one line: ``newsquotes: warning: <message>``."""
    try:
        print(f"newsquotes: warning: {message}", file=file or sys.stderr, flush=True)
    except (OSError, ValueError):  # a closed stream: a warning is not worth a crash
        pass


def warnings_to_terminal() -> None:
    """In a report kernel: every warning as one line on the kernel's own standard error (the
    terminal of ``newsquotes report``), kept out of the notebook and its HTML."""

    def show(message, category, filename, lineno, file=None, line=None) -> None:
        show_warning(message, category, filename, lineno, file=sys.__stderr__)

    warnings.showwarning = show


#: ipykernel options: run :func:`warnings_to_terminal` as the kernel starts, and keep the kernel's
#: own log (a TCP notice, a KeyboardInterrupt at shutdown) out of the terminal: failures of
#: a notebook reach the user through papermill, as one line
KERNEL_ARGUMENTS = ["--IPKernelApp.exec_lines=import analysis._warnings as w; w.warnings_to_terminal(); del w",
                    "--IPKernelApp.log_level=CRITICAL"]
