"""A negation governs the words after it up to the clause's boundary, whatever the fact's kind
(neg16; sentences written for the test)."""

import datetime as dt

import pytest

from .catalogue import article_facts

DAY = dt.date(2022, 9, 15)


@pytest.mark.parametrize(
    ("lang", "kind", "text"),
    [
        # a negative pronoun as subject
        (
            "en",
            "AgreementSigned",
            "Nobody signed the peace agreement between Armenia and Azerbaijan on Monday.",
        ),
        (
            "en",
            "AgreementSigned",
            "No one has signed the peace treaty between Armenia and Azerbaijan yet.",
        ),
        (
            "ru",
            "AgreementSigned",
            "Никто не подписывал мирный договор между Арменией и Азербайджаном в понедельник.",
        ),
        # a negated verb governing the fact's noun or infinitive
        (
            "en",
            "PeacekeepersWithdrawn",
            "Moscow has not discussed the withdrawal of Russian peacekeepers from Karabakh.",
        ),
        (
            "en",
            "PeacekeepersWithdrawn",
            "Moscow doesn't plan to withdraw Russian peacekeepers from Karabakh.",
        ),
        (
            "ru",
            "PeacekeepersWithdrawn",
            "Москва не обсуждала с Баку и Ереваном вывод миротворцев из Карабаха.",
        ),
        (
            "ru",
            "PeacekeepersWithdrawn",
            "Москва не планирует выводить российских миротворцев из Карабаха.",
        ),
        # "no desire", "нет желания": a negated wish
        (
            "en",
            "CeasefireAgreed",
            "The Armenian defence ministry said Baku had no desire to stop the fighting "
            "in Karabakh.",
        ),
        (
            "ru",
            "CeasefireAgreed",
            "Представитель Минобороны Армении заявил, что у Баку нет желания прекратить "
            "боевые действия в Карабахе.",
        ),
        ("en", "CeasefireAgreed", "Armenia and Azerbaijan did not agree on a ceasefire on Monday."),
        (
            "ru",
            "CeasefireAgreed",
            "Армения и Азербайджан не договорились о прекращении огня в понедельник.",
        ),
    ],
)
def test_a_fact_under_negation_is_none(lang: str, kind: str, text: str) -> None:
    """The guide's negation: what the sentence says did not happen, or what nobody did, or
    what a side has no wish to do, is no fact."""
    assert article_facts(text, lang, kind, DAY) == []


@pytest.mark.parametrize(
    ("lang", "kind", "text"),
    [
        # the scope ends at a preposition of setting: the shelling took place
        (
            "en",
            "HostilitiesReported",
            "No one was injured in the shelling of Sotk on Tuesday, the ministry said.",
        ),
        # a negated stop is a going on
        (
            "ru",
            "HostilitiesReported",
            "Во вторник армянские войска не прекращали обстрел Сотка, сообщило Минобороны.",
        ),
        # a negated keeping presupposes the agreement kept
        (
            "en",
            "CeasefireAgreed",
            "Azerbaijan does not respect the ceasefire agreed by Armenia and Azerbaijan on Monday.",
        ),
        # the facts themselves, told plainly
        (
            "en",
            "PeacekeepersWithdrawn",
            "Russia withdrew its peacekeepers from Karabakh on Monday.",
        ),
        ("en", "CeasefireAgreed", "Armenia and Azerbaijan agreed on a ceasefire on Monday."),
        (
            "ru",
            "CeasefireAgreed",
            "Армения и Азербайджан договорились о прекращении огня в понедельник.",
        ),
    ],
)
def test_a_fact_outside_the_negation_stays(lang: str, kind: str, text: str) -> None:
    """The negation reaches no further than its clause, and a negated stop or keeping does not
    negate what is stopped or kept."""
    assert article_facts(text, lang, kind, DAY) != []
