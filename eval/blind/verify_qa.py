"""Checks blind set C: evidence verbatim in doc, regexes compile and match gold answers,
ids unique, schema, counts and style mix."""
import json, re, os, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = "/work/main/corpus"
DOCS = ["aws-book-netshock.txt", "aws-builders-day-manchester-2018.txt", "aws-reinvent-2017.txt",
        "aws-summit-london-2019.txt", "awsome-day-manchester-2018.txt"]
KINDS = {"factoid", "list", "why", "howto", "who", "numeric", "summary", "comparison"}
text = {d: open(os.path.join(CORPUS, d), encoding="utf-8").read() for d in DOCS}

def load(p):
    with open(os.path.join(HERE, p), encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]

qa, un = load("qa.jsonl"), load("unanswerable.jsonl")
meta = json.load(open(os.path.join(HERE, "style_meta.json"))) if os.path.exists(os.path.join(HERE, "style_meta.json")) else {}
errors = []
ids = [r["id"] for r in qa + un]
for i, c in collections.Counter(ids).items():
    if c > 1: errors.append("duplicate id %s" % i)
qs = [r["question"].strip().lower() for r in qa + un]
for qq, c in collections.Counter(qs).items():
    if c > 1: errors.append("duplicate question %r" % qq)

for r in qa:
    rid = r["id"]
    for k in ("id", "question", "answer", "must_contain", "doc", "evidence", "kind"):
        if k not in r: errors.append("%s missing %s" % (rid, k))
    if r["doc"] not in text: errors.append("%s bad doc %s" % (rid, r["doc"])); continue
    if r["kind"] not in KINDS: errors.append("%s bad kind %s" % (rid, r["kind"]))
    ev = r["evidence"]
    if not (10 <= len(ev) <= 200): errors.append("%s evidence length %d" % (rid, len(ev)))
    if ev not in text[r["doc"]]: errors.append("%s evidence not verbatim in %s: %r" % (rid, r["doc"], ev))
    mc = r["must_contain"]
    if not (1 <= len(mc) <= 3): errors.append("%s must_contain has %d regexes" % (rid, len(mc)))
    for rx in mc:
        try:
            if not re.search(rx, r["answer"], re.I): errors.append("%s regex %r does not match answer" % (rid, rx))
        except re.error as e:
            errors.append("%s regex %r does not compile: %s" % (rid, rx, e))
for r in un:
    for k in ("id", "question", "why_unanswerable"):
        if k not in r: errors.append("%s missing %s" % (r.get("id"), k))

# ---- counts ----
def terse(q): return len(re.findall(r"\S+", q)) <= 6
def lower(q): return q == q.lower() or q[:1].islower()
kinds = collections.Counter(r["kind"] for r in qa)
docs = collections.Counter(r["doc"] for r in qa)
n = len(qa)
n_terse = sum(terse(r["question"]) for r in qa)
n_lower = sum(lower(r["question"]) for r in qa)
n_tl = sum(terse(r["question"]) or lower(r["question"]) for r in qa)
n_typo = sum(1 for r in qa if meta.get(r["id"], {}).get("typo"))
cats = collections.Counter(meta.get(r["id"], {}).get("category", "?") for r in un)
print("answerable:", n, " unanswerable:", len(un), dict(cats))
print("by kind:", dict(sorted(kinds.items())))
print("by doc:", dict(sorted(docs.items())))
print("style: terse(<=6 words) %.0f%%, lower-case %.0f%%, terse-or-lower %.0f%%, typo/misspelling %.0f%%" % (
    100*n_terse/n, 100*n_lower/n, 100*n_tl/n, 100*n_typo/n))
mins = {"summary": 25, "comparison": 15, "list": 20}
for k, m in mins.items():
    if kinds[k] < m: errors.append("only %d %s questions (need %d)" % (kinds[k], k, m))
if n < 180: errors.append("only %d answerable" % n)
if len(un) < 50: errors.append("only %d unanswerable" % len(un))
if cats.get("near", 0) < 40: errors.append("only %d near-miss unanswerables" % cats.get("near", 0))
if n_tl / n < 0.40: errors.append("terse/lower share below 40%")
if errors:
    print("\n".join("ERROR: " + e for e in errors)); sys.exit(1)
print("OK")
