"""English abbreviations that end in a period but do not end a sentence.

One list for both tokenizers, written as news write them ("Mr", "Calif", "e.g"), without
the final period, inner periods kept ("U.S" for "U.S."). Sentence splitting
(``analysis.tokens``, nltk's Punkt) reads them lowercased as its ``abbrev_types``; the quote
engine (``analysis.quotes.scan``) keeps ``<entry>.`` one token, as written, except the
``ALSO_WORDS``: words that often end a sentence, which Punkt tells apart from the
abbreviation by the word after it and the engine cannot. Single capital initials
("J. K. Rowling") need no entry. Written for this project from English (AP-style) news
usage; words that often end a sentence ("ill", "miss", "wash", "ore") are left out on purpose.
"""
from __future__ import annotations

ABBREVIATIONS: frozenset[str] = frozenset(
    """
    Mr Mrs Ms Messrs Mmes Dr Drs Prof Rev Hon Jr Sr St Ste Mt Ft Mgr
    Gen Lt Col Maj Capt Cpt Cmdr Adm Sgt Cpl Pvt Brig
    Sen Sens Rep Reps Gov Pres Supt Atty Insp Det
    Inc Ltd Co Corp Bros Assn Dept Univ Govt Intl
    No Nos Vol Vols pp Ch Fig Figs Ed Eds
    etc e.g i.e cf vs viz approx est ca al
    a.m p.m
    U.S U.S.A U.K U.N E.U D.C N.Y L.A
    Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
    Mon Tue Tues Wed Thu Thur Thurs Fri Sat
    Ala Ariz Ark Calif Colo Conn Del Fla Ga Kan Ky La Md Mass Mich Minn Mo Mont
    Neb Nev N.H N.J N.M N.C N.D Okla Pa R.I S.C S.D Tenn Tex Va Vt Wis Wyo
    Ave Blvd Rd Hwy
    """.split()
)

# Entries that are also words often closing a sentence ("attended Mass.", "in 2008, Ed.",
# "about it, est."): Punkt decides by the next word, the quote engine leaves them out.
ALSO_WORDS: frozenset[str] = frozenset("Mass Ed Eds est ca Sat Mon Wed Mar".split())

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
