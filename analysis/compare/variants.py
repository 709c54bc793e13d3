"""The same quote across outlets: quotations (and reported-speech paraphrases) that render one utterance in
different words, grouped, with what each version adds, drops or changes.

Input: a quotes table with one row per quotation, ``doc_id, start, end`` (the quoted words without their
quotation marks), ``text``, ``speaker`` and optionally ``actor`` (as :func:`analysis.quotes.quotes_table`
writes it), plus the corpus (for each quote's sentence and for the word weights).

**Words compared.** Each quote becomes the set of its content-word lemmas (project tokenizer, lemmas and
stopwords, with negations such as *no*, *not*, *never* kept because "no right" and "right" are opposite
claims). Each word ``w`` is weighted by its inverse document frequency over the corpus,
``idf(w) = ln((1 + n) / (1 + df(w))) + 1`` (the smoothed idf of scikit-learn), so words every article uses
("Senate") count less than rare ones ("moral").

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

**Cost.** Quotes are never compared all against all. Both rules above need shared words (at least
:data:`MIN_SHARED`, or all the words of a short quote), so candidate pairs come from an inverted index
(content lemma -> quotes) with prefix filtering (:func:`_prefix_join`): each quote is indexed under its
rarest words only, and two quotes are compared only when they share one of them; short quotes are looked up
under all their words. Paraphrase sentences are found the same way (:func:`_paraphrase_matches`). The groups
are exactly those of comparing every pair (``tests/test_compare.py`` checks this against brute force).
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from difflib import SequenceMatcher

import numpy as np
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


class _Lemmas:
    """:func:`analysis.compare._tokens.content_lemmas` with ``keep_negations``, memoised per token string
    (the result of a token depends on the token alone), which makes it several times faster on a corpus."""

    def __init__(self):
        self.memo: dict[str, str | None] = {}

    def __call__(self, text: str) -> list[str]:
        memo, out = self.memo, []
        for t in textlib.tokens(text):
            w = memo.get(t, 0)
            if w == 0:
                w = memo[t] = (("no" if t.lower() in _tokens.NEGATIONS else textlib.lemma(t))
                               if _tokens.is_content(t, True) else None)
            if w is not None:
                out.append(w)
        return out


def _idf(corpus: Corpus, lemmas: _Lemmas | None = None) -> dict[str, float]:
    n = len(corpus)
    lemmas = lemmas or _Lemmas()
    df: dict[str, int] = defaultdict(int)
    for text in corpus.documents["text"]:
        for w in set(lemmas(text)):
            df[w] += 1
    return defaultdict(lambda: math.log((1 + n) / 1) + 1, {w: math.log((1 + n) / (1 + d)) + 1 for w, d in df.items()})


def _weight(words: set[str], idf) -> float:
    """Sum of the words' IDF weights. :func:`math.fsum` is exactly rounded, so the result does not depend on
    the iteration order of the set (which changes with ``PYTHONHASHSEED``)."""
    return math.fsum(idf[w] for w in words)


def overlap(a: set[str], b: set[str], idf) -> tuple[float, int]:
    """Weighted overlap coefficient of two word sets and the number of shared words (see module docstring)."""
    shared = a & b
    low = min(_weight(a, idf), _weight(b, idf))
    return (_weight(shared, idf) / low if low > 0 else 0.0), len(shared)


def _speaker_key(row) -> str:
    v = row.get("actor")
    return v.strip().lower() if isinstance(v, str) else ""


class _Sentences:
    """Sentence spans of each document as sorted arrays, so a span's sentences are found without scanning
    the whole corpus's sentence table (which made one lookup per quote quadratic)."""

    def __init__(self, corpus: Corpus):
        s = corpus.sentences
        self.by_doc: dict[str, tuple[np.ndarray, np.ndarray, np.ndarray]] = {}
        labels = s.index.to_numpy()
        starts, ends = s["start"].to_numpy(np.int64), s["end"].to_numpy(np.int64)
        for doc_id, pos in s.groupby("doc_id", sort=False).indices.items():
            self.by_doc[str(doc_id)] = (starts[pos], ends[pos], labels[pos])

    def overlapping(self, doc_id: str, start: int, end: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """``starts, ends, index labels`` of the sentences of ``doc_id`` with ``end > start`` and ``start < end``."""
        got = self.by_doc.get(doc_id)
        if got is None:
            e = np.empty(0, dtype=np.int64)
            return e, e, e
        st, en, lab = got
        hit = (en > start) & (st < end)
        return st[hit], en[hit], lab[hit]


def _context(corpus: Corpus, doc_id: str, start: int, end: int, sents: _Sentences | None = None) -> tuple[int, int]:
    st, en, _ = (sents or _Sentences(corpus)).overlapping(doc_id, start, end)
    return (int(st.min()), int(en.max())) if len(st) else (start, end)


def _passes(a: set[str], wa: float, b: set[str], wb: float, idf) -> bool:
    """The quote rule of the module docstring on two word sets with their weights ``wa = _weight(a)``,
    ``wb = _weight(b)`` (precomputed; same value as :func:`overlap`)."""
    shared = a & b
    if len(shared) < MIN_SHARED:
        return False
    low = min(wa, wb)
    score = _weight(shared, idf) / low if low > 0 else 0.0
    return score >= THRESHOLD or (len(shared) >= MANY_SHARED and score >= THRESHOLD_MANY)


def _matches(a: dict, b: dict, idf) -> str | None:
    if a["doc_id"] == b["doc_id"]:
        return None
    if a["speaker_key"] and b["speaker_key"] and a["speaker_key"] != b["speaker_key"]:
        return None
    if _passes(a["words"], a["weight"], b["words"], b["weight"], idf):
        return "quote"
    short, long_ = (a, b) if len(a["words"]) <= len(b["words"]) else (b, a)
    if (0 < len(short["words"]) <= SHORT and short["words"] <= long_["words"]
            and short["words"] - _tokens.NEGATIONS):
        if _passes(short["context_words"], short["context_weight"], long_["words"], long_["weight"], idf):
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


def _paraphrase_candidates(corpus: Corpus, indirect: pd.DataFrame, sent_index: _Sentences | None = None,
                           lemmas: _Lemmas | None = None) -> list[dict]:
    sents = corpus.sentences[["doc_id", "start", "end", "text"]]
    sent_index = sent_index or _Sentences(corpus)
    lemmas = lemmas or _Lemmas()
    marked = set()
    for doc_id, start, end in indirect[["doc_id", "start", "end"]].itertuples(index=False):
        marked |= set(sent_index.overlapping(str(doc_id), int(start), int(end))[2].tolist())
    out = []
    for i, (doc_id, start, end, text) in zip(sents.index, sents.itertuples(index=False)):
        if _QUOTE_CHARS.search(text):
            continue
        if i in marked or {t.lower() for t in textlib.tokens(text)} & REPORTING_VERBS:
            out.append({"doc_id": doc_id, "start": int(start), "end": int(end), "words": set(lemmas(text))})
    return out


def _rank(sets: list[set[str]]) -> dict[str, tuple[int, str]]:
    """A global word order for prefix filtering: rarest first (fewest sets holding the word), then the word."""
    df: dict[str, int] = defaultdict(int)
    for ws in sets:
        for w in ws:
            df[w] += 1
    return {w: (d, w) for w, d in df.items()}


def _prefix(words: set[str], rank: dict, min_shared: int) -> list[str]:
    """The ``len(words) - min_shared + 1`` rarest words of ``words`` (empty when it has fewer than ``min_shared``).

    Prefix filtering (Chaudhuri, Ganti & Kaushik 2006, "A primitive operator for similarity joins"; Bayardo,
    Ma & Srikant 2007): two sets sharing at least ``t`` words, each sorted by one global order, share a word
    among their first ``len - t + 1`` words. So only sets with a common *prefix* word (a rare word) need to be
    compared, and no pair that could reach ``t`` shared words is missed."""
    n = len(words) - min_shared + 1
    return sorted(words, key=rank.__getitem__)[:n] if n > 0 else []


def _prefix_join(sets: list[set[str]], min_shared: int, rank: dict, keep=None) -> list[tuple[int, int]]:
    """All pairs ``(i, j)``, ``i < j``, of ``sets`` that may share ``min_shared`` words (a superset of those
    that do), found with prefix filtering (:func:`_prefix`) and positional filtering (Xiao, Wang, Lin & Yu
    2008, "Efficient similarity joins for near duplicate detection", PPJoin): when the rarest shared word sits
    at position ``p`` of one sorted set and ``q`` of the other, they share at most
    ``1 + min(len_a - p - 1, len_b - q - 1)`` words. ``keep(i, j)`` can veto a pair cheaply."""
    ordered = [sorted(ws, key=rank.__getitem__) for ws in sets]
    index: dict[str, list[tuple[int, int]]] = defaultdict(list)
    pairs = []
    for j, words in enumerate(ordered):
        n = len(words)
        plen = n - min_shared + 1
        if plen <= 0:
            continue
        seen = set()
        for q, w in enumerate(words[:plen]):
            for i, p in index.get(w, ()):
                if i in seen:
                    continue
                seen.add(i)
                if 1 + min(len(ordered[i]) - p - 1, n - q - 1) >= min_shared and (keep is None or keep(i, j)):
                    pairs.append((i, j))
            index[w].append((j, q))
    return pairs


def _candidate_pairs(items: list[dict]) -> set[tuple[int, int]]:
    """Every pair ``(i, j)``, ``i < j``, that :func:`_matches` could accept: pairs that may share
    :data:`MIN_SHARED` words (:func:`_prefix_join`: only quotes with a rare word in common are compared) and
    pairs where a short quote's words all occur in the other (a partial match). Pairs of one document and
    pairs of two different actors are left out (they never match)."""
    rank = _rank([it["words"] for it in items])

    def keep(i, j):
        a, b = items[i], items[j]
        return a["doc_id"] != b["doc_id"] and not (
            a["speaker_key"] and b["speaker_key"] and a["speaker_key"] != b["speaker_key"])

    def shares_enough(i, j):  # the quote rule needs MIN_SHARED shared words; partial pairs are added below
        return len(items[i]["words"] & items[j]["words"]) >= MIN_SHARED and keep(i, j)

    pairs = set(_prefix_join([it["words"] for it in items], MIN_SHARED, rank, shares_enough))
    full_index: dict[str, set[int]] = defaultdict(set)
    for i, it in enumerate(items):
        for w in it["words"]:
            full_index[w].add(i)
    for i, it in enumerate(items):
        ws = it["words"]
        if not (0 < len(ws) <= SHORT and ws - _tokens.NEGATIONS):
            continue
        postings = sorted((full_index[w] for w in ws), key=len)
        for j in postings[0].intersection(*postings[1:]):
            if j != i and keep(min(i, j), max(i, j)):
                pairs.add((min(i, j), max(i, j)))
    return pairs


def _paraphrase_matches(items: list[dict], cands: list[dict], idf) -> dict[int, list[tuple[int, float]]]:
    """For each item of form ``quote``: the paraphrase candidates (indices into ``cands``, in order) with at
    least :data:`MIN_SHARED_PARAPHRASE` shared words and ``overlap >=`` :data:`THRESHOLD_PARAPHRASE`, with the
    score. Found through prefix filtering on :data:`MIN_SHARED_PARAPHRASE` (see :func:`_prefix`)."""
    quotes = [i for i, it in enumerate(items) if it["form"] == "quote"]
    rank = _rank([items[i]["words"] for i in quotes] + [c["words"] for c in cands])
    index: dict[str, list[int]] = defaultdict(list)
    for k, c in enumerate(cands):
        for w in _prefix(c["words"], rank, MIN_SHARED_PARAPHRASE):
            index[w].append(k)
    out: dict[int, list[tuple[int, float]]] = {}
    for i in quotes:
        words = items[i]["words"]
        ks = sorted({k for w in _prefix(words, rank, MIN_SHARED_PARAPHRASE) for k in index.get(w, ())})
        hits = []
        for k in ks:
            if len(cands[k]["words"] & words) < MIN_SHARED_PARAPHRASE:
                continue  # cheap count test first; the score is then exactly overlap()'s
            score, shared = overlap(cands[k]["words"], words, idf)
            if score >= THRESHOLD_PARAPHRASE:
                hits.append((k, score))
        if hits:
            out[i] = hits
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
    lemmas = _Lemmas()
    idf = _idf(corpus, lemmas)
    order = {d: i for i, d in enumerate(corpus.doc_ids)}
    sources = dict(zip(corpus.documents["doc_id"], corpus.documents["source"]))
    raws = dict(zip(corpus.documents["doc_id"], corpus.documents["raw"]))
    sent_index = _Sentences(corpus)
    kinds = quotes["kind"] if "kind" in quotes else pd.Series("direct", index=quotes.index)
    indirect = quotes[kinds == "indirect"]
    quoted = quotes[kinds.isin(["direct", "partial", "scare"])]
    items = []
    for row, kind in zip(quoted.to_dict("records"), kinds[quoted.index]):
        doc_id, start, end = str(row["doc_id"]), int(row["start"]), int(row["end"])
        if doc_id not in order:
            raise ValueError(f"quotes table names document {doc_id!r}, which is not in corpus {corpus.name}")
        text = raws[doc_id][start:end]
        cs, ce = _context(corpus, doc_id, start, end, sent_index)
        items.append({"doc_id": doc_id, "start": start, "end": end, "text": text,
                      "speaker": row.get("speaker") if isinstance(row.get("speaker"), str) else "",
                      "speaker_key": _speaker_key(row), "form": "quote" if kind == "direct" else "partial",
                      "words": set(lemmas(text)), "context_words": set(lemmas(raws[doc_id][cs:ce])),
                      "context": (cs, ce)})
    for it in items:
        it["weight"], it["context_weight"] = _weight(it["words"], idf), _weight(it["context_words"], idf)
    items.sort(key=lambda it: (order[it["doc_id"]], it["start"], it["end"]))

    parent = list(range(len(items)))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first_in_sentence: dict[tuple, int] = {}
    for i, it in enumerate(items):  # fragments quoted in one sentence are one report
        key = (it["doc_id"], it["context"])
        if key in first_in_sentence:
            parent[find(i)] = find(first_in_sentence[key])
        else:
            first_in_sentence[key] = i
    # only pairs sharing a rare word (or a short quote inside a longer one) can match: see _candidate_pairs
    for i, j in sorted(_candidate_pairs(items)):
        if find(i) != find(j) and _matches(items[i], items[j], idf):
            parent[find(j)] = find(i)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(items)):
        groups[find(i)].append(i)

    members = [[items[i] for i in g] for g in groups.values()]
    if paraphrases and members:
        cands = _paraphrase_candidates(corpus, indirect, sent_index, lemmas)
        hits = _paraphrase_matches(items, cands, idf)
        for g, m in zip(groups.values(), members):
            best: dict[str, tuple] = {}  # doc -> ((score, -start), its first matching candidate, best candidate)
            for i in g:
                for k, score in hits.get(i, ()):
                    c = cands[k]
                    key = (score, -c["start"])
                    old = best.get(c["doc_id"])
                    if old is None:
                        best[c["doc_id"]] = (key, k, c)
                    else:
                        best[c["doc_id"]] = (key, min(k, old[1]), c) if key > old[0] else (old[0], min(k, old[1]), old[2])
            for _, _, c in sorted(best.values(), key=lambda v: v[1]):
                text = raws[c["doc_id"]][c["start"]:c["end"]]
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
