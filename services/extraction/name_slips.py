"""A known person's full name with one letter of the first name dropped ("Artsun" for
"Artsrun"): a slip of the pen, not another person. Only a dropped letter counts: a changed
one ("Arman"/"Armen") can be a sibling or a namesake."""

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


def _one_dropped(short: str, full: str) -> bool:
    return len(full) == len(short) + 1 and any(
        full[:i] + full[i + 1 :] == short for i in range(len(full))
    )


def slipped_person(name: str) -> Entity | None:
    """The one known person this two-word name misspells by a dropped letter, if any."""
    words = name.split()
    if len(words) != 2 or len(words[0]) < _MIN_FIRST:
        return None
    first = _key(words[0])
    found = [
        full
        for own, full in _by_surname().get(_key(words[1]), [])
        if _one_dropped(first, own) or _one_dropped(own, first)
    ]
    return canonical_entity(found[0]) if len(found) == 1 else None
