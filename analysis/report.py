"""Run the whole analysis on a corpus: executed notebooks, figures, CSV tables and one HTML report.

Each notebook has a cell tagged ``parameters`` naming the corpus (``CORPUS``) and the figure folder
(``FIGURES``). On the embedded ``seeds/`` corpus the notebooks run in place, so their committed outputs and
``figures/`` are refreshed. On any other corpus a cell tagged ``injected-parameters`` is added after the
parameters cell (papermill's convention) and every output goes to the output folder; nothing in the
repository is overwritten. The corpus is handed to the notebooks as a manifest (``corpus.yaml``, see
:func:`analysis.corpus.read_manifest`), so CSV/JSONL field names and limits reach them too. The injected
paths are relative to ``DIR/notebooks`` (``../corpus.yaml``, ``../figures``) and the notebooks execute there,
so the executed notebooks re-run as they are in JupyterLab (``make lab REPORT=DIR``), wherever DIR is moved.

Kernels talk to this process over Unix sockets in a private temporary folder (IPC transport), not over TCP
on localhost, so no port is open and no kernel warns that its traffic is unencrypted.

Output folder layout::

    DIR/corpus.yaml        how the corpus was read
    DIR/tables/*.csv       every table of analysis.tables.TABLES
    DIR/notebooks/*.ipynb  the executed notebooks (not for seeds/, which run in place)
    DIR/figures/*.png|svg  every figure (for seeds/: the repository's figures/)
    DIR/index.html         contents page, linking DIR/html/NN-*.html (the notebooks rendered)
"""

from __future__ import annotations

import copy
import html
import json
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError
from traitlets.config import Config

from analysis import tables
from analysis.corpus import Fields, load_corpus, write_manifest

PROJECT = Path(__file__).resolve().parent.parent
NOTEBOOKS = PROJECT / "notebooks"
SEEDS = PROJECT / "seeds"
FIGURES = PROJECT / "figures"


@dataclass
class NotebookRun:
    notebook: str
    ok: bool
    seconds: float
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


def _failed_cell(nb: nbformat.NotebookNode) -> str:
    for i, cell in enumerate(nb.cells):
        for out in cell.get("outputs", []):
            if out.get("output_type") == "error":
                first = cell.source.strip().splitlines()[0] if cell.source.strip() else ""
                return f"cell {i + 1} ({first[:60]!r}): {out.get('ename')}: {out.get('evalue')}"
    return "unknown cell"


def run_notebook(src: Path, dest: Path, params: dict | None, timeout: int = 900) -> tuple[NotebookRun, nbformat.NotebookNode]:
    """Execute ``src`` (with ``params`` injected unless None) and write it to ``dest``: in the notebooks folder
    when nothing is injected, else in ``dest``'s folder (the injected paths are relative to it)."""
    nb = nbformat.read(src, as_version=4)
    if params:
        nb = inject_parameters(nb, params)
    for cell in nb.cells:  # no timestamps: a rerun on the same corpus leaves the notebook unchanged
        cell.get("metadata", {}).pop("execution", None)
    workdir = src.parent if params is None else dest.parent
    workdir.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="outlet-kernel-") as sockets:
        config = Config()
        config.KernelManager.transport = "ipc"            # Unix sockets, not TCP on localhost
        config.KernelManager.ip = str(Path(sockets) / "kernel")
        client = NotebookClient(nb, timeout=timeout, kernel_name="python3", record_timing=False, config=config,
                                resources={"metadata": {"path": str(workdir)}})
        try:
            client.execute()
            run = NotebookRun(src.name, True, time.perf_counter() - started)
        except CellExecutionError:
            run = NotebookRun(src.name, False, time.perf_counter() - started, _failed_cell(nb))
    for cell in nb.cells:
        if "outputs" in cell:
            cell.outputs = coalesce_streams(cell.outputs)
    dest.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, dest)
    return run, nb


def coalesce_streams(outputs: list) -> list:
    """Consecutive ``stream`` outputs of the same stream joined into one: how the kernel cut printed text into
    messages depends on timing (two notebooks at once, a busy machine), and a rerun must write the same file."""
    out: list = []
    for o in outputs:
        if (o.get("output_type") == "stream" and out and out[-1].get("output_type") == "stream"
                and out[-1].get("name") == o.get("name")):
            out[-1]["text"] = out[-1]["text"] + o["text"]
        else:
            out.append(o)
    return out


def render_html(nb: nbformat.NotebookNode, dest: Path) -> Path:
    """The executed notebook as a standalone HTML page (nbconvert's lab template; outputs are escaped)."""
    from nbconvert import HTMLExporter

    body, _ = HTMLExporter(template_name="lab").from_notebook_node(nb)
    dest.parent.mkdir(parents=True, exist_ok=True)
    dest.write_text(body, encoding="utf-8")
    return dest


def write_index(out: Path, corpus_name: str, n_docs: int, runs: list[NotebookRun], table_paths: list[Path],
                figures_dir: Path) -> Path:
    """The report's contents page: notebooks with their status, tables, figures."""
    e = html.escape
    items = []
    for run in runs:
        page = f"html/{Path(run.notebook).stem}.html"
        status = "ok" if run.ok else f"FAILED: {e(run.error)}"
        items.append(f'<li><a href="{e(page)}">{e(Path(run.notebook).stem)}</a> '
                     f'<span class="{"ok" if run.ok else "failed"}">{status}</span> ({run.seconds:.1f} s)</li>')
    table_items = [f'<li><a href="tables/{e(p.name)}">{e(p.name)}</a></li>' for p in table_paths]
    figs = sorted(figures_dir.glob("*.png"))
    try:
        rel = figures_dir.resolve().relative_to(out.resolve())
        fig_items = [f'<figure><a href="{e(str(rel / f.name))}"><img src="{e(str(rel / f.name))}" width="420" '
                     f'alt="{e(f.stem)}"></a><figcaption>{e(f.stem)}</figcaption></figure>' for f in figs]
    except ValueError:  # seeds: figures live in the repository
        fig_items = [f'<figure><a href="{e(f.resolve().as_uri())}"><img src="{e(f.resolve().as_uri())}" width="420" '
                     f'alt="{e(f.stem)}"></a><figcaption>{e(f.stem)}</figcaption></figure>' for f in figs]
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Report: {e(corpus_name)}</title>
<style>body{{font-family:sans-serif;max-width:1000px;margin:2em auto;}} .ok{{color:#009E73}}
.failed{{color:#D55E00;font-weight:bold}} figure{{display:inline-block;margin:.5em}}
figcaption{{font-size:.8em}}</style></head>
<body><h1>How the outlets cover the story: {e(corpus_name)}</h1>
<p>{n_docs} documents. Notebooks executed on this corpus:</p>
<ol>{''.join(items)}</ol>
<h2>Tables (CSV)</h2><ul>{''.join(table_items)}</ul>
<h2>Figures</h2>{''.join(fig_items)}
</body></html>
"""
    path = out / "index.html"
    path.write_text(page, encoding="utf-8")
    return path


def run_report(corpus: Path, out: Path, fields: Fields | None = None, options: dict | None = None,
               progress: Callable[[str], None] = print, notebooks: list[Path] | None = None,
               jobs: int = 2) -> list[NotebookRun]:
    """Tables, notebooks, figures and the HTML report for ``corpus`` (see the module docstring).

    ``notebooks`` defaults to every numbered notebook of ``notebooks/``; a failing notebook is reported
    (cell and error) and the others still run. ``jobs`` notebooks execute at once (each in its own kernel
    process), while this process writes the tables: the notebooks read the corpus, not the tables."""
    in_place = corpus.resolve() == SEEDS and not fields and not options
    out.mkdir(parents=True, exist_ok=True)
    manifest = write_manifest(out / "corpus.yaml", corpus, fields or Fields(), **(options or {}))
    loaded = load_corpus(manifest)
    progress(f"{corpus}: {len(loaded)} documents, {len(loaded.sources)} sources")
    figures_dir = FIGURES if in_place else out / "figures"
    # relative to DIR/notebooks, where the notebooks execute
    params = None if in_place else {"CORPUS": "../corpus.yaml", "FIGURES": "../figures"}
    paths = notebook_paths() if notebooks is None else notebooks

    def execute(i: int, src: Path) -> NotebookRun:
        progress(f"[{i}/{len(paths)}] {src.name} ...")
        run, nb = run_notebook(src, src if in_place else out / "notebooks" / src.name, params)
        render_html(nb, out / "html" / f"{src.stem}.html")
        progress(f"[{i}/{len(paths)}] {src.name}: " + (f"ok ({run.seconds:.1f} s)" if run.ok else f"FAILED at {run.error}"))
        return run

    with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        futures = [pool.submit(execute, i, src) for i, src in enumerate(paths, 1)]
        table_paths = tables.write_tables(loaded, out / "tables", progress=lambda m: progress(f"wrote {m}"))
        runs = [f.result() for f in futures]
    index = write_index(out, loaded.name, len(loaded), runs, table_paths, figures_dir)
    progress(f"report: {index}")
    return runs
