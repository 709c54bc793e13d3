"""How alike the articles are: cosine similarity of TF-IDF vectors and Jaccard similarity of word 5-gram shingles.

* **Cosine on TF-IDF** (Salton & Buckley 1988): each document is a vector of its content-word lemmas
  (:func:`analysis.text.lemma`, stopwords of :func:`analysis.text.load_stopwords` removed) weighted
  ``tf * idf`` with scikit-learn's smoothed ``idf = ln((1 + n) / (1 + df)) + 1`` and L2-normalised;
  ``cos(a, b) = a . b``. It measures shared vocabulary: articles on one story score high even when written
  independently.
* **Jaccard on word 5-gram shingles** (Broder 1997, "On the resemblance and containment of documents"):
  ``J(A, B) = |S(A) & S(B)| / |S(A) | S(B)|`` where ``S`` is the set of runs of 5 consecutive lower-cased
  tokens (all words, stopwords included). It measures shared *wording*: independent articles score near 0,
  copies near 1.

Both are computed with sparse matrix products, so all pairs of a few thousand documents cost a few seconds;
:func:`nearest_neighbours` keeps only each document's top-k.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from scipy import sparse
from scipy.cluster import hierarchy
from scipy.spatial.distance import squareform
from sklearn.feature_extraction.text import TfidfVectorizer

from analysis import text as textlib
from analysis.compare import _tokens
from analysis.compare.passages import _doc_texts, shingle_hashes, tokenize_corpus
from analysis.corpus import Corpus

SHINGLE = 5
SIMILARITY_COLUMNS = ["doc_a", "doc_b", "cosine_tfidf", "jaccard_5gram"]
MEASURES = {"cosine_tfidf": "cosine similarity of TF-IDF vectors", "jaccard_5gram": "Jaccard similarity of word 5-grams"}


def _lemma_lists(texts: list[str]) -> list[list[str]]:
    return [[textlib.lemma(t) for t in textlib.tokens(text) if _tokens.is_content(t)] for text in texts]


def tfidf_vectors(corpus: Corpus | pd.DataFrame) -> tuple[sparse.csr_matrix, list[str]]:
    """L2-normalised TF-IDF rows (one per document) over content-word lemmas, and the vocabulary."""
    _, texts, _ = _doc_texts(corpus)
    vec = TfidfVectorizer(analyzer=lambda doc: doc, lowercase=False)
    x = vec.fit_transform(_lemma_lists(texts))
    return x.tocsr(), list(vec.get_feature_names_out())


def shingle_matrix(corpus: Corpus | pd.DataFrame, k: int = SHINGLE) -> sparse.csr_matrix:
    """Binary document x shingle matrix of word ``k``-grams (hashed to 64 bits)."""
    _, texts, _ = _doc_texts(corpus)
    _, _, ids = tokenize_corpus(texts)
    sets = [np.unique(shingle_hashes(x, k)) for x in ids]
    allh = np.unique(np.concatenate(sets)) if sets else np.empty(0, dtype=np.uint64)
    cols = np.concatenate([np.searchsorted(allh, s) for s in sets]) if sets else np.empty(0, dtype=np.int64)
    rows = np.concatenate([np.full(len(s), d) for d, s in enumerate(sets)]) if sets else np.empty(0, dtype=np.int64)
    return sparse.csr_matrix((np.ones(len(cols), dtype=np.float64), (rows, cols)), shape=(len(sets), len(allh)))


def _jaccard(s: sparse.csr_matrix, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    sizes = np.asarray(s.sum(axis=1)).ravel()
    inter = np.asarray(s[a].multiply(s[b]).sum(axis=1)).ravel()
    union = sizes[a] + sizes[b] - inter
    return np.divide(inter, union, out=np.zeros_like(inter), where=union > 0)


def similarity_table(corpus: Corpus | pd.DataFrame, k: int = SHINGLE) -> pd.DataFrame:
    """Every pair of documents once (``doc_a`` before ``doc_b`` in corpus order): :data:`SIMILARITY_COLUMNS`,
    sorted by ``cosine_tfidf`` (highest first), then ``doc_a, doc_b``. Quadratic in documents: for thousands
    use :func:`nearest_neighbours`."""
    doc_ids, _, _ = _doc_texts(corpus)
    x, _ = tfidf_vectors(corpus)
    a, b = np.triu_indices(len(doc_ids), 1)
    cos = np.asarray(x[a].multiply(x[b]).sum(axis=1)).ravel()
    jac = _jaccard(shingle_matrix(corpus, k), a, b)
    out = pd.DataFrame({"doc_a": np.array(doc_ids, dtype=object)[a], "doc_b": np.array(doc_ids, dtype=object)[b],
                        "cosine_tfidf": cos.round(6), "jaccard_5gram": jac.round(6)}, columns=SIMILARITY_COLUMNS)
    return out.sort_values(["cosine_tfidf", "doc_a", "doc_b"], ascending=[False, True, True]).reset_index(drop=True)


def nearest_neighbours(corpus: Corpus | pd.DataFrame, top_k: int = 5, k: int = SHINGLE,
                       chunk: int = 1000) -> pd.DataFrame:
    """Each document's ``top_k`` most similar others by TF-IDF cosine: ``doc_a, doc_b, rank`` plus both
    measures. Rows of the sparse product are computed ``chunk`` documents at a time, so memory stays
    O(chunk x documents). Sorted by ``doc_a`` (corpus order) and ``rank``."""
    doc_ids, _, _ = _doc_texts(corpus)
    x, _ = tfidf_vectors(corpus)
    s = shingle_matrix(corpus, k)
    n = len(doc_ids)
    kk = min(top_k, n - 1)
    rows_a, rows_b, ranks = [], [], []
    for lo in range(0, n, chunk):
        sims = (x[lo:lo + chunk] @ x.T).toarray()
        for r in range(sims.shape[0]):
            sims[r, lo + r] = -1.0
        idx = np.argpartition(-sims, kk - 1, axis=1)[:, :kk] if kk > 0 else np.empty((sims.shape[0], 0), int)
        for r in range(sims.shape[0]):
            cand = sorted(idx[r], key=lambda j: (-sims[r, j], j))
            rows_a += [lo + r] * len(cand)
            rows_b += cand
            ranks += list(range(1, len(cand) + 1))
    a, b = np.array(rows_a, dtype=np.int64), np.array(rows_b, dtype=np.int64)
    cos = np.asarray(x[a].multiply(x[b]).sum(axis=1)).ravel() if len(a) else np.empty(0)
    ids = np.array(doc_ids, dtype=object)
    return pd.DataFrame({"doc_a": ids[a], "doc_b": ids[b], "rank": ranks, "cosine_tfidf": cos.round(6),
                         "jaccard_5gram": _jaccard(s, a, b).round(6) if len(a) else np.empty(0)})


def similarity_matrix(table: pd.DataFrame, measure: str = "cosine_tfidf", order: list[str] | None = None) -> pd.DataFrame:
    """The pair table as a square, symmetric matrix (diagonal 1) with documents in ``order``."""
    ids = order or list(dict.fromkeys([*table["doc_a"], *table["doc_b"]]))
    m = pd.DataFrame(np.eye(len(ids)), index=ids, columns=ids)
    for a, b, v in table[["doc_a", "doc_b", measure]].itertuples(index=False):
        if a in m.index and b in m.index:
            m.loc[a, b] = m.loc[b, a] = v
    return m


def similarity_linkage(matrix: pd.DataFrame) -> np.ndarray:
    """Average-linkage (UPGMA, Sokal & Michener 1958) clustering of the documents on distance ``1 - similarity``;
    the scipy linkage matrix, for a dendrogram."""
    dist = (1.0 - matrix.to_numpy()).clip(min=0)
    np.fill_diagonal(dist, 0.0)
    return hierarchy.linkage(squareform((dist + dist.T) / 2, checks=False), method="average")


def similarity_reading(table: pd.DataFrame, labels: dict[str, str] | None = None) -> list[str]:
    """A plain-language reading of the pair table, one sentence per line.

    Rules of thumb for word 5-gram Jaccard (Broder 1997 used resemblance > 0.5 for near-duplicates):
    >= 0.5 near-copies, >= 0.1 substantial shared wording, >= 0.02 some shared phrases, else written
    independently. Cosine on TF-IDF is read relative to the corpus (most vs least alike pair)."""
    if table.empty:
        return ["Only one document: nothing to compare."]
    name = (lambda d: labels.get(d, d)) if labels else (lambda d: d)
    top = table.iloc[0]
    low = table.sort_values(["cosine_tfidf", "doc_a", "doc_b"]).iloc[0]
    j = table.sort_values(["jaccard_5gram", "doc_a", "doc_b"], ascending=[False, True, True]).iloc[0]
    lines = [
        f"Most alike in vocabulary: {name(top.doc_a)} and {name(top.doc_b)} (cosine {top.cosine_tfidf:.2f}).",
        f"Least alike: {name(low.doc_a)} and {name(low.doc_b)} (cosine {low.cosine_tfidf:.2f}); "
        f"mean over {len(table)} pairs {table.cosine_tfidf.mean():.2f}.",
    ]
    mj = j.jaccard_5gram
    verdict = ("near-copies" if mj >= 0.5 else "substantial shared wording" if mj >= 0.1
               else "some shared phrases" if mj >= 0.02 else "no copied wording: the articles were written independently")
    lines.append(f"Largest share of identical 5-word runs: {name(j.doc_a)} and {name(j.doc_b)} "
                 f"(Jaccard {mj:.3f}): {verdict}.")
    return lines
