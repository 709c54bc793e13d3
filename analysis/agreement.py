"""Agreement between the machine's stance statements and human coding: a coding sheet, kappa, alpha, confusion.

A stance measure is only as good as its agreement with careful human reading (van Atteveldt, van der Velden &
Boukes 2021, "The validity of sentiment analysis", Communication Methods and Measures 15(2)). This module makes
that check part of the tool:

* :func:`code_sheet` lists the candidate statements of a corpus: every sentence that mentions an issue's
  proposition, once for each actor named in it or speaking in it (and each holder the machine found), with the
  machine's stance (or ``none``) and an empty ``human`` column for a coder;
* :func:`agreement` compares two codings of the same items (machine and human, or two humans): Cohen's kappa
  and Krippendorff's alpha (nominal) from ``nltk.metrics.agreement.AnnotationTask`` (Artstein & Poesio 2008,
  "Inter-coder agreement for computational linguistics", Computational Linguistics 34(4)), precision and recall
  per stance value, and the confusion table;
* :func:`statement_items` and :func:`position_agreement` score a stance table against gold statements
  (``doc_id, start, end, holder, issue, stance``): statement by statement (the item is a sentence, an actor and
  an issue), and position by position (a side's stance on an issue, as the stance grid shows it).

Every item takes one label: a stance value of :data:`analysis.stance.STANCES`, or ``none`` (no position stated).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
from nltk.metrics.agreement import AnnotationTask

from analysis.actors import actor_table
from analysis.errors import CorpusError
from analysis.lexicon import load_issues
from analysis.stance import STANCES, SUPPORTING, mention_sentences

NONE = "none"
LABELS = (*STANCES, NONE)
SHEET_COLUMNS = ["doc_id", "start", "end", "source", "issue", "proposition", "actor", "side", "machine", "rule",
                 "cue", "text", "human", "note"]


# --- the coding sheet ------------------------------------------------------------------------------------------

def code_sheet(corpus, lexicon: dict, stance_table: pd.DataFrame, quotes: pd.DataFrame | None = None) -> pd.DataFrame:
    """The candidate statements of ``corpus`` (columns :data:`SHEET_COLUMNS`), one row per sentence x issue x
    actor: each sentence that mentions an issue (a term, or a word for or against its proposition), with each
    actor of the lexicon named in it, each speaker of a quotation in it, and each holder the machine found there.
    ``machine`` is the machine's stance (``none`` where it found none), ``human`` is left empty for a coder.
    Sorted by doc_id, start, issue, actor."""
    issues = {i.name: i for i in load_issues(lexicon)}
    table = actor_table(lexicon)
    sides = dict(zip(table["actor"], table["side"]))
    machine = {}
    for r in stance_table.itertuples(index=False):
        machine.setdefault((r.doc_id, r.start, r.issue, r.actor), r)
    src = dict(zip(corpus.documents["doc_id"], corpus.documents["source"]))
    rows = []
    for doc_id, s0, s1, text, issue_names, actors in mention_sentences(corpus, lexicon, quotes):
        for issue in sorted(issue_names):
            found = {a for (d, s, i, a) in machine if d == doc_id and s == s0 and i == issue}
            for actor in sorted(set(actors) | found):
                hit = machine.get((doc_id, s0, issue, actor))
                rows.append((doc_id, s0, s1, src[doc_id], issue, issues[issue].proposition, actor,
                             sides.get(actor, ""), hit.stance if hit is not None else NONE,
                             hit.rule if hit is not None else "", hit.cue if hit is not None else "",
                             text, "", ""))
    return pd.DataFrame(rows, columns=SHEET_COLUMNS)


def read_sheet(path: str | Path) -> pd.DataFrame:
    """A coding sheet written by :func:`code_sheet` and filled in by a coder. Raises :class:`CorpusError` naming
    the file when a column is missing or a code is not a stance value (or ``none``)."""
    path = Path(path)
    try:
        sheet = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    except (OSError, UnicodeDecodeError, pd.errors.ParserError, pd.errors.EmptyDataError) as exc:
        raise CorpusError(path, f"cannot read the coding sheet ({exc}); give a CSV written by code-sheet") from None
    missing = [c for c in ("doc_id", "start", "issue", "actor", "machine", "human") if c not in sheet.columns]
    if missing:
        raise CorpusError(path, f"the coding sheet has no column {', '.join(missing)}; write it with "
                                "`python -m analysis code-sheet` and fill in the human column")
    for col in ("machine", "human"):
        bad = sorted(set(sheet[col].str.strip().str.lower()) - set(LABELS) - {""})
        if bad:
            raise CorpusError(path, f"column {col!r} holds {', '.join(map(repr, bad))}; use one of "
                                    f"{', '.join(LABELS)} (or leave the cell empty: not coded)")
    return sheet


# --- agreement -------------------------------------------------------------------------------------------------

@dataclass
class Agreement:
    """Agreement of two codings: ``n`` items, Cohen's ``kappa``, Krippendorff's ``alpha`` (nominal), the share of
    items coded alike (``observed``), ``per_stance`` (precision and recall of coder ``a`` taking ``b`` as the
    reference) and the ``confusion`` table (rows: coder ``b``, columns: coder ``a``)."""
    n: int
    kappa: float
    alpha: float
    observed: float
    per_stance: pd.DataFrame
    confusion: pd.DataFrame
    coders: tuple[str, str] = ("machine", "human")

    def summary(self) -> str:
        a, b = self.coders
        return (f"{a} vs {b}: {self.n} items, {self.observed:.0%} coded alike, Cohen's kappa {self.kappa:.2f}, "
                f"Krippendorff's alpha {self.alpha:.2f}")


def agreement(a: list[str], b: list[str], coders: tuple[str, str] = ("machine", "human")) -> Agreement:
    """Agreement between codings ``a`` and ``b`` of the same items (equal-length lists of labels).

    Cohen's kappa = (p_o - p_e) / (1 - p_e), p_e from each coder's own label distribution (Cohen 1960);
    Krippendorff's alpha = 1 - D_o / D_e with the nominal distance (Krippendorff 2004). Both from NLTK's
    ``AnnotationTask``; NaN when they are undefined (fewer than two items, or one label throughout)."""
    if len(a) != len(b):
        raise ValueError(f"the two codings have {len(a)} and {len(b)} items; they must code the same items")
    a = [_label(x) for x in a]
    b = [_label(x) for x in b]
    n = len(a)
    observed = sum(x == y for x, y in zip(a, b)) / n if n else math.nan
    kappa = alpha = math.nan
    if n >= 2 and len(set(a) | set(b)) > 1:
        task = AnnotationTask(data=[(coders[0], str(i), x) for i, x in enumerate(a)]
                              + [(coders[1], str(i), y) for i, y in enumerate(b)])
        try:
            kappa = task.kappa()
        except ZeroDivisionError:
            kappa = math.nan
        try:
            alpha = task.alpha()
        except ZeroDivisionError:
            alpha = math.nan
    rows = []
    for label in LABELS:
        tp = sum(x == label and y == label for x, y in zip(a, b))
        in_a, in_b = a.count(label), b.count(label)
        if in_a or in_b:
            rows.append((label, in_b, in_a, tp / in_a if in_a else math.nan, tp / in_b if in_b else math.nan))
    per_stance = pd.DataFrame(rows, columns=["stance", f"{coders[1]}_items", f"{coders[0]}_items", "precision",
                                             "recall"])
    used = [label for label in LABELS if label in set(a) | set(b)]
    confusion = pd.crosstab(pd.Categorical(b, categories=used), pd.Categorical(a, categories=used),
                            rownames=[coders[1]], colnames=[coders[0]], dropna=False)
    return Agreement(n, kappa, alpha, observed, per_stance, confusion, coders)


def sheet_agreement(sheet: pd.DataFrame, a: str = "machine", b: str = "human") -> Agreement:
    """:func:`agreement` of two columns of a coding sheet, over the rows where both are filled in."""
    coded = sheet[(sheet[a].astype(str).str.strip() != "") & (sheet[b].astype(str).str.strip() != "")]
    return agreement(list(coded[a]), list(coded[b]), (a, b))


def _label(x) -> str:
    x = str(x).strip().lower() if isinstance(x, str) else NONE
    return x or NONE


# --- scoring against gold statements ---------------------------------------------------------------------------

GOLD_COLUMNS = ["doc_id", "start", "end", "holder", "issue", "stance"]


def statement_items(stance_table: pd.DataFrame, gold: pd.DataFrame, corpus) -> pd.DataFrame:
    """Machine and gold statements aligned as items ``doc_id, sentence, actor, issue, machine, gold``: a gold
    statement's sentence is the corpus sentence its ``start`` falls in; an item either side lacks is ``none``.
    The union of both sides' statements (items neither codes are not counted)."""
    sents = corpus.sentences[["doc_id", "start", "end"]]
    starts = {d: list(g["start"]) for d, g in sents.groupby("doc_id")}

    def sentence_of(doc_id, pos):
        import bisect
        s = starts.get(doc_id, [])
        i = bisect.bisect_right(s, int(pos)) - 1
        return s[i] if i >= 0 else int(pos)

    items: dict[tuple, dict] = {}
    for r in gold.itertuples(index=False):
        key = (r.doc_id, sentence_of(r.doc_id, r.start), r.holder, r.issue)
        items.setdefault(key, {"machine": NONE, "gold": NONE})
        if items[key]["gold"] == NONE:
            items[key]["gold"] = _label(r.stance)
    for r in stance_table.itertuples(index=False):
        key = (r.doc_id, sentence_of(r.doc_id, r.start), r.actor, r.issue)
        items.setdefault(key, {"machine": NONE, "gold": NONE})
        if items[key]["machine"] == NONE:
            items[key]["machine"] = _label(r.stance)
    rows = [(*k, v["machine"], v["gold"]) for k, v in sorted(items.items())]
    return pd.DataFrame(rows, columns=["doc_id", "sentence", "actor", "issue", "machine", "gold"])


def opposed(x: str, y: str) -> bool:
    """Two stances contradict each other: one for the proposition (demands, proposes, open to), one against."""
    return (x in SUPPORTING and y == "rejects") or (y in SUPPORTING and x == "rejects")


def _majority(pairs) -> dict[tuple, str]:
    """The most frequent stance per key (ties: the first stance of :data:`STANCES` order)."""
    counts: dict[tuple, dict[str, int]] = {}
    for key, stance in pairs:
        counts.setdefault(key, {}).setdefault(stance, 0)
        counts[key][stance] += 1
    return {k: min(c, key=lambda st: (-c[st], STANCES.index(st) if st in STANCES else 99)) for k, c in counts.items()}


def _main_positions(stance_table: pd.DataFrame, gold: pd.DataFrame, sides: dict) -> dict:
    """The cell colour of the grid, side by issue: the gold's most frequent stance for each side and issue, against
    the machine's most frequent one there: ``main_found`` (the same), ``main_contradicted`` (opposed),
    ``main_missed`` (no machine statement for that side and issue)."""
    g = _majority(((sides.get(r.holder, r.holder), r.issue), _label(r.stance)) for r in gold.itertuples(index=False))
    m = _majority(((r.side, r.issue), r.stance) for r in stance_table.itertuples(index=False))
    return {"main_gold": len(g), "main_found": sum(m.get(k) == v for k, v in g.items()),
            "main_contradicted": sum(opposed(v, m[k]) for k, v in g.items() if k in m),
            "main_missed": sum(k not in m for k in g), "main_machine": len(m),
            "main_confirmed": sum(g.get(k) == v for k, v in m.items())}


def position_agreement(stance_table: pd.DataFrame, gold: pd.DataFrame, lexicon: dict) -> dict:
    """Positions as the stance grid shows them, over the whole corpus. Every stance a side takes on an issue
    (side x issue x stance): of the gold positions, how many the machine ``found`` (the same stance for the same
    side and issue) and how many it ``contradicted`` (the machine gives that side and issue only stances opposed
    to the gold one); of the machine's positions, how many are ``confirmed`` by gold. And each side's main
    position on an issue, its most frequent stance (``main_*``, see :func:`_main_positions`). Returns counts and
    the lists behind them."""
    sides = dict(zip(actor_table(lexicon)["actor"], actor_table(lexicon)["side"]))
    gold_pos = {(sides.get(r.holder, r.holder), r.issue, _label(r.stance)) for r in gold.itertuples(index=False)}
    machine_pos = {(r.side, r.issue, r.stance) for r in stance_table.itertuples(index=False)}
    found = sorted(gold_pos & machine_pos)
    contradicted = sorted(
        p for p in gold_pos - machine_pos
        if any(opposed(p[2], m[2]) for m in machine_pos if m[:2] == p[:2])
        and not any(m[:2] == p[:2] and not opposed(p[2], m[2]) for m in machine_pos))
    main = _main_positions(stance_table, gold, sides)
    return {**main, "gold": len(gold_pos), "machine": len(machine_pos), "found": len(found),
            "contradicted": len(contradicted), "confirmed": len(machine_pos & gold_pos),
            "found_positions": found, "contradicted_positions": contradicted,
            "missed_positions": sorted(gold_pos - machine_pos),
            "unconfirmed_positions": sorted(machine_pos - gold_pos)}


# --- human codes in place of the machine's -----------------------------------------------------------------

CODES_FILE = "stance_codes.csv"
"""A coded sheet kept beside a corpus (``code-sheet`` output with the ``human`` column filled in)."""


def coded_statements(sheet: pd.DataFrame) -> pd.DataFrame:
    """The statements a human coded in a sheet, as a stance table (the columns :func:`analysis.stance.stance_grid`
    reads): every row whose ``human`` code is a stance (not empty, not ``none``)."""
    coded = sheet[sheet["human"].map(_label).isin(STANCES)].copy()
    coded["stance"] = coded["human"].map(_label)
    coded["start"] = coded["start"].astype(int)
    coded["end"] = coded["end"].astype(int)
    return coded[["doc_id", "start", "end", "source", "actor", "side", "issue", "proposition", "stance", "text"]]


def grid_statements(corpus_path, stance_table: pd.DataFrame) -> tuple[pd.DataFrame, str]:
    """The statements the stance grid is drawn from, and a sentence saying whose they are: a human's codes where
    ``stance_codes.csv`` sits beside the corpus (with the machine's agreement with them), else the machine's."""
    path = Path(corpus_path) / CODES_FILE
    if not path.is_file():
        return stance_table, f"Drawn from the machine's statements ({len(stance_table)})."
    sheet = read_sheet(path)
    coded = coded_statements(sheet)
    return coded, (f"Drawn from human codes ({path.name}: {len(coded)} statements); "
                   f"{sheet_agreement(sheet).summary()}.")
