"""Source comparison: how alike the articles are, what text they share, the same quote across outlets,
which facts each reports or leaves out, and when the events they report happened.

* :mod:`.similarity`: cosine on TF-IDF and Jaccard on word 5-gram shingles, all pairs or top-k neighbours;
* :mod:`.passages`: shared passages (text reuse) found through an inverted index of word shingles;
* :mod:`.variants`: one utterance quoted in different words by different outlets, with what each adds/drops;
* :mod:`.coverage`: a fact x source matrix (names, numbers with units, dates, recurring phrases) and omissions;
* :mod:`.timeline`: dates and weekdays in the text resolved against the publication date.

Every function returns a tidy DataFrame whose rows carry ``doc_id, start, end`` into the raw text.
"""

from analysis.compare.coverage import coverage_matrix, coverage_summary, coverage_table, omissions
from analysis.compare.diff import diff_markup, token_diff
from analysis.compare.passages import find_passages, passage_shares
from analysis.compare.similarity import (
    nearest_neighbours, similarity_linkage, similarity_matrix, similarity_reading, similarity_table,
)
from analysis.compare.timeline import could_not_know, event_table
from analysis.compare.variants import quote_variants, variant_view

__all__ = [
    "coverage_matrix", "coverage_summary", "coverage_table", "omissions", "diff_markup", "token_diff",
    "find_passages", "passage_shares", "nearest_neighbours", "similarity_linkage", "similarity_matrix",
    "similarity_reading", "similarity_table", "could_not_know", "event_table", "quote_variants", "variant_view",
]
