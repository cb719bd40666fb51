"""Trigger and modality lexicon per language, keyed by lemma (phrases as lemma tuples).

The cues are data: `data/lexicon.toml`, read once on first use (never at import time).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, fields
from functools import lru_cache
from pathlib import Path
from typing import Any

Cue = frozenset[str | tuple[str, ...]]


def _cue(*items: str) -> Cue:
    """Single lemmas, or space-separated phrases of consecutive lemmas."""
    return frozenset(tuple(i.split()) if " " in i else i for i in items)


@dataclass(frozen=True, slots=True)
class Lexicon:
    meeting: Cue  # nouns/verbs naming a meeting
    meet_event: Cue  # verbs/markers making the meeting an event (held or planned)
    planned: Cue  # markers of a planned meeting regardless of tense
    deny: Cue
    refusal: Cue  # the denier declines to attend (and so is a participant)
    cancel: Cue
    postpone: Cue
    hypothetical: Cue
    attempt: Cue
    anniversary: Cue
    not_a_meeting: Cue  # a phone call, or talks to be continued: no meeting event
    join_meeting: Cue  # "will also take part in the talks": more people at the known meeting
    bilateral: Cue
    trilateral: Cue
    sidelines: Cue
    ceasefire: Cue
    agree: Cue  # verbs/participles of agreeing or signing
    violation: Cue  # "нарушить режим прекращения огня": the ceasefire is not news
    sign: Cue  # signing a document: "подписать", "sign", "ink"
    peace: Cue  # "peace", "мирный": a brokered peace deal in the past is a truce
    end_fighting: Cue  # "end the fighting", "положить конец войне": what a ceasefire does
    agreement: Cue  # nouns naming an agreement
    hostilities: Cue
    war: Cue  # "война", "war": a war is an episode of its own
    cessation: Cue  # "прекращение (военных действий)": not hostilities
    transfer: Cue
    deadline: Cue
    units: Cue  # "колонны", "troops": a force's parts, leaving or arriving
    border_words: Cue  # "на границе", "cross-border": the Armenia–Azerbaijan border
    not_territory: Cue  # maps, bodies, refugees: handed over or returning, yet no territory
    capture: Cue  # control taken: "взять под контроль", "entered", "captured"
    sovereignty_restored: Cue  # "восстановил суверенитет": control of all of it taken
    peacekeepers: Cue
    deploy: Cue
    withdraw: Cue
    prisoners: Cue
    exchange: Cue
    speech: Cue
    background: Cue  # "ранее", "earlier": the sentence recalls, it does not report
    institution_anaphor: Cue  # "ведомство", "the ministry": the institution named last
    attribution: Cue  # the source follows: "по словам X", "according to X"
    report: Cue
    mediation: Cue
    region_anaphor: Cue
    future_aux: Cue  # English "will"; Russian "будет"
    clause_breaks: Cue


DATA = Path(__file__).parent / "data" / "lexicon.toml"
EPISODES = Path(__file__).parent / "data" / "episodes.toml"
# reporting verbs and attribution phrases kept apart so that they grow without merge conflicts;
# so is the fighting and peacekeeping vocabulary (its `[words]` lists too)
SPEECH = Path(__file__).parent / "data" / "speech.toml"
# the vocabulary of meetings (verbs, nouns, plan, denial, cancel and postpone forms), likewise
MEETINGS = Path(__file__).parent / "data" / "meetings.toml"
EVENTS = Path(__file__).parent / "data" / "events.toml"
# the vocabulary of agreements, truces, handovers and prisoner exchanges, likewise
AGREEMENTS = Path(__file__).parent / "data" / "agreements.toml"
# the vocabulary files beside lexicon.toml: their cues extend its cues, their [words] its lists
VOCABULARIES = (SPEECH, MEETINGS, EVENTS, AGREEMENTS)


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    with DATA.open("rb") as fh:
        return tomllib.load(fh)


def _build(language: str) -> Lexicon:
    table = _data()[language]
    names = [f.name for f in fields(Lexicon)]
    unknown = set(table) - set(names)
    missing = set(names) - set(table)
    if unknown or missing:
        raise ValueError(
            f"lexicon.toml [{language}]: unknown {unknown or '-'}, missing {missing or '-'}"
        )
    extras = [data_file(path).get(language, {}) for path in VOCABULARIES]
    return Lexicon(
        **{
            name: _cue(*table[name], *(w for x in extras for w in x.get(name, ())))
            for name in names
        }
    )


@lru_cache(maxsize=16)
def data_file(path: Path) -> dict[str, Any]:
    """One of the extractor's TOML data files, parsed once (the modules that keep their own
    vocabulary file read it through here)."""
    with path.open("rb") as fh:
        return tomllib.load(fh)


@lru_cache(maxsize=2)
def lexicon(language: str) -> Lexicon:
    """The cues of a language ("ru"; anything else gets English)."""
    return _build("ru" if language == "ru" else "en")


@lru_cache(maxsize=1)
def adjective_states() -> dict[str, str]:
    """Adjectives (lemma or lower-case form) naming a state: "российский" -> "Russia"."""
    return dict(_data()["adjective_state"])


@lru_cache(maxsize=256)
def word_list(name: str) -> frozenset[str]:
    """A named list of plain words from `[words]` (pronouns, joiners, openers)."""
    for table in (_data(), *(data_file(path) for path in VOCABULARIES)):
        if name in table.get("words", {}):
            return frozenset(table["words"][name])
    raise KeyError(f"no word list {name!r} in the lexicon's data files")


@lru_cache(maxsize=64)
def role_names(name: str) -> frozenset[str]:
    """A named list of canonical names from `[roles]` (e.g. the belligerents)."""
    return frozenset(_data()["roles"][name])


@lru_cache(maxsize=8)
def records(name: str) -> list[dict[str, Any]]:
    """The entries of an array of tables (`[[name]]`) of the lexicon file."""
    return list(_data().get(name, []))


def table(name: str) -> dict[str, Any]:
    """A named table of the lexicon file (e.g. the Russian transliteration)."""
    return dict(_data()[name])


@lru_cache(maxsize=1)
def venue_hosts() -> tuple[tuple[str, str, str], ...]:
    """(venue, host, rank of the two sides' people the host receives) of `[[venue_host]]`."""
    return tuple((v["place"], v["host"], v["rank"]) for v in _data().get("venue_host", []))


@lru_cache(maxsize=1)
def documents() -> tuple[tuple[str, frozenset[str]], ...]:
    """(fact kind, ISO dates) of documents known by their date."""
    return tuple((d["kind"], frozenset(d["dates"])) for d in _data().get("document", []))


@lru_cache(maxsize=1)
def known_wars() -> tuple[tuple[str, str, str, frozenset[str]], ...]:
    """(first day, last day, location, words naming it) of the wars the press recalls."""
    return tuple(
        (w["first"], w["last"], w["location"], frozenset(w.get("names", [])))
        for w in episodes()
        if w.get("kind") == "war"
    )


@lru_cache(maxsize=1)
def episodes() -> tuple[dict[str, Any], ...]:
    """The conflict's wars and episodes: the one table (data/episodes.toml) every reader uses."""
    return tuple(data_file(EPISODES).get("episode", []))


def brokered_documents() -> tuple[tuple[str, str, str], ...]:
    """(fact kind, mediator, ISO day) of known documents the press names by their broker."""
    return tuple(
        (d["kind"], d["mediator"], d.get("cited_day", d["dates"][0]))
        for d in _data().get("document", [])
        if d.get("named_by_broker") and d.get("mediator")
    )


def document_terms() -> tuple[tuple[str, frozenset[str], str, str], ...]:
    """(document's first day, territories, receiver, deadline) of known handover terms."""
    return tuple(
        (d["dates"][0], frozenset(t["territories"]), t["to"], t["date"])
        for d in _data().get("document", [])
        for t in d.get("terms", [])
    )


def document_signatories(day: str) -> tuple[list[str], str | None]:
    """The parties and mediator of the known document of that day (empty when none)."""
    for d in _data().get("document", []):
        if day in d["dates"]:
            return list(d.get("parties", [])), d.get("mediator")
    return [], None
