"""English sentiment resources: VADER's word lists, kept as data.

The lexicon itself is ``vader_lexicon.txt`` shipped inside the ``vaderSentiment``
package (MIT, C.J. Hutto); nothing is copied here. Negations come from NLTK's
VADER port, boosters from ``vaderSentiment`` 3.3.2 (a superset of NLTK's).
"""
from __future__ import annotations

from nltk.sentiment.vader import VaderConstants

__all__ = [
    "LEXICON_PACKAGE",
    "LEXICON_FILE",
    "NEGATIONS",
    "NEVER",
    "NEVER_SO",
    "BOOSTERS",
    "CONTRAST",
    "CONTRAST_OPENERS",
    "IDIOMS",
    "NEWS_WORDS",
]

# importlib.resources location of the lexicon ("word<TAB>mean<TAB>...").
LEXICON_PACKAGE = "vaderSentiment"
LEXICON_FILE = "vader_lexicon.txt"

_UP = VaderConstants.B_INCR
_DOWN = VaderConstants.B_DECR

# Words that negate the next three words of their clause. "no" is added as
# vaderSentiment does ("no problem" is not doubly negative), and the negative
# adverbs and quantifiers VADER dampens ("hardly", "few": "few useful clues" is
# not mildly useful); every "n't" word negates too (handled by the engine).
NEGATIONS = frozenset(VaderConstants.NEGATE) | {
    "no", "least", "no longer", "no one", "hardly", "scarcely", "barely", "few",
}

# "never so/this good": an intensifier, not a negation (VADER's rule).
NEVER = frozenset({"never"})
NEVER_SO = frozenset({"so", "this"})

BOOSTERS: dict[str, float] = {
    **VaderConstants.BOOSTER_DICT,
    # vaderSentiment 3.3.2 additions (adjective forms)
    **dict.fromkeys(
        ["considerable", "enormous", "exceptional", "extreme", "incredible", "major",
         "total", "tremendous", "utter", "fuckin", "fuggin", "fugging", "frackin",
         "fracking"],
        _UP,
    ),
    **dict.fromkeys(["marginal", "occasional", "scarce", "slight", "a little", "a bit"], _DOWN),
    # epistemic adverbs VADER scores as praise: in news they intensify what follows
    # ("certainly favors"); alone they still score (see the engine's modifier rule)
    **dict.fromkeys(["pretty", "certainly", "surely", "truly"], _UP),
}
for _word in ("hardly", "scarcely", "barely"):  # negations here, not dampeners
    del BOOSTERS[_word]

# Contrastive words: the clause after weighs 1.5, the one before 0.5. Those of
# CONTRAST_OPENERS contrast only at the start of a sentence or clause ("Yet, ...",
# but "not yet").
CONTRAST = frozenset({"but"})
CONTRAST_OPENERS = frozenset({"yet", "however", "nevertheless", "nonetheless"})

# Multi-word expressions scored as one unit (VADER's special cases); 0.0 marks a
# phrase whose words must not be read one by one ("at least" is no negation).
IDIOMS: dict[str, float] = {
    "the shit": 3.0,
    "the bomb": 3.0,
    "bad ass": 1.5,
    "badass": 1.5,
    "bus stop": 0.0,
    "yeah right": -2.0,
    "kiss of death": -1.5,
    "to die for": 3.0,
    "beating heart": 3.5,
    "cut the mustard": 2.0,
    "hand to mouth": -2.0,
    "at least": 0.0,
    "very least": 0.0,
    "without doubt": 0.0,
    "no doubt": 0.0,
    "no matter": 0.0,
    "a few": 0.0,
    "quite a few": 0.0,
    # "not only ... but also" is additive: neither a negation nor a contrast
    "not only": 0.0,
    "but also": 0.0,
}

# News vocabulary that VADER (a social-media lexicon) lacks, scored by hand on its
# -4..+4 scale: words of conflict, crime, economy, health and politics. Only
# words absent from vader_lexicon.txt: VADER's human ratings are kept.
NEWS_WORDS: dict[str, float] = {
    "bombing": -2.8, "bombings": -2.8, "bombed": -2.5, "shooting": -2.4,
    "shootings": -2.6, "shot": -1.2, "deaths": -2.8, "dying": -2.6, "corruption": -2.8,
    "corrupt": -2.7, "inflation": -1.2, "debts": -1.5, "decline": -1.2,
    "declined": -1.0, "declines": -1.0, "declining": -1.2, "drought": -2.0,
    "famine": -3.0, "injuries": -2.0, "wounded": -2.2, "casualties": -2.5,
    "hostage": -2.4, "hostages": -2.4, "refugee": -0.8, "refugees": -0.8,
    "crimes": -2.5, "illegally": -1.5, "jail": -2.0, "convicted": -2.0,
    "allegations": -1.4, "alleged": -0.8, "sued": -1.2, "unrest": -1.8,
    "invasion": -2.3, "sanctions": -1.2, "embargo": -1.3, "pollution": -2.0,
    "toxic": -2.5, "contamination": -2.0, "contaminated": -2.0, "outbreak": -2.2,
    "epidemic": -2.4, "pandemic": -2.4, "disease": -2.0, "diseases": -2.0,
    "starvation": -3.0, "homeless": -1.8, "homelessness": -2.0, "discrimination": -2.6,
    "sexism": -2.6, "inequality": -1.8, "inequalities": -1.8, "oppression": -3.0,
    "dictator": -2.5, "dictators": -2.5, "dictatorship": -2.6, "regime": -1.0,
    "censorship": -2.0, "extremist": -2.4, "extremists": -2.4, "extremism": -2.5,
    "radical": -0.8, "militants": -1.8, "insurgents": -1.8, "insurgency": -2.0,
    "massacre": -3.5, "massacres": -3.5, "genocide": -3.7, "atrocities": -3.4,
    "atrocity": -3.4, "executed": -2.2, "execution": -2.2, "exploitation": -2.3,
    "bankruptcy": -2.2, "layoffs": -2.0, "wasteful": -1.8, "mismanagement": -2.0,
    "negligence": -2.0, "negligent": -2.0, "erode": -1.3, "eroded": -1.3,
    "eroding": -1.3, "erosion": -1.2, "deteriorate": -1.6, "deteriorating": -1.7,
    "deterioration": -1.7, "harmful": -2.2, "flaw": -1.4, "flaws": -1.4,
    "blunder": -2.0, "blunders": -2.0, "expensive": -0.9, "overdue": -0.8,
    "delays": -1.0, "gridlock": -1.6, "impasse": -1.3, "partisan": -0.8,
    "bickering": -1.6, "veto": -0.8, "vetoed": -0.8, "oppose": -1.0, "opposed": -0.9,
    "opposes": -1.0, "opposition": -0.6, "denounced": -1.8, "disgraceful": -2.8,
    "deplorable": -2.8, "inexcusable": -2.6, "absurd": -1.8, "misguided": -1.8,
    "wrongly": -1.6, "concern": -1.0, "concerns": -1.0, "concerned": -1.0,
    "bleak": -2.0, "stagnant": -1.4, "stagnation": -1.5, "slump": -1.6, "plunge": -1.5,
    "plunged": -1.6, "crashed": -2.0, "instability": -1.8, "looting": -2.5,
    "arson": -2.6, "trafficking": -2.5, "kidnapping": -3.0, "stabbing": -2.8,
    "homicide": -3.0, "homicides": -3.0, "overdose": -2.2, "overdoses": -2.2,
    "addiction": -2.0, "slums": -1.8, "squalid": -2.2, "squalor": -2.2,
    "deficits": -1.6, "shortfall": -1.3, "shortfalls": -1.3, "austerity": -1.2,
    "downturn": -1.6, "unemployed": -1.8, "jobless": -1.8, "evictions": -2.0,
    "indicted": -2.0, "indictment": -1.8, "bribery": -2.5, "bribes": -2.5,
    "embezzlement": -2.6, "misconduct": -2.2, "malpractice": -2.0, "inept": -2.0,
    "insufficient": -1.2, "unaffordable": -1.6, "bureaucratic": -1.0, "red tape": -1.2,
    "loophole": -1.0, "loopholes": -1.0, "debacle": -2.4, "quagmire": -2.0,
    "stalemate": -1.3, "standoff": -1.2, "escalation": -1.4, "airstrikes": -2.0,
    "shelling": -2.5, "coup": -2.0, "crackdown": -1.8, "persecution": -3.0,
    "deported": -1.5, "deportation": -1.5, "imprisonment": -2.2, "bloodshed": -3.0,
    "carnage": -3.3, "slaughtered": -3.3, "flood": -1.6, "floods": -1.6,
    "flooding": -1.6, "earthquake": -1.8, "wildfire": -1.8, "wildfires": -1.8,
    "reform": 1.0, "reforms": 1.0, "recovery": 1.6, "recover": 1.4, "recovered": 1.5,
    "grow": 0.8, "prosperity": 2.5, "boom": 1.0, "compromise": 0.8, "cooperation": 1.6,
    "cooperate": 1.4, "ally": 1.2, "allies": 1.0, "helped": 1.6, "protection": 1.5,
    "stability": 1.6, "victory": 2.7, "victories": 2.5, "achievement": 2.4,
    "achievements": 2.3, "breakthrough": 2.2, "historic": 1.2, "fairness": 1.9,
    "transparent": 1.3, "transparency": 1.4, "accountable": 1.2, "accountability": 1.4,
    "thriving": 2.2, "cure": 2.0, "cured": 2.2, "rights": 0.8, "democracy": 1.6,
    "democratic": 0.8, "sensible": 1.6, "reasonable": 1.3, "prudent": 1.5,
    "essential": 1.0, "deserve": 1.0, "deserved": 1.2, "deserves": 1.0,
    "reconciliation": 1.8, "ceasefire": 1.0, "truce": 1.2, "consensus": 1.0,
    "bipartisan": 1.2, "unity": 1.8, "equality": 1.6, "inclusive": 1.4,
    "empowerment": 1.6, "empower": 1.5, "resilience": 1.8, "resilient": 1.8,
    "rebound": 1.0, "rebounded": 1.0, "upturn": 1.2, "affordable": 1.2,
    "accessible": 1.0, "effectiveness": 1.4, "milestone": 1.4, "leadership": 1.0,
    "expertise": 1.2, "humane": 1.8, "humanitarian": 1.4, "philanthropy": 1.6,
    "donated": 1.2, "volunteers": 1.0, "healed": 1.8, "revitalize": 1.5,
    "sustainable": 1.2, "flourish": 2.2, "flourishing": 2.2, "commendable": 2.2,
    "laudable": 2.2, "exemplary": 2.4, "constructive": 1.5, "pragmatic": 1.2,
    "balanced": 1.0,
    # terms whose words VADER would score: 0.0 reads them as one neutral unit
    "health care": 0.0, "child care": 0.0, "day care": 0.0, "interest rate": 0.0,
    "interest rates": 0.0, "tax credit": 0.0, "tax credits": 0.0, "credit card": 0.0,
    "credit cards": 0.0, "market share": 0.0, "trust fund": 0.0, "as well": 0.0,
    "as well as": 0.0, "political party": 0.0, "third party": 0.0,
    "social security": 0.0, "security council": 0.0, "united states": 0.0,
    "united nations": 0.0, "united kingdom": 0.0,
}

