"""Reading the project's YAML data files (lexicons, manifests) with errors that give the file and the line."""

from __future__ import annotations

from pathlib import Path

import yaml

from analysis.errors import CorpusError


def read_yaml(path: str | Path) -> dict:
    """Parse a YAML mapping (lexicon, manifest); a syntax error names the file, the line and the column."""
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark is not None else ""
        raise CorpusError(path, f"{where}not valid YAML ({getattr(exc, 'problem', None) or exc}); fix that line") from None
    except OSError as exc:
        raise CorpusError(path, f"cannot read it: {exc.strerror}") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise CorpusError(path, "must be a YAML mapping (key: value lines), not a list or a single value")
    return data
