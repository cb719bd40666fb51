"""The one speaking takes part when their words put "me" at the table (sentences written for
the test): inside one sentence, and over a quotation that names its speaker only at its close."""

import datetime as dt

from services.extraction import extract_article
from services.extraction.models import ExtractedFact

DAY = dt.date(2024, 3, 4)


def _plans(text: str, lang: str = "en") -> list[ExtractedFact]:
    return [f for f in extract_article(text, DAY, lang).facts if f.kind == "MeetingAnnounced"]


def test_between_me_and_others_puts_the_speaker_at_the_table() -> None:
    text = (
        "“A trilateral meeting is planned in Paris between me, the French President and the "
        "President of the European Council,” Prime Minister Nikol Pashinyan told reporters."
    )
    (plan,) = _plans(text)
    assert plan.arguments["participants"][0] == "Nikol Pashinyan"


def test_i_will_meet_is_the_speakers_own_meeting() -> None:
    text = "“I will meet President Aliyev in Paris next week,” Pashinyan said on Monday."
    (plan,) = _plans(text)
    assert set(plan.arguments["participants"]) == {"Nikol Pashinyan", "Ilham Aliyev"}


def test_russian_object_pronoun_names_the_speaker() -> None:
    text = (
        "«На следующей неделе в Париже состоится встреча между мной и президентом Франции», — "
        "заявил премьер-министр Армении Никол Пашинян."
    )
    (plan,) = _plans(text, "ru")
    assert "Nikol Pashinyan" in plan.arguments["participants"]


def test_a_spokesperson_saying_i_is_no_participant() -> None:
    text = (
        "“I can confirm that Pashinyan and Aliyev will meet in Paris next week,” Foreign "
        "Ministry spokeswoman Maria Zakharova said."
    )
    for plan in _plans(text):
        assert "Maria Zakharova" not in plan.arguments["participants"]


def test_a_quotation_closed_by_its_speaker_claims_its_meetings() -> None:
    text = (
        "“I am going to Paris for the summit. A meeting is planned in Paris between me, President "
        "Aliyev and President Macron. These will be the main talks,” the agency quoted "
        "Pashinyan as saying."
    )
    (plan,) = _plans(text)
    assert plan.arguments["participants"][0] == "Nikol Pashinyan"
    assert plan.arguments["claimed_by"] == ["Nikol Pashinyan"]
