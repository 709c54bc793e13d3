"""Reporting verbs: the list (``analysis/data/reporting_verbs.yaml``, lemma -> class) and :func:`cue_at`, the
cue (a reporting verb or "according to") that starts at a token, as a :class:`Cue`."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

import yaml

from analysis.lexicon import package_data
from analysis.quotes.tokens import CUE, POSSESSIVE_TOKENS, Words, lemma
from analysis.quotes.vocabulary import (CUE_NOUN_COMPOUNDS, FINITE_VERB_FORMS, IRREGULAR_PAST, NOUN_CONTEXT,
                                       PHRASAL_PARTICLES)

DEFAULT_VERBS = "reporting_verbs.yaml"


class Cue(NamedTuple):
    """A reporting verb found at a token: how many tokens it spans, its lemma (or multiword lemma phrase) as
    listed, and its class (neutral, contested, rejecting, ...)."""

    width: int
    lemma: str
    cls: str


ACCORDING_TO = "according to"
NOUN_CONTEXT_NUMBERS = frozenset(("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"))
COMPOUND_FIRSTS = frozenset(c.split()[0] for c in CUE_NOUN_COMPOUNDS)  # ("appeals" of "appeals court", "talking")


def load_reporting_verbs(path: str | Path | None = None) -> dict[str, str]:
    """``{lemma or multiword lemma phrase: class}`` from the YAML list (default: the package's list).

    A verb listed under two classes raises ``ValueError`` naming the verb and both classes.
    """
    path = Path(path) if path else package_data(DEFAULT_VERBS)
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    out: dict[str, str] = {}
    for cls, verbs in data.items():
        for verb in verbs or []:
            verb = " ".join(str(verb).lower().split())
            if verb in out and out[verb] != cls:
                raise ValueError(f"{path}: verb {verb!r} is listed under both {out[verb]!r} and {cls!r}; keep one")
            out[verb] = str(cls)
    return out


@lru_cache(maxsize=4)
def reporting_verbs(path: str | None = None) -> dict[str, str]:
    """:func:`load_reporting_verbs` of ``path``, read once per path."""
    return load_reporting_verbs(path)


def cue_at(w: Words, i: int, lo: int, hi: int, verbs: dict[str, str]) -> Cue | None:
    """The cue that starts at token ``i`` of the stretch ``lo`` to ``hi - 1``, if any (longest phrase
    first)."""
    # (the flag and token tests of Words.may_start_cue and Words.is_possessive, written out: this runs at
    # every token where a cue may start)
    if not w.fl[i] & CUE:
        return None  # not a letter, or no cue starts with this word
    low = w.low
    if i > lo and (low[i - 1] in NOUN_CONTEXT or w.txt[i - 1] in POSSESSIVE_TOKENS
                   or "-" in low[i - 1] and low[i - 1].endswith(("ed", "ing"))) \
            and not (low[i] in IRREGULAR_PAST and i - 2 > lo and low[i - 2] in ("in", "of")
                     and (low[i - 1][:1].isdigit() or low[i - 1] in NOUN_CONTEXT_NUMBERS)):
        return None  # "the states", "his claims", "Steele's comments", "tea party-inspired challenges": a noun
        # (not a past tense after a share: "Two in three said", "four out of 10 said")
    if low[i] == "according" and i + 1 < hi and low[i + 1] == "to":
        return Cue(2, ACCORDING_TO, "neutral")
    lem = lemma(w.txt[i])
    if i > lo and low[i - 1] in COMPOUND_FIRSTS and f"{low[i - 1]} {low[i]}" in CUE_NOUN_COMPOUNDS:
        return None  # the second half of a compound noun: "sent talking points to the caucus"
    if i + 1 < hi:
        two = f"{lem} {low[i + 1]}"
        if two in verbs:
            return Cue(2, two, verbs[two])
        if low[i + 1] in PHRASAL_PARTICLES:
            return None  # another verb: "bills put forth", "called off the talks"
        if low[i] in COMPOUND_FIRSTS and f"{low[i]} {low[i + 1]}" in CUE_NOUN_COMPOUNDS:
            return None  # a compound noun: "two liberal federal appeals courts"
    if lem in verbs:
        return Cue(1, lem, verbs[lem])
    if low[i] in verbs:
        return Cue(1, low[i], verbs[low[i]])
    return None


def is_verb_form(w: str) -> bool:
    """A finite-looking verb form (said, says, told, warned, added), not a bare noun-like form nor a possessive
    ("state's", "report's") (``w``: a token's ``low``)."""
    return (w.endswith(("ed", "s")) and not w.endswith(("'s", "\u2019s"))) or w in FINITE_VERB_FORMS


def is_bare_form(w: str) -> bool:
    """A form that is neither past nor third person nor a participle ("claim", "note")."""
    return not w.endswith(("ed", "s", "ing")) and w not in IRREGULAR_PAST
