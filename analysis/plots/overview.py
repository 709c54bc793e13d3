"""Figures of notebook 01 (what is in the corpus): sizes, cleaning, diversity and readability, dates."""

from __future__ import annotations

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.figure import Figure

from analysis.figures import OTHER, source_colors, use_style


def _bar_colors(docs: pd.DataFrame) -> list[str]:
    colors = source_colors(docs["source"])
    return [colors[s] for s in docs["source"]]


def document_sizes(docs: pd.DataFrame) -> Figure:
    """Horizontal bars of words per document (from :func:`analysis.describe.documents_table`),
    annotated with sentences and paragraphs."""
    use_style()
    d = docs.iloc[::-1]
    fig, ax = plt.subplots(figsize=(7, 0.45 * len(d) + 1.2))
    ax.barh(d["label"], d["words"], color=_bar_colors(d))
    for y, (_, row) in enumerate(d.iterrows()):
        ax.text(row["words"], y, f"  {row['sentences']} sentences, {row['paragraphs']} paragraphs",
                va="center", fontsize=8)
    longest, shortest = docs.loc[docs["words"].idxmax()], docs.loc[docs["words"].idxmin()]
    ax.set_title(f"{longest['label']} is the longest article ({longest['words']} words), "
                 f"{shortest['label']} the shortest ({shortest['words']})")
    ax.set_xlabel("words (tokens after cleaning)")
    ax.set_xlim(0, docs["words"].max() * 1.6)
    return fig


def cleaning_removed(summary: pd.DataFrame, docs: pd.DataFrame) -> Figure:
    """Characters removed by cleaning per document (from :func:`analysis.describe.cleaning_summary`),
    each bar labelled with the rules that fired; documents with no removal show an empty bar."""
    use_style()
    totals = summary.groupby("doc_id")["chars"].sum().reindex(docs["doc_id"], fill_value=0)
    d = docs.assign(chars=totals.to_numpy()).iloc[::-1]
    fig, ax = plt.subplots(figsize=(8, 0.45 * len(d) + 1.4))
    ax.barh(d["label"], d["chars"], color=OTHER)
    for y, (_, row) in enumerate(d.iterrows()):
        rules = summary[summary["doc_id"] == row["doc_id"]]
        note = ", ".join(f"{r.rule} x{r.items}" if r.items > 1 else r.rule for r in rules.itertuples())
        ax.text(row["chars"], y, f"  {note or 'nothing removed'}", va="center", fontsize=8)
    n_docs = int((d["chars"] > 0).sum())
    ax.set_title(f"Cleaning removed non-article text from {n_docs} of {len(d)} documents")
    ax.set_xlabel("characters removed from the analysed text (the raw text is kept)")
    ax.set_xlim(0, max(d["chars"].max(), 1) * 1.8)
    return fig


def diversity_readability(docs: pd.DataFrame) -> Figure:
    """Two panels: MATTR (lexical diversity, a dot plot on its own scale) and Flesch reading ease (bars from 0)."""
    use_style()
    d = docs.iloc[::-1]
    fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(10, 0.45 * len(d) + 1.8), sharey=True)
    colors = _bar_colors(d)
    ax1.scatter(d["mattr"], d["label"], color=colors, s=60, zorder=3)
    ax1.grid(axis="x", alpha=0.3)
    ax1.set_xlabel("MATTR, 50-token windows (higher = more varied)")
    ax2.barh(d["label"], d["flesch_reading_ease"], color=colors)
    ax2.set_xlabel("Flesch reading ease (higher = easier)")
    for y, v in enumerate(d["mattr"]):
        ax1.annotate(f"{v:.3f}", (v, y), xytext=(6, 0), textcoords="offset points", va="center", fontsize=8)
    for y, v in enumerate(d["flesch_reading_ease"]):
        ax2.text(v, y, f" {v:.0f}", va="center", fontsize=8)
    lo, hi = d["mattr"].min(), d["mattr"].max()
    ax1.set_xlim(lo - 0.03, hi + 0.03)
    spread = d["flesch_reading_ease"].max() - d["flesch_reading_ease"].min()
    fig.suptitle(f"Vocabulary diversity is close (MATTR {lo:.2f}-{hi:.2f}); "
                 f"reading ease differs by {spread:.0f} points", x=0.01, ha="left", fontweight="bold")
    fig.tight_layout()
    return fig


def publication_timeline(docs: pd.DataFrame) -> Figure:
    """Publication dates on a time axis; filled markers for dates given in the data, hollow for inferred ones."""
    use_style()
    d = docs.assign(date=pd.to_datetime(docs["published"].str.slice(0, 10), errors="coerce")).dropna(subset=["date"])
    d = d.sort_values(["date", "label"]).reset_index(drop=True)
    fig, ax = plt.subplots(figsize=(8, 0.5 * max(len(d), 1) + 1.6))
    colors = source_colors(docs["source"])
    for y, row in d.iterrows():
        inferred = str(row["date_basis"]).startswith("inferred")
        ax.plot(row["date"], y, "o", ms=10, color=colors[row["source"]],
                markerfacecolor="white" if inferred else colors[row["source"]], markeredgewidth=2)
        ax.text(row["date"], y, f"   {row['label']} ({row['date']:%d %b}{', inferred' if inferred else ''})",
                va="center", fontsize=9)
    ax.set_yticks([])
    ax.spines["left"].set_visible(False)
    ax.set_ylim(-1, max(len(d), 1))
    if len(d):
        span = (d["date"].max() - d["date"].min()).days
        ax.set_xlim(d["date"].min() - pd.Timedelta(days=1), d["date"].max() + pd.Timedelta(days=max(3, span * 0.6)))
        # a week or less: one tick a day (an automatic locator repeats a day's label on a span of zero days)
        ax.xaxis.set_major_locator(mdates.DayLocator() if span <= 7 else mdates.AutoDateLocator(maxticks=8))
        ax.xaxis.set_major_formatter(mdates.DateFormatter("%d %b\n%Y"))
        when = (f"All {len(d)} dated articles appeared on {d['date'].min():%d %b %Y}" if span == 0 else
                f"The articles span {span} days, {d['date'].min():%d %b %Y} to {d['date'].max():%d %b %Y}")
        ax.set_title(f"{when} (hollow = date inferred from the text)")
    else:
        ax.set_title("No document has a publication date")
    ax.set_xlabel("publication date")
    missing = len(docs) - len(d)
    if missing:
        ax.text(0, -0.15, f"{missing} document(s) without a date are not shown", transform=ax.transAxes,
                fontsize=8, color=OTHER)
    return fig
