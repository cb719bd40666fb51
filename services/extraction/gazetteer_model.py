"""The gazetteer's value types, and the keys a Russian word is matched under.

Apart from the lookup (`gazetteer`) so that `compound_mentions` can build mentions without
importing the index that calls it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from pydantic import BaseModel, ConfigDict

from .gazetteer_load import load_endings
from .text import Token, analyse_ru

EntityKind = Literal["person", "state", "organisation", "place", "force"]
Case = Literal["upper", "cap"] | None
Tokens = list[Token] | tuple[Token, ...]


@lru_cache(maxsize=1)
def _endings() -> tuple[str, ...]:
    """Russian inflection endings (data/ru_endings.txt), longest first, "" last."""
    return load_endings()


class Entity(BaseModel):
    """A canonical entity. `id` is `slugify(name)` and never changes."""

    model_config = ConfigDict(frozen=True)

    id: str
    name: str
    kind: EntityKind
    wikidata: str | None = None
    state: str | None = None
    flags: frozenset[str] = frozenset()
    country: str | None = None  # a place: the state it lies in (not a metonym like `state`)


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


def stem(word: str) -> str:
    for ending in _endings():
        if ending and word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word


_VOWEL_FOLD = str.maketrans("иэя", "еее")
FOLDED_STEM_MIN = 6  # shorter stems differ by a vowel too often to be one name


def folded(stem_key: str) -> str:
    """ "~зангиланск" and "~зангеланск", "~кяльбаджар" and "~кельбаджар": one name spelt with
    another front vowel (transliterations of Azerbaijani and Armenian names vary so)."""
    return "%" + stem_key[1:].translate(_VOWEL_FOLD)


def keys_ru(word: str) -> set[str]:
    """Keys under which a Russian token can match an alias word: stems, folded long stems and
    the lemma."""
    low = word.lower().replace("ё", "е")
    keys = {"=" + low, "~" + low}
    for ending in _endings():
        if low.endswith(ending) and len(low) - len(ending) >= 3:
            keys.add("~" + (low[: -len(ending)] if ending else low))
    keys |= {folded(k) for k in keys if k[0] == "~" and len(k) > FOLDED_STEM_MIN}
    keys.add("@" + analyse_ru(low)[0])
    return keys


# Latin spellings of one Caucasian or Russian name: "Harutiunian"/"Harutyunyan",
# "Aliev"/"Aliyev", "Kelbadjar"/"Kelbajar", "Ağdam"/"Aghdam", "Qazax"/"Gazakh",
# "Mustafaev"/"Mustafayev" (a Russian "е" after a vowel), "Mouradov"/"Muradov" (French)
# (w/v and ph/f are left apart: they tell German and Greek spellings of other names apart)
_LATIN_FOLDS = tuple(
    pair.split(">")
    for pair in [
        "’>'",
        "ks>x",
        "dzh>j",
        "dj>j",
        "kh>h",
        "gh>g",
        "sh>s",
        "ch>c",
        "zh>z",
        "x>h",
        "q>g",
        "ye>e",
        "ou>u",
        "y>i",
    ]
)
_SPELLING_MIN = 4  # shorter words fold onto other names too easily


def spelling_key(word: str) -> str | None:
    """The key a Latin name word is matched under whatever its transliteration: no marks,
    the digraphs and letters transliterations swap made one, doubled letters once."""
    low = unicodedata.normalize("NFKD", word.lower()).replace("ı", "i").replace("ə", "a")
    low = "".join(ch for ch in low if not unicodedata.combining(ch))
    if not re.fullmatch(r"[a-z][a-z'’.-]*", low):
        return None
    if len(low) < _SPELLING_MIN:
        return "%" + low
    for old, new in _LATIN_FOLDS:
        low = low.replace(old, new)
    return "%" + "".join(ch for i, ch in enumerate(low) if i == 0 or ch != low[i - 1])


@dataclass(frozen=True, slots=True)
class AliasHit:
    """An alias's entity and, for a one-word alias, the case a token must have."""

    entity: Entity
    case: Case


AliasTable = dict[tuple[str, ...], AliasHit]
FirstWord = dict[str, list[tuple[tuple[str, ...], AliasHit]]]
