"""A body speaking in a headline and its titled official speaking in the body, wave 21
(stmt21): constructions written for the test."""

import pytest

from .catalogue import speakers


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "В ОДКБ призвали не спешить с решениями\n\nОб этом заявил начальник Объединенного"
            " штаба ОДКБ Анатолий Сидоров, передает ТАСС. «Решать пока рано», — подчеркнул"
            " глава штаба ОДКБ.",
            "ru",
            {"Anatoly Sidorov"},
        ),
        (
            "CSTO calls for restraint on the border\n\nThe chief of the CSTO Joint Staff"
            " Anatoly Sidorov said on Monday that it was too early to decide.",
            "en",
            {"Anatoly Sidorov"},
        ),
    ],
)
def test_a_headline_body_is_its_titled_official(text: str, lang: str, expected: set[str]) -> None:
    """The headline's body shortens the words of the official whose title names it in the
    article (the guide: a person speaking gets the person's name), one speaker."""
    assert speakers(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "В ОДКБ призвали не спешить с решениями\n\nОб этом заявил начальник Объединенного"
            " штаба ОДКБ Анатолий Сидоров. Позднее в ОДКБ сообщили, что миссия готова.",
            "ru",
            {"Anatoly Sidorov", "Collective Security Treaty Organization"},
        ),
        (
            "CSTO calls for restraint on the border\n\nThe CSTO said on Monday that it was too"
            " early to decide. Armenian Prime Minister Nikol Pashinyan said he was waiting.",
            "en",
            {"Nikol Pashinyan", "Collective Security Treaty Organization"},
        ),
    ],
)
def test_a_body_speaking_on_its_own_stays(text: str, lang: str, expected: set[str]) -> None:
    """A body speaking itself in the article, or whose speaker holds no title of it, is a
    second speaker."""
    assert speakers(text, lang) == expected
