"""Turn other article formats into a corpus folder (one ``.txt`` per article plus ``metadata.csv``).

:func:`json_articles` reads JSON files holding one article each, whose text field is a string, a list of
paragraphs, or a list of paragraphs each a list of sentences (as in the BASIL dataset, Fan et al. 2019,
``body-paragraphs``). Paragraphs become blank-line separated lines and sentences are joined with a space, so
the folder loads with :func:`analysis.corpus.load_corpus` like any other. The JSON files are not changed.
"""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

from analysis.errors import CorpusError

SIDECAR_COLUMNS = ["doc_id", "label", "source", "published", "date_basis", "title", "url", "imported_from"]


def _paragraphs(value, path: Path, field: str) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        out = []
        for para in value:
            if isinstance(para, list):
                out.append(" ".join(str(s).strip() for s in para if str(s).strip()))
            elif para is not None:
                out.append(str(para).strip())
        return [p for p in out if p]
    raise CorpusError(path, f"field {field!r} is neither text nor a list of paragraphs")


def safe_name(value: str) -> str:
    """A file name made from data: letters, digits, ``.``, ``_`` and ``-`` kept, every other run of characters
    (path separators among them) one ``_``, no leading dot, at most 100 characters; ``"article"`` if nothing is
    left. The name can then only be a plain file inside the output folder."""
    name = re.sub(r"[^A-Za-z0-9._-]+", "_", value).lstrip("._")[:100]
    return name or "article"


def check_output_folder(out: Path, written: set[str], force: bool = False, writer: str = "this command") -> None:
    """Refuse (:class:`CorpusError`) to write into ``out`` when it holds files a command did not write: an
    existing folder is only written into when every name in it is in ``written`` (what ``writer`` writes there,
    e.g. :func:`imported_files`), or when ``force`` is given. So a folder of someone's own files (a curated
    ``metadata.csv``, a project folder given by mistake) is never overwritten without being asked."""
    if force or not out.exists():
        return
    if not out.is_dir():
        raise CorpusError(out, "is a file, not a folder; give --out a folder to create")
    foreign = sorted(p.name for p in out.iterdir() if p.name not in written)
    if foreign:
        raise CorpusError(out, f"holds files {writer} did not write ({', '.join(foreign[:5])}"
                          f"{', ...' if len(foreign) > 5 else ''}); give an empty or new folder, or --force to "
                          "write into it anyway (files of the same names are overwritten)")


def imported_files(out: Path) -> set[str]:
    """The files :func:`json_articles` wrote into ``out``: a ``metadata.csv`` with its ``imported_from`` column
    and the ``.txt`` files it lists (none when there is no such sidecar)."""
    try:
        with open(out / "metadata.csv", encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh)
            if "imported_from" in (reader.fieldnames or []):
                return {"metadata.csv"} | {f"{row['doc_id']}.txt" for row in reader}
    except (OSError, UnicodeDecodeError, csv.Error, KeyError):
        pass
    return set()


def json_articles(paths: list[Path], out: Path, text_field: str = "body-paragraphs", source_field: str = "source",
                  date_field: str = "date", title_field: str = "title", url_field: str = "url",
                  force: bool = False) -> Path:
    """Write the articles of ``paths`` (one JSON object per file) into the folder ``out``; return ``out``.

    ``doc_id`` is the value of ``source_field`` when every file has a distinct one (a same-story set of
    outlets), else the file name; either is made a safe file name (:func:`safe_name`), so nothing is written
    outside ``out``. A folder holding files this importer did not write is refused unless ``force``
    (:func:`check_output_folder`, :func:`imported_files`). Raises :class:`CorpusError` naming the file for unreadable input.
    """
    records = []
    for path in sorted(Path(p) for p in paths):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise CorpusError(path, f"is not a readable JSON file ({exc})") from None
        except OSError as exc:
            raise CorpusError(path, f"cannot be read ({exc.strerror}); check the path") from None
        if not isinstance(data, dict) or text_field not in data:
            raise CorpusError(path, f"has no field {text_field!r}; name the text field with --text-field")
        records.append((path, data))
    if not records:
        raise CorpusError(out, "no JSON files given")
    sources = [str(d.get(source_field) or "") for _, d in records]
    use_source = all(sources) and len({safe_name(s) for s in sources}) == len(sources)
    ids = [safe_name(s) for s in sources] if use_source else [safe_name(p.stem) for p, _ in records]
    if len(set(ids)) < len(ids):
        ids = [f"{i + 1:03d}_{d}" for i, d in enumerate(ids)]
    check_output_folder(out, imported_files(out), force, "this importer")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise CorpusError(out, f"cannot create the output folder ({exc.strerror})") from None
    rows = []
    for (path, data), source, doc_id in zip(records, sources, ids):
        text = "\n\n".join(_paragraphs(data[text_field], path, text_field)) + "\n"
        (out / f"{doc_id}.txt").write_text(text, encoding="utf-8")
        date = str(data.get(date_field) or "")
        rows.append({"doc_id": doc_id, "label": source or doc_id, "source": source or doc_id, "published": date,
                     "date_basis": f"field {date_field!r} of the JSON" if date else "",
                     "title": str(data.get(title_field) or ""), "url": str(data.get(url_field) or ""),
                     "imported_from": path.name})
    with open(out / "metadata.csv", "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=SIDECAR_COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    return out
