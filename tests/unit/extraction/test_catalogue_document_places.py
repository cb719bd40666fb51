"""A recurring document named by its summit's place and day (sentences written for the test).

"After the meeting in Prague on October 6 the leaders reaffirmed their commitment to ...",
"встреча 6 октября 2022 года в Праге, по итогам которой принято заявление": the commitments a
sentence tells of a summit known by its place and day are that summit's document
(the lexicon's [[document]] table), a background AgreementSigned (the README: background facts
count; the guide: "agreed to recognize each other's territorial integrity" is an agreement).
"""

import datetime as dt

import pytest

from .catalogue import article_facts

pytestmark = pytest.mark.xfail(
    reason="rule tried and dropped in wave 24 (fresh24 unchanged; gold splits on it)", strict=False
)

DAY = dt.date(2022, 11, 8)


def _dates(text: str, lang: str) -> list[object]:
    return [f.get("date") for f in article_facts(text, lang, "AgreementSigned", DAY)]


def test_commitment_after_a_summit_en() -> None:
    text = (
        "After the meeting in Prague on October 6, the leaders of Armenia and Azerbaijan "
        "reaffirmed their commitment to the UN Charter."
    )
    assert "2022-10-06" in _dates(text, "en")


def test_commitment_confirmed_at_a_summit_with_a_year_en() -> None:
    text = (
        "The two presidents confirmed the recognition of each other's territorial integrity "
        "at their talks held in Sochi on 31 October 2022."
    )
    assert "2022-10-31" in _dates(text, "en")


def test_statement_adopted_after_a_summit_ru() -> None:
    text = (
        "Заявление было принято по итогам встречи лидеров Армении и Азербайджана, "
        "состоявшейся 6 октября 2022 года в Праге."
    )
    assert "2022-10-06" in _dates(text, "ru")


def test_commitments_reaffirmed_ru() -> None:
    text = (
        "На встрече в Сочи 31 октября стороны подтвердили обязательства, взятые ранее "
        "лидерами Армении и Азербайджана."
    )
    assert "2022-10-31" in _dates(text, "ru")


def test_a_summit_without_a_commitment_is_no_document() -> None:
    text = "Aliyev arrived in Prague on October 6 for the summit."
    assert _dates(text, "en") == []
