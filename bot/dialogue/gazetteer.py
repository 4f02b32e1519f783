"""The names the notes know (events, people, talks) and how to spot them in a message.

Built from the loaded index, so another team's notes bring their own names. An
event is named by its full name, an alias from the manifest, or one of its
distinctive words ("london", "builders", "reinvent"): a word of its name, venue or
city that no other event's name uses and that other notes rarely use. People are
found by full name, an unambiguous surname or first name, or a near spelling.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property

from rapidfuzz import fuzz, process

from bot import lexicon
from bot.ingest.models import UNKNOWN_EVENT
from bot.retrieval.knowledge import Knowledge
from bot.text import STOP, name_words, norm_words, stem, tokens

FOREIGN_SHARE = 0.2  # a distinctive word's uses allowed in other events' notes
FUZZY_NAME = 85
FUZZY_WORD = 88


def _common_run(a: list[str], b: list[str]) -> list[str]:
    """The longest run of words two word lists share, in order."""
    best: tuple[int, int] = (0, 0)  # (length, end in a)
    previous = [0] * (len(b) + 1)
    for i, x in enumerate(a, start=1):
        current = [0] * (len(b) + 1)
        for j, y in enumerate(b, start=1):
            if x == y:
                current[j] = previous[j - 1] + 1
                if current[j] > best[0]:
                    best = (current[j], i)
        previous = current
    return a[best[1] - best[0] : best[1]]


def _add_leading_words(phrases: dict[tuple[str, ...], str]) -> None:
    """An event is also named by the first two or more words of one of its names, when no
    other event's name starts with them ("frontend forum" for "Frontend Forum Utrecht")."""
    owners: dict[tuple[str, ...], set[str]] = {}
    for phrase, event in phrases.items():
        for k in range(2, len(phrase)):
            owners.setdefault(phrase[:k], set()).add(event)
    for prefix, events in owners.items():
        if len(events) == 1 and prefix not in phrases and not all(w in STOP for w in prefix):
            phrases[prefix] = next(iter(events))


def talk_key(knowledge: Knowledge, section_id: int) -> str:
    """A talk's name that survives a rebuild: its note and its place in the note."""
    section = knowledge.sections[section_id]
    return f"{section.source}#{section.idx}"


@dataclass(frozen=True)
class TalkRef:
    section_id: int
    title: str
    source: str
    speakers: tuple[str, ...]
    code: str | None = None
    index: int = 0  # its place among its note's sections: survives a rebuild, unlike the id


@dataclass
class Gazetteer:
    event_names: dict[str, str]  # source -> canonical name
    phrases: dict[tuple[str, ...], str]  # normalised alias words -> event name
    distinctive: dict[str, str]  # word -> event name
    speakers: list[str]
    people: list[str]
    talks: list[TalkRef]
    common: frozenset[str] = frozenset()  # words the notes use in lower case
    years: dict[str, frozenset[int]] = field(default_factory=dict)  # source -> its years
    _lowered: list[str] = field(default_factory=list)
    _titles: list[tuple[TalkRef, str, str, frozenset[str], bool]] = field(default_factory=list)
    _names: dict[str, list[str]] = field(default_factory=dict)  # name -> its words
    _rank: dict[tuple[str, ...], int] = field(default_factory=dict)  # longest alias first
    _lengths: list[int] = field(default_factory=list)
    _distinct_words: list[str] = field(default_factory=list)
    # Inverted indexes, so a turn looks only at the names and titles that share a word with
    # it (the cost of a turn then follows the message, not the size of the notes).
    _by_word: dict[bool, dict[str, list[int]]] = field(default_factory=dict)
    _end_counts: dict[bool, Counter[tuple[int, str]]] = field(default_factory=dict)
    _title_index: dict[str, list[int]] = field(default_factory=dict)  # content stem -> titles
    _title_exact: dict[str, list[int]] = field(default_factory=dict)  # joined form, code
    _title_always: list[int] = field(default_factory=list)
    _giving: frozenset[str] = frozenset()  # people who gave a talk

    def __post_init__(self) -> None:
        # Looked up by the message's own n-grams, so a turn costs the same at 5 events or 500.
        ordered = sorted(self.phrases, key=len, reverse=True)
        self._rank = {phrase: i for i, phrase in enumerate(ordered)}
        self._lengths = sorted({len(p) for p in self.phrases}, reverse=True)
        self._distinct_words = list(self.distinctive)
        self._lowered = [p.lower() for p in self.people]
        kinds = lexicon.load().talk_cues  # "Panel", "Keynote": a kind of session, not a name
        for talk in self.talks:  # padded token strings, joined form, content stems, one-word
            words = tokens(talk.title)
            if all(w in STOP or w in kinds for w in words):
                words = []  # matched by no message; found by its speaker or its place
            content = frozenset(stem(w) for w in words if w not in STOP)
            title = f" {' '.join(words)} "
            joined = f" {''.join(words)} " if len(words) > 1 else ""
            self._titles.append((talk, title, joined, content, len(content) < 2))
        self._names = {p: tokens(p) for p in self.people}
        self._giving = frozenset(p for talk in self.talks for p in talk.speakers)
        for speakers_only, pool in ((True, self.speakers), (False, self.people)):
            by_word: dict[str, list[int]] = {}
            ends: Counter[tuple[int, str]] = Counter()
            for i, name in enumerate(pool):
                parts = self._names.get(name) or tokens(name)
                for w in dict.fromkeys(parts or [""]):
                    by_word.setdefault(w, []).append(i)
                if parts:
                    ends[(-1, parts[-1])] += 1
                    ends[(0, parts[0])] += 1
            self._by_word[speakers_only], self._end_counts[speakers_only] = by_word, ends
        for i, (talk, _title, joined, wanted, _single) in enumerate(self._titles):
            for key in wanted:
                self._title_index.setdefault(key, []).append(i)
            exact = [joined.strip()] + ([talk.code.upper()] if talk.code else [])
            for key in dict.fromkeys(k for k in exact if k):
                self._title_exact.setdefault(key, []).append(i)
            if not wanted and _title.strip():
                self._title_always.append(i)

    @classmethod
    def build(cls, knowledge: Knowledge) -> Gazetteer:
        names: dict[str, str] = {}
        phrases: dict[tuple[str, ...], str] = {}
        words_of: dict[str, set[str]] = {}  # event -> words of its names
        for source, doc in knowledge.documents.items():
            names[source] = doc.conference
            if doc.conference == UNKNOWN_EVENT:
                continue
            event = doc.conference
            plain = re.sub(r"\b(?:19|20)\d\d\b", " ", event)
            texts = [event, plain, *doc.aliases, doc.venue or "", doc.city or ""]
            for text in texts:
                phrase = tuple(w for w in norm_words(text) if w)
                if phrase:
                    phrases.setdefault(phrase, event)
            words_of.setdefault(event, set()).update(name_words(texts))
        _add_leading_words(phrases)
        counts: Counter[str] = Counter()  # passages that use each word of an event's name
        own: Counter[tuple[str, str]] = Counter()  # ... among the event's own passages
        for source, used in knowledge.name_passages.items():
            for w, n in used.items():
                counts[w] += n
                own[(w, names[source])] += n
        distinctive: dict[str, str] = {}
        for event, words in words_of.items():
            for w in words:
                if re.fullmatch(r"\d+", w) or any(
                    w in o for e, o in words_of.items() if e != event
                ):
                    continue
                foreign = counts[w] - own[(w, event)]
                if counts[w] == 0 or foreign / counts[w] <= FOREIGN_SHARE:
                    distinctive[w] = event
        speakers = sorted({n for n, is_speaker in knowledge.people.items() if is_speaker})
        talks = [
            TalkRef(s.id, s.title, s.source, tuple(s.speakers), s.code, s.idx)
            for s in knowledge.sections.values()
            if s.title and (s.is_talk or knowledge.documents[s.source].kind == "book")
        ]
        common = knowledge.lower_words
        years = {
            source: frozenset(
                {int(d[:4]) for d in (doc.date, doc.date_end) if d and d[:4].isdigit()}
                | {int(y) for y in re.findall(r"\b((?:19|20)\d\d)\b", doc.conference or "")}
            )
            for source, doc in knowledge.documents.items()
        }
        return cls(
            names, phrases, distinctive, speakers, sorted(knowledge.people), talks, common, years
        )

    # ---- events --------------------------------------------------------------
    def events(self) -> list[str]:
        """Every event's name, once, in the order of the notes."""
        return [e for e in dict.fromkeys(self.event_names.values()) if e != UNKNOWN_EVENT]

    @cached_property
    def _name_words(self) -> frozenset[str]:
        return frozenset({w for phrase in self.phrases for w in phrase} | set(self.distinctive))

    def years_beside_events(self, text: str) -> frozenset[int]:
        """Years written next to a word of an event's name ("re:Invent 2018", "2019 kubecon")."""
        words = norm_words(text)
        if not any(len(w) == 4 and w.isdigit() for w in words):
            return frozenset()
        named = self._name_words
        found = set()
        for i, w in enumerate(words):
            if len(w) == 4 and w.isdigit() and w[:2] in ("19", "20"):
                near = words[max(0, i - 1) : i] + words[i + 1 : i + 2]
                if any(n in named and not n.isdigit() for n in near):
                    found.add(int(w))
        return frozenset(found)

    def dated(self, text: str, events: list[str]) -> tuple[list[str], str | None]:
        """The named event's notes of the year asked for ("reinvent 2019" among several
        re:Invents); when none is of that year, no event and what was asked for. Only a
        year beside the event's name counts: "2008 vs 2017 at the keynote" asks about years."""
        asked = self.years_beside_events(text)
        if not (events and asked):
            return events, None
        kept = [s for s in events if not self.years_of(s) or self.years_of(s) & asked]
        if any(self.years_of(s) for s in events) and not any(self.years_of(s) for s in kept):
            name = self.event_names[next(s for s in events if self.years_of(s))]
            return [], f"{name} in {', '.join(str(y) for y in sorted(asked))}"
        return kept, None

    def years_of(self, source: str) -> frozenset[int]:
        """The years a note's event took place in (its dates, or a year in its name)."""
        return self.years.get(source, frozenset())

    def sources_of(self, event: str) -> list[str]:
        return [s for s, e in self.event_names.items() if e == event]

    def event_words(self, text: str) -> list[str]:
        """Words the message uses to name an event ("the london one"): not its subject."""
        return [w for w in norm_words(text) if w in self.distinctive]

    def events_in(self, text: str) -> list[str]:
        """Sources of every note of the events the message names (longest alias first)."""
        words = norm_words(text)
        named = {
            gram
            for n in self._lengths
            for i in range(len(words) - n + 1)
            if (gram := tuple(words[i : i + n])) in self._rank
        }
        found: list[str] = []
        for phrase in sorted(named, key=self._rank.__getitem__):
            if self.phrases[phrase] not in found:
                found.append(self.phrases[phrase])
        for w in words:
            event = self.distinctive.get(w)
            if event is None and len(w) >= 6 and self.distinctive:
                close = process.extractOne(w, self._distinct_words, scorer=fuzz.ratio)
                if close and close[1] >= FUZZY_WORD:
                    event = self.distinctive[close[0]]
            if event and event not in found:
                found.append(event)
        return [s for event in found for s in self.sources_of(event)]

    # ---- people ----------------------------------------------------------------
    def people_in(self, text: str, speakers_only: bool = False) -> list[str]:
        pool = self.speakers if speakers_only else self.people
        by_word, ends = self._by_word[speakers_only], self._end_counts[speakers_only]
        words = tokens(text)
        low = f" {' '.join(words)} "
        present = set(words)
        # Only names sharing a word with the message can be named in it.
        rows = sorted({i for w in [*present, ""] for i in by_word.get(w, ())})
        found = [pool[i] for i in rows if f" {' '.join(self._names[pool[i]])} " in low]
        for i in rows:
            name = pool[i]
            parts = self._names[name]
            if name in found or not parts:
                continue
            for part, position in ((parts[-1], -1), (parts[0], 0)):
                if len(part) < 3 or part in STOP or part in self.common or part not in present:
                    continue
                if ends[(position, part)] == 1 and not self._other_name(words, part, position):
                    found.append(name)
                    break
        return found or self._near(words, pool)

    def _other_name(self, words: list[str], part: str, position: int) -> bool:
        """ "nadia hussain" when the notes know Nadia Farouk: the word after a first name
        (before a last name) is another name, so the message means someone else."""
        i = words.index(part)
        j = i + 1 if position == 0 else i - 1
        if not 0 <= j < len(words):
            return False
        other = words[j]
        return other.isalpha() and other not in STOP and other not in self.common

    def _near(self, words: list[str], pool: list[str]) -> list[str]:
        """Names spelt a little wrong ("adrian horn", "paul madox")."""
        grams = [" ".join(words[i : i + 2]) for i in range(len(words) - 1)]
        grams = [g for g in grams if not all(w in STOP for w in g.split())]
        if not grams or not pool:
            return []
        lowered = [p.lower() for p in pool]
        scores = process.cdist(grams, lowered, scorer=fuzz.ratio, score_cutoff=FUZZY_NAME)
        found: list[str] = []
        for row in scores:
            best = int(row.argmax())
            if row[best] and pool[best] not in found:
                found.append(pool[best])
        return found

    # ---- talks -----------------------------------------------------------------
    def only_talk(self, speaker: str, sources: list[str] | None = None) -> TalkRef | None:
        """The speaker's one talk (at the events named), whatever it was called: "sum up
        ian's keynote" when his talk is titled otherwise."""
        theirs = [t for t in self.talks if speaker in t.speakers
                  and (not sources or t.source in sources)]  # fmt: skip
        return theirs[0] if len(theirs) == 1 else None

    def _title_rows(self, words: set[str], exact: list[str], named: set[str]) -> list[int]:
        """The titles a message could name: one sharing its joined form or code, one of a
        single content word, one of a named speaker sharing a stem, or one sharing two
        stems. Every test in `talks_in` needs one of these, and a common word ("aws" in
        hundreds of titles) alone makes none of them, so a turn's cost follows the
        message, not the number of talks."""
        shared: Counter[int] = Counter(i for w in words for i in self._title_index.get(w, ()))
        rows = {i for k in exact for i in self._title_exact.get(k, ())} | {*self._title_always}
        for i, n in shared.items():
            talk, _title, _joined, _wanted, single = self._titles[i]
            if n >= 2 or single or named & set(talk.speakers):
                rows.add(i)
        return sorted(rows)

    def talks_in(
        self, text: str, sources: list[str] | None = None, people: list[str] | None = None
    ) -> list[TalkRef]:
        """Talks the message names by title or session code, best first. A one-word
        title ("Lambda") names a talk only beside a word for one ("the Lambda chapter");
        otherwise it is the question's subject. A message that names a speaker means
        their talk: one of theirs that shares a word of its title ("Werner's keynote")
        comes before another speaker's talk the words name better, and another speaker's
        talk is not meant at all."""
        message = tokens(text)
        low = f" {' '.join(message)} "
        talk_word = bool(lexicon.load().talk_words.search(text))
        words = {stem(w) for w in message}
        codes = {w.upper() for w in re.findall(r"\b[A-Za-z]{2,6}\d{2,4}(?:-[A-Za-z0-9]+)?\b", text)}
        scored: list[tuple[float, TalkRef]] = []
        named = set(people or ())
        rows = self._title_rows(words, [*message, *codes], named)
        for talk, title, joined, wanted, single in (self._titles[i] for i in rows):
            if sources and talk.source not in sources:
                continue
            shared = len(wanted & words)
            if (
                named & set(talk.speakers)
                and shared
                and (talk_word or 2 * shared >= len(wanted) > 1)
            ):
                scored.append((400.0 + 100 * shared / len(wanted), talk))
                continue
            if talk.code and talk.code.upper() in codes:
                scored.append((300.0, talk))
                continue
            if single and not talk_word:
                continue
            if len(title) >= 6 and (title in low or (joined and joined in low)):
                scored.append((200.0 + len(title), talk))  # "Key note" is often "keynote"
                continue
            run = _common_run(title.split(), message)
            if len(run) >= 3 and sum(w not in STOP for w in run) >= 2:
                scored.append((150.0 + 10 * len(run), talk))  # "the database migration
                continue  # service session": three words of a longer title, in its order
            if len(wanted) < 2 or not wanted & words:
                continue
            overlap = len(wanted & words) / len(wanted)
            if overlap >= 0.6:
                plain = title.strip()
                score = fuzz.partial_ratio(plain, low.strip()) if len(plain) <= len(low) else 0.0
                if score >= 75 or overlap >= 0.8:
                    scored.append((score + overlap * 100, talk))
        if named & self._giving:  # "ian's keynote" is his talk, not another keynote
            scored = [(score, talk) for score, talk in scored if named & set(talk.speakers)]
        scored.sort(key=lambda item: -item[0])
        return [talk for _, talk in scored]
