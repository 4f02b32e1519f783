#!/usr/bin/env python3
"""Checks the dev-d evaluation set against the notes in ../src-corpus.

Run from anywhere:  python3 verify.py   (exit code 0 = pass)
"""
import json, os, re, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "src-corpus")
errors, notes = [], []

def err(msg): errors.append(msg)

# ---------- corpus ----------
def load_manifest():
    path = os.path.join(CORPUS, "manifest.yaml")
    try:
        import yaml
        with open(path, encoding="utf-8") as f:
            return yaml.safe_load(f)
    except ImportError:  # tiny fallback parser for this manifest's shape
        man, cur = {}, None
        for line in open(path, encoding="utf-8"):
            if line.startswith("#") or not line.strip():
                continue
            if not line.startswith(" "):
                cur = line.strip().rstrip(":"); man[cur] = {}
            else:
                k, _, v = line.strip().partition(":")
                man[cur][k.strip()] = v.strip().strip('"')
        return man

MANIFEST = load_manifest()
DOCS = {}
for name in sorted(os.listdir(CORPUS)):
    if name.endswith(".txt"):
        with open(os.path.join(CORPUS, name), encoding="utf-8") as f:
            DOCS[name] = f.read()
SPACED = {k: re.sub(r"\s*\n\s*", " ", v) for k, v in DOCS.items()}
ALL_RAW = "\n".join(DOCS.values())
ALL_SPACED = "\n".join(SPACED.values())
CONFERENCES = {v["conference"] for v in MANIFEST.values()}
if set(MANIFEST) != set(DOCS):
    err(f"manifest files {sorted(MANIFEST)} != corpus files {sorted(DOCS)}")

def load(name):
    rows = []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                err(f"{name}:{n}: blank line"); continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"{name}:{n}: bad JSON {e}")
    return rows

def compile_rx(where, rx):
    if not isinstance(rx, str) or not rx.strip():
        err(f"{where}: regex must be a non-empty string"); return None
    try:
        return re.compile(rx, re.I)
    except re.error as e:
        err(f"{where}: regex {rx!r} does not compile: {e}"); return None

def check_rx_in_doc(where, rx, doc):
    c = compile_rx(where, rx)
    if c is None:
        return None
    if not c.search(DOCS[doc]):
        err(f"{where}: regex {rx!r} does not match raw text of {doc}")
    if not c.search(SPACED[doc]):
        err(f"{where}: regex {rx!r} does not match {doc} with newlines as spaces")
    return c

ALL_IDS = set()
def check_ids(name, rows, prefix):
    ids = [r.get("id") for r in rows]
    for i in ids:
        if not isinstance(i, str) or not re.fullmatch(prefix + r"\d{3}", i):
            err(f"{name}: bad id {i!r} (want {prefix}NNN)")
        if i in ALL_IDS:
            err(f"{name}: duplicate id {i!r}")
        ALL_IDS.add(i)

# ---------- qa.jsonl ----------
KINDS = {"factoid", "list", "why", "howto", "who", "numeric", "summary", "comparison"}
qa = load("qa.jsonl")
check_ids("qa.jsonl", qa, "dq")
per_doc = collections.Counter()
for r in qa:
    w = f"qa {r.get('id')}"
    if set(r) != {"id", "question", "answer", "must_contain", "doc", "evidence", "kind"}:
        err(f"{w}: keys {sorted(r)}")
    if r.get("kind") not in KINDS:
        err(f"{w}: bad kind {r.get('kind')!r}")
    doc = r.get("doc")
    if doc not in DOCS:
        err(f"{w}: unknown doc {doc!r}"); continue
    per_doc[doc] += 1
    ev = r.get("evidence", "")
    if not (10 <= len(ev) <= 200):
        err(f"{w}: evidence length {len(ev)} not in 10..200")
    if ev not in DOCS[doc]:
        err(f"{w}: evidence not a verbatim substring of {doc}: {ev!r}")
    mc = r.get("must_contain")
    if not isinstance(mc, list) or not 1 <= len(mc) <= 3:
        err(f"{w}: must_contain needs 1-3 regexes"); continue
    for rx in mc:
        c = check_rx_in_doc(w, rx, doc)
        if c and not c.search(r.get("answer", "")):
            err(f"{w}: regex {rx!r} does not match the answer")
    for k in ("question", "answer"):
        if not isinstance(r.get(k), str) or len(r[k].strip()) < 3:
            err(f"{w}: empty {k}")
if len(qa) != 120:
    err(f"qa.jsonl has {len(qa)} rows, want 120")
for d in DOCS:
    if per_doc[d] < 20:
        err(f"qa.jsonl: only {per_doc[d]} questions for {d} (want >=20)")
qs = [r.get("question", "").strip().lower() for r in qa]
for q, n in collections.Counter(qs).items():
    if n > 1:
        err(f"qa.jsonl: duplicate question {q!r}")
casual = sum(1 for r in qa if r["question"] == r["question"].lower() or len(r["question"].split()) <= 5)
notes.append(f"qa: {casual}/{len(qa)} questions are lower case or <=5 words")
if casual < 0.4 * len(qa):
    err(f"qa.jsonl: only {casual} terse/lower-case questions, want >=40%")

# ---------- unanswerable.jsonl ----------
un = load("unanswerable.jsonl")
check_ids("unanswerable.jsonl", un, "du")
cats = collections.Counter()
for r in un:
    w = f"unanswerable {r.get('id')}"
    for k in ("question", "why_unanswerable"):
        if not isinstance(r.get(k), str) or len(r[k].strip()) < 5:
            err(f"{w}: missing {k}")
    cat = r.get("category")
    cats[cat] += 1
    if cat not in {"near_miss", "off_topic"}:
        err(f"{w}: category must be near_miss or off_topic")
    # grep checks: the entity must be in the notes (near misses), the asked detail must not be
    for rx in r.get("present", []):
        c = compile_rx(w, rx)
        if c and not (c.search(ALL_RAW) and c.search(ALL_SPACED)):
            err(f"{w}: 'present' regex {rx!r} not found in the notes")
    if cat == "near_miss" and not r.get("present"):
        err(f"{w}: near_miss needs a 'present' regex")
    if not r.get("absent"):
        err(f"{w}: needs at least one 'absent' regex (the grep that shows the answer is missing)")
    for rx in r.get("absent", []):
        c = compile_rx(w, rx)
        if c and (c.search(ALL_RAW) or c.search(ALL_SPACED)):
            m = c.search(ALL_RAW) or c.search(ALL_SPACED)
            err(f"{w}: 'absent' regex {rx!r} matches the notes: {m.group(0)!r}")
if len(un) != 60:
    err(f"unanswerable.jsonl has {len(un)} rows, want 60")
if cats["near_miss"] < 45:
    err(f"unanswerable.jsonl: {cats['near_miss']} near misses, want >=45")
uq = [r.get("question", "").strip().lower() for r in un]
for q in set(uq) & set(qs):
    err(f"question {q!r} is both answerable and unanswerable")

# ---------- dialogues.jsonl ----------
DECLINE_HINT = re.compile(r"cover|say|mention|specif|detail|includ|info|stat|know", re.I)
dl = load("dialogues.jsonl")
check_ids("dialogues.jsonl", dl, "dd")
n_decline = 0
for r in dl:
    w = f"dialogue {r.get('id')}"
    turns = r.get("turns")
    if not isinstance(turns, list) or not 3 <= len(turns) <= 5:
        err(f"{w}: needs 3-5 turns"); continue
    for t_i, t in enumerate(turns, 1):
        tw = f"{w} turn {t_i}"
        if not {"user", "must_contain", "doc"} <= set(t):
            err(f"{tw}: keys {sorted(t)}"); continue
        if t["doc"] not in DOCS:
            err(f"{tw}: unknown doc {t['doc']!r}"); continue
        mc = t["must_contain"]
        if not isinstance(mc, list) or not 1 <= len(mc) <= 3:
            err(f"{tw}: must_contain needs 1-3 regexes"); continue
        if t.get("expect") == "decline":
            n_decline += 1
            for rx in mc:
                c = compile_rx(tw, rx)
                if c and not DECLINE_HINT.search(rx):
                    err(f"{tw}: decline regex {rx!r} does not look like a decline")
                if c and not c.search("Sorry, the notes don't cover that.") and not c.search("The notes do not mention that."):
                    err(f"{tw}: decline regex {rx!r} does not match a plain decline")
        else:
            for rx in mc:
                check_rx_in_doc(tw, rx, t["doc"])
if len(dl) != 40:
    err(f"dialogues.jsonl has {len(dl)} rows, want 40")
notes.append(f"dialogues: {n_decline} decline turns, {sum(len(r['turns']) for r in dl)} turns")

# ---------- intents.jsonl ----------
INTENTS = ["ask_question", "list_talks", "summarize_talk", "speaker_info", "list_conferences",
           "greeting", "help", "goodbye", "reset", "thanks", "out_of_scope"]
SLOT_KEYS = {"conference", "speaker", "talk", "topic"}
it = load("intents.jsonl")
check_ids("intents.jsonl", it, "di")
ic = collections.Counter()
for r in it:
    w = f"intent {r.get('id')}"
    if set(r) != {"id", "text", "intent", "slots"}:
        err(f"{w}: keys {sorted(r)}")
    if r.get("intent") not in INTENTS:
        err(f"{w}: bad intent {r.get('intent')!r}"); continue
    ic[r["intent"]] += 1
    if not isinstance(r.get("text"), str) or not r["text"].strip():
        err(f"{w}: empty text")
    slots = r.get("slots")
    if not isinstance(slots, dict):
        err(f"{w}: slots must be an object"); continue
    for k, v in slots.items():
        if k not in SLOT_KEYS:
            err(f"{w}: unknown slot {k!r}")
        if not isinstance(v, str) or not v.strip():
            err(f"{w}: slot {k} empty")
    if "conference" in slots and slots["conference"] not in CONFERENCES:
        err(f"{w}: conference {slots['conference']!r} not canonical")
    if "speaker" in slots and slots["speaker"] not in ALL_RAW:
        err(f"{w}: speaker {slots['speaker']!r} not written in the notes")
    if "talk" in slots and not re.search(r"(^|\n)\s*" + re.escape(slots["talk"]), ALL_RAW):
        err(f"{w}: talk {slots['talk']!r} is not a heading in the notes")
    if "topic" in slots and slots["topic"] != slots["topic"].lower():
        err(f"{w}: topic must be lower case")
    if r["intent"] in {"greeting", "goodbye", "reset", "thanks", "help", "list_conferences"} and slots.get("talk"):
        err(f"{w}: {r['intent']} should not carry a talk slot")
if len(it) != 150:
    err(f"intents.jsonl has {len(it)} rows, want 150")
for i in INTENTS:
    if ic[i] < 10:
        err(f"intents.jsonl: only {ic[i]} examples of {i} (want >=10)")
texts = [r.get("text", "").strip().lower() for r in it]
for t, n in collections.Counter(texts).items():
    if n > 1:
        err(f"intents.jsonl: duplicate text {t!r}")

# ---------- report ----------
print(f"qa={len(qa)} per_doc={dict(per_doc)}")
print(f"unanswerable={len(un)} {dict(cats)}")
print(f"dialogues={len(dl)}  intents={len(it)} {dict(ic)}")
for n in notes:
    print("note:", n)
if errors:
    print(f"FAIL: {len(errors)} problem(s)")
    for e in errors:
        print("  -", e)
    sys.exit(1)
print("PASS")
