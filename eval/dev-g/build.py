#!/usr/bin/env python3
"""Regenerate qa.jsonl, unanswerable.jsonl, dialogues.jsonl, intents.jsonl (and style_tags.json)
from the hand-written data in data_*.py. Evidence snippets are resolved to the exact
substring of the doc (whitespace-flexible, straight/curly quotes equivalent)."""
import json, os, re, sys
sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "src-corpus")
sys.path.insert(0, HERE)

from data_qa import QA
from data_dialogues import D
from data_unanswerable import U
from data_intents import I


def load(doc):
    with open(os.path.join(CORPUS, doc), encoding="utf-8") as f:
        return f.read()


def snippet_pattern(snip):
    out = []
    i = 0
    while i < len(snip):
        c = snip[i]
        if c.isspace():
            while i < len(snip) and snip[i].isspace():
                i += 1
            out.append(r"\s+")
            continue
        if c in "'\u2019\u2018":
            out.append("['\u2019\u2018]")
        elif c in '"\u201c\u201d':
            out.append('["\u201c\u201d]')
        else:
            out.append(re.escape(c))
        i += 1
    return "".join(out)


def resolve(doc, snip):
    text = load(doc)
    m = re.search(snippet_pattern(snip), text)
    if not m:
        raise SystemExit(f"evidence not found in {doc}: {snip!r}")
    return m.group(0)


def write(name, rows):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    qa, tags = [], {}
    n = 0
    for doc, items in QA.items():
        for (q, a, rx, ev, kind, flags) in items:
            n += 1
            qid = f"gq{n:03d}"
            qa.append({"id": qid, "question": q, "answer": a, "must_contain": rx,
                       "doc": doc, "evidence": resolve(doc, ev), "kind": kind})
            tags[qid] = {"typo": "t" in flags}
    write("qa.jsonl", qa)

    un = []
    for k, (q, why, cat, present, absent) in enumerate(U, 1):
        un.append({"id": f"gu{k:03d}", "question": q, "why_unanswerable": why,
                   "category": cat, "present": present, "absent": absent})
    write("unanswerable.jsonl", un)

    dl = []
    for k, turns in enumerate(D, 1):
        ts = []
        for (user, rx, doc, expect) in turns:
            t = {"user": user, "must_contain": rx, "doc": doc}
            if expect:
                t["expect"] = expect
            ts.append(t)
        dl.append({"id": f"gd{k:02d}", "turns": ts})
    write("dialogues.jsonl", dl)

    it = []
    for k, (text, intent, slots) in enumerate(I, 1):
        it.append({"id": f"gi{k:03d}", "text": text, "intent": intent, "slots": slots})
    write("intents.jsonl", it)

    with open(os.path.join(HERE, "style_tags.json"), "w") as f:
        json.dump(tags, f, indent=0)
    print(f"qa {len(qa)}, unanswerable {len(un)}, dialogues {len(dl)}, intents {len(it)}")


if __name__ == "__main__":
    main()
