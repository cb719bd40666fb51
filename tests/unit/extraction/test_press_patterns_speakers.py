"""Constructions seen in real press, fourth set: who speaks (sentences written for the test)."""

import datetime as dt

from services.extraction import extract_article
from services.extraction.models import ExtractedFact


def _facts(text: str, published: dt.date, kind: str, lang: str = "en") -> list[ExtractedFact]:
    return [f for f in extract_article(text, published, lang).facts if f.kind == kind]


def _speakers(text: str, lang: str = "en") -> set[object]:
    return {
        f.arguments["speaker"] for f in _facts(text, dt.date(2023, 6, 15), "StatementMade", lang)
    }


def test_any_state_institution_speaks_under_the_possessive_and_adjective_forms() -> None:
    text = (
        "An attempt by a group of Azerbaijani soldiers to cross the border near the village "
        "was thwarted on Thursday, Armenia's National Security Service said."
    )
    assert _speakers(text) == {"National Security Service (Armenia)"}


def test_a_possessive_alias_in_the_gazetteer_matches_the_possessive_token() -> None:
    text = (
        "Azerbaijan's State Border Service said on Thursday that its positions near the "
        "border had come under fire overnight from the other side."
    )
    assert "State Border Service (Azerbaijan)" in _speakers(text)


def test_a_quote_listing_towns_is_no_headline_and_its_unknown_speaker_counts() -> None:
    text = (
        "“They hit Stepanakert, Shushi, Martakert, Shosh, and several other communities,” "
        "State Service of Emergency Situations spokesperson Hunan Tadevosyan told ARMENPRESS."
    )
    assert "Hunan Tadevosyan" in _speakers(text)


def test_she_added_is_the_last_speaker_not_the_organisation_before_it() -> None:
    text = (
        "Armenian Foreign Ministry spokesperson Ani Badalyan said the ministers would meet. "
        "The meeting will take place on the sidelines of the NATO summit in Washington, she added."
    )
    assert "NATO" not in _speakers(text)


def test_signatories_of_a_statement_cited_as_a_source_did_not_speak() -> None:
    text = (
        "According to the statement signed by Azerbaijani President Ilham Aliyev and Armenian "
        "Prime Minister Nikol Pashinyan, Armenia should return the Kalbajar region to "
        "Azerbaijan until November 15."
    )
    assert "Ilham Aliyev" not in _speakers(text)


def test_the_spokesman_of_the_president_is_the_presidents_spokesman() -> None:
    text = (
        "“It would be good if you address this question to the command,” stressed the "
        "spokesman of the Russian President in his response to a question about Kalbajar."
    )
    assert _speakers(text) == {"Dmitry Peskov"}


def test_a_name_with_a_capitalised_title_in_apposition_speaks() -> None:
    text = (
        "Aykhan Hajizada, Azerbaijan's Foreign Ministry spokesman, said on Friday that the "
        "parties agreed on the return of the villages after the meeting of the commissions."
    )
    assert "Aykhan Hajizada" in _speakers(text)


def test_the_armenian_ministry_is_the_armenian_institution_named_before() -> None:
    text = (
        "Azerbaijan fired on the border, the Armenian Defense Ministry said on Tuesday. "
        "According to the Azerbaijani Defense Ministry, the position was destroyed. "
        "“Four were killed and one injured,” the Armenian ministry said in a statement."
    )
    assert "Ministry of Defence (Armenia)" in _speakers(text)


def test_the_karabakh_authorities_are_the_republic_of_artsakh() -> None:
    text = (
        "On September 20, the Karabakh authorities announced that they would lay down their "
        "arms, and Azerbaijan announced that it was completing its operation."
    )
    assert "Republic of Artsakh" in _speakers(text)


def test_a_genitive_after_a_noun_is_no_speaker_of_the_next_verb() -> None:
    text = (
        "В свою очередь Минобороны Азербайджана назвало очередной военный конфликт на границе "
        "широкомасштабной провокацией вооруженных сил Армении и обвинило Ереван в обстреле "
        "позиций азербайджанской армии в Кельбаджарском районе."
    )
    assert _speakers(text, "ru") == {"Ministry of Defense (Azerbaijan)"}


def test_the_cabinet_is_the_government() -> None:
    # the government speaks as its state (spk11): one speaker with the state
    text = (
        "Кабмин Армении сообщил, что премьер-министр страны Никол Пашинян провел телефонный "
        "разговор с президентом России Владимиром Путиным."
    )
    assert "Armenia" in _speakers(text, "ru")


def test_every_state_of_a_list_before_the_verb_speaks() -> None:
    text = (
        "The leaders of Russia, the United States and France called on the conflicting parties "
        "to stop the clashes and start negotiations without preconditions."
    )
    assert {"Russia", "United States", "France"} <= _speakers(text)


def test_two_capitals_naming_something_both_speak() -> None:
    text = (
        "Азербайджану возвращены сёла Газахского района. Баку и Ереван назвали это шагом на "
        "пути к нормализации отношений."
    )
    assert {"Azerbaijan", "Armenia"} <= _speakers(text, "ru")


def test_a_dated_statement_of_leaders_is_a_document_not_a_voice() -> None:
    text = (
        "The leaders will meet in Sochi. It is planned to review the implementation of the "
        "November 9, 2020 statement of leaders of Azerbaijan, Armenia and Russia on "
        "Nagorno-Karabakh and to discuss further steps on resolving the issues in the region."
    )
    assert _speakers(text) & {"Azerbaijan", "Armenia", "Russia"} == set()


def test_the_subject_far_before_the_verb_speaks_not_the_region_of_a_village() -> None:
    text = (
        "В июне премьер-министр Армении Никол Пашинян в ходе встречи с жителями села Шинуайр "
        "Сюникской области Армении заявил, что граница будет проведена по картам."
    )
    assert _speakers(text, "ru") == {"Nikol Pashinyan"}


def test_the_presidents_administration_speaks_not_the_president() -> None:
    text = (
        "Об этом сообщают азербайджанские СМИ со ссылкой на администрацию президента АР "
        "Ильхама Алиева. В администрации азербайджанского президента отметили, что поставки "
        "начнутся в ближайшее время."
    )
    assert _speakers(text, "ru") == {"Presidential Administration of Azerbaijan"}


def test_a_bare_surname_is_the_person_the_article_named_in_full() -> None:
    text = (
        "Вице-премьер Армении Мгер Григорян признал необходимость скорейшего запуска процесса "
        "демаркации границы с Азербайджаном. «Думаю, что необходимо начать определенный "
        "процесс», - сказал Григорян."
    )
    assert _speakers(text, "ru") == {"Mher Grigoryan"}


def test_recognising_integrity_is_not_saying() -> None:
    text = (
        "Как сообщил глава МИД Армении Арарат Мирзоян, правительство Азербайджана отказалось "
        "во всеуслышание признать территориальную целостность Армении."
    )
    assert _speakers(text, "ru") == {"Ararat Mirzoyan"}


def test_karabakh_ministries_speak_as_themselves() -> None:
    text = (
        "Как писал Кавказский узел, Минобороны Нагорного Карабаха сообщало, что вечером 11 "
        "декабря на гадрутском направлении произошла перестрелка."
    )
    assert "Ministry of Defence (Artsakh)" in _speakers(text, "ru")


def test_a_statement_voiced_by_an_official_named_after_the_verb() -> None:
    text = (
        "Заявление о достигнутом соглашении озвучил министр иностранных дел России Сергей "
        "Лавров после консультаций со своими коллегами."
    )
    assert _speakers(text, "ru") == {"Sergey Lavrov"}


def test_it_was_reported_names_nobody() -> None:
    text = (
        "Напомним, что ранее сообщалось о проведении встречи Алиева, Пашиняна и Мишеля 25 октября."
    )
    assert _speakers(text, "ru") == set()


def test_the_two_countries_said_is_both_sides() -> None:
    text = (
        "Four Armenian servicemen were killed and three Azerbaijani soldiers wounded on the "
        "border on Friday, the two countries said."
    )
    assert {"Armenia", "Azerbaijan"} <= _speakers(text)


def test_two_offices_releasing_a_joint_statement_both_speak() -> None:
    text = (
        "The Presidential Administration of the Republic of Azerbaijan and the Office of the "
        "Prime Minister of the Republic of Armenia have released a joint statement on the "
        "release of prisoners."
    )
    assert _speakers(text) == {
        "Presidential Administration of Azerbaijan",
        "Office of the Prime Minister of Armenia",
    }


def test_a_bare_ministry_under_a_dateline_is_the_dateline_countrys() -> None:
    text = (
        "YEREVAN, September 22. /ARKA/. One of the Armenian civilians wounded in the "
        "Azerbaijani offensive has died in hospital, the Ministry of Health reported."
    )
    facts = _facts(text, dt.date(2022, 9, 22), "StatementMade")
    assert "Ministry of Health (Armenia)" in {f.arguments["speaker"] for f in facts}


def test_a_possessive_is_not_the_broker() -> None:
    text = (
        "On September 14, Armenia and Azerbaijan agreed to cease fire on the border. The "
        "ceasefire was brokered by Armenia's international partners, officials said."
    )
    facts = _facts(text, dt.date(2022, 9, 22), "CeasefireAgreed")
    assert facts and all(f.arguments.get("mediator") != "Armenia" for f in facts)
