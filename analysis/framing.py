"""Position framing per outlet: voice, attribution verbs, prominence, word choice and generic frames.

Each function returns a tidy table (one row per observation or per source x category, sorted
deterministically), with ``doc_id, start, end`` into the raw text wherever a row rests on a passage.
Stance on issues lives in :mod:`analysis.stance`, tone in :mod:`analysis.tone`, actors in :mod:`analysis.actors`;
the CSV tables built from these functions are listed in :mod:`analysis.tables`.

Voice and verbs take the quotes table of :func:`analysis.quotes.quotes_table` (columns ``doc_id, start, end,
text, kind, speaker, speaker_start, speaker_end, actor, side, cue, cue_class``), so they can be computed on any
such table. Quotes whose speaker matches no actor of the lexicon get side ``unmatched``; quotes with no speaker
get side ``no speaker``: they are counted, never dropped.
"""

from __future__ import annotations

from functools import lru_cache

import pandas as pd
import yaml

from analysis import text as textlib
from analysis.actors import TermMatcher, actor_table, corpus_lexicon, mentions
from analysis.corpus import Corpus
from analysis.lexicon import issue_terms, package_data
from analysis.quotes import QUOTATION_KINDS, REPORTED_KINDS
from analysis.yamlfile import read_yaml

UNMATCHED, NO_SPEAKER = "unmatched", "no speaker"


def _sources(corpus: Corpus) -> dict[str, str]:
    return dict(zip(corpus.documents["doc_id"], corpus.documents["source"]))


def _words(text) -> int:
    return len(textlib.tokens(text)) if isinstance(text, str) else 0


def label_speakers(quotes: pd.DataFrame) -> pd.DataFrame:
    """The quotes table with ``actor``/``side`` filled: ``unmatched`` when a speaker matches no actor,
    ``no speaker`` when there is none; plus ``words`` (word tokens of the quoted text)."""
    q = quotes.copy()
    has_speaker = q["speaker"].notna() & (q["speaker"].astype(str).str.strip() != "")
    for col in ("actor", "side"):
        q[col] = q[col].where(q[col].notna() & (q[col].astype(str) != ""), None)
        q.loc[q[col].isna() & has_speaker, col] = UNMATCHED
        q.loc[q[col].isna(), col] = NO_SPEAKER
    q["words"] = q["text"].map(_words)
    return q


# --- issues -----------------------------------------------------------------------------------------------

ISSUE_COLUMNS = ["doc_id", "start", "end", "term", "issue", "sent"]


def issue_mentions(corpus: Corpus, lexicon: dict) -> pd.DataFrame:
    """Every issue term in the corpus: ``doc_id, start, end, term, issue, sent``, sorted by ``doc_id, start``."""
    matcher = TermMatcher(issue_terms(lexicon))
    texts = dict(zip(corpus.documents["doc_id"], corpus.documents["text"]))
    rows = []
    for doc_id, sent, s0, s1 in corpus.sentences[["doc_id", "sent", "start", "end"]].itertuples(index=False):
        for s, e, term, issue, _ in matcher.finditer(texts[doc_id], s0, s1):
            rows.append((doc_id, s, e, term, issue, sent))
    out = pd.DataFrame(rows, columns=ISSUE_COLUMNS)
    return out.sort_values(["doc_id", "start", "end"], kind="mergesort").reset_index(drop=True)


# --- voice: who is quoted, how much, first and last -------------------------------------------------------

VOICE_COLUMNS = ["source", "side", "actor", "quotes", "direct", "partial", "indirect", "quoted_words",
                 "share_of_quotes", "share_of_words"]


def voice(quotes: pd.DataFrame, corpus: Corpus) -> pd.DataFrame:
    """Quotes and quoted words per source, side and actor (the attribution ledger).

    ``quotes`` = direct + partial quotations (:data:`analysis.quotes.QUOTATION_KINDS`); ``indirect`` =
    reported speech without quotation marks (kinds ``indirect``, a reported clause, and ``act``, the object of a
    speech act: "criticized the plan"), counted apart; ``quoted_words`` = word tokens inside the direct
    and partial quotes.
    ``share_of_quotes`` = quotes / all quotes of the source; ``share_of_words`` likewise for words (0-1).
    Sorted by source, quoted words (descending), actor.
    """
    q = label_speakers(quotes)
    q["source"] = q["doc_id"].map(_sources(corpus))
    q = q[q["kind"].isin(REPORTED_KINDS)]
    spoken = q["kind"].isin(QUOTATION_KINDS)
    q = q.assign(direct=(q["kind"] == "direct").astype(int), partial=(q["kind"] == "partial").astype(int),
                 indirect=(~spoken).astype(int), quoted_words=q["words"].where(spoken, 0))
    out = q.groupby(["source", "side", "actor"], as_index=False)[["direct", "partial", "indirect", "quoted_words"]].sum()
    out["quotes"] = out["direct"] + out["partial"]
    tot_q = out.groupby("source")["quotes"].transform("sum")
    tot_w = out.groupby("source")["quoted_words"].transform("sum")
    out["share_of_quotes"] = (out["quotes"] / tot_q.where(tot_q > 0)).round(4)
    out["share_of_words"] = (out["quoted_words"] / tot_w.where(tot_w > 0)).round(4)
    out = out[VOICE_COLUMNS]
    return out.sort_values(["source", "quoted_words", "quotes", "actor"],
                           ascending=[True, False, False, True]).reset_index(drop=True)


def voice_by_side(voice_table: pd.DataFrame) -> pd.DataFrame:
    """The ledger summed per source and side (same columns without ``actor``), sorted by source, words."""
    cols = ["quotes", "direct", "partial", "indirect", "quoted_words"]
    out = voice_table.groupby(["source", "side"], as_index=False)[cols].sum()
    tot_q = out.groupby("source")["quotes"].transform("sum")
    tot_w = out.groupby("source")["quoted_words"].transform("sum")
    out["share_of_quotes"] = (out["quotes"] / tot_q.where(tot_q > 0)).round(4)
    out["share_of_words"] = (out["quoted_words"] / tot_w.where(tot_w > 0)).round(4)
    return out.sort_values(["source", "quoted_words", "side"], ascending=[True, False, True]).reset_index(drop=True)


def most_quoted(by_side: pd.DataFrame, ledger: pd.DataFrame | None = None) -> list[str]:
    """One sentence per source naming the side with the most words in quotation marks (from
    :func:`voice_by_side`), with its share and the words quoted in all; ties go to the side named first. With
    the ``ledger`` (:func:`voice`), also the actor with the most (speakers that match no actor left out), which
    is what the sentence says when the sides are not yet known (a drafted lexicon: all ``unassigned``)."""
    lines = []
    for source, g in by_side.groupby("source", sort=True):
        total = int(g["quoted_words"].sum())
        if total == 0:
            lines.append(f"{source}: no words in quotation marks")
            continue
        top = g.sort_values(["quoted_words", "side"], ascending=[False, True]).iloc[0]
        line = (f"{source}: most quoted words from {top['side']} ({int(top['quoted_words'])} of {total}, "
                f"{top['quoted_words'] / total:.0%})")
        if ledger is not None:
            a = ledger[(ledger["source"] == source) & ~ledger["actor"].isin([UNMATCHED, NO_SPEAKER])
                       & (ledger["quoted_words"] > 0)]
            a = a.groupby("actor", as_index=False)["quoted_words"].sum()
            if len(a):
                best = a.sort_values(["quoted_words", "actor"], ascending=[False, True]).iloc[0]
                line += (f"; most quoted actor: {best['actor']} ({int(best['quoted_words'])} of {total}, "
                         f"{best['quoted_words'] / total:.0%})")
        lines.append(line)
    return lines


FIRST_LAST_COLUMNS = ["doc_id", "source", "position", "start", "end", "speaker", "actor", "side", "text"]


def first_last(quotes: pd.DataFrame, corpus: Corpus) -> pd.DataFrame:
    """Who speaks first and who gets the last word in each article: the first and the last direct or partial
    quote (by offset). ``position`` is ``first`` or ``last`` (one quote in an article is both: two rows)."""
    q = label_speakers(quotes)
    q = q[q["kind"].isin(QUOTATION_KINDS)].sort_values(["doc_id", "start", "end"], kind="mergesort")
    src = _sources(corpus)
    rows = []
    for doc_id, g in q.groupby("doc_id", sort=True):
        for position, row in (("first", g.iloc[0]), ("last", g.iloc[-1])):
            rows.append((doc_id, src.get(doc_id, doc_id), position, int(row["start"]), int(row["end"]),
                         row["speaker"], row["actor"], row["side"], row["text"]))
    return pd.DataFrame(rows, columns=FIRST_LAST_COLUMNS)


# --- verbs: the cue-verb classes each outlet gives each side ---------------------------------------------

VERB_COLUMNS = ["source", "side", "cue_class", "quotes", "share", "cues"]


def verb_profile(quotes: pd.DataFrame, corpus: Corpus, by: str = "side") -> pd.DataFrame:
    """Attribution-verb classes per source and side (or ``by="actor"``): ``source, side, cue_class, quotes,
    share, cues``. ``share`` = quotes with this class / quotes of that source and side that have a cue
    verb (0-1); ``cues`` lists the verbs seen, most frequent first. Quotations, reported clauses and acts
    (:data:`analysis.quotes.REPORTED_KINDS`) with a cue count; quotes with no cue are left out of the shares.
    Sorted by source, side, quotes (descending), class."""
    q = label_speakers(quotes)
    q["source"] = q["doc_id"].map(_sources(corpus))
    q = q[q["kind"].isin(REPORTED_KINDS) & q["cue"].notna() & (q["cue"].astype(str) != "")]
    q = q.assign(cue_class=q["cue_class"].fillna("unclassified").replace("", "unclassified"),
                 cue=q["cue"].astype(str).str.lower())
    rows = []
    for (source, side, cls), g in q.groupby(["source", by, "cue_class"], sort=True):
        counts = g["cue"].value_counts()
        cues = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        rows.append((source, side, cls, len(g), ", ".join(f"{c} ({n})" for c, n in cues)))
    out = pd.DataFrame(rows, columns=["source", "side", "cue_class", "quotes", "cues"])
    out["share"] = (out["quotes"] / out.groupby(["source", "side"])["quotes"].transform("sum")).round(4)
    out = out[VERB_COLUMNS]
    if by != "side":
        out = out.rename(columns={"side": by})
    return out.sort_values(["source", out.columns[1], "quotes", "cue_class"],
                           ascending=[True, True, False, True]).reset_index(drop=True)


# --- prominence -------------------------------------------------------------------------------------------

PROMINENCE_COLUMNS = ["doc_id", "source", "kind", "name", "side", "in_title", "in_lede", "first_sent",
                      "first_rel", "sentences", "total_sentences", "share", "start", "end"]


def prominence(corpus: Corpus, lexicon: dict) -> pd.DataFrame:
    """Where each actor and issue appears in each article.

    ``in_title``: named in the document's title (metadata; empty when the document has no title);
    ``in_lede``: mentioned in the lede = the first body paragraph (headings skipped);
    ``first_sent``: index (from 0) of the first sentence mentioning it; ``first_rel`` = first_sent /
    (total_sentences - 1), 0 = first sentence, 1 = last (0 when the article has one sentence);
    ``sentences``: sentences mentioning it; ``share`` = sentences / total_sentences; ``start, end``: the first
    mention. Rows only for actors/issues mentioned in the article. ``kind`` is ``actor`` or ``issue``;
    ``side`` is the actor's side (the issue name for issues). Sorted by doc_id, kind, first_sent, name.
    Measures after the "prominence" coding of news content analysis (headline, lead, position; e.g.
    Kiousis 2004, Journal of Communication 54(1), on attention and prominence).
    """
    table = actor_table(lexicon)
    m = mentions(corpus, table).rename(columns={"actor": "name"})[["doc_id", "start", "end", "name", "side", "sent"]]
    i = issue_mentions(corpus, lexicon).rename(columns={"issue": "name"})
    i = i.assign(side=i["name"])[["doc_id", "start", "end", "name", "side", "sent"]]
    found = pd.concat([m.assign(kind="actor"), i.assign(kind="issue")], ignore_index=True)
    sents = corpus.sentences
    paras = corpus.paragraphs
    src = _sources(corpus)
    titles = dict(zip(corpus.documents["doc_id"], corpus.documents["title"].fillna("")))
    actor_m = TermMatcher(zip(table["alias"], table["actor"], table["side"]))
    issue_m = TermMatcher(issue_terms(lexicon))
    rows = []
    for doc_id, g in found.groupby("doc_id", sort=True):
        ds = sents[sents["doc_id"] == doc_id]
        n = len(ds)
        body = paras[(paras["doc_id"] == doc_id) & (paras["kind"] != "heading")]
        lede_para = int(body["para"].iloc[0]) if len(body) else -1
        lede_sents = set(ds.loc[ds["para"] == lede_para, "sent"])
        title = str(titles.get(doc_id) or "")
        in_title_names = {x[3] for x in actor_m.finditer(title)} | {x[3] for x in issue_m.finditer(title)}
        for (kind, name), h in g.groupby(["kind", "name"], sort=True):
            h = h.sort_values("start", kind="mergesort")
            first = h.iloc[0]
            first_sent = int(first["sent"])
            rows.append((doc_id, src[doc_id], kind, name, first["side"],
                         (name in in_title_names) if title else None,
                         bool(set(h["sent"]) & lede_sents), first_sent,
                         round(first_sent / (n - 1), 4) if n > 1 else 0.0,
                         h["sent"].nunique(), n, round(h["sent"].nunique() / n, 4),
                         int(first["start"]), int(first["end"])))
    out = pd.DataFrame(rows, columns=PROMINENCE_COLUMNS)
    return out.sort_values(["doc_id", "kind", "first_sent", "name"], kind="mergesort").reset_index(drop=True)


PROMINENCE_SUMMARY_COLUMNS = ["kind", "name", "articles", "in_lede", "mean_first_rel", "mean_share"]


def prominence_summary(prominence_table: pd.DataFrame) -> pd.DataFrame:
    """Each actor and issue across the articles of a :func:`prominence` table: ``kind, name, articles`` (articles
    that mention it), ``in_lede`` (of those, articles that mention it in the lede), ``mean_first_rel`` (mean
    relative position of its first mention, 0 = first sentence) and ``mean_share`` (mean share of sentences
    that mention it), means rounded to 3 decimals. Sorted by kind, articles (descending), mean_first_rel, name:
    the most widely and earliest mentioned first."""
    out = (prominence_table.groupby(["kind", "name"], as_index=False)
           .agg(articles=("doc_id", "nunique"), in_lede=("in_lede", "sum"), mean_first_rel=("first_rel", "mean"),
                mean_share=("share", "mean"))
           .round(3))
    return out.sort_values(["kind", "articles", "mean_first_rel", "name"], ascending=[True, False, True, True])


def mentions_by_side(mention_counts: pd.DataFrame) -> pd.DataFrame:
    """Actor mentions per source and side, from :func:`analysis.actors.mention_counts`: ``source, side,
    mentions``, sorted by source, mentions (descending), side."""
    out = mention_counts.groupby(["source", "side"], as_index=False)["mentions"].sum()
    return out.sort_values(["source", "mentions", "side"], ascending=[True, False, True])


# --- word choice ------------------------------------------------------------------------------------------

LABEL_COLUMNS = ["doc_id", "start", "end", "source", "group", "label", "term", "scare", "voice", "sent"]


@lru_cache(maxsize=4)
def _yaml(name: str) -> dict:
    return yaml.safe_load(package_data(name).read_text(encoding="utf-8")) or {}


def load_labels(path=None, story: dict | None = None) -> dict:
    """The word-choice lexicon ``{group: {label: [terms]}}``: the story's own lists (the ``labels`` section of
    its lexicon ``story``, same format) first, then the general lists (``analysis/data/labels.yaml``, or
    ``path``). A group in both keeps the story's labels and adds the general ones it lacks; a term listed in
    both counts under the story's label (the matcher keeps a term's first label)."""
    general = read_yaml(path) if path is not None else _yaml("labels.yaml")
    own = (story or {}).get("labels") or {}
    if not isinstance(own, dict):
        raise ValueError("lexicon labels: give groups of labels, each a list of terms (group: {label: [terms]}; "
                         f"see seeds/lexicon.yaml), not {own!r}")
    out: dict = {}
    for lists in (own, general):
        for group, items in lists.items():
            merged = out.setdefault(str(group), {})
            for label, terms in (items or {}).items():
                merged.setdefault(str(label), list(terms or []))
    return out


def _in_spans(spans: dict, doc_id: str, start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in spans.get(doc_id, ()))


def quote_spans(quotes: pd.DataFrame | None, kinds=QUOTATION_KINDS) -> dict[str, list[tuple[int, int]]]:
    """``{doc_id: [(start, end), ...]}`` of the quotes of the given kinds (the quoted voice)."""
    out: dict[str, list[tuple[int, int]]] = {}
    if quotes is None or not len(quotes):
        return out
    q = quotes[quotes["kind"].isin(kinds)]
    for doc_id, s, e in q[["doc_id", "start", "end"]].itertuples(index=False):
        out.setdefault(doc_id, []).append((int(s), int(e)))
    return out


def labels(corpus: Corpus, quotes: pd.DataFrame | None = None, lexicon: dict | None = None) -> pd.DataFrame:
    """Every labelling term of the word-choice lexicon in the corpus: ``lexicon`` (``{group: {label: [terms]}}``),
    or by default :func:`load_labels` with the ``labels`` of the story lexicon that sits with the corpus
    (:func:`analysis.actors.corpus_lexicon`), so a story's own words are read only for that story.

    ``scare``: the writer puts the word in scare quotes (``"liberated"``), distancing itself from it: with a
    quotes table, a quote of kind ``scare`` covers the term; without one, the term stands alone between
    quotation marks (which also catches one-word partial quotes). ``voice``: ``quoted`` when the term is
    inside a direct or partial quote (someone else's word), else ``author`` (``author`` throughout when no
    quotes are given). Sorted by doc_id, start.
    """
    lex = lexicon if lexicon is not None else load_labels(story=corpus_lexicon(corpus))
    matcher = TermMatcher((t, label, group) for group, items in lex.items() for label, terms in (items or {}).items()
                          for t in (terms or []))
    spans = quote_spans(quotes)
    scares = quote_spans(quotes, kinds=("scare",))
    texts = dict(zip(corpus.documents["doc_id"], corpus.documents["text"]))
    src = _sources(corpus)
    rows = []
    for doc_id, sent, s0, s1 in corpus.sentences[["doc_id", "sent", "start", "end"]].itertuples(index=False):
        text = texts[doc_id]
        for s, e, term, label, group in matcher.finditer(text, s0, s1):
            bracketed = s > 0 and e < len(text) and text[s - 1] == '"' and text[e] == '"'
            quoted = _in_spans(spans, doc_id, s, e)
            scare = _in_spans(scares, doc_id, s, e) if quotes is not None else bracketed
            voice_ = "quoted" if quoted and not scare else "author"
            rows.append((doc_id, s, e, src[doc_id], group, label, term, bool(scare), voice_, sent))
    out = pd.DataFrame(rows, columns=LABEL_COLUMNS).astype({"scare": bool})
    return out.sort_values(["doc_id", "start", "end"], kind="mergesort").reset_index(drop=True)


def label_counts(label_table: pd.DataFrame, corpus: Corpus) -> pd.DataFrame:
    """Labels per source: ``source, group, label, count, scare, quoted, per_10k_words``, every label of the
    lexicon that occurs anywhere, with zero rows for sources that do not use it (so absence shows).
    ``per_10k_words`` = count / word tokens of the source x 10,000. Sorted by group, label, source."""
    src = _sources(corpus)
    words = corpus.tokens["doc_id"].map(src).value_counts()
    sources = sorted(set(src.values()))
    pairs = label_table[["group", "label"]].drop_duplicates().sort_values(["group", "label"])
    full = pd.DataFrame([(s, g, l) for g, l in pairs.itertuples(index=False) for s in sources],
                        columns=["source", "group", "label"])
    counts = (label_table.assign(quoted=label_table["voice"] == "quoted")
              .groupby(["source", "group", "label"], as_index=False)
              .agg(count=("start", "size"), scare=("scare", "sum"), quoted=("quoted", "sum")))
    out = full.merge(counts, how="left", on=["source", "group", "label"]).fillna({"count": 0, "scare": 0, "quoted": 0})
    for col in ("count", "scare", "quoted"):
        out[col] = out[col].astype(int)
    out["per_10k_words"] = (out["count"] / out["source"].map(words) * 10_000).round(2)
    return out.sort_values(["group", "label", "source"]).reset_index(drop=True)[
        ["source", "group", "label", "count", "scare", "quoted", "per_10k_words"]]


def label_matrix(label_count_table: pd.DataFrame) -> pd.DataFrame:
    """The labels that occur, as a (group, label) x source matrix of counts, from :func:`label_counts` (0 where
    a source does not use the label); labels no source uses are left out."""
    used = label_count_table[label_count_table["count"] > 0]
    return used.pivot_table(index=["group", "label"], columns="source", values="count", aggfunc="sum",
                            fill_value=0).astype(int)


# --- generic frames (Semetko & Valkenburg 2000) -----------------------------------------------------------

FRAME_HIT_COLUMNS = ["doc_id", "start", "end", "frame", "question", "term", "sent"]
FRAME_COLUMNS = ["doc_id", "source", "frame", "questions_yes", "questions", "score", "hits", "words", "hits_per_1k"]


def load_frames(path=None) -> dict:
    """Frame indicators (``analysis/data/frames.yaml`` or ``path``): ``{frame: {question: [terms]}}``."""
    if path is not None:
        return read_yaml(path)
    return _yaml("frames.yaml")


def frame_indicators(corpus: Corpus, frames: dict | None = None) -> pd.DataFrame:
    """Every frame indicator word in the corpus: ``doc_id, start, end, frame, question, term, sent``.

    A term listed under several questions counts for the first one (frames in file order)."""
    frames = frames if frames is not None else load_frames()
    qid = {}
    rows_terms = []
    for frame, questions in frames.items():
        for question, terms in (questions or {}).items():
            qid[question] = frame
            rows_terms += [(t, question, frame) for t in (terms or [])]
    matcher = TermMatcher(rows_terms)
    texts = dict(zip(corpus.documents["doc_id"], corpus.documents["text"]))
    rows = []
    for doc_id, sent, s0, s1 in corpus.sentences[["doc_id", "sent", "start", "end"]].itertuples(index=False):
        for s, e, term, question, frame in matcher.finditer(texts[doc_id], s0, s1):
            rows.append((doc_id, s, e, frame, question, term, sent))
    out = pd.DataFrame(rows, columns=FRAME_HIT_COLUMNS)
    return out.sort_values(["doc_id", "start", "end"], kind="mergesort").reset_index(drop=True)


def frame_scores(corpus: Corpus, frames: dict | None = None, hits: pd.DataFrame | None = None) -> pd.DataFrame:
    """Generic frame scores per article: ``doc_id, source, frame, questions_yes, questions, score, hits,
    words, hits_per_1k``.

    Following Semetko & Valkenburg (2000), each frame is a set of yes/no questions and its score is the mean
    of the answers: ``score = questions_yes / questions`` (0-1), where a question is "yes" when the article
    holds at least one of its indicator words (an automatic proxy for their human coding, see the data file).
    ``hits`` = indicator words found; ``hits_per_1k`` = hits / words x 1000. Sorted by doc_id, frame.
    """
    frames = frames if frames is not None else load_frames()
    hits = frame_indicators(corpus, frames) if hits is None else hits
    src = _sources(corpus)
    words = corpus.tokens["doc_id"].value_counts()
    rows = []
    for doc_id in sorted(corpus.doc_ids):
        h = hits[hits["doc_id"] == doc_id]
        for frame in sorted(frames):
            questions = list((frames[frame] or {}).keys())
            fh = h[h["frame"] == frame]
            yes = fh["question"].nunique()
            n_words = int(words.get(doc_id, 0))
            rows.append((doc_id, src[doc_id], frame, yes, len(questions),
                         round(yes / len(questions), 4) if questions else float("nan"), len(fh), n_words,
                         round(len(fh) / n_words * 1000, 3) if n_words else float("nan")))
    return pd.DataFrame(rows, columns=FRAME_COLUMNS)


def frame_matrix(frame_table: pd.DataFrame, decimals: int = 2) -> pd.DataFrame:
    """Frame x source matrix of the mean frame score of the source's articles (:func:`frame_scores`), rounded
    to ``decimals``."""
    return frame_table.pivot_table(index="frame", columns="source", values="score").round(decimals)


DRAFT_FILE = "lexicon-draft.yaml"
"""Where ``python -m analysis report`` writes the drafted lexicon of a corpus that has none (in its ``--out``)."""


def why_empty(table: str, lexicon: dict | None) -> str:
    """Why the framing table ``table`` (``"stance.csv"``, ``"mentions.csv"``, ...) of a corpus analysed with
    ``lexicon`` has no row, and what to do about it: one or two sentences for a notebook or the report page.

    The reasons follow from what each table needs: stance a proposition per issue (written by a person: the
    drafted issues are phrases, not propositions), mentions, prominence and tone the actors' aliases, labels and
    frames their word lists, quotes quotation marks or reported speech."""
    from analysis.actors import is_drafted

    lexicon = lexicon or {}
    has_actors = bool(lexicon.get("actors"))
    has_issues = bool(lexicon.get("issues"))
    if table == "stance.csv":
        if not has_issues:
            return ("No stance: the lexicon states no issue. A stance is a position on a proposition (\"Congress "
                    "extends the tax cuts\"), which a person writes: in the drafted lexicon "
                    f"({DRAFT_FILE} in the report folder, or `python -m analysis lexicon CORPUS --out lexicon.yaml`) "
                    "write each issue's proposition, terms and the words for and against it, then put the file "
                    "beside the corpus as lexicon.yaml and run again.")
        return ("No stance: no sentence attributes a position on the lexicon's propositions to one of its actors. "
                "Check each issue's terms and its words for and against against the articles.")
    if table in ("mentions.csv", "prominence.csv", "tone.csv"):
        if not has_actors:
            return ("No actor: the corpus has no lexicon and no name recurs often enough to be drafted as an actor "
                    "(a name written at least twice, with a title, a quote or an organisation word); add the "
                    "story's actors and their aliases to a lexicon.yaml beside the corpus.")
        drafted = " (drafted from the text)" if is_drafted(lexicon) else ""
        return (f"No row: no alias of the lexicon's actors{drafted} occurs where this table looks for it; check the "
                "aliases against the articles.")
    if table == "labels.csv":
        return ("No label: no word of the label lists (analysis/data/labels.yaml and the lexicon's `labels`) occurs "
                "in the articles; add the story's loaded terms to the lexicon's `labels` section.")
    if table == "frames.csv":
        return "No frame cue of analysis/data/frames.yaml occurs in the articles."
    if table == "quotes.csv":
        return "No quotation marks and no reported speech (\"X said that ...\") were found in the articles."
    return ""
