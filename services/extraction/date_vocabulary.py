"""The words dates are written in: month and weekday names, number words, year shifts,
and the regex fragments that match a month's name in Russian and English."""

from __future__ import annotations

RU_MONTHS = (
    "январ",
    "феврал",
    "март",
    "апрел",
    "ма",
    "июн",
    "июл",
    "август",
    "сентябр",
    "октябр",
    "ноябр",
    "декабр",
)
EN_MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
NUMBER_WORDS = {
    "два": 2,
    "три": 3,
    "четыре": 4,
    "пять": 5,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
}
# a weekday said to be past or to come ("в минувшую среду", "next Monday")
PAST_WEEKDAY_WORDS = ("минувш", "прошл", "last", "this past")
NEXT_WEEKDAY_WORDS = ("следующ", "next", "this coming")
# a year named relative to publication after a day and month ("November 9 last year")
YEAR_SHIFTS = {
    "last": -1,
    "this": 0,
    "next": 1,
    "прошлого": -1,
    "минувшего": -1,
    "этого": 0,
    "текущего": 0,
    "следующего": 1,
}
RU_WEEKDAYS = ("понедельник", "вторник", "сред", "четверг", "пятниц", "суббот", "воскресень")
EN_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

RU_MONTH_RE = (
    r"(январ[ья]|феврал[ья]|марта?|апрел[ья]|ма[яйе]|июн[ья]|июл[ья]|августа?|"
    r"сентябр[ья]|октябр[ья]|ноябр[ья]|декабр[ья])"
)
EN_MONTH_RE = (
    r"(Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|"
    r"Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
    # a month's name ends its word: "in Martuni", "in Mardakert", "in Octemberyan" are places
    r"(?![a-z])"
)
