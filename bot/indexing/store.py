"""SQLite store of documents, sections and passages, with an FTS5 table for BM25.

Written once per build; at serve time it is read into memory, and only the FTS5
table is queried per request.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from bot.indexing.terms import NoteTerms
from bot.ingest.models import DocMeta

FTS_TOKENIZE = "porter unicode61"  # also what the posting arrays' query words are cut with

SCHEMA = f"""
CREATE TABLE documents (
  source TEXT PRIMARY KEY, title TEXT, conference TEXT, date TEXT, date_end TEXT,
  date_precision TEXT, venue TEXT, city TEXT, kind TEXT, source_url TEXT, origin TEXT,
  aliases TEXT, sha256 TEXT, folder TEXT
);
CREATE TABLE sections (
  id INTEGER PRIMARY KEY, source TEXT, idx INTEGER, title TEXT, speakers TEXT, handles TEXT,
  code TEXT, is_talk INTEGER
);
CREATE TABLE passages (
  id INTEGER PRIMARY KEY, source TEXT, section_id INTEGER, position INTEGER, text TEXT,
  parent TEXT, sentences TEXT, sent_start INTEGER, heading TEXT, orgs TEXT
);
CREATE TABLE people (name TEXT PRIMARY KEY, is_speaker INTEGER);
CREATE TABLE terms (source TEXT PRIMARY KEY, df TEXT, words TEXT, names TEXT, lower TEXT);
CREATE VIRTUAL TABLE passages_fts USING fts5(
  text, section, speaker, conference, tokenize = '{FTS_TOKENIZE}'
);
"""


@dataclass
class DocRow:
    source: str
    title: str
    conference: str
    date: str | None
    date_end: str | None
    date_precision: str
    venue: str | None
    city: str | None
    kind: str
    source_url: str | None
    origin: str | None
    aliases: list[str]
    sha256: str
    folder: str = ""

    def meta(self) -> DocMeta:
        return DocMeta(
            self.source,
            self.title,
            self.conference,
            self.date,
            self.date_end,
            self.date_precision,
            self.venue,
            self.city,
            self.kind,
            self.source_url,
            self.origin,
            self.aliases,
            self.folder,
        )


@dataclass
class SectionRow:
    id: int
    source: str
    idx: int
    title: str | None
    speakers: list[str]
    handles: list[str]
    code: str | None = None
    is_talk: bool = True


@dataclass
class PassageRow:
    id: int
    source: str
    section_id: int
    position: int
    text: str
    parent: str | None
    sentences: list[str]
    sent_start: int
    heading: str | None = None
    orgs: list[str] = field(default_factory=list)


def create(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path)
    conn.executescript(SCHEMA)
    return conn


def write_document(conn: sqlite3.Connection, doc: DocRow) -> None:
    conn.execute(
        "INSERT INTO documents VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (
            doc.source,
            doc.title,
            doc.conference,
            doc.date,
            doc.date_end,
            doc.date_precision,
            doc.venue,
            doc.city,
            doc.kind,
            doc.source_url,
            doc.origin,
            json.dumps(doc.aliases),
            doc.sha256,
            doc.folder,
        ),
    )


def write_section(conn: sqlite3.Connection, row: SectionRow) -> None:
    conn.execute(
        "INSERT INTO sections VALUES (?,?,?,?,?,?,?,?)",
        (
            row.id,
            row.source,
            row.idx,
            row.title,
            json.dumps(row.speakers),
            json.dumps(row.handles),
            row.code,
            int(row.is_talk),
        ),
    )


def write_passage(
    conn: sqlite3.Connection, row: PassageRow, section: SectionRow, conference: str
) -> None:
    conn.execute(
        "INSERT INTO passages VALUES (?,?,?,?,?,?,?,?,?,?)",
        (
            row.id,
            row.source,
            row.section_id,
            row.position,
            row.text,
            row.parent,
            json.dumps(row.sentences),
            row.sent_start,
            row.heading,
            json.dumps(row.orgs),
        ),
    )
    conn.execute(
        "INSERT INTO passages_fts(rowid, text, section, speaker, conference) VALUES (?,?,?,?,?)",
        (
            row.id,
            f"{row.parent or ''} {row.text}".strip(),
            " ".join(filter(None, [section.title, row.heading])),
            " ".join(section.speakers),
            conference,
        ),
    )


def write_terms(conn: sqlite3.Connection, source: str, terms: NoteTerms) -> None:
    conn.execute(
        "INSERT INTO terms VALUES (?,?,?,?,?)",
        (
            source,
            *(json.dumps(c) for c in (terms.df, terms.words, terms.names, terms.lower)),
        ),
    )


def write_people(conn: sqlite3.Connection, people: list[str], speakers: set[str]) -> None:
    """Add people; one already known becomes a speaker if the new notes say so (so adding
    a note touches its own people only, not the whole table)."""
    conn.executemany(
        "INSERT INTO people VALUES (?,?) ON CONFLICT(name) "
        "DO UPDATE SET is_speaker = max(is_speaker, excluded.is_speaker)",
        [(p, int(p in speakers)) for p in people],
    )


def counts(conn: sqlite3.Connection) -> tuple[int, int, int]:
    """Sections, passages and sentence rows a store holds (ids are 0..n-1)."""
    sections = conn.execute("SELECT count(*) FROM sections").fetchone()[0]
    passages, sentences = conn.execute(
        "SELECT count(*), coalesce(max(sent_start + json_array_length(sentences)), 0) FROM passages"
    ).fetchone()
    return int(sections), int(passages), int(sentences)


@dataclass
class StoreData:
    documents: dict[str, DocRow]
    sections: dict[int, SectionRow]
    passages: list[PassageRow]
    people: dict[str, bool]
    terms: dict[str, NoteTerms]  # by source


def read_all(path: Path) -> StoreData:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        docs = {}
        for r in conn.execute("SELECT * FROM documents"):
            docs[r[0]] = DocRow(
                r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10],
                json.loads(r[11]), r[12], r[13] or "",
            )  # fmt: skip
        sections = {
            r[0]: SectionRow(
                r[0], r[1], r[2], r[3], json.loads(r[4]), json.loads(r[5]), r[6], bool(r[7])
            )
            for r in conn.execute("SELECT * FROM sections")
        }
        passages = [
            PassageRow(
                r[0],
                r[1],
                r[2],
                r[3],
                r[4],
                r[5],
                json.loads(r[6]),
                r[7],
                r[8],
                json.loads(r[9]) if r[9] != "[]" else [],
            )
            for r in conn.execute("SELECT * FROM passages ORDER BY id")
        ]
        people = {r[0]: bool(r[1]) for r in conn.execute("SELECT * FROM people")}
        terms = {
            r[0]: NoteTerms(*(Counter(json.loads(column)) for column in r[1:]))
            for r in conn.execute("SELECT source, df, words, names, lower FROM terms")
        }
    finally:
        conn.close()
    return StoreData(docs, sections, passages, people, terms)


def passage_keys(path: Path) -> list[tuple[str, str, int]]:
    """(file, file sha256, position in the file) of every passage, by passage id: what names
    a passage across builds, since ids are renumbered by every build."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = conn.execute(
            "SELECT p.source, d.sha256, p.position FROM passages p "
            "JOIN documents d ON d.source = p.source ORDER BY p.id"
        ).fetchall()
    finally:
        conn.close()
    return [(str(r[0]), str(r[1]), int(r[2])) for r in rows]
