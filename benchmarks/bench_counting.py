"""Benchmark: counting terms per source, the project's way vs scikit-learn's CountVectorizer, side by side.

    .venv/bin/python benchmarks/bench_counting.py [--limit 10000] [--repeat 3] [--form lower lemma]
        [--data ../shared/corpora/allsides/articles.jsonl.gz]

Reads the first ``--limit`` articles (text field ``content_original``, source field ``source``) of the
AllSides corpus (Baly et al. 2020; read in place, never copied into the project), then times, alternating,
``--repeat`` times each (best time kept, as other processes share the machine):

(a) the project's path, :class:`analysis.frequency.TermCounter`: analysed text -> lower case -> tokens
    (:data:`analysis.text.TOKEN_RE`) -> per-source tallies -> terms (``--form``: ``lower`` is what
    CountVectorizer counts, ``lemma`` adds lemmatisation, with simplemma's cache emptied before each run)
    -> a tidy ``source, term, count`` table.
    It is timed from the analysed text (what :func:`analysis.corpus.load_corpus` stores and
    :func:`analysis.frequency.frequency_table` reads) and, separately, the character normalisation that
    loading applies first (:func:`analysis.cleaning.normalise`), so both ratios are printed;
(b) ``CountVectorizer().fit_transform(texts)`` on the raw texts, then per-source sums (a sparse
    source x document indicator matrix times the document-term matrix).

The ratio printed is CountVectorizer time / project time: above 1 means the project is faster.
This is a benchmark, not a test: it takes about a minute and is never run by pytest.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"  # the shared data beside the project, as tests/conftest.py finds it
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
import scipy.sparse as sp  # noqa: E402
from sklearn.feature_extraction.text import CountVectorizer  # noqa: E402

from analysis import cleaning  # noqa: E402
from analysis.corpus import iter_records  # noqa: E402
from analysis.frequency import TermCounter  # noqa: E402
from analysis.text import lemma  # noqa: E402

DATA = SHARED / "corpora" / "allsides" / "articles.jsonl.gz"


def load(path: Path, limit: int) -> tuple[list[str], list[str]]:
    texts, sources = [], []
    for record in iter_records(path):
        if len(texts) >= limit:
            break
        texts.append(record.get("content_original") or "")
        sources.append(record.get("source") or "")
    return texts, sources


def project(texts: list[str], sources: list[str], form: str) -> tuple[float, tuple[int, int]]:
    lemma.cache_clear()  # every run starts cold, as a new process would
    t0 = time.perf_counter()
    table = TermCounter(form=form).add_many(sources, texts).table()  # tidy source, term, count
    return time.perf_counter() - t0, (table["key"].nunique(), table["term"].nunique())


def normalise(raw: list[str]) -> tuple[float, list[str]]:
    t0 = time.perf_counter()
    out = [cleaning.normalise(t) for t in raw]
    return time.perf_counter() - t0, out


def sklearn(texts: list[str], sources: list[str]) -> tuple[float, sp.csr_matrix]:
    t0 = time.perf_counter()
    doc_term = CountVectorizer().fit_transform(texts)
    labels, codes = np.unique(np.asarray(sources, dtype=object), return_inverse=True)
    member = sp.csr_matrix((np.ones(len(codes)), (codes, np.arange(len(codes)))), shape=(len(labels), len(codes)))
    per_source = (member @ doc_term).tocsr()
    return time.perf_counter() - t0, per_source


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--limit", type=int, default=10_000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--form", nargs="+", default=["lower", "lemma"], choices=["lemma", "lower", "token"],
                    help="term forms to time (lower: lower-cased surface forms, what CountVectorizer counts)")
    args = ap.parse_args(argv)

    raw, sources = load(args.data, args.limit)
    words = sum(len(t.split()) for t in raw)
    print(f"{len(raw)} articles, {len(set(sources))} sources, {sum(map(len, raw)) / 1e6:.1f} M characters, "
          f"{words / 1e6:.2f} M white-space words ({args.data.name})")

    best = dict.fromkeys(["normalise", "sklearn", *args.form], np.inf)
    shapes = {}
    for i in range(args.repeat):
        times = {}
        times["normalise"], texts = normalise(raw)
        for form in args.form:
            times[form], shapes[form] = project(texts, sources, form)
        times["sklearn"], matrix = sklearn(raw, sources)
        shapes["sklearn"] = matrix.shape
        best = {k: min(best[k], times[k]) for k in best}
        print(f"run {i + 1}: " + ", ".join(f"{k} {v:.2f} s" for k, v in times.items()))
    print("per-source term counts: " + "; ".join(f"{k}: {s[0]} sources x {s[1]} terms" for k, s in shapes.items()))
    print(f"best of {args.repeat} (seconds):")
    print(f"  (b) CountVectorizer fit_transform + per-source sums   {best['sklearn']:7.2f}")
    print(f"      cleaning.normalise (done once, by load_corpus)   {best['normalise']:7.2f}")
    for form in args.form:
        print(f"  (a) project counting, form={form:<6} from analysed text {best[form]:7.2f}   "
              f"ratio CountVectorizer/project {best['sklearn'] / best[form]:.2f} "
              f"({best['sklearn'] / (best[form] + best['normalise']):.2f} with normalisation)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
