"""The lead dates the episode (fight30; sentences written for the test).

News tells an episode in its lead with the day it happened ("on Tuesday") and retells it in
the paragraphs below, with the places each side names but no day of their own (the dateline
stands in): those later mentions are the lead's episode, not fighting on the day the news was
published (the guide: one fact per episode; the date of the fighting, not of the report).
"""

import datetime as dt

import pytest

from .catalogue import article_facts

DAY = dt.date(2023, 4, 12)  # a Wednesday


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "YEREVAN, April 12 (Reuters) - At least five soldiers were killed on Tuesday in a "
            "shootout near Sotk.\n\nThe Armenian ministry said Azerbaijani troops opened fire "
            "in the direction of the village of Kut.",
        ),
        (
            "en",
            "BAKU, April 12 - Armenian and Azerbaijani troops clashed near Sotk on Tuesday, both "
            "sides said.\n\nBaku said Armenian units had shelled its positions near Kut with "
            "artillery.",
        ),
        (
            "ru",
            "ЕРЕВАН, 12 апреля. /ТАСС/. Во вторник у Сотка в перестрелке погибли пятеро "
            "военных.\n\nМинобороны Армении сообщило, что азербайджанские подразделения "
            "открыли огонь в направлении села Кут.",
        ),
        (
            "ru",
            "БАКУ, 12 апреля. /ТАСС/. Армянские и азербайджанские военные вступили в бой у "
            "Сотка во вторник.\n\nВ Баку заявили, что армянские подразделения обстреляли "
            "позиции у села Кут.",
        ),
    ],
)
def test_a_retold_mention_is_the_leads_episode(lang: str, text: str) -> None:
    """A later mention with a place but no day of its own is the lead's dated episode."""
    fought = article_facts(text, lang, "HostilitiesReported", DAY)
    assert [f.get("date") for f in fought] == ["2023-04-11"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "YEREVAN, April 12 (Reuters) - Azerbaijani troops shelled Sotk, the Armenian "
            "ministry said.\n\nArmenian units had also fired at positions near Kut on Monday.",
        ),
    ],
)
def test_a_lead_of_today_keeps_both_episodes(lang: str, text: str) -> None:
    """A lead told as today's news is its own episode beside one dated earlier."""
    fought = article_facts(text, lang, "HostilitiesReported", DAY)
    assert len(fought) == 2
