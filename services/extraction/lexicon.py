"""Trigger and modality lexicon per language, keyed by lemma (phrases as lemma tuples)."""

from __future__ import annotations

from dataclasses import dataclass

Cue = frozenset[str | tuple[str, ...]]


def _cue(*items: str) -> Cue:
    """Single lemmas, or space-separated phrases of consecutive lemmas."""
    return frozenset(tuple(i.split()) if " " in i else i for i in items)


@dataclass(frozen=True, slots=True)
class Lexicon:
    meeting: Cue  # nouns/verbs naming a meeting
    meet_event: Cue  # verbs/markers making the meeting an event (held or planned)
    planned: Cue  # markers of a planned meeting regardless of tense
    deny: Cue
    cancel: Cue
    postpone: Cue
    hypothetical: Cue
    attempt: Cue
    anniversary: Cue
    bilateral: Cue
    trilateral: Cue
    sidelines: Cue
    ceasefire: Cue
    agree: Cue  # verbs/participles of agreeing or signing
    agreement: Cue  # nouns naming an agreement
    hostilities: Cue
    cessation: Cue  # "прекращение (военных действий)": not hostilities
    transfer: Cue
    deadline: Cue
    peacekeepers: Cue
    deploy: Cue
    withdraw: Cue
    prisoners: Cue
    exchange: Cue
    speech: Cue
    report: Cue
    mediation: Cue
    region_anaphor: Cue
    future_aux: Cue  # English "will"; Russian "будет"
    clause_breaks: Cue


RU = Lexicon(
    meeting=_cue("переговоры", "встреча", "саммит", "встретиться", "переговорный"),
    meet_event=_cue(
        "состояться",
        "пройти",
        "провести",
        "встретиться",
        "проходить",
        "обсудить",
        "собраться",
        "запланировать",
        "наметить",
        "планироваться",
        "ожидаться",
        "итог",
        "начаться",
        "завершиться",
        "принять участие",
        "проведение",
        "запланированный",
        "намеченный",
        "предстоящий",
        "участвовать",
    ),
    planned=_cue(
        "запланировать",
        "наметить",
        "планироваться",
        "ожидаться",
        "предстоящий",
        "запланированный",
        "намеченный",
        "анонсировать",
        "планировать",
    ),
    deny=_cue(
        "опровергнуть",
        "опровергать",
        "опровержение",
        "отрицать",
        "отказаться",
        "не подтвердить",
        "не владеть",
        "не планироваться",
        "отвергнуть",
        "не принять участие",
    ),
    cancel=_cue("отменить", "отмена", "не состояться", "сорвать", "отменить"),
    postpone=_cue("перенести", "отложить", "перенос", "переноситься"),
    hypothetical=_cue(
        "необходимый",
        "возможный",
        "возможно",
        "мочь",
        "нужный",
        "если",
        "бы",
        "не исключить",
        "какой-то",
        "допустить",
        "готовый",
    ),
    attempt=_cue("попытка", "пытаться", "попытаться"),
    anniversary=_cue("годовщина", "приурочить", "приуроченный"),
    bilateral=_cue("двусторонний", "отдельный"),
    trilateral=_cue(
        "трехсторонний",
    ),
    sidelines=_cue("на поле", "в рамка"),
    ceasefire=_cue(
        "перемирие",
        "прекращение огня",
        "прекратить огонь",
        "режим тишина",
        "прекращение боевой действие",
        "прекратить боевой действие",
    ),
    agree=_cue(
        "договориться",
        "согласиться",
        "заключить",
        "подписать",
        "достичь",
        "достигнуть",
        "согласовать",
        "подписанный",
        "достигнутый",
        "заключенный",
        "вступить в сила",
    ),
    agreement=_cue(
        "соглашение",
        "договоренность",
        "меморандум",
        "декларация",
        "совместный заявление",
        "трехсторонний заявление",
        "договор",
    ),
    hostilities=_cue(
        "бой",
        "обстрел",
        "столкновение",
        "перестрелка",
        "боевой действие",
        "военный действие",
        "атака",
        "обстрелять",
        "эскалация",
        "наступление",
        "вооруженный инцидент",
        "открыть огонь",
        "антитеррористический",
        "бой",
    ),
    cessation=_cue("прекращение", "прекратить", "остановить", "прекращаться"),
    transfer=_cue(
        "передать",
        "вернуть",
        "возвратить",
        "сдать",
        "передача",
        "возвращение",
        "перейти под",
        "отойти",
        "возврат",
    ),
    deadline=_cue("должный", "обязаться", "срок", "до", "предстоять", "обязательство"),
    peacekeepers=_cue("миротворец", "миротворческий"),
    deploy=_cue(
        "разместиться",
        "разместить",
        "развернуть",
        "ввести",
        "войти",
        "прибыть",
        "занять",
        "начать",
        "размещение",
        "развертывание",
        "заступить",
        "выдвинуться",
    ),
    withdraw=_cue("вывести", "вывод", "покинуть", "уйти", "выйти", "выводиться", "завершить"),
    prisoners=_cue(
        "пленный", "военнопленный", "задержанный", "тело", "останки", "военнослужащий", "пленник"
    ),
    exchange=_cue("обмен", "обменяться", "обменять", "передать", "вернуть"),
    speech=_cue(
        "заявить",
        "сказать",
        "отметить",
        "подчеркнуть",
        "сообщить",
        "рассказать",
        "добавить",
        "пояснить",
        "указать",
        "ответить",
        "по слово",
        "заявлять",
        "сообщать",
        "признать",
        "выразить",
    ),
    report=_cue(
        "сообщать",
        "сообщить",
        "объявить",
        "анонсировать",
        "информировать",
        "подтвердить",
        "заявить",
        "по дать",
        "по слово",
        "передавать",
        "сообщаться",
        "заявлять",
        "отметить",
    ),
    mediation=_cue("посредничество", "при участие", "посредник", "содействие"),
    region_anaphor=_cue("в регион", "в зона конфликт", "в зона ответственность"),
    future_aux=_cue("будет", "быть"),
    clause_breaks=_cue(", но", ";", ", однако", ", а"),
)

EN = Lexicon(
    meeting=_cue("meeting", "talks", "summit", "meet"),
    meet_event=_cue(
        "hold",
        "take place",
        "meet",
        "scheduled",
        "planned",
        "due",
        "set",
        "attend",
        "discuss",
        "host",
        "upcoming",
        "expected",
        "will",
    ),
    planned=_cue(
        "scheduled", "planned", "due", "set to", "upcoming", "expected", "will", "announce"
    ),
    deny=_cue(
        "deny",
        "denied",
        "dismiss",
        "refuse",
        "declin",
        "decline",
        "not confirm",
        "no such",
        "rejected",
        "reject",
    ),
    cancel=_cue("cancel", "call off", "not take place", "scrapped"),
    postpone=_cue("postpone", "delay", "reschedul", "reschedule", "push back", "moved"),
    hypothetical=_cue(
        "could", "might", "would", "possible", "necessary", "if", "may", "some stage", "ready"
    ),
    attempt=_cue("attempt", "try", "tri", "effort"),
    anniversary=_cue("anniversary", "mark"),
    bilateral=_cue("bilateral", "separate"),
    trilateral=_cue("trilateral", "three-way"),
    sidelines=_cue("sideline", "on the sideline"),
    ceasefire=_cue(
        "ceasefire",
        "truce",
        "cease-fire",
        "cessation of hostilities",
        "halt the fighting",
        "stop fighting",
    ),
    agree=_cue(
        "agree", "sign", "reach", "conclude", "broker", "took effect", "take effect", "seal"
    ),
    agreement=_cue(
        "agreement",
        "deal",
        "declaration",
        "memorandum",
        "joint statement",
        "trilateral statement",
        "treaty",
        "accord",
    ),
    hostilities=_cue(
        "clash",
        "fighting",
        "shelling",
        "skirmish",
        "attack",
        "hostility",
        "exchange of fire",
        "offensive",
        "fire",
    ),
    cessation=_cue("cessation", "end", "stop", "halt", "ceasefire"),
    transfer=_cue(
        "hand over",
        "hand",
        "return",
        "transfer",
        "cede",
        "handover",
        "pass under",
        "come under",
        "came under",
    ),
    deadline=_cue("by", "deadline", "must", "is to", "due", "obliged"),
    peacekeepers=_cue("peacekeeper", "peacekeeping"),
    deploy=_cue(
        "deploy",
        "deployed",
        "arriv",
        "arrive",
        "take up",
        "took",
        "enter",
        "station",
        "stationed",
        "move",
    ),
    withdraw=_cue("withdraw", "leave", "pull out", "withdrawal", "pulled", "exit", "complete"),
    prisoners=_cue(
        "prisoner", "pow", "detainee", "bodies", "body", "servicemen", "captive", "soldier"
    ),
    exchange=_cue("exchange", "swap", "exchanged", "swapped", "release", "return"),
    speech=_cue("say", "tell", "state", "add", "note", "stress", "told", "insist", "warn"),
    report=_cue("announce", "say", "report", "confirm", "according to", "state", "tell"),
    mediation=_cue("mediation", "broker", "brokered", "mediated", "mediate"),
    region_anaphor=_cue("in the region", "in the conflict zone"),
    future_aux=_cue(
        "will",
    ),
    clause_breaks=_cue(", but", ";", ", however", "but"),
)


def lexicon(language: str) -> Lexicon:
    return RU if language == "ru" else EN
