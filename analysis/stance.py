"""Stance on issues: which position an article attributes to which actor on which issue, with evidence.

For every sentence that names an issue of the story lexicon (``issues`` section, see
:func:`analysis.lexicon.issue_terms`) and holds a stance cue (``analysis/data/stance_cues.yaml``), the
stance class of the strongest cue (precedence: conditional, rejects, demands, proposes, open to: the file's
order) is attributed to one actor:

1. the cue is inside a direct or partial quote: the quote's speaker, unless an actor is named inside the
   quote before the cue with no first-person pronoun (I, we, our...) between them ("Russia is insisting
   that we give up territories" gives Russia ``demands``); ``attribution = speaker`` (or ``subject``);
   a cue of obligation (:data:`MODAL_CUES`: must, should, need...) inside a direct, partial or indirect
   quote is always the speaker's ("Ukraine must leave those territories," Putin declared: Putin demands);
2. otherwise the nearest actor mention before the cue in the sentence, taken as the grammatical subject
   of the cue verb (a word-order heuristic, no parser); ``attribution = subject``;
3. otherwise the speaker of an indirect quote that covers the cue; ``attribution = speaker``.

A sentence with no cue or no attributable actor gives no row. This is a transparent lexical heuristic in the
tradition of dictionary-based stance detection (cue classes after Biber & Finegan 1989 and Hyland 2005, see
the data file); every row carries the sentence offsets and the cue offsets so a reader can check it.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pandas as pd
import yaml

from analysis.actors import TermMatcher, actor_table
from analysis.corpus import Corpus
from analysis.lexicon import issue_terms, package_data
from analysis.quotes import QUOTATION_KINDS
from analysis.yamlfile import read_yaml

STANCE_COLUMNS = ["doc_id", "start", "end", "source", "actor", "side", "issue", "stance", "cue", "cue_start",
                  "cue_end", "attribution", "text"]
GRID_COLUMNS = ["actor", "side", "issue", "stance", "sentences", "documents", "sources", "evidence"]
MODAL_CUES = frozenset({"must", "should", "need", "needs", "needed", "have to", "has to"})
"""Cues of obligation: inside a quote they state the *speaker's* demand on whoever is named before them
("Ukraine must leave those territories," Putin declared: Putin demands)."""
_FIRST_PERSON = re.compile(r"(?i)\b(?:I|we|our|us|my|me)\b")


@lru_cache(maxsize=1)
def _default_cues() -> dict:
    return yaml.safe_load(package_data("stance_cues.yaml").read_text(encoding="utf-8")) or {}


def load_cues(path=None) -> dict:
    """Stance cue words ``{class: [cues]}`` in order of precedence (default: the package's data file)."""
    if path is None:
        return _default_cues()
    return read_yaml(path)


def stance(corpus: Corpus, lexicon: dict, quotes: pd.DataFrame | None = None, cues: dict | None = None) -> pd.DataFrame:
    """One row per sentence x issue with an attributed stance (columns :data:`STANCE_COLUMNS`).

    ``start, end``: the sentence (the evidence); ``cue_start, cue_end``: the cue word; ``text``: the sentence.
    Sorted by doc_id, start, issue.
    """
    cues = cues if cues is not None else load_cues()
    order = {cls: i for i, cls in enumerate(cues)}
    cue_m = TermMatcher((c, c, cls) for cls, words in cues.items() for c in (words or []))
    table = actor_table(lexicon)
    actor_m = TermMatcher(zip(table["alias"], table["actor"], table["side"]))
    sides = dict(zip(table["actor"], table["side"]))
    issue_m = TermMatcher(issue_terms(lexicon))
    texts = dict(zip(corpus.documents["doc_id"], corpus.documents["text"]))
    src = dict(zip(corpus.documents["doc_id"], corpus.documents["source"]))
    q = quotes if quotes is not None else pd.DataFrame(columns=["doc_id", "start", "end", "kind", "actor"])
    q = q[q["actor"].notna() & (q["actor"].astype(str) != "")]
    by_doc = {d: g for d, g in q.groupby("doc_id")}
    rows = []
    if not len(table):
        return pd.DataFrame(rows, columns=STANCE_COLUMNS)
    for doc_id, s0, s1 in corpus.sentences[["doc_id", "start", "end"]].itertuples(index=False):
        text = texts[doc_id]
        issues = sorted({i[3] for i in issue_m.finditer(text, s0, s1)})
        if not issues:
            continue
        found = cue_m.finditer(text, s0, s1)
        if not found:
            continue
        cue = min(found, key=lambda c: (order[c[4]], c[0]))
        cs, ce, cue_word, _, cls = cue
        mentions = actor_m.finditer(text, s0, s1)
        doc_q = by_doc.get(doc_id)
        actor = attribution = None
        quote = _covering(doc_q, cs, ce, QUOTATION_KINDS)
        reported = quote if quote is not None else _covering(doc_q, cs, ce, ("indirect",))
        if reported is not None and cue_word.lower() in MODAL_CUES:
            actor, attribution = reported["actor"], "speaker"
        elif quote is not None:
            inside = [m for m in mentions if m[0] >= quote["start"] and m[1] <= cs]
            if inside and not _FIRST_PERSON.search(text[inside[-1][1]:cs]):
                actor, attribution = inside[-1][3], "subject"
            else:
                actor, attribution = quote["actor"], "speaker"
        else:
            before = [m for m in mentions if m[1] <= cs]
            if before:
                actor, attribution = before[-1][3], "subject"
            else:
                ind = _covering(doc_q, cs, ce, ("indirect",))
                if ind is not None:
                    actor, attribution = ind["actor"], "speaker"
        if actor is None:
            continue
        side = sides.get(actor, "")
        for issue in issues:
            rows.append((doc_id, s0, s1, src[doc_id], actor, side, issue, cls, text[cs:ce], cs, ce, attribution,
                         " ".join(text[s0:s1].split())))
    out = pd.DataFrame(rows, columns=STANCE_COLUMNS)
    return out.sort_values(["doc_id", "start", "issue"], kind="mergesort").reset_index(drop=True)


def _covering(doc_q: pd.DataFrame | None, start: int, end: int, kinds) -> pd.Series | None:
    if doc_q is None:
        return None
    hit = doc_q[doc_q["kind"].isin(kinds) & (doc_q["start"] <= start) & (doc_q["end"] >= end)]
    return None if hit.empty else hit.sort_values(["start", "end"]).iloc[0]


def stance_grid(stance_table: pd.DataFrame) -> pd.DataFrame:
    """Actor x issue x stance: ``actor, side, issue, stance, sentences, documents, sources, evidence``;
    ``evidence`` lists ``doc_id:start-end`` of every sentence (the cell's proof). Sorted by actor, issue,
    sentences (descending), stance."""
    if stance_table.empty:
        return pd.DataFrame(columns=GRID_COLUMNS)
    rows = []
    for (actor, side, issue, cls), g in stance_table.groupby(["actor", "side", "issue", "stance"], sort=True):
        ev = "; ".join(f"{d}:{s}-{e}" for d, s, e in g[["doc_id", "start", "end"]].itertuples(index=False))
        rows.append((actor, side, issue, cls, len(g), g["doc_id"].nunique(), ", ".join(sorted(set(g["source"]))), ev))
    out = pd.DataFrame(rows, columns=GRID_COLUMNS)
    return out.sort_values(["actor", "issue", "sentences", "stance"], ascending=[True, True, False, True]).reset_index(drop=True)
