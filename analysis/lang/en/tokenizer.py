"""English word rules of the one tokenizer (the quote engine's tokens,
``analysis.quotes.scan``, and the words counted from them, ``analysis.tokens.words``):
English elides no word before an apostrophe (O'Brien, don't stay whole) and has no
verb-pronoun inversion written with a hyphen."""
from __future__ import annotations

ELISIONS: tuple[str, ...] = ()
INVERSION_PRONOUNS: tuple[str, ...] = ()
