"""Wave 13, meetings: the word "trilateral" counts the sides of its own meeting (sentences
written for the test)."""

import datetime as dt

from services.extraction import extract_article
from services.extraction.models import ExtractedFact


def _facts(text: str, published: dt.date, kind: str, lang: str = "en") -> list[ExtractedFact]:
    return [f for f in extract_article(text, published, lang).facts if f.kind == kind]


def _people(facts: list[ExtractedFact]) -> list[set[str]]:
    return [set(f.arguments["participants"]) for f in facts]


def test_a_trilateral_meeting_named_in_a_reported_clause_lends_no_sides_ru() -> None:
    text = (
        "Путин, Алиев и Пашинян провели переговоры в Сочи 26 ноября.\n\n"
        "Во время переговоров со своим армянским коллегой Араратом Мирзояном Лавров сказал, "
        "что о новой трехсторонней встрече стороны условились еще в ноябре."
    )
    held = _facts(text, dt.date(2021, 12, 20), "MeetingHeld", "ru")
    assert {"Sergey Lavrov", "Ararat Mirzoyan"} in _people(held)


def test_a_tripartite_meeting_takes_three_not_a_table_of_five() -> None:
    text = (
        "The EU is preparing a meeting on Thursday between Nikol Pashinyan, Ilham Aliyev, "
        "Emmanuel Macron, Olaf Scholz and Charles Michel in Chisinau.\n\n"
        "At the tripartite meeting held in Brussels on May 14, the leaders of Armenia, "
        "Azerbaijan and the European Council had agreed to meet again."
    )
    held = _facts(text, dt.date(2023, 5, 30), "MeetingHeld")
    assert _people(held) == [{"Nikol Pashinyan", "Ilham Aliyev", "Charles Michel"}]


def test_a_trilateral_meeting_still_takes_the_known_three() -> None:
    text = (
        "Putin, Aliyev and Pashinyan met in Sochi on November 26.\n\n"
        "After the trilateral meeting, the leaders agreed to set up a working group."
    )
    held = _facts(text, dt.date(2021, 11, 27), "MeetingHeld")
    assert {"Vladimir Putin", "Ilham Aliyev", "Nikol Pashinyan"} in _people(held)
