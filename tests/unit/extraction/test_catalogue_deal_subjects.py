"""Who reached a deal, read across the verb group (sentences written for the test): adverbs
and auxiliaries between subject and verb, state adjectives on the subject, and "came to a
(tentative) agreement" as a verb reaching a deal."""

import datetime as dt

import pytest

from .catalogue import facts_of

DAY = dt.date(2024, 5, 24)
SIDES = ["Armenia", "Azerbaijan"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Стороны предварительно договорились о делимитации границы 19 апреля."),
        ("ru", "Обе стороны уже договорились о делимитации границы 19 апреля."),
        ("en", "The two sides have finally agreed on border delimitation on April 19."),
        (
            "en",
            "The Armenian and Azerbaijani commissions agreed on border delimitation on April 19.",
        ),
        ("en", "The Armenian and Azerbaijani sides agreed on border delimitation on April 19."),
        (
            "ru",
            "Армянская и азербайджанская комиссии договорились о делимитации границы 19 апреля.",
        ),
        ("en", "Armenia and Azerbaijan came to a tentative agreement on the border on April 19."),
        (
            "en",
            "The Azerbaijani and Armenian commissions had come to a preliminary agreement on "
            "the border on April 19.",
        ),
    ],
)
def test_the_subject_of_the_deal_is_its_parties(lang: str, text: str) -> None:
    deals = facts_of(text, lang, "AgreementSigned", DAY)
    assert deals and sorted(deals[0]["parties"]) == SIDES
    assert deals[0]["date"] == "2024-04-19"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The Armenian commission agreed on border delimitation on April 19."),
        ("en", "The talks came to a halt on April 19."),
    ],
)
def test_one_side_or_no_deal_noun_is_no_agreement(lang: str, text: str) -> None:
    assert facts_of(text, lang, "AgreementSigned", DAY) == []
