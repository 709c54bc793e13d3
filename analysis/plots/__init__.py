"""Plots: a DataFrame in, a matplotlib Figure out. One module per analysis area; nothing here computes.

``overview`` (notebook 01), ``frequency`` (02), ``compare`` (03), ``framing`` (04). Colours come from
:func:`analysis.figures.source_colors`, files are written by :func:`analysis.figures.save`.
"""

CAPTIONS = {
    "01-document-sizes": "Words per article (bars) with its sentences and paragraphs: how much evidence each outlet gives.",
    "01-cleaning": "What cleaning blanked out of each article (characters per rule); the raw text is kept and offsets still point into it.",
    "01-diversity-readability": "Left: lexical diversity (MATTR, higher = more varied words); right: Flesch reading ease (higher = easier). Descriptions of a few articles, not tests.",
    "01-timeline": "Publication dates: filled markers are dates given in the data, hollow ones inferred from the text.",
    "02-top-terms": "Each outlet's ten most frequent terms (lemmas, stopwords removed) on one shared scale of occurrences per 1,000 words; the bar label is the raw count.",
    "02-term-heatmap": "Key terms by outlet: colour is the rate per 1,000 words, the label the count; a dot means the outlet never uses the term.",
    "02-fightin-words": "Fightin' Words (Monroe et al. 2008): each dot a term, x its count in the whole comparison (log scale), y its log-odds z-score for the outlet against the rest; beyond the dashed lines (|z| = 1.96) a term is distinctive.",
    "02-keyness": "Each outlet's most distinctive terms by Log Ratio (+1 = twice the rest's rate); label: count in the outlet / count in the rest; a hollow bar rests on too few occurrences for a G2 test.",
    "02-dispersion": "Where in each article the key terms fall (0 = start, 1 = end); one tick per occurrence.",
    "03-similarity": "Pairwise similarity: TF-IDF cosine (shared vocabulary) and word 5-gram Jaccard (shared wording); each panel's colours run to its own highest pair.",
    "03-dendrogram": "Articles clustered by TF-IDF distance (1 - cosine): the shorter the join, the more alike.",
    "03-shared-passages": "Share of each article's words inside passages it shares with another article.",
    "03-coverage": "Facts (names, numbers, dates, phrases) reported by several outlets: a filled cell means the outlet reports the fact.",
    "03-timeline": "Days each article reports (dots) beside its own publication date (line): a later article can know more.",
    "04-attribution-ledger": "Quotes and quoted words per outlet and side; colour is the side's share of the outlet's quoted words. Indirect speech is counted apart.",
    "04-verb-classes": "The classes of the verbs that attribute quotes (neutral, contested, rejecting, ...) per outlet and side; tiny counts: read as examples.",
    "04-stance-grid": "Stance of each actor on each issue's proposition (demands, proposes, open to, conditional, rejects), with the number of sentences; the rules agree only partly with hand coding (printed in the figure).",
    "04-prominence-actors": "Where each actor first appears in each article (0 = first sentence) and the share of sentences naming it.",
    "04-prominence-issues": "Where each issue first appears in each article (0 = first sentence) and the share of sentences naming it.",
    "04-word-choice": "Labelling and loaded words per outlet, split into the author's voice and quotations.",
    "04-tone-by-side": "Mean tone toward each side per outlet, author's voice and quoted voices, with its agreement with hand coding under the title: below target, differences between outlets are not reliable.",
}
"""How to read each figure, one sentence (the figure's own title states its finding); the report's captions."""
