"""Whoever announces a dated meeting, and says nothing else, is recorded as the plan's source
and gets no StatementMade (the guide: a speaker recorded as `claimed_by` gets none), even when
the plan names no venue and is too thin to store (sentences written for the test)."""

import pytest

from .catalogue import article_facts


@pytest.mark.parametrize(
    ("lang", "text", "silent"),
    [
        (
            "en",
            "Lavrov will meet the Azerbaijani and Armenian foreign ministers on April 2, Russian "
            "Foreign Ministry spokeswoman Maria Zakharova said at a briefing.",
            "Maria Zakharova",
        ),
        (
            "en",
            "Pashinyan's office confirmed that he and Aliyev will hold another meeting with "
            "Michel on July 21.",
            "Office of the Prime Minister of Armenia",
        ),
        (
            "ru",
            "Министры иностранных дел Армении и Азербайджана встретятся 2 апреля, сообщила "
            "официальный представитель МИД России Мария Захарова.",
            "Maria Zakharova",
        ),
        (
            "ru",
            "Мария Захарова заявила, что главы МИД Азербайджана и Армении встретятся 2 апреля.",
            "Maria Zakharova",
        ),
    ],
)
def test_announcer_of_a_dated_plan_is_its_source(lang: str, text: str, silent: str) -> None:
    said = {str(f["speaker"]) for f in article_facts(text, lang, "StatementMade")}
    assert silent not in said
