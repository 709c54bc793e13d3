"""Errors and warnings about input, each naming the file and what to do about it.

Every error class here survives pickling (its ``__reduce__`` gives the arguments it was made with), so an
error raised in a worker process or on a Dask worker reaches the main process intact, with its class, path
and message, instead of failing to be rebuilt there.
"""

from __future__ import annotations

from pathlib import Path


class CorpusError(ValueError):
    """Input that cannot be read as a corpus. The message starts with the file it is about."""

    def __init__(self, path: str | Path, problem: str):
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")

    def __reduce__(self):
        return (type(self), (self.path, self.problem))


class DocumentError(CorpusError):
    """One document that cannot be used (not UTF-8, binary, broken front matter, a bad record): the loader
    skips it and lists it among the corpus's problems, or, with ``strict``, refuses the corpus."""


class CorpusProblems(CorpusError):
    """A corpus refused because of its problems (``strict``): every problem found in one pass, each a
    ``(path, problem, action)`` tuple, listed in the message."""

    def __init__(self, path: str | Path, problems: list):
        self.problems = [tuple(p) for p in problems]
        listed = "\n".join(f"  {p}: {problem}" for p, problem, _ in self.problems)
        super().__init__(path, f"{len(self.problems)} problem(s) in the input; fix them, or run without --strict "
                         f"to skip the documents concerned:\n{listed}")

    def __reduce__(self):
        return (type(self), (self.path, self.problems))


class Interrupted(CorpusError):
    """A run stopped by the user (Ctrl-C); ``path`` is the output folder, left without partial tables."""


class CorpusWarning(UserWarning):
    """Input that was read, with something the user should know (a file skipped, metadata missing)."""


ERROR_CLASSES = (CorpusError, DocumentError, CorpusProblems, Interrupted)
"""Every error class of this module (the tests send each through worker processes and a Dask cluster)."""
