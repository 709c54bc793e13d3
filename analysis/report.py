"""Run the notebooks on a corpus: the ``report`` command and ``make report``.

Each notebook has a cell tagged ``parameters`` that names the corpus (``CORPUS``) and the figure folder
(``FIGURES``). On the embedded ``seeds/`` corpus the notebooks run in place: their outputs and ``figures/``
are the committed ones. On any other corpus, a cell tagged ``injected-parameters`` is added after the
parameters cell (papermill's convention) and everything goes to an output folder; nothing in the
repository is overwritten.
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

PROJECT = Path(__file__).resolve().parent.parent
NOTEBOOKS = PROJECT / "notebooks"
SEEDS = PROJECT / "seeds"
FIGURES = PROJECT / "figures"


@dataclass
class NotebookRun:
    notebook: str
    ok: bool
    error: str = ""


def notebook_paths(folder: Path = NOTEBOOKS) -> list[Path]:
    """The analysis notebooks, in their numbered order."""
    return sorted(folder.glob("[0-9][0-9]-*.ipynb"))


def inject_parameters(nb: nbformat.NotebookNode, params: dict) -> nbformat.NotebookNode:
    """A copy of ``nb`` with a cell setting ``params`` right after the cell tagged ``parameters``."""
    nb = copy.deepcopy(nb)
    source = "# Parameters injected by `python -m analysis report`\n" + "".join(
        f"{key} = {json.dumps(value)}\n" for key, value in params.items())
    cell = nbformat.v4.new_code_cell(source, metadata={"tags": ["injected-parameters"]})
    index = next((i for i, c in enumerate(nb.cells) if "parameters" in c.get("metadata", {}).get("tags", [])), -1)
    nb.cells.insert(index + 1, cell)
    return nb


def run_notebook(src: Path, dest: Path, params: dict | None, timeout: int = 900) -> NotebookRun:
    """Execute ``src`` (with ``params`` injected unless None) in the notebooks folder and write it to ``dest``."""
    nb = nbformat.read(src, as_version=4)
    if params:
        nb = inject_parameters(nb, params)
    client = NotebookClient(nb, timeout=timeout, kernel_name="python3",
                            resources={"metadata": {"path": str(src.parent)}})
    try:
        client.execute()
        result = NotebookRun(src.name, True)
    except CellExecutionError as exc:
        cell = next((i for i, c in enumerate(nb.cells) if any(o.get("output_type") == "error" for o in c.get("outputs", []))), None)
        first_line = str(exc).strip().splitlines()[-1] if str(exc).strip() else type(exc).__name__
        result = NotebookRun(src.name, False, f"cell {cell}: {first_line}")
    dest.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, dest)
    return result


def run_all(corpus: Path, out: Path | None, progress: Callable[[str], None] = print) -> list[NotebookRun]:
    """Execute every notebook on ``corpus``. In place for ``seeds/`` with ``out=None``; else into ``out``."""
    in_place = out is None
    if in_place and corpus.resolve() != SEEDS:
        raise ValueError("only the embedded seeds/ corpus runs in place; give --out DIR for another corpus")
    params = None if in_place else {"CORPUS": str(corpus.resolve()), "FIGURES": str((out / "figures").resolve())}
    runs = []
    paths = notebook_paths()
    for i, src in enumerate(paths, 1):
        dest = src if in_place else out / "notebooks" / src.name
        progress(f"[{i}/{len(paths)}] {src.name} ...")
        run = run_notebook(src, dest, params)
        progress(f"[{i}/{len(paths)}] {src.name}: {'ok' if run.ok else 'FAILED, ' + run.error}")
        runs.append(run)
    return runs
