"""A relative clause after a place tells that place's own change of hands (sentences written
for the test).

"The Kalbajar region, which was captured by Armenian forces in 1993" is a clause of its own:
its verb makes its own transfer, whose taker is its passive agent ("by X") or its receiver
("to X"), dated only by the dates inside it (undated, it takes no news day); those dates are
not the main verb's. The same change of hands told twice ("took Aghdam, a territory ceded by
Armenia") stays one fact.
"""

import datetime as dt

from .catalogue import article_facts

DAY = dt.date(2021, 5, 12)


def _moved(text: str) -> set[tuple[object, object, object, object]]:
    facts = article_facts(text, "en", "TerritoryTransferred", DAY)
    return {(f["territory"], f.get("from"), f["to"], f.get("date")) for f in facts}


def test_a_relative_clause_after_the_place_is_its_own_earlier_taking() -> None:
    text = (
        "On Tuesday the army entered the Kalbajar region, "
        "which was captured by Armenian forces in 1993."
    )
    moved = _moved(text)
    assert ("Kalbajar District", "Azerbaijan", "Armenia", "1993") in moved
    # the relative clause's year is not the entry's date
    assert [m for m in moved if m[2] == "Azerbaijan" and m[3] == "1993"] == []


def test_a_reduced_relative_with_its_agent_is_a_taking_with_no_news_day() -> None:
    text = (
        "The two sides agreed to return four villages of the Gazakh district, "
        "seized by Armenians decades ago."
    )
    assert ("Qazax District", "Azerbaijan", "Armenia", None) in _moved(text)


def test_a_relative_with_a_receiver_dates_the_handover_by_its_own_words() -> None:
    text = (
        "Yerevan handed over maps of mines laid in the Fizuli and Zangilan regions "
        "which were returned to Azerbaijan last year."
    )
    assert _moved(text) == {("Fuzuli District", "Armenia", "Azerbaijan", "2020")}


def test_that_after_a_speech_verb_opens_no_relative_clause() -> None:
    text = "Peskov said on Monday that Armenia returned Aghdam to Azerbaijan."
    assert {(t, to) for t, _, to, _ in _moved(text)} == {("Aghdam", "Azerbaijan")}


def test_the_same_change_of_hands_told_twice_is_one_fact() -> None:
    text = (
        "Azerbaijan took control of the Aghdam region, "
        "a territory ceded by Armenia under the truce."
    )
    assert {(t, to) for t, _, to, _ in _moved(text)} == {("Aghdam District", "Azerbaijan")}
