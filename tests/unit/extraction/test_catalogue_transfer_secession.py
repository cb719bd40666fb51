"""A region declaring independence from a state or breaking away from it (terr31; sentences
written for the test): the guide's secession, a TerritoryTransferred of the region from that
state, received by the republic it became (the 1991 declaration recalled in background)."""

import datetime as dt

import pytest

from .catalogue import article_facts

DAY = dt.date(2023, 5, 1)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "In 1991 Nagorno-Karabakh declared independence from Azerbaijan."),
        (
            "en",
            "Nagorno-Karabakh, backed by Armenia, proclaimed its independence "
            "from Azerbaijan in 1991.",
        ),
        ("en", "Armenian separatists in Nagorno-Karabakh broke away from Azerbaijan in 1991."),
        ("en", "In 1991 Nagorno-Karabakh seceded from Azerbaijan with Armenian support."),
        ("ru", "В 1991 году Нагорный Карабах провозгласил независимость от Азербайджана."),
        ("ru", "Нагорный Карабах в 1991 году объявил о независимости от Азербайджана."),
        ("ru", "Нагорный Карабах отделился от Азербайджана в 1991 году."),
    ],
)
def test_a_region_leaving_a_state_is_a_transfer_from_it(lang: str, text: str) -> None:
    moved = article_facts(text, lang, "TerritoryTransferred", DAY)
    assert [(f.get("territory"), f.get("from"), f.get("to"), f.get("date")) for f in moved] == [
        ("Nagorno-Karabakh", "Azerbaijan", "Republic of Artsakh", "1991")
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Nagorno-Karabakh never declared independence from Azerbaijan."),
        ("en", "Nagorno-Karabakh may declare independence from Azerbaijan next year."),
        ("en", "Armenia declared independence from the Soviet Union in 1991."),
        ("ru", "Нагорный Карабах не объявлял о независимости от Азербайджана."),
    ],
)
def test_a_denial_an_aim_or_a_state_leaving_a_union_gives_none(lang: str, text: str) -> None:
    """A state's own independence from a union is no territory changing hands."""
    assert article_facts(text, lang, "TerritoryTransferred", DAY) == []
