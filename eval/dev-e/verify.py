#!/usr/bin/env python3
"""Checks the dev-e evaluation set against the five notes in ../src-corpus."""
import json, re, sys
from collections import Counter
from common import HERE, DOCS, CONF, text
import os

ERR = []
def err(msg): ERR.append(msg)
def load(name):
    rows = []
    if not os.path.exists(os.path.join(HERE, name)):
        err(f'{name}: missing'); return rows
    with open(os.path.join(HERE, name), encoding='utf-8') as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line: continue
            try: rows.append(json.loads(line))
            except Exception as e: err(f'{name}:{n}: bad json {e}')
    return rows

RAW = {d: text(d) for d in DOCS}
FLAT = {d: RAW[d].replace('\n', ' ') for d in DOCS}

def compiles(rx, where):
    try:
        return re.compile(rx, re.I)
    except re.error as e:
        err(f'{where}: regex {rx!r} does not compile: {e}'); return None

def hits_doc(c, d):
    return bool(c.search(RAW[d])) and bool(c.search(FLAT[d]))

ALL_IDS = []
KINDS = {'factoid','list','why','howto','who','numeric','summary','comparison'}
def terse(q):
    return q == q.lower() or len(q.split()) <= 6

# ---------------- qa
qa = load('qa.jsonl')
for r in qa:
    w = r.get('id', '?')
    ALL_IDS.append(w)
    if not re.fullmatch(r'eq\d{3}', w): err(f'{w}: bad id')
    for k in ('question','answer','must_contain','doc','evidence','kind'):
        if k not in r: err(f'{w}: missing {k}')
    if r['kind'] not in KINDS: err(f'{w}: bad kind {r["kind"]}')
    if r['doc'] not in DOCS: err(f'{w}: bad doc'); continue
    ev = r['evidence']
    if not (10 <= len(ev) <= 200): err(f'{w}: evidence length {len(ev)}')
    if ev not in RAW[r['doc']]: err(f'{w}: evidence not verbatim in {r["doc"]}: {ev!r}')
    if not (1 <= len(r['must_contain']) <= 3): err(f'{w}: need 1-3 regexes')
    for rx in r['must_contain']:
        c = compiles(rx, w)
        if not c: continue
        if not c.search(r['answer']): err(f'{w}: {rx!r} misses answer')
        if not c.search(RAW[r['doc']]): err(f'{w}: {rx!r} misses doc (raw)')
        if not c.search(FLAT[r['doc']]): err(f'{w}: {rx!r} misses doc (newline-as-space)')
qa_docs = Counter(r['doc'] for r in qa); qa_kinds = Counter(r['kind'] for r in qa)
if len(qa) != 200: err(f'qa: {len(qa)} rows, want 200')
for d in DOCS:
    if qa_docs[d] < 30: err(f'qa: only {qa_docs[d]} for {d}')
if qa_kinds['comparison'] < 15: err('qa: <15 comparisons')
if qa_kinds['summary'] < 10: err('qa: <10 summaries')
n_terse = sum(terse(r['question']) for r in qa)
if n_terse < 0.4 * len(qa): err(f'qa: only {n_terse} terse/lower-case questions')

# ---------------- unanswerable
un = load('unanswerable.jsonl')
for r in un:
    w = r.get('id', '?')
    ALL_IDS.append(w)
    if not re.fullmatch(r'eu\d{3}', w): err(f'{w}: bad id')
    for k in ('question','why_unanswerable','category','present','absent'):
        if k not in r: err(f'{w}: missing {k}')
    if r['category'] not in ('near_miss', 'off_topic'): err(f'{w}: bad category')
    if r['category'] == 'near_miss' and not r['present']: err(f'{w}: near miss without present greps')
    if not r['absent']: err(f'{w}: no absent greps')
    for rx in r['present']:
        c = compiles(rx, w)
        if c and not any(c.search(RAW[d]) or c.search(FLAT[d]) for d in DOCS):
            err(f'{w}: present {rx!r} hits no note')
    for rx in r['absent']:
        c = compiles(rx, w)
        if c:
            for d in DOCS:
                if c.search(RAW[d]) or c.search(FLAT[d]):
                    err(f'{w}: absent {rx!r} DOES hit {d}: {(c.search(RAW[d]) or c.search(FLAT[d])).group(0)!r}')
un_cat = Counter(r['category'] for r in un)
if un_cat['near_miss'] != 50 or un_cat['off_topic'] != 10: err(f'unanswerable: counts {dict(un_cat)}')

# ---------------- intents
INTENTS = ['ask_question','list_talks','summarize_talk','speaker_info','list_conferences','greeting','help','goodbye','reset','thanks','out_of_scope']
HEAD_LINES = set()
for d in DOCS:
    for line in RAW[d].split('\n'):
        line = line.strip()
        if line: HEAD_LINES.add(line)
def is_heading(t):
    return any(l == t or l.startswith(t + ' - ') or l.startswith(t + ' @') for l in HEAD_LINES)
it = load('intents.jsonl')
for r in it:
    w = r.get('id', '?')
    ALL_IDS.append(w)
    if not re.fullmatch(r'ei\d{3}', w): err(f'{w}: bad id')
    if r.get('intent') not in INTENTS: err(f'{w}: bad intent {r.get("intent")}')
    s = r.get('slots')
    if not isinstance(s, dict): err(f'{w}: slots not a dict'); continue
    for k, v in s.items():
        if k not in ('conference','speaker','talk','topic'): err(f'{w}: bad slot {k}')
        elif k == 'conference' and v not in CONF.values(): err(f'{w}: non-canonical conference {v!r}')
        elif k == 'speaker' and not any(v in RAW[d] for d in DOCS): err(f'{w}: speaker {v!r} not in notes')
        elif k == 'talk' and not is_heading(v): err(f'{w}: talk {v!r} is not a heading')
        elif k == 'topic' and (not isinstance(v, str) or v != v.lower() or not v): err(f'{w}: topic must be lower-case text')
it_c = Counter(r['intent'] for r in it)
if len(it) != 200: err(f'intents: {len(it)} rows, want 200')
for i in INTENTS:
    if it_c[i] < 12: err(f'intents: only {it_c[i]} {i}')
if it_c['ask_question'] < 35: err('intents: ask_question < 35')

# ---------------- dialogues
DECLINE_SAMPLES = ["Sorry, I couldn't find that in the notes.",
                   "The notes don't say - that detail is not covered.",
                   "I have no information about that in the conference notes."]
dl = load('dialogues.jsonl')
n_turns = 0; n_decl = 0; tl = Counter(); n_docs_multi = 0
for r in dl:
    w = r.get('id', '?')
    ALL_IDS.append(w)
    if not re.fullmatch(r'ed\d{3}', w): err(f'{w}: bad id')
    turns = r.get('turns', [])
    tl[len(turns)] += 1
    if not 3 <= len(turns) <= 5: err(f'{w}: {len(turns)} turns')
    if len({t.get('doc') for t in turns if t.get('doc')}) > 1: n_docs_multi += 1
    for j, t in enumerate(turns, 1):
        n_turns += 1
        tw = f'{w}.t{j}'
        if not t.get('user') or not t.get('must_contain'): err(f'{tw}: missing user/must_contain')
        if t.get('expect') == 'decline':
            n_decl += 1
            for rx in t['must_contain']:
                c = compiles(rx, tw)
                if c and not all(c.search(s) for s in DECLINE_SAMPLES): err(f'{tw}: decline regex misses a plain decline')
            for rx in t.get('absent', []):
                c = compiles(rx, tw)
                if c and any(c.search(RAW[d]) or c.search(FLAT[d]) for d in DOCS): err(f'{tw}: absent {rx!r} hits a note')
            if not t.get('absent'): err(f'{tw}: decline turn without absent greps')
        else:
            d = t.get('doc')
            if d not in DOCS: err(f'{tw}: bad doc {d}'); continue
            for rx in t['must_contain']:
                c = compiles(rx, tw)
                if c and not hits_doc(c, d): err(f'{tw}: {rx!r} misses {d}')
if len(dl) != 50: err(f'dialogues: {len(dl)} rows, want 50')

dup = [k for k, v in Counter(ALL_IDS).items() if v > 1]
if dup: err(f'duplicate ids: {dup}')

print(f'qa: {len(qa)} | per doc {dict(qa_docs)} | kinds {dict(qa_kinds)} | terse/lower-case {n_terse}')
print(f'unanswerable: {len(un)} {dict(un_cat)}')
print(f'intents: {len(it)} {dict(sorted(it_c.items()))}')
print(f'dialogues: {len(dl)} convs, {n_turns} turns, by length {dict(sorted(tl.items()))}, decline turns {n_decl}, multi-doc convs {n_docs_multi}')
if ERR:
    print(f'\n{len(ERR)} PROBLEM(S):'); [print(' -', e) for e in ERR]; sys.exit(1)
print('\nALL CHECKS PASSED')
