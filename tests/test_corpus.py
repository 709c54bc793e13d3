"""Corpus loading: provenance, metadata, cleaning log, and a clear message for every kind of bad input."""

import gzip
import json
import re
import warnings

import pytest

from analysis import CorpusError, CorpusWarning, load_corpus
from analysis.corpus import Fields
from analysis.errors import CorpusProblems
from conftest import ROOT, SHARED, write


# --- the seed corpus ----------------------------------------------------------------------------------

def test_seeds_are_five_articles(seeds):
    assert len(sorted((ROOT / "seeds").glob("*.txt"))) == 5


def test_seeds_are_the_shared_files_byte_for_byte():
    if not (SHARED / "seeds").is_dir():
        pytest.skip(f"shared seed folder not found: {SHARED / 'seeds'}")
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        assert path.read_bytes() == (SHARED / "seeds" / path.name).read_bytes(), path.name


def test_raw_text_is_kept_and_analysed_text_has_the_same_length(seeds):
    for doc in seeds:
        assert doc["raw"] == (ROOT / "seeds" / f"{doc['doc_id']}.txt").read_text(encoding="utf-8")
        assert len(doc["text"]) == len(doc["raw"])


def test_metadata_sidecar_and_front_matter(seeds):
    docs = seeds.documents.set_index("doc_id")
    blog = docs.loc["002_c104377549a06026"]
    assert blog["title"] == "New: Ukraine prepares latest peace plan as Zelensky rules out giving up land"
    assert blog["published"] == "2025-12-09T05:05:31"
    assert blog["date_basis"] == "front matter date"
    assert blog["author"] == "badely"
    assert docs.loc["003_15c441768e2c1a07", "label"] == "Cites Al Jazeera"
    assert docs.loc["003_15c441768e2c1a07", "date_basis"].startswith("inferred")
    assert (docs["outlet"] == "").all()  # no file names its outlet: none is invented
    assert seeds.problems.empty


def test_every_removal_is_logged_with_raw_offsets(seeds):
    log = seeds.cleaning
    for row in log.itertuples():
        assert seeds.raw(row.doc_id)[row.start:row.end] == row.text
        assert seeds.text(row.doc_id)[row.start:row.end].strip() == ""
    by_rule = log.groupby("rule").size().to_dict()
    assert by_rule == {"comment_widget": 1, "front_matter": 1, "lone_punctuation": 9, "promo_line": 1,
                       "related_widget": 1, "related_widget_glued": 1}
    promo = log[log["rule"] == "promo_line"].iloc[0]
    assert promo["text"] == "[Read More: Witness Says Omar Married Brother]"


def test_glued_widget_text_is_cut_from_the_word_it_sticks_to(seeds):
    text = seeds.text("004_dcad965514c1b99f")
    start = seeds.raw("004_dcad965514c1b99f").index("View AllTensions")
    assert text[start:start + 16] == "        Tensions"
    sentence = seeds.sentences[(seeds.sentences["doc_id"] == "004_dcad965514c1b99f")
                               & (seeds.sentences["start"] == start + 8)]
    assert sentence["text"].iloc[0].startswith("Tensions around the peace process")


def test_headings_and_list_items_are_marked(seeds):
    paras = seeds.paragraphs
    headings = paras[paras["kind"] == "heading"]
    assert headings["text"].tolist() == [
        "Paris Talks Intensify Diplomatic Push for Peace",
        "Territorial Disputes: The Core Sticking Point",
        "Russian Missile Strikes Kill Four in Dnipro",
        "Conflicting Battlefield Claims",
    ]
    assert (paras[paras["kind"] == "list_item"].groupby("doc_id").size().to_dict()
            == {"001_ae85ccaa47cb3625": 3, "003_15c441768e2c1a07": 3})


def test_sentences_and_tokens_point_into_the_raw_text(seeds):
    for row in seeds.sentences.sample(20, random_state=0).itertuples():
        raw = seeds.raw(row.doc_id)[row.start:row.end]
        assert len(raw) == len(row.text)
    tok = seeds.tokens
    first = tok[tok["doc_id"] == "000_0d59bf9283d8022c"].iloc[:3]
    assert first["token"].tolist() == ["Ukrainian", "President", "Volodymyr"]
    trump = tok[(tok["doc_id"] == "000_0d59bf9283d8022c") & (tok["token"] == "Trump's")].iloc[0]
    assert seeds.raw("000_0d59bf9283d8022c")[trump["start"]:trump["end"]] == "Trump\u2019s"
    assert trump["lemma"] == "trump"


# --- bad input: each names the file and says what to do ----------------------------------------------

def test_empty_folder(tmp_path):
    with pytest.raises(CorpusError, match="no .txt or .md files"):
        load_corpus(tmp_path)


def test_missing_path(tmp_path):
    with pytest.raises(CorpusError, match="no such file or folder"):
        load_corpus(tmp_path / "nope")


def _skipped(path, message, kept, fields=None):
    """``path`` loads with the bad document skipped (listed with ``message``) and ``kept`` analysed; with
    ``strict`` it is refused with the same message."""
    with pytest.warns(CorpusWarning, match=message):
        corpus = load_corpus(path, fields)
    assert corpus.doc_ids == kept
    assert any(re.search(message, f"{p}: {m}") for p, m in corpus.problems[["path", "problem"]].values)
    with pytest.raises(CorpusProblems, match=message):
        load_corpus(path, fields, strict=True)
    return corpus


def test_non_utf8_file_names_the_file_and_the_byte(tmp_path):
    write(tmp_path, "a.txt", "fine text")
    write(tmp_path, "b.txt", "caf\xe9 au lait".encode("cp1252"))
    _skipped(tmp_path, r"b.txt: is not valid UTF-8 \(byte 0xe9 at byte 3, line 1\)", ["a"])


def test_binary_file(tmp_path):
    write(tmp_path, "a.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    write(tmp_path, "b.txt", "An article.")
    _skipped(tmp_path, "a.txt: looks like a binary file", ["b"])


def test_empty_file_is_skipped_with_a_warning_and_recorded(tmp_path):
    write(tmp_path, "a.txt", "An article.")
    write(tmp_path, "b.txt", "  \n\n")
    with pytest.warns(CorpusWarning, match="b.txt: empty file"):
        corpus = load_corpus(tmp_path)
    assert corpus.doc_ids == ["a"]
    assert corpus.problems["problem"].tolist() == ["empty file"]


def test_malformed_front_matter_gives_the_line(tmp_path):
    write(tmp_path, "a.txt", "---\ntitle: ok\ndate: [unclosed\n---\nBody.")
    write(tmp_path, "b.txt", "Body.")
    _skipped(tmp_path, r"a.txt: front matter is not valid YAML at line \d", ["b"])


def test_unclosed_front_matter(tmp_path):
    write(tmp_path, "a.txt", "---\ntitle: ok\nBody without end.")
    write(tmp_path, "b.txt", "Body.")
    _skipped(tmp_path, "a.txt: front matter opened with '---' on line 1 is never closed", ["b"])


def test_duplicate_doc_ids(tmp_path):
    write(tmp_path, "a.txt", "One.")
    write(tmp_path, "a.md", "Two.")
    corpus = _skipped(tmp_path, "a.txt: duplicate doc_id: 'a'", ["a"])
    assert corpus.raw("a") == "Two." and corpus.problems["path"].tolist() == [str(tmp_path / "a.txt")]  # a.md first


def test_sidecar_row_without_file_and_file_without_row_warn(tmp_path):
    write(tmp_path, "a.txt", "One.")
    write(tmp_path, "b.txt", "Two.")
    write(tmp_path, "metadata.csv", "doc_id,label\na,Alpha\nc,Gamma\n")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        corpus = load_corpus(tmp_path)
    messages = [str(w.message) for w in caught if issubclass(w.category, CorpusWarning)]
    assert any("b.txt: no row in" in m for m in messages)
    assert any("row 'c' has no file" in m for m in messages)
    assert corpus.documents.set_index("doc_id")["label"].to_dict() == {"a": "Alpha", "b": "b"}


def test_readme_in_a_corpus_folder_is_not_an_article(tmp_path):
    write(tmp_path, "a.txt", "One.")
    write(tmp_path, "README.md", "About this folder.")
    with pytest.warns(CorpusWarning, match="documentation file"):
        assert load_corpus(tmp_path).doc_ids == ["a"]


def test_csv_with_missing_text_column_lists_the_columns(tmp_path):
    path = write(tmp_path, "a.csv", "id,body\n1,Hello.\n")
    with pytest.raises(CorpusError, match=r"a.csv: has no text column 'text'; its columns are id, body.*--text-field"):
        load_corpus(path)
    assert load_corpus(path, Fields(text="body")).documents["raw"].tolist() == ["Hello."]


def test_jsonl_gz_with_field_mapping_and_limit(tmp_path):
    path = tmp_path / "a.jsonl.gz"
    rows = [{"ID": f"x{i}", "content_original": f"Text {i}.", "source": "S", "date": "2020-01-0%d" % (i + 1)}
            for i in range(3)]
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write("\n".join(json.dumps(r) for r in rows))
    corpus = load_corpus(path, Fields(text="content_original"), limit=2)
    assert corpus.doc_ids == ["x0", "x1"]
    assert corpus.documents["source"].tolist() == ["S", "S"]
    assert corpus.documents["published"].tolist() == ["2020-01-01", "2020-01-02"]


def test_jsonl_bad_line_names_the_line(tmp_path):
    path = write(tmp_path, "a.jsonl", '{"text": "ok"}\n{not json}\n{"text": "also ok"}\n')
    corpus = _skipped(path, "a.jsonl: line 2 is not valid JSON", ["row000001", "row000003"])
    assert corpus.documents["raw"].tolist() == ["ok", "also ok"]


def test_csv_duplicate_ids(tmp_path):
    path = write(tmp_path, "a.csv", "id,text\n1,One.\n1,Two.\n")
    _skipped(path, r"a.csv \(record 2, id 1\): duplicate doc_id", ["1"])


def test_user_cleaning_rules_extend_the_defaults(tmp_path):
    write(tmp_path, "a.txt", "Body text.\nSubscribe now!\n")
    rules = write(tmp_path, "rules.yaml", "rules:\n  - name: subscribe\n    pattern: '^Subscribe now!$'\n")
    corpus = load_corpus(tmp_path, rules=rules)
    assert corpus.cleaning[["start", "end", "rule", "text"]].values.tolist() == [[11, 25, "subscribe", "Subscribe now!"]]


def _apply_rules_everywhere(raw, text, rules):
    """Reference for :func:`analysis.cleaning.apply_rules`: every rule's matches as ``finditer`` finds them,
    tried at every character; white-space-only matches are not removals."""
    from analysis.cleaning import Removal, blank

    removals = []
    for rule in rules:
        for match in list(rule.pattern.finditer(text)):
            start, end = match.span()
            if text[start:end].strip():
                removals.append(Removal(start, end, rule.name, raw[start:end]))
                text = blank(text, start, end)
    return text, sorted(removals, key=lambda r: (r.start, r.end, r.rule))


@pytest.mark.parametrize("pattern", [r"^(?:|abc)", r"^a?", r"^ab\n", r"^(?=b)", r"^\s*$", r"^[ \t]*\S+\n?", r"^a$",
                                     r"^x|y", r"(?<=\n)^a", r"a^", r"\Aa", r"b$"])
def test_a_rule_removes_what_finditer_finds(pattern):
    # line-anchored patterns (^ first, multiline) and others, including empty and look-around matches
    import re

    from analysis.cleaning import Rule, apply_rules

    text = "abc\nabc\n\nbab\n  \nab\nab\nxyz y\n"
    for flags in (re.MULTILINE, 0):
        rules = [Rule("r", re.compile(pattern, flags))]
        assert apply_rules(text, text, rules) == _apply_rules_everywhere(text, text, rules), (pattern, flags)


def test_default_rules_remove_what_finditer_finds_in_the_seeds(seeds):
    from analysis import cleaning

    rules = cleaning.load_rules()
    texts = [(d.raw, cleaning.normalise(d.raw)) for d in seeds.documents.itertuples()]
    got = [cleaning.apply_rules(raw, text, rules) for raw, text in texts]
    assert got == [_apply_rules_everywhere(raw, text, rules) for raw, text in texts]
    assert sum(len(removals) for _, removals in got) > 0


def test_bad_rules_file(tmp_path):
    write(tmp_path, "a.txt", "Body.")
    rules = write(tmp_path, "rules.yaml", "rules:\n  - name: x\n    pattern: '(unclosed'\n")
    with pytest.raises(CorpusError, match="rules.yaml: rule 'x': bad regular expression"):
        load_corpus(tmp_path, rules=rules)


def test_video_widget_and_photo_gallery_lines_are_removed(tmp_path):
    # AllSides (CNN, 2016-01-21): the video player's label gave the quote rows 'JUST WATCHED British lawyer said
    # "Kremlin of former spy's death"', and a gallery line gave speakers from its captions
    body = ("Marina Litvinenko said the report proved her husband right.\n\n"
            "JUST WATCHED British lawyer accuses Kremlin of former spy's death Replay More Videos ... MUST WATCH "
            "British lawyer accuses Kremlin of former spy's death 02:42\n\n"
            "Photos: Moments from Rick Perry's career Perry speaks in Austin. Hide Caption 11 of 13 Photos: Moments\n\n"
            "On Thursday, she added that it was time to act.\n")
    write(tmp_path, "a.txt", body)
    corpus = load_corpus(tmp_path)
    assert corpus.cleaning["rule"].tolist() == ["video_widget", "photo_gallery"]
    text = corpus.documents["text"].iloc[0]
    assert "JUST WATCHED" not in text and "Hide Caption" not in text
    assert "Marina Litvinenko said" in text and "she added that" in text


def test_story_highlights_label_is_removed_and_the_summary_stays(tmp_path):
    # AllSides (CNN, 2012-06-12): the label before the summary line gave the quote row speaker "Story" (cue
    # "highlight") for 'Leaks go "to the heart of our efforts to combat terrorism"'
    body = ("Story highlights Leaks go \"to the heart of our efforts to combat terrorism,\" W.H. spokesman says\n\n"
            "The White House on Tuesday denied the leaks.\n")
    write(tmp_path, "a.txt", body)
    corpus = load_corpus(tmp_path)
    assert corpus.cleaning[["rule", "text"]].values.tolist() == [["story_highlights", "Story highlights "]]
    assert corpus.documents["text"].iloc[0].lstrip().startswith("Leaks go")  # (blanked: offsets stay)


def test_name_card_of_the_hill_is_removed_and_the_name_shown_stays(tmp_path):
    # AllSides (The Hill, 2020-07-09): the hover card after each justice's name gave two quote rows of headline
    # text ("... watchdog says | Supreme Court rules ...") with "watchdog" as the speaker
    body = ("Roberts' opinion siding with New York prosecutors was joined by the court's liberal wing, as well as "
            "Trump's two nominees, Justices Neil Gorsuch Neil GorsuchIn banning LGBTQ discrimination, did Supreme "
            "Court license sex discrimination? Roberts court tempers conservative expectations OVERNIGHT ENERGY: WH "
            "pushed for 'correction' to Weather Service tweet contradicting Trump in 'Sharpiegate' incident, "
            "watchdog says | Supreme Court rules that large swath of Oklahoma belongs to Native American tribe MORE "
            "and Brett Kavanaugh Brett Michael KavanaughRoberts court tempers conservative expectations Five "
            "takeaways from Supreme Court's rulings on Trump tax returns MORE.\n\n"
            "Rep. Charlie Dent Charles (Charlie) Wieder DentOvernight Health Care | Health officials tie "
            "vaping-related illnesses to 'Dank Vapes' brand MORE (R-Pa.) said he would wait.\n\n"
            "Nobody said MORE than Ryan did.\n")
    write(tmp_path, "a.txt", body)
    corpus = load_corpus(tmp_path)
    assert corpus.cleaning["rule"].tolist() == ["name_card"] * 3
    assert corpus.cleaning["text"].tolist()[0].startswith(" Neil GorsuchIn banning")
    text = " ".join(corpus.documents["text"].iloc[0].split())
    assert ("as well as Trump's two nominees, Justices Neil Gorsuch and Brett Kavanaugh . Rep. Charlie Dent (R-Pa.) "
            "said he would wait. Nobody said MORE than Ryan did.") in text


def test_newsletter_signup_is_removed_and_the_quote_after_it_is_its_author_s(tmp_path):
    # AllSides (Christian Science Monitor, 2016-01-31): the sign-up box's "Privacy Policy" was the speaker of
    # the quotation after it
    from analysis.quotes import quotes_table

    body = ("Brownstein suggests that it's unlikely one side can ignore the other.\n\n"
            "Get the Monitor Stories you care about delivered to your inbox. By signing up, you agree to our Privacy "
            "Policy\n\n\"Given the nation's underlying partisan divisions, the only way to advance bigger ideas may be "
            "through compromises across party lines.\"\n")
    write(tmp_path, "a.txt", body)
    corpus = load_corpus(tmp_path)
    assert corpus.cleaning["rule"].tolist() == ["newsletter_signup"]
    (row,) = quotes_table(corpus).query("kind == 'direct'").itertuples()
    assert row.speaker == "Brownstein"


def test_a_rule_that_requires_text_skips_documents_without_it(tmp_path):
    write(tmp_path, "a.txt", "Ad: buy now.\n\nBody.")
    write(tmp_path, "b.txt", "Ad: buy now. SPONSORED\n\nBody.")
    rules = write(tmp_path, "rules.yaml", "rules:\n  - name: ad\n    requires: SPONSORED\n    pattern: '^Ad:.*$'\n")
    corpus = load_corpus(tmp_path, rules=rules)
    assert corpus.cleaning[["doc_id", "rule"]].values.tolist() == [["b", "ad"]]
