"""Wave 29 meetings (sentences written for the test).

A decision or an agreement whose object is holding a meeting ("принято решение о проведении
встречи", "договоренность о проведении трехсторонней встречи", "the decision to hold a summit")
is a process commitment, not an AgreementSigned (the guide), whoever took it.
"""

from .catalogue import article_facts


def _parties(text: str, lang: str, kind: str = "AgreementSigned") -> list[set[str]]:
    return [set(f.get("parties") or []) for f in article_facts(text, lang, kind)]


def test_a_russian_decision_to_hold_a_meeting_is_no_agreement() -> None:
    text = (
        "После переговоров с Алиевым и Пашиняном принято решение о проведении встречи в "
        "декабре в Брюсселе."
    )
    assert _parties(text, "ru") == []


def test_a_russian_agreement_on_a_trilateral_meeting_is_no_agreement() -> None:
    text = (
        "Лавров сообщил, что договоренность о проведении трехсторонней встречи России, "
        "Армении и Азербайджана была достигнута в начале месяца."
    )
    assert _parties(text, "ru") == []


def test_leaders_deciding_to_hold_talks_in_russian_is_no_agreement() -> None:
    text = "Пашинян и Алиев приняли решение провести новый раунд переговоров в Москве."
    assert _parties(text, "ru") == []


def test_an_english_decision_to_hold_a_summit_is_no_agreement() -> None:
    text = (
        "Armenia and Azerbaijan made a decision to hold a trilateral meeting in Brussels "
        "in December."
    )
    assert _parties(text, "en") == []


def test_an_english_agreement_on_holding_bilateral_talks_is_no_agreement() -> None:
    text = (
        "The agreement of Pashinyan and Aliyev on holding bilateral talks was reached in "
        "early December, Lavrov said."
    )
    assert _parties(text, "en") == []


def test_a_decision_to_create_a_commission_is_still_an_agreement() -> None:
    text = "Пашинян и Алиев приняли решение о создании совместной пограничной комиссии."
    assert _parties(text, "ru") == [{"Armenia", "Azerbaijan"}]


# A meeting named only as what came before ("after holding talks in Washington", "после
# переговоров в Вашингтоне", "по итогам встречи в Брюсселе") is the occasion of the clause; when
# the clause names another meeting, that one is what it tells, with its own place.


def _announced_places(text: str, lang: str) -> list[str | None]:
    return [f.get("place") for f in article_facts(text, lang, "MeetingAnnounced")]


def test_a_plan_after_past_talks_keeps_its_own_place() -> None:
    text = (
        "After holding talks in Washington last week, the foreign ministers of Armenia and "
        "Azerbaijan, Ararat Mirzoyan and Jeyhun Bayramov, are scheduled to meet in Moscow "
        "next week."
    )
    assert _announced_places(text, "en") == ["Moscow"]


def test_agreeing_to_meet_again_after_a_meeting_names_the_next_venue() -> None:
    text = (
        "Following the meeting in Brussels, Nikol Pashinyan and Ilham Aliyev will meet again "
        "in Chisinau next month."
    )
    assert _announced_places(text, "en") == ["Chișinău"]


def test_a_russian_plan_after_past_talks_keeps_its_own_place() -> None:
    text = (
        "После переговоров в Вашингтоне министры иностранных дел Армении и Азербайджана "
        "Арарат Мирзоян и Джейхун Байрамов встретятся в Москве на следующей неделе."
    )
    assert _announced_places(text, "ru") == ["Москва"] or _announced_places(text, "ru") == [
        "Moscow"
    ]


def test_a_russian_plan_told_after_a_meeting_keeps_its_own_place() -> None:
    text = (
        "По итогам встречи в Брюсселе Никол Пашинян и Ильхам Алиев проведут следующую "
        "встречу в Праге в октябре."
    )
    assert _announced_places(text, "ru") == ["Prague"]
