"""Gazetteer lookup: canonical entities, stable ids and alias matching over tokens."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from pydantic import BaseModel, ConfigDict

from .gazetteer_data import ROWS
from .text import Token, analyse_en, analyse_ru

EntityKind = Literal["person", "state", "organisation", "place", "force"]

#: Russian inflection endings, longest first; stems are compared after removing one.
ENDINGS: tuple[str, ...] = tuple(
    sorted(
        {
            "",
            "а",
            "я",
            "о",
            "е",
            "и",
            "ы",
            "у",
            "ю",
            "ь",
            "й",
            "ой",
            "ей",
            "ом",
            "ем",
            "ам",
            "ям",
            "ах",
            "ях",
            "ами",
            "ями",
            "ов",
            "ев",
            "ий",
            "ый",
            "ая",
            "яя",
            "ое",
            "ее",
            "ого",
            "его",
            "ому",
            "ему",
            "ым",
            "им",
            "ую",
            "юю",
            "ые",
            "ие",
            "ых",
            "их",
            "ыми",
            "ими",
            "ою",
            "ею",
            "ью",
            "ии",
            "ией",
            "ию",
            "иями",
            "иях",
        },
        key=len,
        reverse=True,
    )
)


class Entity(BaseModel):
    """A canonical entity. `id` is `slugify(name)` and never changes."""

    model_config = ConfigDict(frozen=True)

    id: str
    name: str
    kind: EntityKind
    wikidata: str | None = None
    state: str | None = None
    flags: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Mention:
    """An entity matched at tokens [first, last] (inclusive) of a sentence."""

    entity: Entity
    first: int
    last: int
    start: int
    end: int


def slugify(name: str) -> str:
    """Lowercase ASCII slug: "Nikol Pashinyan" -> "nikol-pashinyan"."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")


def _stem(word: str) -> str:
    for ending in ENDINGS:
        if ending and word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word


def _keys_ru(word: str) -> set[str]:
    """Keys under which a Russian token can match an alias word: stems and lemma."""
    low = word.lower().replace("ё", "е")
    keys = {"=" + low}
    for ending in ENDINGS:
        if low.endswith(ending) and len(low) - len(ending) >= 3:
            keys.add("~" + (low[: -len(ending)] if ending else low))
    keys.add("@" + analyse_ru(low)[0])
    return keys


@dataclass(slots=True)
class _Index:
    entities: dict[str, Entity]
    by_name: dict[str, Entity]
    ru: dict[tuple[str, ...], Entity]
    en: dict[tuple[str, ...], Entity]
    ru_first: dict[str, list[tuple[tuple[str, ...], Entity]]]
    en_first: dict[str, list[tuple[tuple[str, ...], Entity]]]


def _alias_words(alias: str) -> list[str]:
    return re.findall(r"[\w]+(?:[-–.][\w]+)*\.?", alias)


@lru_cache(maxsize=1)
def _index() -> _Index:
    entities: dict[str, Entity] = {}
    by_name: dict[str, Entity] = {}
    ru: dict[tuple[str, ...], Entity] = {}
    en: dict[tuple[str, ...], Entity] = {}
    for name, kind, wikidata, state, flags, ru_aliases, en_aliases in ROWS:
        entity = Entity(
            id=slugify(name),
            name=name,
            kind=kind,
            wikidata=wikidata,
            state=state,
            flags=frozenset(flags.split()),
        )
        entities[entity.id] = entity
        for alias in (name, *ru_aliases, *en_aliases):
            by_name.setdefault(alias.lower().replace("ё", "е"), entity)
        for alias in ru_aliases:
            words = [w.lower().replace("ё", "е") for w in _alias_words(alias)]
            exact = "exact" in entity.flags or (alias.isupper() and len(words) == 1)
            ru.setdefault(tuple(("=" + w) if exact else ("~" + _stem(w)) for w in words), entity)
            if not exact and words[-1].isalpha():
                # the lemma route: a surname like "Никол"/"Никола" shares its lemma
                key = (*("~" + _stem(w) for w in words[:-1]), "@" + analyse_ru(words[-1])[0])
                ru.setdefault(key, entity)
        for alias in (name, *en_aliases):
            words = [w.lower() for w in _alias_words(alias)]
            en.setdefault(tuple(words), entity)
    ru_first: dict[str, list[tuple[tuple[str, ...], Entity]]] = {}
    en_first: dict[str, list[tuple[tuple[str, ...], Entity]]] = {}
    for table, first in ((ru, ru_first), (en, en_first)):
        for words_key, entity in table.items():
            first.setdefault(words_key[0], []).append((words_key, entity))
    return _Index(entities, by_name, ru, en, ru_first, en_first)


def canonical_entity(name: str) -> Entity | None:
    """Look up an entity by canonical name, id, alias or an inflected Russian form."""
    index = _index()
    key = name.strip().lower().replace("ё", "е")
    if key in index.by_name:
        return index.by_name[key]
    if slugify(name) in index.entities:
        return index.entities[slugify(name)]
    words = _alias_words(name)
    if not words:
        return None
    cyrillic = bool(re.search(r"[а-яё]", key))
    found = find_mentions(
        [Token(w, 0, 0, w.lower(), *(analyse_ru(w) if cyrillic else analyse_en(w))) for w in words],
        "ru" if cyrillic else "en",
    )
    if len(found) == 1 and found[0].first == 0 and found[0].last == len(words) - 1:
        return found[0].entity
    return None


def entity_by_name(name: str) -> Entity:
    """The entity with this canonical name (which must exist)."""
    return _index().entities[slugify(name)]


def _token_keys(token: Token, language: str) -> set[str]:
    if language == "ru":
        return _keys_ru(token.text)
    low = token.lower
    return {low, low[:-2] if low.endswith("'s") else low}


def find_mentions(tokens: list[Token] | tuple[Token, ...], language: str) -> list[Mention]:
    """Greedy longest-match of gazetteer aliases over the tokens, left to right."""
    index = _index()
    table = index.ru_first if language == "ru" else index.en_first
    keys = [_token_keys(t, language) for t in tokens]
    out: list[Mention] = []
    i = 0
    while i < len(tokens):
        best: tuple[int, Entity] | None = None
        for key in keys[i]:
            for alias, entity in table.get(key, ()):
                n = len(alias)
                if (
                    (best is None or n > best[0])
                    and i + n <= len(tokens)
                    and all(alias[k] in keys[i + k] for k in range(1, n))
                ):
                    best = (n, entity)
        if best:
            length, entity = best
            last = i + length - 1
            out.append(Mention(entity, i, last, tokens[i].start, tokens[last].end))
            i += length
        else:
            i += 1
    return out
