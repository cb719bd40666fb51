"""Karabakh's side of a deal (sentences written for the test): its capital or its authorities
named as agreeing make the Republic of Artsakh the party, its other side Azerbaijan; Armenia
is a party only where the text names it."""

import datetime as dt

import pytest

from .catalogue import facts_of

DAY = dt.date(2023, 9, 21)
SIDES = ["Azerbaijan", "Republic of Artsakh"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "При участии миротворцев Степанакерт и Баку договорились о перемирии."),
        ("ru", "Степанакерт согласился на прекращение огня."),
        ("ru", "Вчера Степанакерт принял предложение о прекращении огня."),
        ("en", "Stepanakert and Baku agreed on a ceasefire on September 20."),
        ("en", "Stepanakert has accepted a ceasefire mediated by the peacekeepers."),
        ("en", "Authorities in the breakaway region of Nagorno-Karabakh agreed to a ceasefire."),
        (
            "en",
            "Authorities of the Karabakh region said they had agreed to cease hostilities with "
            "Azerbaijani forces.",
        ),
        ("ru", "Власти Нагорного Карабаха и Азербайджан договорились о прекращении огня."),
    ],
)
def test_karabakh_named_as_agreeing_is_the_party(lang: str, text: str) -> None:
    truces = facts_of(text, lang, "CeasefireAgreed", DAY)
    assert truces and sorted(truces[0]["parties"]) == SIDES


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Yerevan and Baku agreed on a ceasefire in Nagorno-Karabakh."),
        ("ru", "Армения и Азербайджан договорились о перемирии в Карабахе."),
        ("en", "Armenia and Azerbaijan agreed on a truce after shelling in Stepanakert."),
    ],
)
def test_armenia_named_stays_the_party(lang: str, text: str) -> None:
    truces = facts_of(text, lang, "CeasefireAgreed", DAY)
    assert truces and sorted(truces[0]["parties"]) == ["Armenia", "Azerbaijan"]
