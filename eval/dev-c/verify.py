#!/usr/bin/env python3
"""Sanity checks for dev-c/qa.jsonl and dev-c/unanswerable.jsonl.

Checks
  * every line is JSON with the required fields; kind is allowed; 1-3 regexes
  * evidence is 10-200 chars and a verbatim substring of its doc
  * every must_contain regex compiles, matches the gold answer, and matches the
    doc text (re.I); for the book (hard line breaks) the doc with newlines
    replaced by spaces is also accepted
  * ids unique (within and across both files); doc names exist in manifest
  * unanswerable entries have question + why_unanswerable
Prints counts per doc and per kind. Exit code 1 on any failure.
"""
import collections, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.normpath(os.path.join(HERE, '..', 'src-corpus'))
KINDS = {'factoid', 'list', 'why', 'howto', 'who', 'numeric', 'summary', 'comparison'}
BOOK = 'aws-book-netshock.txt'

errors = []


def err(msg):
    errors.append(msg)


# doc names from manifest (top-level keys ending in .txt)
manifest = open(os.path.join(SRC, 'manifest.yaml'), encoding='utf-8').read()
DOCNAMES = re.findall(r'^([\w.-]+\.txt):\s*$', manifest, re.M)
TEXT = {d: open(os.path.join(SRC, d), encoding='utf-8').read() for d in DOCNAMES}


def load(path):
    rows = []
    with open(path, encoding='utf-8') as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f'{os.path.basename(path)}:{n}: bad JSON ({e})')
    return rows


qa = load(os.path.join(HERE, 'qa.jsonl'))
un = load(os.path.join(HERE, 'unanswerable.jsonl'))

seen = set()
for o in qa:
    oid = o.get('id', '?')
    for k in ('id', 'question', 'answer', 'must_contain', 'doc', 'evidence', 'kind'):
        if k not in o:
            err(f'{oid}: missing field {k}')
    if oid in seen:
        err(f'{oid}: duplicate id')
    seen.add(oid)
    if not re.fullmatch(r'dc\d{3}', oid):
        err(f'{oid}: id format')
    if o.get('kind') not in KINDS:
        err(f'{oid}: bad kind {o.get("kind")!r}')
    doc = o.get('doc')
    if doc not in TEXT:
        err(f'{oid}: unknown doc {doc!r}')
        continue
    text = TEXT[doc]
    variants = [text]
    if doc == BOOK:
        variants.append(text.replace('\n', ' '))
    ev = o.get('evidence', '')
    if not (10 <= len(ev) <= 200):
        err(f'{oid}: evidence length {len(ev)} not in 10..200')
    if ev not in text:
        err(f'{oid}: evidence not verbatim in {doc}: {ev[:60]!r}')
    rxs = o.get('must_contain', [])
    if not isinstance(rxs, list) or not (1 <= len(rxs) <= 3):
        err(f'{oid}: must_contain must be a list of 1-3 regexes')
        continue
    for rx in rxs:
        try:
            c = re.compile(rx, re.I)
        except re.error as e:
            err(f'{oid}: regex {rx!r} does not compile ({e})')
            continue
        if not c.search(o.get('answer', '')):
            err(f'{oid}: regex {rx!r} does not match answer')
        if not any(c.search(v) for v in variants):
            err(f'{oid}: regex {rx!r} does not match doc {doc}')
    if not o.get('question', '').strip():
        err(f'{oid}: empty question')

for o in un:
    oid = o.get('id', '?')
    for k in ('id', 'question', 'why_unanswerable'):
        if not str(o.get(k, '')).strip():
            err(f'{oid}: missing/empty field {k}')
    if oid in seen:
        err(f'{oid}: duplicate id')
    seen.add(oid)
    if not re.fullmatch(r'du\d{3}', oid):
        err(f'{oid}: id format')

# duplicate question texts
qs = collections.Counter(o.get('question', '').strip().lower() for o in qa + un)
for q, n in qs.items():
    if n > 1:
        err(f'duplicate question text x{n}: {q!r}')

print(f'qa.jsonl: {len(qa)} questions   unanswerable.jsonl: {len(un)} questions')
print('\nper doc:')
for d, n in sorted(collections.Counter(o.get('doc') for o in qa).items(), key=lambda x: -x[1]):
    print(f'  {n:4d}  {d}')
print('\nper kind:')
for k, n in sorted(collections.Counter(o.get('kind') for o in qa).items(), key=lambda x: -x[1]):
    print(f'  {n:4d}  {k}')
per_doc = collections.Counter(o.get('doc') for o in qa)
for d in DOCNAMES:
    if per_doc[d] < 25:
        err(f'only {per_doc[d]} questions for {d} (need >= 25)')

if errors:
    print(f'\nFAIL: {len(errors)} problem(s)')
    for e in errors:
        print('  -', e)
    sys.exit(1)
print('\nPASS: all checks OK')
