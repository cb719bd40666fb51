"""Wave 12, meetings (meet13): which refusals deny a meeting (sentences written for the test)."""

import datetime as dt

import pytest

from .catalogue import article_facts

OCT = dt.date(2023, 10, 4)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Azerbaijan will not participate in meetings where France is represented."),
        ("en", "Baku said that Azerbaijan would not attend any future talks that included France."),
        ("en", "Azerbaijan refuses to take part in talks involving France, Hikmet Hajiyev said."),
        ("ru", "Азербайджан не будет участвовать во встречах, где представлена Франция."),
        (
            "ru",
            "Хикмет Гаджиев заявил, что Баку не примет участия ни в каких переговорах с участием "
            "Франции.",
        ),
    ],
)
def test_refusing_a_kind_of_meetings_denies_no_meeting(lang: str, text: str) -> None:
    assert article_facts(text, lang, "MeetingDenied", OCT) == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Aliyev will not attend the meeting with Pashinyan in Granada."),
        ("en", "Aliyev will not attend the talks with Pashinyan that were planned in Granada."),
        ("ru", "Алиев отказался от участия во встрече с Пашиняном в Гранаде."),
    ],
)
def test_refusing_a_planned_meeting_still_denies_it(lang: str, text: str) -> None:
    (denied,) = article_facts(text, lang, "MeetingDenied", OCT)
    assert denied["denied_by"] == ["Ilham Aliyev"]


def test_the_refuser_of_a_kind_of_meetings_is_a_denier_on_the_record() -> None:
    # its words are a refusal (no StatementMade, as for any denier), beside its own denial
    text = (
        "Aliyev will not attend the meeting with Pashinyan in Granada. Hikmet Hajiyev said "
        "Azerbaijan will not take part in meetings where France is represented."
    )
    (denied,) = article_facts(text, "en", "MeetingDenied", OCT)
    assert denied["denied_by"] == ["Ilham Aliyev"]
