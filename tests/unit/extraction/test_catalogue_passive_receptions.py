"""A reception told from the guests' side, in the passive, is a meeting of the guests with the
one who receives them (sentences written for the test)."""

import datetime as dt

from .catalogue import article_facts


def test_guests_welcomed_by_a_host_met_the_host() -> None:
    for text in (
        "Ilham Aliyev and Nikol Pashinyan were welcomed by Charles Michel in Brussels on Monday.",
        "Ilham Aliyev and Nikol Pashinyan are welcomed by European Council President Charles "
        "Michel in Brussels, Aug. 31, 2022.",
    ):
        (held,) = article_facts(text, "en", "MeetingHeld", dt.date(2022, 10, 5))
        assert set(held["participants"]) == {  # type: ignore[arg-type]
            "Ilham Aliyev",
            "Nikol Pashinyan",
            "Charles Michel",
        }, text
        assert held["place"] == "Brussels"


def test_one_guest_received_by_a_host() -> None:
    text = "Nikol Pashinyan was received by Vladimir Putin in the Kremlin on Monday."
    (held,) = article_facts(text, "en", "MeetingHeld")
    assert set(held["participants"]) == {"Nikol Pashinyan", "Vladimir Putin"}  # type: ignore[arg-type]


def test_a_welcomed_decision_is_no_reception() -> None:
    for text in (
        "The agreement was welcomed by Charles Michel on Monday.",
        "Charles Michel welcomed the agreement reached by Ilham Aliyev and Nikol Pashinyan.",
    ):
        assert not article_facts(text, "en", "MeetingHeld"), text
