"""Compare the extractor's Russian speaker/negation choices with natasha's parse on dev half B.

Run: FACTSTREAM_SYNTAX=log PYTHONPATH=. .venv/bin/python bench/syntax_experiment.py [--half b]
Prints counts only (no article text): agreements, disagreements, and for each disagreement
which side names a gold speaker of the article.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter

from services.evaluation.corpus import half_of, real_documents
from services.extraction import extract_article, syntax, syntax_roles
from services.extraction.scoring import arg_match
from services.extraction.text import sentences as text_sentences

MEETINGS = (
    "MeetingHeld",
    "MeetingAnnounced",
    "MeetingDenied",
    "MeetingPostponed",
    "MeetingCancelled",
)


def _within(names: str, tables: list[list[str]]) -> bool:
    """Every name of a "|"-joined list sits at one gold meeting's table."""
    people = [n for n in names.split("|") if n]
    return bool(people) and any(
        all(any(arg_match("participants", [g], [n]) for g in table) for n in people)
        for table in tables
    )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--half", default="b")
    args = ap.parse_args()
    docs, _ = real_documents("dev", language="ru")
    docs = [d for d in docs if half_of(d.name) == args.half]
    table: Counter[str] = Counter()
    arts: dict[str, set[str]] = {}
    sentences = 0
    t_all, c_all = time.perf_counter(), time.process_time()
    for d in docs:
        syntax_roles.LOG.clear()
        extract_article(d.text, d.published)
        gold = [f.get("speaker") for f in d.gold if f["kind"] == "StatementMade"]
        sentences += len(text_sentences(d.text, "ru"))
        for kind, ours, theirs in syntax_roles.LOG:
            if ours == theirs or (ours == "-" and theirs[0] == "<"):
                key = f"{kind}: agree" + (" (neither names one)" if ours == "-" else "")
            elif kind == "speaker":
                o = any(arg_match("speaker", g, ours) for g in gold)
                t = any(arg_match("speaker", g, theirs) for g in gold)
                shape = (
                    "rule-none"
                    if ours == "-"
                    else "parse-" + theirs
                    if theirs[0] == "<"
                    else "both-named"
                )
                key = f"speaker: differ ({shape}); gold has rule's={o} parse's={t}"
            elif kind.startswith("transfer"):
                arg = "to" if kind == "transfer_to" else "from"
                vals = [f.get(arg) for f in d.gold if f["kind"].startswith("TerritoryTransfer")]
                o = any(arg_match(arg, g, ours) for g in vals if g)
                t = any(arg_match(arg, g, theirs) for g in vals if g)
                shape = "rule-none" if ours == "-" else "parse-none" if theirs == "-" else "both"
                key = f"{kind}: differ ({shape}); gold has rule's={o} parse's={t}"
            elif kind == "participants":
                tables = [f.get("participants") or [] for f in d.gold if f["kind"] in MEETINGS]
                o, t = (_within(x, tables) for x in (ours, theirs))
                shape = "rule-none" if not ours else "parse-none" if not theirs else "both"
                key = f"participants: differ ({shape}); rule's at a gold table={o} parse's={t}"
            elif kind == "meeting_neg":
                denied = any(f["kind"] == "MeetingDenied" for f in d.gold)
                key = (
                    f"{kind}: rule denied={ours} parse negated={theirs}; gold has a denial={denied}"
                )
            else:
                key = f"{kind}: window={ours} parse={theirs}"
            table[key] += 1
            arts.setdefault(key, set()).add(d.name)
    for key, n in sorted(table.items()):
        print(f"| {key} | {n} | {len(arts[key])} |")
    print(
        f"articles {len(docs)}, parsed sentences {syntax.STATS['parsed']}, "
        f"sentences {sentences}, wall {time.perf_counter() - t_all:.1f} s, "
        f"CPU {time.process_time() - c_all:.1f} s, parse CPU {syntax.SECONDS['parse_cpu']:.2f} s, "
        f"parser load {syntax.SECONDS['load']:.2f} s, parsing {syntax.SECONDS['parse']:.2f} s"
    )


if __name__ == "__main__":
    main()
