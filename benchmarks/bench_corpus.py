"""Corpus benchmark: N synthetic articles, JSONL in, Parquet out, single process and Dask.

    python benchmarks/bench_corpus.py                    # N = 10,000
    python benchmarks/bench_corpus.py -n 10000 -n 100000 --profile 2000

The corpus recombines the shipped articles (the example in analysis/data/examples and the
Wikinews corpus in analysis/data/corpus): each synthetic article takes paragraphs from
several of them, in a new order, with every personal name and number replaced by random
ones, so that no cache sees the same text twice. Each run is end to end (planning, the
cluster's start, analysis, Parquet writing, the speakers table) and measures wall time,
articles per second and the peak memory of the whole process tree (client and workers).

Targets on a 2-core machine: 100,000 articles in under 2 minutes, peak memory under
2 GB, and a 2-worker local cluster at least 1.6 times as fast as one process.
"""
from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import random
import re
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

from analysis.corpus import EXAMPLE_CORPUS, analyze_corpus
from analysis.io import EXAMPLES_DIR

TARGET_SECONDS_100K = 120
TARGET_PEAK_MB = 2048
TARGET_SPEEDUP = 1.6

_SYLLABLES = ("ba be bi bo bu da de di do du fa fe fi ga go ka ke ki ko la le li lo lu ma me mi mo "
              "na ne ni no pa pe pi po ra re ri ro sa se si so ta te ti to va ve vi vo za zo").split()
_OUTLETS = ("Le Monde", "Libération", "Le Figaro", "La Croix", "Ouest-France", "Mediapart", "L'Humanité",
            "Les Échos", "Le Parisien", "Sud Ouest", "La Dépêche", "Le Temps")
# a run of capitalised words: "Antony Blinken", "secrétaire d’État Antony Blinken" (its
# capitalised part), also "Maison Blanche", renamed too
_WORD = r"[A-ZÉÈ][a-zéèêëïîôûç]+(?:-[A-ZÉÈ][a-zéèêëïîôûç]+)?"
_CAPITALISED_RUN = re.compile(rf"\b{_WORD}(?:\s+{_WORD})+\b")
_NUMBER = re.compile(r"\d+")


def _source_articles() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES_DIR.glob("*.txt"))]
    texts += [json.loads(line)["text"] for line in EXAMPLE_CORPUS.read_text(encoding="utf-8").splitlines()]
    return texts


def _word(rng: random.Random, syllables: int) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(syllables)).capitalize()


def _names(texts: list[str]) -> re.Pattern:
    """Every word of a run of capitalised words in the source articles (first names and
    surnames, mostly), but function words ("Le", "Les")."""
    from analysis.tokens import stop_words

    common = stop_words("fr") | stop_words("en")
    names = {word for text in texts for run in _CAPITALISED_RUN.findall(text) for word in run.split()
             if len(word) > 2 and word.lower() not in common}
    return re.compile(r"\b(" + "|".join(map(re.escape, sorted(names, key=len, reverse=True))) + r")\b")


def _renamed(text: str, names: re.Pattern, rng: random.Random) -> str:
    """Every known name replaced by a new random one (the same within the article), every
    number by a random number."""
    mapping: dict[str, str] = {}

    def new(match: re.Match) -> str:
        name = match.group(1)
        if name not in mapping:
            mapping[name] = _word(rng, rng.randint(2, 4))
        return mapping[name]

    text = names.sub(new, text)
    return _NUMBER.sub(lambda m: str(rng.randint(1, 10 ** len(m.group()))), text)


def build_corpus(n: int, path: Path, *, seed: int = 0) -> Path:
    """Write ``n`` synthetic French articles to ``path`` (JSONL)."""
    rng = random.Random(seed)
    texts = _source_articles()
    names = _names(texts)
    sources = [[p for p in t.split("\n\n") if p.strip()] for t in texts]
    with open(path, "w", encoding="utf-8") as out:
        for i in range(n):
            picked = rng.sample(sources, rng.randint(1, 3))
            paragraphs = [p for paras in picked for p in paras if rng.random() < 0.8] or picked[0]
            head, body = paragraphs[0], paragraphs[1:]
            rng.shuffle(body)
            record = {"id": f"syn-{i:07d}", "text": _renamed("\n\n".join([head, *body]), names, rng),
                      "date": f"{rng.randint(2015, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                      "source": rng.choice(_OUTLETS)}
            if rng.random() < 0.5:  # half the records leave the language to detection
                record["language"] = "fr"
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


class ProcessTree:
    """Peak resident memory and CPU time of this process and all its children (the Dask
    workers), sampled: CPU time shows how much of the wall time other programs took."""

    def __init__(self, interval: float = 0.05) -> None:
        self.interval, self.peak, self._stop = interval, 0, threading.Event()
        self._cpu: dict[int, float] = {}
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._start_cpu = sum(psutil.Process().cpu_times()[:2])

    @property
    def cpu(self) -> float:
        return sum(self._cpu.values()) - self._start_cpu

    def _sample(self) -> None:
        me = psutil.Process()
        while not self._stop.is_set():
            total = 0
            for proc in [me, *me.children(recursive=True)]:
                try:
                    with proc.oneshot():
                        total += proc.memory_info().rss
                        self._cpu[proc.pid] = sum(proc.cpu_times()[:2])
                except psutil.Error:  # a worker that just ended
                    pass
            self.peak = max(self.peak, total)
            self._stop.wait(self.interval)

    def __enter__(self) -> ProcessTree:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def _spin(_: int) -> float:
    started = time.perf_counter()
    total = 0
    for i in range(5_000_000):
        total += i * i % 7
    return time.perf_counter() - started


def parallel_capacity(workers: int) -> float:
    """How much faster ``workers`` processes run a pure-Python loop than one, right now: 2.0
    on two idle cores, less when other programs use them (then Dask cannot reach 2x either)."""
    import multiprocessing

    with multiprocessing.get_context("spawn").Pool(workers) as pool:
        pool.map(_spin, range(workers))  # start the processes first
        one = pool.apply(_spin, (0,))
        started = time.perf_counter()
        pool.map(_spin, range(workers), chunksize=1)
        many = time.perf_counter() - started
    return workers * one / many


def run_once(corpus: Path, out: Path, scheduler: str, workers: int | None, partition_size: int) -> dict:
    shutil.rmtree(out, ignore_errors=True)
    load = os.getloadavg()[0]
    with ProcessTree() as tree:
        started = time.perf_counter()
        summary = analyze_corpus(corpus, out, scheduler=scheduler, workers=workers,
                                 partition_size=partition_size, progress=False)
        wall = time.perf_counter() - started
    assert summary.read and not summary.failed_partitions, summary
    return {"scheduler": summary.scheduler, "articles": summary.read, "quotes": summary.quotes,
            "wall": wall, "rate": summary.read / wall, "peak_mb": tree.peak / 2**20, "cpu": tree.cpu,
            "tasks": summary.task_seconds, "load": load}


def profile(corpus: Path, out: Path, n: int, partition_size: int) -> None:
    """Where the single-process time goes: the quote engine, sentiment, sentences, words,
    reading and writing (cProfile, cumulative times; profiling slows everything alike)."""
    head = out.parent / f"head-{n}.jsonl"
    with open(corpus, encoding="utf-8") as src, open(head, "w", encoding="utf-8") as dst:
        for _, line in zip(range(n), src):
            dst.write(line)
    shutil.rmtree(out, ignore_errors=True)
    profiler = cProfile.Profile()
    profiler.enable()
    analyze_corpus(head, out, scheduler="sync", partition_size=partition_size, progress=False)
    profiler.disable()
    stats = pstats.Stats(profiler).stats
    total = max(ct for (_, _, name), (_, _, _, ct, _) in stats.items() if name == "analyze_corpus")

    def cumulative(module: str, function: str) -> float:
        # the compiled engine (mypyc) shows as "<built-in method analysis.quotes._compiled.extract.extract_quotes>"
        compiled = f".{Path(module).stem}.{function}>"
        return sum(ct for (file, _, name), (_, _, _, ct, _) in stats.items()
                   if (name == function and file.replace("\\", "/").endswith(module))
                   or (file == "~" and name.endswith(compiled)))

    def within(caller: str, function: str) -> float:
        """Time in analysis/corpus.py's ``function`` when called by its ``caller``."""
        return sum(ct for (file, _, name), (_, _, _, _, callers) in stats.items()
                   if name == function and file.replace("\\", "/").endswith("analysis/corpus.py")
                   for (_, _, by), (_, _, _, ct) in callers.items() if by == caller)

    parts = [
        ("quote engine (extract_quotes)", cumulative("analysis/quotes/extract.py", "extract_quotes")),
        ("speakers' clues per article (article_speakers)", cumulative("analysis/identity.py", "article_speakers")),
        ("sentiment of quotes (polarity)", cumulative("analysis/sentiment.py", "polarity")),
        ("sentences of articles (sentence_spans)", cumulative("analysis/tokens.py", "sentence_spans")),
        ("words of articles and quotes (words)", cumulative("analysis/tokens.py", "words")),
        ("language detection", cumulative("analysis/language.py", "detect_language")),
        ("reading records (read_partition)", cumulative("analysis/partitions.py", "_read_jsonl")),
        ("planning (plan_partitions)", cumulative("analysis/partitions.py", "plan_partitions")),
        ("writing Parquet parts of partitions", within("_analyse_partition", "_write")
         + within("_analyse_partition", "_table")),
        # (the final step's rewrite of the quotes parts runs in a thread: cProfile does not see it)
        ("final step: identities (_identities)", cumulative("analysis/corpus.py", "_identities")),
        ("final step: speakers table (_speaker_table)", cumulative("analysis/corpus.py", "_speaker_table")),
    ]
    print(f"\nprofile of one process on {n:,} articles ({total:.1f} s under cProfile):")
    for label, seconds in parts:
        print(f"  {label:<48} {seconds:7.2f} s  {100 * seconds / total:5.1f} %")
    rest = total - sum(s for _, s in parts)
    print(f"  {'everything else (pipeline, rows, glue)':<48} {rest:7.2f} s  {100 * rest / total:5.1f} %")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Benchmark `newsquotes corpus` on N synthetic articles: one process against a local "
                    "Dask cluster; prints wall time, articles/s and peak memory of each run.",
        epilog="example: python benchmarks/bench_corpus.py -n 10000 -n 100000 --profile 2000")
    parser.add_argument("-n", "--articles", type=int, action="append", metavar="N",
                        help="corpus size, repeatable (default: 10000)")
    parser.add_argument("--workers", type=int, default=2, metavar="N",
                        help="workers of the local Dask cluster (default: 2)")
    parser.add_argument("--partition-size", type=int, default=1000, metavar="N",
                        help="articles a partition (default: 1000)")
    parser.add_argument("--schedulers", nargs="+", default=["sync", "local"],
                        choices=["sync", "local", "processes"], help="what to run (default: sync local)")
    parser.add_argument("--profile", type=int, default=0, metavar="N",
                        help="also profile one process on the first N articles (default: 0, no profile)")
    parser.add_argument("--work-dir", type=Path, default=None, metavar="DIR",
                        help="keep corpora and results there, and reuse a corpus already built "
                             "(default: a temporary folder, removed)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the synthetic corpus (default: 0)")
    args = parser.parse_args(argv)
    sizes = args.articles or [10_000]
    if min(sizes) < 1 or args.workers < 1 or args.partition_size < 1:
        parser.error("N, --workers and --partition-size must be positive integers")

    work = args.work_dir or Path(tempfile.mkdtemp(prefix="bench-corpus-"))
    work.mkdir(parents=True, exist_ok=True)
    print(f"machine: {psutil.cpu_count()} cores, {psutil.virtual_memory().total / 2**30:.0f} GiB; "
          f"partition size {args.partition_size}; load average {os.getloadavg()[0]:.1f}; "
          f"{args.workers} processes of pure Python run {parallel_capacity(args.workers):.2f}x one")
    try:
        for n in sizes:
            corpus = work / f"synthetic-{n}-{args.seed}.jsonl"
            started = time.perf_counter()
            if not corpus.exists():
                build_corpus(n, corpus, seed=args.seed)
            print(f"\ncorpus: {n:,} articles, {corpus.stat().st_size / 2**20:,.0f} MiB of JSONL "
                  f"(ready in {time.perf_counter() - started:.1f} s)")
            print(f"  {'scheduler':<28} {'wall s':>8} {'articles/s':>11} {'peak MiB':>9} {'speed-up':>9} "
                  f"{'tasks s':>8} {'CPU s':>7} {'load':>5}")
            base = None
            for scheduler in args.schedulers:
                result = run_once(corpus, work / f"out-{n}-{scheduler}", scheduler,
                                  None if scheduler == "sync" else args.workers, args.partition_size)
                base = base or result["rate"]
                print(f"  {result['scheduler']:<28} {result['wall']:8.1f} {result['rate']:11,.0f} "
                      f"{result['peak_mb']:9,.0f} {result['rate'] / base:8.2f}x {result['tasks']:8.1f} "
                      f"{result['cpu']:7.1f} {result['load']:5.1f}", flush=True)
            print(f"  now {args.workers} processes of pure Python run {parallel_capacity(args.workers):.2f}x one")
            if args.profile:
                profile(corpus, work / "out-profile", min(args.profile, n), args.partition_size)
        print("\ntasks s: time inside partition tasks, all workers together; CPU s: CPU time of the "
              "process tree;\nload: the machine's load average before the run (other programs)")
        print(f"targets (2 cores): 100,000 articles in < {TARGET_SECONDS_100K} s "
              f"(> {100_000 / TARGET_SECONDS_100K:,.0f} articles/s); peak < {TARGET_PEAK_MB:,} MiB; "
              f"{args.workers} workers >= {TARGET_SPEEDUP}x one process")
    finally:
        if args.work_dir is None:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":  # the guard matters: Dask's worker processes import this module
    sys.exit(main())
