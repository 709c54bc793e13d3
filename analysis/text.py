"""Offline text pipeline: paragraphs, sentences, tokens, lemmas, stopwords.

Every function takes a document's analysed text (same length as its raw text, see :mod:`analysis.cleaning`)
and returns character spans into it, so results carry offsets into the raw file text.

Nothing here downloads or reads ``nltk_data``: Punkt is built from parameters (an abbreviation list that
ships with this package) instead of a trained pickle, lemmas come from ``simplemma`` (which ships its data)
and the stopword list ships in ``analysis/data``. Results are therefore the same on every machine.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Iterable, NamedTuple

import numpy as np
import simplemma
import yaml
from nltk.tokenize.punkt import PunktLanguageVars, PunktParameters, PunktSentenceTokenizer, PunktToken

from analysis import scanner

HEADING_MAX_WORDS = 12
"""A heading is a short line (at most this many words) in title case with no closing punctuation."""

_BREAK_CHAR = re.compile(r"[.?!]")
_CLOSERS = ".?!'\")]} "
_LIST_ITEM = re.compile(r"[ ]*(?:[-*•·]|\d{1,2}[.)])[ ]+")  # matched at a paragraph's start
_CLOSING = tuple('.!?:;,"\')…')

TOKEN_RE = re.compile(
    r"""
    (?:[A-Za-z]\.){2,}(?![A-Za-z])     # dotted acronyms: U.S., U.K., a.m.
  | \d+(?:[.,]\d+)+                    # numbers with separators: 1,415  2.5
  | \w+(?:[-']\w+)*                    # words, hyphenated words and contractions: 28-point, don't
    """,
    re.VERBOSE,
)
"""Tokens for counting. Text is normalised first, so curly apostrophes are straight ones here."""


class Span(NamedTuple):
    start: int
    end: int


class Paragraph(NamedTuple):
    start: int
    end: int
    kind: str  # "body", "heading" or "list_item"


def _data_lines(name: str) -> list[str]:
    text = resources.files("analysis.data").joinpath(name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


# --- paragraphs -------------------------------------------------------------------------------------------

def paragraphs(text: str) -> list[Paragraph]:
    """Split ``text`` into paragraphs: each non-blank line is one, unless it looks hard-wrapped.

    A line that starts with a lower-case letter continues the paragraph above it (hard-wrapped text).
    Spans exclude surrounding spaces. Kinds: ``list_item`` (starts with a bullet or ``1.``), ``heading``
    (see :func:`is_heading`), else ``body``.
    """
    spans: list[list[int]] = []
    pos = 0
    previous_blank = True
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            start = pos + line.index(stripped[0])  # only white space comes before it
            end = start + len(stripped)
            if spans and not previous_blank and stripped[0].islower():
                spans[-1][1] = end
            else:
                spans.append([start, end])
            previous_blank = False
        else:
            previous_blank = True
        pos += len(line) + 1
    out = []
    for start, end in spans:  # a span ends in a character that is not white space
        if _LIST_ITEM.match(text, start, end):
            kind = "list_item"
        elif text[end - 1] not in _CLOSING and is_heading(text[start:end]):  # is_heading's first test, here
            kind = "heading"
        else:
            kind = "body"
        out.append(Paragraph(start, end, kind))
    return out


def is_heading(line: str) -> bool:
    """True for a section heading: at most :data:`HEADING_MAX_WORDS` words, first letter upper case,
    no closing punctuation, and at least half of its longer words (4+ letters) capitalised."""
    if line.rstrip().endswith(_CLOSING):
        return False
    words = line.split(None, HEADING_MAX_WORDS)  # more words than that: HEADING_MAX_WORDS + 1 pieces
    if not words or len(words) > HEADING_MAX_WORDS:
        return False
    if not line.lstrip()[0].isupper():
        return False
    long_words = [w for w in words if len(w) >= 4 and w[0].isalpha()]
    if not long_words:
        return False
    return sum(w[0].isupper() for w in long_words) * 2 >= len(long_words)


# --- sentences --------------------------------------------------------------------------------------------

class _LanguageVars(PunktLanguageVars):
    """NLTK's Punkt language variables, their fixed patterns compiled with the standard library's ``re``.

    NLTK 3.10 routes every pattern through ``nltk.redos`` (the ``regex`` engine under a wall-clock timeout),
    a defence meant for caller-supplied patterns; Punkt's own patterns are fixed and linear, and compiling
    them with ``re`` gives the same matches (``tests/test_text.py`` compares both) at about a third less time
    for sentence splitting, except around U+001C-U+001F (the information separators, control characters),
    which ``re`` counts as white space (``\\s``) and ``regex`` does not. The patterns are NLTK's, read from
    its class, not copied."""

    re_boundary_realignment = re.compile(PunktLanguageVars.re_boundary_realignment.pattern, re.MULTILINE)

    # NLTK keeps both compiled patterns in ``__slots__`` of PunktLanguageVars: an unset slot raises
    # AttributeError (a slot never shows in ``__dict__``, so a ``__dict__`` test would recompile every call)

    def _word_tokenizer_re(self):
        try:
            return self._re_word_tokenizer
        except AttributeError:
            self._re_word_tokenizer = re.compile(self._word_tokenize_fmt % {
                "NonWord": self._re_non_word_chars, "MultiChar": self._re_multi_char_punct,
                "WordStart": self._re_word_start}, re.UNICODE | re.VERBOSE)
            return self._re_word_tokenizer

    def period_context_re(self):
        try:
            return self._re_period_context
        except AttributeError:
            self._re_period_context = re.compile(self._period_context_fmt % {
                "NonWord": self._re_non_word_chars, "SentEndChars": self._re_sent_end_chars},
                re.UNICODE | re.VERBOSE)
            return self._re_period_context


class _Token(PunktToken):
    """:class:`PunktToken` with its fixed patterns compiled by ``re`` (see :class:`_LanguageVars`)."""

    _RE_ELLIPSIS = re.compile(PunktToken._RE_ELLIPSIS.pattern)
    _RE_NUMERIC = re.compile(PunktToken._RE_NUMERIC.pattern)
    _RE_INITIAL = re.compile(PunktToken._RE_INITIAL.pattern, re.UNICODE)
    _RE_ALPHA = re.compile(PunktToken._RE_ALPHA.pattern, re.UNICODE)
    _NON_PUNCT = re.compile(r"[^\W\d]", re.UNICODE)

    @property
    def is_non_punct(self):
        return self._NON_PUNCT.search(self.type)


class _SentenceTokenizer(PunktSentenceTokenizer):
    """Punkt with parameters that hold abbreviations, frequent sentence starters and the collocations of titles
    with them (:func:`sentence_starters`; no orthographic statistics), its break test computed on plain
    strings.

    NLTK's :meth:`~PunktSentenceTokenizer.text_contains_sentbreak` builds a :class:`PunktToken` per word of
    each candidate context ("said. The") and runs both annotation passes on them. With empty orthographic
    statistics those passes reduce to the rules below, which :meth:`text_contains_sentbreak` applies to the
    same word tokens (Kiss & Strunk 2006, sections 3 and 4, as NLTK implements them):

    - first pass: ``.``, ``?``, ``!`` break; a run of dots is an ellipsis; a word ending in one ``.`` is an
      abbreviation if it (or its last hyphen part) is listed, else a break;
    - second pass, for a word ending in ``.`` followed by another token: an initial (one letter and ``.``)
      or a number (NLTK's ``##number##`` type) does not break before punctuation (``;:,.!?``) or a
      lower-case word, nor an initial before an upper-case word; abbreviations and ellipses stay as they are
      (the orthographic heuristic needs statistics that are empty here) unless a capitalised frequent sentence
      starter follows, where NLTK's own annotation decides the context (section 4.1.3: "Mo. The" breaks,
      "Gen. The" does not, a collocation);
    - the context holds a break if a token other than its last breaks.

    The commonest context, ASCII letters, ``.``, spaces, ASCII letters (55% of them on AllSides), is decided
    without tokenising: a break unless the first word is one letter (an initial, before a letter) or an
    abbreviation.

    :meth:`span_tokenize` is NLTK's (candidate contexts, break test, realignment of closing punctuation) with
    its loops compiled (:meth:`range_spans`): NLTK chains three generators of slice objects and finds the word
    before each candidate by a Python loop over characters.

    ``tests/test_text.py`` checks the splits against NLTK's own code on tricky strings, news text and random
    texts."""

    _SENT_END = frozenset(".?!")
    _PUNCTUATION = frozenset(";:,.!?")

    def span_tokenize(self, text: str, realign_boundaries: bool = True):
        """``(start, end)`` of each sentence of ``text``, as :meth:`PunktSentenceTokenizer.span_tokenize`."""
        if not realign_boundaries:
            return super().span_tokenize(text, realign_boundaries)
        return [(s, e) for _, s, e in self.range_spans(text, scanner.code_points(text), [(0, len(text))])]

    def range_spans(self, text: str, cp: np.ndarray, bounds: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
        """The sentences ``(k, start, end)`` of each range ``k``, ``(lo, hi)``, of ``bounds``: those that
        :meth:`span_tokenize` finds in ``text[lo:hi]`` on its own, with offsets in ``text`` (``cp``: its
        :func:`analysis.scanner.code_points`), in order.

        Compiled: the candidates and the words before them (:func:`analysis.scanner.punkt_candidates`, which
        also decides the break test where it reduces to the first character or to the word: a ``?`` or
        ``!``; two or more ASCII letters before the ``.``, unless an abbreviation; an initial before a plain
        word: 77% of the candidates on 3,000 AllSides articles), and the cuts with NLTK's realignment
        (:func:`analysis.scanner.punkt_sentences`). Only the other candidates' contexts go through
        :meth:`text_contains_sentbreak`, so most of the work runs without NLTK's Python loops over match
        objects and slices."""
        b = np.array(bounds, dtype=np.int64).reshape(-1, 2)
        flags = scanner.char_flags()
        found = scanner.punkt_candidates(cp, flags, _punkt_non_word(), b)
        undecided = np.flatnonzero(found[:, 5] < 0)
        if len(undecided):
            abbrevs = self._params.abbrev_types
            found[undecided, 5] = [
                brk == -2 and text[word_start:end].lower() not in abbrevs
                or self.text_contains_sentbreak(text[word_start:after])
                for end, after, word_start, brk in found[undecided][:, [1, 2, 4, 5]].tolist()]
        ends = np.array([lo + len(text[lo:hi].rstrip()) for lo, hi in bounds], dtype=np.int64)
        return scanner.punkt_sentences(cp, flags, _punkt_realign_first(), b, ends, found).tolist()

    _PLAIN_CONTEXT = re.compile(r"([A-Za-z]+)\. +[A-Za-z]+")

    def _starts_sentence(self, context: str) -> bool:
        """The last word of ``context`` is capitalised and a frequent sentence starter (Punkt's heuristic after
        an abbreviation or ellipsis, section 4.1.3): NLTK's own annotation then decides the context, collocations
        included (rare enough not to cost time)."""
        word = context.rsplit(None, 1)[-1] if context.strip() else ""
        return word[:1].isupper() and word.lower().rstrip(".") in self._params.sent_starters

    def text_contains_sentbreak(self, text: str) -> bool:
        plain = self._PLAIN_CONTEXT.fullmatch(text)
        if plain:  # "said. The": the words are "said." and "The"; the rules below reduce to this
            word = plain.group(1)
            if len(word) > 1 and word.lower() in self._params.abbrev_types and self._starts_sentence(plain.group(0)):
                return super().text_contains_sentbreak(text)
            return len(word) > 1 and word.lower() not in self._params.abbrev_types
        words = [w for line in text.split("\n") if line.strip() for w in self._lang_vars.word_tokenize(line)]
        abbrevs = self._params.abbrev_types
        for k in range(len(words) - 1):
            tok = words[k]
            if tok in self._SENT_END:
                return True  # a break, and not the last token
            if not tok.endswith("."):
                continue
            if _Token._RE_ELLIPSIS.match(tok):
                if self._starts_sentence(words[k + 1]):
                    return super().text_contains_sentbreak(text)
                continue
            if not tok.endswith(".."):
                low = tok[:-1].lower()
                if low in abbrevs or low.split("-")[-1] in abbrevs:
                    if self._starts_sentence(words[k + 1]) and not _Token._RE_INITIAL.match(tok):
                        return super().text_contains_sentbreak(text)
                    continue  # abbreviation
            else:
                continue  # ends in ".." without being an ellipsis: no first-pass mark
            # a first-pass break; the second pass may take it back for an initial or a number
            nxt = words[k + 1]
            initial = _Token._RE_INITIAL.match(tok)
            typ = _Token._RE_NUMERIC.sub("##number##", tok.lower())  # PunktToken.type, then without its "."
            typ = typ[:-1] if len(typ) > 1 and typ.endswith(".") else typ
            if initial or typ == "##number##":
                if nxt in self._PUNCTUATION or nxt[0].islower():
                    continue
                if initial and nxt[0].isupper():
                    continue
            return True
        return False


def _all_code_points() -> str:
    """Every code point, in order, as one string (lone surrogates included)."""
    return np.arange(0x110000, dtype=np.uint32).tobytes().decode("utf-32-le", "surrogatepass")


@lru_cache(maxsize=1)
def _punkt_non_word() -> np.ndarray:
    """For every code point: does NLTK's Punkt ``NonWord`` class (the punctuation that may follow a sentence
    end directly) match it, asked of the pattern itself."""
    table = np.zeros(0x110000, dtype=np.bool_)
    table[[m.start() for m in re.finditer(_LanguageVars()._re_non_word_chars, _all_code_points())]] = True
    return table


@lru_cache(maxsize=1)
def _punkt_realign_first() -> np.ndarray:
    """For every code point: can a match of Punkt's realignment pattern start with it (its leading class:
    each such character followed by a space matches), asked of the pattern itself."""
    spaced = " ".join(_all_code_points()) + " "  # code point k at 2k, each followed by a space
    table = np.zeros(0x110000, dtype=np.bool_)
    table[[m.start() // 2 for m in _LanguageVars.re_boundary_realignment.finditer(spaced) if m.start() % 2 == 0]] = True
    return table


@lru_cache(maxsize=1)
def sentence_starters() -> tuple[frozenset[str], frozenset[tuple[str, str]]]:
    """Punkt's frequent sentence starters and the collocations that keep a title before one from ending a
    sentence (``analysis/data/sentence_starters.yaml``): ``(starters, {(abbreviation, starter)})``."""
    data = yaml.safe_load((Path(__file__).parent / "data" / "sentence_starters.yaml").read_text(encoding="utf-8"))
    starters = frozenset(str(w) for w in data["starters"])
    return starters, frozenset((str(a), s) for a in data["never_final"] for s in starters)


@lru_cache(maxsize=8)
def _punkt(abbreviations: frozenset[str], stdlib_re: bool = True) -> PunktSentenceTokenizer:
    params = PunktParameters()
    params.abbrev_types = set(abbreviations)
    params.sent_starters, params.collocations = (set(x) for x in sentence_starters())
    if not stdlib_re:  # NLTK exactly as shipped (the tests compare the two)
        return PunktSentenceTokenizer(params)
    return _SentenceTokenizer(params, lang_vars=_LanguageVars(), token_cls=_Token)


@lru_cache(maxsize=1)
def default_abbreviations() -> frozenset[str]:
    """The news abbreviation list shipped in ``analysis/data/abbreviations.txt`` (lower case, no final dot)."""
    return frozenset(_data_lines("abbreviations.txt"))


def sentence_spans(
    text: str, paras: list[Paragraph] | None = None, abbreviations: Iterable[str] = ()
) -> list[tuple[int, int, int]]:
    """Sentences as ``(paragraph_index, start, end)``; a sentence never crosses a paragraph boundary.

    NLTK's Punkt algorithm (Kiss & Strunk 2006) with the news abbreviation list; headings and list items
    are one sentence each, and so is a paragraph with no ``.``, ``?`` or ``!`` before its closing punctuation:
    Punkt could only split off stray closing marks there (``". ."`` -> ``"."``), and skipping it saves a
    quarter of the time on news text.
    """
    abbrevs = default_abbreviations() | {a.lower().rstrip(".") for a in abbreviations}
    tokenizer = _punkt(frozenset(abbrevs))
    paras = paras if paras is not None else paragraphs(text)
    split = [i for i, para in enumerate(paras) if para.kind == "body"  # no . ? ! before the end: one sentence
             and _BREAK_CHAR.search(text[para.start:para.end].rstrip(_CLOSERS))]
    if not split:
        return [(i, para.start, para.end) for i, para in enumerate(paras)]
    found = tokenizer.range_spans(text, scanner.code_points(text), [(paras[i].start, paras[i].end) for i in split])
    out = []
    k = j = 0
    for i, para in enumerate(paras):
        if k < len(split) and split[k] == i:  # Punkt's sentences of paragraph i, the k-th one split
            while j < len(found) and found[j][0] == k:
                out.append((i, found[j][1], found[j][2]))
                j += 1
            k += 1
        else:
            out.append((i, para.start, para.end))
    return out


# --- tokens, lemmas, stopwords ----------------------------------------------------------------------------

def token_spans(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Word tokens of ``text[start:end]`` as spans into ``text``."""
    end = len(text) if end is None else end
    return [Span(m.start(), m.end()) for m in TOKEN_RE.finditer(text, start, end)]


def tokens(text: str) -> list[str]:
    """The token strings of ``text`` (convenience for short strings)."""
    return TOKEN_RE.findall(text)


@lru_cache(maxsize=200_000)
def lemma(token: str) -> str:
    """Lower-case lemma of one token: possessive ``'s`` / ``'`` dropped, then simplemma's English lemma.

    simplemma (Barbaresi 2021) is a dictionary lemmatiser that ships its data; it needs no part of speech.
    Hyphenated words and numbers are kept as they are.
    """
    word = token.lower()
    if word.endswith("'s") and len(word) > 2:
        word = word[:-2]
    elif word.endswith("'") and len(word) > 1:
        word = word[:-1]
    if "-" in word or not word.isalpha():
        return word
    return simplemma.lemmatize(word, lang="en").lower()


def load_stopwords(extra: Iterable[str] = (), path: str | Path | None = None, replace: bool = False) -> frozenset[str]:
    """Stopwords: the package's news list (function words only; see the file's header for its source),
    plus ``extra`` words, plus the words of the file ``path`` (one per line, ``#`` comments).
    With ``replace=True`` the package list is left out and only the user's words are used."""
    words = set() if replace else set(_data_lines("stopwords.txt"))
    words |= {w.strip().lower() for w in extra if w.strip()}
    if path is not None:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
        words |= {line.strip().lower() for line in lines if line.strip() and not line.lstrip().startswith("#")}
    return frozenset(words)
