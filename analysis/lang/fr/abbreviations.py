"""French abbreviations that end in a period but do not end a sentence.

Data for Punkt's ``abbrev_types``: lowercase, without the final period, inner
periods kept ("p.ex" for "p. ex.", "j.-c" for "J.-C."). Single capital initials
("M.", "J.") need no entry: Punkt already keeps them before a capitalised name.
Written for this project from French news usage.
"""
from __future__ import annotations

ABBREVIATIONS: frozenset[str] = frozenset(
    """
    m mm mme mmes mlle mlles me mr mrs dr drs pr mgr ste st sts
    gal gén col cdt cmdt cne lt lieut sgt adj adm
    cie éts ets sa sarl inc ltd co
    av bd boul fg pl rte bât
    etc cf p.ex ex env hab tél art al chap vol éd réf coll ibid op cit suiv fig
    c.-à-d c.-à.-d j.-c apr
    janv fév févr avr juil juill sept oct nov déc
    u.s u.s.a u.e u.k
    vs
    """.split()
)

# Capitalised, these words start a new sentence even after an abbreviation
# ("… etc. Il a ajouté"). Articles and particles ("Le", "La", "De") are left out
# because they also begin surnames ("M. Le Pen", "Mme de La Motte").
SENTENCE_STARTERS: frozenset[str] = frozenset(
    """
    il elle ils elles nous je on cette ces ce cet mais et or donc car puis ainsi
    alors pourtant cependant toutefois selon pour dans depuis après avant lors
    quand lorsque si comme aucun aucune chaque tous toutes
    """.split()
)
