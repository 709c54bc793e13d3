"""The same quote across outlets: quotations (and reported-speech paraphrases) that render one utterance in
different words, grouped, with what each version adds, drops or changes.

Input: a quotes table with one row per quotation, ``doc_id, start, end`` (the quoted words without their
quotation marks), ``text``, ``speaker`` and optionally ``actor`` (as :func:`analysis.quotes.quotes_table`
writes it), plus the corpus (for each quote's sentence and for the word weights).

**Words compared.** Each quote becomes the set of its content-word lemmas (project tokenizer, lemmas and
stopwords, with negations such as *no*, *not*, *never* kept because "no right" and "right" are opposite
claims). Each word ``w`` is weighted by its inverse document frequency over the corpus,
``idf(w) = ln((1 + n) / (1 + df(w))) + 1`` (the smoothed idf of scikit-learn), so words every article uses
("Ukraine") count less than rare ones ("moral").

**Score.** The weighted overlap coefficient (Szymkiewicz-Simpson coefficient, weighted by idf):
``overlap(A, B) = idf(A & B) / min(idf(A), idf(B))`` where ``idf(X)`` sums the weights of the words of X.
Taking the smaller side means a trimmed quote that keeps only part of a longer one still scores 1.

**Thresholds** (module constants, tuned on the seed corpus and the unit tests):

* two quotes match when they share at least :data:`MIN_SHARED` content words **and** ``overlap >=``
  :data:`THRESHOLD` (0.5: at least half of the shorter quote's weight), or when they share at least
  :data:`MANY_SHARED` words with ``overlap >=`` :data:`THRESHOLD_MANY` (many shared words are strong
  evidence even when one version is much longer);
* a *partial* quote (at most :data:`SHORT` content words, e.g. "no right") matches a longer quote of another
  outlet when all its words occur in it and its **sentence** (the paraphrase around the fragment) matches the
  longer quote by the rule above;
* a reported-speech sentence (one holding an ``indirect`` row of the quotes table, or a reporting verb of
  :data:`REPORTING_VERBS`, and no quotation marks) joins a group as a *paraphrase* when it matches one of the
  group's quotes with at least :data:`MIN_SHARED_PARAPHRASE` shared words and ``overlap >=``
  :data:`THRESHOLD_PARAPHRASE` (stricter, because a sentence is longer than a quote); at most one per
  document and group. Paraphrases never start a group;
* quotes of one document inside one sentence ("fine" ... "little disappointed that ...") are one report
  and always share a group;
* quotes whose ``actor`` (resolved by the story lexicon) differs never match; the free-text ``speaker`` is
  too noisy to veto a match, so without an actor column speakers do not block.

Quote kinds (``kind`` column of the quotes table): ``direct`` rows are quotes, ``partial`` and ``scare``
rows are partial quotes, ``indirect`` rows only mark reported-speech sentences, ``title`` rows are ignored.
A table without a ``kind`` column is taken as all direct quotes.

Groups are the connected components of the quote matches (single linkage); a group is reported when it spans
at least two documents. The **reference** version of a group is its longest quote (most content words).
For every version, :class:`difflib.SequenceMatcher` aligns its tokens with the reference's: ``changes`` lists
short replaced runs (``reference words -> version words``), ``adds`` the remaining content words only the
version has, ``drops`` the content words of the reference it leaves out, ``coverage`` the share of the
reference's content words it keeps.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from difflib import SequenceMatcher

import pandas as pd

from analysis import text as textlib
from analysis.compare import _tokens
from analysis.compare.diff import diff_markup
from analysis.corpus import Corpus

THRESHOLD = 0.5
MIN_SHARED = 3
THRESHOLD_MANY = 0.4
MANY_SHARED = 5
SHORT = 3
THRESHOLD_PARAPHRASE = 0.6
MIN_SHARED_PARAPHRASE = 4
MAX_CHANGE = 4
REPORTING_VERBS = frozenset({
    "said", "says", "say", "told", "tell", "tells", "added", "adds", "noted", "notes", "insisted", "insists",
    "stressed", "claimed", "claims", "wrote", "declared", "warned", "argued", "stated", "reiterated",
    "emphasised", "emphasized", "underscored", "acknowledged", "ruled", "countered", "suggested",
})
"""Verbs that make a sentence reported speech (for paraphrase rows); a plain list, extend as needed."""

VARIANT_COLUMNS = ["group_id", "doc_id", "source", "start", "end", "text", "speaker", "form", "is_reference",
                   "score", "coverage", "adds", "drops", "changes", "context_start", "context_end"]
_QUOTE_CHARS = re.compile(r"[\"“”„«»]")


def _idf(corpus: Corpus) -> dict[str, float]:
    n = len(corpus)
    df: dict[str, int] = defaultdict(int)
    for text in corpus.documents["text"]:
        for w in set(_tokens.content_lemmas(text, keep_negations=True)):
            df[w] += 1
    return defaultdict(lambda: math.log((1 + n) / 1) + 1, {w: math.log((1 + n) / (1 + d)) + 1 for w, d in df.items()})


def _weight(words: set[str], idf) -> float:
    return sum(idf[w] for w in words)


def overlap(a: set[str], b: set[str], idf) -> tuple[float, int]:
    """Weighted overlap coefficient of two word sets and the number of shared words (see module docstring)."""
    shared = a & b
    low = min(_weight(a, idf), _weight(b, idf))
    return (_weight(shared, idf) / low if low > 0 else 0.0), len(shared)


def _speaker_key(row) -> str:
    v = row.get("actor")
    return v.strip().lower() if isinstance(v, str) else ""


def _context(corpus: Corpus, doc_id: str, start: int, end: int) -> tuple[int, int]:
    s = corpus.sentences
    s = s[(s["doc_id"] == doc_id) & (s["end"] > start) & (s["start"] < end)]
    return (int(s["start"].min()), int(s["end"].max())) if len(s) else (start, end)


def _matches(a: dict, b: dict, idf) -> str | None:
    if a["doc_id"] == b["doc_id"]:
        return None
    if a["speaker_key"] and b["speaker_key"] and a["speaker_key"] != b["speaker_key"]:
        return None
    score, shared = overlap(a["words"], b["words"], idf)
    if (shared >= MIN_SHARED and score >= THRESHOLD) or (shared >= MANY_SHARED and score >= THRESHOLD_MANY):
        return "quote"
    short, long_ = (a, b) if len(a["words"]) <= len(b["words"]) else (b, a)
    if (0 < len(short["words"]) <= SHORT and short["words"] <= long_["words"]
            and short["words"] - _tokens.NEGATIONS):
        score, shared = overlap(short["context_words"], long_["words"], idf)
        if (shared >= MIN_SHARED and score >= THRESHOLD) or (shared >= MANY_SHARED and score >= THRESHOLD_MANY):
            return "partial"
    return None


def _diff(reference: str, version: str) -> tuple[str, str, str]:
    ta, tb = textlib.tokens(reference), textlib.tokens(version)
    sm = SequenceMatcher(None, [t.lower() for t in ta], [t.lower() for t in tb], autojunk=False)
    changes, explained_a, explained_b = [], set(), set()
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op == "replace" and i2 - i1 <= MAX_CHANGE and j2 - j1 <= MAX_CHANGE:
            old, new = ta[i1:i2], tb[j1:j2]
            if any(_tokens.is_content(t, True) for t in old + new):
                changes.append(f"{' '.join(old)} -> {' '.join(new)}")
                explained_a |= {textlib.lemma(t) for t in old}
                explained_b |= {textlib.lemma(t) for t in new}
    ref_words = list(dict.fromkeys(_tokens.content_lemmas(reference, True)))
    ver_words = list(dict.fromkeys(_tokens.content_lemmas(version, True)))
    adds = [w for w in ver_words if w not in ref_words and w not in explained_b]
    drops = [w for w in ref_words if w not in ver_words and w not in explained_a]
    return "; ".join(adds), "; ".join(drops), "; ".join(changes)


def _paraphrase_candidates(corpus: Corpus, indirect: pd.DataFrame) -> list[dict]:
    sents = corpus.sentences[["doc_id", "start", "end", "text"]]
    marked = set()
    for doc_id, start, end in indirect[["doc_id", "start", "end"]].itertuples(index=False):
        hit = sents[(sents["doc_id"] == str(doc_id)) & (sents["end"] > int(start)) & (sents["start"] < int(end))]
        marked |= set(hit.index)
    out = []
    for i, (doc_id, start, end, text) in zip(sents.index, sents.itertuples(index=False)):
        if _QUOTE_CHARS.search(text):
            continue
        if i in marked or {t.lower() for t in textlib.tokens(text)} & REPORTING_VERBS:
            out.append({"doc_id": doc_id, "start": int(start), "end": int(end),
                        "words": set(_tokens.content_lemmas(text, True))})
    return out


def quote_variants(quotes: pd.DataFrame, corpus: Corpus, paraphrases: bool = True) -> pd.DataFrame:
    """Group the quotes of ``quotes`` that render one utterance; :data:`VARIANT_COLUMNS`, one row per version.

    ``form`` is ``quote``, ``partial`` (a short fragment matched through its sentence) or ``paraphrase``
    (reported speech without quotation marks; ``start, end`` then span the sentence). ``score`` is the
    weighted overlap with the reference version (1 for the reference). ``context_start, context_end`` span
    the sentence(s) around the version. Groups are numbered from 1 by number of documents (most first), then
    by first occurrence in corpus order; rows within a group by corpus order, then ``start``.
    Empty (with these columns) when no utterance is quoted by two documents.
    """
    idf = _idf(corpus)
    order = {d: i for i, d in enumerate(corpus.doc_ids)}
    sources = dict(zip(corpus.documents["doc_id"], corpus.documents["source"]))
    kinds = quotes["kind"] if "kind" in quotes else pd.Series("direct", index=quotes.index)
    indirect = quotes[kinds == "indirect"]
    quoted = quotes[kinds.isin(["direct", "partial", "scare"])]
    items = []
    for row, kind in zip(quoted.to_dict("records"), kinds[quoted.index]):
        doc_id, start, end = str(row["doc_id"]), int(row["start"]), int(row["end"])
        if doc_id not in order:
            raise ValueError(f"quotes table names document {doc_id!r}, which is not in corpus {corpus.name}")
        text = corpus.raw(doc_id)[start:end]
        cs, ce = _context(corpus, doc_id, start, end)
        items.append({"doc_id": doc_id, "start": start, "end": end, "text": text,
                      "speaker": row.get("speaker") if isinstance(row.get("speaker"), str) else "",
                      "speaker_key": _speaker_key(row), "form": "quote" if kind == "direct" else "partial",
                      "words": set(_tokens.content_lemmas(text, True)),
                      "context_words": set(_tokens.content_lemmas(corpus.raw(doc_id)[cs:ce], True)),
                      "context": (cs, ce)})
    items.sort(key=lambda it: (order[it["doc_id"]], it["start"], it["end"]))

    parent = list(range(len(items)))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    index: dict[str, list[int]] = defaultdict(list)
    for i, it in enumerate(items):
        for w in it["words"]:
            index[w].append(i)
    for i, it in enumerate(items):
        for j in range(i + 1, len(items)):  # fragments quoted in one sentence are one report
            if items[j]["doc_id"] == it["doc_id"] and items[j]["context"] == it["context"]:
                parent[find(j)] = find(i)
        cands = sorted({j for w in it["words"] for j in index[w] if j > i})
        for j in cands:
            kind = _matches(it, items[j], idf)
            if kind:
                parent[find(j)] = find(i)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(items)):
        groups[find(i)].append(i)

    members = [[items[i] for i in g] for g in groups.values()]
    if paraphrases and members:
        cands = _paraphrase_candidates(corpus, indirect)
        for m in members:
            best: dict[str, tuple] = {}
            for c in cands:
                for it in m:
                    if it["form"] != "quote":
                        continue
                    score, shared = overlap(c["words"], it["words"], idf)
                    if shared >= MIN_SHARED_PARAPHRASE and score >= THRESHOLD_PARAPHRASE:
                        key = (score, -c["start"])
                        if c["doc_id"] not in best or key > best[c["doc_id"]][0]:
                            best[c["doc_id"]] = (key, c)
            for _, c in best.values():
                text = corpus.raw(c["doc_id"])[c["start"]:c["end"]]
                m.append({"doc_id": c["doc_id"], "start": c["start"], "end": c["end"], "text": text, "speaker": "",
                          "speaker_key": "", "form": "paraphrase", "words": c["words"], "context_words": c["words"],
                          "context": (c["start"], c["end"])})

    members = [m for m in members if len({it["doc_id"] for it in m}) >= 2]
    members = [sorted(m, key=lambda it: (order[it["doc_id"]], it["start"])) for m in members]
    members.sort(key=lambda m: (-len({it["doc_id"] for it in m}), order[m[0]["doc_id"]], m[0]["start"]))
    rows = []
    for gid, m in enumerate(members, 1):
        quotes_only = [it for it in m if it["form"] == "quote"] or m
        ref = max(quotes_only, key=lambda it: (len(it["words"]), len(it["text"]), -order[it["doc_id"]], -it["start"]))
        for it in m:
            is_ref = it is ref
            score = 1.0 if is_ref else overlap(it["words"], ref["words"], idf)[0]
            cov = len(it["words"] & ref["words"]) / len(ref["words"]) if ref["words"] else 0.0
            adds, drops, changes = ("", "", "") if is_ref else _diff(ref["text"], it["text"])
            rows.append((gid, it["doc_id"], sources.get(it["doc_id"], ""), it["start"], it["end"], it["text"],
                         it["speaker"], it["form"], is_ref, round(score, 4), round(cov, 4), adds, drops, changes,
                         it["context"][0], it["context"][1]))
    return pd.DataFrame(rows, columns=VARIANT_COLUMNS)


def variant_view(variants: pd.DataFrame) -> pd.DataFrame:
    """Side-by-side wording of each group: ``group_id, source, form, reference, version`` where ``reference``
    marks in ``[-...-]`` the reference words this version leaves out or replaces and ``version`` marks in
    ``{+...+}`` the words it adds or puts instead (GNU wdiff notation, see :mod:`analysis.compare.diff`)."""
    rows = []
    for gid, grp in variants.groupby("group_id", sort=True):
        ref = grp[grp["is_reference"]].iloc[0]
        for r in grp.itertuples(index=False):
            a, b = (ref.text, r.text) if not r.is_reference else (ref.text, ref.text)
            ma, mb = diff_markup(a, b) if not r.is_reference else (a, "(reference)")
            rows.append((gid, r.source, r.doc_id, r.form, ma, mb))
    return pd.DataFrame(rows, columns=["group_id", "source", "doc_id", "form", "reference", "version"])
