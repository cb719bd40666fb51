""" "This week" names a day of the news week without saying which (sentences written for the
test): when the article names exactly one calendar day inside that span ("later this week"
— after the news day; "earlier this week" — before it), the fact dated "this week" is dated
that day; two days, or none, in the span leave it at its month."""

import datetime as dt

import pytest

from services.extraction import extract_article

MONDAY = dt.date(2024, 3, 4)


def _dates(text: str, lang: str, kind: str) -> list[str]:
    facts = extract_article(text, MONDAY, lang).facts
    return sorted({str(f.arguments.get("date")) for f in facts if f.kind == kind})


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Antony Blinken will host Ararat Mirzoyan and Jeyhun Bayramov in Washington later "
            "this week. The talks are scheduled for March 7.",
            "en",
            "2024-03-07",
        ),
        (
            "Nikol Pashinyan and Ilham Aliyev will meet in Brussels this week, the EU said. "
            "Officials expect the leaders on 8 March.",
            "en",
            "2024-03-08",
        ),
        (
            "Встреча Мирзояна и Байрамова пройдет в Москве на этой неделе. "
            "Переговоры назначены на 6 марта.",
            "ru",
            "2024-03-06",
        ),
        (
            "На этой неделе в Вашингтоне состоится встреча Мирзояна и Байрамова, сообщил "
            "Госдеп. Консультации начнутся 9 марта.",
            "ru",
            "2024-03-09",
        ),
    ],
)
def test_this_week_takes_the_one_day_named_inside_it(text: str, lang: str, expected: str) -> None:
    assert _dates(text, lang, "MeetingAnnounced") == [expected]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Antony Blinken will host Ararat Mirzoyan and Jeyhun Bayramov in Washington later "
            "this week. Mirzoyan flies in on March 6 and Bayramov on March 8.",
            "en",
        ),
        (
            "Встреча Мирзояна и Байрамова пройдет в Москве на этой неделе. "
            "Предыдущий раунд переговоров прошел 12 февраля.",
            "ru",
        ),
    ],
)
def test_two_days_or_none_in_the_week_leave_the_month(text: str, lang: str) -> None:
    assert "2024-03" in _dates(text, lang, "MeetingAnnounced")
