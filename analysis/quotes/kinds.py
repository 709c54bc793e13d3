"""The kind of a quoted piece: ``direct`` (a quoted sentence), ``partial`` (quoted words inside a sentence),
``title`` (a short quote in title case, "Coalition of the Willing") or ``scare`` (other short quotes: the
distancing use of quotation marks). See :func:`classify` for the tests, in order."""

from __future__ import annotations

import re

from analysis import text as textlib
from analysis.quotes.cues import cue_at
from analysis.quotes.document import Doc
from analysis.quotes.marks import Piece
from analysis.quotes.vocabulary import ARTICLES, COORDINATORS, NAMED_THINGS, NAMING_CUES, POSSESSIVES, PRONOUNS

LEAD_CHARS = 80  # characters before an opening mark read for a reporting verb ("he said, "...")
LEAD_TOKENS = 6  # tokens back from the opening mark a reporting verb may stand ("Peskov told reporters on Monday: ")
SPLIT_WORDS = 20  # words between the halves of a split quote ("A," he said, referring to X, "b.")
def _opens_sentence(doc: Doc, piece: Piece) -> bool:
    """True when the opening mark starts a sentence: paragraph start, after ``.!?:``, after another quote,
    after a reporting verb (``said "``, ``said, "``) or after an attribution and a comma (``he said, "``)."""
    if piece.open_at < 0:
        return True
    ps, _ = doc.para_of(piece.open_at)
    lead = doc.text[ps:piece.open_at].rstrip()
    if not lead or lead.endswith((".", "!", "?", ":", '"', "''", "—", "(", ";")):
        return True
    a = doc.tok_index(max(ps, piece.open_at - LEAD_CHARS))
    b = doc.tok_index(piece.open_at)
    if a >= b:
        return True
    txt = doc.words.txt
    last = b - 1
    if txt[last] == ",":
        last -= 1
    for n in range(last, max(a - 1, last - LEAD_TOKENS), -1):
        if txt[n] in (".", "!", "?", '"'):
            break
        cue = cue_at(doc.words, n, a, b, doc.verbs)
        if cue and cue.lemma not in NAMING_CUES:  # "called it "a farce"": a name, not a sentence
            return txt[b - 1] == "," or n == last
    return False


def _continues(doc: Doc, prev: Piece | None, piece: Piece) -> bool:
    """True for the second half of a split quote: ``"A," he said, referring to X, "b."`` or ``"A," but "b"``
    (same paragraph, the first half ends in a comma or no punctuation, no sentence end in between)."""
    if prev is None or prev.para != piece.para or prev.close_at < 0 or piece.open_at < 0:
        return False
    first = doc.text[prev.start:prev.end].rstrip()
    if not first.endswith(","):
        return False
    between = doc.text[prev.close_end:piece.open_at]
    return len(between.split()) <= SPLIT_WORDS and not re.search(r"[.!?]\s", between + " ") or not between.strip()


def _title_words(words: list[str]) -> bool:
    """Words in title case: some are long (4+ letters) or capitalised, and each such word is capitalised or
    a number ("Coalition of the Willing")."""
    cap_words = [w for w in words if len(w) >= 4 or w[:1].isupper()]
    return bool(cap_words) and all(w[:1].isupper() or w.isdigit() for w in cap_words)


_SENTENCE_INSIDE = re.compile(r"[.!?]\s+[A-Z\"]")  # a sentence end followed by another sentence
_TITLED = re.compile(r"(?:titled|entitled|headlined|dubbed)[ \t]*,?[ \t]*$", re.I)  # 'a report titled "..."'
_OWNED_OR_TOLD = re.compile(r"(?:['\u2019]s|\btold|\btells?)[ \t]*$", re.I)  # 'NBC's "Today"', 'he told "Today."'
TOLD_TITLE_WORDS = 6  # words of a title after a possessive or "told" at most ("Meet the Press", "Fox News Sunday")
TITLED_LEAD = 14  # characters before an opening mark read for 'titled' ("headlined, " and spaces)
_WORK_BEFORE = re.compile(r"\b(?:book|novel|memoir|film|movie|documentary|album|song|play|show|series|podcast|essay|"
                          r"op-ed|column|article|poem)[ \t]*$", re.I)  # 'the seminal 2008 book "The Party Decides"'



def _titled_by_lead(doc: Doc, piece: Piece) -> bool:
    """The words right before the opening mark, on its line, introduce the title of a work ('a report titled
    "No Ceiling"', 'the document, titled "..."'): the quote names the work, nobody says it."""
    at = piece.open_at
    return at >= 0 and _TITLED.search(doc.text, max(0, at - TITLED_LEAD), at) is not None


def _owned_or_told(doc: Doc, piece: Piece) -> bool:
    """The opening mark follows a possessive or "told" with no comma or colon between: a title-case quote there
    names a work or a programme ('Trump told NBC's "Today" show', '"...," he told "Today."'), not words said."""
    at = piece.open_at
    return at >= 0 and _OWNED_OR_TOLD.search(doc.text, max(0, at - TITLED_LEAD), at) is not None


_WORD_BEFORE = re.compile(r"(\w+)(?:['\u2019]s)?[ \t]*$")
_WORD_AFTER = re.compile(r"[ \t]+(\w+)")


def _names_a_thing(doc: Doc, piece: Piece) -> bool:
    """The quote stands between a determiner or a possessive and a noun of ``named_things`` ('the "don't ask,
    don't tell" policy', 'Trump's "America First" agenda'): it names the thing, nobody is reported to say it."""
    if piece.open_at < 0 or piece.close_at < 0:
        return False
    before = _WORD_BEFORE.search(doc.text, max(0, piece.open_at - TITLED_LEAD), piece.open_at)
    after = _WORD_AFTER.match(doc.text, piece.close_end)
    if before is None or after is None:
        return False
    owned = before.group(0).rstrip()[-2:] in ("'s", "\u2019s")
    return (owned or before.group(1).lower() in ARTICLES | POSSESSIVES) and after.group(1) in NAMED_THINGS


def _heading(doc: Doc, piece: Piece, content: str) -> bool:
    """A quote in capitals with no closing punctuation that is its whole paragraph: a heading that quotes
    someone ("‘I KNOW MY TONE WAS SHARP’" above the paragraphs that tell who wrote it), not words said there."""
    if piece.open_at < 0 or piece.close_at < 0 or not content.isupper() \
            or content.rstrip().endswith((".", ",", "!", "?", ":", ";")):
        return False
    ps, pe = doc.para_of(piece.open_at)
    return not doc.text[ps:piece.open_at].strip() and not doc.text[piece.close_end:pe].strip()


def _sentence_goes_on(doc: Doc, piece: Piece) -> bool:
    """The sentence goes on after the closing mark with a lower-case word in the same paragraph that is no
    pronoun, conjunction or reporting verb ('"Boots on the ground" would be appropriate, Ben Carson said'): the
    quoted words are part of a sentence of the writer's, not a sentence of their own."""
    if piece.close_at < 0:
        return False
    w = doc.words
    k = doc.tok_index(piece.close_end)
    if k >= len(w) or w.st[k] >= doc.para_of(piece.close_at)[1]:
        return False
    word = w.txt[k]
    return word[:1].islower() and word.isalpha() and w.low[k] not in PRONOUNS and w.low[k] not in COORDINATORS \
        and cue_at(w, k, k, len(w), doc.verbs) is None


_WEB_ADDRESS = re.compile(r"https?://|www\.|\.com\b")


def classify(text: str, doc: Doc, piece: Piece, group: list[Piece], attributed: bool,
              prev: Piece | None, n: int) -> str:
    """The kind of a quoted piece of the quotation ``group`` (its pieces), which has ``n`` words
    (:data:`analysis.text.TOKEN_RE` tokens)."""
    if _titled_by_lead(doc, piece):
        return "title"
    content = text[piece.start:piece.end]
    if content[:1].isupper() and piece.open_at >= 0 \
            and _WORK_BEFORE.search(doc.text, max(0, piece.open_at - TITLED_LEAD), piece.open_at) \
            and _title_words(textlib.tokens(content)):
        return "title"  # a work named after its noun: 'co-author of the seminal 2008 book "The Party Decides: ..."'
    if " " not in content.strip() and _WEB_ADDRESS.search(content):
        return "scare"  # a web address between the marks of page markup ('">http://video.foxnews.com'): no one's words
    if _heading(doc, piece, content) or content.isupper() and piece.open_at >= 0 and doc.caps_paragraph(piece.open_at):
        return "title"  # (a quote inside a heading in capitals: "‘TIME TO MOVE FORWARD’ WITH RUSSIA")
    if n >= 2 and piece is group[0] and piece is group[-1] and _names_a_thing(doc, piece):
        return "title"
    if 1 <= n <= TOLD_TITLE_WORDS and content[:1].isupper() and _owned_or_told(doc, piece) \
            and _title_words(textlib.tokens(content)):
        return "title"
    if prev is not None and prev.kind == "direct" and _continues(doc, prev, piece):
        return "direct"
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
    if opens and not ends_punct and not multi and len(group) == 1 and _sentence_goes_on(doc, piece):
        opens = False  # ('"Boots on the ground" would be appropriate, ... said': words inside a sentence)
    if n >= 2 and (opens and (ends_punct or content[:1].isupper() or n >= 4 or piece.close_at < 0)
                   or multi and content[:1].isupper()):
        return "direct"
    if 1 <= n <= 8 and content[:1].isupper() and not ends_punct and _title_words(words):
        return "title"
    if n >= 4 or (attributed and n >= 2):
        return "partial"
    return "scare"
