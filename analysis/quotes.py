"""Quotations and who said them: direct, partial, scare and title quotes, indirect attributions, speakers.

:func:`quotes_table` returns one row per quoted span with ``doc_id, start, end, text, kind, speaker,
speaker_start, speaker_end, actor, side, cue, cue_class`` first (then helper columns), where ``start/end``
index the quoted words *without* their quotation marks in the raw file text, and ``speaker_start/end`` the
mention the attribution rests on (``he`` in ``"...," he said``; ``speaker`` then names the resolved person).

How it works (rules on the project's own tokens; no parser, no NER model, nothing downloaded):

1. **Quotation marks.** The analysed text has straight quotes only (see :mod:`analysis.cleaning`); the raw
   text still tells an opening curly mark from a closing one, and for straight marks the neighbouring
   characters do (space before = opening, space or punctuation after = closing). Marks are paired inside a
   paragraph; a quote still open at the end of a paragraph stops there and, when the next paragraph opens
   with a mark, continues in it (the news convention for multi-paragraph quotes). Single quotes count only
   when the raw text has a curly opening mark (a straight ``'`` is mostly an apostrophe).
2. **Kind.** ``direct``: a quoted sentence (the quote ends in punctuation inside its marks, opens a sentence,
   or follows a colon or a reporting verb) of 3+ words; ``partial``: quoted words inside a sentence that
   carries a reporting verb or that are 4+ words long; ``title``: a short quote in title case
   ("Coalition of the Willing"); ``scare``: other short quotes (1-3 words, no reporting verb), the
   distancing use of quotation marks. ``indirect``: a reported clause without marks (``X said that ...``,
   ``X rejected ...``, ``..., X said.``, ``according to X, ...``).
3. **Attribution.** For each quotation, the text right after it (``"...," he said`` / ``"...," said X`` /
   ``", X told reporters``), the text of the sentence before it (``X said: "..."`` / ``X told Y: "..."`` /
   ``X wrote on Telegram: "..."`` / ``According to X, "..."`` / a reporting verb earlier in the sentence for
   partial quotes) and, failing both, the previous speaker (a quote that continues the last quotation, or a
   quote paragraph after an attributed paragraph). The speaker mention is the grammatical subject of the
   reporting verb found by position: a pronoun, a run of capitalised words (with titles such as "President",
   "Kremlin spokesman"), or a short noun phrase ("a senior official"). A pronoun (he/she) is resolved to the
   most recent person-like name before it outside quotation marks (it/they to the most recent organisation or
   plural noun phrase). These are the cue-source-content rules of quotation extractors such as Pouliquen,
   Steinberger & Best (2007) "Automatic detection of quotations in multilingual news" (RANLP) and the Gender
   Gap Tracker's rules (Asr et al. 2021, PLOS ONE 16(1) e0245533), without their dependency parse.
4. **Cue verb** and its class (neutral, contested, rejecting, warning/demanding, conceding, emphatic, ...)
   from ``analysis/data/reporting_verbs.yaml`` (lemma matching, so every inflection counts).
5. **Actor and side** from the story lexicon via :func:`analysis.actors.match_actor`, matched on the
   resolved speaker (the name a pronoun stands for), else on the mention itself.

Measured against the PolNeAR dev split (84 US election articles, 427 hand-annotated direct quotes) by
``benchmarks/eval_quotes.py``: direct + partial quotes found with recall 0.960 (30% of characters covered) /
0.946 (80%), F1 0.971 / 0.964 when a prediction inside any annotated content counts as correct (0.808 / 0.803
when only content spans that start with a quotation mark do), and the speaker mention right for 0.890 of the
quotes found. Known limits: no gender for names the article never marks (he/she may pick the wrong
person), a pronoun may resolve to a capitalised non-person ("the Budapest Memorandum"), and a partial quote
followed by a reporting verb in a subordinate clause can take that clause's subject.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter
from pathlib import Path
from typing import Sequence

import numpy as np
import pandas as pd
import yaml
from numba import njit

from analysis import scanner, text as textlib
from analysis.lexicon import package_data

COLUMNS = ["doc_id", "start", "end", "text", "kind", "speaker", "speaker_start", "speaker_end", "actor", "side",
           "cue", "cue_class"]
"""The columns every quotes table starts with (issue 5)."""
EXTRA_COLUMNS = ["quote_id", "mention", "cue_start", "cue_end", "rule", "words"]
"""Helper columns after :data:`COLUMNS`: ``quote_id`` groups the pieces of one quotation (split by an
attribution or reopened at a new paragraph), ``mention`` is ``raw[speaker_start:speaker_end]``, ``cue_start/
cue_end`` locate the cue, ``rule`` names the attribution rule that fired, ``words`` counts the quoted words."""
KINDS = ("direct", "partial", "scare", "title", "indirect")
QUOTATION_KINDS = ("direct", "partial")
"""Kinds that are quotations of someone's words (scare quotes and titles are not)."""

DEFAULT_VERBS = "reporting_verbs.yaml"

# --- word lists used by the rules (small closed classes, not story vocabulary) ------------------------------

PRONOUNS = {"he": "m", "she": "f", "they": "p", "it": "n", "i": "s", "we": "s", "you": "s"}
_PERSON_TITLES = {
    "president", "prime", "minister", "secretary", "chancellor", "senator", "sen", "rep", "representative",
    "governor", "gov", "mayor", "mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady", "general", "gen",
    "colonel", "col", "admiral", "adm", "lt", "sgt", "ambassador", "envoy", "spokesman", "spokeswoman",
    "spokesperson", "adviser", "advisor", "aide", "chief", "director", "commander", "leader", "judge",
    "justice", "pope", "king", "queen", "prince", "princess", "foreign", "defence", "defense", "deputy",
    "vice", "former", "special", "senior", "candidate", "nominee", "speaker", "professor", "prof", "rev",
    "head", "official", "officer", "chairman", "chairwoman", "chair", "founder", "ceo", "analyst", "anchor",
    "host", "correspondent", "reporter", "editor", "columnist", "author", "pastor", "bishop", "economist",
    "strategist", "pollster", "consultant", "lawyer", "attorney", "manager", "negotiator", "diplomat",
}
"""Role words that may precede a name ("Kremlin spokesman Dmitry Peskov") and belong to the mention."""
_ORG_WORDS = {
    "party", "post", "times", "house", "department", "ministry", "kremlin", "council", "committee", "news",
    "union", "commission", "agency", "office", "service", "campaign", "inc", "association", "institute",
    "university", "senate", "congress", "pentagon", "fund", "bank", "group", "network", "street", "journal",
    "press", "reuters", "government", "administration", "court", "parliament", "assembly", "foundation",
    "center", "centre", "organization", "organisation", "corp", "company", "forces", "army", "police",
    "bureau", "board", "club", "magazine", "tribune", "herald", "globe", "guardian", "telegraph", "daily",
    "poll", "survey", "statement", "report", "study", "elysee", "élysée", "nato", "un", "eu", "cnn", "bbc",
    "fox", "msnbc", "nbc", "abc", "cbs", "ap", "afp", "politico", "breitbart", "tass", "interfax", "ria",
}
"""Words that make a capitalised run an organisation rather than a person (for it/they)."""
_NOT_NAMES = {
    "the", "a", "an", "but", "and", "or", "in", "on", "at", "for", "of", "to", "by", "with", "from", "as",
    "if", "when", "while", "after", "before", "since", "this", "that", "these", "those", "there", "here",
    "his", "her", "their", "its", "our", "my", "your", "what", "who", "why", "how", "where", "which", "so",
    "yet", "still", "also", "then", "now", "today", "yesterday", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december", "asked", "meanwhile", "however",
    "speaking", "according", "despite", "although", "though", "because", "during", "under", "over", "all",
    "some", "many", "most", "one", "two", "three", "no", "not", "we", "i", "he", "she", "they", "it", "you",
    "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "read", "more", "instead", "even", "just",
}
_DETERMINERS = {"the", "a", "an", "another", "one", "two", "three", "several", "some", "many", "other",
                "his", "her", "their", "its", "our", "this", "that", "these", "those", "both", "senior", "top"}
_SKIP_BEFORE_CUE = {
    "also", "later", "then", "has", "had", "have", "is", "was", "were", "are", "would", "will", "had", "did",
    "does", "do", "reportedly", "previously", "repeatedly", "often", "once", "recently", "again", "further",
    "just", "simply", "publicly", "privately", "flatly", "quickly", "earlier", "subsequently", "separately",
    "has", "been", "not", "never", "already", "always", "similarly", "likewise", "too", "herself", "himself",
    "themselves", "itself", "yesterday", "today", "tonight", "last", "night", "week", "month", "year",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "morning", "afternoon",
    "evening", "on", "this", "late", "early", "could", "may", "might", "should", "can", "must", "shall",
    "who", "which", "however", "meanwhile", "in", "an", "interview", "statement", "a",
}
"""Words between a subject and its reporting verb ("Zelensky also said", "Peskov on Monday told")."""
_NOUN_CONTEXT = {"the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "these", "those", "of",
                 "many", "some", "several", "two", "three", "such", "other", "any", "no", "all", "both", "this"}
_PASSIVE_AUX = {"was", "were", "been", "is", "are", "be", "being", "widely", "often"}
_TIME_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday",
               "today", "tonight", "morning", "afternoon", "evening", "night", "week", "month", "year", "weekend"}
_NP_BOUNDARY = {
    "that", "which", "who", "whom", "whose", "and", "but", "or", "when", "while", "as", "because", "if",
    "after", "before", "since", "though", "although", "where", "so", "than", "then", "also", "not", "to",
    "in", "on", "at", "by", "with", "from", "into", "during", "about", "against", "over", "under", "it",
    "there", "what", "is", "was", "are", "were", "be", "been", "has", "have", "had", "would", "will",
    "could", "should", "can", "may", "might", "must", "did", "does", "do", "said", "says", "told",
    "according", "we", "i", "he", "she", "they", "you", "him", "them", "me", "us", "this", "these",
}
"""Words a speaker noun phrase does not run across (read backwards from the reporting verb)."""
_NP_FORWARD_STOP = {"in", "on", "at", "during", "who", "which", "that", "and", "while", "as", "after",
                    "before", "when", "to", "from", "with", "about", "of", "last", "this", "earlier", "told",
                    "said", "says", "adding", "saying", "but", "because", "for", "referring", "speaking"}
_CONNECTORS = {"of", "de", "da", "von", "van", "der", "den", "la", "le", "al", "bin", "el", "du", "dos", "del"}

_TITLES = ("Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "St", "Prof", "Jr", "Sr", "Rev", "Sgt",
           "Adm", "Capt", "Maj", "No")
TOKEN_RE = re.compile(
    r"(?:[A-Za-z]\.){2,}"                                # U.S., N.C.
    r"|(?:" + "|".join(_TITLES) + r")\.(?=\s)"
    r"|[A-Z]\.(?=\s[A-Z])"                              # initials: Leonard E. Burman
    r"|[\w\x80-\x9f]+(?:[-'’][\w\x80-\x9f]+)*"
    r"|[^\w\s]",
)


_NOT_NAME_WORDS = frozenset(_NOT_NAMES | {"according"})


class _TokInfo(dict):
    """``{token text: (low, cap, name)}``, filled on first look-up of each text: ``low`` is the lower case
    without a final dot, ``cap`` says it starts upper case, ``name`` that it is a capitalised word that may be
    part of a name (not one of ``_NOT_NAMES`` or "according"). A word's attributes are computed once, not once
    per occurrence; the flags (:meth:`_CueWords.flags_of`) hold ``cap`` and ``name``."""

    def __missing__(self, text: str) -> tuple[str, bool, bool]:
        if len(self) > 500_000:
            self.clear()
        low = text.lower().rstrip(".")
        c0 = text[:1]
        cap = c0.isupper()
        info = self[text] = (low, cap, cap and c0.isalpha() and low not in _NOT_NAME_WORDS)
        return info


_TOK_INFO = _TokInfo()


_SENTENCE_END = frozenset((".", "!", "?"))
_AFTER_STOP = frozenset((".", "!", "?", ";", "\""))  # where the text after a quote stops being its attribution

# flags of a token text (:meth:`_CueWords.flags_of`), kept for every token of a document (:class:`_Doc`)
_NAME = 1        # a capitalised word that may be part of a name (_TokInfo)
_RUN = 2         # a run of name words may start here: a name word or Mr/Mrs/Ms/Dr
_CUE = 4         # a cue may start here (_CueWords)
_END = 8         # ends a sentence: in _SENTENCE_END
_STOP = 16       # in _AFTER_STOP
_CONNECTOR = 32  # lower case in _CONNECTORS
_ORG = 64        # lower case in _ORG_WORDS
_MALE_WORD = 128
_FEMALE_WORD = 256
_HE_SHE = 512    # he, his, she
_TITLE = 1024    # lower case in _PERSON_TITLES
_UPPER = 2048    # str.isupper: cased characters, all upper case
_CAP = 4096      # starts with an upper-case character
_ALNUM = 8192    # starts with a letter or digit
_ALPHA = 16384   # starts with a letter


class Words:
    """Tokens as the rules read them: parallel sequences with one entry per token, ``txt`` (the text), ``low``
    (lower case without a final dot, :class:`_TokInfo`), ``fl`` (the flags above) and ``st`` / ``en`` (offsets
    in the document text). A document's tokens (:class:`_Doc`: made from the words kept by number, no Python
    code per token) or a cut text's (:func:`_words`). The rules take a stretch ``lo`` to ``hi - 1`` of them
    and absolute indexes."""

    __slots__ = ("txt", "low", "fl", "st", "en")

    def __init__(self, txt: Sequence[str], low: Sequence[str], fl: list[int], st: list[int], en: list[int]):
        self.txt, self.low, self.fl, self.st, self.en = txt, low, fl, st, en

    def __len__(self) -> int:
        return len(self.txt)


def _picker(indexes: list[int]):
    """A function ``seq -> tuple(seq[i] for i in indexes)``: :func:`operator.itemgetter` of the indexes, which
    picks them in C (list(map(seq.__getitem__, indexes)) calls a method per index: 3.6x slower on AllSides
    token texts by word number)."""
    if len(indexes) > 1:
        return itemgetter(*indexes)
    return lambda seq: tuple(seq[i] for i in indexes)  # itemgetter of one index gives the item, of none fails


def _lemma(text: str) -> str:
    """:func:`analysis.text.lemma` of a token (curly apostrophes straightened; that function caches)."""
    return textlib.lemma(text.replace("’", "'"))


# --- reporting verbs ----------------------------------------------------------------------------------------

def load_reporting_verbs(path: str | Path | None = None) -> dict[str, str]:
    """``{lemma or multiword lemma phrase: class}`` from the YAML list (default: the package's list).

    A verb listed under two classes raises ``ValueError`` naming the verb and both classes.
    """
    path = Path(path) if path else package_data(DEFAULT_VERBS)
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    out: dict[str, str] = {}
    for cls, verbs in data.items():
        for verb in verbs or []:
            verb = " ".join(str(verb).lower().split())
            if verb in out and out[verb] != cls:
                raise ValueError(f"{path}: verb {verb!r} is listed under both {out[verb]!r} and {cls!r}; keep one")
            out[verb] = str(cls)
    return out


@lru_cache(maxsize=4)
def _verbs(path: str | None = None) -> dict[str, str]:
    return load_reporting_verbs(path)


class _CueWords(dict):
    """``{token text: may a cue start here}`` for one verbs dict, filled on first look-up of each word.

    False when no cue (of one or more words) can start with the token, whatever its context: it does not
    start with a letter, or it is not "according" and neither its lower-case form nor its lemma is a cue or
    the first word of a multiword cue. :func:`_cue_at` returns ``None`` at every such token; its answer is the
    ``_CUE`` flag of the token, so the rules visit only the tokens where a cue may start, and the lemmatiser
    runs once per distinct word. The table also numbers the words (:meth:`number`) and keeps what the rules
    read of each by that number: its flags, text and lower case."""

    def __init__(self, verbs: dict[str, str]):
        super().__init__()
        self.verbs = verbs
        self.size = len(verbs)
        self.heads = frozenset(k.split(" ", 1)[0] for k in verbs) | frozenset(verbs)
        self.by_lower: dict[str, bool] = {}
        self.table = scanner.IdTable(limit=2_000_000)
        self.word_flags = np.zeros(1 << 12, dtype=np.int64)  # by the table's word number
        self.texts: list[str] = []  # the text of each word, by the table's word number
        self.lows: list[str] = []  # its Words.low

    def number(self, text: str, starts: np.ndarray, ends: np.ndarray, ids: np.ndarray) -> np.ndarray:
        """The word numbers of the tokens of a document (spans and ids of
        :func:`analysis.scanner.quote_token_arrays`); what is kept by number (``word_flags``, ``texts``,
        ``lows``) is worked out once per distinct token text."""
        numbers, first = self.table.number(ids)
        if len(first):
            texts = [text[a:b] for a, b in zip(starts[first].tolist(), ends[first].tolist())]
            size = self.table.size  # the new words are numbered size - len(new) and on (from 0 after emptying)
            if size > len(self.word_flags):  # room for twice as many
                grown = np.zeros(2 * size, dtype=np.int64)
                grown[:len(self.word_flags)] = self.word_flags
                self.word_flags = grown
            self.word_flags[size - len(texts):size] = [self.flags_of(t) for t in texts]
            del self.texts[size - len(texts):], self.lows[size - len(texts):]
            self.texts += texts
            self.lows += [_TOK_INFO[t][0] for t in texts]
        return numbers

    def flags_of(self, text: str) -> int:
        """The flags of a token text (``_NAME``, ``_CUE``, ... above: each bit one test on the text)."""
        low, cap, name = _TOK_INFO[text]
        c0 = text[:1]
        return (name * _NAME | (name or low in ("mr", "mrs", "ms", "dr")) * _RUN | self[text] * _CUE
                | (text in _SENTENCE_END) * _END | (text in _AFTER_STOP) * _STOP | (low in _CONNECTORS) * _CONNECTOR
                | (low in _ORG_WORDS) * _ORG | (low in _MALE) * _MALE_WORD | (low in _FEMALE) * _FEMALE_WORD
                | (low in ("he", "his", "she")) * _HE_SHE | (low in _PERSON_TITLES) * _TITLE | text.isupper() * _UPPER
                | cap * _CAP | c0.isalnum() * _ALNUM | c0.isalpha() * _ALPHA)

    def __missing__(self, text: str) -> bool:
        # the answer depends on the lower-case text only (analysis.text.lemma lower-cases first), so
        # "Said" reuses "said"
        if len(self) > 500_000:
            self.clear()
            self.by_lower.clear()
        if not text[:1].isalpha():
            self[text] = False
            return False
        lower = text.lower()
        verbish = self.by_lower.get(lower)
        if verbish is None:
            low = lower.rstrip(".")
            verbish = self.by_lower[lower] = low == "according" or low in self.verbs or \
                textlib.lemma(lower.replace("\u2019", "'")) in self.heads
        self[text] = verbish
        return verbish


_CUE_WORDS: list = [None]


def _cue_words(verbs: dict[str, str]) -> _CueWords:
    """The :class:`_CueWords` of ``verbs`` (kept for the verbs dict last used)."""
    cw = _CUE_WORDS[0]
    if cw is None or cw.verbs is not verbs or cw.size != len(verbs):
        cw = _CUE_WORDS[0] = _CueWords(verbs)
    return cw


def _cue_at(w: Words, i: int, lo: int, hi: int, verbs: dict[str, str]) -> tuple[int, str, str] | None:
    """``(n_tokens, cue lemma, class)`` if a reporting verb starts at token ``i`` of the stretch ``lo`` to
    ``hi - 1`` (longest phrase first)."""
    if not w.fl[i] & _CUE:
        return None  # not a letter, or no cue starts with this word (_CueWords)
    low = w.low
    if i > lo and low[i - 1] in _NOUN_CONTEXT:
        return None  # "the states", "his claims": a noun, not a reporting verb
    if low[i] == "according" and i + 1 < hi and low[i + 1] == "to":
        return 2, "according to", "neutral"
    lem = _lemma(w.txt[i])
    if i + 1 < hi:
        two = f"{lem} {low[i + 1]}"
        if two in verbs:
            return 2, two, verbs[two]
    if lem in verbs:
        return 1, lem, verbs[lem]
    if low[i] in verbs:
        return 1, low[i], verbs[low[i]]
    return None


def _is_verb_form(w: str) -> bool:
    """A finite-looking verb form (said, says, told, warned, added), not a bare noun-like form (``w``: a
    token's ``low``)."""
    return w.endswith(("ed", "s")) or w in {"said", "told", "wrote", "spoke", "put", "read", "sang", "say",
                                             "tell", "write", "add", "warn", "insist", "claim", "note"}


def _is_bare_form(w: str) -> bool:
    return not w.endswith(("ed", "s", "ing")) and w not in {"said", "told", "wrote", "spoke"}


# --- quotation marks ----------------------------------------------------------------------------------------

_OPENERS = {"\u201c", "\u201e", "\u00ab", "\u2018", "\u201a"}
_CLOSERS = {"\u201d", "\u00bb", "\u2019"}


@dataclass
class Piece:
    """One quoted stretch inside one paragraph: ``start/end`` exclude the marks."""

    open_at: int          # index of the opening mark (or -1: continues from the previous paragraph)
    close_at: int         # index of the closing mark (or -1: runs to the paragraph end)
    start: int
    end: int
    para: int
    quote_id: int = -1
    close_end: int = -1   # index after the closing mark
    kind: str = ""


def _mark_roles(text: str, raw: str | None, marks: list[tuple[int, int]]) -> list[str]:
    """'o' (opening), 'c' (closing) or '?' for each quote mark ``(position, width)``."""
    roles = []
    for p, w in marks:
        r = raw[p] if raw is not None else text[p]
        if w == 1 and r in _OPENERS and r != "\u2019":
            roles.append("o")
            continue
        if w == 1 and r in _CLOSERS and r != "\u2018":
            roles.append("c")
            continue
        prev = text[p - 1] if p > 0 else " "
        nxt = text[p + w] if p + w < len(text) else " "
        before_open = prev.isspace() or prev in "([{—-/:;"
        after_close = nxt.isspace() or nxt in ".,;:!?)]}—-'\"" or p + w == len(text)
        if before_open and not nxt.isspace():
            roles.append("o")
        elif after_close and not prev.isspace():
            roles.append("c")
        else:
            roles.append("?")
    return roles


_MARK_RE = re.compile(r"''(?!')|\"")
"""Double quotation marks in the analysed text: ``"`` (straight or curly in the raw text) and the ``''``
that some archives (the NYT's) use instead."""


def find_pieces(text: str, raw: str | None = None, paras: list[tuple[int, int]] | None = None) -> list[Piece]:
    """Quoted stretches of one document (double quotes; single quotes only where the raw text has ``‘``).

    ``text`` is the analysed text (straight quotes), ``raw`` the file text of the same length (or ``None``),
    ``paras`` the paragraph spans (default :func:`analysis.text.paragraphs`). Pieces of one quotation share a
    ``quote_id`` when a quote open at a paragraph end is reopened by a mark at the start of the next one.
    """
    if paras is None:
        paras = [(p.start, p.end) for p in textlib.paragraphs(text)]
    raw = raw if raw is not None and len(raw) == len(text) else None
    pieces: list[Piece] = []
    qid = 0
    carry = False  # a quote was left open at the end of the previous paragraph
    curly_doc = raw is not None and raw.count("\u201c") >= 2
    for pi, (ps, pe) in enumerate(paras):
        if text.find('"', ps, pe) < 0 and text.find("''", ps, pe) < 0:
            carry = False  # no mark in the paragraph (most paragraphs): no piece, nothing left open
            continue
        marks = [(m.start(), m.end() - m.start()) for m in _MARK_RE.finditer(text, ps, pe)]
        if curly_doc and marks and marks[0][0] == ps and raw[ps] == '"' and \
                sum(raw[m] == '"' for m, _ in marks) == 1:
            # a straight mark opening a paragraph of a curly-quoted article, never closed: the marker of a
            # block quote pasted from elsewhere (a transcript, another outlet's text), not a quotation mark
            marks = marks[1:]
        roles = _mark_roles(text, raw, marks)
        open_at: tuple[int, int] | None = None
        para_pieces: list[Piece] = []
        reopened = False
        for k, ((p, w), role) in enumerate(zip(marks, roles)):
            if open_at is None:
                if role == "c" and not para_pieces and k == 0 and carry:
                    # closing mark with no opener: the previous paragraph's quote ends here
                    para_pieces.append(Piece(-1, p, ps, p, pi, close_end=p + w))
                    reopened = True
                    continue
                if role == "c":
                    continue  # stray closing mark: ignore
                open_at = (p, w)
                if k == 0 and carry and not text[ps:p].strip():
                    reopened = True
            else:
                o, ow = open_at
                if role == "o" and (raw is not None and raw[p] in _OPENERS):
                    # a new explicit opener while open: the earlier quote lost its closing mark
                    para_pieces.append(Piece(o, -1, o + ow, p, pi))
                    open_at = (p, w)
                    continue
                para_pieces.append(Piece(o, p, o + ow, p, pi, close_end=p + w))
                open_at = None
        carry = False
        if open_at is not None:
            para_pieces.append(Piece(open_at[0], -1, open_at[0] + open_at[1], pe, pi))
            carry = True
        for j, piece in enumerate(para_pieces):
            if j == 0 and reopened and pieces and pieces[-1].close_at == -1:
                piece.quote_id = pieces[-1].quote_id
            else:
                piece.quote_id = qid
                qid += 1
            pieces.append(piece)
    pieces += _single_quote_pieces(text, raw, paras, pieces, qid)
    out = []
    for p in pieces:  # trim spaces
        s, e = p.start, p.end
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            p.start, p.end = s, e
            out.append(p)
    out.sort(key=lambda p: p.start)
    return out


def _single_quote_pieces(text, raw, paras, doubles, qid) -> list[Piece]:
    if raw is None or "\u2018" not in raw:
        return []
    inside = [(p.start, p.end) for p in doubles]
    out = []
    for pi, (ps, pe) in enumerate(paras):
        o = ps - 1
        while (o := raw.find("\u2018", o + 1, pe)) >= 0:
            if any(s <= o < e for s, e in inside):
                continue
            prev = text[o - 1] if o > 0 else " "
            if not (prev.isspace() or prev in "([{—-:"):
                continue
            # the first closing mark not followed by a letter or digit, at most 400 characters on
            stop = min(pe, o + 401)
            close = raw.find("\u2019", o + 1, stop)
            while close >= 0 and close + 1 < len(raw) and raw[close + 1].isalnum():
                close = raw.find("\u2019", close + 1, stop)
            if close < 0:
                continue
            out.append(Piece(o, close, o + 1, close, pi, quote_id=qid, close_end=close + 1))
            qid += 1
    return out


# --- tokens and speaker mentions ------------------------------------------------------------------------------

def _words(text: str, start: int, end: int, cueish: "_CueWords") -> Words:
    """The :data:`TOKEN_RE` tokens of ``text[start:end]`` (the spans of ``TOKEN_RE.finditer(text, start, end)``,
    found by :func:`analysis.scanner.quote_token_spans`), flagged by ``cueish``."""
    st, en = scanner.quote_token_spans(text, start, end, _TITLES)
    txt = list(map(text.__getitem__, map(slice, st, en)))
    return Words(txt, [_TOK_INFO[t][0] for t in txt], list(map(cueish.flags_of, txt)), st, en)


def _words_in(doc: "_Doc", start: int, end: int) -> Words:
    """``_words(doc.text, start, end, ...)`` taken from the document's tokens where they are the same.

    Exactly the same tokens: matching stops at ``end`` when the text is cut there, so a token that ends close
    to ``end`` (where the lookaheads of :data:`TOKEN_RE` and greedy runs may see past it) is re-matched on
    the cut text; a document token across ``start`` (not a token boundary) falls back to a full re-match.
    """
    w, text = doc.words, doc.text
    starts, ends = w.st, w.en
    a = bisect_left(starts, start)
    if a > 0 and ends[a - 1] > start:
        return _words(text, start, end, doc.cueish)
    b = bisect_left(starts, end - 2, a)  # tokens from b on may read text at or past ``end``
    while b > a and ends[b - 1] > end - 3:
        b -= 1
    rest = _words(text, ends[b - 1] if b > a else start, end, doc.cueish)
    return Words([*w.txt[a:b], *rest.txt], [*w.low[a:b], *rest.low], w.fl[a:b] + rest.fl, starts[a:b] + rest.st,
                 ends[a:b] + rest.en)


def _cap_run_back(w: Words, j: int, lo: int) -> int:
    """Index of the first token of the capitalised run ending at ``j`` (titles, connectors included; not
    before ``lo``)."""
    low, fl = w.low, w.fl
    k = j
    while k - 1 >= lo:
        p = k - 1
        if fl[p] & _NAME or (low[p] in _CONNECTORS and k - 2 >= lo and (fl[k - 2] & _NAME
                                                                         or low[k - 2] in _CONNECTORS)) \
                or low[p] in _PERSON_TITLES or w.txt[p] in ("'s", "’s"):
            k -= 1
            continue
        break
    while k <= j and low[k] in _CONNECTORS:
        k += 1
    if k - 1 >= lo and low[k - 1] in ("the",):
        k -= 1
    return k


def _np_back(w: Words, j: int, limit: int, lo: int) -> int | None:
    """Start index of a noun phrase ending at token ``j`` (read backwards, a common-noun phrase not before
    ``limit``, a capitalised run not before ``lo``), or ``None``."""
    low, fl, txt = w.low, w.fl, w.txt
    if low[j] in PRONOUNS:
        return j
    if fl[j] & _NAME or fl[j] & _UPPER and len(txt[j]) > 1:
        return _cap_run_back(w, j, lo)
    if not fl[j] & _ALPHA or low[j] in _NP_BOUNDARY or low[j] in _DETERMINERS or low[j].endswith("ed"):
        return None
    k = j
    while k - 1 >= limit and j - k < 6:
        p = k - 1
        if low[p] in _DETERMINERS:
            return p
        if txt[p] in ("'s", "’s", "-") or (fl[p] & _ALNUM and low[p] not in _NP_BOUNDARY):
            k -= 1
            continue
        break
    return k


@dataclass
class Mention:
    start: int
    end: int
    text: str
    name: str          # the name the mention stands for (the mention itself unless resolved)
    name_start: int = -1
    name_end: int = -1


def _head_name(w: Words, a: int, b: int) -> tuple[int, int] | None:
    """The last run of name tokens inside tokens a..b (inclusive), as token indexes."""
    low, fl = w.low, w.fl
    j = b
    while j >= a and not fl[j] & _NAME:
        j -= 1
    if j < a:
        return None
    k = j
    while k - 1 >= a and (fl[k - 1] & _NAME or low[k - 1] in _CONNECTORS):
        k -= 1
    while k < j and (low[k] in _PERSON_TITLES or low[k] in _CONNECTORS):
        k += 1
    return k, j


def _mention(text: str, w: Words, a: int, b: int) -> Mention:
    s, e = w.st[a], w.en[b]
    head = _head_name(w, a, b) if w.fl[b] & (_NAME | _UPPER) else None
    if head:
        hs, he = w.st[head[0]], w.en[head[1]]
        return Mention(s, e, text[s:e], text[hs:he], hs, he)
    return Mention(s, e, text[s:e], text[s:e], s, e)


def _subject_before(text: str, w: Words, i: int, limit: int, lo: int) -> Mention | None:
    """The speaker noun phrase before the reporting verb at token ``i`` (not before token ``limit``; a
    capitalised run not before ``lo``, the start of the stretch read)."""
    low, fl, txt = w.low, w.fl, w.txt
    j = i - 1
    steps = 0
    while j >= limit and steps < 6:
        t = low[j]
        if t in _SKIP_BEFORE_CUE and t not in PRONOUNS or (t.endswith("ly") and not fl[j] & _CAP and len(t) > 4):
            j -= 1
            steps += 1
            continue
        if t in _TIME_WORDS:
            j -= 1
            steps += 1
            continue
        break
    if j < limit:
        return None
    if txt[j] == ",":
        # apposition or relative clause: "Dmitry Peskov, the Kremlin spokesman, said" / "X, who ..., said"
        k = j - 1
        while k >= limit and txt[k] not in (",", ".", ":", ";", '"') and j - k < 14:
            k -= 1
        if k >= limit + 1 and txt[k] == ",":
            inner_first = k + 1 if k + 1 < j else None
            start = _np_back(w, k - 1, limit, lo) if fl[k - 1] & _ALNUM else None
            if start is not None and inner_first is not None:
                if low[inner_first] in ("who", "whose", "which", "speaking", "according", "in", "on", "at",
                                        "during", "after", "before", "while", "when", "writing"):
                    return _mention(text, w, start, k - 1)
                return _mention(text, w, start, j - 1)
        return None
    start = _np_back(w, j, limit, lo)
    if start is None:
        return None
    return _mention(text, w, start, j)


def _subject_after(text: str, w: Words, i: int, stop: int) -> Mention | None:
    """The speaker noun phrase after an inverted reporting verb (``said X``, ``according to X``), before
    token ``stop``."""
    low, fl, txt = w.low, w.fl, w.txt
    k = i
    if k >= stop:
        return None
    if low[k] in PRONOUNS:
        return _mention(text, w, k, k)
    if not (fl[k] & _ALNUM or txt[k] in ("'",)):
        return None
    if low[k] in _NP_FORWARD_STOP or low[k] in _NP_BOUNDARY - {"this", "these"}:
        return None
    b = k
    while b + 1 < stop and b + 1 - k < 9:
        nt = txt[b + 1]
        if nt in ("'s", "’s", "-", ".") and nt != "." or (fl[b + 1] & _ALNUM and low[b + 1] not in _NP_FORWARD_STOP):
            b += 1
            continue
        if low[b + 1] in _CONNECTORS and b + 2 < stop and fl[b + 2] & _NAME:
            b += 1
            continue
        break
    return _mention(text, w, k, b)


# --- the document-level extractor -----------------------------------------------------------------------------

@dataclass
class Attribution:
    mention: Mention | None
    cue: str = ""
    cue_class: str = ""
    cue_start: int = -1
    cue_end: int = -1
    rule: str = ""


class _Doc:
    def __init__(self, text: str, raw: str | None, paras: list[tuple[int, int]], verbs: dict[str, str]):
        self.text = text
        self.raw = raw if raw is not None and len(raw) == len(text) else text
        self.paras = paras
        self._para_starts = [s for s, _ in paras]
        self._paras_apart = all(e0 < s1 for (_, e0), (s1, _) in zip(paras, paras[1:]))
        self.verbs = verbs
        self.pieces = find_pieces(text, raw, paras)
        self.quoted = [(p.start, p.end) for p in self.pieces]
        # the document's tokens: spans and flags (``_NAME``, ``_CUE``, ...: worked out once per distinct word,
        # looked up by word number) as arrays for compiled code and NumPy, and as the lists of ``words`` for
        # the rules (text and low from the words kept by number: no Python code per token)
        self.cueish = cw = _cue_words(verbs)
        cp = scanner.code_points(text)
        starts, ends, ids = scanner.quote_token_arrays(cp, _TITLES)
        self.starts, self.ends = starts, ends
        numbers = cw.number(text, starts, ends, ids)
        self.flags = cw.word_flags[numbers]
        pick = _picker(numbers.tolist())
        self.words = Words(pick(cw.texts), pick(cw.lows), self.flags.tolist(), starts.tolist(), ends.tolist())
        # (a, b) when the tokens of paragraph k on its own are the document's tokens a to b - 1 (nearly always)
        self.para_tokens = scanner.same_token_ranges(cp, starts, ends, paras, _TITLES)
        mask = bytearray(len(text) + 1)
        for s, e in self.quoted:
            if e > s:
                mask[s:e] = b"\x01" * (e - s)
        self._quoted_mask = mask
        self.tok_quoted = np.frombuffer(mask, dtype=np.uint8)[starts]  # 1: the token starts inside a quote
        self.cue_idx = self.where(_CUE)  # the tokens where a cue may start
        self.end_idx = self.where(_END)  # the tokens that end a sentence
        self.stop_idx = self.where(_STOP)  # the tokens where the text after a quote stops being its attribution

    # token helpers
    def cues_in(self, a: int, b: int) -> list[int]:
        """The tokens from ``a`` to ``b - 1`` where a cue may start (``_CUE``)."""
        return self.cue_idx[bisect_left(self.cue_idx, a):bisect_left(self.cue_idx, b)]

    def where(self, flag: int) -> list[int]:
        """Indexes of the tokens with ``flag`` set."""
        return np.flatnonzero(self.flags & flag).tolist()

    def tok_index(self, pos: int) -> int:
        """Index of the first token starting at or after ``pos``."""
        return bisect_left(self.words.st, pos)

    def in_quote(self, pos: int) -> bool:
        """True when ``pos`` lies inside a quoted stretch (a lookup in a per-character mask)."""
        return 0 <= pos < len(self._quoted_mask) and self._quoted_mask[pos] == 1

    def para_of(self, pos: int) -> tuple[int, int]:
        """The first paragraph ``(s, e)`` with ``s <= pos <= e``, else the whole text."""
        if self._paras_apart:  # in order, each ending before the next starts: only the last one that starts
            k = bisect_right(self._para_starts, pos) - 1  # at or before pos can hold it
            return self.paras[k] if k >= 0 and pos <= self.paras[k][1] else (0, len(self.text))
        for s, e in self.paras:
            if s <= pos <= e:
                return s, e
        return 0, len(self.text)

    # attribution windows (each reads the document's tokens a to b - 1)
    def after(self, piece: Piece, nxt: Piece | None) -> Attribution | None:
        """``"...," he said`` / ``"...," said X`` / ``", X told Y`` right after the closing mark."""
        if piece.close_at < 0:
            return None
        ps, pe = self.para_of(piece.close_at)
        limit = min(pe, nxt.open_at if nxt is not None and nxt.open_at > piece.close_at else pe)
        a = self.tok_index(piece.close_end)
        b = self.tok_index(limit)
        k = bisect_left(self.stop_idx, a)  # cut at the sentence end
        if k < len(self.stop_idx) and self.stop_idx[k] < b:
            b = self.stop_idx[k]
        if a >= b:
            return None
        w, text = self.words, self.text
        txt, low, fl, st, en = w.txt, w.low, w.fl, w.st, w.en
        content = text[piece.start:piece.end].rstrip()
        ends_sentence = content.endswith((".", "!", "?")) and not content.endswith("...")
        first = a + 1 if txt[a] in (",", "—", "-", ":") else a
        if ends_sentence and first == a and fl[a] & _CAP and low[a] not in PRONOUNS and b - a > 6:
            return None  # a new sentence: only "Zelensky said." (a short sentence that is the attribution) counts
        reach = min(b, first + (45 if first > a or content.endswith((",", ".", "!", "?", "—")) else 3))
        reach = next((n for n in range(first + 9, reach) if txt[n] in (":", "(")), reach)  # stop there
        for n in self.cues_in(first, reach):  # _cue_at is None at every other token
            cue = _cue_at(w, n, a, b, self.verbs)
            if cue is None:
                continue
            cue_span = (st[n], en[n + cue[0] - 1])
            if cue[1] == "according to":
                if n > first + 1:
                    break
                m = _subject_after(text, w, n + 2, b)
                if m:
                    return Attribution(m, cue[1], cue[2], *cue_span, "after:according")
                continue
            if n == first:
                m = _subject_after(text, w, n + cue[0], b)
                if m:
                    return Attribution(m, cue[1], cue[2], *cue_span, "after:said-X")
                continue
            if not _is_verb_form(low[n]) or low[n].endswith("ing"):
                continue
            if n - first > 8:
                # a long subject with appositions: '"...," Scott Pruitt, the attorney general of Oklahoma,
                # one of the states suing, said': the speaker is the noun phrase the clause opens with
                m = _subject_after(text, w, first, n)
                if m:
                    return Attribution(m, cue[1], cue[2], *cue_span, "after:X-long-said")
                return None
            m = _subject_before(text, w, n, first, a)
            if m is None or m.start > st[first] and fl[first] & _ALPHA and \
                    (fl[first] & _NAME or low[first] in PRONOUNS or low[first] in _DETERMINERS):
                m2 = _subject_after(text, w, first, n)
                m = m2 or m
            if m:
                return Attribution(m, cue[1], cue[2], *cue_span, "after:X-said")
            return None
        if txt[a] in ("—", "-") and b - a > 1 and fl[a + 1] & _NAME:
            # '"..." — Pamela Padilla' (a byline-style attribution)
            m = _subject_after(text, w, a + 1, b)
            if m:
                return Attribution(m, "", "", -1, -1, "after:dash")
        return None

    def before(self, piece: Piece, prev: Piece | None) -> Attribution | None:
        """``X said: "..."`` / ``X told Y: "..."`` / ``According to X, "..."`` / ``X warned that ... "..."``."""
        if piece.open_at < 0:
            return None
        ps, pe = self.para_of(piece.open_at)
        lo = ps
        if prev is not None and prev.close_at >= ps and prev.close_at < piece.open_at:
            lo = prev.close_end
        a = self.tok_index(lo)
        b = self.tok_index(piece.open_at)
        k = bisect_right(self.end_idx, b - 2) - 1  # from the last sentence end (not the last token)
        if k >= 0 and self.end_idx[k] >= a:
            a = self.end_idx[k] + 1
        if a >= b:
            return None
        w, text = self.words, self.text
        txt, low, st, en = w.txt, w.low, w.st, w.en
        best = None
        for n in reversed(self.cues_in(a, b)):  # _cue_at is None at every other token
            cue = _cue_at(w, n, a, b, self.verbs)
            if cue is None:
                continue
            if cue[1] == "according to":
                stop = next((k for k in range(n + 2, b) if txt[k] in (",", ":")), b)
                m = _subject_after(text, w, n + 2, stop)
                if m:
                    return Attribution(m, cue[1], cue[2], st[n], en[n + 1], "before:according")
                continue
            if low[n].endswith("ing") and n > a and txt[n - 1] == ",":
                # "..., saying he had "no right"": the subject of the main clause
                m = self._clause_subject(a, b, n - 1)
                if m:
                    return Attribution(m, cue[1], cue[2], st[n], en[n + cue[0] - 1], "before:X-saying")
                continue
            if not _is_verb_form(low[n]):
                continue
            if n > a and low[n - 1] in _PASSIVE_AUX:
                # "was described as "X" by officials": the speaker is the agent after "by", if any
                m = self._agent_after(piece)
                if m:
                    return Attribution(m, cue[1], cue[2], st[n], en[n + cue[0] - 1], "before:passive-by")
                return None
            m = _subject_before(text, w, n, a, a)
            if m is None and n + cue[0] < b:
                # inverted "said Zelensky: "
                m2 = _subject_after(text, w, n + cue[0], b)
                if m2 and n > a and txt[n - 1] in (",", ":"):
                    m = m2
            if m:
                rule = "before:X-said:" if txt[b - 1] in (":", ",") else "before:X-verb"
                best = Attribution(m, cue[1], cue[2], st[n], en[n + cue[0] - 1], rule)
                break
        return best

    def _agent_after(self, piece: Piece) -> Mention | None:
        """``by X`` right after a quote (the agent of a passive reporting verb before it)."""
        if piece.close_at < 0:
            return None
        _, pe = self.para_of(piece.close_at)
        a = self.tok_index(piece.close_end)
        b = self.tok_index(pe)
        w = self.words
        if b - a >= 2 and w.low[a] == "by":
            stop = next((k for k in range(a, b) if not (w.fl[k] & _ALNUM or w.txt[k] in ("'s", "-"))), b)
            return _subject_after(self.text, w, a + 1, stop)
        return None

    def _clause_subject(self, a: int, b: int, comma: int) -> Mention | None:
        """The subject of the clause from token ``a`` to the comma at token ``comma`` (in the stretch ``a`` to
        ``b - 1``): the first noun phrase before its first verb."""
        w = self.words
        for n in range(a, comma):
            cue = _cue_at(w, n, a, b, self.verbs)
            if cue and _is_verb_form(w.low[n]):
                return _subject_before(self.text, w, n, a, a)
        for n in range(a, comma):
            if w.low[n] in PRONOUNS or w.fl[n] & _NAME:
                start = n
                end = n
                while end + 1 < comma and (w.fl[end + 1] & _NAME or w.low[end + 1] in _CONNECTORS):
                    end += 1
                return _mention(self.text, w, start, end)
        return None


def _opens_sentence(doc: _Doc, piece: Piece) -> bool:
    """True when the opening mark starts a sentence: paragraph start, after ``.!?:``, after another quote,
    after a reporting verb (``said "``, ``said, "``) or after an attribution and a comma (``he said, "``)."""
    if piece.open_at < 0:
        return True
    ps, _ = doc.para_of(piece.open_at)
    lead = doc.text[ps:piece.open_at].rstrip()
    if not lead or lead.endswith((".", "!", "?", ":", '"', "''", "—", "(", ";")):
        return True
    a = doc.tok_index(max(ps, piece.open_at - 80))
    b = doc.tok_index(piece.open_at)
    if a >= b:
        return True
    txt = doc.words.txt
    last = b - 1
    if txt[last] == ",":
        last -= 1
    for n in range(last, max(a - 1, last - 6), -1):
        if txt[n] in (".", "!", "?", '"'):
            break
        cue = _cue_at(doc.words, n, a, b, doc.verbs)
        if cue and cue[1] not in ("call", "describe", "put", "read"):
            return txt[b - 1] == "," or n == last
    return False


def _continues(doc: _Doc, prev: Piece | None, piece: Piece) -> bool:
    """True for the second half of a split quote: ``"A," he said, referring to X, "b."`` or ``"A," but "b"``
    (same paragraph, the first half ends in a comma or no punctuation, no sentence end in between)."""
    if prev is None or prev.para != piece.para or prev.close_at < 0 or piece.open_at < 0:
        return False
    first = doc.text[prev.start:prev.end].rstrip()
    if not first.endswith(","):
        return False
    between = doc.text[prev.close_end:piece.open_at]
    return len(between.split()) <= 20 and not re.search(r"[.!?]\s", between + " ") or not between.strip()


def _title_words(words: list[str]) -> bool:
    """Words in title case: some are long (4+ letters) or capitalised, and each such word is capitalised or
    a number ("Coalition of the Willing")."""
    cap_words = [w for w in words if len(w) >= 4 or w[:1].isupper()]
    return bool(cap_words) and all(w[:1].isupper() or w.isdigit() for w in cap_words)


_SENTENCE_INSIDE = re.compile(r"[.!?]\s+[A-Z\"]")  # a sentence end followed by another sentence


def _classify(text: str, doc: _Doc, piece: Piece, group: list[Piece], attr: Attribution | None,
              prev: Piece | None, n: int) -> str:
    """The kind of a quoted piece of the quotation ``group`` (its pieces), which has ``n`` words
    (:data:`analysis.text.TOKEN_RE` tokens)."""
    if prev is not None and prev.kind == "direct" and _continues(doc, prev, piece):
        return "direct"
    content = text[piece.start:piece.end]
    # the words themselves matter only to the title tests: short quotes that start with a capital
    words = textlib.tokens(" ".join(text[p.start:p.end] for p in group)) \
        if 1 <= n <= 8 and content[:1].isupper() else None
    ends_punct = content.rstrip().endswith((".", ",", "!", "?", ":", ";", "—", "-"))
    multi = _SENTENCE_INSIDE.search(content) is not None
    opens = _opens_sentence(doc, piece) or (piece is not group[0] and _opens_sentence(doc, group[0]))
    title_case = 1 <= n <= 6 and content[:1].isupper() and not multi and _title_words(words)
    if title_case and (not opens or n <= 3 and not ends_punct):
        return "title"
    if n == 1 and opens and content[:1].isupper() and content.rstrip().endswith((".", "!", "?")):
        return "direct"
    if n >= 2 and (opens and (ends_punct or content[:1].isupper() or n >= 4 or piece.close_at < 0)
                   or multi and content[:1].isupper()):
        return "direct"
    if 1 <= n <= 8 and content[:1].isupper() and not ends_punct and _title_words(words):
        return "title"
    if n >= 4 or (attr is not None and n >= 2):
        return "partial"
    return "scare"


def _resolve(doc: _Doc, m: Mention, persons: list[tuple[int, int, str, str]]) -> Mention:
    """A pronoun mention resolved to the most recent compatible name before it (outside quotes)."""
    low = m.text.lower()
    if low not in PRONOUNS or PRONOUNS[low] == "s":
        return m
    want = PRONOUNS[low]
    genders = _genders(doc, persons)
    for s, e, name, typ in reversed(persons):
        if s >= m.start:
            continue
        if want in ("m", "f") and typ == "person" and genders.get(name.split()[-1].lower(), want) == want:
            return Mention(m.start, m.end, m.text, name, s, e)
        if want in ("n", "p") and typ in ("org", "group"):
            return Mention(m.start, m.end, m.text, name, s, e)
    return m


_MALE = {"he", "his", "him", "himself", "mr", "sir", "lord", "king", "prince", "spokesman", "chairman"}
_FEMALE = {"she", "her", "hers", "herself", "ms", "mrs", "miss", "dame", "lady", "queen", "princess",
           "spokeswoman", "chairwoman", "madam"}


@njit(cache=True)
def _gender_evidence(flags, quoted, firsts, afters):
    """For each person mention (``firsts``: its first token, ``afters``: the token after it): 1 (male) or 2
    (female) from the word before it, else from the first he / his / she among the 12 tokens after it before a
    sentence end or a quote, else 0."""
    out = np.zeros(len(firsts), dtype=np.int64)
    for r in range(len(firsts)):
        i = firsts[r]
        if i > 0 and flags[i - 1] & (_MALE_WORD | _FEMALE_WORD):
            out[r] = 1 if flags[i - 1] & _MALE_WORD else 2
            continue
        for k in range(afters[r], min(afters[r] + 12, len(flags))):
            if flags[k] & _END or quoted[k]:
                break
            if flags[k] & _HE_SHE:
                out[r] = 1 if flags[k] & _MALE_WORD else 2
                break
    return out


def _genders(doc: _Doc, persons) -> dict[str, str]:
    """Surname -> 'm' / 'f' where the article says so: a gendered title before a mention ("Mrs. Clinton",
    "spokeswoman Maria Zakharova") or the first gendered pronoun after a mention in the same sentence
    ("Ursula von der Leyen ... her ..."). Names with conflicting evidence stay unknown (compatible with both)."""
    cached = getattr(doc, "_gender_cache", None)
    if cached is not None:
        return cached
    votes: dict[str, set] = {}
    people = [(s, e, name) for s, e, name, typ in persons if typ == "person"]
    if people:
        s, e, _ = zip(*people)
        found = _gender_evidence(doc.flags, doc.tok_quoted, np.searchsorted(doc.starts, s),
                                 np.searchsorted(doc.starts, e))
        for (_, _, name), vote in zip(people, found.tolist()):
            if vote:
                votes.setdefault(name.split()[-1].lower(), set()).add("m" if vote == 1 else "f")
    doc._gender_cache = {k: next(iter(v)) for k, v in votes.items() if len(v) == 1}
    return doc._gender_cache


_NOT_A_MENTION, _ORG_MENTION, _PERSON_MENTION, _IF_SURNAME = 0, 1, 2, 3
"""What a run of name words is (:func:`_name_runs`); ``_IF_SURNAME``: a single word, a person if it is a
surname known by then."""


@njit(cache=True)
def _name_runs(flags, quoted, lengths):
    """The runs of name words of :func:`_name_mentions`, in order: first and last token, kind (see above) and
    for a person the token the name starts at. A run starts at a ``_RUN`` token not quoted (``quoted[k]``:
    token k starts inside a quote) and not inside the run before, and goes on over ``_NAME`` tokens and
    ``_CONNECTOR`` tokens followed by either ("Ursula von der Leyen"). Its kind, in this order: a person
    after the run's last title when no organisation word follows that title ("European Commission President
    Ursula von der Leyen"); an organisation when it has an organisation word or is one upper-case token of
    2+ characters (``lengths``); a person from its first word that is not a title when it has 2+ such words
    or a title before it; a single word that may be a surname; else nothing."""
    n = len(flags)
    out = np.empty((n, 4), dtype=np.int64)
    m = 0
    i = 0
    while i < n:
        if not flags[i] & _RUN or quoted[i]:
            i += 1
            continue
        j = i
        while j + 1 < n and (flags[j + 1] & _NAME or flags[j + 1] & _CONNECTOR and j + 2 < n
                             and flags[j + 2] & (_NAME | _CONNECTOR)):
            j += 1
        last_title = -1  # the last title word before the run's last word
        for k in range(j - 1, i - 1, -1):
            if flags[k] & _TITLE:
                last_title = k
                break
        has_org = org_after_title = False
        first = -1  # the first word that is not a title
        names = 0
        for k in range(i, j + 1):
            if flags[k] & _ORG:
                has_org = True
                org_after_title = org_after_title or 0 <= last_title < k
            if not flags[k] & _TITLE:
                names += 1
                if first < 0:
                    first = k
        kind = _NOT_A_MENTION
        if last_title >= 0 and not org_after_title:
            kind, first = _PERSON_MENTION, last_title + 1
        elif has_org or i == j and lengths[i] > 1 and flags[i] & _UPPER:
            kind = _ORG_MENTION
        elif names and (names >= 2 or i > 0 and flags[i - 1] & _TITLE):  # (a title inside: taken above)
            kind = _PERSON_MENTION
        elif i == j:
            kind = _IF_SURNAME
        out[m, 0], out[m, 1], out[m, 2], out[m, 3] = i, j, kind, first
        m += 1
        i = j + 1
    return out[:m].copy()


def _name_mentions(doc: _Doc) -> list[tuple[int, int, str, str]]:
    """Candidate antecedents: ``(start, end, name, type)`` for runs of capitalised words outside quotes.

    ``person``: 2+ name words not ending in an organisation word, a title + name, or a single word that
    ended such a name earlier; ``org``: a run with an organisation word or an acronym.
    """
    w, text = doc.words, doc.text
    tstarts, tends, low = w.st, w.en, w.low

    def before_cue(k: int) -> bool:  # token k + 1 is a reporting verb ("Peskov said"), read in tokens k to k + 2
        return _is_verb_form(low[k + 1]) and _cue_at(w, k + 1, k, min(k + 3, len(w)), doc.verbs) is not None

    # a name word, not an organisation word nor upper case, before a word where a cue may start ("Peskov said")
    f = doc.flags
    before = np.flatnonzero(((f[:-1] & (_NAME | _ORG | _UPPER)) == _NAME) & ((f[1:] & _CUE) != 0)).tolist()
    surnames: set[str] = {low[k] for k in before if before_cue(k)}
    out = []
    for i, j, kind, first in _name_runs(f, doc.tok_quoted, doc.ends - doc.starts).tolist():
        if kind == _PERSON_MENTION:
            out.append((tstarts[first], tends[j], text[tstarts[first]:tends[j]], "person"))
            surnames.add(low[j])
        elif kind == _ORG_MENTION or kind == _IF_SURNAME and low[i] in surnames:
            out.append((tstarts[i], tends[j], text[tstarts[i]:tends[j]], "org" if kind == _ORG_MENTION else "person"))
    # plural speaker groups for "they": "officials", "the Kremlin" handled as org above
    return out


def actor_lookup(lexicon: dict | None):
    """A function ``name -> (actor, side) | None`` from a story lexicon's actors (:mod:`analysis.actors`),
    or ``None`` when the lexicon has no actors."""
    from analysis import actors  # actors imports nothing from here; kept local so each module loads alone

    table = actors.actor_table(lexicon or {})
    if len(table) == 0:
        return None
    return lambda s: actors.match_actor(s, table)


def document_quotes(text: str, raw: str | None = None, paras: list[tuple[int, int]] | None = None,
                    verbs: dict[str, str] | None = None, indirect: bool = True) -> list[dict]:
    """The quotes of one document as row dicts (see :func:`quotes_table`; no ``doc_id``, actor or side)."""
    verbs = verbs if verbs is not None else _verbs(None)
    if paras is None:
        paras = [(p.start, p.end) for p in textlib.paragraphs(text)]
    doc = _Doc(text, raw, paras, verbs)
    persons = _name_mentions(doc)
    pieces = doc.pieces
    groups: dict[int, list[Piece]] = {}
    words_of: dict[int, int] = {}  # words of each quotation, counted in one pass of the scanner
    counts = _word_counts(text, [(p.start, p.end) for p in pieces])
    for p, n in zip(pieces, counts):
        groups.setdefault(p.quote_id, []).append(p)
        words_of[p.quote_id] = words_of.get(p.quote_id, 0) + n

    # attribution per piece, then per quotation (a group of pieces)
    attrs: list[Attribution | None] = []
    for k, p in enumerate(pieces):
        prev = pieces[k - 1] if k > 0 else None
        nxt = pieces[k + 1] if k + 1 < len(pieces) else None
        a = doc.after(p, nxt)
        if a is not None and text[p.start:p.end].rstrip().endswith(","):
            attrs.append(a)  # '"...," he said': the attribution after the quote, whatever comes before it
            continue
        b = doc.before(p, prev)  # 'X said: "..."' wins over an attribution after the quote
        attrs.append(a if a is not None and not (b is not None and b.rule == "before:X-said:") else b or a)

    rows = []
    last: tuple[Mention, Attribution] | None = None
    last_para = -10
    resolved_cache: dict[int, tuple[Mention, Attribution]] = {}
    for k, p in enumerate(pieces):
        attr = attrs[k]
        group = groups[p.quote_id]
        # split quotes: "A," he said, "B." -> B takes A's attribution (and the other way round)
        if attr is None and k > 0:
            prv = pieces[k - 1]
            between = text[prv.close_end:p.open_at] if prv.close_at >= 0 and p.open_at > prv.close_at else None
            if between is not None and prv.para == p.para and attrs[k - 1] is not None and \
                    len(between.split()) <= 12:
                attr = attrs[k - 1]
                attr = Attribution(attr.mention, attr.cue, attr.cue_class, attr.cue_start, attr.cue_end, "split")
        if attr is None and p.quote_id in resolved_cache:
            m0, a0 = resolved_cache[p.quote_id]
            attr = Attribution(a0.mention, a0.cue, a0.cue_class, a0.cue_start, a0.cue_end, "continued")
        kind = _classify(text, doc, p, group, attr, pieces[k - 1] if k > 0 else None, words_of[p.quote_id])
        p.kind = kind
        if attr is None and kind == "direct" and last is not None and p.para - last_para <= 2:
            a0 = last[1]
            attr = Attribution(a0.mention, a0.cue, a0.cue_class, a0.cue_start, a0.cue_end, "previous-speaker")
        if attr is None and kind == "direct":
            cand = [x for x in persons if x[1] <= p.start and x[3] == "person"]
            if cand:
                s, e, name, _ = cand[-1]
                attr = Attribution(Mention(s, e, text[s:e], name, s, e), rule="nearest-person")
        mention = attr.mention if attr else None
        if mention is not None:
            mention = _resolve(doc, mention, persons)
            if attr.rule not in ("previous-speaker", "nearest-person") and kind in QUOTATION_KINDS:
                last = (mention, Attribution(mention, attr.cue, attr.cue_class, attr.cue_start, attr.cue_end,
                                             attr.rule))
                last_para = p.para
            resolved_cache[p.quote_id] = (mention, Attribution(mention, attr.cue, attr.cue_class,
                                                               attr.cue_start, attr.cue_end, attr.rule))
        elif kind == "direct":
            last_para = p.para if last is not None and p.para - last_para <= 2 else last_para
        if kind in ("direct",) and last is not None:
            last_para = max(last_para, p.para) if attr is not None else last_para
        rows.append(_row(doc, p.start, p.end, kind, p.quote_id, mention, attr, counts[k]))

    if indirect:
        found = _indirect(doc, persons)
        for (r, m, a), n in zip(found, _word_counts(text, [r for r, _, _ in found])):
            rows.append(_row(doc, r[0], r[1], "indirect", -1, m, a, n))
    rows.sort(key=lambda r: (r["start"], r["end"], r["kind"]))
    return rows


def _row(doc, start, end, kind, quote_id, mention: Mention | None, attr: Attribution | None, words: int) -> dict:
    keep = kind in QUOTATION_KINDS or kind == "indirect"
    has = mention is not None and keep
    return {
        "start": start, "end": end, "text": doc.raw[start:end], "kind": kind,
        "speaker": mention.name if has else "",
        "speaker_start": mention.start if has else pd.NA, "speaker_end": mention.end if has else pd.NA,
        "cue": attr.cue if attr and keep else "", "cue_class": attr.cue_class if attr and keep else "",
        "quote_id": quote_id, "mention": doc.raw[mention.start:mention.end] if has else "",
        "cue_start": attr.cue_start if attr and keep and attr.cue_start >= 0 else pd.NA,
        "cue_end": attr.cue_end if attr and keep and attr.cue_end >= 0 else pd.NA,
        "rule": attr.rule if attr and keep else "", "words": words,
    }


def _word_counts(text: str, spans: list[tuple[int, int]]) -> list[int]:
    """The number of :data:`analysis.text.TOKEN_RE` tokens in each span of ``text``, counted for all spans in
    one pass of the compiled scanner (:func:`analysis.scanner.scan`)."""
    if not spans:
        return []
    return np.bincount(scanner.scan(text, spans)[2], minlength=len(spans)).tolist()


def _indirect(doc: _Doc, persons) -> list[tuple[tuple[int, int], Mention, Attribution]]:
    """Reported clauses without quotation marks: ``X said (that) ...``, ``X rejected ...``,
    ``..., X said.``, ``According to X, ...``. Content runs from after the cue (and ``that``) to the end of
    the sentence, or from the sentence start to the comma before ``X said``."""
    out = []
    text = doc.text
    for w, lo, hi, cues in _cue_sentences(doc):
        txt, low, st, en = w.txt, w.low, w.st, w.en
        end_tok = hi - 1 if txt[hi - 1] in (".", "!", "?") else hi
        cue_at = [n for n in cues if n < end_tok]  # _cue_at is None elsewhere
        if not cue_at:
            continue
        found = None
        for n in cue_at:
            cue = _cue_at(w, n, lo, hi, doc.verbs)
            if cue is None:
                continue
            if cue[1] == "according to":
                stop = next((k for k in range(n + 2, end_tok) if txt[k] == ","), end_tok)
                m = _subject_after(text, w, n + 2, stop)
                if m and n == lo and stop < end_tok - 1:
                    found = ((st[stop + 1], en[end_tok - 1]), m,
                             Attribution(m, cue[1], cue[2], st[n], en[n + 1], "indirect:according"))
                elif m and n > lo + 1 and txt[n - 1] == ",":
                    found = ((st[lo], en[n - 2]), m,
                             Attribution(m, cue[1], cue[2], st[n], en[n + 1], "indirect:according"))
                break
            if not _is_verb_form(low[n]) or low[n].endswith("ing"):
                continue
            m = _subject_before(text, w, n, lo, lo)
            if m is not None and _not_reporting(w, n, cue[0], bisect_left(st, m.start, lo, hi), hi):
                continue
            if m is None:
                # "..., said X."
                if n > lo + 1 and txt[n - 1] == ",":
                    m = _subject_after(text, w, n + cue[0], end_tok)
                    if m:
                        found = ((st[lo], en[n - 2]), m,
                                 Attribution(m, cue[1], cue[2], st[n], en[n + cue[0] - 1], "indirect:said-X"))
                        break
                continue
            a = n + cue[0]
            if a < end_tok and low[a] == "that":
                a += 1
            ms = bisect_left(st, m.start, lo, hi)
            if a >= end_tok - 1 and ms > lo + 1 and txt[ms - 1] == ",":
                # "..., X said."
                found = ((st[lo], en[ms - 2]), m,
                         Attribution(m, cue[1], cue[2], st[n], en[n + cue[0] - 1], "indirect:X-said"))
                break
            if a < end_tok - 1:
                found = ((st[a], en[end_tok - 1]), m,
                         Attribution(m, cue[1], cue[2], st[n], en[n + cue[0] - 1], "indirect:X-said-that"))
                break
        if found:
            (s, e), m, a = found
            if e > s:
                out.append(((s, e), _resolve(doc, m, persons), a))
    return out


_ARTICLES = {"the", "a", "an", "this", "that", "these", "those"}
_POSSESSIVES = {"his", "her", "its", "their", "our", "my", "your"}
_BE = {"be", "been", "being", "is", "are", "was", "were"}
_AFTER_PLURAL_NOUN = _BE | {"have", "had", "has", "will", "would", "could", "can", "may", "might", "should",
                            "of", "about", "from"}


def _not_reporting(w: Words, n: int, width: int, ms: int, hi: int) -> bool:
    """Signs that the cue word at token ``n`` (``width`` tokens), after the phrase that starts at token
    ``ms``, is not a report by that phrase but a name or a noun (the sentence ends before token ``hi``; the
    phrase is before the cue, so token ``n - 1`` is in the sentence):

    - capitalised inside the sentence (part of a name: "the United States");
    - a passive ("they've been asked", "was told");
    - after a possessive ("Steele's comments", "his claim", "their calls"; past tenses excepted: "his aide
      said");
    - a bare form after an article ("the claim", "a note");
    - an -s form followed by what follows a plural noun subject: a form of be / have, a modal, an -ed verb,
      "of", "about", "from" ("the Afghanistan remarks were", "the comments angered");
    - a phrase that opens with an adverb ("occasionally troublesome comments").
    """
    low, fl = w.low, w.fl
    t, first = low[n], low[ms]
    if fl[n] & _CAP:
        return True
    if low[n - 1] in _BE and (t.endswith("ed") or t in ("told", "said", "written")):
        return True
    past = t.endswith("ed") or t in ("said", "told", "wrote")
    if not past and (first in _POSSESSIVES or low[n - 1].endswith(("'s", "\u2019s"))):
        return True
    if _is_bare_form(t) and first in _ARTICLES:
        return True
    after = n + width
    if (t.endswith("s") and after < hi and not fl[after] & _CAP
            and (low[after] in _AFTER_PLURAL_NOUN or low[after].endswith("ed"))):
        return True
    return first.endswith("ly") and not fl[ms] & _CAP and len(first) > 4


def _cue_sentences(doc: _Doc):
    """The sentences that may hold a reported clause, in order, as ``(words, lo, hi, cues)``: the sentence is
    tokens ``lo`` to ``hi - 1`` of ``words`` and ``cues`` are the tokens in it where a cue may start
    (``_CUE``). Those of every paragraph that hold a token where a cue may start, do not start inside a quote
    and hold no quotation mark (sentences with quotation marks are handled as quotes; a '"' is always a
    token); from the document's own tokens, only those with a cue :func:`_indirect` can read ("according to",
    or a reporting verb form not in -ing, before the final '.', '!' or '?').

    A paragraph's tokens (:func:`_words`) split into sentences, each ending with its '.', '!' or '?' token
    (a rest without one is a sentence too); sentences without a possible cue are left out (no cue, no
    reported clause). When the paragraph's tokens are the document's own tokens (nearly always) the
    sentences are found from the document's cue and sentence-end token indexes by bisection, and ``words``
    are the document's; else the paragraph's own (:func:`_words_in`)."""
    text, w = doc.text, doc.words
    starts, tends = w.st, w.en

    def kept(s: int, e: int) -> bool:  # the sentence text[s:e] starts outside quotes, has no mark
        return not doc.in_quote(s) and '"' not in text[s:e]

    def readable(c: int, lo: int, hi: int) -> bool:  # the cue test of _indirect at token c of sentence lo..hi
        cue = _cue_at(w, c, lo, hi, doc.verbs)
        return cue is not None and (cue[1] == "according to" or _is_verb_form(w.low[c])
                                    and not w.low[c].endswith("ing"))

    cue_idx, ends = doc.cue_idx, doc.end_idx
    for (ps, pe), rng in zip(doc.paras, doc.para_tokens):
        if rng is None:  # the paragraph's own tokens differ at its edges: split them one by one
            pw = _words_in(doc, ps, pe)
            bounds = [k + 1 for k, t in enumerate(pw.txt) if t in _SENTENCE_END]
            if len(pw) and (not bounds or bounds[-1] != len(pw)):
                bounds.append(len(pw))
            lo = 0
            for hi in bounds:
                if kept(pw.st[lo], pw.en[hi - 1]):
                    yield pw, lo, hi, [n for n in range(lo, hi) if pw.fl[n] & _CUE]
                lo = hi
            continue
        a, b = rng
        i = bisect_left(cue_idx, a)
        while i < len(cue_idx) and cue_idx[i] < b:
            c = cue_idx[i]
            e = bisect_left(ends, c)  # the first sentence end at or after the cue
            hi = ends[e] + 1 if e < len(ends) and ends[e] < b else b
            lo = ends[e - 1] + 1 if e > 0 and ends[e - 1] >= a else a
            last = hi - 1 if e < len(ends) and ends[e] == hi - 1 else hi  # cues before the final mark
            z = bisect_left(cue_idx, hi, i)  # the cues of this sentence are cue_idx[i:z]
            if kept(starts[lo], tends[hi - 1]) and any(
                    readable(cue_idx[k], lo, hi) for k in range(i, bisect_left(cue_idx, last, i, z))):
                yield w, lo, hi, cue_idx[i:z]
            i = z


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


def quote_frame(rows: list[dict]) -> pd.DataFrame:
    """Quote rows as the typed, sorted table of :func:`quotes_table` (sorted by doc_id, start, end, kind)."""
    table = pd.DataFrame(rows, columns=COLUMNS + EXTRA_COLUMNS)
    for c in _OFFSET_COLUMNS:
        table[c] = table[c].astype("Int64")
    for c in ("start", "end", "quote_id", "words"):
        table[c] = table[c].astype("int64")
    table = table.assign(_k=table["kind"].map(_KIND_ORDER)).sort_values(
        ["doc_id", "start", "end", "_k"], kind="mergesort").drop(columns="_k")
    return table.reset_index(drop=True)


def quote_tuples(rows: list[dict]) -> list[tuple]:
    """The table :func:`quote_frame` makes of ``rows``, as plain tuples (in its row order, cells of
    :data:`COLUMNS` then :data:`EXTRA_COLUMNS`, a missing offset as ``""``, which is how the CSV writes it):
    the streaming pipeline formats them without a DataFrame."""
    ordered = sorted(rows, key=lambda r: (r["doc_id"], r["start"], r["end"], _KIND_ORDER[r["kind"]]))
    columns = COLUMNS + EXTRA_COLUMNS
    cells, gaps = itemgetter(*columns), [columns.index(c) for c in _OFFSET_COLUMNS]
    out = []
    for r in ordered:
        row = list(cells(r))
        for k in gaps:
            if row[k] is pd.NA:
                row[k] = ""
        out.append(tuple(row))
    return out
