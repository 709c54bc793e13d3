"""What is in a corpus: one row per document with size, structure, cleaning, diversity and readability."""

from __future__ import annotations

from functools import lru_cache

import pandas as pd

from analysis import lexical, readability, text as textlib
from analysis.corpus import Corpus

DOCUMENT_COLUMNS = [
    "doc_id", "source", "label", "published", "date_basis", "title",
    "words", "sentences", "paragraphs", "headings", "list_items", "quote_marks",
    "removed_chars", "removed_items", "mattr", "mtld", "flesch_reading_ease", "fk_grade",
]


@lru_cache(maxsize=200_000)
def _letter_syllables(token: str) -> int:
    """:func:`analysis.readability.syllables` of a token with a letter; -1 for one without (a number)."""
    return readability.syllables(token) if any(c.isalpha() for c in token) else -1


def document_stats(doc: dict, paragraphs: list[textlib.Paragraph], sentences: list[tuple[int, int, int]],
                   removals: list[tuple]) -> dict:
    """One row of :func:`documents_table` for one document (a pure function, also used by the streaming
    pipeline). ``doc`` has ``doc_id, source, label, published, date_basis, title, text``; ``paragraphs`` and
    ``sentences`` are those of :mod:`analysis.text` for its text; ``removals`` its cleaning rows."""
    text = doc["text"]
    words, prose_words, n_sents, syl = [], 0, 0, 0
    for para, start, end in sentences:
        tokens = [t.lower() for t in textlib.TOKEN_RE.findall(text, start, end)]
        words += tokens
        if paragraphs[para].kind != "heading":
            n_sents += 1
            counts = [s for s in map(_letter_syllables, tokens) if s >= 0]
            prose_words += len(counts)
            syl += sum(counts)
    nan = float("nan")
    return {
        "doc_id": doc["doc_id"], "source": doc["source"], "label": doc["label"],
        "published": doc["published"], "date_basis": doc["date_basis"], "title": doc["title"],
        "words": len(words),
        "sentences": n_sents,
        "paragraphs": sum(p.kind != "heading" for p in paragraphs),
        "headings": sum(p.kind == "heading" for p in paragraphs),
        "list_items": sum(p.kind == "list_item" for p in paragraphs),
        "quote_marks": text.count('"'),
        "removed_chars": sum(r[2] - r[1] for r in removals),
        "removed_items": len(removals),
        "mattr": lexical.mattr(words),
        "mtld": lexical.mtld(words),
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
