"""Writes README.md from the generated data (so the counts are never stale)."""
import json, os, collections
from common import HERE, DECLINE, INTENTS

def load(n): return [json.loads(l) for l in open(os.path.join(HERE, n), encoding="utf-8")]
qa, un, dl, it = load("qa.jsonl"), load("unanswerable.jsonl"), load("dialogues.jsonl"), load("intents.jsonl")
typos = json.load(open(os.path.join(HERE, "qa_style_tags.json")))["typo_ids"]
KINDS = ["factoid", "list", "why", "howto", "who", "numeric", "summary", "comparison"]
docs = sorted({r["doc"] for r in qa})
tab = collections.Counter((r["doc"], r["kind"]) for r in qa)
L = []
L.append("# blind-f: held-out evaluation set for the conference-notes QA assistant\n")
L.append("Written blind (from the five notes in `../src-corpus/` and `../formats/shared-eval-README.md` only; "
         "the chatbot was never seen). Every answer is stated in the notes. Record formats follow the shared "
         "eval README; `doc` is the src-corpus file name; conference slot values are the canonical names from "
         "`manifest.yaml`.\n")
L.append("## Files\n")
L.append("| file | rows | content |\n|---|---|---|")
L.append(f"| `qa.jsonl` | {len(qa)} | answerable questions `fq001`-`fq150` |")
L.append(f"| `unanswerable.jsonl` | {len(un)} | `fu001`-`fu050`: 40 near misses + 10 off-topic |")
L.append(f"| `dialogues.jsonl` | {len(dl)} | multi-turn conversations `fd01`-`fd40` ({sum(len(d['turns']) for d in dl)} turns) |")
L.append(f"| `intents.jsonl` | {len(it)} | intent/slot utterances `fi001`-`fi160` |")
L.append("| `qa_style_tags.json` | - | ids of the qa questions that contain a deliberate typo |")
L.append("| `verify.py` | - | checker (run `python3 verify.py`; exit code 0 = pass) |")
L.append("| `common.py`, `build_*.py` | - | generators (`build_qa.py`, `build_unans.py`, `build_dialogues.py`, `build_intents.py`, `build_readme.py`) |\n")
L.append("Rebuild: `for s in qa unans dialogues intents readme; do python3 build_$s.py; done; python3 verify.py`\n")
L.append("## qa.jsonl - counts by note and kind\n")
L.append("| note | " + " | ".join(KINDS) + " | total |")
L.append("|---|" + "---|" * (len(KINDS) + 1))
for d in docs:
    L.append(f"| {d} | " + " | ".join(str(tab[(d, k)]) for k in KINDS) + f" | {sum(tab[(d, k)] for k in KINDS)} |")
kc = collections.Counter(r["kind"] for r in qa)
L.append("| **all** | " + " | ".join(str(kc[k]) for k in KINDS) + f" | {len(qa)} |\n")
w = lambda q: len(q.split())
terse = sum(w(r["question"]) <= 6 for r in qa)
lower = sum(r["question"] == r["question"].lower() for r in qa)
tol = sum(w(r["question"]) <= 6 or r["question"] == r["question"].lower() for r in qa)
L.append("### Style statistics\n")
L.append(f"- terse (<= 6 words): {terse}/{len(qa)}; all lower-case: {lower}/{len(qa)}; terse or lower-case: {tol}/{len(qa)} ({tol/len(qa):.0%})")
L.append(f"- deliberate realistic typos: {len(typos)}/{len(qa)} ({len(typos)/len(qa):.1%}, ~1 in 8) - ids in `qa_style_tags.json`")
L.append(f"- broad questions (kind `summary`: \"tell me about X\", \"key points of Y's talk\", \"what was covered in Z\", \"gist of\", \"rundown of\"): {kc['summary']}")
L.append(f"- comparisons (kind `comparison`: \"A vs B\", \"difference\", \"which is cheapest/quicker\", \"which wins\"): {kc['comparison']}")
L.append("- loose event names (\"awsome day\", \"the london summit\", \"excel\", \"vegas\", \"reinvent\", \"the manchester one\", \"builders day\", \"the ebook\"/\"the book\"); speakers only by first or last name (\"ric\", \"tom\", \"hornsby\", \"adrian\", \"ian\", \"paul\", \"werner\", \"muttoni\"); acronyms (AMI, AZ, NACL, NSG, RPO/RTO, BYOL, DMS, LOB, RRS, KMS, CIDR ...); talks named loosely (\"the nat geo session\", \"the barclays talk\", \"hornsby's chaos talk\"). `verify.py` prints the exact counts.")
L.append("- Some questions name the event on purpose where the notes disagree (Aurora vs MySQL: 10x at AWSome Day, 5x in the book; VPC peering: cross-region at the Summit, same-region only in the book).\n")
L.append("### Conventions\n")
L.append("- `must_contain`: 1-3 loose Python regexes, all matched with `re.search(rx, text, re.I)`. Each one matches the gold answer, the doc raw, and the doc with newlines turned into spaces. They key on the figure or term that any correct answer must contain, with `|` alternatives for spellings (`1,?000`, `5\\s?(TB|terabytes)`, `can.t|cannot`). Summary regexes ask for one or two central terms only, because a correct summary may pick different details.")
L.append("- `evidence`: verbatim substring of `doc` (10-200 chars; for the e-book it keeps the file's hard line breaks). At least one `must_contain` regex matches it. For lists and summaries the evidence is one representative line, because the whole answer spans more than 200 characters.")
L.append("- No answer regex contains a literal apostrophe or quote; where a word would need one it uses `.` (`can.t`, `don.t`), because the notes mix straight and curly apostrophes.\n")
L.append("## unanswerable.jsonl\n")
cats = collections.Counter(r["category"] for r in un)
L.append("Fields: `id, question, why_unanswerable, category, present, absent`. `present` are strings that occur in the notes (grep -i -F, per line); they show that the topic, person or event is covered. `absent` are strings that occur in no note (and not in manifest.yaml); they stand for the detail that is asked for. Off-topic items have `present: []`.\n")
L.append("| category | n | meaning |\n|---|---|---|")
meaning = {"price": "a price or cost the notes do not give", "job_title": "job title or employer of a named speaker",
           "count": "a count or attendance figure that is not stated", "date": "a time or date that is not stated",
           "url": "a link that is mentioned but not included", "other_year": "another year of the same event",
           "wrong_talk": "a talk that the person did not give", "detail": "a detail of a covered topic that is not stated",
           "comparison": "a comparison that the notes do not make", "person": "the book's author (not named)",
           "off_topic": "far from the notes, or a task the bot does not do (translate, code, book, email)"}
for c, n in sorted(cats.items()):
    L.append(f"| {c} | {n} | {meaning.get(c, '')} |")
L.append("\nExpected behaviour: say the notes do not cover it, optionally pointing to what they do cover, and invent nothing.\n")
L.append("## dialogues.jsonl\n")
th = collections.Counter(len(d["turns"]) for d in dl)
nd = sum(1 for d in dl for t in d["turns"] if t.get("expect") == "decline")
ns = sum(1 for d in dl for t in d["turns"] if t["doc"] is None and not t.get("expect") and not t["must_contain"])
nm = sum(1 for d in dl for t in d["turns"] if t["doc"] is None and not t.get("expect") and t["must_contain"])
L.append(f"{len(dl)} conversations; turns per conversation: {dict(sorted(th.items()))}. Play each conversation in one session, in order. Turns: {sum(th[k]*k for k in th)} total, {nd} `\"expect\": \"decline\"`, {ns} small-talk turns (`must_contain: []`, `doc: null`), {nm} multi-document turns (`doc: null`, each regex matches some note).\n")
L.append("Follow-up phenomena covered: pronouns (he/they/it/that talk), ellipsis (\"and the minimum?\", \"and in the book?\", \"what about london?\", \"and adding a 9?\"), \"who gave it?\" after a summary, \"the second one\" / \"the last one\" / \"the third one\" / \"the first one\" after a list, \"which company was that?\", the same question moved to another event (AWSome Day to the book, AWSome Day to re:Invent to London, the book to Builders Day), a detour then \"back to X\", and narrowing (\"just the nosql one\", \"just the container ones\").\n")
L.append("Decline turns all use one regex (also in `common.py` as `DECLINE`) and have `doc: null`:\n")
L.append("```\n" + DECLINE + "\n```\n")
L.append("Ordinal follow-ups (\"the second one\") assume the bot lists items in the order of the notes.\n")
L.append("## intents.jsonl\n")
ic = collections.Counter(r["intent"] for r in it)
L.append("| intent | n |\n|---|---|")
for k in INTENTS:
    L.append(f"| {k} | {ic[k]} |")
sc = collections.Counter(k for r in it for k in r["slots"])
L.append(f"\nSlot occurrences: {dict(sorted(sc.items()))}.\n")
L.append("Conventions (from the shared README, plus the rules below):")
L.append("- Slots contain only what the utterance says. `conference` is the canonical manifest name (\"reinvent\" becomes \"AWS re:Invent 2017\", \"the ebook\" becomes \"AWS book (netshock)\", \"excel\"/\"london summit\" becomes \"AWS Summit London 2019\"). \"reinvent next year\" gets no conference slot because it is a different edition. `speaker` is the full name as written in the notes (\"adrian horn\" and \"hornsby\" become \"Adrian Hornsby\"; \"tom\" at AWSome Day becomes \"Tom Woodyer\"). `talk` is the exact heading from the notes, and a loose reference is normalised when it points to exactly one talk (\"the step functions talk\"). Werner's keynote is tagged by `speaker` only. `topic` is short lower-case free text.")
L.append("- \"what did X present\" / \"who is X\" is `speaker_info`. \"which talks did X give\" / \"sessions at C\" / \"sessions about <topic>\" / \"chapters of the ebook\" is `list_talks`. \"summarize / recap / tldr / key points of <talk>\" and \"what was <talk> about\" are `summarize_talk`. A factual question that only mentions a speaker or event is `ask_question`. \"which events / docs do you have\" and \"do you have notes from reinvent?\" are `list_conferences`.")
L.append("- Meta questions about the bot's abilities or sources (\"can you search the web too?\", \"where does your info come from?\", \"what are you exactly\") are `help`. Chit-chat about the bot (\"do you dream?\") and tasks the bot does not do (translate, write code, book a hotel, email a speaker, set a reminder, order food) are `out_of_scope`. Greetings, thanks and goodbyes in other languages (hola, bonjour, hallo, namaste, merci, danke, gracias, arigatou, grazie, adios, au revoir, tschüss, ciao, sayonara) keep their intent. A Spanish question or request is labelled by its meaning (\"qué es fargate?\" is `ask_question`, \"resume la charla de active-active\" is `summarize_talk`).")
open(os.path.join(HERE, "README.md"), "w", encoding="utf-8").write("\n".join(L) + "\n")
print("README.md written")
