"""Speech framed by another speaker's attribution: "According to Aliyev, Pashinyan had said
that ...", "Таким образом, как добавил Песков, Пашинян и Алиев озвучили готовность ...". The
frame opens the clause (or follows a comma), names a speaker and closes with a comma; every
speech verb after it reports what the framer said, so its subject is not on the record (the
guide: never speech reported inside speech). A frame of outlets or unnamed reports ("according
to local media reports") names nobody who speaks, and frames nothing."""

from __future__ import annotations

from .cues import cue_positions
from .rules import Clause
from .speaker_roles import eligible

_OPENING = 2  # the frame starts the clause, behind at most one word ("But according to ...")


def framed_speech(c: Clause, v: int, verbs: list[int]) -> bool:
    """Is the speech verb at `v` inside an opening attribution frame closed by a comma?"""
    toks = c.tokens
    opens = [a for a in cue_positions(c.lex.attribution, toks) if a < v]
    # "как добавил Песков, ...": "как" and a speech verb open the frame
    opens += [u - 1 for u in verbs if 0 < u < v and toks[u - 1].lower == "как"]
    for a in opens:
        if a >= _OPENING and toks[a - 1].text != ",":
            continue
        comma = next((k for k in range(a + 1, v) if toks[k].text == ","), None)
        if comma is not None and any(
            eligible(r) and a < r.mention.first and r.mention.last < comma for r in c.roles
        ):
            return True
    return False
