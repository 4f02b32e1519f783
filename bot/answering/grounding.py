"""What the model is given: the question, what it was understood to be about, and the
passages the answerer found, numbered with their talk, speaker and event.

The passages are the answer's own points first (what the gate trusted), then the best
of the rest of the search, so the model sees what the extractive answer would show and
a little context around it. Nothing from the session goes in but the resolved subject:
no history, no session id, no other conversation.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from bot.answering.render import event_phrase, join_names
from bot.answering.types import Answer, Question
from bot.retrieval.knowledge import Knowledge

DATA = Path(__file__).with_name("grounding.yaml")
SLOT_LABELS = (("talk", "talk"), ("speaker", "speaker"), ("conference", "event"))


@lru_cache(maxsize=1)
def data() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    return loaded


@dataclass(frozen=True)
class Source:
    """One numbered passage, as the model sees it and as verification reads it."""

    number: int
    passage_id: int
    heading: str
    text: str

    @property
    def support(self) -> str:
        """Everything a sentence citing this passage may take its names and figures from."""
        return f"{self.heading}\n{self.text}"


@dataclass(frozen=True)
class Grounding:
    sources: list[Source]
    messages: list[dict[str, str]]

    def source(self, number: int) -> Source | None:
        return self.sources[number - 1] if 1 <= number <= len(self.sources) else None


def heading(knowledge: Knowledge, passage_id: int) -> str:
    """ "Talk title" by Speaker, at Event (date): the passage's provenance in one line."""
    passage = knowledge.passages[passage_id]
    section = knowledge.section_of(passage)
    doc = knowledge.doc_of(passage)
    if doc.kind == "book":
        chapter = f'the chapter "{section.title}" of ' if section.title else ""
        return f"{chapter}the {doc.conference}"
    parts = []
    if section.title:
        parts.append(f'"{section.title}"')
    if section.speakers:
        parts.append(f"by {join_names(list(section.speakers))}")
    parts.append(f"at {event_phrase(knowledge, passage.source)}")
    return " ".join(parts)


def passages_for(answer: Answer, limit: int) -> list[int]:
    """The answer's points, then the nearest other passages, without repeats."""
    ordered = [p.passage_id for p in answer.points] + list(answer.near)
    return list(dict.fromkeys(ordered))[:limit]


def ground(
    knowledge: Knowledge,
    message: str,
    question: Question,
    answer: Answer,
    slots: dict[str, str],
    limit: int,
) -> Grounding:
    sources = []
    for number, pid in enumerate(passages_for(answer, limit), start=1):
        passage = knowledge.passages[pid]
        text = f"{passage.parent} {passage.text}" if passage.parent else passage.text
        sources.append(Source(number, pid, heading(knowledge, pid), " ".join(text.split())))
    about = [question.text] + [f"{label}: {slots[k]}" for k, label in SLOT_LABELS if slots.get(k)]
    lines = [
        f"Question: {' '.join(message.split())}",
        f"About: {'; '.join(about)}",
        "",
        "Passages:",
    ]
    for s in sources:
        lines += [f"[{s.number}] {s.heading}", s.text, ""]
    messages = [
        {"role": "system", "content": data()["system"]},
        {"role": "user", "content": "\n".join(lines).strip()},
    ]
    return Grounding(sources, messages)
