"""Leaders named by their states: "the leaders of Armenia and Azerbaijan", "the Armenian and
Azerbaijani leaders", "his counterparts from Armenia and Azerbaijan", "лидеры Армении и
Азербайджана". Each state's leader (data: `[leaders]`) becomes a mention over the phrase, so a
meeting of "the two leaders' states" has its people. A leader whose office changed hands is
resolved on the article's date later (`offices`).
"""

from __future__ import annotations

from .gazetteer_model import Entity, FirstWord, Mention, Tokens, keys_ru
from .lexicon import adjective_states, role_names, table, word_list
from .text import Token


def leader_mentions(tokens: Tokens, i: int, language: str, table_: FirstWord) -> list[Mention]:
    tok = tokens[i]
    sides = sorted(role_names("border_sides"))
    if tok.lower in word_list("two_words") and _leader_word(tokens, i + 1):
        return _mentions(tokens, i, i + 1, sides)  # "the two leaders", "both leaders"
    if _leader_word(tokens, i) and _two_countries(tokens, i + 1):
        return _mentions(tokens, i, i + 2, sides)  # "лидеры двух стран"
    if _leader_word(tokens, i):
        after = i + 1
        if after < len(tokens) and tokens[after].lower in ("of", "from"):
            after += 1
        states, last = _state_list(tokens, after, language, table_)
        return _mentions(tokens, i, last, states) if len(states) >= 2 else []
    states, last = _adjective_list(tokens, i)
    nxt = last + 1
    if len(states) >= 2 and nxt < len(tokens) and tokens[nxt].lower in word_list("leader_words"):
        return _mentions(tokens, i, nxt, states)
    return []


def _leader_word(tokens: Tokens, k: int) -> bool:
    words = word_list("leader_words")
    return k < len(tokens) and (tokens[k].lower in words or tokens[k].lemma in words)


def _two_countries(tokens: Tokens, k: int) -> bool:
    """ "двух стран", "обеих стран", "of the two countries" after the leader word."""
    words = [t.lower for t in tokens[k : k + 4]]
    return (
        bool(words)
        and words[0] in word_list("two_words")
        and any(w in word_list("country_words") for w in words[1:2])
    )


def _state_of(token: Token, language: str, table_: FirstWord) -> str | None:
    keys = keys_ru(token.text) if language == "ru" else {token.lower}
    for key in keys:
        for alias, hit in table_.get(key, ()):
            if len(alias) == 1 and hit.entity.kind == "state":
                return hit.entity.name
    return None


def _state_list(tokens: Tokens, k: int, language: str, table_: FirstWord) -> tuple[list[str], int]:
    """States joined by commas and "and" from token k: their names and the last index."""
    states: list[str] = []
    last = k - 1
    while k < len(tokens):
        state = _state_of(tokens[k], language, table_)
        if state is None:
            break
        states.append(state)
        last = k
        if k + 1 < len(tokens) and tokens[k + 1].lower in word_list("list_joiners"):
            k += 2
        else:
            break
    return states, last


def _adjective_list(tokens: Tokens, k: int) -> tuple[list[str], int]:
    """ "Armenian and Azerbaijani", "Armenian, Azerbaijani": adjectives of states."""
    states: list[str] = []
    last = k - 1
    adjectives = adjective_states()
    while k < len(tokens):
        state = adjectives.get(tokens[k].lemma) or adjectives.get(tokens[k].lower)
        if state is None or not tokens[k].text[:1].isupper():
            break
        states.append(state)
        last = k
        if k + 1 < len(tokens) and tokens[k + 1].lower in word_list("list_joiners"):
            k += 2
        else:
            break
    return states, last


def _mentions(tokens: Tokens, first: int, last: int, states: list[str]) -> list[Mention]:
    leaders = table("leaders")
    people = [_person(str(leaders[s])) for s in states if s in leaders]
    if len(people) < 2 or any(p is None for p in people):
        return []
    start, end = tokens[first].start, tokens[last].end
    return [Mention(p, first, last, start, end) for p in people if p is not None]


def _person(name: str) -> Entity | None:
    from .gazetteer import canonical_entity  # the gazetteer builds on this module

    entity = canonical_entity(name)
    return entity if entity is not None and entity.kind == "person" else None
