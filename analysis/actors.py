"""Actors: who a story is about, found by the aliases of a story lexicon, with offsets.

The ``actors`` section of a story lexicon (``lexicon.yaml`` beside the corpus, see :mod:`analysis.lexicon`)
maps each actor to a side and its aliases::

    actors:
      Pelosi: {side: Democrats, aliases: [Pelosi, Nancy Pelosi, the House speaker]}

* :func:`actor_table` flattens it to one row per alias;
* :func:`match_actor` names the actor of a short text (a speaker mention, a grammatical subject);
* :func:`mentions` finds every mention in a corpus, with ``doc_id, start, end`` into the raw text;
* :func:`discover_actors` drafts an actors section for a corpus that has none (:mod:`analysis.lexicon_draft`),
  each row labelled ``drafted``; :func:`discovered_lexicon` makes them a lexicon whose sides say so.

Matching is dictionary matching (the "dictionary approach" of content analysis, e.g. Grimmer & Stewart 2013,
*Text as Data*, section 5): an alias counts wherever its words occur, so "Washington" as a place name counts as a
mention of the US government. Whole words only; an alias that contains a capital letter matches
case-sensitively except for its first letter (so "the House speaker" finds "The House speaker");
an all-lower-case alias matches in any case. Overlapping aliases resolve to the longest one, and two mentions
of the same actor separated only by spaces ("House Speaker" + "Nancy Pelosi") merge into one.
"""

from __future__ import annotations

import re
from typing import Iterable
from functools import lru_cache

import pandas as pd

from analysis.corpus import Corpus

ACTOR_COLUMNS = ["alias", "actor", "side"]
MENTION_COLUMNS = ["doc_id", "start", "end", "alias", "actor", "side", "sent"]


# --- the lexicon as a table -------------------------------------------------------------------------------

def actor_table(lexicon: dict) -> pd.DataFrame:
    """One row per alias: ``alias, actor, side``, sorted by alias length (longest first), then alias.

    ``lexicon`` is a whole story lexicon (a dict with an ``actors`` section) or the ``actors`` section itself.
    Each actor's own name counts as one of its aliases. An actor without ``side`` gets side = its name. An
    alias given to two actors raises ``ValueError`` naming both (an alias must point to one actor).
    """
    lexicon = lexicon or {}
    section = lexicon["actors"] if "actors" in lexicon else (
        {} if any(k in lexicon for k in ("issues", "phrases")) else lexicon)
    rows: dict[str, tuple[str, str]] = {}
    for actor, spec in (section or {}).items():
        actor = str(actor)
        spec = spec or {}
        if isinstance(spec, list):  # short form: actor: [aliases]
            spec = {"aliases": spec}
        side = str(spec.get("side") or actor)
        for alias in [actor, *(spec.get("aliases") or [])]:
            alias = str(alias).strip()
            if not alias:
                continue
            if alias in rows and rows[alias][0] != actor:
                raise ValueError(f"lexicon actors: alias {alias!r} is given to both {rows[alias][0]!r} and {actor!r}; "
                                 "keep it under one actor")
            rows[alias] = (actor, side)
    table = pd.DataFrame([(a, act, s) for a, (act, s) in rows.items()], columns=ACTOR_COLUMNS)
    order = sorted(range(len(table)), key=lambda i: (-len(table["alias"][i]), table["alias"][i]))
    return table.iloc[order].reset_index(drop=True)


def _alias_pattern(alias: str) -> str:
    body = re.escape(alias).replace(r"\ ", r"\s+")
    if any(c.isupper() for c in alias):
        first = alias[0]
        if first.isalpha() and first.islower():
            body = f"[{first}{first.upper()}]" + body[len(re.escape(first)):]
        return body
    return f"(?i:{body})"


@lru_cache(maxsize=64)
def _compile(aliases: tuple[str, ...]) -> re.Pattern | None:
    if not aliases:
        return None
    ordered = sorted(aliases, key=lambda a: (-len(a), a))
    return re.compile(r"(?<![\w'])(?:" + "|".join(f"({_alias_pattern(a)})" for a in ordered) + r")(?!\w|-\w|\.\w)")


class _Matcher:
    """A compiled alternation of every alias (longest first), and the alias/actor/side of each group."""

    def __init__(self, table: pd.DataFrame, merge: bool = True):
        ordered = sorted(zip(table["alias"], table["actor"], table["side"]), key=lambda r: (-len(r[0]), r[0]))
        self.rows = ordered
        self.merge = merge
        self.pattern = _compile(tuple(r[0] for r in ordered))

    def finditer(self, text: str, start: int = 0, end: int | None = None):
        """``(start, end, alias, actor, side)`` of every non-overlapping mention, adjacent ones merged."""
        if self.pattern is None:
            return []
        end = len(text) if end is None else end
        found = []
        for m in self.pattern.finditer(text, start, end):
            alias, actor, side = self.rows[m.lastindex - 1]
            if self.merge and found and found[-1][3] == actor and not text[found[-1][1]:m.start()].strip():
                prev = found[-1]
                longer = alias if len(alias) >= len(prev[2]) else prev[2]
                found[-1] = (prev[0], m.end(), longer, actor, side)
                continue
            found.append((m.start(), m.end(), alias, actor, side))
        return found


_MATCHERS: dict[int, tuple[pd.DataFrame, _Matcher]] = {}


def _matcher(table: pd.DataFrame) -> _Matcher:
    key = id(table)
    cached = _MATCHERS.get(key)
    if cached is None or cached[0] is not table:
        cached = (table, _Matcher(table))
        _MATCHERS[key] = cached
    return cached[1]


class TermMatcher(_Matcher):
    """Whole-word matching of a term list with the alias rules above (longest first, capitalised terms
    case-sensitive): ``TermMatcher([(term, item, group), ...]).finditer(text, start, end)`` yields
    ``(start, end, term, item, group)``. Used for issues, labels, stance cues and frame indicators."""

    def __init__(self, rows):
        rows = list(dict.fromkeys((str(t), str(i), str(g)) for t, i, g in rows))
        seen: dict[str, tuple] = {}
        for t, i, g in rows:  # a term listed twice keeps its first item
            seen.setdefault(t, (t, i, g))
        table = pd.DataFrame(list(seen.values()), columns=["alias", "actor", "side"])
        super().__init__(table, merge=False)


def find_actors(text: str, table: pd.DataFrame) -> list[tuple[int, int, str, str, str]]:
    """Every actor mention in ``text`` as ``(start, end, alias, actor, side)``, in text order."""
    return list(_matcher(table).finditer(text))


def match_actor(text: str, table: pd.DataFrame) -> tuple[str, str] | None:
    """``(actor, side)`` of the longest alias found in ``text`` (ties: the first in the text), else ``None``.

    Meant for short texts such as a speaker mention ("Russian spokesman Dmitry Peskov" -> ``("Peskov",
    "Russia")``); on a long text it returns the actor with the longest alias, not the most frequent one.
    """
    if not isinstance(text, str) or not text or table is None or len(table) == 0:
        return None
    found = find_actors(text, table)
    if not found:
        return None
    best = max(found, key=lambda f: (f[1] - f[0], -f[0]))
    return best[3], best[4]


# --- mentions in a corpus ---------------------------------------------------------------------------------

def document_mentions(doc_id: str, text: str, sentences: Iterable[tuple[int, int, int]],
                      table: pd.DataFrame) -> list[tuple]:
    """The actor mentions of one document as :data:`MENTION_COLUMNS` rows (a pure function, also used by the
    streaming pipeline). ``sentences``: ``(sent, start, end)`` spans of its cleaned ``text``."""
    if not len(table):
        return []
    matcher = _matcher(table)
    return [(doc_id, start, end, alias, actor, side, sent)
            for sent, s0, s1 in sentences for start, end, alias, actor, side in matcher.finditer(text, s0, s1)]


def mentions(corpus: Corpus, lexicon: dict | pd.DataFrame) -> pd.DataFrame:
    """Every actor mention: ``doc_id, start, end, alias, actor, side, sent`` (``sent`` = sentence index).

    Matched in the cleaned text (same offsets as the raw text; curly apostrophes made straight), outside the
    spans cleaning removed. Sorted by ``doc_id, start``. Empty (with the columns) when the lexicon has no actors.
    """
    table = lexicon if isinstance(lexicon, pd.DataFrame) else actor_table(lexicon)
    sents = {d: list(g[["sent", "start", "end"]].itertuples(index=False, name=None))
             for d, g in corpus.sentences.groupby("doc_id", sort=False)}
    rows = []
    for doc_id, text in zip(corpus.documents["doc_id"], corpus.documents["text"]):
        rows += document_mentions(doc_id, text, sents.get(doc_id, []), table)
    out = pd.DataFrame(rows, columns=MENTION_COLUMNS)
    return out.sort_values(["doc_id", "start", "end"], kind="mergesort").reset_index(drop=True)


def mention_counts(mention_table: pd.DataFrame, corpus: Corpus) -> pd.DataFrame:
    """Mentions per source and actor: ``source, side, actor, mentions, documents, per_1k_words``.

    ``per_1k_words`` = mentions / word tokens of the source's documents x 1000. Sorted by source, then
    mentions (descending), then actor.
    """
    src = dict(zip(corpus.documents["doc_id"], corpus.documents["source"]))
    words = corpus.tokens.assign(source=lambda t: t["doc_id"].map(src)).groupby("source").size()
    m = mention_table.assign(source=mention_table["doc_id"].map(src))
    out = (m.groupby(["source", "side", "actor"], as_index=False)
           .agg(mentions=("start", "size"), documents=("doc_id", "nunique")))
    out["per_1k_words"] = (out["mentions"] / out["source"].map(words) * 1000).round(3)
    return out.sort_values(["source", "mentions", "actor"], ascending=[True, False, True]).reset_index(drop=True)


# --- discovery: a draft lexicon for a corpus that has none -----------------------------------------------

DRAFT_MAX_DOCUMENTS = 300
"""Above this many documents a corpus is taken for an archive of many stories, not one story: the tables draft
no actors for it (a drafted lexicon is one story's)."""


def discover_actors(corpus: Corpus, speakers: pd.DataFrame | None = None, min_mentions: int = 2) -> pd.DataFrame:
    """A drafted ``actors`` section for a corpus with no lexicon: ``actor, type, side, alias, mentions,
    documents, evidence, side_evidence, status``, status always ``drafted`` (a proposal for a person to check,
    not a result); ``side`` is the side the text suggests or ``unassigned``. The rules (names, aliases, types,
    sides, what is left out) are :func:`analysis.lexicon_draft.draft_actors`'s; ``speakers`` is a quotes table
    whose speakers count as evidence of a person."""
    from analysis.lexicon_draft import draft_actors

    return draft_actors(corpus, speakers=speakers, min_mentions=min_mentions)


def corpus_lexicon(corpus: Corpus) -> dict:
    """The story lexicon of a loaded corpus: the one its manifest names (``Corpus.lexicon_path``), else the one
    that sits with it (found from its documents' paths: the folder of a folder corpus, ``NAME.lexicon.yaml``
    beside a CSV/JSONL file), or ``{}``. For the command line, whose table functions get only the corpus;
    notebooks call :func:`analysis.lexicon.load_story_lexicon`."""
    from pathlib import Path

    from analysis.lexicon import load_story_lexicon, read_lexicon

    if corpus.lexicon_path:
        return read_lexicon(Path(corpus.lexicon_path))
    if not len(corpus.documents):
        return {}
    path = str(corpus.documents["path"].iloc[0])
    if " (record " in path:
        return load_story_lexicon(path.split(" (record ")[0])
    p = Path(path)
    return load_story_lexicon(p.parent) if p.is_file() else {}


def discovered_lexicon(discovered: pd.DataFrame, lexicon: dict | None = None) -> dict:
    """A story lexicon whose ``actors`` section is the drafted one (:func:`discover_actors`), for a corpus that
    has no actors yet; other sections of ``lexicon`` are kept. Each actor's side is its suggested side or
    ``unassigned``, followed by " (drafted)" ("Republican (drafted)", "unassigned (drafted)"), so every table
    and figure shows that it is a proposal, not a curated lexicon. An alias already given to an earlier (more
    mentioned) actor is not repeated. A lexicon that already has actors is returned unchanged."""
    lexicon = dict(lexicon or {})
    if lexicon.get("actors"):
        return lexicon
    seen: set[str] = set()
    section = {}
    for row in discovered.itertuples(index=False):
        if row.actor in seen:
            continue
        aliases = [a for a in row.alias.split("; ") if a and a not in seen]
        seen.update(aliases)
        seen.add(row.actor)
        side = getattr(row, "side", "") or "unassigned"
        section[row.actor] = {"side": f"{side} (drafted)", "aliases": aliases}
    lexicon["actors"] = section
    return lexicon


def is_drafted(lexicon: dict | None) -> bool:
    """True when the lexicon's actors are drafted (:func:`discovered_lexicon`), not curated."""
    section = (lexicon or {}).get("actors") or {}
    return bool(section) and all(str((spec or {}).get("side", "")).endswith(" (drafted)")
                                 for spec in section.values() if isinstance(spec, dict))
