"""Deals still in the making and deals whose object is a swap (sentences written for the
test): a peace treaty named only as the aim of work, talks or a possibility is not signed."""

import datetime as dt

from .catalogue import facts_of

DAY = dt.date(2024, 5, 29)
KINDS = ("AgreementSigned", "CeasefireAgreed")


def _deals(text: str, lang: str) -> list[dict[str, object]]:
    return [f for k in KINDS for f in facts_of(text, lang, k, DAY)]


def test_a_treaty_worked_on_or_possible_is_no_deal() -> None:
    for lang, text in (
        ("ru", "Армения и Азербайджан работают над завершением мирного соглашения."),
        ("ru", "Пашинян считает возможным подписание мирного договора с Азербайджаном."),
        ("ru", "Стороны ведут переговоры о мирном соглашении."),
        ("en", "Armenia and Azerbaijan are working on finalizing a peace agreement."),
        ("en", "Yerevan and Baku continued negotiations on a peace treaty."),
        ("en", "Pashinyan spoke of the possibility of a peace agreement with Azerbaijan."),
    ):
        assert not _deals(text, lang), text


def test_a_deal_signed_is_still_a_deal() -> None:
    for lang, text in (
        ("ru", "Армения и Азербайджан подписали соглашение о делимитации границы."),
        ("en", "Armenia and Azerbaijan signed an agreement on border delimitation."),
    ):
        assert _deals(text, lang), text


def test_a_deal_on_a_mutual_release_is_the_swap_agreed_only() -> None:
    for lang, text in (
        (
            "en",
            "On May 7, an agreement was reached between Armenia and Azerbaijan on the release "
            "of 30 Armenian servicemen by Azerbaijan and 3 Azerbaijani servicemen by Armenia.",
        ),
        (
            "ru",
            "7 мая Армения и Азербайджан договорились об освобождении 30 армянских "
            "военнослужащих Азербайджаном и 3 азербайджанских военнослужащих Арменией.",
        ),
    ):
        (swap,) = facts_of(text, lang, "PrisonerExchangeAgreed", DAY)
        assert swap["date"] == "2024-05-07"
        assert not facts_of(text, lang, "AgreementSigned", DAY), text


def test_a_document_that_provides_for_something_is_cited_not_dated_by_the_news() -> None:
    day = dt.date(2021, 3, 13)
    for lang, text in (
        (
            "en",
            "Returning the district is envisaged in a joint statement signed by Putin, Aliyev "
            "and Pashinyan.",
        ),
        (
            "ru",
            "Возвращение района предусмотрено заявлением, подписанным Путиным, Алиевым и "
            "Пашиняном.",
        ),
    ):
        (truce,) = facts_of(text, lang, "CeasefireAgreed", day)
        assert truce["mediator"] == "Russia"
        assert truce["date"] != "2021-03-13"
        assert not facts_of(text, lang, "AgreementSigned", day), text
    text = (
        "Azerbaijan and Armenia exchanged prisoners on Monday, a move stipulated in the peace "
        "deal between the two countries."
    )
    (truce,) = facts_of(text, "en", "CeasefireAgreed", day)
    assert "date" not in truce or truce["date"] is None


def test_a_document_named_by_its_own_day_survives_a_hedge_on_what_is_done_with_it() -> None:
    day = dt.date(2021, 12, 2)
    for lang, text in (
        ("en", "The leaders would review the implementation of the January 11, 2021 agreement."),
        ("ru", "Лидеры могли бы обсудить выполнение соглашения от 11 января 2021 года."),
    ):
        (deal,) = facts_of(text, lang, "AgreementSigned", day)
        assert deal["date"] == "2021-01-11", text


def test_a_hedged_signing_of_an_unknown_document_stays_no_fact() -> None:
    text = "The leaders could sign an agreement on transport links next month."
    assert not facts_of(text, "en", "AgreementSigned", dt.date(2021, 12, 2))


def test_days_joined_by_and_under_one_truce_name_one_truce_each() -> None:
    day = dt.date(2020, 10, 26)
    for lang, text in (
        (
            "en",
            "Armenia and Azerbaijan failed to respect the humanitarian ceasefire reached on "
            "October 10 and October 17.",
        ),
        (
            "en",
            "Armenia and Azerbaijan failed to respect the ceasefire reached on October 10 and 17.",
        ),
        (
            "ru",
            "Армения и Азербайджан нарушили режим прекращения огня, согласованный 10 и 17 октября.",
        ),
    ):
        truces = facts_of(text, lang, "CeasefireAgreed", day)
        assert {t["date"] for t in truces} == {"2020-10-10", "2020-10-17"}, text


def test_years_joined_by_and_are_not_split_into_one_deal_each() -> None:
    text = "Лавров предложил обсудить выполнение договоренностей лидеров от 2020 и 2021 года."
    signed = facts_of(text, "ru", "AgreementSigned", dt.date(2022, 10, 14))
    assert "2020" not in {s.get("date") for s in signed}


def test_a_signing_named_as_a_point_of_time_is_no_new_signing() -> None:
    for lang, text in (
        (
            "en",
            "Armenia and Azerbaijan stop at the positions they held at the moment of signing "
            "the agreement.",
        ),
        (
            "ru",
            "Стороны остаются на позициях, которые они занимали на момент подписания соглашения.",
        ),
    ):
        assert not facts_of(text, lang, "AgreementSigned", DAY), text
