"""Readability formulas (Flesch 1948; Kincaid et al. 1975) with a rule-based syllable counter.

The syllable counter is a heuristic (vowel groups with corrections for silent final *e*, the *-ed* /
*-es* endings, a final *-ue* and *-ing* after a vowel), as in most readability tools that do without a pronouncing dictionary (CMUdict is an
nltk_data download, which this project does not use). Scores are comparable between articles of this
project, not to the third decimal with other tools.
"""

from __future__ import annotations

import numpy as np
from numba import njit

from analysis import scanner


def syllables(word: str) -> int:
    """Estimated syllables in one English word (at least 1 for any word with a letter, 0 otherwise): the
    letters a-z of its lower case, one syllable per group of vowels (a e i o u y), then one ending rule:

    * one more for *-ing* / *-ings* after a vowel, whose i would otherwise join the vowel before it
      (going, being, saying);
    * a final *-ue*, *-ues*, *-ued* is sounded (issue, values, argued), except after q, or after g that
      follows a vowel or n (unique, leagues, tongue: one less);
    * one less (when there are two or more) for a silent final *e* after a consonant (peace; not -le, and
      not after a vowel: agree, movie), a vowel + *le* (whale), *-ed* after a consonant other than t or d
      (jumped; not wanted, and not agreed, studied) and *-es* after a consonant other than s, x, z, g, c,
      ch or sh (makes; not boxes, and not guarantees, countries).

    An e that follows a vowel is in that vowel's group already, so no syllable is taken off for it.
    Counted by :func:`span_syllables`, the compiled counter the document statistics use."""
    return max(int(span_syllables(scanner.code_points(word), np.zeros(1, dtype=np.int64),
                                  np.full(1, len(word), dtype=np.int64))[0]), 0)


@njit(cache=True)
def _ascii_letter(c: int) -> int:
    """The a-z letter (as a code) that ``chr(c).lower()`` holds, or 0: A-Z, a-z, and beyond ASCII only U+0130
    (İ -> i + dot) and the Kelvin sign U+212A (-> k); ``tests/test_describe.py`` checks every code point."""
    if 65 <= c <= 90:
        return c + 32
    if 97 <= c <= 122:
        return c
    if c == 0x130:
        return 105
    if c == 0x212A:
        return 107
    return 0


@njit(cache=True)
def _is_vowel(c: int) -> bool:
    return c == 97 or c == 101 or c == 105 or c == 111 or c == 117 or c == 121  # a e i o u y


@njit(cache=True)
def _silent_ue(w, k) -> bool:
    """Whether the final *ue* whose u is at ``w[k]`` is silent: after q (unique), or after g that follows a
    vowel or n (league, vague, tongue); sounded elsewhere (issue, value, continue, argue)."""
    if k < 1:
        return False
    if w[k - 1] == 113:
        return True
    return w[k - 1] == 103 and k >= 2 and (_is_vowel(w[k - 2]) or w[k - 2] == 110)


@njit(cache=True)
def _span_syllables(cp, flags, starts, ends, alpha_flag):
    """:func:`syllables` of each token ``cp[starts[k]:ends[k]]`` (-1 for a token whose lower case has no
    letter, a number), by the rules given there."""
    out = np.empty(len(starts), dtype=np.int64)
    longest = 1
    for k in range(len(starts)):
        longest = max(longest, ends[k] - starts[k])
    w = np.empty(longest, dtype=np.int64)
    for k in range(len(starts)):
        n = 0
        alpha = False
        for p in range(starts[k], ends[k]):
            if flags[cp[p]] & alpha_flag:
                alpha = True
            letter = _ascii_letter(cp[p])
            if letter:
                w[n] = letter
                n += 1
        if not alpha:
            out[k] = -1
            continue
        if n == 0:
            out[k] = 0
            continue
        count = 0
        for i in range(n):
            if _is_vowel(w[i]) and (i == 0 or not _is_vowel(w[i - 1])):
                count += 1
        e, last = w[n - 1], w[n - 2] if n > 1 else 0
        third = w[n - 3] if n > 2 else 0
        u = -1  # the u of a final -ue, -ues or -ued
        if e == 101 and last == 117:
            u = n - 2
        elif (e == 115 or e == 100) and last == 101 and third == 117:
            u = n - 3
        if n >= 4 and w[n - 3] == 105 and w[n - 2] == 110 and e == 103 and _is_vowel(w[n - 4]):
            count += 1  # -ing after a vowel: go-ing, see-ing, say-ing
        elif (n >= 5 and w[n - 4] == 105 and w[n - 3] == 110 and last == 103 and e == 115
              and _is_vowel(w[n - 5])):
            count += 1  # -ings after a vowel: be-ings
        elif u >= 0:
            if _silent_ue(w, u) and count > 1:
                count -= 1  # silent -ue after q, or after g that follows a vowel or n (unique, league, tongue)
        elif e == 101 and last == 108:
            if n > 2 and _is_vowel(third) and count > 1:
                count -= 1  # vowel + le (whale)
        elif e == 101 and not _is_vowel(last) and count > 1:
            count -= 1  # silent final e after a consonant (peace)
        elif (e == 100 and last == 101 and n > 3 and not (third == 116 or third == 100) and not _is_vowel(third)
              and count > 1):
            count -= 1  # -ed after a consonant, not after t or d (jumped)
        elif (e == 115 and last == 101 and n > 3 and not (third == 115 or third == 120 or third == 122 or third == 103
                                                          or third == 99)
              and not (n >= 4 and third == 104 and (w[n - 4] == 99 or w[n - 4] == 115)) and not _is_vowel(third)
              and count > 1):
            count -= 1  # -es after a consonant, not after s x z g c, not -ches / -shes (makes)
        out[k] = max(count, 1)
    return out


def span_syllables(cp: np.ndarray, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """Syllables (:func:`syllables`) of each token span of a text's code points
    (:func:`analysis.scanner.code_points`), -1 for a token whose lower case has no letter (``str.isalpha``)."""
    return _span_syllables(cp, scanner.char_flags(), starts, ends, scanner.ALPHA)


def flesch_reading_ease(words: int, sentences: int, syllable_count: int) -> float:
    """Flesch (1948): 206.835 - 1.015 * words/sentences - 84.6 * syllables/words. Higher is easier;
    60-70 is plain English, 30-50 is college level."""
    return 206.835 - 1.015 * words / sentences - 84.6 * syllable_count / words


def flesch_kincaid_grade(words: int, sentences: int, syllable_count: int) -> float:
    """Flesch-Kincaid grade level (Kincaid et al. 1975): 0.39 * words/sentences + 11.8 * syllables/words - 15.59,
    roughly the US school grade needed to follow the text."""
    return 0.39 * words / sentences + 11.8 * syllable_count / words - 15.59
