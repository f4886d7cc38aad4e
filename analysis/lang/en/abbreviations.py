"""English abbreviations that end in a period but do not end a sentence.

Data for Punkt's ``abbrev_types``: lowercase, without the final period, inner
periods kept ("u.s" for "U.S.", "e.g" for "e.g."). Single capital initials
("J. K. Rowling") need no entry: Punkt already keeps them before a capitalised
name. Written for this project from English (AP-style) news usage; words that
often end a sentence ("ill", "miss", "wash", "ore") are left out on purpose.
"""
from __future__ import annotations

ABBREVIATIONS: frozenset[str] = frozenset(
    """
    mr mrs ms messrs mmes dr drs prof rev hon jr sr st mt ft
    gen lt col maj capt cpt cmdr adm sgt cpl pvt brig
    sen rep gov pres supt atty insp det
    inc ltd co corp bros assn dept univ govt intl
    no nos vol vols pp ch fig figs ed eds
    etc e.g i.e cf vs viz approx est ca al
    a.m p.m
    u.s u.s.a u.k u.n e.u d.c n.y l.a
    jan feb mar apr jun jul aug sep sept oct nov dec
    mon tue tues wed thu thur thurs fri sat
    ala ariz ark calif colo conn del fla ga kan ky la md mass mich minn mo mont
    neb nev n.h n.j n.m n.c n.d okla pa r.i s.c s.d tenn tex va vt wis wyo
    ave blvd rd hwy
    """.split()
)

# Capitalised, these words start a new sentence even after an abbreviation
# ("… in the U.S. The move"). Words that are also surnames or name particles
# ("He", "An", "So", "A", "De") are left out: "Mr. He said" must not split.
SENTENCE_STARTERS: frozenset[str] = frozenset(
    """
    the she it its they we this that these those there but and yet however
    meanwhile in on at after before when while if although his her their our
    many most some officials police
    """.split()
)
