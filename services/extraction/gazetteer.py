"""Gazetteer lookup: canonical entities, stable ids and alias matching over tokens.

The entities live in `data/gazetteer.toml` and the Russian endings in `data/ru_endings.txt`
(see `gazetteer_load`); both are read and validated on first use, never at import time.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import cast

from .abbreviation_gaps import across_abbreviations
from .compound_mentions import compound_mentions
from .district_lists import as_districts
from .gazetteer_load import EntityRecord, load_entities
from .gazetteer_model import (
    FOLDED_STEM_MIN,
    AliasHit,
    AliasTable,
    Case,
    Entity,
    EntityKind,
    FirstWord,
    Mention,
    Tokens,
    folded,
    keys_ru,
    slugify,
    spelling_key,
    stem,
)
from .institutions import (
    district_aliases,
    institution_aliases,
    institution_aliases_ru,
    office_aliases,
)
from .lexicon import table as lexicon_table
from .place_words import near_place_word
from .surname_aliases import with_surname_aliases
from .text import Token, analyse_en, analyse_ru


@dataclass(slots=True)
class _Index:
    entities: dict[str, Entity]
    by_name: dict[str, Entity]
    ru: AliasTable
    en: AliasTable
    ru_first: FirstWord
    en_first: FirstWord


def _alias_words(alias: str) -> list[str]:
    # "Azerbaijan's" is one token, matched without its "'s": so is the alias word
    alias = re.sub(r"(\w)['’]s\b", r"\1", alias)
    # a comma inside a name ("Prisoners of War, Hostages and ...") is a token of the text too;
    # one before the last word only tells a place apart ("Ganja, Azerbaijan") and is dropped
    words = re.findall(r"[\w]+(?:[-–.][\w]+)*\.?|,", alias)
    return [w for k, w in enumerate(words) if w != "," or 0 < k < len(words) - 2]


def _case(alias: str, words: list[str]) -> Case:
    """A one-word proper name matches only a capitalised token, an acronym only an upper one."""
    if len(words) != 1:
        return None
    if alias.isupper() and sum(ch.isalpha() for ch in alias) >= 2:
        return "upper"
    return "cap" if alias[:1].isupper() else None


_LENIENCY = {None: 0, "cap": 1, "upper": 2}
_MAX_STEM_KEYS = 64


def _add(table: AliasTable, key: tuple[str, ...], entity: Entity, case: Case) -> None:
    """First entity wins a key; the same entity keeps the most lenient case rule."""
    old = table.get(key)
    if old is None or (old.entity is entity and _LENIENCY[case] < _LENIENCY[old.case]):
        table[key] = AliasHit(entity, case)


def _stem_variants(word: str) -> list[str]:
    """Stems an alias word can show up under: its stem, the whole word (an oblique form adds an
    ending: "Токаев" → "Токаевым") and without a final "й" ("Андрей" → "Андрея")."""
    out = [stem(word), word]
    if word.endswith("й") and len(word) > 3:
        out.append(word[:-1])
    return list(dict.fromkeys(out))


def _fold_long(key: str) -> str:
    return folded(key) if key[0] == "~" and len(key) > FOLDED_STEM_MIN else key


def _stem_keys(words: list[str]) -> list[tuple[str, ...]]:
    """Stem keys of a Russian alias: every combination of its words' variants (few words)."""
    keys: list[tuple[str, ...]] = [()]
    for word in words:
        keys = [(*key, "~" + stem) for key in keys for stem in _stem_variants(word)]
        if len(keys) > _MAX_STEM_KEYS:
            return [tuple("~" + stem(w) for w in words)]
    return keys


def alias_keys(record: EntityRecord) -> Iterator[tuple[str, tuple[str, ...], Case]]:
    """Every (language, key, case rule) an entity's aliases are matched under."""
    for alias in (*record.ru, *institution_aliases_ru(record.name, record.state)):
        words = [w.lower().replace("ё", "е") for w in _alias_words(alias)]
        case = _case(alias, words)
        exact = "exact" in record.flags or (alias.isupper() and len(words) == 1)
        if exact:
            yield "ru", tuple("=" + w for w in words), case
        else:
            for key in _stem_keys(words):
                yield "ru", key, case
                if any(k[0] == "~" and len(k) > FOLDED_STEM_MIN for k in key):
                    yield "ru", tuple(_fold_long(k) for k in key), case
        if not exact and words[-1].isalpha():
            # the lemma route: a surname like "Никол"/"Никола" shares its lemma
            stems = ("~" + stem(w) for w in words[:-1])
            yield "ru", (*stems, "@" + analyse_ru(words[-1])[0]), case
    generated = (
        *institution_aliases(record.name, record.state),
        *office_aliases(record.name, record.state),
        *district_aliases(record.name, record.flags, tuple(record.en)),
    )
    for alias in _with_folded((record.name, *record.en, *generated)):
        words = [w.lower() for w in _alias_words(alias)]
        yield "en", tuple(words), _case(alias, words)


def _with_folded(aliases: tuple[str, ...]) -> list[str]:
    """Each alias, and its form without Azerbaijani letters ("Kəlbəcər" -> "Kalbacar")."""
    fold = str.maketrans(lexicon_table("ascii_fold"))
    out = list(aliases)
    for alias in aliases:
        folded = alias.translate(fold)
        if folded not in out:
            out.append(folded)
    return out


def _spelling(key: tuple[str, ...]) -> tuple[str, ...] | None:
    """A proper name's key whatever its Latin transliteration ("Beglarian" = "Beglaryan")."""
    keys = [spelling_key(word) for word in key]
    if not key[0][:1].isalpha() or any(k is None for k in keys):
        return None
    return tuple(k for k in keys if k)


@lru_cache(maxsize=1)
def _index() -> _Index:
    entities: dict[str, Entity] = {}
    by_name: dict[str, Entity] = {}
    ru: AliasTable = {}
    en: AliasTable = {}
    spelt: dict[tuple[str, ...], dict[str, AliasHit]] = {}
    for record in with_surname_aliases(load_entities()):
        entity = Entity(
            id=slugify(record.name),
            name=record.name,
            kind=cast(EntityKind, record.kind),  # validated by the loader
            wikidata=record.wikidata,
            state=record.state,
            flags=frozenset(record.flags),
            country=record.country,
        )
        entities[entity.id] = entity
        for alias in (record.name, *record.ru, *record.en):
            by_name.setdefault(alias.lower().replace("ё", "е"), entity)
        for language, key, case in alias_keys(record):
            _add(ru if language == "ru" else en, key, entity, case)
            if language == "en" and (spelling := _spelling(key)):
                spelt.setdefault(spelling, {}).setdefault(entity.id, AliasHit(entity, case))
    for spelling, owners in spelt.items():
        if len(owners) == 1:  # a spelling two entities share names neither
            hit = next(iter(owners.values()))
            _add(en, spelling, hit.entity, hit.case)
    ru_first: FirstWord = {}
    en_first: FirstWord = {}
    for table, first in ((ru, ru_first), (en, en_first)):
        for words_key, alias_ in table.items():
            first.setdefault(words_key[0], []).append((words_key, alias_))
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
    found = _find(
        [Token(w, 0, 0, w.lower(), *(analyse_ru(w) if cyrillic else analyse_en(w))) for w in words],
        "ru" if cyrillic else "en",
        check_case=False,
    )
    if len(found) == 1 and found[0].first == 0 and found[0].last == len(words) - 1:
        return found[0].entity
    return None


def state_named(name: str) -> str | None:
    """The state a named actor acts for: a state itself, else its state (Baku's ministry:
    Azerbaijan)."""
    entity = canonical_entity(name)
    if entity is None:
        return None
    return entity.name if entity.kind == "state" else entity.state


def entity_by_name(name: str) -> Entity:
    """The entity with this canonical name (which must exist)."""
    return _index().entities[slugify(name)]


def _token_keys(token: Token, language: str) -> set[str]:
    if language == "ru":
        return keys_ru(token.text)
    low = token.lower
    bare = low[:-2] if low.endswith(("'s", "’s")) else low
    return {low, bare} | ({key} if (key := spelling_key(bare)) else set())


def _case_ok(case: Case, text: str) -> bool:
    if case == "upper":
        return text.removesuffix("'s").isupper()
    return case is None or text[:1].isupper()


def _one_word_ok(found: AliasHit, tokens: Tokens, i: int, check_case: bool) -> bool:
    """A one-word alias: the token's case fits, and an ambiguous name has a place word."""
    if check_case and not _case_ok(found.case, tokens[i].text):
        return False
    return "ambiguous" not in found.entity.flags or near_place_word(tokens, i)


def find_mentions(tokens: list[Token] | tuple[Token, ...], language: str) -> list[Mention]:
    """Greedy longest-match of gazetteer aliases over the tokens, left to right.

    A one-word proper-name alias needs a capitalised token (an acronym an upper-case one), and
    a one-word alias of an `ambiguous` entity needs a place word next to it."""
    return across_abbreviations(tokens, lambda found: _mentions(found, language))


def _mentions(tokens: Tokens, language: str) -> list[Mention]:
    found = _find(tokens, language, check_case=True)
    return as_districts(tokens, found, canonical_entity) if language == "en" else found


def _find(tokens: Tokens, language: str, *, check_case: bool) -> list[Mention]:
    index = _index()
    table = index.ru_first if language == "ru" else index.en_first
    keys = [_token_keys(t, language) for t in tokens]
    out: list[Mention] = []
    i = 0
    while i < len(tokens):
        best: tuple[int, Entity] | None = None
        for key in keys[i]:
            for alias, found in table.get(key, ()):
                n = len(alias)
                if (
                    (best is None or n > best[0])
                    and i + n <= len(tokens)
                    and all(alias[k] in keys[i + k] for k in range(1, n))
                    and (n > 1 or _one_word_ok(found, tokens, i, check_case))
                ):
                    best = (n, found.entity)
        if best:
            length, entity = best
            last = i + length - 1
            out.append(Mention(entity, i, last, tokens[i].start, tokens[last].end))
            i += length
        else:
            extra = compound_mentions(tokens, i, language, table)
            out.extend(extra)
            i = max([m.last for m in extra], default=i) + 1
    return out
