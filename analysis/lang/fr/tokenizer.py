"""French word rules of the quote engine's tokenizer (``analysis.quotes.scan``).

``analysis.tokens`` splits the same elisions (its French word pattern) and more inversion
pronouns (je, tu, nous, vous, ce): it counts words, the engine only needs the subjects of
reporting verbs. Written for this project.
"""
from __future__ import annotations

# elided words split off before an apostrophe: l'État -> l' État, qu’il -> qu’ il
ELISIONS: tuple[str, ...] = ("qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "l", "d", "j", "m", "n", "s", "t", "c")
# subject pronouns split off a verb in inversions: a-t-il -> a -t-il, dit-elle -> dit -elle
INVERSION_PRONOUNS: tuple[str, ...] = ("il", "elle", "ils", "elles", "on")
