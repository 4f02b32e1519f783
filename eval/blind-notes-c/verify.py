#!/usr/bin/env python3
"""Verify the notes-c held-out corpus: evidence substrings, regexes, expected.yaml coverage, ids."""
import json, os, re, sys, collections
import yaml

BASE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(BASE, "corpus")
KINDS = {"factoid", "list", "why", "howto", "who", "numeric", "summary", "comparison"}
errors = []

def err(msg):
    errors.append(msg)

# corpus files
files = sorted(os.path.relpath(os.path.join(d, f), CORPUS)
               for d, _, fs in os.walk(CORPUS) for f in fs)
texts = {}
words = {}
for rel in files:
    with open(os.path.join(CORPUS, rel), encoding="utf-8") as fh:
        t = fh.read()
    texts[rel] = t
    plain = re.sub(r"<[^>]+>", " ", t) if rel.endswith(".html") else t
    words[rel] = len(plain.split())
    if not 300 <= words[rel] <= 1200:
        err(f"{rel}: {words[rel]} words (want 300-1200)")

# expected.yaml
with open(os.path.join(BASE, "expected.yaml"), encoding="utf-8") as fh:
    exp = yaml.safe_load(fh)
missing = set(files) - set(exp)
extra = set(exp) - set(files)
if missing: err(f"expected.yaml missing: {sorted(missing)}")
if extra: err(f"expected.yaml has unknown files: {sorted(extra)}")
n_talks = 0
events = set()
for rel, v in exp.items():
    if set(v) != {"event", "date", "talks"}:
        err(f"expected {rel}: keys {sorted(v)}")
        continue
    if v["event"] is not None:
        events.add(v["event"])
    if v["date"] is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(v["date"])):
        err(f"expected {rel}: bad date {v['date']!r}")
    if not isinstance(v["talks"], list):
        err(f"expected {rel}: talks not a list")
        continue
    for t in v["talks"]:
        n_talks += 1
        if set(t) != {"title", "code", "speakers"} or not t["title"] or not t["speakers"]:
            err(f"expected {rel}: bad talk {t}")
            continue
        if rel in texts:
            if t["code"] and t["code"] not in texts[rel]:
                err(f"expected {rel}: code {t['code']} not in file")
            for sp in t["speakers"]:
                last = sp.split()[-1]
                if last.lower() not in texts[rel].lower():
                    err(f"expected {rel}: speaker {sp} not found in file")

def load_jsonl(name):
    rows = []
    with open(os.path.join(BASE, name), encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as e:
                    err(f"{name}:{n}: bad json {e}")
    return rows

qa = load_jsonl("qa.jsonl")
un = load_jsonl("unanswerable.jsonl")
ids = [r.get("id") for r in qa + un]
dups = [i for i, c in collections.Counter(ids).items() if c > 1]
if dups: err(f"duplicate ids: {dups}")

for r in qa:
    rid = r.get("id")
    need = {"id", "question", "answer", "must_contain", "doc", "evidence", "kind"}
    if set(r) != need:
        err(f"{rid}: keys {sorted(r)}"); continue
    if not re.fullmatch(r"nc\d{3}", rid): err(f"{rid}: bad id")
    if r["kind"] not in KINDS: err(f"{rid}: bad kind {r['kind']}")
    if r["doc"] not in texts:
        err(f"{rid}: doc {r['doc']} not in corpus"); continue
    doc = texts[r["doc"]]
    ev = r["evidence"]
    if not 10 <= len(ev) <= 200: err(f"{rid}: evidence length {len(ev)}")
    if ev not in doc: err(f"{rid}: evidence not verbatim in {r['doc']}: {ev!r}")
    rx = r["must_contain"]
    if not isinstance(rx, list) or not 1 <= len(rx) <= 3:
        err(f"{rid}: must_contain needs 1-3 regexes"); continue
    for p in rx:
        try:
            c = re.compile(p, re.I)
        except re.error as e:
            err(f"{rid}: regex {p!r} does not compile: {e}"); continue
        if not c.search(r["answer"]): err(f"{rid}: regex {p!r} not in answer")
        if not c.search(doc): err(f"{rid}: regex {p!r} not in doc")

for r in un:
    rid = r.get("id")
    if set(r) != {"id", "question", "why_unanswerable"}:
        err(f"{rid}: keys {sorted(r)}")
    elif not re.fullmatch(r"ncu\d{3}", rid):
        err(f"{rid}: bad id")

# stats
kinds = collections.Counter(r["kind"] for r in qa)
docs = collections.Counter(r["doc"] for r in qa)
allq = [r["question"] for r in qa + un]
lower = sum(1 for q in allq if q[:1].islower())
print(f"corpus files: {len(files)} (words min {min(words.values())}, max {max(words.values())}, total {sum(words.values())})")
print(f"expected.yaml: {len(exp)} files, {n_talks} talks, {len(events)} distinct events")
print(f"qa.jsonl: {len(qa)} answerable over {len(docs)} docs; kinds: {dict(sorted(kinds.items()))}")
print(f"unanswerable.jsonl: {len(un)}")
print(f"questions starting lower-case: {lower}/{len(allq)} ({100*lower/len(allq):.0f}%)")
if len(qa) != 160: err(f"want 160 answerable, got {len(qa)}")
if len(un) != 60: err(f"want 60 unanswerable, got {len(un)}")
if len(files) != 20: err(f"want 20 corpus files, got {len(files)}")
if errors:
    print(f"FAIL: {len(errors)} problem(s)")
    for e in errors: print("  -", e)
    sys.exit(1)
print("PASS")
