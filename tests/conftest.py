"""Shared fixtures: two short news paragraphs written for the tests."""
from __future__ import annotations

import pytest

FR_TEXT = (
    "Le secrétaire d’État Antony Blinken a rencontré M. Lavrov vendredi. "
    "« Nous poursuivrons les discussions », a-t-il déclaré aux journalistes.\n\n"
    "Selon Mme Dupont, l’échange de prisonniers n’est pas encore conclu. "
    "Les États-Unis attendent une réponse aujourd’hui."
)

EN_TEXT = (
    "Secretary of State Antony Blinken met Mr. Lavrov on Friday. "
    "“We will keep talking,” he told reporters.\n\n"
    "According to Dr. Smith, the prisoner swap with the U.S. officials isn’t done yet. "
    "Washington expects an answer today."
)


@pytest.fixture
def fr_text() -> str:
    return FR_TEXT


@pytest.fixture
def en_text() -> str:
    return EN_TEXT
