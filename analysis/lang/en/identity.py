"""English words that tell who a speaker is: a group, an unnamed person, the clues to a
person's gender around a name (data only, written for this project; read by
``analysis.identity``)."""

# A lowercase speaker ("officials", "a spokesman"): its determiner or head says one or many.
PLURAL_LEADS = {"some", "many", "several", "other", "others", "two", "three", "both", "most", "few"}
SINGULAR_LEADS = {"a", "an", "the", "one", "another", "his", "her", "their", "its"}
GROUP_WORDS = {"people", "officials", "residents", "protesters", "voters", "supporters", "critics", "experts",
               "police", "aides", "sources", "analysts", "observers", "witnesses", "democrats", "republicans"}

# "Sullivan says he …": reporting verbs after which the reported clause's pronoun is the subject.
SAID_VERBS = ["said", "says", "added", "noted", "argued", "insisted", "explained", "wrote", "recalled",
              "acknowledged", "believes", "thinks", "hopes", "claimed", "stressed"]
SAID_AUXILIARIES: list[str] = []
SAID_OBJECT_VERBS = ["told"]  # "told reporters he …"
SAID_LINKS = ["that", "as"]  # "X said as he left"

APPOSITION_DETERMINERS = ["the", "a", "an"]
AGREEMENT_AUXILIARIES: list[str] = []  # English participles do not agree
FEMININE_PARTICIPLE_ENDINGS: tuple[str, ...] = ()
MASCULINE_PARTICIPLE_ENDINGS: tuple[str, ...] = ()

COMPLEMENT_PREPOSITIONS = ["of", "for", "at"]
OBJECT_PREPOSITIONS = ["of", "to", "for", "by", "with"]

NOUN_DETERMINERS: dict[str, str] = {}  # English determiners have no gender
PERSON_NOUN_ENDINGS: tuple[str, ...] = ()
NOT_IN_NOUN_PHRASE: set[str] = set()

TITLE_PREFIXES = {"vice", "ex", "co"}
ROLE_DETERMINERS = {"the", "a", "an", "his", "her", "their"}
ELIDED_ARTICLES: tuple[str, ...] = ()
ELIDED_NOUN_ENDINGS: tuple[tuple[str, str], ...] = ()
APPOSED_NOUN_ENDINGS: tuple[tuple[str, str], ...] = ()  # "X, a spokeswoman": titles only

# a speaker named by a given name alone ("Paul said": a surname alone, in English news): that name tells the gender
FIRST_NAME_ALONE = False
