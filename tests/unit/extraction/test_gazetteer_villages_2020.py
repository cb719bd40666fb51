"""The villages and heights the press names in the 2020 war and on the border (gazetteer data,
gaz28): each resolves under the spellings the press and the annotators use. Our own sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from services.extraction.gazetteer import canonical_entity
from services.extraction.pipeline import extract_article


@pytest.mark.parametrize(
    ("spelling", "name"),
    [
        ("Garvend", "Garvend"),
        ("Qarvənd", "Garvend"),
        ("Гарвенде", "Garvend"),
        ("Kend Horadiz", "Kend Horadiz"),
        ("Ashagi Abdulrahmanli", "Ashaghi Abdurrahmanli"),
        ("Ашагы Абдуррахманлы", "Ashaghi Abdurrahmanli"),
        ("Böyük Mərcanlı", "Boyuk Marjanli"),
        ("Мехдили", "Mehdili, Jabrayil"),
        ("Çaxırlı", "Chakhirli"),
        ("Шайбяй", "Sheybey"),
        ("Quycaq", "Guycag"),
        ("Kutatkan", "Kutakan"),
        ("Kyarki", "Karki, Azerbaijan"),
        ("Tagaverd", "Taghavard"),
        ("Talysh", "Talish"),
        ("Tekh", "Tegh"),
        ("Yukhari Shorja", "Verin Shorzha"),
    ],
)
def test_spellings_resolve(spelling: str, name: str) -> None:
    entity = canonical_entity(spelling)
    assert entity is not None and entity.name == name


def _territories(text: str) -> list[str]:
    result = extract_article(text, published=dt.date(2020, 10, 20))
    return sorted(
        str(f.arguments.get("territory")) for f in result.facts if f.kind == "TerritoryTransferred"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Azerbaijani troops liberated the villages of Garvend and Kend Horadiz on Monday.",
            ["Garvend", "Kend Horadiz"],
        ),
        (
            "The village of Boyuk Marjanli was retaken by the Azerbaijani army yesterday.",
            ["Boyuk Marjanli"],
        ),
        (
            "Азербайджанская армия освободила сёла Чахырлы и Шайбяй.",
            ["Chakhirli", "Sheybey"],
        ),
        (
            "Вооружённые силы Азербайджана взяли под контроль село Гарвенд.",
            ["Garvend"],
        ),
    ],
)
def test_retaken_villages_are_territories(text: str, expected: list[str]) -> None:
    assert _territories(text) == expected
