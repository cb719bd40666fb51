"""Matching lexicon cues and gazetteer mentions inside a sentence's token window."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from .gazetteer_model import Mention
from .lexicon import Cue, word_list
from .text import Token

PLACE_PREPOSITIONS = frozenset(
    {"в", "во", "на", "из", "около", "близ", "in", "at", "from", "near", "to", "of"}
)


@lru_cache(maxsize=1024)
def _phrases_by_first_word(cue: Cue) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The cue's phrases keyed by their first word: a token is checked only against the
    phrases it can start (this match runs ~500k times per corpus pass)."""
    starts: dict[str, list[tuple[str, ...]]] = {}
    for item in cue:
        if isinstance(item, tuple):
            starts.setdefault(item[0], []).append(item)
    return {word: tuple(items) for word, items in starts.items()}


# (cue, tokens, lo, hi) -> positions: the rules ask the same clause for the same cue many
# times (~800k asks per corpus pass, a fifth of the CPU). Keyed by identity; each entry keeps
# its cue and tokens alive, so an id is never reused while its entry stands.
_MEMO: dict[tuple[int, int, int, int], tuple[Cue, tuple[Token, ...], tuple[int, ...]]] = {}
_MEMO_SIZE = 4_096


def cue_positions(
    cue: Cue, tokens: tuple[Token, ...], lo: int = 0, hi: int | None = None
) -> list[int]:
    """Indices in [lo, hi) where a cue (lemma, surface form or lemma phrase) starts."""
    hi = len(tokens) if hi is None else hi
    key = (id(cue), id(tokens), lo, hi)
    hit = _MEMO.get(key)
    if hit is not None and hit[0] is cue and hit[1] is tokens:
        return list(hit[2])
    out = _positions(cue, tokens, lo, hi)
    if len(_MEMO) >= _MEMO_SIZE:
        _MEMO.clear()
    _MEMO[key] = (cue, tokens, tuple(out))
    return out


def _positions(cue: Cue, tokens: tuple[Token, ...], lo: int, hi: int) -> list[int]:
    starts = _phrases_by_first_word(cue)
    out: list[int] = []
    for i in range(lo, hi):
        tok = tokens[i]
        if tok.pos == "MONTH":
            continue  # "May 1" is no modal
        lemma, lower = tok.lemma, tok.lower
        if lemma in cue or lower in cue:
            out.append(i)
            continue
        if not starts:
            continue
        candidates = starts.get(lemma, ()) + (starts.get(lower, ()) if lower != lemma else ())
        for item in candidates:
            if i + len(item) <= hi and all(
                tokens[i + k].lemma == w or tokens[i + k].lower == w for k, w in enumerate(item)
            ):
                out.append(i)
                break
    return out


def has(cue: Cue, tokens: tuple[Token, ...], lo: int = 0, hi: int | None = None) -> bool:
    return bool(cue_positions(cue, tokens, lo, hi))


def clauses(tokens: tuple[Token, ...], breaks: Cue) -> list[tuple[int, int]]:
    """Token ranges split at contrastive breaks (", но", ";", ", but")."""
    cuts = [
        i
        for i in cue_positions(breaks, tokens)
        if i > 0 and not (i + 2 < len(tokens) and tokens[i + 2].lower in ("также", "тоже"))
    ]  # ", а также" adds, it does not contrast
    bounds = [0, *cuts, len(tokens)]
    return [(a, b) for a, b in pairwise(bounds) if b > a]


def _future_in_past(tokens: tuple[Token, ...], lo: int, hi: int) -> bool:
    """ "said Putin would host them on Friday": reported future (not "would have")."""
    return any(
        t.lower == "would" and (k + 1 >= hi or tokens[k + 1].lower not in ("have", "not"))
        for k, t in enumerate(tokens[lo:hi], start=lo)
    )


def _set_to(tokens: tuple[Token, ...], lo: int, hi: int) -> bool:
    """ "is set to meet", "due to sign", "expected to hold": a plan; not "agreed to set up"
    (the verb "set" after "to") nor "due to" + noun cause beyond the plan words."""
    plan = word_list("plan_before_to")
    return any(
        t.lower in plan and k + 1 < hi and tokens[k + 1].lower == "to"
        for k, t in enumerate(tokens[lo:hi], start=lo)
    )


def _headline_to(tokens: tuple[Token, ...], lo: int, hi: int) -> bool:
    """English headlinese "Pompeo to meet Lavrov on Friday", "Armenian, Azerbaijani FMs to Meet
    in Moscow": a subject of capitalised words (from the clause start or a colon) followed by
    "to" and a verb, with no finite verb, is a plan (the future of headlines). Not "According
    to ...", not "Aliyev invited Pashinyan to meet" (a lowercase verb stands between)."""
    joins = {",", "and", "of", "'s", "’s", "&"}
    start = lo
    for k in range(lo, hi):
        t = tokens[k]
        if t.text in (":", "|", "—", "–") and k + 1 < hi:
            start = k + 1
            continue
        if t.lower != "to":
            if not (t.text[:1].isupper() or (t.lower in joins and k > start)):
                return False
            continue
        if k == start or k + 1 >= hi or tokens[k - 1].lower in word_list("to_not_headline"):
            return False
        verb = tokens[k + 1]
        follower = tokens[k + 2].text if k + 2 < hi else ""
        if not verb.text.isalpha() or verb.lower in word_list("to_not_verb"):
            return False
        return verb.text[:1].islower() or follower[:1].islower()
    return False


def tense_of(tokens: tuple[Token, ...], lo: int, hi: int, language: str) -> str | None:
    """ "futr" if a future verb (or will/будет) is in the window, else "past"/"pres"/None."""
    # "напомним" ("let us recall") is a future form that introduces the past
    tenses = {t.tense for t in tokens[lo:hi] if t.tense and t.lemma != "напомнить"}
    words = {t.lower for t in tokens[lo:hi]}
    if "futr" in tenses or words & {"will", "будет", "будут", "состоится", "состоятся"}:
        return "futr"
    if language == "en" and _set_to(tokens, lo, hi):
        return "futr"
    if language == "en" and _future_in_past(tokens, lo, hi):
        return "futr"
    if language == "en" and not tenses and _headline_to(tokens, lo, hi):
        return "futr"
    if "past" in tenses:
        return "past"
    if "pres" in tenses:
        return "pres"
    return None


@dataclass(frozen=True, slots=True)
class Role:
    """A merged mention with its role hints inside the sentence."""

    mention: Mention
    absorbed: bool  # a person named right after an office ("в аппарате премьера Пашиняна")
    as_place: bool  # a place used as a location (after a preposition), not a metonym

    @property
    def name(self) -> str:
        return self.mention.entity.name

    @property
    def kind(self) -> str:
        return self.mention.entity.kind

    @property
    def state(self) -> str | None:
        e = self.mention.entity
        if e.kind == "place" and self.as_place:
            return None
        return e.state if e.kind != "state" else e.name


def roles(mentions: list[Mention], tokens: tuple[Token, ...]) -> list[Role]:
    """Merge adjacent mentions of one entity; mark absorbed persons and place usage."""
    merged: list[Mention] = []
    deputies = word_list("deputy_words")
    for m in mentions:
        if m.entity.kind == "person" and m.first and tokens[m.first - 1].lower in deputies:
            continue  # "Deputy Prime Minister of Armenia": not the prime minister
        if merged and merged[-1].entity.id == m.entity.id and merged[-1].last + 1 >= m.first:
            prev = merged[-1]
            merged[-1] = Mention(m.entity, prev.first, m.last, prev.start, m.end)
        else:
            merged.append(m)
    out: list[Role] = []
    for i, m in enumerate(merged):
        left = merged[i - 1] if i else None
        # "в аппарате премьер-министра Никола Пашиняна": the office acts, the person only
        # names it; "President of the European Council Charles Michel" acts himself
        absorbed = (
            m.entity.kind == "person"
            and left is not None
            and left.entity.kind == "organisation"
            and left.last + 1 == m.first
            and left.first > 0
            and tokens[left.first - 1].lower in ("в", "во", "на", "in", "at", "from")
        )
        before = tokens[m.first - 1].lower if m.first else ""
        before2 = tokens[m.first - 2].lower if m.first > 1 else ""
        head = tokens[m.first]
        # "в районе Джермука": a place two words after a preposition is in the genitive
        governed = before2 in PLACE_PREPOSITIONS and (
            head.has_case("gent") or head.has_case("loct")
        )
        # "в столице США Вашингтоне", "in the US capital Washington": the capital as a place
        capital = any(
            t.lemma in ("столица", "capital") for t in tokens[max(0, m.first - 3) : m.first]
        )
        as_place = m.entity.kind == "place" and (
            m.entity.state is None or before in PLACE_PREPOSITIONS or governed or capital
        )
        out.append(Role(m, absorbed, as_place))
    return out


def in_window(role: Role, lo: int, hi: int) -> bool:
    return lo <= role.mention.first < hi
