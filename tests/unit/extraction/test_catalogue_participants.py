"""Who took part in a meeting, in the constructions the press uses (sentences written for the
test): leaders named by their states, talks at which something was agreed, sessions."""

import datetime as dt

from .catalogue import article_facts


def test_leaders_named_by_their_states_take_part_as_states() -> None:
    for text in (
        "French President Emmanuel Macron held a meeting with Armenian and Azerbaijani leaders "
        "in Prague on Thursday.",
        "French President Emmanuel Macron held a meeting with the leaders of Armenia and "
        "Azerbaijan in Prague on Thursday.",
    ):
        (held,) = article_facts(text, "en", "MeetingHeld")
        assert set(held["participants"]) == {  # type: ignore[arg-type]
            "Emmanuel Macron",
            "Armenia",
            "Azerbaijan",
        }, text
        assert held["place"] == "Prague"


def test_talks_at_which_a_truce_was_agreed_took_place_with_the_sides() -> None:
    text = (
        "Азербайджан и Армения на переговорах в Москве договорились о прекращении огня с 12:00 "
        "10 октября, заявил министр иностранных дел России Сергей Лавров."
    )
    (held,) = article_facts(text, "ru", "MeetingHeld", dt.date(2020, 10, 10))
    assert set(held["participants"]) == {  # type: ignore[arg-type]
        "Sergey Lavrov",
        "Azerbaijan",
        "Armenia",
    }
    assert (held["place"], held["date"]) == ("Moscow", "2020-10-10")


def test_agreeing_to_a_meeting_is_no_meeting_held() -> None:
    text = "Представитель Еревана согласился на встречу с Алиевым только в присутствии Макрона."
    assert not article_facts(text, "ru", "MeetingHeld")


def test_a_deadline_agreed_at_a_meeting_is_not_its_day() -> None:
    text = (
        "Shahin Mustafayev and Mher Grigoryan met on Friday. During the meeting, the parties "
        "agreed that a draft regulation should be ready by December 1."
    )
    assert not article_facts(text, "en", "MeetingAnnounced")


def test_a_session_of_a_commission_is_a_meeting() -> None:
    text = (
        "Мгер Григорян, Алексей Оверчук и Шахин Мустафаев в субботу в Москве провели первое "
        "заседание трехсторонней рабочей группы."
    )
    (held,) = article_facts(text, "ru", "MeetingHeld")
    assert set(held["participants"]) == {  # type: ignore[arg-type]
        "Mher Grigoryan",
        "Alexei Overchuk",
        "Shahin Mustafayev",
    }
    assert held["place"] == "Moscow"


def test_a_summit_abroad_is_a_venue() -> None:
    text = (
        "French President Emmanuel Macron will meet with the Prime Minister of Armenia, Nikol "
        "Pashinyan, on the sidelines of the Francophonie Summit in Djerba on 19 November, the "
        "Elysee Palace informs."
    )
    (plan,) = article_facts(text, "en", "MeetingAnnounced", dt.date(2022, 11, 13))
    assert (plan["place"], plan["date"]) == ("Djerba", "2022-11-19")


def test_a_meeting_called_off_today_was_not_held() -> None:
    text = (
        "Баку, 25 октября. Планируемая на сегодня встреча Алиева, Пашиняна и Мишеля в Брюсселе "
        "не состоится. Ранее сообщалось о проведении встречи Алиев-Пашинян-Мишель 25 октября."
    )
    assert not article_facts(text, "ru", "MeetingHeld", dt.date(2023, 10, 25))


def test_who_refuses_a_meeting_is_at_its_table() -> None:
    for text, lang, who in (
        ("Pashinyan said he would not meet Putin and Aliyev in Moscow.", "en", "Nikol Pashinyan"),
        (
            "Armenia declined to take part in the talks of Lavrov and Bayramov in Moscow.",
            "en",
            "Armenia",
        ),
    ):
        denied = article_facts(text, lang, "MeetingDenied")
        assert denied and all(who in d["participants"] for d in denied), (text, denied)  # type: ignore[operator]


def test_who_says_there_will_be_no_meeting_denies_it() -> None:
    for text, lang, teller, people in (
        (
            "Пашинян и Алиев не встретятся в Брюсселе, заявил Песков.",
            "ru",
            "Dmitry Peskov",
            {"Nikol Pashinyan", "Ilham Aliyev"},
        ),
        (
            "Пашинян заявил, что не встретится с Алиевым в Брюсселе.",
            "ru",
            "Nikol Pashinyan",
            {"Nikol Pashinyan", "Ilham Aliyev"},
        ),
        (
            "Pashinyan said he would not take part in a meeting with Putin and Aliyev in Moscow.",
            "en",
            "Nikol Pashinyan",
            {"Nikol Pashinyan", "Vladimir Putin", "Ilham Aliyev"},
        ),
    ):
        (denied,) = article_facts(text, lang, "MeetingDenied")
        assert denied["denied_by"] == [teller], text
        assert set(denied["participants"]) == people, text  # type: ignore[arg-type]


def test_the_states_and_bodies_a_meeting_is_with_sit_at_its_table() -> None:
    text = (
        "Президент Азербайджана Ильхам Алиев ранее от участия во встрече с ЕС, Германией и "
        "Францией в Гранаде отказался."
    )
    (denied,) = article_facts(text, "ru", "MeetingDenied")
    assert denied["denied_by"] == ["Ilham Aliyev"]
    assert set(denied["participants"]) == {  # type: ignore[arg-type]
        "Ilham Aliyev",
        "European Union",
        "Germany",
        "France",
    }


def test_the_date_a_since_opens_is_not_the_meetings() -> None:
    text = (
        "This was the first meeting between Pashinyan and Aliyev in Prague since Azerbaijan "
        "attacked Armenia in September 2022."
    )
    (held,) = article_facts(text, "en", "MeetingHeld", dt.date(2022, 10, 7))
    assert held["place"] == "Prague"
    assert held.get("date") != "2022-09"


def test_ministers_named_only_by_title_take_part_as_their_states() -> None:
    for text, lang in (
        ("Главы МИД Армении и Азербайджана встретились в пятницу в Вашингтоне.", "ru"),
        ("The foreign ministers of Armenia and Azerbaijan met in Washington on Friday.", "en"),
    ):
        (held,) = article_facts(text, lang, "MeetingHeld", dt.date(2020, 10, 24))
        assert set(held["participants"]) == {"Armenia", "Azerbaijan"}, text  # type: ignore[arg-type]
        assert held["place"] == "Washington, D.C.", text


def test_a_minister_the_article_names_stays_a_person() -> None:
    text = (
        "Глава МИД Армении Зограб Мнацаканян прибыл в Вашингтон. Главы МИД Армении и "
        "Азербайджана встретились там в пятницу."
    )
    (held,) = article_facts(text, "ru", "MeetingHeld", dt.date(2020, 10, 24))
    assert set(held["participants"]) == {"Zohrab Mnatsakanyan", "Azerbaijan"}  # type: ignore[arg-type]


def test_the_subject_of_separate_meetings_hosts_each_pair() -> None:
    """meet4: "Before the trilateral meeting X held separate meetings with the ministers":
    X meets each of them, though the trilateral meeting word comes first."""
    for text, lang in (
        (
            "Foreign ministers Ararat Mirzoyan and Jeyhun Bayramov met in Washington on Monday "
            "with Antony Blinken.\n\nBefore the trilateral meeting Blinken held separate "
            "meetings with the foreign ministers of the two countries.",
            "en",
        ),
        (
            "Министры иностранных дел Арарат Мирзоян и Джейхун Байрамов встретились в "
            "понедельник в Тбилиси с Антони Блинкеном.\n\nПеред трехсторонней встречей "
            "Блинкен провел отдельные встречи с главами МИД двух стран.",
            "ru",
        ),
    ):
        held = article_facts(text, lang, "MeetingHeld", dt.date(2023, 5, 1))
        pairs = {frozenset(f["participants"]) for f in held}  # type: ignore[arg-type]
        assert frozenset({"Antony Blinken", "Ararat Mirzoyan"}) in pairs, text
        assert frozenset({"Antony Blinken", "Jeyhun Bayramov"}) in pairs, text
        assert frozenset({"Ararat Mirzoyan", "Jeyhun Bayramov"}) not in pairs, text
