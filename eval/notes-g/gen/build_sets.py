#!/usr/bin/env python3
"""Render expected.yaml, qa.jsonl and unanswerable.jsonl from the hand-written data modules."""
import json, os, sys
from collections import Counter
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from expected_data import EXPECTED
from qa_data import QA
from unans_data import UNANS

# expected.yaml
with open(os.path.join(ROOT, "expected.yaml"), "w", encoding="utf-8") as f:
    f.write("# Gold metadata for every file under corpus/ (paths relative to corpus/).\n")
    f.write("# Panels list moderator first, then panelists. Sessions the note-taker skipped and\n")
    f.write("# non-talk items (workshops, lunch, breaks, sprints) are not listed as talks.\n")
    ordered = {k: {'event': v['event'], 'date': v['date'], 'talks': [{'title': t['title'], 'code': t['code'], 'speakers': t['speakers']} for t in v['talks']]} for k, v in sorted(EXPECTED.items())}
    yaml.safe_dump(ordered, f, allow_unicode=True, sort_keys=False, default_flow_style=False, width=200)

typos = 0
meta = Counter()
with open(os.path.join(ROOT, "qa.jsonl"), "w", encoding="utf-8") as f:
    for i, (doc, q, a, mc, ev, kind, m) in enumerate(QA, 1):
        if q.startswith("~"):
            typos += 1
            q = q[1:]
        meta[m or "-"] += 1
        rec = {"id": f"ga{i:03d}", "question": q, "answer": a, "must_contain": mc,
               "doc": doc, "evidence": ev, "kind": kind}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")

with open(os.path.join(ROOT, "unanswerable.jsonl"), "w", encoding="utf-8") as f:
    for i, (q, why, cat, present, absent) in enumerate(UNANS, 1):
        rec = {"id": f"gn{i:03d}", "question": q, "why_unanswerable": why,
               "category": cat, "present": present, "absent": absent}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")

print(f"qa={len(QA)} typos={typos} meta={dict(meta)} kinds={dict(Counter(x[5] for x in QA))}")
print(f"unanswerable={len(UNANS)} {dict(Counter(u[2] for u in UNANS))}")
