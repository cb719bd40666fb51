"""English aliases of state institutions built from templates ("Armenian Defense Ministry",
"Azerbaijan's Foreign Ministry", "Ministry of Defense of Azerbaijan"), so the gazetteer lists
each ministry once and the press's many spellings still find it."""

from __future__ import annotations

import re

from .lexicon import adjective_states, table

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


def institution_aliases(name: str, state: str | None) -> list[str]:
    """Generated English aliases of an institution named "<office> (<State>)"."""
    m = _OFFICE.match(name)
    if m is None or state is None or m["state"] != state:
        return []
    # every institution has the generic spellings ("*"), some have more of their own
    templates = [*table("institution_templates").get(m["office"], [])]
    templates += table("institution_templates").get("*", [])
    out: list[str] = []
    for template in templates:
        for adj in _adjectives(state) or [state]:
            alias = template.format(adj=adj, state=state, office=m["office"])
            if alias not in out:
                out.append(alias)
    return out


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
    """Generated Russian aliases ("Министерство обороны Армении", "МО РФ")."""
    m = _OFFICE.match(name)
    if m is None or state is None or m["state"] != state:
        return []
    templates = table("institution_templates_ru").get(m["office"], [])
    genitives = table("state_genitive_ru").get(state, [])
    adjectives = table("state_adjective_ru").get(state, [])
    out: list[str] = []
    for template in templates:
        if "{adj}" in template:
            out += [template.format(adj=a, gen="") for a in adjectives]
        else:
            out += [template.format(gen=g, adj="") for g in genitives]
    return out
