"""Tests for the reported-clause rules (analysis.quotes.indirect): real sentences from the PolNeAR train split,
each with the exact reported words, the rule and the speaker, and sentences that must give no row."""

from __future__ import annotations

import pytest

from analysis.cleaning import normalise
from analysis.quotes import document_quotes


def indirect_rows(text: str) -> list[dict]:
    return [r for r in document_quotes(text) if r["kind"] in ("indirect", "act")]


def one(text: str) -> tuple[str, str, str]:
    (r,) = indirect_rows(text)
    assert text[r["start"]:r["end"]] == r["text"]
    return r["text"], r["rule"], r["speaker"]


def test_quoted_words_after_the_first_word_of_the_clause():
    # PolNeAR train (breitbart): a quotation two words into the clause is part of it, not a quotation of its own
    text = "Cruz says he is \u201ceffectively tied for second place\u201d with Florida Sen. Marco Rubio."
    assert one(text) == ("he is \u201ceffectively tied for second place\u201d with Florida Sen. Marco Rubio",
                         "indirect:X-said-that", "Cruz")


def test_clause_that_opens_with_a_quotation_is_left_to_the_quotation_rules():
    # PolNeAR train (usa-today): the second sentence quotes; only the first is a reported clause
    text = ("Bush says he\u2019s going to \u201cwork hard for the day\u201d and await results after the polls close at "
            "7 p.m. He says \u201cit\u2019s interesting that a lot of people claim they\u2019re undecided this late.\u201d")
    (r,) = indirect_rows(text)
    assert r["text"].startswith("he\u2019s going to \u201cwork hard") and r["speaker"] == "Bush"


def test_cue_after_and_shares_the_subject_of_the_sentence():
    # PolNeAR train (huff-post 2016-05-16, wash-post 2016-07-22)
    text = ("Trump had initially welcomed Khan\u2019s election and said he would make an exception in the event of "
            "a ban on Muslims for him entering the United States, drawing a sharp reply from Khan.")
    got, rule, speaker = one(text)
    assert got.startswith("he would make an exception") and got.endswith("drawing a sharp reply from Khan")
    assert (rule, speaker) == ("indirect:and-said", "Trump")
    text = 'He gestured "no" with his hands and declared that together they should beat her at the polls in November.'
    assert one(text) == ("together they should beat her at the polls in November", "indirect:and-said", "He")


def test_verbs_of_thought_report_a_that_clause():
    # PolNeAR train (west-journal, wash-post 2015-11-10)
    assert one("Jeb Bush pointed out that since Peyton Manning was supporting him in his presidential campaign, he "
               "would support the Denver Broncos.") == (
        "since Peyton Manning was supporting him in his presidential campaign, he would support the Denver Broncos",
        "indirect:X-said-that", "Jeb Bush")
    assert one("She fears that the generals will not honor the election results, as in 1990.") == (
        "the generals will not honor the election results, as in 1990", "indirect:X-said-that", "She")


@pytest.mark.parametrize("sentence", [
    # PolNeAR train: a verb of thought or agreement without "that" reports nothing
    "From personal experience, Ted knows much better than others the vital importance of this matter.",
    "Ameriquest was one of several firms sued by the NAACP for targeting black borrowers with predatory mortgages, "
    "and toward the end of his tenure, the company agreed to pay $325 million to settle predatory lending charges "
    "with 49 states.",
])
def test_verbs_of_thought_without_that_give_no_row(sentence):
    assert indirect_rows(sentence) == []


def test_a_vow_reports_its_infinitive():
    # PolNeAR train (usa-today 2015-12-29)
    assert one("Gov. Nathan Deal has vowed to block other Syrian refugees from coming to the state.") == (
        "to block other Syrian refugees from coming to the state", "indirect:X-said-that", "Nathan Deal")


def test_saying_after_an_irregular_verb_reports_for_the_sentence_subject():
    # PolNeAR train (wash-post 2016-03-22): "took" is no -ed form; the sentence opens with its subject
    text = ('Cruz took the stage with a shot at Trump, saying his use of the term "Palestine" to refer to territory '
            'occupied by Israel was incorrect.')
    assert one(text) == ('his use of the term "Palestine" to refer to territory occupied by Israel was incorrect',
                         "indirect:saying", "Cruz")


def test_clause_after_that_in_a_sentence_that_quotes():
    # PolNeAR train (usa-today 2015-11-20): the quotation keeps its row; the clause after "arguing that" is a
    # report of the same speaker, read from outside the quotation
    text = ('"I\'ve been to 57 different countries, I\'ve lived abroad, and I have common sense and a brain," he '
            "said, arguing that Hillary Clinton's experience as secretary of State didn't help her avoid problems.")
    rows = document_quotes(text)
    assert [r["kind"] for r in rows] == ["direct", "indirect"]
    r = rows[1]
    assert (r["text"], r["rule"], r["mention"]) == (
        "Hillary Clinton's experience as secretary of State didn't help her avoid problems", "indirect:saying", "he")


def test_sentence_that_quotes_gives_no_clause_without_that():
    # PolNeAR train (wash-post 2016-05-26): 'said he welcomed ... and added, "..."' stays with the quotation
    text = ('In a wide-ranging, in-prison interview with journalist Matei Rosca last year, Lazar said he welcomed '
            'extradition to the United States and added, "I\'ll plead guilty, no problem."')
    assert indirect_rows(text) == []


def test_bare_form_after_a_plural_subject_is_a_present_tense():
    # PolNeAR train (wash-post 2016-01-31)
    text = ("But some strategists think that whoever ends up as the remaining establishment candidate will receive "
            "an unprecedented financial windfall sometime in March.")
    got, rule, speaker = one(text)
    assert got.startswith("whoever ends up") and got.endswith("sometime in March")
    assert (rule, speaker) == ("indirect:X-said-that", "some strategists")


def test_progressive_form_reports():
    # PolNeAR train (breitbart 2016-03-15)
    text = ("Hillary Clinton is declaring that she is moving closer to the Democratic nomination after three early "
            "states wins on Tuesday.")
    assert one(text) == ("she is moving closer to the Democratic nomination after three early states wins on Tuesday",
                         "indirect:X-said-that", "Hillary Clinton")


def test_that_after_an_adjunct_with_a_demonstrative():
    # PolNeAR train (wash-post 2016-09-07): "in that case" is the adjunct; the clause follows the second "that"
    text = ("The FBI concluded in that case that while Clinton and her staffers were careless in how they handled "
            "classified information, no reasonable prosecutor would bring charges against them.")
    got, rule, _ = one(text)
    assert got.startswith("while Clinton and her staffers") and rule == "indirect:X-said-that"


@pytest.mark.parametrize("sentence", [
    # PolNeAR train (usa-today): a verb that takes no clause after a plural noun is no report
    "Clinton\u2019s victories continue her momentum after wins in Nevada and South Carolina and she increased her "
    "delegate leader over her rival, Bernie Sanders.",
])
def test_bare_form_of_a_verb_without_a_clause_gives_no_row(sentence):
    assert indirect_rows(sentence) == []


def test_cue_after_and_reads_the_subject_after_an_opening_phrase():
    # PolNeAR train (wash-post 2016-06-09, 2016-03-18, 2016-06-29)
    text = ("At a meeting Tuesday morning of the Senate Democratic leadership, some senators vented about Sanders "
            "vowing to fight on and said that they had lost their patience with him.")
    assert one(text) == ("they had lost their patience with him", "indirect:and-said", "some senators")
    text = ('However, Adelson met with Trump in December and declared in an interview with Reuters that he found '
            'Trump to be "very charming."')
    got, rule, speaker = one(text)
    assert got.startswith("he found Trump to be") and (rule, speaker) == ("indirect:and-said", "Adelson")
    text = ("Presumptive Democratic presidential nominee Hillary Clinton called on Congress to pass a deal and said "
            "funding is needed.")
    call, said = indirect_rows(text)  # "called on" reports too
    assert (call["text"], call["cue"]) == ("Congress to pass a deal", "call on")
    assert (said["text"], said["rule"]) == ("funding is needed", "indirect:and-said")
    assert said["speaker"] == "Hillary Clinton"


@pytest.mark.parametrize("sentence", [
    # AllSides: a question or a condition asserts nothing
    "Did you report any interference from Trump to anyone else within the executive branch?",
    "If you believe that we should say \"no\" to unfair trade deals, that we should stand up to China, that we "
    "should support our steelworkers and autoworkers and homegrown manufacturers, then join us.",
])
def test_questions_and_conditions_give_no_row(sentence):
    assert indirect_rows(sentence) == []


def test_and_inside_a_clause_of_its_own_does_not_take_the_sentence_subject():
    # AllSides: "told" belongs to "the president" of the when-clause, not to Mnuchin
    text = ("Mnuchin was in the process of explaining in depth why a longer debt limit and funding bill was a better "
            "path forward when the president interrupted him and basically told Democrats that he wanted to make the "
            "deal.")
    assert all(r["rule"] != "indirect:and-said" for r in indirect_rows(text))


def test_noun_after_amid_is_no_cue():
    # AllSides: "amid fears that ..." is no one's report
    text = ("The Democrats plan to revisit four spending bills the House passed last week, beginning Wednesday with "
            "a vote on a financial services proposal that would provide funding for the Treasury Department and IRS "
            "amid fears that taxpayer refunds will be delayed by the shutdown.")
    assert indirect_rows(text) == []


@pytest.mark.parametrize("sentence", [
    # AllSides: a wish or a threat inside a relative clause reports nothing
    "It was just too hard to fathom \u2014 that someone who wants to lead our nation could say those things.",
    "The changes that President Trump\u2019s executive order threatens to make to visa and refugee admissions are "
    "huge \u2014 with the temporary bans providing a cover for a permanent shift in how the US decides who gets to "
    "come here.",
])
def test_infinitive_cue_in_a_relative_clause_gives_no_row(sentence):
    assert indirect_rows(sentence) == []


def test_naming_cue_with_curly_quotes_reports_no_clause():
    # AllSides: 'called a “ban,”' names something; it reports no clause
    text = ("Because he now gets to put into place something called a \u201cban,\u201d which was clearly all he wanted "
            "to begin with.")
    assert indirect_rows(text) == []


def test_a_bullet_before_the_subject_gives_no_empty_speaker():
    # AllSides (USA Today): the bullet made the subject of "wants" an empty mention, and the rule for wishes
    # read its first word; no row, and no crash
    text = ("The maximum sentence is imprisonment in a juvenile facility until Couch turns 19.\n\n"
            "\u2022 The DA wants to transfer Couch's sentence to adult court. But since this violation happened in "
            "the juvenile system, Couch would start with a clean slate.")
    assert indirect_rows(text) == []


@pytest.mark.parametrize("sentence", [
    # BASIL 2010 (the Park51 story): "spoke out" and "put Reid on the record" report no clause
    "Before Mr. Obama spoke out, leading Republican figures like Newt Gingrich had been voicing opposition to the "
    "Islamic center.",
    "But at the same time, Manley put Reid on the record for the first time in the hyper-sensitive and volatile "
    "mosque debate.",
    # AllSides
    "Tancredo put it to Breitbart News: the party has lost its way.",
])
def test_speak_and_put_report_no_clause_without_that(sentence):
    assert indirect_rows(sentence) == []


def test_put_still_attributes_a_quotation():
    # '"...," as X put it': the quotation rules read "put" as before
    for text, quoted in (('The plan is, as Mr. Smith put it, "a bridge too far."', "a bridge too far."),
                         ('"It is a bridge too far," as Mr. Smith put it.', "It is a bridge too far,")):
        rows = [r for r in document_quotes(text) if r["kind"] in ("direct", "partial")]
        assert [(r["text"], r["speaker"]) for r in rows] == [(quoted, "Smith")]


def test_said_x_after_a_comma_takes_the_name_after_the_cue():
    # PolNeAR train (politico): the noun phrase before ", said" ends the content; the speaker follows the cue
    text = ("The firm lobbied on behalf of the Trump Organization on gaming, taxes and other issues related to "
            "Trump's hotels, at both the federal and state levels in New York and Florida, said lobbyist and GOP "
            "strategist Charlie Black, Manafort's former business partner.")
    got, rule, speaker = one(text)
    assert got.endswith("in New York and Florida") and rule == "indirect:said-X" and speaker == "Charlie Black"
    # an apposition before the cue and a clause after it: the subject's report
    assert one("Robert Gibbs, the White House spokesman, said Obama would veto the bill.") == (
        "Obama would veto the bill", "indirect:X-said-that", "Robert Gibbs")


def test_speaker_phrase_runs_back_to_the_comma():
    # PolNeAR train (breitbart): "..., Algerian foreign affairs ministry spokesman X said Thursday."
    text = ("A Franco-Algerian couple and their two children were also among the flight\u2019s passengers, Algerian "
            "foreign affairs ministry spokesman Benali Cherif Abdelaziz said Thursday.")
    (r,) = indirect_rows(text)
    assert r["text"] == "A Franco-Algerian couple and their two children were also among the flight\u2019s passengers"
    assert r["mention"] == "Algerian foreign affairs ministry spokesman Benali Cherif Abdelaziz"


@pytest.mark.parametrize("text, content, speaker", [
    # PolNeAR train (huff-post, ap): the addressee ends the sentence, the report is before the comma
    ("Bernie Sanders (I-Vt.) remains committed to seeing the Democratic primary through to the convention, his top "
     "aide, Tad Devine, told The Huffington Post.",
     "Bernie Sanders (I-Vt.) remains committed to seeing the Democratic primary through to the convention",
     "Tad Devine"),
    ("This includes a special force to assist Kurdish Peshmerga, Defense Secretary Ash Carter told a Senate panel "
     "Wednesday.", "This includes a special force to assist Kurdish Peshmerga", "Ash Carter"),
])
def test_told_an_addressee_at_the_end_reports_the_words_before(text, content, speaker):
    (r,) = indirect_rows(text)
    assert (r["text"], r["speaker"]) == (content, speaker)


def test_told_an_addressee_inside_the_sentence():
    # BASIL (NYT): ", he told the Conservative Political Action Conference, " is an attribution set off by commas
    text = ("Glenn Beck spoke on Saturday. Progressivism, he told the Conservative Political Action Conference, is "
            "a cancer that must be cut out of the system.")
    (r,) = indirect_rows(text)
    assert r["text"] == "is a cancer that must be cut out of the system" and r["rule"] == "indirect:aside"


def test_cue_object_and_saying_are_two_reports():
    # PolNeAR train (breitbart, ap): 'X criticized Y, saying ...' reports both
    a, b = indirect_rows("He criticized the government's deal with social media outlets to get tougher on offensive "
                         "speech, saying that it will lead to too many comments being blocked.")
    assert a["text"] == "the government's deal with social media outlets to get tougher on offensive speech"
    assert (b["text"], b["rule"]) == ("it will lead to too many comments being blocked", "indirect:saying")
    # with "condemned" the object is what the act was about, not a report (read on AllSides stories): the
    # ', saying ...' alone is
    (b,) = indirect_rows("He condemned the government's deal with social media outlets to get tougher on offensive "
                         "speech, saying that it will lead to too many comments being blocked.")
    assert (b["text"], b["rule"]) == ("it will lead to too many comments being blocked", "indirect:saying")
    # BASIL (HuffPost): a content that runs over a comma into the main clause is no report of the cue
    text = ("Shortly after Kristol called for his resignation, a GOP operative began pitching the column to "
            "reporters, hoping that the meme would spread.")
    assert all(r["rule"] != "indirect:X-said-that" for r in indirect_rows(text))


@pytest.mark.parametrize("text, content, cue", [
    # PolNeAR train (politico, ap, nyt): verbs of blame, praise, defence and citation report the speaker's position
    ("Trump blamed local officials on Twitter before the speech.", "local officials on Twitter before the speech",
     "blame"),
    ("Sen. Bernie Sanders of Vermont called on the Obama administration to block the deal.",
     "the Obama administration to block the deal", "call on"),
    ("Trump on Tuesday specifically cited Republican National Committee Chairman Reince Priebus' concerns about his "
     "involvement.", "Republican National Committee Chairman Reince Priebus' concerns about his involvement", "cite"),
])
def test_verbs_of_blame_praise_and_citation(text, content, cue):
    (r,) = indirect_rows(text)
    assert (r["text"], r["cue"]) == (content, cue)


def test_a_cited_study_is_no_report():
    # a participle after a noun: no one cites here
    assert indirect_rows("The study cited in the report was flawed.") == []


@pytest.mark.parametrize("text, content, speaker", [
    # PolNeAR train (ap, breitbart): the object a naming cue names with a quote is the subject's position
    ('The day after the primary, Republican Gov. Doug Ducey called the long lines "unacceptable." Phoenix Mayor '
     'Greg Stanton wrote a letter.', 'the long lines "unacceptable."', "Doug Ducey"),
    ('On Twitter, Former Florida Gov. Jeb Bush called Trump "unhinged." Sen. Marco Rubio called the statement '
     '"offensive and outlandish."', 'Trump "unhinged."', "Jeb Bush"),
])
def test_naming_an_object_with_a_quote(text, content, speaker):
    # (Rubio's quote is a partial quote with its speaker: no row here)
    (r,) = [r for r in indirect_rows(text) if r["rule"] == "indirect:called"]
    assert (r["text"], r["speaker"]) == (content, speaker)


@pytest.mark.parametrize("text", [
    # BASIL (HuffPost, NYT): the quote names a part of the object, inside a relative "what she calls"
    'Author Lois Romano does criticize what she calls the "radical" nature of the Tea Party that Bachmann champions.',
    "Barry Rand issued a statement refuting what he described as \u201cmisleading\u201d media reports.",
    # BASIL (HuffPost): "reads" names no object
    'The headline advertising the magazine\'s story reads, "THE QUEEN OF RAGE."',
])
def test_naming_quote_inside_a_phrase_gives_no_called_row(text):
    assert all(r["rule"] != "indirect:called" for r in indirect_rows(text))


@pytest.mark.parametrize("text, content, mention", [
    # PolNeAR train (nyt, wash-post, ap): a relative clause or an aside between the subject and the cue
    ("Friends of Mr. Clinton's who have seen him on the trail recently say that the ebullient energy he is known "
     "for has matured into an elder statesman's self-assurance.",
     "the ebullient energy he is known for has matured into an elder statesman's self-assurance",
     "Friends of Mr. Clinton's"),
    ("But many diehard Sanders supporters who came to Philadelphia to protest this week's convention say they'll "
     "shift their support to Stein.", "they'll shift their support to Stein", "many diehard Sanders supporters"),
    ("Jeffrey Salkin, a Hollywood, Fla., rabbi helping to organize the boycott, said he and other rabbis were "
     "alarmed about Trump's behavior.", "he and other rabbis were alarmed about Trump's behavior", "Jeffrey Salkin"),
])
def test_subject_before_a_relative_clause_or_an_aside(text, content, mention):
    (r,) = indirect_rows(text)
    assert (r["text"], r["mention"]) == (content, mention)


@pytest.mark.parametrize("text, mention", [
    # BASIL (NYT, Fox): an opening phrase with a comma before the subject, and a relative clause of its own
    ("Noting that he was a recovering alcoholic himself, he said that the party had to admit that it had a problem.",
     "he"),
    ("This dual argument that confounded Justice Kennedy also drew the ire of Justice Antonin Scalia who said he "
     "was whipsawed by the claims.", "Justice Antonin Scalia"),
])
def test_opening_phrase_is_not_the_subject_past_a_comma_or_a_relative(text, mention):
    (r,) = indirect_rows(text)
    assert r["mention"] == mention


def test_naming_and_said_are_two_reports():
    # PolNeAR train (usa-today)
    text = ('Graham called both Trump and Democratic front-runner Hillary Clinton "crazy" and said the Republican '
            'party is bound to lose to Clinton if an alternative to Trump is not found.')
    called, said = [r for r in indirect_rows(text)]
    assert called["rule"] == "indirect:called" and said["rule"] == "indirect:and-said"
    assert said["text"].startswith("the Republican party is bound to lose") and said["speaker"] == "Graham"


def test_plural_subject_set_off_by_commas_says():
    # PolNeAR train (nyt): "the experts say" between commas is a present tense, not a noun phrase
    text = ("Unless countries develop more ambitious plans, the experts say, the world could ultimately suffer "
            "profound consequences, including debilitating heat waves.")
    assert [r["mention"] for r in indirect_rows(text)] == ["the experts"]
    # a bare form after an article and a plural noun that opens the sentence stays a noun phrase
    assert indirect_rows("The claims say nothing about the vote.") == []


def test_subject_before_an_aside_between_dashes():
    # an aside between dashes, as between commas
    (r,) = indirect_rows("Obama \u2014 the Democrat from Illinois \u2014 said the plan was dead.")
    assert (r["text"], r["mention"]) == ("the plan was dead", "Obama")


def test_speak_reports_no_clause_even_with_a_that_after_an_adjunct():
    # BASIL 2011 (nyt, Obama's jobs speech): the "that" of a relative clause after "spoke before an audience"
    text = ("Invoking patriotism as well as divine intervention, he spoke before an audience that included "
            "unemployed construction workers, whose industry is among the hardest hit by the housing bust.")
    assert indirect_rows(text) == []


def test_that_as_the_subject_of_the_reported_clause_is_part_of_it():
    # AllSides: 'McInturff said that was "totally wrong"' gave the clause 'was "totally wrong," ...'
    for text, clause in [('McInturff said that was "totally wrong," pointing out that Obama was losing.',
                          'that was "totally wrong," pointing out that Obama was losing'),
                         ('Experts say that would be disastrous for the administration.',
                          'that would be disastrous for the administration'),
                         # a "that" cue takes it too ("suggested that might not be enough")
                         ('But in the video, Snowden suggested that might not be enough for him.',
                          'that might not be enough for him'),
                         # a "that" that opens a clause stays out of it
                         ('Moffatt added that had the system worked, it would not have mattered.',
                          'had the system worked, it would not have mattered')]:
        found = [r["text"] for r in document_quotes(text) if r["kind"] in ("indirect", "act")]
        assert found == [clause], (text, found)


def test_an_opening_adjunct_before_the_subject_is_no_report():
    # AllSides: '..., X said' read the adjunct before a sentence's subject as the content of a report
    for text in ["In the case of Covid-19, the story we have told from the start is wrong.",
                 "During the period in question, USA TODAY reported on the attacks.",
                 "However, Miller didn't tell Congress about it.",
                 "Before she stepped down, Clinton testified for hours before Congress."]:
        assert [r["text"] for r in document_quotes(text) if r["kind"] in ("indirect", "act")] == [], text
    # a clause, one that goes on past an opening adjunct, one that opens with a number, and a quoted answer stay
    for text, clause in [("Hair and nail salons can reopen May 8 with restrictions, Gov. Greg Abbott said during a "
                          "news conference.", "Hair and nail salons can reopen May 8 with restrictions"),
                         ("In China, one person died in Tibet, local media said.", "In China, one person died in Tibet"),
                         ("About 200 rebels took part in at least eight attacks, Petinglay said by phone.",
                          "About 200 rebels took part in at least eight attacks"),
                         ('"No," Trump said.', '"No,"')]:
        assert [r["text"] for r in document_quotes(text) if r["kind"] in ("indirect", "act")] == [clause], text


def test_a_cue_in_a_relative_clause_of_the_subject_reports_nothing_before_it():
    # PolNeAR train (nyt 2016-08-01): the content was "Gov. John Kasich of Ohio", the speaker "a Republican"
    text = ('Gov. John Kasich of Ohio, a Republican who has refused to endorse Mr. Trump, said the Khan family '
            'deserved better.')
    assert [(r["text"], r["speaker"]) for r in document_quotes(text) if r["kind"] in ("indirect", "act")] == [
        ("the Khan family deserved better", "John Kasich")]


def test_who_has_said_reports_a_clause():
    # PolNeAR train (politico 2016-04-17) and AllSides: "who has said", "who famously said"
    text = "But Ryder lined up with Priebus, who has said he doesn't support changing the party's rules."
    assert [(r["text"], r["speaker"]) for r in document_quotes(text) if r["kind"] in ("indirect", "act")] == [
        ("he doesn't support changing the party's rules", "Priebus")]
    text = ("But Roberts, who famously said judges should simply call balls and strikes, may not be able to avoid "
            "controversy.")
    assert [(r["text"], r["speaker"]) for r in document_quotes(text) if r["kind"] in ("indirect", "act")] == [
        ("judges should simply call balls and strikes", "Roberts")]


def test_a_subject_with_a_phrase_and_an_aside_between_dashes():
    # PolNeAR train (breitbart 2016-06-05)
    text = ("Many speakers at the service \u2014 including Muslims, Christians, Catholics, Jews \u2014 said Ali's "
            "death is particularly painful at a time when rhetoric is dividing the country.")
    assert [r["speaker"] for r in document_quotes(text) if r["kind"] in ("indirect", "act")] == ["Many speakers at the service"]
    # an aside between commas after a participle is no such phrase ('Known by names such as "APT29," ..., said X')
    text = ('Known by names such as "APT29," the hacking group has targeted organizations in Britain and Canada, '
            'said the advisory.')
    assert [r["speaker"] for r in document_quotes(text) if r["kind"] in ("indirect", "act")] == ["the advisory"]


def test_did_say_is_a_report_and_modals_are_not():
    # AllSides: "a number did say that ..." was read as a noun after "a number"; "could say", "did not say" report
    # nothing
    text = "Most placed the blame on protesters, but a number did say that Trump bears some responsibility."
    assert [r["text"] for r in document_quotes(text) if r["kind"] in ("indirect", "act")] == [
        "Trump bears some responsibility"]
    for text in ["There's also a chance the court could say the states didn't demonstrate their standing.",
                 "The campaign did not say where the spot would air."]:
        assert [r["text"] for r in document_quotes(text) if r["kind"] in ("indirect", "act")] == [], text


def test_a_denied_report_reports_nothing():
    # AllSides (CNN, Pensacola): "Barr would not say whether ..." gave Barr's position as what he would not say;
    # the report after ", though he said" stays
    text = ('Barr would not say whether the second operation had killed the suspected terrorist in Yemen, though he '
            'said he was "very pleased" with the operation\'s results.')
    assert [r["text"] for r in document_quotes(text) if r["kind"] in ("indirect", "act")] == [
        'he was "very pleased" with the operation\'s results']
    for text in ["Aides will not say why he is interrupting his vacation.",
                 "Mr. Obama hasn't said whether he'll expand airstrikes into Syria.",
                 "The official declined to say whether Nadler advocated impeachment."]:
        assert [r["text"] for r in document_quotes(text) if r["kind"] in ("indirect", "act")] == [], text


def test_that_after_an_addressee_or_a_date_starts_the_clause():
    # BASIL 2010 (nyt, Sestak) and AllSides (USA TODAY, Mueller): the clause began with "Mr. Issa last week that"
    # and "March 20, 2017 that"
    for text, clause in [("The Justice Department wrote Mr. Issa last week that it did not need a special prosecutor.",
                          "it did not need a special prosecutor"),
                         ("Dmitry Peskov, Putin's spokesman, promised late Thursday that Russia would respond to the "
                          "sanctions.", "Russia would respond to the sanctions"),
                         ("She reiterated last week that, in her view, the investigation will clear her.",
                          "in her view, the investigation will clear her")]:
        assert [r["text"] for r in document_quotes(text) if r["kind"] in ("indirect", "act")] == [clause], text


def test_a_report_inside_an_opening_clause_ends_with_it():
    # AllSides (USA TODAY, Mueller): the clause ran on into the writer's main clause
    text = ("After FBI Director James Comey publicly confirmed March 20, 2017 that his agency was investigating "
            "possible coordination between the Kremlin and the Trump campaign, Trump leaned on other intelligence "
            "community leaders for help.")
    assert [(r["text"], r["speaker"]) for r in document_quotes(text) if r["kind"] in ("indirect", "act")] == [
        ("his agency was investigating possible coordination between the Kremlin and the Trump campaign",
         "FBI Director James Comey")]


def test_a_particle_after_the_cue_makes_another_verb():
    # AllSides (CNN, Mueller): 'Bannon wrote it off as "ridiculous and petty."' gave 'it off as ...' as his report
    text = 'In one instance, Bannon wrote it off as "ridiculous and petty." Trump and Bannon parted ways.'
    assert [r["kind"] for r in document_quotes(text) if r["kind"] in ("indirect", "act")] == []


def test_saying_after_an_auxiliary_takes_the_main_subject():
    # AllSides (AP, Pensacola): ', saying ...' was given to the subject of the "that" clause (Alshamrani)
    text = ('Law enforcement officials had previously left no doubt that Alshamrani was motivated by jihadist '
            'ideology, saying he visited a New York City memorial to the attacks.')
    assert [r["speaker"] for r in document_quotes(text) if r["kind"] in ("indirect", "act")] == ["Law enforcement officials"]


def test_a_time_clause_after_the_cue_is_no_report():
    # AllSides (NPR, Korean summit): '"Did that make for a good picture?" he asked as journalists laughed' gave
    # "as journalists and others laughed"; "said as he sent lawmakers home" likewise
    for text in ['"Republicans will keep our promise," House Speaker Paul Ryan said as he sent lawmakers home.',
                 '"Why are we here today?" Gordon Hintz said as the nine-hour debate began Tuesday night.',
                 "When Spangler tried to get a job, he met all the requirements, but was denied because of his credit "
                 "history."]:
        assert [r["text"] for r in document_quotes(text) if r["kind"] in ("indirect", "act")] == [], text
    # "as" before a description stays part of the report
    text = "Senate leader Mitch McConnell has rejected calls for witnesses as superfluous and partisan."
    assert [r["speaker"] for r in document_quotes(text) if r["kind"] in ("indirect", "act")] == ["Mitch McConnell"]


def test_a_longer_addressee_before_that_and_a_noun_before_a_participle():
    # AllSides (Politico, NSA and Verizon): "told reporters traveling with Obama on Air Force One that" began the
    # clause; "telephone calls made by millions of Americans, the White House said" read "calls" as the cue
    text = ("White House Spokesman Josh Earnest told reporters traveling with Obama on Air Force One that the "
            "discussion about balancing national security and individual privacy is a valuable one.")
    assert [r["text"] for r in document_quotes(text) if r["kind"] in ("indirect", "act")] == [
        "the discussion about balancing national security and individual privacy is a valuable one"]
    text = ("President Barack Obama is looking forward to a debate triggered by the disclosure of a program to obtain "
            "records of telephone calls made by millions of Americans, the White House said Thursday.")
    assert [r["speaker"] for r in document_quotes(text) if r["kind"] in ("indirect", "act")] == ["White House"]


def test_a_closing_attribution_is_no_part_of_the_content():
    # AllSides (Washington Times, ZTE): the clause ran on into ", two people briefed on those meetings said"
    text = ("During the trade talks in Beijing, Vice Premier Liu Zhang told Treasury Secretary Steven T. Mnuchin that "
            "China would not continue talks unless Washington agreed to ease the sanctions on ZTE, two people briefed "
            "on those meetings said.")
    assert [r["text"] for r in document_quotes(text) if r["kind"] in ("indirect", "act")] == [
        "China would not continue talks unless Washington agreed to ease the sanctions on ZTE"]
    # a phrase of the writer's after the comma stays ("including ... comments", "it would insist on ...")
    for text, clause in [("A woman accused state representative Don Shooter of misconduct, including inappropriate "
                          "touching and comments.",
                          "state representative Don Shooter of misconduct, including inappropriate touching and "
                          "comments"),
                         ("He said that if the Fed were to take on more risk, it would insist on having even more "
                          "financial backing.",
                          "if the Fed were to take on more risk, it would insist on having even more financial "
                          "backing")]:
        assert [r["text"] for r in document_quotes(text) if r["kind"] in ("indirect", "act")] == [clause], text


def test_a_noun_with_a_relative_clause_and_a_time_phrase_before_the_verb():
    # AllSides (National Review, Twitter; Washington Times, ZTE): "The Trump tweets that precipitated" read as
    # Trump tweeting; "The Pentagon two weeks ago banned ..., saying" given to "two weeks ago"
    text = "The Trump tweets that precipitated its first election-related fact-check are a good example of this."
    assert [r["text"] for r in document_quotes(text) if r["kind"] in ("indirect", "act")] == []
    text = ("The Pentagon two weeks ago banned the sale of both companies' phones on U.S. military bases, saying they "
            "may pose an unacceptable risk to personnel.")
    assert [r["speaker"] for r in document_quotes(text) if r["kind"] in ("indirect", "act")] == ["Pentagon"]


def test_a_long_addressee_with_a_place_in_commas_is_no_part_of_the_report():
    # AllSides (Reuters, Kavanaugh 2018): the report began "a small gathering in Boca Raton, Florida, that"
    text = ("On Thursday afternoon, retired Supreme Court Justice John Paul Stevens told a small gathering in Boca "
            "Raton, Florida, that Kavanaugh should not be confirmed.")
    assert one(text)[0] == "Kavanaugh should not be confirmed"
    # AllSides (CBN, Comey 2017): "told the Senate panel it was" gave "panel it was a lie"
    assert one("Comey told the Senate panel it was a lie.")[0] == "it was a lie"


def test_an_act_toward_someone_reports_nothing():
    # AllSides (Reuters, Kavanaugh 2018): "mocked Ford on Tuesday during a political rally in Mississippi" was
    # a report with the content "Ford on Tuesday during ..."
    assert indirect_rows("Trump mocked Ford on Tuesday during a political rally in Mississippi.") == []
    assert indirect_rows("Cruz praised Trump on Twitter.") == []
    # what the act was about keeps it a report
    assert one("Bernie Sanders often attacked Clinton during the primaries for her close ties to Wall Street.")[0] \
        == "Clinton during the primaries for her close ties to Wall Street"
    assert one("Lee Wang of The Intercept asked Clinton Friday whether she would release transcripts.")[2] \
        == "Lee Wang"


def test_writing_a_text_reports_nothing():
    # AllSides (Washington Times, Comey 2017): "wrote memos about their meetings" was a report
    assert indirect_rows("Mr. Comey also wrote memos about their meetings, one of which he leaked after Mr. "
                         "Trump's tweet about the tapes.") == []
    # a text that is the subject of the reported clause stays
    assert one("Smith said the statements of the mayor were false.")[0] == "the statements of the mayor were false"


def test_a_wish_reported_by_a_closing_speaker_is_the_closing_speaker_s():
    # AllSides (Reuters, Kavanaugh 2018): the report was "to finish reading ..." given to Gardner
    text = ("Cory Gardner, a Republican from Colorado, wants to finish reading the report before he makes a "
            "decision, his spokesman Casey Contres told the Denver Post.")
    assert one(text) == ("Cory Gardner, a Republican from Colorado, wants to finish reading the report before he "
                         "makes a decision", "indirect:X-said", "Casey Contres")


def test_a_time_phrase_before_that_is_no_part_of_the_report():
    # AllSides (USA Today, Flynn 2017): the report began "the following day that"
    text = "Russian President Vladimir Putin said the following day that his government would not retaliate."
    assert one(text)[0] == "his government would not retaliate"


def test_a_second_report_after_but_ends_the_first():
    # AllSides (Politico, Ferguson 2014): the report ran on into "but called once again for people to"
    text = ('Of the situation, Obama said Ferguson is "rightly hurting," but called once again for people to "seek '
            'some understanding rather than to simply holler at each other."')
    assert indirect_rows(text)[0]["text"] == 'Ferguson is "rightly hurting'
    # PolNeAR train: the second report is the subject's too
    text = ("Speaking Sunday on ABC, Carson admitted that the course name that appeared in his book was inaccurate, "
            "but said his campaign had found the article.")
    assert [(r["text"], r["speaker"]) for r in indirect_rows(text)] == [
        ("the course name that appeared in his book was inaccurate", "Carson"),
        ("his campaign had found the article", "Carson")]
    # a verb after ", but" that reports nothing may be the reported clause's own
    assert one("The leader said the process was fair, but required candidates to put forth an effort.")[0] \
        == "the process was fair, but required candidates to put forth an effort"


def test_a_report_inside_a_relative_clause_ends_with_it():
    # AllSides (NPR, Benghazi 2013): the report ran into the writer's "is now being charged by ..." and the
    # speaker was "first lady"
    text = ('Clinton, who as first lady once accused her and her husband\'s political foes of a "vast right-wing '
            'conspiracy," is now being charged by her partisan opponents with being at the center of a conspiracy.')
    assert [(r["text"], r["speaker"]) for r in indirect_rows(text)] == [
        ('her and her husband\'s political foes of a "vast right-wing conspiracy', "Clinton")]
    # AllSides (CNN, Benghazi 2013): ", especially Democrats, who say" opens another speaker's report
    text = ("Critics have questioned the validity of continued congressional scrutiny of Benghazi, especially "
            "Democrats, who say Republicans are only interested in discrediting the administration.")
    assert [(r["text"], r["speaker"]) for r in indirect_rows(text)] == [
        ("the validity of continued congressional scrutiny of Benghazi", "Critics"),
        ("Republicans are only interested in discrediting the administration", "Democrats")]


def test_describing_oneself_and_writing_a_work_report_nothing():
    # PolNeAR train: "a Republican who described himself as a religious Catholic" took the sentence from "said"
    text = ("But Mr. Guerrero, a Republican who described himself as a religious Catholic, said he recoiled when "
            "Mr. Trump began attacking Heidi Cruz.")
    assert one(text)[::2] == ("he recoiled when Mr. Trump began attacking Heidi Cruz", "Guerrero")
    # AllSides: "who wrote an NRA tell-all", "who wrote the Times's Facebook article" were reports
    assert indirect_rows("Richard Feldman, a former gun lobbyist who wrote an NRA tell-all, will also be there.") == []
    assert one("Max Fisher, the reporter who wrote the Times's Facebook article, said it was wrong.")[::2] \
        == ("it was wrong", "Max Fisher")


def test_a_party_adjective_makes_calls_a_noun():
    # PolNeAR train: "Democratic calls for her to bow out" was a report of "Democratic"
    text = ("Mrs. Clinton, who remained in the contest despite Democratic calls for her to bow out, has said she will "
            "not call on Mr. Sanders to withdraw.")
    assert one(text)[::2] == ("she will not call on Mr. Sanders to withdraw", "Clinton")


def test_reminded_takes_an_addressee():
    # AllSides (CNN, climate summit 2015): "reminded the leaders of the ..." had no speaker
    text = ('And German Chancellor Angela Merkel reminded the leaders of the "billions of people pinning their hopes '
            'on what we do in Paris."')
    rows = document_quotes(text)
    assert [(r["kind"], r["speaker"]) for r in rows] == [("partial", "German Chancellor Angela Merkel")]
    assert indirect_rows("We reminded Lowey and Schiff of a scoop from August.") == []


def test_an_adverb_after_the_cue_is_no_part_of_the_report():
    # BASIL 97566c74 (2011, Trump): the report began "later on Fox News that"
    assert one("He said later on Fox News that he's still considering an independent bid.")[0] \
        == "he's still considering an independent bid"
    # AllSides: "said earlier this month he would like to" gave "this month ..."
    assert one("But the president said earlier this month he would like to do an interview.")[0] \
        == "he would like to do an interview"


def test_a_dash_before_a_second_attribution_ends_the_report():
    # BASIL 97566c74 (2011, Trump): the report ran over "-- he said" into a second one
    text = ('The real estate mogul said he wants to make sure Republicans pick the "right" candidate -- he said he '
            'still plans to make an endorsement.')
    assert [r["text"] for r in indirect_rows(text)] == [
        'he wants to make sure Republicans pick the "right" candidate', "he still plans to make an endorsement"]


def test_not_yet_said_reports_nothing():
    # BASIL 74708dbf (2010, Steele): "he has not yet said whether" was a report of the speaker "yet"
    text = ("Mr. Steele has lost the backing of many top supporters, but he has not yet said whether he will try to "
            "rebuild his frayed coalition.")
    assert indirect_rows(text) == []


def test_described_as_and_said_are_two_reports():
    # BASIL 74708dbf (2010, Steele): one report held "and said" between two claims
    text = "Critics have described the chairman as gaffe-prone and said he hasn't raised enough money."
    assert [(r["text"], r["speaker"]) for r in indirect_rows(text)] == [
        ("the chairman as gaffe-prone", "Critics"), ("he hasn't raised enough money", "Critics")]


def test_that_before_a_negated_verb_is_the_subject_of_the_report():
    # BASIL 2011 (Fox, Wal-Mart and the Supreme Court): the report began "wasn't a fair comparison", without
    # its subject
    text = ("Sellers said that wasn't a fair comparison because Wal-Mart has an obligation under federal law to "
            "make sure its managers do not discriminate.")
    assert one(text)[:3:2] == ("that wasn't a fair comparison because Wal-Mart has an obligation under federal law "
                               "to make sure its managers do not discriminate", "Sellers")
    assert one("Smith said that isn\u2019t so.")[0] == "that isn\u2019t so"
    assert one("Smith said that Jones wasn't there.")[0] == "Jones wasn't there"


def test_a_report_ends_before_another_speaker_s_but_clause():
    # BASIL 2010 (AP, the NAACP and the Tea Party): one report ran on into "but conservative activists said ..."
    text = "A white lawmaker said he also heard the epithets, but conservative activists said the lawmakers were lying."
    assert [(r["text"], r["speaker"]) for r in indirect_rows(text)] == [
        ("he also heard the epithets", "A white lawmaker"), ("the lawmakers were lying", "conservative activists")]
    # a ', but' clause with no report of its own stays in the report
    assert one("Smith said the plan was fair, but critics were not convinced.")[0] == \
        "the plan was fair, but critics were not convinced"


def test_a_report_ends_before_the_subject_s_second_act():
    # BASIL 2010 (Fox, the NAACP and the Tea Party): both reports ran on past "and urged" / ", and accused"; the
    # second act is a report of its own, read as the first is
    text = ("The missive accused the NAACP of resorting to political tactics and urged the IRS to reconsider "
            "whether it can continue to qualify for tax-exempt status.")
    assert [(r["text"], r["rule"], r["speaker"]) for r in indirect_rows(text)] == [
        ("the NAACP of resorting to political tactics", "indirect:X-said-that", "The missive"),
        ("the IRS to reconsider whether it can continue to qualify for tax-exempt status", "indirect:and-said",
         "The missive")]
    text = ("St. Louis Tea Party organizer Bill Hennessy wrote on the group's website Tuesday that the Tea Party "
            "stands for smaller government and fiscal responsibility, and accused the NAACP of abandoning black "
            "America.")
    assert [(r["text"], r["speaker"]) for r in indirect_rows(text)] == [
        ("the Tea Party stands for smaller government and fiscal responsibility", "Bill Hennessy"),
        ("the NAACP of abandoning black America", "Bill Hennessy")]
    # PolNeAR train (NYT): an object that is only a name reports nothing, the second act does
    assert [r["text"] for r in indirect_rows("In a video posted to her Facebook account, she criticized Singer and "
                                             "challenged him to a debate.")] == ["him to a debate"]
    # a noun after "and" is part of the object
    assert one("Smith disputed the findings and claims of the report.")[0] == "the findings and claims of the report"


def test_an_aim_in_the_writer_s_words_is_no_report():
    # BASIL 2010 (NYT, the tax cuts) and AllSides: "want to" gave rows of the writer's account of an aim
    assert indirect_rows("President Obama and Democratic lawmakers want to extend the cuts to all Americans except "
                         "those with income above $250,000, while Republicans want tax cuts extended to Americans at "
                         "all income levels.") == []
    assert indirect_rows("It's a topic Trump wants to discuss as he settles down in his dining room.") == []


def test_states_reports_only_a_that_clause():
    # AllSides: "states" the noun gave rows ("reside in states where abortion was legal", speaker "reside")
    assert indirect_rows("Most Americans would continue to reside in states where abortion was legal in most "
                         "cases.") == []
    assert indirect_rows("Until recently, two US states did not require a unanimous jury verdict.") == []
    # AllSides (Breitbart): the verb, with its "that" after a manner adverb
    assert one("O\u2019Reilly states unequivocally that Kate Steinle is dead because of policies.")[::2] == (
        "Kate Steinle is dead because of policies", "O\u2019Reilly")


def test_a_possessive_noun_or_a_past_form_after_a_possessive_is_no_cue():
    # AllSides: "Washington state's insurance regulator" read "state's" as the verb; "Trump's stated strategy"
    # and "Trump's newly stated determination" read the adjective as a report
    rows = indirect_rows("Washington state\u2019s insurance regulator said it would allow insurers to charge more.")
    assert [r["speaker"] for r in rows] == ["Washington state\u2019s insurance regulator"]
    assert indirect_rows("At the core of Trump\u2019s stated strategy, after all, is making beefed-up deportation a "
                         "hallmark.") == []
    assert indirect_rows("Neither the Russians nor Assad will heed Trump\u2019s newly stated determination to halt "
                         "the killing.") == []


def test_an_inverted_attribution_that_closes_the_sentence_is_no_part_of_the_report():
    # AllSides (USA Today, Phoenix 2014): the report ran on into ", said Sgt. Trent Crump, a Phoenix police
    # spokesman"
    text = ("Officers were in the area when a resident of an apartment complex told them that men inside a black "
            "Cadillac SUV were engaged in a drug deal, said Sgt. Trent Crump, a Phoenix police spokesman.")
    assert one(text)[0] == "men inside a black Cadillac SUV were engaged in a drug deal"



def test_words_with_no_verb_before_the_attribution_are_no_report():
    # AllSides (The Guardian, tariffs 2018): the report was "Later on Friday"
    assert indirect_rows("Later on Friday, a spokesman for the ministry of foreign affairs said after the US tariffs "
                         "kicked in, Chinese tariffs on US goods had immediately gone into effect.") == []
    assert one("The plan will fail, Smith said.")[::2] == ("The plan will fail", "Smith")


def test_according_to_after_an_adjunct_gives_the_clause_after_it():
    # AllSides (Vox, the FBI raid 2018): the report was "Recall that last June"
    text = ("Recall that last June, according to The New York Times, Trump ordered that Mueller be fired before "
            "backing off.")
    assert one(text)[::2] == ("Trump ordered that Mueller be fired before backing off", "New York Times")


# --- a read of AllSides stories of 2013-07-06 (Egypt), 2018-05-02 (Mueller's questions), 2020-07-09 (Trump's
# financial records) ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Vance is investigating whether the Trump Organization falsified business records. Trump has denied those "
    "claims.",
    "Winston denied the allegations.",
    "Kruse denied the allegations in an interview with The Oregonian.",
])
def test_a_claim_named_but_not_stated_is_no_report(text):
    # "those claims" was the row's whole content: the claim is in another sentence, or not in the article
    assert indirect_rows(text) == []


def test_a_claim_stated_after_its_noun_is_still_a_report():
    assert [r["text"] for r in indirect_rows("He rejected the claim that he lied.")] == ["the claim that he lied"]


def test_a_written_text_that_says_reports_what_it_says():
    text = ("But Kavanaugh, joined by Gorsuch, wrote a concurring opinion in the Vance case that said the president "
            "still had options.")
    assert [(r["text"], r["speaker"], r["cue"]) for r in indirect_rows(text)] == [
        ("the president still had options", "Kavanaugh", "say")]
    assert indirect_rows("He wrote an opinion that was widely read.") == []


def test_a_content_that_leads_into_a_quotation():
    # the quotation after the colon is the report; a clause before the colon is one too, without the colon
    assert indirect_rows("Here's how the BBC now describes what is happening:") == []
    assert indirect_rows("Pence explained the situation further:") == []
    text = ("In March, Donald Jr. told the Times that he\u2019d never had a meeting with Russians that was set up or "
            "in which he was representing the campaign:")
    assert [r["text"] for r in indirect_rows(text)] == [
        "he\u2019d never had a meeting with Russians that was set up or in which he was representing the campaign"]
    text = ("Lam, addressing the election results, said in a statement Monday, that the Hong Kong government would "
            "respect the election results:")
    assert [(r["text"], r["speaker"]) for r in indirect_rows(text)] == [
        ("the Hong Kong government would respect the election results", "Lam")]


@pytest.mark.parametrize("text, content", [
    ("NEW YORK (Reuters) - Special Counsel Robert Mueller, in a meeting with U.S. President Donald Trump\u2019s "
     "lawyers in March, raised the possibility of issuing a subpoena for Trump if he declines to talk to "
     "investigators in the Russia probe, a former lawyer for the president said on Tuesday.",
     "Special Counsel Robert Mueller, in a meeting with U.S. President Donald Trump\u2019s lawyers in March, raised "
     "the possibility of issuing a subpoena for Trump if he declines to talk to investigators in the Russia probe"),
    ("CINCINNATI \u2014 Nicholas Sandmann, the Covington Catholic student, said he wishes he and his classmates had "
     "walked away.", "he wishes he and his classmates had walked away"),
    ("US - China trade talks will go on, the officials said.", "US - China trade talks will go on"),
])
def test_a_dateline_is_not_part_of_a_report(text, content):
    assert [r["text"] for r in indirect_rows(text)] == [content]


def test_the_same_verb_and_that_a_second_time_is_a_second_report():
    text = ("In a brief phone conversation with Fox News, Dowd denied that he had leaked the list to the media and "
            "denied that he was the source of the initial Washington Post report on the Mueller meeting.")
    assert [(r["text"], r["speaker"], r["rule"]) for r in indirect_rows(text)] == [
        ("he had leaked the list to the media", "Dowd", "indirect:X-said-that"),
        ("he was the source of the initial Washington Post report on the Mueller meeting", "Dowd",
         "indirect:and-said")]
    # another verb may be the act of the reported clause's subject: one report
    text = "Officials said that the suspect entered the store and shouted that he had a gun."
    assert [r["text"] for r in indirect_rows(text)] == ["the suspect entered the store and shouted that he had a gun"]


def test_a_second_act_after_a_name_and_its_apposition_is_the_named_person_s():
    text = ("Kayleigh McEnany, the White House press secretary, said she did not ask Mr. Trump specifically for his "
            "reaction to the position taken by Justices Gorsuch and Kavanaugh, but insisted that \u201chis justices "
            "did not rule against him.\u201d")
    assert [r["speaker"] for r in indirect_rows(text)] == ["Kayleigh McEnany", "Kayleigh McEnany"]
    text = "Smith, a former aide, said the plan was bad and added that it would fail."
    assert [(r["text"], r["speaker"]) for r in indirect_rows(text)] == [("the plan was bad", "Smith"),
                                                                       ("it would fail", "Smith")]


def test_a_participle_after_a_clause_of_its_own_is_that_clause_s_subject():
    text = ("White House press secretary Kayleigh McEnany called the decisions a victory for the president, but Trump "
            "did not seem to agree, saying that he was the victim of a \u201cpolitical prosecution\u201d and that he "
            "was being treated worse than other presidents.")
    assert [(r["kind"], r["speaker"]) for r in document_quotes(text) if r["kind"] != "scare"] == [
        ("indirect", "Trump")]
    # a list of names is no clause: the participle is the sentence subject's
    raw = ("In 2007, The Weekly Standard published a package of stories that profiled Virginia congressman Eric "
           "Cantor, Paul Ryan, and McCarthy, calling them \u201cthe Young Guns.\u201d The magazine dubbed Cantor "
           "\u201cthe leader,\u201d Ryan \u201cthe thinker,\u201d and McCarthy \u201cthe strategist.\u201d")
    assert [(r["text"], r["speaker"]) for r in document_quotes(normalise(raw), raw)][:2] == [
        ("the Young Guns.", "Weekly Standard"), ("the leader,", "Weekly Standard")]


# --- a read of AllSides stories of 2013-11-21 and 2018-08-01 (the Senate's nuclear option; Trump and Sessions),
# and sentences of the first 1,500 AllSides articles whose rows changed with its fixes

def test_an_attribution_inside_the_sentence_leaves_one_report():
    # NPR: the report was given as two fragments, "But what forced their drastic action now" and "is the number
    # of filibusters ..."; it is one report, without the writer's "But" and without ", they say,"
    text = ("Senate Democrats reached their limit, however, after Republicans recently blocked three Obama "
            "appointments.\n\nDemocrats also filibustered when they were in the minority. But what forced their "
            "drastic action now, "
            "they say, is the number of filibusters that have mushroomed during Obama's term, leaving important "
            "executive branch posts vacant and judicial nominees in limbo.")
    (r,) = indirect_rows(text)
    assert r["text"] == ("what forced their drastic action now is the number of filibusters that have mushroomed "
                         "during Obama's term, leaving important executive branch posts vacant and judicial nominees "
                         "in limbo")
    assert text[r["start"]:r["start"] + 4] == "what" and r["speaker"] == "Senate Democrats"
    assert r["rule"] == "indirect:aside"
    assert r["words"] == 28  # the report's words, not those of ", they say,"
    # the clause after a semicolon is the report, not the writer's clause before it
    (r,) = indirect_rows("Fran and Anna Simon spent years as marriage activists; now, they say, they are able to "
                         "live a normal family life.")
    assert r["text"] == "they are able to live a normal family life"


def test_words_after_an_inner_attribution_that_are_no_report():
    # the speaker's act after the aside: the report ends before it; a participle of saying is a second report
    assert [(r["text"], r["rule"]) for r in indirect_rows(
        "But there has been an uptick in the flow from Nicaragua, he said, noting that the Nicaraguan numbers "
        "climbed when the price of oil dropped.")] == [
        ("there has been an uptick in the flow from Nicaragua", "indirect:X-said"),
        ("the Nicaraguan numbers climbed when the price of oil dropped", "indirect:saying")]
    assert [r["text"] for r in indirect_rows(
        "That should be left to regional fighters, he said, before launching into a fiery diatribe.")] == [
        "That should be left to regional fighters"]
    assert [r["text"] for r in indirect_rows(
        "But Egypt\u2019s head of forensics denied the statements Tuesday, Reuters reported, citing state news "
        "agency MENA.")] == ["Egypt\u2019s head of forensics denied the statements Tuesday"]
    # the writer's next clause after "and" and a name
    assert [r["text"] for r in indirect_rows(
        "Improving his standing among female voters is critical to his chances for victory, aides said, and "
        "Mr. Romney amplified a steady theme of messages aimed at women.")] == [
        "Improving his standing among female voters is critical to his chances for victory"]
    # an apposition after ', according to X,' names X; it is no part of the report
    assert [r["text"] for r in indirect_rows(
        "Software companies Red Hat and Oracle will also assist, according to Julie Bataille, spokeswoman for the "
        "Centers for Medicare and Medicaid Services, which has coordinated the development of the site.")] == [
        "Software companies Red Hat and Oracle will also assist"]
    # a comma inside a number does not end the source of "according to"
    assert [r["text"] for r in indirect_rows(
        "At least 124,000 schools have been impacted by the coronavirus crisis, according to their count \u2013 "
        "nearly all of the 98,000 public and 34,000 private schools that exist in the country.")] == [
        "At least 124,000 schools have been impacted by the coronavirus crisis"]
    # words that go on with the report stay in it ("including ...", "and" and a verb)
    (r,) = indirect_rows("The emails were on a variety of work-related topics, the Times said, including speeches, "
                         "meetings and news media appearances.")
    assert r["text"].endswith("including speeches, meetings and news media appearances")


def test_an_aside_inside_a_relative_clause_or_a_that_after_an_adverb():
    text = ("He fumed that Clinton had \u201csent a signal\u201d to the protesters and accused the U.S. of backing "
            "election observers who, he said, had a subversive agenda.")
    assert [r["text"] for r in indirect_rows(text)] == ["had a subversive agenda"]
    text = ("On CNN moments ago, correspondent Ben Wedeman did note, however, that the flurry of shelling could be "
            "signs that a truce is imminent.")
    assert [(r["text"], r["speaker"]) for r in indirect_rows(text)] == [
        ("the flurry of shelling could be signs that a truce is imminent", "Ben Wedeman")]
    # ", say," is "for example"
    assert indirect_rows("Its incompatibility with the liberal idea is rooted in the immense inequality that "
                         "cruelty entails \u2014 between, say, an armed adult agent of the law and a child.") == []


def test_a_thing_that_threatens_makes_no_commitment():
    # NPR: "it" (the rule change) "threatened to make common ground even harder to find" was given to "Senate"
    text = ("Senate Democrats took the historic step of voting to diminish the minority's power. There was an "
            "element of the dog that caught the car in the whole affair. And it threatened to make common ground "
            "even harder to find in an already badly divided government.")
    assert indirect_rows(text) == []
    # PolNeAR train (politico 2015-11-24)
    assert indirect_rows("The decision threatens to create a political bind for Democratic front-runner Hillary "
                         "Clinton.") == []
    assert [r["speaker"] for r in indirect_rows("The union threatened to strike over pay and pensions.")] == [
        "The union"]
    assert [r["speaker"] for r in indirect_rows("Trump threatened to veto the bill if it reached his desk.")] == [
        "Trump"]


def test_a_party_member_after_a_name_is_no_one_he_stands_for():
    # The Washington Times: "He" was given to "Nevada Democrat", the description of the name before it
    text = ("Senate Majority Leader Harry Reid, Nevada Democrat, said he didn't fear retaliation. He said he reached "
            "a tipping point after Republicans filibustered three of Mr. Obama's nominees.")
    assert [r["speaker"] for r in indirect_rows(text)] == ["Senate Majority Leader Harry Reid", "Harry Reid"]


def test_a_report_after_on_and_a_day_without_that():
    # Reuters ledes: "said on Wednesday he would ..." reported nothing ("on" read as an adjunct with no "that")
    assert [(r["text"], r["speaker"]) for r in indirect_rows(
        "BURLINGTON, Vt. (Reuters) - A resolute Bernie Sanders said on Wednesday he would stay in the Democratic "
        "presidential race.")] == [("he would stay in the Democratic presidential race", "Bernie Sanders")]
    assert [r["text"] for r in indirect_rows(
        "Top U.S. Republicans said late on Sunday night they expected Congress to pass a tax code overhaul.")] == [
        "they expected Congress to pass a tax code overhaul"]
    # the day closes the attribution, or a dash or an adjunct follows it: read as before
    assert [(r["text"], r["rule"]) for r in indirect_rows(
        "The United States could remain in the Paris climate accord under the right conditions, Secretary of State "
        "Rex Tillerson said on Sunday, signaling a shift in tone.")] == [
        ("The United States could remain in the Paris climate accord under the right conditions", "indirect:X-said")]
    assert [r["text"] for r in indirect_rows(
        "About 200 rebels took part in at least eight attacks on Thursday and Friday, Petinglay said by phone.")] == [
        "About 200 rebels took part in at least eight attacks on Thursday and Friday"]
    assert indirect_rows("The attacks continued on Sunday news programs.") == []


# --- a read of AllSides stories of 2013-12-12 (Issa and Sebelius on HealthCare.gov) and 2019-07-05 (Trump's
# July 4 celebration), and sentences of the first 1,500 AllSides articles whose rows changed with its fixes

def test_a_web_address_ends_no_sentence_and_names_its_site():
    # Fox News: the report was cut at "Healthcare" (".gov" read as a sentence end)
    text = ("The Dec. 6 letter from CMS official Daniel Kane says that although the department understands "
            "Congress' need for documents to continue its probe into the issues with Healthcare.gov, the agency is "
            "concerned about security risks from releasing testing information to third parties.")
    (r,) = indirect_rows(text)
    assert r["text"].endswith("the agency is concerned about security risks from releasing testing information "
                              "to third parties") and r["speaker"] == "Daniel Kane"
    # the whole address is the speaker, not "org" or "CNSNews"
    raw = ("\u201cLeft-Wing Anti-Semitism: The Greatest Campus Threat Is Ignored by the SPLC,\u201d FRC.org recently "
           "reported.")
    assert [r["speaker"] for r in document_quotes(normalise(raw), raw)] == ["FRC.org"]
    assert [r["speaker"] for r in indirect_rows("You cannot get Ebola on a bus, according to CNSNews.com.")] == [
        "CNSNews.com"]


def test_the_object_of_an_act_ends_before_the_writer_s_words():
    # Reuters: the writer's concession
    assert [r["text"] for r in indirect_rows(
        "Trump, 73, praised American military might despite having himself avoided the draft during the Vietnam "
        "War with bone spurs in his feet.")] == ["American military might"]
    # The Guardian / USA Today: an apposition that describes the object
    assert [r["text"] for r in indirect_rows(
        "He cited as great Americans both Harriet Tubman and Frederick Douglass, African-Americans who campaigned "
        "for the abolition of slavery more than 100 years ago.")] == [
        "as great Americans both Harriet Tubman and Frederick Douglass"]
    assert [r["text"] for r in indirect_rows(
        "Trump, a Republican who was inspired to stage the flashy affair after seeing a similar display in France, "
        "dismissed concerns ahead of the ceremony about the expense and militaristic overtones of the event outside "
        "the 97-year-old Lincoln Memorial, a symbol of national unity.")] == [
        "concerns ahead of the ceremony about the expense and militaristic overtones of the event outside the "
        "97-year-old Lincoln Memorial"]
    # a semicolon opens the writer's next clause (not one inside a quotation)
    assert [r["text"] for r in indirect_rows(
        "The president's role created what felt like three different events: Protesters who criticized his "
        "administration and its policies; a campaign rally where supporters cheered for him.")] == [
        "his administration and its policies"]
    raw = ("In a corridor, Reade said Biden \u201chad me up against the wall; he used his knee to spread open my "
           "legs,\u201d and left.")
    assert any("he used his knee" in r["text"] for r in document_quotes(normalise(raw), raw) if r["kind"] in ("indirect", "act"))
    # what is left is only a name: an act toward someone
    assert indirect_rows("Trump also decried Virginia Gov. Ralph Northam, a Democrat who seemingly endorsed the "
                         "practice.") == []
    # kept: a relative clause with a reporting verb of its own (PolNeAR train), the complement of a naming verb
    (r,) = indirect_rows("Trump has blasted the convoluted delegate system, which he said runs the risk of leaving "
                         "millions of voters disenfranchised.")
    assert r["text"].endswith("which he said runs the risk of leaving millions of voters disenfranchised")
    (r,) = indirect_rows("The World Health Organization declared the infectious disease that was first identified "
                         "in Wuhan, China, in December, a pandemic.")
    assert r["text"].endswith("in December, a pandemic")


def test_a_story_told_a_tweet_sent_and_a_tweet_s_links():
    # "told stories about each military branch": no one's words
    assert indirect_rows("With well-planned choreography, he told stories about each military branch before "
                         "separate, dramatic flyovers of their respective military aircraft.") == []
    # "tweets" after "sent out" is a noun: "Trump sent out" was the speaker of the quotation
    raw = ("Perhaps with the crowd size in mind, Trump sent out tweets urging people to attend and saying the event "
           "would be \u201cone of the biggest celebrations in the history of our Country.\u201d")
    assert all("sent out" not in r["mention"] for r in document_quotes(normalise(raw), raw))
    assert indirect_rows("Trump sent out a tweet on Monday.") == []
    # a reported clause inside a tweet ends with the tweet's words
    text = ("Mandatory vasectomy at 50 or after 3 kids? Alabama bill proposes banning it https://t.co/Hb5VAZnzOQ "
            "via @wzzm13 \u2014 General William T. Sherman (@secularagnostic) February 14, 2020")
    assert [r["text"] for r in indirect_rows(text)] == ["banning it"]


# --- a read of AllSides stories of 2013-04-24 (the Senate's gun bill) and 2017-03-06 (the House health plan)

def test_they_after_a_group_that_opens_a_sentence_or_a_part_of_one():
    # CBN: "They say" was left unresolved after "Two of the House Republicans behind the plan ... are touting"
    raw = ("Now the House has unveiled a plan called the American Health Care Act.\n\nTwo of the House Republicans "
           "behind the plan, including Ways and Means Chairman Kevin Brady, are touting the plan in The Wall Street "
           "Journal today.\n\nThey say it will \u201crescue those hurt by Obamacare's failures.\u201d")
    assert {r["speaker"] for r in document_quotes(normalise(raw), raw) if r["mention"] == "They"} == {
        "House Republicans"}
    # The Washington Times: "they accused" after "Advocates fell five votes shy"
    (r,) = indirect_rows("Senators defeated a series of gun control proposals last week.\n\nAdvocates fell five "
                         "votes shy of the 60 they would have needed, and they accused gun rights supporters of "
                         "ignoring the will of the public.")
    assert (r["mention"], r["speaker"]) == ("they", "Advocates")


def test_the_writer_s_own_voice_and_guess_report_nothing():
    # Vox: "We say we do not want the federal government meddling ..." gave the speaker "We"
    assert indirect_rows("We say we do not want the federal government meddling with the practice of medicine, "
                         "but we have built our entire health care system around health insurance access.") == []
    # Christian Science Monitor: "Americans might have accepted the NRA's argument that ..."
    assert indirect_rows("Americans might have accepted the NRA's argument that the background checks would not "
                         "have accomplished much.") == []
    # a first person inside quotation marks is the quoted speaker's, and a report's "might" is its content
    assert [r["text"] for r in indirect_rows("Smith said that the plan might fail.")] == ["the plan might fail"]


def test_a_person_cited_with_his_own_words_after_him():
    # The Washington Times: "He cited homegrown terrorist Timothy McVeigh, who said ..." gave Chipman McVeigh's words
    text = ("He cited homegrown terrorist Timothy McVeigh, who said his 1995 Oklahoma City bombing was a response to "
            "the federal government's overreach.")
    assert [(r["text"], r["speaker"]) for r in indirect_rows(text)] == [
        ("his 1995 Oklahoma City bombing was a response to the federal government's overreach", "Timothy McVeigh")]


# --- a read of AllSides stories of 2019-02-01 (the INF treaty) and 2013-02-15 (Obama on guns in Chicago)

def test_the_official_is_the_unnamed_official_described_before():
    # CNN: "The official said ..." and "This official ..." were speakers that named no one
    text = ("The United States will suspend its obligations under the treaty, a senior US administration official "
            "said on Friday.\n\nThe official said Russia had been given time to comply. This official also said the "
            "move was final.")
    assert [(r["mention"], r["speaker"]) for r in indirect_rows(text)] == [
        ("a senior US administration official", "a senior US administration official"),
        ("The official", "a senior US administration official"),
        ("This official", "a senior US administration official")]
    # a title of a named person still goes to that person; with no description before, the mention stays
    assert [r["speaker"] for r in indirect_rows("The official said the plan was dead.")] == ["The official"]


def test_a_person_s_noun_and_what_it_is_of_and_the_one_asked():
    # Fox News: "an expert on urban crime said" gave the speaker "urban crime"
    assert [r["speaker"] for r in indirect_rows(
        "The president's package would help, an expert on urban crime said.")] == ["an expert on urban crime"]
    assert [r["speaker"] for r in indirect_rows("A spokeswoman for the agency said the plan was dead.")] == [
        "A spokeswoman for the agency"]
    # Politico: "asked Obama how ...": the one asked is no part of the question
    assert [r["text"] for r in indirect_rows(
        "During the event, a participant asked Obama how renewing the assault weapons ban would help reduce gun "
        "violence.")] == ["how renewing the assault weapons ban would help reduce gun violence"]


def test_reports_that_end_before_the_writer_s_or_another_speaker_s_words():
    # CNN: "rather than ..." is the writer's contrast
    assert [r["text"] for r in indirect_rows(
        "The NRA has called for putting armed guards at every school, rather than seeking to limit the ability of "
        "people to obtain weapons.")] == ["putting armed guards at every school"]
    # The Hill: ", and on Thursday, Deputy Foreign Minister Sergey Ryabkov said" opens another speaker's report
    assert [(r["text"], r["speaker"]) for r in indirect_rows(
        "Russia has denied being in violation of the treaty, and on Thursday, Deputy Foreign Minister Sergey "
        "Ryabkov said talks with the US hadn't yielded progress.")] == [
        ("being in violation of the treaty", "Russia"),
        ("talks with the US hadn't yielded progress", "Sergey Ryabkov")]
    # CNN: a participle after its noun is no report ("Legislation proposed so far also would ...")
    assert indirect_rows("Legislation proposed so far also would crack down on so-called straw purchases.") == []
    assert [r["text"] for r in indirect_rows("Smith proposed that the tax would rise.")] == ["the tax would rise"]


def test_a_quote_signed_with_two_hyphens():
    # Fox News: '-- Charles Krauthammer on "Special Report with Bret Baier."' under the quotation
    raw = ('"It\'s a failure, and yet he wants to double down to make it universal."\n\n'
           '-- Charles Krauthammer on "Special Report with Bret Baier."')
    assert [r["speaker"] for r in document_quotes(normalise(raw), raw) if r["kind"] == "direct"] == [
        "Charles Krauthammer"]


# --- a read of AllSides stories of 2020-03-25 (the Senate's coronavirus package) and 2013-03-29 (Rep. Young's
# slur)

def test_second_reports_and_joint_speakers():
    # Politico: "Pelosi and her team reiterated that ..., noting there will be ...": the speaker was "her team"
    # and the two reports were one row
    text = ("Pelosi and her team reiterated that they will continue to fight for many of those proposals, noting "
            "there will be opportunities in the fourth stimulus bill.")
    assert [(r["text"], r["speaker"]) for r in indirect_rows(text)] == [
        ("they will continue to fight for many of those proposals", "Pelosi and her team"),
        ("there will be opportunities in the fourth stimulus bill", "Pelosi and her team")]
    # Fox News: "said ... and said ..." is two reports
    assert [r["text"] for r in indirect_rows(
        "Young said he supports a path to citizenship and said the country must tackle immigration reform.")] == [
        "he supports a path to citizenship", "the country must tackle immigration reform"]
    assert [r["speaker"] for r in indirect_rows(
        "Boehner and other Republican Party leaders said the remark was offensive.")] == [
        "Boehner and other Republican Party leaders"]
    # a thought after a clause is part of it (PolNeAR train)
    assert len(indirect_rows("Allies say that he does not see any need to fully engage either man, believing that "
                             "Mrs. Clinton can handle them.")) == 1


def test_a_dash_and_an_apposition_after_a_report_are_the_writer_s():
    # AP: "– a process she wanted to use to avoid calling members back" explains the writer's term
    raw = ("Pelosi acknowledged that the House would not be able to pass the Senate bill by unanimous consent \u2013 "
           "a process she wanted to use to avoid calling members back.")
    assert [r["text"] for r in document_quotes(normalise(raw), raw) if r["kind"] in ("indirect", "act")] == [
        "the House would not be able to pass the Senate bill by unanimous consent"]
    # a clause after the dash is part of the report (NYT)
    raw = ("Representative Pete Sessions said the health care law was passed \u201cwith deception at its core\u201d "
           "\u2014 a penalty for those who fail to purchase insurance has been called a tax.")
    assert [r["text"] for r in document_quotes(normalise(raw), raw) if r["kind"] in ("indirect", "act")][0].endswith(
        "has been called a tax")
    # an object's closing apposition ", one of ..." (CNN)
    assert indirect_rows("House Speaker John Boehner condemned the use of the term by Rep. Don Young, R-Alaska, "
                         "one of the party's most senior members of Congress.") == []


# --- a read of AllSides stories of 2016-03-07 (the Flint debate) and 2017-06-28 (the Senate health bill)

def test_speakers_and_addressees_of_a_read_of_the_flint_debate_and_the_senate_bill():
    # Fox News: "said Clinton near the end of the evening" gave the speaker "Clinton near the end"
    raw = '"I just want to make one point," said Clinton near the end of the evening.'
    assert [r["speaker"] for r in document_quotes(normalise(raw), raw)] == ["Clinton"]
    # The Week: a long addressee of "told" before its "that"
    (r,) = indirect_rows("Out of Congress since the end of 2015, Boehner told a high-dollar health care industry "
                         "conference in February of this year that there was no way that Republicans were going to "
                         "be able to repeal the law.")
    assert r["text"].startswith("there was no way")
    # Salon: "would prohibit states that ..." gave the speaker "prohibit"
    assert indirect_rows("The Senate bill would prohibit states that haven't implemented Medicaid expansion from "
                         "doing so.") == []
    # a pronoun stays a speaker
    assert [r["mention"] for r in indirect_rows("The company said the plan was dead. It said it would appeal.")] == [
        "The company", "It"]


# --- a read of AllSides stories of 2016-05-23 (the Vietnam arms embargo) and 2018-10-24 (political violence)

def test_acts_toward_a_target_and_nouns_that_look_like_cues_of_a_read_of_the_embargo_and_the_parcel_bombs():
    # USA Today: "remarks came after" gave a report of "The toned-down"
    assert indirect_rows("The toned-down remarks came after a series of devices discovered throughout the day "
                         "Wednesday targeted several of the president's favorite verbal punching bags.") == []
    # USA Today: "announced his candidacy" is the writer's account of an act, not a report
    assert indirect_rows("The president's rhetoric has been inflammatory since he announced his candidacy for "
                         "president.") == []
    # an announced clause still reports
    assert [r["text"] for r in indirect_rows("The White House announced Tuesday it would appeal.")] == [
        "it would appeal"]
    # Politico: ', decrying "political violence" and presenting himself as a bipartisan healer' ran on into the
    # writer's account; the quoted words alone are the president's
    text = ('But the president embraced a very different message on Wednesday, decrying "political violence" and '
            'presenting himself as a bipartisan healer during remarks at the White House.')
    assert [(r["kind"], r["text"]) for r in document_quotes(text)] == [("partial", "political violence")]
    # New York magazine: a passive with an adverb ("are constantly warned") reports nothing of its subject
    text = ('More than ever, opponents are enemies, and partisans are constantly warned against compromise and '
            'enjoined to be tough and merciless, and above all to avoid the weak moralism of "unilateral disarmament" '
            'and keep maniacally focused on the "conquest" of House and Senate seats.')
    assert [r["kind"] for r in document_quotes(text)] == ["scare", "scare"]
    # New York magazine: "violent presidential tweets to a #Resistance that ..." read "tweets" as a verb with
    # the speaker "violent presidential"
    assert indirect_rows("During the Trump administration, it has become the norm rather than the exception, from "
                         "crude and violent presidential tweets to a #Resistance that often views itself as the last "
                         "bulwark against fascism.") == []


# --- a read of AllSides stories of 2016-09-04 (Latino voters, Trump in Detroit) and 2020-05-29 (the WHO, China)

def test_the_writer_s_clauses_after_reports_and_poll_lists_of_a_read_of_the_who_and_detroit_stories():
    # MarketWatch: ', in an escalation of tension with China' is the writer's framing
    assert [r["text"] for r in indirect_rows(
        "President Donald Trump said Friday that the U.S. is quitting the World Health Organization and is beginning "
        "to revoke Hong Kong's special status, in an escalation of tension with China.")] == [
        "the U.S. is quitting the World Health Organization and is beginning to revoke Hong Kong's special status"]
    # MarketWatch: ', but neither has produced evidence', ', but the president steered clear of ...': the writer's
    # clause about the speakers
    assert [r["text"] for r in indirect_rows(
        "Both Trump and Pompeo have said there is evidence the virus came from a lab in Wuhan, but neither has "
        "produced evidence.")] == ["there is evidence the virus came from a lab in Wuhan"]
    assert [r["text"] for r in indirect_rows(
        "President Donald Trump spoke on Friday. Trump said the U.S. would move to sanction Chinese officials, but "
        "the president steered clear of any discussion of reneging on a trade deal.")] == [
        "the U.S. would move to sanction Chinese officials"]
    # Vox: each answer of a poll list is its own report
    assert [(r["speaker"], r["text"]) for r in indirect_rows(
        "About 2 percent said they won't vote for president, 4 percent said they'd vote for someone else, and 4 "
        "percent said they're undecided or don't know.")] == [
        ("2 percent", "they won't vote for president"), ("4 percent", "they'd vote for someone else"),
        ("4 percent", "they're undecided or don't know")]
    # a comma inside a number opens no answer
    (r,) = indirect_rows("Before the report's release, economists thought BLS would say that 140,000 to 150,000 jobs "
                         "were added to payrolls last month and that the jobless rate remained unchanged.")
    assert r["text"].startswith("140,000 to 150,000 jobs were added")


# --- a read of AllSides stories of 2013-02-20 (Chinese hacking) and 2013-05-24 (Holder and the Rosen warrant)

def test_inverted_asides_and_denied_claims_of_a_read_of_the_hacking_and_rosen_stories():
    # CNN: "So far, said Petersen, neither ..." gave the report "So far"
    assert [r["text"] for r in indirect_rows(
        "So far, said Petersen, neither the government nor the private sector is doing enough.")] == [
        "neither the government nor the private sector is doing enough"]
    # ... not the speaker's relative clause
    assert "which interviewed the contractors" not in [r["text"] for r in indirect_rows(
        "Au contraire, says the Associated Press, which interviewed the contractors.")]
    # CNN: "denies the allegations, calling them \"...\"": the quoted words are the report, not "the allegations"
    text = 'The Chinese military denies the allegations, calling them "groundless both in facts and legal basis."'
    assert [(r["kind"], r["speaker"]) for r in document_quotes(text)] == [("partial", "The Chinese military")]
    # Washington Times: "the department" after "the Justice Department seized ..."
    text = ("On Monday, news reports said the Justice Department seized phone records of James Rosen. In court filings, "
            "the department even said Mr. Rosen may have aided and abetted in a crime.")
    assert [r["speaker"] for r in indirect_rows(text) if r["text"].startswith("Mr. Rosen")] == ["Justice Department"]


def rows_of(raw: str, kinds=("direct", "partial", "indirect", "act")) -> list[tuple[str, str, str]]:
    """(kind, text, speaker) of the rows of ``raw`` (curly marks kept in the raw text, as the corpus loader does)."""
    return [(r["kind"], r["text"], r["speaker"]) for r in document_quotes(normalise(raw), raw) if r["kind"] in kinds]


def test_the_main_clause_after_an_opening_clause_that_reports():
    # PolNeAR train (politico 2016-07-06): the main clause's report was lost to the opening clause's
    text = ("While Comey has said that he regularly makes recommendations on cases, Lewandowski said he does not do "
            "them publicly.")
    assert [(r["text"], r["speaker"]) for r in indirect_rows(text)] == [
        ("he regularly makes recommendations on cases", "Comey"), ("he does not do them publicly", "Lewandowski")]
    # AllSides: a second opening clause after ", and" is no main clause ("a small claims process" is no speaker)
    text = ("While it\u2019s appreciated that the ACLU acknowledges independent creators face a daunting problem, and "
            "while it doesn\u2019t oppose the idea of creating a small claims process, the concerns it\u2019s voicing "
            "about the bill are overblown.")
    assert [r["speaker"] for r in indirect_rows(text)] == ["ACLU"]


def test_an_aside_between_dashes_that_reports_and_the_report_after_it():
    # PolNeAR train (wash-post 2015-11-15): both reports, and the partial quote inside the first is Trump's
    raw = ("GOP front-runner Donald Trump - who previously said he would \u201cbomb the [expletive] out of\u201d oil "
           "fields seized by the Islamic State - said at a Saturday rally in Texas that the United States should "
           "also close its borders to Syrian refugees because they pose a security risk.")
    assert rows_of(raw) == [
        ("indirect", "he would \u201cbomb the [expletive] out of\u201d oil fields seized by the Islamic State",
         "Donald Trump"),
        ("partial", "bomb the [expletive] out of", "Donald Trump"),
        ("indirect", "the United States should also close its borders to Syrian refugees because they pose a "
                     "security risk", "Donald Trump")]


def test_a_quotation_that_opens_a_sentence_the_writer_goes_on_with():
    # PolNeAR train (wash-post 2015-11-15): the quote was a direct quote given to Clinton, named a paragraph before
    raw = ("Clinton spoke first.\n\n\u201cBoots on the ground\u201d would be appropriate, Republican candidate Ben "
           "Carson said after the attacks.")
    assert rows_of(raw) == [("indirect", "\u201cBoots on the ground\u201d would be appropriate", "Ben Carson"),
                            ("partial", "Boots on the ground", "Ben Carson")]
    # The Washington Post: a three-word quote that opens the report is the speaker's, not a scare quote
    raw = "\u201cIsrael is safer\u201d as a result of the accord, Mr. Kerry said on MSNBC."
    assert rows_of(raw, ("partial",)) == [("partial", "Israel is safer", "Kerry")]
    # a quotation the writer's sentence only names stays without a speaker
    raw = "\u201cKeep your promise\u201d was the theme of a lobbying effort by the Military Officers Association."
    assert [r["speaker"] for r in document_quotes(normalise(raw), raw)] == [""]


def test_continue_reports_only_the_words_before_it():
    # AllSides: "continued his attacks", "continued their search" gave the act as a report
    for text in ("Trump also once again continued his attacks on the ninth circuit court of appeals, which suspended "
                 "the travel ban.",
                 "She continues to blast out policy proposals at a rate that outpaces her rivals.",
                 "Barrett supporters sang union songs and waved signs opposing the governor."):
        assert indirect_rows(text) == [], text
    # ... the verb after "continued to" is the cue, with the subject of "continued"
    assert [(r["text"], r["speaker"]) for r in indirect_rows(
        "But Trump resisted and continued to assure Americans that the coronavirus would never run rampant as it "
        "had in other countries.")] == [
        ("the coronavirus would never run rampant as it had in other countries", "Trump")]
    assert [(r["text"], r["speaker"]) for r in indirect_rows(
        "Kelly continued to emphasize that offending Democrats may not be the optimal way to go about the "
        "matter.")] == [("offending Democrats may not be the optimal way to go about the matter", "Kelly")]
    assert [r["speaker"] for r in indirect_rows(
        "Low oil prices will continue to challenge producers, and will have a significant impact on Texas shale "
        "communities like Odessa and Midland, Perry said.")] == ["Perry"]
    assert [r["speaker"] for r in indirect_rows(
        "Goodlatte\u2019s announcement makes it easier for opponents of broad reform to oppose comprehensive "
        "reform, Mr. Sharry continued.")] == ["Sharry"]


def test_relative_clauses_that_name_a_book_or_hold_a_comma_inside_a_quotation():
    # NPR: "who wrote the book The Politics of Medicare" is no report; the main clause is
    text = ("Marmor, who wrote the book The Politics of Medicare, says some ideas to save the government money end "
            "up costing somebody else.")
    assert [(r["text"], r["speaker"]) for r in indirect_rows(text)] == [
        ("some ideas to save the government money end up costing somebody else", "Marmor")]
    # The Washington Times: the comma inside the quotation does not end the clause; the speaker is the name before
    # the party description
    raw = ("Supporters of the pact included Sen. Dianne Feinstein, California Democrat, who said it \u201coffers a "
           "verifiable, diplomatic resolution to one of our most pressing national security challenges.\u201d")
    assert rows_of(raw, ("indirect", "act")) == [
        ("indirect", "it \u201coffers a verifiable, diplomatic resolution to one of our most pressing national "
                     "security challenges.\u201d", "Dianne Feinstein")]


def test_no_speaker_from_a_relative_that_a_pronoun_and_its_verb_or_a_pronoun_object():
    for text in ("Some of the strongest criticism was of his support of a permitting bill that critics said would "
                 "have limited public participation in the permitting process.",
                 "It\u2019s a milestone that also signals the campaign becoming more competitive.",
                 "The Marine Corps announced it quietly."):
        assert indirect_rows(text) == [], text
    # a demonstrative "that" names the speaker
    assert [r["speaker"] for r in indirect_rows(
        "And that report says the coronavirus is really bad.")] == ["that report"]
    assert [r["speaker"] for r in indirect_rows(
        "That original seven-page complaint alleged that Trump pushed a foreign power to investigate his political "
        "rival.")] == ["That original seven-page complaint"]


def test_a_noun_in_ly_is_a_subject_and_a_relative_clause_may_sit_between_it_and_the_cue():
    # AP: "family" was skipped as an adverb, leaving the possessive "Scott's", which names no one
    assert [(r["text"], r["speaker"]) for r in indirect_rows("Brown's family said the officers lied.")] == [
        ("the officers lied", "Brown's family")]
    text = ("In Oklahoma, the doctor and paramedic who participated in Clayton Lockett's botched execution said they "
            "received no training, the AP's Sean Murphy reported.")
    assert [(r["text"], r["speaker"]) for r in indirect_rows(text)] == [
        ("they received no training", "the doctor and paramedic")]


def test_a_colon_before_a_quotation_ends_the_reported_clause():
    # Twitter, quoted on AllSides: the quotation after the colon is a row of its own
    raw = ("Trump, looking very red, basically admits he asked Ukrainian President Zelensky to look into Biden during "
           "call that\u2019s part of whistleblower complaint: \u201cIt was largely [about] fact that we don\u2019t "
           "want our people like VP Biden & his son creating to the corruption largely in Ukraine\u201d "
           "pic.twitter.com/2hv")
    assert rows_of(raw, ("indirect", "act")) == [
        ("indirect", "he asked Ukrainian President Zelensky to look into Biden during call that\u2019s part of "
                     "whistleblower complaint", "Trump")]


@pytest.mark.parametrize("text, content, speaker", [
    # PolNeAR train (politico 2015-11-30): a sentence adverb between the subject and a bare-form cue
    ("Proponents of the new bill, however, say it would keep enough federal safeguards in place.",
     "it would keep enough federal safeguards in place", "Proponents of the new bill"),
    # PolNeAR train (politico 2016-02-04): "Even if" opens a clause; a group "in" a place and an aside in dashes
    ("Even if Clinton can\u2019t catapult over Sanders in New Hampshire, insiders in the next two states \u2014 "
     "Nevada and South Carolina \u2014 said it\u2019s important that she close the gap somewhat.",
     "it\u2019s important that she close the gap somewhat", "insiders in the next two states"),
    # PolNeAR train (nyt 2016-03-21, usa-today 2015-11-23, politico 2016-05-31): a part of a group, the people a
    # participle names, a source "close to him"; the writer's "Still," is no part of the report
    ("And until the announcement of the eventual shutdown, most of them said they had loved working for Carrier.",
     "they had loved working for Carrier", "most of them"),
    ("Again, those surveyed said Trump was best able to handle the issue.",
     "Trump was best able to handle the issue", "those surveyed"),
    ("Still, Cruz will be re-evaluating how he approaches his colleagues, a source close to him said.",
     "Cruz will be re-evaluating how he approaches his colleagues", "a source close to him"),
    # BuzzFeed News, quoted on AllSides: the apposition names the speaker
    ("One of them, State Auditor John Dougall, told BuzzFeed News that GOP activists have been encouraging him.",
     "GOP activists have been encouraging him", "State Auditor John Dougall"),
    # AllSides: the time of the act is no part of the speaker
    ("The director in July said she did bungle top secret information.",
     "she did bungle top secret information", "The director"),
    # a group named by a participle is a speaker
    ("But developing countries say they will be left behind by restrictions.",
     "they will be left behind by restrictions", "developing countries"),
])
def test_subjects_the_missed_polnear_reports_showed(text, content, speaker):
    assert [(r["text"], r["speaker"]) for r in indirect_rows(text)] == [(content, speaker)]


def test_second_reports_after_an_act_of_the_same_speaker():
    # PolNeAR train (west-journal 2015-12-12): "summed up Clinton as" and "her record as secretary of state" hold
    # no subordinate "as"; the report after "and said" is Trump's
    raw = ("Trump further summed up Clinton as \u201cterrible,\u201d denounced her record as secretary of state and "
           "said she should not even be allowed to run for office due to the email scandal engulfing her.")
    assert rows_of(raw, ("indirect", "act")) == [
        ("indirect", "she should not even be allowed to run for office due to the email scandal engulfing her",
         "Trump")]
    # PolNeAR train (usa-today 2016-08-10): after "Last month," the subject is found; the writer's apposition
    # that sums up the report ends it
    text = ("Last month, FBI Director James Comey called Clinton's use of private email servers \"extremely "
            "careless,\" but said she should face no criminal charges, a recommendation Attorney General Loretta "
            "Lynch adopted.")
    assert [(r["text"], r["speaker"]) for r in indirect_rows(text)] == [
        ("she should face no criminal charges", "FBI Director James Comey")]
    # PolNeAR train (politico 2016-05-05): "did give ..., saying", and a second speaker's report after ", but"
    text = ("Ryan spoke to reporters. The Wisconsin Republican did give Trump some credit during the interview, "
            "saying he should be congratulated for the success of his campaign, but he suggested the reality TV "
            "star is no Ronald Reagan.")
    assert [r["text"] for r in indirect_rows(text)] == [
        "he should be congratulated for the success of his campaign", "the reality TV star is no Ronald Reagan"]


def test_no_speaker_from_a_participle_a_pronoun_contraction_or_the_writer_s_us():
    for text in ("If we\u2019ve learned nothing else, it\u2019s that political elites shouldn\u2019t be so arrogant as "
                 "to assume they can predict future elections.",
                 "But CBS's John Dickerson nonetheless did a fine job, asking productive follow-up questions and "
                 "mostly sticking to the substance.",
                 "Just about all of us believe we have the right to live our lives as we see fit."):
        assert indirect_rows(text) == [], text


def test_the_head_before_who_is_the_subject_not_the_object_of_the_relative_clause():
    # AllSides (USA TODAY 2018-06-26): "Trump's travel ban" had been given the judges' words
    text = ("Most of the judges who issued rulings on Trump's travel ban said his statements as a candidate, "
            "president-elect and president were relevant.")
    assert one(text) == ("his statements as a candidate, president-elect and president were relevant",
                         "indirect:X-said-that", "Most of the judges")
    assert one("Republicans who oppose the bill said it would fail.")[2] == "Republicans"


def test_a_compound_noun_is_no_cue():
    # AllSides (USA TODAY 2018-06-26): "appeals" in "appeals courts" had been read as a verb with a subject
    text = ("The case reached the Supreme Court from two liberal federal appeals courts \u2014 the 9th, based in San "
            "Francisco, and the 4th, based in Richmond, Virginia.")
    assert indirect_rows(text) == []


def test_there_after_the_cue_is_the_place_and_a_closed_quotation_keeps_its_mark():
    # AllSides (NPR 2013-04-08): the report had opened with "there" and lost the closing mark of its quotation
    text = ('President Obama declared there that opponents of tougher gun measures have "ginned up fears among '
            'responsible gun owners."')
    assert one(text) == ('opponents of tougher gun measures have "ginned up fears among responsible gun owners."',
                         "indirect:X-said-that", "Obama")
    assert one("Obama said there is no reason to wait.")[0] == "there is no reason to wait"


def test_read_and_praise_with_an_object_report_nothing():
    # AllSides (USA TODAY 2018-06-26): the texts read and what was praised are the writer's account of an act
    assert indirect_rows("The court's four liberal justices dissented, and Justices Stephen Breyer and Sonia "
                         "Sotomayor read excerpts from the bench, a rare occurrence.") == []
    rows = document_quotes('Chief Justice John Roberts wrote the opinion. Throughout his opinion, Roberts praised '
                           'the administration\'s "comprehensive" review of "every single" country\'s vetting '
                           'procedures.')
    assert [r["kind"] for r in rows if r["kind"] in ("indirect", "act")] == []
    # the subject's next act still reports (AllSides: "praised the agreement and suggested that ...")
    text = ("Syrian President Bashar Assad, who has depended on Iran's support while waging a brutal civil war, "
            "praised the agreement and suggested that the lifting of sanctions against Tehran would result in more "
            "aid for his regime.")
    assert one(text) == ("the lifting of sanctions against Tehran would result in more aid for his regime",
                         "indirect:and-said", "Syrian President Bashar Assad")


@pytest.mark.parametrize("text, content, speaker", [
    # AllSides (Fox News 2013-04-08): the advocates' report had been missed, so the "They" after it stayed unresolved
    ("The current system covers only sales handled by federally licensed gun dealers, with gun-control advocates "
     "saying the country needs to do more to keep weapons out of the hands of criminals and the mentally ill.",
     "the country needs to do more to keep weapons out of the hands of criminals and the mentally ill",
     "gun-control advocates"),
    # AllSides: an opening phrase ends at its comma
    ("Still, with Mr. Obama saying his policies were on the ballot, voters sent the clearest signal of "
     "dissatisfaction to him.", "his policies were on the ballot", "Obama"),
    # AllSides: a second such phrase ends the first
    ("Meanwhile, his rivals wasted no time weighing in, with Jeb Bush tweeting that Trump \u201cis unhinged\u201d "
     "and Carly Fiorina calling the proposal an \"overreaction.\"", "Trump \u201cis unhinged\u201d", "Jeb Bush"),
])
def test_with_and_a_noun_phrase_and_a_participle_reports(text, content, speaker):
    (r,) = indirect_rows(text)
    assert (r["text"], r["rule"], r["speaker"]) == (content, "indirect:with-saying", speaker)


def test_with_and_a_participle_that_reports_no_clause_gives_no_row():
    for text in ("It ended with the man saying Sullivan should not be a senator.",
                 "With all precincts reporting, Clinton held a 1,923 vote lead over Bernie Sanders.",
                 "A recovery that looked strong sputtered last month, with the economy adding a mere 69,000 jobs in "
                 "May.",
                 "Back home, there is a growing sense of the threat, with two-thirds of people calling it a serious "
                 "threat.",
                 "The race has been locked in place, with each side hoping to win over a small slice of the "
                 "electorate that is still undecided."):
        assert [r for r in indirect_rows(text) if r["rule"] == "indirect:with-saying"] == [], text


def test_they_after_with_and_a_group_noun_saying():
    # AllSides (Fox News 2013-04-08): "They also say" had stayed an unresolved pronoun
    text = ("The current system covers only sales handled by federally licensed gun dealers, with gun-control "
            "advocates saying the country needs to do more.\n\nThey also say the checks and records are the best "
            "ways to ensure those would-be gun buyers' histories are researched.")
    assert [r["speaker"] for r in indirect_rows(text)] == ["gun-control advocates", "gun-control advocates"]


def test_after_a_passive_the_participle_is_the_agent_s_of_the_clause_after_it():
    # AllSides (2020-05-13): "Schumer's resolution" had been the speaker of Braun's words
    text = ("Schumer's resolution was quickly defeated when Republican Indiana Sen. Mike Braun blocked it, saying "
            "CDC's guide would bog down the economy.")
    assert one(text) == ("CDC's guide would bog down the economy", "indirect:saying", "Mike Braun")
    assert one("He was defeated in the primary, saying he would run again.")[2] == "He"


def test_a_verb_in_ing_after_kept_or_ended_up_reports_for_its_subject():
    # AllSides (CNN 2018-07-13): "ended up denying that ..." had given no row, and the object of "criticized"
    # inside it (a name and the writer's ", the day after ...") had been a report of its own
    text = ("Trump ended up denying that he criticized British Prime Minister Theresa May , the day after a British "
            "tabloid published an interview with him in which he did just that.")
    assert one(text) == ("he criticized British Prime Minister Theresa May", "indirect:kept-saying", "Trump")
    # AllSides: a noun phrase after the cue, or a "that" far from it, is no report
    assert indirect_rows("If Warren's video was meant to be persuasive, it sadly ended up confirming her farce.") == []
    assert indirect_rows("The evidence showed that Secretary Ross started asking about a citizenship question shortly "
                         "after being confirmed.") == []


def test_a_dash_and_the_writer_s_statement_noun_end_a_report():
    # AllSides (2012-07-02): "— a charge now backed by a CBS report ..." is the writer's
    text = ("After the decision was announced, many conservatives began claiming that Roberts switched his vote "
            "midway through deliberations \u2014 a charge now backed by a CBS report that Roberts changed his mind.")
    assert one(text) == ("Roberts switched his vote midway through deliberations", "indirect:kept-saying",
                         "many conservatives")


def test_a_participle_after_a_quotation_that_names_the_object_reports():
    # AllSides (CNN 2018-07-13): the object, its naming and the report had been one row
    text = ('Donald Trump spoke. He dismissed the interview, conducted by a Rupert Murdoch-owned publication, as '
            '"fake news" saying it didn\'t include his comments praising May.')
    assert [(r["text"], r["rule"], r["speaker"]) for r in indirect_rows(text)] == [
        ("it didn't include his comments praising May", "indirect:saying", "Donald Trump")]


def test_two_participles_joined_by_and_are_two_reports():
    # AllSides (Fox News 2018-07-13): the two reports and "and suggesting" between them had been one row
    text = ('Trump also sought to ease tensions over his interview comments, saying he "didn\'t criticize the prime '
            'minister" and suggesting the article left out the "tremendous things" he said about May.')
    assert [(r["text"], r["speaker"]) for r in indirect_rows(text)] == [
        ('he "didn\'t criticize the prime minister"', "Trump"),
        ('the article left out the "tremendous things" he said about May', "Trump")]
    # AllSides (2020): after an object, both participles report ("citing new research and saying ...")
    text = ("Dr Fauci has defended his earlier comments on masks, citing new research and saying it was due to "
            "concerns over scarcity at the time for healthcare providers.")
    assert [r["text"] for r in indirect_rows(text)] == [
        "his earlier comments on masks", "new research",
        "it was due to concerns over scarcity at the time for healthcare providers"]


def test_a_naming_after_a_reported_clause_ends_it():
    # AllSides: ', calling ...' after a reported clause had taken the whole report away
    assert [(r["text"], r["speaker"]) for r in indirect_rows(
        'Clinton said the U.S. "strongly condemns" the bus bombing, calling it a "terrorist attack."')] == [
        ('the U.S. "strongly condemns" the bus bombing', "Clinton")]
    text = ('In his letter Thursday, Holder said he appreciates Issa\'s "narrowed" request for information, calling it '
            '"an important step forward" and noting the department has "repeatedly expressed concern."')
    assert [r["text"] for r in indirect_rows(text)] == [
        'he appreciates Issa\'s "narrowed" request for information',
        'the department has "repeatedly expressed concern."']


def test_a_verb_of_inference_with_no_agent_reports_nothing():
    # AllSides (Politico 2017-10-13): "recent days" had been the speaker of the writer's inference
    for text in ("The intense lobbying in recent days suggests that the idea of enhancing U.S. law is not necessarily "
                 "being embraced by the affected foreign leaders.",
                 "And that information suggests the coronavirus is really bad."):
        assert indirect_rows(text) == [], text
    assert one("Officials over the past weeks suggested that the idea is dead.")[2] == "Officials"


def test_a_claim_noun_and_that_open_the_report_after_them():
    # AllSides (Politico 2017-10-13): "his longtime claim that" had been part of the report
    text = ('Donald Trump spoke. He reiterated his longtime claim that "the Iran deal was one of the worst and most '
            'one-sided transactions the United States has ever entered into" and accused Iran of violating the deal.')
    assert [(r["text"], r["rule"]) for r in indirect_rows(text)] == [
        ('"the Iran deal was one of the worst and most one-sided transactions the United States has ever entered '
         'into"', "indirect:X-said-that"), ("Iran of violating the deal", "indirect:and-said")]
    # a claim rejected is another's: it keeps its noun
    assert [r["text"] for r in indirect_rows("He rejected the claim that he lied.")] == ["the claim that he lied"]


def test_what_x_said_about_has_no_content_after_the_cue():
    # AllSides (NPR 2012-08-31): the relative clause after "the speech that" had been the organisation's report
    assert indirect_rows("That analysis is cheery compared to what the organization said about the acceptance "
                         "speech that GOP vice presidential nominee Paul Ryan gave on Wednesday.") == []


def test_what_x_said_was_is_still_a_report_and_a_relative_that_after_a_proposal_is_no_claim():
    # AllSides: the report of "what his aides said was ..." starts at its verb (its subject is the gap)
    assert [r["speaker"] for r in indirect_rows(
        "He arrived in Seoul in what his aides said was a sign of the U.S. commitment to its ally.")] == ["his aides"]
    # AllSides: "floated a proposal that would make ..." names the proposal; a "that" before a verb is relative
    text = "Sen. Kamala Harris has floated a proposal that would make local strategies apply to federal housing."
    assert one(text)[0] == "a proposal that would make local strategies apply to federal housing"
    # an organisation is someone, not a thing ("the administration indicated his regime is ...")
    assert one("The administration indicated his regime is a political reality.")[2] == "The administration"


def test_expressing_hope_that_reports_and_follows_a_praise():
    # seed 003: the praise is an act, the hope after it a report
    text = ("Italy's Prime Minister Giorgia Meloni echoed the call for unity, praising Zelenskyy's \u201cconsistently "
            "constructive approach\u201d and expressing hope that Russia would make a \u201cconcrete contribution\u201d "
            "to future diplomatic efforts.")
    assert [(r["text"], r["rule"]) for r in indirect_rows(text)] == [
        ("Russia would make a \u201cconcrete contribution\u201d to future diplomatic efforts", "indirect:saying")]
    assert one("The senator expressed concern that the bill would fail.")[0] == "the bill would fail"
    assert indirect_rows("The senator expressed concern about the bill.") == []


def test_went_on_to_say_reports_for_the_subject_of_went():
    # AllSides (Senate impeachment trial, 2020-01): 'she went on to say that she didn't "understand ..."' had no
    # row; "the Maine Republic" (a newspaper) had been the person she stood for
    text = ('"I am open to witnesses," Collins told the Maine Republic. Oddly enough, though, she went on to say that '
            'she didn\'t "understand is why the House did not seek to enforce those subpoenas in court."')
    (r,) = indirect_rows(text)
    assert (r["text"][:20], r["mention"], r["speaker"]) == ("she didn't \"understa", "she", "Collins")
    # AllSides (2012 jobs report): "He went on to say that the numbers were bad." had no row
    assert [(r["text"], r["speaker"]) for r in indirect_rows(
        "Mitt Romney spoke in Ohio. He went on to say that the numbers were bad.")] == [
        ("the numbers were bad", "Mitt Romney")]
    # (a verb of carrying on alone still skips: "continued to insist that")
    assert one("Obama continued to insist that the economy was healing.")[2] == "Obama"


def test_a_statement_its_subject_issued_saying_a_clause_reports_it():
    # AllSides (2018, Copperfield; 2013, Hutchinson): "X released a statement saying ..." had no row
    text = ("Before the story published, Copperfield released a statement saying he supports the Me Too movement but "
            "cautioned against rushing to judgment about false allegations.")
    assert [(r["speaker"], r["rule"]) for r in indirect_rows(text)] == [("Copperfield", "indirect:statement-saying")]
    assert [(r["text"], r["speaker"]) for r in indirect_rows(
        "The White House issued a statement Tuesday saying the report was fine.")] == [
        ("the report was fine", "White House")]
    # (a document that asks for or does something reports no clause; a tweet someone else wrote is not the
    # subject's: "responded to a tweet saying")
    assert indirect_rows("Sen. Chuck Grassley also sent letters requesting the notes Comey wrote.") == []
    assert indirect_rows("The mayors of San Francisco and Seattle issued statements announcing bans on the spending "
                         "of public funds for employees to travel to Indiana.") == []
    assert indirect_rows("Trump responded to a tweet saying he was weak.") == []


def test_a_report_ends_before_while_and_another_speaker_s_verb():
    # AllSides (steel tariffs, 2018-03-02): Canada's report ran on into the European Union's vow
    text = ("Canada \u2014 the biggest foreign supplier of steel to the U.S. \u2014 said the measures were unacceptable "
            "while the European Union vowed to \u201c react firmly\u201d with World Trade Organization-compliant "
            "countermeasures in the next few days.")
    assert [(r["text"], r["speaker"]) for r in indirect_rows(text)] == [
        ("the measures were unacceptable", "Canada"),
        ("to \u201c react firmly\u201d with World Trade Organization-compliant countermeasures in the next few days",
         "European Union")]


def test_a_document_as_subject_is_a_speaker_named_by_its_author():
    # "The statement said" had no row ("statement" was skipped as in "X, in a statement, said")
    assert [(r["mention"], r["speaker"]) for r in indirect_rows(
        "The White House issued a statement on Friday. The statement said the president was saddened.")] == [
        ("The statement", "White House")]
    assert [r["speaker"] for r in indirect_rows(
        "The senator, in a statement, said he was sad. A White House statement said the talks had ended. "
        "The Justice Department statement said the men were charged.")] == [
        "The senator", "White House", "Justice Department"]


def test_a_statement_the_sentence_does_not_state_and_a_plural_after_a_number_report_nothing():
    # AllSides (Politico 2019-09-26): "offered a warning to the undecided freshmen" was a report
    assert indirect_rows("Rep. Henry Cuellar (D-Texas), who survived the Democratic wipeout in the 2010 midterms, "
                         "offered a warning to the undecided freshmen in the room.") == []
    assert one("The senator offered a warning that the bill would fail.")[0] == "the bill would fail"
    # (a position taken on a statement stays a report: "rejected the proposal")
    assert one("Zelensky rejected the proposal.")[0] == "the proposal"
    # AllSides (Reason 2020-04-25): "nine calls were about ..." had "nine" as the speaker of the quote after it
    text = ('And while this time, nine calls were about possible Lysol exposure and ten about bleach, last year\'s calls '
            'contained "no cases reported about Lysol exposure and only two were specifically in regards to bleach."')
    assert [r["speaker"] for r in document_quotes(text) if r["kind"] == "partial"] == [""]


def test_a_report_inside_a_relative_clause_ends_at_a_colon():
    # AllSides (Vox 2018-03-02, quoting NBC News): the report ran on into the writer's list after the colon
    text = ("A trifecta of events had set him off in a way that two officials said they had not seen before: Hope "
            "Hicks' testimony to lawmakers, conduct by his embattled attorney general and the treatment of his "
            "son-in-law by his chief of staff.")
    assert [(r["text"], r["speaker"]) for r in indirect_rows(text)] == [("they had not seen before", "two officials")]
    # (a relative clause with no gap reports the whole clause: "in which she alleged -- among other things -- that")
    text = ("The first was a series of interviews by Omarosa Manigault Newman, in which she alleged -- among other "
            "things -- that she had been offered money to stay silent.")
    assert indirect_rows(text)[0]["text"].endswith("she had been offered money to stay silent")


def test_a_question_s_topic_a_request_a_writer_s_participle_and_a_concession_are_no_report():
    # AllSides (Breitbart 2018-04-25): "Pollak asked Cruz about possible solutions to ..." was a report
    assert indirect_rows("Pollak asked Cruz about possible solutions to censorship on Facebook.") == []
    # The Christian Science Monitor (2019-09-26): "asked the Ukrainian president ... for help" is a request
    assert indirect_rows("It charges Mr. Trump used his office when he asked the Ukrainian president in a July phone "
                         "call for help investigating former Vice President Joe Biden.") == []
    # (a request with its infinitive, and a question, still report)
    assert one("Valdez asked the crowd to join her in a moment of silence for cops killed in the line of duty.")[0] \
        == "the crowd to join her in a moment of silence for cops killed in the line of duty"
    assert one("Reporters asked Trump about whether he would fire Mueller.")[0] \
        == "Trump about whether he would fire Mueller"
    # CNN (2018-04-25): the writer's participle after a dash is no part of Macron's report
    text = ("Macron, emerging as Europe's most dynamic leader, said the United States and France were locked in this "
            "special relationship -- using a term long adopted by America and Britain to define their close ties.")
    assert one(text)[0] == "the United States and France were locked in this special relationship"
    # The Christian Science Monitor (2016-09-05): ", though ..." after "according to X," is the writer's
    text = ("Today, unions cover only 11 percent of US workers, according to Pew Research, though their raw numbers "
            "have risen a bit in recent years.")
    assert [(r["text"], r["speaker"]) for r in indirect_rows(text)] == [
        ("Today, unions cover only 11 percent of US workers", "Pew Research")]


def test_a_name_given_a_writer_s_without_a_carrying_on_and_a_maintained_noun_phrase_are_no_report():
    # AllSides (2015-02-12): ", called the Houthis," had been read as '..., said X'
    assert indirect_rows("When a radical Shiite Muslim group, called the Houthis, seized Yemen's capital city last "
                         "year, it marked a dangerous phase for a country plagued by violent chaos.") == []
    # CNN (2015-02-12): "without elaborating" is the writer's note on Campbell's answer
    text = ('"I have provided options," Campbell said, adding that he "absolutely" favored the options without '
            'elaborating on their specificity.')
    assert [r["text"] for r in indirect_rows(text)] == ['he "absolutely" favored the options']
    # Breitbart (2015-02-12): "the country continues to fall apart" is no closing attribution
    assert indirect_rows("Despite President Obama claiming in September that the strategy has been a success, the "
                         "country continues to fall apart.") == []
    # CNN (2015-02-12): "maintains" reports a clause only
    assert indirect_rows("Beyond Kabul and Bagram, the U.S. still maintains tactical advise and assist teams in "
                         "Mazar-i-Sharif, Herat and Kandahar.") == []
    assert one("Trump has maintained the pact would undermine the U.S. economy.")[0] \
        == "the pact would undermine the U.S. economy"


def test_a_time_phrase_before_that_and_but_has_with_a_second_verb():
    # Fox News (2012-11-02): "all along that" and "shortly after taking office that" had opened the reports, and
    # ", but has argued that" had stayed inside the first
    text = ("Obama has said all along that there's more work to do, but has argued that electing Romney would turn "
            "back the clock on the recovery.")
    assert [(r["text"], r["speaker"]) for r in indirect_rows(text)] == [
        ("there's more work to do", "Obama"), ("electing Romney would turn back the clock on the recovery", "Obama")]
    assert one("Still, the president said shortly after taking office that failing to right the economy in three "
               "years would mean a one-term proposition.")[0] \
        == "failing to right the economy in three years would mean a one-term proposition"


def test_another_account_of_a_report_at_its_end_is_no_part_of_it():
    # NPR (2013-08-01): ", as The Two-Way reported Wednesday" had been part of the Guardian's report
    text = ('The Guardian suggested that the program could give an analyst access to "nearly everything a typical user '
            'does on the Internet" \u2014 including Americans and foreigners, as The Two-Way reported Wednesday.')
    assert one(text)[0].endswith("including Americans and foreigners")


def test_a_denial_with_an_adverb_and_the_subject_s_next_act_are_no_report():
    # Politico (2019-02-25): "he hasn't specifically said if ..." had been a report of "hasn't"
    assert indirect_rows("Still, he hasn't specifically said if he would support the Democratic resolution.") == []
    # The Hill (2020-03-11): ", and previewed some of his questions for Biden" is the writer's account of an act
    assert one("Sanders said he looked forward to advocating for his progressive agenda during the debate on Sunday, "
               "and previewed some of his questions for Biden.")[0] \
        == "he looked forward to advocating for his progressive agenda during the debate on Sunday"
    # Politico (2019-02-25): "sent talking points" is no "points to"
    text = ('Separately, House Minority Whip Steve Scalise sent talking points to the GOP caucus on Monday that say '
            'Trump is specifically working to address a crisis.')
    assert all("talking" not in r["speaker"] for r in indirect_rows(text))


def test_a_report_with_a_quotation_closed_before_according_to():
    # USA Today (2016-08-30): the report ran on into ', according to immigration attorney Jacob Monty', and the
    # quotation inside it had been given to Monty
    text = ('Trump said his solution for how to deal with 11 million people in the country illegally "must be '
            'something that respects border security but deals with this in a humane and efficient manner," according '
            'to immigration attorney Jacob Monty, who attended the meeting.')
    rows = [r for r in document_quotes(text) if r["kind"] in ("indirect", "partial")]
    assert [(r["kind"], r["speaker"]) for r in rows] == [("indirect", "Trump"), ("partial", "Trump")]
    assert rows[0]["text"].endswith('in a humane and efficient manner,"')


@pytest.mark.parametrize("text, kind, content, speaker", [
    # the noun-phrase object of a speech act: an act toward something, not a statement
    ("In a Colorado Senate debate on Wednesday, GOP Rep. Cory Gardner demanded action amid Republican calls for a "
     "travel ban covering the epicenter of Ebola in West Africa.", "act",
     "action amid Republican calls for a travel ban covering the epicenter of Ebola in West Africa", "Cory Gardner"),
    ("Earlier in the day, Mr Trump criticised the mayor of London.", "act", "the mayor of London", "Trump"),
    ("Any measure passed would then go to the Republican-led House, where GOP leaders have indicated resistance to "
     "the kind of proposals sought by Obama.", "act", "resistance to the kind of proposals sought by Obama",
     "GOP leaders"),
    # the same cues with a clause, a request, a description or a charge: reports
    ("In a speech lasting nearly 20 minutes, the French leader called on fellow leaders to \"fight for peace\".",
     "indirect", "fellow leaders to \"fight for peace\"", "the French leader"),
    ("White House Counselor Kellyanne Conway weighed in too, accusing Pelosi of throwing a \"temper tantrum\".",
     "indirect", "Pelosi of throwing a \"temper tantrum\"", "Kellyanne Conway"),
    ("Sen. John Thune, R-S.D., who flagged the obscure rule change after it was filed in the Federal Register, "
     "blasted the exemption as \"crony capitalism at its worst.\"", "indirect",
     "the exemption as \"crony capitalism at its worst.\"", "John Thune"),
    ("The National Republican Senatorial Committee is demanding that Reid pay back campaign contributions Menendez "
     "made to the Nevada Democrat during Reid's 2010 campaign.", "indirect",
     "Reid pay back campaign contributions Menendez made to the Nevada Democrat during Reid's 2010 campaign",
     "National Republican Senatorial Committee"),
    ("On the campaign trail, Trump has proposed changing U.S. libel laws so that politicians can more easily sue "
     "journalists.", "indirect", "changing U.S. libel laws so that politicians can more easily sue journalists",
     "Trump"),
    ("Trump asks one of the girls in the video if she's \"going up the escalator.\"", "indirect",
     "one of the girls in the video if she's \"going up the escalator.\"", "Trump"),
    # (and "disputed the claim that ...": an act toward another's claim)
    ("Watts disputed the claim that silencers are necessary to protect from hearing loss, pointing out that \"the "
     "military uses ear protection, not silencers, to protect soldiers' hearing.\"", "indirect",
     "\"the military uses ear protection, not silencers, to protect soldiers' hearing.\"", "Watts"),
])
def test_the_object_of_a_speech_act_is_an_act_and_a_clause_is_a_report(text, kind, content, speaker):
    rows = [r for r in document_quotes(text) if r["text"] == content]
    assert [r["kind"] for r in rows] == [kind]
    assert speaker in rows[0]["speaker"]


def test_a_disputed_claim_is_an_act_and_the_point_made_against_it_a_report():
    text = ("Watts disputed the claim that silencers are necessary to protect from hearing loss, pointing out that "
            "\"the military uses ear protection, not silencers, to protect soldiers' hearing.\"")
    assert [(r["kind"], r["text"][:20]) for r in document_quotes(text) if r["kind"] in ("indirect", "act")] == [
        ("act", "the claim that silen"), ("indirect", '"the military uses e')]


@pytest.mark.parametrize("text, content", [
    ("Heller's office told The Hill the senator \"will not support any plan that creates a federal gun registry.\"",
     "the senator \"will not support any plan that creates a federal gun registry.\""),
    ("Corker did not regret either of those statements on Tuesday, telling Good Morning America: \"I don't make "
     "comments that I haven't thought about.\"", None),
])
def test_a_that_inside_a_quotation_does_not_open_the_report_after_an_addressee(text, content):
    assert [r["text"] for r in document_quotes(text) if r["kind"] in ("indirect", "act")] == \
        ([content] if content else [])


def test_a_cue_word_after_a_hyphenated_participle_is_a_noun():
    text = ("GOP senators who are facing tea party-inspired challenges next year also are opposing the plan, "
            "including the defense hawk Lindsey Graham of South Carolina, who said the proposal would cause "
            "\"disproportionate harm\" to military retirees.")
    assert [(r["speaker"], r["text"][:30]) for r in document_quotes(text) if r["kind"] in ("indirect", "act")] == [
        ("Lindsey Graham", "the proposal would cause \"disp")]


@pytest.mark.parametrize("text, rows", [
    # a relative clause of the adjunct's noun reports nothing
    ("The community responded with a spirited demonstration that was marked by cheers and the honking horns of "
     "passing cars.", []),
    ("Residents in Ferguson have complained about the police response that began soon after Brown's shooting with "
     "the use of dogs for crowd control.", []),
    # a gerund after "that" opens the reported clause
    ("Peter Mansoor, a retired Army colonel and veteran of the Iraq war, said in an email exchange that renaming "
     "these bases is long overdue.", [("Peter Mansoor", "renaming these bases is long overdue")]),
    # an "according to" aside inside a report of "said"
    ("The reports, according to the AP, said Brown and his friend were believed to be two individuals who were "
     "suspected of taking a box of cigars.",
     [("The reports", "Brown and his friend were believed to be two individuals who were suspected of taking a box "
       "of cigars")]),
    # the mark that closes the quotation before a sentence is no part of it
    ("McCain added that the \"goal of this review is not to question the outcome of the election nor should it "
     "be.\" It's crucial that the country move forward with full knowledge about what happened, he said.",
     [("McCain", "the \"goal of this review is not to question the outcome of the election nor should it be.\""),
      ("McCain", "It's crucial that the country move forward with full knowledge about what happened")]),
    ("The day after the election, Priebus says, Trump told his aides in his apartment, \"Guys, I'm for everybody "
     "in this country.\" Last year, Trump boasted about the great instincts that led him.", []),
])
def test_relative_clauses_asides_and_closing_marks_around_reports(text, rows):
    assert [(r["speaker"], r["text"]) for r in document_quotes(text) if r["kind"] in ("indirect", "act")] == rows


@pytest.mark.parametrize("text, rows", [
    # a cue whose noun-phrase object is no speech act's target gives no row
    ("Former Trump lawyer Michael Cohen pleaded guilty to making false statements in a case brought by Mueller in "
     "November.", []),
    # (and the pronoun alone is the addressee of the report after it)
    ("In June 2017, Trump called McGahn at home and told him Mueller should be removed because he had conflicts of "
     "interest.", [("indirect", "Mueller should be removed because he had conflicts of interest")]),
    # a naming is a claim about the object
    ("Trump has called climate change a Chinese hoax.", [("indirect", "climate change a Chinese hoax")]),
    ("Senate Republicans called the maneuver a gimmick.", [("indirect", "the maneuver a gimmick")]),
])
def test_acts_that_are_no_speech_acts_and_namings(text, rows):
    assert [(r["kind"], r["text"]) for r in document_quotes(text) if r["kind"] in ("indirect", "act")] == rows


def test_a_time_after_the_cue_is_no_object():
    assert [r for r in document_quotes("Trump tweeted early Tuesday.") if r["kind"] in ("indirect", "act")] == []
    assert [r["text"] for r in document_quotes("Trump tweeted early Tuesday that the plan had failed.")] == [
        "the plan had failed"]


def test_polls_that_suggest_are_no_speaker():
    text = "Polls suggest Brown holds a slight edge, with a large number of voters still undecided."
    assert [r for r in document_quotes(text) if r["kind"] in ("indirect", "act")] == []


@pytest.mark.parametrize("text, rows", [
    # the writer's clause after ", but" with a subject of its own and a time phrase before its verb
    ("Tehran insists its nuclear operations peaceful, but Washington and its allies have for more than a decade "
     "accused Iran of running a clandestine program to develop a nuclear bomb.",
     [("Tehran", "its nuclear operations peaceful"),
      ("Washington and its allies", "Iran of running a clandestine program to develop a nuclear bomb")]),
    # the object of the act before ", and that": the report is the clause after it
    ("Arizona Republican Party Chairman Robert Graham confirmed the event to the AP, and that the speech would "
     "cover \"policy.\"", [("Robert Graham", "the speech would cover \"policy.\"")]),
    # "told" with only its addressee and the place
    ("\"They've got to go!\" he told the newsman on his private jet. \"They've got to go!\"", []),
])
def test_reports_from_the_read_of_the_iran_talks_and_immigration_stories(text, rows):
    got = [(r["speaker"], r["text"]) for r in document_quotes(text) if r["kind"] in ("indirect", "act")]
    assert [(sp.split("Chairman ")[-1], t) for sp, t in got] == rows


def test_a_story_told_after_its_article_reports_nothing():
    text = ("Peter Schramm, another immigrant, often told the story of his family's escape from Hungary after the "
            "failed 1958 uprising.")
    assert [r for r in document_quotes(text) if r["kind"] in ("indirect", "act")] == []


@pytest.mark.parametrize("text, rows", [
    # PolNeAR train (nyt): a number with a thousands separator does not end the opening clause at its comma
    ("While one company says there are more than 2,400 billionaires in the world, another says there are about "
     "1,800.", [("one company", "there are more than 2,400 billionaires in the world")]),
    # AllSides: the speaker is the phrase with the whole number, not its last digits ("000 troops")
    ("The bureau says there were an estimated 332,000 jobs added to payrolls in February and 138,000 added in "
     "March.", [("The bureau", "there were an estimated 332,000 jobs added to payrolls in February and 138,000 "
                               "added in March")]),
    # PolNeAR train (west-journal): a noun phrase after an opening preposition is no subject of the verb after it
    ("Alongside BLM calls for action, even a top GOP strategist said Clinton will have to choose whose side "
     "she\u2019s on.", [("top GOP strategist", "Clinton will have to choose whose side she\u2019s on")]),
    # ... but the subject of a relative clause after it is ("Unlike Mr. Obama, who said ...")
    ("Unlike Mr. Obama, who said he wanted to look forward, Mr. Romney repeatedly pointed back to the last four "
     "years.", [("Obama", "he wanted to look forward")]),
    # PolNeAR train (breitbart, nyt, wash-post): an adverb or "by" between the comma (or the verb) and the participle
    ("Trump has raised questions about Obama\u2019s birthplace and religion, falsely suggesting that Obama was born "
     "outside the United States and is a Muslim.",
     [("Trump", "Obama was born outside the United States and is a Muslim")]),
    ("Donald Trump picked up from his daughter by saying he is ready to go to work for the country.",
     [("Donald Trump", "he is ready to go to work for the country")]),
    # ... "by" before a participle with no clause after it is an act ("by calling him names"), and "without
    # saying" says nothing
    ("He confronted Trump once again, baiting the business mogul by calling him names, attacking his business "
     "ventures and accusing him of knowing nothing about policy.",
     [("He", "his business ventures and accusing him of knowing nothing about policy")]),
    ("The senator left without saying whether he would vote for the bill.", []),
    # AllSides (Pentagon): writing a check reports nothing; the closing "according to" reports the sentence
    ("Hagel, who earns $199,700 annually, will write a check to the Treasury for up to 14 days of salary, "
     "according to Pentagon press secretary George Little.",
     [("George Little", "Hagel, who earns $199,700 annually, will write a check to the Treasury for up to 14 days "
                        "of salary")]),
    # AllSides: "May" after "in" is the month, not the modal: the participle's object is a noun phrase
    ("A recovery that looked strong sputtered last month, with the economy adding a mere 69,000 jobs in May.", []),
])
def test_numbers_opening_prepositions_and_participles_after_adverbs(text, rows):
    got = [(r["speaker"], r["text"]) for r in document_quotes(text) if r["kind"] in ("indirect", "act")]
    assert got == rows


@pytest.mark.parametrize("text, rows", [
    # PolNeAR train (breitbart): a span of time after the cue before the clause's subject
    ("Cruz has said for weeks he\u2019s the only candidate in the field who can beat Trump one-on-one.",
     [("Cruz", "he\u2019s the only candidate in the field who can beat Trump one-on-one")]),
    ("Obama has argued for the past two years that the deal works.", [("Obama", "the deal works")]),
    # PolNeAR train (huff-post, Reuters): "and said" shares the subject of the first verb, an irregular one ("met"),
    # not of a participle in its object ("the 49 people killed")
    ("President Barack Obama met survivors of a gay nightclub massacre and relatives of the 49 people killed on "
     "Thursday and said the United States must act to control gun violence.",
     [("Barack Obama", "the United States must act to control gun violence")]),
    ("She has worked for years on the bill.", []),
    # AllSides (CNN, 2020; Reuters): a clause that opens with a scare quote is a report, the quote its first word
    ("Azar said \"millions\" of tests are available to states.",
     [("Azar", "\"millions\" of tests are available to states")]),
    ("Merkel said \"blinkered\" nationalism was gaining ground in Europe.",
     [("Merkel", "\"blinkered\" nationalism was gaining ground in Europe")]),
    # ... not the quoted object of an act ('writes "2017" using a sparkler', 'said "yes" to each of ...')
    ("A woman writes \"2017\" using a sparkler during New Year's Eve celebrations.", []),
    ("Nita Lowey said \"yes\" to each of a long list of possible investigative targets.", []),
    # PolNeAR train (nyt), AllSides: a semicolon after the cue closes its clause: the report is before it
    ("To win the White House, candidates probably need to capture about 40 percent of the Hispanic vote, political "
     "analysts say; in 2012, Mitt Romney stumbled with 27 percent.",
     [("political analysts", "To win the White House, candidates probably need to capture about 40 percent of the "
                             "Hispanic vote")]),
    # PolNeAR train (nyt, breitbart, usa-today): shares of the people polled as speakers
    ("On a major issue in their campaign, nearly two-thirds of Democratic primary voters said that Wall Street does "
     "more to hurt the American economy than to help it.",
     [("nearly two-thirds of Democratic primary voters", "Wall Street does more to hurt the American economy than "
                                                         "to help it")]),
    ("Two in three said they are less likely to vote Republican in November.",
     [("Two in three", "they are less likely to vote Republican in November")]),
    ("About 4 in 10 say they want the next president to have more liberal policies.",
     [("About 4 in 10", "they want the next president to have more liberal policies")]),
    # AllSides: "said that" and a time is no report ("that" is the object); "of said archive" is no cue
    ("That was a sharp increase from the 5 in 10 who said that in January.", []),
    ("Elements of said archive were under active Congressional subpoena.", []),
    # PolNeAR train (breitbart, AP): a text's issuing and its time between the text and its verb
    ("WASHINGTON (AP) \u2014 A news report published Wednesday said Defense Secretary Ash Carter used a personal "
     "email account.", [("A news report", "Defense Secretary Ash Carter used a personal email account")]),
    # AllSides (CNN, 2013): a clause that opens with a pronoun joined to its verb ("they'll")
    ("Two IRS officials have announced they'll leave their posts.",
     [("Two IRS officials", "they'll leave their posts")]),
    # ... but not one further on in a noun phrase ("maintains a listserv ... and they're using it")
    ("For his part, Mr. Dunkelman maintains a listserv of nearby neighbors and they're using it.", []),
    # AllSides (The Hill, Reuters, Slate; held-out read): "adding" a noun phrase, writing a document with its
    # owner's possessive, a verb of agreeing before an infinitive, participles after their noun: no report
    ("It also puts enormous pressure on lawmakers to reach a deal on funding the payments, adding yet another "
     "partisan battle to an already full calendar.", []),
    ("Justice Ruth Bader Ginsburg, back on the bench, wrote the court's opinion, which clarified the applicability "
     "of the prohibition.", []),
    ("Seldom do all nine justices agree to restrict the power that police and prosecutors exert over individuals.",
     []),
    ("Its unanimous decision prohibits all 50 states from imposing excessive fines on people accused or convicted "
     "of a crime.", []),
    ("He denied the claims, adding that he had done nothing wrong.", [("He", "he had done nothing wrong")]),
    # PolNeAR train (usa-today, nyt): "called" before a name and its verb names the noun before it; a document
    # after adjectives and a comma is still the document written
    ("An anti-Trump super PAC called Our Principles is ramping up its operations.", []),
    ("A spokesman called Trump a liar.", [("A spokesman", "Trump a liar")]),
    ("Hodgkinson wrote numerous letters to his hometown newspaper over the years.", []),
])
def test_after_the_cue_a_span_of_time_a_scare_quote_or_a_semicolon(text, rows):
    got = [(r["speaker"], r["text"]) for r in document_quotes(text) if r["kind"] in ("indirect", "act")]
    assert got == rows
