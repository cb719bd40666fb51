"""What the sides agreed on, and how a deal is told (rules_agreements.py): a meeting agreed on
is no deal, a joint statement agreed on is a document, a decision two sides take together is a
deal, a participle beside a cited document ("the agreements reached") only qualifies it."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from .cues import Role
from .lexicon import role_names, word_list
from .rules import Clause, _states


def statements(c: Clause) -> list[int]:
    words = word_list("statement_nouns")
    return [
        k for k in range(c.lo, c.hi) if c.tokens[k].lemma in words or c.tokens[k].lower in words
    ]


def meeting_object(c: Clause, a: int) -> bool:
    """ "agreed to hold a meeting", "договорились провести встречу": what was agreed is a
    meeting or talks, a meeting announced (the guide: process commitments are no agreement)."""
    meeting = set(c.at(c.lex.meeting))
    fillers = word_list("meeting_object_fillers")  # "to hold a", "провести очередную"
    # who agreed may stand between: "the agreement of Pashinyan and Aliyev on holding talks"
    named = {k for r in c.inside() for k in range(r.mention.first, r.mention.last + 1)}
    reach = MEETING_OBJECT_REACH + len([k for k in named if k > a])
    for k in range(a + 1, min(c.hi, a + reach)):
        if k in meeting:
            return True
        tok = c.tokens[k]
        if k in named or tok.lower in ("of", "and", "и", "между"):
            continue
        if tok.lower not in fillers and tok.lemma not in fillers:
            return False  # "reached at the meeting": the meeting is where, not what
    return False


def agreed_document(c: Clause, agree: list[int]) -> list[int]:
    """ "we agreed on a joint statement", "согласовали совместное заявление": a statement that
    is what the sides agreed on is a document (the guide: a joint statement is an agreement)."""
    return [i for i in statements(c) if any(0 < i - a < AGREED_OBJECT_REACH for a in agree)]


AGREED_OBJECT_REACH = 5  # "agreed on a joint statement"
MEETING_OBJECT_REACH = 8  # "agreed to hold a new round of talks"


def decided(c: Clause) -> list[int]:
    """ "made a decision", "приняли решение", "одобрили создание": a decision two sides take
    together is a deal (the guide: any other agreement or deal, signed or reached)."""
    phrases = _by_first_word(word_list("joint_decisions"))
    for a in range(c.lo, c.hi):
        tok = c.tokens[a]
        starting = phrases.get(tok.lemma, []) + phrases.get(tok.lower, [])
        said = [p for p in starting if _phrase_at(c, a, p)]
        if not said:
            continue
        # "принято решение о проведении встречи": a decision to meet is a meeting to come
        if meeting_object(c, a + len(said[0]) - 1):
            continue
        # the deciders are the subject before the verb: "было принято решение обратиться к
        # России" is one side's decision about another
        deciders = [r for r in c.inside() if r.mention.last < a and not r.as_place]
        if len(_states(deciders, set())) >= 2:
            return [a]
    return []


@lru_cache(maxsize=8)
def _by_first_word(phrases: frozenset[str]) -> dict[str, list[list[str]]]:
    """The phrases keyed by their first word: a position is checked only against the phrases
    it can start."""
    out: dict[str, list[list[str]]] = {}
    for p in phrases:
        words = p.split()
        out.setdefault(words[0], []).append(words)
    return out


def _phrase_at(c: Clause, a: int, phrase: list[str]) -> bool:
    toks = c.tokens[a : min(c.hi, a + len(phrase))]
    return len(toks) == len(phrase) and all(
        w in (t.lemma, t.lower) for w, t in zip(phrase, toks, strict=True)
    )


def attributive(c: Clause, a: int, nouns: list[int]) -> bool:
    """ "the agreements reached", "previously reached agreements", "достигнутых ранее
    договоренностей": a participle right beside a document noun describes the document."""
    tok = c.tokens[a]
    participle = tok.pos in ("PRTF", "VBN") or tok.lower.endswith(("ed", "нутых", "нутого"))
    near = [n for n in nouns if abs(a - n) <= ATTRIBUTIVE_REACH]
    if not participle or not near:
        return False
    # only "the agreements reached" (plural: no one document) or "reached earlier"; "the
    # agreement reached at Friday's meeting" tells the deal
    lo, hi = min(a, near[0]), max(a, near[0]) + 1
    earlier = any(t.lower in word_list("earlier_words") for t in c.tokens[lo - 1 : hi])
    noun = c.tokens[near[0]]
    plural = tok.lower.endswith(("ых", "ые", "ым")) or (
        noun.lower.endswith("s") and noun.lemma != noun.lower
    )
    return earlier or plural


ATTRIBUTIVE_REACH = 3  # "достигнутого ранее соглашения", "agreements previously reached"


def releases_by_each(c: Clause, prisoners: list[int]) -> list[int]:
    """ "with Azerbaijan releasing 32 Armenian soldiers and Armenia releasing two Azerbaijani
    soldiers", "Азербайджан освобождает 32 военнослужащих, Армения — двоих": two warring
    sides each the subject of a release of people is an exchange (the guide: prisoners in a
    joint statement are a PrisonerExchangeAgreed beside the statement's AgreementSigned).
    The position of the first release word, else none."""

    def releasing(r: Role, releases: list[int]) -> bool:
        return any(0 < k - r.mention.last <= RELEASER_REACH for k in releases)

    return _released_by_two_sides(c, prisoners, releasing)


def mutual_release(c: Clause, prisoners: list[int]) -> list[int]:
    """ "the release of 32 Armenian servicemen by Azerbaijan and 2 Azerbaijani servicemen by
    Armenia": a release by each of two sides is an exchange (the release word's position, else
    none)."""

    def released_by(r: Role, releases: list[int]) -> bool:
        # the releaser named right after the people it releases ("servicemen by X")
        after = r.mention.first > releases[0]
        return after and any(0 < r.mention.first - p <= 2 for p in prisoners)

    return _released_by_two_sides(c, prisoners, released_by)


def _released_by_two_sides(
    c: Clause, prisoners: list[int], releaser: Callable[[Role, list[int]], bool]
) -> list[int]:
    """The first release word's position when two warring sides are its releasers, else none."""
    releases = [i for i in range(c.lo, c.hi) if c.tokens[i].lemma in word_list("release_words")]
    if not releases or not prisoners:
        return []
    sides = role_names("belligerents")
    named = {r.state for r in c.inside() if r.state in sides and releaser(r, releases)}
    return releases[:1] if len(named) >= 2 else []


RELEASER_REACH = 2  # "Armenia releasing", "Azerbaijan also releases"
