#!/usr/bin/env python3
"""Regenerate the dev-f jsonl files from the hand-written data modules."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def write(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{name}: {len(rows)}")


def build_qa():
    from data_qa import QA
    rows = []
    for i, (doc, kind, q, a, must, ev, _typo) in enumerate(QA, 1):
        rows.append({"id": f"ef{i:03d}", "question": q, "answer": a, "must_contain": must,
                     "doc": doc, "evidence": ev, "kind": kind})
    write("qa.jsonl", rows)


def build_un():
    from data_un import UN
    rows = []
    for i, (cat, q, why, present, absent) in enumerate(UN, 1):
        rows.append({"id": f"eu{i:03d}", "question": q, "why_unanswerable": why,
                     "category": cat, "present": present, "absent": absent})
    write("unanswerable.jsonl", rows)


def build_it():
    from data_it import IT
    rows = []
    for i, (intent, text, slots) in enumerate(IT, 1):
        rows.append({"id": f"ei{i:03d}", "text": text, "intent": intent, "slots": slots})
    write("intents.jsonl", rows)


def build_dl():
    from data_dl import DL
    rows = []
    for i, turns in enumerate(DL, 1):
        out = []
        for t in turns:
            user, must, doc = t[0], t[1], t[2]
            turn = {"user": user, "must_contain": must, "doc": doc}
            if len(t) > 3 and t[3] == "decline":
                turn["expect"] = "decline"
            out.append(turn)
        rows.append({"id": f"ed{i:02d}", "turns": out})
    write("dialogues.jsonl", rows)


if __name__ == "__main__":
    import sys
    sys.path.insert(0, HERE)
    build_qa()
    for fn, mod in ((build_un, "data_un"), (build_it, "data_it"), (build_dl, "data_dl")):
        if os.path.exists(os.path.join(HERE, mod + ".py")):
            fn()
