"""A surname alone names the person of that surname the article already named in full.

"Вице-премьер Мгер Григорян ... - сказал Григорян": the gazetteer reads the bare surname as
its best-known bearer (Armen Grigoryan); the article means the one it introduced. A headline
comes before the body that introduces its people ("Mnatsakanyan: ..."), so the article's
full names are known from the start when only one person of the surname is named in full.

A bare surname names a gazetteer person only when the article introduced them: named in full
anywhere in it, or by title and surname ("министр Зайцев", "Minister Novak"). The few people
the press names by surname alone without introduction carry the gazetteer flag `bare` (heads of
state and government, foreign ministers, the conflict's best-known spokespeople); anyone else's
bare surname in an article about a namesake gives no fact for them.
"""

from __future__ import annotations

from dataclasses import replace

from .cues import Role
from .lexicon import word_list
from .text import Token


def _surname(name: str) -> str:
    return name.split(" (")[0].split()[-1].lower()


def remember_people(seen: dict[str, Role], roles: list[Role]) -> None:
    """Record every person named with more than one word, by English surname."""
    for r in roles:
        if r.kind == "person" and r.mention.last > r.mention.first:
            seen[_surname(r.name)] = r


def named_in_full(all_roles: list[list[Role]]) -> dict[str, Role]:
    """Surname -> the one person of that surname the article names in full anywhere."""
    found: dict[str, dict[str, Role]] = {}
    for sent_roles in all_roles:
        for r in sent_roles:
            if r.kind == "person" and r.mention.last > r.mention.first:
                found.setdefault(_surname(r.name), {}).setdefault(r.name, r)
    return {k: next(iter(v.values())) for k, v in found.items() if len(v) == 1}


REACH = 4  # "замминистра иностранных дел России Галузин": the title a few words back


def _is_title(t: Token) -> bool:
    ru_titles = word_list("title_head_nouns") | word_list("subordinate_titles")
    return t.lemma in ru_titles or t.lower in ru_titles or t.text in word_list("en_titles")


def _titled(tokens: tuple[Token, ...] | list[Token], at: int) -> bool:
    """ "министр Зайцев", "Deputy PM Novak", "Overchuk, Russia's deputy prime minister,": an
    office before the surname or in an apposition after it introduces the person."""
    before = tokens[max(0, at - REACH) : at]
    for t in reversed(before):
        if _is_title(t):
            return True
        if not any(ch.isalnum() for ch in t.text):
            break  # the title belongs to another clause
    after = tokens[at + 1 : at + 2 + REACH]
    return bool(after) and after[0].text == "," and any(_is_title(t) for t in after[1:])


def _initialled(tokens: tuple[Token, ...] | list[Token], r: Role) -> bool:
    """ "Stephen E. Biegun": the person's first name and a middle initial before the surname
    name them in full, though the gazetteer lists no form with the initial."""
    k = r.mention.first
    if k < 3 or tokens[k - 1].text != "." or not tokens[k - 2].text.isupper():
        return False
    return len(tokens[k - 2].text) == 1 and tokens[k - 3].text == r.name.split()[0]


def resolve_surnames(
    seen: dict[str, Role], roles: list[Role], tokens: tuple[Token, ...] | list[Token] = ()
) -> list[Role]:
    out: list[Role] = []
    for r in roles:
        earlier = seen.get(_surname(r.name)) if r.kind == "person" else None
        one_word = r.mention.first == r.mention.last
        if earlier is not None and one_word and earlier.name != r.name:
            r = replace(r, mention=replace(r.mention, entity=earlier.mention.entity))
        elif (
            earlier is None
            and one_word
            and tokens
            and r.kind == "person"
            and "bare" not in r.mention.entity.flags
            and not _titled(tokens, r.mention.first)
            and not _initialled(tokens, r)
        ):
            continue  # a namesake's surname, not this official's: nobody introduced him
        out.append(r)
    return out
