"""The English press's constructions, one sentence per fact kind and voice (written for the
test, in the style of the wires and the region's English-language outlets): each gives the
kind it says."""

import datetime as dt

import pytest

from .catalogue import article_facts

DAY = dt.date(2023, 9, 26)

SAYS = [
    (
        "MeetingHeld",
        "Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev "
        "held talks in Brussels on Sunday hosted by European Council President Charles "
        "Michel.",
    ),
    (
        "MeetingHeld",
        "Secretary of State Antony Blinken hosted the foreign ministers of Armenia and "
        "Azerbaijan for talks outside Washington.",
    ),
    (
        "MeetingHeld",
        "The foreign ministers of Armenia and Azerbaijan, Ararat Mirzoyan and Jeyhun "
        "Bayramov, met in Almaty on Friday for two days of talks.",
    ),
    (
        "MeetingHeld",
        "Aliyev and Pashinyan met on the sidelines of the Munich Security Conference on Saturday.",
    ),
    (
        "MeetingHeld",
        "Putin met separately with Aliyev and Pashinyan before the three leaders sat "
        "down together.",
    ),
    (
        "MeetingHeld",
        "Lavrov held talks with his Armenian and Azerbaijani counterparts in Moscow on Friday.",
    ),
    (
        "MeetingAnnounced",
        "Pashinyan and Aliyev are expected to meet in Granada next week, an EU official said.",
    ),
    (
        "MeetingAnnounced",
        "Michel will host Aliyev and Pashinyan in Brussels on July 15, his spokesman said.",
    ),
    (
        "MeetingDenied",
        "Azerbaijan's President Ilham Aliyev will not attend the summit in Granada, his "
        "office said.",
    ),
    (
        "MeetingCancelled",
        "Talks between the foreign ministers of Armenia and Azerbaijan scheduled for "
        "Monday in Moscow were called off.",
    ),
    (
        "MeetingPostponed",
        "A meeting between Pashinyan and Aliyev has been postponed until next month.",
    ),
    (
        "CeasefireAgreed",
        "Armenia and Azerbaijan agreed to a Russian-brokered ceasefire on Saturday.",
    ),
    (
        "CeasefireAgreed",
        "A U.S.-brokered humanitarian ceasefire took effect at 8 a.m. local time on Monday.",
    ),
    (
        "AgreementSigned",
        "Armenia and Azerbaijan signed a protocol on border delimitation on Friday.",
    ),
    (
        "AgreementSigned",
        "The leaders signed a joint statement on unblocking transport links in the region.",
    ),
    (
        "HostilitiesReported",
        "Azerbaijani forces shelled Armenian positions near the town of Jermuk "
        "overnight, the Armenian defence ministry said.",
    ),
    (
        "HostilitiesReported",
        "Two Armenian soldiers were killed in a cross-border shootout, Yerevan said.",
    ),
    (
        "HostilitiesReported",
        "Azerbaijan launched a military offensive in Nagorno-Karabakh on Tuesday.",
    ),
    (
        "TerritoryTransferred",
        "Azerbaijani troops entered the Kalbajar district on Wednesday after Armenian "
        "forces withdrew.",
    ),
    (
        "TerritoryTransferred",
        "Armenia handed over the Lachin district to Azerbaijan on December 1.",
    ),
    (
        "TerritoryTransferScheduled",
        "Under the agreement, Armenia is to return the Aghdam district to Azerbaijan by "
        "November 20.",
    ),
    (
        "PeacekeepersDeployed",
        "Russian peacekeepers began deploying to Nagorno-Karabakh on Tuesday.",
    ),
    (
        "PeacekeepersWithdrawn",
        "Russia has begun withdrawing its peacekeepers from Nagorno-Karabakh, the Kremlin said.",
    ),
    ("PrisonersExchanged", "Armenia and Azerbaijan exchanged prisoners of war on Tuesday."),
    (
        "PrisonerExchangeAgreed",
        "Armenia and Azerbaijan agreed to exchange prisoners in a joint statement.",
    ),
    ("StatementMade", '"We are ready to sign the peace treaty," Pashinyan told reporters.'),
    (
        "StatementMade",
        "Azerbaijan's foreign ministry said in a statement that the claims were baseless.",
    ),
    ("StatementMade", "According to Armenia's Foreign Ministry, the talks were constructive."),
    (
        "StatementMade",
        "Kremlin spokesman Dmitry Peskov told reporters that Moscow was ready to help.",
    ),
    (
        "StatementMade",
        "Hikmet Hajiyev, foreign policy adviser to the Azerbaijani president, wrote on "
        "X that Baku was committed to peace.",
    ),
    ("StatementMade", "The U.S. State Department welcomed the agreement."),
]


@pytest.mark.parametrize(("kind", "text"), SAYS)
def test_an_english_construction_gives_its_kind(kind: str, text: str) -> None:
    assert article_facts(text, "en", kind, DAY), text


def test_unnamed_counterparts_take_part_as_their_states() -> None:
    for text, lang in (
        ("Lavrov held talks with his Armenian and Azerbaijani counterparts in Moscow.", "en"),
        ("Лавров провел в Москве встречу с коллегами из Армении и Азербайджана.", "ru"),
    ):
        (held,) = article_facts(text, lang, "MeetingHeld", DAY)
        assert set(held["participants"]) == {  # type: ignore[arg-type]
            "Sergey Lavrov",
            "Armenia",
            "Azerbaijan",
        }, text


def test_the_deal_that_ended_the_war_is_dated_by_its_end() -> None:
    text = (
        "Azerbaijani soldiers rolled into the final district given up by Armenia in a peace "
        "deal that ended six weeks of fighting."
    )
    deals = article_facts(text, "en", "CeasefireAgreed", dt.date(2020, 12, 1))
    assert [d["date"] for d in deals] == ["2020-11-10"]


def test_the_truce_that_ended_the_operation_of_september_2023_is_that_days() -> None:
    text = (
        "Armenian authorities in Nagorno-Karabakh and Azerbaijan reached a ceasefire agreement on "
        "Wednesday, ending military operations in the separatist region."
    )
    (deal,) = article_facts(text, "en", "CeasefireAgreed", dt.date(2023, 9, 21))
    assert deal["date"] == "2023-09-20"
    assert deal["mediator"] == "Russian peacekeeping forces in Nagorno-Karabakh"


def test_a_tripartite_statement_dated_november_2020_is_the_ceasefire() -> None:
    text = (
        "Russian peacekeepers were stationed in Nagorno-Karabakh in accordance with the "
        "tripartite statement of Baku, Yerevan and Moscow dated from November 10, 2020."
    )
    (deal,) = article_facts(text, "en", "CeasefireAgreed", dt.date(2024, 4, 17))
    assert (deal["date"], deal["mediator"]) == ("2020-11-10", "Russia")


def test_the_prisoner_clause_of_the_november_statement_named_years_later() -> None:
    text = "The exchange of prisoners was enshrined in the trilateral statement of November 9."
    day = dt.date(2023, 11, 16)
    (deal,) = article_facts(text, "en", "CeasefireAgreed", day)
    assert (deal["date"], deal["mediator"]) == ("2020-11-09", "Russia")
    assert article_facts(text, "en", "PrisonerExchangeAgreed", day)


def test_a_planned_meeting_not_held_was_cancelled() -> None:
    for lang, text in (
        ("en", "The meeting of Aliyev and Pashinyan planned in Brussels was not held."),
        ("en", "The meeting of Aliyev and Pashinyan in Brussels did not take place."),
        ("ru", "Запланированная встреча Алиева и Пашиняна в Брюсселе не состоялась."),
        ("ru", "Встреча Алиева и Пашиняна в Брюсселе не состоится."),
    ):
        assert article_facts(text, lang, "MeetingCancelled", DAY), text


def test_the_guides_rules_for_peacekeepers_at_work_and_at_the_end_of_their_mission() -> None:
    day = dt.date(2024, 6, 12)
    assert article_facts(
        "Russian peacekeepers are carrying out their functions in Nagorno-Karabakh, monitoring "
        "the ceasefire.",
        "en",
        "PeacekeepersDeployed",
        day,
    )
    assert article_facts(
        "Российские миротворцы продолжают выполнять свои задачи в Нагорном Карабахе.",
        "ru",
        "PeacekeepersDeployed",
        day,
    )
    for text, lang in (
        (
            "A ceremony marking the completion of the Russian peacekeepers' mission in Karabakh "
            "was held in Khojaly.",
            "en",
        ),
        (
            "В Ходжалы прошла церемония по случаю завершения миссии российских миротворцев в "
            "Карабахе.",
            "ru",
        ),
    ):
        assert article_facts(text, lang, "PeacekeepersWithdrawn", day), text


def test_a_joint_statement_issued_with_a_prisoner_clause_is_both_facts() -> None:
    import datetime as dt

    from .catalogue import facts_of

    text = (
        "Pashinyan and Aliyev issued a joint statement on December 7, 2023, agreeing to "
        "exchange prisoners.\n\nThe weather was fine."
    )
    day = dt.date(2024, 5, 1)
    (deal,) = facts_of(text, "en", "AgreementSigned", day)
    (swap,) = facts_of(text, "en", "PrisonerExchangeAgreed", day)
    assert (set(deal["parties"]), deal["date"]) == ({"Armenia", "Azerbaijan"}, "2023-12-07")
    assert set(swap["parties"]) == {"Armenia", "Azerbaijan"}
