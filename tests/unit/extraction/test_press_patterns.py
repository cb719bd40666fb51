"""Patterns found in real press: lists, named meetings, undated documents, relative months.

Sentences here are written for the test; they only share the construction with the press.
"""

import datetime as dt

from services.extraction import extract_article
from services.extraction.models import ExtractedFact


def _facts(text: str, published: dt.date, kind: str) -> list[ExtractedFact]:
    return [f for f in extract_article(text, published).facts if f.kind == kind]


def test_every_village_in_a_list_changes_hands() -> None:
    text = (
        "Border guards of Azerbaijan took control of the villages of Baghanis Ayrim, "
        "Ashagi Askipara, Kheyrimli and Gizilhajili on Friday."
    )
    facts = _facts(text, dt.date(2024, 5, 24), "TerritoryTransferred")
    assert len({f.arguments["territory"] for f in facts}) == 4
    assert all(f.arguments["to"] == "Azerbaijan" for f in facts)


def test_a_meeting_between_two_people_leaves_out_who_reported_it() -> None:
    text = (
        "Prime Minister Nikol Pashinyan said that Azerbaijan had cancelled a meeting between "
        "Armen Grigoryan and Hikmet Hajiyev."
    )
    (fact,) = _facts(text, dt.date(2023, 3, 1), "MeetingCancelled")
    assert set(fact.arguments["participants"]) == {"Armen Grigoryan", "Hikmet Hajiyev"}


def test_a_country_in_which_leaders_met_is_the_venue_not_a_participant() -> None:
    text = "Aliyev and Pashinyan will meet in Granada. The leaders met in Moldova on June 1."
    (held,) = _facts(text, dt.date(2023, 9, 1), "MeetingHeld")
    assert held.arguments["place"] == "Moldova"
    assert "Moldova" not in held.arguments["participants"]


def test_last_month_name_is_the_latest_one_before_publication() -> None:
    text = "Last September, Azerbaijan launched an offensive in Nagorno-Karabakh."
    (fact,) = _facts(text, dt.date(2024, 8, 30), "HostilitiesReported")
    assert fact.arguments["date"] == "2023-09"


def test_an_undated_brokered_ceasefire_in_background_is_the_known_document() -> None:
    text = (
        "Leaders met in Moscow on Monday. Armenia and Azerbaijan fought a war in 2020 that "
        "ended in a Russian-brokered ceasefire."
    )
    (fact,) = _facts(text, dt.date(2022, 12, 1), "CeasefireAgreed")
    assert fact.arguments["mediator"] == "Russia"
    assert fact.arguments["date"] in ("2020-11-09", "2020-11-10")
    assert fact.date_derivation and fact.date_derivation.startswith("inferred")


def test_a_brokered_truce_before_the_document_existed_keeps_its_own_date() -> None:
    text = "Armenia and Azerbaijan agreed on a Russian-brokered ceasefire on Saturday."
    (fact,) = _facts(text, dt.date(2020, 10, 11), "CeasefireAgreed")
    assert fact.arguments["date"] == "2020-10-10"


def test_hyphenated_surnames_name_every_participant() -> None:
    text = "The Pashinyan-Aliyev-Michel meeting took place in Brussels on Monday."
    (fact,) = _facts(text, dt.date(2022, 5, 23), "MeetingHeld")
    assert set(fact.arguments["participants"]) == {
        "Nikol Pashinyan",
        "Ilham Aliyev",
        "Charles Michel",
    }


def test_a_hyphenated_place_is_no_list_of_people() -> None:
    text = "Fighting broke out in Nagorno-Karabakh on Sunday."
    (fact,) = _facts(text, dt.date(2020, 9, 28), "HostilitiesReported")
    assert fact.arguments["location"] == "Nagorno-Karabakh"


def test_was_to_assume_control_is_a_schedule_not_a_hypothesis() -> None:
    text = (
        "Under the deal, Azerbaijan was to assume control of the Kalbajar district by "
        "November 15 and the Lachin district by December 1."
    )
    facts = _facts(text, dt.date(2020, 11, 12), "TerritoryTransferScheduled")
    by_territory = {f.arguments["territory"]: f.arguments["date"] for f in facts}
    assert by_territory == {"Kalbajar District": "2020-11-15", "Lachin District": "2020-12-01"}


def test_peacekeepers_named_only_by_the_word_are_the_russian_force() -> None:
    text = "The peacekeeping contingent was deployed in the Lachin corridor on Tuesday."
    (fact,) = _facts(text, dt.date(2020, 11, 12), "PeacekeepersDeployed")
    assert fact.arguments["force"] == "Russian peacekeeping forces in Nagorno-Karabakh"


def test_coordinated_titles_name_each_office_holder_on_the_day() -> None:
    text = (
        "The Armenian and Azerbaijani foreign ministers met in Geneva on Friday. "
        "Mnatsakanyan and Bayramov answered questions afterwards."
    )
    (fact,) = _facts(text, dt.date(2020, 10, 31), "MeetingHeld")
    assert set(fact.arguments["participants"]) == {"Zohrab Mnatsakanyan", "Jeyhun Bayramov"}


def test_an_english_title_alone_names_the_holder() -> None:
    text = "Azerbaijani Foreign Minister said on Monday that talks would continue."
    speakers = {f.arguments["speaker"] for f in _facts(text, dt.date(2023, 5, 2), "StatementMade")}
    assert speakers == {"Jeyhun Bayramov"}


def test_people_who_will_also_take_part_join_the_meeting_under_discussion() -> None:
    text = (
        "Pashinyan and Aliyev will meet in Spain next month, Yerevan said.\n"
        "The talks on October 5 will include French President Emmanuel Macron and "
        "German Chancellor Olaf Scholz."
    )
    (fact,) = _facts(text, dt.date(2023, 9, 24), "MeetingAnnounced")
    assert set(fact.arguments["participants"]) == {
        "Nikol Pashinyan",
        "Ilham Aliyev",
        "Emmanuel Macron",
        "Olaf Scholz",
    }
    assert fact.arguments["date"] == "2023-10-05"


def test_who_announces_a_meeting_claims_it_and_takes_no_part() -> None:
    text = (
        "Секретарь Совбеза Армении Армен Григорян анонсировал встречу Алиева и Пашиняна в Москве."
    )
    (fact,) = _facts(text, dt.date(2021, 10, 1), "MeetingAnnounced")
    assert set(fact.arguments["participants"]) == {"Ilham Aliyev", "Nikol Pashinyan"}
    assert fact.claimed_by == ["Armen Grigoryan"]


def test_a_meeting_that_may_happen_or_happens_if_is_not_announced() -> None:
    text = (
        "Встреча Ильхама Алиева и Никола Пашиняна может состояться в ближайшее время. "
        "Если Баку выразит готовность, встреча Алиева и Пашиняна состоится в Москве."
    )
    result = extract_article(text, dt.date(2021, 10, 1))
    assert not [f for f in result.facts if f.kind.startswith("Meeting")]


def test_a_signed_peace_declaration_is_an_agreement_not_a_ceasefire() -> None:
    text = (
        "Алиев и Пашинян при посредничестве США подписали декларацию, в которой обязались "
        "заключить мирный договор."
    )
    kinds = {f.kind for f in extract_article(text, dt.date(2025, 8, 9)).facts}
    assert "CeasefireAgreed" not in kinds and "AgreementSigned" in kinds


def test_may_the_month_is_no_hedge() -> None:
    text = "Jeyhun Bayramov and Ararat Mirzoyan held talks in Washington on May 1."
    (fact,) = _facts(text, dt.date(2023, 5, 22), "MeetingHeld")
    assert fact.arguments["date"] == "2023-05-01"


def test_the_foreign_ministers_of_two_states_are_both_holders() -> None:
    text = (
        "The foreign ministers of Azerbaijan and Armenia met in Washington on Monday. "
        "Mirzoyan and Bayramov answered questions afterwards."
    )
    (fact,) = _facts(text, dt.date(2023, 5, 3), "MeetingHeld")
    assert set(fact.arguments["participants"]) == {"Jeyhun Bayramov", "Ararat Mirzoyan"}


def test_said_he_would_meet_reports_a_plan_dated_by_nothing_but_the_plan() -> None:
    text = (
        "Jeyhun Bayramov said he would hold the next round of talks with Ararat Mirzoyan "
        "in Washington soon, he told journalists on Monday."
    )
    (fact,) = _facts(text, dt.date(2023, 5, 22), "MeetingAnnounced")
    assert fact.arguments["place"] == "Washington, D.C."
    assert fact.arguments.get("date") is None


def test_a_truce_broken_is_no_truce_agreed() -> None:
    text = (
        "Нарушив договоренность о прекращении огня, Вооруженные силы Армении 14 сентября "
        "подвергли обстрелу позиции азербайджанской армии в Лачинском районе."
    )
    kinds = [f.kind for f in extract_article(text, dt.date(2022, 9, 14)).facts]
    assert "CeasefireAgreed" not in kinds and "HostilitiesReported" in kinds


def test_imperfective_open_fire_is_fighting() -> None:
    text = "Подразделения армии Армении 7 апреля открывали огонь по позициям в Лачинском районе."
    (fact,) = _facts(text, dt.date(2023, 4, 7), "HostilitiesReported")
    assert fact.arguments["date"] == "2023-04-07"


def test_clashes_at_the_border_are_not_last_years_war() -> None:
    text = (
        "Armenia says clashes along the border with Azerbaijan have left two of its troops "
        "dead after last year's war over Nagorno-Karabakh."
    )
    facts = _facts(text, dt.date(2021, 8, 17), "HostilitiesReported")
    by_place = {f.arguments["location"]: f.arguments.get("date") for f in facts}
    assert "Armenia–Azerbaijan border" in by_place
    assert by_place["Armenia–Azerbaijan border"] != "2020"


def test_azerbaijani_names_without_their_marks_are_found() -> None:
    text = "Armenian forces opened fire on positions in the Kalbacar district on Monday."
    (fact,) = _facts(text, dt.date(2021, 8, 17), "HostilitiesReported")
    assert fact.arguments["location"] == "Kalbajar District"


def test_an_attempt_far_from_the_fighting_does_not_hide_it() -> None:
    text = (
        "A skirmish took place at Yeraskh on August 16 when Azerbaijani forces tried to "
        "advance their positions."
    )
    (fact,) = _facts(text, dt.date(2021, 8, 17), "HostilitiesReported")
    assert fact.arguments["location"] == "Yeraskh"


def test_about_this_said_x_names_the_source_of_the_sentence_before() -> None:
    text = (
        "Никол Пашинян и Ильхам Алиев встретятся 6 апреля в Брюсселе. Об этом рассказал "
        "глава армянского правительства на заседании."
    )
    (fact,) = _facts(text, dt.date(2022, 3, 31), "MeetingAnnounced")
    assert fact.claimed_by == ["Nikol Pashinyan"]


def test_he_said_after_a_quote_is_the_last_person_who_spoke() -> None:
    text = (
        "Шарль Мишель заявил, что пригласил лидеров в Брюссель.\n"
        '"В этом месяце в Брюсселе состоится встреча Ильхама Алиева и Никола Пашиняна", '
        "- сказал он."
    )
    (fact,) = _facts(text, dt.date(2023, 10, 5), "MeetingAnnounced")
    assert fact.claimed_by == ["Charles Michel"]
