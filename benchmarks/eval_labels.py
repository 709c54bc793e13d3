"""The package's general word-choice lists (``analysis/data/labels.yaml``) measured against BASIL's lexical-bias
spans (Fan et al. 2019, "In Plain Sight: Media Bias Through the Lens of Factual Reporting", EMNLP).

    .venv/bin/python benchmarks/eval_labels.py [--basil ../shared/eval/basil-dev] [--lexicon labels.yaml]

Each BASIL story (three outlets, one event) is imported with :func:`analysis.importers.json_articles` into a
temporary folder, as a new user would, with no story lexicon, and :func:`analysis.framing.labels` runs on it
with the package's lists only (or the lists of ``--lexicon``). BASIL marks phrase-level bias spans; those with
bias type ``lex`` are words chosen to sway the reader (annotated in body sentences: ids ``p<N>``, character
offsets within the sentence, mapped into the imported text as in ``eval_tone.py``).

* ``hit rate``: share of flagged words (label rows in the body) that fall inside a lexical-bias span.
* ``chance``: share of all word tokens of the same articles that fall inside such a span: the hit rate of
  words picked at random.
* ``lift`` = hit rate / chance; ``recall`` = share of lexical-bias spans that hold at least one flagged word.

Figures per list (group) and overall, with counts beside the rates. BASIL is read from ``../shared`` beside the
project (never copied into it).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
BASIL = ROOT.parent / "shared" / "eval" / "basil-dev"

from eval_tone import sentence_offsets, story_ids  # noqa: E402  (same import and offsets as the tone benchmark)


def lex_spans(art: dict, ann: dict) -> list[tuple[int, int]]:
    """Character spans, in the imported text, of the ``lex`` bias annotations of one article's body."""
    offsets = sentence_offsets(art["body-paragraphs"])
    out = []
    for span in ann.get("phrase-level-annotations", []):
        sid = span.get("id", "")
        if span.get("bias") != "lex" or not sid.startswith("p") or int(sid[1:]) not in offsets:
            continue
        at = offsets[int(sid[1:])]
        out.append((at + int(span["start"]), at + int(span["end"])))
    return out


def inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def evaluate_story(uuid: str, basil: Path, tmp: Path, lexicon: dict | None) -> dict:
    """Counts of one story: flagged words and those inside a span (per group), words and those inside, spans
    and those holding a flagged word."""
    from analysis import load_corpus
    from analysis.framing import labels
    from analysis.importers import json_articles

    paths = sorted((basil / "articles").glob(f"*/{uuid}_*.json"))
    corpus = load_corpus(json_articles(paths, tmp / uuid))
    table = labels(corpus, lexicon=lexicon)
    counts: dict = defaultdict(int)
    examples = []
    for path in paths:
        art = json.loads(path.read_text(encoding="utf-8"))
        ann = json.loads((basil / "annotations" / path.parent.name / f"{path.stem}_ann.json").read_text("utf-8"))
        doc = art["source"]
        spans = lex_spans(art, ann)
        toks = corpus.tokens[(corpus.tokens["doc_id"] == doc) & corpus.tokens["token"].str.contains(r"\w")]
        counts["words"] += len(toks)
        counts["words_in"] += sum(inside(spans, s, e) for s, e in zip(toks["start"], toks["end"]))
        rows = table[table["doc_id"] == doc]
        hit_spans = set()
        for group, term, s, e in rows[["group", "term", "start", "end"]].itertuples(index=False):
            hit = [k for k, (a, b) in enumerate(spans) if a <= s and e <= b]
            counts[("flagged", group)] += 1
            counts[("in", group)] += bool(hit)
            hit_spans.update(hit)
            examples.append((group, term.lower(), bool(hit)))
        counts["spans"] += len(spans)
        counts["spans_hit"] += len(hit_spans)
    return {"counts": counts, "examples": examples}


def summarise(results: list[dict]) -> tuple[dict, dict]:
    total: dict = defaultdict(int)
    terms: dict = defaultdict(lambda: [0, 0])
    for r in results:
        for k, v in r["counts"].items():
            total[k] += v
        for group, term, hit in r["examples"]:
            terms[(group, term)][0] += 1
            terms[(group, term)][1] += hit
    return total, terms


def report(total: dict, terms: dict, stories: int) -> str:
    chance = total["words_in"] / max(total["words"], 1)
    groups = sorted({k[1] for k in total if isinstance(k, tuple)})
    lines = [f"{stories} stories; words {total['words']:,}, inside a lexical-bias span {total['words_in']:,} "
             f"(chance {chance:.3f}); spans {total['spans']}, holding a flagged word {total['spans_hit']} "
             f"(recall {total['spans_hit'] / max(total['spans'], 1):.3f})",
             f"{'list':22} {'flagged':>7} {'in span':>7} {'hit rate':>8} {'lift':>6}"]
    flagged = hits = 0
    for g in groups:
        f, h = total[("flagged", g)], total[("in", g)]
        flagged, hits = flagged + f, hits + h
        lines.append(f"{g:22} {f:7d} {h:7d} {h / f:8.3f} {h / f / chance:6.2f}")
    if flagged:
        lines.append(f"{'all':22} {flagged:7d} {hits:7d} {hits / flagged:8.3f} {hits / flagged / chance:6.2f}")
    top = sorted(terms.items(), key=lambda kv: (-kv[1][0], kv[0]))[:15]
    lines.append("most flagged terms (in span / flagged): "
                 + ", ".join(f"{t} {h}/{n}" for (_, t), (n, h) in top))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--basil", type=Path, default=BASIL)
    ap.add_argument("--lexicon", type=Path, help="word lists to measure instead of the package's (labels.yaml format)")
    args = ap.parse_args(argv)
    from analysis.framing import load_labels

    lexicon = load_labels(args.lexicon)
    ids = story_ids(args.basil)
    with tempfile.TemporaryDirectory() as tmp:
        results = [evaluate_story(u, args.basil, Path(tmp), lexicon) for u in ids]
    print(report(*summarise(results), len(ids)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
