"""Constructions seen in real press, fourth set: meetings (sentences written for the test)."""

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


def test_the_spokesperson_announcing_a_meeting_is_not_in_it() -> None:
    text = (
        '"A trilateral meeting between Armenian Foreign Minister Ararat Mirzoyan, Azerbaijani '
        "Foreign Minister Jeyhun Bayramov and U.S. Secretary of State Antony Blinken will be "
        'held in Washington on July 10," Armenian Foreign Ministry spokesperson Ani Badalyan said.'
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


def test_another_meeting_that_began_is_held() -> None:
    text = (
        "Началась очередная встреча глав МИД Азербайджана и Армении Джейхуна Байрамова и "
        "Арарата Мирзояна в Вашингтоне."
    )
    published = dt.date(2023, 5, 4)
    assert _facts(text, published, "MeetingHeld", "ru")
    assert _facts(text, published, "MeetingAnnounced", "ru") == []


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


def test_talks_that_will_not_be_held_are_no_meeting() -> None:
    text = (
        "Армения заявила, что не будет вести переговоры ни с одной страной об обмене "
        "территориями, сообщил МИД Армении."
    )
    assert _facts(text, dt.date(2024, 4, 10), "MeetingAnnounced", "ru") == []


def test_the_one_who_says_i_hosted_takes_part() -> None:
    text = (
        "European Council President Charles Michel said on Monday: “Today I hosted President "
        "Aliyev of Azerbaijan and Prime Minister Pashinyan of Armenia again in Brussels.”"
    )
    facts = _facts(text, dt.date(2022, 5, 23), "MeetingHeld")
    assert any("Charles Michel" in f.arguments["participants"] for f in facts)


def test_a_weekday_right_after_a_verb_dates_the_meeting() -> None:
    text = (
        "Pompeo had met separately Friday with Armenian Foreign Minister Zohrab Mnatsakanyan "
        "and Azerbaijani Foreign Minister Jeyhun Bayramov in Washington."
    )
    facts = _facts(text, dt.date(2020, 10, 25), "MeetingHeld")
    assert facts and {f.arguments["date"] for f in facts} == {"2020-10-23"}


def test_a_week_and_its_day_are_one_meeting_told_twice() -> None:
    text = (
        "The foreign ministers of Armenia and Azerbaijan will hold talks in Moscow next week. "
        "Armenia's Foreign Ministry announced on Wednesday that foreign ministers Ararat "
        "Mirzoyan and Jeyhun Bayramov will meet in Moscow on May 19."
    )
    facts = _facts(text, dt.date(2023, 5, 14), "MeetingAnnounced")
    moscow = [f for f in facts if f.arguments.get("place") == "Moscow"]
    assert [f.arguments["date"] for f in moscow] == ["2023-05-19"]


def test_berlin_is_a_venue_not_germany() -> None:
    text = (
        "Bayramov and Mirzoyan last met on February 28 in Berlin, hosted by German Foreign "
        "Minister Annalena Baerbock."
    )
    (fact,) = _facts(text, dt.date(2024, 5, 3), "MeetingHeld")
    assert fact.arguments["place"] == "Berlin"


def test_a_summit_named_as_the_time_of_the_saying_is_not_the_meeting() -> None:
    text = (
        "Перед началом неформального саммита ЕС в Гранаде Мишель сказал, что принял решение "
        "пригласить премьер-министра Армении Никола Пашиняна и президента Азербайджана Ильхама "
        "Алиева на встречу в Брюсселе."
    )
    facts = _facts(text, dt.date(2023, 10, 6), "MeetingAnnounced", "ru")
    assert facts and {f.arguments.get("place") for f in facts} == {"Brussels"}


def test_hosting_a_conference_is_no_meeting() -> None:
    text = (
        "As part of the deal, Armenia also agreed to lift its objections to Azerbaijan hosting "
        "next year's international conference on climate change."
    )
    assert _facts(text, dt.date(2023, 12, 13), "MeetingHeld") == []
