"""Prisoners handed over or sent home (sentences written for the test): a release is a
PrisonersExchanged only in an article that calls it an exchange (the annotation guide)."""

import datetime as dt

import pytest

from .catalogue import article_facts

DAY = dt.date(2021, 12, 20)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Azerbaijan handed over eight Armenian servicemen to Armenia on December 18. "
            "In return, Yerevan gave Baku maps of minefields.",
        ),
        (
            "ru",
            "Азербайджан 18 декабря передал Армении восемь военнослужащих. "
            "Обмен прошел при содействии Европейского союза.",
        ),
    ],
)
def test_a_release_called_an_exchange_is_one(lang: str, text: str) -> None:
    swaps = article_facts(text, lang, "PrisonersExchanged", DAY)
    assert swaps == [
        {"kind": "PrisonersExchanged", "parties": ["Azerbaijan", "Armenia"], "date": "2021-12-18"}
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Azerbaijan released eight Armenian soldiers on December 18."),
        ("ru", "Азербайджан 18 декабря освободил восемь армянских военнослужащих."),
        ("en", "The crucial task now is to return all prisoners, Azerbaijan said in a swap talk."),
    ],
)
def test_a_release_not_called_an_exchange_or_still_to_come_is_none(lang: str, text: str) -> None:
    assert article_facts(text, lang, "PrisonersExchanged", DAY) == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Azerbaijan handed over five servicemen detained on November 16 to Armenia "
            "with the help of Hungary. It was an exchange for maps.",
        ),
        (
            "ru",
            "Армения при содействии Венгрии передала Азербайджану двух солдат, взятых в плен "
            "в ноябре. Это был обмен на карты минных полей.",
        ),
    ],
)
def test_a_capture_day_and_a_helper_are_not_the_release(lang: str, text: str) -> None:
    swaps = article_facts(text, lang, "PrisonersExchanged", DAY)
    assert len(swaps) == 1
    assert "date" not in swaps[0] or swaps[0]["date"] == "2021-12-20"
    assert set(swaps[0]["parties"]) == {"Armenia", "Azerbaijan"}  # type: ignore[arg-type]
