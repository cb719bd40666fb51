"""Handovers told as plans (transfer_words.toml `schedule_more`), sentences written for the
test: "намечена", "запланирована", "подлежит возврату", "планируется", "slated", "planned for"
make the handover terms with a deadline, not a change done."""

import pytest

from .catalogue import article_facts

PLANS = [
    ("ru", "Передача Кельбаджарского района Азербайджану намечена на 15 ноября.", "2022-11-15"),
    ("ru", "Передача Агдамского района Азербайджану запланирована на 20 ноября.", "2022-11-20"),
    ("ru", "Агдамский район подлежит возврату Азербайджану до 20 ноября.", "2022-11-20"),
    ("ru", "Возвращение Лачинского района Азербайджану планируется 1 декабря.", "2022-12-01"),
    ("en", "Kalbajar is slated to be handed over to Azerbaijan on November 15.", "2022-11-15"),
    ("en", "The handover of Kalbajar to Azerbaijan is planned for November 15.", "2022-11-15"),
]


@pytest.mark.parametrize(("lang", "text", "date"), PLANS)
def test_a_handover_planned(lang: str, text: str, date: str) -> None:
    assert article_facts(text, lang, "TerritoryTransferred") == []
    facts = article_facts(text, lang, "TerritoryTransferScheduled")
    assert [(f["to"], f["date"]) for f in facts] == [("Azerbaijan", date)]
