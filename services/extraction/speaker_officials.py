"""A body speaking only in a headline and its official speaking in the body are one speaker.

"В ОДКБ призвали ..." over "заявил начальник Объединенного штаба ОДКБ Анатолий Сидоров", "EU
says 'worried'" over "the EU Special Representative ..., Toivo Klaar, described": the headline
shortens the words of the official whose title names the body (the guide: a person speaking
gets the person's name, the institution only an alternative). The state-level rule is
statements.drop_headline_states; spokespeople listed by name are statements.py's.
"""

from __future__ import annotations

from .discourse import Draft
from .gazetteer import canonical_entity, find_mentions
from .lexicon import word_list
from .statements import headline
from .text import sentences

TITLE_REACH = 12  # tokens from the body's name to the official's name in one title


def drop_headline_bodies(facts: list[Draft], text: str, language: str) -> list[Draft]:
    people = [d for d in facts if d.kind == "StatementMade" and _kind(d) == "person"]
    if not people:
        return facts
    return [d for d in facts if not _official_speaks(d, people, text, language)]


def _official_speaks(d: Draft, people: list[Draft], text: str, language: str) -> bool:
    if d.kind != "StatementMade" or _kind(d) != "organisation":
        return False
    body = str(d.args.get("speaker"))
    if not all(headline(text[a:b]) or _office_of(text[a:b], language, body) for a, b in d.spans):
        return False  # the body speaking on its own in the article: a second speaker
    for s in people:
        person = str(s.args.get("speaker"))
        for a, b in s.spans:
            if not headline(text[a:b]) and _titled(text[a:b], language, body, person):
                return True
    return False


def _titled(sentence: str, language: str, body: str, person: str) -> bool:
    """The body named within a title's reach before the person's name."""
    for sent in sentences(sentence, language):
        found = find_mentions(sent.tokens, language)
        bodies = [m.last for m in found if m.entity.name == body]
        names = [m.first for m in found if m.entity.name == person]
        if any(0 < n - k <= TITLE_REACH for k in bodies for n in names):
            return True
    return False


def _office_of(sentence: str, language: str, body: str) -> bool:
    """ "— подчеркнул глава штаба ОДКБ", "the EU's chief said": the body named only in an
    office-holder's unnamed title is the official speaking again."""
    heads = word_list("official_heads")
    for sent in sentences(sentence, language):
        toks = sent.tokens
        for m in find_mentions(toks, language):
            before = toks[max(0, m.first - 3) : m.first]
            if m.entity.name == body and any(t.lemma in heads or t.lower in heads for t in before):
                return True
    return False


def _kind(d: Draft) -> str | None:
    entity = canonical_entity(str(d.args.get("speaker")))
    return entity.kind if entity is not None else None
