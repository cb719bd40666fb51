#!/usr/bin/env python3
"""Check a factstream audit export offline (Python 3 standard library only).

    python3 scripts/verify_export.py export.ndjson [--anchor <prev_hash you trust>]

For every event line: positions are consecutive, `prev_hash` in the body links to the hash
before (the first to the export's `prev_hash` anchor), the body's `hash` equals the stored
hash, and the hash of the body by its chain rule (`chain_rule`, absent: 1) equals it:
  rule 1: sha256 of the canonical JSON of the body without `hash`;
  rule 2: the body must be canonical JSON as it stands; sha256 of the canonical JSON of its
          non-null fields but `data` and `hash`, a newline, and the canonical JSON of `data`.
Canonical JSON: keys sorted, separators "," and ":", UTF-8, non-ASCII kept. Exit 0 when all
check out, else 1, naming the first position that does not.
"""

import hashlib
import json
import sys


def canonical(obj):
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def content_problem(body, text, stored_hash):
    rule = body.get("chain_rule")
    if rule is None or rule == 1:
        unsigned = {k: v for k, v in body.items() if k != "hash"}
        digest = hashlib.sha256(canonical(unsigned)).hexdigest()
    elif rule == 2:
        if not isinstance(body.get("data"), dict):
            return "body has no data object"
        if canonical(body) != text.encode():
            return "stored bytes are not the canonical rendering rule 2 hashes"
        skip = ("data", "hash")
        fields = {k: v for k, v in body.items() if v is not None and k not in skip}
        signed = canonical(fields) + b"\n" + canonical(body["data"])
        digest = hashlib.sha256(signed).hexdigest()
    else:
        return f"unknown chain rule {rule!r}"
    return None if digest == stored_hash else "content does not match its hash"


def check(lines, trusted_anchor=None):
    begin = json.loads(lines[0])
    if begin.get("factstream_export") != "begin":
        return False, None, "first line is not the export's begin anchor"
    prev = trusted_anchor or begin["prev_hash"]
    expected, count = begin["from"], 0
    for raw in lines[1:]:
        line = json.loads(raw)
        if line.get("factstream_export") == "end":
            if line["count"] != count or line["last_hash"] != prev:
                return False, None, "end anchor does not match the events"
            return True, None, f"{count} events check out; last hash {prev}"
        position = line["position"]
        if position != expected:
            return False, expected, f"position {expected} is missing"
        try:
            body = json.loads(line["body"])
        except ValueError as exc:
            return False, position, f"body is not JSON: {exc}"
        problem = None
        if body.get("position") != position:
            problem = "body names another position"
        elif body.get("prev_hash") != prev:
            problem = "prev_hash does not link to the event before"
        elif body.get("hash") != line["hash"]:
            problem = "body hash differs from the stored hash"
        else:
            problem = content_problem(body, line["body"], line["hash"])
        if problem:
            return False, position, problem
        prev, expected, count = line["hash"], expected + 1, count + 1
    return False, None, "export has no end anchor (truncated?)"


def main(argv):
    if len(argv) < 2:
        print(__doc__)
        return 2
    anchor = argv[argv.index("--anchor") + 1] if "--anchor" in argv else None
    with open(argv[1], encoding="utf-8") as handle:
        lines = [line for line in handle.read().splitlines() if line.strip()]
    ok, position, message = check(lines, anchor)
    print(json.dumps({"ok": ok, "first_bad_position": position, "message": message}))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
