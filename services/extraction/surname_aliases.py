"""A surname alone names its person when nobody else in the gazetteer bears it.

Headlines and second mentions use surnames ("Bayramov, Mirzoyan meet in Almaty", "сказал
Мнацаканян"); the gazetteer lists a bare surname only for some people. Every person whose
surname is borne by no other entity gets it as an alias, in both languages; shared surnames
(Mnatsakanyan, Harutyunyan, Babayan) stay unlisted, and `surnames.py` resolves them to the
bearer the article names in full. A bare surname found this way still names its person only
when the article introduced them or the gazetteer flags them `bare` (see `surnames.py`).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from .gazetteer_load import EntityRecord

MIN_LENGTH = 4


def _last_word(name: str) -> str:
    return name.split(" (")[0].split()[-1]


def _surnames(record: EntityRecord) -> tuple[str | None, str | None]:
    en = _last_word(record.name) if len(record.name.split(" (")[0].split()) > 1 else None
    full_ru = [a for a in record.ru if len(a.split()) > 1 and a.split()[0][:1].isupper()]
    ru = _last_word(full_ru[0]) if full_ru else None
    return en, ru


def with_surname_aliases(records: tuple[EntityRecord, ...]) -> tuple[EntityRecord, ...]:
    people = [r for r in records if r.kind == "person"]
    taken = Counter(
        a.lower() for r in records for a in (r.name, *r.en, *r.ru) if len(a.split()) == 1
    )
    count_en = Counter((_surnames(r)[0] or "").lower() for r in people)
    count_ru = Counter((_surnames(r)[1] or "").lower() for r in people)
    out = []
    for r in records:
        if r.kind != "person":
            out.append(r)
            continue
        en, ru = _surnames(r)
        add_en = [en] if en and _free(en, count_en, taken, r.en) else []
        add_ru = [ru] if ru and _free(ru, count_ru, taken, r.ru) else []
        out.append(replace(r, en=(*r.en, *add_en), ru=(*r.ru, *add_ru)))
    return tuple(out)


def _free(surname: str, bearers: Counter[str], taken: Counter[str], own: tuple[str, ...]) -> bool:
    low = surname.lower()
    return (
        len(surname) >= MIN_LENGTH
        and surname[:1].isupper()
        and bearers[low] == 1
        and not taken[low]
        and surname not in own
    )
