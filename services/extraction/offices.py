"""Offices whose holder changed: a title alone names whoever held it on the article's date.

"глава МИД Армении" in October 2020 is Zohrab Mnatsakanyan, in 2023 Ararat Mirzoyan. The
gazetteer gives the title to the latest holder; `data/offices.toml` lists the earlier ones.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from .cues import Role
from .gazetteer import entity_by_name
from .gazetteer_load import EntityRecord, load_entities
from .gazetteer_model import Mention
from .lexicon import word_list
from .text import Token

DATA = Path(__file__).parent / "data" / "offices.toml"


@lru_cache(maxsize=1)
def _offices() -> dict[str, tuple[tuple[str, dt.date | None], ...]]:
    with DATA.open("rb") as fh:
        data = tomllib.load(fh)
    out: dict[str, tuple[tuple[str, dt.date | None], ...]] = {}
    for office in data["office"]:
        holders = tuple(
            (h["name"], dt.date.fromisoformat(h["until"]) if "until" in h else None)
            for h in office["holders"]
        )
        for name, _ in holders:
            entity_by_name(name)  # a holder missing from the gazetteer fails loudly
        out[office["title_of"]] = holders
    return out


@lru_cache(maxsize=1)
def _name_words() -> dict[str, frozenset[str]]:
    """Per person, the first five letters of the capitalised words of its aliases that are
    not also words of places, states or bodies ("Армении" in a title is no name)."""

    def words(record: EntityRecord) -> set[str]:
        return {
            w[:5].lower()
            for alias in (record.name, *record.ru, *record.en)
            for w in alias.split()
            if w[:1].isupper() and len(w) > 2
        }

    def without_titles(record: EntityRecord, common: set[str]) -> EntityRecord:
        # an English alias holding a word of a state, place or body and none of the person's
        # name ("OSCE Chairperson-in-Office", "President of Armenia") is a title, and its
        # other words ("Chairperson") name no one (Russian titles are lower case anyway)
        own = _words(record.name)
        en = tuple(a for a in record.en if not (_words(a) & common and not _words(a) & own))
        return replace(record, en=en)

    records = load_entities()
    common = set().union(*(words(r) for r in records if r.kind != "person"))
    return {
        r.name: frozenset(words(without_titles(r, common)) - common)
        for r in records
        if r.kind == "person"
    }


def _words(alias: str) -> set[str]:
    return {w[:5].lower() for w in alias.split() if w[:1].isupper() and len(w) > 2}


@lru_cache(maxsize=1)
def _leaders() -> dict[str, str]:
    with DATA.open("rb") as fh:
        return {str(k): str(v) for k, v in tomllib.load(fh)["leaders"].items()}


def leader_of(state: str, day: dt.date) -> str | None:
    """Who led `state` on `day`, if the data says."""
    title_of = _leaders().get(state)
    return holder_on(title_of, day) if title_of else None


def holder_on(title_of: str, day: dt.date) -> str:
    for name, until in _offices().get(title_of, ((title_of, None),)):
        if until is None or day <= until:
            return name
    return title_of


def _by_title(role: Role, tokens: tuple[Token, ...]) -> bool:
    """The mention names no one: none of its words is a word of the person's names."""
    names = _name_words().get(role.name, frozenset())
    span = tokens[role.mention.first : role.mention.last + 1]
    return not any(t.text[:5].lower() in names for t in span if t.text[:1].isupper())


def resolve_offices(roles: list[Role], tokens: tuple[Token, ...], day: dt.date) -> list[Role]:
    """Roles whose title named an office now carry the holder on `day`; a title in apposition
    to a name carries that name."""
    out: list[Role] = []
    for i, r in enumerate(roles):
        if r.kind == "person" and r.name in _offices() and _by_title(r, tokens):
            named = _apposed_name(r, roles[i + 1 :], tokens)
            holder = named or holder_on(r.name, day)
            if holder != r.name:
                m = r.mention
                r = replace(
                    r, mention=Mention(entity_by_name(holder), m.first, m.last, m.start, m.end)
                )
        out.append(r)
    return out


_APPOSITION_REACH = 10
# between a title and the name it stands beside: punctuation, articles, title words
_APPOSITION_GLUE = frozenset({",", "—", "–", "-", "the", "of", "for", "иностранных", "дел"})


def _apposed_name(title: Role, later: list[Role], tokens: tuple[Token, ...]) -> str | None:
    """A title in apposition to a named person is that person, whoever held the office by
    the calendar ("OSCE Chairperson-in-Office, the Foreign Minister of Malta Ian Borg",
    "incoming OSCE Chairperson-in-Office Polish Foreign Minister Zbigniew Rau", "действующий
    председатель ОБСЕ, глава МИД Мальты Иан Борг"): only titles, states, commas and dashes
    stand between them, no verb and no "and"."""
    for r in later:
        gap = tokens[title.mention.last + 1 : r.mention.first]
        if len(gap) > _APPOSITION_REACH or not all(_glue(t) for t in gap):
            return None
        if r.kind == "person" and not (r.name in _offices() and _by_title(r, tokens)):
            return r.name
    return None


def _glue(t: Token) -> bool:
    heads = word_list("title_head_nouns")
    return t.text[:1].isupper() or t.lower in _APPOSITION_GLUE or t.lemma in heads
