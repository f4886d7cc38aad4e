"""A hostile user (issue 15): nothing is lost, wrong input is never taken silently, every
failure says one clear line, faults (kills, dead workers, corrupt parts) are survived.
The engine's linear-time guarantee is tested with the engine (tests/test_quotes*)."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from analysis import corpus
from analysis.cli import main
from analysis.io import MAX_RECORD_BYTES, InputError, InputWarning, UniqueIds, bounded_lines, iter_records, read_text
from analysis.sentiment import polarity

FR = "« Nous partirons demain à l'aube », a déclaré le maire Jean Martin{n} lundi. Les habitants attendent."
EN = '"We will leave tomorrow at dawn," said Mayor John Smith{n} on Monday. Residents are waiting.'
NEWSQUOTES = [sys.executable, "-m", "analysis"]


def records(n: int = 12, prefix: str = "a") -> list[dict]:
    """Small articles, French and English, each with one quote of a distinct speaker."""
    return [{"id": f"{prefix}{i:03d}", "text": (FR if i % 2 == 0 else EN).format(n=f"-{i}"),
             "date": f"2020-{i % 12 + 1:02d}-15"} for i in range(n)]


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def one_line(err: str) -> bool:
    return err.count("\n") == 1 and err.startswith("newsquotes: ") and "Traceback" not in err


@pytest.fixture
def small(tmp_path: Path) -> Path:
    return write_jsonl(tmp_path / "small.jsonl", records())


def analyse(source: Path, out: Path, **options):
    return corpus.analyze_corpus(source, out, partition_size=3, progress=False, **options)


def children(pid: int) -> list[tuple[int, str]]:
    """The child processes of ``pid`` (Linux /proc)."""
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
                if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                    found.append((int(entry), Path(f"/proc/{entry}/cmdline").read_text().replace("\0", " ")))
            except (OSError, ValueError, IndexError):
                pass
    return found


def alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def wait_for_parts(out: Path, process: subprocess.Popen, n: int = 1, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and process.poll() is None:
        if len(list((out / "articles").glob("part-*.parquet"))) >= n:
            return
        time.sleep(0.02)


needs_proc = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc (Linux)")


# --- 1. data loss ----------------------------------------------------------------------------


def test_a_failed_quotes_run_never_clobbers_its_output(tmp_path, capsys):
    keep = tmp_path / "keep.csv"
    keep.write_text("precious\n")
    code, _, err = run(capsys, "quotes", str(tmp_path / "missing.txt"), "--format", "csv", "-o", str(keep))
    assert code == 2 and one_line(err)
    assert keep.read_text() == "precious\n"
    code, _, _ = run(capsys, "quotes", "example", "--format", "csv", "-o", str(keep), "-q")
    assert code == 0 and keep.read_text().startswith("article_id,")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keep.csv"]  # no temporary left


def test_a_source_edited_between_kill_and_resume_is_analysed_afresh(tmp_path, small, monkeypatch):
    out = tmp_path / "out"
    real = corpus._analyse_partition
    calls = []

    def interrupted(part, *args):
        calls.append(part.index)
        if len(calls) == 3:
            raise KeyboardInterrupt
        return real(part, *args)

    monkeypatch.setattr(corpus, "_analyse_partition", interrupted)
    with pytest.raises(KeyboardInterrupt):
        analyse(small, out)
    monkeypatch.setattr(corpus, "_analyse_partition", real)
    edited = small.read_text(encoding="utf-8").replace("Jean Martin-0", "Paul Durand-0")
    assert len(edited.encode()) == small.stat().st_size  # same size: only the content tells
    small.write_text(edited, encoding="utf-8")
    with pytest.warns(corpus.ResultsWarning, match=r"source changed .*small\.jsonl changed.*afresh"):
        summary = analyse(small, out)
    assert summary.resumed == 0
    articles, quotes, speakers = corpus.load_results(out)
    assert sorted(articles["id"]) == [r["id"] for r in records()]
    assert "Paul Durand-0" in set(quotes["speaker"]) and "Jean Martin-0" not in set(quotes["speaker"])
    assert "Jean Martin-0" not in set(speakers["speaker"])


def test_large_sources_are_fingerprinted_from_samples(tmp_path, monkeypatch):
    monkeypatch.setattr(corpus, "_FULL_HASH_MAX", 1000)
    monkeypatch.setattr(corpus, "_SAMPLE_BLOCK", 100)
    path = tmp_path / "big.jsonl"
    data = bytearray(b"x" * 5000)
    path.write_bytes(data)
    stat = path.stat()
    first = corpus.source_fingerprint(path)
    assert first.startswith("sampled-sha256:")
    for place in (0, 2500, 4999):  # head, middle, tail
        changed = bytearray(data)
        changed[place] = ord("y")
        path.write_bytes(changed)
        os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # even with the same time stamp
        assert corpus.source_fingerprint(path) != first
    path.write_bytes(data)
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert corpus.source_fingerprint(path) == first


@pytest.mark.parametrize("damage", ["corrupt", "truncate", "delete"])
@pytest.mark.parametrize("table", ["articles", "quotes"])
def test_a_bad_part_is_named_by_load_results_and_redone_by_a_rerun(tmp_path, small, damage, table):
    out = tmp_path / "out"
    analyse(small, out)
    expected = corpus.load_results(out)
    part = out / table / "part-000001.parquet"
    data = part.read_bytes()
    if damage == "corrupt":
        part.write_bytes(data[:100] + bytes(b ^ 0xFF for b in data[100:110]) + data[110:])
    elif damage == "truncate":
        part.write_bytes(data[: len(data) // 2])
    else:
        part.unlink()
    with pytest.raises(corpus.ResultsError, match=f"{table}/part-000001.parquet (is missing|is corrupt)"):
        corpus.load_results(out)
    with pytest.warns(corpus.ResultsWarning, match=f"redoing partition 1: .*{table}/part-000001.parquet"):
        summary = analyse(small, out)
    assert (summary.partitions, summary.resumed) == (1, 3)
    for left, right in zip(corpus.load_results(out), expected):
        assert left.equals(right)


def test_speakers_never_count_articles_the_tables_do_not_hold(tmp_path, small, monkeypatch):
    out = tmp_path / "out"
    analyse(small, out)
    (out / "articles" / "part-000001.parquet").write_bytes(b"garbage")
    monkeypatch.setattr(corpus, "_analyse_partition", lambda *a: (_ for _ in ()).throw(KeyboardInterrupt()))
    with pytest.warns(corpus.ResultsWarning, match="redoing partition 1"), pytest.raises(KeyboardInterrupt):
        analyse(small, out)  # interrupted before the bad partition was redone
    with pytest.warns(UserWarning, match="did not finish"):
        articles, quotes, speakers = corpus.load_results(out)
    assert len(articles) == 9 and set(quotes["article_id"]) <= set(articles["id"])
    assert speakers["quotes"].sum() in (0, len(quotes))  # never more than the quotes held


def test_a_results_folder_is_locked_while_a_run_writes_it(tmp_path, small, capsys):
    out = tmp_path / "out"
    out.mkdir()
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        (out / ".newsquotes.lock").write_text(json.dumps({"pid": sleeper.pid, "host": os.uname().nodename}))
        with pytest.raises(corpus.ResultsInUse, match=f"in use by another newsquotes run \\(pid {sleeper.pid}\\)"):
            analyse(small, out)
        code, _, err = run(capsys, "corpus", str(small), "--out", str(out), "-q")
        assert code == 3 and one_line(err) and "in use" in err
    finally:
        sleeper.kill()
        sleeper.wait()
    analyse(small, out)  # its process is gone: a stale lock is taken over
    assert not (out / ".newsquotes.lock").exists()
    assert len(corpus.load_results(out).articles) == 12


# --- 2. silent wrong input ----------------------------------------------------------------------


def test_a_name_that_is_no_file_nor_example_is_an_error_listing_the_examples(capsys):
    code, out, err = run(capsys, "quotes", "exmple")
    assert code == 2 and one_line(err) and not out
    assert "exmple: no such file, folder or example" in err and "blinken-lavrov-griner" in err and "--text" in err


def test_raw_text_only_when_asked(capsys, monkeypatch):
    code, out, _ = run(capsys, "quotes", "--text", "« Non », a dit Jean Martin.", "--format", "jsonl", "-q")
    assert code == 0 and json.loads(out)["speaker"] == "Jean Martin"
    monkeypatch.setattr(sys, "stdin", type("In", (), {"buffer": __import__("io").BytesIO(
        "“No,” said John Smith.".encode())})())
    code, out, _ = run(capsys, "quotes", "-", "--format", "jsonl", "-q")
    assert code == 0 and json.loads(out)["speaker"] == "John Smith" and json.loads(out)["article_id"] == "stdin"
    code, _, err = run(capsys, "quotes", "example", "--text", "x")
    assert code == 2 and one_line(err) and "not both" in err


@pytest.mark.parametrize("content", [b"", b"\n\n  \n"])
def test_empty_inputs_are_errors_everywhere(tmp_path, capsys, content):
    empty = tmp_path / "empty.jsonl"
    empty.write_bytes(content)
    for command in (["quotes", str(empty)], ["corpus", str(empty), "--out", str(tmp_path / "out"), "-q"]):
        code, out, err = run(capsys, *command)
        assert code == 2 and one_line(err) and ("file is empty" in err or "holds no article (empty)" in err), err
    (tmp_path / "folder").mkdir()
    for command in (["quotes", str(tmp_path / "folder")], ["corpus", str(tmp_path / "folder"), "-q"]):
        code, _, err = run(capsys, *command)
        assert code == 2 and one_line(err) and "folder holds no .txt" in err
    code, _, err = run(capsys, "quotes", "--text", "  ")
    assert code == 2 and one_line(err) and "empty" in err


def test_duplicate_ids_are_made_unique_with_a_warning(tmp_path, capsys):
    rows = records(6)
    for row in rows[3:]:
        row["id"] = "same"
    source = write_jsonl(tmp_path / "dup.jsonl", rows)
    code, out, err = run(capsys, "quotes", str(source), "--format", "jsonl", "-q")
    ids = [json.loads(line)["article_id"] for line in out.splitlines()]
    assert code == 0 and ids == ["a000", "a001", "a002", "same", "same~2", "same~3"]
    assert "warning: duplicate article ids made unique" in err and "'same' (3 times)" in err
    with pytest.warns(corpus.ResultsWarning, match="'same' \\(3 times\\)"):
        corpus.analyze_corpus(source, tmp_path / "out", partition_size=2, progress=False)
    articles, quotes, _ = corpus.load_results(tmp_path / "out")
    assert articles["id"].tolist() == ["a000", "a001", "a002", "same", "same~2", "same~3"]
    speakers = dict(zip(quotes["article_id"], quotes["speaker"]))
    assert speakers == {"a000": "Jean Martin-0", "a001": "John Smith-1", "a002": "Jean Martin-2",
                        "same": "John Smith-3", "same~2": "Jean Martin-4", "same~3": "John Smith-5"}


def test_unique_ids_never_collide_with_real_ones():
    unique = UniqueIds()
    assert [unique(i) for i in ["a", "a~2", "a", "a"]] == ["a", "a~2", "a~3", "a~4"]


@needs_proc
def test_one_record_size_limit_for_every_reader(tmp_path, capsys):
    import analysis.partitions as partitions

    assert partitions._MAX_FIELD == MAX_RECORD_BYTES
    assert read_text.__kwdefaults__["max_bytes"] == MAX_RECORD_BYTES
    stream = __import__("io").BytesIO(b'{"a": 1}\n' + b"x" * 250 + b"\n" + b'{"b": 2}')
    assert list(bounded_lines(stream, limit=100)) == [b'{"a": 1}\n', __import__("analysis.io").io.OVERSIZE,
                                                      b'{"b": 2}']
    # a 150 MB record is never read whole: memory stays near the limit, not the record
    source = tmp_path / "huge.jsonl"
    with open(source, "wb") as out:
        out.write(json.dumps({"id": "ok1", "text": "Un."}).encode() + b"\n")
        out.write(b'{"id": "huge", "text": "' + b"a" * 150_000_000 + b'"}\n')
        out.write(json.dumps({"id": "ok2", "text": "Deux."}).encode() + b"\n")
    # peak memory (VmHWM: ru_maxrss would inherit pytest's) before and after reading, in MB
    script = ("import re, sys; from analysis.io import iter_records; from analysis.partitions import "
              "plan_partitions, read_partition\n"
              "peak = lambda: int(re.search(r'VmHWM:\\s+(\\d+)', open('/proc/self/status').read())[1]) // 1024\n"
              "p = sys.argv[1]; before = peak()\n"
              "a = [getattr(r, 'error', r.id) for r in iter_records(p)]\n"
              "b = [getattr(r, 'error', r.id) for part in plan_partitions(p).partitions() for r in read_partition(part)]\n"
              "print(a == b, peak() - before, a)")
    done = subprocess.run([sys.executable, "-c", script, str(source)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    same, growth, found = done.stdout.split(maxsplit=2)
    assert same == "True" and "line 2: record is over the 50,000,000-byte limit" in found
    assert "'ok1'" in found and "'ok2'" in found
    # a bounded readline holds at most the limit (twice, while it joins its chunks); the record is 150 MB
    assert int(growth) < 2.5 * MAX_RECORD_BYTES / 1e6, f"memory grew by {growth} MB"
    source.unlink()


# --- 3. one line for every user mistake and environment failure -----------------------------------


def test_report_failure_is_one_line(tmp_path, capsys, monkeypatch):
    import analysis.report as report

    def failing(*args, **kwargs):
        raise report.ReportError(f"report notebook failed on 'example' (ValueError: boom); the executed "
                                 f"notebook is kept at {tmp_path}/x.ipynb", tmp_path / "x.ipynb")

    monkeypatch.setattr(report, "run_report", failing)
    code, _, err = run(capsys, "report", "example", "--out", str(tmp_path / "r"))
    assert code == 1 and one_line(err) and "boom" in err and "x.ipynb" in err


def test_out_that_is_a_file_or_unwritable_is_one_line(tmp_path, capsys, small, monkeypatch):
    a_file = tmp_path / "afile"
    a_file.write_text("x")
    for command in (["corpus", str(small), "--out", str(a_file)], ["report", "--corpus", str(small), "--out", str(a_file)],
                    ["report", "example", "--out", str(a_file)],
                    ["quotes", "example", "-o", str(tmp_path / "no" / "such" / "dir" / "q.csv"), "-q"]):
        code, _, err = run(capsys, *command)
        assert code in (2, 3) and one_line(err) and str(tmp_path) in err, (command, err)
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode, **k: False if "readonly" in str(p) else real_access(p, mode))
    (tmp_path / "readonly").mkdir()
    for command in (["corpus", str(small), "--out", str(tmp_path / "readonly")],
                    ["report", "example", "--out", str(tmp_path / "readonly")]):
        code, _, err = run(capsys, *command)
        assert code == 3 and one_line(err) and "permission denied" in err, (command, err)


def test_unknown_speaker_and_corrupt_part_are_one_line_before_any_kernel(tmp_path, capsys, small):
    results = tmp_path / "results"
    analyse(small, results)
    code, _, err = run(capsys, "report", "--corpus", str(results), "--speakers", "Nobody", "--out", str(tmp_path / "r"))
    assert code == 2 and one_line(err) and "'Nobody'" in err and "most quoted" in err
    (results / "quotes" / "part-000002.parquet").write_bytes(b"PAR1 broken")
    code, _, err = run(capsys, "report", "--corpus", str(results), "--out", str(tmp_path / "r"))
    assert code == 2 and one_line(err) and "quotes/part-000002.parquet is corrupt" in err
    assert not list((tmp_path / "r").glob("*.ipynb"))  # no kernel was started


def test_closed_pipe_ends_quietly_as_unix_tools(tmp_path):
    source = write_jsonl(tmp_path / "c.jsonl", records(400))
    reader = subprocess.Popen(["head", "-1"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    writer = subprocess.run([*NEWSQUOTES, "quotes", str(source), "--format", "jsonl", "-q"],
                            stdout=reader.stdin, stderr=subprocess.PIPE, text=True, timeout=120)
    reader.stdin.close()
    assert json.loads(reader.stdout.read())["article_id"] == "a000"
    reader.wait()
    assert writer.stderr == "" and writer.returncode == 141


def test_warnings_are_one_line_without_source(tmp_path):
    page = tmp_path / "page.html"
    page.write_text("<html><body><p>« Non », a dit Jean Martin.</p></body></html>", encoding="utf-8")
    done = subprocess.run([*NEWSQUOTES, "quotes", str(page), "-q"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0
    assert done.stderr == f"newsquotes: warning: {page}: HTML converted to plain text; offsets refer to the converted text\n"


def test_report_kernels_keep_warnings_out_of_the_report():
    from analysis._warnings import KERNEL_ARGUMENTS

    script = KERNEL_ARGUMENTS[0].split("=", 1)[1]
    code = f"{script}\nimport warnings, sys, io\nsys.__stderr__ = io.StringIO(); sys.stderr = io.StringIO()\n" \
           "warnings.warn('careful', UserWarning)\nprint(repr(sys.__stderr__.getvalue()), repr(sys.stderr.getvalue()))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "'newsquotes: warning: careful\\n' ''"


def test_exit_codes_are_documented(capsys):
    for command in ([], ["quotes"], ["corpus"], ["report"]):
        with pytest.raises(SystemExit):
            main([*command, "--help"])
        out = capsys.readouterr().out
        assert "exit codes:" in out and "141" in out and "\n  3 " in out, command
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    assert "## Errors and exit codes" in readme


# --- 4. faults: signals, dead workers ---------------------------------------------------------------


def _default_sigint() -> None:
    """In the child: Ctrl-C as a terminal delivers it, whatever this run inherited (pytest started
    in the background by a non-interactive shell, or under nohup, ignores SIGINT, and so would
    every process it starts)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@needs_proc
@pytest.mark.parametrize("scheduler, sig, code", [
    ("processes", signal.SIGTERM, 143),
    ("processes", signal.SIGINT, 130),  # Ctrl-C: the terminal signals the whole process group
    ("processes", signal.SIGKILL, -9),
    ("local", signal.SIGINT, 130),
])
def test_no_orphan_worker_and_no_traceback_after_a_signal(tmp_path, scheduler, sig, code):
    source = write_jsonl(tmp_path / "c.jsonl", records(200))
    out = tmp_path / "out"
    process = subprocess.Popen([*NEWSQUOTES, "corpus", str(source), "--out", str(out), "--scheduler", scheduler,
                                "--workers", "2", "--partition-size", "10", "-q"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, start_new_session=True,
                               preexec_fn=_default_sigint)
    wait_for_parts(out, process)
    spawned = children(process.pid)
    assert sum("spawn_main" in c for _, c in spawned) == 2
    if scheduler == "processes":
        assert any("resource_tracker" in c for _, c in spawned)
    if sig == signal.SIGINT:
        os.killpg(process.pid, sig)
    else:
        process.send_signal(sig)
    _, err = process.communicate(timeout=60)
    assert process.returncode == code
    if sig != signal.SIGKILL:
        assert one_line(err) and "interrupted" in err, err
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline and any(alive(pid) for pid, _ in spawned):
        time.sleep(0.1)
    assert not [c for pid, c in spawned if alive(pid)]


# --- 5. API ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, error", [(None, TypeError), (["Bien."], TypeError), (3, TypeError)])
def test_polarity_names_its_parameter(text, error):
    with pytest.raises(error, match=r"^text must be a str; got"):
        polarity(text, "fr")


@pytest.mark.parametrize("language", [None, "de", 1])
def test_polarity_language_error_names_accepted_values(language):
    with pytest.raises(ValueError, match=r"^language must be one of 'fr', 'en'; got"):
        polarity("Bien.", language)


def test_language_codes_in_any_case(tmp_path, small, capsys):
    assert polarity("Une décision inacceptable.", "FR") == polarity("Une décision inacceptable.", "fr") < 0
    assert corpus.quote_rows(next(iter_records(small)), language="FR")[0]["language"] == "fr"
    summary = corpus.analyze_corpus(small, tmp_path / "out", language="EN", progress=False)
    assert summary.analysed == 12
    assert set(corpus.load_results(tmp_path / "out").articles["language"]) == {"en"}
    code, out, _ = run(capsys, "quotes", str(small), "--lang", "FR", "--format", "jsonl", "-q")
    assert code == 0 and {json.loads(line)["language"] for line in out.splitlines()} == {"fr"}
    with pytest.raises(ValueError, match="language must be one of 'auto', 'fr', 'en'"):
        corpus.analyze_corpus(small, tmp_path / "o2", language="de", progress=False)


# --- 6. everything at once -----------------------------------------------------------------------------------


@needs_proc
def test_kill_worker_kill_corrupt_truncate_edit_then_every_article_exactly_once(tmp_path):
    rows = records(72)
    source = write_jsonl(tmp_path / "c.jsonl", rows)
    out = tmp_path / "out"
    command = [*NEWSQUOTES, "corpus", str(source), "--out", str(out), "--partition-size", "3", "-q"]

    # 1. SIGKILL mid-way
    process = subprocess.Popen([*command, "--scheduler", "sync"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wait_for_parts(out, process, n=3)
    process.kill()
    process.wait(timeout=30)

    # 2. resumed on worker processes, one of which is killed
    process = subprocess.Popen([*command, "--scheduler", "processes", "--workers", "2"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    time.sleep(0.2)
    wait_for_parts(out, process, n=len(list((out / "articles").glob("part-*"))) + 1)
    workers = [pid for pid, c in children(process.pid) if "spawn_main" in c]
    assert workers and process.poll() is None, "the run ended before a worker could be killed"
    os.kill(workers[0], signal.SIGKILL)
    _, err = process.communicate(timeout=120)
    assert process.returncode == 0 and "Traceback" not in err and "BrokenProcessPool" not in err, err
    assert "a worker process died (killed, or out of memory); its partitions run again" in err
    assert sorted(corpus.load_results(out).articles["id"]) == [r["id"] for r in rows]

    # 3. a corrupt part and a truncated one: load_results names the file, a rerun redoes both
    corrupt, truncated = out / "articles" / "part-000004.parquet", out / "quotes" / "part-000011.parquet"
    corrupt.write_bytes(corrupt.read_bytes()[:-20] + b"\0" * 20)
    truncated.write_bytes(truncated.read_bytes()[:50])
    with pytest.raises(corpus.ResultsError, match="articles/part-000004.parquet is corrupt"):
        corpus.load_results(out)
    with pytest.warns(corpus.ResultsWarning) as caught:  # in this process: as the command, faster
        corpus.analyze_corpus(source, out, partition_size=3, scheduler="sync", progress=False)
    redone = [str(w.message) for w in caught]
    assert any(m.startswith("redoing partition 4: ") and str(corrupt) in m for m in redone), redone
    assert any(m.startswith("redoing partition 11: ") and str(truncated) in m for m in redone), redone
    articles, quotes, speakers = corpus.load_results(out)
    assert sorted(articles["id"]) == [r["id"] for r in rows]
    assert sorted(quotes["article_id"]) == [r["id"] for r in rows]  # one quote each, once
    assert speakers["quotes"].sum() == len(quotes)

    # 4. the source edited (same size): analysed afresh, never mixed
    source.write_text(source.read_text(encoding="utf-8").replace("Jean Martin-0", "Paul Durand-0"), encoding="utf-8")
    with pytest.warns(corpus.ResultsWarning, match="source changed"):
        corpus.analyze_corpus(source, out, partition_size=3, scheduler="sync", progress=False)
    articles, quotes, _ = corpus.load_results(out)
    assert sorted(articles["id"]) == [r["id"] for r in rows]
    assert "Paul Durand-0" in set(quotes["speaker"]) and "Jean Martin-0" not in set(quotes["speaker"])


def test_read_article_refuses_a_mistyped_name():
    from analysis.io import read_article

    with pytest.raises(InputError, match="exmple: no such file or example .*blinken-lavrov-griner"):
        read_article("exmple")
    assert read_article("Il a dit non.").text == "Il a dit non."  # text with spaces is still text


def test_a_csv_record_over_the_limit_is_never_read(tmp_path, monkeypatch, capsys):
    import analysis.partitions as partitions

    source = tmp_path / "c.csv"
    source.write_text('id,text\na,"« Non », a dit Jean Martin."\nb,"' + "x" * 300 + '"\nc,"“No,” said John\nSmith."\n',
                      encoding="utf-8")
    monkeypatch.setattr(partitions, "MAX_RECORD_BYTES", 100)
    summary = corpus.analyze_corpus(source, tmp_path / "out", progress=False)
    assert (summary.read, summary.failed) == (3, 1)
    articles = corpus.load_results(tmp_path / "out").articles.set_index("id")
    assert articles.loc["c-3", "error"] == "line 3: record is over the 100-byte limit of an article"
    monkeypatch.undo()
    code, out, _ = run(capsys, "quotes", str(source), "--format", "jsonl", "-q")  # CSV read as a corpus, not as text
    assert code == 0 and [json.loads(line)["article_id"] for line in out.splitlines()] == ["a", "c"]


def test_results_of_the_previous_format_are_still_read_with_a_warning(tmp_path, small):
    out = tmp_path / "out"
    analyse(small, out)
    expected = corpus.load_results(out)
    manifest = json.loads((out / "_newsquotes.json").read_text())
    manifest = {k: v for k, v in manifest.items() if k not in ("parts", "speakers")}
    (out / "_newsquotes.json").write_text(json.dumps({**manifest, "format": 1}))
    with pytest.warns(corpus.ResultsWarning, match="older newsquotes, without checksums"):
        results = corpus.load_results(out)
    for left, right in zip(results, expected):
        assert left.equals(right)
    assert corpus.load_speakers(out).equals(expected.speakers)
    with pytest.raises(corpus.ResultsError, match=f"format was 1, now {corpus._FORMAT}"):
        analyse(small, out)


def test_bounded_lines_within_a_byte_range():
    from analysis.io import OVERSIZE

    data = b"aaaa\n" + b"b" * 10 + b"\ncc\ndd"
    stream = __import__("io").BytesIO(data)
    assert list(bounded_lines(stream, limit=5, stop=16)) == [b"aaaa\n", OVERSIZE]
    assert stream.tell() == 16
    assert list(bounded_lines(stream, limit=5, stop=len(data))) == [b"cc\n", b"dd"]
