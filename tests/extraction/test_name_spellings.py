"""Names resolved whatever their Latin transliteration, and first names cut short."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

import pytest

from services.extraction import gazetteer
from services.extraction.gazetteer_load import load_entities
from services.extraction.gazetteer_model import spelling_key
from services.extraction.pipeline import extract_article
from services.extraction.surname_aliases import with_surname_aliases


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("Beglarian", "Artak Beglaryan"),
        ("Artak Beglarian", "Artak Beglaryan"),
        ("Harutiunian", "Arayik Harutyunyan"),
        ("Ilham Aliev", "Ilham Aliyev"),
        ("Kelbadjar", "Kalbajar"),
        ("Ağdam", "Aghdam"),
        ("Gazakh", "Qazax"),
        ("Qazakh District", "Qazax District"),
        ("Şuşa", "Shusha"),
        ("Shahin Mustafaev", "Shahin Mustafayev"),
        ("Rustam Mouradov", "Rustam Muradov"),
        ("Erevan", "Yerevan"),
        ("Aleksey Overçuk", "Alexei Overchuk"),
        ("James O’Brien", "James O'Brien (diplomat)"),
    ],
)
def test_other_spellings_name_the_entity(written: str, canonical: str) -> None:
    entity = gazetteer.canonical_entity(written)
    assert entity is not None and entity.name == canonical


def test_spelling_key_folds_transliterations() -> None:
    assert spelling_key("Harutiunian") == spelling_key("Harutyunyan")
    assert spelling_key("Aliev") == spelling_key("Aliyev")
    assert spelling_key("Kelbadjar") == spelling_key("Kelbajar")
    assert spelling_key("Aghdam") == spelling_key("Ağdam")
    assert spelling_key("Lavrov") != spelling_key("Lawrow")


def test_a_spelling_two_entities_share_names_neither() -> None:
    """Over the whole gazetteer: a folded key borne by two entities is dropped, so no other
    spelling can resolve to the wrong one of them."""
    owners: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for record in with_surname_aliases(load_entities()):
        for language, key, _case in gazetteer.alias_keys(record):
            spelt = gazetteer._spelling(key) if language == "en" else None
            if spelt:
                owners[spelt].add(record.name)
    shared = {key: names for key, names in owners.items() if len(names) > 1}
    assert len(shared) <= 3, shared  # few: the fold must not merge names wholesale
    index = gazetteer._index()
    for key in shared:
        assert key not in index.en


def _speakers(text: str) -> list[str]:
    result = extract_article(text, dt.date(2020, 12, 16), "en")
    return [f.arguments["speaker"] for f in result.facts if f.kind == "StatementMade"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "“Our soldiers were taken prisoner,” the Karabakh president, Ara Harutiunian, "
            "said in a televised speech on Tuesday.",
            "Arayik Harutyunyan",
        ),
        (
            "According to Artak Beglarian, the human rights ombudsman, sixty soldiers are missing.",
            "Artak Beglaryan",
        ),
        ("President Ilham Aliev said on Monday that the talks would go on.", "Ilham Aliyev"),
    ],
)
def test_speaker_spelt_otherwise_is_the_known_person(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


def test_a_dropped_letter_in_a_first_name_is_a_slip() -> None:
    from services.extraction.name_slips import slipped_person

    person = slipped_person("Artsun Hovhannisyan")
    assert person is not None and person.name == "Artsrun Hovhannisyan"
    assert slipped_person("Arman Grigoryan") is None  # a changed letter: maybe someone else


def test_russian_first_name_missing_a_letter_is_the_known_speaker() -> None:
    text = "Представитель Минобороны Армении Арцун Ованнисян сообщил об ударе по позициям."
    result = extract_article(text, dt.date(2020, 10, 2), "ru")
    speakers = [f.arguments["speaker"] for f in result.facts if f.kind == "StatementMade"]
    assert speakers == ["Artsrun Hovhannisyan"]
