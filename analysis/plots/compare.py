"""Plots for notebook 03 (source comparison): DataFrames in, Figures out; nothing here computes."""

from __future__ import annotations

import re

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from scipy.cluster import hierarchy

from analysis.figures import OTHER, use_style


def similarity_heatmaps(matrices: dict[str, pd.DataFrame], labels: dict[str, str], title: str) -> Figure:
    """One heat map per measure (``{axis title: square matrix}``), cells annotated with the value. Each panel's
    colours run from 0 to its highest off-diagonal value (said on its colour bar), so structure shows even
    where all values are small, as 5-gram overlap is between articles that do not copy each other."""
    use_style()
    n = len(matrices)
    size = len(next(iter(matrices.values())))
    fig, axes = plt.subplots(1, n, figsize=(4.2 * n + 1, 0.55 * size + 2.6), squeeze=False)
    for ax, (name, m) in zip(axes[0], matrices.items()):
        vals = m.to_numpy(dtype=float)
        off = vals[~np.eye(len(vals), dtype=bool)]
        vmax = max(float(off.max()) if off.size else 1.0, 1e-6)
        shown = np.where(np.eye(len(vals), dtype=bool), np.nan, vals)
        im = ax.imshow(shown, cmap="Blues", vmin=0, vmax=vmax)
        names = [labels.get(d, d) for d in m.index]
        ax.set_xticks(range(len(names)), names, rotation=40, ha="right")
        ax.set_yticks(range(len(names)), names)
        ax.set_title(f"{name}\n(colours: 0 to {vmax:.2g}, this panel's highest pair)", fontsize=10,
                     fontweight="normal")
        if size <= 12:
            for i in range(len(vals)):
                for j in range(len(vals)):
                    if i != j:
                        ax.text(j, i, f"{vals[i, j]:.2f}" if vmax > 0.05 else f"{vals[i, j]:.3f}", ha="center",
                                va="center", fontsize=8, color="white" if vals[i, j] > 0.6 * vmax else "black")
        fig.colorbar(im, ax=ax, fraction=0.046, pad=0.04, label="similarity")
        ax.spines[:].set_visible(False)
    fig.suptitle(title, x=0.01, ha="left", fontweight="bold")
    fig.tight_layout()
    return fig


def similarity_dendrogram(linkage: np.ndarray, names: list[str], colors: dict[str, str], title: str) -> Figure:
    """Dendrogram of a scipy linkage on distance ``1 - similarity``; leaf labels coloured by source."""
    use_style()
    fig, ax = plt.subplots(figsize=(7, 0.45 * len(names) + 1.6))
    hierarchy.dendrogram(linkage, labels=names, orientation="right", ax=ax, color_threshold=0,
                         above_threshold_color="#555555")
    for lab in ax.get_yticklabels():
        lab.set_color(colors.get(lab.get_text(), "black"))
    ax.set_xlabel("distance = 1 - cosine similarity of TF-IDF vectors (average linkage)")
    ax.set_title(title)
    return fig


def passage_shares_bar(shares: pd.DataFrame, labels: dict[str, str], colors: dict[str, str], title: str) -> Figure:
    """Share of each article found in passages shared with any other (``passage_shares`` rows ``(any)``)."""
    use_style()
    d = shares[shares["other"] == "(any)"].sort_values(["share", "doc_id"])
    fig, ax = plt.subplots(figsize=(7, 0.45 * len(d) + 1.4))
    names = [labels.get(x, x) for x in d["doc_id"]]
    ax.barh(names, d["share"] * 100, color=[colors.get(n, OTHER) for n in names])
    for y, (v, w, n) in enumerate(zip(d["share"], d["shared_words"], d["words"])):
        ax.text(v * 100, y, f"  {w} of {n} words", va="center", fontsize=8)
    ax.set_xlabel("share of the article's words inside a passage shared with another article (%)")
    ax.set_xlim(0, max(5.0, float(d["share"].max()) * 130 if len(d) else 5.0))
    ax.set_title(title)
    return fig


def coverage_grid(matrix: pd.DataFrame, sources: list[str], colors: dict[str, str], title: str,
                  max_facts: int = 40) -> Figure:
    """Fact x source grid (rows: facts, columns: sources) from :func:`coverage_matrix`; a dot where the source
    reports the fact, its size the number of mentions, the row label prefixed with the fact's kind. The title
    ends with how many facts are drawn, counted here ("(all 24 facts)", "(the 40 most reported of 61)"); a
    count clause "(top N of M)" at the end of ``title`` is replaced by it, so it never claims more than is drawn."""
    use_style()
    every = matrix[["fact", "kind"]].drop_duplicates()
    facts = every.head(max_facts)
    shown = (f"all {len(every)} facts" if len(facts) == len(every)
             else f"the {len(facts)} most reported of {len(every)}")
    title = re.sub(r"\s*\(top \d+ of \d+\)\s*$", "", title) + f" ({shown})"
    fig, ax = plt.subplots(figsize=(1.3 * len(sources) + 3.5, 0.27 * len(facts) + 1.8))
    for y, (fact, kind) in enumerate(facts.itertuples(index=False)):
        rows = matrix[(matrix["fact"] == fact) & (matrix["kind"] == kind)].set_index("source")
        for x, src in enumerate(sources):
            m = int(rows.loc[src, "mentions"]) if src in rows.index else 0
            if m:
                ax.scatter(x, y, s=25 + 18 * min(m, 10), color=colors[src], zorder=3)
            else:
                ax.scatter(x, y, s=14, facecolors="none", edgecolors="#cccccc", zorder=2)
    ax.set_yticks(range(len(facts)), [f"{f}  [{k}]" for f, k in facts.itertuples(index=False)], fontsize=8)
    ax.set_xticks(range(len(sources)), sources, rotation=30, ha="right")
    ax.set_ylim(len(facts) - 0.5, -0.5)
    ax.set_xlim(-0.6, len(sources) - 0.4)
    ax.grid(axis="y", color="#eeeeee", zorder=0)
    ax.set_xlabel("source (filled dot: reports the fact; dot size: mentions, capped at 10; open circle: omits it)")
    ax.set_title(title)
    return fig


def timeline(events: pd.DataFrame, published: pd.DataFrame, colors: dict[str, str], title: str,
             window_days: int = 45) -> Figure:
    """Day-precision events (dots) per source and each article's publication day (black diamond), within
    ``window_days`` of the publication dates. ``published``: ``doc_id, source, published`` (ISO dates)."""
    use_style()
    pub = published[published["published"] != ""].copy()
    pub["d"] = pd.to_datetime(pub["published"].astype(str).str[:10], errors="coerce")
    pub = pub.dropna(subset=["d"])
    ev = events[(events["precision"] == "day") & (events["date"] != "")].copy()
    ev["d"] = pd.to_datetime(ev["date"])
    if len(pub):
        lo, hi = pub["d"].min() - pd.Timedelta(days=window_days), pub["d"].max() + pd.Timedelta(days=window_days)
        ev = ev[(ev["d"] >= lo) & (ev["d"] <= hi)]
    rows = list(dict.fromkeys(published["source"]))
    fig, ax = plt.subplots(figsize=(9, 0.6 * len(rows) + 1.8))
    for y, src in enumerate(rows):
        e = ev[ev["source"] == src]
        counts = e.groupby("d").size()
        ax.scatter(counts.index, [y] * len(counts), s=30 + 25 * (counts.values - 1), color=colors.get(src, OTHER),
                   alpha=0.85, zorder=3, label="event the article dates (size: mentions)" if y == 0 else None)
        p = pub[pub["source"] == src]
        ax.scatter(p["d"], [y] * len(p), marker="D", s=60, facecolors="none", edgecolors="black", linewidths=1.5,
                   zorder=4, label="publication day" if y == 0 else None)
    ax.set_yticks(range(len(rows)), rows)
    ax.set_ylim(len(rows) - 0.5, -0.5)
    ax.grid(axis="x", color="#eeeeee")
    ax.set_xlabel("calendar date (weekdays resolved against the publication day)")
    fig.autofmt_xdate()
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.32), ncol=2, frameon=False, fontsize=8)
    ax.set_title(title)
    return fig
