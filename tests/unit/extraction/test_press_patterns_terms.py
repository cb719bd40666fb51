"""Constructions seen in real press, third set: terms, lists, sources (sentences written
for the test)."""

import datetime as dt

from services.extraction import extract_article
from services.extraction.models import ExtractedFact


def _facts(text: str, published: dt.date, kind: str, lang: str = "en") -> list[ExtractedFact]:
    return [f for f in extract_article(text, published, lang).facts if f.kind == kind]


def test_another_meeting_agreed_on_is_announced_without_the_last_ones_day() -> None:
    text = (
        "Министры встретились в Вашингтоне 7 ноября. Главы МИД Армении и Азербайджана "
        "договорились провести еще одну встречу в Вашингтоне в ближайшие недели."
    )
    (fact,) = _facts(text, dt.date(2022, 11, 8), "MeetingAnnounced", "ru")
    # not the last meeting's day; "в ближайшие недели" dates the plan by its month (meet21)
    assert fact.arguments.get("date") in (None, "2022-11")


def test_weeks_ago_dates_to_the_month_two_weeks_back() -> None:
    text = "Azerbaijani forces attacked Jermuk weeks ago, Armenian officials said."
    (fact,) = _facts(text, dt.date(2022, 10, 6), "HostilitiesReported")
    assert fact.arguments["date"] == "2022-09"


def test_a_meeting_planned_for_the_end_of_a_month_is_cancelled_for_that_month() -> None:
    text = "Планируемая на конец октября встреча Ильхама Алиева и Никола Пашиняна не состоится."
    (fact,) = _facts(text, dt.date(2023, 10, 20), "MeetingCancelled", "ru")
    assert fact.arguments["date"] == "2023-10"


def test_a_joint_statement_made_public_is_an_agreement() -> None:
    text = (
        "В октябре было обнародовано совместное заявление президента России Владимира Путина, "
        "премьер-министра Армении Никола Пашиняна и президента Азербайджана Ильхама Алиева."
    )
    (fact,) = _facts(text, dt.date(2023, 1, 10), "AgreementSigned", "ru")
    assert sorted(fact.arguments["parties"]) == ["Armenia", "Azerbaijan", "Russia"]
    assert fact.arguments["date"] == "2022-10"


def test_no_new_attacks_is_no_fighting() -> None:
    text = "The situation remains calm, there was no new attacks on the Tovuz direction."
    assert not _facts(text, dt.date(2020, 7, 22), "HostilitiesReported")


def test_the_1994_ceasefire_is_dated_1994() -> None:
    text = "The 1994 ceasefire agreement between Armenia and Azerbaijan was followed by talks."
    (fact,) = _facts(text, dt.date(2020, 7, 22), "CeasefireAgreed")
    assert fact.arguments["date"] == "1994"


def test_restoring_control_over_a_village_is_azerbaijan_taking_it() -> None:
    text = "Вчера Алиев сообщил о восстановлении контроля над стратегически важным селом Магадис."
    (fact,) = _facts(text, dt.date(2020, 10, 4), "TerritoryTransferred", "ru")
    assert fact.arguments["to"] == "Azerbaijan"
    assert fact.arguments["date"] == "2020-10-03"


def test_a_capital_speaks_across_a_particle() -> None:
    text = "В Ереване же заявили, что это является объявлением войны."
    (fact,) = _facts(text, dt.date(2020, 10, 4), "StatementMade", "ru")
    assert fact.arguments["speaker"] == "Armenia"


def test_peacekeepers_killed_during_a_campaign_to_regain_control_are_not_deployed() -> None:
    text = (
        "Aliyev apologized for the deaths of Russian peacekeepers killed during Baku's campaign "
        "to regain control of Nagorno-Karabakh, the Kremlin said."
    )
    assert not _facts(text, dt.date(2023, 9, 21), "PeacekeepersDeployed")


def test_a_speaker_before_an_aside_between_commas_speaks() -> None:
    text = "Russia's Defense Ministry, meanwhile, said its peacekeepers helped the residents."
    (fact,) = _facts(text, dt.date(2023, 9, 21), "StatementMade")
    assert fact.arguments["speaker"] == "Ministry of Defence (Russia)"


def test_peacekeepers_sent_to_a_region_are_deployed() -> None:
    text = "Russia sent the peacekeepers to Nagorno-Karabakh in 2020."
    (fact,) = _facts(text, dt.date(2023, 9, 21), "PeacekeepersDeployed")
    assert fact.arguments["date"] == "2020"


def test_terms_in_the_present_schedule_each_territory_by_its_own_deadline() -> None:
    text = (
        "Согласно документу, Армения возвращает Азербайджану Кельбаджарский район "
        "(до 15 ноября) и Лачинский район (до 1 декабря)."
    )
    facts = _facts(text, dt.date(2020, 11, 12), "TerritoryTransferScheduled", "ru")
    assert {f.arguments["territory"]: f.arguments["date"] for f in facts} == {
        "Kalbajar District": "2020-11-15",
        "Lachin District": "2020-12-01",
    }


def test_an_outlet_relaying_is_no_handover() -> None:
    text = "В Лачинском районе прошли выборы, передает ТАСС."
    assert not _facts(text, dt.date(2020, 11, 12), "TerritoryTransferred", "ru")
    assert not _facts(text, dt.date(2020, 11, 12), "TerritoryTransferScheduled", "ru")


def test_a_deal_cited_as_the_ground_of_a_handover_keeps_its_own_day() -> None:
    text = (
        "Согласно трехстороннему заявлению, подписанному президентами Азербайджана, России и "
        "премьер-министром Армении, подразделения армии Азербайджана 1 декабря вошли в "
        "Лачинский район."
    )
    facts = [
        f
        for kind in ("CeasefireAgreed", "AgreementSigned")
        for f in _facts(text, dt.date(2020, 12, 1), kind, "ru")
    ]
    assert facts, "the cited statement is still a fact"
    # not the handover's day: the statement of 9 November 2020, on its cited day (evt2)
    assert [(f.kind, f.arguments.get("date")) for f in facts] == [("CeasefireAgreed", "2020-11-10")]


def test_a_states_news_agency_relaying_is_not_the_state_speaking() -> None:
    text = "Russia's TASS news agency reported that the two sides discussed the border."
    assert not _facts(text, dt.date(2023, 12, 13), "StatementMade")


def test_last_week_dates_to_the_month_a_week_back() -> None:
    text = "Armenia and Azerbaijan agreed to exchange prisoners last week."
    (fact,) = _facts(text, dt.date(2023, 12, 13), "PrisonerExchangeAgreed")
    assert fact.arguments["date"] == "2023-12"


def test_a_sentence_opening_in_a_year_dates_its_facts() -> None:
    text = "In 1994, Azerbaijan and Armenia, with the mediation of Russia, signed a truce protocol."
    (fact,) = _facts(text, dt.date(2020, 9, 29), "CeasefireAgreed")
    assert fact.arguments["date"] == "1994"


def test_a_capital_before_a_two_word_aside_speaks() -> None:
    text = "Yerevan, in turn, said there were no Armenian forces in Karabakh."
    (fact,) = _facts(text, dt.date(2023, 9, 20), "StatementMade")
    assert fact.arguments["speaker"] == "Armenia"


def test_the_owner_of_a_statement_quoted_speaks() -> None:
    text = "Российская сторона продолжит посреднические усилия, говорится в заявлении Кремля."
    (fact,) = _facts(text, dt.date(2021, 5, 28), "StatementMade", "ru")
    assert fact.arguments["speaker"] == "Kremlin"


def test_the_previous_meeting_is_another_occasion() -> None:
    text = (
        "Путин провёл встречу с Алиевым. Предыдущая встреча Путина и Алиева состоялась в "
        "конце августа в Баку."
    )
    facts = _facts(text, dt.date(2024, 10, 8), "MeetingHeld", "ru")
    assert sorted(f.arguments.get("place") or "" for f in facts) == ["", "Baku"]


def test_a_meeting_dated_after_the_article_is_announced_not_held() -> None:
    text = (
        "Michel hosts Aliyev and Pashinyan in Brussels tomorrow. Ahead of tomorrow's meeting, "
        "Michel on Tuesday held separate telephone conversations with the two leaders."
    )
    published = dt.date(2022, 8, 30)
    assert not _facts(text, published, "MeetingHeld")
    (fact,) = _facts(text, published, "MeetingAnnounced")
    assert fact.arguments["date"] == "2022-08-31"


def test_reclaiming_parts_of_a_region_is_taking_it_whoever_was_routed() -> None:
    text = (
        "The Azerbaijani army routed Armenian forces and reclaimed control over large parts of "
        "Nagorno-Karabakh in 2020."
    )
    (fact,) = _facts(text, dt.date(2021, 1, 11), "TerritoryTransferred")
    assert fact.arguments["to"] == "Azerbaijan"


def test_minerals_transferred_are_no_territory() -> None:
    text = "Activists protest the transfer of extracted minerals from parts of Karabakh to Armenia."
    assert not _facts(text, dt.date(2022, 12, 19), "TerritoryTransferred")


def test_terms_written_in_english_schedule_the_handovers() -> None:
    published = dt.date(2020, 11, 12)
    for text, territory, date in (
        (
            "The agreement calls for Armenia to return Kalbajar to Azerbaijan.",
            "Kalbajar",
            "2020-11-15",
        ),  # the known terms (lexicon [[document]])
        ("Azerbaijan is due to take control of Aghdam on November 20.", "Aghdam", "2020-11-20"),
        (
            "Armenian forces must leave the Lachin district by December 1.",
            "Lachin District",
            "2020-12-01",
        ),
    ):
        (fact,) = _facts(text, published, "TerritoryTransferScheduled")
        assert fact.arguments["territory"] == territory, text
        assert fact.arguments["to"] == "Azerbaijan", text
        assert fact.arguments.get("date") == date, text


def test_a_russian_dative_before_the_verb_receives() -> None:
    text = "В соответствии с заявлением, до 20 ноября Азербайджану будет возвращен Агдамский район."
    (fact,) = _facts(text, dt.date(2020, 11, 12), "TerritoryTransferScheduled", "ru")
    assert fact.arguments["to"] == "Azerbaijan"
    assert fact.arguments["date"] == "2020-11-20"


def test_a_list_of_villages_moves_whole_even_far_from_the_verb() -> None:
    text = (
        "Села Баганис Айрым, Ашагы-Аскипара, Хейримли и Кызыл-Гаджилы будут возвращены "
        "Азербайджану."
    )
    # the whole list moves as one handover (guide: several territories in one clause, one
    # fact), named by its first village, the farthest from the verb (agr8, wave 5)
    (fact,) = _facts(text, dt.date(2024, 4, 20), "TerritoryTransferScheduled", "ru")
    assert fact.arguments["territory"] == "Baghanis Ayrim"
    assert fact.arguments["to"] == "Azerbaijan"


def test_the_statements_own_wording_schedules_each_district() -> None:
    text = (
        "2. The Agdam District shall be returned to the Republic of Azerbaijan before November "
        "20, 2020. 6. The Republic of Armenia shall cede the Kalbajar District to the Republic "
        "of Azerbaijan before November 15, 2020, and the Lachin District before December 1, 2020."
    )
    facts = _facts(text, dt.date(2020, 11, 10), "TerritoryTransferScheduled")
    assert {f.arguments["territory"]: f.arguments["date"] for f in facts} == {
        "Aghdam District": "2020-11-20",
        "Kalbajar District": "2020-11-15",
        "Lachin District": "2020-12-01",
    }
    assert all(f.arguments["to"] == "Azerbaijan" for f in facts)
    assert not _facts(text, dt.date(2020, 11, 10), "TerritoryTransferred")


def test_a_capital_handed_to_is_the_receiver_not_a_territory() -> None:
    text = "By November 20, Yerevan must hand over the Agdam region and the Gazakh region to Baku."
    facts = _facts(text, dt.date(2020, 11, 12), "TerritoryTransferScheduled")
    assert {f.arguments["territory"] for f in facts} == {"Aghdam District", "Qazax District"}


def test_the_russian_statement_of_terms_schedules_the_districts_to_azerbaijan() -> None:
    text = (
        "Агдамский район и территории, удерживаемые армянской стороной в Газахском районе "
        "Азербайджанской Республики, должны быть возвращены Азербайджанской Республике до 20 "
        "ноября 2020 г."
    )
    facts = _facts(text, dt.date(2020, 11, 10), "TerritoryTransferScheduled", "ru")
    assert {f.arguments["territory"] for f in facts} == {"Aghdam District", "Qazax District"}
    assert all(f.arguments["to"] == "Azerbaijan" for f in facts)
    assert all(f.arguments["date"] == "2020-11-20" for f in facts)


def test_a_capital_named_as_the_capital_is_the_venue() -> None:
    text = "7 ноября Арарат Мирзоян и Джейхун Байрамов провели встречу в столице США Вашингтоне."
    (fact,) = _facts(text, dt.date(2022, 11, 8), "MeetingHeld", "ru")
    assert fact.arguments["place"] == "Washington, D.C."


def test_the_munich_security_conference_is_in_munich() -> None:
    text = (
        "Пашинян и Алиев провели трехстороннюю встречу на Мюнхенской конференции по безопасности."
    )
    (fact,) = _facts(text, dt.date(2024, 2, 18), "MeetingHeld", "ru")
    assert fact.arguments["place"] == "Munich"


def test_separate_meetings_at_a_summit_take_its_place_and_day() -> None:
    text = (
        "Трехсторонний саммит лидеров России, Армении и Азербайджана прошёл 31 октября в Сочи.\n\n"
        "Также состоялись отдельные встречи Владимира Путина с Ильхамом Алиевым и с Николом "
        "Пашиняном."
    )
    facts = _facts(text, dt.date(2022, 11, 1), "MeetingHeld", "ru")
    pairs = [f for f in facts if len(f.arguments["participants"]) == 2]
    assert pairs and all(f.arguments["place"] == "Sochi" for f in pairs)
    assert all(f.arguments["date"] == "2022-10-31" for f in pairs)


def test_his_press_service_said_is_the_person_the_sentence_is_about() -> None:
    text = (
        "Azerbaijani President Ilham Aliyev made an apology in connection with the downing of "
        "Russia's Mi-24 helicopter, his press service said."
    )
    (fact,) = _facts(text, dt.date(2020, 11, 10), "StatementMade")
    assert fact.arguments["speaker"] == "Ilham Aliyev"


def test_a_weekday_between_speaker_and_verb_is_no_unknown_name() -> None:
    text = "Russian President Vladimir Putin on Thursday said that the death toll had risen."
    (fact,) = _facts(text, dt.date(2020, 10, 23), "StatementMade")
    assert fact.arguments["speaker"] == "Vladimir Putin"


def test_a_statement_signed_on_the_ninth_of_november_is_the_ceasefire() -> None:
    text = (
        "On November 9, a statement was signed by the leaders of Russia, Armenia and "
        "Azerbaijan, but nobody had officially announced the signing."
    )
    published = dt.date(2020, 12, 16)
    (fact,) = _facts(text, published, "CeasefireAgreed")
    assert fact.arguments["date"] == "2020-11-09"
    assert not _facts(text, published, "StatementMade")
    assert not _facts(text, published, "AgreementSigned")


def test_agreeing_to_continue_work_on_a_treaty_is_no_agreement() -> None:
    text = "Пашинян и Алиев договорились продолжить работу над мирным договором."
    assert not _facts(text, dt.date(2024, 2, 17), "AgreementSigned", "ru")
