"""A peace agreement negotiated is no truce (sentences written for the test): the object of a
verb of talking ("обсудили мирное соглашение", "discussed a peace treaty") or named by its
text or draft, it ends no fighting; a peace deal reached or cited still is the truce."""

import datetime as dt

import pytest

from .catalogue import facts_of

DAY = dt.date(2024, 9, 16)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ru",
            "Премьер заявил, что Ереван и Баку согласовали часть текста мирного соглашения.",
        ),
        ("ru", "Президенты обсудили мирное соглашение и делимитацию границы."),
        ("ru", "Лидеры обсуждают мирное соглашение уже третий год."),
        ("ru", "При посредничестве ЕС стороны начали обсуждать проект мирного договора."),
        ("en", "With the mediation of Russia, the two countries began to discuss a peace treaty."),
        ("en", "The presidents discussed the peace agreement and the border delimitation."),
    ],
)
def test_peace_agreement_negotiated_is_no_truce(lang: str, text: str) -> None:
    assert facts_of(text, lang, "CeasefireAgreed", DAY) == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Мирное соглашение, подписанное при посредничестве России, положило конец войне."),
        ("ru", "Армения и Азербайджан подписали мирное соглашение при посредничестве Москвы."),
        ("en", "Armenia and Azerbaijan agreed a Russian-brokered peace deal to end the war."),
        ("en", "The two countries exchanged prisoners, a move stipulated in the peace deal."),
    ],
)
def test_peace_that_ended_the_war_is_a_truce(lang: str, text: str) -> None:
    assert facts_of(text, lang, "CeasefireAgreed", dt.date(2020, 11, 10))
