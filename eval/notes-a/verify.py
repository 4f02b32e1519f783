"""Self-check for the blind-notes set: file coverage, evidence substrings, regexes."""
import json, os, re, sys
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
KINDS = {"factoid", "list", "why", "howto", "who", "numeric", "summary", "comparison"}

def main():
    errs = []
    files = sorted(os.path.relpath(os.path.join(d, f), CORPUS)
                   for d, _, fs in os.walk(CORPUS) for f in fs)
    exp = yaml.safe_load(open(os.path.join(HERE, "expected.yaml"), encoding="utf-8"))
    if sorted(exp) != files:
        errs.append("expected.yaml does not cover exactly the corpus files")
    for p, v in exp.items():
        if set(v) != {"event", "date", "talks"}:
            errs.append(f"bad keys for {p}")
        for t in v["talks"]:
            if set(t) != {"title", "code", "speakers"}:
                errs.append(f"bad talk keys in {p}")
    ids = set()
    for line in open(os.path.join(HERE, "qa.jsonl"), encoding="utf-8"):
        q = json.loads(line)
        ids.add(q["id"])
        txt = open(os.path.join(CORPUS, q["doc"]), encoding="utf-8").read()
        if q["evidence"] not in txt:
            errs.append(f"{q['id']}: evidence not verbatim")
        if not 10 <= len(q["evidence"]) <= 200:
            errs.append(f"{q['id']}: evidence length")
        if not 1 <= len(q["must_contain"]) <= 2:
            errs.append(f"{q['id']}: must_contain count")
        for rx in q["must_contain"]:
            if not re.search(rx, q["answer"], re.I):
                errs.append(f"{q['id']}: regex does not match gold answer")
        if q["kind"] not in KINDS:
            errs.append(f"{q['id']}: kind")
    nu = [json.loads(l) for l in open(os.path.join(HERE, "unanswerable.jsonl"), encoding="utf-8")]
    for u in nu:
        if set(u) != {"id", "question", "why_unanswerable"}:
            errs.append(f"{u.get('id')}: keys")
    talks = sum(len(v["talks"]) for v in exp.values())
    spk = {s for v in exp.values() for t in v["talks"] for s in t["speakers"]}
    print(f"files={len(files)} talks={talks} speakers={len(spk)} qa={len(ids)} unanswerable={len(nu)}")
    for e in errs:
        print("ERROR", e)
    return 1 if errs else 0

if __name__ == "__main__":
    sys.exit(main())
