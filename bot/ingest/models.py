"""The shapes ingestion produces: document → sections (talks, chapters) → passages."""

from __future__ import annotations

from dataclasses import dataclass, field

UNKNOWN_EVENT = "unknown event"


@dataclass
class DocMeta:
    source: str  # path relative to the corpus folder, with "/" separators
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
    folder: str = ""  # the folder the note sits in, relative to the corpus


@dataclass
class Block:
    """One bullet or paragraph; `parent` is the lead-in it hangs from, if any;
    `heading` the sub-heading of its talk it sits under ("Key takeaways")."""

    kind: str  # "bullet" | "para"
    text: str
    level: int = 0
    parent: str | None = None
    children: list[Block] = field(default_factory=list)
    heading: str | None = None


@dataclass
class Section:
    """A talk (or a book's chapter) with who gave it; `title` None is the part
    of a note before its first talk."""

    title: str | None
    speakers: list[str] = field(default_factory=list)
    handles: list[str] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    code: str | None = None  # a session code such as "DAT326"
    is_talk: bool = True


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
    heading: str | None = None
    orgs: list[str] = field(default_factory=list)  # organisations it names
