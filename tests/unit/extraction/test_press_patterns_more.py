"""More constructions seen in real press (sentences written for the test)."""

import datetime as dt

from services.extraction import extract_article
from services.extraction.models import ExtractedFact


def _facts(text: str, published: dt.date, kind: str, lang: str = "en") -> list[ExtractedFact]:
    return [f for f in extract_article(text, published, lang).facts if f.kind == kind]


def test_names_listed_before_plural_districts_are_the_districts() -> None:
    text = "The army liberated villages in the Fizuli, Jabrayil and Zangilan districts."
    facts = _facts(text, dt.date(2020, 10, 20), "TerritoryTransferred")
    assert {f.arguments["territory"] for f in facts} == {
        "Fuzuli District",
        "Jabrayil District",
        "Zangilan District",
    }


def test_a_service_of_a_state_takes_control_for_that_state() -> None:
    text = "24 мая пограничная служба Азербайджана взяла под контроль села в Газахском районе"
    (fact,) = _facts(text + ".", dt.date(2024, 5, 25), "TerritoryTransferred", "ru")
    assert fact.arguments["to"] == "Azerbaijan"
    assert fact.arguments["territory"] == "Qazax District"


def test_an_institution_releasing_a_statement_speaks() -> None:
    text = "The Armenian Foreign Ministry released a statement on the talks in Washington."
    (fact,) = _facts(text, dt.date(2023, 5, 2), "StatementMade")
    assert fact.arguments["speaker"] == "Ministry of Foreign Affairs (Armenia)"


def test_a_war_recalled_by_its_year_is_the_karabakh_war() -> None:
    text = "During the 2020 war, Azerbaijan retook much of the region."
    (fact,) = _facts(text, dt.date(2024, 2, 14), "HostilitiesReported")
    assert fact.arguments["location"] == "Nagorno-Karabakh"
    # the war's first day: "2020" and "2020-09" are coarser dates of it (extractor 2.3.0)
    assert fact.arguments["date"] == "2020-09-27"


def test_a_cue_word_inside_a_village_name_is_part_of_the_name() -> None:
    text = "Fighting occurred near the village of Nerkin Hand in Syunik Province on Tuesday."
    published = dt.date(2024, 2, 14)
    assert not _facts(text, published, "TerritoryTransferred")
    (fact,) = _facts(text, published, "HostilitiesReported")
    assert fact.arguments["location"] == "Nerkin Hand"


def test_a_truce_named_by_its_broker_has_the_documents_two_sides() -> None:
    text = "Azerbaijan retook territory after a war that ended in a Russian-brokered ceasefire."
    (fact,) = _facts(text, dt.date(2024, 2, 14), "CeasefireAgreed")
    assert sorted(fact.arguments["parties"]) == ["Armenia", "Azerbaijan"]


def test_a_host_reported_as_future_in_the_past_announces_a_meeting() -> None:
    text = "The Kremlin said Putin would host Aliyev and Pashinyan in Sochi on Friday."
    (fact,) = _facts(text, dt.date(2023, 10, 2), "MeetingAnnounced")
    assert set(fact.arguments["participants"]) == {
        "Vladimir Putin",
        "Ilham Aliyev",
        "Nikol Pashinyan",
    }
    assert fact.arguments["date"] == "2023-10-06"  # the coming Friday, not the last one


def test_pulling_out_of_talks_is_a_refusal_by_who_pulled_out() -> None:
    text = "Aliyev has pulled out of talks with Pashinyan in Spain, state media reported."
    (fact,) = _facts(text, dt.date(2023, 10, 4), "MeetingDenied")
    assert fact.arguments["denied_by"] == ["Ilham Aliyev"]
    assert set(fact.arguments["participants"]) == {"Ilham Aliyev", "Nikol Pashinyan"}


def test_one_short_english_sentence_is_english() -> None:
    text = "Russian peacekeepers have been deployed along the Lachin corridor since November 2020."
    (fact,) = _facts(text, dt.date(2023, 10, 4), "PeacekeepersDeployed")
    assert fact.arguments["area"] == "Lachin corridor"


def test_the_two_foreign_ministers_are_each_sides_minister() -> None:
    text = (
        "A planned meeting between the two foreign ministers in Washington was postponed. "
        "Mirzoyan and Bayramov gave no reason."
    )
    (fact,) = _facts(text, dt.date(2023, 6, 8), "MeetingPostponed")
    assert set(fact.arguments["participants"]) == {"Ararat Mirzoyan", "Jeyhun Bayramov"}


def test_a_spokesman_saying_no_meeting_is_planned_denies_no_meeting_of_his_own() -> None:
    text = "Пресс-секретарь президента РФ Дмитрий Песков заявил, что встреча не планируется."
    assert not _facts(text, dt.date(2023, 10, 2), "MeetingDenied", "ru")


def test_peacekeepers_beginning_to_leave_are_withdrawing() -> None:
    text = "Российские миротворцы начали покидать Карабах"
    (fact,) = _facts(text, dt.date(2024, 4, 22), "PeacekeepersWithdrawn", "ru")
    assert fact.arguments["area"] == "Nagorno-Karabakh"


def test_taking_full_control_and_restoring_sovereignty_are_captures() -> None:
    for text in (
        "Azerbaijan says it has taken full control of Nagorno-Karabakh.",
        "Azerbaijan restored its sovereignty over Karabakh in September 2023.",
    ):
        (fact,) = _facts(text, dt.date(2023, 10, 2), "TerritoryTransferred")
        assert fact.arguments["territory"] == "Nagorno-Karabakh"
        assert fact.arguments["to"] == "Azerbaijan"


def test_an_embedded_post_signed_by_its_author_is_a_statement() -> None:
    text = (
        "Azerbaijani forces fired at Armenian positions near Tegh. We condemn this. "
        "— Edmon Marukyan (@edmarukyan) June 15, 2023"
    )
    speakers = {f.arguments["speaker"] for f in _facts(text, dt.date(2023, 6, 15), "StatementMade")}
    assert "Edmon Marukyan" in speakers


def test_a_title_case_headline_names_no_unknown_person() -> None:
    text = "Armenia Confirms Six Armenian Soldiers Captured By Azerbaijan"
    speakers = {f.arguments["speaker"] for f in _facts(text, dt.date(2021, 5, 27), "StatementMade")}
    assert "Confirms Six Armenian" not in speakers


def test_a_dated_caption_of_leaders_at_a_meeting_is_a_meeting_held() -> None:
    text = (
        "Премьер-министр Армении Никол Пашинян и президент Азербайджана Ильхам Алиев во время "
        "встречи в Брюсселе 6 апреля 2022 г."
    )
    (fact,) = _facts(text, dt.date(2022, 10, 6), "MeetingHeld", "ru")
    assert fact.arguments["date"] == "2022-04-06"
    assert fact.arguments["place"] == "Brussels"


def test_a_meeting_in_preparation_is_announced() -> None:
    text = (
        "Пресс-секретарь президента России Дмитрий Песков заявил, что ведется подготовка "
        "трехсторонней встречи Владимира Путина, Никола Пашиняна и Ильхама Алиева в Сочи."
    )
    (fact,) = _facts(text, dt.date(2022, 10, 26), "MeetingAnnounced", "ru")
    assert fact.arguments["claimed_by"] == ["Dmitry Peskov"]


def test_travelling_for_a_meeting_next_is_announced() -> None:
    text = "В конце месяца Никол Пашинян отправится в Сочи для встречи с Ильхамом Алиевым."
    (fact,) = _facts(text, dt.date(2022, 10, 26), "MeetingAnnounced", "ru")
    assert fact.arguments["place"] == "Sochi"


def test_no_document_signed_is_no_agreement() -> None:
    for text in (
        "As a result of the five-party talks, no document was signed.",
        "Blinken said the United States would do more to help the two sides reach an agreement.",
    ):
        assert not _facts(text, dt.date(2023, 6, 2), "AgreementSigned")


def test_fighting_that_stopped_under_a_brokered_deal_is_a_ceasefire() -> None:
    text = (
        "Боестолкновения на границе прекратились с 18:30 16 ноября, согласно договоренности, "
        "достигнутой при посредничестве российской стороны."
    )
    (fact,) = _facts(text, dt.date(2021, 11, 17), "CeasefireAgreed", "ru")
    assert fact.arguments["mediator"] == "Russia"
    assert fact.arguments["date"] == "2021-11-16"


def test_the_state_attacked_is_where_the_fighting_was() -> None:
    text = "Why did Azerbaijan attack Armenia and how might Russia react?"
    (fact,) = _facts(text, dt.date(2022, 9, 14), "HostilitiesReported")
    assert fact.arguments["location"] == "Armenia"


def test_a_meeting_held_is_held_even_when_its_talk_is_of_the_future() -> None:
    text = (
        "Speaking at the start of the meeting held in Washington, Blinken said he and Foreign "
        "Ministers Ararat Mirzoyan and Jeyhun Bayramov will take stock."
    )
    assert _facts(text, dt.date(2024, 7, 10), "MeetingHeld")
    assert not _facts(text, dt.date(2024, 7, 10), "MeetingAnnounced")


def test_the_authors_aside_embeds_no_speaker() -> None:
    text = "Напомним, что российское Министерство обороны сообщило о нарушении режима."
    (fact,) = _facts(text, dt.date(2023, 4, 11), "StatementMade", "ru")
    assert fact.arguments["speaker"] == "Ministry of Defence (Russia)"


def test_a_states_defence_agency_in_the_genitive_is_its_ministry() -> None:
    text = "Пресс-служба оборонного ведомства Армении сообщила об обстреле."
    facts = _facts(text, dt.date(2023, 4, 11), "StatementMade", "ru")
    assert "Ministry of Defence (Armenia)" in {f.arguments["speaker"] for f in facts}


def test_one_side_declining_a_meeting_declines_it_with_the_other_side() -> None:
    text = "Armenia declined to attend the meeting, the foreign ministry said."
    (fact,) = _facts(text, dt.date(2022, 12, 22), "MeetingDenied")
    assert sorted(fact.arguments["participants"]) == ["Armenia", "Azerbaijan"]


def test_a_sentence_opening_with_its_topic_names_the_speaker_after_the_verb() -> None:
    text = "О достижении договоренностей сообщил глава МИД России Сергей Лавров."
    (fact,) = _facts(text, dt.date(2020, 10, 10), "StatementMade", "ru")
    assert fact.arguments["speaker"] == "Sergey Lavrov"
