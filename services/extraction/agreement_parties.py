"""Who the parties of a ceasefire, agreement or prisoner exchange are: the warring sides
named (or the people who sign for them), any other state as mediator, the other side from the
article when a clause names one (rules_agreements.py)."""

from __future__ import annotations

from dataclasses import replace

from .cues import Role
from .dates import DateMention
from .discourse import Draft
from .gazetteer import canonical_entity
from .lexicon import adjective_states, role_names, word_list
from .rules import Clause, _states

KARABAKH = "Republic of Artsakh"
SIDED = frozenset(
    {"AgreementSigned", "CeasefireAgreed", "PrisonerExchangeAgreed", "PrisonersExchanged"}
)


def meeting_context(c: Clause) -> Draft | None:
    last = c.ctx.last_meeting
    if last and last.paragraph == c.sent.paragraph and c.index - last.sentence <= 1:
        return last
    return None


def person_states(names: list[str], exclude: set[str]) -> list[str]:
    out: list[str] = []
    for name in names:
        entity = canonical_entity(name)
        state = entity.state if entity else None
        if name not in exclude and state and state not in out:
            out.append(state)
    return out


def parties_of(c: Clause, exclude: set[str], mediator: str | None) -> list[str]:
    inside = [r for r in c.inside() if r.name not in exclude]
    parties = _states([r for r in inside if not r.as_place], {mediator} if mediator else set())
    meeting = meeting_context(c)
    if not parties and meeting:
        parties = person_states(list(meeting.args.get("participants") or []), exclude)
    ctx = c.ctx
    if (
        not parties
        and ctx.parties
        and ctx.parties[0] == c.sent.paragraph
        and c.index - ctx.parties[1] <= 1
    ):
        parties = list(ctx.parties[2])
    if not parties:
        parties = meeting_named(c)
    if len(parties) < 2 and (sides_agree(c) or sides_bound(c)):
        parties = principal_sides(c)  # "Стороны договорились о ...": both
    return parties


def meeting_named(c: Clause) -> list[str]:
    """ "An agreement was reached at the meeting", "we agreed on a statement after the
    meeting", "по итогам встречи договорились": a deal the clause places at a meeting has that
    meeting's participants (as states) for parties, the speaker among them ("we agreed")."""
    last = c.ctx.last_meeting
    if last is None or not (c.at(c.lex.agree) or c.at(c.lex.agreement)):
        return []
    if placing_meeting(c) is None:
        return []
    people = last.args.get("participants")
    states = person_states(people if isinstance(people, list) else [], set())
    return states if len(states) >= 2 else []


def placing_meeting(c: Clause) -> int | None:
    """The meeting noun that places the clause's deal: "at / during / after the meeting",
    "в ходе / по итогам встречи" (not "agreed to meet")."""
    placers = word_list("meeting_placers")
    for m in c.at(c.lex.meeting):
        if any(t.lower in placers for t in c.tokens[max(c.lo, m - 3) : m]):
            return m
    return None


def meeting_day(c: Clause, anchor: int) -> DateMention | None:
    """ "During the meeting, held on April 6, an agreement was reached that by the end of April
    ...": a deal is dated by the meeting it was reached at, not by the terms it sets; that day
    lies before the article's (a year-less day inferred past it is last year's)."""
    placed = placing_meeting(c)
    held = c.date_near(placed) if placed is not None and placed < anchor else None
    if held is None or held.start >= c.tokens[anchor].start:
        return None
    today = c.ctx.today
    if held.derivation.startswith("inferred") and today and held.value > today:
        return replace(held, value=f"{int(held.value[:4]) - 1}{held.value[4:]}")
    return held


def talked_of(c: Clause) -> bool:
    """A meeting the clause speaks of that is not the one its deal was reached at ("agreed to
    hold a summit" rather than "agreed ... during a summit")."""
    return c.has(c.lex.meeting) and placing_meeting(c) is None


def sides_bound(c: Clause) -> bool:
    """ "an agreement was reached that both sides will set up groups": the sides named in what
    was agreed (the clause or the content clause after it) are the parties, beside whoever
    merely hosted or initiated the talks."""
    found = [*c.at(c.lex.agree), *c.at(c.lex.agreement)]
    if not found:
        return False
    text = " " + " ".join(t.lower for t in c.tokens[min(found) : len(c.tokens)]) + " "
    return any(f" {p} " in text for p in word_list("sides_named"))


def principal_sides(c: Clause) -> list[str]:
    """ "The sides", "both sides": the two warring states the article names most (by default
    the two border sides)."""
    sides = role_names("belligerents")
    seen = c.ctx.states_seen
    ranked: list[str] = []
    for state in sorted((s for s in seen if s in sides), key=lambda s: -seen[s]):
        if len(ranked) < 2 and not any(same_camp(state, r) for r in ranked):
            ranked.append(state)
    return sorted(ranked) if len(ranked) == 2 else sorted(role_names("border_sides"))


def same_camp(a: str, b: str) -> bool:
    """Two warring states of one side (Armenia and Karabakh's Republic of Artsakh): the sides of
    a truce or a swap are opposed, so never both of one camp."""
    camp = word_list("one_camp")
    return a != b and a in camp and b in camp


def verb_start(c: Clause, v: int) -> int:
    """Where the verb group of the verb at v begins: auxiliaries and adverbs between subject
    and verb belong to it ("the sides have preliminarily agreed", "стороны уже договорились")."""
    fillers = word_list("verb_group_fillers")
    k = v
    while k > c.lo:
        t = c.tokens[k - 1]
        if not (
            t.lower in fillers or t.pos == "ADV" or (t.lower.endswith("ly") and t.lower.isascii())
        ):
            break
        k -= 1
    return k


def sides_agree(c: Clause) -> bool:
    """ "Стороны договорились", "the two countries agreed": both sides are the subject."""
    phrases = word_list("both_sides_subjects")
    for v in c.at(c.lex.agree):
        v = verb_start(c, v)
        window = " ".join(t.lower for t in c.tokens[max(c.lo, v - 3) : v])
        if any(window.endswith(p) for p in phrases):
            return True
    return False


def split_mediator(parties: list[str], mediator: str | None) -> tuple[list[str], str | None]:
    """Keep the warring sides as parties; a third state becomes the mediator."""
    sides = role_names("belligerents")
    warring = [p for p in parties if p in sides]
    others = [p for p in parties if p not in sides]
    if mediator is None and len(others) == 1 and warring:
        mediator = others[0]
    return warring, mediator


def complete_sides(drafts: list[Draft], seen: dict[str, int]) -> None:
    """A ceasefire or a prisoner swap has two sides: when the clause names one (or none),
    the other comes from the warring states this article names most."""
    sides = role_names("belligerents")
    ranked = sorted((s for s in seen if s in sides), key=lambda s: -seen[s])
    for d in drafts:
        if d.kind not in SIDED:
            continue
        parties = [str(p) for p in d.args.get("parties") or []]
        if parties == [KARABAKH]:
            parties.append("Azerbaijan")  # Karabakh's side made war and truce with Azerbaijan
        for state in ranked:
            if len(parties) >= 2:
                break
            ally = any(same_camp(state, p) for p in parties)
            if state not in parties and state != d.args.get("mediator") and not ally:
                parties.append(state)
        d.args["parties"] = parties or None


def signers(c: Clause, signed: list[int], exclude: set[str]) -> list[str]:
    """Who signs a document: the states of the signing verb's subject ("Turkey and Russia have
    signed", "Пашинян подписал декларацию") and of its "with / between / by" complement ("signed
    with Azerbaijan", "подписанным между Турцией и Россией"). A state named in what the document
    is about ("a centre in the Karabakh region of Azerbaijan", "признал Карабах территорией
    Азербайджана") signs nothing. Empty when the clause names no signer."""
    if not signed:
        return []
    v = signed[0]
    joiners = word_list("signer_prepositions")
    roles = [r for r in c.inside() if not r.as_place and r.name not in exclude]
    # a passive or a participle ("a protocol was signed", "меморандум, подписанный") has the
    # document, not a signer, before it
    verb = c.tokens[v]
    passive = verb.pos == "PRTS" or (v > c.lo and c.tokens[v - 1].lemma in ("be", "быть"))
    passive = passive or verb.lower.endswith(("нный", "нным", "нного", "нная", "нной", "нное"))
    subject = [] if passive else [r for r in roles if r.mention.last < v]
    after: list[Role] = []
    for k in range(v + 1, min(c.hi, v + 10)):
        # "with Azerbaijan", "между Турецкой Республикой и ...": a joiner right before a signer
        if c.tokens[k].lower in joiners and any(k < r.mention.first <= k + 2 for r in roles):
            after = [r for r in roles if k < r.mention.first <= k + 8]
            break
    return _states(subject + after, set())


def karabakh_party(c: Clause, parties: list[str]) -> list[str]:
    """A deal whose side the clause names as Karabakh's, by its capital ("Степанакерт и Баку
    договорились") or its authorities ("authorities in the breakaway region of Nagorno-Karabakh
    agreed"), has the Republic of Artsakh for that side (the guide: the September 2023 truce's
    parties are the Republic of Artsakh and Azerbaijan); Armenia stays only where the clause
    names Armenia itself (the state, its institutions or people) in the same stretch."""
    if KARABAKH in parties or not _karabakh_side(c):
        return parties
    armenia = any(r.state == "Armenia" and r.mention.first < c.hi for r in c.roles)
    if armenia:
        return parties
    return [KARABAKH, *(p for p in parties if p != "Armenia")]


def _karabakh_side(c: Clause) -> bool:
    """The capital named not as a place, or an authority noun a few words before Karabakh, in
    the clause or before it in the sentence (the subject of a verb of saying that governs it:
    "the authorities of Karabakh declared they would cease fire")."""
    capital = word_list("karabakh_capital_stems")
    for k in range(c.hi):
        word = c.tokens[k].lower
        place = k > 0 and c.tokens[k - 1].lower in word_list("karabakh_place_prepositions")
        if any(word.startswith(s) for s in capital) and not place:
            return True
        if c.tokens[k].lemma in word_list("authority_nouns"):
            ahead = [t.lower for t in c.tokens[k + 1 : min(c.hi, k + 7)]]
            if any(s in w for w in ahead for s in word_list("karabakh_region_stems")):
                return True
    return False


def adjective_sides(c: Clause, verbs: list[int]) -> list[str]:
    """ "The Armenian and Azerbaijani commissions agreed", "армянская и азербайджанская стороны
    договорились", "армяно-азербайджанская комиссия согласовала": state adjectives on the
    subject right before the agreeing verb name its parties (two or more, else none)."""
    states = adjective_states()
    for v in verbs:
        k = verb_start(c, v)
        found: list[str] = []
        # a passive's agent is its subject: "signed by the Azerbaijani, Armenian and Russian
        # leaders" names its signers after "by"
        by = v + 1 < c.hi and c.tokens[v + 1].lower == "by"
        before = reversed(c.tokens[max(c.lo, k - 7) : k])
        words = c.tokens[v + 2 : min(c.hi, v + 9)] if by else before
        for t in words:
            for part in t.lemma.split("-"):
                state = (
                    states.get(part) or states.get(part + "ский") or states.get(part[:-1] + "ий")
                )
                if state and state not in found:
                    found.append(state)
        if len(found) >= 2:
            return sorted(found)
    return []


def reached_noun(c: Clause) -> list[int]:
    """ "came to a tentative agreement", "пришли к предварительному соглашению": a verb of
    arriving with its "to" and a deal noun a few words on (whatever adjectives stand between)
    reaches the deal, as "reached" does (the positions of the verbs)."""
    arrive = word_list("arriving_verbs")
    out = []
    for k in range(c.lo, c.hi - 2):
        if c.tokens[k].lemma not in arrive or c.tokens[k + 1].lower not in ("to", "к"):
            continue
        if any(k + 1 < n <= k + 5 for n in c.at(c.lex.agreement)):
            out.append(k)
    return out
