"""Where meetings take place when the venue is no city (sentences written for the test)."""

import datetime as dt

from .catalogue import article_facts

DAY = dt.date(2023, 11, 30)


def test_a_meeting_on_the_border_has_the_border_as_its_venue() -> None:
    for text, lang in (
        (
            "On Thursday, the sixth meeting of the border commissions, chaired by Deputy Prime "
            "Ministers Mher Grigoryan and Shahin Mustafayev, took place on the border between "
            "Armenia and Azerbaijan.",
            "en",
        ),
        (
            "Deputy Prime Ministers Shahin Mustafayev and Mher Grigoryan met on the "
            "Armenian-Azerbaijani interstate border on Thursday.",
            "en",
        ),
        (
            "В четверг вице-премьеры Мгер Григорян и Шахин Мустафаев провели встречу на "
            "армяно-азербайджанской границе.",
            "ru",
        ),
    ):
        (held,) = article_facts(text, lang, "MeetingHeld", DAY)
        assert set(held["participants"]) == {"Mher Grigoryan", "Shahin Mustafayev"}, text  # type: ignore[arg-type]
        assert held["place"] == "Armenia–Azerbaijan border", text
        assert held["date"] == "2023-11-30", text


def test_talks_about_the_border_are_not_held_on_it() -> None:
    text = (
        "Deputy Prime Ministers Mher Grigoryan and Shahin Mustafayev met in Moscow on Thursday "
        "to discuss the border between Armenia and Azerbaijan."
    )
    (held,) = article_facts(text, "en", "MeetingHeld", DAY)
    assert held["place"] == "Moscow"


def test_azerbaijans_talks_with_karabakh_armenians_are_with_artsakh() -> None:
    day = dt.date(2023, 9, 21)
    for text, lang in (
        (
            "В четверг в Евлахе прошли переговоры между делегацией армян Нагорного Карабаха и "
            "представителями властей Азербайджана.",
            "ru",
        ),
        ("В четверг в Евлахе состоялась встреча представителей Баку и Степанакерта.", "ru"),
        (
            "Representatives of Azerbaijan and of the Karabakh Armenians met in Yevlakh on "
            "Thursday.",
            "en",
        ),
    ):
        (held,) = article_facts(text, lang, "MeetingHeld", day)
        assert set(held["participants"]) == {"Azerbaijan", "Republic of Artsakh"}, text  # type: ignore[arg-type]
        assert (held["place"], held["date"]) == ("Yevlakh", "2023-09-21"), text


def test_talks_on_karabakh_refused_by_one_side_are_still_with_armenia() -> None:
    text = "Azerbaijan refused to attend the talks in Brussels on Karabakh next week."
    (denied,) = article_facts(text, "en", "MeetingDenied", dt.date(2023, 9, 21))
    assert set(denied["participants"]) == {"Azerbaijan", "Armenia"}  # type: ignore[arg-type]


def test_a_weekday_opening_the_sentence_dates_the_plan() -> None:
    text = (
        "On Friday, Russian Foreign Minister Sergey Lavrov will meet Foreign Ministers Ararat "
        "Mirzoyan and Jeyhun Bayramov in Moscow."
    )
    (plan,) = article_facts(text, "en", "MeetingAnnounced", dt.date(2023, 5, 17))
    assert (plan["place"], plan["date"]) == ("Moscow", "2023-05-19")


def test_a_meeting_that_is_possible_is_neither_held_nor_announced() -> None:
    text = (
        "A meeting between Foreign Ministers Ararat Mirzoyan and Jeyhun Bayramov is possible on "
        "Friday in Stockholm, the ministry spokesman said."
    )
    day = dt.date(2021, 12, 1)
    assert not article_facts(text, "en", "MeetingHeld", day)
    assert not article_facts(text, "en", "MeetingAnnounced", day)


def test_a_meeting_told_without_a_place_takes_the_venue_of_the_next_sentence() -> None:
    """meet4: a headline without a place and a lead naming the summit's city."""
    for text, lang in (
        (
            "Aliyev and Pashinyan met on Thursday\n\n"
            "The summit of the European Political Community opened in Granada on Thursday.",
            "en",
        ),
        (
            "Алиев и Пашинян провели встречу в четверг\n\n"
            "В четверг в Гранаде открылся саммит Европейского политического сообщества.",
            "ru",
        ),
    ):
        (held,) = article_facts(text, lang, "MeetingHeld", DAY)
        assert set(held["participants"]) == {"Ilham Aliyev", "Nikol Pashinyan"}, text  # type: ignore[arg-type]
        assert held["place"] == "Granada", text


def test_a_far_meeting_with_two_venues_in_the_article_gets_no_place() -> None:
    text = (
        "The summit of the European Political Community opened in Granada on Thursday.\n\n"
        "The weather was fine and nothing more was said.\n\n"
        "Aliyev and Pashinyan met on Thursday, the ministry said.\n\n"
        "The weather was cold and nothing more was said.\n\n"
        "A summit of the CIS will be held in Moscow in December."
    )
    (held,) = article_facts(text, "en", "MeetingHeld", DAY)
    assert held.get("place") is None


def test_the_venue_after_a_city_noun_in_the_next_sentence() -> None:
    """meet4: "who hosted the summit in the Russian city of Sochi" places the meeting told
    just before without a place."""
    text = (
        "Pashinyan and Aliyev met with Putin on Wednesday.\n\nAccording to Putin, who hosted "
        "the summit in the Russian city of Sochi, a border commission will be created soon."
    )
    (held,) = article_facts(text, "en", "MeetingHeld", DAY)
    assert held["place"] == "Sochi"


def test_a_venue_sentence_dated_otherwise_tells_of_another_occasion() -> None:
    text = (
        "Aliyev and Pashinyan were scheduled to meet with Michel, Macron and Scholz.\n\n"
        "The same group met in the Moldovan capital Chisinau in June."
    )
    for fact in article_facts(text, "en", "MeetingAnnounced", DAY):
        assert fact.get("place") != "Chișinău"


def test_a_meeting_of_the_two_sides_on_the_bare_border_is_on_their_border() -> None:
    """ "on the border", "at the border between the countries", "на границе": with the two
    border sides at the table (people stand for their states) it is their common border."""
    for text, lang in (
        (
            "The meeting was held on Thursday at the border between the countries, chaired by "
            "Deputy Prime Minister of Azerbaijan Shahin Mustafayev and Deputy Prime Minister of "
            "Armenia Mher Grigoryan.",
            "en",
        ),
        (
            "Deputy Prime Ministers Mher Grigoryan and Shahin Mustafayev met on the border "
            "on Thursday.",
            "en",
        ),
        (
            "В четверг вице-премьеры Мгер Григорян и Шахин Мустафаев провели встречу на границе.",
            "ru",
        ),
        ("В четверг на границе прошло заседание комиссий Армении и Азербайджана.", "ru"),
    ):
        (held,) = article_facts(text, lang, "MeetingHeld", DAY)
        assert held["place"] == "Armenia–Azerbaijan border", text
        assert held["date"] == "2023-11-30", text


def test_a_border_that_belongs_to_another_noun_or_topic_is_no_venue() -> None:
    for text, lang in (
        (
            "Nikol Pashinyan and Ilham Aliyev met on Thursday and talked about the situation "
            "on the border.",
            "en",
        ),
        (
            "Nikol Pashinyan and Ilham Aliyev met on Thursday to discuss tensions at the border.",
            "en",
        ),
        ("В четверг Пашинян и Алиев встретились и обсудили ситуацию на границе.", "ru"),
    ):
        (held,) = article_facts(text, lang, "MeetingHeld", DAY)
        assert held.get("place") is None, text
