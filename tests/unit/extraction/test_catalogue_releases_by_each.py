"""Two warring sides each the subject of a release, in a clause that tells an agreement, is a
prisoner exchange agreed (sentences written for the test); releases told without an agreement
are no exchange (the guide: PrisonersExchanged only where the text says "in exchange")."""

import datetime as dt

from .catalogue import facts_of

DAY = dt.date(2023, 12, 8)


def _swaps(text: str, lang: str, kind: str = "PrisonerExchangeAgreed") -> list[list[str]]:
    return [sorted(str(p) for p in f["parties"] or []) for f in facts_of(text, lang, kind, DAY)]


def test_agreement_with_each_side_releasing_is_a_swap_agreed() -> None:
    text = (
        "Steps agreed\n\n"
        "On Thursday, Armenia and Azerbaijan reached an agreement on confidence-building "
        "steps, with Azerbaijan releasing 32 Armenian soldiers and Armenia releasing two "
        "Azerbaijani soldiers.\n\nThe weather was fine."
    )
    assert _swaps(text, "en") == [["Armenia", "Azerbaijan"]]
    # the agreement itself stays a fact of its own
    assert _swaps(text, "en", "AgreementSigned") == [["Armenia", "Azerbaijan"]]


def test_future_releases_agreed_in_russian() -> None:
    text = (
        "Стороны договорились\n\n"
        "Армения и Азербайджан договорились о мерах доверия, причем Азербайджан освободит 32 "
        "армянских военнослужащих и Армения освободит двух азербайджанских военнослужащих.\n\n"
        "Погода была хорошей."
    )
    assert _swaps(text, "ru") == [["Armenia", "Azerbaijan"]]


def test_releases_without_an_agreement_are_no_exchange() -> None:
    text = (
        "Prisoners freed\n\n"
        "Azerbaijan released 32 Armenian soldiers and Armenia released two Azerbaijani "
        "soldiers on Thursday.\n\nThe weather was fine."
    )
    assert _swaps(text, "en") == []
    assert _swaps(text, "en", "PrisonersExchanged") == []
