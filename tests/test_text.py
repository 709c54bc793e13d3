"""Text pipeline: sentences, tokens, lemmas, stopwords, normalisation; offline whatever nltk_data holds."""

import hashlib
import os
import re
import subprocess
import sys

from analysis import cleaning, text
from conftest import ROOT, SHARED


def sentences(s):
    return [s[a:b] for _, a, b in text.sentence_spans(s)]


def test_news_abbreviations_do_not_end_sentences():
    s = "Mr. Rubio met Gen. Smith at 9 a.m. on Monday. The U.S. Army said No. 10 agreed. It did."
    assert sentences(s) == ["Mr. Rubio met Gen. Smith at 9 a.m. on Monday.",
                            "The U.S. Army said No. 10 agreed.", "It did."]


def test_user_abbreviations_extend_the_list():
    s = "He met Insp. Rivera. They talked."
    assert len(sentences(s)) == 3
    spans = text.sentence_spans(s, abbreviations=["insp."])
    assert [s[a:b] for _, a, b in spans] == ["He met Insp. Rivera.", "They talked."]


def test_sentences_respect_paragraphs_and_headings():
    s = "First line without stop\nSecond Part Heading\nBody sentence one. Body two."
    paras = text.paragraphs(s)
    assert [p.kind for p in paras] == ["body", "heading", "body"]
    assert [(p, s[a:b]) for p, a, b in text.sentence_spans(s, paras)] == [
        (0, "First line without stop"), (1, "Second Part Heading"), (2, "Body sentence one."), (2, "Body two.")]


def test_hard_wrapped_lines_join_into_one_paragraph():
    s = "This sentence is wrapped\nin the file.\n\nNew paragraph."
    assert [(p.start, p.end) for p in text.paragraphs(s)] == [(0, 37), (39, 53)]


def test_quoted_sentence_ends_after_the_closing_mark():
    assert sentences('"We will not," he said. "Never."') == ['"We will not," he said.', '"Never."']


def test_tokens_keep_hyphens_apostrophes_acronyms_and_numbers():
    s = cleaning.normalise("The U.S.-backed 28-point plan isn\u2019t Kyiv\u2019s; 1,415 troops, 2.5% and $15 billion.")
    assert text.tokens(s) == ["The", "U.S.", "backed", "28-point", "plan", "isn't", "Kyiv's", "1,415", "troops",
                              "2.5", "and", "15", "billion"]


def test_token_spans_are_offsets():
    s = "Hello, world"
    assert text.token_spans(s) == [(0, 5), (7, 12)]
    assert text.token_spans(s, 6) == [(7, 12)]


def test_lemmas():
    assert [text.lemma(w) for w in ["talks", "Russia's", "guarantees", "was", "forces'", "28-point", "said"]] == [
        "talk", "russia", "guarantee", "be", "force", "28-point", "say"]


def test_stopwords_are_function_words_only_and_user_extensible(tmp_path):
    stop = text.load_stopwords()
    assert {"the", "of", "and", "he", "isn't"} <= stop
    assert not {"said", "bill", "fire", "million", "government", "war"} & stop
    extra = tmp_path / "mine.txt"
    extra.write_text("# my list\nkyiv\n", encoding="utf-8")
    mine = text.load_stopwords(extra=["Zelensky"], path=extra)
    assert {"zelensky", "kyiv", "the"} <= mine and "# my list" not in mine
    assert text.load_stopwords(extra=["only"], replace=True) == frozenset({"only"})


def test_normalise_is_one_to_one():
    raw = "\u201cNo\u201d \u2014 it\u2019s 2014\u20132022\u00a0now\r\n"
    out = cleaning.normalise(raw)
    assert out == '"No" \u2014 it\'s 2014\u20142022 now \n'
    assert len(out) == len(raw)


PIPELINE_DIGEST = """
import hashlib, sys
import nltk.data
def forbidden(*a, **k):
    raise AssertionError("nltk_data was consulted")
nltk.data.find = nltk.data.load = forbidden
from analysis import load_corpus
c = load_corpus(sys.argv[1])
rows = c.sentences[["doc_id", "start", "end"]].values.tolist() + c.tokens[["start", "lemma"]].values.tolist()
print(hashlib.sha256(repr(rows).encode()).hexdigest())
"""


def test_same_results_offline_with_an_empty_nltk_data(tmp_path, seeds):
    """The pipeline never reads nltk_data: with NLTK_DATA (and HOME) pointing at an empty folder, and nltk's
    loaders made to fail, the sentences, tokens and lemmas are exactly those of this process."""
    empty = tmp_path / "nltk_data"
    empty.mkdir()
    env = {**os.environ, "NLTK_DATA": str(empty), "HOME": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", PIPELINE_DIGEST, str(ROOT / "seeds")], env=env,
                         capture_output=True, text=True, check=True, cwd=ROOT)
    rows = seeds.sentences[["doc_id", "start", "end"]].values.tolist() + seeds.tokens[["start", "lemma"]].values.tolist()
    assert out.stdout.strip() == hashlib.sha256(repr(rows).encode()).hexdigest()


def _nltk_punkt():
    """NLTK's Punkt exactly as shipped, with the package's abbreviation list, sentence starters and title
    collocations: the reference for the splits."""
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    params = PunktParameters()
    params.abbrev_types = set(text.default_abbreviations())
    params.sent_starters, params.collocations = (set(x) for x in text.sentence_starters())
    return PunktSentenceTokenizer(params)


def _split_as_one_paragraph(sample):
    """The package's sentences of ``sample`` taken as one body paragraph (public :func:`sentence_spans`)."""
    return [(a, b) for _, a, b in text.sentence_spans(sample, [text.Paragraph(0, len(sample), "body")])]


def _split_by_nltk(sample, reference):
    """What :func:`sentence_spans` promises for one body paragraph: one sentence when no ``.``, ``?`` or
    ``!`` comes before its closing marks, else NLTK's own Punkt spans."""
    if not re.search(r"[.?!]", sample.rstrip(".?!'\")]} ")):
        return [(0, len(sample))]
    return list(reference.span_tokenize(sample))


def test_punkt_splits_exactly_as_nltk_shipped():
    reference = _nltk_punkt()
    tricky = [
        'He said "It is over." Then he left... The U.S. and the U.K. agreed at 3 p.m. on Monday.',
        "Gen. J. R. Smith arrived (late). No. 10 said it was 1.5 percent -- or so. 'Fine,' she said.",
        "\u201cWe will not give up our land.\u201d \u00abNever.\u00bb Zelensky said so on Dec. 8. Really?! Yes.",
        "Prices rose 2.5%. Mr. Trump's envoy, Steve Witkoff, met Putin...and left. [Read more.]",
        "Plan B. the rest. Plan C. Then more. J. k. rowling; A., B. and 2. then 3. Then 4.; 5.. six.. Seven",
        "It rose 10.5. Then fell -3. to 1,5. ok. Ex-Gov. Smith and vice-pres. Jones.. left. Wait.\nNew line. z.",
        "Ends here?! Or not!? \"Quoted.\" (Parens.) 'Single.' ... ... Last..",
        # letters, a dot, spaces, letters: the commonest context, decided without tokenising
        "said. The", "A. B", "a. b", "Mr. Smith", "mr. smith", "J. smith", "Gen. Smith", "said.   The",
        "x. Y", "Co. Inc", "I. The", "AB. c", "vs. Them", "year. he", "U. S", "No. Two",
    ]
    articles = sorted((ROOT / "seeds").glob("*.txt")) + sorted(SHARED.glob("eval/polnear-dev/text/*.txt"))
    for sample in tricky + [p.read_text(encoding="utf-8") for p in articles]:
        assert _split_as_one_paragraph(sample) == _split_by_nltk(sample, reference), sample[:80]
    assert [len(_split_as_one_paragraph(c)) for c in tricky[7:11]] == [2, 1, 1, 1]


def test_sentence_breaks_equal_nltk_on_random_contexts():
    import random

    reference = _nltk_punkt()
    rng = random.Random(5)
    pieces = ["J.", "j.", "Gen.", "gen.", "U.S.", "2.", "-3.", "1,5.", "No.", "vice-pres.", "word.", "Word.", "..",
              "...", "x..", "?", "!", ".", ";", ",", "the", "The", "\"", "(", ")", "'", "\n", " ", "a", "5", "\u00e9t\u00e9."]
    for _ in range(5000):
        context = " ".join(rng.choice(pieces) for _ in range(rng.randint(1, 4)))
        assert _split_as_one_paragraph(context) == _split_by_nltk(context, reference), context


_PUNKT_PIECES = ["J.", "j.", "Gen.", "gen.", "U.S.", "2.", "-3.", "1,5.", "No.", "vice-pres.", "word.", "Word.",
                 "..", "...", ". . .", "x..", "?", "!", "?!", ".", ";", ",", "--", "the", "The", "\"", "(", ")", "'",
                 "\u201c", "\u201d", "\u2019", "\u00bb", "]", "\n", "\n\n", " ", "  ", "\t", "\r", "\x0b",
                 "\x85", "\u00a0", "\u2028", "\u3000", "a", "5", "\u00e9t\u00e9.", "said.\"", "it.)", "Mr."]


def _random_texts(n: int, seed: int = 7):
    import random

    rng = random.Random(seed)
    for _ in range(n):
        joins = rng.choice(["", " ", " ", "  ", "\n"])
        yield joins.join(rng.choice(_PUNKT_PIECES) for _ in range(rng.randint(1, 12)))


def test_compiled_punkt_splits_random_texts_exactly_as_nltk_shipped():
    """The compiled candidates and cuts (:func:`analysis.scanner.punkt_candidates`, ``punkt_sentences``)
    against NLTK's own code on texts of sentence ends, closing marks, abbreviations, initials, numbers
    and every kind of white space (``\\s`` beyond ASCII, which only ``string.whitespace`` ends a word at).
    Not U+001C-U+001F: ``re`` counts them as ``\\s``, NLTK's ``regex`` does not."""
    reference = _nltk_punkt()
    for sample in _random_texts(4000):
        assert _split_as_one_paragraph(sample) == _split_by_nltk(sample, reference), repr(sample)


def test_compiled_break_decisions_equal_the_full_break_test():
    """Where :func:`analysis.scanner.punkt_candidates` decides a candidate itself (``?``/``!``: 1; an initial
    before a plain word: 0; a word of ASCII letters: -2, a break unless an abbreviation), NLTK's full test on
    its context decides the same."""
    from analysis import scanner

    reference, abbreviations = _nltk_punkt(), text.default_abbreviations()
    samples = list(_random_texts(3000, seed=11)) + [p.read_text(encoding="utf-8")
                                                   for p in sorted((ROOT / "seeds").glob("*.txt"))]
    seen = set()
    for sample in samples:
        found = scanner.punkt_candidates(scanner.code_points(sample), scanner.char_flags(), text._punkt_non_word(),
                                         text.np.array([[0, len(sample)]]))
        for _, end, after, _, word_start, decision in found.tolist():
            if decision == -1:
                continue
            full = reference.text_contains_sentbreak(sample[word_start:after])
            word = sample[word_start:end].lower()
            expected = {1: True, 0: False, -2: word not in abbreviations or full}[decision]
            assert full == expected, (sample[word_start:after], decision)
            seen.add(decision)
    assert seen == {1, 0, -2}


def test_an_abbreviation_ends_the_sentence_before_a_frequent_sentence_starter():
    # Punkt's sentence-starter heuristic with the news list; titles and "vs." keep what follows
    assert sentences("He was born in Columbia, Mo. The city is large.") == [
        "He was born in Columbia, Mo.", "The city is large."]
    assert sentences("It ended at 5 p.m. He left. They met in Washington, D.C. It rained.") == [
        "It ended at 5 p.m.", "He left.", "They met in Washington, D.C.", "It rained."]
    assert sentences("Trump vs. The New York Times went on. He met Sen. The Rev. Al Sharpton.") == [
        "Trump vs. The New York Times went on.", "He met Sen. The Rev. Al Sharpton."]
    assert sentences("The U.S. Army said No. 10 agreed in Jan. Then it left...") == [
        "The U.S. Army said No. 10 agreed in Jan.", "Then it left..."]
