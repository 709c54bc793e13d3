"""Lexical diversity measures that do not depend on text length the way a plain type-token ratio does.

Both take a list of tokens (lower-cased word forms; the caller decides what a token is).
"""

from __future__ import annotations

import math
from typing import Sequence

import numpy as np

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
    n = len(tokens)
    if n == 0:
        return math.nan
    if n <= window:
        return len(set(tokens)) / n
    codes: dict[str, int] = {}
    ids = np.fromiter(map(lambda t: codes.setdefault(t, len(codes)), tokens), dtype=np.int64, count=n)
    order = np.lexsort((np.arange(n), ids))
    same = np.r_[False, ids[order][1:] == ids[order][:-1]]
    prev = np.full(n, -1, dtype=np.int64)
    prev[order[same]] = order[np.flatnonzero(same) - 1]
    i = np.arange(n, dtype=np.int64)
    spans = np.minimum(i, n - window) - np.maximum(i - window + 1, prev + 1) + 1
    total = int(np.clip(spans, 0, None).sum())
    return total / ((n - window + 1) * window)


def _mtld_pass(tokens: Sequence[str], threshold: float) -> float:
    factors = 0.0
    types: set[str] = set()
    count = 0
    for tok in tokens:
        types.add(tok)
        count += 1
        if len(types) / count <= threshold:
            factors += 1
            types, count = set(), 0
    if count:
        factors += (1 - len(types) / count) / (1 - threshold)
    return len(tokens) / factors if factors else math.nan


def mtld(tokens: Sequence[str], threshold: float = MTLD_THRESHOLD) -> float:
    """Measure of textual lexical diversity (McCarthy & Jarvis 2010, Behavior Research Methods 42(2)).

    Reading forward, a *factor* ends each time the running TTR falls to ``threshold`` (0.72), and the TTR
    resets; the leftover segment adds a partial factor (1 - TTR) / (1 - threshold). MTLD is the mean of
    tokens / factors over a forward and a backward pass. NaN when no factor forms (too short a text).
    """
    forward = _mtld_pass(tokens, threshold)
    backward = _mtld_pass(list(reversed(tokens)), threshold)
    return (forward + backward) / 2
