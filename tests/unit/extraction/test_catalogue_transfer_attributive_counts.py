"""Participles inside a counted noun phrase (sentences written for the test).

"Hin Tagher and Khtsaberd, the two occupied Hadrut villages": a participle between a
determiner and its noun names a place's state in passing, also when a numeral or "last"
stands between the determiner and the participle; the verb of the same phrase told as a
predicate ("forces occupied two villages") is still a taking.
"""

import datetime as dt

from .catalogue import article_facts

DAY = dt.date(2020, 12, 16)


def _moved(text: str, lang: str = "en") -> list[dict[str, object]]:
    return article_facts(text, lang, "TerritoryTransferred", DAY)


def test_the_two_occupied_villages_is_no_taking() -> None:
    text = (
        "The army lost contact with its troops near Hin Tagher and Khtsaberd, "
        "the two occupied Hadrut villages."
    )
    assert _moved(text) == []


def test_the_last_three_liberated_villages_is_no_taking() -> None:
    text = "Refugees cannot yet go back to the last three liberated Hadrut villages."
    assert _moved(text) == []


def test_its_2_ceded_districts_is_no_handover() -> None:
    text = "Officials visited its 2 ceded districts, Kalbajar and Lachin, on Monday."
    assert _moved(text) == []


def test_a_counted_object_of_a_predicate_is_still_a_taking() -> None:
    (fact,) = _moved("Azerbaijani forces occupied two villages in the Hadrut district on Sunday.")
    assert (fact["territory"], fact["to"]) == ("Hadrut", "Azerbaijan")


def test_the_participle_right_after_the_determiner_still_counts() -> None:
    assert _moved("Reporters toured the liberated Hadrut town on Monday.") == []
