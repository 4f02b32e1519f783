"""Which corpus files a build reads: a bad file is skipped with its reason, never allowed
to crash the build (an empty note did) or poison it (random bytes became 292 passages
under a binary "conference" name; a 50 MB note parsed for minutes).
"""

from __future__ import annotations

import contextlib
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

TEXT_SUFFIXES = frozenset({".txt", ".md", ".html", ".htm"})
MANIFEST = "manifest.yaml"


@dataclass(frozen=True)
class Rejected:
    name: str
    reason: str

    def __str__(self) -> str:
        return f"{self.name} ({self.reason})"


def problem(path: Path, max_bytes: int) -> str | None:
    """Why `path` cannot be a note, or None when it may be parsed."""
    size = path.stat().st_size
    if size > max_bytes:
        return f"{size / 2**20:.1f} MB, over the {max_bytes / 2**20:g} MB limit"
    data = path.read_bytes()
    if path.suffix.lower() == ".pdf":
        return None if data.startswith(b"%PDF-") else "not a PDF"
    if path.suffix.lower() in TEXT_SUFFIXES:
        if b"\x00" in data:
            return "binary, not text"
        text = data.decode("utf-8", errors="replace")
        if not text.strip():
            return "empty"
        if text.count("\ufffd") > max(8, len(text) // 100):
            return "not UTF-8 text"
    return None


def screen(files: list[Path], max_bytes: int) -> tuple[list[Path], list[Rejected]]:
    accepted: list[Path] = []
    rejected: list[Rejected] = []
    for path in files:
        reason = problem(path, max_bytes)
        if reason is None:
            accepted.append(path)
        else:
            rejected.append(Rejected(path.name, reason))
    return accepted, rejected


@contextlib.contextmanager
def only(corpus_dir: Path, accepted: list[Path]) -> Iterator[Path]:
    """A folder that holds just the accepted notes (links) and the manifest, for a parser
    that reads whole folders."""
    with tempfile.TemporaryDirectory(prefix="bot-corpus-") as folder:
        staged = Path(folder)
        for path in accepted:
            (staged / path.name).symlink_to(path.resolve())
        if (corpus_dir / MANIFEST).exists():
            (staged / MANIFEST).symlink_to((corpus_dir / MANIFEST).resolve())
        yield staged
