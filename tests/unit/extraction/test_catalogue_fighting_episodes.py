"""Wars the press names in passing (war23; sentences written for the test): a war the text
names ("the Second Karabakh War", "a lightning offensive") or dates is a background
HostilitiesReported in its region, dated by its first day; a bare "war" or an adjective
("post-war") is none."""

import datetime as dt

import pytest

from .catalogue import article_facts

LATER = dt.date(2022, 6, 8)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The Second Karabakh War changed the map of the region."),
        ("en", "Azerbaijan regained the districts during the Second Karabakh War."),
        ("en", "The Second Nagorno-Karabakh War, which ended in a truce, changed the region."),
        ("ru", "Вторая карабахская война изменила карту региона."),
        ("ru", "Азербайджан вернул районы в ходе Второй карабахской войны."),
        ("ru", "Город освобожден во время Второй карабахской войны, которая завершилась миром."),
    ],
)
def test_the_2020_war_named_in_passing_is_recalled(lang: str, text: str) -> None:
    fought = article_facts(text, lang, "HostilitiesReported", LATER)
    assert [(f["location"], str(f.get("date"))[:4]) for f in fought] == [
        ("Nagorno-Karabakh", "2020")
    ]


AFTER_OFFENSIVE = dt.date(2023, 10, 2)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The region surrendered after a lightning offensive by Azerbaijan."),
        ("en", "Thousands fled after the one-day offensive, which ended in a ceasefire."),
        ("ru", "Регион капитулировал после молниеносного наступления Азербайджана."),
        ("ru", "Тысячи людей бежали после однодневной операции, которая завершилась перемирием."),
    ],
)
def test_the_2023_offensive_named_in_passing_is_recalled(lang: str, text: str) -> None:
    fought = article_facts(text, lang, "HostilitiesReported", AFTER_OFFENSIVE)
    assert [(f["location"], str(f.get("date"))[:7]) for f in fought] == [
        ("Nagorno-Karabakh", "2023-09")
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Post-war reconstruction of the districts continues."),
        ("en", "The war changed everything, the minister said."),
        ("ru", "Послевоенное восстановление районов продолжается."),
        ("ru", "Война изменила всё, сказал министр."),
    ],
)
def test_an_adjective_or_a_bare_war_is_no_episode(lang: str, text: str) -> None:
    assert article_facts(text, lang, "HostilitiesReported", LATER) == []
