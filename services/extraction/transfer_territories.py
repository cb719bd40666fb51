"""Which places a handover or capture moves: the territories near its verb.

A list ("X, Y, Z and W") moves whole once one of its names is near the verb; a region counts
only as the verb's object ("control over Karabakh"), never as a landmark; a district that
only contains the villages named ("villages X and Y in the Gazakh District") is not moved
itself.
"""

from __future__ import annotations

from .cues import Role
from .gazetteer import canonical_entity
from .gazetteer_model import Mention
from .lexicon import word_list
from .rules import Clause
from .transfer_lists import headed
from .transfer_words import region_parts, words

TERRITORY_FLAGS = frozenset({"district", "city", "region", "village"})


def _listed(c: Clause, prev_last: int | None, r: Role) -> bool:
    """ "X, Y, Z and W": a territory joined to the one before it belongs to the same list."""
    if prev_last is None or r.mention.first <= prev_last:
        return False
    between = c.tokens[prev_last + 1 : r.mention.first]
    if 0 < len(between) <= 2 and all(t.lower in word_list("list_joiners") for t in between):
        return True
    return headed(between)


def _lists_in_reach(c: Clause, ordered: list[Role], v: int, reach: int, back: int = 8) -> set[int]:
    """Members of a list ("X, Y, Z and W") one of whose members is near the verb: the whole
    list moves, its first name too ("Села X, Y и Z будут возвращены")."""
    groups: list[list[Role]] = []
    for r in ordered:
        if groups and _listed(c, groups[-1][-1].mention.last, r):
            groups[-1].append(r)
        else:
            groups.append([r])
    near = [g for g in groups if any(-back <= m.mention.first - v <= reach for m in g)]
    return {id(m) for g in near if len(g) > 1 for m in g}


def territories(c: Clause, v: int, reach: int, back: int = 8) -> list[Role]:
    out: list[Role] = []
    prev_last: int | None = None
    ordered = sorted(c.inside(), key=lambda r: r.mention.first)
    listed_with_reach = _lists_in_reach(c, ordered, v, reach, back)
    for r in ordered:
        in_reach = -back <= r.mention.first - v <= reach or id(r) in listed_with_reach
        if not in_reach and not _listed(c, prev_last, r):
            continue  # too far from the verb to be what it moves
        prev_last = r.mention.last
        e = r.mention.entity
        if r.kind != "place" or not (e.flags & TERRITORY_FLAGS) or "border" in e.flags:
            continue
        if not r.as_place:
            continue  # "Ереван передал Баку": capitals standing for their governments
        if _set_aside(c, r):
            continue  # "In addition to Agdam, ... must leave Kalbajar": told elsewhere
        if e.state and r.mention.first and c.tokens[r.mention.first - 1].lower in ("to", "к"):
            continue  # "hand over the Agdam region ... to Baku": the capital receives
        follows = [o for o in c.roles if o.mention.first == r.mention.last + 1]
        if "region" in e.flags and follows:
            continue  # "Nagorno-Karabakh's Lachin region": a landmark, not the territory
        nxt = c.tokens[r.mention.last + 1].lower if r.mention.last + 1 < c.hi else ""
        if "region" in e.flags and nxt in word_list("place_heads") | words("place_plurals"):
            continue  # "the Nagorno-Karabakh town of Shusha": the region names where it lies
        if "region" in e.flags and _after_place(c, r):
            continue  # "Лачинский район Нагорного Карабаха": the district is moved
        if "region" in e.flags:
            before = c.tokens[r.mention.first - 1].lower if r.mention.first else ""
            before2 = c.tokens[r.mention.first - 2].lemma if r.mention.first > 1 else ""
            before2_word = c.tokens[r.mention.first - 2].lower if r.mention.first > 1 else ""
            direct = (
                0 < r.mention.first - v <= 3
                or _subject_of_passive(c, r, v)
                or _participle_after(c, r, v)
                # "Karabakh returned to Azerbaijani control" (not "район Карабаха перешел")
                or (r.mention.last + 1 == v and c.tokens[r.mention.last].nominative)
                or (before in ("of", "over", "над") and before2 in word_list("control_nouns"))
                # "occupied 20 percent of Azerbaijan, including the Nagorno-Karabakh region"
                or before in word_list("inclusion_words")
                or (before == "the" and before2_word in word_list("inclusion_words"))
                or _parts_of(c, r)
            )
            if not direct:
                continue
        if "corridor" in e.flags or e.name in word_list("never_territories"):
            continue  # "officials in Yerevan say": a capital is where news comes from
        out.append(r)
    small = [r for r in out if r.mention.entity.flags & {"village", "city"}]
    if small:
        # "villages X and Y in the Gazakh District": the district only contains them
        out = [r for r in out if not ("district" in r.mention.entity.flags and _contains(c, r))]
    return out


def _set_aside(c: Clause, r: Role) -> bool:
    """ "In addition to Agdam", "кроме Агдама": a place set aside as told elsewhere."""
    before = " ".join(t.lower for t in c.tokens[max(c.lo, r.mention.first - 3) : r.mention.first])
    return any(before.endswith(w) for w in words("set_aside"))


def _after_place(c: Clause, r: Role) -> bool:
    """A region right after a named place ("Лачинский район Нагорного Карабаха", "Shusha,
    Nagorno-Karabakh") only says where that place lies."""
    for o in c.roles:
        if o is r or o.kind != "place":
            continue
        gap = c.tokens[o.mention.last + 1 : r.mention.first]
        if o.mention.last < r.mention.first and all(t.text == "," for t in gap) and len(gap) < 2:
            return True
    return False


def _parts_of(c: Clause, r: Role) -> bool:
    """ "retook territory in and around Nagorno-Karabakh": parts of a region taken are the
    gold's region (Russian words, if the data lists any, stand right before the genitive)."""
    parts = region_parts()
    k = r.mention.first - 1
    if k >= c.lo and c.tokens[k].lower in parts["ru"]:
        return True
    steps = 0
    while k >= c.lo and steps < 5 and c.tokens[k].lower in ("in", "of", "around", "and", "the"):
        k, steps = k - 1, steps + 1
    return steps > 0 and k >= c.lo and c.tokens[k].lower in parts["en"]


def participial(c: Clause, v: int) -> bool:
    """ "..., captured by Azerbaijan", "..., перешедшего под контроль Баку": the verb is a
    participle set off by a comma (a reduced relative clause), not the sentence's predicate,
    so the sentence's subject is not its agent."""
    if v <= c.lo or c.tokens[v - 1].text != ",":
        return False
    low = c.tokens[v].lower.replace("ё", "е")
    if low.endswith(("ed", "en")):
        return True  # "captured", "retaken": a past participle after the comma
    endings = words("participle_endings_ru") | words("active_participle_endings_ru")
    return any(low.endswith(e) for e in endings)


def _participle_after(c: Clause, r: Role, v: int) -> bool:
    """ "Karabakh, captured by Azerbaijan in 2023": a participle right after the region and its
    comma modifies the region, which is what its verb moves (as the subject of a passive)."""
    return r.mention.last + 2 == v and participial(c, v)


def _subject_of_passive(c: Clause, r: Role, v: int) -> bool:
    """ "Karabakh was retaken by Azerbaijan", "Карабах был возвращен": the region is moved."""
    between = c.tokens[r.mention.last + 1 : v]
    return 0 < len(between) <= 2 and all(t.lemma in ("be", "быть") for t in between)


def inverted_control(c: Clause) -> list[int]:
    """ "под контроль Азербайджана перешел Агдамский район", "районы, перешедшие в прошлом году
    под контроль Баку": "перейти" with its "под контроль" apart from it."""
    out = []
    for k in range(c.lo, c.hi):
        if c.tokens[k].lemma not in ("перейти", "переход"):
            continue
        before = [t.lemma for t in c.tokens[max(c.lo, k - 5) : k]]
        after = [t.lemma for t in c.tokens[k + 1 : min(c.hi, k + 9)]]
        for near in (before, after):
            if "под" in near and "контроль" in near[near.index("под") :]:
                out.append(k)
                break
    return out


def relative_object(c: Clause, v: int) -> list[Role]:
    """ "Karabakh, the territory Azerbaijan reclaimed", "Карабах, который Азербайджан вернул":
    the territory named before the relative clause is what its verb moves."""
    lo = max(c.lo, v - 6)
    markers = [
        k
        for k in range(lo, v)
        if c.tokens[k].lemma in word_list("relative_heads")
        or c.tokens[k].lower in word_list("relative_heads")
    ]
    if not markers:
        return []
    k = markers[0]
    while k > c.lo and c.tokens[k - 1].lower in ("the", "a", "that", "which"):
        k -= 1
    k = _over_preposition(c, k)
    if k == c.lo or c.tokens[k - 1].text != ",":
        return []
    return [
        r
        for r in c.inside()
        if r.kind == "place"
        and r.mention.entity.flags & TERRITORY_FLAGS
        and r.mention.last == k - 2
        # "населённые пункты в Нагорном Карабахе, которые переходят": the relative
        # pronoun refers to the head noun, not to the place inside its prepositional phrase
        and (r.mention.first == c.lo or c.tokens[r.mention.first - 1].lower not in ("в", "in"))
    ]


def relative_leaving(c: Clause) -> list[int]:
    """ "the district from which Armenian forces withdrew": a verb of leaving a few words after
    a preposition with a relative pronoun (the place is found by `relative_object`)."""
    leave = words("relative_leave_verbs")
    preps = words("relative_prepositions")
    heads = word_list("relative_heads")
    out = []
    for i in range(c.lo + 2, c.hi):
        if c.tokens[i].lemma not in leave and c.tokens[i].lower not in leave:
            continue
        for k in range(max(c.lo + 1, i - 5), i):
            pronoun = c.tokens[k].lower in heads or c.tokens[k].lemma in heads
            if pronoun and c.tokens[k - 1].lower in preps:
                out.append(i)
                break
    return out


def _over_preposition(c: Clause, k: int) -> int:
    """ "Aghdam, the first district from which forces withdrew", "Агдам — район, из которого
    вышли войска": back over the preposition and the short noun phrase it follows
    to the comma after the place; k itself when there is no preposition."""
    if k <= c.lo or c.tokens[k - 1].lower not in words("relative_prepositions"):
        return k
    j = k - 1
    while j > c.lo and j > k - 7 and c.tokens[j - 1].text.isalpha():
        j -= 1
    return j if j > c.lo and c.tokens[j - 1].text == "," else k


def _contains(c: Clause, r: Role) -> bool:
    before = {t.lower for t in c.tokens[max(0, r.mention.first - 2) : r.mention.first]}
    return bool(before & {"in", "в", "of"})


def _region_before(c: Clause, v: int) -> str | None:
    """The region named last before the verb in this sentence, else in the text before it."""
    named = [
        r
        for r in c.roles
        if r.kind == "place" and "region" in r.mention.entity.flags and r.mention.last < v
    ]
    return named[-1].name if named else c.ctx.region


def _anaphor_at(c: Clause, v: int) -> int | None:
    """Where the word standing for a region is: "recaptured it", "retook the (breakaway)
    region", or "the region occupied by Azerbaijan" (the noun right before a participle)."""
    k = v + 1
    if k < c.hi and c.tokens[k].lower in word_list("territory_pronouns"):
        return k
    nouns = word_list("region_anaphors")
    by_follows = k < c.hi and c.tokens[k].lower == "by"
    # "its seizure by Azerbaijan", "its recapture": a noun's possessor is what it took
    if v > c.lo and c.tokens[v - 1].lower == "its" and (by_follows or c.tokens[k].lower != "of"):
        return v - 1
    if k < c.hi and c.tokens[k].lower == "of":
        k += 1  # "Azerbaijan's recapture of the disputed territory": the noun's object
    if k < c.hi and c.tokens[k].lower == "the":
        for j in (k + 1, k + 2):
            if j < c.hi and c.tokens[j].lower in nouns:
                return j
            if j < c.hi and not c.tokens[j].text.islower():
                break  # "the Lachin region": a named place, not an anaphor
    if by_follows and v > c.lo and c.tokens[v - 1].lower in nouns:
        return v - 1
    return _passive_subject(c, v, nouns)


def _passive_subject(c: Clause, v: int, nouns: frozenset[str]) -> int | None:
    """ "(most of) the territory was reclaimed", "the region has been retaken": the anaphor is
    the subject of the passive, the place its verb moves."""
    k = v - 1
    while k > c.lo and c.tokens[k].lemma in ("be", "have", "быть"):
        k -= 1
    return k if k < v - 1 and c.tokens[k].lower in nouns else None


def pronoun_territory(c: Clause, v: int) -> list[Role]:
    """ "Azerbaijan recaptured it last year", "retook the region": the region spoken of last."""
    k = _anaphor_at(c, v)
    region = _region_before(c, v) if k is not None else None
    if k is None or region is None:
        return []
    entity = canonical_entity(region)
    if entity is None:
        return []
    t = c.tokens[k]
    return [Role(Mention(entity, k, k, t.start, t.end), absorbed=False, as_place=True)]
