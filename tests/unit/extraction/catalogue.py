"""Helpers of the catalogue tests: sentences written for the test, in the constructions the
press uses, run through the whole extractor."""

import datetime as dt

from services.extraction import extract_article, to_gold

DAY = dt.date(2022, 10, 20)
FILLER = {
    # a second paragraph, so that a one-line text reads as an article (headline and body)
    "en": "The weather was fine and the officials did not say anything more about it.",
    "ru": "Погода была хорошей, и больше ничего не сообщается.",
}


def speakers(text: str, lang: str, day: dt.date = DAY) -> set[str]:
    facts = extract_article(text, day, lang).facts
    return {str(to_gold(f)["speaker"]) for f in facts if f.kind == "StatementMade"}


def facts_of(text: str, lang: str, kind: str, day: dt.date = DAY) -> list[dict[str, object]]:
    return [to_gold(f) for f in extract_article(text, day, lang).facts if f.kind == kind]


def article_facts(text: str, lang: str, kind: str, day: dt.date = DAY) -> list[dict[str, object]]:
    """The facts of a kind in the text followed by a neutral paragraph."""
    return facts_of(f"{text}\n\n{FILLER[lang]}", lang, kind, day)
