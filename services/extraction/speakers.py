"""Who speaks on the record in a sentence: "X заявил", "— сказал X", "по словам X", "X said".

Speakers are people, institutions, states and metonyms (Кремль, Баку). News outlets relay and
never speak here. The agent is read from its position around the speech verb: before it with
no "что"/"that" in between, or right after it when the verb follows a quote or a comma.
"""

from __future__ import annotations

from .cues import Role, cue_positions
from .lexicon import word_list
from .rules import Clause
from .speaker_after import subject_after
from .speaker_anonymous import holder_beside
from .speaker_appositions import (
    appositive_subject,
    comma_participle,
    name_between_commas,
    participle_subject,
)
from .speaker_asides import gerund_aside_subject
from .speaker_back import one_voice_back
from .speaker_before import subject_before
from .speaker_conjuncts import conjunct_verb, shared_subject
from .speaker_cues import (
    anaphor,
    aside_before,
    capital_voices,
    clause_follows,
    colon_source,
    coordinated,
    dash_source,
    embedded_speech,
    nobody_before,
    own_press_service,
    quoted_positions,
    verb_first,
)
from .speaker_frames import framed_speech
from .speaker_greetings import greets_a_person
from .speaker_heads import distant_subject
from .speaker_joint import joint_sides
from .speaker_listeners import addressed_to_person, joint_call
from .speaker_long_asides import long_aside_subject
from .speaker_ministries import both_ministries
from .speaker_nouns import statement_owner
from .speaker_parentheses import parenthesis_open
from .speaker_plurals import plural_present
from .speaker_prospects import prospective
from .speaker_roles import (
    first_person,
    relays_document,
    speaker_name,
)
from .speaker_shapes import (
    capital_after,
    scare_quoted,
)
from .speaker_sides import (
    both_sides,
    co_speakers,
    each_side,
    passive_agents,
    reported_sides,
    side_roles,
)
from .speaker_titles import (
    conversation,
    mutual,
    not_saying,
)
from .speaker_voice import passive_unagented
from .speaker_websites import on_a_website
from .text import Token

__all__ = ["on_record", "one_voice_back", "speaker_name", "speakers"]


def _owner_lead(toks: tuple[Token, ...], v: int) -> int:
    """ "with reference to the information by the Russian Defense Ministry", "as stated by the
    command of the contingent": the document or service words before the owner do not count
    against its distance (the guide: a ministry's press service is the ministry)."""
    lead = word_list("owner_lead_words")
    window = toks[v + 1 : v + 12]
    end = next((k for k, t in enumerate(window) if t.pos == "PUNCT"), len(window))
    return sum(1 for t in window[:end] if t.lower in lead)


def _present(t: Token) -> bool:
    """ "обе стороны сообщают о потерях", "both sides report casualties": the sides' habitual
    reports, each of its own losses (like "accused each other"), not one statement on record."""
    return t.tense == "pres" or (
        t.lower.isascii() and t.tense is None and not t.lower.endswith("ing")
    )


def speakers(c: Clause) -> list[Role]:
    """Every on-the-record speaker of the sentence, in text order, once each."""
    found: list[Role] = []
    toks = c.tokens
    if mutual(c):
        return []
    # "Напомним, что ...": the author's aside is nobody speaking, and embeds nothing
    asides = word_list("author_asides")
    verbs = [v for v in cue_positions(c.lex.speech, toks) if toks[v].lower not in asides]
    registering = word_list("registering_verbs")
    verbs = sorted(
        {*verbs, *(k for k, t in enumerate(toks) if t.lemma in registering and t.pos != "PRTS")}
    )
    named = {k for r in c.roles for k in range(r.mention.first, r.mention.last + 1)}
    verbs = sorted({*verbs, *plural_present(c)})  # "the Co-Chairs regret that": by context
    verbs = [v for v in verbs if v not in named]  # "the United States": a name, not "states"
    documents = word_list("document_adjectives")
    for v in cue_positions(c.lex.attribution, toks):
        if v > 0 and (toks[v - 1].lemma in documents or toks[v - 1].lower in documents):
            continue  # "the trilateral statement of the leaders": a document
        if v > 0 and any(toks[v - 1].end == d.end for d in c.dates):
            continue  # "the November 9, 2020 statement of leaders of ...": a dated document
        if bodies := both_ministries(c, v):
            found += bodies  # "according to the defense ministries of both countries"
            continue
        who = subject_after(c, v, 6 + _owner_lead(toks, v), owner=True) or capital_after(c, v)
        signed = word_list("signed_words")
        between = toks[v + 1 : who.mention.first] if who else ()
        if any(t.lemma in signed or t.lower in signed for t in between):
            continue  # "according to the statement signed by Aliyev": its signatories
        if any(t.lower in word_list("relative_pronouns") for t in between):
            continue  # "a joint statement, according to which the Armenian side ...": a document
        if any(t.lemma in word_list("anonymous_sources") for t in between):
            continue  # "согласно утверждениям источников в Евросоюзе": nobody on the record
        if who:
            found.append(who)
    quoted = quoted_positions(toks)
    captures = set(cue_positions(c.lex.capture, toks))
    for v in verbs:
        if toks[v].lower.endswith("лось"):
            continue  # "сообщалось", "отмечалось": it was said, by nobody named
        if prospective(c, v) or greets_a_person(c, v):
            continue  # "plans to announce": intended; "welcomed Aliyev": a guest received
        if bodies := both_ministries(c, v):
            found += bodies  # "the foreign ministries of the two states said": each side's
            continue
        if both_sides(c, v):
            if (
                not _present(toks[v])
                and not each_side(c, v)
                and not reported_sides(c, v, quoted, verbs)
            ):
                found += side_roles(c, v)
            continue
        agents = [] if v in quoted else passive_agents(c, v) or capital_voices(c, v)
        if agents:
            found += agents  # "was welcomed by the EU and the US"
            continue
        if passive_unagented(c, v):
            continue  # "Vardanyan is accused of", "was urged to": the target, no speaker
        if toks[v].pos == "PRTS" or embedded_speech(c, v, verbs) or v in quoted:
            continue  # passive ("было отмечено"), or speech reported inside speech or a quote
        if framed_speech(c, v, verbs):
            continue  # "According to Aliyev, Pashinyan had said": the framer's report
        prev = toks[v - 1] if v else None
        if not_saying(c, v) and not clause_follows(toks, v):
            continue  # "отказалось признать целостность": recognising, not saying
        if {t.lower for t in toks[max(0, v - 3) : v]} & word_list("speech_negators") and toks[
            v
        ].lemma not in word_list("said_when_negated"):
            continue  # "nobody had announced", "не сообщил": nothing was said
        if v in captures and any(
            r.kind == "place" and 0 < r.mention.first - v <= 6 for r in c.roles
        ):
            continue  # "Azerbaijan claimed the strategic city of Shusha": a capture
        if conversation(c, v) or addressed_to_person(c, v) or joint_call(c, v):
            continue  # "spoke by phone with Pashinyan", "told Putin that": a conversation
        if first_person(toks[v]) or relays_document(c, v):
            continue  # "Приветствуем данный шаг Баку"; "Кремль опубликовал заявление Путина"
        if prev is not None and (
            prev.lower in word_list("noun_markers")
            or prev.lower.endswith(("'s", "’s"))
            or (prev.pos == "ADJ" and prev.lower.isascii())
        ):
            continue  # "Azerbaijan's claims", "the reports": a noun, not a verb
        opening = parenthesis_open(toks, v)
        if opening is not None and (aside := subject_before(c, opening, 10)) is not None:
            found += [*coordinated(c, aside), aside]
            continue  # "the Ministry of Defence (MoD) reported": the subject before the aside
        inverted = (
            prev is not None
            and prev.pos == "PUNCT"
            and not aside_before(toks, v)
            and not any(r.mention.last + 2 == v and scare_quoted(c, r) for r in c.roles)
        )
        if inverted and comma_participle(toks, v):
            # "..., blaming Prime Minister X", "..., saying that": an English participle after a
            # comma speaks for the sentence's subject; a name after it is its object
            if who := participle_subject(c, v):
                found.append(who)
            continue
        listener = toks[v].lemma == "tell"  # "told Al Jazeera": the object listens
        pronoun = prev is not None and prev.lower in word_list("speaker_pronouns")
        who = (
            None  # "..., she added": the pronoun is the subject, not a name before it
            if pronoun
            else appositive_subject(c, v)
            or name_between_commas(c, v)
            or gerund_aside_subject(c, v)
            or own_press_service(c, v)
            or long_aside_subject(c, v)
            or (
                (None if listener else subject_after(c, v, 8, commas=True))
                if inverted
                else (
                    shared_subject(c, v)  # "condemns the attack by X and states": not X
                    if conjunct_verb(c, v)
                    else subject_before(c, v, 10) or distant_subject(c, v)
                )
            )
        )
        who = who or anaphor(c, v) or participle_subject(c, v)
        if who is None and not inverted:
            # "Об этом заявил в эфире ... Армен Григорян", "назвал Президент РФ Владимир Путин"
            who = subject_after(c, v, 12) if verb_first(c, v) else None
            if who is None and nobody_before(c, v):
                who = subject_after(c, v, 8)
                if who is not None and who.kind != "person":
                    who = None  # "заявили о бомбардировках азербайджанской стороны": an object
        if who:
            listed = coordinated(c, who) + co_speakers(c, who, v)
            if joint_sides(who, listed):
                continue  # "Armenia and Azerbaijan announced the exchange": a joint act
            found += listed
            found.append(who)
    for tail in (dash_source(c), colon_source(c), statement_owner(c)):
        if tail is not None:
            found.append(tail)
    unique: dict[str, Role] = {}
    found = [r for r in found if not on_a_website(c, r)]  # "на сайте Кремля": a site relays
    for r in sorted(found, key=lambda r: r.mention.first):
        unique.setdefault(speaker_name(r), r)
    return list(unique.values())


def on_record(c: Clause, voices: list[Role]) -> list[Role]:
    """The voices that get a StatementMade: not a body that only names where an unnamed
    source works ("according to EU sources", "сообщил источник в ЕС"), in any word order.
    Such a body still claims what its source announces (it is kept among `voices`)."""
    return [r for r in voices if not holder_beside(c, r)]
