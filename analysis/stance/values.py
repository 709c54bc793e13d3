"""The stance values, always relative to the proposition of an issue."""

STANCES = ("demands", "proposes", "open to", "conditional", "rejects")
"""Stance values, always relative to the proposition of the issue."""
SUPPORTING = frozenset({"demands", "proposes", "open to"})
"""Stances for the proposition; ``rejects`` is against it and ``conditional`` neither."""
