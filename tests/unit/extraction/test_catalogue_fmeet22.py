"""Catalogue (wave 22, meetings): states named in what the talks were about are the topic, not
the sides at the table (sentences written for the test)."""

import datetime as dt

from services.extraction import extract_article

_DAY = dt.date(2023, 2, 14)


def _sides(text: str, lang: str) -> list[list[str]]:
    facts = extract_article(text, _DAY, lang).facts
    return [list(f.arguments.get("participants") or []) for f in facts if f.kind == "MeetingHeld"]


def _no_topic_states(text: str, lang: str) -> None:
    for sides in _sides(text, lang):
        assert "Georgia" not in sides and "Azerbaijan" not in sides, sides


def test_english_passive_topic_between_states() -> None:
    _no_topic_states(
        "At the meeting, issues of transport links between Azerbaijan and Georgia were discussed.",
        "en",
    )


def test_english_active_topic_cooperation_between_states() -> None:
    _no_topic_states(
        "The meeting discussed cooperation between Azerbaijan and Georgia in the energy sector.",
        "en",
    )


def test_english_talks_focused_on_relations() -> None:
    _no_topic_states(
        "The talks on Tuesday focused on the normalisation of relations between Azerbaijan and "
        "Georgia.",
        "en",
    )


def test_russian_passive_topic_between_states() -> None:
    _no_topic_states(
        "В ходе встречи были обсуждены вопросы нормализации отношений между Азербайджаном и "
        "Грузией.",
        "ru",
    )


def test_russian_active_topic_cooperation() -> None:
    _no_topic_states(
        "На встрече стороны обсудили развитие сотрудничества между Азербайджаном и Грузией.",
        "ru",
    )


def test_russian_satisfaction_with_cooperation() -> None:
    _no_topic_states(
        "В ходе беседы было выражено удовлетворение развитием отношений между Азербайджаном и "
        "Грузией.",
        "ru",
    )


def test_english_meeting_between_states_keeps_its_sides() -> None:
    sides = _sides("A meeting between Azerbaijan and Georgia was held in Tbilisi on Monday.", "en")
    assert sides and set(sides[0]) == {"Azerbaijan", "Georgia"}


def test_russian_meeting_between_states_keeps_its_sides() -> None:
    sides = _sides("Встреча между Азербайджаном и Грузией прошла в Тбилиси в понедельник.", "ru")
    assert sides and set(sides[0]) == {"Azerbaijan", "Georgia"}


# Talks named in what someone is told ("informed Putin that Armenia requested consultations",
# "проинформировал Путина о том, что ... для начала консультаций"): the one who informs and the
# one informed tell and hear of them, they do not sit at them.


def _told(text: str, lang: str) -> None:
    facts = extract_article(text, _DAY, lang).facts
    for f in facts:
        if f.kind.startswith("Meeting"):
            sides = f.arguments.get("participants") or []
            assert not {"Vladimir Putin", "Nikol Pashinyan"} <= set(sides), (f.kind, sides)


def test_english_informed_that_consultations() -> None:
    _told("Pashinyan informed Putin that Armenia had requested consultations in the CSTO.", "en")


def test_english_told_that_talks_would_start() -> None:
    _told("Pashinyan told Putin on Friday that talks in the CSTO would begin next week.", "en")


def test_russian_informed_about_that_consultations() -> None:
    _told("Пашинян проинформировал Путина о том, что Армения запросила консультации в ОДКБ.", "ru")


def test_russian_notified_that_consultations_begin() -> None:
    _told("Пашинян уведомил Путина, что поручил начать консультации в рамках ОДКБ.", "ru")


def test_russian_informed_for_start_of_consultations() -> None:
    _told(
        "Премьер Пашинян известил Путина о том, что он поручил обратиться в ОДКБ для начала "
        "консультаций.",
        "ru",
    )


# Talks by telephone ("по телефону обсудили", "discussed by phone") are a call: a meeting named
# in the call's clause is its topic, and the callers are not its sides.


def _callers_meet(text: str, lang: str, caller: str) -> list[list[str]]:
    facts = extract_article(text, _DAY, lang).facts
    return [
        list(f.arguments.get("participants") or [])
        for f in facts
        if f.kind.startswith("Meeting") and caller in (f.arguments.get("participants") or [])
    ]


def test_russian_discussed_by_phone_a_summit() -> None:
    text = (
        "Лавров и Байрамов по телефону обсудили итоги саммита лидеров России, Азербайджана и "
        "Армении в Москве."
    )
    assert _callers_meet(text, "ru", "Sergey Lavrov") == []


def test_russian_spoke_by_phone_and_invited_to_meet() -> None:
    text = (
        "Сопредседатели поговорили по телефону с Байрамовым и Мирзояном и пригласили министров "
        "встретиться в ближайшие недели."
    )
    assert _callers_meet(text, "ru", "Jeyhun Bayramov") == []


def test_english_discussed_by_phone_a_summit() -> None:
    text = (
        "Lavrov and Bayramov discussed by phone the results of the Moscow summit of the three "
        "leaders."
    )
    assert _callers_meet(text, "en", "Sergey Lavrov") == []


def test_english_over_the_phone_talked_about_meeting() -> None:
    text = "Over the phone, Blinken and Mirzoyan talked about the upcoming meeting in Washington."
    assert _callers_meet(text, "en", "Antony Blinken") == []


def test_english_passive_by_telephone() -> None:
    text = "The outcome of the Sochi talks was discussed by telephone by Lavrov and Bayramov."
    assert _callers_meet(text, "en", "Sergey Lavrov") == []
