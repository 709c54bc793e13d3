"""Lexical diversity, readability and the documents table, checked against values worked out by hand."""

import math

import pytest

from analysis import lexical, readability
from analysis.describe import cleaning_summary, documents_table


def test_mattr_by_hand():
    # window 2 over a a b b: windows (a,a)=1/2, (a,b)=2/2, (b,b)=1/2 -> mean 2/3
    assert lexical.mattr(list("aabb"), window=2) == pytest.approx(2 / 3)
    # shorter than the window: plain TTR 3/4
    assert lexical.mattr(list("abca"), window=50) == 0.75
    assert math.isnan(lexical.mattr([]))
    # window 3 over a b a c a: windows (a,b,a)=2, (b,a,c)=3, (a,c,a)=2 -> 7 / (3 * 3)
    assert lexical.mattr(list("abaca"), window=3) == 7 / 9


def test_mattr_equals_the_sliding_window_count():
    import random
    from collections import Counter

    def sliding(tokens, window):
        counts = Counter(tokens[:window])
        total = len(counts)
        for i in range(window, len(tokens)):
            counts[tokens[i]] += 1
            counts[tokens[i - window]] -= 1
            total += len(+counts)
        return total / ((len(tokens) - window + 1) * window)

    rng = random.Random(7)
    for _ in range(200):
        window = rng.choice([1, 2, 5, 50])
        tokens = [str(rng.randint(0, rng.randint(1, 60))) for _ in range(rng.randint(window + 1, 300))]
        assert lexical.mattr(tokens, window) == sliding(tokens, window)


def test_mtld_by_hand():
    # a a a a: TTR hits 1/2 <= 0.72 at tokens 2 and 4 -> 2 factors, 4/2 = 2 both ways
    assert lexical.mtld(list("aaaa")) == 2
    # a b c a: TTR 3/4 = 0.75 never falls to 0.72 -> partial factor (1-0.75)/(1-0.72) = 0.25/0.28;
    # 4 / (0.25/0.28) = 4.48 forward, and the same backward
    assert lexical.mtld(list("abca")) == pytest.approx(4.48)
    # a b a: TTR 2/3 <= 0.72 at token 3 -> one full factor, 3/1 = 3
    assert lexical.mtld(list("aba")) == 3


@pytest.mark.parametrize("word,n", [("cat", 1), ("table", 2), ("jumped", 1), ("wanted", 2), ("beautiful", 3),
                                    ("peace", 1), ("makes", 1), ("boxes", 2), ("whale", 1), ("territory", 4),
                                    ("the", 1), ("U.S.", 1), ("2025", 0)])
def test_syllables(word, n):
    assert readability.syllables(word) == n


def test_flesch_formulas_by_hand():
    # 100 words, 5 sentences, 150 syllables: 206.835 - 1.015*20 - 84.6*1.5 = 59.635
    assert readability.flesch_reading_ease(100, 5, 150) == pytest.approx(59.635)
    # 0.39*20 + 11.8*1.5 - 15.59 = 9.91
    assert readability.flesch_kincaid_grade(100, 5, 150) == pytest.approx(9.91)


def test_documents_table_on_seeds(seeds):
    docs = documents_table(seeds).set_index("doc_id")
    assert docs["words"].to_dict() == {"000_0d59bf9283d8022c": 891, "001_ae85ccaa47cb3625": 494,
                                       "002_c104377549a06026": 812, "003_15c441768e2c1a07": 722,
                                       "004_dcad965514c1b99f": 370}
    assert docs.loc["003_15c441768e2c1a07", "headings"] == 4
    assert docs.loc["002_c104377549a06026", "removed_chars"] == 342  # the front matter
    assert (docs["quote_marks"] % 2 == 0).all()
    assert docs["mattr"].between(0.8, 0.95).all()


def test_cleaning_summary(seeds):
    s = cleaning_summary(seeds)
    row = s[(s["doc_id"] == "004_dcad965514c1b99f") & (s["rule"] == "lone_punctuation")].iloc[0]
    assert (row["items"], row["chars"]) == (9, 9)


def _reference_mtld_pass(tokens, threshold):
    # one MTLD pass in plain Python: the reference for the compiled pass
    factors, types, count = 0.0, set(), 0
    for tok in tokens:
        types.add(tok)
        count += 1
        if len(types) / count <= threshold:
            factors += 1
            types, count = set(), 0
    if count:
        factors += (1 - len(types) / count) / (1 - threshold)
    return len(tokens) / factors if factors else math.nan


def test_mtld_and_mattr_equal_on_strings_ids_and_the_python_pass():
    import random

    import numpy as np

    rng = random.Random(11)
    for _ in range(300):
        tokens = [str(rng.randint(0, rng.randint(1, 40))) for _ in range(rng.randint(0, 400))]
        expected = (_reference_mtld_pass(tokens, 0.72) + _reference_mtld_pass(tokens[::-1], 0.72)) / 2
        got = lexical.mtld(tokens)
        assert got == expected or (math.isnan(got) and math.isnan(expected))
        # ids equal exactly where the tokens are: the same values, to the last bit
        ids = np.array([hash(t) % 2**64 for t in tokens], dtype=np.uint64)
        assert lexical.mtld(ids) == got or math.isnan(got)
        assert lexical.mattr(ids) == lexical.mattr(tokens) or not tokens


def _regex_syllables(word):
    """The syllable rules as regular expressions: the reference for the compiled counter."""
    import re

    w = re.sub("[^a-z]", "", word.lower())
    if not w:
        return 0
    count = len(re.findall("[aeiouy]+", w))
    ue = re.search("u(?=e[sd]?$)", w)  # the u of a final -ue, -ues, -ued
    if re.search("[aeiouy]ings?$", w):
        count += 1
    elif ue:
        if re.search("(?:q|(?<=[aeiouyn])g)ue[sd]?$", w) and count > 1:
            count -= 1
    elif w.endswith("le"):
        if len(w) > 2 and w[-3] in "aeiouy" and count > 1:
            count -= 1
    elif re.search("[^aeiouy]e$", w) and count > 1:
        count -= 1
    elif w.endswith("ed") and len(w) > 3 and w[-3] not in "tdaeiouy" and count > 1:
        count -= 1
    elif (w.endswith("es") and len(w) > 3 and w[-3] not in "sxzgcaeiouy" and not w.endswith(("ches", "shes"))
          and count > 1):
        count -= 1
    return max(count, 1)


def test_compiled_syllables_equal_the_regex_rules(seeds):
    """:func:`readability.span_syllables` counts what the rules written as regular expressions count (-1 for a
    token whose lower case has no letter), on every token of the seeds and on random strings of tricky
    characters; :func:`readability.syllables` of one word agrees."""
    import random

    import numpy as np

    from analysis import scanner

    def expected(token):
        low = token.lower()
        return _regex_syllables(low) if any(c.isalpha() for c in low) else -1

    words = sorted(set(seeds.tokens["token"]))
    rng = random.Random(3)
    alphabet = "aeiouyAEIOUYbcdghlstxzBCDHLSTXZ\u0130\u212a\u00e9\u00c9\u03a3\u2160\u0345_-'1"
    words += ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 9))) for _ in range(20000)]
    words += ["le", "ee", "e", "ed", "es", "ches", "shes", "whale", "boxes", "wanted", "jumped", "makes", "mile",
              "ue", "ues", "ued", "que", "gue", "ngue", "ing", "aing", "ings", "eings", "ie", "ied", "ies", "yed"]
    text = " ".join(words)
    starts, ends = [], []
    pos = 0
    for w in words:
        starts.append(pos)
        ends.append(pos + len(w))
        pos += len(w) + 1
    got = readability.span_syllables(scanner.code_points(text), np.array(starts), np.array(ends))
    assert got.tolist() == [expected(w) for w in words]
    assert [readability.syllables(w) for w in words[-300:]] == [max(expected(w), 0) for w in words[-300:]]


def test_ascii_letters_and_alpha_flags_on_every_code_point():
    """The compiled counter's view of characters: the a-z letter each code point's lower case holds, and
    whether that lower case has a letter at all, as Python sees them (every code point)."""
    import re

    from analysis import scanner

    flags = scanner.char_flags()
    for cp in range(0x110000):
        low = chr(cp).lower()
        letters = re.sub("[^a-z]", "", low)
        assert readability._ascii_letter(cp) == (ord(letters) if letters else 0), hex(cp)
        assert bool(flags[cp] & scanner.ALPHA) == any(c.isalpha() for c in low), hex(cp)
