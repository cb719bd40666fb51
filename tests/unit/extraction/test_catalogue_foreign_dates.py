"""A date inside a phrase or clause about another event dates that event, not the fact whose
trigger stands before it (sentences written for the test; guide, Dates: the date of the event
itself). "After/following X", "после X" name an earlier event; a "which" clause about another
noun tells that noun's time. A "which" clause about the trigger itself still dates it."""

import datetime as dt

from .catalogue import article_facts

DAY = dt.date(2023, 5, 4)


def _dates(text: str, lang: str, kind: str) -> list[object]:
    return [f.get("date") for f in article_facts(text, lang, kind, DAY)]


def test_withdrawal_following_last_years_offensive_is_not_dated_by_the_offensive() -> None:
    text = (
        "Russian peacekeepers have begun withdrawing from Nagorno-Karabakh following "
        "Azerbaijan's recapture of the region last September."
    )
    dates = _dates(text, "en", "PeacekeepersWithdrawn")
    assert dates and "2022-09" not in dates


def test_withdrawal_after_an_offensive_in_russian() -> None:
    text = (
        "Российские миротворцы начали выводиться из Нагорного Карабаха после наступления "
        "Азербайджана в сентябре прошлого года."
    )
    dates = _dates(text, "ru", "PeacekeepersWithdrawn")
    assert dates and "2022-09" not in dates


def test_a_past_withdrawal_after_the_war_of_a_given_month() -> None:
    text = (
        "The Russian peacekeepers pulled out of the Lachin corridor after the Azerbaijani "
        "offensive of September 2022."
    )
    dates = _dates(text, "en", "PeacekeepersWithdrawn")
    assert dates and "2022-09" not in dates


def test_a_truce_to_halt_hostilities_which_began_in_september() -> None:
    text = (
        "Pashinyan said that he had signed an agreement with the presidents of Azerbaijan and "
        "Russia to halt the hostilities, which began in late September."
    )
    dates = _dates(text, "en", "CeasefireAgreed")
    assert dates and not any(str(d).endswith("-09") for d in dates)


def test_a_which_clause_about_the_meeting_itself_still_dates_it() -> None:
    text = (
        "The meeting of Aliyev and Pashinyan, which was planned to be held in Brussels on "
        "December 7, 2022, was cancelled."
    )
    assert _dates(text, "en", "MeetingCancelled") == ["2022-12-07"]
