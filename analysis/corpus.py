"""Load a corpus with its provenance: raw text kept, cleaning logged, offsets into the raw text everywhere.

Accepted inputs (:func:`load_corpus`):

* a folder of ``.txt`` / ``.md`` files, each optionally opening with YAML front matter (``---`` ... ``---``),
  with an optional metadata sidecar ``metadata.csv`` (or ``.yaml``) keyed by ``doc_id`` = file stem;
* a ``.csv``, ``.jsonl`` or ``.jsonl.gz`` file of articles, with a :class:`Fields` mapping saying which
  columns hold the text, id, source, date and title;
* a corpus manifest (``.yaml``, see :func:`read_manifest`) naming one of the above and how to read it.

The :class:`Corpus` holds a documents table (metadata, ``raw`` file text and ``text``, the cleaned and
normalised text of the same length, see :mod:`analysis.cleaning`), the cleaning log, a table of input
problems, and lazily built paragraph, sentence and token tables, each row with ``doc_id, start, end``.
"""

from __future__ import annotations

import csv
import datetime
import gzip
import json
import re
import warnings
from dataclasses import dataclass, field
from functools import cached_property
from itertools import islice
from pathlib import Path
from typing import Iterable, Iterator

import pandas as pd
import yaml

from analysis import cleaning, text as textlib
from analysis.errors import CorpusError, CorpusProblems, CorpusWarning, DocumentError
from analysis.yamlfile import read_yaml

DOC_EXTENSIONS = (".txt", ".md")
SIDECAR_NAMES = ("metadata.csv", "metadata.yaml", "metadata.yml")
IGNORED_STEMS = ("readme", "license", "licence")
METADATA_COLUMNS = ["source", "label", "outlet", "published", "date_basis", "title", "cites", "notes", "author"]


@dataclass(frozen=True)
class Fields:
    """Which fields of a CSV / JSONL record hold what. ``None`` means: use the default name if present."""

    text: str = "text"
    id: str | None = None
    source: str | None = None
    date: str | None = None
    title: str | None = None


# --- the corpus object ------------------------------------------------------------------------------------

@dataclass
class Corpus:
    """Documents with their raw text, the cleaning log and lazily computed structure.

    ``documents``: one row per document: ``doc_id``, metadata columns (:data:`METADATA_COLUMNS`), ``path``,
    ``raw`` (the file text, untouched), ``text`` (cleaned and normalised, ``len(text) == len(raw)``).
    ``cleaning``: ``doc_id, start, end, rule, text``: every removal, ``raw[start:end] == text``.
    ``problems``: ``path, problem, action``: everything about the input that the user should know.
    """

    documents: pd.DataFrame
    cleaning: pd.DataFrame
    problems: pd.DataFrame
    name: str = "corpus"
    abbreviations: tuple[str, ...] = ()
    lexicon_path: str | None = None
    """The story lexicon a corpus manifest names (``lexicon:``), if any: it wins over a lexicon beside the corpus."""
    _lemmas: dict = field(default_factory=dict, repr=False)

    def __len__(self) -> int:
        return len(self.documents)

    def __iter__(self) -> Iterator[pd.Series]:
        return (row for _, row in self.documents.iterrows())

    @property
    def doc_ids(self) -> list[str]:
        return self.documents["doc_id"].tolist()

    @property
    def sources(self) -> list[str]:
        """Distinct sources in document order (the unit every comparison is made between)."""
        return list(dict.fromkeys(self.documents["source"]))

    def raw(self, doc_id: str) -> str:
        return self._row(doc_id)["raw"]

    def text(self, doc_id: str) -> str:
        return self._row(doc_id)["text"]

    def evidence(self, doc_id: str, start: int, end: int) -> str:
        """The raw file text of a span: what every derived item points back to."""
        return self.raw(doc_id)[start:end]

    def clean_text(self, doc_id: str) -> str:
        """The cleaned text made readable (for display; offsets refer to :meth:`text`, not to this)."""
        return cleaning.display_text(self.text(doc_id))

    def _row(self, doc_id: str) -> pd.Series:
        rows = self.documents.loc[self.documents["doc_id"] == doc_id]
        if rows.empty:
            raise KeyError(f"no document {doc_id!r} in {self.name}; known: {', '.join(self.doc_ids[:10])}")
        return rows.iloc[0]

    @cached_property
    def paragraphs(self) -> pd.DataFrame:
        """``doc_id, para, start, end, kind, text`` with kind ``body``, ``heading`` or ``list_item``."""
        rows = []
        for doc_id, text in zip(self.documents["doc_id"], self.documents["text"]):
            for i, p in enumerate(textlib.paragraphs(text)):
                rows.append((doc_id, i, p.start, p.end, p.kind, text[p.start:p.end]))
        return pd.DataFrame(rows, columns=["doc_id", "para", "start", "end", "kind", "text"])

    @cached_property
    def sentences(self) -> pd.DataFrame:
        """:data:`SENTENCE_COLUMNS`; ``sent`` counts from 0 in each document."""
        rows = []
        paras = {doc_id: group for doc_id, group in self.paragraphs.groupby("doc_id", sort=False)}
        for doc_id, text in zip(self.documents["doc_id"], self.documents["text"]):
            doc_paras = paras.get(doc_id, self.paragraphs.iloc[:0])
            spans = [textlib.Paragraph(s, e, k) for s, e, k in doc_paras[["start", "end", "kind"]].itertuples(index=False)]
            for i, (para, start, end) in enumerate(textlib.sentence_spans(text, spans, self.abbreviations)):
                rows.append((doc_id, i, para, start, end, spans[para].kind, text[start:end]))
        return pd.DataFrame(rows, columns=SENTENCE_COLUMNS)

    @cached_property
    def tokens(self) -> pd.DataFrame:
        """``doc_id, sent, start, end, token, lower, lemma``: word tokens, each inside one sentence."""
        rows = []
        sentences = self.sentences
        texts = dict(zip(self.documents["doc_id"], self.documents["text"]))
        for doc_id, sent, start, end in sentences[["doc_id", "sent", "start", "end"]].itertuples(index=False):
            text = texts[doc_id]
            for s, e in textlib.token_spans(text, start, end):
                tok = text[s:e]
                rows.append((doc_id, sent, s, e, tok, tok.lower(), textlib.lemma(tok)))
        return pd.DataFrame(rows, columns=["doc_id", "sent", "start", "end", "token", "lower", "lemma"])


# --- loading ----------------------------------------------------------------------------------------------

def load_corpus(
    path: str | Path,
    fields: Fields | None = None,
    *,
    metadata: str | Path | None = None,
    rules: str | Path | None = None,
    limit: int | None = None,
    abbreviations: tuple[str, ...] = (),
    strict: bool = False,
) -> Corpus:
    """Read a corpus folder, CSV or JSONL file (see the module docstring) into a :class:`Corpus`.

    Raises :class:`CorpusError` (naming the file and what to do) for input that cannot be used at all. A
    document that cannot be used (:class:`DocumentError`: not UTF-8, broken front matter, a bad record, a
    duplicate id) is skipped; it and anything else the user should know (a date not understood, a missing
    sidecar row) is a row of ``Corpus.problems`` and a :class:`CorpusWarning`. With ``strict``, any problem
    refuses the corpus instead: :class:`CorpusProblems` lists every one found in one pass.
    """
    path = Path(path)
    if path.suffix in (".yaml", ".yml") and path.is_file():
        spec = read_manifest(path)
        corpus = load_corpus(spec.pop("path"), fields or spec.pop("fields"), abbreviations=abbreviations,
                             strict=strict, **{k: v for k, v in spec.items() if k in ("metadata", "rules", "limit")})
        if spec["lexicon"]:
            corpus.lexicon_path = str(spec["lexicon"])
        return corpus
    problems: list[tuple[str, str, str]] = []
    rule_list = cleaning.load_rules(rules)
    docs, removals = [], []
    for rec in unique_ids(path, read_documents(path, fields, metadata=metadata, limit=limit, problems=problems),
                          problems):
        doc, logged = clean_document(rec, rule_list)
        docs.append(doc)
        removals += logged
    check_problems(path, problems, strict)
    if not docs:
        raise CorpusError(path, "holds no document that could be read; see the problems above")
    warn_problems(problems)
    columns = ["doc_id", *METADATA_COLUMNS]
    documents = pd.DataFrame(docs)
    extra = [c for c in documents.columns if c not in columns + ["path", "raw", "text"]]
    documents = documents[columns + extra + ["path", "raw", "text"]]
    return Corpus(
        documents=documents.reset_index(drop=True),
        cleaning=pd.DataFrame(removals, columns=CLEANING_COLUMNS),
        problems=pd.DataFrame(problems, columns=["path", "problem", "action"]),
        name=path.name,
        abbreviations=tuple(abbreviations),
    )


CLEANING_COLUMNS = ["doc_id", "start", "end", "rule", "text"]
SENTENCE_COLUMNS = ["doc_id", "sent", "para", "start", "end", "kind", "text"]
"""Columns of :attr:`Corpus.sentences` (and of ``sentences.csv``): kind is ``body``, ``heading`` or ``list_item``."""


def read_documents(path: str | Path, fields: Fields | None = None, *, metadata: str | Path | None = None,
                   limit: int | None = None, problems: list | None = None) -> Iterator[dict]:
    """Stream a corpus's documents as records (``doc_id``, metadata, ``path``, ``raw``, ``front_matter_end``),
    one at a time, without cleaning them (:func:`clean_document` does that). Input problems are appended to
    ``problems`` as ``(path, problem, action)``; unusable input raises :class:`CorpusError`."""
    path = Path(path)
    problems = [] if problems is None else problems
    if not path.exists():
        raise CorpusError(path, "no such file or folder; give a folder of .txt/.md files or a .csv/.jsonl(.gz) file")
    if path.is_dir():
        yield from _read_folder(path, metadata, problems, limit)
    elif path.name.endswith((".csv", ".jsonl", ".jsonl.gz", ".json.gz", ".ndjson")):
        yield from _read_table(path, fields or Fields(), problems, limit)
    else:
        raise CorpusError(path, "unsupported input; give a folder of .txt/.md files or a .csv/.jsonl/.jsonl.gz file")


def clean_document(rec: dict, rules: list[cleaning.Rule]) -> tuple[dict, list[tuple]]:
    """Normalise and clean one record from :func:`read_documents`: the document (with ``raw`` and ``text``
    of the same length) and its removals as ``(doc_id, start, end, rule, text)`` rows (:data:`CLEANING_COLUMNS`)."""
    rec = dict(rec)
    raw = rec.pop("raw")
    fm_end = rec.pop("front_matter_end", 0)
    text = cleaning.normalise(raw)
    removals = []
    if fm_end:
        removals.append((rec["doc_id"], 0, fm_end, "front_matter", raw[:fm_end]))
        text = cleaning.blank(text, 0, fm_end)
    text, logged = cleaning.apply_rules(raw, text, rules)
    removals += [(rec["doc_id"], r.start, r.end, r.rule, r.text) for r in logged]
    return {**rec, "raw": raw, "text": text}, removals


def check_problems(path: Path, problems: list, strict: bool) -> None:
    """With ``strict``, refuse the corpus (:class:`CorpusProblems`) if the read found any problem."""
    if strict and problems:
        raise CorpusProblems(path, problems)


def warn_problems(problems: Iterable[tuple[str, str, str]]) -> None:
    """One :class:`CorpusWarning` per input problem ``(path, problem, action)``, pointing at the caller's caller."""
    for p, problem, action in problems:
        warnings.warn(f"{p}: {problem} ({action})", CorpusWarning, stacklevel=3)


def unique_ids(path: Path, records: Iterable[dict], problems: list | None = None) -> Iterator[dict]:
    """Pass records through; a record whose ``doc_id`` was seen before (both named) is skipped and listed in
    ``problems``, or, when ``problems`` is ``None``, raises :class:`CorpusError`."""
    seen: dict[str, str] = {}
    for rec in records:
        first = seen.setdefault(rec["doc_id"], rec["path"])
        if first != rec["path"]:
            problem = (f"duplicate doc_id: {rec['doc_id']!r} ({first} and {rec['path']}). Each document needs its "
                       "own id: rename one file, or name a unique id column with --id-field")
            if problems is None:
                raise CorpusError(path, problem)
            problems.append((rec["path"], problem, "skipped: the first document with this id is kept"))
            continue
        yield rec


# --- corpus manifests ------------------------------------------------------------------------------------

MANIFEST_KEYS = {"path", "text_field", "id_field", "source_field", "date_field", "title_field", "limit",
                 "metadata", "rules", "lexicon"}


def read_manifest(path: Path) -> dict:
    """A corpus manifest: a YAML file naming a corpus and how to read it, so that one path says it all.

    Keys: ``path`` (required; relative paths are relative to the manifest), ``text_field``, ``id_field``,
    ``source_field``, ``date_field``, ``title_field``, ``limit``, ``metadata``, ``rules``, ``lexicon``.
    Returns ``path``, ``fields`` (a :class:`Fields`), ``limit`` and the resolved file options.
    """
    data = read_yaml(path)
    unknown = set(data) - MANIFEST_KEYS
    if "path" not in data or unknown:
        raise CorpusError(path, "a corpus manifest needs 'path:'" + (f"; unknown keys: {', '.join(sorted(unknown))}"
                                                                      if unknown else ""))

    def resolve(value):
        return None if value in (None, "") else (path.parent / str(value)).resolve()

    for key in ("path", "text_field", "id_field", "source_field", "date_field", "title_field", "metadata", "rules",
                "lexicon"):
        if data.get(key) is not None and not isinstance(data[key], str):
            raise CorpusError(path, f"'{key}:' must be a name or path (text), not {data[key]!r}")
    limit = data.get("limit")
    if limit is not None and (not isinstance(limit, int) or isinstance(limit, bool) or limit < 1):
        raise CorpusError(path, f"'limit:' must be a whole number of articles, 1 or more, not {limit!r}")

    return {
        "path": resolve(data["path"]),
        "fields": Fields(text=data.get("text_field") or "text", id=data.get("id_field"),
                         source=data.get("source_field"), date=data.get("date_field"), title=data.get("title_field")),
        "limit": limit,
        "metadata": resolve(data.get("metadata")),
        "rules": resolve(data.get("rules")),
        "lexicon": resolve(data.get("lexicon")),
    }


def write_manifest(path: Path, corpus_path: Path, fields: Fields, **options) -> Path:
    """Write a manifest for :func:`read_manifest` (absolute paths; ``None`` options left out)."""
    data = {"path": str(Path(corpus_path).resolve()), "text_field": fields.text, "id_field": fields.id,
            "source_field": fields.source, "date_field": fields.date, "title_field": fields.title,
            **{k: (str(Path(v).resolve()) if k in ("metadata", "rules", "lexicon") and v else v)
               for k, v in options.items()}}
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump({k: v for k, v in data.items() if v is not None}, sort_keys=False), encoding="utf-8")
    return path


# --- folders of text files --------------------------------------------------------------------------------

def read_text_file(path: Path) -> str | None:
    """The decoded text of one document file (a UTF-8 byte order mark dropped), or ``None`` if it is empty.
    Raises :class:`DocumentError` on an unreadable, binary, UTF-16 or non-UTF-8 file."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DocumentError(path, f"cannot be read ({exc.strerror}); check its permissions") from None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise DocumentError(path, "is UTF-16 text; re-save it as UTF-8, e.g. `iconv -f utf-16 -t utf-8`")
    if b"\x00" in data:
        raise DocumentError(path, "looks like a binary file (it contains NUL bytes), not text; remove it from the "
                            "corpus folder")
    try:
        raw = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        exc_start = exc.start + (3 if data.startswith(b"\xef\xbb\xbf") else 0)
        line = data[: exc_start].count(b"\n") + 1
        raise DocumentError(
            path, f"is not valid UTF-8 (byte 0x{data[exc_start]:02x} at byte {exc_start}, line {line}); "
            "re-save it as UTF-8, e.g. `iconv -f cp1252 -t utf-8`") from None
    return raw if raw.strip() else None


def _read_folder(folder: Path, metadata: str | Path | None, problems: list, limit: int | None) -> Iterator[dict]:
    files = sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in DOC_EXTENSIONS)
    for sub in sorted(p for p in folder.iterdir() if p.is_dir() and not p.name.startswith(".")):
        nested = sum(1 for p in sub.rglob("*") if p.suffix.lower() in DOC_EXTENSIONS)
        if nested:
            problems.append((str(sub), f"subfolder with {nested} .txt/.md file(s), not read: a corpus is one folder",
                             "skipped: move the files up, or give the subfolder as the corpus"))
    for p in [p for p in files if p.stem.lower() in IGNORED_STEMS]:
        problems.append((str(p), "documentation file, not an article", "skipped"))
        files.remove(p)
    if not files:
        raise CorpusError(folder, "no .txt or .md files in this folder; put one article per file there")
    sidecar = _read_sidecar(Path(metadata) if metadata else _find_sidecar(folder))
    for p in files[:limit]:
        try:
            raw = read_text_file(p)
            if raw is None:
                problems.append((str(p), "empty file", "skipped: add the article text or remove the file"))
                continue
            rec: dict = {"doc_id": p.stem, "path": str(p), "raw": raw}
            fm, rec["front_matter_end"] = parse_front_matter(raw, p)
        except DocumentError as exc:
            problems.append((exc.path, exc.problem, "skipped"))
            sidecar.pop(p.stem)
            continue
        meta = sidecar.pop(p.stem, None)
        if meta is None and sidecar.source:
            problems.append((str(p), f"no row in {sidecar.source}", "kept, with empty metadata: add a row for it"))
        rec.update(_merge_metadata(p, meta or {}, fm, problems))
        yield rec
    for doc_id in sidecar.rows:
        problems.append((str(sidecar.source), f"row {doc_id!r} has no file {doc_id}.txt or .md in {folder}",
                         "row ignored: add the file or delete the row"))


@dataclass
class _Sidecar:
    source: Path | None
    rows: dict[str, dict]

    def pop(self, doc_id, default=None):
        return self.rows.pop(doc_id, default)


def _find_sidecar(folder: Path) -> Path | None:
    for name in SIDECAR_NAMES:
        if (folder / name).is_file():
            return folder / name
    return None


def _read_sidecar(path: Path | None) -> _Sidecar:
    if path is None:
        return _Sidecar(None, {})
    try:
        if path.suffix == ".csv":
            table = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
            rows = table.to_dict("records")
        else:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
            rows = data if isinstance(data, list) else [{"doc_id": k, **v} for k, v in (data or {}).items()]
    except pd.errors.EmptyDataError:
        raise CorpusError(path, "metadata sidecar is empty; give it a header line (doc_id,source,published,...) "
                          "and a row per file, or delete it") from None
    except (yaml.YAMLError, pd.errors.ParserError, UnicodeDecodeError, ValueError) as exc:
        raise CorpusError(path, f"metadata sidecar cannot be read: {exc}") from None
    except OSError as exc:
        raise CorpusError(path, f"metadata sidecar cannot be read ({exc.strerror})") from None
    if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
        raise CorpusError(path, "metadata sidecar must be a table (CSV) or a mapping of doc_id to fields (YAML)")
    if rows and "doc_id" not in rows[0]:
        raise CorpusError(path, "metadata sidecar needs a 'doc_id' column holding each file's name without extension")
    out = {}
    for row in rows:
        doc_id = str(row["doc_id"])
        if doc_id in out:
            raise CorpusError(path, f"doc_id {doc_id!r} appears twice in the metadata sidecar")
        out[doc_id] = {k: ("" if v is None else str(v)) for k, v in row.items() if k != "doc_id"}
    return _Sidecar(path, out)


def parse_front_matter(raw: str, path: Path) -> tuple[dict, int]:
    """YAML front matter at the top of ``raw`` as ``(fields, end offset)``; ``({}, 0)`` if there is none."""
    if not raw.startswith("---"):
        return {}, 0
    first_nl = raw.find("\n")
    if first_nl < 0 or raw[:first_nl].strip() != "---":
        return {}, 0
    pos = first_nl + 1
    for line in raw[pos:].split("\n"):
        if line.strip() in ("---", "..."):
            body = raw[first_nl + 1:pos]
            try:
                try:
                    data = yaml.safe_load(body) or {}
                except (ValueError, OverflowError):  # a value that looks like a date but is none (2025-13-45)
                    data = yaml.load(body, Loader=_TextDatesLoader) or {}
            except yaml.YAMLError as exc:
                mark = getattr(exc, "problem_mark", None)
                where = f" at line {mark.line + 2}" if mark is not None else ""
                raise DocumentError(path, f"front matter is not valid YAML{where}: {getattr(exc, 'problem', exc)}; "
                                  "fix it or remove the --- block") from None
            if not isinstance(data, dict):
                raise DocumentError(path, "front matter must be a YAML mapping of key: value lines")
            return data, pos + len(line)
        pos += len(line) + 1
    raise DocumentError(path, "front matter opened with '---' on line 1 is never closed; add a closing '---' line")


class _TextDatesLoader(yaml.SafeLoader):
    """YAML's safe loader with dates left as text (checked by :func:`date_problem` instead)."""


_TextDatesLoader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:timestamp"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()}

_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.]*(?:Z|[+-]\d{2}:?\d{2})?)?")
_RELATIVE_DATES = {"now", "today", "tomorrow", "yesterday"}


def date_problem(value: str) -> str:
    """``""`` if ``value`` is a date the tables can use (ISO ``YYYY-MM-DD``, with a time or not, or any form
    pandas reads, between the years 1678 and 2261 that pandas timestamps hold), else what is wrong with it."""
    text = value.strip()
    m = _ISO_DATE.fullmatch(text)
    try:
        if m:
            year = datetime.date(*map(int, m.groups())).year
        elif text.lower() in _RELATIVE_DATES:
            raise ValueError("a relative date")
        else:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                year = pd.Timestamp(text).year
    except (ValueError, OverflowError, TypeError) as exc:
        return f"date {value!r} is not a date ({exc})"
    if not 1678 <= year <= 2261:
        return f"date {value!r} is outside the years 1678 to 2261 that the tables can hold"
    return ""


def _check_date(where: str, out: dict, problems: list) -> None:
    """Empty ``out['published']`` (and its basis) if it is not a usable date, listing the problem."""
    if out.get("published"):
        problem = date_problem(out["published"])
        if problem:
            problems.append((where, problem, "kept without a date: write it as YYYY-MM-DD"))
            out["published"], out["date_basis"] = "", ""


def _merge_metadata(path: Path, meta: dict, front_matter: dict, problems: list) -> dict:
    """Sidecar values win; front matter fills what the sidecar leaves empty (title, date, author)."""
    out = {col: meta.get(col, "") for col in METADATA_COLUMNS}
    out.update({k: v for k, v in meta.items() if k not in out})
    fm = {"title": front_matter.get("title"), "published": front_matter.get("date"), "author": front_matter.get("author")}
    for key, value in fm.items():
        if value in (None, ""):
            continue
        if isinstance(value, (dict, list)):
            problems.append((str(path), f"front matter {key!r} is a {type(value).__name__}, not a value",
                             f"kept without a {key}: write one value after '{key}:'"))
            continue
        value = value.isoformat() if hasattr(value, "isoformat") else str(value)
        if not out[key]:
            out[key] = value
            if key == "published" and not out["date_basis"]:
                out["date_basis"] = "front matter date"
        elif out[key] != value and not value.startswith(out[key]):
            problems.append((str(path), f"{key} differs between sidecar ({out[key]!r}) and front matter ({value!r})",
                             "sidecar value used"))
    out["label"] = out["label"] or path.stem
    out["source"] = out["source"] or out["label"]
    _check_date(str(path), out, problems)
    return out


# --- CSV and JSONL ----------------------------------------------------------------------------------------

def iter_records(path: Path, start: int = 0, parse: bool = True) -> Iterator[dict | None]:
    """Rows of a CSV or JSON-lines file (``.gz`` allowed) as dicts, streamed, from row ``start`` on (blank
    JSONL lines are not rows; the JSONL rows before ``start`` are skipped without being parsed). A JSONL line
    that is no JSON object is yielded as a :class:`DocumentError` (the caller lists it and goes on).
    ``parse=False`` yields ``None`` per JSONL row without parsing it (for counting rows)."""
    opener = gzip.open if path.name.endswith(".gz") else open
    if not path.name.endswith(".csv"):
        yield from _json_lines(path, opener, start, parse)
        return
    with opener(path, "rt", encoding="utf-8-sig", newline="") as fh:
        if path.name.endswith(".csv"):
            reader = csv.DictReader(fh, strict=True)
            done = start
            try:
                for row in islice(reader, start, None):
                    yield row
                    done += 1
            except csv.Error as exc:
                raise CorpusError(path, f"record {done + 1}: {exc} (a quote opened in it is probably never "
                                  "closed, so it would swallow the rows after it); fix the quoting there") from None
            return


def _json_lines(path: Path, opener, start: int, parse: bool) -> Iterator[dict | None | DocumentError]:
    """The JSONL rows of :func:`iter_records`, read as bytes so that a line that is not UTF-8 is one bad row.
    A compressed file that ends early (a download cut off) gives its complete lines, then one
    :class:`DocumentError` saying where it was cut (not counted as a row with ``parse=False``)."""
    lines = _lines_until_cut(path, opener)
    row = 0
    for lineno, line in lines:
        if isinstance(line, DocumentError):
            if parse:
                yield line
            return
        if lineno == 1 and line.startswith(b"\xef\xbb\xbf"):
            line = line[3:]
        if not line.strip():
            continue
        row += 1
        if row <= start:
            continue
        if not parse:
            yield None
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield DocumentError(path, f"line {lineno} is not valid JSON ({exc.msg}); fix or delete that line")
            continue
        except UnicodeDecodeError as exc:
            yield DocumentError(path, f"line {lineno} is not valid UTF-8 (byte 0x{line[exc.start]:02x}); "
                                "re-save the file as UTF-8")
            continue
        if not isinstance(record, dict):
            yield DocumentError(path, f"line {lineno} is not a JSON object")
            continue
        yield record


def _lines_until_cut(path: Path, opener) -> Iterator[tuple[int, bytes | DocumentError]]:
    """``(line number, line)`` of a file read as bytes; where a compressed file ends early, a last
    ``(line number, DocumentError)`` instead of an ``EOFError`` that would lose the lines read."""
    lineno = 0
    with opener(path, "rb") as fh:
        try:
            for lineno, line in enumerate(fh, 1):
                yield lineno, line
        except EOFError as exc:
            yield lineno + 1, DocumentError(path, f"is cut off after line {lineno} ({exc}): the lines after it "
                                            "are missing; download or compress the file again")


def _read_table(path: Path, fields: Fields, problems: list, limit: int | None) -> Iterator[dict]:
    found = 0
    for rec in table_records(path, table_fields(path, fields), problems, stop=limit):
        found += 1
        yield rec
    if not found:
        raise CorpusError(path, "holds no articles with text")


def table_fields(path: Path, fields: Fields) -> Fields:
    """``fields`` completed from the first row of a CSV / JSONL file (id, source, date and title columns found
    under their usual names when not given); :class:`CorpusError` if a named column is missing."""
    first = next((r for r in _rows(path) if not isinstance(r, DocumentError)), None)
    if first is None:
        raise CorpusError(path, "holds no articles with text")
    return _resolve_fields(path, fields, first)


def table_records(path: Path, fields: Fields, problems: list, start: int = 0, stop: int | None = None,
                  offset: int = 0) -> Iterator[dict]:
    """Records of rows ``start`` to ``stop`` (exclusive) of a CSV / JSONL file, with ``fields`` already
    resolved (:func:`table_fields`); rows are numbered from ``offset + start`` (ids ``row000001`` ...
    when there is no id column). Rows without text go to ``problems``. A part of a file read this way gives
    the same records as the whole file read in one go (the Dask path reads a corpus in such parts)."""
    rows = _rows(path, start)
    for i, row in enumerate(rows if stop is None else islice(rows, stop - start), offset + start):
        if isinstance(row, DocumentError):
            problems.append((row.path, row.problem, "skipped"))
            continue
        yield from _table_record(path, fields, row, i, problems)


def count_records(path: Path, stop: int | None = None) -> int:
    """Rows of a CSV / JSONL file (blank JSONL lines do not count), counting up to ``stop`` at most."""
    return sum(1 for _ in islice(_rows(path, parse=False), stop))


def _rows(path: Path, start: int = 0, parse: bool = True) -> Iterator[dict | None]:
    """:func:`iter_records` with read errors turned into :class:`CorpusError`."""
    try:
        yield from iter_records(path, start, parse)
    except UnicodeDecodeError as exc:
        raise CorpusError(path, f"is not valid UTF-8 ({exc.reason}); re-save it as UTF-8") from None
    except (OSError, EOFError, csv.Error) as exc:
        raise CorpusError(path, f"cannot be read: {exc}") from None


def _resolve_fields(path: Path, fields: Fields, row: dict) -> Fields:
    names = list(row)
    if fields.text not in row:
        raise CorpusError(path, f"has no text column {fields.text!r}; its columns are {', '.join(names)}. "
                          "Name the one holding the article text with --text-field")

    def pick(given, *defaults):
        if given is not None:
            if given not in row:
                raise CorpusError(path, f"has no column {given!r}; its columns are {', '.join(names)}")
            return given
        return next((d for d in defaults if d in row), None)

    return Fields(
        text=fields.text,
        id=pick(fields.id, "doc_id", "id", "ID"),
        source=pick(fields.source, "source", "outlet", "publisher"),
        date=pick(fields.date, "published", "date"),
        title=pick(fields.title, "title", "headline"),
    )


def _table_record(path: Path, fields: Fields, row: dict, i: int, problems: list) -> list[dict]:
    doc_id = str(row.get(fields.id) or "") if fields.id else ""
    doc_id = doc_id or f"row{i + 1:06d}"
    raw = row.get(fields.text)
    where = f"{path} (record {i + 1}, id {doc_id})"
    if raw is not None and not isinstance(raw, str):
        problems.append((where, f"text field {fields.text!r} holds a {type(raw).__name__}, not text", "skipped"))
        return []
    raw = raw or ""
    if not raw.strip():
        problems.append((where, "empty text", "skipped"))
        return []
    source = str(row.get(fields.source) or "") if fields.source else ""
    rec = {
        "doc_id": doc_id, "path": where, "raw": raw,
        "source": source or doc_id, "label": source or doc_id,
        "published": str(row.get(fields.date) or "") if fields.date else "",
        "date_basis": f"field {fields.date!r}" if fields.date and row.get(fields.date) else "",
        "title": str(row.get(fields.title) or "") if fields.title else "",
    }
    _check_date(where, rec, problems)
    return [{**{c: "" for c in METADATA_COLUMNS}, **rec}]

