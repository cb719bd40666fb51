"""A surname alone names the person of that surname the article already named in full.

"Вице-премьер Мгер Григорян ... - сказал Григорян": the gazetteer reads the bare surname as
its best-known bearer (Armen Grigoryan); the article means the one it introduced. A headline
comes before the body that introduces its people ("Mnatsakanyan: ..."), so the article's
full names are known from the start when only one person of the surname is named in full.
"""

from __future__ import annotations

from dataclasses import replace

from .cues import Role


def _surname(name: str) -> str:
    return name.split(" (")[0].split()[-1].lower()


def remember_people(seen: dict[str, Role], roles: list[Role]) -> None:
    """Record every person named with more than one word, by English surname."""
    for r in roles:
        if r.kind == "person" and r.mention.last > r.mention.first:
            seen[_surname(r.name)] = r


def named_in_full(all_roles: list[list[Role]]) -> dict[str, Role]:
    """Surname -> the one person of that surname the article names in full anywhere."""
    found: dict[str, dict[str, Role]] = {}
    for sent_roles in all_roles:
        for r in sent_roles:
            if r.kind == "person" and r.mention.last > r.mention.first:
                found.setdefault(_surname(r.name), {}).setdefault(r.name, r)
    return {k: next(iter(v.values())) for k, v in found.items() if len(v) == 1}


def resolve_surnames(seen: dict[str, Role], roles: list[Role]) -> list[Role]:
    out: list[Role] = []
    for r in roles:
        earlier = seen.get(_surname(r.name)) if r.kind == "person" else None
        one_word = r.mention.first == r.mention.last
        if earlier is not None and one_word and earlier.name != r.name:
            r = replace(r, mention=replace(r.mention, entity=earlier.mention.entity))
        out.append(r)
    return out
