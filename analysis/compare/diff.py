"""Word-level differences between two wordings, marked the way GNU ``wdiff`` marks them.

Tokens are compared lower-cased (:data:`analysis.text.TOKEN_RE`), so punctuation, quotation-mark style and
capitals never count as differences. The alignment is :class:`difflib.SequenceMatcher` (Ratcliff/Obershelp
"gestalt pattern matching", Ratcliff & Metzener 1988) on the token sequences.
"""

from __future__ import annotations

from difflib import SequenceMatcher

from analysis.compare import _tokens

DROP = ("[-", "-]")
ADD = ("{+", "+}")


def token_diff(a: str, b: str) -> list[tuple[str, str, str]]:
    """The edit script from ``a`` to ``b`` as ``(op, a_words, b_words)``, op one of ``equal``, ``delete``
    (words of ``a`` missing from ``b``), ``insert`` (words ``b`` adds) and ``replace``; words are the original
    spellings joined by spaces."""
    _, _, la = _tokens.spans(a)
    _, _, lb = _tokens.spans(b)
    ta, tb = _tokens.textlib.tokens(a), _tokens.textlib.tokens(b)
    ops = SequenceMatcher(None, la, lb, autojunk=False).get_opcodes()
    return [(op, " ".join(ta[i1:i2]), " ".join(tb[j1:j2])) for op, i1, i2, j1, j2 in ops]


def _mark(text: str, starts, ends, ranges: list[tuple[int, int]], marks: tuple[str, str]) -> str:
    out = text
    for i1, i2 in sorted(ranges, reverse=True):
        s, e = int(starts[i1]), int(ends[i2 - 1])
        out = out[:s] + marks[0] + out[s:e] + marks[1] + out[e:]
    return out


def diff_markup(a: str, b: str) -> tuple[str, str]:
    """``a`` and ``b`` with their differing words marked: in ``a``, words that ``b`` drops or replaces as
    ``[-...-]``; in ``b``, words it adds or puts instead as ``{+...+}``. Everything else is left as written."""
    sa, ea, la = _tokens.spans(a)
    sb, eb, lb = _tokens.spans(b)
    ops = SequenceMatcher(None, la, lb, autojunk=False).get_opcodes()
    ra = [(i1, i2) for op, i1, i2, _, _ in ops if op in ("delete", "replace")]
    rb = [(j1, j2) for op, _, _, j1, j2 in ops if op in ("insert", "replace")]
    return _mark(a, sa, ea, ra, DROP), _mark(b, sb, eb, rb, ADD)
