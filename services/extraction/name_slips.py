"""A known person's full name with one letter of the first name dropped ("Artsun" for
"Artsrun"): a slip of the pen, not another person. Only a dropped letter counts: a changed
one ("Arman"/"Armen") can be a sibling or a namesake.

So is the first name written right and the surname one letter off, a letter dropped
("Арутюня" for "Арутюнян") or a vowel changed ("Suleymonov" for "Suleymanov"): a family's
name is not changed by a vowel, and the same first name makes the person the known one."""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

from .gazetteer import canonical_entity
from .gazetteer_load import load_entities
from .gazetteer_model import Entity, spelling_key

_MIN_FIRST = 5  # shorter first names lose a letter into another name too easily


def _key(word: str) -> str:
    return spelling_key(word) or word.lower()


@lru_cache(maxsize=1)
def _by_surname() -> dict[str, list[tuple[str, str]]]:
    """Surname key -> (first-name key, canonical name) of every person in the gazetteer."""
    out: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for record in load_entities():
        words = record.name.split(" (")[0].split()
        if record.kind == "person" and len(words) == 2:
            out[_key(words[1])].append((_key(words[0]), record.name))
    return dict(out)


@lru_cache(maxsize=1)
def _by_first() -> dict[str, list[tuple[str, str]]]:
    """First-name key -> (surname key, canonical name) of every two-word English spelling."""
    out: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for record in load_entities():
        if record.kind != "person":
            continue
        for spelling in {record.name.split(" (")[0], *record.en}:
            words = spelling.split()
            if len(words) == 2:
                out[_key(words[0])].append((_key(words[1]), record.name))
    return dict(out)


def _vowel_changed(one: str, other: str) -> bool:
    diff = [(a, b) for a, b in zip(one, other, strict=False) if a != b]
    vowels = set("aeiouy")
    return len(one) == len(other) and len(diff) == 1 and set(diff[0]) <= vowels


def _surname_slip(first: str, surname: str) -> Entity | None:
    """The one known person of this first name whose surname this one misspells."""
    if len(surname) < _MIN_FIRST + 1:
        return None
    found = {
        full
        for own, full in _by_first().get(first, [])
        if _one_dropped(surname, own) or _vowel_changed(surname, own)
    }
    return canonical_entity(found.pop()) if len(found) == 1 else None


def _one_dropped(short: str, full: str) -> bool:
    return len(full) == len(short) + 1 and any(
        full[:i] + full[i + 1 :] == short for i in range(len(full))
    )


def slipped_person(name: str) -> Entity | None:
    """The one known person this two-word name misspells by a dropped letter, if any."""
    words = name.split()
    if len(words) != 2:
        return None
    first = _key(words[0])
    found = [
        full
        for own, full in _by_surname().get(_key(words[1]), [])
        if len(words[0]) >= _MIN_FIRST and (_one_dropped(first, own) or _one_dropped(own, first))
    ]
    if len(found) == 1:
        return canonical_entity(found[0])
    return None if found else _surname_slip(first, _key(words[1]))
