"""French sentiment resources, kept as data: negation, degree words, contrast, idioms.

The lexicon is ``sentiment_lexicon.txt`` beside this file (see ``LEXICON.md`` for
its provenance and licence). Every entry here is written lower-case with a
straight apostrophe; the engine folds case, accents and curly apostrophes.
"""
from __future__ import annotations

__all__ = [
    "LEXICON_PACKAGE",
    "LEXICON_FILE",
    "ORIGIN_WEIGHTS",
    "TONE_FILE",
    "ELISIONS",
    "NEGATIONS",
    "NE",
    "NE_PARTICLES",
    "RESTRICTIVE",
    "NEGATIVE_SUBJECTS",
    "NEVER",
    "NEVER_SO",
    "BOOSTERS",
    "CONTRAST",
    "IDIOMS",
    "LAUGHTER",
]

# importlib.resources location of the lexicon ("word<TAB>score<TAB>origin").
LEXICON_PACKAGE = "analysis.lang.fr"
LEXICON_FILE = "sentiment_lexicon.txt"

# How much the praise and the blame of each lexicon origin (the third column of
# the lexicon) count: (positive weight, negative weight); origins not named count
# fully. The upstream entries, translated from English, praise where French news
# quotes mostly describe, so their positive scores count less. Fit on the quotes
# of press-dev.fr (French-language press, evaluation data of this project, not
# shipped): the weights that score best, from a small grid, with article-fold
# cross-validation in benchmarks/eval_sentiment.py, which reports the held-out figures.
ORIGIN_WEIGHTS: dict[str, tuple[float, float]] = {
    "vader-fr": (0.0, 1.0),
    "vader-fr-family": (0.5, 1.0),
    "inflected": (0.5, 1.0),
}

# How a quote's summed word sentiment becomes its score (analysis.sentiment.Tone),
# as JSON beside this file: fit on the quotes of press-dev.fr (French-language press,
# evaluation data of this project, not shipped) with article-fold cross-validation by
# benchmarks/train_tone.py, which reports the held-out figures. Its length power
# reads a long quote's sentiment as a density; its sign is the summed sentiment's.
TONE_FILE = "tone.json"

# Elided words split off their host: "l'injustice" -> "l'" + "injustice".
ELISIONS = frozenset(
    {"l'", "d'", "j'", "m'", "n'", "s'", "t'", "c'", "qu'",
     "jusqu'", "lorsqu'", "puisqu'", "quoiqu'", "presqu'"}
)

# Words that negate the next three words of their clause on their own
# (spoken French drops "ne": "c'est pas bon"). "peu" is "not very" ("peu
# convaincant" is unconvincing), unlike "un peu", a dampener.
NEGATIONS = frozenset(
    {"pas", "jamais", "rien", "aucun", "aucune", "aucuns", "aucunes", "sans", "ni",
     "non", "nullement", "aucunement", "guère", "rarement", "peu", "très peu",
     "trop peu", "pas du tout", "pas vraiment", "nulle part", "en rien", "loin d'être",
     "plus jamais", "jamais plus"}
)

# "ne"/"n'" negates the words up to its particle ("ne l'aime pas") once a
# particle follows in the clause, or a negative subject precedes it ("personne
# n'est venu"); otherwise it is expletive ("avant qu'il ne parte").
NE = frozenset({"ne", "n'"})
# Particles that negate only after "ne": elsewhere "plus" is "more", a booster,
# and "personne"/"point" are nouns. The NEGATIONS close "ne" too.
NE_PARTICLES = frozenset({"plus", "personne", "point", "nul", "nulle"})
# "ne ... que" means "only": no negation.
RESTRICTIVE = frozenset({"que", "qu'"})
NEGATIVE_SUBJECTS = frozenset(
    {"rien", "personne", "aucun", "aucune", "nul", "nulle", "jamais", "ni"}
)

# "jamais aussi bon", "jamais été si heureux": an intensifier, not a negation.
NEVER = frozenset({"jamais", "plus jamais", "jamais plus"})
NEVER_SO = frozenset({"aussi", "si", "autant", "tant", "tellement", "mieux", "meilleur",
                      "meilleure", "meilleurs", "meilleures"})

_UP = 0.293  # VADER's empirically derived booster increment (B_INCR)
_DOWN = -0.293

BOOSTERS: dict[str, float] = {
    **dict.fromkeys(
        ["absolument", "archi", "beaucoup", "bien", "carrément", "complètement",
         "considérablement", "davantage", "diablement", "drôlement", "entièrement",
         "énormément", "excessivement", "extra", "extrêmement", "follement", "fort",
         "franchement", "grandement", "hautement", "hyper", "immensément",
         "incroyablement", "infiniment", "intensément", "parfaitement",
         "particulièrement", "pleinement", "plus", "profondément", "purement",
         "radicalement", "réellement", "remarquablement", "rudement", "sacrément",
         "si", "spécialement", "super", "tant", "tellement", "terriblement",
         "totalement", "trop", "très", "ultra", "vachement", "vraiment",
         "tout à fait", "de plus en plus", "bien trop", "vraiment très",
         "le plus", "la plus", "les plus", "au plus haut point", "au plus point",
         "exceptionnellement", "extraordinairement", "fortement", "gravement",
         "hyper", "lourdement", "massivement", "nettement", "sérieusement",
         "singulièrement", "sensiblement", "vivement", "résolument", "littéralement",
         # adjectives used as degree words ("un énorme succès"), as vaderSentiment does
         "énorme", "énormes", "total", "totale", "totaux", "totales", "extrême",
         "extrêmes", "véritable", "véritables", "vrai", "vraie", "vrais", "vraies",
         "immense", "immenses", "profond", "profonde", "profonds", "profondes",
         "majeur", "majeure", "majeurs", "majeures", "pur", "pure", "purs", "pures"],
        _UP,
    ),
    **dict.fromkeys(
        ["assez", "un peu", "quelque peu", "un brin", "un tantinet", "un poil",
         "légèrement", "plutôt", "presque", "quasi", "quasiment", "moins",
         "à peine", "à peu près", "à moitié", "vaguement", "relativement",
         "modérément", "raisonnablement", "partiellement", "faiblement",
         "moyennement", "passablement", "plus ou moins", "en partie", "un rien",
         "léger", "légère", "légers", "légères", "relatif", "relative", "relatifs",
         "relatives", "modeste", "modestes", "somme toute"],
        _DOWN,
    ),
}

# Contrastive words: the clause after weighs 1.5, the one before 0.5.
CONTRAST = frozenset({"mais", "cependant", "pourtant", "toutefois", "néanmoins"})

# Laughter, scored like an emoticon: no negation or booster reaches it.
LAUGHTER = frozenset({"lol", "mdr", "ptdr", "haha", "hahaha", "hihi", "hihihi", "xd"})

# Multi-word expressions scored as one unit. 0.0 marks a phrase whose words must
# not be read one by one ("sans doute" is "probably", not a negation).
IDIOMS: dict[str, float] = {
    # fixed phrases whose parts would mislead
    "sans doute": 0.0,
    "sans aucun doute": 0.0,
    "nul doute": 0.0,
    "sans cesse": 0.0,
    "sans arrêt": 0.0,
    "sans compter": 0.0,
    "sans oublier": 0.0,
    "sans exception": 0.0,
    "bien sûr": 0.0,
    "bien entendu": 0.0,
    "bien que": 0.0,
    "si bien que": 0.0,
    "ou bien": 0.0,
    "eh bien": 0.0,
    "bien des": 0.0,  # determiners: "many", "much" ("bien du mal")
    "bien du": 0.0,
    "bien de la": 0.0,
    "bien de l'": 0.0,
    "bien d'autres": 0.0,
    "de plus": 0.0,
    "en plus": 0.0,
    "non plus": 0.0,
    "plus tard": 0.0,
    "plus tôt": 0.0,
    "peu à peu": 0.0,
    "sous peu": 0.0,
    "depuis peu": 0.0,
    "il y a peu": 0.0,
    "pour peu que": 0.0,
    "non seulement": 0.0,  # "non seulement ... mais aussi" is additive
    "mais aussi": 0.0,
    "mais également": 0.0,
    "mais encore": 0.0,
    "n'importe": 0.0,
    "rien que": 0.0,
    "pas à pas": 0.0,
    "faux pas": -1.0,
    "pas mal": 1.3,  # "pretty good"
    "pas mal de": 0.0,  # "quite a lot of"
    "pas terrible": -1.5,  # "not great": a litotes, not a negated horror
    "pas si mal": 1.0,
    "pas si mauvais": 1.0,
    "n'importe quoi": -1.8,
    "tant mieux": 1.6,
    "tant pis": -1.0,
    "ça va": 0.6,
    "coup de cœur": 2.6,
    "coup de gueule": -1.6,
    "coup dur": -2.0,
    "mauvaise gestion": -1.8,
    "à tort": -1.2,
    "détournement de fonds": -2.4,
    "coup de couteau": -2.4,
    "coups de couteau": -2.4,
    "bras de fer": -0.8,
    "coup d'état": -2.2,
    "bain de sang": -3.0,
    "tremblement de terre": -2.2,
    "feu de forêt": -1.8,
    "feux de forêt": -1.8,
    "coup de poignard": -2.2,
    "à couper le souffle": 2.8,
    "vaut le coup": 1.8,
    "vaut la peine": 1.6,
    "valent le coup": 1.8,
    "valent la peine": 1.6,
    "à la hauteur": 1.6,
    "au rendez-vous": 1.2,
    "haut de gamme": 1.5,
    "bas de gamme": -1.5,
    "de qualité": 1.5,
    "en panne": -1.4,
    "en difficulté": -1.6,
    "en danger": -2.0,
    "en deuil": -2.2,
    "en hausse": 0.6,
    "en baisse": -0.6,
    "à l'aise": 1.3,
    "mal à l'aise": -1.6,
    "hors de question": -1.2,
    "hors de contrôle": -1.8,
    "sous le choc": -2.0,
    "pris en otage": -2.4,
    "mise en examen": -1.6,
    "mis en examen": -1.6,
    "mise en cause": -1.0,
    "mis en cause": -1.0,
    "garde à vue": -1.4,
    "état d'urgence": -1.4,
    "cessez-le-feu": 1.2,
    "au secours": -1.6,
    "droits de l'homme": 0.6,
    "bonne foi": 1.4,
    "mauvaise foi": -1.8,
    "langue de bois": -1.2,
    "prise de conscience": 0.8,
    "tour de force": 2.2,
    "de rêve": 2.2,
    "à mourir de rire": 2.4,
    "mort de rire": 2.2,
    "prise de tête": -1.6,
    "perte de temps": -2.0,
    "fait plaisir": 2.0,
    "fait peur": -1.8,
    "fait froid dans le dos": -2.0,
    "fait honte": -2.0,
    "le moins qu'on puisse dire": 0.0,
    "à tout prix": 0.0,
    "tout de même": 0.0,
    "quand même": 0.0,
    "sans plus": -0.8,  # "it's fine, nothing more"
    # determination is no opinion ("on ne lâche rien", "le combat continue"):
    # the verb "lâcher" is not the adjective "lâche", and negated it praises nothing
    "lâche rien": 0.0,
    "lâchera rien": 0.0,
    "lâcherons rien": 0.0,
    "lâcherai rien": 0.0,
    "lâchez rien": 0.0,
    "lâchons rien": 0.0,
    "lâche pas": 0.0,
    "lâcherons pas": 0.0,
    "lâcherai pas": 0.0,
}
