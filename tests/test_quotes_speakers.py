"""Speakers of quotations (analysis.quotes.speakers and the attribution rules that pick them): each case is a
real sentence of a news story with the speaker a reader gives it, and cases that must stay as they are."""

from __future__ import annotations

import pytest

from analysis.quotes import document_quotes


def rows(text: str, kinds=("direct", "partial", "indirect", "act")) -> list[dict]:
    return [r for r in document_quotes(text) if r["kind"] in kinds]


def speaker_of(text: str, quoted: str, kinds=("direct", "partial", "indirect", "act")) -> tuple[str, str]:
    """(speaker, mention) of the row whose text starts with ``quoted``."""
    found = [r for r in rows(text, kinds) if r["text"].startswith(quoted)]
    assert found, [r["text"] for r in rows(text, kinds)]
    return found[0]["speaker"], found[0]["mention"]


# --- a bracket between a name and its verb ----------------------------------------------------------------

def test_party_code_between_name_and_verb():
    text = 'Sen. Claire McCaskill (D-Mo.) said the bill "is a disaster for working families in every state."'
    assert speaker_of(text, "is a disaster") == ("Claire McCaskill", "Sen. Claire McCaskill")


def test_party_code_before_an_apposition_names_the_person_not_the_apposition():
    # PolNeAR train (wash-post 2016-07-20)
    text = ('New Jersey Gov. Chris Christie (R), a staunch Donald Trump ally, effectively acknowledged some plagiarism '
            'even as he defended Melania Trump and the campaign, saying, "Ninety-three percent of the speech is '
            'completely different than Michelle Obama\'s speech."')
    assert speaker_of(text, "Ninety-three")[0] == "Chris Christie"


def test_party_code_after_an_inverted_verb_stays():
    text = '"The bill is a disaster for every family," Sen. Claire McCaskill (D-Mo.) said on Monday.'
    assert speaker_of(text, "The bill") == ("Claire McCaskill", "Sen. Claire McCaskill")


# --- the person, not the organisation ------------------------------------------------------------------------

def test_spokesman_for_an_organisation_named_by_apposition():
    text = 'A spokesman for the State Department, John Kirby, said: "We are deeply concerned by these reports."'
    assert speaker_of(text, "We are")[0] == "John Kirby"


def test_press_secretary_title_stays_with_the_name():
    text = 'White House press secretary Jen Psaki said: "We are deeply concerned by these reports."'
    assert speaker_of(text, "We are")[0] == "Jen Psaki"


def test_apposition_after_a_name_names_the_person():
    text = '"We will respond in time," Robert Gibbs, the White House spokesman, said.'
    assert speaker_of(text, "We will")[0] == "Robert Gibbs"


# --- abbreviated titles -----------------------------------------------------------------------------------

def test_listed_title_abbreviation_does_not_cut_the_name():
    text = '"We will respond in time and with force," said Navy Cmdr. John Smith, a spokesman for the fleet.'
    assert speaker_of(text, "We will") == ("John Smith", "Navy Cmdr. John Smith")


def test_unlisted_short_abbreviation_before_a_name():
    text = 'Police Supt. Garry McCarthy said: "We will respond in time and with force."'
    assert speaker_of(text, "We will") == ("Garry McCarthy", "Police Supt. Garry McCarthy")


def test_two_abbreviations_before_a_name():
    text = '"We will respond," said Lt. Gen. Mark Hertling. He added: "That is all we can say today."'
    assert speaker_of(text, "We will")[0] == "Mark Hertling"
    assert speaker_of(text, "That is all")[0] == "Mark Hertling"


def test_a_surname_at_a_sentence_end_still_ends_the_sentence():
    # "Cruz" stands elsewhere without a dot: its full stop ends the sentence
    text = '"We will respond," said Cruz. Donald Trump said "he is a liar and a cheat." Cruz did not answer.'
    assert speaker_of(text, "We will") == ("Cruz", "Cruz")
    assert speaker_of(text, "he is a liar") == ("Donald Trump", "Donald Trump")


# --- adverbs between a subject and its verb --------------------------------------------------------------------

def test_adverb_long_between_subject_and_verb():
    # PolNeAR train (nyt 2016-04-12)
    text = ("Mr. Ryan has long said that he will support the party's nominee, even as he has taken frequent shots at "
            "Mr. Trump's comments.")
    assert speaker_of(text, "he will support", ("indirect", "act"))[0] == "Ryan"


def test_adverb_even_between_subject_and_verb():
    # PolNeAR train (huff-post 2016-06-23)
    text = ('Trump has even claimed he will enact a massive infrastructure initiative to "create the biggest '
            'economic boom in this country since the New Deal."')
    assert speaker_of(text, "create the biggest")[0] == "Trump"


# --- a sentence that ends in a colon before the quote ----------------------------------------------------------

def test_colon_after_a_sentence_without_reporting_verb():
    # PolNeAR train (huff-post 2016-04-22), with a sentence before it
    text = ('Trump said it twice. In a Fox interview later that day, Trump went even further: "If he goes '
            'forward and loses, it\'s the end of his career."')
    assert speaker_of(text, "If he goes") == ("Trump", "Trump")


def test_colon_after_a_name_and_apposition():
    # PolNeAR train (nyt 2016-06-17)
    text = ("Mark Mahaney, technology analyst at RBC Capital Markets, agreed: ''They've got a great brand, a large "
            "platform and a unique value proposition.''")
    assert speaker_of(text, "They've")[0] == "Mark Mahaney"


def test_colon_after_a_dash_and_a_name():
    # PolNeAR train (huff-post 2016-02-03, a digest of quotes under headlines)
    text = ('Pollsters agree - Carl Bialik: "One of the biggest lessons was a simple one: Keep on contacting '
            'voters as late as possible."')
    assert speaker_of(text, "One of the")[0] == "Carl Bialik"


def test_colon_after_an_opening_adjunct():
    # PolNeAR train (wash-post 2016-01-07)
    text = 'Along with the photo, he had posted: "We are not mourning, we are celebrating!"'
    assert speaker_of(text, "We are not") == ("he", "he")


def test_colon_after_a_sentence_opened_by_no_person_stays_unattributed():
    # PolNeAR train (usa-today 2015-11-24)
    text = ('The survey asks where each resident of a household was born and whether he or she is a U.S. citizen. '
            'Respondents are obliged to disclose: "When did this person come to live in the United States?"')
    assert speaker_of(text, "When did")[0] == ""


# --- he / she: the nearest subject, not the nearest name -------------------------------------------------------

def test_he_resolves_to_the_subject_not_the_object_of_the_sentence_before():
    # PolNeAR train (politico 2016-08-28): Clinton is named after Christie but is the object of his sentence
    text = ('"He\'ll appoint an attorney general who will send very clear messages about how law enforcement is to be '
            'pursued in this country," Christie added, referencing a job he\'s widely believed to want after being '
            "passed over for Trump's running mate.\n\n"
            "Asked about Trump's calling Hillary Clinton a bigot last week, Christie blamed Clinton for introducing "
            "charges of racism into the campaign.\n\n"
            '"The fact is that she\'s been the person who started this type of conversation in the campaign," he said.')
    assert speaker_of(text, "The fact is") == ("Christie", "he")


def test_he_skips_a_name_inside_a_relative_clause():
    # PolNeAR train (wash-post 2016-03-03): "Bob Dole" is named inside the apposition of Scott Reed
    text = ('Scott Reed, who managed Bob Dole\'s 1996 campaign, said "the fear is as high as it\'s ever been" in the '
            'establishment.\n\n"But I\'m amazed that people are acting surprised," he said.')
    assert speaker_of(text, "But I'm amazed") == ("Scott Reed", "he")


def test_he_after_the_only_person_stays():
    # PolNeAR train (nyt 2016-03-21): one person in the sentence before
    text = ("Mark Weddle, 55, started work at Carrier 24 years ago and earns $21 an hour running a machine that makes "
            'heat exchangers. "I have two brothers-in-law from Mexico," he said, explaining why he disagrees with Mr. '
            "Trump's anti-immigrant stance.")
    assert speaker_of(text, "I have two") == ("Mark Weddle", "he")


# --- a quotation inside a sentence without reporting verb ------------------------------------------------------

def test_quotation_in_a_sentence_without_reporting_verb_is_its_subjects():
    # PolNeAR train (nyt 2016-06-03): "labeled" is no reporting verb
    text = ("Meg Whitman, a former candidate for governor in California who now runs Hewlett Packard Enterprise, "
            "labeled Mr. Trump ''unfit to be president.''")
    assert speaker_of(text, "unfit") == ("Meg Whitman", "Meg Whitman")


def test_quotation_after_a_title_and_name_without_reporting_verb():
    # PolNeAR train (breitbart 2016-06-05)
    text = ('Dr. Muhammad Babar pondered who, without Ali, might "testify for our innocence in this season of witch '
            'hunting."')
    assert speaker_of(text, "testify")[0] == "Muhammad Babar"


def test_quotation_in_a_sentence_opened_by_it_stays_unattributed():
    # PolNeAR train (politico 2015-12-28): the words are Obama's, the sentence is about "it"
    text = ("Unions have been plotting to junk the Cadillac tax ever since it was proposed. It's the persistent pull "
            "of Obama's \"if you like your plan, you can keep it\" promise: Many of them negotiated generous "
            "employer-sponsored plans in place of increased wages, and they want to keep them.")
    assert speaker_of(text, "if you like")[0] == ""


def test_he_after_an_inverted_reporting_verb_is_its_subject():
    # PolNeAR train (politico 2016-07-11): "said Sherman" makes Sherman the subject of his sentence
    text = ("The two young reporters who raised their hands for this daunting second act are Anna Palmer and Jake "
            "Sherman, two of the most aggressive and best-sourced reporters in Washington.\n\n"
            '"I think clearly we like to break news," said Palmer, 34, a North Dakota native who broke into D.C. '
            'reporting covering K Street for Roll Call and the Legal Times.\n\n'
            "That will be true up to a point, said Sherman, a George Washington University grad whose aggressiveness "
            "has driven less energetic reporters (like me) off the Hill beat. \"If you look at Playbook, it really is "
            "just a village newspaper, and that's what it does best,\" he said.")
    assert speaker_of(text, "If you look") == ("Sherman", "he")


# --- a capitalised cue word inside a name is no verb -------------------------------------------------------------

def test_states_in_united_states_is_no_reporting_verb():
    # PolNeAR train (wash-post 2016-05-26): "States" (lemma "state") was read as the cue of "the United"
    text = ('In a wide-ranging, in-prison interview with journalist Matei Rosca last year, Lazar said he welcomed '
            'extradition to the United States and added, "I\'ll plead guilty, no problem."')
    assert speaker_of(text, "I'll plead") == ("Lazar", "Lazar")


def test_apposition_that_describes_does_not_name():
    # PolNeAR train (wash-post 2016-03-03): "a former senior adviser to Romney" describes Fehrnstrom; it was Romney
    text = 'Eric Fehrnstrom, a former senior adviser to Romney, said it has become almost "impossible for his ' \
           'opponents to catch up to him."'
    assert speaker_of(text, "impossible") == ("Eric Fehrnstrom", "Eric Fehrnstrom, a former senior adviser to Romney")


def test_inverted_apposition_stays():
    # PolNeAR train (nyt 2016-05-31)
    text = ("''I would have been all in,'' Mr. Regalado, the Republican mayor of Miami, said in his office "
            "overlooking Biscayne Bay.")
    assert speaker_of(text, "I would have") == ("Regalado", "Mr. Regalado")


def test_a_possessed_noun_after_a_quote_is_no_speaker():
    # BASIL 2010 (fox, the Park51 story): "remarks" after "his original" is a noun, not the verb of "his
    # original"; the quoted words belong to the reported clause of Bill Burton
    text = ('Then White House spokesman Bill Burton said Obama was not "backing off" his original remarks.')
    assert speaker_of(text, "backing off", kinds=("partial",)) == ("Bill Burton", "White House spokesman Bill Burton")
    # a past form or a bare form after a plural noun stays the subject's verb
    assert speaker_of('"We are not backing off," his spokesman said.', "We are") == ("his spokesman", "his spokesman")
    # AllSides (Zuckerberg's testimony): after a comma, "his statement" is the subject of "reads"
    assert speaker_of('"What we found was that bad actors had used fake accounts," his statement reads.',
                      "What we found") == ("his statement", "his statement")


def test_a_statement_from_someone_speaks_for_its_author():
    # BASIL 2010 (hpo, the Park51 story): the speaker was "a statement"
    text = ('"The First Amendment protects freedom of religion," reads a statement from Senate Majority Leader '
            'Harry Reid\'s office (D-Nev.).')
    assert speaker_of(text, "The First") == ("Senate Majority Leader Harry Reid's office",) * 2


def test_they_and_it_resolve_only_to_a_nearby_subject():
    # BASIL 2010 (fox, the Park51 story): "They say" meant the supporters of the previous sentence (a group noun
    # that opens it); it was resolved to "Fox News", the object of "he told Fox News" two paragraphs up
    text = ('"The whole question is whether they should or not," he told Fox News.\n\n'
            'Supporters of the mosque, including New York City Mayor Michael Bloomberg, say its development should '
            'stand as a testament to religious tolerance. They say it would be a mistake to equate Islam as a '
            'whole with Al Qaeda.')
    assert speaker_of(text, "it would be a mistake", kinds=("indirect", "act")) == ("Supporters", "They")
    # "it" after an organisation that is the subject of its sentence, even after "the", is that organisation
    text = ('The Heritage Foundation said it would fight the plan. It warned that the move jeopardised the new '
            'trade deal.')
    assert speaker_of(text, "the move jeopardised", kinds=("indirect", "act"))[0] == "Heritage Foundation"


# --- a quote with no reporting verb of the lists: the person its own sentence names ----------------------------

def test_name_and_verb_after_the_quote():
    # AllSides (2019): "retorted" is no listed reporting verb; the quote was the previous speaker's
    text = ('"WHERE\'S HUNTER?" Donald J. Trump asked on Twitter.\n\n'
            '"I\'m here. I\'m here and I\'m working and I\'m living my life," Hunter Biden retorted from his Los '
            'Angeles home.')
    assert speaker_of(text, "I'm here") == ("Hunter Biden", "Hunter Biden")


def test_verb_and_name_after_the_quote():
    # PolNeAR train (wash-post 2016-01-20): "remembered Roy Verley"; the nearest name before was a company's
    text = ("But her decision to champion a mega-deal with Compaq Computer in 2001 ultimately became a key reason she "
            "lost her job.\n\n"
            '"An awful lot of analysts said, \'No, don\'t do this,\' and she took it upon herself to prove them wrong," '
            "remembered Roy Verley, HP's former chief corporate spokesman.")
    assert speaker_of(text, "An awful lot") == ("Roy Verley", "Roy Verley")


def test_name_before_a_colon_in_the_quote_sentence():
    # PolNeAR train (nyt 2016-02-09): the previous speaker (Jeb Bush) was given the quote
    text = ("Jeb Bush, the former Florida governor, who has resented Mr. Rubio's glide path as he has struggled, "
            "called his rival ''totally scripted and kind of robotic.''\n\n"
            "And Mr. Christie gloated: ''I told you he wouldn't be ready.''")
    assert speaker_of(text, "I told you") == ("Christie", "Mr. Christie")


def test_new_sentence_after_a_question_names_no_speaker():
    # AllSides (2019): "She" opens a new sentence after the quote's question mark
    text = ('Europeans or Latin Americans, we are all immigrants.\n\n'
            '"Mom, can I have sprinkle cookies?" She begged for them at Trader Joe\'s over the weekend.')
    assert [r["rule"] for r in rows(text) if r["text"].startswith("Mom")] != ["same-sentence"]


def test_name_and_auxiliary_after_the_quote_is_no_speaker():
    # AllSides (2016): "Russia has been" starts the next sentence
    text = ('Russia is also the most powerful ally of the regime. In a video, the shooter is heard shouting, '
            '"Do not forget Aleppo! Do not forget Syria!" Russia has been instrumental in helping the regime.')
    assert speaker_of(text, "Do not forget")[0] != "Russia"


# --- the previous speaker, unless another person became the subject in between ----------------------------------

def test_another_subject_between_takes_the_unattributed_quote():
    # PolNeAR train (wash-post 2016-01-18): the quote was given to Sanders, the previous speaker
    text = ('"His behavior was deplorable," Sanders said of Bill Clinton.\n\n'
            "At that, Clinton nodded and smiled.\n\n"
            "Under the new dynamic, Clinton faces heavy pressure to show she can hold off Sanders's surge. Sanders is "
            "also under pressure to offer more specifics on some of his policy proposals.\n\n"
            '"I have made it clear based on Senator Sanders\'s own record that he has voted with the NRA, with the gun '
            'lobby numerous times" and against the Brady gun-control law, Clinton said.\n\n'
            '"He voted to let guns go onto the Amtrak, guns go into national parks. He voted against doing research '
            'to figure out how we can save lives."')
    assert speaker_of(text, "He voted to let")[0] == "Clinton"


def test_previous_speaker_stays_when_the_last_subject_is_the_speaker():
    # AllSides (2019): Warren is a subject in between, but the sentence before the quote is Trump's
    text = ('"Elizabeth Warren is a fraud," Trump said in June.\n\n'
            "In January, after Warren announced she was forming a presidential exploratory committee, Trump "
            "tweeted:\n\n"
            '"If Elizabeth Warren, often referred to by me as Pocahontas, did this commercial from Bighorn or Wounded '
            'Knee instead of her kitchen, it would have been a smash!"')
    assert speaker_of(text, "If Elizabeth Warren")[0] == "Trump"


def test_addressee_of_the_previous_attribution_is_no_subject_between():
    # AllSides (2019): "told CNN's Brooke Baldwin" belongs to the attribution of the quote before
    text = ('"I would beg both Houses of Congress, I would beg the American people to please look around," Jacqueline '
            "Maloney, a federal worker whose paycheck didn't arrive on Friday, told CNN's Brooke Baldwin in an "
            "emotional interview.\n\n"
            '"We might be a neighbor, your best friend, your best friend\'s mom, your aunt, your cousin. We are '
            'everywhere."')
    assert speaker_of(text, "We might be")[0] == "Jacqueline Maloney"


# --- party and state codes of initials -------------------------------------------------------------------------

def test_party_and_state_initials_end_no_sentence():
    # AllSides (2015, 2018): "(D-N.Y.)" and ", D-N.J.," cut the attribution off at their full stops
    text = ('"People ought to know that we started with an omnibus that had all the bad stuff in," Rep. Steve Israel '
            '(D-N.Y.) said at a Friday morning press conference.')
    assert speaker_of(text, "People ought") == ("Steve Israel", "Rep. Steve Israel")
    text = '"I pray for Ruth Bader Ginsburg every day," Sen. Bob Menendez, D-N.J., said Sunday.'
    assert speaker_of(text, "I pray") == ("Bob Menendez", "Sen. Bob Menendez")


def test_said_x_closing_the_sentence_the_quote_opens():
    # PolNeAR train (usa-today 2016-04-06): a quote without final punctuation, the sentence going on after it
    text = ('"He can assert it, but it seems extremely unlikely" that Sanders can catch Clinton, said Steve Elmendorf, '
            "deputy campaign manager for John Kerry's 2004 Democratic presidential campaign.")
    assert speaker_of(text, "He can assert") == ("Steve Elmendorf", "Steve Elmendorf")


def test_x_said_closing_the_sentence_the_quote_opens():
    # PolNeAR train (wash-post 2016-01-16)
    text = ("Mitchell Zuckoff wrote the book.\n\n"
            '"I think the evidence is extremely strong that the guys\' account is far more credible" than that of the '
            "CIA chief, Zuckoff said.")
    assert speaker_of(text, "I think the evidence") == ("Zuckoff", "Zuckoff")


def test_told_closing_the_sentence_names_the_addressee_not_the_speaker():
    # AllSides (2016): "told CBS News" after a long apposition
    text = ('"Like a light switch, it\'s, \'You\'re immoral, you\'re gonna raise evil children\'" Todd Stiefel, a '
            "former Catholic who now leads a nationwide campaign called Openly Secular, told CBS News.")
    assert speaker_of(text, "Like a light")[0] != "CBS News"


def test_dash_line_under_a_quote_signs_it():
    # PolNeAR train (wash-post 2016-02-05): a fact check quoting the candidates, each signed on the line below
    text = ("They do not necessarily show everything that Americans receive, be it food stamps or health insurance."
            '\n\n"The idea that I would dismantle health care in America while we\'re waiting to pass Medicare for '
            'all is just not accurate. . . . I helped write that bill [the Affordable Care Act]."\n\n- Sanders.\n\n'
            "Sanders exaggerates when he says he helped write the Affordable Care Act (ACA).")
    assert speaker_of(text, "The idea that") == ("Sanders", "Sanders")


def test_party_letter_and_state_in_brackets_end_no_sentence():
    # AllSides (WSJ, 2014): "(R., Ill.)" held a comma and a full stop before the verb
    text = ('"The limitation on the president is he\'s only got the ability to do this during his term," Rep. Peter '
            'Roskam (R., Ill.) said in an interview. "Part of our strategy is to slow this down."')
    assert speaker_of(text, "The limitation") == ("Peter Roskam", "Rep. Peter Roskam")
    assert speaker_of(text, "Part of our") == ("Peter Roskam", "Rep. Peter Roskam")


def test_credit_line_under_a_quote_signs_nothing():
    # AllSides (WSJ, 2014)
    text = ('"Part of our strategy is to slow this down."\n\n'
            "\u2014Jay Solomon and Kristina Peterson contributed to this article.")
    assert speaker_of(text, "Part of our")[0] != "Jay Solomon"


# --- a role that stands for the one person the article gives that title -----------------------------------------

def test_role_resolved_to_the_one_person_with_that_title():
    text = ('Texas Gov. Rick Perry said on Monday that he would run again. "We will win this state," the Texas '
            "governor continued.")
    assert speaker_of(text, "We will win") == ("Rick Perry", "the Texas governor")


def test_role_of_two_title_holders_stays_unresolved():
    text = ('Sen. Ted Cruz and Sen. Marco Rubio spoke in Iowa on Monday. "We will win this state," the senator '
            "said.")
    assert speaker_of(text, "We will win") == ("the senator", "the senator")


def test_vice_president_is_not_the_president():
    # AllSides (2012): "the president" is Obama, not Vice President Joe Biden
    text = ('Vice President Joe Biden spoke in Ohio. "We will not be deterred by the attacks in the Middle East," '
            "the president said.")
    assert speaker_of(text, "We will not")[0] != "Joe Biden"


def test_he_after_a_described_subject_with_a_relative_clause():
    # BASIL 2010 (hpo, NAACP and the Tea Party): "He said" was given to the "he" of the paragraph before (Ben
    # Jealous); the subject in between is Alex Poulter, described and followed by a relative clause
    text = ('NAACP President Ben Jealous spoke on Tuesday. "We have an issue with their acceptance of white '
            'supremacists," he said.\n\nTea party activist Alex Poulter, who co-founded a Kansas City-area group '
            'called Political Chips, also disputed the allegations. He said the movement is made up of a "diverse '
            'group of folks who are upset with what is going on with this country."')
    assert speaker_of(text, "diverse group", kinds=("partial",))[0] == "Alex Poulter"


def test_he_after_a_name_and_its_party_code():
    # AllSides (USA Today, Ferguson): "he said" after 'U.S. Rep. Mike Rogers, R-Michigan, also agreed'
    text = ('Democratic Rep. Lacy Clay said on "State of the Union" Sunday that the police were too militarized.\n\n'
            'U.S. Rep. Mike Rogers, R-Michigan, also agreed that the reaction of police to protests was imbalanced.\n\n'
            '"It appears that they may have reacted a little quickly on that force continuum," he said.')
    assert speaker_of(text, "It appears")[0] == "Mike Rogers"


def test_a_party_code_before_a_relative_clause_is_no_speaker():
    # BASIL 2011 (fox, AARP and Social Security): the speaker was "R-Texas"
    text = ('Sen. Kay Bailey Hutchison, R-Texas, who on Thursday unveiled her own Social Security reform package, '
            'said Friday that the AARP has marked a huge shift in the debate.')
    assert speaker_of(text, "the AARP has marked", kinds=("indirect", "act"))[0] == "Kay Bailey Hutchison"


def test_a_time_after_at_is_no_speaker():
    # BASIL 2011 (fox, AARP): "at the same time acknowledged" gave the quote to "the same time"
    text = ('The AARP pushed back Friday on a report -- but at the same time acknowledged "benefit adjustments" '
            'would be necessary to make the system solvent.')
    assert all(r["speaker"] != "the same time" for r in document_quotes(text))
    # "at least five men" is a subject
    assert speaker_of('At least five men accused him of sexual misconduct.', "him of", kinds=("indirect", "act"))[0] \
        == "At least five men"


def test_a_name_after_an_inverted_verb_with_a_verb_of_its_own_is_no_subject():
    # BASIL 2010 (fox, Steele on Afghanistan): "He called Steele's comments" went to Steele, read as the subject
    # of '..., said Steele'; Steele is the subject of the reported clause, DeMint of the sentence
    text = ('Republican senators kept up pressure on party Chairman Michael Steele to apologize for his claim.\n\n'
            'Speaking on "Fox News Sunday," Sen. Jim DeMint, R-S.C., said Steele must apologize to the troops.\n\n'
            'DeMint, who said Afghanistan is a war the United States must win, said Steele needs to "refocus" on the '
            'November election. He called Steele\'s comments "unacceptable" and "inaccurate."')
    assert speaker_of(text, "Steele's comments", kinds=("indirect", "act"))[0] == "DeMint"
    # '"...," said Ken Sena, managing director' still names the subject
    text = ('"The numbers look weak," said Ken Sena, managing director at Evercore. He added that sales fell.')
    assert speaker_of(text, "sales fell", kinds=("indirect", "act"))[0] == "Ken Sena"


def test_an_answer_named_by_its_owner_is_not_the_question_continued():
    # BASIL 2011 (hpo, Trump on Today): the answer after "His response:" was a split of Vieira's question
    text = ('Reporters asked Senator Donald Smith, "Will you run again?" Donald Smith\'s answer: "Never again, I '
            'promise you all."')
    assert speaker_of(text, "Never again")[0] == "Donald Smith"
    text = 'Host Meredith Vieira asked him, "You know this?" His response: "Well, I have people studying it."'
    assert speaker_of(text, "Well, I have")[1] == "His"


def test_the_name_before_a_description_with_a_prepositional_phrase():
    # AllSides (Washington Times, Esper): the speaker was "NSA", from "former director of the CIA and NSA"; and
    # "Randi Weingarten, president of the American Federation of Teachers" was given to the federation
    text = ('Retired Gen. Michael V. Hayden, former director of the CIA and NSA, told CNN in an interview Wednesday '
            'that Mr. Esper didn\'t do enough to keep the military out.')
    assert speaker_of(text, "Mr. Esper", kinds=("indirect", "act"))[0] == "Michael V. Hayden"
    text = ('This is part of the reason why Randi Weingarten, president of the American Federation of Teachers, '
            'believes the pandemic will push schools in the opposite direction.')
    assert speaker_of(text, "the pandemic", kinds=("indirect", "act"))[0] == "Randi Weingarten"
    # a name after a description is still the speaker ("a spokesman for the State Department, John Kirby")
    text = 'A spokesman for the State Department, John Kirby, said the talks would go on.'
    assert speaker_of(text, "the talks", kinds=("indirect", "act"))[0] == "John Kirby"


def test_an_organisation_keeps_a_title_word_of_its_name():
    # BASIL 2010 (nyt, Sestak): "The Justice Department wrote" gave the speaker "Department"
    text = "The Justice Department said the talks would go on."
    assert speaker_of(text, "the talks", kinds=("indirect", "act"))[0] == "Justice Department"


def test_a_role_resolves_to_a_name_that_carries_its_title():
    # BASIL 2011 (hpo, Weiner): "the congressman said" stayed "the congressman" after "Congressman Anthony Weiner"
    text = ('A day after telling reporters that he is not going to talk about it, Congressman Anthony Weiner (D-N.Y.) '
            'broke his silence Wednesday.\n\n"I didn\'t send that picture out," the congressman said.')
    assert speaker_of(text, "I didn't send") == ("Anthony Weiner", "the congressman")


def test_an_adverb_that_opens_a_sentence_is_no_speaker():
    # AllSides (CNN, Esper): 'Later, ... James Mattis, launched an attack on Trump, calling him "..."' was given
    # to "Later"
    text = ('Later, Wednesday Esper\'s predecessor, former Defense Secretary James Mattis, launched an attack on '
            'Trump, calling him "the first president in my lifetime who does not try to unite the American people."')
    assert all(r["speaker"] != "Later" for r in rows(text))


def test_a_party_plural_is_a_group_not_a_person():
    # BASIL 2011 (fox, the Constitution read in the House): 'he told the newspaper' after 'Nadler derided ... to
    # give Republicans claim to the document' went to "Republicans"
    text = ('"They are reading it like a sacred text," Rep. Jerrold Nadler, D-N.Y., told The Washington Post.\n\n'
            'Nadler derided what he called the "ritualistic reading" as "propaganda" intended to give Republicans '
            'claim to the document. Republicans said the reading was a tribute.\n\n'
            '"You are not supposed to worship your Constitution," he told the newspaper.')
    assert speaker_of(text, "You are not supposed")[0] == "Nadler"
    # and "they" resolves to the group
    text = ('Democrats complained the report did not include interviews with the judge. They said the FBI seemed to '
            'have been ordered to limit its review.')
    assert speaker_of(text, "the FBI seemed", kinds=("indirect", "act"))[0] == "Democrats"


def test_a_particle_after_a_cue_makes_another_verb_and_no_speaker():
    # BASIL 2011 (hpo, the Constitution read in the House): "bills put forth" read as "put", so the quote went to
    # "that all new bills", and on to three later quotes as the previous speaker
    text = ('The House GOP will reportedly make it a requirement that all new bills put forth in the legislative body '
            'include "a statement by the lawmaker who wrote it citing the constitutional authority to enact the '
            'proposed legislation."')
    assert all(r["speaker"] != "that all new bills" for r in document_quotes(text))
    text = ('He has expressed optimism about the Green New Deal, but Warren warned that it should not put forth '
            '"things that are pie in the sky."')
    assert speaker_of(text, "things that are")[0] == "Warren"


def test_he_who_asks_is_not_the_one_asked():
    # BASIL 2010 (hpo, Etheridge): "after he asked the congressman if he ..." gave the student's question to the
    # congressman; the one asked is not the asker, so "he" stays unresolved
    text = ('Rep. Bob Etheridge (D-N.C.) appeared unreceptive to the question of an anonymous reporter this weekend, '
            'when he grabbed the self-identified "student" after he asked the congressman if he "fully supported the '
            'Obama agenda."')
    assert all(r["speaker"] != "Bob Etheridge" for r in rows(text))
    # "he asked Jones" after another man still resolves
    text = 'Senator John Smith met Jones on Monday. "Are you running?" he asked Jones.'
    assert speaker_of(text, "Are you running")[0] == "John Smith"


def test_an_organisation_name_with_on_or_for_after_its_organisation_word():
    # AllSides (Politico, NSA and Verizon; Fox, immigration): "Intelligence Report", "Immigration Studies" and
    # "American Progress" were the speakers
    text = "The House Permanent Select Committee on Intelligence Report said the program was legal."
    assert speaker_of(text, "the program", kinds=("indirect", "act"))[0] \
        == "House Permanent Select Committee on Intelligence Report"
    text = "The Center for American Progress says the plan was dead."
    assert speaker_of(text, "the plan", kinds=("indirect", "act"))[0] == "Center for American Progress"
    # a person named before the description keeps the quote
    text = "Neera Tanden, president of the Center for American Progress, said the plan was dead."
    assert speaker_of(text, "the plan", kinds=("indirect", "act"))[0] == "Neera Tanden"


def test_a_capitalised_he_after_a_name_is_the_name_s_last_word():
    # AllSides (Washington Times, ZTE): "Chinese Vice Premier Liu He told" gave the speaker "He", resolved to Shah
    text = ("White House spokesman Raj Shah spoke on Monday. During the talks in Beijing, Chinese Vice Premier Liu He "
            "told Treasury Secretary Steven T. Mnuchin that China would not continue talks on trade disputes.")
    assert "Liu He" in speaker_of(text, "China would not", kinds=("indirect", "act"))[0]
    # a capitalised "I" after a capitalised word stays the pronoun: the writer's own voice, no row (not "Nothing I")
    assert rows("Let me be clear: Nothing I write here is open to debate.", ("indirect",)) == []


def test_a_verb_followed_by_who_has_no_subject():
    # AllSides (Bloomberg): "did not say who had asked" gave a row with the speaker "say"
    text = "Bloomberg did not say who had asked the agency to delay the report."
    assert all(r["speaker"] != "say" for r in rows(text))
    assert rows(text) == []
    # a relative clause after the subject keeps the subject
    text = "Smith, who had asked the ministry to delay the report, said the plan was dead."
    assert speaker_of(text, "the plan", kinds=("indirect", "act"))[0] == "Smith"


def test_a_capitalised_group_noun_is_no_surname_for_he():
    # AllSides (CBN, Comey testimony 2017): "Senators asked ..." gave "he replied" to "Senators"
    text = ('Fired FBI Director James Comey testified on Thursday.\n\n'
            '"Those were lies plain and simple," Comey bluntly told the Senate panel.\n\n'
            'Senators asked the former FBI director why he thought he was fired?\n\n'
            '"I\'m not quite sure," he replied. "But I have to take the president at his word."')
    assert speaker_of(text, "I'm not quite sure")[0] == "James Comey"


def test_quoted_as_saying_names_the_subject():
    # AllSides (Politico, shutdown 2013): "was quoted in the Philadelphia Inquirer as saying:" gave the quote
    # to Obama, named earlier in the paragraph; the role "congressman" is held by two, one in its paragraph
    text = ("Virginia Rep. Scott Rigell said the shutdown harms the military.\n\n"
            "New Jersey Rep. Frank LoBiondo, who represents an Atlantic City-area seat that Obama won by eight "
            "percentage points, has indicated that he's unhappy with the House GOP's course of action. The 10-term "
            "congressman was quoted in the Philadelphia Inquirer as saying: \"At a certain point, I'm not going "
            "to go along with it.\"")
    assert speaker_of(text, "At a certain point")[0] == "Frank LoBiondo"


def test_a_person_of_a_place_or_organisation_is_the_person():
    # AllSides: "Ted Cruz of Texas", "Mary Wareham of Human Rights Watch", "State Mike Pompeo" were speakers
    said = "the bill was dead"
    assert speaker_of(f"House Speaker Nancy Pelosi of California said {said}.", said)[0] == "Nancy Pelosi"
    assert speaker_of(f"Rep. Steve King of Iowa said {said}.", said)[0] == "Steve King"
    assert speaker_of(f"Lee Wang of The Intercept said {said}.", said)[0] == "Lee Wang"
    assert speaker_of(f"Secretary of State Mike Pompeo said {said}.", said)[0] == "Mike Pompeo"
    # an organisation with "of" in its name, and an office before "of", stay whole
    assert speaker_of(f"Bank of America said {said}.", said)[0] == "Bank of America"
    assert speaker_of(f"The Department of Justice said {said}.", said)[0] == "Department of Justice"
    assert speaker_of(f"The chief executive of Angie's List said {said}.", said)[0] == "Angie's List"
    assert speaker_of(f"California Superintendent of Public Instruction Tom Torlakson said {said}.", said)[0] \
        != "California Superintendent"


def test_a_colon_that_ends_the_paragraph_before_leads_into_the_quote():
    # AllSides (Fox, NYT endorsement 2016): the speaker of a quotation in a paragraph of its own is named in the
    # paragraph before, which ends in a colon
    text = ("The Times, likewise, said Trump can't be believed.\n\n"
            "After the newspaper's Clinton endorsement over the weekend, Trump spokesman Jason Miller issued a "
            "statement saying:\n\n"
            "\"The news that the ultra-liberal, elitist, out-of-touch New York Times would endorse Hillary "
            "Clinton is no surprise.\"")
    assert speaker_of(text, "The news that")[0] == "Jason Miller"
    text = ("Senator John Smith met Treasury Secretary Steven Mnuchin on Monday. Smith added, after meeting "
            "Mnuchin:\n\n\"It is dead.\"\n\nMnuchin said: \"Not so.\"")
    assert speaker_of(text, "It is dead")[0] == "Smith"


def test_he_after_a_subject_named_after_an_opening_adjunct():
    # AllSides (Fox, Ebola 2014): "he stressed" went to a hospital named two paragraphs before, not to Obama
    text = ("Texas Health Presbyterian Hospital said it had followed the guidelines.\n\n"
            "Medical records provided to The Associated Press showed the nurse drew blood.\n\n"
            "Also Wednesday, President Obama sought to ease fears in the U.S., urging a stepped-up response even as "
            "he stressed that the danger in the United States remained a long shot.")
    assert speaker_of(text, "the danger", kinds=("indirect", "act"))[0] == "Obama"
    # a form of "be" after the name describes it: 'according to Mr. Khan, Mr. Trump is the villain' keeps "he"
    # for the speaker named before
    text = ('Khizr Khan spoke at the convention. But according to Mr. Khan, Mr. Trump is the villain: '
            '"Donald Trump consistently smears the character of Muslims," he said.')
    assert speaker_of(text, "Donald Trump consistently")[0] == "Khizr Khan"


def test_a_nickname_in_marks_inside_an_apposition():
    # AllSides (USA Today, Flynn 2017): the speaker was the fragment "Flynn's"
    text = ('A friend of Flynn\'s, Robert "Rocky" Kempenaar, said the retired general expressed "anger" at a '
            'dinner the two of them shared that his son had been drawn into the investigation.')
    assert speaker_of(text, "the retired general", kinds=("indirect", "act"))[0].endswith("Kempenaar")


def test_a_participle_after_the_source_of_according_to_is_no_part_of_it():
    # AllSides (USA Today, Flynn 2017): "according to a court filing signed by Flynn and prosecutors" gave Flynn
    text = ("The next day, Flynn called a senior official to discuss the sanctions, according to a court filing "
            "signed by Flynn and prosecutors.")
    assert speaker_of(text, "The next day", kinds=("indirect", "act"))[0] == "a court filing"
    text = '"Go to break, go to break," an exasperated Scarborough said.'
    assert speaker_of(text, "Go to break")[0] == "Scarborough"


def test_a_quotation_right_after_a_verb_is_its_object_whatever_follows():
    # AllSides (CNN, Ebola 2014): the union's claim went to the hospital's spokeswoman named after it
    text = ('And after the union claimed "there was no one to pick up hazardous waste as it piled to the '
            'ceiling," White said the waste was "well-contained in accordance with standards."')
    assert speaker_of(text, "there was no one")[0] == "the union"
    assert speaker_of('"We will win," Trump said.', "We will win")[0] == "Trump"


def test_the_subject_of_a_clause_before_pointing_out():
    # AllSides (USA Today, Flynn 2017): the prosecutors' words went to Trump, the first name of the clause
    text = ("But in a court filing, prosecutors went out of their way to highlight the former general's close "
            "connection to Trump, pointing out that he served as a \"surrogate and national security adviser\" for "
            "his campaign.")
    assert speaker_of(text, "surrogate")[0] == "prosecutors"


def test_an_interviewer_between_the_subject_and_its_verb_is_no_speaker():
    # AllSides (Politico, Ferguson 2014): "Nixon in an interview with CNN said" gave the report to CNN
    text = "Speaking after Obama, Nixon in an interview with CNN said he appreciated the efforts."
    assert speaker_of(text, "he appreciated", kinds=("indirect", "act"))[0] == "Nixon"


def test_age_and_home_town_after_a_name():
    # AllSides: "Cummings, from Lamoni, Iowa, said" and "Janice Adkison, 52, of Florida, who said" gave the state
    assert speaker_of("Cummings, from Lamoni, Iowa, said he arrived at 6 a.m.", "he arrived",
                      kinds=("indirect", "act"))[0] == "Cummings"
    assert speaker_of("That was enough for supporters like Janice Adkison, 52, of Florida, who said the night went "
                      "well.", "the night", kinds=("indirect", "act"))[0] == "Janice Adkison"
    assert speaker_of("Adam Blann, 37, of Carson City, Nevada, said he does not favor the protests.", "he does",
                      kinds=("indirect", "act"))[0] == "Adam Blann"
    # an apposition that names the person stays
    assert speaker_of("The chairman, John Smith, said it was over.", "it was", kinds=("indirect", "act"))[0] == "John Smith"


def test_two_capitalised_words_joined_by_and_in_a_speaker_phrase():
    # BASIL 45bd61bc (2010, the Manhattan mosque): the speaker was "Senate candidates"
    text = ("In a number of releases and statements, Republican House and Senate candidates challenged Democrats "
            "like Mr. Reid to make their positions clear.")
    assert speaker_of(text, "Democrats like", kinds=("indirect", "act"))[0] == "Republican House and Senate candidates"


def test_a_party_code_as_an_apposition_names_the_person_before_it():
    # BASIL 85475456 (2010, Blumenthal): "Sen. Bob Menendez, D-NJ, Tuesday offered ..., saying" gave "D-NJ"
    text = ("Cornyn's Democratic campaign counterpart, Sen. Bob Menendez, D-NJ, Tuesday offered a critical vote of "
            "confidence in the attorney general, saying his lifetime of support for veterans is what really matters.")
    assert speaker_of(text, "his lifetime", kinds=("indirect", "act"))[0] == "Bob Menendez"


def test_at_least_one_before_a_relative_clause_is_the_subject():
    # BASIL 74708dbf (2010, Steele): the insider's words went to Steele, named in the relative clause
    text = ("At least one GOP insider who had direct contact with Steele told the Washington Post that the chairman "
            "would indeed be seeking another term atop the RNC.")
    assert speaker_of(text, "the chairman", kinds=("indirect", "act"))[0] == "At least one GOP insider"


def test_an_ing_cue_after_its_own_subject_names_the_speaker():
    # BASIL 2011 (HuffPost, Bachmann's Newsweek cover): the blogger's question went to Bachmann, the person
    # nearest to it
    text = ('Conservative websites are already crying foul over the cover, with some saying it makes Bachmann '
            'look "crazy" and one blogger asking, "Can anyone really say with a straight face that the mainstream '
            'media is not totally biased against conservatives?"')
    assert speaker_of(text, "Can anyone really say") == ("one blogger", "one blogger")
    # after a comma the -ing cue is the main clause subject's ('..., saying: "..."')
    assert speaker_of('Smith hit back, saying: "This is a farce."', "This is a farce.") == ("Smith", "Smith")


def test_a_cue_noun_after_a_preposition_is_no_verb_of_the_clause():
    # BASIL 2010 (NYT, the tax deal): "In brief remarks" made "brief" the subject of "remarks" and the speaker
    raw = ("In brief remarks after meeting with President Bronislaw Komorowski of Poland, Mr. Obama on Wednesday "
           "emphatically disputed that Democrats generally feel betrayed by his deal with Congressional Republicans "
           "on the tax cuts, saying that \u201cthe more who look at it, the more will say this makes sense.\u201d")
    plain = raw.replace("\u201c", '"').replace("\u201d", '"')
    (r,) = [r for r in document_quotes(plain, raw) if r["kind"] == "partial"]
    assert (r["text"], r["speaker"]) == ("the more who look at it, the more will say this makes sense.", "Obama")


def test_a_reporting_verb_before_the_name_and_colon_is_no_part_of_the_name():
    # BASIL 2010 (HuffPost, the tax deal): the speaker was "Added Gibbs"
    text = 'Robert Gibbs spoke to reporters.\n\nAdded Gibbs: "No one I have ever talked to."'
    assert speaker_of(text, "No one") == ("Gibbs", "Gibbs")


def test_a_name_after_a_sentence_opening_he_that_is_no_subject_is_no_candidate():
    # BASIL 2011 (HuffPost, AARP and Social Security): "he said" went to "Social Security", the object of
    # "cutting" after the "He" that stands for Barry Rand
    text = ('AARP CEO Barry Rand later issued a statement calling the article "misleading" and claiming "AARP has '
            'not changed its position on Social Security."\n\n'
            'He said AARP remains opposed to cutting Social Security for the sake of deficit reduction and to any '
            'privatization plan. "We are currently fighting proposals to cut Social Security to pay the nation\'s '
            'bills," he said.')
    assert speaker_of(text, "We are currently fighting", ("direct",)) == ("Barry Rand", "he")


def test_a_name_with_an_apposition_after_an_opening_adjunct_is_the_subject():
    # BASIL 2011 (AP, the national motto): "said the nation faces bigger problems" was read as an inverted
    # "said X", the speaker "the nation faces bigger problems", and Scott's quotation after it went to Obama
    text = ('"What have you guys been debating, John?" Obama said.\n\n'
            'After the vote, Rep. Bobby Scott, D-Va., one of the nine lawmakers to vote against the resolution, said '
            'the nation faces bigger problems, such as the economy, failing public schools and poverty.\n\n'
            '"Instead of facing these challenges, we are debating whether or not to affirm a motto," he said.')
    assert speaker_of(text, "the nation faces", ("indirect",)) == ("Bobby Scott", "Rep. Bobby Scott")
    assert speaker_of(text, "Instead of facing", ("direct",)) == ("Bobby Scott", "he")


def test_names_joined_by_and_that_open_the_clause_speak_together():
    # BASIL 2010 (AP, the NAACP and the Tea Party): the report went to Cleaver alone
    text = ("U.S. Reps. John Lewis, Andre Carson and Emanuel Cleaver said some demonstrators, many of them tea "
            "party activists, yelled a racial epithet as the black congressmen walked to the Capitol.")
    assert speaker_of(text, "some demonstrators") == ("John Lewis, Andre Carson and Emanuel Cleaver",
                                                     "U.S. Reps. John Lewis, Andre Carson and Emanuel Cleaver")
    # AllSides: an organisation's name with "and" in it was cut to its last words ("Customs Enforcement")
    assert speaker_of("Immigration and Customs Enforcement (ICE) says a federal judge authorised the "
                      "force-feeding last month.", "a federal judge")[0] == "Immigration and Customs Enforcement"
    assert speaker_of("Both Schakowsky and Israel told CNN they would vote for it.", "they would")[0] == \
        "Schakowsky and Israel"
    # names that do not open their clause: the last is the subject of its own clause
    assert speaker_of("Obama met Putin and Merkel said the talks went well.", "the talks")[0] == "Merkel"


def test_a_group_of_an_organisation_is_the_speaker():
    # BASIL 2011 (HuffPost, AARP and Social Security): the trustees' warning went to "Medicare Trust Fund"
    text = ("Trustees of the Social Security and Medicare Trust Fund last week warned the Social Security Trust Fund "
            "will be exhausted in 2036.")
    assert speaker_of(text, "the Social Security Trust Fund")[0] == \
        "Trustees of the Social Security and Medicare Trust Fund"
    assert speaker_of("Members of the House Freedom Caucus said the plan would fail.", "the plan")[0] == \
        "Members of the House Freedom Caucus"


def test_a_place_and_a_party_as_an_apposition_leave_the_name_before_it():
    # AllSides (Washington Times, fiscal cliff 2012): the speaker was "Oklahoma Republican"
    text = ("Democrats were inspired in part to try the unconventional approach after Rep. Tom Cole, Oklahoma "
            "Republican, last month said he would be willing to let the tax cuts expire.")
    assert speaker_of(text, "he would be willing")[0] == "Tom Cole"


def test_one_of_a_group_of_a_place_is_the_speaker():
    # AllSides (USA Today, Phoenix 2014): the resident's words went to "an apartment complex"
    text = ("Officers were in the area for a burglary investigation when a resident of an apartment complex told "
            "them that men inside a black Cadillac SUV were engaged in a drug deal, said Sgt. Trent Crump, a "
            "Phoenix police spokesman.")
    assert speaker_of(text, "men inside")[0] == "a resident of an apartment complex"


def test_she_prefers_a_woman_named_nearer_to_a_subject_of_unknown_gender():
    # AllSides (CNN, the Litvinenko inquiry 2016): "she said" went to Lidington, the last subject, though the
    # paragraph before names the widow
    text = ("Lidington stressed that it was unacceptable for Russia to fail to honor a formal request to extradite "
            "Lugovoi.\n\nThe findings will offer some comfort to his widow, Mrs. Litvinenko.\n\n"
            '"Putin himself personally protected Lugovoi," she said.')
    assert speaker_of(text, "Putin himself")[0] == "Litvinenko"
    # "he" keeps the subject: most people named without a sign of their gender are men
    text = text.replace("his widow, Mrs. Litvinenko", "Mr. Litvinenko").replace("she said", "he said")
    assert speaker_of(text, "Putin himself")[0] == "Lidington"


def test_a_gendered_noun_before_an_apposition_tells_the_gender():
    # AllSides (Fox News, Ailes 2017): "she said" went to Andrew Toth, the subject named before; "his wife,
    # Elizabeth Ailes," tells that she is a woman
    text = ("Andrew Toth confirmed the news to reporters.\n\n"
            "His death was announced in a statement by his wife, Elizabeth Ailes, to The Drudge Report.\n\n"
            '"I am profoundly sad to report that my husband passed away this morning," she said in the statement.')
    assert speaker_of(text, "I am profoundly")[0] == "Elizabeth Ailes"


def test_a_first_name_after_a_kin_noun_is_a_person():
    # AllSides (CNN, the Litvinenko inquiry 2016): "Marina" was no person mention, so "She" went to Lidington
    text = ("Lidington stressed that it was unacceptable for Russia to fail to honor a formal request to extradite "
            "Lugovoi.\n\nThe findings will offer some comfort to Litvinenko's widow, Marina. She said outside the High "
            'Court on Thursday she was "pleased that the words my husband spoke have been proved true."')
    assert speaker_of(text, "pleased that")[0] == "Marina"


def test_the_source_after_according_to_before_an_unattributed_quotation_is_its_speaker():
    # BASIL 2011 (HuffPost, reading the Constitution): Keating's words went to Politics Daily, quoted before
    raw = ("Politics Daily recently reported:\n\n\u201cIt is unclear what impact the new rule will have.\u201d\n\n"
           "According to Peter Keating at Vanity Fair, $1.1 million is the estimated cost of GOP plans to read the "
           "document on the House floor.\n\n"
           "\u201cThe amount I get is nearly $1.1 million. When one chamber of Congress is in session but not "
           "working, we the people still have to pay.\u201d")
    plain = raw.replace("\u201c", '"').replace("\u201d", '"')
    (r,) = [r for r in document_quotes(plain, raw) if r["text"].startswith("The amount")]
    assert (r["speaker"], r["rule"]) == ("Peter Keating", "other-subject")


def test_a_dash_between_words_ends_a_speaker_phrase():
    # BASIL 2011 (Fox, reading the Constitution): the speaker was "1 million -- supporters"
    text = ("But for all those who described the exercise as political waste -- including Vanity Fair magazine, which "
            "estimated it as costing more than $1 million -- supporters noted that it was an historic moment.")
    assert speaker_of(text, "it was an historic")[0] == "supporters"


def test_an_organisation_of_the_name_is_whole_after_according_to():
    # AllSides (USA Today, tariffs 2018): the source was "Office"
    text = ("The 28-nation European Union political bloc is the U.S.'s biggest trading partner, representing more "
            "than $1.1 trillion in goods and services in 2016, according to the Office of the United States Trade "
            "Representative.")
    assert speaker_of(text, "The 28-nation")[0] == "Office of the United States Trade Representative"


# --- a read of AllSides stories of 2016-05-23 (the Vietnam arms embargo) and 2018-10-24 (political violence)

def test_roles_descriptions_and_inverted_speakers_of_a_read_of_the_embargo_and_the_parcel_bombs():
    # USA Today: "the Mississippi Congressman", after Rep. Thompson in the paragraph before (and another Rep.
    # earlier), was left as a role, and "he" then stood for it as if it were a name
    text = ('Packages were also sent to Rep. Debbie Wasserman Schultz and others.\n\n'
            'Democratic Rep. Bennie Thompson also called on the president to simmer the political divisions.\n\n'
            '"To be clear, these targeted attacks were acts of terrorism," the Mississippi Congressman said. '
            '"Given the partisan nature of these attacks, it is time," he said.')
    assert speaker_of(text, "To be clear")[0] == "Bennie Thompson"
    assert speaker_of(text, "Given the partisan")[0] == "Bennie Thompson"
    # Townhall: "Each U.S. arms sale, he said," made "Each U.S." a name that "he" stood for
    text = ('While the announcement is a big step, Obama added that the country will not immediately be receiving a '
            'flood of weapons. Each U.S. arms sale, he said, would be reviewed on a case-by-case basis.\n\n'
            '"As with all our defense partners, sales will need to still meet strict requirements," he said.')
    assert speaker_of(text, "As with all")[0] == "Obama"
    # Townhall: "the territorial disputes" read "disputes" as a verb with the speaker "the territorial"
    text = ('Obama said the two had mutual concerns. He said that although Washington doesn\'t take sides on the '
            'territorial disputes, it does support a diplomatic resolution based on "international norms" and "not '
            'based on who\'s the bigger party and can throw around their weight a little bit more," a reference to '
            'China.')
    assert speaker_of(text, "international norms")[0] == "Obama"
    assert speaker_of(text, "not based on")[0] == "Obama"
    # Politico: "he" after '"...," said GOP strategist Alex Castellanos' is Castellanos, not a subject named before
    text = ('Eric Trump said on Wednesday that his father would win.\n\n'
            '"It\'ll never happen. It is who he is," said GOP strategist Alex Castellanos.\n\n'
            '"You really can\'t have the good of Trump without the disruption," he said.')
    assert speaker_of(text, "You really")[0] == "Alex Castellanos"


def test_names_that_are_also_adjectives_and_verbs_inside_noun_phrases():
    # AllSides (Politico, Rick Bright's testimony): a surname that is also an adjective stays a name
    text = ("Until last month, Rick Bright led the agency.\n\n"
            "In his opening statement, Bright backed Tuesday's Senate testimony by Dr. Anthony Fauci, the nation's "
            "leading infectious disease expert.\n\n"
            "He said that, as early as January, he warned the department to ramp up production of ventilators.")
    assert speaker_of(text, "as early as")[0] == "Bright"
    # Townhall: "2020 Democrat Presidential nomination" made "Presidential" a name that "she" stood for
    text = ("Kirsten Gillibrand is from New York. Candidate for 2020 Democrat Presidential nomination.\n\n"
            "Yet she announced her Presidential exploratory committee.\n\n"
            "In the face of polling for months, she will say absolutely anything, no matter how absurd.")
    assert speaker_of(text, "absolutely anything")[0] == "Kirsten Gillibrand"
    # NPR: ", says he supports McConnell ..." is no inverted '"...," says X': "he" stays Cavanaugh
    text = ("David Cavanaugh, who helps distributes coal mining equipment for a living, says he supports McConnell "
            "for fighting against President Obama's regulations on coal-plant emissions, but he wonders if his guy "
            "has gone too Washington.")
    assert speaker_of(text, "if his guy")[0] == "David Cavanaugh"
    # AP: "attacks" after "Ban Ki-moon condemned Palestinian rocket" is no aside ", X attacks,"
    text = ('In a meeting with Netanyahu, U.N. chief Ban Ki-moon condemned Palestinian rocket attacks, but urged '
            'Israel to show "maximum restraint."')
    assert not [r for r in rows(text, ("indirect",)) if "condemned" in r["speaker"]]
    # Fox News: "announced an initiative called the PREVENTS Task Force" names it; "an initiative" said nothing
    assert rows("Last month, President Trump announced an initiative called the PREVENTS Task Force aimed at aiding "
                "combat veterans.", ("indirect",)) == []


def test_they_stands_for_a_lower_case_group_that_is_a_subject():
    # Politico (political violence, 2018): "They note that ..." after "..., conservatives have also pointed a finger"
    text = ("While many liberals have outright accused Trump of inciting political violence himself, conservatives "
            "have also pointed a finger back at Democrats, in what promised to become a larger debate.\n\n"
            "They note that some Democrats have called on Trump critics to confront officials.")
    assert speaker_of(text, "some Democrats")[0] == "conservatives"
    # NYT: the group's phrase without its determiner
    text = ("White House officials insisted that Monday's move was more than politics. They said it would ease "
            "anxiety over the fiscal cliff.")
    assert speaker_of(text, "it would ease")[0] == "White House officials"
    # a group noun after a preposition is no subject: "they" stays unresolved
    assert speaker_of("The plan was sent to lawmakers on Monday. They said it was late.", "it was late")[0] == "They"


# --- a read of AllSides stories of 2016-09-04 (Latino voters, Trump in Detroit) and 2020-05-29 (the WHO, China)

def test_countries_brackets_and_organisations_with_and_of_a_read_of_the_who_story():
    # Washington Post: "China's failure" made China a name "he" could stand for
    text = ("There was no mention of his irritation with China's failure to quickly increase purchases. He also made "
            'no direct reference to Chinese President Xi Jinping, even as he said "the world is now suffering."')
    assert speaker_of(text, "the world is")[0] != "China"
    # Washington Post: "Charles E. Schumer (D-N.Y.) suggested": a bracket between the name and its verb keeps the
    # name the subject that "he" stands for
    text = ("After Trump's remarks, Senate Minority Leader Charles E. Schumer (D-N.Y.) suggested the president was "
            "trying to use China to distract from the pandemic.\n\n"
            '"President Trump\'s Rose Garden event just now was pathetic," he said.')
    assert speaker_of(text, "President Trump")[0] == "Charles E. Schumer"
    # Washington Post: an organisation's name with "and" in it was cut to "China Economic"
    text = ("As of last year, 156 Chinese companies traded on U.S. markets, according to the U.S.-China Economic and "
            "Security Review Commission.")
    assert speaker_of(text, "As of last year")[0] == "U.S.-China Economic and Security Review Commission"
    assert speaker_of("The plan failed, according to Smith and Jones.", "The plan")[0] == "Smith"


def test_page_furniture_paragraphs_are_not_counted_back_for_he_and_she():
    # Washington Post: "AD" lines between paragraphs put the subject out of reach, and "he" went to a name in an
    # object ("headed by Treasury Secretary Steven Mnuchin")
    text = ('John Doe said the plan was dead.\n\nAD\n\nAD\n\nAD\n\nThe review was headed by Treasury Secretary '
            'Steven Mnuchin.\n\n"We will fight," he said.')
    assert speaker_of(text, "We will fight")[0] == "John Doe"


# --- a read of AllSides stories of 2013-07-08 (Obamacare changes) and 2015-12-18 (the Sanders data breach)

def test_descriptions_organisations_and_dash_pairs_of_a_read_of_the_data_breach_and_obamacare_stories():
    # Fox News: "Sanders spokesman Michael Briggs placed the blame ...": the spokesman is the subject "he" stands
    # for, not Sanders
    text = ('Sanders said on Friday that it was wrong.\n\n'
            'Sanders spokesman Michael Briggs placed the blame for the incident in large part on the vendor, NGP VAN.'
            '\n\n"Sadly, the vendor continues to make serious errors," he said in a statement to Fox News.')
    assert speaker_of(text, "Sadly")[0] == "Michael Briggs"
    # Washington Times: an opening adjunct is no description ("Speaking just minutes after Mr. Obama hailed")
    text = ("Sen. Marco Rubio on Wednesday slammed the administration's agreement with Cuba.\n\n"
            "Speaking just minutes after Mr. Obama hailed the deal, Mr. Rubio said the president has let the people of "
            "Cuba down.\n\n"
            "Moving forward, the Florida Republican said congressional Republicans may block the nomination.\n\n"
            '"I\'m committed to doing everything I can to unravel as many of these changes as I can," he said.')
    assert speaker_of(text, "I'm committed")[0] in ("Rubio", "Marco Rubio")
    # CNN: "the company" after "NGP VAN, the database vendor, issued a statement"
    text = ("NGP VAN, the database vendor, issued a statement Friday saying the DNC had instructed the company to "
            'remove the access.\n\n"We are confident at this point," the company said.')
    assert speaker_of(text, "We are confident")[0] == "NGP VAN"
    # ... and only an organisation the noun names: not "the White House" for "the company"
    text = ('Trump dispatched a carrier group. The White House said it was watching.\n\n'
            '"One crew member was slightly injured," the company said.')
    assert speaker_of(text, "One crew member")[0] == "the company"
    # Fox News: "16 states -- as well as the District of Columbia -- a pass": a dash that closes a pair opens no
    # apposition of the writer's
    (r,) = rows("But Reuters reports that the new rules released on Friday will give 16 states -- as well as the "
                "District of Columbia -- a pass for now on the employer-insurance verification.", ("indirect",))
    assert r["text"].endswith("a pass for now on the employer-insurance verification")


# --- a read of AllSides stories of 2019-10-01 (Harvard admissions) and 2018-04-11 (Paul Ryan's retirement)

def test_an_apposition_after_an_opening_adverb_and_the_judge_of_a_read_of_the_harvard_and_ryan_stories():
    # Washington Times: "Still, Rep. Walter B. Jones, North Carolina Republican, said" is the subject "he" stands
    # for, not Mr. Perry before him
    text = ('"He\'s still here leading," Mr. Perry said.\n\n'
            "Still, Rep. Walter B. Jones, North Carolina Republican, said part of Mr. Ryan's legacy will be the "
            'ballooning federal debt.\n\n"The tax bill\'s not paid for," he said.')
    assert speaker_of(text, "The tax bill")[0] == "Walter B. Jones"
    # Bloomberg: "the judge" after "U.S. District Judge Allison Burroughs"
    text = ('"The court will not dismantle a very fine admissions program," U.S. District Judge Allison Burroughs '
            'said in a ruling.\n\nThe judge wrote that diversity "will foster the tolerance."')
    assert speaker_of(text, "will foster")[0] == "Allison Burroughs"


# --- a read of AllSides stories of 2013-01-03 (the fiscal cliff) and 2016-11-22 (Trump and the press)

def test_the_writer_s_contractions_and_page_furniture_of_a_read_of_the_trump_and_the_press_stories():
    # Fox News: "I'm told it was a relatively pleasant session" gave the speaker "I'm"
    assert rows("I'm told it was a relatively pleasant session.", ("indirect",)) == []
    # The Guardian: "It's not just the lack of access, mocking and bullying that can be expected" gave "It's"
    assert rows("It's not just the lack of access, mocking and bullying that can be expected from President "
                "Trump.", ("indirect",)) == []
    # Politico: "Story Continued Below" between paragraphs became the name "he" stood for
    text = ('Trump said on Tuesday that the meeting was off.\n\nStory Continued Below\n\n'
            '"Perhaps a new meeting will be set up with the @nytimes," he tweeted.')
    assert speaker_of(text, "Perhaps a new")[0] == "Trump"


def test_a_first_name_tells_she_from_he_when_the_article_does_not():
    # The New York Times (video transcript, 2020-02-12): "she" went to Pete Buttigieg, the nearer subject
    text = ('Amy Klobuchar came to New Hampshire after a fifth-place finish in Iowa. Pete Buttigieg finished first.'
            '\n\n"It has been funny suddenly seeing media come to all of our events," she said.')
    assert speaker_of(text, "It has been funny") == ("Amy Klobuchar", "she")
    # CNN: the first name after a title ("Justice Ruth Bader Ginsburg"), not the middle name
    text = ('Chief Justice John Roberts spoke about calling balls and strikes. The term was coined after Justice Ruth '
            'Bader Ginsburg\'s hearings. She said she would not discuss cases that could come before the court.')
    assert speaker_of(text, "she would not discuss") == ("Ruth Bader Ginsburg", "She")


def test_a_place_or_a_far_name_is_no_speaker_of_an_unattributed_quote():
    # The New York Times (video transcript): voters' clips went to "New Hampshire", a place
    assert speaker_of('Polls opened early in New Hampshire.\n\n"I will just probably decide Tuesday, five minutes '
                      'before I go in to vote."', "I will just") == ("", "")
    # ... and to a name many sentences before them
    text = ('Senator Elizabeth Warren had a bad night. Turnout was high. Snow fell all day. The polls closed at eight.'
            ' Results came in slowly.\n\n"I will just probably decide Tuesday."')
    assert speaker_of(text, "I will just") == ("", "")
    # the name right before the quote is still its speaker's
    assert speaker_of('Elizabeth Warren had a bad night.\n\n"We are going to keep fighting."', "We are going") == (
        "Elizabeth Warren", "Elizabeth Warren")


def test_a_long_title_before_the_name_after_a_question():
    # AllSides (Wisconsin Assembly): '"...?" Democratic Assembly Minority Leader Gordon Hintz said' had no speaker
    text = ('"Why are we here today?" Democratic Assembly Minority Leader Gordon Hintz said as the nine-hour debate '
            'began Tuesday night.')
    assert speaker_of(text, "Why are we") == ("Democratic Assembly Minority Leader Gordon Hintz",
                                               "Democratic Assembly Minority Leader Gordon Hintz")


def test_an_olympics_is_no_person_for_she():
    # AllSides (2020-05-13): "she" had been resolved to "Winter Olympics"
    rows = document_quotes("Kim Yo-jong spoke at the Winter Olympics in February. Last month, she said it was a "
                           "good sign.")
    assert [r["speaker"] for r in rows if r["kind"] in ("indirect", "act")] == ["Kim Yo-jong"]


def test_a_month_after_a_first_name_is_a_surname():
    # AllSides (Fox News 2018-07-13): "Theresa May" had been cut to "Theresa", a name of no known gender, and
    # taken as the "he" of Trump's interview
    text = ("President Donald Trump met British Prime Minister Theresa May. President Trump and British Prime Minister "
            "Theresa May pledged full cooperation on trade Friday, following Trump's explosive interview in which "
            "he criticized her handling of 'Brexit.'")
    (r,) = [r for r in document_quotes(text) if r["kind"] in ("indirect", "act")]
    assert r["speaker"] == "Trump"
    # ("In May she said ..." stays a month)
    assert [r["speaker"] for r in document_quotes("Jill Biden spoke. In May she said it was a good year.")
            if r["kind"] in ("indirect", "act")] == ["Jill Biden"]


def test_the_person_of_an_opening_to_or_for_is_the_subject_for_he_and_she():
    # AllSides (CNN 2013-01-25): "he" had gone to Curry, the subject of the sentence before
    text = ('"It seems to me we ought to be focused on connecting with voters," Curry said.\n\n'
            "To Sean Trende, the senior elections analyst at RealClearPolitics, the concept doesn't violate democratic "
            "principles, but he called it a bad idea.\n\n"
            '"Close elections would likely always result in extensive recounts," he wrote Friday on the group\'s '
            "website.")
    rows = document_quotes(text)
    assert [(r["kind"], r["speaker"]) for r in rows] == [
        ("direct", "Curry"), ("indirect", "Sean Trende"), ("direct", "Sean Trende")]


def test_a_surname_that_is_a_month_stays_a_name_alone():
    # AllSides (CNN 2018-07-13): 'Trump said May said, "..."' had given May's words to Trump
    rows = document_quotes('Prime Minister Theresa May met Trump. Trump said May said, "Don\'t worry, it\'s only the '
                           'press." In May, he said, "It was fine."')
    assert [r["speaker"] for r in rows if r["kind"] == "direct"] == ["May", "Trump"]


def test_a_role_set_off_before_the_name_is_named_by_the_name():
    # AllSides (NPR jobs report): the speaker had been "the president's top economic adviser", with Alan Krueger
    # named after it
    text = ('"While more work remains to be done, today\'s employment report provides further evidence that the U.S. '
            'economy is continuing to heal," the president\'s top economic adviser, Alan Krueger, writes on the White '
            'House blog.')
    assert speaker_of(text, "While more work") == ("Alan Krueger", "the president's top economic adviser, Alan Krueger")
    assert speaker_of('"It was a good quarter," said the company\'s chief executive, Tim Cook.', "It was a good") \
        == ("Tim Cook", "the company's chief executive, Tim Cook")
    assert speaker_of('"We will respond," said a spokesman, John Kirby, on Monday.', "We will respond")[0] \
        == "John Kirby"
    # (a role with no name set off after it stays the speaker; a description after a name is no role)
    assert speaker_of('"We will respond," said a spokesman.', "We will respond")[0] == "a spokesman"
    assert speaker_of('"We will respond," said Tim Cook, the chief executive.', "We will respond")[0] == "Tim Cook"


def test_a_party_in_brackets_between_a_name_and_its_state_leaves_the_name():
    # AllSides (2016-07, Clinton emails): "Wisconsin" had been the speaker of Paul Ryan's letter
    text = ("Meanwhile, House Speaker Paul Ryan (R) of Wisconsin has sent a letter to Comey saying that the FBI should "
            "release all unclassified material related to the investigation.")
    assert speaker_of(text, "the FBI should") == ("House Speaker Paul Ryan",
                                                  "House Speaker Paul Ryan (R) of Wisconsin")
    assert speaker_of('"It is fine," said Sen. Claire McCaskill (D) of Missouri.', "It is fine")[0] \
        == "Claire McCaskill"


def test_a_document_that_speaks_is_its_author_s():
    # AllSides (Roanoke shooting, CNN 2015-08-27): "the fax said" had "the fax" as its speaker
    text = ("Vester Flanagan shot two journalists on live television. While on the run, he sent a 23-page fax to ABC "
            "News under his reporter pseudonym.\n\nFlanagan said he put a deposit down for a gun.\n\n"
            '"As for Dylann Roof? You want a race war? BRING IT THEN!!!" the fax said.')
    assert speaker_of(text, "As for Dylann") == ("Vester Flanagan", "the fax")
    text = ('Vester Flanagan shot two journalists.\n\nIn a ranting note in his farewell fax, Flanagan tried to justify '
            'his killings.\n\n"I was attacked by black men and white females," the fax said.')
    assert speaker_of(text, "I was attacked")[0] == "Vester Flanagan"
    # (a document whose author the article does not name stays as it is)
    assert speaker_of('"We are sad," the letter said.', "We are sad") == ("the letter", "the letter")


def test_a_belief_reported_by_a_speaker_before_it_is_that_speaker_s_words():
    # AllSides (steel tariffs, USA Today 2018-03-02): the spokesman's words had been given to Ryan
    text = ('A spokesman for House Speaker Paul Ryan said the speaker hopes Trump "will consider the unintended '
            'consequences of this idea and look at other approaches before moving forward."')
    assert speaker_of(text, "will consider", kinds=("partial",))[0] == "A spokesman for House Speaker Paul Ryan"
    # (a belief of its own subject, or one "according to" a source, stays the believer's)
    assert speaker_of('Ryan hopes Trump "will consider the unintended consequences of this idea."', "will consider",
                      kinds=("partial",))[0] == "Ryan"
    text = ('According to the White House website, President Obama believes workplace protection "should be expanded '
            'to include sexual orientation and gender identity."')
    assert speaker_of(text, "should be expanded", kinds=("partial",))[0] == "Obama"


def test_a_party_member_or_an_outlet_described_after_the_name_is_that_name():
    # AllSides (Politico 2019-09-26): "the conservative Democrat cautioned" had "Democrat" as its speaker
    text = ("Rep. Henry Cuellar (D-Texas), who survived the Democratic wipeout in the 2010 midterms, offered a warning "
            "to the undecided freshmen in the room.\n\n"
            '"Don\'t get caught up with the party," the conservative Democrat cautioned.')
    assert speaker_of(text, "Don't get caught") == ("Henry Cuellar", "the conservative Democrat")
    # AllSides (2014): a party before the title leaves the name the subject of its sentence
    text = ("Republican Sen. Lindsey Graham still isn't buying it, however. \"The deal is dangerous for America,\" the "
            "South Carolina Republican told former Gov. Mike Huckabee on Saturday.")
    assert speaker_of(text, "The deal is")[0] == "Lindsey Graham"
    # AllSides (The Hill 2019-09-26): "according to the newspaper" had "the newspaper" as its speaker
    text = ("The whistleblower is a CIA officer, The New York Times reported Thursday, citing three people familiar "
            "with his identity.\n\nThe officer was reportedly working in the White House at one point, according to "
            "the newspaper.")
    assert [(r["text"], r["speaker"]) for r in rows(text)] == [
        ("The whistleblower is a CIA officer", "New York Times"),
        ("The officer was reportedly working in the White House at one point", "New York Times")]


def test_names_with_party_codes_joined_by_and_speak_together():
    # AllSides (Breitbart 2020-04-25): "Amy Klobuchar (MN) and Chris Coons (DE)" had been Coons alone
    text = ("Democrat Sens. Amy Klobuchar (MN) and Chris Coons (DE) cited the Brennan Center's coronavirus voting plan "
            "in a letter to House and Senate leaders.")
    assert rows(text)[0]["speaker"] == "Amy Klobuchar (MN) and Chris Coons"


def test_she_after_a_quote_attributed_to_a_name_and_a_possessive_speaker_phrase():
    # The Guardian (2016-09-05): "she added" had gone to Jennifer Palmieri, named in the paragraph before
    text = ("The scepticism of voters may explain the decision by Clinton's communications director Jennifer Palmieri "
            "to shield the candidate.\n\n"
            '"People criticise me for having so many plans," Clinton told a lukewarm audience of military veterans. '
            '"People say, Oh there she goes with another plan about mental health, or whatever," she added.')
    assert speaker_of(text, "People say") == ("Clinton", "she")
    # "Her campaign", "his office": the person's
    assert speaker_of("Hillary Clinton spoke on Monday. Her campaign said the poll was wrong.", "the poll") \
        == ("Hillary Clinton's campaign", "Her campaign")
    # (an organisation is no "he": "The Kremlin says ... His aide said")
    assert speaker_of("The Kremlin says that the plan is dead. His aide said the plan is dead.", "the plan is dead",
                      kinds=("indirect", "act"))[0] == "Kremlin"


def test_a_name_before_a_second_aside_and_a_quote_inside_a_quote_before_its_attribution():
    # Washington Times (2012-09-25): the poll and the firm had been the speakers, not the men who run them
    text = ("Charles Franklin, who runs the Marquette University Law School poll, which is tracking the presidential "
            "and U.S. Senate races in Wisconsin, said he adjusts weights for gender, age and ethnic balance.")
    assert speaker_of(text, "he adjusts")[0] == "Charles Franklin"
    text = ("But Scott Rasmussen, founder of Rasmussen Reports, which has Mr. Obama with a 1-point lead over Mr. "
            'Romney, said, "We absolutely know that party affiliation is the best single indicator."')
    assert speaker_of(text, "We absolutely")[0] == "Scott Rasmussen"
    # Politico (2012-09-25): a quote ending with a quote inside it (,'") had no attribution after it
    text = ("Mitt Romney's campaign insists it's not worried.\n\n\u201cThere\u2019s just a nice wide open path, and so "
            "we\u2019re not forced to say, \u2018We have to win this string of states,\u2019\u201d Romney political "
            "director Rich Beeson said in a briefing.")
    from analysis.cleaning import normalise
    assert [r["speaker"] for r in document_quotes(normalise(text), text) if r["kind"] == "direct"] == ["Rich Beeson"]
    # Fox News (2015-02-12): the slogan after "the Houthis, whose official slogan ...:" is theirs
    text = ('"You see the Iranian Quds forces behind that effort," Rep. Ed Royce, R-Calif., said.\n\nIran has long been '
            "suspected of backing the Houthis, whose official slogan sounds very familiar to that of Iran's "
            'government: "Death to America, death to Israel, damnation to the Jews."')
    assert speaker_of(text, "Death to America")[0] == "Houthis"


def test_the_name_before_several_asides_or_a_participle_and_a_place():
    # The New York Times (2012-06-12): "Karina's Tacos" and "Ohio" had been the speakers
    text = ("Cesar Castaneda, 27, who works at Karina's Tacos, on the corner of where the second accident occurred, "
            "said the Lexus did not appear to have been damaged.")
    assert speaker_of(text, "the Lexus")[0] == "Cesar Castaneda"
    assert speaker_of("But Obama, speaking in Hilliard, Ohio, said the report was another sign the economy is "
                      "moving in the right direction.", "the report")[0] == "Obama"
    # (a group named with "including" stays as it was: the one after it, with its relative clause, speaks)
    text = ('She quoted bloggers, including The Washington Post\'s Jennifer Rubin, who had called him a "fraud on civil '
            'rights" for his vote.')
    assert speaker_of(text, "fraud on", kinds=("partial",))[0] == "Washington Post's Jennifer Rubin"


def test_a_law_is_no_person_for_he():
    # NPR (2017-03-08): "he" had gone to "Affordable Care Act", named after Paul Ryan
    text = ("House Speaker Paul Ryan from Wisconsin has been complaining about the Affordable Care Act (aka "
            'Obamacare) for so long.\n\n"Obamacare is collapsing," he said on Feb. 28.')
    assert speaker_of(text, "Obamacare is") == ("Paul Ryan", "he")


def test_a_name_and_co_authors_speak_together_and_a_book_after_its_noun_is_a_title():
    # The Christian Science Monitor (2020-03-11): "co-authors" alone had been the speaker, the book's title a quote
    text = ('In the 2008 book "The Party Decides," Dr. Noel and co-authors argued that elements of organized political '
            "parties can and do organize to support their chosen nominees.")
    assert speaker_of(text, "elements of")[0] == "Noel and co-authors"
    text = ('"I think the party has acted like it\'s deciding," says Hans Noel, co-author of the seminal 2008 book '
            '"The Party Decides: Presidential Nominations Before and After Reform."')
    assert [r["kind"] for r in document_quotes(text)] == ["direct", "title"]


def test_a_role_left_open_a_description_after_one_name_and_a_he_after_it():
    # The Hill (2018-06-15): "Dean Garfield, president and CEO of the ... Council (ITI) said" had the council speak
    text = ('Dean Garfield, president and CEO of the Information Technology Industry Council (ITI) said "tariffs are '
            'the wrong answer to China\'s ongoing discriminatory and damaging trade practices."')
    assert speaker_of(text, "tariffs are")[0] == "Dean Garfield"
    # Washington Times (2018-06-15): "He added" after "the New York Democrat said" had gone to Trump, whose
    # possessive opened the paragraph before
    text = ("Mr. Trump's tough trade action was applauded by Senate Minority Leader Charles E. Schumer, who typically "
            "opposes the president's every move.\n\n"
            '"The president\'s actions on China are on the money," the New York Democrat said.\n\n'
            'He added, "While we await further details, President Trump is right on target."')
    assert [r["speaker"] for r in rows(text, ("direct",))] == ["Charles E. Schumer", "Charles E. Schumer"]


def test_a_group_with_a_participle_or_a_phrase_and_a_place_for_she():
    # Los Angeles Times (2015-12-03): "the investigation" had been the speaker of "Officials involved in" it
    text = ("Officials involved in the investigation said the couple appeared to have gone to great lengths to "
            "conceal themselves.")
    assert speaker_of(text, "the couple")[0] == "Officials involved in the investigation"
    # Rand Paul in Time (2013-08-23): "They insist" after "leaders in both parties seem"
    text = ("It is a hyper-interventionism in which leaders in both parties seem hell-bent on always acting first. "
            "They insist that we must send Egypt billions in aid.")
    assert speaker_of(text, "we must send") == ("leaders", "They")
    # Fox News (2013-08-23): "She" had been resolved to "Middle East"
    text = ('As the Middle East continues to fall apart, the stance becomes confusing. "It was bad," one young woman '
            "told me. She said that members of the Brotherhood would leave the sit-in.")
    assert speaker_of(text, "members of")[0] != "Middle East"


def test_one_of_a_group_named_after_it_and_a_person_of_an_outlet():
    # CNN (2014-11-26): "said one of the protesters, 17-year-old Naesha Pierce" had "one" as its speaker, and
    # "Nikki Burdine of CNN affiliate WUSA tweeted" the station
    text = '"The system wasn\'t made to protect us," said one of the protesters, 17-year-old Naesha Pierce.'
    assert speaker_of(text, "The system")[0] == "Naesha Pierce"
    text = ("In Washington, protesters lay down on a sidewalk outside police headquarters as if dead, Nikki Burdine of "
            "CNN affiliate WUSA tweeted Tuesday.")
    assert speaker_of(text, "In Washington")[0] == "Nikki Burdine"
    # (an organisation with "of" in its name stays whole)
    assert speaker_of("The Bank of America said it was fine.", "it was")[0] == "Bank of America"


def test_sources_close_to_or_familiar_with_someone_are_the_speakers():
    # CNN (2015-02-16): "Advisers close to Christie told CNN" had given the words to Christie
    text = "Advisers close to Christie told CNN he is well aware of the rules and works within them."
    assert speaker_of(text, "he is well")[0] == "Advisers close to Christie"
    assert speaker_of("Two people familiar with the matter said it was fine.", "it was")[0] \
        == "Two people familiar with the matter"


@pytest.mark.parametrize("text, quoted, speaker", [
    ("Trump has for months privately worried that Mnuchin, his chief negotiator with Democrats, was giving away "
     "too much to House Speaker Nancy Pelosi (D-Calif.).", "Mnuchin, his chief negotiator", "Trump"),
    ("Economists had for months predicted the federal government would no longer be able to pay its bills after "
     "Labor Day, but at least some thought the deadline was closer to November.", "the federal government",
     "Economists"),
    ("This harks back to the situation in mid-2008, when, with cameras rolling, North Korea destroyed the cooling "
     "tower of its plutonium-production reactor in Yongbyon, but a few months later refused to accept verification "
     "requirements to prove that its declaration of plutonium production was complete and correct.",
     "its declaration of plutonium production", "North Korea"),
    ("Both campaigns have for the past few days been predicting wins in Tuesday's election.", "wins in Tuesday",
     "Both campaigns"),
    ("That puts her in company with Mitt Romney and Jeb Bush, who earlier this summer said they were considering a "
     "vote for Libertarian candidate Gary Johnson, the former New Mexico governor.", "they were considering",
     "Jeb Bush"),
])
def test_a_time_phrase_between_subject_and_verb_is_no_speaker(text, quoted, speaker):
    assert speaker_of(text, quoted, ("indirect", "act"))[0] == speaker


def test_it_after_a_sentence_about_something_that_states_nothing_stays_unresolved():
    text = ("The upshot is that there is no such thing as a legitimate political action. It said the plan would "
            "fail.")
    assert speaker_of(text, "the plan would fail")[0] == "It"


def test_an_official_in_an_administration_and_a_role_named_before():
    text = ("The United States is Israel's strongest friend, a senior official in the Obama administration told the "
            "Wall Street Journal, but \"the notion that they are playing the United States completely miscalculates "
            "their place in the world.\"")
    assert speaker_of(text, "the notion that")[0] == "a senior official in the Obama administration"
    text = ("Ferguson Police Chief Thomas Jackson named the officer on Friday.\n\nThe police chief said that Wilson "
            "was originally investigating a \"sick call\" before noon on Saturday.")
    assert speaker_of(text, "Wilson was originally")[0] == "Thomas Jackson"


def test_he_after_a_possessive_name_that_opens_the_sentence_is_that_person():
    text = ("Devine said the search would take time. Biden's list is still pretty long; he recently said he hoped to "
            "narrow it to a \"shortlist\" of around 11 or so contenders.")
    assert speaker_of(text, "he hoped to narrow")[0] == "Biden"
    # not a closing attribution after the possessive's sentence, nor a pronoun that opens a sentence of its own
    text = ("Bass said she is hoping the witnesses will guide the legislation. George Floyd's death, she added, has "
            "opened the public's eyes to systemic problems.")
    assert speaker_of(text, "has opened the public")[0] == "Bass"
    text = ("Tester's campaign spokesman said the senator would be working in Montana. He refused further comment on "
            "why he won't be going to Charlotte.")
    assert speaker_of(text, "further comment")[0] != "Tester"


def test_the_president_among_several_is_the_one_the_article_names_far_more_often():
    # AllSides (Washington Times, 2020-01-21): an impeachment story that also names President Bill Clinton
    text = ("President Trump's impeachment trial opened on Tuesday. Trump's lawyers and Trump's allies met. Trump "
            "called it a hoax.\n\nThe trial of President Bill Clinton lasted five weeks.\n\nMr. Trump has "
            "acknowledged that he wanted an investigation.\n\nThe president has denied any wrongdoing.")
    assert speaker_of(text, "any wrongdoing")[0] == "Trump"
    # one named about as often as the other: no telling which
    text = ("President Trump met President Macron. Trump spoke first; Macron spoke next.\n\nThe summit ended.\n\n"
            "The president said the talks went well.")
    assert speaker_of(text, "the talks went well")[0] == "The president"


def test_a_pronoun_run_together_with_its_verb_is_resolved():
    # AllSides (The Hill, 2019-09-23): "She's" was left as the speaker
    text = ("Sen. Elizabeth Warren has said that corporations and the wealthy will pay for the costs of Medicare for "
            "All. She's also emphasized that the nation will see lower health care costs as a result of the plan.")
    assert speaker_of(text, "the nation will see")[0] == "Elizabeth Warren"


def test_the_agency_is_the_one_acronym_named_in_the_sentence_before():
    # AllSides (Washington Times, 2013-04-11)
    text = ("The move to reduce detention was made as ICE tries to recover from its announcement earlier this year "
            "that it released thousands of immigrants. The agency had to re-arrest a handful of those it released, "
            "saying they were too dangerous to have been let out.")
    assert speaker_of(text, "they were too dangerous")[0] == "ICE"
    # not a country's
    text = "The U.S. sent aid. The agency said the aid would last a month."
    assert speaker_of(text, "the aid would last")[0] == "The agency"


def test_the_congresswoman_is_the_woman_among_the_representatives():
    # AllSides (Politico, 2015-10-22): "the congresswoman" left as the speaker among several representatives
    text = ("Rep. Trey Gowdy opened the hearing. He said the panel had new emails. Rep. Martha Roby asked about the "
            "night. Rep. Elijah Cummings defended her.\n\nThe congresswoman said the answers were not enough.")
    assert speaker_of(text, "the answers were not enough")[0] == "Martha Roby"


# Real sentences from held-out reads with the speaker a reader gives them, each case one row of this table:
# "it" for the thing that spoke in the sentence before, a member of a body after "But", a possessive before an
# adjective, unnamed sources and what they know, the subject after a quotation, a name after its description.
READ_SPEAKERS = [
    ("Grupo Modelo, maker of Corona among other popular brands, said it will suspend its operations at plants around "
     "the country by Sunday. The company pointed out in a statement that thousands of farmers depend on it buying "
     "their grain. It said it has a plan that would allow it to continue production with 75% of its workforce.",
     "it has a plan", "The company"),
    ("The advisory did, however, say the hackers have successfully exploited known computer vulnerabilities to gain "
     "\"initial footholds\" within an unspecified number of organizations involved in fighting COVID-19.\n\nIt said "
     "the hackers used custom malware not publicly associated with any campaigns previously.",
     "the hackers used custom malware", "The advisory"),
    ("The language of the proposal says the Justice Department \"may not consolidate or centralize the records\" on "
     "firearms sales or possession. It goes on to say nothing in the proposal would allow the establishment of a "
     "\"federal firearms registry.\"", "nothing in the proposal", "The language of the proposal"),
    ("Trump called the drug crisis an emergency. But a member of his own opioid commission said the plan falls "
     "short.", "the plan falls short", "a member of his own opioid commission"),
    ("In the wake of reports that the Clinton Foundation may have been hacked, Hillary Clinton's embattled "
     "foundation announced on Thursday that, if Clinton is elected, her foundation will no longer accept the kinds "
     "of foreign and corporate donations.", "if Clinton is elected", "Hillary Clinton's embattled foundation"),
    ("Officials on the sidelines of this week's talks have suggested that all sides are close to producing an "
     "outline.", "all sides are close", "Officials on the sidelines of this week's talks"),
    ("Two officials with knowledge of the Trump campaign's plans confirmed the topic was immigration.",
     "the topic was immigration", "Two officials with knowledge of the Trump campaign's plans"),
    # AllSides (CNN, 2019-02-18): the subject of "and warned" is Johnson, not the "I" of his quotation
    ("\"I wish he wouldn't use it in this case,\" Johnson told NBC's \"Meet the Press\" Sunday and warned that a "
     "\"diminished\" Congress had ceded power to the presidency and the courts.", "a \"diminished\"", "Johnson"),
    # AllSides (Christian Science Monitor, 2013-04-11): the name set off after a description, before a long aside
    ("The FDA's commissioner, Dr. Margaret Hamburg, who appeared with Sebelius at the news briefing along with an "
     "array of other government health officials, described the agency's budget as \"austere.\"",
     "the agency's budget", "Margaret Hamburg"),
]

# AllSides (ABC News): an office of several words between the title and the name; the name after a
# photo credit; a role that stands for the person
AZAR = ("U.S. Secretary of Health and Human Services Alex Azar said Wednesday that the country is \"in the beginnings "
        "of spread\" of the novel coronavirus.\n\nA woman reads a public awareness sign in response to the novel "
        "coronavirus outbreak, as she waits for a train in the Metro in Washington, D.C., on March 10, 2020. Andrew "
        "Caballero-Reynolds/AFP via Getty Images\n\nAzar said \"millions\" of COVID-19 tests are available in the "
        "United States and anyone who is suspected to be infected will be tested.\n\n\"Capacity is there,\" he "
        "added.\n\nThe health secretary noted that Americans could expect to see \"very aggressive efforts\" to try to "
        "mitigate and contain the virus outbreak.")
READ_SPEAKERS += [
    (AZAR, "the country is", "Alex Azar"),
    (AZAR, "Capacity is there", "Azar"),
    (AZAR, "Americans could expect", "Alex Azar"),
    ("Secretary of State John Kerry said Sunday that the talks would resume.", "the talks would resume", "John Kerry"),
    # AllSides (Fox Online News, 2013-05-28): a name after "the excerpt" opens a relative clause, no subject for
    # "he"
    ("Thomas Joscelyn, a senior fellow with the Foundation for Defense of Democracies, argued that bin Laden's full "
     "quote has a far different meaning than that conveyed by the excerpt Obama cited last week.\n\n\"When you look "
     "at the context of the whole statement, it doesn't support their story,\" he told FoxNews.com.",
     "When you look", "Thomas Joscelyn"),
    # a name after a time noun is the subject ("this week Obama said")
    ("Earlier this week Obama said the deal was close.\n\n\"We are not there yet,\" he said.", "We are not there",
     "Obama"),
    # AllSides (Politico, 2016-07-22): an inverted verb, a title inside the name, a description, then a colon
    ("But Kaine's humble, vanilla persona endeared him to Clinton. Added Virginia Gov. Terry McAuliffe, a close "
     "confidant of the Clintons who has been pushing for his home-state senator: \"If anything, he's only helped "
     "himself through this entire process.\"", "If anything", "Terry McAuliffe"),
    # AllSides (NPR Online News, 2012-11-20): a name after a title and its office opens the sentence
    ("Secretary of State Hillary Clinton arrived a short time ago in Israel. Standing next to Israeli Prime Minister "
     "Benjamin Netanyahu she emphasized that the United States' commitment to Israel's security is \"rock solid.\"",
     "the United States' commitment", "Hillary Clinton"),
    # AllSides (Fox News): a name after an article and an adjective is the subject ("an emotional Philonise Floyd")
    ("The brother of George Floyd testified Wednesday at a House hearing.\n\n\"I couldn't take care of George the day "
     "he was killed,\" an emotional Philonise Floyd told lawmakers.\n\n\"I'm here today to ask you to make it stop. "
     "Stop the pain,\" he said.", "I'm here today", "Philonise Floyd"),
    # AllSides (Reuters, 2018-10-22): a lone party word ("a Republican wave") names no one a later "he" stands for
    ("For example, after a Republican wave in 2010 resulted in that party taking the House, Obama was reelected two "
     "years later.\n\nThat is why Steve Mitchell, a Republican pollster in Michigan, warned that Democrats should "
     "not underestimate Trump's strength in the region.\n\nSlideshow (2 Images)\n\nA presidential election, he "
     "said, \"is a whole different animal.\"", "is a whole different animal", "Steve Mitchell"),
    # AllSides (Fox News): after an opening adjunct, a description before the name and a short aside before the verb
    ("President Obama spoke on Monday. Earlier this week, White House press secretary Josh Earnest, unprovoked, told "
     "reporters the plan was fine. \"It is fine,\" he said.", "It is fine", "Josh Earnest"),
    # AllSides (Politico, 2016): an -ly adverb between the subject and its verb ("Carson casually segued")
    ("Ben Carson and Donald Trump spoke. Trump spoke first. In his speech yesterday, Carson casually segued into a "
     "story about his mother. \"She was a saint,\" he said.", "She was a saint", "Carson"),
    # AllSides (Washington Post, 2016): "Trump regularly peddled falsehoods" makes Trump the subject for "He"
    ("Donald Trump told stories. And he would match those stories with bloody tales of undocumented immigrants. "
     "\u201cHis disregard for the values that make our country great is profoundly dangerous,\u201d Clinton "
     "argued.\n\nHis rhetoric had in fact opened up a new public square, where racists and misogynists could boast "
     "of their views and claim themselves validated. And to further enrage many Americans, Trump regularly "
     "peddled falsehoods, without offering any evidence, and then refused to back down from his claims. He promised "
     "to sue the dozen women who came forward.", "to sue the dozen women", "Trump"),
    # ... but no name after a relative word, "like" or an adjective set off by a comma is a subject
    ("( PHOTOS: Timothy Geithner's career)\n\nGeithner, whom Obama leaned on heavily, said he believes he is leaving "
     "office with the economy well on the way to sustained recovery.\n\n\"The president makes fun of me of "
     "always saying we're only in the second inning,\" he said.", "The president makes fun", "Geithner"),
    # AllSides (Washington Times, 2018-04-19): "they" for a group noun after "the" that closes a quotation
    ("Reps. Bob Goodlatte, Devin Nunes and Trey Gowdy said they exposed Mr. Comey as a partisan brawler.\n\n\"He "
     "never once mentioned the most relevant fact of all,\" the chairmen said in a joint statement.\n\nThey also "
     "said it was \"significant\" that Mr. Comey immediately began tracking his conversations.",
     "it was \"significant\"", "chairmen"),
    # AllSides: a group noun before a reporting verb in its base form ("officials say")
    ("\"It is a moral imperative,\" the senators said.\n\nState Department officials say the US is aiming to allow "
     "in more Syrians for resettlement. But they note that the administration is obligated to vet all would-be "
     "refugees.", "the administration is obligated", "State Department officials"),
    ("Carly Fiorina probably had the best night -- if you don't fact check anything she said. She flat out lied about "
     "what the doctored, bogus Planned Parenthood videos showed. When she insisted she'd call Iran's Supreme Leader "
     "to call off the recent nuclear deal on her first day as president, she was making it up.",
     "she'd call Iran's Supreme Leader", "Carly Fiorina"),
]


@pytest.mark.parametrize("text, quoted, speaker", READ_SPEAKERS)
def test_speakers_from_the_held_out_reads(text, quoted, speaker):
    assert speaker_of(text, quoted)[0] == speaker
