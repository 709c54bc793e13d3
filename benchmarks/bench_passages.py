"""Benchmark the shared-passage finder (and top-k similarity) on thousands of articles.

    .venv/bin/python benchmarks/bench_passages.py --limit 5000

Reads the first ``--limit`` articles of the AllSides corpus (text field ``content_original``) with
:func:`analysis.corpus.load_corpus`, then times :func:`analysis.compare.find_passages` and
:func:`analysis.compare.nearest_neighbours`; prints wall time and peak memory (ru_maxrss of the process).
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from analysis.compare import find_passages, nearest_neighbours  # noqa: E402
from analysis.corpus import Fields, load_corpus  # noqa: E402

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "allsides" / "articles.jsonl.gz"


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--corpus", type=Path, default=DEFAULT)
    p.add_argument("--limit", type=int, default=5000)
    p.add_argument("--min-words", type=int, default=8)
    p.add_argument("--top-k", type=int, default=5)
    p.add_argument("--skip-similarity", action="store_true")
    args = p.parse_args(argv)
    warnings.simplefilter("ignore")
    t0 = time.perf_counter()
    corpus = load_corpus(args.corpus, Fields(text="content_original", id="ID", source="source"), limit=args.limit)
    t1 = time.perf_counter()
    print(f"loaded {len(corpus)} articles in {t1 - t0:.1f} s (peak memory {peak_mb():.0f} MB)")
    passages = find_passages(corpus, min_words=args.min_words)
    t2 = time.perf_counter()
    pairs = passages[["doc_a", "doc_b"]].drop_duplicates()
    print(f"find_passages: {len(passages)} passages >= {args.min_words} words in {len(pairs)} document pairs, "
          f"{t2 - t1:.1f} s wall (peak memory {peak_mb():.0f} MB)")
    if not args.skip_similarity:
        nn = nearest_neighbours(corpus, top_k=args.top_k)
        t3 = time.perf_counter()
        print(f"nearest_neighbours: top-{args.top_k} for {nn['doc_a'].nunique()} articles in {t3 - t2:.1f} s wall "
              f"(peak memory {peak_mb():.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
