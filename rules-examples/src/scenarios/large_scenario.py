#!/usr/bin/env python3
"""Writes a large scenario on standard output, for measuring the HTML page (docs/html-report.md).

    python3 rules-examples/src/scenarios/large_scenario.py 100000 > /tmp/large.json

N detainees, half held by each party, released in daily stages of about 500 a side from
2025-06-09; judged as of the last stage, before the ALL_FOR_ALL and REMAINS deadlines, so
the page has violations and obligations of every built-in kind to cap: one in ten covered
detainees not yet released (RELEASE, PRIORITY_RELEASE), one YOUNG release in a hundred too
old (AGE_LIMIT), one stage in ten missed (CADENCE_MISSED), scheduled dates ahead (STAGE),
remains still owed (REMAINS) and an uneven total (PARITY, BALANCE). Fixed seed: the same N
gives the same file.
"""
import datetime
import json
import random
import sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 100000
rng = random.Random(14)
start = datetime.date(2025, 6, 9)
per_stage = 500
stages = max(1, (n // 2) // per_stage)
schedule = [start + datetime.timedelta(days=i) for i in range(stages + 5)]
detainees, released = [], {"UA": [], "RU": []}
for i in range(n):
    held = "RU" if i % 2 == 0 else "UA"
    did = ("UA-" if held == "RU" else "RU-") + "%07d" % i
    priority = rng.random() < 0.05
    d = {"id": did, "heldBy": held, "birthDate": "%d-%02d-%02d" % (rng.choice([1990, 2001, 2003]), rng.randint(1, 12), rng.randint(1, 28))}
    if priority:
        d["condition"] = "SERIOUSLY_WOUNDED"
    detainees.append(d)
    if rng.random() < 0.9:
        released[held].append((did, "SERIOUSLY_WOUNDED" if priority else ("YOUNG" if not d["birthDate"].startswith("1990") or rng.random() < 0.01 else "OTHER")))
batches = []
day = 0
for s in range(stages):
    date = schedule[s]
    if s % 10 == 7:
        continue
    transfers = []
    for party in ("RU", "UA"):
        chunk = released[party][s * per_stage:(s + 1) * per_stage]
        transfers += [{"detainee": did, "basis": basis} for did, basis in chunk]
    if transfers:
        batches.append({"id": "stage-%04d" % s, "date": date.isoformat(), "transfers": transfers})
as_of = max(b["date"] for b in batches)
deadline = (schedule[-1] + datetime.timedelta(days=10)).isoformat()
doc = {
    "agreement": {
        "id": "large-%d" % n, "title": "A generated record of %d detainees" % n, "signedOn": "2025-06-02",
        "asOf": as_of,
        "parties": [{"code": "UA", "name": "Ukraine"}, {"code": "RU", "name": "Russia"}],
        "terms": [
            {"type": "ALL_FOR_ALL", "categories": ["YOUNG", "SERIOUSLY_WOUNDED"], "completeBy": deadline},
            {"type": "AGE_LIMIT", "minAge": 18, "maxAgeExclusive": 25},
            {"type": "WOUNDED_PRIORITY"},
            {"type": "CADENCE", "schedule": {"dates": [d.isoformat() for d in schedule]}},
            {"type": "PARITY", "scope": "TOTAL"},
            {"type": "REMAINS", "from": "RU", "commitment": 6000, "completeBy": deadline}]},
    "detainees": detainees,
    "batches": batches,
    "remains": [{"id": "R1", "date": "2025-06-11", "from": "RU", "to": "UA", "count": 1212}],
}
json.dump(doc, sys.stdout, separators=(",", ":"))
