"""French word rules of the one tokenizer: the quote engine's tokens (``analysis.quotes.scan``)
and the words counted from them (``analysis.tokens.words``, its word view).

The engine splits elisions and the inversions of subject pronouns (a-t-il, dit-elle); the
word view splits the inversions of the other pronouns too (dis-je, êtes-vous, est-ce), so
that a pronoun counts as the word it is, which the engine has no need of (its subjects of
reporting verbs are third persons). Written for this project.
"""
from __future__ import annotations

# elided words split off before an apostrophe: l'État -> l' État, qu’il -> qu’ il
ELISIONS: tuple[str, ...] = ("qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "l", "d", "j", "m", "n", "s", "t", "c")
# subject pronouns split off a verb in inversions: a-t-il -> a -t-il, dit-elle -> dit -elle
INVERSION_PRONOUNS: tuple[str, ...] = ("il", "elle", "ils", "elles", "on")
# the word view only: pronouns split off a verb as well (dis-je -> dis je, est-ce -> est ce)
WORD_INVERSION_PRONOUNS: tuple[str, ...] = ("je", "tu", "nous", "vous", "ce")
# the word view only: words that end like an inversion but are one word
WORD_KEPT_WHOLE: tuple[str, ...] = ("rendez-vous",)
