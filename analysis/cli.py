"""Command line: the same analysis as the notebooks, headless.

    python -m analysis tables CORPUS --out DIR     write every table as CSV (an input above 10 MB is streamed,
                                                   as with --stream, unless --in-memory)
    python -m analysis tables CORPUS --out DIR --stream [--workers N]   the per-document and corpus-level
                                                   tables of a large archive, streamed in N processes
    python -m analysis tables CORPUS --out DIR --stream --dask [tcp://HOST:8786]   the same on a Dask cluster
    python -m analysis report [CORPUS] [--out DIR] every table, figure and notebook, and an HTML report
    python -m analysis import-json FILE... --out DIR   JSON articles (e.g. BASIL) -> corpus folder
    python -m analysis kwic TERM CORPUS [--width N] [--sort left|right]   keyword in context
    python -m analysis lexicon CORPUS --out lexicon.yaml   draft a story lexicon (actors, sides, issues) to check
    python -m analysis code-sheet CORPUS --out SHEET.csv   candidate stance statements to code by hand
    python -m analysis agreement SHEET.csv [OTHER.csv]  machine vs human (or two coders): kappa, alpha, confusion
"""

from __future__ import annotations

import argparse
import sys
import warnings
from pathlib import Path

from analysis import tables
from analysis.corpus import Corpus, Fields, load_corpus
from analysis.errors import CorpusError, CorpusWarning
from analysis.pipeline import GZ_RATIO, STREAM_ABOVE_BYTES, STREAM_TABLES


def _add_corpus_options(p: argparse.ArgumentParser, optional: bool = False) -> None:
    help_text = "a folder of .txt/.md files, a .csv / .jsonl / .jsonl.gz file of articles, or a corpus manifest .yaml"
    if optional:
        p.add_argument("corpus", type=Path, nargs="?", help=help_text + " (default: the embedded seeds/)")
    else:
        p.add_argument("corpus", type=Path, help=help_text)
    g = p.add_argument_group("CSV / JSONL fields (defaults: text; id, doc_id or ID; source; published or date; title)")
    g.add_argument("--text-field", default="text", help="field holding the article text (allsides: content_original)")
    g.add_argument("--id-field", help="field holding a unique document id (default: row number)")
    g.add_argument("--source-field", help="field naming the outlet/source")
    g.add_argument("--date-field", help="field holding the publication date")
    g.add_argument("--title-field", help="field holding the headline")
    p.add_argument("--limit", type=_positive_int, help="read only the first N articles")
    p.add_argument("--metadata", type=Path, help="metadata sidecar for a folder (default: metadata.csv in the folder)")
    p.add_argument("--rules", type=Path, help="extra cleaning rules (YAML, same shape as analysis/data/cleaning_rules.yaml)")
    p.add_argument("--strict", action="store_true", help="refuse the corpus if any input has a problem, listing "
                   "every one, instead of skipping the documents concerned (listed in problems.csv)")


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"{value} is not 1 or more")
    return number


def _fields(args) -> Fields:
    return Fields(text=args.text_field, id=args.id_field, source=args.source_field,
                  date=args.date_field, title=args.title_field)


def _load(args) -> Corpus:
    return load_corpus(args.corpus, _fields(args), metadata=args.metadata, rules=args.rules, limit=args.limit,
                       strict=args.strict)


def _stream_tables(args) -> None:
    from analysis import pipeline

    if args.dask:
        try:
            from analysis import distributed
        except ImportError:
            raise ValueError("--dask needs the dask extra: .venv/bin/pip install -c constraints.txt -e '.[dask]'") from None
        allowed = distributed.DASK_TABLES
    else:
        allowed = STREAM_TABLES
    unsupported = sorted(set(args.only or []) - set(allowed))
    if unsupported:
        raise ValueError(f"--stream{' --dask' if args.dask else ''} writes only {', '.join(allowed)}; not "
                         f"{', '.join(unsupported)} (pairwise and same-story tables: run without --stream on a "
                         "subset, e.g. --limit)")
    def progress(message: str) -> None:
        args.progress_shown = True  # an error message then starts on a line of its own
        print(message, file=sys.stderr, end="\r")

    if args.dask:
        if args.metadata:
            raise ValueError("--metadata is for folders of .txt files; the Dask path reads CSV / JSONL files")
        stats = distributed.run(args.corpus, args.out, _fields(args), limit=args.limit, rules=args.rules,
                                tables=args.only or allowed, workers=args.workers,
                                scheduler=None if args.dask == "local" else args.dask, progress=progress,
                                strict=args.strict)
    else:
        stats = pipeline.run(args.corpus, args.out, _fields(args), limit=args.limit, metadata=args.metadata,
                             rules=args.rules, tables=args.only or allowed, workers=args.workers, progress=progress,
                             strict=args.strict)
    print(f"\n{args.corpus}: {stats.documents} documents, {stats.chars / 1e6:.1f} MB in {stats.wall:.1f} s "
          f"(peak memory {stats.peak_main_mib:.0f} MiB, largest worker {stats.peak_worker_mib:.0f} MiB)",
          file=sys.stderr)
    for name, rows in stats.rows.items():
        print(f"wrote {Path(args.out) / name} ({rows} rows)", file=sys.stderr)
    _problem_summary(stats.problems, args.out)


def _problem_summary(problems: list, out: Path) -> None:
    """The run's input problems, one line each, after everything else it printed."""
    if problems:
        print(f"{len(problems)} input problem(s), listed in {Path(out) / 'problems.csv'}:", file=sys.stderr)
        for path, problem, action in problems:
            print(f"  {path}: {problem} ({action})", file=sys.stderr)


def _tables(args) -> None:
    _check_out(args.out, args.force)
    if args.stream or _streams_by_itself(args):
        _stream_tables(args)
        return
    corpus = _load(args)
    print(f"{args.corpus}: {len(corpus)} documents", file=sys.stderr)
    tables.write_tables(corpus, args.out, args.only, progress=lambda m: print(f"wrote {m}", file=sys.stderr))
    _problem_summary(corpus.problems.values.tolist(), args.out)


def _streams_by_itself(args) -> bool:
    """Whether ``tables`` without ``--stream`` streams the corpus: its input is above
    :data:`~analysis.pipeline.STREAM_ABOVE_BYTES` (estimated before loading) and ``--only`` names no table
    that only the in-memory path writes; says so on stderr in one line."""
    from analysis import pipeline

    if args.in_memory or (args.only and not set(args.only) <= set(STREAM_TABLES)):
        return False
    above = pipeline.STREAM_ABOVE_BYTES
    size = pipeline.estimated_bytes(args.corpus, args.limit, stop=above)
    if size <= above:
        return False
    args.dask = None
    skipped = [name for name in tables.TABLES if name not in STREAM_TABLES]
    print(f"{args.corpus}: about {size / 1e6:.0f} MB, above {above / 1e6:.0f} MB: streaming "
          f"{', '.join(args.only or STREAM_TABLES)} (as --stream)"
          + ("" if args.only else f"; not written at this size: {', '.join(skipped)} (same-story tables: write "
             "them in memory with --only TABLE, on a subset with --limit N, or all with --in-memory)"),
          file=sys.stderr)
    return True


def _check_out(out: Path | None, force: bool = False) -> None:
    """Refuse an output folder that names a file, or holds files ``tables`` does not write
    (:data:`analysis.tables.OUTPUT_NAMES` and its staging folder) unless ``force``."""
    from analysis.importers import check_output_folder

    if out is not None and out.exists() and not out.is_dir():
        raise ValueError(f"{out}: --out names a file; give a folder (it is created if missing)")
    if out is not None:
        check_output_folder(out, {*tables.OUTPUT_NAMES, tables.STAGE}, force, "the tables command")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m analysis", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--debug", action="store_true", help="show the traceback of an error, not only its message")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("tables", help="write every table of the analysis as CSV")
    _add_corpus_options(p)
    p.add_argument("--out", type=Path, required=True, help="output folder for the CSV files")
    p.add_argument("--only", nargs="+", choices=sorted(tables.TABLES), metavar="TABLE",
                   help=f"write only these tables (of: {', '.join(tables.TABLES)})")
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--stream", action="store_true",
                      help="read one document at a time and analyse in worker processes (for thousands of "
                      f"articles); writes {', '.join(STREAM_TABLES)}. Chosen by itself for an input above "
                      f"{STREAM_ABOVE_BYTES // 1_000_000} MB (.gz counted at {GZ_RATIO}x), unless --only names a "
                      "table it does not write")
    mode.add_argument("--in-memory", action="store_true",
                      help="hold the whole corpus in memory and write every table, whatever its size")
    p.add_argument("--force", action="store_true", help="write into --out even if it holds files this command "
                   "does not write (tables of the same names are replaced)")
    p.add_argument("--workers", type=_positive_int, default=2, help="worker processes with --stream (default 2)")
    p.add_argument("--dask", nargs="?", const="local", metavar="ADDRESS",
                   help="with --stream: run on a Dask cluster, at ADDRESS (tcp://host:8786) or, without one, on a "
                   "local cluster of --workers processes; needs the dask extra (pip install -e '.[dask]'); "
                   "writes every --stream table but passages.csv")

    p = sub.add_parser("report", help="run every notebook on a corpus: tables, figures, notebooks, HTML report")
    _add_corpus_options(p, optional=True)
    p.add_argument("--lexicon", type=Path, help="story lexicon (default: lexicon.yaml beside the corpus)")
    p.add_argument("--out", type=Path, help="output folder (default for seeds/: out/seeds, where the tables and "
                   "HTML go while the notebooks and figures/ are refreshed in place); required for other corpora")
    p.add_argument("--jobs", type=_positive_int, default=2, help="notebooks executed at once (default 2)")

    p = sub.add_parser("import-json", help="turn JSON article files (one article each) into a corpus folder")
    p.add_argument("files", type=Path, nargs="+", help="JSON files, e.g. the three outlets' files of one BASIL event")
    p.add_argument("--out", type=Path, required=True, help="corpus folder to write (.txt files + metadata.csv)")
    p.add_argument("--text-field", default="body-paragraphs", help="text, or list of paragraphs (of sentences)")
    p.add_argument("--source-field", default="source")
    p.add_argument("--date-field", default="date")
    p.add_argument("--title-field", default="title")
    p.add_argument("--force", action="store_true",
                   help="write into --out even if it holds files this command did not write (they may be overwritten)")

    p = sub.add_parser("kwic", help="print every occurrence of a word or phrase in context (keyword in context)")
    p.add_argument("term", help='a word or phrase, matched by lemma ("guarantee" finds "guarantees"); '
                   'a trailing * matches a prefix ("ceasefire*")')
    _add_corpus_options(p)
    p.add_argument("--width", type=int, default=40, help="characters of context on each side (default 40)")
    p.add_argument("--sort", choices=["left", "right"], help="sort by the words left or right of the match")
    p.add_argument("--by", choices=["lemma", "lower", "token"], default="lemma",
                   help="match lemmas (default), lower-cased words, or words exactly as written")
    p = sub.add_parser("lexicon", help="draft the story lexicon of a corpus (actors with aliases, type and suggested "
                       "side; candidate issues), every entry commented with its evidence, for you to check")
    _add_corpus_options(p)
    p.add_argument("--out", type=Path, required=True, help="the YAML file to write (e.g. CORPUS/lexicon.yaml)")
    p.add_argument("--issues", type=int, default=10, help="candidate issues to propose (default 10)")

    p = sub.add_parser("code-sheet", help="write the candidate stance statements of a corpus, with the machine's "
                       "stance and an empty 'human' column to code by hand")
    _add_corpus_options(p)
    p.add_argument("--lexicon", type=Path, help="story lexicon (default: lexicon.yaml beside the corpus)")
    p.add_argument("--out", type=Path, required=True, help="the coding sheet to write (CSV)")

    p = sub.add_parser("agreement", help="agreement of a coded sheet: machine vs human, or the human columns of "
                       "two coders' sheets (Cohen's kappa, Krippendorff's alpha, precision/recall, confusion table)")
    p.add_argument("sheets", type=Path, nargs="+", help="one coded sheet (machine vs human), or two (coder vs coder)")
    return parser


def _code_sheet(args) -> None:
    from analysis.actors import corpus_lexicon
    from analysis.agreement import code_sheet
    from analysis.csvout import write_csv
    from analysis.quotes import quotes_table
    from analysis.stance import stance
    from analysis.lexicon import read_lexicon

    corpus = _load(args)
    lexicon = read_lexicon(args.lexicon) if args.lexicon else corpus_lexicon(corpus)
    if not (lexicon or {}).get("issues") or not (lexicon or {}).get("actors"):
        raise ValueError(f"{args.lexicon or args.corpus}: the story lexicon has no actors or no issues; a coding "
                         "sheet lists statements of actors on issues (draft a lexicon, then add its issues)")
    quotes = quotes_table(corpus, lexicon)
    sheet = code_sheet(corpus, lexicon, stance(corpus, lexicon, quotes), quotes)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    write_csv(sheet, args.out)
    print(f"wrote {args.out}: {len(sheet)} candidate statements in {sheet['doc_id'].nunique()} documents, "
          f"{(sheet['machine'] != 'none').sum()} with a machine stance; fill in the 'human' column with one of "
          "demands, proposes, open to, conditional, rejects, none", file=sys.stderr)


def _draft_lexicon(args) -> None:
    from analysis.lexicon_draft import draft_lexicon
    from analysis.quotes import quotes_table

    corpus = _load(args)
    text, found, issues = draft_lexicon(corpus, quotes_table(corpus, {}), issues=args.issues, source=str(args.corpus))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    types = found["type"].value_counts()
    sided = int((found["side"] != "unassigned").sum())
    print(f"wrote {args.out}: a DRAFT of {len(found)} actors ({', '.join(f'{n} {t}' for t, n in types.items())}; "
          f"{sided} with a suggested side) and {len(issues)} candidate issues, each with its evidence in a comment.\n"
          "Check it against the articles: delete what is no actor of the story, merge what is one actor, check "
          "each side (or set one where it is 'unassigned'); write each issue's proposition, terms and the words "
          "for and against it, delete the rest. Put it beside the corpus as lexicon.yaml for the tables to use.",
          file=sys.stderr)


def _agreement(args) -> None:
    from analysis.agreement import agreement, read_sheet, sheet_agreement

    if len(args.sheets) > 2:
        raise ValueError("give one coded sheet (machine vs human) or two sheets (one per coder)")
    if len(args.sheets) == 1:
        result = sheet_agreement(read_sheet(args.sheets[0]))
    else:
        a, b = (read_sheet(p) for p in args.sheets)
        key = ["doc_id", "start", "issue", "actor"]
        both = a.merge(b, on=key, suffixes=("_a", "_b"))
        both = both[(both["human_a"].str.strip() != "") & (both["human_b"].str.strip() != "")]
        names = (args.sheets[0].stem, args.sheets[1].stem)
        if names[0] == names[1]:
            names = (f"first {names[0]}", f"second {names[1]}")
        result = agreement(list(both["human_a"]), list(both["human_b"]), names)
    print(result.summary())
    print(result.per_stance.to_string(index=False, float_format=lambda x: f"{x:.2f}"))
    print("confusion (rows: " + result.coders[1] + ", columns: " + result.coders[0] + ")")
    print(result.confusion.to_string())


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    warnings.simplefilter("always", CorpusWarning)
    warnings.showwarning = lambda msg, *a, **k: print(f"warning: {msg}", file=sys.stderr)
    try:
        if args.command == "tables":
            _tables(args)
        elif args.command == "kwic":
            from analysis.concordance import format_kwic, kwic

            lines = kwic(_load(args), args.term, width=args.width, by=args.by, sort=args.sort)
            print(f"{args.term!r}: {len(lines)} occurrences in {lines['doc_id'].nunique()} documents "
                  "(source  doc_id:offset  left | match | right)", file=sys.stderr)
            print(format_kwic(lines, args.width))
        elif args.command == "lexicon":
            _draft_lexicon(args)
        elif args.command == "code-sheet":
            _code_sheet(args)
        elif args.command == "agreement":
            _agreement(args)
        elif args.command == "import-json":
            from analysis.importers import json_articles

            folder = json_articles(args.files, args.out, args.text_field, args.source_field, args.date_field,
                                   args.title_field, force=args.force)
            print(f"wrote {len(args.files)} articles to {folder}", file=sys.stderr)
        elif args.command == "report":
            from analysis import report  # imports the notebook machinery only when needed

            corpus = args.corpus or report.SEEDS
            if args.out is None and corpus.resolve() != report.SEEDS:
                raise ValueError("give --out DIR for a corpus other than seeds/: nothing in the repository is overwritten")
            options = {k: getattr(args, k) for k in ("limit", "metadata", "rules", "lexicon") if getattr(args, k)}
            fields = _fields(args)
            runs = report.run_report(corpus, args.out or report.PROJECT / "out" / "seeds",
                                     None if fields == Fields() else fields, options,
                                     progress=lambda m: print(m, file=sys.stderr), jobs=args.jobs)
            failed = [r for r in runs if not r.ok]
            if failed:
                print(f"{len(failed)} of {len(runs)} notebooks failed: " + "; ".join(
                    f"{r.notebook} {r.error}" for r in failed), file=sys.stderr)
                return 1
    except KeyboardInterrupt:
        _fresh_line(args)
        print("interrupted: stopped, workers ended, no partial tables left", file=sys.stderr)
        return 130
    except (CorpusError, ValueError) as exc:
        if args.debug:
            raise
        _fresh_line(args)
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        if args.debug:
            raise
        _fresh_line(args)
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"error: {where}{exc.strerror or exc}; check the path and its permissions", file=sys.stderr)
        return 2
    except Exception as exc:  # noqa: BLE001 - no traceback reaches the user unless asked for
        if args.debug:
            raise
        _fresh_line(args)
        print(f"error: {type(exc).__name__}: {exc} (unexpected; run again with --debug to see where it happened)",
              file=sys.stderr)
        return 1
    return 0


def _fresh_line(args) -> None:
    if getattr(args, "progress_shown", False):
        print(file=sys.stderr)
