"""The trilateral statement of 9 November 2020 cited as the ground of a handover (sentences
written for the test): named by its broker's adjective, or called "trilateral" with only one
of its sides named, it is the ceasefire (one document, one fact), not a new agreement."""

import datetime as dt

from .catalogue import facts_of


def _kinds(text: str, lang: str, day: dt.date) -> dict[str, list[dict[str, object]]]:
    return {k: facts_of(text, lang, k, day) for k in ("AgreementSigned", "CeasefireAgreed")}


def test_russian_brokered_agreement_cited_is_the_truce() -> None:
    text = (
        "Troops enter\n\n"
        "Under the Russian-brokered agreement signed between Baku and Yerevan, Azerbaijani "
        "troops have entered the Lachin district.\n\nThe weather was fine."
    )
    found = _kinds(text, "en", dt.date(2020, 12, 1))
    assert found["AgreementSigned"] == []
    assert [f["mediator"] for f in found["CeasefireAgreed"]] == ["Russia"]


def test_trilateral_agreement_with_one_side_named_in_russian() -> None:
    text = (
        "Район передан\n\n"
        "Агдамский район отошел Азербайджану по трехстороннему соглашению, заключенному в "
        "ноябре.\n\nПогода была хорошей."
    )
    found = _kinds(text, "ru", dt.date(2021, 5, 27))
    assert found["AgreementSigned"] == []
    truce = found["CeasefireAgreed"]
    assert [sorted(str(p) for p in t["parties"] or []) for t in truce] == [
        ["Armenia", "Azerbaijan"]
    ]
    assert [str(t["date"])[:7] for t in truce] == ["2020-11"]


def test_trilateral_deal_of_a_later_year_is_not_the_truce() -> None:
    # a trilateral document signed on another dated day is another document
    text = (
        "Документ подписан\n\n"
        "Азербайджан подписал трехстороннее соглашение о транспорте 5 мая 2022 года.\n\n"
        "Погода была хорошей."
    )
    found = _kinds(text, "ru", dt.date(2022, 5, 6))
    assert all(f.get("date") != "2020-11-10" for f in found["CeasefireAgreed"])
