"""The comparison tables the command line writes (``python -m analysis tables``): ``Corpus -> DataFrame``."""

from __future__ import annotations

import pandas as pd

from analysis.compare.coverage import COVERAGE_COLUMNS, coverage_table
from analysis.compare.passages import PASSAGE_COLUMNS, find_passages
from analysis.compare.similarity import similarity_table
from analysis.compare.variants import quote_variants
from analysis.corpus import Corpus


def similarity_csv(corpus: Corpus) -> pd.DataFrame:
    """``similarity.csv``: pairs with ``cosine_tfidf`` and ``jaccard_5gram``: every pair up to
    :data:`~analysis.compare.similarity.MAX_ALL_PAIRS` documents, above it each document's
    :data:`~analysis.compare.similarity.TOP_K` nearest neighbours (see :func:`similarity_table`)."""
    return similarity_table(corpus)


def passages_csv(corpus: Corpus) -> pd.DataFrame:
    """``passages.csv``: shared passages of at least 8 words (defaults of :func:`find_passages`)."""
    return find_passages(corpus)[PASSAGE_COLUMNS]


def quote_variants_csv(corpus: Corpus) -> pd.DataFrame:
    """``quote_variants.csv``: :func:`quote_variants` on :func:`analysis.quotes.quotes_table` with the corpus's
    story lexicon (if any)."""
    from analysis.actors import corpus_lexicon
    from analysis.quotes import quotes_table

    lexicon = corpus_lexicon(corpus)
    return quote_variants(quotes_table(corpus, lexicon), corpus)


def coverage_csv(corpus: Corpus) -> pd.DataFrame:
    """``coverage.csv``: every fact mention (names, numbers, dates, claims) with its sentence."""
    from analysis.actors import corpus_lexicon

    return coverage_table(corpus, corpus_lexicon(corpus))[COVERAGE_COLUMNS]
