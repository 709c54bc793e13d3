"""Evaluate :mod:`analysis.quotes` on the PolNeAR dev split: direct-quote P/R/F1 and speaker accuracy.

    .venv/bin/python benchmarks/eval_quotes.py [--data ../shared/eval/polnear-dev] [--errors N]
    .venv/bin/python benchmarks/eval_quotes.py --attributions [--train] [--errors N] [--by-cue N]
    .venv/bin/python benchmarks/eval_quotes.py --speed [--speed-data articles.jsonl.gz] [--limit 2000] [--passes 3]

Data: PolNeAR (Newell, Margolin & Ruths 2018, "An Attribution Relations Corpus for Political News", LREC),
dev split, read from ``../shared/eval/polnear-dev`` (beside the project) (``text/*.txt`` and brat ``attributions/*.ann``); it
is never copied into the project. When an article has several annotators' ``.ann`` files, the first file by
name (``<article>_<annotator>.ann``, sorted) is used, so the choice is deterministic.

Scoring (the Gender Gap Tracker's, Asr et al. 2021):

* gold direct quotes = attribution ``Content`` spans whose text starts with a quotation mark (``"``, ``“``,
  ``‘``, ``'`` or the NYT's ``''``); discontinuous spans count as the union of their parts;
* a gold quote is *found* at threshold t when the predicted quotation spans (kinds ``direct`` and
  ``partial`` by default, i.e. not scare quotes, titles or indirect speech; ``--kinds`` to change) cover at least t of its characters (union over predicted spans, so a quote split by
  "he said" may be predicted as two pieces); t = 0.3 (lenient) and 0.8 (strict);
* recall = found / gold; precision P = predicted spans that overlap some gold direct content / predicted;
  F1 = 2PR / (P + R). PolNeAR's content spans also hold indirect and mixed attributions (``that ... "keep
  the details under wraps."``), so a correctly found quote inside one counts against P. P_any (and F1_any)
  counts a predicted span as correct when it overlaps any gold content span: that is the scoring under which
  a naive baseline (every span between paired marks) reproduces the issue's figures (F1 0.95 at 0.3, 0.94
  at 0.8), so F1_any is the number to compare with the baseline and the target;
* speaker accuracy = among gold quotes found at 0.3, the share whose predicted speaker mention
  (``speaker_start``/``speaker_end`` of the predicted span that covers most of it) overlaps the gold
  ``Source`` span.

Measured (2026-11, dev, 84 articles, 427 gold direct quotes; speakers of direct+partial 0.917 and P 0.698
since 2026-12-03, 0.924 and 0.700 since 2026-12-04, the other rows as first measured):

    kinds            recall@.3  recall@.8    P    F1@.3  F1@.8   P_any  F1_any@.3  F1_any@.8  speakers
    direct+partial     0.960      0.946    0.698  0.808  0.803   0.983    0.971      0.964     0.917
    direct only        0.934      0.923    0.931  0.933  0.927   0.985    0.959      0.953     0.902
    all marked spans   0.984      0.965    0.592  0.739  0.734   0.926    0.954      0.945     0.864

The last row (every span between paired marks, as the naive baseline) reproduces the issue's baseline F1.

``--attributions`` scores every attribution (direct, partial and indirect rows against all gold content
spans, :func:`evaluate_attributions`). Rules are tuned on the train split (``--train``: ``polnear-train``, 840
articles) and reported on dev. Measured (2026-12-03, 2-core shared machine; in brackets the figures before the
rules for named speech acts, naming quotes, opening subjects, two reports per sentence, speakers from the
quote's own sentence, roles and they/it resolved to nearby subjects):

    split   gold    P              R              F1             R_direct  R_indirect     speakers
    train  19832  0.948 (0.944)  0.506 (0.490)  0.660 (0.645)    0.927     0.399 (0.379)  0.875 (0.865)
    dev     2192  0.960 (0.954)  0.540 (0.523)  0.691 (0.676)    0.916     0.449 (0.428)  0.886 (0.876)

and after the rules for denied reports ("would not say whether": no report, though PolNeAR counts one), a
"that" after an addressee or a date, reports inside an opening clause, opening adjuncts before ', X said',
time clauses after a cue, and speakers named before a description (2026-12-03, night):

    train  19832  0.952          0.503          0.659            0.927     0.396          0.880
    dev     2192  0.963          0.539          0.691            0.916     0.448          0.890

and after the rules from five held-out reads of AllSides and BASIL stories (2026-12-04; ``benchmarks/RESULTS.md``:
acts toward a person and rows that ran on past a report are cut, so recall falls by 21 gold spans on train):

    train  19832  0.953          0.502          0.658            0.927     0.395          0.883
    dev     2192  0.965          0.537          0.690            0.916     0.445          0.892

and after the rules from seven more held-out reads (2026-12-04, evening): "X wants to ..." (the writer's account
of an aim) and "states" the noun report nothing, a report ends before another speaker's ', but X said' and
before the subject's second act, names joined by "and" speak together. PolNeAR annotates aims, so recall
falls by 88 gold spans on train while precision rises:

    train  19832  0.956          0.498          0.655            0.927     0.389          0.889
    dev     2192  0.970          0.531          0.686            0.916     0.437          0.899

and after the rules from six more held-out reads (2026-12-05; ``benchmarks/RESULTS.md``: an attribution inside a
sentence leaves one report around it, objects end before the writer's apposition or concession, the writer's
"I"/"we" and guesses report nothing, "the official" is the description before it, tweets and transcript turns
are their signers' words). PolNeAR annotates the writer's "I" and "we" and relative clauses that over-long rows
had covered, and rows whose speaker is a lower-case word that names no one ("recent" of "recent comments"), so
recall falls by 93 gold spans on train while precision and speakers rise:

    train  19832  0.960          0.493          0.651            0.927     0.383          0.894
    dev     2192  0.975          0.521          0.679            0.916     0.426          0.906

and after the rules from four more held-out reads (2026-12-05, later; ``benchmarks/RESULTS.md``: the noun-phrase
objects of announce, condemn, denounce and decry report nothing, a report ends before the writer's framing and
before a clause about its own speaker, roles and "the company" resolve to the person or organisation named
before, "they" to a lower-case group that is a subject). PolNeAR annotates the objects of those four verbs, so
recall falls by 97 gold spans on train while speakers rise:

    train  19832  0.961          0.488          0.647            0.927     0.377          0.895
    dev     2192  0.977          0.519          0.678            0.916     0.423          0.909

Reading reported clauses in sentences with quotation marks costs CPU: ``document_quotes`` on the first 1,500
AllSides articles (min of 3 passes, alternating with the rules before these attribution rules, 2-core machine
shared with other jobs, 2026-12-03) took 1.435 / 1.493, 1.431 / 1.540, 1.262 / 1.422 ms per article
(before / after, +4% to +13%), for 11% more rows (25,802 -> 28,555).

Much of what recall lacks is PolNeAR's wider notion of attribution (beliefs, findings and attitudes: "a poll
shows", "he wants", "she seemed", objects of "support", "endorse"), which the rules leave out on purpose: read
on news stories, cues of that kind gave rows that are no one's words.

``--by-cue N`` counts the missed gold attributions by the lemma of their cue's last word and gives the recall
and F1 the rules would reach if every miss whose cue word is a listed reporting verb were found at the same
precision (:func:`cue_ceiling`). Measured 2026-12-06: train 2,647 of 10,185 misses have a listed cue word, so
R 0.620, F1 0.755 at most; dev 278 of 1,061, R 0.643, F1 0.776 at most. The other misses have cues of topic
("talk about", "message of", "focused on", "call for"), finding and attitude ("show", "support", "expect",
"endorse", "seem", "know").

``--speed`` times the extractor instead: ``document_quotes`` over the first ``--limit`` articles of the
AllSides corpus (text field ``content_original``; one warm-up call first, as a worker process would have
made), then ``quotes_table`` on the same corpus, in ms per article (wall clock, one process). ``--passes N``
runs ``document_quotes`` over the articles N times and also reports the fastest pass after the first, in CPU
time: the first pass carries one-time loads (word lists, the country list of :mod:`analysis.gazetteer`) that a
long-running worker pays once.
"""

from __future__ import annotations

import argparse
import sys
import warnings
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import pandas as pd  # noqa: E402

from analysis.corpus import load_corpus  # noqa: E402
from analysis.quotes import REPORTED_KINDS, quotes_table  # noqa: E402

SHARED = ROOT.parent / "shared"  # the shared data beside the project (as tests/conftest.py finds it)
DATA = SHARED / "eval" / "polnear-dev"
TRAIN = SHARED / "eval" / "polnear-train"  # the split the rules are tuned on
SPEED_DATA = SHARED / "corpora" / "allsides" / "articles.jsonl.gz"
QUOTE_STARTS = ('"', "\u201c", "\u2018", "'")


@dataclass
class Gold:
    doc_id: str
    spans: list[tuple[int, int]]
    source: list[tuple[int, int]]
    text: str
    direct: bool = True
    cue: str = ""  # the text of the attribution's Cue span ("said", "according to", "talk about")


def read_ann(path: Path, text: str, doc_id: str, all_sources: bool = False) -> list[Gold]:
    """Gold attributions of one brat file (checking that every span's text matches the article); ``direct``
    marks content that opens with a quotation mark. Only direct ones carry their ``Source`` span unless
    ``all_sources``."""
    spans, rels = {}, []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) < 2 or not parts[0][1:].isdigit():
            continue  # a continuation line of a span text that holds a line break
        if parts[0].startswith("T"):
            label, _, where = parts[1].partition(" ")
            sp = [tuple(int(x) for x in s.split()) for s in where.split(";")]
            got = " ".join(text[s:e] for s, e in sp)
            if got != parts[2] and not (got.startswith(parts[2]) and "\n" in got):  # brat cuts at a line break
                raise AssertionError(f"{path.name} {parts[0]}: offsets do not match the text: {got!r} != {parts[2]!r}")
            spans[parts[0]] = (label, sp, parts[2])
        elif parts[0].startswith("E"):
            rels.append(dict(x.split(":", 1) for x in parts[1].split()))
    out = []
    for rel in rels:
        content = spans.get(rel.get("Content", ""))
        if content is None:
            continue
        source = spans.get(rel.get("Source", ""), (None, [], ""))[1]
        cue = spans.get(rel.get("Cue", ""), (None, [], ""))[2]
        if not content[2].startswith(QUOTE_STARTS):
            out.append(Gold(doc_id, content[1], source if all_sources else [], content[2], direct=False, cue=cue))
            continue
        out.append(Gold(doc_id, content[1], source, content[2], cue=cue))
    return out


def load_gold(data: Path, all_sources: bool = False) -> tuple[list[Gold], list[str]]:
    gold, notes = [], []
    for txt in sorted((data / "text").glob("*.txt")):
        anns = sorted((data / "attributions").glob(txt.stem + "_*.ann"))
        anns = [a for a in anns if a.stem.rsplit("_", 1)[0] == txt.stem]
        if not anns:
            notes.append(f"{txt.stem}: no annotation")
            continue
        if len(anns) > 1:
            notes.append(f"{txt.stem}: {len(anns)} annotators, used {anns[0].name}")
        gold += read_ann(anns[0], txt.read_text(encoding="utf-8"), txt.stem, all_sources)
    return gold, notes


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def evaluate(data: Path = DATA, kinds: tuple[str, ...] = ("direct", "partial"), errors: int = 0) -> dict:
    """Scores as a dict: gold, predicted, p/r/f1 at 0.3 and 0.8, speaker accuracy (and counts)."""
    gold_all, notes = load_gold(data)
    gold = [g for g in gold_all if g.direct]
    any_by_doc: dict[str, list] = {}
    for g in gold_all:
        any_by_doc.setdefault(g.doc_id, []).extend(g.spans)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        corpus = load_corpus(data / "text")
    table = quotes_table(corpus)
    pred = table[table["kind"].isin(kinds)]
    by_doc: dict[str, list] = {}
    for r in pred.itertuples(index=False):
        by_doc.setdefault(r.doc_id, []).append(r)
    gold_by_doc: dict[str, list[Gold]] = {}
    for g in gold:
        gold_by_doc.setdefault(g.doc_id, []).append(g)

    found = {0.3: 0, 0.8: 0}
    speaker_ok = 0
    missed, wrong_speaker = [], []
    for g in gold:
        chars = set()
        for s, e in g.spans:
            chars.update(range(s, e))
        covered = set()
        best, best_ov = None, 0
        for r in by_doc.get(g.doc_id, []):
            ov = 0
            for s, e in g.spans:
                o = _overlap((s, e), (r.start, r.end))
                ov += o
                if o:
                    covered.update(range(max(s, r.start), min(e, r.end)))
            if ov > best_ov:
                best, best_ov = r, ov
        share = len(covered) / len(chars) if chars else 0
        for t in found:
            if share >= t:
                found[t] += 1
        if share >= 0.3:
            ss, se = best.speaker_start, best.speaker_end
            ok = not pd.isna(ss) and any(
                _overlap((int(ss), int(se)), src) for src in g.source)
            speaker_ok += ok
            if not ok:
                wrong_speaker.append((g, best))
        else:
            missed.append((g, share))
    hits = hits_any = 0
    false_pos = []
    for r in pred.itertuples(index=False):
        hits_any += any(_overlap((r.start, r.end), sp) for sp in any_by_doc.get(r.doc_id, []))
        if any(_overlap((r.start, r.end), sp) for g in gold_by_doc.get(r.doc_id, []) for sp in g.spans):
            hits += 1
        else:
            false_pos.append(r)
    n_pred, n_gold = len(pred), len(gold)
    out = {"gold": n_gold, "predicted": n_pred, "precision": hits / n_pred if n_pred else 0.0,
           "precision_any": hits_any / n_pred if n_pred else 0.0,
           "notes": notes}
    for t in found:
        r = found[t] / n_gold if n_gold else 0.0
        p = out["precision"]
        out[f"found@{t}"] = found[t]
        out[f"recall@{t}"] = r
        out[f"f1@{t}"] = 2 * p * r / (p + r) if p + r else 0.0
        pa = out["precision_any"]
        out[f"f1_any@{t}"] = 2 * pa * r / (pa + r) if pa + r else 0.0
    out["speaker_ok"] = speaker_ok
    out["speaker_accuracy"] = speaker_ok / found[0.3] if found[0.3] else 0.0
    if errors:
        texts = dict(zip(corpus.documents["doc_id"], corpus.documents["raw"]))
        print(f"--- missed gold quotes ({len(missed)})")
        for g, share in missed[:errors]:
            near = table[(table["doc_id"] == g.doc_id) & (table["end"] > g.spans[0][0]) & (table["start"] < g.spans[-1][1])]
            print(f"  {g.doc_id[:40]} {g.spans} cover={share:.2f} {g.text[:90]!r} pred={'/'.join(near['kind'])}")
        print(f"--- false positives ({len(false_pos)})")
        for r in false_pos[:errors]:
            print(f"  {r.doc_id[:40]} {r.start} {r.text[:100]!r}")
        print(f"--- wrong speakers ({len(wrong_speaker)})")
        for g, r in wrong_speaker[:errors]:
            src = "|".join(texts[g.doc_id][s:e] for s, e in g.source)
            print(f"  {g.doc_id[:40]} {r.start} gold={src!r} pred={r.mention!r}->{r.speaker!r} [{r.rule}] "
                  f"{g.text[:60]!r}")
    return out


ATTRIBUTION_KINDS = REPORTED_KINDS
"""Row kinds that are attributions: quotations, reported clauses and acts (scare quotes and titles are not)."""


def evaluate_attributions(data: Path = DATA, threshold: float = 0.5, errors: int = 0) -> dict:
    """All attributions, scored as the Gender Gap Tracker scores them: every gold ``Content`` span (direct,
    indirect and mixed) is *found* when one predicted row of any attribution kind (:data:`ATTRIBUTION_KINDS`)
    covers at least ``threshold`` of its characters; precision = predicted rows that overlap some gold content
    span / predicted rows; speaker accuracy = among found gold spans, the share whose covering row's speaker
    mention overlaps the gold ``Source``. Recall is also given for the gold spans that open with a quotation
    mark (direct) and the rest (indirect)."""
    gold, notes = load_gold(data, all_sources=True)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        corpus = load_corpus(data / "text")
    table = quotes_table(corpus)
    pred = table[table["kind"].isin(ATTRIBUTION_KINDS)]
    by_doc: dict[str, list] = {}
    for r in pred.itertuples(index=False):
        by_doc.setdefault(r.doc_id, []).append(r)
    found = {True: 0, False: 0}
    total = {True: 0, False: 0}
    speaker_ok = 0
    missed, wrong = [], []
    for g in gold:
        n = sum(e - s for s, e in g.spans)
        total[g.direct] += 1
        best, best_ov = None, 0
        for r in by_doc.get(g.doc_id, []):
            ov = sum(_overlap(sp, (r.start, r.end)) for sp in g.spans)
            if ov > best_ov:
                best, best_ov = r, ov
        if n and best_ov / n >= threshold:
            found[g.direct] += 1
            ss, se = best.speaker_start, best.speaker_end
            ok = not pd.isna(ss) and any(_overlap((int(ss), int(se)), src) for src in g.source)
            speaker_ok += ok
            if not ok:
                wrong.append((g, best))
        else:
            missed.append((g, best_ov / n if n else 0.0))
    gold_spans: dict[str, list] = {}
    for g in gold:
        gold_spans.setdefault(g.doc_id, []).extend(g.spans)
    false_pos = [r for r in pred.itertuples(index=False)
                 if not any(_overlap((r.start, r.end), sp) for sp in gold_spans.get(r.doc_id, []))]
    n_pred, n_found, n_gold = len(pred), found[True] + found[False], len(gold)
    p = (n_pred - len(false_pos)) / n_pred if n_pred else 0.0
    r = n_found / n_gold if n_gold else 0.0
    out = {"gold": n_gold, "predicted": n_pred, "found": n_found, "precision": p, "recall": r,
           "f1": 2 * p * r / (p + r) if p + r else 0.0,
           "recall_direct": found[True] / total[True] if total[True] else 0.0,
           "recall_indirect": found[False] / total[False] if total[False] else 0.0,
           "gold_direct": total[True], "gold_indirect": total[False],
           "speaker_ok": speaker_ok, "speaker_accuracy": speaker_ok / n_found if n_found else 0.0,
           "by_kind": pred["kind"].value_counts().to_dict(), "notes": notes,
           "missed_by_cue": missed_by_cue([g for g, _ in missed])}
    if errors:
        import random

        texts = dict(zip(corpus.documents["doc_id"], corpus.documents["raw"]))
        rng = random.Random(0)
        print(f"--- missed gold attributions ({len(missed)}; a seeded sample)")
        for g, share in rng.sample(missed, min(errors, len(missed))):
            src = "|".join(texts[g.doc_id][s:e] for s, e in g.source)
            print(f"  {g.doc_id[:30]} {g.spans[0][0]} cover={share:.2f} src={src!r} {g.text[:110]!r}")
        print(f"--- false positives ({len(false_pos)}; a seeded sample)")
        for x in rng.sample(false_pos, min(errors, len(false_pos))):
            print(f"  {x.doc_id[:30]} {x.start} {x.kind} [{x.rule}] {x.mention!r}: {x.text[:100]!r}")
        print(f"--- wrong speakers ({len(wrong)}; a seeded sample)")
        for g, x in rng.sample(wrong, min(errors, len(wrong))):
            src = "|".join(texts[g.doc_id][s:e] for s, e in g.source)
            print(f"  {g.doc_id[:30]} {x.start} gold={src!r} pred={x.mention!r}->{x.speaker!r} [{x.rule}] "
                  f"{g.text[:60]!r}")
    return out


def cue_word(cue: str) -> str:
    """The lemma of the last word of a gold cue ("has said" -> "say", "talk about" -> "about", "" -> "")."""
    from analysis.quotes.tokens import lemma

    words = cue.lower().split()
    return lemma(words[-1]) if words else ""


def missed_by_cue(missed: list[Gold]) -> dict[str, int]:
    """Missed gold attributions counted by :func:`cue_word` of their cue, most first."""
    counts: dict[str, int] = {}
    for g in missed:
        counts[cue_word(g.cue)] = counts.get(cue_word(g.cue), 0) + 1
    return dict(sorted(counts.items(), key=lambda kv: -kv[1]))


def cue_ceiling(s: dict) -> dict:
    """How far recall and F1 could rise if every missed attribution whose cue word is a listed reporting verb
    (``analysis/data/reporting_verbs.yaml``, any class) were found at the same precision: the misses with a cue
    word outside the list (topic prepositions such as "about" and "of", verbs of finding and attitude such as
    "show", "support", "expect") are out of reach of the verb list as it stands."""
    from analysis.quotes.cues import reporting_verbs

    verbs = reporting_verbs()
    listed = sum(n for w, n in s["missed_by_cue"].items() if w in verbs)
    r = (s["found"] + listed) / s["gold"] if s["gold"] else 0.0
    p = s["precision"]
    return {"missed": sum(s["missed_by_cue"].values()), "listed": listed, "recall": r,
            "f1": 2 * p * r / (p + r) if p + r else 0.0}


def speed(path: Path = SPEED_DATA, limit: int = 2000, passes: int = 1) -> dict:
    """ms per article of ``document_quotes`` (per document, as a streaming worker calls it) and of
    ``quotes_table`` (the whole corpus, paragraphs already computed) on the first ``limit`` articles."""
    import time

    from analysis.corpus import Fields
    from analysis.quotes import _verbs, document_quotes

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        corpus = load_corpus(path, Fields(text="content_original"), limit=limit)
    paras = corpus.paragraphs
    spans: dict[str, list] = {}
    for d, s, e in zip(paras["doc_id"].tolist(), paras["start"].tolist(), paras["end"].tolist()):
        spans.setdefault(d, []).append((s, e))
    docs = [(t, r, spans.get(d, [])) for d, r, t in
            zip(corpus.documents["doc_id"], corpus.documents["raw"], corpus.documents["text"])]
    verbs = _verbs(None)
    document_quotes(*docs[0], verbs)  # warm-up: simplemma loads its dictionary on first use
    t0 = time.perf_counter()
    n_rows = sum(len(document_quotes(t, r, p, verbs)) for t, r, p in docs)
    per_doc = (time.perf_counter() - t0) / len(docs)
    warm = []  # CPU time of the passes after the first
    for _ in range(passes - 1):
        t0 = time.process_time()
        for t, r, p in docs:
            document_quotes(t, r, p, verbs)
        warm.append((time.process_time() - t0) / len(docs))
    t0 = time.perf_counter()
    table = quotes_table(corpus)
    per_table = (time.perf_counter() - t0) / len(docs)
    return {"articles": len(docs), "rows": n_rows, "table_rows": len(table),
            "document_quotes_ms": 1000 * per_doc, "quotes_table_ms": 1000 * per_table,
            "document_quotes_warm_ms": 1000 * min(warm) if warm else None}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--train", action="store_true",
                    help=f"use the train split ({TRAIN.name}, beside the dev split) instead of --data")
    ap.add_argument("--kinds", nargs="+", default=["direct", "partial"],
                    help="predicted kinds that count (default: direct partial, the quotations)")
    ap.add_argument("--errors", type=int, default=0, help="print up to N misses, false positives, wrong speakers")
    ap.add_argument("--attributions", action="store_true",
                    help="score all attributions (direct and indirect) at --threshold coverage by one row")
    ap.add_argument("--threshold", type=float, default=0.5, help="coverage for --attributions (default 0.5)")
    ap.add_argument("--by-cue", type=int, default=0, metavar="N",
                    help="with --attributions: the N cue words with most misses, and the recall and F1 if every "
                         "miss whose cue word is a listed reporting verb were found")
    ap.add_argument("--speed", action="store_true", help="time the extractor instead of scoring it")
    ap.add_argument("--speed-data", type=Path, default=SPEED_DATA, help="JSONL corpus for --speed")
    ap.add_argument("--limit", type=int, default=2000, help="articles for --speed (default 2000)")
    ap.add_argument("--passes", type=int, default=1,
                    help="passes of document_quotes for --speed; more than 1 also reports the fastest warm pass")
    args = ap.parse_args(argv)
    if args.train:
        args.data = TRAIN
    if args.speed:
        if not args.speed_data.exists():
            print(f"error: {args.speed_data} not found; give --speed-data", file=sys.stderr)
            return 2
        r = speed(args.speed_data, args.limit, args.passes)
        print(f"{r['articles']} articles, {r['rows']} rows: document_quotes {r['document_quotes_ms']:.2f} ms/article, "
              f"quotes_table {r['quotes_table_ms']:.2f} ms/article")
        if r["document_quotes_warm_ms"] is not None:
            print(f"document_quotes, fastest of passes 2-{args.passes} (CPU): {r['document_quotes_warm_ms']:.2f} "
                  "ms/article")
        return 0
    if not args.data.is_dir():
        print(f"error: {args.data} not found (a PolNeAR split); give --data", file=sys.stderr)
        return 2
    if args.attributions:
        s = evaluate_attributions(args.data, args.threshold, args.errors)
        for n in s["notes"]:
            print(f"note: {n}")
        print(f"{args.data.name}: {s['gold']} gold attributions ({s['gold_direct']} direct, {s['gold_indirect']} "
              f"indirect/mixed), {s['predicted']} rows of kinds {', '.join(ATTRIBUTION_KINDS)} "
              f"({', '.join(f'{k} {v}' for k, v in sorted(s['by_kind'].items()))})")
        print(f"found at {args.threshold:.0%} by one row: P {s['precision']:.3f}  R {s['recall']:.3f} ({s['found']})  "
              f"F1 {s['f1']:.3f}  R_direct {s['recall_direct']:.3f}  R_indirect {s['recall_indirect']:.3f}")
        print(f"speaker accuracy: {s['speaker_accuracy']:.3f} ({s['speaker_ok']} of {s['found']} found)")
        if args.by_cue:
            from analysis.quotes.cues import reporting_verbs

            verbs = reporting_verbs()
            print("missed, by the lemma of the cue's last word (* a listed reporting verb):")
            for w, n in list(s["missed_by_cue"].items())[:args.by_cue]:
                print(f"  {n:6d}  {w or '(no cue)'}{' *' if w in verbs else ''}")
            c = cue_ceiling(s)
            print(f"misses with a listed cue word: {c['listed']} of {c['missed']}; were all of them found at P "
                  f"{s['precision']:.3f}: R {c['recall']:.3f}, F1 {c['f1']:.3f}")
        print("reproduce: .venv/bin/python benchmarks/eval_quotes.py " + " ".join(argv or sys.argv[1:]))
        return 0
    s = evaluate(args.data, tuple(args.kinds), args.errors)
    for n in s["notes"]:
        print(f"note: {n}")
    print(f"{args.data.name}: {s['gold']} gold direct quotes, {s['predicted']} predicted ({', '.join(args.kinds)})")
    print("P = predicted spans overlapping a gold DIRECT content span; P_any = overlapping ANY gold content span")
    print("(P_any is how the issue's naive baseline, F1 0.95 / 0.94, was scored: see the module docstring)")
    print(f"{'threshold':>10} {'recall':>8} {'found':>6} {'P':>6} {'F1':>6} {'P_any':>6} {'F1_any':>7}")
    for t in (0.3, 0.8):
        print(f"{t:>10.1f} {s[f'recall@{t}']:>8.3f} {s[f'found@{t}']:>6} {s['precision']:>6.3f} {s[f'f1@{t}']:>6.3f} "
              f"{s['precision_any']:>6.3f} {s[f'f1_any@{t}']:>7.3f}")
    print(f"speaker accuracy: {s['speaker_accuracy']:.3f} ({s['speaker_ok']} of {s['found@0.3']} found quotes)")
    print("reproduce: .venv/bin/python benchmarks/eval_quotes.py " + " ".join(argv or sys.argv[1:]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
