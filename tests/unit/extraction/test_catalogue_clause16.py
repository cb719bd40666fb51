"""A fact's place and date come from its own clause (clause16; sentences written for the test):
a relative clause or a participial phrase that the trigger is not in tells of another event,
and when the trigger stands in such a phrase, that phrase's place comes first."""

import datetime as dt

import pytest

from .catalogue import article_facts

DAY = dt.date(2023, 4, 12)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "The skirmish on Tuesday follows weeks of disputes over the highway connecting "
            "Armenia with Nagorno-Karabakh.",
        ),
        (
            "en",
            "The firefight on Tuesday came after months of anger about the pass linking "
            "Armenia and Nagorno-Karabakh.",
        ),
    ],
)
def test_a_place_in_a_participial_phrase_on_another_noun_is_not_the_fightings(
    lang: str, text: str
) -> None:
    fought = article_facts(text, lang, "HostilitiesReported", DAY)
    assert all(f.get("location") != "Nagorno-Karabakh" for f in fought)


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        (
            "ru",
            "5 декабря Азербайджан при посредничестве командующего миротворцами в Нагорном "
            "Карабахе передал Армении восемь человек, задержанных 16 ноября в ходе "
            "боестолкновений в Сюнике.",
            "Syunik Province",
        ),
        (
            "ru",
            "Вчера миротворцы в Нагорном Карабахе передали Армении двух военнослужащих, "
            "захваченных 16 ноября во время перестрелки в Сюнике.",
            "Syunik Province",
        ),
    ],
)
def test_fighting_in_a_participial_phrase_takes_the_phrases_place(
    lang: str, text: str, place: str
) -> None:
    fought = article_facts(text, lang, "HostilitiesReported", DAY)
    assert [f.get("location") for f in fought] == [place]


@pytest.mark.parametrize(
    "text",
    [
        "Armenia said heavy shelling lasting for hours on Tuesday hit Sotk.",
        "Armenia reported shelling targeting Sotk on Tuesday.",
    ],
)
def test_a_participial_phrase_on_the_fighting_word_itself_keeps_its_place(text: str) -> None:
    fought = article_facts(text, "en", "HostilitiesReported", DAY)
    assert [(f.get("location"), f.get("date")) for f in fought] == [("Sotk", "2023-04-11")]
