#!/usr/bin/env python3
"""Checks the blind-d evaluation set against the notes in ../src-corpus/.
Exit code 0 and 'ALL CHECKS PASSED' when everything holds."""
import json, os, re, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "src-corpus")
errors = []

def err(msg):
    errors.append(msg)

def load_jsonl(name):
    rows = []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"{name}:{n}: bad JSON: {e}")
    return rows

# ---- corpus and manifest ----
NOTES = sorted(f for f in os.listdir(CORPUS) if f.endswith(".txt"))
TEXT = {}
for f in NOTES:
    with open(os.path.join(CORPUS, f), encoding="utf-8") as fh:
        raw = fh.read()
    TEXT[f] = (raw, raw.replace("\n", " "))

CANON = []
with open(os.path.join(CORPUS, "manifest.yaml"), encoding="utf-8") as fh:
    for line in fh:
        m = re.match(r"^\s+conference:\s*(.+?)\s*$", line)
        if m:
            CANON.append(m.group(1).strip().strip('"'))
assert len(CANON) == 5, CANON

HEADINGS = set()
for f in NOTES:
    for line in TEXT[f][0].split("\n"):
        s = line.strip()
        if s:
            HEADINGS.add(s)

def is_heading(title):
    return any(h == title or h.startswith(title + " - ") for h in HEADINGS)

def compiles(rx, where):
    try:
        return re.compile(rx, re.I)
    except re.error as e:
        err(f"{where}: regex does not compile: {rx!r}: {e}")
        return None

def hits_doc(rx, doc):
    raw, flat = TEXT[doc]
    return bool(re.search(rx, raw, re.I)) and bool(re.search(rx, flat, re.I))

def hits_any(rx):
    return [f for f in NOTES if re.search(rx, TEXT[f][0], re.I) or re.search(rx, TEXT[f][1], re.I)]

ALL_IDS = collections.Counter()

# ---- qa ----
KINDS = {"factoid", "list", "why", "howto", "who", "numeric", "summary", "comparison"}
qa = load_jsonl("qa.jsonl")
for r in qa:
    ALL_IDS[r.get("id")] += 1
    rid = r.get("id", "?")
    if not re.fullmatch(r"bq\d{3}", str(rid)):
        err(f"qa {rid}: bad id")
    if set(r) != {"id", "question", "answer", "must_contain", "doc", "evidence", "kind"}:
        err(f"qa {rid}: unexpected fields {sorted(r)}")
    if r.get("kind") not in KINDS:
        err(f"qa {rid}: bad kind {r.get('kind')}")
    doc = r.get("doc")
    if doc not in TEXT:
        err(f"qa {rid}: unknown doc {doc}")
        continue
    ev = r["evidence"]
    if not (10 <= len(ev) <= 200):
        err(f"qa {rid}: evidence length {len(ev)}")
    if ev not in TEXT[doc][0]:
        err(f"qa {rid}: evidence not verbatim in {doc}")
    mc = r["must_contain"]
    if not (1 <= len(mc) <= 3):
        err(f"qa {rid}: must_contain has {len(mc)} regexes")
    in_ev = False
    for rx in mc:
        if not compiles(rx, f"qa {rid}"):
            continue
        if not re.search(rx, r["answer"], re.I):
            err(f"qa {rid}: {rx!r} does not match answer")
        if not hits_doc(rx, doc):
            err(f"qa {rid}: {rx!r} does not match doc (raw and flattened)")
        if re.search(rx, ev.replace("\n", " "), re.I):
            in_ev = True
    if not in_ev:
        err(f"qa {rid}: no must_contain regex matches the evidence")

per_doc = collections.Counter(r["doc"] for r in qa)
kinds = collections.Counter(r["kind"] for r in qa)
if len(qa) != 150:
    err(f"qa: {len(qa)} questions, expected 150")
for f in NOTES:
    if per_doc[f] < 25:
        err(f"qa: only {per_doc[f]} questions for {f}")
if kinds["comparison"] < 12:
    err("qa: fewer than 12 comparison questions")
if kinds["summary"] < 8:
    err("qa: fewer than 8 summary questions")

def terse_or_lower(q):
    return len(q.split()) <= 6 or q == q.lower()
style = sum(terse_or_lower(r["question"]) for r in qa) / max(len(qa), 1)
if style < 0.40:
    err(f"qa: only {style:.0%} terse/lower-case questions")
typo_ids = json.load(open(os.path.join(HERE, "typo_ids.json")))
typo_share = len(typo_ids) / max(len(qa), 1)
if not (0.07 <= typo_share <= 0.15):
    err(f"qa: typo share {typo_share:.0%} not about one in ten")
qa_ids = {r["id"] for r in qa}
if not set(typo_ids) <= qa_ids:
    err("typo_ids.json lists unknown ids")

# ---- unanswerable ----
un = load_jsonl("unanswerable.jsonl")
CATS = {"price", "version", "limit", "date", "employer", "count", "edition", "detail", "off_topic"}
for r in un:
    ALL_IDS[r.get("id")] += 1
    rid = r.get("id", "?")
    if not re.fullmatch(r"bu\d{3}", str(rid)):
        err(f"un {rid}: bad id")
    for k in ("question", "why_unanswerable", "category", "present", "absent"):
        if k not in r:
            err(f"un {rid}: missing {k}")
    if r.get("category") not in CATS:
        err(f"un {rid}: bad category {r.get('category')}")
    if r["category"] != "off_topic" and not r["present"]:
        err(f"un {rid}: near miss without present regexes")
    if not r["absent"]:
        err(f"un {rid}: no absent regexes")
    for rx in r["present"]:
        if compiles(rx, f"un {rid}") and not hits_any(rx):
            err(f"un {rid}: present {rx!r} hits no note")
    for rx in r["absent"]:
        if compiles(rx, f"un {rid}"):
            h = hits_any(rx)
            if h:
                err(f"un {rid}: absent {rx!r} hits {h}")
ucat = collections.Counter("off_topic" if r["category"] == "off_topic" else "near_miss" for r in un)
if len(un) != 50 or ucat["near_miss"] != 42 or ucat["off_topic"] != 8:
    err(f"unanswerable: counts {len(un)} {dict(ucat)} (want 50 = 42 + 8)")

# ---- intents ----
INTENTS = {"ask_question", "list_talks", "summarize_talk", "speaker_info", "list_conferences",
           "greeting", "help", "goodbye", "reset", "thanks", "out_of_scope"}
it = load_jsonl("intents.jsonl")
texts = collections.Counter()
for r in it:
    ALL_IDS[r.get("id")] += 1
    rid = r.get("id", "?")
    if not re.fullmatch(r"bi\d{3}", str(rid)):
        err(f"intent {rid}: bad id")
    if r.get("intent") not in INTENTS:
        err(f"intent {rid}: bad intent {r.get('intent')}")
    texts[r["text"].strip().lower()] += 1
    slots = r.get("slots")
    if not isinstance(slots, dict):
        err(f"intent {rid}: slots not an object")
        continue
    for k, v in slots.items():
        if k not in {"conference", "speaker", "talk", "topic"}:
            err(f"intent {rid}: unknown slot {k}")
        elif k == "conference" and v not in CANON:
            err(f"intent {rid}: non-canonical conference {v!r}")
        elif k == "speaker" and not any(v in TEXT[f][1] for f in NOTES):
            err(f"intent {rid}: speaker {v!r} not in notes")
        elif k == "talk" and not is_heading(v):
            err(f"intent {rid}: talk {v!r} is not a heading in the notes")
        elif k == "topic" and (not isinstance(v, str) or v != v.lower() or not v.strip()):
            err(f"intent {rid}: topic must be non-empty lower case")
    if r["intent"] in {"greeting", "help", "goodbye", "reset", "thanks", "out_of_scope", "list_conferences"} and slots:
        err(f"intent {rid}: {r['intent']} should carry no slots")
dups = [t for t, c in texts.items() if c > 1]
if dups:
    err(f"intents: duplicate texts {dups}")
icount = collections.Counter(r["intent"] for r in it)
if len(it) != 160:
    err(f"intents: {len(it)} utterances, expected 160")
for i in INTENTS:
    if icount[i] < 10:
        err(f"intents: {i} has only {icount[i]}")
if icount["ask_question"] < 25:
    err("intents: ask_question below 25")

# ---- dialogues ----
DECLINE_SAMPLES = ["Sorry, the notes don't say.", "That's not covered in the notes.",
                   "I couldn't find that in the notes.", "The notes have no information on that."]
dl = load_jsonl("dialogues.jsonl")
n_decline = 0
nturns = collections.Counter()
for c in dl:
    ALL_IDS[c.get("id")] += 1
    cid = c.get("id", "?")
    if not re.fullmatch(r"bd\d{3}", str(cid)):
        err(f"dialogue {cid}: bad id")
    turns = c.get("turns", [])
    nturns[len(turns)] += 1
    if not (3 <= len(turns) <= 5):
        err(f"dialogue {cid}: {len(turns)} turns")
    for k, t in enumerate(turns, 1):
        where = f"dialogue {cid} turn {k}"
        if not t.get("user") or not t.get("must_contain"):
            err(f"{where}: missing user/must_contain")
        if t.get("expect") == "decline":
            n_decline += 1
            for rx in t["must_contain"]:
                if compiles(rx, where):
                    if not all(re.search(rx, s, re.I) for s in DECLINE_SAMPLES):
                        err(f"{where}: decline regex misses a plain decline")
            for rx in t.get("absent", []):
                if compiles(rx, where) and hits_any(rx):
                    err(f"{where}: absent {rx!r} hits {hits_any(rx)}")
            if not t.get("absent"):
                err(f"{where}: decline turn without absent regexes")
            continue
        doc = t.get("doc")
        if doc not in TEXT:
            err(f"{where}: unknown doc {doc}")
            continue
        for rx in t["must_contain"]:
            if not compiles(rx, where):
                continue
            if not re.search(rx, t.get("answer", ""), re.I):
                err(f"{where}: {rx!r} does not match answer")
            if not hits_doc(rx, doc):
                err(f"{where}: {rx!r} does not match doc")
if len(dl) != 40:
    err(f"dialogues: {len(dl)} conversations, expected 40")
if not (6 <= n_decline <= 10):
    err(f"dialogues: {n_decline} decline turns (want about 8)")

dup_ids = [i for i, n in ALL_IDS.items() if n > 1]
if dup_ids:
    err(f"duplicate ids: {dup_ids}")

# ---- report ----
print(f"qa: {len(qa)}  per doc: {dict(per_doc)}")
print(f"qa kinds: {dict(sorted(kinds.items()))}")
print(f"qa terse/lower-case share: {style:.0%}; typo share: {typo_share:.0%} ({len(typo_ids)})")
print(f"unanswerable: {len(un)} {dict(ucat)}; categories {dict(collections.Counter(r['category'] for r in un))}")
print(f"intents: {len(it)} {dict(sorted(icount.items()))}")
print(f"dialogues: {len(dl)}, turns {sum(k*v for k, v in nturns.items())}, by length {dict(sorted(nturns.items()))}, decline turns {n_decline}")
if errors:
    print(f"\n{len(errors)} PROBLEM(S):")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("\nALL CHECKS PASSED")
