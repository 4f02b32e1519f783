#!/usr/bin/env python3
"""Checks the blind-notes-d evaluation set. Exit code 0 = all checks pass."""
import collections, html, json, os, re, sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
KINDS = {"factoid", "list", "why", "howto", "who", "numeric", "summary", "comparison"}
EXTS = {".md", ".txt", ".html", ".rst", ".org", ".adoc"}
# prose-only blog post: the notes give no formal titles, expected.yaml uses descriptions
DESCRIPTIVE_TITLES = {"blog-frontend-north-2013.md"}

errors = []
def err(msg):
    errors.append(msg)

def strip_html(t):
    t = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", t)
    return html.unescape(re.sub(r"<[^>]+>", " ", t))

# ---------------------------------------------------------------- corpus
docs = {}
for root, _, files in os.walk(CORPUS):
    for f in files:
        p = os.path.join(root, f)
        rel = os.path.relpath(p, CORPUS).replace(os.sep, "/")
        docs[rel] = open(p, encoding="utf-8").read()
plain = {k: (strip_html(v) if k.endswith(".html") else v) for k, v in docs.items()}

if len(docs) != 20:
    err(f"corpus has {len(docs)} files, expected 20")
words = {}
for rel, t in plain.items():
    n = len(t.split())
    words[rel] = n
    if not 300 <= n <= 1200:
        err(f"{rel}: {n} words (need 300-1200)")
    if os.path.splitext(rel)[1] not in EXTS:
        err(f"{rel}: unexpected extension")

# ---------------------------------------------------------------- expected.yaml
exp = yaml.safe_load(open(os.path.join(HERE, "expected.yaml"), encoding="utf-8"))
if set(exp) != set(docs):
    err(f"expected.yaml keys != corpus files: missing {set(docs) - set(exp)}, extra {set(exp) - set(docs)}")
n_talks = 0
for rel, e in exp.items():
    if set(e) != {"event", "date", "talks"}:
        err(f"expected {rel}: keys {set(e)}")
        continue
    if e["date"] is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(e["date"])):
        err(f"expected {rel}: bad date {e['date']!r}")
    if e["date"] is not None and not 2013 <= int(str(e["date"])[:4]) <= 2026:
        err(f"expected {rel}: date out of 2013-2026")
    if not e["talks"]:
        err(f"expected {rel}: no talks")
    text = plain.get(rel, "")
    flat = re.sub(r"\s+", " ", text).lower()
    for t in e["talks"] or []:
        n_talks += 1
        if set(t) != {"title", "code", "speakers"}:
            err(f"expected {rel}: talk keys {set(t)}")
            continue
        if rel not in DESCRIPTIVE_TITLES and t["title"].lower() not in flat:
            err(f"expected {rel}: title not in doc: {t['title']!r}")
        if t["code"] is not None and t["code"] not in text:
            err(f"expected {rel}: code not in doc: {t['code']!r}")
        if not t["speakers"]:
            err(f"expected {rel}: talk without speakers: {t['title']!r}")
        for s in t["speakers"]:
            if s.lower() not in flat:
                err(f"expected {rel}: speaker not in doc: {s!r}")

# ---------------------------------------------------------------- qa.jsonl
def load(name):
    return [json.loads(l) for l in open(os.path.join(HERE, name), encoding="utf-8") if l.strip()]

qa = load("qa.jsonl")
ids = [r["id"] for r in qa]
if ids != [f"bn{i:03d}" for i in range(1, len(qa) + 1)]:
    err("qa ids not unique/sequential bn001...")
if len(qa) != 160:
    err(f"qa has {len(qa)} items, expected 160")
per_doc = collections.Counter()
kinds = collections.Counter()
for r in qa:
    if set(r) != {"id", "question", "answer", "must_contain", "doc", "evidence", "kind"}:
        err(f"{r.get('id')}: fields {set(r)}")
        continue
    if r["doc"] not in docs:
        err(f"{r['id']}: unknown doc {r['doc']}")
        continue
    per_doc[r["doc"]] += 1
    kinds[r["kind"]] += 1
    if r["kind"] not in KINDS:
        err(f"{r['id']}: bad kind {r['kind']}")
    t = docs[r["doc"]]
    ev = r["evidence"]
    if not 10 <= len(ev) <= 200:
        err(f"{r['id']}: evidence length {len(ev)}")
    if ev not in t:
        err(f"{r['id']}: evidence not a substring of {r['doc']}")
    mc = r["must_contain"]
    if not 1 <= len(mc) <= 3:
        err(f"{r['id']}: {len(mc)} must_contain regexes")
    for rx in mc:
        try:
            re.compile(rx)
        except re.error as e:
            err(f"{r['id']}: bad regex {rx!r}: {e}")
            continue
        for label, s in (("answer", r["answer"]), ("doc", t), ("doc-nl-as-space", t.replace("\n", " "))):
            if not re.search(rx, s, re.I):
                err(f"{r['id']}: regex {rx!r} does not match {label}")
for rel in docs:
    if not 5 <= per_doc[rel] <= 10:
        err(f"{rel}: {per_doc[rel]} questions (need 5-10)")
terse = sum(1 for r in qa if r["question"] == r["question"].lower() or len(r["question"].split()) <= 8)
if terse < 0.6 * len(qa):
    err(f"only {terse} terse/lower-case questions")

# ---------------------------------------------------------------- unanswerable.jsonl
un = load("unanswerable.jsonl")
uids = [r["id"] for r in un]
if uids != [f"bnu{i:03d}" for i in range(1, len(un) + 1)]:
    err("unanswerable ids not unique/sequential bnu001...")
cats = collections.Counter(r.get("category") for r in un)
if len(un) != 55 or cats["near_miss"] != 48 or cats["off_topic"] != 7:
    err(f"unanswerable counts: {len(un)} total, {dict(cats)}")
qa_questions = {r["question"].lower() for r in qa}
for r in un:
    if not {"id", "question", "why_unanswerable"} <= set(r):
        err(f"{r.get('id')}: missing fields")
    if r["question"].lower() in qa_questions:
        err(f"{r['id']}: also in qa")
    if r.get("category") == "near_miss" and not r.get("present"):
        err(f"{r['id']}: near miss without present greps")
    if not r.get("absent"):
        err(f"{r['id']}: no absent greps")
    for rx in r.get("present", []):
        if not any(re.search(rx, v, re.I) for k in docs for v in (docs[k], plain[k])):
            err(f"{r['id']}: present grep {rx!r} hits nothing")
    for rx in r.get("absent", []):
        hits = [k for k in docs if re.search(rx, docs[k], re.I) or re.search(rx, plain[k], re.I)]
        if hits:
            err(f"{r['id']}: absent grep {rx!r} hits {hits}")

# ---------------------------------------------------------------- report
print(f"corpus files: {len(docs)}; words min {min(words.values())} max {max(words.values())} total {sum(words.values())}")
print(f"expected.yaml: {len(exp)} files, {n_talks} talks")
print(f"qa: {len(qa)} questions; per doc {min(per_doc.values())}-{max(per_doc.values())}; kinds {dict(sorted(kinds.items()))}")
print(f"qa terse/lower-case: {terse}/{len(qa)}")
print(f"unanswerable: {len(un)} ({dict(cats)})")
if errors:
    print(f"\nFAIL: {len(errors)} problem(s)")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("\nOK: all checks pass")
