"""Input types of the HTTP contract with their documented limits (docs/api.md lists them).

Each type checks exactly what its JSON Schema says, so a client that follows the published
schema is never refused and one that does not is always refused with a 422 naming the field.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any

from pydantic import AfterValidator, PlainValidator, StringConstraints, WithJsonSchema

# Documented maximum sizes (characters or items).
MAX_NAME = 200
MAX_SHORT_TEXT = 2000
MAX_SUMMARY = 50_000  # a statement's summary may quote a long passage
MAX_ARTICLE_TEXT = 200_000
MAX_FACTS = 1000
MAX_NAMES = 100
MAX_URL = 2000
MAX_ID = 256
MAX_FILTER_VALUES = 20

_YEAR = r"([0-9]{3}[1-9]|[0-9]{2}[1-9]0|[0-9][1-9]00|[1-9]000)"  # 0001..9999
YEAR_PATTERN = rf"^{_YEAR}$"
MONTH_PATTERN = rf"^{_YEAR}-(0[1-9]|1[0-2])$"
_DAY_SHAPE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_RFC3339 = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})"
)
_POSITION = re.compile(r"[0-9]{1,16}")


def check_day(value: str) -> str:
    """An RFC 3339 full-date (YYYY-MM-DD) that exists in the calendar."""
    if not _DAY_SHAPE.fullmatch(value):
        raise ValueError(f"{value!r} is not a date YYYY-MM-DD")
    try:
        dt.date.fromisoformat(value)
    except ValueError as exc:
        raise ValueError(f"{value!r} is not a calendar date: {exc}") from None
    return value


def check_partial_date(value: str) -> str:
    """YYYY, YYYY-MM or YYYY-MM-DD: a world date at the precision the source gives."""
    if re.fullmatch(YEAR_PATTERN[1:-1], value) or re.fullmatch(MONTH_PATTERN[1:-1], value):
        return value
    if _DAY_SHAPE.fullmatch(value):
        return check_day(value)
    raise ValueError(f"{value!r} is not a date YYYY, YYYY-MM or YYYY-MM-DD (year 0001-9999)")


def parse_as_of(value: Any) -> int | dt.datetime:
    """A log position (integer >= 0) or an RFC 3339 date-time with an offset."""
    if isinstance(value, int) and not isinstance(value, bool):
        text = str(value)
    elif isinstance(value, str):
        text = value
    else:
        raise ValueError("as_of must be a log position or an RFC 3339 date-time")
    if _POSITION.fullmatch(text):
        return int(text)
    if _RFC3339.fullmatch(text):
        try:
            return dt.datetime.fromisoformat(text.upper().replace("Z", "+00:00"))
        except ValueError as exc:
            raise ValueError(f"as_of {text!r} is not a valid time: {exc}") from None
    raise ValueError(
        f"as_of {text[:50]!r} is neither a log position (digits) nor an RFC 3339 date-time "
        "such as 2024-05-01T12:00:00Z"
    )


Day = Annotated[
    str,
    AfterValidator(check_day),
    WithJsonSchema({"type": "string", "format": "date", "description": "YYYY-MM-DD"}),
]
PartialDay = Annotated[
    str,
    AfterValidator(check_partial_date),
    WithJsonSchema(
        {
            "anyOf": [
                {"type": "string", "pattern": YEAR_PATTERN},
                {"type": "string", "pattern": MONTH_PATTERN},
                {"type": "string", "format": "date"},
            ],
            "description": "A date at its precision: YYYY, YYYY-MM or YYYY-MM-DD.",
        }
    ),
]
AsOf = Annotated[
    int | dt.datetime,
    PlainValidator(parse_as_of),
    WithJsonSchema(
        {
            "anyOf": [
                {"type": "string", "pattern": r"^[0-9]{1,16}$"},
                {"type": "string", "format": "date-time"},
            ],
            "description": "What was known then: a log position (>= 0) or an RFC 3339 "
            "date-time with an offset (recorded time).",
        }
    ),
]
# "Not only spaces": a character str.strip() keeps. Python counts \x1c-\x1f as spaces,
# Unicode's White_Space (pydantic's regex engine) does not; naming them makes both agree.
NOT_BLANK = r"[^\s\x1c-\x1f]"
# A name as written in a gold fact: something besides spaces, at most MAX_NAME characters.
Name = Annotated[str, StringConstraints(min_length=1, max_length=MAX_NAME, pattern=NOT_BLANK)]
ShortText = Annotated[str, StringConstraints(max_length=MAX_SHORT_TEXT)]
Summary = Annotated[str, StringConstraints(max_length=MAX_SUMMARY)]
Reason = Annotated[
    str, StringConstraints(min_length=1, max_length=MAX_SHORT_TEXT, pattern=NOT_BLANK)
]
# Ids in paths and filters: the characters our ids use (slugs, uuids, article ids).
ID_PATTERN = r"^[A-Za-z0-9._:@+-]{1,256}$"
ARTICLE_ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._-]*$"
Identifier = Annotated[str, StringConstraints(pattern=ID_PATTERN)]
