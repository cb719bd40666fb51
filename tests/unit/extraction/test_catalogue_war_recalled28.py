"""The 2020 war recalled in passing (war28; sentences written for the test): a war named with
its year, even last in the sentence, or by its length, even unhyphenated, is the known war of
that year; a war known by its name is recalled even when the clause also tells of a truce."""

import datetime as dt

import pytest

from .catalogue import article_facts

LATER = dt.date(2022, 6, 8)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Relations stayed tense after the war of 2020."),
        ("en", "Ties between the neighbours have been frozen since the Karabakh war of 2020."),
        ("en", "Many families lost their homes in the war of 2020."),
        ("ru", "Отношения остаются напряженными после войны 2020 года."),
        ("ru", "Многие семьи потеряли дома в ходе карабахской войны 2020 года."),
    ],
)
def test_a_war_named_with_its_year_last_in_the_sentence_is_that_years_war(
    lang: str, text: str
) -> None:
    fought = article_facts(text, lang, "HostilitiesReported", LATER)
    assert [(f["location"], str(f.get("date"))[:4]) for f in fought] == [
        ("Nagorno-Karabakh", "2020")
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "After the 44 day war, Baku regained control over several districts."),
        ("en", "The 44 day war ended with a deal brokered by Moscow."),
        ("ru", "После 44 дневной войны Баку вернул контроль над районами."),
        ("ru", "Итоги 44 дневной войны изменили карту региона."),
    ],
)
def test_a_war_named_by_its_length_without_a_hyphen_is_the_known_war(lang: str, text: str) -> None:
    fought = article_facts(text, lang, "HostilitiesReported", LATER)
    assert [(f["location"], str(f.get("date"))[:4]) for f in fought] == [
        ("Nagorno-Karabakh", "2020")
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "In six weeks of fighting, Baku's troops took back several districts,"
            " before Moscow brokered a ceasefire.",
        ),
        ("en", "The six-week war ended when Moscow brokered a ceasefire that both sides signed."),
        (
            "ru",
            "За 44 дня боев войска вернули районы,"
            " после чего Москва добилась соглашения о прекращении огня.",
        ),
        (
            "ru",
            "В ходе 44-дневной войны войска вернули районы,"
            " прежде чем стороны договорились о перемирии.",
        ),
    ],
)
def test_a_war_known_by_its_name_is_recalled_beside_a_truce(lang: str, text: str) -> None:
    fought = article_facts(text, lang, "HostilitiesReported", LATER)
    assert [(f["location"], str(f.get("date"))[:4]) for f in fought] == [
        ("Nagorno-Karabakh", "2020")
    ]
