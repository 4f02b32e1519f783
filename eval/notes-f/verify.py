#!/usr/bin/env python3
"""Checks the notes-f evaluation set. Exit 0 and 'N passed, 0 failed' when everything holds."""
import json, os, re, sys
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
KINDS = {"factoid", "list", "why", "howto", "who", "numeric", "summary", "comparison"}
N_FILES, N_QA, N_UN = 22, 200, 60
errors, checks = [], 0

def check(cond, msg):
    global checks
    checks += 1
    if not cond:
        errors.append(msg)

def norm(t):
    return re.sub(r"\s+", " ", t)

# corpus
docs = {}
for root, _, files in os.walk(CORPUS):
    for fn in files:
        p = os.path.join(root, fn)
        rel = os.path.relpath(p, CORPUS)
        with open(p, encoding="utf-8") as f:
            docs[rel] = f.read()
check(len(docs) == N_FILES, f"corpus has {len(docs)} files, want {N_FILES}")
for rel, t in docs.items():
    w = len(t.split())
    check(300 <= w <= 1200, f"{rel}: {w} words (300-1200)")

# expected.yaml
exp = yaml.safe_load(open(os.path.join(HERE, "expected.yaml"), encoding="utf-8"))
check(set(exp) == set(docs), f"expected.yaml keys != corpus files: missing {set(docs)-set(exp)}, extra {set(exp)-set(docs)}")
for rel, m in exp.items():
    t = docs.get(rel, "")
    nt = norm(t)
    check(set(m) == {"event", "date", "talks"}, f"{rel}: keys {set(m)}")
    d = m.get("date")
    check(d is None or (isinstance(d, str) and re.fullmatch(r"\d{4}-\d\d-\d\d", d)), f"{rel}: bad date {d!r}")
    check(m.get("event") is None or isinstance(m.get("event"), str), f"{rel}: bad event")
    check(isinstance(m.get("talks"), list) and m["talks"], f"{rel}: no talks")
    for tk in m.get("talks") or []:
        check(set(tk) == {"title", "code", "speakers"}, f"{rel}: talk keys {set(tk)}")
        check(tk["title"].lower() in nt.lower(), f"{rel}: title not in doc: {tk['title']!r}")
        if tk["code"]:
            check(tk["code"] in t, f"{rel}: code not in doc: {tk['code']}")
        for sp in tk["speakers"]:
            # the family name must appear in the doc (first names may be abbreviated to initials later)
            check(sp.split()[-1] in t, f"{rel}: speaker not in doc: {sp}")

def load(fn):
    with open(os.path.join(HERE, fn), encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]

# qa
qa = load("qa.jsonl")
check(len(qa) == N_QA, f"qa has {len(qa)} items, want {N_QA}")
ids = [o["id"] for o in qa]
check(len(set(ids)) == len(ids), "qa ids not unique")
for o in qa:
    i = o.get("id", "?")
    check(set(o) == {"id", "question", "answer", "must_contain", "doc", "evidence", "kind"}, f"{i}: fields {set(o)}")
    check(re.fullmatch(r"nf\d{3}", i) is not None, f"{i}: bad id")
    check(o["kind"] in KINDS, f"{i}: bad kind {o['kind']}")
    check(o["doc"] in docs, f"{i}: unknown doc {o['doc']}")
    t = docs.get(o["doc"], "")
    ev = o["evidence"]
    check(10 <= len(ev) <= 200, f"{i}: evidence length {len(ev)}")
    check(ev in t, f"{i}: evidence not in doc: {ev!r}")
    mc = o["must_contain"]
    check(1 <= len(mc) <= 3, f"{i}: {len(mc)} regexes")
    for rx in mc:
        try:
            r = re.compile(rx, re.I)
        except re.error as e:
            check(False, f"{i}: regex {rx!r} does not compile: {e}"); continue
        check(r.search(o["answer"]) is not None, f"{i}: {rx!r} misses answer")
        check(r.search(t) is not None, f"{i}: {rx!r} misses doc (raw)")
        check(r.search(norm(t)) is not None, f"{i}: {rx!r} misses doc (newlines as spaces)")
per_doc = {}
for o in qa:
    per_doc[o["doc"]] = per_doc.get(o["doc"], 0) + 1
check(set(per_doc) == set(docs), f"docs without questions: {set(docs) - set(per_doc)}")
check(min(per_doc.values()) >= 8, f"a doc has fewer than 8 questions: {per_doc}")
kinds = {k: sum(o["kind"] == k for o in qa) for k in KINDS}
check(all(v >= 5 for v in kinds.values()), f"some kind has < 5 questions: {kinds}")
speaker_style = [o for o in qa if o["kind"] == "who" or re.search(r"\b(who|when|what talks?|what sessions?)\b", o["question"], re.I)]
check(len(speaker_style) >= 30, f"only {len(speaker_style)} who/when/what-talk questions")
lower = sum(o["question"] == o["question"].lower() for o in qa)
check(lower >= 0.4 * len(qa), f"only {lower} lower-case questions")

# unanswerable
un = load("unanswerable.jsonl")
check(len(un) == N_UN, f"unanswerable has {len(un)} items, want {N_UN}")
uids = [o["id"] for o in un]
check(len(set(uids)) == len(uids), "unanswerable ids not unique")
qtexts = {o["question"].strip().lower() for o in qa}
for o in un:
    i = o.get("id", "?")
    check(re.fullmatch(r"nu\d{3}", i) is not None, f"{i}: bad id")
    check(o.get("question") and o.get("why_unanswerable"), f"{i}: missing question/why")
    check(set(o) <= {"id", "question", "why_unanswerable", "category", "present", "absent"}, f"{i}: fields {set(o)}")
    check(o["question"].strip().lower() not in qtexts, f"{i}: same text as an answerable question")
    for rx in o.get("present", []):
        r = re.compile(rx, re.I | re.M)
        check(any(r.search(t) for t in docs.values()), f"{i}: present {rx!r} hits nothing")
    for rx in o.get("absent", []):
        r = re.compile(rx, re.I | re.M)
        hits = [k for k, t in docs.items() if r.search(t)]
        check(not hits, f"{i}: absent {rx!r} hits {hits}")
    if o.get("category") != "off_topic":
        check(o.get("present") and o.get("absent"), f"{i}: near miss without present/absent")

for e in errors:
    print("FAIL:", e)
print(f"kinds: {kinds}")
print(f"who/when/what-talk style: {len(speaker_style)}, lower-case: {lower}/{len(qa)}")
print(f"{checks - len(errors)} passed, {len(errors)} failed")
sys.exit(1 if errors else 0)
