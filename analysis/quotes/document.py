"""One document as the quotation rules see it (:class:`Doc`): its text, paragraphs, quoted pieces and tokens,
with the look-ups the rules make (the token at a position, the paragraph of a position, inside a quote?)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from operator import lt

import numpy as np

from analysis import scanner
from analysis.quotes.marks import find_pieces
from analysis.quotes.tokens import (ABBREV, CAP, CUE, DOTTED, END, NAME, OPENER, STOP, TITLE, TITLES, dot_continues,
                                    title_dot, word_table)
from analysis.quotes.vocabulary import FIRST_NAME_GENDERS

# months that are surnames after a first name ("Theresa May", "Brian May"): name words there
SURNAME_MONTHS = ("May", "June", "April")
# words before a month that keep it a month ("in May", "early June", "of April")
MONTH_CONTEXT = frozenset(("in", "on", "of", "since", "until", "till", "by", "from", "to", "through", "during",
                           "before", "after", "last", "next", "this", "early", "late", "mid", "each", "every"))


def _occurrences(text: str, word: str, starts, w) -> list[int]:
    """The tokens that are ``word`` (as written) in ``text``, found with ``str.find``."""
    out, i = [], text.find(word)
    while i >= 0:
        k = bisect_left(starts, i)
        if k < len(w) and starts[k] == i and w.txt[k] == word:
            out.append(k)
        i = text.find(word, i + len(word))
    return out


CAPS_HEADING_WORDS = 4  # words of a paragraph in capitals that is a heading, at least ("CHANGE THE LAWS!" is not)


class Doc:
    """``text`` (analysed), ``raw`` (file text, same length), ``paras`` (paragraph spans), ``pieces`` (quoted
    stretches), ``words`` (the :class:`analysis.quotes.tokens.Words` of the whole text) and ``verbs``."""

    def __init__(self, text: str, raw: str | None, paras: list[tuple[int, int]], verbs: dict[str, str]):
        self.text = text
        self.raw = raw if raw is not None and len(raw) == len(text) else text
        self.paras = paras
        starts, ends = zip(*paras) if paras else ((), ())
        self._para_starts = list(starts)
        self._paras_apart = all(map(lt, ends, starts[1:]))  # each paragraph ends before the next one starts
        self.verbs = verbs
        self._caps: dict[int, bool] = {}  # paragraph start -> a heading in capitals (:meth:`caps_paragraph`)
        self.pieces = find_pieces(text, raw, paras)
        self.quoted = [(p.start, p.end) for p in self.pieces]
        self.table = table = word_table(verbs)
        cp = scanner.code_points(text)
        self.words, self.starts, self.ends, self.flags = table.document_words(text, cp)
        w = self.words
        f = self.flags
        # a word kept with its dot before a sentence opener ends a sentence too ("in the U.S. He says")
        fl = w.fl
        for k in np.flatnonzero(f[:-1] & DOTTED).tolist():
            if fl[k + 1] & OPENER:
                fl[k] |= END | STOP
                f[k] = fl[k]
        at = np.flatnonzero(f & END)
        ends = at.tolist()  # the tokens that end a sentence
        at = at[at > 0]
        at = at[f[at - 1] & ABBREV != 0]  # after digits or an abbreviation: may end no sentence
        continuing = [k for k in at.tolist() if dot_continues(w, k)]  # "$5.7 billion", "Sept. 15": no sentence end
        at = np.array(ends, dtype=np.int64)  # a full stop glued to the words on both sides: "Healthcare.gov"
        at = at[(at > 0) & (at + 1 < len(f))]
        at = at[(self.starts[at] == self.ends[at - 1]) & (self.starts[at + 1] == self.ends[at])]
        web = [k for k in at.tolist() if w.txt[k] == "." and w.txt[k + 1].isalpha() and w.txt[k + 1].islower()]
        for k in web:  # the words of a web address name no one ("CNSNews.com", "HealthCare.gov")
            self.flags[k - 1] &= ~(NAME | CAP)
            w.fl[k - 1] = int(self.flags[k - 1])
        continuing += web
        for month in SURNAME_MONTHS:  # a month after a first name is a surname ("Theresa May")
            tokens = [k for k in _occurrences(text, month, self.starts, w) if k > 0]
            if any(w.low[k - 1] in FIRST_NAME_GENDERS and w.starts_upper(k - 1) for k in tokens):
                # then the name alone too ("Trump said May said"), not the month ("in May", "May 15")
                for k in tokens:
                    if w.low[k - 1] in FIRST_NAME_GENDERS and w.starts_upper(k - 1) \
                            or w.low[k - 1] not in MONTH_CONTEXT and k + 1 < len(w) and not w.txt[k + 1][:1].isdigit():
                        self.flags[k] |= NAME | CAP
                        w.fl[k] = int(self.flags[k])
        at = np.array(ends, dtype=np.int64)  # sentence ends after a capitalised word, before a name word
        at = at[(at > 0) & (at + 2 < len(f))]
        at = at[(f[at - 1] & CAP != 0) & (f[at + 1] & NAME != 0)]
        titled = [k for k in at.tolist() if title_dot(w, k)]  # "Navy Cmdr. John Smith": a title, no sentence end
        for k in titled:
            self.flags[k - 1] |= TITLE  # the abbreviation is a title to the name runs ("Navy Cmdr." is no one)
            w.fl[k - 1] = int(self.flags[k - 1])
        if titled:
            continuing = sorted(set(continuing).union(titled))
        for k in continuing:
            self.flags[k] &= ~(END | STOP)
            w.fl[k] = int(self.flags[k])
        # (a, b) when the tokens of paragraph k on its own are the document's tokens a to b - 1 (nearly always)
        self.para_tokens = scanner.same_token_ranges(cp, self.starts, self.ends, paras, TITLES)
        mask = bytearray(len(text) + 1)
        for s, e in self.quoted:
            if e > s:
                mask[s:e] = b"\x01" * (e - s)
        self.quote_mask = mask  # 1 at each character inside a quote, 0 elsewhere (one more than the text)
        self.tok_quoted = np.frombuffer(mask, dtype=np.uint8)[self.starts]  # 1: the token starts inside a quote
        self.cue_idx = self._where(CUE)  # the tokens where a cue may start
        kept_dots = set(continuing)  # full stops that end no sentence
        self.end_idx = [k for k in ends if k not in kept_dots] if kept_dots else ends
        self.stop_idx = self._where(STOP)  # the tokens where the text after a quote stops being its attribution

    def _where(self, flag: int) -> list[int]:
        """Indexes of the tokens with ``flag`` set."""
        return np.flatnonzero(self.flags & flag).tolist()

    def cues_in(self, a: int, b: int) -> list[int]:
        """The tokens from ``a`` to ``b - 1`` where a cue may start."""
        return self.cue_idx[bisect_left(self.cue_idx, a):bisect_left(self.cue_idx, b)]

    def tok_index(self, pos: int) -> int:
        """Index of the first token starting at or after ``pos``."""
        return bisect_left(self.words.st, pos)

    def in_quote(self, pos: int) -> bool:
        """True when ``pos`` lies inside a quoted stretch (a lookup in a per-character mask)."""
        return 0 <= pos < len(self.quote_mask) and self.quote_mask[pos] == 1

    def quotes_sentence_in(self, s: int, e: int) -> bool:
        """A piece of kind ``direct`` (a quoted sentence) overlaps ``text[s:e]`` (kinds are set by
        :func:`analysis.quotes.document_quotes` before reported clauses are read)."""
        k = bisect_left(self.quoted, (e, e))  # the pieces before k start before e; they are apart and in order
        while k > 0 and self.quoted[k - 1][1] > s:
            k -= 1
            if self.pieces[k].kind == "direct":
                return True
        return False

    def para_of(self, pos: int) -> tuple[int, int]:
        """The first paragraph ``(s, e)`` with ``s <= pos <= e``, else the whole text."""
        if self._paras_apart:  # in order, each ending before the next starts: only the last one that starts
            k = bisect_right(self._para_starts, pos) - 1  # at or before pos can hold it
            return self.paras[k] if k >= 0 and pos <= self.paras[k][1] else (0, len(self.text))
        for s, e in self.paras:
            if s <= pos <= e:
                return s, e
        return 0, len(self.text)

    def caps_paragraph(self, pos: int) -> bool:
        """The paragraph of ``pos`` is a heading in capitals: :data:`CAPS_HEADING_WORDS` words or more, no
        lower-case letter and no full stop, "!" or "?" at its end ("TOM FITTON: MAXINE WATERS SHOULD BE
        INVESTIGATED", "‘TIME TO MOVE FORWARD’ WITH RUSSIA": the headline of another story, no one's words
        here; a tweet in capitals ends with its punctuation: "... WE WILL MAKE A DECISION!")."""
        s, e = self.para_of(pos)
        known = self._caps.get(s)
        if known is None:
            part = self.text[s:e].rstrip().rstrip("\"'”’)")
            known = self._caps[s] = not any(c.islower() for c in part) and not part.endswith((".", "!", "?")) \
                and len(part.split()) >= CAPS_HEADING_WORDS
        return known

    def para_before(self, start: int) -> tuple[int, int] | None:
        """The paragraph before the one that starts at ``start``, when the paragraphs are in order and apart;
        else ``None``."""
        if not self._paras_apart:
            return None
        k = bisect_right(self._para_starts, start) - 2
        return self.paras[k] if k >= 0 and self.paras[k][1] <= start else None
