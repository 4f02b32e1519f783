#!/usr/bin/env python3
"""Checks for the notes-d evaluation set. Run: python3 verify.py"""
import html, json, os, re, sys
from collections import Counter
import yaml

ROOT = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(ROOT, "corpus")
KINDS = {"factoid", "list", "why", "howto", "who", "numeric", "summary", "comparison"}
errors = []
def err(msg): errors.append(msg)

# ---------- corpus
files = {}
for dp, dn, fn in os.walk(CORPUS):
    for f in fn:
        p = os.path.relpath(os.path.join(dp, f), CORPUS)
        files[p] = open(os.path.join(dp, f), encoding="utf-8").read()
if len(files) != 24: err(f"corpus has {len(files)} files, expected 24")

def strip_html(t):
    t = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", t, flags=re.S | re.I)
    t = re.sub(r"<[^>]+>", " ", t)
    return html.unescape(t)

def plain(p):
    t = files[p]
    return strip_html(t) if p.endswith(".html") else t

allowed_ext = (".md", ".txt", ".html", ".rst", ".org", ".adoc")
wc = {}
for p in files:
    if not p.endswith(allowed_ext): err(f"{p}: unexpected extension")
    n = len(plain(p).split()); wc[p] = n
    if not 300 <= n <= 1200: err(f"{p}: {n} words (need 300-1200)")

# ---------- expected.yaml
exp = yaml.safe_load(open(os.path.join(ROOT, "expected.yaml"), encoding="utf-8"))
if set(exp) != set(files):
    err(f"expected.yaml mismatch: missing {set(files)-set(exp)}, extra {set(exp)-set(files)}")
def norm(s):
    s = re.sub(r"[`*_\[\]]", "", s)
    s = s.replace("\u2014", "-").replace("\u2013", "-")
    return re.sub(r"\s+", " ", s).lower()
for p, e in exp.items():
    if p not in files: continue
    if set(e) != {"event", "date", "talks"}: err(f"{p}: bad keys {set(e)}")
    if e["date"] is not None and not re.fullmatch(r"20(1[4-9]|2[0-6])-\d\d-\d\d", str(e["date"])):
        err(f"{p}: bad date {e['date']}")
    if not e["talks"]: err(f"{p}: no talks")
    doc = norm(plain(p))
    for t in e["talks"]:
        if set(t) != {"title", "code", "speakers"}: err(f"{p}: talk keys {set(t)}")
        if norm(t["title"]) not in doc: err(f"{p}: title not in doc: {t['title']}")
        if t["code"] and t["code"].lower() not in doc: err(f"{p}: code not in doc: {t['code']}")
        for s in t["speakers"]:
            if norm(s) not in doc: err(f"{p}: speaker not in doc: {s}")

# ---------- qa.jsonl
def load(name):
    return [json.loads(l) for l in open(os.path.join(ROOT, name), encoding="utf-8") if l.strip()]
qa = load("qa.jsonl")
if len(qa) != 190: err(f"qa count {len(qa)} != 190")
ids = [r["id"] for r in qa]
if len(set(ids)) != len(ids): err("duplicate qa ids")
for i, r in enumerate(qa, 1):
    rid = r.get("id")
    if rid != f"nd{i:03d}": err(f"qa id out of sequence: {rid}")
    if set(r) != {"id", "question", "answer", "must_contain", "doc", "evidence", "kind"}: err(f"{rid}: keys {set(r)}")
    if r["kind"] not in KINDS: err(f"{rid}: bad kind {r['kind']}")
    if r["doc"] not in files: err(f"{rid}: unknown doc {r['doc']}"); continue
    text = files[r["doc"]]
    ev = r["evidence"]
    if not 10 <= len(ev) <= 200: err(f"{rid}: evidence length {len(ev)}")
    if ev not in text: err(f"{rid}: evidence not in doc: {ev!r}")
    if not 1 <= len(r["must_contain"]) <= 3: err(f"{rid}: need 1-3 regexes")
    for rx in r["must_contain"]:
        try: c = re.compile(rx, re.I)
        except re.error as ex: err(f"{rid}: bad regex {rx}: {ex}"); continue
        if not c.search(r["answer"]): err(f"{rid}: regex {rx!r} misses answer")
        if not c.search(text): err(f"{rid}: regex {rx!r} misses doc")
        if not c.search(text.replace("\n", " ")): err(f"{rid}: regex {rx!r} misses doc (newline->space)")
        if r["doc"].endswith(".html") and not c.search(plain(r["doc"])): err(f"{rid}: regex {rx!r} misses stripped html")
per_doc = Counter(r["doc"] for r in qa)
for p in files:
    if not 5 <= per_doc.get(p, 0) <= 10: err(f"{p}: {per_doc.get(p,0)} questions (need 5-10)")
lower = sum(1 for r in qa if r["question"] == r["question"].lower() or r["question"][:1].islower())
if lower / len(qa) < 0.6: err(f"only {lower}/{len(qa)} lower-case style questions")

# ---------- unanswerable.jsonl
un = load("unanswerable.jsonl")
if len(un) != 60: err(f"unanswerable count {len(un)} != 60")
uids = [r["id"] for r in un]
if len(set(uids)) != len(uids): err("duplicate unanswerable ids")
alltext = {p: files[p] for p in files}
cats = Counter(r.get("category") for r in un)
if cats.get("near_miss") != 52 or cats.get("off_topic") != 8: err(f"categories {dict(cats)}")
for i, r in enumerate(un, 1):
    rid = r.get("id")
    if rid != f"ndu{i:03d}": err(f"unanswerable id out of sequence: {rid}")
    for k in ("question", "why_unanswerable"):
        if not r.get(k): err(f"{rid}: missing {k}")
    if r.get("category") == "near_miss" and not r.get("present"): err(f"{rid}: near miss needs present greps")
    for rx in r.get("present", []):
        if not any(re.search(rx, t, re.I) for t in alltext.values()): err(f"{rid}: present grep {rx!r} found nothing")
    for rx in r.get("absent", []):
        hits = [p for p, t in alltext.items() if re.search(rx, t, re.I)]
        if hits: err(f"{rid}: absent grep {rx!r} hit {hits}")
qtexts = {r["question"].lower() for r in qa}
for r in un:
    if r["question"].lower() in qtexts: err(f"{r['id']}: same text as an answerable question")

if not os.path.exists(os.path.join(ROOT, "README.md")): err("README.md missing")

print(f"corpus files: {len(files)}  words min/max: {min(wc.values())}/{max(wc.values())}")
print(f"qa: {len(qa)}  kinds: {dict(Counter(r['kind'] for r in qa))}")
print(f"qa per doc: min {min(per_doc.values())} max {max(per_doc.values())}  lower-case style: {lower}")
print(f"unanswerable: {len(un)}  {dict(cats)}")
if errors:
    print(f"\nFAIL: {len(errors)} problem(s)")
    for e in errors: print(" -", e)
    sys.exit(1)
print("OK: all checks passed")
