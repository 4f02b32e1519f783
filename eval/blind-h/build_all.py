"""Regenerate every jsonl file, typos.json and README.md, then run verify.py."""
import json
import os
import subprocess
import sys
from collections import Counter

import build_qa, build_un, build_dl, build_it
from common import HERE

typos = {
    'qa': build_qa.build(),
    'unanswerable': build_un.build(),
    'dialogues': build_dl.build(),
    'intents': build_it.build(),
}
with open(os.path.join(HERE, 'typos.json'), 'w', encoding='utf-8') as f:
    json.dump(typos, f, indent=1)


def load(n):
    return [json.loads(l) for l in open(os.path.join(HERE, n), encoding='utf-8')]


qa, un, dl, it = load('qa.jsonl'), load('unanswerable.jsonl'), load('dialogues.jsonl'), load('intents.jsonl')
per_doc = Counter(r['doc'] for r in qa)
kinds = Counter(r['kind'] for r in qa)
cats = Counter(r['category'] for r in un)
lens = Counter(len(d['turns']) for d in dl)
nturns = sum(len(d['turns']) for d in dl)
declines = [(d['id'], i) for d in dl for i, t in enumerate(d['turns'], 1) if t.get('expect') == 'decline']
dturn_docs = Counter(t['doc'] for d in dl for t in d['turns'])
switch = sum(1 for d in dl if len({t['doc'] for t in d['turns']}) > 1)
intents = Counter(r['intent'] for r in it)


def terse(ts):
    k = sum(1 for t in ts if len(t.split()) <= 6 or t == t.lower())
    return '%d/%d (%.0f%%)' % (k, len(ts), 100.0 * k / len(ts))


def short(ts):
    k = sum(1 for t in ts if len(t.split()) <= 6)
    return '%d/%d' % (k, len(ts))


L = []
L.append('# blind-h evaluation set\n')
L.append('Written only from the five notes in `../src-corpus/` (plus `manifest.yaml` for the canonical '
         'conference names) and the record formats in `../formats/`. The chatbot itself was not looked at.\n')
L.append('## Files and counts\n')
L.append('- `qa.jsonl`: %d answerable questions (`bq001`-`bq150`)' % len(qa))
for d in sorted(per_doc):
    L.append('  - %s: %d' % (d, per_doc[d]))
L.append('  - by kind: ' + ', '.join('%s %d' % (k, v) for k, v in sorted(kinds.items())))
L.append('- `unanswerable.jsonl`: %d questions (`bu01`-`bu50`): %d near misses (the person, talk, event or topic is '
         'in the notes but the asked detail is not; 8 per note), %d off-topic or tasks a notes bot does not do'
         % (len(un), cats['near_miss'], cats['off_topic']))
L.append('  - fields: `id, question, why_unanswerable, category, present, absent`; `present` = strings that '
         '`grep -i -F` finds in the notes (the subject is there), `absent` = strings found in no note '
         '(the asked detail is not there). Off-topic items have an empty `present` list.')
L.append('- `dialogues.jsonl`: %d conversations (`bd01`-`bd40`), %d turns; lengths %s; %d turns marked '
         '`"expect": "decline"`; %d conversations switch note mid-way'
         % (len(dl), nturns, ', '.join('%d turns x%d' % (k, v) for k, v in sorted(lens.items())), len(declines), switch))
L.append('  - decline turns: ' + ', '.join('%s.t%d' % x for x in declines))
L.append('  - turns per note: ' + ', '.join('%s %d' % (k, v) for k, v in sorted(dturn_docs.items())))
L.append('- `intents.jsonl`: %d utterances (`bi001`-`bi160`)' % len(it))
for k, v in sorted(intents.items()):
    L.append('  - %s: %d' % (k, v))
L.append('- `typos.json`: ids of items whose user text contains a deliberate natural typo (listed below too).')
L.append('- `verify.py`: the checker; `build_all.py` (runs `build_qa.py`, `build_un.py`, `build_dl.py`, '
         '`build_it.py`, writes `typos.json` and this README, then runs `verify.py`); `common.py`: shared helpers.\n')

L.append('## Conventions\n')
L.append('- `doc` is the file name in `src-corpus/` (e.g. `aws-book-netshock.txt`), not the shared-corpus numbered name.')
L.append('- `must_contain`: 1-3 loose Python regexes used as `re.search(rx, reply, re.I)`; a reply must match all of them. '
         'They contain no quote characters (an apostrophe is written `.`, e.g. `didn.t`), accept variants '
         '(`10\\s?x|ten\\s+times`, `1,?000`), and every one matches the reference `answer` and the `doc` text, both raw '
         'and with newlines replaced by spaces. E-book regexes never contain a literal space (`\\s+` between words) '
         'because the book has hard line breaks.')
L.append('- `evidence`: a verbatim substring (10-200 chars) of `doc`; for the e-book and a few multi-line spots it keeps '
         'the file\'s `\\n` line breaks and its typographic quotes/dashes exactly as in the file.')
L.append('- Where the notes disagree, the question names the event: e.g. Aurora vs MySQL is "up to 10x" at AWSome Day '
         'but "5 times" in the e-book; Gremlin is "failure as a service" at AWSome Day and "destruction as a service" '
         'at the Summit. The Summit notes call Adrian Hornsby both "Adrian Hornsby" and "Adrian Horn".')
L.append('- Decline turns use the regex `%s`; their `answer` is a model decline and `doc` is the note under discussion.'
         % "(don.t|do not|doesn.t|not|no) .*(notes|cover|mention|say|know)|couldn.t find|no information")
L.append('- Dialogue dependencies used: pronouns ("he", "it", "them"), ellipsis ("and the max?", "min?", "and 3?"), '
         'ordinals after a list ("the 3rd one", "the last one", "the 4th", "the middle one"), "who told it?" after a '
         'summary, switching event mid-conversation ("switching to builders day", book -> AWSome Day -> book), returning '
         'to an earlier topic ("going back to throttling", "ok back to adrian"), and chatty openers ("sup.", "morning!", '
         '"hola -", "cheers.").')
L.append('- Intent slots: `conference` = canonical name from manifest.yaml (loose mentions such as "vegas", "excel", '
         '"london", "the book" are normalised; a bare "manchester" is ambiguous and gets no slot); `speaker` = the name '
         'as written in the notes (e.g. "adrian horn" -> "Adrian Hornsby", "madox" -> "Paul Maddox"); `talk` = the '
         'heading exactly as in the notes without the " - Speaker - @handle" suffix (AWSome Day keynote heading is '
         '"Key note"); `topic` = short lower-case phrase. Only what the utterance itself says is filled; `{}` otherwise. '
         '"what did X present / who is X" = `speaker_info`; "which talks/sessions did X give / what sessions were at C" '
         '= `list_talks`; factual questions that mention a speaker or event = `ask_question`.')
L.append('- Stock phrasings a bot\'s sample utterances likely contain ("hello", "thank you", "goodbye", "start over", '
         '"what can you do", ...) are deliberately not used; verify.py checks this.\n')

L.append('## Style mix\n')
L.append('- terse (<=6 words) or all lower case: qa %s, unanswerable %s, dialogue turns %s, intents %s'
         % (terse([r['question'] for r in qa]), terse([r['question'] for r in un]),
            terse([t['user'] for d in dl for t in d['turns']]), terse([r['text'] for r in it])))
L.append('- <=6 words: qa %s, unanswerable %s, dialogue turns %s, intents %s'
         % (short([r['question'] for r in qa]), short([r['question'] for r in un]),
            short([t['user'] for d in dl for t in d['turns']]), short([r['text'] for r in it])))
L.append('- events are named loosely ("awsome day", "the london one"/"london summit", "excel", "vegas", "the book"/"ebook") '
         'or not at all when only one note can answer; speakers often by first or last name only; some messages are one '
         'word ("gist?", "min?", "neptune?"); a few are in other languages (es, fr, de).')
L.append('- deliberate typos (about 1 in 8):')
L.append('  - qa (%d): %s' % (len(typos['qa']), ', '.join(typos['qa'])))
L.append('  - unanswerable (%d): %s' % (len(typos['unanswerable']), ', '.join(typos['unanswerable'])))
L.append('  - dialogue turns (%d): %s' % (len(typos['dialogues']), ', '.join(typos['dialogues'])))
L.append('  - intents (%d): %s\n' % (len(typos['intents']), ', '.join(typos['intents'])))

L.append('## Checking\n')
L.append('`python3 verify.py` checks: ids exact and in order; required fields; doc names; 30 questions per note and the '
         'kind minimums (summary >=12, comparison >=15, who >=10); evidence is a verbatim 10-200 char substring of doc; '
         'every regex compiles, has no quote characters, and matches its answer and doc raw and with newlines as spaces '
         '(no literal spaces in e-book regexes); unanswerable categories 40/10, `present` strings hit with grep -i -F '
         'semantics, `absent` strings occur in no note (raw or newline-joined); dialogues have 3-5 turns, mostly 4, 8-12 '
         'decline turns using exactly the decline regex which matches their answer; intents are from the 11 allowed '
         '(>=10 each, ask_question ~30, out_of_scope ~18), slot keys valid, conference canonical and cued in the text, '
         'speaker written so in the notes and named in the text, talk an exact heading and cued in the text, topic '
         'short lower case; >=60% terse-or-lower-case texts per file; typo share about 1 in 8 and all typo ids listed '
         'here; no stock phrasings.')
open(os.path.join(HERE, 'README.md'), 'w', encoding='utf-8').write('\n'.join(L) + '\n')

sys.exit(subprocess.call([sys.executable, os.path.join(HERE, 'verify.py')]))
