#!/usr/bin/env python3
"""Checker for the blind-notes-g evaluation set. Run from anywhere: python3 verify.py"""
import json, os, re, sys, collections, datetime
import yaml

ROOT = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(ROOT, "corpus")
errors = []
def err(m): errors.append(m)

# ---- corpus
files = {}
for dp, dn, fn in os.walk(CORPUS):
    for f in fn:
        p = os.path.join(dp, f)
        rel = os.path.relpath(p, CORPUS).replace(os.sep, "/")
        files[rel] = open(p, encoding="utf-8").read()
if len(files) != 20: err(f"expected 20 corpus files, got {len(files)}")
for rel, t in files.items():
    w = len(t.split())
    if not 300 <= w <= 1000: err(f"{rel}: {w} words (want 300-1000)")

def norm(s): return re.sub(r"\s+", " ", s).lower()

# ---- expected.yaml
exp = yaml.safe_load(open(os.path.join(ROOT, "expected.yaml"), encoding="utf-8"))
if set(exp) != set(files):
    err(f"expected.yaml mismatch: missing={set(files)-set(exp)} extra={set(exp)-set(files)}")
n_talks = 0
for rel, e in exp.items():
    if set(e) != {"event", "date", "talks"}: err(f"{rel}: keys {set(e)}")
    if e["date"] is not None:
        try: datetime.date.fromisoformat(e["date"])
        except Exception: err(f"{rel}: bad date {e['date']!r}")
    if not e["talks"]: err(f"{rel}: no talks")
    t = norm(files.get(rel, ""))
    for talk in e["talks"]:
        n_talks += 1
        if set(talk) != {"title", "code", "speakers"}: err(f"{rel}: talk keys {set(talk)}")
        if norm(talk["title"]) not in t: err(f"{rel}: title not in doc: {talk['title']}")
        if talk["code"] and talk["code"].lower() not in t: err(f"{rel}: code not in doc: {talk['code']}")
        if not talk["speakers"]: err(f"{rel}: talk without speakers: {talk['title']}")
        for s in talk["speakers"]:
            if norm(s) not in t: err(f"{rel}: speaker not in doc: {s}")
events_null = sum(1 for e in exp.values() if e["event"] is None)
dates_null = sum(1 for e in exp.values() if e["date"] is None)

# ---- qa.jsonl
KINDS = {"factoid", "list", "why", "howto", "who", "numeric", "summary", "comparison"}
qa = [json.loads(l) for l in open(os.path.join(ROOT, "qa.jsonl"), encoding="utf-8") if l.strip()]
if len(qa) != 180: err(f"qa: {len(qa)} rows (want 180)")
ids = [q["id"] for q in qa]
if ids != [f"kq{i:03d}" for i in range(1, len(qa) + 1)]: err("qa ids not kq001.. sequential/unique")
per_doc = collections.Counter()
for q in qa:
    if set(q) != {"id", "question", "answer", "must_contain", "doc", "evidence", "kind"}:
        err(f"{q.get('id')}: fields {set(q)}")
        continue
    qid = q["id"]
    if q["kind"] not in KINDS: err(f"{qid}: kind {q['kind']}")
    if q["doc"] not in files: err(f"{qid}: doc missing {q['doc']}"); continue
    per_doc[q["doc"]] += 1
    doc = files[q["doc"]]
    ev = q["evidence"]
    if not 10 <= len(ev) <= 200: err(f"{qid}: evidence length {len(ev)}")
    if ev not in doc: err(f"{qid}: evidence not verbatim in doc: {ev[:60]!r}")
    mc = q["must_contain"]
    if not (isinstance(mc, list) and 1 <= len(mc) <= 3): err(f"{qid}: must_contain must be 1-3 regexes")
    hit_ev = False
    for rx in mc:
        try: c = re.compile(rx, re.I)
        except re.error as x: err(f"{qid}: bad regex {rx!r}: {x}"); continue
        if not c.search(q["answer"]): err(f"{qid}: {rx!r} not in answer")
        if not c.search(doc): err(f"{qid}: {rx!r} not in doc")
        if c.search(ev): hit_ev = True
    if not hit_ev: err(f"{qid}: no must_contain regex matches the evidence")
for d in files:
    if per_doc[d] != 9: err(f"{d}: {per_doc[d]} questions (want 9)")
qs = [norm(q["question"]) for q in qa]
dup = [k for k, v in collections.Counter(qs).items() if v > 1]
if dup: err(f"duplicate questions: {dup}")

META = re.compile(r"^(who\b|when\b|what day|date of|which (event|conf)|what did \w[\w-]*( and \w+)? (talk|present|presnt)|what was \w+'s talk|talks at|lightning talks at|what was [a-z]{2}-\d+|which \w+ session got cancelled)", re.I)
meta = [q["id"] for q in qa if META.search(q["question"])]
if len(meta) < 45: err(f"only {len(meta)} metadata questions (want >= 45)")
lower = sum(1 for q in qa if q["question"][:1].islower())

# ---- unanswerable.jsonl
un = [json.loads(l) for l in open(os.path.join(ROOT, "unanswerable.jsonl"), encoding="utf-8") if l.strip()]
if len(un) != 55: err(f"unanswerable: {len(un)} rows (want 55)")
if [u["id"] for u in un] != [f"ku{i:02d}" for i in range(1, len(un) + 1)]: err("unanswerable ids not ku01.. sequential")
cats = collections.Counter(u.get("category") for u in un)
corpus_all = "\n".join(files.values())
for u in un:
    if not {"id", "question", "why_unanswerable"} <= set(u): err(f"{u.get('id')}: missing fields")
    if set(u) - {"id", "question", "why_unanswerable", "category", "present", "absent"}: err(f"{u['id']}: extra fields")
    if norm(u["question"]) in qs: err(f"{u['id']}: same as an answerable question")
    pres = u.get("present", [])
    for s in pres:
        if s.lower() not in corpus_all.lower(): err(f"{u['id']}: present string not in corpus: {s!r}")
    # absent strings must not occur in any file that contains all present strings (the relevant doc)
    rel_docs = [t for t in files.values() if all(s.lower() in t.lower() for s in pres)] if pres else list(files.values())
    for s in u.get("absent", []):
        for t in rel_docs:
            if s.lower() in t.lower(): err(f"{u['id']}: absent string found in relevant doc: {s!r}")
if not 8 <= cats.get("off_topic", 0) <= 10: err(f"off_topic count {cats.get('off_topic', 0)} (want ~9)")

print(f"corpus files: {len(files)}  words: {min(len(t.split()) for t in files.values())}-{max(len(t.split()) for t in files.values())}")
print(f"expected.yaml: {len(exp)} files, {n_talks} talks, event null {events_null}, date null {dates_null}")
print(f"qa: {len(qa)}  kinds: {dict(collections.Counter(q['kind'] for q in qa))}")
print(f"metadata questions: {len(meta)}  lower-case starts: {lower}")
print(f"unanswerable: {len(un)}  categories: {dict(cats)}")
if errors:
    print(f"\nFAIL ({len(errors)} problems)")
    for e in errors: print(" -", e)
    sys.exit(1)
print("\nPASS")
