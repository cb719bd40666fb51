"""Who held land before it changed hands (hos10; sentences written for the test)."""

import datetime as dt

import pytest

from .catalogue import article_facts

DAY = dt.date(2020, 12, 1)


@pytest.mark.parametrize(
    ("lang", "text", "holder"),
    [
        (
            "ru",
            "Азербайджану отошли несколько районов, которые долго находились под контролем НКР.",
            "Republic of Artsakh",
        ),
        (
            "ru",
            "Азербайджан взял под контроль три села, остававшиеся под контролем НКР.",
            "Republic of Artsakh",
        ),
        (
            "en",
            "Azerbaijan took control of four villages that had been under the control of Armenia.",
            "Armenia",
        ),
    ],
)
def test_the_side_that_held_the_land_is_the_giver(lang: str, text: str, holder: str) -> None:
    """A verb of being before "under ... control" tells who held the land before: that side
    is the transfer's `from`."""
    moved = article_facts(text, lang, "TerritoryTransferred", DAY)
    assert [(f.get("from"), f.get("to")) for f in moved] == [(holder, "Azerbaijan")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Baku took control of two villages, which had been under Armenian control since 1993.",
        ),
        (
            "ru",
            "Азербайджан взял четыре села, которые были под армянским контролем с 1993 года.",
        ),
    ],
)
def test_the_date_of_the_holding_is_not_the_transfers(lang: str, text: str) -> None:
    """ "Under Armenian control since 1993" is a state of affairs (the guide): its date dates
    the holding, not the transfer."""
    moved = article_facts(text, lang, "TerritoryTransferred", DAY)
    assert [(f.get("from"), str(f.get("date"))[:4]) for f in moved] in (
        [("Armenia", "None")],
        [("Armenia", "2020")],  # undated, it takes the news day
    )
