"""Tests for analysis.compare: exact values worked out by hand on tiny inputs, plus smoke tests on seeds/."""

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from analysis.compare import (
    coverage_summary, coverage_table, diff_markup, event_table, find_passages, omissions, passage_shares,
    quote_variants, similarity_matrix, similarity_table,
)
from analysis.compare.coverage import fold
from analysis.compare.timeline import resolve
from analysis.corpus import Corpus, load_corpus

ROOT = Path(__file__).resolve().parents[1]


def docs(*texts, sources=None):
    ids = [f"d{i}" for i in range(len(texts))]
    return pd.DataFrame({"doc_id": ids, "raw": list(texts), "text": list(texts),
                         "source": sources or ids, "published": ["2025-12-08"] * len(texts)})


def corpus_of(*texts, published=None):
    d = docs(*texts)
    if published:
        d["published"] = published
    for col in ("label", "date_basis", "title", "path"):
        d[col] = ""
    return Corpus(documents=d, cleaning=pd.DataFrame(columns=["doc_id", "start", "end", "rule", "text"]),
                  problems=pd.DataFrame(columns=["path", "problem", "action"]), name="test")


@pytest.fixture(scope="module")
def seeds():
    return load_corpus(ROOT / "seeds")


# --- shared passages --------------------------------------------------------------------------------------

A = "Intro words here. The quick brown fox jumps over the lazy dog near the old river bank today. End."
B = "Other start. The quick brown fox leaps over the lazy dog near the old river bank today! Fin."


def test_passage_tolerates_one_changed_word():
    # Tokens of A: Intro words here The quick brown fox jumps over the lazy dog near the old river bank today End
    # B replaces "jumps" by "leaps": 15 aligned tokens "The ... today" on each side, 14 identical
    # (the change sits 4 words from the start, closer than a 5-word seed: found by the extension step).
    p = find_passages(docs(A, B), min_words=8, seed=5)
    assert len(p) == 1
    r = p.iloc[0]
    assert (r.words, r.words_b, r.matched_words) == (15, 15, 14)
    assert A[r.start_a:r.end_a] == "The quick brown fox jumps over the lazy dog near the old river bank today"
    assert B[r.start_b:r.end_b] == "The quick brown fox leaps over the lazy dog near the old river bank today"


def test_passage_tolerates_inserted_word_and_quote_style():
    a = 'He said "we will never give up our land to anyone at all" on Monday.'
    b = "He said \u201cwe will never ever give up our land to anyone at all\u201d on Monday."
    p = find_passages(docs(a, b), min_words=8, seed=4)
    # whole sentences align: a has 15 tokens, b 16 (the inserted "ever")
    assert (p.iloc[0].words, p.iloc[0].words_b, p.iloc[0].matched_words) == (15, 16, 15)


def test_passages_three_documents_each_pair():
    texts = (A, B, A.replace("Intro", "Prelude") + " " + B, "Unrelated text about something else entirely here.")
    found = find_passages(docs(*texts), min_words=8, seed=5)
    # d0-d1 once; d2 holds A and B, so d0-d2 and d1-d2 align twice each (the exact copy, and the version with
    # "jumps"/"leaps" changed)
    assert found[["doc_a", "doc_b"]].value_counts().sort_index().tolist() == [1, 2, 2]


def test_passages_alike_with_and_without_the_packed_sort_keys(monkeypatch):
    from analysis.compare import passages

    texts = (A, B, A.replace("Intro", "Prelude") + " " + B, A + " " + A)
    expected = find_passages(docs(*texts), min_words=8, seed=5)
    assert len(expected)
    monkeypatch.setattr(passages, "PACKED_BITS", 4)  # too few bits: np.lexsort on the keys
    pd.testing.assert_frame_equal(find_passages(docs(*texts), min_words=8, seed=5), expected)


@pytest.mark.parametrize("bits", [64, 4])
def test_hits_sorted_as_lexsort_sorts_them(bits, monkeypatch):
    # the packed-key sort against its reference, np.lexsort on (da, db, diagonal, i)
    from analysis.compare import passages

    monkeypatch.setattr(passages, "PACKED_BITS", bits)
    rng = np.random.default_rng(2)
    hits = rng.integers(0, 50, size=(500, 4)).astype(np.int32)
    da, i, db, j = (hits[:, k].astype(np.int64) for k in range(4))
    order = np.lexsort((i, i - j, db, da))
    for x, y in zip(passages._sorted_hits(hits), (da[order], i[order], db[order], j[order])):
        assert np.array_equal(x, y)


def test_shingle_group_order_is_a_stable_argsort_also_where_key_prefixes_collide():
    # the packed-key sort against its reference, np.argsort(kind="stable"); colliding key prefixes cannot be
    # made from text, hence the direct call
    from analysis.compare.passages import _group_order

    rng = np.random.default_rng(3)
    # 1,000 hashes: 12 index bits, so hashes equal in their top 52 bits share a key prefix; draw from a few
    # prefixes with several low parts each (prefix runs holding different hashes), plus repeats and extremes
    prefixes = rng.integers(0, 2**52, size=6, dtype=np.uint64) << np.uint64(12)
    low = rng.integers(0, 8, size=1000, dtype=np.uint64)
    h = prefixes[rng.integers(0, 6, size=1000)] | low
    h[:5] = [0, 2**64 - 1, 2**64 - 1, 0, 5]
    order, in_order = _group_order(h)
    assert np.array_equal(order, np.argsort(h, kind="stable")) and np.array_equal(in_order, h[order])
    spread = rng.integers(0, 2**63, size=5000, dtype=np.int64).view(np.uint64)
    spread = spread[rng.integers(0, 5000, size=5000)]  # repeats
    assert np.array_equal(_group_order(spread)[0], np.argsort(spread, kind="stable"))
    assert np.array_equal(_group_order(np.array([7], dtype=np.uint64))[0], [0])


@pytest.mark.parametrize("bits", [64, 4])
def test_segments_sorted_within_their_pair_as_tuples(bits, monkeypatch):
    from analysis.compare import passages

    monkeypatch.setattr(passages, "PACKED_BITS", bits)
    rng = np.random.default_rng(4)
    n = 400
    a = np.sort(rng.integers(0, 6, size=n))
    b = np.zeros(n, dtype=np.int64)
    for doc in np.unique(a):  # pairs in order: b ascending within each a
        rows = a == doc
        b[rows] = np.sort(rng.integers(doc + 1, doc + 4, size=rows.sum()))
    a0 = rng.integers(0, 60, size=n)
    a1 = a0 + rng.integers(5, 9, size=n)
    b0 = rng.integers(0, 60, size=n)
    order = np.lexsort((b0, a1, a0, b, a))
    got = passages._sorted_segments(a, b, a0, a1, b0)
    for x, y in zip(got, (a0[order], a1[order], b0[order])):
        assert np.array_equal(x, y)
    one_each = passages._sorted_segments(np.arange(3), np.arange(1, 4), a0[:3], a1[:3], b0[:3])
    assert all(np.array_equal(x, y) for x, y in zip(one_each, (a0[:3], a1[:3], b0[:3])))


# Plain-Python references for the compiled kernels of analysis.compare._align: each kernel must give what its
# reference gives.

def _reference_merge(segs, max_gap):
    runs = []
    for a, b, a0, a1, b0, b1 in segs:
        merged = False
        for run in reversed(runs[-8:]):
            if run[0] != a or run[3] != b:
                break
            if (run[1] <= a0 <= run[2] + max_gap and run[4] <= b0 <= run[5] + max_gap
                    and abs((a0 - b0) - (run[2] - run[5])) <= max_gap):
                run[2], run[5] = max(run[2], a1), max(run[5], b1)
                merged = True
                break
        if not merged:
            runs.append([a, a0, a1, b, b0, b1])
    return [tuple(r) for r in runs]


def _reference_extend(x, y, i, j, step, max_gap):
    edits, last = 0, (i, j)
    while 0 <= i < len(x) and 0 <= j < len(y):
        if x[i] == y[j]:
            i, j = i + step, j + step
            last = (i, j)
            continue
        i2, j2 = i + step, j + step
        if (edits < max_gap and 0 <= i2 + step < len(x) and 0 <= j2 + step < len(y)
                and x[i2] == y[j2] and x[i2 + step] == y[j2 + step]):
            edits, i, j = edits + 1, i2, j2
            continue
        break
    return last


def test_align_kernels_equal_their_python_references():
    from difflib import SequenceMatcher

    from analysis.compare import _align

    rng = np.random.default_rng(7)
    # segments of a few document pairs, sorted as chain_hits sorts them
    segs = sorted((int(a), int(a) + int(d), int(s), int(s) + int(n), int(s) + int(sh), int(s) + int(sh) + int(m))
                  for a, d, s, n, sh, m in zip(rng.integers(0, 3, 400), rng.integers(1, 3, 400),
                                               rng.integers(0, 60, 400), rng.integers(5, 9, 400),
                                               rng.integers(-3, 4, 400), rng.integers(5, 9, 400)))
    cols = [np.array(c, dtype=np.int64) for c in zip(*segs)]
    assert [tuple(r) for r in _align.merge_segments(*cols, 2).tolist()] == _reference_merge(segs, 2)
    # documents over a 4-word vocabulary (many repeats, ties and near matches), runs anywhere in them
    docs_ = [rng.integers(0, 4, n).astype(np.uint64) for n in rng.integers(0, 40, 12)]
    offsets = np.r_[0, np.cumsum([len(d) for d in docs_])].astype(np.int64)
    flat = np.concatenate(docs_)
    runs = []
    for _ in range(300):
        a, b = (int(v) for v in rng.integers(0, 12, 2))
        a0, b0 = int(rng.integers(0, len(docs_[a]) + 1)), int(rng.integers(0, len(docs_[b]) + 1))
        runs.append((a, a0, int(rng.integers(a0, len(docs_[a]) + 1)), b, b0, int(rng.integers(b0, len(docs_[b]) + 1))))
    got = _align.extend_runs(flat, offsets, np.array(runs, dtype=np.int64), 2).tolist()
    matched = _align.matched_words_of_runs(flat, offsets, np.array(got, dtype=np.int64)).tolist()
    for (a, a0, a1, b, b0, b1), new, m in zip(runs, got, matched):
        x, y = docs_[a].tolist(), docs_[b].tolist()
        s0, t0 = (v + 1 for v in _reference_extend(x, y, a0 - 1, b0 - 1, -1, 2))
        s1, t1 = _reference_extend(x, y, a1, b1, 1, 2)
        assert new == [a, s0, s1, b, t0, t1]
        sm = SequenceMatcher(None, x[s0:s1], y[t0:t1], autojunk=False)
        assert m == sum(blk.size for blk in sm.get_matching_blocks())


DISCLAIMER = ("This material may not be published, broadcast, rewritten or redistributed in whole or in part "
              "without the express written permission of the publisher and its licensors. ")


def test_repeated_boilerplate_bounded_memory_and_passage_still_found():
    # two 340 KB articles repeating one disclaimer 2,000 times: each of its shingles occurs 4,000 times, whose
    # all pairs would be 8 million hits per shingle; above MAX_OCCURRENCES they seed nothing, so the search
    # stays within a few times the token arrays (stated bound: 64 MB traced, NumPy's arrays included), and the
    # ordinary passage the two share is still found
    import tracemalloc

    a, b = A + " " + DISCLAIMER * 2000, DISCLAIMER * 2000 + " " + B
    assert len(a) > 330_000
    tracemalloc.start()
    try:
        p = find_passages(docs(a, b), min_words=8, seed=5)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 64 * 2**20, f"peak {peak / 2**20:.0f} MiB"
    assert a[p.iloc[0].start_a:p.iloc[0].end_a].startswith("The quick brown fox jumps")
    assert (p.iloc[0].words, p.iloc[0].matched_words) == (15, 14)


def test_seed_hits_bounded_on_one_long_repeated_field():
    # one field of 2 million tokens (about 10 MB of text) repeating 17 words: no shingle may seed, and memory
    # stays linear in the tokens (stated bound: 64 bytes a token)
    import tracemalloc

    from analysis.compare.passages import MAX_OCCURRENCES, seed_hits

    ids = [np.tile(np.arange(17, dtype=np.int64), 120_000), np.arange(100, dtype=np.int64)]
    tracemalloc.start()
    try:
        hits = seed_hits(ids)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert len(hits) == 0
    assert peak < 64 * sum(len(x) for x in ids), f"peak {peak / 2**20:.0f} MiB"
    # a shingle at the limit still seeds: its hits are all pairs in different documents
    few = [np.arange(5, dtype=np.int64)] * MAX_OCCURRENCES
    assert len(seed_hits(few, max_docs=10**6)) == MAX_OCCURRENCES * (MAX_OCCURRENCES - 1) // 2
    assert len(seed_hits(few + [np.arange(5, dtype=np.int64)], max_docs=10**6)) == 0


def test_no_passage_below_min_words():
    assert find_passages(docs("one two three four five six seven", "one two three four five six seven"),
                         min_words=8, seed=5).empty


def test_passage_shares_counts_union():
    d = docs(A, B)
    p = find_passages(d, min_words=8, seed=5)
    s = passage_shares(p, d).set_index(["doc_id", "other"])
    # A has 3 + 15 + 1 = 19 tokens, 15 of them shared: 15/19
    assert s.loc[("d0", "(any)"), "shared_words"] == 15
    assert s.loc[("d0", "(any)"), "share"] == pytest.approx(15 / 19)


# --- similarity -------------------------------------------------------------------------------------------

def test_jaccard_5gram_by_hand():
    # a: 6 tokens -> 5-grams {a b c d e, b c d e f}; b: 5 tokens -> {a b c d e}; J = 1 / 2
    t = similarity_table(docs("alpha beta gamma delta epsilon zeta", "alpha beta gamma delta epsilon"))
    assert t.iloc[0].jaccard_5gram == pytest.approx(0.5)
    # same content words, so TF-IDF vectors: a has zeta (idf ln(3/2)+1) extra; cosine < 1 but > 0.8
    assert 0.8 < t.iloc[0].cosine_tfidf < 1


def test_similarity_matrix_symmetric():
    t = similarity_table(docs("war peace talks", "peace talks today", "football match"))
    m = similarity_matrix(t, order=["d0", "d1", "d2"])
    assert m.loc["d0", "d1"] == m.loc["d1", "d0"]
    assert m.loc["d0", "d2"] == 0.0 and m.loc["d2", "d2"] == 1.0


# --- diff markup -----------------------------------------------------------------------------------------

def test_diff_markup_wdiff_notation():
    a, b = diff_markup("we have no right to give it away", "we have no legal right to give it")
    assert a == "we have no right to give it [-away-]"
    assert b == "we have no {+legal+} right to give it"


# --- quote variants ---------------------------------------------------------------------------------------

T0 = 'He said: "Under our laws and under moral law we have no right to give anything away." Then he left.'
T1 = 'Zelensky said he had "no right" to do so under international law. Talks went on.'
T2 = '"We have no legal right to do so, under our law and international law, and no moral right," he said.'
T3 = '"The weather in Kyiv is cold today," a resident said.'


def quotes_for(c, spans):
    rows = []
    for doc_id, phrase, kind in spans:
        raw = c.raw(doc_id)
        s = raw.index(phrase)
        rows.append({"doc_id": doc_id, "start": s, "end": s + len(phrase), "text": phrase, "kind": kind,
                     "speaker": "", "actor": ""})
    return pd.DataFrame(rows)


def test_quote_variants_groups_translations_and_partial():
    c = corpus_of(T0, T1, T2, T3)
    q = quotes_for(c, [("d0", "Under our laws and under moral law we have no right to give anything away.", "direct"),
                       ("d1", "no right", "partial"),
                       ("d2", "We have no legal right to do so, under our law and international law, and no moral right,", "direct"),
                       ("d3", "The weather in Kyiv is cold today,", "direct")])
    v = quote_variants(q, c, paraphrases=False)
    assert sorted(v["doc_id"]) == ["d0", "d1", "d2"]       # the weather quote stays alone
    assert v["group_id"].unique().tolist() == [1]
    ref = v[v["is_reference"]].iloc[0]
    assert ref.doc_id == "d2"                               # most content words: the reference
    d0 = v[v["doc_id"] == "d0"].iloc[0]
    # d0 content lemmas {law, moral, no, right, give, away}; d2's {no, legal, right, law, international, moral}
    assert d0.adds == "give; away"
    assert d0.drops == "legal; international"
    assert v[v["doc_id"] == "d1"].iloc[0].form == "partial"


def test_quote_variants_actor_veto():
    c = corpus_of(T0, T2)
    q = quotes_for(c, [("d0", "Under our laws and under moral law we have no right to give anything away.", "direct"),
                       ("d1", "We have no legal right to do so, under our law and international law, and no moral right,", "direct")])
    assert len(quote_variants(q, c)) == 2
    q["actor"] = ["Zelensky", "Yermak"]
    assert quote_variants(q, c).empty


def test_quote_variants_on_seeds(seeds):
    from analysis.quotes import quotes_table
    v = quote_variants(quotes_table(seeds, {}), seeds)
    g1 = v[v["group_id"] == 1]
    # Zelensky's "no right": WaPo and the blog quote it, RBC-Ukraine paraphrases it
    assert {"Cites WaPo", "Blog post", "Cites RBC-Ukraine"} <= set(g1["source"])
    for r in v.itertuples():
        assert seeds.raw(r.doc_id)[r.start:r.end] == r.text


# --- dates ------------------------------------------------------------------------------------------------

def test_resolve_weekdays():
    from datetime import date
    mon = date(2025, 12, 1)  # a Monday
    assert resolve("weekday", ("Monday",), mon, "")[0] == date(2025, 12, 1)
    assert resolve("weekday", ("Sunday",), mon, "")[0] == date(2025, 11, 30)
    assert resolve("weekday", ("Tuesday",), mon, "Witkoff is set to meet Putin on ")[0] == date(2025, 12, 2)
    assert resolve("weekday", ("Monday",), mon, "he was due to be briefed on ")[0] == date(2025, 12, 1)
    assert resolve("month_day", ("December", "2"), date(2026, 1, 3), "")[0] == date(2025, 12, 2)


def test_event_table_offsets():
    c = corpus_of("Talks began on Monday and will resume on Friday. The war began in February 2022.")
    e = event_table(c)
    got = dict(zip(e["text"], e["date"]))
    # published Monday 2025-12-08: Monday -> same day; "will resume on Friday" -> 2025-12-12
    assert got == {"Monday": "2025-12-08", "Friday": "2025-12-12", "February 2022": "2022-02-01"}


# --- coverage ---------------------------------------------------------------------------------------------

def test_fold():
    assert fold("Zelenskyy") == fold("Zelensky") == "zelensky"


def test_coverage_numbers_names_and_omissions():
    c = corpus_of("The plan was cut from 28 to 20 points, President Volodymyr Zelensky said.",
                  "Zelenskyy said the plan has 20 points. Kyiv needs $15 billion.",
                  "Zelensky spoke about the 20-point plan in Kyiv.")
    cov = coverage_table(c)
    facts = set(zip(cov["fact"], cov["kind"]))
    assert {("20 points", "number"), ("28 points", "number"), ("$15 billion", "number"),
            ("Volodymyr Zelensky", "name")} <= facts
    s = coverage_summary(cov, c).set_index("fact")
    assert s.loc["20 points", "n_sources"] == 3
    assert s.loc["Volodymyr Zelensky", "n_sources"] == 3      # Zelenskyy and Zelensky merged
    om = omissions(cov, c)
    # Kyiv: in d1 and d2 (2 of d0's 2 others) -> d0 omits it
    assert ((om["source"] == "d0") & (om["fact"] == "Kyiv")).any()
    for r in cov.itertuples():
        assert c.raw(r.doc_id)[r.start:r.end] == r.text


def test_seeds_tables_deterministic(seeds):
    a, b = coverage_table(seeds), coverage_table(seeds)
    pd.testing.assert_frame_equal(a, b)
    assert {"28 points", "20 points", "600,000 troops", "$15 billion", "43 people"} <= set(a["fact"])


# --- speed-ups: indexes must give what brute force gives ------------------------------------------------

def test_prefix_join_finds_every_pair_sharing_enough_words():
    import random

    from analysis.compare.variants import _prefix_join, _rank
    rng = random.Random(7)
    vocab = [f"w{i}" for i in range(12)]
    sets = [set(rng.sample(vocab, rng.randint(0, 8))) for _ in range(60)]
    rank = _rank(sets)
    for t in (1, 3, 4):
        got = set(_prefix_join(sets, t, rank))
        want = {(i, j) for i in range(len(sets)) for j in range(i + 1, len(sets)) if len(sets[i] & sets[j]) >= t}
        assert want <= got                      # no pair that could qualify is missed
        assert all(i < j for i, j in got)


V0 = 'The minister said: "We will never give away our land, not one metre of it, to anyone." Later she left.'
V1 = 'She said they would "never give away our land" and added "not one metre" would go.'
V2 = '"Not a single metre of our land will be given away," the minister told reporters on Monday.'
V3 = 'Officials said the land talks were "going well" and the weather was fine. The minister told reporters so.'
V4 = 'The minister told reporters that not one metre of land would ever be given away to anyone.'


def test_quote_variants_index_equals_brute_force(monkeypatch):
    import analysis.compare.variants as variants
    c = corpus_of(V0, V1, V2, V3, V4)
    q = quotes_for(c, [("d0", "We will never give away our land, not one metre of it, to anyone.", "direct"),
                       ("d1", "never give away our land", "partial"), ("d1", "not one metre", "partial"),
                       ("d2", "Not a single metre of our land will be given away,", "direct"),
                       ("d3", "going well", "scare")])
    fast = quote_variants(q, c)
    # brute force: every pair of quotes goes to the matching rule
    monkeypatch.setattr(variants, "_candidate_pairs",
                        lambda items: {(i, j) for i in range(len(items)) for j in range(i + 1, len(items))})
    slow = quote_variants(q, c)
    pd.testing.assert_frame_equal(fast, slow)
    # d0, d1 (two fragments of one sentence) and d2 are one utterance; d4 reports it without quotation marks
    assert set(fast["doc_id"]) == {"d0", "d1", "d2", "d4"}
    assert fast.loc[fast["doc_id"] == "d4", "form"].tolist() == ["paraphrase"]


# --- similarity: all pairs up to MAX_ALL_PAIRS, top-k neighbours above -----------------------------------

SIM_DOCS = ["peace talks in geneva resume", "peace talks in geneva stall", "geneva hosts peace talks again",
            "football match ends in draw", "football club wins the match", "weather turns cold in kyiv"]


def test_similarity_table_switches_to_top_k():
    from analysis.compare.similarity import MAX_ALL_PAIRS, nearest_neighbours
    assert MAX_ALL_PAIRS == 300
    d = docs(*SIM_DOCS)
    full = similarity_table(d)
    assert len(full) == 15                                   # 6 documents: 6 * 5 / 2 pairs
    top = similarity_table(d, top_k=1, max_all_pairs=5)      # 6 > 5 documents: each one's nearest only
    nn = nearest_neighbours(d, top_k=1)
    # each document's best neighbour, a pair once: d0<->d1 (each other's best), d2->d0 or d1, d3<->d4, d5->?
    assert len(top) <= 6 and len(nn) == 6
    pairs = {tuple(sorted(p)) for p in zip(nn["doc_a"], nn["doc_b"])}
    assert set(zip(top["doc_a"], top["doc_b"])) == pairs
    assert ("d0", "d1") in pairs and ("d3", "d4") in pairs
    # same values as the all-pairs table, same sort order
    merged = top.merge(full, on=["doc_a", "doc_b"], suffixes=("", "_all"))
    assert (merged["cosine_tfidf"] == merged["cosine_tfidf_all"]).all()
    assert (merged["jaccard_5gram"] == merged["jaccard_5gram_all"]).all()
    assert top["cosine_tfidf"].is_monotonic_decreasing


def test_nearest_neighbours_ties_go_to_corpus_order():
    from analysis.compare.similarity import nearest_neighbours
    # four identical documents: every cosine is 1, so each document's two neighbours are the first two others
    nn = nearest_neighbours(docs(*["peace talks resume"] * 4), top_k=2, chunk=3)
    got = {a: list(g["doc_b"]) for a, g in nn.groupby("doc_a")}
    assert got == {"d0": ["d1", "d2"], "d1": ["d0", "d2"], "d2": ["d0", "d1"], "d3": ["d0", "d1"]}
    assert nn["rank"].tolist() == [1, 2] * 4
    assert (nn["cosine_tfidf"] == 1.0).all() and (nn["jaccard_5gram"] == 0.0).all()  # 3 words: no 5-gram


def claims_of(*texts):
    """The claim rows of the coverage table of ``texts`` (a corpus of one document each)."""
    table = coverage_table(corpus_of(*texts))
    return table[table["kind"] == "claim"]


def test_claim_bigram_inside_trigram_dropped_only_with_same_documents():
    claims = set(claims_of("The peace plan talks resumed.", "Peace plan talks stalled.", "The plan talks failed.")["fact"])
    # lemmas: d0 peace plan talk resume, d1 peace plan talk stall, d2 plan talk fail.
    # "peace plan talk" is in d0, d1; "peace plan" only in d0, d1 too -> dropped; "plan talk" in d0, d1, d2
    # (more documents than the trigram) -> kept.
    assert claims == {"peace plan talk", "plan talk"}


def test_overlapping_claim_trigrams_merge_into_one_phrase():
    a = "Officials hope farmers harvest wheat crops early despite heavy rain."
    b = "Many hope farmers harvest wheat crops early, they wrote."
    rows = claims_of(a, b)
    # content lemmas shared in order: hope farmer harvest wheat crop early -> the 3-grams "hope farmer harvest",
    # "farmer harvest wheat", "harvest wheat crop", "wheat crop early" overlap one by one in both documents
    # and are one phrase, spanning "hope ... early" in each
    assert set(rows[["fact", "doc_id", "text"]].itertuples(index=False, name=None)) == {
        ("hope farmer harvest wheat crop early", "d0", "hope farmers harvest wheat crops early"),
        ("hope farmer harvest wheat crop early", "d1", "hope farmers harvest wheat crops early")}


def test_claim_trigrams_do_not_merge_across_different_documents():
    # "farmer harvest wheat" is in d0, d1, d2 but "harvest wheat crop" only in d0, d1: two claims, not one
    claims = claims_of("Farmers harvest wheat crops.", "Farmers harvest wheat crops daily.", "Farmers harvest wheat.")
    assert set(claims["fact"]) == {"farmer harvest wheat", "harvest wheat crop"}


def test_shingle_hashes_of_all_documents_at_once():
    # the polynomial of each run of k ids, in wrapping 64-bit arithmetic, worked out with Python integers;
    # documents shorter than k have no shingle
    from analysis.compare import _align, passages
    rng = np.random.default_rng(2)
    docs = [rng.integers(0, 2**64, size=n, dtype=np.uint64) for n in (7, 2, 0, 5, 3)]
    offsets = np.cumsum([0] + [len(d) for d in docs])
    want = []
    for d in docs:
        for s in range(len(d) - 3 + 1):
            h = 0
            for x in d[s:s + 3].tolist():
                h = (h * 1_000_003 + x + 1) % 2**64
            want.append(h)
    assert _align.shingle_hashes(np.concatenate(docs), offsets, 3).tolist() == want and len(want) == 5 + 3 + 1
    assert passages.shingle_hashes(docs[0], 3).tolist() == want[:5]


def test_coverage_names_are_whole_names():
    # "State" is a title ("Secretary of State"), never cut off an organisation's name; "U.S." is not the
    # "Constitution of the US"; a one-word "House" is no surname of "White House".
    c = corpus_of("A State Department spokesman said the U.S. would act. The White House agreed.",
                  "The reading of the Constitution of the US began. The U.S. House met. Officials at the House spoke.",
                  "The State Department and the U.S. were named in the Constitution of the US debate.")
    cov = coverage_table(c)
    names = cov[cov["kind"] == "name"]
    assert "State Department" in set(names["fact"]) and "Department" not in set(names["fact"])
    us = names[names["text"] == "U.S."]
    assert len(us) and not us["fact"].str.contains("Constitution").any()
    assert not names[names["text"] == "House"]["fact"].str.contains("White").any()


def test_coverage_numbers_are_quantities():
    c = corpus_of('The vote came at 16 p.m. on Monday; Section 2 as "three fifths" was skipped; 43 people were hurt.',
                  "Republicans pushed 20 points and a $5.7 billion wall; at one point 1 side walked out.",
                  "It was the 18th time, said 3 aides, and the second of 1 (All legislative powers).")
    cov = coverage_table(c)
    facts = set(cov[cov["kind"] == "number"]["fact"])
    assert {"43 people", "20 points", "$5.7 billion", "3 aides"} <= facts
    # no time ("16 p.m."), count of a count ("2 three"), fraction ("3 fifths"), "at one point", bare "1" or ordinal
    assert facts == {"43 people", "20 points", "$5.7 billion", "3 aides"}, facts


def reused_corpus(n_docs=400, length=800, seed=7):
    """Token ids of ``n_docs`` generated documents of about ``length`` tokens (uint64 ids drawn from 20,000
    words), each third one copying three runs of 20 to 200 tokens from earlier documents, with one word in
    twenty of each copy changed (the reprinted wire copy of a news archive); starts and ends as int32."""
    rng = np.random.default_rng(seed)
    vocab = rng.integers(0, 2**63, size=20_000, dtype=np.int64).view(np.uint64)
    ids = []
    for d in range(n_docs):
        doc = vocab[rng.zipf(1.3, size=length + int(rng.integers(-200, 200))) % len(vocab)]
        if d and d % 3 == 0:
            for _ in range(3):
                src = ids[int(rng.integers(0, d))]
                n = int(rng.integers(20, 200))
                lo, at = int(rng.integers(0, len(src) - n)), int(rng.integers(0, len(doc) - n))
                copy = src[lo:lo + n].copy()
                edits = rng.random(n) < 0.05
                copy[edits] = vocab[rng.integers(0, len(vocab), size=int(edits.sum()))]
                doc[at:at + n] = copy
        ids.append(doc)
    starts = [np.arange(len(x), dtype=np.int32) * 6 for x in ids]
    return ids, starts, [s + 5 for s in starts]


def test_partitioned_search_equals_one_pass(monkeypatch):
    # the shingle index in hash partitions and the hits in slices of first documents give the rows of one
    # partition and one slice
    from analysis.compare import passages

    ids, starts, ends = reused_corpus(150)
    names = [f"doc{i:03d}" for i in range(len(ids))][::-1]  # row order by id differs from corpus order
    flat, offsets = passages.flat_ids(ids)
    found = []
    for parts, hit_slice in ((1, 10**9), (8, 500), (4, 1)):
        monkeypatch.setattr(passages, "PARTS", parts)
        monkeypatch.setattr(passages, "HIT_SLICE", hit_slice)
        found.append(passages.passages_from_flat(names, starts, ends, flat, offsets))
        # starts and ends as one array each give the same
        pd.testing.assert_frame_equal(found[-1], passages.passages_from_flat(
            names, np.concatenate(starts), np.concatenate(ends), flat, offsets))
    assert len(found[0]) > 100
    for other in found[1:]:
        pd.testing.assert_frame_equal(found[0], other)


def test_partition_shingles_are_the_shingle_hashes():
    from analysis.compare import _align, passages

    ids, _, _ = reused_corpus(30)
    ids += [np.arange(3, dtype=np.uint64), np.zeros(0, dtype=np.uint64), np.arange(5, dtype=np.uint64)]
    flat, offsets = passages.flat_ids(ids)
    h = _align.shingle_hashes(flat, offsets, 5)
    sizes = passages._part_sizes(flat, offsets, 5, 4)
    assert sizes.sum() == len(h)
    for part in range(4):
        hashes, where = passages._part_shingles(flat, offsets, 5, 4, part, sizes[part])
        assert np.array_equal(h[where], hashes) and np.all(hashes % np.uint64(4) == part)
        assert np.all(np.diff(where) > 0)


def test_passage_search_memory_per_token(monkeypatch):
    # the search holds, besides its inputs, one hash partition of the shingle index (32 bytes a shingle of the
    # partition: 4 bytes a token with 8 partitions), the hits (16 bytes each) and one slice of hits being
    # chained: stated bound 12 bytes a token (traced, NumPy's arrays included) on a corpus of 320,000 tokens
    # with reprinted passages; sorting all shingles and chaining all hits at once took about 30
    import tracemalloc

    from analysis.compare import passages

    monkeypatch.setattr(passages, "HIT_SLICE", 2_000)  # a slice a few percent of the hits, as on AllSides
    ids, starts, ends = reused_corpus(400)
    flat, offsets = passages.flat_ids(ids)
    starts, ends = np.concatenate(starts), np.concatenate(ends)
    names = [str(i) for i in range(len(ids))]
    passages.passages_from_flat(names[:20], starts, ends, flat[:offsets[20]], offsets[:21])  # compile first
    tracemalloc.start()
    try:
        found = passages.passages_from_flat(names, starts, ends, flat, offsets)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    hits = len(passages.seed_hits(ids))
    assert len(found) > 100 and hits > 0.1 * len(flat)
    assert peak < 12 * len(flat), f"{peak / len(flat):.1f} bytes a token"


def test_token_store_joins_its_blocks():
    from analysis.compare.passages import TokenStore, flat_ids

    ids, starts, ends = reused_corpus(20)
    store = TokenStore(block=1000)  # documents cross block ends
    for lo in range(0, 20, 6):
        part = slice(lo, lo + 6)
        store.add([f"d{i}" for i in range(lo, min(lo + 6, 20))], np.array([len(x) for x in ids[part]]),
                  np.concatenate(ids[part]), np.concatenate(starts[part]), np.concatenate(ends[part]))
    store.add([], np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.uint64), np.zeros(0, dtype=np.int32),
              np.zeros(0, dtype=np.int32))
    doc_ids, flat, s, e, offsets = store.arrays()
    want_flat, want_offsets = flat_ids(ids)
    assert doc_ids == [f"d{i}" for i in range(20)]
    assert np.array_equal(flat, want_flat) and np.array_equal(offsets, want_offsets)
    assert np.array_equal(s, np.concatenate(starts)) and np.array_equal(e, np.concatenate(ends))
    assert s.dtype == np.int32 and store.tokens == 0 and store.arrays()[1].size == 0
