"""A modal governs its own verb, not a time clause after it (sentences written for the test).

"The country would rebuild the region after Armenian troops left it": "would" makes the
rebuilding hypothetical; the leaving, in a past time clause, happened. "If" stays a condition.
"""

import datetime as dt

from .catalogue import article_facts

DAY = dt.date(2020, 11, 26)


def _moved(text: str, lang: str = "en") -> list[dict[str, object]]:
    return article_facts(text, lang, "TerritoryTransferred", DAY)


def test_a_past_time_clause_after_a_modal_is_a_handover_done() -> None:
    text = (
        "Aliyev said on 25 November that the country would rebuild the Kalbajar region "
        "after Armenian troops left it."
    )
    (fact,) = _moved(text)
    assert (fact["territory"], fact["from"], fact["to"]) == (
        "Kalbajar District",
        "Armenia",
        "Azerbaijan",
    )


def test_a_russian_time_clause_after_a_modal_is_a_handover_done() -> None:
    text = (
        "Алиев заявил, что страна могла бы восстановить Кельбаджарский район, после того как "
        "армянские войска покинули его 25 ноября."
    )
    (fact,) = _moved(text, "ru")
    assert (fact["territory"], fact["to"]) == ("Kalbajar District", "Azerbaijan")


def test_a_condition_stays_hypothetical() -> None:
    assert _moved("The country would rebuild Kalbajar if Armenian troops left it.") == []


def test_a_present_time_clause_is_no_handover_done() -> None:
    text = "The country would rebuild Kalbajar after Armenian troops leave it."
    assert _moved(text) == []
