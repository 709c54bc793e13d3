"""The tables of a large corpus, streamed: documents are read one at a time and analysed in worker processes.

:func:`analysis.tables.write_tables` holds a whole :class:`~analysis.corpus.Corpus` in memory, which suits a
same-story set of a few dozen articles. A news archive export of tens of thousands of articles goes through
:func:`run` instead, which writes the tables of :data:`analysis.tables.TABLES` that have a ``stream`` form,
with **the same per-document functions**:

==================  ==========================================================================================
per-document        each table's ``document_rows`` (:class:`analysis.tables.Table`): documents, cleaning,
                    sentences, quotes, mentions (story lexicon actors; none without a lexicon), on each
                    document cleaned by :func:`analysis.corpus.clean_document` and split by
                    :func:`analysis.text.paragraphs` and :func:`analysis.text.sentence_spans`
frequency.csv       :class:`analysis.frequency.TermCounter` (one per chunk of documents, merged)
keyness.csv         :func:`analysis.keyness.keyness_from_frequency` on the merged counts
passages.csv        :func:`analysis.compare.passages.passages_from_tokens` on token ids hashed in the workers
                    (:func:`analysis.scanner.token_arrays`)
==================  ==========================================================================================

Rows are written as each chunk of documents comes back (in input order; the worker formats them as CSV
text), so memory holds one chunk's rows, the merged term counts and the token ids, starts and ends of the
shingle index (16 bytes a token, in the memory-mapped blocks of :class:`analysis.compare.passages.TokenStore`),
never the texts' token lists. Tables whose size is quadratic in the number of
documents change form at this scale: shared passages come from the shingle index (only documents that share
a shingle are ever paired); pairwise similarity, quote variants, coverage and the framing tables are
same-story comparisons and are not written here (run them on a same-story subset with
``python -m analysis tables``).

Peak memory and timings are measured by ``benchmarks/bench_pipeline.py``.
"""

from __future__ import annotations

import gc
import gzip
import multiprocessing as mp
import pickle
import resource
import shutil
import signal
import time
import traceback
from dataclasses import dataclass, field
from itertools import chain, islice
from pathlib import Path
from typing import Callable, Iterable, Iterator

import numpy as np
import pandas as pd

from analysis import actors, cleaning, frequency, keyness, quotes, scanner, text as textlib
from analysis.compare import passages as passages_mod
from analysis.corpus import (DOC_EXTENSIONS, Fields, check_problems, clean_document, read_documents, read_manifest,
                             unique_ids, warn_problems)
from analysis.errors import CorpusError
from analysis.csvout import csv_text, rows_text, write_problems
from analysis.lexicon import load_story_lexicon, read_lexicon
from analysis.tables import DOCUMENT_TABLES, STREAM_TABLES, DocumentParts, staged

CHUNK = 64
"""Documents per task sent to a worker: large enough to amortise the hand-over, small enough to stream."""

_PIPELINE_STAGES = ("clean", "sentences", "tokens", "frequency", "csv")
STAGES = tuple(dict.fromkeys([*_PIPELINE_STAGES[:3], *(t.stage for t in DOCUMENT_TABLES.values()),
                              *_PIPELINE_STAGES[3:]]))
"""Worker stages, timed per document in this order: ``clean`` (cleaning), ``sentences`` (paragraphs and
sentence spans), ``tokens`` (the token spans and ids that the document statistics, the shingle index and the
term counts use, :func:`analysis.scanner.token_arrays`), each per-document table's ``stage``
(:data:`analysis.tables.DOCUMENT_TABLES`), ``frequency`` (counting the tokens) and ``csv`` (formatting the
chunk's rows). A table whose ``stage`` is ``clean`` or ``sentences`` takes its rows at the end of that step
(the cleaning removals, the sentence rows) and is timed with it."""


@dataclass
class Settings:
    """Everything a worker needs, sent once per task (all picklable)."""

    rules: list
    abbreviations: tuple = ()
    stopwords: frozenset = frozenset()
    phrases: list = field(default_factory=list)
    actors: pd.DataFrame = field(default_factory=lambda: actors.actor_table({}))
    lexicon: dict = field(default_factory=dict)
    tables: tuple = tuple(STREAM_TABLES)


@dataclass
class ChunkResult:
    """What a worker returns for a chunk: its rows of each per-document table
    (:data:`analysis.tables.DOCUMENT_TABLES`) as CSV text without a header, encoded as UTF-8, and how many; the
    chunk's term counts, token arrays for the shingle index, CPU seconds per stage, characters and documents.
    The rows travel as bytes so that the process writing the files appends them as they are, with no
    decoding on the way in and encoding again on the way out."""

    csv: dict  # table name -> CSV text of the chunk's rows, UTF-8 bytes
    rows: dict  # table name -> number of rows
    counter: frequency.TermCounter | None
    tokens: tuple | None  # (doc_ids, lengths, ids, starts, ends) of the chunk, for the shingle index
    seconds: dict
    chars: int
    count: int


def analyse_chunk(records: list[dict], settings: Settings) -> ChunkResult:
    """Clean and analyse a chunk of records from :func:`analysis.corpus.read_documents` (runs in a worker)."""
    want = set(settings.tables)
    per_doc = [t for name, t in DOCUMENT_TABLES.items() if name in want]
    at = {stage: [t for t in per_doc if t.stage == stage] for stage in STAGES}  # each table's rows, by stage
    table_stages = [stage for stage in STAGES if stage not in _PIPELINE_STAGES and at[stage]]
    seconds = dict.fromkeys(STAGES, 0.0)
    out = ChunkResult({}, {}, None, None, seconds, 0, len(records))
    token_parts: list = []  # (doc_id, starts, ends, ids) per document, joined at the end of the chunk
    rows: dict[str, list] = {t.name: [] for t in per_doc}
    count = "frequency.csv" in want or "keyness.csv" in want
    if count:
        out.counter = frequency.TermCounter("lemma", settings.stopwords, settings.phrases)
    use_tokens = count or "passages.csv" in want or any(t.uses_tokens for t in per_doc)
    lookup = quotes.actor_lookup(settings.lexicon)
    clock = time.process_time  # CPU time of this process: stages are not charged for time the worker waited
    for rec in records:
        t = clock()
        doc, removals = clean_document(rec, settings.rules)
        out.chars += len(doc["raw"])
        parts = DocumentParts(doc, removals, [], [], None, settings.actors, lookup)
        _add_rows(at["clean"], parts, rows)
        t = _lap(seconds, "clean", t, clock)
        parts.paragraphs = textlib.paragraphs(doc["text"])
        parts.sentences = textlib.sentence_spans(doc["text"], parts.paragraphs, settings.abbreviations)
        _add_rows(at["sentences"], parts, rows)
        t = _lap(seconds, "sentences", t, clock)
        if use_tokens:
            parts.tokens = scanner.token_arrays(doc["text"])
        if "passages.csv" in want:
            token_parts.append((doc["doc_id"], *parts.tokens))
        t = _lap(seconds, "tokens", t, clock)
        for stage in table_stages:
            _add_rows(at[stage], parts, rows)
            t = _lap(seconds, stage, t, clock)
        if count:
            out.counter.add(doc["source"], doc["text"], parts.tokens)
        _lap(seconds, "frequency", t, clock)
    t = clock()
    if token_parts:  # one array each for the chunk: a few large arrays travel and are stored more cheaply
        doc_ids, starts, ends, ids = zip(*token_parts)
        out.tokens = (list(doc_ids), np.array([len(x) for x in ids], dtype=np.int64), np.concatenate(ids),
                      np.concatenate(starts).astype(np.int32), np.concatenate(ends).astype(np.int32))
    t = _lap(seconds, "tokens", t, clock)
    if count:
        out.counter.compact()  # folded here (and timed), not while the result is pickled
    t = _lap(seconds, "frequency", t, clock)
    for name, table_rows in rows.items():
        out.csv[name], out.rows[name] = table_text(name, table_rows).encode("utf-8"), len(table_rows)
    _lap(seconds, "csv", t, clock)
    return out


def _add_rows(tables: list, parts: DocumentParts, rows: dict[str, list]) -> None:
    """Append each table's rows of the document ``parts`` to ``rows[table name]``."""
    for table in tables:
        rows[table.name] += table.document_rows(parts)


def _lap(seconds: dict, stage: str, since: float, clock: Callable[[], float]) -> float:
    """Add the time since ``since`` to ``seconds[stage]``; return the time now."""
    now = clock()
    seconds[stage] += now - since
    return now


def _chunks(records: Iterable[dict], size: int) -> Iterator[list[dict]]:
    chunk = []
    for rec in records:
        chunk.append(rec)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _worker(args):
    records, settings = args
    try:
        return analyse_chunk(records, settings)
    except Exception as exc:  # noqa: BLE001 - sent back to the main process, which raises it
        raise portable(exc) from None


def portable(exc: BaseException) -> BaseException:
    """``exc`` if it survives pickling (so it reaches the main process as it is), else a ``RuntimeError``
    holding its traceback: an error the main process cannot rebuild would end the pool's result thread and
    leave the run waiting for ever."""
    try:
        pickle.loads(pickle.dumps(exc))
        return exc
    except Exception:  # noqa: BLE001 - any failure to pickle or rebuild
        return RuntimeError("".join(traceback.format_exception(type(exc), exc, exc.__traceback__)))


class _Guarded:
    """The records, read in the main process; an error while reading ends the iteration and is kept in
    :attr:`error` (raised by the caller after the workers have finished), instead of travelling through the
    pool's task thread to a worker and back."""

    def __init__(self, records: Iterable[dict]):
        self.records, self.error = iter(records), None

    def __iter__(self):
        while True:
            try:
                rec = next(self.records)
            except StopIteration:
                return
            except BaseException as exc:  # noqa: BLE001 - re-raised by the caller
                self.error = exc
                return
            yield rec


def _load_before_forking(records: Iterable[dict], settings: Settings) -> Iterator[dict]:
    """The records, after the worker's analysis has run here on the first one (its result dropped): what that
    loads once per process (numba's compiled kernels from its cache, simplemma's dictionary, the scanner's
    character table) is then loaded once, before the workers are forked, and shared by them, instead of once
    in each (``benchmarks/RESULTS.md`` has the measured effect)."""
    records = iter(records)
    first = next(records, None)
    if first is None:
        return records
    analyse_chunk([first], settings)
    return chain([first], records)


def _start_worker() -> None:
    """Runs once in each forked worker: everything inherited from the main process (modules, their tables and
    caches) moves to the garbage collector's permanent generation, so the worker's collections scan only what
    it makes itself. Freed objects are still freed (reference counts); only cycles among the inherited ones
    are never collected, which the workers' short lives allow. Ctrl-C is left to the main process, which ends
    the workers (each would otherwise print its own traceback)."""
    gc.freeze()
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def table_text(name: str, rows: list) -> str:
    """CSV text (no header) of ``rows`` of the per-document table ``name``, formatted as
    :func:`analysis.tables.write_tables` formats the table ("" for no rows). Rows that are plain tuples (or
    that the table's ``plain`` function turns into them) are formatted directly, without a DataFrame."""
    if not rows:
        return ""
    table = DOCUMENT_TABLES[name]
    if table.plain or table.frame is None:
        return rows_text(table.plain(rows) if table.plain else rows)
    return csv_text(table.frame(rows), header=False)


class CsvTable:
    """One CSV table written in parts: the header line of ``columns`` (unless ``header=False``: a part of a
    table that is concatenated later), then the text of each part as it comes (see :func:`table_text`)."""

    def __init__(self, path: Path, columns: list[str], header: bool = True):
        self.path, self.rows = path, 0
        path.write_text(csv_text(pd.DataFrame(columns=columns)) if header else "", encoding="utf-8")

    def append(self, data: bytes, rows: int) -> None:
        """Append a part's CSV text, UTF-8 bytes (:attr:`ChunkResult.csv`), and count its rows."""
        if data:
            with open(self.path, "ab") as f:
                f.write(data)
        self.rows += rows


@dataclass
class RunStats:
    """What :func:`run` measured: documents, characters, wall seconds, worker CPU seconds per stage, CPU
    seconds of the main process and of its children, peak resident memory (main process; largest worker) in
    MiB, rows per table and the input problems."""

    documents: int = 0
    chars: int = 0
    wall: float = 0.0
    stage_seconds: dict = field(default_factory=dict)
    final_seconds: dict = field(default_factory=dict)
    peak_main_mib: float = 0.0
    peak_worker_mib: float = 0.0
    rows: dict = field(default_factory=dict)
    final_peak_mib: dict = field(default_factory=dict)  # main-process peak memory after each corpus-level step
    problems: list = field(default_factory=list)  # (path, problem, action), as in ``Corpus.problems``
    cpu_main: float = 0.0  # CPU seconds of the main process (reading, writing rows, corpus-level steps)
    cpu_children: float = 0.0  # CPU seconds of the worker processes and the forked counting process


def settings_for(corpus: Path, rules: Path | None = None, lexicon: Path | None = None,
                 tables: Iterable[str] = STREAM_TABLES) -> Settings:
    """The worker settings for a corpus: its cleaning rules, the package stopwords, its story lexicon."""
    lex = read_lexicon(lexicon) if lexicon else load_story_lexicon(corpus)
    return Settings(rules=cleaning.load_rules(rules), stopwords=textlib.load_stopwords(),
                    phrases=frequency.phrases_from_lexicon(lex), actors=actors.actor_table(lex), lexicon=lex,
                    tables=tuple(tables))


def resolve_corpus(corpus: str | Path, fields: Fields | None = None, limit: int | None = None,
                   metadata: Path | None = None, rules: Path | None = None, lexicon: Path | None = None) -> tuple:
    """``corpus, fields, limit, metadata, rules, lexicon``, taken from a corpus manifest (``.yaml``) where
    ``corpus`` is one and the argument is not given."""
    corpus = Path(corpus)
    if corpus.suffix in (".yaml", ".yml") and corpus.is_file():
        spec = read_manifest(corpus)
        corpus, fields = spec["path"], fields or spec["fields"]
        limit, metadata, rules, lexicon = (limit or spec["limit"], metadata or spec["metadata"],
                                           rules or spec["rules"], lexicon or spec["lexicon"])
    return corpus, fields, limit, metadata, rules, lexicon


STREAM_ABOVE_BYTES = 10_000_000
"""Above this estimated size of its input (:func:`estimated_bytes`), ``tables`` streams a corpus by itself: in
memory a corpus takes about 130 bytes of memory per byte of text and its same-story tables grow with the square
of its documents, so 10 MB (about 1,600 news articles) is near the most that stays within a few GiB and minutes,
while the streamed pipeline holds one chunk of documents at a time."""
GZ_RATIO = 3
"""Bytes of text per byte of a ``.gz`` input in :func:`estimated_bytes` (JSON lines and CSV of news articles
compress about 3 to 1 with gzip)."""


def estimated_bytes(corpus: str | Path, limit: int | None = None, stop: int | None = None) -> int:
    """The size of a corpus's input in bytes, known before it is loaded: the ``.txt``/``.md`` files of a folder,
    or a CSV / JSONL file (a ``.gz`` counted at :data:`GZ_RATIO` times its size); with ``limit``, at most the
    bytes of its first ``limit`` files or lines, read only until ``stop`` bytes are passed. A corpus manifest
    counts as the corpus it names (with its ``limit``)."""
    corpus, _, limit, *_ = resolve_corpus(corpus, None, limit)
    corpus = Path(corpus)
    if corpus.is_dir():
        files = sorted(p for p in corpus.iterdir() if p.is_file() and p.suffix.lower() in DOC_EXTENSIONS)
        return sum(p.stat().st_size for p in files[:limit])
    if not corpus.is_file():
        return 0
    size = corpus.stat().st_size * (GZ_RATIO if corpus.name.endswith(".gz") else 1)
    if limit is None:
        return size
    total = 0
    opener = gzip.open if corpus.name.endswith(".gz") else open
    with opener(corpus, "rb") as fh:
        for line in islice(fh, limit + 1):  # a CSV's header line too: an estimate
            total += len(line)
            if stop is not None and total > stop:
                break
    return min(total, size)


def run(corpus: str | Path, out: str | Path, fields: Fields | None = None, *, limit: int | None = None,
        metadata: Path | None = None, rules: Path | None = None, lexicon: Path | None = None,
        tables: Iterable[str] = STREAM_TABLES, workers: int = 2, chunk: int = CHUNK,
        progress: Callable[[str], None] | None = None, strict: bool = False) -> RunStats:
    """Stream ``corpus`` through the per-document functions in ``workers`` processes and write ``tables``
    (a subset of :data:`STREAM_TABLES`) as CSV into ``out``, with ``problems.csv`` listing the input problems
    (documents skipped, see :func:`analysis.corpus.load_corpus`; with ``strict`` any problem refuses the
    corpus). The tables appear in ``out`` only when all are complete (:func:`analysis.tables.staged`).
    Returns what was measured."""
    with staged(Path(out)) as stage:
        return _run(corpus, stage, fields, limit=limit, metadata=metadata, rules=rules, lexicon=lexicon,
                    tables=tables, workers=workers, chunk=chunk, progress=progress, strict=strict)


def _run(corpus, out: Path, fields, *, limit, metadata, rules, lexicon, tables, workers, chunk, progress,
         strict) -> RunStats:
    started, cpu_started = time.perf_counter(), time.process_time()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    children_started = before.ru_utime + before.ru_stime
    out = Path(out)
    corpus, fields, limit, metadata, rules, lexicon = resolve_corpus(corpus, fields, limit, metadata, rules, lexicon)
    tables = [t for t in STREAM_TABLES if t in set(tables)]
    settings = settings_for(corpus, rules, lexicon, tables)
    out.mkdir(parents=True, exist_ok=True)
    writers = {name: CsvTable(out / name, t.columns) for name, t in DOCUMENT_TABLES.items() if name in tables}
    problems: list = []
    def read(found: list):
        return unique_ids(corpus, read_documents(corpus, fields, metadata=metadata, limit=limit, problems=found),
                          found)

    records = read(problems)
    stats = RunStats(stage_seconds=dict.fromkeys(STAGES, 0.0))
    counts: frequency.TermCounter | None = None  # every chunk's counts, merged in input order
    tokens = passages_mod.TokenStore()  # the token ids, starts and ends of the shingle index
    guarded = _Guarded(records)
    records = iter(guarded)
    if workers > 1:
        records = _load_before_forking(records, settings)
    tasks = ((c, settings) for c in _chunks(records, chunk))
    pool = mp.get_context("fork").Pool(workers, initializer=_start_worker) if workers > 1 else None
    finished = False
    try:
        results = pool.imap(_worker, tasks) if pool else map(_worker, tasks)
        for res in results:
            stats.documents += res.count
            stats.chars += res.chars
            for name, w in writers.items():
                w.append(res.csv[name], res.rows[name])
            if res.counter is not None:
                counts = (res.counter if counts is None else counts.merge(res.counter)).resolve_terms()
            if res.tokens is not None:
                tokens.add(*res.tokens)
            for stage, sec in res.seconds.items():
                stats.stage_seconds[stage] += sec
            if progress:
                progress(f"{stats.documents} documents, {stats.chars / 1e6:.1f} MB, "
                         f"{time.perf_counter() - started:.0f} s")
        finished = True
    finally:
        if pool:  # after an error or Ctrl-C the workers are ended, not left to analyse the remaining chunks
            pool.close() if finished else pool.terminate()
            pool.join()
    if guarded.error is not None:
        raise guarded.error
    for name, w in writers.items():
        stats.rows[name] = w.rows
    check_problems(corpus, problems, strict)
    if not stats.documents:
        raise CorpusError(corpus, "holds no document that could be read" + ("; see the problems above" if problems else ""))
    warn_problems(problems)
    stats.problems = problems
    write_problems(out / "problems.csv", problems)
    corpus_tables(out, tables, counts, tokens, stats, lambda: read([]), workers)
    stats.wall = time.perf_counter() - started
    stats.cpu_main = time.process_time() - cpu_started
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    stats.cpu_children = children.ru_utime + children.ru_stime - children_started
    stats.peak_main_mib = peak_mib()
    stats.peak_worker_mib = children.ru_maxrss / 1024
    return stats


def corpus_tables(out: Path, tables: list[str], counter, tokens: passages_mod.TokenStore, stats: RunStats,
                  read: Callable[[], Iterable[dict]], workers: int = 1) -> None:
    """The corpus-level tables: frequency and keyness from the merged counts, passages from the token ids
    (their texts cut from a second read of the corpus, ``read()``, keeping only the documents involved).
    With ``workers`` > 1 and passages to find, frequency and keyness are computed and written by a forked
    process (which shares the merged counts without copying them) while this one finds the passages; else
    here, each large table written by two processes (:func:`write_table`)."""
    clock = time.perf_counter
    child = None
    if counter is not None:
        if workers > 1 and "passages.csv" in tables:
            child = _Forked("computing frequency.csv / keyness.csv", _count_tables, counter, out, tables)
        else:
            for name, (rows, seconds) in _count_tables(counter, out, tables, workers).items():
                stats.rows[name], stats.final_seconds[name[:-4]] = rows, seconds
                stats.final_peak_mib[name[:-4]] = peak_mib()
    if "passages.csv" in tables:
        t = clock()
        doc_ids, flat, starts, ends, offsets = tokens.arrays()
        found = passages_mod.passages_from_flat(doc_ids, starts, ends, flat, offsets)
        del starts, ends, flat
        searched = clock()
        stats.final_seconds["passages: search"] = searched - t
        stats.final_peak_mib["passages: search"] = peak_mib()
        write_passages(found, read(), out / "passages.csv", workers=workers)
        stats.rows["passages.csv"] = len(found)
        stats.final_seconds["passages: read texts, write"] = clock() - searched
        stats.final_peak_mib["passages: read texts, write"] = peak_mib()
    if child is not None:
        for name, (rows, seconds) in child.result().items():
            stats.rows[name], stats.final_seconds[f"{name[:-4]} (beside passages)"] = rows, seconds


def _count_tables(counter, out: Path, tables: list[str], workers: int = 1) -> dict[str, tuple[int, float]]:
    """``frequency.csv`` and ``keyness.csv`` (those of them in ``tables``) from the merged counts, written to
    ``out`` (by :func:`write_table` on ``workers`` processes); ``{name: (rows, seconds)}``."""
    done = {}
    t = time.perf_counter()
    freq = counter.to_frame("source")
    if "frequency.csv" in tables:
        write_table(freq, out / "frequency.csv", workers)
        done["frequency.csv"] = (len(freq), time.perf_counter() - t)
    if "keyness.csv" in tables:
        t = time.perf_counter()
        key = keyness.keyness_from_frequency(freq)
        write_table(key, out / "keyness.csv", workers)
        done["keyness.csv"] = (len(key), time.perf_counter() - t)
    return done


class _Forked:
    """``fn(*args)`` run in a forked process, which shares this process's memory as it was at the fork (nothing
    is pickled on the way in); :meth:`result` waits for its return value, or raises ``RuntimeError`` with the
    child's traceback (``what`` says what failed), also when the child ends without an answer (killed, out of
    memory)."""

    def __init__(self, what: str, fn: Callable, *args):
        context = mp.get_context("fork")
        self.what = what
        self._receive, send = context.Pipe(duplex=False)
        self._process = context.Process(target=_run_forked, args=(send, fn, args))
        self._process.start()
        send.close()

    def result(self):
        try:
            status, value = self._receive.recv()
        except EOFError:
            status, value = "error", "the process ended without an answer"
        self._process.join()
        if status == "error":
            raise RuntimeError(f"{self.what} failed:\n{value}")
        return value

    def close(self) -> None:
        """Stop the child if it still runs (its parent failed before asking for the result)."""
        if self._process.is_alive():
            self._process.terminate()
        self._process.join()


def _run_forked(send, fn: Callable, args: tuple) -> None:
    """In the forked process: sends ``("ok", fn(*args))`` or ``("error", traceback)``; Ctrl-C is left to the
    parent, which ends this process."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        send.send(("ok", fn(*args)))
    except BaseException:  # noqa: BLE001 - reported to the parent, which raises
        send.send(("error", traceback.format_exc()))
    finally:
        send.close()


SPLIT_ROWS = 50_000
"""A corpus-level table of at least this many rows is written by two processes where the run has them free
(:func:`write_table`)."""


WRITE_BLOCK = 20_000
"""Rows formatted as CSV text at a time by :func:`write_table` and :func:`write_passages`: the text of a whole
table of a million rows would take hundreds of MB at once."""


def write_table(df: pd.DataFrame, path: Path, workers: int = 1, block: int = WRITE_BLOCK) -> None:
    """:func:`analysis.csvout.write_csv` of ``df`` to ``path``, ``block`` rows formatted at a time; with
    ``workers`` > 1 and at least :data:`SPLIT_ROWS` rows, a forked process formats the second half of the rows
    meanwhile (each cell's text depends on its own value only, so the blocks and halves join to the same
    bytes)."""
    split = len(df) // 2 if workers > 1 and len(df) >= SPLIT_ROWS else len(df)
    _write_in_two(path, len(df), split, lambda p, lo, hi, header: _write_blocks(df, p, lo, hi, header, block))


def _write_blocks(df: pd.DataFrame, path: Path, lo: int, hi: int, header: bool, block: int) -> None:
    """Rows ``lo`` to ``hi - 1`` of ``df`` as CSV in the file ``path`` (its header line first where
    ``header``), ``block`` rows at a time."""
    with open(path, "w", encoding="utf-8", newline="") as f:
        if header:
            f.write(csv_text(df.iloc[:0]))
        for start in range(lo, hi, block):
            f.write(csv_text(df.iloc[start:min(start + block, hi)], header=False))


def _write_in_two(path: Path, n: int, split: int, write_rows: Callable[[Path, int, int, bool], None]) -> None:
    """Write rows ``0`` to ``n - 1`` of a table to ``path``: ``write_rows(p, lo, hi, header)`` writes rows ``lo``
    to ``hi - 1`` to the file ``p`` (its header line first where ``header``). Where ``split < n``, a forked
    process writes rows ``split`` to ``n - 1`` to a part file while this one writes the first rows; the part
    is then appended and removed (also when either fails; the child's error is raised here)."""
    part = path.with_name(path.name + ".part")
    helper = _Forked(f"writing {path.name}", write_rows, part, split, n, False) if split < n else None
    try:
        write_rows(path, 0, split, True)
        if helper is not None:
            helper.result()
            with open(path, "ab") as f, open(part, "rb") as rest:
                shutil.copyfileobj(rest, f, 1 << 20)
    finally:
        if helper is not None:
            helper.close()
        part.unlink(missing_ok=True)


def write_passages(found: pd.DataFrame, records: Iterable[dict], path: Path, block: int = WRITE_BLOCK,
                   workers: int = 1) -> None:
    """Write the passages (found without their texts) with ``text_a``/``text_b`` cut from the raw texts of the
    documents they involve, ``block`` rows at a time, so only one block's texts exist at once; each block is
    written column by column (:func:`analysis.csvout.csv_text`, faster than row tuples through ``csv.writer``).
    With ``workers`` > 1 and more than
    one block, a forked process writes the second half of the blocks (:func:`_write_in_two`)."""
    involved = set(found["doc_a"]) | set(found["doc_b"])
    raws = {r["doc_id"]: r["raw"] for r in records if r["doc_id"] in involved}
    blocks = -(-len(found) // block)
    split = (blocks // 2) * block if workers > 1 and blocks > 1 else len(found)
    _write_in_two(path, len(found), split,
                  lambda p, lo, hi, header: _write_passage_rows(p, found, raws, lo, hi, block, header))


def _write_passage_rows(path: Path, found: pd.DataFrame, raws: dict, lo: int, hi: int, block: int,
                        header: bool = False) -> None:
    """Rows ``lo`` to ``hi - 1`` of the passages, with their texts, as CSV (the header line first where
    ``header``) in the file ``path`` (see :func:`write_passages`)."""
    columns = passages_mod.PASSAGE_COLUMNS
    with open(path, "w", encoding="utf-8", newline="") as f:
        if header:
            f.write(csv_text(pd.DataFrame(columns=columns)))
        for start in range(lo, hi, block):
            part = found.iloc[start:min(start + block, hi)].copy()
            cells = [part[c].tolist() for c in columns[:6]]  # doc_a, start_a, end_a, doc_b, start_b, end_b
            for k, name in ((0, "text_a"), (3, "text_b")):
                part[name] = [raws[d][s:e] for d, s, e in zip(*cells[k:k + 3])]
            f.write(csv_text(part[columns], header=False))


def peak_mib() -> float:
    """Peak resident memory of this process so far, in MiB (``ru_maxrss`` is in KiB on Linux)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
