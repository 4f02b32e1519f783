#!/usr/bin/env python3
"""Generate qa.jsonl, unanswerable.jsonl, intents.jsonl and dialogues.jsonl
from the hand-written data_*.py files. Evidence is resolved to the verbatim
substring of the note (the e-book's hard line breaks are preserved)."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "src-corpus")
sys.path.insert(0, HERE)
from data_qa import QA
from data_un import UN
from data_it import IT
from data_dl import DL

DECLINE_RX = r"don.t|not (?:in|covered|mentioned)|no information|couldn.t find|doesn.t (?:say|mention)"

def load(name):
    with open(os.path.join(CORPUS, name), encoding="utf-8") as f:
        return f.read()

def resolve(doc_text, ev):
    toks = ev.split()
    rx = r"\s+".join(re.escape(t) for t in toks)
    m = re.search(rx, doc_text)
    if not m:
        raise SystemExit(f"evidence not found: {ev!r}")
    return m.group(0)

def write(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

def main():
    docs = {}
    qa = []
    typos = []
    for i, (doc, q, a, mc, ev, kind, typo) in enumerate(QA, 1):
        docs.setdefault(doc, load(doc))
        qid = f"bq{i:03d}"
        qa.append({"id": qid, "question": q, "answer": a, "must_contain": mc,
                   "doc": doc, "evidence": resolve(docs[doc], ev), "kind": kind})
        if typo:
            typos.append(qid)
    write("qa.jsonl", qa)

    un = []
    for i, (q, why, cat, present, absent) in enumerate(UN, 1):
        un.append({"id": f"bu{i:03d}", "question": q, "why_unanswerable": why,
                   "category": cat, "present": present, "absent": absent})
    write("unanswerable.jsonl", un)

    it = [{"id": f"bi{i:03d}", "text": t, "intent": intent, "slots": slots}
          for i, (t, intent, slots) in enumerate(IT, 1)]
    write("intents.jsonl", it)

    dl = []
    for i, conv in enumerate(DL, 1):
        turns = []
        for t in conv:
            if t[0] == "DECLINE":
                turns.append({"user": t[1], "must_contain": [DECLINE_RX], "doc": None,
                              "expect": "decline", "absent": t[2]})
            else:
                user, ans, mc, doc = t
                turns.append({"user": user, "must_contain": mc, "doc": doc, "answer": ans})
        dl.append({"id": f"bd{i:03d}", "turns": turns})
    write("dialogues.jsonl", dl)

    with open(os.path.join(HERE, "typo_ids.json"), "w") as f:
        json.dump(typos, f)
    print(f"qa={len(qa)} un={len(un)} intents={len(it)} dialogues={len(dl)} typos={len(typos)}")

if __name__ == "__main__":
    main()
