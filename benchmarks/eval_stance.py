"""Score the stance statements of :mod:`analysis.stance` against the hand-coded gold of ``benchmarks/stance_gold/``.

    .venv/bin/python benchmarks/eval_stance.py [--story NAME ...] [--errors]

Gold: one folder per story, ``benchmarks/stance_gold/<story>/gold.csv`` (``doc_id, start, end, holder, issue,
stance, note``: one row per statement a careful reader codes, offsets into the article files) and the story
lexicon the coder wrote (``lexicon.yaml``; the seeds use ``seeds/lexicon.yaml``). Coding rules:
``benchmarks/stance_gold/CODEBOOK.md``. The BASIL stories' articles are read from ``../shared/eval/basil-dev``
(never copied into the project) and imported with ``analysis.importers.json_articles``, as
``python -m analysis import-json`` does.

The rules were tuned on the stories of :data:`TUNING` only; the others were coded by a second coder and not read
while tuning (:data:`HELD_OUT`). Reported per story and for each half:

* statements: the items are (sentence, actor, issue) that either side codes; Cohen's kappa and Krippendorff's
  alpha over their labels (a stance value or ``none``), and the machine's precision and recall of statements;
  ``k_unit``: Cohen's kappa over the coding units of ``python -m analysis code-sheet`` (each sentence that names
  an issue, with each actor named or speaking in it) plus any statement outside them, so that candidates both
  sides leave uncoded count as agreement, as they do when a user scores a coded sheet;
* positions, as the stance grid shows them (side x issue x stance over the story): recall = gold positions the
  machine finds; contradicted = gold positions for whose side and issue the machine gives only the opposite
  stance (for versus against the proposition);
* main positions, the grid's cell colour: each side's most frequent stance on an issue in the gold, found when
  the machine's most frequent stance there is the same, contradicted when it is opposed; and the share of the
  machine's main positions that the gold confirms.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import pandas as pd  # noqa: E402

from analysis.agreement import NONE, agreement, code_sheet, position_agreement, statement_items  # noqa: E402
from analysis.corpus import load_corpus  # noqa: E402
from analysis.importers import json_articles  # noqa: E402
from analysis.lexicon import load_story_lexicon  # noqa: E402
from analysis.quotes import quotes_table  # noqa: E402
from analysis.stance import stance  # noqa: E402
from analysis.yamlfile import read_yaml  # noqa: E402

GOLD = ROOT / "benchmarks" / "stance_gold"
AGREEMENT = ROOT / "analysis" / "data" / "stance_agreement.yaml"
BASIL = ROOT.parent / "shared" / "eval" / "basil-dev" / "articles"
TUNING = ("seeds", "basil-ae243a95", "basil-45bd61bc")
"""Stories the rules were tuned on."""
HELD_OUT = ("basil-df5fe55a", "basil-576116e5", "basil-2153fb3e")
"""Stories coded by another coder and not read while tuning: the figures to report."""


def story_corpus(story: str, tmp: Path):
    """The corpus and lexicon of one gold story."""
    if story == "seeds":
        return load_corpus(ROOT / "seeds"), load_story_lexicon(ROOT / "seeds")
    uuid = story.removeprefix("basil-")
    files = sorted(BASIL.glob(f"*/{uuid}*_[0-9].json"))
    if not files:
        raise FileNotFoundError(f"no BASIL articles for {story} under {BASIL}")
    folder = json_articles(files, tmp / story, "body-paragraphs", "source", "date", "title")
    return load_corpus(folder), read_yaml(GOLD / story / "lexicon.yaml")


def score_story(story: str, tmp: Path) -> dict:
    corpus, lexicon = story_corpus(story, tmp)
    gold = pd.read_csv(GOLD / story / "gold.csv", dtype={"doc_id": str})
    quotes = quotes_table(corpus, lexicon)
    machine = stance(corpus, lexicon, quotes)
    items = statement_items(machine, gold, corpus)
    agree = agreement(list(items["machine"]), list(items["gold"]), ("machine", "gold"))
    # the coding units a user codes with code-sheet (sentence x issue x actor named there), and the statements
    # either side codes outside them: kappa over these counts the candidates both leave uncoded as agreement
    sheet = code_sheet(corpus, lexicon, machine, quotes)
    coded = set(zip(items["doc_id"], items["sentence"], items["actor"], items["issue"]))
    extra = [(d, st, a, i, NONE, NONE) for d, st, a, i in zip(sheet["doc_id"], sheet["start"], sheet["actor"],
                                                              sheet["issue"]) if (d, st, a, i) not in coded]
    units = pd.concat([items, pd.DataFrame(extra, columns=items.columns)], ignore_index=True)
    pos = position_agreement(machine, gold, lexicon)
    m_st, g_st = items["machine"] != NONE, items["gold"] != NONE
    both = (items["machine"] == items["gold"]) & m_st
    return {"story": story, "items": items, "units": units, "agreement": agree, "positions": pos, "machine": machine,
            "corpus": corpus,
            "statements_gold": int(g_st.sum()), "statements_machine": int(m_st.sum()), "statements_right": int(both.sum())}


def _line(name: str, results: list[dict]) -> str:
    items = pd.concat([r["items"] for r in results], ignore_index=True)
    agree = agreement(list(items["machine"]), list(items["gold"]), ("machine", "gold"))
    units = pd.concat([r["units"] for r in results], ignore_index=True)
    unit_kappa = agreement(list(units["machine"]), list(units["gold"]), ("machine", "gold")).kappa
    g = sum(r["statements_gold"] for r in results)
    m = sum(r["statements_machine"] for r in results)
    right = sum(r["statements_right"] for r in results)
    pg = sum(r["positions"]["gold"] for r in results)
    pf = sum(r["positions"]["found"] for r in results)
    pc = sum(r["positions"]["contradicted"] for r in results)
    pm = sum(r["positions"]["machine"] for r in results)
    pconf = sum(r["positions"]["confirmed"] for r in results)
    mg, mf, mc, mm, mconf = (sum(r["positions"][k] for r in results)
                             for k in ("main_gold", "main_found", "main_contradicted", "main_machine", "main_confirmed"))
    nan = float("nan")
    return (f"{name:<22} {g:>5} {m:>5} {right / m if m else nan:>6.2f} {right / g if g else nan:>6.2f} "
            f"{agree.kappa:>6.2f} {agree.alpha:>6.2f} {unit_kappa:>6.2f} | {pg:>4} {pf / pg if pg else nan:>7.2f} "
            f"{pc / pg if pg else nan:>7.2f} {pconf / pm if pm else nan:>7.2f} | {mg:>4} {mf / mg if mg else nan:>7.2f} "
            f"{mc / mg if mg else nan:>7.2f} {mconf / mm if mm else nan:>7.2f}")


def write_agreement(results: list[dict]) -> None:
    """Store the held-out figures where :func:`analysis.stance.agreement` reads them."""
    items = pd.concat([r["items"] for r in results], ignore_index=True)
    agree = agreement(list(items["machine"]), list(items["gold"]), ("machine", "gold"))
    units = pd.concat([r["units"] for r in results], ignore_index=True)
    unit_kappa = agreement(list(units["machine"]), list(units["gold"]), ("machine", "gold")).kappa
    total = {k: sum(r["positions"][k] for r in results) for k in ("main_gold", "main_found", "main_contradicted")}
    g = sum(r["statements_gold"] for r in results)
    m = sum(r["statements_machine"] for r in results)
    right = sum(r["statements_right"] for r in results)
    AGREEMENT.write_text(
        "# Agreement of analysis.stance with hand coding (benchmarks/stance_gold/, codebook CODEBOOK.md) on the\n"
        "# stories not used for tuning. Written by `python benchmarks/eval_stance.py --write`; do not edit by hand.\n"
        f"measured: {date.today().isoformat()}\n"
        f"stories: {len(results)}\n"
        f"statements_gold: {g}\nstatements_machine: {m}\nstatements_right: {right}\n"
        f"kappa: {agree.kappa:.3f}\nalpha: {agree.alpha:.3f}\nunits: {len(units)}\nunit_kappa: {unit_kappa:.3f}\n"
        f"main_positions: {total['main_gold']}\nmain_found: {total['main_found']}\n"
        f"main_contradicted: {total['main_contradicted']}\n", encoding="utf-8")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--story", nargs="+", help="score only these stories (folder names under stance_gold/)")
    ap.add_argument("--errors", action="store_true", help="print every item the machine and the gold code differently")
    ap.add_argument("--write", action="store_true",
                    help=f"write the held-out figures to {AGREEMENT.relative_to(ROOT)} (read by analysis.stance.agreement)")
    args = ap.parse_args(argv)
    stories = args.story or [s for s in (*TUNING, *HELD_OUT) if (GOLD / s / "gold.csv").exists()]
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        for story in stories:
            if story.startswith("basil-") and not BASIL.exists():
                print(f"skipped {story}: {BASIL} not found")
                continue
            results.append(score_story(story, Path(tmp)))
    print("statements: gold, machine, precision, recall, Cohen's kappa, Krippendorff's alpha (items: sentence x actor "
          "x issue that either side codes, label a stance or none), kappa over the code-sheet units (the candidates "
          "both leave uncoded count as agreeing) | positions (side x issue x stance): gold, recall, contradicted, "
          "machine positions confirmed | main positions (each side's most frequent stance on an issue, the grid's "
          "cell colour): gold, found, contradicted, machine's confirmed")
    print(f"{'story':<22} {'gold':>5} {'mach':>5} {'P':>6} {'R':>6} {'kappa':>6} {'alpha':>6} {'k_unit':>6} | {'pos':>4} "
          f"{'recall':>7} {'contra':>7} {'conf':>7} | {'main':>4} {'found':>7} {'contra':>7} {'conf':>7}")
    for r in results:
        print(_line(r["story"], [r]))
    for name, group in (("tuning stories", TUNING), ("held-out stories", HELD_OUT)):
        part = [r for r in results if r["story"] in group]
        if part:
            print(_line(name, part))
            if args.write and group == HELD_OUT and len(part) == len(HELD_OUT):
                write_agreement(part)
    if args.errors:
        for r in results:
            texts = dict(zip(r["corpus"].documents["doc_id"], r["corpus"].documents["text"]))
            sent_end = dict(zip(zip(r["corpus"].sentences["doc_id"], r["corpus"].sentences["start"]),
                                r["corpus"].sentences["end"]))
            diff = r["items"][r["items"]["machine"] != r["items"]["gold"]]
            for d in diff.itertuples(index=False):
                end = sent_end.get((d.doc_id, d.sentence), d.sentence + 200)
                sentence = " ".join(texts[d.doc_id][d.sentence:end].split())
                print(f"\n[{r['story']} {d.doc_id}:{d.sentence}] {d.actor} / {d.issue}: machine {d.machine}, "
                      f"gold {d.gold}\n  {sentence}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
