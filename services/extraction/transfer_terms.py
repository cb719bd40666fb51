"""When a territory change is terms rather than news: a deadline, a schedule word, the future,
an agreement to hand over, or "was to" / "due" that makes a deadline of a plan."""

from __future__ import annotations

from functools import lru_cache

from . import transfer_words
from .lexicon import role_names, word_list
from .rules import Clause


def agreed_to(c: Clause, v: int) -> bool:
    """ "согласилась пойти на передачу районов", "Armenia agreed to return four villages": a
    handover agreed to is a handover still to come."""
    words = word_list("agree_words")
    return any(t.lemma in words or t.lower in words for t in c.tokens[max(c.lo, v - 4) : v])


def terms_told(c: Clause) -> bool:
    words = {t.lemma for t in c.tokens[c.lo : c.hi]} | {t.lower for t in c.tokens[c.lo : c.hi]}
    schedule = role_names("schedule_words") | transfer_words.words("schedule_more")
    if words & schedule or c.tense == "futr" or _phrase_told(c, schedule):
        return True
    return any(
        t.lower in ("до", "by", "until") and k + 1 < c.hi and c.tokens[k + 1].text[:1].isdigit()
        for k, t in enumerate(c.tokens[c.lo : c.hi], c.lo)
    ) or any(
        t.lower in ("by", "before", "until")
        and k + 1 < c.hi
        and c.tokens[k + 1].text[:3].isalpha()
        and c.tokens[k + 1].text[:3].lower() in MONTH_HEADS
        for k, t in enumerate(c.tokens[c.lo : c.hi], c.lo)
    )


def _phrase_told(c: Clause, schedule: frozenset[str] | set[str]) -> bool:
    """A schedule entry of several words ("is to", "was to") matched as consecutive words; one
    ending in "to" is the modal "be to" only before a verb ("Kalbajar is to be returned",
    "Armenia was to hand over Aghdam"), not before a noun ("it was to Baku that ..."); in a
    relative clause it describes its noun and leaves the main clause's tense to tell."""
    lowers = [t.lower for t in c.tokens[c.lo : c.hi]]
    relatives = transfer_words.words("plan_relatives")
    for entry in (w.split() for w in schedule if " " in w):
        n = len(entry)
        for k in range(len(lowers) - n + 1):
            relative = k > 0 and lowers[k - 1] in relatives
            if lowers[k : k + n] != entry or relative:
                continue  # "Aghdam, which was to be handed over, was returned": the noun's plan
            if entry[-1] != "to" or (k + n < len(lowers) and _verb_base(lowers[k + n])):
                return True
    return False


@lru_cache(maxsize=4096)
def _verb_base(word: str) -> bool:
    """ "be", "hand", "return": the bare infinitive an English modal "be to" governs."""
    from lemminflect import getAllLemmas

    return word.isalpha() and word in getAllLemmas(word).get("VERB", ())


MONTH_HEADS = frozenset(
    {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"}
)


def schedule_phrase(c: Clause, i: int) -> bool:
    """ "was to", "was due", "supposed": for a meeting an unrealised plan, for a handover the
    deadline of a schedule."""
    t = c.tokens[i]
    nxt = c.tokens[i + 1].lower if i + 1 < len(c.tokens) else ""
    # "должны быть возвращены": an obligation of the terms, not a hedge
    return (
        t.lower in ("supposed", "due")
        or (t.lemma == "be" and nxt in ("to", "due"))
        or (t.lemma == "должный" and c.tokens[i + 1].lemma == "быть" if nxt else False)
    )


def past_clause_after(c: Clause, h: int, verbs: list[int]) -> bool:
    """Every change verb stands in a time clause ("after", "когда") begun after the modal at h."""
    subordinators = transfer_words.words("time_subordinators")
    return bool(verbs) and all(
        v > h and any(t.lower in subordinators for t in c.tokens[h + 1 : v]) for v in verbs
    )


# the endings of a Russian full participle (declined like an adjective) and of a perfective
# gerund: past forms that are no finite verb ("перешедшем", "освобождённых", "войдя")
_RU_DONE_ENDS = (
    "ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие", "ого", "его", "ому", "ему",
    "ым", "им", "ом", "ем", "ую", "юю", "ых", "их", "ыми", "ими", "в", "вши", "я",
)  # fmt: skip
_EN_AUXILIARIES = frozenset({"be", "been", "being", "is", "are", "was", "were", "to", "get"})


def done_form(c: Clause, v: int, language: str) -> bool:
    """The change verb is a past participle or a perfective gerund that describes its noun or
    sets the scene ("в Агдамском районе, перешедшем под контроль Баку", "войдя в город",
    "Aghdam, retaken last week"): such a form carries its own tense, a change done, whatever
    the future or the deadline of the clause's finite verb; a passive after "быть"/"be" ("будет
    передан", "is to be handed over") is the clause's own verb and keeps its tense."""
    t = c.tokens[v]
    if t.tense != "past":
        return False
    before = c.tokens[v - 1].lower if v > c.lo else ""
    if language == "ru":
        if c.tokens[v - 1].lemma == "быть" if v > c.lo else False:
            return False
        return t.lower.endswith(_RU_DONE_ENDS) and not t.lower.endswith(("л", "ла", "ло", "ли"))
    return before not in _EN_AUXILIARIES and c.tokens[v - 1].lemma not in ("be", "have")


def implicative(c: Clause, i: int) -> bool:
    """ "managed to liberate": an implicative verb right before "to" entails its complement."""
    k = i - 2
    return k >= c.lo and c.tokens[k].lemma in transfer_words.words("implicative_verbs")


OBJECT_COLON_REACH = 14  # tokens between a verb and the colon that ends its object


def object_colon(c: Clause, v: int) -> bool:
    """A colon ending the verb's object phrase introduces the places it moves: no comma between
    the verb and the colon ("captured Shusha, and Aliyev said: ..." is a saying, not a list)."""
    for k in range(v + 1, min(c.hi, v + OBJECT_COLON_REACH)):
        t = c.tokens[k]
        if t.text == ":":
            return True
        if t.text in (",", ";"):
            return False
    return False
