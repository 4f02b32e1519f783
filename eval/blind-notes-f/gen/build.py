"""Build expected.yaml, qa.jsonl and unanswerable.jsonl from the hand-written data modules."""
import json, os, sys
import yaml
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from expected_data import EXPECTED
from qa_data import QA
from unans_data import UNANS

with open(os.path.join(ROOT, "expected.yaml"), "w", encoding="utf-8") as f:
    yaml.safe_dump(EXPECTED, f, allow_unicode=True, sort_keys=False, width=200)

with open(os.path.join(ROOT, "qa.jsonl"), "w", encoding="utf-8") as f:
    for i, (doc, q, a, mc, ev, kind) in enumerate(QA, 1):
        f.write(json.dumps({"id": f"ba{i:03d}", "question": q, "answer": a, "must_contain": mc,
                            "doc": doc, "evidence": ev, "kind": kind}, ensure_ascii=False) + "\n")

with open(os.path.join(ROOT, "unanswerable.jsonl"), "w", encoding="utf-8") as f:
    for i, (q, why, cat, present, absent) in enumerate(UNANS, 1):
        f.write(json.dumps({"id": f"bn{i:03d}", "question": q, "why_unanswerable": why, "category": cat,
                            "present": present, "absent": absent}, ensure_ascii=False) + "\n")
print(len(EXPECTED), "files;", len(QA), "qa;", len(UNANS), "unanswerable")
