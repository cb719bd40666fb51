"""People the article names only by their title sit at a meeting as their state.

The annotation guide: "Participants are people where the text names them, otherwise states".
"главы МИД Армении и Азербайджана встретились", "the foreign ministers of Armenia and
Azerbaijan met": the extractor knows who held the office that day, the gold does not name
them, so they are Armenia and Azerbaijan. Anyone the article names by name anywhere ("Lavrov",
"Ararat Mirzoyan") stays a person, as do people at tables the gazetteer gives no state.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from .discourse import Draft
from .gazetteer import canonical_entity
from .gazetteer_load import load_entities
from .lexicon import role_names
from .text import Sentence, Token


def _capitalised(alias: str) -> set[str]:
    return {w[:5].lower() for w in alias.split() if w[:1].isupper() and len(w) > 2}


def _names_a_person(alias: str) -> bool:
    """ "аппарат Пашиняна", "Pashinyan's office": a body called after its head."""
    return alias[:1].islower() or "'s" in alias


@lru_cache(maxsize=1)
def _own_name_words() -> dict[str, frozenset[str]]:
    """Per person, the capitalised words of its aliases that are no word of a state, place or
    body ("Армении", "МИД", "Foreign" in a title are no name; "Алиев" in "администрация
    Алиева" still is)."""
    records = load_entities()
    common: set[str] = set()
    for r in records:
        if r.kind != "person":
            for alias in (r.name, *r.ru, *r.en):
                if not _names_a_person(alias):
                    common |= _capitalised(alias)
    return {
        r.name: frozenset(set().union(*(_capitalised(a) for a in (r.name, *r.ru, *r.en))) - common)
        for r in records
        if r.kind == "person"
    }


def _word_keys(tokens: Sequence[Token]) -> set[str]:
    """The capitalised words of a text, hyphenated ones in parts ("Pashinyan-Aliyev-Michel")."""
    return {
        part[:5].lower()
        for t in tokens
        if t.text[:1].isupper()
        for part in t.text.split("-")
        if len(part) > 2
    }


def article_word_keys(sents: Sequence[Sentence]) -> set[str]:
    return set().union(*(_word_keys(s.tokens) for s in sents))


def titles_as_states(drafts: list[Draft], words: set[str]) -> None:
    """Meeting participants known only by a title become their state (in place). `words`:
    the article's capitalised words; a declined or unmatched spelling of a name still names
    its person ("Абдоллахияном")."""
    names = _own_name_words()
    kept = role_names("title_heads_kept")
    for d in drafts:
        people = d.args.get("participants")
        if not d.kind.startswith("Meeting") or not isinstance(people, list):
            continue
        out: list[str] = []
        for p in people:
            entity = canonical_entity(p) if isinstance(p, str) else None
            by_title = not names.get(p, frozenset()) & words
            if entity is not None and entity.kind == "person" and by_title:
                p = entity.state if entity.state and entity.state not in kept else p
            out.append(p)
        d.args["participants"] = list(dict.fromkeys(out))
