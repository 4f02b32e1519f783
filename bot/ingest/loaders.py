"""Read a note file of any supported kind into plain text, with real parsers."""

from __future__ import annotations

from pathlib import Path

from bot.errors import CorpusError

SUPPORTED = (".txt", ".md", ".html", ".htm", ".pdf")


def load_text(path: Path) -> str:
    suffix = path.suffix.lower()
    try:
        if suffix in (".txt", ".md"):
            return path.read_text(encoding="utf-8", errors="replace")
        if suffix in (".html", ".htm"):
            return _html_text(path.read_bytes())
        if suffix == ".pdf":
            return _pdf_text(path)
    except CorpusError:
        raise
    except Exception as exc:  # a broken file must name itself, not crash the build
        raise CorpusError(f"{path.name}: cannot read ({exc})") from exc
    raise CorpusError(f"{path.name}: unsupported file type {suffix!r}")


def _html_text(data: bytes) -> str:
    """Visible text of a page, one block element per line, scripts and navigation dropped."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(data, "html.parser")
    for tag in soup(["script", "style", "noscript", "nav", "header", "footer", "form", "aside"]):
        tag.decompose()
    for item in soup.find_all("li"):
        item.insert_before("\n  • ")
    for tag in soup.find_all(
        ["p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "ul", "ol"]
    ):
        tag.insert_before("\n")
        if tag.name in ("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol"):
            tag.insert_after("\n\n")
    title = soup.title.get_text(strip=True) if soup.title else ""
    if soup.title:
        soup.title.decompose()
    body = soup.get_text()
    lines = [ln.rstrip() for ln in body.split("\n")]
    text = "\n".join(lines)
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    text = text.strip("\n")
    if title and not text.startswith(title):
        text = f"{title}\n\n{text}"
    return text


def _pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    reader = PdfReader(str(path))
    pages = [page.extract_text() or "" for page in reader.pages]
    return "\n".join(f"{text}\nPage: {n}" for n, text in enumerate(pages, start=1))
