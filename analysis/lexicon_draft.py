"""A drafted story lexicon for a corpus that has none: actors with their aliases, type and suggested side, and
candidate issues, each with its evidence, for a person to check (``python -m analysis lexicon CORPUS``).

Actors (:func:`draft_actors`) are read from runs of capitalised words in body sentences (headings and
all-capitals lines are skipped), with rules a reader can audit:

* a run is cut at a possessive ("Steele's RNC" -> "Steele", "RNC") and at "of" unless the words before it name
  an organisation ("Nancy Pelosi of California" -> "Nancy Pelosi"; "Bank of America" stays whole; "Secretary of
  State Hillary Clinton" -> "Hillary Clinton");
* words before the last title are dropped ("House Speaker Nancy Pelosi" -> "Nancy Pelosi", titles from
  ``analysis/data/titles.yaml``), unless the rest names an organisation ("Justice Department");
* a party or nationality word before the name or its title, an AP party code after it (", D-N.Y.") or an
  apposition (", a Republican") is a side cue (``analysis/data/lexicon_draft.yaml``: ``sides``; nationality
  words and their countries from :mod:`analysis.gazetteer`);
* places are never actors: countries, their cities and the US states (:mod:`analysis.gazetteer`), the places
  of ``lexicon_draft.yaml``, names ending in a place word ("Rose Garden") and names that mostly follow a
  preposition of place ("in Puerto Rico");
* a single word is a name only when a title introduces it ("Mr. Steele"), a quote names it as speaker, it is an
  acronym (RNC), a party or nation in the plural (Republicans), the surname of exactly one person, or an
  organisation noun follows it ("Newsweek magazine", ``organisation_nouns``); a single word named as a speaker
  that is no person's surname is an organisation ("Wal-Mart said", "Twitter said");
* forms of one name merge: shorter forms ending in the same word ("Pelosi", "Nancy Pelosi"), initials left out
  ("Robert F. Bauer", "Robert Bauer"), first-name variants ("Chuck" / "Charles"), an acronym and the name it
  abbreviates ("RNC", "Republican National Committee"); two different multiword names never merge. A surname
  that is also the name of a country or US state ("Michael Jordan", "George Washington") is no alias of its
  own: alone, it is more likely the place.

Each actor gets a type: ``person`` (a title, a quote, a party code, a reporting verb next to it), ``organisation``
(an organisation word such as Committee or News, an acronym, an organisation noun after it, or one word as a
speaker that no person's name ends with) or ``group`` (a party or nation in the plural);
a name with none of this evidence is left out. A side is suggested when at least two thirds of the side cues
agree, else ``unassigned``.

Candidate issues (:func:`draft_issues`) are lower-case noun phrases of two or three content words that recur in
documents of at least two sources: what the outlets write about, for a person to turn into propositions.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

import pandas as pd
import yaml
from lemminflect import getAllLemmas

from analysis.corpus import Corpus
from analysis.gazetteer import gazetteer
from analysis.lexicon import package_data
from analysis.text import load_stopwords

DRAFT_COLUMNS = ["actor", "type", "side", "alias", "mentions", "documents", "evidence", "side_evidence", "status"]
ISSUE_COLUMNS = ["term", "mentions", "documents", "sources", "with_cue", "evidence"]
UNASSIGNED = "unassigned"
DRAFTED = "drafted"


@lru_cache(maxsize=1)
def _words() -> dict:
    data = yaml.safe_load(package_data("lexicon_draft.yaml").read_text(encoding="utf-8"))
    titles = yaml.safe_load(package_data("titles.yaml").read_text(encoding="utf-8"))["titles"]
    title_words = {t.lower() for t, uses in titles.items() if "name" in uses and " " not in t}
    title_words |= {"staff", "speaker", "whip", "majority", "minority", "leader", "candidate", "nominee",
                    "congressman", "congresswoman", "rep", "sen", "gov", "mr", "mrs", "ms", "dr", "gen", "lt"}
    places = gazetteer()
    return {
        "sides": places.demonyms | {str(k): str(v) for k, v in data["sides"].items()},
        "places": places.places | frozenset(map(str, data["places"])),
        "territories": places.territories | frozenset(map(str, data["places"])),
        "place_words": frozenset(map(str, data["place_words"])),
        "org_words": frozenset(map(str, data["organisation_words"])),
        "org_nouns": frozenset(map(str, data["organisation_nouns"])),
        "first_names": {str(k): str(v) for k, v in data["first_names"].items()},
        "not_issue": frozenset(map(str, data["not_issue_words"])),
        "verb_forms": frozenset(map(str, data["irregular_verb_forms"])),
        "titles": frozenset(title_words),
        "person_titles": frozenset(title_words - {"justice", "state", "treasury", "foreign", "defence", "defense",
                                                  "former", "acting", "special", "senior", "deputy", "vice",
                                                  "head", "crown", "majority", "minority"}),
    }


_FUNCTION = frozenset("""a an and the but or if in on at of for to from by with as this that these those it its
he she they we i you his her their our my your there here when while after before during since however meanwhile
although though despite also still yet so then not no yes monday tuesday wednesday thursday friday saturday sunday
january february march april may june july august september october november december""".split())
_PARTICLES = frozenset({"de", "da", "del", "der", "van", "von", "bin", "al", "el", "la", "le", "di", "du"})
_TOKEN = re.compile(r"[^\W\d_][\w'’\-]*")
_SUFFIXES = frozenset(("Jr", "Sr", "II", "III", "IV"))  # after a surname: "Samuel A. Alito Jr." is Alito
_INITIAL = re.compile(r"[A-Z]\.?$")
_PARTY_CODE = re.compile(r"\s*,?\s*\(?\s*([RDI])\s*[-–]\s*[A-Z][A-Za-z.]*")
_APPOSITION = re.compile(r"\s*,\s+(?:a|an|the)\s+(?:[A-Z][\w.]*\s+)?([A-Z][a-z]+)\b")
_REPORTING_AFTER = re.compile(r"\s+(?:said|says|told|wrote|added|argued|asked|declared|announced|insisted|noted|"
                              r"stated|explained|responded|replied|testified)\b")
_REPORTING_BEFORE = re.compile(r"\b(?:said|says)\s+$")
_ROLE_BEFORE = re.compile(r"(?:\b([A-Z][a-z]+)\s+)?\b([a-z]+)\s+$")
_INDEFINITE_BEFORE = re.compile(r"\b(?:a|an)\s+$", re.IGNORECASE)
_NEXT_WORD = re.compile(r"(?:['’]s)?\s+([a-z]+)\b")
_LOCATIVE = re.compile(r"\b(?:in|at|from|near|across|throughout|outside|inside|into|toward|towards)\s+(?:the\s+)?$",
                       re.IGNORECASE)


@dataclass
class _Found:
    """The occurrences of one candidate name, and what the text says about it."""
    spans: list = field(default_factory=list)  # (doc_id, start, end)
    titled: int = 0  # after a person's title ("Sen.", "Mr.", "President")
    spoken: int = 0  # named as a quote's speaker
    reported: int = 0  # next to a reporting verb ("Steele said")
    locative: int = 0  # after a preposition of place ("in Puerto Rico")
    org_noun: int = 0  # before a lower-case organisation noun ("Newsweek magazine")
    inside: int = 0  # not at the start of a sentence
    sides: Counter = field(default_factory=Counter)  # side -> cues
    cues: Counter = field(default_factory=Counter)  # cue as written -> count


def _is_acronym(word: str) -> bool:
    return 2 <= len(word.rstrip("s")) <= 5 and word.rstrip("s").isupper() and word.isalpha()


def _is_org(words: list[str]) -> bool:
    w = _words()
    return any(x.rstrip(".") in w["org_words"] for x in words) or (len(words) == 1 and _is_acronym(words[0]))


def _is_place(name: str) -> bool:
    w = _words()
    return name in w["places"] or name.split()[-1] in w["place_words"] and len(name.split()) > 1


def _bare(word: str) -> str:
    """A word as the titles list writes it: lower case, no final dot, no plural s ("Sens." -> "sen"), a title
    after a hyphenated prefix read as that title ("Co-Chairwoman" -> "chairwoman")."""
    word = word.lower().rstrip(".")
    titles = _words()["titles"]
    if "-" in word and word.rsplit("-", 1)[1] in titles:
        word = word.rsplit("-", 1)[1]
    return word[:-1] if word.endswith("s") and word[:-1] in titles else word


def _name_runs(text: str, s0: int, s1: int) -> list[list[tuple[int, int]]]:
    """Runs of capitalised tokens ``[(start, end), ...]`` in ``text[s0:s1]``: joined by white space (or the dot
    of an initial or abbreviated title), by "of" and name particles; cut after a possessive."""
    w = _words()
    runs, run = [], []
    toks = [(m.start(), m.end()) for m in _TOKEN.finditer(text, s0, s1)]
    for i, (s, e) in enumerate(toks):
        word = text[s:e]
        cap = word[0].isupper() and not (word.isupper() and len(word) > 5)
        joiner = word in ("of",) or word in _PARTICLES
        nxt = text[toks[i + 1][0]:toks[i + 1][1]] if i + 1 < len(toks) else ""
        if run:
            gap = text[run[-1][1]:s]
            prev = text[run[-1][0]:run[-1][1]]
            dot_ok = gap.startswith(".") and (len(prev) == 1 or _bare(prev) in w["titles"])
            if not (gap.isspace() or (dot_ok and gap[1:].isspace() and gap[1:])):
                runs.append(run)
                run = []
        if cap or (joiner and run and nxt and (nxt[0].isupper() or nxt in _PARTICLES)):
            run.append((s, e))
            if re.search(r"['’]s?$", word) and cap:  # a possessive ends the name
                runs.append(run)
                run = []
        elif run:
            runs.append(run)
            run = []
    if run:
        runs.append(run)
    return [r for r in runs if r]


def _lowercase_words(corpus: Corpus) -> frozenset[str]:
    """Words that the corpus also writes in lower case (common words, capitalised only at a sentence start)."""
    t = corpus.tokens
    return frozenset(t.loc[t["token"] == t["lower"], "lower"])


def _read_run(text: str, run: list[tuple[int, int]], sentence_start: bool, lower: frozenset[str]):
    """The name in a run of capitalised tokens: ``(start, end, titled, side_words)`` or ``None``."""
    w = _words()
    words = [re.sub(r"['’]s?$", "", text[s:e]) for s, e in run]
    run = [(s, s + len(x)) for (s, _), x in zip(run, words)]
    sides = []
    # sentence start: a common word written with a capital only because it starts the sentence
    if sentence_start:
        while words and (words[0].lower() in lower or words[0].lower() in _FUNCTION) and words[0] not in w["sides"]:
            words, run = words[1:], run[1:]
    while words and (words[0].lower() in _FUNCTION or words[0] in _PARTICLES):
        words, run = words[1:], run[1:]
    if "of" in words:
        k = words.index("of")
        head = words[:k]
        if head and _is_org(head):
            pass  # "Bank of America", "Department of Justice": one organisation
        elif head and _bare(head[-1]) in w["titles"]:
            sides += [x for x in head if x in w["sides"]]
            titled_by = _bare(head[-1])
            words, run = words[k + 1:], run[k + 1:]
            return _finish(text, words, run, sides, titled_by in w["person_titles"])
        else:
            words, run = head, run[:k]
    return _finish(text, words, run, sides, False)


def _finish(text, words, run, sides, titled):
    w = _words()
    if not words:
        return None
    cut = max((i for i, x in enumerate(words[:-1]) if _bare(x) in w["titles"]), default=-1)
    if cut >= 0 and not _is_org(words[cut + 1:]):
        sides += [x for x in words[:cut] if x in w["sides"]]
        titled = titled or any(_bare(x) in w["person_titles"] for x in words[:cut + 1])
        words, run = words[cut + 1:], run[cut + 1:]
    # a party or nation before a person's name ("Republican Pat Toomey")
    while len(words) > 1 and words[0] in w["sides"] and not _is_org(words):
        sides.append(words[0])
        words, run = words[1:], run[1:]
    while words and (words[-1].lower() in _FUNCTION or words[-1] == "of"):
        words, run = words[:-1], run[:-1]
    if not words or (len(words) == 1 and (_bare(words[0]) in w["titles"] or _PARTY_CODE.fullmatch(words[0]))):
        return None  # a title alone, or a party code ("D-NJ"): they describe a name, they are none
    return run[0][0], run[-1][1], titled, sides


def _candidates(corpus: Corpus, speakers: pd.DataFrame | None) -> dict[str, _Found]:
    w = _words()
    lower = _lowercase_words(corpus)
    texts = dict(zip(corpus.documents["doc_id"], corpus.documents["text"]))
    found: dict[str, _Found] = defaultdict(_Found)
    body = corpus.sentences[corpus.sentences["kind"] != "heading"]
    for doc_id, s0, s1 in body[["doc_id", "start", "end"]].itertuples(index=False):
        text = texts[doc_id]
        letters = [c for c in text[s0:s1] if c.isalpha()]
        if letters and sum(c.isupper() for c in letters) > 0.5 * len(letters):
            continue  # a line in capitals is a heading or a shout, not prose
        first_word = _TOKEN.search(text, s0, s1)
        for run in _name_runs(text, s0, s1):
            read = _read_run(text, run, first_word is not None and run[0][0] == first_word.start(), lower)
            if read is None:
                continue
            s, e, titled, sides = read
            name = " ".join(text[s:e].split())
            f = found[name]
            f.spans.append((doc_id, s, e))
            f.titled += titled
            f.inside += s != first_word.start()
            after, before = text[e:min(e + 60, s1)], text[max(s0, s - 30):s]
            f.reported += bool(_REPORTING_AFTER.match(after) or _REPORTING_BEFORE.search(before))
            f.locative += bool(_LOCATIVE.search(before))
            noun = _NEXT_WORD.match(after)
            # ("a Bridgeport newspaper" is a place's)
            f.org_noun += bool(noun and noun.group(1) in w["org_nouns"] and not _INDEFINITE_BEFORE.search(before))
            role = _ROLE_BEFORE.search(before)  # a lower-case role before the name ("Russian spokesman X")
            if role and _bare(role.group(2)) in w["person_titles"]:
                f.titled += 1
                if role.group(1) in w["sides"]:
                    sides.append(role.group(1))
            code = _PARTY_CODE.match(after)
            appos = _APPOSITION.match(after)
            if code and code.group(0).strip(" ,("):
                sides.append(code.group(1))
                f.cues[code.group(0).strip(" ,(")] += 1
                f.titled += 1  # a party code follows a legislator's name
            elif appos and appos.group(1) in w["sides"]:
                sides.append(appos.group(1))
                f.cues[", " + appos.group(0).split(",", 1)[1].strip()] += 1
            for x in sides:
                f.sides[w["sides"][x]] += 1
                if not (code or appos) or x != sides[-1]:
                    f.cues[x] += 1
    if speakers is not None and len(speakers) and "speaker" in speakers:
        for row in speakers.dropna(subset=["speaker"]).itertuples(index=False):
            name = re.sub(r"['’]s?$", "", str(row.speaker).strip())
            if _looks_like_name(name) and name in found:
                found[name].spoken += 1
    return found


def _looks_like_name(text: str) -> bool:
    """A proper name as a quoted speaker: 1-4 words, each capitalised (name particles such as "von" aside),
    no punctuation but hyphens, apostrophes and full stops ("Another man, not seen on camera" and "Political
    observers" are descriptions, not names)."""
    words = text.split()
    if not 1 <= len(words) <= 4 or not words[0][0].isupper():
        return False
    return all((x[0].isupper() or x in _PARTICLES or x == "of") and all(c.isalpha() or c in "-'." for c in x)
               for x in words)


def _canonical(name: str) -> tuple[str, ...]:
    """A person's name compared without initials and suffixes and with the full form of a first name ("Chuck E.
    Schumer Jr." -> ("Charles", "Schumer"))."""
    words = [x for x in name.split() if not _INITIAL.match(x) and x.rstrip(".") not in _SUFFIXES] or name.split()
    first_names = _words()["first_names"]
    return tuple([first_names.get(words[0], words[0]), *words[1:]])


def _acronym(words: list[str]) -> str:
    return "".join(x[0] for x in words if x[0].isupper())


def _within(short: tuple, long: tuple) -> bool:
    if short[-1] != long[-1] or len(short) >= len(long):
        return False
    it = iter(long)
    return all(x in it for x in short)


def draft_actors(corpus: Corpus, speakers: pd.DataFrame | None = None, min_mentions: int = 2) -> pd.DataFrame:
    """The drafted actors of a corpus (see the module docstring): ``actor, type, side, alias, mentions,
    documents, evidence, side_evidence, status``. ``alias``: the names merged into the actor, "; "-separated;
    ``side``: the suggested side or ``unassigned``; ``evidence``: ``doc_id:start-end`` of the first mention;
    ``side_evidence``: the side cues as written with their counts; ``status``: ``drafted``. ``speakers``: a
    quotes table (:func:`analysis.quotes.quotes_table`) whose speakers count as evidence of a person. Kept when
    mentioned ``min_mentions`` times, or once with a title or as a quote's speaker. Sorted by mentions
    (descending), then actor."""
    w = _words()
    found = _candidates(corpus, speakers)
    kind: dict[str, str] = {}
    spoken_alone: set[str] = set()
    org_heads = {n.split()[-1] for n in found if len(n.split()) > 1}
    for name, f in found.items():
        words = name.split()
        if _is_place(name) or (f.locative * 2 >= len(f.spans) and not (f.titled or f.spoken)):
            continue
        if words[-1] in w["sides"] and words[-1].endswith("s") and (len(words) == 1 or not _is_org(words[:-1])):
            kind[name] = "group"  # "Republicans", "Senate Democrats"
        elif words[-1] in w["sides"]:
            continue  # "Republican", "Arizona Republican", "Russian": a description, not a name
        elif _is_org(words):
            if len(words) == 1 and not _is_acronym(words[0]) and words[0] in org_heads:
                continue  # "House", "Post": the head of a longer name ("White House"), ambiguous alone
            kind[name] = "organisation"
        elif len(words) == 1 and f.org_noun and not f.titled:
            kind[name] = "organisation"  # "Newsweek magazine", "Wal-Mart stores"
        elif f.titled or (len(words) > 1 and (f.spoken or f.reported)):
            kind[name] = "person"
        elif f.spoken and f.inside:
            kind[name] = ""  # one word as a speaker: a person's surname if a person has it, else an organisation
            spoken_alone.add(name)
        elif len(words) > 1:
            kind[name] = ""  # a multiword name with no evidence yet: typed by its group
    # merge the forms of one name, longest first
    groups: dict[str, set[str]] = {}
    for name in sorted(kind, key=lambda n: (-len(n.split()), n)):
        words = name.split()
        if kind[name] == "organisation" and len(words) == 1:
            homes = [g for g in groups if kind[g] == "organisation" and _acronym(g.split()) == words[0].rstrip("s")]
        elif kind[name] in ("person", ""):
            homes = [g for g in groups if kind[g] in ("person", "") and _within(_canonical(name), _canonical(g))]
            homes += [g for g in groups if kind[g] in ("person", "") and len(words) > 1
                      and _canonical(name) == _canonical(g) and g not in homes]
        else:
            homes = []
        if len(homes) == 1:
            groups[homes[0]].add(name)
        elif len(words) > 1 or kind[name]:
            groups[name] = {name}
        elif name in spoken_alone:  # "Wal-Mart said", "Twitter said": no person of that name
            kind[name] = "organisation"
            groups[name] = {name}
    texts = dict(zip(corpus.documents["doc_id"], corpus.documents["text"]))
    group_type = {g: kind[g] or ("person" if any(kind[n] == "person" or n in spoken_alone for n in names) else "")
                  for g, names in groups.items()}
    surnames = Counter(g.split()[-1] for g in groups if len(g.split()) > 1)
    rows = []
    for rep, names in groups.items():
        gtype = group_type[rep]
        if not gtype:
            continue  # no evidence of a person, organisation or group
        occurrences = {o for n in names for o in found[n].spans}
        last = rep.split()[-1]
        if gtype == "person" and len(rep.split()) > 1 and surnames[last] == 1 and len(last) > 2 \
                and last not in groups and last not in w["territories"]:
            names = names | {last}
            pattern = re.compile(r"(?<![\w'’])" + re.escape(last) + r"(?!\w)")
            spans = sorted(occurrences)
            for d, t in texts.items():
                for m in pattern.finditer(t):
                    if not any(d == d2 and s2 <= m.start() and m.end() <= e2 for d2, s2, e2 in spans):
                        occurrences.add((d, m.start(), m.end()))
        fs = [found[n] for n in names if n in found]
        strong = sum(f.titled + f.spoken for f in fs)
        if len(occurrences) < min_mentions and not strong:
            continue
        sides = sum((f.sides for f in fs), Counter())
        cues = sum((f.cues for f in fs), Counter())
        if gtype in ("organisation", "group"):
            for x in rep.split():
                if x in w["sides"]:
                    sides[w["sides"][x]] += 1
                    cues[f"{x} in the name"] += 1
        side = UNASSIGNED
        if sides:
            top, n = sides.most_common(1)[0]
            if n * 3 >= sum(sides.values()) * 2:
                side = top
        multi = [n for n in names if len(n.split()) == max(len(x.split()) for x in names)]
        actor = max(multi, key=lambda n: (n.split()[0] not in w["first_names"], len(found.get(n, _Found()).spans),
                                          -len(n), n))  # "Charles Schumer" before "Chuck Schumer"
        occ = sorted(occurrences)
        rows.append((actor, gtype, side, "; ".join(sorted(names)), len(occ), len({o[0] for o in occ}),
                     f"{occ[0][0]}:{occ[0][1]}-{occ[0][2]}",
                     "; ".join(f'"{c}" x{k}' for c, k in sorted(cues.items(), key=lambda x: (-x[1], x[0]))),
                     DRAFTED))
    out = pd.DataFrame(rows, columns=DRAFT_COLUMNS)
    return out.sort_values(["mentions", "actor"], ascending=[False, True]).reset_index(drop=True)


@lru_cache(maxsize=1)
def _cue_lemmas() -> frozenset[str]:
    """One-word reporting and stance verbs (and attitude nouns), as lemmas: the words whose sentences say who
    holds which position (the package's ``reporting_verbs.yaml`` and ``stance_cues.yaml``, read as data)."""
    verbs = yaml.safe_load(package_data("reporting_verbs.yaml").read_text(encoding="utf-8")) or {}
    cues = yaml.safe_load(package_data("stance_cues.yaml").read_text(encoding="utf-8")) or {}
    words = {str(w) for listed in verbs.values() for w in listed or []}
    for group in ("attitudes", "attitude_nouns"):
        words.update(str(w) for listed in (cues.get(group) or {}).values() for w in listed or [])
    words.update(str(w) for w in cues.get("reporting") or [])
    return frozenset(w.lstrip("=").lower() for w in words if " " not in w)


def _verb_form(word: str, first: bool) -> bool:
    """A word that makes a phrase a clause, not a noun phrase: a past form ("took place", "conversation moved"),
    or an -ing form opening the phrase ("considering campaigns")."""
    return word in _words()["verb_forms"] or (word.endswith("ed") and len(word) > 4) or (first and word.endswith("ing"))


def _noun_phrase(words: list[str]) -> bool:
    """Words that can form a noun phrase: each before the last can be a noun or an adjective, the last a noun
    ("border security", "illegal immigration"; not "avoid going", "nobody knows", "options open"), by the word
    classes of LemmInflect's English dictionary (Jascoll 2019, built from the Automatically Generated Inflection
    Database and the Specialist Lexicon). A word it does not list may be either."""
    classes = [set(getAllLemmas(x)) for x in words]
    return all(not c or c & {"NOUN", "ADJ", "PROPN"} for c in classes[:-1]) and \
        (not classes[-1] or bool(classes[-1] & {"NOUN", "PROPN"}))


def draft_issues(corpus: Corpus, top: int = 10, min_mentions: int = 2) -> pd.DataFrame:
    """Candidate issues: lower-case phrases of two or three words, none a stopword or a word of
    ``not_issue_words``, none a past form and the first neither an -ly adverb nor an -ing form, and the words
    a noun phrase by their word classes (:func:`_noun_phrase`; not clauses), written in documents of at least two sources and at least ``min_mentions`` times:
    ``term, mentions, documents, sources, with_cue, evidence`` (``with_cue``: mentions in a sentence with a
    reporting or stance verb, :func:`_cue_lemmas`: what actors are said to want or reject). A phrase inside a
    longer kept phrase with as many mentions is left out. The ``top`` phrases by sources, mentions with a cue,
    documents, mentions, then term."""
    stop = load_stopwords() | _words()["not_issue"]
    cue_lemmas = _cue_lemmas()
    src = dict(zip(corpus.documents["doc_id"], corpus.documents["source"]))
    t = corpus.tokens
    seen: dict[str, list] = defaultdict(list)
    for (doc_id, _), g in t.groupby(["doc_id", "sent"], sort=True):
        toks = list(zip(g["token"], g["lower"], g["start"], g["end"]))
        cues = [k for k, lem in enumerate(g["lemma"]) if lem in cue_lemmas]
        for n in (2, 3):
            for i in range(len(toks) - n + 1):
                gram = toks[i:i + n]
                if gram[0][1].endswith("ly"):
                    continue  # an adverb opens a verb phrase ("fully support"), not a noun phrase
                if all(tok == low and low.isalpha() and low not in stop and len(low) > 2
                       and not _verb_form(low, k == 0) for k, (tok, low, _, _) in enumerate(gram)):
                    cued = any(not i <= k < i + n for k in cues)  # a cue outside the phrase ("weather report")
                    seen[" ".join(x[1] for x in gram)].append((doc_id, gram[0][2], gram[-1][3], cued))
    rows = []
    for term, occ in seen.items():
        sources = sorted({src[d] for d, _, _, _ in occ})
        if len(sources) >= 2 and len(occ) >= min_mentions and _noun_phrase(term.split()):
            occ = sorted(occ)
            rows.append((term, len(occ), len({o[0] for o in occ}), ", ".join(map(str, sources)),
                         sum(o[3] for o in occ), f"{occ[0][0]}:{occ[0][1]}-{occ[0][2]}"))
    out = pd.DataFrame(rows, columns=ISSUE_COLUMNS)
    longer = [(r.term, r.mentions) for r in out.itertuples() if len(r.term.split()) == 3]
    keep = [not any(f" {r.term} " in f" {lt} " and m >= r.mentions for lt, m in longer) or len(r.term.split()) == 3
            for r in out.itertuples()]
    out = out[pd.Series(keep, index=out.index, dtype=bool)].assign(n_sources=lambda d: d["sources"].str.count(",") + 1)
    out = out.sort_values(["n_sources", "with_cue", "documents", "mentions", "term"],
                          ascending=[False, False, False, False, True])
    return out.drop(columns="n_sources").head(top).reset_index(drop=True)


def _q(value: str) -> str:
    return json.dumps(str(value), ensure_ascii=False)


def lexicon_yaml(corpus: Corpus, actors: pd.DataFrame, issues: pd.DataFrame, source: str = "") -> str:
    """The drafted lexicon as a ``lexicon.yaml`` text (:func:`analysis.lexicon.load_story_lexicon` reads it):
    ``actors`` with ``type``, ``side`` and ``aliases``, and ``issues`` with ``proposition: "<to be written>"``,
    the phrase as its one term and empty ``for`` / ``against`` lists; every entry commented with its evidence."""
    lines = [
        f"# Story lexicon DRAFTED by `python -m analysis lexicon` from {source or corpus.name} "
        f"({len(corpus)} documents; sources: {', '.join(map(str, corpus.sources))}).",
        "# A draft, not a result: check every entry against the articles before using it.",
        "#   actors: delete what is no actor of the story, merge what is one actor, check each side (unassigned: "
        "the text names no party or country next to the name).",
        "#   issues: write each proposition (a statement an actor can be for or against), its terms and the words",
        "#   saying it happens (for) or not (against); delete the rest. The stance tables need the propositions.",
        "# Format: see analysis/lexicon.py (load_issues) and seeds/lexicon.yaml.",
        "",
        "actors:",
    ]
    seen: set[str] = set()
    for r in actors.itertuples(index=False):
        aliases = [a for a in r.alias.split("; ") if a and a not in seen]
        seen.update(aliases)
        evidence = f"{r.type}; {r.mentions} mentions in {r.documents} documents, first at {r.evidence}"
        if r.side_evidence:
            evidence += f"; side cues: {r.side_evidence}"
        lines += [f"  {_q(r.actor)}:  # draft to check: {evidence}",
                  f"    type: {r.type}",
                  f"    side: {_q(r.side)}",
                  f"    aliases: [{', '.join(map(_q, aliases))}]"]
    lines += ["", "issues:"]
    for r in issues.itertuples(index=False):
        lines += [f"  {_q(r.term)}:  # draft to check: {r.mentions} mentions in {r.documents} documents "
                  f"({r.sources}), {r.with_cue} in a sentence with a reporting or stance verb, first at {r.evidence}",
                  '    proposition: "<to be written>"',
                  f"    terms: [{_q(r.term)}]",
                  "    for: []",
                  "    against: []"]
    return "\n".join(lines) + "\n"


def draft_lexicon(corpus: Corpus, speakers: pd.DataFrame | None = None, issues: int = 10,
                  source: str = "") -> tuple[str, pd.DataFrame, pd.DataFrame]:
    """The drafted lexicon of a corpus: its ``lexicon.yaml`` text (:func:`lexicon_yaml`), the drafted actors
    (:func:`draft_actors`; ``speakers``: a quotes table without lexicon, whose speakers count as evidence) and
    the ``issues`` candidate issues (:func:`draft_issues`). What ``python -m analysis lexicon`` writes, and
    ``report`` beside its tables for a corpus without a lexicon."""
    found = draft_actors(corpus, speakers=speakers)
    candidates = draft_issues(corpus, top=issues)
    return lexicon_yaml(corpus, found, candidates, source), found, candidates
