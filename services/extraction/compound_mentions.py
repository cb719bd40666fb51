"""Mentions hidden in compounds the alias lookup cannot see.

"the Pashinyan-Aliyev-Michel meeting" (surnames joined by hyphens), "the Armenian and
Azerbaijani foreign ministers" (one office of two states), "the foreign ministers of Azerbaijan
and Armenia": each names office holders one by one. Titles become title mentions, so the holder
on the article's date is found later (`offices`).
"""

from __future__ import annotations

from .gazetteer_model import Entity, FirstWord, Mention, Tokens, keys_ru
from .lexicon import word_list
from .text import Token


def compound_mentions(tokens: Tokens, i: int, language: str, table: FirstWord) -> list[Mention]:
    """The mentions of a compound starting at token i (none when there is none)."""
    found = _hyphenated_people(tokens[i], i, language, table)
    if language == "en" and not found:
        found = (
            _coordinated_titles(tokens, i, table)
            or _titles_of_two_states(tokens, i, table)
            or _titles_of_the_two_sides(tokens, i, table)
        )
    return found


def _titles_of_the_two_sides(tokens: Tokens, i: int, table: FirstWord) -> list[Mention]:
    """ "the two foreign ministers", "both defence ministers": one office of each side of the
    conflict (its holders on the article's date are found later)."""
    if tokens[i].lower not in word_list("two_words"):
        return []
    for end in range(i + 2, min(len(tokens), i + 4)):
        last = tokens[end]
        if last.lemma == last.lower:
            continue  # the title ends in a plural
        rest = (*(t.lower for t in tokens[i + 1 : end]), last.lemma)
        people = [_person_alias((adj, *rest), table) for adj in sorted(word_list("sides_en"))]
        if all(p is not None for p in people):
            return [Mention(p, i, end, tokens[i].start, last.end) for p in people if p is not None]
    return []


def _coordinated_titles(tokens: Tokens, i: int, table: FirstWord) -> list[Mention]:
    """ "the Armenian and Azerbaijani foreign ministers": one office of two states, each its
    holder (a title mention, so the holder on the article's date is found later)."""
    if i + 3 >= len(tokens) or tokens[i + 1].lower != "and":
        return []
    for end in range(i + 3, min(len(tokens), i + 6)):
        last = tokens[end]
        if last.lemma == last.lower:
            continue  # the title ends in a plural
        rest = (*(t.lower for t in tokens[i + 3 : end]), last.lemma)
        people = [_person_alias((tokens[a].lower, *rest), table) for a in (i, i + 2)]
        if people[0] is not None and people[1] is not None:
            return [
                Mention(people[0], i, i, tokens[i].start, tokens[i].end),
                Mention(people[1], i + 2, end, tokens[i + 2].start, last.end),
            ]
    return []


def _titles_of_two_states(tokens: Tokens, i: int, table: FirstWord) -> list[Mention]:
    """ "the foreign ministers of Azerbaijan and Armenia": each state's office holder."""
    for of in range(i + 1, min(len(tokens) - 3, i + 4)):
        if tokens[of].lower != "of" or tokens[of + 2].lower != "and":
            continue
        last = tokens[of - 1]
        if last.lemma == last.lower:
            return []  # the title ends in a plural
        title = (*(t.lower for t in tokens[i : of - 1]), last.lemma, "of")
        people = [_person_alias((*title, tokens[k].lower), table) for k in (of + 1, of + 3)]
        if people[0] is None or people[1] is None:
            return []
        return [
            Mention(people[0], i, of + 1, tokens[i].start, tokens[of + 1].end),
            Mention(people[1], of + 3, of + 3, tokens[of + 3].start, tokens[of + 3].end),
        ]
    return []


def _person_alias(words: tuple[str, ...], table: FirstWord) -> Entity | None:
    for alias, found in table.get(words[0], ()):
        if alias == words and found.entity.kind == "person":
            return found.entity
    return None


def _hyphenated_people(token: Token, i: int, language: str, table: FirstWord) -> list[Mention]:
    """ "the Pashinyan-Aliyev-Michel meeting", "встреча Мишель-Алиев-Пашинян": every part a
    known person's surname, each a mention inside the one token."""
    parts = token.text.split("-")
    if len(parts) < 2 or not all(p[:1].isupper() for p in parts):
        return []
    found: list[Mention] = []
    offset = token.start
    for part in parts:
        keys = keys_ru(part) if language == "ru" else {part.lower()}
        people = [
            a.entity
            for key in keys
            for alias, a in table.get(key, ())
            if len(alias) == 1 and a.entity.kind == "person"
        ]
        if not people:
            return []
        found.append(Mention(people[0], i, i, offset, offset + len(part)))
        offset += len(part) + 1
    return found
