"""Territory changes the text does not vouch for, and landmarks taken for the territory
(sentences written for the test): false transfers on unseen articles, by cause."""

import datetime as dt

from .catalogue import article_facts

DAY = dt.date(2022, 3, 25)


def _moved(text: str, lang: str, day: dt.date = DAY) -> list[object]:
    return [f.get("territory") for f in article_facts(text, lang, "TerritoryTransferred", day)]


def test_a_taking_told_as_hearsay_or_alleged_is_no_transfer() -> None:
    for text, lang in (
        ("СМИ сообщают, что азербайджанские войска освободили село Фаррух.", "ru"),
        ("Азербайджанские войска якобы заняли село Фаррух.", "ru"),
        ("Media reports say Azerbaijani troops captured the village of Farrukh.", "en"),
        ("The minister called absurd the claim that the army had captured Hadrut.", "en"),
    ):
        assert not _moved(text, lang), text


def test_a_claim_refuted_later_in_the_sentence_is_no_transfer() -> None:
    text = "Claims of Azerbaijani troops entering Hadrut were denied by the ministry."
    assert not _moved(text, "en")


def test_a_denial_before_the_claims_leaves_the_taking_told_outright() -> None:
    text = "Baku has denied having territorial claims after having regained Karabakh."
    assert _moved(text, "en", dt.date(2024, 2, 13)) == ["Nagorno-Karabakh"]


def test_a_demand_to_hand_over_villages_is_no_handover() -> None:
    for text, lang in (
        ("Депутат сослался на требование Азербайджана передать село Киранц.", "ru"),
        ("He recalled Baku's demand to hand over the village of Kirants.", "en"),
    ):
        assert not _moved(text, lang), text


def test_positions_that_came_under_fire_are_not_taken() -> None:
    text = "Army positions near Kalbajar came under intensive fire overnight."
    assert not _moved(text, "en", dt.date(2022, 5, 18))


def test_an_outlet_relaying_is_no_handover() -> None:
    text = "Как передает Armiya.az, обстановка в направлении Кяльбаджарского района спокойная."
    facts = article_facts(text, "ru", "TerritoryTransferScheduled", dt.date(2022, 1, 11))
    assert not facts


def test_a_region_after_a_district_or_before_plural_places_is_a_landmark() -> None:
    day = dt.date(2020, 12, 1)
    text = "Сегодня азербайджанской стороне передан Лачинский район Нагорного Карабаха."
    assert _moved(text, "ru", day) == ["Lachin District"]
    text = "Azerbaijani troops entered Aghdam after Armenia handed over Nagorno-Karabakh districts."
    assert "Nagorno-Karabakh" not in _moved(text, "en", dt.date(2020, 11, 21))


def test_a_district_named_before_from_which_troops_withdrew_was_handed_over() -> None:
    text = (
        "The journalists filmed in the Aghdam district, the first district from which "
        "Armenian forces withdrew under the trilateral statement."
    )
    assert _moved(text, "en", dt.date(2020, 11, 21)) == ["Aghdam District"]
