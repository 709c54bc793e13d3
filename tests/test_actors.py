"""Actors: lexicon table, alias matching, mentions with offsets, drafted actors."""

from pathlib import Path

import pandas as pd
import pytest

from analysis import actors
from analysis.corpus import load_corpus
from analysis.lexicon import load_story_lexicon

ROOT = Path(__file__).resolve().parents[1]
LEX = {"actors": {
    "Zelensky": {"side": "Ukraine", "aliases": ["Zelenskyy", "Volodymyr Zelensky", "the Ukrainian president", "Kyiv"]},
    "Putin": {"side": "Russia", "aliases": ["Vladimir Putin", "the Kremlin"]},
    "US": {"side": "US", "aliases": ["U.S.", "White House"]},
}}


@pytest.fixture(scope="module")
def seeds():
    return load_corpus(ROOT / "seeds")


def test_actor_table_rows_and_order():
    t = actors.actor_table(LEX)
    # 3 actor names + 4 + 2 + 2 aliases = 11 rows; longest alias first
    assert len(t) == 11
    assert t.iloc[0].tolist() == ["the Ukrainian president", "Zelensky", "Ukraine"]
    assert list(t.columns) == ["alias", "actor", "side"]


def test_actor_table_rejects_alias_for_two_actors():
    with pytest.raises(ValueError, match="'Kyiv'"):
        actors.actor_table({"actors": {"A": {"aliases": ["Kyiv"]}, "B": {"aliases": ["Kyiv"]}}})


def test_actor_table_empty_lexicon():
    assert actors.actor_table({}).empty
    assert actors.actor_table({"issues": {"x": ["y"]}}).empty


def test_match_actor_longest_and_case():
    t = actors.actor_table(LEX)
    assert actors.match_actor("Russian President Vladimir Putin", t) == ("Putin", "Russia")
    # all-capitalised alias is case-sensitive; a lower-case first letter may be upper-cased at sentence start
    assert actors.match_actor("The Ukrainian president", t) == ("Zelensky", "Ukraine")
    assert actors.match_actor("the ukrainian president", t) is None
    # whole words: "Zelensky" does not match inside "Zelenskyy", which is its own alias; "U.S.-led" is no mention
    assert actors.match_actor("Zelenskyy's adviser", t) == ("Zelensky", "Ukraine")
    assert actors.match_actor("he", t) is None
    assert actors.match_actor("", t) is None


def test_find_actors_merges_adjacent_mentions_of_one_actor():
    t = actors.actor_table(LEX)
    text = "Zelensky Volodymyr Zelensky met the Kremlin."
    found = actors.find_actors(text, t)
    # "Zelensky" (0-8) + " " + "Volodymyr Zelensky" (9-27) merge into 0-27 (alias kept: the longer one);
    # "the Kremlin" is 32-43
    assert [(s, e, alias, actor) for s, e, alias, actor, _ in found] == [
        (0, 27, "Volodymyr Zelensky", "Zelensky"), (32, 43, "the Kremlin", "Putin")]


def test_mentions_offsets_point_at_raw_text(seeds):
    lex = load_story_lexicon(ROOT / "seeds")
    m = actors.mentions(seeds, lex)
    assert list(m.columns[:6]) == ["doc_id", "start", "end", "alias", "actor", "side"]
    raw = dict(zip(seeds.documents["doc_id"], seeds.documents["raw"]))
    for row in m.head(50).itertuples():
        assert actors.match_actor(raw[row.doc_id][row.start:row.end].replace("\u2019", "'"), actors.actor_table(lex))[0] == row.actor
    # the first words of article 000 are "Ukrainian President Volodymyr Zelensky" (0-38), one mention
    first = m.iloc[0]
    assert (first["doc_id"], first["start"], first["end"], first["actor"]) == ("000_0d59bf9283d8022c", 0, 38, "Zelensky")
    assert m.equals(actors.mentions(seeds, lex))  # deterministic


def test_mentions_without_lexicon_is_empty_table(seeds):
    m = actors.mentions(seeds, {})
    assert m.empty and list(m.columns) == actors.MENTION_COLUMNS


def test_discover_actors_proposes_people_with_titles(seeds):
    d = actors.discover_actors(seeds)
    assert set(d["status"]) == {"drafted"}
    names = set(d["actor"])
    # titles are stripped: "Russian President Vladimir Putin" -> "Vladimir Putin"; "Sir Keir Starmer" -> "Keir Starmer"
    assert {"Vladimir Putin", "Keir Starmer", "Dmitry Peskov", "Rustem Umerov"} <= names
    putin = d[d["actor"] == "Vladimir Putin"].iloc[0]
    assert putin["documents"] == 5 and "Putin" in putin["alias"].split("; ")
    assert putin[["type", "side"]].tolist() == ["person", "Russia"]  # "Russian President Vladimir Putin"
    assert not names & {"Ukraine", "Russia", "Kyiv", "Moscow", "United States"}  # places are no actors


def test_discover_actors_uses_speakers():
    with pytest.warns(Warning):
        corpus = load_corpus(ROOT / "seeds", limit=1)
    speakers = pd.DataFrame({"doc_id": ["000_0d59bf9283d8022c"], "speaker": ["Jane Roe"],
                             "speaker_start": [pd.NA], "speaker_end": [pd.NA]})
    d = actors.discover_actors(corpus, speakers=speakers)
    # Jane Roe never occurs in the text, so no occurrence: not proposed
    assert "Jane Roe" not in set(d["actor"])


@pytest.mark.parametrize("speaker,ok", [("Bob Etheridge", True), ("Ursula von der Leyen", True), ("Joseph", True),
                                        ("Another man, not seen on camera", False), ("Political observers", False),
                                        ("the spokesman", False), ("", False)])
def test_only_proper_names_of_quoted_speakers_become_actors(speaker, ok):
    from analysis.lexicon_draft import _looks_like_name

    assert _looks_like_name(speaker) is ok


def test_drafted_actors_are_labelled_as_such_in_their_side():
    from analysis.lexicon_draft import DRAFT_COLUMNS

    d = pd.DataFrame([("Bob Etheridge", "person", "Democrat", "Bob Etheridge; Etheridge", 5, 3, "x:0-1", "", "drafted"),
                      ("Brad Woodhouse", "person", "unassigned", "Brad Woodhouse", 2, 1, "x:5-9", "", "drafted")],
                     columns=DRAFT_COLUMNS)
    lex = actors.discovered_lexicon(d)
    assert lex["actors"] == {"Bob Etheridge": {"side": "Democrat (drafted)", "aliases": ["Bob Etheridge", "Etheridge"]},
                             "Brad Woodhouse": {"side": "unassigned (drafted)", "aliases": ["Brad Woodhouse"]}}
    assert actors.is_drafted(lex) and not actors.is_drafted(LEX)
    assert actors.discovered_lexicon(d, LEX) == LEX  # a lexicon with actors is kept as it is


def test_corpus_lexicon(seeds):
    assert "actors" in actors.corpus_lexicon(seeds)


def test_name_forms_join_shorter_forms_but_never_two_different_names():
    from analysis.lexicon_draft import _canonical, _within

    assert _within(_canonical("Steele"), _canonical("Michael Steele"))
    assert _within(_canonical("Robert Bauer"), _canonical("Robert F. Bauer")) is False  # same name once initials go
    assert _canonical("Robert Bauer") == _canonical("Robert F. Bauer") == _canonical("Bob Bauer")
    assert not _within(_canonical("Hunter Biden"), _canonical("Joe Biden"))
    assert not _within(_canonical("United States"), _canonical("United States Senate"))  # ends in another word
