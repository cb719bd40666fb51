"""Constructions of the press, sixth set: a grammar catalogue of attribution rather than
errors of single articles (sentences written for the test)."""

import datetime as dt

import pytest

from services.extraction import extract_article, to_gold

DAY = dt.date(2022, 10, 20)


def _speakers(text: str, lang: str) -> set[str]:
    facts = extract_article(text, DAY, lang).facts
    return {str(to_gold(f)["speaker"]) for f in facts if f.kind == "StatementMade"}


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("ru", "Пашинян отмечает, что процесс идет.", "Nikol Pashinyan"),
        ("ru", "Захарова подчеркивала, что процесс идет.", "Maria Zakharova"),
        (
            "ru",
            "МИД Армении призывает стороны к сдержанности.",
            "Ministry of Foreign Affairs (Armenia)",
        ),
        ("ru", "Алиев пообещал, что Азербайджан восстановит город.", "Ilham Aliyev"),
        (
            "ru",
            "Пашинян настаивает, что у Армении нет территориальных претензий.",
            "Nikol Pashinyan",
        ),
        ("ru", "МИД Армении раскритиковал это решение.", "Ministry of Foreign Affairs (Armenia)"),
        ("ru", "Шарль Мишель приветствовал соглашение.", "Charles Michel"),
        (
            "ru",
            "По данным Минобороны Азербайджана, процесс идет.",
            "Ministry of Defense (Azerbaijan)",
        ),
        ("en", "Aliyev promised to rebuild the city.", "Ilham Aliyev"),
        ("en", "Aliyev responded that the claims were false.", "Ilham Aliyev"),
        ("en", "Aliyev complained that the West was biased.", "Ilham Aliyev"),
        ("en", "The Armenian side denied the reports.", "Armenia"),
        (
            "en",
            "Trend reports with reference to the Azerbaijani Prosecutor General's Office that "
            "ten people died.",
            "Prosecutor General's Office of Azerbaijan",
        ),
    ],
)
def test_a_catalogue_of_attribution_speaks(lang: str, text: str, speaker: str) -> None:
    assert speaker in _speakers(text, lang)


def test_a_first_person_verb_has_no_named_subject_after_it() -> None:
    text = '"Приветствуем данный шаг Баку и надеемся на продолжение", - сказала Захарова.'
    assert _speakers(text, "ru") == {"Maria Zakharova"}


def test_responding_with_force_says_nothing() -> None:
    text = "Azerbaijan responded with a counter-offensive along the entire front."
    assert _speakers(text, "en") == set()


def test_insisting_on_a_thing_is_no_statement() -> None:
    assert _speakers("Азербайджан настаивал на участии Турции во встрече.", "ru") == set()


def test_according_to_which_names_a_document() -> None:
    text = (
        "A joint statement was made by the leaders, according to which the Armenian side "
        "committed itself to return the Aghdam district."
    )
    assert "Armenia" not in _speakers(text, "en")


def _facts(text: str, lang: str, kind: str) -> list[dict[str, object]]:
    return [to_gold(f) for f in extract_article(text, DAY, lang).facts if f.kind == kind]


@pytest.mark.parametrize(
    ("lang", "text", "territory", "taker"),
    [
        ("en", "Azerbaijan took back Shusha in November 2020.", "Shusha", "Azerbaijan"),
        ("en", "Shusha fell to Azerbaijani forces on November 8, 2020.", "Shusha", "Azerbaijan"),
        (
            "en",
            "Karabakh was retaken by Azerbaijan in September 2023.",
            "Nagorno-Karabakh",
            "Azerbaijan",
        ),
        (
            "en",
            "Armenian troops withdrew from the Agdam district on November 20, 2020.",
            "Aghdam District",
            "Azerbaijan",
        ),
        (
            "ru",
            "Подразделения армии Азербайджана вступили в Агдамский район 20 ноября 2020 года.",
            "Aghdam District",
            "Azerbaijan",
        ),
        (
            "ru",
            "20 ноября 2020 года под контроль Азербайджана перешел Агдамский район.",
            "Aghdam District",
            "Azerbaijan",
        ),
        (
            "ru",
            "Армения вывела войска из Кельбаджарского района 25 ноября 2020 года.",
            "Kalbajar District",
            "Azerbaijan",
        ),
        (
            "ru",
            "Армения уступила Азербайджану Агдамский район в 2020 году.",
            "Aghdam District",
            "Azerbaijan",
        ),
        (
            "ru",
            "Алиев заявил о взятии под контроль азербайджанской армией города Физули "
            "17 октября 2020 года.",
            "Fuzuli (city)",
            "Azerbaijan",
        ),
    ],
)
def test_a_catalogue_of_territory_changing_hands(
    lang: str, text: str, territory: str, taker: str
) -> None:
    moved = _facts(text, lang, "TerritoryTransferred")
    assert any(f["territory"] == territory and f["to"] == taker for f in moved), moved


def test_troops_yet_to_pull_out_hand_nothing_over() -> None:
    text = "Azerbaijani troops have yet to pull out of the area around the village of Verishen."
    assert _facts(text, "en", "TerritoryTransferred") == []


def test_people_leaving_hand_no_territory_over() -> None:
    text = "Thousands of Armenians left the Lachin district on November 30, 2020."
    assert _facts(text, "en", "TerritoryTransferred") == []


def test_who_spoke_after_talks_took_part_in_them() -> None:
    text = "After meeting Aliyev in Brussels on Sunday, Michel said progress was made."
    (held,) = _facts(text, "en", "MeetingHeld")
    assert set(held["participants"]) == {"Ilham Aliyev", "Charles Michel"}  # type: ignore[arg-type]


def test_the_president_of_the_european_council_is_michel() -> None:
    text = (
        "Aliyev and Pashinyan met in Prague on October 6 in the presence of the President of "
        "France and the President of the European Council."
    )
    (held,) = _facts(text, "en", "MeetingHeld")
    assert "Charles Michel" in held["participants"]  # type: ignore[operator]


def test_peacekeepers_entering_a_region_deploy() -> None:
    text = "Российские миротворцы вошли в Нагорный Карабах 10 ноября 2020 года."
    (deployed,) = _facts(text, "ru", "PeacekeepersDeployed")
    assert deployed["area"] == "Nagorno-Karabakh"


def test_peacekeepers_who_left_withdrew() -> None:
    text = "Russian peacekeepers left Nagorno-Karabakh in April 2024."
    assert _facts(text, "en", "PeacekeepersWithdrawn")


def test_another_army_entering_the_peacekeepers_zone_deploys_no_peacekeepers() -> None:
    text = "Азербайджанские военные вошли в зону ответственности российских миротворцев в Карабахе."
    assert _facts(text, "ru", "PeacekeepersDeployed") == []


def test_the_genitive_after_an_attack_is_the_attacker() -> None:
    text = "13 сентября 2022 года Армения сообщила об обстрелах азербайджанской стороны у Сотка."
    locations = {f["location"] for f in _facts(text, "ru", "HostilitiesReported")}
    assert locations == {"Sotk"}


def test_a_war_that_concluded_with_an_agreement_signs_nothing_new() -> None:
    text = "The war concluded with a Russian-brokered peace agreement in November 2020."
    assert _facts(text, "en", "AgreementSigned") == []


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("en", "Pashinyan was quoted as saying that Armenia was ready.", "Nikol Pashinyan"),
        ("en", '"This is unacceptable," the statement said, quoting Pashinyan.', "Nikol Pashinyan"),
        (
            "en",
            "The UN Security Council called for an end to the fighting.",
            "United Nations Security Council",
        ),
        ("en", "Pashinyan made the remarks at a government meeting.", "Nikol Pashinyan"),
        ("ru", "Такое заявление сделал Пашинян в ходе заседания правительства.", "Nikol Pashinyan"),
        ("ru", "Пашинян сделал заявление о готовности к миру.", "Nikol Pashinyan"),
    ],
)
def test_more_ways_of_saying(lang: str, text: str, speaker: str) -> None:
    assert speaker in _speakers(text, lang)


def test_a_name_before_a_new_clause_is_not_its_speaker() -> None:
    text = "Clashes erupted between Azerbaijan and Armenia as world leaders called for calm."
    assert _speakers(text, "en") == set()


def test_a_plan_without_a_venue_is_talk_and_its_source_still_speaks() -> None:
    text = "Peskov said a meeting of Putin, Aliyev and Pashinyan was planned."
    facts = extract_article(text, DAY, "en").facts
    assert not [f for f in facts if f.kind == "MeetingAnnounced"]
    assert "Dmitry Peskov" in _speakers(text, "en")


def test_a_plan_with_a_venue_is_announced() -> None:
    text = "Peskov said a meeting of Putin, Aliyev and Pashinyan was planned in Moscow."
    (plan,) = _facts(text, "en", "MeetingAnnounced")
    assert plan["place"] == "Moscow"


def test_a_territory_nobody_took_is_no_transfer() -> None:
    text = "Алиев заявил о взятии под контроль части Физулинского района 25 октября 2020 года."
    assert _facts(text, "ru", "TerritoryTransferred") == []


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        (
            "ru",
            "По версии Минобороны Армении, азербайджанские военные открыли огонь по Горису.",
            "Ministry of Defence (Armenia)",
        ),
        (
            "en",
            "Interfax quoted Kremlin Spokesman Dmitry Peskov as saying the leaders would meet.",
            "Dmitry Peskov",
        ),
        (
            "en",
            "TASS reports that the Russian Defense Ministry issued a statement.",
            "Ministry of Defence (Russia)",
        ),
        (
            "ru",
            "Минобороны Азербайджана опубликовало заявление о начале операции.",
            "Ministry of Defense (Azerbaijan)",
        ),
        ("ru", "Алиев в обращении к народу поздравил граждан с этим событием.", "Ilham Aliyev"),
    ],
)
def test_sources_behind_relays_and_versions(lang: str, text: str, speaker: str) -> None:
    assert speaker in _speakers(text, lang)


@pytest.mark.parametrize(
    ("text", "territory"),
    [
        (
            "The corridor leads to Karabakh, the territory Azerbaijan reclaimed in a military "
            "victory in 2020.",
            "Nagorno-Karabakh",
        ),
        (
            "The truce allowed Azerbaijan to reclaim control over large parts of Karabakh in 2020.",
            "Nagorno-Karabakh",
        ),
    ],
)
def test_relative_and_enabled_captures_happened(text: str, territory: str) -> None:
    moved = _facts(text, "en", "TerritoryTransferred")
    assert any(f["territory"] == territory and f["to"] == "Azerbaijan" for f in moved), moved


def test_a_participle_passing_under_control() -> None:
    text = (
        "Села Лачинского района, перешедшие 26 августа 2022 года под контроль Азербайджана, "
        "опустели."
    )
    moved = _facts(text, "ru", "TerritoryTransferred")
    assert any(f["to"] == "Azerbaijan" for f in moved), moved


def test_settlements_passing_under_control_now_are_not_yet_transferred() -> None:
    text = "Населенные пункты Лачинского района, которые переходят под контроль Баку, опустели."
    assert _facts(text, "ru", "TerritoryTransferred") == []


def test_the_host_named_in_the_article_joins_the_two_sides_at_his_venue() -> None:
    text = (
        "Aliyev and Pashinyan met in Brussels on October 6, 2022.\n\n"
        "Charles Michel said the talks had been productive."
    )
    (held,) = _facts(text, "en", "MeetingHeld")
    assert set(held["participants"]) == {  # type: ignore[arg-type]
        "Ilham Aliyev",
        "Nikol Pashinyan",
        "Charles Michel",
    }


def test_a_host_the_article_never_names_adds_no_one() -> None:
    text = "Aliyev and Pashinyan met in Brussels on October 6, 2022."
    (held,) = _facts(text, "en", "MeetingHeld")
    assert set(held["participants"]) == {"Ilham Aliyev", "Nikol Pashinyan"}  # type: ignore[arg-type]


def test_the_host_is_who_held_the_office_that_day() -> None:
    text = (
        "Zohrab Mnatsakanyan and Jeyhun Bayramov met in Washington on October 23, 2020.\n\n"
        "Mike Pompeo said the talks were useful. Antony Blinken, then an adviser, agreed."
    )
    (held,) = _facts(text, "en", "MeetingHeld")
    assert "Mike Pompeo" in held["participants"]  # type: ignore[operator]
    assert "Antony Blinken" not in held["participants"]  # type: ignore[operator]


def test_a_surname_nobody_else_bears_names_its_person() -> None:
    (held,) = _facts("Bayramov and Mirzoyan met in Almaty on May 10, 2022.", "en", "MeetingHeld")
    assert set(held["participants"]) == {"Jeyhun Bayramov", "Ararat Mirzoyan"}  # type: ignore[arg-type]


def test_a_shared_surname_in_the_headline_is_the_one_the_body_names_in_full() -> None:
    text = (
        "Григорян: делимитация продолжится\n\n"
        "Вице-премьер Армении Мгер Григорян провел встречу с журналистами в Ереване во вторник."
    )
    facts = extract_article(text, dt.date(2023, 10, 10), "ru").facts
    speakers = {to_gold(f)["speaker"] for f in facts if f.kind == "StatementMade"}
    assert speakers == {"Mher Grigoryan"}


def test_a_shared_surname_alone_names_no_one() -> None:
    assert _speakers("Mnatsakanyan said the talks were useful.", "en") == set()


@pytest.mark.parametrize(
    ("lang", "sentence", "day"),
    [
        ("ru", "ВС Азербайджана обстреляли Джермук 13.09.2022.", "2022-09-13"),
        ("ru", "ВС Азербайджана обстреляли Джермук два дня назад.", "2022-09-13"),
        ("ru", "ВС Азербайджана обстреляли Джермук в ночь на вторник.", "2022-09-13"),
        ("en", "Azerbaijani forces shelled Jermuk two days ago.", "2022-09-13"),
        ("en", "Azerbaijani forces shelled Jermuk earlier this week.", "2022-09"),
    ],
)
def test_more_ways_of_dating(lang: str, sentence: str, day: str) -> None:
    filler = (
        "The weather was fine and the officials did not say anything more about it."
        if lang == "en"
        else "Погода была хорошей, и больше ничего не сообщается."
    )
    facts = extract_article(f"{sentence}\n\n{filler}", dt.date(2022, 9, 15), lang).facts
    (fighting,) = [to_gold(f) for f in facts if f.kind == "HostilitiesReported"]
    assert fighting["date"] == day


@pytest.mark.parametrize(
    ("text", "published", "mediator"),
    [
        (
            "Armenia and Azerbaijan agreed to a humanitarian ceasefire on October 10, 2020.",
            dt.date(2020, 10, 10),
            "Russia",
        ),
        (
            "Armenia and Azerbaijan agreed to a ceasefire on the border on November 16, 2021.",
            dt.date(2021, 11, 17),
            "Russia",
        ),
    ],
)
def test_a_known_truce_takes_its_mediator(text: str, published: dt.date, mediator: str) -> None:
    facts = extract_article(text, published, "en").facts
    (truce,) = [to_gold(f) for f in facts if f.kind == "CeasefireAgreed"]
    assert truce["mediator"] == mediator


def test_a_joint_statement_published_is_an_agreement() -> None:
    text = "Армения и Азербайджан опубликовали совместное заявление 7 декабря 2023 года."
    facts = extract_article(text, dt.date(2023, 12, 8), "ru").facts
    assert [to_gold(f)["parties"] for f in facts if f.kind == "AgreementSigned"]


def test_a_known_meeting_placed_nowhere_took_place_in_its_city() -> None:
    text = "Aliyev and Pashinyan met on February 17, 2024, with Scholz.\n\nScholz said so."
    facts = extract_article(text, dt.date(2024, 2, 18), "en").facts
    (held,) = [to_gold(f) for f in facts if f.kind == "MeetingHeld"]
    assert held["place"] == "Munich"


def test_a_place_the_article_names_is_kept_over_the_known_one() -> None:
    text = "Aliyev and Pashinyan met in Berlin on February 17, 2024."
    facts = extract_article(text, dt.date(2024, 2, 18), "en").facts
    (held,) = [to_gold(f) for f in facts if f.kind == "MeetingHeld"]
    assert held["place"] == "Berlin"


@pytest.mark.parametrize(
    ("lang", "text", "territory"),
    [
        ("en", "Karabakh returned to Azerbaijani control in September 2023.", "Nagorno-Karabakh"),
        (
            "en",
            "Azerbaijani troops moved into the Aghdam district on November 20, 2020.",
            "Aghdam District",
        ),
        (
            "en",
            "The exodus followed Azerbaijan's takeover of Karabakh in September 2023.",
            "Nagorno-Karabakh",
        ),
        (
            "en",
            "Karabakh came under full Azerbaijani control in September 2023.",
            "Nagorno-Karabakh",
        ),
        (
            "en",
            "Azerbaijan gained control of the Lachin district on December 1, 2020.",
            "Lachin District",
        ),
        (
            "ru",
            "Карабах перешел под полный контроль Баку в сентябре 2023 года.",
            "Nagorno-Karabakh",
        ),
        (
            "ru",
            "После перехода Карабаха под контроль Азербайджана в сентябре 2023 года армяне уехали.",
            "Nagorno-Karabakh",
        ),
        ("ru", "Армянские силы оставили Шушу 8 ноября 2020 года.", "Shusha"),
    ],
)
def test_more_territory_changing_hands(lang: str, text: str, territory: str) -> None:
    filler = (
        "The weather was fine and the officials did not say anything more about it."
        if lang == "en"
        else "Погода была хорошей, и больше ничего не сообщается."
    )
    facts = extract_article(f"{text}\n\n{filler}", DAY, lang).facts
    moved = [to_gold(f) for f in facts if f.kind == "TerritoryTransferred"]
    assert any(f["territory"] == territory and f["to"] == "Azerbaijan" for f in moved), moved


def test_a_district_of_karabakh_passing_is_not_karabakh_passing() -> None:
    text = "Еще один район Нагорного Карабаха перешел под контроль Азербайджана."
    moved = _facts(text, "ru", "TerritoryTransferred")
    assert all(f["territory"] != "Nagorno-Karabakh" for f in moved)


def test_people_who_left_under_peacekeepers_protection_withdraw_no_peacekeepers() -> None:
    text = (
        "Thousands of Armenians left Karabakh in September 2023 escorted by Russian peacekeepers."
    )
    assert _facts(text, "en", "PeacekeepersWithdrawn") == []


def test_a_known_summits_host_named_in_the_article_takes_part() -> None:
    text = (
        "Aliyev and Pashinyan met in Munich on February 17, 2024.\n\n"
        "Olaf Scholz said the talks had been constructive."
    )
    facts = extract_article(text, dt.date(2024, 2, 18), "en").facts
    (held,) = [to_gold(f) for f in facts if f.kind == "MeetingHeld"]
    assert "Olaf Scholz" in held["participants"]  # type: ignore[operator]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Алиев не поедет на встречу с Пашиняном в Гранаду, заявил Гаджиев."),
        ("en", "Aliyev will not attend the meeting with Pashinyan in Granada, Hajiyev said."),
    ],
)
def test_not_travelling_to_a_meeting_refuses_it(lang: str, text: str) -> None:
    facts = extract_article(text, dt.date(2023, 10, 3), lang).facts
    assert [f for f in facts if f.kind == "MeetingDenied"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ru",
            "Путин, Алиев и Пашинян договорились о разблокировании транспортных коридоров.",
        ),
        (
            "ru",
            "Армения и Азербайджан договорились о взаимном признании территориальной целостности.",
        ),
        (
            "en",
            "Armenia and Azerbaijan have agreed on how part of the border between them will run.",
        ),
        ("en", "Putin, Aliyev and Pashinyan agreed to unblock transport links on November 26."),
    ],
)
def test_a_deal_reached_without_a_document_word_is_an_agreement(lang: str, text: str) -> None:
    facts = extract_article(text, dt.date(2022, 12, 1), lang).facts
    assert [f for f in facts if f.kind == "AgreementSigned"]


@pytest.mark.parametrize(
    "text",
    [
        "Armenia and Azerbaijan agreed to meet again in Brussels to discuss the border.",
        "Armenia and Azerbaijan agreed to instruct their commissions to work on the border.",
    ],
)
def test_agreeing_to_meet_or_to_work_on_signs_nothing(text: str) -> None:
    facts = extract_article(text, dt.date(2022, 12, 1), "en").facts
    assert not [f for f in facts if f.kind == "AgreementSigned"]


def test_a_state_gone_by_1992_is_no_party_to_a_later_agreement() -> None:
    text = (
        "On April 19, 2024, Armenia and Azerbaijan agreed on the border line as it stood at the "
        "collapse of the Soviet Union."
    )
    facts = extract_article(text, dt.date(2024, 4, 20), "en").facts
    (deal,) = [to_gold(f) for f in facts if f.kind == "AgreementSigned"]
    assert set(deal["parties"]) == {"Armenia", "Azerbaijan"}  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("lang", "text", "location"),
    [
        (
            "en",
            "An Azerbaijani soldier was killed on the border on Monday, the defence ministry said.",
            "Armenia–Azerbaijan border",
        ),
        (
            "ru",
            "На границе в понедельник погиб азербайджанский военнослужащий, сообщило Минобороны.",
            "Armenia–Azerbaijan border",
        ),
        ("ru", "ЕС осудил нападение на Джермук в понедельник.", "Jermuk"),
    ],
)
def test_casualties_and_attacks_are_fighting(lang: str, text: str, location: str) -> None:
    filler = (
        "The weather was fine and the officials did not say anything more about it."
        if lang == "en"
        else "Погода была хорошей, и больше ничего не сообщается."
    )
    facts = extract_article(f"{text}\n\n{filler}", dt.date(2022, 9, 15), lang).facts
    assert [to_gold(f)["location"] for f in facts if f.kind == "HostilitiesReported"] == [location]


def test_a_capital_where_it_was_said_is_no_battlefield() -> None:
    text = "Армия Азербайджана готовит наступление у Джермука, заявили в Ереване."
    locations = {f["location"] for f in _facts(text, "ru", "HostilitiesReported")}
    assert "Yerevan" not in locations


@pytest.mark.parametrize(
    ("lang", "text", "people"),
    [
        (
            "en",
            "Aliyev and Pashinyan arrived in Brussels on Sunday. The two leaders met for hours.",
            {"Ilham Aliyev", "Nikol Pashinyan"},
        ),
        (
            "ru",
            "Пашинян прибыл в Брюссель в воскресенье. Там он встретился с Алиевым.",
            {"Nikol Pashinyan", "Ilham Aliyev"},
        ),
    ],
)
def test_the_subject_of_a_meeting_may_be_the_people_of_the_sentence_before(
    lang: str, text: str, people: set[str]
) -> None:
    filler = (
        "The weather was fine and the officials did not say anything more about it."
        if lang == "en"
        else "Погода была хорошей, и больше ничего не сообщается."
    )
    facts = extract_article(f"{text}\n\n{filler}", dt.date(2023, 5, 15), lang).facts
    (held,) = [to_gold(f) for f in facts if f.kind == "MeetingHeld"]
    assert set(held["participants"]) == people  # type: ignore[arg-type]
