"""A colon after a transfer verb's object introduces the list of its places (sentences written
for the test): "liberated the territories occupied by Armenia: A, B and C" moves each listed
place, however long the list, with the main verb's roles."""

import datetime as dt

import pytest

from .catalogue import article_facts

DAY = dt.date(2020, 10, 20)


def _taken(text: str, lang: str) -> list[tuple[str, str]]:
    facts = article_facts(text, lang, "TerritoryTransferred", DAY)
    return sorted((str(f["territory"]), str(f.get("to"))) for f in facts)


def test_colon_list_after_an_object_with_a_participle() -> None:
    text = (
        "Azerbaijani troops liberated the territories previously occupied by Armenia: "
        "Qaraqoyunlu, Dashkend, Alakhanli, Shahvelli, Yukhari Kurdmahmudlu and the villages "
        "of the Jabrayil district."
    )
    assert _taken(text, "en") == [("Jabrayil District", "Azerbaijan")]


def test_colon_list_of_districts_taken() -> None:
    text = (
        "In the autumn war the Azerbaijani army took control of several districts held since "
        "the nineties by Armenian forces: the Jabrayil, Fuzuli and Zangilan districts."
    )
    assert _taken(text, "en") == [
        ("Fuzuli District", "Azerbaijan"),
        ("Jabrayil District", "Azerbaijan"),
        ("Zangilan District", "Azerbaijan"),
    ]


def test_russian_colon_list_of_districts() -> None:
    text = (
        "Азербайджанская армия освободила территории, которые долгие годы были под "
        "контролем армянских сил: Джебраильский, Физулинский и Зангиланский районы."
    )
    assert _taken(text, "ru") == [
        ("Fuzuli District", "Azerbaijan"),
        ("Jabrayil District", "Azerbaijan"),
        ("Zangilan District", "Azerbaijan"),
    ]


@pytest.mark.xfail(
    strict=True, reason="already so before the rule: places after a saying's colon are taken"
)
def test_colon_of_a_saying_is_no_list_of_places() -> None:
    text = "The army captured Shusha on Friday, and Aliyev said: Lachin and Kalbajar are next."
    assert _taken(text, "en") == [("Shusha", "Azerbaijan")]
