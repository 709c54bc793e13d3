"""Word frequency: counts and rates per source, n-grams and collocations.

One way of counting
-------------------
Every count in this module comes from :class:`TermCounter`: a streaming, mergeable aggregation of documents
into per-key (source, doc_id, ...) term counts. :func:`count_terms` (one text in, a ``Counter`` out) and
:func:`frequency_table` (a :class:`~analysis.corpus.Corpus` in, a tidy table out) both use it, and so does
``benchmarks/bench_counting.py``. The tokens are those of :data:`analysis.text.TOKEN_RE` and the lemmas those
of :func:`analysis.text.lemma` with spelling variants folded (:func:`term_lemma`), i.e. exactly the ``token`` /
``lower`` columns of ``Corpus.tokens`` and :func:`term_lemma` of its ``token`` column (a test checks this);
counting simply skips building the token table.

Why it is fast: a document is lower-cased (in C) and its tokens and their 64-bit ids found by the compiled
scanner (:mod:`analysis.scanner`); each distinct token is numbered by id in compiled code, made into a string
only once, and lemmatised once however often it occurs; the per-key sums are done by numpy
(details in :class:`TermCounter`). ``benchmarks/bench_counting.py`` compares this with scikit-learn's
``CountVectorizer`` on the same texts; ``benchmarks/bench_pipeline.py`` does so on the whole AllSides corpus.

Term forms (``form=``): ``"lemma"`` (default; ``said``/``says`` -> ``say``), ``"lower"`` (lower-cased surface
form) or ``"token"`` (surface form as written).

Spelling variants (lemma form)
------------------------------
A term is a word, however an outlet's house style spells it: as ``said`` and ``says`` are one lemma, so are
``C.I.A.`` and ``CIA`` (``cia``), ``e-mail`` and ``email``, ``cease-fire`` and ``ceasefire``, and ``U.S.`` and
``US`` (``u.s.``; lower-cased, ``US`` would be the stopword "us"). The rules and word lists are in
``analysis/data/style_variants.yaml`` (:func:`term_lemma`, :func:`style_variants`); ``TermCounter(fold=False)``
counts without them, as do the ``lower`` and ``token`` forms. ``frequency.csv`` counts folded terms, so its
counts and those of ``keyness.csv`` are the same numbers; honorifics (Mr, Mrs, Dr) are counted there and left
out of keyness only (:func:`analysis.keyness.house_style_terms`).

Phrases (multiword terms)
-------------------------
A story lexicon's ``phrases:`` section (``seeds/lexicon.yaml``) lists names such as "von der Leyen" that are
counted as ONE term. A phrase term is written in lower case with its words joined by ``_``
(``von_der_leyen``), so that it can never be mistaken for an n-gram (n-grams are joined by a space). Matching
is case-insensitive; words may be separated by any white space or a hyphen; a possessive ``'s`` is absorbed;
in a compound ("United States-backed") the phrase is counted and the rest ("backed") is counted on its own.
The words inside a matched phrase are not counted again on their own, but they do count as running words
(the denominator of ``per_1k``). Each entry is either a string or a one-key mapping ``term: [variants]``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Callable, Hashable, Iterable, Mapping

import numpy as np
import pandas as pd
import simplemma
import yaml
from nltk.collocations import BigramCollocationFinder, TrigramCollocationFinder
from nltk.metrics.association import BigramAssocMeasures, TrigramAssocMeasures

from analysis.corpus import Corpus
from analysis.scanner import IdTable, token_arrays
from analysis.text import TOKEN_RE, lemma, load_stopwords

FORMS = ("lemma", "lower", "token")
PHRASE_JOINER = "_"
"""Joins the words of a phrase term (``von_der_leyen``); n-grams are joined by a space instead."""

_FINDALL = TOKEN_RE.findall


# --- phrases ----------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Phrases:
    """Compiled multiword terms: ``pattern`` matches any variant, ``terms`` maps a matched variant (lower
    case, single spaces) to its term (``von_der_leyen``). Build with :func:`compile_phrases`."""

    pattern: re.Pattern | None
    terms: Mapping[str, str] = field(default_factory=dict)

    def term(self, matched: str) -> str:
        key = _phrase_key(matched)
        if key.endswith("'s"):
            key = key[:-2]
        return self.terms.get(key.rstrip("'"), key.replace(" ", PHRASE_JOINER))

    def __bool__(self) -> bool:
        return self.pattern is not None


def _phrase_key(text: str) -> str:
    return " ".join(re.split(r"[\s-]+", text.strip().lower()))


def phrase_term(phrase: str) -> str:
    """The term a phrase is counted as: lower case, words joined by :data:`PHRASE_JOINER`."""
    return _phrase_key(phrase).replace(" ", PHRASE_JOINER)


def compile_phrases(phrases: Iterable | Mapping | Phrases | None) -> Phrases:
    """Compile a list of phrases (strings, or one-key mappings ``{term: [variant, ...]}``, or a mapping of
    term -> variants, as in the ``phrases:`` section of a story lexicon) into a :class:`Phrases` matcher.
    Longer variants are tried first, so "Ursula von der Leyen" wins over "von der Leyen"."""
    if isinstance(phrases, Phrases):
        return phrases
    if not phrases:
        return Phrases(None, {})
    items = phrases.items() if isinstance(phrases, Mapping) else []
    if not isinstance(phrases, Mapping):
        items = []
        for entry in phrases:
            if isinstance(entry, Mapping):
                items.extend(entry.items())
            else:
                items.append((entry, None))
    terms: dict[str, str] = {}
    for name, variants in items:
        term = phrase_term(str(name))
        for variant in [name, *(variants or [])]:
            terms.setdefault(_phrase_key(str(variant)), term)
    variants = sorted(terms, key=lambda v: (-len(v), v))
    alternatives = [r"(?:\s+|-)".join(re.escape(w) for w in v.split(" ")) for v in variants if v]
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?:'s\b|'(?!\w))?(?!\w)", re.IGNORECASE)
    return Phrases(pattern, terms)


def phrases_from_lexicon(lexicon: Mapping | None) -> list:
    """The ``phrases:`` section of a story lexicon (see :func:`analysis.lexicon.load_story_lexicon`), or ``[]``."""
    section = (lexicon or {}).get("phrases") or []
    if isinstance(section, Mapping):
        return [{k: v} for k, v in section.items()]
    return list(section)


# --- house style: spelling variants and honorifics --------------------------------------------------------

@dataclass(frozen=True)
class StyleVariants:
    """House-style spellings and titles (``analysis/data/style_variants.yaml``, where each part is described):
    ``honorifics`` (left out of keyness), ``capitals`` (an all-capital word -> the term it is counted as where
    its lower case is a stopword), ``hyphen_prefixes``, ``hyphen_words`` and ``hyphen_keep`` (which hyphenated
    words are counted as the closed word)."""

    honorifics: frozenset
    capitals: Mapping[str, str]
    hyphen_prefixes: frozenset
    hyphen_words: frozenset
    hyphen_keep: frozenset


@lru_cache(maxsize=1)
def style_variants() -> StyleVariants:
    """The package's :class:`StyleVariants` (``analysis/data/style_variants.yaml``)."""
    text = resources.files("analysis.data").joinpath("style_variants.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(text) or {}

    def words(name: str) -> frozenset:
        return frozenset(str(w).lower() for w in data.get(name) or ())

    return StyleVariants(words("honorifics"), {str(k): str(v).lower() for k, v in (data.get("capitals") or {}).items()},
                         words("hyphen_prefixes"), words("hyphen_words"), words("hyphen_keep"))


_DOTTED = re.compile(r"(?:[a-z]\.){2,}")


@lru_cache(maxsize=1)
def _function_words() -> frozenset:
    return load_stopwords()


def term_lemma(token: str) -> str:
    """The term a token is counted as in the lemma form: its :func:`analysis.text.lemma`, with spelling
    variants folded (``analysis/data/style_variants.yaml``): a dotted acronym is counted as its letters
    (``C.I.A.`` -> ``cia``, as ``CIA``) unless they, or their lemma, are a function word (``U.S.`` stays ``u.s.``,
    as ``us`` is a form of ``we``),
    and a hyphenated word prefix-word is counted as the closed word where that is an English word
    (``e-mails`` -> ``email``) or a listed compound (``cease-fire`` -> ``ceasefire``), not where the closed
    word is a different one (``re-sign``)."""
    return fold_variant(lemma(token))


def fold_variant(word: str) -> str:
    """:func:`term_lemma` of a word that is already a lemma (:func:`analysis.text.lemma`)."""
    if "." in word:
        if _DOTTED.fullmatch(word):
            letters = word.replace(".", "")
            folded = lemma(letters)
            return word if letters in _function_words() or folded in _function_words() else folded
        return word
    if "-" in word:
        first, _, rest = word.partition("-")
        if not (first.isalpha() and rest.isalpha()):
            return word
        style = style_variants()
        written = f"{first}-{lemma(rest)}"
        if written in style.hyphen_keep:
            return word
        closed = first + rest
        if written in style.hyphen_words or (first in style.hyphen_prefixes
                                             and simplemma.is_known(closed, lang="en")):
            return lemma(closed)
    return word


class _Capitals:
    """Finds the all-capital words of :attr:`StyleVariants.capitals` (``US``) in a text as written, outside the
    given spans (matched phrases): whole words only, not part of a hyphenated word, an abbreviation or a
    contraction (``US-led``, ``U.S``, ``US's`` are not matched)."""

    def __init__(self, capitals: Mapping[str, str]):
        self.capitals = dict(capitals)

    def count(self, text: str) -> dict[str, int] | None:
        """``{term: occurrences}`` of the capital words in ``text``, or None when there are none."""
        found = None
        for word, term in self.capitals.items():
            at = text.find(word)
            while at >= 0:
                end = at + len(word)
                before = text[at - 1] if at else " "
                after = text[end] if end < len(text) else " "
                if not (before.isalnum() or before in "_.'-" or after.isalnum() or after in "_'-"):
                    found = found or {}
                    found[term] = found.get(term, 0) + 1
                at = text.find(word, end)
        return found


# --- counting ---------------------------------------------------------------------------------------------

class TermCounter:
    """Streaming, mergeable term counts per key (a source, a doc_id, anything hashable).

    ``add(key, text)`` adds one analysed text to ``key``; ``merge`` adds another counter's tallies (e.g. from
    another process or another file). ``table()`` / ``to_frame()`` / ``counts()`` give every key's terms in
    the chosen ``form``, with ``stopwords`` (lower case, as from :func:`analysis.text.load_stopwords`) removed
    and, unless ``numbers=True``, tokens with no letter (``2025``, ``1,415``) removed. ``words`` counts every
    running word token, stopwords and numbers included (the denominator of a rate per 1,000 words).

    How: ``add`` lower-cases the text (in C) and finds its :data:`~analysis.text.TOKEN_RE` tokens and their
    64-bit ids with the compiled scanner (:func:`analysis.scanner.token_arrays`, which a test compares with
    ``TOKEN_RE.finditer``); each distinct token gets a number on first sight, kept by id in an
    :class:`analysis.scanner.IdTable` (looked up by compiled code, so no token text is made except the new
    ones), and the document becomes an array of numbers. Only when results are asked for is each distinct
    token lemmatised, once, however often it occurs; the per-key sums are numpy ``unique``/``bincount``.
    Merging maps the other counter's token numbers to this one's through the same table (by id, in compiled
    code). Lower-casing first changes no token (``TOKEN_RE`` looks behind nothing and ahead only for "not a
    letter"); U+0130 (the only character whose lower case is longer) makes the text be counted as written.
    Pending number arrays, and the triples of merged counters, are folded into ``(key, token, count)``
    triples once they hold :attr:`FOLD_TOKENS` entries or as many as the folded triples (whichever is more),
    so memory stays bounded on a large corpus while each entry is folded only a few times: merging many
    counters one after another into one costs time in proportion to their size, not its square.
    """

    FOLD_TOKENS = 5_000_000

    def __init__(self, form: str = "lemma", stopwords: Iterable[str] | None = None,
                 phrases: Iterable | Mapping | Phrases | None = None, numbers: bool = False, fold: bool = True):
        if form not in FORMS:
            raise ValueError(f"form must be one of {', '.join(FORMS)}, not {form!r}")
        self.form = form
        self.stopwords = frozenset(w.lower() for w in (stopwords or ()))
        self.phrases = compile_phrases(phrases)
        self.numbers = numbers
        self.fold = fold and form == "lemma"
        # all-capital words counted as a term where their lower case would be left out (US -> u.s.)
        capitals = {w: t for w, t in style_variants().capitals.items() if self._term(w) is None} if self.fold else {}
        self._capitals = _Capitals(capitals) if capitals else None
        self._key_index: dict[Hashable, int] = {}
        self._tokens: list[str] = []  # token number -> its text (lower case unless form "token")
        self._token_ids: list[np.ndarray] = []  # the tokens' 64-bit ids in number order, in parts
        self._table: IdTable | None = None  # id -> token number; made on first use (not pickled)
        self._pending: list[tuple[int, np.ndarray]] = []
        self._pending_tokens = 0  # number-array entries and merged triples waiting to be folded
        self._merged: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []  # merged counters' triples
        empty = np.zeros(0, dtype=np.int64)
        self._folded = (empty, empty, empty)  # key code, token number, count
        self._phrases: dict[Hashable, Counter] = {}
        self._phrase_words: dict[Hashable, int] = {}
        self._term_index: dict[str, int] = {}  # term -> term code
        self._term_ids: list[int] = []  # token number -> term code (-1: not counted), as far as resolved
        self._tally: tuple | None = None

    def compact(self) -> "TermCounter":
        """Fold what is pending into the ``(key, token, count)`` triples now; return self. A counter is also
        compacted when pickled, so one sent to another process (a pipeline worker's chunk) travels folded and
        the receiver does not fold it again."""
        self._fold()
        return self

    def __getstate__(self) -> dict:
        self._fold()
        state = dict(self.__dict__, _table=None)  # the table is made again from the ids where needed
        state["_token_ids"] = [self._ids()]
        return state

    def _settings(self) -> tuple:
        return (self.form, self.stopwords, dict(self.phrases.terms), self.numbers, self.fold)

    def _key_code(self, key: Hashable) -> int:
        code = self._key_index.get(key)
        if code is None:
            code = self._key_index[key] = len(self._key_index)
            self._phrases[key] = Counter()
            self._phrase_words[key] = 0
        return code

    def _ids(self) -> np.ndarray:
        """The 64-bit id of every token number, in order."""
        if len(self._token_ids) != 1:
            self._token_ids = [np.concatenate(self._token_ids) if self._token_ids else np.zeros(0, np.uint64)]
        return self._token_ids[0]

    def _numbers(self, ids: np.ndarray, words: Callable[[np.ndarray], list[str]]) -> np.ndarray:
        """The token number of each id, new ones numbered in order of first occurrence (``words(indexes)``:
        the texts of the tokens at those indexes, asked only for the first occurrences of new ids)."""
        if self._table is None:
            self._table = IdTable()
            self._table.number(self._ids())  # distinct ids, in number order: numbered 0, 1, 2, ... again
        numbers, first = self._table.number(ids)
        if len(first):
            self._tokens += words(first)
            self._token_ids.append(ids[first])
        return numbers

    def add(self, key: Hashable, text: str, tokens: tuple | None = None) -> "TermCounter":
        """Count the tokens of one analysed text under ``key``. ``tokens``: the text's
        :func:`analysis.scanner.token_arrays`, where the caller has them (they are used when they are the
        counter's own: form lemma or lower, no phrase in the text)."""
        self._tally = None
        code = self._key_code(key)
        written = text
        capitals = self._capitals.count(written) if self._capitals is not None else None
        lower = self.form != "token" and "\u0130" not in text
        if lower:
            text = text.lower()
        else:
            tokens = None
        if self.phrases:
            text_before_phrases = text
            pieces, last = [], 0
            for m in self.phrases.pattern.finditer(text):
                pieces.append(text[last:m.start()])
                self._phrases[key][self.phrases.term(m.group())] += 1
                self._phrase_words[key] += len(_FINDALL(m.group()))
                last = m.end()
            if pieces:
                pieces.append(text[last:])
                text, tokens = " ".join(pieces), None
                if capitals:  # a word inside a phrase is the phrase's (the lower case has the same offsets)
                    spans = [m.span() for m in self.phrases.pattern.finditer(text_before_phrases)]
                    keep = [written[a:b] for a, b in zip([0] + [e for _, e in spans], [s for s, _ in spans] + [None])]
                    capitals = self._capitals.count(" ".join(keep))
        if capitals:
            self._phrases[key].update(capitals)
        starts, ends, ids = tokens if tokens is not None else token_arrays(text, lower=False)
        numbers = self._numbers(ids, lambda first: [text[a:b] for a, b in zip(starts[first].tolist(),
                                                                             ends[first].tolist())])
        self._pending.append((code, numbers))
        self._pending_tokens += len(numbers)
        self._fold_if_due()
        return self

    def add_many(self, keys: Iterable[Hashable], texts: Iterable[str]) -> "TermCounter":
        for key, text in zip(keys, texts):
            self.add(key, text)
        return self

    def _fold_if_due(self) -> None:
        if self._pending_tokens >= max(self.FOLD_TOKENS, len(self._folded[0])):
            self._fold()

    def _fold(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Fold pending number arrays and merged triples into the ``(key, token, count)`` triples."""
        if not self._pending and not self._merged:
            return self._folded
        k0, t0, n0 = self._folded
        parts_k, parts_t, parts_n = [k0], [t0], [n0]
        if self._pending:
            sizes = np.fromiter((len(ids) for _, ids in self._pending), dtype=np.int64, count=len(self._pending))
            codes = np.fromiter((code for code, _ in self._pending), dtype=np.int64, count=len(self._pending))
            parts_k.append(np.repeat(codes, sizes))
            parts_t.append(np.concatenate([ids for _, ids in self._pending]))
            parts_n.append(np.ones(int(sizes.sum()), dtype=np.int64))
        for k, t, n in self._merged:
            parts_k.append(k), parts_t.append(t), parts_n.append(n)
        width = max(len(self._tokens), 1)
        cell, inverse = np.unique(np.concatenate(parts_k) * width + np.concatenate(parts_t), return_inverse=True)
        counts = np.bincount(inverse, weights=np.concatenate(parts_n), minlength=len(cell)).round().astype(np.int64)
        self._folded = (cell // width, cell % width, counts)
        self._pending, self._merged, self._pending_tokens = [], [], 0
        return self._folded

    def merge(self, other: "TermCounter") -> "TermCounter":
        """Add the tallies of ``other`` (counted with the same settings) into this counter; return self."""
        if other._settings() != self._settings():
            raise ValueError("cannot merge term counts made with different settings (form, stopwords, phrases, numbers)")
        self._tally = None
        k, t, n = other._fold()
        key_map = np.array([self._key_code(key) for key in other._key_index], dtype=np.int64)
        token_map = self._numbers(other._ids(), lambda first: [other._tokens[k] for k in first.tolist()])
        for key in other._key_index:
            self._phrases[key].update(other._phrases[key])
            self._phrase_words[key] += other._phrase_words[key]
        if len(n):
            self._merged.append((key_map[k], token_map[t], n))
            self._pending_tokens += len(n)
            self._fold_if_due()
        return self

    @property
    def keys(self) -> list:
        return list(self._key_index)

    def _term(self, token: str) -> str | None:
        term = lemma(token) if self.form == "lemma" else token.lower() if self.form == "lower" else token
        if self.fold and ("-" in term or "." in term):
            term = fold_variant(term)
        if self.stopwords and (term.lower() in self.stopwords or token.lower() in self.stopwords):
            return None
        if not self.numbers and not any(map(str.isalpha, token)):
            return None
        return term

    def resolve_terms(self) -> "TermCounter":
        """Lemmatise (once) every token seen since the last call, giving it its term code: the first part of
        what a table needs, done ahead. The pipeline calls it after merging each worker's chunk, while the
        workers go on counting, so that only the sums are left for the end. Returns self."""
        term_index, term_of, term_ids = self._term_index, self._term, self._term_ids
        for token in self._tokens[len(term_ids):]:
            term = term_of(token)
            term_ids.append(-1 if term is None else term_index.setdefault(term, len(term_index)))
        return self

    def _compute(self) -> tuple[pd.DataFrame, dict, np.ndarray, np.ndarray]:
        """Unsorted tidy ``key, term, count`` rows, running words per key, and for each row its key's code
        and its term's rank among the sorted terms (for :meth:`to_frame`); cached until the next change."""
        if self._tally is not None:
            return self._tally
        key_code, token, n = self._fold()
        self.resolve_terms()
        keys = list(self._key_index)
        words = np.bincount(key_code, weights=n, minlength=len(keys)) if len(n) else np.zeros(len(keys))
        term_code = np.asarray(self._term_ids, dtype=np.int64)[token]
        counted = term_code >= 0
        key_code, term_code, n = key_code[counted], term_code[counted], n[counted]
        # phrase terms join the word terms' codes (a phrase term equal to a word term adds to its count)
        term_index = dict(self._term_index)
        phrase_rows = [(self._key_index[k], term_index.setdefault(t, len(term_index)), c)
                       for k in keys for t, c in self._phrases[k].items()]
        pk, pt, pc = (np.array(col, dtype=np.int64) for col in zip(*phrase_rows)) if phrase_rows else \
            (np.zeros(0, dtype=np.int64),) * 3
        width = max(len(term_index), 1)
        cell, inverse = np.unique(np.r_[key_code * width + term_code, pk * width + pt], return_inverse=True)
        sums = np.bincount(inverse, weights=np.r_[n, pc], minlength=len(cell))
        key_of, term_of = cell // width, cell % width
        key_names = np.empty(len(keys), dtype=object)
        key_names[:] = keys
        term_names = np.empty(len(term_index), dtype=object)
        term_names[:] = list(term_index)
        out = pd.DataFrame({"key": key_names[key_of], "term": term_names[term_of],
                            "count": sums.round().astype("int64")})
        word_counts = {k: int(round(w)) + self._phrase_words[k] for k, w in zip(keys, words)}
        term_rank = pd.factorize(term_names, sort=True)[0]  # distinct terms: each one's code is its rank
        self._tally = (out, word_counts, key_of, term_rank[term_of])
        return self._tally

    def table(self) -> pd.DataFrame:
        """Unsorted tidy ``key, term, count`` rows (the fast end point; :meth:`to_frame` sorts and adds rates)."""
        return self._compute()[0]

    @property
    def words(self) -> dict[Hashable, int]:
        """Running word tokens per key (stopwords, numbers and the words inside phrases included)."""
        return self._compute()[1]

    def counts(self) -> dict[Hashable, Counter]:
        """Every key's ``Counter`` of terms (phrase terms included)."""
        table = self._compute()[0]
        out: dict[Hashable, Counter] = {k: Counter() for k in self._key_index}
        for key, term, n in zip(table["key"], table["term"], table["count"]):
            out[key][term] = int(n)
        return out

    def to_frame(self, key_name: str = "source") -> pd.DataFrame:
        """Tidy table ``key_name, term, count, words, per_1k``, sorted by key, count (descending), term.

        Sorted by ``np.lexsort`` on integer codes (the ranks of key and term among their sorted distinct
        values, and the count): the order ``sort_values`` gives on the columns themselves, without comparing
        strings row by row."""
        table, words, key_of, term_rank = self._compute()
        key_names = np.empty(len(self._key_index), dtype=object)
        key_names[:] = list(self._key_index)
        key_rank = pd.factorize(key_names, sort=True)[0]  # the keys are distinct: each one's code is its rank
        order = np.lexsort((term_rank, -table["count"].to_numpy(), key_rank[key_of]))
        df = table.rename(columns={"key": key_name}).take(order)
        df["words"] = np.array([words[k] for k in self._key_index], dtype=np.int64)[key_of[order]]
        df["per_1k"] = 1000 * df["count"] / df["words"]
        return df.reset_index(drop=True)


def count_terms(text: str, form: str = "lemma", stopwords: Iterable[str] | None = None,
                phrases: Iterable | Mapping | Phrases | None = None, numbers: bool = False) -> Counter:
    """Term counts of one analysed text (a pure function; see :class:`TermCounter` for the options)."""
    return TermCounter(form, stopwords, phrases, numbers).add(0, text).counts()[0]


# --- corpus tables ----------------------------------------------------------------------------------------

BY = ("source", "doc_id", "corpus")


def term_counter(corpus: Corpus, by: str = "source", form: str = "lemma", stopwords: Iterable[str] | None = None,
                 phrases: Iterable | Mapping | Phrases | None = None, numbers: bool = False) -> TermCounter:
    """A :class:`TermCounter` filled with every document of ``corpus``, keyed by ``by`` (``source``,
    ``doc_id`` or ``corpus``: one key, the corpus name)."""
    if by not in BY:
        raise ValueError(f"by must be one of {', '.join(BY)}, not {by!r}")
    docs = corpus.documents
    keys = [corpus.name] * len(docs) if by == "corpus" else docs[by].tolist()
    return TermCounter(form, stopwords, phrases, numbers).add_many(keys, docs["text"])


def frequency_table(corpus: Corpus, by: str = "source", form: str = "lemma", stopwords: Iterable[str] | None = None,
                    phrases: Iterable | Mapping | Phrases | None = None, numbers: bool = False) -> pd.DataFrame:
    """Term frequencies: ``<by>, term, count, words, per_1k``.

    ``count`` is the number of occurrences of the term in the group, ``words`` the group's running word tokens
    (stopwords and numbers included), ``per_1k = 1000 * count / words``. Sorted by group, count (descending),
    term. With ``by="corpus"`` the group column is ``corpus``.
    """
    return term_counter(corpus, by, form, stopwords, phrases, numbers).to_frame(by)


def top_terms(freq: pd.DataFrame, n: int = 10, by: str = "source") -> pd.DataFrame:
    """The ``n`` most frequent terms of each group of a :func:`frequency_table` (ties broken by term)."""
    freq = freq.sort_values([by, "count", "term"], ascending=[True, False, True], kind="mergesort")
    return freq.groupby(by, sort=True).head(n).reset_index(drop=True)


def term_matrix(freq: pd.DataFrame, terms: Iterable[str], by: str = "source", value: str = "per_1k") -> pd.DataFrame:
    """A term x group matrix of ``value`` for the given ``terms`` (0 where a group never uses a term): the
    one place where a wide table is the point (a heat map)."""
    terms = list(dict.fromkeys(terms))
    wide = freq[freq["term"].isin(terms)].pivot_table(index="term", columns=by, values=value, aggfunc="sum", fill_value=0)
    groups = sorted(freq[by].unique())
    return wide.reindex(index=terms, columns=groups, fill_value=0)


def source_sizes(freq: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """Size of each source, indexed by source: ``words`` (running word tokens, from a per-source
    :func:`frequency_table`), ``distinct_terms`` (terms counted) and ``articles`` (rows of ``documents``, a
    corpus's documents table). Sorted by words (descending), then source."""
    sizes = freq.groupby("source").agg(words=("words", "first"), distinct_terms=("term", "size"))
    sizes["articles"] = documents.groupby("source").size()
    order = sorted(sizes.index, key=lambda source: (-sizes.at[source, "words"], source))
    return sizes.loc[order]


def phrase_terms(freq: pd.DataFrame) -> list[str]:
    """The multiword terms (lexicon phrases, counted as one term joined by ``_``) of a frequency table, in its
    row order (most frequent first in a :func:`frequency_table`), each once."""
    return list(dict.fromkeys(t for t in freq["term"] if "_" in t))


def terms_to_compare(freq: pd.DataFrame, n: int = 15) -> list[str]:
    """The terms worth comparing across sources: the first ``n`` terms of a frequency table (by default its
    ``n`` most frequent), then every multiword term (:func:`phrase_terms`), each once."""
    return list(dict.fromkeys(list(freq["term"].head(n)) + phrase_terms(freq)))


# --- n-grams and collocations -----------------------------------------------------------------------------

def _token_column(form: str) -> str:
    if form not in FORMS:
        raise ValueError(f"form must be one of {', '.join(FORMS)}, not {form!r}")
    return form


def _token_terms(tok: pd.DataFrame, form: str) -> pd.Series:
    """Each token's term in ``form``, as :class:`TermCounter` makes it (lemma form: :func:`term_lemma`,
    spelling variants folded; made once per distinct token)."""
    col = _token_column(form)
    if form != "lemma":
        return tok[col].astype(str)
    codes, distinct = pd.factorize(tok["token"])
    terms = np.array([term_lemma(t) for t in distinct], dtype=object)
    return pd.Series(terms[codes], index=tok.index)


def ngram_occurrences(corpus: Corpus, n: int = 2, form: str = "lemma") -> pd.DataFrame:
    """Every run of ``n`` consecutive tokens inside one sentence: ``doc_id, source, sent, start, end, ngram``
    (terms as :class:`TermCounter` makes them, joined by a space; ``raw[start:end]`` is the evidence), in text
    order."""
    _token_column(form)
    tok = corpus.tokens
    if tok.empty or n < 1:
        return pd.DataFrame(columns=["doc_id", "source", "sent", "start", "end", "ngram"])
    words = _token_terms(tok, form)
    parts = [words.shift(-k) for k in range(n)]
    same = pd.Series(True, index=tok.index)
    for k in range(1, n):
        same &= (tok["doc_id"].shift(-k) == tok["doc_id"]) & (tok["sent"].shift(-k) == tok["sent"])
    out = pd.DataFrame({
        "doc_id": tok["doc_id"], "sent": tok["sent"], "start": tok["start"],
        "end": tok["end"].shift(-(n - 1)), "ngram": parts[0].str.cat(parts[1:], sep=" ") if n > 1 else parts[0],
    })[same]
    out["end"] = out["end"].astype("int64")
    for k in range(n):
        out[f"w{k}"] = parts[k][same]
    source = dict(zip(corpus.documents["doc_id"], corpus.documents["source"]))
    out.insert(1, "source", out["doc_id"].map(source))
    return out.reset_index(drop=True)


def _keep_ngram(words: tuple, stopwords: frozenset, numbers: bool) -> bool:
    """An n-gram is kept unless its first or last word is a stopword (so "coalition of the willing" stays),
    and, unless ``numbers``, every word has a letter."""
    if words[0] in stopwords or words[-1] in stopwords:
        return False
    return numbers or all(any(c.isalpha() for c in w) for w in words)


def ngram_table(corpus: Corpus, n: int = 2, by: str = "source", form: str = "lemma",
                stopwords: Iterable[str] | None = None, min_count: int = 1, numbers: bool = False) -> pd.DataFrame:
    """N-gram frequencies per group: ``<by>, ngram, n, count, words, per_1k, doc_id, start, end`` where
    ``doc_id, start, end`` locate the n-gram's first occurrence in the group. N-grams never cross a sentence
    boundary; those starting or ending with a stopword are left out (see :func:`_keep_ngram`). Sorted by
    group, count (descending), n-gram."""
    stop = frozenset(w.lower() for w in (stopwords or ()))
    occ = ngram_occurrences(corpus, n, form)
    cols = [by, "ngram", "n", "count", "words", "per_1k", "doc_id", "start", "end"]
    if occ.empty:
        return pd.DataFrame(columns=cols)
    wcols = [f"w{k}" for k in range(n)]
    keep = [_keep_ngram(tuple(w.lower() for w in ws), stop, numbers) for ws in occ[wcols].itertuples(index=False)]
    occ = occ[keep]
    group = occ["doc_id"] if by == "doc_id" else (occ["source"] if by == "source" else pd.Series(corpus.name, index=occ.index))
    occ = occ.assign(**{"_g": group})
    agg = occ.groupby(["_g", "ngram"], sort=True).agg(count=("start", "size"), doc_id=("doc_id", "first"),
                                                      start=("start", "first"), end=("end", "first")).reset_index()
    agg = agg[agg["count"] >= min_count].rename(columns={"_g": by})
    words = term_counter(corpus, by if by in BY else "source").words
    agg["n"] = n
    agg["words"] = agg[by].map(words).astype("int64")
    agg["per_1k"] = 1000 * agg["count"] / agg["words"]
    agg = agg.sort_values([by, "count", "ngram"], ascending=[True, False, True], kind="mergesort")
    return agg[cols].reset_index(drop=True)


MEASURES = {"pmi": "pmi", "likelihood_ratio": "likelihood_ratio", "t_score": "student_t"}
"""Output column -> NLTK association measure (``nltk.metrics.association``)."""


def collocations(corpus: Corpus, n: int = 2, form: str = "lemma", stopwords: Iterable[str] | None = None,
                 min_count: int = 3, numbers: bool = False) -> pd.DataFrame:
    """Collocations (n = 2 or 3) scored with NLTK's association measures, ``min_count`` occurrences or more.

    Columns: ``ngram, n, count, pmi, likelihood_ratio, t_score, sources, docs, doc_id, start, end``
    (``sources``/``docs``: how many use it; ``doc_id, start, end``: its first occurrence).

    * PMI (Church & Hanks 1990): ``log2(P(w1..wn) / (P(w1)...P(wn)))``;
    * log-likelihood ratio (Dunning 1993): ``2 * sum O * ln(O / E)`` over the contingency table;
    * t-score (Church et al. 1991): ``(O - E) / sqrt(O)`` with ``E`` the count expected under independence.

    Counts are made by NLTK's ``Bigram/TrigramCollocationFinder`` over the corpus's sentences (so no
    collocation crosses a sentence boundary), on the tokens of ``Corpus.tokens``. N-grams that start or end
    with a stopword, or (unless ``numbers``) contain a word without a letter, are left out. Sorted by
    log-likelihood (descending), then n-gram.
    """
    if n not in (2, 3):
        raise ValueError("collocations are scored for n = 2 (bigrams) or n = 3 (trigrams)")
    _token_column(form)
    stop = frozenset(w.lower() for w in (stopwords or ()))
    cols = ["ngram", "n", "count", *MEASURES, "sources", "docs", "doc_id", "start", "end"]
    tok = corpus.tokens
    if not tok.empty:
        tok = tok.assign(_term=_token_terms(tok, form))
    sentences = [list(s) for _, s in tok.groupby(["doc_id", "sent"], sort=False)["_term"]] if not tok.empty else []
    finder_cls, measures = (BigramCollocationFinder, BigramAssocMeasures) if n == 2 else (TrigramCollocationFinder, TrigramAssocMeasures)
    finder = finder_cls.from_documents(sentences)
    finder.apply_freq_filter(min_count)
    finder.apply_ngram_filter(lambda *ws: not _keep_ngram(tuple(w.lower() for w in ws), stop, numbers))
    scores = {name: dict(finder.score_ngrams(getattr(measures, fn))) for name, fn in MEASURES.items()}
    if not scores["pmi"]:
        return pd.DataFrame(columns=cols)
    occ = ngram_occurrences(corpus, n, form)
    first = occ.groupby("ngram", sort=False).agg(sources=("source", "nunique"), docs=("doc_id", "nunique"),
                                                 doc_id=("doc_id", "first"), start=("start", "first"), end=("end", "first"))
    rows = []
    for ngram in scores["pmi"]:
        key = " ".join(ngram)
        rows.append({"ngram": key, "n": n, "count": int(finder.ngram_fd[ngram]),
                     **{name: float(scores[name][ngram]) for name in MEASURES}, **first.loc[key].to_dict()})
    df = pd.DataFrame(rows, columns=cols)
    df = df.sort_values(["likelihood_ratio", "ngram"], ascending=[False, True], kind="mergesort")
    return df.reset_index(drop=True)


def phrases_from_collocations(colls: pd.DataFrame, min_count: int = 3, min_pmi: float = 3.0,
                              min_sources: int = 1, known: Iterable = ()) -> list[str]:
    """Collocations strong enough to be counted as one term: at least ``min_count`` occurrences, PMI of at
    least ``min_pmi`` (the words meet 2**min_pmi times more often than chance) in ``min_sources`` sources,
    leaving out those inside a ``known`` phrase (compared as lemmas, so "security guarantee" is inside
    "security guarantees" and "nuclear power" inside "Zaporizhzhia nuclear power plant").
    The n-grams are lemmas: add the spelling(s) the articles use to the lexicon's ``phrases:``."""
    known_lemmas = [" " + " ".join(lemma(w) for w in TOKEN_RE.findall(_phrase_key(str(k)))) + " "
                    for entry in known for k in ((entry if isinstance(entry, Mapping) else {entry: None}).keys())]
    keep = colls[(colls["count"] >= min_count) & (colls["pmi"] >= min_pmi) & (colls["sources"] >= min_sources)]
    return sorted(g for g in keep["ngram"] if not any(f" {g} " in k for k in known_lemmas))


# --- tables for the command line --------------------------------------------------------------------------

def story_phrases(corpus: Corpus) -> list:
    """The ``phrases:`` of the story lexicon that sits with ``corpus`` (``[]`` if there is none)."""
    from analysis.actors import corpus_lexicon  # finds the lexicon from the documents' paths

    return phrases_from_lexicon(corpus_lexicon(corpus))


def frequency_csv(corpus: Corpus) -> pd.DataFrame:
    """``frequency.csv``: lemma frequencies per source (package stopwords removed, words without a letter
    removed, the story lexicon's phrases counted as one term): ``source, term, count, words, per_1k``."""
    from analysis.text import load_stopwords

    return frequency_table(corpus, by="source", stopwords=load_stopwords(), phrases=story_phrases(corpus))


def collocations_csv(corpus: Corpus) -> pd.DataFrame:
    """``collocations.csv``: bigrams and trigrams (lemmas, not starting or ending with a stopword) seen at
    least twice, scored by PMI, log-likelihood and t-score (:func:`collocations`)."""
    from analysis.text import load_stopwords

    stop = load_stopwords()
    parts = [collocations(corpus, n, stopwords=stop, min_count=2) for n in (2, 3)]
    return pd.concat([p for p in parts if not p.empty] or parts[:1], ignore_index=True)
