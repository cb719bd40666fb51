"""The 2023 offensive by Baku's own description (timeline26; sentences written for the test):
"the anti-terror operation", recalled after the offensive ended with no date of its own or a
date within it, is that offensive, in Nagorno-Karabakh, dated by its first day; another date is
another fighting, and told before the offensive the description names nothing."""

import datetime as dt

import pytest

from .catalogue import article_facts

LATER = dt.date(2024, 3, 5)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Baku launched an anti-terrorism operation in Karabakh last September."),
        ("en", "The separatists surrendered after Azerbaijan's anti-terrorist operation."),
        ("en", "Thousands fled after the anti-terror measures of Azerbaijan, which lasted a day."),
        (
            "ru",
            "В результате антитеррористических мероприятий незаконные формирования сложили оружие.",
        ),
        ("ru", "После антитеррористической операции в Карабахе регион перешел под контроль Баку."),
        ("ru", "Баку провел антитеррористические мероприятия в Карабахе в сентябре прошлого года."),
    ],
)
def test_the_anti_terror_operation_recalled_is_the_2023_offensive(lang: str, text: str) -> None:
    fought = article_facts(text, lang, "HostilitiesReported", LATER)
    assert [(f["location"], f["date"]) for f in fought] == [("Nagorno-Karabakh", "2023-09-19")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Prisoners taken during the anti-terrorist measures near Hadrut in December 2020 "
            "were returned.",
        ),
        (
            "ru",
            "Пленные, взятые в ходе антитеррористических мероприятий в декабре 2020 года, "
            "возвращены.",
        ),
    ],
)
def test_an_anti_terror_operation_of_another_date_is_not_the_offensive(
    lang: str, text: str
) -> None:
    fought = article_facts(text, lang, "HostilitiesReported", LATER)
    assert all(not str(f.get("date", "")).startswith("2023") for f in fought)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Baku says its anti-terrorist operation against the separatists will go on."),
        ("ru", "Баку заявил, что продолжит антитеррористическую операцию против сепаратистов."),
        ("en", "The war changed everything, the minister said."),
        ("en", "Post-war reconstruction of the districts continues."),
    ],
)
def test_told_before_the_offensive_or_a_bare_war_names_no_offensive(lang: str, text: str) -> None:
    fought = article_facts(text, lang, "HostilitiesReported", dt.date(2022, 6, 8))
    assert all(not str(f.get("date", "")).startswith("2023") for f in fought)
