"""French words that shape speaker mentions (data only, written for this project)."""

# Subject pronouns and their gender ("m", "f", None for plural/unknown).
# "on" is left out: an impersonal subject never names a speaker.
PRONOUNS = {"il": "m", "elle": "f", "ils": None, "elles": None, "lui": "m", "eux": None,
            "celui-ci": "m", "celle-ci": "f"}  # « Celle-ci a salué … »

# Honorifics that precede a name and tell its gender.
HONORIFICS = {"m.": "m", "mm.": None, "monsieur": "m", "mme": "f", "mmes": None, "madame": "f",
              "mlle": "f", "mademoiselle": "f", "me": None, "dr": None, "pr": None, "mgr": "m"}

# Title heads: "le ministre", "la présidente", "le secrétaire d’État".
TITLES = {
    "président": "m", "présidente": "f", "ministre": None, "secrétaire": None,
    "porte-parole": None, "chef": None, "directeur": "m", "directrice": "f",
    "maire": None, "député": "m", "députée": "f", "sénateur": "m", "sénatrice": "f",
    "chancelier": "m", "chancelière": "f", "ambassadeur": "m", "ambassadrice": "f",
    "général": "m", "gouverneur": "m", "gouverneure": "f", "juge": None,
    "procureur": "m", "procureure": "f", "avocat": "m", "avocate": "f",
    "professeur": "m", "professeure": "f", "dirigeant": "m", "dirigeante": "f",
    "responsable": None, "commissaire": None, "entraîneur": "m", "entraîneuse": "f",
    "pdg": None, "fondateur": "m", "fondatrice": "f", "patron": "m", "patronne": "f",
    "candidat": "m", "candidate": "f", "premier": "m", "première": "f", "roi": "m",
    "reine": "f", "pape": "m", "prince": "m", "princesse": "f", "chercheur": "m",
    "chercheuse": "f", "expert": "m", "experte": "f", "économiste": None,
    "spécialiste": None, "sociologue": None, "politologue": None, "historien": "m",
    "historienne": "f", "auteur": "m", "autrice": "f", "écrivain": "m", "écrivaine": "f",
    "vice-président": "m", "vice-présidente": "f", "coprésident": "m", "leader": None,
    "représentant": "m", "représentante": "f", "conseiller": "m", "conseillère": "f",
    "cardinal": "m", "évêque": "m", "archevêque": "m", "militant": "m", "militante": "f",
    "président-directeur": "m", "médecin": None, "docteur": None, "policier": "m",
    "policière": "f", "syndicaliste": None, "élu": "m", "élue": "f", "adjoint": "m",
    "adjointe": "f", "délégué": "m", "déléguée": "f", "rapporteur": "m",
    "administrateur": "m", "administratrice": "f", "capitaine": None, "colonel": "m",
    "analyste": None, "commentateur": "m", "commentatrice": "f", "éditorialiste": None,
    "journaliste": None, "chroniqueur": "m", "chroniqueuse": "f", "ministre-président": None,
    "secrétaire général": None, "président de la République": "m", "présentateur": "m",
    "présentatrice": "f", "réalisateur": "m", "réalisatrice": "f", "acteur": "m", "actrice": "f",
    "chanteur": "m", "chanteuse": "f", "animateur": "m", "animatrice": "f", "directeur général": "m",
    "lieutenant": None, "sélectionneur": "m", "joueur": "m", "joueuse": "f",
    "monarque": None, "souverain": "m", "souveraine": "f", "plaignant": "m", "plaignante": "f",
    "empereur": "m", "impératrice": "f", "émir": "m", "cheikh": "m",
}

# Titles only before another title (« le premier ministre », « premier secrétaire du PS »,
# « premier vice-président »), not before a noun (« pour la première fois »).
TITLE_MODIFIERS = {"premier", "première"}

# Determiners that may open a mention ("le ministre", "la Russie").
DETERMINERS = {"le", "la", "les", "l'", "l’", "un", "une", "des", "son", "sa", "ses", "leur", "ce", "cette"}

# Definite determiners: "le monarque" after "du Royaume-Uni," is the subject itself, not
# the name's apposition ("X, président de …, a dit").
DEFINITES = {"le", "la", "les", "l'"}

# Lowercase particles allowed inside a person's name ("Ursula von der Leyen").
NAME_PARTICLES = {"de", "du", "des", "d'", "d’", "von", "van", "der", "den", "di", "da", "dos",
                  "del", "della", "la", "le", "ben", "bin", "al", "el", "y", "zu", "ter", "ten",
                  # English names in French text: "Save the Children", "Bank of America"
                  "the", "of", "for"}

# Prepositions: a mention right after one is not a subject ("à Lavrov", "de Blinken").
PREPOSITIONS = {"à", "au", "aux", "de", "du", "des", "d'", "d’", "par", "pour", "avec", "sur",
                "contre", "chez", "vers", "entre", "sans", "sous", "envers", "dans", "en",
                "selon", "après", "avant", "auprès"}

# Relative pronoun introducing the speaker's clause: "Lavrov, qui a déclaré …".
RELATIVES = {"qui"}
# Relatives whose antecedent may be any noun phrase, not only a name: "sa famille, qui a déclaré".
NOUN_RELATIVES = {"qui"}
# Relatives whose clause has a subject of its own, never the main verb's: « Un courriel … dont
# l'AFP a eu connaissance précise que … » (the mail speaks, not the AFP).
CLAUSE_RELATIVES = {"dont"}

# Pronouns that can be the subject of a verb (the others only follow a frame: "selon lui").
SUBJECT_PRONOUNS = {"il", "elle", "ils", "elles"}

# Verbs whose next name is their object, never the speaker ("a interpellé Dupont").
OBJECT_VERBS = {"interpellé", "interpelle", "interroge", "interrogé", "remercie", "remercié",
                "accuse", "accusé", "critique", "critiqué", "appelle", "appelé", "avertit", "averti"}

# Words opening a subordinate clause: the main subject comes after its comma.
SUBORDINATORS = {"quand", "lorsque", "lorsqu'", "si", "alors", "bien", "comme", "après", "avant",
                 "parce", "puisque", "puisqu'", "tandis", "même", "malgré", "contrairement", "dès"}

# Words after which a verb form is a noun ("un appel", "son constat"); not "le", "la",
# "les", "leur": they are also object pronouns ("il la critique").
NOUN_MARKERS = {"un", "une", "son", "sa", "ses", "cette", "ce", "ces", "du", "au", "aux"}

# Possessives: a noun of speech after them is the possessor's ("son appel").
POSSESSIVES = {"son", "sa", "ses", "leur", "leurs"}

# Capitalised words that open sentences and are never names: time words ("Plus tard",
# "Quelques heures"), participles of a question put to the speaker ("Interrogé sur …,").
NOT_NAME_OPENERS = """
heures minutes jours semaines mois années auparavant aujourd'hui
interrogé interrogée interrogés interrogées questionné questionnée invité invitée
""".split()

# Frames whose name is the topic of what follows, so a later "il"/"elle" may be that
# person: "Selon X, …", and opening a sentence "Pour X, …" ("Pour X, … . Il estime …").
TOPIC_FRAMES = {"selon"}
LEAD_TOPIC_FRAMES = {"pour"}

# Nouns whose name complement is not a person in subject position: "l'affaire X",
# "le procès X", "la loi X", "le stade X" (a later "il" is not X).
NON_PERSON_HEADS = """
affaire affaires procès loi lois réforme plan rapport dossier scandale doctrine méthode
ère époque gouvernement administration camp clan équipe fondation prix rue avenue
boulevard place stade lycée collège hôpital université institut musée aéroport gare
pont centre salle théâtre opération programme projet système modèle effet syndrome
""".split()

# Endings of past participles that open a sentence set off by a comma ("Ému, X a rendu
# hommage", "Blessée, Y a abandonné"): such an opener is not a name.
OPENER_PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées", "u", "ue", "us", "ues")

# Words that name what the quote marks hold: « … » after them is a name or a term, not
# somebody's words ("un logiciel appelé « X »", "le rapport intitulé « … »", "le terme « … »").
NAMING_WORDS = """
appelé appelée appelés appelées appelle appellent intitulé intitulée intitulés intitulées
baptisé baptisée baptisés baptisées dénommé dénommée dénommés dénommées nommé nommée
nommés nommées surnommé surnommée surnommés surnommées dit dite dits dites terme termes
mot expression vocable nom slogan label marque rebaptisé rebaptisée rebaptisés rebaptisées
""".split()

# Determiners after which a quote opening with a capital is a name: la « Belle Alliance
# populaire », une « Opération Sentinelle ».
NAME_DETERMINERS = {"le", "la", "les", "l'", "un", "une", "des", "du", "au", "aux"}

# Heads of criminal charges: « … » after "pour" opening with one is the charge's legal
# name ("une enquête pour « homicides volontaires »"), not words of a speaker.
CHARGE_HEADS = """
homicide homicides meurtre meurtres assassinat assassinats détournement détournements abus
escroquerie escroqueries corruption financement blanchiment association trafic viol viols
enlèvement enlèvements séquestration séquestrations fraude recel complicité prise
violences harcèlement apologie débauche incitation atteinte entrave faux usage
évasion évasions port détention cession acquisition tentative menace menaces vol vols
extorsion destruction dégradation dégradations participation provocation agression
agressions outrage rébellion diffamation injure injures infraction infractions mise
""".split()

# The words a charge's legal name follows: « … » after them is a charge when it opens with
# a charge head ("pour « homicides volontaires »", "des chefs d'« évasion en bande organisée »").
CHARGE_LEADS = ["pour", "chef d'", "chefs d'", "chef de", "chefs de"]
# A charge after another and a conjunction: pour « vol » et « recel », « vol » ou d'« escroquerie »
CHARGE_LINKS = ["de", "d'"]
CHARGE_CONJUNCTIONS = ["et", "ou"]
# A charge's aggravating circumstance, quoted after the charge (« trafic de drogue
# international « en bande organisée » »): a legal term, never somebody's words.
CHARGE_QUALIFIERS = ["en bande organisée", "en réunion", "avec préméditation", "avec guet-apens",
                     "en relation avec une entreprise terroriste"]

# Quote marks also hold names in French news: a single capitalised word inside a sentence
# (« WannaCry »), a short phrase quoted again and again (les « consultations citoyennes »),
# a headline after a dash (« Pays : titre »). These are filtered when set.
NAME_QUOTES = True

# Inverted subjects after a quote with no comma: « … » a assuré un proche du ministre.
BARE_INVERSION = True

# Auxiliaries that ask for a singular subject, and determiners that open a plural noun
# phrase: "… », a demandé des mesures" has no inverted subject (the verb's object).
SINGULAR_AUXILIARIES = {"a", "est"}
PLURAL_DETERMINERS = {"des", "les", "ces", "leurs", "plusieurs", "quelques"}

# An inverted title subject may name its person later in an apposition: "a déclaré le chef
# du gouvernement, le conservateur Mariano Rajoy." / "explique le chercheur principal et
# professeur à l'université Yale, Ivan Dumas". Before the verb too: a name alone between
# commas after a noun phrase opening with a determiner speaks ("Le directeur du musée,
# Paul Martin, a déclaré"), not the noun phrase's complement.
TITLE_APPOSITION = True

# Infinitive clauses opening a sentence: their subject is the main clause's, so a name
# inside them, up to the first comma, is an object and no antecedent of the "il" after it
# ("Après avoir critiqué le candidat X, il annonce …": "il" is not X).
INFINITIVE_CLAUSE_OPENERS = ["après avoir", "après être", "avant de", "avant d'", "afin de",
                             "afin d'", "au lieu de", "au lieu d'", "sans"]

# Documents that "speak" for their issuer: « … », rappelle le communiqué / a déclaré un
# communiqué de l'armée. The speaker is the issuer: the complement after "de" when there
# is one, else the subject of the sentence that brought the document in ("X a annoncé …
# dans un communiqué").
DOCUMENT_NOUNS = """
communiqué communiqués déclaration déclarations rapport lettre texte document message
courrier courriel courriels tweet bulletin dépêche mémo note
""".split()

# A document brought in with one of these in its own sentence is that sentence's subject's:
# "X publie un rapport rappelant « … »", "X a diffusé son communiqué : « … »" (a definite
# "le communiqué" refers back to a document named before).
NEW_DOCUMENT_DETERMINERS = {"un", "une", "des", "son", "sa", "ses", "leur", "leurs"}

# A name right after one of these and before a verb (any lowercase word but a preposition, a
# determiner or a relative) is the subject of a coordinated clause: a later « il » / « elle »
# may refer to it as to a sentence's subject ("X mène au score, mais Y égalise. Elle a dit …": Y).
CLAUSE_COORDINATORS = {"et", "mais", "puis"}

# Coordinated subjects: "X et Y ont déclaré", "X et Y, porte-parole, font valoir": both speak,
# the first one is reported (the verb must be plural: "X a reçu Z et Y a dit" is Y's).
SUBJECT_COORDINATORS = {"et"}

# Heads of unnamed organisations, with their gender: « il » / « elle » right after a sentence
# whose subject is "le ministère des finances" (or "…, a confirmé le ministère …") and that
# names no person as a subject refers to it ("Dans un communiqué, il a indiqué que « … »").
ORGANISATION_NOUNS = {
    "ministère": "m", "gouvernement": "m", "parquet": "m", "syndicat": "m", "comité": "m",
    "conseil": "m", "tribunal": "m", "parti": "m", "collectif": "m", "groupe": "m", "cabinet": "m",
    "secrétariat": "m", "club": "m", "journal": "m", "quotidien": "m", "hebdomadaire": "m",
    "compagnie": "f", "société": "f", "entreprise": "f", "fédération": "f", "association": "f",
    "préfecture": "f", "mairie": "f", "direction": "f", "commission": "f", "agence": "f",
    "organisation": "f", "chaîne": "f", "banque": "f", "cour": "f", "gendarmerie": "f",
    "police": "f", "armée": "f", "ambassade": "f", "fondation": "f", "municipalité": "f",
}

# The gender a determiner gives a title that has one form for both (« le chef », « la chef »,
# « le ministre », « la ministre »): whom the title may resolve to.
DETERMINER_GENDERS = {"le": "m", "la": "f", "un": "m", "une": "f", "ce": "m", "cette": "f"}

# Words that refer back to the person named last, whatever their role in the sentence:
# "X et Y sont arrivés. Ce dernier a déclaré …" (Y), with their gender.
LATEST_REFERENTS = {"ce dernier": "m", "cette dernière": "f"}

# A bare title with no person introduced under that title ("le monarque", "le dirigeant")
# is the latest person given any title in the last sentences ("le Roi du Swaziland,
# Mswati III"), before the latest name, which may be a place or an organisation.
BARE_TITLE_TO_TITLED = True

# The agent of a reporting verb's past participle before a colon speaks: "Elle est
# félicitée par la ministre Anne Roux : « … »".
PASSIVE_AGENTS = {"par"}

# A noun phrase whose noun takes a name as complement speaks as a whole when it is the
# verb's subject: "Le parquet de Lyon a affirmé …", "Un proche de Jeanne Roux confie …"
# (an organisation or a relative, not the place or the person named in it).
OF_COMPLEMENT_SUBJECTS = {"de", "d'", "d’", "du", "des"}

# A bare noun phrase speaker ("le quotidien", "le studio") is the name introduced right
# after the same noun earlier in the article ("le quotidien libanais L'Orient-Le Jour",
# "le jeune studio de développement X"): at most this many words between noun and name.
INTRODUCED_NOUN_GAP = 4

# Determiners that bring in somebody new: a title after them (« a indiqué un porte-parole
# de la cour », « selon une responsable ») is nobody named before; it speaks as written.
INDEFINITES = {"un", "une"}

# Nouns that stand for a name introduced with another noun of their kind: « le quotidien
# catholique » is « le journal français La Croix »; a general word (« l'organisme »,
# « l'organisation ») is any organisation introduced with one of ORGANISATION_NOUNS
# (« le groupe Etat islamique », « Business France, agence publique … »).
INTRODUCED_NOUN_KINDS = {
    "journal": "press", "quotidien": "press", "hebdomadaire": "press", "magazine": "press",
    "mensuel": "press", "radio": "radio", "station": "radio", "chaîne": "television",
    "télévision": "television", "ong": "association", "association": "association",
    "organisme": "*", "organisation": "*", "institution": "*", "structure": "*",
}

# "Pour la première fois, …", "Pour l'instant, …": a lead frame whose noun phrase holds
# one of these words names a time or a manner, not a speaker.
FRAME_NOT_SPEAKER = """
fois instant l'instant moment heure l'heure jour jours semaine semaines mois année années
an ans part occasion l'occasion rappel mémoire mémoires cela ceci autant
""".split()

# A long inserted clause between a subject and its verb, opened after a comma by a relative
# (RELATIVES) or by a present participle with these endings: "Le maire, qui a reçu Y …, a
# déclaré", "Ce dernier, accusant Y de …, a affirmé": the subject is the mention before it.
INSERTED_CLAUSE_OPENERS = ("ant",)

# A capitalised title opening a name run (« Le Ministre de la Défense Jan Kowal était là »):
# the person after it is a subject despite the determiner, and the title's complement
# (« de la Défense ») is no part of the name.
TITLE_IN_NAME_RUN = True

# A name right after a lowercase noun governed by a preposition (« sur la façade Ouest de
# la France », « au nord du volcan Mauna Loa », « dans l'île X ») names that noun, a place or a
# thing, like the preposition's object itself: no antecedent of « il » / « elle » (a title
# word before the name still makes it a person: « avec le ministre X »).
NOUN_OBJECT_NAMES = True

# Geographic heads opening a place's name (« l'Ouest de la France », « le Mont Ventoux », « la
# Région Bretagne »): a name of several words opening with one is a place, never the antecedent
# of « il » / « elle » while a person is named, nor the full form of its last word (« France »).
PLACE_HEADS = """
ouest nord sud est nord-est nord-ouest sud-est sud-ouest mont monts lac golfe région île îles
cap baie mer océan val vallée massif plateau pic col détroit canal fleuve rivière désert
""".split()

# Institutions capitalise their first word only, their name going on in lowercase
# adjectives and complements: « la Cour pénale internationale », « le Parti socialiste »,
# « l'Organisation mondiale de la santé ». The small words that may link those words:
ORG_LINKS = ["de", "du", "des", "d'", "pour", "sans", "sur"]

# Most adjectives follow their noun: a determiner, a lowercase noun, an optional complement
# (de + a name or a noun) and one to three lowercase adjectives before the verb group is an
# unnamed subject that speaks as written ("Le journal syrien a qualifié …", "La télévision
# d'État syrienne a déclaré"); a title stays a title ("le ministre syrien a dit").
ADJECTIVES_AFTER = True

# Adverbs end so (the engine skips them between a verb and its subject); "ly" kept from the
# engine's former shared default, which French used.
ADVERB_ENDINGS = ("ment", "ly")

# --- Words the engine's stages read (moved from analysis/quotes, issue 16) ---
# After an inverted verb, the subject is looked for up to these words (a clause of its own).
CLAUSE_STOPS = ("que", "qu'", "si", "parce")
# Nouns of groups that speak without a determiner ("témoins ont raconté").
GROUP_NOUNS = ("police", "responsables", "témoins", "proches", "enquêteurs")
# A capital opening a sentence that ends so is a participle or an adverb, no name ("Revenant lundi").
NOT_NAME_ENDINGS = ("ant", "ment", "ement", "é", "ée", "és", "ées")  # a given name so ending stays one (René)
# A past participle and a preposition opening a sentence: its clause runs to the first comma,
# the subject comes after it (« Accompagné du ministre X, il venait de … »).
PAST_PARTICIPLE_OPENER_ENDINGS = ("é", "ée", "és", "ées")
# "de" and its forms: a noun's complement ("le ministère des affaires étrangères", "un communiqué de X").
OF_WORDS = ("de", "du", "des", "d'")
# « l'un des douaniers », « une des victimes »: one of a group speaks (the words before « des »).
PARTITIVE_HEADS = ("un", "une")
# The words that link a title to its complement ("le maire de Paris", "secrétaire d'État").
TITLE_COMPLEMENT_LINKS = ("d'", "de", "des", "du", "la", "l'")
# A title's complement may open so when a name follows it (« le secrétaire d'État à
# l'Intérieur Laurent Nuñez », « la ministre aux Sports, Anne Roux »); « a déclaré le
# ministre à l'AFP » is whom he spoke to.
TITLE_COMPLEMENT_PREPOSITIONS = ("à", "au", "aux")
# Lowercase words ending so are taken for adverbs inside a verb group after a quote, and are
# no noun a name modifies nor an institution's name word ("la Cour pénale internationale").
MANNER_ENDINGS = ("ment", "ly")
# The tokens after a name that make it a possessor: English possessives occur in French press
# (« le McDonald's »), and so does an apostrophe written apart after a name.
GENITIVE_MARKS = ("'s", "'")

# A short capitalised quote after a possessive or a preposition (and a determiner) names a
# work or an event (l'émission « Envoyé spécial »). The small words a title may hold in
# lowercase, and the words it follows; English possessives occur in French press too.
TITLE_GLUE = {"de", "la", "le", "les", "du", "des", "et", "d'", "l'", "en", "au", "aux", "à", "-"}
TITLE_DETERMINERS = {"le", "la", "les", "l'", "un", "une"}
TITLE_PREPOSITIONS = {"de", "du", "des", "sur", "dans", "à", "au"}
TITLE_POSSESSIVES = {"'s", "'"}
