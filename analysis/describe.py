"""What is in a corpus: one row per document with size, structure, cleaning, diversity and readability."""

from __future__ import annotations

import numpy as np
import pandas as pd

from analysis import lexical, readability, scanner, text as textlib
from analysis.corpus import Corpus

DOCUMENT_COLUMNS = [
    "doc_id", "source", "label", "published", "date_basis", "title",
    "words", "sentences", "paragraphs", "headings", "list_items", "quote_marks",
    "removed_chars", "removed_items", "mattr", "mtld", "flesch_reading_ease", "fk_grade",
]


def document_stats(doc: dict, paragraphs: list[textlib.Paragraph], sentences: list[tuple[int, int, int]],
                   removals: list[tuple], tokens: tuple | None = None) -> dict:
    """One row of :func:`documents_table` for one document (a pure function, also used by the streaming
    pipeline). ``doc`` has ``doc_id, source, label, published, date_basis, title, text``; ``paragraphs`` and
    ``sentences`` are those of :mod:`analysis.text` for its text; ``removals`` its cleaning rows;
    ``tokens`` the text's :func:`analysis.scanner.token_arrays` where the caller has them.

    The tokens are those of :data:`analysis.text.TOKEN_RE` in each sentence (:func:`analysis.scanner.range_tokens`:
    the whole text's where they are the same); MATTR and MTLD read their ids (equal exactly where the
    lower-cased tokens are), syllables by :func:`analysis.readability.span_syllables` on the spans."""
    text = doc["text"]
    cp = scanner.code_points(text)
    starts, ends, rows, ids = scanner.range_tokens(text, [(s, e) for _, s, e in sentences], tokens, cp)
    prose = np.array([paragraphs[p].kind != "heading" for p, _, _ in sentences], dtype=bool)
    n_sents = int(prose.sum())
    # dense codes for MATTR and MTLD, numbered in order of first occurrence by a hash table (the same values
    # as np.unique's codes, without its sort)
    codes = scanner.IdTable(slots=1 << max(2 * len(ids), 1).bit_length()).number(ids)[0]
    counts = readability.span_syllables(cp, starts, ends)[prose[rows]]
    counts = counts[counts >= 0]  # words with a letter, outside headings
    prose_words, syl = len(counts), int(counts.sum())
    nan = float("nan")
    return {
        "doc_id": doc["doc_id"], "source": doc["source"], "label": doc["label"],
        "published": doc["published"], "date_basis": doc["date_basis"], "title": doc["title"],
        "words": len(ids),
        "sentences": n_sents,
        "paragraphs": sum(p.kind != "heading" for p in paragraphs),
        "headings": sum(p.kind == "heading" for p in paragraphs),
        "list_items": sum(p.kind == "list_item" for p in paragraphs),
        "quote_marks": text.count('"'),
        "removed_chars": sum(r[2] - r[1] for r in removals),
        "removed_items": len(removals),
        "mattr": lexical.mattr_of_codes(codes),
        "mtld": lexical.mtld_of_codes(codes),
        "flesch_reading_ease": readability.flesch_reading_ease(prose_words, n_sents, syl) if prose_words and n_sents else nan,
        "fk_grade": readability.flesch_kincaid_grade(prose_words, n_sents, syl) if prose_words and n_sents else nan,
    }


def documents_table(corpus: Corpus) -> pd.DataFrame:
    """One row per document (columns :data:`DOCUMENT_COLUMNS`, see :func:`document_stats`).

    ``words``: word tokens (:data:`analysis.text.TOKEN_RE`) of the cleaned text. ``sentences``: Punkt
    sentences outside headings. ``quote_marks``: double quotation marks, curly or straight, in the cleaned
    text (an even number when every quote is closed). ``removed_*``: what cleaning removed.
    ``mattr`` (window :data:`analysis.lexical.MATTR_WINDOW`) and ``mtld`` (threshold
    :data:`analysis.lexical.MTLD_THRESHOLD`) on lower-cased tokens; Flesch reading ease and the
    Flesch-Kincaid grade on body sentences and list items (headings excluded).
    """
    paras = {d: [textlib.Paragraph(*r) for r in g[["start", "end", "kind"]].itertuples(index=False)]
             for d, g in corpus.paragraphs.groupby("doc_id", sort=False)}
    sents = {d: list(g[["para", "start", "end"]].itertuples(index=False, name=None))
             for d, g in corpus.sentences.groupby("doc_id", sort=False)}
    removed = {d: list(g.itertuples(index=False, name=None)) for d, g in corpus.cleaning.groupby("doc_id", sort=False)}
    rows = [document_stats(doc, paras.get(doc["doc_id"], []), sents.get(doc["doc_id"], []), removed.get(doc["doc_id"], []))
            for doc in corpus.documents.to_dict("records")]
    return pd.DataFrame(rows, columns=DOCUMENT_COLUMNS)


def cleaning_summary(corpus: Corpus) -> pd.DataFrame:
    """Removals per document and rule: ``doc_id, rule, items, chars`` (zero rows omitted), sorted."""
    c = corpus.cleaning.assign(chars=corpus.cleaning["end"] - corpus.cleaning["start"])
    out = c.groupby(["doc_id", "rule"], as_index=False).agg(items=("start", "size"), chars=("chars", "sum"))
    return out.sort_values(["doc_id", "rule"]).reset_index(drop=True)
