"""Quotations and who said them: direct, partial, scare and title quotes, indirect attributions, speakers.

:func:`quotes_table` returns one row per quoted span with ``doc_id, start, end, text, kind, speaker,
speaker_start, speaker_end, actor, side, cue, cue_class`` first (then helper columns), where ``start/end``
index the quoted words *without* their quotation marks in the raw file text, and ``speaker_start/end`` the
mention the attribution rests on (``he`` in ``"...," he said``; ``speaker`` then names the resolved person).

How it works (rules on the project's own tokens; no parser, no NER model, nothing downloaded), module by
module:

1. **Quotation marks** (:mod:`.marks`): marks paired inside a paragraph, curly marks from the raw text,
   multi-paragraph quotes continued; single quotes only where the raw text has a curly opening mark.
2. **Kind** (:mod:`.kinds`): ``direct``: a quoted sentence (the quote ends in punctuation inside its marks,
   opens a sentence, or follows a colon or a reporting verb) of 3+ words, unless the writer's sentence goes on
   after it ('"Boots on the ground" would be appropriate, Carson said'); ``partial``: quoted words inside a
   sentence that carries a reporting verb or that are 4+ words long; ``title``: a short quote in title case
   ("Coalition of the Willing"); ``scare``: other short quotes (1-3 words, no reporting verb), the distancing
   use of quotation marks. ``indirect`` (:mod:`.indirect`): a reported clause without marks (``X said that
   ...``, ``X urged Congress to ...``, ``..., X said.``, ``according to X, ...``); ``act``: the noun-phrase
   object of a speech act (``X criticized the plan``, ``X called for an investigation``), whose cue gives the
   speaker's stance toward it but which states nothing the speaker said (:func:`.indirect.report_kind`).
   **Signed texts** (:mod:`.signed`): an embedded tweet ("... — Name (@handle) June 14, 2016") and a
   transcript's turn ("AMY GOODMAN: ...") are ``direct`` rows of the name that signs them (rule ``tweet`` /
   ``transcript``, no cue).
3. **Attribution** (:mod:`.attribution`, the rules and the lists that run them): for each quotation, the text
   right after it (``"...," he said`` / ``"...," said X`` / ``", X told reporters``), the text of the sentence
   before it (``X said: "..."`` / ``X told Y: "..."`` / ``X wrote on Telegram: "..."`` / ``According to X,
   "..."`` / a reporting verb earlier in the sentence for partial quotes) and, failing both, the fallbacks of
   :func:`document_quotes`: the other half of a split quote, a person the quote's own sentence names with a
   verb no list has (``"...!" beamed X`` / ``And X gloated: "..."``) or at its end (``"..." that Sanders can
   catch Clinton, said X.``), a name signing the quote on the line below (``- Sanders.``), the previous
   speaker (a quote that continues the last quotation, or a quote paragraph after an attributed paragraph)
   unless another person has since become the subject of a sentence (in the quote's paragraph or the one
   before it), the nearest person before a direct quote; a partial quote none of these attributes takes the
   speaker of the reported clause it is part of (rule ``inside-report``).
4. **Speaker** (:mod:`.speakers`): the grammatical subject of the reporting verb found by position: a pronoun,
   a run of capitalised words (with titles such as "President", "White House spokesman"), or a short noun phrase
   ("a senior official"). A pronoun (he/she) is resolved to the most recent person-like name before it outside
   quotation marks (it/they to the most recent organisation or plural noun phrase). Descriptions are resolved
   the same way: a role ("the senator"), a party member ("the conservative Democrat"), an outlet ("the
   newspaper"), a document ("the statement said": its author) and a possessive phrase ("her campaign").
   These are the cue-source-content rules of quotation extractors such as Pouliquen, Steinberger & Best (2007) "Automatic
   detection of quotations in multilingual news" (RANLP) and the Gender Gap Tracker's rules (Asr et al. 2021,
   PLOS ONE 16(1) e0245533), without their dependency parse.
5. **Cue verb** and its class (neutral, contested, rejecting, warning/demanding, conceding, emphatic, ...)
   from ``analysis/data/reporting_verbs.yaml`` (:mod:`.cues`; lemma matching, so every inflection counts).
6. **Actor and side** from the story lexicon via :func:`analysis.actors.match_actor`, matched on the
   resolved speaker (the name a pronoun stands for), else on the mention itself.

The rules read tokens through :mod:`.tokens` (named predicates over a compiled token table) and their word
lists from ``analysis/data/quote_words.yaml`` and ``analysis/data/titles.yaml`` (:mod:`.vocabulary`). Where to
add things: a quotation rule in :mod:`.attribution` (one function, one line in its list), a reported-clause
rule in :mod:`.indirect`, a title in ``titles.yaml`` (use ``speaker``), a reporting verb in
``reporting_verbs.yaml`` under its class, any other word in its list of ``quote_words.yaml``.

Measured against the PolNeAR dev split (84 US election articles, 427 hand-annotated direct quotes) by
``benchmarks/eval_quotes.py``: direct + partial quotes found with recall 0.958 (30% of characters covered) /
0.946 (80%), F1 0.971 / 0.965 when a prediction inside any annotated content counts as correct (0.808 / 0.804
when only content spans that start with a quotation mark do), and the speaker mention right for 0.932 of the
quotes found. All attributions, indirect ones included (a gold content span found when one row covers half of
it): precision 0.978, recall 0.514 (indirect 0.416), speakers 0.917 (``benchmarks/eval_quotes.py
--attributions``, kinds direct, partial, indirect and act; PolNeAR also counts beliefs, aims, the writer's "I"
and "we", and the objects of acts such as "condemned the attacks", which these rules leave out).
Read against held-out news stories by two coders, rows are right in the proportions that
``benchmarks/RESULTS.md`` lists. Known limits: no gender for names the article never marks (he/she may pick the wrong
person), a pronoun may resolve to a capitalised non-person ("the Budapest Memorandum"), a partial quote
followed by a reporting verb in a subordinate clause can take that clause's subject, and most reported speech
whose cue is no verb of saying or thinking ("X showed", "X's call for", "X seemed to") is not read. Rows of kind
``act`` are the least reliable (``benchmarks/RESULTS.md`` gives their reads): a plural noun read as a verb
("useless trivia questions"), a place or a fragment as the speaker; filter on ``kind`` to leave them out.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path

import numpy as np
import pandas as pd

from analysis import scanner, text as textlib
from analysis.quotes.attribution import Attribution, after, before
from analysis.quotes.cues import DEFAULT_VERBS, cue_at, is_verb_form, load_reporting_verbs, reporting_verbs as _verbs
from analysis.quotes.document import Doc
from analysis.quotes.indirect import indirect as _indirect, report_kind
from analysis.quotes.kinds import classify
from analysis.quotes.marks import Piece, find_pieces
from analysis.quotes.signed import before_signature, signed
from analysis.quotes.speakers import (Mention, actor_lookup, is_subject, name_at, name_mentions, paras_back,
                                      resolve, sentences_back, subject_after)
from analysis.quotes.tokens import DASHES, TOKEN_RE
from analysis.quotes.vocabulary import (ADDRESSEE_CUES, ADJUNCT_PREPOSITIONS, BE, COORDINATORS, PERSON_TITLES,
                                        POSSESSIVES, PRONOUNS)

__all__ = ["COLUMNS", "EXTRA_COLUMNS", "KINDS", "QUOTATION_KINDS", "REPORTED_KINDS", "TOKEN_RE", "DEFAULT_VERBS", "PRONOUNS", "Piece",
           "actor_lookup", "document_quote_rows", "document_quotes", "find_pieces", "load_reporting_verbs",
           "quote_frame", "quote_tuples", "quotes_table"]

COLUMNS = ["doc_id", "start", "end", "text", "kind", "speaker", "speaker_start", "speaker_end", "actor", "side",
           "cue", "cue_class"]
"""The columns every quotes table starts with."""
EXTRA_COLUMNS = ["quote_id", "mention", "cue_start", "cue_end", "rule", "words"]
"""Helper columns after :data:`COLUMNS`: ``quote_id`` groups the pieces of one quotation (split by an
attribution or reopened at a new paragraph), ``mention`` is ``raw[speaker_start:speaker_end]``, ``cue_start/
cue_end`` locate the cue, ``rule`` names the attribution rule that fired, ``words`` counts the quoted words."""
KINDS = ("direct", "partial", "scare", "title", "indirect", "act")
QUOTATION_KINDS = ("direct", "partial")
"""Kinds that are quotations of someone's words (scare quotes and titles are not)."""
REPORTED_KINDS = ("direct", "partial", "indirect", "act")
"""Kinds that give a speaker's words or position: quotations, reported clauses and acts toward something."""

SPLIT_GAP_WORDS = 12  # words between two halves of a split quote that share one attribution ('"A," he said, "b."')
PREVIOUS_SPEAKER_PARAS = 2  # paragraphs after an attributed quote in which an unattributed quote is the same speaker's
SAME_SENTENCE_ENDS = (",", "!", "?")  # a quote ending so may go on into its attribution ('"...!" beamed X')
AUXILIARIES = BE | frozenset(("has", "have", "had", "does", "did"))  # '"...!" Russia has been': no speaker
# tokens after a quote read for a name and verb of its own sentence ("Democratic Assembly Minority Leader Gordon
# Hintz said")
SAME_SENTENCE_AFTER = 9
SENTENCE_END_REACH = 30  # tokens from a quote to the end of its sentence read for ', said X.'
OPENING_MARKS = " \"'\u201c\u2018"  # the marks (and spaces) between a report's start and a quote that opens it
DASH_LINE_NAME = 6  # tokens of a name signing a quote on the line below it ('- Hillary Clinton.')
NEAREST_SENTENCES = 2  # sentence ends between a quote and the person the last fallback gives it to
COLON_REACH = 4  # characters before an opening mark read for the colon that leads into it ('gloated: "')
COVERED = 0.8  # share of a signed text (a tweet, a transcript turn) inside quotation marks that leaves it to them
FALLBACK_RULES = ("previous-speaker", "other-subject", "nearest-person")
"""Attributions guessed from other quotes: they never make a speaker the previous one."""


# --- one document --------------------------------------------------------------------------------------------

@dataclass
class _Previous:
    """What the quotations read so far tell the next one: the last attributed quotation (its attribution,
    paragraph and piece) and the attribution of each quotation (by ``quote_id``)."""

    last: Attribution | None = None
    para: int = -10
    piece: Piece | None = None
    of_quote: dict[int, Attribution] = field(default_factory=dict)


def _window_attribution(doc: Doc, pieces: list[Piece], k: int) -> Attribution | None:
    """The attribution of piece ``k`` from the text after it and the sentence before it."""
    p = pieces[k]
    prev = pieces[k - 1] if k > 0 else None
    nxt = pieces[k + 1] if k + 1 < len(pieces) else None
    a = after(doc, p, nxt)
    if a is not None and doc.text[p.start:p.end].rstrip().endswith(","):
        b = before(doc, p, prev)
        if b is not None and b.cue_end >= 0 and p.open_at >= 0 and not doc.text[b.cue_end:p.open_at].strip():
            return b  # 'after the union claimed "...," White said': the quotation is the object of the verb before
        return a  # '"...," he said': the attribution after the quote, whatever comes before it
    b = before(doc, p, prev)  # 'X said: "..."' wins over an attribution after the quote
    return a if a is not None and not (b is not None and b.rule == "before:X-said:") else b or a


def _split(doc: Doc, pieces: list[Piece], attrs: list, k: int) -> Attribution | None:
    """'"A," he said, "B."': B takes A's attribution (same paragraph, a short attribution between them)."""
    if k == 0 or attrs[k - 1] is None:
        return None
    prv, p = pieces[k - 1], pieces[k]
    if prv.close_at < 0 or p.open_at <= prv.close_at or prv.para != p.para:
        return None
    gap = doc.text[prv.close_end:p.open_at].split()
    if len(gap) > SPLIT_GAP_WORDS:
        return None
    if gap and gap[-1].endswith(":") and (gap[0].lower() in POSSESSIVES or gap[0].endswith(("'s", "\u2019s"))):
        return None  # '"...?" His response: "..."': the answer of someone else, named by the possessive
    return attrs[k - 1].with_rule("split")


def _same_sentence(doc: Doc, piece: Piece, persons) -> Attribution | None:
    """The person the quote's own sentence names as its speaker when no reporting verb of the lists does:
    right after a quote that ends in ',', '!' or '?', a name or he / she and a lower-case verb in either order
    ('"This is fantastic!" beamed Donald Hartley', '"...," Kelly charged'), or the name that opens a sentence
    leading into the quote with a colon ('And Mr. Christie gloated: "I told you he wouldn't be ready."')."""
    w, text = doc.words, doc.text
    if piece.close_at >= 0 and piece.end > piece.start and text[piece.end - 1] in SAME_SENTENCE_ENDS:
        k = doc.tok_index(piece.close_end)
        if k < len(w) and w.txt[k] == ",":
            k += 1
        stop = min(len(w), k + SAME_SENTENCE_AFTER)
        if k + 1 < stop and w.st[k] < doc.paras[piece.para][1]:
            m = name_at(text, w, k, stop)
            if m is not None and _someone(doc, m, persons) and not (w.low[k] in PRONOUNS and w.starts_upper(k)):
                b = doc.tok_index(m.end)  # (not "She begged ...": a capitalised pronoun opens a new sentence)
                if b < stop and _verb_like(w, b) and w.low[b] not in AUXILIARIES:
                    return Attribution(m, rule="same-sentence")
            elif m is None and _verb_like(w, k):
                m = name_at(text, w, k + 1, stop)
                if m is not None and w.low[k + 1] not in PRONOUNS and _someone(doc, m, persons):
                    return Attribution(m, rule="same-sentence")
    elif piece.close_at >= 0:
        found = _said_at_sentence_end(doc, piece)
        if found is not None:
            return found
    if piece.open_at > 0 and text[max(0, piece.open_at - COLON_REACH):piece.open_at].rstrip().endswith(":"):
        i = doc.tok_index(piece.open_at) - 1  # the colon
        para_start = doc.paras[piece.para][0]
        k = bisect_left(doc.end_idx, i) - 1
        a = doc.end_idx[k] + 1 if k >= 0 else 0
        while a < len(w) and w.st[a] < para_start:
            a += 1
        if a < i and w.low[a] in COORDINATORS:
            a += 1  # "And Mr. Christie gloated:"
        m = name_at(text, w, a, i) if a < i else None
        if m is not None and _someone(doc, m, persons):
            b = doc.tok_index(m.end)
            if b < i and _verb_like(w, b):
                return Attribution(m, rule="same-sentence")
    return None


def _said_at_sentence_end(doc: Doc, piece: Piece) -> Attribution | None:
    """'"He can assert it, but it seems extremely unlikely" that Sanders can catch Clinton, said Steve
    Elmendorf.': a quote that ends without punctuation, the sentence going on after it, and ', said X' or
    ', X said' closing that sentence (no other quote between)."""
    w, text = doc.words, doc.text
    a = doc.tok_index(piece.close_end)
    k = bisect_left(doc.end_idx, a)
    if k >= len(doc.end_idx):
        return None
    end = doc.end_idx[k]
    if end - a > SENTENCE_END_REACH or w.st[end] > doc.paras[piece.para][1] or doc.tok_quoted[a:end].any():
        return None
    for c in range(a + 1, end - 2):
        if w.txt[c] != ",":
            continue
        cue = cue_at(w, c + 1, c + 1, end, doc.verbs)
        if cue is not None and is_verb_form(w.low[c + 1]):  # ', said Steve Elmendorf, deputy campaign manager'
            if cue.lemma in ADDRESSEE_CUES:
                continue  # ', told CBS News': the one told, not the speaker
            m = subject_after(text, w, c + 1 + cue.width, end)
            n = c + 1
        else:  # ', Zuckoff said.'
            m = name_at(text, w, c + 1, end)
            n = doc.tok_index(m.end) if m is not None else end
            cue = cue_at(w, n, n, end, doc.verbs) if n < end else None
            if cue is None or not is_verb_form(w.low[n]):
                continue
        if m is not None:
            return Attribution(m, cue.lemma, cue.cls, w.st[n], w.en[n + cue.width - 1], rule="same-sentence")
    return None


def _dash_line(doc: Doc, piece: Piece) -> Attribution | None:
    """A quote that closes its paragraph, signed by the next one: '"... a lot of nonsense." / - Sanders.' /
    '-President Obama, tweeting after Clinton's speech.' / '-- Charles Krauthammer on "Special Report"'."""
    w, text = doc.words, doc.text
    if piece.close_at < 0 or piece.para + 1 >= len(doc.paras):
        return None
    pe = doc.paras[piece.para][1]
    ns, ne = doc.paras[piece.para + 1]
    if text[piece.close_end:pe].strip(" .,\u201d\""):
        return None
    k = doc.tok_index(ns)
    if k + 1 >= len(w) or w.txt[k] not in DASHES:
        return None
    if w.txt[k + 1] in DASHES:
        k += 1  # "-- Charles Krauthammer on ...": a dash typed as two hyphens
    m = name_at(text, w, k + 1, min(len(w), k + 1 + DASH_LINE_NAME))
    if m is None or m.end > ne or w.low[k + 1] in PRONOUNS:
        return None
    b = doc.tok_index(m.end)
    if b < len(w) and w.st[b] < ne and not (w.txt[b] in (".", ",", ";") or w.low[b] in ADJUNCT_PREPOSITIONS):
        return None  # '—Jay Solomon and Kristina Peterson contributed to this article.': a credit line
    return Attribution(m, rule="dash-line")


def _someone(doc: Doc, m: Mention, persons) -> bool:
    """``m`` is he / she / they or holds a name of the document's (a person or an organisation of
    :func:`analysis.quotes.speakers.name_mentions`: not "Six" of "Six paragraphs in: ...")."""
    if m.text.lower() in PRONOUNS:
        return True
    k = bisect_left(persons, (m.start,))
    return k < len(persons) and persons[k][0] < m.end


def _verb_like(w, k: int) -> bool:
    """Token ``k`` may be the verb after a subject: a lower-case word of a finite-looking form."""
    return w.starts_alpha(k) and not w.starts_upper(k) and is_verb_form(w.low[k])


def _other_subject(doc: Doc, seen: _Previous, piece: Piece, persons) -> Attribution | None:
    """The person who is the subject (or the source after "according to") of the last sentence with one between
    the previous speaker's quotation and this one, when that is someone else ("Brafman ... could not have been
    more delighted. His face darted from side to side, as if to say, "Did you see me pull that off?""; "According
    to Peter Keating at Vanity Fair, ... "The amount I get ...""): a reader gives them the quote rather than the
    previous speaker."""
    last = seen.last.mention.name.split()[-1].lower() if seen.last.mention.name.split() else ""
    # after the previous quotation and its attribution, in the quote's paragraph or the one before it
    reach = max(_attribution_end(doc, seen.piece, seen.last), paras_back(doc, piece.start, 1))
    k = bisect_left(persons, (piece.start,)) - 1
    while k >= 0 and persons[k][0] >= reach:
        s, e, name, typ = persons[k]
        if typ == "person" and not _heading_or_title(name) and (is_subject(doc, s, e) or _according_to(doc, s)):
            if name.split()[-1].lower() == last:
                return None  # the last subject is the previous speaker ("Trump tweeted:")
            return Attribution(Mention(s, e, doc.text[s:e], name, s, e), rule="other-subject")
        k -= 1
    return None


def _according_to(doc: Doc, s: int) -> bool:
    """The name at ``s`` follows "according to": the source of its sentence ("According to Peter Keating at Vanity
    Fair, $1.1 million is the estimated cost")."""
    i = doc.tok_index(s)
    return i >= 2 and doc.words.low[i - 1] == "to" and doc.words.low[i - 2] == "according"


def _attribution_end(doc: Doc, piece: Piece, attr: Attribution) -> int:
    """Where a quotation and its attribution end: an attribution after the quote runs to the end of its
    sentence ('"...," Jacqueline Maloney told CNN's Brooke Baldwin in an interview.')."""
    end = max(piece.end, attr.mention.end, attr.cue_end)
    if end > piece.end:
        k = bisect_left(doc.end_idx, doc.tok_index(end))
        if k < len(doc.end_idx):
            end = max(end, min(doc.words.en[doc.end_idx[k]], doc.paras[piece.para][1]))
    return end


def _heading_or_title(name: str) -> bool:
    """A run of capitalised words that names no one: a heading in capitals ("UPDATE VII", "TOM DUPREE: ..."),
    a title alone ("President"), a pronoun ("It" of "It's") or "I'd", "I'll"."""
    low = name.lower()
    return name.isupper() or low in PERSON_TITLES or low in PRONOUNS or low[:2] in ("i'", "i\u2019")


def _nearest_person(doc: Doc, piece: Piece, persons) -> Attribution | None:
    """The last person named before the quote, in its paragraph or the one before and at most
    :data:`NEAREST_SENTENCES` sentences back (in a video's transcript, a run of unattributed clips is nobody's
    that a reader can tell)."""
    k = bisect_left(persons, (piece.start,)) - 1  # (names are apart and in order: none before k ends after it)
    while k >= 0 and not (persons[k][1] <= piece.start and persons[k][3] == "person"):
        k -= 1
    if k < 0 or persons[k][0] < max(paras_back(doc, piece.start, 1),
                                    sentences_back(doc, piece.start, NEAREST_SENTENCES)):
        return None
    s, e, name, _ = persons[k]
    return Attribution(Mention(s, e, doc.text[s:e], name, s, e), rule="nearest-person")


def document_quotes(text: str, raw: str | None = None, paras: list[tuple[int, int]] | None = None,
                    verbs: dict[str, str] | None = None, indirect: bool = True) -> list[dict]:
    """The quotes of one document as row dicts (see :func:`quotes_table`; no ``doc_id``, actor or side)."""
    verbs = verbs if verbs is not None else _verbs(None)
    if paras is None:
        paras = [(p.start, p.end) for p in textlib.paragraphs(text)]
    doc = Doc(text, raw, paras, verbs)
    persons = name_mentions(doc)
    pieces = doc.pieces
    groups: dict[int, list[Piece]] = {}
    words_of: dict[int, int] = {}  # words of each quotation, counted in one pass of the scanner
    counts = _word_counts(text, [(p.start, p.end) for p in pieces])
    for p, n in zip(pieces, counts):
        groups.setdefault(p.quote_id, []).append(p)
        words_of[p.quote_id] = words_of.get(p.quote_id, 0) + n

    attrs = [_window_attribution(doc, pieces, k) for k in range(len(pieces))]
    said = _attributed_words(doc, pieces, attrs, words_of)
    rows = []
    seen = _Previous()
    for k, p in enumerate(pieces):
        attr = attrs[k] or _split(doc, pieces, attrs, k) or _same_words(doc, p, said)
        if attr is None and p.quote_id in seen.of_quote:
            attr = seen.of_quote[p.quote_id].with_rule("continued")
        p.kind = kind = classify(text, doc, p, groups[p.quote_id], attr is not None, pieces[k - 1] if k > 0 else None,
                                 words_of[p.quote_id])
        if attr is None and kind == "direct":
            attr = _same_sentence(doc, p, persons) or _dash_line(doc, p)
            if attr is None:
                if seen.last is not None and p.para - seen.para <= PREVIOUS_SPEAKER_PARAS:
                    attr = _other_subject(doc, seen, p, persons) or seen.last.with_rule("previous-speaker")
                else:
                    attr = _nearest_person(doc, p, persons)
        if attr is not None:
            m = resolve(doc, attr.mention, persons)
            if m is not attr.mention:  # a pronoun, resolved (a name resolves to itself)
                attr = attr.with_mention(m)
            seen.of_quote[p.quote_id] = attr
            if attr.rule not in FALLBACK_RULES and kind in QUOTATION_KINDS:
                seen.last, seen.para, seen.piece = attr, p.para, p
            elif kind == "direct" and seen.last is not None:
                seen.para = max(seen.para, p.para)
        elif kind == "direct" and seen.last is not None and p.para - seen.para <= PREVIOUS_SPEAKER_PARAS:
            seen.para = p.para
        rows.append(_row(doc, p.start, p.end, kind, p.quote_id, attr, counts[k]))

    found = signed(doc, persons)
    if found:
        rows, found = _signed_rows(doc, rows, found)
        for ((s, e), a), n in zip(found, _word_counts(text, [span for span, _ in found])):
            rows.append(_row(doc, s, e, "direct", -1, a, n))

    if indirect:
        found = [((s, before_signature(doc, s, e)), a, c) for (s, e), a, c in _indirect(doc, persons)]
        # words of the report only: around an attribution inside it (', X said, '), the pieces on either side
        pieces = [[(s, c[0]), (c[1], e)] if c else [(s, e)] for (s, e), _, c in found]
        counts = iter(_word_counts(text, [p for ps in pieces for p in ps]))
        for ((s, e), a, c), ps in zip(found, pieces):
            words = sum(next(counts) for _ in ps)
            if (kind := report_kind(doc, s, e, a)) is not None:
                rows.append(_row(doc, s, e, kind, -1, a, words, c))
        _partials_inside_reports(doc, rows, found)
    rows.sort(key=lambda r: (r["start"], r["end"], r["kind"]))
    return rows


SAME_WORDS_MIN = 6  # words of a quotation that another, attributed, quotation repeats (a heading above its story)


def _words_key(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def _attributed_words(doc: Doc, pieces: list[Piece], attrs: list, words_of: dict[int, int]) -> dict[str, Attribution]:
    """The words of each quotation of :data:`SAME_WORDS_MIN` words or more that a window rule attributed, as
    :func:`_words_key`, with its attribution."""
    return {_words_key(doc.text[p.start:p.end]): a for p, a in zip(pieces, attrs)
            if a is not None and words_of[p.quote_id] >= SAME_WORDS_MIN}


def _same_words(doc: Doc, p: Piece, said: dict[str, Attribution]) -> Attribution | None:
    """The attribution of a quotation elsewhere in the document with the same words ('"This is really rogue state
    territory for the United States"' as a heading, and below it '"This is really rogue state territory for the
    United States," Nexon concludes.'), rule ``same-words``; else ``None``."""
    a = said.get(_words_key(doc.text[p.start:p.end])) if said else None
    return a.with_rule("same-words") if a is not None else None


def _partials_inside_reports(doc: Doc, rows: list[dict], found: list) -> None:
    """A partial quote that no rule attributed, inside a reported clause (``found``, :func:`_indirect`), is the
    report's speaker's ('Trump - who previously said he would "bomb the [expletive] out of" oil fields - said'):
    its row takes that attribution (rule ``inside-report``), in place. So is a short quote of two words or more
    that opens the report ('"Israel is safer" as a result of the accord, Mr. Kerry said'), a partial quote; and a
    partial quote given to the source after it ('Trump said his solution "must be ...," according to Jacob Monty':
    Trump's words, as Monty reported them)."""
    for i, r in enumerate(rows):
        closing_source = r["kind"] == "partial" and r["rule"] == "after:according"  # (see the docstring)
        if r["kind"] not in ("partial", "scare") or r["speaker"] and not closing_source \
                or r["kind"] == "scare" and r["words"] < 2:
            continue
        around = next((a for (s, e), a, _ in found if s <= r["start"] and r["end"] <= e
                       and (r["kind"] == "partial" or not doc.text[s:r["start"]].strip(OPENING_MARKS))), None)
        if around is not None:
            rows[i] = _row(doc, r["start"], r["end"], "partial", r["quote_id"], around.with_rule("inside-report"),
                           r["words"])


def _signed_rows(doc: Doc, rows: list[dict], found: list) -> tuple[list[dict], list]:
    """The quotation rows and the signed texts (:func:`analysis.quotes.signed.signed`) left to add: a signed
    text mostly inside quotation marks (:data:`COVERED`) adds no row: a tweet in quotation marks quotes someone
    else (a news account's '"When the campaign says ..." — This Week'), and its quotation keeps its own
    speaker; a transcript turn in quotation marks ('SCHIEFFER: "Will you run for President?"') is the labelled
    speaker's, so a quotation that is most of the turn takes that speaker when its own was only guessed
    (:data:`FALLBACK_RULES`) or not found."""
    quoted = [(k, r["start"], r["end"]) for k, r in enumerate(rows) if r["kind"] in QUOTATION_KINDS]
    rest = []
    for (s, e), a in found:
        inside = [(k, max(s, qs), min(e, qe)) for k, qs, qe in quoted if qs < e and qe > s]
        if sum(b - c for _, c, b in inside) < COVERED * (e - s):
            rest.append(((s, e), a))
            continue
        for k, c, b in inside:
            r = rows[k]
            if a.rule == "transcript" and b - c >= COVERED * (e - s) \
                    and (r["rule"] in FALLBACK_RULES or not r["speaker"]):
                rows[k] = _row(doc, r["start"], r["end"], r["kind"], r["quote_id"], a, r["words"])
    return rows, rest


def _row(doc: Doc, start: int, end: int, kind: str, quote_id: int, attr: Attribution | None, words: int,
         cut: tuple[int, int] | None = None) -> dict:
    """One row of :func:`document_quotes`: scare quotes and titles keep no speaker or cue. ``cut``: the
    characters inside the span that are no part of it (the attribution of a report around it), left out of
    its text with one space between the pieces."""
    keep = attr is not None and kind in REPORTED_KINDS
    m = _web_address(doc, attr.mention) if keep else None
    text = _evidence(doc, start, end) if cut is None else \
        f"{_evidence(doc, start, cut[0])} {_evidence(doc, cut[1], end)}"
    return {
        "start": start, "end": end, "text": text, "kind": kind,
        "speaker": m.name if m else "",
        "speaker_start": m.start if m else pd.NA, "speaker_end": m.end if m else pd.NA,
        "cue": attr.cue if keep else "", "cue_class": attr.cue_class if keep else "",
        "quote_id": quote_id, "mention": _evidence(doc, m.start, m.end) if m else "",
        "cue_start": attr.cue_start if keep and attr.cue_start >= 0 else pd.NA,
        "cue_end": attr.cue_end if keep and attr.cue_end >= 0 else pd.NA,
        "rule": attr.rule if keep else "", "words": words,
    }


_ADDRESS_AFTER = re.compile(r"(?:\.[a-z]{2,6})+\b")
_ADDRESS_BEFORE = re.compile(r"[A-Za-z0-9-]+\.$")


def _web_address(doc: Doc, m: Mention) -> Mention:
    """The speaker mention ``m`` with the rest of the web address it is part of ("CNSNews" of "according to
    CNSNews.com", "org" of "FRC.org recently reported"): the whole address names the speaker."""
    text = doc.text
    start, end = m.start, m.end
    after = _ADDRESS_AFTER.match(text, end)
    if after is not None:
        end = after.end()
    if start > 1 and text[start - 1] == "." and text[start].islower():
        before = _ADDRESS_BEFORE.search(text, max(0, start - 40), start)
        if before is not None:
            start = before.start()
    if (start, end) == (m.start, m.end):
        return m
    name = text[start:end]
    return Mention(start, end, name, name, start, end)


def _evidence(doc: Doc, start: int, end: int) -> str:
    """``raw[start:end]`` as the file writes it, without the text the cleaning rules removed inside the span (a
    hover card inside a quoted sentence). Removed text is blanked in the analysed text, so a removal is a run of
    spaces there that is not all white space in ``raw``; it is dropped with the spaces around it, and one space
    stays unless closing punctuation follows ("Putin to next year's", "Hicks, one of", "Trump's")."""
    raw = doc.raw[start:end]
    if "  " not in doc.text[start:end]:
        return raw  # (no removal inside: most spans, a test in C)
    out, at = [], 0
    for m in _BLANK_RUN.finditer(doc.text, start, end):
        a, b = m.start() - start, m.end() - start
        if raw[a:b].isspace():
            continue
        out.append(raw[at:a])
        at = b
        if 0 < a and b < len(raw) and raw[b] not in _CLOSING:
            out.append(" ")
    return "".join(out) + raw[at:]


_BLANK_RUN = re.compile(" {2,}")
_CLOSING = frozenset(",.;:!?)]'\"\u2019\u201d")


def _word_counts(text: str, spans: list[tuple[int, int]]) -> list[int]:
    """The number of :data:`analysis.text.TOKEN_RE` tokens in each span of ``text``, counted for all spans in
    one pass of the compiled scanner (:func:`analysis.scanner.scan`)."""
    if not spans:
        return []
    return np.bincount(scanner.scan(text, spans)[2], minlength=len(spans)).tolist()


# --- the corpus table ---------------------------------------------------------------------------------------

def quotes_table(corpus, lexicon: dict | None = None, verbs: str | Path | None = None,
                 indirect: bool = True) -> pd.DataFrame:
    """Every quote of every document: :data:`COLUMNS` then :data:`EXTRA_COLUMNS`, sorted by ``doc_id, start``.

    ``lexicon``: a story lexicon (its ``actors`` section fills ``actor`` / ``side`` via
    :mod:`analysis.actors`); ``None`` or ``{}`` leaves them empty. ``verbs``: a reporting-verb YAML file
    (default ``analysis/data/reporting_verbs.yaml``). See the module docstring for the rules.
    """
    verb_map = _verbs(str(verbs) if verbs else None)
    lookup = actor_lookup(lexicon)
    spans_of: dict = {}
    paras = corpus.paragraphs
    for d, s, e in zip(paras["doc_id"].tolist(), paras["start"].tolist(), paras["end"].tolist()):
        spans_of.setdefault(d, []).append((s, e))
    rows = []
    for doc_id, raw, text in zip(corpus.documents["doc_id"], corpus.documents["raw"], corpus.documents["text"]):
        rows += document_quote_rows(doc_id, text, raw, spans_of.get(doc_id, []), verb_map, lookup, indirect)
    return quote_frame(rows)


def document_quote_rows(doc_id: str, text: str, raw: str, paras: list[tuple[int, int]],
                        verbs: dict[str, str] | None = None, lookup=None, indirect: bool = True) -> list[dict]:
    """The :func:`quotes_table` rows of one document (a pure function, also used by the streaming pipeline):
    :func:`document_quotes` plus ``doc_id`` and the actor / side that ``lookup`` (:func:`actor_lookup`) finds
    for the speaker."""
    rows = document_quotes(text, raw, paras, verbs if verbs is not None else _verbs(None), indirect=indirect)
    for r in rows:
        actor = side = ""
        if lookup and r["speaker"]:
            hit = lookup(r["speaker"]) or lookup(r["mention"])
            if hit:
                actor, side = hit
        r["doc_id"], r["actor"], r["side"] = doc_id, actor, side
    return rows


_OFFSET_COLUMNS = ("speaker_start", "speaker_end", "cue_start", "cue_end")
"""Offsets that a row may lack (no speaker, no cue): nullable integers in the table, empty in the CSV."""
_KIND_ORDER = {k: i for i, k in enumerate(KINDS)}
"""Rows at the same span are ordered by kind as :data:`KINDS` lists them."""


def _sorted_rows(rows: list[dict]) -> list[dict]:
    """Quote rows in table order: doc_id, start, end, kind (as :data:`KINDS` lists them); stable."""
    return sorted(rows, key=lambda r: (r["doc_id"], r["start"], r["end"], _KIND_ORDER[r["kind"]]))


def quote_frame(rows: list[dict]) -> pd.DataFrame:
    """Quote rows as the typed, sorted table of :func:`quotes_table` (in :func:`_sorted_rows` order)."""
    table = pd.DataFrame(_sorted_rows(rows), columns=COLUMNS + EXTRA_COLUMNS)
    for c in _OFFSET_COLUMNS:
        table[c] = table[c].astype("Int64")
    for c in ("start", "end", "quote_id", "words"):
        table[c] = table[c].astype("int64")
    return table


def quote_tuples(rows: list[dict]) -> list[tuple]:
    """The table :func:`quote_frame` makes of ``rows``, as plain tuples (in its row order, cells of
    :data:`COLUMNS` then :data:`EXTRA_COLUMNS`, a missing offset as ``""``, which is how the CSV writes it):
    the streaming pipeline formats them without a DataFrame."""
    columns = COLUMNS + EXTRA_COLUMNS
    cells, gaps = itemgetter(*columns), [columns.index(c) for c in _OFFSET_COLUMNS]
    out = []
    for r in _sorted_rows(rows):
        row = list(cells(r))
        for k in gaps:
            if row[k] is pd.NA:
                row[k] = ""
        out.append(tuple(row))
    return out
