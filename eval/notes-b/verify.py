#!/usr/bin/env python3
"""Sanity checks for the notes-b held-out corpus.

Checks:
  * expected.yaml covers exactly the files in corpus/, with well-formed entries
    (event, date 'YYYY-MM-DD' or null, talks with title/code/speakers);
    every talk title and speaker name can be found in its file
    (case-insensitive, HTML entities decoded, whitespace normalised).
  * qa.jsonl: required fields, unique ids, known kinds, doc exists,
    evidence is a verbatim substring of the doc (10-200 chars),
    1-3 must_contain regexes that compile and match both answer and doc
    (re.search, re.I); every corpus file with talks has >=1 question.
  * unanswerable.jsonl: required fields, unique ids.
Prints counts. Exit code 0 on success, 1 on any failure.
"""
import html
import json
import os
import re
import sys
from collections import Counter

import yaml

ROOT = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(ROOT, "corpus")
KINDS = {"factoid", "list", "why", "howto", "who", "numeric", "summary", "comparison"}
errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    s = html.unescape(s)
    s = re.sub(r"<[^>]+>", " ", s)
    return re.sub(r"\s+", " ", s).lower()


# ---------- corpus files
files = sorted(
    os.path.relpath(os.path.join(d, f), CORPUS).replace(os.sep, "/")
    for d, _, fs in os.walk(CORPUS) for f in fs
)
texts = {f: open(os.path.join(CORPUS, f), encoding="utf-8").read() for f in files}
words = {f: len(re.sub(r"<[^>]+>", " ", t).split()) for f, t in texts.items()}

# ---------- expected.yaml
exp = yaml.safe_load(open(os.path.join(ROOT, "expected.yaml"), encoding="utf-8"))
if set(exp) != set(files):
    for f in sorted(set(files) - set(exp)):
        err(f"expected.yaml missing corpus file {f}")
    for f in sorted(set(exp) - set(files)):
        err(f"expected.yaml has key with no corpus file {f}")
n_talks = 0
n_multi = 0
events = set()
for path, e in exp.items():
    if not isinstance(e, dict) or set(e) != {"event", "date", "talks"}:
        err(f"{path}: entry must have exactly event/date/talks")
        continue
    if e["event"] is not None:
        events.add(e["event"])
    d = e["date"]
    if d is not None and not (isinstance(d, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", d)):
        err(f"{path}: bad date {d!r} (must be quoted 'YYYY-MM-DD' or null)")
    if not isinstance(e["talks"], list):
        err(f"{path}: talks must be a list")
        continue
    t = norm(texts.get(path, ""))
    for talk in e["talks"]:
        n_talks += 1
        if set(talk) != {"title", "code", "speakers"}:
            err(f"{path}: talk keys {sorted(talk)}")
            continue
        if len(talk["speakers"]) > 1:
            n_multi += 1
        if norm(talk["title"]) not in t:
            err(f"{path}: title not found in file: {talk['title']!r}")
        if talk["code"] is not None and talk["code"].lower() not in t:
            err(f"{path}: code not found in file: {talk['code']!r}")
        for sp in talk["speakers"]:
            if norm(sp) not in t:
                err(f"{path}: speaker not found in file: {sp!r}")

# ---------- qa.jsonl
def load_jsonl(name):
    rows = []
    with open(os.path.join(ROOT, name), encoding="utf-8") as fh:
        for i, line in enumerate(fh, 1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as ex:
                    err(f"{name}:{i}: invalid JSON ({ex})")
    return rows


qa = load_jsonl("qa.jsonl")
ids = Counter()
kinds = Counter()
per_doc = Counter()
terse = 0
for q in qa:
    qid = q.get("id", "?")
    ids[qid] += 1
    need = {"id", "question", "answer", "must_contain", "doc", "evidence", "kind"}
    if set(q) != need:
        err(f"{qid}: fields {sorted(q)}")
        continue
    if not re.fullmatch(r"nb\d{3}", qid):
        err(f"{qid}: bad id format")
    if q["kind"] not in KINDS:
        err(f"{qid}: unknown kind {q['kind']}")
    kinds[q["kind"]] += 1
    doc = q["doc"]
    if doc not in texts:
        err(f"{qid}: doc not in corpus: {doc}")
        continue
    per_doc[doc] += 1
    ev = q["evidence"]
    if not (10 <= len(ev) <= 200):
        err(f"{qid}: evidence length {len(ev)} outside 10-200")
    if ev not in texts[doc]:
        err(f"{qid}: evidence not verbatim in {doc}: {ev!r}")
    rxs = q["must_contain"]
    if not (isinstance(rxs, list) and 1 <= len(rxs) <= 3):
        err(f"{qid}: must_contain must be a list of 1-3 regexes")
        continue
    for rx in rxs:
        try:
            c = re.compile(rx, re.I)
        except re.error as ex:
            err(f"{qid}: regex {rx!r} does not compile ({ex})")
            continue
        if not c.search(q["answer"]):
            err(f"{qid}: regex {rx!r} does not match answer")
        if not c.search(texts[doc]):
            err(f"{qid}: regex {rx!r} does not match doc {doc}")
    qs = q["question"]
    if qs == qs.lower() or len(qs.split()) <= 7:
        terse += 1
for k, v in ids.items():
    if v > 1:
        err(f"duplicate qa id {k}")
for f in files:
    if exp.get(f, {}).get("talks") and per_doc[f] == 0:
        err(f"no question covers {f}")

# ---------- unanswerable.jsonl
un = load_jsonl("unanswerable.jsonl")
uids = Counter()
for u in un:
    uid = u.get("id", "?")
    uids[uid] += 1
    if set(u) != {"id", "question", "why_unanswerable"}:
        err(f"{uid}: fields {sorted(u)}")
    if not re.fullmatch(r"nu\d{3}", uid):
        err(f"{uid}: bad id format")
    if not str(u.get("question", "")).strip() or not str(u.get("why_unanswerable", "")).strip():
        err(f"{uid}: empty question or reason")
for k, v in uids.items():
    if v > 1:
        err(f"duplicate unanswerable id {k}")
if set(ids) & set(uids):
    err("ids shared between qa and unanswerable")

# ---------- report
print(f"corpus files:          {len(files)}")
print(f"  words min/median/max {min(words.values())}/{sorted(words.values())[len(words)//2]}/{max(words.values())}")
print(f"expected.yaml entries: {len(exp)}  talks: {n_talks}  multi-speaker talks: {n_multi}  distinct events: {len(events)}")
print(f"qa.jsonl:              {len(qa)}  (terse/lower-case: {terse} = {terse*100//max(len(qa),1)}%)")
print("  by kind:             " + ", ".join(f"{k}={v}" for k, v in sorted(kinds.items())))
print(f"  docs covered:        {len(per_doc)}  (min {min(per_doc.values()) if per_doc else 0}, max {max(per_doc.values()) if per_doc else 0} per doc)")
print(f"unanswerable.jsonl:    {len(un)}")
if errors:
    print(f"\nFAIL: {len(errors)} problem(s)")
    for e in errors:
        print("  - " + e)
    sys.exit(1)
print("\nOK: all checks passed")
