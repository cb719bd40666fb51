"""A meeting verb in the infinitive tells a meeting held only through a finite verb: after the
subject of an English headline ("Lavrov to meet Bayramov on Friday") it is a plan, the future of
headlines; as the complement of a noun of intention ("the initiative to host the talks",
"готовность встретиться") it is a proposal, no meeting (guide: not a proposal or a wish).
Sentences written for the test."""

import pytest

from .catalogue import article_facts

HEADLINE_PLANS = [
    "Lavrov to meet Bayramov and Mirzoyan in Moscow on Friday.",
    "Michel to host Aliyev and Pashinyan in Brussels on Friday.",
    "Tbilisi: Garibashvili to meet Mirzoyan and Bayramov on Friday.",
]


@pytest.mark.parametrize("text", HEADLINE_PLANS)
def test_headline_infinitive_is_a_plan(text: str) -> None:
    assert article_facts(text, "en", "MeetingHeld") == []
    assert len(article_facts(text, "en", "MeetingAnnounced")) == 1


HELD = [
    ("According to Lavrov, Bayramov and Mirzoyan met in Moscow on Friday.", "en"),
    ("Bayramov and Mirzoyan held talks in Almaty at the initiative of Kazakhstan.", "en"),
    ("По инициативе Казахстана Мирзоян и Байрамов провели переговоры в Алматы.", "ru"),
]


@pytest.mark.parametrize(("text", "language"), HELD)
def test_finite_meeting_verbs_stay_held(text: str, language: str) -> None:
    assert len(article_facts(text, language, "MeetingHeld")) == 1


PROPOSALS = [
    ("Bayramov thanked President Tokayev for the initiative to host the negotiations.", "en"),
    ("Mirzoyan welcomed the readiness of Kazakhstan to host such a meeting.", "en"),
    ("Aliyev accepted the invitation to meet Pashinyan in Brussels.", "en"),
    ("Пашинян поблагодарил Токаева за инициативу провести переговоры.", "ru"),
    ("Алиев выразил готовность встретиться с Пашиняном в Брюсселе.", "ru"),
]


@pytest.mark.parametrize(("text", "language"), PROPOSALS)
def test_intention_noun_infinitive_is_no_meeting(text: str, language: str) -> None:
    assert article_facts(text, language, "MeetingHeld") == []
    assert article_facts(text, language, "MeetingAnnounced") == []
