"""Who said it: speaker mentions read from the tokens around a reporting verb, the names of a document, and
pronoun resolution.

The speaker mention is the grammatical subject of the reporting verb found by position: a pronoun, a run of
capitalised words (with titles such as "President", "White House spokesman"), or a short noun phrase ("a senior
official"). A pronoun (he/she) is resolved to the nearest person-like name before it outside quotation marks
that is the subject of its sentence (within a few paragraphs; else the nearest name), it/they to the most recent
organisation or plural noun phrase; he/she skip a name the article marks with the other gender.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter

import numpy as np
from lemminflect import getAllLemmas

from analysis.gazetteer import gazetteer
from analysis.quotes.cues import cue_at, is_verb_form
from analysis.quotes.document import Doc
from analysis.quotes.tokens import (CUE, END, IF_SURNAME, NAME, ORG, ORG_MENTION, PERSON_MENTION, UPPER, Words,
                                    dot_continues, gender_evidence, lemma, name_runs)
from analysis.quotes.vocabulary import (ACRONYM_NOUNS, ADJUNCT_PREPOSITIONS, ARTICLES, ASIDE_OPENERS,
                                        CLAUSE_AUXILIARIES, COMPANION_NOUNS, CONNECTORS, DETERMINERS, DOCUMENT_NOUNS,
                                        FINITE_VERB_FORMS, FIRST_NAME_GENDERS, GROUP_NOUNS, INDEFINITE_PRONOUNS,
                                        INVERTED_CUES, IRREGULAR_PAST, ISSUING_VERBS, KIN_NOUNS, LEADING_VERBS,
                                        NOT_NAMES, NP_BOUNDARY, NP_FORWARD_STOP, OFFICE_WORDS, OPENING_PREPOSITIONS,
                                        ORG_REFERENCE_NOUNS, ORG_WORDS,
                                        OUTLET_ENDINGS, OUTLET_NOUNS, OWNER_PRONOUNS, PARTY_MEMBERS, PERSON_TITLES,
                                        PRONOUNS, PRONOUN_CONTRACTIONS, QUANTITY_WORDS, REGIONS, ROLE_TITLES,
                                        SENTENCE_ADVERBS,
                                        SETTING_NOUNS, SIDE_GROUPS, SKIP_BEFORE_CUE, SOURCE_LINKS, SPEAKING_THINGS,
                                        SUBORDINATORS, TIME_MODIFIERS, TIME_NOUNS, TIME_WORDS)
from analysis.quotes.wordclass import describing_word, ly_adverb, noun_or_adjective, noun_no_adjective, only_adjective

POSSESSIVE_ENDINGS = ("'s", "\u2019s")
_PARTY_CODE = re.compile(r"[DRI]-[A-Z]")  # the token of a party and state code ("D-Calif", "R-N")
NOUN_PHRASE_BACK = 6  # tokens a common-noun speaker phrase spans before its head ("the party's senior official")
SKIPPED_BEFORE_CUE = 6  # adverbs, auxiliaries and time words between a subject and its verb, at most
APPOSITION = 14  # tokens between the commas of an apposition or aside ("Gibbs, the White House spokesman, said")
NOUN_PHRASE_FORWARD = 9  # tokens of a speaker phrase after an inverted verb ("said the White House's chief of staff")
INVERSION_BEFORE = frozenset((",", '"', "\u201d", "''"))  # before a verb that its subject follows ('"...," said X')
ROLE_WORDS = 4  # words of a role mention at most ("the former Texas governor")
ROLE_NAME_WORDS = 3  # words of the name a role stands for at most ("Stephanie Rawlings-Blake")
_OFFICE = r"of\s+(?:the\s+)?(?-i:[A-Z])\S*(?:\s+(?:and\s+)?(?-i:[A-Z])\S*)*\s+"  # "of Health and Human Services "
TITLE_BEFORE_NAME = re.compile(r"\b(vice\s+)?(%s)\.?\s+(?:%s)?\Z"
                               % ("|".join(sorted(frozenset().union(*ROLE_TITLES.values()))), _OFFICE), re.IGNORECASE)
"""A title of :data:`ROLE_TITLES` right before a name ("Gov. ", "Senator "; group 1: "Vice "), or with the office
it holds ("Secretary of Health and Human Services "), searched for in the :data:`TITLE_REACH` characters before
it."""
JOINT_OPENERS = frozenset(("the", "other"))  # before the last name of a list ("Boehner and other Republican leaders")
PHRASE_END_PRONOUNS = frozenset(("them", "him", "her"))  # a phrase's last word: "most of them", "close to him"
MONTHS = frozenset(("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                    "november", "december"))
ORDER_WORDS = frozenset(("next", "last", "first", "other", "same", "only"))  # between an article and a number
GROUP_LINKS = frozenset(("of", "on", "for", "at", "in"))  # between a group or person and what it is of ("an expert on")
PARTITIVES = frozenset(("some", "many", "most", "several", "all", "both", "few", "none"))  # "Some of the ..."
NUMBER_WORDS = frozenset(("a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                          "several", "few", "many"))  # before a unit of time ("two weeks ago")
ORG_LINKS = frozenset(("on", "for"))  # words inside an organisation's name after its organisation word
ROLE_TITLE_WORDS = frozenset().union(*ROLE_TITLES.values())  # the titles of ROLE_TITLES, lower case, no dot
OFFICE_WORDS_BACK = 6  # words of an office after a title and "of" ("Health and Human Services")
TITLE_REACH = 64  # characters before a name that hold its title with "Vice " or its office, and the spaces between
SPANS_OF_TIME = frozenset(("days", "weeks", "months", "years", "hours", "decades"))  # ("in recent days")
ROLE_ENDINGS = frozenset(role[-4:] for role in ROLE_TITLES)  # a cheap first test of a mention's last word
SUBJECT_PARAS = 3  # paragraphs back in which he / she prefers the subject of a sentence to a nearer name
SUBJECT_SENTENCES = 10  # ... and sentences back, in a long paragraph
BRACKET_ASIDE = 6  # tokens of a bracket between a name and its verb ("Sen. Claire McCaskill (D-Mo.) said")


@dataclass
class Mention:
    start: int
    end: int
    text: str
    name: str          # the name the mention stands for (the mention itself unless resolved)
    name_start: int = -1
    name_end: int = -1


def _office_and(w: Words, p: int, lo: int) -> bool:
    """Token ``p`` is the "and" inside an office after a title and "of" ("Secretary of Health and Human Services",
    "Secretary of Housing and Urban Development"), not one that joins two names."""
    low = w.low
    return low[p] == "and" and p - 3 >= lo and w.is_name(p - 1) and low[p - 2] == "of" and low[p - 3] in PERSON_TITLES


def _title_of_office(w: Words, j: int) -> int | None:
    """The index of the title whose office ends at token ``j`` ("Secretary of State", "Secretary of Health and
    Human Services", "Speaker of the House"), or ``None``."""
    low = w.low
    k = j
    while k >= 2 and j - k < OFFICE_WORDS_BACK and (w.is_name(k) or low[k] == "the" or _office_and(w, k, 0)):
        k -= 1
    return k - 1 if k < j and k >= 1 and low[k] == "of" and low[k - 1] in PERSON_TITLES else None


def _cap_run_back(w: Words, j: int, lo: int) -> int:
    """Index of the first token of the capitalised run ending at ``j`` (titles, connectors, and "on" or "for"
    after an organisation word included; not before ``lo``)."""
    low = w.low
    k = j
    while k - 1 >= lo:
        p = k - 1
        if w.is_name(p) or (low[p] in CONNECTORS and k - 2 >= lo and (w.is_name(k - 2) or low[k - 2] in CONNECTORS)) \
                or low[p] in PERSON_TITLES or w.is_possessive(p) or w.is_title_dot(p) \
                or low[p] in ORG_LINKS and k - 2 >= lo and low[k - 2] in ORG_WORDS and w.is_name(k - 2) \
                or _office_and(w, p, lo):
            k -= 1
            continue
        if low[p] == "of" and k - 2 >= lo and w.txt[k - 2] == ")" and w.is_name(k) \
                and (b := _before_bracket(w, k - 2, lo)) < k - 2 and w.is_name(b):
            k = b  # "House Speaker Paul Ryan (R) of Wisconsin": the name, its party and its state
            continue
        break
    while k <= j and low[k] in CONNECTORS:
        k += 1
    if k - 1 >= lo and low[k - 1] == "the":
        k -= 1
    return k


def _np_back(w: Words, j: int, limit: int, lo: int) -> int | None:
    """Start index of a noun phrase ending at token ``j`` (read backwards, a common-noun phrase not before
    ``limit``, a capitalised run not before ``lo``), or ``None``."""
    low, txt = w.low, w.txt
    if low[j] in PRONOUNS:
        if low[j] == "he" and j > lo and w.starts_upper(j) and w.is_name(j - 1) and not w.fl[j - 1] & END:
            return _cap_run_back(w, j - 1, lo)  # a name's last word, not a pronoun ("Vice Premier Liu He told")
        return j
    if w.is_name(j) or w.is_acronym(j):
        return _cap_run_back(w, j, lo)
    if not w.starts_alpha(j) or low[j] in NP_BOUNDARY or low[j] in DETERMINERS or low[j].endswith("ed"):
        return None  # not a word, a function word, or a verb form
    k = j
    while k - 1 >= limit and j - k < NOUN_PHRASE_BACK:
        p = k - 1
        if low[p] in DETERMINERS:
            if p - 2 >= limit and low[p - 1] in ORDER_WORDS and low[p - 2] in ("the", "these", "those"):
                p -= 2  # ("the next two states", "the other three candidates")
            return p
        if not w.starts_upper(p) and (low[p].endswith("ed") and is_verb_form(low[p]) or low[p] in IRREGULAR_PAST) \
                and p - 1 >= limit and (w.is_name(p - 1) or low[p - 1] in PRONOUNS) \
                and not low[p - 1].endswith(POSSESSIVE_ENDINGS):
            break  # the verb of a name before it ends the phrase: "Ban Ki-moon condemned Palestinian rocket attacks"
            # (not an adjective: "the unverified memos", "The assembled speakers", "Hillary Clinton's embattled
            # foundation")
        if txt[p] in ("'s", "’s") or txt[p] == "-" and w.en[p] == w.st[k] and p > 0 and w.en[p - 1] == w.st[p] \
                or (w.starts_alnum(p) and low[p] not in NP_BOUNDARY):
            k -= 1  # (a hyphen inside a word, not a dash between two: "$1 million -- supporters noted")
            continue
        if low[p] == "and" and p - 1 >= limit and w.is_name(p - 1) and w.is_name(k):
            k -= 1  # "Republican House and Senate candidates"
            continue
        break
    return k


def _head_name(w: Words, a: int, b: int) -> tuple[int, int] | None:
    """The last run of name tokens inside tokens a..b (inclusive), as token indexes (across "on" and "for" after an
    organisation word: "House Permanent Select Committee on Intelligence"), without the person titles it opens
    with, unless it ends in an organisation word."""
    low = w.low
    j = b
    while j >= a and not w.is_name(j):
        j -= 1
    if j < a:
        return None
    k = j
    while k - 1 >= a and (w.is_name(k - 1) or low[k - 1] in CONNECTORS or _office_and(w, k - 1, a)
                          or low[k - 1] in ORG_LINKS and k - 2 >= a and low[k - 2] in ORG_WORDS and w.is_name(k - 2)):
        k -= 1  # ("Senate Committee on Foreign Relations", "Center for American Progress")
    if low[k] == "of" and k - 2 >= a and w.txt[k - 1] == ")" and (b := _before_bracket(w, k - 1, a)) < k - 1 \
            and w.is_name(b):
        return _head_name(w, a, b)  # "Paul Ryan (R) of Wisconsin": the name before the party and the state
    if low[j] in ORG_WORDS:
        return k, j  # an organisation's name keeps a title word in it ("Justice Department")
    while k < j and (low[k] in PERSON_TITLES or low[k] in CONNECTORS
                     or w.is_acronym(k) and low[k + 1] in PERSON_TITLES and low[k + 2] == "of"):
        # (an acronym before a title and its office: "U.S. Secretary of")
        if low[k] == "of" and k + 2 < j and k - 1 >= a and low[k - 1] in PERSON_TITLES:
            # "Secretary of State John Kerry", "Speaker of the House Paul Ryan": the office goes with the title;
            # an office of several words ends before a first name ("Secretary of Health and Human Services Alex
            # Azar")
            first = _first_name_in(w, k + 2, j - 1)
            if first is not None:
                k = first
                break
            k += 1 + (low[k + 1] == "the" and k + 2 < j)
        k += 1
    person = _person_of(w, k, j)
    return person if person is not None else (k, j)


def _person_of(w: Words, k: int, j: int) -> tuple[int, int] | None:
    """The person's name (first and last token) before an "of" in the run of tokens ``k`` to ``j``: two name
    words or more after the run's last title, neither a title nor an organisation word ("House Speaker Nancy
    Pelosi of California", "Lee Wang of The Intercept"; not "Bank of America", "Department of Justice"), or
    ``None``."""
    low = w.low
    of = next((x for x in range(k + 2, j) if low[x] == "of"), None)
    if of is None:
        return None
    def name_word(x: int) -> bool:
        return w.is_name(x) and low[x] not in ORG_WORDS and low[x] not in SIDE_GROUPS and "." not in w.txt[x] \
            and not w.is_acronym(x)

    first = of - 1  # (the name's last word may be a title word, "Steve King", but not an office)
    if not name_word(first) or low[first] in OFFICE_WORDS:
        return None  # ("California Superintendent of Public Instruction Tom Torlakson")
    while first - 1 >= k and name_word(first - 1) and low[first - 1] not in PERSON_TITLES:
        first -= 1
    if first > k and low[first - 1] not in PERSON_TITLES:
        return None  # after another word ("U.S. Chamber of Commerce")
    return (first, of - 1) if of - first >= 2 else None


def mention(text: str, w: Words, a: int, b: int) -> Mention:
    """The mention of tokens ``a`` to ``b``; its name is the last run of name words in it, if it ends in a name
    ("White House spokesman Robert Gibbs" -> "Robert Gibbs") or in a document after a name ("The Justice
    Department statement" -> "Justice Department")."""
    s, e = w.st[a], w.en[b]
    head = _head_name(w, a, b) if w.is_name(b) or w.is_upper(b) else None
    o = -1 if head is None or head[0] <= a + 2 else next((o for o in range(a + 2, head[0]) if w.low[o] == "of"), -1)
    if o > 0 and all(w.is_name(x) or w.is_title(x) for x in range(a, o)):
        person = _person_of(w, a, b) or _head_name(w, a, o - 1)  # "Nikki Burdine of CNN affiliate WUSA"
        if person is not None and person[1] < o and sum(not w.is_title(x) for x in range(person[0], o)) >= 2:
            head = person
    if head is None and b > a and w.low[b] in DOCUMENT_NOUNS:
        # "The Justice Department statement", "Schiff's statement": named by its author
        k = b - 1 if not w.is_possessive(b - 1) else b - 2
        if k >= a and (w.is_name(k) or w.is_upper(k)):
            head = _head_name(w, a, k)
            if head is not None and w.txt[head[1]].endswith(POSSESSIVE_ENDINGS):
                hs, he = w.st[head[0]], w.en[head[1]] - 2
                return Mention(s, e, text[s:e], text[hs:he], hs, he)
    if head:
        hs, he = w.st[head[0]], w.en[head[1]]
        return Mention(s, e, text[s:e], text[hs:he], hs, he)
    return Mention(s, e, text[s:e], text[s:e], s, e)


def apposition(text: str, w: Words, start: int, head: int, first: int, end: int) -> Mention:
    """The mention of tokens ``start`` to ``end``, a noun phrase (``start`` to ``head``) and its apposition (from
    ``first``): named by the apposition when that ends in a name and opens with no determiner ("a spokesman for
    the State Department, John Kirby" -> John Kirby), else by the noun phrase before the comma ("Gov. Chris
    Christie (R), a staunch ally" -> Chris Christie, "Eric Fehrnstrom, a former senior adviser to Romney" -> Eric
    Fehrnstrom), and when the apposition's name comes after a preposition ("Mark Mahaney, technology analyst at RBC
    Capital Markets" -> Mark Mahaney, "Michael V. Hayden, former director of the CIA and NSA" -> Michael V.
    Hayden)."""
    m = mention(text, w, start, end)
    if first == end and _PARTY_CODE.match(w.txt[first]):
        before = mention(text, w, start, head)  # "Sen. Bob Menendez, D-NJ, Tuesday offered": the party code
        return Mention(m.start, m.end, m.text, before.name, before.name_start, before.name_end)
    if (w.is_name(end) or w.is_upper(end)) and w.low[first] not in DETERMINERS and w.low[end] not in PARTY_MEMBERS:
        # (not a place and a party: "Rep. Tom Cole, Oklahoma Republican, said" -> Tom Cole)
        named = _head_name(w, first, end)
        if not (named and named[0] > first and not ADJUNCT_PREPOSITIONS.isdisjoint(w.low[first:named[0]])):
            # not a name inside a prepositional phrase ("Mark Mahaney, analyst at RBC Capital Markets", "Michael V.
            # Hayden, former director of the CIA and NSA")
            return m
    before = mention(text, w, start, head)
    return Mention(m.start, m.end, m.text, before.name, before.name_start, before.name_end)


def _nickname_mark(w: Words, k: int) -> bool:
    """Token ``k`` is a quotation mark around a nickname of one word inside a name (Robert "Rocky" Kempenaar)."""
    txt = w.txt
    if txt[k] != '"' or k < 2 or k + 2 >= len(txt):
        return False
    if txt[k - 2] == '"':  # the closing mark
        return w.is_name(k - 1) and w.is_name(k + 1) and k >= 3 and w.is_name(k - 3)
    return txt[k + 2] == '"' and w.is_name(k + 1) and w.is_name(k - 1) and k + 3 < len(txt) and w.is_name(k + 3)


def resident(text: str, w: Words, j: int, limit: int, lo: int) -> Mention | None:
    """The person named before an age and home town that the comma at token ``j`` closes ("Janice Adkison, 52,
    of Florida, who said"), or ``None``."""
    after = _after_residence(w, j, limit)
    return _resident(text, w, after, limit, lo) if after is not None else None


def _resident(text: str, w: Words, after: int, limit: int, lo: int) -> Mention | None:
    """The noun phrase that ends right before the comma at token ``after``."""
    head = _np_back(w, after - 1, limit, lo) if w.starts_alnum(after - 1) else None
    return mention(text, w, head, after - 1) if head is not None else None


def _after_residence(w: Words, j: int, limit: int) -> int | None:
    """The comma right after a person's name when the comma at token ``j`` closes the age and home town that
    follow it (", 52, of Florida,", ", from Lamoni, Iowa,", ", 37, of Carson City, Nevada,"), else ``None``."""
    low = w.low
    if not w.txt[j - 1].isdigit() and "of" not in low[max(limit, j - APPOSITION):j] \
            and "from" not in low[max(limit, j - APPOSITION):j]:
        return None  # (most appositions: neither an age right before the comma nor a home town)
    commas = []
    k = j - 1
    while k >= limit and j - k <= APPOSITION and len(commas) < 3:
        if w.txt[k] == ",":
            commas.append(k)
        elif w.txt[k] in (".", ":", ";", '"'):
            break
        k -= 1
    ends = [j] + commas  # each piece runs from the comma after ends[i + 1] to the one before ends[i]

    def piece(i: int) -> tuple[int, int] | None:
        return (ends[i + 1] + 1, ends[i] - 1) if i + 1 < len(ends) and ends[i + 1] + 1 <= ends[i] - 1 else None

    def names(p) -> bool:
        return p is not None and all(w.is_name(x) or w.low[x] in CONNECTORS for x in range(p[0], p[1] + 1))

    def home(p) -> bool:
        return p is not None and w.low[p[0]] in ("of", "from") and p[0] < p[1] and names((p[0] + 1, p[1]))

    def age(p) -> bool:
        return p is not None and p[0] == p[1] and w.txt[p[0]].isdigit()

    i = 0
    if names(piece(0)) and home(piece(1)):
        i = 2  # ", from Lamoni, Iowa,": the state after the town
    elif home(piece(0)):
        i = 1
    if age(piece(i)):
        i += 1  # ", 52, of Florida,"
    elif i == 0:
        return None
    return ends[i] if i < len(ends) and ends[i] > limit else None


ASIDES_REACH = 40  # tokens of the asides between a name and its verb read back


def _before_asides(text: str, w: Words, j: int, limit: int, lo: int) -> Mention | None:
    """The name before two asides or more, or before one that opens with a participle and a place, set off by
    commas before the verb (the comma at token ``j``): "Cesar Castaneda, 27, who works at Karina's Tacos, on the
    corner of where the second accident occurred, said" -> Cesar Castaneda; "Obama, speaking in Hilliard, Ohio,
    pointed to" -> Obama. An aside opens with a word of :data:`ASIDE_OPENERS`, a participle or a number (an
    age), or is a name after one of them (the state after a town); ``None`` when the words before the asides are
    no name."""
    txt, low = w.txt, w.low
    f = j - 1  # the first word of the piece before the verb's comma: an aside's opener or a name (most are neither)
    while f > limit and j - f <= APPOSITION and txt[f - 1] != ",":
        f -= 1
    if f <= limit or txt[f - 1] != "," or not (low[f] in ASIDE_OPENERS or low[f].endswith("ing") or w.is_name(f)
                                               or low[f][:1].isdigit()):
        return None
    commas = []
    k = j - 1
    while k >= limit and j - k <= ASIDES_REACH:
        if txt[k] == ",":
            commas.append(k)
        elif txt[k] in (".", ":", ";", '"') and not dot_continues(w, k):
            break
        k -= 1
    ends = [j] + commas
    pieces = [(ends[i + 1] + 1, ends[i] - 1) for i in range(len(ends) - 1)]  # from the verb back

    def place_opener(p: tuple[int, int]) -> bool:  # "in Hilliard", "speaking in Hilliard", "from Lamoni"
        first = p[0]
        return low[first] in ("in", "at", "from") or low[first].endswith("ing") and first < p[1] \
            and low[first + 1] in ("in", "at", "from")

    peeled = 0
    for i, (first, last) in enumerate(pieces):
        if first > last:
            return None
        aside = low[first] in ASIDE_OPENERS \
            or low[first].endswith("ing") and low[first] != "including" and not w.starts_upper(first) \
            or low[first].isdigit() and first == last \
            or i + 1 < len(pieces) and all(map(w.is_name, range(first, last + 1))) and place_opener(pieces[i + 1])
        if not aside:
            break
        peeled += 1
    head = ends[peeled] - 1
    if peeled < 2 and not (peeled == 1 and low[ends[1] + 1].endswith("ing")) or not w.is_name(head):
        return None
    start = _np_back(w, head, limit, lo)
    return mention(text, w, start, head) if start is not None else None


def _outer_aside(text: str, w: Words, start: int, limit: int, lo: int) -> Mention | None:
    """The name before a second aside that holds the phrase at token ``start`` (the head of a relative clause set
    off before the verb): "Charles Franklin, who runs the Marquette University Law School poll, which is tracking
    ..., said" -> Charles Franklin; "Scott Rasmussen, founder of Rasmussen Reports, which has ..., said" -> Scott
    Rasmussen. The phrase is inside the aside when words stand between it and that aside's comma; else ``None``."""
    txt = w.txt
    k = start - 1
    while k >= limit and txt[k] not in (",", ".", ":", ";", '"') and start - k < APPOSITION:
        k -= 1
    if k < limit + 1 or txt[k] != "," or k + 1 >= start:
        return None
    head = _before_bracket(w, k - 1, limit)
    if not w.is_name(head):
        return None
    first = _np_back(w, head, limit, lo)
    return mention(text, w, first, head) if first is not None else None


def _before_bracket(w: Words, j: int, limit: int) -> int:
    """The token before a short bracket that ends at token ``j`` ("McCaskill (D-Mo.)", "Christie (R)"): a party
    and state code or other aside between a name and its verb or apposition; ``j`` when token ``j`` closes no
    such bracket."""
    if w.txt[j] != ")":
        return j
    k = j - 1
    while k > limit and j - k <= BRACKET_ASIDE and w.txt[k] not in ("(", ")", '"'):  # ("(R., Ill.)" has a comma)
        k -= 1
    if k > limit and w.txt[k] == "(" and k < j - 1 and w.starts_alnum(k - 1):
        return k - 1
    return j


def time_phrase_start(low: list[str], j: int, limit: int) -> int:
    """The first token of a time phrase that ends at token ``j`` (a noun of :data:`TIME_NOUNS` after words of
    :data:`TIME_MODIFIERS`: "earlier this summer", "the next day", "a few months", "for the past few days"), not
    before token ``limit``; ``j + 1`` when none ends there."""
    if low[j] not in TIME_NOUNS or j - 1 < limit or low[j - 1] not in TIME_MODIFIERS:
        return j + 1
    k = j - 1
    while k - 1 >= limit and low[k - 1] in TIME_MODIFIERS:
        k -= 1
    return k


def subject_before(text: str, w: Words, i: int, limit: int, lo: int) -> Mention | None:
    """The speaker noun phrase before the reporting verb at token ``i`` (not before token ``limit``; a
    capitalised run not before ``lo``, the start of the stretch read)."""
    low, txt = w.low, w.txt
    j = i - 1
    steps = 0
    while j >= limit and steps < SKIPPED_BEFORE_CUE:
        t = low[j]
        # "Pelosi also said", "Gibbs on Monday told", "Smith repeatedly warned", "X, in a statement, said" (not "The
        # statement said": the statement is the subject)
        if (t in SKIP_BEFORE_CUE or t in SENTENCE_ADVERBS) and t not in PRONOUNS and not (t in MONTHS and w.is_name(j)) \
                and not (t in ("statement", "interview") and (j == limit or low[j - 1] not in ("a", "an"))) \
                or (ly_adverb(t) and not w.starts_upper(j) and len(t) > 4) \
                or t in TIME_WORDS:
            j -= 1
            steps += 1
            continue
        if j - 3 >= limit and w.is_name(j) and not SETTING_NOUNS.isdisjoint(low[j - NOUN_PHRASE_BACK:j]):
            k = _cap_run_back(w, j, limit)
            if k - 2 >= limit and low[k - 1] in ("with", "to") and low[k - 2] in SETTING_NOUNS:
                j, steps = k - 2, steps + 1  # "Nixon in an interview with CNN said": the interviewer is no subject
                continue
        if t in MONTHS and j - 2 >= limit and low[j - 1] in ("in", "on", "since", "until"):
            j -= 2  # "The director in July said": the time of the act
            steps += 1
            continue
        if t in SPANS_OF_TIME and j - 3 >= limit and low[j - 1] in ("recent", "past", "last") \
                and low[j - 2] in ("in", "over", "the", "for"):
            j -= 3 if low[j - 2] != "the" else 4  # "The intense lobbying in recent days suggests", "over the past weeks"
            steps += 1
            continue
        if t == "to" and (v := leading_verb_at(low, j, limit)) >= 0:
            j = v - 1  # "Trump continued to insist": the subject of "continued"
            steps += 1
            continue
        if t in TIME_NOUNS and (k := time_phrase_start(low, j, limit)) <= j:
            j, steps = k - 1, steps + 1  # "who earlier this summer said": the time of the act, not its subject
            continue
        if t.endswith("ed") and lemma(w.txt[j]) in ISSUING_VERBS and j - 1 > limit and w.starts_alpha(j - 1) \
                and not w.starts_upper(j - 1) and low[j - 1] not in PRONOUNS and steps > 0:
            j -= 1  # "A news report published Wednesday said": the text's issuing, after its time
            steps += 1
            continue
        if t == "ago" and j - 2 >= limit:  # "The Pentagon two weeks ago banned": the time before "ago"
            j -= 3 if low[j - 2][:1].isdigit() or low[j - 2] in NUMBER_WORDS else 2
            continue
        break
    if j < limit:
        return None
    if j + 1 < i and low[j + 1] in ("who", "which") and low[j] in FINITE_VERB_FORMS:
        return None  # a question word after a verb, no subject: "Bloomberg did not say who had asked"
    if txt[j] == ")":
        j = _before_bracket(w, j, limit)
    if txt[j] == "," and j - 3 >= limit and low[j - 1] in SENTENCE_ADVERBS and txt[j - 2] == ",":
        j -= 3  # a sentence adverb set off by commas is no apposition: "Proponents of the new bill, however, say"
    if txt[j] == ",":
        after = _after_residence(w, j, limit)
        if after is not None:  # "Cummings, from Lamoni, Iowa, said"
            return _resident(text, w, after, limit, lo)
        peeled = _before_asides(text, w, j, limit, lo)
        if peeled is not None:  # "Cesar Castaneda, 27, who works at Karina's Tacos, on the corner of ..., said"
            return peeled
        # apposition or relative clause: "Robert Gibbs, the White House spokesman, said" / "X, who ..., said"
        k = j - 1
        # (a full stop that ends no sentence stays inside: "McCaskill, D-Mo., said")
        while k >= limit and (txt[k] not in (",", ".", ":", ";", '"') or dot_continues(w, k) or _nickname_mark(w, k)) \
                and j - k < APPOSITION:
            k -= 1
        if k >= limit + 1 and txt[k] == ",":
            inner_first = k + 1 if k + 1 < j else None
            head = _before_bracket(w, k - 1, limit)  # "Gov. Chris Christie (R), a staunch ally, said"
            if _PARTY_CODE.match(txt[head]) and head - 2 >= limit and txt[head - 1] == ",":
                head -= 2  # "Sen. Kay Bailey Hutchison, R-Texas, who ..., said": the name before its party code
            start = _np_back(w, head, limit, lo) if w.starts_alnum(head) else None
            if start is not None and inner_first is not None:
                outer = _outer_aside(text, w, start, limit, lo) if low[inner_first] in ASIDE_OPENERS else None
                if outer is not None:
                    return outer
                if low[inner_first] in ASIDE_OPENERS:
                    return mention(text, w, start, head)  # "X, who ..., said": X
                return apposition(text, w, start, head, inner_first, j - 1)  # "X, the spokesman, said"
        return None
    if low[j] in PHRASE_END_PRONOUNS and j - 2 >= limit and low[j - 1] in ("of", "to", "with") \
            and w.starts_alpha(j - 2):
        # "most of them said", "a source close to him said": the phrase the pronoun ends
        start = j - 2 if low[j - 2] in DETERMINERS else _np_back(w, j - 2, limit, lo)  # ("some of them")
        return mention(text, w, start, j) if start is not None and low[j - 2] not in PRONOUNS else None
    if low[j - 1] == "those" and j - 1 >= limit and low[j].endswith("ed"):
        return mention(text, w, j - 1, j)  # "those surveyed said", "those polled say"
    start = _np_back(w, j, limit, lo)
    if start is None and _a_number(low[j]) and _share_start(w, j, limit) < j:
        start = j  # "Two in three said", "About 4 in 10 say": a share of the people polled
    if start is not None:
        start = _share_start(w, start, limit)
    if start is not None and start - 4 >= limit and low[start - 1] == "as" and low[start - 2] in ("who", "which") \
            and txt[start - 3] == ",":  # "Clinton, who as first lady once accused": Clinton, not the role
        head = _np_back(w, start - 4, limit, lo)
        return mention(text, w, head, start - 4) if head is not None else None
    if start is not None and start - 3 >= lo and low[start] == "the" and low[start - 1] == "of" \
            and w.is_name(start - 2):
        first = _cap_run_back(w, start - 2, lo)
        person = _person_of(w, first, j)
        if person is not None and person[1] == start - 2:  # "Lee Wang of The Intercept asked": Lee Wang
            m = mention(text, w, first, start - 2)
            return Mention(w.st[first], w.en[j], text[w.st[first]:w.en[j]], m.name, m.name_start, m.name_end)
    if start is not None and start > limit and low[start - 1] in OPENING_PREPOSITIONS and j + 1 == i \
            and w.starts_alpha(i) and (start - 1 == limit or not w.starts_alnum(start - 2)):
        # "Alongside BLM calls for action, ...": the object of an opening preposition is not the subject of the
        # verb right after it ("Unlike Mr. Obama, who said ...": the relative clause's subject is)
        return None
    if start is not None and start > limit and low[start - 1] == "at":
        if low[start] not in ("least", "most"):
            return None  # "but at the same time acknowledged": a time, no subject
        start -= 1  # "At least five men accused"
    elif start is not None and start - 2 >= limit and low[start - 1] in ("least", "most") and low[start - 2] == "at":
        start -= 2  # "At least one GOP insider told": the determiner "one" after "at least"
    if start is None:
        return None
    return _group_of(text, w, start, j, limit) or _joint(text, w, start, j, limit) \
        or _name_before_open_role(text, w, start, limit, lo) or mention(text, w, start, j)


def _a_number(word: str) -> bool:
    """A number in digits or a number word ("4", "two"; not "a", "few")."""
    return word[:1].isdigit() or word in NUMBER_WORDS and word not in ("a", "an", "several", "few", "many")


def _share_start(w: Words, start: int, limit: int) -> int:
    """The first token of a share of a group that ends with the noun phrase at token ``start``: "Two in three
    (voters)", "4 out of 10", "About 4 in 10" (the words before the phrase's number); ``start`` when there is none."""
    low = w.low
    if not _a_number(low[start]):
        return start
    k = start - 1
    if k - 1 >= limit and low[k] == "of" and low[k - 1] == "out":
        k -= 1  # "4 out of 10"
    if k - 1 >= limit and low[k] in ("in", "out") and _a_number(low[k - 1]):
        k -= 1
        if k - 1 >= limit and low[k - 1] in QUANTITY_WORDS:
            k -= 1  # "About 4 in 10"
        return k
    return start


ROLE_PHRASE_WORDS = 5  # words of "president and CEO of" between a name's comma and the organisation


def _name_before_open_role(text: str, w: Words, start: int, limit: int, lo: int) -> Mention | None:
    """The name before a role set off by a comma that the writer did not close, when the phrase at token ``start``
    is the organisation of that role ("Dean Garfield, president and CEO of the Information Technology Industry
    Council (ITI) said" -> Dean Garfield), else ``None``."""
    low = w.low
    k = start - 1
    if k <= limit or low[k] not in ("of", "at", "for"):
        return None
    c = k - 1
    while c > limit and k - c <= ROLE_PHRASE_WORDS and w.txt[c] != "," and (
            a_role(low[c]) or low[c] in ("and", "the", "a", "an") or w.is_upper(c) or describing_word(low[c])):
        c -= 1
    if c <= limit or w.txt[c] != "," or not any(a_role(low[x]) or w.is_upper(x) for x in range(c + 1, k)) \
            or not w.is_name(c - 1):
        return None
    first = _np_back(w, c - 1, limit, lo)
    return mention(text, w, first, c - 1) if first is not None else None


SOURCE_LINK_ENDS = frozenset(link[-1] for link in SOURCE_LINKS)  # the last words of those (a quick first test)


def _group_of(text: str, w: Words, start: int, j: int, limit: int) -> Mention | None:
    """A group noun of :data:`GROUP_NOUNS` (or one of the group or a title after a determiner: "a resident of",
    "an expert on urban crime", "a spokeswoman for") and "of" or "in" ("insiders in the next two states"; "on",
    "for", "at" after one of the group) before the
    phrase from token ``start`` to ``j``, opening the clause or following a subordinator ("Trustees of
    the Social Security and Medicare Trust Fund last week warned", "when a resident of an apartment complex told
    them"): the whole phrase; or ``None``."""
    low = w.low
    k = start
    while k - 2 >= limit and low[k - 1] == "and" and w.is_name(k - 2):  # ("Social Security and Medicare ...")
        k = _cap_run_back(w, k - 2, limit)
    link = next((len(p) for p in SOURCE_LINKS if k - len(p) - 1 >= limit and tuple(low[k - len(p):k]) == p), 0) \
        if k - 2 >= limit and low[k - 1] in SOURCE_LINK_ENDS else 0
    g = k - link - 1
    if link and (low[g] in GROUP_NOUNS or low[g] + "s" in GROUP_NOUNS or low[g] == "people"):
        # "Sources close to the president said", "people familiar with the matter", "Two officials with knowledge
        # of the Trump campaign's plans", "Officials on the sidelines of this week's talks": the group speaks
        if g - 1 >= limit and (low[g - 1] in DETERMINERS or low[g - 1] in NUMBER_WORDS or low[g - 1].isdigit()):
            g -= 1
        s, e = w.st[g], w.en[j]
        return Mention(s, e, text[s:e], text[s:e], s, e)
    if k - 3 >= limit and low[k - 1] == "the" and low[k - 2] in GROUP_LINKS:
        k -= 1  # ("an official in the Obama administration")
    if k - 2 < limit or low[k - 1] not in GROUP_LINKS:
        return None
    g = k - 2
    if g - 1 >= limit and low[g].endswith("ed") and low[g - 1] in GROUP_NOUNS:
        g -= 1  # a participle between: "Officials involved in the investigation said"
    adjective = g - 2 >= limit and low[g - 1] not in DETERMINERS and low[g - 2] in ("a", "an") \
        and w.starts_alpha(g - 1) and not w.starts_upper(g - 1) and describing_word(low[g - 1])
    if adjective:  # "a senior official in the Obama administration told": the adjective is part of the phrase
        g -= 1
    # "a resident of", "an expert on urban crime", "a spokeswoman for the agency"
    head = g + 1 if adjective else g
    one = (low[head] + "s" in GROUP_NOUNS or low[head] in PERSON_TITLES) and g - 1 >= limit \
        and low[g - 1] in DETERMINERS
    if low[head] not in GROUP_NOUNS and not one or low[k - 1] not in ("of", "in") and not one:
        return None
    if low[k - 1] == "in" and (low[k] in MONTHS or low[k] in TIME_WORDS or low[k][:1].isdigit()):
        return None  # a time, not what the group is of: "The director in July said"
    for _ in range(2):  # ("a senior official": "senior" opens a speaker phrase too)
        if g - 1 >= limit and low[g - 1] in DETERMINERS:
            g -= 1
    if g > limit and not (w.fl[g - 1] & END or w.txt[g - 1] in (",", ":", ";") or low[g - 1] in SUBORDINATORS
                          or low[g - 1] in ("but", "and") and (g - 1 == limit or w.fl[g - 2] & END)):
        return None  # (a sentence may open with "But": "But a member of his own opioid commission said")
    s, e = w.st[g], w.en[j]
    return Mention(s, e, text[s:e], text[s:e], s, e)


def _joint(text: str, w: Words, start: int, j: int, limit: int) -> Mention | None:
    """Names joined by "and" (and commas) that open their clause, ending with the phrase from token ``start`` to
    ``j``: one mention named by all of them ("U.S. Reps. John Lewis, Andre Carson and Emanuel Cleaver said",
    "The United States and China are pledging"), or ``None``. The speakers speak together; no one of them is
    the speaker."""
    low = w.low
    if not w.is_name(start if low[start] not in JOINT_OPENERS else start + 1) and low[start] not in OWNER_PRONOUNS \
            and not (start == j and low[j] in COMPANION_NOUNS):
        return None  # (the last may be "her team": "Pelosi and her team reiterated"; "Dr. Noel and co-authors")
    k, joined = start, False
    while k - 2 >= limit and low[k - 1] in ("and", ","):
        b = _before_bracket(w, k - 2, limit)  # (a party code after a name: "Amy Klobuchar (MN) and Chris Coons")
        if not w.is_name(b):
            break
        joined = joined or low[k - 1] == "and"
        k = _cap_run_back(w, b, limit)
    # (the list opens its clause: "Obama met Putin and Merkel said ..." names no joint speakers)
    if not joined or k > limit and not (w.fl[k - 1] & END or w.txt[k - 1] in (",", ":", ";")
                                        or w.txt[k - 1] in ('"', "\u201d") and k - 2 >= limit and w.txt[k - 2] == ","):
        return None  # (after 'In the 2008 book "The Party Decides,"')
    m = mention(text, w, k, j)
    first = k  # the names start after the titles before the first of them ("U.S. Reps. John Lewis, ...")
    for n in range(k, j + 1):
        if low[n] in ("and", ","):
            break
        if low[n] in PERSON_TITLES or w.is_title_dot(n) or low[n] in ("the", "both"):
            first = n + 1
    ns = w.st[min(first, j)]
    return Mention(m.start, m.end, m.text, text[ns:w.en[j]], ns, w.en[j])


def subject_after(text: str, w: Words, i: int, stop: int) -> Mention | None:
    """The speaker noun phrase after an inverted reporting verb (``said X``, ``according to X``), before
    token ``stop``."""
    low, txt = w.low, w.txt
    k = i
    if k >= stop:
        return None
    if low[k] in PRONOUNS:
        return mention(text, w, k, k)
    if not (w.starts_alnum(k) or txt[k] == "'"):
        return None
    if low[k] in NP_FORWARD_STOP or low[k] in NP_BOUNDARY and low[k] not in ("this", "these"):
        return None  # "said on Monday", "said that": no subject here ("this official" may be one)
    named = _one_of_group_named(text, w, k, stop)
    if named is not None:  # "said one of the protesters, 17-year-old Naesha Pierce"
        return named
    b, org_of = k, False
    while b + 1 < stop and b + 1 - k < NOUN_PHRASE_FORWARD:
        nt = txt[b + 1]
        if low[b + 1].endswith("ed") and not w.starts_upper(b + 1) and not ly_adverb(low[b]) \
                and low[b] not in DETERMINERS and b + 2 < stop \
                and (low[b + 2] in ADJUNCT_PREPOSITIONS or low[b + 2] in TIME_WORDS or w.starts_upper(b + 2)):
            break  # a participle after the noun: "according to a court filing signed by Flynn and prosecutors"
        if nt in ("'s", "’s", "-") or (w.starts_alnum(b + 1) and low[b + 1] not in NP_FORWARD_STOP) \
                or w.is_title_dot(b + 1):
            b += 1
            continue
        if low[b + 1] in CONNECTORS and b + 2 < stop and w.is_name(b + 2):
            b += 1
            continue
        if low[b + 1] == "and" and w.is_name(b) and b + 2 < stop and w.is_name(b + 2):
            e = b + 2
            while e + 1 < stop and w.is_name(e + 1):
                e += 1
            if low[e] in ORG_WORDS:  # one organisation: "the U.S.-China Economic and Security Review Commission"
                b, org_of = e, True
                continue
        if low[b] in ORG_WORDS and low[b + 1] == "of" and b + 3 < stop and low[b + 2] == "the" and w.is_name(b + 3):
            b += 2  # "the Office of the United States Trade Representative"
            org_of = True
            continue
        break
    if low[b] in DOCUMENT_NOUNS and b + 2 < stop and low[b + 1] in ("from", "by"):
        # 'reads a statement from Senate Majority Leader Harry Reid's office': the author speaks
        return subject_after(text, w, b + 2, stop) or mention(text, w, k, b)
    named = _role_then_name(text, w, k, b, stop)
    if named is not None:
        return named
    m = mention(text, w, k, b)
    if org_of:  # the organisation's whole name, without the article before it
        ns = w.st[k + 1] if low[k] in DETERMINERS else w.st[k]
        return Mention(m.start, m.end, m.text, text[ns:m.end], ns, m.end)
    return m


def leading_verb_at(low, to: int, limit: int) -> int:
    """The first token of the verb of carrying on or starting (:data:`LEADING_VERBS`, one word or two: "continued",
    "went on") whose "to" is token ``to`` ("continued to insist", "went on to say"), not before token ``limit``;
    else -1."""
    if low[to] != "to":
        return -1
    if to - 1 >= limit and low[to - 1] in LEADING_VERBS:
        return to - 1
    if to - 2 >= limit and f"{low[to - 2]} {low[to - 1]}" in LEADING_VERBS:
        return to - 2
    return -1


DOCUMENT_WORDS = 3  # words between a verb of issuing and its document ("this press release", "out a brief statement")


def document_noun(word: str) -> bool:
    """``word`` (lower case) is a document noun of :data:`DOCUMENT_NOUNS`, singular or plural ("statements")."""
    return word in DOCUMENT_NOUNS or word[-1:] == "s" and word[:-1] in DOCUMENT_NOUNS


def issuing_verb(w: Words, k: int, lo: int) -> int:
    """The verb of issuing (:data:`ISSUING_VERBS`) whose object ends at the document noun at token ``k``, at most
    :data:`DOCUMENT_WORDS` words before it and not before token ``lo`` ("issued a statement", "sent this press
    release", "put out a brief statement"); else -1."""
    for v in range(k - 1, max(lo, k - 1 - DOCUMENT_WORDS), -1):
        if lemma(w.txt[v]) in ISSUING_VERBS and not w.starts_upper(v):
            return v
    return -1


GROUP_MEMBER_WORDS = 5  # words of "one of the protesters" before the name set off after it


def _one_of_group_named(text: str, w: Words, k: int, stop: int) -> Mention | None:
    """'one of the protesters, 17-year-old Naesha Pierce': a member of a group from token ``k`` and the name set
    off after it (past an age), the mention of both named by the name; else ``None``."""
    low = w.low
    if low[k] not in NUMBER_WORDS or k + 2 >= stop or low[k + 1] != "of":
        return None
    c = next((c for c in range(k + 2, min(stop, k + GROUP_MEMBER_WORDS + 2)) if w.txt[c] == ","), -1)
    if c < 0 or c + 1 >= stop or not (low[c - 1] in GROUP_NOUNS or low[c - 1].endswith("s")):
        return None
    f = c + 1
    if f + 1 < stop and (low[f].endswith("-year-old") or low[f][:1].isdigit()):
        f += 1  # ("17-year-old")
    return _named_after(text, w, k, c - 1, f, stop, full_name=True)


def a_role(word: str) -> bool:
    """``word`` (lower case) names a role or office held by a person ("president", "spokeswoman", "adviser")."""
    return word in OFFICE_WORDS or word in PERSON_TITLES or word.endswith(("man", "woman", "person"))


def _role_then_name(text: str, w: Words, k: int, b: int, stop: int) -> Mention | None:
    """A role (tokens ``k`` to ``b``, ending in a title or office word, not a name) and the name set off after it,
    up to a comma or ``stop`` ('the president's top economic adviser, Alan Krueger, writes' -> Alan Krueger):
    the mention of both, named by the name (:func:`apposition`); else ``None``."""
    if not a_role(w.low[b]) or w.is_name(b) or b + 2 >= stop or w.txt[b + 1] != ",":
        return None
    return _named_after(text, w, k, b, b + 2, stop, closed=True)


def _named_after(text: str, w: Words, k: int, b: int, f: int, stop: int, full_name: bool = False,
                 closed: bool = False) -> Mention | None:
    """The phrase of tokens ``k`` to ``b`` and the name that starts at token ``f`` after it, as one mention named
    by the name (:func:`apposition`); ``None`` when no name starts there, when ``full_name`` and it is one word,
    or when ``closed`` and no comma, full stop or ``stop`` ends it."""
    named = name_at(text, w, f, stop)
    if named is None or full_name and " " not in named.name:
        return None
    e = bisect_left(w.en, named.end)  # the name's last token
    if closed and not (e + 1 == stop or w.txt[e + 1] in (",", ".")):
        return None
    return apposition(text, w, k, b, f, e)


def name_at(text: str, w: Words, k: int, stop: int) -> Mention | None:
    """The name or he / she / they that starts at token ``k`` (a run of name words, titles and particles before
    token ``stop``: "Mark Mahaney", "Sen. Claire McCaskill", "Virginia Gov. Terry McAuliffe"), or ``None`` when
    none starts there or it is a possessive ("Trump's")."""
    low = w.low
    if k >= stop:
        return None
    if low[k] in PRONOUNS:
        return mention(text, w, k, k) if PRONOUNS[low[k]] != "s" else None
    if not (w.is_name(k) or low[k] in PERSON_TITLES):
        return None
    b = k
    while b + 1 < stop and (w.is_name(b + 1) or w.is_title_dot(b + 1) or low[b + 1] in CONNECTORS
                            and b + 2 < stop and w.is_name(b + 2)
                            or low[b + 1] in PERSON_TITLES and b + 2 < stop
                            and (w.is_name(b + 2) or w.is_title_dot(b + 2))):  # ("Virginia Gov. Terry McAuliffe")
        b += 1
    if b + 1 < stop and w.is_possessive(b + 1) or w.txt[b].endswith(POSSESSIVE_ENDINGS):
        return None
    return mention(text, w, k, b)


# --- the names of a document and pronoun resolution ---------------------------------------------------------

def names_person(doc: Doc, m: Mention) -> bool:
    """A person mention of :func:`name_mentions` starts inside ``m`` ("Senate Majority Leader Mitch McConnell":
    "Mitch McConnell"); the starts are worked out once per document."""
    starts = getattr(doc, "_person_starts", None)
    if starts is None:
        starts = doc._person_starts = [s for s, _, _, typ in name_mentions(doc) if typ == "person"]
    k = bisect_left(starts, m.start)
    return k < len(starts) and starts[k] < m.end


def _first_name_after_kin(w: Words, i: int, j: int) -> bool:
    """The one word at token ``i`` (``== j``) is a first name in apposition after a kin noun, closed by punctuation
    ("Litvinenko's widow, Marina, speaking", "his wife, Jane."): a person, though no surname of the text."""
    return i == j and i > 1 and w.txt[i - 1] == "," and w.low[i - 2] in KIN_NOUNS and j + 1 < len(w) \
        and not w.starts_alnum(j + 1)


def name_mentions(doc: Doc) -> list[tuple[int, int, str, str]]:
    """Candidate antecedents: ``(start, end, name, type)`` for runs of capitalised words outside quotes.

    ``person``: 2+ name words not ending in an organisation word, a title + name, or a single word that
    ended such a name earlier or stands before a reporting verb ("Peskov said"); ``org``: a run with an
    organisation word or an acronym; ``group``: a person's run that ends in a plural side word of the lexicon
    draft ("Republicans", "Senate Democrats"). The runs are found by :func:`analysis.quotes.tokens.name_runs`; worked
    out once per document.
    """
    cached = getattr(doc, "_name_mentions", None)
    if cached is not None:
        return cached
    w, text = doc.words, doc.text
    tstarts, tends, low = w.st, w.en, w.low

    def before_cue(k: int) -> bool:  # token k + 1 is a reporting verb ("Peskov said"), read in tokens k to k + 2
        # (in lower case: "Story Continued Below" is a page's furniture)
        return is_verb_form(low[k + 1]) and not w.starts_upper(k + 1) \
            and cue_at(w, k + 1, k, min(k + 3, len(w)), doc.verbs) is not None

    # a name word, not an organisation word nor upper case, before a word where a cue may start ("Peskov said")
    f = doc.flags
    before = np.flatnonzero(((f[:-1] & (NAME | ORG | UPPER)) == NAME) & ((f[1:] & CUE) != 0)).tolist()
    surnames: set[str] = {low[k] for k in before if before_cue(k)}
    out = []
    runs = name_runs(f, doc.tok_quoted, doc.ends - doc.starts).tolist()
    # the last words of full names: a surname that is also an adjective stays a name ("Rick Bright ... Bright")
    # (not after a party word: "2020 Democrat Presidential nomination")
    full_surnames = {low[j] for i, j, kind, first in runs if kind == PERSON_MENTION and low[first] not in PARTY_MEMBERS}
    for i, j, kind, first in runs:
        if kind == PERSON_MENTION and low[first] == "of":
            first = _name_after_office(w, first, j)  # ("Secretary of State Mike Pompeo"; "Secretary of Health")
            if first is None:
                continue
        elif kind == ORG_MENTION and j - 1 > i and low[j - 1] in FIRST_NAME_GENDERS and low[j] not in ORG_WORDS:
            kind = PERSON_MENTION  # a person's full name after an office ("... and Human Services Alex Azar")
            first = j - 1
        if kind == PERSON_MENTION and low[first] in INVERTED_CUES and first < j:
            first += 1  # an inverted reporting verb opening the sentence ("Added Virginia Gov. Terry McAuliffe")
        if kind == PERSON_MENTION:
            s, e = tstarts[first], tends[j]
            name = text[s:e]
            if "\n" in name:  # a heading above a paragraph that opens with a name ("A Big Win\n\nJohn Smith")
                cut = name.rindex("\n") + 1
                s += cut + len(name[cut:]) - len(name[cut:].lstrip())
                name = text[s:e]
                if " " not in name and low[j] not in surnames:
                    continue  # one word left: the first word of a sentence as well as a name ("Bombastic host X"),
                    # unless a surname ("... via Getty Images\n\nAzar said")
            typ = "person"
            last = low[j]
            if last in PARTY_MEMBERS or last in ROLE_TITLES or low[first] in PARTY_MEMBERS and only_adjective(last):
                # "Harry Reid, Nevada Democrat,", "the Mississippi Congressman", "Democrat Presidential": a
                # description of a person named elsewhere or of a thing, no one's name
                continue
            surnames.add(last[:-2] if last[-2:] in POSSESSIVE_ENDINGS else last)  # "Trump's": surname trump
            if last in SIDE_GROUPS:
                typ = "group"  # "Senate Republicans"
        elif kind == ORG_MENTION or kind == IF_SURNAME and (low[i] in surnames or _first_name_after_kin(w, i, j)
                                                            or i == j and low[i] in GROUP_NOUNS) \
                and not (i == j and low[i] not in full_surnames and only_adjective(low[i])):
            # ("her Presidential exploratory committee")
            s, e = tstarts[i], tends[j]
            name, typ = text[s:e], "org" if kind == ORG_MENTION else "person"
            if low[j] in SIDE_GROUPS or i == j and low[i] in GROUP_NOUNS:
                typ = "group"  # "Republicans said", "Senators asked": a group, not a surname
            elif i == j and low[i] in PARTY_MEMBERS:
                typ = "group"  # "one Democrat cast doubt", "a Republican briefed on the calls": a source without a
                # name, whom no later he / she stands for
        else:
            continue
        if typ == "person" and (" " in name or low[j] not in full_surnames) \
                and (name[:-2] if name[-2:] in POSSESSIVE_ENDINGS else name) in gazetteer().places:
            typ = "org"  # a country, a US state or a city ("China's failure", "New Hampshire", "Los Angeles"): it
            # may speak, but no "he" stands for it (a single word may be a surname named in full: "Michael Jordan
            # ... Jordan")
        # a possessive names its owner ("Donald Trump's plan" -> "Donald Trump"): the name without its 's
        out.append((s, e - 2, name[:-2], typ) if name[-2:] in POSSESSIVE_ENDINGS else (s, e, name, typ))
    doc._name_mentions = out
    return out


def _name_after_office(w: Words, of: int, j: int) -> int | None:
    """The first token of the person's name in a run from the "of" after a title to token ``j`` ("Secretary
    of State Mike Pompeo", "Speaker of the House Paul Ryan"): its first name when one is known (:data:`~analysis.
    quotes.vocabulary.FIRST_NAME_GENDERS`), else the word after a one-word office; ``None`` when the run is only
    the office ("Secretary of Health")."""
    k = _first_name_in(w, of + 2, j)
    if k is None:
        k = of + 2 + (w.low[of + 1] == "the")
    return k if k <= j else None


def _first_name_in(w: Words, a: int, b: int) -> int | None:
    """The first token from ``a`` to ``b`` that is a name word and a known first name (:data:`~analysis.quotes.
    vocabulary.FIRST_NAME_GENDERS`), where a person's name starts after an office ("... Human Services Alex")."""
    return next((x for x in range(a, b + 1) if w.low[x] in FIRST_NAME_GENDERS and w.is_name(x)), None)


def _genders(doc: Doc, persons) -> dict[str, str]:
    """Surname and first-and-last name -> 'm' / 'f' where the article says so: a gendered word before a mention
    ("Mrs. Clinton", "spokeswoman Maria Zakharova", "his widow, Marina,") or the first gendered pronoun after a
    mention in the same sentence ("Ursula von der Leyen ... her ..."); failing any, a first name of
    :data:`~analysis.quotes.vocabulary.FIRST_NAME_GENDERS` ("Amy Klobuchar", "Pete Buttigieg"). Names with
    conflicting evidence stay unknown (compatible with both); a full name with evidence of its own keeps it
    ("Hillary Clinton" beside "Bill Clinton"). Worked out once per document."""
    cached = getattr(doc, "_gender_cache", None)
    if cached is not None:
        return cached
    votes: dict[str, set] = {}
    titled: set[str] = set()
    people = [x for x in persons if x[3] == "person"]
    if people:
        s, e, _, _ = zip(*people)
        found = gender_evidence(doc.flags, doc.tok_quoted, np.searchsorted(doc.starts, s),
                                np.searchsorted(doc.starts, e))
        for (_, _, name, _), vote in zip(people, found.tolist()):
            keys = _gender_keys(name)
            if vote:
                g = "m" if vote in (1, 3) else "f"
                for k in keys:
                    votes.setdefault(k, set()).add(g)
                    if vote in (1, 2):  # a gendered word before the name: "Mrs. Clinton", "his widow, Marina,"
                        titled.add(k)
    # a first name whose bearers are nearly all of one gender ("Amy Klobuchar"), for names the article gives no
    # sign of: the full name, and the surname when every full name with it agrees
    by_first: dict[str, set] = {}
    for _, _, name, _ in people:
        keys = _gender_keys(name)
        if len(keys) == 2 and not votes.get(keys[0]) and not votes.get(keys[1]):
            first = next((x for x in name.lower().split() if x not in PERSON_TITLES and not x.endswith(".")), "")
            g = FIRST_NAME_GENDERS.get(first)  # ("Ruth" of "Justice Ruth Bader Ginsburg")
            by_first.setdefault(keys[0], set()).add(g)
            if g:
                votes[keys[1]] = {g}
                titled.add(keys[1])
    for surname, gs in by_first.items():
        if len(gs) == 1 and None not in gs:
            votes[surname] = set(gs)
            titled.add(surname)
    cache = {k: next(iter(v)) for k, v in votes.items() if len(v) == 1}
    doc._gender_cache = cache
    doc._gender_titled = {k for k in titled if cache.get(k)}
    return cache


def _gender_keys(name: str) -> tuple[str, ...]:
    """The keys of a name in :func:`_genders`: its surname, and "first last" when a first name that is no title
    comes before it ("House Speaker Nancy Pelosi" -> "pelosi", "nancy pelosi")."""
    words = name.lower().split()
    if not words:
        return ()
    if len(words) >= 2 and words[-2] not in PERSON_TITLES and not words[-2].endswith("."):
        return words[-1], f"{words[-2]} {words[-1]}"
    return (words[-1],)


def _gender_from_word(doc: Doc, name: str) -> bool:
    """The gender of ``name`` (first and last name, else surname) comes from a gendered word before one of its
    mentions (:func:`_genders` worked out first), not only from a pronoun after it."""
    keys = _gender_keys(name)
    titled = doc._gender_titled
    if len(keys) == 2 and keys[1] in doc._gender_cache:
        return keys[1] in titled
    return bool(keys) and keys[0] in titled


def gender_of(genders: dict[str, str], name: str) -> str | None:
    """The gender :func:`_genders` found for a name: its first and last name's, else its surname's; ``None``
    unknown."""
    keys = _gender_keys(name)
    if len(keys) == 2 and keys[1] in genders:
        return genders[keys[1]]
    return genders.get(keys[0]) if keys else None


def is_subject(doc: Doc, s: int, e: int, article: bool = False) -> bool:
    """The name at ``text[s:e]`` is the subject of its sentence: it opens the sentence (after its titles) or the
    clause after a comma with a past tense after it ("Asked about it, Christie blamed"), or a reporting verb
    follows it ("..., Mr. Smith signaled that") or stands right before it or its description ('"...," said Ken
    Sena', '"...," said GOP strategist Alex Castellanos'); not when it is
    a possessive ("Trump's plan"). ``article``: an organisation's or a group's name, which may follow "the" ("The
    IRS said") and a number or quantifier and "of" ("Two of the House Republicans ... are touting")."""
    w = doc.words
    low = w.low
    i = doc.tok_index(s)
    k = doc.tok_index(e)
    if k < len(w) and w.is_possessive(k) or doc.text[e:e + 2] in POSSESSIVE_ENDINGS or low[i].endswith("ing"):
        return False  # "Trump's plan", "Following Wednesday's leak": the sentence is not about the person
    j = i - 1
    while True:
        while j >= 0 and (low[j] in PERSON_TITLES or w.is_title_dot(j) or article and low[j] == "the"
                          or low[j] in PARTY_MEMBERS and w.starts_upper(j)) and i - j <= NOUN_PHRASE_BACK:
            j -= 1  # (and a party before them: "Republican Sen. Lindsey Graham still isn't buying it")
        title = _title_of_office(w, j)
        if title is None:
            break
        j = title  # ("Secretary of State Hillary Clinton arrived")
    if article and j >= 1 and low[j] == "of" and (low[j - 1] in NUMBER_WORDS or low[j - 1] in PARTITIVES):
        j -= 2  # a part of a group: "Two of the House Republicans behind the plan ... are touting"
    if j < 0 or w.fl[j] & END or doc.para_of(s)[0] > w.st[j]:
        return True
    if low[j] in ("to", "for") and (j == 0 or w.fl[j - 1] & END or doc.para_of(s)[0] > w.st[j - 1]) \
            and k < len(w) and w.txt[k] == ",":
        return True  # the person in whose view the sentence speaks: "To Sean Trende, the senior elections analyst
        # at RealClearPolitics, the concept doesn't violate democratic principles, but he called it a bad idea"
    d = j  # past a description between the inverted verb and the name: 'said GOP strategist Alex Castellanos'
    while d > 0 and i - d <= NOUN_PHRASE_BACK and w.starts_alpha(d) and low[d] not in IRREGULAR_PAST \
            and low[d] != "says" and low[d] not in PRONOUNS \
            and (w.starts_upper(d) or describing_word(low[d])):
        d -= 1
    if d != j and (low[d] in IRREGULAR_PAST or low[d] == "says") and d > 0 and w.txt[d - 1] in INVERSION_BEFORE:
        j = d
    if (low[j] in IRREGULAR_PAST or low[j] == "says") and j > 0 and w.txt[j - 1] in INVERSION_BEFORE:
        # after an inverted reporting verb: '"...," said Ken Sena, managing director'; not when a verb of its
        # own follows the name, the subject of the reported clause ("DeMint, who ..., said Steele needs to")
        return not (k < len(w) and is_verb_form(low[k]) and not w.starts_upper(k))
    if w.txt[j] in ('"', "\u201d", "''") and k < len(w) and not w.starts_upper(k) and is_verb_form(low[k]) \
            and j > 0 and w.txt[j - 1] in (",", "?", "!"):
        return True  # the speaker after a quotation: '"People criticise me for having so many plans," Clinton told'
    if w.txt[j] == "," and k + 1 < len(w) and w.txt[k] == "," and _apposition_then_cue(w, k + 1):
        return True  # after an opening adverb, with an apposition: "Still, Rep. Walter B. Jones, North Carolina
        # Republican, said"
    v = _verb_after_aside(w, k)
    if w.txt[_description_start(w, j, i)] == "," and v < len(w) and (low[v].endswith("ed") or inflected_verb(low[v])) \
            and not w.starts_upper(v):
        return True  # after an opening adjunct: "Asked about Trump's remark, Christie blamed Clinton", "Also
        # Wednesday, President Obama sought to ease fears", with a description before the name and a short aside
        # or an adverb before the verb ("Earlier this week, White House press secretary Josh Earnest, unprovoked,
        # told", "In his speech yesterday, Carson casually segued")
    if k + 1 < len(w) and w.txt[k] == "," and low[k + 1] in ("who", "whose") and _opens_with(doc, j, i):
        return True  # a relative clause after a description: "Tea party activist Alex Poulter, who co-founded"
    if k < len(w) and not w.starts_upper(k) and inflected_verb(low[k]) and _opens_with(doc, j, i, description=True):
        return True  # a description that opens the sentence: "Sanders spokesman Michael Briggs placed the blame"
    if k + 2 < len(w) and w.txt[k] == "," and _PARTY_CODE.match(w.txt[k + 1]):
        # a party code between the name and its verb: "Nancy Pelosi, D-Calif., said"
        k = next((n + 1 for n in range(k + 2, min(len(w), k + 6)) if w.txt[n] == ","), k)
        if k < len(w) and w.txt[k - 1] == "," and _apposition_then_cue(w, k):
            return True  # and an apposition: "Rep. Bobby Scott, D-Va., one of the nine lawmakers ..., said"
    if k < len(w) and w.txt[k] == "(":  # a bracket between the name and its verb: "Charles E. Schumer (D-N.Y.) said"
        close = next((x for x in range(k + 1, min(len(w), k + BRACKET_ASIDE)) if w.txt[x] == ")"), None)
        k = close + 1 if close is not None else k
    if _after_noun(w, j):
        return False  # the subject of a relative clause without "that": "the excerpt Obama cited", "someone Obama
        # believes would be a good pick"
    steps = 0
    while k < len(w) and steps < SKIPPED_BEFORE_CUE and low[k] in SKIP_BEFORE_CUE and low[k] not in PRONOUNS:
        k += 1
        steps += 1
    return k < len(w) and w.may_start_cue(k) and is_verb_form(low[k])


SHORT_ASIDE = 3  # words of an aside set off by commas between a subject and its verb (", unprovoked,")


def _description_start(w: Words, j: int, i: int) -> int:
    """The token before the words of a description that ends at token ``j`` with a role or a noun, right before
    the name at token ``i`` (capitalised words, nouns and adjectives: "White House press secretary"), ``j`` when
    there are none; at most :data:`NOUN_PHRASE_BACK` tokens before the name."""
    low = w.low
    if not (w.starts_alpha(j) and low[j] not in NOT_NAMES and low[j] not in ("whom", "whose")
            and (a_role(low[j]) or noun_no_adjective(low[j]))):
        return j  # (no description: "which Obama won", "much like Obama did", "whom Obama leaned on", "the
        # doctored, bogus Planned Parenthood videos")
    d = j
    while d > 0 and i - d <= NOUN_PHRASE_BACK and w.starts_alpha(d) and low[d] not in PRONOUNS \
            and low[d] not in NOT_NAMES and (w.starts_upper(d) or noun_or_adjective(low[d])):
        d -= 1
    return d


def _verb_after_aside(w: Words, k: int) -> int:
    """The token of the verb after the name that ends before token ``k``: past a short aside set off by commas
    (", unprovoked,": lower-case words, at most :data:`SHORT_ASIDE`) and -ly adverbs ("casually"); ``k`` when
    there are none."""
    low = w.low
    if k + 2 < len(w) and w.txt[k] == ",":
        close = next((x for x in range(k + 2, min(len(w), k + SHORT_ASIDE + 2)) if w.txt[x] == ","), None)
        if close is not None and all(w.starts_alpha(x) and not w.starts_upper(x) for x in range(k + 1, close)):
            k = close + 1
    while k < len(w) and ly_adverb(low[k]) and not w.starts_upper(k):
        k += 1
    return k


def _after_noun(w: Words, j: int) -> bool:
    """Token ``j`` ends a noun phrase that a name after it cannot be the subject of its sentence after: an
    indefinite pronoun ("someone") or a lower-case noun after an article inside the sentence ("conveyed by the
    excerpt Obama cited"); the name opens a relative clause without "that". Not a time ("this week Obama said"),
    an adjective ("an emotional Philonise Floyd told"), a title ("the senator"), nor a noun phrase that opens the
    sentence ("The strategist Alex Castellanos said")."""
    low = w.low
    if not w.starts_alpha(j) or w.starts_upper(j):
        return False
    if low[j] in INDEFINITE_PRONOUNS:
        return True
    return j >= 2 and low[j - 1] in ARTICLES and w.fl[j - 2] & END == 0 and w.starts_alnum(j - 2) \
        and noun_no_adjective(low[j]) and low[j] not in PERSON_TITLES and low[j] not in TIME_NOUNS \
        and low[j] not in TIME_WORDS


def _apposition_then_cue(w: Words, a: int) -> bool:
    """The tokens from ``a`` run to a comma within :data:`APPOSITION` tokens, in the same sentence, and a
    reporting verb follows the comma ("one of the nine lawmakers to vote against the resolution, said")."""
    for n in range(a, min(len(w) - 1, a + APPOSITION)):
        if w.fl[n] & END:
            return False
        if w.txt[n] == ",":
            return w.may_start_cue(n + 1) and is_verb_form(w.low[n + 1])
    return False


@lru_cache(maxsize=None)
def inflected_verb(word: str) -> bool:
    """A verb form other than the base form and the -ing form ("sought", "went", "says"; LemmInflect's
    lemmas), as a finite verb after a subject is; not a form of "be" or "have" ("Mr. Trump is the villain"
    describes him, it tells of nothing he did)."""
    lemmas = getAllLemmas(word).get("VERB")
    return bool(lemmas) and word not in lemmas and not word.endswith("ing") and lemmas[0] not in ("be", "have")


def _opens_with(doc: Doc, j: int, i: int, description: bool = False) -> bool:
    """Tokens ``j`` back to the sentence start are words of a description before the name at token ``i`` ("Tea
    party activist"): at most :data:`NOUN_PHRASE_BACK` tokens, no punctuation, each lower-case word one that can
    be a noun or an adjective (LemmInflect's word classes; not "Trump also recognized Charles McGee, who");
    ``description``: and no word of an opening adjunct, a preposition, a subordinator or an -ing form ("Speaking
    just minutes after Mr. Obama hailed the deal")."""
    w = doc.words
    ps = doc.para_of(w.st[i])[0]
    while j >= 0 and i - j <= NOUN_PHRASE_BACK and w.starts_alpha(j) and w.st[j] >= ps:
        if not w.starts_upper(j) and not noun_or_adjective(w.low[j]):
            return False
        t = w.low[j]
        if description and (t in ADJUNCT_PREPOSITIONS or t in SUBORDINATORS or t.endswith("ing")):
            return False
        j -= 1
    return j < 0 or w.st[j] < ps or w.fl[j] & END != 0


def resolve(doc: Doc, m: Mention, persons: list[tuple[int, int, str, str]]) -> Mention:
    """A pronoun mention resolved to a compatible name before it (outside quotes): the nearest subject within
    :data:`SUBJECT_PARAS` paragraphs back, a name that is the subject of its sentence (:func:`is_subject`) or a
    he / she resolved before as the speaker of an earlier quote (which stands for its name: "John Smith ...
    he said ... he asked ... Saying President Obama, he said, ...": Smith, not Obama); else the most recent
    compatible name."""
    low = m.text.lower()
    low = OWNER_PRONOUNS.get(low, low)  # ('His response: "..."': his stands for he)
    low = PRONOUN_CONTRACTIONS.get(low.replace("\u2019", "'"), low)  # ("She's" stands for she)
    if (low[:4] in ("his ", "her ", "its ") or low[:6] == "their ") and m.name == m.text:
        return _owned_phrase(doc, m, persons)  # "her campaign", "his office"
    if low not in PRONOUNS or PRONOUNS[low] == "s":
        r = _role_holder(doc, m, persons) if low[-4:] in ROLE_ENDINGS and low[:4] == "the " else m
        if r is m and low[:4] == "the " and low[4:] in ORG_REFERENCE_NOUNS:
            r = _organisation_before(doc, m, persons)
        last = low.rsplit(" ", 1)[-1]
        if r is m and low[:4] == "the " and last in PARTY_MEMBERS:
            r = _party_member_before(doc, m, persons)  # ("the conservative Democrat cautioned")
        if r is not m and (low[-4:] in ROLE_ENDINGS or last in PARTY_MEMBERS):
            _remember_person(doc, persons, m.start, r)  # (a "he said" after it goes on with that person)
        if r is m and low[:4] == "the " and last in DOCUMENT_NOUNS and m.name == m.text:
            r = _document_author(doc, m, persons)  # ("the fax said": who sent the fax)
        return _described_before(doc, m) if r is m and low[:3] in ("the", "thi", "tha") else r
    want = PRONOUNS[low]
    genders = _genders(doc, persons)
    nearest = None
    reach = max(paras_back(doc, m.start, SUBJECT_PARAS), sentences_back(doc, m.start, SUBJECT_SENTENCES))
    starts, subjects, resolved = _resolution_state(doc, persons)
    # the he / she resolved before this one, nearest first: (position, want, name, start, end)
    k = bisect_left(resolved, (m.start,)) - 1
    while k >= 0 and resolved[k][1] != want:
        k -= 1
    chained = resolved[k] if k >= 0 and resolved[k][0] >= reach else None
    # a he / she that opens a sentence between the pronoun and the names before it ("He said AARP remains
    # opposed to cutting Social Security ... "...," he said"): a name after it that is no subject is no candidate
    opener = _opening_pronoun(doc, m, want, max(reach, chained[0] + 1 if chained else reach))
    found = her = None
    if want in ("m", "f") and (owner := _possessive_opening(doc, m.start, persons)) is not None \
            and (gender_of(genders, owner[2]) or FIRST_NAME_GENDERS.get(owner[2].split()[0].lower()) or want) == want:
        chained, found = None, owner  # "Biden's list is still pretty long; he recently said": Biden
    # the names before the pronoun, nearest first (none to read when the possessive opening named the person)
    for r in range(bisect_left(starts, m.start) - 1 if found is None else -1, -1, -1):
        s, e, name, typ = persons[r]
        if chained is not None and s < chained[0]:
            break  # the pronoun resolved before is nearer than any subject name
        if want in ("n", "p"):
            # "it": an organisation, "they": a group or a plural name ("House Republicans"), the nearest that is
            # the subject of its sentence nearby ("They say" after "Supporters of the mosque ... say" is not the
            # "Fox News" of an earlier "told Fox News"); else the pronoun stays unresolved
            if s < reach:
                break
            if (typ == "org" and (want == "n" or name.endswith("s") and name.split()[-1].lower() not in ORG_WORDS
                                  and name.removeprefix("the ") not in gazetteer().places)  # (not "United States")
                    or typ == "group" and want == "p") \
                    and is_subject(doc, s, e, article=True):
                found = (s, e, name)
                break
            continue
        if want in ("m", "f") and (name in gazetteer().places or name in REGIONS) \
                and name not in _surnames(doc, persons):
            continue  # a place read as a name ("the Middle East") is no "he" or "she" (a surname is: "Rick Holland")
        known = gender_of(genders, name) if want in ("m", "f") and typ == "person" else None
        if want in ("m", "f") and typ == "person" and (known or want) == want:
            if nearest is None and (opener is None or s < opener.start):
                nearest = (s, e, name)
            if want == "f" and known == "f" and her is None and _gender_from_word(doc, name):
                her = (s, e, name)
            if s < reach:
                break
            subject = subjects.get(s)
            if subject is None:
                subject = subjects[s] = is_subject(doc, s, e)
            if subject:
                found = (s, e, name)
                break
    if want == "f" and her is not None and (found is None and chained is None
                                            or found is not None and found[0] < her[0]
                                            and gender_of(genders, found[2]) is None):
        # a woman named nearer than a subject of unknown gender, a gendered word before her name (most people
        # named in news without a sign of their gender are men): "Lidington stressed ... Mrs. X ... she said"
        found = her
    if found is None and chained is not None:
        found = chained[2:]
    if found is None and want == "p":
        found = _group_noun_before(doc, m.start, reach)
    if want == "n" and (thing := _thing_before(doc, m.start, reach)) is not None \
            and (found is None or thing[0] > found[0]):
        found = thing  # a nearer subject that is a thing ("The lawsuit also took issue ... It also accused")
    found = found or nearest
    if found is None or want in ("m", "f") and _same_person(found[2], _addressee(doc, m, persons)):
        return m  # ("... after he asked the congressman if ...": "he" is not the congressman)
    name, s, e = found[2], found[0], found[1]
    if want in ("m", "f"):
        k = bisect_left(resolved, (m.start,))
        if k >= len(resolved) or resolved[k][0] != m.start:
            resolved.insert(k, (m.start, want, s, e, name))
    return Mention(m.start, m.end, m.text, name, s, e)


CONTRACTED_WORDS = frozenset(("what", "that", "it", "there", "here", "who", "he", "she", "let", "where", "how"))
QUOTE_TOKENS = frozenset(('"', "''", "\u201c", "\u201d"))


def _possessive_opening(doc: Doc, pos: int, persons) -> tuple[int, int, str] | None:
    """The person whose possessive name opens the sentence of a he / she at character ``pos`` ("Biden's list is
    still pretty long; he recently said ...": Biden), with no person named between, as ``(start, end, name)``;
    else ``None``. Not an organisation's or a place's name ("Google's", "America's")."""
    w, low = doc.words, doc.words.low
    i = doc.tok_index(pos)
    if i == 0 or w.txt[i - 1] == "," or w.txt[i - 1] in QUOTE_TOKENS:
        return None  # (a closing attribution: 'Trump's words "tap into ...," he says' is the expert's)
    k = i
    para = doc.para_of(pos)[0]
    while k > 0 and not w.fl[k - 1] & END and w.st[k - 1] >= para:
        k -= 1  # back to the first token of the sentence
    j = k
    while j < i and w.is_name(j) and not low[j].endswith(POSSESSIVE_ENDINGS):
        j += 1
    if j >= i or not w.is_name(j) or not low[j].endswith(POSSESSIVE_ENDINGS) or doc.in_quote(w.st[k]) \
            or low[j][:-2] in CONTRACTED_WORDS or doc.quote_mask.find(1, w.st[k], pos) >= 0:
        return None  # ("What's really eating him is that he ...", a quotation between)
    name = doc.text[w.st[k]:w.en[j] - 2]
    last = name.split()[-1].lower() if name.split() else ""
    if last in ORG_WORDS or name in gazetteer().places or name in REGIONS \
            or (r := bisect_right(persons, (w.st[j], len(doc.text)))) < len(persons) and persons[r][0] < pos:
        # (a person named between the possessive and the pronoun: persons is in text order)
        return None
    return w.st[k], w.en[j] - 2, name


THING_SENTENCES = 2  # sentences back read for the noun phrase an unresolved "it" stands for
THING_WORDS = 6  # words of that noun phrase at most ("The language of the proposal")
THING_OPENERS = frozenset(("the", "its", "this"))  # the first word of that noun phrase
THING_INNER = frozenset(("of", "the"))  # function words inside it ("The language of the proposal")


def _thing_before(doc: Doc, pos: int, reach: int) -> tuple[int, int, str] | None:
    """For an "it" at character ``pos`` that no organisation's name resolves: the singular noun phrase that opens
    one of the :data:`THING_SENTENCES` sentences before it (not before character ``reach``, not inside a quote)
    as the subject of a verb ("The lawsuit also took issue with ... It also accused", "The article described ...
    It stated that", "The language of the proposal says ... It goes on to say"), as ``(start, end, text)``; the
    article's own description of what speaks, or ``None``."""
    w, low = doc.words, doc.words.low
    para = doc.para_of(pos)[0]
    seen = 0
    for k in range(doc.tok_index(pos) - 1, -1, -1):
        if w.st[k] < reach or seen >= THING_SENTENCES:
            return None
        if not (k == 0 or w.fl[k - 1] & END or w.st[k - 1] < para <= w.st[k]):
            continue  # not a sentence's first token
        seen += 1
        if low[k] not in THING_OPENERS or doc.in_quote(w.st[k]):
            continue
        j = k + 1
        while j < len(low) and j - k <= THING_WORDS and w.starts_alpha(j) and (
                w.starts_upper(j) or low[j] in THING_INNER
                or not is_verb_form(low[j]) and low[j] not in SKIP_BEFORE_CUE and low[j] not in CLAUSE_AUXILIARIES
                and not ly_adverb(low[j]) and low[j] not in SUBORDINATORS and low[j] not in PRONOUNS
                and not low[j].endswith(("ing", "n't", "'s", "\u2019s")) and not w.is_possessive(j)):
            j += 1
        head = low[j - 1]
        if j - 1 == k or j >= len(low) or not (w.starts_upper(j - 1) or head in SPEAKING_THINGS
                                               or head in DOCUMENT_NOUNS or head in ORG_REFERENCE_NOUNS
                                               or head in ORG_WORDS):
            continue  # (no noun that states something: "The upshot is", "The next day", "The president")
        if is_verb_form(low[j]) or low[j] in CLAUSE_AUXILIARIES or low[j] in SKIP_BEFORE_CUE or ly_adverb(low[j]) \
                or w.txt[j] == ",":
            return w.st[k], w.en[j - 1], doc.text[w.st[k]:w.en[j - 1]]
    return None


COMPANY_ENDINGS = frozenset(("inc", "corp", "co", "llc", "ltd", "plc", "group", "company", "corporation"))
GROUP_REACH = 60  # tokens read back from "they" for a lower-case group noun that is a subject


def _surnames(doc: Doc, persons) -> frozenset[str]:
    """The last words of the full names among ``persons`` that open with a known first name ("Rick Holland"),
    worked out once per document."""
    cached = getattr(doc, "_surname_cache", None)
    if cached is None or cached[0] is not persons:
        found = frozenset(name.split()[-1] for _, _, name, typ in persons if typ == "person" and " " in name
                          and name.split()[0].lower() in FIRST_NAME_GENDERS)
        cached = doc._surname_cache = (persons, found)
    return cached[1]


def _place_then_verb(w: Words, k: int) -> bool:
    """Token ``k`` opens a short phrase of place or party ("in both parties", "from both sides") that a verb
    follows ("leaders in both parties seem hell-bent on acting first")."""
    if w.low[k] not in ("in", "from", "of", "on") or k + 4 >= len(w):
        return False
    return any(not w.starts_upper(j) and inflected_verb(w.low[j]) for j in range(k + 2, k + 5)) \
        and all(w.starts_alpha(j) for j in range(k + 1, k + 3))


def _aside_then_verb(w: Words, k: int) -> bool:
    """Token ``k`` opens an aside set off by commas that a verb follows ("The former lawmakers, all of whom served
    between 1967 and 2013, embraced")."""
    if w.txt[k] != ",":
        return False
    j = next((j for j in range(k + 1, min(len(w) - 1, k + APPOSITION)) if w.txt[j] in (",", ".", ";", ":")), -1)
    return j > k + 1 and w.txt[j] == "," and not w.starts_upper(j + 1) and inflected_verb(w.low[j + 1])


def _group_noun_before(doc: Doc, pos: int, reach: int) -> tuple[int, int, str] | None:
    """For a "they" at ``pos`` that no name stands for: the nearest lower-case group noun before it (``group_nouns``
    of quote_words.yaml, outside quotation marks, not before ``reach``; with or without "the") followed by its
    verb, a finite form, a reporting verb or an auxiliary, or by an aside and its verb (:func:`_aside_then_verb`)
    ("While many liberals have accused Trump ..., conservatives have also pointed a finger back at Democrats ...
    They note that ...", "the chairmen said ... They also said"), with the words of its phrase (not its
    determiner: "White House officials", "Flynn's lawyers"): ``(start, end, phrase)``."""
    w = doc.words
    low = w.low
    k = doc.tok_index(pos) - 1
    stop = max(0, k - GROUP_REACH)
    while k > stop and w.st[k] >= reach:
        # (or a participle that reports: "with gun-control advocates saying ...")
        saying = k + 1 < len(w) and low[k + 1].endswith("ing") and lemma(w.txt[k + 1]) in doc.verbs
        if low[k] in GROUP_NOUNS and not w.starts_upper(k) and not doc.tok_quoted[k] and k + 1 < len(w) \
                and (low[k + 1] in CLAUSE_AUXILIARIES or inflected_verb(low[k + 1]) or saying
                     or low[k + 1] in doc.verbs  # ("State Department officials say ...")
                     or _aside_then_verb(w, k + 1) or _place_then_verb(w, k + 1)) \
                and (low[k - 1] not in ("of", "by", "to", "for", "with", "and")
                     or saying and low[k - 1] == "with"):
            first = max(stop, doc.tok_index(doc.para_of(w.st[k])[0]))
            start = _np_back(w, k, first, first)  # with its words before it: "White House officials"
            if start is not None:  # not past a verb or a number: "Mayor's office confirms 2 police officers"
                start = max([start] + [j + 1 for j in range(start, k) if not w.starts_alpha(j)
                                       or not w.starts_upper(j) and inflected_verb(low[j])])
            while start is not None and start < k and low[start] in DETERMINERS:
                start += 1
            s = w.st[start] if start is not None else w.st[k]
            return s, w.en[k], doc.text[s:w.en[k]]
        k -= 1
    return None


OPENER_REACH = 80  # tokens read back from a pronoun for a he / she that opens a sentence


def _opening_pronoun(doc: Doc, m: Mention, want: str, lo: int) -> Mention | None:
    """The nearest "he" (``want`` "m") or "she" ("f") before the pronoun ``m`` and after position ``lo`` that opens
    a sentence outside quotes, at most :data:`OPENER_REACH` tokens back; ``None`` for "it" and "they"."""
    word = {"m": "he", "f": "she"}.get(want)
    if word is None:
        return None
    w, low = doc.words, doc.words.low
    k = doc.tok_index(m.start)
    first = max(0, k - OPENER_REACH, doc.tok_index(lo))
    seg = low[first:k]
    while word in seg:  # (searched in C, nearest first)
        j = first + len(seg) - 1 - seg[::-1].index(word)
        if not doc.tok_quoted[j] and (j == 0 or w.fl[j - 1] & END or doc.para_of(w.st[j])[0] == w.st[j]):
            return mention(doc.text, w, j, j)
        seg = seg[:j - first]
    return None


ASKING = frozenset(("asked", "asks", "told", "tells"))  # verbs whose object is the one spoken to


def _addressee(doc: Doc, m: Mention, persons) -> str | None:
    """The name of the person spoken to right after the pronoun ``m`` ("he asked the congressman": the person
    the role stands for; "she told Smith": Smith), or ``None``."""
    w, low = doc.words, doc.words.low
    k = doc.tok_index(m.end)
    if k + 1 >= len(w) or low[k] not in ASKING:
        return None
    if low[k + 1] == "the":
        b = next((j for j in range(k + 2, min(len(w), k + 1 + ROLE_WORDS)) if low[j][-4:] in ROLE_ENDINGS), None)
        if b is None or low[b] not in ROLE_TITLES:
            return None
        role = Mention(w.st[k + 1], w.en[b], doc.text[w.st[k + 1]:w.en[b]], doc.text[w.st[k + 1]:w.en[b]])
        held = _role_holder(doc, role, persons)
        return held.name if held is not role else None
    named = name_at(doc.text, w, k + 1, min(len(w), k + 1 + ROLE_WORDS))
    return named.name if named is not None and low[k + 1] not in PRONOUNS else None


def _same_person(name: str, other: str | None) -> bool:
    """Two names of one person: the same last word ("Bob Etheridge", "Etheridge")."""
    return other is not None and name.split()[-1].lower() == other.split()[-1].lower()


_BACK_REFERENCE = re.compile(r"(?:the|this|that) ([a-z]+)", re.IGNORECASE)
DESCRIPTION_WORDS = 6  # words of an unnamed speaker's description before its noun ("a senior US administration")
NOT_DESCRIPTION = frozenset(PRONOUNS) | frozenset((
    "the", "a", "an", "this", "these", "those", "his", "her", "their", "its", "our", "my", "your", "another",
    "that", "which", "who", "whom", "whose", "and", "but", "or", "when", "while", "as", "because", "if", "after",
    "before", "since", "to", "is", "was", "are", "were", "has", "had", "from", "with", "by", "in", "on", "at",
    "for", "of"))  # words no description holds before its noun ("a phone call from Saudi King")


def _described_before(doc: Doc, m: Mention) -> Mention:
    """'the official', 'this official' resolved to the description that introduced that unnamed person within
    :data:`SUBJECT_PARAS` paragraphs before ("a senior US administration official said ... The official added"):
    the nearest "a" or "an" phrase with the same noun; ``m`` itself when there is none."""
    back = _BACK_REFERENCE.fullmatch(m.text)
    if back is None:
        return m
    noun = back.group(1).lower()
    if not (noun + "s" in GROUP_NOUNS or noun in PERSON_TITLES or noun in OFFICE_WORDS) or noun in ROLE_TITLES:
        return m  # a person's noun ("official", "spokesman", "professor"), not "the plan", "the statement", nor
        # an office a named person holds ("the president": :func:`_role_holder`)
    found = None
    pattern = re.compile(r"\b(?:an?|one) ((?:[\w'\u2019-]+ ){0,%d})%s\b" % (DESCRIPTION_WORDS - 1, re.escape(noun)),
                         re.IGNORECASE)
    for x in pattern.finditer(doc.text, paras_back(doc, m.start, SUBJECT_PARAS), m.start):
        if not any(word[:1].islower() and (word in NOT_DESCRIPTION or word.endswith("ed"))
                   for word in x.group(1).split()):
            found = x  # (not "a clash when they assaulted a military", "a campus officer approached this reporter")
    if found is None:
        return m
    return Mention(m.start, m.end, m.text, found.group(0), found.start(), found.end())


OWNED_DOCUMENT_WORDS = 3  # words between an owner and a document ("his farewell fax", "Trump's Twitter post")
DOCUMENT_MENTIONS_BACK = 3  # earlier mentions of a document read for its author
DOCUMENT_PARAS = 12  # paragraphs back in which they are read (a document is quoted for longer than a pronoun reaches)


def _owned_phrase(doc: Doc, m: Mention, persons) -> Mention:
    """'her campaign', 'his office', 'his wife' named by the person the possessive stands for ("Hillary
    Clinton's campaign"): a person named with two words or a known gender, and a head that is an organisation,
    group, kin or role word; ``m`` itself otherwise."""
    first = m.text.split()[0]
    low = first.lower()
    owner = resolve(doc, Mention(m.start, m.start + len(first), first, first, m.start, m.start + len(first)), persons)
    head = m.text.lower().split()[-1]
    head = head[:-1] if head.endswith("s") and head[:-1] in ORG_WORDS | GROUP_NOUNS | KIN_NOUNS else head
    typ = next((t for ps, _, _, t in persons if ps == owner.name_start), "")
    known = " " in owner.name or gender_of(_genders(doc, persons), owner.name) is not None
    if owner.name.lower() != low and typ == "person" and known and low in ("his", "her") \
            and (head in ORG_WORDS or head + "s" in GROUP_NOUNS or head in KIN_NOUNS or a_role(head)):
        name = f"{owner.name}'s {m.text[len(first) + 1:]}"
        return Mention(m.start, m.end, m.text, name, owner.name_start, owner.name_end)
    return m


def _resolution_state(doc: Doc, persons) -> tuple[list[int], dict, list]:
    """What :func:`resolve` keeps per document for ``persons``: the mentions' starts, which of them are subjects
    (filled as read), and the he / she resolved so far, ``(position, want, start, end, name)`` in order."""
    starts = getattr(doc, "_mention_starts", None)
    if starts is None or len(starts) != len(persons):
        starts = doc._mention_starts = list(map(itemgetter(0), persons))
        doc._subjects, doc._resolved = {}, []
    return starts, doc._subjects, doc._resolved


def _remember_person(doc: Doc, persons, pos: int, r: Mention) -> None:
    """Note that the description at ``pos`` stands for the person ``r`` names, as :func:`resolve` notes a he or
    she it resolved, so a "he said" after it goes on with that person ('"...," the New York Democrat said. He
    added, "..."'): for "he" and "she" both unless the person's gender is known."""
    resolved = _resolution_state(doc, persons)[2]
    known = gender_of(_genders(doc, persons), r.name)
    for want in (known,) if known else ("m", "f"):
        k = bisect_left(resolved, (pos,))
        if k >= len(resolved) or resolved[k][0] != pos or resolved[k][1] != want:
            resolved.insert(k, (pos, want, r.name_start, r.name_end, r.name))


def _document_author(doc: Doc, m: Mention, persons) -> Mention:
    """'the fax', 'the statement' as a speaker, resolved to the person or organisation an earlier mention of the
    same document within :data:`DOCUMENT_PARAS` paragraphs names as its author: its owner ("his farewell fax",
    "Trump's statement", at most :data:`OWNED_DOCUMENT_WORDS` words before it), the subject of the verb that
    issued it ("he sent a 23-page fax to ABC News", :func:`issuing_verb`) or the name after "from" ("a statement
    from Senator X"); a pronoun is resolved in turn. ``m`` itself when none of the nearest
    :data:`DOCUMENT_MENTIONS_BACK` mentions names one, or when the nearest with an owner names none ("the police
    statement")."""
    noun = m.text.lower().split()[-1]
    w, text = doc.words, doc.text
    found = [x.start() for x in re.finditer(r"\b%s\b" % re.escape(noun), text[:m.start], re.IGNORECASE)
             if x.start() >= paras_back(doc, m.start, DOCUMENT_PARAS) and not doc.in_quote(x.start())]
    for pos in found[::-1][:DOCUMENT_MENTIONS_BACK]:
        k = doc.tok_index(pos)
        e = bisect_left(doc.end_idx, k) - 1
        lo = max(doc.end_idx[e] + 1 if e >= 0 else 0, doc.tok_index(doc.para_of(pos)[0]))
        author, unnamed = None, False
        j = k - 1
        while j >= lo and k - j <= OWNED_DOCUMENT_WORDS and w.starts_alnum(j):
            if w.low[j] in OWNER_PRONOUNS:
                author = mention(text, w, j, j)
                break
            if w.low[j] in DETERMINERS:
                break
            owner = j - 1 if w.is_possessive(j) else j
            if w.is_possessive(j) or w.txt[j].endswith(POSSESSIVE_ENDINGS) or w.is_name(j) or w.is_upper(j):
                # "Carney's statement", "the Commerce Department statement": named by its owner
                head = _head_name(w, lo, owner) if w.is_name(owner) or w.is_upper(owner) else None
                if head is not None:
                    s_, e_ = w.st[head[0]], w.en[head[1]] - (2 if w.txt[head[1]].endswith(POSSESSIVE_ENDINGS) else 0)
                    author = Mention(s_, e_, text[s_:e_], text[s_:e_], s_, e_)
                unnamed = head is None
                break
            if w.low[j] in ORG_WORDS or w.low[j] + "s" in GROUP_NOUNS or w.low[j] in GROUP_NOUNS:
                unnamed = True  # "the police statement", "the embassy's statement": an author the article does not name
                break
            j -= 1
        if unnamed:
            return m  # (the nearest mention is this document; an earlier one may be another's)
        if author is None and (v := issuing_verb(w, k, lo)) >= 0:
            author = subject_before(text, w, v, lo, lo)
        if author is None and k + 3 < len(w) and w.low[k + 1] == "from":
            f = k + 3 if w.low[k + 2] == "the" else k + 2
            author = name_at(text, w, f, min(len(w), f + 6))
        if author is not None:
            r = resolve(doc, author, persons)
            if r.name.lower() not in PRONOUNS and r.name.lower() not in OWNER_PRONOUNS:
                return Mention(m.start, m.end, m.text, r.name, r.name_start, r.name_end)
    return m


def _this_and_previous_paragraph(doc: Doc, pos: int) -> tuple[int, int]:
    """The start of the paragraph of ``pos`` and of the paragraph before it (the same start when there is none;
    over a bracketed line of page furniture): the stretch in which a role or "the company" looks for the one it
    stands for."""
    own = doc.para_of(pos)[0]
    before = doc.para_before(own)
    if before is not None and doc.text[before[0]:before[1]].strip().startswith("(") \
            and doc.text[before[0]:before[1]].strip().endswith(")"):
        before = doc.para_before(before[0]) or before  # (page furniture in brackets: "( Also on POLITICO: ...)")
    return own, before[0] if before is not None else own


MAIN_HOLDER_RATIO = 3  # times more mentions before it that make one of several holders of a role the one it names


def _role_holder(doc: Doc, m: Mention, persons) -> Mention:
    """'the Texas governor', 'the senator' resolved to the one person named before it with a title of that role
    ("Gov. Rick Perry"; :data:`ROLE_TITLES`), or to the last of several when that one alone is named in the role's
    own paragraph or the one before it ("New Jersey Rep. Frank LoBiondo ... The 10-term congressman", "Democratic
    Rep. Bennie Thompson also called on ... (next paragraph) ... the Mississippi Congressman said"); ``m`` itself
    when there is none, or several and none in those paragraphs."""
    words = m.text.lower().split()
    titles = ROLE_TITLES.get(words[-1])
    if titles is None or len(words) > ROLE_WORDS:
        return m
    own, before = _this_and_previous_paragraph(doc, m.start)
    holders = [(s, e, name) for s, e, name, title in _titled(doc, persons) if s < m.start and title in titles]
    sex = "f" if words[-1].endswith("woman") else "m" if words[-1].endswith("man") else None
    if sex is not None:  # "the congresswoman": not a congressman the article marks as a man (nor the reverse)
        genders = _genders(doc, persons)
        # (a first name says more than a surname another person of the article shares: "Frederica Wilson")
        of = [(FIRST_NAME_GENDERS.get(name.split()[0].lower()) if " " in name else None) or gender_of(genders, name)
              for _, _, name in holders]
        holders = [h for h, g in zip(holders, of) if (g or sex) == sex]
    if not holders:
        return m
    last = holders[-1]
    others = {name.split()[-1] for _, _, name in holders} - {last[2].split()[-1]}
    # the role's paragraph, then with the one before; not for "the president", often the head of the outlet's
    # own state named far back while a foreign president is named nearer ("Turkish President Recep Erdogan")
    near = (own,) if words[-1] == "president" else (own, before)
    for ps in near:
        here = {name.split()[-1] for s, _, name in holders if s >= ps}
        if not others or last[0] >= ps and len(here) == 1:
            return Mention(m.start, m.end, m.text, last[2], last[0], last[1])
    # several presidents and not one alone in those paragraphs: the one the article names far more often (the
    # subject of an impeachment story, not the former president it is compared with; not for other roles: a
    # "First Minister" is no prime minister)
    if words[-1] != "president":
        return m  # two people hold the role and not one alone in those paragraphs: no telling which
    counts = {}
    for s, e, name in holders:
        surname = name.split()[-1]
        if surname not in counts:
            counts[surname] = [len(re.findall(rf"\b{re.escape(surname)}\b", doc.text[:m.start])), (s, e, name)]
    ranked = sorted(counts.values(), key=lambda c: -c[0])
    if len(ranked) >= 2 and ranked[0][0] >= MAIN_HOLDER_RATIO * ranked[1][0]:
        s, e, name = ranked[0][1]
        return Mention(m.start, m.end, m.text, name, s, e)
    return m  # several presidents and none named far more often: no telling which


PARTY_MEMBER_WORDS = 4  # words of "the conservative Texas Democrat"


def _party_member_before(doc: Doc, m: Mention, persons) -> Mention:
    """'the conservative Democrat', 'the Texas Republican' (at most :data:`PARTY_MEMBER_WORDS` words) resolved to
    the last person named as the subject of a sentence in its paragraph or the one before ("Rep. Henry Cuellar
    (D-Texas), who survived ..., offered a warning ... "...," the conservative Democrat cautioned"), else the one
    person named there ("applauded by Senate Minority Leader Charles E. Schumer ... the New York Democrat said");
    ``m`` itself when there is none."""
    if len(m.text.split()) > PARTY_MEMBER_WORDS:
        return m
    before = _this_and_previous_paragraph(doc, m.start)[1]
    people = [(s, e, name) for s, e, name, typ in persons if before <= s < m.start and typ == "person"
              and name.lower().split()[-1] not in PARTY_MEMBERS and doc.text[e:e + 2] not in POSSESSIVE_ENDINGS]
    for s, e, name in reversed(people):
        if is_subject(doc, s, e):
            return Mention(m.start, m.end, m.text, name, s, e)
    if len({name.split()[-1] for _, _, name in people}) == 1:  # one person named there, not as a subject
        s, e, name = people[-1]
        return Mention(m.start, m.end, m.text, name, s, e)
    return m




def _organisation_before(doc: Doc, m: Mention, persons) -> Mention:
    """'the company' resolved to the nearest organisation named before it, in its paragraph or the one before,
    that the noun names: the last word of its name ("the Justice Department seized ...": "the department"), or,
    for the subject of its sentence, a company's ending for "the company" or "the firm" ("Incyte Corp."), or its
    apposition ("NGP VAN, the database vendor, issued a statement ... \"...,\" the company said": a run of
    capitals counts as an organisation there); ``m`` itself when there is none."""
    noun = m.text.lower().split()[-1]
    ps = _this_and_previous_paragraph(doc, m.start)[1]
    text = doc.text
    for s, e, name, typ in reversed([p for p in persons if ps <= p[0] < m.start]):
        if not (typ == "org" or name.isupper() and " " in name):
            continue
        last = name.lower().rstrip(".").split()[-1]
        apposition = re.match(r",\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}(\w+)\s*,", text[e:e + 60])
        named = apposition is not None and apposition.group(1).lower() in (noun, "vendor", "company", "firm")
        if last == noun or (noun in ("company", "firm") and last in COMPANY_ENDINGS or named
                            or noun in OUTLET_NOUNS and (last in OUTLET_ENDINGS or last.endswith(".com"))) \
                and is_subject(doc, s, e, article=True):
            return Mention(m.start, m.end, m.text, name, s, e)
    near = [p for p in persons if sentences_back(doc, m.start, 1) <= p[0] < m.start and p[3] == "org"]
    if len(near) == 1 and near[0][2].isupper() and " " not in near[0][2] and noun in ACRONYM_NOUNS \
            and near[0][2] not in gazetteer().places:
        s, e, name, _ = near[0]  # "as ICE tries to recover ... The agency had to re-arrest": the one acronym
        return Mention(m.start, m.end, m.text, name, s, e)  # named in the sentence before, whatever its words
    return m


def _titled(doc: Doc, persons) -> list[tuple[int, int, str, str]]:
    """The person mentions with a title of :data:`ROLE_TITLES` right before them or as their first word
    ("Congressman Anthony Weiner": "Anthony Weiner"), ``(start, end, name, title)``
    in order: not "Vice President Joe Biden", not a run of more words than a name has. Worked out once per
    document."""
    cached = getattr(doc, "_titled", None)
    if cached is not None:
        return cached
    doc._titled = out = []
    text = doc.text
    for s, e, name, typ in persons:
        if typ != "person":
            continue
        first, _, rest = name.partition(" ")
        if first.rstrip(".").lower() in ROLE_TITLE_WORDS and rest and rest.count(" ") < ROLE_NAME_WORDS:
            # the title inside the name run ("Congressman Anthony Weiner"): the name is the rest
            out.append((e - len(rest), e, rest, first.rstrip(".").lower()))
        elif name.count(" ") < ROLE_NAME_WORDS:
            t = TITLE_BEFORE_NAME.search(text, max(0, s - TITLE_REACH), s)
            if t is not None and not t.group(1):
                out.append((s, e, name, t.group(2).lower()))
    return out


FURNITURE_CHARS = 12  # a paragraph this short is page furniture ("AD", "Advertisement"), not counted back


def sentences_back(doc: Doc, pos: int, n: int) -> int:
    """The start of the sentence ``n`` sentence ends before ``pos`` (a long paragraph, such as a video's
    transcript, holds many), or 0."""
    ends = doc.end_idx  # (the tokens whose END flag is set, in order)
    j = bisect_right(ends, doc.tok_index(pos) - 1) - 1 - n
    return doc.words.en[ends[j]] if j >= 0 else 0


def paras_back(doc: Doc, pos: int, n: int) -> int:
    """The start of the paragraph ``n`` paragraphs before the one of ``pos``, not counting paragraphs of at most
    :data:`FURNITURE_CHARS` characters ("AD" lines between paragraphs of the Washington Post)."""
    if not doc.paras:
        return 0
    k = bisect_left(doc._para_starts, pos + 1) - 1
    while n > 0 and k > 0:
        k -= 1
        s, e = doc.paras[k]
        n -= e - s > FURNITURE_CHARS
    return doc.paras[max(0, k)][0]


def actor_lookup(lexicon: dict | None):
    """A function ``name -> (actor, side) | None`` from a story lexicon's actors (:mod:`analysis.actors`),
    or ``None`` when the lexicon has no actors."""
    from analysis import actors  # actors imports nothing from here; kept local so each module loads alone

    table = actors.actor_table(lexicon or {})
    if len(table) == 0:
        return None
    return lambda s: actors.match_actor(s, table)
