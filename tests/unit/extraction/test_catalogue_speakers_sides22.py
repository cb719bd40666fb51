""" "The parties"/"стороны" after a sentence naming people with a mediator among them, wave 22
(spk22): constructions written for the test."""

import pytest

from .catalogue import speakers


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "On Monday Deputy Prime Minister of Azerbaijan Shahin Mustafayev, Deputy Prime"
            " Minister of Armenia Mher Grigoryan and Deputy Prime Minister of Russia Alexei"
            " Overchuk met in Moscow. The parties noted the positive role of Russia.",
            "en",
            {"Shahin Mustafayev", "Mher Grigoryan"},
        ),
        (
            "Nikol Pashinyan and Ilham Aliyev held talks with European Council President Charles"
            " Michel in Brussels. The sides stated that progress had been made.",
            "en",
            {"Nikol Pashinyan", "Ilham Aliyev"},
        ),
        (
            "Вице-премьер Азербайджана Шахин Мустафаев, вице-премьер Армении Мгер Григорян и"
            " вице-премьер России Алексей Оверчук провели встречу в Москве. Стороны отметили"
            " позитивную роль России.",
            "ru",
            {"Shahin Mustafayev", "Mher Grigoryan"},
        ),
        (
            "Президент Франции Эммануэль Макрон принял в Париже Никола Пашиняна и Ильхама"
            " Алиева. Стороны заявили о прогрессе в переговорах.",
            "ru",
            {"Nikol Pashinyan", "Ilham Aliyev"},
        ),
    ],
)
def test_a_mediator_is_no_party(text: str, lang: str, expected: set[str]) -> None:
    """ "The parties" after a sentence naming people are the named people of the two sides; a
    mediator named with them (a person of a third state) is no party and says nothing."""
    assert speakers(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The co-chairs Igor Popov, Stéphane Visconti and Andrew Schofer met in Vienna."
            " The parties reaffirmed the importance of the ceasefire.",
            "en",
        ),
        (
            "Сопредседатели Минской группы ОБСЕ Игорь Попов, Стефан Висконти и Эндрю Шофер"
            " провели встречу в Вене. Стороны подтвердили важность режима прекращения огня.",
            "ru",
        ),
    ],
)
def test_mediators_alone_are_no_parties(text: str, lang: str) -> None:
    """Only mediators named before "the parties": nobody named is a party."""
    assert speakers(text, lang) & {"Igor Popov", "Stéphane Visconti", "Andrew Schofer"} == set()
