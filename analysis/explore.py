"""Explorers for JupyterLab: widgets over the tables, so a reader who doubts a figure sees the sentences behind it.

Each explorer takes the tables (and the corpus, for the raw text that every row's ``doc_id, start, end`` points
into) and returns an ipywidgets box, so it works on any corpus:

* :func:`quotes`: filter quotations by outlet, side, speaker, kind and cue class; a chosen row shows its
  paragraph with the quote, the cue and the speaker marked, and the same utterance in the other outlets;
* :func:`kwic`: keyword in context for a word, lemma pattern (``ceasefire*``) or phrase, sorted by the left or
  right context; a chosen line shows its paragraph;
* :func:`stance`: choose an actor x issue x stance cell, see its sentences with the holder and the cue marked;
* :func:`passages`: two articles side by side with the passages they share marked.

Widgets need a running kernel; the report's ``index.html`` has every table browsable without one.
"""

from __future__ import annotations

import html

import ipywidgets as widgets
import pandas as pd

ALL = "(all)"
STYLE = """<style>
.oc-text{font-family:Georgia,serif;font-size:14px;line-height:1.5;white-space:pre-wrap;max-width:60em}
.oc-text mark{padding:0 1px} .oc-quote{background:#fff0a8} .oc-cue{background:#b9e3ff}
.oc-speaker{background:#ffd1dc} .oc-match{background:#c8f0c8} .oc-note{color:#555;font-size:12px}
</style>"""
ROWS = 12  # lines a list shows at once


def marked(text: str, offset: int, spans: list[tuple[int, int, str]]) -> str:
    """``text`` (whose first character is at ``offset`` in the raw document) as HTML, each ``(start, end, css
    class)`` span in raw-text offsets wrapped in a ``<mark>``; spans outside the text are ignored, and an inner
    span that overlaps an earlier one is cut to fit (marks never cross)."""
    cuts = []
    for start, end, css in sorted(spans, key=lambda s: (s[0], -s[1])):
        a, b = max(start - offset, 0), min(end - offset, len(text))
        if a < b and (not cuts or a >= cuts[-1][1]):
            cuts.append((a, b, css))
    out, at = [], 0
    for a, b, css in cuts:
        out += [html.escape(text[at:a]), f'<mark class="{css}">{html.escape(text[a:b])}</mark>']
        at = b
    out.append(html.escape(text[at:]))
    return "".join(out)


def paragraph(corpus, doc_id: str, start: int, end: int) -> tuple[int, str]:
    """The raw text of the paragraph holding ``start`` (its offset and text); the span itself if none does."""
    p = corpus.paragraphs
    hit = p[(p["doc_id"] == doc_id) & (p["start"] <= start) & (p["end"] >= min(end, start + 1))]
    if len(hit):
        start, end = int(hit["start"].iloc[0]), int(hit["end"].iloc[0])
    return start, corpus.raw(doc_id)[start:end]


def _html(body: str) -> str:
    return STYLE + body


def _options(values) -> list[str]:
    return [ALL] + sorted({str(v) for v in values if isinstance(v, str) and v})


def _filtered(table: pd.DataFrame, choices: dict[str, str]) -> pd.DataFrame:
    keep = pd.Series(True, index=table.index)
    for column, value in choices.items():
        if value != ALL:
            keep &= table[column].astype(str) == value
    return table[keep]


def _span(row, start: str, end: str):
    a, b = row.get(start), row.get(end)
    return (int(a), int(b)) if pd.notna(a) and pd.notna(b) and int(a) >= 0 else None


def quotes(table: pd.DataFrame, corpus, variants: pd.DataFrame | None = None) -> widgets.VBox:
    """Quotation explorer over :func:`analysis.quotes.quotes_table` (``variants``: the table of
    :func:`analysis.compare.quote_variants`, for the same utterance in the other outlets)."""
    label = dict(zip(corpus.documents["doc_id"], corpus.documents["source"]))
    table = table.assign(source=table["doc_id"].map(label), side=table["side"].fillna("(none)"),
                         speaker=table["speaker"].fillna("(none)")).reset_index(drop=True)
    filters = {col: widgets.Dropdown(options=_options(table[col]), value=ALL, description=col.replace("_", " "),
                                     layout=widgets.Layout(width="15em"))
               for col in ("source", "side", "speaker", "kind", "cue_class")}
    rows = widgets.Select(rows=ROWS, layout=widgets.Layout(width="100%"))
    count = widgets.HTML()
    detail = widgets.HTML()

    def refresh(_=None):
        shown = _filtered(table, {c: w.value for c, w in filters.items()})
        rows.options = [(f"{r.source} | {r.side} | {r.speaker} ({r.kind}, {r.cue or '-'}): {str(r.text)[:90]}", i)
                        for i, r in shown.iterrows()]
        count.value = f"<b>{len(shown)}</b> of {len(table)} quotations"
        if len(shown):
            rows.value = shown.index[0]
        else:
            detail.value = ""

    def show(_=None):
        if rows.value is None:
            return
        r = table.loc[rows.value]
        spans = [(int(r.start), int(r.end), "oc-quote")]
        spans += [(*s, css) for s, css in ((_span(r, "cue_start", "cue_end"), "oc-cue"),
                                          (_span(r, "speaker_start", "speaker_end"), "oc-speaker")) if s]
        at, text = paragraph(corpus, r.doc_id, int(r.start), int(r.end))
        body = (f'<p class="oc-note">{html.escape(str(r.source))}, {html.escape(r.doc_id)} [{r.start}:{r.end}], '
                f'rule {html.escape(str(r.get("rule", "")))}: <mark class="oc-quote">quote</mark> '
                f'<mark class="oc-cue">cue</mark> <mark class="oc-speaker">speaker</mark></p>'
                f'<div class="oc-text">{marked(text, at, spans)}</div>')
        if variants is not None and len(variants):
            own = variants[(variants["doc_id"] == r.doc_id) & (variants["start"] < r.end) & (variants["end"] > r.start)]
            same = variants[variants["group_id"].isin(own["group_id"]) & (variants["doc_id"] != r.doc_id)]
            body += ("<p><b>The same utterance in other outlets</b></p><ul>" + "".join(
                f"<li>{html.escape(str(v.source))} ({html.escape(str(v.form))}): {html.escape(str(v.text))}</li>"
                for v in same.itertuples()) + "</ul>") if len(same) else '<p class="oc-note">No other outlet renders this quote.</p>'
        detail.value = _html(body)

    for w in filters.values():
        w.observe(refresh, names="value")
    rows.observe(show, names="value")
    refresh()
    return widgets.VBox([widgets.HBox(list(filters.values()), layout=widgets.Layout(flex_flow="row wrap")),
                         count, rows, detail])


def kwic(corpus, query: str = "", width: int = 50) -> widgets.VBox:
    """Keyword-in-context explorer (:func:`analysis.concordance.kwic`): a word, a lemma pattern or a phrase."""
    from analysis.concordance import kwic as concordance

    box = widgets.Text(value=query, description="search", continuous_update=False,
                       placeholder="word, lemma* or phrase")
    order = widgets.ToggleButtons(options=[("sort by left", "left"), ("sort by right", "right")], value="left")
    lines = widgets.Select(rows=ROWS, layout=widgets.Layout(width="100%"))
    count, detail = widgets.HTML(), widgets.HTML()
    state = {"table": pd.DataFrame()}

    def refresh(_=None):
        table = concordance(corpus, box.value, width=width, sort=order.value) if box.value.strip() else pd.DataFrame()
        state["table"] = table.reset_index(drop=True)
        lines.options = [(f"{r.left[-width:]:>{width}} [{r.match}] {r.right[:width]:<{width}} | {r.source}", i)
                         for i, r in state["table"].iterrows()]
        n_sources = state["table"]["source"].nunique() if len(table) else 0
        count.value = f"<b>{len(table)}</b> occurrences in {n_sources} sources"
        if len(table):
            lines.value = 0
        else:
            detail.value = ""

    def show(_=None):
        if lines.value is None or not len(state["table"]):
            return
        r = state["table"].loc[lines.value]
        at, text = paragraph(corpus, r.doc_id, int(r.start), int(r.end))
        detail.value = _html(f'<p class="oc-note">{html.escape(str(r.source))}, {html.escape(r.doc_id)} '
                             f'[{r.start}:{r.end}]</p><div class="oc-text">'
                             f'{marked(text, at, [(int(r.start), int(r.end), "oc-match")])}</div>')

    box.observe(refresh, names="value")
    order.observe(refresh, names="value")
    lines.observe(show, names="value")
    refresh()
    return widgets.VBox([widgets.HBox([box, order]), count, lines, detail])


def stance(table: pd.DataFrame, corpus) -> widgets.VBox:
    """Stance evidence explorer over :func:`analysis.stance.stance`: one cell of the actor x issue grid (with its
    stance), its sentences with the holder and the cue marked."""
    label = dict(zip(corpus.documents["doc_id"], corpus.documents["source"]))
    cells = (table.groupby(["actor", "issue", "stance"]).size().rename("n").reset_index()
             .sort_values(["n", "actor", "issue", "stance"], ascending=[False, True, True, True]))
    choose = widgets.Dropdown(options=[(f"{c.actor} | {c.issue} | {c.stance} ({c.n})", (c.actor, c.issue, c.stance))
                                       for c in cells.itertuples()], description="cell",
                              layout=widgets.Layout(width="40em"))
    detail = widgets.HTML()

    def show(_=None):
        if choose.value is None:
            detail.value = "<p>No stance statements.</p>"
            return
        actor, issue, st = choose.value
        rows = table[(table["actor"] == actor) & (table["issue"] == issue) & (table["stance"] == st)]
        items = []
        for r in rows.sort_values(["doc_id", "start"]).itertuples():
            spans = [(*s, css) for s, css in ((_span(r._asdict(), "holder_start", "holder_end"), "oc-speaker"),
                                              (_span(r._asdict(), "cue_start", "cue_end"), "oc-cue")) if s]
            sentence = corpus.raw(r.doc_id)[int(r.start):int(r.end)]
            items.append(f'<li><span class="oc-note">{html.escape(str(label.get(r.doc_id, r.doc_id)))} '
                         f'[{r.start}:{r.end}], rule: {html.escape(str(r.rule))}</span>'
                         f'<div class="oc-text">{marked(sentence, int(r.start), spans)}</div></li>')
        prop = rows["proposition"].iloc[0] if "proposition" in rows and len(rows) else issue
        detail.value = _html(f"<p><b>{html.escape(actor)}</b> {html.escape(st)} “{html.escape(str(prop))}”: "
                             f'{len(rows)} statements. <mark class="oc-speaker">holder</mark> '
                             f'<mark class="oc-cue">cue</mark></p><ol>{"".join(items)}</ol>')

    choose.observe(show, names="value")
    show()
    return widgets.VBox([choose, detail])


def passages(table: pd.DataFrame, corpus) -> widgets.VBox:
    """Shared-passage explorer over :func:`analysis.compare.find_passages`: two articles side by side, the
    passages they share marked in both (the pairs that share most come first)."""
    label = dict(zip(corpus.documents["doc_id"], corpus.documents["source"]))
    ids = list(corpus.doc_ids)
    pairs = (table.groupby(["doc_a", "doc_b"])["words"].sum().sort_values(ascending=False).index.tolist()
             if len(table) else [])
    first = pairs[0] if pairs else (ids[0], ids[1 if len(ids) > 1 else 0])
    names = [(f"{label.get(d, d)} ({d})", d) for d in ids]
    left = widgets.Dropdown(options=names, value=first[0], description="left")
    right = widgets.Dropdown(options=names, value=first[1], description="right")
    count = widgets.HTML()
    texts = [widgets.HTML(layout=widgets.Layout(width="50%")), widgets.HTML(layout=widgets.Layout(width="50%"))]

    def show(_=None):
        a, b = left.value, right.value
        ab = table[(table["doc_a"] == a) & (table["doc_b"] == b)] if len(table) else table
        ba = table[(table["doc_a"] == b) & (table["doc_b"] == a)] if len(table) else table
        spans_a = [(int(r.start_a), int(r.end_a), "oc-match") for r in ab.itertuples()]
        spans_a += [(int(r.start_b), int(r.end_b), "oc-match") for r in ba.itertuples()]
        spans_b = [(int(r.start_b), int(r.end_b), "oc-match") for r in ab.itertuples()]
        spans_b += [(int(r.start_a), int(r.end_a), "oc-match") for r in ba.itertuples()]
        count.value = f"<b>{len(spans_a)}</b> shared passages between these two articles"
        for w, doc, spans in ((texts[0], a, spans_a), (texts[1], b, spans_b)):
            w.value = _html(f"<p><b>{html.escape(str(label.get(doc, doc)))}</b></p>"
                            f'<div class="oc-text">{marked(corpus.raw(doc), 0, spans)}</div>')

    left.observe(show, names="value")
    right.observe(show, names="value")
    show()
    return widgets.VBox([widgets.HBox([left, right]), count, widgets.HBox(texts)])
