"""Both sides of the conflict as one subject: their joint act, not a statement of either.

"Armenia and Azerbaijan announced the start of an exchange", "Armenia and Azerbaijan issued a
joint statement", "the leaders of Armenia and Azerbaijan pledged": the two states named together
as the subject report what they did together (an agreement, a joint statement: facts of their
own kinds), as two sides that "accused each other" do (the guide: no StatementMade). Either side
speaking on its own still speaks; capitals ("Баку и Ереван назвали это шагом") keep their
voices (dev: their joint words are each side's statement).
"""

from __future__ import annotations

from .cues import Role
from .lexicon import role_names


def joint_sides(who: Role, listed: list[Role]) -> bool:
    """`who` and the voices listed with it are exactly the two sides of the conflict."""
    voices = (who, *listed)
    return all(r.kind == "state" for r in voices) and {r.name for r in voices} == set(
        role_names("border_sides")
    )
