"""How verb tense and aspect are read, and the way a weekday points from the news day
(sentences written for the test)."""

import datetime as dt

from services.extraction.dates import find_dates
from services.extraction.text import sentences
from services.extraction.verb_tense import nearest_verb_tense

from .catalogue import article_facts

WEDNESDAY = dt.date(2023, 5, 3)
PEOPLE_EN = "Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev"
PEOPLE_RU = "Премьер-министр Армении Никол Пашинян и президент Азербайджана Ильхам Алиев"


def tokens(text: str, lang: str = "en") -> dict[str, tuple[str, str | None]]:
    (sent,) = sentences(text, lang)
    return {t.text: (t.lemma, t.tense) for t in sent.tokens}


def test_an_ing_form_after_be_is_a_progressive_verb() -> None:
    read = tokens("The talks are taking place while they were holding a summit.")
    assert read["taking"] == ("take", "pres")
    assert read["holding"] == ("hold", "past")
    assert tokens("They're now meeting in Geneva.")["meeting"] == ("meet", "pres")
    assert tokens("It's sitting idle, and they had been fighting.")["sitting"] == ("sit", "pres")
    assert tokens("They had been fighting.")["fighting"] == ("fight", "past")


def test_an_ing_form_elsewhere_stays_a_noun() -> None:
    assert tokens("The meeting was short.")["meeting"] == ("meeting", None)
    assert tokens("Putin's meeting was short.")["meeting"] == ("meeting", None)
    assert tokens("He is during a visit.")["during"][1] is None


def test_present_forms_of_be_are_no_past_and_was_is() -> None:
    read = tokens("They are here, I am here, it is here and he was there.")
    assert read["are"][1] is None and read["am"][1] is None and read["is"][1] is None
    assert read["was"][1] == "past"


def test_short_participle_with_yo_is_no_future() -> None:
    (sent,) = sentences("Миротворцы развёрнуты, а штаб развёрнут в Ханкенди.", "ru")
    read = {t.text: t.tense for t in sent.tokens}
    assert read["развёрнут"] == "past" and read["развёрнуты"] == "past"
    # without ё the form is also "they will turn": left as it was
    (sent,) = sentences("Штаб развернут в Ханкенди.", "ru")
    assert {t.text: t.tense for t in sent.tokens}["развернут"] == "futr"


def weekday(text: str, lang: str, tense: str | None) -> str:
    (sent,) = sentences(text, lang)
    near = nearest_verb_tense(sent.tokens)
    (found,) = find_dates(text, 0, lang, WEDNESDAY, tense, None, near)
    return found.value


def test_a_weekday_with_a_future_or_present_verb_is_ahead() -> None:
    assert weekday("They are meeting on Sunday.", "en", "pres") == "2023-05-07"
    assert weekday("They will meet on Monday.", "en", "futr") == "2023-05-08"
    assert weekday("They will meet on Wednesday.", "en", "futr") == "2023-05-03"
    assert weekday("Переговоры начинаются в понедельник.", "ru", "pres") == "2023-05-08"
    assert weekday("Министры встретятся в среду.", "ru", "futr") == "2023-05-03"
    # the verb next to the weekday decides, not the reporting verb of the sentence
    assert weekday("They are meeting on Sunday, officials said.", "en", "past") == "2023-05-07"


def test_a_weekday_with_a_past_verb_is_behind() -> None:
    assert weekday("The minister said on Monday.", "en", "past") == "2023-05-01"
    assert weekday("They were meeting on Sunday.", "en", "past") == "2023-04-30"
    assert weekday("Министр заявил в понедельник.", "ru", "past") == "2023-05-01"


def test_meetings_dated_by_a_weekday_ahead_and_behind() -> None:
    for text, lang, kind, date in (
        (f"{PEOPLE_EN} will meet in Brussels on Sunday.", "en", "MeetingAnnounced", "2023-05-07"),
        (f"{PEOPLE_EN} are meeting in Brussels on Sunday.", "en", "MeetingAnnounced", "2023-05-07"),
        (
            f"{PEOPLE_EN} are meeting in Brussels on Sunday, officials said.",
            "en",
            "MeetingAnnounced",
            "2023-05-07",
        ),
        (f"{PEOPLE_EN} met in Brussels on Sunday.", "en", "MeetingHeld", "2023-04-30"),
        (
            f"{PEOPLE_RU} встретятся в Брюсселе в воскресенье.",
            "ru",
            "MeetingAnnounced",
            "2023-05-07",
        ),
        (f"{PEOPLE_RU} встретились в Брюсселе в воскресенье.", "ru", "MeetingHeld", "2023-04-30"),
    ):
        (fact,) = article_facts(text, lang, kind, WEDNESDAY)
        assert fact["date"] == date, text
        assert set(fact["participants"]) == {"Nikol Pashinyan", "Ilham Aliyev"}, text  # type: ignore[arg-type]
