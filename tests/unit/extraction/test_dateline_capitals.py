"""A dateline may set its month in capitals like its place ("TBILISI, MARCH 3, AGENCY."); the
day it names is still the article's own day, and a fact told undated in the lead takes it."""

import datetime as dt

import pytest

from services.extraction import extract_article, to_gold
from services.extraction.dateline import find_dateline


@pytest.mark.parametrize(
    ("text", "language", "day"),
    [
        ("TBILISI, MARCH 3, NEWSWIRE. The ministers met.", "en", dt.date(2023, 3, 3)),
        ("VIENNA, Sept. 29, 2023 (Wire) - Text.", "en", dt.date(2023, 9, 29)),
        ("ТБИЛИСИ, 3 МАРТА. Министры встретились.", "ru", dt.date(2023, 3, 3)),
        ("ТБИЛИСИ, 3 МАР — Новости. Текст.", "ru", dt.date(2023, 3, 3)),
    ],
)
def test_capital_month_dateline(text: str, language: str, day: dt.date) -> None:
    found = find_dateline(text, dt.date(2023, 3, 4) if day.month == 3 else day, language)
    assert found is not None and found.date == day


def test_undated_lead_fact_takes_the_capital_dateline_day() -> None:
    text = (
        "YEREVAN, MAY 14, NEWSWIRE. Armenia and Azerbaijan exchanged prisoners at the border, "
        "the foreign ministry said."
    )
    facts = [to_gold(f) for f in extract_article(text, dt.date(2023, 5, 15), "en").facts]
    swaps = [f for f in facts if f["kind"] == "PrisonersExchanged"]
    assert swaps and {f["date"] for f in swaps} == {"2023-05-14"}
