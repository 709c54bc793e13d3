"""The headless command line: the same tables as the notebooks, and clear errors."""

import subprocess
import sys

import pandas as pd
import pytest

from analysis.cli import main
from conftest import ROOT, SHARED, write


def test_tables_for_seeds(tmp_path):
    assert main(["tables", str(ROOT / "seeds"), "--out", str(tmp_path), "--only",
                 "documents.csv", "cleaning.csv", "sentences.csv"]) == 0
    docs = pd.read_csv(tmp_path / "documents.csv")
    assert docs["doc_id"].tolist()[0] == "000_0d59bf9283d8022c" and len(docs) == 5
    assert {"label", "published", "words", "sentences"} <= set(docs.columns)
    cleaning = pd.read_csv(tmp_path / "cleaning.csv")
    assert list(cleaning.columns) == ["doc_id", "start", "end", "rule", "text"] and len(cleaning) == 14
    sentences = pd.read_csv(tmp_path / "sentences.csv")
    assert list(sentences.columns[:5]) == ["doc_id", "sent", "para", "start", "end"]


def test_tables_for_a_plain_folder_and_a_csv(tmp_path):
    folder = tmp_path / "plain"
    folder.mkdir()
    write(folder, "one.txt", "First article. It has two sentences.")
    write(folder, "two.txt", "Second article.")
    assert main(["tables", str(folder), "--out", str(tmp_path / "o1"), "--only", "documents.csv"]) == 0
    assert pd.read_csv(tmp_path / "o1" / "documents.csv")["sentences"].tolist() == [2, 1]
    csv = write(tmp_path, "a.csv", "key,body,outlet\nk1,Some text.,A\nk2,More text.,B\nk3,Third.,C\n")
    assert main(["tables", str(csv), "--text-field", "body", "--id-field", "key", "--source-field", "outlet",
                 "--limit", "2", "--out", str(tmp_path / "o2"), "--only", "documents.csv"]) == 0
    docs = pd.read_csv(tmp_path / "o2" / "documents.csv")
    assert docs[["doc_id", "source"]].values.tolist() == [["k1", "A"], ["k2", "B"]]


def test_polnear_text_folder_if_present(tmp_path):
    folder = SHARED / "eval" / "polnear-dev" / "text"
    if not folder.is_dir():
        pytest.skip(f"PolNeAR text folder not found: {folder}")
    assert main(["tables", str(folder), "--out", str(tmp_path), "--only", "documents.csv", "sentences.csv"]) == 0
    assert len(pd.read_csv(tmp_path / "documents.csv")) == 84


def test_bad_input_exits_2_naming_the_file(tmp_path):
    csv = write(tmp_path, "a.csv", "id,body\n1,x\n")
    result = subprocess.run([sys.executable, "-m", "analysis", "tables", str(csv), "--out", str(tmp_path / "o")],
                            capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 2
    assert f"error: {csv}: has no text column 'text'" in result.stderr
    assert "Traceback" not in result.stderr


def test_help_documents_the_field_options():
    result = subprocess.run([sys.executable, "-m", "analysis", "tables", "--help"], capture_output=True, text=True,
                            cwd=ROOT)
    for option in ("--text-field", "--id-field", "--source-field", "--date-field", "--title-field", "--limit"):
        assert option in result.stdout


def test_stream_tables_from_a_csv_match_the_in_memory_tables(tmp_path, capsys):
    csv = write(tmp_path, "a.csv", 'key,body,outlet\nk1,"The minister said, ""We will not sign."" Talks went on.",A\n'
                                   "k2,Officials met in Geneva on Sunday.,B\nk3,,C\n")
    args = [str(csv), "--text-field", "body", "--id-field", "key", "--source-field", "outlet"]
    assert main(["tables", *args, "--out", str(tmp_path / "mem"), "--only", "quotes.csv", "keyness.csv"]) == 0
    assert main(["tables", *args, "--out", str(tmp_path / "st"), "--stream", "--workers", "1",
                 "--only", "quotes.csv", "keyness.csv"]) == 0
    err = capsys.readouterr().err
    # each run warns as it reads and names the problem again in its closing summary
    assert err.count("a.csv (record 3, id k3): empty text (skipped)") == 4 and ": 2 documents" in err
    assert err.count("1 input problem(s), listed in") == 2
    for name in ("quotes.csv", "keyness.csv"):
        assert (tmp_path / "st" / name).read_bytes() == (tmp_path / "mem" / name).read_bytes()
    assert pd.read_csv(tmp_path / "st" / "quotes.csv")["text"].tolist() == ["We will not sign."]


def test_stream_refuses_pairwise_tables(tmp_path, capsys):
    assert main(["tables", str(ROOT / "seeds"), "--out", str(tmp_path), "--stream", "--only", "similarity.csv"]) == 2
    assert "--stream writes only" in capsys.readouterr().err and not tmp_path.joinpath("similarity.csv").exists()


def test_tables_streams_a_large_corpus_by_itself(tmp_path, monkeypatch, capsys):
    # above the size threshold (lowered here to below seeds/) tables streams by itself: the same bytes as
    # --stream, one line saying so and naming the tables not written; --in-memory and an --only naming an
    # in-memory table keep the in-memory path
    from analysis import pipeline

    monkeypatch.setattr(pipeline, "STREAM_ABOVE_BYTES", 1000)
    seeds = str(ROOT / "seeds")
    assert main(["tables", seeds, "--out", str(tmp_path / "auto"), "--workers", "1"]) == 0
    err = capsys.readouterr().err
    line = next(x for x in err.splitlines() if "above 0 MB: streaming" in x)
    assert "not written at this size: stance.csv" in line and "--only TABLE" in line and "--in-memory" in line
    assert main(["tables", seeds, "--out", str(tmp_path / "stream"), "--stream", "--workers", "1"]) == 0
    auto = sorted(p.name for p in (tmp_path / "auto").iterdir())
    assert auto == sorted(p.name for p in (tmp_path / "stream").iterdir()) and "passages.csv" in auto
    for name in auto:
        assert (tmp_path / "auto" / name).read_bytes() == (tmp_path / "stream" / name).read_bytes(), name
    assert not (tmp_path / "auto" / "stance.csv").exists()
    capsys.readouterr()
    assert main(["tables", seeds, "--out", str(tmp_path / "mem"), "--in-memory", "--only", "documents.csv"]) == 0
    assert main(["tables", seeds, "--out", str(tmp_path / "one"), "--only", "documents.csv", "stance.csv"]) == 0
    assert "streaming" not in capsys.readouterr().err
    assert (tmp_path / "one" / "stance.csv").exists()
    assert (tmp_path / "mem" / "documents.csv").read_bytes() == (tmp_path / "auto" / "documents.csv").read_bytes()
    # --limit small enough: the first files only are counted, and the corpus is read in memory
    assert pipeline.estimated_bytes(ROOT / "seeds", limit=1) < pipeline.estimated_bytes(ROOT / "seeds")


def test_estimated_bytes_counts_gz_at_its_ratio(tmp_path):
    import gzip

    from analysis import pipeline

    lines = b"".join(b'{"text": "%d words of an article"}\n' % i for i in range(1000))
    plain = tmp_path / "a.jsonl"
    plain.write_bytes(lines)
    packed = tmp_path / "b.jsonl.gz"
    packed.write_bytes(gzip.compress(lines))
    assert pipeline.estimated_bytes(plain) == len(lines)
    assert pipeline.estimated_bytes(packed) == packed.stat().st_size * pipeline.GZ_RATIO
    assert pipeline.estimated_bytes(packed, limit=10) == len(b"".join(lines.splitlines(True)[:11]))
    assert pipeline.estimated_bytes(plain, limit=500, stop=100) < 200
