"""Where a held meeting took place when the sentence names it another way (sentences written
for the test): on the border "between" the two sides however styled, and on the sidelines of an
event placed by an earlier sentence."""

import datetime as dt

from .catalogue import article_facts

DAY = dt.date(2023, 11, 30)
BORDER = "Armenia–Azerbaijan border"


def test_a_meeting_on_the_border_between_the_republics_is_on_their_border() -> None:
    for text, lang in (
        (
            "On Thursday, the seventh meeting of the state commissions was held on the border "
            "between the Republic of Armenia and the Republic of Azerbaijan under the "
            "chairmanship of Mher Grigoryan and Shahin Mustafayev.",
            "en",
        ),
        (
            "Mher Grigoryan and Shahin Mustafayev met yesterday at the border between "
            "Azerbaijan and Armenia.",
            "en",
        ),
        (
            "В четверг Мгер Григорян и Шахин Мустафаев провели встречу на границе между "
            "Республикой Армения и Азербайджанской Республикой.",
            "ru",
        ),
    ):
        (held,) = article_facts(text, lang, "MeetingHeld", DAY)
        assert held["place"] == BORDER, text


def test_talks_on_the_border_between_them_in_a_city_keep_the_city() -> None:
    text = (
        "Mher Grigoryan and Shahin Mustafayev met in Moscow on Thursday for talks on the border "
        "between Armenia and Azerbaijan."
    )
    (held,) = article_facts(text, "en", "MeetingHeld", DAY)
    assert held["place"] == "Moscow"


def test_a_meeting_on_the_sidelines_takes_the_place_of_the_event_told_before() -> None:
    for text, lang in (
        (
            "On Tuesday, Prague hosted a summit of the European Political Community.\n\n"
            "Foreign ministers and diplomats from forty countries attended the plenary.\n\n"
            "Ilham Aliyev met with Nikol Pashinyan on the sidelines of the summit.",
            "en",
        ),
        (
            "Во вторник в Праге прошел саммит Европейского политического сообщества.\n\n"
            "В пленарном заседании участвовали делегации сорока стран.\n\n"
            "На полях саммита Ильхам Алиев встретился с Николом Пашиняном.",
            "ru",
        ),
    ):
        held = article_facts(text, lang, "MeetingHeld", DAY)
        pair = [f for f in held if "Nikol Pashinyan" in f["participants"]]  # type: ignore[operator]
        assert [f.get("place") for f in pair] == ["Prague"], text


def test_a_city_hosting_the_summit_is_its_venue() -> None:
    for text, lang in (
        (
            "Kazan hosted the summit of the eastern states on Tuesday.\n\n"
            "During the summit, Ilham Aliyev met with Nikol Pashinyan.",
            "en",
        ),
        (
            "Во вторник Казань принимала саммит восточных государств.\n\n"
            "В ходе саммита Ильхам Алиев встретился с Николом Пашиняном.",
            "ru",
        ),
    ):
        (held,) = article_facts(text, lang, "MeetingHeld", DAY)
        assert held["place"] == "Kazan", text


def test_a_meeting_told_in_a_relative_clause_keeps_its_own_past() -> None:
    day = dt.date(2022, 5, 24)
    for text, lang in (
        (
            "Charles Michel praised the latest meeting between Nikol Pashinyan and Ilham "
            "Aliyev.\n\n"
            "Teams led by the ministers will take the process forward, a statement from "
            "Charles Michel, who hosted the meeting on 22 May, reads.",
            "en",
        ),
        (
            "Шарль Мишель высоко оценил последнюю встречу Никола Пашиняна и Ильхама Алиева.\n\n"
            "Группы во главе с министрами продолжат эту работу в ближайшие недели, говорится "
            "в заявлении Шарля Мишеля, который провел встречу 22 мая.",
            "ru",
        ),
    ):
        (held,) = article_facts(text, lang, "MeetingHeld", day)
        assert set(held["participants"]) == {  # type: ignore[arg-type]
            "Charles Michel",
            "Nikol Pashinyan",
            "Ilham Aliyev",
        }, text
        assert held["date"] == "2022-05-22", text


def test_a_future_told_in_the_relative_clause_stays_a_plan() -> None:
    text = (
        "Teams will take the process forward, said Charles Michel, who will host the meeting "
        "of Nikol Pashinyan and Ilham Aliyev on 22 June."
    )
    assert not article_facts(text, "en", "MeetingHeld", dt.date(2022, 5, 24))


def test_a_meeting_on_the_sidelines_takes_the_country_the_event_is_held_in() -> None:
    for text, lang in (
        (
            "Министры согласились провести встречу глав МИД Армении и Азербайджана при "
            "посредничестве США на полях СМИД ОБСЕ в Испании, сообщил МИД.\n\n"
            "Позже Арарат Мирзоян на полях СМИД ОБСЕ провел встречу с Энтони Блинкеном.",
            "ru",
        ),
        (
            "The ministers agreed to meet with US mediation on the sidelines of the OSCE "
            "Ministerial Council in Malta, the ministry said.\n\n"
            "Later, Ararat Mirzoyan met with Antony Blinken on the sidelines of the council.",
            "en",
        ),
    ):
        held = article_facts(text, lang, "MeetingHeld", DAY)
        pair = [f for f in held if "Antony Blinken" in f["participants"]]  # type: ignore[operator]
        assert [f.get("place") for f in pair] == ["Spain" if lang == "ru" else "Malta"], text


def test_a_sides_own_country_is_not_the_venue_of_its_sidelines() -> None:
    text = (
        "On the sidelines of the forum in Armenia, the ministers spoke to the press.\n\n"
        "Later, Ararat Mirzoyan met with Jeyhun Bayramov on the sidelines of the forum."
    )
    held = article_facts(text, "en", "MeetingHeld", DAY)
    assert all(f.get("place") != "Armenia" for f in held)
