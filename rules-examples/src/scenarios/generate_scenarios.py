#!/usr/bin/env python3
"""Writes the two large bundled scenarios of rules-examples.

    may-2025-1000-for-1000.json   the "1000 for 1000" exchange of 23-25 May 2025
    june-2025-record.json         the June 2, 2025 agreement and its June-July 2025 record

The dates, the agreement structure and the public figures are real; every person, birth
date, condition and handover time is invented (see ../main/resources/scenarios/README.md
for which figures are public and which are made up). The output is deterministic: the
random choices use fixed seeds, so rerunning the script rewrites the same bytes.

Rerun it from the repository root (python3, standard library only):

    python3 rules-examples/src/scenarios/generate_scenarios.py

then run BundledScenarioTests, which asserts each file's exact report. CI does not run
this script; the generated files are committed.
"""

import datetime
import json
import pathlib
import random

OUT = pathlib.Path(__file__).resolve().parent.parent / "main" / "resources" / "scenarios"

PARTIES = [{"code": "UA", "name": "Ukraine"}, {"code": "RU", "name": "Russia"}]


def inline(value):
    return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))


def render(agreement, detainees, batches, remains=None):
    """The scenario as text: one detainee, transfer or remains handover per line."""
    lines = ["{", '  "agreement": {']
    fields = [f'    "{key}": {inline(agreement[key])}' for key in agreement if key != "terms"]
    terms = ",\n".join(f"      {inline(term)}" for term in agreement["terms"])
    fields.append('    "terms": [\n' + terms + "\n    ]")
    lines.append(",\n".join(fields))
    lines.append("  },")
    lines.append('  "detainees": [')
    lines.append(",\n".join(f"    {inline(d)}" for d in detainees))
    lines.append("  ],")
    lines.append('  "batches": [')
    rendered = []
    for batch in batches:
        head = {key: batch[key] for key in batch if key != "transfers"}
        transfers = ",\n".join(f"      {inline(t)}" for t in batch["transfers"])
        rendered.append(f"    {inline(head)[:-1]}, \"transfers\": [\n{transfers}\n    ] }}")
    lines.append(",\n".join(rendered))
    if remains is None:
        lines.append("  ]")
    else:
        lines.append("  ],")
        lines.append('  "remains": [')
        lines.append(",\n".join(f"    {inline(r)}" for r in remains))
        lines.append("  ]")
    lines.append("}")
    return "\n".join(lines) + "\n"


def write(name, text):
    path = OUT / name
    path.write_text(text, encoding="utf-8", newline="\n")
    print(f"wrote {path} ({len(text)} characters)")


def iso_instant(moment):
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def random_date(rng, first, last):
    return first + datetime.timedelta(days=rng.randint(0, (last - first).days))


# ---------------------------------------------------------------- May 2025: 1000 for 1000

# Public: three daily stages of 390, 307 and 303 per side; the first of 270 military and
# 120 civilians on each side. Made up: who the people are and the handover times.
MAY_STAGES = [
    # (date, military per side, civilians per side, first handover, UTC)
    (datetime.date(2025, 5, 23), 270, 120, datetime.datetime(2025, 5, 23, 9, 0)),
    (datetime.date(2025, 5, 24), 307, 0, datetime.datetime(2025, 5, 24, 8, 30)),
    (datetime.date(2025, 5, 25), 303, 0, datetime.datetime(2025, 5, 25, 8, 0)),
]


def may_scenario():
    rng = random.Random(20250516)
    agreement = {
        "id": "istanbul-2025-05-16",
        "title": "\"1000 for 1000\" exchange agreed in Istanbul on 16 May 2025, carried out on 23-25 May"
                 " (real dates and stage sizes; invented people and handover times)",
        "signedOn": "2025-05-16",
        "timeZone": "Europe/Kyiv",
        "asOf": "2025-05-25",
        "parties": PARTIES,
        "terms": [
            {"type": "PARITY", "scope": "PER_BATCH"},
            {"type": "SIMULTANEITY", "windowMinutes": 120},
            {"type": "CADENCE", "schedule": {"dates": [stage[0].isoformat() for stage in MAY_STAGES]}},
            {"type": "ELIGIBILITY"},
            {"type": "CONSENT", "requireRecorded": False},
        ],
    }
    detainees = {"UA": [], "RU": []}
    batches = []
    number = 0
    for index, (date, military, civilians, start) in enumerate(MAY_STAGES, start=1):
        released = {"UA": [], "RU": []}
        for k in range(military + civilians):
            number += 1
            civilian = k >= military
            for home, holder in (("UA", "RU"), ("RU", "UA")):
                detainee = {"id": f"{home}-{number:04d}", "heldBy": holder}
                if civilian:
                    detainee["status"] = "CIVILIAN"
                detainees[home].append(detainee)
                released[holder].append((detainee["id"], "CIVILIAN" if civilian else "OTHER"))
        transfers = []
        # Each party hands its people over one by one; the two first handovers are less
        # than half an hour apart, well inside the two-hour window.
        for holder, delay in (("RU", 0), ("UA", rng.randint(5, 25))):
            moment = start + datetime.timedelta(minutes=delay)
            for detainee_id, basis in released[holder]:
                transfers.append({"detainee": detainee_id, "basis": basis, "at": iso_instant(moment)})
                moment += datetime.timedelta(seconds=rng.randint(15, 45))
        batches.append({"id": f"stage-{index}", "date": date.isoformat(), "transfers": transfers})
    return render(agreement, detainees["UA"] + detainees["RU"], batches)


# ---------------------------------------------------------------- June 2025: the whole record

# Public: the nine stage dates, about 250 per side on 23 July, the remains handovers (1,212
# bodies to UA and 27 to RU on 11 June, 6,057 to UA in all by 16 June). Made up: the other
# stage sizes, every person, and which category each stage released.
JUNE_STAGES = [
    (datetime.date(2025, 6, 9), 110),
    (datetime.date(2025, 6, 10), 90),
    (datetime.date(2025, 6, 12), 100),
    (datetime.date(2025, 6, 14), 95),
    (datetime.date(2025, 6, 19), 105),
    (datetime.date(2025, 6, 20), 85),
    (datetime.date(2025, 6, 26), 115),
    (datetime.date(2025, 7, 4), 100),
    (datetime.date(2025, 7, 23), 250),
]

# Seriously wounded and seriously ill held by each party (so, going home to the other).
# All of them go in the first stage, so that no one else is released before them.
JUNE_PRIORITY = {"UA": (48, 22), "RU": (41, 19)}  # by home party: (SERIOUSLY_WOUNDED, SERIOUSLY_ILL)

AGREEMENT_DATE = datetime.date(2025, 6, 2)
# Under 25 and at least 18 on 2 June 2025: born from 3 June 2000 to 2 June 2007.
YOUNG_FROM, YOUNG_TO = datetime.date(2000, 6, 3), datetime.date(2005, 12, 31)


def june_scenario():
    rng = random.Random(20250602)
    agreement = {
        "id": "istanbul-2025-06-02",
        "title": "Istanbul, 2 June 2025: all-for-all exchange of the seriously wounded, the seriously ill and those"
                 " under 25, and 6,000 bodies; the record of June-July 2025 (real dates, 23 July size and remains"
                 " figures; invented people and other stage sizes)",
        "signedOn": "2025-06-02",
        "timeZone": "Europe/Kyiv",
        "asOf": "2025-07-23",
        "parties": PARTIES,
        "terms": [
            {"type": "ALL_FOR_ALL", "categories": ["YOUNG", "SERIOUSLY_WOUNDED", "SERIOUSLY_ILL"],
             "completeBy": "2025-07-23"},
            {"type": "AGE_LIMIT", "minAge": 18, "maxAgeExclusive": 25, "referenceDate": "AGREEMENT_DATE"},
            {"type": "WOUNDED_PRIORITY", "strict": False},
            {"type": "CADENCE", "schedule": {"from": "2025-06-09", "to": "2025-06-26", "every": "DAILY"}},
            {"type": "REMAINS", "from": "RU", "commitment": 6000, "completeBy": "2025-06-16"},
        ],
    }
    detainees = {"UA": [], "RU": []}
    stage_releases = [{"UA": [], "RU": []} for _ in JUNE_STAGES]
    for home, holder in (("UA", "RU"), ("RU", "UA")):
        number = 0

        def add(detainee):
            nonlocal number
            number += 1
            detainee = {"id": f"{home}-{number:04d}", "heldBy": holder, **detainee}
            detainees[home].append(detainee)
            return detainee

        wounded, ill = JUNE_PRIORITY[home]
        people = []
        for condition in ["SERIOUSLY_WOUNDED"] * wounded + ["SERIOUSLY_ILL"] * ill:
            birth = random_date(rng, datetime.date(1966, 1, 1), datetime.date(2004, 12, 31))
            people.append({"birthDate": birth.isoformat(), "condition": condition})
        total = sum(size for _, size in JUNE_STAGES)
        for _ in range(total - len(people)):
            person = {"birthDate": random_date(rng, YOUNG_FROM, YOUNG_TO).isoformat()}
            if rng.random() < 0.1:
                person["condition"] = "WOUNDED"  # wounded, not seriously: not a priority condition
            people.append(person)
        start = 0
        for index, (_, size) in enumerate(JUNE_STAGES):
            for person in people[start:start + size]:
                detainee = add(person)
                basis = detainee.get("condition", "YOUNG")
                if basis not in ("SERIOUSLY_WOUNDED", "SERIOUSLY_ILL"):
                    basis = "YOUNG"
                stage_releases[index][holder].append({"detainee": detainee["id"], "basis": basis})
            start += size
        # Still held on 23 July, and rightly so: not in a covered category, or declined to go.
        add({"birthDate": "2000-06-02"})  # turned 25 on the agreement date: not young
        add({"birthDate": random_date(rng, datetime.date(1975, 1, 1), datetime.date(1999, 12, 31)).isoformat()})
        add({"birthDate": random_date(rng, datetime.date(1975, 1, 1), datetime.date(1999, 12, 31)).isoformat(),
             "condition": "WOUNDED"})
        if home == "RU":
            for _ in range(2):
                add({"birthDate": random_date(rng, YOUNG_FROM, YOUNG_TO).isoformat(), "consent": "DECLINED"})
    batches = []
    for index, (date, _) in enumerate(JUNE_STAGES):
        transfers = stage_releases[index]["RU"] + stage_releases[index]["UA"]
        batches.append({"id": f"stage-{index + 1}", "date": date.isoformat(), "transfers": transfers})
    remains = [
        {"id": "remains-1", "date": "2025-06-11", "from": "RU", "to": "UA", "count": 1212},
        {"id": "remains-2", "date": "2025-06-11", "from": "UA", "to": "RU", "count": 27},
        {"id": "remains-3", "date": "2025-06-13", "from": "RU", "to": "UA", "count": 1200},
        {"id": "remains-4", "date": "2025-06-14", "from": "RU", "to": "UA", "count": 1200},
        {"id": "remains-5", "date": "2025-06-15", "from": "RU", "to": "UA", "count": 1200},
        {"id": "remains-6", "date": "2025-06-16", "from": "RU", "to": "UA", "count": 1245},
    ]
    assert sum(r["count"] for r in remains if r["from"] == "RU") == 6057
    return render(agreement, detainees["UA"] + detainees["RU"], batches, remains)


if __name__ == "__main__":
    write("may-2025-1000-for-1000.json", may_scenario())
    write("june-2025-record.json", june_scenario())
