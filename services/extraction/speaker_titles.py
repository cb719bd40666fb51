"""Names that stand in a speaker's title without speaking: the person someone serves ("the
spokesman for Pashinyan said", "пресс-секретарь главы РФ заявил") or an oblique after the verb
("сообщил в разговоре с президентом Беларуси Александром Лукашенко", "у Ильхама Алиева"); a
conversation ("spoke by phone with") or a mutual accusation is no statement; a verb that
speaks only before a clause."""

from __future__ import annotations

from itertools import pairwise

from .cues import Role
from .lexicon import word_list
from .rules import Clause


def served_by_title(c: Clause, who: Role) -> bool:
    """The person is the one a spokesman, aide or deputy serves, not the one who speaks."""
    if who.kind != "person":
        return False
    titles = word_list("subordinate_titles")
    first = who.mention.first
    if first > 0 and _is_title(c, first - 1, titles) and c.tokens[first].text[:1].islower():
        return True  # "пресс-секретарь главы РФ": an office named after the title (not a name)
    if first > 0 and _is_title(c, first - 1, titles) and not c.tokens[first].lower.isascii():
        # "помощник Алиева заявил": the genitive after the title is the one served; a
        # nominative name is the title's own holder ("пресс-секретарь Дмитрий Песков")
        name = c.tokens[who.mention.last]
        # "Помощник Алиева заявил": "-а" ends the nominative only of a name that ends so
        # (Zakharova); on Aliyev or Pashinyan it is the genitive
        own = who.mention.entity.name.split()[-1].lower()
        inflected = name.lower.endswith(("а", "я")) and not own.endswith("a")
        return not name.nominative or inflected
    if any(r.kind == "person" and r.mention.last == first - 1 for r in c.roles):
        # "Adviser to Azerbaijan's President Hikmet Hajiyev": the office names someone else,
        # so the name is in apposition to the whole phrase and is the one who speaks
        return False
    if c.tokens[first].lower.isascii():
        joiners = word_list("subordinate_joiners")
        k = first - 1
        while k >= 0 and first - k <= 6 and c.tokens[k].lower in joiners:
            k -= 1
        joined = [t.lower for t in c.tokens[k + 1 : first]]
        return k >= 0 and joined[:1] in (["for"], ["to"], ["of"]) and _is_title(c, k, titles)
    return False


def _is_title(c: Clause, k: int, titles: frozenset[str]) -> bool:
    t = c.tokens[k]
    return t.lower in titles or t.lemma in titles


def oblique_after(c: Clause, who: Role, v: int) -> bool:
    """A Russian name after the verb governed by a preposition ("с президентом Беларуси X")."""
    if who.kind != "person" or c.tokens[who.mention.first].lower.isascii():
        return False
    lo = max(v + 1, who.mention.first - 3)
    preps = word_list("oblique_prepositions_ru")
    # "и.о. премьер-министра": the "о" of an abbreviation is no preposition
    return any(
        c.tokens[k].lower in preps and c.tokens[k + 1].text != "."
        for k in range(lo, who.mention.first)
    )


def conversation(c: Clause, v: int) -> bool:
    """ "spoke by phone with", "talked with": a conversation, not words on the record."""
    toks = c.tokens
    return (
        toks[v].lower in word_list("conversation_verbs")
        and v + 1 < len(toks)
        and toks[v + 1].lower in word_list("conversation_followers")
    )


def not_saying(c: Clause, v: int) -> bool:
    """A verb that speaks only before a clause ("признать целостность" recognises); in English
    a headline's "Lavrov claims the group progressed" speaks right after the name."""
    t = c.tokens[v]
    needs_clause = word_list("speech_needs_clause")
    if t.lemma not in needs_clause and t.lower not in needs_clause:
        return False
    if t.lower in word_list("speak_after_a_name_en") and v > 0:
        named = [r for r in c.roles if r.mention.last == v - 1 and r.kind != "place"]
        return not (named and not c.tokens[v - 1].lower.endswith(("'s", "’s")))
    return True


def governed(c: Clause, who: Role) -> bool:
    """A Russian name right after a preposition, perhaps behind a title ("у Ильхама Алиева",
    "с президентом Алиевым"): an oblique, never the subject before the verb."""
    if who.kind != "person" or c.tokens[who.mention.first].lower.isascii():
        return False
    k = who.mention.first - 1
    titles = word_list("title_head_nouns") | word_list("subordinate_titles")
    owners = {
        i
        for r in c.roles
        if r.kind in ("state", "organisation", "place")
        for i in range(r.mention.first, r.mention.last + 1)
    }
    office = [
        r for r in c.roles if r.mention.last == k and c.tokens[r.mention.first].text.islower()
    ]
    if office:  # "с госсекретарем США Майком Помпео": an office mention names the title
        k = office[0].mention.first - 1
        return k >= 0 and c.tokens[k].lower in word_list("oblique_prepositions_ru")
    skipped = 0
    while k >= 1 and k in owners and skipped < 2:
        k, skipped = k - 1, skipped + 1  # "с госсекретарем США Майком Помпео": the title's owner
    title = c.tokens[k] if k >= 1 else None
    if title is not None and title.lemma in titles and (not skipped or not title.nominative):
        k -= 1  # "с президентом Алиевым"; not "депутат от фракции Манукян"
    elif skipped:
        return False  # "В Азербайджане Алиев заявил": the state is where, the name speaks
    return k >= 0 and c.tokens[k].lower in word_list("oblique_prepositions_ru")


def mutual(c: Clause) -> bool:
    """ "обвинили друг друга", "accused each other": no one speaker on the record."""
    words = [t.lower for t in c.tokens]
    return any(
        a in ("друг", "each", "one") and b in ("друга", "другу", "другом", "other", "another")
        for a, b in pairwise(words)
    )


def noun_complement(c: Clause, who: Role) -> bool:
    """ "о деятельности миротворцев", "в зоне ответственности контингента": a Russian name in
    the genitive after a noun that a preposition governs completes that noun; no subject."""
    span = c.tokens[who.mention.first : who.mention.last + 1]
    if not span or span[0].lower.isascii():
        return False
    if any(t.nominative for t in span if t.pos in ("NOUN", "PROPN")):
        return False  # "в среду Минобороны Армении сообщило": a nominative noun heads it
    k = who.mention.first - 1
    nouns = 0
    while k >= 0 and who.mention.first - k <= 3 and c.tokens[k].pos in ("NOUN", "ADJ"):
        nouns += c.tokens[k].pos == "NOUN"
        k -= 1
    return nouns > 0 and k >= 0 and c.tokens[k].pos == "ADP"
