"""Distinctive vocabulary: which terms one source uses more (or less) than another, or than the rest.

Input is a tidy frequency table (:func:`analysis.frequency.frequency_table`: ``source, term, count, words``);
every comparison is a 2 x 2 table per term::

                      target      reference
    term              a           b
    all other words   c = n1 - a  d = n2 - b        (n1, n2: running words of target and reference)

Three statistics, each with counts beside it (never a bare score):

* :func:`log_odds_dirichlet` -- log-odds ratio with an informative Dirichlet prior and its z-score
  (Monroe, Colaresi & Quinn 2008, "Fightin' Words", Political Analysis 16(4): 372-403): the effect
  estimate that shrinks rare terms towards the corpus rate, so a word used twice is not "most distinctive";
* :func:`g2` -- Dunning's log-likelihood G2 (Dunning 1993, Computational Linguistics 19(1): 61-74; the
  4-cell form of Rayson & Garside 2000) with Williams' (1976) correction, and a chi-square(1) p-value;
  :func:`benjamini_hochberg` corrects the p-values of all terms for multiple comparisons (Benjamini &
  Hochberg 1995, JRSS B 57(1): 289-300);
* :func:`log_ratio` -- Hardie's Log Ratio (Hardie 2014, "Log Ratio: an informal introduction", CASS blog):
  ``log2`` of the ratio of relative frequencies, zero counts taken as 0.5; each point is a doubling.

House style is not content: an outlet that writes "Mr. Smith" or "C.I.A." would otherwise have ``mr`` and
``c.i.a.`` among its distinctive terms in every story. The frequency table already counts spelling variants
as one term (:func:`analysis.frequency.term_lemma`: C.I.A. and CIA are ``cia``, e-mail and email ``email``), and
keyness leaves out the honorifics (:func:`house_style_terms`; both lists in ``analysis/data/style_variants.yaml``).

Too little data: a G2 p-value rests on a chi-square approximation that needs expected counts of about 5
or more in every cell (Cochran's rule; Rayson, Berridge & Francis 2004 discuss it for word counts). Rows
where the smallest expected count is below :data:`MIN_EXPECTED` say so in ``note`` and have
``reliable = False``; their log ratio and counts are still shown, their p-value should not be read.
"""

from __future__ import annotations

from typing import Iterable

import numpy as np
import pandas as pd
from scipy import sparse
from scipy.special import chdtrc, erfc

MIN_EXPECTED = 5.0
"""Smallest expected count in the 2 x 2 table for the chi-square approximation of G2 (Cochran's rule)."""

COLUMNS = [
    "source", "reference", "term", "count_target", "count_reference", "words_target", "words_reference",
    "per_1k_target", "per_1k_reference", "log_odds", "log_odds_z", "g2", "g2_p", "g2_p_adj", "log_ratio",
    "expected_min", "reliable", "note",
]


# --- the statistics (vectorised: arrays in, arrays out) ---------------------------------------------------

def log_odds_dirichlet(y_i, y_j, n_i, n_j, prior, alpha0: float | None = None, prior_total: float | None = None):
    """Log-odds ratio with informative Dirichlet prior, Monroe, Colaresi & Quinn (2008), eqs. 16 and 18-20.

    For term ``w`` with counts ``y_i``, ``y_j`` in groups of ``n_i``, ``n_j`` words, and prior counts
    ``alpha_w = alpha0 * prior_w / prior_total``: ``prior`` is the whole corpus's counts and ``prior_total``
    the corpus's running words (default ``sum(prior)``), on the same scale as ``n_i`` and ``n_j`` (words
    outside the table, e.g. stopwords, are part of "all other words" in both). ``alpha0`` defaults to
    ``prior_total``, i.e. the corpus counts as they are (as Jurafsky et al. 2014 use a background corpus;
    here the prior comes from the same corpus, which makes the z-scores conservative)::

        delta_w   = log((y_i + a_w) / (n_i + a0 - y_i - a_w)) - log((y_j + a_w) / (n_j + a0 - y_j - a_w))
        var_w    ~= 1 / (y_i + a_w) + 1 / (y_j + a_w)
        z_w       = delta_w / sqrt(var_w)

    Returns ``(delta, z)``. Positive: the term is more typical of group ``i``.
    """
    y_i, y_j = np.asarray(y_i, float), np.asarray(y_j, float)
    prior = np.asarray(prior, float)
    total = prior.sum() if prior_total is None else float(prior_total)
    a0 = total if alpha0 is None else float(alpha0)
    a_w = a0 * prior / total
    delta = np.log((y_i + a_w) / (n_i + a0 - y_i - a_w)) - np.log((y_j + a_w) / (n_j + a0 - y_j - a_w))
    z = delta / np.sqrt(1 / (y_i + a_w) + 1 / (y_j + a_w))
    return delta, z


def _xlogx_ratio(o, e):
    """``o * ln(o / e)`` with ``0 * ln(0) = 0``."""
    o, e = np.asarray(o, float), np.asarray(e, float)
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(o > 0, o * np.log(np.where(o > 0, o, 1) / e), 0.0)


def expected_counts(a, b, n1, n2):
    """Expected counts ``(E11, E12, E21, E22)`` of the 2 x 2 table under "same rate in both": ``row * col / N``."""
    a, b = np.asarray(a, float), np.asarray(b, float)
    n = n1 + n2
    r1, r2 = a + b, n - a - b
    return r1 * n1 / n, r1 * n2 / n, r2 * n1 / n, r2 * n2 / n


def g2(a, b, n1, n2, williams: bool = True):
    """Dunning's log-likelihood G2 on the 4-cell table (term / other words x target / reference).

    ``G2 = 2 * sum over the 4 cells of O * ln(O / E)``, ``E = row total * column total / N``.
    Williams' correction divides by ``q = 1 + (N * (1/R1 + 1/R2) - 1) * (N * (1/C1 + 1/C2) - 1) / (6 * N)``
    (Williams 1976, Biometrika 63(1): 33-37; for a 2 x 2 table, (r-1)(c-1) = 1), with R the row totals
    (a + b, c + d) and C the column totals (n1, n2). Returns ``(g2, p)`` with ``p`` from chi-square with 1 df.
    G2 is a test statistic, non-negative: read the direction from ``log_ratio``.
    """
    a, b = np.asarray(a, float), np.asarray(b, float)
    c, d = n1 - a, n2 - b
    e11, e12, e21, e22 = expected_counts(a, b, n1, n2)
    stat = 2 * (_xlogx_ratio(a, e11) + _xlogx_ratio(b, e12) + _xlogx_ratio(c, e21) + _xlogx_ratio(d, e22))
    if williams:
        n = n1 + n2
        r1, r2 = a + b, c + d
        q = 1 + (n * (1 / r1 + 1 / r2) - 1) * (n * (1 / n1 + 1 / n2) - 1) / (6 * n)
        stat = stat / q
    stat = np.maximum(stat, 0.0)
    return stat, chi2_sf_1df(stat)


def chi2_sf_1df(x):
    """The chi-square upper tail with 1 degree of freedom, ``P(X > x) = erfc(sqrt(x / 2))``: far cheaper than
    the regularised incomplete gamma function of ``scipy.stats.chi2.sf`` (which would take half of keyness's
    time on a news archive) and equal to it within 6e-14 (relative) on 10^6 values. Far out (``x > 1000``, p < 1e-219) erfc
    underflows to 0 before the true tail does (at about x = 1,415), so there the incomplete gamma is kept
    (``scipy.special.chdtrc``, what chi2.sf computes)."""
    x = np.asarray(x, dtype=float)
    p = np.asarray(erfc(np.sqrt(x / 2)))
    far = x > 1000
    p[far] = chdtrc(1, x[far])
    return p


def benjamini_hochberg(p):
    """Benjamini-Hochberg adjusted p-values (false discovery rate), in the input order.

    Sort the ``m`` p-values ascending, ``p_(k) * m / k``, then a running minimum from the largest down,
    capped at 1 (Benjamini & Hochberg 1995). A term is significant at FDR ``q`` when its adjusted p <= q.
    """
    p = np.asarray(p, float)
    m = len(p)
    if m == 0:
        return p
    order = np.argsort(p, kind="mergesort")
    scaled = p[order] * m / np.arange(1, m + 1)
    adjusted = np.minimum.accumulate(scaled[::-1])[::-1]
    out = np.empty(m)
    out[order] = np.minimum(adjusted, 1.0)
    return out


def log_ratio(a, b, n1, n2, zero: float = 0.5):
    """Hardie's (2014) Log Ratio: ``log2((a / n1) / (b / n2))`` with a zero count replaced by ``zero`` (0.5).

    +1 means the term is twice as frequent (per word) in the target, -1 half as frequent.
    """
    a, b = np.asarray(a, float), np.asarray(b, float)
    a = np.where(a == 0, zero, a)
    b = np.where(b == 0, zero, b)
    return np.log2((a / n1) / (b / n2))


# --- comparisons on a frequency table ---------------------------------------------------------------------

def house_style_terms() -> frozenset:
    """The terms keyness leaves out by default: the honorifics of ``analysis/data/style_variants.yaml``
    (Mr, Mrs, Ms, Dr, ...). Whether an outlet writes "Mr. Smith" or "Smith" is its house style, so they
    would top its distinctive terms in every story it covers."""
    from analysis.frequency import style_variants

    return style_variants().honorifics


class _Counts:
    """The term x group counts of a frequency table, built once: sorted ``terms``, ``groups``, a sparse
    ``matrix`` (terms x groups), the corpus ``prior`` (each term's total) and running ``words`` per group.
    Terms whose lower case is in ``drop`` are left out; their occurrences stay in the running words, as a
    stopword's do (part of "all other words")."""

    def __init__(self, freq: pd.DataFrame, by: str, drop: frozenset = frozenset()):
        term_codes, terms = pd.factorize(freq["term"], sort=True)
        values = freq["count"].to_numpy(float)
        group_codes, groups = pd.factorize(freq[by], sort=True)
        if drop and len(terms):
            dropped = np.asarray(pd.Index(terms).str.lower().isin(drop))
            if dropped.any():
                keep = ~dropped[term_codes]
                term_codes = (np.cumsum(~dropped) - 1)[term_codes[keep]]
                values, group_codes, terms = values[keep], group_codes[keep], terms[~dropped]
        self.terms = terms
        self.groups = list(groups)
        self.matrix = sparse.csc_matrix((values, (term_codes, group_codes)),
                                        shape=(len(self.terms), len(self.groups)))
        self.prior = np.asarray(self.matrix.sum(axis=1)).ravel()
        self.words = freq.groupby(by)["words"].first().reindex(self.groups)

    def column(self, group) -> np.ndarray:
        return self.matrix[:, self.groups.index(group)].toarray().ravel()


def _drop_set(drop: Iterable[str] | None) -> frozenset:
    return house_style_terms() if drop is None else frozenset(str(w).lower() for w in drop)


def keyness(freq: pd.DataFrame, target: str, reference: str | list[str] | None = None, by: str = "source",
            alpha0: float | None = None, min_expected: float = MIN_EXPECTED, drop: Iterable[str] | None = None,
            _counts: _Counts | None = None) -> pd.DataFrame:
    """Keyness of every term for ``target`` against ``reference`` (one group, a list of groups, or ``None``:
    every other group of ``freq``). Columns :data:`COLUMNS`; ``source`` is the target, ``reference`` its
    name (``"rest"`` for every other group). ``g2_p_adj`` is Benjamini-Hochberg over all terms of this
    comparison. The Dirichlet prior is the whole table's counts (all groups, so the same prior serves every
    comparison). Terms in ``drop`` (compared in lower case; default :func:`house_style_terms`, the
    honorifics; ``()`` keeps every term) are left out. Sorted by ``log_odds_z`` (descending), then term.
    """
    counts = _counts or _Counts(freq, by, _drop_set(drop))
    groups, words = counts.groups, counts.words
    if target not in groups:
        raise ValueError(f"no {by} {target!r} in the frequency table; known: {', '.join(map(str, groups))}")
    if reference is None:
        ref_groups, ref_name = [g for g in groups if g != target], "rest"
    elif isinstance(reference, str):
        ref_groups, ref_name = [reference], reference
    else:
        ref_groups, ref_name = list(reference), " + ".join(map(str, reference))
    missing = [g for g in ref_groups if g not in groups]
    if missing or not ref_groups:
        raise ValueError(f"reference {by} not in the frequency table: {', '.join(map(str, missing)) or '(none)'}")
    a = counts.column(target)
    if reference is None:
        b = counts.prior - a
    else:
        b = sum(counts.column(g) for g in ref_groups)
    n1, n2 = float(words[target]), float(words[ref_groups].sum())
    terms = np.flatnonzero((a + b) > 0)
    ones = np.ones(len(terms), dtype=np.int64)
    return _compare(counts, target, ref_name, a[terms], b[terms], counts.prior[terms], ones, terms,
                    np.arange(len(terms)), n1, n2, alpha0, min_expected, used_or_reliable=False)


def _compare(counts: _Counts, target, ref_name: str, a: np.ndarray, b: np.ndarray, prior: np.ndarray,
             weight: np.ndarray, terms: np.ndarray, cell_of: np.ndarray, n1: float, n2: float,
             alpha0: float | None, min_expected: float, used_or_reliable: bool) -> pd.DataFrame:
    """The keyness rows of one comparison, its statistics computed once per *cell*: a distinct combination of
    counts ``a`` (target), ``b`` (reference) and ``prior`` held by ``weight`` terms (every statistic is a
    function of those three alone). ``terms`` are the comparison's terms (indexes into ``counts.terms``,
    ascending, every term with ``a + b > 0``) and ``cell_of`` the cell of each. Benjamini-Hochberg runs over
    all of them (each cell counted ``weight`` times); with ``used_or_reliable`` only the terms with ``a > 0``
    or enough data for a test become rows (the streaming-size path of :func:`keyness_all`)."""
    delta, z = log_odds_dirichlet(a, b, n1, n2, prior, alpha0, prior_total=float(counts.words.sum()))
    stat, p = g2(a, b, n1, n2)
    p_adj = _benjamini_hochberg_weighted(p, weight)
    e_min = np.minimum.reduce(expected_counts(a, b, n1, n2))
    reliable = e_min >= min_expected
    if used_or_reliable:
        shown = (a[cell_of] > 0) | reliable[cell_of]
        terms, cell_of = terms[shown], cell_of[shown]
    # rows by log_odds_z (descending, NaN last), then term: ``counts.terms`` is sorted, so a term's index is
    # its rank, and integer ranks sort without comparing strings, unlike sorting the finished frame
    order = np.lexsort((terms, -z[cell_of]))
    terms, c = terms[order], cell_of[order]
    note = np.where(reliable[c], "", f"too few occurrences for a G2 test (an expected count below "
                    f"{min_expected:g}); read the counts, not the p-value")
    a_, b_ = a[c], b[c]
    out = pd.DataFrame({
        "source": target, "reference": ref_name, "term": counts.terms[terms],
        "count_target": a_.astype("int64"), "count_reference": b_.astype("int64"),
        "words_target": int(n1), "words_reference": int(n2),
        "per_1k_target": 1000 * a_ / n1, "per_1k_reference": 1000 * b_ / n2,
        "log_odds": delta[c], "log_odds_z": z[c], "g2": stat[c], "g2_p": p[c], "g2_p_adj": p_adj[c],
        "log_ratio": log_ratio(a_, b_, n1, n2), "expected_min": e_min[c], "reliable": reliable[c], "note": note,
    })
    return out[COLUMNS]


def _benjamini_hochberg_weighted(p: np.ndarray, weight: np.ndarray) -> np.ndarray:
    """:func:`benjamini_hochberg` of the multiset holding each ``p[i]`` ``weight[i]`` times, one value per
    ``i``: equal p-values share one adjusted value, that of the last of them in sorted order,
    ``p * m / k_last`` (``p * m / k`` only falls as ``k`` grows), then the running minimum from the top. The
    same floating-point operations as on the expanded list, so the same bits."""
    out = np.full(len(p), np.nan)  # a cell of no term has no adjusted value
    live = weight > 0
    m = int(weight[live].sum())
    if m == 0:
        return out
    values, inverse = np.unique(p[live], return_inverse=True)
    k_last = np.cumsum(np.bincount(inverse.ravel(), weights=weight[live], minlength=len(values))).round()
    scaled = values * m / k_last
    out[live] = np.minimum(np.minimum.accumulate(scaled[::-1])[::-1], 1.0)[inverse.ravel()]
    return out


def keyness_all(freq: pd.DataFrame, by: str = "source", alpha0: float | None = None,
                min_expected: float = MIN_EXPECTED, used_or_reliable: bool = False,
                drop: Iterable[str] | None = None) -> pd.DataFrame:
    """Every group of ``freq`` against the rest (the counts built once), stacked; sorted by source, then
    ``log_odds_z`` (descending), then term. With ``used_or_reliable``, a term a group never uses is kept only
    where the counts support a test (statistics and BH are still over all terms), so a large corpus never
    holds every term x group row. ``drop`` as in :func:`keyness` (default: the honorifics). Empty when there
    are fewer than two groups.

    A group uses few of the corpus's terms; every term it does not use has ``a = 0`` and ``b = prior``, so
    its statistics depend on its corpus count alone: they are computed once per distinct corpus count (5,000
    AllSides articles: 1,293 distinct counts for 55,963 terms and 216 sources), the used terms one by one."""
    counts = _Counts(freq, by, _drop_set(drop))
    if len(counts.groups) < 2:
        return pd.DataFrame(columns=COLUMNS)
    total = float(counts.words.sum())
    priors, prior_cell = np.unique(counts.prior, return_inverse=True)
    prior_cell = prior_cell.ravel()
    prior_terms = np.where(priors > 0, np.bincount(prior_cell, minlength=len(priors)), 0)
    compared = np.flatnonzero(counts.prior > 0)  # a + b > 0
    parts = []
    for k, g in enumerate(counts.groups):
        col = counts.matrix[:, k]
        used, a_used = col.indices, col.data
        order = np.argsort(used, kind="mergesort")
        used, a_used = used[order], a_used[order]
        # cells: one per distinct corpus count (the unused terms), then one per used term
        unused_weight = prior_terms - np.bincount(prior_cell[used], minlength=len(priors))
        cell_of = prior_cell.copy()
        cell_of[used] = len(priors) + np.arange(len(used))
        a = np.r_[np.zeros(len(priors)), a_used]
        prior = np.r_[priors, counts.prior[used]]
        weight = np.r_[unused_weight, np.ones(len(used), dtype=np.int64)]
        n1 = float(counts.words[g])
        parts.append(_compare(counts, g, "rest", a, prior - a, prior, weight, compared, cell_of[compared], n1,
                              total - n1, alpha0, min_expected, used_or_reliable))
    return pd.concat(parts, ignore_index=True)


def top_keyness(table: pd.DataFrame, n: int = 10, min_count: int = 2) -> pd.DataFrame:
    """The ``n`` most distinctive terms of each source of a keyness table (highest ``log_odds_z`` among terms
    used at least ``min_count`` times by that source)."""
    t = table[table["count_target"] >= min_count]
    t = t.sort_values(["source", "log_odds_z", "term"], ascending=[True, False, True], kind="mergesort")
    return t.groupby("source", sort=True).head(n).reset_index(drop=True)


def sample_statement(table: pd.DataFrame, alpha: float = 0.05) -> str:
    """One plain sentence on what a keyness table can support: how many comparisons have enough data, how
    many terms pass the BH-corrected G2 test at ``alpha``."""
    if table.empty:
        return "No comparison: the corpus has fewer than two sources."
    n = len(table)
    ok = int(table["reliable"].sum())
    sig = int(((table["g2_p_adj"] <= alpha) & table["reliable"]).sum())
    return (f"{ok} of {n} term comparisons have expected counts of at least {MIN_EXPECTED:g} (enough for a G2 "
            f"test); {sig} pass it at a false discovery rate of {alpha:g} (Benjamini-Hochberg). "
            "With few articles per source, a distinctive term may be one article's topic, not the outlet's habit.")


def keyness_csv(corpus) -> pd.DataFrame:
    """``keyness.csv``: every source against the rest, on :func:`analysis.frequency.frequency_csv`; a term a
    source never uses is kept only where the counts support a test (``reliable``), so the file stays small on
    a large corpus."""
    from analysis.frequency import frequency_csv

    return keyness_from_frequency(frequency_csv(corpus))


def keyness_from_frequency(freq: pd.DataFrame) -> pd.DataFrame:
    """The ``keyness.csv`` table from a per-source frequency table (:func:`keyness_all`, keeping a term a
    source never uses only where the counts support a test). Also used by the streaming pipeline."""
    return keyness_all(freq, used_or_reliable=True)
