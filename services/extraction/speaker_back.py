"""A person speaking right after their state or body spoke: one voice, the person's.

"Россия приветствует возвращение пленных. Об этом заявила официальный представитель МИД РФ
Мария Захарова"; "Azerbaijan says Armenia refused the talks. Presidential aide Hikmet Hajiyev
told reporters ...": the sentence after names who gave the words of the one before. A state,
or a body of the person's own state, speaking in the sentence right before a person of that
state speaks is the same voice (the guide: name the person; the state or institution only as
an alternative), so it gives no StatementMade of its own there. It still speaks elsewhere.
A spokesperson gives voice to their state and their own body only (data/spokespeople.toml):
"Минобороны сообщило ... Захарова заявила" are two speakers.
"""

from __future__ import annotations

from .discourse import Draft
from .gazetteer import canonical_entity
from .statements import own_bodies


def _voice(name: str) -> tuple[str, str | None] | None:
    """The speaker's kind and the state it belongs to (a state is its own)."""
    entity = canonical_entity(name)
    if entity is None:
        return None
    return entity.kind, (entity.name if entity.kind == "state" else entity.state)


def one_voice_back(drafts: list[Draft]) -> list[Draft]:
    """Drop the state or body speaking in the sentence before a person of its state speaks."""
    people: dict[int, set[str]] = {}
    bodies: dict[int, set[str]] = {}  # the bodies a spokesperson speaks for, by sentence
    for d in drafts:
        name = str(d.args.get("speaker"))
        who = _voice(name) if d.kind == "StatementMade" else None
        if who and who[0] == "person" and who[1]:
            if _canonical(name) in own_bodies():
                bodies.setdefault(d.sentence - 1, set()).update(own_bodies()[_canonical(name)])
                bodies[d.sentence - 1].add(who[1])  # their state
            else:
                people.setdefault(d.sentence - 1, set()).add(who[1])
    out: list[Draft] = []
    for d in drafts:
        name = str(d.args.get("speaker"))
        who = _voice(name) if d.kind == "StatementMade" else None
        if who and who[0] != "person" and who[1] in people.get(d.sentence, set()):
            continue
        if who and who[0] != "person" and _canonical(name) in bodies.get(d.sentence, set()):
            continue
        out.append(d)
    return out


def _canonical(name: str) -> str:
    entity = canonical_entity(name)
    return entity.name if entity is not None else name
