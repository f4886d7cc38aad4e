"""French stop words for word counts and language detection.

Written for this project (not copied from an existing list): closed-class words
(articles, pronouns, prepositions, conjunctions, common adverbs), the forms of
*être*, *avoir* and the modal verbs, plus words that dominate news counts without
saying what an article is about (reporting verbs, titles, days, months, small
numbers). Lowercase; elided forms are listed with both apostrophes (``l'``, ``l’``).
"""
from __future__ import annotations

_WORDS = """
le la les l' un une des du de d' au aux ce cet cette ces
mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs
quel quelle quels quelles chaque plusieurs certain certaine certains certaines
aucun aucune nul nulle tout toute tous toutes autre autres même mêmes
tel telle tels telles quelque quelques divers diverses différents différentes

je j' me m' moi tu te t' toi il elle on nous vous ils elles eux lui se s' soi y en
ça cela ceci celui celle ceux celles celui-ci celui-là celle-ci celle-là
ceux-ci ceux-là celles-ci celles-là qui que qu' quoi dont où
lequel laquelle lesquels lesquelles auquel auxquels auxquelles duquel desquels desquelles
quiconque chacun chacune rien quelqu'un quelqu'une autrui
moi-même toi-même lui-même elle-même soi-même nous-mêmes vous-même vous-mêmes
eux-mêmes elles-mêmes

à après avant avec chez contre dans depuis derrière dès devant durant entre envers
hormis hors jusque jusqu' malgré par parmi pendant pour sans selon sous sur vers via
voici voilà outre près auprès lors lorsque lorsqu' quant afin autour
dessous dessus au-dessus au-dessous au-delà loin concernant

et ou mais donc or ni car si comme quand puisque puisqu' quoique quoiqu'
tandis alors ainsi cependant pourtant toutefois néanmoins sinon soit puis ensuite
enfin aussi parce pourquoi comment combien

ne n' pas plus moins très trop peu beaucoup assez bien mal déjà encore toujours
jamais souvent parfois ici là ailleurs partout aujourd'hui hier demain maintenant
désormais aussitôt bientôt tard tôt tant autant tellement vraiment surtout
notamment également seulement non oui peut-être presque environ plutôt quasi
ensemble davantage certes là-bas ci guère voire fois

être été étant suis es est sommes êtes sont étais était étions étiez étaient
serai seras sera serons serez seront serais serait serions seriez seraient
sois soyons soyez soient fus fut fûmes furent fût
avoir eu ayant ai as a avons avez ont avais avait avions aviez avaient
aurai auras aura aurons aurez auront aurais aurait aurions auriez auraient
aie aies ait ayons ayez aient eut eurent eût
faire fait faits faite fais faisait faisaient font fera feront ferait feraient
pouvoir peut peux peuvent pouvait pouvaient pourra pourront pourrait pourraient pu
devoir doit dois doivent devait devaient devra devront devrait devraient dû
aller va vais vont allait allaient ira iront irait
falloir faut fallait faudra faudrait
vouloir veut veux veulent voulait voudrait voudraient

dire dit dits dite disent disait déclare déclaré déclarée affirme affirmé
ajoute ajouté indique indiqué explique expliqué précise précisé estime estimé
souligne souligné assure assuré annonce annoncé rappelle rappelé
m mme mmes mm mlle monsieur madame messieurs mesdames

lundi mardi mercredi jeudi vendredi samedi dimanche
janvier février mars avril mai juin juillet août septembre octobre novembre décembre

deux trois quatre cinq six sept huit neuf dix cent cents mille
premier première premiers premières second seconde

t c'
"""

_BASE = frozenset(_WORDS.split())

# Elided forms and words with an apostrophe occur with both ' and ’ in news text.
STOP_WORDS: frozenset[str] = _BASE | frozenset(w.replace("'", "\u2019") for w in _BASE)
