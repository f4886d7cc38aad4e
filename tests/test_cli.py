"""The newsquotes command line, run in-process and as `python -m analysis`."""
import csv
import io
import json
import subprocess
import sys

import pytest

from analysis.cli import QUOTE_FIELDS, main


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_help_lists_commands(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["--help"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    assert "quotes" in out and "report" in out


def test_quotes_jsonl_on_example(capsys):
    code, out, _ = run(capsys, "quotes", "example", "--format", "jsonl")
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert len(rows) == 14
    assert set(QUOTE_FIELDS) <= set(rows[0])
    assert rows[0]["article_id"] == "blinken-lavrov-griner"
    assert rows[0]["language"] == "fr"
    assert {r["speaker"] for r in rows} == {"Antony Blinken", "Sergueï Lavrov", "Biden", "Russie"}
    assert all(-1 <= r["sentiment"] <= 1 for r in rows)


def test_quotes_on_jsonl_corpus_with_a_broken_line(tmp_path, capsys):
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(
        json.dumps({"id": "a1", "text": "« Nous partirons demain », a déclaré Jean Martin.", "language": "fr"}) + "\n"
        + "{not json\n"
        + json.dumps({"id": "b2", "text": '"We will leave tomorrow," said John Smith.'}) + "\n",
        encoding="utf-8")
    code, out, err = run(capsys, "quotes", str(corpus), "--format", "jsonl")
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert [(r["article_id"], r["speaker"], r["language"]) for r in rows] == [
        ("a1", "Jean Martin", "fr"), ("b2", "John Smith", "en")]
    assert "line 2" in err


def test_quotes_csv_and_output_file(tmp_path, capsys):
    out_file = tmp_path / "q.csv"
    code, _, _ = run(capsys, "quotes", "example", "--format", "csv", "-o", str(out_file), "-q")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out_file.read_text(encoding="utf-8"))))
    assert len(rows) == 14 and rows[0]["speaker"] == "Antony Blinken"


def test_quotes_table(capsys):
    code, out, _ = run(capsys, "quotes", "example", "-q")
    assert code == 0
    assert "Sergueï Lavrov" in out and "speaker" in out


def test_txt_file_uses_its_name_as_article_id(tmp_path, capsys):
    f = tmp_path / "mon-article.fr.txt"
    f.write_text("« Nous partirons demain », a déclaré Jean Martin.", encoding="utf-8")
    code, out, _ = run(capsys, "quotes", str(f), "--format", "jsonl", "--lang", "fr")
    assert code == 0
    assert json.loads(out.splitlines()[0])["article_id"] == "mon-article"


def test_missing_file_is_a_one_line_error(capsys):
    code, out, err = run(capsys, "quotes", "no/such/file.txt")
    assert code == 2
    assert "no/such/file.txt" in err and err.count("\n") == 1


def test_bad_language_is_rejected(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["quotes", "example", "--lang", "de"])
    assert exc.value.code == 2
    assert "auto" in capsys.readouterr().err


def test_python_dash_m(tmp_path):
    done = subprocess.run([sys.executable, "-m", "analysis", "quotes", "example", "--format", "jsonl", "-q"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert len(done.stdout.splitlines()) == 14
