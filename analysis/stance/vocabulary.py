"""The stance cue lists (``analysis/data/stance_cues.yaml``) as phrase matchers over lemmas."""

from __future__ import annotations

import re
from functools import lru_cache

from analysis import text as textlib
from analysis.actors import TermMatcher
from analysis.lexicon import Issue, package_data
from analysis.yamlfile import read_yaml


class Phrases:
    """Lemma sequences to find in a token list, longest first: ``match(lemmas, i)`` -> ``(length, label)``."""

    def __init__(self, labelled: list[tuple[str, str]], gap: int = 0):
        self.by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        self.gap = gap
        for phrase, label in labelled:
            phrase = str(phrase)
            if phrase.startswith("="):   # "=claims": this form only, not every form of its lemma ("claimed")
                words = tuple("=" + w.lower() for w in WORD_RE.findall(phrase[1:]))
            else:
                words = tuple(word_lemma(w) for w in WORD_RE.findall(phrase))
            if words:
                self.by_first.setdefault(words[0], []).append((words, label))
        for options in self.by_first.values():
            options.sort(key=lambda o: -len(o[0]))

    def match_all(self, lemmas: list[str], i: int, hi: int, forms: list[str] | None = None):
        """Like :meth:`match`, with every label of the longest match: ``(length, [labels])``."""
        best = self.match(lemmas, i, hi, forms)
        if best is None:
            return None
        options = self.by_first.get(lemmas[i], []) + self.by_first.get("=" + (forms or lemmas)[i], [])
        labels = [label for words, label in options
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


WORD_RE = re.compile(r"\w+(?:[-'’]\w+)*|[^\w\s]")


def word_lemma(word: str) -> str:
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


class Vocabulary:
    """The cue lists of one run, as phrase matchers over lemmas."""

    def __init__(self, cues: dict, issues: list[Issue]):
        att = cues.get("attitudes") or {}
        self.attitude = Phrases([(w, cls) for cls, words in att.items() for w in (words or [])])
        self.reporting = Phrases([(w, "reporting") for w in cues.get("reporting") or []])
        self.modal = Phrases([(w, kind) for kind in ("modal_demands", "modal_open", "modal_future")
                               for w in cues.get(kind) or []])
        self.negator = Phrases([(w, w) for w in cues.get("negators") or []])
        self.condition = Phrases([(w, "condition") for w in cues.get("conditions") or []])
        self.not_cue = Phrases([(w, "not a cue") for w in cues.get("not_cues") or []])
        self.control = Phrases([(w, "control") for w in cues.get("control_verbs") or []])
        self.receiving = Phrases([(w, "receiving") for w in cues.get("receiving_verbs") or []])
        self.breaks = frozenset(word_lemma(w) for w in cues.get("clause_breaks") or [])
        self.adjuncts = frozenset(word_lemma(w) for w in cues.get("adjuncts") or [])
        self.nouns = {str(w).lower(): cls for cls, words in (cues.get("attitude_nouns") or {}).items()
                      for w in words or []}
        self.terms = TermMatcher((t, i.name, "term") for i in issues for t in (i.name, *i.terms))
        self.issue_words = Phrases([(w, f"{i.name}\tfor") for i in issues for w in i.for_words]
                                    + [(w, f"{i.name}\tagainst") for i in issues for w in i.against_words], gap=2)


def vocabulary_for(cues: dict | None, issues: list[Issue]) -> Vocabulary:
    return Vocabulary(cues if cues is not None else load_cues(), issues)
