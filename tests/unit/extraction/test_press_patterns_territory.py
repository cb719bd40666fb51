"""Constructions seen in real press, fourth set: handovers, captures, hostilities, dates
(sentences written for the test)."""

import datetime as dt

from services.extraction import extract_article
from services.extraction.models import ExtractedFact


def _facts(text: str, published: dt.date, kind: str, lang: str = "en") -> list[ExtractedFact]:
    return [f for f in extract_article(text, published, lang).facts if f.kind == kind]


def _scheduled(text: str, published: dt.date) -> list[ExtractedFact]:
    return _facts(text, published, "TerritoryTransferScheduled")


def test_a_two_aspect_verb_in_the_present_is_no_future() -> None:
    from services.extraction.text import analyse_ru

    assert analyse_ru("приветствуем")[2] == "pres"
    assert analyse_ru("встретятся")[2] == "futr"


def test_a_commitment_to_return_a_district_is_a_schedule_not_a_handover() -> None:
    text = (
        "Under the statement, the Armenian side committed itself to return the occupied part "
        "of Aghdam district to Azerbaijan by November 20."
    )
    (fact,) = _scheduled(text, dt.date(2020, 11, 13))
    assert fact.arguments["territory"] == "Aghdam District"
    assert fact.arguments["date"] == "2020-11-20"
    assert _facts(text, dt.date(2020, 11, 13), "TerritoryTransferred") == []


def test_terms_given_with_until_are_deadlines() -> None:
    text = (
        "According to the statement the Republic of Armenia should return the Kalbajar region "
        "to Azerbaijan until November 15, the Agdam region until November 20, 2020, and Lacin "
        "region until December 1, 2020."
    )
    dates = {
        f.arguments["territory"]: f.arguments["date"]
        for f in _scheduled(text, dt.date(2020, 11, 13))
    }
    assert dates == {
        "Kalbajar District": "2020-11-15",
        "Aghdam District": "2020-11-20",
        "Lachin District": "2020-12-01",
    }


def test_an_undated_term_of_the_known_statement_takes_its_deadline() -> None:
    text = (
        "Kremlin spokesman Dmitry Peskov said on Friday that Armenia took the commitment to "
        "return Kalbajar to Azerbaijan under the trilateral statement."
    )
    (fact,) = _scheduled(text, dt.date(2020, 11, 13))
    assert fact.arguments["date"] == "2020-11-15"
    assert fact.date_derivation == "inferred: known document's terms"


def test_a_district_and_its_seat_in_one_article_are_one_handover() -> None:
    text = (
        "Armenia must return Kalbajar to Azerbaijan by November 15. The handover of the "
        "Kalbajar District to Azerbaijan must be completed by November 15, the statement says."
    )
    assert len(_scheduled(text, dt.date(2020, 11, 12))) == 1


def test_the_past_week_in_russian_press_words_dates_to_its_month() -> None:
    text = (
        "На минувшей неделе начался вывод российских миротворцев из Нагорного Карабаха, где "
        "они находились с 2020 года."
    )
    (fact,) = _facts(text, dt.date(2024, 5, 4), "PeacekeepersWithdrawn", "ru")
    assert fact.arguments["date"] == "2024-04"


def test_the_taker_of_a_capture_is_its_subject_not_a_to_phrase_nearby() -> None:
    text = (
        "Baku has denied having territorial claims to Armenia after having regained Karabakh "
        "and ruled out a fresh conflict with Yerevan."
    )
    (fact,) = _facts(text, dt.date(2024, 2, 13), "TerritoryTransferred")
    assert fact.arguments["to"] == "Azerbaijan"


def test_a_passive_capture_names_its_taker_after_the_verb() -> None:
    text = "Кельбаджарский район Азербайджана был оккупирован ВС Армении в апреле 1993 года."
    (fact,) = _facts(text, dt.date(2020, 11, 25), "TerritoryTransferred", "ru")
    assert (fact.arguments["to"], fact.arguments["date"]) == ("Armenia", "1993-04")


def test_a_recapture_named_as_a_noun_is_a_transfer() -> None:
    text = (
        "Armenia has distanced itself from Russia since Azerbaijan's recapture of Karabakh "
        "last September, officials in Yerevan say."
    )
    (fact,) = _facts(text, dt.date(2024, 2, 13), "TerritoryTransferred")
    assert (fact.arguments["to"], fact.arguments["date"]) == ("Azerbaijan", "2023-09")


def test_it_after_a_capture_is_the_region_named_last() -> None:
    text = (
        "The two countries fought two wars in the 1990s and in 2020 for control of the "
        "breakaway region of Nagorno-Karabakh. Azerbaijan recaptured it last year in a "
        "lightning offensive, ending three decades of separatist rule."
    )
    (fact,) = _facts(text, dt.date(2024, 5, 24), "TerritoryTransferred")
    assert fact.arguments["territory"] == "Nagorno-Karabakh"
    assert (fact.arguments["to"], fact.arguments["date"]) == ("Azerbaijan", "2023")


def test_autumn_of_last_year_is_last_years_date() -> None:
    text = (
        "Алиев и Пашинян впервые встречаются лично после завершения боевых действий в зоне "
        "карабахского конфликта, разгоревшегося осенью прошлого года."
    )
    (fact,) = _facts(text, dt.date(2021, 1, 11), "HostilitiesReported", "ru")
    assert fact.arguments["date"] == "2020"


def test_occupied_by_armenian_forces_names_the_taker_whatever_liberating_follows() -> None:
    text = (
        "Shusha, which was occupied by Armenian forces on May 8, 1992, has critical importance "
        "in liberating Nagorno-Karabakh, which is an internationally recognized territory of "
        "Azerbaijan."
    )
    facts = _facts(text, dt.date(2020, 11, 9), "TerritoryTransferred")
    old = [f for f in facts if f.arguments.get("date") == "1992-05-08"]
    assert [(f.arguments["from"], f.arguments["to"]) for f in old] == [("Azerbaijan", "Armenia")]


def test_a_milestone_on_the_way_to_a_peace_deal_is_no_ceasefire() -> None:
    text = (
        "Власти обеих стран, Армении и Азербайджана, расценили договоренность как важную веху "
        "на пути к мирному соглашению."
    )
    assert _facts(text, dt.date(2024, 5, 24), "CeasefireAgreed", "ru") == []


def test_a_shootout_and_gunfire_are_hostilities() -> None:
    text = (
        "An Armenian soldier was killed in a shootout at the Armenian-Azerbaijani border in "
        "Armenia's Gegharkunik Province on Monday, the Armenian defense ministry said."
    )
    assert _facts(text, dt.date(2021, 11, 22), "HostilitiesReported")


def test_agreeing_to_hand_over_districts_schedules_the_handover() -> None:
    text = (
        "Армянская сторона согласилась пойти на передачу Азербайджану Кельбаджарского, "
        "Агдамского и Лачинского районов."
    )
    published = dt.date(2020, 11, 25)
    scheduled = _facts(text, published, "TerritoryTransferScheduled", "ru")
    assert {f.arguments["territory"] for f in scheduled} == {
        "Kalbajar District",
        "Aghdam District",
        "Lachin District",
    }
    assert _facts(text, published, "TerritoryTransferred", "ru") == []


def test_agreeing_to_speed_up_talks_signs_nothing() -> None:
    text = (
        "Главы МИД Армении и Азербайджана договорились ускорить свои переговоры и провести "
        "еще одну встречу в ближайшие недели."
    )
    assert _facts(text, dt.date(2022, 11, 8), "AgreementSigned", "ru") == []


def test_the_document_that_stopped_the_fighting_is_one_fact() -> None:
    text = (
        "Армения и Азербайджан при посредничестве России договорились о прекращении огня 10 "
        "ноября 2020 года. Документ подписали в ночь на 10 ноября 2020 года президенты "
        "Азербайджана и России и премьер-министр Армении."
    )
    published = dt.date(2020, 11, 12)
    assert _facts(text, published, "CeasefireAgreed", "ru")
    assert _facts(text, published, "AgreementSigned", "ru") == []


def test_the_breakaway_region_of_karabakh_recaptured() -> None:
    text = (
        "Last autumn, Azerbaijani troops recaptured the breakaway region of Nagorno-Karabakh "
        "from Armenian separatists in a lightning offensive."
    )
    (fact,) = _facts(text, dt.date(2024, 5, 3), "TerritoryTransferred")
    assert (fact.arguments["territory"], fact.arguments["to"]) == ("Nagorno-Karabakh", "Azerbaijan")


def test_a_ceasefire_on_the_statements_day_takes_its_mediator() -> None:
    text = (
        "A complete ceasefire and a cessation of all hostilities in the zone of the "
        "Nagorno-Karabakh conflict were introduced at 00:00 hours (Moscow time) on 10 November "
        "2020."
    )
    (fact,) = _facts(text, dt.date(2020, 11, 20), "CeasefireAgreed")
    assert fact.arguments["mediator"] == "Russia"


def test_a_peace_deal_within_reach_is_no_agreement() -> None:
    text = (
        "Years of internationally mediated peace talks between Baku and Yerevan have failed to "
        "produce a breakthrough, but the two countries' leaders said recently that a "
        "comprehensive peace deal is within reach."
    )
    published = dt.date(2024, 7, 10)
    assert _facts(text, published, "CeasefireAgreed") == []
    assert _facts(text, published, "AgreementSigned") == []


def test_a_region_named_as_part_of_what_was_occupied_changed_hands() -> None:
    text = (
        "The conflict began in 1988 when Armenia made territorial claims against Azerbaijan. "
        "As a result of the ensuing war, Armenian Armed Forces occupied 20 percent of "
        "Azerbaijan, including the Nagorno-Karabakh region and seven surrounding districts."
    )
    (fact,) = _facts(text, dt.date(2020, 11, 20), "TerritoryTransferred")
    assert (fact.arguments["from"], fact.arguments["to"]) == ("Azerbaijan", "Armenia")


def test_an_exchange_that_happened_survives_a_hedge_about_a_treaty() -> None:
    text = (
        "Armenia and Azerbaijan on Wednesday exchanged prisoners of war, in line with an "
        "agreement announced last week that also promised the two countries would work towards "
        "a peace treaty."
    )
    (fact,) = _facts(text, dt.date(2023, 12, 13), "PrisonersExchanged")
    assert fact.arguments["date"] == "2023-12-13"
    assert set(fact.arguments["parties"]) == {"Armenia", "Azerbaijan"}
