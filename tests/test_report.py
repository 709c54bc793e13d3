"""The report command: any corpus, headless, nothing lost, nothing in the repository overwritten."""

import json
import re

import nbformat
import pytest

from analysis import CorpusError, load_corpus
from analysis.cli import main
from analysis.corpus import Fields, read_manifest, write_manifest
from analysis.importers import json_articles
from analysis.lexicon import find_story_lexicon, load_story_lexicon
from analysis.report import NOTEBOOKS, run_report
from conftest import SHARED, write

SEEDS_DIR = NOTEBOOKS.parent / "seeds"

HOSTILE = 'He said "<script>alert(1)</script> & <b>bold</b>" on Monday. Officials agreed.'


@pytest.fixture()
def small_corpus(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    write(folder, "a.txt", "The minister said on Monday that talks would resume. " + HOSTILE)
    write(folder, "b.txt", "Talks resume, the ministry said. <p>Stray HTML</p> stays visible as text.")
    return folder


def _notebook(path, *sources):
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell('CORPUS = "../seeds"\nFIGURES = "../figures"',
                                          metadata={"tags": ["parameters"]})]
    nb.cells += [nbformat.v4.new_code_cell(s) for s in sources]
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(nb, path)
    return path


def test_report_on_another_corpus_writes_everything_to_out_and_escapes_html(small_corpus, tmp_path, capfd):
    out = tmp_path / "out"
    runs = run_report(small_corpus, out, progress=lambda m: None,
                      notebooks=[NOTEBOOKS / "01-what-is-in-the-corpus.ipynb"])
    assert [r.ok for r in runs] == [True]
    assert (out / "tables" / "documents.csv").is_file() and (out / "tables" / "sentences.csv").is_file()
    assert (out / "notebooks" / "01-what-is-in-the-corpus.ipynb").is_file()
    assert sorted(p.name for p in (out / "figures").glob("01-*.png")) == [
        "01-cleaning.png", "01-diversity-readability.png", "01-document-sizes.png", "01-timeline.png"]
    executed = nbformat.read(out / "notebooks" / "01-what-is-in-the-corpus.ipynb", as_version=4)
    injected = [c for c in executed.cells if "injected-parameters" in c.metadata.get("tags", [])]
    assert len(injected) == 1 and 'CORPUS = "../corpus.yaml"' in injected[0].source
    assert str(tmp_path) not in "".join(c.source for c in executed.cells)  # relative paths only
    index = (out / "index.html").read_text(encoding="utf-8")
    assert 'href="html/01-what-is-in-the-corpus.html"' in index and "2 documents" in index
    assert "running over TCP" not in capfd.readouterr().err  # kernels on Unix sockets
    ids = set(re.findall(r' id="([^"]+)"', index))
    local = re.findall(r'href="#([^"]+)"', index)
    assert local and set(local) <= ids  # every finding's figure and evidence row exists in the page
    assert 'src="figures/01-timeline.png"' in index and "http" not in index  # relative, offline


def test_findings_are_computed_from_the_tables(tmp_path):
    from analysis.report import findings

    corpus = load_corpus(SEEDS_DIR)
    tables_dir = tmp_path / "tables"
    tables_dir.mkdir()
    (tables_dir / "similarity.csv").write_text(
        f"doc_a,doc_b,cosine_tfidf,jaccard_5gram\n{corpus.doc_ids[0]},{corpus.doc_ids[1]},0.2,0\n"
        f"{corpus.doc_ids[1]},{corpus.doc_ids[2]},0.7,0.01\n", encoding="utf-8")
    (tables_dir / "keyness.csv").write_text(
        "source,term,count_target,count_reference,log_odds_z\nA,alpha,5,1,2.5\nA,beta,1,0,3.0\nA,gamma,3,0,1.0\n",
        encoding="utf-8")
    found = findings(corpus, tables_dir)
    label = dict(zip(corpus.documents["doc_id"], corpus.documents["source"]))
    assert found[0].text.startswith(f"Most similar pair: {label[corpus.doc_ids[1]]} and {label[corpus.doc_ids[2]]}")
    assert found[0].rows == [1] and found[0].figure == "03-similarity"
    assert found[1].text.startswith("A: alpha (5 vs 1 in the rest, z 2.5), gamma") and found[1].rows == [0, 2]


def test_figure_folder_keeps_other_corpora_out_of_the_committed_figures(tmp_path):
    from analysis.figures import COMMITTED, PROJECT, figure_folder

    assert figure_folder(PROJECT / "seeds") == COMMITTED
    assert figure_folder(tmp_path / "my_story") == PROJECT / "out" / "my_story" / "figures"
    assert figure_folder(tmp_path / "arts.jsonl.gz") == PROJECT / "out" / "arts" / "figures"
    assert figure_folder(tmp_path / "rep" / "corpus.yaml") == tmp_path / "rep" / "figures"
    assert figure_folder(tmp_path / "x", tmp_path / "f") == tmp_path / "f"
    with pytest.raises(ValueError, match="holds the figures of seeds/"):
        figure_folder(tmp_path / "my_story", COMMITTED)


def test_a_notebook_pointed_at_another_corpus_in_place_leaves_figures_alone(small_corpus, tmp_path):
    """What a user does in JupyterLab: edit CORPUS in the parameters cell of notebooks/01 and run it there."""
    from analysis.figures import COMMITTED, PROJECT
    from analysis.report import run_notebook

    before = {p.name: p.stat().st_mtime_ns for p in COMMITTED.iterdir()}
    nb = nbformat.read(NOTEBOOKS / "01-what-is-in-the-corpus.ipynb", as_version=4)
    cell = next(c for c in nb.cells if "parameters" in c.metadata.get("tags", []))
    first_save = next(i for i, c in enumerate(nb.cells) if "save(" in c.source)
    nb.cells = nb.cells[:first_save + 1]  # parameters, imports with the FIGURES handling, the first figure
    name = f"test-params-{tmp_path.name}"
    (tmp_path / name).mkdir()
    for f in small_corpus.iterdir():
        (tmp_path / name / f.name).write_bytes(f.read_bytes())
    cell.source = cell.source.replace('"../seeds"', json.dumps(str(tmp_path / name)))
    src = tmp_path / "01-edited.ipynb"
    nbformat.write(nb, src)
    out = PROJECT / "out" / name
    try:
        run, _ = run_notebook(src, src, None)  # no injection: runs as edited, in the notebook's folder
        assert run.ok, run.error
        assert {p.name: p.stat().st_mtime_ns for p in COMMITTED.iterdir()} == before
        assert [p.name for p in (out / "figures").glob("*.svg")] == ["01-document-sizes.svg"]
    finally:
        import shutil
        shutil.rmtree(out, ignore_errors=True)


def test_corpus_text_is_escaped_in_the_html_report(small_corpus, tmp_path):
    shows = _notebook(tmp_path / "10-show.ipynb", "from analysis import load_corpus\ncorpus = load_corpus(CORPUS)",
                      "corpus.documents[['doc_id', 'raw']]", "print(corpus.raw('a'))")
    runs = run_report(small_corpus, tmp_path / "out", progress=lambda m: None, notebooks=[shows])
    assert runs[0].ok, runs[0].error
    page = (tmp_path / "out" / "html" / "10-show.html").read_text(encoding="utf-8")
    assert "<script>alert(1)</script>" not in page and "<b>bold</b>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_a_failing_notebook_names_its_cell_and_the_others_still_run(small_corpus, tmp_path):
    bad = _notebook(tmp_path / "10-bad.ipynb", "x = 1", "raise ValueError('broken on purpose')")
    good = _notebook(tmp_path / "11-good.ipynb", "print('fine')")
    runs = run_report(small_corpus, tmp_path / "out", progress=lambda m: None, notebooks=[bad, good])
    assert [r.ok for r in runs] == [False, True]
    assert runs[0].error.startswith('cell 4 ("raise ValueError') and "ValueError: broken on purpose" in runs[0].error


def test_report_needs_out_for_another_corpus(small_corpus, capsys):
    assert main(["report", str(small_corpus)]) == 2
    assert "give --out DIR" in capsys.readouterr().err


def test_manifest_carries_fields_and_resolves_relative_paths(tmp_path):
    write(tmp_path, "arts.csv", "key,body\nk1,Some text.\nk2,More text.\n")
    manifest = write(tmp_path, "corpus.yaml", "path: arts.csv\ntext_field: body\nid_field: key\nlimit: 1\n")
    spec = read_manifest(manifest)
    assert spec["path"] == (tmp_path / "arts.csv").resolve() and spec["fields"] == Fields(text="body", id="key")
    assert load_corpus(manifest).doc_ids == ["k1"]
    again = write_manifest(tmp_path / "o" / "c.yaml", tmp_path / "arts.csv", Fields(text="body"), limit=2)
    assert len(load_corpus(again)) == 2


def test_manifest_with_unknown_key(tmp_path):
    manifest = write(tmp_path, "corpus.yaml", "path: x.csv\ntxt_field: body\n")
    with pytest.raises(CorpusError, match="unknown keys: txt_field"):
        load_corpus(manifest)


def test_lexicon_with_a_yaml_error_gives_the_line(tmp_path):
    write(tmp_path, "a.txt", "Text.")
    write(tmp_path, "lexicon.yaml", "actors:\n  Ukraine:\n    - Zelensky\n  Russia: [Putin\n")
    assert find_story_lexicon(tmp_path) == tmp_path / "lexicon.yaml"
    with pytest.raises(CorpusError, match=r"lexicon.yaml: line \d+, column \d+: not valid YAML"):
        load_story_lexicon(tmp_path)


def test_json_articles_become_a_corpus_folder(tmp_path):
    files = []
    for i, source in enumerate(["fox", "nyt"]):
        data = {"source": source, "date": f"2010-06-1{i}", "title": f"T{i}",
                "body-paragraphs": [["First sentence.", "Second one."], ["New paragraph."]]}
        files.append(write(tmp_path, f"e_{i}.json", json.dumps(data)))
    folder = json_articles(files, tmp_path / "corpus")
    corpus = load_corpus(folder)
    assert corpus.doc_ids == ["fox", "nyt"]
    assert corpus.raw("fox") == "First sentence. Second one.\n\nNew paragraph.\n"
    assert corpus.documents["published"].tolist() == ["2010-06-10", "2010-06-11"]
    assert len(corpus.paragraphs[corpus.paragraphs["doc_id"] == "fox"]) == 2


def test_json_without_the_text_field(tmp_path):
    bad = write(tmp_path, "x.json", json.dumps({"body": "text"}))
    with pytest.raises(CorpusError, match="x.json: has no field 'body-paragraphs'"):
        json_articles([bad], tmp_path / "c")


def test_basil_event_converts_if_present(tmp_path):
    files = sorted((SHARED / "eval" / "basil-dev" / "articles" / "2010").glob("*_[123].json"))[:3]
    if len(files) < 3:
        pytest.skip("BASIL dev data not available")
    corpus = load_corpus(json_articles(files, tmp_path / "event"))
    assert len(corpus) == 3 and set(corpus.sources) <= {"fox", "nyt", "hpo"}


def test_stream_outputs_cut_into_several_messages_are_written_as_one():
    from nbformat.v4 import new_output

    from analysis.report import coalesce_streams

    outputs = [new_output("stream", name="stdout", text="a\n"), new_output("stream", name="stdout", text="b\n"),
               new_output("stream", name="stderr", text="warn\n"), new_output("stream", name="stdout", text="c\n")]
    merged = coalesce_streams(outputs)
    assert [(o["name"], o["text"]) for o in merged] == [("stdout", "a\nb\n"), ("stderr", "warn\n"), ("stdout", "c\n")]


def _svg_bytes(fig, rounded=True):
    import io

    import matplotlib.pyplot as plt

    from analysis import figures

    if rounded:
        figures.round_drawn_values(fig)
    figures.use_style()
    buf = io.BytesIO()
    fig.savefig(buf, format="svg", metadata={"Date": None, "Creator": None})
    plt.close(fig)
    return buf.getvalue()


def test_last_bit_differences_in_plotted_values_leave_the_figure_bytes_unchanged():
    """numpy's log/exp/sum kernels differ by processor in the last bits; a drawn value off by far more than that
    (1e-9 of itself) still gives the same SVG, while the unrounded drawing would move a coordinate."""
    import matplotlib

    matplotlib.use("Agg")
    import numpy as np
    import pandas as pd

    from analysis.plots.frequency import fightin_words

    rng = np.random.default_rng(7)
    n = 300
    table = pd.DataFrame({"source": np.repeat(["a", "b", "c"], n), "term": [f"t{i}" for i in range(3 * n)],
                          "count_target": rng.integers(1, 40, 3 * n), "count_reference": rng.integers(0, 80, 3 * n),
                          "log_odds_z": rng.normal(0, 1.5, 3 * n)})
    nudged = table.assign(log_odds_z=table["log_odds_z"] * (1 + 1e-9))
    colors = {"a": "#0072B2", "b": "#D55E00", "c": "#009E73"}
    assert _svg_bytes(fightin_words(table, colors, "t"), False) != _svg_bytes(fightin_words(nudged, colors, "t"), False)
    assert _svg_bytes(fightin_words(table, colors, "t")) == _svg_bytes(fightin_words(nudged, colors, "t"))


def test_rounding_is_arithmetic_and_keeps_about_five_digits():
    import numpy as np

    from analysis.figures import rounded

    out = rounded([123456.789, -0.000123456, 0.0, -0.0, np.nan, 1e-300, 2.5])
    assert out[0] in (123460.0, 123457.0) and out[1] in (-0.00012346, -0.000123456)
    assert out[2] == 0.0 and not np.signbit(out[3]) and np.isnan(out[4]) and out[5] > 0 and out[6] == 2.5
    assert (rounded(out) == out)[~np.isnan(out)].all()


STORY = {
    "a.txt": "Senator Maria Lopez said on Monday that the tax bill would fail. Lopez, a Democrat, voted against it.\n\n"
             "Representative John Kerr said the tax bill would pass. \"It will pass,\" Kerr said.\n",
    "b.txt": "Senator Maria Lopez warned that the tax bill would raise costs. Kerr, a Republican, disagreed.\n\n"
             "Representative John Kerr told reporters the tax bill would pass this week.\n",
}


@pytest.fixture()
def story_folder(tmp_path):
    """The two-article story above as a corpus folder without a lexicon."""
    folder = tmp_path / "story"
    folder.mkdir()
    for name, text in STORY.items():
        write(folder, name, text)
    return folder


def test_report_without_a_lexicon_drafts_one_and_says_why_the_stance_table_is_empty(story_folder, tmp_path):
    folder = story_folder
    out = tmp_path / "out"
    messages = []
    run_report(folder, out, progress=messages.append, notebooks=[])
    draft = out / "lexicon-draft.yaml"
    assert draft.is_file() and "Maria Lopez" in draft.read_text(encoding="utf-8")
    assert any("lexicon-draft.yaml" in m for m in messages)
    index = (out / "index.html").read_text(encoding="utf-8")
    assert 'id="lexicon"' in index and "--lexicon lexicon-draft.yaml" in index
    # stance needs propositions a person writes: the page names the table, why it is empty and what to do
    assert "<code>stance.csv</code>: No stance: the lexicon states no issue" in index
    assert (out / "tables" / "stance.csv").read_text(encoding="utf-8").count("\n") == 1


def test_a_lexicon_named_by_the_manifest_is_the_one_the_tables_use(story_folder, tmp_path):
    from analysis.actors import corpus_lexicon
    from analysis.tables import write_tables

    folder = story_folder
    lexicon = tmp_path / "elsewhere.yaml"
    lexicon.write_text("actors:\n  Lopez:\n    side: Democrats\n    aliases: [Maria Lopez, Lopez]\n", encoding="utf-8")
    manifest = write_manifest(tmp_path / "corpus.yaml", folder, Fields(), lexicon=lexicon)
    corpus = load_corpus(manifest)
    assert corpus_lexicon(corpus)["actors"]["Lopez"]["side"] == "Democrats"
    assert corpus_lexicon(load_corpus(folder)) == {}  # nothing beside the folder itself
    write_tables(corpus, tmp_path / "tables", ["mentions.csv"])
    rows = (tmp_path / "tables" / "mentions.csv").read_text(encoding="utf-8").splitlines()[1:]
    assert rows and {r.split(",")[4] for r in rows} == {"Lopez"}  # the manifest's actor, no drafted ones
