"""The corpus run's final step alone, on a results folder already written (a copy of it):
duplicate ids made unique, the speakers' identities resolved over the whole corpus, the
quotes parts rewritten with them and the speakers table written.

    python benchmarks/bench_corpus.py -n 100000 --schedulers local --work-dir /tmp/bench
    python benchmarks/bench_final_step.py /tmp/bench/out-100000-local --repeat 3

Each partition's places are gathered first, as a run does while the workers analyse the
next partitions (reported apart: that time is not the final step's). Prints wall and CPU
seconds of each repeat; the copy's parts and speakers table must keep their checksums.
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

from analysis import corpus


def run_once(results: Path, work: Path) -> dict[str, float]:
    out = work / "out"
    shutil.rmtree(out, ignore_errors=True)
    shutil.copytree(results, out)
    manifest = json.loads((out / corpus._MANIFEST).read_text(encoding="utf-8"))
    parts = {int(k): v for k, v in manifest["parts"].items()}
    started = time.perf_counter()
    shares = None
    if hasattr(corpus, "_Shares"):  # gathered as partitions finish (older versions: in the final step)
        shares = corpus._Shares(out)
        for index in sorted(parts):
            shares.add(index, parts[index]["quotes"])
    gathered = time.perf_counter() - started
    wall, cpu = time.perf_counter(), time.process_time()
    corpus._make_ids_unique(out, parts)
    speakers = corpus._write_speakers(out, parts, shares) if shares is not None else corpus._write_speakers(out, parts)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    same = parts == {int(k): v for k, v in manifest["parts"].items()} and speakers == manifest["speakers"]
    return {"gathered": gathered, "wall": wall, "cpu": cpu, "same": same}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Time the final step of a corpus run on a copy of its results.")
    parser.add_argument("results", type=Path, help="a results folder written by `newsquotes corpus`")
    parser.add_argument("--repeat", type=int, default=1, metavar="N", help="runs (default: 1)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench-final-") as work:
        for _ in range(args.repeat):
            r = run_once(args.results, Path(work))
            print(f"final step {r['wall']:6.2f} s wall {r['cpu']:6.2f} s CPU (places gathered beforehand, "
                  f"as partitions finish: {r['gathered']:.2f} s); checksums "
                  f"{'unchanged' if r['same'] else 'CHANGED'}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
