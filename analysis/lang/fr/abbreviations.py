"""French abbreviations that end in a period but do not end a sentence.

One list for both tokenizers, written as news write them ("Mme", "janv", "J.-C"), without
the final period, inner periods kept ("p.ex" for "p. ex."). Sentence splitting
(``analysis.tokens``, nltk's Punkt) reads them lowercased as its ``abbrev_types``; the quote
engine (``analysis.quotes.scan``) keeps ``<entry>.`` one token, as written, except the
``ALSO_WORDS``: words that often end a sentence, which Punkt tells apart from the
abbreviation by the word after it and the engine cannot. Single capital initials ("J.")
need no entry: both tokenizers keep them before a capitalised name. Written for this
project from French news usage.
"""
from __future__ import annotations

ABBREVIATIONS: frozenset[str] = frozenset(
    """
    M MM Mme Mmes Mlle Mlles Me Mr Mrs Dr Drs Pr Mgr Ste St Sts Gouv Jr Sr
    Gal Gén Col Cdt Cmdt Cne Lt Lieut Sgt Adj Adm
    Cie Éts Ets SA SARL Inc Ltd Co
    av bd boul fg pl rte bât
    etc cf p.ex ex env hab tél art al chap vol éd réf coll ibid op cit suiv fig
    c.-à-d c.-à.-d J.-C apr
    janv fév févr avr juil juill sept oct nov déc
    U.S U.S.A U.E U.K
    vs
    """.split()
)

# Entries that are also words often closing a sentence ("un vol.", "de l'art.", "ils étaient
# sept.", "Total SA."): Punkt decides by the next word, the quote engine leaves them out.
ALSO_WORDS: frozenset[str] = frozenset("SA art vol sept pl op al hab coll cit fig chap".split())

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
