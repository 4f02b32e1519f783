"""Rows of the store for parsed notes, numbered from where the build has got to.

A full build numbers every note from zero; adding notes to a copy of the previous build
numbers the new ones after the last row it holds. Either way a note's rows are written
the same way, here.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from bot.indexing import store
from bot.indexing.terms import NoteTerms, context_text
from bot.indexing.texts import embed_text
from bot.ingest.pipeline import ParsedFile


@dataclass
class Offsets:
    """The next free section id, passage id and sentence row."""

    section: int = 0
    passage: int = 0
    sentence: int = 0


def texts_of(f: ParsedFile) -> tuple[list[str], list[str]]:
    """What is embedded for a note: each passage in its context, then each sentence."""
    meta = f.document.meta
    sections = f.document.sections
    passages = [
        embed_text(
            p.text, p.parent, sections[p.section_index].title,
            sections[p.section_index].speakers, meta.conference, p.heading,
        )
        for p in f.passages
    ]  # fmt: skip
    return passages, [s for p in f.passages for s in p.sentences]


def write_file(conn: sqlite3.Connection, f: ParsedFile, at: Offsets) -> None:
    """The note's document, sections and passages (with their FTS5 rows); moves `at` on."""
    meta = f.document.meta
    store.write_document(
        conn,
        store.DocRow(
            meta.source, meta.title, meta.conference, meta.date, meta.date_end,
            meta.date_precision, meta.venue, meta.city, meta.kind, meta.source_url,
            meta.origin, meta.aliases, f.sha256, meta.folder,
        ),
    )  # fmt: skip
    sections = []
    for idx, section in enumerate(f.document.sections):
        row = store.SectionRow(
            at.section, meta.source, idx, section.title, section.speakers, section.handles,
            section.code, section.is_talk,
        )  # fmt: skip
        store.write_section(conn, row)
        sections.append(row)
        at.section += 1
    shares = []
    for p in f.passages:
        sec = sections[p.section_index]
        shares.append((p.parent, p.text, context_text(sec.title, p.heading, sec.speakers)))
        passage = store.PassageRow(
            at.passage, f.source, sec.id, p.position, p.text, p.parent, p.sentences,
            at.sentence, p.heading, p.orgs,
        )  # fmt: skip
        store.write_passage(conn, passage, sec, meta.conference)
        at.passage += 1
        at.sentence += len(p.sentences)
    store.write_terms(conn, meta.source, NoteTerms.of(shares))


def people_of(parsed: list[ParsedFile]) -> tuple[list[str], set[str]]:
    """Everyone the notes name, and which of them are speakers."""
    speakers = {s for f in parsed for sec in f.document.sections for s in sec.speakers}
    people = sorted({p for f in parsed for p in f.document.people} | speakers)
    return people, speakers


def talks_in(parsed: list[ParsedFile]) -> int:
    return sum(1 for f in parsed for s in f.document.sections if s.is_talk and s.title)
