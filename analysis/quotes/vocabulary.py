"""The word lists of the quotation rules, read from ``analysis/data/quote_words.yaml`` and the person titles
from ``analysis/data/titles.yaml`` (the entries whose uses include ``speaker``): each list one frozenset, named
as in the file. Researchers extend the files, not this module."""

from __future__ import annotations

from functools import lru_cache

import yaml

from analysis.lexicon import package_data
from analysis.text import sentence_starters


@lru_cache(maxsize=None)
def _read(name: str) -> dict:
    return yaml.safe_load(package_data(name).read_text(encoding="utf-8"))


def titles(use: str) -> tuple[str, ...]:
    """The entries of ``titles.yaml`` that serve ``use`` (``speaker``, ``name``, ``title``, ``introduces``), as
    written there, in file order."""
    return tuple(t for t, uses in _read("titles.yaml")["titles"].items() if use in uses)


_WORDS = _read("quote_words.yaml")


def _words(key: str) -> frozenset[str]:
    words = _WORDS[key]
    if not all(isinstance(w, str) for w in words):  # YAML reads a bare no / on / yes as a boolean: quote it
        raise ValueError(f"quote_words.yaml: {key} has entries that are not words: {words!r}")
    return frozenset(words)


PRONOUNS: dict[str, str] = dict(_WORDS["pronouns"])
# the plural side words of the lexicon draft ("Republicans", "Democrats"): a name that ends in one names a group
SIDE_GROUPS = frozenset(str(w).lower() for w in _read("lexicon_draft.yaml")["sides"] if str(w).endswith("s"))
OWNER_PRONOUNS: dict[str, str] = dict(_WORDS["owner_pronouns"])
ROLE_TITLES: dict[str, frozenset[str]] = {role: frozenset(ts) for role, ts in _WORDS["role_titles"].items()}
DOTTED_ABBREVIATIONS: tuple[str, ...] = tuple(_WORDS["dotted_abbreviations"])
_words("dotted_abbreviations")  # checked: words only
PERSON_TITLES = frozenset(t.lower() for t in titles("speaker"))
NAME_RUN_TITLES = _words("name_run_titles")
ORG_WORDS = _words("organisation_words")
NOT_NAMES = _words("not_names")
COMPANION_NOUNS = _words("companion_nouns")
REGIONS = _words("regions")  # (as written, capitalised)
OUTLET_ENDINGS = _words("outlet_endings")
OUTLET_NOUNS = _words("outlet_nouns")
HEADING_VERBS = _words("heading_verbs")
DETERMINERS = _words("determiners")
SKIP_BEFORE_CUE = _words("skip_before_cue")
LEADING_VERBS = _words("leading_verbs")
GERUND_LEADERS = _words("gerund_leaders")
INFERENCE_CUES = _words("inference_cues")
TIME_WORDS = _words("time_words")
NOUN_CONTEXT = _words("noun_context")
PASSIVE_AUX = _words("passive_aux")
NP_BOUNDARY = _words("np_boundary")
NP_FORWARD_STOP = _words("np_forward_stop")
QUOTATION_ONLY_CUES = _words("quotation_only_cues")
CLOSING_ONLY_CUES = _words("closing_only_cues")
TIME_PHRASE_OPENERS = _words("time_phrase_openers")
CLAUSE_ONLY_CUES = _words("clause_only_cues")
DOCUMENT_NOUNS = _words("document_nouns")
ISSUING_VERBS = _words("issuing_verbs")
SOURCE_DOCUMENTS = _words("source_documents")
SLOGAN_NOUNS = _words("slogan_nouns")
ASIDE_OPENERS = _words("aside_openers")
CONNECTORS = _words("connectors")
MALE_WORDS = _words("male_words")
FEMALE_WORDS = _words("female_words")
KIN_NOUNS = _words("kin_nouns")
GENDER_PRONOUNS = _words("gender_pronouns")
FINITE_VERB_FORMS = _words("finite_verb_forms")
IRREGULAR_PAST = _words("irregular_past")
NAMING_CUES = _words("naming_cues")
OBJECT_NAMING_CUES = _words("object_naming_cues")
NAMED_THINGS = _words("named_things")
ARTICLES = _words("articles")
POSSESSIVES = _words("possessives")
BE = _words("be")
AFTER_PLURAL_NOUN = _words("after_plural_noun")
ADJUNCT_PREPOSITIONS = _words("adjunct_prepositions")
OPENING_PREPOSITIONS = _words("opening_prepositions")
QUANTITY_WORDS = _words("quantity_words")
ADDRESSEE_CUES = _words("addressee_cues")
CLAUSE_CUES = _words("clause_cues")
SENTENCE_OPENERS = sentence_starters()[0]
"""Words that start a sentence after a word kept with its dot ("U.S. He says"): the sentence splitter's list
(``analysis/data/sentence_starters.yaml``)."""
ADDRESSEE_WORDS = _words("addressee_words")
GROUP_NOUNS = _words("group_nouns")
PARTY_MEMBERS = _words("party_members")
OFFICE_WORDS = _words("office_words")
SETTING_PREPOSITIONS = _words("setting_prepositions")
REASON_WORDS = _words("reason_words")
WRITTEN_WORKS = _words("written_works") | DOCUMENT_NOUNS
CLAIM_NOUNS = _words("claim_nouns")
SENTENCE_ADVERBS = _words("sentence_adverbs")
PAGE_LABELS = _words("page_labels")
QUESTION_WORDS = _words("question_words")
CLAUSE_AUXILIARIES = _words("clause_auxiliaries")
BETWEEN_PARTICIPLE_AND_VERB = _words("between_participle_and_verb")
SPECULATIVE_MODALS = _words("speculative_modals")
COMMON_SPEAKERS = _words("common_speakers")
WRITER_PRONOUNS = _words("writer_pronouns")
NARRATIVE_NOUNS = _words("narrative_nouns")
TARGET_CUES = _words("target_cues")
FRAMING_NOUNS = _words("framing_nouns")
STATEMENT_NOUNS = _words("statement_nouns")
ORG_REFERENCE_NOUNS = _words("org_reference_nouns") | OUTLET_NOUNS
TRANSCRIPT_ROLES = _words("transcript_roles")
AFTER_CUE_ADVERBS = _words("after_cue_adverbs")
DESCRIBING_VERBS = _words("describing_verbs")
REFLEXIVES = _words("reflexives")
SETTING_NOUNS = _words("setting_nouns")
COORDINATORS = _words("coordinators")
THAT_CUES = _words("that_cues")
THAT_FORMS = _words("that_forms")
INVERTED_CUES = _words("inverted_cues")
INFINITIVE_CUES = _words("infinitive_cues")
CHARGE_CUES = _words("charge_cues")
TIME_NOUNS = _words("time_nouns")
TIME_MODIFIERS = _words("time_modifiers")
INDEFINITE_PRONOUNS = _words("indefinite_pronouns")
SOURCE_LINKS: tuple[tuple[str, ...], ...] = tuple(tuple(p.split()) for p in _WORDS["source_links"])
ACRONYM_NOUNS = _words("acronym_nouns")
PRONOUN_CONTRACTIONS: dict[str, str] = dict(_WORDS["pronoun_contractions"])
NO_ACT_CUES = _words("no_act_cues")
SPEAKING_THINGS = _words("speaking_things")
PLURAL_SUBJECTS = _words("plural_subjects")
PROGRESSIVE_AUX = _words("progressive_aux")
CONDITIONS = _words("conditions")
VERBS_AFTER_THAT = _words("verbs_after_that")
VERB_MARKERS = _words("verb_markers")
NEGATIONS = _words("negations")
PHRASAL_PARTICLES = _words("phrasal_particles")
CUE_NOUN_COMPOUNDS = _words("cue_noun_compounds")
BETWEEN_MARKER_AND_VERB = _words("between_marker_and_verb")
SUBORDINATORS = _words("subordinators")
CLAUSE_BREAKS = _words("clause_breaks")


def _first_names() -> dict[str, str]:
    """``analysis/data/first_names.tsv``: lower-case first name -> "f" or "m" (see the file's header for its
    source and rule)."""
    out = {}
    for line in package_data("first_names.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, gender = line.split("\t")
            out[name] = gender
    return out


FIRST_NAME_GENDERS = _first_names()
