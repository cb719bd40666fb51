"""Posts embedded in an article, signed "— Edmon Marukyan (@edmarukyan) June 15, 2023".

The signature names who wrote the post: that person spoke on the record. A name the
gazetteer knows takes its canonical form; an unknown one is kept as written.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .gazetteer import canonical_entity
from .lexicon import table


@lru_cache(maxsize=1)
def _signature() -> re.Pattern[str]:
    return re.compile(str(table("patterns")["embedded_post"]))


def post_authors(sentence: str) -> list[str]:
    names: list[str] = []
    for match in _signature().finditer(sentence):
        raw = match.group("name")
        entity = canonical_entity(raw)
        if entity is not None and "media" in entity.flags:
            continue
        names.append(entity.name if entity is not None else raw)
    return names
