"""Which StatementMade facts stand: one per speaker, and none for a voice recorded elsewhere.

The corpus README: a source recorded as who announced or denied a meeting gets no separate
StatementMade; a person is named as the person. So a spokesperson and the body they speak for
(data/spokespeople.toml), or their state in the same report, are one speaker, the person.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from .discourse import Draft
from .gazetteer import canonical_entity
from .lexicon import data_file

SPOKESPEOPLE = Path(__file__).parent / "data" / "spokespeople.toml"


@lru_cache(maxsize=1)
def own_bodies() -> dict[str, frozenset[str]]:
    """Spokesperson -> the bodies they speak for (gazetteer names)."""
    bodies = data_file(SPOKESPEOPLE)["bodies"]
    return {person: frozenset(names) for person, names in bodies.items()}


@lru_cache(maxsize=1)
def spokesperson_stems() -> tuple[str, ...]:
    """Stems of the nouns naming a spokesperson ("представител", "spokes")."""
    return tuple(data_file(SPOKESPEOPLE)["nouns"]["stems"])


def drop_recorded_speakers(
    facts: list[Draft], text: str, plans: list[Draft] | None = None
) -> list[Draft]:
    """`plans`: the facts before thin ones were dropped; whoever announced or denied a meeting
    there is recorded as its source (the guide), even if the plan is too thin to store."""
    recorded: set[str] = set()
    kept = {id(d) for d in facts}
    for d in plans if plans is not None else facts:
        if id(d) not in kept and not _only_words(d, facts):
            continue  # a thin plan's announcer who also said other things: a speaker still
        if d.kind == "MeetingAnnounced":
            recorded |= set(d.claimed_by)
        if d.kind == "MeetingDenied":
            recorded |= set(d.args.get("denied_by") or [])
    spokes = [d for d in facts if d.kind == "StatementMade" and _spokesperson_state(d)]
    return [
        d
        for d in facts
        if not (
            d.kind == "StatementMade"
            and (
                d.args.get("speaker") in recorded
                or _spokespersons_body(d, spokes, text)
                or _state_in_same_report(d, spokes)
            )
        )
    ]


def _only_words(plan: Draft, facts: list[Draft]) -> bool:
    """Every statement of the plan's announcer is the plan's own sentence: a dated plan was
    all they said ("Zakharova said Lavrov will meet ... on April 2")."""
    if not plan.args.get("date"):
        return False  # an undated plan too thin to store: talk of meeting, no announcement
    said = [
        span
        for s in facts
        if s.kind == "StatementMade" and s.args.get("speaker") in plan.claimed_by
        for span in s.spans
    ]
    return all(any(a < e and b > s for s, e in plan.spans) for a, b in said)


def _spokespersons_body(d: Draft, spokes: list[Draft], text: str) -> bool:
    """A body whose spokesperson speaks in the article is the spokesperson's voice where it
    speaks only in a headline, in the spokesperson's sentence or through an unnamed
    spokesperson ("представитель Кремля"); a body speaking on its own in the body of the
    article ("Министерство обороны ... объявило") is a second speaker (the guide: a ministry
    and its state speaking separately are two speakers)."""
    body = _canonical(str(d.args.get("speaker")))
    voices = [s for s in spokes if body in own_bodies().get(str(s.args.get("speaker")), ())]
    if not voices:
        return False
    theirs = {span for s in voices for span in s.spans}
    return all(
        span in theirs or headline(text[span[0] : span[1]]) or _names_a_spokesperson(text, span)
        for span in d.spans
    )


def _names_a_spokesperson(text: str, span: tuple[int, int]) -> bool:
    sentence = text[span[0] : span[1]].lower()
    return any(stem in sentence for stem in spokesperson_stems())


def drop_headline_states(facts: list[Draft], text: str) -> list[Draft]:
    """ "В Баку сообщили об обстреле" over "Минобороны Азербайджана сообщило ...": a state
    speaking only in a headline repeats the voice of its institution or official in the body
    (the guide: one speaker, the state as an alternative). So does a state speaking only in
    the sentence its institution speaks in ("Armenia has confirmed casualties, the Defence
    Ministry said"): the state paraphrases its ministry, one speaker."""
    voices: dict[str, set[tuple[int, int]]] = {}
    for d in facts:
        entity = canonical_entity(str(d.args.get("speaker")))
        if d.kind == "StatementMade" and entity is not None and entity.kind != "state":
            voices.setdefault(entity.state or "", set()).update(d.spans)
    return [
        d
        for d in facts
        if not (
            d.kind == "StatementMade"
            and _is_state(str(d.args.get("speaker")))
            and str(d.args.get("speaker")) in voices
            and all(
                headline(text[a:b]) or (a, b) in voices[str(d.args.get("speaker"))]
                for a, b in d.spans
            )
        )
    ]


def drop_teaser_speakers(facts: list[Draft], text: str) -> list[Draft]:
    """ "• Лидеры Армении обратились в РФ", "3. Kazakhstan Welcomes ...": a bulleted or numbered
    line is a link to another article (the guide: teasers are not annotated); so is a headline
    between two other headline lines after the body has begun (a list of links)."""
    return [
        d
        for d in facts
        if not (
            d.kind == "StatementMade"
            and all(_teaser(text[a:b]) or _in_link_list(text, a, b) for a, b in d.spans)
        )
    ]


def _in_link_list(text: str, a: int, b: int) -> bool:
    """The span is a headline line whose neighbouring lines are headlines too, and a sentence
    of the body ends before it."""
    start = text.rfind("\n", 0, a) + 1
    end = text.find("\n", b)
    end = len(text) if end < 0 else end
    line = text[start:end]
    if not headline(line) or not any(
        body.rstrip().endswith(".") and len(body.split()) > 5 for body in text[:start].split("\n")
    ):
        return False
    before = [x for x in text[:start].split("\n") if x.strip()]
    after = [x for x in text[end:].split("\n") if x.strip()]
    return bool(before and after) and headline(before[-1]) and headline(after[0])


def _teaser(sentence: str) -> bool:
    body = sentence.lstrip()
    head = body.split(" ", 1)[0]
    return bool(body) and (body[0] in "•·▪►" or (head[:-1].isdigit() and head.endswith(".")))


def _is_state(name: str) -> bool:
    entity = canonical_entity(name)
    return entity is not None and entity.kind == "state"


def headline(sentence: str) -> bool:
    """A headline ends without a full stop and is short."""
    body = sentence.strip()
    return bool(body) and body[-1] not in '.!?»"”…:' and len(body.split()) <= 25


def _spokesperson_state(d: Draft) -> str | None:
    entity = canonical_entity(str(d.args.get("speaker")))
    return entity.state if entity is not None and "spokes" in entity.flags else None


def _canonical(name: str) -> str:
    entity = canonical_entity(name)
    return entity.name if entity is not None else name


def _state_in_same_report(d: Draft, spokes: list[Draft]) -> bool:
    """ "Russia has confirmed ..., Peskov said": the state and its spokesperson are one voice."""
    entity = canonical_entity(str(d.args.get("speaker")))
    if entity is None or entity.kind != "state":
        return False
    return any(
        _spokesperson_state(s) == entity.name and set(s.spans) & set(d.spans) for s in spokes
    )
