"""A bare surname names a gazetteer person only once the article has introduced them (in full
or by title and surname); heads of state and government, foreign ministers and the conflict's
best-known spokespeople (flag `bare`) need no introduction. Sentences written for the test."""

import pytest

from services.extraction.gazetteer_load import load_entities

from .catalogue import facts_of, speakers


@pytest.mark.parametrize(
    ("lang", "text", "official"),
    [
        (
            "ru",
            "Художник Павел Зайцев открыл выставку в Ереване. Зайцев заявил, что она продлится "
            "месяц.",
            "Alexei Zaitsev (diplomat)",
        ),
        ("ru", "Зайцев заявил, что переговоры продолжатся.", "Alexei Zaitsev (diplomat)"),
        (
            "en",
            "The economist Jiri Novak visited Yerevan. Novak said the talks were useful.",
            "Alexander Novak",
        ),
        ("en", "Novak told reporters that the border would stay closed.", "Alexander Novak"),
    ],
)
def test_a_minor_officials_surname_alone_names_no_one(lang: str, text: str, official: str) -> None:
    assert official not in speakers(text, lang)


def test_a_meeting_with_an_unintroduced_surname_is_not_the_officials() -> None:
    for held in facts_of("Aghayev and Bayramov met in Baku on May 10, 2022.", "en", "MeetingHeld"):
        assert "Nasimi Aghayev" not in held["participants"]  # type: ignore[operator]


@pytest.mark.parametrize(
    ("lang", "text", "official"),
    [
        (
            "ru",
            "Заместитель министра иностранных дел России Алексей Зайцев прибыл в Ереван. Зайцев "
            "заявил, что переговоры продолжатся.",
            "Alexei Zaitsev (diplomat)",
        ),
        (
            "en",
            "Russian Deputy Prime Minister Alexander Novak arrived in Baku on Monday. Novak said "
            "the talks were useful.",
            "Alexander Novak",
        ),
        ("ru", "Министр Зайцев заявил, что переговоры продолжатся.", "Alexei Zaitsev (diplomat)"),
        ("en", "Deputy Prime Minister Novak said the talks were useful.", "Alexander Novak"),
        (
            "en",
            "Novak, Russia's deputy prime minister, said the talks were useful.",
            "Alexander Novak",
        ),
    ],
)
def test_an_introduced_officials_surname_names_him(lang: str, text: str, official: str) -> None:
    assert official in speakers(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "leader"),
    [
        ("ru", "Пашинян заявил, что переговоры продолжатся.", "Nikol Pashinyan"),
        ("ru", "Алиев пообещал восстановить город.", "Ilham Aliyev"),
        ("en", "Lavrov said the talks were useful.", "Sergey Lavrov"),
        ("en", "Erdogan told reporters that the border would reopen.", "Recep Tayyip Erdoğan"),
        ("ru", "Захарова подчеркнула, что процесс идет.", "Maria Zakharova"),
    ],
)
def test_a_leaders_surname_alone_names_him(lang: str, text: str, leader: str) -> None:
    assert leader in speakers(text, lang)


def test_only_people_carry_the_bare_flag() -> None:
    assert all(r.kind == "person" for r in load_entities() if "bare" in r.flags)
