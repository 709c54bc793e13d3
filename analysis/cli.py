"""Command line: the same analysis as the notebooks, headless.

    python -m analysis tables CORPUS --out DIR     write every table as CSV
    python -m analysis report [CORPUS] [--out DIR] execute every notebook on CORPUS (figures, tables)
"""

from __future__ import annotations

import argparse
import sys
import warnings
from pathlib import Path

from analysis import tables
from analysis.corpus import Fields, load_corpus
from analysis.errors import CorpusError, CorpusWarning


def _add_corpus_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("corpus", type=Path, help="a folder of .txt/.md files, or a .csv / .jsonl / .jsonl.gz file of articles")
    g = p.add_argument_group("CSV / JSONL fields (defaults: text; id, doc_id or ID; source; published or date; title)")
    g.add_argument("--text-field", default="text", help="field holding the article text (allsides: content_original)")
    g.add_argument("--id-field", help="field holding a unique document id (default: row number)")
    g.add_argument("--source-field", help="field naming the outlet/source")
    g.add_argument("--date-field", help="field holding the publication date")
    g.add_argument("--title-field", help="field holding the headline")
    p.add_argument("--limit", type=int, help="read only the first N articles")
    p.add_argument("--metadata", type=Path, help="metadata sidecar for a folder (default: metadata.csv in the folder)")
    p.add_argument("--rules", type=Path, help="extra cleaning rules (YAML, same shape as analysis/data/cleaning_rules.yaml)")


def _load(args) -> "Corpus":  # noqa: F821
    fields = Fields(text=args.text_field, id=args.id_field, source=args.source_field,
                    date=args.date_field, title=args.title_field)
    return load_corpus(args.corpus, fields, metadata=args.metadata, rules=args.rules, limit=args.limit)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m analysis", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("tables", help="write every table of the analysis as CSV")
    _add_corpus_options(p)
    p.add_argument("--out", type=Path, required=True, help="output folder for the CSV files")
    p.add_argument("--only", nargs="+", choices=sorted(tables.TABLES), metavar="TABLE",
                   help=f"write only these tables (of: {', '.join(tables.TABLES)})")

    p = sub.add_parser("report", help="execute every notebook on a corpus")
    p.add_argument("corpus", type=Path, nargs="?", help="corpus folder or file (default: the embedded seeds/)")
    p.add_argument("--out", type=Path, help="output folder (required unless the corpus is seeds/, which runs in place)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    warnings.simplefilter("always", CorpusWarning)
    warnings.showwarning = lambda msg, *a, **k: print(f"warning: {msg}", file=sys.stderr)
    try:
        if args.command == "tables":
            corpus = _load(args)
            print(f"{args.corpus}: {len(corpus)} documents", file=sys.stderr)
            tables.write_tables(corpus, args.out, args.only, progress=lambda m: print(f"wrote {m}", file=sys.stderr))
        elif args.command == "report":
            from analysis import report  # imports the notebook machinery only when needed

            runs = report.run_all(args.corpus or report.SEEDS, args.out, progress=lambda m: print(m, file=sys.stderr))
            failed = [r for r in runs if not r.ok]
            if failed:
                print(f"{len(failed)} of {len(runs)} notebooks failed", file=sys.stderr)
                return 1
    except (CorpusError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0
