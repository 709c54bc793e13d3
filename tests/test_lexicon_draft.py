"""Drafted story lexicon: name forms merged, places and headings left out, sides suggested, the CLI's YAML read
back, and tables with rows for a corpus that has no lexicon."""

from pathlib import Path

import pandas as pd
import pytest
import yaml

from analysis import actors
from analysis.cli import main
from analysis.corpus import load_corpus
from analysis.gazetteer import gazetteer, plural
from analysis.lexicon import load_issues, load_story_lexicon, package_data
from analysis.lexicon_draft import draft_actors, draft_issues
from analysis.quotes import quotes_table
from analysis.tables import drafted_lexicon, write_tables

ARTICLES = {
    "fox": ("Sen. Charles Schumer, D-N.Y., said the health care bill would pass. House Speaker Nancy Pelosi said "
            "the health care bill was ready. Pelosi's office said it had the votes.\n\n"
            "Republican Sen. Jim DeMint, R-S.C., said the health care bill must be stopped. The president spoke in "
            "the Rose Garden on Monday. Officials in Puerto Rico said the United States would help. Republicans said no.\n\n"
            "SECRET MEMO REVEALED\n\n"
            "\"We will not give in,\" Schumer said."),
    "nyt": ("Representative Nancy Pelosi of California said on Tuesday that the health care bill had support. "
            "Mr. Schumer said the Republican National Committee opposed the health care bill. The RNC said so too.\n\n"
            "Senator Chuck Schumer, a Democrat, said Republicans were wrong. Mr. DeMint disagreed."),
}


@pytest.fixture(scope="module")
def story(tmp_path_factory):
    folder = tmp_path_factory.mktemp("story")
    for name, text in ARTICLES.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def drafted(story):
    corpus = load_corpus(story)
    return corpus, draft_actors(corpus)


def _row(d, actor):
    rows = d[d["actor"] == actor]
    assert len(rows) == 1, f"{actor} not drafted once: {list(d['actor'])}"
    return rows.iloc[0]


def test_name_forms_merge_into_one_actor(drafted):
    _, d = drafted
    pelosi = _row(d, "Nancy Pelosi")  # "Nancy Pelosi of California", "House Speaker Nancy Pelosi", "Pelosi's"
    assert set(pelosi["alias"].split("; ")) == {"Nancy Pelosi", "Pelosi"}
    assert pelosi["mentions"] == 3 and pelosi["type"] == "person"
    schumer = _row(d, "Charles Schumer")  # "Sen. Charles Schumer, D-N.Y.", "Senator Chuck Schumer", "Schumer"
    assert set(schumer["alias"].split("; ")) == {"Charles Schumer", "Chuck Schumer", "Schumer"}
    assert schumer["mentions"] == 4
    rnc = _row(d, "Republican National Committee")  # an acronym joins the name it abbreviates
    assert set(rnc["alias"].split("; ")) == {"Republican National Committee", "RNC"}
    assert rnc["type"] == "organisation"


def test_places_headings_and_fragments_are_no_actors(drafted):
    _, d = drafted
    names = set(d["actor"]) | {a for x in d["alias"] for a in x.split("; ")}
    for word in ("Rose Garden", "Puerto Rico", "SECRET", "SECRET MEMO REVEALED", "United", "States",
                 "United States", "California", "Monday", "Tuesday", "House", "Republican", "Officials"):
        assert word not in names


def test_sides_suggested_where_the_text_says_so(drafted):
    _, d = drafted
    assert _row(d, "Charles Schumer")["side"] == "Democrat"  # "D-N.Y.", ", a Democrat"
    assert _row(d, "Jim DeMint")["side"] == "Republican"  # "Republican Sen.", "R-S.C."
    assert _row(d, "Nancy Pelosi")["side"] == "unassigned"  # "of California" names a state, not a side
    assert _row(d, "Republicans")[["type", "side"]].tolist() == ["group", "Republican"]
    assert '"D-N.Y." x1' in _row(d, "Charles Schumer")["side_evidence"]
    assert set(d["status"]) == {"drafted"}


def test_candidate_issues_recur_across_sources(drafted):
    corpus, _ = drafted
    issues = draft_issues(corpus)
    assert issues.iloc[0]["term"] == "health care bill"
    assert issues.iloc[0]["sources"] == "fox, nyt" and issues.iloc[0]["mentions"] == 5


def test_cli_writes_a_lexicon_that_reads_back(story, tmp_path, capsys):
    out = tmp_path / "lexicon.yaml"
    assert main(["lexicon", str(story), "--out", str(out)]) == 0
    assert "DRAFT" in capsys.readouterr().err
    text = out.read_text(encoding="utf-8")
    assert "# draft to check: person; 4 mentions in 2 documents" in text
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "lexicon.yaml").write_text(text, encoding="utf-8")
    lex = load_story_lexicon(tmp_path / "corpus")
    assert lex["actors"]["Charles Schumer"]["side"] == "Democrat"
    assert "Chuck Schumer" in lex["actors"]["Charles Schumer"]["aliases"]
    assert not actors.actor_table(lex).empty
    issue = load_issues(lex)[0]
    assert (issue.name, issue.proposition, issue.terms) == ("health care bill", "<to be written>", ("health care bill",))


def test_tables_have_drafted_rows_without_a_lexicon(story, tmp_path):
    corpus = load_corpus(story)
    notes = []
    write_tables(corpus, tmp_path, ["mentions.csv", "prominence.csv", "tone.csv", "quotes.csv", "stance.csv"],
                 progress=notes.append)
    for name in ("mentions.csv", "prominence.csv", "tone.csv"):
        table = pd.read_csv(tmp_path / name)
        assert len(table), name
        assert table["side"].str.endswith("(drafted)").all(), name
    quotes = pd.read_csv(tmp_path / "quotes.csv")
    assert "Democrat (drafted)" in set(quotes["side"].dropna())
    assert pd.read_csv(tmp_path / "stance.csv").empty
    stance_note = next(n for n in notes if "stance.csv" in n)
    assert "write the story's issues" in stance_note
    assert all("drafted" in n for n in notes if "mentions.csv" in n or "tone.csv" in n)


def test_curated_lexicon_is_kept(tmp_path):
    root = Path(__file__).resolve().parents[1]
    seeds = load_corpus(root / "seeds")
    lex = drafted_lexicon(seeds)
    assert lex == load_story_lexicon(root / "seeds") and not actors.is_drafted(lex)


def test_candidate_issues_are_noun_phrases_ranked_by_what_actors_are_said_to_want(tmp_path):
    # a clause ("took place", "considering campaigns") is no issue; of two phrases as frequent, the one in
    # sentences with a reporting or stance verb comes first
    texts = {"a": "The vote took place on Monday. The border wall was funded. Democrats rejected the border wall. "
                  "Considering campaigns were long. The weather report came late. The weather report was good.",
             "b": "The meeting took place later. Trump demanded the border wall. Considering campaigns, he waited. "
                  "A weather report ran. The weather report mattered."}
    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    issues = draft_issues(load_corpus(tmp_path))
    assert list(issues["term"]) == ["border wall", "weather report"]
    assert list(issues["with_cue"]) == [2, 0] and list(issues["mentions"]) == [3, 4]


def _draft(tmp_path, texts):
    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    corpus = load_corpus(tmp_path)
    return draft_actors(corpus, speakers=quotes_table(corpus, {}))  # as `python -m analysis lexicon` drafts


def test_countries_capitals_and_nationalities_come_from_the_country_data(tmp_path):
    # "Ukraine said", "Kyiv said", "Moscow said": a country or capital as a quote's speaker is no person;
    # "Kiev" is the capital in another spelling; "Ukrainians", "Russians" are nations in the plural
    d = _draft(tmp_path, {
        "fox": "Ukraine said on Sunday that it would not give up territory. Kiev rejected the proposal, and "
               "Ukrainians marched in the capital. \"We will not sign this plan,\" Ukrainian President Volodymyr "
               "Zelensky said. Russia said the talks would go on. Russians were told little.",
        "nyt": "\"The plan is unfair,\" Kyiv said on Monday. Ukrainians queued for bread while Russians voted in "
               "Moscow. Russian President Vladimir Putin said Ukraine must withdraw. \"Ukraine must leave the "
               "region,\" Moscow said."})
    assert d[["actor", "type", "side", "mentions"]].values.tolist() == [
        ["Russians", "group", "Russia", 2],
        ["Ukrainians", "group", "Ukraine", 2],
        ["Vladimir Putin", "person", "Russia", 1],
        ["Volodymyr Zelensky", "person", "Ukraine", 1]]
    assert _row(d, "Vladimir Putin")["side_evidence"] == '"Russian" x1'


def test_a_person_named_like_a_place_stays_a_person(tmp_path):
    # "George Washington" and "Michael Jordan" are persons; "Washington" and "Jordan" alone are the state or city
    # and the country here, so no alias of theirs and no mention of theirs. "Hamilton" is a capital (Bermuda's),
    # but no country or state: alone, it is Alexander Hamilton
    d = _draft(tmp_path, {
        "fox": "George Washington warned against foreign alliances in 1796. Washington said on Friday that the "
               "treaty was dead. \"The game has changed,\" Michael Jordan said. Jordan closed its border with "
               "Syria. Alexander Hamilton wrote most of the essays. Hamilton signed them Publius.",
        "nyt": "Michael Jordan said the league should expand. Historians still debate George Washington's farewell "
               "address. Officials in Washington said the plan was ready. Jordan said it would open the crossing. "
               "The Israeli Prime Minister Benjamin Netanyahu said no."})
    assert d[["actor", "type", "side", "alias", "mentions"]].values.tolist() == [
        ["Alexander Hamilton", "person", "unassigned", "Alexander Hamilton; Hamilton", 2],
        ["George Washington", "person", "unassigned", "George Washington", 2],
        ["Michael Jordan", "person", "unassigned", "Michael Jordan", 2],
        ["Benjamin Netanyahu", "person", "Israel", "Benjamin Netanyahu; Netanyahu", 1]]


def test_gazetteer_places_and_nationality_words():
    g = gazetteer()
    for place in ("Ukraine", "Kyiv", "Kiev", "Donetsk", "Moscow", "Gaza", "Jerusalem", "Washington", "New York",
                  "Chicago", "Georgia", "Jordan", "United States", "US", "U.S.", "USA", "UK", "Great Britain",
                  "Puerto Rico"):
        assert place in g.places, place
    assert {w: g.demonyms[w] for w in ("Ukrainian", "Ukrainians", "Russians", "Americans", "British", "Israelis",
                                       "Palestinians", "North Korean", "North Koreans", "Chinese", "French")} == {
        "Ukrainian": "Ukraine", "Ukrainians": "Ukraine", "Russians": "Russia", "Americans": "United States",
        "British": "United Kingdom", "Israelis": "Israel", "Palestinians": "Palestine", "North Korean": "North Korea",
        "North Koreans": "North Korea", "Chinese": "China", "French": "France"}
    assert [plural(w) for w in ("Israeli", "Ukrainian", "Chinese", "British", "French", "Swiss")] == [
        "Israelis", "Ukrainians", "Chinese", "British", "French", "Swiss"]
    assert "Britishs" not in g.demonyms and "Chineses" not in g.demonyms
    assert "Davis" not in g.places  # an Antarctic station's time zone, not a city
    assert {"Jordan", "Georgia", "Washington"} <= g.territories and "Hamilton" not in g.territories


def test_word_lists_name_no_country_the_gazetteer_gives():
    data = yaml.safe_load(package_data("lexicon_draft.yaml").read_text(encoding="utf-8"))
    g = gazetteer()
    assert not set(data["places"]) & g.places
    assert not set(data["sides"]) & set(g.demonyms)


def test_party_codes_titles_and_place_or_paper_names_are_read_as_such(tmp_path):
    # real sentences (BASIL 2010-11): "D-NJ" after a name is the senator's party code, never an actor of its
    # own; "Co-Chairwoman" is a title, so the name after it is the person's; a memorial building is a place and
    # a weekly a newspaper, not persons
    d = _draft(tmp_path, {
        "fox": "Senate Democratic Majority Leader Harry Reid and Sen. Bob Menendez, D-NJ, Tuesday offered a "
               "critical vote of confidence in the attorney general. Menendez said so again. The challengers "
               "include former RNC Co-Chairwoman Ann Wagner and others. Ann Wagner said she would run.",
        "nyt": "At a 2008 ceremony in front of the Veterans War Memorial Building in Shelton, he praised the "
               "audience. The Shelton Weekly reported on May 23, 2008, that he spoke. The Shelton Weekly said so. "
               "Mrs. Wagner said the committee needed a change. The Veterans War Memorial Building said nothing."})
    assert d[["actor", "type", "side"]].values.tolist() == [
        ["Ann Wagner", "person", "unassigned"],
        ["Bob Menendez", "person", "Democrat"],
        ["Shelton Weekly", "organisation", "unassigned"],
        ["Harry Reid", "person", "Democrat"]]
    assert _row(d, "Bob Menendez")["side_evidence"] == '"D-NJ" x1'


def test_candidate_issues_hold_no_conjunction_or_preposition(tmp_path):
    # "important since" and "war whatever" recurred in three outlets' copies of one quotation (BASIL 2010)
    texts = {"a": "He said the military service was important since the war, whatever the cost. The military "
                  "service was real.",
             "b": "The military service was important since the war, whatever it was, he said."}
    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    assert list(draft_issues(load_corpus(tmp_path))["term"]) == ["military service"]


def test_one_word_companies_are_organisations_and_suffixes_merge(tmp_path):
    # real sentences (BASIL 2011): "Wal-Mart said" names a company, not a person; "Newsweek magazine" names the
    # magazine (a name no title, quote or organisation word marked before); "Justice Alito said" is Samuel A.
    # Alito Jr. ("Jr." no part of the surname); "a Bridgeport newspaper" names a place's paper, not Bridgeport
    d = _draft(tmp_path, {
        "nyt": "Wal-Mart said it would appeal. Justice Samuel A. Alito Jr. wrote for the majority. Splashed "
               "across the cover of this week's Newsweek magazine is a picture of the candidate. The Connecticut "
               "Post, a Bridgeport newspaper, described it.",
        "fox": "\"We are pleased,\" Wal-Mart said in a statement. \"So, you have the company,\" Justice Alito "
               "said. A spokesman for Newsweek magazine said the cover was fair. Bridgeport officials and "
               "Newsweek editors declined to comment."})
    assert d[["actor", "type"]].values.tolist() == [
        ["Newsweek", "organisation"],
        ["Samuel A. Alito Jr", "person"],
        ["Wal-Mart", "organisation"]]
    assert _row(d, "Samuel A. Alito Jr")["alias"] == "Alito; Samuel A. Alito Jr"


def test_candidate_issues_are_noun_phrases_by_word_class():
    # phrases drafted as issues from BASIL dev stories that are no noun phrases, and ones that are
    from analysis.lexicon_draft import _noun_phrase
    for words in ("avoid going", "nobody knows", "options open", "protects freedom", "someplace else",
                  "nation safer", "serve openly", "tax dollars promoting"):
        assert not _noun_phrase(words.split()), words
    for words in ("birth certificate", "illegal immigration", "border security record", "live birth",
                  "tax dollars", "presidential candidate", "sex discrimination"):
        assert _noun_phrase(words.split()), words
