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
    "LAUGHTER",
    "NEWS_WORDS",
    "VERB_ONLY",
    "EXCESS",
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
# Verbs and nouns of failure and absence negate what follows too ("failed to
# improve", "lack of progress"); IDIOMS scores them when they modify nothing.
_FAILURES = {
    "fail to", "fails to", "failed to", "failing to", "unable to", "refuse to",
    "refuses to", "refused to", "lack of", "lacks", "lacked", "lacking", "absence of",
}
NEGATIONS = frozenset(VaderConstants.NEGATE) | _FAILURES | {
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
    # excess (see EXCESS): "too bad" is worse than "bad"
    **dict.fromkeys(["too", "overly", "unduly"], _UP),
}
for _word in ("hardly", "scarcely", "barely"):  # negations here, not dampeners
    del BOOSTERS[_word]

# Contrastive words: the clause after weighs 1.5, the one before 0.5. Those of
# CONTRAST_OPENERS contrast only at the start of a sentence or clause ("Yet, ...",
# but "not yet").
CONTRAST = frozenset({"but"})
CONTRAST_OPENERS = frozenset({"yet", "however", "nevertheless", "nonetheless"})

# Degree words of excess: a positive word after them is blamed ("too generous",
# "overly optimistic"); a negative one is boosted as by any booster.
EXCESS = frozenset({"too", "overly", "excessively", "unduly"})

# Words scored only as verbs, i.e. right after a subject, auxiliary, "to" or a
# negation ("I like it", "would like", "don't like"): elsewhere "like" is the
# preposition ("countries like France"), by far its commonest use in news.
_VERB_CUES = frozenset(
    {"i", "you", "we", "they", "he", "she", "it", "who", "to", "would",
     "will", "should", "could", "might", "may", "must", "do", "does", "did", "not",
     "really", "also", "just", "still", "truly", "always", "never", "certainly"}
)
VERB_ONLY: dict[str, frozenset[str]] = {"like": _VERB_CUES}

# Laughter, scored like an emoticon: no negation or booster reaches it.
LAUGHTER = frozenset({"lol", "lmao", "rofl", "haha", "hahaha", "hehe", "xd"})

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
    # failure and absence (also negations, see NEGATIONS)
    **{phrase: -1.5 for phrase in _FAILURES},
    # excess and shortfall in themselves
    "too much": -1.0,
    "too many": -1.0,
    "too little": -1.2,
    "too few": -1.2,
    "too late": -1.2,
    "too often": -1.0,
    "not enough": -1.2,
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
    # editorial judgement: misconduct, abuse of power, failure, waste, extremism
    "arbitrary": -1.2, "unjustified": -1.8, "unwarranted": -1.7,
    "unconstitutional": -1.8, "unlawful": -2.0, "hypocrisy": -2.2, "hypocrite": -2.2,
    "callous": -2.3, "ruthless": -2.4, "lawless": -2.2, "upheaval": -1.6,
    "mayhem": -2.5, "disarray": -1.8, "dysfunctional": -2.0, "inefficient": -1.5,
    "inefficiency": -1.5, "ineptitude": -2.1, "mismanaged": -2.0, "mismanage": -1.9,
    "dishonor": -2.2, "deficiency": -1.5, "deficient": -1.6, "backlog": -1.0,
    "overcrowded": -1.5, "overcrowding": -1.5, "congestion": -1.0, "congested": -1.0,
    "scarcity": -1.4, "impoverished": -2.0, "destitute": -2.3, "squander": -2.0,
    "squandered": -2.1, "squandering": -2.0, "overpriced": -1.5,
    "exorbitant": -1.8, "excessive": -1.5, "excess": -0.8, "extravagant": -1.0,
    "extravagance": -1.2, "onerous": -1.5, "draconian": -2.0, "harshly": -1.7,
    "stringent": -0.6, "tyranny": -3.0, "tyrannical": -2.9, "authoritarian": -2.0,
    "autocratic": -1.9, "intolerance": -2.3, "intolerant": -2.2, "bigotry": -2.8,
    "bigoted": -2.7, "xenophobia": -2.6, "vindictive": -2.3, "vengeful": -2.3,
    "retaliation": -1.6, "reprisal": -1.8, "reprisals": -1.8, "belligerent": -2.0,
    "deadly": -2.8, "lethal": -2.6, "perilous": -2.2, "precarious": -1.6,
    "hazardous": -1.9, "volatile": -1.2, "fragile": -1.0, "jeopardize": -1.9,
    "jeopardized": -1.9, "endanger": -2.0, "endangered": -1.7, "subvert": -1.8,
    "distortion": -1.6, "misrepresent": -1.9, "misrepresented": -1.9,
    "disinformation": -2.2, "deceptive": -2.2, "falsehood": -2.2, "falsehoods": -2.2,
    "fabricated": -2.0, "fabrication": -2.1, "sham": -2.2, "charade": -1.8,
    "pretense": -1.3, "ploy": -1.3, "gimmick": -1.2, "posturing": -1.4,
    "pandering": -1.7, "demagogue": -2.3, "demagoguery": -2.3, "bluster": -1.3,
    "blustering": -1.3, "complacency": -1.4, "lax": -1.3, "sloppy": -1.6,
    "shoddy": -2.0, "haphazard": -1.3, "clumsy": -1.5, "botched": -2.1,
    "bungled": -2.0, "muddled": -1.3, "incoherent": -1.7, "inconsistent": -1.1,
    "erratic": -1.4, "unreliable": -1.6, "unpredictable": -0.8, "wrongheaded": -1.9,
    "folly": -1.9, "senseless": -2.2, "pointless": -1.9, "fruitless": -1.7,
    "objectionable": -1.9, "condescending": -1.8, "patronizing": -1.7,
    "demeaning": -2.1, "inhumane": -2.7, "barbaric": -2.9, "barbarous": -2.9,
    "heinous": -3.1, "monstrous": -2.8, "repugnant": -2.8, "reprehensible": -2.7,
    "despicable": -3.0, "egregious": -2.4, "flagrant": -2.0, "blatant": -1.7,
    "grotesque": -2.3, "scurrilous": -2.3, "slanderous": -2.4, "defamatory": -2.2,
    "smears": -1.9,
    "invaluable": 2.3, "fruitful": 1.8, "productive": 1.6, "skillful": 1.9,
    "skilled": 1.5, "adept": 1.6, "astute": 1.8, "shrewd": 1.2, "judicious": 1.7,
    "rational": 1.0, "decent": 1.5, "decency": 1.8, "candid": 1.2, "candor": 1.3,
    "forthright": 1.4, "principled": 1.7, "inventive": 1.7, "ingenious": 2.2,
    "imaginative": 1.8, "accomplishment": 2.1, "achieve": 1.6, "achieved": 1.7,
    "advancement": 1.4, "enhance": 1.4, "enhanced": 1.2, "bolster": 1.0,
    "bolstered": 1.0, "protecting": 1.1, "preserve": 1.0, "preserved": 1.0,
    "restoration": 1.2, "revived": 1.2, "renewal": 1.2, "rejuvenate": 1.6,
    "rebuild": 1.0, "rebuilt": 1.0, "heartening": 2.0, "upbeat": 1.8,
    "vigorous": 1.4, "affluent": 1.0, "booming": 1.5, "thrive": 2.0, "thrived": 2.0,
    "flourished": 2.1, "solvent": 0.8, "eloquent": 2.0, "eloquence": 2.0,
    "articulate": 1.4, "insightful": 2.0, "perceptive": 1.7, "informative": 1.5,
    "illuminating": 1.8, "refreshing": 1.8, "refreshingly": 1.8, "witty": 1.9,
    "superbly": 2.9, "remarkably": 1.6,
    # public finance, institutions and policy, crime
    "backlash": -1.5, "boondoggle": -2.0, "shutdown": -1.2, "coverup": -2.2,
    "stonewall": -1.5, "stonewalling": -1.6, "obstruction": -1.6, "obstruct": -1.5,
    "obstructed": -1.5, "overrun": -1.2, "overruns": -1.2, "underfunded": -1.5,
    "understaffed": -1.4, "overburdened": -1.6, "dilapidated": -1.8, "decrepit": -1.8,
    "crumbling": -1.6, "derelict": -1.6, "blight": -2.0, "blighted": -2.0, "rampant":
    -1.5, "endemic": -1.0, "chronic": -1.2, "intractable": -1.5, "unworkable": -1.7,
    "unenforceable": -1.4, "impractical": -1.3, "unrealistic": -1.4, "simplistic": -1.3,
    "shortsighted": -1.8, "ill-conceived": -2.0, "ill-advised": -1.8, "half-hearted":
    -1.3, "halfhearted": -1.3, "heavy-handed": -1.6, "high-handed": -1.6,
    "mean-spirited": -2.2, "wrong-headed": -1.9, "self-serving": -1.8, "self-defeating":
    -1.6, "counterproductive": -1.6, "overzealous": -1.4, "overreach": -1.4,
    "overreaching": -1.4, "abdication": -1.6, "abdicate": -1.5, "dereliction": -2.0,
    "malfeasance": -2.4, "cronyism": -2.2, "nepotism": -2.2, "kickbacks": -2.4,
    "kickback": -2.4, "graft": -2.0, "gouging": -2.0, "extortion": -2.6, "coercion":
    -2.0, "coercive": -1.8, "suppress": -1.4, "suppression": -1.6, "disenfranchise":
    -2.0, "disenfranchised": -1.8, "marginalized": -1.6, "segregation": -2.2,
    "segregated": -1.8, "apartheid": -3.0, "inequitable": -1.7, "regressive": -1.2,
    "exploitative": -2.2, "predatory": -2.2, "usury": -2.0, "insolvent": -2.0,
    "insolvency": -2.0, "defaulted": -1.8, "delinquent": -1.6, "delinquency": -1.6,
    "slowdown": -1.2, "anemic": -1.4, "tepid": -1.0, "lackluster": -1.4, "paltry": -1.5,
    "meager": -1.3, "meagre": -1.3, "scant": -1.0, "dwindling": -1.3, "plummet": -1.8,
    "plummeted": -1.8, "plummeting": -1.8, "spiraling": -1.3, "gunfire": -2.2, "gunmen":
    -2.0, "bloodbath": -3.2, "slaying": -2.8, "slayings": -2.8, "slain": -2.8,
    "manslaughter": -2.6, "felon": -1.8, "streamline": 1.0, "streamlined": 1.0,
    "modernize": 1.0, "uphold": 1.0, "upheld": 0.8, "vindication": 1.8, "reunited": 1.8,
    "well-intentioned": 1.0, "well-meaning": 0.9, "far-sighted": 1.8, "farsighted": 1.8,
    "clear-eyed": 1.5, "evenhanded": 1.5, "even-handed": 1.5, "nonpartisan": 0.8,
    "straightforward": 1.2, "workable": 1.3, "feasible": 1.0, "viable": 1.2,
    "cost-effective": 1.5, "equitable": 1.6, "humanely": 1.6,
    # terms whose words VADER would score: 0.0 reads them as one neutral unit
    "health care": 0.0, "child care": 0.0, "day care": 0.0, "interest rate": 0.0,
    "interest rates": 0.0, "tax credit": 0.0, "tax credits": 0.0, "credit card": 0.0,
    "credit cards": 0.0, "market share": 0.0, "trust fund": 0.0, "as well": 0.0,
    "as well as": 0.0, "political party": 0.0, "third party": 0.0,
    "social security": 0.0, "security council": 0.0, "united states": 0.0,
    "united nations": 0.0, "united kingdom": 0.0,
}

