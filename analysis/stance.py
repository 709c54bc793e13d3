"""Stance: which position an article attributes to which actor on which proposition, with its evidence.

A story lexicon's ``issues`` section states the propositions positions are about, each with a direction::

    issues:
      territory:
        proposition: Ukraine gives up territory
        terms: [territory, land, Donbas]            # what the proposition is about
        for: [cede, give up, hand over, concession] # words saying it happens
        against: [keep, hold on to]                 # words saying it does not

(``issue: [terms]`` still works: a proposition "<issue> goes ahead" with no words for or against.)

A **statement** is one sentence in which an actor takes a position on a proposition. The position is composed,
not guessed from a cue word near a topic word. Reading backwards from each mention of a proposition (a term or
a word for or against it) to the start of its clause, the rules collect:

* the **attitude** that governs it: an attitude verb or noun of ``analysis/data/stance_cues.yaml`` (``insist``,
  ``refusal``, ``propose``, ``open to``...), or a neutral reporting verb (``said``) that passes the clause on;
* the **negators** in scope (``not``, ``never``, ``no``, ``rather than``...): each flips the polarity; those
  between the attitude and the proposition flip what is wanted ("insist that *no* concessions be made"), those
  before the attitude flip the attitude ("did *not* rule out": open to);
* the **modality** of the clause when no attitude governs it (``must`` demands, ``could`` is open to,
  ``will not`` rejects);
* a **condition** (``only if``, ``unless``, ``until``, ``in exchange for``): a position that holds only under a
  condition is ``conditional``; the proposition named *in* the condition of a refusal ("block everything
  *until* the tax cuts pass") is demanded;
* the **holder**: the speaker of the quotation the proposition is in, or of the reporting verb (as the
  quotation rules of :mod:`analysis.quotes` resolve it, pronouns included), else the grammatical subject of the
  attitude, found by position: the nearest actor of the lexicon before it in its clause (across a participle
  clause, ", reiterating ..."), or the possessor of an attitude noun ("Russia's demands").

``attitude x polarity`` gives the stance (:data:`COMPOSE`): demands x for = ``demands``, demands x against =
``rejects``; rejects x for = ``rejects``; proposes, open to x for = ``proposes``, ``open to``. Every other
combination (a double negative, "did not propose") gives no row: a sentence the rules cannot read gives no row
rather than a guess. Each row names the rule that produced it (``rule``), with the offsets of its sentence, its
cue and its holder.

Rule-based stance composition in the line of Wilson, Wiebe & Hoffmann (2005, "Recognizing contextual polarity
in phrase-level sentiment analysis", HLT/EMNLP: polarity shifters, negation scope) and Moilanen & Pulman (2007,
"Sentiment composition", RANLP); cue classes after Biber & Finegan (1989) and Hyland (2005), see the data file.
Validated against hand coding: ``benchmarks/eval_stance.py`` (codebook in ``benchmarks/stance_gold/``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

import pandas as pd

from analysis import text as textlib
from analysis.actors import TermMatcher, actor_table
from analysis.corpus import Corpus
from analysis.lexicon import Issue, load_issues, package_data
from analysis.yamlfile import read_yaml

STANCES = ("demands", "proposes", "open to", "conditional", "rejects")
"""Stance values, always relative to the proposition of the issue."""
SUPPORTING = frozenset({"demands", "proposes", "open to"})
"""Stances for the proposition; ``rejects`` is against it and ``conditional`` neither."""
STANCE_COLUMNS = ["doc_id", "start", "end", "source", "actor", "side", "issue", "proposition", "stance", "cue",
                  "cue_start", "cue_end", "holder", "holder_start", "holder_end", "rule", "text"]
GRID_COLUMNS = ["actor", "side", "issue", "stance", "sentences", "documents", "sources", "agreement", "evidence"]

COMPOSE = {
    ("demands", +1): "demands", ("demands", -1): "rejects",
    ("proposes", +1): "proposes",
    ("open to", +1): "open to",
    ("rejects", +1): "rejects",
}
"""Stance of ``(attitude, polarity of what it governs)``; a pair not listed gives no row."""
NEGATED_ATTITUDE = {"rejects": "open to", "open to": "rejects", "demands": "rejects"}
"""An attitude under negation ("did not rule out", "would not accept", "does not want")."""
MODAL_STANCE = {("modal_demands", +1): "demands", ("modal_demands", -1): "rejects",
                ("modal_open", +1): "open to", ("modal_open", -1): "rejects",
                ("modal_future", -1): "rejects"}
"""Stance of a clause with no attitude, by its modality and polarity ("must", "could", "will not")."""
CONTRAST = frozenset({"rather than", "instead of"})
"""Negators that name the alternative an attitude turns down ("openness to a ceasefire rather than concessions")."""
STRONG_NEGATORS = frozenset({"never", "no right to", "against", "rather than", "instead of"})
"""Negators that state a position without a modal ("Ukraine is against ceding land")."""
_SCAN_WORDS = 40           # how far back from a proposition the rules read: longer clauses are not composed
_TERM_AFTER_CUE = 4        # a term this close after a word for/against the proposition is the same mention
_CONDITION_AFTER = 14      # a condition marker this close after a proposition qualifies it
_NEGATOR_REACH = 4         # a negator this close before an attitude negates it ("did not rule out", "no reason for us to accept")
_CONTRACTIONS = {"won't": ("will", "not"), "can't": ("can", "not"), "shan't": ("shall", "not"),
                 "cannot": ("can", "not")}
_PERSONAL = frozenset({"i", "we", "our", "us", "my", "me"})
_PRONOUN_HOLDERS = frozenset({"its", "their", "his", "her", "it", "they", "he", "she"})
_OBJECT_PREPOSITIONS = frozenset({"to", "with", "for", "from", "of", "on", "at", "against", "about", "into",
                                  "toward", "towards", "between", "among", "than", "like", "blaming", "faulted"})
"""Words before an actor that make it an object, never the subject of what follows ("a letter to Reid warning")."""
_PASSIVE_LINKS = frozenset({"-", "—", "and", ",", "which", "was", "were", "is", "are", "being", "been",
                            "initially", "later", "then"})
_OPEN_QUESTION = frozenset({"whether"})
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our"})
_SUBJECT_OPENERS = frozenset({"that", ",", "and", "but", "as", "while", "when", "because", "since", '"', "the"})
_BREAK_MARKS = frozenset({";", ":", "—", "–", "(", ")", "?", "!"})


# --- word lists ------------------------------------------------------------------------------------------------

class _Phrases:
    """Lemma sequences to find in a token list, longest first: ``match(lemmas, i)`` -> ``(length, label)``."""

    def __init__(self, labelled: list[tuple[str, str]], gap: int = 0):
        self.by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        self.gap = gap
        for phrase, label in labelled:
            phrase = str(phrase)
            if phrase.startswith("="):   # "=claims": this form only, not every form of its lemma ("claimed")
                words = tuple("=" + w.lower() for w in _word_re.findall(phrase[1:]))
            else:
                words = tuple(_lemma(w) for w in _word_re.findall(phrase))
            if words:
                self.by_first.setdefault(words[0], []).append((words, label))
        for options in self.by_first.values():
            options.sort(key=lambda o: -len(o[0]))

    def match_all(self, lemmas: list[str], i: int, hi: int, forms: list[str] | None = None):
        """Like :meth:`match`, with every label of the longest match: ``(length, [labels])``."""
        best = self.match(lemmas, i, hi, forms)
        if best is None:
            return None
        labels = [label for words, label in self.by_first.get(lemmas[i], ()) + self.by_first.get("=" + (forms or lemmas)[i], [])
                  if len(words) == best[0] and self.match(lemmas, i, hi, forms, only=words) is not None]
        return best[0], sorted(set(labels))

    def match(self, lemmas: list[str], i: int, hi: int, forms: list[str] | None = None,
              only: tuple[str, ...] | None = None) -> tuple[int, str] | None:
        """The longest phrase starting at token ``i`` (``forms``: the lower-case tokens, for "=" entries)."""
        options = list(self.by_first.get(lemmas[i], ()))
        if forms is not None:
            options = sorted(options + list(self.by_first.get("=" + forms[i], ())), key=lambda o: -len(o[0]))
        for words, label in options:
            if only is not None and words != only:
                continue
            k, ok = i + 1, True
            for w in words[1:]:
                stop = min(hi, k + 1 + self.gap)
                while k < stop and (forms[k] if w.startswith("=") and forms else lemmas[k]) != w.lstrip("="):
                    k += 1
                if k >= stop:
                    ok = False
                    break
                k += 1
            if ok:
                return k - i, label
        return None


_word_re = re.compile(r"\w+(?:[-'’]\w+)*|[^\w\s]")


def _lemma(word: str) -> str:
    low = word.lower().replace("’", "'")
    if low in ("n't", "not"):
        return "not"
    return textlib.lemma(low) if low.isalpha() else low


@lru_cache(maxsize=4)
def _default_cues() -> dict:
    return read_yaml(package_data("stance_cues.yaml")) or {}


def load_cues(path=None) -> dict:
    """The stance cue lists (default: ``analysis/data/stance_cues.yaml``): ``attitudes`` by class, and the
    ``reporting``, ``modal_*``, ``negators``, ``conditions`` and ``clause_breaks`` lists."""
    return _default_cues() if path is None else read_yaml(path)


class _Vocabulary:
    """The cue lists of one run, as phrase matchers over lemmas."""

    def __init__(self, cues: dict, issues: list[Issue]):
        att = cues.get("attitudes") or {}
        self.attitude = _Phrases([(w, cls) for cls, words in att.items() for w in (words or [])])
        self.reporting = _Phrases([(w, "reporting") for w in cues.get("reporting") or []])
        self.modal = _Phrases([(w, kind) for kind in ("modal_demands", "modal_open", "modal_future")
                               for w in cues.get(kind) or []])
        self.negator = _Phrases([(w, w) for w in cues.get("negators") or []])
        self.condition = _Phrases([(w, "condition") for w in cues.get("conditions") or []])
        self.breaks = frozenset(_lemma(w) for w in cues.get("clause_breaks") or [])
        self.adjuncts = frozenset(_lemma(w) for w in cues.get("adjuncts") or [])
        self.nouns = {str(w).lower(): cls for cls, words in (cues.get("attitude_nouns") or {}).items()
                      for w in words or []}
        self.terms = TermMatcher((t, i.name, "term") for i in issues for t in (i.name, *i.terms))
        self.issue_words = _Phrases([(w, f"{i.name}\tfor") for i in issues for w in i.for_words]
                                    + [(w, f"{i.name}\tagainst") for i in issues for w in i.against_words], gap=2)


# --- one sentence as tokens ------------------------------------------------------------------------------------

class Token(NamedTuple):
    start: int
    end: int
    text: str
    lemma: str


def _tokens(text: str, s0: int, s1: int) -> list[Token]:
    out = []
    for m in _word_re.finditer(text, s0, s1):
        word = m.group().replace("’", "'")
        low = word.lower()
        if low in _CONTRACTIONS or (low.endswith("n't") and len(low) > 3):
            base, neg = _CONTRACTIONS.get(low, (low[:-3], "not"))
            cut = m.start() + len(word) - (3 if low.endswith("n't") else 3)
            out.append(Token(m.start(), cut, word[:cut - m.start()], _lemma(base)))
            out.append(Token(cut, m.end(), word[cut - m.start():], "not"))
        else:
            out.append(Token(m.start(), m.end(), m.group(), _lemma(word)))
    return out


@dataclass
class Reading:
    """What the backward read from one proposition mention found (see the module docstring)."""
    polarity: int = 1
    attitude: str | None = None           # class of the governing attitude cue
    attitude_at: tuple[int, int] | None = None
    attitude_negated: bool = False
    reporting_at: tuple[int, int] | None = None
    modal: str | None = None
    strong_negator: bool = False
    negators: int = 0                     # negators read between the attitude (or clause start) and the mention
    contrast: bool = False                # "rather than" / "instead of" turned the proposition down
    in_condition: bool = False
    subject: tuple[int, int, str] | None = None   # an actor named as the clause's subject (start, end, actor)
    quote_start: int | None = None                # the read stopped at the opening of this quotation
    rules: list[str] = field(default_factory=list)


class _Item(NamedTuple):
    first: int      # token indexes first..last (inclusive)
    last: int
    kind: str       # attitude | reporting | modal | negator | condition
    label: str      # the attitude class, modal kind or negator phrase


class _Mention(NamedTuple):
    first: int
    last: int
    issue: str
    polarity: int   # +1: a term or a word for the proposition; -1: a word against it
    directed: bool  # a word for or against the proposition (a term alone names the topic, not a direction)


_ITEM_ORDER = {"attitude": 0, "reporting": 1, "modal": 2, "condition": 3, "negator": 4}


class _Sentence:
    """One sentence as tokens, with its cue items, actor mentions and the quotations that cover it."""

    def __init__(self, text: str, s0: int, s1: int, vocab: _Vocabulary, actors: list, quotes: list[dict],
                 sides: dict[str, str] | None = None):
        self.text, self.s0, self.s1 = text, s0, s1
        self.sides = sides or {}
        self.toks = _tokens(text, s0, s1)
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

    def _items(self) -> list[_Item]:
        v, n, out, i = self.vocab, len(self.lemmas), [], 0
        matchers = (("attitude", v.attitude), ("reporting", v.reporting), ("modal", v.modal),
                    ("condition", v.condition), ("negator", v.negator))
        while i < n:
            found = [(m[0], kind, m[1]) for kind, ph in matchers if (m := ph.match(self.lemmas, i, n, self.forms))]
            if not found:
                i += 1
                continue
            length, kind, label = min(found, key=lambda f: (-f[0], _ITEM_ORDER[f[1]]))
            out.append(_Item(i, i + length - 1, kind, label))
            i += length
        return out

    def mentions(self) -> list[_Mention]:
        """The proposition mentions, a word for or against an issue with the term right after it taken as one."""
        v, n = self.vocab, len(self.lemmas)
        words, i = [], 0
        while i < n:
            m = v.issue_words.match_all(self.lemmas, i, n, self.forms)
            if m:
                length, labels = m
                for label in labels:
                    issue, direction = label.split("\t")
                    words.append(_Mention(i, i + length - 1, issue, 1 if direction == "for" else -1, True))
                i += length
            else:
                i += 1
        terms = []
        for t0, t1, _term, issue, _g in v.terms.finditer(self.text, self.s0, self.s1):
            first, last = self._index(t0), self._index(t1 - 1)
            if first is not None and last is not None:
                terms.append(_Mention(first, last, issue, 1, False))
        out = []
        for w in words:
            shared = sum(1 for o in words if o.first == w.first) > 1
            near = any(t.issue == w.issue and w.last < t.first <= w.last + _TERM_AFTER_CUE for t in terms)
            if shared and not any(t.issue == w.issue for t in terms):
                continue             # a word of several issues ("extend") counts for those named in the sentence
            if near or not shared or not any(o.first == w.first and any(t.issue == o.issue and o.last < t.first
                                             <= o.last + _TERM_AFTER_CUE for t in terms) for o in words):
                out.append(w)
        for t in terms:
            if not any(w.issue == t.issue and w.first <= t.first <= w.last + _TERM_AFTER_CUE for w in out):
                out.append(t)        # "cede territory": the term belongs to the word before it
        return sorted(set(out))

    def quote_at(self, k: int, kinds=("direct", "partial")) -> dict | None:
        t = self.toks[k]
        for q in self.quotes:
            if q["kind"] in kinds and q["start"] <= t.start and t.end <= q["end"]:
                return q
        return None

    def quote_with_cue(self, item: _Item) -> dict | None:
        a, b = self.toks[item.first].start, self.toks[item.last].end
        for q in self.quotes:
            cs = q.get("cue_start")
            if cs is not None and cs == cs and a <= int(cs) < b and q.get("actor"):
                return q
        return None


def _is_participle(tok: Token) -> bool:
    return tok.text.lower().endswith("ing") and len(tok.text) > 4


class Statement(NamedTuple):
    """One composed position: who holds it, the stance, the cue and holder spans, the rule that read it."""
    actor: str
    holder: tuple[int, int]
    stance: str
    cue: tuple[int, int]
    rule: str


def read_mention(s: _Sentence, m: _Mention) -> list[Statement]:
    """The statements about mention ``m`` of sentence ``s``: the stance composed by the rules below, given to its
    holder and to the actors coordinated with it ("Kyiv and European leaders"); none when no rule reads it.

    The rules, tried in order (each a function; a new rule is one more line here):"""
    for rule in RULES:
        found = rule(s, m)
        if found:
            out = []
            for st in found:
                st = _speaker_for_own_side(s, m, st)
                out += [st._replace(actor=a, holder=h) for a, h in _coordinated(s, st)]
            return out
    return []


def _read_backwards(s: _Sentence, m: _Mention) -> list[Statement]:
    """The main rule: read back from the mention to the start of its clause (module docstring)."""
    r = Reading(polarity=m.polarity)
    quote = s.quote_at(m.first)
    holder: tuple[int, int, str] | None = None
    inner: _Item | None = None   # the attitude or reporting item found
    k = m.first - 1
    if m.last > m.first and any(m.first <= it.first and it.last <= m.last for it in s.items):
        # a lexicon phrase that holds its own operators ("will not surrender", "refusal to cede"): read its words
        r.polarity, k = 1, m.last
    low = max(0, m.first - _SCAN_WORDS)
    while k >= low:
        tok = s.toks[k]
        if quote is not None and tok.start < quote["start"]:
            r.quote_start = quote["start"]           # the read stops at the quotation's opening mark
            break
        if inner is not None and inner.first == k + 1 and tok.lemma in ("but", "and"):
            k -= 1                                   # "X respects that but thinks ...": the verbs share a subject
            continue
        if tok.lemma in _OPEN_QUESTION:
            return []                                # "it is not clear whether X would ...": no one's position
        if tok.lemma in _BREAK_MARKS or (tok.lemma in s.vocab.breaks and k not in s.item_ending):
            break                                    # a new clause: what is before it does not govern
        if inner is None and tok.lemma in s.vocab.adjuncts and k not in s.item_ending:
            break                                    # "in talks to end the war": an adjunct, not an object
        if tok.text == ",":
            nxt = s.toks[k + 1] if k + 1 < len(s.toks) else None
            if inner is not None and k - 1 in s.actor_ending:
                k -= 1                               # "Trump's envoys, Kushner and Witkoff, are working to"
                continue
            if inner is not None and not (nxt is not None and _is_participle(nxt)):
                break                                # the attitude's subject is in its own clause
            k -= 1
            continue                                 # lists and adjuncts; ", reiterating ...": the same subject
        if k in s.actor_ending and not s.forms[k].endswith("'s") and \
                (s.actor_ending[k][0] == 0 or s.lemmas[s.actor_ending[k][0] - 1] not in _OBJECT_PREPOSITIONS):
            first, last, actor = s.actor_ending[k]
            outer = s.item_ending.get(first - 1)
            if inner is not None and outer is not None and outer.kind == "attitude" and outer.label == "demands" \
                    and s.lemmas[last + 1:last + 2] == ["to"]:
                # "push Ukraine to accept P": the actor is the object; the pusher demands P (or its refusal)
                r.attitude = "rejects" if r.attitude == "rejects" else "demands"
                inner = outer
                r.attitude_at = (s.toks[outer.first].start, s.toks[outer.last].end)
                k = outer.first - 1
                continue
            if inner is not None:
                holder = (s.toks[first].start, s.toks[last].end, actor)
                break                                # the subject of the attitude or reporting verb
            if r.subject is None:
                r.subject = (s.toks[first].start, s.toks[last].end, actor)
            k = first - 1
            continue
        if inner is not None and tok.lemma in _PRONOUN_HOLDERS | _PERSONAL:
            holder = _pronoun(s, k, quote)
            break
        if inner is None and r.subject is None and tok.lemma in _PERSONAL and quote is not None and quote.get("actor"):
            r.subject = (int(quote["speaker_start"]), int(quote["speaker_end"]), quote["actor"])   # "we" = the speaker
        item = s.item_ending.get(k)
        if item is None:
            k -= 1
            continue
        if item.kind == "negator":
            if inner is None:
                r.polarity = -r.polarity
                r.negators += 1
                r.strong_negator |= item.label in STRONG_NEGATORS
                r.contrast |= item.label in CONTRAST
            elif inner.kind == "attitude" and item.last >= inner.first - _NEGATOR_REACH:
                r.attitude_negated = not r.attitude_negated   # "did not rule out", "would never accept"
        elif item.kind == "modal":
            if inner is None and r.modal is None:
                r.modal = item.label
        elif item.kind == "condition":
            if inner is None:
                r.in_condition = True
        elif item.kind == "attitude" and item.last == m.first - 1 and item.first > 0 \
                and s.lemmas[item.first - 1] in _DETERMINERS:
            pass                                     # "the proposed mosque": a modifier, not an attitude
        elif item.kind == "attitude" and inner is None and r.modal is not None and r.subject is None \
                and "that" not in s.lemmas[item.last + 1:m.first]:
            pass                                     # "preventing X should be our priority": inside the subject
        elif item.kind == "attitude":
            if inner is None:
                inner, r.attitude = item, item.label
                r.attitude_at = (s.toks[item.first].start, s.toks[item.last].end)
            elif item.label == "rejects" and item.last + 2 >= inner.first:
                r.attitude_negated = not r.attitude_negated   # "refused to accept"
        elif item.kind == "reporting":
            if inner is not None and inner.kind == "attitude" and "that" in s.lemmas[item.last + 1:inner.first]:
                break                                # "X noted that partners suggested": no actor is the subject
            if inner is None:
                inner = item
                r.reporting_at = (s.toks[item.first].start, s.toks[item.last].end)
            q = s.quote_with_cue(item)
            if q is not None and holder is None:
                holder = (int(q["speaker_start"]), int(q["speaker_end"]), q["actor"])
                break
        if inner is not None and holder is None:
            q = s.quote_with_cue(item)
            if q is not None:                        # the quotation rules resolved this verb's speaker
                holder = (int(q["speaker_start"]), int(q["speaker_end"]), q["actor"])
                break
        k = item.first - 1
    found = _compose(s, m, r, quote, inner, holder)
    return [found] if found is not None else []


_BE = frozenset({"be", "is", "are", "was", "were", "been", "remain", "remains", "remained", "still", "simply",
                 "now", "clearly", "also"})


def _predicate_after(s: _Sentence, m: _Mention) -> list[Statement]:
    """"Such a swap is not under consideration", "the plan is unacceptable": an attitude predicated of the
    mention after it (through be / remain and negators), held by the speaker of the reporting verb or quotation
    the sentence carries."""
    k, negated = m.last + 1, False
    while k < len(s.toks) and k <= m.last + 6:
        item = next((it for it in s.items if it.first == k), None)
        if item is not None and item.kind == "negator":
            negated, k = not negated, item.last + 1
            continue
        if item is not None and item.kind == "attitude" and item.label in ("rejects", "open to"):
            attitude = NEGATED_ATTITUDE.get(item.label) if negated else item.label
            stance = COMPOSE.get((attitude, m.polarity)) if attitude else None
            holder = _sentence_speaker(s, m)
            if stance is None or holder is None:
                return []
            if _condition_follows(s, m):
                stance = "conditional"
            cue = (s.toks[item.first].start, s.toks[item.last].end)
            return [Statement(holder[2], holder[:2], stance, cue, "attitude predicated of the proposition")]
        if s.lemmas[k] not in _BE:
            return []
        k += 1
    return []


def _sentence_speaker(s: _Sentence, m: _Mention) -> tuple[int, int, str] | None:
    """The speaker of the quotation around the mention, or of the last reporting verb before it."""
    quote = s.quote_at(m.first, ("direct", "partial", "indirect"))
    if quote is not None and quote.get("actor"):
        return int(quote["speaker_start"]), int(quote["speaker_end"]), quote["actor"]
    for item in reversed(s.items):
        if item.last < m.first and item.kind == "reporting":
            q = s.quote_with_cue(item)
            if q is not None:
                return int(q["speaker_start"]), int(q["speaker_end"]), q["actor"]
            if item.first - 1 in s.actor_ending:            # "Putin said ...": the verb's subject
                first, last, actor = s.actor_ending[item.first - 1]
                return s.toks[first].start, s.toks[last].end, actor
            return None
    return None


def _passive_agent(s: _Sentence, m: _Mention) -> list[Statement]:
    """"The plan proposed by the US - and rejected by Kyiv": attitude verbs after the mention, each with its
    agent ("by" + actor), joined to the mention by linking words only."""
    found, pos = [], m.last             # pos: the last token read so far
    for item in s.items:
        if item.first <= pos or item.kind != "attitude":
            continue
        if any(w not in _PASSIVE_LINKS for w in s.lemmas[pos + 1:item.first]):
            break                       # something other than "-", "and", "was" between: not a passive chain
        agent = _agent(s, item.last + 1)
        if agent is None:
            break
        first, last, actor = agent
        stance = COMPOSE.get((item.label, m.polarity))
        if stance is not None:
            found.append(Statement(actor, (s.toks[first].start, s.toks[last].end), stance,
                                   (s.toks[item.first].start, s.toks[item.last].end), "agent of a passive attitude"))
        pos = last
    return found


def _agent(s: _Sentence, k: int) -> tuple[int, int, str] | None:
    """The actor of "by [the] ACTOR" starting at token ``k``."""
    if s.lemmas[k:k + 1] != ["by"]:
        return None
    for j in range(k + 1, min(len(s.toks), k + 6)):
        if j in s.actor_ending:
            first, last, actor = s.actor_ending[j]
            return (first, last, actor) if s.lemmas[k + 1:first] in ([], ["the"]) else None
    return None


def _speaker_for_own_side(s: _Sentence, m: _Mention, st: Statement) -> Statement:
    """A speaker who states the position of their own side holds it ("Ukraine will not agree," Zelensky said:
    Zelensky); a position the speaker reports of another side stays with that side ("Russia is insisting")."""
    quote = s.quote_at(m.first, ("direct", "partial", "indirect"))
    if quote is None or not quote.get("actor") or quote["actor"] == st.actor:
        return st
    if s.sides.get(quote["actor"]) == s.sides.get(st.actor):
        return st._replace(actor=quote["actor"], holder=(int(quote["speaker_start"]), int(quote["speaker_end"])),
                           rule=st.rule + ", the speaker of its own side")
    return st


def _coordinated(s: _Sentence, st: Statement) -> list[tuple[str, tuple[int, int]]]:
    """The holder and the actors joined to it by "and" or commas in one run ("the UK and France", "Kushner and
    Witkoff")."""
    out = [(st.actor, st.holder)]
    first = next((f for last, (f, l, a) in s.actor_ending.items()
                  if s.toks[f].start == st.holder[0] and a == st.actor), None)
    if first is None:
        return out
    j = first - 1
    while j >= 1 and s.lemmas[j] in ("and", ",") and (j - 1) in s.actor_ending:
        f, l, a = s.actor_ending[j - 1]
        if s.forms[l].endswith("'s"):
            break
        if a not in [o[0] for o in out]:
            out.append((a, (s.toks[f].start, s.toks[l].end)))
        j = f - 1
    starts = {f: (f, l, a) for l, (f, _l, a) in s.actor_ending.items()}
    j = s.actor_ending_at_start(first) + 1
    while j + 1 < len(s.toks) and s.lemmas[j] in ("and", ",") and (j + 1) in starts:
        f, l, a = starts[j + 1]
        if a not in [o[0] for o in out]:
            out.append((a, (s.toks[f].start, s.toks[l].end)))
        j = l + 1
    return out


def _pronoun(s: _Sentence, k: int, quote: dict | None) -> tuple[int, int, str] | None:
    """The actor a pronoun subject stands for: the quotation's speaker for I/we, else the nearest actor named
    earlier in the sentence."""
    if s.toks[k].lemma in _PERSONAL:
        if quote is not None and quote.get("actor"):
            return int(quote["speaker_start"]), int(quote["speaker_end"]), quote["actor"]
        return None
    for j in range(k - 1, -1, -1):
        if j in s.actor_ending:
            first, last, actor = s.actor_ending[j]
            before = s.forms[first - 1] if first > 0 else ""
            if first == 0 or before in _SUBJECT_OPENERS or s.forms[last].endswith("'s"):
                # an actor in subject position or a possessor ("Russia's refusal to reconsider its demands")
                return s.toks[k].start, s.toks[k].end, actor
    return None


def _possessive_noun(s: _Sentence, m: _Mention) -> list[Statement]:
    """"Russia's territorial demands", "its demands for territory": an attitude noun right after the mention,
    or right before it with "for/over/on/to", whose possessor is an actor (or its/their resolved to one)."""
    nouns, n = s.vocab.nouns, len(s.toks)
    candidates = []   # (attitude class, noun index, possessor index)
    if m.last + 1 < n and s.forms[m.last + 1] in nouns:
        candidates.append((nouns[s.forms[m.last + 1]], m.last + 1, m.first - 1))
    for gap in (1, 2, 3):
        j = m.first - 1 - gap
        if j >= 0 and s.forms[j] in nouns and s.lemmas[j + 1] in ("for", "over", "on", "to", "of"):
            candidates.append((nouns[s.forms[j]], j, j - 1))
    for label, noun, p in candidates:
        if p < 0:
            continue
        tok = s.toks[p]
        holder = None
        if p in s.actor_ending and tok.text.lower().endswith(("'s", "’s")):
            first, last, actor = s.actor_ending[p]
            holder = (s.toks[first].start, s.toks[last].end, actor)
        elif tok.lemma in ("its", "their", "his", "her"):
            holder = _pronoun(s, p, None)
        if holder is None:
            continue
        stance = COMPOSE.get((label, m.polarity))
        if stance:
            cue = (s.toks[noun].start, s.toks[noun].end)
            return [Statement(holder[2], holder[:2], stance, cue, "possessor of an attitude noun")]
    return []


def _compose(s: _Sentence, m: _Mention, r: Reading, quote: dict | None, inner: _Item | None,
             holder: tuple[int, int, str] | None) -> Statement | None:
    """The stance and holder from a :class:`Reading` (the table of the module docstring)."""
    cue = r.attitude_at or r.reporting_at
    rule = None
    if r.attitude is not None:
        attitude = NEGATED_ATTITUDE.get(r.attitude) if r.attitude_negated else r.attitude
        if attitude is None:
            return None
        if r.in_condition:
            stance = "demands" if attitude == "rejects" else None
            rule = "named in the condition of a refusal"
        elif r.polarity < 0 and r.contrast and attitude in SUPPORTING:
            stance, rule = "rejects", "the alternative an attitude turns down (rather than, instead of)"
        else:
            stance = COMPOSE.get((attitude, r.polarity))
            rule = "negated attitude" if r.attitude_negated else (
                "attitude over a negated proposition" if r.polarity < 0 else "attitude")
    else:
        if r.in_condition:
            return None
        if not m.directed:
            stance = None                            # "must ... its borders": a topic word states no direction
        elif r.modal is not None:
            stance = MODAL_STANCE.get((r.modal, r.polarity))
            if r.modal == "modal_open" and r.negators % 2 == 0:
                stance = None                        # "willing to keep": open to the opposite is no stance on it
            rule = "modality of the clause"
        elif r.polarity < 0 and r.strong_negator:
            stance, rule = "rejects", "negated proposition"
        else:
            stance = None
        if stance is None and quote is not None and r.quote_start is not None:
            q_att = _quote_cue_attitude(s, quote)
            if q_att is not None:
                stance = COMPOSE.get((q_att[0], r.polarity))
                cue, rule = q_att[1], "attitude of the quotation's verb"
        if stance is not None and cue is None:
            cue = _nearest_operator(s, m)
    if stance is None:
        return None
    if holder is None:
        if quote is not None and r.quote_start is not None and inner is None:
            if not quote.get("actor"):
                return None                          # a quotation whose speaker is no actor of the lexicon
            holder = (int(quote["speaker_start"]), int(quote["speaker_end"]), quote["actor"])
            rule += ", the quotation's speaker"
        elif r.subject is not None and inner is None:
            holder = r.subject
            rule += ", clause subject"
        else:
            return None
    if stance != "conditional" and _condition_follows(s, m):
        stance, rule = "conditional", rule + ", under a condition"
    return Statement(holder[2], holder[:2], stance, cue or (s.toks[m.first].start, s.toks[m.last].end), rule)


def _quote_cue_attitude(s: _Sentence, quote: dict):
    cs, ce = quote.get("cue_start"), quote.get("cue_end")
    if cs is None or cs != cs:
        return None
    cs, ce = int(cs), int(ce)
    lemmas = [_lemma(w) for w in _word_re.findall(s.text[cs:ce])]
    hit = s.vocab.attitude.match(lemmas, 0, len(lemmas)) if lemmas else None
    return (hit[1], (cs, ce)) if hit else None


def _nearest_operator(s: _Sentence, m: _Mention) -> tuple[int, int] | None:
    for item in reversed(s.items):
        if item.last < m.first and item.kind in ("modal", "negator"):
            return s.toks[item.first].start, s.toks[item.last].end
    return None


def _condition_follows(s: _Sentence, m: _Mention) -> bool:
    """A condition marker after the mention in the same clause ("... only if", "... until")."""
    for item in s.items:
        if item.kind == "condition" and m.last < item.first <= m.last + _CONDITION_AFTER:
            between = s.lemmas[m.last + 1:item.first]
            if not any(w in _BREAK_MARKS or w == "." for w in between):
                return True
    return False


# --- the tables ------------------------------------------------------------------------------------------------

def _quote_rows(quotes: pd.DataFrame | None) -> dict[str, list[dict]]:
    if quotes is None or quotes.empty:
        return {}
    cols = ["doc_id", "start", "end", "kind", "actor", "speaker_start", "speaker_end", "cue_start", "cue_end"]
    q = quotes[[c for c in cols if c in quotes.columns]].copy()
    q = q[q["kind"].isin(("direct", "partial", "indirect"))]
    by_doc: dict[str, list[dict]] = {}
    for row in q.sort_values(["doc_id", "start", "end"]).to_dict("records"):
        row["actor"] = row["actor"] if isinstance(row["actor"], str) and row["actor"] else None
        by_doc.setdefault(row["doc_id"], []).append(row)
    return by_doc


def document_statements(text: str, sentences, lexicon: dict, quotes: list[dict] | None = None,
                        cues: dict | None = None) -> list[tuple]:
    """The statements of one document: ``(start, end, actor, side, issue, stance, cue_start, cue_end,
    holder_start, holder_end, rule)`` for each sentence ``(start, end)`` of ``sentences``, at most one per
    sentence, actor and issue (the first mention that the rules read)."""
    issues = load_issues(lexicon)
    table = actor_table(lexicon)
    if not issues or not len(table):
        return []
    vocab = _vocabulary(cues, issues)
    actor_m = TermMatcher(zip(table["alias"], table["actor"], table["side"]))
    sides = dict(zip(table["actor"], table["side"]))
    out = []
    lead: _ListLead | None = None   # an attitude that introduces a list ("three demands:")
    for span in sentences:
        s0, s1 = span[0], span[1]
        kind = span[2] if len(span) > 2 else "body"
        in_sentence = [q for q in (quotes or []) if q["start"] < s1 and q["end"] > s0 or
                       (q.get("cue_start") == q.get("cue_start") and q.get("cue_start") is not None
                        and s0 <= q["cue_start"] < s1)]
        sent = _Sentence(text, s0, s1, vocab, actor_m.finditer(text, s0, s1), in_sentence, sides)
        if kind != "list_item":
            lead = None
        seen = set()
        # a word for or against the proposition says more than a term naming its topic: read those first
        for m in sorted(sent.mentions(), key=lambda m: (not m.directed, m.first)):
            found = read_mention(sent, m) or (lead.statements(m) if lead is not None else [])
            for st in found:
                if (st.actor, m.issue) in seen:
                    continue
                seen.add((st.actor, m.issue))
                out.append((s0, s1, st.actor, sides.get(st.actor, ""), m.issue, st.stance, st.cue[0], st.cue[1],
                            st.holder[0], st.holder[1], st.rule))
        if kind != "list_item" and text[s0:s1].rstrip().endswith(":"):
            lead = _ListLead.of(sent)
    return out


@dataclass
class _ListLead:
    """A sentence ending in a colon whose attitude has a holder ("Moscow has laid out three demands:"): the list
    items after it state that holder's position on what they name ("- Full control of Donbas;")."""
    holder: tuple[int, int, str]
    attitude: str
    cue: tuple[int, int]

    @classmethod
    def of(cls, s: _Sentence) -> "_ListLead | None":
        for item in s.items:
            if item.kind != "attitude":
                continue
            for j in range(item.first - 1, -1, -1):
                if s.lemmas[j] in _BREAK_MARKS or s.lemmas[j] in s.vocab.breaks:
                    break
                if j in s.actor_ending:
                    first, last, actor = s.actor_ending[j]
                    return cls((s.toks[first].start, s.toks[last].end, actor), item.label,
                               (s.toks[item.first].start, s.toks[item.last].end))
        return None

    def statements(self, m: _Mention) -> list[Statement]:
        stance = COMPOSE.get((self.attitude, m.polarity))
        if stance is None:
            return []
        return [Statement(self.holder[2], self.holder[:2], stance, self.cue, "item of a list its lead sentence "
                          "introduces with an attitude")]


def _vocabulary(cues: dict | None, issues: list[Issue]) -> _Vocabulary:
    return _Vocabulary(cues if cues is not None else load_cues(), issues)


def stance(corpus: Corpus, lexicon: dict, quotes: pd.DataFrame | None = None, cues: dict | None = None) -> pd.DataFrame:
    """One row per statement (columns :data:`STANCE_COLUMNS`), sorted by ``doc_id, start, issue, actor``.

    ``start, end``: the sentence (the evidence); ``cue_start, cue_end``: the attitude, reporting verb or modal the
    stance rests on; ``holder_start, holder_end``: the mention of the holder; ``rule``: the rule that read it.
    ``quotes``: the quotes table of the corpus (its speakers are the holders of quoted and reported positions).
    """
    issues = {i.name: i for i in load_issues(lexicon)}
    by_doc = _quote_rows(quotes)
    texts = dict(zip(corpus.documents["doc_id"], corpus.documents["text"]))
    src = dict(zip(corpus.documents["doc_id"], corpus.documents["source"]))
    rows = []
    for doc_id, sents in corpus.sentences.groupby("doc_id", sort=True):
        text = texts[doc_id]
        spans = list(zip(sents["start"], sents["end"], sents["kind"]))
        for (s0, s1, actor, side, issue, st, c0, c1, h0, h1, rule) in document_statements(
                text, spans, lexicon, by_doc.get(doc_id), cues):
            rows.append((doc_id, s0, s1, src[doc_id], actor, side, issue, issues[issue].proposition, st,
                         text[c0:c1], c0, c1, text[h0:h1], h0, h1, rule, " ".join(text[s0:s1].split())))
    out = pd.DataFrame(rows, columns=STANCE_COLUMNS)
    return out.sort_values(["doc_id", "start", "issue", "actor"], kind="mergesort").reset_index(drop=True)


def stance_grid(stance_table: pd.DataFrame) -> pd.DataFrame:
    """Actor x issue x stance: ``actor, side, issue, stance, sentences, documents, sources, agreement,
    evidence``. ``agreement`` is the share of the actor's statements on the issue that take this stance (1.0:
    every statement agrees); ``evidence`` lists ``doc_id:start-end`` of every sentence (the cell's proof).
    Sorted by actor, issue, sentences (descending), stance."""
    if stance_table.empty:
        return pd.DataFrame(columns=GRID_COLUMNS)
    rows = []
    totals = stance_table.groupby(["actor", "issue"]).size()
    for (actor, side, issue, cls), g in stance_table.groupby(["actor", "side", "issue", "stance"], sort=True):
        ev = "; ".join(f"{d}:{s}-{e}" for d, s, e in g[["doc_id", "start", "end"]].itertuples(index=False))
        rows.append((actor, side, issue, cls, len(g), g["doc_id"].nunique(), ", ".join(sorted(set(g["source"]))),
                     round(len(g) / totals[(actor, issue)], 3), ev))
    out = pd.DataFrame(rows, columns=GRID_COLUMNS)
    return out.sort_values(["actor", "issue", "sentences", "stance"], ascending=[True, True, False, True]).reset_index(drop=True)


def mention_sentences(corpus: Corpus, lexicon: dict, quotes: pd.DataFrame | None = None):
    """Each sentence that mentions an issue's proposition: ``(doc_id, start, end, text, issues, actors)``, with
    the actors of the lexicon named in the sentence or speaking in a quotation of it (the candidates of a
    coding sheet, :func:`analysis.agreement.code_sheet`)."""
    issues = load_issues(lexicon)
    table = actor_table(lexicon)
    if not issues or not len(table):
        return
    vocab = _vocabulary(None, issues)
    actor_m = TermMatcher(zip(table["alias"], table["actor"], table["side"]))
    by_doc = _quote_rows(quotes)
    texts = dict(zip(corpus.documents["doc_id"], corpus.documents["text"]))
    for doc_id, s0, s1 in corpus.sentences[["doc_id", "start", "end"]].itertuples(index=False):
        text = texts[doc_id]
        found = actor_m.finditer(text, s0, s1)
        sent = _Sentence(text, s0, s1, vocab, found, [])
        names = {m.issue for m in sent.mentions()}
        if not names:
            continue
        actors = {f[3] for f in found}
        actors |= {q["actor"] for q in by_doc.get(doc_id, []) if q["actor"] and q["start"] < s1 and q["end"] > s0}
        yield doc_id, s0, s1, " ".join(text[s0:s1].split()), names, sorted(actors)


RULES = (_passive_agent, _possessive_noun, _read_backwards, _predicate_after)
"""The statement rules, tried in this order for each proposition mention; the first that reads it wins."""
