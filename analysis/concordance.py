"""Keyword in context (KWIC) and where words fall in each article (dispersion).

A query is a word or a phrase ("guarantee", "security guarantees", "von_der_leyen"), matched token by token
against ``Corpus.tokens`` (by lemma by default, so "guarantee" also finds "guarantees"); a word ending in
``*`` matches every lower-cased token starting with it ("ceasefire*"). Every line carries ``doc_id``,
``source`` and ``start, end`` into the raw text, so ``corpus.evidence(doc_id, start, end)`` is the match.
"""

from __future__ import annotations

import re
from typing import Iterable

import numpy as np
import pandas as pd

from analysis.corpus import Corpus
from analysis.text import TOKEN_RE, lemma

KWIC_COLUMNS = ["doc_id", "source", "start", "end", "token_index", "position", "left", "match", "right"]


def _query_words(query: str, by: str) -> list[tuple[str, bool]]:
    """Query -> list of (word, is_prefix). Phrase terms joined by ``_`` are split into words."""
    words = []
    for part in re.split(r"[\s_]+", query.strip()):
        if not part:
            continue
        if part.endswith("*"):
            words.append((part[:-1].lower(), True))
            continue
        toks = TOKEN_RE.findall(part) or [part]
        for tok in toks:
            words.append((lemma(tok) if by == "lemma" else tok.lower() if by == "lower" else tok, False))
    if not words:
        raise ValueError(f"empty query {query!r}: give a word or a phrase")
    return words


def find(corpus: Corpus, query: str, by: str = "lemma") -> pd.DataFrame:
    """Occurrences of ``query``: ``doc_id, source, start, end, token_index, position`` where
    ``token_index`` is the first matched token's index in its document and ``position`` its relative
    position in the document (``token_index / tokens in the document``, 0 = first word, near 1 = last).
    Phrases match consecutive tokens of one sentence. ``by``: ``lemma``, ``lower`` or ``token``."""
    if by not in ("lemma", "lower", "token"):
        raise ValueError(f"by must be lemma, lower or token, not {by!r}")
    words = _query_words(query, by)
    tok = corpus.tokens.reset_index(drop=True)
    cols = ["doc_id", "source", "start", "end", "token_index", "position"]
    if tok.empty:
        return pd.DataFrame(columns=cols)
    index_in_doc = tok.groupby("doc_id", sort=False).cumcount().to_numpy()
    doc_len = tok.groupby("doc_id", sort=False)["start"].transform("size").to_numpy()
    hit = np.ones(len(tok), dtype=bool)
    for k, (word, prefix) in enumerate(words):
        col = tok["lower"] if prefix else tok[by]
        ok = (col.str.startswith(word) if prefix else col == word).to_numpy()
        if k:
            ok = np.concatenate([ok[k:], np.zeros(k, dtype=bool)])
            same = (tok["doc_id"].shift(-k) == tok["doc_id"]) & (tok["sent"].shift(-k) == tok["sent"])
            ok &= same.to_numpy()
        hit &= ok
    idx = np.flatnonzero(hit)
    last = idx + len(words) - 1
    source = dict(zip(corpus.documents["doc_id"], corpus.documents["source"]))
    out = pd.DataFrame({
        "doc_id": tok["doc_id"].to_numpy()[idx], "start": tok["start"].to_numpy()[idx],
        "end": tok["end"].to_numpy()[last], "token_index": index_in_doc[idx],
        "position": index_in_doc[idx] / doc_len[idx],
    })
    out.insert(1, "source", out["doc_id"].map(source))
    return out[cols].sort_values(["doc_id", "start"], kind="mergesort").reset_index(drop=True)


def _flat(text: str) -> str:
    return " ".join(text.split())


def kwic(corpus: Corpus, query: str, width: int = 40, by: str = "lemma", sort: str | None = None) -> pd.DataFrame:
    """Keyword-in-context lines for ``query`` across the corpus: columns :data:`KWIC_COLUMNS`.

    ``left`` / ``right``: up to ``width`` characters of the analysed text before / after the match (white
    space collapsed; cleaned-out junk is blank there), ``match``: the raw text ``raw[start:end]``.
    ``sort``: ``None`` (document order), ``"left"`` (by the words before the match, nearest first, as in a
    printed concordance) or ``"right"`` (by the words after it); ties by doc_id and offset.
    """
    if sort not in (None, "left", "right"):
        raise ValueError("sort must be None, 'left' or 'right'")
    hits = find(corpus, query, by)
    texts = dict(zip(corpus.documents["doc_id"], corpus.documents["text"]))
    raws = dict(zip(corpus.documents["doc_id"], corpus.documents["raw"]))
    left, match, right = [], [], []
    for doc_id, start, end in hits[["doc_id", "start", "end"]].itertuples(index=False):
        text = texts[doc_id]
        # take generously, collapse white space, then cut to width
        left.append(_flat(text[max(0, start - 3 * width):start])[-width:].lstrip() if width else "")
        match.append(_flat(raws[doc_id][start:end]))
        right.append(_flat(text[end:end + 3 * width])[:width].rstrip() if width else "")
    hits["left"], hits["match"], hits["right"] = left, match, right
    if sort:
        if sort == "left":
            key = [tuple(reversed([w.lower() for w in TOKEN_RE.findall(s)])) for s in hits["left"]]
        else:
            key = [tuple(w.lower() for w in TOKEN_RE.findall(s)) for s in hits["right"]]
        order = sorted(range(len(hits)), key=lambda i: (key[i], hits["doc_id"].iat[i], hits["start"].iat[i]))
        hits = hits.iloc[order]
    return hits[KWIC_COLUMNS].reset_index(drop=True)


def format_kwic(lines: pd.DataFrame, width: int = 40, show_source: bool = True) -> str:
    """Aligned concordance lines as plain text (the match in a column of its own), one per occurrence."""
    if lines.empty:
        return "(no occurrences)"
    match_w = max(len(m) for m in lines["match"])
    src_w = max(len(str(s)) for s in lines["source"]) if show_source else 0
    out = []
    for row in lines.itertuples(index=False):
        where = f"{str(row.source):<{src_w}}  " if show_source else ""
        out.append(f"{where}{row.doc_id}:{row.start:<6} {row.left:>{width}}  {row.match:<{match_w}}  {row.right}")
    return "\n".join(out)


# --- dispersion -------------------------------------------------------------------------------------------

def dispersion(corpus: Corpus, queries: Iterable[str], by: str = "lemma") -> pd.DataFrame:
    """Where each query occurs in each document: ``term, doc_id, source, start, end, token_index, position``
    (one row per occurrence, ``position`` in 0-1 as in :func:`find`), sorted by term, doc_id, start."""
    parts = [find(corpus, q, by).assign(term=q) for q in queries]
    cols = ["term", "doc_id", "source", "start", "end", "token_index", "position"]
    if not parts:
        return pd.DataFrame(columns=cols)
    out = pd.concat(parts, ignore_index=True)[cols]
    return out.sort_values(["term", "doc_id", "start"], kind="mergesort").reset_index(drop=True)


def gries_dp(counts: Iterable[float], sizes: Iterable[float]) -> tuple[float, float]:
    """Gries' (2008) deviation of proportions and its normalised form (Lijffijt & Gries 2012).

    With corpus parts ``i`` of sizes ``s_i`` (as a share of the corpus) and the term's occurrences
    ``v_i`` (as a share of all its occurrences): ``DP = 0.5 * sum |v_i - s_i|``; 0 = spread exactly as the
    parts' sizes, towards 1 = all in one small part. ``DP_norm = DP / (1 - min s_i)`` spans 0-1.
    Gries, S. Th. 2008, "Dispersions and adjusted frequencies in corpora", IJCL 13(4): 403-437.
    Returns ``(nan, nan)`` when the term never occurs.
    """
    v = np.asarray(list(counts), float)
    s = np.asarray(list(sizes), float)
    if v.sum() == 0 or s.sum() == 0:
        return float("nan"), float("nan")
    v, s = v / v.sum(), s / s.sum()
    dp = 0.5 * np.abs(v - s).sum()
    denom = 1 - s.min()
    return float(dp), float(dp / denom) if denom > 0 else float("nan")


def dispersion_table(corpus: Corpus, queries: Iterable[str], by: str = "lemma", part: str = "doc_id") -> pd.DataFrame:
    """Gries' DP of each query over the corpus's documents (``part="doc_id"``) or sources: ``term, count,
    parts_with, parts, dp, dp_norm``, with part sizes in word tokens. Sorted by term."""
    tok = corpus.tokens
    doc_source = dict(zip(corpus.documents["doc_id"], corpus.documents["source"]))
    unit = tok["doc_id"] if part == "doc_id" else tok["doc_id"].map(doc_source)
    sizes = unit.value_counts()
    names = sorted(sizes.index)
    rows = []
    for q in queries:
        hits = find(corpus, q, by)
        per = hits[part].value_counts() if not hits.empty else pd.Series(dtype=int)
        counts = [int(per.get(n, 0)) for n in names]
        dp, dp_norm = gries_dp(counts, [sizes[n] for n in names])
        rows.append({"term": q, "count": sum(counts), "parts_with": sum(c > 0 for c in counts),
                     "parts": len(names), "dp": dp, "dp_norm": dp_norm})
    out = pd.DataFrame(rows, columns=["term", "count", "parts_with", "parts", "dp", "dp_norm"])
    return out.sort_values("term", kind="mergesort").reset_index(drop=True)


def pick_terms(corpus: Corpus, candidates: Iterable[str], n: int = 8, by: str = "lemma") -> list[str]:
    """The ``n`` candidates (e.g. a story lexicon's issue terms) that occur most often in ``corpus``, most
    frequent first (ties by name); candidates that match the same words ("cede", "ceding") count once, under
    the first spelling given. Candidates that never occur are left out."""
    seen: dict[tuple, str] = {}
    for c in candidates:
        key = tuple(_query_words(str(c), by))
        seen.setdefault(key, str(c))
    counts = [(len(find(corpus, q, by)), q) for q in seen.values()]
    counts = [(k, q) for k, q in counts if k > 0]
    return [q for _, q in sorted(counts, key=lambda kq: (-kq[0], kq[1].lower()))][:n]
