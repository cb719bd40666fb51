"""Parties of a deal the clause does not name (sentences written for the test): the
participants of the meeting it was reached at, or "the sides" as the article's two principal
warring states; a host or initiator of the talks is no party."""

import datetime as dt

from .catalogue import facts_of

DAY = dt.date(2022, 5, 18)


def _parties(text: str, lang: str, day: dt.date = DAY) -> list[list[str]]:
    return [
        sorted(str(p) for p in f["parties"] or [])
        for f in facts_of(text, lang, "AgreementSigned", day)
    ]


def test_we_agreed_after_the_meeting_are_its_participants() -> None:
    day = dt.date(2022, 11, 1)
    text = (
        "Leaders meet in Sochi\n\n"
        "Russian President Vladimir Putin held talks with Armenian Prime Minister Nikol "
        "Pashinyan and Azerbaijani President Ilham Aliyev in Sochi on Monday.\n\n"
        '"Today we agreed on a joint statement," Putin said after the meeting held in Sochi.'
    )
    assert _parties(text, "en", day) == [["Armenia", "Azerbaijan", "Russia"]]


def test_agreed_at_the_meeting_in_russian() -> None:
    day = dt.date(2022, 11, 1)
    text = (
        "Встреча в Сочи\n\n"
        "Президент России Владимир Путин провёл в Сочи переговоры с премьер-министром Армении "
        "Николом Пашиняном и президентом Азербайджана Ильхамом Алиевым.\n\n"
        "По итогам встречи лидеры договорились о совместном заявлении, сообщил Кремль."
    )
    assert _parties(text, "ru", day) == [["Armenia", "Azerbaijan", "Russia"]]


def test_both_sides_in_what_was_agreed_are_the_parties_not_the_initiator() -> None:
    text = (
        "Aliyev urges delimitation\n\n"
        "During the meeting, held on April 6 in Brussels on the initiative of the President of "
        "the European Council Charles Michel, an agreement was reached that by the end of "
        "April both sides will set up border commissions, Aliyev said."
    )
    signed = facts_of(text, "en", "AgreementSigned", DAY)
    assert [sorted(s["parties"]) for s in signed] == [["Armenia", "Azerbaijan"]]
    # dated by the meeting it was reached at, not by the deadline of its terms
    assert [s["date"] for s in signed] == ["2022-04-06"]


def test_an_agreement_to_meet_takes_no_meeting_for_parties() -> None:
    text = (
        "Министры встретились в Москве\n\n"
        "Министры иностранных дел Армении и Азербайджана Арарат Мирзоян и Джейхун Байрамов "
        "провели встречу в Москве.\n\n"
        "Сегодня достигнута договоренность, что рабочая группа встретится в ближайшее время."
    )
    assert _parties(text, "ru") == []


def test_a_deal_agreed_during_a_summit_is_not_a_meeting_agreed() -> None:
    day = dt.date(2021, 12, 1)
    text = (
        "Leaders agree on a border commission\n\n"
        "The leaders of Armenia, Azerbaijan and Russia agreed to create a commission to "
        "demarcate the border during a trilateral summit in Sochi on November 26."
    )
    assert _parties(text, "en", day) == [["Armenia", "Azerbaijan", "Russia"]]
    # but an agreement to hold a summit is no deal
    text = "Armenia and Azerbaijan agreed to hold a summit on the border commission."
    assert _parties(text, "en", day) == []


def test_a_release_by_each_side_is_an_exchange_agreed() -> None:
    day = dt.date(2023, 12, 8)
    text = (
        "An agreement was reached on the release of 30 Armenian soldiers by Azerbaijan and "
        "three Azerbaijani soldiers by Armenia."
    )
    (swap,) = facts_of(text, "en", "PrisonerExchangeAgreed", day)
    assert sorted(swap["parties"]) == ["Armenia", "Azerbaijan"]
    # a release by one side alone is no exchange
    text = "An agreement was reached on the release of 30 Armenian soldiers by Azerbaijan."
    assert not facts_of(text, "en", "PrisonerExchangeAgreed", day)
