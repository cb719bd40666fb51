"""A relative word inside a direct quotation ("“Today we agreed ...,” he said") counts from the
day the words were spoken, the story's day the lead tells, not from the later news day."""

import datetime as dt

from services.extraction.dates import DateMention
from services.extraction.dating import SentenceTime, _quoted, date_quoted_relatives
from services.extraction.discourse import Draft


def _draft(start: int) -> Draft:
    told = DateMention("2023-05-16", "day", "relative: today", start, start + 5, False)
    d = Draft(kind="MeetingHeld", args={"date": "2023-05-16"}, sentence=2, paragraph=2, spans=[])
    d.date = told
    return d


def test_offsets_inside_quotes() -> None:
    assert _quoted("“Today we agreed,” he said.", 1)
    assert _quoted("«Сегодня мы договорились», — сказал он.", 1)
    assert _quoted('He said: "Today we agreed".', 10)
    assert not _quoted("“We agreed,” he said today.", 21)


def test_quoted_today_moves_to_the_story_day() -> None:
    lead = DateMention("2023-05-15", "day", "explicit", 0, 10, True)
    times = [SentenceTime(0, False, ()), SentenceTime(1, False, (lead,))]
    text = "Headline\nLead on May 15.\n“Today we agreed,” he said."
    d = _draft(text.index("Today"))
    date_quoted_relatives([d], times, dt.date(2023, 5, 16), text)
    assert d.args["date"] == "2023-05-15"


def test_today_outside_quotes_or_without_a_story_day_stays() -> None:
    lead = DateMention("2023-05-15", "day", "explicit", 0, 10, True)
    text = "Headline\nLead on May 15.\nThey agreed today, he said."
    d = _draft(text.index("today"))
    date_quoted_relatives([d], [SentenceTime(1, False, (lead,))], dt.date(2023, 5, 16), text)
    assert d.args["date"] == "2023-05-16"
    quoted = "Headline\n“Today we agreed,” he said."
    e = _draft(quoted.index("Today"))
    date_quoted_relatives([e], [SentenceTime(0, False, ())], dt.date(2023, 5, 16), quoted)
    assert e.args["date"] == "2023-05-16"
