"""Names the notes know (conferences, speakers, talks) and how to spot them in text.

Built from the index metadata, so a new notes file brings its own names. Exact
and abbreviated mentions are found with word-boundary patterns; misspellings
("adrian horn") with rapidfuzz.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from bot.knowledge import Knowledge
from bot.text import STOP, stem, tokens


@dataclass
class TalkRef:
    section_id: int
    title: str
    source: str
    speakers: list[str]


@dataclass
class _Person:
    """One name's lowercase forms and word patterns, compiled once at load."""

    low: str
    first: str
    last: str
    is_speaker: bool
    last_ok: bool  # the surname alone is distinctive enough to mean this person
    first_ok: bool  # long enough and not a stop word to try alone
    namesakes: int  # how many people (speakers, for a speaker) have this first name
    full: re.Pattern[str]
    last_word: re.Pattern[str]
    first_word: re.Pattern[str]
    as_name: re.Pattern[str]  # "Adrian", "by adrian", "adrian's": a name even if a common word

    @classmethod
    def of(cls, name: str, speakers: list[str], people: list[str], common: set[str]) -> _Person:
        low = name.lower()
        parts = low.split()
        first, last = parts[0], parts[-1]
        is_speaker = name in speakers
        pool = speakers if is_speaker else people
        return cls(
            low=low,
            first=first,
            last=last,
            is_speaker=is_speaker,
            last_ok=len(last) >= 4 and last not in common,
            first_ok=len(first) >= (3 if is_speaker else 4) and first not in STOP,
            namesakes=sum(1 for other in pool if other.lower().split()[0] == first),
            full=re.compile(rf"\b{re.escape(low)}\b"),
            last_word=re.compile(rf"\b{re.escape(last)}\b"),
            first_word=re.compile(rf"\b{re.escape(first)}\b"),
            as_name=re.compile(
                rf"\b{re.escape(name.split()[0].title())}\b|\bby {re.escape(first)}\b|"
                rf"\b{re.escape(first)}'s\b"
            ),
        )


@dataclass
class Gazetteer:
    conference_aliases: dict[str, str]  # alias (lower) -> source
    conference_names: dict[str, str]  # source -> canonical name
    speakers: list[str]
    people: list[str]
    talks: list[TalkRef]
    common_words: set[str] = field(default_factory=set)
    _alias_patterns: list[tuple[str, re.Pattern[str]]] = field(default_factory=list)
    _people_index: dict[str, _Person] = field(default_factory=dict)
    _talk_words: list[tuple[TalkRef, str, str, set[str]]] = field(default_factory=list)
    _lowered_people: list[str] = field(default_factory=list)  # for fuzzy matching
    _lowered_speakers: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._lowered_people = [p.lower() for p in self.people]
        self._lowered_speakers = [p.lower() for p in self.speakers]
        self._talk_words = [  # lowercase title, as one word, its content words: for talks_in
            (
                t,
                t.title.lower(),
                "".join(tokens(t.title)) if len(tokens(t.title)) > 1 else "",
                {w for w in tokens(t.title) if w not in STOP},
            )
            for t in self.talks
            if len(t.title) >= 3
        ]

    @classmethod
    def build(cls, knowledge: Knowledge) -> Gazetteer:
        aliases: dict[str, str] = {}
        names: dict[str, str] = {}
        for source, doc in knowledge.documents.items():
            names[source] = doc.conference
            for alias in [doc.conference, doc.title, *doc.aliases]:
                alias = alias.lower().strip()
                if alias:
                    aliases[alias] = source
                    plain = re.sub(r"[^a-z0-9 ]+", " ", alias)
                    aliases[re.sub(r"\s+", " ", plain).strip()] = source
        speakers = [p for p, is_speaker in knowledge.people.items() if is_speaker]
        talks = [
            TalkRef(s.id, s.title, s.source, s.speakers)
            for s in knowledge.sections.values()
            if s.title
        ]
        common = {t for p in knowledge.passages for t in tokens(p.text)}
        patterns = [  # compiled once, longest alias first
            (alias, re.compile(rf"(?<![a-z0-9]){re.escape(alias)}(?![a-z0-9])"))
            for alias in sorted(aliases, key=len, reverse=True)
        ]
        people = list(knowledge.people)
        index = {name: _Person.of(name, speakers, people, common) for name in people}
        return cls(aliases, names, speakers, people, talks, common, patterns, index)

    # ---- conferences -------------------------------------------------------
    def conferences_in(self, text: str) -> list[str]:
        """Sources of the conferences the text names (longest alias wins)."""
        low = " " + re.sub(r"[^a-z0-9: ]+", " ", text.lower()) + " "
        low_colon = " " + text.lower() + " "
        found: list[str] = []
        spans: list[tuple[int, int]] = []
        for alias, pattern in self._alias_patterns:
            for hay in (low_colon, low):
                match = pattern.search(hay) if alias in hay else None
                if match and not any(a <= match.start() < b for a, b in spans):
                    spans.append((match.start(), match.end()))
                    source = self.conference_aliases[alias]
                    if source not in found:
                        found.append(source)
                    break
        return found

    @property
    def alias_patterns(self) -> list[tuple[str, re.Pattern[str]]]:
        """Each conference alias (lowercase) with its whole-word pattern, longest first."""
        return self._alias_patterns

    # ---- people ----------------------------------------------------------------
    def without_name(self, low: str, name: str) -> str:
        """Lowercase text with the person's full name blanked out."""
        person = self._people_index[name]
        return person.full.sub(" ", low) if person.low in low else low

    def people_in(self, text: str, speakers_only: bool = False) -> list[str]:
        pool = self.speakers if speakers_only else self.people
        low = text.lower()
        plain = text.replace("’", "'")
        found: list[str] = []
        for name in pool:
            n = self._people_index[name]
            if n.low in low and n.full.search(low):
                found.append(name)
                continue
            if n.last_ok and n.last in low and n.last_word.search(low):
                found.append(name)
                continue
            if not n.first_ok or n.first not in low or not n.first_word.search(low):
                continue
            # a first name alone means the one speaker who has it ("Ian", "adrian")
            as_name = n.is_speaker and bool(n.as_name.search(plain))
            if n.namesakes == 1 and (n.first not in self.common_words or as_name):
                found.append(name)
        if not found:
            found = self._fuzzy_people(tokens(text), speakers_only)
        return found

    def _fuzzy_people(self, words: list[str], speakers_only: bool) -> list[str]:
        pool = self.speakers if speakers_only else self.people
        lowered = self._lowered_speakers if speakers_only else self._lowered_people
        grams = [" ".join(words[i : i + 2]) for i in range(len(words) - 1)]
        grams = [g for g in grams if not all(w in STOP for w in g.split())]
        if not grams or not pool:
            return []
        found = []
        scores = process.cdist(grams, lowered, scorer=fuzz.ratio, score_cutoff=85)  # one C call
        for row in scores:
            best = int(row.argmax())
            if row[best] and pool[best] not in found:
                found.append(pool[best])
        return found

    # ---- talks -----------------------------------------------------------------
    def talks_in(
        self, text: str, sources: list[str] | None = None, cutoff: float = 82
    ) -> list[TalkRef]:
        """Talks whose title the text names, best first."""
        low = text.lower()
        words = set(tokens(low))
        scored: list[tuple[float, TalkRef]] = []
        for talk, title, joined, title_words in self._talk_words:
            if sources and talk.source not in sources:
                continue
            if title in low or joined in words:  # "Key note" written "keynote"
                scored.append((200 + len(title), talk))
                continue
            overlap = len(title_words & words) / len(title_words) if title_words else 0.0
            if overlap < 0.5:  # cheap test first: most titles share no word with the text
                continue
            score = (
                fuzz.partial_ratio(title, low)
                if len(title) <= len(low)
                else fuzz.partial_ratio(low, title) * 0.9
            )
            if score >= cutoff:
                scored.append((score + overlap * 10, talk))
        scored.sort(key=lambda item: -item[0])
        return [talk for _, talk in scored]

    def talks_described(self, text: str, sources: list[str] | None = None) -> list[TalkRef]:
        """Talks a question points at by description: "the active-active talk", "the Netflix
        tooling session". Every described word must be in the title (stems, either order)."""
        out: list[TalkRef] = []
        for phrase in _DESCRIBED.findall(text):
            wanted = {stem(w) for w in tokens(phrase) if w not in STOP}
            if not wanted:
                continue
            for talk in self.talks:
                if sources and talk.source not in sources:
                    continue
                title = {stem(w) for w in tokens(talk.title)}
                if wanted <= title and talk not in out:
                    out.append(talk)
        return out


# "the <up to four words> talk|session|keynote|presentation"
_DESCRIBED = re.compile(
    r"\bthe ((?:[\w:@'-]+ ){1,4}?)(?:talk|session|keynote|presentation|chapter)\b", re.I
)
