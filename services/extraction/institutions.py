"""English aliases of state institutions built from templates ("Armenian Defense Ministry",
"Azerbaijan's Foreign Ministry", "Ministry of Defense of Azerbaijan"), so the gazetteer lists
each ministry once and the press's many spellings still find it."""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from pathlib import Path
from typing import Any

from .lexicon import adjective_states, table

# periphrastic names of states and institutions ("армянские власти", "дипломатическое ведомство")
PERIPHRASES = Path(__file__).parent / "data" / "periphrases.toml"

_OFFICE = re.compile(r"^(?P<office>.+) \((?P<state>[^)]+)\)$")


def district_aliases(
    name: str, flags: tuple[str, ...] | frozenset[str], english: tuple[str, ...] = ()
) -> list[str]:
    """ "Aghdam District" (and its other spellings, "Agdam District") is also "Aghdam region",
    "Agdam region", "Aghdam rayon"."""
    if "district" not in flags:
        return []
    out: list[str] = []
    for alias in (name, *english):
        if alias.endswith((" District", " district")):
            stem = alias[: -len(" District")]
            out += [
                a for a in (f"{stem} region", f"{stem} district", f"{stem} rayon") if a not in out
            ]
    return out


@lru_cache(maxsize=1)
def periphrases() -> dict[str, Any]:
    """The periphrases data file, read on first use."""
    with PERIPHRASES.open("rb") as fh:
        return tomllib.load(fh)


def institution_aliases(name: str, state: str | None) -> list[str]:
    """Generated English aliases of an institution named "<office> (<State>)", of a state
    ("the Armenian authorities") and an entity's own periphrases."""
    return [*_office_aliases_en(name, state), *_periphrases(name, state, "en")]


def _periphrases(name: str, state: str | None, language: str) -> list[str]:
    """A state's names by its authorities, and the periphrases listed for this entity."""
    out = list(periphrases().get("aliases", {}).get(name, {}).get(language, []))
    if state is None or name != state:
        return out
    for template in periphrases()["state_templates"][language]:
        out += _fill(template, state, language)
    return out


def _fill(template: str, state: str, language: str) -> list[str]:
    if "{adj}" in template:
        adjectives = (
            _adjectives(state)
            if language == "en"
            else sorted(a for a, s in adjective_states().items() if s == state and not a.isascii())
        )
        return [template.format(adj=a, state=state) for a in adjectives]
    if "{gen}" in template:
        return [template.format(gen=g) for g in table("state_genitive_ru").get(state, [])]
    return [template.format(state=state)]


def _office_aliases_en(name: str, state: str | None) -> list[str]:
    m = _OFFICE.match(name)
    if m is None or state is None or m["state"] != state:
        return []
    # every institution has the generic spellings ("*"), some have more of their own
    templates = [*table("institution_templates").get(m["office"], [])]
    templates += periphrases().get("institution_templates_en", {}).get(m["office"], [])
    templates += table("institution_templates").get("*", [])
    templates += _postposed(templates)
    out: list[str] = []
    for template in templates:
        for adj in _adjectives(state) or [state]:
            alias = template.format(adj=adj, state=state, office=m["office"])
            if alias not in out:
                out.append(alias)
    return out


def _postposed(templates: list[str]) -> list[str]:
    """English puts the state before a short name or after it with "of": "the Armenian
    Defence Ministry" is "the Defence Ministry of Armenia", "the Armenian MFA" "the MFA of
    Armenia" (without this the state alone was read, the ministry lost)."""
    out: list[str] = []
    for template in templates:
        if template.startswith("{adj} "):
            short = template[len("{adj} ") :]
            out += [f"{short} of {{state}}", f"{short} of the Republic of {{state}}"]
    return [t for t in out if t not in templates]


def office_aliases(name: str, state: str | None) -> list[str]:
    """Generated English titles of an office holder ("Azerbaijani Foreign Minister")."""
    office = table("person_offices").get(name)
    if office is None or state is None:
        return []
    out: list[str] = []
    for template in table("office_templates").get(office, []):
        for adj in _adjectives(state) or [state]:
            alias = template.format(adj=adj, state=state)
            if alias not in out:
                out.append(alias)
    return out


def _adjectives(state: str) -> list[str]:
    """The state's English adjectives, capitalised ("Azerbaijani", "Azeri")."""
    return sorted(
        {a.capitalize() for a, s in adjective_states().items() if s == state and a.isascii()}
    )


def institution_aliases_ru(name: str, state: str | None) -> list[str]:
    """Generated Russian aliases ("Министерство обороны Армении", "МО РФ", "армянские власти")."""
    m = _OFFICE.match(name)
    if m is None or state is None or m["state"] != state:
        return _periphrases(name, state, "ru")
    templates = [*table("institution_templates_ru").get(m["office"], [])]
    templates += periphrases().get("institution_templates_ru", {}).get(m["office"], [])
    genitives = table("state_genitive_ru").get(state, [])
    adjectives = table("state_adjective_ru").get(state, [])
    out: list[str] = []
    for template in templates:
        if "{adj}" in template:
            out += [template.format(adj=a, gen="") for a in adjectives]
        else:
            out += [template.format(gen=g, adj="") for g in genitives]
    return out + _periphrases(name, state, "ru")
