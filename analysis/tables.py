"""Every table the command line writes, declared once: :data:`TABLES`, the one place to add a table.

Each :class:`Table` names its CSV file and says how to compute it. Three writers derive from :data:`TABLES`:

* :func:`write_tables` (``python -m analysis tables``, ``report``) holds a whole :class:`~analysis.corpus.Corpus`
  in memory and calls each table's ``whole`` function;
* :func:`analysis.pipeline.run` (``tables --stream``) streams documents through worker processes: a table with
  ``stream="document"`` is built from its ``document_rows`` function, one document at a time; the tables with
  ``stream="counts"`` (from the merged term counts) and ``stream="shingles"`` (shared passages from the shingle
  index) are computed by the pipeline once every document is read; tables with ``stream=None`` are same-story
  comparisons (quadratic in the number of documents, or needing the whole corpus) and are not streamed;
* :func:`analysis.distributed.run` (``tables --stream --dask``) writes the ``document`` and ``counts`` tables.

Every table is written sorted as its function returns it (each function sorts deterministically), without
the index, UTF-8, through :func:`analysis.csvout.write_csv`; the streamed tables are byte-identical to the
in-memory ones (``tests/test_pipeline.py``).

To add a table, add one :class:`Table` entry to :data:`TABLES`:

* a table computed from the whole corpus: ``Table("name.csv", whole=fn)``, with ``fn(inputs) -> DataFrame``
  taking :class:`Inputs` (``inputs.corpus``, and the story ``inputs.lexicon`` and ``inputs.quotes`` that several
  tables share, computed once per :func:`write_tables` call);
* a table of per-document rows that should also be streamed: give its ``columns``, ``document_rows``
  (``fn(doc: DocumentParts) -> list`` of row tuples in ``columns`` order, or of dicts typed by ``frame`` /
  ``plain``) and ``stream="document"``, and check it in ``tests/test_pipeline.py``.
"""

from __future__ import annotations

import shutil
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cached_property
from operator import itemgetter
from pathlib import Path
from typing import Callable, Iterator

import pandas as pd

from analysis import actors, describe, frequency, keyness, quotes, stance, tone
from analysis.compare import csv as compare_csv
from analysis.compare.variants import quote_variants
from analysis.corpus import CLEANING_COLUMNS, SENTENCE_COLUMNS, Corpus
from analysis.csvout import write_csv, write_problems
from analysis.framing import frame_scores, labels, prominence
from analysis.text import Paragraph


def drafted_lexicon(corpus: Corpus, lexicon: dict | None = None) -> dict:
    """The story lexicon the tables use: ``lexicon`` (default: the one beside the corpus,
    :func:`analysis.actors.corpus_lexicon`) when it has actors; otherwise its other sections with drafted actors
    (:func:`analysis.actors.discovered_lexicon` of :func:`analysis.actors.discover_actors`, the speakers of a
    quotes pass without lexicon as evidence), for a corpus of at most :data:`analysis.actors.DRAFT_MAX_DOCUMENTS`
    documents. The actors' sides end in " (drafted)"."""
    lexicon = actors.corpus_lexicon(corpus) if lexicon is None else lexicon
    if (lexicon or {}).get("actors") or not 0 < len(corpus) <= actors.DRAFT_MAX_DOCUMENTS:
        return lexicon or {}
    found = actors.discover_actors(corpus, speakers=quotes.quotes_table(corpus, {}))
    return actors.discovered_lexicon(found, lexicon)


class Inputs:
    """A corpus and what several of its tables share, each computed at most once (on first use) for the one
    :func:`write_tables` call that made this object: ``lexicon``, the story lexicon that sits with the corpus,
    with drafted actors when it has none (:func:`drafted_lexicon`: their sides end in
    " (drafted)"); ``quotes``, its quotes table (:func:`analysis.quotes.quotes_table`
    with that lexicon); ``frequency``, the ``frequency.csv`` table that keyness is computed from."""

    def __init__(self, corpus: Corpus):
        self.corpus = corpus

    @cached_property
    def lexicon(self) -> dict:
        return drafted_lexicon(self.corpus)

    @cached_property
    def quotes(self) -> pd.DataFrame:
        return quotes.quotes_table(self.corpus, self.lexicon)

    @cached_property
    def frequency(self) -> pd.DataFrame:
        return frequency.frequency_csv(self.corpus)


@dataclass
class DocumentParts:
    """One cleaned document as the streaming pipeline hands it to each table's ``document_rows``: the record
    (``doc``, with ``doc_id``, ``text``, ``raw``, ``source``...), its cleaning removals (rows of
    :data:`~analysis.corpus.CLEANING_COLUMNS`), paragraphs, sentence spans ``(para, start, end)``, token arrays
    (:func:`analysis.scanner.token_arrays`, ``None`` when no table of the run uses them), and what the run
    knows of the story lexicon: its actor table (:func:`analysis.actors.actor_table`) and the quotes' speaker
    lookup (:func:`analysis.quotes.actor_lookup`)."""

    doc: dict
    removals: list
    paragraphs: list[Paragraph]
    sentences: list[tuple[int, int, int]]
    tokens: tuple | None
    actors: pd.DataFrame
    quote_lookup: Callable | None = None

    @property
    def doc_id(self) -> str:
        return self.doc["doc_id"]

    @property
    def text(self) -> str:
        return self.doc["text"]


@dataclass(frozen=True)
class Table:
    """One CSV table.

    ``name``: the file name. ``whole``: ``fn(inputs: Inputs) -> DataFrame``, the table of a corpus in memory.
    ``stream``: how ``tables --stream`` makes it (``"document"``, ``"counts"``, ``"shingles"``, or ``None``:
    not streamed; see the module docstring). For ``stream="document"`` tables: ``columns``, the header;
    ``document_rows``, ``fn(doc: DocumentParts) -> list`` of one document's rows; ``frame``, the function that
    types a list of rows as the table (``None``: ``DataFrame(rows, columns=columns)``); ``plain``, the one that
    gives the same table as plain row tuples (``None``: the rows are tuples already); ``uses_tokens``: the
    rows need :attr:`DocumentParts.tokens`; ``stage``, the name its rows are timed under in
    :attr:`analysis.pipeline.RunStats.stage_seconds`."""

    name: str
    whole: Callable[[Inputs], pd.DataFrame]
    stream: str | None = None
    columns: list[str] = field(default_factory=list)
    document_rows: Callable[[DocumentParts], list] | None = None
    frame: Callable[[list], pd.DataFrame] | None = None
    plain: Callable[[list], list] | None = None
    uses_tokens: bool = False
    stage: str = ""


_DOCUMENT_CELLS = itemgetter(*describe.DOCUMENT_COLUMNS)  # a document_stats row (a dict) as a tuple


def _documents_rows(d: DocumentParts) -> list:
    return [describe.document_stats(d.doc, d.paragraphs, d.sentences, d.removals, d.tokens)]


def _sentence_rows(d: DocumentParts) -> list:
    text, doc_id = d.text, d.doc_id
    return [(doc_id, i, p, s, e, d.paragraphs[p].kind, text[s:e]) for i, (p, s, e) in enumerate(d.sentences)]


def _quote_rows(d: DocumentParts) -> list:
    return quotes.document_quote_rows(d.doc_id, d.text, d.doc["raw"], [(p.start, p.end) for p in d.paragraphs],
                                      lookup=d.quote_lookup)


def _mention_rows(d: DocumentParts) -> list:
    return actors.document_mentions(d.doc_id, d.text, [(i, s, e) for i, (_, s, e) in enumerate(d.sentences)],
                                    d.actors)


def _cleaning(inputs: Inputs) -> pd.DataFrame:
    return inputs.corpus.cleaning.sort_values(["doc_id", "start", "end"]).reset_index(drop=True)


_TABLES = [
    Table("documents.csv", lambda i: describe.documents_table(i.corpus), "document", describe.DOCUMENT_COLUMNS,
          _documents_rows, plain=lambda rows: list(map(_DOCUMENT_CELLS, rows)), uses_tokens=True,
          stage="documents"),
    Table("cleaning.csv", _cleaning, "document", CLEANING_COLUMNS, lambda d: d.removals, stage="clean"),
    Table("sentences.csv", lambda i: i.corpus.sentences[SENTENCE_COLUMNS], "document", SENTENCE_COLUMNS,
          _sentence_rows, stage="sentences"),
    Table("quotes.csv", lambda i: i.quotes, "document", quotes.COLUMNS + quotes.EXTRA_COLUMNS, _quote_rows,
          frame=quotes.quote_frame, plain=quotes.quote_tuples, stage="quotes"),
    Table("mentions.csv", lambda i: actors.mentions(i.corpus, i.lexicon), "document", actors.MENTION_COLUMNS,
          _mention_rows, stage="mentions"),
    Table("stance.csv", lambda i: stance.stance(i.corpus, i.lexicon, i.quotes)),
    Table("prominence.csv", lambda i: prominence(i.corpus, i.lexicon)),
    Table("labels.csv", lambda i: labels(i.corpus, i.quotes)),
    Table("tone.csv", lambda i: tone.tone(i.corpus, i.lexicon, i.quotes)),
    Table("frames.csv", lambda i: frame_scores(i.corpus)),
    Table("similarity.csv", lambda i: compare_csv.similarity_csv(i.corpus)),
    Table("passages.csv", lambda i: compare_csv.passages_csv(i.corpus), "shingles"),
    Table("quote_variants.csv", lambda i: quote_variants(i.quotes, i.corpus)),
    Table("coverage.csv", lambda i: compare_csv.coverage_csv(i.corpus)),
    Table("frequency.csv", lambda i: i.frequency, "counts"),
    Table("keyness.csv", lambda i: keyness.keyness_from_frequency(i.frequency), "counts"),
    Table("collocations.csv", lambda i: frequency.collocations_csv(i.corpus)),
]

TABLES: dict[str, Table] = {t.name: t for t in _TABLES}
"""Every table by file name, in the order :func:`write_tables` writes them."""

DOCUMENT_TABLES: dict[str, Table] = {n: t for n, t in TABLES.items() if t.stream == "document"}
"""The per-document tables, which the streaming pipeline builds one document at a time."""

STREAM_TABLES: list[str] = [n for n, t in TABLES.items() if t.stream]
"""The tables ``tables --stream`` writes."""


def table_note(name: str, table: pd.DataFrame, inputs: Inputs) -> str:
    """What a reader of table ``name`` must know about where its rows come from: that its actors are drafted,
    or what to write in the story lexicon for an empty table to have rows; ``""`` when nothing."""
    uses_actors = name in ("mentions.csv", "prominence.csv", "tone.csv", "quotes.csv", "stance.csv")
    if name == "stance.csv" and not table.shape[0] and not inputs.lexicon.get("issues"):
        return ("empty: a stance is a position on a proposition; write the story's issues (proposition, terms, "
                "for, against) in lexicon.yaml beside the corpus (draft one: python -m analysis lexicon CORPUS "
                "--out CORPUS/lexicon.yaml)")
    if uses_actors and actors.is_drafted(inputs.lexicon):
        return "actors drafted from the text (sides end in '(drafted)'): check them with python -m analysis lexicon"
    if uses_actors and not inputs.lexicon.get("actors") and not table.shape[0]:
        return "empty: the corpus has no story lexicon with actors (draft one: python -m analysis lexicon CORPUS)"
    return ""


def write_tables(corpus: Corpus, out_dir: str | Path, names: list[str] | None = None,
                 progress: Callable[[str], None] | None = None) -> list[Path]:
    """Write the tables ``names`` (default: all of :data:`TABLES`) as CSV into ``out_dir``, and ``problems.csv``
    (the corpus's input problems); return the tables' paths. What several tables share (the story lexicon, the
    quotes, the frequency table) is computed once. The files appear when all are written (:func:`staged`)."""
    out = Path(out_dir)
    inputs = Inputs(corpus)
    written = []
    with staged(out) as stage:
        for name in names or list(TABLES):
            table = TABLES[name].whole(inputs)
            path = out / name
            write_csv(table, stage / name)
            written.append(path)
            if progress:
                note = table_note(name, table, inputs)
                progress(f"{path} ({len(table)} rows)" + (f": {note}" if note else ""))
        write_problems(stage / "problems.csv", corpus.problems.values.tolist())
    return written


OUTPUT_NAMES = (*TABLES, "problems.csv")
"""The files a run of ``tables`` writes into its output folder, and removes there when it starts."""
STAGE = ".partial"


@contextmanager
def staged(out: Path) -> Iterator[Path]:
    """A run's output: its earlier tables (:data:`OUTPUT_NAMES`) are removed from ``out``, the tables are
    written into the folder this yields (``out/.partial``) and moved into ``out`` only when the run completes,
    so an interrupted or failed run leaves no table that looks complete, and no stale one beside new ones."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    for name in OUTPUT_NAMES:
        (out / name).unlink(missing_ok=True)
    stage = out / STAGE
    if stage.is_symlink() or stage.is_file():  # never followed: only a folder of its own is staged into
        stage.unlink()
    shutil.rmtree(stage, ignore_errors=True)
    stage.mkdir()
    try:
        yield stage
        for path in sorted(stage.iterdir()):
            if path.name in OUTPUT_NAMES:
                path.replace(out / path.name)
    finally:
        shutil.rmtree(stage, ignore_errors=True)
