"""Readability formulas (Flesch 1948; Kincaid et al. 1975) with a rule-based syllable counter.

The syllable counter is a heuristic (vowel groups with corrections for silent final *e* and the
*-ed* / *-es* endings), as in most readability tools that do without a pronouncing dictionary (CMUdict is an
nltk_data download, which this project does not use). Scores are comparable between articles of this
project, not to the third decimal with other tools.
"""

from __future__ import annotations

import re
from functools import lru_cache

_VOWEL_GROUPS = re.compile(r"[aeiouy]+")
_NON_LETTERS = re.compile(r"[^a-z]")


@lru_cache(maxsize=100_000)
def syllables(word: str) -> int:
    """Estimated syllables in one English word (at least 1 for any word with a letter, 0 otherwise)."""
    w = _NON_LETTERS.sub("", word.lower())
    if not w:
        return 0
    count = len(_VOWEL_GROUPS.findall(w))
    if w.endswith("e") and not w.endswith(("le", "ee", "ye")) and count > 1:
        count -= 1  # silent final e: peace, plane
    elif w.endswith("le") and len(w) > 2 and w[-3] in "aeiouy" and count > 1:
        count -= 1  # vowel + le: whale, mile
    elif w.endswith("ed") and len(w) > 3 and w[-3] not in "td" and count > 1:
        count -= 1  # jumped, claimed (but wanted, needed)
    elif w.endswith("es") and len(w) > 3 and w[-3] not in "sxzgc" and not w.endswith(("ches", "shes")) and count > 1:
        count -= 1  # makes, provides (but buses, boxes, changes)
    return max(count, 1)


def flesch_reading_ease(words: int, sentences: int, syllable_count: int) -> float:
    """Flesch (1948): 206.835 - 1.015 * words/sentences - 84.6 * syllables/words. Higher is easier;
    60-70 is plain English, 30-50 is college level."""
    return 206.835 - 1.015 * words / sentences - 84.6 * syllable_count / words


def flesch_kincaid_grade(words: int, sentences: int, syllable_count: int) -> float:
    """Flesch-Kincaid grade level (Kincaid et al. 1975): 0.39 * words/sentences + 11.8 * syllables/words - 15.59,
    roughly the US school grade needed to follow the text."""
    return 0.39 * words / sentences + 11.8 * syllable_count / words - 15.59
