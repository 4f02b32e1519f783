#!/usr/bin/env python3
"""Checks every file of the dev-i evaluation set. Exit code 0 = all good."""
import json
import os
import re
import subprocess
import sys
from collections import Counter

from common import CORPUS, CONFERENCES, DECLINE, DOCS, HERE, flat, load_docs

ERR = []


def err(msg):
    ERR.append(msg)


def load(name):
    rows = []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                err("%s line %d empty" % (name, n))
                continue
            rows.append(json.loads(line))
    return rows


DOCTEXT = load_docs()
FLAT = {d: flat(t) for d, t in DOCTEXT.items()}
QUOTES = "'\"\u2018\u2019\u201c\u201d"
FORBIDDEN = ["what can you do", "which conferences can i ask about",
             "what are your capabilities", "hello", "thank you", "goodbye",
             "start over", "tell me a joke", "generate terraform"]


def grep_any(s):
    """True if `grep -i -F` finds s in any note file."""
    files = [os.path.join(CORPUS, d) for d in DOCS]
    r = subprocess.run(["grep", "-i", "-F", "-q", "--", s] + files)
    return r.returncode == 0


def check_rx(where, rxs, answer, doc, need_doc=True):
    if not isinstance(rxs, list) or not 1 <= len(rxs) <= 3:
        err("%s: must_contain needs 1-3 regexes" % where)
        return
    for rx in rxs:
        if any(q in rx for q in QUOTES):
            err("%s: regex has a quote char: %r" % (where, rx))
        try:
            c = re.compile(rx, re.I)
        except re.error as e:
            err("%s: regex %r does not compile: %s" % (where, rx, e))
            continue
        if not c.search(answer):
            err("%s: regex %r misses answer %r" % (where, rx, answer))
        if not c.search(answer.replace("\n", " ")):
            err("%s: regex %r misses answer (flattened)" % (where, rx))
        if need_doc:
            if not c.search(DOCTEXT[doc]):
                err("%s: regex %r misses doc %s (raw)" % (where, rx, doc))
            if not c.search(FLAT[doc]):
                err("%s: regex %r misses doc %s (newlines as spaces)" % (where, rx, doc))


def terse_or_lower(t):
    return len(t.split()) <= 6 or t == t.lower()


def style(name, texts):
    n = len(texts)
    k = sum(terse_or_lower(t) for t in texts)
    share = k / n if n else 0
    if share < 0.60:
        err("%s: only %.0f%% terse/lower-case (need >=60%%)" % (name, 100 * share))
    for t in texts:
        low = t.lower()
        for f in FORBIDDEN:
            if re.search(r"\b%s\b" % re.escape(f), low):
                err("%s: stock phrase %r in %r" % (name, f, t))
    return share


def ids_ok(name, rows, fmt, n):
    want = [fmt % i for i in range(1, n + 1)]
    got = [r.get("id") for r in rows]
    if got != want:
        err("%s: ids not %s..%s in order (got %d rows)" % (name, want[0], want[-1], len(rows)))
    if len(set(got)) != len(got):
        err("%s: duplicate ids" % name)


# ------------------------------------------------------------------ qa
def check_qa():
    rows = load("qa.jsonl")
    ids_ok("qa", rows, "iq%03d", 200)
    keys = {"id", "question", "answer", "must_contain", "doc", "evidence", "kind"}
    kinds = {"factoid", "list", "why", "howto", "who", "numeric", "summary", "comparison"}
    per_doc, per_kind = Counter(), Counter()
    seen_q = set()
    for r in rows:
        w = "qa " + r.get("id", "?")
        if set(r) != keys:
            err("%s: fields %s" % (w, sorted(r)))
            continue
        if r["doc"] not in DOCTEXT:
            err("%s: unknown doc %s" % (w, r["doc"]))
            continue
        if r["kind"] not in kinds:
            err("%s: bad kind %s" % (w, r["kind"]))
        if r["question"].strip().lower() in seen_q:
            err("%s: duplicate question" % w)
        seen_q.add(r["question"].strip().lower())
        per_doc[r["doc"]] += 1
        per_kind[r["kind"]] += 1
        ev = r["evidence"]
        if not 10 <= len(ev) <= 200:
            err("%s: evidence length %d" % (w, len(ev)))
        if ev not in DOCTEXT[r["doc"]]:
            err("%s: evidence not a verbatim substring of %s" % (w, r["doc"]))
        check_rx(w, r["must_contain"], r["answer"], r["doc"])
    for d in DOCS:
        if per_doc[d] != 40:
            err("qa: %s has %d questions (want 40)" % (d, per_doc[d]))
    for k, m in (("summary", 20), ("comparison", 25), ("who", 12)):
        if per_kind[k] < m:
            err("qa: only %d %s questions (want >=%d)" % (per_kind[k], k, m))
    share = style("qa", [r["question"] for r in rows])
    return rows, per_doc, per_kind, share


# ------------------------------------------------------------------ unanswerable
def check_un():
    rows = load("unanswerable.jsonl")
    ids_ok("unanswerable", rows, "iu%02d", 60)
    keys = {"id", "question", "why_unanswerable", "category", "present", "absent"}
    cat = Counter()
    for r in rows:
        w = "unanswerable " + r.get("id", "?")
        if set(r) != keys:
            err("%s: fields %s" % (w, sorted(r)))
            continue
        cat[r["category"]] += 1
        if r["category"] not in ("near_miss", "off_topic"):
            err("%s: bad category" % w)
        if r["category"] == "near_miss" and not r["present"]:
            err("%s: near miss needs present strings" % w)
        if not r["absent"]:
            err("%s: needs absent strings" % w)
        for s in r["present"]:
            if not grep_any(s):
                err("%s: present %r not found by grep -i -F" % (w, s))
        for s in r["absent"]:
            if grep_any(s) or any(s.lower() in FLAT[d].lower() for d in DOCS):
                err("%s: absent %r IS found in the notes" % (w, s))
    if cat["near_miss"] != 50 or cat["off_topic"] != 10:
        err("unanswerable: categories %s (want 50 near_miss / 10 off_topic)" % dict(cat))
    share = style("unanswerable", [r["question"] for r in rows])
    return rows, cat, share


# ------------------------------------------------------------------ dialogues
def check_dl():
    rows = load("dialogues.jsonl")
    ids_ok("dialogues", rows, "id%02d", 50)
    nturns, declines = Counter(), 0
    texts = []
    dec = re.compile(DECLINE, re.I)
    for r in rows:
        w = "dialogue " + r.get("id", "?")
        if set(r) != {"id", "turns"}:
            err("%s: fields %s" % (w, sorted(r)))
            continue
        t = r["turns"]
        nturns[len(t)] += 1
        if not 3 <= len(t) <= 5:
            err("%s: %d turns" % (w, len(t)))
        docs_used = set()
        for i, turn in enumerate(t, 1):
            wt = "%s turn %d" % (w, i)
            texts.append(turn.get("user", ""))
            base = {"user", "must_contain", "doc", "answer"}
            extra = set(turn) - base
            if not base <= set(turn) or extra - {"expect"}:
                err("%s: fields %s" % (wt, sorted(turn)))
                continue
            if turn["doc"] not in DOCTEXT:
                err("%s: unknown doc" % wt)
                continue
            docs_used.add(turn["doc"])
            if turn.get("expect") == "decline":
                declines += 1
                if turn["must_contain"] != [DECLINE]:
                    err("%s: decline turn must use the decline regex" % wt)
                check_rx(wt, turn["must_contain"], turn["answer"], turn["doc"], need_doc=False)
                if not dec.search(turn["answer"]):
                    err("%s: decline answer doesn't match decline regex" % wt)
            elif "expect" in turn:
                err("%s: unknown expect value" % wt)
            else:
                if turn["must_contain"] == [DECLINE]:
                    err("%s: decline regex on a non-decline turn" % wt)
                check_rx(wt, turn["must_contain"], turn["answer"], turn["doc"])
    if not 10 <= declines <= 15:
        err("dialogues: %d decline turns (want 10-15)" % declines)
    if nturns[4] < 25:
        err("dialogues: most conversations should have 4 turns (%s)" % dict(nturns))
    share = style("dialogue turns", texts)
    return rows, nturns, declines, share


# ------------------------------------------------------------------ intents
INTENTS = ["ask_question", "list_talks", "summarize_talk", "speaker_info",
           "list_conferences", "greeting", "help", "goodbye", "reset",
           "thanks", "out_of_scope"]


def headings():
    hs = set()
    for t in DOCTEXT.values():
        for line in t.splitlines():
            line = line.strip()
            if line and not line.startswith(("•", "★", "-")):
                hs.add(line)
    return hs


def check_it():
    rows = load("intents.jsonl")
    ids_ok("intents", rows, "ii%03d", 200)
    hs = headings()
    alltext = "\n".join(DOCTEXT.values())
    cnt = Counter()
    seen = set()
    for r in rows:
        w = "intent " + r.get("id", "?")
        if set(r) != {"id", "text", "intent", "slots"}:
            err("%s: fields %s" % (w, sorted(r)))
            continue
        if r["text"].lower() in seen:
            err("%s: duplicate text" % w)
        seen.add(r["text"].lower())
        cnt[r["intent"]] += 1
        if r["intent"] not in INTENTS:
            err("%s: bad intent %s" % (w, r["intent"]))
        sl = r["slots"]
        if set(sl) - {"conference", "speaker", "talk", "topic"}:
            err("%s: bad slot keys %s" % (w, sorted(sl)))
        if r["intent"] in ("greeting", "help", "goodbye", "reset", "thanks",
                           "out_of_scope", "list_conferences") and sl:
            err("%s: %s should carry no slots" % (w, r["intent"]))
        if "conference" in sl and sl["conference"] not in CONFERENCES.values():
            err("%s: conference %r not canonical" % (w, sl["conference"]))
        if "speaker" in sl and sl["speaker"] not in alltext:
            err("%s: speaker %r not written so in the notes" % (w, sl["speaker"]))
        if "talk" in sl:
            t = sl["talk"]
            ok = t in hs or any(h.startswith(t + " - ") for h in hs)
            if not ok:
                err("%s: talk %r is not a heading title" % (w, t))
        if "topic" in sl and (not sl["topic"] or sl["topic"] != sl["topic"].lower()):
            err("%s: topic must be a non-empty lower-case phrase" % w)
    for i in INTENTS:
        if cnt[i] < 12:
            err("intents: %s has %d (want >=12)" % (i, cnt[i]))
    if not 30 <= cnt["ask_question"] <= 40:
        err("intents: ask_question %d (want ~35)" % cnt["ask_question"])
    if not 18 <= cnt["out_of_scope"] <= 26:
        err("intents: out_of_scope %d (want ~22)" % cnt["out_of_scope"])
    share = style("intents", [r["text"] for r in rows])
    return rows, cnt, share


# ------------------------------------------------------------------ typos / README
def check_typos(qa, un, dl, it):
    with open(os.path.join(HERE, "typos.json"), encoding="utf-8") as f:
        ty = json.load(f)
    valid = {
        "qa": {r["id"] for r in qa},
        "unanswerable": {r["id"] for r in un},
        "dialogues": {"%s.%d" % (r["id"], i) for r in dl for i in range(1, len(r["turns"]) + 1)},
        "intents": {r["id"] for r in it},
    }
    readme = open(os.path.join(HERE, "README.md"), encoding="utf-8").read()
    tot_items = tot_typos = 0
    for k, ids in valid.items():
        lst = ty.get(k, [])
        bad = [x for x in lst if x not in ids]
        if bad:
            err("typos.json %s: unknown ids %s" % (k, bad))
        share = len(lst) / len(ids)
        if not 0.08 <= share <= 0.2:
            err("typos %s: %.1f%% (want about 1 in 8)" % (k, 100 * share))
        for x in lst:
            if x not in readme:
                err("README does not list typo id %s" % x)
        tot_items += len(ids)
        tot_typos += len(lst)
    return ty, tot_typos, tot_items


def main():
    for d in DOCS:
        if not os.path.exists(os.path.join(CORPUS, d)):
            err("missing corpus file %s" % d)
    qa, per_doc, per_kind, s1 = check_qa()
    un, cat, s2 = check_un()
    dl, nturns, declines, s3 = check_dl()
    it, cnt, s4 = check_it()
    ty, nt, ni = check_typos(qa, un, dl, it)
    print("qa: %d  per doc %s" % (len(qa), dict(per_doc)))
    print("    kinds %s  terse/lower %.0f%%" % (dict(sorted(per_kind.items())), 100 * s1))
    print("unanswerable: %d %s  terse/lower %.0f%%" % (len(un), dict(cat), 100 * s2))
    print("dialogues: %d  turns-per-conv %s  total turns %d  declines %d  terse/lower %.0f%%" % (
        len(dl), dict(sorted(nturns.items())), sum(len(r["turns"]) for r in dl), declines, 100 * s3))
    print("intents: %d %s  terse/lower %.0f%%" % (len(it), dict(sorted(cnt.items())), 100 * s4))
    print("typos: %d of %d items (%.1f%%)" % (nt, ni, 100.0 * nt / ni))
    if ERR:
        print("\n%d PROBLEM(S):" % len(ERR))
        for e in ERR:
            print(" -", e)
        sys.exit(1)
    print("\nALL CHECKS PASSED")


if __name__ == "__main__":
    main()
