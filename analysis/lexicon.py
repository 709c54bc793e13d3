"""Editable word lists as data: a story's own lexicon sits with its corpus, general lists ship in ``analysis/data``.

A story lexicon is a YAML file ``lexicon.yaml`` in the corpus folder (or ``NAME.lexicon.yaml`` beside a
CSV/JSONL corpus file ``NAME.csv``, or the ``lexicon:`` of a corpus manifest). Its sections are read by the modules that use them:
``phrases`` (multiword terms counted as one, :mod:`analysis.frequency`), ``actors`` (:mod:`analysis.actors`)
and ``issues`` (:func:`issue_terms`, matched by :mod:`analysis.framing` and :mod:`analysis.stance`).
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from analysis.corpus import read_manifest
from analysis.yamlfile import read_yaml

LEXICON_NAMES = ("lexicon.yaml", "lexicon.yml")


def find_story_lexicon(corpus_path: str | Path) -> Path | None:
    """The story lexicon that belongs to a corpus folder or file, or ``None`` if it has none."""
    path = Path(corpus_path)
    if path.suffix in (".yaml", ".yml") and path.is_file():  # a corpus manifest
        spec = read_manifest(path)
        return spec["lexicon"] or find_story_lexicon(spec["path"])
    candidates = [path / n for n in LEXICON_NAMES] if path.is_dir() else [
        path.with_name(path.name.split(".")[0] + ".lexicon.yaml")]
    return next((c for c in candidates if c.is_file()), None)


def load_story_lexicon(corpus_path: str | Path) -> dict:
    """The story lexicon of a corpus as a dict of sections (empty if the corpus has none)."""
    found = find_story_lexicon(corpus_path)
    return read_yaml(found) if found else {}


def package_data(name: str) -> Path:
    """Path of a general list shipped with the package (``analysis/data/NAME``)."""
    return Path(str(resources.files("analysis.data").joinpath(name)))


def issue_terms(lexicon: dict | None) -> list[tuple[str, str, str]]:
    """The ``issues`` section of a story lexicon (``issue: [terms]``) as ``(term, issue, "issue")`` rows, in
    file order: the rows an :class:`analysis.actors.TermMatcher` takes, so ``TermMatcher(issue_terms(lex))``
    finds every issue term of a text. An issue without terms gives no row."""
    return [(term, issue, "issue") for issue, terms in ((lexicon or {}).get("issues") or {}).items()
            for term in (terms or [])]
