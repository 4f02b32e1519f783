#!/usr/bin/env python3
"""Checker for the dev-h evaluation set. Exit code 0 = all checks passed."""
import json, os, re, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, '..', 'src-corpus')
DOCS = ['awsome-day-manchester-2018.txt', 'aws-summit-london-2019.txt', 'aws-book-netshock.txt',
        'aws-builders-day-manchester-2018.txt', 'aws-reinvent-2017.txt']
CANON = ['AWSome Day Manchester 2018', 'AWS Summit London 2019', 'AWS book (netshock)',
         'AWS Builders Day Manchester 2018', 'AWS re:Invent 2017']
INTENTS = ['ask_question', 'list_talks', 'summarize_talk', 'speaker_info', 'list_conferences', 'greeting',
           'help', 'goodbye', 'reset', 'thanks', 'out_of_scope']
KINDS = ['factoid', 'list', 'why', 'howto', 'who', 'numeric', 'summary', 'comparison']
PLAIN_DECLINES = ["I don't know - the notes don't cover that.",
                  "Sorry, the notes do not mention that.",
                  "I couldn't find that in the notes."]

TEXT = {d: open(os.path.join(SRC, d), encoding='utf-8').read() for d in DOCS}
SPACED = {d: re.sub(r'\s*\n\s*', ' ', t) for d, t in TEXT.items()}
ALL_LOWER = '\n'.join(TEXT.values()).lower()
errors = []
def err(*a): errors.append(' '.join(str(x) for x in a))

def load(name):
    return [json.loads(l) for l in open(os.path.join(HERE, name), encoding='utf-8') if l.strip()]

def check_rx(where, rx, targets):
    if not isinstance(rx, str) or not rx:
        err(where, 'empty regex'); return
    if "'" in rx or '"' in rx or '\u2019' in rx:
        err(where, 'regex contains a quote/apostrophe', rx)
    try:
        c = re.compile(rx, re.I)
    except re.error as e:
        err(where, 'regex does not compile', rx, e); return
    for label, txt in targets:
        if not c.search(txt):
            err(where, 'regex', repr(rx), 'does not match', label)

def ids_ok(rows, pat, name):
    ids = [r.get('id') for r in rows]
    if len(ids) != len(set(ids)): err(name, 'duplicate ids')
    for i in ids:
        if not re.fullmatch(pat, i or ''): err(name, 'bad id', i)

def terse_or_lower(q):
    return len(q.split()) <= 6 or q == q.lower()

# ---------------- qa ----------------
qa = load('qa.jsonl')
ids_ok(qa, r'hq\d{3}', 'qa')
for r in qa:
    w = 'qa ' + r['id']
    for f in ['question', 'answer', 'must_contain', 'doc', 'evidence', 'kind']:
        if f not in r: err(w, 'missing', f)
    if r['doc'] not in TEXT: err(w, 'unknown doc', r['doc']); continue
    if r['kind'] not in KINDS: err(w, 'bad kind', r['kind'])
    ev = r['evidence']
    if not (10 <= len(ev) <= 200): err(w, 'evidence length', len(ev))
    if ev not in TEXT[r['doc']]: err(w, 'evidence not verbatim in doc')
    if not (1 <= len(r['must_contain']) <= 4): err(w, 'must_contain count')
    for rx in r['must_contain']:
        check_rx(w, rx, [('doc raw', TEXT[r['doc']]), ('doc spaced', SPACED[r['doc']]), ('answer', r['answer'])])
per_doc = collections.Counter(r['doc'] for r in qa)
kinds = collections.Counter(r['kind'] for r in qa)
if len(qa) != 200: err('qa count', len(qa))
for d in DOCS:
    if not 36 <= per_doc[d] <= 44: err('qa per doc', d, per_doc[d])
if kinds['summary'] < 20: err('qa summary count', kinds['summary'])
if kinds['comparison'] < 25: err('qa comparison count', kinds['comparison'])
style = sum(terse_or_lower(r['question']) for r in qa) / len(qa)
if style < 0.6: err('qa terse/lower share', style)
typo_ids = json.load(open(os.path.join(HERE, 'typo_ids.json')))
if not 20 <= len(typo_ids) <= 35: err('qa typo count', len(typo_ids))

# ---------------- unanswerable ----------------
un = load('unanswerable.jsonl')
ids_ok(un, r'hu\d{2}', 'unanswerable')
cats = collections.Counter(r.get('category') for r in un)
if len(un) != 60 or cats['near_miss'] != 50 or cats['off_topic'] != 10: err('unanswerable counts', len(un), cats)
for r in un:
    w = 'un ' + r['id']
    for f in ['question', 'why_unanswerable', 'category', 'present', 'absent']:
        if f not in r: err(w, 'missing', f)
    if r['category'] == 'near_miss' and not r['present']: err(w, 'near miss without present')
    if not r['absent']: err(w, 'no absent strings')
    for p in r['present']:
        if p.lower() not in ALL_LOWER: err(w, 'present string not found', p)
    for a in r['absent']:
        if a.lower() in ALL_LOWER: err(w, 'absent string found in notes', a)

# ---------------- dialogues ----------------
dl = load('dialogues.jsonl')
ids_ok(dl, r'hd\d{2}', 'dialogues')
if len(dl) != 50: err('dialogue count', len(dl))
n_turns = n_dec = 0
for r in dl:
    w = 'dl ' + r['id']
    if not 3 <= len(r['turns']) <= 5: err(w, 'turn count', len(r['turns']))
    for k, t in enumerate(r['turns'], 1):
        wt = '%s t%d' % (w, k); n_turns += 1
        if not t.get('must_contain'): err(wt, 'no must_contain'); continue
        if t.get('doc') not in TEXT: err(wt, 'unknown doc', t.get('doc')); continue
        if t.get('expect') == 'decline':
            n_dec += 1
            for rx in t['must_contain']:
                check_rx(wt, rx, [('answer', t['answer'])] + [('plain decline %d' % j, s) for j, s in enumerate(PLAIN_DECLINES)])
        else:
            for rx in t['must_contain']:
                check_rx(wt, rx, [('doc raw', TEXT[t['doc']]), ('doc spaced', SPACED[t['doc']]), ('answer', t['answer'])])
if not 10 <= n_dec <= 15: err('decline turn count', n_dec)

# ---------------- intents ----------------
it = load('intents.jsonl')
ids_ok(it, r'hi\d{3}', 'intents')
if len(it) != 200: err('intent count', len(it))
icount = collections.Counter(r['intent'] for r in it)
for name in INTENTS:
    if icount[name] < 12: err('intent under 12', name, icount[name])
for name in icount:
    if name not in INTENTS: err('unknown intent', name)
headings = [l.strip() for t in TEXT.values() for l in t.split('\n')]
for r in it:
    w = 'it ' + r['id']
    s = r.get('slots', {})
    for k, v in s.items():
        if k not in ('conference', 'speaker', 'talk', 'topic'): err(w, 'unknown slot', k)
        elif k == 'conference' and v not in CANON: err(w, 'non-canonical conference', v)
        elif k == 'speaker' and v.lower() not in ALL_LOWER: err(w, 'speaker not in notes', v)
        elif k == 'talk' and not any(h == v or h.startswith(v + ' - ') for h in headings): err(w, 'talk is not a heading', v)
        elif k == 'topic' and v != v.lower(): err(w, 'topic not lower-case', v)

# ---------------- report ----------------
print('qa: %d  per doc %s  kinds %s' % (len(qa), dict(per_doc), dict(kinds)))
print('qa style: terse-or-lowercase %.0f%%, terse(<=6 words) %d, all-lowercase %d, typos %d' % (
    100 * style, sum(len(r['question'].split()) <= 6 for r in qa), sum(r['question'] == r['question'].lower() for r in qa), len(typo_ids)))
print('unanswerable: %d %s' % (len(un), dict(cats)))
print('dialogues: %d, %d turns, %d decline turns, turn-count histogram %s' % (
    len(dl), n_turns, n_dec, dict(collections.Counter(len(r['turns']) for r in dl))))
print('intents: %d %s' % (len(it), dict(icount)))
if errors:
    print('\n%d ERRORS' % len(errors)); print('\n'.join(errors)); sys.exit(1)
print('ALL CHECKS PASSED')
