#!/usr/bin/env python3
"""Checker for the blind-f evaluation set. Exit code 0 = all checks passed."""
import json, os, re, sys, collections
from common import HERE, load_docs, load_manifest, flat, DECLINE, INTENTS, TALKS

docs = load_docs()
manifest = load_manifest()
CANON = {v["conference"] for v in manifest.values()}
errors, warnings = [], []
def err(m): errors.append(m)

def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as fh:
        return [json.loads(l) for l in fh if l.strip()]

def rx_ok(rx, text):
    return re.search(rx, text, re.I) is not None

def grep_hits(s, text):
    """grep -i -F semantics: per line, case-insensitive fixed string."""
    s = s.lower()
    return any(s in line.lower() for line in text.split("\n"))

def check_ids(rows, prefix, n, width):
    ids = [r["id"] for r in rows]
    if len(ids) != len(set(ids)): err(f"{prefix}: duplicate ids")
    want = [f"{prefix}{i:0{width}d}" for i in range(1, n + 1)]
    if ids != want: err(f"{prefix}: ids not exactly {want[0]}..{want[-1]}")
    if len(rows) != n: err(f"{prefix}: expected {n} rows, got {len(rows)}")

# ------------------------------------------------------------------ QA
qa = load("qa.jsonl")
check_ids(qa, "fq", 150, 3)
KINDS = {"factoid", "list", "why", "howto", "who", "numeric", "summary", "comparison"}
FIELDS = {"id", "question", "answer", "must_contain", "doc", "evidence", "kind"}
for r in qa:
    i = r["id"]
    if set(r) != FIELDS: err(f"{i}: fields {sorted(r)}")
    if r["kind"] not in KINDS: err(f"{i}: bad kind {r['kind']}")
    if r["doc"] not in docs: err(f"{i}: unknown doc {r['doc']}"); continue
    text = docs[r["doc"]]; ftext = flat(text)
    ev = r["evidence"]
    if ev not in text: err(f"{i}: evidence not a verbatim substring")
    if not 10 <= len(ev) <= 200: err(f"{i}: evidence length {len(ev)}")
    mc = r["must_contain"]
    if not 1 <= len(mc) <= 3: err(f"{i}: {len(mc)} regexes")
    ev_hit = False
    for rx in mc:
        try: re.compile(rx)
        except re.error as e: err(f"{i}: regex {rx!r} does not compile: {e}"); continue
        if not rx_ok(rx, text): err(f"{i}: {rx!r} misses doc (raw)")
        if not rx_ok(rx, ftext): err(f"{i}: {rx!r} misses doc (newlines as spaces)")
        if not rx_ok(rx, r["answer"]): err(f"{i}: {rx!r} misses answer")
        if rx_ok(rx, flat(ev)): ev_hit = True
    if not ev_hit: err(f"{i}: no must_contain regex matches the evidence")
    # the gold answer should not match a regex by accident of an empty pattern
    if any(rx.strip() in ("", ".*", ".") for rx in mc): err(f"{i}: trivial regex")
qs = [r["question"].strip().lower() for r in qa]
if len(qs) != len(set(qs)): err("qa: duplicate questions")

per_doc = collections.Counter(r["doc"] for r in qa)
for d in docs:
    if not 28 <= per_doc[d] <= 32: err(f"qa: {d} has {per_doc[d]} questions (want 28-32)")
kinds = collections.Counter(r["kind"] for r in qa)
if kinds["summary"] < 18: err(f"qa: only {kinds['summary']} summary/broad questions")
if kinds["comparison"] < 18: err(f"qa: only {kinds['comparison']} comparisons")

# style statistics
def words(q): return len(q.split())
terse = [r for r in qa if words(r["question"]) <= 6]
lower = [r for r in qa if r["question"] == r["question"].lower()]
terse_or_lower = [r for r in qa if words(r["question"]) <= 6 or r["question"] == r["question"].lower()]
tags = json.load(open(os.path.join(HERE, "qa_style_tags.json")))
typo_ids = set(tags["typo_ids"])
if not typo_ids <= {r["id"] for r in qa}: err("qa_style_tags: unknown ids")
typo_share = len(typo_ids) / len(qa)
if len(terse_or_lower) / len(qa) < 0.5: err("qa: <50% terse or lower-case")
if not 0.10 <= typo_share <= 0.16: err(f"qa: typo share {typo_share:.2%} not ~1/8")
LOOSE = ["london summit", "the summit", "at the summit", "excel", "vegas", "reinvent", "manchester one",
         "the ebook", "the book", "awsome day", "builders day"]
loose = [r for r in qa if any(a in r["question"].lower() for a in LOOSE)]
FULL_NAMES = ["ric harvey", "tom woodyer", "ian massingham", "paul maddox", "adrian hornsby", "werner vogels",
              "steven bryen", "bjoern reinke", "perry wald", "tom adamski", "andrew muttoni", "christian deger",
              "torsten kablitz", "benjamin andrew", "simon wardley", "john mccarthy"]
for r in qa:
    if any(n in r["question"].lower() for n in FULL_NAMES): err(f"{r['id']}: speaker full name in question")
NAME_TOKENS = ["ric", "tom", "ian", "paul", "adrian", "hornsby", "werner", "muttoni", "maddox", "massingham"]
by_name = [r for r in qa if any(re.search(rf"\b{n}('s)?\b", r["question"].lower()) for n in NAME_TOKENS)]
ACR = re.compile(r"\b(ami|az|azs|vpc|rds|sqs|iam|igw|nacl|nsg|ebs|dms|ai|ml|rrs|kms|mq|rpo|rto|cidr|sam|ci/cd|byol|dtcc|dr|gdp|ha|mfa|rtt|lob|ec2|s3)\b", re.I)
acr = [r for r in qa if ACR.search(r["question"])]

# ------------------------------------------------------------------ unanswerable
un = load("unanswerable.jsonl")
check_ids(un, "fu", 50, 3)
UF = {"id", "question", "why_unanswerable", "category", "present", "absent"}
alltext = "\n".join(docs.values())
manifest_text = open(os.path.join(os.path.dirname(HERE), "src-corpus", "manifest.yaml"), encoding="utf-8").read()
cats = collections.Counter(r["category"] for r in un)
for r in un:
    i = r["id"]
    if set(r) != UF: err(f"{i}: fields {sorted(r)}")
    if r["category"] != "off_topic" and not r["present"]: err(f"{i}: near miss without present strings")
    if not r["absent"]: err(f"{i}: no absent strings")
    for s in r["present"]:
        if not grep_hits(s, alltext): err(f"{i}: present string {s!r} not found in any note")
    for s in r["absent"]:
        if grep_hits(s, alltext) or s.lower() in flat(alltext).lower() or grep_hits(s, manifest_text):
            err(f"{i}: absent string {s!r} occurs in the notes/manifest")
    if r["question"].strip().lower() in qs: err(f"{i}: duplicates a qa question")
if cats["off_topic"] != 10: err(f"unanswerable: {cats['off_topic']} off-topic (want 10)")
if len(un) - cats["off_topic"] != 40: err("unanswerable: want 40 near misses")

# ------------------------------------------------------------------ dialogues
dl = load("dialogues.jsonl")
check_ids(dl, "fd", 40, 2)
n_turns, n_dec = 0, 0
for d in dl:
    i = d["id"]
    if set(d) != {"id", "turns"}: err(f"{i}: fields")
    if not 3 <= len(d["turns"]) <= 5: err(f"{i}: {len(d['turns'])} turns")
    for k, t in enumerate(d["turns"], 1):
        n_turns += 1
        tid = f"{i}.{k}"
        if not {"user", "must_contain", "doc"} <= set(t) or not set(t) <= {"user", "must_contain", "doc", "expect"}:
            err(f"{tid}: fields {sorted(t)}")
        for rx in t["must_contain"]:
            try: re.compile(rx)
            except re.error as e: err(f"{tid}: bad regex {rx!r}: {e}")
        if t.get("expect") == "decline":
            n_dec += 1
            if t["must_contain"] != [DECLINE]: err(f"{tid}: decline turn must use the shared DECLINE regex")
            if t["doc"] is not None: err(f"{tid}: decline turn should have doc null")
            continue
        if "expect" in t: err(f"{tid}: unknown expect {t['expect']}")
        if t["doc"] is not None:
            if t["doc"] not in docs: err(f"{tid}: unknown doc"); continue
            if not t["must_contain"]: err(f"{tid}: answered turn without regexes")
            for rx in t["must_contain"]:
                if not rx_ok(rx, docs[t["doc"]]): err(f"{tid}: {rx!r} misses doc (raw)")
                if not rx_ok(rx, flat(docs[t["doc"]])): err(f"{tid}: {rx!r} misses doc (flat)")
        else:
            for rx in t["must_contain"]:   # multi-doc answers: each regex must hit some note
                if not any(rx_ok(rx, x) for x in docs.values()): err(f"{tid}: {rx!r} hits no note")
    if d["turns"][0].get("expect") == "decline": err(f"{i}: opens with a decline turn")
if not 8 <= n_dec <= 12: err(f"dialogues: {n_dec} decline turns (want ~10)")
# sanity of the decline regex itself
for s in ["The notes don't say.", "I couldn't find that in the notes.", "That isn't covered in the notes.",
          "The notes do not mention their names.", "Sorry, that's not in the notes."]:
    if not rx_ok(DECLINE, s): err(f"DECLINE regex misses {s!r}")
for s in ["The keynote was given by Ric Harvey.", "Up to 35 days."]:
    if rx_ok(DECLINE, s): err(f"DECLINE regex wrongly matches {s!r}")

# ------------------------------------------------------------------ intents
it = load("intents.jsonl")
check_ids(it, "fi", 160, 3)
ic = collections.Counter(r["intent"] for r in it)
talk_doc = {t: d for d, ts in TALKS.items() for t in ts}
conf_of = {v["conference"]: k for k, v in manifest.items()}
for d, ts in TALKS.items():
    lines = [l.strip() for l in docs[d].split("\n")]
    for t in ts:
        if not any(l == t or l.startswith(t + " - ") for l in lines): err(f"TALKS: heading {t!r} not a line in {d}")
for r in it:
    i = r["id"]
    if set(r) != {"id", "text", "intent", "slots"}: err(f"{i}: fields")
    if r["intent"] not in INTENTS: err(f"{i}: bad intent {r['intent']}")
    s = r["slots"]
    if not set(s) <= {"conference", "speaker", "talk", "topic"}: err(f"{i}: bad slot keys {sorted(s)}")
    if "conference" in s and s["conference"] not in CANON: err(f"{i}: non-canonical conference {s['conference']!r}")
    if "speaker" in s and not grep_hits(s["speaker"], alltext): err(f"{i}: speaker {s['speaker']!r} not in notes")
    if "talk" in s:
        if s["talk"] not in talk_doc: err(f"{i}: talk {s['talk']!r} is not a heading")
        elif "conference" in s and conf_of[s["conference"]] != talk_doc[s["talk"]]: err(f"{i}: talk/conference mismatch")
    if "topic" in s and (not s["topic"] or s["topic"] != s["topic"].lower()): err(f"{i}: topic must be lower-case text")
    if r["intent"] in ("greeting", "help", "goodbye", "reset", "thanks", "list_conferences") and set(s) - {"conference"}:
        err(f"{i}: unexpected slots for {r['intent']}")
for k in INTENTS:
    if ic[k] < 11: err(f"intents: {k} has {ic[k]} (<11)")
if ic["ask_question"] < 25: err("intents: ask_question < 25")
texts = [r["text"].lower() for r in it]
if len(texts) != len(set(texts)): err("intents: duplicate texts")
non_ascii = [r for r in it if any(ord(c) > 127 for c in r["text"])]

# ------------------------------------------------------------------ report
print("== QA ==")
print("rows", len(qa), "| per note:", dict(sorted(per_doc.items())))
print("kinds:", dict(sorted(kinds.items())))
print(f"terse(<=6 words) {len(terse)} | all-lower-case {len(lower)} | terse-or-lower {len(terse_or_lower)} "
      f"({len(terse_or_lower)/len(qa):.0%}) | typos {len(typo_ids)} ({typo_share:.1%})")
print(f"loose event names {len(loose)} | speaker by first/last name {len(by_name)} | with acronyms {len(acr)} | "
      f"broad(summary) {kinds['summary']} | comparison {kinds['comparison']}")
print("== unanswerable ==")
print("rows", len(un), "| categories:", dict(sorted(cats.items())))
print("== dialogues ==")
print("conversations", len(dl), "| turns", n_turns, "| decline turns", n_dec,
      "| turn-count histogram", dict(sorted(collections.Counter(len(d["turns"]) for d in dl).items())))
print("== intents ==")
print("rows", len(it), "|", dict(sorted(ic.items())))
print("with slots", sum(1 for r in it if r["slots"]), "| non-ascii/other-language-looking", len(non_ascii))
print()
if errors:
    print(f"FAILED: {len(errors)} problem(s)")
    for e in errors: print("  -", e)
    sys.exit(1)
print("ALL CHECKS PASSED")
