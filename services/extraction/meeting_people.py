"""Who takes part in a meeting: the helpers that read participants and venues off a clause.

"a meeting between X and Y" names everyone; a speaker commenting on others' talks is no
participant; "Putin" and "Russia" at one table are one; "will also take part" adds people to
the meeting under discussion.
"""

from __future__ import annotations

import datetime as dt

from .cues import Role
from .gazetteer import canonical_entity
from .lexicon import adjective_states, table, word_list
from .meeting_bodies import counterparts_body
from .meeting_principals import words
from .offices import leader_of
from .rules import Clause


def without_represented_states(participants: list[str]) -> list[str]:
    """ "Putin" and "Russia" at one table are one participant: the person, named as such."""
    entities = [canonical_entity(p) for p in participants]
    present = {e.state for e in entities if e is not None and e.kind == "person"}
    return [
        p
        for p, e in zip(participants, entities, strict=True)
        if e is None or e.kind != "state" or e.name not in present
    ]


def comments_on_others_meeting(c: Clause, trig: int, speaker: str, inside: list[Role]) -> bool:
    """The speaker talks about a meeting (a noun) whose own people follow it, not "with" them."""
    if c.tokens[trig].pos != "NOUN" or trig + 1 >= c.hi:
        return False
    for k in c.at(c.lex.meeting):
        if k + 1 < c.hi and c.tokens[k + 1].lower in ("с", "со", "with"):
            return False  # "переговоры с премьер-министром": the speaker's own talks
        if {t.lower for t in c.tokens[max(c.lo, k - 3) : k]} & word_list("own_words"):
            return False  # "его трехсторонние переговоры", "his talks"
    before = any(r.name == speaker and r.mention.last < trig for r in inside)
    others = {r.name for r in inside if r.kind == "person" and r.mention.first > trig}
    return before and len(others - {speaker}) >= 2


def joins_last_meeting(c: Clause, trig: int, people: list[str]) -> bool:
    """ "Macron and Scholz will also take part in the talks": the meeting under discussion
    (this paragraph or the sentence before) gains participants; no new meeting."""
    last = c.ctx.last_meeting
    if last is None or last.kind == "MeetingHeld":
        return False
    if last.paragraph != c.sent.paragraph and last.sentence < c.index - 1:
        return False
    before = [str(p) for p in last.args.get("participants") or []]
    merged = list(dict.fromkeys([*before, *people]))
    last.args["participants"] = merged
    c.ctx.meeting = list(merged)
    date = c.date_near(trig)
    if date and last.date and date.value.startswith(last.date.value) and date != last.date:
        last.args["date"], last.date = date.value, date  # "next month", then "on October 5"
    return True


def definite(c: Clause, trig: int) -> bool:
    return trig > 0 and c.tokens[trig - 1].lower in ("the", "this", "that", "эта", "этой", "эту")


def indefinite(c: Clause, trig: int) -> bool:
    """ "held a meeting", "a separate meeting", "an emergency meeting": the indefinite article
    introduces a meeting not told before, so it does not take the known meeting's people."""
    before = [t.lower for t in c.tokens[max(c.lo, trig - 2) : trig]]
    return bool(before) and (before[-1] in ("a", "an") or before[0] in ("a", "an"))


def between_at(c: Clause, trig: int) -> int | None:
    """ "a meeting between X and Y": the list after "between" names everyone who meets, so
    the person reporting it earlier in the sentence is no participant."""
    for k in range(trig + 1, min(c.hi, trig + 4)):
        if c.tokens[k].lower in ("between", "между"):
            return k
    return None


def met_with(c: Clause, trig: int, inside: list[Role]) -> list[str]:
    """ "встреча с ЕС, Германией и Францией", "a meeting with the EU, France and Germany": the
    states and bodies listed after "with" the meeting word sit at its table."""
    k = trig + 1
    if k >= c.hi or c.tokens[k].lower not in ("с", "со", "with"):
        return []
    out: list[str] = []
    k += 1
    while k < c.hi:
        r = next((r for r in inside if r.mention.first == k and not r.as_place), None)
        if r is not None and r.kind in ("state", "organisation", "person"):
            out.append(r.name)
            k = r.mention.last + 1
        elif c.tokens[k].lower in (",", "и", "and", "the"):
            k += 1
        else:
            break
    return out


def after_in(c: Clause, r: Role) -> bool:
    first = r.mention.first
    return first > 0 and c.tokens[first - 1].lower in ("in", "в", "во")


def within(people: list[str], earlier: str | list[str] | None) -> bool:
    """Everyone here took part in the earlier meeting, by name or by the state they lead
    ("separate meetings of Putin with Aliyev" after "the summit of Russia, Armenia and
    Azerbaijan")."""
    known = set(earlier) if isinstance(earlier, list) else set()
    for name in people:
        entity = canonical_entity(name)
        if name not in known and (entity is None or entity.state not in known):
            return False
    return bool(people)


def hosts(c: Clause, inside: list[Role], between: int, skip: set[str | None]) -> list[str]:
    """ "Blinken opened a new round of talks between the ministers", "hosting talks between":
    whoever hosts or chairs talks between others sits at the table too."""
    verbs = word_list("host_verbs") | words("join_verbs")
    at = [
        k for k in range(c.lo, between) if c.tokens[k].lemma in verbs or c.tokens[k].lower in verbs
    ]
    if not at:
        return []
    return [
        r.name
        for r in inside
        if r.kind == "person"
        and r.mention.last < at[0]
        and not r.absorbed
        and "spokes" not in r.mention.entity.flags
        and r.name not in skip
    ][-1:]


def hosting_voice(c: Clause, voice: str | None) -> list[str]:
    """ "“Today I hosted President Aliyev and Prime Minister Pashinyan again”", "“Hosting
    peace talks this week with ...”": the one speaking hosts, so takes part."""
    if voice is None:
        return []
    verbs = word_list("host_verbs")
    first = word_list("first_person")
    toks = c.tokens[c.lo : c.hi]
    at = next((k for k, t in enumerate(toks) if t.lower in verbs or t.lemma in verbs), None)
    if at is None:
        return []
    opens = all(t.text in ("“", '"', "«") for t in toks[:at])  # "“Hosting peace talks ..."
    said_by_me = any(t.lower in first for t in toks[max(0, at - 3) : at])
    return [voice] if opens or said_by_me else []


def coordinated_titles(c: Clause, inside: list[Role]) -> list[str]:
    """ "главы МИД Армении и Азербайджана": the same office of the second state too."""
    out: list[str] = []
    for r in inside:
        last = r.mention.last
        if (
            r.kind != "person"
            or last + 2 >= len(c.tokens)
            or c.tokens[last + 1].lower
            not in (
                "и",
                "and",
            )
        ):
            continue
        second = next(
            (o for o in inside if o.mention.first == last + 2 and o.kind == "state"), None
        )
        if second is None or r.mention.first == last:
            continue
        words = [t.text for t in c.tokens[r.mention.first : last]]
        words += [t.text for t in c.tokens[second.mention.first : second.mention.last + 1]]
        other = canonical_entity(" ".join(words))
        if other is not None and other.kind == "person" and other.name != r.name:
            out.append(other.name)
    return out


def _acts_as_state(r: Role) -> bool:
    """A state, or a bloc that acts for itself ("the leaders of the EU, France and Germany")."""
    return r.kind == "state" or (r.kind == "organisation" and r.mention.entity.state == r.name)


def _states_named_by(c: Clause, inside: list[Role], words: frozenset[str]) -> list[str]:
    """The states of "<word> of Armenia and Azerbaijan", "<word> из Армении и Азербайджана"
    and "Armenian and Azerbaijani <word>"."""
    joiners = ("and", "и", ",", "of", "the", "from", "из")
    out: list[str] = []
    for k in range(c.lo, c.hi):
        if c.tokens[k].lower not in words:
            continue
        j = k + 1  # "leaders of Armenia and Azerbaijan"
        listed: list[Role] = []
        while j < c.hi:
            r = next((r for r in inside if r.mention.first == j and _acts_as_state(r)), None)
            if r is not None:
                listed.append(r)
                j = r.mention.last + 1
            elif c.tokens[j].lower in joiners and j - k < 8:
                j += 1
            else:
                break
        # a bloc counts beside states only ("Лидеры ЕС и стран ... назвали встречу": no table)
        if any(r.kind == "state" for r in listed):
            out += [r.name for r in listed]
        j = k - 1  # "Armenian and Azerbaijani leaders"
        while j >= c.lo:
            t = c.tokens[j]
            state = adjective_states().get(t.lemma) or adjective_states().get(t.lower)
            if state:
                out.append(state)
            elif t.lower not in ("and", "и", ","):
                break
            j -= 1
    return list(dict.fromkeys(out))


def unnamed_leaders(c: Clause, inside: list[Role]) -> list[str]:
    """ "the leaders of Armenia and Azerbaijan", "Armenian and Azerbaijani leaders": the
    leaders the article names elsewhere take part; a leader it never names is the state (the
    annotation guide: leaders left unnamed are participants as states). Unnamed counterparts
    ("his Armenian and Azerbaijani counterparts", "с коллегами из Армении") are states."""
    states = _states_named_by(c, inside, word_list("unnamed_leaders"))
    day = dt.date.fromisoformat(c.ctx.today) if c.ctx.today else None
    named = c.ctx.article_people | {r.name for r in c.ctx.people.values()}
    leaders = [leader_of(s, day) if day else None for s in states]
    out = [p if p in named else s for s, p in zip(states, leaders, strict=True)]
    out += _states_named_by(c, inside, word_list("unnamed_counterparts"))
    return list(dict.fromkeys(out + counterparts_body(c, inside)))


def named_people(c: Clause) -> int:
    return len(
        {
            r.name
            for r in c.inside()
            if r.kind == "person" and not r.absorbed and "spokes" not in r.mention.entity.flags
        }
    )


def seat(c: Clause, inside: list[Role]) -> str | None:
    """ "talks in the Kremlin": the city the institution sits in."""
    seats = table("seats")
    for r in inside:
        before = c.tokens[r.mention.first - 1].lower if r.mention.first else ""
        before2 = c.tokens[r.mention.first - 2].lower if r.mention.first > 1 else ""
        if r.name in seats and ("in" in (before, before2) or before == "в"):
            return str(seats[r.name])
    return None


def anaphoric_participants(c: Clause, trig: int) -> list[str]:
    """ "The two leaders met", "Лидеры встретились", "They met", "he met Aliyev": the people of
    the sentence before, all of them for a plural, the last one for a singular pronoun."""
    before = {t.lower for t in c.tokens[max(c.lo, trig - 4) : trig]}
    people = c.ctx.last_people
    if not people:
        return []
    if before & word_list("plural_meeting_anaphors"):
        return people[:3]
    if before & word_list("singular_meeting_anaphors"):
        return people[-1:]
    return []
