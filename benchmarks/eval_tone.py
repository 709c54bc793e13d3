"""Tone toward actors measured against BASIL's hand coding (Fan et al. 2019, "In Plain Sight: Media Bias
Through the Lens of Factual Reporting", EMNLP).

    .venv/bin/python benchmarks/eval_tone.py [--basil ../shared/eval/basil-dev] [--half tune|held-out|all]
        [--pronouns] [--pairs] [--write]

Each BASIL story (three outlets, one event) is imported with :func:`analysis.importers.json_articles` into a
temporary corpus folder and given a lexicon built automatically from the articles' ``main-entities``: each
entity is an actor (its own side) with two aliases, its full name and its last word (the surname), the last word
only when it is capitalised and not a generic group noun (:data:`GENERIC_HEADS`: "Tea Party" gets no alias
"Party"). Quotes come from :func:`analysis.quotes.quotes_table` with that lexicon, tone from
:func:`analysis.tone.tone`; the score of a row is its ``tone`` column (tone toward the actor) where the table has
one, else ``compound`` (the sentence's VADER score), so the same script measures older code.

Two measures:

* **Article level.** BASIL codes the author's feeling toward each main entity per article
  (``author_feeling_<Entity>``: pos, neu, neg). Per article and entity, :func:`analysis.tone.article_tone`: the mean
  tone of the rows naming it in the author's voice and in quoted voices other than the entity's own (for older code
  without it, the mean author-voice score); ``AUC`` = probability that a pair coded ``neg`` gets a lower mean than a
  pair coded otherwise (ties count one half; Mann-Whitney), over the pairs that get a tone at all; ``coverage`` =
  share of coded pairs that get one. With ten or so negative pairs per half the AUC is uncertain, so its 95%
  interval is printed beside it: a percentile bootstrap that resamples whole stories (:func:`auc_ci_bootstrap`; the
  pairs of one story are not independent) and, for comparison, DeLong's interval treating pairs as independent
  (:func:`auc_ci_delong`). ``--write`` stores both with the held-out figures. A tone figure compares outlets on one
  story, so the AUC is also given **within a story**: only an article coded negative toward an entity against
  another article of the same story not coded negative toward it (few comparisons: read it with its count).
* **Phrase level.** BASIL marks bias spans with a ``target`` entity and a ``polarity`` (pos / neg) and whether
  the span is inside a quote. For each span whose target is a main entity, the rows of that sentence, actor and
  voice (quoted if the span is quoted, else author): ``found`` = share of spans with such a row; ``signed`` =
  share of found spans whose tone is not zero; ``agree`` = share of signed spans whose tone has the annotated
  sign.

The 20 stories are split by a fixed rule: sorted by triplet uuid, even positions (0, 2, ...) are the tuning
half, odd positions the held-out half. Tune only on the first; report both. BASIL is read from ``../shared``
beside the project (never copied into it).
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
import tempfile
from collections import defaultdict
from pathlib import Path
from statistics import NormalDist

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
BASIL = ROOT.parent / "shared" / "eval" / "basil-dev"

AGREEMENT = ROOT / "analysis" / "data" / "tone_agreement.yaml"
TARGET_AUC, TARGET_COVERAGE = 0.75, 0.8
BOOT_REPS = 2000
"""Bootstrap resamples for the AUC interval."""

GENERIC_HEADS = {"Party", "Lawmakers", "Court", "Committee", "Administration", "Security"}
"""Last words that name a kind of group, not one actor: never an alias on their own."""


def story_ids(basil: Path) -> list[str]:
    """Triplet uuids of every story, sorted."""
    return sorted({p.name.rsplit("_", 1)[0] for p in (basil / "articles").glob("*/*.json")})


def split(ids: list[str]) -> dict[str, list[str]]:
    """The fixed split: sorted uuids, even positions tune, odd positions are held out."""
    ids = sorted(ids)
    return {"tune": ids[0::2], "held-out": ids[1::2]}


def norm(name: str) -> str:
    return " ".join(name.replace("_", " ").split()).lower()


def entity_lexicon(entities: list[str]) -> dict:
    """Story lexicon of BASIL ``main-entities``: full name and surname (last word) as aliases."""
    actors = {}
    taken: set[str] = set()
    for name in entities:
        name = " ".join(name.split())
        aliases = [name]
        words = name.split()
        last = words[-1]
        if len(words) > 1 and last[:1].isupper() and last not in GENERIC_HEADS and last not in taken:
            aliases.append(last)
        taken.update(aliases)
        actors[name] = {"side": name, "aliases": aliases}
    return {"actors": actors}


def sentence_offsets(paragraphs: list) -> dict[int, int]:
    """Offset in the imported text of the N-th sentence of the flattened ``body-paragraphs`` (as
    :func:`analysis.importers.json_articles` writes it: sentences stripped and joined by a space, paragraphs by a
    blank line), minus the leading whitespace the import strips, so that ``offset + start`` is the character."""
    out, pos, n = {}, 0, 0
    first_para = True
    for para in paragraphs:
        sents = para if isinstance(para, list) else [para]
        kept = [s for s in sents if str(s).strip()]
        if kept and not first_para:
            pos += 2
        first = True
        for s in sents:
            s = str(s)
            if s.strip():
                if not first:
                    pos += 1
                out[n] = pos - (len(s) - len(s.lstrip()))
                pos += len(s.strip())
                first = False
            n += 1
        if kept:
            first_para = False
    return out


def auc(neg: list[float], rest: list[float]) -> float:
    """P(a negative pair scores lower than a non-negative pair), ties one half."""
    if not neg or not rest:
        return float("nan")
    wins = sum((a < b) + 0.5 * (a == b) for a in neg for b in rest)
    return wins / (len(neg) * len(rest))


def auc_ci_delong(neg: list[float], rest: list[float], level: float = 0.95) -> tuple[float, float]:
    """DeLong et al. (1988) interval for :func:`auc`, pairs taken as independent: with ``psi(x, y)`` = 1 if
    x < y, 1/2 if equal, else 0, the structural components ``V_i = mean_j psi(x_i, y_j)`` (one per negative pair)
    and ``W_j = mean_i psi(x_i, y_j)`` (one per other pair), ``SE^2 = var(V) / m + var(W) / n`` (sample variances,
    m negatives, n others) and ``AUC -/+ z * SE`` clipped to [0, 1]. Needs at least two of each."""
    m, n = len(neg), len(rest)
    if m < 2 or n < 2:
        return float("nan"), float("nan")
    psi = [[(a < b) + 0.5 * (a == b) for b in rest] for a in neg]
    v = [sum(row) / n for row in psi]
    w = [sum(psi[i][j] for i in range(m)) / m for j in range(n)]
    a = sum(v) / m

    def var(xs: list[float]) -> float:
        mu = sum(xs) / len(xs)
        return sum((x - mu) ** 2 for x in xs) / (len(xs) - 1)

    z = NormalDist().inv_cdf(0.5 + level / 2)
    se = math.sqrt(var(v) / m + var(w) / n)
    return max(0.0, a - z * se), min(1.0, a + z * se)


def auc_ci_bootstrap(groups: list[tuple[list[float], list[float]]], level: float = 0.95, reps: int = BOOT_REPS,
                     seed: int = 0) -> tuple[float, float]:
    """Percentile bootstrap interval for :func:`auc` resampling whole stories: ``groups`` holds, per story, the
    scores of its negative pairs and of its other pairs. The three articles of a story share entities and events,
    so their pairs are not independent; drawing stories with replacement (``reps`` times, fixed ``seed``) keeps
    that dependence. Resamples with no negative or no other pair are skipped."""
    rng = random.Random(seed)
    values = []
    for _ in range(reps):
        draw = [groups[rng.randrange(len(groups))] for _ in groups]
        neg = [x for g in draw for x in g[0]]
        rest = [x for g in draw for x in g[1]]
        if neg and rest:
            values.append(auc(neg, rest))
    if not values:
        return float("nan"), float("nan")
    values.sort()
    tail = (1 - level) / 2

    def pct(q: float) -> float:  # linear interpolation between order statistics (numpy's default)
        h = (len(values) - 1) * q
        lo = math.floor(h)
        return values[lo] + (h - lo) * (values[min(lo + 1, len(values) - 1)] - values[lo])

    return pct(tail), pct(1 - tail)


def score_column(table) -> str:
    return "tone" if "tone" in table.columns else "compound"


def article_scores(table):
    """Per article and actor, the tone the project gives as its article-level measure
    (:func:`analysis.tone.article_tone`), or ``None`` where the code has none (then the mean author-voice score
    of the rows is used, as for older code)."""
    from analysis import tone as tone_module

    if not hasattr(tone_module, "article_tone") or "own" not in table.columns:
        return None
    return tone_module.article_tone(table)


def evaluate_story(uuid: str, basil: Path, tmp: Path, pronouns: bool = False) -> dict:
    """Article-level pairs and phrase-level spans of one story, with the project's tone (``pronouns``: with
    :func:`analysis.tone.pronoun_mentions`, he / his / she / her... read as mentions of the actor they stand
    for)."""
    from analysis import load_corpus
    from analysis.importers import json_articles
    from analysis.quotes import quotes_table
    from analysis.tone import tone

    paths = sorted((basil / "articles").glob(f"*/{uuid}_*.json"))
    arts = {p: json.loads(p.read_text(encoding="utf-8")) for p in paths}
    entities = list(dict.fromkeys(e for a in arts.values() for e in a["main-entities"]))
    lexicon = entity_lexicon(entities)
    folder = json_articles(paths, tmp / uuid)
    corpus = load_corpus(folder)
    if pronouns:
        from analysis.tone import pronoun_mentions

        table = tone(corpus, lexicon, quotes_table(corpus, lexicon), pronouns=pronoun_mentions(corpus, lexicon))
    else:
        table = tone(corpus, lexicon, quotes_table(corpus, lexicon))
    col = score_column(table)
    per_article = article_scores(table)
    by_norm = {norm(e): " ".join(e.split()) for e in entities}
    pairs, spans = [], []
    for path, art in arts.items():
        doc = art["source"]
        ann_path = basil / "annotations" / path.parent.name / f"{path.stem}_ann.json"
        ann = json.loads(ann_path.read_text(encoding="utf-8"))
        rows = table[table["doc_id"] == doc]
        for key, code in ann["article-level-annotations"].items():
            if not key.startswith("author_feeling_") or key == "author_feeling_main_event":
                continue
            actor = by_norm.get(norm(key[len("author_feeling_"):]))
            if actor is None:
                continue
            if per_article is not None:
                r = per_article[(per_article["doc_id"] == doc) & (per_article["actor"] == actor)]
                score, n_rows = (float(r["tone"].iloc[0]), int(r["rows"].iloc[0])) if len(r) else (None, 0)
            else:
                r = rows[(rows["actor"] == actor) & (rows["voice"] == "author")]
                score, n_rows = (float(r[col].mean()) if len(r) else None), len(r)
            pairs.append({"story": uuid, "doc": doc, "actor": actor, "code": code, "score": score,
                          "rows": n_rows})
        offsets = sentence_offsets(art["body-paragraphs"])
        for span in ann.get("phrase-level-annotations", []):
            sid, pol = span.get("id", ""), span.get("polarity", "")
            actor = by_norm.get(norm(span.get("target", "")))
            if not sid.startswith("p") or pol not in ("pos", "neg") or actor is None:
                continue
            n = int(sid[1:])
            if n not in offsets:
                continue
            at = offsets[n] + int(span["start"])
            voice = "quoted" if span.get("quote") == "yes" else "author"
            r = rows[(rows["actor"] == actor) & (rows["voice"] == voice) & (rows["start"] <= at) & (rows["end"] > at)]
            spans.append({"story": uuid, "doc": doc, "actor": actor, "polarity": pol, "voice": voice,
                          "score": float(r[col].mean()) if len(r) else None})
    return {"pairs": pairs, "spans": spans}


def summarise(results: list[dict]) -> dict:
    pairs = [p for r in results for p in r["pairs"]]
    spans = [s for r in results for s in r["spans"]]
    scored = [p for p in pairs if p["score"] is not None]
    neg = [p["score"] for p in scored if p["code"] == "neg"]
    rest = [p["score"] for p in scored if p["code"] != "neg"]
    found = [s for s in spans if s["score"] is not None]
    signed = [s for s in found if s["score"] != 0]
    agree = [s for s in signed if (s["score"] < 0) == (s["polarity"] == "neg")]
    groups = [([p["score"] for p in r["pairs"] if p["score"] is not None and p["code"] == "neg"],
               [p["score"] for p in r["pairs"] if p["score"] is not None and p["code"] != "neg"]) for r in results]
    within = defaultdict(lambda: ([], []))
    for p in scored:
        within[(p["story"], p["actor"])][p["code"] != "neg"].append(p["score"])
    within = [g for g in within.values() if g[0] and g[1]]
    comparisons = sum(len(a) * len(b) for a, b in within)
    return {"pairs": len(pairs), "scored": len(scored),
            "within_auc": (sum(auc(a, b) * len(a) * len(b) for a, b in within) / comparisons
                           if comparisons else float("nan")),
            "within_comparisons": comparisons, "within_groups": len(within), "coverage": len(scored) / len(pairs) if pairs else float("nan"),
            "neg": len(neg), "auc": auc(neg, rest), "auc_ci": auc_ci_bootstrap(groups),
            "auc_ci_delong": auc_ci_delong(neg, rest), "spans": len(spans), "found": len(found),
            "signed": len(signed), "agree": len(agree)}


def report(name: str, s: dict) -> str:
    f = s["found"] or 1
    g = s["signed"] or 1
    lo, hi = s["auc_ci"]
    dlo, dhi = s["auc_ci_delong"]
    return (f"{name:9s} article level: AUC {s['auc']:.3f} (neg {s['neg']} of {s['scored']} scored pairs), "
            f"coverage {s['coverage']:.3f} ({s['scored']} of {s['pairs']} coded pairs)\n"
            f"{'':9s} AUC 95% CI {lo:.3f}-{hi:.3f} (bootstrap over stories, {BOOT_REPS} resamples, seed 0); "
            f"DeLong {dlo:.3f}-{dhi:.3f} (pairs as independent)\n"
            f"{'':9s} within a story: AUC {s['within_auc']:.3f} over {s['within_comparisons']} comparisons of an "
            f"article coded negative with one not, same entity ({s['within_groups']} story-entities)\n"
            f"{'':9s} phrase level: {s['spans']} target spans, found {s['found']} ({s['found'] / (s['spans'] or 1):.3f}), "
            f"signed {s['signed']} ({s['signed'] / f:.3f} of found), sign agrees {s['agree']} ({s['agree'] / g:.3f} of signed)")


def write_agreement(s: dict, stories: int) -> None:
    """The held-out article-level figures as the YAML file that :func:`analysis.tone.agreement` reads."""
    import datetime

    AGREEMENT.write_text(
        "# Agreement of analysis.tone's tone toward actors with BASIL's hand coding (author_feeling_<Entity>,\n"
        "# Fan et al. 2019) on the held-out half of ../shared/eval/basil-dev. Written by\n"
        "# `python benchmarks/eval_tone.py --write`; do not edit by hand.\n"
        f"measured: {datetime.date.today().isoformat()}\n"
        f"stories: {stories}\n"
        f"pairs: {s['pairs']}\n"
        f"scored: {s['scored']}\n"
        f"negative: {s['neg']}\n"
        f"auc: {s['auc']:.3f}\n"
        "# 95% interval of the AUC: percentile bootstrap over stories (their pairs resampled together)\n"
        f"auc_low: {s['auc_ci'][0]:.3f}\n"
        f"auc_high: {s['auc_ci'][1]:.3f}\n"
        f"auc_ci_method: bootstrap over stories, {BOOT_REPS} resamples, seed 0\n"
        "# the same by DeLong's method, pairs taken as independent\n"
        f"auc_low_delong: {s['auc_ci_delong'][0]:.3f}\n"
        f"auc_high_delong: {s['auc_ci_delong'][1]:.3f}\n"
        "# AUC within a story: articles coded negative against articles of the same story and entity not so coded\n"
        f"within_auc: {s['within_auc']:.3f}\n"
        f"within_comparisons: {s['within_comparisons']}\n"
        f"coverage: {s['coverage']:.3f}\n"
        f"target_auc: {TARGET_AUC}\n"
        f"target_coverage: {TARGET_COVERAGE}\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--basil", type=Path, default=BASIL)
    ap.add_argument("--half", choices=("tune", "held-out", "all"), default="all")
    ap.add_argument("--pairs", action="store_true", help="print every article-entity pair")
    ap.add_argument("--pronouns", action="store_true",
                    help="resolve he / his / she / her... to actors (analysis.tone.pronoun_mentions; not in "
                         "`tables`, so --write writes nothing with it)")
    ap.add_argument("--write", action="store_true",
                    help=f"write the held-out figures to {AGREEMENT.relative_to(ROOT)} (read by analysis.tone.agreement)")
    args = ap.parse_args(argv)
    if not (args.basil / "articles").is_dir():
        print(f"BASIL not found at {args.basil}: pass --basil DIR", file=sys.stderr)
        return 2
    halves = split(story_ids(args.basil))
    names = ["tune", "held-out"] if args.half == "all" else [args.half]
    out = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name in names:
            out[name] = [evaluate_story(u, args.basil, Path(tmp), args.pronouns) for u in halves[name]]
    for name in names:
        summary = summarise(out[name])
        print(report(name, summary))
        if args.write and name == "held-out" and not args.pronouns:
            write_agreement(summary, len(halves[name]))
        if args.pairs:
            for r in out[name]:
                for p in r["pairs"]:
                    sc = "-" if p["score"] is None else f"{p['score']:+.3f}"
                    print(f"  {p['story'][:8]} {p['doc']:4s} {p['actor']:22s} {p['code']:4s} {sc:>7s} ({p['rows']} rows)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
