"""Plans, wave 10: two plans told in one sentence, and a person's name that qualifies a body
(sentences written for the test)."""

import datetime as dt

import pytest

from .catalogue import article_facts

MAY = dt.date(2023, 5, 10)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "The ministers discussed the trilateral meeting of Nikol Pashinyan, Charles Michel and "
            "Ilham Aliyev planned for May 20, and stressed the need to hold a five-party meeting "
            "with Emmanuel Macron and Olaf Scholz in Chisinau on June 1.",
        ),
        (
            "en",
            "They referred to the tripartite meeting of Nikol Pashinyan, Charles Michel and Ilham "
            "Aliyev scheduled for May 20, emphasized the importance of holding a 5-sided meeting "
            "with the participation of Emmanuel Macron and Olaf Scholz in Chisinau on June 1.",
        ),
        (
            "ru",
            "Стороны обсудили запланированную на 20 мая трехстороннюю встречу Никола Пашиняна, "
            "Шарля Мишеля и Ильхама Алиева, подчеркнули важность проведения пятисторонней встречи "
            "с участием Эммануэля Макрона и Олафа Шольца в Кишиневе 1 июня.",
        ),
    ],
)
def test_two_plans_in_one_sentence_are_two_facts(lang: str, text: str) -> None:
    plans = article_facts(text, lang, "MeetingAnnounced", MAY)
    by_size = {len(p["participants"]): p for p in plans}  # type: ignore[arg-type]
    assert sorted(by_size) == [3, 5]
    assert by_size[3]["date"] == "2023-05-20"
    assert by_size[5]["date"] == "2023-06-01"
    assert by_size[5]["place"] == "Chișinău"
    assert {"Emmanuel Macron", "Olaf Scholz"} <= set(by_size[5]["participants"])  # type: ignore[arg-type]


def test_one_plan_with_two_meeting_words_stays_one() -> None:
    text = (
        "Nikol Pashinyan and Ilham Aliyev will meet in Brussels on May 20, ahead of the summit "
        "in Chisinau."
    )
    (plan,) = article_facts(text, "en", "MeetingAnnounced", MAY)
    assert set(plan["participants"]) == {"Nikol Pashinyan", "Ilham Aliyev"}  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Nikol Pashinyan will meet Ilham Aliyev in Washington on Friday, which gives the "
            "Biden administration a chance to show progress.",
        ),
        (
            "ru",
            "Никол Пашинян встретится с Ильхамом Алиевым в Вашингтоне в пятницу, что даст "
            "администрации Байдена шанс показать прогресс.",
        ),
    ],
)
def test_a_name_that_qualifies_a_body_takes_no_part(lang: str, text: str) -> None:
    (plan,) = article_facts(text, lang, "MeetingAnnounced", MAY)
    assert set(plan["participants"]) == {"Nikol Pashinyan", "Ilham Aliyev"}  # type: ignore[arg-type]


def test_a_plan_for_a_known_summits_day_seats_its_host_when_the_article_names_him() -> None:
    text = (
        "Vladimir Putin spoke about the ceasefire. Nikol Pashinyan and Ilham Aliyev will meet "
        "in Sochi on November 26."
    )
    (plan,) = article_facts(text, "en", "MeetingAnnounced", dt.date(2021, 11, 20))
    assert set(plan["participants"]) == {"Nikol Pashinyan", "Ilham Aliyev", "Vladimir Putin"}  # type: ignore[arg-type]


def test_a_plan_for_a_known_summits_day_adds_no_host_the_article_never_names() -> None:
    text = "Nikol Pashinyan and Ilham Aliyev will meet in Sochi on November 26."
    (plan,) = article_facts(text, "en", "MeetingAnnounced", dt.date(2021, 11, 20))
    assert set(plan["participants"]) == {"Nikol Pashinyan", "Ilham Aliyev"}  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ru",
            "Шарль Мишель: Встреча между лидерами Азербайджана и Армении, которая пройдет завтра "
            "в Кишиневе, очень важна.",
        ),
        (
            "en",
            "Charles Michel: the meeting between the leaders of Azerbaijan and Armenia, which will "
            "take place tomorrow in Chisinau, is very important.",
        ),
    ],
)
def test_the_teller_of_a_plan_is_not_seated_as_one_host_of_its_format(lang: str, text: str) -> None:
    (plan,) = article_facts(text, lang, "MeetingAnnounced", dt.date(2023, 6, 1))
    assert set(plan["participants"]) == {"Azerbaijan", "Armenia"}  # type: ignore[arg-type]
    assert plan["claimed_by"] == ["Charles Michel"]
