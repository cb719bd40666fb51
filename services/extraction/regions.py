"""Which place lies inside which area: a region's places (`[region_places]` in lexicon.toml)
and a state's places (the gazetteer's `country`)."""

from __future__ import annotations

from .gazetteer import canonical_entity
from .lexicon import table


def within(place: object, area: object) -> bool:
    """ "Stepanakert" lies in "Nagorno-Karabakh"; "Goris" lies in "Armenia"."""
    if not (isinstance(place, str) and isinstance(area, str)) or place == area:
        return False
    if place in table("region_places").get(area, ()):
        return True
    entity = canonical_entity(place)
    return entity is not None and entity.kind == "place" and entity.country == area
