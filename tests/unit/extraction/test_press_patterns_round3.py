"""Constructions seen in real press, fourth set: meeting times (sentences written for the
test)."""

import datetime as dt

from services.extraction import extract_article
from services.extraction.models import ExtractedFact


def _facts(text: str, published: dt.date, kind: str, lang: str = "en") -> list[ExtractedFact]:
    return [f for f in extract_article(text, published, lang).facts if f.kind == kind]


def test_a_month_from_a_later_aside_does_not_date_todays_meeting() -> None:
    text = (
        "The Pashinyan-Aliyev-Michel-Macron meeting kicked off in Prague.\n\n"
        "It is the first meeting between Pashinyan and Aliyev since the attack on Armenia weeks "
        "ago, which left Azerbaijani troops near Jermuk."
    )
    facts = _facts(text, dt.date(2022, 10, 6), "MeetingHeld")
    prague = [f for f in facts if f.arguments.get("place") == "Prague"]
    assert [f.arguments["date"] for f in prague] == ["2022-10-06"]


def test_talks_welcomed_for_days_already_past_were_held() -> None:
    text = (
        "Мы приветствуем проведение 10-11 мая переговоров глав МИД Армении и Азербайджана в Алматы."
    )
    published = dt.date(2024, 5, 15)
    (held,) = _facts(text, published, "MeetingHeld", "ru")
    assert held.arguments["date"] == "2024-05-10"
    assert _facts(text, published, "MeetingAnnounced", "ru") == []


def test_a_plan_dated_by_its_saying_stays_a_plan() -> None:
    text = (
        "Песков накануне заявлял, что ведется подготовка трехсторонней встречи Владимира "
        "Путина, Никола Пашиняна и Ильхама Алиева."
    )
    assert _facts(text, dt.date(2022, 10, 26), "MeetingHeld", "ru") == []


def test_a_two_aspect_verb_in_the_present_is_no_future() -> None:
    from services.extraction.text import analyse_ru

    assert analyse_ru("приветствуем")[2] == "pres"
    assert analyse_ru("встретятся")[2] == "futr"


def _speakers(text: str, lang: str = "en") -> set[object]:
    return {
        f.arguments["speaker"] for f in _facts(text, dt.date(2023, 6, 15), "StatementMade", lang)
    }


def test_any_state_institution_speaks_under_the_possessive_and_adjective_forms() -> None:
    text = (
        "An attempt by a group of Azerbaijani soldiers to cross the border near the village "
        "was thwarted on Thursday, Armenia's National Security Service said."
    )
    assert _speakers(text) == {"National Security Service (Armenia)"}


def test_a_possessive_alias_in_the_gazetteer_matches_the_possessive_token() -> None:
    text = (
        "Azerbaijan's State Border Service said on Thursday that its positions near the "
        "border had come under fire overnight from the other side."
    )
    assert "State Border Service (Azerbaijan)" in _speakers(text)


def test_a_quote_listing_towns_is_no_headline_and_its_unknown_speaker_counts() -> None:
    text = (
        "“They hit Stepanakert, Shushi, Martakert, Shosh, and several other communities,” "
        "State Service of Emergency Situations spokesperson Hunan Tadevosyan told ARMENPRESS."
    )
    assert "Hunan Tadevosyan" in _speakers(text)


def _scheduled(text: str, published: dt.date) -> list[ExtractedFact]:
    return _facts(text, published, "TerritoryTransferScheduled")


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


def test_declining_to_comment_denies_no_meeting() -> None:
    text = (
        "State Department spokesperson Matthew Miller told reporters on Tuesday that the U.S. "
        "continues to work for a resolution but declined to comment on the planned talks "
        "between Armenian Foreign Minister Ararat Mirzoyan and Azerbaijani Foreign Minister "
        "Jeyhun Bayramov."
    )
    assert _facts(text, dt.date(2024, 7, 9), "MeetingDenied") == []


def test_an_opportunity_to_talk_is_no_announced_meeting() -> None:
    text = (
        "Ранее Песков говорил о том, что у руководителей России, Азербайджана и Армении будет "
        "возможность переговорить на полях саммита в Санкт-Петербурге."
    )
    assert _facts(text, dt.date(2022, 12, 25), "MeetingAnnounced", "ru") == []


def test_a_headline_names_its_source_after_a_dash() -> None:
    text = (
        "Встреча Путина, Алиева и Пашиняна на саммите в Петербурге не планируется - Песков\n\n"
        "Трехсторонняя встреча не предусмотрена, хотя лидеры будут участвовать в самом саммите."
    )
    denials = _facts(text, dt.date(2022, 12, 25), "MeetingDenied", "ru")
    assert denials and all(f.arguments["denied_by"] == ["Dmitry Peskov"] for f in denials)


def test_the_venue_of_a_meeting_that_is_not_planned_denies_nothing() -> None:
    text = (
        "Трехсторонняя встреча Владимира Путина, Ильхама Алиева и Никола Пашиняна на полях "
        "саммита в Петербурге не планируется, сообщил Дмитрий Песков."
    )
    (fact,) = _facts(text, dt.date(2022, 12, 25), "MeetingDenied", "ru")
    assert fact.arguments["denied_by"] == ["Dmitry Peskov"]


def test_she_added_is_the_last_speaker_not_the_organisation_before_it() -> None:
    text = (
        "Armenian Foreign Ministry spokesperson Ani Badalyan said the ministers would meet. "
        "The meeting will take place on the sidelines of the NATO summit in Washington, she added."
    )
    assert "NATO" not in _speakers(text)


def test_signatories_of_a_statement_cited_as_a_source_did_not_speak() -> None:
    text = (
        "According to the statement signed by Azerbaijani President Ilham Aliyev and Armenian "
        "Prime Minister Nikol Pashinyan, Armenia should return the Kalbajar region to "
        "Azerbaijan until November 15."
    )
    assert "Ilham Aliyev" not in _speakers(text)


def test_the_spokesman_of_the_president_is_the_presidents_spokesman() -> None:
    text = (
        "“It would be good if you address this question to the command,” stressed the "
        "spokesman of the Russian President in his response to a question about Kalbajar."
    )
    assert _speakers(text) == {"Dmitry Peskov"}


def test_the_spokesperson_announcing_a_meeting_is_not_in_it() -> None:
    text = (
        '"A trilateral meeting between Armenian Foreign Minister Ararat Mirzoyan, Azerbaijani '
        "Foreign Minister Jeyhun Bayramov and U.S. Secretary of State Antony Blinken will be "
        'held on July 10," Armenian Foreign Ministry spokesperson Ani Badalyan said.'
    )
    (fact,) = _facts(text, dt.date(2024, 7, 9), "MeetingAnnounced")
    assert "Ani Badalyan" not in fact.arguments["participants"]
    assert fact.claimed_by == ["Ani Badalyan"]


def test_a_newspaper_writing_on_monday_dates_the_report_not_the_talks() -> None:
    text = (
        "Президент Азербайджана Ильхам Алиев и премьер-министр Армении Никол Пашинян проведут "
        "14 мая переговоры в Брюсселе, пишет в понедельник Financial Times."
    )
    (fact,) = _facts(text, dt.date(2023, 5, 8), "MeetingAnnounced", "ru")
    assert fact.arguments["date"] == "2023-05-14"


def test_undated_sentences_of_a_report_keep_the_leads_day() -> None:
    text = (
        "U.S. Secretary of State Antony Blinken opened a new round of peace talks between the "
        "Armenian and Azerbaijani foreign ministers in Washington on Tuesday.\n\n"
        "Blinken held separate meetings with Armenian Foreign Minister Ararat Mirzoyan and "
        "Azerbaijani Foreign Minister Jeyhun Bayramov before the opening session."
    )
    facts = _facts(text, dt.date(2023, 6, 28), "MeetingHeld")
    pairs = [f for f in facts if "Antony Blinken" in f.arguments["participants"]]
    assert pairs and {f.arguments["date"] for f in pairs} == {"2023-06-27"}


def test_a_name_with_a_capitalised_title_in_apposition_speaks() -> None:
    text = (
        "Aykhan Hajizada, Azerbaijan's Foreign Ministry spokesman, said on Friday that the "
        "parties agreed on the return of the villages after the meeting of the commissions."
    )
    assert "Aykhan Hajizada" in _speakers(text)


def test_whoever_opens_talks_between_others_takes_part() -> None:
    text = (
        "U.S. Secretary of State Antony Blinken opened a new round of peace talks between "
        "Armenian Foreign Minister Ararat Mirzoyan and Azerbaijani Foreign Minister Jeyhun "
        "Bayramov in Washington on Tuesday."
    )
    (fact,) = _facts(text, dt.date(2023, 6, 28), "MeetingHeld")
    assert set(fact.arguments["participants"]) == {
        "Antony Blinken",
        "Ararat Mirzoyan",
        "Jeyhun Bayramov",
    }


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


def test_the_armenian_ministry_is_the_armenian_institution_named_before() -> None:
    text = (
        "Azerbaijan fired on the border, the Armenian Defense Ministry said on Tuesday. "
        "According to the Azerbaijani Defense Ministry, the position was destroyed. "
        "“Four were killed and one injured,” the Armenian ministry said in a statement."
    )
    assert "Ministry of Defence (Armenia)" in _speakers(text)


def test_the_karabakh_authorities_are_the_republic_of_artsakh() -> None:
    text = (
        "On September 20, the Karabakh authorities announced that they would lay down their "
        "arms, and Azerbaijan announced that it was completing its operation."
    )
    assert "Republic of Artsakh" in _speakers(text)


def test_readiness_to_organise_a_meeting_is_no_meeting() -> None:
    text = (
        "Лидеры ряда иностранных государств выразили готовность организовать встречу "
        "премьер-министра Армении Никола Пашиняна и президента Азербайджана Ильхама Алиева."
    )
    published = dt.date(2020, 9, 13)
    assert _facts(text, published, "MeetingHeld", "ru") == []
    assert _facts(text, published, "MeetingAnnounced", "ru") == []


def test_a_meeting_whose_own_verb_is_may_is_not_announced() -> None:
    text = (
        "Встреча президента Азербайджана Ильхама Алиева и премьер-министра Армении Никола "
        "Пашиняна может состояться в ближайшей перспективе в рамках Минской группы ОБСЕ."
    )
    assert _facts(text, dt.date(2021, 3, 10), "MeetingAnnounced", "ru") == []


def test_the_agenda_of_todays_meeting_is_no_second_meeting() -> None:
    text = (
        "В понедельник, 11 января, Алиев и Пашинян проводят переговоры в Москве при участии "
        "президента РФ Владимира Путина.\n"
        "Трехсторонняя встреча организована российской стороной и, как сообщила пресс-служба "
        "Кремля, на ней будут обсуждаться дальнейшие шаги."
    )
    published = dt.date(2021, 1, 11)
    assert _facts(text, published, "MeetingHeld", "ru")
    assert _facts(text, published, "MeetingAnnounced", "ru") == []


def test_autumn_of_last_year_is_last_years_date() -> None:
    text = (
        "Алиев и Пашинян впервые встречаются лично после завершения боевых действий в зоне "
        "карабахского конфликта, разгоревшегося осенью прошлого года."
    )
    (fact,) = _facts(text, dt.date(2021, 1, 11), "HostilitiesReported", "ru")
    assert fact.arguments["date"] == "2020"


def test_another_round_hosted_last_month_was_held() -> None:
    text = (
        "Washington hosted late last month another round of peace talks between the Armenian "
        "and Azerbaijani foreign ministers, officials said on Thursday."
    )
    published = dt.date(2023, 7, 13)
    (fact,) = _facts(text, published, "MeetingHeld")
    assert fact.arguments["date"] == "2023-06"
    assert _facts(text, published, "MeetingAnnounced") == []


def test_the_source_named_after_the_meeting_is_not_in_it() -> None:
    text = (
        "The foreign ministers of Armenia and Azerbaijan are expected to meet in Washington "
        "soon, Armenian Prime Minister Nikol Pashinyan said at a Cabinet meeting on Friday."
    )
    facts = _facts(text, dt.date(2023, 10, 20), "MeetingAnnounced")
    assert facts and all("Nikol Pashinyan" not in f.arguments["participants"] for f in facts)


def test_progress_at_the_previous_meeting_announces_nothing() -> None:
    text = (
        "Pashinyan said he hoped that the progress recorded during the previous Washington "
        "meeting of the foreign ministers of Armenia and Azerbaijan will develop."
    )
    assert _facts(text, dt.date(2023, 10, 20), "MeetingAnnounced") == []


def test_a_meeting_ahead_of_another_keeps_its_own_place_and_week() -> None:
    text = (
        "Prime Minister Nikol Pashinyan and President Ilham Aliyev of Azerbaijan will meet in "
        "Moscow next week, ahead of a scheduled meeting on June 1 in the Moldovan capital of "
        "Chisinau."
    )
    facts = _facts(text, dt.date(2023, 5, 18), "MeetingAnnounced")
    moscow = [f for f in facts if f.arguments.get("place") == "Moscow"]
    assert [f.arguments.get("date") for f in moscow] == ["2023-05"]


def test_a_deputy_prime_minister_is_not_the_prime_minister() -> None:
    text = (
        "The meeting was held under the chairmanship of Deputy Prime Minister of Armenia Mher "
        "Grigoryan and Deputy Prime Minister of Azerbaijan Shahin Mustafayev on the border."
    )
    (fact,) = _facts(text, dt.date(2024, 5, 15), "MeetingHeld")
    assert set(fact.arguments["participants"]) == {"Mher Grigoryan", "Shahin Mustafayev"}


def test_a_genitive_after_a_noun_is_no_speaker_of_the_next_verb() -> None:
    text = (
        "В свою очередь Минобороны Азербайджана назвало очередной военный конфликт на границе "
        "широкомасштабной провокацией вооруженных сил Армении и обвинило Ереван в обстреле "
        "позиций азербайджанской армии в Кельбаджарском районе."
    )
    assert _speakers(text, "ru") == {"Ministry of Defense (Azerbaijan)"}


def test_the_cabinet_is_the_government() -> None:
    text = (
        "Кабмин Армении сообщил, что премьер-министр страны Никол Пашинян провел телефонный "
        "разговор с президентом России Владимиром Путиным."
    )
    assert "Government of Armenia" in _speakers(text, "ru")


def test_occupied_by_armenian_forces_names_the_taker_whatever_liberating_follows() -> None:
    text = (
        "Shusha, which was occupied by Armenian forces on May 8, 1992, has critical importance "
        "in liberating Nagorno-Karabakh, which is an internationally recognized territory of "
        "Azerbaijan."
    )
    facts = _facts(text, dt.date(2020, 11, 9), "TerritoryTransferred")
    old = [f for f in facts if f.arguments.get("date") == "1992-05-08"]
    assert [(f.arguments["from"], f.arguments["to"]) for f in old] == [("Azerbaijan", "Armenia")]


def test_every_state_of_a_list_before_the_verb_speaks() -> None:
    text = (
        "The leaders of Russia, the United States and France called on the conflicting parties "
        "to stop the clashes and start negotiations without preconditions."
    )
    assert {"Russia", "United States", "France"} <= _speakers(text)


def test_another_meeting_that_began_is_held() -> None:
    text = (
        "Началась очередная встреча глав МИД Азербайджана и Армении Джейхуна Байрамова и "
        "Арарата Мирзояна в Вашингтоне."
    )
    published = dt.date(2023, 5, 4)
    assert _facts(text, published, "MeetingHeld", "ru")
    assert _facts(text, published, "MeetingAnnounced", "ru") == []


def test_two_capitals_naming_something_both_speak() -> None:
    text = (
        "Азербайджану возвращены сёла Газахского района. Баку и Ереван назвали это шагом на "
        "пути к нормализации отношений."
    )
    assert {"Azerbaijan", "Armenia"} <= _speakers(text, "ru")


def test_a_milestone_on_the_way_to_a_peace_deal_is_no_ceasefire() -> None:
    text = (
        "Власти обеих стран, Армении и Азербайджана, расценили договоренность как важную веху "
        "на пути к мирному соглашению."
    )
    assert _facts(text, dt.date(2024, 5, 24), "CeasefireAgreed", "ru") == []


def test_meetings_recalled_as_a_list_of_days_and_cities_are_each_held() -> None:
    for text, lang in (
        (
            "Обе стороны подтвердили обязательства руководителей Армении и Азербайджана на "
            "встречах 6 октября в Праге и 31 октября в Сочи.",
            "ru",
        ),
        (
            "Both sides reaffirmed the commitments made by the leaders of Armenia and "
            "Azerbaijan at their meetings in Prague on October 6 and in Sochi on October 31.",
            "en",
        ),
    ):
        found = {
            (f.arguments["place"], f.arguments["date"])
            for f in _facts(text, dt.date(2022, 11, 8), "MeetingHeld", lang)
        }
        assert found == {("Prague", "2022-10-06"), ("Sochi", "2022-10-31")}, text


def test_a_dated_statement_of_leaders_is_a_document_not_a_voice() -> None:
    text = (
        "The leaders will meet in Sochi. It is planned to review the implementation of the "
        "November 9, 2020 statement of leaders of Azerbaijan, Armenia and Russia on "
        "Nagorno-Karabakh and to discuss further steps on resolving the issues in the region."
    )
    assert _speakers(text) & {"Azerbaijan", "Armenia", "Russia"} == set()


def test_the_subject_far_before_the_verb_speaks_not_the_region_of_a_village() -> None:
    text = (
        "В июне премьер-министр Армении Никол Пашинян в ходе встречи с жителями села Шинуайр "
        "Сюникской области Армении заявил, что граница будет проведена по картам."
    )
    assert _speakers(text, "ru") == {"Nikol Pashinyan"}


def test_a_shootout_and_gunfire_are_hostilities() -> None:
    text = (
        "An Armenian soldier was killed in a shootout at the Armenian-Azerbaijani border in "
        "Armenia's Gegharkunik Province on Monday, the Armenian defense ministry said."
    )
    assert _facts(text, dt.date(2021, 11, 22), "HostilitiesReported")


def test_separate_conversations_planned_are_bilateral_meetings_of_the_articles_source() -> None:
    text = (
        "Trilateral talks of Russian President Vladimir Putin, his Azerbaijani counterpart "
        "Ilham Aliyev, and Armenian Prime Minister Nikol Pashinyan will be held on Monday in "
        "Moscow, the Kremlin press service said.\n\n"
        "Additionally, separate conversations of Vladimir Putin with Ilham Aliyev and Nikol "
        "Pashinyan are planned."
    )
    facts = _facts(text, dt.date(2021, 1, 9), "MeetingAnnounced")
    pairs = {frozenset(f.arguments["participants"]) for f in facts}
    assert frozenset({"Vladimir Putin", "Ilham Aliyev"}) in pairs
    assert all(f.claimed_by == ["Kremlin"] for f in facts)


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


def test_the_presidents_administration_speaks_not_the_president() -> None:
    text = (
        "Об этом сообщают азербайджанские СМИ со ссылкой на администрацию президента АР "
        "Ильхама Алиева. В администрации азербайджанского президента отметили, что поставки "
        "начнутся в ближайшее время."
    )
    assert _speakers(text, "ru") == {"Presidential Administration of Azerbaijan"}


def test_talks_that_will_not_be_held_are_no_meeting() -> None:
    text = (
        "Армения заявила, что не будет вести переговоры ни с одной страной об обмене "
        "территориями, сообщил МИД Армении."
    )
    assert _facts(text, dt.date(2024, 4, 10), "MeetingAnnounced", "ru") == []


def test_a_bare_surname_is_the_person_the_article_named_in_full() -> None:
    text = (
        "Вице-премьер Армении Мгер Григорян признал необходимость скорейшего запуска процесса "
        "демаркации границы с Азербайджаном. «Думаю, что необходимо начать определенный "
        "процесс», - сказал Григорян."
    )
    assert _speakers(text, "ru") == {"Mher Grigoryan"}


def test_recognising_integrity_is_not_saying() -> None:
    text = (
        "Как сообщил глава МИД Армении Арарат Мирзоян, правительство Азербайджана отказалось "
        "во всеуслышание признать территориальную целостность Армении."
    )
    assert _speakers(text, "ru") == {"Ararat Mirzoyan"}


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


def test_karabakh_ministries_speak_as_themselves() -> None:
    text = (
        "Как писал Кавказский узел, Минобороны Нагорного Карабаха сообщало, что вечером 11 "
        "декабря на гадрутском направлении произошла перестрелка."
    )
    assert "Ministry of Defence (Artsakh)" in _speakers(text, "ru")


def test_a_statement_voiced_by_an_official_named_after_the_verb() -> None:
    text = (
        "Заявление о достигнутом соглашении озвучил министр иностранных дел России Сергей "
        "Лавров после консультаций со своими коллегами."
    )
    assert _speakers(text, "ru") == {"Sergey Lavrov"}


def test_it_was_reported_names_nobody() -> None:
    text = (
        "Напомним, что ранее сообщалось о проведении встречи Алиева, Пашиняна и Мишеля 25 октября."
    )
    assert _speakers(text, "ru") == set()
