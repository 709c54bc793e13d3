"""Lexical diversity measures that do not depend on text length the way a plain type-token ratio does.

Both take a list of tokens (lower-cased word forms; the caller decides what a token is), or an array of
token ids that are equal exactly where the tokens are (:func:`analysis.scanner.token_arrays`): only which
tokens are equal matters, so both give the same value.
"""

from __future__ import annotations

import math
from typing import Sequence

import numpy as np
from numba import njit

MATTR_WINDOW = 50
MTLD_THRESHOLD = 0.72


def mattr(tokens: Sequence[str], window: int = MATTR_WINDOW) -> float:
    """Moving-average type-token ratio (Covington & McFall 2010, J. Quantitative Linguistics 17(2)).

    MATTR = mean over every window of ``window`` consecutive tokens of (types in window / window).
    A text shorter than the window gets its plain TTR. Empty input gives NaN.

    Computed without sliding a counter: the types of the window starting at ``j`` are its tokens whose
    previous occurrence ``prev[i]`` lies before ``j``, so the sum of types over all windows is, summed over
    tokens ``i``, the number of windows ``j`` that contain ``i`` and start after ``prev[i]``:
    ``max(0, min(i, n - window) - max(i - window + 1, prev[i] + 1) + 1)``. Integer arithmetic, so the
    result is exactly that of the sliding count.
    """
    return mattr_of_codes(_codes(tokens), window)


def mattr_of_codes(codes: np.ndarray, window: int = MATTR_WINDOW) -> float:
    """:func:`mattr` of tokens given as non-negative integer codes, equal exactly where the tokens are."""
    n = len(codes)
    if n == 0:
        return math.nan
    if n <= window:
        return int(np.count_nonzero(np.bincount(codes))) / n
    return _mattr_total(codes, window) / ((n - window + 1) * window)


@njit(cache=True)
def _mattr_total(codes: np.ndarray, window: int) -> int:
    """The sum of types over all windows (see :func:`mattr`), one pass with the last position of each code."""
    n = len(codes)
    last = np.full(codes.max() + 1, -1, dtype=np.int64)
    total = 0
    for i in range(n):
        c = codes[i]
        span = min(i, n - window) - max(i - window + 1, last[c] + 1) + 1
        if span > 0:
            total += span
        last[c] = i
    return total


def _codes(tokens: Sequence[str] | np.ndarray) -> np.ndarray:
    """Dense integer codes, equal exactly where the tokens are equal."""
    if isinstance(tokens, np.ndarray):
        return np.unique(tokens, return_inverse=True)[1].astype(np.int64).ravel()
    codes: dict[str, int] = {}
    return np.fromiter(map(lambda t: codes.setdefault(t, len(codes)), tokens), dtype=np.int64, count=len(tokens))


@njit(cache=True)
def _mtld_pass(codes: np.ndarray, threshold: float, step: int) -> float:
    """One MTLD pass over ``codes`` read forward (``step`` 1) or backward (-1): tokens / factors (compiled by
    Numba; the type set of the running segment is a mark per code, the segment number that last saw it)."""
    n = len(codes)
    seen = np.full(codes.max() + 1 if n else 1, -1, dtype=np.int64)
    factors = 0.0
    segment, types, count = 0, 0, 0
    for k in range(n):
        c = codes[k] if step == 1 else codes[n - 1 - k]
        if seen[c] != segment:
            seen[c] = segment
            types += 1
        count += 1
        if types / count <= threshold:
            factors += 1
            segment += 1
            types, count = 0, 0
    if count:
        factors += (1 - types / count) / (1 - threshold)
    return n / factors if factors else math.nan


def mtld(tokens: Sequence[str], threshold: float = MTLD_THRESHOLD) -> float:
    """Measure of textual lexical diversity (McCarthy & Jarvis 2010, Behavior Research Methods 42(2)).

    Reading forward, a *factor* ends each time the running TTR falls to ``threshold`` (0.72), and the TTR
    resets; the leftover segment adds a partial factor (1 - TTR) / (1 - threshold). MTLD is the mean of
    tokens / factors over a forward and a backward pass. NaN when no factor forms (too short a text).
    """
    return mtld_of_codes(_codes(tokens), threshold)


def mtld_of_codes(codes: np.ndarray, threshold: float = MTLD_THRESHOLD) -> float:
    """:func:`mtld` of tokens given as non-negative integer codes, equal exactly where the tokens are."""
    return (_mtld_pass(codes, threshold, 1) + _mtld_pass(codes, threshold, -1)) / 2
