"""What is in a corpus: one row per document with size, structure, cleaning, diversity and readability."""

from __future__ import annotations

import pandas as pd

from analysis import lexical, readability
from analysis.corpus import Corpus

DOCUMENT_COLUMNS = [
    "doc_id", "source", "label", "published", "date_basis", "title",
    "words", "sentences", "paragraphs", "headings", "list_items", "quote_marks",
    "removed_chars", "removed_items", "mattr", "mtld", "flesch_reading_ease", "fk_grade",
]


def documents_table(corpus: Corpus) -> pd.DataFrame:
    """One row per document (columns :data:`DOCUMENT_COLUMNS`).

    ``words``: word tokens (:data:`analysis.text.TOKEN_RE`) of the cleaned text. ``sentences``: Punkt
    sentences outside headings. ``quote_marks``: double quotation marks, curly or straight, in the cleaned
    text (an even number when every quote is closed). ``removed_*``: what cleaning removed.
    ``mattr`` (window :data:`analysis.lexical.MATTR_WINDOW`) and ``mtld`` (threshold
    :data:`analysis.lexical.MTLD_THRESHOLD`) on lower-cased tokens; Flesch reading ease and the
    Flesch-Kincaid grade on body sentences and list items (headings excluded).
    """
    empty = {"tokens": corpus.tokens.iloc[:0], "sentences": corpus.sentences.iloc[:0],
             "paragraphs": corpus.paragraphs.iloc[:0], "cleaning": corpus.cleaning.iloc[:0]}
    groups = {name: dict(tuple(getattr(corpus, name).groupby("doc_id", sort=False))) for name in empty}
    rows = []
    for doc in corpus:
        doc_id = doc["doc_id"]
        doc_sents, doc_paras, doc_tokens, removed = (groups[n].get(doc_id, empty[n]) for n in
                                                     ("sentences", "paragraphs", "tokens", "cleaning"))
        prose_sents = doc_sents[doc_sents["kind"] != "heading"]
        prose_tokens = doc_tokens[doc_tokens["sent"].isin(prose_sents["sent"])]
        words = [t for t in prose_tokens["lower"] if any(c.isalpha() for c in t)]
        syl = sum(readability.syllables(w) for w in words)
        n_words, n_sents = len(words), len(prose_sents)
        rows.append({
            "doc_id": doc_id, "source": doc["source"], "label": doc["label"],
            "published": doc["published"], "date_basis": doc["date_basis"], "title": doc["title"],
            "words": len(doc_tokens),
            "sentences": n_sents,
            "paragraphs": int((doc_paras["kind"] != "heading").sum()),
            "headings": int((doc_paras["kind"] == "heading").sum()),
            "list_items": int((doc_paras["kind"] == "list_item").sum()),
            "quote_marks": doc["text"].count('"'),
            "removed_chars": int((removed["end"] - removed["start"]).sum()),
            "removed_items": len(removed),
            "mattr": lexical.mattr(list(doc_tokens["lower"])),
            "mtld": lexical.mtld(list(doc_tokens["lower"])),
            "flesch_reading_ease": readability.flesch_reading_ease(n_words, n_sents, syl) if n_words and n_sents else float("nan"),
            "fk_grade": readability.flesch_kincaid_grade(n_words, n_sents, syl) if n_words and n_sents else float("nan"),
        })
    return pd.DataFrame(rows, columns=DOCUMENT_COLUMNS)


def cleaning_summary(corpus: Corpus) -> pd.DataFrame:
    """Removals per document and rule: ``doc_id, rule, items, chars`` (zero rows omitted), sorted."""
    c = corpus.cleaning.assign(chars=corpus.cleaning["end"] - corpus.cleaning["start"])
    out = c.groupby(["doc_id", "rule"], as_index=False).agg(items=("start", "size"), chars=("chars", "sum"))
    return out.sort_values(["doc_id", "rule"]).reset_index(drop=True)
