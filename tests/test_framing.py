"""Framing measures on a hand-made two-article corpus and hand-made quotes tables."""

import pandas as pd
import pytest

from analysis import framing, stance, tone
from analysis.corpus import load_corpus

LEX = {
    "actors": {"Zelensky": {"side": "Ukraine", "aliases": ["Kyiv"]},
               "Putin": {"side": "Russia", "aliases": ["Moscow"]}},
    "issues": {"territory": ["territory", "land"], "ceasefire": ["ceasefire"]},
}
A = ("Zelensky rejected any land swap.\n\n"
     "Putin said a ceasefire is possible if Kyiv withdraws.\n\n"
     "Moscow claimed its troops \"liberated\" a village in an invasion.\n")
B = "Kyiv will not cede territory, Zelensky said.\n"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    d = tmp_path_factory.mktemp("story")
    (d / "a.txt").write_text(A, encoding="utf-8")
    (d / "b.txt").write_text(B, encoding="utf-8")
    (d / "metadata.csv").write_text("doc_id,source,title\na,Outlet A,Zelensky rejects land swap\nb,Outlet B,\n", encoding="utf-8")
    return load_corpus(d)


def quotes(rows):
    cols = ["doc_id", "start", "end", "text", "kind", "speaker", "speaker_start", "speaker_end", "actor", "side",
            "cue", "cue_class"]
    return pd.DataFrame(rows, columns=cols)


Q = quotes([
    ("a", 0, 10, "one two three", "direct", "Zelensky", 0, 8, "Zelensky", "Ukraine", "said", "neutral"),
    ("a", 20, 30, "four five", "partial", "Putin", 0, 5, "Putin", "Russia", "claimed", "contested"),
    ("a", 40, 50, "six", "direct", "he", 0, 2, "", "", "said", "neutral"),
    ("a", 60, 70, "liberated", "scare", "", None, None, "", "", "", ""),
    ("a", 80, 90, "x y", "indirect", "Putin", 0, 5, "Putin", "Russia", "said", "neutral"),
    ("b", 0, 10, "alpha beta", "direct", "", None, None, "", "", "", ""),
])


def test_voice_ledger_counts_words_and_shares(corpus):
    v = framing.voice(Q, corpus)
    a = v[v["source"] == "Outlet A"].set_index("actor")
    # Outlet A: Zelensky 1 direct quote of 3 words; Putin 1 partial of 2 words + 1 indirect (not a quote);
    # "he" matches no actor -> side "unmatched", 1 quote of 1 word. Total 3 quotes, 6 words.
    assert a.loc["Zelensky", ["quotes", "quoted_words", "indirect"]].tolist() == [1, 3, 0]
    assert a.loc["Putin", ["quotes", "partial", "indirect", "quoted_words"]].tolist() == [1, 1, 1, 2]
    assert a.loc["unmatched", "side"] == "unmatched"
    assert a.loc["Zelensky", "share_of_words"] == 0.5  # 3 / 6
    assert a.loc["Putin", "share_of_quotes"] == round(1 / 3, 4)
    # Outlet B: a quote with no speaker is kept, side "no speaker"
    b = v[v["source"] == "Outlet B"]
    assert b[["side", "quotes", "quoted_words"]].values.tolist() == [["no speaker", 1, 2]]
    assert list(v.columns) == framing.VOICE_COLUMNS


def test_first_last(corpus):
    fl = framing.first_last(Q, corpus)
    a = fl[fl["doc_id"] == "a"].set_index("position")
    # direct/partial quotes of a, by start: 0 (Zelensky), 20 (Putin), 40 ("he", unmatched)
    assert a.loc["first", "actor"] == "Zelensky" and a.loc["last", "side"] == "unmatched"
    assert len(fl[fl["doc_id"] == "b"]) == 2  # one quote: first and last


def test_verb_profile_shares(corpus):
    vp = framing.verb_profile(Q, corpus)
    # Outlet A, Russia: "claimed" (partial) and "said" (indirect) -> contested 1/2, neutral 1/2
    r = vp[(vp["source"] == "Outlet A") & (vp["side"] == "Russia")].set_index("cue_class")
    assert r["quotes"].to_dict() == {"contested": 1, "neutral": 1}
    assert r["share"].to_dict() == {"contested": 0.5, "neutral": 0.5}
    assert "Outlet B" not in set(vp["source"])  # its only quote has no cue


def test_prominence(corpus):
    p = framing.prominence(corpus, LEX)
    row = p[(p["doc_id"] == "a") & (p["name"] == "Putin")].iloc[0]
    # article a: 3 sentences; Putin first in sentence 1 ("Putin said..."), again in 2 ("Moscow ...")
    # first_rel = 1 / (3 - 1) = 0.5; share = 2/3; not in the lede (paragraph 0); title lacks him
    assert (row["first_sent"], row["first_rel"], row["sentences"], row["share"]) == (1, 0.5, 2, round(2 / 3, 4))
    assert row["in_lede"] is False or row["in_lede"] == False  # noqa: E712
    z = p[(p["doc_id"] == "a") & (p["name"] == "Zelensky")].iloc[0]
    assert bool(z["in_title"]) and bool(z["in_lede"]) and (z["start"], z["end"]) == (0, 8)
    # article b has no title: in_title is empty, not False
    assert p[p["doc_id"] == "b"]["in_title"].isna().all()
    terr = p[(p["doc_id"] == "a") & (p["name"] == "territory")].iloc[0]
    assert terr["kind"] == "issue" and bool(terr["in_title"])


STORY_LABELS = {"labels": {"naming the war": {"invasion": ["invasion"], "war": ["war"]},
                            "territory status": {"liberated": ["liberated"], "seized": ["seized"]}}}


def test_labels_scare_and_voice(corpus):
    lab = framing.labels(corpus, lexicon=framing.load_labels(story=STORY_LABELS))
    lib = lab[lab["label"] == "liberated"].iloc[0]
    assert bool(lib["scare"]) and lib["voice"] == "author"
    assert A[lib["start"]:lib["end"]] == "liberated"
    counts = framing.label_counts(lab, corpus)
    inv = counts[(counts["label"] == "invasion")].set_index("source")["count"].to_dict()
    assert inv == {"Outlet A": 1, "Outlet B": 0}  # zero rows shown


def test_story_labels_come_from_the_story_lexicon(tmp_path):
    # "Republicans seized on snippets", "tug of war", "crisis" and "invasion" of a story about something else
    # are no war labels: the war's words belong to that story's lexicon, never to the package's lists.
    text = ("Republicans seized on snippets of the speech. The data tug of war is at the center. "
            "Graham passes legislation to solve the border crisis. He called it an invasion.\n")
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    general = framing.labels(load_corpus(tmp_path))
    assert not general["group"].isin(["naming the war", "territory status"]).any()
    assert not general["term"].str.lower().isin(["seized", "war", "crisis", "invasion"]).any()
    (tmp_path / "lexicon.yaml").write_text("labels:\n  naming the war:\n    invasion: [invasion]\n",
                                           encoding="utf-8")
    story = framing.labels(load_corpus(tmp_path))
    assert story[story["group"] == "naming the war"]["term"].tolist() == ["invasion"]


def test_load_labels_story_first():
    lex = framing.load_labels(story={"labels": {"subjective words": {"harsh": ["illegal"]}, "own": {"x": ["y"]}}})
    assert list(lex["subjective words"])[0] == "harsh" and "controversial" in lex["subjective words"]
    assert lex["own"] == {"x": ["y"]} and "hedges" in lex
    # a term in both lists counts under the story's label
    matcher = framing.TermMatcher((t, label, g) for g, items in lex.items() for label, ts in items.items() for t in ts)
    assert [m[3] for m in matcher.finditer("an illegal act", 0, 14)] == ["harsh"]
    with pytest.raises(ValueError, match="labels"):
        framing.load_labels(story={"labels": ["war"]})


def test_general_labels_words(tmp_path):
    (tmp_path / "a.txt").write_text("He claimed the so-called reform reportedly failed to pass.\n", encoding="utf-8")
    lab = framing.labels(load_corpus(tmp_path))
    assert lab[["group", "label"]].values.tolist() == [["assertive verbs", "claim"], ["hedges", "so-called"],
                                                       ["hedges", "reportedly"], ["implicative verbs", "fail"]]


def test_frame_scores_formula(corpus):
    frames = {"conflict": {"q1": ["rejected"], "q2": ["blamed"]}, "morality": {"q3": ["moral"]}}
    f = framing.frame_scores(corpus, frames).set_index(["doc_id", "frame"])
    # a: "rejected" answers q1 yes, q2 no -> 1/2; no moral words -> 0
    assert f.loc[("a", "conflict"), "score"] == 0.5 and f.loc[("a", "conflict"), "hits"] == 1
    assert f.loc[("a", "morality"), "score"] == 0.0
    assert f.loc[("b", "conflict"), "questions_yes"] == 0


def test_tone_split_voices(corpus):
    author, quoted = tone.split_voices('He said "good news" today', 0, 25, [(9, 18)])
    assert quoted.split() == ["good", "news"] and author.split() == ["He", "said", '"', '"', "today"]
    t = tone.tone(corpus, LEX)
    assert set(t["voice"]) == {"author"}
    assert t["compound"].between(-1, 1).all()
    summ = tone.tone_summary(t)
    assert list(summ.columns) == tone.SUMMARY_COLUMNS
    # b has 1 sentence naming Zelensky (via Kyiv and Zelensky): counted once
    assert summ[(summ["source"] == "Outlet B")]["sentences"].tolist() == [1]


def test_no_lexicon_gives_empty_tables(corpus):
    assert stance.stance(corpus, {}).empty
    assert tone.tone(corpus, {}).empty
    assert framing.prominence(corpus, {}).empty


def test_an_empty_framing_table_says_why_and_what_to_do():
    from analysis.framing import why_empty

    assert why_empty("stance.csv", {}).startswith("No stance: the lexicon states no issue.")
    assert "proposition" in why_empty("stance.csv", {"actors": {"A": {"aliases": ["A"]}}})
    with_issue = {"issues": {"tax cuts": {"proposition": "Congress extends the tax cuts", "terms": ["tax cuts"]}}}
    assert why_empty("stance.csv", with_issue).startswith("No stance: no sentence attributes a position")
    assert why_empty("mentions.csv", {}).startswith("No actor:")
    drafted = {"actors": {"Kerr": {"side": "unassigned (drafted)", "aliases": ["Kerr"]}}}
    assert "(drafted from the text)" in why_empty("tone.csv", drafted)
    assert "(drafted" not in why_empty("tone.csv", {"actors": {"Kerr": {"side": "R", "aliases": ["Kerr"]}}})
    assert why_empty("documents.csv", {}) == ""  # not a framing table
