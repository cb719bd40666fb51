"""Role arguments read across sentences and quotations (sentences written for the test)."""

import datetime as dt

import pytest

from .catalogue import article_facts

DAY = dt.date(2023, 3, 6)


@pytest.mark.parametrize(
    ("lang", "text", "source"),
    [
        (
            "en",
            "Talks of Vladimir Putin, Ilham Aliyev and Nikol Pashinyan will be held in Moscow on "
            "March 10. The parties plan to discuss transport links, the Kremlin press service "
            "reported.",
            "Kremlin",
        ),
        (
            "en",
            "Ilham Aliyev and Nikol Pashinyan are to meet in Moscow on March 10. They will discuss "
            "the border, Dmitry Peskov said.",
            "Dmitry Peskov",
        ),
        (
            "ru",
            "Путин, Алиев и Пашинян проведут переговоры в Москве 10 марта. Стороны обсудят "
            "транспортные связи, сообщила пресс-служба Кремля.",
            "Kremlin",
        ),
    ],
)
def test_a_sentence_about_the_parties_shares_its_source_with_the_one_before(
    lang: str, text: str, source: str
) -> None:
    (announced,) = article_facts(text, lang, "MeetingAnnounced", DAY)
    assert source in str(announced["claimed_by"])


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        (
            "ru",
            "Город Шуша с 1992 года контролировался армянскими силами. В ноябре 2020 года "
            "Азербайджан восстановил контроль над населенным пунктом в результате боев.",
            "Shusha",
        ),
        (
            "en",
            "Azerbaijani troops approached the town of Shusha on Monday. Heavy fighting went on in "
            "the area on Tuesday, officials said.",
            "Shusha",
        ),
    ],
)
def test_a_place_word_with_no_name_is_the_place_named_before(
    lang: str, text: str, place: str
) -> None:
    facts = article_facts(text, lang, "HostilitiesReported", DAY)
    assert [f["location"] for f in facts] == [place]
