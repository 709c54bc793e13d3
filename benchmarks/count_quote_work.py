"""Work of the quotation extractor counted in Python bytecode instructions, a measure that does not drift.

    .venv/bin/python benchmarks/count_quote_work.py [TREE ...] [--limit 300] [--top 0]
        [--data ../shared/corpora/allsides/articles.jsonl.gz]

For each project tree given (default: this one; give another checkout, e.g. a ``git worktree`` of an older
commit, to compare), runs :func:`analysis.quotes.document_quotes` on the first ``--limit`` articles of the
corpus (text field ``content_original``) once as a warm-up, then once under :func:`sys.settrace` with
``f_trace_opcodes`` set, and prints the number of bytecode instructions executed in Python code (the
project's and any library's), the rows found, and with ``--top N`` the N functions that executed most.

Why: on a shared 2-core machine CPU time of the same code drifts by tens of per cent from run to run, so a
change of a few per cent to the rules cannot be timed reliably; the instruction count is the same on every
run. It is a proxy: it leaves out time spent inside compiled code (NumPy, the regular expression engine,
the scanner's kernels) and weighs every instruction alike, so confirm the conclusion with CPU time of the
whole pipeline (``bench_pipeline.py``) when the machine is quiet. Each tree runs in its own process (its
``analysis`` package imported from that tree).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_DATA = HERE.parent.parent / "shared" / "corpora" / "allsides" / "articles.jsonl.gz"


def count(data: str, limit: int, top: int) -> None:
    """Count the instructions of ``document_quotes`` on the first ``limit`` articles (this process's
    ``analysis``), and print them."""
    import warnings

    from analysis.corpus import Fields, load_corpus
    import analysis.quotes as quotes

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        corpus = load_corpus(data, Fields(text="content_original"), limit=limit)
    paras = corpus.paragraphs
    spans: dict[str, list[tuple[int, int]]] = {}
    for d, s, e in zip(paras["doc_id"].tolist(), paras["start"].tolist(), paras["end"].tolist()):
        spans.setdefault(d, []).append((s, e))
    docs = [(t, r, spans.get(d, [])) for d, r, t in
            zip(corpus.documents["doc_id"], corpus.documents["raw"], corpus.documents["text"])]
    verbs = quotes._verbs(None)
    for t, r, p in docs:  # warm-up: compiled kernels, word tables and caches, as a worker has them
        quotes.document_quotes(t, r, p, verbs)
    ops: Counter = Counter()

    def tracer(frame, event, arg):
        frame.f_trace_opcodes = True
        key = f"{Path(frame.f_code.co_filename).name}:{frame.f_code.co_name}"

        def local(frame, event, arg):
            if event == "opcode":
                ops[key] += 1
            return local
        return local

    sys.settrace(tracer)
    rows = sum(len(quotes.document_quotes(t, r, p, verbs)) for t, r, p in docs)
    sys.settrace(None)
    print(f"{os.getcwd()}: {sum(ops.values()):,} instructions, {rows:,} rows, {len(docs)} articles")
    for key, n in ops.most_common(top):
        print(f"{n:12,d}  {key}")


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("trees", nargs="*", help="project trees to compare (default: this one)")
    ap.add_argument("--limit", type=int, default=300)
    ap.add_argument("--top", type=int, default=0)
    ap.add_argument("--data", default=str(DEFAULT_DATA))
    ap.add_argument("--here", action="store_true", help=argparse.SUPPRESS)  # count in this process
    args = ap.parse_args(argv)
    if args.here:
        count(args.data, args.limit, args.top)
        return
    for tree in args.trees or [str(HERE.parent)]:
        tree = str(Path(tree).resolve())
        subprocess.run([sys.executable, str(Path(__file__).resolve()), "--here", "--limit", str(args.limit),
                        "--top", str(args.top), "--data", str(Path(args.data).resolve())],
                       cwd=tree, env={**os.environ, "PYTHONPATH": tree}, check=True)


if __name__ == "__main__":
    main()
