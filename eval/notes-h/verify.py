#!/usr/bin/env python3
"""Checker for the notes-h evaluation set. Run from anywhere: python3 verify.py"""
import html, json, os, re, sys
from collections import Counter
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
errors = []
def err(msg): errors.append(msg)

# ---- corpus
files = sorted(os.path.relpath(os.path.join(r, f), CORPUS)
               for r, _, fs in os.walk(CORPUS) for f in fs)
text = {f: open(os.path.join(CORPUS, f), encoding="utf-8").read() for f in files}
if len(files) != 22: err(f"expected 22 corpus files, got {len(files)}")
for f, t in text.items():
    n = len(t.split())
    if not 300 <= n <= 1000: err(f"{f}: {n} words (want 300-1000)")
alltext = "\n".join(text.values())

# ---- expected.yaml
exp = yaml.safe_load(open(os.path.join(HERE, "expected.yaml"), encoding="utf-8"))
if set(exp) != set(files):
    err(f"expected.yaml keys mismatch: missing={set(files)-set(exp)} extra={set(exp)-set(files)}")
for f, m in exp.items():
    if set(m) != {"event", "date", "talks"}: err(f"{f}: bad keys {set(m)}")
    if m["date"] is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(m["date"])):
        err(f"{f}: bad date {m['date']!r}")
    if not m["talks"]: err(f"{f}: no talks")
    doc = html.unescape(text.get(f, "")).lower()
    for t in m["talks"]:
        if set(t) != {"title", "code", "speakers"}: err(f"{f}: bad talk keys {set(t)}")
        if t["title"].lower() not in doc: err(f"{f}: title not in doc: {t['title']}")
        if t["code"] and t["code"].lower() not in doc: err(f"{f}: code not in doc: {t['code']}")
        for s in t["speakers"]:
            if s.lower() not in doc: err(f"{f}: speaker not in doc: {s}")

# ---- qa.jsonl
KINDS = {"factoid", "list", "why", "howto", "who", "numeric", "summary", "comparison"}
META_RX = re.compile(r"^(who )|\b(when(?! (should|not|will|to))|what (date|day|time)|which (day|conference|event)|what talks|"
                     r"lightning talks|what did [\w ]+ (talk about|present)|what was \w+'s talk)\b", re.I)
qa = [json.loads(l) for l in open(os.path.join(HERE, "qa.jsonl"), encoding="utf-8") if l.strip()]
if len(qa) != 220: err(f"qa: {len(qa)} questions, want 220")
ids = [q["id"] for q in qa]
if len(set(ids)) != len(ids): err("qa: duplicate ids")
if ids != [f"nq{i:03d}" for i in range(1, len(qa) + 1)]: err("qa: ids not nq001.. sequential")
per_doc = Counter()
meta = 0
for q in qa:
    qid = q["id"]
    if set(q) != {"id", "question", "answer", "must_contain", "doc", "evidence", "kind"}:
        err(f"{qid}: bad keys {set(q)}")
    if q["kind"] not in KINDS: err(f"{qid}: bad kind {q['kind']}")
    if q["doc"] not in text: err(f"{qid}: doc not found {q['doc']}"); continue
    per_doc[q["doc"]] += 1
    doc, ev = text[q["doc"]], q["evidence"]
    if not 10 <= len(ev) <= 200: err(f"{qid}: evidence length {len(ev)}")
    if ev not in doc: err(f"{qid}: evidence not verbatim in doc: {ev!r}")
    rxs = q["must_contain"]
    if not 1 <= len(rxs) <= 3: err(f"{qid}: {len(rxs)} regexes")
    ev_hit = False
    for rx in rxs:
        try: c = re.compile(rx, re.I)
        except re.error as e: err(f"{qid}: bad regex {rx!r}: {e}"); continue
        if not c.search(q["answer"]): err(f"{qid}: regex {rx!r} not in answer")
        if not c.search(doc): err(f"{qid}: regex {rx!r} not in doc")
        if c.search(ev): ev_hit = True
    if not ev_hit: err(f"{qid}: no regex matches evidence")
    if META_RX.search(q["question"]): meta += 1
for f in files:
    if per_doc[f] != 10: err(f"qa: {f} has {per_doc[f]} questions, want 10")
if meta < 50: err(f"qa: only {meta} metadata-style questions, want >= 50")
lower = sum(1 for q in qa if q["question"][:1].islower())
if lower < 0.7 * len(qa): err(f"qa: only {lower} questions start lower case")
if len({q["question"].lower() for q in qa}) != len(qa): err("qa: duplicate questions")

# ---- unanswerable.jsonl
un = [json.loads(l) for l in open(os.path.join(HERE, "unanswerable.jsonl"), encoding="utf-8") if l.strip()]
if len(un) != 66: err(f"unanswerable: {len(un)}, want 66")
uids = [u["id"] for u in un]
if uids != [f"nu{i:02d}" for i in range(1, len(un) + 1)]: err("unanswerable: ids not nu01.. sequential")
low_all = html.unescape(alltext).lower()
for u in un:
    if not {"id", "question", "why_unanswerable"} <= set(u): err(f"{u['id']}: missing keys")
    for p in u.get("present", []):
        if p.lower() not in low_all: err(f"{u['id']}: present string not in corpus: {p!r}")
    for a in u.get("absent", []):
        if a.lower() in low_all: err(f"{u['id']}: absent string found in corpus: {a!r}")
cats = Counter(u.get("category") for u in un)
if cats["off_topic"] < 8: err(f"unanswerable: only {cats['off_topic']} off-topic")
overlap = {q["question"].lower() for q in qa} & {u["question"].lower() for u in un}
if overlap: err(f"question in both files: {overlap}")

if not os.path.exists(os.path.join(HERE, "README.md")): err("README.md missing")

kinds = Counter(q["kind"] for q in qa)
print(f"corpus files: {len(files)}  qa: {len(qa)}  unanswerable: {len(un)}")
print(f"metadata-style qa: {meta}  lower-case starts: {lower}")
print("kinds:", dict(sorted(kinds.items())))
print("unanswerable categories:", dict(cats))
if errors:
    print(f"\nFAILED with {len(errors)} error(s):")
    for e in errors: print(" -", e)
    sys.exit(1)
print("OK")
