"""The website of a leader or his office is no speaker (the guide: "Not speakers: an official
website relaying a meeting (President.az)"; the Kremlin website reporting a call is an official
site relaying).

"сообщается на сайте Кремля", "на официальном сайте президента Азербайджана", "the Kremlin
website said", "according to the website of the president": the leader's site publishes the
readouts of his meetings and calls, and publishing is not speaking. A ministry's own page
states its position and still speaks for it ("говорится на сайте МИД Армении").
"""

from __future__ import annotations

from .cues import Role
from .lexicon import word_list
from .rules import Clause


def on_a_website(c: Clause, r: Role) -> bool:
    """The speaker's mention is the owner of a website noun: right after it, past adjectives,
    articles and "of" ("сайте президента", "website of the president"), or right before it
    ("the Kremlin website", "the Kremlin's website")."""
    if r.kind != "person" and r.name not in word_list("leader_offices"):
        return False  # "на сайте МИД": a ministry's page states its own position
    sites = word_list("website_nouns")
    glue = word_list("website_glue")
    toks = c.tokens
    if r.mention.last >= len(toks) or toks[r.mention.first].start != r.mention.start:
        return False  # a voice carried over from another sentence ("he said")
    k = r.mention.first - 1
    while k >= 0 and (toks[k].pos in ("ADJ", "DET") or toks[k].lower in glue):
        k -= 1
    if k >= 0 and (toks[k].lemma in sites or toks[k].lower in sites):
        return True
    k = r.mention.last + 1
    while k < len(toks) and toks[k].lower in glue:
        k += 1
    return k < len(toks) and (toks[k].lemma in sites or toks[k].lower in sites)
