"""Who sits at a meeting refused or announced: everyone at its planned table, not its source
(sentences written for the test)."""

import datetime as dt

import pytest

from .catalogue import article_facts

DAY = dt.date(2023, 10, 4)
TABLE = {"Ilham Aliyev", "Nikol Pashinyan", "European Union", "France", "Germany"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ru",
            "Алиев отказался от встречи с Пашиняном в Гранаде при участии лидеров ЕС, Франции "
            "и Германии.",
        ),
        (
            "en",
            "Aliyev declined to take part in a meeting with Pashinyan and the leaders of the EU, "
            "France and Germany.",
        ),
    ],
)
def test_the_leaders_of_a_bloc_and_states_sit_at_the_refused_table(lang: str, text: str) -> None:
    (denied,) = article_facts(text, lang, "MeetingDenied", DAY)
    assert set(denied["participants"]) == TABLE  # type: ignore[arg-type]
    assert denied["denied_by"] == ["Ilham Aliyev"]


def test_the_leaders_of_a_bloc_alone_commenting_sit_at_no_table() -> None:
    text = (
        "Лидеры ЕС и стран Восточного партнерства назвали встречу Алиева и Пашиняна в Брюсселе "
        "позитивным шагом."
    )
    (held,) = article_facts(text, "ru", "MeetingHeld", DAY)
    assert set(held["participants"]) == {"Ilham Aliyev", "Nikol Pashinyan"}  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Шарль Мишель: Алиев и Пашинян встретятся в Брюсселе в конце октября"),
        ("en", "Michel: Aliyev and Pashinyan to meet in Brussels in late October"),
    ],
)
def test_who_opens_a_headline_before_its_colon_announces_and_takes_no_seat(
    lang: str, text: str
) -> None:
    (planned,) = article_facts(text, lang, "MeetingAnnounced", dt.date(2023, 10, 6))
    assert set(planned["participants"]) == {"Ilham Aliyev", "Nikol Pashinyan"}  # type: ignore[arg-type]
    assert planned["claimed_by"] == ["Charles Michel"]
    assert (planned["place"], planned["date"]) == ("Brussels", "2023-10")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "On May 1 the Kazakh president's office published a statement by Tokayev on the "
            "upcoming talks between Armenia and Azerbaijan in Almaty.",
        ),
        (
            "ru",
            "1 мая Токаев выступил с заявлением о предстоящих переговорах между Арменией и "
            "Азербайджаном в Алма-Ате.",
        ),
    ],
)
def test_upcoming_talks_between_two_states_are_planned_and_theirs_alone(
    lang: str, text: str
) -> None:
    day = dt.date(2024, 5, 2)
    assert not article_facts(text, lang, "MeetingHeld", day)
    (planned,) = article_facts(text, lang, "MeetingAnnounced", day)
    assert set(planned["participants"]) == {"Armenia", "Azerbaijan"}  # type: ignore[arg-type]
    assert planned["place"] == "Almaty"


def test_a_refusal_to_attend_naming_no_meeting_denies_the_one_just_told() -> None:
    """meet4: "Aliyev refused to participate" after the planned meeting's sentence."""
    day = dt.date(2023, 10, 5)
    planned = {
        "en": "A meeting of Aliyev and Pashinyan with Michel was planned in Granada on Thursday. ",
        "ru": "Встреча Алиева и Пашиняна с Мишелем планировалась в Гранаде в четверг. ",
    }
    for refusal, lang in (
        ("Aliyev refused to participate.", "en"),
        ("Aliyev has refused to travel to Granada.", "en"),
        ("Алиев отказался приехать в Гранаду.", "ru"),
    ):
        text = planned[lang] + refusal
        (denied,) = article_facts(text, lang, "MeetingDenied", day)
        assert denied["denied_by"] == ["Ilham Aliyev"], text
        assert set(denied["participants"]) == {  # type: ignore[arg-type]
            "Ilham Aliyev",
            "Nikol Pashinyan",
            "Charles Michel",
        }, text
    for text in (
        planned["en"] + "Aliyev refused to comment.",
        "Aliyev refused to participate. The weather in Granada was fine.",
    ):
        assert not article_facts(text, "en", "MeetingDenied", day), text
