"""French reporting verbs and quote frames (data only).

Lemmas written for this project; the list of forms in the Gender Gap Tracker
(MIT, Maite Taboada) was read as a reference for coverage. Regular ``-er`` verbs
are conjugated by :func:`analysis.lang.fr.inflection.verb_forms`; irregular verbs list
the forms news uses (3rd person, participles, passé simple, infinitive).
"""

# Regular -er verbs that introduce or follow a quotation.
ER_VERBS = """
accuser ajouter affirmer alerter annoncer appeler argumenter arguer assurer attester
avouer blaguer clamer commenter confesser confier confirmer considérer constater
critiquer déclarer déplorer dénoncer détailler déplorer démentir espérer estimer
évoquer expliquer exposer exprimer fustiger indiquer insister interpeller interroger
ironiser jurer justifier lancer lâcher marteler mentionner noter nuancer observer
penser pester plaider poursuivre préciser proclamer protester questionner raconter
rappeler rapporter réagir réclamer regretter relater relever remarquer répliquer
résumer rétorquer révéler saluer signaler soulever souligner souhaiter soupirer
suggérer témoigner tempêter tonner trancher tweeter twitter déclamer annoncer
s'exclamer s'interroger s'inquiéter s'étonner s'indigner s'emporter s'alarmer
s'agacer féliciter réjouir désoler lamenter s'insurger s'amuser
juger prévenir qualifier assener asséner embrayer enchaîner certifier objecter
insinuer murmurer chuchoter crier hurler scander glisser confier
citer menacer exhorter railler moquer fustiger marteler tacler épingler
féliciter remercier condamner implorer supplier demander déplorer qualifier nommer
traiter surnommer présenter décrire raconter narrer résumer ajouter rapporter
démentir contester récuser reprocher blâmer louer vanter prôner plaider
prévenir alerter recommander conseiller proposer annoncer prédire
s'interroger s'offusquer s'emporter s'agacer s'enthousiasmer justifier
plaisanter communiquer parler exiger titrer
redouter
concéder alléguer réfuter prétexter s'extasier avancer répéter
""".split()

# Irregular verbs: the forms that report speech in news.
IRREGULAR_FORMS = """
dit dire disait disaient disent dira diront dirait dirent disant dite dits
écrit écrire écrivait écrivaient écrivent écrivit écrivant
répond répondu répondre répondait répondaient répondent répondit répondant
reconnaît reconnait reconnu reconnue reconnaître reconnaitre reconnaissait reconnut
admet admis admettre admettait admit admettant
promet promis promettre promettait promit
soutient soutenu soutenir soutenait soutint soutiennent
prévient prévenu prévenir prévenait prévint
avertit averti avertir avertissait avertissent
conclut conclu conclure concluait
poursuit poursuivi poursuivre poursuivait poursuivit
réagit réagi réagir réagissait réagissent
maintient maintenu maintenir maintenait
décrit décrit décrire décrivait
prédit prédire prédisait
s'écrie écrié s'écrier
lance lancé
fait-il fait-elle
décrit décrivent décrivait décrite dément démenti démentait
promet promettent promis promettait
prétend prétendu prétendue prétendait prétendant prétendent
craint craignait craignant craignent
dît écrivît répondît reconnût admît promît soutînt conclût réagît
défend défendu défendait défendaient défendent défendant défendit défendre
sourit souriait souriaient sourient souriant sourire
plaint plaignait plaignaient plaignent plaignant plaindre
réjoui réjouie réjouit réjouissait réjouissaient réjouissent réjouissant réjouir
""".split()

# Auxiliaries and clitics that sit between the subject and the participle.
AUXILIARIES = """a ont avait avaient aura auront aurait auraient eut est sont était
étaient s'est se sont s’est""".split()

# Frames that name a speaker without a verb: "selon X", "d’après X".
SOURCE_FRAMES = ["selon", "d'après", "d’après", "de l'avis de", "de l’avis de", "aux yeux de",
                 "pour reprendre les mots de", "comme l'a dit", "comme l’a dit"]
# "selon les mots du procureur", "selon les dires du ministère": the words' owner speaks.
SOURCE_FRAMES += [f"selon les {noun} {of}" for noun in ("mots", "dires", "propos", "termes")
                  for of in ("de", "du", "des", "d'")]
# « de l'aveu du Dr X », « aux dires de X », « de l'avis du ministre »: X speaks.
SOURCE_FRAMES += [f"{frame} {of}" for frame in ("de l'aveu", "de l’aveu", "de l'aveu même", "de l’aveu même",
                                                "aux dires", "de l'avis", "de l’avis")
                  for of in ("de", "du", "des", "d'") if f"{frame} {of}" not in SOURCE_FRAMES]

# Frames that name a speaker only when they open the sentence: "Pour X, « … »".
LEAD_FRAMES = ["pour", "aux yeux de"]

# Verbs of speech proper (conjugated like the others). Before a quote, the nearest of
# these governs it rather than a weaker verb closer to the quote.
CORE_ER_VERBS = """
déclarer affirmer ajouter expliquer souligner indiquer estimer assurer préciser confier
lancer rappeler annoncer insister raconter témoigner commenter confirmer
""".split()
CORE_IRREGULAR = """
dit dire disait disent dira écrit écrivait répond répondu répondait réagi réagit
poursuit poursuivi
""".split()

# Nouns of speech: "son appel à « … »", "sa promesse d’un « … »" report the words of the
# possessor or of the sentence subject.
SPEECH_NOUNS = """
appel appels promesse promesses mise déclaration déclarations propos critique critiques
avertissement réponse plaidoyer accusation accusations remarque commentaire message
""".split()
# Nouns of an account somebody gives: « le témoignage d'un de ses frères. … il a décrit
# « … » »: a pronoun in the next sentence is the one who gave it (with SPEECH_NOUNS).
ACCOUNT_NOUNS = ["témoignage", "témoignages", "récit", "récits", "version", "confidences"]
# Nouns of a view held, before « de » and its holder and a colon: « Ce n'est pas l'avis de X :
# « … » » is X's.
OPINION_NOUNS = ["avis", "analyse", "constat", "conviction", "opinion", "sentiment", "position"]

# After a comma, a participle takes the main clause's subject (« …, affirmant « … » »); so
# it does after these words too (« tout en affirmant », « et ajoutant ») and after a
# perfect auxiliary (« …, ayant qualifié l’accord de « … » »).
PARTICIPLE_LEADS = ["en", "et"]
PERFECT_AUXILIARIES = ["ayant"]

# Conjunctions whose clause names the source of what follows or precedes it
# (« Comme le rappelait Le Monde, « … » », « « … », comme l’a écrit X »).
SOURCE_CONJUNCTIONS = ["comme"]

# Object clitics between a source conjunction and its verb; the subject then follows the
# verb (« …, comme l'indique X, chercheur : « … » », « comme le rappelle X : »): X speaks,
# not the main clause's subject.
SOURCE_CLAUSE_CLITICS = ["l'", "le", "l’"]

# Phrases after a reporting verb giving the voice it speaks through (« X a répondu par la
# voix de son porte-parole Y : « … » »): the name after them speaks.
VOICE_FRAMES = ["par la voix de", "par la voix du", "par la voix des", "par la voix d'",
                "par l'intermédiaire de", "par l'intermédiaire du", "par la bouche de", "par la bouche du"]

# Multi-word cues, as written (the last word ends the cue).
PHRASES = """
met en garde|mis en garde|mettent en garde|mettait en garde|fait savoir|fait valoir
fait remarquer|fait observer|fait part|faisait valoir|font valoir|font savoir
en appelle|en appellent|en a appelé|en appelait
""".replace("\n", "|").split("|")

# Sentence connectors that may stand before a lead frame, set off by a comma: "En effet,
# pour X, « … »" opens with the frame all the same.
LEAD_CONNECTORS = ["en effet", "ainsi", "toutefois", "cependant", "mais", "or", "enfin",
                   "par ailleurs", "de plus", "en revanche", "néanmoins", "pourtant",
                   "d'ailleurs", "d’ailleurs", "en outre", "quant à lui", "quant à elle"]

# An impersonal inversion (« a-t-on appris », « a-t-on indiqué ») names its source after a
# lead (« auprès du ministère de l'Intérieur »), or after « de même source » the one named so last.
IMPERSONAL_CLITICS = ["-t-on"]
SOURCE_LEADS = ["auprès de", "auprès du", "auprès des", "auprès d'", "auprès d’"]
SAME_SOURCE = ["de même source"]
# A place that speaks for an impersonal report when a common noun follows (« a-t-on déclaré au
# ministère de l'Intérieur », « indique-t-on à la préfecture »); a name there is the one told
# (« a-t-on expliqué à l'AFP »).
PLACE_SOURCE_LEADS = ["au", "à la", "à l'", "à l’"]
# A cleft after a quote and a colon leads to its inverted cue: « « … » : c'est ce qu'affirme
# jeudi X », « « … » : voilà ce qu'a déclaré X ».
CLEFT_LEADS = ["c'est ce que", "c'est ce qu'", "voilà ce que", "voilà ce qu'"]

# Words that open a sentence on its topic, set off by a comma, that the subject pronoun after
# the comma takes up: « Quant à la droite et la gauche, elles se sont abstenues, critiquant « … » ».
TOPIC_LEADS = ["quant à", "quant au", "quant aux"]

# Endings of plural verb forms (present, imperfect, "ont", "sont", "font"): a verb after
# "X et Y" agrees with both, so the coordination is its subject.
PLURAL_VERB_ENDINGS = ("ent", "ont")

# Conjunctions joining two quotes of one sentence, with at most two small words after them
# (« … » et « … », « … » mais à « … »): a short quote with no cue of its own coordinated
# with a quote that has a speaker shares that speaker, as its second half.
QUOTE_COORDINATORS = ["et", "mais", "ou", "ni"]

# Impersonal cues of reading after a quote (« … », peut-on lire dans le communiqué; « … »,
# peut-on y lire), as tokens: the document named last before the quote speaks for its issuer.
READING_CUES = ["peut -on lire", "peut -on y lire", "peut -t-on lire", "peut -t-on y lire",
                "pouvait -on lire", "pouvait -on y lire", "lit -on", "y lit -on", "peut-on lire", "peut-on y lire"]

# --- Words the engine's stages read (moved from analysis/quotes, issue 16) ---
# Small words that may stand inside a verb group, between subject and verb or auxiliary and
# participle: negation, clitics, short adverbs ("n'a pas dit", "a déjà averti", "a-t-on dit").
VERB_GROUP_WORDS = ("ne", "n'", "s'", "se", "lui", "leur", "y", "en", "déjà", "aussi", "encore", "ensuite",
                    "alors", "bien", "pourtant", "toutefois", "on", "-t-on",
                    # the adverbs of narration between auxiliary and participle (« a ainsi lancé »)
                    "ainsi", "également", "notamment", "récemment", "cependant", "néanmoins",
                    "toujours", "immédiatement", "plutôt",
                    # the journalist or the reader as object: « nous a expliqué X », « m'a confié X »
                    "nous", "vous", "m'", "m’", "me")
# Phrases that set a speaker against the others inside a verb group or between the verb and
# its inverted subject (« a pour sa part déclaré X », « souligne de son côté X »).
INCISE_ADVERBIALS = ("pour sa part", "pour leur part", "de son côté", "de leur côté", "quant à lui",
                     "quant à elle", "quant à eux", "quant à elles", "à son tour", "à leur tour")
# Clitics between coordinated subjects and their verb ("X et Y ne sont", "X et Y l'ont dit").
CLITICS = ("ne", "n'", "n’", "se", "s'", "s’", "y", "en", "l'", "l’", "le", "la", "les", "lui", "leur")
# A narrative infinitive: the subject, "de" and the infinitive, maybe reflexive
# ("Et le ministre de s'interroger : « … »").
NARRATIVE_INFINITIVE_LINKS = ("de",)
REFLEXIVE_CLITICS = ("s'", "se")
# Present participles ("affirmant"): their subject is the clause's.
PARTICIPLE_ENDINGS = ("ant",)
# Past participles of reporting verbs, for passive agents ("déploré par X", "décrit comme « … » par X").
PAST_PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées", "u", "ue", "us", "ues", "it", "ite", "its", "ites", "is", "ise")
# the past participles of -er verbs ("saluée par X :"); also no institution's name word ("la santé" aside)
REGULAR_PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées")
# the participle of the passive perfect ("a été salué par X")
PASSIVE_PERFECT = ("été",)
