"""Figure conventions shared by every plot: one colour per source, a house style, deterministic files.

:func:`save` writes PNG and SVG whose bytes depend only on the figure (no dates, no software version, a
fixed SVG hash salt), so re-running a notebook leaves ``git status`` clean. Before writing, it rounds every
drawn value (line and marker positions, bars, polygons, text anchors, image cells, axis limits) to
:data:`SIGNIFICANT` significant digits: numpy picks its log/exp/sum kernels by processor (AVX2, AVX-512, ...)
and they differ in the last bits, which would otherwise move an SVG coordinate at its sixth decimal on some
machines. Rounded, the same figure gives the same bytes on every x86-64 machine, however the process started.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterable

import matplotlib as mpl
import numpy as np
from matplotlib.collections import Collection, LineCollection
from matplotlib.figure import Figure
from matplotlib.image import AxesImage
from matplotlib.lines import Line2D
from matplotlib.patches import Polygon, Rectangle
from matplotlib.text import Text

# Okabe & Ito (2008) colour-blind-safe palette, then Tableau's tab10 tail for larger corpora.
PALETTE = [
    "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442", "#000000",
    "#8c564b", "#7f7f7f", "#bcbd22", "#17becf",
]
PROJECT = Path(__file__).resolve().parent.parent
COMMITTED = PROJECT / "figures"
"""The repository's figures: those of the embedded ``seeds/`` corpus, and of no other."""

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


def figure_folder(corpus: str | Path, figures: str | Path | None = None) -> Path:
    """The folder where a notebook run on ``corpus`` writes its figures (the notebooks' ``FIGURES``).

    ``None`` chooses: the repository's ``figures/`` for the embedded ``seeds/``; for a report's manifest
    (``DIR/corpus.yaml``, as ``python -m analysis report`` hands it to the notebooks) ``DIR/figures``; for any
    other corpus ``out/<corpus name>/figures`` in the project. A folder given for another corpus than ``seeds/``
    must not be the committed ``figures/``: that would overwrite the seeds' figures (ValueError)."""
    corpus = Path(corpus).resolve()
    is_seeds = corpus == PROJECT / "seeds"
    if figures is None:
        if is_seeds:
            return COMMITTED
        if corpus.suffix in (".yaml", ".yml"):
            return corpus.parent / "figures"
        name = corpus.name.split(".")[0] or "corpus"
        return PROJECT / "out" / name / "figures"
    folder = Path(figures).resolve()
    if folder == COMMITTED and not is_seeds:
        raise ValueError(f"FIGURES = {figures!r} is the repository's figures/ folder, which holds the figures of "
                         f"seeds/, but CORPUS is {str(corpus)!r}: set FIGURES = None (figures go to "
                         f"{PROJECT / 'out' / (corpus.name.split('.')[0] or 'corpus') / 'figures'}) or another folder")
    return folder


def source_colors(sources: Iterable[str]) -> dict[str, str]:
    """One colour per source, assigned in sorted order of the source names, so the same corpus gives the
    same colours in every figure and every run. Past the palette, colours repeat (with a warning-free cycle)."""
    names = sorted(dict.fromkeys(sources))
    return {name: PALETTE[i % len(PALETTE)] for i, name in enumerate(names)}


SIGNIFICANT = 5
"""Significant digits kept of every drawn value: far below what a figure can show (1e-5 of a value), far above
the last-bit differences between numpy's kernels on different processors (about 1e-15 of a value)."""

# Exact decimal powers (parsed, not computed with pow, whose kernel also depends on the processor).
_POW10 = np.array([float(f"1e{k}") for k in range(-330, 331)])


def rounded(values, digits: int = SIGNIFICANT) -> np.ndarray:
    """``values`` as floats rounded to about ``digits`` significant digits (``digits`` or one more), with
    arithmetic only: the decimal exponent comes from the binary one (``frexp``), the power of ten from a table,
    so the result is the same on every machine. NaN and infinities pass through; -0.0 becomes 0.0."""
    a = np.array(values, dtype=float, copy=True)
    finite = np.isfinite(a) & (a != 0)
    if finite.any():
        _, exp2 = np.frexp(a[finite])
        exp10 = np.floor((exp2 - 1) * 0.30102999566398120).astype(int)  # floor(log10 |a|), or one less
        k = np.clip(digits - 1 - exp10, -330, 330)
        pos, neg = k >= 0, k < 0
        out = np.empty(k.shape)
        v = a[finite]
        out[pos] = np.rint(v[pos] * _POW10[k[pos] + 330]) / _POW10[k[pos] + 330]
        out[neg] = np.rint(v[neg] / _POW10[-k[neg] + 330]) * _POW10[-k[neg] + 330]
        a[finite] = out
    return a + 0.0


def _rounded_masked(data, digits: int):
    return np.ma.array(rounded(np.ma.getdata(data), digits), mask=np.ma.getmaskarray(data))


def round_drawn_values(fig: Figure, digits: int = SIGNIFICANT) -> Figure:
    """Round, in place, every value ``fig`` draws from data (see the module docstring); return ``fig``."""
    for artist in fig.findobj():
        if isinstance(artist, Line2D):
            x, y = artist.get_data(orig=False)
            try:
                artist.set_data(rounded(x, digits), rounded(y, digits))
            except (TypeError, ValueError):  # data that is not numeric (categories already converted are)
                pass
        elif isinstance(artist, LineCollection):
            artist.set_segments([rounded(seg, digits) for seg in artist.get_segments()])
        elif isinstance(artist, Collection):
            offsets = artist.get_offsets()
            if len(offsets):
                artist.set_offsets(rounded(offsets, digits))
            if isinstance(artist.get_array(), np.ndarray):
                artist.set_array(_rounded_masked(artist.get_array(), digits))
        elif isinstance(artist, Rectangle):
            x, y = rounded(artist.get_xy(), digits)
            artist.set_bounds(x, y, *rounded([artist.get_width(), artist.get_height()], digits))
        elif isinstance(artist, Polygon):
            artist.set_xy(rounded(artist.get_xy(), digits))
        elif isinstance(artist, Text):
            x, y = artist.get_position()
            if isinstance(x, float | int) and isinstance(y, float | int):
                artist.set_position(tuple(rounded([x, y], digits)))
        elif isinstance(artist, AxesImage):
            data = artist.get_array()
            if data is not None and data.dtype.kind == "f":
                artist.set_data(_rounded_masked(data, digits))
    for ax in fig.axes:
        ax.set_xlim(*rounded(ax.get_xlim(), digits))
        ax.set_ylim(*rounded(ax.get_ylim(), digits))
    return fig


def save(fig: Figure, name: str, out_dir: str | Path = "figures") -> list[Path]:
    """Write ``fig`` as ``out_dir/name.png`` and ``out_dir/name.svg`` with deterministic bytes (its drawn values
    rounded by :func:`round_drawn_values`); return the paths."""
    use_style()
    round_drawn_values(fig)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    png, svg = out / f"{name}.png", out / f"{name}.svg"
    fig.savefig(png, format="png", metadata={"Software": None})
    fig.savefig(svg, format="svg", metadata={"Date": None, "Creator": None})
    return [png, svg]
