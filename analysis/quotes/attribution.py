"""Attribution: the rules that join a quotation to a cue (reporting verb) and a speaker.

Each window of text is read by a list of rules, tried in order at each cue of the window (a reporting verb or
"according to", :func:`analysis.quotes.cues.cue_at`): :data:`AFTER_RULES` read the text right after the
closing mark (``"...," he said``), :data:`BEFORE_RULES` the sentence before the opening mark
(``X said: "..."``), from the cue nearest the quote back. A rule is a function ``rule(win, n, cue)`` of the
:class:`Window`, the cue's first token ``n`` and the :class:`analysis.quotes.cues.Cue`; it returns

- an :class:`Attribution` (the quote's speaker and cue: reading stops),
- ``None`` when it does not apply (the next rule is tried),
- :data:`NEXT_CUE` (this cue is not the attribution: the next cue is read),
- :data:`END_CUES` (no cue of this window is: the window's closing rule still runs), or
- :data:`NO_ATTRIBUTION` (the window gives none).

**To add a rule**: write one such function (its ``rule`` name string is what the ``rule`` column shows) and
put it in the list of its window, where it should be tried; add a test with the real sentence that needed it
to ``tests/test_quotes.py``. Quotes no window attributes get their speaker from the fallbacks of
:func:`analysis.quotes.document_quotes` (``split``, ``continued``, ``same-sentence``, ``dash-line``,
``previous-speaker``, ``other-subject``, ``nearest-person``);
reported clauses without marks have their own list, :data:`analysis.quotes.indirect.INDIRECT_RULES`.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from analysis.quotes.cues import ACCORDING_TO, Cue, cue_at, is_bare_form, is_verb_form
from analysis.quotes.document import Doc
from analysis.quotes.marks import Piece
from analysis.quotes.speakers import (NUMBER_WORDS, Mention, document_noun, inflected_verb, issuing_verb,
                                      leading_verb_at, mention, name_at, name_mentions, names_person, subject_after,
                                      subject_before)
from analysis.quotes.tokens import Words
from analysis.quotes.vocabulary import (ADJUNCT_PREPOSITIONS, ARTICLES, CONNECTORS, DETERMINERS, IRREGULAR_PAST,
                                        OWNER_PRONOUNS, PASSIVE_AUX, PERSON_TITLES, POSSESSIVES, PRONOUNS, SLOGAN_NOUNS,
                                        SOURCE_DOCUMENTS, STATEMENT_NOUNS)
from analysis.quotes.wordclass import adjective_before_noun, ly_adverb

NEXT_CUE = "next cue"
END_CUES = "end cues"
NO_ATTRIBUTION = "no attribution"

AFTER_REACH = 45  # tokens after a quote read for its cue: a long attribution with an apposition, one sentence
AFTER_REACH_BARE = 3  # the same when the quote ends without punctuation: only a cue right after it ('"x" he said')
AFTER_OWN_CLAUSE = 9  # tokens after which a ":" or "(" starts a clause of its own, not the attribution's
AFTER_NEW_SENTENCE = 6  # tokens of a capitalised sentence after a quote that is longer than "Pelosi said."
WITH_REACH = 30  # tokens back from "and one blogger asking" to the "with" of its list
SUBJECT_QUOTE_WORDS = 4  # words of a quotation inside a sentence without reporting verb that are its subject's
LONG_SUBJECT = 8  # tokens before the cue from which the subject is the phrase the clause opens with
OWNED_NOUN_WORDS = 4  # words between an owner and its statement noun ("Trump's December 2015 campaign promise")


@dataclass
class Attribution:
    mention: Mention
    cue: str = ""
    cue_class: str = ""
    cue_start: int = -1
    cue_end: int = -1
    rule: str = ""

    def with_mention(self, mention: Mention) -> Attribution:
        """The same attribution to ``mention`` (``dataclasses.replace`` without its look-up of the fields)."""
        return Attribution(mention, self.cue, self.cue_class, self.cue_start, self.cue_end, self.rule)

    def with_rule(self, rule: str) -> Attribution:
        """The same attribution found by ``rule``."""
        return Attribution(self.mention, self.cue, self.cue_class, self.cue_start, self.cue_end, rule)


class Window:
    """The tokens ``a`` to ``b - 1`` of ``w`` (the words of the document ``doc``) read for the attribution of
    ``piece``; ``first`` is the first token after a comma or dash that opens the window (``a`` otherwise)."""

    __slots__ = ("doc", "piece", "a", "b", "first", "w")

    def __init__(self, doc: Doc, piece: Piece | None, a: int, b: int, first: int, w: Words | None = None):
        self.doc, self.piece, self.a, self.b, self.first = doc, piece, a, b, first
        self.w = doc.words if w is None else w

    def attribution(self, m: Mention, n: int, cue: Cue, rule: str) -> Attribution:
        """The attribution to ``m`` by the cue at token ``n``."""
        return Attribution(m, cue.lemma, cue.cls, self.w.st[n], self.w.en[n + cue.width - 1], rule)


def cues_of(win: Window, tokens):
    """The cues of the window at ``tokens`` (token indexes where one may start), as ``(n, Cue)`` pairs, read
    one by one as they are asked for (:func:`cue_at`)."""
    w, a, b, verbs = win.w, win.a, win.b, win.doc.verbs
    for n in tokens:
        cue = cue_at(w, n, a, b, verbs)
        if cue is not None:
            yield n, cue


def run_rules(rules, win: Window, cues):
    """Try ``rules`` at each cue of ``cues`` (``(token index, Cue)`` pairs, :func:`cues_of`) in turn: the
    first answer that ends the reading (an attribution, :data:`NO_ATTRIBUTION`), or ``None``."""
    for n, cue in cues:
        for rule in rules:
            out = rule(win, n, cue)
            if out is None:
                continue
            if out is NEXT_CUE:
                break
            if out is END_CUES:
                return None
            if isinstance(out, Attribution) and (not out.mention.text.strip() or not is_speaker(win.doc, out)):
                break  # no one a reader would take for the speaker: the next cue
            return out
    return None


def is_speaker(doc: Doc, out) -> bool:
    """An answer other than an attribution, or an attribution whose mention a reader would take for a speaker:
    not a possessive fragment ("Ginsburg's", "Trump's") nor a heading (a mention that is its whole paragraph,
    "SECRET")."""
    if not isinstance(out, Attribution):
        return True
    m = out.mention
    if m.text.endswith(("'s", "\u2019s")):
        return False
    s, e = doc.para_of(m.start)
    return doc.text[s:e].strip() != m.text


# --- rules shared by the windows ------------------------------------------------------------------------------

def not_finite(win: Window, n: int, cue: Cue):
    """Not a finite verb form ("claims" as a noun is one, "saying", "claim" are not), or a capitalised word
    inside a name ("the United States"): not a report here."""
    low = win.w.low[n]
    if not is_verb_form(low) or low.endswith("ing") or in_name(win.w, n):
        return NEXT_CUE
    return None


def not_finite_after(win: Window, n: int, cue: Cue):
    """:func:`not_finite` for the text after a quote, where a present tense right after a plural subject is
    finite too ('"...?" they ask', '"...," experts say')."""
    w = win.w
    if n > win.first and is_bare_form(w.low[n]) and (w.low[n - 1] in ("they", "we", "you", "i")
                                                    or w.low[n - 1].endswith("s") and not w.starts_upper(n - 1)):
        return None
    return not_finite(win, n, cue)


def in_name(w: Words, n: int) -> bool:
    """The cue word at token ``n`` is capitalised after a name word: part of a name ("United States", "Wall
    Street Journal Reports"), not a verb."""
    return n > 0 and w.starts_upper(n) and w.is_name(n - 1)


# --- after the quote: '"...," he said' / '"...," said X' / '", X told reporters' -------------------------------

def after_according(win: Window, n: int, cue: Cue):
    """'"...," according to X': only right after the quote."""
    if cue.lemma != ACCORDING_TO:
        return None
    if n > win.first + 1:
        return END_CUES
    m = subject_after(win.doc.text, win.w, n + 2, win.b)
    return win.attribution(m, n, cue, "after:according") if m else NEXT_CUE


def after_said_x(win: Window, n: int, cue: Cue):
    """'"...," said X': the cue opens the attribution, the speaker follows it; not a participle ('"...," promising
    the Friends of Abe will return': the act of the sentence's subject)."""
    if n != win.first or win.w.low[n].endswith("ing"):
        return None
    m = subject_after(win.doc.text, win.w, n + cue.width, win.b)
    return win.attribution(m, n, cue, "after:said-X") if m else NEXT_CUE


def after_x_long_said(win: Window, n: int, cue: Cue):
    """'"...," Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said': a long subject
    with appositions; the speaker is the noun phrase the clause opens with."""
    if n - win.first <= LONG_SUBJECT:
        return None
    if win.w.low[win.first] in ADJUNCT_PREPOSITIONS or win.w.low[win.first] == "despite":
        return END_CUES  # '"...," despite reports of ..., Trump later said he ...': a clause of its own follows
    m = subject_after(win.doc.text, win.w, win.first, n)
    return win.attribution(m, n, cue, "after:X-long-said") if m else NO_ATTRIBUTION


def after_x_said(win: Window, n: int, cue: Cue):
    """'"...," he said' / '"...," the senior official told reporters': the subject before the cue, or the
    phrase the clause opens with when that starts with a name, pronoun or determiner before it."""
    w, first = win.w, win.first
    m = subject_before(win.doc.text, w, n, first, win.a)
    if m is None or m.start > w.st[first] and w.starts_alpha(first) and \
            (w.is_name(first) or w.low[first] in PRONOUNS or w.low[first] in DETERMINERS):
        m = subject_after(win.doc.text, w, first, n) or m
    if m is not None and _runs_on(win) and _possessed_noun(w, n, m):
        return NEXT_CUE  # '"backing off" his original remarks': the quote is inside a clause of its own
    if m is not None and w.low[first] in ("and", "but", "or") and m.start == w.st[first + 1] \
            and not (w.is_name(first + 1) or w.low[first + 1] in PRONOUNS or w.low[first + 1] in DETERMINERS):
        # '"...," and advises states to "..."': a lower-case word after "and" is the sentence's next verb, not a
        # subject ("advises" is no speaker, "states" no cue)
        return NEXT_CUE
    return win.attribution(m, n, cue, "after:X-said") if m else NO_ATTRIBUTION


def _runs_on(win: Window) -> bool:
    """The sentence runs on after the quote: no comma or dash after the closing mark, no punctuation before it
    ('not "backing off" his original remarks'; not '"...," his statement reads')."""
    content = win.doc.text[win.piece.start:win.piece.end].rstrip()
    return win.first == win.a and not content.endswith((",", ".", "!", "?", "\u2014", "-", ":", ";"))


def _possessed_noun(w: Words, n: int, m: Mention) -> bool:
    """The cue word at token ``n`` is a noun owned by the phrase ``m`` before it: ``m`` opens with a possessive
    ('"backing off" his original remarks'), and the cue is no past form ("his spokesman said") nor a bare form
    after a plural noun ("his aides say")."""
    low = w.low
    t = low[n]
    if m.text.split(" ", 1)[0].lower() not in POSSESSIVES or t.endswith("ed") or t in IRREGULAR_PAST:
        return False
    return not (is_bare_form(t) and low[n - 1].endswith("s"))


AFTER_RULES = [after_according, after_said_x, not_finite_after, after_x_long_said, after_x_said]
"""The rules for the text after a quote, tried in this order at each cue."""


def after_dash(win: Window) -> Attribution | None:
    """'"..." — Pamela Padilla' (a byline-style attribution, no cue): the window's closing rule."""
    w, a, b = win.w, win.a, win.b
    if w.txt[a] in ("—", "-") and b - a > 1 and w.is_name(a + 1):
        m = subject_after(win.doc.text, w, a + 1, b)
        if m:
            return Attribution(m, rule="after:dash")
    return None


def after(doc: Doc, piece: Piece, nxt: Piece | None) -> Attribution | None:
    """The attribution in the text right after the closing mark of ``piece`` (up to the sentence end or the
    next quote ``nxt``), by :data:`AFTER_RULES` then :func:`after_dash`."""
    if piece.close_at < 0:
        return None
    ps, pe = doc.para_of(piece.close_at)
    limit = min(pe, nxt.open_at if nxt is not None and nxt.open_at > piece.close_at else pe)
    a = doc.tok_index(piece.close_end)
    b = doc.tok_index(limit)
    k = bisect_left(doc.stop_idx, a)  # cut at the sentence end
    if k < len(doc.stop_idx) and doc.stop_idx[k] < b:
        b = doc.stop_idx[k]
    if a >= b:
        return None
    w = doc.words
    # (the closing mark of a quote inside it: '..., 'We have to win this string of states,'"')
    content = doc.text[piece.start:piece.end].rstrip().rstrip("'\u2019")
    ends_sentence = content.endswith((".", "!", "?")) and not content.endswith("...")
    first = a + 1 if w.txt[a] in (",", "—", "-", ":") else a
    if ends_sentence and first == a and w.starts_upper(a) and w.low[a] not in PRONOUNS and b - a > AFTER_NEW_SENTENCE:
        return None  # a new sentence: only "Pelosi said." (a short sentence that is the attribution) counts
    if ends_sentence and first == a and w.starts_upper(a) and nxt is not None and b == doc.tok_index(nxt.open_at) \
            and w.txt[b - 1] in (",", ":"):
        return None  # a new sentence that leads into the next quote ('He went on to say, "..."') is that quote's
    opened = first > a or content.endswith((",", ".", "!", "?", "—"))
    reach = min(b, first + (AFTER_REACH if opened else AFTER_REACH_BARE))
    reach = next((n for n in range(first + AFTER_OWN_CLAUSE, reach) if w.txt[n] in (":", "(")), reach)
    win = Window(doc, piece, a, b, first)
    found = run_rules(AFTER_RULES, win, cues_of(win, doc.cues_in(first, reach)))
    if found is NO_ATTRIBUTION:
        return None
    return found or after_dash(win)


# --- before the quote: 'X said: "..."' / 'According to X, "..."' / 'X warned that ... "..."' -----------------

def before_according(win: Window, n: int, cue: Cue):
    """'According to X, "..."': the speaker runs to the comma or colon."""
    if cue.lemma != ACCORDING_TO:
        return None
    txt = win.w.txt
    stop = next((k for k in range(n + 2, win.b) if txt[k] in (",", ":")), win.b)
    m = subject_after(win.doc.text, win.w, n + 2, stop)
    return win.attribution(m, n, cue, "before:according") if m else NEXT_CUE


def before_x_saying(win: Window, n: int, cue: Cue):
    """'..., saying he had "no right"': the subject of the main clause."""
    w = win.w
    if not (w.low[n].endswith("ing") and n > win.a and w.txt[n - 1] == ","):
        return None
    m = clause_subject(win, n - 1)
    return win.attribution(m, n, cue, "before:X-saying") if m else NEXT_CUE


def before_x_asking(win: Window, n: int, cue: Cue):
    """'... and one blogger asking, "..."', 'with critics saying: "..."': an -ing cue right before the comma or
    colon that opens the quote, after its own subject (no comma between): that subject."""
    w, b = win.w, win.b
    if not (w.low[n].endswith("ing") and win.a < n and w.txt[n - 1] != "," and n + cue.width == b - 1
            and w.txt[b - 1] in (",", ":")):
        return None
    m = subject_before(win.doc.text, w, n, win.a, win.a)
    k = bisect_left(w.st, m.start) - 1 if m else win.a - 1
    # only after "with" ("with critics saying"), or "and" in such a list ("with some saying ... and one blogger
    # asking"): after a verb the phrase is its object ("held signs reading", "is heard over the intercom saying")
    if k < 0 or not (w.low[k] == "with" or w.low[k] == "and" and _with_before(w, k)):
        return None
    return win.attribution(m, n, cue, "before:X-saying")


def _with_before(w, k: int) -> bool:
    """A "with" before token ``k`` in its sentence, at most :data:`WITH_REACH` tokens back."""
    for j in range(k - 1, max(-1, k - WITH_REACH), -1):
        if w.txt[j] in (".", "!", "?"):
            return False
        if w.low[j] == "with":
            return True
    return False


def before_finite(win: Window, n: int, cue: Cue):
    """A cue that is not a finite verb form (nor a bare form after a verb of carrying on and its "to": "went on to
    describe", :func:`~analysis.quotes.speakers.leading_verb_at`), or that is part of a name (:func:`in_name`) or a
    noun (:func:`noun_use`), is not a report here."""
    w = win.w
    finite = is_verb_form(w.low[n]) or n - 1 > win.a and leading_verb_at(w.low, n - 1, win.a) >= 0 \
        and is_bare_form(w.low[n])
    return None if finite and not in_name(w, n) and not noun_use(w, n) else NEXT_CUE


ADJECTIVES_BEFORE_NOUN = 3  # adjectives between an article and a cue word read as a noun ("the territorial disputes")


def noun_use(w: Words, n: int) -> bool:
    """The cue word at token ``n`` is a noun: right after an article ("a tweet", "the claims"), or after an
    article and up to :data:`ADJECTIVES_BEFORE_NOUN` lower-case words that can only be adjectives (LemmInflect's
    word classes; a hyphenated word it does not know counts as one: "the territorial disputes", "The toned-down
    remarks"), a plural right after a number ("nine calls were about ..."), or after the particle of a verb, in a
    form no participle has ("sent out tweets urging people to attend")."""
    before = w.low[n - 1] if n > 0 else ""
    if before in ("out", "off", "up") and not w.low[n].endswith(("ing", "ed")):
        return True
    if w.low[n].endswith("s") and not w.low[n].endswith("ss") and (before[:1].isdigit() or before in NUMBER_WORDS):
        return True  # "nine calls were about ...", "two reports"
    k = n - 1
    while k >= 0 and n - 1 - k < ADJECTIVES_BEFORE_NOUN and not w.starts_upper(k) and adjective_before_noun(w.low[k]):
        k -= 1
    return k >= 0 and w.low[k] in ("a", "an", "the")


def before_quoted_as(win: Window, n: int, cue: Cue):
    """'X was quoted (in the Philadelphia Inquirer) as saying: "..."': the subject of "was quoted"."""
    w = win.w
    if cue.lemma != "quote" or not (n > win.a and w.low[n - 1] in PASSIVE_AUX) or "as" not in w.low[n + 1:win.b]:
        return None
    m = subject_before(win.doc.text, w, n - 1, win.a, win.a)
    return win.attribution(m, n, cue, "before:X-quoted-as") if m else NEXT_CUE


def before_passive_by(win: Window, n: int, cue: Cue):
    """'was described as "X" by officials', 'are constantly warned against ... "X"': the speaker is the agent after
    "by", if any."""
    k = n - 1
    while k > win.a and ly_adverb(win.w.low[k]) and win.w.low[k] not in PASSIVE_AUX:
        k -= 1  # ("widely" and "often" are listed with the auxiliaries)
    if not (n > win.a and win.w.low[k] in PASSIVE_AUX):
        return None
    m = agent_after(win.doc, win.piece)
    return win.attribution(m, n, cue, "before:passive-by") if m else NO_ATTRIBUTION


def before_x_said(win: Window, n: int, cue: Cue):
    """'X said: "..."' / 'X told Y: "..."' / 'X warned that ... "..."', or an inverted ', said Pelosi: "..."';
    a verb after "and" or "but" that leads into a quotation with a colon shares the subject of the sentence's
    first verb ('X whooped, clapped and chanted: "..."')."""
    w, a, b = win.w, win.a, win.b
    m = subject_before(win.doc.text, w, n, a, a)
    if m is None and a + 1 < n and w.low[n - 1] in ("and", "but") and w.txt[b - 1] == ":":
        # 'The rain-soaked crowd whooped, clapped, waved hats in the air and chanted: "USA! USA!"': the verb
        # after "and" shares the subject of the sentence's first verb
        verbs = (j for j in range(a + 1, n - 1) if not w.starts_upper(j) and w.starts_alpha(j)
                 and "-" not in w.low[j] and (w.low[j].endswith("ed") or inflected_verb(w.low[j])))
        k = next(verbs, None)  # (not "rain-soaked")
        m = subject_before(win.doc.text, w, k, a, a) if k is not None else None
    if m is None and n + cue.width < b:
        inverted = subject_after(win.doc.text, w, n + cue.width, b)
        if inverted and n > a and w.txt[n - 1] in (",", ":"):
            m = inverted
    if m is None:
        return NEXT_CUE
    return win.attribution(m, n, cue, "before:X-said:" if w.txt[b - 1] in (":", ",") else "before:X-verb")


BEFORE_RULES = [before_according, before_x_saying, before_x_asking, before_finite, before_quoted_as, before_passive_by,
                before_x_said]
"""The rules for the sentence before a quote, tried in this order at each cue, nearest the quote first."""


def before_colon(win: Window) -> Attribution | None:
    """A sentence that ends in a colon before the quote and has no reporting verb: a name between a dash and
    the colon ('POLLS NOT WRONG - Mark Blumenthal and Jon Cohen: "..."'), else the person or pronoun the
    sentence opens with, after an opening adjunct up to its first comma ('Trump went even further: "..."', 'In a
    Fox interview later that day, Trump went even further: "..."', 'Kelly responded pointedly, with a smile:
    "..."', 'Along with the photo, he had posted: "..."'; :func:`opening_person`). The window's closing rule."""
    w, a, b = win.w, win.a, win.b
    if w.txt[b - 1] != ":":
        return None
    dash = next((k for k in range(b - 2, a - 1, -1) if not (w.is_name(k) or w.low[k] in CONNECTORS)), a - 1)
    if dash >= a and dash < b - 2 and w.txt[dash] in ("-", "—", "–"):
        m = name_at(win.doc.text, w, dash + 1, b - 1)
        return Attribution(m, rule="before:X-colon") if m and not w.is_upper(dash + 1) else None
    if b - 2 > a and is_verb_form(w.low[a]) and cue_at(w, a, a, b, win.doc.verbs) is not None:
        # 'Added Gibbs: "..."': a reporting verb before the name, inverted
        m = name_at(win.doc.text, w, a + 1, b - 1)
        if m is not None:
            return Attribution(m, rule="before:X-colon")
    m = opening_person(win, b - 1, ("m", "f", "p", "n")) or _owner(win, b - 1)
    if m is not None:
        return Attribution(m, rule="before:X-colon")
    m = document_sender(win, b - 1)
    if m is not None:
        return Attribution(m, rule="before:X-sent-colon")
    m = source_from(win, b - 1)
    if m is not None:
        return Attribution(m, rule="before:from-X-colon")
    m = whose_words(win, b - 1)
    return Attribution(m, rule="before:whose-colon") if m else None


SENT_TO_WORDS = 4  # words after the document noun and before the colon ("to reporters on Friday")


def document_sender(win: Window, stop: int) -> Mention | None:
    """'The White House just sent this press release:', "Republican presidential candidate Mitt Romney's campaign
    just sent this statement to reporters:": in a sentence that ends before token ``stop`` (a colon), a verb of
    issuing with a document noun (:data:`DOCUMENT_NOUNS`) as its object (:func:`issuing_verb`), at most
    :data:`SENT_TO_WORDS` words before the colon: the verb's subject."""
    w, a, low = win.w, win.a, win.w.low
    for k in range(stop - 1, max(a, stop - 1 - SENT_TO_WORDS) - 1, -1):
        if document_noun(low[k]):
            break
    else:
        return None
    v = issuing_verb(w, k, a)
    return subject_before(win.doc.text, w, v, a, a) if v >= 0 else None


def source_from(win: Window, stop: int) -> Mention | None:
    """'From The Associated Press:', 'Another sobering detail from the report:': a sentence that ends in "from"
    and its source before token ``stop`` (a colon): a person or organisation named there, or a document
    (:data:`SOURCE_DOCUMENTS`, "the report") with its article."""
    w, a, low = win.w, win.a, win.w.low
    f = next((k for k in range(stop - 1, a - 1, -1) if low[k] == "from"), -1)
    if f < 0 or f + 1 >= stop:
        return None
    m = name_at(win.doc.text, w, f + 1 + (low[f + 1] == "the" and w.is_name(f + 2)), stop)
    if m is not None and win.doc.tok_index(m.end) == stop and (names_person(win.doc, m) or _organisation(win.doc, m)):
        return m
    if stop - f == 3 and low[f + 1] in ARTICLES and low[f + 2] in SOURCE_DOCUMENTS:
        return mention(win.doc.text, w, f + 1, f + 2)
    return None


def whose_words(win: Window, stop: int) -> Mention | None:
    """'the Houthis, whose official slogan sounds very familiar to that of Iran's government:': the name before a
    ", whose" that opens a statement noun (:data:`STATEMENT_NOUNS`, :data:`SLOGAN_NOUNS`) in a sentence that ends
    before token ``stop`` (a colon)."""
    w, a, low = win.w, win.a, win.w.low
    k = next((k for k in range(stop - 2, a, -1) if low[k] == "whose" and w.txt[k - 1] == ","), -1)
    if k < 0 or not any(low[j] in STATEMENT_NOUNS or low[j] in SLOGAN_NOUNS
                        for j in range(k + 1, min(stop, k + 4))):
        return None
    j = k - 2
    if not w.is_name(j):
        return None
    first = j
    while first - 1 >= a and (w.is_name(first - 1) or w.low[first - 1] == "the"):
        first -= 1
    return mention(win.doc.text, w, first, j)


def _organisation(doc: Doc, m: Mention) -> bool:
    """An organisation mention of :func:`name_mentions` is ``m``'s name ("The Associated Press")."""
    return any(typ == "org" and s <= m.name_start and e >= m.name_end for s, e, _, typ in name_mentions(doc))


def before_owner(win: Window) -> Attribution | None:
    """'Trump's December 2015 campaign promise of a "total and complete shutdown"', 'Barbara Bush's statement
    that "..."', 'his call for "unity"': a statement noun (:data:`STATEMENT_NOUNS`) owned by a person's name or
    a possessive pronoun before the quote, with a preposition or "that" and at most an article between (and at
    most :data:`OWNED_NOUN_WORDS` words between owner and noun, none a possessive, verb form, preposition or
    article): the owner said it. Read before the cues of the window, which are farther from the quote ("Critics
    pointed to Trump's call for ..."); a quote right after the noun is no part of it ('called Pelosi's
    allegation "reckless"': the caller's words)."""
    w, a, k = win.w, win.a, win.b - 1
    low = w.low
    if k >= a and low[k] in ARTICLES and low[k] != "that":
        k -= 1
    if k < a or low[k] not in ADJUNCT_PREPOSITIONS and low[k] != "that":
        return None  # (a quote right after the noun describes it: 'called Pelosi's allegation "reckless"')
    k -= 1
    noun = low[k] if k >= a else ""
    if not (noun in STATEMENT_NOUNS or noun[-1:] == "s" and noun[:-1] in STATEMENT_NOUNS):
        return None
    j = k - 1  # back over the words between the owner and the noun ("December 2015 campaign")
    while j >= a and k - j <= OWNED_NOUN_WORDS and w.starts_alnum(j) and low[j] not in OWNER_PRONOUNS \
            and not w.txt[j].endswith(("'s", "\u2019s")) and not is_verb_form(low[j]) \
            and low[j] not in ADJUNCT_PREPOSITIONS and low[j] not in ARTICLES:  # ("Tillerson's visit with a statement")
        j -= 1
    if j < a or k - j > OWNED_NOUN_WORDS + 1:
        return None
    if low[j] in OWNER_PRONOUNS:
        return Attribution(mention(win.doc.text, w, j, j), rule="before:owner")
    if not w.txt[j].endswith(("'s", "\u2019s")) or not w.is_name(j):
        return None
    first = j
    while first - 1 >= a and w.is_name(first - 1):
        first -= 1
    s, e = w.st[first], w.en[j] - 2
    m = Mention(s, e, win.doc.text[s:e], win.doc.text[s:e], s, e)
    person = names_person(win.doc, m) or any(typ == "person" and (name == m.text or name.endswith(" " + m.text))
                                             for _, _, name, typ in name_mentions(win.doc))  # ("Trump's": Donald Trump)
    return Attribution(m, rule="before:owner") if person else None


def _owner(win: Window, stop: int) -> Mention | None:
    """The owner in a sentence of an owner and one noun before token ``stop`` ('His response: "..."', "Trump's
    answer:"): a possessive pronoun (resolved as the pronoun it is the form of, :data:`OWNER_PRONOUNS`) or the
    name before a possessive."""
    w, a = win.w, win.a
    if stop - a == 2 and w.low[a] in OWNER_PRONOUNS:
        return mention(win.doc.text, w, a, a)
    k = stop - 2  # the owner's last word, with its 's ("Trump's")
    if k >= a and w.is_name(k) and w.txt[k].endswith(("'s", "\u2019s")) and all(map(w.is_name, range(a, k))):
        s, e = w.st[a], w.en[k] - 2
        m = Mention(s, e, win.doc.text[s:e], win.doc.text[s:e], s, e)
        return m if names_person(win.doc, m) else None
    return None


def opening_person(win: Window, stop: int, pronouns) -> Mention | None:
    """The person the sentence of the window opens with (before token ``stop``), at its start or after an
    opening adjunct up to its first comma ("Along with the photo, he ..."): a name of which a person mention
    (:func:`analysis.quotes.speakers.names_person`) is part, not a heading in capitals ("Likewise", "Pollsters",
    "IOWA POLLS" are no one), or a pronoun that stands for one of ``pronouns`` (see :data:`PRONOUNS`)."""
    w, a = win.w, win.a
    comma = next((k + 1 for k in range(a, stop) if w.txt[k] == ","), stop)
    for first in ((comma,) if w.low[a] in ADJUNCT_PREPOSITIONS else (a, comma)):
        m = name_at(win.doc.text, w, first, stop)
        if m is None or w.is_upper(first):
            continue
        k = win.doc.tok_index(m.end)
        if k + 1 < stop and w.low[k] in PERSON_TITLES and w.is_name(k + 1):
            # an owner before a title and the name ("Trump spokesman Jason Miller issued a statement saying:")
            m = name_at(win.doc.text, w, k + 1, stop) or m
        if PRONOUNS[w.low[first]] in pronouns if w.low[first] in PRONOUNS else names_person(win.doc, m):
            return m
    return None


def before_subject(win: Window) -> Attribution | None:
    """'Moore thanked him for "stepping up and taking action when Congress won't."' / 'Meg Whitman, a former
    candidate for governor, labeled Mr. Trump "unfit to be president."' (a quotation of
    :data:`SUBJECT_QUOTE_WORDS` words or more inside a sentence without reporting verb): the person or he / she /
    they the sentence opens with (:func:`opening_person`). The window's closing rule after :func:`before_colon`."""
    a, b, piece = win.a, win.b, win.piece
    if b - a < 2 or len(win.doc.text[piece.start:piece.end].split()) < SUBJECT_QUOTE_WORDS:
        return None
    m = opening_person(win, b, ("m", "f", "p"))
    return Attribution(m, rule="before:X-subject") if m else None


def before(doc: Doc, piece: Piece, prev: Piece | None) -> Attribution | None:
    """The attribution in the sentence before the opening mark of ``piece`` (after the previous quote
    ``prev``), by :data:`BEFORE_RULES`."""
    if piece.open_at < 0:
        return None
    ps, pe = doc.para_of(piece.open_at)
    lo = ps
    if prev is not None and prev.close_at >= ps and prev.close_at < piece.open_at:
        lo = prev.close_end
    a = doc.tok_index(lo)
    b = doc.tok_index(piece.open_at)
    before_para = doc.para_before(ps) if a >= b and lo == ps and not doc.text[ps:piece.open_at].strip() else None
    if before_para is not None:
        # a quotation that opens its paragraph after a paragraph that ends in a colon ("Trump wrote on Twitter:"
        # above a quoted tweet): that paragraph's last sentence leads into it
        pps, ppe = before_para
        lead = doc.text[pps:ppe].rstrip()
        if lead.endswith(":") and (prev is None or prev.close_at < pps):
            a, b = doc.tok_index(pps), doc.tok_index(pps + len(lead))
    k = bisect_right(doc.end_idx, b - 2) - 1  # from the last sentence end (not the last token)
    if k >= 0 and doc.end_idx[k] >= a:
        a = doc.end_idx[k] + 1
    if a >= b:
        return None
    win = Window(doc, piece, a, b, a)
    owned = before_owner(win)
    if owned is not None:
        return owned
    found = run_rules(BEFORE_RULES, win, cues_of(win, doc.cues_in(a, b)[::-1]))
    if found is NO_ATTRIBUTION:
        return None
    if found is not None and found.cue_class == "believing":
        # 'A spokesman for Paul Ryan said the speaker hopes Trump "will consider ..."': a belief reported by a
        # speaker before it; the words are that speaker's
        inner = doc.tok_index(found.mention.start)
        outer = run_rules(BEFORE_RULES, win, cues_of(win, doc.cues_in(a, inner)[::-1]))
        if isinstance(outer, Attribution) and outer.cue_class != "believing" and outer.cue != ACCORDING_TO \
                and _opens_content(win.w, doc.tok_index(outer.cue_end), inner):
            return outer
    return found or before_colon(win) or before_subject(win)


OUTER_CONTENT_WORDS = 3  # words between a verb and the subject its clause opens with ("said on Saturday that")


def _opens_content(w: Words, k: int, inner: int) -> bool:
    """The subject at token ``inner`` opens the clause a reporting verb ending before token ``k`` reports: at most
    :data:`OUTER_CONTENT_WORDS` words between, none a comma or a verb form ("said on Saturday that Trump and
    Putin had agreed", "said the speaker hopes"; not "Even though he did not observe the incident she described,
    he believed")."""
    return 0 <= inner - k <= OUTER_CONTENT_WORDS and all(w.starts_alnum(j) and not is_verb_form(w.low[j])
                                                         for j in range(k, inner))


def agent_after(doc: Doc, piece: Piece) -> Mention | None:
    """``by X`` right after a quote (the agent of a passive reporting verb before it)."""
    if piece.close_at < 0:
        return None
    _, pe = doc.para_of(piece.close_at)
    a = doc.tok_index(piece.close_end)
    b = doc.tok_index(pe)
    w = doc.words
    if b - a >= 2 and w.low[a] == "by":
        stop = next((k for k in range(a, b) if not (w.starts_alnum(k) or w.txt[k] in ("'s", "-"))), b)
        return subject_after(doc.text, w, a + 1, stop)
    return None


def _noun_after_preposition(w: Words, n: int, a: int) -> bool:
    """The cue word at token ``n`` is a noun: right after a determiner or possessive, or a preposition one or
    two words before it ("In brief remarks after meeting ..., Mr. Obama disputed": no "brief" remarks)."""
    low = w.low
    return n > a and (low[n - 1] in DETERMINERS or low[n - 1] in POSSESSIVES or low[n - 1] in ADJUNCT_PREPOSITIONS) \
        or n - 1 > a and low[n - 2] in ADJUNCT_PREPOSITIONS


def clause_subject(win: Window, comma: int) -> Mention | None:
    """The subject of the clause from the window's first token (or from the last coordinate clause,
    :func:`coordinate_clause`) to the comma at token ``comma``: the noun phrase before its first reporting verb, else before its first finite verb ("But in a court filing, prosecutors went
    out of their way ..., pointing out"), else its first name or pronoun."""
    doc, w, a = win.doc, win.w, coordinate_clause(win.w, win.a, comma)
    for n in range(a, comma):
        cue = cue_at(w, n, a, win.b, doc.verbs)
        if cue and is_verb_form(w.low[n]) and not _noun_after_preposition(w, n, a):
            return subject_before(doc.text, w, n, a, a)
    for n in range(a + 1, comma):
        if not w.starts_upper(n) and (w.low[n].endswith("ed") or inflected_verb(w.low[n])):
            m = subject_before(doc.text, w, n, a, a)
            if m is not None:
                return m
            break
    for n in range(a, comma):
        if w.low[n] in PRONOUNS or w.is_name(n):
            end = n
            while end + 1 < comma and (w.is_name(end + 1) or w.low[end + 1] in CONNECTORS):
                end += 1
            return mention(doc.text, w, n, end)
    return None


def coordinate_clause(w: Words, lo: int, n: int) -> int:
    """The first token of the last clause from token ``lo`` to token ``n`` that ', but' or ', and' opens with a
    name or a pronoun, or ``lo``: a participle after it belongs to that clause ("X called the decisions a
    victory, but Trump did not seem to agree, saying ...": Trump's words)."""
    for k in range(n - 3, lo, -1):
        if w.txt[k] == "," and w.low[k + 1] in ("but", "and") and (w.is_name(k + 2) or w.low[k + 2] in PRONOUNS) \
                and not w.is_name(k - 1):  # (not the last of a list of names: "Paul Ryan, and McCarthy,")
            v = k + 3
            while v < n and w.is_name(v) and w.low[k + 2] not in PRONOUNS:
                v += 1
            # a verb or an aside right after the subject ("but Fiorina made", "and Senate Republicans, caught
            # in the middle, have begun"): a clause
            if v < n and (w.txt[v] == "," or not w.starts_upper(v) and (
                    is_verb_form(w.low[v]) or w.low[v] in CLAUSE_VERBS or inflected_verb(w.low[v]))):
                return k + 2
    return lo


CLAUSE_VERBS = frozenset(("is", "are", "was", "were", "has", "have", "had", "do", "does", "did", "will", "would",
                          "could", "can", "may", "might", "should", "must"))
"""Verbs that open a clause after its subject besides the forms :func:`is_verb_form` knows."""
