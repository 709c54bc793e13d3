"""Errors and warnings about input, each naming the file and what to do about it."""

from __future__ import annotations

from pathlib import Path


class CorpusError(ValueError):
    """Input that cannot be read as a corpus. The message starts with the file it is about."""

    def __init__(self, path: str | Path, problem: str):
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


class CorpusWarning(UserWarning):
    """Input that was read, with something the user should know (a file skipped, metadata missing)."""
