"""KWIC lines (offsets into the raw text, sorting) and dispersion (positions, Gries' DP) by hand."""

import math

import pytest

from analysis import concordance as C
from analysis.corpus import load_corpus

A = "The guarantee was weak. Security guarantees matter; zebra security guarantees again.\n"
# offsets: guarantee 4-13, Security 24, guarantees 33-43, security 58, guarantees 67-77
# in B: ceasefire 3, ceasefire-line 20, security 39, guarantees 48-58
B = "No ceasefire yet. A ceasefire-line and security guarantees.\n"


@pytest.fixture()
def tiny(tmp_path):
    (tmp_path / "a.txt").write_text(A, encoding="utf-8")
    (tmp_path / "b.txt").write_text(B, encoding="utf-8")
    return load_corpus(tmp_path)


def test_find_word_by_lemma_with_raw_offsets(tiny):
    hits = C.find(tiny, "guarantee")
    # a: guarantee (4-13), guarantees (33-43), guarantees (67-77); b: guarantees (49-59)
    assert list(zip(hits["doc_id"], hits["start"], hits["end"])) == [("a", 4, 13), ("a", 33, 43), ("a", 67, 77),
                                                                     ("b", 48, 58)]
    for row in hits.itertuples():
        assert tiny.evidence(row.doc_id, row.start, row.end).lower().startswith("guarantee")
    # by surface form only the singular matches
    assert len(C.find(tiny, "guarantee", by="lower")) == 1


def test_find_phrase_and_prefix(tiny):
    hits = C.find(tiny, "security guarantees")
    assert list(zip(hits["doc_id"], hits["start"], hits["end"])) == [("a", 24, 43), ("a", 58, 77), ("b", 39, 58)]
    assert tiny.evidence("a", 24, 43) == "Security guarantees"
    assert list(C.find(tiny, "security_guarantee")["start"]) == [24, 58, 39]  # phrase-term spelling
    # "ceasefire*" matches "ceasefire" and the hyphenated token "ceasefire-line"
    assert list(C.find(tiny, "ceasefire*")["start"]) == [3, 20]
    # a phrase never spans two sentences: "weak. Security" is not found
    assert C.find(tiny, "weak security").empty


def test_positions_are_relative_token_index(tiny):
    # a's tokens: The(0) guarantee(1) was(2) weak(3) Security(4) guarantees(5) matter(6) zebra(7) security(8) guarantees(9)
    # again(10) -> 11 tokens; "guarantee" at index 1 -> 1/11
    hits = C.find(tiny, "guarantee")
    a = hits[hits["doc_id"] == "a"]
    assert list(a["token_index"]) == [1, 5, 9]
    assert list(a["position"]) == pytest.approx([1 / 11, 5 / 11, 9 / 11], rel=1e-12)


def test_kwic_lines_and_sorting(tiny):
    lines = C.kwic(tiny, "security guarantees", width=10)
    assert list(lines.columns) == C.KWIC_COLUMNS
    first = lines.iloc[0]
    assert (first["left"], first["match"], first["right"]) == ("was weak.", "Security guarantees", "matter; ze")
    # sort by the word just left of the match: "and" (b) < "weak" (a) < "zebra" (a)
    left = C.kwic(tiny, "security guarantees", width=20, sort="left")
    assert list(zip(left["doc_id"], left["start"])) == [("b", 39), ("a", 24), ("a", 58)]
    # sort by the words right of the match: "" (end of b) < "again" < "matter"
    right = C.kwic(tiny, "security guarantees", width=20, sort="right")
    assert list(zip(right["doc_id"], right["start"])) == [("b", 39), ("a", 58), ("a", 24)]
    text = C.format_kwic(left, width=20)
    assert len(text.splitlines()) == 3 and "Security guarantees" in text
    assert C.format_kwic(C.kwic(tiny, "nothing")) == "(no occurrences)"
    with pytest.raises(ValueError):
        C.kwic(tiny, "x", sort="middle")


def test_gries_dp_by_hand():
    # sizes 50/30/20 -> s = .5 .3 .2; counts 1/1/8 -> v = .1 .1 .8
    # DP = 0.5 (|.1-.5| + |.1-.3| + |.8-.2|) = 0.5 * 1.2 = 0.6; DP_norm = 0.6 / (1 - 0.2) = 0.75
    dp, norm = C.gries_dp([1, 1, 8], [50, 30, 20])
    assert dp == pytest.approx(0.6, rel=1e-12) and norm == pytest.approx(0.75, rel=1e-12)
    # spread exactly as the sizes -> 0
    assert C.gries_dp([5, 3, 2], [50, 30, 20])[0] == pytest.approx(0.0, abs=1e-12)
    assert all(math.isnan(x) for x in C.gries_dp([0, 0], [1, 1]))


def test_dispersion_tables(tiny):
    # parts in words: a 11; b 8 (No ceasefire yet A ceasefire-line and security guarantees)
    disp = C.dispersion(tiny, ["guarantee", "zebra"])
    assert list(disp["term"]) == ["guarantee"] * 4 + ["zebra"]
    table = C.dispersion_table(tiny, ["guarantee", "zebra"]).set_index("term")
    # guarantee: v = 3/4, 1/4; s = 11/19, 8/19 -> DP = 0.5 (|.75 - 11/19| + |.25 - 8/19|) = 0.75 - 11/19
    assert table.loc["guarantee", "dp"] == pytest.approx(0.75 - 11 / 19, rel=1e-12)
    assert table.loc["guarantee", "parts_with"] == 2 and table.loc["zebra", "parts_with"] == 1
