"""French words that tell who a speaker is: a group, an unnamed person, the clues to a
person's gender around a name (data only, written for this project; read by
``analysis.identity``)."""

# A lowercase speaker (« des manifestants », « un porte-parole »): its determiner says one or many.
PLURAL_LEADS = {"des", "les", "ces", "plusieurs", "quelques", "certains", "certaines", "de", "nombreux",
                "nombreuses", "deux", "trois", "d'autres"}
SINGULAR_LEADS = {"un", "une", "le", "la", "l'", "ce", "cette", "son", "sa", "leur"}
GROUP_WORDS = {"gens", "habitants", "manifestants", "riverains", "témoins", "policiers", "experts",
               "syndicats", "élus", "proches"}

# « X a affirmé qu'elle … »: reporting verbs after which the reported clause's pronoun is X.
SAID_VERBS = ["affirmé", "déclaré", "estimé", "expliqué", "indiqué", "précisé", "assuré", "ajouté",
              "souligné", "estime", "affirme", "explique", "indique", "précise", "assure", "ajoute",
              "souligne", "dit"]
SAID_AUXILIARIES = ["a"]
SAID_OBJECT_VERBS: list[str] = []
SAID_LINKS = ["qu'", "qu’"]

# An apposition after the name: « X, la ministre de … »
APPOSITION_DETERMINERS = ["le", "la", "l'", "l’", "un", "une"]
# « X, interrogée », « X a été élue »: a participle agreeing with the name
AGREEMENT_AUXILIARIES = ["est", "était", "a été", "avait été", "s'est", "s’est", "fut", "sera"]
FEMININE_PARTICIPLE_ENDINGS = ("ée", "ées")
MASCULINE_PARTICIPLE_ENDINGS = ("é",)

# A title's complement before the name (« le ministre de l'Intérieur, X ») and the
# prepositions that make the name an object (« la clause de X »), not a title's bearer.
COMPLEMENT_PREPOSITIONS = ["de", "du", "des", "d'", "d’"]
OBJECT_PREPOSITIONS = ["de", "du", "des", "d'", "d’", "à", "au", "aux", "par", "pour", "avec"]

# « le conservateur X », « la romancière X »: a gendered determiner, a noun for a person.
NOUN_DETERMINERS = {"le": "m", "un": "m", "ce": "m", "la": "f", "une": "f", "cette": "f"}
PERSON_NOUN_ENDINGS = ("eur", "euse", "rice", "ier", "ière", "ien", "ienne", "iste", "ant", "ante", "ent",
                       "ente", "aire", "ais", "aise", "ain", "aine", "ois", "oise", "logue", "aute", "ard",
                       "arde", "ote")
# words that end a noun phrase before a name: a preposition, a verb, a conjunction
NOT_IN_NOUN_PHRASE = {"de", "du", "des", "d'", "à", "au", "aux", "par", "pour", "avec", "sur", "selon", "contre",
                      "et", "ou", "qui", "que", "a", "est", "en", "dans", "chez", "sans"}

# « vice-ministre », « ex-présidente »: a title with a prefix
TITLE_PREFIXES = {"vice", "ex", "co", "sous", "pro"}
# « L'avocate de X », « La femme de X »: a role named after someone, never a form of their name
ROLE_DETERMINERS = {"le", "la", "les", "un", "une", "des", "son", "sa", "ses"}
ELIDED_ARTICLES = ("l'", "d'")
# « l'entraîneur X », « l'écrivaine X »: after an elided article, the endings that tell a noun's
# gender (longest first)
ELIDED_NOUN_ENDINGS = (("euse", "f"), ("rice", "f"), ("ière", "f"), ("ienne", "f"), ("aise", "f"),
                       ("aine", "f"), ("ante", "f"), ("eur", "m"), ("ier", "m"), ("ien", "m"), ("ais", "m"),
                       ("ain", "m"), ("ant", "m"), ("ée", "f"), ("é", "m"), ("ointe", "f"), ("oint", "m"),
                       ("perte", "f"), ("pert", "m"))
# « X, chercheuse au CNRS », « X, ancien ministre »: endings of a noun or an adjective in
# apposition that tell its gender (no « -ant », « -ais », « -ain »: « maintenant », « jamais »,
# « demain » end so too)
APPOSED_NOUN_ENDINGS = (("euse", "f"), ("rice", "f"), ("ière", "f"), ("ienne", "f"), ("eur", "m"), ("ier", "m"),
                        ("ien", "m"))

# a speaker named by a given name alone (« Stéphanie, 42 ans » : la presse cite des témoins par leur prénom): that name tells the gender
FIRST_NAME_ALONE = True
