"""Actors: who a story is about, found by the aliases of a story lexicon, with offsets.

The ``actors`` section of a story lexicon (``lexicon.yaml`` beside the corpus, see :mod:`analysis.lexicon`)
maps each actor to a side and its aliases::

    actors:
      Zelensky: {side: Ukraine, aliases: [Zelensky, Zelenskyy, the Ukrainian president]}

* :func:`actor_table` flattens it to one row per alias;
* :func:`match_actor` names the actor of a short text (a speaker mention, a grammatical subject);
* :func:`mentions` finds every mention in a corpus, with ``doc_id, start, end`` into the raw text;
* :func:`discover_actors` drafts an actors section for a corpus that has none (capitalised name sequences,
  titles such as "President X", and the speakers found by the quote step), each row labelled ``discovered``.

Matching is dictionary matching (the "dictionary approach" of content analysis, e.g. Grimmer & Stewart 2013,
*Text as Data*, section 5): an alias counts wherever its words occur, so "Kyiv" as a place name counts as a
mention of the Ukrainian side. Whole words only; an alias that contains a capital letter matches
case-sensitively except for its first letter (so "the Ukrainian president" finds "The Ukrainian president");
an all-lower-case alias matches in any case. Overlapping aliases resolve to the longest one, and two mentions
of the same actor separated only by spaces ("Ukrainian President" + "Volodymyr Zelensky") merge into one.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Iterable
from functools import lru_cache

import pandas as pd
import yaml

from analysis.corpus import Corpus
from analysis.lexicon import package_data

ACTOR_COLUMNS = ["alias", "actor", "side"]
MENTION_COLUMNS = ["doc_id", "start", "end", "alias", "actor", "side", "sent"]
DISCOVERY_COLUMNS = ["actor", "side", "alias", "mentions", "documents", "evidence", "status"]


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

def _titles(use: str) -> tuple[str, ...]:
    """The entries of the package's one titles list (``analysis/data/titles.yaml``) that serve ``use``, as
    written there."""
    data = yaml.safe_load(package_data("titles.yaml").read_text(encoding="utf-8"))
    return tuple(t for t, uses in data["titles"].items() if use in uses)


TITLES = _titles("introduces")
"""Titles and roles that introduce a person's name in news copy ("President X", "spokesman X"), matched as
written."""

_NAME = r"[A-ZÀ-Þ][\w'’\-]+(?:\s+(?:(?:von|van|der|de|la|al|bin|da)\s+)*[A-ZÀ-Þ][\w'’\-]+)*"
_TITLED = re.compile(r"\b(?:" + "|".join(re.escape(t) for t in sorted(TITLES, key=len, reverse=True))
                     + r")\s+(" + _NAME + ")")
_CAPSEQ = re.compile(r"(?<![\w'])(" + _NAME + ")")
_NOT_NAMES = frozenset("""a an and the but or if in on at of for to from by with as this that these those it its
he she they we i you his her their our my your there here when while after before during since however meanwhile
although though despite also still yet so then on monday tuesday wednesday thursday friday saturday sunday
january february march april may june july august september october november december""".split())


_NAME_PARTICLES = frozenset({"de", "da", "del", "der", "van", "von", "bin", "al", "el", "la", "le", "di", "du", "of"})


def _looks_like_name(text: str) -> bool:
    """A proper name as a quoted speaker: 1-4 words, each capitalised (name particles such as "von" aside),
    no punctuation but hyphens, apostrophes and full stops ("Another man, not seen on camera" and "Political
    observers" are descriptions, not names)."""
    words = text.split()
    if not 1 <= len(words) <= 4 or not words[0][0].isupper():
        return False
    return all((w[0].isupper() or w in _NAME_PARTICLES) and all(c.isalpha() or c in "-'." for c in w) for w in words)


def discover_actors(corpus: Corpus, speakers: pd.DataFrame | None = None, min_mentions: int = 2) -> pd.DataFrame:
    """A draft ``actors`` section for a corpus with no lexicon: ``actor, side, alias, mentions, documents,
    evidence, status``, status always ``discovered`` (a proposal for a person to check, not a result).

    Candidates: (1) names after a title or role ("President Volodymyr Zelensky", "spokesman Dmitry Peskov");
    (2) sequences of two or more capitalised words not at a sentence start; (3) the ``speaker`` strings of
    ``speakers`` (e.g. :func:`analysis.quotes.quotes_table`), when given. Shorter forms of a name join it
    (:func:`_name_groups`); a person's surname alone is an alias too ("Zelensky" for "Volodymyr Zelensky")
    unless another candidate ends in the same word. Kept when mentioned at
    least ``min_mentions`` times in the corpus (a titled name or a quoted speaker once is enough). ``side`` is
    left empty for the user to fill. ``evidence``: ``doc_id:start-end`` of the first occurrence.
    Sorted by mentions (descending), then actor.
    """
    texts = dict(zip(corpus.documents["doc_id"], corpus.documents["text"]))
    titled: Counter = Counter()
    found: dict[str, list[tuple[str, int, int]]] = {}

    def add(name: str, doc_id: str, s: int, e: int) -> None:
        found.setdefault(name, []).append((doc_id, s, e))

    body = corpus.sentences[corpus.sentences["kind"] != "heading"]
    for doc_id, sent_start, sent_end in body[["doc_id", "start", "end"]].itertuples(index=False):
        text = texts[doc_id]
        for m in _TITLED.finditer(text, sent_start, sent_end):
            name = _after_title(_trim_name(m.group(1)))
            if name:
                titled[name] += 1
                s = m.start(1) + m.group(1).find(name)
                add(name, doc_id, s, s + len(name))
        for m in _CAPSEQ.finditer(text, sent_start, sent_end):
            if m.start() == sent_start:
                continue
            name = _after_title(_trim_name(m.group(1)))
            if name and " " in name:
                s = m.start(1) + m.group(1).find(name)
                add(name, doc_id, s, s + len(name))
    spoken: Counter = Counter()
    if speakers is not None and len(speakers) and "speaker" in speakers:
        for row in speakers.dropna(subset=["speaker"]).itertuples(index=False):
            name = _trim_name(str(row.speaker))
            if _looks_like_name(name):
                spoken[name] += 1
                s = getattr(row, "speaker_start", None)
                if pd.notna(s) and s != "":
                    add(name, row.doc_id, int(s), int(getattr(row, "speaker_end")))
    groups = _name_groups(list(found))
    shared_last = Counter(rep.split()[-1] for rep in groups)
    rows = []
    for rep, names in groups.items():
        last = rep.split()[-1]
        occurrences = []
        for n in names:
            occurrences += found[n]
        is_person = any(titled[x] or spoken[x] for x in names)
        if is_person and shared_last[last] == 1:  # a person is also named by the surname alone ("Zelensky")
            pattern = re.compile(r"(?<![\w'])" + re.escape(last) + r"(?!\w)")
            bare = [(d, m.start(), m.end()) for d, t in texts.items() for m in pattern.finditer(t)]
            spans = {(d, s, e) for d, s, e in occurrences}
            covered = lambda d, s, e: any(d == d2 and s2 <= s and e <= e2 for d2, s2, e2 in spans)  # noqa: E731
            occurrences += [o for o in bare if not covered(*o)]
        occurrences = sorted(set(occurrences))
        n = len(occurrences)
        if n < min_mentions and not is_person:
            continue
        actor = max(names, key=lambda x: (len(x.split()), len(found[x]), x))
        aliases = sorted(names | ({last} if is_person and shared_last[last] == 1 and last != actor and len(last) > 3
                                  else set()))
        first = occurrences[0]
        rows.append((actor, "", "; ".join(aliases), n, len({o[0] for o in occurrences}),
                     f"{first[0]}:{first[1]}-{first[2]}", "discovered"))
    out = pd.DataFrame(rows, columns=DISCOVERY_COLUMNS)
    return out.sort_values(["mentions", "actor"], ascending=[False, True]).reset_index(drop=True)


def _name_groups(names: list[str]) -> dict[str, set[str]]:
    """Candidate names grouped as one actor: a name joins a longer one when its words are a subsequence of
    the longer name's words ending on the same word ("Michael Steele" and "Steele" join "Chairman Michael
    Steele"), and only when exactly one longer name fits; two different multiword names never merge ("NBC News"
    and "ABC News", "Republican National Committee" and "Democratic National Committee", "Joe Biden" and
    "Hunter Biden": a shared last word is not the same actor). Returns ``{longest name: names}``."""

    def within(short: list[str], long: list[str]) -> bool:
        if short[-1] != long[-1] or len(short) >= len(long):
            return False
        it = iter(long)
        return all(w in it for w in short)

    groups: dict[str, set[str]] = {}
    for name in sorted(names, key=lambda n: (-len(n.split()), n)):
        words = name.split()
        homes = [rep for rep in groups if within(words, rep.split())]
        if len(homes) == 1:
            groups[homes[0]].add(name)
        else:
            groups[name] = {name}
    return groups


_TITLE_WORDS = frozenset(t[:1].upper() + t[1:] for t in _titles("title"))
"""Title words after which a discovered name starts, capitalised."""


def _after_title(name: str) -> str:
    """The part of a capitalised sequence after its last title word: "UK Prime Minister Sir Keir Starmer"
    -> "Keir Starmer" (unchanged when the title is the last word)."""
    words = name.split()
    cut = max((i for i, w in enumerate(words[:-1]) if w in _TITLE_WORDS), default=-1)
    return " ".join(words[cut + 1:])


def _trim_name(name: str) -> str:
    """Drop possessive endings and leading/trailing function words from a candidate name."""
    name = re.sub(r"['’]s?$", "", name.strip())
    words = name.split()
    while words and words[0].lower() in _NOT_NAMES:
        words = words[1:]
    while words and words[-1].lower() in _NOT_NAMES:
        words = words[:-1]
    return " ".join(words)


def lexicon_draft(discovered: pd.DataFrame) -> str:
    """The discovered actors as a YAML ``actors:`` section to paste into ``lexicon.yaml`` and edit."""
    lines = ["actors:  # discovered: check each one, fill in its side, merge duplicates"]
    for row in discovered.itertuples(index=False):
        aliases = ", ".join(a for a in row.alias.split("; "))
        lines.append(f"  {row.actor}: {{side: , aliases: [{aliases}]}}  # {row.mentions} mentions, e.g. {row.evidence}")
    return "\n".join(lines) + "\n"


def corpus_lexicon(corpus: Corpus) -> dict:
    """The story lexicon that sits with a loaded corpus (found from its documents' paths: the folder of a
    folder corpus, ``NAME.lexicon.yaml`` beside a CSV/JSONL file), or ``{}``. For the command line, whose
    table functions get only the corpus; notebooks call :func:`analysis.lexicon.load_story_lexicon`."""
    from pathlib import Path

    from analysis.lexicon import load_story_lexicon

    if not len(corpus.documents):
        return {}
    path = str(corpus.documents["path"].iloc[0])
    if " (record " in path:
        return load_story_lexicon(path.split(" (record ")[0])
    p = Path(path)
    return load_story_lexicon(p.parent) if p.is_file() else {}


def discovered_lexicon(discovered: pd.DataFrame, lexicon: dict | None = None) -> dict:
    """A story lexicon whose ``actors`` section is the discovered draft (each actor its own side, named
    "ACTOR (discovered)" so every table and figure shows it is a proposal), for a corpus that has no actors yet; other sections of ``lexicon`` are kept. A lexicon that
    already has actors is returned unchanged."""
    lexicon = dict(lexicon or {})
    if lexicon.get("actors"):
        return lexicon
    seen: set[str] = set()
    section = {}
    for row in discovered.itertuples(index=False):
        aliases = [a for a in row.alias.split("; ") if a and a not in seen]
        seen.update(aliases)
        seen.add(row.actor)
        section[row.actor] = {"side": f"{row.actor} (discovered)", "aliases": aliases}
    lexicon["actors"] = section
    return lexicon
