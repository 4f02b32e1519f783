"""A note file as a list of plain-text blocks (heading, paragraph, list item, code).

Whatever the format, what reaches the page is text the template escapes:
markdown is parsed by markdown-it-py with raw HTML off, HTML is reduced to the
text of its block elements, PDFs to the text pypdf extracts. Blocks of text are
also what the cited passages are found in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from markdown_it import MarkdownIt

MARKDOWN = frozenset({".md", ".markdown"})
HTML = frozenset({".html", ".htm"})
BULLET = re.compile(r"^\s*(?:[-*•◦▪‣]|\d{1,3}[.)])\s+")
HTML_BLOCKS = (
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "p",
    "li",
    "pre",
    "blockquote",
    "td",
    "th",
    "dt",
    "dd",
)
HTML_CHROME = (
    "script",
    "style",
    "noscript",
    "template",
    "iframe",
    "nav",
    "header",
    "footer",
    "form",
    "svg",
)


@dataclass
class Block:
    """`kind` is an HTML tag name the template may emit: h1-h6, p, li, pre."""

    kind: str
    text: str


def note_blocks(path: Path) -> list[Block]:
    suffix = path.suffix.lower()
    if suffix in MARKDOWN:
        return markdown_blocks(path.read_text(encoding="utf-8", errors="replace"))
    if suffix in HTML:
        return html_blocks(path.read_text(encoding="utf-8", errors="replace"))
    if suffix == ".pdf":
        return pdf_blocks(path)
    return text_blocks(path.read_text(encoding="utf-8", errors="replace"))


def text_blocks(text: str) -> list[Block]:
    """Paragraphs split at blank lines; bullet lines become list items; hard
    wraps inside a paragraph are joined."""
    blocks: list[Block] = []
    for para in re.split(r"\n\s*\n", text.replace("\r\n", "\n")):
        lines = [line.strip() for line in para.splitlines() if line.strip()]
        run: list[str] = []
        for line in lines:
            if BULLET.match(line):
                if run:
                    blocks.append(Block("p", " ".join(run)))
                    run = []
                blocks.append(Block("li", BULLET.sub("", line, count=1)))
            else:
                run.append(line)
        if run:
            blocks.append(Block("p", " ".join(run)))
    return blocks


def markdown_blocks(source: str) -> list[Block]:
    """markdown-it's token stream (commonmark, HTML disabled) to blocks."""
    parser = MarkdownIt("commonmark", {"html": False}).enable("table")
    blocks: list[Block] = []
    kind_stack: list[str] = []
    for token in parser.parse(source):
        if token.type.endswith("_open"):
            kind_stack.append(token.tag)
        elif token.type.endswith("_close"):
            if kind_stack:
                kind_stack.pop()
        elif token.type == "inline":
            text = _inline_text(token.children or [])
            if not text.strip():
                continue
            kind = next(
                (
                    k
                    for k in reversed(kind_stack)
                    if k in {"h1", "h2", "h3", "h4", "h5", "h6", "li"}
                ),
                "p",
            )
            blocks.append(Block(kind, text.strip()))
        elif token.type in ("fence", "code_block") and token.content.strip():
            blocks.append(Block("pre", token.content.rstrip("\n")))
    return blocks


def _inline_text(children: list) -> str:
    parts = []
    for child in children:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif child.type == "image":
            parts.append(child.content)
    return "".join(parts)


def html_blocks(source: str) -> list[Block]:
    """The text of the innermost block elements; scripts, styles and page chrome dropped."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(source, "html.parser")
    for tag in soup(list(HTML_CHROME)):
        tag.decompose()
    blocks: list[Block] = []
    for element in soup.find_all(list(HTML_BLOCKS)):
        if element.find(list(HTML_BLOCKS)):
            continue  # its inner blocks are listed on their own
        text = " ".join(element.get_text(" ").split())
        if text:
            kind = (
                element.name
                if element.name in {"h1", "h2", "h3", "h4", "h5", "h6", "li", "pre"}
                else "p"
            )
            blocks.append(Block(kind, text))
    if not blocks:
        blocks = text_blocks(soup.get_text("\n"))
    return blocks


def pdf_blocks(path: Path) -> list[Block]:
    """Each page's extracted text, under a 'Page N' heading."""
    from pypdf import PdfReader

    blocks: list[Block] = []
    for number, page in enumerate(PdfReader(str(path)).pages, start=1):
        text = page.extract_text() or ""
        if text.strip():
            blocks.append(Block("h2", f"Page {number}"))
            blocks.extend(text_blocks(text))
    return blocks
