"""Datelines give the article's own day; relative words resolve against it."""

import datetime as dt

from services.extraction import extract_article, to_gold
from services.extraction.dateline import find_dateline


def test_russian_agency_dateline() -> None:
    text = "Политика\n\nМОСКВА, 23 ноября. /ТАСС/. Переговоры состоятся в Сочи."
    found = find_dateline(text, dt.date(2021, 11, 24), "ru")
    assert found is not None and found.date == dt.date(2021, 11, 23) and found.place == "МОСКВА"


def test_english_dateline_with_abbreviated_month_and_country() -> None:
    found = find_dateline("BAKU, Azerbaijan, Oct. 12\n\nText.", dt.date(2020, 10, 12), "en")
    assert found is not None and found.date == dt.date(2020, 10, 12)


def test_dateline_across_new_year_takes_the_previous_year() -> None:
    found = find_dateline("ЕРЕВАН, 31 декабря – Sputnik. Текст.", dt.date(2021, 1, 2), "ru")
    assert found is not None and found.date == dt.date(2020, 12, 31)


def test_a_far_date_in_navigation_is_no_dateline() -> None:
    assert find_dateline("ЕРЕВАН, 3 марта. Текст.", dt.date(2021, 11, 23), "ru") is None


def test_weekday_resolves_against_the_dateline() -> None:
    text = (
        "МОСКВА, 23 ноября. /ТАСС/. Во вторник в Сочи Путин провёл переговоры с Алиевым, "
        "сообщили в Кремле."
    )
    result = extract_article(text, dt.date(2021, 11, 25), "ru")
    held = [f for f in result.facts if f.kind == "MeetingHeld"]
    assert held and held[0].arguments["date"] == "2021-11-23"
    assert (held[0].date_derivation or "").startswith("relative:")


def test_an_abbreviated_month_before_a_day_ends_no_sentence() -> None:
    from services.extraction.text import sentences

    found = sentences("Azerbaijan said on Nov. 20 its troops had entered Aghdam.", "en")
    assert len(found) == 1


def test_title_abbreviations_end_no_sentence() -> None:
    from services.extraction.text import sentences

    text = "Commander Lt. Gen. Rustam Muradov met Mr. Pashinyan in St. Petersburg."
    assert len(sentences(text, "en")) == 1


def test_russian_dateline_with_an_abbreviated_month() -> None:
    for text, day in (
        ("Подпишитесь ЕРЕВАН, 11 апр — Sputnik. Депутаты собрались.", dt.date(2021, 4, 11)),
        ("Читать в МОСКВА, 23 июн - РИА Новости. Текст.", dt.date(2021, 6, 23)),
        ("БАКУ, 16 нояб. – Текст.", dt.date(2021, 11, 16)),
    ):
        found = find_dateline(text, dt.date(2021, day.month, day.day), "ru")
        assert found is not None and found.date == day, text
    # a word that only looks like a month is no dateline
    assert find_dateline("ЕРЕВАН, 11 апрельских тезисов", dt.date(2021, 4, 11), "ru") is None


def test_an_undated_english_dateline_gives_its_place() -> None:
    from services.extraction.dateline import find_dateline_place

    assert find_dateline_place("Headline\n\nYEREVAN — Armenia said on Friday", "en") == "YEREVAN"
    assert find_dateline_place("MOSCOW (Reuters) - Azerbaijan said", "en") == "MOSCOW"
    assert find_dateline_place("x\n\nWASHINGTON, DC — The ministers met", "en") == "WASHINGTON"
    assert find_dateline_place("NATO - the alliance said", "en") is None  # no sentence follows
    assert find_dateline_place("The ministry said - nothing", "en") is None


def test_a_bare_ministry_under_an_undated_dateline_is_that_states() -> None:
    text = "YEREVAN — Three soldiers were wounded in shelling, the defence ministry said."
    facts = [to_gold(f) for f in extract_article(text, dt.date(2022, 9, 13), "en").facts]
    speakers = [f.get("speaker") for f in facts if f["kind"] == "StatementMade"]
    assert speakers == ["Ministry of Defence (Armenia)"]


def test_news_reported_earlier_is_dated_like_news() -> None:
    day = dt.date(2023, 9, 21)
    text = "Ранее сообщалось, что в Евлахе состоялась встреча представителей Баку и Степанакерта."
    held = [to_gold(f) for f in extract_article(text, day, "ru").facts]
    assert [f.get("date") for f in held if f["kind"] == "MeetingHeld"] == ["2023-09-21"]
    # "earlier" recalling the past stays undated
    text = "Ранее в Евлахе состоялась встреча представителей Баку и Степанакерта."
    held = [to_gold(f) for f in extract_article(text, day, "ru").facts]
    assert [f.get("date") for f in held if f["kind"] == "MeetingHeld"] == [None]
