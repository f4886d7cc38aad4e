"""French words that tell what a name is: a person, an organisation, a place (data only,
written for this project; read by ``analysis.entities``)."""

# A name opening with one of these words (capitalised or not) is an organisation:
# « Ministère de la Défense », « le Parti socialiste », « Bureau central de … ».
ORGANISATION_HEADS = """
ministère gouvernement parti mairie préfecture parquet police gendarmerie armée agence
association syndicat fédération confédération société groupe entreprise compagnie banque
université institut conseil commission cour tribunal assemblée sénat comité office bureau
service direction fondation organisation union ligue club journal quotidien magazine
hebdomadaire chaîne radio télévision site collectif mouvement front rassemblement alliance
coalition église diocèse ambassade consulat observatoire centre réseau secrétariat cabinet
académie conférence autorité haut-commissariat fonds caisse régie établissement laboratoire
ong organisme
""".split()

# Words inside a name that make it an organisation: « Dassault Systèmes », « BFM TV ».
ORGANISATION_WORDS = """
sa sas sarl inc ltd group groupe holding systèmes airlines airways bank banque tv fm média
médias presse press news times post journal international internationale motors industries
""".split()

# Place names frequent in the French-language press: countries, regions and large cities
# (lowercase). Cities and countries also stand for their governments (« Paris et Berlin
# ont convenu »): the scorer weighs that, this list only says « a place ».
PLACES = """
france allemagne espagne italie portugal belgique suisse luxembourg pays-bas autriche
pologne grèce irlande royaume-uni angleterre écosse suède norvège danemark finlande russie
ukraine turquie chine japon inde corée iran irak syrie liban israël palestine égypte maroc
algérie tunisie libye mali niger sénégal nigeria cameroun congo burundi rwanda kenya
éthiopie afrique europe asie amérique états-unis usa canada québec mexique brésil argentine
venezuela colombie cuba haïti australie afghanistan pakistan arabie yémen qatar hongrie
roumanie bulgarie serbie croatie tchéquie slovaquie slovénie lituanie lettonie estonie
biélorussie géorgie arménie azerbaïdjan kazakhstan vietnam thaïlande indonésie philippines
paris lyon marseille toulouse nice nantes strasbourg montpellier bordeaux lille rennes
reims toulon grenoble dijon angers nîmes brest limoges tours amiens metz perpignan besançon
orléans rouen caen nancy bruxelles genève lausanne berlin londres madrid rome moscou pékin
washington new-york tokyo montréal alger tunis rabat dakar bamako kinshasa bruxelles
bretagne normandie alsace corse provence occitanie aquitaine gironde landes savoie
""".split()

# Common nouns and words that open sentences capitalised but never name a speaker: months,
# days, and the like (« Mardi », « Juin »).
NOT_NAMES = """
janvier février mars avril mai juin juillet août septembre octobre novembre décembre
lundi mardi mercredi jeudi vendredi samedi dimanche hier aujourd'hui demain cependant
toutefois pourtant ainsi alors enfin aussi mais selon depuis
""".split()

# Word endings of verb forms that open a sentence capitalised (« Sachant », « Interrogé »):
# a one-word « name » with one of them is no name.
VERB_FORM_ENDINGS = ("ant", "é", "ée", "és", "ées")

# Determiners before a title that tell the person's gender (« la ministre »).
GENDERED_DETERMINERS = {"le": "m", "la": "f", "un": "m", "une": "f", "ce": "m", "cette": "f"}

# Documents ("le communiqué", "the statement"): no speaker themselves, their issuer speaks
# (the document nouns of speakers.py count too).
DOCUMENT_HEADS = """
courriel communiqué rapport étude sondage enquête
""".split()

# Determiners of somebody not named: « un haut responsable », "a senior official" speak as
# written, not as the person a title introduced earlier.
INDEFINITE_DETERMINERS = """
un une des plusieurs certains certaines quelques deux trois d'autres
""".split()

# Capitalised words and how an annotated corpus used them (person, organisation, place,
# other entity, none; lowercase uses): derived from WiNER-fr (CC BY 4.0) by
# benchmarks/build_entity_lexicon.py; credits in LICENSE-WiNER-fr.txt beside this file.
ENTITY_LEXICON = "entity_lexicon.tsv"
