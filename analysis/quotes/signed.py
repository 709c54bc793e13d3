"""Words the page itself signs with their speaker's name: embedded tweets and transcript turns.

* **Tweets.** An embedded tweet, as news sites print it, ends with its signature: ``— Name (@handle) Month D,
  YYYY``. The words before the signature, in its paragraph (after any earlier signature there), are the tweet;
  links at its end (``pic.twitter.com/...``, ``https://t.co/...``) are no part of it, and a paragraph that holds
  only links and the signature signs the paragraph before it. The speaker is the name in the signature.
* **Transcript turns.** A paragraph that opens with a speaker label in capitals and a colon (``AMY GOODMAN:``,
  ``MARTIN:``, ``RACHEL MARTIN, HOST:``) holds that speaker's words; a label alone on its line (NPR's
  ``RACHEL MARTIN, HOST:``) signs the paragraphs after it up to the next label, and a label after a sentence end
  inside a turn starts the next turn ('SCHIEFFER: "Will you run?" CRUZ: "My focus ..."'). A label is a
  speaker's when it carries a role after a comma (``, HOST``, ``, BYLINE``: ``transcript_roles``, office words
  and titles), when it is a person the article names (``AMY GOODMAN`` for "I'm Amy Goodman", ``DETROW`` for
  "Scott Detrow"), or when it is the surname of such a label; never a heading of the page (``page_labels`` in
  ``quote_words.yaml``: ``FILE PHOTO:``, ``UPDATE:``, ``TARGET:``).

Both give ``direct`` rows (the words are the speaker's own, verbatim) with rule ``tweet`` or ``transcript`` and no
cue (no verb attributes them, so the verb profile leaves them out); a quotation that already covers the same
words keeps its own row.
"""

from __future__ import annotations

import re

from analysis.quotes.attribution import Attribution
from analysis.quotes.document import Doc
from analysis.quotes.speakers import Mention
from analysis.quotes.vocabulary import OFFICE_WORDS, PAGE_LABELS, PERSON_TITLES, TRANSCRIPT_ROLES

MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
TWEET_SIGNATURE = re.compile(
    r"\s*[\u2014\u2013-]{1,2}\s?(?P<name>[^()\n\u2014]{1,60}?)\s\(@(?P<handle>\w{1,15})\)\s(?:%s)\s\d{1,2},\s\d{4}"
    % MONTHS)
"""``— Donald J. Trump (@realDonaldTrump) August 1, 2018``: the name and handle of a tweet's author and its date."""
TRAILING_LINKS = re.compile(r"(?:\s*(?:pic\.twitter\.com/\S+|https?://\S+|via @\w+))+\s*$")
"""Links that close a tweet's text: a picture's, a shortened link and the account it came "via"."""
SPEAKER_LABEL = re.compile(r"(?P<label>[A-Z][A-Z.'\u2019-]*(?: [A-Z][A-Z.'\u2019-]*){0,4})"
                           r"(?:, (?P<role>[A-Z][A-Z ]{1,30}))?:(?:\s|$)")
"""A transcript's speaker label at the start of a paragraph: ``AMY GOODMAN:``, ``RACHEL MARTIN, HOST:``."""
TURN_PARAGRAPHS = 4  # paragraphs after a label alone on its line that its speaker speaks, at most


def signed(doc: Doc, persons) -> list[tuple[tuple[int, int], Attribution]]:
    """The tweets and transcript turns of a document: ``((start, end), attribution)``, in text order."""
    return sorted(_tweets(doc) + _turns(doc, persons), key=lambda x: x[0])


def _tweets(doc: Doc) -> list:
    text, out = doc.text, []
    if "(@" not in text:
        return out
    for k, (ps, pe) in enumerate(doc.paras):
        at = ps
        for m in TWEET_SIGNATURE.finditer(text, ps, pe):
            start, end = at, m.start()
            words = TRAILING_LINKS.sub("", text[start:end])
            if not words.strip() and k > 0 and at == ps:
                start, end = doc.paras[k - 1]  # a paragraph of links and the signature signs the one before
                words = TRAILING_LINKS.sub("", text[start:end])
            end = start + len(words.rstrip())
            start += len(words) - len(words.lstrip())
            at = m.end()
            if end > start:
                name = m.group("name").strip()
                ns = m.start("name") + m.group("name").index(name)
                out.append(((start, end), Attribution(Mention(ns, ns + len(name), name, name, ns, ns + len(name)),
                                                      rule="tweet")))
    return out


def before_signature(doc: Doc, start: int, end: int) -> int:
    """``end``, or the end of a tweet's words when a tweet's signature (and the links before it) starts inside
    ``text[start:end]``: a reported clause of a tweet ("Alabama bill proposes it https://t.co/... — General
    William T. Sherman (@secularagnostic) February 14, 2020") ends with the tweet."""
    text = doc.text
    if "(@" not in text[start:end]:
        return end
    m = TWEET_SIGNATURE.search(text, start, end)
    if m is None:
        return end
    words = TRAILING_LINKS.sub("", text[start:m.start()]).rstrip()
    return start + len(words) if words else end


def _turns(doc: Doc, persons) -> list:
    text = doc.text
    labels = []  # (paragraph, label start, label end, label, role, words start)
    for k, (ps, pe) in enumerate(doc.paras):
        m = SPEAKER_LABEL.match(text, ps, pe)
        if m is not None:
            labels.append((k, m.start("label"), m.end("label"), m.group("label"), m.group("role"), m.end()))
    if not labels:
        return []
    people = {}  # lower-case full name and surname of the article's persons -> the full name
    for _, _, name, typ in persons:
        if typ == "person" and not name.isupper() and name[:1].isupper():  # (not "of State Mike Pompeo")
            people.setdefault(name.lower(), name)
            if " " in name:
                people.setdefault(name.rsplit(None, 1)[1].lower(), name)
    candidates = [(label, role) for _, _, _, label, role, _ in labels]
    for k, _, _, _, _, words in labels:  # labels inside a turn's paragraph ('... CRUZ: "My focus ..."')
        inline = _INLINE_LABEL.finditer(text, words, doc.paras[k][1])
        candidates += [(m.group("label"), m.group("role")) for m in inline]
    named = {}  # label -> the name it stands for
    for label, role in candidates:
        low = label.lower()
        if low in PAGE_LABELS:
            continue
        if low in people or role is not None and " " in label and _a_role(role):
            named[label] = people.get(low, label.title())
    for label, _ in candidates:  # the surname of a full label ("MARTIN" of "RACHEL MARTIN, HOST")
        if label not in named and " " not in label and label.lower() not in PAGE_LABELS:
            full = next((n for lab, n in named.items() if lab.rsplit(None, 1)[-1] == label), None)
            if full is not None:
                named[label] = full
    out = []
    label_paras = {k for k, *_ in labels}
    for k, ls, le, label, _, words in labels:
        if label not in named:
            continue
        pe = doc.paras[k][1]
        if text[words:pe].strip() and doc.caps_paragraph(ls):
            continue  # "TOM FITTON: MAXINE WATERS SHOULD BE INVESTIGATED": another story's headline, no turn
        if not text[words:pe].strip():  # a label alone on its line: the paragraphs after it
            attr = _said_by(text, ls, le, named[label])
            for j in range(k + 1, min(len(doc.paras), k + 1 + TURN_PARAGRAPHS)):
                if j in label_paras:
                    break
                out.append((_stripped(text, *doc.paras[j]), attr))
            continue
        # the paragraph's words, up to another named label inside it ('SCHIEFFER: "Will you run?" CRUZ: "My ..."')
        for m in _INLINE_LABEL.finditer(text, words, pe):
            if m.group("label") in named:
                out.append((_stripped(text, words, m.start()), _said_by(text, ls, le, named[label])))
                ls, le, label, words = m.start("label"), m.end("label"), m.group("label"), m.end()
        out.append((_stripped(text, words, pe), _said_by(text, ls, le, named[label])))
    return [(span, a) for span, a in out if span[1] > span[0]]


_INLINE_LABEL = re.compile(r"(?<=[.?!\"\u201d)] )" + SPEAKER_LABEL.pattern)
"""A speaker label inside a paragraph, after the end of a sentence ('... for President?" CRUZ: "My ...')."""


def _a_role(role: str) -> bool:
    """The words after a label's comma name a role ("HOST", "BYLINE", "SENATOR"), not a second place ("OHIO")."""
    return any(w in TRANSCRIPT_ROLES or w in OFFICE_WORDS or w in PERSON_TITLES for w in role.lower().split())


def _said_by(text: str, start: int, end: int, name: str) -> Attribution:
    """The attribution of a turn to the label at ``text[start:end]``, which stands for ``name``."""
    return Attribution(Mention(start, end, text[start:end], name, start, end), rule="transcript")


def _stripped(text: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` without the white space at either end of ``text[start:end]``."""
    part = text[start:end]
    return start + len(part) - len(part.lstrip()), end - len(part) + len(part.rstrip())
