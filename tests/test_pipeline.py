"""The streaming pipeline writes the same tables as the in-memory path, whatever the workers and chunking."""

import shutil
import warnings

import pandas as pd
import pytest

from analysis import load_corpus, pipeline, scanner
from analysis.compare.passages import PASSAGE_COLUMNS
from analysis.errors import CorpusWarning
from analysis.tables import write_tables
from conftest import ROOT, write

SHARED = ("Officials in Kyiv said the new draft would be sent to Washington before the end of the week "
          "for a final review by both delegations.")


@pytest.fixture(scope="module")
def corpus_dir(tmp_path_factory):
    """The seeds plus two short articles that reuse one passage (the seeds share none) and lack sidecar rows."""
    folder = tmp_path_factory.mktemp("corpus") / "seeds_plus"
    shutil.copytree(ROOT / "seeds", folder)
    write(folder, "wire_a.txt", f"Talks resumed on Monday.\n\n{SHARED}\n\nNo date was set for a summit.\n")
    write(folder, "wire_b.txt", f"The talks went on.\n\nMeanwhile, {SHARED.replace('final', 'last')}\n")
    return folder


@pytest.fixture(scope="module")
def in_memory(corpus_dir, tmp_path_factory):
    out = tmp_path_factory.mktemp("memory")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", CorpusWarning)
        write_tables(load_corpus(corpus_dir), out, [t for t in pipeline.STREAM_TABLES])
    return out


@pytest.mark.parametrize("workers,chunk", [(1, 64), (2, 2)])
def test_streamed_tables_equal_in_memory_tables(corpus_dir, in_memory, tmp_path, workers, chunk):
    with pytest.warns(CorpusWarning, match="wire_a.txt: no row in"):
        stats = pipeline.run(corpus_dir, tmp_path, workers=workers, chunk=chunk)
    assert stats.documents == 7
    for name in pipeline.STREAM_TABLES:
        assert (tmp_path / name).read_bytes() == (in_memory / name).read_bytes(), name
    assert stats.rows["documents.csv"] == 7 and stats.rows["passages.csv"] == 1
    assert sorted((p[0].rsplit("/", 1)[1], p[1].split(" in ")[0]) for p in stats.problems) == [
        ("wire_a.txt", "no row"), ("wire_b.txt", "no row")]


def test_streamed_passage_text_comes_from_the_raw_files(corpus_dir, tmp_path):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", CorpusWarning)
        pipeline.run(corpus_dir, tmp_path, tables=["passages.csv"], workers=1)
    found = pd.read_csv(tmp_path / "passages.csv")
    assert list(found.columns) == PASSAGE_COLUMNS
    row = found.iloc[0]
    # the sentence is 25 word tokens on each side ("Officials" ... "delegations"; the full stop is not a word
    # token); "final" -> "last" is the one edited word, so 24 are matched
    assert (row.doc_a, row.doc_b, row.words, row.words_b, row.matched_words) == ("wire_a", "wire_b", 25, 25, 24)
    assert row.text_a == SHARED[:-1] and row.text_b == SHARED.replace("final", "last")[:-1]
    raw_b = (corpus_dir / "wire_b.txt").read_text(encoding="utf-8")
    assert raw_b[row.start_b:row.end_b] == row.text_b


def test_only_the_requested_tables_are_written(corpus_dir, tmp_path):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", CorpusWarning)
        stats = pipeline.run(corpus_dir, tmp_path, tables=["sentences.csv", "keyness.csv"], workers=1)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keyness.csv", "problems.csv", "sentences.csv"]
    assert set(stats.rows) == {"sentences.csv", "keyness.csv"}


def test_passages_written_in_blocks_equal_one_block(tmp_path):
    from analysis.compare.passages import passages_from_tokens

    texts = {"a": "Intro. " + SHARED + " Then " + SHARED, "b": SHARED, "c": "Also: " + SHARED}
    arrays = [scanner.token_arrays(t) for t in texts.values()]
    found = passages_from_tokens(list(texts), *(list(x) for x in zip(*arrays)))
    assert len(found) == 5  # a-b twice, a-c twice, b-c once
    records = [{"doc_id": d, "raw": t} for d, t in texts.items()]
    pipeline.write_passages(found, records, tmp_path / "one.csv")
    pipeline.write_passages(found, records, tmp_path / "blocks.csv", block=2)
    assert (tmp_path / "one.csv").read_bytes() == (tmp_path / "blocks.csv").read_bytes()
    # two processes: 5 rows in blocks of 2 -> 3 blocks; rows 0-1 written here, rows 2-4 by a forked helper
    pipeline.write_passages(found, records, tmp_path / "two.csv", block=2, workers=2)
    assert (tmp_path / "one.csv").read_bytes() == (tmp_path / "two.csv").read_bytes()
    assert not (tmp_path / "two.csv.part").exists()
    written = pd.read_csv(tmp_path / "blocks.csv")
    assert (written["text_a"] == SHARED[:-1]).all() and (written["text_b"] == SHARED[:-1]).all()


def test_a_table_written_by_two_processes_is_the_same_bytes(tmp_path, monkeypatch):
    df = pd.DataFrame({"source": ["cnn", "fox, inc", 'say "no"', "abc", "bbc"],
                       "term": ["said", "line\nbreak", "x", "", "y"],
                       "count": [3, 2, 1, 1, 7], "per_1k": [0.5, float("nan"), 1e-7, -0.0, 2.0 / 3],
                       "flag": [True, False, True, True, False]})
    pipeline.write_table(df, tmp_path / "one.csv")  # below SPLIT_ROWS: one process
    monkeypatch.setattr(pipeline, "SPLIT_ROWS", 2)
    pipeline.write_table(df, tmp_path / "two.csv", workers=2)  # rows 0-1 here, rows 2-4 by a forked process
    pipeline.write_table(df.iloc[:0], tmp_path / "empty.csv", workers=2)
    pipeline.write_table(df, tmp_path / "blocks.csv", workers=2, block=3)  # blocks of 3 rows join to the same bytes
    assert (tmp_path / "blocks.csv").read_bytes() == (tmp_path / "one.csv").read_bytes()
    assert (tmp_path / "two.csv").read_bytes() == (tmp_path / "one.csv").read_bytes()
    assert (tmp_path / "one.csv").read_text(encoding="utf-8") == df.to_csv(index=False, float_format="%.6g")
    assert (tmp_path / "empty.csv").read_text(encoding="utf-8") == "source,term,count,per_1k,flag\n"
    assert not (tmp_path / "two.csv.part").exists()


def test_a_failure_in_the_forked_table_writer_is_raised(tmp_path, monkeypatch):
    df = pd.DataFrame({"term": list("abcd"), "count": [4, 3, 2, 1]})
    write_blocks = pipeline._write_blocks

    def broken(frame, path, *args, **kwargs):
        if str(path).endswith(".part"):
            raise OSError("disk full")
        return write_blocks(frame, path, *args, **kwargs)

    monkeypatch.setattr(pipeline, "SPLIT_ROWS", 2)
    monkeypatch.setattr(pipeline, "_write_blocks", broken)
    with pytest.raises(RuntimeError, match="writing t.csv failed(.|\n)*disk full"):
        pipeline.write_table(df, tmp_path / "t.csv", workers=2)
    assert not (tmp_path / "t.csv.part").exists()


def test_a_failure_in_the_forked_passage_writer_is_raised(tmp_path, monkeypatch):
    from analysis.compare.passages import passages_from_tokens

    texts = {"a": "Intro. " + SHARED + " Then " + SHARED, "b": SHARED, "c": "Also: " + SHARED}
    arrays = [scanner.token_arrays(t) for t in texts.values()]
    found = passages_from_tokens(list(texts), *(list(x) for x in zip(*arrays)))
    records = [{"doc_id": d, "raw": t} for d, t in texts.items()]
    write_rows = pipeline._write_passage_rows

    def broken(path, *args, **kwargs):
        if str(path).endswith(".part"):
            raise OSError("disk full")
        return write_rows(path, *args, **kwargs)

    monkeypatch.setattr(pipeline, "_write_passage_rows", broken)
    with pytest.raises(RuntimeError, match="writing p.csv failed(.|\n)*disk full"):
        pipeline.write_passages(found, records, tmp_path / "p.csv", block=2, workers=2)
    assert not (tmp_path / "p.csv.part").exists()


def test_a_failure_in_the_forked_counting_process_is_raised(corpus_dir, tmp_path, monkeypatch):
    # with two workers, frequency and keyness are written by a forked process beside the passages
    def broken(freq):
        raise ValueError("keyness exploded")

    monkeypatch.setattr(pipeline.keyness, "keyness_from_frequency", broken)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", CorpusWarning)
        with pytest.raises(RuntimeError, match="keyness exploded"):
            pipeline.run(corpus_dir, tmp_path, tables=["keyness.csv", "passages.csv"], workers=2)


def test_workers_start_with_the_inherited_objects_frozen():
    """A worker moves what it inherits to the collector's permanent generation (8% of worker CPU on 3,000
    AllSides articles), and still frees what it makes."""
    import gc
    import multiprocessing as mp

    def child(send):
        pipeline._start_worker()
        frozen = gc.get_freeze_count()
        cycle = []
        cycle.append(cycle)
        del cycle
        send.send((frozen, gc.collect() >= 1))

    receive, send = mp.get_context("fork").Pipe(duplex=False)
    proc = mp.get_context("fork").Process(target=child, args=(send,))
    proc.start()
    frozen, collected = receive.recv()
    proc.join()
    assert frozen > 1000 and collected


def test_first_record_analysed_before_forking_and_put_back(monkeypatch):
    """Before the workers are forked the parent runs the worker's analysis on the first record (so that what it
    loads is loaded once and shared); every record still goes to the workers, in order."""
    seen = []
    monkeypatch.setattr(pipeline, "analyse_chunk", lambda records, settings: seen.append(list(records)))
    records = [{"doc_id": "a"}, {"doc_id": "b"}, {"doc_id": "c"}]
    out = pipeline._load_before_forking(iter(records), pipeline.Settings(rules=[]))
    assert seen == [[{"doc_id": "a"}]] and list(out) == records
    assert list(pipeline._load_before_forking(iter([]), pipeline.Settings(rules=[]))) == []
