#!/usr/bin/env python3
"""Checks for the blind-c evaluation set (intents.jsonl, dialogues.jsonl)."""
import json, re, sys, os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = "/work/main/corpus"
DOCS = ["aws-book-netshock.txt", "aws-builders-day-manchester-2018.txt", "aws-reinvent-2017.txt",
        "aws-summit-london-2019.txt", "awsome-day-manchester-2018.txt"]
CONFS = {"AWSome Day Manchester 2018", "AWS Summit London 2019", "AWS book (netshock)",
         "AWS Builders Day Manchester 2018", "AWS re:Invent 2017"}
INTENTS = {"ask_question", "list_talks", "summarize_talk", "speaker_info", "list_conferences", "greeting",
           "help", "goodbye", "reset", "thanks", "out_of_scope"}
SLOTS = {"conference", "speaker", "talk", "topic"}

text = {d: open(os.path.join(CORPUS, d), encoding="utf-8").read() for d in DOCS}
alltext = "\n".join(text.values())
lines = set(l.strip() for t in text.values() for l in t.splitlines())
errors = []

def load(name):
    out = []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                try:
                    out.append(json.loads(line))
                except Exception as e:
                    errors.append(f"{name}:{n}: bad json {e}")
    return out

# ---- intents
intents = load("intents.jsonl")
ids = Counter(x["id"] for x in intents)
errors += [f"duplicate intent id {k}" for k, v in ids.items() if v > 1]
texts = Counter(x["text"].strip().lower() for x in intents)
errors += [f"duplicate utterance text {k!r}" for k, v in texts.items() if v > 1]
for x in intents:
    if x.get("intent") not in INTENTS:
        errors.append(f"{x['id']}: bad intent {x.get('intent')}")
    s = x.get("slots", {})
    if not isinstance(s, dict):
        errors.append(f"{x['id']}: slots not a dict"); continue
    for k, v in s.items():
        if k not in SLOTS:
            errors.append(f"{x['id']}: unknown slot {k}")
        if k == "conference" and v not in CONFS:
            errors.append(f"{x['id']}: non-canonical conference {v}")
        if k == "speaker" and v.lower() not in alltext.lower():
            errors.append(f"{x['id']}: speaker {v} not in notes")
        if k == "talk":
            # must be a heading line, or the start of one followed by " - Speaker..." suffix
            ok = v in lines or any(l.startswith(v + " - ") or l.startswith(v + " @") for l in lines)
            if not ok:
                errors.append(f"{x['id']}: talk {v!r} is not a heading")
        if k == "topic" and v != v.lower():
            errors.append(f"{x['id']}: topic not lower-case")
ic = Counter(x["intent"] for x in intents)
if len(intents) < 200:
    errors.append(f"only {len(intents)} utterances")
for i in INTENTS:
    if ic[i] < 12:
        errors.append(f"intent {i} has only {ic[i]}")

# ---- dialogues
dias = load("dialogues.jsonl")
dids = Counter(x["id"] for x in dias)
errors += [f"duplicate dialogue id {k}" for k, v in dids.items() if v > 1]
docc = Counter(); nturns = 0; dias_by_doc = Counter()
for dlg in dias:
    turns = dlg["turns"]
    if not 3 <= len(turns) <= 5:
        errors.append(f"{dlg['id']}: {len(turns)} turns")
    for j, t in enumerate(turns, 1):
        nturns += 1
        doc = t.get("doc")
        if doc not in text:
            errors.append(f"{dlg['id']} t{j}: unknown doc {doc}"); continue
        docc[doc] += 1
        rx = t.get("must_contain", [])
        if not 1 <= len(rx) <= 2:
            errors.append(f"{dlg['id']} t{j}: {len(rx)} regexes")
        for r in rx:
            try:
                c = re.compile(r, re.I)
            except re.error as e:
                errors.append(f"{dlg['id']} t{j}: regex {r!r} does not compile: {e}"); continue
            if not c.search(text[doc]):
                errors.append(f"{dlg['id']} t{j}: regex {r!r} not found in {doc}")
        if not t.get("user", "").strip():
            errors.append(f"{dlg['id']} t{j}: empty user text")
    for doc in set(t["doc"] for t in turns):
        dias_by_doc[doc] += 1
if len(dias) < 36:
    errors.append(f"only {len(dias)} dialogues")
for d in DOCS:
    if dias_by_doc[d] == 0:
        errors.append(f"no dialogue over {d}")

print(f"utterances: {len(intents)}")
for i in sorted(INTENTS):
    print(f"  {i}: {ic[i]}")
print(f"dialogues: {len(dias)}  turns: {nturns}")
print("turns by doc:")
for d in DOCS:
    print(f"  {d}: {docc[d]} turns, {dias_by_doc[d]} dialogues")
if errors:
    print(f"\n{len(errors)} PROBLEM(S):")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("\nOK")
