#!/usr/bin/env python3
"""Checker for the blind-notes-f evaluation set. Exit code 0 = all checks passed."""
import datetime, json, os, re, sys
from collections import Counter
import yaml

ROOT = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(ROOT, "corpus")
errors, warnings = [], []
def err(m): errors.append(m)

# ---- corpus
docs = {}
for dp, _, fns in os.walk(CORPUS):
    for fn in fns:
        p = os.path.join(dp, fn)
        docs[os.path.relpath(p, CORPUS).replace(os.sep, "/")] = open(p, encoding="utf-8").read()
if len(docs) != 20:
    err(f"corpus has {len(docs)} files, expected 20")
for k, t in sorted(docs.items()):
    n = len(t.split())
    if not 300 <= n <= 1000:
        err(f"{k}: {n} words, outside 300-1000")

# ---- expected.yaml
exp = yaml.safe_load(open(os.path.join(ROOT, "expected.yaml"), encoding="utf-8"))
if set(exp) != set(docs):
    err(f"expected.yaml keys != corpus files: missing {set(docs)-set(exp)}, extra {set(exp)-set(docs)}")
n_talks = 0
for k, e in exp.items():
    if set(e) != {"event", "date", "talks"}:
        err(f"expected {k}: keys {set(e)}")
    if e["date"] is not None:
        try:
            datetime.date.fromisoformat(e["date"])
        except Exception:
            err(f"expected {k}: bad date {e['date']!r}")
    text = re.sub(r"\s+", " ", docs.get(k, "")).lower()
    for t in e["talks"]:
        n_talks += 1
        if set(t) != {"title", "code", "speakers"}:
            err(f"expected {k}: talk keys {set(t)}")
        if t["title"].lower() not in text:
            err(f"expected {k}: title not in doc: {t['title']!r}")
        if t["code"] and t["code"].lower() not in text:
            err(f"expected {k}: code not in doc: {t['code']!r}")
        for s in t["speakers"]:
            if s.lower() not in text:
                err(f"expected {k}: speaker not in doc: {s!r}")

# ---- qa.jsonl
KINDS = {"factoid", "list", "why", "howto", "who", "numeric", "summary", "comparison"}
qa = [json.loads(l) for l in open(os.path.join(ROOT, "qa.jsonl"), encoding="utf-8") if l.strip()]
ids = [q["id"] for q in qa]
if len(qa) != 160: err(f"qa count {len(qa)} != 160")
if len(set(ids)) != len(ids): err("duplicate qa ids")
if ids != [f"ba{i:03d}" for i in range(1, len(qa) + 1)]: err("qa ids not ba001..ba160 in order")
per_doc = Counter()
for q in qa:
    qid = q["id"]
    if set(q) != {"id", "question", "answer", "must_contain", "doc", "evidence", "kind"}:
        err(f"{qid}: fields {sorted(q)}")
    if q["kind"] not in KINDS: err(f"{qid}: kind {q['kind']}")
    if q["doc"] not in docs:
        err(f"{qid}: doc {q['doc']} not in corpus"); continue
    per_doc[q["doc"]] += 1
    text = docs[q["doc"]]
    ev = q["evidence"]
    if not 10 <= len(ev) <= 200: err(f"{qid}: evidence length {len(ev)}")
    if ev not in text: err(f"{qid}: evidence not verbatim in doc")
    mc = q["must_contain"]
    if not 1 <= len(mc) <= 3: err(f"{qid}: {len(mc)} must_contain regexes")
    for rx in mc:
        if not re.search(rx, q["answer"], re.I): err(f"{qid}: /{rx}/ does not match answer")
        if not re.search(rx, text, re.I): err(f"{qid}: /{rx}/ does not match doc")
    if not any(re.search(rx, ev, re.I) for rx in mc):
        warnings.append(f"{qid}: no must_contain regex matches the evidence span")
for k in docs:
    if not 7 <= per_doc[k] <= 9: err(f"{k}: {per_doc[k]} questions (want 7-9)")
meta_rx = re.compile(r"^(who\b|what did .* (talk|present)|when\b|which (event|day|conference|meetup)|what was (session )?[A-Z]+-\d+)|\b(who gave|who presented|who did|at which meetup|which event)\b", re.I)
n_meta = sum(1 for q in qa if meta_rx.search(q["question"]))
if n_meta < 40: err(f"only {n_meta} who/what-talk/when/which-event questions (<40)")

# ---- unanswerable.jsonl
un = [json.loads(l) for l in open(os.path.join(ROOT, "unanswerable.jsonl"), encoding="utf-8") if l.strip()]
uids = [u["id"] for u in un]
if len(un) != 55: err(f"unanswerable count {len(un)} != 55")
if len(set(uids)) != len(uids): err("duplicate unanswerable ids")
if uids != [f"bn{i:03d}" for i in range(1, len(un) + 1)]: err("unanswerable ids not bn001..bn055")
cats = Counter(u.get("category") for u in un)
if cats != Counter({"near_miss": 42, "mentioned_not_speaker": 4, "off_topic": 9}):
    err(f"unanswerable categories {dict(cats)}")
alltext = list(docs.values())
for u in un:
    for f in ("id", "question", "why_unanswerable"):
        if not u.get(f): err(f"{u.get('id')}: missing {f}")
    for rx in u.get("present", []):
        if not any(re.search(rx, t, re.I | re.M) for t in alltext):
            err(f"{u['id']}: present /{rx}/ hits no file")
    for rx in u.get("absent", []):
        hits = [k for k, t in docs.items() if re.search(rx, t, re.I | re.M)]
        if hits: err(f"{u['id']}: absent /{rx}/ hits {hits}")
    if not u.get("present") or not u.get("absent"):
        err(f"{u['id']}: needs present and absent lists")
qs = {q["question"].lower() for q in qa}
for u in un:
    if u["question"].lower() in qs: err(f"{u['id']}: question duplicates an answerable one")

print(f"corpus files: {len(docs)}  (words min {min(len(t.split()) for t in docs.values())}, max {max(len(t.split()) for t in docs.values())})")
print(f"expected.yaml: {len(exp)} files, {n_talks} talks, {sum(1 for e in exp.values() if e['event'] is None)} null events, {sum(1 for e in exp.values() if e['date'] is None)} null dates")
print(f"qa: {len(qa)}  kinds {dict(sorted(Counter(q['kind'] for q in qa).items()))}")
print(f"qa per doc: min {min(per_doc.values())}, max {max(per_doc.values())}; who/when/which-event style: {n_meta}")
print(f"unanswerable: {len(un)}  {dict(cats)}")
for w in warnings: print("WARN", w)
for e in errors: print("ERROR", e)
print("OK" if not errors else f"FAILED ({len(errors)} errors)")
sys.exit(1 if errors else 0)
