"""Constructions seen in real press, fifth set (sentences written for the test)."""

import datetime as dt

from services.extraction import extract_article, to_gold
from services.extraction.models import ExtractedFact


def _facts(text: str, published: dt.date, kind: str, lang: str = "en") -> list[ExtractedFact]:
    return [f for f in extract_article(text, published, lang).facts if f.kind == kind]


def _speakers(text: str, published: dt.date, lang: str) -> set[str]:
    return {to_gold(f)["speaker"] for f in _facts(text, published, "StatementMade", lang)}


def test_a_title_opening_the_sentence_is_no_first_name() -> None:
    text = (
        "Министр обороны Армении Аршак Карапетян прибыл в Москву.\n\n"
        "Министр Карапетян подчеркнул важность союзнических отношений."
    )
    speakers = _speakers(text, dt.date(2024, 11, 21), "ru")
    assert not any(s.startswith("Ministr") for s in speakers)


def test_a_region_in_a_job_title_is_no_speaker() -> None:
    text = (
        "Earlier, John Smithers, Director for Eastern Europe and Central Asia at the Foundation, "
        "had reported about a possible meeting."
    )
    assert "Central Asia" not in _speakers(text, dt.date(2021, 12, 3), "en")


def test_a_meeting_that_is_the_occasion_of_a_saying_took_place() -> None:
    text = (
        "Президент России Владимир Путин заявил в ходе встречи с президентом Азербайджана "
        "Ильхамом Алиевым, что в ближайшее время будет подписана новая декларация."
    )
    published = dt.date(2022, 2, 22)
    (held,) = _facts(text, published, "MeetingHeld", "ru")
    assert set(held.arguments["participants"]) == {"Vladimir Putin", "Ilham Aliyev"}
    assert _facts(text, published, "MeetingAnnounced", "ru") == []


def test_no_meeting_planned_is_a_denial_by_whoever_says_so() -> None:
    text = (
        "At the moment no meetings between Putin, Aliyev and myself are planned, Armenian Prime "
        "Minister Nikol Pashinyan said on Sunday."
    )
    published = dt.date(2021, 11, 7)
    (denied,) = _facts(text, published, "MeetingDenied")
    assert denied.arguments["denied_by"] == ["Nikol Pashinyan"]
    assert _facts(text, published, "MeetingAnnounced") == []


def test_a_meeting_not_being_planned_is_denied() -> None:
    text = (
        "Pashinyan's meeting with Aliyev is not being planned, Armenian Foreign Ministry "
        "Spokesman Vahan Hunanyan wrote on Saturday."
    )
    published = dt.date(2021, 10, 23)
    assert _facts(text, published, "MeetingAnnounced") == []
    (denied,) = _facts(text, published, "MeetingDenied")
    assert denied.arguments["denied_by"] == ["Vahan Hunanyan"]


def test_a_signing_still_to_come_is_no_agreement_signed() -> None:
    published = dt.date(2022, 2, 22)
    for text, lang in (
        ("Путин и Алиев подпишут декларацию о союзническом взаимодействии.", "ru"),
        ("Лидеры двух стран планируют подписать декларацию о сотрудничестве.", "ru"),
        ("Putin and Aliyev to sign a declaration on allied cooperation.", "en"),
        ("We should not limit ourselves to signing a peace treaty, Bayramov said.", "en"),
    ):
        assert _facts(text, published, "AgreementSigned", lang) == [], text


def test_a_protocol_signed_on_a_day_was_signed() -> None:
    text = (
        "According to the protocol signed on April 19, 2024 by Armenia and Azerbaijan, the "
        "commissions finalized the regulation."
    )
    (signed,) = _facts(text, dt.date(2024, 9, 6), "AgreementSigned")
    assert signed.arguments["date"] == "2024-04-19"


def test_border_gunfire_near_a_village_is_placed_at_the_village() -> None:
    text = (
        "Azerbaijan announced on Sunday a checkpoint, which was followed by accusations of "
        "border gunfire by both sides. Azerbaijan reported that Armenian soldiers opened fire "
        "on Azeri units in the Lachin district on Sunday."
    )
    facts = _facts(text, dt.date(2023, 4, 23), "HostilitiesReported")
    assert [f.arguments["location"] for f in facts] == ["Lachin District"]


def test_a_cessation_joined_to_the_fighting_reports_none() -> None:
    text = (
        "Министры обсудили годовщину заявления лидеров о полном прекращении огня и всех "
        "военных действий в зоне карабахского конфликта."
    )
    assert _facts(text, dt.date(2021, 11, 8), "HostilitiesReported", "ru") == []


def test_a_venue_before_state_media_said_claims_nothing() -> None:
    text = (
        "Armenian Prime Minister Nikol Pashinyan will meet Azerbaijani President Ilham Aliyev "
        "at the summit in the Czech capital Prague on Thursday, state media said."
    )
    (announced,) = _facts(text, dt.date(2022, 10, 5), "MeetingAnnounced")
    assert "Prague" not in (announced.claimed_by or [])


def test_the_name_before_an_appositive_speaks_with_any_speech_verb() -> None:
    text = (
        "Binali Yildirim, a senior official at the Organization of Turkic States (OTC), "
        "condemned the incident. PM Pashinyan said the shots came from Azerbaijan."
    )
    speakers = _speakers(text, dt.date(2023, 6, 15), "en")
    assert "Binali Yildirim" in speakers
    assert "PM Pashinyan" not in speakers


def test_a_name_after_said_with_its_own_verb_is_what_was_said() -> None:
    text = (
        "Yildirim, who was in Shusha on Thursday to mark the anniversary, said Armenia would be "
        "the biggest loser. Yerevan, on the other hand, claimed that a border guard was injured."
    )
    speakers = _speakers(text, dt.date(2023, 6, 15), "en")
    assert speakers == {"Armenia"}  # Yerevan's claim, not "said Armenia would"
    (made,) = _facts(text, dt.date(2023, 6, 15), "StatementMade")
    assert "Yerevan" in made.evidence[0].quote


def test_a_headline_opening_with_a_name_and_a_colon_quotes_that_name() -> None:
    text = "Lavrov: Armenia and Azerbaijan should seek ways to reach a peace agreement"
    assert _speakers(text, dt.date(2022, 12, 23), "en") == {"Sergey Lavrov"}


def test_a_bare_ministry_is_the_state_the_sentence_named_before_it() -> None:
    text = "Azerbaijan “took measures to establish control of the road,” the foreign ministry said."
    speakers = _speakers(text, dt.date(2023, 4, 23), "en")
    assert speakers == {"Ministry of Foreign Affairs (Azerbaijan)"}


def test_a_gerund_clause_between_the_speaker_and_the_verb() -> None:
    published = dt.date(2022, 11, 2)
    ru = (
        "Официальный представитель МИД РФ Мария Захарова на брифинге, отвечая на вопрос "
        "журналистки, отметила: «Мы используем другой термин»."
    )
    en = "Hikmet Hajiyev, commenting on the decision, said Baku had no choice."
    assert _speakers(ru, published, "ru") == {"Maria Zakharova"}
    assert _speakers(en, published, "en") == {"Hikmet Hajiyev"}


def test_a_first_name_read_as_oblique_does_not_hide_the_speaker() -> None:
    text = "Шушан Степанян рассказала, что бои развернулись в районе Шуши."
    assert _speakers(text, dt.date(2020, 11, 8), "ru") == {"Shushan Stepanyan"}


def test_a_refusal_commented_on_is_the_refusers() -> None:
    text = (
        "Помощник азербайджанского лидера Хикмет Гаджиев, комментируя отказ Алиева участвовать "
        "во встрече с Пашиняном, сказал, что в Баку приняли такое решение."
    )
    (denied,) = _facts(text, dt.date(2023, 10, 6), "MeetingDenied", "ru")
    assert denied.arguments["denied_by"] == ["Ilham Aliyev"]


def test_a_plan_told_in_the_past_stays_a_plan() -> None:
    text = (
        "Владимир Путин планировал организовать трехстороннюю встречу с Ильхамом Алиевым и "
        "Николом Пашиняном 9 ноября."
    )
    assert _facts(text, dt.date(2021, 11, 26), "MeetingHeld", "ru") == []


def test_a_refused_summit_has_its_organisation_as_the_other_side() -> None:
    text = (
        "Дмитрий Песков прокомментировал отказ премьер-министра Армении Никола Пашиняна приехать "
        "на саммит ОДКБ в Минск."
    )
    (denied,) = _facts(text, dt.date(2023, 11, 14), "MeetingDenied", "ru")
    assert denied.arguments["denied_by"] == ["Nikol Pashinyan"]
    assert set(denied.arguments["participants"]) == {
        "Nikol Pashinyan",
        "Collective Security Treaty Organization",
    }


def test_the_two_sides_meeting_on_a_mediators_day_is_the_mediated_meeting() -> None:
    text = (
        "Aliyev and Pashinyan met in Brussels on August 31.\n\n"
        "European Council President Charles Michel hosted Aliyev and Pashinyan in Brussels on "
        "August 31."
    )
    facts = _facts(text, dt.date(2022, 9, 1), "MeetingHeld")
    assert [set(f.arguments["participants"]) for f in facts] == [
        {"Ilham Aliyev", "Nikol Pashinyan", "Charles Michel"}
    ]


def test_the_agents_of_a_passive_speech_verb_speak() -> None:
    text = "The agreement was welcomed by the EU, the US, as well as Russia, officials noted."
    assert {"European Union", "United States", "Russia"} <= _speakers(
        text, dt.date(2023, 12, 13), "en"
    )


def test_a_bare_border_service_is_the_states_the_sentence_named() -> None:
    text = "Azerbaijan's soldiers came under fire on the road, the State Border Service said."
    assert _speakers(text, dt.date(2023, 6, 15), "en") == {"State Border Service (Azerbaijan)"}


def test_a_war_known_by_its_name_is_dated_by_its_first_day() -> None:
    published = dt.date(2021, 11, 26)
    for text in (
        "Armenia lost territory in the six-week war.",
        "Moscow brokered a peace deal last November to end six weeks of fighting there.",
        "Tensions have run high since the 2020 war over Karabakh.",
    ):
        (war,) = _facts(text, published, "HostilitiesReported")
        assert war.arguments["date"] == "2020-09-27", text


def test_a_leader_named_as_absent_takes_no_part_and_a_country_venue_is_its_city() -> None:
    text = (
        "Pashinyan, Macron, Scholz, Michel to meet in Spain despite Aliyev's refusal to attend.\n\n"
        "Nikol Pashinyan, Emmanuel Macron, Olaf Scholz and Charles Michel will meet in Granada, "
        "despite the absence of Ilham Aliyev."
    )
    (planned,) = _facts(text, dt.date(2023, 10, 5), "MeetingAnnounced")
    assert "Ilham Aliyev" not in planned.arguments["participants"]
    assert planned.arguments["place"] == "Granada"


def test_two_capitals_in_the_locative_are_both_governments_speaking() -> None:
    published = dt.date(2020, 10, 17)
    for text in (
        "В Баку и Ереване заявили, что решение о перемирии принято.",
        "Как заявили в Баку и Ереване, решение о перемирии приняли вслед за заявлением.",
    ):
        assert _speakers(text, published, "ru") == {"Azerbaijan", "Armenia"}, text
