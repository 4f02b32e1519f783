#!/usr/bin/env python3
"""Checker for the blind-g evaluation set. Run: python3 verify.py
Exit code 0 = all checks passed."""
import json, os, re, sys, collections, subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "..", "src-corpus")
ERR = []
def err(m): ERR.append(m)

# ---- corpus + manifest
import yaml
MAN = yaml.safe_load(open(os.path.join(SRC, "manifest.yaml"), encoding="utf-8"))
DOCS = {}
for name in sorted(os.listdir(SRC)):
    if name.endswith(".txt"):
        DOCS[name] = open(os.path.join(SRC, name), encoding="utf-8").read()
CANON = {v["conference"] for v in MAN.values()}
assert set(MAN) == set(DOCS), "manifest/doc mismatch"
ALL_LOWER = "\n".join(DOCS.values()).lower()

def load(fn):
    p = os.path.join(HERE, fn)
    rows = []
    with open(p, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            try:
                rows.append(json.loads(line))
            except Exception as e:
                err("%s:%d bad json %s" % (fn, n, e))
    return rows

def check_rx(where, rx, texts):
    if "'" in rx or '"' in rx:
        err("%s: regex contains quote/apostrophe: %r" % (where, rx)); return
    try:
        c = re.compile(rx, re.I)
    except re.error as e:
        err("%s: regex does not compile %r: %s" % (where, rx, e)); return
    for label, t in texts:
        if not c.search(t):
            err("%s: regex %r does not match %s" % (where, rx, label))

def doc_texts(doc):
    d = DOCS[doc]
    return [("doc raw " + doc, d), ("doc newline-as-space " + doc, re.sub(r"\s*\n\s*", " ", d)),
            ("doc plain newline->space " + doc, d.replace("\n", " "))]

def ids_ok(rows, pat, fn):
    ids = [r.get("id") for r in rows]
    if len(ids) != len(set(ids)):
        dup = [k for k, v in collections.Counter(ids).items() if v > 1]
        err("%s: duplicate ids %s" % (fn, dup))
    for i in ids:
        if not re.fullmatch(pat, str(i)):
            err("%s: bad id %r" % (fn, i))

def is_terse_or_lower(q):
    return len(q.split()) <= 6 or q == q.lower()

# ---------------- qa
qa = load("qa.jsonl")
ids_ok(qa, r"gq\d{3}", "qa")
KINDS = {"factoid", "list", "why", "howto", "who", "numeric", "summary", "comparison"}
QA_FIELDS = {"id", "question", "answer", "must_contain", "doc", "evidence", "kind"}
if len(qa) != 150: err("qa: expected 150 items, got %d" % len(qa))
perdoc = collections.Counter(r["doc"] for r in qa)
for d in DOCS:
    if perdoc[d] != 30: err("qa: %s has %d items (want 30)" % (d, perdoc[d]))
for r in qa:
    w = "qa " + r["id"]
    if set(r) != QA_FIELDS: err("%s: fields %s" % (w, sorted(r)))
    if r["kind"] not in KINDS: err("%s: kind %r" % (w, r["kind"]))
    if r["doc"] not in DOCS: err("%s: doc %r" % (w, r["doc"])); continue
    ev = r["evidence"]
    if not (10 <= len(ev) <= 200): err("%s: evidence length %d" % (w, len(ev)))
    if ev not in DOCS[r["doc"]]: err("%s: evidence not verbatim in doc: %r" % (w, ev))
    mc = r["must_contain"]
    if not (1 <= len(mc) <= 3): err("%s: %d regexes" % (w, len(mc)))
    for rx in mc:
        check_rx(w, rx, doc_texts(r["doc"]) + [("answer", r["answer"])])
kinds = collections.Counter(r["kind"] for r in qa)
if kinds["summary"] < 15: err("qa: only %d summary" % kinds["summary"])
if kinds["comparison"] < 20: err("qa: only %d comparison" % kinds["comparison"])
for k in KINDS:
    if kinds[k] == 0: err("qa: no %s items" % k)
tl = sum(is_terse_or_lower(r["question"]) for r in qa)
if qa and tl / len(qa) < 0.60: err("qa: only %.0f%% terse/lowercase" % (100 * tl / len(qa)))
qs = [r["question"].lower() for r in qa]
if len(qs) != len(set(qs)): err("qa: duplicate questions")

# ---------------- unanswerable
un = load("unanswerable.jsonl")
ids_ok(un, r"gu\d{2}", "unanswerable")
if len(un) != 50: err("unanswerable: expected 50, got %d" % len(un))
UN_FIELDS = {"id", "question", "why_unanswerable", "category", "present", "absent"}
cats = collections.Counter(r.get("category") for r in un)
if cats.get("near_miss") != 40 or cats.get("off_topic") != 10:
    err("unanswerable: categories %s" % dict(cats))

def grep_hits(s):
    # same semantics as grep -i -F over the five notes
    p = subprocess.run(["grep", "-r", "-i", "-F", "-l", "--include=*.txt", "--", s, SRC],
                       capture_output=True, text=True)
    return [os.path.basename(x) for x in p.stdout.split()]

for r in un:
    w = "unanswerable " + r["id"]
    if set(r) != UN_FIELDS: err("%s: fields %s" % (w, sorted(r)))
    if r["category"] == "near_miss" and not r["present"]:
        err("%s: near miss without present strings" % w)
    if not r["absent"]: err("%s: no absent strings" % w)
    for s in r["present"]:
        if not grep_hits(s): err("%s: present %r not found in notes" % (w, s))
        if s.lower() not in ALL_LOWER: err("%s: present %r not found (python)" % (w, s))
    for s in r["absent"]:
        h = grep_hits(s)
        if h: err("%s: absent %r found in %s" % (w, s, h))
        if s.lower() in ALL_LOWER: err("%s: absent %r found (python)" % (w, s))

# ---------------- dialogues
DECLINE_SAMPLES = ["The notes don't say how much it cost.",
                   "Sorry, the notes do not mention that.",
                   "I couldn't find that in the notes.",
                   "There is no information about that in the notes."]
dl = load("dialogues.jsonl")
ids_ok(dl, r"gd\d{2}", "dialogues")
if len(dl) != 40: err("dialogues: expected 40, got %d" % len(dl))
n_turns = 0; n_decl = 0; tdist = collections.Counter()
for c in dl:
    w = "dialogue " + c["id"]
    if set(c) != {"id", "turns"}: err("%s: fields %s" % (w, sorted(c)))
    t = c["turns"]; tdist[len(t)] += 1
    if not (3 <= len(t) <= 5): err("%s: %d turns" % (w, len(t)))
    for i, turn in enumerate(t, 1):
        n_turns += 1
        ww = "%s turn %d" % (w, i)
        extra = set(turn) - {"user", "must_contain", "doc", "expect"}
        if extra or not {"user", "must_contain", "doc"} <= set(turn): err("%s: fields %s" % (ww, sorted(turn)))
        if not turn.get("must_contain"): err("%s: empty must_contain" % ww); continue
        if turn.get("doc") not in DOCS: err("%s: doc %r" % (ww, turn.get("doc"))); continue
        if turn.get("expect") == "decline":
            n_decl += 1
            for rx in turn["must_contain"]:
                check_rx(ww, rx, [("decline sample %d" % k, s) for k, s in enumerate(DECLINE_SAMPLES)])
        else:
            if "expect" in turn: err("%s: unknown expect %r" % (ww, turn["expect"]))
            for rx in turn["must_contain"]:
                check_rx(ww, rx, doc_texts(turn["doc"]))
if not (8 <= n_decl <= 14): err("dialogues: %d decline turns (want about 10)" % n_decl)

# ---------------- intents
it = load("intents.jsonl")
ids_ok(it, r"gi\d{3}", "intents")
INTENTS = {"ask_question", "list_talks", "summarize_talk", "speaker_info", "list_conferences",
           "greeting", "help", "goodbye", "reset", "thanks", "out_of_scope"}
if len(it) != 160: err("intents: expected 160, got %d" % len(it))
ic = collections.Counter(r["intent"] for r in it)
for k in INTENTS:
    if ic[k] < 10: err("intents: %s only %d" % (k, ic[k]))
if not (25 <= ic["ask_question"] <= 35): err("intents: ask_question %d" % ic["ask_question"])
LINES = [l.strip().lstrip("•").strip() for d in DOCS.values() for l in d.splitlines()]
def is_heading(t):
    for l in LINES:
        if l == t or l.startswith(t + " - ") or l.startswith(t + " by "):
            return True
    return False
for r in it:
    w = "intent " + r["id"]
    if set(r) != {"id", "text", "intent", "slots"}: err("%s: fields %s" % (w, sorted(r)))
    if r["intent"] not in INTENTS: err("%s: intent %r" % (w, r["intent"]))
    for k, v in r["slots"].items():
        if k not in {"conference", "speaker", "talk", "topic"}: err("%s: slot %r" % (w, k))
        elif k == "conference" and v not in CANON: err("%s: conference %r not canonical" % (w, v))
        elif k == "speaker" and v.lower() not in ALL_LOWER: err("%s: speaker %r not in notes" % (w, v))
        elif k == "talk" and not is_heading(v): err("%s: talk %r not a heading" % (w, v))
        elif k == "topic" and v != v.lower(): err("%s: topic not lower-case %r" % (w, v))

# ---------------- report
print("qa: %d (per doc %s) kinds %s; terse/lower %d/%d" % (len(qa), dict(perdoc), dict(kinds), tl, len(qa)))
print("unanswerable: %d %s" % (len(un), dict(cats)))
print("dialogues: %d convs, %d turns %s, %d decline" % (len(dl), n_turns, dict(tdist), n_decl))
print("intents: %d %s" % (len(it), dict(sorted(ic.items()))))
if ERR:
    print("\nFAILED: %d problems" % len(ERR))
    for e in ERR: print(" -", e)
    sys.exit(1)
print("\nALL CHECKS PASSED")
