"""Figures of notebook 02 (which words does each outlet use): top terms, heat map, Fightin' Words, keyness
bars, dispersion. DataFrames in (from :mod:`analysis.frequency`, :mod:`analysis.keyness`,
:mod:`analysis.concordance`), Figures out; nothing here computes a statistic."""

from __future__ import annotations

import math

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from analysis.figures import OTHER, use_style


def _grid(n: int, cols: int) -> tuple[int, int]:
    cols = max(1, min(cols, n))
    return math.ceil(n / cols), cols


def _finish_grid(axes, n_used: int, xlabel: str) -> None:
    """Hide unused panels; give the lowest used panel of every column its x label."""
    for ax in axes.flat[n_used:]:
        ax.set_visible(False)
    rows, cols = axes.shape
    for c in range(cols):
        used = [r for r in range(rows) if r * cols + c < n_used]
        if used:
            axes[used[-1], c].set_xlabel(xlabel)


def top_terms(top: pd.DataFrame, colors: dict[str, str], title: str, by: str = "source", cols: int = 3) -> Figure:
    """Small multiples, one panel per source: bars of the top terms' rate per 1,000 words, on ONE shared
    x scale, each bar labelled with its count (from :func:`analysis.frequency.top_terms`)."""
    use_style()
    groups = sorted(top[by].unique())
    rows, cols = _grid(len(groups), cols)
    n_terms = int(top.groupby(by).size().max()) if len(top) else 1
    fig, axes = plt.subplots(rows, cols, figsize=(3.6 * cols, 0.24 * n_terms * rows + 1.2 * rows + 0.6), squeeze=False)
    xmax = float(top["per_1k"].max()) * 1.3 if len(top) else 1
    for ax, g in zip(axes.flat, groups):
        d = top[top[by] == g].iloc[::-1]
        ax.barh(d["term"], d["per_1k"], color=colors.get(g, OTHER))
        for y, (rate, count) in enumerate(zip(d["per_1k"], d["count"])):
            ax.text(rate, y, f" {count}", va="center", fontsize=7)
        words = int(d["words"].iloc[0]) if len(d) else 0
        ax.set_title(f"{g} ({words:,} words)", fontsize=9)
        ax.set_xlim(0, xmax)
        ax.tick_params(axis="y", labelsize=8)
    _finish_grid(axes, len(groups), "occurrences per 1,000 words (bar label: count)")
    fig.suptitle(title, x=0.01, ha="left", fontweight="bold", fontsize=11)
    fig.tight_layout()
    return fig


def term_heatmap(rates: pd.DataFrame, counts: pd.DataFrame, title: str) -> Figure:
    """Term x source heat map of rates per 1,000 words (``rates`` from :func:`analysis.frequency.term_matrix`),
    each cell labelled with its count (``counts``: the same matrix of counts)."""
    use_style()
    fig, ax = plt.subplots(figsize=(1.3 * rates.shape[1] + 2.8, 0.32 * rates.shape[0] + 1.8))
    im = ax.imshow(rates.to_numpy(float), aspect="auto", cmap="Blues", vmin=0)
    ax.set_xticks(range(rates.shape[1]), [str(c) for c in rates.columns], rotation=30, ha="right", fontsize=8)
    ax.set_yticks(range(rates.shape[0]), list(rates.index), fontsize=8)
    vmax = float(np.nanmax(rates.to_numpy(float))) if rates.size else 1
    for i in range(rates.shape[0]):
        for j in range(rates.shape[1]):
            n = int(counts.iat[i, j])
            ax.text(j, i, str(n) if n else "·", ha="center", va="center", fontsize=7,
                    color="white" if rates.iat[i, j] > 0.6 * vmax else "black")
    fig.colorbar(im, ax=ax, label="occurrences per 1,000 words (cell label: count)", shrink=0.8)
    ax.set_title(title)
    ax.spines[:].set_visible(False)
    return fig


def fightin_words(table: pd.DataFrame, colors: dict[str, str], title: str, n_label: int = 6,
                  z_line: float = 1.96, cols: int = 3) -> Figure:
    """Monroe et al. (2008) style plot per source: x = the term's count in the whole comparison (log scale),
    y = log-odds z-score vs the rest; terms beyond +-``z_line`` in colour (the source's colour above, dark grey
    below), the ``n_label`` highest outlined and listed with their counts. ``table`` from :func:`analysis.keyness.keyness_all`."""
    use_style()
    groups = sorted(table["source"].unique())
    rows, cols = _grid(len(groups), cols)
    fig, axes = plt.subplots(rows, cols, figsize=(4.4 * cols, 3.6 * rows + 0.6), sharey=True, squeeze=False)
    for ax, g in zip(axes.flat, groups):
        d = table[table["source"] == g]
        total = d["count_target"] + d["count_reference"]
        # jitter-free: ties in count and z sit on one point; the label list says which terms they are
        strong_up, strong_down = d["log_odds_z"] >= z_line, d["log_odds_z"] <= -z_line
        ax.scatter(total, d["log_odds_z"], s=6, color="#DDDDDD", lw=0)
        ax.scatter(total[strong_up], d.loc[strong_up, "log_odds_z"], s=12, color=colors.get(g, OTHER), lw=0)
        ax.scatter(total[strong_down], d.loc[strong_down, "log_odds_z"], s=12, color="#777777", lw=0)
        ax.axhline(z_line, color="#999999", lw=0.6, ls="--")
        ax.axhline(-z_line, color="#999999", lw=0.6, ls="--")
        ax.set_xscale("log")
        top = d.sort_values(["log_odds_z", "term"], ascending=[False, True]).head(n_label)
        ax.scatter(top["count_target"] + top["count_reference"], top["log_odds_z"], s=22, color=colors.get(g, OTHER),
                   edgecolor="black", lw=0.4, zorder=3)
        labels = ", ".join(f"{t} ({a})" for t, a in zip(top["term"], top["count_target"]))
        ax.set_title(f"{g}", fontsize=9)
        ax.text(0.02, 0.98, "outlined, most typical (count):\n" + _wrap(labels, 48), transform=ax.transAxes,
                va="top", fontsize=7, color="black")
        ax.set_ylim(min(-z_line, float(d["log_odds_z"].min())) - 0.3, max(z_line, float(d["log_odds_z"].max())) + 1.6)
    _finish_grid(axes, len(groups), "count in target + rest (log scale)")
    for ax in axes[:, 0]:
        ax.set_ylabel("log-odds z-score (target vs rest)")
    fig.suptitle(title, x=0.01, ha="left", fontweight="bold", fontsize=11)
    fig.tight_layout()
    return fig


def _wrap(text: str, width: int) -> str:
    out, line = [], ""
    for word in text.split(" "):
        if line and len(line) + len(word) + 1 > width:
            out.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return "\n".join(out + [line])


def keyness_bars(top: pd.DataFrame, colors: dict[str, str], title: str, cols: int = 3) -> Figure:
    """Small multiples of Hardie's Log Ratio (target vs rest) for each source's most distinctive terms
    (from :func:`analysis.keyness.top_keyness`), one shared x scale; labels give ``count target / rest``, and
    a hollow bar marks a comparison whose counts are too small for a G2 test."""
    use_style()
    groups = sorted(top["source"].unique())
    rows, cols = _grid(len(groups), cols)
    n_terms = int(top.groupby("source").size().max()) if len(top) else 1
    fig, axes = plt.subplots(rows, cols, figsize=(3.8 * cols, 0.26 * n_terms * rows + 1.3 * rows + 0.7), squeeze=False)
    xmax = float(top["log_ratio"].abs().max()) * 1.45 if len(top) else 1
    for ax, g in zip(axes.flat, groups):
        d = top[top["source"] == g].iloc[::-1]
        color = colors.get(g, OTHER)
        for y, row in enumerate(d.itertuples(index=False)):
            ax.barh(y, row.log_ratio, color=color if row.reliable else "white", edgecolor=color, lw=1)
            ax.text(max(row.log_ratio, 0), y, f" {row.count_target}/{row.count_reference}", va="center", fontsize=7)
        ax.set_yticks(range(len(d)), list(d["term"]), fontsize=8)
        ax.axvline(0, color="black", lw=0.6)
        ax.set_xlim(min(0, float(top["log_ratio"].min()) * 1.2), xmax)
        ax.set_title(str(g), fontsize=9)
    _finish_grid(axes, len(groups), "Log Ratio (log2; +1 = twice the rest's rate)")
    fig.suptitle(title, x=0.01, ha="left", fontweight="bold", fontsize=11)
    fig.text(0.01, -0.01, "Label: count in the source / count in the rest. Hollow bar: counts too small for a "
             "G2 test (expected count below 5).", fontsize=8, ha="left", va="top")
    fig.tight_layout()
    return fig


def dispersion_plot(disp: pd.DataFrame, docs: pd.DataFrame, colors: dict[str, str], title: str) -> Figure:
    """Where each term falls in each article: one panel per term, one row per document (labelled with its
    source), a tick per occurrence at its relative position (0 = first word, 1 = last).
    ``disp`` from :func:`analysis.concordance.dispersion`, ``docs`` with ``doc_id, source``."""
    use_style()
    terms = list(dict.fromkeys(disp["term"]))
    doc_ids = list(docs["doc_id"])
    fig, axes = plt.subplots(len(terms), 1, figsize=(8, (0.22 * len(doc_ids) + 0.45) * max(len(terms), 1) + 0.8),
                             sharex=True, squeeze=False)
    source = dict(zip(docs["doc_id"], docs["source"]))
    for ax, term in zip(axes[:, 0], terms):
        d = disp[disp["term"] == term]
        for y, doc_id in enumerate(doc_ids):
            x = d.loc[d["doc_id"] == doc_id, "position"]
            ax.vlines(x, y - 0.38, y + 0.38, color=colors.get(source[doc_id], OTHER), lw=1.6)
        ax.set_yticks(range(len(doc_ids)), [str(source[i]) for i in doc_ids], fontsize=7)
        ax.set_ylim(len(doc_ids) - 0.5, -0.5)
        ax.set_ylabel(f"{term}\n({len(d)})", rotation=0, ha="right", va="center", fontsize=9, fontweight="bold")
        ax.grid(axis="x", color="#EEEEEE")
        ax.tick_params(axis="y", length=0)
    axes[-1, 0].set_xlim(-0.02, 1.02)
    axes[-1, 0].set_xlabel("position in the article (0 = first word, 1 = last word)")
    fig.suptitle(title, x=0.01, ha="left", fontweight="bold", fontsize=11)
    fig.tight_layout()
    return fig

