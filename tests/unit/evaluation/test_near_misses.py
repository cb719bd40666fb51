"""Near misses pair a missed and a spurious fact of one kind in one article, by what differs."""

from services.evaluation.near_misses import differing, near_miss_lines, near_misses

HELD = {"kind": "MeetingHeld", "participants": ["A", "B"], "place": "Sochi", "date": "2021-11-26"}


def test_a_prediction_that_differs_only_in_the_date_is_a_date_near_miss() -> None:
    pred = {**HELD, "date": "2021-12-01"}
    assert differing(HELD, pred) == ("date",)
    found = near_misses([("a1", HELD)], [("a1", pred)])
    assert found.pairs == {("MeetingHeld", ("date",)): 1}
    assert found.by_argument() == {"date": 1}
    assert not found.plain_missed and not found.plain_spurious


def test_the_closest_prediction_is_paired_and_the_rest_stay_plain() -> None:
    far = {"kind": "MeetingHeld", "participants": ["C", "D"], "place": "Baku", "date": "2020-01-01"}
    near = {**HELD, "place": "Moscow"}
    found = near_misses([("a1", HELD)], [("a1", far), ("a1", near)])
    assert found.pairs == {("MeetingHeld", ("place",)): 1}
    assert found.plain_spurious == {"MeetingHeld": 1}


def test_facts_of_other_kinds_or_articles_are_no_pair() -> None:
    other_kind = {"kind": "MeetingAnnounced", "participants": ["A", "B"], "place": "Sochi"}
    found = near_misses([("a1", HELD)], [("a1", other_kind), ("a2", HELD)])
    assert not found.pairs
    assert found.plain_missed == {"MeetingHeld": 1}
    assert found.plain_spurious == {"MeetingAnnounced": 1, "MeetingHeld": 1}


def test_the_report_names_the_differing_arguments() -> None:
    found = near_misses([("a1", HELD)], [("a1", {**HELD, "date": "2021-12-01"})])
    text = "\n".join(near_miss_lines(found))
    assert "1 pairs" in text and "date 1" in text
