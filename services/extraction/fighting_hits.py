"""Fighting told without a fighting word: a broken truce and soldiers killed or wounded at a
place (the guide: fire, strikes or casualties)."""

from __future__ import annotations

from .clause_guards import guarded, negated
from .lexicon import word_list
from .rules import Clause


def broken_truce(c: Clause) -> list[int]:
    """ "зафиксировано нарушение режима прекращения огня в Мартакертском районе", "violating
    the ceasefire in Kalbajar": a breach of a truce is firing (the guide's rule)."""
    breaches = word_list("breach_words")
    at = [
        i
        for i in range(c.lo, c.hi)
        if (c.tokens[i].lemma in breaches or c.tokens[i].lower in breaches) and not negated(c, i)
    ]
    truce = c.at(c.lex.ceasefire)
    # "a checkpoint is a violation of the ceasefire agreement": what breaches a document
    # breaches its terms, it fires no shot; the truce's regime is broken by fire
    deals = set(c.at(c.lex.agreement))
    truce = [k for k in truce if not any(d in deals for d in range(k - 3, k + 3))]
    # "нарушение режима прекращения огня", "violating the ceasefire", "ceasefire violations"
    return [i for i in at if any(-2 <= k - i <= 4 and k != i for k in truce)][:1]


def casualties(c: Clause) -> list[int]:
    """ "An Azerbaijani soldier was killed on the border": a soldier killed or wounded at a
    named place or the border is fighting there (the guide: fire, strikes or casualties)."""
    soldiers = [
        i
        for i, t in enumerate(c.tokens[c.lo : c.hi], c.lo)
        if t.lemma in word_list("soldier_words") or t.lower in word_list("soldier_words")
    ]
    hurt = [
        i
        for i, t in enumerate(c.tokens[c.lo : c.hi], c.lo)
        if t.lemma in word_list("casualty_words") or t.lower in word_list("casualty_words")
    ]
    if not soldiers or not hurt or c.has(c.lex.exchange) or negated(c, hurt[0]):
        return []
    placed = c.has(c.lex.border_words) or any(
        r.kind == "place" and r.as_place and r.mention.entity.state is None for r in c.inside()
    )
    near = any(abs(i - j) <= 4 for i in soldiers for j in hurt)
    return [hurt[0]] if placed and near and not guarded(c, hurt[0]) else []
