"""`newsquotes corpus --workers N` says so when the corpus runs in one process anyway."""
from __future__ import annotations

from analysis.cli import main


def test_workers_unused_in_one_process_is_said(tmp_path, capsys):
    code = main(["corpus", "example", "--out", str(tmp_path / "a"), "--workers", "4", "-q"])
    err = capsys.readouterr().err
    assert code == 0
    assert "ran in one process, --workers 4 unused" in err and "2,000 articles" in err


def test_no_notice_without_workers(tmp_path, capsys):
    assert main(["corpus", "example", "--out", str(tmp_path / "b"), "--scheduler", "sync", "-q"]) == 0
    assert "one process" not in capsys.readouterr().err
