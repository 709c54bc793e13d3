"""Tone toward actors (analysis.tone): sentences whose overall polarity and polarity toward an actor differ."""

import json
import sys
from pathlib import Path

import pandas as pd
import pytest

from analysis import tone
from analysis.corpus import load_corpus

from conftest import ROOT, SHARED

BASIL = SHARED / "eval" / "basil-dev"


def toward(sentence: str, *names: str) -> dict:
    """``{name: (tone, evidence)}`` of each name (its first occurrence) in one sentence."""
    mentions = [(sentence.index(n), sentence.index(n) + len(n), n) for n in names]
    return tone.targeted_tone(sentence, 0, len(sentence), mentions)


def seed_sentence(start: str) -> str:
    """A sentence of the embedded seed corpus (real news text) that begins with ``start``."""
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if start in line:
                rest = line[line.index(start):]
                return rest[:rest.index(". ") + 1] if ". " in rest else rest
    raise AssertionError(f"no seed sentence starts with {start!r}")


def test_the_criticiser_is_not_the_target():
    s = seed_sentence("Trump has recently faulted Zelensky")
    assert tone.vader(s)["compound"] < -0.05  # the sentence is negative ...
    t = toward(s, "Trump", "Zelensky")
    assert t["Trump"][0] == 0  # ... but not about the one who faults
    assert t["Zelensky"][0] < -0.05 and "faulted" in t["Zelensky"][1]


def test_war_vocabulary_is_not_tone_toward_the_envoys():
    s = seed_sentence("The president said Donald Trump")
    assert tone.vader(s)["compound"] < -0.4  # "end the war"
    t = toward(s, "Kushner", "Witkoff")
    assert t["Kushner"] == (0.0, "") and t["Witkoff"] == (0.0, "")


def test_noun_attack_counts_for_the_actors_of_its_clause():
    s = seed_sentence("As diplomatic activity intensified")
    t = toward(s, "Ukraine")
    assert t["Ukraine"][0] < 0 and "attack" in t["Ukraine"][1]


def test_directed_verb_object_and_subject():
    t = toward("Democrats blasted Trump's demand for a border wall.", "Democrats", "Trump")
    assert t["Democrats"][0] == 0 and t["Trump"][0] < -0.05
    t = toward("Republicans praised Boehner, but Pelosi called the deal a disaster.", "Republicans", "Boehner", "Pelosi")
    assert t["Republicans"][0] == 0 and t["Boehner"][0] > 0.05 and t["Pelosi"][0] < -0.05


def test_passive_and_directed_noun():
    t = toward("Steele was criticized by conservatives for his remarks.", "Steele", "conservatives")
    assert t["Steele"][0] < -0.05 and t["conservatives"][0] == 0
    t = toward("Perry has recently stepped up his attacks on Obama for cultural issues.", "Perry", "Obama")
    assert t["Perry"][0] == 0 and t["Obama"][0] < -0.05


def test_negation_flips():
    assert toward("Officials said Obama did not fail the test.", "Obama")["Obama"][0] > 0
    assert toward("Officials said Obama failed the test.", "Obama")["Obama"][0] < 0


def test_names_are_not_scored_and_news_words_are_neutral():
    # "Party", "Supreme", "Justice" carry VADER valence on social media; in news they are names
    t = toward("The Tea Party asked the Supreme Court and the Justice Department to rule.", "Tea Party")
    assert t["Tea Party"] == (0.0, "")


def test_tone_table_voices_and_sentences(tmp_path):
    text = 'Critics blasted Smith on Monday. "Smith is a disgrace," Jones said.\n'
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    corpus = load_corpus(tmp_path)
    lex = {"actors": {"Smith": {"side": "S"}, "Jones": {"side": "J"}}}
    q0 = text.index('"')
    quotes = pd.DataFrame([("a", q0, text.index('"', q0 + 1) + 1, "direct", "Jones")],
                          columns=["doc_id", "start", "end", "kind", "actor"])
    t = tone.tone(corpus, lex, quotes)
    assert list(t.columns) == tone.TONE_COLUMNS
    smith = t[t["actor"] == "Smith"].set_index("voice")
    assert smith.loc["quoted", "tone"] < 0 and "disgrace" in smith.loc["quoted", "evidence"]
    first = smith[smith["start"] == 0]
    assert first["tone"].iloc[0] < 0
    # the quote is Jones's own words: not tone toward Jones
    jones = t[(t["actor"] == "Jones")]
    assert (jones["tone"] == 0).all()
    summ = tone.tone_summary(t)
    assert list(summ.columns) == tone.SUMMARY_COLUMNS
    ev = tone.tone_sentences(t, corpus, side="S")
    assert ev["sentence"].iloc[0].startswith(("Critics", '"Smith'))
    assert ev["tone"].is_monotonic_increasing


def test_agreement_is_printed_text():
    a = tone.agreement()
    assert {"auc", "coverage", "reliable", "text"} <= set(a)
    assert f"{a['auc']:.2f}" in a["text"]
    if not a["reliable"]:
        assert "not reliable" in a["text"]


@pytest.mark.skipif(not BASIL.is_dir(), reason=f"BASIL evaluation data not found at {BASIL}")
def test_basil_sentence_offsets_point_at_the_annotated_words(tmp_path):
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import eval_tone
    from analysis.importers import json_articles

    uuid = eval_tone.story_ids(BASIL)[0]
    paths = sorted((BASIL / "articles").glob(f"*/{uuid}_*.json"))
    json_articles(paths, tmp_path / "story")
    checked = 0
    for p in paths:
        art = json.loads(p.read_text(encoding="utf-8"))
        text = (tmp_path / "story" / f"{art['source']}.txt").read_text(encoding="utf-8")
        ann = json.loads((BASIL / "annotations" / p.parent.name / f"{p.stem}_ann.json").read_text(encoding="utf-8"))
        offsets = eval_tone.sentence_offsets(art["body-paragraphs"])
        for span in ann["phrase-level-annotations"]:
            if span["id"].startswith("p"):
                at = offsets[int(span["id"][1:])] + span["start"]
                assert text[at:at + len(span["txt"])] == span["txt"]
                checked += 1
    assert checked
