"""The clause window every rule reads, and the sources ("сообщает X") of a sentence."""

from __future__ import annotations

from dataclasses import dataclass

from .cues import Role, cue_positions, has, in_window
from .dates import DateMention
from .discourse import Context, Draft
from .foreign_dates import another_events_date
from .lexicon import Lexicon, word_list
from .text import Sentence, Token

DOCUMENT_WORDS = frozenset(
    {"agreement", "statement", "declaration", "deal", "accord", "document", "truce"}
)


@dataclass(slots=True)
class Clause:
    """A clause window of a sentence with everything the rules need."""

    sent: Sentence
    index: int
    lo: int
    hi: int
    roles: list[Role]
    dates: list[DateMention]
    tense: str | None
    lex: Lexicon
    ctx: Context

    @property
    def tokens(self) -> tuple[Token, ...]:
        return self.sent.tokens

    def has(self, cue: frozenset[str | tuple[str, ...]], whole: bool = False) -> bool:
        return has(cue, self.tokens, 0 if whole else self.lo, None if whole else self.hi)

    def at(self, cue: frozenset[str | tuple[str, ...]]) -> list[int]:
        # a cue word inside the name of a place or person is part of the name ("Nerkin Hand")
        named = {
            k
            for r in self.roles
            if r.kind in ("place", "person") and r.mention.last > r.mention.first
            for k in range(r.mention.first, r.mention.last + 1)
        }
        return [i for i in cue_positions(cue, self.tokens, self.lo, self.hi) if i not in named]

    def dates_the_saying(self, date: DateMention) -> bool:
        """The date is next to a speech verb ("said on Nov. 20"): it dates the saying."""
        at = next((k for k, t in enumerate(self.tokens) if t.start >= date.start), None)
        # "said on Nov. 20", "накануне заявлял": next to the verb, on either side
        verbs = self.at(self.lex.speech) + [
            k for k, t in enumerate(self.tokens) if t.lemma in word_list("press_verbs")
        ]
        if at is not None and any(-2 <= at - v <= 4 for v in verbs):
            return True
        # "According to the news agency Armenpress on Wednesday, ...": inside the attribution
        for a in self.at(self.lex.attribution):
            end = next((k for k in range(a, len(self.tokens)) if self.tokens[k].text == ","), None)
            if at is not None and end is not None and a < at < end:
                return True
        return False

    def inside(self) -> list[Role]:
        return [r for r in self.roles if in_window(r, self.lo, self.hi)]

    def date_near(
        self, index: int, after: bool = False, documents: bool = False
    ) -> DateMention | None:
        """The date nearest a token; a document's own date ("заявление от 9 ноября") only
        when `documents` (it dates the signing, never a meeting or a battle)."""
        lo_c, hi_c = self.tokens[self.lo].start, self.tokens[self.hi - 1].end
        cands = [
            d for d in self.dates if lo_c <= d.start < hi_c and (documents or not self._document(d))
        ]
        # "withdrawing following the recapture last year": that date is the recapture's
        cands = [d for d in cands if not another_events_date(self.tokens, index, d.start)]
        if after:
            pos = self.tokens[index].start
            later = [d for d in cands if d.start > pos]
            cands = later or cands
        if not cands:
            return None
        pos = self.tokens[index].start
        return min(cands, key=lambda d: abs(d.start - pos))

    def _document(self, d: DateMention) -> bool:
        """A document's date ("заявление от 9 ноября"), not an event's."""
        before = self.sent.text[max(0, d.start - self.sent.start - 4) : d.start - self.sent.start]
        if before.rstrip().lower().endswith(("от", "of", "dated")) and not self._time_of_day(d):
            return True
        # "the agreement signed on November 9, 2020": the day of a signing is the document's
        words = self.sent.text[max(0, d.start - self.sent.start - 24) : d.start - self.sent.start]
        last = [w.strip(",.").lower() for w in words.split()][-2:]
        if last and last[-1] == "on":
            last = last[:-1]
        if last and last[-1] in word_list("signed_words"):
            return True
        if last and last[-1] in word_list("document_genitives"):
            return True  # "вернуться к условиям перемирия 10 октября": that truce's day
        # "the November 9, 2020 agreement", "9 ноября заявление": the date names a document
        after = self.sent.text[d.end - self.sent.start : d.end - self.sent.start + 30].split()
        return bool(after) and after[0].strip(",.").lower() in DOCUMENT_WORDS

    def _time_of_day(self, d: DateMention) -> bool:
        """ "in the morning of September 27", "the early hours of 13 September": an event's
        day, not a document's (evt2)."""
        words = self.sent.text[max(0, d.start - self.sent.start - 24) : d.start - self.sent.start]
        last = [w.strip(",.").lower() for w in words.split()][-2:]
        return len(last) == 2 and last[0] in word_list("time_of_day_words")

    def draft(
        self,
        kind: str,
        args: dict[str, str | list[str] | None],
        modality: str,
        date: DateMention | None = None,
    ) -> Draft:
        if date is not None:
            args["date"] = date.value
        return Draft(
            kind,
            args,
            self.index,
            self.sent.paragraph,
            [(self.sent.start, self.sent.end)],
            modality,
            date,
        )


def _states(roles: list[Role], exclude: set[str]) -> list[str]:
    out: list[str] = []
    for r in roles:
        state = r.state
        if state and state not in exclude and state not in out and r.kind != "force":
            out.append(state)
    return out


def _nearest(
    roles: list[Role], index: int, kinds: tuple[str, ...], before: bool, limit: int
) -> Role | None:
    cands = [
        r
        for r in roles
        if r.kind in kinds
        and not r.absorbed
        and (r.mention.last < index if before else r.mention.first > index)
    ]
    cands = [
        r for r in cands if abs((r.mention.last if before else r.mention.first) - index) <= limit
    ]
    if not cands:
        return None
    return cands[-1] if before else cands[0]


def _agent(c: Clause, v: int, kinds: tuple[str, ...], before: int) -> Role | None:
    """The agent of a reporting verb: "X заявил" / ", сообщает X" (not across "что")."""
    if c.tokens[v].pos == "PRTS":
        return None  # "было отмечено": passive, no agent
    inverted = v > 0 and c.tokens[v - 1].pos == "PUNCT"
    who = None if inverted else _nearest(c.roles, v, kinds, True, before)
    if who and any(t.lower in ("что", "that") for t in c.tokens[who.mention.last : v]):
        who = None
    if who is None:
        who = _nearest(c.roles, v, kinds, False, 3)
        if who and any(
            t.pos == "PUNCT" or t.lower in ("что", "that")
            for t in c.tokens[v + 1 : who.mention.first]
        ):
            who = None
    return who


def source(c: Clause) -> tuple[list[str], str | None]:
    """Who claims the sentence's content, and the publisher if one is named."""
    claimed: list[str] = []
    reporter: str | None = None
    for r in c.roles:
        if "media" in r.mention.entity.flags:
            reporter = r.name
    for v in cue_positions(c.lex.report, c.tokens):
        who = _agent(c, v, ("organisation", "state", "person", "place"), 6)
        if who and who.kind == "place" and (who.as_place or not who.state):
            continue  # "in the Czech capital Prague on Thursday, state media said": a venue
        if who and "media" not in who.mention.entity.flags:
            who = _titled_person(c, v, who)
            claimed = [who.name if who.kind != "place" else (who.state or who.name)]
            break
    return claimed, reporter


def _titled_person(c: Clause, v: int, who: Role) -> Role:
    """ "заявил вице-премьер РФ Алексей Оверчук", "said Foreign Ministry spokeswoman Maria
    Zakharova": in a subject after the verb a person's name closes the noun phrase and is its
    head; the state or body before it only completes the title (the guide: a person speaking
    is named as the person)."""
    if who.kind == "person" or who.mention.first < v:
        return who
    for r in c.roles:
        if r.kind != "person" or r.mention.first <= who.mention.last:
            continue
        between = c.tokens[who.mention.last + 1 : r.mention.first]
        if len(between) <= 3 and not any(
            t.pos in ("PUNCT", "CCONJ", "VERB") or t.lower in ("что", "that") for t in between
        ):
            return r
        break
    return who
