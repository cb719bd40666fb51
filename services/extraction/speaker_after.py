"""The speaker told after the speech verb ("said Armenia's Foreign Ministry",
"сообщила пресс-служба Совбеза Армении"): who may stand there, and who is only spoken to."""

from __future__ import annotations

from .cues import Role
from .lexicon import word_list
from .rules import Clause
from .speaker_cues import (
    clause_subject_en,
)
from .speaker_heads import prefer_person
from .speaker_roles import (
    COMPLEMENTISERS,
    after_in,
    eligible,
    subject,
)
from .speaker_shapes import (
    abbreviation_dot,
)
from .speaker_titles import (
    noun_complement,
    oblique_after,
    served_by_title,
)

# tokens between the served person and the aide's name: the rest of a long title
HOLDER_REACH = 15


def subject_after(
    c: Clause, v: int, limit: int, commas: bool = False, owner: bool = False
) -> Role | None:
    """The subject after the verb; `commas` lets a time phrase come between ("сообщило в
    пятницу, 20 ноября, Минобороны Азербайджана"); `owner` takes the genitive owner of a
    document ("говорится в заявлении Кремля")."""
    cands = [
        r for r in c.roles if eligible(r) and r.mention.first > v and r.mention.first - v <= limit
    ]
    allowed = ("-", "—", ",") if commas else ("-", "—")
    for who in cands:
        between = c.tokens[v + 1 : who.mention.first]
        if any(
            (t.pos == "PUNCT" and t.text not in allowed and not abbreviation_dot(c, k))
            or t.lower in COMPLEMENTISERS
            for k, t in enumerate(between, v + 1)
        ):
            return None
        if clause_subject_en(c, who):
            return None  # "..., said Armenia would be the biggest loser": what was said
        if not owner and addressed(c, v, who):
            continue  # "reported this to President Aliyev": the one addressed listens
        if oblique_after(c, who, v):
            continue  # "сообщил в разговоре с президентом Беларуси Лукашенко": an oblique
        if not owner and noun_complement(c, who):
            continue  # "зафиксировано в зоне ответственности контингента": a noun's complement
        if not owner and served_by_title(c, who):
            # "— заявила помощница Алиева": the one the aide serves does not speak; the aide's
            # own name may follow the rest of the title ("said Assistant of the President of
            # Azerbaijan, Head of ... Department Hikmet Hajiyev")
            return _holder_after(c, who)
        # "сказал он на встрече с главой Армении": an oblique is not the subject; the
        # nominative may come later ("заявила пресс-секретарь ведомства Армении Степанян")
        span = c.tokens[who.mention.first : who.mention.last + 1]
        # "сообщила пресс-служба Совбеза Армении": the genitive after a nominative office noun
        if owner or any(t.nominative for t in span) or after_in(c, who) or subject(c, who):
            named = [
                r for r in cands if r.kind == "person" and r.mention.first == who.mention.last + 1
            ]
            # "пресс-секретарь премьера Армении Назели Багдасарян": the name after the title
            return named[0] if named and who.kind == "person" else prefer_person(c, who)
    return None


def _holder_after(c: Clause, served: Role) -> Role | None:
    """The first person named after the served one, with only title words between."""
    titles = word_list("en_titles")
    for r in c.roles:
        if r.kind != "person" or r.mention.first <= served.mention.last:
            continue
        span = c.tokens[r.mention.first : r.mention.last + 1]
        if any(t.text in titles for t in span):
            continue  # "Foreign Policy Affairs Department": the title's own words, no name
        if r.mention.first - served.mention.last > HOLDER_REACH:
            return None
        between = c.tokens[served.mention.last + 1 : r.mention.first]
        if any(t.pos in ("VERB", "AUX") or t.lower in COMPLEMENTISERS for t in between):
            return None
        return r if eligible(r) else None
    return None


def addressed(c: Clause, v: int, who: Role) -> bool:
    """ "reported this to President Ilham Aliyev": an English name after "to" (behind its
    title) following the verb is the one spoken to, not the speaker."""
    titles = {w.lower() for w in word_list("en_titles")}
    k = who.mention.first - 1
    while k > v and c.tokens[k].lower in titles:
        k -= 1
    return k > v and c.tokens[k].lower == "to"
