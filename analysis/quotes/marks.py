"""Quotation marks and the quoted stretches they enclose (:class:`Piece`), paragraph by paragraph.

The analysed text has straight quotes only (see :mod:`analysis.cleaning`); the raw text still tells an opening
curly mark from a closing one, and for straight marks the neighbouring characters do (space before = opening,
space or punctuation after = closing). Marks are paired inside a paragraph; a quote still open at the end of a
paragraph stops there and, when the next paragraph opens with a mark, continues in it (the news convention for
multi-paragraph quotes). Single quotes count only when the raw text has a curly opening mark (a straight ``'``
is mostly an apostrophe).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from analysis import text as textlib

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
        nested = set()  # the marks of a quotation inside the open one
        for k, ((p, w), role) in enumerate(zip(marks, roles)):
            if k in nested:
                continue
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
                if role == "o" and raw is not None and raw[p] in _OPENERS and roles[k + 1:k + 3] == ["c", "c"] \
                        and all(raw[m] in _CLOSERS for m, _ in marks[k + 1:k + 3]):
                    # an opener and two closers: a quotation inside the open one ('"... render most
                    # "Constitutional Authority Statements" controversial."'), part of it
                    nested.add(k + 1)
                    continue
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

