"""Coverage and omission: which facts appear in which outlet.

Facts are found by rules, not a trained model, so each is checkable:

* ``name``: capitalised word sequences (connectors such as *of*, *von der* allowed inside), leading titles
  dropped ("French President Emmanuel Macron" -> "Emmanuel Macron", list in ``analysis/data/compare_facts.yaml``),
  a sentence-initial capital ignored when the word also occurs in lower case in the corpus, and a one-word
  name at a sentence start kept only when the word is also capitalised inside some sentence. Variants are merged
  by a folded key (lower case, letters only, doubled letters single: Gadhafi = Gaddafi) and a one-word
  name joins the one longer name ending in it ("Putin" -> "Vladimir Putin"). With a story lexicon that has an
  ``actors`` section, names matching an actor's alias become that actor. People, places and organisations are
  not told apart (that needs a named-entity model).
* ``number``: a number (digits, or a number word) with its unit: the first word of the ``units`` list within
  the next three words, else the next content word ("600,000 troops", "28 points", "$15 billion", "43 people");
  "28-point" counts as "28 points". Years are dates, not numbers.
* ``date``: weekdays, month-days and years resolved to calendar dates by :mod:`analysis.compare.timeline`,
  so "Monday" in two articles is the same fact only when it is the same day.
* ``claim``: content-lemma bigrams and trigrams (stopwords skipped) found in at least two documents and not
  touching a name or a reporting verb (:data:`CLAIM_SKIP`): recurring claims and framings ("security guarantee", "nuclear power plant"). A bigram whose
  documents are exactly those of a trigram containing it is folded into the trigram, and overlapping trigrams
  that are one longer shared phrase (same documents, every occurrence continuing the previous one) into that
  phrase ("must give troop" + "give troop support" -> "must give troop support").

Every row of :func:`coverage_table` is one mention with ``doc_id, start, end`` and the sentence around it.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import lru_cache

import numpy as np
import pandas as pd
import yaml

from analysis import text as textlib
from analysis.compare import _tokens
from analysis.compare.timeline import event_table
from analysis.corpus import Corpus
from analysis.lexicon import package_data

COVERAGE_COLUMNS = ["fact", "kind", "doc_id", "source", "start", "end", "text", "sent_start", "sent_end"]
KINDS = ("name", "number", "date", "claim")
CLAIM_SKIP = frozenset({"say", "tell", "add", "note", "claim", "report", "accord", "write", "ask", "speak"})
"""Reporting-verb lemmas left out of claim n-grams ("Pelosi say" is attribution, not a claim)."""


@lru_cache(maxsize=1)
def _lists() -> dict:
    return yaml.safe_load(package_data("compare_facts.yaml").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _name_titles() -> frozenset[str]:
    """Titles dropped from the front of a name, lower case: the entries of the package's one titles list
    (``analysis/data/titles.yaml``) whose uses include ``name``."""
    data = yaml.safe_load(package_data("titles.yaml").read_text(encoding="utf-8"))
    return frozenset(t.lower() for t, uses in data["titles"].items() if "name" in uses)


@lru_cache(maxsize=100_000)
def fold(name: str) -> str:
    """Folded key of a name: lower case, letters only, doubled letters single ("Gaddafi" -> "gadafi")."""
    s = re.sub(r"[^a-z]", "", name.lower())
    return re.sub(r"(.)\1+", r"\1", s)


def _strip_possessive(tok: str) -> str:
    return tok[:-2] if tok.endswith("'s") else tok[:-1] if tok.endswith("'") else tok


def _sentence_token_spans(corpus: Corpus) -> list[list]:
    """:func:`analysis.text.token_spans` of every sentence of ``corpus.sentences`` (row order), computed once
    for the name, number and claim rules."""
    return [textlib.token_spans(t) for t in corpus.sentences["text"]]


def _names(corpus: Corpus, sent_spans: list[list] | None = None) -> list[tuple]:
    lists = _lists()
    titles = _name_titles()
    connectors = set(lists["connectors"])
    organisations = set(lists["organisations"])
    skip = {m.capitalize() for m in ("january february march april may june july august september october "
                                     "november december monday tuesday wednesday thursday friday saturday "
                                     "sunday").split()}
    lower_words = set()
    for text in corpus.documents["text"]:
        lower_words |= {t for t in textlib.tokens(text) if t[0].islower()}
    sents = corpus.sentences
    inner_caps = set()  # words seen capitalised away from a sentence start
    for text in sents["text"]:
        inner_caps |= {fold(t) for t in textlib.tokens(text)[1:] if t[0].isupper()}
    initial_common = lower_words | _tokens.stopwords()  # once, not per run (it is a set of the corpus's words)
    out = []
    sent_spans = sent_spans if sent_spans is not None else _sentence_token_spans(corpus)
    for (doc_id, sstart, send, kind, text), spans in zip(
            sents[["doc_id", "start", "end", "kind", "text"]].itertuples(index=False), sent_spans):
        if kind == "heading":
            continue
        runs, cur = [], []
        for k, sp in enumerate(spans):
            tok = text[sp.start:sp.end]
            gap = text[spans[k - 1].end:sp.start] if k else ""
            cap = tok[0].isupper() and tok not in skip
            joinable = cur and gap.strip() == ""
            if cap and (joinable or not cur):
                cur.append(k)
            elif cap:
                runs.append(cur)
                cur = [k]
            elif tok in connectors and cur and gap.strip() == "":
                cur.append(k)
            else:
                if cur:
                    runs.append(cur)
                cur = []
            if cur and tok.endswith(("'s", "'")) and cap:
                runs.append(cur)
                cur = []
        if cur:
            runs.append(cur)
        for run in runs:
            while run and text[spans[run[-1]].start:spans[run[-1]].end] in connectors:
                run = run[:-1]
            toks = [_strip_possessive(text[spans[k].start:spans[k].end]) for k in run]
            # drop sentence-initial common words and leading titles
            while run and run[0] == 0 and toks[0].lower() in initial_common:
                run, toks = run[1:], toks[1:]
            # a title inside an organisation's name is part of it ("State Department" stays whole)
            last_title = -1 if toks and toks[-1] in organisations else max(
                (i for i, t in enumerate(toks) if t.lower().rstrip(".") in titles), default=-1)
            if 0 <= last_title < len(toks) - 1:
                run, toks = run[last_title + 1:], toks[last_title + 1:]
            elif last_title == len(toks) - 1:
                continue
            if not toks or toks[0].lower() in connectors:
                continue
            if len(toks) == 1 and (toks[0].lower() in _tokens.stopwords() or len(toks[0]) < 2
                                   or (run[0] == 0 and fold(toks[0]) not in inner_caps)):
                continue
            s, e = sstart + spans[run[0]].start, sstart + spans[run[-1]].end
            out.append((" ".join(toks), doc_id, s, e, sstart, send))
    return out


def _abbreviation(name: str) -> bool:
    """A short form written with dots or in capitals ("U.S.", "US", "EU"), not a surname."""
    return "." in name or (len(name) > 1 and name.isupper())


def _personal(name: str) -> bool:
    """A name shaped like a person's: every word capitalised, no connector ("Vladimir Putin", not
    "Constitution of the US")."""
    connectors = set(_lists()["connectors"])
    return all(w[:1].isupper() and w not in connectors for w in name.split())


def _whole_name_actor(name: str, table: pd.DataFrame) -> str | None:
    """The lexicon actor a whole name is: an alias that is the whole name, or that ends a person's name
    ("Emmanuel Macron" is alias "Macron"); an alias inside a longer name of something else ("US" in
    "Constitution of the US") does not make that name the actor."""
    from analysis.actors import find_actors

    found = find_actors(name, table)
    whole = [f for f in found if f[0] == 0 and f[1] == len(name)]
    if whole:
        return whole[0][3]
    ends = [f for f in found if f[1] == len(name) and not _abbreviation(f[2])]
    return ends[0][3] if ends and _personal(name) else None


def _name_facts(corpus: Corpus, lexicon: dict | None, sent_spans: list[list] | None = None) -> list[tuple]:
    found = _names(corpus, sent_spans)
    forms = Counter(n for n, *_ in found)
    by_key: dict[str, Counter] = defaultdict(Counter)
    for n, c in forms.items():
        by_key[fold(n)][n] += c
    # one-word names join the single longer name that ends in them, when that name is a person's (capitalised
    # words, no connector: "Putin" -> "Vladimir Putin") and the short form no abbreviation ("U.S." never
    # joins "Constitution of the US")
    last: dict[str, set] = defaultdict(set)
    for key, names in by_key.items():
        name = names.most_common(1)[0][0]
        if len(name.split()) > 1 and _personal(name):
            last[fold(name.split()[-1])].add(key)
    canon = {}
    for key, names in by_key.items():
        name = names.most_common(1)[0][0]
        target = key
        if (len(name.split()) == 1 and not _abbreviation(name) and name not in _lists()["organisations"]
                and len(last.get(key, ())) == 1):  # "House" is no surname of "White House"
            target = next(iter(last[key]))
        canon[key] = target
    label = {key: sorted(names.items(), key=lambda kv: (-len(kv[0].split()), -kv[1], kv[0]))[0][0]
             for key, names in by_key.items()}
    actor_of = {}
    if lexicon and lexicon.get("actors"):
        from analysis.actors import actor_table
        table = actor_table(lexicon)
        for key in by_key:
            hit = _whole_name_actor(label[key], table)
            if hit:
                actor_of[key] = hit
    rows = []
    for n, doc_id, s, e, ss, se in found:
        key = canon[fold(n)]
        fact = actor_of.get(fold(n)) or actor_of.get(key) or label[key]
        rows.append((fact, "name", doc_id, s, e, ss, se))
    return rows


_NUM = re.compile(r"(\$|€|£)?\b(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:-(point|year|day|hour|member|mile|km))?\b")


def _is_number(tok: str, words: dict) -> bool:
    return tok.lower() in words or (tok[0].isdigit() and _NUM.fullmatch(tok) is not None)


def _plural_noun(tok: str) -> bool:
    """A lower-case plural noun by its form: ends in -s (not -ss), and its lemma is shorter ("amendments",
    "stores"; "women" by its lemma); not a reporting verb ("says")."""
    low = tok.lower()
    if not tok[0].islower() or not _tokens.is_content(tok):
        return False
    lem = textlib.lemma(low)
    return lem != low and lem not in CLAIM_SKIP and (low.endswith("s") and not low.endswith("ss") or low.endswith("men"))


def _number_facts(corpus: Corpus, date_spans: dict[str, list[tuple[int, int]]],
                  sent_spans: list[list] | None = None) -> list[tuple]:
    """Quantities: a number (digits or a number word, a currency sign and a scale word joined to it) with its
    unit (see ``compare_facts.yaml``: a units-list word or plural noun within three words, no punctuation or
    other number between); never a time, a year, a bare number or an ordinal."""
    lists = _lists()
    units = set(lists["units"])
    words = lists["number_words"]
    scale = set(lists["scales"])
    times = {t.lower() for t in lists["times"]}
    ordinals = set(lists["ordinals"])
    rows = []
    sent_spans = sent_spans if sent_spans is not None else _sentence_token_spans(corpus)
    for (doc_id, sstart, send, kind, text), spans in zip(
            corpus.sentences[["doc_id", "start", "end", "kind", "text"]].itertuples(index=False), sent_spans):
        toks = [text[s.start:s.end] for s in spans]

        def joined(j: int) -> bool:  # token j follows token j - 1 across white space only
            return text[spans[j - 1].end:spans[j].start].strip() == ""

        # only the dates that reach into this sentence can cover one of its tokens
        dates = [(ds, de) for ds, de in date_spans.get(doc_id, ()) if ds < send and de > sstart]
        for k, tok in enumerate(toks):
            low = tok.lower()
            if dates and any(ds <= sstart + spans[k].start < de for ds, de in dates):
                continue
            m = _NUM.fullmatch(tok) if tok[0].isdigit() else None
            if m is None and low not in words:
                continue
            if k > 0 and joined(k) and _is_number(toks[k - 1], words):
                continue  # the second of "2 two": a count of a count, no quantity
            money = k > 0 and text[spans[k].start - 1:spans[k].start] in "$€£"
            if m is not None and m.group(3):
                value, unit, end_k = m.group(2), m.group(3) + "s", k
            else:
                value = m.group(2) if m else str(words[low])
                j = k + 1
                if j < len(toks) and joined(j) and toks[j].lower() in times:
                    continue  # a time of day ("11 a.m.")
                if m and re.fullmatch(r"(19|20)\d\d", value) and not (j < len(toks) and toks[j].lower() in units):
                    continue  # a year: a date, not a number
                unit, end_k = "", k
                if j < len(toks) and joined(j) and toks[j].lower() in scale:
                    value, end_k, j = f"{value} {toks[j].lower()}", j, j + 1
                if (j + 1 < len(toks) and toks[j].lower() in ("to", "or", "and") and joined(j) and joined(j + 1)
                        and _is_number(toks[j + 1], words)):
                    j += 2  # a range ("from 28 to 20 points"): the unit after its second number
                    if j < len(toks) and toks[j].lower() in scale:
                        j = len(toks)  # "500,000 to 1.6 million": the scale belongs to the second number
                for jj in range(j, min(j + 3, len(toks))):
                    t = toks[jj]
                    if not joined(jj) or _is_number(t, words) or t.lower() in ordinals or t.lower() in times:
                        break
                    if t.lower() in units or (low != "one" and _plural_noun(t)):
                        unit, end_k = t.lower(), jj
                        break
                    if t.lower() in _tokens.stopwords():
                        break
                if not unit and not (" " in value or money):
                    continue  # a bare number, no quantity
                if low == "one" and (" " not in value and not unit or k > 0 and toks[k - 1].lower() in ("at", "the")):
                    continue  # "one" as a pronoun or in "at one point", "on the one hand"
            start_char = spans[k].start
            if money:
                start_char -= 1
                value = text[start_char] + value
            fact = f"{value} {unit}".strip()
            rows.append((fact, "number", doc_id, sstart + start_char, sstart + spans[end_k].end, sstart, send))
    return rows


def _date_facts(ev: pd.DataFrame) -> list[tuple]:
    ev = ev[ev["date"] != ""]
    rows = []
    for r in ev.itertuples(index=False):
        label = r.date if r.precision == "day" else r.date[:7] if r.precision == "month" else r.date[:4]
        rows.append((label, "date", r.doc_id, r.start, r.end, r.sent_start, r.sent_end))
    return rows


def _claim_facts(corpus: Corpus, name_spans: dict[str, list[tuple[int, int]]], max_n: int = 3,
                 sent_spans: list[list] | None = None) -> list[tuple]:
    grams: dict[tuple, list[tuple]] = defaultdict(list)
    sent_spans = sent_spans if sent_spans is not None else _sentence_token_spans(corpus)
    memo: dict[str, str | None] = {}  # token -> lemma if it counts as a claim word, else None

    def claim_word(tok: str) -> str | None:
        if tok not in memo:
            memo[tok] = (textlib.lemma(tok) if _tokens.is_content(tok) and not tok[0].isdigit()
                         and tok.lower() not in _tokens.FILLERS else None)
        return memo[tok]

    name_arrays = {d: (np.array([s for s, _ in sp], dtype=np.int64), np.array([e for _, e in sp], dtype=np.int64))
                   for d, sp in name_spans.items()}
    empty = (np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64))
    for (doc_id, sstart, send, text), spans in zip(
            corpus.sentences[["doc_id", "start", "end", "text"]].itertuples(index=False), sent_spans):
        content = [(sstart + s.start, sstart + s.end, w) for s in spans
                   if (w := claim_word(text[s.start:s.end])) is not None]
        if len(content) < 2:
            continue
        # names that reach into this sentence's tokens (the others cannot overlap a token of it)
        ns_all, ne_all = name_arrays.get(doc_id, empty)
        near = (ns_all < content[-1][1]) & (ne_all > content[0][0])
        names = list(zip(ns_all[near].tolist(), ne_all[near].tolist()))
        ok = [not (x[2] in CLAIM_SKIP or any(ns < x[1] and x[0] < ne for ns, ne in names)) for x in content]
        for i in range(len(content) - 1):  # 2-grams, then 3-grams, of consecutive allowed content words
            if ok[i] and ok[i + 1]:
                a, b = content[i], content[i + 1]
                grams[(a[2], b[2])].append((doc_id, a[0], b[1], sstart, send))
        for i in range(len(content) - 2):
            if ok[i] and ok[i + 1] and ok[i + 2]:
                a, b, c = content[i], content[i + 1], content[i + 2]
                grams[(a[2], b[2], c[2])].append((doc_id, a[0], c[1], sstart, send))
    # a gram seen once is in one document: never kept, so its document set is not needed
    docsets = {g: frozenset(o[0] for o in occ) for g, occ in grams.items() if len(occ) >= 2}
    keep = {g for g, d in docsets.items() if len(d) >= 2}
    # a 2-gram is dropped when a kept 3-gram starting or ending with it occurs in exactly the same documents
    within: dict[tuple, set] = defaultdict(set)
    for t in keep:
        if len(t) == 3:
            within[t[:2]].add(docsets[t])
            within[t[1:]].add(docsets[t])
    for g in [g for g in keep if len(g) == 2]:
        if docsets[g] in within.get(g, ()):
            keep.discard(g)
    for chain in _trigram_chains([g for g in keep if len(g) == 3], docsets, grams):
        merged = chain[0] + tuple(g[2] for g in chain[1:])
        grams[merged] = [(o[0], o[1], last[2], o[3], o[4])
                         for o, last in zip(sorted(grams[chain[0]]), sorted(grams[chain[-1]]))]
        keep.difference_update(chain)
        keep.add(merged)
    rows = []
    for g in keep:
        for doc_id, s, e, ss, se in grams[g]:
            rows.append((" ".join(g), "claim", doc_id, s, e, ss, se))
    return rows


def _trigram_chains(trigrams: list[tuple], docsets: dict, grams: dict) -> list[list[tuple]]:
    """Runs of overlapping kept 3-grams that are one longer shared phrase: ``(a, b, c)`` then ``(b, c, d)``
    ..., each the only continuation of the other, seen in the same documents, and every occurrence of one
    overlapping an occurrence of the next in the same sentence ("must give troop", "give troop support",
    "troop support necessary" -> "must give troop support necessary"). Listed once, longest first."""
    by_prefix: dict[tuple, list[tuple]] = defaultdict(list)
    by_suffix: dict[tuple, list[tuple]] = defaultdict(list)
    for g in trigrams:
        by_prefix[g[:2]].append(g)
        by_suffix[g[1:]].append(g)

    def follows(g: tuple, h: tuple) -> bool:
        occ_g, occ_h = sorted(grams[g]), sorted(grams[h])
        return (docsets[g] == docsets[h] and len(occ_g) == len(occ_h)
                and all(a[0] == b[0] and a[3] == b[3] and a[1] < b[1] < a[2] for a, b in zip(occ_g, occ_h)))

    def successor(g: tuple) -> tuple | None:
        nexts = [h for h in by_prefix.get(g[1:], []) if h != g and follows(g, h)]
        if len(nexts) != 1:
            return None
        prevs = [f for f in by_suffix.get(nexts[0][:2], []) if f != nexts[0] and follows(f, nexts[0])]
        return nexts[0] if prevs == [g] else None

    has_prev = {h for g in trigrams if (h := successor(g)) is not None}
    chains = []
    for g in sorted(trigrams):
        if g in has_prev:
            continue
        chain, seen = [g], {g}
        while (h := successor(chain[-1])) is not None and h not in seen:
            chain.append(h)
            seen.add(h)
        if len(chain) > 1:
            chains.append(chain)
    return chains


def coverage_table(corpus: Corpus, lexicon: dict | None = None) -> pd.DataFrame:
    """Every fact mention: :data:`COVERAGE_COLUMNS` (``start, end``: the mention; ``sent_start, sent_end``:
    its sentence). Sorted by ``kind`` (name, number, date, claim), ``fact``, ``doc_id``, ``start``."""
    sent_spans = _sentence_token_spans(corpus)
    names = _name_facts(corpus, lexicon, sent_spans)
    name_spans: dict[str, list] = defaultdict(list)
    for _, _, d, s, e, _, _ in names:
        name_spans[d].append((s, e))
    events = event_table(corpus)
    date_spans: dict[str, list] = defaultdict(list)
    for d, s, e in events[["doc_id", "start", "end"]].itertuples(index=False):
        date_spans[d].append((int(s), int(e)))
    rows = (names + _number_facts(corpus, date_spans, sent_spans) + _date_facts(events)
            + _claim_facts(corpus, name_spans, sent_spans=sent_spans))
    raws = dict(zip(corpus.documents["doc_id"], corpus.documents["raw"]))
    sources = dict(zip(corpus.documents["doc_id"], corpus.documents["source"]))
    out = pd.DataFrame([(f, k, d, sources[d], s, e, raws[d][s:e], ss, se) for f, k, d, s, e, ss, se in rows],
                       columns=COVERAGE_COLUMNS)
    out["_k"] = out["kind"].map({k: i for i, k in enumerate(KINDS)})
    out = out.drop_duplicates(["fact", "kind", "doc_id", "start", "end"])
    return out.sort_values(["_k", "fact", "doc_id", "start"]).drop(columns="_k").reset_index(drop=True)


def coverage_matrix(coverage: pd.DataFrame, corpus: Corpus) -> pd.DataFrame:
    """Fact x source counts in long form: ``fact, kind, source, mentions`` for every fact and every source
    (``mentions`` 0 where the source omits the fact) plus ``n_sources`` (sources that report it). Sorted by
    ``n_sources`` (most first), total mentions (most first), ``kind``, ``fact``, then corpus source order."""
    sources = corpus.sources
    counts = coverage.groupby(["fact", "kind", "source"]).size().rename("mentions").reset_index()
    facts = counts[["fact", "kind"]].drop_duplicates()
    full = facts.merge(pd.DataFrame({"source": sources}), how="cross")
    full = full.merge(counts, on=["fact", "kind", "source"], how="left").fillna({"mentions": 0})
    full["mentions"] = full["mentions"].astype(int)
    g = full.groupby(["fact", "kind"])
    full["n_sources"] = g["mentions"].transform(lambda m: int((m > 0).sum()))
    full["total"] = g["mentions"].transform("sum")
    full["_s"] = full["source"].map({s: i for i, s in enumerate(sources)})
    full = full.sort_values(["n_sources", "total", "kind", "fact", "_s"], ascending=[False, False, True, True, True])
    return full.drop(columns=["_s", "total"]).reset_index(drop=True)


def coverage_summary(coverage: pd.DataFrame, corpus: Corpus) -> pd.DataFrame:
    """One row per fact: ``fact, kind, n_sources, sources, mentions, doc_id, start, end`` (the first mention as
    evidence), sorted by ``n_sources`` (most first), ``mentions`` (most first), ``kind``, ``fact``."""
    order = {s: i for i, s in enumerate(corpus.sources)}
    rows = []
    for (fact, kind), grp in coverage.groupby(["fact", "kind"], sort=True):
        srcs = sorted(set(grp["source"]), key=order.get)
        first = grp.iloc[0]
        rows.append((fact, kind, len(srcs), "; ".join(srcs), len(grp), first.doc_id, int(first.start), int(first.end)))
    out = pd.DataFrame(rows, columns=["fact", "kind", "n_sources", "sources", "mentions", "doc_id", "start", "end"])
    return out.sort_values(["n_sources", "mentions", "kind", "fact"], ascending=[False, False, True, True]).reset_index(drop=True)


def omissions(coverage: pd.DataFrame, corpus: Corpus, majority: float = 0.5) -> pd.DataFrame:
    """Per source, the facts it leaves out that more than ``majority`` of the *other* sources report:
    ``source, fact, kind, reported_by, n_others, doc_id, start, end`` (evidence: the first mention in
    another source). Sorted by ``source`` (corpus order), ``reported_by`` (most first), ``kind``, ``fact``.
    With fewer than three sources nothing can be a majority omission and the table is empty."""
    summary = coverage_summary(coverage, corpus)
    sources = corpus.sources
    rows = []
    if len(sources) >= 3:
        for i, src in enumerate(sources):
            for r in summary.itertuples(index=False):
                reporters = r.sources.split("; ")
                if src in reporters:
                    continue
                if len(reporters) / (len(sources) - 1) > majority:
                    ev = coverage[(coverage["fact"] == r.fact) & (coverage["kind"] == r.kind)].iloc[0]
                    rows.append((i, src, r.fact, r.kind, len(reporters), len(sources) - 1, ev.doc_id, int(ev.start), int(ev.end)))
    out = pd.DataFrame(rows, columns=["_i", "source", "fact", "kind", "reported_by", "n_others", "doc_id", "start", "end"])
    out = out.sort_values(["_i", "reported_by", "kind", "fact"], ascending=[True, False, True, True])
    return out.drop(columns="_i").reset_index(drop=True)
