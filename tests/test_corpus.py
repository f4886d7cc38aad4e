"""Corpus runs: partitions, Parquet results, schedulers, resuming, bad records, the CLI.

Speed is measured in benchmarks/bench_corpus.py, never here. The Dask tests start one
small local cluster (a worker process, about 3 s) shared by the module.
"""
from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from analysis import corpus
from analysis.cli import main, quote_rows
from analysis.io import InputError, iter_records
from analysis.partitions import plan_partitions, read_partition
from analysis.bootstrap import bootstrap_intervals
from analysis.sentiment import bootstrap_interval

FR = "« Nous partirons demain à l'aube », a déclaré le maire Jean Martin{n} lundi. Les habitants attendent."
EN = '"We will leave tomorrow at dawn," said Mayor John Smith{n} on Monday. Residents are waiting.'


def records(n: int = 12) -> list[dict]:
    """Small articles, French and English, each with one quote of a distinct speaker."""
    rows = []
    for i in range(n):
        text = (FR if i % 2 == 0 else EN).format(n=f"-{i}" if i % 3 else "")
        rows.append({"id": f"a{i:03d}", "text": text, "language": "fr" if i % 2 == 0 else None,
                     "title": f"Article {i}", "date": f"2020-{i % 12 + 1:02d}-15",
                     "source": ["Le Monde", "The Times", "Libération"][i % 3]})
    return rows


def write_jsonl(path: Path, rows: list[dict], extra_lines: list[bytes] = ()) -> Path:
    with open(path, "wb") as out:
        for row in rows:
            out.write(json.dumps({k: v for k, v in row.items() if v is not None}, ensure_ascii=False)
                      .encode("utf-8") + b"\n")
        for line in extra_lines:
            out.write(line + b"\n")
    return path


@pytest.fixture
def small(tmp_path: Path) -> Path:
    return write_jsonl(tmp_path / "small.jsonl", records())


def frames_equal(a: corpus.CorpusResults, b: corpus.CorpusResults) -> None:
    for left, right in zip(a, b):
        pd.testing.assert_frame_equal(left, right)


# --- the example corpus ----------------------------------------------------------


def test_example_corpus_ships_with_its_credits():
    rows = [json.loads(line) for line in corpus.EXAMPLE_CORPUS.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 13
    assert all(set(r) == {"id", "title", "date", "source", "language", "text"} for r in rows)  # no gold
    readme = (corpus.EXAMPLE_CORPUS.parent / "README.md").read_text(encoding="utf-8")
    assert "Wikinews" in readme and "CC BY 2.5" in readme
    for row in rows:
        assert row["source"].startswith("https://fr.wikinews.org/wiki/")
        assert row["id"] in readme and row["date"] in readme
        assert row["id"].split("-")[1] == row["date"].replace("-", "_")


def test_example_corpus_analysed(tmp_path):
    summary = corpus.analyze_corpus("example", tmp_path / "out", progress=False)
    assert (summary.read, summary.analysed, summary.failed) == (13, 13, 0)
    assert summary.scheduler == "single process" and summary.quotes > 30
    articles, quotes, speakers = corpus.load_results(summary.out)
    assert list(articles.columns) == list(corpus.ARTICLE_COLUMNS)
    assert list(quotes.columns) == list(corpus.QUOTE_COLUMNS)
    assert list(speakers.columns) == list(corpus.SPEAKER_COLUMNS)
    assert articles["error"].isna().all() and (articles["language"] == "fr").all()
    assert (articles["sentences"] > 0).all() and (articles["tokens"] > articles["sentences"]).all()
    assert articles["quotes"].sum() == len(quotes) == speakers["quotes"].sum() == summary.quotes
    assert set(quotes["article_id"]) <= set(articles["id"])
    assert speakers["quotes"].is_monotonic_decreasing
    assert speakers["share"].sum() == pytest.approx(1.0)
    top = speakers.iloc[0]
    assert top["speaker"] == "Donald Trump" and top["articles"] >= 3
    assert top["first_date"] < top["last_date"]


# --- partitions --------------------------------------------------------------------


def test_jsonl_partitions_cover_every_line_once(tmp_path):
    rows = records(23)
    path = write_jsonl(tmp_path / "c.jsonl", rows[:10], [b"", b"{broken"])  # a blank line, a bad one
    with open(path, "ab") as out:
        out.write(b"\n".join(json.dumps(r).encode() for r in rows[10:]))  # no final newline
    plan = plan_partitions(path, size=4)
    parts = list(plan.partitions())
    assert plan.total == 25 and [p.size for p in parts] == [4, 4, 4, 4, 4, 4, 1]
    assert [p.line for p in parts] == [1, 5, 9, 13, 17, 21, 25]
    read = [r for p in parts for r in read_partition(p)]
    assert read == list(iter_records(path))  # the same records, errors and line numbers as analysis.io
    assert read[10].error.startswith("line 12: invalid JSON")
    assert list(plan.partitions(skip={0, 2}))[0].index == 1


def test_csv_records_may_hold_newlines_and_quotes(tmp_path):
    path = tmp_path / "c.csv"
    path.write_text(
        'id,title,text,extra\n'
        'a,"Un, deux","« Bonjour », a dit Jean Martin.\n\nSecond ""paragraphe"".",x\n'
        'b,,"""We are here,"" said John Smith.",y\n'
        'c,short row\n'
        'd,,,z\n', encoding="utf-8")
    parts = list(plan_partitions(path, size=2).partitions())
    assert [(p.size, p.line) for p in parts] == [(2, 2), (2, 6)]
    read = [r for p in parts for r in read_partition(p)]
    assert read[0].id == "a" and read[0].title == "Un, deux"
    assert read[0].text == '« Bonjour », a dit Jean Martin.\n\nSecond "paragraphe".'
    assert read[1].text == '"We are here," said John Smith.' and read[1].title is None
    assert read[2].error == "line 6: expected 4 fields, got 2"
    assert read[3].error == "line 7: missing 'text'"


def test_csv_and_parquet_without_text_are_refused(tmp_path):
    (tmp_path / "c.csv").write_text("id,body\n1,x\n", encoding="utf-8")
    with pytest.raises(InputError, match="no 'text' column"):
        plan_partitions(tmp_path / "c.csv")
    pq.write_table(pa.table({"id": ["1"], "body": ["x"]}), tmp_path / "p.parquet")
    with pytest.raises(InputError, match="no 'text' column"):
        plan_partitions(tmp_path / "p.parquet")
    (tmp_path / "c.docx").write_text("x")
    with pytest.raises(InputError, match="unsupported input"):
        plan_partitions(tmp_path / "c.docx")
    with pytest.raises(ValueError, match="positive integer"):
        plan_partitions(tmp_path / "c.csv", size=0)


def test_every_format_gives_the_same_results(tmp_path, small):
    reference = corpus.load_results(corpus.analyze_corpus(small, tmp_path / "ref", progress=False).out)
    frame = pd.DataFrame(records())
    frame.to_csv(tmp_path / "small.csv", index=False)
    with gzip.open(tmp_path / "small.jsonl.gz", "wb") as out:
        out.write(small.read_bytes())
    table = pa.Table.from_pandas(frame, preserve_index=False)
    pq.write_table(table, tmp_path / "groups.parquet", row_group_size=1)  # row groups read together
    pq.write_table(table, tmp_path / "big.parquet")  # one row group, far over a partition: streamed
    for source, size, partitions in [("small.csv", 3, 4), ("small.jsonl.gz", 3, 4),
                                     ("groups.parquet", 3, 4), ("big.parquet", 2, 6)]:
        summary = corpus.analyze_corpus(tmp_path / source, tmp_path / f"out-{source}",
                                        partition_size=size, progress=False)
        assert summary.partitions == partitions, source
        frames_equal(corpus.load_results(summary.out), reference)


def test_folder_of_texts(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    for row in records(5):
        (folder / f"{row['id']}.txt").write_text(row["text"], encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    summary = corpus.analyze_corpus(folder, tmp_path / "out", partition_size=2, progress=False)
    articles = corpus.load_results(summary.out).articles
    assert list(articles["id"]) == ["a000", "a001", "a002", "a003", "a004", "empty"]
    assert articles.set_index("id").loc["empty", "error"] == "file is empty"
    assert summary.failed == 1 and summary.analysed == 5


def test_truncated_gzip_keeps_what_it_read(tmp_path):
    data = gzip.compress(b"".join(json.dumps(r).encode() + b"\n" for r in records(30)))
    (tmp_path / "cut.jsonl.gz").write_bytes(data[: len(data) * 2 // 3])
    summary = corpus.analyze_corpus(tmp_path / "cut.jsonl.gz", tmp_path / "out", partition_size=4,
                                    progress=False)
    articles = corpus.load_results(summary.out).articles
    assert summary.failed == 1 and summary.analysed > 4
    assert "corpus ends early" in articles["error"].dropna().iloc[0]


# --- schedulers ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def cluster():
    from distributed import LocalCluster

    with LocalCluster(n_workers=1, threads_per_worker=2, processes=True, dashboard_address=":0",
                      silence_logs=40) as local:
        yield local


def test_dask_cluster_gives_identical_results(tmp_path, small, cluster):
    from distributed import Client

    reference = corpus.load_results(corpus.analyze_corpus(small, tmp_path / "sync", scheduler="sync",
                                                          partition_size=5, progress=False).out)
    summary = corpus.analyze_corpus(small, tmp_path / "dask", scheduler=cluster.scheduler_address,
                                    partition_size=5, progress=False)
    assert summary.scheduler.startswith("Dask cluster at tcp://") and summary.partitions == 3
    frames_equal(corpus.load_results(summary.out), reference)
    with Client(cluster) as client:  # a Client is accepted too
        summary = corpus.analyze_corpus(small, tmp_path / "client", scheduler=client, partition_size=2,
                                        progress=False)
    frames_equal(corpus.load_results(summary.out), reference)


def test_processes_scheduler_gives_identical_results(tmp_path, small):
    reference = corpus.load_results(corpus.analyze_corpus(small, tmp_path / "sync", progress=False).out)
    summary = corpus.analyze_corpus(small, tmp_path / "proc", scheduler="processes", workers=1,
                                    partition_size=5, progress=False)
    assert summary.scheduler == "1 process"
    frames_equal(corpus.load_results(summary.out), reference)


@pytest.mark.parametrize("scheduler, match", [
    ("threads", "'sync', 'processes', 'local'"),
    (3, "scheduler must be"),
])
def test_bad_scheduler(tmp_path, small, scheduler, match):
    with pytest.raises(ValueError, match=match):
        corpus.analyze_corpus(small, tmp_path / "out", scheduler=scheduler)


@pytest.mark.parametrize("kwargs, match", [
    ({"language": "de"}, "'auto', 'fr', 'en'"),
    ({"partition_size": 0}, "partition_size must be a positive integer"),
    ({"workers": 0}, "workers must be"),
])
def test_bad_options(tmp_path, small, kwargs, match):
    with pytest.raises(ValueError, match=match):
        corpus.analyze_corpus(small, tmp_path / "out", **kwargs)


def test_unreachable_cluster_is_a_clear_error(tmp_path, small, monkeypatch):
    monkeypatch.setattr(corpus, "_CONNECT_TIMEOUT", "1s")
    with pytest.raises(ConnectionError, match="cannot reach the Dask scheduler"):
        corpus._runner("address", "tcp://127.0.0.1:9", None).__enter__()


# --- never lose or duplicate an article -----------------------------------------------------


def test_interrupted_run_resumes_each_article_exactly_once(tmp_path, small, monkeypatch):
    out = tmp_path / "out"
    real = corpus._analyse_partition
    calls = []

    def interrupted(part, *args):
        calls.append(part.index)
        if len(calls) == 3:
            raise KeyboardInterrupt  # as Ctrl-C, or a kill, between two partitions
        return real(part, *args)

    monkeypatch.setattr(corpus, "_analyse_partition", interrupted)
    with pytest.raises(KeyboardInterrupt):
        corpus.analyze_corpus(small, out, partition_size=2, progress=False)
    assert sorted(p.name for p in (out / "articles").iterdir()) == ["part-000000.parquet", "part-000001.parquet"]
    with pytest.warns(UserWarning, match="did not finish"):
        assert len(corpus.load_results(out).articles) == 4
    # a write torn by a kill: a temporary file, and a quotes part whose articles part is missing
    (out / "articles" / ".part-000002.parquet.123-abc.tmp").write_bytes(b"partial")
    (out / "quotes" / "part-000002.parquet").write_bytes((out / "quotes" / "part-000000.parquet").read_bytes())

    monkeypatch.setattr(corpus, "_analyse_partition", real)
    summary = corpus.analyze_corpus(small, out, partition_size=2, progress=False)
    assert (summary.resumed, summary.partitions, summary.read) == (2, 4, 8)
    articles, quotes, _ = corpus.load_results(out)
    assert sorted(articles["id"]) == [r["id"] for r in records()]  # every article, once
    assert not quotes.duplicated(["article_id", "start"]).any()
    assert quotes["article_id"].value_counts().max() == 1
    assert not list(out.rglob("*.tmp"))
    frames_equal(corpus.load_results(out),
                 corpus.load_results(corpus.analyze_corpus(small, tmp_path / "fresh", progress=False).out))


def test_killed_process_resumes(tmp_path):
    rows = [dict(r, id=f"k{i:04d}") for i, r in enumerate(records(12) * 25)]
    source = write_jsonl(tmp_path / "big.jsonl", rows)
    out = tmp_path / "out"
    command = [sys.executable, "-m", "analysis", "corpus", str(source), "--out", str(out),
               "--scheduler", "sync", "--partition-size", "10", "-q"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        if len(list(out.glob("articles/part-*.parquet"))) >= 2:
            break
        time.sleep(0.02)
    if process.poll() is None:
        os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=30)
    finished = len(list((out / "articles").glob("part-*.parquet")))
    assert subprocess.run(command, capture_output=True, timeout=120).returncode == 0
    articles = corpus.load_results(out).articles
    assert sorted(articles["id"]) == sorted(r["id"] for r in rows)
    assert finished >= 2


# --- bad input --------------------------------------------------------------------------------


def test_bad_records_are_reported_not_fatal(tmp_path, monkeypatch, capsys):
    rows = records(4)
    rows[2]["text"] = "« Une phrase qui casse le moteur », a dit Paul Durand."
    bad_lines = [
        b"{not json",
        json.dumps({"id": "no-text"}).encode(),
        json.dumps({"id": "wrong-type", "text": 42}).encode(),
        json.dumps({"id": "empty", "text": "   "}).encode(),
        json.dumps({"id": "german", "text": "Hallo", "language": "de"}).encode(),
        b'{"id": "latin1", "text": "caf\xe9"}',
        json.dumps({"id": ["list"], "text": "x"}).encode(),
    ]
    source = write_jsonl(tmp_path / "bad.jsonl", rows, bad_lines)
    real = corpus.extract_quotes

    def fragile(text, language):
        if "casse le moteur" in text:
            raise RuntimeError("engine bug")
        return real(text, language)

    monkeypatch.setattr(corpus, "extract_quotes", fragile)
    code = main(["corpus", str(source), "--out", str(tmp_path / "out"), "--partition-size", "3"])
    _, err = capsys.readouterr()
    assert code == 0
    articles = corpus.load_results(tmp_path / "out").articles.set_index("id")
    assert len(articles) == 11
    errors = articles["error"].dropna()
    assert errors.to_dict() == {
        "a002": "analysis failed (RuntimeError: engine bug)",
        "bad-5": "line 5: invalid JSON (Expecting property name enclosed in double quotes at column 2)",
        "no-text": "line 6: missing 'text'",
        "wrong-type": "line 7: 'text' must be a string, got number",
        "empty": "line 8: 'text' is empty",
        "german": "line 9: language must be one of 'auto', 'fr', 'en'; got 'de'",
        "bad-10": "line 10: not valid UTF-8",
        "bad-11": "line 11: 'id' must be a string or a number, got array",
    }
    assert articles.loc["a002", ["title", "date", "source"]].notna().all()  # what was read is kept
    assert articles.loc[["a000", "a001", "a003"], "quotes"].tolist() == [1, 1, 1]
    assert "8 failed" in err and "failed a002: analysis failed" in err and "line 6: missing 'text'" in err


def test_a_failed_partition_is_reported_and_retried(tmp_path, small, monkeypatch):
    real = corpus._analyse_partition

    def broken(part, *args):
        if part.index == 1:
            raise OSError("disk full")
        return real(part, *args)

    monkeypatch.setattr(corpus, "_analyse_partition", broken)
    summary = corpus.analyze_corpus(small, tmp_path / "out", partition_size=5, progress=False)
    assert summary.failed_partitions == (f"partition 1 ({small}, line 6): OSError: disk full",)
    assert summary.read == 7
    monkeypatch.setattr(corpus, "_analyse_partition", real)
    summary = corpus.analyze_corpus(small, tmp_path / "out", partition_size=5, progress=False)
    assert (summary.resumed, summary.read, summary.failed_partitions) == (2, 5, ())
    assert len(corpus.load_results(tmp_path / "out").articles) == 12


def test_out_folder_of_another_run_is_refused(tmp_path, small):
    corpus.analyze_corpus(small, tmp_path / "out", partition_size=5, progress=False)
    with pytest.raises(ValueError, match="partition_size"):
        corpus.analyze_corpus(small, tmp_path / "out", partition_size=6, progress=False)
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "notes.txt").write_text("mine")
    with pytest.raises(ValueError, match="not empty and holds no newsquotes results"):
        corpus.analyze_corpus(small, tmp_path / "other", progress=False)
    with pytest.raises(FileNotFoundError, match="no newsquotes results"):
        corpus.load_results(tmp_path / "other")


# --- tables -------------------------------------------------------------------------------------


def test_quote_rows_are_shared_with_the_quotes_command(small):
    assert quote_rows is corpus.quote_rows
    article = next(iter(iter_records(small)))
    rows = quote_rows(article)
    assert rows[0]["speaker"] == "Jean Martin" and rows[0]["language"] == "fr"


def test_speaker_intervals_are_those_of_bootstrap_interval():
    rng = np.random.default_rng(1)
    sizes = [1, 2, 2, 3, 5, 5, 5, 6, 7, 40, 1200]  # up to 6: distinct resamples; 1200: one by one
    codes = np.concatenate([np.full(n, g) for g, n in enumerate(sizes)])
    scores = rng.uniform(-1, 1, len(codes)).round(4)
    order = rng.permutation(len(codes))  # groups interleaved, as in a quotes table
    codes, scores = codes[order], scores[order]
    low, high = bootstrap_intervals(scores, codes, groups=len(sizes))  # as the corpus tables use it
    for g, n in enumerate(sizes):
        expected = bootstrap_interval(scores[codes == g])  # a speaker's quotes in table order
        np.testing.assert_allclose([low[g], high[g]], expected, rtol=0, atol=1e-12)


def test_parse_dates():
    parsed = corpus.parse_dates(["2016-02-24", "2016-02-24T10:30:00+02:00", "24/02/2016", None, "2016"])
    assert [str(d.date()) if not pd.isna(d) else None for d in parsed] == [
        "2016-02-24", "2016-02-24", None, None, "2016-01-01"]


# --- command line --------------------------------------------------------------------------------


def test_corpus_command(tmp_path, capsys, small):
    code = main(["corpus", str(small), "--out", str(tmp_path / "out"), "-q"])
    out, err = capsys.readouterr()
    assert code == 0 and err == ""
    assert f"Results: {tmp_path / 'out'}" in out and "Jean Martin" in out and "articles" in out
    code = main(["corpus", str(small), "--out", str(tmp_path / "out")])  # resumed: nothing left to do
    out, err = capsys.readouterr()
    assert code == 0 and "0 articles read" in err and "1 partition finished earlier was skipped" in err


def test_corpus_command_default_out_is_where_the_report_looks(tmp_path, capsys, small, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["corpus", str(small), "-q"]) == 0
    assert f"Results: {tmp_path / 'reports' / 'small-results'}" in capsys.readouterr().out
    assert corpus.results_folder(small, parent="reports") == tmp_path / "reports" / "small-results"


def test_corpus_command_errors(tmp_path, capsys, small):
    assert main(["corpus", str(tmp_path / "missing.jsonl"), "--out", str(tmp_path / "o")]) == 2
    assert "no such file" in capsys.readouterr().err
    assert main(["corpus", str(small), "--out", str(tmp_path / "o"), "--scheduler", "fast"]) == 2
    assert "scheduler must be" in capsys.readouterr().err


def test_corpus_help(capsys):
    with pytest.raises(SystemExit):
        main(["corpus", "--help"])
    out = capsys.readouterr().out
    for words in ("--scheduler", "local|processes|sync|ADDRESS", "--workers", "--lang", "--quiet",
                  "Parquet", "example"):
        assert words in out


def test_benchmark_builds_varied_articles(tmp_path):
    """The benchmark's corpus: no two articles alike (no cache is flattered); speed is not tested."""
    import importlib.util

    path = Path(__file__).resolve().parents[1] / "benchmarks" / "bench_corpus.py"
    spec = importlib.util.spec_from_file_location("bench_corpus", path)
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    rows = [json.loads(line) for line in bench.build_corpus(200, tmp_path / "c.jsonl").read_text().splitlines()]
    texts = [r["text"] for r in rows]
    assert len(rows) == 200 and len(set(texts)) == 200
    assert not any("Blinken" in t or "Donald Trump" in t for t in texts)  # names replaced
    summary = corpus.analyze_corpus(tmp_path / "c.jsonl", tmp_path / "out", progress=False)
    assert summary.analysed == 200 and summary.quotes > 200
    assert len(corpus.load_results(summary.out).speakers) > 150  # many distinct speakers
    with pytest.raises(SystemExit) as exit_:
        bench.main(["--help"])
    assert exit_.value.code == 0
