"""Regenerate every jsonl file and README.md, then the caller runs verify.py.

    python3 build_all.py && python3 verify.py
"""
import json
import os
from collections import Counter

import build_dl
import build_it
import build_qa
import build_un
from common import DOCS, HERE, CONFERENCES, DECLINE


def load(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def terse_or_lower(t):
    return len(t.split()) <= 6 or t == t.lower()


def pct(texts):
    return 100.0 * sum(terse_or_lower(t) for t in texts) / len(texts)


def readme():
    qa, un, dl, it = (load(n) for n in ("qa.jsonl", "unanswerable.jsonl",
                                        "dialogues.jsonl", "intents.jsonl"))
    with open(os.path.join(HERE, "typos.json"), encoding="utf-8") as f:
        ty = json.load(f)
    per_doc = Counter(r["doc"] for r in qa)
    kinds = Counter(r["kind"] for r in qa)
    cat = Counter(r["category"] for r in un)
    nturns = Counter(len(r["turns"]) for r in dl)
    turns = [t for r in dl for t in r["turns"]]
    dec = [("%s.%d" % (r["id"], i)) for r in dl for i, t in enumerate(r["turns"], 1)
           if t.get("expect") == "decline"]
    dl_docs = Counter(t["doc"] for t in turns)
    switching = sum(1 for r in dl if len({t["doc"] for t in r["turns"]}) > 1)
    intents = Counter(r["intent"] for r in it)
    L = []
    a = L.append
    a("# dev-i evaluation set")
    a("")
    a("Hand-written evaluation data for the conference-notes chatbot, written only from the five")
    a("note files in `../src-corpus/` (plus `manifest.yaml` for the canonical conference names).")
    a("The chatbot itself was not looked at. Record formats follow `../formats/shared-eval-README.md`;")
    a("`doc` fields hold the src-corpus file names.")
    a("")
    a("## Files and counts")
    a("")
    a("- `qa.jsonl`: %d answerable questions (`iq001`-`iq%03d`)" % (len(qa), len(qa)))
    for d in DOCS:
        a("  - %s (%s): %d" % (d, CONFERENCES[d], per_doc[d]))
    a("  - by kind: " + ", ".join("%s %d" % kv for kv in sorted(kinds.items())))
    a("- `unanswerable.jsonl`: %d questions (`iu01`-`iu%02d`): %d `near_miss` (the person, talk, event or"
      % (len(un), len(un), cat["near_miss"]))
    a("  topic IS in the notes, the asked detail is not) and %d `off_topic` (things a notes bot doesn't do)."
      % cat["off_topic"])
    a("  Extra fields: `category`, `present` (strings `grep -i -F` finds in at least one note: the subject")
    a("  is covered), `absent` (strings found in no note, raw or with newlines as spaces: the detail is missing).")
    a("  Off-topic items have an empty `present` list.")
    a("- `dialogues.jsonl`: %d conversations (`id01`-`id%02d`), %d turns; turns per conversation: %s."
      % (len(dl), len(dl), len(turns), ", ".join("%d turns x%d" % kv for kv in sorted(nturns.items()))))
    a("  %d turns are marked `\"expect\": \"decline\"`: %s." % (len(dec), ", ".join(dec)))
    a("  %d conversations move between documents (e.g. Aurora's speed-up at AWSome Day vs the e-book," % switching)
    a("  Werner Vogels at re:Invent / the Summit / Builders Day, AWSome Day vs Builders Day dates).")
    a("  Turn docs: " + ", ".join("%s %d" % (d, dl_docs[d]) for d in DOCS) + ".")
    a("- `intents.jsonl`: %d utterances (`ii001`-`ii%03d`): " % (len(it), len(it))
      + ", ".join("%s %d" % kv for kv in sorted(intents.items())) + ".")
    a("")
    a("## Conventions")
    a("")
    a("- `must_contain`: 1-3 loose Python regexes used as `re.search(rx, reply, re.I)`; a reply must match")
    a("  all of them. They accept reasonable variants (`1,?000`, `5\\s?%|five per\\s?cent`, `can.t|cannot`),")
    a("  contain no quote characters (`.` stands in for apostrophes) and, for the e-book, use `\\s+` between")
    a("  words because of its hard line breaks. Every non-decline regex matches its reference `answer` and")
    a("  its `doc`, both raw and with newlines replaced by spaces.")
    a("- Decline turns use exactly this regex as their single `must_contain`:")
    a("  `%s`." % DECLINE)
    a("  It is checked against the turn's reference answer (a plain decline), not against the doc; `doc` then")
    a("  names the note the conversation is about.")
    a("- `evidence`: a verbatim substring (10-200 chars) of `doc` containing the answer; for the e-book it keeps")
    a("  the file's hard line breaks. The build scripts locate evidence with whitespace-tolerant matching and")
    a("  store the exact text.")
    qid = {r["question"]: r["id"] for r in qa}
    a("- Where notes disagree the question names the event (e.g. `%s` Aurora at AWSome Day = 10x MySQL vs"
      % qid["aurora speedup per the manchester awsome day"])
    a("  the e-book's 5x in `%s`; RDS engine lists differ between AWSome Day and the e-book, `%s`)."
      % (qid["aurora vs mysql per the book"], qid["rds engines listed at awsome day"]))
    a("- Dialogue follow-ups only make sense with the earlier turns: pronouns (`his twitter?`), ellipsis")
    a("  (`and the concurrency cap`, `default?`), ordinals after a list (`who gave the 2nd one`), `who gave it`")
    a("  after a summary, switching event mid-conversation, returning to an earlier topic (`back to barclays`),")
    a("  chatty openers (`morning! quick one - ...`, `ok different q. ...`).")
    a("- Intent slots (only what the utterance itself expresses; `{}` otherwise):")
    a("  - `conference`: canonical name from manifest.yaml (`vegas` -> AWS re:Invent 2017, `hotel football` /")
    a("    `awsome day` -> AWSome Day Manchester 2018, `victoria warehouse` -> AWS Builders Day Manchester 2018,")
    a("    `excel` / `london` -> AWS Summit London 2019, `the ebook` -> AWS book (netshock)). A bare `manchester`")
    a("    is ambiguous (two events) and gets no conference slot.")
    a("  - `speaker`: the name as written in the notes (`adrian horn` -> `Adrian Hornsby`, `ian masingham` ->")
    a("    `Ian Massingham`, `werner` -> `Werner Vogels`).")
    a("  - `talk`: the exact heading title without the ` - Speaker - @handle` suffix (AWSome Day's keynote is")
    a("    `Key note`; Werner's keynote heading is `Thursday Keynote, Werner Vogels, CTO`).")
    a("  - `topic`: short lower-case phrase, to be compared loosely.")
    a("  - greeting / help / goodbye / reset / thanks / out_of_scope / list_conferences carry no slots.")
    a("  - `what did X present` / `who is X` -> speaker_info; `which talks did X give` / `sessions at C` ->")
    a("    list_talks; a factual question that mentions a speaker or event -> ask_question.")
    a("")
    a("## Style")
    a("")
    a("Written to look like chat-box input rather than exam questions: mostly lower case, terse, slang")
    a("(`ey up`, `ta`, `legend`), loose event names (`vegas`, `the london one`, `hotel football`, `the book`)")
    a("or none at all, first/last names only, paraphrases that avoid the notes' wording, one-word messages, and")
    a("a few other languages (German, French, Spanish). Stock phrasings a bot's sample utterances probably")
    a("contain (`what can you do`, `hello`, `thank you`, `goodbye`, `start over`, `tell me a joke`, ...) are")
    a("not used; verify.py rejects them.")
    a("")
    a("Terse (<= 6 words) or all-lower-case share: qa %.0f%%, unanswerable %.0f%%, dialogue turns %.0f%%,"
      % (pct([r["question"] for r in qa]), pct([r["question"] for r in un]), pct([t["user"] for t in turns])))
    a("intents %.0f%%." % pct([r["text"] for r in it]))
    a("")
    tot = sum(len(v) for v in ty.values())
    n = len(qa) + len(un) + len(turns) + len(it)
    a("### Deliberate typos (%d of %d items, about 1 in %.0f)" % (tot, n, n / tot))
    a("")
    a("Dialogue turns are written `idNN.turn`. These are intentional and must not be \"fixed\".")
    a("")
    for k in ("qa", "unanswerable", "dialogues", "intents"):
        a("- %s (%d): %s" % (k, len(ty[k]), ", ".join(ty[k])))
    a("")
    a("## Building and checking")
    a("")
    a("```")
    a("python3 build_all.py   # build_qa.py, build_un.py, build_dl.py, build_it.py + this README")
    a("python3 verify.py      # exits 0 only if every check passes")
    a("```")
    a("")
    a("`common.py` holds shared helpers (corpus paths, canonical names, decline regex, evidence resolver).")
    a("`typos.json` records the typo ids (generated).")
    a("")
    a("verify.py checks: ids well formed, in order and unique; exact field sets; 40 questions per note;")
    a("kind minimums (summary >= 20, comparison >= 25, who >= 12); evidence length and verbatim presence;")
    a("every regex compiles, has no quote characters, and matches the answer and the doc raw and with")
    a("newlines as spaces (decline turns: the decline regex matches the reference answer); 50/10 unanswerable")
    a("categories, `present` strings found and `absent` strings not found with `grep -i -F` (absent also on")
    a("flattened text); 3-5 turns per conversation, mostly 4, 10-15 decline turns; 11 intents with >= 12 each,")
    a("ask_question ~35, out_of_scope ~22; slot keys and values (canonical conference, speaker spelled as in")
    a("the notes, talk = heading title, lower-case topic); >= 60% terse/lower-case per file; no stock phrases;")
    a("typo ids valid, listed here, and about 1 in 8 per file.")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")


def main():
    p = os.path.join(HERE, "typos.json")
    if os.path.exists(p):
        os.remove(p)
    build_qa.main()
    build_un.main()
    build_dl.main()
    build_it.main()
    readme()
    print("README.md written")


if __name__ == "__main__":
    main()
