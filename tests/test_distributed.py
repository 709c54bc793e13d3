"""The Dask path gives exactly the tables of the one-machine streaming path, on a local two-worker cluster."""

import json
import warnings

import pytest

pytest.importorskip("distributed")

from distributed import LocalCluster  # noqa: E402

from analysis import distributed, pipeline  # noqa: E402
from analysis.corpus import CorpusError, Fields  # noqa: E402
from analysis.errors import CorpusProblems, CorpusWarning  # noqa: E402
from conftest import ROOT  # noqa: E402


@pytest.fixture(scope="module")
def cluster():
    """Two single-threaded worker processes, reached by address as a real cluster would be."""
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as c:
        yield c.scheduler_address


def _articles():
    """The five seeds as JSON rows, one with no text, and a short wire story with a quote."""
    rows = [{"id": p.stem, "body": p.read_text(encoding="utf-8"), "outlet": f"Outlet {i % 2}"}
            for i, p in enumerate(sorted((ROOT / "seeds").glob("*.txt")))]
    rows.insert(2, {"id": "empty", "body": "  ", "outlet": "Outlet 0"})
    rows.append({"id": "wire", "body": 'The minister said, "We will not sign." Talks went on.', "outlet": "Outlet 1"})
    return rows


def _write_jsonl(path, rows):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


FIELDS = Fields(text="body", id="id", source="outlet")


def test_plan_parts_cuts_rows_across_files():
    parts = distributed.plan_parts(["a", "b"], [5, 3], partition_rows=2, limit=7)
    assert [(p.index, p.path, p.start, p.stop, p.offset) for p in parts] == [
        (0, "a", 0, 2, 0), (1, "a", 2, 4, 0), (2, "a", 4, 5, 0), (3, "b", 0, 2, 5)]


def test_dask_tables_equal_the_one_machine_tables(tmp_path, cluster):
    corpus = _write_jsonl(tmp_path / "articles.jsonl", _articles())
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", CorpusWarning)
        pipeline.run(corpus, tmp_path / "one", FIELDS, workers=1, tables=distributed.DASK_TABLES)
    with pytest.warns(CorpusWarning, match=r"record 3, id empty\): empty text"):
        stats = distributed.run(corpus, tmp_path / "dask", FIELDS, scheduler=cluster, partition_rows=2)
    assert stats.documents == 6 and len(stats.problems) == 1
    for name in distributed.DASK_TABLES:
        assert (tmp_path / "dask" / name).read_bytes() == (tmp_path / "one" / name).read_bytes(), name
    assert not (tmp_path / "dask" / ".parts").exists()
    assert stats.rows["quotes.csv"] > 0 and stats.rows["documents.csv"] == 6


def test_a_folder_of_files_is_one_table_and_limit_counts_across_files(tmp_path, cluster):
    rows = _articles()
    folder = tmp_path / "parts"
    folder.mkdir()
    _write_jsonl(folder / "a.jsonl", rows[:4])
    _write_jsonl(folder / "b.jsonl", rows[4:])
    with pytest.warns(CorpusWarning):
        stats = distributed.run(folder, tmp_path / "out", FIELDS, scheduler=cluster, limit=6, partition_rows=3,
                                tables=["documents.csv"])
    ids = (tmp_path / "out" / "documents.csv").read_text(encoding="utf-8").splitlines()[1:]
    assert [line.split(",")[0] for line in ids] == [r["id"] for r in rows[:6] if r["id"] != "empty"]
    assert stats.documents == 5


def test_duplicate_ids_are_skipped_as_on_one_machine_and_unsupported_tables_refused(tmp_path, cluster):
    rows = [{"id": "x", "body": "One.", "outlet": "A"}, {"id": "y", "body": "Two.", "outlet": "B"},
            {"id": "x", "body": "Three.", "outlet": "C"}]
    corpus = _write_jsonl(tmp_path / "dup.jsonl", rows)
    with pytest.warns(CorpusWarning, match=r"record 3, id x\): duplicate doc_id: 'x'"):
        stats = distributed.run(corpus, tmp_path / "dask", FIELDS, scheduler=cluster, tables=["documents.csv"],
                                partition_rows=2)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", CorpusWarning)
        pipeline.run(corpus, tmp_path / "one", FIELDS, workers=1, tables=["documents.csv"])
    assert stats.documents == 2
    for name in ("documents.csv", "problems.csv"):
        assert (tmp_path / "dask" / name).read_bytes() == (tmp_path / "one" / name).read_bytes(), name
    with pytest.raises(CorpusProblems, match="duplicate doc_id: 'x'"):
        distributed.run(corpus, tmp_path / "strict", FIELDS, scheduler=cluster, tables=["documents.csv"],
                        strict=True)
    with pytest.raises(ValueError, match="not passages.csv"):
        distributed.run(corpus, tmp_path / "out", FIELDS, scheduler=cluster, tables=["passages.csv"])


def test_a_folder_of_text_articles_is_sent_to_the_one_machine_path(tmp_path):
    with pytest.raises(CorpusError, match="folder of .txt/.md articles; .* use tables --stream without --dask"):
        distributed.corpus_files(ROOT / "seeds")


def _raise(cls, args):
    raise cls(*args)


@pytest.mark.parametrize("name", ["CorpusError", "DocumentError", "CorpusProblems", "Interrupted"])
def test_every_error_class_raised_on_a_dask_worker_reaches_the_client_intact(cluster, name):
    import sys

    import cloudpickle
    from distributed import Client

    from analysis import errors

    cloudpickle.register_pickle_by_value(sys.modules[__name__])  # the workers cannot import this test module
    cls = getattr(errors, name)
    args = ("c", [("c/a.txt", "empty file", "skipped")]) if cls is errors.CorpusProblems else ("c/a.txt", "bad")
    with Client(cluster) as client:
        with pytest.raises(cls) as raised:
            client.submit(_raise, cls, args, pure=False).result()
    assert str(raised.value) == str(cls(*args)) and raised.value.path == args[0]


def test_a_broken_json_line_read_on_a_dask_worker_is_skipped_and_listed(tmp_path, cluster):
    corpus = tmp_path / "broken.jsonl"
    corpus.write_text(json.dumps({"id": "a", "body": "One.", "outlet": "A"}) + "\n{\"id\": \"b\", \"body\n"
                      + json.dumps({"id": "c", "body": "Three.", "outlet": "C"}) + "\n", encoding="utf-8")
    with pytest.warns(CorpusWarning, match=r"broken.jsonl: line 2 is not valid JSON"):
        stats = distributed.run(corpus, tmp_path / "out", FIELDS, scheduler=cluster, tables=["documents.csv"])
    assert stats.documents == 2
    docs = (tmp_path / "out" / "documents.csv").read_text(encoding="utf-8").splitlines()[1:]
    assert [line.split(",")[0] for line in docs] == ["a", "c"]
    problems = (tmp_path / "out" / "problems.csv").read_text(encoding="utf-8")
    assert "broken.jsonl,line 2 is not valid JSON" in problems
    with pytest.raises(CorpusProblems, match=r"1 problem\(s\)[^\n]*\n  .*broken.jsonl: line 2 is not valid JSON"):
        distributed.run(corpus, tmp_path / "strict", FIELDS, scheduler=cluster, tables=["documents.csv"], strict=True)
    assert not (tmp_path / "strict" / "documents.csv").exists()
