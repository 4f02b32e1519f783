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
class Gazetteer:
    conference_aliases: dict[str, str]  # alias (lower) -> source
    conference_names: dict[str, str]  # source -> canonical name
    speakers: list[str]
    people: list[str]
    talks: list[TalkRef]
    common_words: set[str] = field(default_factory=set)
    _alias_patterns: list[tuple[str, re.Pattern[str]]] = field(default_factory=list)

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
        return cls(aliases, names, speakers, list(knowledge.people), talks, common, patterns)

    # ---- conferences -------------------------------------------------------
    def conferences_in(self, text: str) -> list[str]:
        """Sources of the conferences the text names (longest alias wins)."""
        low = " " + re.sub(r"[^a-z0-9: ]+", " ", text.lower()) + " "
        low_colon = " " + text.lower() + " "
        found: list[str] = []
        spans: list[tuple[int, int]] = []
        for alias, pattern in self._alias_patterns:
            for hay in (low_colon, low):
                match = pattern.search(hay)
                if match and not any(a <= match.start() < b for a, b in spans):
                    spans.append((match.start(), match.end()))
                    source = self.conference_aliases[alias]
                    if source not in found:
                        found.append(source)
                    break
        return found

    # ---- people ----------------------------------------------------------------
    def people_in(self, text: str, speakers_only: bool = False) -> list[str]:
        pool = self.speakers if speakers_only else self.people
        low = text.lower()
        words = tokens(text)
        found: list[str] = []
        for name in pool:
            parts = name.lower().split()
            if re.search(rf"\b{re.escape(name.lower())}\b", low):
                found.append(name)
                continue
            last, first = parts[-1], parts[0]
            if (
                len(last) >= 4
                and last not in self.common_words
                and re.search(rf"\b{re.escape(last)}\b", low)
            ):
                found.append(name)
                continue
            # a first name alone means the one speaker who has it ("Ian", "adrian")
            is_speaker = name in self.speakers
            namesakes = self.speakers if is_speaker else pool
            as_name = is_speaker and re.search(
                rf"\b{re.escape(parts[0].title())}\b|\bby {re.escape(first)}\b|"
                rf"\b{re.escape(first)}'s\b",
                text.replace("’", "'"),
            )  # "Adrian", "by adrian", "adrian's": a name even where it is also a common word
            if (
                len(first) >= (3 if is_speaker else 4)
                and (first not in self.common_words or as_name)
                and first not in STOP
                and re.search(rf"\b{re.escape(first)}\b", low)
                and sum(1 for other in namesakes if other.lower().split()[0] == first) == 1
            ):
                found.append(name)
        if not found:
            found = self._fuzzy_people(words, pool)
        return found

    def _fuzzy_people(self, words: list[str], pool: list[str]) -> list[str]:
        grams = [" ".join(words[i : i + 2]) for i in range(len(words) - 1)]
        grams = [g for g in grams if not all(w in STOP for w in g.split())]
        if not grams or not pool:
            return []
        found = []
        for gram in grams:
            match = process.extractOne(
                gram, [p.lower() for p in pool], scorer=fuzz.ratio, score_cutoff=85
            )
            if match:
                name = pool[match[2]]
                if name not in found:
                    found.append(name)
        return found

    # ---- talks -----------------------------------------------------------------
    def talks_in(
        self, text: str, sources: list[str] | None = None, cutoff: float = 82
    ) -> list[TalkRef]:
        """Talks whose title the text names, best first."""
        low = text.lower()
        scored: list[tuple[float, TalkRef]] = []
        for talk in self.talks:
            if sources and talk.source not in sources:
                continue
            title = talk.title.lower()
            if len(title) < 3:
                continue
            if title in low:
                scored.append((200 + len(title), talk))
                continue
            title_words = [w for w in tokens(title) if w not in STOP]
            if len(title_words) < 1:
                continue
            score = (
                fuzz.partial_ratio(title, low)
                if len(title) <= len(low)
                else fuzz.partial_ratio(low, title) * 0.9
            )
            overlap = len(set(title_words) & set(tokens(low))) / len(title_words)
            if score >= cutoff and overlap >= 0.5:
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
