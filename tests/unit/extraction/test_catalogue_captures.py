"""Territory changing hands, in the constructions the press uses (sentences written for the
test): the territory as the subject far before its verb, a taker left unnamed."""

import datetime as dt

from .catalogue import article_facts


def test_a_district_passing_under_control_is_the_subject_far_before_the_verb() -> None:
    text = (
        "Кельбаджарский район Нагорного Карабаха со среды, 25 ноября, переходит под контроль "
        "Азербайджана."
    )
    moved = article_facts(text, "ru", "TerritoryTransferred")
    assert [(m["territory"], m["to"]) for m in moved] == [("Kalbajar District", "Azerbaijan")]


def test_troops_capturing_are_the_claimants_own() -> None:
    text = (
        "Министерство обороны Азербайджана сообщило о продвижении армии. По его словам, "
        "военные взяли под контроль три села в Физулинском и пять сел в Джебраильском районе."
    )
    moved = article_facts(text, "ru", "TerritoryTransferred")
    assert {(m["territory"], m["to"]) for m in moved} == {
        ("Fuzuli District", "Azerbaijan"),
        ("Jabrayil District", "Azerbaijan"),
    }


def test_a_capture_reported_without_its_taker_is_left_out() -> None:
    # the side reporting a loss is not the taker: nothing says who took it
    text = "Armenia's defence ministry said the town of Hadrut had been captured."
    assert not article_facts(text, "en", "TerritoryTransferred")


def test_a_place_inside_a_relative_clauses_head_is_not_moved() -> None:
    text = (
        "23 ноября правительство Армении опубликовало список населенных пунктов в Нагорном "
        "Карабахе, которые переходят под контроль Азербайджана."
    )
    moved = article_facts(text, "ru", "TerritoryTransferred")
    assert "Nagorno-Karabakh" not in {m["territory"] for m in moved}


def test_a_district_spelt_with_another_front_vowel_is_the_same_district() -> None:
    from services.extraction.gazetteer import find_mentions
    from services.extraction.text import sentences

    for text, name in (
        ("в Зангиланском районе", "Zangilan District"),
        ("Кяльбаджарского района", "Kalbajar District"),
    ):
        (sent,) = sentences(text, "ru")
        assert [m.entity.name for m in find_mentions(sent.tokens, "ru")] == [name]


def test_a_handover_deadline_is_scheduled_for_the_side_the_district_belongs_to() -> None:

    day = dt.date(2020, 11, 15)
    for text, lang, territory in (
        ("Agdam District will be handed over to Baku Nov. 20.", "en", "Aghdam District"),
        (
            "Баку согласился дать Еревану отсрочку на вывод войск из Кельбаджарского района "
            "до 25 ноября.",
            "ru",
            "Kalbajar District",
        ),
        (
            "Azerbaijan agreed to extend the deadline for the withdrawal of Armenian forces from "
            "the Kalbajar district until November 25.",
            "en",
            "Kalbajar District",
        ),
    ):
        (plan,) = article_facts(text, lang, "TerritoryTransferScheduled", day)
        assert (plan["territory"], plan["to"]) == (territory, "Azerbaijan"), text


def test_returning_a_region_under_ones_own_control_is_taking_it() -> None:
    text = "In September 2023 Azerbaijan effectively returned Nagorno-Karabakh under its control."
    moved = article_facts(text, "en", "TerritoryTransferred")
    assert [(m["territory"], m["to"]) for m in moved] == [("Nagorno-Karabakh", "Azerbaijan")]


def test_a_region_naming_where_a_town_lies_is_not_moved() -> None:
    text = "Azerbaijan says it has captured Nagorno-Karabakh town of Shusha"
    moved = article_facts(text, "en", "TerritoryTransferred")
    assert [m["territory"] for m in moved] == ["Shusha"]


def test_a_side_admitting_a_loss_lost_the_place_to_the_side_it_fights() -> None:

    for text, lang in (
        (
            "Shushi is completely out of our control, the enemy is on Stepanakert outskirts, "
            "Artsakh president's spokesperson Vahram Poghosyan wrote.",
            "en",
        ),
        (
            "Город Шуши полностью вне нашего контроля, противник на подступах к Степанакерту, "
            "написал Ваграм Погосян.",
            "ru",
        ),
    ):
        (moved,) = article_facts(text, lang, "TerritoryTransferred", dt.date(2020, 11, 9))
        assert (moved["territory"], moved["from"], moved["to"]) == (
            "Shusha",
            "Republic of Artsakh",
            "Azerbaijan",
        ), text


def test_a_state_restoring_its_sovereignty_took_control_of_what_it_does_not_name() -> None:

    for text, lang in (
        ("Азербайджан восстановил суверенитет на всей своей территории, заявил Алиев.", "ru"),
        ("Azerbaijan has restored its sovereignty over its entire territory, Aliyev said.", "en"),
    ):
        (moved,) = article_facts(text, lang, "TerritoryTransferred", dt.date(2023, 9, 21))
        assert (moved.get("territory"), moved["to"]) == (None, "Azerbaijan"), text


def test_the_region_after_a_capture_stands_for_the_region_named_last() -> None:
    for text in (
        "Nagorno-Karabakh had been run by ethnic Armenians for three decades until "
        "Azerbaijan recaptured the region in a 24-hour offensive in September 2023.",
        "Most of Nagorno-Karabakh's Armenians fled after Azerbaijan retook the enclave last "
        "September.",
    ):
        moved = article_facts(text, "en", "TerritoryTransferred", dt.date(2024, 4, 20))
        assert [(m["territory"], m["to"], m["date"]) for m in moved] == [
            ("Nagorno-Karabakh", "Azerbaijan", "2023-09")
        ], text


def test_a_side_returning_its_own_land_took_it_back() -> None:
    day = dt.date(2024, 4, 20)
    for text in (
        "Азербайджан вернул Карабах в сентябре 2023 года.",
        "В сентябре 2023 года Азербайджан в ходе однодневной военной операции вернул себе "
        "контроль над Нагорным Карабахом.",
    ):
        moved = article_facts(text, "ru", "TerritoryTransferred", day)
        assert [(m["territory"], m["to"]) for m in moved] == [("Nagorno-Karabakh", "Azerbaijan")], (
            text
        )
    # a side returning land of another's country handed it over
    (moved,) = article_facts(
        "Армения вернула Агдамский район в ноябре 2020 года.", "ru", "TerritoryTransferred", day
    )
    assert (moved["from"], moved["to"]) == ("Armenia", "Azerbaijan")


def test_a_handover_with_no_receiver_named_goes_back_to_the_districts_side() -> None:
    text = (
        "Так, до 15 ноября должен быть передан Кельбаджарский район, до 20 ноября - Агдамский "
        "район, а до 1 декабря - Лачинский район."
    )
    terms = article_facts(text, "ru", "TerritoryTransferScheduled", dt.date(2020, 11, 15))
    assert [(t["territory"], t["to"], t["date"]) for t in terms] == [
        ("Kalbajar District", "Azerbaijan", "2020-11-15"),
        ("Aghdam District", "Azerbaijan", "2020-11-20"),
        ("Lachin District", "Azerbaijan", "2020-12-01"),
    ]


def test_servicemen_held_and_sent_back_for_maps_were_exchanged() -> None:
    text = (
        "Власти Азербайджана в субботу, 12 июня, отправили в Армению 15 удерживаемых военных в "
        "обмен на карты минных полей."
    )
    (swap,) = article_facts(text, "ru", "PrisonersExchanged", dt.date(2021, 6, 13))
    assert (set(swap["parties"]), swap["date"]) == ({"Azerbaijan", "Armenia"}, "2021-06-12")


def test_soldiers_in_the_sentence_do_not_make_a_taking_a_prisoner_handover() -> None:
    text = (
        "Soldiers were fired upon near Karabakh, the territory Azerbaijan reclaimed in a "
        "military victory in 2020."
    )
    (moved,) = article_facts(text, "en", "TerritoryTransferred", dt.date(2023, 6, 15))
    assert (moved["territory"], moved["to"], moved["date"]) == (
        "Nagorno-Karabakh",
        "Azerbaijan",
        "2020",
    )


def test_a_schedule_after_a_colon_is_in_reach_of_its_verb() -> None:
    text = (
        "Per the agreement, Armenia must withdraw its troops and return to Azerbaijan control "
        "over two more regions adjacent to Karabakh according to the following schedule: by "
        "November 20 – Aghdam region, by December 1 – Lachin region."
    )
    terms = article_facts(text, "en", "TerritoryTransferScheduled", dt.date(2020, 11, 12))
    assert {(t["territory"], t["date"]) for t in terms} == {
        ("Aghdam District", "2020-11-20"),
        ("Lachin District", "2020-12-01"),
    }


def test_a_taking_of_azerbaijani_land_told_without_a_taker_is_azerbaijans_since_2020() -> None:
    day = dt.date(2022, 8, 26)
    (moved,) = article_facts(
        "Село Забух было взято под контроль 26 августа.", "ru", "TerritoryTransferred", day
    )
    assert (moved["territory"], moved["to"]) == ("Zabukh", "Azerbaijan")
    # in the 1990s the others took it: no taker is guessed
    assert not article_facts(
        "Кельбаджарский район был оккупирован в 1993 году.", "ru", "TerritoryTransferred", day
    )
