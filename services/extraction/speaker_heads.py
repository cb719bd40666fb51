"""The head of a speaker's noun phrase: the person named after an office ("пресс-секретарь
Кремля Дмитрий Песков"), a press noun's owner (no speaker), a person named far before the verb."""

from __future__ import annotations

from .cues import Role
from .lexicon import word_list
from .rules import Clause
from .speaker_objects import object_of_earlier_verb
from .speaker_roles import COMPLEMENTISERS, QUOTES, after_in, subject
from .speaker_titles import governed, served_by_title


def prefer_person(c: Clause, chosen: Role) -> Role:
    """ "пресс-секретарь Кремля Дмитрий Песков": the person named after an office speaks."""
    if chosen.kind == "person" or after_in(c, chosen):
        return chosen
    # the person named after the office within a few words ("командующий российскими
    # миротворцами в Карабахе генерал-лейтенант Рустам Мурадов")
    after = [
        r
        for r in c.roles
        if r.kind == "person"
        and not r.absorbed  # "на администрацию президента АР Ильхама Алиева": the office
        and (0 < r.mention.first - chosen.mention.last <= 5 or _closes_title(c, chosen, r))
        and not any(
            t.pos in ("PUNCT", "VERB")
            or t.lower in COMPLEMENTISERS
            or t.lemma in c.lex.speech
            or t.lower in c.lex.speech
            for t in c.tokens[chosen.mention.last + 1 : r.mention.first]
        )
    ]
    return after[0] if after else chosen


def _closes_title(c: Clause, office: Role, person: Role) -> bool:
    """ "специальный представитель ЕС по Южному Кавказу и кризису в Грузии Тойво Клаар": a
    Russian title may run long; a name in the nominative, no preposition governing it, closes
    it as its apposition (an oblique "с министром Лавровым" does not)."""
    gap = person.mention.first - office.mention.last
    return (
        0 < gap <= 12
        and not c.tokens[person.mention.first].lower.isascii()
        and subject(c, person)
        and not governed(c, person)
    )


def press_of(c: Clause, who: Role) -> bool:
    """ "media reports from Azerbaijan", "СМИ Азербайджана": a name owning the press noun right
    before it (a preposition may stand between) is where the press is, not a speaker."""
    media = word_list("media_nouns")
    k = who.mention.first - 1
    if k >= 0 and c.tokens[k].lower in ("from", "in", "of"):
        k -= 1
    return k >= 0 and (c.tokens[k].lower in media or c.tokens[k].lemma in media)


def distant_subject(c: Clause, v: int) -> Role | None:
    """ "Пашинян в ходе встречи с жителями села ... области Армении заявил": a person named
    far before the verb, with no other verb or clause break between, is its subject."""
    people = [
        r for r in c.roles if r.kind == "person" and r.mention.last < v and v - r.mention.last <= 20
    ]
    # "Путин после переговоров с ... Николом Пашиняном заявил": oblique names are passed over
    for who in reversed(people):
        if c.tokens[who.mention.last].lower.endswith(("'s", "’s")):
            return None  # "Aliyev's office said": the possessive names the owner, not the subject
        between = c.tokens[who.mention.last + 1 : v]
        if any(
            t.pos in ("VERB", "PRTS") or t.text in (",", ";", ":") or t.text in QUOTES
            for t in between
        ):
            return None
        if (
            subject(c, who)
            and not served_by_title(c, who)
            and not governed(c, who)
            and not object_of_earlier_verb(c, who)
        ):
            return who
    return None
