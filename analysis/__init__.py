"""Compare how several news outlets cover the same story.

Data flow: :func:`analysis.corpus.load_corpus` reads a folder, CSV or JSONL into a :class:`~analysis.corpus.Corpus`
(raw text kept, cleaning logged, offsets into the raw text everywhere); the analysis modules return tidy
pandas DataFrames; :mod:`analysis.plots` draws them and :func:`analysis.figures.save` writes PNG + SVG.
"""

from analysis.corpus import Corpus, load_corpus
from analysis.errors import CorpusError, CorpusWarning

__all__ = ["Corpus", "CorpusError", "CorpusWarning", "load_corpus"]
__version__ = "0.1.0"
