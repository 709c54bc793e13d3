"""Awkward corpora run to the end with a clear word instead of a traceback: any corpus, headless.

The empty folder, the lexicon with a YAML error, the CSV without its text column and HTML escaping have
their own tests in test_corpus.py and test_report.py; these run whole notebooks on small odd corpora.
"""

import nbformat
import pytest

from analysis import load_corpus
from analysis.describe import documents_table
from analysis.frequency import frequency_csv
from analysis.report import NOTEBOOKS, run_report
from conftest import ROOT, write


def _outputs(path):
    nb = nbformat.read(path, as_version=4)
    return "\n".join(o.get("text", "") for c in nb.cells for o in c.get("outputs", []))


def test_one_document_says_comparisons_need_two(tmp_path):
    folder = tmp_path / "one"
    folder.mkdir()
    write(folder, "only.txt", (ROOT / "seeds" / "001_ae85ccaa47cb3625.txt").read_text(encoding="utf-8"))
    names = ["02-which-words-does-each-outlet-use.ipynb", "03-what-do-the-articles-share.ipynb"]
    runs = run_report(folder, tmp_path / "out", progress=lambda m: None, notebooks=[NOTEBOOKS / n for n in names])
    assert [r.ok for r in runs] == [True, True], [r.error for r in runs]
    assert "fewer than two sources" in _outputs(tmp_path / "out" / "notebooks" / names[0])
    assert "Only one document: nothing to compare." in _outputs(tmp_path / "out" / "notebooks" / names[1])


def test_no_quotes_non_english_and_html_run_through_framing(tmp_path):
    folder = tmp_path / "odd"
    folder.mkdir()
    write(folder, "plain.txt", "The council met on Tuesday to discuss the budget. Members agreed to raise "
                               "spending on roads by 5 percent.\n\nThe mayor was absent.\n")
    write(folder, "french.txt", "Le président a déclaré lundi que la France soutiendrait l\u2019Ukraine. "
                                "\u00ab Nous ne céderons pas \u00bb, a-t-il dit.\n")
    write(folder, "html.txt", '<p>The mayor said "<script>alert(1)</script> is not a plan."</p>\n')
    nb = NOTEBOOKS / "04-how-does-each-outlet-frame-the-positions.ipynb"
    runs = run_report(folder, tmp_path / "out", progress=lambda m: None, notebooks=[nb])
    assert runs[0].ok, runs[0].error
    page = (tmp_path / "out" / "html" / f"{nb.stem}.html").read_text(encoding="utf-8")
    assert "<script>alert(1)</script>" not in page
    corpus = load_corpus(folder)
    assert corpus.raw("html").startswith("<p>The mayor")  # nothing stripped from the raw text


def test_five_megabyte_article(tmp_path):
    one = (ROOT / "seeds" / "000_0d59bf9283d8022c.txt").read_text(encoding="utf-8")
    big = (one + "\n") * (5_000_000 // len(one) + 1)
    write(tmp_path, "big.txt", big)
    write(tmp_path, "small.txt", "A short article about the budget. It has two sentences.")
    corpus = load_corpus(tmp_path)
    assert len(corpus.raw("big")) == len(big) > 5_000_000
    docs = documents_table(corpus).set_index("doc_id")
    assert docs.loc["big", "words"] == 891 * (5_000_000 // len(one) + 1)
    freq = frequency_csv(corpus)
    assert freq[(freq["source"] == "big") & (freq["term"] == "zelensky")]["count"].iloc[0] > 10_000


@pytest.mark.parametrize("content", ["", "   \n\n"])
def test_empty_text_in_a_table_is_reported_not_dropped_silently(tmp_path, content):
    path = write(tmp_path, "a.csv", f'id,text\n1,"Real text."\n2,"{content}"\n')
    with pytest.warns(UserWarning, match="record 2, id 2.*empty text"):
        corpus = load_corpus(path)
    assert corpus.doc_ids == ["1"] and corpus.problems["action"].tolist() == ["skipped"]


# --- bad input through the command line: message, exit code, documents kept, nothing outside --out ---------

import os  # noqa: E402
import pickle  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402

import pandas as pd  # noqa: E402

from analysis import pipeline  # noqa: E402
from analysis.errors import ERROR_CLASSES, CorpusError, CorpusProblems, DocumentError, Interrupted  # noqa: E402

SEED_FILES = sorted((ROOT / "seeds").glob("*.txt"))


def files_under(folder):
    return {p.relative_to(folder) for p in folder.rglob("*")}


def run_cli(tmp_path, *args, timeout=120):
    """``python -m analysis ARGS`` in ``tmp_path`` (the test's whole world); returns the completed process and the
    paths it created outside ``tmp_path/out``, which must be none."""
    before = files_under(tmp_path)
    result = subprocess.run([sys.executable, "-m", "analysis", *map(str, args)], capture_output=True, text=True,
                            cwd=tmp_path, timeout=timeout, env={**os.environ, "PYTHONPATH": str(ROOT)})
    outside = {p for p in files_under(tmp_path) - before if p.parts[0] != "out"}
    return result, outside


def corpus_with(tmp_path, name, content, seeds=2):
    """A folder of ``seeds`` seed articles and one bad file ``name``."""
    folder = tmp_path / "c"
    folder.mkdir(exist_ok=True)
    for p in SEED_FILES[:seeds]:
        write(folder, p.name, p.read_bytes())
    write(folder, name, content)
    return folder


ERROR_EXAMPLES = {
    CorpusError: ("c/a.txt", "is not valid UTF-8"),
    DocumentError: ("c/b.txt", "front matter is never closed"),
    CorpusProblems: ("c", [("c/a.txt", "is not valid UTF-8", "skipped"), ("c/b.txt", "empty file", "skipped")]),
    Interrupted: ("out", "stopped by the user"),
}


def test_every_error_class_has_an_example():
    assert set(ERROR_EXAMPLES) == set(ERROR_CLASSES)


@pytest.mark.parametrize("cls", ERROR_CLASSES, ids=lambda c: c.__name__)
def test_every_error_survives_pickling(cls):
    exc = cls(*ERROR_EXAMPLES[cls])
    back = pickle.loads(pickle.dumps(exc))
    assert type(back) is cls and str(back) == str(exc) and back.path == exc.path


@pytest.mark.parametrize("cls", ERROR_CLASSES, ids=lambda c: c.__name__)
def test_an_error_in_a_worker_reaches_the_main_process_intact(tmp_path, monkeypatch, cls):
    """Each error class raised while a worker analyses the second chunk: the run stops with that error (before,
    an error the main process could not rebuild left it waiting for ever)."""
    exc = cls(*ERROR_EXAMPLES[cls])
    analyse = pipeline.analyse_chunk

    def failing(records, settings):
        if records[0]["doc_id"] == SEED_FILES[1].stem:
            raise exc
        return analyse(records, settings)

    monkeypatch.setattr(pipeline, "analyse_chunk", failing)  # the workers are forked: they see it too
    folder = tmp_path / "c"
    folder.mkdir()
    for p in SEED_FILES[:3]:
        write(folder, p.name, p.read_bytes())
    with pytest.raises(cls) as raised:
        pipeline.run(folder, tmp_path / "out", workers=2, chunk=1, tables=["documents.csv"])
    assert str(raised.value) == str(exc)


@pytest.mark.parametrize("stream", [[], ["--stream"], ["--stream", "--workers", "1"]], ids=["memory", "stream2", "stream1"])
def test_a_bad_file_after_the_first_document_is_skipped_and_listed(tmp_path, stream):
    corpus_with(tmp_path, "zz.txt", b"caf\xe9\n")
    result, outside = run_cli(tmp_path, "tables", "c", *stream, "--out", "out", "--only", "documents.csv", timeout=90)
    assert result.returncode == 0, result.stderr
    message = "c/zz.txt: is not valid UTF-8 (byte 0xe9 at byte 3, line 1)"
    assert f"warning: {message}" in result.stderr and f"  {message}" in result.stderr  # as read, and in the summary
    assert "Traceback" not in result.stderr and not outside
    docs = pd.read_csv(tmp_path / "out" / "documents.csv")
    assert docs["doc_id"].tolist() == [p.stem for p in SEED_FILES[:2]]
    problems = pd.read_csv(tmp_path / "out" / "problems.csv")
    assert problems["path"].tolist() == ["c/zz.txt"] and problems["action"].tolist() == ["skipped"]


@pytest.mark.parametrize("stream", [[], ["--stream"]], ids=["memory", "stream"])
def test_strict_refuses_listing_every_problem_in_one_run(tmp_path, stream):
    corpus_with(tmp_path, "x1.txt", b"caf\xe9\n")
    write(tmp_path / "c", "x2.txt", "---\ntitle: [unclosed\n---\nBody.\n")
    write(tmp_path / "c", "x3.txt", "---\ntitle: T\nBody without end.\n")
    result, outside = run_cli(tmp_path, "tables", "c", *stream, "--strict", "--out", "out", "--only",
                              "documents.csv", timeout=90)
    assert result.returncode == 2 and not outside, result.stderr
    assert "error: c: 3 problem(s) in the input" in result.stderr
    for name, problem in [("x1", "is not valid UTF-8"), ("x2", "front matter is not valid YAML at line 3"),
                          ("x3", "front matter opened with '---' on line 1 is never closed")]:
        assert f"  c/{name}.txt: {problem}" in result.stderr
    assert not (tmp_path / "out" / "documents.csv").exists() and "Traceback" not in result.stderr


# --- import-json writes only inside --out ------------------------------------------------------------------

def _json_article(folder, name, source, text="The council met on Tuesday."):
    import json

    return write(folder, name, json.dumps({"source": source, "title": "T", "date": "2025-01-02",
                                           "body-paragraphs": [[text]]}))


@pytest.mark.parametrize("source,expected", [("../../x", "x"), ("/tmp/evil", "tmp_evil"), ("fox/news", "fox_news"),
                                             ("..", "article")])
def test_import_json_names_from_data_stay_inside_out(tmp_path, source, expected):
    (tmp_path / "in").mkdir()
    _json_article(tmp_path / "in", "a.json", source)
    _json_article(tmp_path / "in", "b.json", "other")
    result, outside = run_cli(tmp_path, "import-json", "in/a.json", "in/b.json", "--out", "out/story")
    assert result.returncode == 0, result.stderr
    assert not outside and not (tmp_path.parent / "x.txt").exists() and not (tmp_path / "x.txt").exists()
    assert sorted(p.name for p in (tmp_path / "out" / "story").iterdir()) == sorted(
        ["metadata.csv", f"{expected}.txt", "other.txt"])
    meta = pd.read_csv(tmp_path / "out" / "story" / "metadata.csv", dtype=str)
    assert meta["source"].tolist() == [source, "other"]  # the outlet's name itself is kept as data


def test_import_json_refuses_a_folder_it_did_not_write_unless_forced(tmp_path):
    (tmp_path / "in").mkdir()
    _json_article(tmp_path / "in", "a.json", "A")
    curated = tmp_path / "out" / "story"
    curated.mkdir(parents=True)
    write(curated, "metadata.csv", "doc_id,source\nmine,Curated\n")
    result, outside = run_cli(tmp_path, "import-json", "in/a.json", "--out", "out/story")
    assert result.returncode == 2 and not outside
    assert "error: out/story: holds files this importer did not write (metadata.csv)" in result.stderr
    assert "--force" in result.stderr and "Traceback" not in result.stderr
    assert (curated / "metadata.csv").read_text() == "doc_id,source\nmine,Curated\n"
    assert run_cli(tmp_path, "import-json", "in/a.json", "--out", "out/story", "--force")[0].returncode == 0
    assert (curated / "A.txt").is_file()
    # a folder it wrote itself is written again without --force
    assert run_cli(tmp_path, "import-json", "in/a.json", "--out", "out/story")[0].returncode == 0


def test_import_json_missing_file_is_a_message(tmp_path):
    result, outside = run_cli(tmp_path, "import-json", "nothere.json", "--out", "out/story")
    assert result.returncode == 2 and not outside and not (tmp_path / "out").exists()
    assert "error: nothere.json: cannot be read (No such file or directory)" in result.stderr
    assert "Traceback" not in result.stderr


# --- the parametrised bad-input suite: each real bad input through `tables`, in memory and streamed ----------

GOOD = "The council met on Tuesday. Members agreed to raise spending on roads.\n"


def _folder(tmp_path, files: dict):
    folder = tmp_path / "c"
    folder.mkdir(exist_ok=True)
    for name, content in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        write(folder, name, content)
    return "c"


def _cut_gz(records: int = 300) -> tuple[bytes, list[str]]:
    """A JSONL.gz file of ``records`` articles cut in the middle of its compressed data (a broken download),
    and the ids of the complete lines before the cut."""
    import gzip
    import io
    import json

    lines = "".join(json.dumps({"id": f"d{i:03d}", "text": f"Article {i}. " + GOOD * 8}) + "\n"
                    for i in range(records))
    data = gzip.compress(lines.encode("utf-8"), mtime=0)
    cut = data[:len(data) // 2]
    ids = []
    try:
        with gzip.open(io.BytesIO(cut), "rb") as fh:
            for line in fh:
                ids.append(json.loads(line)["id"])
    except EOFError:
        pass
    return cut, ids


CUT_GZ, CUT_GZ_IDS = _cut_gz()


# name: (files of the corpus folder, or a single file "c.csv"/"c.jsonl"; extra args; exit code; text expected
# on stderr; doc_ids kept (None: no tables); a check of the tables)
CASES = {
    "bom_before_front_matter": ({"a.txt": b"\xef\xbb\xbf---\ntitle: Budget\ndate: 2025-01-02\n---\n" + GOOD.encode(),
                                 "b.txt": GOOD}, [], 0, "", ["a", "b"],
                                lambda o: pd.read_csv(o / "documents.csv").set_index("doc_id").loc["a", "published"]
                                == "2025-01-02"),
    "impossible_date": ({"a.txt": "---\ntitle: T\ndate: 2025-13-45\n---\n" + GOOD, "b.txt": GOOD}, [], 0,
                        "c/a.txt: date '2025-13-45' is not a date", ["a", "b"], None),
    "year_one": ({"a.txt": "---\ndate: 0001-01-01\n---\n" + GOOD, "b.txt": GOOD}, [], 0,
                 "c/a.txt: date '0001-01-01' is outside the years 1678 to 2261", ["a", "b"], None),
    "yesterday": ({"a.txt": "---\ndate: yesterday\n---\n" + GOOD, "b.txt": GOOD}, [], 0,
                  "c/a.txt: date 'yesterday' is not a date", ["a", "b"], None),
    "mapping_as_date": ({"a.txt": "---\ndate: {a: 1}\n---\n" + GOOD, "b.txt": GOOD}, [], 0,
                        "c/a.txt: front matter 'published' is a dict, not a value", ["a", "b"], None),
    "utf16": ({"a.txt": GOOD.encode("utf-16"), "b.txt": GOOD}, [], 0,
              "c/a.txt: is UTF-16 text; re-save it as UTF-8", ["b"], None),
    "nested_folder": ({"a.txt": GOOD, "more/b.txt": GOOD}, [], 0,
                      "c/more: subfolder with 1 .txt/.md file(s), not read", ["a"], None),
    "empty_sidecar": ({"a.txt": GOOD, "metadata.csv": ""}, [], 2, "error: c/metadata.csv: metadata sidecar is empty",
                      None, None),
    "limit_zero": ({"a.txt": GOOD}, ["--limit", "0"], 2, "--limit: 0 is not 1 or more", None, None),
    "limit_minus_one": ({"a.txt": GOOD}, ["--limit", "-1"], 2, "--limit: -1 is not 1 or more", None, None),
    "rules_pattern_number": ({"a.txt": GOOD, "r.yaml": "rules:\n  - name: n\n    pattern: 42\n"},
                             ["--rules", "c/r.yaml"], 2, "error: c/r.yaml: rule 1: 'name' and 'pattern' must be text",
                             None, None),
    "manifest_limit_text": ({"a.txt": GOOD}, [], 2, "limit:' must be a whole number of articles, 1 or more, not 'ten'",
                            None, None),
    "csv_bom": ("id,text\r\nk1,One article.\r\nk2,Another one.\r\n".encode("utf-8-sig"), [], 0, "", ["k1", "k2"],
                None),
    "csv_unterminated_quote": ('id,text\nk1,"good"\nk2,"bad\nk3,"next"\nk4,more\n', [], 2,
                               "c.csv: record 2: ',' expected after '\"' (a quote opened in it is probably never "
                               "closed", None, None),
    "jsonl_number_text": ('{"id": "a", "text": 42}\n{"id": "b", "text": ["x"]}\n{"id": "c", "text": "Fine text."}\n',
                          [], 0, "c.jsonl (record 1, id a): text field 'text' holds a int, not text", ["c"], None),
    "gz_cut_off": (CUT_GZ, [], 0, f"c.jsonl.gz: is cut off after line {len(CUT_GZ_IDS)} (Compressed file ended "
                   "before the end-of-stream marker was reached): the lines after it are missing", CUT_GZ_IDS, None),
    "jsonl_duplicate_id": ('{"id": "x", "text": "One."}\n{"id": "y", "text": "Two."}\n{"id": "x", "text": "Three."}\n',
                           [], 0, "c.jsonl (record 3, id x): duplicate doc_id: 'x'", ["x", "y"], None),
    "lexicon_phrases_number": ({"a.txt": GOOD, "lexicon.yaml": "phrases: 42\n"}, ["--only", "documents.csv",
                               "mentions.csv"], 2, "error: c/lexicon.yaml: 'phrases:' must be a list of phrases, "
                               "not 42", None, None),
    "lexicon_actors_string": ({"a.txt": GOOD, "lexicon.yaml": "actors: Mayor Smith\n"}, ["--only", "documents.csv",
                              "mentions.csv"], 2, "error: c/lexicon.yaml: 'actors:' must map each actor to its "
                              "aliases (or to side: and aliases:), not 'Mayor Smith'", None, None),
    "lexicon_aliases_number": ({"a.txt": GOOD, "lexicon.yaml": "actors:\n  Smith: {side: council, aliases: 7}\n"},
                               ["--only", "documents.csv", "mentions.csv"], 2,
                               "error: c/lexicon.yaml: actor 'Smith': 'aliases:' must be a list of names, not 7",
                               None, None),
    "jsonl_nul": ('{"id": "a", "text": "Nul\\u0000 inside. Second sentence."}\n', [], 0, "", ["a"],
                  lambda o: "\x00" not in (o / "sentences.csv").read_text(encoding="utf-8")),
}


@pytest.mark.parametrize("stream", [[], ["--stream"]], ids=["memory", "stream"])
@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_input_suite(tmp_path, case, stream):
    files, extra, code, message, kept, check = CASES[case]
    if isinstance(files, dict):
        corpus = _folder(tmp_path, files)
    else:
        suffix = "jsonl.gz" if case.startswith("gz") else "jsonl" if case.startswith("jsonl") else "csv"
        write(tmp_path, f"c.{suffix}", files)
        corpus = f"c.{suffix}"
    if case == "manifest_limit_text":
        write(tmp_path, "corpus.yaml", "path: c\nlimit: ten\n")
        corpus = "corpus.yaml"
    only = [] if "--only" in extra else ["--only", "documents.csv", "sentences.csv"]
    result, outside = run_cli(tmp_path, "tables", corpus, *stream, *extra, "--out", "out", *only, timeout=120)
    assert result.returncode == code, result.stderr
    assert message in result.stderr and "Traceback" not in result.stderr
    assert not outside and not (tmp_path / "out" / ".partial").exists()
    if kept is None:
        assert not (tmp_path / "out" / "documents.csv").exists()
    else:
        assert pd.read_csv(tmp_path / "out" / "documents.csv", dtype=str)["doc_id"].tolist() == kept
        if message:
            assert message.split(": ", 1)[1][:30] in (tmp_path / "out" / "problems.csv").read_text(encoding="utf-8")
    if check is not None:
        assert check(tmp_path / "out")


def test_ctrl_c_stops_a_streamed_run_with_one_line_and_no_partial_tables(tmp_path):
    """SIGINT to the whole process group, as Ctrl-C in a terminal sends it, while the workers are busy."""
    import json
    import signal
    import time

    texts = [p.read_text(encoding="utf-8") for p in SEED_FILES]
    with open(tmp_path / "big.jsonl", "w", encoding="utf-8") as fh:
        for i in range(20_000):
            fh.write(json.dumps({"id": f"d{i}", "text": texts[i % len(texts)]}) + "\n")
    (tmp_path / "out").mkdir()
    write(tmp_path / "out", "keyness.csv", "stale,table\n")  # an earlier run's table
    proc = subprocess.Popen([sys.executable, "-m", "analysis", "tables", "big.jsonl", "--stream", "--out", "out"],
                            cwd=tmp_path, stderr=subprocess.PIPE, text=True, start_new_session=True,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    deadline = time.monotonic() + 60
    while not (tmp_path / "out" / ".partial" / "documents.csv").exists() and time.monotonic() < deadline:
        time.sleep(0.2)
    time.sleep(2)  # the workers are analysing chunks
    os.killpg(proc.pid, signal.SIGINT)
    sent = time.monotonic()
    _, err = proc.communicate(timeout=30)
    assert time.monotonic() - sent < 10
    assert proc.returncode == 130, err
    assert "interrupted: stopped, workers ended, no partial tables left" in err
    assert "Traceback" not in err and "KeyboardInterrupt" not in err
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == []  # no partial table, no stale one


@pytest.mark.parametrize("stream", [[], ["--stream"]], ids=["memory", "stream"])
def test_a_catastrophic_user_pattern_named_by_a_manifest_stops_with_a_message(tmp_path, stream):
    """``(a|aa)+$`` backtracks without end on a line of a's ending otherwise: the ``regex`` package's time
    limit stops it (``(a+)+$`` it already answers at once)."""
    _folder(tmp_path, {"a.txt": "a" * 60 + "!\n\n" + GOOD, "b.txt": GOOD})
    write(tmp_path, "rules.yaml", "rules:\n  - name: runaway\n    pattern: '(a|aa)+$'\n")
    write(tmp_path, "corpus.yaml", "path: c\nrules: rules.yaml\n")
    result, outside = run_cli(tmp_path, "tables", "corpus.yaml", *stream, "--out", "out", "--only", "documents.csv",
                              timeout=60)
    assert result.returncode == 2 and not outside, result.stderr
    assert "rules.yaml: rule 'runaway' searched one document for more than 5 s" in result.stderr
    assert "Traceback" not in result.stderr and not (tmp_path / "out" / "documents.csv").exists()


def test_user_rules_find_what_re_finds(tmp_path):
    from analysis import cleaning

    write(tmp_path, "rules.yaml", "rules:\n  - name: promo\n    pattern: '^Subscribe.*$'\n"
                                  "  - name: tag\n    pattern: '\\[(?:ad|promo)\\]'\n")
    text = "Subscribe now!\nReal text [ad] here.\nSubscribe again\n"
    rules = cleaning.load_rules(tmp_path / "rules.yaml")[-2:]
    _, removals = cleaning.apply_rules(text, text, rules)
    assert [(r.start, r.end, r.rule) for r in removals] == [(0, 14, "promo"), (25, 29, "tag"), (36, 51, "promo")]


def test_duplicate_ids_through_the_dask_path_are_skipped_and_listed(tmp_path):
    pytest.importorskip("distributed", reason="the dask extra is not installed (pip install -e '.[dask]')")
    write(tmp_path, "c.jsonl", '{"id": "x", "text": "One."}\n{"id": "y", "text": "Two."}\n'
                               '{"id": "x", "text": "Three."}\n')
    result, outside = run_cli(tmp_path, "tables", "c.jsonl", "--stream", "--dask", "--workers", "1", "--out", "out",
                              "--only", "documents.csv", timeout=180)
    assert result.returncode == 0, result.stderr
    message = "c.jsonl (record 3, id x): duplicate doc_id: 'x' (c.jsonl (record 1, id x) and c.jsonl (record 3"
    assert message in result.stderr and "Traceback" not in result.stderr
    assert not outside and not (tmp_path / "out" / ".partial").exists()
    assert pd.read_csv(tmp_path / "out" / "documents.csv", dtype=str)["doc_id"].tolist() == ["x", "y"]
    assert "duplicate doc_id: 'x'" in (tmp_path / "out" / "problems.csv").read_text(encoding="utf-8")


@pytest.mark.parametrize("stream", [[], ["--stream"]], ids=["memory", "stream"])
def test_tables_refuses_an_output_folder_with_other_files_unless_forced(tmp_path, stream):
    _folder(tmp_path, {"a.txt": GOOD})
    (tmp_path / "out" / "keep").mkdir(parents=True)
    write(tmp_path / "out", "notes.txt", "my notes\n")
    result, outside = run_cli(tmp_path, "tables", "c", *stream, "--out", "out", "--only", "documents.csv")
    assert result.returncode == 2 and not outside
    assert ("error: out: holds files the tables command did not write (keep, notes.txt); give an empty or new "
            "folder, or --force") in result.stderr and "Traceback" not in result.stderr
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["keep", "notes.txt"]
    result, _ = run_cli(tmp_path, "tables", "c", *stream, "--out", "out", "--only", "documents.csv", "--force")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out" / "notes.txt").read_text() == "my notes\n" and (tmp_path / "out" / "keep").is_dir()
    # a folder holding only what the command writes (tables, problems.csv, an interrupted run's staging folder)
    # is written again without --force
    (tmp_path / "own").mkdir()
    for name in ("documents.csv", "keyness.csv", "problems.csv", ".partial/documents.csv"):
        (tmp_path / "own" / name).parent.mkdir(exist_ok=True)
        write(tmp_path / "own", name, "old\n")
    result, _ = run_cli(tmp_path, "tables", "c", *stream, "--out", "own", "--only", "documents.csv")
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in (tmp_path / "own").iterdir()) == ["documents.csv", "problems.csv"]
