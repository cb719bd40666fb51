"""A capture after an implicative verb ("managed to liberate") happened (sentences written for
the test): "manage to V" entails V, unlike a purpose ("sent troops to capture")."""

import datetime as dt

from .catalogue import article_facts

DAY = dt.date(2020, 10, 20)


def _taken(text: str, lang: str) -> list[tuple[str, str]]:
    facts = article_facts(text, lang, "TerritoryTransferred", DAY)
    return sorted((str(f["territory"]), str(f.get("to"))) for f in facts)


def test_managed_to_liberate_a_village() -> None:
    text = "Azerbaijani troops managed to liberate the village of Xeyrimli on Friday."
    assert _taken(text, "en") == [("Kheyrimli", "Azerbaijan")]


def test_managed_to_take_control_of_a_district() -> None:
    text = "On Friday the Azerbaijani army managed to take control of the Jabrayil district."
    assert _taken(text, "en") == [("Jabrayil District", "Azerbaijan")]


def test_managed_to_liberate_land_occupied_by_the_other_side() -> None:
    text = (
        "Azerbaijani troops managed to liberate the territories previously occupied by Armenia: "
        "the Jabrayil and Fuzuli districts."
    )
    assert _taken(text, "en") == [
        ("Fuzuli District", "Azerbaijan"),
        ("Jabrayil District", "Azerbaijan"),
    ]


def test_a_purpose_is_still_no_capture() -> None:
    text = "Azerbaijan sent more troops to capture the town of Shusha, officials said on Friday."
    assert _taken(text, "en") == []


def test_russian_udalos_liberate_a_village() -> None:
    text = "В пятницу азербайджанской армии удалось освободить село Хейримли."
    assert _taken(text, "ru") == [("Kheyrimli", "Azerbaijan")]
