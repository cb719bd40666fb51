"""Land taken told by a bare word for land (terr15; sentences written for the test): the
guide's unnamed territory, a TerritoryTransferred without `territory`, when the text names a
taker or the side whose occupation ended, and a time."""

import datetime as dt

import pytest

from .catalogue import article_facts

DAY = dt.date(2024, 5, 1)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Most of the territory was liberated by Azerbaijan during the war in 2020."),
        ("en", "Much of the territory was retaken by Azerbaijan in 2020."),
        ("en", "Azerbaijan liberated the territory in 2020."),
        ("ru", "Большая часть территории была освобождена Азербайджаном в 2020 году."),
        ("ru", "Азербайджан освободил территорию в 2020 году."),
    ],
)
def test_a_taker_and_a_time_make_an_unnamed_taking(lang: str, text: str) -> None:
    moved = article_facts(text, lang, "TerritoryTransferred", DAY)
    assert [(f.get("territory"), f.get("to"), f.get("date")) for f in moved] == [
        (None, "Azerbaijan", "2020")
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Azerbaijan rebuffed a resolution calling for its withdrawal from territory "
            "liberated from Armenian occupation in 2020.",
        ),
        ("ru", "Территории, освобожденные от армянской оккупации в 2020 году, восстанавливаются."),
    ],
)
def test_the_occupation_ended_names_the_side_that_lost(lang: str, text: str) -> None:
    """ "liberated from Armenian occupation": from that side, to the other."""
    moved = article_facts(text, lang, "TerritoryTransferred", DAY)
    assert [(f.get("from"), f.get("to"), f.get("date")) for f in moved] == [
        ("Armenia", "Azerbaijan", "2020")
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The territories liberated from occupation are being rebuilt."),
        ("en", "Azerbaijan did not liberate the territory in 2020."),
        ("ru", "Освобожденные территории восстанавливаются."),
    ],
)
def test_no_side_or_no_time_or_a_denial_gives_no_taking(lang: str, text: str) -> None:
    assert article_facts(text, lang, "TerritoryTransferred", DAY) == []
