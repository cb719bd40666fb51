"""Who claims a meeting (sentences written for the test): the subject of the speech verb that
governs the meeting clause, a person heading a title ("вице-премьер РФ X") rather than the state
in it; a plan a named person announces stands without a venue, and its announcer gets no
separate StatementMade."""

import datetime as dt

from services.extraction import extract_article
from services.extraction.models import ExtractedFact

DAY = dt.date(2024, 3, 4)


def _facts(text: str, lang: str = "en") -> list[ExtractedFact]:
    return extract_article(text, DAY, lang).facts


def _kinds(facts: list[ExtractedFact], kind: str) -> list[ExtractedFact]:
    return [f for f in facts if f.kind == kind]


def test_pointed_back_claim_goes_to_the_person_not_the_state_in_the_title() -> None:
    text = (
        "Встреча вице-премьеров Азербайджана и Армении пройдет в ближайшее время. "
        "Об этом заявил вице-премьер РФ Алексей Оверчук."
    )
    facts = _facts(text, "ru")
    (plan,) = _kinds(facts, "MeetingAnnounced")
    assert plan.arguments["claimed_by"] == ["Alexei Overchuk"]
    assert not _kinds(facts, "StatementMade")


def test_placeless_plan_told_by_a_named_person_stands_english() -> None:
    text = "Ararat Mirzoyan and Jeyhun Bayramov will meet soon, Alexei Overchuk said."
    facts = _facts(text)
    (plan,) = _kinds(facts, "MeetingAnnounced")
    assert plan.arguments["claimed_by"] == ["Alexei Overchuk"]
    assert not _kinds(facts, "StatementMade")


def test_placeless_plan_told_by_a_spokeswoman_russian() -> None:
    text = (
        "Мирзоян и Байрамов встретятся в ближайшее время, заявила официальный представитель "
        "МИД России Мария Захарова."
    )
    (plan,) = _kinds(_facts(text, "ru"), "MeetingAnnounced")
    assert plan.arguments["claimed_by"] == ["Maria Zakharova"]


def test_placeless_plan_without_a_named_person_is_still_dropped() -> None:
    text = "Ararat Mirzoyan and Jeyhun Bayramov will meet soon, the Russian Foreign Ministry said."
    facts = _facts(text)
    assert not _kinds(facts, "MeetingAnnounced")
    assert _kinds(facts, "StatementMade")


def test_placeless_plan_not_told_by_the_one_speaking_later_is_dropped() -> None:
    text = (
        "Ararat Mirzoyan and Jeyhun Bayramov will meet soon. The talks have been difficult. "
        "Peskov also spoke about the economy on Monday."
    )
    facts = _facts(text)
    assert not _kinds(facts, "MeetingAnnounced")
    assert _kinds(facts, "StatementMade")
