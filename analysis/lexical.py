"""Lexical diversity measures that do not depend on text length the way a plain type-token ratio does.

Both take a list of tokens (lower-cased word forms; the caller decides what a token is).
"""

from __future__ import annotations

import math
from collections import Counter
from typing import Sequence

MATTR_WINDOW = 50
MTLD_THRESHOLD = 0.72


def mattr(tokens: Sequence[str], window: int = MATTR_WINDOW) -> float:
    """Moving-average type-token ratio (Covington & McFall 2010, J. Quantitative Linguistics 17(2)).

    MATTR = mean over every window of ``window`` consecutive tokens of (types in window / window).
    A text shorter than the window gets its plain TTR. Empty input gives NaN.
    """
    n = len(tokens)
    if n == 0:
        return math.nan
    if n <= window:
        return len(set(tokens)) / n
    counts = Counter(tokens[:window])
    total = len(counts)
    for i in range(window, n):
        new, old = tokens[i], tokens[i - window]
        counts[new] += 1
        counts[old] -= 1
        if counts[old] == 0:
            del counts[old]
        total += len(counts)
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
