"""The compiled scanner finds exactly the tokens of analysis.text.TOKEN_RE, and equal ids for equal tokens."""

import random

import numpy as np
import pytest

from analysis import scanner
from analysis.text import TOKEN_RE

EDGE_CASES = [
    "", " ", "U.S. and U.K. officials", "U.S", "U.S.A.B", "a.m.x", "a.b.Cd", "e.g.,", "A.B.c.", "x.y.z.w.",
    "1,415 people; 2.5% of 3,000.00", "1,", "1.", ",5", "3.14.15", "10-12", "28-point", "don't", "rock 'n' roll",
    "well-known-ish", "-start", "end-", "a--b", "it's'", "_under_score_", "naïve café Zelenskyy's", "数字١٢٣ and ²",
    "Ⅻ chapters", "İstanbul İİ", "ΣΑΣ ΟΔΟΣ", "tab\tand\nnewline", "\ud800 lone surrogate", "emoji 🙂 here",
]


def finditer(text, lo=0, hi=None):
    hi = len(text) if hi is None else hi
    return [m.span() for m in TOKEN_RE.finditer(text, lo, hi)]


def scanned(text, bounds=None):
    starts, ends, _ = scanner.scan(text, bounds)
    return list(zip(starts.tolist(), ends.tolist()))


@pytest.mark.parametrize("text", EDGE_CASES)
def test_edge_cases_match_the_regex(text):
    assert scanned(text) == finditer(text)


def test_random_strings_match_the_regex():
    rng = random.Random(3)
    alphabet = "aZq.,-'_ 1 9\n\té数١²İ"
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        assert scanned(text) == finditer(text), text


def test_ranges_end_the_text_like_endpos():
    text = "U.S.A. said 1,415.5 words; it's"
    for lo in range(len(text)):
        for hi in range(lo, len(text) + 1):
            assert scanned(text, [(lo, hi)]) == finditer(text, lo, hi), (lo, hi)
    # several ranges: their tokens in turn
    assert scanned(text, [(0, 6), (7, 11)]) == finditer(text, 0, 6) + finditer(text, 7, 11)


def test_seeds_match_the_regex(seeds):
    for text in seeds.documents["text"]:
        assert scanned(text) == finditer(text)


def test_ids_equal_for_equal_lower_case_tokens():
    text = "Peace peace PEACE plan İstanbul istanbul"
    starts, ends, ids = scanner.token_arrays(text)
    words = [text[s:e].lower() for s, e in zip(starts, ends)]
    for i in range(len(words)):
        for j in range(len(words)):
            assert (ids[i] == ids[j]) == (words[i] == words[j]), (words[i], words[j])
    # the lower case of U+0130 is longer, so that text is lower-cased token by token: same ids as without it
    _, _, plain = scanner.token_arrays("Peace peace PEACE plan")
    assert np.array_equal(ids[:4], plain)


def test_token_arrays_give_offsets_and_case_blind_stable_ids():
    starts, ends, ids = scanner.token_arrays("The cat, the CAT.")
    assert starts.tolist() == [0, 4, 9, 13] and ends.tolist() == [3, 7, 12, 16]
    assert ids[0] == ids[2] and ids[1] == ids[3] and ids[0] != ids[1]
    # FNV-1a 64 over the code points of "the", worked out here: the same in every process and run
    h = 14695981039346656037
    for c in "the":
        h = ((h ^ ord(c)) * 1099511628211) % 2**64
    assert int(ids[0]) == h


QUOTE_CASES = ["Mr. Smith and Mrs. Jones met Dr. No. 10", "Mr.Smith", "Mr.", "St. Louis, Gen. J. R. Smith", "E. Burman",
               "A.B. and U.S.A.", "a.b.c", "don't ’ quote’s 'x' — dash-word", "\x85word\x90x ¿¡", "“Curly” «guillemets»",
               "Sgt.\nPepper", "Capt.\u00a0Hook", "Maj. A. B.", "", "\ud800", "No.", "Jr.  Sr. Rev.\tAdm. Prof. Lt. Col.",
               "more than 2,400 billionaires, $5.7 billion", "1,", "1.", ",5", "3.14.15", "1,000-strong", "9\x85,5"]


def quote_regex(text, lo=0, hi=None):
    from analysis.quotes import TOKEN_RE as QUOTE_RE

    hi = len(text) if hi is None else hi
    return [m.span() for m in QUOTE_RE.finditer(text, lo, hi)]


def quote_scanned(text, lo=0, hi=None):
    from analysis.quotes.tokens import TITLES as _TITLES  # the abbreviations of the quotation tokenizer

    hi = len(text) if hi is None else hi
    return list(zip(*scanner.quote_token_spans(text, lo, hi, _TITLES)))


@pytest.mark.parametrize("text", QUOTE_CASES)
def test_quote_tokens_match_the_quote_regex(text):
    assert quote_scanned(text) == quote_regex(text)
    for lo in range(len(text) + 1):
        assert quote_scanned(text, lo, len(text)) == quote_regex(text, lo, len(text))
        assert quote_scanned(text, 0, lo) == quote_regex(text, 0, lo)


def test_quote_tokens_match_on_random_strings_and_seeds(seeds):
    rng = random.Random(9)
    alphabet = ["Mr", "Mrs", "No", "St", "A", "b", ".", " ", "\n", "'", "’", "-", "“", "\x85", "9", "é", ",", "U.S.",
                "\t", "\x1c", "\x9f", "\u00a0", "Dr", "_"]  # white space inside and outside U+0080-U+009F
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        assert quote_scanned(text) == quote_regex(text), text
    for text in seeds.documents["text"]:
        assert quote_scanned(text) == quote_regex(text)


def test_range_tokens_reuse_the_whole_text_tokens_only_where_they_are_the_ranges_own():
    # by hand: sentences cut at white space or before '"' reuse the whole text's arrays (the same objects),
    # with each token's sentence; a cut before a code point a token reads on through ("U.S.A" cut after
    # "U.S": the whole text reads "U.S." there, the cut text "U", "S"), a token across a cut or outside
    # every range makes the ranges be scanned
    text = 'It rained."U.S. is big."  Done'
    tokens = scanner.token_arrays(text)
    starts, ends, rows, ids = scanner.range_tokens(text, [(0, 10), (10, 24), (26, 30)], tokens)
    assert starts is tokens[0] and ids is tokens[2] and rows.tolist() == [0, 0, 1, 1, 1, 2]
    for text, bounds in ((text, [(0, 10), (10, 14), (14, 30)]), (text, [(0, 10), (26, 30)]),
                         (text, [(0, 5), (5, 30)]), (text, [(0, 14), (14, 30)]),
                         ("U.S.A", [(0, 4), (4, 5)]), ("1.5", [(0, 2), (2, 3)]),  # "U.S." + "A"; "1." + "5"
                         ("a b c d", [(0, 5), (2, 7)])):  # ranges that overlap: "b c" in both
        starts, ends, rows, ids = scanner.range_tokens(text, bounds, scanner.token_arrays(text))
        assert list(zip(starts.tolist(), ends.tolist())) == [t for lo, hi in bounds for t in finditer(text, lo, hi)]
        assert rows.tolist() == [r for r, (lo, hi) in enumerate(bounds) for _ in finditer(text, lo, hi)]
    # at random: always what scanning each range gives
    rng = random.Random(5)
    alphabet = ["U.", "S.", "U", ".", "a", "A", " ", "\n", "1", ",", "5", "-", "'", '"', ")", "é"]
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 16)))
        cuts = [0] + sorted(rng.randint(0, len(text)) for _ in range(rng.randint(0, 4))) + [len(text)]
        bounds = list(zip(cuts, cuts[1:]))  # the text cut into consecutive ranges, as into sentences
        if rng.random() < 0.3:
            bounds = bounds[::2]  # with gaps
        got = scanner.range_tokens(text, bounds, scanner.token_arrays(text))
        want = scanner.range_tokens(text, bounds)
        assert all((g == w).all() for g, w in zip(got, want)), (text, bounds)


def test_same_token_ranges_exactly_when_the_cut_text_has_the_same_tokens():
    # a range gets (a, b) if and only if its own tokens are the whole text's tokens a..b-1 (titles, initials,
    # acronyms and words whose match depends on what follows the cut)
    from analysis.quotes.tokens import TITLES as _TITLES  # the abbreviations of the quotation tokenizer

    rng = random.Random(11)
    alphabet = ["Mr", "No", "A", "B", "b", ".", ". ", " ", "\n", "U.S", "’", "-", "x.y", "Dr", "9", "\x85"]
    for _ in range(1500):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 16)))
        cp = scanner.code_points(text)
        starts, ends, _ = scanner.quote_token_arrays(cp, _TITLES)
        whole = list(zip(starts.tolist(), ends.tolist()))
        bounds = [tuple(sorted((rng.randint(0, len(text)), rng.randint(0, len(text))))) for _ in range(6)]
        for (lo, hi), got in zip(bounds, scanner.same_token_ranges(cp, starts, ends, bounds, _TITLES)):
            own = quote_scanned(text, lo, hi)
            if got is None:
                assert own != [t for t in whole if lo <= t[0] < hi or t[0] < lo < t[1]], (text, lo, hi)
            else:
                assert own == whole[got[0]:got[1]], (text, lo, hi)


def test_id_table_numbers_each_distinct_id_once_and_keys_by_case():
    from analysis.quotes.tokens import TITLES as _TITLES  # the abbreviations of the quotation tokenizer

    table = scanner.IdTable(limit=8)
    text = "The cat saw the Cat. the end"
    starts, ends, ids = scanner.quote_token_arrays(scanner.code_points(text), _TITLES)
    assert [text[s:e] for s, e in zip(starts, ends)] == ["The", "cat", "saw", "the", "Cat", ".", "the", "end"]
    numbers, first = table.number(ids)
    assert numbers.tolist() == [0, 1, 2, 3, 4, 5, 3, 6]  # "the" twice: one number; "The" / "the" differ
    assert first.tolist() == [0, 1, 2, 3, 4, 5, 7] and table.size == 7
    numbers, first = table.number(ids[:3])
    assert numbers.tolist() == [0, 1, 2] and first.tolist() == []  # all known
    other = "A dog saw"
    s2, e2, i2 = scanner.quote_token_arrays(scanner.code_points(other), _TITLES)
    numbers, first = table.number(i2)
    assert numbers.tolist() == [7, 8, 2] and first.tolist() == [0, 1] and table.size == 9
    # more than ``limit`` words (9 > 8): the table is emptied before the next run, numbering starts again
    numbers, first = table.number(ids[1:2])
    assert numbers.tolist() == [0] and first.tolist() == [0] and table.size == 1


def test_id_table_grows_and_keeps_every_number():
    from analysis.quotes.tokens import TITLES as _TITLES  # the abbreviations of the quotation tokenizer

    table = scanner.IdTable()
    words = [f"w{k}" for k in range(70_000)]  # past 4,096 slots many times (kept at most half full): grows
    text = " ".join(words + words[::-1])
    starts, ends, ids = scanner.quote_token_arrays(scanner.code_points(text), _TITLES)
    for lo in range(0, len(words), 9_000):  # in parts, as documents come
        hi = min(lo + 9_000, len(words))
        numbers, first = table.number(ids[lo:hi])
        assert numbers.tolist() == list(range(lo, hi)) and len(first) == hi - lo
    assert table.size == 70_000 and len(table.keys) == 1 << 18
    numbers, first = table.number(ids)  # every word is known now, the second half in reverse
    assert numbers.tolist() == list(range(70_000)) + list(range(69_999, -1, -1)) and len(first) == 0


def test_char_flags_worked_out_once_then_read_from_their_file(tmp_path, monkeypatch):
    path = tmp_path / "cache" / "char_flags.npy"
    monkeypatch.setattr(scanner, "_char_flags_file", lambda: path)
    worked_out = scanner._work_out_char_flags()
    assert worked_out[ord("a")] == scanner.WORD | scanner.ASCII_LETTER | scanner.ALPHA
    assert worked_out[ord("7")] == scanner.WORD | scanner.DIGIT and worked_out[ord(" ")] == scanner.SPACE
    assert worked_out[0x0130] & scanner.ALPHA  # "İ": its lower case ("i" + a combining dot) holds a letter
    calls = []
    monkeypatch.setattr(scanner, "_work_out_char_flags", lambda: calls.append(1) or worked_out)
    try:
        scanner.char_flags.cache_clear()
        assert (scanner.char_flags() == worked_out).all() and calls == [1] and path.is_file()
        scanner.char_flags.cache_clear()
        assert (scanner.char_flags() == worked_out).all() and calls == [1]  # read from the file
        path.write_bytes(b"not an array")  # a damaged file is worked out again and replaced
        scanner.char_flags.cache_clear()
        assert (scanner.char_flags() == worked_out).all() and calls == [1, 1]
        assert (np.load(path) == worked_out).all() and list(path.parent.iterdir()) == [path]
    finally:
        scanner.char_flags.cache_clear()
