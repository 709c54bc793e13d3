"""Editable word lists as data: a story's own lexicon sits with its corpus, general lists ship in ``analysis/data``.

A story lexicon is a YAML file ``lexicon.yaml`` in the corpus folder (or ``NAME.lexicon.yaml`` beside a
CSV/JSONL corpus file ``NAME.csv``, or the ``lexicon:`` of a corpus manifest). Its sections are read by the modules that use them:
``phrases`` (multiword terms counted as one, :mod:`analysis.frequency`), ``actors`` (:mod:`analysis.actors`)
and ``issues`` (:func:`issue_terms`, matched by :mod:`analysis.framing` and :mod:`analysis.stance`).
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from analysis.corpus import read_manifest
from analysis.errors import CorpusError
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
    """The story lexicon of a corpus as a dict of sections (empty if the corpus has none), checked
    (:func:`read_lexicon`)."""
    found = find_story_lexicon(corpus_path)
    return read_lexicon(found) if found else {}


def read_lexicon(path: str | Path) -> dict:
    """A story lexicon file, its sections' shapes checked (:func:`check_lexicon`)."""
    return check_lexicon(read_yaml(path), path)


def _scalar(value) -> bool:
    return isinstance(value, (str, int, float)) and not isinstance(value, bool)


def check_lexicon(lexicon: dict, path: str | Path) -> dict:
    """``lexicon`` (read from ``path``) if each section has the shape its readers take, else a
    :class:`~analysis.errors.CorpusError` naming the file, the section and the entry: ``phrases``, a list of
    phrases, each a phrase or ``phrase: [variants]``; ``actors``, a mapping of actor to a list of aliases or to
    ``side`` and ``aliases``; ``issues`` (:func:`load_issues`); ``labels``, groups of labels, each a list of
    terms."""
    example = "see seeds/lexicon.yaml"

    def fail(problem: str):
        raise CorpusError(path, f"{problem}; {example}")

    phrases = lexicon.get("phrases")
    if phrases is not None:
        items = [{k: v} for k, v in phrases.items()] if isinstance(phrases, dict) else phrases
        if not isinstance(items, list):
            fail(f"'phrases:' must be a list of phrases, not {phrases!r}")
        for item in items:
            variants = next(iter(item.values())) if isinstance(item, dict) and len(item) == 1 else []
            if not (_scalar(item) or isinstance(item, dict) and len(item) == 1 and (
                    variants is None or _scalar(variants)
                    or isinstance(variants, list) and all(_scalar(v) for v in variants))):
                fail(f"'phrases:' entry {item!r} must be a phrase or 'phrase: [variants]'")
    actors = lexicon.get("actors")
    if actors is not None:
        if not isinstance(actors, dict):
            fail(f"'actors:' must map each actor to its aliases (or to side: and aliases:), not {actors!r}")
        for actor, spec in actors.items():
            aliases = spec if isinstance(spec, list) else (spec or {}).get("aliases") if isinstance(spec, dict) else 0
            side = spec.get("side") if isinstance(spec, dict) else None
            if not (spec is None or isinstance(spec, (list, dict))):
                fail(f"actor {actor!r}: give a list of aliases or side: and aliases:, not {spec!r}")
            if not (aliases is None or isinstance(aliases, list) and all(_scalar(a) for a in aliases)):
                fail(f"actor {actor!r}: 'aliases:' must be a list of names, not {aliases!r}")
            if not (side is None or _scalar(side)):
                fail(f"actor {actor!r}: 'side:' must be a name, not {side!r}")
    issues = lexicon.get("issues")
    if issues is not None and not isinstance(issues, dict):
        fail(f"'issues:' must map each issue to its proposition and words, not {issues!r}")
    try:
        load_issues(lexicon)
    except ValueError as exc:
        raise CorpusError(path, str(exc)) from None
    labels = lexicon.get("labels")
    if labels is not None:
        groups = labels if isinstance(labels, dict) else None
        if groups is None or not all(isinstance(g, dict) or g is None for g in groups.values()):
            fail(f"'labels:' must give groups of labels, each a list of terms (group: {{label: [terms]}}), "
                 f"not {labels!r}")
        for group, items in groups.items():
            for label, terms in (items or {}).items():
                if not (terms is None or isinstance(terms, list) and all(_scalar(t) for t in terms)):
                    fail(f"label {label!r} of group {group!r}: give a list of terms, not {terms!r}")
    return lexicon


def package_data(name: str) -> Path:
    """Path of a general list shipped with the package (``analysis/data/NAME``)."""
    return Path(str(resources.files("analysis.data").joinpath(name)))


@dataclass(frozen=True)
class Issue:
    """An issue of a story lexicon: the proposition positions are about, the terms that name what it is about,
    and the words saying that it happens (``for_words``) or that it does not (``against_words``)."""
    name: str
    proposition: str
    terms: tuple[str, ...]
    for_words: tuple[str, ...] = ()
    against_words: tuple[str, ...] = ()


def load_issues(lexicon: dict | None) -> list[Issue]:
    """The ``issues`` section of a story lexicon, in file order. An entry is either a proposition::

        tax cuts:
          proposition: Congress extends the tax cuts
          terms: [tax cuts, tax rates]
          for: [extend, make permanent]
          against: [expire, let lapse]

    or a bare list of terms (``issue: [terms]``), whose proposition is "<issue> goes ahead", with no words for or
    against. Raises ``ValueError`` naming the issue when an entry is neither."""
    issues = []
    for name, spec in ((lexicon or {}).get("issues") or {}).items():
        name = str(name)
        if isinstance(spec, dict):
            unknown = sorted(set(spec) - {"proposition", "terms", "for", "against"})
            if unknown:
                raise ValueError(f"lexicon issue {name!r}: unknown key {', '.join(map(repr, unknown))} (use "
                                 "proposition, terms, for, against)")
            words = {}
            for key in ("terms", "for", "against"):
                value = spec.get(key) or []
                if not isinstance(value, list):
                    raise ValueError(f"lexicon issue {name!r}: {key} must be a list of words, not {value!r}")
                words[key] = tuple(str(w) for w in value)
            issues.append(Issue(name, str(spec.get("proposition") or f"{name} goes ahead"), words["terms"],
                                words["for"], words["against"]))
        elif spec is None or isinstance(spec, list):
            issues.append(Issue(name, f"{name} goes ahead", tuple(str(t) for t in spec or [])))
        else:
            raise ValueError(f"lexicon issue {name!r}: give a list of terms or a proposition with terms, for, "
                             f"against (see seeds/lexicon.yaml), not {spec!r}")
    return issues


def issue_terms(lexicon: dict | None) -> list[tuple[str, str, str]]:
    """The terms of the ``issues`` section (:func:`load_issues`) as ``(term, issue, "issue")`` rows, in file
    order: the rows an :class:`analysis.actors.TermMatcher` takes, so ``TermMatcher(issue_terms(lex))`` finds
    every issue term of a text. An issue without terms gives no row."""
    return [(term, issue.name, "issue") for issue in load_issues(lexicon) for term in issue.terms]
