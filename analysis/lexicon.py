"""Editable word lists as data: a story's own lexicon sits with its corpus, general lists ship in ``analysis/data``.

A story lexicon is a YAML file ``lexicon.yaml`` in the corpus folder (or ``NAME.lexicon.yaml`` beside a
CSV/JSONL corpus file ``NAME.csv``). Its sections are read by the modules that use them:
``phrases`` (multiword terms counted as one, :mod:`analysis.frequency`), ``actors`` and ``issues``
(:mod:`analysis.framing`).
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import yaml

from analysis.errors import CorpusError

LEXICON_NAMES = ("lexicon.yaml", "lexicon.yml")


def find_story_lexicon(corpus_path: str | Path) -> Path | None:
    """The story lexicon that belongs to a corpus folder or file, or ``None`` if it has none."""
    path = Path(corpus_path)
    candidates = [path / n for n in LEXICON_NAMES] if path.is_dir() else [
        path.with_name(path.name.split(".")[0] + ".lexicon.yaml")]
    return next((c for c in candidates if c.is_file()), None)


def read_yaml(path: str | Path) -> dict:
    """Parse a YAML lexicon file; a syntax error names the file and the line."""
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark is not None else ""
        raise CorpusError(path, f"{where}not valid YAML ({getattr(exc, 'problem', None) or exc}); fix that line") from None
    except OSError as exc:
        raise CorpusError(path, f"cannot read the lexicon: {exc.strerror}") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise CorpusError(path, "a lexicon must be a YAML mapping of section names (phrases, actors, issues, ...)")
    return data


def load_story_lexicon(corpus_path: str | Path) -> dict:
    """The story lexicon of a corpus as a dict of sections (empty if the corpus has none)."""
    found = find_story_lexicon(corpus_path)
    return read_yaml(found) if found else {}


def package_data(name: str) -> Path:
    """Path of a general list shipped with the package (``analysis/data/NAME``)."""
    return Path(str(resources.files("analysis.data").joinpath(name)))
