"""Common given names and their gender (data only, written for this project).

A pronoun (« il », « elle ») cannot refer to a person of the other gender; where the article
gives no title or honorific, the first name tells it. These are the most common given names
in France (births of recent generations) with frequent international ones of news; names
given to both sexes (Camille, Dominique, Claude, Alix …) are left out. Keys are folded
(lowercase, no accents); a hyphenated name is looked up by its first part (« Jean-Marc »).

``FIRST_NAMES`` is the list the quote engine reads. ``GIVEN_NAMES``, for the gender of a
person (:func:`analysis.entities.person_gender`): French news quotes people of every country,
so a name this list lacks is looked up in the counted names of
``analysis/lang/en/first_names.txt`` (US births, public domain; names of another sex in France
or Italy, Jean, Andrea, Patrice, Dominique …, are not there). This list wins where both have
a name.
"""
from analysis.lang.en.first_names import load_counted
from analysis.text import fold

_MALE = """
adam adrien alain albert alexandre alexis alfred ali alphonse andre anthony antoine antonio
armand arnaud arthur augustin aurelien axel baptiste barack benjamin benoit bernard bertrand boris bruno
carlos cedric charles christian christophe clement constantin cyril damien daniel david denis didier
dimitri donald edouard emile emmanuel enzo eric etienne fabien fabrice felix fernand florent florian
francis francois franck frederic gabriel gaston gauthier georges gerald gerard gilbert gilles giuseppe
gregoire guillaume gustave guy hamid hans harry hassan henri herve hugo hugues ibrahim ivan jacques
james jean jeremie jeremy jerome joachim joel john jordan jose joseph jules julien justin karim kevin
laurent leo leon leonard louis loic luc lucas ludovic manuel marc marcel marco mario martin mathieu
matthieu maurice max maxime michael michel mickael miguel mohamed mohammed nicolas noel olivier omar
oscar pascal patrick paul pedro peter philippe pierre quentin raphael raymond regis remi rene richard
robert robin roger romain ronan samuel sebastien serge simon stephane sylvain theo thibault thierry
thomas timothee tony tristan valentin victor vincent vladimir walter william xavier yann yannick yves
zinedine abdel ahmed mustapha sergei sergey serguei dmitri igor andrei youssef recep xi boris
"""

_FEMALE = """
adele agathe agnes alexandra alice aline amandine amelie anais angela angelique anne annie
audrey aurelie beatrice bernadette brigitte carole caroline catherine cecile celine chantal charlotte
chloe christine claire clara clarisse clemence corinne delphine denise diane elisabeth
elise elizabeth ella elodie eloise emilie emma emmanuelle estelle eva eve fabienne fanny fatima
florence francoise gabrielle genevieve geraldine ginette helene hillary ines irene isabelle jacqueline
jeanne jessica josephine josiane judith julia julie juliette justine karine laetitia laura laure
laurence lea leila lina louise lucie lucile madeleine manon margaux marguerite maria marianne marie
marine marion marthe martine mathilde maud melanie michele micheline monique muriel myriam nadia
nadine nathalie nicole noemie odile olga pascale patricia paulette pauline rachel rebecca rose
sabine sandrine sarah segolene severine simone sofia solange sophie stephanie suzanne sylvie therese
valerie vanessa veronique victoria virginie yvette yvonne zoe angelina ursula theresa margaret
christiane anna natalia svetlana tatiana elena irina
"""


# folded given name -> "m" / "f"
FIRST_NAMES = {**{fold(w): "m" for w in _MALE.split()}, **{fold(w): "f" for w in _FEMALE.split()}}  # keys as the engine folds names
GIVEN_NAMES = {**load_counted(), **FIRST_NAMES}
