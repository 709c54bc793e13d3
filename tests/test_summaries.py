"""Summary tables the notebooks print, on small tables whose results are worked out by hand."""

import pandas as pd

from analysis import framing, frequency


def test_prominence_summary_counts_articles_ledes_and_means():
    prom = pd.DataFrame([
        ("a", "actor", "X", True, 0.0, 0.5),
        ("b", "actor", "X", False, 0.5, 0.25),
        ("a", "actor", "Y", False, 1.0, 0.1),
        ("b", "issue", "Z", True, 0.2, 0.2),
    ], columns=["doc_id", "kind", "name", "in_lede", "first_rel", "share"])
    out = framing.prominence_summary(prom)
    assert list(out.columns) == framing.PROMINENCE_SUMMARY_COLUMNS
    # X: 2 articles, lede in one, first_rel (0 + 0.5) / 2, share (0.5 + 0.25) / 2
    assert [tuple(r) for r in out.itertuples(index=False)] == [
        ("actor", "X", 2, 1, 0.25, 0.375), ("actor", "Y", 1, 0, 1.0, 0.1), ("issue", "Z", 1, 1, 0.2, 0.2)]


def test_prominence_summary_ties_on_articles_go_by_first_position_then_name():
    prom = pd.DataFrame([("a", "actor", "B", True, 0.4, 0.1), ("a", "actor", "A", True, 0.4, 0.1),
                         ("a", "actor", "C", True, 0.1, 0.1)],
                        columns=["doc_id", "kind", "name", "in_lede", "first_rel", "share"])
    assert list(framing.prominence_summary(prom)["name"]) == ["C", "A", "B"]


def test_mentions_by_side_sums_actors_of_a_side():
    counts = pd.DataFrame([("S1", "A", "a1", 3), ("S1", "A", "a2", 2), ("S1", "B", "b1", 4), ("S2", "B", "b1", 1)],
                          columns=["source", "side", "actor", "mentions"])
    out = framing.mentions_by_side(counts)
    assert [tuple(r) for r in out.itertuples(index=False)] == [("S1", "A", 5), ("S1", "B", 4), ("S2", "B", 1)]


def test_label_matrix_keeps_used_labels_with_zeros_for_other_sources():
    label_n = pd.DataFrame([("S1", "g", "l1", 2), ("S2", "g", "l1", 0), ("S1", "g", "l2", 0), ("S2", "g", "l2", 0),
                            ("S1", "g", "l3", 0), ("S2", "g", "l3", 1)],
                           columns=["source", "group", "label", "count"])
    out = framing.label_matrix(label_n)
    assert list(out.index) == [("g", "l1"), ("g", "l3")]  # l2: no source uses it
    assert list(out.columns) == ["S1", "S2"]
    assert out.values.tolist() == [[2, 0], [0, 1]]


def test_frame_matrix_is_the_mean_score_of_each_sources_articles():
    frames = pd.DataFrame([("d1", "S1", "conflict", 0.5), ("d2", "S1", "conflict", 1.0), ("d3", "S2", "conflict", 1 / 3),
                           ("d1", "S1", "economic", 0.2), ("d2", "S1", "economic", 0.6), ("d3", "S2", "economic", 1.0)],
                          columns=["doc_id", "source", "frame", "score"])
    out = framing.frame_matrix(frames)
    assert list(out.index) == ["conflict", "economic"] and list(out.columns) == ["S1", "S2"]
    assert out.values.tolist() == [[0.75, 0.33], [0.4, 1.0]]


def test_source_sizes_words_terms_and_articles_largest_first():
    freq = pd.DataFrame([("S1", "t1", 10), ("S1", "t2", 10), ("S2", "t1", 20), ("S3", "t3", 10)],
                        columns=["source", "term", "words"])
    documents = pd.DataFrame({"doc_id": ["a", "b", "c", "d"], "source": ["S1", "S1", "S2", "S3"]})
    out = frequency.source_sizes(freq, documents)
    assert list(out.columns) == ["words", "distinct_terms", "articles"]
    # S2 has the most words; S1 and S3 tie on 10 words and go by name
    assert [(s, *r) for s, r in zip(out.index, out.itertuples(index=False))] == [
        ("S2", 20, 1, 1), ("S1", 10, 2, 2), ("S3", 10, 1, 1)]


def test_terms_to_compare_top_terms_then_phrases():
    freq = pd.DataFrame({"term": ["war", "peace_plan", "talks", "von_der_leyen", "deal"]})
    assert frequency.phrase_terms(freq) == ["peace_plan", "von_der_leyen"]
    assert frequency.terms_to_compare(freq, n=2) == ["war", "peace_plan", "von_der_leyen"]
    assert frequency.terms_to_compare(freq, n=0) == ["peace_plan", "von_der_leyen"]
