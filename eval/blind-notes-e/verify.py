#!/usr/bin/env python3
"""Checks the blind-notes-e evaluation set. Exit code 0 = all checks pass."""
import json, os, re, sys
from collections import Counter

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
KINDS = {"factoid", "list", "why", "howto", "who", "numeric", "summary", "comparison"}
N_QA, N_UN, N_DOCS = 160, 55, 20

errors, warnings = [], []
def err(m): errors.append(m)
def warn(m): warnings.append(m)

# ---------- corpus
docs = {}
for root, _, files in os.walk(CORPUS):
    for fn in files:
        p = os.path.join(root, fn)
        rel = os.path.relpath(p, CORPUS).replace(os.sep, "/")
        with open(p, encoding="utf-8") as f:
            docs[rel] = f.read()
if len(docs) != N_DOCS:
    err(f"corpus has {len(docs)} files, expected {N_DOCS}")
for rel, text in sorted(docs.items()):
    n = len(text.split())
    if not 300 <= n <= 1200:
        err(f"{rel}: {n} words (must be 300-1200)")
flat = {k: re.sub(r"\s*\n\s*", " ", v) for k, v in docs.items()}

# ---------- expected.yaml
with open(os.path.join(HERE, "expected.yaml"), encoding="utf-8") as f:
    exp = yaml.safe_load(f)
if set(exp) != set(docs):
    err(f"expected.yaml keys differ from corpus: missing={sorted(set(docs)-set(exp))} extra={sorted(set(exp)-set(docs))}")
n_talks = 0
for rel, e in exp.items():
    if set(e) != {"event", "date", "talks"}:
        err(f"expected[{rel}]: keys {sorted(e)}")
        continue
    if e["date"] is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(e["date"])):
        err(f"expected[{rel}]: bad date {e['date']!r}")
    if e["event"] is not None and not isinstance(e["event"], str):
        err(f"expected[{rel}]: event not a string")
    if not e["talks"]:
        err(f"expected[{rel}]: no talks")
    text = docs.get(rel, "")
    for t in e["talks"] or []:
        n_talks += 1
        if set(t) != {"title", "code", "speakers"}:
            err(f"expected[{rel}]: talk keys {sorted(t)}")
            continue
        if t["title"].lower() not in text.lower():
            err(f"expected[{rel}]: title not in doc: {t['title']!r}")
        if t["code"] is not None and t["code"] not in text:
            err(f"expected[{rel}]: code not in doc: {t['code']!r}")
        for s in t["speakers"]:
            if s not in text:
                err(f"expected[{rel}]: speaker not in doc: {s!r}")

# ---------- qa.jsonl
def load_jsonl(name):
    rows = []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as ex:
                    err(f"{name}:{ln}: bad JSON {ex}")
    return rows

qa = load_jsonl("qa.jsonl")
if len(qa) != N_QA:
    err(f"qa.jsonl has {len(qa)} rows, expected {N_QA}")
ids = [r.get("id") for r in qa]
if len(set(ids)) != len(ids):
    err("qa ids not unique")
if ids != [f"bn{i:03d}" for i in range(1, len(qa) + 1)]:
    err("qa ids not bn001.. in order")
per_doc = Counter()
for r in qa:
    rid = r.get("id")
    need = {"id", "question", "answer", "must_contain", "doc", "evidence", "kind"}
    if set(r) != need:
        err(f"{rid}: fields {sorted(r)}")
        continue
    if r["kind"] not in KINDS:
        err(f"{rid}: bad kind {r['kind']}")
    if r["doc"] not in docs:
        err(f"{rid}: unknown doc {r['doc']}")
        continue
    per_doc[r["doc"]] += 1
    text, ftext = docs[r["doc"]], flat[r["doc"]]
    ev = r["evidence"]
    if not 10 <= len(ev) <= 200:
        err(f"{rid}: evidence length {len(ev)}")
    if ev not in text:
        err(f"{rid}: evidence not a substring of doc")
    mc = r["must_contain"]
    if not isinstance(mc, list) or not 1 <= len(mc) <= 3:
        err(f"{rid}: must_contain must be 1-3 regexes")
        continue
    for rx in mc:
        try:
            re.compile(rx)
        except re.error as ex:
            err(f"{rid}: regex {rx!r} does not compile: {ex}")
            continue
        if not re.search(rx, r["answer"], re.I):
            err(f"{rid}: regex {rx!r} misses answer")
        if not re.search(rx, text, re.I):
            err(f"{rid}: regex {rx!r} misses doc")
        if not re.search(rx, ftext, re.I):
            err(f"{rid}: regex {rx!r} misses doc (newlines as spaces)")
        if not re.search(rx, ev, re.I):
            warn(f"{rid}: regex {rx!r} not inside evidence (answer spans more of the doc)")
for d in docs:
    if per_doc[d] < 5:
        err(f"{d}: only {per_doc[d]} questions")
kinds = Counter(r["kind"] for r in qa)
for k in KINDS:
    if kinds[k] < 3:
        err(f"kind {k}: only {kinds[k]} questions")
people_q = [r for r in qa if r["kind"] == "who"
            or re.search(r"\b(who|when|where|date|which (talks|sessions))\b", r["question"], re.I)]
if len(people_q) < 25:
    err(f"only {len(people_q)} who/when/where questions (need >= 25)")
lower = sum(1 for r in qa if r["question"] == r["question"].lower())
if lower < 0.4 * len(qa):
    err(f"only {lower} lower-case questions")

# ---------- unanswerable.jsonl
un = load_jsonl("unanswerable.jsonl")
if len(un) != N_UN:
    err(f"unanswerable.jsonl has {len(un)} rows, expected {N_UN}")
uids = [r.get("id") for r in un]
if uids != [f"bnu{i:02d}" for i in range(1, len(un) + 1)]:
    err("unanswerable ids not bnu01.. in order")
if set(uids) & set(ids):
    err("id clash between qa and unanswerable")
qtexts = {r["question"].strip().lower() for r in qa}
for r in un:
    rid = r.get("id")
    if not {"id", "question", "why_unanswerable"} <= set(r) or set(r) - {"id", "question", "why_unanswerable", "category", "present", "absent"}:
        err(f"{rid}: fields {sorted(r)}")
        continue
    if r["question"].strip().lower() in qtexts:
        err(f"{rid}: same text as an answerable question")
    for rx in r.get("present", []):
        if not any(re.search(rx, t, re.I) or re.search(rx, flat[k], re.I) for k, t in docs.items()):
            err(f"{rid}: present grep {rx!r} hits nothing")
    for rx in r.get("absent", []):
        hits = [k for k, t in docs.items() if re.search(rx, t, re.I) or re.search(rx, flat[k], re.I)]
        if hits:
            err(f"{rid}: absent grep {rx!r} hits {hits}")

# ---------- report
print(f"corpus files: {len(docs)}, talks in expected.yaml: {n_talks}")
print(f"qa: {len(qa)} ({dict(sorted(kinds.items()))}); who/when/where: {len(people_q)}; lower-case: {lower}")
print(f"unanswerable: {len(un)} ({dict(Counter(r.get('category','?') for r in un))})")
for w in warnings:
    print("WARN", w)
for e in errors:
    print("ERROR", e)
print("FAIL" if errors else "OK: all checks passed")
sys.exit(1 if errors else 0)
