"""Acronyms defined in parentheses resolve to the words they abbreviate (our own sentences)."""
from analysis.quotes import extract_quotes


def speakers(text, language):
    return [q.speaker for q in extract_quotes(text, language)]


def test_french_acronym_speaks_as_its_full_name():
    text = ("La Fédération nationale des pêcheurs (FNP) conteste le projet.\n\n"
            "« Nous irons devant les tribunaux », a déclaré la FNP.")
    assert speakers(text, "fr") == ["Fédération nationale des pêcheurs"]


def test_english_acronym_speaks_as_its_full_name():
    text = ("The Coastal Housing Alliance (CHA) opposed the plan on Monday.\n\n"
            '"This will price families out," the CHA said.')
    assert speakers(text, "en") == ["Coastal Housing Alliance"]


def test_letters_that_do_not_match_the_words_define_nothing():
    # initials "CTA" do not spell "Union des transports": the acronym stays as written
    text = ("L'Union des transports (CTA) a publié un bilan.\n\n"
            "« Le réseau tient bon », a affirmé la CTA.")
    assert speakers(text, "fr") == ["CTA"]
