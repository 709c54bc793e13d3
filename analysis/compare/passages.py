"""Shared passages (text reuse): aligned runs of at least ``min_words`` words that two articles share,
tolerant of small edits.

Method (seed-and-extend, as in BLAST and in text-reuse detectors such as Clough et al. 2002 METER and
Smith, Cordell & Mullen 2015 "Computational methods for uncovering reprinted texts"):

1. Each document becomes a sequence of lower-cased word tokens (the project tokenizer, so punctuation and
   quotation-mark style never matter). Every run of ``seed`` consecutive tokens (a word ``seed``-gram
   "shingle") is hashed to 64 bits.
2. An **inverted index** groups equal shingles: sorting all hashes puts the occurrences of one shingle next
   to each other, so only documents that actually share a shingle are ever paired (no all-pairs scan of
   positions or of documents). Shingles found in more than ``max_docs`` documents, or more than
   ``max_occurrences`` times in all, are boilerplate ("according to a statement", a disclaimer repeated
   down a page) and are skipped, as text-reuse tools skip n-grams of too many series (passim's
   ``--max-series``). A shingle seen ``n`` times gives at most ``n (n - 1) / 2`` hits, so the seed hits are
   at most (occurrences x ``max_occurrences`` / 2) on any input.
3. Seed hits ``(doc_a, i, doc_b, j)`` on the same diagonal ``i - j`` whose positions are at most
   ``seed + max_gap`` apart are chained (a changed word breaks ``seed`` shingles and leaves such a gap);
   chains on neighbouring diagonals (``|shift| <= max_gap``: a word inserted or deleted) that follow each
   other within ``max_gap`` words are merged.
4. Each chain is extended word by word at both ends while the tokens agree, stepping over up to
   ``max_gap`` changed words when the two words after it agree again (this recovers edits closer than
   ``seed`` words to the end of a passage).
5. A chain of at least ``min_words`` tokens on both sides is a passage. Its ``matched_words`` are the
   tokens :class:`difflib.SequenceMatcher` aligns inside it.

Cost: O(T log T) for T tokens in the corpus plus the number of seed hits. Steps 3 to 5 run as compiled loops
over arrays (:mod:`analysis.compare._align`, Numba), since a news archive yields millions of runs; the hits,
the shingles and the segments are sorted on single packed integer keys (:func:`_sorted_hits`,
:func:`_group_order`, :func:`_sorted_segments`) and the rows put in order by ``np.lexsort``, each far quicker
than the general sort it stands for. The measured effect of each choice is in ``benchmarks/RESULTS.md``.

Memory, in bytes a token of the corpus, so that a whole news archive fits in a few GB: the input is the token
ids (8) and, for the rows' character offsets, the token starts and ends (4 + 4; :class:`TokenStore` holds them
as they stream in). The shingle index is built one hash partition at a time (:data:`PARTS`, 8): a pass hashes
the corpus and keeps the shingles whose hash falls in its partition (equal shingles always do together), with
their number in the corpus, sorts and groups them, and looks up document and position only for the shingles
that occur more than once (a sixth of them on a news archive): 32 bytes a shingle of the partition, 4 a token.
The seed hits it finds are 16 bytes each (on AllSides 14.4 million for 36.7 million tokens, 6.3 bytes a token).
They are chained, extended and aligned a slice of first documents at a time (:data:`HIT_SLICE` hits, about 100
bytes each while they are chained), and only the passages of each slice are kept. So the search holds about
16 + 4 + 6.3 bytes a token on AllSides at its peak.
"""

from __future__ import annotations

import mmap

import numpy as np
import pandas as pd
from numba import njit

from analysis import scanner
from analysis.compare import _align, _tokens
from analysis.corpus import Corpus

MIN_WORDS = 8
SEED = 5
MAX_GAP = 2
MAX_DOCS = 50
MAX_OCCURRENCES = 100
"""A shingle occurring more often than this (in all documents together) seeds no passage: text repeated that
often is boilerplate, and all pairs of its occurrences would be quadratic in memory."""

PASSAGE_COLUMNS = ["doc_a", "start_a", "end_a", "doc_b", "start_b", "end_b", "words", "words_b",
                   "matched_words", "text_a", "text_b"]


def _doc_texts(corpus: Corpus | pd.DataFrame) -> tuple[list[str], list[str], list[str]]:
    docs = corpus.documents if isinstance(corpus, Corpus) else corpus
    raw = docs["raw"].tolist() if "raw" in docs else docs["text"].tolist()
    return docs["doc_id"].astype(str).tolist(), docs["text"].tolist(), raw


def tokenize_corpus(texts: list[str]) -> tuple[list[np.ndarray], list[np.ndarray], list[np.ndarray]]:
    """Per document: token starts, token ends, and token ids (equal for equal lower-cased tokens), from
    :func:`analysis.scanner.token_arrays`, as the streaming pipeline gets them."""
    starts, ends, ids = [], [], []
    for text in texts:
        s, e, i = scanner.token_arrays(text)
        starts.append(s), ends.append(e), ids.append(i)
    return starts, ends, ids


def shingle_hashes(ids: np.ndarray, k: int) -> np.ndarray:
    """64-bit polynomial hash of every run of ``k`` token ids (wrapping arithmetic), one per start position
    (:func:`analysis.compare._align.shingle_hashes` on one document)."""
    return _align.shingle_hashes(np.asarray(ids, dtype=np.uint64), np.array([0, len(ids)], dtype=np.int64), k)


def flat_ids(ids: list[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """The token ids of all documents as one ``uint64`` array, and ``offsets`` (int64): document ``d``'s tokens
    are ``flat[offsets[d]:offsets[d + 1]]``."""
    offsets = np.zeros(len(ids) + 1, dtype=np.int64)
    np.cumsum([len(x) for x in ids], out=offsets[1:])
    flat = np.concatenate(ids).astype(np.uint64, copy=False) if ids else np.zeros(0, dtype=np.uint64)
    return flat, offsets


BLOCK = 1 << 21
"""Tokens per block of a :class:`TokenStore` (16 MiB of ids, 8 MiB each of starts and ends)."""


def _mapped(n: int, dtype) -> np.ndarray:
    """An uninitialised array of ``n`` items on its own anonymous memory map, which goes back to the system
    when the array is freed (an array allocated by ``malloc`` may leave its pages in the process's heap)."""
    dtype = np.dtype(dtype)
    return np.frombuffer(mmap.mmap(-1, n * dtype.itemsize), dtype=dtype) if n else np.empty(0, dtype=dtype)


class TokenStore:
    """The token ids (``uint64``), starts and ends (``int32``, offsets into the raw text) of many documents,
    added a batch of documents at a time (:meth:`add`) and held in blocks of :data:`BLOCK` tokens on memory
    maps: 16 bytes a token, however many small arrays they arrive in, and nothing left resident when the
    blocks are freed. :meth:`arrays` joins them into the one array each that :func:`passages_from_flat` takes,
    freeing each block as it is copied (so 16 bytes a token plus one block)."""

    def __init__(self, block: int = BLOCK):
        self.doc_ids: list[str] = []
        self.tokens = 0
        self._block = block
        self._lengths: list[np.ndarray] = []
        self._blocks: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
        self._fill = block  # tokens in the last block

    def add(self, doc_ids: list[str], lengths: np.ndarray, ids: np.ndarray, starts: np.ndarray,
            ends: np.ndarray) -> None:
        """Append documents: their ids, their numbers of tokens, and their tokens' ids, starts and ends one
        document after the other."""
        self.doc_ids += doc_ids
        self._lengths.append(np.asarray(lengths, dtype=np.int64))
        done, n = 0, len(ids)
        while done < n:
            if self._fill == self._block:
                self._blocks.append((_mapped(self._block, np.uint64), _mapped(self._block, np.int32),
                                     _mapped(self._block, np.int32)))
                self._fill = 0
            take = min(n - done, self._block - self._fill)
            for block, values in zip(self._blocks[-1], (ids, starts, ends)):
                block[self._fill:self._fill + take] = values[done:done + take]
            self._fill += take
            done += take
        self.tokens += n

    def arrays(self) -> tuple[list[str], np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """``doc_ids``, the token ids, starts and ends of all documents (one array each, in order) and the
        ``offsets`` of :func:`flat_ids`; the store is empty afterwards."""
        out = [_mapped(self.tokens, np.uint64), _mapped(self.tokens, np.int32), _mapped(self.tokens, np.int32)]
        done = 0
        while self._blocks:
            block = self._blocks.pop(0)
            take = min(self._block, self.tokens - done)
            for whole, part in zip(out, block):
                whole[done:done + take] = part[:take]
            done += take
            del block, part
        offsets = np.zeros(len(self.doc_ids) + 1, dtype=np.int64)
        if self._lengths:
            np.cumsum(np.concatenate(self._lengths), out=offsets[1:])
        doc_ids = self.doc_ids
        self.__init__(self._block)
        return doc_ids, out[0], out[1], out[2], offsets


def seed_hits(ids: list[np.ndarray], seed: int = SEED, max_docs: int = MAX_DOCS,
              max_occurrences: int = MAX_OCCURRENCES) -> np.ndarray:
    """Every pair of occurrences of one shingle in two different documents, as int32 rows ``(da, i, db, j)``,
    ``da < db``, from the sorted inverted index of shingle hashes; shingles in more than ``max_docs``
    documents or with more than ``max_occurrences`` occurrences are skipped (boilerplate), so there are at
    most (occurrences x ``max_occurrences`` / 2) rows. (32-bit document numbers and positions: half the
    memory of 64-bit ones on a large corpus, where the hits are the biggest object.) The rows come in no
    particular order."""
    parts = _seed_hit_parts(*flat_ids(ids), seed, max_docs, max_occurrences)
    return np.concatenate(parts) if parts else np.empty((0, 4), dtype=np.int32)


_MULT = _align.SHINGLE_MULT

PARTS = 8
"""Hash partitions of the shingle index (:func:`_seed_hit_parts`), a power of two: the shingles whose hash is
``p`` modulo ``PARTS`` are sorted and grouped in pass ``p``, so the index's arrays hold an eighth of the
shingles at a time."""


@njit(cache=True)
def _doc_shingles(ids, lo, hi, k, out):
    """The hashes of the shingles of ``ids[lo:hi]`` (one document) into ``out``, as
    :func:`analysis.compare._align.shingle_hashes` computes them (the same values), rolled from one start to
    the next in the same wrapping arithmetic: ``h(s + 1) = (h(s) - (ids[s] + 1) M^(k-1)) M + ids[s + k] + 1``.
    Returns how many."""
    n = hi - lo - k + 1
    if n <= 0:
        return 0
    one = np.uint64(1)
    top = one
    for j in range(k - 1):
        top = top * _MULT
    h = np.uint64(0)
    for j in range(k):
        h = h * _MULT + ids[lo + j] + one
    out[0] = h
    for s in range(1, n):
        h = (h - (ids[lo + s - 1] + one) * top) * _MULT + ids[lo + s + k - 1] + one
        out[s] = h
    return n


@njit(cache=True)
def _part_sizes(ids, offsets, k, parts):
    """How many of the shingles of :func:`analysis.compare._align.shingle_hashes` (``k`` tokens, inside each
    document) have a hash equal to ``p`` modulo ``parts`` (a power of two), for each ``p``."""
    sizes = np.zeros(parts, dtype=np.int64)
    mask = np.uint64(parts - 1)
    longest = 0
    for d in range(len(offsets) - 1):
        longest = max(longest, offsets[d + 1] - offsets[d])
    buf = np.empty(max(longest, 1), dtype=np.uint64)
    for d in range(len(offsets) - 1):
        for s in range(_doc_shingles(ids, offsets[d], offsets[d + 1], k, buf)):
            sizes[np.int64(buf[s] & mask)] += 1
    return sizes


@njit(cache=True)
def _part_shingles(ids, offsets, k, parts, part, size):
    """The ``size`` shingles of partition ``part`` (hash ``== part`` modulo ``parts``; see :func:`_part_sizes`):
    their hashes (:func:`analysis.compare._align.shingle_hashes`, the same values) and their numbers among all
    shingles of the corpus, in corpus order."""
    hashes = np.empty(size, dtype=np.uint64)
    where = np.empty(size, dtype=np.int64)
    mask, target = np.uint64(parts - 1), np.uint64(part)
    longest = 0
    for d in range(len(offsets) - 1):
        longest = max(longest, offsets[d + 1] - offsets[d])
    buf = np.empty(max(longest, 1), dtype=np.uint64)
    n = 0
    m = 0
    for d in range(len(offsets) - 1):
        count = _doc_shingles(ids, offsets[d], offsets[d + 1], k, buf)
        for s in range(count):
            if buf[s] & mask == target:
                hashes[m] = buf[s]
                where[m] = n + s
                m += 1
        n += count
    return hashes, where


def _seed_hits(flat: np.ndarray, offsets: np.ndarray, seed: int, max_docs: int,
               max_occurrences: int) -> np.ndarray:
    """:func:`seed_hits` of the documents ``flat``/``offsets`` (:func:`flat_ids`)."""
    parts = _seed_hit_parts(flat, offsets, seed, max_docs, max_occurrences)
    return np.concatenate(parts) if parts else np.empty((0, 4), dtype=np.int32)


def _seed_hit_parts(flat: np.ndarray, offsets: np.ndarray, seed: int, max_docs: int,
                    max_occurrences: int, parts: int | None = None) -> list[np.ndarray]:
    """The hits of :func:`seed_hits` of the documents ``flat``/``offsets`` (:func:`flat_ids`), as one array per
    hash partition (:data:`PARTS`; equal shingles have equal hashes, so each group of equal shingles lies in
    one partition). In each pass the partition's shingles are hashed (8 bytes each) with their number in the
    corpus (8), grouped by :func:`_group_order` (a sort key and the sorted hashes, 16 more), and the document
    and position are looked up only for the shingles that occur more than once (on AllSides a sixth of
    them), by binary search in the documents' first shingle numbers: 32 bytes per shingle of one partition,
    ``32 / PARTS`` bytes a token of the corpus, besides the hits found so far (16 bytes a hit)."""
    parts = parts or PARTS
    sizes = np.maximum(np.diff(offsets) - seed + 1, 0)
    if not sizes.sum():
        return []
    last = np.cumsum(sizes)  # one past each document's last shingle
    first = last - sizes
    out = []
    for part, size in enumerate(_part_sizes(flat, offsets, seed, parts).tolist()):
        if size < 2:
            continue
        h, where = _part_shingles(flat, offsets, seed, parts, part, size)
        order, h = _group_order(h)
        starts, counts = _align.repeated_groups(h, 2, max_occurrences)
        del h
        # the shingles of those groups only, group after group: their document and position
        within = np.arange(int(counts.sum()), dtype=np.int64) - np.repeat(np.cumsum(counts) - counts, counts)
        shingle = where[order[np.repeat(starts, counts) + within]]
        del order, where, within
        doc = np.searchsorted(last, shingle, side="right")  # the first document ending after the shingle
        pos = (shingle - first[doc]).astype(np.int32)
        doc = doc.astype(np.int32)
        del shingle
        out += _group_hits(doc, pos, counts, max_docs)
    return [x for x in out if len(x)]


def _group_hits(doc: np.ndarray, pos: np.ndarray, counts: np.ndarray, max_docs: int) -> list[np.ndarray]:
    """The hits of groups of equal shingles: ``doc``/``pos`` of their occurrences, group after group (``counts``
    each, in corpus order within a group); all pairs of occurrences in different documents, groups in more
    than ``max_docs`` documents skipped."""
    starts = np.cumsum(counts) - counts
    out = []
    # groups of exactly two occurrences (the bulk)
    two = starts[counts == 2]
    two = two[doc[two] != doc[two + 1]]
    out.append(np.stack([doc[two], pos[two], doc[two + 1], pos[two + 1]], axis=1))
    # larger groups in at most max_docs documents (docs ascend within a group: count where they change),
    # all pairs of each, one group size at a time
    big = counts > 2
    starts, counts = starts[big], counts[big]
    changes = np.cumsum(np.r_[0, doc[1:] != doc[:-1]])
    docs_in_group = changes[starts + counts - 1] - changes[starts] + 1
    starts, counts = starts[docs_in_group <= max_docs], counts[docs_in_group <= max_docs]
    for n in np.unique(counts).tolist():
        rows = starts[counts == n][:, None] + np.arange(n)
        a, b = np.triu_indices(n, 1)
        first, second = rows[:, a].ravel(), rows[:, b].ravel()
        m = doc[first] != doc[second]
        first, second = first[m], second[m]
        out.append(np.stack([doc[first], pos[first], doc[second], pos[second]], axis=1))
    return out


KEY_CHUNK = 1 << 20
"""Positions packed into the sort key of :func:`_group_order` at a time (no position array the size of the
corpus)."""


def _group_order(h: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The permutation that sorts the shingle hashes ``h`` by value and equal ones by position (what a stable
    argsort gives), and ``h`` in that order, made by sorting one packed ``uint64`` key in place: the top bits
    of the hash above the bits of the position. Equal hashes then lie together, in position order; the rare
    runs of one key prefix that hold different hashes (prefixes of 38 bits on the 36 million AllSides
    shingles) are put in hash order by a stable sort of just their elements. An in-place sort of one integer
    array takes a fraction of the time of a stable argsort of the hashes. The key is built, sorted and turned
    into the permutation in place, and those runs found by a compiled pass, so that besides ``h`` only the
    key and the sorted hashes exist at once."""
    n = len(h)
    bits = np.uint64(max(int(n - 1).bit_length(), 1))
    key = h >> bits
    key <<= bits
    for lo in range(0, n, KEY_CHUNK):
        key[lo:lo + KEY_CHUNK] |= np.arange(lo, min(n, lo + KEY_CHUNK), dtype=np.uint64)
    key.sort()
    key &= np.uint64((1 << int(bits)) - 1)
    order = key.view(np.int64)
    sorted_h = h[order]
    runs = _align.mixed_prefix_runs(sorted_h, bits)
    if len(runs):
        lengths = runs[:, 1] - runs[:, 0]
        members = np.repeat(runs[:, 0], lengths) + (np.arange(int(lengths.sum()))
                                                    - np.repeat(np.cumsum(lengths) - lengths, lengths))
        within = np.lexsort((order[members], sorted_h[members]))
        order[members], sorted_h[members] = order[members][within], sorted_h[members][within]
    return order, sorted_h


def chain_hits(hits: np.ndarray, seed: int = SEED, max_gap: int = MAX_GAP) -> np.ndarray:
    """Merge seed hits into aligned runs ``(da, a0, a1, db, b0, b1)`` (token index ranges, end exclusive), an
    ``(n, 6)`` int64 array in order of ``(da, db, a0)``: hits on one diagonal at most ``seed + max_gap`` apart
    are one segment; segments are merged by :func:`analysis.compare._align.merge_segments`."""
    if len(hits) == 0:
        return np.empty((0, 6), dtype=np.int64)
    da, i, db, j = _sorted_hits(hits)
    diag = i - j
    new = np.r_[True, (da[1:] != da[:-1]) | (db[1:] != db[:-1]) | (diag[1:] != diag[:-1])
                | (i[1:] - i[:-1] > seed + max_gap)]
    first = np.flatnonzero(new)
    last = np.r_[first[1:], len(i)] - 1
    cols = (da[first], db[first], i[first], i[last] + seed, j[first])
    del da, i, db, j, diag, new, first, last
    a, b, a0, a1, b0 = (c.astype(np.int64) for c in cols)
    del cols
    a0, a1, b0 = _sorted_segments(a, b, a0, a1, b0)
    return _align.merge_segments(a, b, a0, a1, b0, b0 + (a1 - a0), max_gap)


PACKED_BITS = 64
"""Bits of the one sort key of :func:`_sorted_hits` and of :func:`_sorted_segments` (a test lowers it to
exercise their ``np.lexsort`` path)."""


def _sorted_hits(hits: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """``da, i, db, j`` of the hits (int64) sorted by ``(da, db, diagonal i - j, i)``. When the four fit in
    :data:`PACKED_BITS` bits (document numbers and positions of a news archive do), they are packed into one
    unsigned key and sorted in place, which is several times quicker than ``np.lexsort`` on the four arrays."""
    da, i, db, j = (hits[:, k].astype(np.int64) for k in range(4))
    span = int(max(i.max(), j.max())) + 1  # diagonals lie in (-span, span)
    widths = [int(da.max()).bit_length(), int(db.max()).bit_length(), (2 * span).bit_length(),
              span.bit_length()]
    if sum(widths) > PACKED_BITS:
        order = np.lexsort((i, i - j, db, da))
        return da[order], i[order], db[order], j[order]
    wb, wd, wi = (np.uint64(w) for w in widths[1:])
    key = (da.astype(np.uint64) << (wb + wd + wi)) | (db.astype(np.uint64) << (wd + wi)) \
        | ((i - j + span).astype(np.uint64) << wi) | i.astype(np.uint64)
    del da, db, j
    key.sort()
    mask_i, mask_d, mask_b = (np.uint64((1 << w) - 1) for w in widths[3:0:-1])
    i = (key & mask_i).astype(np.int64)
    diag = ((key >> wi) & mask_d).astype(np.int64) - span
    db = ((key >> (wd + wi)) & mask_b).astype(np.int64)
    da = (key >> (wb + wd + wi)).astype(np.int64)
    return da, i, db, i - diag


def _sorted_segments(a: np.ndarray, b: np.ndarray, a0: np.ndarray, a1: np.ndarray,
                     b0: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``a0, a1, b0`` of the segments, which come in order of their document pair ``(a, b)``, put in order of
    ``(a0, a1, b0)`` within each pair (a segment's ``b1 - b0`` is its ``a1 - a0``, so that is tuple order).
    Only pairs with more than one segment need it (on AllSides 573,297 of 6.26 million pairs, holding 2.87 of
    8.55 million segments): their segments' rank among those pairs and the three positions are packed into one
    unsigned key when they fit in :data:`PACKED_BITS` bits, sorted in place and unpacked into their slots
    (each pair's segments keep the pair's slots). Else ``np.lexsort``, which is about ten times slower on a news
    archive's segments."""
    pair_start = np.r_[True, (a[1:] != a[:-1]) | (b[1:] != b[:-1])]
    pair = np.cumsum(pair_start) - 1
    slots = np.flatnonzero(np.bincount(pair)[pair] > 1)  # segments of pairs with several, pair after pair
    if len(slots) == 0:
        return a0, a1, b0
    rank = np.cumsum(pair_start[slots]) - 1
    w = int(max(a1[slots].max(), b0[slots].max())).bit_length()
    a0, a1, b0 = a0.copy(), a1.copy(), b0.copy()
    if int(rank[-1]).bit_length() + 3 * w > PACKED_BITS:
        order = slots[np.lexsort((b0[slots], a1[slots], a0[slots], rank))]
        a0[slots], a1[slots], b0[slots] = a0[order], a1[order], b0[order]
        return a0, a1, b0
    uw, mask = np.uint64(w), np.uint64((1 << w) - 1)
    key = (rank.astype(np.uint64) << np.uint64(3 * w)) | (a0[slots].astype(np.uint64) << np.uint64(2 * w)) \
        | (a1[slots].astype(np.uint64) << uw) | b0[slots].astype(np.uint64)
    key.sort()
    b0[slots] = (key & mask).astype(np.int64)
    a1[slots] = ((key >> uw) & mask).astype(np.int64)
    a0[slots] = ((key >> np.uint64(2 * w)) & mask).astype(np.int64)
    return a0, a1, b0


def find_passages(corpus: Corpus | pd.DataFrame, min_words: int = MIN_WORDS, seed: int = SEED,
                  max_gap: int = MAX_GAP, max_docs: int = MAX_DOCS, with_text: bool = True,
                  max_occurrences: int = MAX_OCCURRENCES) -> pd.DataFrame:
    """Passages shared by two documents: :data:`PASSAGE_COLUMNS`, one row per aligned run.

    ``start_a, end_a`` / ``start_b, end_b`` are raw-text offsets of the run in ``doc_a`` / ``doc_b`` (``doc_a``
    comes first in corpus order); ``words`` / ``words_b`` its length in tokens on each side; ``matched_words``
    the tokens that are identical after alignment (``words - matched_words`` words were edited). Accepts a
    Corpus or a documents DataFrame (``doc_id``, ``text``, optionally ``raw``). Sorted by ``words``
    (longest first), then ``doc_a, start_a, doc_b, start_b``. See the module docstring for the method.
    """
    doc_ids, texts, raws = _doc_texts(corpus)
    starts, ends, ids = tokenize_corpus(texts)
    return passages_from_tokens(doc_ids, starts, ends, ids, raws if with_text else None,
                                min_words, seed, max_gap, max_docs, max_occurrences)


def passages_from_tokens(doc_ids: list[str], starts: list[np.ndarray], ends: list[np.ndarray],
                         ids: list[np.ndarray], raws: list[str] | None = None, min_words: int = MIN_WORDS,
                         seed: int = SEED, max_gap: int = MAX_GAP, max_docs: int = MAX_DOCS,
                         max_occurrences: int = MAX_OCCURRENCES) -> pd.DataFrame:
    """:func:`find_passages` on already tokenised documents: per document (in corpus order) its token
    ``starts``/``ends`` (offsets into the raw text) and token ``ids`` (equal ids for equal lower-cased tokens,
    e.g. :func:`tokenize_corpus`'s or 64-bit hashes of the tokens). ``text_a``/``text_b`` are cut from
    ``raws``; without ``raws`` they are empty (the streaming pipeline fills them later from a second read)."""
    flat, offsets = flat_ids(ids)
    return passages_from_flat(doc_ids, starts, ends, flat, offsets, raws, min_words, seed, max_gap, max_docs,
                              max_occurrences)


def passages_from_flat(doc_ids: list[str], starts: list[np.ndarray] | np.ndarray,
                       ends: list[np.ndarray] | np.ndarray, flat: np.ndarray, offsets: np.ndarray,
                       raws: list[str] | None = None, min_words: int = MIN_WORDS, seed: int = SEED,
                       max_gap: int = MAX_GAP, max_docs: int = MAX_DOCS,
                       max_occurrences: int = MAX_OCCURRENCES) -> pd.DataFrame:
    """:func:`passages_from_tokens` with the token ids already in one array (:func:`flat_ids`), so that a
    caller holding many documents can drop their per-document arrays and keep one copy of the ids; ``starts``
    and ``ends`` per document, or each as one array of all tokens in the order of ``flat``
    (:meth:`TokenStore.arrays`).

    Memory besides the inputs: the hits (16 bytes each) and, at a time, one hash partition of the shingle
    index (:func:`_seed_hit_parts`, ``32 / PARTS`` bytes a token) or one slice of at most :data:`HIT_SLICE`
    hits being chained, extended and aligned (:func:`_slice_runs`, about 100 bytes a hit of the slice); then
    the passages' rows (see the module docstring)."""
    if seed > min_words:
        raise ValueError(f"seed ({seed}) must not be longer than min_words ({min_words})")
    hits = _seed_hit_parts(flat, offsets, seed, max_docs, max_occurrences)
    runs, matched = _slice_runs(hits, flat, offsets, len(doc_ids), min_words, seed, max_gap)
    del hits
    da, a0, a1, db, b0, b1 = runs.T
    sa, sb = _token_values(starts, offsets, (da, a0), (db, b0))  # character offsets of the first tokens
    ea, eb = _token_values(ends, offsets, (da, a1 - 1), (db, b1 - 1))  # and of the last tokens' ends
    names = np.empty(len(doc_ids), dtype=object)
    names[:] = doc_ids
    # rows by words (longest first), doc_a, start_a, doc_b, start_b: np.lexsort (stable) on the documents'
    # ranks among the sorted ids, as sort_values on the columns orders them, without comparing strings
    rank = pd.factorize(names, sort=True)[0]  # the ids are distinct: each one's code is its rank
    order = np.lexsort((sb, rank[db], sa, rank[da], a0 - a1))
    da, a0, a1, db, b0, b1, sa, ea, sb, eb, matched = (x[order] for x in (da, a0, a1, db, b0, b1, sa, ea, sb, eb,
                                                                           matched))
    out = pd.DataFrame({"doc_a": names[da], "start_a": sa, "end_a": ea, "doc_b": names[db], "start_b": sb,
                        "end_b": eb, "words": a1 - a0, "words_b": b1 - b0, "matched_words": matched})
    if raws is not None:
        out["text_a"] = [raws[d][s:e] for d, s, e in zip(da.tolist(), sa.tolist(), ea.tolist())]
        out["text_b"] = [raws[d][s:e] for d, s, e in zip(db.tolist(), sb.tolist(), eb.tolist())]
    else:
        out["text_a"] = out["text_b"] = ""
    return out


HIT_SLICE = 1 << 20
"""Seed hits chained, extended and aligned at a time (:func:`_slice_runs`): about 100 MB of working arrays."""


def _slice_runs(hits: list[np.ndarray], flat: np.ndarray, offsets: np.ndarray, n_docs: int, min_words: int,
                seed: int, max_gap: int) -> tuple[np.ndarray, np.ndarray]:
    """The passages of the seed ``hits`` (arrays of ``(da, i, db, j)`` rows, :func:`_seed_hit_parts`): runs
    ``(da, a0, a1, db, b0, b1)`` (int64) of at least ``min_words`` tokens on both sides, in order of
    ``(da, db, a0)``, and each run's matched words. The hits are taken a slice of first documents ``da`` at a
    time, each slice at most :data:`HIT_SLICE` hits (or one document's): a run involves the hits of one
    document pair only, so the slices' runs, one after the other, are the runs of all hits chained at once
    (:func:`chain_hits`, :func:`analysis.compare._align.extend_runs`,
    :func:`analysis.compare._align.matched_words_of_runs`)."""
    per_doc = np.zeros(n_docs, dtype=np.int64)
    for h in hits:
        per_doc += np.bincount(h[:, 0], minlength=n_docs)
    found, matched = [np.empty((0, 6), dtype=np.int64)], [np.empty(0, dtype=np.int64)]
    lo = 0
    while lo < n_docs:
        hi = lo + 1 + int(np.searchsorted(np.cumsum(per_doc[lo + 1:]), HIT_SLICE - per_doc[lo], side="right"))
        part = [h[(h[:, 0] >= lo) & (h[:, 0] < hi)] for h in hits]
        part = np.concatenate(part) if part else np.empty((0, 4), dtype=np.int32)
        runs = _align.extend_runs(flat, offsets, chain_hits(part, seed, max_gap), max_gap)
        del part
        runs = runs[np.minimum(runs[:, 2] - runs[:, 1], runs[:, 5] - runs[:, 4]) >= min_words]
        found.append(runs)
        matched.append(_align.matched_words_of_runs(flat, offsets, runs))
        lo = hi
    return np.concatenate(found), np.concatenate(matched)


def _token_values(values: list[np.ndarray] | np.ndarray, offsets: np.ndarray,
                  *at: tuple[np.ndarray, np.ndarray]) -> list[np.ndarray]:
    """For each ``(doc, pos)`` of ``at``: ``values`` (per document, or one array in corpus order) of the tokens
    ``pos`` of the documents ``doc``, int64."""
    if not isinstance(values, np.ndarray):
        values = np.concatenate(values) if len(values) else np.zeros(0, dtype=np.int64)
    return [values[offsets[doc] + pos].astype(np.int64) for doc, pos in at]


def _covered(starts: np.ndarray, intervals: list[tuple[int, int]]) -> int:
    mask = np.zeros(len(starts), dtype=bool)
    for s, e in intervals:
        mask |= (starts >= s) & (starts < e)
    return int(mask.sum())


def passage_shares(passages: pd.DataFrame, corpus: Corpus | pd.DataFrame) -> pd.DataFrame:
    """The share of each article that it shares: ``doc_id, other, words, shared_words, share``.

    One row per document and other document it shares passages with, plus one row with ``other = "(any)"``
    for every document: ``share = shared_words / words``, where ``shared_words`` counts the document's tokens
    inside the union of its passages (overlapping passages are not counted twice). Sorted by ``share``
    (largest first), then ``doc_id, other``.
    """
    doc_ids, texts, _ = _doc_texts(corpus)
    rows = []
    for doc_id, text in zip(doc_ids, texts):
        starts, _, _ = _tokens.spans(text)
        mine = pd.concat([
            passages.loc[passages["doc_a"] == doc_id, ["start_a", "end_a", "doc_b"]].set_axis(["s", "e", "other"], axis=1),
            passages.loc[passages["doc_b"] == doc_id, ["start_b", "end_b", "doc_a"]].set_axis(["s", "e", "other"], axis=1),
        ])
        n = len(starts)
        for other, grp in mine.groupby("other", sort=True):
            shared = _covered(starts, list(zip(grp["s"], grp["e"])))
            rows.append((doc_id, other, n, shared, shared / n if n else 0.0))
        shared = _covered(starts, list(zip(mine["s"], mine["e"])))
        rows.append((doc_id, "(any)", n, shared, shared / n if n else 0.0))
    out = pd.DataFrame(rows, columns=["doc_id", "other", "words", "shared_words", "share"])
    return out.sort_values(["share", "doc_id", "other"], ascending=[False, True, True]).reset_index(drop=True)
