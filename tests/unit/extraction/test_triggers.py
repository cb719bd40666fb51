"""Triggers and modality: each fact kind, hedges, attempts, denials, anniversaries."""

from __future__ import annotations

import datetime as dt

from services.extraction import extract_article, to_gold

PUB = dt.date(2021, 11, 23)


def gold(text: str, published: dt.date = PUB) -> list[dict[str, object]]:
    return [to_gold(f) for f in extract_article(text, published).facts]


def kinds(text: str, published: dt.date = PUB) -> list[str]:
    return [str(f["kind"]) for f in gold(text, published)]


def test_announced_meeting_with_source() -> None:
    facts = gold(
        "26 ноября в Сочи состоятся переговоры Владимира Путина и Ильхама Алиева, сообщает Кремль."
    )
    assert facts == [
        {
            "kind": "MeetingAnnounced",
            "participants": ["Vladimir Putin", "Ilham Aliyev"],
            "place": "Sochi",
            "date": "2021-11-26",
            "claimed_by": ["Kremlin"],
        }
    ]


def test_hypothetical_meeting_is_not_a_fact() -> None:
    text = (
        "Пресс-секретарь Кремля Дмитрий Песков заявил, что трёхсторонняя встреча Путина с "
        "Алиевым и Пашиняном на каком-то этапе будет необходима."
    )
    assert gold(text) == [{"kind": "StatementMade", "speaker": "Dmitry Peskov"}]


def test_attempt_is_not_a_ceasefire() -> None:
    assert kinds("Армения и Азербайджан предприняли несколько попыток заключить перемирие.") == []


def test_refuting_rumours_is_a_denial() -> None:
    text = (
        "Путин, Алиев и Пашинян проведут встречу в Сочи. В аппарате премьер-министра Армении "
        "опровергли слухи о проведении трёхсторонней встречи."
    )
    denied = [f for f in gold(text) if f["kind"] == "MeetingDenied"]
    assert denied == [
        {
            "kind": "MeetingDenied",
            "participants": ["Vladimir Putin", "Ilham Aliyev", "Nikol Pashinyan"],
            "denied_by": ["Office of the Prime Minister of Armenia"],
        }
    ]


def test_anniversary_reference_is_not_a_new_ceasefire() -> None:
    text = (
        "Встреча приурочена к годовщине подписания заявления о прекращении огня от "
        "9 ноября 2020 года."
    )
    assert kinds(text) == []


def test_held_postponed_cancelled() -> None:
    assert kinds("В Праге состоялась встреча Никола Пашиняна и Ильхама Алиева.") == ["MeetingHeld"]
    text = "Встреча Алиева и Пашиняна перенесена на 14 декабря, сообщили в аппарате премьера."
    assert gold(text, dt.date(2021, 12, 10))[0] == {
        "kind": "MeetingPostponed",
        "participants": ["Ilham Aliyev", "Nikol Pashinyan"],
        "date": "2021-12-14",
    }
    assert kinds("Встреча Алиева и Пашиняна в Гранаде не состоится.") == ["MeetingCancelled"]


def test_ceasefire_with_mediator_and_prisoners() -> None:
    facts = gold(
        "При посредничестве Москвы Азербайджан и Армения договорились полностью "
        "прекратить огонь и обменяться пленными."
    )
    assert facts == [
        # told as news with no date of its own: the publication day (derivation says so)
        {
            "kind": "CeasefireAgreed",
            "parties": ["Azerbaijan", "Armenia"],
            "mediator": "Russia",
            "date": "2021-11-23",
        },
        {
            "kind": "PrisonerExchangeAgreed",
            "parties": ["Azerbaijan", "Armenia"],
            "date": "2021-11-23",
        },
    ]


def test_transfers_completed_and_scheduled() -> None:
    assert gold("Ереван передал Баку Лачинский район.") == [
        {
            "kind": "TerritoryTransferred",
            "territory": "Lachin District",
            "from": "Armenia",
            "to": "Azerbaijan",
            "date": "2021-11-23",
        }
    ]
    assert gold(
        "Армения должна вернуть Азербайджану Агдамский район до 20 ноября.", dt.date(2020, 11, 12)
    ) == [
        {
            "kind": "TerritoryTransferScheduled",
            "territory": "Aghdam District",
            "to": "Azerbaijan",
            "date": "2020-11-20",
        }
    ]


def test_peacekeepers_and_hostilities() -> None:
    assert gold("В Нагорном Карабахе разместились российские миротворцы.") == [
        {
            "kind": "PeacekeepersDeployed",
            "force": "Russian peacekeeping forces in Nagorno-Karabakh",
            "area": "Nagorno-Karabakh",
            "date": "2021-11-23",
        }
    ]
    assert kinds("Российские миротворцы покинули Карабах.") == ["PeacekeepersWithdrawn"]
    assert gold("На армяно-азербайджанской границе произошли столкновения.") == [
        {
            "kind": "HostilitiesReported",
            "location": "Armenia–Azerbaijan border",
            "date": "2021-11-23",
        }
    ]


def test_english_pipeline() -> None:
    facts = gold(
        "Azerbaijani President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan "
        "met in Brussels on December 14.",
        dt.date(2021, 12, 15),
    )
    assert facts == [
        {
            "kind": "MeetingHeld",
            "participants": ["Ilham Aliyev", "Nikol Pashinyan"],
            "place": "Brussels",
            "date": "2021-12-14",
        }
    ]


def test_background_sentences_keep_no_news_date() -> None:
    facts = gold("Ранее Ереван передал Баку Лачинский район.")
    # not the news day: the handover the text recalls took place on its own known day
    assert facts and facts[0].get("date") == "2020-12-01"
    facts = gold("Ранее Ереван передал Баку Губадлинский район.")
    assert facts and "date" not in facts[0]


def test_undated_news_fact_says_how_its_date_was_found() -> None:
    result = extract_article("На армяно-азербайджанской границе произошли столкновения.", PUB)
    assert (result.facts[0].date_derivation or "").startswith("publication")


def test_a_purpose_infinitive_is_no_capture() -> None:
    facts = gold("Azerbaijan launched an offensive to retake Nagorno-Karabakh.", PUB)
    assert all(f["kind"] != "TerritoryTransferred" for f in facts)
