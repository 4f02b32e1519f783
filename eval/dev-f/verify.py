#!/usr/bin/env python3
"""Check the dev-f evaluation set against the notes in ../src-corpus/.

Run: python3 verify.py      (exit code 0 = all checks pass)
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.normpath(os.path.join(HERE, "..", "src-corpus"))

ERRORS = []


def err(msg):
    ERRORS.append(msg)


def load_jsonl(name):
    rows = []
    path = os.path.join(HERE, name)
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                err(f"{name}:{n}: blank line")
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"{name}:{n}: bad JSON ({e})")
    return rows


# ------------------------------------------------------------------ corpus
DOCS = {}
for fn in sorted(os.listdir(CORPUS)):
    if fn.endswith(".txt"):
        with open(os.path.join(CORPUS, fn), encoding="utf-8") as f:
            DOCS[fn] = f.read()
BOOK = "aws-book-netshock.txt"
DOCS_SP = {k: v.replace("\n", " ") for k, v in DOCS.items()}
ALL_LOW = "\n".join(DOCS.values()).lower()
ALL_NORM = re.sub(r"\s+", " ", ALL_LOW)


def canonical_conferences():
    names = []
    with open(os.path.join(CORPUS, "manifest.yaml"), encoding="utf-8") as f:
        for line in f:
            m = re.match(r"\s+conference:\s*(.+?)\s*$", line)
            if m:
                names.append(m.group(1).strip().strip('"'))
    return set(names)


CONFS = canonical_conferences()


def in_notes(s):
    s = s.lower()
    return s in ALL_LOW or re.sub(r"\s+", " ", s) in ALL_NORM


def check_regex(rx, where, texts):
    try:
        c = re.compile(rx, re.I)
    except re.error as e:
        err(f"{where}: regex {rx!r} does not compile ({e})")
        return
    for label, t in texts:
        if not c.search(t):
            err(f"{where}: regex {rx!r} does not match {label}")


def check_ids(rows, prefix, width, expected, name):
    ids = [r.get("id") for r in rows]
    if len(set(ids)) != len(ids):
        err(f"{name}: duplicate ids {[i for i, c in Counter(ids).items() if c > 1]}")
    want = [f"{prefix}{i:0{width}d}" for i in range(1, expected + 1)]
    if ids != want:
        err(f"{name}: ids are not exactly {want[0]}..{want[-1]} in order")
    if len(rows) != expected:
        err(f"{name}: expected {expected} rows, found {len(rows)}")


def is_terse_or_lower(text):
    words = re.findall(r"\S+", text)
    return len(words) <= 6 or text == text.lower()


# ------------------------------------------------------------------ qa.jsonl
KINDS = {"factoid", "list", "why", "howto", "who", "numeric", "summary", "comparison"}
qa = load_jsonl("qa.jsonl")
check_ids(qa, "ef", 3, 200, "qa.jsonl")
qfields = {"id", "question", "answer", "must_contain", "doc", "evidence", "kind"}
for r in qa:
    rid = r.get("id")
    if set(r) != qfields:
        err(f"{rid}: fields {sorted(r)} != {sorted(qfields)}")
        continue
    if r["kind"] not in KINDS:
        err(f"{rid}: unknown kind {r['kind']}")
    doc = r["doc"]
    if doc not in DOCS:
        err(f"{rid}: unknown doc {doc}")
        continue
    ev = r["evidence"]
    if not (10 <= len(ev) <= 200):
        err(f"{rid}: evidence length {len(ev)} not in 10..200")
    if ev not in DOCS[doc]:
        err(f"{rid}: evidence not a verbatim substring of {doc}")
    if "\n" in ev and doc != BOOK:
        err(f"{rid}: evidence has a line break but doc is not the e-book")
    mc = r["must_contain"]
    if not (isinstance(mc, list) and 1 <= len(mc) <= 3):
        err(f"{rid}: must_contain must be a list of 1-3 regexes")
        continue
    for rx in mc:
        check_regex(rx, rid, [("answer", r["answer"]), ("doc", DOCS[doc]), ("doc (newlines as spaces)", DOCS_SP[doc])])
qs = [r.get("question", "").strip().lower() for r in qa]
for q, c in Counter(qs).items():
    if c > 1:
        err(f"qa.jsonl: duplicate question {q!r}")
per_doc = Counter(r.get("doc") for r in qa)
for d in DOCS:
    if per_doc[d] < 30:
        err(f"qa.jsonl: only {per_doc[d]} questions for {d} (need >= 30)")
kinds = Counter(r.get("kind") for r in qa)
for k in ("comparison", "summary"):
    if kinds[k] < 20:
        err(f"qa.jsonl: only {kinds[k]} {k} questions (need >= 20)")
style = sum(is_terse_or_lower(r.get("question", "")) for r in qa)
if style < 0.5 * len(qa):
    err(f"qa.jsonl: only {style}/{len(qa)} questions are terse or all lower case (need >= 50%)")

# ------------------------------------------------------------------ unanswerable.jsonl
un = load_jsonl("unanswerable.jsonl")
check_ids(un, "eu", 3, 60, "unanswerable.jsonl")
ufields = {"id", "question", "why_unanswerable", "category", "present", "absent"}
ucat = Counter()
for r in un:
    rid = r.get("id")
    if set(r) != ufields:
        err(f"{rid}: fields {sorted(r)} != {sorted(ufields)}")
        continue
    cat = r["category"]
    ucat[cat] += 1
    if cat not in ("near_miss", "off_topic"):
        err(f"{rid}: unknown category {cat}")
    if cat == "near_miss" and not r["present"]:
        err(f"{rid}: near miss needs at least one present grep")
    if cat == "off_topic" and r["present"]:
        err(f"{rid}: off-topic item should have no present greps")
    if not r["absent"]:
        err(f"{rid}: needs at least one absent grep")
    for s in r["present"]:
        if not in_notes(s):
            err(f"{rid}: present grep {s!r} not found in any note")
    for s in r["absent"]:
        if in_notes(s):
            err(f"{rid}: absent grep {s!r} IS found in the notes")
if ucat["near_miss"] != 50 or ucat["off_topic"] != 10:
    err(f"unanswerable.jsonl: categories {dict(ucat)} (need 50 near_miss, 10 off_topic)")
for q, c in Counter(r.get("question", "").lower() for r in un).items():
    if c > 1:
        err(f"unanswerable.jsonl: duplicate question {q!r}")
uq = set(r.get("question", "").strip().lower() for r in un)
for q in uq & set(qs):
    err(f"question appears both as answerable and unanswerable: {q!r}")

# ------------------------------------------------------------------ intents.jsonl
INTENTS = {"ask_question", "list_talks", "summarize_talk", "speaker_info", "list_conferences", "greeting",
           "help", "goodbye", "reset", "thanks", "out_of_scope"}
HEAD_LINES = set()
for txt in DOCS.values():
    for line in txt.split("\n"):
        HEAD_LINES.add(line.strip())


def is_heading(talk):
    for line in HEAD_LINES:
        if line == talk or line.startswith(talk + " - "):
            return True
    return False


it = load_jsonl("intents.jsonl")
check_ids(it, "ei", 3, 200, "intents.jsonl")
ifields = {"id", "text", "intent", "slots"}
for r in it:
    rid = r.get("id")
    if set(r) != ifields:
        err(f"{rid}: fields {sorted(r)} != {sorted(ifields)}")
        continue
    if r["intent"] not in INTENTS:
        err(f"{rid}: unknown intent {r['intent']}")
    slots = r["slots"]
    if not isinstance(slots, dict):
        err(f"{rid}: slots must be an object")
        continue
    extra = set(slots) - {"conference", "speaker", "talk", "topic"}
    if extra:
        err(f"{rid}: unknown slots {extra}")
    if "conference" in slots and slots["conference"] not in CONFS:
        err(f"{rid}: conference {slots['conference']!r} is not canonical")
    if "speaker" in slots and not in_notes(slots["speaker"]):
        err(f"{rid}: speaker {slots['speaker']!r} not written in the notes")
    if "talk" in slots and not is_heading(slots["talk"]):
        err(f"{rid}: talk {slots['talk']!r} is not a heading in the notes")
    if "topic" in slots and (not slots["topic"] or slots["topic"] != slots["topic"].lower()):
        err(f"{rid}: topic must be a non-empty lower-case phrase")
    if r["intent"] in ("greeting", "goodbye", "thanks", "reset", "help", "list_conferences", "out_of_scope") and slots:
        err(f"{rid}: {r['intent']} utterances should carry no slots")
icount = Counter(r.get("intent") for r in it)
for i in INTENTS:
    if icount[i] < 12:
        err(f"intents.jsonl: only {icount[i]} utterances for {i} (need >= 12)")
for t, c in Counter(r.get("text", "").lower() for r in it).items():
    if c > 1:
        err(f"intents.jsonl: duplicate utterance {t!r}")

# ------------------------------------------------------------------ dialogues.jsonl
DECLINE_SAMPLES = [
    "The notes don't mention that.",
    "Sorry, I couldn't find that in the notes.",
    "The notes do not say.",
    "That isn't covered - the notes don't give that detail.",
]
dl = load_jsonl("dialogues.jsonl")
check_ids(dl, "ed", 2, 50, "dialogues.jsonl")
nturns = Counter()
ndecl = 0
for r in dl:
    rid = r.get("id")
    if set(r) != {"id", "turns"}:
        err(f"{rid}: fields {sorted(r)}")
        continue
    turns = r["turns"]
    nturns[len(turns)] += 1
    if not (3 <= len(turns) <= 5):
        err(f"{rid}: {len(turns)} turns (need 3-5)")
    for n, t in enumerate(turns, 1):
        where = f"{rid} turn {n}"
        keys = set(t)
        if not ({"user", "must_contain", "doc"} <= keys <= {"user", "must_contain", "doc", "expect"}):
            err(f"{where}: fields {sorted(keys)}")
            continue
        mc = t["must_contain"]
        if not (isinstance(mc, list) and 1 <= len(mc) <= 3):
            err(f"{where}: must_contain must be 1-3 regexes")
            continue
        if t.get("expect") == "decline":
            ndecl += 1
            if t["doc"] is not None and t["doc"] not in DOCS:
                err(f"{where}: unknown doc {t['doc']}")
            for rx in mc:
                for s in DECLINE_SAMPLES:
                    check_regex(rx, where, [(f"decline sample {s!r}", s)])
        elif "expect" in t:
            err(f"{where}: unknown expect {t['expect']!r}")
        else:
            if t["doc"] not in DOCS:
                err(f"{where}: unknown doc {t['doc']}")
                continue
            for rx in mc:
                check_regex(rx, where, [("doc", DOCS[t["doc"]]), ("doc (newlines as spaces)", DOCS_SP[t["doc"]])])

# ------------------------------------------------------------------ report
print(f"qa.jsonl: {len(qa)} questions; per doc {dict(per_doc)}")
print(f"  kinds {dict(sorted(kinds.items()))}; terse-or-lower-case {style}/{len(qa)}")
print(f"unanswerable.jsonl: {len(un)} ({dict(ucat)})")
print(f"intents.jsonl: {len(it)} ({dict(sorted(icount.items()))})")
print(f"dialogues.jsonl: {len(dl)} conversations, {sum(k * v for k, v in nturns.items())} turns, "
      f"turn counts {dict(sorted(nturns.items()))}, {ndecl} decline turns")
if ERRORS:
    print(f"\nFAILED: {len(ERRORS)} problem(s)")
    for e in ERRORS:
        print("  -", e)
    sys.exit(1)
print("\nOK: all checks passed")
