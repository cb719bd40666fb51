"""Words of fighting read beyond the cue lexicon (evt6): fire opened with words between
("открыли интенсивный огонь"), a dateline's city (where the report is filed, not the
battlefield), and a date after "before" (it dates what came later)."""

from __future__ import annotations

from .cues import Role
from .dates import DateMention
from .lexicon import adjective_states, role_names, word_list
from .rules import Clause


def fire_opened(c: Clause) -> list[int]:
    """ "открыли интенсивный огонь", "вели прицельный огонь", "opened heavy fire": a verb of
    opening or keeping up fire, up to two words before the fire itself."""
    verbs, nouns = word_list("fire_verbs"), word_list("fire_nouns")
    return [
        i
        for i in range(c.lo, c.hi)
        if (c.tokens[i].lemma in verbs or c.tokens[i].lower in verbs)
        and any(c.tokens[k].lower in nouns for k in range(i + 2, min(c.hi, i + 4)))
    ]


def shot_at(c: Clause) -> list[int]:
    """ "shot at Armenian servicemen", "стреляли по армянским позициям", "открыли стрельбу по
    постам": shooting at soldiers, posts, vehicles or villages is fire (the guide: fire, strikes
    or casualties); a film shot at a studio or shots at targets on a range hit no one."""
    verbs, preps = word_list("shoot_words"), word_list("shoot_preps")
    targets = word_list("shot_targets")
    return [
        i
        for i in range(c.lo, c.hi - 1)
        if (c.tokens[i].lemma in verbs or c.tokens[i].lower in verbs)
        and c.tokens[i + 1].lower in preps
        and any(
            c.tokens[k].lemma in targets or c.tokens[k].lower in targets
            for k in range(i + 2, min(c.hi, i + 6))
        )
    ]


def dateline_place(c: Clause, r: Role) -> bool:
    """ "YEGHEGNADZOR –", "STEPANAKERT, Oct 4 (Reuters) -": a dateline names where the report
    is filed, in capitals before a dash or comma at the head of the text, not the battlefield."""
    words = c.tokens[r.mention.first : r.mention.last + 1]
    after = c.tokens[r.mention.last + 1] if r.mention.last + 1 < len(c.tokens) else None
    return (
        r.mention.first <= 3
        and all(t.text.isupper() and len(t.text) > 2 for t in words)
        and after is not None
        and after.text in ("–", "—", "-", ",", "(")
    )


def after_before(c: Clause, hit: int, date: DateMention) -> bool:
    """The date lies in a clause opened by "before" / "до того как" after the fighting: it
    dates what came later, not the fighting."""
    befores = word_list("later_clause_words")
    return any(
        c.tokens[k].lower in befores and c.tokens[k].end <= date.start
        for k in range(hit + 1, c.hi)
        if c.tokens[k].start < date.start
    )


def end_told(c: Clause, i: int) -> bool:
    """ "договорились об окончании войны", "a deal ending weeks of fighting": the end of the
    fighting is told; unless a date follows, the war's own ("завершения боевых действий,
    разгоревшихся осенью прошлого года"), it is no fact."""
    ends = word_list("war_end_words")
    if not any(
        c.tokens[k].lemma in ends or c.tokens[k].lower in ends for k in range(max(c.lo, i - 3), i)
    ):
        return False
    after = c.tokens[i].end
    return not any(after <= d.start < c.tokens[c.hi - 1].end for d in c.dates)


def own_date(c: Clause, i: int) -> bool:
    """ "the 2020 war", "a war of 2020", "войны 2020 года": the fighting word carries a date
    of its own as an attribute; its end told ("the truce that ended the 2020 war") still
    recalls a dated war, which the guide counts."""
    lo = c.tokens[max(c.lo, i - 2)].start
    hi = c.tokens[min(c.hi - 1, i + 2)].end
    return any(lo <= d.start < hi and d.start != c.tokens[i].start for d in c.dates)


def between_the_sides(c: Clause, hit: int) -> bool:
    """ "clashes between Armenia and Azerbaijan", "fighting between Azerbaijani and Armenian
    troops", "бои между армянскими и азербайджанскими военными", "between the neighbours":
    the two states' armies meet, with no place named, on the two states' border."""
    if not any(t.lower in word_list("between_words") for t in c.tokens[hit + 1 : hit + 3]):
        return False
    near = c.tokens[hit + 1 : min(c.hi, hit + 10)]
    if any(t.lower in word_list("two_states_words") for t in near):
        return True
    named = {r.name for r in c.roles if r.kind == "state" and hit < r.mention.first < hit + 10}
    named |= {
        adjective_states().get(t.lemma) or adjective_states().get(t.lower) or "" for t in near
    }
    return role_names("border_sides") <= named


def ending_clause(c: Clause, hit: int, date: DateMention) -> bool:
    """ "condemned the attack as a violation of the truce that stopped the war on November 10",
    "нарушение соглашения, которое остановило войну 10 ноября": a date in a relative clause
    whose verb ends the fighting dates that end, not the fighting told before it."""
    relatives, ends = word_list("relative_words"), word_list("ending_verbs")
    between = [t for t in c.tokens[hit + 1 : c.hi] if t.end <= date.start]
    for k, t in enumerate(between):
        if t.lower in relatives or t.lemma in relatives:
            rest = between[k + 1 :]
            return any(w.lemma in ends or w.lower in ends for w in rest)
    return False
