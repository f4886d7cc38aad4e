"""French text as scraped: where flattened paragraphs and headings glued words together.

Read by ``analysis.quotes.prepare``. Press pages flattened into one line leave a
sentence's end glued to the next one (``organisée».Parmi``, ``estime-t-il.Des``), a
closing guillemet glued to the next word (``calcul… »Le but``) and a subheading glued
to the paragraph under it (``Des angles mortsLes autorités``).
"""
from __future__ import annotations

from analysis.lang.fr.stop_words import STOP_WORDS

# split "word.Word" and "».Word" (a space goes in)
GLUED_SENTENCES = True
# split "»Word" and "»«": French typography always puts a space after a closing guillemet (a
# capital glued to it opens a paragraph that scraping flattened, with GLUED_LOWERCASE_HEADINGS)
GLUED_AFTER_CLOSER = "»"
# split "mortsLes autorités" where a lowercase word runs into one of these words
# capitalised (a heading's last word glued to its paragraph's first; a line break goes in)
HEADING_FOLLOWERS = frozenset(STOP_WORDS)
# and where a word written all in lowercase runs into any capitalised word ("Danger
# imminentSave the Children"): French never writes a word so (brands start with a capital,
# "PlayStation", or have one or two letters before it, "iPhone", "eBay")
GLUED_LOWERCASE_HEADINGS = True
# and where a lowercase word is followed, after a space, by one of these capitalised: a
# word that opens sentences and never a name or a title (« critique des religions Mais pour
# X », « Des critiques élogieuses Déjà, avec … »: a heading flattened with a space)
SPACED_HEADING_OPENERS = frozenset("""
mais et dans selon pour déjà par sur avec après avant depuis pendant or donc car ainsi alors
cependant pourtant toutefois puis enfin
""".split())
