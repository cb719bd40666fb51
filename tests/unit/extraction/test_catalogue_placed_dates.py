"""An event placed at another event happens on that event's day (sentences written for the
test): an agreement "reached at the meeting" takes the day the text gives the meeting, and talks
"on the sidelines of the summit" take the summit's day, not the news day."""

import datetime as dt

from .catalogue import article_facts

DAY = dt.date(2022, 3, 12)


def test_an_agreement_reached_at_a_meeting_dated_later_takes_the_meetings_day() -> None:
    text = (
        "Georgia welcomed the agreement reached at the meeting of the border commissions of "
        "Armenia and Azerbaijan on the return of two villages.\n\n"
        "The fifth meeting of the border commissions of Armenia and Azerbaijan was held on "
        "March 10, 2022."
    )
    dates = [f.get("date") for f in article_facts(text, "en", "AgreementSigned", DAY)]
    assert dates == ["2022-03-10"]


def test_talks_on_the_sidelines_take_the_summits_day_in_russian() -> None:
    text = (
        "15 марта в Праге начинается саммит лидеров государств Европы.\n"
        "На полях саммита президент Турции Реджеп Тайип Эрдоган встретится с "
        "премьер-министром Армении Николом Пашиняном."
    )
    facts = article_facts(text, "ru", "MeetingAnnounced", DAY)
    assert [f.get("date") for f in facts] == ["2022-03-15"]


def test_an_agreement_with_no_meeting_keeps_the_news_day() -> None:
    text = (
        "The ministers met in Geneva on February 20, 2022.\n\n"
        "Armenia and Azerbaijan agreed to set up a border commission, the ministries said."
    )
    dates = [f.get("date") for f in article_facts(text, "en", "AgreementSigned", DAY)]
    assert "2022-02-20" not in dates


def test_a_swap_in_a_statement_dated_yesterday_takes_the_statements_day() -> None:
    text = (
        "Armenia and Azerbaijan issued a joint statement yesterday.\n\n"
        "Analysts praised this joint statement, which includes the mutual release of prisoners "
        "of war agreed by Armenia and Azerbaijan."
    )
    facts = article_facts(text, "en", "PrisonerExchangeAgreed", DAY)
    assert [f.get("date") for f in facts] == ["2022-03-11"]


def test_a_swap_agreed_within_a_statement_takes_its_day_in_russian() -> None:
    text = (
        "Вчера Армения и Азербайджан приняли совместное заявление.\n\n"
        "В рамках этого заявления стороны договорились об обмене военнопленными."
    )
    facts = article_facts(text, "ru", "PrisonerExchangeAgreed", DAY)
    assert [f.get("date") for f in facts] == ["2022-03-11"]
