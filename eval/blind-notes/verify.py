#!/usr/bin/env python3
"""Self-check for the blind-notes-b test set.

Checks:
  * every expected.yaml key exists under corpus/ and every corpus file has a key
  * expected.yaml entries have event/date/talks with the right shapes
  * qa.jsonl: required fields, unique ids, valid kind, doc exists, evidence is a
    verbatim 10-200 char substring of doc, 1-2 regexes that compile and match the
    gold answer (re.search, re.I)
  * unanswerable.jsonl: required fields, unique ids
  * minimum counts (files, questions, kinds, unanswerable) and doc coverage
Exit code 0 if all checks pass, 1 otherwise.
"""
import datetime
import json
import os
import re
import sys
from collections import Counter

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
KINDS = {"factoid", "list", "why", "howto", "who", "numeric", "summary", "comparison"}
MIN_KIND = {"who": 20, "summary": 20, "comparison": 10, "list": 20}

errors = []


def err(msg):
    errors.append(msg)


def load_jsonl(path):
    rows = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.strip()
            if not line:
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"{os.path.basename(path)}:{n}: bad JSON: {e}")
    return rows


# ---------------------------------------------------------------- corpus files
corpus_files = set()
for root, _, files in os.walk(CORPUS):
    for f in files:
        corpus_files.add(os.path.relpath(os.path.join(root, f), CORPUS).replace(os.sep, "/"))
if not 22 <= len(corpus_files) <= 26:
    err(f"corpus has {len(corpus_files)} files, expected 22-26")

texts = {}
for p in corpus_files:
    with open(os.path.join(CORPUS, p), encoding="utf-8") as fh:
        texts[p] = fh.read()

# ---------------------------------------------------------------- expected.yaml
with open(os.path.join(HERE, "expected.yaml"), encoding="utf-8") as fh:
    expected = yaml.safe_load(fh)
for key in expected:
    if key not in corpus_files:
        err(f"expected.yaml key not in corpus: {key}")
for p in corpus_files:
    if p not in expected:
        err(f"corpus file missing from expected.yaml: {p}")

n_talks = 0
speakers = set()
for key, v in expected.items():
    if set(v) != {"event", "date", "talks"}:
        err(f"{key}: expected keys event/date/talks, got {sorted(v)}")
        continue
    if v["event"] is not None and not isinstance(v["event"], str):
        err(f"{key}: event must be str or null")
    d = v["date"]
    if d is not None:
        try:
            datetime.date.fromisoformat(str(d))
        except ValueError:
            err(f"{key}: bad date {d!r}")
    if not isinstance(v["talks"], list):
        err(f"{key}: talks must be a list")
        continue
    for t in v["talks"]:
        if set(t) != {"title", "code", "speakers"}:
            err(f"{key}: talk keys wrong: {t}")
            continue
        n_talks += 1
        title = t["title"]
        if re.search(r"\[REPEAT|^[A-Z]{3}\d{3}|[*_`#]", title):
            err(f"{key}: title contains code/markup: {title!r}")
        if t["code"] is not None and not re.fullmatch(r"[A-Z]{3}\d{3,4}(-R\d)?", t["code"]):
            err(f"{key}: odd session code {t['code']!r}")
        if t["code"] and t["code"] not in texts.get(key, ""):
            err(f"{key}: code {t['code']} not found in file")
        if not t["speakers"]:
            err(f"{key}: talk {title!r} without speakers")
        for s in t["speakers"]:
            speakers.add(s)
            if s not in texts.get(key, "") and s.split()[-1] not in texts.get(key, ""):
                err(f"{key}: speaker {s!r} not found in file")

# ---------------------------------------------------------------- qa.jsonl
qa = load_jsonl(os.path.join(HERE, "qa.jsonl"))
ids = Counter(r.get("id") for r in qa)
for i, c in ids.items():
    if c > 1:
        err(f"qa: duplicate id {i}")
covered = set()
for r in qa:
    rid = r.get("id", "?")
    for k in ("id", "question", "answer", "must_contain", "doc", "evidence", "kind"):
        if k not in r:
            err(f"{rid}: missing field {k}")
    if r.get("kind") not in KINDS:
        err(f"{rid}: bad kind {r.get('kind')!r}")
    doc = r.get("doc")
    if doc not in texts:
        err(f"{rid}: doc does not exist: {doc}")
        continue
    covered.add(doc)
    ev = r.get("evidence", "")
    if not 10 <= len(ev) <= 200:
        err(f"{rid}: evidence length {len(ev)} outside 10-200")
    if ev not in texts[doc]:
        err(f"{rid}: evidence not found verbatim in {doc}: {ev!r}")
    rxs = r.get("must_contain", [])
    if not isinstance(rxs, list) or not 1 <= len(rxs) <= 2:
        err(f"{rid}: must_contain must have 1-2 regexes")
        continue
    for rx in rxs:
        try:
            c = re.compile(rx, re.I)
        except re.error as e:
            err(f"{rid}: regex {rx!r} does not compile: {e}")
            continue
        if not c.search(r.get("answer", "")):
            err(f"{rid}: regex {rx!r} does not match answer {r.get('answer')!r}")

kinds = Counter(r.get("kind") for r in qa)
if len(qa) < 150:
    err(f"qa has {len(qa)} questions, need >= 150")
for k, m in MIN_KIND.items():
    if kinds[k] < m:
        err(f"qa has {kinds[k]} {k} questions, need >= {m}")
for k in KINDS:
    if kinds[k] == 0:
        err(f"qa has no {k} questions")
for p in corpus_files:
    if p not in covered:
        err(f"no question covers {p}")

# ---------------------------------------------------------------- unanswerable
un = load_jsonl(os.path.join(HERE, "unanswerable.jsonl"))
uids = Counter(r.get("id") for r in un)
for i, c in uids.items():
    if c > 1:
        err(f"unanswerable: duplicate id {i}")
for r in un:
    for k in ("id", "question", "why_unanswerable"):
        if not r.get(k):
            err(f"{r.get('id', '?')}: missing {k}")
if len(un) < 45:
    err(f"unanswerable has {len(un)} questions, need >= 45")
qa_questions = {r.get("question", "").lower() for r in qa}
for r in un:
    if r.get("question", "").lower() in qa_questions:
        err(f"{r['id']}: also appears in qa.jsonl")

# ---------------------------------------------------------------- report
lower = sum(1 for r in qa if r["question"][:1].islower())
print(f"corpus files:        {len(corpus_files)}")
print(f"talks:               {n_talks}")
print(f"distinct speakers:   {len(speakers)}")
print(f"qa questions:        {len(qa)}  " + ", ".join(f"{k}={kinds[k]}" for k in sorted(kinds)))
print(f"  lower-case start:  {lower} ({100 * lower / max(len(qa), 1):.0f}%)")
print(f"unanswerable:        {len(un)}")
print(f"docs covered by qa:  {len(covered)}/{len(corpus_files)}")
if errors:
    print(f"\n{len(errors)} problem(s):")
    for e in errors:
        print("  -", e)
    sys.exit(1)
print("\nOK: all checks passed")
