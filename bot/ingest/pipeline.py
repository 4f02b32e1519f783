"""Corpus folder in, structured documents and passages out (no embeddings here)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from bot.ingest.chunking import document_passages
from bot.ingest.clean import clean_text
from bot.ingest.loaders import SUPPORTED, load_text
from bot.ingest.metadata import build_meta, read_manifest
from bot.ingest.models import Document, Passage
from bot.ingest.people import find_people
from bot.ingest.structure import find_sections

_IGNORED = {"readme", "manifest", "license"}


@dataclass
class ParsedFile:
    path: Path
    sha256: str
    document: Document
    passages: list[Passage]


def corpus_files(corpus_dir: Path) -> list[Path]:
    """Note files in the folder, in a stable order; READMEs and the manifest are not notes."""
    return sorted(
        p
        for p in corpus_dir.iterdir()
        if p.is_file() and p.suffix.lower() in SUPPORTED and p.stem.lower() not in _IGNORED
    )


def file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def parse_file(path: Path, entry: dict[str, object]) -> ParsedFile:
    raw = load_text(path)
    lines = clean_text(raw)
    first = next((ln for ln in lines if ln.strip()), path.stem)
    meta = build_meta(path.name, first, "\n".join(lines), entry)
    document = Document(meta, find_sections(lines))
    return ParsedFile(path, file_hash(path), document, document_passages(document))


def parse_corpus(corpus_dir: Path) -> list[ParsedFile]:
    manifest = read_manifest(corpus_dir)
    parsed = [parse_file(p, manifest.get(p.name, {})) for p in corpus_files(corpus_dir)]
    texts = ["\n".join(p.text for p in f.passages) for f in parsed]
    speakers = [s for f in parsed for sec in f.document.sections for s in sec.speakers]
    people = find_people(texts, speakers)
    for f in parsed:
        f.document.people = people
    return parsed
