"""English reporting clauses: more cue and subject patterns, on sentences written for these tests."""
from analysis.quotes import extract_quotes


def speakers(text):
    return [q.speaker for q in extract_quotes(text, "en")]


def test_name_ending_like_an_adverb_before_the_verb_after_a_quote():
    # "Kelly" and "Clement" end like adverbs ("-ly", "-ment"); capitalised, they are names
    assert speakers('"The roads will be closed until noon," Kelly said.') == ["Kelly"]
    assert speakers('"The roads will be closed until noon," Clement said.') == ["Clement"]
    # a lowercase adverb still sits inside the verb group
    assert speakers('"The roads will be closed until noon," Jo Hart said firmly.') == ["Jo Hart"]


def test_name_modifying_a_common_noun_after_a_quote():
    # the subject is the noun phrase, not the name inside it
    assert speakers('"We will not change the route," a Ford plant worker said.') == ["a Ford plant worker"]
    assert speakers('"We will not change the route," one Senate staffer told us.') == ["one Senate staffer"]
    # a quote closed by a period opens no incise: the next sentence has its own subject
    text = 'Dunn said he "will stay on the board." The Ohio plumber said more.'
    assert speakers(text) == ["Dunn"]


def test_name_ending_like_an_adverb_before_a_verb_before_the_quote():
    # "Department" and "Kelly" end like adverbs but close the subject: not skipped as part of the verb group
    assert speakers('The Transport Department has said the line will be "open again by May."') == [
        "Transport Department"]
    assert speakers('On Monday Kelly said the line will be "open again by May."') == ["Kelly"]


def test_curly_quote_closed_by_a_straight_one():
    # a typist's mixed pair: “…" then a new straight pair; each quote keeps its own cue
    text = '“The bridge is safe," Nora Diaz said. "We checked it twice.”'
    quotes = extract_quotes(text, "en")
    assert [q.text for q in quotes] == ["The bridge is safe,", "We checked it twice."]
    assert [q.speaker for q in quotes] == ["Nora Diaz", "Nora Diaz"]
    # straight quotes inside a curly one stay inner quotes
    text = '“She told me \"never again\" and left,” Nora Diaz said.'
    assert [q.text for q in extract_quotes(text, "en")] == ['She told me "never again" and left,']


def test_complement_or_coordinate_between_subject_and_verb_after_a_quote():
    text = '"The dam will not hold another winter," Lena Ortiz of the Coastal Research Institute wrote.'
    assert speakers(text) == ["Lena Ortiz"]
    text = '"The dam will not hold another winter," Lena Ortiz and Tom Berg of the Coastal Research Institute wrote.'
    assert speakers(text) == ["Lena Ortiz"]


def test_participle_after_a_closing_reporting_clause_takes_its_subject():
    text = 'Tom Berg left early, Ruth Kaplan said, adding, "Nobody told us why."'
    assert speakers(text) == ["Ruth Kaplan"]
    # without a reporting clause before the comma, the main clause's subject
    text = 'Ruth Kaplan criticised the mayor, adding, "Nobody told us why."'
    assert speakers(text) == ["Ruth Kaplan"]


def test_long_apposition_between_commas_after_a_quote():
    text = ('"The dam will not hold another winter," Lena Ortiz, head of the flood research unit at the '
            'state university in the capital, said on Monday.')
    assert speakers(text) == ["Lena Ortiz"]


def test_participle_after_the_object_of_a_place_preposition():
    # "on Facebook", "into the hall": the participle's subject is the clause's, not that object
    text = 'Mara Quinn put a note on Facebook reading "See you all in June."'
    assert speakers(text) == ["Mara Quinn"]
    text = 'Mara Quinn said she would stand outside the doors into the hall shouting "Sign up here."'
    assert speakers(text) == ["Mara Quinn"]
    # after "of" or "with" the name right before the participle still speaks
    text = 'The ad shows a clip of Hal Brook saying "Taxes will fall."'
    assert speakers(text) == ["Hal Brook"]


def test_quote_opening_its_sentence_takes_the_previous_sentence_speaker():
    # the sentence before introduces the speaker; the quote has no cue of its own
    text = 'Pia Lund agreed with the plan. "We should have started years ago."'
    assert speakers(text) == ["Pia Lund"]
    # a reporting clause closing that sentence names the speaker, not its subject
    text = 'The mayor may wait for the report, Pia Lund said. "Nobody wants another delay."'
    assert speakers(text) == ["Pia Lund"]
    # a sentence that quotes someone already gives its own speaker to the next quote
    text = '"It is late," Omar Reyes told me. "Nobody wants another delay."'
    assert speakers(text) == ["Omar Reyes", "Omar Reyes"]


def test_quote_closing_its_sentence_inside_it_has_no_cue_after_it():
    # a partial quote ends the journalist's sentence with the period inside the marks:
    # the next sentence has its own subject and speaks for itself
    text = 'Vera Holt called the plan "a disgrace." Sam Ortiz said the vote was "long overdue."'
    assert speakers(text) == ["Vera Holt", "Sam Ortiz"]
    text = 'Vera Holt said the plan was "a disgrace." Her aide called it "a mistake."'
    assert speakers(text)[0] == "Vera Holt"
    # a quote opening its sentence still takes the cue after it
    assert speakers('"It is a disgrace." Vera Holt said nothing more.')[:1] == ["Vera Holt"]


def test_participle_clause_opening_the_sentence_is_not_its_subject():
    text = ('Speaking after the party’s Labor Day picnic, Rosa Kim said the plan was fair, '
            'adding that the Farm Bureau "should have been told earlier."')
    assert speakers(text) == ["Rosa Kim"]


def test_possessive_owner_title_with_a_complement_then_a_name_in_apposition():
    text = '"The vote is close," Mayor Dana Fox’s chief of staff, Leo Brandt, told reporters.'
    assert speakers(text) == ["Leo Brandt"]
    text = 'Mayor Dana Fox’s chief of staff, Leo Brandt, told reporters the vote was "close."'
    assert speakers(text) == ["Leo Brandt"]


def test_reporting_verb_coordinated_with_the_main_verb_takes_its_subject():
    text = 'Tara Quinn toured the plant in Ohio and said the deal was "a good start."'
    assert speakers(text) == ["Tara Quinn"]
    text = 'Tara Quinn met the workers at the plant but warned that it was "not enough yet."'
    assert speakers(text) == ["Tara Quinn"]


def test_quote_closing_its_sentence_inside_it_ends_the_sentence_before_a_cue():
    # the next sentence's reporting verb is its own, not a cue for the quote before it
    text = 'Vera Holt said the levy "failed." Sam Ortiz called the plan "a total disaster."'
    assert speakers(text) == ["Vera Holt", "Sam Ortiz"]
    # a quote opening its sentence still keeps the cue after it
    assert speakers('"Why now?" Sam Ortiz fired back.') == ["Sam Ortiz"]


def test_made_it_clear_is_a_cue():
    text = 'Lena Moss made it clear that she has "grave doubts" about the bill.'
    assert speakers(text) == ["Lena Moss"]
    text = 'Lena Moss has made clear her wish to "start over."'
    assert speakers(text) == ["Lena Moss"]


def test_indefinite_title_is_somebody_new():
    # "a senior official" brings in a new person: not the latest name in the article
    text = 'Ana Ruiz said the dam was safe. "It held well," said a senior official. "But we were lucky."'
    assert speakers(text) == ["a senior official", "a senior official"]
    text = 'Ana Ruiz praised the crews. "It held well," one longtime adviser said.'
    assert speakers(text) == ["one longtime adviser"]
    text = '"It held well," Ana Ruiz said. "We were lucky," said a senior official.'
    assert speakers(text) == ["Ana Ruiz", "a senior official"]
    # a definite title still names the person introduced with it
    text = 'Governor Ana Ruiz visited the dam. "It held well," the governor said.'
    assert speakers(text) == ["Ana Ruiz"]


def test_indefinite_pronoun_opening_its_clause_speaks_as_written():
    assert speakers('Another tweeted, "The mayor thinks she is above the rules and the law."') == ["Another"]
    assert speakers('Ana Ruiz left early. Yet another said, "The mayor thinks she is above the law."') == ["another"]
    assert speakers('Many said they were "tired of the same old promises from the city."') == ["Many"]
    # not after another word: "No one said" names nobody
    assert speakers('No one said: "The mayor thinks she is above the rules and the law."') == [None]


def test_party_state_label_after_a_comma_is_never_the_speaker():
    # "R-Iowa", "D-N.Y.", "R-TX": a label of the name before it, never a name of its own
    text = 'Sen. Jo Hart, R-Iowa, who chairs the panel, told reporters: "It is a good start for all."'
    assert speakers(text) == ["Jo Hart"]
    text = 'Rep. Ana Ruiz, D-N.Y., despite her doubts about the cost, said the bill was "a good start for all."'
    assert speakers(text) == ["Ana Ruiz"]
    assert speakers('"It is a good start for all," Rep. Ana Ruiz, R-TX, said.') == ["Ana Ruiz"]


def test_title_with_a_capitalised_modifier_names_only_the_person_introduced_with_it():
    # "the Texas senator" is not the senator introduced with no "Texas" near her: as written
    text = ('Republican senator Ana Ruiz spoke in Des Moines on Monday. '
            '"We will win this state," the Texas senator said.')
    assert speakers(text) == ["the Texas senator"]
    # the senator introduced next to "Texas" is the one, even before the latest senator
    text = ('Texas senator Jo Hart spoke first. Republican senator Ana Ruiz spoke next. '
            '"We will win this state," the Texas senator said.')
    assert speakers(text) == ["Jo Hart"]
    text = ('Republican senator Ana Ruiz spoke in Des Moines on Monday. '
            '"We will win this state," said the Republican senator.')
    assert speakers(text) == ["Ana Ruiz"]


def test_object_of_a_coordinated_verb_is_not_the_speaker():
    # the name after "met", "sit" is that verb's object; the reporting verb after "and" is the subject's
    text = 'Rosa Vance met Ivan Petrov and said the talks were "very useful."'
    assert speakers(text) == ["Rosa Vance"]
    text = 'Rosa Vance says she would sit Petrov down and tell him "enough is enough."'
    assert speakers(text) == ["Rosa Vance"]
    text = 'Rosa Vance invited Petrov to the summit and called him "a partner."'
    assert speakers(text) == ["Rosa Vance"]
    # a name after a noun before "and said" is still the subject
    text = 'Her rival Ivan Petrov toured Ohio and said it was "a fine day."'
    assert speakers(text) == ["Ivan Petrov"]


def test_common_word_used_as_a_surname():
    # "From" after a first name is a surname; later in a sentence the capitalised word is that person
    text = ('The group was founded by Dan From, who later left. "We had no money," From said. '
            '"We had to start from scratch."')
    assert speakers(text) == ["Dan From", "Dan From"]
    # a weekday after a name is no surname: "Twitter Thursday"
    text = 'Lee Park wrote on Twitter Thursday that the bill was "a mistake."'
    assert speakers(text) == ["Lee Park"]


def test_noun_object_before_a_participle_is_not_its_subject():
    # "a notice" is the object of "posted"; the participle "saying" takes the clause's subject
    text = 'The mayor of Dunmore, Ella Kratz, posted a notice saying the pool "will reopen once the pumps are fixed."'
    assert speakers(text) == ["Ella Kratz"]
    text = 'Her office sent out a memo saying the pool "will reopen once the pumps are fixed."'
    assert speakers(text) == ["Her office"]
    # a noun phrase after a preposition still speaks: "with a source saying"
    text = 'The pool closed, with a lifeguard saying it "will reopen once the pumps are fixed."'
    assert speakers(text) == ["a lifeguard"]


def test_noun_ending_in_ment_closes_the_subject_before_the_verb():
    # English "-ment" ends nouns, not adverbs: "The department", "the government" are subjects
    assert speakers('The department said it would "restore the service by Friday at the latest."') == [
        "The department"]
    assert speakers('The government has said it will "restore the service by Friday at the latest."') == [
        "The government"]
    # a lowercase "-ly" adverb still sits inside the verb group
    assert speakers('Jo Hart repeatedly said the line will be "open again by May."') == ["Jo Hart"]


def test_possessive_noun_phrase_before_the_verb_speaks_as_written():
    # "Hale’s office said" before the quote, as after it: the possessive phrase speaks
    assert speakers('Mia Hale’s office said the plan would be "ready before the winter session."') == [
        "Mia Hale’s office"]
    assert speakers('The union’s letter then warns that the plan "will cost jobs in every county."') == [
        "The union’s letter"]
    # not an object: the phrase after a preposition or a verb is not the subject
    text = 'Mia Hale said the aide close to Tom Reed’s team had "no role in the decision at all."'
    assert speakers(text) == ["Mia Hale"]


def test_colon_after_a_main_clause_with_no_subject_right_before_it():
    # the subject is far from the colon: the main clause's subject speaks
    text = 'Ada Moss paused for a long moment, then leaned across the table: "We will win this district in May."'
    assert speakers(text) == ["Ada Moss"]
    # a name modifying a noun is not that subject: the noun phrase is
    text = 'A Green Party volunteer, with the crowd cheering loudly behind him: "We will win this district in May."'
    assert speakers(text) == ["A Green Party volunteer"]


def test_dash_closing_a_main_clause_introduces_the_quote_like_a_colon():
    text = 'Ada Moss also embraced the new tax plan -- "It is the best deal this county has had in years."'
    assert speakers(text) == ["Ada Moss"]
    text = 'Ada Moss also embraced the new tax plan — “It is the best deal this county has had in years.”'
    assert speakers(text) == ["Ada Moss"]


def test_a_past_form_after_this_is_a_verb_not_a_speaker():
    # "This prompted …": a pronoun and a verb, not a determiner and a noun ("a source said")
    text = 'The clip spread fast. This prompted the paper to run a cover saying "The mayor must go now."'
    assert speakers(text) != ["This prompted"]
    text = 'A source said "the talks will resume on Monday."'
    assert speakers(text) == ["A source"]


def test_a_spaced_hyphen_is_a_dash_not_part_of_a_name():
    text = ('In her hotel room, Dana Mills - Ortega\'s longtime friend - said "he never gave up on the town."')
    assert all(" - " not in (s or "") for s in speakers(text))
    assert [q.speaker for q in extract_quotes("Jean -Pierre Lenoir a déclaré : « Nous partons demain matin. »", "fr")] \
        == ["Jean -Pierre Lenoir"]


def test_a_noun_phrase_after_a_preposition_is_no_unnamed_speaker():
    text = 'Glenn Hale spoke on Monday. Hale, who has in the past described the plan as "a costly mistake," was cheered.'
    assert speakers(text) == ["Glenn Hale"]
    text = "Le ministre Jean Valois a par la suite parlé d'une « attaque bien orchestrée »."
    assert [q.speaker for q in extract_quotes(text, "fr")] == ["Jean Valois"]


def test_an_adverb_in_ly_is_no_head_noun():
    # "that quietly", "her sharply": a relative or an object and an adverb, no speaker
    text = 'The club printed a flyer, "Save the Pier," that quietly listed every donor by name.'
    assert "that quietly" not in speakers(text)
    text = 'She hates "surprises," in the view of one staffer, and froze when two aides, playing rivals, attacked her harshly in a session.'
    assert "her harshly" not in speakers(text)
    # nouns ending like adverbs still speak
    assert speakers('"We are grateful to the crews," the family said.') == ["the family"]


def test_a_determiner_and_an_adjective_before_a_noun_is_no_head():
    # the noun after the adjective is the head: the whole noun phrase speaks
    text = '"The dam has held for a century," the regional survey said.'
    assert speakers(text) == ["the regional survey"]
    text = '"Nobody expected the storm," the local paper wrote.'
    assert speakers(text) == ["the local paper"]
    text = 'One lengthy report asked whether the city would "ever finish the tunnel."'
    assert speakers(text) == ["One lengthy report"]


def test_a_noun_phrase_after_a_participle_or_an_object_verb_is_no_inverted_subject():
    # "saying the town …", "describing the crew as …": objects, the clause's subject speaks
    text = 'Mara Lind gave a warm toast to "Ohio grit," saying the town had "a heart of steel."'
    assert "the town" not in speakers(text)
    text = 'Ed Park, who thinks the bill was "far too high," described the damage as "awful."'
    assert "the damage" not in speakers(text)
    # a verb of speech takes its subject after it
    assert speakers('"The doors open at nine," read the notice.') == ["the notice"]
    assert speakers('"We will rebuild," says a source close to the mayor.') == ["a source"]


def test_a_sentence_opening_for_or_to_with_no_noun_phrase_names_nobody():
    # "For now," and "To cap it off," are no frames naming a speaker
    text = 'For now, the board waves off the delay as having "minor" effects on the plan.'
    assert "now" not in speakers(text)
    text = 'To cap it off, "Rain Town," a film about the floods, opens in the city this week.'
    assert "cap it off" not in speakers(text)
    # a noun phrase after the frame still speaks
    text = 'For the mayor, the new bridge is "a promise kept to every family in town."'
    assert speakers(text) != [None]


def test_an_unnamed_noun_and_a_past_form_before_to_is_no_report():
    # "the sum needed to …" modifies the noun; nobody reports the quote there
    text = 'Lee Ward says nobody is "on track to reach 500 votes," the sum needed to win the seat.'
    assert "the sum" not in speakers(text)
    # a past form closing the clause still reports
    assert speakers('"Send them home," the crowd roared.') == ["the crowd"]


def test_a_plural_title_speaks_as_written():
    # a group of lawyers or aides is nobody named before: no single person speaks for it
    text = ('Judge Nora Quill heard the case on Monday. The lawyers said the ruling was '
            '"a clear win for the tenants."')
    assert speakers(text) == ["The lawyers"]
    text = 'Mayor Tom Reyes left early. Aides say he plans to "take a long rest."'
    assert speakers(text) == ["Aides"]
    # a singular title is still the person named with it
    text = 'Judge Nora Quill heard the case. The judge said the ruling was "a clear win."'
    assert speakers(text) == ["Nora Quill"]


def test_a_name_modifying_the_noun_before_the_verb_speaks_with_it():
    # "the Quill supporter" is the speaker, not the place named earlier in the sentence
    text = 'At a diner in Dover, Delaware, the Quill supporter replied: "We are not done yet."'
    assert speakers(text) == ["the Quill supporter"]
    text = 'Ann Cole left the room, and a Reyes volunteer said the plan was "dead on arrival."'
    assert speakers(text) == ["a Reyes volunteer"]
    # the object of a verb is no speaker
    text = 'Tom Reyes helped a Dover student write a book that called him "a true hero."'
    assert speakers(text) != ["a Dover student"]


def test_a_quote_in_an_opening_subordinate_clause_is_that_clauses():
    # the clause's own subject and verb report it, not the main clause after its comma
    text = 'When Jo Lee said the town would "never give up," the crowd cheered for an hour.'
    assert speakers(text) == ["Jo Lee"]
    # a quote after the opening clause is still the main clause's
    text = 'When Jo Lee arrived, Kim Park said she was "glad to see her again."'
    assert speakers(text) == ["Kim Park"]


def test_a_given_name_tells_the_gender_of_a_pronoun_speaker():
    # no title or honorific: "Susan" is a woman's name, "Paul" a man's
    text = 'Paul Brandt and Susan Ogilvy met on Monday. She said the deal was "a good start."'
    assert speakers(text) == ["Susan Ogilvy"]
    text = 'Susan Ogilvy met Paul Brandt on Monday. He said the deal was "a good start."'
    assert speakers(text) == ["Paul Brandt"]


def test_he_or_she_is_a_person_not_a_place_named_after_one():
    # "Lake County" is the latest sentence subject, but "he" is the person named before it
    text = 'Tom Reyes arrived on Friday. Lake County welcomed him warmly. He said the visit was "a great honor."'
    assert speakers(text) == ["Tom Reyes"]


def test_verbs_of_indicating_and_referencing_report_words():
    text = 'Ann Cole indicated that the plant would "close within a year."'
    assert speakers(text) == ["Ann Cole"]
    text = 'Tom Reyes referenced the "long and dark winter" in his talk.'
    assert speakers(text) == ["Tom Reyes"]


def test_talked_about_reports_words():
    text = 'Ann Cole talked about the "quiet strength" of her neighbors.'
    assert speakers(text) == ["Ann Cole"]


def test_a_name_spelled_like_a_modal_before_an_inflected_verb():
    # "Will" before "wrote"/"said" is a person: a modal takes the bare verb ("Will they say")
    text = 'Columnist Ray Will wrote again. “The plan is dead on arrival,” Will wrote.'
    assert speakers(text) == ["Ray Will"]
    assert speakers('Will said, “The plan is dead on arrival.”') == ["Will"]
    text = 'Nobody knew. “Is the plan dead?” Will they say, “We lost the vote”?'
    assert speakers(text)[-1] != "Will"


def test_a_title_does_not_reach_a_place_after_a_preposition_and_determiner():
    # "the judge at a Fresno rally": Fresno is where, not the judge
    text = ('Judge Ana Ruiz ruled on Monday. Kim Dole railed against the judge at a noisy Fresno rally. '
            'The judge said the case was "important to the public."')
    assert speakers(text) == ["Ana Ruiz"]
    text = 'Ann Lee is a professor at the University of Iowa. The professor said the plan was "a clear mistake."'
    assert speakers(text) == ["Ann Lee"]
    # an apposition after a time phrase keeps its title
    text = 'He became prime minister in May, Tom Varga told the crowd. The prime minister said it was "a clear mandate."'
    assert speakers(text) == ["Tom Varga"]


def test_a_title_does_not_reach_a_place_after_a_bare_preposition():
    text = ('Ana Ruiz is the senator from Montana. Montana voters cheered on Monday. '
            'The senator said the bill was "a good start."')
    assert speakers(text) == ["Ana Ruiz"]
    # "of" keeps the title: "Secretary of State Jo Kerr"
    text = 'Secretary of State Jo Kerr arrived. The secretary said the talks were "a good start."'
    assert speakers(text) == ["Jo Kerr"]


def test_opening_past_participle_clause_and_its_apposition_are_no_subject():
    # "Joined by X, the Ohio governor, Smith …": the apposition is X's, Smith speaks
    text = ('Joined on stage by Mary Fallon, the Ohio governor and a longtime ally, Tom Smith launched '
            'into a lament about the "corrupt elites in the capital city."')
    assert speakers(text) == ["Tom Smith"]
    text = 'Asked about the plan, Tom Smith offered a warning about the "open for business again" spirit.'
    assert speakers(text) == ["Tom Smith"]
    # the same apposition after an opening subordinate clause
    text = 'When he met Mary Fallon, the Ohio governor, Tom Smith praised the "open for business again" spirit.'
    assert speakers(text) == ["Tom Smith"]
    # a capitalised word ending in -ed before a name is no opener: "United Nations officials said"
    text = 'United Nations officials said the camp was "a disaster for the whole region."'
    assert speakers(text) != [None]


def test_unnamed_noun_phrase_before_a_relative_clause_speaks_as_written():
    text = ('The lawsuit, which was filed in state court on Monday, alleged that the company '
            '"failed to protect its customers from harm."')
    assert speakers(text) == ["The lawsuit"]
    text = ('One voter, who asked not to be named because she spoke about her job, said the debate '
            'was "a total disaster for everyone."')
    assert speakers(text) == ["One voter"]
    text = ('The new conservative magazine, which is based in Ohio, warned that the plan was '
            '"a disaster for the whole state."')
    assert speakers(text) == ["The new conservative magazine"]
    # a name before the relative keeps its own rule
    text = 'Mary Fallon, who spoke on the condition of anonymity, said the plan "is dead on arrival."'
    assert speakers(text) == ["Mary Fallon"]


def test_indefinite_pronoun_after_the_quote_speaks_as_written():
    text = 'Readers wrote in by the hundreds. "We will not give up the fight for the workers," another wrote.'
    assert speakers(text) == ["another"]
    text = 'Readers wrote in by the hundreds. "We will not give up the fight for the workers," several said.'
    assert speakers(text) == ["several"]
    # an indefinite determiner and its noun: "some protesters chanted"
    text = 'The crowd grew. "Hey, hey! Ho, ho! The mayor has got to go!" some protesters chanted, as they marched.'
    assert speakers(text) == ["some protesters"]


def test_a_particle_that_is_a_given_name_opens_the_name():
    # "Al" is a given name before a surname, not the particle of "Bashar al Assad"
    text = ('Tom Smith spoke first. Rep. Al Cox later took the floor. '
            'He added that the bill was "a disgrace to the whole chamber."')
    assert speakers(text) == ["Al Cox"]
    text = 'Bashar al Assad spoke. Assad said the war was "far from over in the north."'
    assert speakers(text) == ["Bashar al Assad"]


def test_participle_subject_after_with_or_of_across_an_adverb():
    text = ('At a rally, some supporters attacked a protester, with Tom Smith reportedly yelling: '
            '"Get him the hell out of here!"')
    assert speakers(text) == ["Tom Smith"]
    text = 'Ann Lee spoke first. What do you think of Tom Smith privately saying "pray for me, please"?'
    assert speakers(text) == ["Tom Smith"]


def test_a_dateline_in_capitals_before_a_hyphen_is_no_subject():
    # a hyphen or a double hyphen stands for the dateline's dash
    text = ('A new poll.\n\nDENVER, Colo. - At a town hall on Friday, Tom Smith showed a chart.\n\n'
            '"Let me help you out - the answer is no," the nominee riffed on the answer.')
    assert speakers(text) == ["Tom Smith"]
    text = ('A new poll.\n\nNEW YORK, Nov. 19 -- Senator Ann Lee made her case today. '
            '"We will not stop the work we began here."')
    assert speakers(text) == ["Ann Lee"]
    # a hyphen joining words is no dash
    text = 'Tom Smith-Jones spoke first. "We are going to win this state in the fall," he said.'
    assert speakers(text) == ["Tom Smith-Jones"]


def test_a_heading_in_capitals_before_a_dash_is_no_speaker():
    # words in capitals opening the paragraph before a dash head a section
    text = 'Notes of the week.\n\nNOW OPEN—"New art show strives to confront the gentrification of the city."'
    assert speakers(text) == [None]
    text = 'Notes of the week.\n\nFAREWELL — "The small club will close at the end of the month for good."'
    assert speakers(text) == [None]
    # an acronym is a name, and so is a name in capitals inside a sentence
    text = 'Notes of the week.\n\nNATO—"We will defend every inch of allied territory in this war."'
    assert speakers(text) == ["NATO"]


def test_a_nearer_verb_with_its_own_name_after_a_quoted_verb_of_speech():
    # a verb of speech whose words were quoted since gives no priority over a nearer verb
    # with its own name before it
    text = 'Both men issued a statement, Ryan saying he was "very encouraged" and Trump calling it a "great meeting."'
    assert speakers(text) == ["Ryan", "Trump"]
    text = 'Cruz said he would make sand "glow in the dark," for instance, and Trump vowed to "bomb the hell" out of it.'
    assert speakers(text) == ["Cruz", "Trump"]
    # with no quote in between, the verb of speech keeps its priority ("X said Democrats are to blame for")
    text = 'Lee said Democrats are to blame for "a crisis of their own making" in the state.'
    assert speakers(text) == ["Lee"]


def test_a_named_verb_right_before_the_quote_speaks_before_an_incise_like_cue_after_it():
    # "…“distasteful,” Santilli expressed …" looks like an incise; the verb right before the
    # quote with its name before it says whose word it is
    text = ('In a clip that Judge Ann Moss called "distasteful," Tom Hart expressed a desire to go '
            'back to the range.')
    assert speakers(text) == ["Ann Moss"]
    # no subject after a preposition: "a message on Twitter reading “…”"
    text = 'Tom Hart posted a message on Twitter reading "Thank you Georgia" after the polls closed.'
    assert speakers(text) == ["Tom Hart"]


def test_a_full_name_before_an_unknown_verb_is_the_subject():
    # "broke" is no known verb: a person's full name before it is still no noun modifier
    text = 'Jeb Bush broke down what went wrong to NRC Handelsblad: "What they did was so insensitive to everyone."'
    assert speakers(text) == ["Jeb Bush"]


def test_a_title_is_not_taken_across_a_verb_to_the_next_capitalised_word():
    # "President X castigated Republican …": the title is X's, not "Republican"'s
    text = ('In an interview, President Tom Hart castigated Republican presidential candidate Ann Moss for her '
            'plan.\n\n"You combine those things, and it means that there is going to be anger," the president added.')
    assert speakers(text) == ["Tom Hart"]


def test_a_short_quote_that_is_a_sentence_of_its_own_goes_on_with_the_speaker():
    # two words, capitalised, closed by their own stop, right after a quoted sentence: kept
    text = '"I feel very good about our chances in November," Tester said. "Very good."  He left.'
    assert speakers(text) == ["Tester", "Tester"]
    # a short title quoted inside a sentence is still no quote of its own
    text = '"I feel very good about our chances in November," Tester said. He watched "The View" twice.'
    assert speakers(text) == ["Tester"]
