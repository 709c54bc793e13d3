"""The stance rules: from one proposition mention of a sentence to the statements it carries.

:data:`RULES` lists them in the order they are tried; each is one function ``(sentence, mention) -> [Statement]``
with a docstring saying what it reads. A new rule is one function, one line in :data:`RULES` and a test in
``tests/test_stance.py`` with the sentence that needed it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from analysis.quotes import REPORTED_KINDS
from analysis.stance.sentence import (BREAK_MARKS, DETERMINERS, OBJECT_PREPOSITIONS, PERSONAL, PRONOUN_HOLDERS,
                                      SUBJECT_OPENERS, Item, Mention, Sentence, is_participle)
from analysis.stance.vocabulary import WORD_RE, word_lemma
from analysis.stance.values import SUPPORTING


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
"""Negators that state a position without a modal ("the senator is against raising taxes")."""


_SCAN_WORDS = 40           # how far back from a proposition the rules read: longer clauses are not composed
_CONDITION_AFTER = 14      # a condition marker this close after a proposition qualifies it
_NEGATOR_REACH = 2         # a negator this close before an attitude negates it ("did not rule out", "will never accept")
_PRONOUN_NEGATOR_REACH = 4  # through a pronoun holder ("no reason for us to accept")
_PASSIVE_LINKS = frozenset({"-", "—", "and", ",", "which", "was", "were", "is", "are", "being", "been",
                            "initially", "later", "then"})
_OPEN_QUESTION = frozenset({"whether"})
_MODIFIERS = frozenset({"the", "senior", "top", "other", "fellow", "former", "many", "some", "several", "all", "both",
                        "leading", "key"})


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
    own_subject: bool = False                     # a pronoun subject was read in the clause


class Statement(NamedTuple):
    """One composed position: who holds it, the stance, the cue and holder spans, the rule that read it."""
    actor: str
    holder: tuple[int, int]
    stance: str
    cue: tuple[int, int]
    rule: str


def read_mention(s: Sentence, m: Mention) -> list[Statement]:
    """The statements about mention ``m`` of sentence ``s``: the first of :data:`RULES` that reads it gives the
    stance and its holder, passed to the speaker when the speaker states their own side's position, and to the
    actors coordinated with the holder ("Reid and Senate Democrats"); none when no rule reads it."""
    for rule in RULES:
        found = rule(s, m)
        if found:
            out = []
            for st in found:
                st = _speaker_for_own_side(s, m, st)
                out += [st._replace(actor=a, holder=h) for a, h in _coordinated(s, st)]
            return out
    return []


def _read_backwards(s: Sentence, m: Mention) -> list[Statement]:
    """The main rule: read back from the mention to the start of its clause (module docstring)."""
    r = Reading(polarity=m.polarity)
    quote = s.quote_at(m.first)
    holder: tuple[int, int, str] | None = None
    inner: Item | None = None   # the attitude or reporting item found
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
        if tok.lemma in BREAK_MARKS or (tok.lemma in s.vocab.breaks and k not in s.item_ending):
            break                                    # a new clause: what is before it does not govern
        if inner is None and tok.lemma in s.vocab.adjuncts and k not in s.item_ending:
            break                                    # "in talks to end the war": an adjunct, not an object
        if tok.text == "," and inner is None and (r.subject is not None or r.own_subject):
            break                                    # "When X considered ..., he thought ...": its own clause
        if tok.text == ",":
            nxt = s.toks[k + 1] if k + 1 < len(s.toks) else None
            if inner is not None and k - 1 in s.actor_ending:
                k -= 1                               # "Trump's envoys, Kushner and Witkoff, are working to"
                continue
            if inner is not None and not (nxt is not None and is_participle(nxt)):
                break                                # the attitude's subject is in its own clause
            k -= 1
            continue                                 # lists and adjuncts; ", reiterating ...": the same subject
        if inner is not None and inner.kind == "attitude" and k == inner.first - 1 and k in s.actor_ending \
                and s.forms[k].endswith("'s"):
            first, last, actor = s.actor_ending[k]      # "Obama's support of ...": the possessor holds it
            holder = (s.toks[first].start, s.toks[last].end, actor)
            break
        if k in s.actor_ending and inner is not None and _controlled(s, *s.actor_ending[k][:2]):
            # "push Democrats to accept P": the actor is the object; the pusher demands P (or its refusal)
            outer = s.item_ending[s.actor_ending[k][0] - 1]
            r.attitude = "rejects" if r.attitude == "rejects" else "demands"
            inner = outer
            r.attitude_at = (s.toks[outer.first].start, s.toks[outer.last].end)
            k = outer.first - 1
            continue
        if k in s.actor_ending and not s.forms[k].endswith("'s") and _can_be_subject(s, s.actor_ending[k][0]):
            first, last, actor = s.actor_ending[k]
            if inner is not None:
                holder = (s.toks[first].start, s.toks[last].end, actor)
                break                                # the subject of the attitude or reporting verb
            if r.subject is None:
                r.subject = (s.toks[first].start, s.toks[last].end, actor)
            k = first - 1
            continue
        if inner is not None and tok.lemma in PRONOUN_HOLDERS | PERSONAL:
            holder = _pronoun(s, k, quote)
            if inner.kind == "attitude" and any(it.kind == "negator" and inner.first - _PRONOUN_NEGATOR_REACH <= it.last < k
                                                for it in s.items):
                r.attitude_negated = not r.attitude_negated   # "no reason for us to accept"
            break
        if inner is None and tok.lemma in PRONOUN_HOLDERS | PERSONAL and tok.lemma not in ("its", "their", "his", "her"):
            r.own_subject = True                     # the clause has a subject of its own (he, they, we)
        if inner is None and r.subject is None and tok.lemma in PERSONAL and quote is not None and quote.get("actor"):
            r.subject = (int(quote["speaker_start"]), int(quote["speaker_end"]), quote["actor"])   # "we" = the speaker
        item = s.item_ending.get(k)
        if item is None:
            k -= 1
            continue
        if item.kind == "negator" and item.label == "against" and item.last < m.first - 2:
            pass                                     # "defend themselves against charges": a preposition here
        elif item.kind == "negator":
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
                and s.lemmas[item.first - 1] in DETERMINERS:
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
        elif item.kind == "receiving" and inner is not None and inner.kind == "attitude":
            break                                    # "Steele drew a call for his resignation": not his call
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


def _predicate_after(s: Sentence, m: Mention) -> list[Statement]:
    """"Such a swap is not under consideration", "the plan is unacceptable": an attitude predicated of the
    mention after it (through be / remain and negators), held by the speaker of the reporting verb or quotation
    the sentence carries."""
    before = s.item_ending.get(m.first - 1)
    k, negated = m.last + 1, before is not None and before.kind == "negator"   # "no ceasefire is possible"
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
            if _condition_follows(s, m) or _without_clause_before(s, m):
                stance = "conditional"
            cue = (s.toks[item.first].start, s.toks[item.last].end)
            return [Statement(holder[2], holder[:2], stance, cue, "attitude predicated of the proposition")]
        if s.lemmas[k] not in _BE:
            return []
        k += 1
    return []


def _without_clause_before(s: Sentence, m: Mention) -> bool:
    """"Without that, no ceasefire is possible": a clause opened by "without" before the mention's clause makes
    what is said of the proposition depend on it."""
    for j in range(m.first - 1, -1, -1):
        if s.lemmas[j] == "," and any(w == "without" for w in s.lemmas[max(0, j - 4):j]):
            return True
        if s.lemmas[j] in BREAK_MARKS:
            return False
    return False


def _sentence_speaker(s: Sentence, m: Mention) -> tuple[int, int, str] | None:
    """The speaker of the quotation around the mention, or of the last reporting verb before it."""
    quote = s.quote_at(m.first, REPORTED_KINDS)
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


def _passive_agent(s: Sentence, m: Mention) -> list[Statement]:
    """"The plan proposed by the White House - and rejected by Republicans": attitude verbs after the mention, each with its
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


def _agent(s: Sentence, k: int) -> tuple[int, int, str] | None:
    """The actor of "by [the] ACTOR" starting at token ``k``."""
    if s.lemmas[k:k + 1] != ["by"]:
        return None
    for j in range(k + 1, min(len(s.toks), k + 6)):
        if j in s.actor_ending:
            first, last, actor = s.actor_ending[j]
            return (first, last, actor) if s.lemmas[k + 1:first] in ([], ["the"]) else None
    return None


def _speaker_for_own_side(s: Sentence, m: Mention, st: Statement) -> Statement:
    """A speaker who states the position of their own side holds it ("Democrats will not agree," Reid said:
    Reid); a position the speaker reports of another side stays with that side ("Republicans are insisting")."""
    speaker = _sentence_speaker(s, m)
    if speaker is None or speaker[2] == st.actor:
        return st
    if s.sides.get(speaker[2]) == s.sides.get(st.actor):
        return st._replace(actor=speaker[2], holder=speaker[:2], rule=st.rule + ", the speaker of its own side")
    return st


def _coordinated(s: Sentence, st: Statement) -> list[tuple[str, tuple[int, int]]]:
    """The holder and the actors coordinated with it in one run joined by "and" ("Reid and Pelosi", "the UK,
    Germany and France"); commas alone do not coordinate ("After talks with Senate leaders, Obama said")."""
    starts = {f: (f, l, a) for l, (f, _l, a) in s.actor_ending.items()}
    first = next((f for f, (_f, _l, a) in starts.items() if s.toks[f].start == st.holder[0] and a == st.actor), None)
    if first is None:
        return [(st.actor, st.holder)]
    run, seps = [starts[first]], []
    j = first - 1                       # backwards: ACTOR (, ACTOR)* and HOLDER
    while j >= 1 and s.lemmas[j] in ("and", ",") and (j - 1) in s.actor_ending \
            and not s.forms[j - 1].endswith("'s"):
        run.insert(0, s.actor_ending[j - 1])
        seps.append(s.lemmas[j])
        j = run[0][0] - 1
    j = run[-1][1] + 1                  # forwards: HOLDER (, ACTOR)* and ACTOR
    while j + 1 < len(s.toks) and s.lemmas[j] in ("and", ",") and (j + 1) in starts:
        run.append(starts[j + 1])
        seps.append(s.lemmas[j])
        j = run[-1][1] + 1
    if "and" not in seps:
        return [(st.actor, st.holder)]
    out = [(st.actor, st.holder)]
    for f, l, a in run:
        if a not in [o[0] for o in out]:
            out.append((a, (s.toks[f].start, s.toks[l].end)))
    return out


def _controlled(s: Sentence, first: int, last: int) -> bool:
    """"urge ACTOR to", "push ACTOR to": the actor between a verb that asks it to act and "to"."""
    outer = s.item_ending.get(first - 1)
    return (outer is not None and s.lemmas[last + 1:last + 2] == ["to"]
            and (outer.kind == "control" or (outer.kind == "attitude" and outer.label == "demands")))


def _can_be_subject(s: Sentence, first: int) -> bool:
    """The actor starting at token ``first`` stands where a subject stands: first in the sentence, after a
    conjunction, "that", a comma or quotation mark, a capitalised title ("Senate Majority Leader Harry Reid"), a
    determiner or modifier, or a reporting verb ("said Republicans would"), and not after a preposition or a verb
    whose object it is ("would get Wal-Mart off the hook", "accused the NAACP of")."""
    if first == 0:
        return True
    if _is_object(s, first):
        return False
    prev = s.toks[first - 1]
    ends = s.item_ending.get(first - 1)
    return (prev.lemma in SUBJECT_OPENERS or prev.lemma in _MODIFIERS or prev.text[:1].isupper()
            or not prev.text[:1].isalnum() or (ends is not None and ends.kind == "reporting"))


def _is_object(s: Sentence, first: int) -> bool:
    """The actor starting at token ``first`` follows a preposition or a verb of blame, at most one modifier
    between ("to Reid", "with senior European leaders"): an object, not a subject."""
    before = s.lemmas[max(0, first - 2):first]
    return bool(before) and (before[-1] in OBJECT_PREPOSITIONS
                             or (len(before) == 2 and before[0] in OBJECT_PREPOSITIONS and before[1] in _MODIFIERS))


def _pronoun(s: Sentence, k: int, quote: dict | None) -> tuple[int, int, str] | None:
    """The actor a pronoun subject stands for: the quotation's speaker for I/we, else the nearest actor named
    earlier in the sentence."""
    if s.toks[k].lemma in PERSONAL:
        if quote is not None and quote.get("actor"):
            return int(quote["speaker_start"]), int(quote["speaker_end"]), quote["actor"]
        return None
    for j in range(k - 1, -1, -1):
        if j in s.actor_ending:
            first, last, actor = s.actor_ending[j]
            before = s.forms[first - 1] if first > 0 else ""
            if first == 0 or before in SUBJECT_OPENERS or s.forms[last].endswith("'s"):
                # an actor in subject position or a possessor ("Russia's refusal to reconsider its demands")
                return s.toks[k].start, s.toks[k].end, actor
    return None


def _possessive_noun(s: Sentence, m: Mention) -> list[Statement]:
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


def _compose(s: Sentence, m: Mention, r: Reading, quote: dict | None, inner: Item | None,
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


def _quote_cue_attitude(s: Sentence, quote: dict):
    cs, ce = quote.get("cue_start"), quote.get("cue_end")
    if cs is None or cs != cs:
        return None
    cs, ce = int(cs), int(ce)
    lemmas = [word_lemma(w) for w in WORD_RE.findall(s.text[cs:ce])]
    hit = s.vocab.attitude.match(lemmas, 0, len(lemmas)) if lemmas else None
    return (hit[1], (cs, ce)) if hit else None


def _nearest_operator(s: Sentence, m: Mention) -> tuple[int, int] | None:
    for item in reversed(s.items):
        if item.last < m.first and item.kind in ("modal", "negator"):
            return s.toks[item.first].start, s.toks[item.last].end
    return None


def _condition_follows(s: Sentence, m: Mention) -> bool:
    """A condition marker after the mention in the same clause ("... only if", "... until")."""
    for item in s.items:
        if item.kind == "condition" and m.last < item.first <= m.last + _CONDITION_AFTER:
            between = s.lemmas[m.last + 1:item.first]
            if not any(w in BREAK_MARKS or w == "." for w in between):
                return True
    return False


@dataclass
class ListLead:
    """A sentence ending in a colon whose attitude has a holder ("Moscow has laid out three demands:"): the list
    items after it state that holder's position on what they name ("- Full control of Donbas;")."""
    holder: tuple[int, int, str]
    attitude: str
    cue: tuple[int, int]

    @classmethod
    def of(cls, s: Sentence) -> "ListLead | None":
        for item in s.items:
            if item.kind != "attitude":
                continue
            for j in range(item.first - 1, -1, -1):
                if s.lemmas[j] in BREAK_MARKS or s.lemmas[j] in s.vocab.breaks:
                    break
                if j in s.actor_ending:
                    first, last, actor = s.actor_ending[j]
                    return cls((s.toks[first].start, s.toks[last].end, actor), item.label,
                               (s.toks[item.first].start, s.toks[item.last].end))
        return None

    def statements(self, m: Mention) -> list[Statement]:
        stance = COMPOSE.get((self.attitude, m.polarity))
        if stance is None:
            return []
        return [Statement(self.holder[2], self.holder[:2], stance, self.cue, "item of a list its lead sentence "
                          "introduces with an attitude")]


RULES = (_passive_agent, _possessive_noun, _read_backwards, _predicate_after)
"""The statement rules, tried in this order for each proposition mention; the first that reads it wins."""
