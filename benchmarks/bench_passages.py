"""Benchmark the shared-passage finder and the similarity table (top-k neighbours) on thousands of articles.

    .venv/bin/python benchmarks/bench_passages.py --limit 5000
    .venv/bin/python benchmarks/bench_passages.py --limit 0 --skip-passages     # all 37,554 articles
    .venv/bin/python benchmarks/bench_passages.py --limit 0 --skip-similarity --trace

Reads the first ``--limit`` articles (0: all) of the AllSides corpus (text field ``content_original``) with
:func:`analysis.corpus.load_corpus`, then times :func:`analysis.compare.find_passages` and
:func:`analysis.compare.similarity_table` (which above ``MAX_ALL_PAIRS`` documents lists each document's
``--top-k`` nearest neighbours, :func:`analysis.compare.nearest_neighbours`); prints wall time and peak memory
(ru_maxrss of the process). With ``--trace`` the documents are tokenised first
(:func:`analysis.compare.passages.tokenize_corpus`) and the search on those token arrays
(:func:`analysis.compare.passages.passages_from_tokens`) runs under :mod:`tracemalloc`: its traced peak (NumPy's
arrays included, the token arrays given to it excluded) in bytes a token, the figure the module docstring
states.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
import tracemalloc
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"  # the shared data beside the project, as tests/conftest.py finds it
sys.path.insert(0, str(ROOT))

from analysis.compare import find_passages, similarity_table  # noqa: E402
from analysis.compare.passages import _doc_texts, passages_from_tokens, tokenize_corpus  # noqa: E402
from analysis.corpus import Fields, load_corpus  # noqa: E402

DEFAULT = SHARED / "corpora" / "allsides" / "articles.jsonl.gz"


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--corpus", type=Path, default=DEFAULT)
    p.add_argument("--limit", type=int, default=5000)
    p.add_argument("--min-words", type=int, default=8)
    p.add_argument("--top-k", type=int, default=10)
    p.add_argument("--skip-similarity", action="store_true")
    p.add_argument("--skip-passages", action="store_true")
    p.add_argument("--trace", action="store_true", help="trace the memory of the search per token (tracemalloc)")
    args = p.parse_args(argv)
    warnings.simplefilter("ignore")
    t0 = time.perf_counter()
    corpus = load_corpus(args.corpus, Fields(text="content_original", id="ID", source="source"), limit=args.limit or None)
    t1 = time.perf_counter()
    print(f"loaded {len(corpus)} articles in {t1 - t0:.1f} s (peak memory {peak_mb():.0f} MB)")
    t2 = t1
    if not args.skip_passages and args.trace:
        doc_ids, texts, _ = _doc_texts(corpus)
        starts, ends, ids = tokenize_corpus(texts)
        tokens = sum(len(x) for x in ids)
        t1 = time.perf_counter()
        tracemalloc.start()
        passages = passages_from_tokens(doc_ids, starts, ends, ids, None, min_words=args.min_words)  # no texts
        traced = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        print(f"search on {tokens} tokens: traced peak {traced / 2**20:.0f} MiB, {traced / tokens:.1f} bytes a token")
    elif not args.skip_passages:
        passages = find_passages(corpus, min_words=args.min_words)
    if not args.skip_passages:
        t2 = time.perf_counter()
        pairs = passages[["doc_a", "doc_b"]].drop_duplicates()
        print(f"find_passages: {len(passages)} passages >= {args.min_words} words in {len(pairs)} document pairs, "
              f"{t2 - t1:.1f} s wall (peak memory {peak_mb():.0f} MB)")
    if not args.skip_similarity:
        table = similarity_table(corpus, top_k=args.top_k)
        t3 = time.perf_counter()
        print(f"similarity_table: {len(table)} pairs for {len(corpus)} articles (top-{args.top_k} neighbours above "
              f"the all-pairs limit) in {t3 - t2:.1f} s wall (peak memory {peak_mb():.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
