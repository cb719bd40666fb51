# ruff: noqa: E501  (article text is data)
"""Writes the development articles and their gold files (all text written for factstream)."""

import json
from pathlib import Path

HERE = Path(__file__).parent
PK = "Russian peacekeeping forces in Nagorno-Karabakh"
P3 = ["Vladimir Putin", "Ilham Aliyev", "Nikol Pashinyan"]
AA = ["Armenia", "Azerbaijan"]
BORDER = ["Armenia–Azerbaijan border", "Armenia-Azerbaijan border"]
KARABAKH = ["Nagorno-Karabakh", "Karabakh"]

DEV = [
    (
        "dev_01_kalbajar_deadline",
        "2020-11-15",
        "ru",
        "Азербайджан согласился перенести срок передачи Кельбаджарского района с 15 на 25 ноября, "
        "сообщил помощник президента Азербайджана Хикмет Гаджиев. По его словам, армянская сторона "
        "обратилась с просьбой продлить срок из-за сложных погодных условий.\n\n"
        "Согласно трёхстороннему заявлению, Армения должна вернуть Азербайджану Агдамский район до "
        "20 ноября, а Лачинский район — до 1 декабря.",
        [
            {"kind": "StatementMade", "speaker": "Hikmet Hajiyev"},
            {
                "kind": "TerritoryTransferScheduled",
                "territory": ["Kalbajar District", "Kalbajar"],
                "to": "Azerbaijan",
                "date": "2020-11-25",
            },
            {
                "kind": "TerritoryTransferScheduled",
                "territory": ["Aghdam District", "Aghdam"],
                "to": "Azerbaijan",
                "date": "2020-11-20",
            },
            {
                "kind": "TerritoryTransferScheduled",
                "territory": ["Lachin District", "Lachin"],
                "to": "Azerbaijan",
                "date": "2020-12-01",
            },
        ],
    ),
    (
        "dev_02_aghdam_handover",
        "2020-11-20",
        "ru",
        "Подразделения азербайджанской армии в пятницу вошли в Агдамский район, который перешёл под "
        "контроль Баку в соответствии с трёхсторонним заявлением, сообщило Минобороны Азербайджана. "
        "Ранее армянские военные покинули район.\n\n"
        "В ведомстве отметили, что российские миротворцы продолжают нести службу вдоль линии "
        "соприкосновения в Нагорном Карабахе.",
        [
            {
                "kind": "TerritoryTransferred",
                "territory": ["Aghdam District", "Aghdam"],
                "from": "Armenia",
                "to": "Azerbaijan",
                "date": "2020-11-20",
            }
        ],
    ),
    (
        "dev_03_border_clash_2021",
        "2021-11-17",
        "ru",
        "Накануне на армяно-азербайджанской границе произошли ожесточённые столкновения, сообщило "
        "Минобороны Армении. По данным армянского военного ведомства, погибли несколько "
        "военнослужащих.\n\n"
        "Вечером 16 ноября при посредничестве России Армения и Азербайджан договорились о "
        "прекращении огня, заявил секретарь Совета безопасности Армении Армен Григорян.",
        [
            {"kind": "HostilitiesReported", "location": BORDER, "date": "2021-11-16"},
            {
                "kind": "CeasefireAgreed",
                "parties": AA,
                "mediator": ["Russia", "Moscow"],
                "date": "2021-11-16",
            },
            {"kind": "StatementMade", "speaker": "Armen Grigoryan"},
        ],
    ),
    (
        "dev_04_jermuk_shelling",
        "2022-09-14",
        "ru",
        "В ночь на 13 сентября азербайджанские военные обстреляли позиции армянских подразделений в "
        "районе Джермука, Гориса и Сотка, заявили в Минобороны Армении. В Баку ответственность за "
        "эскалацию возложили на Ереван.\n\n"
        "Пресс-секретарь Кремля Дмитрий Песков заявил, что Москва призывает стороны к сдержанности.",
        [
            {
                "kind": "HostilitiesReported",
                "location": ["Jermuk", "Goris", "Sotk", *BORDER],
                "date": "2022-09-13",
            },
            {"kind": "StatementMade", "speaker": "Dmitry Peskov"},
        ],
    ),
    (
        "dev_05_ceasefire_holds",
        "2022-09-15",
        "ru",
        "Режим прекращения огня на армяно-азербайджанской границе, согласованный вечером 14 сентября, "
        "в целом соблюдается, сообщил секретарь Совета безопасности Армении Армен Григорян. По его "
        "словам, договорённость была достигнута при участии международного сообщества.",
        [
            {"kind": "CeasefireAgreed", "parties": AA, "date": "2022-09-14"},
            {"kind": "StatementMade", "speaker": "Armen Grigoryan"},
        ],
    ),
    (
        "dev_06_sochi_held",
        "2022-10-31",
        "ru",
        "В Сочи в понедельник прошли трёхсторонние переговоры Владимира Путина, Ильхама Алиева и "
        "Никола Пашиняна. По итогам встречи лидеры приняли совместное заявление, в котором "
        "договорились не применять силу.\n\n"
        "Перед этим Путин провёл отдельные встречи с Алиевым и Пашиняном.",
        [
            {"kind": "MeetingHeld", "participants": P3, "place": "Sochi", "date": "2022-10-31"},
            {
                "kind": "AgreementSigned",
                "parties": ["Russia", "Azerbaijan", "Armenia"],
                "date": "2022-10-31",
            },
            {
                "kind": "MeetingHeld",
                "participants": ["Vladimir Putin", "Ilham Aliyev"],
                "place": "Sochi",
            },
            {
                "kind": "MeetingHeld",
                "participants": ["Vladimir Putin", "Nikol Pashinyan"],
                "place": "Sochi",
            },
        ],
    ),
    (
        "dev_07_aliyev_declines",
        "2022-12-05",
        "ru",
        "Президент Азербайджана Ильхам Алиев отказался ехать на встречу с Николом Пашиняном в "
        "Брюсселе, запланированную на 7 декабря, сообщил Хикмет Гаджиев. Причиной он назвал "
        "позицию Франции.\n\nВ Ереване заявили, что готовы к диалогу.",
        [
            {
                "kind": "MeetingDenied",
                "participants": ["Ilham Aliyev", "Nikol Pashinyan"],
                "denied_by": ["Ilham Aliyev", "Azerbaijan", "Hikmet Hajiyev"],
            },
            {"kind": "StatementMade", "speaker": "Hikmet Hajiyev"},
        ],
    ),
    (
        "dev_08_september_offensive",
        "2023-09-21",
        "ru",
        "Минобороны Азербайджана 19 сентября объявило о начале «антитеррористических мероприятий» в "
        "Нагорном Карабахе. Уже на следующий день, 20 сентября, при посредничестве командования "
        "российского миротворческого контингента стороны договорились о прекращении боевых "
        "действий.\n\nКак сообщило Минобороны России, миротворцы эвакуировали более пяти тысяч "
        "мирных жителей.",
        [
            {"kind": "HostilitiesReported", "location": KARABAKH, "date": "2023-09-19"},
            {"kind": "CeasefireAgreed", "mediator": [PK, "Russia"], "date": "2023-09-20"},
        ],
    ),
    (
        "dev_09_exchange_agreed",
        "2023-12-08",
        "ru",
        "Армения и Азербайджан договорились обменять 32 армянских военнопленных на двух "
        "азербайджанских военнослужащих, говорится в совместном заявлении аппарата премьер-министра "
        "Армении и администрации президента Азербайджана. Стороны также выразили намерение "
        "нормализовать отношения.",
        [
            {"kind": "PrisonerExchangeAgreed", "parties": AA},
            {"kind": "AgreementSigned", "parties": AA},
        ],
    ),
    (
        "dev_10_exchange_done",
        "2023-12-13",
        "ru",
        "В среду на армяно-азербайджанской границе состоялся обмен пленными: Азербайджан передал "
        "Армении 32 военнослужащих, а Армения вернула двух азербайджанских солдат, сообщили в "
        "аппарате премьер-министра Армении. Обмен прошёл при содействии Международного комитета "
        "Красного Креста.",
        [{"kind": "PrisonersExchanged", "parties": AA, "date": "2023-12-13"}],
    ),
    (
        "dev_11_peacekeepers_leave",
        "2024-04-18",
        "ru",
        "Российские миротворцы начали вывод из Нагорного Карабаха, подтвердил пресс-секретарь "
        "президента России Дмитрий Песков. По его словам, решение было принято по согласованию с "
        "Баку.\n\nПервые колонны покинули Карабах 17 апреля.",
        [
            {
                "kind": "PeacekeepersWithdrawn",
                "force": [PK, "Russia"],
                "area": KARABAKH,
                "date": "2024-04-17",
            },
            {"kind": "StatementMade", "speaker": "Dmitry Peskov"},
        ],
    ),
    (
        "dev_12_peacekeepers_arrive",
        "2020-11-12",
        "ru",
        "Первые подразделения российских миротворцев прибыли в Степанакерт 10 ноября, сообщил "
        "официальный представитель Минобороны России Игорь Конашенков. Всего в Нагорном Карабахе "
        "будут размещены 1960 военнослужащих.\n\nМиротворцы займут 16 наблюдательных постов вдоль "
        "линии соприкосновения и в Лачинском коридоре.",
        [
            {
                "kind": "PeacekeepersDeployed",
                "force": [PK, "Russia"],
                "area": ["Stepanakert", "Nagorno-Karabakh"],
                "date": "2020-11-10",
            },
            {"kind": "StatementMade", "speaker": "Igor Konashenkov"},
        ],
    ),
    (
        "dev_13_moscow_meeting",
        "2021-01-11",
        "ru",
        "В Москве состоялась трёхсторонняя встреча президента России Владимира Путина, президента "
        "Азербайджана Ильхама Алиева и премьер-министра Армении Никола Пашиняна. Лидеры подписали "
        "совместное заявление о развитии транспортных коммуникаций в регионе, сообщает ТАСС. "
        "Переговоры продолжались около четырёх часов.",
        [
            {"kind": "MeetingHeld", "participants": P3, "place": "Moscow"},
            {"kind": "AgreementSigned", "parties": ["Russia", "Azerbaijan", "Armenia"]},
        ],
    ),
    (
        "dev_14_brussels_announced",
        "2022-05-20",
        "ru",
        "Председатель Евросовета Шарль Мишель 22 мая в Брюсселе проведёт новую трёхстороннюю встречу "
        "с президентом Азербайджана Ильхамом Алиевым и премьер-министром Армении Николом Пашиняном, "
        "сообщила пресс-служба Евросовета. Предыдущая встреча в таком формате прошла в Брюсселе "
        "6 апреля.",
        [
            {
                "kind": "MeetingAnnounced",
                "participants": ["Charles Michel", "Ilham Aliyev", "Nikol Pashinyan"],
                "place": "Brussels",
                "date": "2022-05-22",
                "claimed_by": ["European Council", "Charles Michel"],
            },
            {
                "kind": "MeetingHeld",
                "participants": ["Charles Michel", "Ilham Aliyev", "Nikol Pashinyan"],
                "place": "Brussels",
                "date": "2022-04-06",
            },
        ],
    ),
    (
        "dev_15_granada",
        "2023-10-04",
        "ru",
        "Ильхам Алиев не примет участия в саммите Европейского политического сообщества в Гранаде, "
        "сообщило азербайджанское издание APA со ссылкой на источники. Встреча Алиева и Пашиняна при "
        "участии Макрона, Шольца и Мишеля, которая планировалась на полях саммита 5 октября, не "
        "состоится.\n\nВ Ереване подтвердили, что Пашинян прибудет в Испанию.",
        [
            {"kind": "MeetingDenied", "denied_by": ["Ilham Aliyev", "Azerbaijan"]},
            {
                "kind": "MeetingCancelled",
                "participants": [
                    "Ilham Aliyev",
                    "Nikol Pashinyan",
                    "Emmanuel Macron",
                    "Olaf Scholz",
                    "Charles Michel",
                ],
                "date": "2023-10-05",
            },
        ],
    ),
    (
        "dev_16_postponed",
        "2021-12-10",
        "ru",
        "Встреча Ильхама Алиева и Никола Пашиняна, которая должна была пройти 10 декабря, перенесена "
        "на 14 декабря, сообщили в аппарате премьер-министра Армении. Переговоры состоятся в "
        "Брюсселе при посредничестве главы Евросовета Шарля Мишеля.",
        [
            {
                "kind": "MeetingPostponed",
                "participants": ["Ilham Aliyev", "Nikol Pashinyan"],
                "date": "2021-12-14",
            },
            {
                "kind": "MeetingAnnounced",
                "participants": ["Ilham Aliyev", "Nikol Pashinyan", "Charles Michel"],
                "place": "Brussels",
                "date": "2021-12-14",
                "claimed_by": [
                    "Office of the Prime Minister of Armenia",
                    "Government of Armenia",
                    "Armenia",
                ],
            },
        ],
    ),
    (
        "dev_17_humanitarian_truce",
        "2020-10-10",
        "ru",
        "Министры иностранных дел России, Азербайджана и Армении по итогам переговоров в Москве "
        "договорились о гуманитарном прекращении огня с 12:00 10 октября, заявил глава МИД России "
        "Сергей Лавров. Стороны также договорились об обмене военнопленными и телами погибших при "
        "посредничестве Международного комитета Красного Креста.\n\nПереговоры длились более десяти "
        "часов.",
        [
            {
                "kind": "CeasefireAgreed",
                "parties": ["Azerbaijan", "Armenia"],
                "mediator": "Russia",
                "date": ["2020-10-10", "2020-10-09"],
            },
            {
                "kind": "PrisonerExchangeAgreed",
                "parties": ["Azerbaijan", "Armenia"],
                "date": ["2020-10-10", "2020-10-09"],
            },
            {
                "kind": "MeetingHeld",
                "participants": ["Russia", "Azerbaijan", "Armenia"],
                "place": "Moscow",
            },
            {"kind": "StatementMade", "speaker": "Sergey Lavrov"},
        ],
    ),
    (
        "dev_18_prague",
        "2022-10-07",
        "ru",
        "В Праге на полях саммита Европейского политического сообщества 6 октября состоялась "
        "четырёхсторонняя встреча Никола Пашиняна, Ильхама Алиева, Эммануэля Макрона и Шарля "
        "Мишеля. Стороны договорились о размещении гражданской миссии ЕС на армянской стороне "
        "границы с Азербайджаном, говорится в совместном заявлении.",
        [
            {
                "kind": "MeetingHeld",
                "participants": [
                    "Nikol Pashinyan",
                    "Ilham Aliyev",
                    "Emmanuel Macron",
                    "Charles Michel",
                ],
                "place": "Prague",
                "date": "2022-10-06",
            },
            {"kind": "AgreementSigned", "date": "2022-10-06"},
        ],
    ),
    (
        "dev_19_syunik_fire",
        "2023-05-16",
        "ru",
        "Минобороны Армении сообщило, что азербайджанские военные в понедельник открыли огонь по "
        "армянским позициям в Сюникской области. В результате обстрела ранен один военнослужащий. "
        "В Баку заявили, что армянская сторона первой нарушила режим прекращения огня.",
        [{"kind": "HostilitiesReported", "location": "Syunik Province", "date": "2023-05-15"}],
    ),
    (
        "dev_20_lachin_handover",
        "2020-12-01",
        "ru",
        "Азербайджанская армия 1 декабря вошла в Лачинский район, который был передан Азербайджану в "
        "соответствии с заявлением от 9 ноября, сообщило Минобороны Азербайджана. Лачинский коридор "
        "шириной пять километров остаётся под контролем российских миротворцев.\n\n"
        "Ранее Армения вернула Баку Агдамский и Кельбаджарский районы.",
        [
            {
                "kind": "TerritoryTransferred",
                "territory": ["Lachin District", "Lachin"],
                "to": "Azerbaijan",
                "date": "2020-12-01",
            },
            {
                "kind": "TerritoryTransferred",
                "territory": ["Aghdam District", "Aghdam"],
                "from": "Armenia",
                "to": "Azerbaijan",
            },
            {
                "kind": "TerritoryTransferred",
                "territory": ["Kalbajar District", "Kalbajar"],
                "from": "Armenia",
                "to": "Azerbaijan",
            },
        ],
    ),
    (
        "dev_21_en_sochi_announced",
        "2021-11-23",
        "en",
        "The Kremlin said on Tuesday that Russian President Vladimir Putin will host Azerbaijani "
        "President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan for trilateral talks in "
        "Sochi on November 26. Kremlin spokesman Dmitry Peskov told reporters that the leaders would "
        "discuss the implementation of previous agreements.\n\nThe talks will mark the first "
        "anniversary of the ceasefire statement.",
        [
            {
                "kind": "MeetingAnnounced",
                "participants": P3,
                "place": "Sochi",
                "date": "2021-11-26",
                "claimed_by": ["Kremlin", "Presidential Administration of Russia"],
            },
            {"kind": "StatementMade", "speaker": "Dmitry Peskov"},
        ],
    ),
    (
        "dev_22_en_ceasefire_deal",
        "2020-11-10",
        "en",
        "Armenia and Azerbaijan agreed to a complete ceasefire in Nagorno-Karabakh under a "
        "Russian-brokered deal signed overnight, ending six weeks of fighting. Under the agreement, "
        "Armenia must hand over the Aghdam District to Azerbaijan by November 20.\n\nRussian "
        "peacekeepers began deploying to the region on Tuesday, the Russian Defence Ministry said.",
        [
            {
                "kind": "CeasefireAgreed",
                "parties": AA,
                "mediator": "Russia",
                "date": ["2020-11-10", "2020-11-09"],
            },
            {
                "kind": "TerritoryTransferScheduled",
                "territory": ["Aghdam District", "Aghdam"],
                "to": "Azerbaijan",
                "date": "2020-11-20",
            },
            {
                "kind": "PeacekeepersDeployed",
                "force": [PK, "Russia"],
                "area": KARABAKH,
                "date": "2020-11-10",
            },
        ],
    ),
    (
        "dev_23_en_prisoner_swap",
        "2023-12-13",
        "en",
        "Armenia and Azerbaijan exchanged prisoners on Wednesday at their border, freeing 32 Armenian "
        "servicemen and two Azerbaijani soldiers. The swap had been agreed in a joint statement last "
        "week.\n\nAzerbaijani presidential aide Hikmet Hajiyev said the exchange showed that peace "
        "was possible.",
        [
            {"kind": "PrisonersExchanged", "parties": AA, "date": "2023-12-13"},
            {"kind": "StatementMade", "speaker": "Hikmet Hajiyev"},
        ],
    ),
    (
        "dev_24_en_border_fighting",
        "2022-09-14",
        "en",
        "Heavy fighting broke out on Tuesday along the Armenia-Azerbaijan border, with Armenia "
        "reporting shelling of Jermuk and Goris. Armenian Prime Minister Nikol Pashinyan said at "
        "least 49 soldiers had been killed.\n\nA ceasefire agreed with Russian mediation on Tuesday "
        "morning collapsed within hours, the Armenian Defence Ministry said.",
        [
            {
                "kind": "HostilitiesReported",
                "location": [*BORDER, "Jermuk", "Goris"],
                "date": "2022-09-13",
            },
            {"kind": "StatementMade", "speaker": "Nikol Pashinyan"},
            {"kind": "CeasefireAgreed", "mediator": "Russia", "date": "2022-09-13"},
        ],
    ),
    (
        "dev_25_en_brussels_held",
        "2021-12-15",
        "en",
        "Azerbaijani President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan met in "
        "Brussels on December 14 for talks hosted by European Council President Charles Michel. "
        "The leaders agreed to restore the railway link between the two countries, Michel said.\n\n"
        "A second meeting is planned for early next year.",
        [
            {
                "kind": "MeetingHeld",
                "participants": ["Ilham Aliyev", "Nikol Pashinyan", "Charles Michel"],
                "place": "Brussels",
                "date": "2021-12-14",
            },
            {"kind": "AgreementSigned", "parties": ["Azerbaijan", "Armenia"], "date": "2021-12-14"},
            {"kind": "StatementMade", "speaker": "Charles Michel"},
        ],
    ),
]

# Institutions speaking on the record are StatementMade facts too (corpus README: "a person
# or an institution"); added when the real-news work made the rule explicit.
MOD_AZ = ["Ministry of Defense (Azerbaijan)", "Azerbaijan"]
MOD_AM = ["Ministry of Defence (Armenia)", "Armenia"]
MOD_RU = ["Ministry of Defence (Russia)", "Russia"]
INSTITUTION_SPEAKERS: dict[str, list[list[str]]] = {
    "dev_02_aghdam_handover": [MOD_AZ],
    "dev_03_border_clash_2021": [MOD_AM],
    "dev_04_jermuk_shelling": [MOD_AM],
    "dev_08_september_offensive": [MOD_AZ, MOD_RU],
    "dev_10_exchange_done": [["Office of the Prime Minister of Armenia", "Armenia"]],
    "dev_19_syunik_fire": [MOD_AM, ["Azerbaijan", "Baku"]],
    "dev_20_lachin_handover": [MOD_AZ],
    "dev_22_en_ceasefire_deal": [MOD_RU],
    "dev_24_en_border_fighting": [MOD_AM],
    # "в Ереване заявили": a capital speaking is its state (guide, second round)
    "dev_07_aliyev_declines": [["Armenia", "Yerevan"]],
    "dev_15_granada": [["Armenia", "Yerevan"]],
}


def main() -> None:
    (HERE / "articles").mkdir(exist_ok=True)
    (HERE / "gold").mkdir(exist_ok=True)
    for stem, published, language, text, facts in DEV:
        (HERE / "articles" / f"{stem}.txt").write_text(text, encoding="utf-8")
        gold = {
            "article": f"{stem}.txt",
            "published": published,
            "language": language,
            "facts": facts
            + [
                {"kind": "StatementMade", "speaker": who}
                for who in INSTITUTION_SPEAKERS.get(stem, [])
            ],
        }
        (HERE / "gold" / f"{stem}.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )


if __name__ == "__main__":
    main()
