"""Gazetteer: inflected forms, titles, metonyms, stable ids."""

from __future__ import annotations

import pytest

from services.extraction import canonical_entity, slugify
from services.extraction.gazetteer import find_mentions
from services.extraction.text import sentences


@pytest.mark.parametrize(
    ("form", "name"),
    [
        ("Кельбаджарский", "Kalbajar District"),
        ("Лачинский", "Lachin District"),
        ("Агдамский районы", "Aghdam District"),
        ("Пашиняном", "Nikol Pashinyan"),
        ("Никола Пашиняна", "Nikol Pashinyan"),
        ("Алиевым", "Ilham Aliyev"),
        ("главы российского государства", "Vladimir Putin"),
        ("пресс-секретарь российского лидера", "Dmitry Peskov"),
        ("аппарате премьер-министра Армении", "Office of the Prime Minister of Armenia"),
        ("армяно-азербайджанской границе", "Armenia–Azerbaijan border"),
        ("Карабахе", "Nagorno-Karabakh"),
        ("российские миротворцы", "Russian peacekeeping forces in Nagorno-Karabakh"),
        ("Kalbajar District", "Kalbajar District"),
        ("Pashinyan", "Nikol Pashinyan"),
    ],
)
def test_inflected_forms_and_titles(form: str, name: str) -> None:
    entity = canonical_entity(form)
    assert entity is not None and entity.name == name


def test_metonyms_resolve_to_states() -> None:
    kremlin, moscow = canonical_entity("Кремль"), canonical_entity("Москвы")
    yerevan, baku = canonical_entity("Ереван"), canonical_entity("Баку")
    assert kremlin is not None and kremlin.name == "Kremlin" and kremlin.state == "Russia"
    assert moscow is not None and moscow.state == "Russia"
    assert yerevan is not None and yerevan.state == "Armenia"
    assert baku is not None and baku.state == "Azerbaijan"


def test_stable_ids_and_wikidata() -> None:
    assert slugify("Nikol Pashinyan") == "nikol-pashinyan"
    assert slugify("Recep Tayyip Erdoğan") == "recep-tayyip-erdogan"
    aghdam = canonical_entity("Агдамский район")
    assert aghdam is not None and aghdam.id == "aghdam-district" and aghdam.kind == "place"
    putin = canonical_entity("Путина")
    assert putin is not None and putin.wikidata == "Q7747" and putin.kind == "person"
    assert canonical_entity("Бельгия") is None


def test_longest_match_and_adjacent_mentions() -> None:
    sent = sentences(
        "Ереван также передал Баку Кельбаджарский, Лачинский и Агдамский районы.", "ru"
    )[0]
    names = [m.entity.name for m in find_mentions(sent.tokens, "ru")]
    assert names == ["Yerevan", "Baku", "Kalbajar District", "Lachin District", "Aghdam District"]
