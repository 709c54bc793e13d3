"""The streamed tables on a Dask cluster, for corpora that outgrow one machine (optional extra ``dask``).

:func:`run` writes the same tables, byte for byte, as :func:`analysis.pipeline.run`: the per-document tables
and those from the merged term counts (:data:`DASK_TABLES`, derived from :data:`analysis.tables.TABLES`), with
the same per-document function (:func:`analysis.pipeline.analyse_chunk`); only the engine differs:

1. The corpus (one CSV / JSONL / JSONL.gz file, or a folder of them, read in name order as one table) is cut
   into **partitions** of ``partition_rows`` rows: a first pass counts each file's rows on the cluster,
   then each partition is a task that reads its own row range (:func:`analysis.corpus.table_records`), so
   no text passes through the client. A partition of a ``.gz`` file decompresses (without parsing) the rows
   before its own, so a large archive is best split into several files, one or more partitions each.
2. The partitions form a :mod:`dask.bag`; each task analyses its rows, writes its rows of each per-document
   table to a part file ``OUT/.parts/<table>/<partition>.csv``, and returns a small summary: its
   :class:`~analysis.frequency.TermCounter`, input problems, document ids and timings.
3. :meth:`dask.bag.Bag.reduction` merges the summaries in a tree on the workers (term counts are mergeable:
   :meth:`~analysis.frequency.TermCounter.merge`), in partition order.
4. The client concatenates the part files in partition order under one header and computes frequency and
   keyness from the merged counts.

Before the analysis a pass over the partitions collects every record's ``doc_id``; a record whose id an earlier
one has is skipped and listed, as on one machine (:func:`duplicates`).

Shared passages need one index over every document's shingles and are not computed here: run
``tables --stream`` on one machine, or on a subset.

Pointing it at a real cluster (``python -m analysis tables CORPUS --out OUT --stream --dask tcp://HOST:8786``):
start a scheduler and workers with ``dask scheduler`` / ``dask worker tcp://HOST:8786 --nworkers N
--nthreads 1`` (or dask-jobqueue, dask-kubernetes, Coiled), install this project with its constraints on
every worker (``pip install -c constraints.txt -e ".[dask]"``, same versions as the client), and put the
corpus and ``OUT`` on a file system that the client and every worker see at the same path (NFS, a cluster
scratch disk). Workers run one thread each: the analysis is pure Python and holds the GIL.
"""

from __future__ import annotations

import shutil
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

import dask
import dask.bag as db

from analysis import pipeline
from analysis.corpus import (CorpusError, Fields, check_problems, count_records, table_fields, table_records,
                             unique_ids, warn_problems)
from analysis.csvout import write_problems
from analysis.pipeline import RunStats, Settings
from analysis.tables import DOCUMENT_TABLES, TABLES, staged

DASK_TABLES = [name for name, t in TABLES.items() if t.stream in ("document", "counts")]
"""The tables the Dask path writes: every streamed table but the shared passages (one index over every
document's shingles)."""
PARTITION_ROWS = 2000
"""Rows per partition: a task of a few seconds, large enough that scheduling costs little."""
SUFFIXES = (".csv", ".jsonl", ".jsonl.gz", ".json.gz", ".ndjson")


@dataclass(frozen=True)
class Part:
    """One partition: rows ``start`` to ``stop`` of ``path``, numbered from ``offset`` across the files."""

    index: int
    path: Path
    start: int
    stop: int
    offset: int


def corpus_files(corpus: Path) -> list[Path]:
    """The table files of a corpus: the file itself, or a folder's CSV / JSONL files in name order."""
    if corpus.is_dir():
        if any(p.suffix in (".txt", ".md") for p in corpus.iterdir()):
            raise CorpusError(corpus, "is a folder of .txt/.md articles; the Dask path reads CSV / JSONL files: "
                              "use tables --stream without --dask (one machine)")
        files = sorted(p for p in corpus.iterdir() if p.name.endswith(SUFFIXES))
        if not files:
            raise CorpusError(corpus, f"holds no {' / '.join(SUFFIXES)} files for the Dask path")
        return files
    if not corpus.exists():
        raise CorpusError(corpus, "no such file or folder")
    if not corpus.name.endswith(SUFFIXES):
        raise CorpusError(corpus, f"the Dask path reads {' / '.join(SUFFIXES)} files")
    return [corpus]


def plan_parts(files: list[Path], counts: list[int], partition_rows: int = PARTITION_ROWS,
               limit: int | None = None) -> list[Part]:
    """Cut files of ``counts`` rows into partitions of at most ``partition_rows`` rows, keeping only the first
    ``limit`` rows overall; rows are numbered across the files in order."""
    parts, offset = [], 0
    for path, n in zip(files, counts):
        if limit is not None:
            n = max(0, min(n, limit - offset))
        for start in range(0, n, partition_rows):
            parts.append(Part(len(parts), path, start, min(start + partition_rows, n), offset))
        offset += n
    return parts


@dataclass
class Summary:
    """What a partition (or a merged run of partitions) returns to the client."""

    counter: object
    problems: list
    seconds: dict
    chars: int
    count: int
    rows: dict


def part_ids(part: Part, fields: Fields) -> list[tuple[str, str]]:
    """``(doc_id, path)`` of each record of one partition (``path`` names the file and record)."""
    return [(r["doc_id"], r["path"]) for r in table_records(part.path, fields, [], part.start, part.stop,
                                                            part.offset)]


def duplicates(corpus: Path, ids: Iterable[tuple[str, str]], problems: list) -> frozenset[str]:
    """The records (by ``path``) whose ``doc_id`` an earlier record has, each listed in ``problems`` as the
    one-machine path lists it (:func:`analysis.corpus.unique_ids`): skipped, the first one kept."""
    records = [{"doc_id": d, "path": p} for d, p in ids]
    kept = {r["path"] for r in unique_ids(corpus, records, problems)}
    return frozenset(r["path"] for r in records) - kept


def analyse_part(part: Part, fields: Fields, settings: Settings, parts_dir: Path,
                 skip: frozenset[str] = frozenset()) -> Summary:
    """Read and analyse one partition, less the records ``skip`` names (by ``path``: duplicate ids); write its
    rows of the per-document tables under ``parts_dir``."""
    problems: list = []
    records = [r for r in table_records(part.path, fields, problems, part.start, part.stop, part.offset)
               if r["path"] not in skip]
    res = pipeline.analyse_chunk(records, settings)
    for name in res.csv:
        folder = parts_dir / name
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{part.index:06d}.csv").write_bytes(res.csv[name])
    return Summary(res.counter, problems, res.seconds, res.chars, res.count, dict(res.rows))


def merge_summaries(summaries: Iterable[Summary]) -> Summary:
    """One summary of consecutive partitions: counters merged, lists concatenated, numbers added, in order."""
    summaries = list(summaries)
    out = Summary(None, [], dict.fromkeys(pipeline.STAGES, 0.0), 0, 0, {})
    for s in summaries:
        if s.counter is not None:
            out.counter = s.counter if out.counter is None else out.counter.merge(s.counter)
        out.problems += s.problems
        for k, v in s.seconds.items():
            out.seconds[k] += v
        out.chars, out.count = out.chars + s.chars, out.count + s.count
        for k, v in s.rows.items():
            out.rows[k] = out.rows.get(k, 0) + v
    return out


def _concatenate(out: Path, parts_dir: Path, name: str, n_parts: int) -> None:
    """``out/name``: the header, then every part file in partition order."""
    pipeline.CsvTable(out / name, DOCUMENT_TABLES[name].columns)  # the header line, as the one-machine path writes it
    with open(out / name, "ab") as dest:
        for i in range(n_parts):
            part = parts_dir / name / f"{i:06d}.csv"
            with open(part, "rb") as src:
                shutil.copyfileobj(src, dest)


def run(corpus: str | Path, out: str | Path, fields: Fields | None = None, *, scheduler: str | None = None,
        workers: int = 2, limit: int | None = None, rules: Path | None = None, lexicon: Path | None = None,
        tables: Iterable[str] = DASK_TABLES, partition_rows: int = PARTITION_ROWS,
        progress: Callable[[str], None] | None = None, strict: bool = False) -> RunStats:
    """Write ``tables`` (a subset of :data:`DASK_TABLES`) for ``corpus`` into ``out`` on a Dask cluster:
    the scheduler at address ``scheduler`` (``tcp://host:8786``), or, when ``None``, a local cluster of
    ``workers`` single-threaded worker processes started for the run. See the module docstring. Input
    problems go to ``problems.csv`` (with ``strict``, any problem refuses the corpus); the tables appear in
    ``out`` only when all are complete (:func:`analysis.tables.staged`)."""
    with staged(Path(out)) as stage:
        return _run(corpus, stage, fields, scheduler=scheduler, workers=workers, limit=limit, rules=rules,
                    lexicon=lexicon, tables=tables, partition_rows=partition_rows, progress=progress, strict=strict)


def _run(corpus, out: Path, fields, *, scheduler, workers, limit, rules, lexicon, tables, partition_rows, progress,
         strict) -> RunStats:
    from distributed import Client, LocalCluster

    started = time.perf_counter()
    corpus, fields, limit, _, rules, lexicon = pipeline.resolve_corpus(corpus, fields, limit, None, rules, lexicon)
    unsupported = sorted(set(tables) - set(DASK_TABLES))
    if unsupported:
        raise ValueError(f"the Dask path writes {', '.join(DASK_TABLES)}; not {', '.join(unsupported)}")
    tables = [t for t in DASK_TABLES if t in set(tables)]
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    parts_dir = out / ".parts"
    shutil.rmtree(parts_dir, ignore_errors=True)
    files = corpus_files(corpus)
    fields = table_fields(files[0], fields or Fields())
    settings = pipeline.settings_for(corpus, rules, lexicon, tables)
    cluster = None if scheduler else LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                                  dashboard_address=None)
    stats = RunStats()
    try:
        with Client(scheduler or cluster) as client:
            counts = client.gather(client.map(count_records, files, stop=limit, pure=False))
            parts = plan_parts(files, counts, partition_rows, limit)
            if not parts:
                raise CorpusError(corpus, "holds no articles with text")
            if progress:
                progress(f"{sum(p.stop - p.start for p in parts)} rows in {len(parts)} partitions of "
                         f"{len(files)} file(s)")
            dup_problems: list = []
            ids = client.gather(client.map(part_ids, parts, fields=fields, pure=False))
            skip = duplicates(corpus, (i for part in ids for i in part), dup_problems)
            shared = dask.delayed(settings, pure=True)
            bag = db.from_sequence(parts, npartitions=max(len(parts), 1))
            summary = (bag.map(analyse_part, fields, shared, parts_dir, dask.delayed(skip, pure=True))
                       .reduction(merge_summaries, merge_summaries, split_every=8))
            total: Summary = client.compute(summary).result()
            stats.peak_worker_mib = max(client.run(pipeline.peak_mib).values())
    finally:
        if cluster is not None:
            cluster.close()
    total.problems += dup_problems
    check_problems(corpus, total.problems, strict)
    warn_problems(total.problems)
    write_problems(out / "problems.csv", total.problems)
    if not total.count:
        raise CorpusError(corpus, "holds no articles with text")
    for name in DOCUMENT_TABLES:
        if name in tables:
            _concatenate(out, parts_dir, name, len(parts))
            stats.rows[name] = total.rows.get(name, 0)
    shutil.rmtree(parts_dir, ignore_errors=True)
    stats.documents, stats.chars, stats.stage_seconds, stats.problems = (total.count, total.chars, total.seconds,
                                                                         total.problems)
    pipeline.corpus_tables(out, tables, total.counter, [], stats, lambda: [])
    stats.wall = time.perf_counter() - started
    stats.peak_main_mib = pipeline.peak_mib()
    return stats

