"""Figures of notebook 04 (how each outlet frames the positions): attribution ledger, verb classes, stance
grid, prominence, word choice, tone. DataFrames from :mod:`analysis.framing`, :mod:`analysis.stance` and
:mod:`analysis.tone` in, a Figure out; nothing is computed here beyond arranging the table."""

from __future__ import annotations

import textwrap

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from analysis.figures import OTHER, use_style

STANCE_COLORS = {"rejects": "#B2182B", "demands": "#EF8A62", "conditional": "#BABABA", "proposes": "#67A9CF",
                 "open to": "#2166AC"}
"""A diverging scale from refusal (red) to openness (blue); conditional sits in the middle (grey)."""


def _empty(title: str) -> Figure:
    use_style()
    fig, ax = plt.subplots(figsize=(6, 1.6))
    ax.axis("off")
    ax.text(0.0, 0.5, title, fontsize=10, va="center")
    return fig


def _heatmap(ax, matrix: pd.DataFrame, text: pd.DataFrame, cmap: str, vmax: float | None = None) -> None:
    vals = matrix.to_numpy(dtype=float)
    ax.imshow(np.nan_to_num(vals, nan=0.0), cmap=cmap, aspect="auto", vmin=0, vmax=vmax or max(np.nanmax(vals), 1e-9))
    ax.set_xticks(range(matrix.shape[1]), matrix.columns, rotation=30, ha="right")
    ax.set_yticks(range(matrix.shape[0]), matrix.index)
    hi = (vmax or np.nanmax(vals)) * 0.6
    for i in range(matrix.shape[0]):
        for j in range(matrix.shape[1]):
            ax.text(j, i, text.iat[i, j], ha="center", va="center", fontsize=8,
                    color="white" if vals[i, j] > hi else "black")
    ax.spines[:].set_visible(False)
    ax.tick_params(length=0)


def attribution_ledger(by_side: pd.DataFrame) -> Figure:
    """Outlet x side: quotes and quoted words (from :func:`analysis.framing.voice_by_side`); colour = the
    side's share of the outlet's quoted words. A side an outlet only reports in indirect speech shows its
    indirect attributions ("2 ind. only"); "—" means the outlet neither quotes nor reports it."""
    if by_side.empty:
        return _empty("No quotes found")
    use_style()
    share = by_side.pivot_table(index="source", columns="side", values="share_of_words", aggfunc="sum")
    q = by_side.pivot_table(index="source", columns="side", values="quotes", aggfunc="sum").reindex_like(share)
    w = by_side.pivot_table(index="source", columns="side", values="quoted_words", aggfunc="sum").reindex_like(share)
    order = by_side.groupby("side")["quoted_words"].sum().sort_values(ascending=False).index
    share, q, w = share[order], q[order], w[order]
    ind = by_side.pivot_table(index="source", columns="side", values="indirect", aggfunc="sum").reindex_like(share)[order]

    def cell(i: int, j: int) -> str:
        if pd.isna(q.iat[i, j]):
            return "—"
        if q.iat[i, j] == 0:  # the side is only reported (indirect attributions), never quoted
            return f"{int(ind.iat[i, j])} ind.\nonly"
        return f"{int(q.iat[i, j])} q\n{int(w.iat[i, j])} w"

    text = pd.DataFrame([[cell(i, j) for j in range(q.shape[1])] for i in range(q.shape[0])],
                        index=q.index, columns=q.columns)
    fig, ax = plt.subplots(figsize=(1.1 * len(order) + 2.5, 0.6 * len(share) + 1.6))
    _heatmap(ax, share.fillna(0), text, "Blues", vmax=1)
    top = by_side.groupby("side")["quoted_words"].sum().idxmax()
    ax.set_title(f"Quoted words go mostly to {top}: quotes (q) and quoted words (w) per outlet and side")
    ax.set_xlabel("side of the quoted speaker (colour: share of the outlet's quoted words, 0-1; "
                  "ind. only: reported in indirect speech, never quoted)")
    return fig


def verb_classes(profile: pd.DataFrame) -> Figure:
    """Outlet · side x cue-verb class (from :func:`analysis.framing.verb_profile`); cells = quotes, colour =
    share of that row's quotes with a cue."""
    if profile.empty:
        return _empty("No attribution verbs found")
    use_style()
    p = profile.assign(row=profile["source"] + " · " + profile["side"])
    share = p.pivot_table(index="row", columns="cue_class", values="share", aggfunc="sum").fillna(0)
    n = p.pivot_table(index="row", columns="cue_class", values="quotes", aggfunc="sum").reindex_like(share).fillna(0)
    cols = ["neutral"] + sorted(c for c in share.columns if c != "neutral") if "neutral" in share.columns else list(share.columns)
    share, n = share[cols], n[cols]
    text = n.astype(int).astype(str).replace("0", "")
    fig, ax = plt.subplots(figsize=(0.9 * len(cols) + 3.5, 0.32 * len(share) + 1.6))
    _heatmap(ax, share, text, "Oranges", vmax=1)
    non_neutral = p[p["cue_class"] != "neutral"]["quotes"].sum()
    ax.set_title(f"Most attributions use neutral verbs; {non_neutral} of {p['quotes'].sum()} use a loaded class")
    ax.set_xlabel("cue-verb class (cells: quotes; colour: share of the row, 0-1)")
    return fig


def stance_grid(grid: pd.DataFrame, max_actors: int = 14, agreement: str | None = None) -> Figure:
    """Actor x issue (from :func:`analysis.stance.stance_grid`): each cell names the stances found with their
    statement counts; colour = the most frequent stance (ties: the first in :data:`STANCE_COLORS`); a hatched
    cell holds statements that disagree (several stances). ``agreement``: the measured agreement with hand coding,
    printed under the title so the grid is never read without it."""
    if grid.empty:
        return _empty("No stance statements found (no issues in the lexicon, or no sentence the rules can read)")
    use_style()
    totals = grid.groupby("actor")["sentences"].sum().sort_values(ascending=False)
    actors = sorted(totals.index[:max_actors], key=lambda a: (-totals[a], a))
    issues = sorted(grid["issue"].unique(), key=lambda i: (-grid.loc[grid["issue"] == i, "sentences"].sum(), i))
    order = list(STANCE_COLORS)
    fig, ax = plt.subplots(figsize=(1.6 * len(issues) + 3.0, 0.55 * len(actors) + 2.2))
    mixed = 0
    for y, actor in enumerate(actors):
        for x, issue in enumerate(issues):
            cell = grid[(grid["actor"] == actor) & (grid["issue"] == issue)]
            if cell.empty:
                continue
            cell = cell.assign(o=cell["stance"].map(order.index)).sort_values(["sentences", "o"], ascending=[False, True])
            several = len(cell) > 1
            mixed += several
            ax.add_patch(plt.Rectangle((x - 0.48, y - 0.45), 0.96, 0.9, facecolor=STANCE_COLORS[cell.iloc[0]["stance"]],
                                       alpha=0.85, hatch="///" if several else None, edgecolor="white", linewidth=0))
            label = "\n".join(f"{r.stance} {r.sentences}" for r in cell.head(2).itertuples())
            ax.text(x, y, label + (" +" if len(cell) > 2 else ""), ha="center", va="center", fontsize=7,
                    bbox={"facecolor": "white", "alpha": 0.6, "linewidth": 0, "pad": 1} if several else None)
    ax.set_xlim(-0.5, len(issues) - 0.5)
    ax.set_ylim(len(actors) - 0.5, -0.5)
    ax.set_xticks(range(len(issues)), issues, rotation=25, ha="right")
    ax.set_yticks(range(len(actors)), [f"{a} ({grid.loc[grid['actor'] == a, 'side'].iloc[0]})" for a in actors])
    ax.spines[:].set_visible(False)
    ax.tick_params(length=0)
    ax.legend(handles=[Patch(color=c, label=s) for s, c in STANCE_COLORS.items()]
              + [Patch(facecolor="white", edgecolor="grey", hatch="///", label="statements disagree")],
              loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=8, title="most frequent stance")
    top = grid.sort_values(["sentences", "actor"], ascending=[False, True]).iloc[0]
    width = fig.get_size_inches()[0]
    note = "\n" + textwrap.fill(agreement, width=int(width * 9)) if agreement else ""  # wrapped to the figure
    ax.set_title(f"Most statements: {top['actor']} {top['stance']} on {top['issue']} ({top['sentences']}); "
                 f"{mixed} of {grid.groupby(['actor', 'issue']).ngroups} cells hold disagreeing statements" + note,
                 fontsize=10)
    ax.set_xlabel("issue (each a proposition of the story lexicon); cells: stance and number of statements")
    return fig


def prominence_chart(prom: pd.DataFrame, colors: dict[str, str], kind: str = "actor", max_names: int = 12) -> Figure:
    """First-mention position (0 = first sentence, 1 = last) of each actor (or issue) per article, one dot per
    article in its source's colour; a filled dot = also in the lede. Names ordered by mean position."""
    p = prom[prom["kind"] == kind]
    if p.empty:
        return _empty(f"No {kind}s of the lexicon are mentioned")
    use_style()
    counts = p.groupby("name")["doc_id"].nunique()
    keep = counts.sort_values(ascending=False, kind="mergesort").index[:max_names]
    p = p[p["name"].isin(keep)]
    order = p.groupby("name")["first_rel"].mean().sort_values(kind="mergesort").index.tolist()
    fig, ax = plt.subplots(figsize=(8, 0.38 * len(order) + 1.8))
    offsets = {s: (i - (len(colors) - 1) / 2) * 0.1 for i, s in enumerate(sorted(colors))}
    for row in p.itertuples():
        y = order.index(row.name) + offsets.get(row.source, 0)
        c = colors.get(row.source, OTHER)
        ax.scatter(row.first_rel, y, s=40, color=c if row.in_lede else "white", edgecolors=c, linewidths=1.5, zorder=3)
    ax.set_yticks(range(len(order)), [f"{n} ({counts[n]} art.)" for n in order])
    ax.set_ylim(len(order) - 0.5, -0.5)
    ax.set_xlim(-0.03, 1.03)
    ax.grid(axis="x", color="#e5e5e5")
    ax.set_xlabel("relative position of the first mention (0 = first sentence, 1 = last sentence)")
    handles = [Line2D([], [], marker="o", ls="", color=c, label=s) for s, c in sorted(colors.items())]
    handles.append(Line2D([], [], marker="o", ls="", markerfacecolor="white", markeredgecolor="black", label="not in the lede"))
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=8)
    early = order[0]
    ax.set_title(f"{early} comes first on average; filled dots: named in the lede")
    return fig


def word_choice(counts: pd.DataFrame) -> Figure:
    """Label x outlet counts (from :func:`analysis.framing.label_counts`); colour = per 10,000 words. A
    trailing ``*`` marks counts that include scare-quoted uses, ``q`` quoted uses."""
    if counts.empty:
        return _empty("No labelling terms of the word-choice lexicon found")
    use_style()
    c = counts.assign(row=counts["group"] + ": " + counts["label"])
    rate = c.pivot_table(index="row", columns="source", values="per_10k_words", aggfunc="sum")
    n = c.pivot_table(index="row", columns="source", values="count", aggfunc="sum").reindex_like(rate)
    scare = c.pivot_table(index="row", columns="source", values="scare", aggfunc="sum").reindex_like(rate)
    quoted = c.pivot_table(index="row", columns="source", values="quoted", aggfunc="sum").reindex_like(rate)
    text = pd.DataFrame([[("" if n.iat[i, j] == 0 else f"{int(n.iat[i, j])}" + ("*" if scare.iat[i, j] else "")
                           + (" q" if quoted.iat[i, j] else "")) for j in range(n.shape[1])]
                         for i in range(n.shape[0])], index=n.index, columns=n.columns)
    fig, ax = plt.subplots(figsize=(1.3 * rate.shape[1] + 3.5, 0.3 * len(rate) + 1.6))
    _heatmap(ax, rate, text, "Purples")
    used = c.groupby("label")["source"].apply(lambda s: (c.loc[s.index, "count"] > 0).sum())
    only_one = sorted(used[used == 1].index)
    ax.set_title(f"{len(only_one)} of {len(used)} labels appear in one outlet only; cells: uses "
                 "(* scare-quoted, q quoted)")
    ax.set_xlabel("outlet (colour: uses per 10,000 words)")
    return fig


def tone_by_actor(summary: pd.DataFrame, colors: dict[str, str], agreement: dict | None = None) -> Figure:
    """Mean tone toward each side, per outlet, in the author's voice (left) and in quoted voices (right), with the
    number of sentences beside each dot (from :func:`analysis.tone.tone_summary`; ``mean_tone`` where the summary
    has it, else ``mean_compound``). ``agreement`` (:func:`analysis.tone.agreement`) is printed under the title;
    when it is missing or below its target, the title says that differences between outlets are not reliable."""
    if summary.empty:
        return _empty("No sentences mention an actor of the lexicon")
    use_style()
    key = summary.columns[1]
    value = "mean_tone" if "mean_tone" in summary.columns else "mean_compound"
    order = sorted(summary[key].unique())
    fig, axes = plt.subplots(1, 2, figsize=(10, 0.45 * len(order) + 2.3), sharey=True, sharex=True)
    offsets = {s: (i - (len(colors) - 1) / 2) * 0.12 for i, s in enumerate(sorted(colors))}
    for ax, voice in zip(axes, ("author", "quoted")):
        v = summary[summary["voice"] == voice]
        for row in v.itertuples():
            y = order.index(getattr(row, key)) + offsets.get(row.source, 0)
            x = getattr(row, value)
            ax.scatter(x, y, s=30, color=colors.get(row.source, OTHER), zorder=3)
            ax.text(x, y, f" {row.sentences}", fontsize=6, va="center")
        ax.axvline(0, color="#999999", lw=0.8)
        ax.axvspan(-0.05, 0.05, color="#eeeeee", zorder=0)
        ax.set_xlim(-1, 1)
        ax.set_title(f"{voice}'s voice" if voice == "author" else "quoted voices", loc="left", fontsize=10)
        ax.set_xlabel(("mean tone toward the side" if value == "mean_tone" else "mean VADER compound")
                      + " (-1 to 1; grey band = neutral)")
    axes[0].set_yticks(range(len(order)), order)
    axes[0].set_ylim(len(order) - 0.5, -0.5)
    handles = [Line2D([], [], marker="o", ls="", color=c, label=s) for s, c in sorted(colors.items())]
    axes[1].legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=8)
    a = summary[summary["voice"] == "author"][value]
    reliable = bool(agreement and agreement.get("reliable"))
    fig.suptitle(f"Author-voice tone by side and outlet ranges {a.min():+.2f} to {a.max():+.2f}"
                 + ("" if reliable else ": differences between outlets are not reliable")
                 + " (numbers: sentences)", x=0.01, ha="left", fontweight="bold", fontsize=11)
    note = agreement.get("text") if agreement else "Agreement with hand coding not measured"
    fig.text(0.01, 0.955 - 0.1 / (0.45 * len(order) + 2.3), note, ha="left", va="top", fontsize=8, color="#555555")
    fig.subplots_adjust(top=1 - 0.75 / (0.45 * len(order) + 2.3))
    return fig
