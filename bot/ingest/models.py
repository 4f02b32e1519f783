"""The shapes ingestion produces: document → sections (talks, chapters) → passages."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class DocMeta:
    source: str
    title: str
    conference: str
    date: str | None = None
    date_end: str | None = None
    date_precision: str = "day"
    venue: str | None = None
    city: str | None = None
    kind: str = "notes"
    source_url: str | None = None
    origin: str | None = None
    aliases: list[str] = field(default_factory=list)


@dataclass
class Block:
    """One bullet or paragraph; `parent` is the lead-in it hangs from, if any."""

    kind: str  # "bullet" | "para"
    text: str
    level: int = 0
    parent: str | None = None
    children: list[Block] = field(default_factory=list)


@dataclass
class Section:
    title: str | None
    speakers: list[str] = field(default_factory=list)
    handles: list[str] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)


@dataclass
class Document:
    meta: DocMeta
    sections: list[Section]
    people: list[str] = field(default_factory=list)


@dataclass
class Passage:
    """A retrievable unit: 1 to 3 sentences, or a bullet with its parent."""

    source: str
    section_index: int
    text: str
    sentences: list[str]
    parent: str | None = None
    position: int = 0
