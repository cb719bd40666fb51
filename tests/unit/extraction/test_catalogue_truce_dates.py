"""A year standing before a noun names a thing, it does not date the truce (sentences written for
the test): "a truce ended the worst clashes since the 2020 war" told "last month" is last
month's truce; with no other date in the clause the year stays ("the truce ended the 2020 war").
"""

import datetime as dt

from .catalogue import article_facts

DAY = dt.date(2022, 10, 4)


def _dates(text: str) -> list[object]:
    return [f.get("date") for f in article_facts(text, "en", "CeasefireAgreed", DAY)]


def test_an_attributive_year_gives_way_to_the_clauses_own_date() -> None:
    text = (
        "Last month, dozens of soldiers were killed before a US-brokered truce ended the worst "
        "clashes since the neighbours' 2020 war."
    )
    assert _dates(text) == ["2022-09"]


def test_a_year_after_in_dates_the_truce() -> None:
    text = "Last week officials recalled that a truce was agreed in 2020, after six weeks of war."
    assert "2022-09" not in _dates(text)
