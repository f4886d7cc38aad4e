"""English word rules of the quote engine's tokenizer (``analysis.quotes.scan``): English
elides no word before an apostrophe (O'Brien, don't stay whole) and has no verb-pronoun
inversion written with a hyphen."""
from __future__ import annotations

ELISIONS: tuple[str, ...] = ()
INVERSION_PRONOUNS: tuple[str, ...] = ()
