"""English words that shape speaker mentions (data only, written for this project)."""

PRONOUNS = {"he": "m", "she": "f", "they": None, "i": None, "we": None, "him": "m", "them": None}

HONORIFICS = {"mr.": "m", "mr": "m", "mrs.": "f", "mrs": "f", "ms.": "f", "ms": "f",
              "miss": "f", "dr.": None, "dr": None, "sir": "m", "dame": "f", "lady": "f",
              "lord": "m", "rev.": None, "prof.": None}

TITLES = {
    "president": None, "secretary": None, "minister": None, "senator": None, "sen.": None,
    "rep.": None, "representative": None, "congressman": "m", "congresswoman": "f",
    "governor": None, "gov.": None, "mayor": None, "spokesman": "m", "spokeswoman": "f",
    "spokesperson": None, "chairman": "m", "chairwoman": "f", "chair": None,
    "director": None, "chief": None, "leader": None, "candidate": None, "nominee": None,
    "attorney": None, "judge": None, "justice": None, "general": None, "gen.": None,
    "ambassador": None, "official": None, "ceo": None, "professor": None, "speaker": None,
    "chancellor": None, "adviser": None, "advisor": None, "strategist": None,
    "manager": None, "analyst": None, "pollster": None, "founder": None, "host": None,
    "anchor": None, "commissioner": None, "sheriff": None, "chief of staff": None,
    "businessman": "m", "businesswoman": "f", "king": "m", "queen": "f", "pope": "m",
    "lawyer": None, "economist": None, "historian": None, "author": None,
    "vice president": None, "press secretary": None, "campaign manager": None,
    "aide": None, "activist": None, "executive": None, "officer": None, "agent": None,
    "prosecutor": None, "superintendent": None, "coach": None, "researcher": None,
    "expert": None, "writer": None, "columnist": None, "editor": None, "reporter": None,
    "director general": None, "first lady": "f", "mogul": None, "billionaire": None,
}

DETERMINERS = {"the", "a", "an", "his", "her", "their", "its", "this", "that", "one",
               "another", "former"}

# A title does not reach a name across one of these: "railed against the judge at a San
# Diego rally", "the senator from Vermont" (not "of", "for", "to": "Secretary of State
# John Kerry", "Ambassador to the UN Samantha Power").
PLACE_PREPOSITIONS = {"at", "in", "on", "during", "against", "near", "from", "with", "under", "after",
                      "before", "over", "through", "into", "between", "among", "inside", "outside", "behind"}

NAME_PARTICLES = {"de", "da", "di", "del", "della", "van", "von", "der", "den", "la", "le",
                  "bin", "al", "el", "st.", "y", "du", "dos", "ter", "ten"}
# Particles that are also given names: capitalised and opening a name before one more word
# that is no particle, they are kept as its given name ("Rep. Al Cox", not "Cox": "He added"
# then refers to him; "al-Assad", "Bashar al Assad" keep the particle rule).
GIVEN_NAME_PARTICLES = {"al"}

PREPOSITIONS = {"to", "of", "by", "for", "with", "from", "about", "at", "in", "on", "against",
                "than", "like", "into", "toward", "towards", "over", "under", "between",
                "among", "without", "through", "after", "before", "whom",
                "upon", "per", "via", "behind"}

RELATIVES = {"who"}

# Relatives opening a clause inserted after an unnamed noun phrase that opens the sentence:
# the phrase is the verb's subject, as written ("The lawsuit, which was filed on Monday,
# alleged", "One voter, who asked not to be named, said").
OPENING_PHRASE_RELATIVES = {"who", "which"}

# Common words used as surnames: a capitalised stop word right after a first name and
# before a lowercase word ("George Will said", "said Al From,") is a surname, and inside a
# sentence the same capitalised word is that person ("While Will acknowledges …").
WORD_SURNAMES = True

# Determiners that bring in somebody new: a title after them ("said a senior official",
# "one longtime adviser said") is nobody named before; it speaks as written.
INDEFINITES = {"a", "an", "one", "another"}

# Party-state labels set after a name in US news ("Sen. Jo Hart, R-Iowa, said", "Rep. Al Cox
# (D-N.Y.)"): never a name nor part of one, so "Jo Hart, R-Iowa, who chairs the panel, told"
# has Jo Hart for subject. Parties, then states: AP abbreviations, postal codes, full names.
_PARTY_LETTERS = ("r", "d", "i")
_STATE_FORMS = (
    "ala. ariz. ark. calif. colo. conn. del. fla. ga. ill. ind. kan. kans. ky. la. md. mass. mich. "
    "minn. miss. mo. mont. neb. nev. n.h. n.j. n.m. n.y. n.c. n.d. okla. ore. pa. r.i. s.c. s.d. "
    "tenn. tex. vt. va. wash. w.va. wis. wyo. d.c. "
    "al ak az ar ca co ct de fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh nj nm "
    "ny nc nd oh ok or pa ri sc sd tn tx ut vt va wa wv wi wy dc "
    "alabama alaska arizona arkansas california colorado connecticut delaware florida georgia "
    "hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts "
    "michigan minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon "
    "pennsylvania tennessee texas utah vermont virginia washington wisconsin wyoming").split()
PARTY_LABELS = {f"{p}-{s}" for p in _PARTY_LETTERS for s in _STATE_FORMS}

# Indefinite pronouns that speak as written when they open their clause right before the
# verb: "Another tweeted, “…”", "Yet another said, “…”", "Several said they would …".
INDEFINITE_SUBJECTS = {"another", "others", "some", "many", "several", "one"}
# Words that may stand before such a pronoun opening its clause ("…, and another said").
INDEFINITE_SUBJECT_LEADS = {",", ";", "and", "but", "yet"}

# A title with a capitalised modifier ("the Texas senator", "the Democratic governor") names the
# person introduced with that title only where the modifier stands within this many tokens of
# that introduction ("Texas senator Ana Ruiz"); else it is somebody else: it speaks as written.
MODIFIED_TITLE_WINDOW = 8

# Words that join a complement or a coordinate to a subject before its verb, after a quote:
# "“…,” Jo Lee of the Acme Institute wrote", "“…,” the senator and party leader said".
SUBJECT_LINKS = {"of", "at", "from", "and"}

# Prepositions whose object may be the subject of a participle right after it: "footage of
# X saying", "with X noting", "from X writing at …" (not "on Twitter reading", "into the polls saying").
PARTICIPLE_SUBJECT_LINKS = {"of", "with", "from"}

# Endings of a participle opening a sentence: its clause runs to the first comma, and the
# sentence's subject comes after it ("Speaking to reporters in Ohio, Jo Lee said").
PARTICIPLE_OPENER_ENDINGS = ("ing",)
# The same for a past participle followed by a preposition ("Joined on stage by Jo Lee, …",
# "Asked about the plan, Jo Lee said"); an apposition right after that clause's comma ("…,
# the Ohio governor, Kim Park said") belongs to the clause, not to the subject.
PAST_PARTICIPLE_OPENER_ENDINGS = ("ed",)

# A quote opening its sentence with no cue of its own takes its speaker from the sentence
# before it in the paragraph: "Lena Ortiz agreed. “…”", "…, Lena Ortiz said. “…”".
PREVIOUS_SENTENCE_SPEAKER = True

# Pronouns that can be the subject of a verb (the others only follow a frame: "according to him").
SUBJECT_PRONOUNS = {"he", "she", "they", "i", "we"}

# Verbs whose next name is their object, never the speaker ("told Smith", "asked Jones").
OBJECT_VERBS = {"told", "tell", "tells", "telling", "asked", "ask", "asks", "asking", "urged",
                "warned", "reminded", "thanked", "interrupted", "informed", "assured", "called"}

# Words opening a subordinate clause: the main subject comes after its comma.
SUBORDINATORS = {"when", "if", "as", "while", "after", "before", "because", "since", "although",
                 "though", "once", "until", "whether", "despite", "unlike", "like"}

# Words after which a reporting-verb form is a noun ("his home state", "the term", "of state").
NOUN_MARKERS = {"the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "'s", "'",
                "this", "these", "those"}

# Possessives: a noun of speech after them is the possessor's ("his warning", "Trump’s pledge").
POSSESSIVES = {"his", "her", "their", "its", "'s", "'"}

# Capitalised words that open sentences and are never names, even where the article has
# them in no other form: time words ("Hours later"), sentence adverbs and openers
# ("Earlier", "Given …", "Asked about …,"), imperatives ("Ask yourself", "Wait, …").
NOT_NAME_OPENERS = """
hours minutes seconds days weeks months years decades moments earlier afterward afterwards
tonight tomorrow overnight shortly recently previously initially eventually ultimately
given asked pressed questioned speaking
ask wait look imagine consider remember note listen forget suppose picture
""".split()

# Endings of adverbs inside a verb group ("has repeatedly said"); "-ment" ends nouns in
# English ("The department said", "A government statement said"), not adverbs.
ADVERB_ENDINGS = ("ly",)

# Possessive marks: a possessive and its noun right before a reporting verb is the subject,
# as written ("Ryan’s office said", "The campaign’s statement declares"); its possessor is a
# name or a noun phrase opening with a definite determiner (DEFINITES).
POSSESSIVE_MARKS = {"'s", "'"}

# Endings of adverbs that are never the head noun of a speaker ("“…,” that accurately
# outed …", "attacked her harshly"), and the nouns that end so all the same ("the family said").
ADVERB_HEAD_ENDINGS = ("ly",)
LY_NOUNS = """
family ally rally assembly supply monopoly anomaly homily bully belly jelly folly butterfly
daily weekly monthly quarterly biweekly italy july emily kelly lily molly polly sally holly
""".split()
DEFINITES = {"the"}

# Adjectives stand before their noun: after a determiner, a lowercase word before another
# one that ends the subject is a modifier, not the head ("One sweeping question asked",
# "“…,” the congressional report said": the whole noun phrase speaks).
ADJECTIVES_FIRST = True

# A plural title speaks as written: "the lawyers said", "Aides say" are a group, not the
# latest lawyer or aide named.
PLURAL_TITLES_AS_WRITTEN = True

# A name modifying the noun right before a reporting verb, after a determiner, is part of the
# subject: "the Christie supporter retorted", "a Trump adviser said" speak as written.
NAME_MODIFIED_HEADS = True

# A quote inside a sentence-opening subordinate clause with its own reporting verb and
# subject is that clause's: "After Jo Lee called it “…,” Kim said" is Jo Lee's.
SUBORDINATE_QUOTES = True

# Words that make a capitalised name a place, a body or an event, never a person: "he" or
# "she" never refers to "Maricopa County", "the United Nations" or "the Situation Room"
# while a person is named near (general English geography and institution words).
NON_PERSON_NAME_WORDS = """
county counties river rivers lake lakes sea ocean bay gulf island islands mountain mountains
valley desert coast beach park square street avenue road bridge airport station harbor
city town village state states nation nations america americas africa asia europe
carolina dakota republic kingdom union federation province region district territory
room hall house building center centre tower plaza church cathedral temple mosque
school university college academy institute hospital museum library
party committee department ministry agency administration commission council bureau office
court congress senate parliament assembly army navy corps guard police government
association foundation organization organisation alliance coalition partnership league club
company corporation bank fund group network times post journal news press tribune herald
program programme project initiative act treaty agreement convention conference summit
americans democrats republicans
""".split()

# --- Words the engine's stages read (moved from analysis/quotes, issue 16) ---
# After an inverted verb, the subject is looked for up to these words (a clause of its own).
CLAUSE_STOPS = ("that", "if", "whether", "because")
# Nouns of groups that speak without a determiner ("officials said").
GROUP_NOUNS = ("sources", "officials", "aides", "analysts", "experts", "critics", "witnesses", "police",
               "investigators")
# A capital opening a sentence that ends so is a participle, an adverb or a common noun or
# adjective, no name ("Speaking to …", "Government", "Significant").
NOT_NAME_ENDINGS = ("ant", "ing", "ed", "ly", "ment", "ement")
# The words that link a title to its complement ("the mayor of Paris").
TITLE_COMPLEMENT_LINKS = ("of",)
# Stop words that are also common names ("Theresa May", "Will Hurd"): never dropped from a name.
STOP_WORD_NAMES = ("may", "will", "june", "april", "august", "mark", "grant", "bill")
# Lowercase words ending so are taken for adverbs inside a verb group after a quote and are no
# noun a name modifies ("Black Lives Matter movement": the name stays a subject); broader than
# ADVERB_ENDINGS, which the subject's own verb group reads ("The department said").
MANNER_ENDINGS = ("ment", "ly")
# The tokens after a name that make it a possessor ("Ryan's office", "the Joneses' lawyer"): no
# subject, no name going on (POSSESSIVE_MARKS, the same marks, switches the possessed noun's rule).
GENITIVE_MARKS = ("'s", "'")
# A plural noun ends so: "the lawyers said" is a group (a title's plural), and a bare verb
# form after a singular noun is a noun ("his home state", not "the homes state").
PLURAL_ENDINGS = ("s",)

# A short Title Case quote after a possessive or a preposition (and a determiner) names a show,
# a book, an event: MSNBC's "Morning Joe", an episode of "Face the Nation". The small words a
# title may hold in lowercase, and the words it follows.
TITLE_GLUE = {"and", "of", "the", "a", "an", "in", "on", "for", "to", "at", "with", "'s", "-"}
TITLE_DETERMINERS = {"the", "a", "an"}
TITLE_PREPOSITIONS = {"of", "on", "in", "at", "during", "from"}
TITLE_POSSESSIVES = {"'s", "'"}
