"""Sentence shapes that name a speaker, or rule one out: anaphors ("the ministry said"), own
press services, quotes, verb-first Russian, lists of states, a headline's source after a dash."""

from __future__ import annotations

from .cues import Role
from .lexicon import adjective_states, word_list
from .rules import Clause
from .speaker_roles import COMPLEMENTISERS, QUOTES, eligible
from .text import Token


def anaphor(c: Clause, v: int) -> Role | None:
    """ "ведомство опровергло", "в ведомстве отметили", "the ministry said": the institution
    the article named last."""
    near = {t.lemma for t in c.tokens[max(0, v - 2) : v]}
    if near & c.lex.institution_anaphor and c.ctx.institution is not None:
        # "the Armenian ministry said": that state's institution, not the last one named
        adjectives = [adjective_states().get(t.lower) for t in c.tokens[max(0, v - 3) : v]]
        state = next((s for s in adjectives if s), None)
        if state is not None:
            return c.ctx.institutions.get(state)
        # "Ведомство заявило": the institution that spoke last, not one merely named since
        return c.ctx.speaking_institution or c.ctx.institution
    pronouns = word_list("speaker_pronouns")
    beside = {t.lower for t in c.tokens[max(0, v - 1) : v + 2]}
    if beside & pronouns and c.ctx.person_voice is not None:
        return c.ctx.person_voice  # "- сказал он", "he said": the last person who spoke
    return None


def own_press_service(c: Clause, v: int) -> Role | None:
    """ "..., his press service said", "сообщила его пресс-служба": the person the sentence is
    about (its first person named) speaks through the service."""
    window = " ".join(t.lower for t in c.tokens[max(0, v - 4) : v + 4])
    if not any(phrase in window for phrase in word_list("own_press_service")):
        return None
    if any(r.kind == "person" and 0 < r.mention.first - v <= 5 for r in c.roles):
        return None  # "заявила его пресс-служба ... Иванов": the named voice speaks
    people = [r for r in c.roles if r.kind == "person" and r.mention.first < v]
    return people[0] if people else None


def quoted_positions(tokens: tuple[Token, ...]) -> set[int]:
    """Positions inside quotation marks: someone else's words, not the article's report."""
    inside: set[int] = set()
    depth = 0
    straight = False
    for k, t in enumerate(tokens):
        if t.text in ("«", "“", "„"):
            depth += 1
        elif t.text in ("»", "”") and straight and not depth:
            straight = False  # '"..., ” X said': a straight mark opened it, a curly one closes
        elif t.text in ("»", "”"):
            if depth == 0:  # the quote opened in an earlier sentence: all before is quoted
                inside |= set(range(k))
            depth = max(0, depth - 1)
        elif t.text == '"':
            if not straight and not depth and _closes_earlier_quote(tokens, k):
                inside |= set(range(k))  # '... это", - заявил X': opened in an earlier sentence
                continue
            straight = not straight
        elif depth or straight:
            inside.add(k)
    return inside


def _closes_earlier_quote(tokens: tuple[Token, ...], k: int) -> bool:
    """A straight quote followed by ", -" / "—" and a speech verb's position closes a quote:
    '... это", - заявил X' (the text before it, from an earlier sentence, was quoted)."""
    after = [t.text for t in tokens[k + 1 : k + 3]]
    if after and (after[0] in ("—", "–") or after[:2] in ([",", "-"], [",", "—"], [",", "–"])):
        return True
    # '... belongs to Azerbaijan," Lavrov said': a quote mark leaning on the comma or stop
    # before it, and spaced from the word after it, closes
    prev = tokens[k - 1] if k else None
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    return (
        prev is not None
        and nxt is not None
        and prev.text in (",", ".", "!", "?", "…")
        and prev.end == tokens[k].start
        and nxt.start > tokens[k].end
    )


def verb_first(c: Clause, v: int) -> bool:
    """ "Об этом заявил Мишель", "как сообщил X", "said X": the subject follows the verb."""
    before = [t.lower for t in c.tokens[max(0, v - 2) : v]]
    if v == 0 or set(before) & {"этом", "как", "said", "told"}:
        return True
    # "Об этом в интервью Общественному телевидению сообщил X", "О достижении договоренностей
    # сообщил X": a sentence opening with its topic names the speaker after the verb
    opening = [t.lower for t in c.tokens[:2]]
    # ... however long the topic, when no comma breaks it ("О достижении договоренностей после
    # более чем 10-часовых переговоров с главами МИД ... в Москве сообщил Лавров")
    short = v <= 16 or not any(t.text in (",", ";", ":") for t in c.tokens[:v])
    return bool(opening) and opening[0] in ("о", "об", "обо") and short


def nobody_before(c: Clause, v: int) -> bool:
    """ "Заявление о соглашении озвучил Лавров": Russian puts the speaker after the verb when
    nobody who could speak stands before it (English never does)."""
    russian = "а" <= c.tokens[v].lower[:1] <= "я"
    return russian and not any(eligible(r) and r.mention.last < v for r in c.roles)


def clause_follows(toks: tuple[Token, ...], v: int) -> bool:
    """A complementiser, colon or quote within two words after the verb."""
    after = toks[v + 1 : v + 3]
    return any(t.lower in COMPLEMENTISERS or t.text in (":", ",", *QUOTES) for t in after)


def coordinated(c: Clause, who: Role) -> list[Role]:
    """ "The leaders of Russia, the United States and France called on": every state of the
    list before the speaker speaks with it."""

    def voice(r: Role) -> bool:  # a state, or its capital standing for it ("Баку и Ереван")
        return r.kind == "state" or (r.kind == "place" and bool(r.state) and not r.as_place)

    def same_kind(r: Role) -> bool:  # "The Presidential Administration ... and the Office ..."
        return voice(r) if voice(who) else r.kind == "organisation" and bool(r.mention.entity.state)

    if not voice(who) and not (who.kind == "organisation" and who.mention.entity.state):
        return []
    joiners = word_list("list_joiners")
    out: list[Role] = []
    edge = who.mention.first
    for r in sorted(c.roles, key=lambda r: -r.mention.first):
        if r.mention.last >= edge or not same_kind(r):
            continue
        between = c.tokens[r.mention.last + 1 : edge]
        if not between or not all(t.lower in joiners or t.lower == "the" for t in between):
            break
        out.append(r)
        edge = r.mention.first
    return out


def dash_source(c: Clause) -> Role | None:
    """ "Встреча ... не планируется - Песков", "No talks planned — Kremlin": a headline
    names its source after a closing dash."""
    toks = c.tokens
    end = len(toks) - (1 if toks and toks[-1].text in (".", "!") else 0)
    for r in c.roles:
        if (
            r.mention.last == end - 1
            and r.mention.first >= 2
            and toks[r.mention.first - 1].text in ("-", "–", "—")
            and eligible(r)
            and "unknown" not in r.mention.entity.flags  # "дорогой Шуши - Карин Так": a place
        ):
            return r
    return None


def colon_source(c: Clause) -> Role | None:
    """ "Лавров: Армения и Азербайджан должны ...", "Peskov: Putin, Aliyev ... will": a
    headline or lead opening with a name and a colon quotes that name."""
    toks = c.tokens
    for r in c.roles:
        if (
            r.mention.first <= 1
            and r.mention.last + 1 < len(toks)
            and toks[r.mention.last + 1].text == ":"
            and eligible(r)
            and r.kind in ("person", "organisation")
        ):
            return r
    return None


def aside_before(toks: tuple[Token, ...], v: int) -> bool:
    """ "The ministry, meanwhile, said", "Yerevan, on the other hand, claimed", "Власти, в
    свою очередь, заявляют": an aside between commas."""
    if v < 3 or toks[v - 1].text != ",":
        return False
    opening = next((k for k in range(v - 2, max(-1, v - 7), -1) if toks[k].text == ","), None)
    if opening is None:
        return False
    phrase = " ".join(t.lower for t in toks[opening + 1 : v - 1])
    return phrase in word_list("asides_en") | word_list("asides_ru")


def clause_subject_en(c: Clause, who: Role) -> bool:
    """An English name after "said" followed by its own verb is the subject of what was said."""
    nxt = who.mention.last + 1
    if nxt >= len(c.tokens) or not c.tokens[who.mention.first].lower.isascii():
        return False
    t = c.tokens[nxt]
    return t.lower in word_list("en_auxiliaries") or (t.pos == "VERB" and t.lower.isascii())


def capital_voices(c: Clause, v: int) -> list[Role]:
    """ "В Баку и Ереване заявили", "как заявили в Баку и Ереване": capitals in the locative
    next to the verb, joined by "и", are their governments speaking."""
    toks = c.tokens
    capitals = sorted(
        (r for r in c.roles if r.kind == "place" and r.mention.entity.state),
        key=lambda r: r.mention.first,
    )
    for i in range(len(capitals) - 1):
        a, b = capitals[i], capitals[i + 1]
        joined = [t.lower for t in toks[a.mention.last + 1 : b.mention.first]] == ["и"]
        opened = a.mention.first > 0 and toks[a.mention.first - 1].lower in ("в", "во")
        next_to = 0 < v - b.mention.last <= 2 or 0 < a.mention.first - 1 - v <= 1
        if joined and opened and next_to:
            return [a, b]
    return []


def embedded_speech(c: Clause, v: int, verbs: list[int]) -> bool:
    """A speech verb inside what another speaker said ("X заявил, что Y подтвердили"); an
    outlet's "TASS reports that the ministry issued a statement" only relays the ministry.
    A trailing attribution ("Blinken told them that ..., spokesperson Ned Price said in a
    statement") frames the whole sentence and is no embedded speech."""
    if _trailing_attribution(c, v):
        return False
    return any(
        u < v
        and any(t.lower in COMPLEMENTISERS for t in c.tokens[u + 1 : v])
        and not any(
            "media" in r.mention.entity.flags and 0 < u - r.mention.last <= 2 for r in c.roles
        )
        for u in verbs
    )


def _trailing_attribution(c: Clause, v: int) -> bool:
    """An English "..., X said" closing the sentence: a name between the last comma and the
    verb, and no clause or quote after the verb."""
    toks = c.tokens
    if not toks[v].lower.isascii():
        return False
    comma = next((k for k in range(v - 1, -1, -1) if toks[k].text == ","), None)
    if comma is None or v - comma > 6:
        return False
    inside = [r for r in c.roles if comma < r.mention.first and r.mention.last < v]
    if any("media" in r.mention.entity.flags for r in inside):
        return False  # "..., Interfax Azerbaijan reported": an outlet relays
    named = any(eligible(r) for r in inside)
    rest = toks[v + 1 :]
    return named and not any(
        t.lower in COMPLEMENTISERS or t.text in (":", ",", *QUOTES) for t in rest
    )
