"""Keyness statistics checked against values worked out by hand on one small 2 x 2 table.

The table used throughout (target: 100 words, reference: 200 words)::

                  target   reference   row total
    term          a = 10   b = 5       R1 = 15
    other words   c = 90   d = 195     R2 = 285
    column total  C1 = 100 C2 = 200    N = 300
"""

import math

import numpy as np
import pandas as pd
import pytest
from scipy.stats import false_discovery_control

from analysis import keyness as K

TIGHT = dict(rel=1e-9, abs=1e-12)


def test_expected_counts_by_hand():
    # E = row * col / N: 15*100/300 = 5, 15*200/300 = 10, 285*100/300 = 95, 285*200/300 = 190
    e = [float(x[0]) for x in K.expected_counts([10], [5], 100, 200)]
    assert e == pytest.approx([5, 10, 95, 190], **TIGHT)


def test_g2_without_correction_by_hand():
    # G2 = 2 * (10 ln(10/5) + 5 ln(5/10) + 90 ln(90/95) + 195 ln(195/190))
    #    = 2 * (6.931472 - 3.465736 - 4.866049 + 5.065218) = 7.329812
    hand = 2 * (10 * math.log(2) + 5 * math.log(0.5) + 90 * math.log(90 / 95) + 195 * math.log(195 / 190))
    stat, p = K.g2([10], [5], 100, 200, williams=False)
    assert stat[0] == pytest.approx(hand, **TIGHT)
    assert stat[0] == pytest.approx(7.329812, rel=1e-6)
    # chi-square(1) tail: p = erfc(sqrt(G2 / 2))
    assert p[0] == pytest.approx(math.erfc(math.sqrt(hand / 2)), **TIGHT)


def test_g2_williams_correction_by_hand():
    # q = 1 + (N (1/R1 + 1/R2) - 1) (N (1/C1 + 1/C2) - 1) / (6 N)
    #   = 1 + (300 (1/15 + 1/285) - 1) (300 (1/100 + 1/200) - 1) / 1800
    #   = 1 + (21.052632 - 1) (4.5 - 1) / 1800 = 1 + 20.052632 * 3.5 / 1800 = 1.038991
    q = 1 + (300 * (1 / 15 + 1 / 285) - 1) * (300 * (1 / 100 + 1 / 200) - 1) / 1800
    assert q == pytest.approx(1.0389912, rel=1e-6)
    raw = 2 * (10 * math.log(2) + 5 * math.log(0.5) + 90 * math.log(90 / 95) + 195 * math.log(195 / 190))
    stat, p = K.g2([10], [5], 100, 200)
    assert stat[0] == pytest.approx(raw / q, **TIGHT)          # 7.329812 / 1.038991 = 7.054739
    assert stat[0] == pytest.approx(7.054739, rel=1e-6)
    assert p[0] == pytest.approx(math.erfc(math.sqrt(raw / q / 2)), **TIGHT)


def test_g2_zero_count_cell():
    # a = 0: the 0 * ln 0 term is 0; b = 6, n1 = n2 = 100: E11 = E12 = 3, E21 = E22 = 97
    # G2 = 2 (6 ln(6/3) + 100 ln(100/97) + 94 ln(94/97))
    hand = 2 * (6 * math.log(2) + 100 * math.log(100 / 97) + 94 * math.log(94 / 97))
    stat, _ = K.g2([0], [6], 100, 100, williams=False)
    assert stat[0] == pytest.approx(hand, **TIGHT)


def test_log_ratio_by_hand():
    # log2((10/100) / (5/200)) = log2(0.1 / 0.025) = log2(4) = 2
    assert K.log_ratio([10], [5], 100, 200)[0] == pytest.approx(2.0, **TIGHT)
    # zero count -> 0.5: log2((0.5/100) / (4/200)) = log2(0.005 / 0.02) = log2(0.25) = -2
    assert K.log_ratio([0], [4], 100, 200)[0] == pytest.approx(-2.0, **TIGHT)
    assert K.log_ratio([4], [0], 200, 100)[0] == pytest.approx(2.0, **TIGHT)


def test_log_odds_informative_dirichlet_by_hand():
    # prior = corpus counts [term 15, other 285] -> alpha0 = 300, alpha_w = 15
    # delta = ln((10+15)/(100+300-10-15)) - ln((5+15)/(200+300-5-15)) = ln(25/375) - ln(20/480)
    #       = ln((1/15) / (1/24)) = ln(1.6) = 0.470004
    # var = 1/(10+15) + 1/(5+15) = 0.04 + 0.05 = 0.09, sd = 0.3, z = 0.470004 / 0.3 = 1.566679
    delta, z = K.log_odds_dirichlet([10, 90], [5, 195], 100, 200, [15, 285])
    assert delta[0] == pytest.approx(math.log(1.6), **TIGHT)
    assert z[0] == pytest.approx(math.log(1.6) / 0.3, **TIGHT)
    assert z[0] == pytest.approx(1.566679, rel=1e-6)
    # alpha0 rescales the prior: alpha0 = 30 -> alpha_w = 1.5
    # delta = ln(11.5 / (100 + 30 - 10 - 1.5)) - ln(6.5 / (200 + 30 - 5 - 1.5))
    delta, _ = K.log_odds_dirichlet([10, 90], [5, 195], 100, 200, [15, 285], alpha0=30)
    assert delta[0] == pytest.approx(math.log(11.5 / 118.5) - math.log(6.5 / 223.5), **TIGHT)


def test_benjamini_hochberg_by_hand():
    # sorted p: 0.01 (k=1), 0.03 (k=2), 0.04 (k=3), 0.20 (k=4); p * m / k = 0.04, 0.06, 0.05333, 0.20
    # running minimum from the top: 0.20, 0.05333, min(0.06, 0.05333) = 0.05333, 0.04
    p = [0.01, 0.04, 0.03, 0.20]
    adj = K.benjamini_hochberg(p)
    assert list(adj) == pytest.approx([0.04, 0.16 / 3, 0.16 / 3, 0.20], **TIGHT)
    assert list(adj) == pytest.approx(list(false_discovery_control(p)), **TIGHT)
    assert list(K.benjamini_hochberg([0.9, 0.8])) == pytest.approx([0.9, 0.9], **TIGHT)  # capped, monotone
    assert len(K.benjamini_hochberg([])) == 0


def _freq():
    # source A: 100 words, "peace" 10, "war" 2; source B: 200 words, "peace" 5, "war" 30
    return pd.DataFrame({
        "source": ["A", "A", "B", "B"], "term": ["peace", "war", "peace", "war"],
        "count": [10, 2, 5, 30], "words": [100, 100, 200, 200],
    })


def test_keyness_table_uses_the_same_statistics():
    table = K.keyness(_freq(), "A", "B")
    assert list(table.columns) == K.COLUMNS
    peace = table.set_index("term").loc["peace"]
    assert (peace["count_target"], peace["count_reference"]) == (10, 5)
    assert (peace["words_target"], peace["words_reference"]) == (100, 200)
    assert peace["g2"] == pytest.approx(7.054739, rel=1e-6)
    assert peace["log_ratio"] == pytest.approx(2.0, **TIGHT)
    # prior = whole-table counts over its running words: peace 15 of 300; alpha0 = 300, alpha_peace = 15,
    # the hand table above: delta = ln(25 / 375) - ln(20 / 480) = ln(1.6), z = ln(1.6) / 0.3
    assert peace["log_odds"] == pytest.approx(math.log(1.6), **TIGHT)
    assert peace["log_odds_z"] == pytest.approx(math.log(1.6) / 0.3, **TIGHT)
    # a term the target never uses leans to the reference (negative z), however frequent it is overall
    zero = K.keyness(pd.DataFrame({"source": ["A", "B", "B"], "term": ["x", "x", "trump"], "count": [1, 1, 50],
                                   "words": [100, 1000, 1000]}), "A").set_index("term")
    assert zero.loc["trump", "log_odds_z"] < 0
    assert peace["expected_min"] == pytest.approx(5.0, **TIGHT)
    assert bool(peace["reliable"]) and peace["note"] == ""
    # sorted by z descending: peace (A-typical) before war (B-typical)
    assert list(table["term"]) == ["peace", "war"]
    # BH over the 2 terms of this comparison
    assert list(table["g2_p_adj"]) == pytest.approx(list(K.benjamini_hochberg(table["g2_p"])), **TIGHT)


def test_small_counts_are_flagged_in_plain_words():
    freq = pd.DataFrame({"source": ["A", "B"], "term": ["cede", "cede"], "count": [2, 1], "words": [100, 100]})
    row = K.keyness(freq, "A").iloc[0]
    assert row["reference"] == "rest"
    assert not row["reliable"]
    assert "too few occurrences" in row["note"]


def test_keyness_all_and_errors():
    table = K.keyness_all(_freq())
    assert sorted(table["source"].unique()) == ["A", "B"]
    assert set(table["reference"]) == {"rest"}
    assert K.keyness_all(_freq()[_freq()["source"] == "A"]).empty
    with pytest.raises(ValueError, match="no source 'C'"):
        K.keyness(_freq(), "C")
    assert "0 pass" in K.sample_statement(K.keyness(pd.DataFrame({
        "source": ["A", "B"], "term": ["x", "x"], "count": [1, 1], "words": [10, 10]}), "A"))


def test_keyness_all_adjusts_every_group_over_all_its_terms():
    # many terms share their counts (a news archive's long tail): every group's g2_p_adj is still
    # Benjamini-Hochberg over all of that group's rows, to the bit, and the rows are keyness()'s
    rng = np.random.default_rng(4)
    for _ in range(30):
        groups, terms = [f"s{g}" for g in range(rng.integers(2, 5))], [f"t{t}" for t in range(rng.integers(1, 25))]
        rows = [(g, t, int(rng.choice([0, 1, 1, 2, 3, 8]))) for g in groups for t in terms]
        freq = pd.DataFrame([r for r in rows if r[2] > 0], columns=["source", "term", "count"])
        if freq["source"].nunique() < 2:
            continue
        freq["words"] = freq.groupby("source")["count"].transform("sum") + 10
        table = K.keyness_all(freq)
        for source, rows_of in table.groupby("source"):
            assert np.array_equal(rows_of["g2_p_adj"].to_numpy(), K.benjamini_hochberg(rows_of["g2_p"]))
            alone = K.keyness(freq, source)
            pd.testing.assert_frame_equal(rows_of.reset_index(drop=True), alone.reset_index(drop=True))
        shown = K.keyness_all(freq, used_or_reliable=True)
        kept = table.merge(shown[["source", "term"]])
        pd.testing.assert_frame_equal(shown.reset_index(drop=True), kept.reset_index(drop=True))


def test_chi2_tail_with_one_degree_of_freedom_is_scipys():
    from scipy.stats import chi2
    x = np.array([0.0, 1e-9, 0.5, 3.841458820694124, 10.83, 100.0, 999.9, 1000.1, 1420.27, 1500.0, np.inf])
    got = K.chi2_sf_1df(x)
    assert got[3] == pytest.approx(0.05, rel=1e-12)  # the 5% critical value
    assert got[8] == chi2.sf(1420.27, 1) > 0  # past where erfc underflows: the incomplete gamma's own value
    assert list(got) == pytest.approx(list(chi2.sf(x, 1)), rel=1e-13, abs=0)
    assert K.chi2_sf_1df(3.841458820694124) == pytest.approx(0.05, rel=1e-12)  # a scalar too


def test_house_style_gives_no_distinctive_term(tmp_path):
    """Two sources that report the same thing, one writing "Mr." and "C.I.A.", the other neither: keyness finds
    nothing that one uses more than the other (honorifics left out, C.I.A. counted as CIA)."""
    from analysis.corpus import load_corpus
    from analysis.frequency import frequency_table
    from analysis.text import load_stopwords

    (tmp_path / "a.txt").write_text("Mr. Smith of the C.I.A. met Mr. Jones by e-mail.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Smith of the CIA met Jones by email.\n", encoding="utf-8")
    (tmp_path / "metadata.csv").write_text("doc_id,source\na,Times\nb,Post\n", encoding="utf-8")
    freq = frequency_table(load_corpus(tmp_path), stopwords=load_stopwords())
    table = K.keyness_all(freq)
    assert set(table["term"]) == {"smith", "cia", "meet", "jones", "email"}
    assert (table["count_target"] == 1).all() and (table["count_reference"] == 1).all()
    assert (table["log_odds_z"].abs() < 0.5).all()  # only the running words differ (Times: 2 more, "Mr.")
    pair = K.keyness(freq, "Times", "Post")
    assert "mr" not in set(pair["term"]) and (pair["count_target"] == pair["count_reference"]).all()
    # kept on request: then "mr" is the Times' one distinctive term
    kept = K.keyness(freq, "Times", "Post", drop=())
    assert kept.iloc[0]["term"] == "mr" and kept.iloc[0]["count_target"] == 2
    assert K.house_style_terms() >= {"mr", "mrs", "ms", "dr"}
