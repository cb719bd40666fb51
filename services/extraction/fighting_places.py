"""Where a fighting word puts its episode (hos13): a state's territory named as what was hit.

"shelling of Armenia's territory", "over Armenian territory", "обстреляли территорию Армении":
a state's territory hit by the fighting is a place, though the state alone (its capital
speaking, its government acting) is none; it is the place of fire even where the clause names
another place further on ("not far from Nagorno-Karabakh"). The source of fire ("с территории
Армении", "from Armenian territory") and an aim ("aggression against the territory") are not."""

from __future__ import annotations

from .lexicon import adjective_states, word_list
from .rules import Clause

# "shot down an Armenian SU-25 warplane over Armenian territory": the object may stand between
TERRITORY_GAP = 8


def territory_hit(c: Clause, hit: int) -> tuple[str, int] | None:
    """The state whose territory the fighting hit, with the territory word's index: "of
    Armenia's territory", "Armenian territory", "the territory of Armenia", "территорию
    Армении", "армянскую территорию"."""
    words = word_list("territory_nouns")
    adjectives = adjective_states()
    states = {r.mention.first: r for r in c.roles if r.kind == "state"}
    ends = {r.mention.last: r for r in c.roles if r.kind == "state"}
    for k in range(hit + 1, min(c.hi, hit + TERRITORY_GAP + 1)):
        t = c.tokens[k]
        if t.lower not in words and t.lemma not in words:
            continue
        # "ракетные удары с территории Армении", "fire from Armenian territory": the fire's
        # source, not what it hit
        opening = [x.lower for x in c.tokens[max(hit + 1, k - 3) : k]]
        if any(w in word_list("source_prepositions") for w in opening):
            continue
        # what the fire hit: "shelling of", "over", "on", "по", or the bare object right after
        # the fighting word ("обстреляли армянскую территорию"); "against the territory" is
        # an aggression's aim, no place of fire
        if k - hit > 3 and not any(w in word_list("target_prepositions") for w in opening):
            return None
        before = c.tokens[k - 1]
        name = adjectives.get(before.lemma) or adjectives.get(before.lower)
        if name:
            return name, k
        # "Armenia's territory": the state ends one or two tokens before ("'s" between)
        for j in (k - 1, k - 2):
            if j in ends and all(x.lower in ("'s", "’s", "'", "’") for x in c.tokens[j + 1 : k]):
                return ends[j].name, k
        # "territory of Armenia", "территории Армении"
        for j in (k + 1, k + 2):
            if j in states and all(x.lower in ("of", "the") for x in c.tokens[k + 1 : j]):
                return states[j].name, k
        return None
    return None
