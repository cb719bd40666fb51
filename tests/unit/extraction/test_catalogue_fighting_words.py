"""Fighting and peacekeepers read from the language's grammar and the guide (evt6; sentences
written for the test): fire opened with words between, an armed conflict as a war with its
span's first year, the end of a war told, a date after "before", a dateline's city, episodes
placed by context or told place by place, deployments provided for, temporary or completed."""

import datetime as dt

import pytest

from .catalogue import article_facts

DAY = dt.date(2022, 10, 20)  # a Thursday: "on Tuesday" is 2022-10-18


def _fought(text: str, lang: str) -> list[tuple[object, object]]:
    return [
        (f.get("location"), f.get("date"))
        for f in article_facts(text, lang, "HostilitiesReported", DAY)
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Во вторник военные открыли интенсивный огонь по селу Сотк."),
        ("ru", "Во вторник подразделения вели прицельный огонь по позициям у села Сотк."),
        ("en", "On Tuesday, troops opened heavy fire on the village of Sotk."),
    ],
)
def test_fire_opened_with_words_between_is_fighting(lang: str, text: str) -> None:
    """ "открыть огонь" keeps its sense with an adjective between verb and noun."""
    assert _fought(text, lang) == [("Sotk", "2022-10-18")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ru",
            "Во время вооруженного конфликта 1992-1994 годов Азербайджан утратил контроль над "
            "Нагорным Карабахом.",
        ),
        ("en", "During the armed conflict of 1992-1994, Azerbaijan lost Nagorno-Karabakh."),
    ],
)
def test_an_armed_conflict_of_a_span_of_years_is_a_war_of_its_first_year(
    lang: str, text: str
) -> None:
    """An armed conflict is a war; a span of years is no ISO date, its first year is."""
    assert _fought(text, lang) == [("Nagorno-Karabakh", "1992")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "10 ноября Армения и Азербайджан договорились об окончании войны в Карабахе."),
        (
            "en",
            "The sides swapped prisoners a month after a peace deal was signed ending weeks "
            "of fighting over Nagorno-Karabakh.",
        ),
    ],
)
def test_the_end_of_a_war_told_is_no_fighting(lang: str, text: str) -> None:
    assert _fought(text, lang) == []


def test_a_date_after_before_dates_what_came_later() -> None:
    text = (
        "The fighting in Nagorno-Karabakh lasted for over a month before a peace deal came "
        "into force on November 10."
    )
    assert [d for _, d in _fought(text, "en")] == [None]


def test_a_datelines_city_is_no_battlefield() -> None:
    text = "GORIS – Azerbaijani forces shelled the village of Sotk on Tuesday."
    assert _fought(text, "en") == [("Sotk", "2022-10-18")]


def test_fighting_placed_only_by_the_articles_region_takes_the_place_named_later() -> None:
    text = (
        "Обстановка в Нагорном Карабахе остается напряженной.\n\n"
        "Во вторник военнослужащий был ранен в результате обстрела.\n\n"
        "Во вторник подразделения открыли огонь по позициям у села Сотк."
    )
    assert _fought(text, "ru") == [("Sotk", "2022-10-18")]


def test_places_of_one_state_on_one_day_are_one_episode() -> None:
    text = (
        "On Tuesday Azerbaijani forces shelled the town of Goris.\n\n"
        "On Tuesday Azerbaijani troops also fired at the town of Jermuk."
    )
    assert _fought(text, "en") == [("Goris", "2022-10-18")]


def _deployed(text: str, lang: str, kind: str = "PeacekeepersDeployed") -> list[object]:
    return [f.get("area") for f in article_facts(text, lang, kind, DAY)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Russia completes deployment of peacekeepers in Nagorno-Karabakh."),
        ("ru", "Россия завершила развертывание миротворцев в Нагорном Карабахе."),
    ],
)
def test_completing_a_deployment_deploys(lang: str, text: str) -> None:
    assert _deployed(text, lang, "PeacekeepersWithdrawn") == []
    assert _deployed(text, lang) == ["Nagorno-Karabakh"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "The peace deal also envisioned a ceasefire, prisoner swap and deployment of "
            "Russian peacekeepers.",
        ),
        ("ru", "Совбез заявил о временном размещении российских миротворцев в Горисе."),
        ("ru", "Он добавил, что миротворцы контролируют ситуацию."),
    ],
)
def test_a_deployment_provided_for_temporary_or_of_no_area_is_none(lang: str, text: str) -> None:
    """The guide: future deployment and "temporarily stationed" are no deployment."""
    assert _deployed(text, lang) == []
