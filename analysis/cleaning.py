"""Cleaning that never loses the raw text.

Every document keeps its raw file text. The analysed text (``Document.text``) is derived from it in two
steps, both of which keep **the same length as the raw text**, so that any offset into the analysed text is
also an offset into the raw text (``raw[start:end]`` is always the evidence):

1. :func:`normalise` maps characters one to one: curly quotes and apostrophes to straight ones, every dash
   to one dash (hyphens to ``-``, en/em dashes and bars to ``—``), exotic spaces and tabs to a plain space.
2. :func:`apply_rules` blanks out (replaces with spaces) the spans matched by the cleaning rules (promo lines,
   widget text, lone punctuation, front matter) and logs each removal as a :class:`Removal`.

Rules are data (``analysis/data/cleaning_rules.yaml``); users add their own file of the same shape.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import regex
import yaml

from analysis.errors import CorpusError

# One-to-one character map (length preserving). Sources: Unicode General Punctuation block.
_CHAR_MAP = {
    # apostrophes and single quotes
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u02bc": "'",
    # double quotes (guillemets included: they open and close quotations in translated text)
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"', "\u00ab": '"', "\u00bb": '"',
    # hyphens join words; dashes separate them
    "\u2010": "-", "\u2011": "-",
    "\u2012": "\u2014", "\u2013": "\u2014", "\u2015": "\u2014", "\u2212": "\u2014",
    # spaces
    "\t": " ", "\r": " ", "\u00a0": " ", "\u2007": " ", "\u2009": " ", "\u200a": " ", "\u202f": " ",
    "\u2002": " ", "\u2003": " ", "\u2004": " ", "\u2005": " ", "\u2006": " ", "\u2008": " ",
    "\u205f": " ", "\u3000": " ", "\ufeff": " ", "\u200b": " ",
    # NUL, which no text holds on purpose and which CSV readers take as the end of a cell
    "\x00": " ",
}

DEFAULT_RULES = "cleaning_rules.yaml"


@dataclass(frozen=True)
class Rule:
    """A cleaning rule: a multiline regular expression whose matches are not article text. A rule from a user's
    file (``origin`` names it) is compiled by the ``regex`` package, whose syntax is the standard library's
    (``VERSION0``), and searched with a time limit of ``timeout`` seconds per document: a pattern that
    backtracks without end (``(a+)+$``) stops the run with a message instead of hanging it. ``requires``: text
    that every match holds (YAML ``requires:``); a document without it is not searched."""

    name: str
    pattern: re.Pattern
    why: str = ""
    origin: str = ""
    timeout: float | None = None
    requires: str = ""


USER_RULE_SECONDS = 5.0
"""Time limit of one user rule on one document (the default rules take milliseconds on the longest article)."""


@dataclass(frozen=True)
class Removal:
    """One logged cleaning step: ``raw[start:end] == text`` was removed by ``rule``."""

    start: int
    end: int
    rule: str
    text: str


def normalise(raw: str) -> str:
    """Return ``raw`` with quotes, dashes and spaces unified, character for character (same length).

    One ``str.replace`` per character of the map that occurs in the text: ``str.translate`` with a dict
    calls back into Python for every character, which costs many times more."""
    for char, replacement in _CHAR_MAP.items():
        if char in raw:
            raw = raw.replace(char, replacement)
    return raw


def load_rules(extra: str | Path | None = None) -> list[Rule]:
    """Load the package's default rules, then the rules of ``extra`` (a YAML file of the same shape)."""
    with resources.files("analysis.data").joinpath(DEFAULT_RULES).open(encoding="utf-8") as fh:
        rules = _parse_rules(yaml.safe_load(fh), DEFAULT_RULES)
    if extra is not None:
        path = Path(extra)
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except yaml.YAMLError as exc:
            raise CorpusError(path, f"the cleaning rules are not valid YAML: {exc}") from exc
        except OSError as exc:
            raise CorpusError(path, f"cannot read the cleaning rules: {exc.strerror}") from exc
        rules += _parse_rules(data, path, user=True)
    return rules


def _parse_rules(data, origin, user: bool = False) -> list[Rule]:
    if not isinstance(data, dict) or not isinstance(data.get("rules"), list):
        raise CorpusError(origin, "a rules file needs a top-level 'rules:' list of {name, pattern, why}")
    rules = []
    for i, item in enumerate(data["rules"], 1):
        if not isinstance(item, dict) or "name" not in item or "pattern" not in item:
            raise CorpusError(origin, f"rule {i} needs a 'name' and a 'pattern'")
        if not isinstance(item["pattern"], str) or not isinstance(item["name"], str):
            raise CorpusError(origin, f"rule {i}: 'name' and 'pattern' must be text (quote the pattern), not "
                              f"{item['name']!r} and {item['pattern']!r}")
        try:
            if user:
                pattern = regex.compile(item["pattern"], regex.MULTILINE | regex.VERSION0)
            else:
                pattern = re.compile(item["pattern"], re.MULTILINE)
        except (re.error, regex.error) as exc:
            raise CorpusError(origin, f"rule {item['name']!r}: bad regular expression: {exc}") from None
        rules.append(Rule(item["name"], pattern, str(item.get("why", "")), str(origin),
                          USER_RULE_SECONDS if user else None, str(item.get("requires", ""))))
    return rules


def blank(text: str, start: int, end: int) -> str:
    """Replace ``text[start:end]`` by spaces, keeping newlines (so line structure and length survive)."""
    span = "".join("\n" if ch == "\n" else " " for ch in text[start:end])
    return text[:start] + span + text[end:]


def apply_rules(raw: str, text: str, rules: list[Rule]) -> tuple[str, list[Removal]]:
    """Blank out every match of every rule in ``text``; return the new text and the removals, in text order.

    A pattern with a group named ``cut`` removes only that group: the rest of the match is context that
    stays article text (the name a hover card repeats, for instance).

    ``raw`` is the untouched file text, used only to log what was removed exactly as it was written.
    Rules run in order, each on the text the previous ones left, so a removal is logged once.
    """
    removals: list[Removal] = []
    line_starts = None  # blanking keeps every newline, so the lines start where they did for every rule
    for rule in rules:
        if rule.requires and rule.requires not in text:
            continue
        if rule.timeout is not None:
            matches = _timed_matches(rule, text)
        elif _line_anchored(rule.pattern):
            if line_starts is None:
                line_starts = [0, *(m.end() for m in _NEWLINE.finditer(text))]
            matches = list(_matches_at(rule.pattern, text, line_starts))
        else:
            matches = list(rule.pattern.finditer(text))
        for match in matches:
            start, end = match.span("cut") if "cut" in match.re.groupindex else match.span()
            if not text[start:end].strip():
                continue
            removals.append(Removal(start, end, rule.name, raw[start:end]))
            text = blank(text, start, end)
    removals.sort(key=lambda r: (r.start, r.end, r.rule))
    return text, removals


def _timed_matches(rule: Rule, text: str) -> list:
    """``rule.pattern.finditer(text)`` within ``rule.timeout`` seconds, else :class:`CorpusError`."""
    try:
        return list(rule.pattern.finditer(text, timeout=rule.timeout))
    except TimeoutError:
        raise CorpusError(rule.origin, f"rule {rule.name!r} searched one document for more than {rule.timeout:g} s: "
                          "its pattern backtracks without end (nested repeats such as (a+)+); rewrite it") from None


_NEWLINE = re.compile("\n")


@lru_cache(maxsize=256)
def _line_anchored(pattern: re.Pattern) -> bool:
    """Whether every match of ``pattern`` starts a line: a multiline pattern whose parsed form begins with
    ``^`` outside any alternative (``^a|b`` does not qualify). The parse is the standard library's own
    (``re._parser``); should it ever be missing, every pattern is searched the ordinary way."""
    parser = getattr(re, "_parser", None)
    if parser is None or not pattern.flags & re.MULTILINE or not isinstance(pattern.pattern, str):
        return False
    items = parser.parse(pattern.pattern, pattern.flags)
    return len(items) > 0 and items[0] == (parser.AT, parser.AT_BEGINNING)


def _matches_at(pattern: re.Pattern, text: str, line_starts: list[int]):
    """``pattern.finditer(text)`` for a line-anchored pattern, tried only at the line starts: the regex
    engine would try it at every character, which for the default rules is most of the cost of cleaning. The next match is looked for where the previous one ended, as ``finditer``
    does; from an empty match on, ``finditer`` itself goes on (it may find a longer match at the same place)."""
    resume = 0
    for start in line_starts:
        if start < resume:
            continue
        m = pattern.match(text, start)
        if m is None:
            continue
        if m.end() == start:
            yield from pattern.finditer(text, start)
            return
        yield m
        resume = m.end()


def display_text(text: str) -> str:
    """The analysed text made readable: trailing spaces dropped, at most one blank line in a row."""
    lines = [line.rstrip() for line in text.split("\n")]
    out = re.sub(r"\n{3,}", "\n\n", "\n".join(lines))
    return re.sub(r"[ ]{2,}", " ", out).strip()
