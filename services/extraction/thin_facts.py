"""Facts too thin to store: a kind whose predictions, lacking a given argument, were almost
never right on the real-news dev split (`[required_arguments]` in lexicon.toml says which).

A plan that names no venue, after every other mention of the meeting lent it theirs, is talk of
meeting (right 1 time in 8); a territory that changed hands with nobody taking it was right
0 times in 7. Dropping them runs before the speakers of dropped plans are judged, so who spoke
of a vague meeting still made a statement.
"""

from __future__ import annotations

from .discourse import Draft
from .lexicon import table


def drop_thin_facts(facts: list[Draft]) -> list[Draft]:
    required = table("required_arguments")
    return [d for d in facts if all(d.args.get(str(name)) for name in required.get(d.kind, ()))]
