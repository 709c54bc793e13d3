"""Tone of the sentences that mention each actor, in the author's voice and in quoted voices (VADER).

VADER (Hutto & Gilbert 2014, "VADER: A parsimonious rule-based model for sentiment analysis of social media
text", ICWSM) scores a text from a human-rated word lexicon with rules for negation, intensifiers and
punctuation; ``compound`` is the normalised sum of word valences, ``x / sqrt(x^2 + 15)``, in [-1, 1]. The
lexicon ships inside the ``vaderSentiment`` package (no download).

Known limits on news, to say whenever the numbers are shown: VADER was built and validated on social-media
text; news prose is mostly neutral, so most scores sit near 0; the score measures the words of a sentence,
not the writer's attitude to the actor it mentions ("Russian missile strikes kill four" is negative whoever
it is about); war vocabulary (attack, killed, war) is negative in the lexicon and dominates; sarcasm, scare
quotes and diplomatic understatement are not understood. Use it as a descriptive signal, never as stance.
"""

from __future__ import annotations

from functools import lru_cache

import pandas as pd

from analysis import text as textlib
from analysis.actors import TermMatcher, actor_table
from analysis.corpus import Corpus
from analysis.framing import SPOKEN_KINDS

TONE_COLUMNS = ["doc_id", "start", "end", "source", "actor", "side", "voice", "words", "compound", "pos", "neu", "neg"]
SUMMARY_COLUMNS = ["source", "side", "voice", "sentences", "mean_compound", "median_compound", "share_negative",
                   "share_positive"]
MIN_WORDS = 3
"""A voice part shorter than this many words is not scored (too little text for a lexicon score)."""
POSITIVE, NEGATIVE = 0.05, -0.05
"""Hutto & Gilbert's conventional thresholds on ``compound`` for positive / negative text."""


@lru_cache(maxsize=1)
def _analyzer():
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
    return SentimentIntensityAnalyzer()


def vader(text: str) -> dict:
    """VADER scores of ``text``: ``{"neg", "neu", "pos", "compound"}``."""
    return _analyzer().polarity_scores(text)


def split_voices(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> tuple[str, str]:
    """``(author, quoted)`` parts of ``text[start:end]``: quoted = characters inside ``spans`` (quotes),
    author = the rest; removed parts become spaces in the other (so word boundaries survive)."""
    author = list(text[start:end])
    quoted = [" "] * (end - start)
    for s, e in spans:
        lo, hi = max(s, start), min(e, end)
        for k in range(lo, hi):
            quoted[k - start] = author[k - start]
            author[k - start] = " "
    return "".join(author), "".join(quoted)


def tone(corpus: Corpus, lexicon: dict, quotes: pd.DataFrame | None = None) -> pd.DataFrame:
    """VADER scores of each sentence mentioning an actor, one row per sentence x actor x voice
    (columns :data:`TONE_COLUMNS`). ``voice`` is ``author`` (the sentence outside direct and partial quotes)
    or ``quoted`` (inside them); a part with fewer than :data:`MIN_WORDS` words gets no row. With no
    quotes table every sentence is ``author``. Sorted by doc_id, start, actor, voice."""
    table = actor_table(lexicon)
    matcher = TermMatcher(zip(table["alias"], table["actor"], table["side"]))
    spans: dict[str, list[tuple[int, int]]] = {}
    if quotes is not None and len(quotes):
        for d, s, e in quotes[quotes["kind"].isin(SPOKEN_KINDS)][["doc_id", "start", "end"]].itertuples(index=False):
            spans.setdefault(d, []).append((int(s), int(e)))
    texts = dict(zip(corpus.documents["doc_id"], corpus.documents["text"]))
    src = dict(zip(corpus.documents["doc_id"], corpus.documents["source"]))
    rows = []
    if not len(table):
        return pd.DataFrame(rows, columns=TONE_COLUMNS)
    for doc_id, s0, s1 in corpus.sentences[["doc_id", "start", "end"]].itertuples(index=False):
        text = texts[doc_id]
        found = sorted({(m[3], m[4]) for m in matcher.finditer(text, s0, s1)})
        if not found:
            continue
        parts = split_voices(text, s0, s1, spans.get(doc_id, []))
        for voice, part in zip(("author", "quoted"), parts):
            n = len(textlib.tokens(part))
            if n < MIN_WORDS:
                continue
            sc = vader(" ".join(part.split()))
            for actor, side in found:
                rows.append((doc_id, s0, s1, src[doc_id], actor, side, voice, n,
                             sc["compound"], sc["pos"], sc["neu"], sc["neg"]))
    out = pd.DataFrame(rows, columns=TONE_COLUMNS)
    return out.sort_values(["doc_id", "start", "actor", "voice"], kind="mergesort").reset_index(drop=True)


def tone_summary(tone_table: pd.DataFrame, by: str = "side") -> pd.DataFrame:
    """Per source, side (or ``by="actor"``) and voice: ``sentences`` scored, mean and median compound, and the
    shares of sentences with compound <= -0.05 (negative) and >= 0.05 (positive). A sentence naming two
    actors counts for both. Sorted by source, side, voice."""
    rows = []
    for (source, key, voice), g in tone_table.groupby(["source", by, "voice"], sort=True):
        sents = g.drop_duplicates(["doc_id", "start"])
        c = sents["compound"]
        rows.append((source, key, voice, len(sents), round(c.mean(), 4), round(c.median(), 4),
                     round((c <= NEGATIVE).mean(), 4), round((c >= POSITIVE).mean(), 4)))
    cols = SUMMARY_COLUMNS if by == "side" else [c if c != "side" else by for c in SUMMARY_COLUMNS]
    return pd.DataFrame(rows, columns=cols)
