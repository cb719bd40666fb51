"""What the sides agreed on (sentences written for the test).

Agreeing to hold a meeting or a round of talks is a meeting announced, not a deal (the guide:
process commitments are no agreement); a meeting named as where a deal was reached ("reached
at the meeting") does not void it. A joint statement that is what the sides agreed on is a
document, an AgreementSigned.
"""

from .catalogue import article_facts


def _parties(text: str, lang: str, kind: str = "AgreementSigned") -> list[set[str]]:
    return [set(f.get("parties") or []) for f in article_facts(text, lang, kind)]


def test_agreeing_to_hold_a_meeting_is_no_agreement() -> None:
    text = (
        "Armenia and Azerbaijan agreed to hold a new round of talks on the peace treaty in "
        "Moscow, the minister said on Friday."
    )
    assert _parties(text, "en") == []


def test_agreeing_on_a_meeting_in_russian_is_no_agreement() -> None:
    text = "Армения и Азербайджан договорились провести очередную встречу по мирному договору."
    assert _parties(text, "ru") == []


def test_a_deal_reached_at_a_meeting_is_an_agreement() -> None:
    text = (
        "Armenia and Azerbaijan reached an agreement at the meeting of the border commissions "
        "on the delimitation of the border on Friday."
    )
    assert _parties(text, "en") == [{"Armenia", "Azerbaijan"}]


def test_agreeing_on_a_joint_statement_is_an_agreement() -> None:
    text = "Armenia and Azerbaijan agreed on a joint statement on border delimitation on Monday."
    assert _parties(text, "en") == [{"Armenia", "Azerbaijan"}]


def test_agreements_reached_cited_as_the_ground_of_a_meeting_are_no_fact() -> None:
    text = (
        "On Friday, within the framework of the agreements reached, the border commissions of "
        "Armenia and Azerbaijan held their first meeting."
    )
    assert _parties(text, "en") == []


def test_an_earlier_agreement_cited_in_russian_is_not_dated_by_the_event() -> None:
    text = (
        "Пограничники Азербайджана в пятницу заняли позиции у границы с Арменией в рамках "
        "достигнутого ранее соглашения о делимитации."
    )
    assert _parties(text, "ru") == []


def test_an_agreement_reached_on_a_day_is_still_an_agreement() -> None:
    text = (
        "Under the agreement reached by Armenia and Azerbaijan on Friday, the border "
        "commissions will meet in Moscow."
    )
    assert _parties(text, "en") == [{"Armenia", "Azerbaijan"}]


def test_a_decision_two_leaders_take_together_is_an_agreement() -> None:
    text = (
        "At the summit on Friday, the leaders of Armenia and Azerbaijan made a decision to set "
        "up a joint border commission."
    )
    assert _parties(text, "en") == [{"Armenia", "Azerbaijan"}]


def test_a_russian_joint_approval_is_an_agreement() -> None:
    text = "В пятницу Пашинян и Алиев одобрили создание совместной пограничной комиссии."
    assert _parties(text, "ru") == [{"Armenia", "Azerbaijan"}]


def test_one_sides_decision_about_another_state_is_no_agreement() -> None:
    text = (
        "Совет безопасности Армении в пятницу провел заседание, на котором было принято "
        "решение обратиться за помощью к России."
    )
    assert _parties(text, "ru") == []
