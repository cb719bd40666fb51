"""The vocabulary of territory changing hands (data/agreements.toml, transfer_words.toml
`leave_more`), one sentence written for the test per dictionary entry."""

import pytest

from .catalogue import article_facts

DONE = [
    ("ru", "Армения отдала Азербайджану Кельбаджарский район.", "Kalbajar District"),
    ("ru", "Агдамский район перешёл к Азербайджану.", "Aghdam District"),
    ("ru", "Азербайджанская армия взяла под свой контроль Шушу.", "Shusha"),
    ("ru", "Армянские войска отступили из Гадрута.", "Hadrut"),
    ("ru", "Армения отвела войска из Кельбаджарского района.", "Kalbajar District"),
    ("en", "Armenia relinquished control of the Lachin district to Azerbaijan.", "Lachin District"),
    ("en", "Armenia handed back the Aghdam district to Azerbaijan.", "Aghdam District"),
    ("en", "Armenia turned over the Aghdam district to Azerbaijan.", "Aghdam District"),
    ("en", "Aghdam passed to Azerbaijani control.", "Aghdam"),
    ("en", "Armenian forces abandoned Shusha.", "Shusha"),
    ("en", "Armenian troops evacuated the Kalbajar district.", "Kalbajar District"),
    ("en", "Armenian troops retreated from Hadrut.", "Hadrut"),
]

NOTHING = [
    ("en", "Armenian forces in Karabakh surrendered their weapons."),
    ("en", "Azerbaijan handed back the bodies of Armenian soldiers."),
    ("en", "Armenia turned over the maps of minefields in Aghdam to Azerbaijan."),
    ("ru", "Армения отдала Азербайджану карты минных полей Агдамского района."),
    ("ru", "Ереван не собирается уступать Баку Лачинский коридор."),
    # people who leave hand nothing over; only troops do
    ("en", "Thousands of residents abandoned their homes in Kalbajar."),
    ("en", "Armenian families evacuated the Kalbajar district."),
]


@pytest.mark.parametrize(("lang", "text", "territory"), DONE)
def test_a_territory_handed_over_or_left(lang: str, text: str, territory: str) -> None:
    facts = article_facts(text, lang, "TerritoryTransferred")
    assert [(f["territory"], f["from"], f["to"]) for f in facts] == [
        (territory, "Armenia", "Azerbaijan")
    ]


@pytest.mark.parametrize(("lang", "text"), NOTHING)
def test_no_territory_changes_hands(lang: str, text: str) -> None:
    for kind in ("TerritoryTransferred", "TerritoryTransferScheduled"):
        assert article_facts(text, lang, kind) == []


TERMS_WITH_A_SWAP = [
    (
        "en",
        "Armenia will hand over the Kalbajar district to Azerbaijan by November 15, and both "
        "sides will exchange prisoners and bodies.",
    ),
    (
        "ru",
        "Армения вернёт Азербайджану Кельбаджарский район до 15 ноября, стороны обменяются "
        "военнопленными и телами погибших.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), TERMS_WITH_A_SWAP)
def test_a_handover_beside_a_prisoner_swap_in_the_terms(lang: str, text: str) -> None:
    # the prisoners are a further term, not what the handover verb moves
    facts = article_facts(text, lang, "TerritoryTransferScheduled")
    assert [(f["territory"], f["to"]) for f in facts] == [("Kalbajar District", "Azerbaijan")]
    assert article_facts(text, lang, "PrisonerExchangeAgreed")
