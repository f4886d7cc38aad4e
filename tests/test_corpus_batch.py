"""A partition's articles analysed stage by stage over a batch (analysis.corpus._analyse_batch)
give each article what it gets alone, and an article a stage fails on gets that stage's
error without touching the others of its batch."""
from __future__ import annotations

import json

from analysis import corpus
from analysis.corpus import EXAMPLE_CORPUS
from analysis.io import Article


def _articles() -> list[Article]:
    records = [json.loads(line) for line in EXAMPLE_CORPUS.read_text(encoding="utf-8").splitlines()]
    articles = [Article(id=r["id"], text=r["text"], language=r.get("language"), date=r.get("date"),
                        source=r.get("source")) for r in records]
    # English, a language left to detection, an empty text
    articles.append(Article(id="en", text='"We will not stop," said Jane Doe, the mayor. She left.', language="en"))
    articles.append(Article(id="auto", text=articles[0].text))
    articles.append(Article(id="empty", text=""))
    return articles


def test_a_batch_gives_each_article_what_it_gets_alone():
    articles = _articles()
    together = corpus._analyse_batch(articles, "auto")
    assert len(together) == len(articles)
    assert sum(len(rows) for _, rows in together) > 10  # quotes were found: the comparison is not vacuous
    for article, result in zip(articles, together):
        assert corpus._analyse_batch([article], "auto") == [result]


def test_an_article_a_stage_fails_on_gets_that_error_alone(monkeypatch):
    articles = _articles()
    expected = corpus._analyse_batch(articles, "auto")
    real = corpus.polarity

    def fragile(text, language):
        if text == expected[1][1][0]["text"]:  # the second article's first quote
            raise RuntimeError("tone bug")
        return real(text, language)

    monkeypatch.setattr(corpus, "polarity", fragile)
    got = corpus._analyse_batch(articles, "auto")
    assert isinstance(got[1], RuntimeError) and str(got[1]) == "tone bug"
    assert [r for i, r in enumerate(got) if i != 1] == [r for i, r in enumerate(expected) if i != 1]
