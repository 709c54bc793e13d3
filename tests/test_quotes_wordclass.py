"""Tests for the word-class look-ups of the quotation rules (analysis.quotes.wordclass), on words whose class
decided a row."""

from __future__ import annotations

import pytest

from analysis.quotes.wordclass import adjective_before_noun, ly_adverb, no_noun, noun_no_adjective, only_adjective


@pytest.mark.parametrize("word, adverb", [
    ("reportedly", True), ("publicly", True), ("repeatedly", True), ("daily", True),
    ("family", False), ("ally", False), ("rally", False), ("assembly", False), ("said", False)])
def test_ly_adverb(word, adverb):
    # "family", "ally": nouns in -ly head a subject ("Brown's family said"), not adverbs skipped before the verb
    assert ly_adverb(word) is adverb


def test_adjectives_and_nouns():
    assert only_adjective("presidential") and not only_adjective("republican")
    assert adjective_before_noun("territorial") and adjective_before_noun("toned-down")
    assert not adjective_before_noun("disputes")
    assert no_noun("presidential") and not no_noun("claims")


def test_noun_no_adjective():
    # a noun after an article before a relative clause ("the excerpt Obama cited"), not an adjective before a name
    # ("an emotional Philonise Floyd")
    assert noun_no_adjective("excerpt") and noun_no_adjective("speech")
    assert not noun_no_adjective("emotional") and not noun_no_adjective("video")


def test_may_be_verb():
    from analysis.quotes.wordclass import may_be_verb
    assert may_be_verb("join") and may_be_verb("let") and may_be_verb("xyzzyq")
    assert not may_be_verb("censorship") and not may_be_verb("possible")
