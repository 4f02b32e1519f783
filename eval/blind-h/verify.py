#!/usr/bin/env python3
"""Checks every file of the blind-h evaluation set. Exit code 0 = all checks pass."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.normpath(os.path.join(HERE, '..', 'src-corpus'))
NOTES = sorted(f for f in os.listdir(CORPUS) if f.endswith('.txt'))
TEXT = {f: open(os.path.join(CORPUS, f), encoding='utf-8').read() for f in NOTES}
BOOK = 'aws-book-netshock.txt'

CANONICAL = {
    'AWSome Day Manchester 2018', 'AWS Summit London 2019', 'AWS book (netshock)',
    'AWS Builders Day Manchester 2018', 'AWS re:Invent 2017',
}
# loose words that show an utterance names the conference (for the conference slot check)
CONF_CUES = {
    'AWSome Day Manchester 2018': ['awsome', 'awesome'],
    'AWS Summit London 2019': ['summit', 'london', 'excel'],
    'AWS book (netshock)': ['book', 'netshock', 'ebook', 'e-book'],
    'AWS Builders Day Manchester 2018': ['builder'],
    'AWS re:Invent 2017': ['invent', 'vegas'],
}
DECLINE_RX = r"(don.t|do not|doesn.t|not|no) .*(notes|cover|mention|say|know)|couldn.t find|no information"
KINDS = {'factoid', 'list', 'why', 'howto', 'who', 'numeric', 'summary', 'comparison'}
INTENTS = ['ask_question', 'list_talks', 'summarize_talk', 'speaker_info', 'list_conferences',
           'greeting', 'help', 'goodbye', 'reset', 'thanks', 'out_of_scope']
STOCK = ['what can you do', 'which conferences can i ask about', 'what are your capabilities',
         'hello', 'thank you', 'goodbye', 'start over', 'tell me a joke', 'generate terraform']
QUOTES = set('\'"\u2018\u2019\u201c\u201d`')

errors = []
notes_out = []


def err(msg):
    errors.append(msg)


def load(name):
    path = os.path.join(HERE, name)
    rows = []
    with open(path, encoding='utf-8') as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                err('%s:%d blank line' % (name, n))
                continue
            try:
                rows.append(json.loads(line))
            except Exception as e:  # noqa
                err('%s:%d bad json %s' % (name, n, e))
    return rows


def check_ids(rows, prefix, width, count, name):
    want = ['%s%0*d' % (prefix, width, i) for i in range(1, count + 1)]
    got = [r.get('id') for r in rows]
    if got != want:
        err('%s: ids not exactly %s..%s in order (got %d rows)' % (name, want[0], want[-1], len(got)))
    if len(set(got)) != len(got):
        err('%s: duplicate ids' % name)


def compile_rx(rx, where):
    if not isinstance(rx, str) or not rx:
        err('%s: empty/non-string regex' % where)
        return None
    if QUOTES & set(rx):
        err('%s: regex contains a quote character: %r' % (where, rx))
    try:
        return re.compile(rx, re.I)
    except re.error as e:
        err('%s: regex does not compile %r: %s' % (where, rx, e))
        return None


def rx_matches_text(rx, text, label, where):
    for variant, t in (('raw', text), ('newlines-as-spaces', text.replace('\n', ' '))):
        if not rx.search(t):
            err('%s: regex %r does not match %s (%s)' % (where, rx.pattern, label, variant))


def check_regexes(rxs, answer, doc, where, n_min=1, n_max=3):
    if not isinstance(rxs, list) or not (n_min <= len(rxs) <= n_max):
        err('%s: must_contain must be a list of %d-%d regexes' % (where, n_min, n_max))
        return
    for rx in rxs:
        c = compile_rx(rx, where)
        if c is None:
            continue
        rx_matches_text(c, answer, 'answer', where)
        rx_matches_text(c, TEXT[doc], 'doc ' + doc, where)
        if doc == BOOK and ' ' in rx:
            err('%s: e-book regex has a literal space (use \\s+): %r' % (where, rx))


def is_terse_or_lower(text):
    return len(text.split()) <= 6 or text == text.lower()


def style_check(texts, name):
    n = len(texts)
    k = sum(1 for t in texts if is_terse_or_lower(t))
    notes_out.append('%s: %d/%d (%.0f%%) terse (<=6 words) or all lower case' % (name, k, n, 100.0 * k / n))
    if k < 0.6 * n:
        err('%s: only %d/%d texts terse or lower case (need >=60%%)' % (name, k, n))
    for t in texts:
        low = t.lower()
        for s in STOCK:
            if re.search(r'\b' + re.escape(s) + r'\b', low):
                err('%s: stock phrase %r used in %r' % (name, s, t))


def typo_check(ids, all_ids, name):
    missing = [i for i in ids if i not in all_ids]
    if missing:
        err('%s: typo ids not found: %s' % (name, missing))
    frac = len(ids) / float(len(all_ids))
    notes_out.append('%s: %d typo items (%.1f%%)' % (name, len(ids), 100 * frac))
    if not (0.09 <= frac <= 0.17):
        err('%s: typo share %.1f%% not about 1 in 8' % (name, 100 * frac))


# ---------------------------------------------------------------- qa
def check_qa():
    rows = load('qa.jsonl')
    check_ids(rows, 'bq', 3, 150, 'qa')
    fields = {'id', 'question', 'answer', 'must_contain', 'doc', 'evidence', 'kind'}
    per_doc, kinds = Counter(), Counter()
    for r in rows:
        w = 'qa ' + r.get('id', '?')
        if set(r) != fields:
            err('%s: fields %s' % (w, sorted(r)))
            continue
        if r['doc'] not in TEXT:
            err('%s: unknown doc %s' % (w, r['doc']))
            continue
        per_doc[r['doc']] += 1
        kinds[r['kind']] += 1
        if r['kind'] not in KINDS:
            err('%s: bad kind %s' % (w, r['kind']))
        ev = r['evidence']
        if not (10 <= len(ev) <= 200):
            err('%s: evidence length %d' % (w, len(ev)))
        if ev not in TEXT[r['doc']]:
            err('%s: evidence not a verbatim substring of %s' % (w, r['doc']))
        check_regexes(r['must_contain'], r['answer'], r['doc'], w)
    for d in NOTES:
        if per_doc[d] != 30:
            err('qa: %s has %d questions (want 30)' % (d, per_doc[d]))
    for k, m in (('summary', 12), ('comparison', 15), ('who', 10)):
        if kinds[k] < m:
            err('qa: only %d %s questions (need >=%d)' % (kinds[k], k, m))
    notes_out.append('qa: %d rows; per doc %s; kinds %s' % (len(rows), dict(per_doc), dict(sorted(kinds.items()))))
    style_check([r['question'] for r in rows], 'qa questions')
    return {r['id'] for r in rows}


# ---------------------------------------------------------------- unanswerable
def grep_hit(s):
    """grep -i -F semantics: a case-insensitive fixed string found on one line of some note."""
    s = s.lower()
    return any(s in line.lower() for t in TEXT.values() for line in t.split('\n'))


def found_anywhere(s):
    s = s.lower()
    return any(s in t.lower() or s in t.replace('\n', ' ').lower() for t in TEXT.values())


def check_unanswerable():
    rows = load('unanswerable.jsonl')
    check_ids(rows, 'bu', 2, 50, 'unanswerable')
    cats = Counter()
    for r in rows:
        w = 'unanswerable ' + r.get('id', '?')
        need = {'id', 'question', 'why_unanswerable', 'category', 'present', 'absent'}
        if set(r) != need:
            err('%s: fields %s' % (w, sorted(r)))
            continue
        cats[r['category']] += 1
        if r['category'] not in ('near_miss', 'off_topic'):
            err('%s: bad category' % w)
        if r['category'] == 'near_miss' and not r['present']:
            err('%s: near miss needs present strings' % w)
        if not r['absent']:
            err('%s: needs absent strings' % w)
        for s in r['present']:
            if not grep_hit(s):
                err('%s: present string %r not found by grep -i -F' % (w, s))
        for s in r['absent']:
            if found_anywhere(s):
                err('%s: absent string %r IS in the notes' % (w, s))
    if cats['near_miss'] != 40 or cats['off_topic'] != 10:
        err('unanswerable: categories %s (want 40 near_miss, 10 off_topic)' % dict(cats))
    notes_out.append('unanswerable: %d rows %s' % (len(rows), dict(cats)))
    style_check([r['question'] for r in rows], 'unanswerable questions')
    return {r['id'] for r in rows}


# ---------------------------------------------------------------- dialogues
def check_dialogues():
    rows = load('dialogues.jsonl')
    check_ids(rows, 'bd', 2, 40, 'dialogues')
    lens, declines, users, turn_ids = Counter(), 0, [], set()
    drx = re.compile(DECLINE_RX, re.I)
    for r in rows:
        w = 'dialogue ' + r.get('id', '?')
        if set(r) != {'id', 'turns'}:
            err('%s: fields %s' % (w, sorted(r)))
            continue
        n = len(r['turns'])
        lens[n] += 1
        if not 3 <= n <= 5:
            err('%s: %d turns' % (w, n))
        docs = set()
        for i, t in enumerate(r['turns'], 1):
            tw = '%s.t%d' % (w, i)
            turn_ids.add('%s.t%d' % (r['id'], i))
            keys = set(t)
            if not {'user', 'must_contain', 'doc', 'answer'} <= keys or keys - {'user', 'must_contain', 'doc', 'answer', 'expect'}:
                err('%s: fields %s' % (tw, sorted(keys)))
                continue
            if t['doc'] not in TEXT:
                err('%s: unknown doc' % tw)
                continue
            docs.add(t['doc'])
            users.append(t['user'])
            if t.get('expect') == 'decline':
                declines += 1
                if t['must_contain'] != [DECLINE_RX]:
                    err('%s: decline turn must use exactly the decline regex' % tw)
                for v in (t['answer'], t['answer'].replace('\n', ' ')):
                    if not drx.search(v):
                        err('%s: decline regex does not match its answer' % tw)
            elif 'expect' in t:
                err('%s: unknown expect value' % tw)
            else:
                check_regexes(t['must_contain'], t['answer'], t['doc'], tw)
    if not 8 <= declines <= 12:
        err('dialogues: %d decline turns (want 8-12)' % declines)
    if lens[4] < 0.5 * len(rows):
        err('dialogues: most conversations should have 4 turns: %s' % dict(lens))
    notes_out.append('dialogues: %d conversations, %d turns, lengths %s, %d decline turns' %
                     (len(rows), sum(k * v for k, v in lens.items()), dict(sorted(lens.items())), declines))
    style_check(users, 'dialogue user turns')
    return turn_ids


# ---------------------------------------------------------------- intents
HEADINGS = set()
for _t in TEXT.values():
    for _line in _t.split('\n'):
        _s = _line.strip()
        if _s and not _s.startswith(('\u2022', '\u2605', '-')):
            HEADINGS.add(_s)


def is_heading(talk):
    return any(h == talk or h.startswith(talk + ' - ') for h in HEADINGS)


def check_intents():
    rows = load('intents.jsonl')
    check_ids(rows, 'bi', 3, 160, 'intents')
    counts = Counter()
    for r in rows:
        w = 'intent ' + r.get('id', '?')
        if set(r) != {'id', 'text', 'intent', 'slots'}:
            err('%s: fields %s' % (w, sorted(r)))
            continue
        counts[r['intent']] += 1
        if r['intent'] not in INTENTS:
            err('%s: unknown intent %s' % (w, r['intent']))
        slots = r['slots']
        if not isinstance(slots, dict):
            err('%s: slots must be an object' % w)
            continue
        low = r['text'].lower()
        for k, v in slots.items():
            if k not in ('conference', 'speaker', 'talk', 'topic'):
                err('%s: unknown slot %s' % (w, k))
            elif not isinstance(v, str) or not v:
                err('%s: slot %s empty' % (w, k))
            elif k == 'conference':
                if v not in CANONICAL:
                    err('%s: conference %r not canonical' % (w, v))
                elif not any(c in low for c in CONF_CUES[v]):
                    err('%s: conference slot %r not expressed in text' % (w, v))
            elif k == 'speaker':
                if not any(v.lower() in t.lower() for t in TEXT.values()):
                    err('%s: speaker %r not written so in the notes' % (w, v))
                parts = [p.lower() for p in v.split()]
                if not any(p in low for p in parts) and not (v == 'Adrian Hornsby' and 'horn' in low):
                    err('%s: speaker %r not expressed in text' % (w, v))
            elif k == 'talk':
                if not is_heading(v):
                    err('%s: talk %r is not a heading in the notes' % (w, v))
                toks = [x for x in re.findall(r'[a-z0-9]+', v.lower()) if len(x) > 3]
                if toks and not any(x[:5] in low for x in toks):
                    err('%s: talk %r not expressed in text' % (w, v))
            elif k == 'topic':
                if v != v.lower() or len(v.split()) > 6:
                    err('%s: topic %r should be a short lower-case phrase' % (w, v))
        if r['intent'] in ('greeting', 'help', 'goodbye', 'reset', 'thanks', 'list_conferences', 'out_of_scope') and slots.get('speaker'):
            err('%s: unexpected speaker slot for %s' % (w, r['intent']))
    for i in INTENTS:
        if counts[i] < 10:
            err('intents: only %d %s (need >=10)' % (counts[i], i))
    if not 25 <= counts['ask_question'] <= 35:
        err('intents: ask_question %d (want ~30)' % counts['ask_question'])
    if not 15 <= counts['out_of_scope'] <= 21:
        err('intents: out_of_scope %d (want ~18)' % counts['out_of_scope'])
    notes_out.append('intents: %d rows %s' % (len(rows), dict(sorted(counts.items()))))
    style_check([r['text'] for r in rows], 'intent utterances')
    return {r['id'] for r in rows}


def check_typos(ids):
    path = os.path.join(HERE, 'typos.json')
    typos = json.load(open(path, encoding='utf-8'))
    typo_check(typos['qa'], ids['qa'], 'qa')
    typo_check(typos['unanswerable'], ids['unanswerable'], 'unanswerable')
    typo_check(typos['dialogues'], ids['dialogues'], 'dialogue turns')
    typo_check(typos['intents'], ids['intents'], 'intents')
    readme = open(os.path.join(HERE, 'README.md'), encoding='utf-8').read()
    for k, v in typos.items():
        for i in v:
            if i not in readme:
                err('README does not list typo id %s' % i)


def main():
    ids = {}
    ids['qa'] = check_qa()
    if os.path.exists(os.path.join(HERE, 'unanswerable.jsonl')):
        ids['unanswerable'] = check_unanswerable()
    else:
        err('unanswerable.jsonl missing')
    if os.path.exists(os.path.join(HERE, 'dialogues.jsonl')):
        ids['dialogues'] = check_dialogues()
    else:
        err('dialogues.jsonl missing')
    if os.path.exists(os.path.join(HERE, 'intents.jsonl')):
        ids['intents'] = check_intents()
    else:
        err('intents.jsonl missing')
    if len(ids) == 4 and os.path.exists(os.path.join(HERE, 'typos.json')):
        check_typos(ids)
    else:
        err('typos.json or a data file missing')
    for n in notes_out:
        print('  ' + n)
    if errors:
        print('FAILED: %d problem(s)' % len(errors))
        for e in errors:
            print(' - ' + e)
        return 1
    print('ALL CHECKS PASSED')
    return 0


if __name__ == '__main__':
    sys.exit(main())
