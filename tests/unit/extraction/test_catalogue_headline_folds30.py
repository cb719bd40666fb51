"""Wave 30: the headline's and the lead's facts are the body's facts (sentences written for the
test; the news day is Thursday 20 October 2022).

One fact per event, and the headline repeats the news: a meeting or a clash the headline tells
dated only by the news day (no day of its own, or the page's time stamp above it) is the
meeting or the clash the body tells with its own day, one to three days earlier, at the same
place or among the same participants; it takes the body's day and arguments.
"""

from .catalogue import facts_of


def _dated(text: str, lang: str, kind: str) -> list[str]:
    return sorted(str(f.get("date")) for f in facts_of(text, lang, kind))


def test_a_russian_headline_meeting_naming_a_state_is_the_body_meeting() -> None:
    text = (
        "Гарибашвили провел встречу с премьерами Армении и Азербайджана\n\n"
        "Встреча Ираклия Гарибашвили с Николом Пашиняном и Али Асадовым прошла в Тбилиси "
        "18 октября."
    )
    assert _dated(text, "ru", "MeetingHeld") == ["2022-10-18"]


def test_a_stamped_russian_headline_meeting_is_the_body_meeting() -> None:
    text = (
        "12:05 / 20.10.2022 Лавров встретился с Пашиняном\n\n"
        "Министр иностранных дел России Сергей Лавров провел переговоры с премьер-министром "
        "Армении Николом Пашиняном в Ереване 19 октября."
    )
    assert _dated(text, "ru", "MeetingHeld") == ["2022-10-19"]


def test_a_stamped_english_headline_meeting_is_the_body_meeting() -> None:
    text = (
        "20 October 2022, 10:30 | Blinken meets Bayramov and Mirzoyan\n\n"
        "US Secretary of State Antony Blinken met with Jeyhun Bayramov and Ararat Mirzoyan in "
        "Washington on October 19."
    )
    assert _dated(text, "en", "MeetingHeld") == ["2022-10-19"]


def test_a_stamped_russian_headline_clash_is_the_body_clash() -> None:
    text = (
        "12:05 / 20.10.2022 Трое военных погибли в перестрелке на армяно-азербайджанской "
        "границе\n\n"
        "В ходе перестрелки на границе с Азербайджаном 19 октября погибли трое армянских "
        "военнослужащих, сообщило Министерство обороны Армении."
    )
    assert _dated(text, "ru", "HostilitiesReported") == ["2022-10-19"]


def test_a_stamped_english_headline_clash_is_the_body_clash() -> None:
    text = (
        "20 October 2022, 10:30 | Two soldiers killed in clashes on Armenia-Azerbaijan border\n\n"
        "Two Armenian soldiers were killed when Azerbaijani forces opened fire on the "
        "Armenia-Azerbaijan border on October 19, the Armenian defence ministry said."
    )
    assert _dated(text, "en", "HostilitiesReported") == ["2022-10-19"]


def test_a_war_weeks_before_the_news_is_another_episode() -> None:
    text = (
        "Fighting continues in Nagorno-Karabakh\n\n"
        "Fighting in Nagorno-Karabakh broke out on September 27, when Azerbaijani forces "
        "shelled Stepanakert."
    )
    assert "2022-09-27" in _dated(text, "en", "HostilitiesReported")


def test_a_headline_meeting_of_other_people_stays_its_own() -> None:
    text = (
        "Lavrov meets Bayramov in Moscow\n\n"
        "Armenian Prime Minister Nikol Pashinyan met French President Emmanuel Macron in Paris "
        "on October 19."
    )
    assert len(_dated(text, "en", "MeetingHeld")) == 2
