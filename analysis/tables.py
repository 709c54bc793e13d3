"""Every table the command line writes, by file name: one place to add a table.

Each entry maps a CSV file name to a function ``Corpus -> DataFrame``. Tables are written sorted as the
function returns them (each function sorts deterministically), without the index, UTF-8.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

import pandas as pd

from analysis import describe, framing, frequency, keyness
from analysis.compare import csv as compare_csv
from analysis.corpus import Corpus
from analysis.csvout import write_csv


def _cleaning(corpus: Corpus) -> pd.DataFrame:
    return corpus.cleaning.sort_values(["doc_id", "start", "end"]).reset_index(drop=True)


def _quotes(corpus: Corpus) -> pd.DataFrame:
    from analysis.actors import corpus_lexicon
    from analysis.quotes import quotes_table
    return quotes_table(corpus, corpus_lexicon(corpus))


def _sentences(corpus: Corpus) -> pd.DataFrame:
    return corpus.sentences[["doc_id", "sent", "para", "start", "end", "kind", "text"]]


TABLES: dict[str, Callable[[Corpus], pd.DataFrame]] = {
    "documents.csv": describe.documents_table,
    "cleaning.csv": _cleaning,
    "sentences.csv": _sentences,
    "quotes.csv": _quotes,
    "mentions.csv": framing.mentions_csv,
    "stance.csv": framing.stance_csv,
    "prominence.csv": framing.prominence_csv,
    "labels.csv": framing.labels_csv,
    "tone.csv": framing.tone_csv,
    "frames.csv": framing.frames_csv,
    "similarity.csv": compare_csv.similarity_csv,
    "passages.csv": compare_csv.passages_csv,
    "quote_variants.csv": compare_csv.quote_variants_csv,
    "coverage.csv": compare_csv.coverage_csv,
    "frequency.csv": frequency.frequency_csv,
    "keyness.csv": keyness.keyness_csv,
    "collocations.csv": frequency.collocations_csv,
}


def write_tables(corpus: Corpus, out_dir: str | Path, names: list[str] | None = None,
                 progress: Callable[[str], None] | None = None) -> list[Path]:
    """Write the tables ``names`` (default: all of :data:`TABLES`) as CSV into ``out_dir``; return the paths."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name in names or list(TABLES):
        table = TABLES[name](corpus)
        path = out / name
        write_csv(table, path)
        written.append(path)
        if progress:
            progress(f"{path} ({len(table)} rows)")
    return written
