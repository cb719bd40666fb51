"""Who announces a meeting is not at its table (sentences written for the test): when a named
person says THAT a meeting of others will take place ("X said that the meeting of A and B will
be held"), X is its `claimed_by`, not a participant, and makes no StatementMade of its own;
"his/its meeting with" puts the announcer back at the table."""

import datetime as dt

from services.extraction import extract_article
from services.extraction.models import ExtractedFact

DAY = dt.date(2024, 3, 4)


def _kinds(text: str, lang: str, kind: str) -> list[ExtractedFact]:
    return [f for f in extract_article(text, DAY, lang).facts if f.kind == kind]


def test_russian_confirmed_summit_of_three_states() -> None:
    text = "Лавров подтвердил, что саммит России, Азербайджана и Армении состоится в Москве."
    (plan,) = _kinds(text, "ru", "MeetingAnnounced")
    assert set(plan.arguments["participants"]) == {"Russia", "Azerbaijan", "Armenia"}
    assert plan.arguments["claimed_by"] == ["Sergey Lavrov"]
    assert not _kinds(text, "ru", "StatementMade")


def test_russian_said_meeting_of_two_ministers_will_be_held() -> None:
    text = "Сергей Лавров заявил, что встреча Мирзояна и Байрамова пройдет в Москве в мае."
    (plan,) = _kinds(text, "ru", "MeetingAnnounced")
    assert set(plan.arguments["participants"]) == {"Ararat Mirzoyan", "Jeyhun Bayramov"}
    assert plan.arguments["claimed_by"] == ["Sergey Lavrov"]


def test_english_said_that_a_meeting_of_two_leaders_will_take_place() -> None:
    text = (
        "Charles Michel said that a meeting of Ilham Aliyev and Nikol Pashinyan "
        "will take place in Brussels in December."
    )
    (plan,) = _kinds(text, "en", "MeetingAnnounced")
    assert set(plan.arguments["participants"]) == {"Ilham Aliyev", "Nikol Pashinyan"}
    assert plan.arguments["claimed_by"] == ["Charles Michel"]


def test_english_confirmed_summit_of_three_states() -> None:
    text = (
        "Lavrov confirmed that a summit of Russia, Azerbaijan and Armenia "
        "will take place in Moscow."
    )
    (plan,) = _kinds(text, "en", "MeetingAnnounced")
    assert set(plan.arguments["participants"]) == {"Russia", "Azerbaijan", "Armenia"}


def test_own_meeting_keeps_the_announcer_at_the_table() -> None:
    ru = "Лавров заявил, что его встреча с Байрамовым состоится в Москве."
    (plan,) = _kinds(ru, "ru", "MeetingAnnounced")
    assert "Sergey Lavrov" in plan.arguments["participants"]
    en = "Lavrov said that his meeting with Jeyhun Bayramov will take place in Moscow."
    (plan,) = _kinds(en, "en", "MeetingAnnounced")
    assert "Sergey Lavrov" in plan.arguments["participants"]
