"""One sentence as the stance rules see it: tokens with lemmas, cue items, proposition mentions, actors, quotes."""

from __future__ import annotations

from typing import NamedTuple

from analysis.stance.vocabulary import WORD_RE, Vocabulary, word_lemma


CONTRACTIONS = {"won't": ("will", "not"), "can't": ("can", "not"), "shan't": ("shall", "not"),
                "cannot": ("can", "not")}
"""Negated forms read as two words (the verb and "not")."""
TERM_AFTER_CUE = 4        # a term this close after a word for/against the proposition is the same mention
PERSONAL = frozenset({"i", "we", "our", "us", "my", "me"})
PRONOUN_HOLDERS = frozenset({"its", "their", "his", "her", "it", "they", "he", "she"})
OBJECT_PREPOSITIONS = frozenset({"to", "with", "for", "from", "of", "on", "at", "in", "over", "under", "within",
                                 "among", "across", "behind", "against", "about", "into", "toward", "towards",
                                 "between", "than", "like", "accuse", "blame", "fault", "criticize", "criticise",
                                 "condemn", "praise", "thank", "congratulate"})
"""Lemmas before an actor that make it an object, never the subject of what follows: prepositions ("a letter to
Reid warning", "racist elements in the Tea Party") and verbs whose object is named next ("accused the NAACP of",
"faulted Reid for"). Verbs that ask an actor to act ("urge", "push") are read by the rule for them."""
DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our"})
SUBJECT_OPENERS = frozenset({"that", ",", "and", "but", "or", "as", "while", "when", "because", "since", '"', "the",
                             "after", "before", "although", "though", "if", "once", "until", "where", "whereas",
                             "so", "then", "who", "which"})
"""Words after which a clause's subject may stand ("after Kristol called for", "that Republicans would")."""
BREAK_MARKS = frozenset({";", ":", "—", "–", "(", ")", "?", "!"})


class Token(NamedTuple):
    start: int
    end: int
    text: str
    lemma: str


def sentence_tokens(text: str, s0: int, s1: int) -> list[Token]:
    """The word and punctuation tokens of ``text[s0:s1]`` with their lemmas; "won't" is read as "will" + "not"."""
    out = []
    for m in WORD_RE.finditer(text, s0, s1):
        word = m.group().replace("’", "'")
        low = word.lower()
        if low in CONTRACTIONS or (low.endswith("n't") and len(low) > 3):
            base, neg = CONTRACTIONS.get(low, (low[:-3], "not"))
            cut = m.start() + len(word) - 3       # "do|n't", "can|not"
            out.append(Token(m.start(), cut, word[:cut - m.start()], word_lemma(base)))
            out.append(Token(cut, m.end(), word[cut - m.start():], "not"))
        else:
            out.append(Token(m.start(), m.end(), m.group(), word_lemma(word)))
    return out


class Item(NamedTuple):
    first: int      # token indexes first..last (inclusive)
    last: int
    kind: str       # attitude | reporting | modal | negator | condition
    label: str      # the attitude class, modal kind or negator phrase


class Mention(NamedTuple):
    first: int
    last: int
    issue: str
    polarity: int   # +1: a term or a word for the proposition; -1: a word against it
    directed: bool  # a word for or against the proposition (a term alone names the topic, not a direction)


ITEM_ORDER = {"not a cue": 0, "attitude": 1, "reporting": 2, "modal": 3, "condition": 4, "negator": 5, "control": 6,
              "receiving": 7}


class Sentence:
    """One sentence as tokens, with its cue items, actor mentions and the quotations that cover it."""

    def __init__(self, text: str, s0: int, s1: int, vocab: Vocabulary, actors: list, quotes: list[dict],
                 sides: dict[str, str] | None = None):
        self.text, self.s0, self.s1 = text, s0, s1
        self.sides = sides or {}
        self.toks = sentence_tokens(text, s0, s1)
        self.lemmas = [t.lemma for t in self.toks]
        self.forms = [t.text.lower() for t in self.toks]
        self.vocab = vocab
        self.items = self._items()
        self.item_ending = {it.last: it for it in self.items}
        self.actor_ending = {}
        for a0, a1, _alias, actor, _side in actors:
            first = self._index(a0)
            last = self._index(a1 - 1)
            if first is not None and last is not None:
                self.actor_ending[last] = (first, last, actor)
        self.quotes = quotes

    def actor_ending_at_start(self, first: int) -> int:
        """The last token of the actor mention that starts at token ``first``."""
        return next(last for last, (f, _l, _a) in self.actor_ending.items() if f == first)

    def _index(self, pos: int) -> int | None:
        for k, t in enumerate(self.toks):
            if t.start <= pos < t.end:
                return k
        return None

    def _items(self) -> list[Item]:
        v, n, out, i = self.vocab, len(self.lemmas), [], 0
        matchers = (("not a cue", v.not_cue), ("attitude", v.attitude), ("reporting", v.reporting),
                    ("modal", v.modal), ("condition", v.condition), ("negator", v.negator), ("control", v.control),
                    ("receiving", v.receiving))
        while i < n:
            found = [(m[0], kind, m[1]) for kind, ph in matchers if (m := ph.match(self.lemmas, i, n, self.forms))]
            if not found:
                i += 1
                continue
            length, kind, label = min(found, key=lambda f: (-f[0], ITEM_ORDER[f[1]]))
            out.append(Item(i, i + length - 1, kind, label))
            i += length
        return out

    def mentions(self) -> list[Mention]:
        """The proposition mentions, a word for or against an issue with the term right after it taken as one."""
        v, n = self.vocab, len(self.lemmas)
        words, i = [], 0
        while i < n:
            m = v.issue_words.match_all(self.lemmas, i, n, self.forms)
            if m:
                length, labels = m
                for label in labels:
                    issue, direction = label.split("\t")
                    words.append(Mention(i, i + length - 1, issue, 1 if direction == "for" else -1, True))
                i += length
            else:
                i += 1
        terms = []
        for t0, t1, _term, issue, _g in v.terms.finditer(self.text, self.s0, self.s1):
            first, last = self._index(t0), self._index(t1 - 1)
            if first is not None and last is not None:
                terms.append(Mention(first, last, issue, 1, False))
        out = []
        for w in words:
            shared = sum(1 for o in words if o.first == w.first) > 1
            near = any(t.issue == w.issue and w.last < t.first <= w.last + TERM_AFTER_CUE for t in terms)
            if shared and not any(t.issue == w.issue for t in terms):
                continue             # a word of several issues ("extend") counts for those named in the sentence
            if near or not shared or not any(o.first == w.first and any(t.issue == o.issue and o.last < t.first
                                             <= o.last + TERM_AFTER_CUE for t in terms) for o in words):
                out.append(w)
        for t in terms:
            if not any(w.issue == t.issue and w.first <= t.first <= w.last + TERM_AFTER_CUE for w in out):
                out.append(t)        # "cede territory": the term belongs to the word before it
        return sorted(set(out))

    def quote_at(self, k: int, kinds=("direct", "partial")) -> dict | None:
        t = self.toks[k]
        for q in self.quotes:
            if q["kind"] in kinds and q["start"] <= t.start and t.end <= q["end"]:
                return q
        return None

    def quote_with_cue(self, item: Item) -> dict | None:
        a, b = self.toks[item.first].start, self.toks[item.last].end
        for q in self.quotes:
            cs = q.get("cue_start")
            if cs is not None and cs == cs and a <= int(cs) < b and q.get("actor"):
                return q
        return None


def is_participle(tok: Token) -> bool:
    return tok.text.lower().endswith("ing") and len(tok.text) > 4
