#!/usr/bin/env python3
"""Checks the notes-i evaluation set against notes-set-format.md.

Run from anywhere:  python3 verify.py
Exit code 0 = all checks passed.
"""
import collections, datetime, json, os, re, sys, unicodedata

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
KINDS = {"factoid", "list", "why", "howto", "who", "numeric", "summary", "comparison"}
UN_CATS = {"near_miss", "non_speaker", "cancelled", "wrong_event", "off_topic"}
QUOTES = set("'\"`\u2018\u2019\u201c\u201d")
N_FILES, N_QA, N_UN, QA_PER_FILE = 22, 220, 66, 10

errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    """Loose normalisation for title / name presence checks."""
    s = unicodedata.normalize("NFC", s).lower()
    s = re.sub(r"[`*_=\"'\u2018\u2019\u201c\u201d]", "", s)
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------- corpus
docs = {}
for root, _, files in os.walk(CORPUS):
    for fn in files:
        full = os.path.join(root, fn)
        rel = os.path.relpath(full, CORPUS).replace(os.sep, "/")
        with open(full, encoding="utf-8") as f:
            docs[rel] = f.read()
if len(docs) != N_FILES:
    err(f"corpus has {len(docs)} files, expected {N_FILES}")
for rel, text in sorted(docs.items()):
    n = len(text.split())
    if not 300 <= n <= 1200:
        err(f"{rel}: {n} words, outside 300-1200")
flat = {rel: t.replace("\n", " ") for rel, t in docs.items()}

# ---------------------------------------------------------------- expected.yaml
with open(os.path.join(HERE, "expected.yaml"), encoding="utf-8") as f:
    expected = yaml.safe_load(f)
if set(expected) != set(docs):
    err(f"expected.yaml keys differ from corpus: missing={sorted(set(docs)-set(expected))} "
        f"extra={sorted(set(expected)-set(docs))}")
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
n_talks = 0
for rel, meta in expected.items():
    if rel not in docs:
        continue
    text, ntext, path_l = docs[rel], norm(docs[rel]), rel.lower()
    if set(meta) != {"event", "date", "talks"}:
        err(f"{rel}: expected keys event/date/talks, got {sorted(meta)}")
        continue
    ev, dt = meta["event"], meta["date"]
    if ev is not None:
        words = [w for w in re.findall(r"[\w#]+", ev.lower()) if not re.fullmatch(r"\d{4}", w)]
        hay = ntext + " " + path_l.replace("-", " ").replace("_", " ")
        missing = [w for w in words if w not in hay]
        if missing:
            err(f"{rel}: event words {missing} not found in text or path")
    if dt is not None:
        try:
            d = datetime.date.fromisoformat(dt)
        except (TypeError, ValueError):
            err(f"{rel}: bad date {dt!r}")
            d = None
        if d:
            m = MONTHS[d.month - 1]
            forms = [dt, f"{d.day} {m}", f"{d.day} {m[:3]}", f"{m} {d.day}", f"{d.day:02d}/{d.month:02d}"]
            hay = text.lower() + " " + path_l
            near = re.search(rf"\b{d.day}\b.{{0,40}}\b{m[:3]}", hay)
            if not any(f in hay for f in forms) and not near:
                err(f"{rel}: date {dt} not found in any form in text or path")
    talks = meta["talks"]
    if not isinstance(talks, list) or not talks:
        err(f"{rel}: talks must be a non-empty list")
        continue
    for t in talks:
        n_talks += 1
        if set(t) != {"title", "code", "speakers"}:
            err(f"{rel}: talk keys {sorted(t)}")
            continue
        if norm(t["title"]) not in ntext:
            err(f"{rel}: title not in text: {t['title']!r}")
        if t["code"] is not None and t["code"] not in text:
            err(f"{rel}: code {t['code']} not in text")
        if not t["speakers"]:
            err(f"{rel}: no speakers for {t['title']!r}")
        for sp in t["speakers"]:
            if norm(sp) not in ntext:
                err(f"{rel}: speaker {sp!r} not in text")

# ---------------------------------------------------------------- qa.jsonl
def load_jsonl(name):
    out = []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if line.strip():
                try:
                    out.append(json.loads(line))
                except json.JSONDecodeError as e:
                    err(f"{name}:{i}: bad JSON ({e})")
    return out


def check_regex(rx, where):
    if not isinstance(rx, str) or not rx:
        err(f"{where}: regex must be a non-empty string")
        return None
    if QUOTES & set(rx):
        err(f"{where}: regex contains a quote character: {rx!r}")
    try:
        return re.compile(rx, re.I)
    except re.error as e:
        err(f"{where}: regex {rx!r} does not compile ({e})")
        return None


qa = load_jsonl("qa.jsonl")
if len(qa) != N_QA:
    err(f"qa.jsonl has {len(qa)} records, expected {N_QA}")
ids = [r.get("id") for r in qa]
if ids != [f"nq{i:03d}" for i in range(1, len(qa) + 1)]:
    err("qa ids are not nq001..nqNNN in order")
if len(set(ids)) != len(ids):
    err("qa ids not unique")
per_doc = collections.Counter()
kinds = collections.Counter()
for r in qa:
    rid = r.get("id")
    if set(r) != {"id", "question", "answer", "must_contain", "doc", "evidence", "kind"}:
        err(f"{rid}: fields {sorted(r)}")
        continue
    if r["kind"] not in KINDS:
        err(f"{rid}: bad kind {r['kind']}")
    kinds[r["kind"]] += 1
    doc = r["doc"]
    if doc not in docs:
        err(f"{rid}: doc {doc} not in corpus")
        continue
    per_doc[doc] += 1
    ev = r["evidence"]
    if not 10 <= len(ev) <= 200:
        err(f"{rid}: evidence length {len(ev)}")
    if ev not in docs[doc]:
        err(f"{rid}: evidence not a verbatim substring of {doc}: {ev!r}")
    mc = r["must_contain"]
    if not isinstance(mc, list) or not 1 <= len(mc) <= 3:
        err(f"{rid}: must_contain must be a list of 1-3 regexes")
        continue
    ev_hit = False
    for rx in mc:
        c = check_regex(rx, rid)
        if c is None:
            continue
        if not c.search(r["answer"]):
            err(f"{rid}: regex {rx!r} does not match answer")
        if not c.search(docs[doc]):
            err(f"{rid}: regex {rx!r} does not match doc text (raw)")
        if not c.search(flat[doc]):
            err(f"{rid}: regex {rx!r} does not match doc text (newlines as spaces)")
        if c.search(ev) or c.search(ev.replace("\n", " ")):
            ev_hit = True
    if not ev_hit:
        err(f"{rid}: no must_contain regex matches the evidence")
for doc in docs:
    if per_doc[doc] != QA_PER_FILE:
        err(f"{doc}: {per_doc[doc]} qa questions, expected {QA_PER_FILE}")
qs = [r.get("question", "").strip().lower() for r in qa]
dup = [q for q, n in collections.Counter(qs).items() if n > 1]
if dup:
    err(f"duplicate qa questions: {dup}")

# ---------------------------------------------------------------- unanswerable.jsonl
un = load_jsonl("unanswerable.jsonl")
if len(un) != N_UN:
    err(f"unanswerable.jsonl has {len(un)} records, expected {N_UN}")
uids = [r.get("id") for r in un]
if uids != [f"nu{i:02d}" for i in range(1, len(un) + 1)]:
    err("unanswerable ids are not nu01..nuNN in order")
cats = collections.Counter()
all_raw = list(docs.values()) + list(flat.values())
for r in un:
    rid = r.get("id")
    if not {"id", "question", "why_unanswerable"} <= set(r) or \
            not set(r) <= {"id", "question", "why_unanswerable", "category", "present", "absent"}:
        err(f"{rid}: fields {sorted(r)}")
        continue
    cat = r.get("category")
    if cat not in UN_CATS:
        err(f"{rid}: bad category {cat}")
    cats[cat] += 1
    for rx in r.get("present", []):
        c = check_regex(rx, rid + " present")
        if c and not any(c.search(t) for t in all_raw):
            err(f"{rid}: present grep {rx!r} hits no corpus file")
    if cat != "off_topic" and not r.get("present"):
        err(f"{rid}: non-off-topic item needs present greps")
    if not r.get("absent"):
        err(f"{rid}: needs at least one absent grep")
    for rx in r.get("absent", []):
        c = check_regex(rx, rid + " absent")
        if c:
            hits = [rel for rel in docs if c.search(docs[rel]) or c.search(flat[rel])]
            if hits:
                err(f"{rid}: absent grep {rx!r} hits {hits}")
uqs = [r.get("question", "").strip().lower() for r in un]
if len(set(uqs)) != len(uqs):
    err("duplicate unanswerable questions")
if set(uqs) & set(qs):
    err("a question appears in both qa and unanswerable")
if not 8 <= cats["off_topic"] <= 12:
    err(f"off_topic count {cats['off_topic']} not ~10")

# ---------------------------------------------------------------- style
allq = [r["question"] for r in qa] + [r["question"] for r in un]
lower = sum(1 for q in allq if q[:1].islower() or q[:1] == "@")
no_qmark = sum(1 for q in allq if not q.rstrip().endswith("?"))
avg_words = sum(len(q.split()) for q in allq) / len(allq)
if lower / len(allq) < 0.7:
    err(f"only {lower}/{len(allq)} questions start lower case (want >= 70%)")
if avg_words > 12:
    err(f"average question length {avg_words:.1f} words; should be terse")

# ---------------------------------------------------------------- README
readme = os.path.join(HERE, "README.md")
if not os.path.exists(readme):
    err("README.md missing")
else:
    rt = open(readme, encoding="utf-8").read()
    for needle in (str(N_QA), str(N_UN), str(N_FILES)):
        if needle not in rt:
            err(f"README.md does not mention count {needle}")

# ---------------------------------------------------------------- report
print(f"corpus files: {len(docs)}  talks in expected.yaml: {n_talks}")
print(f"qa: {len(qa)}  kinds: {dict(sorted(kinds.items()))}")
print(f"unanswerable: {len(un)}  categories: {dict(sorted(cats.items()))}")
print(f"style: {lower}/{len(allq)} start lower case, {no_qmark}/{len(allq)} without '?', "
      f"avg {avg_words:.1f} words")
if errors:
    print(f"\nFAILED: {len(errors)} problem(s)")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("\nALL CHECKS PASSED")
