"""Shared helpers for the blind-h build scripts and verify.py."""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.normpath(os.path.join(HERE, '..', 'src-corpus'))

DOCS = {
    'awsome': 'awsome-day-manchester-2018.txt',
    'builders': 'aws-builders-day-manchester-2018.txt',
    'summit': 'aws-summit-london-2019.txt',
    'reinvent': 'aws-reinvent-2017.txt',
    'book': 'aws-book-netshock.txt',
}

CANONICAL = {
    'AWSome Day Manchester 2018',
    'AWS Summit London 2019',
    'AWS book (netshock)',
    'AWS Builders Day Manchester 2018',
    'AWS re:Invent 2017',
}

DECLINE_RX = r"(don.t|do not|doesn.t|not|no) .*(notes|cover|mention|say|know)|couldn.t find|no information"

_cache = {}


def read_doc(name):
    if name not in _cache:
        with open(os.path.join(CORPUS, name), encoding='utf-8') as f:
            _cache[name] = f.read()
    return _cache[name]


def _norm(text):
    out, idx = [], []
    prev_space = False
    for i, ch in enumerate(text):
        c = ch
        if c in '\u2019\u2018':
            c = "'"
        elif c in '\u201c\u201d':
            c = '"'
        elif c in '\u2013\u2014':
            c = '-'
        if c.isspace():
            if prev_space:
                continue
            c = ' '
            prev_space = True
        else:
            prev_space = False
        out.append(c)
        idx.append(i)
    return ''.join(out), idx


def resolve(doc, hint):
    """Return the verbatim span of `doc` matching `hint` up to quote style and whitespace."""
    text = read_doc(doc)
    n, idx = _norm(text)
    h, _ = _norm(hint)
    h = h.strip()
    p = n.find(h)
    if p < 0:
        raise ValueError('evidence not found in %s: %r' % (doc, hint))
    return text[idx[p]: idx[p + len(h) - 1] + 1]


def write_jsonl(path, rows):
    with open(os.path.join(HERE, path), 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
