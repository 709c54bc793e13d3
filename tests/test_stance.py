"""Stance composed from attitude, negation, condition and holder: one real or news-style sentence per rule.

Each test runs the public pipeline (corpus -> quotes -> stance) on one sentence and states the reading a careful
reader gives it. Sentences marked "seed" come from the seed articles, "BASIL" from the BASIL stories, where the
old cue-near-topic model read them wrong.
"""

import math

import pandas as pd
import pytest

from analysis.agreement import agreement, code_sheet, position_agreement, read_sheet, sheet_agreement
from analysis.corpus import load_corpus
from analysis.errors import CorpusError
from analysis.lexicon import load_issues
from analysis.quotes import quotes_table
from analysis.stance import STANCE_COLUMNS, stance, stance_grid

LEX = {
    "actors": {
        "Zelensky": {"side": "Ukraine", "aliases": ["Kyiv", "Ukraine", "Volodymyr Zelensky"]},
        "Russia": {"side": "Russia", "aliases": ["Moscow", "Kremlin"]},
        "European Union": {"side": "Europe", "aliases": ["EU leaders", "European Union leaders"]},
        "United States": {"side": "US", "aliases": ["Washington", "US"]},
        "Republicans": {"side": "Republicans", "aliases": ["Senate Republicans"]},
    },
    "issues": {
        "territory": {"proposition": "Ukraine gives up territory",
                      "terms": ["territory", "territories", "territorial", "land", "regions", "concessions"],
                      "for": ["cede", "give up", "swap", "surrender"], "against": ["keep"]},
        "ceasefire": {"proposition": "The fighting stops", "terms": ["ceasefire"]},
        "tax cuts": {"proposition": "Congress extends the tax cuts", "terms": ["tax cuts"], "for": ["extend"],
                     "against": ["expire"]},
        "legislation": {"proposition": "The Senate takes up other legislation", "terms": ["legislation"],
                        "for": ["pass"], "against": ["block"]},
        "plan": {"proposition": "The peace plan is agreed", "terms": ["plan"]},
    },
}


def read(tmp_path, text, lexicon=LEX):
    """``{(actor, issue, stance)}`` of one sentence, and the table."""
    (tmp_path / "a.txt").write_text(text + "\n", encoding="utf-8")
    corpus = load_corpus(tmp_path)
    table = stance(corpus, lexicon, quotes_table(corpus, lexicon))
    return {(r.actor, r.issue, r.stance) for r in table.itertuples()}, table


@pytest.mark.parametrize("text, expected", [
    # negation in the reported clause: the speaker states his own side's refusal (seed 001)
    ("Ukraine cannot cede territory under its constitution, Volodymyr Zelensky said.",
     {("Zelensky", "territory", "rejects")}),
    # "insist that no ...": an attitude over a negated proposition rejects it (seed 003; was "demands")
    ("EU leaders insist that no major concessions be made to Russia.",
     {("European Union", "territory", "rejects")}),
    # refusing a compromise is not refusing the claim: the claims are a demand (seed 000; was "rejects")
    ("Moscow has refused, reiterating its claims over four regions.", {("Russia", "territory", "demands")}),
    # possessor of an attitude noun (seed 000)
    ("Trump has downplayed Russia's refusal to reconsider its territorial demands.",
     {("Russia", "territory", "demands")}),
    # a negated attitude: not ruling out is being open to
    ("Kyiv did not rule out a ceasefire.", {("Zelensky", "ceasefire", "open to")}),
    # "rather than": the alternative an attitude turns down (seed 000)
    ("Kyiv has signaled openness to a ceasefire based on current front lines rather than formal land concessions.",
     {("Zelensky", "ceasefire", "open to"), ("Zelensky", "territory", "rejects")}),
    # another side's demand reported inside a quotation stays with that side (seed 002)
    ('Zelensky said: "Russia is insisting that we give up territories, but we don\'t want to cede anything."',
     {("Russia", "territory", "demands"), ("Zelensky", "territory", "rejects")}),
    # the actor pushed to accept is the object; the pusher demands (seed 001)
    ("Washington hopes to push Ukraine to accept a land swap.", {("United States", "territory", "demands")}),
    # passive agents, coordinated (seed 002)
    ("The plan proposed by the US - and rejected by Kyiv and EU leaders as too favourable to Russia - was cut.",
     {("United States", "plan", "proposes"), ("Zelensky", "plan", "rejects"), ("European Union", "plan", "rejects")}),
    # an attitude predicated of the proposition, in a clause that shares the speaker (seed 001)
    ("Zelensky noted that partners suggested a land swap, but said such a swap is not under consideration.",
     {("Zelensky", "territory", "rejects")}),
    # conditions: blocking X until Y is conditional on X and demands Y (BASIL ae243a95)
    ("Senate Republicans vowed to block all legislation until the tax cuts are extended.",
     {("Republicans", "legislation", "conditional"), ("Republicans", "tax cuts", "demands")}),
    ("Moscow said a ceasefire is possible if Kyiv withdraws.", {("Russia", "ceasefire", "conditional")}),
    # "without that, no X": the condition comes first (seed 004)
    ('"Kyiv must cede those regions. Without that, no ceasefire is possible," Moscow declared.',
     {("Russia", "ceasefire", "conditional"), ("Russia", "territory", "demands")}),
    # a possessor right before the attitude noun holds it (BASIL 45bd61bc: not the subject of the clause)
    ("That separates Kyiv from Washington's support of a land swap.", {("United States", "territory", "demands")}),
    # a negation before the pronoun that holds the attitude: "no reason for us to accept" (BASIL 45bd61bc)
    ('"There is no reason for us to accept a land swap," Moscow said.', {("Russia", "territory", "rejects")}),
    # commas alone do not coordinate actors (seed 000)
    ("After talks with senior EU leaders, Zelensky said Ukraine is against ceding land.",
     {("Zelensky", "territory", "rejects")}),
])
def test_polarity_rules(tmp_path, text, expected):
    got, table = read(tmp_path, text)
    assert got == expected
    assert list(table.columns) == STANCE_COLUMNS
    raw = (tmp_path / "a.txt").read_text(encoding="utf-8")
    for r in table.itertuples():   # evidence offsets point at the words they name
        assert raw[r.cue_start:r.cue_end] == r.cue and raw[r.holder_start:r.holder_end] == r.holder
        assert r.rule


def test_list_items_take_the_attitude_of_their_lead(tmp_path):
    """Seed 001: "Moscow has laid out three demands it will not revisit:" then list items, each a demand."""
    text = ("Media reports say Moscow has laid out three demands it will not revisit:\n"
            "- Full control of the regions of Donetsk and Luhansk;\n- Limits on the size of the army.\n\n"
            "Analysts expect talks on territory.")
    got, table = read(tmp_path, text)
    assert got == {("Russia", "territory", "demands")}
    assert table["rule"].str.startswith("item of a list").all()


@pytest.mark.parametrize("text", [
    "The talks covered territory and a ceasefire.",            # topic words, nobody's position
    "Kyiv did not propose a land swap.",                       # not proposing is no position
    "Partners suggested a land swap.",                          # the holder is no actor of the lexicon
    "The proposed plan would end the war.",                     # "proposed" modifies the noun
    "It is not clear whether Washington would be willing to keep its regions.",  # the author's doubt
    "Ukraine must be free to determine its own borders.",       # a modal near a term states no direction
])
def test_no_row_rather_than_a_guess(tmp_path, text):
    lexicon = {**LEX, "issues": {**LEX["issues"], "territory": {**LEX["issues"]["territory"],
                                                                 "terms": ["territory", "regions", "borders", "land"]}}}
    got, _ = read(tmp_path, text, lexicon)
    assert got == set()


def test_term_list_issues_still_read(tmp_path):
    """An issue given as a bare term list (no direction) still gets attitude rows."""
    got, _ = read(tmp_path, "Zelensky rejected any land swap.",
                  {"actors": LEX["actors"], "issues": {"territory": ["land"]}})
    assert got == {("Zelensky", "territory", "rejects")}


def test_load_issues_formats_and_errors():
    issues = load_issues(LEX)
    assert issues[0].proposition == "Ukraine gives up territory" and "cede" in issues[0].for_words
    assert load_issues({"issues": {"x": ["a", "b"]}})[0].proposition == "x goes ahead"
    with pytest.raises(ValueError, match="'x'.*unknown key 'pro'"):
        load_issues({"issues": {"x": {"pro": ["a"]}}})
    with pytest.raises(ValueError, match="for must be a list"):
        load_issues({"issues": {"x": {"for": "cede"}}})


def test_grid_agreement_share():
    rows = [("a", 0, 10, "A", "Zelensky", "Ukraine", "territory", "p", "rejects"),
            ("a", 20, 30, "A", "Zelensky", "Ukraine", "territory", "p", "rejects"),
            ("b", 0, 10, "B", "Zelensky", "Ukraine", "territory", "p", "open to")]
    t = pd.DataFrame(rows, columns=STANCE_COLUMNS[:9])
    g = stance_grid(t).set_index("stance")
    assert g.loc["rejects", "sentences"] == 2 and g.loc["rejects", "agreement"] == round(2 / 3, 3)
    assert g.loc["open to", "evidence"] == "b:0-10"


def test_agreement_worked_by_hand():
    # 4 items: machine r r n d, human r n n d. p_o = 3/4.
    # Cohen's kappa with each coder's own distribution: machine r .5 n .25 d .25, human r .25 n .5 d .25
    # p_e = .5*.25 + .25*.5 + .25*.25 = .3125; kappa = (.75 - .3125) / (1 - .3125) = .636363...
    a = agreement(["rejects", "rejects", "none", "demands"], ["rejects", "none", "none", "demands"])
    assert a.n == 4 and a.observed == 0.75
    assert a.kappa == pytest.approx(0.4375 / 0.6875)
    # Krippendorff's alpha (nominal): 8 values, D_o = 2/8 pairs... computed by NLTK; must lie below kappa here
    assert -1 <= a.alpha <= 1
    per = a.per_stance.set_index("stance")
    assert per.loc["rejects", "precision"] == 0.5 and per.loc["rejects", "recall"] == 1.0
    assert a.confusion.loc["none", "rejects"] == 1
    same = agreement(["demands"] * 3, ["demands"] * 3)
    assert math.isnan(same.kappa) and same.observed == 1.0


def test_code_sheet_round_trip(tmp_path):
    text = "EU leaders insist that no concessions be made. The talks covered a ceasefire with Moscow."
    (tmp_path / "a.txt").write_text(text + "\n", encoding="utf-8")
    corpus = load_corpus(tmp_path)
    q = quotes_table(corpus, LEX)
    sheet = code_sheet(corpus, LEX, stance(corpus, LEX, q), q)
    assert sheet[["issue", "actor", "machine"]].values.tolist() == [
        ["territory", "European Union", "rejects"], ["ceasefire", "Russia", "none"]]
    sheet["human"] = ["rejects", "none"]
    path = tmp_path / "sheet.csv"
    sheet.to_csv(path, index=False)
    coded = read_sheet(path)
    assert sheet_agreement(coded).observed == 1.0
    coded.loc[0, "human"] = "refuses"
    coded.to_csv(path, index=False)
    with pytest.raises(CorpusError, match="'refuses'"):
        read_sheet(path)


def test_position_agreement_counts():
    lex = {"actors": {"A": {"side": "S"}, "B": {"side": "T"}}}
    machine = pd.DataFrame({"side": ["S", "T"], "issue": ["i", "i"], "stance": ["rejects", "demands"]})
    gold = pd.DataFrame({"holder": ["A", "B", "B"], "issue": ["i", "i", "j"], "stance": ["rejects", "rejects", "open to"]})
    p = position_agreement(machine, gold, lex)
    # gold positions: (S,i,rejects) found; (T,i,rejects) contradicted by (T,i,demands); (T,j,open to) missed
    assert (p["gold"], p["found"], p["contradicted"], p["confirmed"], p["machine"]) == (3, 1, 1, 1, 2)


def test_most_quoted_sentences():
    from analysis.framing import most_quoted
    by_side = pd.DataFrame({"source": ["A", "A", "B"], "side": ["Europe", "Ukraine", "US"],
                            "quoted_words": [10, 30, 0]})
    assert most_quoted(by_side) == ["A: most quoted words from Ukraine (30 of 40, 75%)",
                                    "B: no words in quotation marks"]
    # with the ledger, the actor with the most quoted words too (unmatched speakers are no actor): what a
    # drafted lexicon, whose sides are all unassigned, can tell
    ledger = pd.DataFrame({"source": ["A", "A", "A", "A"], "actor": ["X", "Y", "unmatched", "Y"],
                           "quoted_words": [12, 10, 14, 4]})
    assert most_quoted(by_side, ledger)[0] == ("A: most quoted words from Ukraine (30 of 40, 75%); "
                                               "most quoted actor: Y (14 of 40, 35%)")


def test_agreement_note_reads_the_measured_file():
    from analysis.stance import agreement as stance_agreement
    note = stance_agreement()
    assert note["stories"] >= 1 and "main positions" in note["text"] and "kappa" in note["text"]


def test_grid_from_human_codes_where_they_exist(tmp_path):
    from analysis.agreement import CODES_FILE, grid_statements
    text = "EU leaders insist that no concessions be made. Moscow rejected a ceasefire."
    (tmp_path / "a.txt").write_text(text + "\n", encoding="utf-8")
    corpus = load_corpus(tmp_path)
    q = quotes_table(corpus, LEX)
    machine = stance(corpus, LEX, q)
    table, note = grid_statements(tmp_path, machine)
    assert table is machine and note.startswith("Drawn from the machine's")
    sheet = code_sheet(corpus, LEX, machine, q)
    sheet["human"] = ["demands" if a == "European Union" else "rejects" for a in sheet["actor"]]
    sheet.to_csv(tmp_path / CODES_FILE, index=False)
    table, note = grid_statements(tmp_path, machine)
    assert set(zip(table["actor"], table["stance"])) == {("European Union", "demands"), ("Russia", "rejects")}
    assert note.startswith("Drawn from human codes") and "kappa" in note
    assert set(stance_grid(table)["stance"]) == {"demands", "rejects"}


@pytest.mark.parametrize("text, expected", [
    # the actor inside a prepositional phrase is not the subject (BASIL 97b1305c)
    ("EU leaders adopted a resolution condemning racist elements in Moscow and calling on the party's leaders to cede land.",
     {("European Union", "territory", "demands")}),
    # "against" as the preposition of "defend against" is no negator (BASIL 97b1305c)
    ("Moscow defends itself against charges, saying it will cede the regions.", set()),
    # "a few weeks back" is a time phrase, not support (BASIL 005a2961)
    ("When Moscow started considering a ceasefire a few weeks back, it thought the land was lost.",
     {("Russia", "ceasefire", "open to")}),
    # "there is no question that X must": no negation (BASIL 2b95d2cf)
    ('Moscow said: "There is no question that Kyiv must cede the regions."',
     {("Russia", "territory", "demands")}),
    # a question is no demand (BASIL 2058ec60: "asked")
    ('"Is it true that Kyiv will cede the regions?" Moscow asked.', set()),
    # doubts about the proposition reject it (BASIL 2058ec60)
    ("Moscow also offered its doubts about the merits of the ceasefire.", {("Russia", "ceasefire", "rejects")}),
    # the actor that draws or answers a call does not hold it (BASIL 2b95d2cf)
    ("Kyiv drew fierce criticism and a call for a land swap.", set()),
    ("Kyiv did not respond to the call for a land swap.", set()),
    # an actor after a verb is its object, not the subject of a modal clause (BASIL 2058ec60)
    ("That ruling would get Kyiv off the hook, and no one would cede the regions.", set()),
])
def test_rules_read_on_stories_outside_the_gold(tmp_path, text, expected):
    got, _ = read(tmp_path, text)
    assert got == expected
