"""Signings told in the news and in its background (sentences written for the test): the
lead's undated signing is the day's news, another document than one dated weeks before."""

import datetime as dt

from .catalogue import facts_of

DAY = dt.date(2024, 9, 6)


def test_the_leads_signing_is_not_folded_into_an_older_dated_one() -> None:
    text = (
        "Армения и Азербайджан подписали регламент работы пограничных комиссий\n\n"
        "Армения и Азербайджан подписали регламент совместной работы пограничных комиссий.\n\n"
        "Ранее, 12 июля, Ереван и Баку подписали протокол о границе на северном участке."
    )
    signed = facts_of(text, "ru", "AgreementSigned", DAY)
    assert sorted(str(s["date"]) for s in signed) == ["2024-07-12", "2024-09-06"]


def test_a_lead_recalling_the_past_is_not_dated_by_the_news_day() -> None:
    text = (
        "Two years ago Armenia and Azerbaijan signed a protocol on the border\n\n"
        "On 12 July 2022 Yerevan and Baku signed a protocol on the northern section."
    )
    signed = facts_of(text, "en", "AgreementSigned", DAY)
    assert "2024-09-06" not in {s["date"] for s in signed}


def test_a_signing_dated_a_day_before_the_news_is_the_same_news() -> None:
    text = (
        "Armenia and Azerbaijan sign border commission rules\n\n"
        "Armenia and Azerbaijan signed rules for the joint work of their border commissions "
        "on September 5, the foreign ministry said."
    )
    signed = facts_of(text, "en", "AgreementSigned", DAY)
    assert [s["date"] for s in signed] == ["2024-09-05"]


def test_a_statement_named_by_the_truces_day_is_the_truce() -> None:
    day = dt.date(2023, 3, 1)
    for lang, text in (
        (
            "ru",
            "Блокирование дороги противоречит положениям заявления лидеров России, "
            "Азербайджана и Армении от 9 ноября 2020 года.",
        ),
        (
            "en",
            "Blocking the road runs counter to the statement of the leaders of Russia, "
            "Azerbaijan and Armenia of November 9, 2020.",
        ),
    ):
        (truce,) = facts_of(text, lang, "CeasefireAgreed", day)
        assert (truce["mediator"], truce["date"]) == ("Russia", "2020-11-09")
        assert not facts_of(text, lang, "AgreementSigned", day)


def test_a_statement_with_another_day_is_no_known_document() -> None:
    text = "В заявлении МИД от 3 февраля 2023 года говорится о дороге."
    assert not facts_of(text, "ru", "CeasefireAgreed", dt.date(2023, 3, 1))


def test_agreeing_to_set_up_a_body_is_a_past_agreement_not_a_plan() -> None:
    # "set" after "to" is the verb of the agreed task; "set to" / "due to" before a verb is a plan
    text = (
        "Armenia and Azerbaijan agreed on Wednesday to set up a joint commission on the "
        "border, the foreign ministries said."
    )
    signed = facts_of(text, "en", "AgreementSigned", DAY)
    assert [s["date"] for s in signed] == ["2024-09-04"]
