"""Villages lie in districts, not in towns (sentences written for the test): "four villages in
Gazakh" names the Gazakh District, the town of the same name being no container of villages."""

import datetime as dt

from .catalogue import article_facts

DAY = dt.date(2024, 5, 24)


def test_villages_in_a_town_name_are_in_its_district() -> None:
    text = "Azerbaijani border guards have taken control of four villages in Gazakh."
    (fact,) = article_facts(text, "en", "TerritoryTransferred", DAY)
    assert (fact["territory"], fact["to"]) == ("Qazax District", "Azerbaijan")


def test_a_town_taken_alone_stays_the_town() -> None:
    text = "Azerbaijani troops entered Lachin on Friday."
    (fact,) = article_facts(text, "en", "TerritoryTransferred", DAY)
    assert fact["territory"] == "Lachin"
