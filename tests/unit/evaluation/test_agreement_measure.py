"""The annotator-agreement measure: alternatives on either side name the same thing."""

from services.evaluation.agreement import facts_agree
from services.extraction.scoring import fact_match

MEETING = {"kind": "MeetingHeld", "participants": [["Armenia", "Nikol Pashinyan"], "Azerbaijan"]}


def test_identical_facts_with_alternatives_agree_though_strict_scoring_refuses_them() -> None:
    assert facts_agree(MEETING, dict(MEETING))
    assert not fact_match(MEETING, dict(MEETING))


def test_members_agree_one_to_one_when_their_alternatives_share_a_value() -> None:
    other = {"kind": "MeetingHeld", "participants": ["azerbaijan", ["Nikol Pashinyan", "Yerevan"]]}
    assert facts_agree(MEETING, other)
    three = {"kind": "MeetingHeld", "participants": ["Armenia", "Azerbaijan", "Russia"]}
    assert not facts_agree(MEETING, three)
    twice = {"kind": "MeetingHeld", "participants": ["Armenia", "Nikol Pashinyan"]}
    assert not facts_agree(MEETING, twice)


def test_scalars_need_a_shared_alternative_and_dates_the_first_ones_precision() -> None:
    first = {"kind": "HostilitiesReported", "location": ["Parukh", "Askeran"], "date": "2022-03"}
    assert facts_agree(first, {**first, "location": ["Farukh", "parukh"], "date": "2022-03-26"})
    assert not facts_agree(first, {**first, "location": "Khojaly"})
    assert not facts_agree(first, {**first, "date": "2022"})
    assert not facts_agree(first, {"kind": "HostilitiesReported", "location": "Parukh"})


def test_arguments_the_first_leaves_out_are_not_compared_and_kinds_must_be_equal() -> None:
    first = {"kind": "CeasefireAgreed", "parties": ["Armenia", "Azerbaijan"]}
    assert facts_agree(first, {**first, "mediator": "Russia", "date": "2020-11-10"})
    assert not facts_agree(first, {**first, "kind": "AgreementSigned"})
