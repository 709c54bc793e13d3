"""Explorers: widgets over the tables, tested by setting their controls as a reader would."""

import pandas as pd
import pytest

from analysis import explore, load_corpus
from analysis.lexicon import load_story_lexicon
from analysis.report import SEEDS


@pytest.fixture(scope="module")
def seeds():
    return load_corpus(SEEDS)


@pytest.fixture(scope="module")
def quote_rows(seeds):
    from analysis.quotes import quotes_table

    return quotes_table(seeds, load_story_lexicon(SEEDS))


def test_marked_escapes_and_never_crosses_marks():
    text = "He said <b>no</b> today."
    out = explore.marked(text, 100, [(108, 117, "q"), (111, 120, "c"), (100, 102, "s"), (500, 510, "x")])
    assert out == '<mark class="s">He</mark> said <mark class="q">&lt;b&gt;no&lt;/b&gt;</mark> today.'


def test_quotes_explorer_filters_and_shows_the_paragraph_marked(seeds, quote_rows):
    from analysis.compare import quote_variants

    box = explore.quotes(quote_rows, seeds, quote_variants(quote_rows, seeds))
    filters, count, rows, detail = box.children
    source = filters.children[0]
    everything = len(rows.options)
    assert everything == len(quote_rows) and "oc-quote" in detail.value
    source.value = source.options[1]
    assert 0 < len(rows.options) < everything
    assert all(label.startswith(source.value) for label, _ in rows.options)
    r = quote_rows.reset_index(drop=True).loc[rows.value]
    assert f"[{r.start}:{r.end}]" in detail.value
    kind = filters.children[3]
    kind.value = "indirect"
    assert all("(indirect," in label for label, _ in rows.options)


def test_kwic_explorer_searches_and_sorts(seeds):
    from analysis.concordance import kwic

    box = explore.kwic(seeds, "peace plan")
    (search, order), count, lines, detail = box.children[0].children, *box.children[1:]
    n = len(kwic(seeds, "peace plan"))
    assert n and len(lines.options) == n and f"<b>{n}</b>" in count.value and "oc-match" in detail.value
    order.value = "right"
    assert len(lines.options) == n
    search.value = "no-such-word-anywhere"
    assert lines.options == () and "<b>0</b>" in count.value


def test_stance_explorer_shows_the_cells_sentences(seeds, quote_rows):
    from analysis.stance import stance

    table = stance(seeds, load_story_lexicon(SEEDS), quote_rows)
    box = explore.stance(table, seeds)
    choose, detail = box.children
    actor, issue, st = choose.value
    n = int(((table.actor == actor) & (table.issue == issue) & (table.stance == st)).sum())
    assert f"{n} statements" in detail.value and detail.value.count("<li>") == n and "oc-cue" in detail.value


def test_passages_explorer_marks_both_sides(seeds):
    a, b = seeds.doc_ids[:2]
    table = pd.DataFrame([{"doc_a": a, "start_a": 0, "end_a": 20, "doc_b": b, "start_b": 5, "end_b": 25, "words": 4}])
    box = explore.passages(table, seeds)
    (left, right), count, texts = box.children[0].children, box.children[1], box.children[2]
    assert (left.value, right.value) == (a, b) and "<b>1</b>" in count.value
    assert all('<mark class="oc-match">' in t.value for t in texts.children)
    right.value = seeds.doc_ids[2]
    assert "<b>0</b>" in count.value
