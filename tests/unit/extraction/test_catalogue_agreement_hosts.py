"""The host of the talks a deal is reached at is no party of the deal (sentences written for
the test): "talks hosted by X", "by the invitation of X", "по приглашению X"."""

import datetime as dt

from .catalogue import facts_of

DAY = dt.date(2022, 4, 7)


def _parties(text: str, lang: str) -> list[list[str]]:
    return [
        sorted(str(p) for p in f["parties"] or [])
        for f in facts_of(text, lang, "AgreementSigned", DAY)
    ]


def test_host_named_after_the_deal_is_no_party() -> None:
    text = (
        "Leaders agree on commission\n\n"
        "The leaders of Armenia and Azerbaijan have agreed to set up a joint commission on "
        "demarcating their common border during talks in Brussels hosted by European Council "
        "President Charles Michel.\n\nThe weather was fine."
    )
    assert _parties(text, "en") == [["Armenia", "Azerbaijan"]]


def test_host_named_before_the_deal_is_no_party() -> None:
    text = (
        "Leaders agree\n\n"
        "At talks hosted by Russian President Vladimir Putin in Sochi, Aliyev and Pashinyan "
        "agreed to set up a commission on border delimitation.\n\nThe weather was fine."
    )
    assert _parties(text, "en") == [["Armenia", "Azerbaijan"]]


def test_inviting_host_in_russian_is_no_party() -> None:
    text = (
        "Лидеры договорились\n\n"
        "Лидеры Армении и Азербайджана договорились создать совместную комиссию по "
        "делимитации границы на переговорах в Брюсселе, проведенных по приглашению "
        "председателя Европейского совета Шарля Мишеля.\n\nПогода была хорошей."
    )
    assert _parties(text, "ru") == [["Armenia", "Azerbaijan"]]


def test_signers_stay_parties_beside_a_host() -> None:
    # a host who is one of only two sides named keeps its place: two parties must remain
    text = (
        "Deal signed\n\n"
        "Russia and Azerbaijan signed an agreement on transport links at talks hosted by "
        "Russian President Vladimir Putin in Moscow.\n\nThe weather was fine."
    )
    assert ["Azerbaijan", "Russia"] in _parties(text, "en")
