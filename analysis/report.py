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
    DIR/index.html         the report: story, findings (linking figures and evidence rows), figures, tables, notebooks
    DIR/html/NN-*.html     the notebooks rendered
"""

from __future__ import annotations

import copy
import html
import json
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import nbformat
import pandas as pd
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
        # widget state is not stored: the explorers hold article text and need a kernel anyway
        client = NotebookClient(nb, timeout=timeout, kernel_name="python3", record_timing=False, config=config,
                                store_widget_state=False, resources={"metadata": {"path": str(workdir)}})
        try:
            client.execute()
            run = NotebookRun(src.name, True, time.perf_counter() - started)
        except CellExecutionError:
            run = NotebookRun(src.name, False, time.perf_counter() - started, _failed_cell(nb))
    for cell in nb.cells:
        if "outputs" in cell:
            cell.outputs = coalesce_streams(cell.outputs)
            for out in cell.outputs:  # a widget view names a random model id: keep its text, so reruns match
                out.get("data", {}).pop(WIDGET, None)
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


WIDGET = "application/vnd.jupyter.widget-view+json"


def render_html(nb: nbformat.NotebookNode, dest: Path) -> Path:
    """The executed notebook as a standalone HTML page (nbconvert's lab template; outputs are escaped)."""
    from nbconvert import HTMLExporter

    nb = copy.deepcopy(nb)
    nb.metadata.pop("widgets", None)
    for cell in nb.cells:  # an explorer needs a kernel: the page says so instead of loading widget code from a CDN
        for out in cell.get("outputs", []):
            if WIDGET in out.get("data", {}):
                out["data"] = {"text/plain": "(an explorer: run this notebook in JupyterLab to use it; the report's "
                                             "index.html has every table browsable)"}
    body, _ = HTMLExporter(template_name="lab").from_notebook_node(nb)
    dest.parent.mkdir(parents=True, exist_ok=True)
    dest.write_text(body, encoding="utf-8")
    return dest


@dataclass
class Finding:
    """One sentence of the report's findings, with the figure that shows it and the table rows behind it."""
    text: str
    figure: str = ""                                   # figure name (its anchor is fig-NAME)
    table: str = ""                                    # table name (rows anchor as NAME-ROW)
    rows: list[int] = field(default_factory=list)      # row numbers in that table's CSV (0 = first data row)
    note: str = ""                                     # a caveat printed beside the finding
    theme: str = ""                                    # the question it answers (findings are grouped by it)


def _read(tables_dir: Path, name: str) -> pd.DataFrame:
    path = tables_dir / f"{name}.csv"
    if not path.is_file():
        return pd.DataFrame()
    frame = pd.read_csv(path, keep_default_na=False, na_values=[""])
    empty = [c for c in frame.columns if frame[c].isna().all()]  # text columns with no value read back as float
    return frame.astype({c: object for c in empty})


def findings(corpus, tables_dir: Path, limit: int = 3) -> list[Finding]:
    """The report's findings, each computed from the tables written in ``tables_dir`` (nothing here names a
    story): the most similar pair, what each outlet alone reports, who gets the most quoted words per outlet,
    the clearest stance contrasts (with the stance rules' measured agreement), the most distinctive terms, and
    how far the tone figure can be trusted."""
    from analysis import stance as stance_rules, tone as tone_rules
    from analysis.compare import coverage_summary
    from analysis.framing import most_quoted, voice, voice_by_side

    out: list[Finding] = []
    label = dict(zip(corpus.documents["doc_id"], corpus.documents["source"]))

    sim = _read(tables_dir, "similarity")
    if len(sim):
        best = sim.sort_values(["cosine_tfidf", "doc_a", "doc_b"], ascending=[False, True, True]).index[0]
        r = sim.loc[best]
        out.append(Finding(f"Most similar pair: {label.get(r.doc_a, r.doc_a)} and {label.get(r.doc_b, r.doc_b)} "
                           f"(TF-IDF cosine {r.cosine_tfidf:.2f}; word 5-gram Jaccard {r.jaccard_5gram:.3f}, where 1 "
                           "would be the same wording).", "03-similarity", "similarity", [int(best)],
                           theme="Which articles are most alike?"))

    cov = _read(tables_dir, "coverage")
    if len(cov) and corpus.sources and len(corpus.sources) > 1:
        summary = coverage_summary(cov, corpus)
        only = summary[(summary["n_sources"] == 1) & summary["kind"].isin(["number", "name"])]
        for source, g in only.groupby("sources", sort=True):
            facts = list(g["fact"].head(4))
            rows = [int(i) for i in cov.index[cov["fact"].isin(facts) & (cov["source"] == source)][:8]]
            out.append(Finding(f"{source}: {len(g)} name or number fact{'s' * (len(g) != 1)}, e.g. "
                               + ", ".join(facts) + ".", "03-coverage", "coverage", rows, theme="What does each outlet alone report?"))

    quotes = _read(tables_dir, "quotes")
    if len(quotes):
        quotes["words"] = quotes["words"].fillna(0).astype(int)
        ledger = voice(quotes, corpus)
        for line in most_quoted(voice_by_side(ledger), ledger):
            source = line.split(":", 1)[0]
            side = line.split("from ", 1)[1].split(" (", 1)[0] if "from " in line else None
            src = quotes["doc_id"].map(label)
            kinds = quotes["kind"].isin(["direct", "partial"])
            speaker = quotes["speaker"].fillna("").astype(str).str.len() > 0
            side_of = quotes["side"].astype(object).where(quotes["side"].notna(),
                                                          speaker.map({True: "unmatched", False: "no speaker"}))
            rows = [int(i) for i in quotes.index[(src == source) & kinds & (side_of == side)][:8]]
            out.append(Finding(line + ".", "04-attribution-ledger", "quotes", rows,
                               theme="Who gets the most quoted words in each outlet?"))

    st = _read(tables_dir, "stance")
    agreement = stance_rules.agreement().get("text", "agreement with hand coding not measured")
    if len(st):
        grid = stance_rules.stance_grid(st)
        main = (grid.groupby(["issue", "side", "stance"], as_index=False)["sentences"].sum()
                .sort_values(["issue", "side", "sentences", "stance"], ascending=[True, True, False, True])
                .drop_duplicates(["issue", "side"]))
        contrasts = []
        for issue, g in main.groupby("issue", sort=True):
            against = g[g["stance"] == "rejects"]
            pro = g[g["stance"].isin(["demands", "proposes"])]
            for a in against.itertuples():
                for b in pro.itertuples():
                    contrasts.append((min(a.sentences, b.sentences), issue, b, a))
        contrasts.sort(key=lambda c: (-c[0], c[1], c[2].side, c[3].side))
        strongest = {}
        for c in contrasts:  # the clearest contrast of each issue
            strongest.setdefault(c[1], c)
        for _, issue, b, a in sorted(strongest.values(), key=lambda c: (-c[0], c[1]))[:limit]:
            prop = st.loc[st["issue"] == issue, "proposition"].iloc[0]
            rows = [int(i) for i in st.index[(st["issue"] == issue) & (
                ((st["side"] == b.side) & (st["stance"] == b.stance)) | ((st["side"] == a.side) & (st["stance"] == "rejects")))][:10]]
            out.append(Finding(f"Stance contrast on \u201c{prop}\u201d: {b.side} {b.stance} it ({b.sentences} "
                               f"statement{'s' * (b.sentences != 1)}), {a.side} rejects it ({a.sentences}).",
                               "04-stance-grid", "stance", rows, note=agreement,
                               theme="Where do the sides take opposite positions?"))

    keys = _read(tables_dir, "keyness")
    if len(keys):
        ok = keys[keys["count_target"] >= 2].sort_values(["source", "log_odds_z", "term"], ascending=[True, False, True])
        for source, g in ok.groupby("source", sort=True):
            top = g.head(3)
            out.append(Finding(f"{source}: " + ", ".join(
                f"{t} ({c} vs {r} in the rest, z {z:.1f})" for t, c, r, z in
                zip(top["term"], top["count_target"], top["count_reference"], top["log_odds_z"])) + ".",
                "02-fightin-words", "keyness", [int(i) for i in top.index],
                theme="Which terms are most distinctive of each outlet?"))

    tone = tone_rules.agreement()
    if len(_read(tables_dir, "tone")):
        reliable = bool(tone.get("reliable"))
        out.append(Finding("Tone toward each side: " + ("see the figure." if reliable else
                           "differences between outlets are not reliable (agreement with hand coding below target)."),
                           "04-tone-by-side", "tone", [], note=tone.get("text", "agreement with hand coding not measured"),
                           theme="Tone"))
    return out


BROWSE_JS = """
document.querySelectorAll('input.filter').forEach(function (box) {
  box.addEventListener('input', function () {
    var q = box.value.toLowerCase(), n = 0;
    document.querySelectorAll('#' + box.dataset.table + ' tbody tr').forEach(function (tr) {
      var show = tr.textContent.toLowerCase().indexOf(q) >= 0; tr.style.display = show ? '' : 'none'; n += show;
    });
    document.getElementById(box.dataset.table + '-shown').textContent = n;
  });
});
document.querySelectorAll('table.browse th').forEach(function (th, _) {
  th.addEventListener('click', function () {
    var table = th.closest('table'), body = table.tBodies[0], col = th.cellIndex;
    var asc = th.dataset.order !== 'asc'; th.dataset.order = asc ? 'asc' : 'desc';
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = a.cells[col].textContent, y = b.cells[col].textContent, nx = parseFloat(x), ny = parseFloat(y);
      var c = (!isNaN(nx) && !isNaN(ny) && String(nx) === x.trim() && String(ny) === y.trim()) ? nx - ny : x.localeCompare(y);
      return asc ? c : -c;
    });
    rows.forEach(function (r) { body.appendChild(r); });
  });
});
function showRow() {
  var id = decodeURIComponent(location.hash.slice(1)), tr = id && document.getElementById(id);
  document.querySelectorAll('tr.target').forEach(function (r) { r.classList.remove('target'); });
  if (tr && tr.tagName === 'TR') {
    tr.style.display = ''; tr.classList.add('target'); tr.closest('details').open = true; tr.scrollIntoView({block: 'center'});
  }
}
window.addEventListener('hashchange', showRow); showRow();
"""

CSS = """body{font-family:system-ui,sans-serif;margin:0 auto;padding:1em 2em;max-width:1400px;line-height:1.45}
h1{margin-bottom:.2em} .story td,.story th{padding:.15em .8em .15em 0;text-align:left;vertical-align:top}
.ok{color:#007a5a} .failed{color:#D55E00;font-weight:bold} .note{color:#555;font-size:.9em}
figure{margin:1.5em 0;border-top:1px solid #ddd;padding-top:.8em} figure img{width:100%;height:auto}
figcaption{font-size:.95em;color:#333} ol.findings li{margin:.35em 0}
table.browse{border-collapse:collapse;font-size:.8em;width:100%} table.browse th{cursor:pointer;background:#f0f0f0;
position:sticky;top:0} table.browse td,table.browse th{border:1px solid #ddd;padding:2px 4px;vertical-align:top;
max-width:40em} td.long{min-width:22em} tr.target{background:#fff3b0} .scroll{max-height:28em;overflow:auto;margin-bottom:.5em}
details{margin:.6em 0} summary{cursor:pointer;font-weight:bold}"""


def _table_html(name: str, path: Path, keep: set[int], max_rows: int) -> str:
    """A table of the CSV, sortable (click a header) and searchable offline: its first ``max_rows`` rows and
    every row in ``keep`` (rows a finding links to), each row anchored as ``NAME-ROW``."""
    e = html.escape
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    shown = sorted(set(range(min(len(frame), max_rows))) | {i for i in keep if i < len(frame)})
    head = "".join(f"<th>{e(c)}</th>" for c in frame.columns)
    body = "".join(f'<tr id="{e(name)}-{i}">' + "".join(f'<td class="long">{e(v)}</td>' if len(v) > 60 else f"<td>{e(v)}</td>"
                                                      for v in frame.iloc[i]) + "</tr>"
                   for i in shown)
    more = (f" (the first {max_rows} of {len(frame)} rows and the rows the findings cite; all in the CSV)"
            if len(shown) < len(frame) else "")
    return (f'<details id="table-{e(name)}"><summary>{e(name)}: {len(frame)} rows</summary>'
            f'<p><a href="tables/{e(path.name)}">{e(path.name)}</a>{more}. Search: '
            f'<input class="filter" data-table="t-{e(name)}" size="30"> <span id="t-{e(name)}-shown">{len(shown)}'
            f'</span> rows shown; click a header to sort.</p>'
            f'<div class="scroll"><table class="browse" id="t-{e(name)}"><thead><tr>{head}</tr></thead>'
            f"<tbody>{body}</tbody></table></div></details>")


FRAMING_TABLES = ("quotes.csv", "mentions.csv", "stance.csv", "prominence.csv", "labels.csv", "tone.csv", "frames.csv")
"""The tables whose emptiness the report explains (:func:`analysis.framing.why_empty`)."""


def lexicon_notes(corpus, out: Path, table_paths: list[Path], progress: Callable[[str], None] = print
                  ) -> tuple[str, dict[str, str]]:
    """What the report page says about the story lexicon: a note when the corpus has none (or one without actors
    or issues), after writing a drafted one (:func:`analysis.lexicon_draft.draft_lexicon`) to ``out`` for the
    user to check, complete and pass back with ``--lexicon``; and, for each framing table of ``table_paths``
    without a row, why and what to do (:func:`analysis.framing.why_empty`)."""
    from analysis.actors import DRAFT_MAX_DOCUMENTS, corpus_lexicon
    from analysis.framing import DRAFT_FILE, why_empty
    from analysis.lexicon_draft import draft_lexicon
    from analysis.quotes import quotes_table
    from analysis.tables import drafted_lexicon

    story = corpus_lexicon(corpus)
    note = ""
    if not (story.get("actors") and story.get("issues")) and 0 < len(corpus) <= DRAFT_MAX_DOCUMENTS:
        text, found, issues = draft_lexicon(corpus, quotes_table(corpus, {}), source=corpus.name)
        (out / DRAFT_FILE).write_text(text, encoding="utf-8")
        missing = "no story lexicon" if not story else "a story lexicon without " + (
            "actors" if not story.get("actors") else "issues")
        note = (f"This corpus has {missing}. {len(found)} actors and {len(issues)} candidate issues were drafted "
                f"from the text into {DRAFT_FILE}: a draft to check, not a result. "
                + ("The tables use the drafted actors (their sides end in '(drafted)'). " if not story.get("actors")
                   else "") +
                "Check the actors and sides against the articles, write each issue's proposition, terms and words "
                f"for and against it, and run the report again with --lexicon {DRAFT_FILE} (the file in this "
                "report's folder), or put it beside the corpus as lexicon.yaml.")
        progress(f"wrote {out / DRAFT_FILE}: " + note.replace(f"--lexicon {DRAFT_FILE} (the file in this report's "
                                                              "folder)", f"--lexicon {out / DRAFT_FILE}"))
    empty = [p.name for p in table_paths if p.name in FRAMING_TABLES and _rows(p) == 0]
    lexicon = drafted_lexicon(corpus, story) if empty else story
    return note, {name: why_empty(name, lexicon) for name in empty}


def _rows(path: Path) -> int:
    """Data rows of a CSV table."""
    return len(_read(path.parent, path.stem))


def write_index(out: Path, corpus, runs: list[NotebookRun], table_paths: list[Path], figures_dir: Path,
                notebooks_dir: Path, max_rows: int = 300, lexicon_note: str = "",
                empty_tables: dict[str, str] | None = None) -> Path:
    """The report's front page: the story (headlines, outlets, dates), what it says about the story lexicon
    (``lexicon_note``) and why a framing table is empty (``empty_tables``: table -> why and what to do), the
    findings computed from the tables (each linking its figure and its evidence rows), every figure at full
    width with a caption on how to read it, every table browsable in the page (no network needed), and the
    executed notebooks."""
    import os

    from analysis.plots import CAPTIONS

    e = html.escape
    rel = lambda p: Path(os.path.relpath(p.resolve(), out.resolve())).as_posix()  # noqa: E731
    docs = corpus.documents.sort_values(["published", "source", "doc_id"], na_position="last")
    dates = [d[:10] for d in docs["published"] if isinstance(d, str) and d]
    span = (f"{min(dates)} to {max(dates)}" if dates and min(dates) != max(dates) else (dates[0] if dates else "undated"))
    story = "".join(f"<tr><td>{e(str(r.published or '')[:10])}</td><td>{e(str(r.source))}</td><td>{e(str(r.title or ''))}"
                    f"</td></tr>" for r in docs.itertuples())
    found = findings(corpus, out / "tables")
    figs = {f.stem: f for f in sorted(figures_dir.glob("*.png"))}
    items = []
    for f in found:
        links = []
        if f.figure in figs:
            links.append(f'<a href="#fig-{e(f.figure)}">figure</a>')
        if f.rows:
            links.append("evidence: " + ", ".join(f'<a href="#{e(f.table)}-{i}">row {i + 1}</a>' for i in f.rows))
        elif f.table and (out / "tables" / f"{f.table}.csv").is_file():
            links.append(f'<a href="#table-{e(f.table)}">table</a>')
        note = f' <span class="note">{e(f.note)}</span>' if f.note else ""
        items.append((f.theme, f"<li>{e(f.text)}{note} ({'; '.join(links)})</li>"))
    themes = list(dict.fromkeys(t for t, _ in items))
    items = [f"<li><b>{e(t)}</b><ul>" + "".join(i for tt, i in items if tt == t) + "</ul></li>" for t in themes]
    keep: dict[str, set[int]] = {}
    for f in found:
        keep.setdefault(f.table, set()).update(f.rows)
    fig_html = "".join(
        f'<figure id="fig-{e(name)}"><a href="{e(rel(path))}"><img src="{e(rel(path))}" alt="{e(name)}" loading="lazy">'
        f'</a><figcaption><b>{e(name)}</b>: {e(CAPTIONS.get(name, ""))} '
        f'<a href="{e(rel(path.with_suffix(".svg")))}">SVG</a></figcaption></figure>' for name, path in figs.items())
    nb_items = []
    for run in runs:
        stem = Path(run.notebook).stem
        status = "ok" if run.ok else f"FAILED: {e(run.error)}"
        nb_items.append(f'<li><a href="html/{e(stem)}.html">{e(stem)}</a> (page; notebook: '
                        f'<a href="{e(rel(notebooks_dir / run.notebook))}">{e(run.notebook)}</a>) '
                        f'<span class="{"ok" if run.ok else "failed"}">{status}</span> ({run.seconds:.1f} s)</li>')
    table_html = "".join(_table_html(p.stem, p, keep.get(p.stem, set()), max_rows) for p in table_paths)
    lexicon_html = f'<h2 id="lexicon">Story lexicon</h2><p class="note">{e(lexicon_note)}</p>\n' if lexicon_note else ""
    empty_html = ('<h2 id="empty-tables">Empty tables: why, and what to do</h2><ul>' + "".join(
        f"<li><code>{e(name)}</code>: {e(why)}</li>" for name, why in (empty_tables or {}).items()) + "</ul>\n"
        if empty_tables else "")
    title = docs["title"].dropna().astype(str)
    headline = title.iloc[0] if len(title) else corpus.name
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>How {len(corpus.sources)} outlets cover: {e(headline)}</title>
<style>{CSS}</style></head>
<body><h1>How {len(corpus.sources)} outlets cover one story</h1>
<p>{len(corpus)} documents from {len(corpus.sources)} sources, {e(span)} (corpus <code>{e(corpus.name)}</code>).</p>
<table class="story"><thead><tr><th>published</th><th>outlet</th><th>headline</th></tr></thead><tbody>{story}</tbody></table>
<h2 id="findings">Findings</h2>
<p class="note">Computed from the tables below; each links its figure and the rows behind it. A handful of articles
are a handful of data points: read counts, not rates.</p>
<ol class="findings">{''.join(items) or '<li>No finding: the tables are empty.</li>'}</ol>
{lexicon_html}{empty_html}<h2 id="notebooks">Notebooks executed on this corpus</h2><ol>{''.join(nb_items)}</ol>
<h2 id="figures">Figures</h2>{fig_html}
<h2 id="tables">Tables</h2>{table_html}
<script>{BROWSE_JS}</script>
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
    note, empty = lexicon_notes(loaded, out, table_paths, progress)
    index = write_index(out, loaded, runs, table_paths, figures_dir, NOTEBOOKS if in_place else out / "notebooks",
                        lexicon_note=note, empty_tables=empty)
    progress(f"report: {index}")
    return runs
