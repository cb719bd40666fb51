"""Territory changes recalled in passing, in the constructions the press uses (sentences
written for the test): the known change dates its undated or wrongly dated mention."""

import datetime as dt

from .catalogue import article_facts


def _moved(text: str, lang: str, day: dt.date) -> list[tuple[object, object, object]]:
    facts = article_facts(text, lang, "TerritoryTransferred", day)
    return [(f["territory"], f.get("from"), f.get("date")) for f in facts]


def test_the_september_2023_offensive_recalled_after_a_weekday_is_dated_by_itself() -> None:
    text = (
        "The German minister visited Yerevan on Tuesday, the first such visit since "
        "Azerbaijani forces retook Karabakh."
    )
    assert _moved(text, "en", dt.date(2023, 10, 12)) == [
        ("Nagorno-Karabakh", "Republic of Artsakh", "2023-09")
    ]


def test_last_years_offensive_is_taken_from_the_breakaway_republic() -> None:
    text = "Azerbaijan recaptured Nagorno-Karabakh last year in a swift offensive."
    assert _moved(text, "en", dt.date(2024, 3, 5)) == [
        ("Nagorno-Karabakh", "Republic of Artsakh", "2023")
    ]


def test_an_undated_2020_handover_takes_the_handover_day() -> None:
    text = "Earlier, Armenian troops withdrew from the Kalbajar and Agdam regions."
    assert set(_moved(text, "en", dt.date(2020, 12, 3))) == {
        ("Kalbajar District", "Armenia", "2020-11-25"),
        ("Aghdam District", "Armenia", "2020-11-20"),
    }


def test_a_town_taken_later_keeps_the_news_day() -> None:
    # the town of Lachin changed hands in August 2022, not with the district in 2020
    text = "Армия Азербайджана взяла под свой контроль город Лачин."
    assert _moved(text, "ru", dt.date(2022, 8, 26)) == [("Lachin", "Armenia", "2022-08-26")]


def test_a_change_written_about_before_it_happened_is_not_dated_by_it() -> None:
    text = "Azerbaijani troops entered the Kalbajar district, the ministry said."
    (moved,) = _moved(text, "en", dt.date(2020, 10, 20))
    assert moved[2] != "2020-11-25"


def test_villages_taken_without_names_are_a_transfer_without_territory() -> None:
    day = dt.date(2021, 3, 4)
    for text, lang, frm in (
        ("Yerevan has handed over to Azerbaijan three border villages on Thursday.", "en", None),
        ("The president said his army liberated 12 villages on Thursday.", "en", "Armenia"),
        (
            "Азербайджанская армия в четверг установила контроль над несколькими селами.",
            "ru",
            "Armenia",
        ),
    ):
        (moved,) = article_facts(text, lang, "TerritoryTransferred", day)
        assert moved.get("territory") is None, text
        assert (moved["to"], moved["date"]) == ("Azerbaijan", "2021-03-04"), text
        if frm:
            assert moved["from"] == frm, text


def test_unnamed_villages_in_an_agreement_or_a_recalled_war_are_no_transfer() -> None:
    day = dt.date(2024, 4, 22)
    for text, lang in (
        ("Стороны приветствовали соглашение о возвращении Азербайджану четырех сел.", "ru"),
        ("In the fall of 2020 Baku liberated several towns and villages.", "en"),
        ("Azerbaijan will take control of four villages by May.", "en"),
    ):
        assert not article_facts(text, lang, "TerritoryTransferred", day), text


def test_unnamed_villages_beside_the_named_ones_are_the_same_news() -> None:
    text = (
        "Azerbaijani troops took control of four villages on Friday. They entered the "
        "village of Kheyrimli on Friday."
    )
    moved = article_facts(text, "en", "TerritoryTransferred", dt.date(2024, 5, 24))
    assert [m.get("territory") for m in moved] == ["Kheyrimli"]


def test_a_name_that_needs_a_place_word_gets_it_from_the_list_it_ends() -> None:
    # "Сус" alone is no place name; after "сёла Забух и" it is the second village
    text = "В пятницу сёла Забух и Сус были взяты под контроль азербайджанской армией."
    moved = article_facts(text, "ru", "TerritoryTransferred", dt.date(2022, 8, 26))
    assert {m["territory"] for m in moved} == {"Zabukh", "Sus, Lachin"}


def test_a_village_taken_after_the_ceasefire_is_known_by_its_armenian_name() -> None:
    text = "Азербайджанские военные установили контроль над селом Хин Тахер."
    (moved,) = article_facts(text, "ru", "TerritoryTransferred", dt.date(2020, 12, 12))
    assert (moved["territory"], moved["to"]) == ("Hin Tagher", "Azerbaijan")


def test_an_unnamed_handover_agreed_is_scheduled_without_date_or_territory() -> None:
    day = dt.date(2024, 4, 20)
    for text, lang in (
        ("Yerevan agreed to hand over to Azerbaijan four villages, the ministry said.", "en"),
        ("Стороны подписали соглашение о возвращении Азербайджану четырех сел.", "ru"),
    ):
        (plan,) = article_facts(text, lang, "TerritoryTransferScheduled", day)
        assert plan == {"kind": "TerritoryTransferScheduled", "to": "Azerbaijan"}, text
        assert not article_facts(text, lang, "TerritoryTransferred", day), text


def test_more_verbs_of_taking_in_both_languages() -> None:
    day = dt.date(2020, 10, 20)
    for text, lang, territory in (
        ("Азербайджанская армия отвоевала у армянских сил город Шуша.", "ru", "Shusha"),
        ("Азербайджанские войска в среду овладели городом Шуша.", "ru", "Shusha"),
        ("Азербайджан получил контроль над селом Талыш.", "ru", "Talish"),
        ("Azerbaijani forces overran the town of Hadrut.", "en", "Hadrut"),
        ("Azerbaijan wrested control of Shusha from Armenian forces.", "en", "Shusha"),
    ):
        (moved,) = article_facts(text, lang, "TerritoryTransferred", day)
        assert (moved["territory"], moved["to"]) == (territory, "Azerbaijan"), text


def test_a_side_losing_control_gives_the_territory_away() -> None:
    text = "В ходе войны 1992-1994 годов Азербайджан утратил контроль над Нагорным Карабахом."
    (moved,) = article_facts(text, "ru", "TerritoryTransferred", dt.date(2021, 5, 5))
    assert (moved["territory"], moved["from"], moved["date"]) == (
        "Nagorno-Karabakh",
        "Azerbaijan",
        "1992",
    )


def test_plural_past_of_passing_under_control_is_not_an_imperative() -> None:
    # "перешли" is read as "перейти" in the past, not as the imperative of "переслать"
    text = "Сёла Забух и Сус в пятницу перешли под контроль Азербайджана."
    moved = article_facts(text, "ru", "TerritoryTransferred", dt.date(2022, 8, 26))
    assert {(m["territory"], m["to"]) for m in moved} == {
        ("Zabukh", "Azerbaijan"),
        ("Sus, Lachin", "Azerbaijan"),
    }


def test_territory_in_and_around_a_region_is_the_region() -> None:
    text = "In 2020, Azerbaijan retook territory in and around Nagorno-Karabakh."
    assert _moved(text, "en", dt.date(2023, 1, 8)) == [("Nagorno-Karabakh", "Armenia", "2020")]


def test_a_denied_claim_of_taking_is_no_transfer() -> None:
    day = dt.date(2020, 10, 9)
    for text, lang in (
        ("Stepanakert denies Azerbaijani claims on capturing Hadrut.", "en"),
        ("Армения опровергла заявление Алиева о взятии Гадрута.", "ru"),
    ):
        assert not article_facts(text, lang, "TerritoryTransferred", day), text


def test_a_denial_of_something_else_leaves_the_taking() -> None:
    text = "Baku denied having claims to Armenia after having regained Nagorno-Karabakh in 2023."
    assert _moved(text, "en", dt.date(2024, 2, 13))


def test_a_future_handover_of_unnamed_villages_under_an_agreement_is_scheduled() -> None:
    text = "As a result of this agreement, Yerevan will transfer to Azerbaijan four villages."
    (plan,) = article_facts(text, "en", "TerritoryTransferScheduled", dt.date(2024, 4, 20))
    assert plan == {"kind": "TerritoryTransferScheduled", "to": "Azerbaijan"}


def test_a_russian_page_with_a_ukrainian_subscription_line_is_read() -> None:
    from services.extraction import extract_article

    text = (
        "Азербайджанская армия в пятницу вошла в Агдамский район.\n\n"
        "Об этом сообщили в министерстве обороны.\n\n"
        "Военные установили флаг в центре города.\n\n"
        "Жители района смогут вернуться домой после разминирования.\n\n"
        "Работы по восстановлению дорог начнутся весной.\n\n"
        "Підписуйтесь на наш канал і дізнавайтесь новини першими."
    )
    result = extract_article(text, dt.date(2020, 11, 20))
    assert result.reason is None
    assert any(f.kind == "TerritoryTransferred" for f in result.facts)


def test_a_ukrainian_text_is_still_refused() -> None:
    from services.extraction import extract_article

    text = (
        "Азербайджанська армія у пʼятницю увійшла до Агдамського району.\n\n"
        "Про це повідомили в міністерстві оборони країни, яке опублікувало відео."
    )
    assert "not Russian or English" in (extract_article(text, dt.date(2020, 11, 20)).reason or "")
