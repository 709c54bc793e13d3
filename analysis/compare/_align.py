"""Compiled loops of the shared-passage finder (:mod:`analysis.compare.passages`), one pass over all runs each.

The passage finder's sequential steps (merging the segments of one document pair, extending each run word by
word, counting the words :class:`difflib.SequenceMatcher` aligns) loop over millions of runs on a news archive;
here they are compiled by Numba (Lam, Pitrou & Seibert 2015, "Numba: a LLVM-based Python JIT compiler"), on
plain arrays. Each kernel computes exactly what a plain-Python loop over the same runs computes;
``tests/test_compare.py`` holds that Python as the reference and checks the kernels against it on random
inputs. Compiled code is cached in
``__pycache__`` (``cache=True``), so only a first run on a machine pays the compile time (a few seconds).

Documents are held as one flat token-id array ``ids`` with ``offsets[d]`` the first token of document ``d``
(``offsets[d + 1]`` the end of it); a run is ``(da, a0, a1, db, b0, b1)``: token ranges, end exclusive.
"""

from __future__ import annotations

import numpy as np
from numba import njit


@njit(cache=True)
def merge_segments(a, b, a0, a1, b0, b1, max_gap):
    """Segments (seed hits chained on one diagonal) merged into runs, in order (sorted by pair, then ``a0``).

    A segment joins a recent run of the same document pair (one of the last 8 runs, newest first) when it
    starts inside that run or at most ``max_gap`` tokens after it on both sides and its diagonal is within
    ``max_gap`` of the run's end diagonal (a small insertion or deletion); the run then ends where the later
    of the two ends. Otherwise it starts a new run. Returns an ``(n, 6)`` int64 array of runs."""
    n = len(a)
    out = np.empty((n, 6), dtype=np.int64)
    m = 0
    for s in range(n):
        merged = False
        k = m - 1
        while k >= 0 and k >= m - 8:
            if out[k, 0] != a[s] or out[k, 3] != b[s]:
                break
            if (out[k, 1] <= a0[s] <= out[k, 2] + max_gap and out[k, 4] <= b0[s] <= out[k, 5] + max_gap
                    and abs((a0[s] - b0[s]) - (out[k, 2] - out[k, 5])) <= max_gap):
                out[k, 2] = max(out[k, 2], a1[s])
                out[k, 5] = max(out[k, 5], b1[s])
                merged = True
                break
            k -= 1
        if not merged:
            out[m, 0], out[m, 1], out[m, 2] = a[s], a0[s], a1[s]
            out[m, 3], out[m, 4], out[m, 5] = b[s], b0[s], b1[s]
            m += 1
    return out[:m].copy()


@njit(cache=True)
def _walk(ids, xa, xn, ya, yn, i, j, step, max_gap):
    """From positions ``i`` / ``j`` (document-relative; the documents start at ``xa`` / ``ya`` in ``ids`` and
    have ``xn`` / ``yn`` tokens) walk by ``step`` while the tokens agree, stepping over one changed word when
    the two words after it agree, at most ``max_gap`` times. Returns the first positions after the last
    agreeing pair."""
    edits = 0
    li, lj = i, j
    while 0 <= i < xn and 0 <= j < yn:
        if ids[xa + i] == ids[ya + j]:
            i += step
            j += step
            li, lj = i, j
            continue
        i2, j2 = i + step, j + step
        if (edits < max_gap and 0 <= i2 + step < xn and 0 <= j2 + step < yn
                and ids[xa + i2] == ids[ya + j2] and ids[xa + i2 + step] == ids[ya + j2 + step]):
            edits += 1
            i, j = i2, j2
            continue
        break
    return li, lj


@njit(cache=True)
def extend_runs(ids, offsets, runs, max_gap):
    """Each run extended at both ends (see :func:`_walk`): a new ``(n, 6)`` array of runs."""
    out = runs.copy()
    for r in range(len(runs)):
        da, a0, a1, db, b0, b1 = runs[r, 0], runs[r, 1], runs[r, 2], runs[r, 3], runs[r, 4], runs[r, 5]
        xa, ya = offsets[da], offsets[db]
        xn, yn = offsets[da + 1] - xa, offsets[db + 1] - ya
        i, j = _walk(ids, xa, xn, ya, yn, a0 - 1, b0 - 1, -1, max_gap)
        out[r, 1], out[r, 4] = i + 1, j + 1
        i, j = _walk(ids, xa, xn, ya, yn, a1, b1, 1, max_gap)
        out[r, 2], out[r, 5] = i, j
    return out


@njit(cache=True)
def _longest_match(x, y, order, sorted_y, alo, ahi, blo, bhi, prev_len, prev_row, cur_len, cur_row):
    """:meth:`difflib.SequenceMatcher.find_longest_match` without junk (``autojunk=False``): the longest block
    ``x[i:i+k] == y[j:j+k]`` inside ``x[alo:ahi]``, ``y[blo:bhi]``, the earliest in ``x`` of the longest, then
    the earliest in ``y``. ``order`` sorts ``y`` stably (``sorted_y = y[order]``), so the positions of one value
    in ``y`` come in ascending order, as in difflib's ``b2j``; the ``*_row`` arrays mark which row set a length
    (difflib's ``j2len`` dictionaries, without clearing)."""
    besti, bestj, bestsize = alo, blo, 0
    for i in range(alo, ahi):
        lo = np.searchsorted(sorted_y, x[i], side="left")
        hi = np.searchsorted(sorted_y, x[i], side="right")
        for p in range(lo, hi):
            j = order[p]
            if j < blo:
                continue
            if j >= bhi:
                break
            k = 1
            if j > 0 and prev_row[j - 1] == i - 1:
                k = prev_len[j - 1] + 1
            cur_len[j] = k
            cur_row[j] = i
            if k > bestsize:
                besti, bestj, bestsize = i - k + 1, j - k + 1, k
        prev_len, cur_len = cur_len, prev_len
        prev_row, cur_row = cur_row, prev_row
    return besti, bestj, bestsize


@njit(cache=True)
def matched_words(x, y):
    """The number of tokens :class:`difflib.SequenceMatcher` (``autojunk=False``) aligns between ``x`` and
    ``y``: the sizes of :meth:`~difflib.SequenceMatcher.get_matching_blocks` summed (the longest common block,
    then recursively the longest blocks left and right of it). Equal sequences: their length."""
    if len(x) == len(y) and np.all(x == y):
        return len(x)
    order = np.argsort(y, kind="mergesort")
    sorted_y = y[order]
    n = len(y)
    prev_len, cur_len = np.zeros(n, dtype=np.int64), np.zeros(n, dtype=np.int64)
    prev_row, cur_row = np.full(n, -2, dtype=np.int64), np.full(n, -2, dtype=np.int64)
    stack = [(0, len(x), 0, n)]
    total = 0
    while len(stack) > 0:
        alo, ahi, blo, bhi = stack.pop()
        prev_row[:] = -2
        cur_row[:] = -2
        i, j, k = _longest_match(x, y, order, sorted_y, alo, ahi, blo, bhi, prev_len, prev_row, cur_len, cur_row)
        if k:
            total += k
            if alo < i and blo < j:
                stack.append((alo, i, blo, j))
            if i + k < ahi and j + k < bhi:
                stack.append((i + k, ahi, j + k, bhi))
    return total


@njit(cache=True)
def matched_words_of_runs(ids, offsets, runs):
    """:func:`matched_words` of every run's two token ranges."""
    out = np.empty(len(runs), dtype=np.int64)
    for r in range(len(runs)):
        xa, ya = offsets[runs[r, 0]], offsets[runs[r, 3]]
        out[r] = matched_words(ids[xa + runs[r, 1]:xa + runs[r, 2]], ids[ya + runs[r, 4]:ya + runs[r, 5]])
    return out


SHINGLE_MULT = np.uint64(1_000_003)


@njit(cache=True)
def shingle_hashes(ids, offsets, k):
    """The 64-bit polynomial hash of every run of ``k`` consecutive token ids inside each document, documents
    one after the other: ``h = (...((ids[s] + 1) * M + ids[s + 1] + 1) * M + ...) + ids[s + k - 1] + 1`` with
    ``M`` = :data:`SHINGLE_MULT`, in wrapping 64-bit arithmetic, for every start ``s`` of a run that ends
    inside its document (a document of ``n < k`` tokens has none)."""
    total = 0
    for d in range(len(offsets) - 1):
        total += max(offsets[d + 1] - offsets[d] - k + 1, 0)
    out = np.empty(total, dtype=np.uint64)
    one = np.uint64(1)
    n = 0
    for d in range(len(offsets) - 1):
        for s in range(offsets[d], offsets[d + 1] - k + 1):
            h = np.uint64(0)
            for j in range(k):
                h = h * SHINGLE_MULT + ids[s + j] + one
            out[n] = h
            n += 1
    return out


@njit(cache=True)
def repeated_groups(sorted_h, lo, hi):
    """Start and length of each run of equal values in the sorted array ``sorted_h`` whose length is from
    ``lo`` to ``hi``: ``(starts, counts)``, int64, in order (two passes, no array the size of the input)."""
    n = len(sorted_h)
    m = 0
    k = 0
    while k < n:
        j = k + 1
        while j < n and sorted_h[j] == sorted_h[k]:
            j += 1
        if lo <= j - k <= hi:
            m += 1
        k = j
    starts = np.empty(m, dtype=np.int64)
    counts = np.empty(m, dtype=np.int64)
    m = 0
    k = 0
    while k < n:
        j = k + 1
        while j < n and sorted_h[j] == sorted_h[k]:
            j += 1
        if lo <= j - k <= hi:
            starts[m] = k
            counts[m] = j - k
            m += 1
        k = j
    return starts, counts


@njit(cache=True)
def mixed_prefix_runs(sorted_h, bits):
    """``(n, 2)`` int64 ranges ``[a, b)`` of the runs of ``sorted_h`` whose values agree above the low ``bits``
    bits but are not all equal, in order."""
    n = len(sorted_h)
    out = np.empty((0, 2), dtype=np.int64)
    for fill in range(2):
        m = 0
        k = 0
        while k < n:
            p = sorted_h[k] >> bits
            j = k + 1
            mixed = False
            while j < n and (sorted_h[j] >> bits) == p:
                if sorted_h[j] != sorted_h[j - 1]:
                    mixed = True
                j += 1
            if mixed:
                if fill:
                    out[m, 0] = k
                    out[m, 1] = j
                m += 1
            k = j
        if not fill:
            out = np.empty((m, 2), dtype=np.int64)
    return out
