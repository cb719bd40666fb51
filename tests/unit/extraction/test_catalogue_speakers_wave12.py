"""Who speaks, wave 12 (spk13): constructions written for the test, in both languages."""

import pytest

from .catalogue import FILLER, speakers


def _article(text: str, lang: str) -> set[str]:
    return speakers(f"{text}\n\n{FILLER[lang]}", lang)


@pytest.mark.parametrize(
    ("text", "body", "not_body"),
    [
        (
            "MOSCOW, Oct 4 (Agency) Two people were hurt in the Azerbaijani town of Tartar by "
            "shelling, the country's Foreign Ministry said on Sunday.",
            "Ministry of Foreign Affairs (Azerbaijan)",
            "Ministry of Foreign Affairs (Russia)",
        ),
        (
            "Pashinyan's words were followed by a statement by the country’s defence ministry, "
            "which said that two soldiers were wounded.",
            "Ministry of Defence (Armenia)",
            None,
        ),
        (
            "Armenia reported shelling on Monday night.\n\nThe country's Defence Ministry says "
            "that two soldiers have been wounded.",
            "Ministry of Defence (Armenia)",
            None,
        ),
        (
            "BAKU, May 3 (Agency) Fighting went on near the Armenian town of Sotk, the "
            "country's defense ministry reported.",
            "Ministry of Defence (Armenia)",
            "Ministry of Defense (Azerbaijan)",
        ),
    ],
)
def test_the_countrys_ministry_is_the_ministry_of_the_country_named(
    text: str, body: str, not_body: str | None
) -> None:
    """ "The country's ministry" points back to the country the sentence (or the one before)
    is about, in any tense, never to the dateline's city."""
    found = _article(text, "en")
    assert body in found
    assert not_body not in found
