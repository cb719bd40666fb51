"""Fighting told twice: a mention with neither place nor day of its own folds into the
episode the article tells with both (hos11).

"Azerbaijani troops shelled Sotk on Monday night" and, further on, "the attack drew
condemnation" or "Baku blamed Yerevan for the fighting": the second mention names no place (the
article's region stands in) and no day (the news day stands in), so it is the same episode
told again, not another one (the guide: one fact per episode; repeated mentions once).
"""

from __future__ import annotations

import datetime as dt

from .discourse import Draft

KIND = "HostilitiesReported"


def _borrowed_day(d: Draft) -> bool:
    """Dated only by the news day or the narrative, or not dated at all."""
    return d.date is None or d.date.derivation.startswith(("publication", "dateline"))


def _own_episode(d: Draft, news: Draft) -> bool:
    """Placed and dated by its own words, on or before the borrowed news day."""
    if d is news or d.kind != KIND or d.placed_by_context or _borrowed_day(d):
        return False
    if d.modality != "asserted" or d.date is None or d.date.precision != "day":
        return False
    if news.date is None:
        return True
    lag = dt.date.fromisoformat(news.date.value) - dt.date.fromisoformat(d.date.value)
    return lag >= dt.timedelta(0)


def fold_unplaced_fighting(facts: list[Draft]) -> list[Draft]:
    out: list[Draft] = []
    for d in facts:
        if d.kind == KIND and d.placed_by_context and d.date is None:
            # "since the beginning of hostilities in the region", "the recent escalation": the
            # guide's generic fighting, with neither a place nor a time of its own, is no fact
            continue
        unplaced = d.kind == KIND and d.placed_by_context and d.modality == "asserted"
        episodes = [o for o in facts if _own_episode(o, d)] if unplaced and _borrowed_day(d) else []
        if len(episodes) != 1:
            out.append(d)
            continue
        episodes[0].spans.extend(s for s in d.spans if s not in episodes[0].spans)
    return out


def _news_dated(d: Draft) -> bool:
    """Dated by the dateline or the publication day, not by words of its own."""
    return d.date is not None and d.date.derivation.startswith(("publication", "dateline"))


def fold_retold_fighting(facts: list[Draft]) -> list[Draft]:
    """ "Seven troops were killed on Tuesday in a shootout near Tegh" in the lead, then "the
    ministry said Azeri troops opened fire ... at the Lachin pass": the lead dates the episode,
    and a later mention with a place but no day of its own retells it, not fighting on the
    news day (the guide: one fact per episode, dated by the fighting, not by the report)."""
    fought = sorted((d for d in facts if d.kind == KIND), key=lambda d: d.sentence)
    lead = fought[0] if fought else None
    if lead is None or lead.placed_by_context or lead.modality != "asserted":
        return facts
    if lead.date is None or _borrowed_day(lead) or lead.date.precision != "day":
        return facts
    day = dt.date.fromisoformat(lead.date.value)
    out: list[Draft] = []
    for d in facts:
        retold = (
            d.kind == KIND
            and d is not lead
            and d.sentence > lead.sentence
            and d.modality == "asserted"
            and _news_dated(d)
            and d.date is not None
            and d.date.precision == "day"
            and dt.timedelta(0) < dt.date.fromisoformat(d.date.value) - day <= dt.timedelta(2)
        )
        if retold:
            lead.spans.extend(s for s in d.spans if s not in lead.spans)
            continue
        out.append(d)
    return out
