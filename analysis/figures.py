"""Figure conventions shared by every plot: one colour per source, a house style, deterministic files.

:func:`save` writes PNG and SVG whose bytes depend only on the figure (no dates, no software version, a
fixed SVG hash salt), so re-running a notebook leaves ``git status`` clean.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterable

import matplotlib as mpl
from matplotlib.figure import Figure

# Okabe & Ito (2008) colour-blind-safe palette, then Tableau's tab10 tail for larger corpora.
PALETTE = [
    "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442", "#000000",
    "#8c564b", "#7f7f7f", "#bcbd22", "#17becf",
]
OTHER = "#B0B0B0"
"""Colour for "the rest of the corpus" and anything that is not one source."""

STYLE = {
    "figure.dpi": 100,
    "savefig.dpi": 150,
    "savefig.bbox": "tight",
    "font.size": 10,
    "axes.titlesize": 11,
    "axes.titleweight": "bold",
    "axes.titlelocation": "left",
    "axes.spines.top": False,
    "axes.spines.right": False,
    "svg.hashsalt": "outlet-compare",
    "svg.fonttype": "path",
}


def use_style() -> None:
    """Apply the house style to matplotlib (idempotent; :func:`save` calls it too)."""
    mpl.rcParams.update(STYLE)


def source_colors(sources: Iterable[str]) -> dict[str, str]:
    """One colour per source, assigned in sorted order of the source names, so the same corpus gives the
    same colours in every figure and every run. Past the palette, colours repeat (with a warning-free cycle)."""
    names = sorted(dict.fromkeys(sources))
    return {name: PALETTE[i % len(PALETTE)] for i, name in enumerate(names)}


def save(fig: Figure, name: str, out_dir: str | Path = "figures") -> list[Path]:
    """Write ``fig`` as ``out_dir/name.png`` and ``out_dir/name.svg`` with deterministic bytes; return the paths."""
    use_style()
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    png, svg = out / f"{name}.png", out / f"{name}.svg"
    fig.savefig(png, format="png", metadata={"Software": None})
    fig.savefig(svg, format="svg", metadata={"Date": None, "Creator": None})
    return [png, svg]
