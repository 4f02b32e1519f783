"""Read a note file of any supported kind into an outline, or say why it cannot be.

A format is a reader registered for its file suffixes (`@reader(".md")`): bytes in, an
outline out. A bad file (empty, binary under a text name, a broken PDF, over the size
limit) raises `CorpusError` naming itself and the reason; the pipeline skips it with one
warning, so one bad file never stops or poisons a build.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from bot.errors import CorpusError
from bot.ingest.outline import Outline

DEFAULT_MAX_BYTES = 20 * 1024 * 1024

Reader = Callable[[Path, bytes], Outline]
READERS: dict[str, Reader] = {}


def reader(*suffixes: str) -> Callable[[Reader], Reader]:
    """Register a reader for these suffixes (a later one for the same suffix replaces it)."""

    def add(read: Reader) -> Reader:
        for suffix in suffixes:
            READERS[suffix.lower()] = read
        return read

    return add


def supported() -> frozenset[str]:
    return frozenset(READERS)


def _decode(path: Path, data: bytes) -> str:
    """Text of a text file; binary content under a text name is refused."""
    if not data.strip():
        raise CorpusError(f"{path.name}: empty file")
    sample = data[:8192]
    if b"\x00" in sample:
        raise CorpusError(f"{path.name}: binary content, not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    controls = sum(1 for c in text[:8192] if ord(c) < 32 and c not in "\n\r\t\f")
    odd = text[:8192].count("\ufffd") + controls
    if odd > max(8, len(text[:8192]) // 50):
        raise CorpusError(f"{path.name}: binary content, not text")
    return text


def load_outline(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Outline:
    suffix = path.suffix.lower()
    read = READERS.get(suffix)
    if read is None:
        raise CorpusError(f"{path.name}: unsupported file type {suffix!r}")
    size = path.stat().st_size
    if size > max_bytes:
        raise CorpusError(f"{path.name}: {size:,} bytes is over the {max_bytes:,}-byte limit")
    try:
        return read(path, path.read_bytes())
    except CorpusError:
        raise
    except Exception as exc:  # a broken file must name itself, not crash the build
        raise CorpusError(f"{path.name}: cannot read ({type(exc).__name__}: {exc})") from exc


@reader(".md", ".markdown")
def _markdown(path: Path, data: bytes) -> Outline:
    from bot.ingest.markdown import parse_markdown

    return parse_markdown(_decode(path, data))


@reader(".html", ".htm")
def _html(path: Path, data: bytes) -> Outline:
    from bot.ingest.html import parse_html

    return parse_html(_decode(path, data))


@reader(".txt")
def _text(path: Path, data: bytes) -> Outline:
    from bot.ingest.plaintext import parse_text

    return parse_text(_decode(path, data))


@reader(".eml")
def _email(path: Path, data: bytes) -> Outline:
    """A saved email (RFC 5322): its subject, sender and date as header lines over the
    plain-text body (or the HTML one, as text), read like any other text note."""
    from email import policy
    from email.parser import BytesParser

    from bot.ingest.html import parse_html
    from bot.ingest.plaintext import parse_text

    message = BytesParser(policy=policy.default).parsebytes(data)
    heads = [f"{k}: {message[k]}" for k in ("Subject", "From", "To", "Date") if message[k]]
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        raise CorpusError(f"{path.name}: an email with no text")
    body = str(part.get_content())
    if part.get_content_type() == "text/html":
        body = parse_html(body).text
    return parse_text("\n".join([*heads, "", body]))


@reader(".org")
def _org(path: Path, data: bytes) -> Outline:
    from bot.ingest.lightmarkup import org_to_markdown
    from bot.ingest.markdown import parse_markdown

    return parse_markdown(org_to_markdown(_decode(path, data)))


@reader(".adoc", ".asciidoc", ".asc")
def _asciidoc(path: Path, data: bytes) -> Outline:
    from bot.ingest.lightmarkup import asciidoc_to_markdown
    from bot.ingest.markdown import parse_markdown

    return parse_markdown(asciidoc_to_markdown(_decode(path, data)))


@reader(".wiki", ".mediawiki", ".wikitext")
def _wiki(path: Path, data: bytes) -> Outline:
    from bot.ingest.lightmarkup import wikitext_to_markdown
    from bot.ingest.markdown import parse_markdown

    return parse_markdown(wikitext_to_markdown(_decode(path, data)))


@reader(".rst", ".rest")
def _rst(path: Path, data: bytes) -> Outline:
    from bot.ingest.html import parse_html
    from bot.ingest.lightmarkup import rst_to_html

    html, fields = rst_to_html(_decode(path, data))
    outline = parse_html(html)
    outline.front = {**fields, **outline.front}
    return outline


def load_text(path: Path) -> str:
    """The visible text of a note, as the outline holds it."""
    return load_outline(path).text


@reader(".pdf")
def _pdf(path: Path, data: bytes) -> Outline:
    """Text of every page, with the PDF's bookmarks (where it has them) as headings."""
    import io
    import logging

    from pypdf import PdfReader

    from bot.ingest.plaintext import parse_text

    if not data.startswith(b"%PDF"):
        raise CorpusError(f"{path.name}: not a PDF")
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    reader = PdfReader(io.BytesIO(data))
    pages = [page.extract_text() or "" for page in reader.pages]
    text = "\n".join(f"{t}\nPage: {n}" for n, t in enumerate(pages, start=1))
    if not text.replace("Page:", "").strip(" \n0123456789"):
        raise CorpusError(f"{path.name}: no extractable text")
    marks: list[tuple[int, str]] = []

    def walk(entries, level: int) -> None:  # type: ignore[no-untyped-def]
        for entry in entries:
            if isinstance(entry, list):
                walk(entry, level + 1)
            elif getattr(entry, "title", None):
                marks.append((level, str(entry.title)))

    try:
        walk(reader.outline, 1)
    except Exception:  # an outline that cannot be read is only a missing hint
        marks = []
    return parse_text(text, marks)
