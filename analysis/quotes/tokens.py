"""The token view the quotation rules read: :class:`Words`, one entry per token with its text, lower case,
offsets and named predicates (``w.is_name(k)``, ``w.starts_alnum(k)``, ``w.ends_sentence(k)``, ...).

Behind the predicates each token carries an integer of flag bits, one bit per test on its text, worked out once
per distinct word (:class:`WordTable`, keyed by the compiled scanner's word ids) and looked up by word number:
a document's tokens get their flags without Python code per token, and the compiled kernels at the end
of this module and NumPy read the same bits. The flag constants are private to this module
and the kernels; the rules use the predicates.

The tokenizer is :data:`TOKEN_RE` (built by :func:`analysis.scanner.quote_token_re` from the dotted
abbreviations of ``quote_words.yaml``); the compiled scanner finds exactly its tokens.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache
from operator import itemgetter
from typing import Sequence

import numpy as np
from numba import njit

from analysis import scanner, text as textlib
from analysis.quotes.vocabulary import (CONNECTORS, DOTTED_ABBREVIATIONS, FEMALE_WORDS, GENDER_PRONOUNS,
                                        HEADING_VERBS, MALE_WORDS, NAME_RUN_TITLES, NOT_NAMES, ORG_WORDS,
                                        PERSON_TITLES, SENTENCE_OPENERS)

TITLES = DOTTED_ABBREVIATIONS
"""The abbreviations :data:`TOKEN_RE` keeps with their dot before white space."""
TOKEN_RE = scanner.quote_token_re(TITLES)
"""The quotation rules' tokenizer (see :func:`analysis.scanner.quote_token_re`)."""

SENTENCE_END = frozenset((".", "!", "?"))
AFTER_STOP = frozenset((".", "!", "?", ";", "\""))  # where the text after a quote stops being its attribution
POSSESSIVE_TOKENS = frozenset(("'s", "\u2019s"))  # the possessive ending as a token of its own
DASHES = frozenset(("-", "--", "\u2014", "\u2013"))  # a dash token: hyphen or two set apart, em dash, en dash

# flag bits of a token text (:meth:`WordTable.flags_of`); read through the predicates of :class:`Words`
NAME = 1         # a capitalised word that may be part of a name (not in NOT_NAMES)
RUN = 2          # a run of name words may start here: a name word or Mr/Mrs/Ms/Dr
CUE = 4          # a cue may start here (WordTable)
END = 8          # ends a sentence: in SENTENCE_END
STOP = 16        # in AFTER_STOP
CONNECTOR = 32   # lower case in CONNECTORS
ORG = 64         # lower case in ORG_WORDS, or the plural of one
MALE = 128       # lower case in MALE_WORDS
FEMALE = 256     # lower case in FEMALE_WORDS
HE_SHE = 512     # lower case in GENDER_PRONOUNS
TITLE = 1024     # lower case in PERSON_TITLES
UPPER = 2048     # str.isupper: cased characters, all upper case
CAP = 4096       # starts with an upper-case character
ALNUM = 8192     # starts with a letter or digit
ALPHA = 16384    # starts with a letter
DOTTED = 32768   # a word kept with its final dot ("U.S.", "Mr."): may end a sentence (Doc)
OPENER = 65536   # capitalised and in SENTENCE_OPENERS: after a dotted word, it starts a sentence
ABBREV = 131072  # all digits, or an abbreviation a full stop may follow mid-sentence (dot_continues reads on)
HEADING_VERB = 262144  # capitalised and in HEADING_VERBS: a heading's verb after a name word (heading_verbs)


ABBREVIATIONS = textlib.default_abbreviations()
"""Words that a full stop follows without ending the sentence (``analysis/data/abbreviations.txt``)."""


def may_precede_inner_dot(text: str, low: str) -> bool:
    """A full stop after this token may end no sentence (:func:`dot_continues` reads on): digits, or an
    abbreviation of ``ABBREVIATIONS`` (also after a hyphen: "D-Mo"), or a letter of a party and state code of
    initials ("D-N", "Y" of "D-N.Y.")."""
    return text.isdigit() or low in ABBREVIATIONS or "-" in low and low.rsplit("-", 1)[1] in ABBREVIATIONS \
        or text.isupper() and (len(text) == 1 or len(text) == 3 and text[1] == "-")


def dot_continues(w: "Words", k: int) -> bool:
    """The full stop at token ``k`` ends no sentence: it joins the digits of a decimal ("$5.7 billion") or
    follows an abbreviation with a number, a lower-case word or a comma after it ("Sept. 15", "Inc. said"),
    also after a bracket or a hyphen ("Sen. Claire McCaskill (D-Mo.) said"), or sits inside a web address, glued
    to a word and a lower-case word after it ("Healthcare.gov").
    Punkt's rules for the same cases, read on the tokens."""
    if w.txt[k] != "." or k == 0 or k + 1 >= len(w.txt) or w.en[k - 1] != w.st[k]:
        return False
    nxt = w.txt[k + 1]
    if w.st[k + 1] == w.en[k] and nxt.isalpha() and nxt.islower():
        return True  # a web address: "Healthcare.gov", "Amazon.com"
    if w.txt[k - 1].isdigit() and nxt[:1].isdigit() and w.st[k + 1] == w.en[k]:
        return True
    abbreviation = w.low[k - 1]
    if abbreviation not in ABBREVIATIONS:
        if "-" not in abbreviation or abbreviation.rsplit("-", 1)[1] not in ABBREVIATIONS:  # "D-Mo": party, state
            if not ((len(abbreviation) == 1 or len(abbreviation) == 3 and abbreviation[1] == "-")
                    and _state_initials(w, k)):
                return False
            if len(abbreviation) > 1:
                return True  # the first dot of "D-N.Y.": a letter and its dot follow
    if nxt == ")" and k + 2 < len(w.txt):  # "(D-Mo.) said": the word after the bracket tells
        nxt = w.txt[k + 2]
    return nxt[:1].isdigit() or nxt[:1].islower() or nxt == ","


def _state_initials(w: "Words", k: int) -> bool:
    """The full stop at token ``k`` is one of a party and state code of initials, which the tokens split after
    the hyphen ("(D-N.Y.)": "D-N", ".", "Y", "."): its letter is the one after the hyphen and a glued letter
    and dot follow, or it is the second letter of such a code; or the party letter of "(R., Ill.)"."""
    low, st, en = w.low, w.st, w.en
    if len(low[k - 1]) == 1 and k >= 2 and w.txt[k - 2] == "(":
        return True  # "(R., Ill.)": a party letter opening the bracket
    if len(low[k - 1]) == 3 and low[k - 1][1] == "-":
        return k + 2 < len(low) and len(low[k + 1]) == 1 and w.txt[k + 2] == "." and en[k] == st[k + 1] \
            and en[k + 1] == st[k + 2]
    return len(low[k - 1]) == 1 and k >= 3 and w.txt[k - 2] == "." and len(low[k - 3]) == 3 \
        and low[k - 3][1] == "-" and en[k - 3] == st[k - 2] and en[k - 2] == st[k - 1]


TITLE_ABBREVIATIONS = frozenset(a for a, _ in textlib.sentence_starters()[1])
"""Abbreviations that never end a sentence (titles, "No.", "vs."; the sentence splitter's ``never_final`` list of
``analysis/data/sentence_starters.yaml``)."""
SHORT_ABBREVIATION = 4  # letters of a capitalised word that a full stop may follow as an abbreviation ("Supt.")


def title_dot(w: "Words", k: int) -> bool:
    """The full stop at token ``k`` belongs to a title abbreviation before a name and ends no sentence
    ("Navy Cmdr. John Smith", "Lt. Gen. Mark Hertling", "Supt. Garry McCarthy"): it follows, without a space, a
    capitalised word that is a title abbreviation (:data:`TITLE_ABBREVIATIONS`) or any capitalised word of 2 to
    :data:`SHORT_ABBREVIATION` letters, and a name word that is no sentence opener follows it. For a word not
    listed, a name of two words follows (or another such abbreviation), and the document never writes the word
    without its dot: "Cruz. Donald Trump said" still ends a sentence when "Cruz" stands elsewhere alone."""
    if w.txt[k] != "." or k == 0 or k + 2 >= len(w.txt) or w.en[k - 1] != w.st[k]:
        return False
    if not (w.is_name(k + 1) and w.fl[k + 1] & OPENER == 0):
        return False
    word = w.txt[k - 1]
    if not (word[:1].isupper() and word.isalpha()):
        return False
    if w.low[k - 1] in TITLE_ABBREVIATIONS:
        return True
    if not (2 <= len(word) <= SHORT_ABBREVIATION and word[1:].islower()):
        return False
    if not (w.is_name(k + 2) or w.txt[k + 2] == "." and w.en[k + 1] == w.st[k + 2]):
        return False
    txt, at = w.txt, -1
    while True:  # every occurrence of the word is followed by its dot
        try:
            at = txt.index(word, at + 1)
        except ValueError:
            return True
        if at + 1 >= len(txt) or txt[at + 1] != "." or w.en[at] != w.st[at + 1]:
            return False


class _TokInfo(dict):
    """``{token text: (low, cap, name)}``, filled on first look-up of each text: ``low`` is the lower case
    without a final dot, ``cap`` says it starts upper case, ``name`` that it is a capitalised word that may be
    part of a name (not one of ``NOT_NAMES``)."""

    def __missing__(self, text: str) -> tuple[str, bool, bool]:
        if len(self) > 500_000:
            self.clear()
        low = text.lower().rstrip(".")
        c0 = text[:1]
        cap = c0.isupper()
        info = self[text] = (low, cap, cap and c0.isalpha() and low not in NOT_NAMES)
        return info


_TOK_INFO = _TokInfo()


class _Lemmas(dict):
    """``{token text: its lemma}``, filled on first look-up of each text: :func:`analysis.text.lemma` with
    curly apostrophes straightened."""

    def __missing__(self, text: str) -> str:
        if len(self) > 500_000:
            self.clear()
        lem = self[text] = textlib.lemma(text.replace("’", "'"))
        return lem


lemma = _Lemmas().__getitem__
"""The lemma of a token text (:class:`_Lemmas`: a dictionary look-up once the text has been seen)."""


class Words:
    """Tokens as the rules read them: one entry per token in ``txt`` (the text), ``low`` (lower case without a
    final dot), ``st`` / ``en`` (offsets in the document text) and the predicates below (over the flag bits
    ``fl``). A document's tokens (:class:`analysis.quotes.document.Doc`) or a cut text's (:func:`words`); the
    rules take a stretch ``lo`` to ``hi - 1`` of them and absolute indexes."""

    __slots__ = ("txt", "low", "fl", "st", "en")

    def __init__(self, txt: Sequence[str], low: Sequence[str], fl: list[int], st: list[int], en: list[int]):
        self.txt, self.low, self.fl, self.st, self.en = txt, low, fl, st, en

    def __len__(self) -> int:
        return len(self.txt)

    def is_name(self, k: int) -> bool:
        """A capitalised word that may be part of a name (not a function word, day or month)."""
        return self.fl[k] & NAME != 0

    def is_title(self, k: int) -> bool:
        """A person's title or role (``titles.yaml``, use ``speaker``)."""
        return self.fl[k] & TITLE != 0

    def is_upper(self, k: int) -> bool:
        """All its cased characters are upper case ("NATO", "U.S.")."""
        return self.fl[k] & UPPER != 0

    def starts_upper(self, k: int) -> bool:
        return self.fl[k] & CAP != 0

    def starts_alnum(self, k: int) -> bool:
        return self.fl[k] & ALNUM != 0

    def starts_alpha(self, k: int) -> bool:
        return self.fl[k] & ALPHA != 0

    def may_start_cue(self, k: int) -> bool:
        """A reporting verb (of one or more words) may start here (:class:`WordTable`)."""
        return self.fl[k] & CUE != 0

    def is_acronym(self, k: int) -> bool:
        """An upper-case token of two or more characters ("NATO", "CNN")."""
        return self.fl[k] & UPPER != 0 and len(self.txt[k]) > 1

    def is_title_dot(self, k: int) -> bool:
        """The full stop of a title abbreviation inside a name ("Cmdr." of "Navy Cmdr. John Smith", found by
        :func:`title_dot` when the document's tokens were read)."""
        return self.txt[k] == "." and k > 0 and self.fl[k] & END == 0 and self.fl[k - 1] & TITLE != 0

    def is_possessive(self, k: int) -> bool:
        return self.txt[k] in POSSESSIVE_TOKENS


def _picker(indexes: list[int]):
    """A function ``seq -> tuple(seq[i] for i in indexes)``: :func:`operator.itemgetter` of the indexes, which
    picks them in C, not with a Python call per index."""
    if len(indexes) > 1:
        return itemgetter(*indexes)
    return lambda seq: tuple(seq[i] for i in indexes)  # itemgetter of one index gives the item, of none fails


class WordTable(dict):
    """``{token text: may a cue start here}`` for one verbs dict, filled on first look-up of each word, and the
    flags of every word, kept by word number.

    False when no cue (of one or more words) can start with the token, whatever its context: it does not
    start with a letter, or it is not "according" and neither its lower-case form nor its lemma is a cue or
    the first word of a multiword cue. :func:`analysis.quotes.cues.cue_at` returns ``None`` at every such
    token; the answer is the ``CUE`` flag of the token, so the rules visit only the tokens where a cue may
    start, and the lemmatiser runs once per distinct word. The table also numbers the words (:meth:`number`)
    and keeps what the rules read of each by that number: its flags, text and lower case."""

    def __init__(self, verbs: dict[str, str]):
        super().__init__()
        self.verbs = verbs
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
        """The flags of a token text (``NAME``, ``CUE``, ... above: each bit one test on the text)."""
        low, cap, name = _TOK_INFO[text]
        c0 = text[:1]
        return (name * NAME | (name or low in NAME_RUN_TITLES) * RUN | self[text] * CUE
                | (text in SENTENCE_END) * END | (text in AFTER_STOP) * STOP | (low in CONNECTORS) * CONNECTOR
                | (low in ORG_WORDS or low[-1:] == "s" and low[:-1] in ORG_WORDS) * ORG
                | (low in MALE_WORDS) * MALE | (low in FEMALE_WORDS) * FEMALE
                | (low in GENDER_PRONOUNS) * HE_SHE | (low in PERSON_TITLES) * TITLE | text.isupper() * UPPER
                | cap * CAP | c0.isalnum() * ALNUM | c0.isalpha() * ALPHA
                | (len(text) > 1 and text[-1] == ".") * DOTTED | (cap and low in SENTENCE_OPENERS) * OPENER
                | may_precede_inner_dot(text, low) * ABBREV | (cap and low in HEADING_VERBS) * HEADING_VERB)

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

    def document_words(self, text: str, cp: np.ndarray) -> tuple[Words, np.ndarray, np.ndarray, np.ndarray]:
        """The tokens of a whole document (its :func:`analysis.scanner.code_points` ``cp``): its :class:`Words`
        (text and lower case picked from the words kept by number: no Python code per token) and, as arrays
        for compiled code and NumPy, the token starts, ends and flags."""
        starts, ends, ids = scanner.quote_token_arrays(cp, TITLES)
        numbers = self.number(text, starts, ends, ids)
        flags = self.word_flags[numbers]
        verbs = np.flatnonzero(flags & HEADING_VERB)
        if len(verbs):  # (a copy: picked by the word numbers)
            flags[[k for k in verbs.tolist() if heading_verb(flags, k)]] &= ~(NAME | RUN)
        pick = _picker(numbers.tolist())
        return Words(pick(self.texts), pick(self.lows), flags.tolist(), starts.tolist(), ends.tolist()), \
            starts, ends, flags


def word_table(verbs: dict[str, str]) -> WordTable:
    """The :class:`WordTable` of a verbs dict (kept for the verbs last used, found by their content)."""
    return _word_table(tuple(verbs.items()))


@lru_cache(maxsize=1)
def _word_table(verbs: tuple[tuple[str, str], ...]) -> WordTable:
    return WordTable(dict(verbs))


def words(text: str, start: int, end: int, table: WordTable) -> Words:
    """The :data:`TOKEN_RE` tokens of ``text[start:end]`` (the spans of ``TOKEN_RE.finditer(text, start, end)``,
    found by :func:`analysis.scanner.quote_token_spans`), flagged by ``table``."""
    st, en = scanner.quote_token_spans(text, start, end, TITLES)
    txt = list(map(text.__getitem__, map(slice, st, en)))
    return Words(txt, [_TOK_INFO[t][0] for t in txt], heading_verbs_named(list(map(table.flags_of, txt))), st, en)


def heading_verb(fl, k: int) -> bool:
    """Token ``k`` (flags ``fl``) is the verb of a title-case heading: a capitalised word of ``heading_verbs``
    after a name word and before a capitalised word ("Obama Will Travel", "Romney Says Report"), so no name word."""
    return fl[k] & HEADING_VERB != 0 and 0 < k < len(fl) - 1 and fl[k - 1] & NAME != 0 and fl[k + 1] & CAP != 0


def heading_verbs_named(fl: list[int]) -> list[int]:
    """``fl`` with the ``NAME`` and ``RUN`` bits of the heading verbs (:func:`heading_verb`) cleared, in place."""
    for k in [k for k, f in enumerate(fl) if f & HEADING_VERB and heading_verb(fl, k)]:
        fl[k] &= ~(NAME | RUN)
    return fl


def words_in(text: str, doc_words: Words, start: int, end: int, table: WordTable) -> Words:
    """``words(text, start, end, table)`` taken from the document's tokens ``doc_words`` where they are the
    same.

    Exactly the same tokens: matching stops at ``end`` when the text is cut there, so a token that ends within
    :data:`analysis.scanner.QUOTE_LOOKAHEAD` code points of ``end`` (where the lookaheads of :data:`TOKEN_RE`
    and greedy runs may see past it) is re-matched on the cut text; a document token across ``start`` (not a
    token boundary) falls back to a full re-match.
    """
    w = doc_words
    starts, ends = w.st, w.en
    a = bisect_left(starts, start)
    if a > 0 and ends[a - 1] > start:
        return words(text, start, end, table)
    reach = scanner.QUOTE_LOOKAHEAD
    b = bisect_left(starts, end - reach, a)  # tokens from b on may read text at or past ``end``
    while b > a and ends[b - 1] > end - reach - 1:
        b -= 1
    rest = words(text, ends[b - 1] if b > a else start, end, table)
    return Words([*w.txt[a:b], *rest.txt], [*w.low[a:b], *rest.low], w.fl[a:b] + rest.fl, starts[a:b] + rest.st,
                 ends[a:b] + rest.en)


# --- compiled kernels over the flag bits (the rules they implement are described in each docstring) -------

GENDER_WINDOW = 12  # tokens after a name searched for he / his / she: about one clause of news prose


@njit(cache=True)
def gender_evidence(flags, quoted, firsts, afters):
    """For each person mention (``firsts``: its first token, ``afters``: the token after it): 1 (male) or 2
    (female) from the word before it, or the word before the comma of an apposition ("his widow, Marina,"), else
    3 (male) or 4 (female) from the first he / his / she among the ``GENDER_WINDOW`` tokens after it before a
    sentence end or a quote (weaker evidence: the pronoun may stand for someone else), else 0."""
    out = np.zeros(len(firsts), dtype=np.int64)
    n = len(flags)
    for r in range(len(firsts)):
        i = firsts[r]
        if i > 0 and flags[i - 1] & (MALE | FEMALE):
            out[r] = 1 if flags[i - 1] & MALE else 2
            continue
        # an apposition after a gendered noun, closed by punctuation: "Litvinenko's widow, Marina, speaking"
        if i > 1 and flags[i - 2] & (MALE | FEMALE) and not flags[i - 1] & (ALNUM | END) \
                and afters[r] < n and not flags[afters[r]] & ALNUM:
            out[r] = 1 if flags[i - 2] & MALE else 2
            continue
        for k in range(afters[r], min(afters[r] + GENDER_WINDOW, len(flags))):
            if flags[k] & END or quoted[k]:
                break
            if flags[k] & HE_SHE:
                out[r] = 3 if flags[k] & MALE else 4
                break
    return out


NOT_A_MENTION, ORG_MENTION, PERSON_MENTION, IF_SURNAME = 0, 1, 2, 3
"""What a run of name words is (:func:`name_runs`); ``IF_SURNAME``: a single word, a person if it is a
surname known by then."""


@njit(cache=True)
def name_runs(flags, quoted, lengths):
    """The runs of name words of :func:`analysis.quotes.speakers.name_mentions`, in order: first and last token, kind (see above) and
    for a person the token the name starts at. A run starts at a ``RUN`` token (a name word or Mr/Mrs/Ms/Dr) not quoted (``quoted[k]``:
    token k starts inside a quote) and not inside the run before, and goes on over ``NAME`` tokens and
    ``CONNECTOR`` tokens followed by either ("Ursula von der Leyen"). Its kind, in this order: a person
    after the run's last title when no organisation word follows that title ("European Commission President
    Ursula von der Leyen"); an organisation when it has an organisation word or is one upper-case token of
    2+ characters (``lengths``); a person from its first word that is not a title when it has 2+ such words
    or a title before it; a single word that may be a surname; else nothing."""
    n = len(flags)
    out = np.empty((n, 4), dtype=np.int64)
    m = 0
    i = 0
    while i < n:
        if not flags[i] & RUN or quoted[i]:
            i += 1
            continue
        j = i
        while j + 1 < n and (flags[j + 1] & NAME or flags[j + 1] & CONNECTOR and j + 2 < n
                             and flags[j + 2] & (NAME | CONNECTOR)):
            j += 1
        last_title = -1  # the last title word before the run's last word
        for k in range(j - 1, i - 1, -1):
            if flags[k] & TITLE:
                last_title = k
                break
        has_org = org_after_title = False
        first = -1  # the first word that is not a title
        names = 0
        for k in range(i, j + 1):
            if flags[k] & ORG:
                has_org = True
                org_after_title = org_after_title or 0 <= last_title < k
            if not flags[k] & TITLE:
                names += 1
                if first < 0:
                    first = k
        kind = NOT_A_MENTION
        if last_title >= 0 and not org_after_title:
            kind, first = PERSON_MENTION, last_title + 1
        elif has_org or i == j and lengths[i] > 1 and flags[i] & UPPER:
            kind = ORG_MENTION
        elif names and (names >= 2 or i > 0 and flags[i - 1] & TITLE):  # (a title inside: taken above)
            kind = PERSON_MENTION
        elif i == j:
            kind = IF_SURNAME
        out[m, 0], out[m, 1], out[m, 2], out[m, 3] = i, j, kind, first
        m += 1
        i = j + 1
    return out[:m].copy()

