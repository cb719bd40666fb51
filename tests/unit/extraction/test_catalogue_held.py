"""Meetings the press tells as under way or begun (sentences written for the test)."""

import datetime as dt

from .catalogue import article_facts

DAY = dt.date(2023, 5, 5)


def test_arriving_for_talks_means_the_talks_are_under_way() -> None:
    for text, lang, people in (
        (
            "Глава МИД Азербайджана Джейхун Байрамов и министр иностранных дел Армении "
            "Арарат Мирзоян прибыли в Алма-Ату для переговоров.",
            "ru",
            {"Jeyhun Bayramov", "Ararat Mirzoyan"},
        ),
        # named only by their titles: the guide's participants are then the states
        (
            "Главы МИД Азербайджана и Армении прибыли на переговоры в Алма-Ату.",
            "ru",
            {"Azerbaijan", "Armenia"},
        ),
        (
            "The foreign ministers of Armenia and Azerbaijan arrived in Almaty for talks.",
            "en",
            {"Azerbaijan", "Armenia"},
        ),
    ):
        (held,) = article_facts(text, lang, "MeetingHeld", DAY)
        assert set(held["participants"]) == people, text  # type: ignore[arg-type]
        assert held["place"] == "Almaty", text


def test_a_meeting_that_began_took_place_whatever_the_speaker_hopes_to_discuss() -> None:
    text = (
        "Глава МИД РФ Сергей Лавров заявил, что рассчитывает в ходе начавшейся в Астане в "
        "пятницу встречи с коллегами из Армении и Азербайджана обсудить реализацию "
        "договоренностей."
    )
    (held,) = article_facts(text, "ru", "MeetingHeld", dt.date(2022, 10, 14))
    assert set(held["participants"]) == {"Sergey Lavrov", "Armenia", "Azerbaijan"}
    assert (held["place"], held["date"]) == ("Astana", "2022-10-14")


def test_a_cabinet_meeting_is_no_meeting_of_the_sides() -> None:
    text = (
        "Prime Minister Nikol Pashinyan reported the proposals of Azerbaijan during a cabinet "
        "meeting held earlier in the day."
    )
    assert not article_facts(text, "en", "MeetingHeld", DAY)


def test_the_imperfective_of_meeting_tells_a_meeting_held() -> None:
    text = "Путин, Алиев и Пашинян в последний раз встречались в Сочи в конце октября."
    (held,) = article_facts(text, "ru", "MeetingHeld", dt.date(2022, 12, 20))
    assert set(held["participants"]) == {  # type: ignore[arg-type]
        "Vladimir Putin",
        "Ilham Aliyev",
        "Nikol Pashinyan",
    }
    assert (held["place"], held["date"]) == ("Sochi", "2022-10")


def test_talks_at_which_a_deal_was_reached_far_before_them_took_place() -> None:
    text = (
        "Этих договоренностей достигли после долгого спора министры иностранных дел "
        "Азербайджана и Армении на переговорах в Москве."
    )
    (held,) = article_facts(text, "ru", "MeetingHeld", dt.date(2020, 10, 10))
    assert set(held["participants"]) == {"Azerbaijan", "Armenia"}  # type: ignore[arg-type]
    assert (held["place"], held["date"]) == ("Moscow", "2020-10-10")


def test_talks_after_which_a_named_person_spoke_took_place() -> None:
    for text, lang in (
        (
            "После консультаций с коллегами из Армении и Азербайджана Лавров объявил о перемирии.",
            "ru",
        ),
        (
            "Following talks with his counterparts from Armenia and Azerbaijan, Lavrov "
            "announced a truce.",
            "en",
        ),
    ):
        (held,) = article_facts(text, lang, "MeetingHeld", dt.date(2020, 10, 10))
        assert set(held["participants"]) == {"Sergey Lavrov", "Armenia", "Azerbaijan"}, text  # type: ignore[arg-type]


def test_talks_inside_reported_words_are_not_the_speakers() -> None:
    text = "Правительство сообщило, что после переговоров сторона разблокировала дорогу."
    assert not article_facts(text, "ru", "MeetingHeld", dt.date(2022, 12, 12))


def test_a_reception_of_a_named_person_is_a_meeting() -> None:
    """meet4: "принял своего коллегу X", "примет премьер-министра X": the host meets the guest;
    "принял решение пригласить X", "приняли заявление" receive nobody."""
    day = dt.date(2024, 10, 8)
    for text in (
        "8 октября в Кремле президент Владимир Путин принял своего азербайджанского коллегу "
        "Ильхама Алиева.",
        "Во вторник президент Азербайджана Ильхам Алиев принял вице-премьера правительства РФ "
        "Алексея Оверчука.",
    ):
        (held,) = article_facts(text, "ru", "MeetingHeld", day)
        assert len(held["participants"]) == 2, text  # type: ignore[arg-type]
    (planned,) = article_facts(
        "В среду в Праге президент Турции Реджеп Тайип Эрдоган примет премьер-министра Армении "
        "Никола Пашиняна.",
        "ru",
        "MeetingAnnounced",
        day,
    )
    assert set(planned["participants"]) == {"Recep Tayyip Erdoğan", "Nikol Pashinyan"}  # type: ignore[arg-type]
    for text in (
        "Мишель сказал, что принял решение пригласить Пашиняна и Алиева.",
        "Главы России, Армении и Азербайджана приняли совместное заявление.",
    ):
        assert not article_facts(text, "ru", "MeetingHeld", day), text
