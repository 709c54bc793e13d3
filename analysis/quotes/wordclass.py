"""Word classes of single English words, from LemmInflect's dictionary (``getAllLemmas``: the classes a word form
can have, "NOUN", "VERB", "ADJ", ...), for the rules that tell a noun from a verb or an adjective. Each test is
cached by word: the rules ask about the same words over and over."""

from __future__ import annotations

from functools import lru_cache

from lemminflect import getAllLemmas


@lru_cache(maxsize=None)
def only_adjective(word: str) -> bool:
    """``word`` can only be an adjective ("presidential", "territorial"): never a name's word nor a noun."""
    return set(getAllLemmas(word)) == {"ADJ"}


@lru_cache(maxsize=None)
def adjective_before_noun(word: str) -> bool:
    """``word`` can be an adjective and no noun or verb, or is a hyphenated word LemmInflect does not know
    ("toned-down"): a word between an article and its noun ("the territorial disputes")."""
    lemmas = getAllLemmas(word)
    if not lemmas:
        return "-" in word.strip("-") and word.replace("-", "").isalpha()
    return "ADJ" in lemmas and "NOUN" not in lemmas and "VERB" not in lemmas


@lru_cache(maxsize=None)
def describing_word(word: str) -> bool:
    """``word`` can be a noun or an adjective and no verb: a word of a description before a name ("strategist",
    "longtime"; not "supports")."""
    lemmas = getAllLemmas(word)
    return bool(lemmas) and "VERB" not in lemmas and bool({"NOUN", "ADJ"} & set(lemmas))


@lru_cache(maxsize=None)
def no_noun(word: str) -> bool:
    """LemmInflect knows ``word`` and it can be no noun ("presidential"): no head of a noun phrase."""
    lemmas = getAllLemmas(word)
    return bool(lemmas) and "NOUN" not in lemmas


@lru_cache(maxsize=None)
def noun_no_adjective(word: str) -> bool:
    """``word`` can be a noun and no adjective ("excerpt", "speech"; not "emotional", "video")."""
    lemmas = getAllLemmas(word)
    return "NOUN" in lemmas and "ADJ" not in lemmas


@lru_cache(maxsize=None)
def noun_or_adjective(word: str) -> bool:
    """``word`` can be a noun or an adjective (it may also be a verb): a word of a description ("Tea party
    activist")."""
    return bool({"NOUN", "ADJ"} & set(getAllLemmas(word)))


@lru_cache(maxsize=None)
def ly_adverb(word: str) -> bool:
    """``word`` is an adverb in -ly: it ends in "ly" and LemmInflect gives it as an adverb or as no noun
    ("reportedly", "publicly", "daily"; not "family", "ally", "rally", "assembly", which head a subject)."""
    if not word.endswith("ly"):
        return False
    lemmas = getAllLemmas(word)
    return "ADV" in lemmas or "NOUN" not in lemmas


@lru_cache(maxsize=None)
def only_verb(word: str) -> bool:
    """LemmInflect knows ``word`` only as a verb form ("began", "was"; not "marked", "officials", "Trump")."""
    return set(getAllLemmas(word)) == {"VERB"}


def may_be_verb(word: str) -> bool:
    """``word`` can be a verb form, or is not in the dictionary ("join", "let"; not "censorship", "possible")."""
    lemmas = getAllLemmas(word)
    return not lemmas or "VERB" in lemmas
