#!/usr/bin/env python3
"""Check the blind-notes-h evaluation set against notes-set-format.md.

Run from anywhere:  python3 verify.py
Exit status 0 when every check passes.
"""
import collections
import json
import os
import re
import sys

try:
    import yaml
except ImportError:  # pragma: no cover
    sys.exit("PyYAML is required (pip install pyyaml)")

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
KINDS = {"factoid", "list", "why", "howto", "who", "numeric", "summary", "comparison"}
UN_CATEGORIES = {"near_miss", "cancelled_or_skipped", "not_a_speaker", "wrong_event", "off_topic"}
N_FILES = 20
QA_PER_FILE = 9
N_QA = N_FILES * QA_PER_FILE
N_UN = 55

errors = []
notes = []


def err(msg):
    errors.append(msg)


def note(msg):
    notes.append(msg)


# ---------------------------------------------------------------- corpus
files = {}
for root, _, names in os.walk(CORPUS):
    for n in names:
        p = os.path.join(root, n)
        rel = os.path.relpath(p, CORPUS).replace(os.sep, "/")
        with open(p, encoding="utf-8") as f:
            files[rel] = f.read()

if len(files) != N_FILES:
    err(f"corpus has {len(files)} files, expected {N_FILES}")
for rel, text in sorted(files.items()):
    w = len(text.split())
    if not 300 <= w <= 1200:
        err(f"{rel}: {w} words (must be 300-1200)")


def haystacks(rel):
    """Text a regex may match: the file's path (metadata can live only in the
    folder/file name) plus its content, raw and with newlines as spaces."""
    raw = rel + "\n" + files[rel]
    return raw, re.sub(r"\s*\n\s*", " ", raw)


# ---------------------------------------------------------------- expected.yaml
with open(os.path.join(HERE, "expected.yaml"), encoding="utf-8") as f:
    expected = yaml.safe_load(f)

if set(expected) != set(files):
    missing = set(files) - set(expected)
    extra = set(expected) - set(files)
    err(f"expected.yaml does not cover corpus exactly: missing={sorted(missing)} extra={sorted(extra)}")


def norm(s):
    return re.sub(r"[\W_]+", " ", s).strip().lower()


n_talks = 0
n_nulls = {"event": 0, "date": 0}
for rel, meta in expected.items():
    if rel not in files:
        continue
    if set(meta) != {"event", "date", "talks"}:
        err(f"expected {rel}: keys {sorted(meta)}")
        continue
    for k in ("event", "date"):
        if meta[k] is None:
            n_nulls[k] += 1
    if meta["event"] is not None and not isinstance(meta["event"], str):
        err(f"expected {rel}: event must be str or null")
    d = meta["date"]
    if d is not None and not (isinstance(d, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", d)):
        err(f"expected {rel}: date {d!r} must be 'YYYY-MM-DD' string or null")
    text_n = norm(rel + " " + files[rel])
    if d is not None and d[:4] not in rel + files[rel]:
        err(f"expected {rel}: year {d[:4]} not found in path or text")
    if not meta["talks"]:
        err(f"expected {rel}: no talks")
    for t in meta["talks"]:
        n_talks += 1
        if set(t) != {"title", "code", "speakers"}:
            err(f"expected {rel}: talk keys {sorted(t)}")
            continue
        if norm(t["title"]) not in text_n:
            err(f"expected {rel}: title {t['title']!r} not found in notes")
        if t["code"] is not None and t["code"] not in files[rel]:
            err(f"expected {rel}: code {t['code']!r} not found in notes")
        if not isinstance(t["speakers"], list) or not t["speakers"]:
            err(f"expected {rel}: talk {t['title']!r} has no speakers")
            continue
        for s in t["speakers"]:
            # each speaker's full name must appear somewhere in the notes
            if norm(s) not in text_n:
                err(f"expected {rel}: speaker {s!r} not found in notes")

# ---------------------------------------------------------------- regex helpers
QUOTE_CHARS = set("'\"‘’“”`")


def check_rx_list(where, rxs, targets, allow_quotes=False):
    ok = True
    if not isinstance(rxs, list) or not 1 <= len(rxs) <= 3:
        err(f"{where}: must_contain must be a list of 1-3 regexes")
        return False
    for rx in rxs:
        if not allow_quotes and QUOTE_CHARS & set(rx):
            err(f"{where}: regex {rx!r} contains a quote character")
        try:
            c = re.compile(rx, re.I)
        except re.error as e:
            err(f"{where}: regex {rx!r} does not compile: {e}")
            ok = False
            continue
        for label, t in targets:
            if not c.search(t):
                err(f"{where}: regex {rx!r} does not match {label}")
                ok = False
    return ok


# ---------------------------------------------------------------- qa.jsonl
qa = []
with open(os.path.join(HERE, "qa.jsonl"), encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        line = line.strip()
        if not line:
            continue
        try:
            qa.append(json.loads(line))
        except json.JSONDecodeError as e:
            err(f"qa.jsonl line {ln}: bad JSON: {e}")

if len(qa) != N_QA:
    err(f"qa.jsonl has {len(qa)} records, expected {N_QA}")
ids = [r.get("id") for r in qa]
if len(set(ids)) != len(ids):
    err("qa.jsonl: duplicate ids")
if ids != [f"nq{i:03d}" for i in range(1, len(qa) + 1)]:
    err("qa.jsonl: ids must run nq001..nqNNN in order")

per_doc = collections.Counter()
kinds = collections.Counter()
lower = 0
questions_seen = set()
for r in qa:
    rid = r.get("id")
    if set(r) != {"id", "question", "answer", "must_contain", "doc", "evidence", "kind"}:
        err(f"{rid}: fields {sorted(r)}")
        continue
    if r["doc"] not in files:
        err(f"{rid}: doc {r['doc']!r} not in corpus")
        continue
    per_doc[r["doc"]] += 1
    kinds[r["kind"]] += 1
    if r["kind"] not in KINDS:
        err(f"{rid}: kind {r['kind']!r}")
    q = r["question"].strip()
    if q.lower() in questions_seen:
        err(f"{rid}: duplicate question")
    questions_seen.add(q.lower())
    if q == q.lower():
        lower += 1
    ev = r["evidence"]
    if not 10 <= len(ev) <= 200:
        err(f"{rid}: evidence length {len(ev)} (must be 10-200)")
    if ev not in files[r["doc"]]:
        err(f"{rid}: evidence is not a verbatim substring of {r['doc']}")
    raw, flat = haystacks(r["doc"])
    check_rx_list(rid, r["must_contain"],
                  [("answer", r["answer"]), ("doc", raw), ("doc (newlines as spaces)", flat)])

for rel in files:
    if per_doc[rel] != QA_PER_FILE:
        err(f"{rel}: {per_doc[rel]} qa questions (expected {QA_PER_FILE})")
if qa and lower / len(qa) < 0.4:
    err(f"only {lower}/{len(qa)} questions are all lower-case (need >= 40%)")

# ---------------------------------------------------------------- unanswerable.jsonl
un = []
with open(os.path.join(HERE, "unanswerable.jsonl"), encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        line = line.strip()
        if line:
            try:
                un.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"unanswerable.jsonl line {ln}: bad JSON: {e}")

if len(un) != N_UN:
    err(f"unanswerable.jsonl has {len(un)} records, expected {N_UN}")
uids = [r.get("id") for r in un]
if uids != [f"nu{i:02d}" for i in range(1, len(un) + 1)]:
    err("unanswerable.jsonl: ids must run nu01..nuNN in order")
cats = collections.Counter()
all_texts = [haystacks(rel)[0] for rel in files]
for r in un:
    rid = r.get("id")
    if not {"id", "question", "why_unanswerable"} <= set(r) or set(r) - {
            "id", "question", "why_unanswerable", "category", "present", "absent"}:
        err(f"{rid}: fields {sorted(r)}")
        continue
    cats[r.get("category")] += 1
    if r.get("category") not in UN_CATEGORIES:
        err(f"{rid}: category {r.get('category')!r}")
    if r["question"].strip().lower() in questions_seen:
        err(f"{rid}: question duplicates another question")
    questions_seen.add(r["question"].strip().lower())
    for rx in r.get("present", []):
        c = re.compile(rx, re.I)
        if not any(c.search(t) for t in all_texts):
            err(f"{rid}: present regex {rx!r} matches no note")
    for rx in r.get("absent", []):
        c = re.compile(rx, re.I)
        hits = [rel for rel in files if c.search(haystacks(rel)[0]) or c.search(haystacks(rel)[1])]
        if hits:
            err(f"{rid}: absent regex {rx!r} matches {hits}")
    if r.get("category") != "off_topic" and not r.get("present"):
        err(f"{rid}: non-off-topic question needs present greps")
    if not r.get("absent"):
        err(f"{rid}: needs at least one absent grep")
if cats.get("off_topic", 0) < 8:
    err(f"only {cats.get('off_topic', 0)} off-topic unanswerables (want ~10)")

# ---------------------------------------------------------------- README
readme = os.path.join(HERE, "README.md")
if not os.path.exists(readme):
    err("README.md missing")
else:
    with open(readme, encoding="utf-8") as f:
        rd = f.read()
    for must in (str(N_QA), str(N_UN), str(N_FILES)):
        if must not in rd:
            err(f"README.md does not mention count {must}")
    for rel in files:
        if rel not in rd:
            err(f"README.md layouts table does not list {rel}")

# ---------------------------------------------------------------- report
print(f"corpus files: {len(files)}  (words {min(len(t.split()) for t in files.values())}"
      f"-{max(len(t.split()) for t in files.values())})")
print(f"expected.yaml: {len(expected)} files, {n_talks} talks, null event {n_nulls['event']}, null date {n_nulls['date']}")
print(f"qa: {len(qa)}  kinds: {dict(sorted(kinds.items()))}")
print(f"qa all-lower-case questions: {lower}/{len(qa)} ({100 * lower / max(1, len(qa)):.0f}%)")
print(f"unanswerable: {len(un)}  categories: {dict(sorted(cats.items()))}")
for n in notes:
    print("note:", n)
if errors:
    print(f"\nFAILED: {len(errors)} problem(s)")
    for e in errors:
        print("  -", e)
    sys.exit(1)
print("\nOK: all checks passed")
