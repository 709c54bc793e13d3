"""Token helpers shared by the comparison modules: the project's tokenizer (:data:`analysis.text.TOKEN_RE`)
run over a whole document, without sentence splitting, so it scales to thousands of articles.

The tokens are the same as :attr:`analysis.corpus.Corpus.tokens` (a token never crosses a sentence end),
only faster to get. Offsets index the cleaned text, which has the length of the raw text.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from analysis import text as textlib

NEGATIONS = frozenset({"no", "not", "nor", "never", "don't", "didn't", "doesn't", "won't", "can't", "cannot",
                       "isn't", "aren't", "wasn't", "weren't", "haven't", "hasn't", "wouldn't", "shouldn't",
                       "nothing", "none", "neither", "nobody"})
"""Function words that carry meaning in a quotation ("no right"): kept, all as the one word ``no``, when
matching quotes (so "we don't have any right" and "we have no right" agree on the negation)."""

FILLERS = frozenset({"anything", "something", "everything", "either", "also", "even", "still", "just", "really",
                     "indeed", "one", "ever", "much", "many", "well", "yet", "already", "today"})
"""Words outside the stopword list that carry no content of their own in a quotation (ignored when matching)."""


def spans(text: str, start: int = 0, end: int | None = None) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """Token ``starts``, ``ends`` (int arrays into ``text``) and lower-cased token strings of ``text[start:end]``."""
    sp = textlib.token_spans(text, start, end)
    starts = np.fromiter((s.start for s in sp), dtype=np.int64, count=len(sp))
    ends = np.fromiter((s.end for s in sp), dtype=np.int64, count=len(sp))
    return starts, ends, [text[s.start:s.end].lower() for s in sp]


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """The project's stopword list (:func:`analysis.text.load_stopwords`)."""
    return textlib.load_stopwords()


def is_content(token: str, keep_negations: bool = False) -> bool:
    """A content word: has a letter or digit and is not a stopword (with ``keep_negations``: negations are
    content words and :data:`FILLERS` are not)."""
    low = token.lower()
    if keep_negations:
        if low in NEGATIONS:
            return True
        if low in FILLERS:
            return False
    return any(c.isalnum() for c in low) and low not in stopwords() and textlib.lemma(low) not in stopwords()


def content_lemmas(text: str, keep_negations: bool = False) -> list[str]:
    """Lemmas (:func:`analysis.text.lemma`) of the content words of ``text``, in order; with
    ``keep_negations`` every negation becomes ``no``."""
    out = []
    for t in textlib.tokens(text):
        if is_content(t, keep_negations):
            out.append("no" if keep_negations and t.lower() in NEGATIONS else textlib.lemma(t))
    return out
