"""Corpus folder in, structured documents and passages out (no embeddings here).

The folder is read recursively: a subfolder can stand for an event or a day, and
each note keeps its path relative to the corpus as its `source`. A file that
cannot be read is skipped with one warning naming it and why.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from bot.errors import CorpusError
from bot.ingest.chunking import document_passages
from bot.ingest.events import infer_date, infer_event, infer_place
from bot.ingest.loaders import DEFAULT_MAX_BYTES, load_outline, supported
from bot.ingest.metadata import build_meta, read_manifest
from bot.ingest.models import UNKNOWN_EVENT, Document, Passage
from bot.ingest.names import NameModel, lower_vocabulary
from bot.ingest.talks import find_sections

_IGNORED_NAMES = {"manifest.yaml", "license", "license.md", "license.txt"}


@dataclass
class ParsedFile:
    path: Path
    source: str
    sha256: str
    document: Document
    passages: list[Passage]


@dataclass
class ParsedCorpus:
    files: list[ParsedFile] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # one line per file: name and why


def corpus_files(corpus_dir: Path) -> list[Path]:
    """Note files under the folder, in a stable order; hidden folders are not notes."""
    found = []
    for path in corpus_dir.rglob("*"):
        rel = path.relative_to(corpus_dir)
        if any(part.startswith(".") for part in rel.parts):
            continue
        known = path.suffix.lower() in supported() and path.name.lower() not in _IGNORED_NAMES
        if known and path.is_file():
            found.append(path)
    return sorted(found, key=lambda p: p.relative_to(corpus_dir).as_posix())


def source_name(corpus_dir: Path, path: Path) -> str:
    return path.relative_to(corpus_dir).as_posix()


def file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def parse_file(
    path: Path,
    entry: dict[str, object],
    source: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> ParsedFile:
    source = source or path.name
    outline = load_outline(path, max_bytes)
    model = NameModel(lower_vocabulary([outline.text]))
    book = str(entry.get("kind") or "") == "book"
    sections = find_sections(outline, model, book=book)
    if not any(s.blocks for s in sections):
        raise CorpusError(f"{path.name}: no text to index")
    folder = str(PurePosixPath(source).parent)
    event = infer_event(outline, source)
    inferred = {
        "title": outline.title or PurePosixPath(source).stem,
        "conference": event or UNKNOWN_EVENT,
        "date": infer_date(outline, source, event),
        "venue": infer_place(outline),
    }
    meta = build_meta(source, {**inferred, **{k: v for k, v in entry.items() if v is not None}})
    meta.folder = "" if folder == "." else folder
    document = Document(meta, sections)
    passages = document_passages(document)
    speakers = {s for sec in sections for s in sec.speakers}
    mentioned = model.mentions_many([p.text for p in passages])
    for passage, (_, orgs) in zip(passages, mentioned, strict=True):
        passage.orgs = orgs
    document.people = sorted(speakers | {n for names, _ in mentioned for n in names})
    return ParsedFile(path, source, file_hash(path), document, passages)


def parse_corpus(corpus_dir: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> ParsedCorpus:
    manifest = read_manifest(corpus_dir)
    out = ParsedCorpus()
    for path in corpus_files(corpus_dir):
        source = source_name(corpus_dir, path)
        entry = manifest.get(source, manifest.get(path.name, {}))
        try:
            out.files.append(parse_file(path, entry, source, max_bytes))
        except CorpusError as exc:
            out.skipped.append(f"{source}: {str(exc).split(': ', 1)[-1]}")
    return out
