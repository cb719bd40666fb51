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


def test_a_place_named_as_liberated_in_passing_is_no_taking() -> None:
    for text, lang in (
        ("Shots were fired at army posts near the liberated Kalbajar region on Tuesday.", "en"),
        ("Обстрелу подверглись позиции у освобождённого города Шуша во вторник.", "ru"),
    ):
        assert not _moved(text, lang, dt.date(2022, 5, 18)), text


def test_the_liberation_of_a_place_is_still_a_taking() -> None:
    text = "The editor said the liberation of Aghdam on Friday was important for Azerbaijan."
    assert _moved(text, "en", dt.date(2020, 11, 21)) == ["Aghdam"]


def test_a_return_to_a_place_is_no_handover_of_it() -> None:
    text = "Aliyev said Sunday would be remembered as the day of our return to Shusha."
    facts = article_facts(text, "en", "TerritoryTransferScheduled", dt.date(2020, 11, 8))
    assert not facts


def test_villages_said_to_be_taken_but_not_yet_held_are_no_transfer() -> None:
    text = (
        "Aliyev announced that the army had seized several villages, but these areas were "
        "not yet under the control of Azerbaijani forces."
    )
    assert not _moved(text, "en", dt.date(2020, 10, 10))


def test_a_place_set_aside_does_not_take_the_deadline_of_the_others() -> None:
    text = (
        "In addition to Agdam, Armenian forces must leave the Kalbajar district by "
        "November 25 under the trilateral statement."
    )
    facts = article_facts(text, "en", "TerritoryTransferScheduled", dt.date(2020, 11, 20))
    assert [f["territory"] for f in facts] == ["Kalbajar District"]
