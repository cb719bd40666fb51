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


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ru",
            "Ранее Пашинян не принял участия в саммите ОДКБ в Минске. Позже Арарат Мирзоян "
            "отказался от участия во встрече с коллегами по ОДКБ в Москве.",
        ),
        (
            "en",
            "Earlier Pashinyan skipped the CSTO summit in Minsk. Later Ararat Mirzoyan refused to "
            "attend a meeting with his CSTO counterparts in Moscow.",
        ),
    ],
)
def test_colleagues_named_by_their_body_are_the_body(lang: str, text: str) -> None:
    facts = article_facts(text, lang, "MeetingDenied", DAY)
    mirzoyan = [f for f in facts if f["denied_by"] == ["Ararat Mirzoyan"]]
    assert [set(f["participants"]) for f in mirzoyan] == [  # type: ignore[arg-type]
        {"Ararat Mirzoyan", "Collective Security Treaty Organization"}
    ]


FIVE = {"Nikol Pashinyan", "Ilham Aliyev", "Charles Michel", "Emmanuel Macron", "Olaf Scholz"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ru",
            "Встреча с общиной прошла после переговоров в формате пятерки — Пашинян, Ильхам "
            "Алиев, Шарль Мишель, Эммануэль Макрон и Олаф Шольц.",
        ),
        (
            "en",
            "A reception was held right after the five-way talks - Pashinyan, Ilham Aliyev, "
            "Charles Michel, Emmanuel Macron and Olaf Scholz.",
        ),
    ],
)
def test_a_list_of_names_after_after_stays_one_table(lang: str, text: str) -> None:
    held = article_facts(text, lang, "MeetingHeld", DAY)
    assert set(held[0]["participants"]) == FIVE  # type: ignore[arg-type]
