"""Plots: a DataFrame in, a matplotlib Figure out. One module per analysis area; nothing here computes.

``overview`` (notebook 01), ``frequency`` (02), ``compare`` (03), ``framing`` (04). Colours come from
:func:`analysis.figures.source_colors`, files are written by :func:`analysis.figures.save`.
"""
