"""A statement named by its owner: "отвечая на заявление президента Азербайджана Ильхама Алиева
о том, что ...", "опровергли заявление Минобороны РФ", "Ilham Aliyev's latest statement that".
The owner said it on the record; a joint or signed document has no single voice."""

from __future__ import annotations

from .cues import Role
from .lexicon import word_list
from .rules import Clause
from .speaker_roles import eligible


def statement_owner(c: Clause) -> Role | None:
    toks = c.tokens
    nouns = word_list("owned_statement_nouns")
    documents = word_list("document_adjectives")
    for k, t in enumerate(toks):
        if t.lemma not in nouns and t.lower not in nouns:
            continue
        if k and (toks[k - 1].lemma in documents or toks[k - 1].lower in documents):
            continue  # "совместное заявление", "the joint statement": a document
        owner = _owner_after(c, k) if not t.lower.isascii() else _owner_before(c, k)
        if owner is not None:
            return owner
    # "the joint statement by ...": a document; "no statement from ...": nothing was said
    skip = documents | {"no", "any"}
    for k, t in enumerate(toks):
        if t.lower in word_list("from_owned_nouns") and not (k and toks[k - 1].lower in skip):
            owner = _agent_after(c, k)
            if owner is not None:
                return owner
    return None


def _agent_after(c: Clause, k: int) -> Role | None:
    """ "an appeal for calm from Russian President Vladimir Putin", "a statement by the
    Kremlin": the owner after "from"/"by", at most six words after the noun; a document
    signed by someone has signatories, not an owner."""
    signed = word_list("signed_words")
    for r in sorted(c.roles, key=lambda r: r.mention.first):
        if not 1 < r.mention.first - k <= 6:
            continue
        between = c.tokens[k + 1 : r.mention.first]
        by = [j for j, t in enumerate(between) if t.lower in ("from", "by")]
        if (
            by
            and all(t.lower == "the" for t in between[by[0] + 1 :])
            and not any(t.pos == "PUNCT" or t.lemma in signed or t.lower in signed for t in between)
            and eligible(r)
            and r.kind in ("person", "organisation")
        ):
            return None if _joint(c, r) else r
        return None
    return None


def _owner_after(c: Clause, k: int) -> Role | None:
    """ "заявление президента Азербайджана Ильхама Алиева": the genitive owner right after,
    a person or an institution (a state's "заявление Армении" may be a note of one side)."""
    roles = sorted(
        (r for r in c.roles if 0 < r.mention.first - k <= 3 and eligible(r)),
        key=lambda r: r.mention.first,
    )
    if not roles or roles[0].mention.first != k + 1:
        return None  # "слова руководителя ведомства", "утверждения источников в ЕС": unnamed
    people = [r for r in roles if r.kind == "person"]
    who = people[0] if people else roles[0]
    if who.kind not in ("person", "organisation"):
        return None
    if any(t.pos == "PUNCT" for t in c.tokens[k + 1 : who.mention.first]):
        return None
    return None if _joint(c, who) else who


def _owner_before(c: Clause, k: int) -> Role | None:
    """ "Aliyev's latest statement": a possessive owner at most two words before."""
    for r in c.roles:
        last = c.tokens[r.mention.last]
        if (
            eligible(r)
            and r.kind in ("person", "organisation")
            and 0 < k - r.mention.last <= 3
            and last.lower.endswith(("'s", "’s"))
        ):
            between = c.tokens[r.mention.last + 1 : k]
            if all(t.pos != "PUNCT" for t in between):
                return r
    return None


def _joint(c: Clause, who: Role) -> bool:
    """Another owner joined by "и"/"and": a joint document."""
    nxt = who.mention.last + 1
    return (
        nxt < len(c.tokens)
        and c.tokens[nxt].lower in word_list("joint_owner_words")
        and any(r.mention.first in (nxt + 1, nxt + 2) and eligible(r) for r in c.roles)
    )
