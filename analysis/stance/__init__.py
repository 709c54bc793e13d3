"""Stance: which position an article attributes to which actor on which proposition, with its evidence.

A story lexicon's ``issues`` section states the propositions positions are about, each with a direction::

    issues:
      tax cuts:
        proposition: Congress extends the tax cuts
        terms: [tax cuts, tax rates, tax increase]   # what the proposition is about
        for: [extend, keep, make permanent]          # words saying it happens
        against: [expire, let lapse, repeal]         # words saying it does not

(``issue: [terms]`` still works: a proposition "<issue> goes ahead" with no words for or against.)

A **statement** is one sentence in which an actor takes a position on a proposition. The position is composed,
not guessed from a cue word near a topic word. Reading backwards from each mention of a proposition (a term or
a word for or against it) to the start of its clause, the rules collect:

* the **attitude** that governs it: an attitude verb or noun of ``analysis/data/stance_cues.yaml`` (``insist``,
  ``refusal``, ``propose``, ``open to``...), or a neutral reporting verb (``said``) that passes the clause on;
* the **negators** in scope (``not``, ``never``, ``no``, ``rather than``...): each flips the polarity; those
  between the attitude and the proposition flip what is wanted ("insist that *no* concessions be made"), those
  before the attitude flip the attitude ("did *not* rule out": open to);
* the **modality** of the clause when no attitude governs it (``must`` demands, ``could`` is open to,
  ``will not`` rejects);
* a **condition** (``only if``, ``unless``, ``until``, ``in exchange for``): a position that holds only under a
  condition is ``conditional``; the proposition named *in* the condition of a refusal ("block everything
  *until* the tax cuts pass") is demanded;
* the **holder**: the speaker of the quotation the proposition is in, or of the reporting verb (as the
  quotation rules of :mod:`analysis.quotes` resolve it, pronouns included), else the grammatical subject of the
  attitude, found by position: the nearest actor of the lexicon before it in its clause (across a participle
  clause, ", reiterating ..."), or the possessor of an attitude noun ("Russia's demands").

``attitude x polarity`` gives the stance (:data:`COMPOSE`): demands x for = ``demands``, demands x against =
``rejects``; rejects x for = ``rejects``; proposes, open to x for = ``proposes``, ``open to``. Every other
combination (a double negative, "did not propose") gives no row: a sentence the rules cannot read gives no row
rather than a guess. Each row names the rule that produced it (``rule``), with the offsets of its sentence, its
cue and its holder.

Rule-based stance composition in the line of Wilson, Wiebe & Hoffmann (2005, "Recognizing contextual polarity
in phrase-level sentiment analysis", HLT/EMNLP: polarity shifters, negation scope) and Moilanen & Pulman (2007,
"Sentiment composition", RANLP); cue classes after Biber & Finegan (1989) and Hyland (2005), see the data file.
Validated against hand coding: ``benchmarks/eval_stance.py`` (codebook in ``benchmarks/stance_gold/``).

The package: :mod:`analysis.stance.vocabulary` (the cue lists as matchers), :mod:`analysis.stance.sentence`
(a sentence as the rules see it), :mod:`analysis.stance.rules` (the rules, in the order :data:`RULES` tries them),
and here the tables.
"""

from __future__ import annotations

import pandas as pd

from analysis.actors import TermMatcher, actor_table
from analysis.corpus import Corpus
from analysis.lexicon import load_issues
from analysis.quotes import REPORTED_KINDS
from analysis.stance.rules import RULES, ListLead, Statement, read_mention
from analysis.stance.sentence import Sentence
from analysis.stance.values import STANCES, SUPPORTING
from analysis.stance.vocabulary import load_cues, vocabulary_for

__all__ = ["STANCES", "SUPPORTING", "STANCE_COLUMNS", "GRID_COLUMNS", "RULES", "Statement", "load_cues", "stance",
           "stance_grid", "document_statements", "mention_sentences", "agreement"]

STANCE_COLUMNS = ["doc_id", "start", "end", "source", "actor", "side", "issue", "proposition", "stance", "cue",
                  "cue_start", "cue_end", "holder", "holder_start", "holder_end", "rule", "text"]
GRID_COLUMNS = ["actor", "side", "issue", "stance", "sentences", "documents", "sources", "agreement", "evidence"]


def _quote_rows(quotes: pd.DataFrame | None) -> dict[str, list[dict]]:
    if quotes is None or quotes.empty:
        return {}
    cols = ["doc_id", "start", "end", "kind", "actor", "speaker_start", "speaker_end", "cue_start", "cue_end"]
    q = quotes[[c for c in cols if c in quotes.columns]].copy()
    q = q[q["kind"].isin(REPORTED_KINDS)]
    by_doc: dict[str, list[dict]] = {}
    for row in q.sort_values(["doc_id", "start", "end"]).to_dict("records"):
        row["actor"] = row["actor"] if isinstance(row["actor"], str) and row["actor"] else None
        by_doc.setdefault(row["doc_id"], []).append(row)
    return by_doc


def document_statements(text: str, sentences, lexicon: dict, quotes: list[dict] | None = None,
                        cues: dict | None = None) -> list[tuple]:
    """The statements of one document: ``(start, end, actor, side, issue, stance, cue_start, cue_end,
    holder_start, holder_end, rule)`` for each sentence ``(start, end)`` of ``sentences``, at most one per
    sentence, actor and issue (the first mention that the rules read)."""
    issues = load_issues(lexicon)
    table = actor_table(lexicon)
    if not issues or not len(table):
        return []
    vocab = vocabulary_for(cues, issues)
    actor_m = TermMatcher(zip(table["alias"], table["actor"], table["side"]))
    sides = dict(zip(table["actor"], table["side"]))
    out = []
    lead: ListLead | None = None   # an attitude that introduces a list ("three demands:")
    for span in sentences:
        s0, s1 = span[0], span[1]
        kind = span[2] if len(span) > 2 else "body"
        in_sentence = [q for q in (quotes or []) if q["start"] < s1 and q["end"] > s0 or
                       (q.get("cue_start") == q.get("cue_start") and q.get("cue_start") is not None
                        and s0 <= q["cue_start"] < s1)]
        sent = Sentence(text, s0, s1, vocab, actor_m.finditer(text, s0, s1), in_sentence, sides)
        if kind != "list_item":
            lead = None
        seen = set()
        # a word for or against the proposition says more than a term naming its topic: read those first
        for m in sorted(sent.mentions(), key=lambda m: (not m.directed, m.first)):
            found = read_mention(sent, m) or (lead.statements(m) if lead is not None else [])
            for st in found:
                if (st.actor, m.issue) in seen:
                    continue
                seen.add((st.actor, m.issue))
                out.append((s0, s1, st.actor, sides.get(st.actor, ""), m.issue, st.stance, st.cue[0], st.cue[1],
                            st.holder[0], st.holder[1], st.rule))
        if kind != "list_item" and text[s0:s1].rstrip().endswith(":"):
            lead = ListLead.of(sent)
    return out


def stance(corpus: Corpus, lexicon: dict, quotes: pd.DataFrame | None = None, cues: dict | None = None) -> pd.DataFrame:
    """One row per statement (columns :data:`STANCE_COLUMNS`), sorted by ``doc_id, start, issue, actor``.

    ``start, end``: the sentence (the evidence); ``cue_start, cue_end``: the attitude, reporting verb or modal the
    stance rests on; ``holder_start, holder_end``: the mention of the holder; ``rule``: the rule that read it.
    ``quotes``: the quotes table of the corpus (its speakers are the holders of quoted and reported positions).
    """
    issues = {i.name: i for i in load_issues(lexicon)}
    by_doc = _quote_rows(quotes)
    texts = dict(zip(corpus.documents["doc_id"], corpus.documents["text"]))
    src = dict(zip(corpus.documents["doc_id"], corpus.documents["source"]))
    rows = []
    for doc_id, sents in corpus.sentences.groupby("doc_id", sort=True):
        text = texts[doc_id]
        spans = list(zip(sents["start"], sents["end"], sents["kind"]))
        for (s0, s1, actor, side, issue, st, c0, c1, h0, h1, rule) in document_statements(
                text, spans, lexicon, by_doc.get(doc_id), cues):
            rows.append((doc_id, s0, s1, src[doc_id], actor, side, issue, issues[issue].proposition, st,
                         text[c0:c1], c0, c1, text[h0:h1], h0, h1, rule, " ".join(text[s0:s1].split())))
    out = pd.DataFrame(rows, columns=STANCE_COLUMNS)
    return out.sort_values(["doc_id", "start", "issue", "actor"], kind="mergesort").reset_index(drop=True)


def stance_grid(stance_table: pd.DataFrame) -> pd.DataFrame:
    """Actor x issue x stance: ``actor, side, issue, stance, sentences, documents, sources, agreement,
    evidence``. ``agreement`` is the share of the actor's statements on the issue that take this stance (1.0:
    every statement agrees); ``evidence`` lists ``doc_id:start-end`` of every sentence (the cell's proof).
    Sorted by actor, issue, sentences (descending), stance."""
    if stance_table.empty:
        return pd.DataFrame(columns=GRID_COLUMNS)
    rows = []
    totals = stance_table.groupby(["actor", "issue"]).size()
    for (actor, side, issue, cls), g in stance_table.groupby(["actor", "side", "issue", "stance"], sort=True):
        ev = "; ".join(f"{d}:{s}-{e}" for d, s, e in g[["doc_id", "start", "end"]].itertuples(index=False))
        rows.append((actor, side, issue, cls, len(g), g["doc_id"].nunique(), ", ".join(sorted(set(g["source"]))),
                     round(len(g) / totals[(actor, issue)], 3), ev))
    out = pd.DataFrame(rows, columns=GRID_COLUMNS)
    out = out.sort_values(["actor", "issue", "sentences", "stance"], ascending=[True, True, False, True])
    return out.reset_index(drop=True)


def mention_sentences(corpus: Corpus, lexicon: dict, quotes: pd.DataFrame | None = None):
    """Each sentence that mentions an issue's proposition: ``(doc_id, start, end, text, issues, actors)``, with
    the actors of the lexicon named in the sentence or speaking in a quotation of it (the candidates of a
    coding sheet, :func:`analysis.agreement.code_sheet`)."""
    issues = load_issues(lexicon)
    table = actor_table(lexicon)
    if not issues or not len(table):
        return
    vocab = vocabulary_for(None, issues)
    actor_m = TermMatcher(zip(table["alias"], table["actor"], table["side"]))
    by_doc = _quote_rows(quotes)
    texts = dict(zip(corpus.documents["doc_id"], corpus.documents["text"]))
    for doc_id, s0, s1 in corpus.sentences[["doc_id", "start", "end"]].itertuples(index=False):
        text = texts[doc_id]
        found = actor_m.finditer(text, s0, s1)
        sent = Sentence(text, s0, s1, vocab, found, [])
        names = {m.issue for m in sent.mentions()}
        if not names:
            continue
        actors = {f[3] for f in found}
        actors |= {q["actor"] for q in by_doc.get(doc_id, []) if q["actor"] and q["start"] < s1 and q["end"] > s0}
        yield doc_id, s0, s1, " ".join(text[s0:s1].split()), names, sorted(actors)


def agreement() -> dict:
    """The measured agreement of :func:`stance` with hand coding on stories it was not tuned on
    (``analysis/data/stance_agreement.yaml``, written by ``benchmarks/eval_stance.py --write``), with ``text``:
    one sentence to print beside the stance grid; ``{}`` if the file is absent."""
    from analysis.lexicon import package_data
    from analysis.yamlfile import read_yaml

    path = package_data("stance_agreement.yaml")
    if not path.exists():
        return {}
    data = read_yaml(path)
    g, found, contra = data["main_positions"], data["main_found"], data["main_contradicted"]
    data["text"] = (f"Agreement with hand coding ({data['stories']} stories not used for tuning): the grid shows "
                    f"{found} of {g} main positions a careful reader codes, contradicts {contra}; of "
                    f"{data['statements_machine']} statements {data['statements_right']} agree with the reader, "
                    f"who codes {data['statements_gold']} (Cohen's kappa {data['unit_kappa']:.2f} over "
                    f"{data['units']} coding units). Read the evidence sentences before citing a cell.")
    return data
