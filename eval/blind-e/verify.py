#!/usr/bin/env python3
"""Checks the blind-e evaluation set against the notes in ../src-corpus.

Run:  python3 verify.py      (exit status 0 = all checks passed)
"""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.normpath(os.path.join(HERE, "..", "src-corpus"))

ERRORS = []


def err(msg):
    ERRORS.append(msg)


def load_jsonl(name):
    path = os.path.join(HERE, name)
    rows = []
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


# ---------------------------------------------------------------- corpus
NOTES = {}
for fn in sorted(os.listdir(CORPUS)):
    if fn.endswith(".txt"):
        with open(os.path.join(CORPUS, fn), encoding="utf-8") as f:
            NOTES[fn] = f.read()
FLAT = {k: v.replace("\n", " ") for k, v in NOTES.items()}
ALL_LOWER = [t.lower() for t in NOTES.values()] + [t.lower() for t in FLAT.values()]

CANON = []
with open(os.path.join(CORPUS, "manifest.yaml"), encoding="utf-8") as f:
    for line in f:
        m = re.match(r"\s+conference:\s*(.+?)\s*$", line)
        if m:
            CANON.append(m.group(1).strip('"'))
assert len(CANON) == 5, CANON

HEADINGS = set()
for t in NOTES.values():
    for line in t.split("\n"):
        s = line.strip()
        if s:
            HEADINGS.add(s)


def is_heading(talk):
    return any(h == talk or h.startswith(talk + " - ") for h in HEADINGS)


def in_notes(s):
    s = s.lower()
    s2 = s.replace("\n", " ")
    return any(s in t or s2 in t for t in ALL_LOWER)


def rx_ok(rx, text):
    return re.search(rx, text, re.I) is not None


def check_ids(rows, prefix, width, name):
    ids = [r.get("id") for r in rows]
    want = [f"{prefix}{i:0{width}d}" for i in range(1, len(rows) + 1)]
    if ids != want:
        err(f"{name}: ids not sequential {prefix}{'1'.zfill(width)}..: {ids[:3]}...")
    if len(set(ids)) != len(ids):
        err(f"{name}: duplicate ids")


def compile_all(rid, rxs):
    ok = True
    for rx in rxs:
        try:
            re.compile(rx, re.I)
        except re.error as e:
            err(f"{rid}: regex {rx!r} does not compile ({e})")
            ok = False
    return ok


# ---------------------------------------------------------------- qa
QA_FIELDS = {"id", "question", "answer", "must_contain", "doc", "evidence", "kind"}
KINDS = {"factoid", "list", "why", "howto", "who", "numeric", "summary", "comparison"}
# deliberate, realistic misspellings used in questions (none occurs in the notes)
TYPOS = {"buisness", "ticketting", "mousover", "dose", "lamdba", "captial",
         "fucntions", "acess", "accelarator", "enginering", "smpt",
         "availabilty", "tabel", "autoscalling", "queus", "retension"}


def terse_or_lower(q):
    return q == q.lower() or len(q.split()) <= 6


def check_qa():
    rows = load_jsonl("qa.jsonl")
    if len(rows) != 150:
        err(f"qa: {len(rows)} rows, want 150")
    check_ids(rows, "bx", 3, "qa")
    per_doc = collections.Counter()
    kinds = collections.Counter()
    seen_q = set()
    n_style = n_typo = 0
    for r in rows:
        rid = r.get("id")
        if set(r) != QA_FIELDS:
            err(f"{rid}: fields {sorted(r)}")
            continue
        q, a, doc, ev = r["question"], r["answer"], r["doc"], r["evidence"]
        if doc not in NOTES:
            err(f"{rid}: unknown doc {doc}")
            continue
        per_doc[doc] += 1
        kinds[r["kind"]] += 1
        if r["kind"] not in KINDS:
            err(f"{rid}: bad kind {r['kind']}")
        if q.strip().lower() in seen_q:
            err(f"{rid}: duplicate question")
        seen_q.add(q.strip().lower())
        if not (10 <= len(ev) <= 200):
            err(f"{rid}: evidence length {len(ev)}")
        if ev not in NOTES[doc]:
            err(f"{rid}: evidence not a verbatim substring of {doc}")
        mc = r["must_contain"]
        if not (isinstance(mc, list) and 1 <= len(mc) <= 3):
            err(f"{rid}: must_contain must hold 1-3 regexes")
            continue
        if not compile_all(rid, mc):
            continue
        for rx in mc:
            if not rx_ok(rx, a):
                err(f"{rid}: {rx!r} does not match the answer")
            if not rx_ok(rx, NOTES[doc]):
                err(f"{rid}: {rx!r} does not match {doc} (raw)")
            if not rx_ok(rx, FLAT[doc]):
                err(f"{rid}: {rx!r} does not match {doc} (newlines as spaces)")
            if len(rx) > 90:
                err(f"{rid}: regex too long to be loose: {rx!r}")
        if terse_or_lower(q):
            n_style += 1
        words = set(re.findall(r"[a-z]+", q.lower()))
        if words & TYPOS:
            n_typo += 1
    for doc in NOTES:
        if per_doc[doc] < 25:
            err(f"qa: only {per_doc[doc]} questions for {doc}")
    if kinds["comparison"] + kinds["summary"] < 15:
        err("qa: fewer than 15 comparison+summary questions")
    if n_style < 0.4 * len(rows):
        err(f"qa: only {n_style} terse/lower-case questions")
    if n_typo < 0.1 * len(rows):
        err(f"qa: only {n_typo} questions with a typo")
    for t in TYPOS:
        if any(re.search(r"\b" + t + r"\b", x) for x in ALL_LOWER):
            err(f"qa: typo word {t!r} actually occurs in the notes")
    return {"rows": len(rows), "per_doc": dict(per_doc), "kinds": dict(kinds),
            "style": n_style, "typo": n_typo}, {r["question"].lower() for r in rows}


# ---------------------------------------------------------------- unanswerable
UN_FIELDS = {"id", "question", "why_unanswerable", "category", "present", "absent"}


def check_un(qa_questions):
    rows = load_jsonl("unanswerable.jsonl")
    if len(rows) != 50:
        err(f"unanswerable: {len(rows)} rows, want 50")
    check_ids(rows, "bu", 3, "unanswerable")
    cats = collections.Counter()
    for r in rows:
        rid = r.get("id")
        if set(r) != UN_FIELDS:
            err(f"{rid}: fields {sorted(r)}")
            continue
        cats[r["category"]] += 1
        if r["category"] not in ("near_miss", "off_topic"):
            err(f"{rid}: bad category")
        if r["category"] == "near_miss" and not r["present"]:
            err(f"{rid}: near miss without present greps")
        if not r["absent"]:
            err(f"{rid}: no absent greps")
        for p in r["present"]:
            if not in_notes(p):
                err(f"{rid}: present grep {p!r} not found in the notes")
        for a in r["absent"]:
            if in_notes(a):
                err(f"{rid}: absent grep {a!r} IS found in the notes")
        if r["question"].lower() in qa_questions:
            err(f"{rid}: same text as an answerable question")
    if cats["near_miss"] != 40 or cats["off_topic"] != 10:
        err(f"unanswerable: categories {dict(cats)}, want 40 near_miss / 10 off_topic")
    return {"rows": len(rows), "cats": dict(cats)}


# ---------------------------------------------------------------- intents
INTENTS = ["ask_question", "list_talks", "summarize_talk", "speaker_info",
           "list_conferences", "greeting", "help", "goodbye", "reset",
           "thanks", "out_of_scope"]
SLOT_KEYS = {"conference", "speaker", "talk", "topic"}
NO_SLOT_INTENTS = {"greeting", "help", "goodbye", "reset", "thanks",
                   "out_of_scope", "list_conferences"}


def check_intents():
    rows = load_jsonl("intents.jsonl")
    if len(rows) != 160:
        err(f"intents: {len(rows)} rows, want 160")
    check_ids(rows, "bi", 3, "intents")
    cnt = collections.Counter()
    texts = set()
    for r in rows:
        rid = r.get("id")
        if set(r) != {"id", "text", "intent", "slots"}:
            err(f"{rid}: fields {sorted(r)}")
            continue
        it, slots = r["intent"], r["slots"]
        cnt[it] += 1
        if it not in INTENTS:
            err(f"{rid}: unknown intent {it}")
        if r["text"].lower() in texts:
            err(f"{rid}: duplicate text")
        texts.add(r["text"].lower())
        if not isinstance(slots, dict) or set(slots) - SLOT_KEYS:
            err(f"{rid}: bad slots {slots}")
            continue
        if it in NO_SLOT_INTENTS and slots:
            err(f"{rid}: {it} should carry no slots")
        if "conference" in slots and slots["conference"] not in CANON:
            err(f"{rid}: non-canonical conference {slots['conference']!r}")
        if "speaker" in slots and not in_notes(slots["speaker"]):
            err(f"{rid}: speaker {slots['speaker']!r} not in the notes")
        if "talk" in slots and not is_heading(slots["talk"]):
            err(f"{rid}: talk {slots['talk']!r} is not a heading in the notes")
        if "topic" in slots and slots["topic"] != slots["topic"].lower():
            err(f"{rid}: topic should be lower case")
        if it == "summarize_talk" and "talk" not in slots:
            err(f"{rid}: summarize_talk without talk slot")
        if it == "speaker_info" and "speaker" not in slots:
            err(f"{rid}: speaker_info without speaker slot")
    for it in INTENTS:
        if cnt[it] < 10:
            err(f"intents: only {cnt[it]} for {it}")
    return {"rows": len(rows), "per_intent": dict(cnt)}


# ---------------------------------------------------------------- dialogues
PLAIN_DECLINES = [
    "The notes don't say.",
    "The notes do not mention that.",
    "That isn't covered in the notes.",
    "I can't find that in the notes.",
    "Sorry, the notes don't give that detail.",
    "There's no information about that in the notes.",
    "I don't know - it's not in the notes.",
    "The notes don’t specify that.",
]


def check_dialogues():
    rows = load_jsonl("dialogues.jsonl")
    if len(rows) != 40:
        err(f"dialogues: {len(rows)} rows, want 40")
    check_ids(rows, "bd", 2, "dialogues")
    n_turns = n_decl = 0
    lens = collections.Counter()
    switches = 0
    for r in rows:
        rid = r.get("id")
        if set(r) != {"id", "turns"}:
            err(f"{rid}: fields {sorted(r)}")
            continue
        turns = r["turns"]
        lens[len(turns)] += 1
        if not (3 <= len(turns) <= 5):
            err(f"{rid}: {len(turns)} turns (want 3-5)")
        docs = {t.get("doc") for t in turns if t.get("doc")}
        if len(docs) > 1:
            switches += 1
        for k, t in enumerate(turns, 1):
            tid = f"{rid}.{k}"
            n_turns += 1
            extra = set(t) - {"user", "must_contain", "doc", "answer", "expect"}
            if extra or not {"user", "must_contain", "doc", "answer"} <= set(t):
                err(f"{tid}: fields {sorted(t)}")
                continue
            mc = t["must_contain"]
            if not (isinstance(mc, list) and 1 <= len(mc) <= 3):
                err(f"{tid}: must_contain must hold 1-3 regexes")
                continue
            if not compile_all(tid, mc):
                continue
            for rx in mc:
                if not rx_ok(rx, t["answer"]):
                    err(f"{tid}: {rx!r} does not match the reference answer")
            if t.get("expect") == "decline":
                n_decl += 1
                for rx in mc:
                    for d in PLAIN_DECLINES:
                        if not rx_ok(rx, d):
                            err(f"{tid}: decline regex misses {d!r}")
                if t["doc"] is not None and t["doc"] not in NOTES:
                    err(f"{tid}: unknown doc")
            elif "expect" in t:
                err(f"{tid}: unknown expect {t['expect']!r}")
            else:
                if t["doc"] not in NOTES:
                    err(f"{tid}: unknown doc {t['doc']}")
                    continue
                for rx in mc:
                    if not rx_ok(rx, NOTES[t["doc"]]):
                        err(f"{tid}: {rx!r} does not match {t['doc']} (raw)")
                    if not rx_ok(rx, FLAT[t["doc"]]):
                        err(f"{tid}: {rx!r} does not match {t['doc']} (newlines as spaces)")
    if n_decl < 5:
        err("dialogues: fewer than 5 decline turns")
    return {"rows": len(rows), "turns": n_turns, "declines": n_decl,
            "lengths": dict(sorted(lens.items())), "multi_doc": switches}


# ---------------------------------------------------------------- readme
def check_readme(stats):
    path = os.path.join(HERE, "README.md")
    if not os.path.exists(path):
        err("README.md missing")
        return
    text = open(path, encoding="utf-8").read()
    for needle in (f"`qa.jsonl`: {stats['qa']['rows']}",
                   f"`unanswerable.jsonl`: {stats['un']['rows']}",
                   f"`intents.jsonl`: {stats['it']['rows']}",
                   f"`dialogues.jsonl`: {stats['dl']['rows']}",
                   f"{stats['dl']['turns']} turns"):
        if needle not in text:
            err(f"README.md does not state {needle!r}")
    for doc, n in stats["qa"]["per_doc"].items():
        if f"{doc}: {n}" not in text:
            err(f"README.md per-doc count for {doc} wrong")
    for it, n in stats["it"]["per_intent"].items():
        if f"{it}: {n}" not in text:
            err(f"README.md intent count for {it} wrong")


def main():
    stats = {}
    stats["qa"], qa_q = check_qa()
    stats["un"] = check_un(qa_q)
    stats["it"] = check_intents()
    stats["dl"] = check_dialogues()
    check_readme(stats)
    print(json.dumps(stats, indent=1, sort_keys=True))
    if ERRORS:
        print(f"\n{len(ERRORS)} problem(s):")
        for e in ERRORS:
            print(" -", e)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
