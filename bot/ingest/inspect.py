"""`bot inspect`: the tree ingestion finds in notes, so people can check their notes
read the way they meant before indexing them."""

from __future__ import annotations

from pathlib import Path

from bot.errors import CorpusError
from bot.ingest.metadata import read_manifest
from bot.ingest.pipeline import ParsedFile, corpus_files, parse_file, source_name


def describe_file(parsed: ParsedFile) -> list[str]:
    meta = parsed.document.meta
    lines = [
        f"{parsed.source}",
        f"  event: {meta.conference}" + (f" ({meta.date})" if meta.date else ""),
    ]
    talks = [s for s in parsed.document.sections if s.is_talk]
    lines.append(f"  talks: {len(talks)}, passages: {len(parsed.passages)}")
    for s in talks:
        code = f"[{s.code}] " if s.code else ""
        who = ", ".join(s.speakers) or "no speaker named"
        lines.append(f"    - {code}{s.title or '(untitled)'} — {who}")
    others = [s.title for s in parsed.document.sections if not s.is_talk and s.title]
    if others:
        lines.append(f"  other sections: {'; '.join(others)}")
    return lines


def describe_path(path: Path) -> str:
    if not path.exists():
        raise CorpusError(f"{path} does not exist")
    root = path if path.is_dir() else path.parent
    files = corpus_files(path) if path.is_dir() else [path]
    manifest = read_manifest(root)
    lines: list[str] = []
    for file in files:
        source = source_name(root, file) if path.is_dir() else path.as_posix()
        try:
            parsed = parse_file(file, manifest.get(source, {}), source)
        except CorpusError as exc:
            lines.append(f"{source}\n  warning: skipped ({str(exc).split(': ', 1)[-1]})")
            continue
        lines.extend(describe_file(parsed))
    return "\n".join(lines)
