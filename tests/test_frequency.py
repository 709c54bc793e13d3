"""Word counts, rates, n-grams and collocations, checked by hand on tiny texts and against Corpus.tokens."""

import math
import pickle
from collections import Counter
from pathlib import Path

import pandas as pd
import pytest

from analysis import frequency as F
from analysis.corpus import load_corpus
from analysis.text import load_stopwords

ROOT = Path(__file__).resolve().parent.parent
TEXT = "Ukraine's allies said the U.S. would help. Allies say 2,000 troops."
# tokens (analysis.text.TOKEN_RE): Ukraine's allies said the U.S. would help Allies say 2,000 troops = 11 words


@pytest.fixture(scope="module")
def seeds():
    return load_corpus(ROOT / "seeds")


@pytest.fixture()
def tiny(tmp_path):
    (tmp_path / "a.txt").write_text("New York is big. New York is old.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Peace talks in New York. Peace now.\n", encoding="utf-8")
    (tmp_path / "metadata.csv").write_text("doc_id,label\na,Outlet A\nb,Outlet B\n", encoding="utf-8")
    return load_corpus(tmp_path)


def test_count_terms_lemma_by_hand():
    # lemmas: ukraine ('s dropped), ally x2 (allies, Allies), say x2 (said, say), the, u.s., would, help, troop;
    # "2,000" has no letter and is left out unless numbers=True
    assert F.count_terms(TEXT) == Counter({"ally": 2, "say": 2, "ukraine": 1, "the": 1, "u.s.": 1, "would": 1,
                                           "help": 1, "troop": 1})


def test_count_terms_forms_numbers_and_stopwords():
    lower = F.count_terms(TEXT, form="lower", numbers=True)
    assert lower["allies"] == 2 and lower["said"] == 1 and lower["say"] == 1 and lower["2,000"] == 1
    assert lower["ukraine's"] == 1 and sum(lower.values()) == 11
    token = F.count_terms(TEXT, form="token")
    assert token["Allies"] == 1 and token["allies"] == 1 and token["U.S."] == 1
    # the package list drops "the"; the user's extra word "would" is honoured too
    stop = F.count_terms(TEXT, stopwords=load_stopwords(extra=["would"]))
    assert "the" not in stop and "would" not in stop and stop["ally"] == 2
    # a user list on its own (replace=True) keeps "the"
    only_user = F.count_terms(TEXT, stopwords=load_stopwords(extra=["help"], replace=True))
    assert "help" not in only_user and only_user["the"] == 1
    with pytest.raises(ValueError, match="form must be"):
        F.count_terms(TEXT, form="stem")


def test_dotted_capital_i_is_tokenised_as_written():
    # "İ".lower() is two characters (i + combining dot), which would split the word if the whole text were
    # lower-cased first; such a text is tokenised as written and each token lower-cased, like Corpus.tokens
    c = F.count_terms("İstanbul talks. ISTANBUL", form="lower")
    assert c == Counter({"İstanbul".lower(): 1, "talks": 1, "istanbul": 1})


def test_phrases_count_as_one_term():
    phrases = ["von der Leyen", {"Zaporizhzhia nuclear power plant": ["Zaporizhzhia nuclear plant"]}]
    text = ("Ursula von der Leyen spoke. Von der Leyen's aides and von-der-Leyen; "
            "the Zaporizhzhia nuclear plant and the Zaporizhzhia Nuclear Power Plant.")
    c = F.count_terms(text, phrases=phrases)
    # 3 x von der Leyen (possessive and hyphens absorbed), 2 x the plant (variant mapped to its term)
    assert c["von_der_leyen"] == 3 and c["zaporizhzhia_nuclear_power_plant"] == 2
    assert "leyen" not in c and "von" not in c and "plant" not in c and c["ursula"] == 1
    # words inside phrases still count as running words, as TOKEN_RE counts them: 5 + 6 ("von-der-Leyen" is
    # one hyphenated token) + 10 = 21
    counter = F.TermCounter(phrases=phrases).add("x", text)
    assert counter.words["x"] == 21
    assert F.phrase_term("Coalition of the  Willing") == "coalition_of_the_willing"


def test_phrases_from_lexicon_accepts_list_or_mapping():
    assert F.phrases_from_lexicon({}) == []
    assert F.phrases_from_lexicon({"phrases": ["a b"]}) == ["a b"]
    assert F.phrases_from_lexicon({"phrases": {"a b": ["a-b c"]}}) == [{"a b": ["a-b c"]}]


def test_counts_equal_corpus_tokens(seeds):
    # ONE way of counting: the streaming counter gives exactly the token table's lower/token counts, and its
    # tokens' lemmas with spelling variants folded
    for form in ("lemma", "lower", "token"):
        counter = F.term_counter(seeds, by="doc_id", form=form, numbers=True)
        counts = counter.counts()
        for doc_id, toks in seeds.tokens.groupby("doc_id"):
            terms = toks["token"].map(F.term_lemma) if form == "lemma" else toks[form]
            assert counts[doc_id] == Counter(terms), (form, doc_id)
            assert counter.words[doc_id] == len(toks)


def test_merge_equals_one_pass(seeds):
    docs = seeds.documents
    first = F.TermCounter().add_many(docs["source"][:2], docs["text"][:2])
    second = F.TermCounter().add_many(docs["source"][2:], docs["text"][2:])
    whole = F.TermCounter().add_many(docs["source"], docs["text"])
    assert first.merge(second).to_frame().equals(whole.to_frame())
    with pytest.raises(ValueError, match="different settings"):
        first.merge(F.TermCounter(form="lower"))


def test_merging_many_counters_counts_exactly(monkeypatch):
    """Counters merged one after another (as the pipeline merges its chunks) count what one pass counts,
    whether the merged triples are folded at once or wait; by hand: "a b" x 30 under X, "b c" x 30 under Y."""
    monkeypatch.setattr(F.TermCounter, "FOLD_TOKENS", 4)  # fold as soon as 4 entries and the folded size wait
    parts = [F.TermCounter(form="lower").add("X" if i % 2 else "Y", "a b" if i % 2 else "b c") for i in range(60)]
    total = parts[0]
    for part in parts[1:]:
        total.merge(part)
    counts = total.counts()
    assert counts["X"] == {"a": 30, "b": 30} and counts["Y"] == {"b": 30, "c": 30}
    assert total.words == {"Y": 60, "X": 60}
    whole = F.TermCounter(form="lower")
    for i in range(60):
        whole.add("X" if i % 2 else "Y", "a b" if i % 2 else "b c")
    assert total.to_frame().equals(whole.to_frame())


def test_frequency_table_rates_by_hand(tiny):
    # Outlet A: "New York is big. New York is old." = 8 words; lemma "new" 2 -> 1000 * 2 / 8 = 250 per 1,000
    freq = F.frequency_table(tiny)
    a = freq[freq["source"] == "Outlet A"].set_index("term")
    assert a.loc["new", "count"] == 2 and a.loc["new", "words"] == 8
    assert a.loc["new", "per_1k"] == pytest.approx(250.0)
    assert a.loc["be", "count"] == 2  # "is" -> be
    # sorted by source, count desc, term
    assert list(a.index[:3]) == ["be", "new", "york"]
    corpus = F.frequency_table(tiny, by="corpus").set_index("term")
    assert corpus.loc["new", "count"] == 3 and corpus.loc["new", "words"] == 8 + 7
    top = F.top_terms(freq, n=1)
    assert list(top["term"]) == ["be", "peace"]
    m = F.term_matrix(freq, ["peace", "new"], value="count")
    assert m.loc["peace"].tolist() == [0, 2] and m.loc["new"].tolist() == [2, 1]


def test_ngram_table_by_hand(tiny):
    # bigrams never cross a sentence: A has new york x2, york be x2, be big, be old; B: peace talk, talk in,
    # in new, new york, peace now
    grams = F.ngram_table(tiny, n=2, by="corpus")
    g = grams.set_index("ngram")
    assert g.loc["new york", "count"] == 3 and g.loc["york be", "count"] == 2
    assert "old peace" not in g.index and "york peace" not in g.index
    first = g.loc["new york"]
    assert (first["doc_id"], first["start"], first["end"]) == ("a", 0, 8)
    # a stopword at either end drops the n-gram ("is" is a stopword, lemma "be" is checked as written)
    stopped = F.ngram_table(tiny, n=2, by="corpus", stopwords={"be", "in"}).set_index("ngram")
    assert "york be" not in stopped.index and "talk in" not in stopped.index and "new york" in stopped.index


def test_collocation_scores_by_hand(tmp_path):
    (tmp_path / "a.txt").write_text("New York is big. New York is old.\n", encoding="utf-8")
    corpus = load_corpus(tmp_path)
    col = F.collocations(corpus, n=2, min_count=2).set_index("ngram")
    # N = 8 words; new york: f(new, york) = 2, f(new) = 2, f(york) = 2
    # PMI = log2(2 * 8 / (2 * 2)) = log2(4) = 2
    # t = (O - E) / sqrt(O), E = 2 * 2 / 8 = 0.5 -> 1.5 / sqrt(2) = 1.0606602
    assert col.loc["new york", "count"] == 2
    assert col.loc["new york", "pmi"] == pytest.approx(2.0, rel=1e-12)
    assert col.loc["new york", "t_score"] == pytest.approx(1.5 / math.sqrt(2), rel=1e-12)
    # log-likelihood (Dunning): 2 x 2 table [[2, 0], [0, 6]] with margins 2/6, E = [[0.5, 1.5], [1.5, 4.5]]
    # G2 = 2 (2 ln(2/0.5) + 6 ln(6/4.5)) = 2 (2.772589 + 1.726092) = 8.997362
    assert col.loc["new york", "likelihood_ratio"] == pytest.approx(2 * (2 * math.log(4) + 6 * math.log(6 / 4.5)),
                                                                   rel=1e-9)
    assert set(col.index) == {"new york", "york be"}
    assert F.phrases_from_collocations(col.reset_index(), min_count=2, min_pmi=2) == ["new york", "york be"]
    with pytest.raises(ValueError):
        F.collocations(corpus, n=4)


def test_empty_inputs():
    assert F.count_terms("") == Counter()
    assert F.TermCounter().to_frame().empty
    assert list(F.TermCounter().to_frame().columns) == ["source", "term", "count", "words", "per_1k"]
    assert isinstance(F.TermCounter().add("x", "   ").to_frame(), pd.DataFrame)


def test_counter_uses_given_token_arrays_only_where_they_are_its_own():
    from analysis.scanner import token_arrays
    text = "The mayor said: the Mayor SAID it."
    given = F.TermCounter().add("a", text, token_arrays(text)).counts()
    assert given == F.TermCounter().add("a", text).counts() == {"a": Counter(
        {"mayor": 2, "say": 2, "the": 2, "it": 1})}
    # a phrase cut out of the text: the given arrays (of the whole text) are not used
    phrased = F.TermCounter(phrases=["von der Leyen"]).add("a", "Von der Leyen said", token_arrays("Von der Leyen said"))
    assert phrased.counts() == {"a": Counter({"von_der_leyen": 1, "say": 1})} and phrased.words == {"a": 4}
    # U+0130 (lower case longer) and form "token": counted as written, not with the lower-case ids given
    for form, text, want in (("token", "Said said", {"Said": 1, "said": 1}),
                             ("lemma", "\u0130zmir said", {"\u0130zmir".lower(): 1, "say": 1})):
        counter = F.TermCounter(form=form).add("a", text, token_arrays(text))
        assert counter.counts() == {"a": Counter(want)}, form


def test_counter_pickled_goes_on_counting_and_merging():
    # a worker's counter travels pickled; the copy goes on counting and merges with another copy, a word met
    # in both counted as one term: by hand, a: x 2, y 2, z 1; b: z 1
    counter = pickle.loads(pickle.dumps(F.TermCounter(form="lower").add("a", "x y x")))
    counter.add("a", "y z")
    other = pickle.loads(pickle.dumps(F.TermCounter(form="lower").add("b", "z")))
    assert counter.merge(other).counts() == {"a": Counter({"x": 2, "y": 2, "z": 1}), "b": Counter({"z": 1})}
    assert counter.to_frame()[["source", "term", "count"]].values.tolist() == [
        ["a", "x", 2], ["a", "y", 2], ["a", "z", 1], ["b", "z", 1]]


def test_spelling_variants_are_one_term():
    """House-style spellings of one word are one lemma term (analysis/data/style_variants.yaml); the lower and
    token forms, and fold=False, keep them apart."""
    from analysis.text import load_stopwords

    text = ("Mr. Smith of the C.I.A. told the CIA by e-mail and by email. The U.S. and the US agreed to a "
            "cease-fire, then a ceasefire; Ms. Lee re-signed at 5 a.m., then co-operated. US-led talks.")
    stop = load_stopwords()
    folded = F.count_terms(text, stopwords=stop)
    assert folded["cia"] == 2 and "c.i.a." not in folded
    assert folded["email"] == 2 and "e-mail" not in folded
    assert folded["u.s."] == 2  # U.S. and US (which, lower-cased, would be the stopword "us")
    assert folded["ceasefire"] == 2
    assert folded["cooperate"] == 1  # a prefix and an English closed word
    assert folded["re-signed"] == 1  # re-sign is not resign
    assert folded["a.m."] == 1  # "am" is a function word: the dots stay
    assert folded["us-led"] == 1  # a hyphenated word of its own, not the capital US
    assert folded["mr"] == 1 and folded["ms"] == 1  # honorifics are counted (keyness leaves them out)
    plain = F.TermCounter(stopwords=stop, fold=False).add(0, text).counts()[0]
    assert plain["c.i.a."] == 1 and plain["cia"] == 1 and plain["e-mail"] == 1 and plain["u.s."] == 1
    lower = F.count_terms(text, form="lower", stopwords=stop)
    assert lower["c.i.a."] == 1 and lower["cia"] == 1
    with pytest.raises(ValueError, match="different settings"):
        F.TermCounter().merge(F.TermCounter(fold=False))


def test_capital_inside_a_phrase_is_the_phrase():
    from analysis.text import load_stopwords

    counts = F.count_terms("The US Congress met. The US left.", stopwords=load_stopwords(), phrases=["US Congress"])
    assert counts["us_congress"] == 1 and counts["u.s."] == 1


def test_ngrams_and_collocations_fold_spelling(tmp_path):
    (tmp_path / "a.txt").write_text("He saw the C.I.A. at noon. We saw the CIA today. They saw the CIA too.\n",
                                    encoding="utf-8")
    corpus = load_corpus(tmp_path)
    grams = F.ngram_table(corpus, n=2, by="corpus").set_index("ngram")
    assert grams.loc["the cia", "count"] == 3 and "the c.i.a." not in grams.index
    assert F.collocations(corpus, n=2, min_count=3).set_index("ngram").loc["the cia", "count"] == 3
