"""An official website relaying a meeting or a call is no speaker (guide: "Not speakers: an
official website relaying a meeting (President.az)"; the Kremlin website reporting a call),
wave 29 (stmt29): constructions written for the test."""

import pytest

from .catalogue import FILLER, speakers


def _article(text: str, lang: str) -> set[str]:
    return speakers(f"{text}\n\n{FILLER[lang]}", lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Президент России Владимир Путин и премьер-министр Армении Никол Пашинян провели"
            " телефонный разговор и обсудили ситуацию в регионе, сообщается на сайте Кремля.",
            "ru",
        ),
        (
            "Ильхам Алиев принял в Баку специального представителя МИД России. Об этом"
            " говорится на сайте президента Азербайджана.",
            "ru",
        ),
        (
            "Vladimir Putin and Nikol Pashinyan discussed the situation in the region by"
            " phone, the Kremlin website said.",
            "en",
        ),
        (
            "Ilham Aliyev received the special envoy of the Russian Foreign Ministry in Baku,"
            " according to the official website of the Azerbaijani president.",
            "en",
        ),
        (
            "Путин и Пашинян обсудили по телефону ход выполнения договоренностей, как"
            " говорится на официальном сайте Кремля.",
            "ru",
        ),
    ],
)
def test_an_official_website_relaying_a_meeting_is_no_speaker(text: str, lang: str) -> None:
    """ "сообщается на сайте Кремля", "the Kremlin website said": the site publishes the
    readout of a call or a meeting; publishing is not speaking, and the call's contents are
    no one's words on the record."""
    assert _article(text, lang) == set()


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "«Обстановка на границе остается напряженной», — говорится в заявлении МИД Армении.",
            "ru",
            {"Ministry of Foreign Affairs (Armenia)"},
        ),
        (
            "“The situation on the border remains tense,” the Armenian Foreign Ministry said"
            " in a statement.",
            "en",
            {"Ministry of Foreign Affairs (Armenia)"},
        ),
    ],
)
def test_a_statement_of_the_body_still_speaks(text: str, lang: str, expected: set[str]) -> None:
    """The body's own statement keeps its speaker."""
    assert _article(text, lang) == expected
