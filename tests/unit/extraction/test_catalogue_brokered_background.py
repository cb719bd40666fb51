"""A truce named by its broker, told in the body of an article written long after the
trilateral statement of November 2020 and left undated by the text, is that statement: it
takes the statement's day, not the news day (sentences written for the test)."""

import datetime as dt

import pytest

from .catalogue import facts_of

CASES = [
    (
        "en",
        "At the end of that war, Armenia was forced to sign a humiliating Russian-brokered "
        "accord with Azerbaijan that saw it cede three districts.",
        dt.date(2021, 12, 19),
    ),
    (
        "en",
        "Yerevan then had to accept a Moscow-brokered ceasefire with Baku, which handed "
        "several districts to Azerbaijan.",
        dt.date(2022, 5, 10),
    ),
    (
        "ru",
        "Тогда Армения была вынуждена подписать с Азербайджаном соглашение о прекращении "
        "огня при посредничестве России.",
        dt.date(2021, 8, 2),
    ),
    (
        "ru",
        "Война Армении и Азербайджана закончилась перемирием, заключенным при посредничестве "
        "Москвы, и Ереван потерял несколько районов.",
        dt.date(2022, 3, 3),
    ),
]
FILLER = {
    "en": "Officials in both capitals met again on Monday.\n\nThe weather was fine.",
    "ru": "Чиновники обеих столиц снова встретились в понедельник.\n\nПогода была хорошей.",
}


@pytest.mark.parametrize(("lang", "sentence", "day"), CASES)
def test_brokered_truce_in_the_body_is_the_2020_statement(
    lang: str, sentence: str, day: dt.date
) -> None:
    head = "Border tension" if lang == "en" else "Напряженность на границе"
    text = f"{head}\n\n{FILLER[lang]}\n\n{sentence}\n\n{FILLER[lang]}"
    truces = facts_of(text, lang, "CeasefireAgreed", day)
    assert [t.get("mediator") for t in truces] == ["Russia"]
    assert [str(t.get("date"))[:7] for t in truces] == ["2020-11"]
