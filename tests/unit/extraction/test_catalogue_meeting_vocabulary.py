"""The vocabulary of meetings (data/meetings.toml): verbs and the plan and denial forms a
dictionary lists, each in a sentence written for the test."""

import pytest

from .catalogue import facts_of

PAIR = {"Ilham Aliyev", "Nikol Pashinyan"}


@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [
        # under way, convened: the meeting takes place
        ("The meeting of Aliyev and Pashinyan in Brussels is underway.", "en", "MeetingHeld"),
        ("The meeting of Aliyev and Pashinyan convened in Brussels.", "en", "MeetingHeld"),
        ("Переговоры Алиева и Пашиняна в Брюсселе продлились три часа.", "ru", "MeetingHeld"),
        (
            "Talks of Aliyev and Pashinyan slated for November 14 in Brussels.",
            "en",
            "MeetingAnnounced",
        ),
    ],
)
def test_meeting_verbs_decide_the_kind(text: str, lang: str, kind: str) -> None:
    (fact,) = facts_of(text, lang, kind)
    assert set(fact["participants"]) >= PAIR  # type: ignore[arg-type]


def test_a_visit_started_by_meeting_someone_is_no_event_of_the_meeting() -> None:
    text = "Mnatsakanyan started his visit to Washington by meeting with Aliyev's aides."
    assert not facts_of(text, "en", "MeetingHeld")


@pytest.mark.parametrize(
    ("text", "lang", "denier"),
    [
        ("Aliyev turned down an invitation to meet Pashinyan in Granada.", "en", "Ilham Aliyev"),
        (
            "Баку отклонил предложение о встрече глав МИД Армении и Азербайджана.",
            "ru",
            "Azerbaijan",
        ),
    ],
)
def test_declining_a_proposed_meeting_denies_it(text: str, lang: str, denier: str) -> None:
    (denied,) = facts_of(text, lang, "MeetingDenied")
    assert denied["denied_by"] == [denier]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "On October 9 the meeting of Putin, Aliyev and Pashinyan in Sochi was called off. "
            "Lavrov said he is sure the meeting will take place.",
            "en",
        ),
        (
            "9 октября встреча Путина, Алиева и Пашиняна в Сочи была отменена. "
            "Лавров уверен, что встреча состоится.",
            "ru",
        ),
    ],
)
def test_a_meeting_still_to_come_takes_no_past_day_from_the_last_one(text: str, lang: str) -> None:
    (plan,) = facts_of(text, lang, "MeetingAnnounced")
    assert plan.get("date") is None
