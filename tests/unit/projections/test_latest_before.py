"""The postponement rule's "latest earlier date" by bisection (`clustering.latest_before`)
gives what the scan of the group's dates gave, for days, months and years that nest, touch
and repeat, and days before, inside and after them all."""

from __future__ import annotations

import random

from contracts.common import PartialDate
from services.projections.clustering import latest_before


def _scan(dates: dict[str, PartialDate], day: str) -> str | None:
    earlier = [v for v in dates if dates[v].end() < day]
    return max(earlier, key=lambda v: (dates[v].start(), v)) if earlier else None


def _date(rng: random.Random) -> PartialDate:
    year = rng.choice(["2019", "2020", "2021"])
    precision = rng.choice(["day", "day", "day", "month", "year"])
    if precision == "year":
        return PartialDate(value=year, precision="year")
    month = f"{year}-{rng.randint(1, 12):02d}"
    if precision == "month":
        return PartialDate(value=month, precision="month")
    return PartialDate(value=f"{month}-{rng.randint(1, 28):02d}", precision="day")


def test_latest_before_equals_the_scan() -> None:
    rng = random.Random(13)
    for _ in range(300):
        dates = {d.value: d for d in (_date(rng) for _ in range(rng.randint(0, 40)))}
        latest = latest_before(dates)
        days = [_date(rng).start() for _ in range(20)] + [d.start() for d in dates.values()]
        days += [d.end() for d in dates.values()] + ["0000-01-01", "9999-12-31"]
        for day in days:
            assert latest(day) == _scan(dates, day), (day, sorted(dates))
