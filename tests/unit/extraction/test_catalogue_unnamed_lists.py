"""A count of places taken, then a sentence saying which they are (sentences written for the
test): the guide's "several territories named in one clause: one fact per territory" holds
there too — one TerritoryTransferred per district or town that sentence names (villages only
where it names neither: the guide keeps a village's district as an alternative in its fact)."""

import datetime as dt

from .catalogue import article_facts

DAY = dt.date(2020, 10, 30)


def _moved(text: str, lang: str) -> list[tuple[str | None, str | None]]:
    facts = article_facts(text, lang, "TerritoryTransferred", DAY)
    return sorted(((f.get("territory"), f.get("to")) for f in facts), key=str)


def test_russian_villages_of_three_districts_are_three_facts() -> None:
    text = (
        "Армия Азербайджана освободила еще шесть сел. "
        "Речь идет о селах Тертерского, Джебраильского и Физулинского районов."
    )
    assert _moved(text, "ru") == [
        ("Fuzuli District", "Azerbaijan"),
        ("Jabrayil District", "Azerbaijan"),
        ("Tartar District", "Azerbaijan"),
    ]


def test_russian_past_tense_elaboration_with_counts_per_district() -> None:
    text = (
        "Вооруженные силы Азербайджана взяли под контроль пять населенных пунктов. "
        "Речь шла о трех селах Зангиланского района и двух селах Губадлинского района."
    )
    assert _moved(text, "ru") == [
        ("Qubadli District", "Azerbaijan"),
        ("Zangilan District", "Azerbaijan"),
    ]


def test_english_these_include_villages_of_three_provinces() -> None:
    text = (
        "Azerbaijan's army has liberated 14 villages, Baku said on Monday. "
        "These include four villages of Fuzuli province, six of Jabrayil province and four "
        "of Khojavend province."
    )
    assert _moved(text, "en") == [
        ("Fuzuli District", "Azerbaijan"),
        ("Jabrayil District", "Azerbaijan"),
        ("Khojavend District", "Azerbaijan"),
    ]


def test_english_among_them_a_named_village_is_told_by_its_district() -> None:
    text = (
        "Azerbaijani troops regained three more villages on Friday, the president said. "
        "Among them are the village of Talysh in the Tartar district and two villages of "
        "Zangilan province."
    )
    assert _moved(text, "en") == [
        ("Tartar District", "Azerbaijan"),
        ("Zangilan District", "Azerbaijan"),
    ]


def test_one_district_named_twice_is_one_fact() -> None:
    text = (
        "Президент сообщил, что армия освободила еще семь сел. "
        "Речь идет о четырех селах Физулинского района и трех селах того же "
        "Физулинского района у Араза."
    )
    assert _moved(text, "ru") == [("Fuzuli District", "Azerbaijan")]


def test_villages_alone_are_one_fact_each() -> None:
    text = (
        "Azerbaijani forces took control of two more villages on Sunday. "
        "They include the villages of Talysh and Sugovushan."
    )
    assert _moved(text, "en") == [
        ("Sugovushan", "Azerbaijan"),
        ("Talish", "Azerbaijan"),
    ]


# A sentence that only lists places, opening with the place word the count used ("seven
# villages. Village X of the Y district, villages Z ..."), is the count's enumeration too.


def test_russian_quoted_list_opening_with_the_place_word() -> None:
    text = (
        "Армия Азербайджана освободила еще четыре села. "
        "«Село Кармир Шука Ходжавендского района и три села Физулинского района», — "
        "сказано в сообщении."
    )
    assert _moved(text, "ru") == [
        ("Fuzuli District", "Azerbaijan"),
        ("Khojavend District", "Azerbaijan"),
    ]


def test_russian_verbless_list_of_one_district() -> None:
    text = (
        "ВС Азербайджана взяли под контроль три населенных пункта. "
        "Села Джебраильского района Чахырлы, Гуйчаг и Шайбяй."
    )
    assert _moved(text, "ru") == [("Jabrayil District", "Azerbaijan")]


def test_english_quoted_villages_of_two_districts() -> None:
    text = (
        "The Azerbaijani army captured three more villages on Saturday. "
        '"Villages of the Zangilan district and of the Fuzuli district," the ministry said.'
    )
    assert _moved(text, "en") == [
        ("Fuzuli District", "Azerbaijan"),
        ("Zangilan District", "Azerbaijan"),
    ]


def test_english_verbless_village_and_villages_of_a_district() -> None:
    text = (
        "Azerbaijani troops captured four villages. "
        "The village of Talysh in the Tartar district and three villages in the Jabrayil "
        "district."
    )
    assert _moved(text, "en") == [
        ("Jabrayil District", "Azerbaijan"),
        ("Tartar District", "Azerbaijan"),
    ]


def test_a_village_with_its_own_verb_is_no_enumeration() -> None:
    text = "Армия Азербайджана заняла пять сел. Село Талыш Тертерского района подверглось обстрелу."
    assert _moved(text, "ru") == [(None, "Azerbaijan")]
