"""Shared helpers for the dev-i build scripts and verify.py."""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.normpath(os.path.join(HERE, "..", "src-corpus"))

A = "awsome-day-manchester-2018.txt"
S = "aws-summit-london-2019.txt"
K = "aws-book-netshock.txt"
B = "aws-builders-day-manchester-2018.txt"
R = "aws-reinvent-2017.txt"
DOCS = [A, S, K, B, R]

CONFERENCES = {
    A: "AWSome Day Manchester 2018",
    S: "AWS Summit London 2019",
    K: "AWS book (netshock)",
    B: "AWS Builders Day Manchester 2018",
    R: "AWS re:Invent 2017",
}

DECLINE = (r"(don.t|do not|doesn.t|not|no) .*(notes|cover|mention|say|know)"
           r"|couldn.t find|no information")


def load_docs():
    out = {}
    for d in DOCS:
        with open(os.path.join(CORPUS, d), encoding="utf-8") as f:
            out[d] = f.read()
    return out


def flat(text):
    return text.replace("\r", " ").replace("\n", " ")


_QUOTES = {"'": "['\u2019\u2018]", "\u2019": "['\u2019\u2018]",
           '"': "[\"\u201c\u201d]"}


def resolve_evidence(doc_text, snippet):
    """Find `snippet` in the doc allowing any whitespace run (incl. the
    e-book's hard line breaks) between tokens and straight/curly quotes;
    return the exact verbatim substring of the doc."""
    parts = []
    for tok in snippet.split():
        p = "".join(_QUOTES.get(ch, re.escape(ch)) for ch in tok)
        parts.append(p)
    pat = r"\s+".join(parts)
    m = re.search(pat, doc_text)
    if not m:
        raise ValueError("evidence not found: %r" % snippet)
    return m.group(0)


def write_jsonl(path, rows):
    with open(os.path.join(HERE, path), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def save_typos(name, ids):
    p = os.path.join(HERE, "typos.json")
    data = {}
    if os.path.exists(p):
        with open(p, encoding="utf-8") as f:
            data = json.load(f)
    data[name] = ids
    with open(p, "w", encoding="utf-8") as f:
        json.dump(data, f, indent=1, sort_keys=True)
