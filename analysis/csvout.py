"""Writing a table as CSV: the one writer of every table, byte for byte what
``df.to_csv(path, index=False, encoding="utf-8", float_format="%.6g")`` writes, in less time than pandas or
``csv.writer`` take for the same cells (figures in ``benchmarks/RESULTS.md``).

pandas formats a float column through Python objects one cell at a time; on a news archive the tables hold
tens of millions of cells (keyness alone 1.4 million rows of ten floats). Here each column becomes a list of
finished cells in one pass (``'%.6g'.__mod__`` mapped over the distinct floats, ``str`` over the distinct
integers, empty strings for missing values, as pandas' ``na_rep``; text quoted as ``csv.writer`` quotes it,
see :func:`escape`) and the lines are joined by ``str.join`` (in C) a block at a time. Columns of other types
(dates, categories, mixed objects) are left to pandas. ``tests/test_csvout.py`` compares the bytes with
pandas' on every column type.
"""

from __future__ import annotations

import csv
import io
import re
from typing import Iterator, Sequence
from pathlib import Path

import numpy as np
import pandas as pd

FLOAT_FORMAT = "%.6g"
BLOCK_ROWS = 100_000  # lines joined and written at a time


def _quoting_characters() -> tuple[str, ...]:
    """The characters that make ``csv.writer`` (minimal quoting, ``"\\n"`` line ends, as pandas uses it) put a
    cell in quotes, asked of the running Python's ``csv`` itself (on Python 3.11: ``,`` ``"`` and ``\\n``).
    ``tests/test_csvout.py`` checks :func:`escape` against ``csv.writer`` on every code point of the Basic
    Multilingual Plane and a sample of the others."""
    def written(cell: str) -> str:
        buffer = io.StringIO(newline="")
        csv.writer(buffer, lineterminator="\n").writerow([cell, ""])
        return buffer.getvalue()
    return tuple(ch for ch in ',"\n\r\t ;\'\\' if written(f"a{ch}b") != f"a{ch}b,\n")


_QUOTING = _quoting_characters()
_QUOTED = re.compile("[" + re.escape("".join(_QUOTING)) + "]")  # finds a character of _QUOTING


def escape(cell: str) -> str:
    """``cell`` as ``csv.writer`` writes it (minimal quoting): in double quotes, with inner ones doubled, when it
    holds a character of :data:`_QUOTING`; else as it is."""
    for ch in _QUOTING:
        if ch in cell:
            return '"' + cell.replace('"', '""') + '"'
    return cell


def escape_all(cells: Sequence[str]) -> list[str]:
    """:func:`escape` of each cell of a column: the column is searched once, joined, and only when it holds a
    character of :data:`_QUOTING` (a text column, say) is each cell escaped in turn."""
    if not _QUOTED.search("".join(cells)):
        return list(cells)
    return list(map(escape, cells))


def _distinct_cells(codes: np.ndarray, distinct: list[str]) -> list[str]:
    """``distinct[code]`` for each code, ``""`` where the code is -1 (missing)."""
    cells = np.empty(len(distinct) + 1, dtype=object)
    cells[:-1] = distinct
    cells[-1] = ""
    return cells[codes].tolist()


def _column(values: pd.Series) -> list[str] | None:
    """The column as finished CSV cells (quoted where needed), or ``None`` for a type left to pandas."""
    dtype = values.dtype
    if isinstance(dtype, np.dtype) and dtype.kind == "f":
        return _float_cells(values.to_numpy())
    if isinstance(dtype, np.dtype) and dtype.kind in "iu":
        distinct, codes = np.unique(values.to_numpy(), return_inverse=True)
        return _distinct_cells(codes.ravel(), list(map(str, distinct.tolist())))
    if isinstance(dtype, np.dtype) and dtype.kind == "b":
        return np.array(["False", "True"], dtype=object)[values.to_numpy().view(np.uint8)].tolist()
    if isinstance(dtype, pd.Int64Dtype | pd.StringDtype) or dtype == object:
        if dtype == object and not all(type(v) is str for v in values.to_numpy().tolist() if v is not None):
            return None  # mixed objects (floats, dates): pandas' own rules
        codes, distinct = pd.factorize(values, use_na_sentinel=True)
        return _distinct_cells(codes, [escape(str(v)) for v in distinct.tolist()])
    return None


def _float_cells(arr: np.ndarray) -> list[str]:
    """``'%.6g'`` of each float, ``""`` for NaN; each distinct value is formatted once (values are told apart by
    their bits, so ``-0.0`` stays ``-0``). Large tables repeat their values (a third of keyness.csv's float
    cells are distinct on a news archive), so formatting each distinct value once saves most of the work."""
    arr = np.ascontiguousarray(arr)
    bits, inverse = np.unique(arr.view(f"i{arr.itemsize}"), return_inverse=True)
    distinct = bits.view(arr.dtype)
    cells = np.array(list(map(FLOAT_FORMAT.__mod__, distinct.tolist())), dtype=object)
    cells[np.isnan(distinct)] = ""
    return cells[inverse.ravel()].tolist()


def _lines(columns: list[list[str]]) -> Iterator[str]:
    """Rows of finished cells (one list per column) as CSV lines, :data:`BLOCK_ROWS` lines to a string. A row
    of one empty cell is written ``""``, as ``csv.writer`` writes it (else the line would be blank)."""
    if len(columns) == 1:
        columns = [['""' if cell == "" else cell for cell in columns[0]]]
    n = len(columns[0])
    for lo in range(0, n, BLOCK_ROWS):
        hi = min(lo + BLOCK_ROWS, n)
        yield "\n".join(map(",".join, zip(*(c[lo:hi] for c in columns)))) + "\n"


def _write_cells(columns: list[list[str]], f) -> None:
    """Write rows of finished cells (one list per column) as lines (:func:`_lines`)."""
    for block in _lines(columns):
        f.write(block)


def _write(df: pd.DataFrame, f, header: bool) -> None:
    """The rows of ``df`` (and its header) as CSV into ``f``: its columns as finished cells, then lines
    joined by ``str.join``, which costs a fraction of what ``csv.writer.writerows`` spends on the same rows."""
    columns = [_column(df[c]) for c in df.columns] if df.columns.is_unique and len(df.columns) else [None]
    if any(c is None for c in columns):
        df.to_csv(f, header=header, index=False, float_format=FLOAT_FORMAT)
        return
    if header:
        _write_cells([[escape(str(c))] for c in df.columns], f)
    if len(df):
        _write_cells(columns, f)


def write_csv(df: pd.DataFrame, path: str | Path, append: bool = False, header: bool = True) -> None:
    """Write ``df`` (no index) to ``path`` as UTF-8 CSV, or append it (``append=True``, ``header`` as asked)."""
    with open(path, "a" if append else "w", encoding="utf-8", newline="") as f:
        _write(df, f, header)


def csv_text(df: pd.DataFrame, header: bool = True) -> str:
    """What :func:`write_csv` would write for ``df``, as a string (a worker formats its rows; the process that
    writes the file appends the text)."""
    buffer = io.StringIO(newline="")
    _write(df, buffer, header)
    return buffer.getvalue()


_PLAIN = frozenset({str, int, bool})
_NUMBERS = frozenset({int, float})


def rows_text(rows: list[tuple]) -> str | None:
    """CSV text (no header) of row tuples whose cells are all ``str``, ``int`` or ``bool``: for such cells
    ``str()`` is what pandas (and ``csv.writer``) writes, so the rows need no DataFrame; a column of ``float``
    cells (or of floats and ints, which pandas makes a float column) goes through :func:`_float_cells`
    (``'%.6g'``, ``""`` for NaN). Each column becomes finished cells (text through :func:`escape_all`,
    numbers through ``str``) joined into lines as :func:`_write` joins them. ``None`` when a cell has another
    type (a missing value, a float among text), whose text pandas decides (:func:`csv_text`).

    The pipeline's workers format every chunk's rows this way: building a DataFrame per chunk, or passing the
    rows through ``csv.writer``, costs several times more CPU for the same bytes."""
    if not all(type(row) is tuple for row in rows) or len(set(map(len, rows))) > 1 or rows and not rows[0]:
        return None  # not row tuples of one length (and at least one cell)
    columns = []
    for column in zip(*rows):
        kinds = set(map(type, column))
        if float in kinds and kinds <= _NUMBERS:
            columns.append(_float_cells(np.array(column, dtype=np.float64)))
            continue
        if not kinds <= _PLAIN:
            return None
        columns.append(escape_all(column) if kinds == {str} else
                       list(map(str, column)) if str not in kinds else
                       [escape(c) if type(c) is str else str(c) for c in column])
    return "".join(_lines(columns)) if columns else ""


PROBLEM_COLUMNS = ["path", "problem", "action"]
"""Columns of ``problems.csv``: the input problems of a run (``Corpus.problems``), one row each."""


def write_problems(path: str | Path, problems: list) -> None:
    """Write ``problems.csv``: one row per input problem ``(path, problem, action)``, header only if none."""
    write_csv(pd.DataFrame([tuple(p) for p in problems], columns=PROBLEM_COLUMNS, dtype=object), path)
