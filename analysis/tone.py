"""Tone toward each actor in the sentences that name it, in the author's voice and in quoted voices.

Two scores per sentence x actor x voice:

* ``compound``: VADER (Hutto & Gilbert 2014, "VADER: A parsimonious rule-based model for sentiment analysis of
  social media text", ICWSM) of the whole voice part of the sentence, ``x / sqrt(x^2 + 15)`` of its summed word
  valences, in [-1, 1]. It measures the words of the sentence, not the attitude to the actor.
* ``tone``: tone toward the actor, the same normalisation over only the words said about the actor, with the
  words that carried it in ``evidence``. The rules, each one line in :func:`_credited`:

  - a sentence is cut into clauses at ``; : — -- ( )``, at contrast and cause words (``but``, ``while``,
    ``although``...) and at a comma before a conjunction or relative pronoun (``, who``, ``, after``...); an
    evaluative word counts for the actors named in its own clause only;
  - a directed verb (``blasted``, ``criticized``, ``praised``...) gives its evaluation, and that of the words after
    it, to the actors named after it (its object: "critics blasted the senator's demand" is negative about the
    senator), not to its subject; in the passive ("the chairman was criticized by ...") to the subject, not to the
    agent after "by";
  - when the one who criticises or praises is itself an actor of the lexicon (named before a directed verb in the
    active voice, or before a directed noun: "the governor stepped up his attacks on the president"), the
    evaluation is that actor's position on the other, which stance measures, not the writer's tone toward
    either: it counts for no one. Critics outside the lexicon ("conservatives", "a spokesman") are how the writer
    portrays the actor and count;
  - a directed noun followed by ``on / of / against / to / for`` and an actor ("the attacks on the president")
    gives its evaluation to that actor only;
  - a negator among the three words before an evaluative word flips and damps it (VADER's factor -0.74), when
    only articles, auxiliaries, degree words or -ly adverbs stand between them ("not a good idea"); after another
    word the negator negates that word, not the evaluation ("did not send a lewd photo" still speaks of one);
  - the actor's own name is never scored ("Justice", "Party" in names);
  - the author's voice is the sentence outside direct and partial quotes, the quoted voice the inside; a quote that
    does not name the actor counts for it when the actor is named in the sentence and is not the quote's speaker.

Word valences are VADER's lexicon (shipped in the ``vaderSentiment`` package, no download) adjusted for news in
``analysis/data/tone.yaml`` (social-media positives that are names in news, such as *party*, *supreme*,
*justice*, and words of news procedure, topic or intent, such as *arguments*, *terrorism*, *hopes*, set to 0;
criticism and scandal words added), which also lists the directed words and clause openers.
No lexicon made for political news installs from PyPI (the Lexicoder Sentiment Dictionary ships with its authors
and R's quanteda.sentiment), hence VADER's lexicon with these adjustments.

Per article, :func:`article_tone` averages the tone toward an actor over the author's voice and the quoted voices
other than the actor's own (rows with ``own`` false): what an article chooses to report others saying about an
actor is part of how it portrays it, while what the actor says is not tone toward it. This is the figure measured
against hand coding. :func:`pronoun_mentions` (he / his / she / her... resolved by the quotation code's resolver)
can be passed to :func:`tone` to score sentences that name an actor by pronoun only; it is measured
(``eval_tone.py --pronouns``) but not run by ``tables`` (its cost, see there).

How far ``tone`` agrees with hand coding is measured by ``benchmarks/eval_tone.py`` against BASIL (Fan et al.
2019) and stored in ``analysis/data/tone_agreement.yaml`` (:func:`agreement`); print it beside any tone figure.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from functools import lru_cache

import pandas as pd

from analysis import text as textlib
from analysis.actors import TermMatcher, actor_table
from analysis.corpus import Corpus
from analysis.quotes import QUOTATION_KINDS

TONE_COLUMNS = ["doc_id", "start", "end", "source", "actor", "side", "voice", "words", "compound", "pos", "neu", "neg",
                "tone", "evidence", "own"]
SUMMARY_COLUMNS = ["source", "side", "voice", "sentences", "mean_compound", "median_compound", "share_negative",
                   "share_positive", "mean_tone", "tone_negative", "tone_positive"]
MIN_WORDS = 3
"""A voice part shorter than this many words is not scored (too little text for a lexicon score)."""
POSITIVE, NEGATIVE = 0.05, -0.05
"""Hutto & Gilbert's conventional thresholds on ``compound`` (and ``tone``) for positive / negative text."""
ALPHA = 15
"""VADER's normalisation constant: ``score = x / sqrt(x^2 + ALPHA)``."""
NEGATION_SCALAR = -0.74
"""VADER's factor for an evaluative word after a negator."""
NEGATION_WINDOW = 3
NEGATION_TRANSPARENT = {"a", "an", "the", "be", "been", "being", "is", "was", "are", "were", "have", "has", "had", "so",
                        "very", "too", "that", "as", "more", "most", "much", "all", "even", "quite", "at", "to"}
"""Words that may stand between a negator and the evaluative word it negates (articles, auxiliaries, degree words)."""
PASSIVE_AUX = {"is", "was", "were", "are", "been", "being", "be", "get", "got", "gets"}
PREPOSITIONS = {"on", "of", "against", "to", "for"}
DETERMINERS = {"a", "an", "the", "another", "his", "her", "their", "its", "our", "my", "your", "this", "that", "these",
               "those", "any", "no", "every", "such", "new", "latest", "recent"}
HARD_BREAKS = {";", ":", "—", "--", "(", ")", "–"}

_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’]*(?:-[A-Za-z]+)*|--|[;:,()—–]")


@lru_cache(maxsize=1)
def _analyzer():
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
    return SentimentIntensityAnalyzer()


def vader(text: str) -> dict:
    """VADER scores of ``text``: ``{"neg", "neu", "pos", "compound"}``."""
    return _analyzer().polarity_scores(text)


@lru_cache(maxsize=1)
def word_lists() -> dict:
    """``analysis/data/tone.yaml`` read once: ``lexicon`` (word -> valence), ``directed_verbs``,
    ``directed_nouns``, ``clause_breaks``, ``clause_openers`` (sets), ``negators``."""
    from vaderSentiment.vaderSentiment import NEGATE

    from analysis.lexicon import package_data
    from analysis.yamlfile import read_yaml

    data = read_yaml(package_data("tone.yaml"))
    lexicon = {w: float(v) for w, v in _analyzer().lexicon.items()}
    for w in data.get("neutral") or []:
        lexicon[str(w)] = 0.0
    for w, v in (data.get("valence") or {}).items():
        lexicon[str(w)] = float(v)
    out = {"lexicon": lexicon, "negators": {w.replace("'", "") for w in NEGATE} | set(NEGATE)}
    for key in ("directed_verbs", "directed_nouns", "clause_breaks", "clause_openers"):
        out[key] = {str(w) for w in data.get(key) or []}
    return out


def valence(word: str) -> float:
    """Valence of one word (lower-cased, possessive ``'s`` removed) in the adjusted lexicon, 0 if absent."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    return word_lists()["lexicon"].get(w, 0.0)


def normalise(x: float) -> float:
    """VADER's ``x / sqrt(x^2 + 15)``, in (-1, 1)."""
    return x / math.sqrt(x * x + ALPHA) if x else 0.0


def split_voices(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> tuple[str, str]:
    """``(author, quoted)`` parts of ``text[start:end]``: quoted = characters inside ``spans`` (quotes),
    author = the rest; removed parts become spaces in the other (so word boundaries survive)."""
    author = list(text[start:end])
    quoted = [" "] * (end - start)
    for s, e in spans:
        lo, hi = max(s, start), min(e, end)
        for k in range(lo, hi):
            quoted[k - start] = author[k - start]
            author[k - start] = " "
    return "".join(author), "".join(quoted)


def _clauses(tokens: list[tuple[int, int, str]]) -> list[int]:
    """Clause number of each token (see the module docstring for where clauses are cut)."""
    lists = word_lists()
    out, n, prev = [], 0, ""
    for _s, _e, w in tokens:
        lw = w.lower()
        if w in HARD_BREAKS or lw in lists["clause_breaks"] or (prev == "," and lw in lists["clause_openers"]):
            n += 1
        out.append(n)
        prev = w
    return out


def _negated(words: list[str], i: int, lo: int) -> bool:
    """Whether a negator among the :data:`NEGATION_WINDOW` words before ``words[i]`` negates it: only the words
    of :data:`NEGATION_TRANSPARENT` (and adverbs in -ly) may stand between them ("not a good idea", "is not very
    good"); another word between them is what is negated ("did not send a lewd photo" still speaks of a lewd
    photo)."""
    neg = word_lists()["negators"]
    for j in range(i - 1, max(lo, i - NEGATION_WINDOW) - 1, -1):
        w = words[j].lower().replace("’", "'")
        if w in neg or w.endswith("n't"):
            return True
        if w not in NEGATION_TRANSPARENT and not w.endswith("ly"):
            return False
    return False


def _noun_use(words: list[str], owner: list, d: int, lo: int) -> bool:
    """Whether ``words[d]`` (e.g. "attack", "support") is used as a noun: a determiner or possessive among the
    three words before it, or an actor's name or an evaluative word right before it ("another deadly Russian
    attack", "Russia's nightly attacks")."""
    if words[d].lower() not in word_lists()["directed_nouns"]:
        return False
    prev = [words[k] for k in range(max(lo, d - 3), d)]
    if any(p.lower() in DETERMINERS or p.lower().endswith(("'s", "’s")) for p in prev):
        return True
    return d > lo and (owner[d - 1] is not None or valence(words[d - 1]) != 0)


def _credited(tokens: list[tuple[int, int, str]], mentions: list[tuple[int, int, str]]) -> dict[str, list]:
    """``{actor: [(word, valence), ...]}``: the evaluative words of a voice part credited to each actor named in
    it. ``tokens`` are ``(start, end, word)``, ``mentions`` ``(start, end, actor)`` in the same coordinates."""
    lists = word_lists()
    clause = _clauses(tokens)
    words = [t[2] for t in tokens]
    owner: list[str | None] = [None] * len(tokens)
    for k, (s, e, _w) in enumerate(tokens):
        for ms, me, actor in mentions:
            if s < me and ms < e:
                owner[k] = actor
    out: dict[str, list] = {}
    for c in sorted(set(clause)):
        idx = [k for k in range(len(tokens)) if clause[k] == c]
        named = [(k, owner[k]) for k in idx if owner[k] is not None]
        if not named:
            continue
        lo = idx[0]
        # who may receive each word: every actor of the clause, until a directed word narrows it
        receivers = {k: {a for _, a in named} for k in idx}
        for d in idx:
            w = words[d].lower()
            if owner[d] is not None:
                continue
            after = {a for k, a in named if k > d}
            before = {a for k, a in named if k < d}
            if w in lists["directed_verbs"] and not _noun_use(words, owner, d, lo):
                back = [words[k].lower() for k in idx if k < d and not words[k].lower().endswith("ly")]
                passive = bool(back) and back[-1] in PASSIVE_AUX
                if passive:  # "X was criticized by Y": about X, not the agent Y
                    agents = {a for k, a in named if k > d and any(words[j].lower() == "by" for j in idx if d < j < k)}
                    target = before | (after - agents)
                elif before:  # "Y criticized X", Y an actor: Y's position on X (stance), not the writer's tone
                    target = set()
                else:  # "critics blasted X": about X
                    target = after
                for k in idx:
                    if k >= d:
                        receivers[k] = receivers[k] & target
                        if k > d and valence(words[k]) * valence(words[d]) < 0:
                            receivers[k] = set()  # what is blamed or praised, not an evaluation of its own
            elif w in lists["directed_nouns"] and after:
                nxt = [words[k].lower() for k in idx if d < k <= d + 2]
                if any(p in PREPOSITIONS for p in nxt):  # "the attacks on X": about X; "Y's attacks on X": Y's
                    for k in idx:
                        if k >= d:
                            receivers[k] = receivers[k] & after if not before else set()
        for k in idx:
            if owner[k] is not None:
                continue
            v = valence(words[k])
            if not v:
                continue
            if _negated(words, k, lo):
                v *= NEGATION_SCALAR
            for a in receivers[k]:
                out.setdefault(a, []).append((words[k], v))
    return out


def _evidence(items: list) -> str:
    return " ".join(f"{w}({v:+.1f})" for w, v in items)


def targeted_tone(text: str, start: int, end: int, mentions: list[tuple[int, int, str]]) -> dict[str, tuple]:
    """Tone toward each actor named in ``text[start:end]`` (a sentence or a voice part of one, other characters
    blanked): ``{actor: (tone, evidence)}`` for every actor in ``mentions`` (``(start, end, actor)`` in ``text``
    coordinates); an actor with no evaluative word about it gets ``(0.0, "")``."""
    part = text[start:end]
    tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(part)]
    local = [(s - start, e - start, a) for s, e, a in mentions if part[max(s - start, 0):e - start].strip()]
    credited = _credited(tokens, local)
    out = {}
    for _s, _e, actor in mentions:
        items = credited.get(actor, [])
        out[actor] = (round(normalise(sum(v for _, v in items)), 4), _evidence(items))
    return out


def _part_tone(part: str) -> tuple[float, str]:
    """Tone of a whole voice part (a quote about an actor it does not name)."""
    items = []
    words = [m.group() for m in _TOKEN.finditer(part)]
    for k, w in enumerate(words):
        v = valence(w)
        if v:
            items.append((w, v * NEGATION_SCALAR if _negated(words, k, 0) else v))
    return round(normalise(sum(v for _, v in items)), 4), _evidence(items)


PRONOUN_FORMS = {"he": "he", "him": "he", "his": "he", "himself": "he",
                 "she": "she", "her": "she", "hers": "she", "herself": "she"}
"""Personal pronouns read as mentions of the actor they stand for, each with the subject form that
:func:`analysis.quotes.speakers.resolve` resolves (it reads he / she only)."""
_PRONOUN = re.compile(r"\b(?:" + "|".join(PRONOUN_FORMS) + r")\b", re.IGNORECASE)


def pronoun_mentions(corpus: Corpus, lexicon: dict) -> dict[str, list[tuple[int, int, str]]]:
    """``{doc_id: [(start, end, actor), ...]}`` in text order: the he / him / his / she / her... outside
    quotation marks that the quotation code's resolver (:func:`analysis.quotes.speakers.resolve`: the most recent
    person named before it, skipping names the article marks with the other gender) ties to a name of an actor
    of ``lexicon``, in the documents that name an actor. For ``tone(..., pronouns=...)``.

    It builds the quotation code's :class:`analysis.quotes.document.Doc` of each document a second time (the
    quotes stage builds and drops it), which costs the tone stage half as much CPU again on AllSides articles;
    hence not part of the ``tables`` run until the quotes stage hands its resolved pronouns on."""
    from analysis.quotes.cues import reporting_verbs
    from analysis.quotes.document import Doc
    from analysis.quotes.speakers import Mention, actor_lookup, name_mentions, resolve

    lookup = actor_lookup(lexicon)
    if lookup is None:
        return {}
    table = actor_table(lexicon)
    pattern = TermMatcher(zip(table["alias"], table["actor"], table["side"])).pattern
    verbs = reporting_verbs(None)
    paras = corpus.paragraphs
    spans_of: dict = {}
    for d, s, e in zip(paras["doc_id"].tolist(), paras["start"].tolist(), paras["end"].tolist()):
        spans_of.setdefault(d, []).append((s, e))
    out: dict[str, list] = {}
    for doc_id, raw, text in zip(corpus.documents["doc_id"], corpus.documents["raw"], corpus.documents["text"]):
        found = list(_PRONOUN.finditer(text))
        if not found or pattern is None or not pattern.search(text):
            continue
        doc = Doc(text, raw, spans_of.get(doc_id, []), verbs)
        persons = name_mentions(doc)
        names: dict[str, tuple | None] = {}
        for m in found:
            if doc.in_quote(m.start()):
                continue
            form = PRONOUN_FORMS[m.group().lower()]
            r = resolve(doc, Mention(m.start(), m.end(), form, form), persons)
            if r.name == form:
                continue
            if r.name not in names:
                names[r.name] = lookup(r.name)
            if names[r.name]:
                out.setdefault(doc_id, []).append((m.start(), m.end(), names[r.name][0]))
    return out


def tone(corpus: Corpus, lexicon: dict, quotes: pd.DataFrame | None = None,
         pronouns: dict[str, list[tuple[int, int, str]]] | None = None) -> pd.DataFrame:
    """Scores of each sentence mentioning an actor, one row per sentence x actor x voice (columns
    :data:`TONE_COLUMNS`): VADER ``compound`` (``pos``, ``neu``, ``neg``) of the voice part and ``tone`` toward
    the actor with its ``evidence`` (:func:`targeted_tone`). ``voice`` is ``author`` (the sentence outside direct
    and partial quotes) or ``quoted`` (inside them); a part with fewer than :data:`MIN_WORDS` words gets no row.
    ``own`` is true on a quoted row when the actor is the speaker of a quotation in the sentence (its own words,
    not something said about it; :func:`article_tone` leaves these out). With no quotes table every sentence is
    ``author``. ``pronouns`` (:func:`pronoun_mentions`) adds the pronouns that stand for an actor to its mentions.
    Sorted by doc_id, start, actor, voice."""
    table = actor_table(lexicon)
    matcher = TermMatcher(zip(table["alias"], table["actor"], table["side"]))
    spans: dict[str, list[tuple[int, int]]] = {}
    speakers: dict[str, list[tuple[int, int, str]]] = {}
    if quotes is not None and len(quotes):
        q = quotes[quotes["kind"].isin(QUOTATION_KINDS)]
        actors = q["actor"].fillna("").astype(str) if "actor" in q.columns else pd.Series("", index=q.index)
        for d, s, e, a in zip(q["doc_id"], q["start"], q["end"], actors):
            spans.setdefault(d, []).append((int(s), int(e)))
            speakers.setdefault(d, []).append((int(s), int(e), a))
    texts = dict(zip(corpus.documents["doc_id"], corpus.documents["text"]))
    src = dict(zip(corpus.documents["doc_id"], corpus.documents["source"]))
    rows = []
    if not len(table):
        return pd.DataFrame(rows, columns=TONE_COLUMNS)
    pronouns = pronouns or {}
    side_of = dict(zip(table["actor"], table["side"]))
    for doc_id, s0, s1 in corpus.sentences[["doc_id", "start", "end"]].itertuples(index=False):
        text = texts[doc_id]
        hits = list(matcher.finditer(text, s0, s1))
        pro = pronouns.get(doc_id)
        if pro:
            k = bisect_left(pro, (s0,))
            while k < len(pro) and pro[k][1] <= s1:
                hits.append((pro[k][0], pro[k][1], None, pro[k][2], side_of[pro[k][2]]))
                k += 1
        found = sorted({(m[3], m[4]) for m in hits})
        if not found:
            continue
        mentions = [(m[0], m[1], m[3]) for m in hits]
        said_by = {a for s, e, a in speakers.get(doc_id, []) if s < s1 and s0 < e and a}
        parts = split_voices(text, s0, s1, spans.get(doc_id, []))
        for voice, part in zip(("author", "quoted"), parts):
            n = len(textlib.tokens(part))
            if n < MIN_WORDS:
                continue
            sc = vader(" ".join(part.split()))
            padded = " " * s0 + part  # the part in document coordinates
            targeted = targeted_tone(padded, s0, s1, mentions)
            named = {a for s, e, a in mentions if part[s - s0:e - s0].strip()}
            whole = _part_tone(part) if voice == "quoted" else (0.0, "")
            for actor, side in found:
                t, ev = targeted[actor] if actor in named else (
                    whole if voice == "quoted" and actor not in said_by else (0.0, ""))
                rows.append((doc_id, s0, s1, src[doc_id], actor, side, voice, n,
                             sc["compound"], sc["pos"], sc["neu"], sc["neg"], t, ev,
                             voice == "quoted" and actor in said_by))
    out = pd.DataFrame(rows, columns=TONE_COLUMNS)
    return out.sort_values(["doc_id", "start", "actor", "voice"], kind="mergesort").reset_index(drop=True)


def article_tone(tone_table: pd.DataFrame) -> pd.DataFrame:
    """Tone toward each actor per article: the mean ``tone`` of its rows in the author's voice and in quoted
    voices other than its own (rows with ``own`` false), as a reader judges the author's feeling toward an actor
    from everything the article chooses to report about it. Columns ``doc_id, source, actor, side, rows, tone``,
    sorted by doc_id, actor."""
    cols = ["doc_id", "source", "actor", "side", "rows", "tone"]
    t = tone_table[~tone_table["own"].astype(bool)] if "own" in tone_table.columns else tone_table
    if not len(t):
        return pd.DataFrame([], columns=cols)
    g = t.groupby(["doc_id", "source", "actor", "side"], sort=True)["tone"]
    out = pd.concat([g.size().rename("rows"), g.mean().round(4).rename("tone")], axis=1).reset_index()
    return out[cols]


def tone_summary(tone_table: pd.DataFrame, by: str = "side") -> pd.DataFrame:
    """Per source, side (or ``by="actor"``) and voice: ``sentences`` scored, mean and median compound, the shares
    of sentences with compound <= -0.05 (negative) and >= 0.05 (positive), and the mean tone toward the side with
    the shares of negative and positive tone. A sentence naming two actors of one side counts once, with the
    mean of their tones. Sorted by source, side, voice."""
    rows = []
    for (source, key, voice), g in tone_table.groupby(["source", by, "voice"], sort=True):
        sents = g.drop_duplicates(["doc_id", "start"])
        c = sents["compound"]
        t = g.groupby(["doc_id", "start"], sort=True)["tone"].mean()
        rows.append((source, key, voice, len(sents), round(c.mean(), 4), round(c.median(), 4),
                     round((c <= NEGATIVE).mean(), 4), round((c >= POSITIVE).mean(), 4),
                     round(t.mean(), 4), round((t <= NEGATIVE).mean(), 4), round((t >= POSITIVE).mean(), 4)))
    cols = SUMMARY_COLUMNS if by == "side" else [c if c != "side" else by for c in SUMMARY_COLUMNS]
    return pd.DataFrame(rows, columns=cols)


def tone_sentences(tone_table: pd.DataFrame, corpus: Corpus, source: str | None = None, side: str | None = None,
                   voice: str | None = None, by: str = "side") -> pd.DataFrame:
    """The sentences behind the cells of :func:`tone_summary`: rows of ``tone_table`` (optionally one source,
    side or actor (``by``), voice) with the sentence text, sorted by tone (most negative first), then doc_id,
    start."""
    t = tone_table
    if source is not None:
        t = t[t["source"] == source]
    if side is not None:
        t = t[t[by] == side]
    if voice is not None:
        t = t[t["voice"] == voice]
    texts = dict(zip(corpus.documents["doc_id"], corpus.documents["text"]))
    out = t[["source", by, "voice", "actor", "tone", "evidence", "doc_id", "start", "end"]].copy()
    out["sentence"] = [" ".join(texts[d][s:e].split()) for d, s, e in zip(t["doc_id"], t["start"], t["end"])]
    return out.sort_values(["tone", "doc_id", "start", "actor"], kind="mergesort").reset_index(drop=True)


def agreement() -> dict:
    """The measured agreement of ``tone`` with hand coding (``analysis/data/tone_agreement.yaml``, written by
    ``benchmarks/eval_tone.py``): ``auc`` with its 95% interval ``auc_low`` / ``auc_high``, ``coverage``,
    ``pairs``, ``negative``, ``target_auc``, ``target_coverage``, ``reliable`` (both targets met and the interval
    above chance, 0.5), ``text`` (one sentence to print beside a tone figure); ``{}`` if absent."""
    from analysis.lexicon import package_data
    from analysis.yamlfile import read_yaml

    path = package_data("tone_agreement.yaml")
    if not path.exists():
        return {}
    data = read_yaml(path)
    data["reliable"] = (data.get("auc", 0) >= data.get("target_auc", 1)
                        and data.get("coverage", 0) >= data.get("target_coverage", 1)
                        and data.get("auc_low", 1) > 0.5)
    verdict = ("" if data["reliable"] else
               ": below target, differences between outlets are not reliable")
    ci = (f"95% CI {data['auc_low']:.2f}-{data['auc_high']:.2f}; " if "auc_low" in data and "auc_high" in data
          else "")
    data["text"] = (f"Agreement with hand coding (BASIL, {data.get('stories', '?')} held-out stories, "
                    f"{data.get('pairs', '?')} article-actor pairs, {data.get('negative', '?')} negative): "
                    f"AUC {data.get('auc', float('nan')):.2f} ({ci}target {data.get('target_auc', float('nan')):.2f}), "
                    f"coverage {data.get('coverage', float('nan')):.2f}{verdict}")
    return data
