"""The Russian press's constructions, one sentence per fact kind and voice (written for the
test, in the style of the agencies): each gives the kind it says."""

import datetime as dt

import pytest

from .catalogue import article_facts, speakers

DAY = dt.date(2023, 5, 10)

SAYS = [
    (
        "StatementMade",
        '"Мы готовы к подписанию мирного договора", — заявил журналистам Никол Пашинян.',
    ),
    (
        "StatementMade",
        "Как сообщили в Минобороны Азербайджана, армянская сторона обстреляла позиции в "
        "Кельбаджарском районе.",
    ),
    ("StatementMade", "В МИД Армении назвали провокацией заявление Баку."),
    ("StatementMade", "По словам Захаровой, Москва рассчитывает на продолжение диалога."),
    ("StatementMade", "Об этом журналистам сообщил пресс-секретарь президента РФ Дмитрий Песков."),
    (
        "StatementMade",
        "Пресс-служба Кремля сообщила, что Путин провел телефонный разговор с Алиевым.",
    ),
    (
        "StatementMade",
        "Глава МИД Азербайджана Джейхун Байрамов выступил с заявлением по итогам переговоров.",
    ),
    ("StatementMade", "Алиев обвинил Армению в срыве переговоров."),
    ("StatementMade", "Пашинян подчеркнул, что Армения не претендует на территории Азербайджана."),
    ("StatementMade", "Как отметил Лавров, Россия готова содействовать урегулированию."),
    ("StatementMade", "В Кремле приветствовали договоренность о прекращении огня."),
    ("StatementMade", "Министерство иностранных дел Армении выразило протест в связи с обстрелом."),
    ("StatementMade", "Ереван отверг обвинения Баку."),
    (
        "StatementMade",
        "Официальный представитель МИД России Мария Захарова призвала стороны к сдержанности.",
    ),
    (
        "MeetingHeld",
        "В Москве прошли переговоры глав МИД Армении и Азербайджана при посредничестве "
        "Сергея Лаврова.",
    ),
    ("MeetingHeld", "Путин провел трехстороннюю встречу с Алиевым и Пашиняном в Сочи."),
    (
        "MeetingHeld",
        "Встреча Алиева и Пашиняна состоялась в Брюсселе при посредничестве Шарля Мишеля.",
    ),
    (
        "MeetingHeld",
        "Лидеры Армении и Азербайджана встретились в Праге на полях саммита Европейского "
        "политического сообщества.",
    ),
    ("MeetingHeld", "Мирзоян и Байрамов провели переговоры в Алма-Ате."),
    ("MeetingHeld", "Накануне в Вашингтоне прошла встреча Блинкена с Мирзояном и Байрамовым."),
    ("MeetingHeld", "Пашинян и Алиев провели двустороннюю встречу в Мюнхене."),
    ("MeetingAnnounced", "Встреча Пашиняна и Алиева пройдет в Брюсселе 14 мая."),
    (
        "MeetingAnnounced",
        "Главы МИД Армении и Азербайджана встретятся в Москве на следующей неделе.",
    ),
    (
        "MeetingAnnounced",
        "Песков сообщил, что Путин проведет трехстороннюю встречу с Алиевым и Пашиняном в Сочи.",
    ),
    ("MeetingAnnounced", "Запланирована встреча Лаврова с Байрамовым и Мирзояном в Москве."),
    ("MeetingDenied", "Песков заявил, что встреча Путина, Алиева и Пашиняна не планируется."),
    ("MeetingDenied", "Алиев отказался от участия во встрече в Гранаде."),
    ("MeetingCancelled", "Встреча глав МИД Армении и Азербайджана в Москве отменена."),
    ("MeetingPostponed", "Встреча Пашиняна и Алиева перенесена на декабрь."),
    (
        "CeasefireAgreed",
        "Армения и Азербайджан договорились о прекращении огня с полуночи 10 ноября.",
    ),
    ("CeasefireAgreed", "Стороны договорились о гуманитарном перемирии при посредничестве России."),
    (
        "CeasefireAgreed",
        "Президент Азербайджана Ильхам Алиев, премьер-министр Армении Никол Пашинян и "
        "президент России Владимир Путин подписали заявление о полном прекращении огня.",
    ),
    ("AgreementSigned", "Армения и Азербайджан подписали протокол о делимитации участка границы."),
    ("AgreementSigned", "Пашинян и Алиев подписали совместное заявление."),
    (
        "HostilitiesReported",
        "Азербайджанские военные обстреляли армянские позиции в Сюникской области.",
    ),
    ("HostilitiesReported", "На армяно-азербайджанской границе произошла перестрелка."),
    (
        "HostilitiesReported",
        'Вооруженные силы Азербайджана начали "антитеррористические мероприятия" '
        "в Нагорном Карабахе.",
    ),
    ("TerritoryTransferred", "Азербайджан вернул под свой контроль Агдамский район."),
    ("TerritoryTransferred", "Армия Азербайджана вошла в Лачинский район."),
    ("TerritoryTransferred", "Армения передала Азербайджану четыре села в Газахском районе."),
    (
        "TerritoryTransferScheduled",
        "Кельбаджарский район должен быть передан Азербайджану до 15 ноября.",
    ),
    (
        "TerritoryTransferScheduled",
        "Армения обязуется вернуть Азербайджану Агдамский район до 20 ноября.",
    ),
    (
        "PeacekeepersDeployed",
        "Российские миротворцы развернуты вдоль линии соприкосновения в Нагорном Карабахе.",
    ),
    ("PeacekeepersWithdrawn", "Российские миротворцы покинули Нагорный Карабах."),
    ("PrisonersExchanged", "Армения и Азербайджан обменялись пленными."),
    (
        "PrisonerExchangeAgreed",
        'Стороны договорились об обмене пленными по принципу "всех на всех".',
    ),
]


@pytest.mark.parametrize(("kind", "text"), SAYS)
def test_a_russian_construction_gives_its_kind(kind: str, text: str) -> None:
    assert article_facts(text, "ru", kind, DAY), text


def test_a_spokesman_saying_no_meeting_is_planned_denies_it() -> None:
    text = "Песков заявил, что встреча Путина, Алиева и Пашиняна не планируется."
    (denied,) = article_facts(text, "ru", "MeetingDenied", DAY)
    assert denied["denied_by"] == ["Dmitry Peskov"]


def test_a_side_returning_a_district_under_its_control_took_it() -> None:
    text = "Азербайджан вернул под свой контроль Агдамский район."
    (moved,) = article_facts(text, "ru", "TerritoryTransferred", DAY)
    assert (moved["territory"], moved["to"]) == ("Aghdam District", "Azerbaijan")


def test_a_breach_of_the_truce_is_fighting_where_it_happened() -> None:
    cases = [
        (
            "ru",
            "Минобороны России зафиксировало нарушение режима прекращения огня в зоне "
            "российских миротворцев в Нагорном Карабахе.",
        ),
        ("ru", "В Мартакертском районе зафиксировано нарушение режима прекращения огня."),
        (
            "en",
            "The Russian defence ministry recorded a ceasefire violation in the Martakert "
            "district.",
        ),
        (
            "en",
            "Armenia accused Azerbaijan of violating the ceasefire in the Kalbajar district "
            "on Tuesday.",
        ),
    ]
    for lang, text in cases:
        assert article_facts(text, lang, "HostilitiesReported", dt.date(2023, 5, 2)), text


def test_the_guides_rules_for_peacekeepers_and_meetings_named_in_passing() -> None:
    day = dt.date(2024, 4, 25)
    (left,) = article_facts(
        "Российские миротворцы свернули наблюдательные посты в Кельбаджарском районе.",
        "ru",
        "PeacekeepersWithdrawn",
        day,
    )
    assert left["area"] == "Kalbajar District"
    assert article_facts(
        "Продолжается выполнение задач российским миротворческим контингентом в Нагорном Карабахе.",
        "ru",
        "PeacekeepersDeployed",
        day,
    )
    (held,) = article_facts(
        "According to the protocol signed on April 19 during the 8th meeting of the border "
        "commissions of Armenia and Azerbaijan, the sides agreed on the line.",
        "en",
        "MeetingHeld",
        day,
    )
    assert (set(held["participants"]), held["date"]) == (  # type: ignore[arg-type]
        {"Armenia", "Azerbaijan"},
        "2024-04-19",
    )


def test_the_guides_rules_for_meetings_in_preparation_and_without_plans() -> None:
    (plan,) = article_facts(
        "Ведется работа по организации встречи Пашиняна и Алиева в Брюсселе.",
        "ru",
        "MeetingAnnounced",
        DAY,
    )
    assert plan["place"] == "Brussels"
    (denied,) = article_facts(
        "Песков заявил, что пока каких-то четких наметок по встрече Путина, Алиева и Пашиняна нет.",
        "ru",
        "MeetingDenied",
        DAY,
    )
    assert denied["denied_by"] == ["Dmitry Peskov"]


def test_a_ministry_spreading_the_news_or_whose_statement_notes_it_speaks() -> None:
    for text in (
        "Сообщение об этом распространило министерство обороны Азербайджана.",
        "Информацию об этом распространила пресс-служба министерства обороны Азербайджана.",
        "Как отмечается в заявлении Минобороны Азербайджана, армянские военные обстреляли позиции.",
        "По информации Минобороны Азербайджана, армянские военные обстреляли позиции.",
    ):
        assert speakers(text, "ru") == {"Ministry of Defense (Azerbaijan)"}, text


def test_a_new_truce_is_not_the_one_dated_before_it() -> None:
    text = (
        "Армения и Азербайджан договорились о новом перемирии.\n\n"
        "Ранее, 10 октября, стороны уже договорились о прекращении огня при посредничестве "
        "России."
    )
    truces = article_facts(text, "ru", "CeasefireAgreed", dt.date(2020, 10, 17))
    assert sorted(str(t["date"]) for t in truces) == ["2020-10-10", "2020-10-17"]


def test_a_statement_that_reads_names_its_owner_as_the_speaker() -> None:
    text = "Заявление МИД Азербайджана гласит, что армянская сторона нарушила режим."
    assert speakers(text, "ru") == {"Ministry of Foreign Affairs (Azerbaijan)"}


def test_the_sides_agreeing_on_a_commission_are_both_sides_but_efforts_are_no_deal() -> None:
    day = dt.date(2024, 5, 1)
    (deal,) = article_facts(
        "Стороны договорились о создании двусторонней комиссии по делимитации границы.",
        "ru",
        "AgreementSigned",
        day,
    )
    assert set(deal["parties"]) == {"Armenia", "Azerbaijan"}
    assert not article_facts(
        "Стороны договорились приложить дополнительные усилия в направлении заключения "
        "мирного договора.",
        "ru",
        "AgreementSigned",
        day,
    )


def test_a_proposal_accepted_is_agreed() -> None:
    text = "Власти Карабаха согласились на предложение российских миротворцев о прекращении огня."
    (truce,) = article_facts(text, "ru", "CeasefireAgreed", dt.date(2023, 9, 20))
    assert "Republic of Artsakh" in (truce["parties"] or [])
