#!/usr/bin/env python3
"""Checker for the dev-g evaluation set. Run: python3 verify.py  (exit code 0 = all checks pass)."""
import collections, glob, json, os, re, sys
sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "src-corpus")

DOCS = {os.path.basename(p): open(p, encoding="utf-8").read()
        for p in sorted(glob.glob(os.path.join(CORPUS, "*.txt")))}
DOCS_SP = {k: v.replace("\n", " ") for k, v in DOCS.items()}

CANON = {"AWSome Day Manchester 2018", "AWS Summit London 2019", "AWS book (netshock)",
         "AWS Builders Day Manchester 2018", "AWS re:Invent 2017"}
KINDS = {"factoid", "list", "why", "howto", "who", "numeric", "summary", "comparison"}
INTENTS = ["ask_question", "list_talks", "summarize_talk", "speaker_info", "list_conferences",
           "greeting", "help", "goodbye", "reset", "thanks", "out_of_scope"]

errors = []
def err(msg):
    errors.append(msg)

def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]

def check_ids(rows, prefix, width, n):
    ids = [r["id"] for r in rows]
    if len(ids) != len(set(ids)):
        err(f"{prefix}: duplicate ids")
    want = [f"{prefix}{i:0{width}d}" for i in range(1, n + 1)]
    if ids != want:
        err(f"{prefix}: ids not {want[0]}..{want[-1]} in order (got {len(ids)})")

def rx_ok(rx, text):
    return re.search(rx, text, re.I) is not None

def matches_doc(rx, doc):
    return rx_ok(rx, DOCS[doc]) and rx_ok(rx, DOCS_SP[doc])

def grep_any(s):
    s = s.lower()
    return [d for d in DOCS if s in DOCS[d].lower() or s in DOCS_SP[d].lower()]

def is_terse(q):
    return len(q.split()) <= 6

def is_lower(q):
    return q == q.lower()

def style(questions):
    n = len(questions)
    t = sum(is_terse(q) for q in questions)
    l = sum(is_lower(q) for q in questions)
    e = sum(is_terse(q) or is_lower(q) for q in questions)
    return n, t, l, e

report = []

# ---------------------------------------------------------------- qa
qa = load("qa.jsonl")
check_ids(qa, "gq", 3, 200)
tags = json.load(open(os.path.join(HERE, "style_tags.json")))
seen_q = set()
for r in qa:
    rid = r["id"]
    for f in ("id", "question", "answer", "must_contain", "doc", "evidence", "kind"):
        if f not in r:
            err(f"{rid}: missing {f}")
    if r["question"].lower() in seen_q:
        err(f"{rid}: duplicate question")
    seen_q.add(r["question"].lower())
    if r["doc"] not in DOCS:
        err(f"{rid}: unknown doc {r['doc']}"); continue
    if r["kind"] not in KINDS:
        err(f"{rid}: bad kind {r['kind']}")
    ev = r["evidence"]
    if not (10 <= len(ev) <= 200):
        err(f"{rid}: evidence length {len(ev)}")
    if ev not in DOCS[r["doc"]]:
        err(f"{rid}: evidence not a substring of {r['doc']}")
    rxs = r["must_contain"]
    if not (1 <= len(rxs) <= 3):
        err(f"{rid}: {len(rxs)} regexes")
    ev_hit = False
    for rx in rxs:
        try:
            re.compile(rx)
        except re.error as e:
            err(f"{rid}: regex {rx!r} does not compile: {e}"); continue
        if not rx_ok(rx, r["answer"]):
            err(f"{rid}: regex {rx!r} does not match answer")
        if not rx_ok(rx, DOCS[r["doc"]]):
            err(f"{rid}: regex {rx!r} does not match doc (raw)")
        if not rx_ok(rx, DOCS_SP[r["doc"]]):
            err(f"{rid}: regex {rx!r} does not match doc (newline-as-space)")
        if rx_ok(rx, ev.replace("\n", " ")):
            ev_hit = True
    if not ev_hit:
        err(f"{rid}: no must_contain regex matches the evidence")

per_doc = collections.Counter(r["doc"] for r in qa)
for d in DOCS:
    if not (38 <= per_doc[d] <= 42):
        err(f"qa: {d} has {per_doc[d]} questions (want 38-42)")
kinds = collections.Counter(r["kind"] for r in qa)
if kinds["summary"] < 25: err(f"qa: only {kinds['summary']} summary")
if kinds["comparison"] < 25: err(f"qa: only {kinds['comparison']} comparison")
n, t, l, e = style([r["question"] for r in qa])
if e / n < 0.5:
    err(f"qa: only {e}/{n} terse-or-lowercase")
typos = sum(1 for r in qa if tags.get(r["id"], {}).get("typo"))
if not (0.09 <= typos / n <= 0.2):
    err(f"qa: typo rate {typos}/{n} not about 1 in 8")
report.append(f"qa: {len(qa)} questions; per doc {dict(sorted(per_doc.items()))}")
report.append(f"qa kinds: {dict(sorted(kinds.items()))}")
report.append(f"qa style: terse(<=6 words) {t}/{n}, all-lowercase {l}/{n}, terse-or-lowercase {e}/{n} ({100*e/n:.0f}%), typo {typos}/{n} ({100*typos/n:.1f}%)")

# ---------------------------------------------------------------- unanswerable
un = load("unanswerable.jsonl")
check_ids(un, "gu", 3, 60)
cats = collections.Counter(r["category"] for r in un)
if cats != {"near_miss": 50, "off_topic": 10}:
    err(f"unanswerable: categories {dict(cats)}")
for r in un:
    rid = r["id"]
    for f in ("question", "why_unanswerable", "category", "present", "absent"):
        if f not in r:
            err(f"{rid}: missing {f}")
    if r["category"] == "near_miss" and not r["present"]:
        err(f"{rid}: near miss without present greps")
    if not r["absent"]:
        err(f"{rid}: no absent greps")
    for s in r["present"]:
        if not grep_any(s):
            err(f"{rid}: present grep {s!r} hits no note")
    for s in r["absent"]:
        hit = grep_any(s)
        if hit:
            err(f"{rid}: absent grep {s!r} hits {hit}")
    if r["question"].lower() in seen_q:
        err(f"{rid}: same text as a qa question")
n, t, l, e = style([r["question"] for r in un])
report.append(f"unanswerable: {len(un)} ({dict(cats)}); style terse {t}/{n}, lowercase {l}/{n}, terse-or-lowercase {e}/{n}")

# ---------------------------------------------------------------- dialogues
sys.path.insert(0, HERE)
from data_dialogues import DECLINE, THANKS, HI, BYE
DECLINE_POS = [
    "The notes don't say what his job title is.",
    "I couldn't find that in the notes.",
    "Sorry, that isn't covered in the conference notes.",
    "The notes do not mention a ticket price.",
    "I don't know - it's not in the notes.",
    "There's no information about that in the notes.",
    "That's not something I can help with; I only answer questions about the conference notes.",
    "Nothing in the notes covers that, sorry.",
    "I'm afraid the notes don't cover the weather.",
]
DECLINE_NEG = [
    "Adrian Hornsby gave that talk.",
    "DynamoDB global tables replicate in 500ms or less.",
    "Lambda functions are capped at 5 minutes.",
]
for s in DECLINE_POS:
    if not rx_ok(DECLINE, s):
        err(f"decline regex misses plain decline {s!r}")
for s in DECLINE_NEG:
    if rx_ok(DECLINE, s):
        err(f"decline regex matches a factual answer {s!r}")
SMALL_OK = {THANKS: ["You're welcome!", "No problem - anything else?", "Glad I could help."],
            HI: ["Hi! Ask me anything about the conference notes.", "Hello, how can I help?"],
            BYE: ["Goodbye!", "Bye - have a good day."]}
for rx, samples in SMALL_OK.items():
    for s in samples:
        if not rx_ok(rx, s):
            err(f"small-talk regex {rx!r} misses {s!r}")

dl = load("dialogues.jsonl")
check_ids(dl, "gd", 2, 50)
turn_hist = collections.Counter()
n_decline = n_small = n_turns = 0
dl_users = []
for r in dl:
    rid = r["id"]
    turns = r["turns"]
    turn_hist[len(turns)] += 1
    if not (3 <= len(turns) <= 5):
        err(f"{rid}: {len(turns)} turns")
    for k, t in enumerate(turns, 1):
        n_turns += 1
        dl_users.append(t["user"])
        exp = t.get("expect", "")
        rxs = t["must_contain"]
        if not rxs:
            err(f"{rid}.{k}: no regex")
        for rx in rxs:
            try:
                re.compile(rx)
            except re.error as e:
                err(f"{rid}.{k}: regex {rx!r} does not compile: {e}")
        if exp == "decline":
            n_decline += 1
            if rxs != [DECLINE]:
                err(f"{rid}.{k}: decline turn does not use the shared decline regex")
            if t["doc"] is not None:
                err(f"{rid}.{k}: decline turn has a doc")
        elif exp == "smalltalk":
            n_small += 1
            if t["doc"] is not None:
                err(f"{rid}.{k}: small-talk turn has a doc")
        else:
            if exp:
                err(f"{rid}.{k}: unknown expect {exp}")
            if t["doc"] not in DOCS:
                err(f"{rid}.{k}: bad doc {t['doc']}"); continue
            for rx in rxs:
                if not matches_doc(rx, t["doc"]):
                    err(f"{rid}.{k}: regex {rx!r} does not match {t['doc']} (raw and newline-as-space)")
    if not any(t.get("expect") is None and t["doc"] for t in turns):
        err(f"{rid}: no answerable turn")
if not (10 <= n_decline <= 14):
    err(f"dialogues: {n_decline} decline turns (want about 12)")
n, t, l, e = style(dl_users)
report.append(f"dialogues: {len(dl)} conversations, {n_turns} turns, turns per dialogue {dict(sorted(turn_hist.items()))}; decline turns {n_decline}, small-talk turns {n_small}")
report.append(f"dialogue user turns style: terse {t}/{n}, lowercase {l}/{n}, terse-or-lowercase {e}/{n}")

# ---------------------------------------------------------------- intents
it = load("intents.jsonl")
check_ids(it, "gi", 3, 200)
speakers_ok = lambda s: bool(grep_any(s))
HEAD_LINES = {d: [ln.strip() for ln in DOCS[d].splitlines()] for d in DOCS}
def talk_ok(talk):
    for lines in HEAD_LINES.values():
        for ln in lines:
            if ln == talk or ln.startswith(talk + " - "):
                return True
    return False
ic = collections.Counter()
texts = set()
for r in it:
    rid = r["id"]
    if r["intent"] not in INTENTS:
        err(f"{rid}: bad intent {r['intent']}")
    ic[r["intent"]] += 1
    if r["text"].lower() in texts:
        err(f"{rid}: duplicate text")
    texts.add(r["text"].lower())
    for k, v in r["slots"].items():
        if k not in ("conference", "speaker", "talk", "topic"):
            err(f"{rid}: unknown slot {k}")
        elif k == "conference" and v not in CANON:
            err(f"{rid}: conference {v!r} not canonical")
        elif k == "speaker" and not speakers_ok(v):
            err(f"{rid}: speaker {v!r} not in notes")
        elif k == "talk" and not talk_ok(v):
            err(f"{rid}: talk {v!r} is not a heading in the notes")
        elif k == "topic" and (not isinstance(v, str) or v != v.lower() or not v.strip()):
            err(f"{rid}: topic {v!r} should be short lower-case text")
for name in INTENTS:
    need = 30 if name == "ask_question" else 20 if name in ("list_talks", "speaker_info", "summarize_talk", "out_of_scope") else 13
    if ic[name] < need:
        err(f"intents: {name} has {ic[name]} (< {need})")
report.append(f"intents: {len(it)}; {dict(sorted(ic.items()))}")

# ---------------------------------------------------------------- result
print("\n".join(report))
if errors:
    print(f"\n{len(errors)} ERROR(S):")
    print("\n".join(errors))
    sys.exit(1)
print("\nALL CHECKS PASSED")
