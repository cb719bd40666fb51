"""Each verb of a territory change has its chance (sentences written for the test).

"Azerbaijan was taking control of the ceded lands as its troops entered Aghdam": the first verb
names no place in reach, the second does; "the ceded territories" names land given earlier in
passing (no event); "the lands ceded by Armenia" makes Armenia the agent of the participle,
not the subject of the later verb; "a serviceman captured in Karabakh" is a person taken.
"""

import datetime as dt

from .catalogue import article_facts

DAY = dt.date(2020, 11, 26)


def _moved(text: str, lang: str = "en") -> list[dict[str, object]]:
    return article_facts(text, lang, "TerritoryTransferred", DAY)


def test_the_second_verb_names_the_place() -> None:
    text = (
        "Baku has been taking control of the returned lands, and on Friday its army "
        "had entered the Aghdam district."
    )
    (fact,) = _moved(text)
    assert (fact["territory"], fact["to"], fact["date"]) == (
        "Aghdam District",
        "Azerbaijan",
        "2020-11-20",
    )


def test_the_agent_of_a_passive_participle_is_not_the_taker() -> None:
    text = (
        "Azerbaijan is taking control of the areas ceded by Armenia as on Friday the "
        "country's troops entered the Aghdam district."
    )
    (fact,) = _moved(text)
    assert (fact["from"], fact["to"]) == ("Armenia", "Azerbaijan")


def test_an_attributive_handover_participle_is_no_handover() -> None:
    assert _moved("Azerbaijan is rebuilding the returned districts near Aghdam.") == []


def test_a_serviceman_captured_in_a_region_is_no_taking() -> None:
    text = "One serviceman captured in Karabakh in September has crossed the border."
    assert _moved(text) == []
