"""A name that is the object of a verb of its own clause is no speaker of a later verb:
"Azerbaijan criticized Pashinyan and demanded ...", "осуждает действия азербайджанской
стороны и предупреждает"."""

from __future__ import annotations

from .cues import Role
from .lexicon import word_list
from .rules import Clause
from .speaker_roles import COMPLEMENTISERS, QUOTES, eligible
from .text import Token


def object_of_earlier_verb(c: Clause, who: Role) -> bool:
    """ "Azerbaijan criticized Pashinyan and demanded ...": a name after a finite verb of its
    own clause is that verb's object, not the subject of a verb after it."""
    for t in reversed(c.tokens[: who.mention.first]):
        if (
            t.text in (",", ";", ":", "—", "–", "(", *QUOTES)
            or t.lower in COMPLEMENTISERS
            or t.lower in word_list("clause_openers")  # "... after France and Germany rejected"
        ):
            return False
        if t.tense in ("past", "pres", "futr") and (t.pos == "VERB" or after_subject(c, t)):
            return True
    return False


def after_subject(c: Clause, verb: Token) -> bool:
    """An English verb form (untagged) right after a name: "Azerbaijan criticized"."""
    return any(c.tokens[r.mention.last].end + 1 == verb.start and eligible(r) for r in c.roles)
