"""A person named before a long or unclosed apposition, wave 22 (spk22): constructions written
for the test."""

import pytest

from .catalogue import speakers


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "“We will support de-escalation efforts in the region,” Josep Borrell, EU High"
            " Representative for Foreign Affairs and Security Policy said in a statement.",
            "en",
            {"Josep Borrell"},
        ),
        (
            "“The talks were useful,” Ararat Mirzoyan, Foreign Minister of the Republic of"
            " Armenia and head of the delegation said on Monday.",
            "en",
            {"Ararat Mirzoyan"},
        ),
        (
            "Earlier, Luc Devigne — Director for Russia, Eastern Partnership, Central Asia and OSCE"
            " at the European External Action Service of the European Union — had reported about a"
            " possible meeting.",
            "en",
            {"Luc Devigne"},
        ),
        (
            "Hikmet Hajiyev, assistant to the President of Azerbaijan and head of the Foreign"
            " Policy Affairs Department of the Presidential Administration told reporters that"
            " the border was calm.",
            "en",
            {"Hikmet Hajiyev"},
        ),
        (
            "Арарат Мирзоян — министр иностранных дел Армении, глава армянской делегации на"
            " переговорах в Вашингтоне при посредничестве США и участник всех предыдущих"
            " раундов — заявил, что переговоры были полезными.",
            "ru",
            {"Ararat Mirzoyan"},
        ),
    ],
)
def test_the_name_before_the_apposition_speaks(text: str, lang: str, expected: set[str]) -> None:
    """A person named before an apposition giving their office speaks the verb after it,
    however long the apposition, with commas inside it, or with its closing comma left out;
    a state or a body named inside the apposition does not."""
    assert speakers(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "absent"),
    [
        (
            "They also had a joint meeting with US Secretary of State Antony Blinken, the press"
            " service of the Azerbaijani Foreign Ministry reported.",
            "en",
            "Antony Blinken",
        ),
        (
            "After talks in Sochi with Russian President Vladimir Putin, they confirmed the"
            " recognition of each other's territorial integrity.",
            "en",
            "Vladimir Putin",
        ),
        (
            "They held talks with Foreign Minister of Azerbaijan Jeyhun Bayramov, the Armenian"
            " Foreign Ministry said.",
            "en",
            "Jeyhun Bayramov",
        ),
        (
            "Mirzoyan spoke by phone to Kazakh Foreign Minister Murat Nurtleu, the press office"
            " of the Armenian Foreign Ministry has reported.",
            "en",
            "Murat Nurtleu",
        ),
    ],
)
def test_an_object_before_an_apposition_does_not_speak(text: str, lang: str, absent: str) -> None:
    """A person governed by a preposition before the comma is an object, and what follows the
    comma is the sentence's own subject, not an apposition."""
    assert absent not in speakers(text, lang)
