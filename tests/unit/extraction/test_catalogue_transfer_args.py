"""Arguments of territory changes told across sentences and clauses (sentences written for
the test): an unnamed count of places named by the sentence that goes on to list them."""

import datetime as dt

from .catalogue import article_facts

DAY = dt.date(2020, 10, 30)


def test_a_count_of_villages_takes_the_districts_the_next_sentence_names() -> None:
    text = (
        "Президент Азербайджана сообщил, что армия освободила ещё восемь сёл. "
        "Речь идёт о пяти сёлах Джебраильского и трёх сёлах Зангиланского района."
    )
    facts = article_facts(text, "ru", "TerritoryTransferred", DAY)
    assert [(f["territory"], f["to"]) for f in facts] == [
        ("Jabrayil District", "Azerbaijan"),
        ("Zangilan District", "Azerbaijan"),
    ]


def test_an_english_list_of_villages_of_two_provinces_names_each() -> None:
    text = (
        "Azerbaijan's army liberated nine more villages on Friday, the president said.\n\n"
        "Among the villages that were liberated are Alpha Beta, Gamma, Delta Yal, Epsilon, "
        "Zeta and Eta villages of Fuzuli province and Theta village of Jabrayil."
    )
    facts = article_facts(text, "en", "TerritoryTransferred", DAY)
    assert [(f["territory"], f["to"]) for f in facts] == [
        ("Fuzuli District", "Azerbaijan"),
        ("Jabrayil", "Azerbaijan"),
    ]


def test_a_sentence_that_does_not_elaborate_leaves_the_count_unnamed() -> None:
    text = (
        "Президент Азербайджана сообщил, что армия освободила ещё восемь сёл. "
        "Накануне в Джебраильском районе шли бои."
    )
    (moved,) = article_facts(text, "ru", "TerritoryTransferred", DAY)
    assert moved.get("territory") is None


def test_cities_are_counted_places() -> None:
    text = "Azerbaijan has liberated five cities and nearly 200 villages since the war began."
    (moved,) = article_facts(text, "en", "TerritoryTransferred", DAY)
    assert (moved.get("territory"), moved["to"]) == (None, "Azerbaijan")
