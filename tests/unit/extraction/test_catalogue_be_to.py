"""The English modal "be to" ("is to", "was to", "are to", "were to") before a verb makes a
handover terms still to come (lexicon `schedule_words`, matched as consecutive words);
sentences written for the test."""

import pytest

from .catalogue import article_facts

PLANS = [
    ("Kalbajar is to be returned to Azerbaijan by November 25.", "Kalbajar"),
    ("Under the deal, Aghdam was to be handed over to Azerbaijan.", "Aghdam"),
    ("Armenia is to return Kalbajar to Azerbaijan.", "Kalbajar"),
    ("Armenia was to hand over Aghdam to Azerbaijan on November 20.", "Aghdam"),
    ("The Lachin district is to be handed over to Azerbaijan by December 1.", "Lachin District"),
]


@pytest.mark.parametrize(("text", "place"), PLANS)
def test_be_to_is_a_schedule(text: str, place: str) -> None:
    assert article_facts(text, "en", "TerritoryTransferred") == []
    facts = article_facts(text, "en", "TerritoryTransferScheduled")
    assert [(f["territory"], f["to"]) for f in facts] == [(place, "Azerbaijan")]


DONE = [
    # "to" before a noun is no modal
    "It was to Azerbaijan that Armenia handed over Aghdam.",
    # the relative clause's plan describes its noun; the main verb tells the handover done
    "Aghdam, which was to be handed over earlier, was returned to Azerbaijan on Friday.",
]


@pytest.mark.parametrize("text", DONE)
def test_be_to_not_governing_the_handover(text: str) -> None:
    assert article_facts(text, "en", "TerritoryTransferScheduled") == []
    facts = article_facts(text, "en", "TerritoryTransferred")
    assert [(f["territory"], f["to"]) for f in facts] == [("Aghdam", "Azerbaijan")]
