"""Per-language resources, one folder a language (as in spaCy's ``lang/``).

Each language package holds data only: stop words, abbreviations, reporting verbs,
sentiment lexicon. The logic that uses them lives in the task modules.
"""
