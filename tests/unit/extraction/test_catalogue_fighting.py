"""Fighting, truces and agreements in the constructions the press uses (sentences written for
the test): fighting told inside a truce's sentence, capitals that are no battlefield."""

import datetime as dt

import pytest

from .catalogue import article_facts

DAY = dt.date(2023, 9, 21)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "The separatists agreed to a ceasefire on Wednesday, hours after Azerbaijan's army "
            "launched an offensive in Nagorno-Karabakh.",
        ),
        (
            "ru",
            "В среду Степанакерт и Баку договорились о прекращении огня после того, как "
            "азербайджанская армия начала военную операцию в Карабахе.",
        ),
    ],
)
def test_fighting_told_after_a_truce_agreed_is_a_fact_of_its_own(lang: str, text: str) -> None:
    fought = article_facts(text, lang, "HostilitiesReported", DAY)
    # the truce's day is not the fighting's, and the truce's sides are not its battlefield
    assert fought == [{"kind": "HostilitiesReported", "location": "Nagorno-Karabakh"}]
    assert len(article_facts(text, lang, "CeasefireAgreed", DAY)) == 1


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "The separatists agreed to a ceasefire on September 20, a day after Azerbaijan "
            "launched an offensive in Karabakh.",
        ),
        (
            "ru",
            "20 сентября Степанакерт и Баку договорились о перемирии после того, как днём ранее "
            "азербайджанская армия начала военную операцию в Карабахе.",
        ),
    ],
)
def test_fighting_a_day_before_the_truce_is_dated_the_day_before(lang: str, text: str) -> None:
    fought = article_facts(text, lang, "HostilitiesReported", dt.date(2023, 10, 6))
    assert [(f["location"], f.get("date")) for f in fought] == [("Nagorno-Karabakh", "2023-09-19")]


def test_a_truce_that_stops_the_fighting_reports_no_fighting() -> None:
    text = "Стороны договорились о прекращении огня и всех военных действий в Карабахе."
    assert not article_facts(text, "ru", "HostilitiesReported", DAY)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The EU envoy went to Baku and Yerevan after the escalation."),
        (
            "ru",
            "Боррель попросил спецпредставителя ЕС поехать в Баку и Ереван, чтобы поработать над "
            "предотвращением дальнейшей эскалации.",
        ),
    ],
)
def test_a_capital_an_envoy_travels_to_is_no_battlefield(lang: str, text: str) -> None:
    fought = article_facts(text, lang, "HostilitiesReported", DAY)
    assert not [f for f in fought if f.get("location") in ("Baku", "Yerevan")]


def test_a_town_shelled_is_still_the_battlefield() -> None:
    text = "Azerbaijani forces shelled Stepanakert and Martuni on Tuesday, the ministry said."
    fought = article_facts(text, "en", "HostilitiesReported", DAY)
    assert [(f["location"], f["date"]) for f in fought] == [("Stepanakert", "2023-09-19")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "According to the trilateral statement signed by the presidents of Azerbaijan and "
            "Russia and the prime minister of Armenia, Azerbaijani troops entered Lachin on "
            "December 1.",
        ),
        (
            "ru",
            "Согласно трехстороннему заявлению, подписанному президентами Азербайджана и России и "
            "премьер-министром Армении, азербайджанская армия вошла в Лачинский район 1 декабря.",
        ),
        (
            "ru",
            "Договоренности по Карабаху, подписанные в 2020 году руководителями России, Армении и "
            "Азербайджана, очень важны, заявил министр.",
        ),
    ],
)
def test_the_signed_trilateral_statement_cited_later_is_the_2020_ceasefire(
    lang: str, text: str
) -> None:
    day = dt.date(2021, 3, 2)
    truces = article_facts(text, lang, "CeasefireAgreed", day)
    assert [(set(t["parties"]), t["mediator"], t["date"]) for t in truces] == [  # type: ignore[arg-type]
        ({"Armenia", "Azerbaijan"}, "Russia", "2020-11-10")
    ]
    assert not article_facts(text, lang, "AgreementSigned", day)


def test_another_trilateral_statement_on_its_own_day_stays_an_agreement() -> None:
    text = "Putin, Aliyev and Pashinyan signed a trilateral statement in Sochi on Friday."
    signed = article_facts(text, "en", "AgreementSigned", dt.date(2021, 11, 27))
    assert [(s["date"]) for s in signed] == ["2021-11-26"]
    assert not article_facts(text, "en", "CeasefireAgreed", dt.date(2021, 11, 27))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The fighting on the border has stopped after the talks, the ministry said."),
        ("en", "The war in the South Caucasus has ended."),
        ("ru", "Путин сообщил, что боевые действия остановлены."),
    ],
)
def test_fighting_told_as_ended_reports_no_fighting(lang: str, text: str) -> None:
    assert not article_facts(text, lang, "HostilitiesReported", DAY)


def test_a_war_that_ended_in_a_year_is_still_recalled() -> None:
    text = "The region has been under Armenian control since a separatist war there ended in 1994."
    fought = article_facts(text, "en", "HostilitiesReported", DAY)
    assert [f.get("date") for f in fought] == ["1994"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "The servicemen were captured after the leaders of Russia, Armenia and Azerbaijan "
            "signed a trilateral statement on the cessation of hostilities on November 9.",
        ),
        (
            "en",
            "The working group will report by March 1, in line with the November 9 ceasefire deal.",
        ),
        (
            "ru",
            "Военнослужащие попали в плен уже после подписания 9 ноября трехстороннего заявления "
            "о прекращении огня.",
        ),
    ],
)
def test_a_truce_dated_by_a_yearless_day_of_a_known_document_is_that_document(
    lang: str, text: str
) -> None:
    # written in 2021: "November 9" of a truce is the statement of 2020, not a day of 2021
    truces = article_facts(text, lang, "CeasefireAgreed", dt.date(2021, 11, 12))
    assert [t.get("date") for t in truces] == ["2020-11-09"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "A Moscow-brokered ceasefire came into force on November 10.\n\nAccording to the deal, "
            "the warring sides will exchange prisoners of war and the bodies of the dead.",
        ),
        (
            "ru",
            "Перемирие при посредничестве России вступило в силу 10 ноября.\n\nСогласно "
            "договоренности, стороны обменяются военнопленными и телами погибших.",
        ),
    ],
)
def test_a_swap_agreed_as_a_term_of_the_truce_recalled_takes_its_day(lang: str, text: str) -> None:
    day = dt.date(2020, 11, 26)
    agreed = article_facts(text, lang, "PrisonerExchangeAgreed", day)
    assert [a.get("date") for a in agreed] == ["2020-11-10"]  # not the news day


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "With the mediation of the Russian peacekeeping contingent stationed in "
            "Nagorno-Karabakh, the sides agreed to stop fighting.",
        ),
        (
            "ru",
            "Достигнуто соглашение о выводе подразделений Армении из зоны развертывания "
            "российских миротворцев.",
        ),
    ],
)
def test_a_force_named_as_broker_or_by_its_zone_deploys_no_one(lang: str, text: str) -> None:
    assert not article_facts(text, lang, "PeacekeepersDeployed", DAY)


def test_peacekeepers_stationed_in_a_corridor_are_deployed() -> None:
    text = "Российские миротворцы размещены в Лачинском коридоре."
    deployed = article_facts(text, "ru", "PeacekeepersDeployed", DAY)
    assert [d.get("area") for d in deployed] == ["Lachin corridor"]


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        (
            "en",
            "In the early morning of September 27, Azerbaijan launched an artillery attack on "
            "Stepanakert.",
            "Stepanakert",
        ),
        (
            "en",
            "On the morning of September 27, two soldiers were killed by gunfire near Sotk.",
            "Sotk",
        ),
    ],
)
def test_a_time_of_day_of_a_date_dates_the_event(lang: str, text: str, place: str) -> None:
    # "of" before a date names a document ("statement of November 9"), but not after "morning"
    fought = article_facts(text, lang, "HostilitiesReported", dt.date(2020, 10, 9))
    assert [(f["location"], f.get("date")) for f in fought] == [(place, "2020-09-27")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Both sides reaffirmed their commitment to the Alma Ata 1991 Declaration on "
            "territorial integrity.",
        ),
        (
            "ru",
            "Стороны подтвердили приверженность Алма-Атинской декларации 1991 года о "
            "территориальной целостности.",
        ),
    ],
)
def test_a_document_named_with_its_past_year_is_a_background_agreement(
    lang: str, text: str
) -> None:
    signed = article_facts(text, lang, "AgreementSigned", DAY)
    assert [s.get("date") for s in signed] == ["1991"]


def test_a_declaration_of_independence_is_no_agreement() -> None:
    text = "Baku demands that Yerevan remove the reference to the 1991 declaration of independence."
    assert not article_facts(text, "en", "AgreementSigned", DAY)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Soldiers gathered at their fighting positions near Martakert on Monday."),
        ("en", "The aid convoy stayed outside the combat zone in Nagorno-Karabakh on Monday."),
        ("ru", "В понедельник в зоне боевых действий в Карабахе объявлено перемирие."),
        ("ru", "В понедельник с поля боя в Карабахе вынесены тела погибших."),
    ],
)
def test_fighting_naming_a_place_reports_no_fight(lang: str, text: str) -> None:
    assert article_facts(text, lang, "HostilitiesReported", DAY) == []
