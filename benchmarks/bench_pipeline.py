"""Benchmark: the streaming ``tables`` pipeline on a large corpus, with its reference pipelines side by side.

    .venv/bin/python benchmarks/bench_pipeline.py [--limit N] [--workers 2] [--sample 2000] [--repeat 2]
        [--data ../shared/corpora/allsides/articles.jsonl.gz] [--text-field content_original]

Prints, in one run:

1. the whole pipeline (:func:`analysis.pipeline.run`: documents, cleaning, sentences, quotes, mentions,
   frequency, keyness by source, shared passages) on the corpus: wall time, MB/s, articles/s, peak resident
   memory of the main process and of the largest worker; then per stage the CPU seconds the workers spent
   in it (summed over workers; divide by the number of workers for its share of the wall time) and the wall
   time of the corpus-level steps done at the end (merging counts, keyness, the shingle index);
2. counting against scikit-learn's ``CountVectorizer`` on the same texts (``fit_transform`` plus per-source
   sums, single process, as ``benchmarks/bench_counting.py`` times it): the ratio CountVectorizer time /
   project counting time (the workers' ``tokens`` and ``frequency`` stages plus the final merge; the token
   scan of the ``tokens`` stage also serves the shingle index), above 1 = project faster;
3. the text stage against the textbook NLTK pipeline on the first ``--sample`` articles: NLTK's
   ``sent_tokenize`` + ``word_tokenize`` + ``FreqDist``, made to run offline (an untrained
   ``PunktSentenceTokenizer`` and ``NLTKWordTokenizer``, which is what ``word_tokenize`` runs after
   ``sent_tokenize``), single process; against the project's text stage (cleaning, paragraphs, sentences,
   tokens, lemma counts: ``pipeline.run`` with ``sentences.csv`` and ``frequency.csv``) on ``--workers``
   processes; ``--repeat`` times each, alternating, the best of each kept (the machine is shared: its speed
   drifts from minute to minute). Ratio = NLTK time / project time. Measured first, before part 1, after one
   project run that is not counted (it loads the compiled kernels and simplemma's dictionary): a process
   that has just run the whole corpus holds a large heap, which the forked workers then write into page by
   page, so measured after part 1 it would time this script, not the text stage that
   ``python -m analysis tables`` runs in a new process (figures in ``benchmarks/RESULTS.md``).

Where the host says so (Linux ``/proc/stat``), each run also prints the core-seconds the host took from this
machine's cores meanwhile ("steal"): time in the wall figures that went to neither the project nor NLTK.

Targets: 37,554 articles in at most 180 s and 4 GiB; counting ratio >= 1; text-stage ratio >= 10. The shared
data is found beside the project (``../shared``), as ``tests/conftest.py`` finds it. Results, with date and
machine: ``benchmarks/RESULTS.md``. This is a benchmark, not a test: never run by pytest.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from itertools import islice
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from nltk import FreqDist  # noqa: E402
from nltk.tokenize import NLTKWordTokenizer  # noqa: E402
from nltk.tokenize.punkt import PunktSentenceTokenizer  # noqa: E402

from analysis import pipeline  # noqa: E402
from analysis.corpus import Fields, iter_records  # noqa: E402
from bench_counting import sklearn as count_vectorizer  # noqa: E402

DATA = SHARED / "corpora" / "allsides" / "articles.jsonl.gz"


def nltk_textbook(texts: list[str]) -> float:
    """Seconds for sent_tokenize + word_tokenize + FreqDist over ``texts`` (offline stand-ins, see above)."""
    sentences, words = PunktSentenceTokenizer(), NLTKWordTokenizer()
    t0 = time.perf_counter()
    freq = FreqDist()
    for text in texts:
        for sentence in sentences.tokenize(text):
            freq.update(w.lower() for w in words.tokenize(sentence))
    return time.perf_counter() - t0


def steal_seconds() -> float | None:
    """Core-seconds this (virtual) machine's cores have waited for the host so far ("steal" in /proc/stat,
    Linux), or ``None`` where that is not known: on a shared host a run's wall time counts what others took."""
    try:
        with open("/proc/stat", encoding="ascii") as f:
            fields = f.readline().split()
        return int(fields[8]) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return None


def stolen_since(before: float | None) -> str:
    """``", N core-s stolen by the host"`` since ``before`` (:func:`steal_seconds`), or "" where unknown."""
    now = steal_seconds()
    return "" if before is None or now is None else f"; {now - before:.1f} core-s stolen by the host"


def compare_text_stage(args: argparse.Namespace, fields: Fields) -> list[str]:
    """Part 3 (see the module docstring), as the lines it prints."""
    size = min(args.sample, args.limit or args.sample)
    sample = [rec.get(args.text_field) or "" for rec in islice(iter_records(args.data), size)]

    def project() -> float:
        with tempfile.TemporaryDirectory() as tmp:
            return pipeline.run(args.data, Path(tmp) / "text", fields, limit=len(sample), workers=args.workers,
                                tables=["sentences.csv", "frequency.csv"]).wall

    lines = [f"   text stage warm-up run (loads the compiled kernels and dictionaries; not counted): project "
             f"{project():.1f} s"]
    nltk_runs, project_runs = [], []
    for _ in range(args.repeat):  # alternating, best kept: the machine's speed drifts
        stolen = steal_seconds()
        nltk_runs.append(nltk_textbook(sample))
        project_runs.append(project())
        lines.append(f"   text stage run: NLTK {nltk_runs[-1]:.1f} s, project {project_runs[-1]:.1f} s"
                     f"{stolen_since(stolen)}")
    lines.append(f"3. text stage on {len(sample)} articles, best of {args.repeat}: NLTK textbook "
                 f"{min(nltk_runs):.1f} s (1 process); project {min(project_runs):.1f} s ({args.workers} workers)   "
                 f"ratio {min(nltk_runs) / min(project_runs):.1f}")
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--text-field", default="content_original")
    ap.add_argument("--source-field", default="source")
    ap.add_argument("--limit", type=int, help="first N articles only (default: all)")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--sample", type=int, default=2000, help="articles for the NLTK text-stage comparison")
    ap.add_argument("--repeat", type=int, default=2, help="text-stage comparison runs (alternating, best kept)")
    args = ap.parse_args(argv)
    fields = Fields(text=args.text_field, source=args.source_field)

    text_stage = compare_text_stage(args, fields)  # first: see the module docstring
    stolen = steal_seconds()
    with tempfile.TemporaryDirectory() as tmp:
        stats = pipeline.run(args.data, Path(tmp) / "all", fields, limit=args.limit, workers=args.workers)
    stolen = stolen_since(stolen)
    mb = stats.chars / 1e6
    print(f"1. pipeline on {stats.documents} articles ({mb:.1f} M characters) of {args.data.name}, "
          f"{args.workers} workers")
    print(f"   wall {stats.wall:.1f} s   {mb / stats.wall:.2f} MB/s   {stats.documents / stats.wall:.0f} articles/s   "
          f"peak memory: main {stats.peak_main_mib:.0f} MiB, largest worker {stats.peak_worker_mib:.0f} MiB")
    print(f"   CPU seconds: main process {stats.cpu_main:.1f}, workers and keyness process {stats.cpu_children:.1f}, "
          f"together {stats.cpu_main + stats.cpu_children:.1f} ({args.workers} cores x wall = "
          f"{args.workers * stats.wall:.1f}{stolen})")
    print("   worker CPU seconds per stage (sum over workers):")
    for stage, sec in stats.stage_seconds.items():
        print(f"     {stage:<10} {sec:7.1f} s   {mb / sec if sec else float('inf'):8.2f} MB/s per core")
    print("   corpus-level steps at the end (wall):")
    for stage, sec in stats.final_seconds.items():
        peak = stats.final_peak_mib.get(stage)
        print(f"     {stage:<10} {sec:7.1f} s" + (f"   main-process peak memory so far {peak:.0f} MiB" if peak else
                                                 "   (in a forked process, while the main process found passages)"))
    print("   rows: " + ", ".join(f"{k} {v}" for k, v in stats.rows.items()))

    texts, sources = [], []
    for rec in islice(iter_records(args.data), args.limit):
        texts.append(rec.get(args.text_field) or "")
        sources.append(rec.get(args.source_field) or "")
    cv_seconds, _ = count_vectorizer(texts, sources)
    merge = sum(sec for step, sec in stats.final_seconds.items() if step.startswith("frequency"))
    ours = (stats.stage_seconds["tokens"] + stats.stage_seconds["frequency"]) / args.workers + merge
    print(f"2. counting: CountVectorizer {cv_seconds:.1f} s (1 process); project {ours:.1f} s "
          f"(tokens + frequency stages on {args.workers} workers + merge)   ratio {cv_seconds / ours:.2f}")

    print("\n".join(text_stage))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
