"""Words the page signs with their speaker's name (:mod:`analysis.quotes.signed`): embedded tweets and
transcript turns, with paragraphs from AllSides articles."""

from __future__ import annotations

from analysis.cleaning import normalise
from analysis.quotes import document_quotes


def rows(raw: str) -> list[tuple[str, str, str, str]]:
    """(kind, text, speaker, rule) of the quotation rows of ``raw``."""
    return [(r["kind"], r["text"], r["speaker"], r["rule"]) for r in document_quotes(normalise(raw), raw)
            if r["kind"] in ("direct", "partial")]


def test_an_embedded_tweet_is_its_author_s_words():
    raw = ("Trump weighed in on Sunday.\n\n"
           "The new e-mail release is a disaster for Hillary Clinton. At a minimum, how can someone with such bad "
           "judgement be our next president? pic.twitter.com/8A0wMoi2FM \u2014 Donald J. Trump (@realDonaldTrump) "
           "June 14, 2016\n\nThe campaign did not respond.")
    (r,) = [r for r in document_quotes(normalise(raw), raw) if r["rule"] == "tweet"]
    assert r["text"] == ("The new e-mail release is a disaster for Hillary Clinton. At a minimum, how can someone "
                         "with such bad judgement be our next president?")  # the picture's link is no part of it
    assert (r["kind"], r["speaker"], r["mention"], r["cue"]) == ("direct", "Donald J. Trump", "Donald J. Trump", "")
    assert r["words"] == 24


def test_a_paragraph_of_links_signs_the_paragraph_before_and_two_tweets_share_a_paragraph():
    raw = ("Former President Jimmy Carter: If fully investigated, it would show that Trump didn't actually win the "
           "election in 2016.\n\nhttps://t.co/CYSBIK3qHF pic.twitter.com/o71Z4InVxB \u2014 CSPAN (@cspan) June 28, "
           "2019\n\nThe only thing impressive is speed eating. \u2014 Cayenne (@CayIsBlue) February 23, 2017 Meantime "
           "he is still eating it like this pic.twitter.com/8A0wMoi2FM \u2014 Tony Shepherd (@tonysheps) February 21, "
           "2017")
    assert [(t, s) for _, t, s, rule in rows(raw) if rule == "tweet"] == [
        ("Former President Jimmy Carter: If fully investigated, it would show that Trump didn't actually win the "
         "election in 2016.", "CSPAN"),
        ("The only thing impressive is speed eating.", "Cayenne"),
        ("Meantime he is still eating it like this", "Tony Shepherd")]


def test_a_tweet_in_quotation_marks_quotes_someone_else():
    # ABC's This Week quoting Pete Buttigieg: the quotation keeps its own row and speaker, no tweet row
    raw = ("Buttigieg criticised Sanders on ABC.\n\n\u201cWhen the campaign says that either you're for a revolution "
           "or you must be for the status quo, most of us don't see where we fit in that picture,\u201d Pete "
           "Buttigieg said.\n\n\u201cMost of us don't see where we fit in that picture.\u201d "
           "https://t.co/qA6lzBAPAG \u2014 This Week (@ThisWeekABC) February 9, 2020")
    assert [rule for *_, rule in rows(raw)].count("tweet") == 0


def test_transcript_turns_are_their_labelled_speakers_words():
    # NPR: a host's label alone on its line signs the paragraphs after it; a surname label is the full label's
    raw = ("Primaries In 4 States Could Impact Battle To Control Congress\n\n"
           "RACHEL MARTIN, HOST:\n\n"
           "There is another round of primary elections today. NPR congressional correspondent Scott Detrow is here "
           "for more.\n\nHey, Scott.\n\n"
           "SCOTT DETROW, BYLINE: Good morning.\n\n"
           "MARTIN: So Republicans are on defense in the state of Pennsylvania. What's made this state so important?"
           "\n\nDETROW: Pennsylvania's always pretty close.\n\n"
           "UPDATE: This story has been updated.\n\nFILE PHOTO: A ballot is placed into a locked ballot box.\n\n"
           "WIN FLORIDA, OHIO: The strategy calls for regaining Florida and Ohio.")
    assert [(t[:30], s, rule) for _, t, s, rule in rows(raw)] == [
        ("There is another round of prim", "Rachel Martin", "transcript"),
        ("Hey, Scott.", "Rachel Martin", "transcript"),
        ("Good morning.", "Scott Detrow", "transcript"),
        ("So Republicans are on defense ", "Rachel Martin", "transcript"),
        ("Pennsylvania's always pretty c", "Scott Detrow", "transcript")]


def test_a_label_inside_a_turn_starts_the_next_turn():
    # CBS's Face the Nation: a quoted question and answer on one line; the quotations take the turns' speakers
    raw = ("Sen. Ted Cruz appeared on Face the Nation with Bob Schieffer on Sunday.\n\n"
           "SCHIEFFER: \u201cWill you run for President?\u201d CRUZ: \u201cMy focus is on the abuse of power of this "
           "President. Let\u2019s take something like the IRS scandal.\u201d\n\n"
           "SCHIEFFER: Thank you, senator.")
    assert [(t[:26], s) for _, t, s, _ in rows(raw)] == [
        ("Will you run for President", "Bob Schieffer"), ("My focus is on the abuse o", "Ted Cruz"),
        ("Thank you, senator.", "Bob Schieffer")]
