"""A deal told in the headline (dated by the news day) and in the body (dated) is one fact."""

from services.extraction.dates import DateMention
from services.extraction.discourse import Draft
from services.extraction.news_folds import fold_news_dated


def _deal(parties: list[str], day: str, derivation: str, sentence: int) -> Draft:
    date = DateMention(day, "day", derivation, 0, 0, True)
    args: dict[str, str | list[str] | None] = {"parties": parties, "date": day}
    return Draft("AgreementSigned", args, sentence, sentence, [(sentence, sentence + 1)], date=date)


def test_the_headline_copy_folds_into_the_dated_body_with_every_party() -> None:
    headline = _deal(["Russia", "Armenia", "Azerbaijan"], "2022-11-01", "publication", 0)
    body = _deal(["Armenia", "Azerbaijan"], "2022-10-31", "inferred: year", 3)
    (deal,) = fold_news_dated([headline, body])
    assert deal is body
    assert deal.args["parties"] == ["Russia", "Armenia", "Azerbaijan"]
    assert (0, 1) in deal.spans


def test_a_deal_dated_long_before_the_news_is_another_deal() -> None:
    headline = _deal(["Armenia", "Azerbaijan"], "2022-11-01", "publication", 0)
    older = _deal(["Armenia", "Azerbaijan"], "2022-10-06", "explicit", 3)
    assert len(fold_news_dated([headline, older])) == 2


def test_a_withdrawal_told_at_several_places_is_one_fact() -> None:
    from services.extraction.news_folds import fold_withdrawals

    force = "Russian peacekeeping forces in Nagorno-Karabakh"

    def left(area: str, day: str | None, sentence: int) -> Draft:
        date = DateMention(day, "day", "explicit", 0, 0, True) if day else None
        args: dict[str, str | list[str] | None] = {"force": force, "area": area, "date": day}
        return Draft(
            "PeacekeepersWithdrawn", args, sentence, 0, [(sentence, sentence + 1)], date=date
        )

    (one,) = fold_withdrawals([left("Nagorno-Karabakh", None, 0), left("Khojaly", "2024-04-17", 2)])
    assert (one.args["area"], one.args["date"]) == ("Nagorno-Karabakh", "2024-04-17")
