"""Villages listed with the districts that locate them, in Russian (sentences written for the
test): each district of the list is a fact with the same from/to/date (the guide, settled in
the ninth session: one fact per territory). English group lists ("A villages of the Fuzuli
district and B villages of the Jabrayil district") were tried in wave 23 and left out: neutral
on dev half B."""

import datetime as dt

from .catalogue import article_facts

DAY = dt.date(2020, 11, 9)


def _moved(text: str, lang: str) -> list[str]:
    facts = article_facts(text, lang, "TerritoryTransferred", DAY)
    return sorted(str(f["territory"]) for f in facts)


def test_russian_village_groups_with_genitive_districts() -> None:
    text = (
        "Армия Азербайджана освободила сёла Гараголу и Дашкенд Физулинского района и село "
        "Алаханлы Джебраильского района."
    )
    assert _moved(text, "ru") == ["Fuzuli District", "Jabrayil District"]


def test_russian_villages_in_a_list_of_districts() -> None:
    text = (
        "Азербайджанская армия освободила семь сёл в Тертерском, Джебраильском и Физулинском "
        "районах."
    )
    assert _moved(text, "ru") == ["Fuzuli District", "Jabrayil District", "Tartar District"]
