"""Territory, peacekeepers, fighting and dates: a catalogue of the press's constructions
(sentences written for the test)."""

import datetime as dt

import pytest

from .catalogue import article_facts, facts_of


@pytest.mark.parametrize(
    ("lang", "text", "territory", "taker"),
    [
        ("en", "Azerbaijan took back Shusha in November 2020.", "Shusha", "Azerbaijan"),
        ("en", "Shusha fell to Azerbaijani forces on November 8, 2020.", "Shusha", "Azerbaijan"),
        (
            "en",
            "Karabakh was retaken by Azerbaijan in September 2023.",
            "Nagorno-Karabakh",
            "Azerbaijan",
        ),
        (
            "en",
            "Armenian troops withdrew from the Agdam district on November 20, 2020.",
            "Aghdam District",
            "Azerbaijan",
        ),
        (
            "ru",
            "Подразделения армии Азербайджана вступили в Агдамский район 20 ноября 2020 года.",
            "Aghdam District",
            "Azerbaijan",
        ),
        (
            "ru",
            "20 ноября 2020 года под контроль Азербайджана перешел Агдамский район.",
            "Aghdam District",
            "Azerbaijan",
        ),
        (
            "ru",
            "Армения вывела войска из Кельбаджарского района 25 ноября 2020 года.",
            "Kalbajar District",
            "Azerbaijan",
        ),
        (
            "ru",
            "Армения уступила Азербайджану Агдамский район в 2020 году.",
            "Aghdam District",
            "Azerbaijan",
        ),
        (
            "ru",
            "Алиев заявил о взятии под контроль азербайджанской армией города Физули "
            "17 октября 2020 года.",
            "Fuzuli (city)",
            "Azerbaijan",
        ),
        (
            "en",
            "Karabakh returned to Azerbaijani control in September 2023.",
            "Nagorno-Karabakh",
            "Azerbaijan",
        ),
        (
            "en",
            "Azerbaijani troops moved into the Aghdam district on November 20, 2020.",
            "Aghdam District",
            "Azerbaijan",
        ),
        (
            "en",
            "The exodus followed Azerbaijan's takeover of Karabakh in September 2023.",
            "Nagorno-Karabakh",
            "Azerbaijan",
        ),
        (
            "en",
            "Karabakh came under full Azerbaijani control in September 2023.",
            "Nagorno-Karabakh",
            "Azerbaijan",
        ),
        (
            "en",
            "Azerbaijan gained control of the Lachin district on December 1, 2020.",
            "Lachin District",
            "Azerbaijan",
        ),
        (
            "ru",
            "Карабах перешел под полный контроль Баку в сентябре 2023 года.",
            "Nagorno-Karabakh",
            "Azerbaijan",
        ),
        (
            "ru",
            "После перехода Карабаха под контроль Азербайджана в сентябре 2023 года армяне уехали.",
            "Nagorno-Karabakh",
            "Azerbaijan",
        ),
        ("ru", "Армянские силы оставили Шушу 8 ноября 2020 года.", "Shusha", "Azerbaijan"),
    ],
)
def test_a_catalogue_of_territory_changing_hands(
    lang: str, text: str, territory: str, taker: str
) -> None:
    moved = article_facts(text, lang, "TerritoryTransferred")
    assert any(f["territory"] == territory and f["to"] == taker for f in moved), moved


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        # troops yet to pull out hand nothing over
        (
            "en",
            "Azerbaijani troops have yet to pull out of the area around the village of Verishen.",
            "TerritoryTransferred",
        ),
        # people leaving hand no territory over
        (
            "en",
            "Thousands of Armenians left the Lachin district on November 30, 2020.",
            "TerritoryTransferred",
        ),
        # another army entering the peacekeepers zone deploys no peacekeepers
        (
            "ru",
            "Азербайджанские военные вошли в зону ответственности российских миротворцев "
            "в Карабахе.",
            "PeacekeepersDeployed",
        ),
        # a war that concluded with an agreement signs nothing new
        (
            "en",
            "The war concluded with a Russian-brokered peace agreement in November 2020.",
            "AgreementSigned",
        ),
        # a territory nobody took is no transfer
        (
            "ru",
            "Алиев заявил о взятии под контроль части Физулинского района 25 октября 2020 года.",
            "TerritoryTransferred",
        ),
        # settlements passing under control now are not yet transferred
        (
            "ru",
            "Населенные пункты Лачинского района, которые переходят под контроль Баку, опустели.",
            "TerritoryTransferred",
        ),
        # people who left under peacekeepers protection withdraw no peacekeepers
        (
            "en",
            "Thousands of Armenians left Karabakh in September 2023 escorted by Russian "
            "peacekeepers.",
            "PeacekeepersWithdrawn",
        ),
    ],
)
def test_constructions_that_report_no_such_fact(lang: str, text: str, kind: str) -> None:
    assert facts_of(text, lang, kind) == []


def test_peacekeepers_entering_a_region_deploy() -> None:
    text = "Российские миротворцы вошли в Нагорный Карабах 10 ноября 2020 года."
    (deployed,) = facts_of(text, "ru", "PeacekeepersDeployed")
    assert deployed["area"] == "Nagorno-Karabakh"


def test_peacekeepers_who_left_withdrew() -> None:
    text = "Russian peacekeepers left Nagorno-Karabakh in April 2024."
    assert facts_of(text, "en", "PeacekeepersWithdrawn")


def test_the_genitive_after_an_attack_is_the_attacker() -> None:
    text = "13 сентября 2022 года Армения сообщила об обстрелах азербайджанской стороны у Сотка."
    locations = {f["location"] for f in facts_of(text, "ru", "HostilitiesReported")}
    assert locations == {"Sotk"}


@pytest.mark.parametrize(
    ("text", "territory"),
    [
        (
            "The corridor leads to Karabakh, the territory Azerbaijan reclaimed in a military "
            "victory in 2020.",
            "Nagorno-Karabakh",
        ),
        (
            "The truce allowed Azerbaijan to reclaim control over large parts of Karabakh in 2020.",
            "Nagorno-Karabakh",
        ),
    ],
)
def test_relative_and_enabled_captures_happened(text: str, territory: str) -> None:
    moved = facts_of(text, "en", "TerritoryTransferred")
    assert any(f["territory"] == territory and f["to"] == "Azerbaijan" for f in moved), moved


def test_a_participle_passing_under_control() -> None:
    text = (
        "Села Лачинского района, перешедшие 26 августа 2022 года под контроль Азербайджана, "
        "опустели."
    )
    moved = facts_of(text, "ru", "TerritoryTransferred")
    assert any(f["to"] == "Azerbaijan" for f in moved), moved


@pytest.mark.parametrize(
    ("lang", "sentence", "day"),
    [
        ("ru", "ВС Азербайджана обстреляли Джермук 13.09.2022.", "2022-09-13"),
        ("ru", "ВС Азербайджана обстреляли Джермук два дня назад.", "2022-09-13"),
        ("ru", "ВС Азербайджана обстреляли Джермук в ночь на вторник.", "2022-09-13"),
        ("en", "Azerbaijani forces shelled Jermuk two days ago.", "2022-09-13"),
        ("en", "Azerbaijani forces shelled Jermuk earlier this week.", "2022-09"),
        ("ru", "ВС Азербайджана обстреляли Джермук в конце прошлого месяца.", "2022-08"),
        ("ru", "ВС Азербайджана обстреляли Джермук 13 числа.", "2022-09-13"),
        (
            "ru",
            "ВС Азербайджана обстреляли Джермук в ночь с понедельника на вторник.",
            "2022-09-13",
        ),
        # a weekend is its two days (gold lists both): its Saturday, which also matches a month
        ("en", "Azerbaijani forces shelled Jermuk last weekend.", "2022-09-10"),
        ("en", "Azerbaijani forces shelled Jermuk in the early hours of Tuesday.", "2022-09-13"),
    ],
)
def test_more_ways_of_dating(lang: str, sentence: str, day: str) -> None:
    (fighting,) = article_facts(sentence, lang, "HostilitiesReported", dt.date(2022, 9, 15))
    assert fighting["date"] == day


def test_a_district_of_karabakh_passing_is_not_karabakh_passing() -> None:
    text = "Еще один район Нагорного Карабаха перешел под контроль Азербайджана."
    moved = facts_of(text, "ru", "TerritoryTransferred")
    assert all(f["territory"] != "Nagorno-Karabakh" for f in moved)


@pytest.mark.parametrize(
    ("lang", "text", "location"),
    [
        (
            "en",
            "An Azerbaijani soldier was killed on the border on Monday, the defence ministry said.",
            "Armenia–Azerbaijan border",
        ),
        (
            "ru",
            "На границе в понедельник погиб азербайджанский военнослужащий, сообщило Минобороны.",
            "Armenia–Azerbaijan border",
        ),
        ("ru", "ЕС осудил нападение на Джермук в понедельник.", "Jermuk"),
    ],
)
def test_casualties_and_attacks_are_fighting(lang: str, text: str, location: str) -> None:
    fighting = article_facts(text, lang, "HostilitiesReported", dt.date(2022, 9, 15))
    assert [f["location"] for f in fighting] == [location]


def test_a_capital_where_it_was_said_is_no_battlefield() -> None:
    text = "Армия Азербайджана готовит наступление у Джермука, заявили в Ереване."
    locations = {f["location"] for f in facts_of(text, "ru", "HostilitiesReported")}
    assert "Yerevan" not in locations
