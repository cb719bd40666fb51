"""Roles from grammar: who speaks, who hands territory to whom, unknown speakers, institutions."""

import datetime as dt

from services.extraction import extract_article, to_gold
from services.extraction.gazetteer import canonical_entity
from services.extraction.institutions import institution_aliases

PUB = dt.date(2021, 11, 23)


def facts(text: str, language: str | None = None, published: dt.date = PUB) -> list[dict]:  # type: ignore[type-arg]
    return [to_gold(f) for f in extract_article(text, published, language).facts]


def speakers(text: str, language: str | None = None) -> list[str]:
    return [str(f["speaker"]) for f in facts(text, language) if f["kind"] == "StatementMade"]


def test_institutions_and_states_speak() -> None:
    assert speakers("Минобороны Армении сообщило, что обстрел продолжается.") == [
        "Ministry of Defence (Armenia)"
    ]
    assert speakers("В Баку заявили, что Ереван нарушил перемирие.") == ["Azerbaijan"]
    assert speakers("Azerbaijan's Defense Ministry said the shelling continued.", "en") == [
        "Ministry of Defense (Azerbaijan)"
    ]


def test_no_speaker_from_a_dative_or_a_mutual_accusation() -> None:
    assert speakers("Но Москве удалось призвать стороны к сдержанности.") == []
    assert speakers("Armenia and Azerbaijan accused each other of shelling.", "en") == []


def test_speech_reported_inside_speech_has_one_speaker() -> None:
    text = "Песков заявил, что Армения и Азербайджан подтвердили участие."
    assert speakers(text) == ["Dmitry Peskov"]


def test_unknown_people_speak_under_their_own_names() -> None:
    assert speakers("Об этом замглавы Гориса Карен Кочарян сообщил в среду.") == ["Karen Kocharyan"]
    text = "Ahmad Shahidov, the head of a rights group, told reporters the shelling went on."
    assert speakers(text, "en") == ["Ahmad Shahidov"]


def test_transfer_direction_from_grammar() -> None:
    [fact] = [
        f for f in facts("Ереван передал Баку Лачинский район.") if "Territory" in str(f["kind"])
    ]
    assert (fact["from"], fact["to"]) == ("Armenia", "Azerbaijan")
    text = "Azerbaijani army units entered the Aghdam district handed over by Armenia."
    [fact] = [f for f in facts(text, "en") if "Territory" in str(f["kind"])]
    assert (fact["territory"], fact["to"]) == ("Aghdam District", "Azerbaijan")
    assert fact["from"] == "Armenia"


def test_a_landmark_region_is_no_territory() -> None:
    text = "Armenia handed over the Aghdam region, east of Nagorno-Karabakh, to Azerbaijan."
    territories = [f["territory"] for f in facts(text, "en") if "Territory" in str(f["kind"])]
    assert territories == ["Aghdam District"]


def test_institution_spellings_are_generated() -> None:
    aliases = institution_aliases("Ministry of Defence (Armenia)", "Armenia")
    assert "Armenian Defense Ministry" in aliases and "Armenia MoD" in aliases
    assert canonical_entity("Azerbaijani MoD") is not None
    assert institution_aliases("Kremlin", "Russia") == []


def test_confidence_is_calibrated_and_evidence_raises_it() -> None:
    from services.extraction.confidence import confidence

    one = confidence("StatementMade", 1, None)
    two = confidence("StatementMade", 2, None)
    assert 0 < one < two < 1
    assert confidence("MeetingCancelled", 1, None) < confidence("StatementMade", 1, None)


def test_speech_inside_a_quote_is_not_the_articles_report() -> None:
    text = (
        "Об этом в интервью Общественному телевидению Армении сообщил секретарь Совета "
        "безопасности Армен Григорян. “Ранее мы заявляли, что готовы встречаться. Если "
        "Азербайджан выразит готовность, встреча состоится”, – сказал Григорян."
    )
    assert speakers(text) == ["Armen Grigoryan"]


def test_a_name_after_a_title_speaks() -> None:
    text = "Заявила пресс-секретарь премьера Армении Назели Багдасарян на брифинге."
    assert speakers(text) == ["Nazeli Baghdasaryan"]
