"""Who a meeting called off, refused or put off is between (sentences written for the test)."""

import datetime as dt

import pytest

from .catalogue import article_facts

DAY = dt.date(2023, 3, 6)


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        (
            "en",
            "Ilham Aliyev met Gitanas Nauseda in Baku on Friday. Armenia cancelled the agreed "
            "meeting at the last moment.",
            "MeetingCancelled",
        ),
        (
            "en",
            "Ilham Aliyev held talks with Gitanas Nauseda in Baku on Friday. Armenia has "
            "called off the planned meeting.",
            "MeetingCancelled",
        ),
        (
            "ru",
            "Ильхам Алиев в пятницу встретился в Баку с Гитанасом Науседой. Армения отменила "
            "согласованную встречу.",
            "MeetingCancelled",
        ),
    ],
)
def test_a_side_of_its_own_is_not_at_the_table_of_the_meeting_held_before(
    lang: str, text: str, kind: str
) -> None:
    facts = article_facts(text, lang, kind, DAY)
    assert facts
    for f in facts:
        assert "Gitanas Nausėda" not in f["participants"]  # type: ignore[operator]
        assert set(f["participants"]) >= {"Armenia"}  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "The planned meeting with Nikol Pashinyan in Brussels will not be held, Ilham Aliyev "
            "said on Friday.",
        ),
        (
            "en",
            "Ilham Aliyev said the planned meeting with Nikol Pashinyan in Brussels has been "
            "cancelled.",
        ),
        ("ru", "Запланированная встреча с Пашиняном в Брюсселе не состоится, заявил Алиев."),
    ],
)
def test_a_meeting_called_off_with_one_side_is_the_tellers_own(lang: str, text: str) -> None:
    (cancelled,) = article_facts(text, lang, "MeetingCancelled", DAY)
    assert set(cancelled["participants"]) == {"Ilham Aliyev", "Nikol Pashinyan"}  # type: ignore[arg-type]


def test_a_spokesperson_telling_of_it_is_no_side() -> None:
    text = "The planned meeting with Nikol Pashinyan will not be held, Dmitry Peskov said."
    for f in article_facts(text, "en", "MeetingCancelled", DAY):
        assert "Dmitry Peskov" not in f["participants"]  # type: ignore[operator]


def test_a_meeting_called_off_naming_nobody_is_the_one_told_before() -> None:
    text = (
        "Ilham Aliyev and Nikol Pashinyan met in Prague on Friday. Their next meeting, planned "
        "for April, was cancelled."
    )
    (cancelled,) = article_facts(text, "en", "MeetingCancelled", DAY)
    assert set(cancelled["participants"]) == {"Ilham Aliyev", "Nikol Pashinyan"}  # type: ignore[arg-type]
