"""Indirect attributions: reported clauses (``X said (that) ...``, ``X rejected ...``, ``..., X said.``,
``According to X, ...``, ``..., X said, ...``, ``X, who said ..., ...``, ``X called the lines "unacceptable."``),
with any quoted words inside them ('X said the probe is "ongoing."'); a sentence that quotes a whole sentence is
left to the quotation rules.

Each sentence that may hold one (:func:`cue_sentences`) is read by :data:`INDIRECT_RULES`, tried in order at
each cue of the sentence, as the quotation rules are (:mod:`analysis.quotes.attribution`: the same answers and
runner). A rule here answers with ``((start, end), Attribution, cut)``: the reported content, its attribution
and, when the attribution sits inside the content (', X said, '), its characters (else ``None``); or with a list
of such answers when the sentence makes two reports ('X condemned the deal, saying ...').
The content runs from after the cue (and ``that``, or the addressee of "told") to the end of the sentence, or
from the sentence start to the comma before ``X said``.
"""

from __future__ import annotations

from bisect import bisect_left


from analysis.quotes.attribution import (END_CUES, NEXT_CUE, Attribution, Window, coordinate_clause, not_finite,
                                        noun_use, run_rules)
from analysis.quotes.cues import ACCORDING_TO, Cue, cue_at, is_bare_form, is_verb_form
from analysis.quotes.document import Doc
from analysis.quotes.speakers import (NUMBER_WORDS, Mention, a_role, apposition, document_noun, inflected_verb,
                                      issuing_verb,
                                      leading_verb_at, mention, name_mentions, resident, resolve, subject_after,
                                      subject_before, time_phrase_start)
from analysis.quotes.tokens import DASHES, SENTENCE_END, Words, dot_continues, lemma, words_in
from analysis.quotes.vocabulary import (ADDRESSEE_CUES, ADDRESSEE_WORDS, ADJUNCT_PREPOSITIONS, AFTER_CUE_ADVERBS,
                                        AFTER_PLURAL_NOUN, ARTICLES, BE, BETWEEN_MARKER_AND_VERB,
                                        BETWEEN_PARTICIPLE_AND_VERB, CHARGE_CUES, CLAIM_NOUNS, CLAUSE_AUXILIARIES,
                                        CLAUSE_BREAKS, CLAUSE_CUES, CLAUSE_ONLY_CUES, CLOSING_ONLY_CUES,
                                        COMMON_SPEAKERS, CONDITIONS,
                                        CONNECTORS, COORDINATORS, DESCRIBING_VERBS, DETERMINERS, FINITE_VERB_FORMS,
                                        FRAMING_NOUNS, GERUND_LEADERS, GROUP_NOUNS, INFERENCE_CUES, INFINITIVE_CUES,
                                        INVERTED_CUES, IRREGULAR_PAST, NAMING_CUES, NARRATIVE_NOUNS, NEGATIONS,
                                        NO_ACT_CUES, NP_BOUNDARY, OBJECT_NAMING_CUES, ORG_WORDS, PARTY_MEMBERS,
                                        PHRASAL_PARTICLES,
                                        PLURAL_SUBJECTS, POSSESSIVES, PROGRESSIVE_AUX, PRONOUNS, QUANTITY_WORDS,
                                        QUESTION_WORDS,
                                        QUOTATION_ONLY_CUES, REASON_WORDS, REFLEXIVES, ROLE_TITLES, SENTENCE_ADVERBS,
                                        SETTING_PREPOSITIONS, SKIP_BEFORE_CUE, SPECULATIVE_MODALS, STATEMENT_NOUNS,
                                        SUBORDINATORS, TARGET_CUES, THAT_CUES, THAT_FORMS, TIME_MODIFIERS,
                                        TIME_NOUNS, TIME_PHRASE_OPENERS, TIME_WORDS, VERBS_AFTER_THAT, VERB_MARKERS,
                                        WRITER_PRONOUNS, WRITTEN_WORKS)
from analysis.quotes.wordclass import adjective_before_noun, ly_adverb, may_be_verb, no_noun, only_verb

QUOTE_MARKS = frozenset(('"', "'", "\u201c", "\u201d", "\u2018", "\u2019", "''"))
VERB_AFTER_SUBJECT = BE | frozenset(("has", "have", "had", "will", "would", "could", "can", "may", "might", "should"))
LEAD_IN = frozenset((",", ":", ";", "\u2014", "-", "--"))  # punctuation that leads into a quotation
MIN_INFINITIVE = 4  # tokens of an infinitive report, at least ("to block other refugees")
ASIDE_PIECE = 4  # words of a piece of content around an attribution set off by commas, at least
ADDRESSEE_REACH = 6  # tokens after "told" read for its addressee ("told the Senate Armed Services Committee that")
ADDRESSEE_THAT_REACH = 16  # tokens after "told" read for a "that" after the addressee and words about it ("told a
# high-dollar health care industry conference in February of this year that")
SPEAKER_WORDS = frozenset(("and", "the", "of", "lobbyist", "strategist", "analyst", "expert", "professor"))
AFTER_NAMED = ADJUNCT_PREPOSITIONS | COORDINATORS | SUBORDINATORS | TIME_WORDS  # words after a naming quote
NAMED_OBJECT = 9  # tokens from a naming cue to the quote that names its object ("called the former president less ...")
RELATIVE_PRONOUNS = frozenset(("who", "whose", "that", "which"))
APPOSITION_OPENING = 8  # tokens of a noun phrase that opens a sentence before its aside ("GOP front-runner ...")
ASIDE_MARKS = frozenset((",",)) | DASHES  # marks around an aside between a subject and its verb
PRONOUN_CONTRACTIONS = frozenset(("it's", "that's", "there's", "here's", "what's"))  # "it's that ..." is no speaker
ORDER_TIME = frozenset(("last", "next", "this", "that", "earlier", "later", "early", "late"))  # "Last month,"
FOCUS_ADVERBS = frozenset(("even", "only", "just"))  # before a subordinator that opens a sentence ("Even if")
ADJUNCT_WORDS = 5  # tokens of an adjunct between ", and" and its comma ("and on Thursday,")
CLOSING_MARKS = frozenset(("\u201d", "\u2019"))
FINAL_TAIL = 4  # tokens after a closing ', X said' at most ("in a statement", "on Tuesday")
FINAL_SPEAKER_WORDS = 8  # tokens of a ', X said' that closes a sentence ("two people briefed on those meetings")
OTHER_SPEAKER_WORDS = 12  # tokens from ', but' to the reporting verb of a second report ("conservative activists
# said", "Washington and its allies have for more than a decade accused")
OBJECT_PRONOUNS = frozenset(("it", "them", "him", "her"))  # before a particle ("wrote it off")
MAIN_AUXILIARIES = frozenset(("has", "had", "have", "is", "are", "was", "were"))  # finite verbs of a main clause
DATE_WORDS = frozenset(("january", "february", "march", "april", "may", "june", "july", "august", "september",
                        "october", "november", "december", "last", "next", "this", "early", "late", "the", "following",
                        "previous", "same", "day", "days", "earlier", "later"))  # ("said the following day that")
WORK_WORDS = 4  # name words before a written work ("the Times's Facebook article")
WHO_REACH = 7  # tokens from "who" to its reporting verb at most ("who as first lady once accused")
DATELINE_WORDS = 5  # tokens of a dateline's place ("WASHINGTON , D.C.") and of its agency at most
LEAD_WORDS = frozenset(("how", "what", "why", "this", "these", "follows", "following"))  # a content that leads into a quotation
CLAIM_WORDS = 2  # words between a determiner and a claim noun ("the latest two allegations")
APPOSITION_WORDS = 4  # words of an apposition before its "who" ("African-Americans who campaigned")
TEXT_OBJECT = 10  # tokens of a written text before its "that" ("a concurring opinion in the Vance case that said")
NP_WORDS_BACK = 5  # words of a speaker phrase before the subject found ("Algerian foreign ministry spokesman")
WITH_SUBJECT = 6  # tokens from "with" to its participle at most ("with gun-control advocates saying")
# last words of a phrase that names a thing (:func:`_a_thing`)
THING_HEADS = frozenset(("information", "data", "evidence", "schedule", "record", "history", "experience", "numbers",
                         "figures", "results", "trend", "trends", "model", "models", "days", "weeks", "months",
                         "years", "polls", "poll", "polling", "surveys", "survey"))


class Sentence(Window):
    """A sentence read for a reported clause: tokens ``a`` (``lo``) to ``b - 1`` (``hi``) of ``words`` (the
    document's or its paragraph's own), ``end`` the token after its content (its final '.', '!' or '?' or
    ``hi``), ``cues`` its tokens where a cue may start (``may_start_cue``); the speaker before each cue and
    the start of the content after it are read once."""

    __slots__ = ("end", "cues", "quoting", "_subjects", "_content")

    def __init__(self, doc: Doc, words: Words, lo: int, hi: int, end: int, cues: list[int], quoting: bool = False):
        # (Window.__init__ written out: one Sentence is made per sentence read)
        self.doc, self.piece, self.a, self.b, self.first, self.w = doc, None, lo, hi, lo, words
        self.end = end
        self.cues = cues
        self.quoting = quoting
        self._subjects: dict[int, Mention | None] = {}
        self._content: dict[int, int] = {}

    def subject(self, n: int) -> Mention | None:
        """The speaker noun phrase before the cue at token ``n`` (:func:`_opening_subject` when the phrase
        right before the cue is none or sits inside a relative clause)."""
        m = self._subjects.get(n, self)  # (self: not read yet)
        if m is self:
            w, a = self.w, self.a
            m = subject_before(self.doc.text, w, n, a, a)
            if n - 1 > a and w.low[n - 1] in ("that", "which") and (v := issued_document(w, n, a)) >= 0:
                m = self.subject(v)  # "Smith issued a statement that said ...": Smith
            # a phrase found that does not open the sentence, after a relative pronoun or an aside before the cue
            if (m is None or m.start != w.st[a]) and n - a > 2 and (not RELATIVE_PRONOUNS.isdisjoint(w.low[a + 1:n])
                                                                    or m is None and w.txt[n - 1] in ASIDE_MARKS):
                m = _opening_subject(self, n, m)
            self._subjects[n] = m
        return m

    def content_start(self, n: int, cue: Cue) -> int:
        """:func:`_content_start` of the cue at token ``n`` (the cue found there: one per token)."""
        a = self._content.get(n)
        if a is None:
            a = _content_start(self, n, cue)
            if a < self.end and self.w.txt[a] == "," and self.w.low[a - 1] == "that":
                a += 1  # "reiterated that, in her view, ...": the comma opens an aside, not a quotation
            self._content[n] = a
        return a

    def that_clause(self, a: int) -> bool:
        """The content that starts at token ``a`` is a clause of "that": after it ("said that the plan ..."), or
        with "that" as its subject ("said that was not the case", :func:`_content_start`)."""
        low = self.w.low
        return low[a - 1] == "that" or a < self.end and low[a] == "that"

    def last(self, a: int) -> int:
        """The last token of a content that starts at token ``a``: the sentence's last before ``end``, or, in a
        sentence that quotes a sentence (``quoting``), of a clause after "that" only ('told the crowd, "..."'
        is no clause), the last before a quotation it leads into with a comma or colon, without the
        conjunctions and cues before it ('that he welcomed it and added, "..."'; a quotation right after a word
        is part of the clause: 'said that Cruz has "a problem."')."""
        if not self.quoting:
            return _before_writer_frame(self.w, a, self.end - 1)  # (", in a move ...", ", a recommendation ...")
        txt, low = self.w.txt, self.w.low
        if not self.that_clause(a):
            return a - 1  # "told the crowd, "..."", "said last month, "..."": no clause of its own
        q = next((k for k in range(a, self.end) if txt[k] in QUOTE_MARKS), self.end)
        if a < q < self.end and txt[q - 1] not in LEAD_IN:
            return self.end - 1  # 'said that Cruz has "a problem."': the quotation is part of the clause
        last = q - 1
        while last >= a and not self.w.starts_alnum(last):
            last -= 1
        if last > a and low[last - 1] in COORDINATORS and self.w.may_start_cue(last):
            last -= 2  # "and added,"
        return last

    def found(self, start: int, end: int, m: Mention, n: int, cue: Cue, rule: str,
              cut: tuple[int, int] | None = None):
        """The content from token ``start`` to ``end`` (inclusive), attributed to ``m`` by the cue at ``n``;
        ``cut``: the characters of an attribution inside it (', X said, '), left out (:func:`_around`). A
        quotation opened inside the content and closed after its last word keeps its closing mark and the full stop
        inside it ('have "ginned up fears among responsible gun owners."'; not a comma: 'is "rightly hurting,"
        but' is cut before it)."""
        text, a, e = self.doc.text, self.w.st[start], self.w.en[end]
        if text.count('"', a, e) % 2 == 1:
            e += 1 if text[e:e + 1] == '"' else 2 if text[e:e + 1] in ".?!" and text[e + 1:e + 2] == '"' else 0
        return (a, e), self.attribution(m, n, cue, rule), cut


def _opening_subject(s: Sentence, n: int, m: Mention | None) -> Mention | None:
    """The noun phrase the sentence opens with, as the subject of the cue at token ``n``, when a relative clause
    or an aside between commas or dashes comes between them ("Friends of Mr. Clinton's who have seen him on the
    trail recently say that ...", "Jeffrey Salkin, a Hollywood, Fla., rabbi helping to organize the boycott,
    said ..."); else ``m``, the phrase found right before the cue. A relative clause whose verb is the cue
    ("voters who said"), or whose subject is the phrase found ("the man whom Trump called"), leaves ``m``."""
    w, low, a = s.w, s.w.low, s.a
    if low[a] in COORDINATORS and w.txt[a + 1] != ",":  # "But many diehard Sanders supporters who ..."
        a += 1
    if low[a] in FOCUS_ADVERBS and low[a + 1] in SUBORDINATORS:  # "Even if Clinton can't ..., insiders ..."
        a += 1
    if low[a] in ADJUNCT_PREPOSITIONS or low[a] in SUBORDINATORS:
        # the phrase after an opening adjunct ("After the vote, Rep. Bobby Scott, D-Va., one of the nine ...,
        # said")
        k = _index(w.txt, ",", a + 1, n)
        a = k + 1 if 0 < k < n - 2 else a
    e = _opening_phrase(w, a, n)
    if e is None or e + 1 < n and low[e + 1] not in RELATIVE_PRONOUNS and low[e + 1] not in ASIDE_MARKS:
        # a noun phrase that ends at the sentence's first aside mark or relative pronoun ("GOP front-runner
        # Donald Trump - who ...")
        k = next((k for k in range(a + 1, min(n, a + APPOSITION_OPENING))
                  if low[k] in ASIDE_MARKS or low[k] in RELATIVE_PRONOUNS), None)
        first = subject_before(s.doc.text, w, k, a, a) if k is not None else None
        # or the phrase and a prepositional phrase after it, before an aside between dashes that closes right
        # before the cue ("Many speakers at the service - including Muslims, Christians - said")
        with_pp = k is not None and e is not None and e + 1 < k and low[e + 1] in ADJUNCT_PREPOSITIONS \
            and low[k] in DASHES and w.txt[n - 1] == w.txt[k] \
            and not any(w.may_start_cue(j) for j in range(e + 1, k))
        # the phrase found may start after description words ("GOP front-runner Donald Trump - who ..."): words
        # with no verb among them, up to the aside
        # (not a pronoun and its verb: "It's a milestone that also signals")
        opener = low[a].removesuffix("s").rstrip("'\u2019")
        described = first is not None and first.end == w.en[k - 1] and opener not in PRONOUNS \
            and not any(_verb_like(low[j]) or w.may_start_cue(j)
                        for j in range(a, bisect_left(w.st, first.start, a, k)))  # ("Most of the judges who")
        e = k - 1 if first is not None and (first.start == w.st[a] or described) or with_pp else None
    if e is None or e + 2 >= n:
        return m
    rel = low[e + 1]
    # a relative clause that runs to the cue, with no comma in it (", he said" after one has its own subject)
    # and not one of its own before the cue ("... drew the ire of Justice Scalia who said"); after "who", the
    # phrase found is its clause's object ("Republicans who oppose the bill said": Republicans)
    if rel in RELATIVE_PRONOUNS and (m is None or bisect_left(w.st, m.start, e, n) - (e + 1) > 2
                                     or rel == "who" and bisect_left(w.st, m.start, e, n) - (e + 1) > 1) \
            and low[n - 1] not in RELATIVE_PRONOUNS and "," not in w.txt[e + 1:n] \
            or rel in ASIDE_MARKS and m is None and w.txt[n - 1] == w.txt[e + 1]:
        if rel == "," and e + 2 < n - 1 and not w.is_name(e) and w.is_name(n - 2):
            return apposition(s.doc.text, w, a, e, e + 2, n - 2)  # "One of them, State Auditor John Dougall, told"
        x = e + 2
        while x < n - 1 and (w.is_name(x) or w.is_title(x) or w.is_title_dot(x)):
            x += 1
        if rel == "," and x > e + 2 and w.txt[x] == "," and not w.is_name(e) and w.is_name(x - 1):
            # "The FDA's commissioner, Dr. Margaret Hamburg, who appeared with ..., described": the name set off
            # after the description, before an aside of its own
            return apposition(s.doc.text, w, a, e, e + 2, x - 1)
        return mention(s.doc.text, w, a, e)
    return m


def _opening_phrase(w: Words, a: int, n: int) -> int | None:
    """The last token of the noun phrase that starts at token ``a`` (before token ``n``): a run of names and
    titles ("Sen. Marco Rubio", "Friends of Mr. Clinton's"), or a determiner and the words after it ("many
    diehard Sanders supporters"); ``None`` when none starts there."""
    low = w.low
    if (w.is_name(a) or w.is_title(a)) and not low[a].endswith("ing"):  # ("Noting that ...")
        e = a
        while e + 1 < n and (w.is_name(e + 1) or w.is_title(e + 1) or w.is_title_dot(e + 1)
                             or w.is_possessive(e + 1)
                             or low[e + 1] in CONNECTORS and e + 2 < n
                             and (w.is_name(e + 2) or w.is_title(e + 2) or w.is_title_dot(e + 2))):
            e += 1
        return e
    if low[a] in DETERMINERS:
        e = a
        while e + 1 < n and e - a < NP_WORDS_BACK and w.starts_alnum(e + 1) and low[e + 1] not in NP_BOUNDARY \
                and not w.may_start_cue(e + 1):
            e += 1
        return e if e > a else None
    return None


def according(s: Sentence, n: int, cue: Cue):
    """'According to X, ...' (content after the comma) / '..., according to X.' or '... according to X.' (content
    before it) / '..., according to X, ...' (content around it, the attribution left out; the content before it
    when the words after it do not go on with the report: :func:`_goes_on`)."""
    if cue.lemma != ACCORDING_TO:
        return None
    if s.quoting:
        return NEXT_CUE  # '"...," according to X': the quotation rules' attribution
    txt, lo, end = s.w.txt, s.a, s.end
    text = s.doc.text  # (the comma that ends X, not one inside a number: "according to their count - ... 98,000")
    stop = next((k for k in range(n + 2, end) if txt[k] == "," and not text[s.w.en[k]:s.w.en[k] + 1].isdigit()), end)
    m = subject_after(s.doc.text, s.w, n + 2, stop)
    if m and n == lo and stop < end - 1:
        return s.found(stop + 1, end - 1, m, n, cue, "indirect:according")
    low = s.w.low
    if m and n > lo + 1 and txt[n - 1] == "," and stop < end - 1 and is_verb_form(low[stop + 1]) \
            and cue_at(s.w, stop + 1, lo, s.b, s.doc.verbs) is not None:
        return NEXT_CUE  # 'The reports, according to the AP, said ...': the aside is inside the report of "said"
    # '..., according to X, ...': the content is around it, unless what follows the comma goes on naming X
    # ("according to Sen. Dick Durbin, D-Ill., the No. 2 Democrat")
    if m and n > lo + 1 and txt[n - 1] == "," and stop < end - 1 and not s.w.starts_upper(stop + 1) \
            and low[stop + 1] not in DETERMINERS and not a_role(low[stop + 1]) and _goes_on(s.w, stop + 1):
        return s.found(lo, end - 1, m, n, cue, "indirect:according", (s.w.st[n], s.w.en[stop - 1]))
    if m and n > lo + 1 and txt[n - 1] == "," and stop < end - 1 and _name_and_verb(s, stop + 1) \
            and not any(is_verb_form(low[k]) for k in range(lo, n - 1)):
        # 'Recall that last June, according to The New York Times, Trump ordered ...': the words before are no
        # clause, the report is the clause after X
        return s.found(stop + 1, end - 1, m, n, cue, "indirect:according")
    if m and n > lo + 1 and txt[n - 1] == ",":
        return s.found(lo, n - 2, m, n, cue, "indirect:according")
    # '... according to X.' without a comma: only a named or institutional source ("a count by The Associated
    # Press", "recent polls"), not a measure ("calculated according to a worker's contributions")
    if m and n > lo + 1 and stop == end and any(s.w.is_name(k) or low[k] in ORG_WORDS for k in range(n + 2, end)):
        return s.found(lo, n - 1, m, n, cue, "indirect:according")
    return END_CUES


def _verb_like(t: str) -> bool:
    """A token that may be the verb of a clause: a finite-looking form, a form of be, a modal or an auxiliary."""
    return is_verb_form(t) or t in BE or t in VERBS_AFTER_THAT or t in ("have", "had", "do") or t.endswith("n't")


def _name_and_verb(s: Sentence, k: int) -> bool:
    """A name from token ``k`` and a verb form in lower case right after it ("Trump ordered"): a clause opens."""
    j = k
    while j < s.end and (s.w.is_name(j) or s.w.is_title(j)):
        j += 1
    return k < j < s.end and is_verb_form(s.w.low[j]) and not s.w.starts_upper(j)


def not_finite_here(s: Sentence, n: int, cue: Cue):
    """Not a finite verb form (:func:`~analysis.quotes.attribution.not_finite`), unless a bare form of a verb
    that takes a clause follows a plural subject ("some strategists think that", "Republicans acknowledge
    that", "they argue"): a present tense there, not a noun ("the claim") nor an infinitive; so is an -ing
    form after "is" or "was" ("is declaring that"), and a bare form after a verb of carrying on and its "to"
    ("continued to emphasize that": :data:`LEADING_VERBS`, skipped to find the subject)."""
    if not_finite(s, n, cue) is None or _plural_present(s.w, n, s.a, cue) or _progressive(s.w, n, s.a, cue):
        return None
    low = s.w.low
    if n - 2 >= s.a and leading_verb_at(low, n - 1, s.a) >= 0 and is_bare_form(low[n]) \
            and (cue.lemma in CLAUSE_CUES and cue.cls != "believing" or s.that_clause(s.content_start(n, cue))):
        return None  # (not "continued to blast out policy proposals", "began to wonder if")
    return NEXT_CUE


def _takes_clause(w: Words, n: int, cue: Cue) -> bool:
    """The cue at token ``n`` reports a clause or an infinitive ("think", "argue", "vow", any cue before "that";
    not "continue", "challenge")."""
    return cue.lemma in CLAUSE_CUES or cue.lemma in THAT_CUES or cue.lemma in INFINITIVE_CUES \
        or n + cue.width < len(w.low) and w.low[n + cue.width] == "that"


def _plural_present(w: Words, n: int, lo: int, cue: Cue) -> bool:
    """The cue at token ``n`` is a bare form right after a plural noun or pronoun: a present tense."""
    if n <= lo or not is_bare_form(w.low[n]) or not _takes_clause(w, n, cue):
        return False
    k = n - 1
    while k > lo + 2 and (w.low[k] in SKIP_BEFORE_CUE and w.low[k] not in PRONOUNS or ly_adverb(w.low[k])):
        k -= 1  # ("experts also say", "critics generally say")
    if k > lo + 2 and w.txt[k] == "," and w.low[k - 1] in SENTENCE_ADVERBS and w.txt[k - 2] == ",":
        k -= 3  # ("Proponents of the new bill, however, say")
    t = w.low[k]
    return t in PLURAL_SUBJECTS or t.endswith("s") and not t.endswith("ss") and w.starts_alpha(k) \
        and not w.is_possessive(k)


def _plural_noun(w: Words, k: int) -> bool:
    """Token ``k`` reads as a plural noun ("experts", "groups"; not "boss", "Trump's")."""
    t = w.low[k]
    return t.endswith("s") and not t.endswith("ss") and w.starts_alpha(k) and not w.is_possessive(k)


def _progressive(w: Words, n: int, lo: int, cue: Cue) -> bool:
    """The cue at token ``n`` is an -ing form after a form of "be" ("is declaring that", "was arguing"): a
    finite verb phrase (a passive, "was being asked", is not: the -ing form is the cue)."""
    return n > lo and w.low[n].endswith("ing") and w.low[n - 1] in PROGRESSIVE_AUX and _takes_clause(w, n, cue)


def not_asserted(s: Sentence, n: int, cue: Cue):
    """A question ("Did you report any interference ...?", "Do I believe that ...?"), a condition ("If you
    believe that ...", "if they wanted to ..."), a denied report ("would not say whether", "declined to say") or
    the writer's guess ("might accept", "might have accepted", "may have believed") asserts nothing: no one is
    reported to have said it."""
    if s.end < s.b and s.w.txt[s.end] == "?":
        return END_CUES
    low = s.w.low
    k = n - 1 if low[n - 1] != "to" else n - 2  # ("declined to say")
    if k > s.a + 1 and (low[k] in ("yet", "ever") or ly_adverb(low[k])):
        k -= 1  # ("has not yet said whether", "hasn't specifically said if")
    if k > s.a and (low[k] in NEGATIONS or low[k][-3:] == "n't"):
        return NEXT_CUE  # a denied report: "Barr would not say whether ...", "The campaign did not say where"
    if k > s.a + 1 and low[k] == "have" and low[k - 1] in SPECULATIVE_MODALS or k > s.a and low[k] in ("might",):
        return NEXT_CUE  # the writer's guess: "many Americans might have accepted the NRA's argument that"
    m = s.subject(n)
    ms = bisect_left(s.w.st, m.start, s.a, s.b) if m is not None else n
    if ms > s.a and s.w.low[ms - 1] in CONDITIONS:
        return NEXT_CUE
    return None


def not_a_report(s: Sentence, n: int, cue: Cue):
    """A cue word after a phrase that makes it a name or a noun (:func:`_not_reporting`)."""
    m = s.subject(n)
    if m is not None and _not_reporting(s.w, n, cue.width, bisect_left(s.w.st, m.start, s.a, s.b), s.b):
        return NEXT_CUE
    return None


def said_x(s: Sentence, n: int, cue: Cue):
    """'..., said X.': no subject before the cue, or one that ends at the comma before it (a noun phrase of
    the content: "... in New York and Florida, said lobbyist Charlie Black"); the speaker follows it."""
    if cue.lemma in NAMING_CUES and s.w.txt[n - 1] == ",":
        return NEXT_CUE  # ("When a radical Shiite Muslim group, called the Houthis, seized ...": a name given)
    named = None
    if s.subject(n) is not None:
        # ("told The Huffington Post": the addressee, not the speaker)
        if s.w.txt[n - 1] != "," or cue.lemma in ADDRESSEE_CUES or s.quoting:
            return None
        named = _names_after(s, n + cue.width)
        if named is None:
            return None
    if s.quoting:
        return NEXT_CUE  # '"...," said X': the quotation rules' attribution
    txt, lo = s.w.txt, s.a
    w = s.w
    # a content of names only is the subject with its apposition ("Rep. Elijah Cummings, D-Md., questioned")
    if n > lo + 1 and txt[n - 1] == "," and not all(w.is_name(k) or w.is_title(k) or not w.starts_alnum(k)
                                                            for k in range(lo, n)):
        a = n + cue.width
        m = subject_after(s.doc.text, s.w, a, s.end) if named is None else named
        # a pronoun with more after it is the subject of the report ("..., said he will decide"), so is a
        # phrase with a verb in it ("..., said Sanders has pushed ..."); a time word is no speaker ("said Monday")
        me = bisect_left(s.w.st, m.end, a, s.end) if m else a
        if m and not (s.w.low[a] in PRONOUNS and a + 1 < s.end) and s.w.low[a] not in TIME_WORDS \
                and not any(s.w.low[k] in VERB_AFTER_SUBJECT for k in range(a, me)):
            if me + 1 < s.end - 1 and txt[me] == "," and sum(map(w.starts_alnum, range(lo, n - 1))) < ASIDE_PIECE \
                    and s.w.low[me + 1] not in RELATIVE_PRONOUNS and s.w.low[me + 1] not in DETERMINERS:
                # "So far, said Petersen, neither the government nor ...": an opening adjunct, then the report (not
                # the speaker's relative clause or apposition: ", says the Associated Press, which interviewed")
                return s.found(me + 1, s.end - 1, m, n, cue, "indirect:said-X")
            return s.found(lo, n - 2, m, n, cue, "indirect:said-X")
    return NEXT_CUE


def _names_after(s: Sentence, a: int) -> Mention | None:
    """The name (with its title: "Democratic strategist David Axelrod") that starts at token ``a``, right after
    the cue, and ends the sentence or is followed by its apposition: the cue's subject, not a clause it
    reports."""
    w = s.w
    k = a
    while k < s.end and (w.is_name(k) or w.is_title(k) or w.is_title_dot(k) or w.low[k] in SPEAKER_WORDS):
        k += 1
    if k > a and w.is_name(k - 1) and (k == s.end or w.txt[k] == ","):
        return mention(s.doc.text, w, a, k - 1)
    return None


def and_said(s: Sentence, n: int, cue: Cue):
    """'Trump had welcomed Khan's election and said he would ...': a cue after "and" or "but" with no subject of
    its own shares the subject of the sentence's first verb; the content runs to the sentence end."""
    k, low = n - 1, s.w.low
    while k > s.a and (low[k] in SKIP_BEFORE_CUE or ly_adverb(low[k]) or _leading_verb(low, k)
                       or time_phrase_start(low, k, s.a) <= k) and not s.w.starts_upper(k):
        k = min(k, time_phrase_start(low, k, s.a)) - 1  # "and later said", "but quickly added", "and continued to
        # assure", "but a few months later refused"
    if k <= s.a + 1 or s.w.low[k] not in COORDINATORS or s.subject(n) is not None:
        return None
    m = _sentence_subject(s, k)
    if m is not None and any(s.w.low[j] in SUBORDINATORS and not _describing_as(s.w.low, j)
                             for j in range(bisect_left(s.w.st, m.end, s.a, k), k)):
        return NEXT_CUE  # "..., when the president interrupted him and told ...": "and" joins a clause of its own
    a = s.content_start(n, cue)
    if m is None or a >= s.last(a) or not (cue.lemma in CLAUSE_CUES or s.that_clause(a)):
        return NEXT_CUE  # "and asked for a recount": what the subject did, not a report
    return s.found(a, s.last(a), m, n, cue, "indirect:and-said")


def _leading_verb(low, k: int) -> bool:
    """Token ``k`` is a word of a verb of carrying on or starting before its "to", or that "to" ("continued to
    assure", "went on to say": :func:`~analysis.quotes.speakers.leading_verb_at`), skipped before a reporting verb."""
    return any(0 <= leading_verb_at(low, t, 0) <= k for t in (k, k + 1, k + 2) if t < len(low))


def _describing_as(low, j: int) -> bool:
    """The "as" at token ``j`` follows a verb of describing and its object ("described the chairman as") or comes
    before a role ("her record as secretary of state"), not a subordinator that opens a clause."""
    return low[j] == "as" and (not DESCRIBING_VERBS.isdisjoint(low[max(0, j - 4):j])
                               or j + 1 < len(low) and a_role(low[j + 1]))


def _sentence_subject(s: Sentence, k: int) -> Mention | None:
    """The subject of the sentence's first verb before token ``k``: a noun phrase that opens the sentence or
    follows an opening phrase and its comma ("Walking to the next address, Ebeling reminisced ..."), before a
    lower-case past form or auxiliary ("welcomed", "had"), else before the first lower-case word after a name or
    pronoun ("Adelson met")."""
    low, w = s.w.low, s.w
    seg = lo = s.a  # lo: where the subject may start
    while seg < k:
        stop = next((v for v in range(seg, k) if w.txt[v] == ","), k)
        if low[seg] in ADJUNCT_PREPOSITIONS or low[seg].endswith("ing") \
                or stop < k and all(low[v] in TIME_WORDS or low[v] in ORDER_TIME for v in range(seg, stop)):
            seg = lo = stop + 1  # "At a meeting ...,", "Walking ...,", "Last month,"
            continue
        if seg > lo and low[seg] in DETERMINERS and all(w.is_name(v) for v in range(lo, seg - 1)):
            seg = stop + 1  # an apposition after a name ("Kayleigh McEnany, the White House press secretary,")
            continue
        first = seg + 1 if seg == s.a else seg  # (after a comma the verb may come first: "..., said")
        lower = [v for v in range(first, stop) if w.starts_alpha(v) and not w.starts_upper(v)
                 and not s.doc.in_quote(w.st[v])]  # (not a quotation's words: '"I wish ...," Johnson told')
        verb = next((v for v in lower if low[v].endswith("ed") or low[v] in VERB_AFTER_SUBJECT
                     or low[v] in FINITE_VERB_FORMS), None)
        # an irregular verb right after a name or pronoun comes first ("President Barack Obama met survivors ...
        # and relatives of the 49 people killed on Thursday and said ...": Obama, not the people)
        early = next((v for v in lower if (w.is_name(v - 1) or low[v - 1] in PRONOUNS) and only_verb(low[v])), None)
        if early is not None and (verb is None or early < verb):
            verb = early
        if verb is None:
            verb = next((v for v in lower if (w.is_name(v - 1) or low[v - 1] in PRONOUNS) and low[v] not in
                         ADJUNCT_PREPOSITIONS and low[v] not in CONNECTORS and low[v] not in COORDINATORS), None)
        if verb is not None:
            m = s.subject(verb)
            return m if m is not None and bisect_left(w.st, m.start, s.a, s.b) >= lo else None
        seg = stop + 1  # an opening phrase and its comma, or a name before its apposition: the subject may follow
        lo = lo if all(w.is_name(v) for v in range(lo, seg - 1)) else seg
    return None


TIME_PHRASE_WORDS = 5  # words of a time phrase between a cue and its "that" ("shortly after taking office")


def _content_start(s: Sentence, n: int, cue: Cue) -> int:
    """The first token of the content after the cue at ``n`` (after "that", if any; after the "that" that
    ends an adjunct: "said in a statement that ..."); ``s.end`` when an adjunct with no "that" after it
    follows the cue ("spoke in the Rose Garden", "the terrorist attacks on Sept. 11")."""
    a = n + cue.width
    low = s.w.low
    if cue.lemma in ADDRESSEE_CUES:  # "told Fox News (that) ...": the addressee is no part of the report
        # (not inside a quotation: 'told The Hill the senator "will not support any plan that creates ..."')
        that = next((k for k in range(a, min(s.end, a + ADDRESSEE_THAT_REACH)) if low[k] in ("that", ",")
                     and not s.doc.in_quote(s.w.st[k])), None)
        if that is not None and low[that] == ",":
            # a place set off by commas inside the addressee: "told a small gathering in Boca Raton, Florida, that"
            after = _that_after_names_and_dates(s, that + 1)
            that = after if after is not None and after < a + ADDRESSEE_THAT_REACH else that
        if that is not None and that - a > ADDRESSEE_REACH \
                and any(t in MAIN_AUXILIARIES or t.endswith("ed") for t in low[a:that]):
            that = None  # past a verb of its own ("told reporters the plan failed and that"); without one, the
            # addressee is longer ("told reporters traveling with Obama on Air Force One that")
        if that is not None and low[that] == "that":
            return that + 1
        while a < min(s.end, n + cue.width + ADDRESSEE_REACH) and _in_addressee(s.w, a):
            a += 1  # ("told The New York Times", "reminded the leaders", "reminded Lowey and Schiff")
            if (low[a - 1] in OBJECT_PRONOUNS or low[a - 1] in ("me", "us")) and s.w.txt[a - 1].islower():
                break  # ("told him Mueller should be removed": the pronoun is the whole addressee)
        if _addressee_end(s, a) == s.end:  # "told a Senate panel Wednesday.": no report after the addressee
            return s.end
    if cue.lemma == "ask":  # "asked Obama how renewing the ban would help": the one asked is no part of it
        j = a
        while j < s.end and j - a < ADDRESSEE_REACH and (s.w.is_name(j) or low[j] in ADDRESSEE_WORDS):
            j += 1
        if a < j < s.end and low[j] in QUESTION_WORDS:
            a = j
    at_cue = a
    if a + 2 < s.end and s.w.txt[a] == "," and low[a + 1] in SENTENCE_ADVERBS and s.w.txt[a + 2] == ",":
        a += 3  # "did note, however, that ..."
    while a < s.end and (low[a] in TIME_WORDS or low[a] in AFTER_CUE_ADVERBS  # "said Wednesday in a speech",
                         or low[a] in ("this", "last", "next", "early", "late") and a + 1 < s.end
                         and low[a + 1] in TIME_WORDS):
        a += 1  # "said later on Fox News that", "said earlier this month", "tweeted early Tuesday"
    if a < s.end and s.w.txt[a] == ";":
        return s.end  # "..., political analysts say; in 2012, ...": the cue closes its clause, nothing after it
    if a + 1 < s.end and low[a] in ("there", "here") and (low[a + 1] == "that" or low[a + 1] in ADJUNCT_PREPOSITIONS):
        a += 1  # "declared there that ...", "said here on Monday": the place of the act ("said there is" is a clause)
    a = _after_day(s, _after_span_of_time(s, a))
    if a < s.end and (low[a] in PHRASAL_PARTICLES or a + 1 < s.end and low[a + 1] in PHRASAL_PARTICLES
                      and low[a] in OBJECT_PRONOUNS):
        return s.end  # another verb: "wrote it off as", "called up their friends"
    that = _that_after_names_and_dates(s, a)
    if that is not None:
        return that + 1  # "wrote Mr. Issa last week that ...", "confirmed March 20, 2017 that ..."
    if a < s.end and low[a] in TIME_PHRASE_OPENERS:  # "said all along that", "said shortly after taking office that"
        that = next((k for k in range(a + 1, min(s.end - 1, a + TIME_PHRASE_WORDS + 1)) if low[k] == "that"), None)
        if that is not None and all(s.w.starts_alpha(k) and not s.w.starts_upper(k) for k in range(a, that)):
            return that + 1
    if a + 1 < s.end and low[a] == "as" and (low[a + 1] in PRONOUNS or low[a + 1] in DETERMINERS):
        return s.end  # a time clause, no report: "said as he sent lawmakers home", "said as the debate began"
    if cue.lemma in INFINITIVE_CUES:  # "vowed to block ...": the infinitive is the report, nothing else is
        # (and a clause after "that": "promised late Thursday that Russia would ...")
        return a if a + 1 < s.end and low[a] == "to" else a + 1 if a + 1 < s.end and low[a] == "that" else s.end
    if cue.lemma in THAT_CUES and a + 1 < s.end and low[a] == "to" and _infinitive_after(s.w, a + 1) \
            and only_verb(low[a + 1]):
        return s.end  # "agree to restrict the power that police ... exert": an infinitive, no adjunct before a clause
    if a < s.end and low[a] in ADJUNCT_PREPOSITIONS:
        # (a "that" right after the preposition is a determiner: "concluded in that case that ...")
        that = next((k for k in range(a + 2, min(s.end, a + 12)) if low[k] == "that"), None)
        if that is not None and that + 1 < s.end and (low[that + 1] in VERBS_AFTER_THAT or only_verb(low[that + 1])
                                                      and not low[that + 1].endswith("ing")):
            return s.end  # a relative clause of the adjunct's noun: "responded with a demonstration that was marked
            # by cheers", "complained about the police response that began soon after" (a gerund after "that"
            # opens the clause: "said in an email exchange that renaming these bases is long overdue")
        if that is None and a > at_cue and low[at_cue] in AFTER_CUE_ADVERBS:
            return at_cue  # "told reporters later in the day he hoped ...": the words after the cue, as read before
        return that + 1 if that is not None else s.end
    if a < s.end and low[a] == "that":
        if _only_a_time(s, a + 1):
            return s.end  # "the officials who said that in January": "that" is the object, the rest its time
        # ("said that was not the case": "that" is the clause's subject, part of the report)
        return a if a + 1 < s.end and low[a + 1].replace("\u2019", "'") in VERBS_AFTER_THAT else a + 1
    return a


def _only_a_time(s: Sentence, a: int) -> bool:
    """Tokens ``a`` to the sentence's end are a preposition and words of a time or date ("in January", "on
    Tuesday", "in 2016"), or nothing."""
    low = s.w.low
    if a >= s.end:
        return True
    return low[a] in ADJUNCT_PREPOSITIONS and a + 1 < s.end and all(
        low[k] in TIME_WORDS or low[k] in DATE_WORDS or low[k][:1].isdigit() or low[k] == ","
        for k in range(a + 1, s.end))


def _after_day(s: Sentence, a: int) -> int:
    """Token ``a``, or the word after an "on" and its day that token ``a`` opens when the subject of a clause
    (a pronoun, a determiner, "there" or a name) follows them ("said (late) on Wednesday he would stay in the
    race", "told Fox News on Sunday he believes"; not "said on Sunday, signaling ..." nor "said on Wednesday --
    that ...")."""
    low = s.w.low
    b = a + 1 if a < s.end and low[a] in ("late", "early") else a
    if b + 1 < s.end and low[b] == "on" and low[b + 1] in TIME_WORDS:
        b += 2
        while b < s.end and low[b] in TIME_WORDS:
            b += 1  # ("on Tuesday night")
        if b < s.end and (low[b] in PRONOUNS or low[b] in DETERMINERS or low[b] == "there" or s.w.starts_upper(b)):
            return b  # a clause's subject (not "attacks on Thursday and Friday", "continued on Sunday news
    return a  # programs"; "said on Monday in a speech that" is read on as an adjunct)


def _a_pronoun(word: str) -> bool:
    """``word`` (lower case) is a personal pronoun, also with its verb joined to it ("he", "he'd", "they\u2019re")."""
    return word.replace("\u2019", "'").split("'")[0] in PRONOUNS


SPAN_WORDS = 4  # words of a span of time after "for" before its noun ("for the past two weeks")


def _after_span_of_time(s: Sentence, a: int) -> int:
    """The token after a span of time that token ``a`` opens with "for" ("has said for weeks he's the only
    candidate ...", "for the past two years that ..."), when "that" or a clause's subject (a pronoun, also with
    its verb joined, a determiner or a name) follows it; else ``a``."""
    low = s.w.low
    if a + 2 >= s.end or low[a] != "for":
        return a
    k = a + 1
    while k < s.end and k - a <= SPAN_WORDS and low[k] not in TIME_NOUNS \
            and (low[k] in TIME_MODIFIERS or low[k] in NUMBER_WORDS or low[k][:1].isdigit()):
        k += 1
    if k + 1 < s.end and low[k] in TIME_NOUNS and (
            low[k + 1] in ("that", "there") or _a_pronoun(low[k + 1]) or low[k + 1] in DETERMINERS
            or s.w.starts_upper(k + 1)):
        return k + 1
    return a


def _in_addressee(w: Words, a: int) -> bool:
    """Token ``a`` is a word of an addressee: a name, a word of :data:`ADDRESSEE_WORDS`, or "the" or "and" before
    one."""
    low = w.low
    return w.is_name(a) or low[a] in ADDRESSEE_WORDS \
        or low[a] in ("the", "and") and a + 1 < len(low) and (w.is_name(a + 1) or low[a + 1] in ADDRESSEE_WORDS)


def _that_after_names_and_dates(s: Sentence, a: int) -> int | None:
    """The "that" within :data:`ADDRESSEE_REACH` tokens from token ``a`` after nothing but names, titles,
    dates and time words ("Mr. Issa last week that", "March 20, 2017 that"), or ``None``."""
    w, low = s.w, s.w.low
    stop = min(s.end, a + ADDRESSEE_REACH)
    if "that" not in low[a + 1:stop]:  # (most contents: a look-up in C)
        return None
    for k in range(a, stop):
        if low[k] == "that":
            return k if k > a else None
        if not (w.is_name(k) or w.is_title(k) or w.is_title_dot(k) or low[k] in TIME_WORDS or low[k] in DATE_WORDS
                or low[k][:1].isdigit() or low[k] == ","):
            return None
    return None


def _addressee_end(s: Sentence, a: int) -> int:
    """The token after the words of a noun phrase (no function word, at most :data:`ADDRESSEE_REACH`) that
    starts at token ``a``: the end of an addressee ("a Senate panel", "the Conservative Political Action
    Conference")."""
    k = a
    while k < s.end and k - a < ADDRESSEE_REACH and s.w.starts_alnum(k) and s.w.low[k] not in NP_BOUNDARY:
        k += 1
    return k


def quoted_content(s: Sentence, n: int, cue: Cue):
    """A content that opens with a quotation mark, a colon or a comma ('X said: "..."', 'X told reporters "..."')
    is a quotation, read by the quotation rules: not a reported clause. Quoted words after the content's first
    word are part of the clause ('X said he "cannot walk down the street" without ...'), and so is a scare quote
    that opens it (:func:`_quoted_word_opens_clause`)."""
    a = s.content_start(n, cue)
    txt = s.w.txt
    if a < s.end and (txt[a] in (":", ",") or txt[a] in QUOTE_MARKS) and not _closing_before_participle(s, n, cue) \
            and not _quoted_word_opens_clause(s, a):
        return NEXT_CUE  # (', the Times reported Thursday, citing ...': a closing attribution)
    return None


def _quoted_word_opens_clause(s: Sentence, a: int) -> bool:
    """The quotation that opens at token ``a`` is a scare quote (a word or two) and the clause goes on after it
    with a lower-case word and a verb ('Azar said "millions" of tests are available'): the clause is the report,
    the quoted word its first."""
    doc, w = s.doc, s.w
    k = bisect_left(doc.quoted, (w.st[a], -1))
    if k >= len(doc.quoted) or doc.quoted[k][0] - w.st[a] >= 2 or doc.pieces[k].kind != "scare" \
            or doc.pieces[k].close_at < 0:
        return False
    after = doc.tok_index(doc.pieces[k].close_end)
    if after >= s.end or not w.starts_alpha(after) or w.starts_upper(after):
        return False
    first = w.low[after]
    # (not the object of an act: 'writes "2017" using a sparkler', 'cited "dirt" on ...', 'said "yes" to ...',
    # 'when Mr. Biden said "we" he had meant ...')
    return not (first.endswith("ing") or first in PRONOUNS
                or first in ADJUNCT_PREPOSITIONS and first not in ("of", "with")) \
        and any(_verb_like(w.low[j]) for j in range(after, s.end))


def needs_clause(s: Sentence, n: int, cue: Cue):
    """A cue of thought or feeling ("fears", "agreed", "pointed out") reports only a "that" clause, right after
    it or after an adjunct ("X fears that ...", "concluded in that case that ..."; not "X knows the area",
    "agreed to a deal"), a cue of commitment ("vowed") only its infinitive ("vowed to block ..."; not "On her
    page, she promises ..."), a cue of quotations only (:data:`QUOTATION_ONLY_CUES`: "spoke", "wants")
    nothing, a cue of :data:`CLOSING_ONLY_CUES` nothing after it ("continued his attacks"), a cue of
    :data:`CLAUSE_ONLY_CUES` only a clause ("maintained the pact would ..."), and a cue of :data:`INFERENCE_CUES`
    nothing when its subject is no agent ("The intense lobbying suggests that ...")."""
    if cue.lemma in QUOTATION_ONLY_CUES:
        return NEXT_CUE  # ("spoke before an audience that included ...")
    if cue.lemma in CLOSING_ONLY_CUES and s.content_start(n, cue) < s.end - 1:
        return NEXT_CUE  # ("continued to insist that ...": the report of "insist")
    if (cue.lemma in THAT_CUES or s.w.low[n] in THAT_FORMS) and not s.that_clause(s.content_start(n, cue)):
        return NEXT_CUE  # ("concluded in that case that ..." reports)
    if cue.lemma in CLAUSE_ONLY_CUES and not s.that_clause(a := s.content_start(n, cue)) \
            and _a_noun_phrase(s.w, a, s.last(a)):
        return NEXT_CUE  # ("the U.S. still maintains advise and assist teams in Herat")
    if cue.lemma in INFINITIVE_CUES:
        a, m = s.content_start(n, cue), s.subject(n)
        first = m.text.split()[:1] if m is not None else []  # empty for an empty mention ("\u2022 The DA wants")
        # a wish inside a relative clause is no one's report ("that someone who wants to lead our nation could
        # say", "all he wanted to begin with")
        if a + MIN_INFINITIVE > s.end or not first or first[0].lower() in SUBORDINATORS:
            return NEXT_CUE
        if not _an_agent(m):
            return NEXT_CUE  # "The move threatened to derail the talks", "it threatened to make common ground
            # even harder to find": what a thing is likely to do, not a commitment someone made
    if cue.lemma in INFERENCE_CUES and (m := s.subject(n)) is not None and _a_thing(m):
        return NEXT_CUE  # "The intense lobbying in recent days suggests that ...": the writer's inference
    return None


def _an_agent(m: Mention) -> bool:
    """The speaker phrase ``m`` may name someone who commits to something: a name (a capitalised word after its
    determiner), a personal pronoun other than "it" or "who", or a phrase whose last word is an organisation, office or
    group word or a title of a person ("the union", "the president", "officials", "the spokesman")."""
    words = m.text.split()
    if len(words) == 1 and (words[0].lower() in PRONOUNS or words[0].lower() == "who"):
        return words[0].lower() != "it"
    if any(x[:1].isupper() and x.lower() not in DETERMINERS for x in words):
        return True
    head = words[-1].lower()
    return head in ORG_WORDS or head in GROUP_NOUNS or head + "s" in GROUP_NOUNS or a_role(head)


def _a_thing(m: Mention) -> bool:
    """The speaker phrase ``m`` names a thing, not someone: no capitalised word after its determiner, and a last
    word that names an act, an event or a quality (-ing, -tion, -sion, -ment, -ness, -ity, -ence, -ance: "the
    intense lobbying", "initial market reaction") or one of :data:`THING_HEADS` ("climate models", "that
    information"); not "the authors", "the operative", "conservative groups"."""
    words = m.text.split()
    if any(x[:1].isupper() and x.lower() not in DETERMINERS for x in words[1:]) \
            or words and words[0][:1].isupper() and words[0].lower() not in DETERMINERS \
            and not (len(words) == 1 and words[0].lower() in THING_HEADS):
        return False  # (a sentence may open with the thing: "Polls suggest Brown holds a slight edge")
    head = words[-1].lower() if words else ""
    if head in ORG_WORDS or head in GROUP_NOUNS or a_role(head):
        return False  # ("the administration", "the organization")
    return head.endswith(("ing", "tion", "sion", "ment", "ness", "ity", "ence", "ance")) or head in THING_HEADS


def _no_one(mention: str) -> bool:
    """A speaker mention that names no one:

    - one lower-case word that is no pronoun, no plural, no word for people (or one of them: "contestant",
      "activist"), a number of them, an organisation or a text ("prohibit" of "would prohibit states that",
      "perhaps"; not "others", "five", "media", "memo", "research");
    - lower-case words after an article whose last word can be no noun (LemmInflect's word classes): a
      fragment of a noun phrase ("violent presidential" of "violent presidential tweets", "the territorial"; not
      "the elderly", "the official"; nor "those surveyed", the people a participle names)."""
    if mention.isalpha() and mention.islower():
        return mention not in PRONOUNS and mention not in COMMON_SPEAKERS \
            and not mention.endswith(("s", "ant", "ist", "ian")) and not _written(mention) \
            and not (mention in ORG_WORDS or mention + "s" in GROUP_NOUNS or a_role(mention))
    words = mention.split()
    if words and words[0].lower() == "those" and len(words) == 2:
        return False
    if words and words[0].lower() in ARTICLES:
        words = words[1:]
    if not words or not all(x.islower() and x.replace("-", "").isalpha() for x in words):
        return False
    return no_noun(words[-1])


def naming(s: Sentence, n: int, cue: Cue):
    """'called the provision "a bridge too far"', 'described him as "a veteran"': a naming cue in a sentence
    with quotation marks names something with the quote; it reports no clause. When the subject's verb names
    an object with a short quote that closes the sentence's first clause ('Gov. Doug Ducey called the long lines
    "unacceptable."'), the object and the quote are the subject's position (the quote alone is a scare quote
    with no speaker; a partial quote has its speaker from the quotation rules and gives no row here)."""
    if cue.lemma not in NAMING_CUES or QUOTE_MARKS.isdisjoint(s.w.txt[s.a:s.b]):  # straight or curly marks
        return None
    txt, low, a = s.w.txt, s.w.low, n + cue.width
    if cue.lemma not in OBJECT_NAMING_CUES or not is_verb_form(low[n]) or s.quoting or not s.w.starts_alnum(a):
        return NEXT_CUE  # ("the headline reads, "...""; "put forth")
    # the opening mark within a few words of the cue, after an object ("called "distasteful"" has none)
    q = next((k for k in range(a + 1, min(s.end, a + NAMED_OBJECT)) if txt[k] in QUOTE_MARKS or txt[k] == ","),
             None)
    if q is None or txt[q] == "," or all(low[k] in DETERMINERS for k in range(a, q)):
        return NEXT_CUE  # ("something called a "ban"": the quote is what is named, there is no object)
    close = next((k for k in range(q + 1, min(s.b + 1, len(txt))) if txt[k] in QUOTE_MARKS), None)  # or after "."
    if close is None or _quoted_kind(s.doc, s.w.en[q]) != "scare":
        return NEXT_CUE  # (a partial quote: the quotation rules give it with its speaker)
    m = s.subject(n)
    if m is None or low[n - 1] in BE:  # "was called": a passive
        return NEXT_CUE
    # the quote ends the object ('calls the "radical" nature of ...' names a part of it), and "what she calls"
    # is a relative clause inside another report
    k = close + 1
    if k < s.end and s.w.starts_alnum(k) and low[k] not in AFTER_NAMED or low[max(s.a, n - 2)] == "what":
        return NEXT_CUE
    own = s.found(a, close, m, n, cue, "indirect:called")
    # '... called both Trump and Clinton "crazy" and said the party is bound to lose ...': two reports
    k = next((k for k in s.cues if close + 1 < k < s.end and low[k - 1] in COORDINATORS), None)
    c = cue_at(s.w, k, s.a, s.b, s.doc.verbs) if k is not None else None
    then = and_said(s, k, c) if c is not None else None
    return [own, then] if isinstance(then, tuple) else own


def _quoted_kind(doc: Doc, pos: int) -> str:
    """The kind of the quoted piece that starts at or right after ``pos`` ("" for none)."""
    k = bisect_left(doc.quoted, (pos, -1))
    return doc.pieces[k].kind if k < len(doc.quoted) and doc.quoted[k][0] - pos < 2 else ""


def saying(s: Sentence, n: int, cue: Cue):
    """'X mocked Y, saying (that) ...': a participle after a comma reports what the subject of the sentence's
    first verb says, also with an adverb or "while", "by" ... between (', eventually saying', ', while arguing',
    ', falsely suggesting'; "by saying" and "while saying" also without the comma, with a clause after them:
    :func:`_participle_lead`); one of :data:`TARGET_CUES` with a noun phrase after it reports nothing. So does a
    participle with a clause after it right after a document that the subject issued ("The White House issued a
    statement saying ...", :func:`issued_document`)."""
    if not s.w.low[n].endswith("ing") or n - 1 <= s.a:
        return None
    rule = "indirect:saying"
    lead = _participle_lead(s.w, n, s.a)
    if s.w.txt[lead - 1] == ",":
        m = _closing_speaker(s, lead) or _coordinate_subject(s, lead) or _clause_subject(s, lead)
    elif lead < n and s.w.low[lead] in MANNER_SUBORDINATORS:
        m = _clause_subject(s, lead)  # "Trump picked up from his daughter by saying he is ready ..."
    else:
        v = issued_document(s.w, n, s.a)
        if v < 0:
            return None
        m, rule = s.subject(v), "indirect:statement-saying"
    a = s.content_start(n, cue)
    if a >= s.last(a) or m is None:
        return NEXT_CUE
    if (rule == "indirect:statement-saying" or s.w.txt[lead - 1] != ",") \
            and not (s.that_clause(a) or cue.lemma in CLAUSE_CUES and not _a_noun_phrase(s.w, a, s.last(a))):
        # (a document "requesting the notes", "announcing bans on ...": what it asks for or does; "by calling him
        # names", "by tweeting out wanted posters": an act)
        return NEXT_CUE
    last = _before_writer_s_note(s, a, s.last(a))
    other = _but_another_speaker(s, a, last)
    # ', saying he "didn't criticize the prime minister" and suggesting the article left out ...': two reports
    k = next((k for k in s.cues if a < k <= last and s.w.low[k - 1] == "and" and s.w.low[k].endswith("ing")
              and s.w.low[k - 2] != ","), None)
    c = cue_at(s.w, k, s.a, s.b, s.doc.verbs) if k is not None and other is None else None
    b = s.content_start(k, c) if c is not None else last
    second = s.found(b, last, m, k, c, rule) if c is not None and b < last and s.w.starts_alnum(b) \
        and (s.that_clause(b) or c.lemma in CLAUSE_CUES and not _a_noun_phrase(s.w, b, last)) else None
    if (cue.lemma in TARGET_CUES or cue.lemma in ("ask", "add")) and not s.that_clause(a) \
            and _a_noun_phrase(s.w, a, s.last(a)):
        # ', decrying "political violence" and presenting himself as ...', ', asking productive follow-up
        # questions', ', adding yet another partisan battle to an already full calendar': an act, not a report
        # (', praising X's approach and expressing hope that ...': the second is)
        return second or NEXT_CUE
    if second is not None:
        return [s.found(a, k - 2, m, n, cue, rule), second]
    if other is None:
        return s.found(a, last, m, n, cue, rule)
    # (", saying he should be congratulated ..., but he suggested ...": a second report, read as a clause)
    return [s.found(a, other[0], m, n, cue, rule), *_clause_reports(s, other[1])]


PARTICIPLE_LEAD_WORDS = 2  # words between a comma and its participle at most (", while also arguing")
MANNER_SUBORDINATORS = frozenset(("by", "while"))  # before a participle of the subject's own act ("by saying")
PARTICIPLE_LEADERS = MANNER_SUBORDINATORS | frozenset(("before", "after", "eventually", "again", "also", "even",
                                                     "later", "then", "thus"))


def _participle_lead(w: Words, n: int, lo: int) -> int:
    """The first token of the words that lead into the participle at token ``n``: up to
    :data:`PARTICIPLE_LEAD_WORDS` of :data:`PARTICIPLE_LEADERS` and lower-case -ly adverbs (", eventually saying",
    ", while arguing", ", falsely suggesting", "by saying"), not before token ``lo + 1``; ``n`` when there are
    none. ("without saying" says nothing: "without" is none of them.)"""
    k = n
    while k - 1 > lo and n - k < PARTICIPLE_LEAD_WORDS and (
            w.low[k - 1] in PARTICIPLE_LEADERS or ly_adverb(w.low[k - 1]) and not w.starts_upper(k - 1)):
        k -= 1
    return k


def _led_participle(w: Words, n: int) -> bool:
    """The participle at token ``n`` follows a comma, with any :func:`_participle_lead` words between, or "by" or
    "while" (what :func:`saying` reads)."""
    k = _participle_lead(w, n, 0)
    return k > 0 and (w.txt[k - 1] == "," or k < n and w.low[k] in MANNER_SUBORDINATORS)


DOCUMENT_PLACE_WORDS = 3  # words of a phrase between a document and its verb ("a message on Facebook saying")


AS_TAIL = 8  # tokens of ", as The Two-Way reported Wednesday" at the end of a report


def _before_writer_s_note(s: Sentence, a: int, last: int) -> int:
    """The last token of the content from token ``a`` to ``last`` before the writer's note on the act at its end:
    a dash and a participle that is no reporting verb ('said the two were locked in "this special relationship"
    -- using a term long adopted by America and Britain'; not "including", nor inside a pair of dashes: "the
    economy is finally – and only partially – shaking off ..."), "without" and a participle ('he "absolutely"
    favored the options without elaborating on their specificity'), ", and" and a past tense that is no reporting
    verb (the subject's next act: ", and previewed some of his questions") or ", as X reported" at its end (at
    most :data:`AS_TAIL` tokens); ``last`` when there is none."""
    txt, low, w = s.w.txt, s.w.low, s.w
    marks = [k for k in range(a + 1, last) if txt[k] in DASHES or txt[k] == "," or low[k] == "without"]
    if not marks:
        return last

    def participle(k: int) -> bool:  # a verb's -ing form, not "something", "morning"
        return low[k].endswith("ing") and lemma(txt[k]) != low[k] and not s.doc.in_quote(w.st[k])

    cut = next((k for k in marks if txt[k] in DASHES and participle(k + 1) and low[k + 1] != "including"
                and not w.may_start_cue(k + 1)
                and not any(txt[j] in DASHES for j in range(a, last + 1) if j not in (k - 1, k, k + 1))), None)
    if cut is None:
        cut = next((k for k in marks if low[k] == "without" and participle(k + 1)), None)
    if cut is None:  # ', and previewed some of his questions': the subject's next act, told by the writer
        cut = next((k for k in marks if k < last - 1 and txt[k] == "," and low[k + 1] == "and"
                    and (low[k + 2].endswith("ed") or low[k + 2] in IRREGULAR_PAST) and not w.starts_upper(k + 2)
                    and not w.may_start_cue(k + 2) and not s.doc.in_quote(w.st[k])), None)
    if cut is None:  # ', as The Two-Way reported Wednesday': another's account of the same report, at its end
        cut = next((k for k in marks if k < last - 1 and txt[k] == "," and low[k + 1] == "as" and last - k <= AS_TAIL
                    and any(is_verb_form(low[j]) and w.may_start_cue(j) for j in range(k + 2, last + 1))), None)
    if cut is None:
        return last
    last = cut - 1
    while last > a and txt[last] in DASHES:
        last -= 1
    return last


def _closing_speaker(s: Sentence, n: int) -> Mention | None:
    """The speaker of a closing attribution right before the comma before the participle at token ``n`` ("The
    whistleblower is a CIA officer, The New York Times reported Thursday, citing three people ...": the Times),
    or ``None``."""
    low, k = s.w.low, n - 2
    while k > s.a and low[k] in TIME_WORDS:
        k -= 1
    if k <= s.a or not is_verb_form(low[k]) or cue_at(s.w, k, s.a, s.b, s.doc.verbs) is None:
        return None
    m = s.subject(k)
    first = bisect_left(s.w.st, m.start, s.a, k) if m is not None else s.a
    return m if first > s.a and s.w.txt[first - 1] == "," else None


def issued_document(w: Words, n: int, lo: int) -> int:
    """The verb of issuing before the document noun right before the cue at token ``n`` ("released a statement
    saying"), with a time word, a short phrase of place or addressee, or a relative "that" between ("released a
    statement Tuesday saying", "posted a message on Facebook saying", "sent a letter to lawmakers saying",
    "issued a statement that said"; not before token ``lo``): :func:`~analysis.quotes.speakers.issuing_verb`,
    else -1."""
    low = w.low
    k = n - 1
    if k > lo and low[k] in ("that", "which"):
        k -= 1
    if k > lo and low[k] in TIME_WORDS:
        k -= 1
    for j in range(k, max(lo, k - DOCUMENT_PLACE_WORDS - 1), -1):
        if j < k and (not w.starts_alnum(j) or is_verb_form(low[j]) and not w.starts_upper(j)):
            return -1  # ("a statement, saying": the comma's rule; "a letter he wrote saying")
        if document_noun(low[j]):
            if j == k or low[j + 1] in ("on", "to", "via", "through", "in", "from"):
                return issuing_verb(w, j, lo)
            return -1
    return -1


def kept_saying(s: Sentence, n: int, cue: Cue):
    """'Trump ended up denying that he criticized ...', 'he kept saying that ...': a reporting verb in -ing after
    a verb of :data:`GERUND_LEADERS` reports for that verb's subject (a clause only)."""
    lead = gerund_leader(s.w, n)
    if lead is None:
        return None
    m = s.subject(lead)
    a = s.content_start(n, cue)
    # a clause right after the cue: after its "that", or after a verb that takes one and not a noun phrase ("ended
    # up confirming her farce"; "started asking about a question ..., but that ..." reports nothing)
    clause = a == n + cue.width + 1 and s.w.low[a - 1] == "that" \
        or a == n + cue.width and cue.lemma in CLAUSE_CUES and not _a_noun_phrase(s.w, a, s.last(a))
    if m is None or a >= s.last(a) or not clause:
        return NEXT_CUE
    return s.found(a, s.last(a), m, n, cue, "indirect:kept-saying")


def gerund_leader(w: Words, n: int) -> int | None:
    """The first token of a verb of :data:`GERUND_LEADERS` right before the -ing form at token ``n`` ("kept",
    "ended" of "ended up"), or ``None``."""
    low = w.low
    if not low[n].endswith("ing") or n < 1:
        return None
    if low[n - 1] in GERUND_LEADERS:
        return n - 1
    return n - 2 if n >= 2 and f"{low[n - 2]} {low[n - 1]}" in GERUND_LEADERS else None


def with_saying(s: Sentence, n: int, cue: Cue):
    """'..., with gun-control advocates saying the country needs to do more ...': a participle after "with" and
    a noun phrase (:func:`with_subject`) reports what that phrase says, when the "with" opens the sentence or
    follows a comma or dash and the participle takes a clause; in an opening phrase the report ends at its comma."""
    k = with_subject(s.w, n, s.a)
    if k is None:
        return None
    w = s.w
    if k > s.a and w.txt[k - 1] != "," and w.txt[k - 1] not in DASHES:
        return NEXT_CUE  # "It ended with the man saying ...", "packed with supporters chanting": "with" is the verb's
    m = subject_before(s.doc.text, w, n, k + 1, k + 1)
    a = s.content_start(n, cue)
    last = s.last(a)
    comma = _index(w.txt, ",", a, last)
    if comma > a and not any(_verb_like(w.low[j]) and not w.starts_upper(j) for j in range(s.a, k)):
        last = comma - 1  # "(Still,) With Democrats saying they will block it, the bill is dead": an opening phrase
    # the report ends before a second such phrase ("with Jeb Bush tweeting that ... and Carly Fiorina calling")
    last = next((j - 1 for j in range(a + 1, last) if w.low[j] == "and"
                 and any(w.low[v].endswith("ing") and w.may_start_cue(v) and _subject_words(w, j + 1, v)
                         for v in range(j + 2, min(last, j + WITH_SUBJECT)))), last)
    # a clause: after "that", or after a verb that takes one ("adding" takes numbers: "with the economy adding a
    # mere 69,000 jobs"), or one with its own subject and verb; not a belief's clause after a relative "that"
    clause = w.low[n + cue.width] == "that" or cue.cls != "believing" and (
        s.that_clause(a) or cue.lemma in CLAUSE_CUES and cue.lemma != "add"
        or cue.lemma not in NAMING_CUES and cue.lemma not in TARGET_CUES and not _a_noun_phrase(w, a, last))
    if m is None or a >= last or not w.starts_alnum(a) or not clause:
        # (", with Democrats accusing Republicans of ...", "with two-thirds of people calling it a serious threat",
        # "with Republican lawmakers condemning what they see as ...", "with the economy adding a mere 69,000
        # jobs", "With all precincts reporting, ...", "with each side hoping to win over a slice ... that": an
        # act, a naming, a noun phrase, no content, a relative "that")
        return NEXT_CUE
    return s.found(a, last, m, n, cue, "indirect:with-saying")


def with_subject(w: Words, n: int, lo: int) -> int | None:
    """The token of the "with" that opens the subject of the participle at token ``n`` ("with many saying",
    "with some Republicans arguing"): at most :data:`WITH_SUBJECT` tokens back, after ``lo``, with the words of
    a subject between (:func:`_subject_words`; "with a shot at Trump, saying" has none); else ``None``."""
    if not w.low[n].endswith("ing"):
        return None
    k = next((k for k in range(n - 2, max(lo - 1, n - WITH_SUBJECT - 1), -1) if w.low[k] == "with"), None)
    return k if k is not None and _subject_words(w, k + 1, n) else None


def _subject_words(w: Words, lo: int, hi: int) -> bool:
    """Tokens ``lo`` to ``hi - 1`` may be the noun phrase subject of a participle: words, none a preposition but
    "of", a form of "be", an auxiliary, a past form or "ago" ("60 percent of voters"; not "a shot at Trump",
    "tweets eight days ago")."""
    low = w.low
    return all(w.starts_alnum(k) and not (low[k] in ADJUNCT_PREPOSITIONS and low[k] != "of") and low[k] not in BE
               and low[k] not in CLAUSE_AUXILIARIES and not low[k].endswith("ed") and low[k] != "ago"
               for k in range(lo, hi))


def _passive(w: Words, k: int, n: int) -> bool:
    """The form of "be" at token ``k`` and a past participle after it (adverbs between) make a passive, before
    token ``n`` ("was quickly defeated")."""
    j = k + 1
    while j < n and ly_adverb(w.low[j]):
        j += 1
    return j < n and (w.low[j].endswith("ed") or w.low[j] in IRREGULAR_PAST) and not w.starts_upper(j)


def _subordinate_subject(s: Sentence, k: int, n: int) -> Mention | None:
    """The subject of the verb of a clause that a subordinator opens between tokens ``k`` and ``n`` ("when
    Republican Indiana Sen. Mike Braun blocked it"): a name or noun phrase right before a lower-case past or
    finite form; else ``None``."""
    low = s.w.low
    sub = next((j for j in range(k + 1, n) if low[j] in SUBORDINATORS and low[j] != "that"), None)
    if sub is None:
        return None
    verb = next((j for j in range(sub + 2, n) if not s.w.starts_upper(j) and s.w.starts_alpha(j)), None)
    if verb is None or not (low[verb].endswith("ed") or low[verb] in FINITE_VERB_FORMS or low[verb] in IRREGULAR_PAST):
        return None
    m = subject_before(s.doc.text, s.w, verb, sub + 1, sub + 1)
    return m if m is not None and bisect_left(s.w.st, m.start, s.a, n) == sub + 1 else None


def _coordinate_subject(s: Sentence, n: int) -> Mention | None:
    """The subject of the first verb of the last coordinate clause before token ``n`` outside quotes
    (:func:`coordinate_clause`: "..., but Trump did not seem to agree, saying": Trump), or ``None``."""
    lo = coordinate_clause(s.w, s.a, n)
    if lo == s.a or s.doc.in_quote(s.w.st[lo]):
        return None
    k = next((k for k in range(lo + 1, n) if not s.w.starts_upper(k) and _verb_like(s.w.low[k])), None)
    return s.subject(k) if k is not None else None


def _clause_subject(s: Sentence, n: int) -> Mention | None:
    """The subject of the first past-tense or finite verb before token ``n`` (lower case, outside names), or of
    an auxiliary before any relative clause ("Law enforcement officials had left no doubt that X was ...,
    saying": the officials)."""
    low = s.w.low
    inner = False  # past a relative pronoun or "that": an auxiliary there is a clause's of its own
    for k in range(s.a + 1, n):
        inner = inner or low[k] in RELATIVE_PRONOUNS
        if not s.w.starts_upper(k) and (low[k].endswith("ed") or low[k] in FINITE_VERB_FORMS
                                        or not inner and low[k] in MAIN_AUXILIARIES) \
                and not (s.quoting and s.doc.in_quote(s.w.st[k])):  # '"I've ...," he said, adding that'
            if low[k] in BE and _passive(s.w, k, n):
                # "Schumer's resolution was quickly defeated when Sen. Mike Braun blocked it, saying ...": what
                # the passive subject underwent; the participle is the agent's of the clause after it
                later = _subordinate_subject(s, k, n)
                if later is not None:
                    return later
            return s.subject(k)
    # "did" or "does" before a verb ("The Wisconsin Republican did give Trump some credit ..., saying")
    k = next((k for k in range(s.a + 1, n) if low[k] in VERB_MARKERS and not s.doc.in_quote(s.w.st[k])), None)
    if k is not None and s.subject(k) is not None:
        return s.subject(k)
    # an irregular verb ("Cruz took the stage ..., saying"): a sentence that opens with a name or a pronoun
    # and a lower-case word after it; that name or pronoun is the subject
    v = s.a + 1 if low[s.a] in PRONOUNS else next(
        (k for k in range(s.a, n) if not (s.w.is_name(k) or s.w.is_title(k))), n)
    if s.a < v < n - 1 and s.w.starts_alpha(v) and not s.w.starts_upper(v) and low[v] not in ADJUNCT_PREPOSITIONS:
        return s.subject(v)
    return None


def who_said(s: Sentence, n: int, cue: Cue):
    """'Rhonda Hughes, who said she planned to caucus for Clinton, ...', '..., who has said he ...', 'Trump - who
    previously said he would ... - said': a relative clause reports what the noun phrase before it says; the
    content ends with the clause (its next comma, or its next dash after a dash)."""
    txt, low = s.w.txt, s.w.low
    if "who" not in low[max(s.a, n - WHO_REACH):n]:
        return None
    rel = n - 1
    if (t := time_phrase_start(low, rel, s.a)) <= rel:
        rel = t - 1  # "who earlier this summer said"
    while rel > n - 3 and low[rel] != "who" and (low[rel] in SKIP_BEFORE_CUE or ly_adverb(low[rel])) \
            and low[rel] not in PRONOUNS:
        rel -= 1  # "who has said", "who later said", "who previously said"
    if low[rel] != "who":  # "who as first lady once accused": a role between
        who = _rindex(low, "who", max(s.a, n - WHO_REACH), n)
        rel = who if who >= 0 and low[who + 1] == "as" and s.subject(n) is not None else rel
    skipped = rel < n - 1
    if rel - 1 <= s.a or low[rel] != "who" or txt[rel - 1] not in ASIDE_MARKS:
        return None
    closing = DASHES if txt[rel - 1] in DASHES else (",",)  # the mark that ends the clause: its opener's kind
    head = resident(s.doc.text, s.w, rel - 1, s.a, s.a) or subject_before(s.doc.text, s.w, rel - 1, s.a, s.a)
    hs = bisect_left(s.w.st, head.start, s.a, rel) if head is not None else rel
    if head is not None and low[rel - 2] in PARTY_MEMBERS and hs - 1 > s.a and txt[hs - 1] == ",":
        # "Sen. Dianne Feinstein, California Democrat, who said": the name before the party description
        named = subject_before(s.doc.text, s.w, hs - 1, s.a, s.a)
        head = named if named is not None and s.w.is_name(bisect_left(s.w.en, named.end, s.a, rel)) else head
    a = s.content_start(n, cue)
    if head is None or a >= s.end - 1 or not (cue.lemma in CLAUSE_CUES or s.that_clause(a)):
        # "who pleaded guilty", "who maintains a stance": what the person did, not a report; after a word
        # between, the object is read as the sentence's ("who has denounced the campaign ad")
        return None if skipped else NEXT_CUE
    # (not a comma inside a quotation that goes on: 'who said it "offers a verifiable, diplomatic ..."')
    stop = next((k for k in range(a, s.last(a) + 1) if txt[k] in closing
                 and not (s.doc.in_quote(s.w.st[k]) and txt[k + 1] not in QUOTE_MARKS)), s.last(a) + 1)
    st, en = s.w.st[rel], s.w.en[rel]
    m = Mention(st, en, s.doc.text[st:en], head.name, head.name_start, head.name_end)
    own = s.found(a, stop - 1, m, n, cue, "indirect:who-said") \
        if stop > a and not (cue.lemma == "write" and _a_document(s.w, a, stop - 1)) else None  # ("who wrote a book")
    if any(stop < k < s.end and is_verb_form(low[k]) for k in s.cues):
        # 'X, who has said he would ..., said at a rally that ...': the main clause's report comes later, and
        # is read with the whole sentence before it
        later = _reports_from(s, stop + 1)
        return [own, *later] if own else later or NEXT_CUE
    return own or NEXT_CUE


def x_said_aside(s: Sentence, n: int, cue: Cue):
    """'By eliminating the receiving line, Ms. Tchen said, the White House is able to ...': an attribution set
    off by commas inside the sentence; the content is the sentence around it, without a "but" or "and" that
    opens it nor a clause before a semicolon (one report with the attribution left out, :func:`_around`). When
    the words after the aside are the speaker's act (", while cautioning", ", noting that ..."), a relative
    clause of the speaker's (", who added") or a clause joined by "and" or "but", the report is the words
    before it, and a participle of a reporting verb there is a second report ('noting that ...')."""
    txt = s.w.txt
    after = n + cue.width
    if cue.lemma in ADDRESSEE_CUES:  # ", he told the Conservative Political Action Conference, "
        after = _addressee_end(s, after)
    if after >= s.end - 1 or txt[after] != "," or s.quoting:
        return None
    if txt[n - 1] == "," and s.w.low[n] == "say":
        return NEXT_CUE  # "between, say, an armed adult agent of the law and ...": "for example"
    m = s.subject(n)
    ms = bisect_left(s.w.st, m.start, s.a, s.b) if m is not None else s.a
    if ms <= s.a + 1 or txt[ms - 1] != ",":
        return None
    low = s.w.low
    if any(not s.w.starts_upper(k) and (low[k].endswith("ed") and is_verb_form(low[k]) or low[k] in IRREGULAR_PAST)
           for k in range(ms, n)):
        return NEXT_CUE  # ", U.N. chief Ban Ki-moon condemned Palestinian rocket attacks, but": a clause, no aside
    first = s.a + 1 if low[s.a] in COORDINATORS else s.a  # "But what forced ..., they say, is ...": the writer's
    semi = _rindex(txt, ";", first, ms)  # link; "... activists; now, they say, they are able": the clause after ';'
    first = semi + 1 if semi >= 0 else first
    while txt[first] in CLOSING_MARKS:
        first += 1  # the closing mark of the quotation before ('..." Shutting down such a base, ... says, ...')
    tail = after + 1
    while tail + 1 < s.end and low[tail] in SENTENCE_ADVERBS and txt[tail + 1] == ",":
        tail += 2  # ("did note, however, that ...")
    if low[tail] == "that":
        return None  # "On CNN moments ago, correspondent Ben Wedeman did note, however, that ...": X said that
    if low[ms - 2] in RELATIVE_PRONOUNS:  # "observers who, he said, had a subversive agenda": the relative clause
        return s.found(tail, s.end - 1, m, n, cue, "indirect:aside") if s.end - 1 > tail else NEXT_CUE
    if not _goes_on(s.w, tail):
        # "..., Belgian security sources said, while cautioning ...", "..., he said, before launching into a
        # diatribe", "..., aides said, and Mr. Romney amplified ...", "..., a person familiar ..., who added":
        # the speaker's act, the speaker's relative clause or the writer's next clause; the report ends before X
        head = s.found(first, ms - 2, m, n, cue, "indirect:X-said") \
            if sum(map(s.w.starts_alnum, range(first, ms - 1))) >= ASIDE_PIECE else None
        c = cue_at(s.w, tail, s.a, s.b, s.doc.verbs) if low[tail].endswith("ing") else None
        b = s.content_start(tail, c) if c is not None else s.end
        then = s.found(b, s.last(b), m, tail, c, "indirect:saying") \
            if b < s.last(b) and (c.lemma in CLAUSE_CUES or s.that_clause(b)) else None
        return [x for x in (head, then) if x] or NEXT_CUE  # (", he said, noting that ...": a second report)
    return s.found(first, s.end - 1, m, n, cue, "indirect:aside", (m.start, s.w.en[after - 1]))


CONCESSIVES = frozenset(("though", "although", "whereas", "even"))  # open the writer's clause after an aside


def _goes_on(w: Words, k: int) -> bool:
    """The words from token ``k``, after an attribution set off by commas (', X said, ' or ', according to X,
    '), go on with the report: they are not the speaker's act (a participle of a reporting verb, "noting that",
    or after a subordinator, "while cautioning", "before launching"; not "including speeches"), a relative
    clause of the speaker's ("who added", "which notes"), the writer's next clause ("and Mr. Romney amplified";
    not "and had passed all checks", "but he is still an effective advocate"; "though their raw numbers have
    risen"), nor words after a dash."""
    low = w.low
    return not (low[k] in RELATIVE_PRONOUNS or low[k] == "and" and k + 1 < len(low) and w.starts_upper(k + 1)
                or low[k] in CONCESSIVES
                or low[k].endswith("ing") and w.may_start_cue(k)
                or low[k] in SUBORDINATORS and k + 1 < len(low) and low[k + 1].endswith("ing") or w.txt[k] in DASHES)


def x_said(s: Sentence, n: int, cue: Cue):
    """'..., X said.': nothing after the cue; the content is the sentence before the comma. The speaker phrase
    runs back to that comma over the words of a noun phrase that the subject left out ("..., Algerian foreign
    ministry spokesman Benali Cherif said Thursday.")."""
    m = s.subject(n)
    ms = bisect_left(s.w.st, m.start, s.a, s.b)
    txt, low = s.w.txt, s.w.low
    # (not a cue inside a relative clause of the subject's: "Kasich, a Republican who has refused to endorse
    # Mr. Trump, said the Khan family deserved better")
    if cue.lemma in CLOSING_ONLY_CUES and any(s.w.starts_alpha(k) and low[k] not in TIME_WORDS
                                              for k in range(n + cue.width, s.end)):
        return None  # ("..., the country continues to fall apart": carrying on, no closing attribution)
    if (s.content_start(n, cue) >= s.end - 1 or _closing_before_participle(s, n, cue)) and ms > s.a + 1 \
            and not s.quoting \
            and RELATIVE_PRONOUNS.isdisjoint(low[bisect_left(s.w.st, m.end, ms, n):n]):
        k = _np_words_back(s.w, ms - 1, s.a)
        if k < ms and k > s.a + 2 and low[k - 1] in ("a", "an", "the") and txt[k - 2] == ",":
            k -= 1  # (", a senior US administration official said")
        if k < ms and k > s.a + 1 and txt[k - 1] == ",":
            m, ms = mention(s.doc.text, s.w, k, bisect_left(s.w.en, m.end, s.a, s.b)), k
        # the content ends at the comma before X, or after a quotation mark that closes on it ('was "sad," she said')
        last = ms - 2 if txt[ms - 1] == "," else ms - 1 if txt[ms - 1] in QUOTE_MARKS and txt[ms - 2] == "," else -1
        # (a stretch with no verb form is the time or place of the act, not a report: "Later on Friday, a
        # spokesman said after ...")
        # the sentence starts after the mark that closes a quotation before it ('"...in this country." Last
        # year, Trump boasted'; an unpaired mark may open one: '"I hope that ...,” Shelby said')
        a = s.a + 1 if txt[s.a] in QUOTE_MARKS and s.doc.in_quote(s.w.st[s.a] - 1) \
            and not s.doc.in_quote(s.w.en[s.a]) else s.a
        if last >= a and (txt[a] in QUOTE_MARKS or any(_verb_like(low[k]) for k in range(a, last + 1))) \
                and _a_clause(s.w, a, last):
            first = a + 2 if low[a] in SENTENCE_ADVERBS and txt[a + 1] == "," and a + 2 < last else a
            return s.found(first, last, m, n, cue, "indirect:X-said")  # (not the writer's "Still,")
    return None


def _closing_before_participle(s: Sentence, n: int, cue: Cue) -> bool:
    """The cue at token ``n`` closes a sentence that opens with no quotation, its subject set off by a comma before
    it, and only time words, a comma and an -ing form follow it ("The whistleblower is a CIA officer, the Times
    reported Thursday, citing three people"): the participle is the closing speaker's second act."""
    low, k = s.w.low, n + cue.width
    while k < s.end and low[k] in TIME_WORDS:
        k += 1
    if not (k + 1 < s.end and s.w.txt[k] == "," and low[k + 1].endswith("ing")) or s.w.txt[s.a] in QUOTE_MARKS:
        return False
    m = s.subject(n)
    first = bisect_left(s.w.st, m.start, s.a, n) if m is not None else s.a
    return first > s.a + 1 and s.w.txt[first - 1] == ","


def _a_clause(w: Words, a: int, last: int) -> bool:
    """Tokens ``a`` to ``last``, before ', X said', are a clause, not an opening adjunct of a sentence whose
    subject follows the comma ("However, Miller didn't tell", "In the case of Covid-19, the story we have told",
    "Before she stepped down, Clinton testified"): two words or more, and one that opens with a preposition or a
    subordinator goes on past a comma of its own ("In China, one person died in Tibet, local media said"; "At
    least 19 people were killed", "About 200 rebels" open with a number; a quoted answer, '"No," Trump said',
    is one)."""
    low = w.low
    if w.txt[a] in QUOTE_MARKS:
        return True  # a quoted answer ('"No," Trump said')
    if sum(map(w.starts_alnum, range(a, last + 1))) < 2:
        return False
    first = low[a]
    if first == "that" or first == "at" and low[a + 1] in ("least", "most") or low[a + 1][:1].isdigit():
        return True  # ("That extra evidence meant", "About 200 rebels took part")
    return first not in ADJUNCT_PREPOSITIONS and first not in SUBORDINATORS or "," in w.txt[a + 1:last]


def _np_words_back(w: Words, k: int, lo: int) -> int:
    """The first token of the run of noun-phrase words (names, lower-case words that are no function word,
    verb form or cue) that ends at token ``k``, at most :data:`NP_WORDS_BACK` of them (``k + 1`` for none)."""
    j = k
    while j >= lo and k - j < NP_WORDS_BACK and w.starts_alnum(j) and (w.is_acronym(j) or not w.may_start_cue(j)
                                                                       and w.low[j] not in NP_BOUNDARY
                                                                       and not w.low[j].endswith("ed")):
        j -= 1  # (an acronym is a name word: "US" of "a senior US administration official")
    return j + 1


def _index(items: list, x, lo: int, hi: int) -> int:
    """The first index of ``x`` in ``items[lo:hi]`` (searched in C), or -1."""
    try:
        return items.index(x, lo, hi)
    except ValueError:
        return -1


def x_said_that(s: Sentence, n: int, cue: Cue):
    """'X said (that) ...' / 'X rejected ...': the content runs to the sentence end, or to a ', according to'
    that names who reported a reported clause (after "that" or a verb of ``clause_cues``; else the sentence is
    the report of :func:`according`); a ', saying ...' later in it is the report (:func:`saying`) unless the
    content opens with "that"; the object of a cue that reports no clause ends before a ', but ...' that opens
    the writer's own clause; one inside the sentence's opening subordinate clause ends at its comma.

    The content also ends before a closing ', X said' (a wish or belief closed by one is X's report), before a
    dash and a second attribution ('-- he said ...', read as a second report), with a relative clause the cue
    stands in ('Clinton, who ... accused X of Y, is now ...'), and before ', but' and a second reporting verb of
    the same subject (a second report). A cue whose object is only a name and the act's time and place ("mocked
    Ford on Tuesday"), a written text after "wrote", or "described himself as" reports nothing."""
    m = s.subject(n)
    a = s.content_start(n, cue)
    first = bisect_left(s.w.st, m.start, s.a, n) if m is not None else s.a
    if first > s.a and s.w.low[first - 1] == "what" and not (a < s.end and _verb_like(s.w.low[a])):
        # "what the organization said about the speech that ...", "what Obama claimed three months ago": the
        # object is "what", nothing after the cue is reported ("what his aides said was a sign of ..." is)
        return NEXT_CUE
    if cue.cls not in ("rejecting", "questioning") and cue.lemma not in CLAUSE_CUES:
        # (not "rejected the claim that he lied", another's claim; nor "say the allegations that ... are not
        # behind him", the subject of a clause)
        a = _after_claim_noun(s.w, a, s.end)
    low, txt = s.w.low, s.w.txt
    last = s.last(a)
    main = []  # the reports of the main clause after an opening subordinate clause that holds this one
    if low[s.a] in SUBORDINATORS and low[s.a] != "that" and _index(txt, ",", s.a, n) < 0:
        # the report is inside the sentence's opening clause: it ends at that clause's comma ("After Comey
        # publicly confirmed that his agency was investigating ..., Trump leaned on ..."), and the main clause
        # may hold a report of its own ("While Comey has said that ..., Lewandowski said he does not ...")
        comma = _index(txt, ",", a, last)
        if comma > a:  # (", and while it doesn't oppose ..., the concerns ...": a second opening clause)
            last, main = comma - 1, _clause_reports(s, comma + 2 if low[comma + 1] in COORDINATORS else comma + 1)
    closed = _before_final_attribution(s, a, last)
    if closed < last and cue.cls == "believing":
        # "Gardner wants to finish reading the report, his spokesman told the Denver Post": what someone wants
        # or believes, as the closing speaker reports it, is the closing speaker's report
        return NEXT_CUE
    last = closed
    # a colon that opens a quotation ends the clause: the quotation is a row of its own ("admits he asked the
    # minister to look into it ...: "It was largely ...")
    last = next((k for k in range(a + 1, last) if txt[k] == ":" and txt[k + 1] in QUOTE_MARKS), last)
    if first - 2 >= s.a and low[first - 1] == "that" and s.w.starts_alpha(first - 2) \
            and not _verb_like(low[first - 2]) and low[first - 2] not in COORDINATORS \
            and not s.doc.in_quote(s.w.st[a]):
        # a report inside a relative clause with a gap ("in a way that two officials said they had not seen
        # before: X, Y and Z"): what follows a colon, semicolon or dash is the writer's again ("in which she
        # alleged -- among other things -- that ..." has no gap)
        last = next((k - 1 for k in range(a + 1, last + 1) if txt[k] in (":", ";") or txt[k] in DASHES), last)
    if txt[last] == ":":  # the content leads into a quotation
        if last - 1 <= a or low[a] in LEAD_WORDS or low[last - 1] in LEAD_WORDS or low[last - 1] in BE \
                or not any(_verb_like(low[k]) for k in range(a, last)):
            # "describes what is happening:", "said this:", "the situation further:", "Friday's report is:",
            # "asked him about ..., Romney said this:": the sentence goes on in the quotation
            return NEXT_CUE
        last -= 1  # "said he'd never had a meeting with Russians ...:": the clause is a report, the colon is not
    inner = _text_that_says(s, a, last)
    if inner is not None:  # "wrote a concurring opinion in the Vance case that said the president still had options"
        b = s.content_start(inner[0], inner[1])
        return s.found(b, last, s.subject(n), inner[0], inner[1], "indirect:X-said-that") if b < last else NEXT_CUE
    dash = _dash_and_report(s, a, last)
    after_dash = []
    if dash is not None:  # 'he wants to make sure ... -- he said he still plans ...': a second report of its own
        last, verb = dash[0] - 1, dash[1]
        while last > a and s.w.txt[last] in DASHES:
            last -= 1
        then = x_said_that(s, verb, cue_at(s.w, verb, s.a, s.b, s.doc.verbs))
        after_dash = [then] if isinstance(then, tuple) else then if isinstance(then, list) else []
    if _index(low, "who", s.a, n) >= 0:  # a report inside a relative clause ends with it: "Clinton, who as first lady
        last = _relative_clause_end(s.w, a, last)  # once accused her foes of a "conspiracy," is now being charged"
    rest = []  # the reports of a clause after ', but' ("..., but Sanders rejected that")
    but = _but_and_verb(s, a, last)
    if but is not None:  # 'Obama said Ferguson is "rightly hurting," but called for ...': the subject's second act
        last, verb, c = but[0] - 1, but[1], but[2]
        then = and_said(s, verb, c)
        if not isinstance(then, tuple) and s.subject(n) is not None:
            b = s.content_start(verb, c)  # ("admitted that the name ... was inaccurate, but said his campaign ...")
            then = s.found(b, s.last(b), s.subject(n), verb, c, "indirect:and-said") \
                if b < s.last(b) and (c.lemma in CLAUSE_CUES or s.that_clause(b)) else None
        rest = [then] if isinstance(then, tuple) else []
    elif (other := _but_another_speaker(s, a, last)) is not None:
        # (", but critics said ...", ", 4 percent said ...": their own report)
        last, rest = other[0], _clause_reports(s, other[1])
    elif (other := _but_the_speaker(s, a, last, s.subject(n))) is not None:
        last = other - 1  # (", but the president steered clear of ...": the writer's clause about the speaker)
    clause = s.that_clause(a)  # a clause of its own: a ', believing ...' after it is part of it
    if not clause and a < last and cue.lemma in CLAUSE_CUES:
        j = next((k for k in range(a + 2, last) if low[k] == "that" and low[k - 1] == "and"
                  and low[k + 1] not in ADJUNCT_PREPOSITIONS), None)  # (not "and that of other candidates")
        if j is not None and _no_verb(s.w, a, j - 2):
            # "confirmed the event to the AP, and that the speech would cover "policy."": the object is the act's,
            # the clause after "and that" the report
            return s.found(j + 1, last, s.subject(n), n, cue, "indirect:X-said-that")
    if not clause and cue.lemma in ADDRESSEE_CUES and a <= last and _no_verb(s.w, a, last):
        return NEXT_CUE  # ""They've got to go!" he told the newsman on his private jet": the addressee, no report
    if cue.lemma in NAMING_CUES and a < last and low[a] in REFLEXIVES and low[a + 1] == "as":
        return NEXT_CUE  # "a Republican who described himself as a religious Catholic": a description of oneself
    if not clause and a <= last and (cue.lemma not in CLAUSE_CUES and _only_a_name(s.w, a, last)
                                     or cue.lemma in TARGET_CUES and _a_noun_phrase(s.w, a, last)
                                     or cue.cls in ("neutral", "proposing") and cue.lemma not in CLAUSE_CUES
                                     and _only_a_statement(s.w, a, last)
                                     or cue.lemma == "ask" and _asked_about(s.w, a, last)
                                     or cue.lemma == "write" and _a_document(s.w, a, last)
                                     or _only_a_claim(s.w, a, last) or _only_a_pronoun(s.w, a, last)
                                     or cue.lemma == "tell" and _noun_of(low[a + 1 if low[a] in ARTICLES and a < last
                                                                         else a].replace("ies", "y"),
                                                                     NARRATIVE_NOUNS)):
        # "Trump mocked Ford on Tuesday during a rally", "announced his candidacy", "offered a warning to the
        # undecided freshmen", "asked Cruz about possible solutions", "Comey also wrote memos about
        # their meetings", "Trump has denied those claims", "told stories about each military branch": an act
        # toward someone or something, the writing of a text, an answer to a claim the sentence does not state, a
        # story told; nothing reported, but the subject's next act may report ("praised the agreement and
        # suggested that ...")
        return _second_report(s, n, a, last) or NEXT_CUE
    last = _before_writer_s_note(s, a, last)
    # (not the closing dash of a pair: "will give 16 states -- as well as the District of Columbia -- a pass")
    dash = next((k for k in range(a + 1, last) if txt[k] in DASHES and low[k + 1] in ("a", "an")
                 and not any(txt[j] in DASHES for j in range(a, k))), None)
    if dash is not None and not any(_finite(s.w, j) and low[j - 1] not in PRONOUNS
                                    and low[j - 1] not in RELATIVE_PRONOUNS
                                    for j in range(dash + 2, last + 1) if txt[j] not in DASHES):
        last = dash - 1  # "by unanimous consent – a process she wanted to use to ...": the writer's apposition
        # (not "-- a penalty for those who fail to purchase insurance has been ...", a clause of the report;
        # a verb after a pronoun is the apposition's own relative clause: "a process she wanted")
    if not clause and cue.lemma not in CLAUSE_CUES and "," in txt[a + 1:last]:  # an object ends before ', but'
        brk, k = None, a
        while brk is None and (k := _index(txt, ",", k + 1, last)) >= 0:
            brk = k if low[k + 1] in CLAUSE_BREAKS else None
        if brk is not None:
            last, rest = brk - 1, _clause_reports(s, brk + 1)
    if not clause and cue.lemma not in CLAUSE_CUES:
        end = _object_end(s, a, last, cue.lemma in NAMING_CUES or low[n] in DESCRIBING_VERBS
                          or cue.lemma in ("declare", "name"))  # ("declared the disease ..., a pandemic")
        if a <= end < last and (_only_a_name(s.w, a, end) or s.w.is_name(end)
                                and not any(_verb_like(low[k]) for k in range(a, end))):
            # "decried Virginia Gov. Ralph Northam, a Democrat who ...", "cited homegrown terrorist Timothy
            # McVeigh, who said ...": an act toward someone (whose own words, if any, are the next report)
            return rest or NEXT_CUE
        last = end
    for k in s.cues:  # the tokens where a cue may start, in order
        if k <= a:
            continue
        if k > last:
            break
        if low[k - 1] in COORDINATORS and k - 1 > a and is_verb_form(low[k]) \
                and (not clause and cue.lemma not in CLAUSE_CUES or low[k + 1] == "for" and _past(low[n], low[k])
                     or _past(low[n], low[k])
                     and (txt[k - 2] == "," or low[k] == low[n] or txt[k - 2] in QUOTE_MARKS
                          or low[k + 1] == "that" and low[k] in (low[n], "added"))):
            # ("denied that ... and denied that ...", "said he supports ... and said the country must ...", 'his
            # claim that "..." and accused Iran of ...', "said Russia's move did damage ... and called for ...": a
            # second report; "said that the suspect entered the store and shouted that ..." may be the suspect's
            # act, read as one report)
            c = cue_at(s.w, k, s.a, s.b, s.doc.verbs)
            end = k - 3 if txt[k - 2] == "," else k - 2
            if c is not None and isinstance(then := and_said(s, k, c), tuple):
                # 'X called on Congress to pass a deal and said funding is needed', 'X wrote that ..., and
                # accused Y of ...': two reports
                return [s.found(a, end, s.subject(n), n, cue, "indirect:X-said-that"), then]
            if c is not None and _past(low[n], low[k]):
                # 'The missive accused the NAACP of resorting to ... and urged the IRS to ...': the report ends
                # before the subject's second act, read as the first is ("urged" + its object)
                # (an object that is only a name reports nothing: "criticized Singer and challenged him to")
                found = [] if not clause and cue.lemma not in CLAUSE_CUES and _only_a_name(s.w, a, end) \
                    else [s.found(a, end, s.subject(n), n, cue, "indirect:X-said-that")]
                b = s.content_start(k, c)
                if b < s.last(b) and not (c.lemma not in CLAUSE_CUES and _only_a_name(s.w, b, s.last(b))):
                    found.append(s.found(b, s.last(b), s.subject(n), k, c, "indirect:and-said"))
                return found or NEXT_CUE
        if txt[k - 1] in QUOTE_MARKS and not clause and cue.lemma not in CLAUSE_CUES and low[k].endswith("ing") \
                and s.doc.in_quote(s.w.st[k - 2]) and "as" in low[a:k]:
            # 'dismissed the interview ... as "fake news" saying it didn't include ...': the object is named, the
            # participle after the quotation (no comma) reports
            c = cue_at(s.w, k, s.a, s.b, s.doc.verbs)
            b = s.content_start(k, c) if c is not None else last
            if c is not None and b < last and (c.lemma in CLAUSE_CUES or s.that_clause(b)):
                return s.found(b, last, s.subject(n), k, c, "indirect:saying")
        if low[k] == "according" and k + 1 < s.end and low[k + 1] == "to" and txt[k - 1] in QUOTE_MARKS \
                and txt[k - 2] == "," and (clause or cue.lemma in CLAUSE_CUES):
            last = k - 1  # 'X said his solution "must be ... manner," according to Y': the quotation closes it
            break
        if txt[k - 1] != ",":
            continue
        if low[k] == "according" and k + 1 < s.end and low[k + 1] == "to":
            if not clause and cue.lemma not in CLAUSE_CUES:
                return NEXT_CUE  # 'X asked for changes, according to Y': Y reports the sentence
            last = k - 2  # 'X told reporters that ..., according to Y': X's words, as Y reported them
            break
        if clause and low[k].endswith("ing") and k - 1 > a:
            c = cue_at(s.w, k, s.a, s.b, s.doc.verbs)
            if c is not None and c.lemma in CLAUSE_CUES and c.cls != "believing" \
                    and isinstance(then := saying(s, k, c), (tuple, list)):
                # 'reiterated that they will continue to fight ..., noting there will be opportunities': the
                # subject's second report (not ", believing that ...", a thought that is part of the first)
                return [s.found(a, k - 2, s.subject(n), n, cue, "indirect:X-said-that"),
                        *(then if isinstance(then, list) else [then])]
        if not clause and low[k].endswith("ing"):
            c = cue_at(s.w, k, s.a, s.b, s.doc.verbs)
            if c is not None and isinstance(then := saying(s, k, c), (tuple, list)):
                # 'X condemned the deal with the outlets, saying ...': two reports, the object of the cue and
                # what follows; not a short object ("attacked Clinton's record, saying"), nor before a naming
                # ("calling her a "witness"": no report, and the cue's object alone is none either), nor one
                # that runs over a comma ("after X called for his resignation, a GOP operative began ...")
                thens = then if isinstance(then, list) else [then]
                if k - 1 - a >= ASIDE_PIECE and naming(s, k, c) is None and "," not in txt[a:k - 1]:
                    return [s.found(a, k - 2, s.subject(n), n, cue, "indirect:X-said-that"), *thens]
                if cue.lemma in CLAUSE_CUES and naming(s, k, c) is not None and k - 2 > a:
                    # 'Holder said he appreciates Issa's request, calling it "an important step forward" and noting
                    # the department has ...': the clause is a report, the naming is none, a report after it is
                    return [s.found(a, k - 2, s.subject(n), n, cue, "indirect:X-said-that"), *thens[1:]]
                return NEXT_CUE
    if a < last:
        own = s.found(a, last, s.subject(n), n, cue, "indirect:X-said-that")
        return [own, *rest, *after_dash, *main] if rest or after_dash or main else own
    return main or NEXT_CUE


def _no_verb(w: Words, a: int, last: int) -> bool:
    """Tokens ``a`` to ``last`` hold no verb form (-ed, -s, irregular past: :func:`is_verb_form`), no form of "be",
    no auxiliary and no pronoun but a possessive one: a noun phrase and its adjuncts ("the newsman on his private
    jet", "the event to the AP")."""
    low = w.low
    return not any(is_verb_form(low[k]) and low[k] not in POSSESSIVES and not w.is_possessive(k) or low[k] in BE
                   or low[k] in CLAUSE_AUXILIARIES or low[k].endswith(("n't", "n\u2019t"))
                   or low[k].replace("\u2019", "'").split("'")[0] in PRONOUNS and low[k] not in POSSESSIVES
                   for k in range(a, last + 1))  # ("it's an "absurd" way", "isn't yet at full capacity")


def _second_report(s: Sentence, n: int, a: int, last: int):
    """The report of a reporting verb after "and" or "but" between tokens ``a`` and ``last`` that shares the
    subject of the cue at token ``n`` ("praised the agreement and suggested that ...", "but said he ..."): a
    clause after a verb of ``clause_cues`` or "that"; else ``None``."""
    m = s.subject(n)
    for k in s.cues:
        if k <= a or k > last or m is None:
            continue
        if s.w.low[k - 1] in COORDINATORS and is_verb_form(s.w.low[k]) and not s.w.starts_upper(k):
            c = cue_at(s.w, k, s.a, s.b, s.doc.verbs)
            b = s.content_start(k, c) if c is not None else last
            if c is not None and b < s.last(b) and (c.lemma in CLAUSE_CUES or s.that_clause(b)):
                return s.found(b, s.last(b), m, k, c, "indirect:and-said")
    return None


def _after_claim_noun(w: Words, a: int, end: int) -> int:
    """The first token of a report after a claim or statement noun and its "that" that open the object from token
    ``a`` ("reiterated his longtime claim that "the Iran deal was ..."", "repeated the view that ..."): the
    noun names the claim, the clause after "that" states it; not after a possessive name, whose claim it is
    ("highlighted a Democratic senator's charge that ..."); else ``a``."""
    if a >= end or w.low[a] not in DETERMINERS:
        return a
    for j in range(a + 1, min(end - 1, a + CLAIM_WORDS + 3)):
        if w.low[j] == "that" and (_claim_noun(w.low[j - 1]) or _noun_of(w.low[j - 1], STATEMENT_NOUNS)):
            # (not a relative "that": "floated a proposal that would make ...")
            return a if j + 1 < end and _verb_like(w.low[j + 1]) else j + 1
        if not w.starts_alpha(j) or w.txt[j].endswith(("'s", "\u2019s")):
            break  # (not "a Democratic senator's charge that": the claim of another)
    return a


def _before_writer_frame(w: Words, a: int, last: int) -> int:
    """The last token of a report from token ``a`` before the writer's framing phrase that closes its sentence:
    ', in a/an' and a word of :data:`FRAMING_NOUNS` (", in an escalation of tension with China", ", in a rare
    rebuke"), ', in what' (", in what promised to become a larger debate"), ', a/an' and a word of either list
    or of :data:`STATEMENT_NOUNS` (", a recommendation Attorney General Loretta Lynch adopted"; also after a dash:
    "— a charge now backed by ..."), or ', the day after' (", the day after a British tabloid published ...");
    else ``last``."""
    low, txt = w.low, w.txt
    for k in range(a + 1, last - 1):
        if txt[k] in DASHES and low[k + 1] in ("a", "an") and low[k + 2] in STATEMENT_NOUNS:
            return k - 1  # "— a charge now backed by a CBS report"
        if txt[k] != ",":
            continue
        if low[k + 1] == "in" and (low[k + 2] == "what" or low[k + 2] in ("a", "an") and low[k + 3] in FRAMING_NOUNS):
            return k - 1
        if low[k + 1] in ("a", "an") and (low[k + 2] in FRAMING_NOUNS or low[k + 2] in STATEMENT_NOUNS):
            return k - 1
        if low[k + 1] == "the" and (low[k + 2] in TIME_WORDS or low[k + 2] == "day") \
                and low[k + 3] in ("after", "before"):
            return k - 1  # ", the day after a British tabloid published ...": the writer's time of the report
    return last


def _text_that_says(s: Sentence, a: int, last: int) -> tuple[int, Cue] | None:
    """A written text as the object from token ``a`` ("a concurring opinion in the Vance case that said ...",
    no verb before its "that") and the reporting verb of its relative clause: the report is that clause, or
    ``None``."""
    w = s.w
    for k in range(a + 1, min(last, a + TEXT_OBJECT)):
        if _verb_like(w.low[k]) and not w.low[k].endswith("ing"):
            return None
        if w.low[k] == "that" and any(_written(w.low[j]) for j in range(a, k)) and is_verb_form(w.low[k + 1]):
            c = cue_at(w, k + 1, s.a, s.b, s.doc.verbs)
            return (k + 1, c) if c is not None else None
    return None


def _past(first: str, second: str) -> bool:
    """Both verb forms are past forms ("accused ... and urged"): the second is the subject's next act, not a
    noun ("disputed the findings and claims of the report")."""
    return all(v.endswith("ed") or v in IRREGULAR_PAST for v in (first, second))


def _only_a_name(w: Words, a: int, last: int) -> bool:
    """The object from token ``a`` to ``last`` is a name or an object pronoun and nothing after it but the time
    and place of the act ("Ford on Tuesday during a political rally", "him at the debate"); a word that says
    what the act was about keeps it a report ("Obama for failing to act", "Clinton during the primaries for her
    ties", "Clinton Friday whether she would")."""
    k = a
    if w.low[k] in OBJECT_PRONOUNS:
        k += 1
    else:
        while k <= last and (w.is_name(k) or w.is_title(k) or w.is_title_dot(k)):
            k += 1
    while k <= last and w.low[k] in TIME_WORDS:
        k += 1
    if k > a and k + 3 <= last and w.txt[k] == "," and w.low[k + 1] == "the" \
            and (w.low[k + 2] in TIME_WORDS or w.low[k + 2] == "day") \
            and w.low[k + 3] in ("after", "before"):
        return True  # "criticized British Prime Minister Theresa May, the day after a tabloid published ..."
    return k > a and (k > last or w.low[k] in SETTING_PREPOSITIONS) and REASON_WORDS.isdisjoint(w.low[k:last + 1])


def _only_a_pronoun(w: Words, a: int, last: int) -> bool:
    """The object from token ``a`` to ``last`` is a pronoun and adverbs or time words ("explained it simply"): what
    was said is elsewhere, nothing is reported here."""
    return (w.low[a] in OBJECT_PRONOUNS or w.low[a] in ("this", "that")) \
        and all(ly_adverb(w.low[k]) or w.low[k] in TIME_WORDS for k in range(a + 1, last + 1))


def _a_noun_phrase(w: Words, a: int, last: int) -> bool:
    """Tokens ``a`` to ``last`` open with a noun phrase, not a clause: up to the first comma, semicolon or
    relative word, no subject pronoun and no auxiliary, modal or form of "be" ("his candidacy for president",
    "new sanctions on Russia"; not "it would appeal", "the deal was off"). "May" with its capital after "in",
    "since" ... is the month."""
    low = w.low
    for k in range(a, last + 1):
        t = low[k]
        if t in (",", ";", "that", "which", "who") or w.txt[k] in DASHES:
            return True
        if w.txt[k] == "May" and k > a and low[k - 1] in ("in", "of", "since", "until", "by", "early", "late"):
            continue  # the month ("a mere 69,000 jobs in May"), not the modal
        if k == a and _a_pronoun(t):
            return False  # a clause that opens with a pronoun, also with its verb: "he'd make nice with Putin"
        if t in PRONOUNS and t not in ("it", "you") or k == a and t == "it" \
                or t in CLAUSE_AUXILIARIES or t in VERBS_AFTER_THAT:
            return False
    return True


STATEMENT_WORDS = 3  # words between a determiner and a statement noun ("a stern, public warning")


def _only_a_statement(w: Words, a: int, last: int) -> bool:
    """The object from token ``a`` to ``last`` is a statement that the sentence does not state (read for a neutral
    or proposing cue: "rejected the proposal", "defended his comments" take a position on it): a determiner, at
    most :data:`STATEMENT_WORDS` words and a statement noun (:data:`STATEMENT_NOUNS`, a document), followed by
    nothing or by the addressee, time or place of the act, not by what it says ("offered a warning to the undecided
    freshmen in the room", "gave a brief statement on Tuesday"; not "a warning that ...", "a warning about ...",
    "a warning: ...", "his call for witnesses")."""
    low = w.low
    if low[a] not in DETERMINERS and low[a] not in POSSESSIVES:
        return False
    k = a + 1
    while k <= last and k - a <= STATEMENT_WORDS and not (_noun_of(low[k], STATEMENT_NOUNS) or _written(low[k])):
        if not w.starts_alpha(k) and w.txt[k] != ",":
            return False
        k += 1
    if k > last or not (_noun_of(low[k], STATEMENT_NOUNS) or _written(low[k])):
        return False
    return k == last or low[k + 1] in ("to", "at", "in", "on", "during", "before", "after", ",", ".")


ASKED_WORDS = 12  # words of the one asked before "about" or "for" ("the foreign minister in a July phone call")
QUESTION_WORDS_AFTER = frozenset(("whether", "if", "that", "why", "how", "what", "when", "where", "who"))


def _asked_about(w: Words, a: int, last: int) -> bool:
    """The object of "asked" from token ``a`` to ``last`` is the one asked and the topic or thing asked for, with
    no question or clause in it ("Pollak asked Cruz about possible solutions to ...", "asked the minister for a
    favor", "asked the foreign minister in a July phone call for help investigating Joe Biden"): a request
    or a question's topic, not a report."""
    low = w.low
    k = next((k for k in range(a, min(last, a + ASKED_WORDS) + 1) if low[k] in ("about", "for")), -1)
    if k < 0 or any(not w.starts_alnum(j) or is_verb_form(low[j]) and not w.starts_upper(j) for j in range(a, k)):
        return False

    def infinitive(j: int) -> bool:  # "asked the crowd to join her", "asked Comey to let it go"
        return low[j] == "to" and j < last and w.starts_alpha(j + 1) and not w.starts_upper(j + 1) \
            and low[j + 1] not in DETERMINERS and may_be_verb(low[j + 1])

    return not any(infinitive(j) for j in range(a, k)) \
        and not any(low[j] in QUESTION_WORDS_AFTER or infinitive(j) for j in range(k + 1, last + 1))


def _only_a_claim(w: Words, a: int, last: int) -> bool:
    """The object from token ``a`` to ``last`` is a claim named but not stated (:data:`CLAIM_NOUNS` after a
    determiner and at most :data:`CLAIM_WORDS` words: "those claims", "the latest allegations") and nothing after
    it but the time and place of the act ("on Tuesday") or a participle after a comma ("denies the allegations,
    calling them ...", whose own report, if any, is read from the participle); "the claim that ...", "the
    allegations of ..." state it."""
    if w.low[a] not in DETERMINERS:
        return False
    k = a + 1
    while k <= last and k - a <= CLAIM_WORDS and not _claim_noun(w.low[k]) and w.starts_alpha(k) \
            and not w.starts_upper(k) and not _verb_like(w.low[k]):
        k += 1
    if k > last or not _claim_noun(w.low[k]):
        return False
    k += 1
    while k <= last and w.low[k] in TIME_WORDS:
        k += 1
    return k > last or w.low[k] in SETTING_PREPOSITIONS and REASON_WORDS.isdisjoint(w.low[k:last + 1]) \
        or w.txt[k] == "," and k + 1 <= last and w.low[k + 1].endswith("ing")  # ("denies the allegations, calling")


def _object_end(s: Sentence, a: int, last: int, naming: bool = False) -> int:
    """The last token of an object that starts at token ``a`` (a cue that reports no clause): before a
    semicolon outside quotation marks ("decried his administration and its policies; a campaign rally where
    ..."), the writer's concession or contrast ("praised American military might despite having himself avoided
    the draft", ", rather than seeking to ...") or an apposition that describes the object (", African-Americans
    who campaigned ...", ", a symbol of national unity", ", one of the party's most senior members" closing the
    sentence), without the punctuation before them. After a naming cue (``naming``: "called Mr. Yanukovych, ...,
    an outstanding leader who ...") the apposition is the name given, and a relative clause whose reporting verb
    has a subject of its own ("the convoluted delegate system, which he said runs the risk ...") is still the
    speaker's ("Timothy McVeigh, who said ..." is McVeigh's report)."""
    w = s.w
    low, txt = w.low, w.txt
    k = a
    while (k := _index(txt, ";", k + 1, last + 1)) > a:
        if not s.doc.in_quote(w.st[k]):
            last = k - 1
            break
    k = _index(low, "despite", a + 1, last + 1)
    if k > a:
        last = k - 1
    k = _index(low, "rather", a + 1, last)
    if k > a and low[k + 1] == "than" and txt[k - 1] == ",":
        last = k - 1  # "called for putting armed guards at every school, rather than seeking to limit ..."
    k = a
    while not naming and (k := _index(txt, ",", k + 1, last)) > a:
        rel = next((j for j in range(k + 1, min(last + 1, k + 1 + APPOSITION_WORDS)) if low[j] in ("who", "which")),
                   None)
        if (low[k + 1] in ("a", "an") or low[k + 1] == "one" and low[k + 2] == "of") \
                and not any(_finite(w, j) for j in range(k + 1, last + 1)) \
                or rel is not None and not any(w.may_start_cue(j) and is_verb_form(low[j])
                                               for j in range(rel + 2, min(last + 1, rel + 4))):
            last = k - 1
            break
    while last > a and txt[last] in (",", ";", "-", "--", "\u2014"):
        last -= 1
    return last


def _finite(w: Words, j: int) -> bool:
    """Token ``j`` may be the verb of a clause: an auxiliary, a reporting verb in a finite form or an -ed form
    (an apposition has none: "a symbol of national unity", "one of the party's most senior members")."""
    t = w.low[j]
    return t in CLAUSE_AUXILIARIES or w.may_start_cue(j) and is_verb_form(t) or t[-2:] == "ed"


def _claim_noun(word: str) -> bool:
    """A claim noun, singular or plural (:data:`CLAIM_NOUNS`)."""
    return _noun_of(word, CLAIM_NOUNS)


def _noun_of(word: str, nouns: frozenset) -> bool:
    """``word`` is one of ``nouns`` or its plural in -s."""
    return word in nouns or word[-1:] == "s" and word[:-1] in nouns


def _dash_and_report(s: Sentence, a: int, last: int) -> tuple[int, int] | None:
    """A dash inside the content from token ``a`` to ``last`` followed by a subject and its reporting verb ("--
    he said he still plans ..."), and that verb, or ``None``."""
    w = s.w
    if DASHES.isdisjoint(w.txt[a + 1:last - 1]):
        return None  # (most contents: a set test in C)
    for k in range(a + 1, last - 1):
        if w.txt[k] in DASHES and (w.low[k + 1] in PRONOUNS or w.is_name(k + 1)):
            v = k + 2
            while v <= last and w.is_name(v):
                v += 1
            if v <= last and w.may_start_cue(v) and is_verb_form(w.low[v]) \
                    and cue_at(w, v, s.a, s.b, s.doc.verbs) is not None:
                return k, v
    return None


def _relative_clause_end(w: Words, a: int, last: int) -> int:
    """The last token before the comma that closes a relative clause inside the content from token ``a`` to
    ``last``: a comma (and a closing quotation mark) followed by the main clause's verb ("is now being charged",
    "came in a series of posts"), or ``last``."""
    k = _index(w.txt, ",", a + 1, last)
    while k >= 0:
        v = k + 2 if k + 1 <= last and w.txt[k + 1] in QUOTE_MARKS else k + 1
        if v <= last and not w.starts_upper(v) and (w.low[v] in MAIN_AUXILIARIES or w.low[v] in VERB_AFTER_SUBJECT
                                                    or w.low[v].endswith("ed") or inflected_verb(w.low[v])):
            return k - 1
        k = _index(w.txt, ",", k + 1, last)
    return last


def _but_and_verb(s: Sentence, a: int, last: int) -> tuple[int, int, Cue] | None:
    """The comma of a ', but' followed by a reporting verb with no subject of its own inside the content from
    token ``a`` to ``last`` (', but called once again for ...', ', but said ...', ', but has argued that ...'),
    that verb and its cue: the sentence's subject speaks a second time, so the report ends at the comma; or
    ``None``. Another verb may belong to the reported clause ("said the process was fair, but required candidates
    to ...")."""
    w = s.w
    k = _index(w.txt, ",", a + 1, last - 1)
    while k >= 0:
        b = k + 2 if w.txt[k + 1] in QUOTE_MARKS else k + 1  # (a comma inside a quotation: '"rightly hurting," but')
        v = b + 2 if b + 2 <= last and w.low[b + 1] in ("has", "have", "had") else b + 1  # (", but has argued")
        if v <= last and w.low[b] == "but" and not w.starts_upper(v) and is_verb_form(w.low[v]):
            c = cue_at(w, v, s.a, s.b, s.doc.verbs)
            if c is not None:
                return k, v, c
        k = _index(w.txt, ",", k + 1, last - 1)
    return None


def _but_another_speaker(s: Sentence, a: int, last: int) -> tuple[int, int] | None:
    """The break before another speaker's report inside the content from token ``a`` to ``last``, as (the last
    token of the first report, the first token of the next clause): a comma and "but", "while", "whereas", or
    "and" with an adjunct and its comma, or a number that opens the next answer of a poll list, or "while" /
    "whereas" with no comma, then a subject of at most :data:`OTHER_SPEAKER_WORDS` tokens with no comma and a
    reporting verb ("he also heard the epithets, but conservative activists said the lawmakers were lying";
    "denied being in violation of the treaty, and on Thursday, Deputy Foreign Minister Sergey Ryabkov said ...";
    "said the measures were unacceptable while the European Union vowed to ..."); or ``None``."""
    w = s.w

    def speaks(c: int) -> bool:  # a subject and its reporting verb right after token c
        for v in s.cues[bisect_left(s.cues, c + 1):]:
            if v > min(last, c + OTHER_SPEAKER_WORDS) or "," in w.txt[c + 1:v]:
                return False
            if is_verb_form(w.low[v]) and cue_at(w, v, s.a, s.b, s.doc.verbs) is not None:
                m = subject_before(s.doc.text, w, v, c + 1, c + 1)
                if m is not None and m.start == w.st[c + 1]:
                    return True
        return False

    for k in (k for k in range(a + 1, last - 1) if w.txt[k] == "," or w.low[k] in ("while", "whereas")):
        if w.txt[k] == ",":
            b = k + 1
            c = None
            d = b + 1 if w.low[b] == "and" else b
            if d + 1 < last and w.low[d][:1].isdigit() and w.st[b] > w.en[k] and w.low[d + 1] in ("percent", "%"):
                # a list of poll answers: "2 percent said they won't vote, 4 percent said they'd vote for someone else"
                c = b if w.low[b] == "and" else k
            elif w.low[b] in ("but", "while", "whereas", "and"):
                c = b
                if w.low[b] == "and":  # ", and on Thursday, Deputy Foreign Minister Sergey Ryabkov said"
                    c = _index(w.txt, ",", b + 1, min(last, b + ADJUNCT_WORDS + 1))
                    if c < 0 or w.low[b + 1] not in ADJUNCT_PREPOSITIONS:
                        c = None
            if c is not None and speaks(c):
                return k - 1, (k + 1 if w.low[k + 1][:1].isdigit() else k + 2)
        elif w.low[k] in ("while", "whereas") and w.txt[k - 1] != "," and speaks(k):
            return k - 1, k + 1
    return None


def _but_the_speaker(s: Sentence, a: int, last: int, m: Mention | None) -> int | None:
    """The comma of a ', but' inside the content from token ``a`` to ``last`` that opens the writer's clause about
    the speaker ``m``: its subject is "neither" or "both" ("said there is evidence ..., but neither has produced
    evidence"), the speaker's surname, or "the" and a role that stands for the speaker ("said the U.S. would move
    to sanction ..., but the president steered clear of ..."); or ``None``."""
    w, low = s.w, s.w.low
    k = _index(w.txt, ",", a + 1, last - 2)
    while k >= 0 and low[k + 1] != "but":
        k = _index(w.txt, ",", k + 1, last - 2)
    if m is None or k < 0:
        return None
    persons = name_mentions(s.doc)
    speaker = resolve(s.doc, m, persons).name.split()
    while k >= 0:
        b = k + 2
        if low[k + 1] == "but":
            if low[b] in ("neither", "both") and low[b + 1] != "of" or speaker and low[b] == speaker[-1].lower():
                return k
            if low[b] == "the" and low[b + 1] in ROLE_TITLES and speaker:
                role = Mention(w.st[b], w.en[b + 1], s.doc.text[w.st[b]:w.en[b + 1]], s.doc.text[w.st[b]:w.en[b + 1]])
                if resolve(s.doc, role, persons).name.split()[-1] == speaker[-1]:
                    return k
        k = _index(w.txt, ",", k + 1, last - 2)
    return None


def _written(word: str) -> bool:
    """A written text, singular or plural (:data:`DOCUMENT_NOUNS`, :data:`WRITTEN_WORKS`)."""
    return _noun_of(word, WRITTEN_WORKS)


def _a_document(w: Words, a: int, last: int) -> bool:
    """The object of "wrote" from token ``a`` is a written text (:func:`_written`), after a determiner or
    possessive and a few name words ("memos about their meetings", "a letter to the committee", "the Times's
    Facebook article"), followed by a preposition, a comma or nothing: the text itself, not what it says."""
    k = a + 1 if w.low[a] in DETERMINERS or w.low[a] in POSSESSIVES else a
    while k < last and k - a < WORK_WORDS + 2 and not _written(w.low[k]) and (
            w.is_name(k) or w.is_possessive(k) or w.low[k].endswith(("'s", "\u2019s"))
            or w.txt[k] == "," or adjective_before_noun(w.low[k])):
        k += 1  # ("the Times's Facebook article", "an NRA tell-all", "the court's opinion", "a detailed, six-page
        # letter")
    if k > last or not _written(w.low[k]):
        return False
    # the text is the object, not the subject of a reported clause ("said the statement was false")
    # (or its relative clause: "wrote an opinion that was widely read"; one that reports is read before)
    # (or its title: "wrote the book The Politics of Medicare")
    return k == last or w.low[k + 1] in ADJUNCT_PREPOSITIONS and w.low[k + 1] != "of" or w.txt[k + 1] == "," \
        or w.low[k + 1] in ("that", "which") or w.starts_upper(k + 1)


def _before_final_attribution(s: Sentence, a: int, last: int) -> int:
    """The last token of a content from token ``a`` to ``last`` without a ', X said' that closes the sentence: a
    reporting verb with at most :data:`FINAL_TAIL` tokens after it and no content of its own, after a comma and
    a phrase of at most :data:`FINAL_SPEAKER_WORDS` tokens that opens no clause of the writer's ("Liu He told
    Mnuchin that China would not continue talks, two people briefed on those meetings said."), or an inverted
    ', said X' of :data:`INVERTED_CUES` and a name ("..., said Sgt. Trent Crump, a Phoenix police spokesman.")."""
    low, txt = s.w.low, s.w.txt
    # (only a cue within FINAL_TAIL tokens, and a cue's own width, of the sentence end can close it)
    for k in s.cues[bisect_left(s.cues, max(a + 2, s.end - FINAL_TAIL - 2)):]:
        if k > last:
            break
        if not is_verb_form(low[k]) or s.w.starts_upper(k) or low[k - 1] == ",":
            continue
        c = cue_at(s.w, k, s.a, s.b, s.doc.verbs)
        if c is None or s.end - (k + c.width) > FINAL_TAIL or s.content_start(k, c) < s.end - 1 \
                or low[k - 1] in COORDINATORS:
            continue  # not a verb that closes the sentence ("touching and comments", "it would insist on ...")
        comma = _rindex(txt, ",", max(a, k - FINAL_SPEAKER_WORDS), k)
        if comma > a and comma + 1 < k and not _opens_clause(s.w, comma + 1):
            return comma - 1
    # an inverted ', said X' that closes the sentence ("..., said Sgt. Trent Crump, a Phoenix police spokesman.")
    k = -1 if INVERTED_CUES.isdisjoint(low[a + 3:last + 1]) else \
        next((k for k in range(last - 1, a + 1, -1) if txt[k] == "," and low[k + 1] in INVERTED_CUES), -1)
    if k > a and s.w.is_name(k + 2):
        m = subject_after(s.doc.text, s.w, k + 2, s.end)
        if m is not None and m.start == s.w.st[k + 2] and not any(is_verb_form(low[n]) and s.w.may_start_cue(n)
                                                                   for n in range(k + 3, s.end)):
            return k - 1
    return last


def _opens_clause(w: Words, k: int) -> bool:
    """Token ``k``, after a comma, opens a clause or phrase of the writer's, not a speaker: a preposition,
    conjunction or relative word, or an -ing form (", including ...", ", so long as ...", ", but they agreed")."""
    t = w.low[k]
    return t in ADJUNCT_PREPOSITIONS or t in SUBORDINATORS or t in COORDINATORS or t in CLAUSE_BREAKS \
        or t in RELATIVE_PRONOUNS or t == "so" or t.endswith("ing")


def _rindex(items: list, x, lo: int, hi: int) -> int:
    """The last index of ``x`` in ``items[lo:hi]``, or -1."""
    for k in range(hi - 1, lo - 1, -1):
        if items[k] == x:
            return k
    return -1


def _reports_from(s: Sentence, lo: int) -> list:
    """The answers of :data:`INDIRECT_RULES` for the cues of sentence ``s`` from token ``lo`` on, each read with
    the whole sentence (its subject may come before ``lo``)."""
    cues = [(k, c) for k in s.cues if lo <= k < s.end and not s.doc.in_quote(s.w.st[k])
            and (c := cue_at(s.w, k, s.a, s.b, s.doc.verbs)) is not None]
    found = run_rules(INDIRECT_RULES, s, cues)
    return found if isinstance(found, list) else [found] if found else []


def _clause_reports(s: Sentence, lo: int) -> list:
    """The answers of :data:`INDIRECT_RULES` for the clause of sentence ``s`` that starts at token ``lo``, read
    as a sentence of its own (:func:`_reports_from` on that sentence)."""
    return _reports_from(Sentence(s.doc, s.w, lo, s.b, s.end, [k for k in s.cues if k >= lo], s.quoting), lo)


INDIRECT_RULES = [according, needs_clause, naming, kept_saying, with_saying, saying, not_finite_here, not_a_report,
                  not_asserted, who_said, x_said_aside, quoted_content, and_said, said_x, x_said, x_said_that]
"""The rules for a sentence that quotes no sentence, tried in this order at each cue."""


def indirect(doc: Doc, persons) -> list[tuple[tuple[int, int], Attribution, tuple[int, int] | None]]:
    """The reported clauses of a document: ``((start, end), attribution, cut)`` with the speaker resolved
    (:func:`analysis.quotes.speakers.resolve`), none whose speaker is the writer's "I", "we" or "you" outside
    quotation marks, none in a heading in capitals (:meth:`Doc.caps_paragraph`); ``cut`` is ``None`` or the
    characters of an attribution inside the span (', X said, '), which are no part of the report
    (:func:`_around`)."""
    out = []
    for w, lo, hi, end, cues, found, quoting in cue_sentences(doc):
        if doc.caps_paragraph(w.st[lo]):
            continue  # "TRUMP URGES BORDER WALL ..., SAYS TOLERANCE ... IS 'CRUEL'": another story's headline
        found = run_rules(INDIRECT_RULES, Sentence(doc, w, lo, hi, end, cues, quoting), found)
        for (start, end), attr, cut in found if isinstance(found, list) else [found] if found else []:
            if attr.mention.text.lower() in WRITER_PRONOUNS and not doc.in_quote(attr.mention.start):
                continue  # "We say we do not want ...", "I think ...": the writer's own voice, no one reported
            if _no_one(attr.mention.text):
                continue  # "would prohibit states that ...": a lower-case word that names no one is no speaker
            first_word = (attr.mention.text.split() or [""])[0]
            if not first_word[:1].isalnum() or _relative_that(w, attr.mention.start) \
                    or first_word.lower().replace("\u2019", "'") in PRONOUN_CONTRACTIONS \
                    or _participle_phrase(attr.mention.text):
                continue  # '" in an ugly moment', "promises that all available analysis suggests ...", "it's",
                # "asking productive follow-up": a piece of another clause, no speaker
            if end > start:
                m = resolve(doc, attr.mention, persons)
                attr = attr if m is attr.mention else attr.with_mention(m)
                out += [(start, end, attr, None)] if cut is None else _around(doc.text, start, end, cut, attr)
    return [((s, e), a, c) for s, e, a, c in out]


OBJECT_RULES = frozenset(("indirect:X-said-that", "indirect:saying", "indirect:and-said", "indirect:with-saying",
                          "indirect:who-said", "indirect:statement-saying"))
"""The rules whose content is what follows the cue: its object or its clause."""
NOT_DESCRIBING_AS = frozenset(("well", "part", "of", "soon", "long", "much", "many", "far", "such", "if", "though"))
# words after "as" that make no description of the object ("as well as", "as part of", "as of Tuesday")
REQUEST_CLASSES = frozenset(("warning/demanding", "questioning"))  # cue classes whose object may be asked to act


def report_kind(doc: Doc, start: int, end: int, attr: Attribution) -> str | None:
    """The kind of a report from character ``start`` to ``end``: ``act`` when it is only the noun-phrase object of
    its cue ("criticized the mayor of London", "defended his decision", "called for an investigation", "offered
    programs ranging from ..."): the act of someone toward something, whose stance the cue gives, not a statement
    of what they said; else ``indirect``, a reported clause. The object is a report when the cue takes a clause
    (:data:`CLAUSE_CUES`), when it opens with or after "that", with "to", a question word, a gerund ("proposed
    deploying international troops": what is proposed) or a quotation mark ('pointed out "the military uses ear
    protection ..."': words said), when a clause follows it
    (:func:`_clause_inside`), when it is described ("dismissed the interview as "fake news""), and when a cue of
    :data:`CHARGE_CUES` states a charge ("accused Pelosi of throwing a tantrum"), and when a naming cue names its
    object ("called the ruling a mandate"). ``None`` (no row) for the
    object of a cue of :data:`NO_ACT_CUES` ("called McGahn at home", "pleaded guilty")."""
    if attr.rule not in OBJECT_RULES or attr.cue in CLAUSE_CUES:
        return "indirect"
    w = doc.words
    a, last = doc.tok_index(start), doc.tok_index(end) - 1
    low = w.low
    if a > last or w.txt[a] in QUOTE_MARKS or low[a] in QUESTION_WORDS or low[a] in ("that", "to") \
            or low[a - 1] == "that" or low[a].endswith("ing") and may_be_verb(low[a]) \
            or _clause_inside(w, a, last, attr.cue_class in REQUEST_CLASSES):
        return "indirect"
    for k in range(a, last):
        t = low[k]
        if t in (",", ";") or w.txt[k] in DASHES:
            break
        if t == "as" and low[k + 1] not in NOT_DESCRIBING_AS or t in ("of", "for") and attr.cue in CHARGE_CUES:
            return "indirect"
    if attr.cue in NAMING_CUES and _names_its_object(w, a, last):
        return "indirect"  # a naming: "called the ruling a mandate to fix inequities" (a claim about the ruling)
    return None if attr.cue in NO_ACT_CUES else "act"


NAMED_OBJECT_WORDS = 6  # words of an object before the article of what it is called ("Vice President Mike Pence a")


def _names_its_object(w: Words, a: int, last: int) -> bool:
    """The object from token ``a`` is followed by a second noun phrase that names it: an article within
    :data:`NAMED_OBJECT_WORDS` words, with no comma, coordinator, preposition or particle before it ("the leaks a
    serious security breach", "Vice President Mike Pence a "political dummy""; not "back a key witness", "the
    White House and left a message", "Trump to congratulate him")."""
    low = w.low
    if low[a] in ("a", "an"):
        return False  # ("described a crime wave gripping the country")
    for k in range(a, min(last, a + NAMED_OBJECT_WORDS) + 1):
        t = low[k]
        if not w.starts_alnum(k) or t in COORDINATORS or t in ADJUNCT_PREPOSITIONS or t in PHRASAL_PARTICLES \
                or t in ("between", "back"):
            return False
        if k > a and t in ARTICLES:
            return True
    return False


def _clause_inside(w: Words, a: int, last: int, request: bool) -> bool:
    """Tokens ``a`` to ``last`` hold a clause outside a relative clause: a subject pronoun, an auxiliary or a modal
    ("a "big trade deal is possible"", "Russia itself might one day join NATO"), "if" or "whether" ("asked one of
    the girls if ..."), a past form before its object ("the district violated the Constitution"), or, after a cue
    of a request (``request``), an infinitive ("urged Congress to pass ...": what is asked). A relative clause
    ("the mayor, who has ...") runs from its relative word to the next comma, semicolon or dash."""
    low = w.low
    relative = False
    for k in range(a, last + 1):
        t = low[k]
        if t in (",", ";") or w.txt[k] in DASHES:
            relative = False
            continue
        if t in RELATIVE_PRONOUNS and k > a:
            relative = True
        if relative:
            continue
        if t in ("if", "whether") or t in CLAUSE_AUXILIARIES or t in VERBS_AFTER_THAT \
                or t in PRONOUNS and t not in ("it", "you") and t not in POSSESSIVES or k == a and t == "it":
            return True
        if k < last and (request and t == "to" and _infinitive_after(w, k + 1)
                         or k > a and (t.endswith("ed") or t in IRREGULAR_PAST) and w.starts_alpha(k - 1)
                         and (low[k + 1] in DETERMINERS or low[k + 1] in POSSESSIVES)):
            return True
    return False


def _infinitive_after(w: Words, k: int) -> bool:
    """Token ``k`` after a "to" may be the verb of an infinitive ("to pass", "to raise"; not "to the kind",
    "to Obama"; 'to "fight for peace"': the quotation mark is skipped)."""
    if w.txt[k] in QUOTE_MARKS and k + 1 < len(w.low):
        k += 1
    t = w.low[k]
    return w.txt[k][:1].islower() and t.isalpha() and t not in DETERMINERS and t not in POSSESSIVES \
        and t not in PRONOUNS and may_be_verb(t) and not t.endswith("ing")


def _participle_phrase(mention: str) -> bool:
    """The speaker phrase opens with a lower-case -ing word and names no group: a participle's clause ("asking
    productive follow-up", "following an open pitching invitation", "analyzing how readers"), not "developing
    countries", "voting rights advocates" or "right-leaning blogs" (a hyphenated word, or a plural at the end
    with no question word before it)."""
    words = mention.split()
    if not words or not words[0].islower() or not words[0].endswith("ing") or "-" in words[0]:
        return False
    return not (len(words) > 1 and words[-1].endswith("s") and QUESTION_WORDS.isdisjoint(words))


def _relative_that(w: Words, pos: int) -> bool:
    """The speaker phrase at character ``pos`` opens with a lower-case "that" after a word that is no conjunction
    or preposition ("promises that all available analysis suggests", "a bill that critics said"): a relative or
    "that" clause, whose reported words have a gap, not a phrase naming a speaker ("And that information
    suggests", "of that language says")."""
    k = bisect_left(w.st, pos)
    return k > 0 and w.txt[k] == "that" and w.starts_alpha(k - 1) and w.low[k - 1] not in COORDINATORS \
        and w.low[k - 1] not in ADJUNCT_PREPOSITIONS


def _around(text: str, start: int, end: int, cut: tuple[int, int], attr: Attribution) -> list[tuple]:
    """The content ``text[start:end]`` around the attribution ``text[a:b]`` (``cut``, ', X said, '): one report
    from the start of the words before it to the end of the words after it, the attribution and its commas
    left out (``(start, end, attr, (head_end, tail_start))``, the comma after an opening adjunct kept); a piece
    of a few words ("Given that", "In any event") is the writer's link, not part of the report, so the report is
    then the other piece alone."""
    a, b = cut
    head = text[start:a].rstrip(" ,\u2014-")
    tail = text[b:end]
    skip = len(tail) - len(tail.lstrip(" ,\u2014-"))
    (hs, he), (ts, te) = pieces = ((start, start + len(head)), (b + skip, end))
    kept = [len(text[s:e].split()) >= ASIDE_PIECE for s, e in pieces]
    if all(kept):
        first = head.split(None, 1)[0].lower()
        if text[he] == "," and (first in ADJUNCT_PREPOSITIONS or first in SUBORDINATORS):
            he += 1  # "By eliminating the receiving line, the White House is able": an opening adjunct keeps its comma
        return [(hs, te, attr, (he, ts))]
    return [(s, e, attr, None) for (s, e), k in zip(pieces, kept) if k]


def _not_reporting(w: Words, n: int, width: int, ms: int, hi: int) -> bool:
    """Signs that the cue word at token ``n`` (``width`` tokens), after the phrase that starts at token
    ``ms``, is not a report by that phrase but a name or a noun (the sentence ends before token ``hi``; the
    phrase is before the cue, so token ``n - 1`` is in the sentence):

    - capitalised inside the sentence (part of a name: "the United States");
    - right after an article or the particle of a verb ("sent out a tweet", "sent out tweets urging");
    - a participle after its noun, before the noun's verb ("Legislation proposed so far also would crack down") or
      joined to another that is no cue ("people accused or convicted of a crime");
    - a passive ("they've been asked", "was told", "are constantly warned");
    - a naming participle after an object or after a preposition ("announced an initiative called ...");
    - after a possessive ("Steele's comments", "his claim", "their calls"; past tenses excepted: "his aide
      said", and a bare form after a plural noun: "his advisers say"), and a past form right after one, an
      adjective ("Trump's stated strategy", "Trump's newly stated determination");
    - a bare form after an article ("the claim", "a note");
    - an -s form followed by what follows a plural noun subject: a form of be / have, a modal, an -ed verb,
      "of", "about", "from" ("the Afghanistan remarks were", "the comments angered"), or by a relative "that"
      and an -ed verb ("The Trump tweets that precipitated");
    - a phrase that opens with an adverb ("occasionally troublesome comments"; not one of quantity, "nearly
      two-thirds of Democratic primary voters said");

    but never a bare form after "did" or "does" ("a number did say that ...").
    """
    low = w.low
    t, first = low[n], low[ms]
    if w.starts_upper(n) or noun_use(w, n):
        return True  # a name, or a noun: "sent out a tweet", "sent out tweets urging"
    if t.endswith("ed") and width == 1 and n + 2 < hi and low[n + 1] in ("or", "and") and low[n + 2].endswith("ed") \
            and not w.may_start_cue(n + 2):
        return True  # participles after a noun: "on people accused or convicted of a crime"
    if t.endswith("ed") and width == 1:
        j = n + 1
        while j < hi and (low[j] in BETWEEN_PARTICIPLE_AND_VERB or ly_adverb(low[j])):
            j += 1
        if j < hi and low[j] in CLAUSE_AUXILIARIES:
            return True  # a participle after its noun: "Legislation proposed so far also would crack down on"
    k = n - 1
    while k > ms and low[k] in BETWEEN_MARKER_AND_VERB:
        k -= 1
    if k > ms and low[k] in VERB_MARKERS:
        return False  # a verb after "did": "a number did say that ..."
    if t in ("called", "named", "dubbed") and low[ms] in ("a", "an") and ms > 0 and not w.starts_upper(ms - 1) \
            and (is_verb_form(low[ms - 1]) or low[ms - 1] in ADJUNCT_PREPOSITIONS):
        return True  # a naming participle after an object: "announced an initiative called the PREVENTS Task Force"
    if t in ("called", "named", "dubbed") and n + 1 < hi and w.starts_upper(n + 1) and low[n + 1] not in PRONOUNS:
        k = n + 1
        while k < hi and (w.starts_upper(k) or low[k] in CONNECTORS):
            k += 1
        if k < hi and not w.starts_upper(k) and (low[k] in CLAUSE_AUXILIARIES or low[k] in BE or _finite(w, k)):
            return True  # the name of the noun before it: "An anti-Trump super PAC called Our Principles is ramping up"
    j = n - 1
    while j > ms and ly_adverb(low[j]):
        j -= 1
    if low[j] in BE and (t.endswith("ed") or t in ("told", "said", "written")):
        return True  # a passive, with its adverbs: "partisans are constantly warned against compromise"
    past = t.endswith("ed") or t in ("said", "told", "wrote")
    j = n - 2 if ly_adverb(low[n - 1]) and n - 2 >= ms else n - 1
    if past and (low[j].endswith(("'s", "\u2019s")) or low[j] in POSSESSIVES or w.is_possessive(j)):
        return True  # right after a possessive: an adjective ("Trump's stated strategy", "his newly stated goal")
    if not past:
        before_possessive = low[n - 1].endswith(("'s", "\u2019s"))
        # "his advisers say": a bare form after a plural noun is that noun's verb
        plural_subject = not before_possessive and n - 1 > ms and low[n - 1].endswith("s") \
            and not w.is_possessive(n - 1) and is_bare_form(t)
        if (first in POSSESSIVES or before_possessive) and not plural_subject:
            return True
    # ("the experts say" set off by a comma: a plural subject's present tense)
    if is_bare_form(t) and first in ARTICLES and not (ms > 0 and w.txt[ms - 1] == "," and _plural_noun(w, n - 1)):
        return True
    after = n + width
    if (t.endswith("s") and after < hi and not w.starts_upper(after)
            and (low[after] in AFTER_PLURAL_NOUN or low[after].endswith("ed")
                 or low[after] == "that" and after + 1 < hi and low[after + 1].endswith("ed"))):
        return True  # ("The Trump tweets that precipitated ...": a noun and its relative clause)
    return ly_adverb(first) and not w.starts_upper(ms) and len(first) > 4 and first not in QUANTITY_WORDS


def cue_sentences(doc: Doc):
    """The sentences that may hold a reported clause, in order, as ``(words, lo, hi, end, cues, found,
    quoting)``: the sentence is tokens ``lo`` to ``hi - 1`` of ``words``, its content ends before token ``end``
    (its final '.', '!' or '?', else ``hi``), ``cues`` are the tokens in it where a cue may start
    (``may_start_cue``), ``found`` the cues before ``end`` and outside quotes, as ``(token, Cue)`` pairs
    (:func:`cue_at`), and ``quoting`` tells that it overlaps a quotation of kind ``direct`` (its attribution is
    the quotation rules'; only a clause after "that" is read there, :meth:`Sentence.last`). Those of every
    paragraph that hold a token where a cue may start and do not start inside a quote (nor quote a sentence
    without a "that"); from the document's own tokens, only those with a cue :func:`indirect` can read
    ("according to", a reporting verb form not in -ing, a present tense after a plural subject or "is", an -ing
    form after a comma, a "with" phrase, a leading verb or an issued document, before the final '.', '!' or '?').

    A paragraph's tokens (:func:`analysis.quotes.tokens.words`) split into sentences, each ending with its '.', '!' or '?' token
    (a rest without one is a sentence too); sentences without a possible cue are left out (no cue, no
    reported clause). When the paragraph's tokens are the document's own tokens (nearly always) the
    sentences are found from the document's cue and sentence-end token indexes by bisection, and ``words``
    are the document's; else the paragraph's own (:func:`analysis.quotes.tokens.words_in`)."""
    text, w = doc.text, doc.words
    starts, tends = w.st, w.en
    quoted = doc.quote_mask  # 1 at each character inside a quote (:meth:`Doc.in_quote`; tokens start in the text)

    def quoting(s: int, e: int) -> bool | None:  # the sentence text[s:e] quotes a sentence (None: and has no "that")
        # its attribution is the quotation rules'; only a clause after "that" before a quotation is read there
        # ('said that he welcomed extradition and added, "..."'), so without a "that" it is not read at all;
        # quoted words inside a reported clause ('X said the probe is "ongoing."') are part of it
        if text.find('"', s, e) < 0 or not doc.quotes_sentence_in(s, e):
            return False
        return True if text.find("that", s, e) >= 0 else None

    def found_in(ww: Words, lo: int, hi: int, end: int, cues) -> list:  # the cues outside quotes, found once
        # (the quote mask is read first: a cue inside a quote needs no look-up)
        return [(c, cue) for c in cues if c < end
                and not quoted[ww.st[c]] and (cue := cue_at(ww, c, lo, hi, doc.verbs)) is not None]

    def readable(c: int, cue: Cue) -> bool:  # a cue that indirect can read, at token c of the document's words
        return cue.lemma == ACCORDING_TO or is_verb_form(w.low[c]) \
            or w.low[c].endswith("ing") and (_led_participle(w, c) or with_subject(w, c, 0) is not None
                                             or gerund_leader(w, c) is not None or issued_document(w, c, 0) >= 0) \
            or _plural_present(w, c, 0, cue) or _progressive(w, c, 0, cue)

    cue_idx, ends = doc.cue_idx, doc.end_idx
    for (ps, pe), rng in zip(doc.paras, doc.para_tokens):
        if rng is None:  # the paragraph's own tokens differ at its edges: split them one by one
            pw = words_in(text, w, ps, pe, doc.table)
            bounds = [k + 1 for k, t in enumerate(pw.txt) if t in SENTENCE_END and not dot_continues(pw, k)]
            if len(pw) and (not bounds or bounds[-1] != len(pw)):
                bounds.append(len(pw))
            lo = 0
            for hi in bounds:
                lo = after_dateline(pw, lo, hi) if lo == 0 else lo
                if not quoted[pw.st[lo]] and (q := quoting(pw.st[lo], pw.en[hi - 1])) is not None:
                    end = hi - 1 if pw.txt[hi - 1] in SENTENCE_END and not dot_continues(pw, hi - 1) else hi
                    cues = [n for n in range(lo, hi) if pw.may_start_cue(n)]
                    yield pw, lo, hi, end, cues, found_in(pw, lo, hi, end, cues), q
                lo = hi
            continue
        a, b = rng
        i = bisect_left(cue_idx, a)
        while i < len(cue_idx) and cue_idx[i] < b:
            c = cue_idx[i]
            e = bisect_left(ends, c)  # the first sentence end at or after the cue
            hi = ends[e] + 1 if e < len(ends) and ends[e] < b else b
            lo = ends[e - 1] + 1 if e > 0 and ends[e - 1] >= a else after_dateline(w, a, hi)
            # the final mark, if any (Doc clears the END flag of a full stop that ends no sentence; a word kept with
            # its dot that ends one, "U.S.", is part of the content)
            end = hi - 1 if e < len(ends) and ends[e] == hi - 1 and w.txt[hi - 1] in SENTENCE_END else hi
            z = bisect_left(cue_idx, hi, i)  # the cues of this sentence are cue_idx[i:z]
            if not quoted[starts[lo]] and (q := quoting(starts[lo], tends[hi - 1])) is not None:
                found = found_in(w, lo, hi, end, cue_idx[i:z])
                if any(readable(c, cue) for c, cue in found):
                    yield w, lo, hi, end, cue_idx[i:z], found, q
            i = z



def after_dateline(w: Words, lo: int, hi: int) -> int:
    """The first token after a dateline that opens a paragraph at token ``lo`` ("NEW YORK (Reuters) -",
    "WASHINGTON, D.C. —", "CAIRO (AP) --"): place words in capitals, a news agency in brackets, a dash;
    else ``lo``. The dateline is the writer's, never part of a report."""
    k = lo
    while k < hi and k - lo < DATELINE_WORDS and (w.txt[k] == "," and k > lo or w.txt[k].isupper() and len(w.txt[k]) > 1):
        k += 1
    if k >= hi or not any(w.txt[j].isalpha() and len(w.txt[j]) >= 4 for j in range(lo, k)):
        return lo  # (a place word of four letters or more: "US - China trade talks" opens no dateline)
    if w.txt[k] == "(":
        close = _index(w.txt, ")", k + 1, min(hi, k + DATELINE_WORDS))
        k = close + 1 if close > 0 else k
    return k + 1 if k + 1 < hi and w.txt[k] in DASHES else lo
