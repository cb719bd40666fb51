"""A ministry named bare ("the Ministry of Health reported", "the Defense Ministry said",
"Минобороны сообщило") under a dateline is the dateline country's: agencies write "YEREVAN,
September 22. /ARKA/ ... the Ministry of Health reported" and mean Armenia's.
"""

from __future__ import annotations

from .cues import Role
from .gazetteer import canonical_entity
from .gazetteer_model import Entity, Mention
from .institutions import periphrases
from .lexicon import table
from .ministry_lists import ministry_lists
from .text import Token


def dateline_state(place: str | None) -> str | None:
    """The state whose capital (or city) the dateline names ("YEREVAN" → Armenia)."""
    if not place:
        return None
    entity = canonical_entity(place.title()) or canonical_entity(place)
    if entity is None:
        return None
    return entity.state or entity.country


def _institution(office: str, state: str) -> Entity | None:
    for spelling in (
        office,
        office.replace("Defence", "Defense"),
        office.replace("Defense", "Defence"),
    ):
        found = canonical_entity(f"{spelling} ({state})")
        if found is not None:
            return found
    return None


def home_institutions(
    tokens: tuple[Token, ...],
    known: list[Role],
    state: str | None,
    before: list[Role] | None = None,
) -> list[Role]:
    """The sentence's roles plus bare ministries read as the dateline country's; with no
    dateline, as the state the sentence named before them ("Azerbaijan 'took measures,' the
    foreign ministry said"). "The country's Defence Ministry" is the ministry of the country
    the sentence, or else the sentence `before` it, is about, whatever the dateline: "the
    country" points back to a country named, never to the dateline's."""
    covered = {k for r in known for k in range(r.mention.first, r.mention.last + 1)}
    # the lexicon's phrases as written, the periphrases' as lemmas ("во внешнеполитическом
    # ведомстве"); an inflected bare "МИДе" is left to the anaphors, which know the article
    written = [(p, o, False) for p, o in table("bare_institutions").items()]
    lemmatised = [(p, o, True) for p, o in periphrases().get("bare_institutions", {}).items()]
    out = list(known)
    lowered = [t.lower for t in tokens]
    lemmas = [t.lemma.lower() for t in tokens]
    for phrase, office, by_lemma in written + lemmatised:
        words = phrase.lower().split()
        n = len(words)
        forms = lemmas if by_lemma else lowered
        for k in range(len(tokens) - n + 1):
            if forms[k : k + n] != words or any(j in covered for j in range(k, k + n)):
                continue
            owner = _owner_after(known, k + n, tokens) if by_lemma else None
            told = k > 0 and tokens[k - 1].lower in table("country_anaphors")["before"]
            topic = _topic(known, k, tokens) or _topic_before(before) if told else None
            home = owner.state if owner else topic or state or _named_before(known, k)
            entity = _institution(str(office), home) if home else None
            if entity is None:
                continue
            last = owner.mention.last if owner else k + n - 1
            mention = Mention(entity, k, last, tokens[k].start, tokens[last].end)
            out = [r for r in out if r is not owner]
            out.append(Role(mention, absorbed=False, as_place=False))
            covered |= set(range(k, last + 1))
    out += _bare_governments(tokens, out, covered)
    return ministry_lists(tokens, sorted(out, key=lambda r: r.mention.first), _institution)


def _bare_governments(
    tokens: tuple[Token, ...], known: list[Role], covered: set[int]
) -> list[Role]:
    """ "Пашинян отбудет в Гранаду, сообщает пресс-служба правительства": a government named
    bare is the government of the country the sentence is about (its head, its state), the
    state itself where no government of it is listed."""
    out: list[Role] = []
    words = table("country_anaphors").get("governments", [])
    for k, t in enumerate(tokens):
        if k in covered or t.lemma.lower() not in words:
            continue
        after = tokens[k + 1] if k + 1 < len(tokens) else None
        if after is not None and after.pos in ("PROPN", "ADJ", "NOUN"):
            continue  # "правительства Армении", "правительства страны": owned, or not bare
        home = _topic(known, k, tokens)
        entity = (
            (canonical_entity(f"Government of {home}") or canonical_entity(home)) if home else None
        )
        if entity is not None:
            out.append(Role(Mention(entity, k, k, t.start, t.end), absorbed=False, as_place=False))
    return out


def _topic(known: list[Role], k: int, tokens: tuple[Token, ...]) -> str | None:
    """The first state (a person or body of one, a town in one) named before token k: what
    the sentence is about; a dateline's city in capitals ("MOSCOW, Oct 4 ...") is no topic."""
    named = [
        (r.mention.entity.state or r.mention.entity.country) if r.kind == "place" else r.state
        for r in known
        if r.mention.last < k and not (r.kind == "place" and tokens[r.mention.first].text.isupper())
    ]
    return next((state for state in named if state), None)


def _topic_before(before: list[Role] | None) -> str | None:
    """The state the sentence before is about (its tokens are not at hand: no dateline test)."""
    named = [
        (r.mention.entity.state or r.mention.entity.country) if r.kind == "place" else r.state
        for r in before or []
    ]
    return next((state for state in named if state), None)


def _owner_after(known: list[Role], k: int, tokens: tuple[Token, ...]) -> Role | None:
    """ "дипломатическое ведомство Азербайджана": the one state named right after owns the
    ministry; a list of states ("ведомств России, Армении и Азербайджана") owns several."""
    after = next((r for r in known if r.mention.first == k and r.kind == "state"), None)
    if after is None or not after.state:
        return None
    following = tokens[after.mention.last + 1] if after.mention.last + 1 < len(tokens) else None
    listed = following is not None and following.lower in (",", "и", "and")
    return None if listed else after


def _named_before(known: list[Role], k: int) -> str | None:
    """The last state (or its capital, standing for it) named before token k."""
    states = [
        r.state
        for r in known
        if r.mention.last < k and r.kind in ("state", "place") and r.state and not r.as_place
    ]
    return states[-1] if states else None
