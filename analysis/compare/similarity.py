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

Both are computed with sparse matrix products. Up to :data:`MAX_ALL_PAIRS` documents
:func:`similarity_table` lists every pair; above it, the number of pairs grows with the square of the corpus
(a 37,554-article archive has 705 million), so it lists each document's :data:`TOP_K` nearest neighbours
(:func:`nearest_neighbours`, computed in row blocks of the sparse product, never holding all pairs).
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
from analysis.compare.passages import _doc_texts, shingle_hashes
from analysis.corpus import Corpus

SHINGLE = 5
SIMILARITY_COLUMNS = ["doc_a", "doc_b", "cosine_tfidf", "jaccard_5gram"]
MAX_ALL_PAIRS = 300
"""Above this many documents :func:`similarity_table` returns each document's :data:`TOP_K` neighbours
instead of all ``n (n - 1) / 2`` pairs (300 documents: 44,850 pairs)."""
TOP_K = 10
"""Neighbours per document kept by :func:`similarity_table` above :data:`MAX_ALL_PAIRS` documents."""
BLOCK_CELLS = 8_000_000
"""Cells (rows x documents) of one dense block of similarities in :func:`nearest_neighbours` (64 MB)."""
MEASURES = {"cosine_tfidf": "cosine similarity of TF-IDF vectors", "jaccard_5gram": "Jaccard similarity of word 5-grams"}


def _token_lists(corpus: Corpus | pd.DataFrame) -> list[list[str]]:
    """The project tokens (:func:`analysis.text.tokens`) of each document's cleaned text, once for both measures."""
    _, texts, _ = _doc_texts(corpus)
    return [textlib.tokens(text) for text in texts]


def _lemma_lists(token_lists: list[list[str]]) -> list[list[str]]:
    memo: dict[str, str | None] = {}  # a token's lemma (None: not a content word) depends on the token alone
    out = []
    for toks in token_lists:
        for t in dict.fromkeys(toks):
            if t not in memo:
                memo[t] = textlib.lemma(t) if _tokens.is_content(t) else None
        out.append([w for w in map(memo.__getitem__, toks) if w is not None])
    return out


def _token_ids(token_lists: list[list[str]]) -> list[np.ndarray]:
    """One id per distinct lower-cased token, numbered in order of first occurrence."""
    vocab: dict[str, int] = {}
    memo: dict[str, int] = {}
    out = []
    for toks in token_lists:
        for t in dict.fromkeys(toks):
            if t not in memo:
                memo[t] = vocab.setdefault(t.lower(), len(vocab))
        out.append(np.fromiter(map(memo.__getitem__, toks), dtype=np.uint64, count=len(toks)))
    return out


def tfidf_vectors(corpus: Corpus | pd.DataFrame, token_lists: list[list[str]] | None = None
                  ) -> tuple[sparse.csr_matrix, list[str]]:
    """L2-normalised TF-IDF rows (one per document) over content-word lemmas, and the vocabulary."""
    vec = TfidfVectorizer(analyzer=lambda doc: doc, lowercase=False)
    x = vec.fit_transform(_lemma_lists(token_lists if token_lists is not None else _token_lists(corpus)))
    return x.tocsr(), list(vec.get_feature_names_out())


def shingle_matrix(corpus: Corpus | pd.DataFrame, k: int = SHINGLE, token_lists: list[list[str]] | None = None
                   ) -> sparse.csr_matrix:
    """Binary document x shingle matrix of word ``k``-grams (hashed to 64 bits)."""
    ids = _token_ids(token_lists if token_lists is not None else _token_lists(corpus))
    sets = [_sorted_unique(shingle_hashes(x, k)) for x in ids]
    if not sets:
        return sparse.csr_matrix((0, 0))
    h = np.concatenate(sets)
    rows = np.repeat(np.arange(len(sets)), [len(x) for x in sets])
    order = np.argsort(h, kind="stable")
    new = np.r_[True, h[order][1:] != h[order][:-1]] if len(h) else np.empty(0, dtype=bool)
    cols = np.empty(len(h), dtype=np.int64)
    cols[order] = np.cumsum(new) - 1  # column = rank of the hash among the corpus's distinct hashes
    return sparse.csr_matrix((np.ones(len(cols), dtype=np.float64), (rows, cols)), shape=(len(sets), int(new.sum())))


def _sorted_unique(h: np.ndarray) -> np.ndarray:
    h = np.sort(h)
    return h[np.r_[True, h[1:] != h[:-1]]] if len(h) else h


def _jaccard(s: sparse.csr_matrix, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    sizes = np.asarray(s.sum(axis=1)).ravel()
    inter = np.asarray(s[a].multiply(s[b]).sum(axis=1)).ravel()
    union = sizes[a] + sizes[b] - inter
    return np.divide(inter, union, out=np.zeros_like(inter), where=union > 0)


def _cosine(x: sparse.csr_matrix, a: np.ndarray, b: np.ndarray, batch: int = 50_000) -> np.ndarray:
    """``x[a] . x[b]`` row by row (the same arithmetic for all pairs and for neighbours), in batches of pairs."""
    out = [np.asarray(x[a[i:i + batch]].multiply(x[b[i:i + batch]]).sum(axis=1)).ravel()
           for i in range(0, len(a), batch)]
    return np.concatenate(out) if out else np.empty(0)


def similarity_table(corpus: Corpus | pd.DataFrame, k: int = SHINGLE, top_k: int = TOP_K,
                     max_all_pairs: int = MAX_ALL_PAIRS) -> pd.DataFrame:
    """Pairs of documents (``doc_a`` before ``doc_b`` in corpus order, each pair once):
    :data:`SIMILARITY_COLUMNS`, sorted by ``cosine_tfidf`` (highest first), then ``doc_a, doc_b``.

    Up to ``max_all_pairs`` documents (:data:`MAX_ALL_PAIRS`, 300) every pair is listed. **Above it only each
    document's ``top_k`` (:data:`TOP_K`, 10) nearest neighbours by TF-IDF cosine are listed** (the pairs of
    :func:`nearest_neighbours`, a pair once even when each is the other's neighbour), so the table grows
    linearly, not quadratically, with the corpus: pairs not listed are less alike than every listed pair of
    both their documents. Read it as "most similar articles of each", not as the distribution of all pairs.
    """
    doc_ids, _, _ = _doc_texts(corpus)
    n = len(doc_ids)
    if n > max_all_pairs:
        nn = nearest_neighbours(corpus, top_k=top_k, k=k)
        pos = {d: i for i, d in enumerate(doc_ids)}
        ia, ib = nn["doc_a"].map(pos).to_numpy(), nn["doc_b"].map(pos).to_numpy()
        out = nn.assign(doc_a=np.where(ia < ib, nn["doc_a"], nn["doc_b"]), doc_b=np.where(ia < ib, nn["doc_b"], nn["doc_a"]))
        out = out.drop_duplicates(["doc_a", "doc_b"])[SIMILARITY_COLUMNS]
        return out.sort_values(["cosine_tfidf", "doc_a", "doc_b"], ascending=[False, True, True]).reset_index(drop=True)
    toks = _token_lists(corpus)
    x, _ = tfidf_vectors(corpus, toks)
    a, b = np.triu_indices(n, 1)
    cos = np.asarray(x[a].multiply(x[b]).sum(axis=1)).ravel()
    jac = _jaccard(shingle_matrix(corpus, k, toks), a, b)
    out = pd.DataFrame({"doc_a": np.array(doc_ids, dtype=object)[a], "doc_b": np.array(doc_ids, dtype=object)[b],
                        "cosine_tfidf": cos.round(6), "jaccard_5gram": jac.round(6)}, columns=SIMILARITY_COLUMNS)
    return out.sort_values(["cosine_tfidf", "doc_a", "doc_b"], ascending=[False, True, True]).reset_index(drop=True)


def _top_k_rows(sims: np.ndarray, kk: int) -> np.ndarray:
    """Column indices of the ``kk`` largest values of each row of ``sims``, ordered by value (highest first)
    then column; ties at the cut-off go to the lowest columns, so the choice is deterministic."""
    rows = sims.shape[0]
    kth = np.partition(sims, sims.shape[1] - kk, axis=1)[:, sims.shape[1] - kk]  # kk-th largest per row
    above = sims > kth[:, None]
    need = kk - above.sum(axis=1)
    at = sims == kth[:, None]
    at &= np.cumsum(at, axis=1) <= need[:, None]
    cols = np.nonzero(above | at)[1].reshape(rows, kk)  # row-major: columns ascending within a row
    vals = np.take_along_axis(sims, cols, axis=1)
    order = np.lexsort((cols, -vals), axis=1)
    return np.take_along_axis(cols, order, axis=1)


def nearest_neighbours(corpus: Corpus | pd.DataFrame, top_k: int = 5, k: int = SHINGLE,
                       chunk: int | None = None) -> pd.DataFrame:
    """Each document's ``top_k`` most similar others by TF-IDF cosine: ``doc_a, doc_b, rank`` plus both
    measures (``cosine_tfidf`` computed as in :func:`similarity_table`). Ties go to the document first in
    corpus order. The cosines are sparse matrix products ``X[block] @ X.T`` of ``chunk`` rows at a time
    (default: :data:`BLOCK_CELLS` / documents), the top-k of a block found with :func:`numpy.argpartition`
    (via :func:`numpy.partition`), so memory stays O(chunk x documents); the 5-gram Jaccard is computed for
    the chosen pairs only. Sorted by ``doc_a`` (corpus order) and ``rank``."""
    doc_ids, _, _ = _doc_texts(corpus)
    toks = _token_lists(corpus)
    x, _ = tfidf_vectors(corpus, toks)
    s = shingle_matrix(corpus, k, toks)
    del toks
    n = len(doc_ids)
    kk = max(0, min(top_k, n - 1))
    chunk = chunk or max(1, BLOCK_CELLS // max(n, 1))
    xt = x.T.tocsc()
    sizes = np.asarray(s.sum(axis=1)).ravel()
    a_parts, b_parts, inter_parts = [], [], []
    for lo in range(0, n if kk else 0, chunk):
        hi = min(lo + chunk, n)
        sims = (x[lo:hi] @ xt).toarray()
        sims[np.arange(hi - lo), np.arange(lo, hi)] = -np.inf
        cols = _top_k_rows(sims, kk)
        rows = np.repeat(np.arange(lo, hi), kk)
        inter = s[rows].multiply(s[cols.ravel()]).sum(axis=1)  # shared shingles of the chosen pairs only
        a_parts.append(rows)
        b_parts.append(cols.ravel())
        inter_parts.append(np.asarray(inter).ravel())
    a = np.concatenate(a_parts) if a_parts else np.empty(0, dtype=np.int64)
    b = np.concatenate(b_parts) if b_parts else np.empty(0, dtype=np.int64)
    inter = np.concatenate(inter_parts) if inter_parts else np.empty(0)
    union = sizes[a] + sizes[b] - inter
    jac = np.divide(inter, union, out=np.zeros_like(inter, dtype=float), where=union > 0)
    ids = np.array(doc_ids, dtype=object)
    return pd.DataFrame({"doc_a": ids[a], "doc_b": ids[b], "rank": np.tile(np.arange(1, kk + 1), n if kk else 0),
                         "cosine_tfidf": _cosine(x, a, b).round(6), "jaccard_5gram": jac.round(6)})


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
