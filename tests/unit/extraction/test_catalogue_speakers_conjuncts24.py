"""A speech verb after "and"/"и" with an adverb between ("and also reported", "and then said",
"и также заявил", "а затем сообщил") is still a second predicate: it shares the first
predicate's subject, never the name standing before it as an object (sentences written for
the test)."""

import pytest

from .catalogue import speakers


@pytest.mark.parametrize(
    ("lang", "text", "speaker", "silent"),
    [
        (
            "en",
            "Azerbaijan, in turn, placed full responsibility for the provocation on the Armed "
            "Forces of Armenia and also reported violations on the border.",
            "Azerbaijan",
            "Armed Forces of Armenia",
        ),
        (
            "en",
            "Pashinyan laid the blame for the escalation on Azerbaijan and then said that Armenia "
            "was ready for talks.",
            "Nikol Pashinyan",
            "Azerbaijan",
        ),
        (
            "en",
            "The Armenian Defense Ministry reported an attack on the positions near Armenia's "
            "border with Azerbaijan and later stated that the fire had stopped.",
            "Ministry of Defence (Armenia)",
            "Azerbaijan",
        ),
        (
            "ru",
            "Пашинян возложил ответственность за эскалацию на Азербайджан и также заявил, что "
            "Армения готова к переговорам.",
            "Nikol Pashinyan",
            "Azerbaijan",
        ),
        (
            "ru",
            "Минобороны Армении сообщило об обстреле со стороны Азербайджана, а затем заявило, "
            "что огонь прекращен.",
            "Ministry of Defence (Armenia)",
            "Azerbaijan",
        ),
    ],
)
def test_second_predicate_after_an_adverb_shares_the_subject(
    lang: str, text: str, speaker: str, silent: str
) -> None:
    found = speakers(text, lang)
    assert speaker in found
    assert silent not in found
