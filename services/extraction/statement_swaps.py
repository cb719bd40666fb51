"""Prisoners in a joint statement: the statement is a document of its own.

The guide: "Prisoners in a joint statement: AgreementSigned for the statement,
PrisonerExchangeAgreed for its prisoner clause" — one document, two kinds (as a truce statement
for an exchange gives CeasefireAgreed and PrisonerExchangeAgreed). A swap agreed in a sentence
that names a joint statement ("agreed on the swap ... in a joint statement", "в совместном
заявлении ... договорились об обмене") gives the statement's AgreementSigned, with the swap's
parties and day. A statement that stops fighting is the ceasefire's document, not another.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .discourse import Draft
from .rules import Clause

_JOINT = re.compile(r"\bjoint\s+statement|совместн\w*\s+заявлени", re.I)


def statement_of_swap(c: Clause, out: list[Draft]) -> list[Draft]:
    """The joint statement's AgreementSigned beside a swap agreed in it."""
    kinds = {d.kind for d in out}
    if "PrisonerExchangeAgreed" not in kinds or kinds & {"AgreementSigned", "CeasefireAgreed"}:
        return []
    if not _JOINT.search(c.sent.text):
        return []
    swap = next(d for d in out if d.kind == "PrisonerExchangeAgreed")
    return [replace(swap, kind="AgreementSigned", args=dict(swap.args), spans=list(swap.spans))]
