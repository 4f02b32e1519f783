"""The lexicon: words and patterns of language, loaded from `lexicon.yaml`.

Code asks the lexicon ("is this a section heading?", "which words say nothing?")
instead of spelling words itself, so vocabulary is edited in one data file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from bot import yamlfile

DEFAULT = Path(__file__).with_name("lexicon.yaml")


def _phrases(items: list[str]) -> frozenset[str]:
    return frozenset(" ".join(str(i).lower().split()) for i in items)


def _phrase(phrase: str) -> str:
    """One phrase as a regex: words as whole words, "*" as one to seven words."""
    parts = []
    for word in str(phrase).lower().split():
        parts.append(r"(?:\S+\s+){0,6}\S+" if word == "*" else re.escape(word))
    return r"\s+".join(parts)


def cue_pattern(items: list[str]) -> re.Pattern[str]:
    """Any of the phrases, as whole words, case-insensitively."""
    ordered = sorted({str(i) for i in items}, key=len, reverse=True)
    return re.compile(r"(?<![\w'])(?:" + "|".join(map(_phrase, ordered)) + r")(?![\w'])", re.I)


def _alternation(items: list[str]) -> str:
    """Phrases as one regex alternation, longest first, spaces matching any run of spaces."""
    ordered = sorted({str(i).lower() for i in items}, key=len, reverse=True)
    return "|".join(r"\s+".join(map(re.escape, p.split())) for p in ordered)


@dataclass(frozen=True)
class Lexicon:
    stop_words: frozenset[str]
    asking_words: frozenset[str]
    months: tuple[str, ...]
    weekdays: frozenset[str]
    days_before: dict[str, int]  # "yesterday": 1
    section_titles: frozenset[str]
    section_prefixes: frozenset[str]
    not_seen: re.Pattern[str]  # "(skipped)" after a title: the note-taker was elsewhere
    date_verbs: re.Pattern[str]  # "when does it start": a date; "when does it fail": not
    not_held: re.Pattern[str]
    honorifics: frozenset[str]
    title_label: re.Pattern[str]
    speaker_labels: str  # regex alternation
    abstract_cues: frozenset[str]
    talk_cues: frozenset[str]  # words that introduce a talk: abstract verbs, session kinds
    title_noise: str  # regex alternation
    event_words: frozenset[str]
    chrome: re.Pattern[str]
    filing_line: re.Pattern[str]
    disclaimer: re.Pattern[str]
    broad: re.Pattern[str]
    compare: re.Pattern[str]
    comparative: re.Pattern[str]
    expects: dict[str, re.Pattern[str]]  # answer type -> the question cues that ask for it
    states: dict[str, re.Pattern[str]]  # answer type -> how a sentence states one
    leaning_words: frozenset[str]
    more: re.Pattern[str]
    bare_ask: re.Pattern[str]  # "when?" alone: a question about what was just said
    back: re.Pattern[str]
    shorthand: dict[str, str]  # chat shorthand -> the words it stands for
    ordinals: dict[str, int]
    ordinal: re.Pattern[str]
    references: dict[str, re.Pattern[str]]
    switch: re.Pattern[str]
    talk_words: re.Pattern[str]
    who_gave: re.Pattern[str]
    handle_asks: re.Pattern[str]
    gave_asks: re.Pattern[str]
    where_when: re.Pattern[str]
    figure_leads: frozenset[str]  # capitalised at a sentence start, yet lead a figure
    columns: dict[str, str]  # a table's column header -> what it holds (talk, speaker)
    raw: dict[str, object]

    def month_number(self, word: str) -> int | None:
        """1-12 for a month name or its three-letter abbreviation, else None."""
        w = word.lower().rstrip(".")
        if len(w) < 3:
            return None
        for n, name in enumerate(self.months, start=1):
            if name.startswith(w) and (len(w) == 3 or w == name or len(w) >= 4):
                return n
        return None

    def is_section_title(self, text: str) -> bool:
        key = " ".join(re.sub(r"[^\w&;' -]+", " ", text.lower()).split())
        bare = " ".join(re.sub(r"\([^)]*\)", " ", text.lower()).split())  # "Demos (missed)"
        bare = " ".join(re.sub(r"[^\w&;' -]+", " ", bare).split())
        key = re.sub(r"^(?:my|our|the|some|team|a few) ", "", key)
        first = key.split(" ", 1)[0] if key else ""
        held = not self.not_held.search(key)  # a cancelled session is no talk
        titled = key in self.section_titles or bare in self.section_titles
        addressed = re.match(r"^(.+?) (?:for|from) (?:my|our|the|your) \S+$", bare)
        titled = titled or bool(addressed and addressed.group(1) in self.section_titles)
        return titled or first in self.section_prefixes or not held


@lru_cache(maxsize=4)
def load(path: Path = DEFAULT) -> Lexicon:
    data = yamlfile.load(path.read_text(encoding="utf-8"))
    chrome = "|".join(f"(?:{p})" for p in data["chrome_lines"])
    return Lexicon(
        stop_words=_phrases(data["stop_words"]),
        asking_words=_phrases(data["asking_words"]),
        months=tuple(str(m).lower() for m in data["months"]),
        weekdays=_phrases(data["weekdays"]),
        days_before={
            " ".join(str(k).lower().split()): int(v) for k, v in data["days_before"].items()
        },
        section_titles=_phrases(data["section_titles"]),
        section_prefixes=_phrases(data["section_prefixes"]),
        date_verbs=cue_pattern(data["date_verbs"]),
        not_seen=re.compile(
            rf"\s*[(\[](?:{_alternation(data['not_seen'])})[^)\]]{{0,40}}[)\]]\s*$", re.I
        ),
        not_held=cue_pattern(data["not_held"]),
        honorifics=_phrases(data["honorifics"]),
        # "Keynote: X", "Talk 2 - X", "Talk 3 (lightning): X", "lightning, "X""
        title_label=re.compile(
            rf"^\s*(?:{_alternation(data['title_labels'])})(?:\s*#?\s?\d{{1,3}}[a-z]?)?"
            r"(?:\s*\([^()]{0,40}\))?\s*(?:[:\-–—|]\s+|,\s*(?=[\"“']))",
            re.I,
        ),
        speaker_labels=_alternation(data["speaker_labels"]),
        abstract_cues=_phrases(data["abstract_cues"]),
        talk_cues=_phrases(data["abstract_cues"])
        | frozenset(w for label in _phrases(data["title_labels"]) for w in label.split()),
        title_noise=_alternation(data["title_noise"]),
        event_words=_phrases(data["event_words"]),
        chrome=re.compile(rf"^\s*(?:{chrome})\s*$", re.I),
        filing_line=re.compile(str(data["filing_line"])),
        disclaimer=re.compile("|".join(data["disclaimers"]), re.I),
        broad=cue_pattern(data["broad_cues"]),
        compare=cue_pattern(data["compare_cues"]),
        comparative=cue_pattern(data["comparatives"]),
        expects={k: cue_pattern(v) for k, v in data["expects"].items()},
        states={k: re.compile(v, re.I) for k, v in data["answer_patterns"].items()},
        leaning_words=_phrases(data["leaning_words"]),
        more=re.compile(rf"^\W*(?:{cue_pattern(data['more_cues']).pattern})\W*$", re.I),
        bare_ask=re.compile(rf"^\W*(?:{cue_pattern(data['bare_asks']).pattern})\W*$", re.I),
        back=re.compile(rf"(?:{cue_pattern(data['back_cues']).pattern})\s+(?P<rest>.+)$", re.I),
        shorthand={str(k).lower(): str(v) for k, v in data["shorthand"].items()},
        ordinals={str(k).lower(): int(v) for k, v in data["ordinals"].items()},
        ordinal=re.compile(
            r"\b(?:the\s+)?(?P<n>"
            + "|".join(map(re.escape, map(str, data["ordinals"])))
            + r")\b(?:\s+(?:one|talk|session|item|chapter|of (?:them|those)))?|#\s*(?P<d>\d{1,2})\b"
            r"|\bnumber\s+(?P<w>\d{1,2})\b",
            re.I,
        ),
        references={k: cue_pattern(v) for k, v in data["references"].items()},
        switch=re.compile(
            rf"^\W*(?:{cue_pattern(data['switch_cues']).pattern})\b\s*(?P<rest>.*)$", re.I
        ),
        talk_words=cue_pattern(data["talk_words"]),
        who_gave=cue_pattern(data["who_gave"]),
        handle_asks=cue_pattern(data["handle_asks"]),
        gave_asks=cue_pattern(data["gave_asks"]),
        where_when=cue_pattern(data["where_when"]),
        figure_leads=_phrases(data["figure_leads"]),
        columns={
            str(h).lower(): kind for kind, heads in data["table_columns"].items() for h in heads
        },
        raw=data,
    )
