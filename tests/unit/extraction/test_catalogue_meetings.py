"""Meetings, agreements and truces: a catalogue of the press's constructions (sentences written
for the test)."""

import datetime as dt

import pytest

from services.extraction import extract_article, to_gold

from .catalogue import DAY, article_facts, facts_of, speakers


def test_a_plan_without_a_venue_is_talk_and_its_source_still_speaks() -> None:
    text = "A meeting of Putin, Aliyev and Pashinyan was planned, the Kremlin said."
    facts = extract_article(text, DAY, "en").facts
    assert not [f for f in facts if f.kind == "MeetingAnnounced"]
    assert "Kremlin" in speakers(text, "en")


def test_a_plan_without_a_venue_told_by_a_named_person_is_announced() -> None:
    # wave 11: a person's announcement is on the record (the guide), venue or not
    text = "Peskov said a meeting of Putin, Aliyev and Pashinyan was planned."
    facts = extract_article(text, DAY, "en").facts
    (plan,) = [f for f in facts if f.kind == "MeetingAnnounced"]
    assert plan.arguments["claimed_by"] == ["Dmitry Peskov"]
    assert "Dmitry Peskov" not in speakers(text, "en")


def test_who_spoke_after_talks_took_part_in_them() -> None:
    text = "After meeting Aliyev in Brussels on Sunday, Michel said progress was made."
    (held,) = facts_of(text, "en", "MeetingHeld")
    assert set(held["participants"]) == {"Ilham Aliyev", "Charles Michel"}  # type: ignore[arg-type]


def test_the_president_of_the_european_council_is_michel() -> None:
    text = (
        "Aliyev and Pashinyan met in Prague on October 6 in the presence of the President of "
        "France and the President of the European Council."
    )
    (held,) = facts_of(text, "en", "MeetingHeld")
    assert "Charles Michel" in held["participants"]  # type: ignore[operator]


def test_a_plan_with_a_venue_is_announced() -> None:
    text = "Peskov said a meeting of Putin, Aliyev and Pashinyan was planned in Moscow."
    (plan,) = facts_of(text, "en", "MeetingAnnounced")
    assert plan["place"] == "Moscow"


def test_the_host_named_in_the_article_joins_the_two_sides_at_his_venue() -> None:
    text = (
        "Aliyev and Pashinyan met in Brussels on October 6, 2022.\n\n"
        "Charles Michel said the talks had been productive."
    )
    (held,) = facts_of(text, "en", "MeetingHeld")
    assert set(held["participants"]) == {  # type: ignore[arg-type]
        "Ilham Aliyev",
        "Nikol Pashinyan",
        "Charles Michel",
    }


def test_a_host_the_article_never_names_adds_no_one() -> None:
    text = "Aliyev and Pashinyan met in Brussels on October 6, 2022."
    (held,) = facts_of(text, "en", "MeetingHeld")
    assert set(held["participants"]) == {"Ilham Aliyev", "Nikol Pashinyan"}  # type: ignore[arg-type]


def test_the_host_is_who_held_the_office_that_day() -> None:
    text = (
        "Zohrab Mnatsakanyan and Jeyhun Bayramov met in Washington on October 23, 2020.\n\n"
        "Mike Pompeo said the talks were useful. Antony Blinken, then an adviser, agreed."
    )
    (held,) = facts_of(text, "en", "MeetingHeld")
    assert "Mike Pompeo" in held["participants"]  # type: ignore[operator]
    assert "Antony Blinken" not in held["participants"]  # type: ignore[operator]


@pytest.mark.parametrize(
    ("text", "published", "mediator"),
    [
        (
            "Armenia and Azerbaijan agreed to a humanitarian ceasefire on October 10, 2020.",
            dt.date(2020, 10, 10),
            "Russia",
        ),
        (
            "Armenia and Azerbaijan agreed to a ceasefire on the border on November 16, 2021.",
            dt.date(2021, 11, 17),
            "Russia",
        ),
    ],
)
def test_a_known_truce_takes_its_mediator(text: str, published: dt.date, mediator: str) -> None:
    facts = extract_article(text, published, "en").facts
    (truce,) = [to_gold(f) for f in facts if f.kind == "CeasefireAgreed"]
    assert truce["mediator"] == mediator


def test_a_joint_statement_published_is_an_agreement() -> None:
    text = "Армения и Азербайджан опубликовали совместное заявление 7 декабря 2023 года."
    facts = extract_article(text, dt.date(2023, 12, 8), "ru").facts
    assert [to_gold(f)["parties"] for f in facts if f.kind == "AgreementSigned"]


def test_a_known_meeting_placed_nowhere_took_place_in_its_city() -> None:
    text = "Aliyev and Pashinyan met on February 17, 2024, with Scholz.\n\nScholz said so."
    facts = extract_article(text, dt.date(2024, 2, 18), "en").facts
    (held,) = [to_gold(f) for f in facts if f.kind == "MeetingHeld"]
    assert held["place"] == "Munich"


def test_a_place_the_article_names_is_kept_over_the_known_one() -> None:
    text = "Aliyev and Pashinyan met in Berlin on February 17, 2024."
    facts = extract_article(text, dt.date(2024, 2, 18), "en").facts
    (held,) = [to_gold(f) for f in facts if f.kind == "MeetingHeld"]
    assert held["place"] == "Berlin"


def test_a_known_summits_host_named_in_the_article_takes_part() -> None:
    text = (
        "Aliyev and Pashinyan met in Munich on February 17, 2024.\n\n"
        "Olaf Scholz said the talks had been constructive."
    )
    facts = extract_article(text, dt.date(2024, 2, 18), "en").facts
    (held,) = [to_gold(f) for f in facts if f.kind == "MeetingHeld"]
    assert "Olaf Scholz" in held["participants"]  # type: ignore[operator]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Алиев не поедет на встречу с Пашиняном в Гранаду, заявил Гаджиев."),
        ("en", "Aliyev will not attend the meeting with Pashinyan in Granada, Hajiyev said."),
    ],
)
def test_not_travelling_to_a_meeting_refuses_it(lang: str, text: str) -> None:
    facts = extract_article(text, dt.date(2023, 10, 3), lang).facts
    assert [f for f in facts if f.kind == "MeetingDenied"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ru",
            "Путин, Алиев и Пашинян договорились о разблокировании транспортных коридоров.",
        ),
        (
            "ru",
            "Армения и Азербайджан договорились о взаимном признании территориальной целостности.",
        ),
        (
            "en",
            "Armenia and Azerbaijan have agreed on how part of the border between them will run.",
        ),
        ("en", "Putin, Aliyev and Pashinyan agreed to unblock transport links on November 26."),
    ],
)
def test_a_deal_reached_without_a_document_word_is_an_agreement(lang: str, text: str) -> None:
    facts = extract_article(text, dt.date(2022, 12, 1), lang).facts
    assert [f for f in facts if f.kind == "AgreementSigned"]


@pytest.mark.parametrize(
    "text",
    [
        "Armenia and Azerbaijan agreed to meet again in Brussels to discuss the border.",
        "Armenia and Azerbaijan agreed to instruct their commissions to work on the border.",
    ],
)
def test_agreeing_to_meet_or_to_work_on_signs_nothing(text: str) -> None:
    facts = extract_article(text, dt.date(2022, 12, 1), "en").facts
    assert not [f for f in facts if f.kind == "AgreementSigned"]


def test_a_state_gone_by_1992_is_no_party_to_a_later_agreement() -> None:
    text = (
        "On April 19, 2024, Armenia and Azerbaijan agreed on the border line as it stood at the "
        "collapse of the Soviet Union."
    )
    facts = extract_article(text, dt.date(2024, 4, 20), "en").facts
    (deal,) = [to_gold(f) for f in facts if f.kind == "AgreementSigned"]
    assert set(deal["parties"]) == {"Armenia", "Azerbaijan"}  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("lang", "text", "people"),
    [
        (
            "en",
            "Aliyev and Pashinyan arrived in Brussels on Sunday. The two leaders met for hours.",
            {"Ilham Aliyev", "Nikol Pashinyan"},
        ),
        (
            "ru",
            "Пашинян прибыл в Брюссель в воскресенье. Там он встретился с Алиевым.",
            {"Nikol Pashinyan", "Ilham Aliyev"},
        ),
    ],
)
def test_the_subject_of_a_meeting_may_be_the_people_of_the_sentence_before(
    lang: str, text: str, people: set[str]
) -> None:
    (held,) = article_facts(text, lang, "MeetingHeld", dt.date(2023, 5, 15))
    assert set(held["participants"]) == people  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Aliyev and Pashinyan plan to meet in Brussels on Sunday."),
        ("ru", "Алиев и Пашинян планируют встретиться в Брюсселе в воскресенье."),
    ],
)
def test_a_plan_told_in_the_present_looks_forward(lang: str, text: str) -> None:
    (plan,) = article_facts(text, lang, "MeetingAnnounced", dt.date(2023, 5, 11))
    assert plan["date"] == "2023-05-14"
