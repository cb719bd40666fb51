"""The regular expressions that find dates in Russian and English text, each tagged with the
kind of date it finds (absolute, relative, ranges), and the cues that a year-less date names
a document already issued."""

from __future__ import annotations

import re

from .date_vocabulary import EN_MONTH_RE, RU_MONTH_RE

RU_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # a list of bare months sharing one year ("заявлений от 9 ноября 2020 г., января и ноября
    # 2021 г."): each month of the list, the year the last one gives (coordination)
    (
        "month",
        re.compile(
            r"(?<!\d\s)\b"
            + RU_MONTH_RE
            + r"(?=(?:,\s*|\s+и\s+)"
            + "(?:"
            + RU_MONTH_RE[1:-1]
            + ")"
            + r"\s+(\d{4})\s*(?:года|г\.))()",
            re.I,
        ),
    ),
    (
        "month",
        re.compile(r"(?:(?<=\sи\s)|(?<=,\s))" + RU_MONTH_RE + r"\s+(\d{4})\s*(?:года|г\.)()", re.I),
    ),
    (
        "night",
        re.compile(
            r"\bв ночь (?:на|с \d{1,2} на) (\d{1,2}) "
            + RU_MONTH_RE
            + r"(?: (\d{4})(?: года| г\.)?)?",
            re.I,
        ),
    ),
    (
        "day",
        re.compile(
            r"\b(\d{1,2})(?:[-–]\d{1,2})? "
            + RU_MONTH_RE
            + r"(?: (\d{4})(?: года| г\.)?| (прошлого|минувшего|этого|текущего|следующего) года)?",
            re.I,
        ),
    ),
    (
        "month",
        re.compile(
            r"\bв (?:начале |конце |середине )?"
            + RU_MONTH_RE.replace("[яйе]", "[ея]")
            .replace("[ья]", "[ье]")
            .replace("марта?", "марте")
            .replace("августа?", "августе")
            + r"(?: (\d{4}) года| (прошлого|этого|"
            r"текущего|следующего) года)?",
            re.I,
        ),
    ),
    (
        "month",
        re.compile(
            r"\b(?:в|к|на) (?:конец|конце|начало|начале|середину|середине) "
            + RU_MONTH_RE
            + r"(?: (\d{4}) года)?()",
            re.I,
        ),
    ),
    # "в июле-августе", "до июля-августа": either month; the first is given
    (
        "month",
        re.compile(
            r"\b(?:в|до|к) "
            + RU_MONTH_RE.replace("[яйе]", "[еяю]")
            .replace("[ья]", "[ьяею]")
            .replace("марта?", "март[аеу]?")
            .replace("августа?", "август[аеу]?")
            + r"[-–]\w+(?: (\d{4}) года)?()",
            re.I,
        ),
    ),
    ("numeric", re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(20[12]\d)(?![\d.]\d)")),
    ("days_ago", re.compile(r"\b(два|три|четыре|пять|2|3|4|5) (?:дня|дней) назад", re.I)),
    # "в выходные", "на минувших выходных": Saturday of the weekend (gold lists both days)
    (
        "weekend",
        re.compile(
            r"\b(?:в|на) (?:(минувш|прошл|эт|ближайш|следующ)\w* )?(?:выходные|выходных)\b",
            re.I,
        ),
    ),
    # "в начале недели", "в начале этой недели": the Monday's month
    ("week_start", re.compile(r"\bв начале (?:этой |текущей )?(недели)\b", re.I)),
    ("this_week", re.compile(r"\bна (этой|текущей) неделе", re.I)),
    ("year", re.compile(r"\bв (\d{4}) году", re.I)),
    ("year", re.compile(r"\b(?:осенью|весной|летом|зимой|в конце|в начале) (\d{4}) года", re.I)),
    ("year", re.compile(r"\b(20[12]\d) (?:года|году|г\.)", re.I)),
    ("rel", re.compile(r"\b(накануне|вчера|сегодня|завтра|позавчера)\b", re.I)),
    ("rel_month", re.compile(r"\bв (этом|текущем|следующем|прошлом|минувшем) месяце", re.I)),
    (
        "rel_month",
        re.compile(
            r"\b(?:в|к) (?:конце|начале|середине) (прошлого|минувшего|этого|текущего) месяца", re.I
        ),
    ),
    ("day_of_month", re.compile(r"(?<![\d.])(\d{1,2})(?:-го)? числа\b", re.I)),
    ("weeks_ago", re.compile(r"\b(?:несколько|две|три|пару) (недел[ьи]) назад", re.I)),
    # "неделю назад", "месяц назад": one week (the day seven days back) or one month back
    ("week_ago", re.compile(r"(?<![\w-])(?:одну |ровно )?(неделю) назад", re.I)),
    ("month_ago", re.compile(r"(?<![\w-])(?:один |ровно )?(месяц) назад", re.I)),
    ("last_week", re.compile(r"\bна (прошлой|минувшей) неделе", re.I)),
    ("next_week", re.compile(r"\bна (следующей|будущей) неделе", re.I)),
    # "в ближайшие недели", "в течение месяца": a span just ahead, known only to its month
    (
        "coming_weeks",
        re.compile(r"\bв (ближайшие|следующие) (?:несколько )?недели|\bв течение (месяца)\b", re.I),
    ),
    (
        "rel_year",
        re.compile(
            r"\b(?:в )?(прошлом|минувшем|этом|текущем|позапрошлом) году|\b(прошлой|этой) "
            r"(?:осенью|весной|зимой)|\b(прошлым|этим) летом|\b(год) назад|"
            r"\b(?:осенью|весной|летом|зимой) (прошлого|позапрошлого|этого) года",
            re.I,
        ),
    ),
    (
        "weekday",
        re.compile(
            r"\b(?:в(?:о)?|в ночь(?: с \w+)? на) "
            r"(?:(минувш(?:ий|ую|ее)|прошл(?:ый|ую|ое)|следующ(?:ий|ую|ее)|эт(?:от|у|о)) )?"
            r"(понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)\b",
            re.I,
        ),
    ),
)
EN_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "night",
        re.compile(
            r"\bon the night of " + EN_MONTH_RE + r" \d{1,2}[-–](\d{1,2})"
            r"(?:,? (\d{4}))?"
        ),
    ),
    (
        "day",
        re.compile(
            r"\b" + EN_MONTH_RE + r" (\d{1,2})(?!\d)(?:st|nd|rd|th)?"
            r"(?:,? (\d{4})|,? (last|this|next) year\b)?"
        ),
    ),
    (
        "day_first",
        re.compile(
            r"\b(\d{1,2})(?:st|nd|rd|th)?(?: of)? "
            + EN_MONTH_RE
            + r"(?:,? (\d{4})|,? (last|this|next) year\b)?"
        ),
    ),
    (
        "month",
        re.compile(
            r"\b[Ii]n (?:early |mid-|late |the end of |the beginning of )?"
            + EN_MONTH_RE
            + r"(?:,? (\d{4})| (last|this|next) year)?"
        ),
    ),
    # "until July-August", "by July–August": either month; the first is given
    (
        "month",
        re.compile(
            r"\b(?:[Uu]ntil|[Bb]y|[Ii]n|[Tt]ill) "
            + EN_MONTH_RE
            + r"[-–/][A-Z][a-z]+(?:,? (\d{4}))?()"
        ),
    ),
    ("month", re.compile(r"\b" + EN_MONTH_RE + r",? (\d{4})\b()")),
    ("month", re.compile(r"\b(?:[Ll]ast|[Tt]his) " + EN_MONTH_RE + r"\b()()")),
    (
        "month",
        re.compile(
            r"\b(?:[Ll]ate|[Ee]arly|[Mm]id-|[Tt]he end of|[Tt]he beginning of) "
            + EN_MONTH_RE
            + r"\b()()"
        ),
    ),
    (
        "year",
        re.compile(
            r"\b[Ii]n (?:the (?:fall|autumn|spring|summer|winter|end|beginning) of |"
            r"(?:early|late|mid-) ?)?(\d{4})\b"
        ),
    ),
    ("year", re.compile(r"\b(?:fall|autumn|spring|summer|winter) (?:of )?(20[12]\d)\b")),
    ("year", re.compile(r"\b(?:since|from|until|before|after) (19[89]\d|20[12]\d)\b")),
    ("year", re.compile(r"\b(?:[Tt]he |[Ii]ts |[Aa] )(20[12]\d|19[89]\d)\b")),
    ("rel", re.compile(r"\b(yesterday|today|tomorrow|overnight)\b", re.I)),
    ("rel_month", re.compile(r"\b(this|next|last|later this) month\b", re.I)),
    ("weeks_ago", re.compile(r"\b(?:a few |several |two |three |2 |3 )?(weeks) ago\b", re.I)),
    ("week_ago", re.compile(r"\b(?:a|one|exactly a|exactly one) (week) ago\b", re.I)),
    ("month_ago", re.compile(r"\b(?:a|one|exactly a|exactly one) (month) ago\b", re.I)),
    ("days_ago", re.compile(r"\b(two|three|four|five|2|3|4|5) days ago\b", re.I)),
    # "over the weekend", "this past weekend", "at the weekend": Saturday of that weekend
    (
        "weekend",
        re.compile(
            r"\b(?:over|at|on|during|for|through) (?:the |this |this past |this coming |"
            r"(last|next|this past|this coming) )?weekend\b|\b(last|this past|next) weekend\b",
            re.I,
        ),
    ),
    # "earlier this week", "at the start of the week": the Monday's month
    (
        "week_start",
        re.compile(
            r"\b(?:earlier (this) week|at the (?:start|beginning) of (?:the|this) week)\b", re.I
        ),
    ),
    ("this_week", re.compile(r"\b(this) week\b", re.I)),
    ("last_week", re.compile(r"\b(last|previous) week\b", re.I)),
    ("next_week", re.compile(r"\b(next|the coming) week\b", re.I)),
    (
        "coming_weeks",
        re.compile(
            r"\b(?:in|over|within) the (coming|next) (?:few )?weeks\b|\bwithin (?:a|one) (month)\b",
            re.I,
        ),
    ),
    (
        "rel_year",
        re.compile(
            r"\b(?:the )?(last|this|previous) (?:year|autumn|fall|spring|summer|winter)(?:'s)?|"
            r"\b(?:autumn|fall|spring|summer|winter) of (last|this) year|"
            r"\b(?:a|one) (year) ago",
            re.I,
        ),
    ),
    (
        "weekday",
        re.compile(
            r"\b(last|next|this past|this coming) "
            r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
        ),
    ),
    (
        "weekday",
        re.compile(
            r"\b(?:[Oo]n|[Ee]arly hours of|night of|morning of|evening of) "
            r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
        ),
    ),
    # "had met separately Friday with", "said Tuesday", "will take place in Granada Thursday":
    # news English drops "on", so a bare weekday inside a sentence is a date adverb (a
    # possessive "Monday's" names a thing, not a time of this clause)
    (
        "weekday",
        re.compile(
            r"(?<=[\w)] )"
            r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
            r"\b(?!['’]s)"
        ),
    ),
    ("year", re.compile(r"(?<![\d,.])\b(20[12]\d)\b(?![\d,.%-])")),
)

# A year-less day naming a document already issued ("заявление от 9 ноября", "the November 9
# statement"): it lies in the past whatever the tense of the sentence around it.
RU_DOCUMENT_DATE_BEFORE = re.compile(r"\bот\s+$", re.I)
EN_DOCUMENT_DATE_AFTER = re.compile(
    r"^(?:,? \d{4})?\s+(?:(?:trilateral|tripartite|joint|ceasefire|peace|truce)\s+)*"
    r"(?:statement|declaration|deal|agreement|accord|ceasefire|truce|document)s?\b",
    re.I,
)
