"""Plans, refusals and cancellations of a meeting in a known format: the format's hosts are
at its table as the article names them (sentences written for the test)."""

import datetime as dt

from .catalogue import article_facts, facts_of

DAY = dt.date(2023, 10, 4)
FIVE = {"Ilham Aliyev", "Nikol Pashinyan", "Charles Michel", "Emmanuel Macron", "Olaf Scholz"}


def test_a_refused_format_meeting_seats_its_hosts_named_in_another_paragraph() -> None:
    for text, lang in (
        (
            "Azerbaijani President Ilham Aliyev has refused to attend the meeting with Armenian "
            "Prime Minister Nikol Pashinyan in Granada.\n\nThe talks were to be mediated by "
            "Charles Michel, Emmanuel Macron and Olaf Scholz.",
            "en",
        ),
        (
            "Президент Азербайджана Ильхам Алиев отказался от участия во встрече с "
            "премьер-министром Армении Николом Пашиняном в Испании.\n\nПосредниками на "
            "переговорах должны были выступить Шарль Мишель, Эммануэль Макрон и Олаф Шольц.",
            "ru",
        ),
    ):
        (denied,) = article_facts(text, lang, "MeetingDenied", DAY)
        assert set(denied["participants"]) == FIVE, text  # type: ignore[arg-type]
        assert denied["denied_by"] == ["Ilham Aliyev"], text


def test_a_cancelled_format_meeting_seats_its_hosts() -> None:
    text = (
        "The meeting of Ilham Aliyev and Nikol Pashinyan in Granada on Thursday has been "
        "cancelled.\n\nCharles Michel, Emmanuel Macron and Olaf Scholz had invited both leaders."
    )
    (cancelled,) = article_facts(text, "en", "MeetingCancelled", DAY)
    assert set(cancelled["participants"]) == FIVE  # type: ignore[arg-type]


def test_hosts_of_a_format_do_not_join_a_refused_meeting_elsewhere() -> None:
    text = (
        "Ilham Aliyev has refused to attend the meeting with Nikol Pashinyan in Brussels.\n\n"
        "Charles Michel, Emmanuel Macron and Olaf Scholz met Pashinyan in Granada on Thursday."
    )
    (denied,) = article_facts(text, "en", "MeetingDenied", DAY)
    assert set(denied["participants"]) == {"Ilham Aliyev", "Nikol Pashinyan"}  # type: ignore[arg-type]


def test_the_sides_as_states_beside_a_leaders_host_are_the_leaders_named() -> None:
    text = (
        "Azerbaijan, Armenia and the European Union met in Brussels on Sunday.\n\nEuropean "
        "Council President Charles Michel said that Ilham Aliyev and Nikol Pashinyan had agreed "
        "to meet again."
    )
    facts = article_facts(text, "en", "MeetingHeld", dt.date(2023, 5, 14))
    (held,) = [f for f in facts if f.get("place") == "Brussels"]
    assert set(held["participants"]) == {"Ilham Aliyev", "Nikol Pashinyan", "Charles Michel"}  # type: ignore[arg-type]


def test_the_sides_as_states_stay_states_without_a_leaders_host() -> None:
    text = "Azerbaijan, Armenia and the European Union met in Brussels on Sunday."
    (held,) = article_facts(text, "en", "MeetingHeld", dt.date(2023, 5, 14))
    assert set(held["participants"]) == {"Azerbaijan", "Armenia"}  # type: ignore[arg-type]


def test_a_refusal_told_again_with_fewer_people_is_one_refusal() -> None:
    day = dt.date(2022, 12, 23)
    for text, lang in (
        (
            "Глава МИД Армении Арарат Мирзоян отказался от участия в трехсторонней встрече с "
            "Сергеем Лавровым и Джейхуном Байрамовым в Москве.\n\nЛавров выразил сожаление из-за "
            "отказа Мирзояна приехать на встречу.",
            "ru",
        ),
        (
            "Armenian Foreign Minister Ararat Mirzoyan declined to attend the trilateral meeting "
            "with Sergey Lavrov and Jeyhun Bayramov in Moscow.\n\nLavrov regretted that Mirzoyan "
            "refused to come to the meeting.",
            "en",
        ),
    ):
        (denied,) = facts_of(text, lang, "MeetingDenied", day)
        assert set(denied["participants"]) == {  # type: ignore[arg-type]
            "Ararat Mirzoyan",
            "Sergey Lavrov",
            "Jeyhun Bayramov",
        }, text
