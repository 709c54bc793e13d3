"""Turn other article formats into a corpus folder (one ``.txt`` per article plus ``metadata.csv``).

:func:`json_articles` reads JSON files holding one article each, whose text field is a string, a list of
paragraphs, or a list of paragraphs each a list of sentences (as in the BASIL dataset, Fan et al. 2019,
``body-paragraphs``). Paragraphs become blank-line separated lines and sentences are joined with a space, so
the folder loads with :func:`analysis.corpus.load_corpus` like any other. The JSON files are not changed.
"""

from __future__ import annotations

import csv
import json
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


def json_articles(paths: list[Path], out: Path, text_field: str = "body-paragraphs", source_field: str = "source",
                  date_field: str = "date", title_field: str = "title", url_field: str = "url") -> Path:
    """Write the articles of ``paths`` (one JSON object per file) into the folder ``out``; return ``out``.

    ``doc_id`` is the value of ``source_field`` when every file has a distinct one (a same-story set of
    outlets), else the file name. Raises :class:`CorpusError` naming the file for unreadable input.
    """
    records = []
    for path in sorted(Path(p) for p in paths):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise CorpusError(path, f"is not a readable JSON file ({exc})") from None
        if not isinstance(data, dict) or text_field not in data:
            raise CorpusError(path, f"has no field {text_field!r}; name the text field with --text-field")
        records.append((path, data))
    if not records:
        raise CorpusError(out, "no JSON files given")
    sources = [str(d.get(source_field) or "") for _, d in records]
    use_source = all(sources) and len(set(sources)) == len(sources)
    out.mkdir(parents=True, exist_ok=True)
    rows = []
    for (path, data), source in zip(records, sources):
        doc_id = source if use_source else path.stem
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
