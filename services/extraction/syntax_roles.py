"""Roles read from natasha's dependency parse of a Russian trigger sentence.

The subject of a speech verb is its nsubj (or, for a verb coordinated with an earlier one, that
verb's nsubj); a name is found in the subject itself, then in its apposition or flat name
("президент Азербайджана Ильхам Алиев"), then in its nmod ("пресс-служба МИД Армении").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .cues import Role
from .rules import Clause
from .syntax import Parse, mode, parse

NAME_RELS = ("appos", "flat:name", "flat", "flat:foreign")
#: Records of comparisons (kind, rule's choice, parse's choice), read by the experiment's script.
LOG: list[tuple[str, str, str]] = []


@dataclass
class _Found:
    """The subject token the parse names (None: the verb has no nsubj) and its role, if any."""

    token: int | None
    role: Role | None = None
    notes: list[str] = field(default_factory=list)


def russian(c: Clause, v: int) -> bool:
    word = c.tokens[v].lower
    return any("а" <= ch <= "я" or ch == "ё" for ch in word)


def _role_at(c: Clause, k: int) -> Role | None:
    for r in c.roles:
        if r.mention.first <= k <= r.mention.last:
            return r
    return None


def _name_of(c: Clause, p: Parse, s: int) -> Role | None:
    """The role of a subject token: itself, its apposition/flat name, then its nmod."""
    if (r := _role_at(c, s)) is not None:
        return r
    queue = p.children(s, *NAME_RELS)
    while queue:
        k = queue.pop(0)
        if (r := _role_at(c, k)) is not None:
            return r
        queue += p.children(k, *NAME_RELS)
    for k in p.children(s, "nmod"):
        if (r := _role_at(c, k)) is not None:
            return r
    return None


def subject_token(p: Parse, v: int) -> int | None:
    """The nsubj of v, or of the verb v is coordinated with ("заявил и добавил")."""
    subj = p.children(v, "nsubj")
    if not subj and p.rels[v] == "conj" and p.heads[v] >= 0:
        subj = p.children(p.heads[v], "nsubj")
    return subj[0] if subj else None


def parsed_subject(c: Clause, v: int) -> _Found:
    p = parse(c.tokens)
    s = subject_token(p, v)
    if s is None:
        return _Found(None)
    return _Found(s, _name_of(c, p, s))


def negated(c: Clause, v: int) -> bool:
    """ "не" (or "ни") attached to the verb itself: the verb's own negation."""
    p = parse(c.tokens)
    return any(c.tokens[k].lower in ("не", "ни") for k in p.children(v, "advmod"))


def note(kind: str, ours: str, theirs: str) -> None:
    LOG.append((kind, ours, theirs))


def on(flag: str) -> bool:
    return flag in mode().split(",")


def by_parse(c: Clause, v: int, who: Role | None) -> Role | None:
    """The speaker of v: the rule's choice, compared with (or replaced by) the parse's."""
    from .speaker_roles import eligible, speaker_name

    found = parsed_subject(c, v)
    ok = found.role is not None and eligible(found.role)
    if found.token is None:
        theirs = "<no nsubj>"
    elif found.role is None:
        theirs = "<not a name>"
    else:
        theirs = speaker_name(found.role) if ok else "<ineligible>"
    note("speaker", speaker_name(who) if who else "-", theirs)
    if ok and (on("spk_first") or (on("spk_fallback") and who is None)):
        return found.role
    return who


def parse_negation(c: Clause, v: int, window: bool) -> bool:
    """Is the speech verb negated: the three-word window's answer, compared with the parse's."""
    theirs = negated(c, v)
    note("speech_neg", str(window), str(theirs))
    return theirs if on("neg_first") else window


def _with_conj(p: Parse, ks: list[int]) -> list[int]:
    out = list(ks)
    for k in ks:
        out += p.children(k, "conj")
    return out


def parsed_participants(c: Clause, trig: int) -> list[Role]:
    """The people at the table by the parse: the subject of the meeting verb (or of the verb
    whose object or oblique the meeting noun is), the noun's genitive ("встреча Путина и
    Алиева") and the "с X" companion, each with its conjuncts."""
    p = parse(c.tokens)
    heads = [trig]
    if p.rels[trig] in ("obj", "obl", "nsubj:pass") and p.heads[trig] >= 0:
        heads.append(p.heads[trig])
    found: list[int] = []
    for h in heads:
        found += p.children(h, "nsubj")
        if h == trig:
            found += [k for k in p.children(h, "nmod") if not p.children(k, "case")]
        found += [
            k
            for k in p.children(h, "obl", "nmod")
            if any(c.tokens[j].lower in ("с", "со", "между") for j in p.children(k, "case"))
        ]
    out: list[Role] = []
    for k in _with_conj(p, found):
        r = _name_of(c, p, k)
        if r is not None and r.kind == "person" and r not in out:
            out.append(r)
    return out


def by_parse_people(c: Clause, trig: int, people: list[str]) -> list[str]:
    """The meeting's people: the rule's, compared with (or replaced by) the parse's."""
    theirs = [r.name for r in parsed_participants(c, trig)]
    note("participants", "|".join(sorted(people)), "|".join(sorted(theirs)))
    if theirs and (on("mtg_first") or (on("mtg_fallback") and not people)):
        return theirs
    if on("mtg_union"):
        return list(dict.fromkeys(people + theirs))
    return people


def _state_at(c: Clause, p: Parse, k: int) -> str | None:
    from .transfer_roles import state_of

    r = _name_of(c, p, k)
    return state_of(r) if r is not None else None


def _case_words(c: Clause, p: Parse, k: int) -> set[str]:
    return {c.tokens[j].lower for j in p.children(k, "case")}


def parsed_transfer(c: Clause, v: int) -> tuple[str | None, str | None, str | None]:
    """(receiver, giver, subject) of a handover word by the parse: the dative or "к X" or
    "под контроль X" is the receiver; "от X"/"у X" the giver; nsubj the verb's agent."""
    p = parse(c.tokens)
    to = src = agent = None
    for k in p.children(v, "iobj", "obl", "nmod"):
        cases = _case_words(c, p, k)
        if (
            not cases and c.tokens[k].has_case("datv") and c.tokens[k].cases != "*"
        ) or "к" in cases:
            to = to or _state_at(c, p, k)
        elif cases & {"от", "у"}:
            src = src or _state_at(c, p, k)
        elif c.tokens[k].lemma == "контроль":
            for j in p.children(k, "nmod", "amod"):
                to = to or _state_at(c, p, j)
    if subj := p.children(v, "nsubj"):
        agent = _state_at(c, p, subj[0])
    return to, src, agent


def by_parse_transfer(
    c: Clause, v: int, to: str | None, src: str | None
) -> tuple[str | None, str | None]:
    """The receiver and giver: the rule's, compared with (or replaced by) the parse's."""
    p_to, p_src, _ = parsed_transfer(c, v)
    note("transfer_to", to or "-", p_to or "-")
    note("transfer_from", src or "-", p_src or "-")
    if on("tr_first"):
        return p_to or to, p_src or src
    if on("tr_fallback"):
        return to or p_to, src or p_src
    return to, src


def meeting_negated(c: Clause, trig: int) -> bool:
    """ "не" attached to the meeting word or to the word that governs it ("встреча не
    состоится", "не будут встречаться", "не планирует встречу")."""
    p = parse(c.tokens)
    h = p.heads[trig]
    return negated(c, trig) or (h >= 0 and negated(c, h))


def note_meeting_negation(c: Clause, trig: int, kind: str) -> None:
    note("meeting_neg", str(kind == "MeetingDenied"), str(meeting_negated(c, trig)))
