"""The tokens of :data:`analysis.text.TOKEN_RE` (and of the quotation tokenizer :data:`analysis.quotes.TOKEN_RE`),
found by a compiled scanner: spans and 64-bit ids, no match objects.

The streaming pipeline needs, for every token of every article, its span (for shared passages and document
statistics) and an id that is equal for equal lower-cased tokens (for the shingle index, MATTR and MTLD).
``TOKEN_RE.finditer`` builds a match object per token; this module scans the text's code points with a loop
compiled by Numba and returns arrays, about ten times faster on news text.

The scanner is the regular expression, alternative by alternative, with the same leftmost-first rule:

1. ``(?:[A-Za-z]\\.){2,}(?![A-Za-z])``: the longest run of two or more ASCII letter + dot pairs not followed by an
   ASCII letter (a shorter run is tried when the longest is followed by one, as the regex backtracks);
2. ``\\d+(?:[.,]\\d+)+``: digits with at least one ``.``/``,`` + digits group, as many groups as follow;
3. ``\\w+(?:[-']\\w+)*``: word characters, then any ``-``/``'`` + word characters groups.

What ``\\w`` and ``\\d`` match is read off Python's ``re`` itself (every code point tested once per process), so
the character classes are exactly the regex's. ``tests/test_scanner.py`` compares spans with
``TOKEN_RE.finditer`` on the seeds, random strings and edge cases. :func:`quote_token_spans` does the same for
the quotation module's tokenizer (its alternatives in :func:`_quote_token_end`).

Ids are FNV-1a (Fowler, Noll & Vo) 64-bit hashes of the token's code points in the lower-cased text, so equal
lower-cased tokens get equal ids in every process without a shared vocabulary. (A text whose lower case is
longer, with U+0130, is lower-cased token by token instead.)

For the quotation rules, :func:`quote_token_arrays` gives the spans and case-keeping ids of a whole document,
:class:`IdTable` the per-word flags the rules test (computed once per distinct word, looked up by id in
compiled code), and :func:`same_token_ranges` which paragraphs, cut out on their own, keep the document's
tokens (so that the rules can reuse them).

For sentence splitting (:mod:`analysis.text`), :func:`punkt_candidates` and :func:`punkt_sentences` are NLTK
Punkt's loops over its candidate sentence ends and its cuts, compiled (``tests/test_text.py`` compares the
sentences with NLTK's own code on news text and random texts).
"""

from __future__ import annotations

import os
import platform
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

import numpy as np
from numba import njit

WORD, DIGIT, ASCII_LETTER, SPACE, ALPHA = 1, 2, 4, 8, 16
_FNV_OFFSET = np.uint64(14695981039346656037)
_FNV_PRIME = np.uint64(1099511628211)


@lru_cache(maxsize=1)
def char_flags() -> np.ndarray:
    """For every code point: bit 1 if ``re`` matches it with ``\\w``, bit 2 with ``\\d``, bit 4 if ASCII letter,
    bit 8 with ``\\s``, bit 16 if its lower case holds a letter (``str.isalpha``).

    Worked out once per Python version (whose ``re`` and Unicode tables decide) and kept in a file beside the
    compiled scanner's cache (:func:`_char_flags_file`): 0.7 s to work out, about a millisecond to read, in
    every process that scans (the pipeline's workers inherit the table from the parent, which reads it before
    forking them). A file that cannot be read or written is worked out again / left alone."""
    path = _char_flags_file()
    try:
        flags = np.load(path)
        if flags.shape == (0x110000,) and flags.dtype == np.uint8:
            return flags
    except (OSError, ValueError, EOFError):
        pass
    flags = _work_out_char_flags()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        part = path.with_name(f"{path.name}.{os.getpid()}.part")
        with open(part, "wb") as f:
            np.save(f, flags)
        os.replace(part, path)  # whole or not at all, also with several processes at once
    except OSError:
        pass
    return flags


def _char_flags_file() -> Path:
    """Where :func:`char_flags` are kept: ``analysis/__pycache__``, named by Python and Unicode version."""
    return Path(__file__).parent / "__pycache__" / (
        f"char_flags.{platform.python_implementation()}-{platform.python_version()}-"
        f"unicode{unicodedata.unidata_version}.npy")


def _work_out_char_flags() -> np.ndarray:
    chars = list(map(chr, range(0x110000)))
    everything = "".join(chars)
    flags = np.zeros(0x110000, dtype=np.uint8)
    alpha = np.fromiter(map(str.isalpha, chars), dtype=bool, count=len(chars))
    for cp, (c, low) in enumerate(zip(chars, map(str.lower, chars))):
        if low != c:  # about 1,400 code points: their lower case decides
            alpha[cp] = any(x.isalpha() for x in low)
    flags[alpha] |= ALPHA
    flags[[m.start() for m in re.finditer(r"\w", everything)]] |= WORD
    flags[[m.start() for m in re.finditer(r"\d", everything)]] |= DIGIT
    flags[[m.start() for m in re.finditer(r"\s", everything)]] |= SPACE
    flags[[ord(c) for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"]] |= ASCII_LETTER
    return flags


def code_points(text: str) -> np.ndarray:
    """The text as an array of code points (lone surrogates kept), one per character."""
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


@njit(cache=True, inline="always")
def _number_end(cp, flags, p, hi):
    """End of a number with separators at ``p`` (digits in groups joined by "." or ",": "1,415", "2.5",
    ``\\d+(?:[.,]\\d+)+``; the text ends at ``hi``), or -1 when the digits at ``p`` have no separator and digit
    after them. The number alternative of both tokenizers (:func:`_token_end`, :func:`_quote_token_end`)."""
    q = p
    while q < hi and flags[cp[q]] & DIGIT:
        q += 1
    groups = 0
    while q + 1 < hi and (cp[q] == 46 or cp[q] == 44) and flags[cp[q + 1]] & DIGIT:
        q += 1
        while q < hi and flags[cp[q]] & DIGIT:
            q += 1
        groups += 1
    return q if groups else -1


@njit(cache=True)
def _token_end(cp, flags, p, hi):
    """End of the ``TOKEN_RE`` match starting at ``p`` (the text ends at ``hi``), or -1 if none starts there."""
    # 1. dotted acronyms
    k = 0
    q = p
    while q + 1 < hi and flags[cp[q]] & ASCII_LETTER and cp[q + 1] == 46:  # letter + "."
        k += 1
        q += 2
    while k >= 2:
        e = p + 2 * k
        if e >= hi or not flags[cp[e]] & ASCII_LETTER:
            return e
        k -= 1
    # 2. numbers with separators
    if flags[cp[p]] & DIGIT:
        q = _number_end(cp, flags, p, hi)
        if q >= 0:
            return q
    # 3. words, hyphenated words, contractions
    if flags[cp[p]] & WORD:
        return _word_end(cp, flags, p, hi)
    return -1


@njit(cache=True, inline="always")
def _word_end(cp, flags, q, hi):
    """End of the word that goes on at ``q``: ``\\w`` characters joined by ``-`` or ``'`` (the last alternative
    of :func:`_token_end`)."""
    while q < hi and flags[cp[q]] & WORD:
        q += 1
    while q + 1 < hi and (cp[q] == 45 or cp[q] == 39) and flags[cp[q + 1]] & WORD:
        q += 1
        while q < hi and flags[cp[q]] & WORD:
            q += 1
    return q


@njit(cache=True)
def scan_ranges(cp, flags, bounds):
    """Token spans of ``cp[lo:hi]`` for each row ``(lo, hi)`` of ``bounds``, as if each range were the whole
    text (``TOKEN_RE.finditer(text, lo, hi)``): ``starts, ends`` (int64) and the row each token came from."""
    total = 0
    for r in range(len(bounds)):
        total += max(bounds[r, 1] - bounds[r, 0], 0)
    starts = np.empty(total, dtype=np.int64)
    ends = np.empty(total, dtype=np.int64)
    rows = np.empty(total, dtype=np.int64)
    n = 0
    for r in range(len(bounds)):
        p, hi = bounds[r, 0], bounds[r, 1]
        while p < hi:
            c = cp[p]
            if not flags[c] & WORD:  # no alternative starts with it
                p += 1
                continue
            if flags[c] & ASCII_LETTER and not (p + 1 < hi and cp[p + 1] == 46):
                e = _word_end(cp, flags, p, hi)  # an ASCII letter not before ".": only a word can start here
            else:
                e = _token_end(cp, flags, p, hi)
            if e < 0:
                p += 1
                continue
            starts[n], ends[n], rows[n] = p, e, r
            n += 1
            p = e
    return starts[:n].copy(), ends[:n].copy(), rows[:n].copy()


QUOTE_LOOKAHEAD = 2
"""How far past its end a quotation token's match reads: the initial's ``(?=\\s[A-Z])`` looks at the two code
points after its dot. A cut text keeps every token that ends more than this before the cut."""


def quote_token_re(titles: tuple[str, ...]) -> re.Pattern:
    """The quotation rules' tokenizer (:data:`analysis.quotes.TOKEN_RE`): the regular expression that
    :func:`_quote_token_end` implements alternative by alternative; ``titles``: the abbreviations kept with
    their dot before white space (word characters only, see :func:`_titles`)."""
    return re.compile(
        r"(?:[A-Za-z]\.){2,}"                                # U.S., N.C.
        r"|(?:" + "|".join(titles) + r")\.(?=\s)"            # Mr. (titles)
        r"|[A-Z]\.(?=\s[A-Z])"                              # initials: Leonard E. Burman
        r"|\d+(?:[.,]\d+)+"                                 # numbers with separators: 2,400  5.7
        r"|[\w\x80-\x9f]+(?:[-'’][\w\x80-\x9f]+)*"          # words, hyphenated words, contractions
        r"|[^\w\s]",                                        # any other character but white space
    )


@njit(cache=True)
def _quote_token_end(cp, flags, p, hi, titles, title_ends, title_first):
    """End of the match of :data:`analysis.quotes.TOKEN_RE` at ``p`` (text ending at ``hi``), or -1. Its
    alternatives in order: two or more ASCII letter + dot pairs, as many as follow; a title (``titles``, code
    points of each title one after the other, ``title_ends`` where each ends) + dot before white space; an
    upper-case initial + dot before white space and an upper-case letter; digits in groups joined by "." or ","
    (a number with separators, as in :func:`_token_end`); word characters (``\\w`` and
    U+0080-U+009F) joined by ``-``, ``'`` or U+2019; one character that is neither word nor white space.
    ``title_first[c]``: some title starts with code point ``c`` (for ``c`` below its length)."""
    c = cp[p]
    k = 0
    q = p
    while q + 1 < hi and flags[cp[q]] & ASCII_LETTER and cp[q + 1] == 46:
        k += 1
        q += 2
    if k >= 2:
        return q
    if c < len(title_first) and title_first[c]:
        # titles are word characters (see _titles): one can match only as the whole run of word characters
        # at p, followed by "." and white space
        r = p
        while r < hi and flags[cp[r]] & WORD:
            r += 1
        if r + 1 < hi and cp[r] == 46 and flags[cp[r + 1]] & SPACE:
            lo = 0
            for t in range(len(title_ends)):
                if title_ends[t] - lo == r - p:
                    same = True
                    for m in range(r - p):
                        if cp[p + m] != titles[lo + m]:
                            same = False
                            break
                    if same:
                        return r + 1
                lo = title_ends[t]
    if 65 <= c <= 90 and p + 3 < hi and cp[p + 1] == 46 and flags[cp[p + 2]] & SPACE and 65 <= cp[p + 3] <= 90:
        return p + 2
    if flags[c] & DIGIT:
        q = _number_end(cp, flags, p, hi)
        if q >= 0:
            return q
    if flags[c] & WORD or 0x80 <= c <= 0x9F:
        return _quote_word_end(cp, flags, p + 1, hi)
    if not flags[c] & SPACE:
        return p + 1
    return -1


@njit(cache=True, inline="always")
def _quote_word_end(cp, flags, q, hi):
    """End of the word that goes on at ``q``: word characters (``\\w`` and U+0080-U+009F) joined by ``-``,
    ``'`` or U+2019 (the last alternative of :func:`_quote_token_end`)."""
    while True:
        while q < hi and (flags[cp[q]] & WORD or 0x80 <= cp[q] <= 0x9F):
            q += 1
        if q + 1 < hi and (cp[q] == 45 or cp[q] == 39 or cp[q] == 0x2019) and \
                (flags[cp[q + 1]] & WORD or 0x80 <= cp[q + 1] <= 0x9F):
            q += 1
            continue
        return q


@njit(cache=True)
def _scan_quote_range(cp, flags, titles, title_ends, title_first, lo, hi, starts, ends, n):
    """Write the spans of the :data:`analysis.quotes.TOKEN_RE` tokens of ``cp[lo:hi]`` (the text cut at ``hi``)
    into ``starts`` / ``ends`` from index ``n``; returns the index after the last."""
    p = lo
    while p < hi:
        if flags[cp[p]] & SPACE and not 0x80 <= cp[p] <= 0x9F:  # white space starts no alternative (but
            p += 1                                                # U+0085, white space, is in a word's range)
            continue
        c = cp[p]
        if flags[c] & ASCII_LETTER and not (p + 1 < hi and cp[p + 1] == 46) and \
                not (c < len(title_first) and title_first[c]):
            # an ASCII letter, not before "." and no title's first letter (most tokens): of the alternatives
            # only the word can match (the acronym and the initial need a "." after the letter, a title its
            # first letter), so it is matched without trying the others
            e = _quote_word_end(cp, flags, p + 1, hi)
        else:
            e = _quote_token_end(cp, flags, p, hi, titles, title_ends, title_first)
        if e < 0:
            p += 1
            continue
        starts[n], ends[n] = p, e
        n += 1
        p = e
    return n


@njit(cache=True)
def scan_quote_tokens(cp, flags, titles, title_ends, title_first):
    """Token spans of :data:`analysis.quotes.TOKEN_RE` in the text ``cp`` (as ``finditer``)."""
    starts = np.empty(len(cp), dtype=np.int64)
    ends = np.empty(len(cp), dtype=np.int64)
    n = _scan_quote_range(cp, flags, titles, title_ends, title_first, 0, len(cp), starts, ends, 0)
    return starts[:n].copy(), ends[:n].copy()


@njit(cache=True)
def _same_token_ranges(cp, flags, titles, title_ends, title_first, starts, ends, bounds):
    out = np.full((len(bounds), 2), -1, dtype=np.int64)
    own_starts = np.empty(16, dtype=np.int64)
    own_ends = np.empty(16, dtype=np.int64)
    for r in range(len(bounds)):
        lo, hi = bounds[r, 0], bounds[r, 1]
        a = np.searchsorted(starts, lo)
        if a > 0 and ends[a - 1] > lo:
            continue  # a token across lo
        b = np.searchsorted(starts, hi)
        # the match of a token that ends at e reads no code point past e + QUOTE_LOOKAHEAD (nor do the
        # alternatives tried before it), so tokens that end before hi - QUOTE_LOOKAHEAD are the same in the cut
        # text: re-scan the rest
        k = max(a, np.searchsorted(starts, hi - QUOTE_LOOKAHEAD))
        while k > a and ends[k - 1] > hi - QUOTE_LOOKAHEAD - 1:
            k -= 1
        p = ends[k - 1] if k > a else lo
        if hi - p > len(own_starts):
            own_starts = np.empty(hi - p, dtype=np.int64)
            own_ends = np.empty(hi - p, dtype=np.int64)
        n = _scan_quote_range(cp, flags, titles, title_ends, title_first, p, hi, own_starts, own_ends, 0)
        if n != b - k:
            continue
        same = True
        for m in range(n):
            if own_starts[m] != starts[k + m] or own_ends[m] != ends[k + m]:
                same = False
                break
        if same:
            out[r, 0], out[r, 1] = a, b
    return out


@njit(cache=True)
def _hash_spans(cp, starts, ends):
    out = np.empty(len(starts), dtype=np.uint64)
    for t in range(len(starts)):
        h = _FNV_OFFSET
        for q in range(starts[t], ends[t]):
            h = (h ^ np.uint64(cp[q])) * _FNV_PRIME
        out[t] = h
    return out


def token_ids(text: str, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """The 64-bit id (see the module docstring) of each token span of ``text``."""
    low = text.lower()
    if len(low) == len(text):
        return _hash_spans(code_points(low), starts, ends)
    out = np.empty(len(starts), dtype=np.uint64)
    for k, (s, e) in enumerate(zip(starts.tolist(), ends.tolist())):
        word = code_points(text[s:e].lower())
        out[k] = _hash_spans(word, np.zeros(1, dtype=np.int64), np.full(1, len(word), dtype=np.int64))[0]
    return out


def scan(text: str, bounds: list[tuple[int, int]] | None = None,
         cp: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Token ``starts``, ``ends`` (int64) of ``text``, or of each range of ``bounds`` in turn (as
    ``TOKEN_RE.finditer(text, start, end)`` would find them), and the index of the range each token is in.
    ``cp``: the text's :func:`code_points`, when the caller has them already."""
    b = np.array(bounds if bounds is not None else [(0, len(text))], dtype=np.int64).reshape(-1, 2)
    return scan_ranges(code_points(text) if cp is None else cp, char_flags(), b)


@njit(cache=True)
def _rows_if_same(cp, flags, starts, bounds):
    """The range (row of ``bounds``) of each whole-text token when scanning each range on its own gives
    exactly the whole text's tokens, else an empty array. That holds when the ranges are in order and apart,
    every token starts inside one, and each range ends at the text's end or before a code point that no
    alternative of ``TOKEN_RE`` reads on through (neither ``\\w`` nor ``.``, ``,``, ``-``, ``'``): there each
    one stops as it does at the end of the text, and no token runs across the end (tokens are made of those
    code points only). A token inside a range starts where the range's own scan starts one: matches look
    behind nothing."""
    rows = np.empty(len(starts), dtype=np.int64)
    none = np.empty(0, dtype=np.int64)
    for r in range(len(bounds)):
        if r > 0 and bounds[r, 0] < bounds[r - 1, 1]:
            return none
        hi = bounds[r, 1]
        if hi < len(cp):
            c = cp[hi]
            if flags[c] & WORD or c == 46 or c == 44 or c == 45 or c == 39:
                return none
    r = 0
    for t in range(len(starts)):
        while r < len(bounds) and bounds[r, 1] <= starts[t]:
            r += 1
        if r == len(bounds) or starts[t] < bounds[r, 0]:
            return none  # a token outside every range
        rows[t] = r
    return rows


def range_tokens(text: str, bounds: list[tuple[int, int]], tokens: tuple | None = None,
                 cp: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Token ``starts``, ``ends``, range index (as :func:`scan` of ``bounds``) and ids (as :func:`token_ids`)
    of each range of ``bounds`` (sentences) scanned on its own. ``tokens``: the whole text's
    :func:`token_arrays`, where the caller has them: used, with each token's range found in one compiled
    pass, when they are exactly the ranges' tokens (see :func:`_rows_if_same`; in news text nearly always),
    else the ranges are scanned."""
    cp = code_points(text) if cp is None else cp
    b = np.array(bounds, dtype=np.int64).reshape(-1, 2)
    if tokens is not None:
        rows = _rows_if_same(cp, char_flags(), tokens[0], b)
        if len(rows) == len(tokens[0]):
            return tokens[0], tokens[1], rows, tokens[2]
    starts, ends, rows = scan_ranges(cp, char_flags(), b)
    return starts, ends, rows, token_ids(text, starts, ends)


@njit(cache=True)
def punkt_candidates(cp, flags, non_word, bounds):
    """The sentence-break candidates NLTK's Punkt tests in each range ``(lo, hi)`` of ``bounds`` (a paragraph
    split on its own), as :meth:`analysis.text._SentenceTokenizer.range_spans` reads them: one row
    ``(range, end, after_end, next_start, word_start, decision)`` per candidate tested, in text order.

    A candidate is a ``.``, ``?`` or ``!`` followed, inside the range, by a character of NLTK's ``NonWord``
    class (``non_word[c]``; ``after_end`` is then the position after it and ``next_start`` -1) or by white
    space (``\\s``, :data:`SPACE`) and a run of other characters (``next_start`` / ``after_end`` its span):
    NLTK's ``period_context_re``. Its word starts after the last ASCII white space (``string.whitespace``)
    since the previous candidate, or is the previous candidate's word when there is none; a candidate is
    tested when the next one's word starts at or after it (NLTK's ``_match_potential_end_contexts``).

    ``decision``: 1 a break (``?`` or ``!``: its own token, never the context's last), 0 no break (one ASCII
    letter, ``.``, spaces, ASCII letters: an initial), -2 a break unless the word (two or more ASCII letters
    before the ``.``) is an abbreviation, -1 for the full break test on the context
    ``text[word_start:after_end]``."""
    total = 0
    for r in range(len(bounds)):
        for p in range(bounds[r, 0], bounds[r, 1]):
            if cp[p] == 46 or cp[p] == 63 or cp[p] == 33:
                total += 1
    out = np.empty((total, 6), dtype=np.int64)
    n = 0
    for r in range(len(bounds)):
        lo, hi = bounds[r, 0], bounds[r, 1]
        have_prev = False
        prev_end = prev_after = prev_next = 0
        prev_start = prev_stop = lo
        for p in range(lo, hi):
            c = cp[p]
            if (c != 46 and c != 63 and c != 33) or p + 1 >= hi:
                continue
            d = cp[p + 1]
            if non_word[d]:
                after, nxt = p + 2, -1
            elif flags[d] & SPACE:
                q = p + 1
                while q < hi and flags[cp[q]] & SPACE:
                    q += 1
                if q >= hi:
                    continue  # white space up to the end: no token after it
                nxt = q
                while q < hi and not flags[cp[q]] & SPACE:
                    q += 1
                after = q
            else:
                continue
            ws = -1
            q = p - 1
            while q >= prev_stop:
                x = cp[q]
                if x == 32 or 9 <= x <= 13:
                    ws = q
                    break
                q -= 1
            word_start = ws + 1 if ws > prev_stop else prev_start
            if have_prev and prev_stop <= word_start:
                n = _punkt_row(out, n, r, cp, flags, prev_end, prev_after, prev_next, prev_start)
            have_prev = True
            prev_end, prev_after, prev_next, prev_start, prev_stop = p, after, nxt, word_start, p
        if have_prev:
            n = _punkt_row(out, n, r, cp, flags, prev_end, prev_after, prev_next, prev_start)
    return out[:n].copy()


@njit(cache=True)
def _punkt_row(out, n, r, cp, flags, end, after, nxt, word_start):
    """Write the row of one tested candidate (see :func:`punkt_candidates`) at ``n``; returns ``n + 1``."""
    decision = -1
    if cp[end] != 46:
        decision = 1
    else:
        letters = end > word_start
        for q in range(word_start, end):
            if not flags[cp[q]] & ASCII_LETTER:
                letters = False
                break
        if letters and end - word_start >= 2:
            decision = -2
        elif letters and end + 1 < after and cp[end + 1] == 32:
            q = end + 1
            while q < after and cp[q] == 32:
                q += 1
            plain = q < after
            for t in range(q, after):
                if not flags[cp[t]] & ASCII_LETTER:
                    plain = False
                    break
            if plain:
                decision = 0
    out[n, 0], out[n, 1], out[n, 2], out[n, 3], out[n, 4], out[n, 5] = r, end, after, nxt, word_start, decision
    return n + 1


@njit(cache=True)
def punkt_sentences(cp, flags, realign_first, bounds, ends, found):
    """The sentences ``(range, start, end)`` of each range of ``bounds`` from the rows of
    :func:`punkt_candidates` with every decision made (1 a break, 0 not), as NLTK's
    ``PunktSentenceTokenizer.span_tokenize`` makes them: the text is cut after each break (the next piece
    starting at the token after it) and at ``ends[range]`` (the range without its trailing white space); then
    closing punctuation that opens a piece (NLTK's ``re_boundary_realignment``, whose leading class is
    ``realign_first``) joins the piece before it (:func:`_realign_match`). Empty pieces are dropped."""
    out = np.empty((len(found) + len(bounds), 3), dtype=np.int64)
    cut_start = np.empty(len(found) + 1, dtype=np.int64)
    cut_end = np.empty(len(found) + 1, dtype=np.int64)
    n = 0
    k = 0
    for r in range(len(bounds)):
        m = 0
        last_break = bounds[r, 0]
        while k < len(found) and found[k, 0] == r:
            if found[k, 5]:
                cut_start[m], cut_end[m] = last_break, found[k, 1] + 1
                m += 1
                last_break = found[k, 3] if found[k, 3] >= 0 else found[k, 1] + 1
            k += 1
        cut_start[m], cut_end[m] = last_break, ends[r]
        m += 1
        realign = 0
        for j in range(m):
            s1, e1 = cut_start[j] + realign, cut_end[j]
            if j == m - 1:
                if s1 < e1:
                    out[n, 0], out[n, 1], out[n, 2] = r, s1, e1
                    n += 1
                break
            stop, after = _realign_match(cp, flags, realign_first, cut_start[j + 1], cut_end[j + 1])
            if stop >= 0:
                out[n, 0], out[n, 1], out[n, 2] = r, s1, stop
                n += 1
                realign = after - cut_start[j + 1]
            else:
                realign = 0
                if s1 < e1:
                    out[n, 0], out[n, 1], out[n, 2] = r, s1, e1
                    n += 1
    return out[:n].copy()


@njit(cache=True)
def _realign_match(cp, flags, first, lo, hi):
    """NLTK's ``re_boundary_realignment`` (closing marks, lazily, then white space, ``--`` ahead or the end of a
    line; ``re.MULTILINE``) matched at ``lo`` in ``cp[lo:hi]``: ``(end of the marks, end of the match)``, or
    ``(-1, -1)``."""
    if lo >= hi or not first[cp[lo]]:
        return -1, -1
    q = lo + 1
    while True:
        if q < hi and flags[cp[q]] & SPACE:
            t = q
            while t < hi and flags[cp[t]] & SPACE:
                t += 1
            return q, t
        if q + 1 < hi and cp[q] == 45 and cp[q + 1] == 45:
            return q, q
        if q == hi or cp[q] == 10:
            return q, q
        if first[cp[q]]:
            q += 1
            continue
        return -1, -1


def token_arrays(text: str, lower: bool = True) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Token ``starts``, ``ends`` (int64) and ids (uint64) of ``text``; with ``lower=False`` the ids are those
    of the tokens as written (for a text that is lower-cased already, or counted with its case)."""
    cp = code_points(text)
    starts, ends, _ = scan(text, cp=cp)
    return starts, ends, token_ids(text, starts, ends) if lower else _hash_spans(cp, starts, ends)


@lru_cache(maxsize=4)
def _titles(titles: tuple[str, ...]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The title words as the scanner reads them: their code points one after the other, where each ends, and
    for each code point up to the largest first one, whether a title starts with it."""
    if not all(re.fullmatch(r"\w+", t) for t in titles):
        raise ValueError(f"titles must be word characters only: {titles!r}")
    firsts = [ord(t[0]) for t in titles]
    first = np.zeros(max(firsts, default=-1) + 1, dtype=np.bool_)
    first[firsts] = True
    return code_points("".join(titles)), np.cumsum([len(t) for t in titles]).astype(np.int64), first


def quote_token_spans(text: str, start: int, end: int, titles: tuple[str, ...]) -> tuple[list[int], list[int]]:
    """Starts and ends of the :data:`analysis.quotes.TOKEN_RE` tokens of ``text[start:end]``, as
    ``finditer(text, start, end)`` finds them (the pattern looks behind nothing, so the slice is scanned);
    ``titles``: the title words of its second alternative, in its order."""
    piece = code_points(text[start:end])
    starts, ends = scan_quote_tokens(piece, char_flags(), *_titles(titles))
    return (starts + start).tolist(), (ends + start).tolist()


def quote_token_arrays(cp: np.ndarray, titles: tuple[str, ...]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Starts and ends (int64) of the :data:`analysis.quotes.TOKEN_RE` tokens of the whole text whose
    :func:`code_points` are ``cp`` (the spans of :func:`quote_token_spans`) and each token's FNV-1a id of its
    code points *as written* (case kept: "The" and "the" differ), the key of an :class:`IdTable`."""
    starts, ends = scan_quote_tokens(cp, char_flags(), *_titles(titles))
    return starts, ends, _hash_spans(cp, starts, ends)


def same_token_ranges(cp: np.ndarray, starts: np.ndarray, ends: np.ndarray, bounds: list[tuple[int, int]],
                      titles: tuple[str, ...]) -> list[tuple[int, int] | None]:
    """For each range ``(lo, hi)`` of ``bounds``: ``(a, b)`` when the tokens of ``text[lo:hi]`` (as
    :func:`quote_token_spans` finds them in the cut text) are exactly the whole-text tokens ``a`` to ``b - 1``
    (``starts``, ``ends`` of :func:`quote_token_arrays`), else ``None``: a token across ``lo``, or a token near
    ``hi`` that the cut changes ("Mr." before a line break is "Mr" + "." when the text stops after it)."""
    b = np.array(bounds, dtype=np.int64).reshape(-1, 2)
    found = _same_token_ranges(cp, char_flags(), *_titles(titles), starts, ends, b).tolist()
    return [None if a < 0 else (a, z) for a, z in found]


@njit(cache=True)
def _slot(keys, used, key):
    """Slot of ``key`` in an open-addressing table of ``len(keys)`` (a power of two) slots, or of the empty slot
    where it goes (linear probing from its low bits: FNV-1a ids are well mixed)."""
    mask = np.uint64(len(keys) - 1)
    i = key & mask
    while used[i] and keys[i] != key:
        i = (i + np.uint64(1)) & mask
    return i


@njit(cache=True)
def _number(keys, values, used, ids, base):
    """The number kept for each id; an id not in the table is put in with the next number from ``base``
    (in order of first occurrence). Returns the numbers and the index of each new id's first occurrence."""
    out = np.empty(len(ids), dtype=np.int64)
    first = np.empty(len(ids), dtype=np.int64)
    m = 0
    for k in range(len(ids)):
        i = _slot(keys, used, ids[k])
        if not used[i]:
            keys[i], values[i], used[i] = ids[k], base + m, True
            first[m] = k
            m += 1
        out[k] = values[i]
    return out, first[:m].copy()


@njit(cache=True)
def _insert(keys, values, used, ids, numbers):
    for k in range(len(ids)):
        i = _slot(keys, used, ids[k])
        keys[i], values[i], used[i] = ids[k], numbers[k], True


class IdTable:
    """A number for every distinct 64-bit token id, given in order of first sight: 0, 1, 2, ...

    :meth:`number` numbers the ids of a run of tokens (a document's: :func:`quote_token_arrays`,
    :func:`token_arrays`) in one compiled loop over a hash table of arrays (open addressing, kept at most half
    full) and says which ids were new, so that the caller makes the text of a new word, and whatever it keeps
    per word (an array indexed by the number), once per distinct word: the quotation rules keep per-word
    flags, the term counter (:class:`analysis.frequency.TermCounter`) the token texts; the document
    statistics (:func:`analysis.describe.document_stats`) take the numbers as dense codes. Two different texts
    with one 64-bit id would share a number; for the ~10^6 distinct words of a large corpus the chance of any
    such pair is about n^2 / 2^65 ~ 3 * 10^-8. With a ``limit``, the table is emptied (numbering starts again
    from 0) before a run when it holds more than ``limit`` words, so memory stays bounded.
    """

    def __init__(self, limit: int | None = None, slots: int = 1 << 12):
        self.limit = limit
        self._empty(slots)

    def _empty(self, slots: int) -> None:
        self.keys = np.zeros(slots, dtype=np.uint64)
        self.values = np.zeros(slots, dtype=np.int64)
        self.used = np.zeros(slots, dtype=np.bool_)
        self.size = 0

    def number(self, ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The number (int64) of each id, and the indexes in ``ids`` of the first occurrences of the ids new
        to the table (their numbers are ``size`` before the call, and on, in that order)."""
        if self.limit is not None and self.size > self.limit:
            self._empty(len(self.keys))
        if 2 * (self.size + len(ids)) > len(self.keys):  # grow (as if every id were new): every word put back
            old = self.keys[self.used], self.values[self.used]
            slots = len(self.keys)
            while 2 * (self.size + len(ids)) > slots:
                slots *= 2
            self._empty(slots)
            _insert(self.keys, self.values, self.used, *old)
            self.size = len(old[0])
        numbers, first = _number(self.keys, self.values, self.used, ids, self.size)
        self.size += len(first)
        return numbers, first
