#!/usr/bin/env python3
"""Checker for the notes-g evaluation set. Exit code 0 = all checks passed."""
import datetime, json, os, re, sys
from collections import Counter, defaultdict
import yaml

ROOT = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(ROOT, "corpus")
errors, warnings = [], []
def err(m): errors.append(m)

# ---- corpus
files = {}
for d, _, fs in os.walk(CORPUS):
    for fn in fs:
        p = os.path.join(d, fn)
        files[os.path.relpath(p, CORPUS).replace(os.sep, "/")] = open(p, encoding="utf-8").read()
if len(files) != 22: err(f"corpus has {len(files)} files, expected 22")
wc = {}
for k, t in files.items():
    n = len(re.findall(r"\S+", t)); wc[k] = n
    if not 300 <= n <= 1000: err(f"{k}: {n} words (want 300-1000)")

# ---- expected.yaml
exp = yaml.safe_load(open(os.path.join(ROOT, "expected.yaml"), encoding="utf-8"))
if set(exp) != set(files):
    err(f"expected.yaml keys differ from corpus: missing={set(files)-set(exp)} extra={set(exp)-set(files)}")
norm = lambda s: re.sub(r"\s+", " ", s).lower()
n_talks = 0
for k, v in exp.items():
    if set(v) != {"event", "date", "talks"}: err(f"{k}: bad keys {set(v)}")
    if v["date"] is not None:
        if not isinstance(v["date"], str): err(f"{k}: date must be a quoted string")
        else: datetime.date.fromisoformat(v["date"])
    if not v["talks"]: err(f"{k}: no talks")
    text = norm(files.get(k, ""))
    for t in v["talks"]:
        n_talks += 1
        if set(t) != {"title", "code", "speakers"}: err(f"{k}: talk keys {set(t)}")
        if norm(t["title"]) not in text: err(f"{k}: title not in text: {t['title']}")
        if t["code"] and t["code"].lower() not in text: err(f"{k}: code not in text: {t['code']}")
        for s in t["speakers"]:
            if norm(s) not in text: err(f"{k}: speaker not in text: {s}")

# ---- qa.jsonl
KINDS = {"factoid", "list", "why", "howto", "who", "numeric", "summary", "comparison"}
qa = [json.loads(l) for l in open(os.path.join(ROOT, "qa.jsonl"), encoding="utf-8") if l.strip()]
if len(qa) != 200: err(f"qa has {len(qa)} items, expected 200")
ids = [q["id"] for q in qa]
if len(set(ids)) != len(ids): err("duplicate qa ids")
if ids != [f"ga{i:03d}" for i in range(1, len(qa) + 1)]: err("qa ids not ga001..ga200 in order")
if len({q["question"].lower() for q in qa}) != len(qa): err("duplicate qa questions")
per_doc = Counter()
meta = Counter()
for q in qa:
    qid = q["id"]
    if set(q) != {"id", "question", "answer", "must_contain", "doc", "evidence", "kind"}: err(f"{qid}: fields {set(q)}")
    if q["kind"] not in KINDS: err(f"{qid}: kind {q['kind']}")
    if q["doc"] not in files: err(f"{qid}: doc {q['doc']} not in corpus"); continue
    per_doc[q["doc"]] += 1
    text = files[q["doc"]]
    ev = q["evidence"]
    if not 10 <= len(ev) <= 200: err(f"{qid}: evidence length {len(ev)}")
    if ev not in text: err(f"{qid}: evidence not verbatim in {q['doc']}: {ev!r}")
    if not 1 <= len(q["must_contain"]) <= 3: err(f"{qid}: must_contain count")
    for rx in q["must_contain"]:
        if not re.search(rx, q["answer"], re.I): err(f"{qid}: /{rx}/ misses answer")
        if not re.search(rx, text, re.I): err(f"{qid}: /{rx}/ misses doc")
    ql = q["question"].lower()
    if re.search(r"^(~)?who\b", ql) and re.search(r"\b(gave|give|did|do|spoke|speak|talk|talked|present|presented|keynote|keynoted|moderated|demoed|were|sat|opened)\b", ql):
        meta["who_gave"] += 1
    elif re.search(r"\bwhat (talk|keynote|session)|what did .+ (present|talk about)|what was .+'s (talk|session)|talk called|title of|list the", ql):
        meta["what_talks"] += 1
    elif re.search(r"^when\b|\bwhat (date|day)\b|\bdate of\b", ql):
        meta["when"] += 1
    elif re.search(r"^which (conf|event|summit|conference)", ql):
        meta["which_event"] += 1
for k in files:
    if not 8 <= per_doc[k] <= 10: err(f"{k}: {per_doc[k]} questions (want 8-10)")
if sum(meta.values()) < 50: err(f"only {sum(meta.values())} who/what-talks/when/which-event questions")
kinds = Counter(q["kind"] for q in qa)
if kinds["summary"] < 5 or kinds["comparison"] < 5: err(f"too few summary/comparison: {kinds}")

# ---- unanswerable.jsonl
un = [json.loads(l) for l in open(os.path.join(ROOT, "unanswerable.jsonl"), encoding="utf-8") if l.strip()]
if len(un) != 60: err(f"unanswerable has {len(un)} items, expected 60")
uids = [u["id"] for u in un]
if uids != [f"gn{i:03d}" for i in range(1, len(un) + 1)]: err("unanswerable ids not gn001..gn060")
cats = Counter(u["category"] for u in un)
if cats != Counter({"near_miss": 46, "mentioned_not_speaker": 4, "off_topic": 10}): err(f"categories {cats}")
alltext = list(files.items())
for u in un:
    uid = u["id"]
    for f_ in ("question", "why_unanswerable", "category", "present", "absent"):
        if f_ not in u: err(f"{uid}: missing {f_}")
    if u["category"] != "off_topic" and not u["present"]: err(f"{uid}: present list empty")
    if not u["absent"]: err(f"{uid}: absent list empty")
    for rx in u["present"]:
        if not any(re.search(rx, t, re.I | re.M) for _, t in alltext): err(f"{uid}: present /{rx}/ hits no file")
    for rx in u["absent"]:
        hits = [k for k, t in alltext if re.search(rx, t, re.I | re.M)]
        if hits: err(f"{uid}: absent /{rx}/ hits {hits}")
if {u["question"].lower() for u in un} & {q["question"].lower() for q in qa}: err("question overlap qa/unanswerable")

# ---- report
print(f"corpus files: {len(files)}  words min/max/total: {min(wc.values())}/{max(wc.values())}/{sum(wc.values())}")
print(f"expected.yaml: {len(exp)} files, {n_talks} talks, "
      f"{sum(1 for v in exp.values() if v['event'] is None)} null events, {sum(1 for v in exp.values() if v['date'] is None)} null dates")
print(f"qa: {len(qa)}  per-doc min/max: {min(per_doc.values())}/{max(per_doc.values())}  kinds: {dict(sorted(kinds.items()))}")
print(f"qa who/what-talks/when/which-event (heuristic): {dict(meta)} total={sum(meta.values())}")
print(f"unanswerable: {len(un)} {dict(cats)}")
if errors:
    print(f"\nFAILED: {len(errors)} problem(s)")
    for e in errors: print("  -", e)
    sys.exit(1)
print("\nALL CHECKS PASSED")
