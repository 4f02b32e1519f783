"""HTML notes (saved blog posts, Google Docs exports) to the same outline as markdown.

Headings give the tree; paragraphs, list items (with their nesting), quotes and
table rows give the text. The page around the post (navigation, share buttons,
cookie banners, comments, footers) is dropped by element and by its class name.
"""

from __future__ import annotations

import re
from typing import Any

from bot.ingest.markdown import row_item
from bot.ingest.outline import Item, Outline, build

_DROP_TAGS = {
    "script", "style", "noscript", "nav", "footer", "form", "aside", "button",
    "iframe", "svg", "template", "select", "input", "label", "figure", "img", "head",
}  # fmt: skip
# Class or id words of the parts of a page that are not the post.
_CHROME = re.compile(
    r"(^|[\s_-])(nav|navbar|menu|breadcrumbs?|share|sharing|social|cookie|consent|banner|"
    r"sidebar|widget|footer|comments?|respond|reply|related|subscribe|newsletter|author-bio|"
    r"post-meta|entry-meta|byline|tags|categories|pagination|ad|ads|advert)([\s_-]|$)",
    re.I,
)
_HEADINGS = {f"h{n}": n for n in range(1, 7)}
_BLOCKS = {"p", "pre", "dt", "dd", "address", "caption", "figcaption"}
_INLINE_PARENTS = {"div", "section", "article", "main", "body", "td", "th", "blockquote"}
_BLOCK_CHILDREN = ["p", "div", "ul", "ol", "li", "table", "h1", "h2", "h3", "h4", "h5", "h6",
                   "blockquote", "pre", "section", "article"]  # fmt: skip


def _is_chrome(tag) -> bool:  # type: ignore[no-untyped-def]
    if tag.name in _DROP_TAGS:
        return True
    if tag.name == "header" and tag.find("nav"):
        return True  # the site's header; a post's own header holds its title
    attrs = getattr(tag, "attrs", None) or {}
    words = " ".join(
        [*attrs.get("class", []), str(attrs.get("id", "")), str(attrs.get("role", ""))]
    )
    return bool(words.strip()) and bool(_CHROME.search(words))


def _text(tag) -> str:  # type: ignore[no-untyped-def]
    return " ".join(tag.get_text(" ").split())


_BOLD = re.compile(r"font-weight\s*:\s*(bold|[6-9]00)", re.I)
_SIZE = re.compile(r"font-size\s*:\s*([\d.]+)\s*(pt|px)", re.I)
_DASH = re.compile(r"^[-•*–]\s+")
HEADING_WORDS = 20


def emphasis_level(tag) -> int | None:  # type: ignore[no-untyped-def]
    """A heading written as styled text (editors that export no heading tags): all of the
    block's text bold, the level by its font size; None for ordinary text."""
    text = _text(tag)
    if not text or len(text.split()) > HEADING_WORDS:
        return None
    bold = [
        t for t in tag.find_all(True)
        if t.name in ("b", "strong") or _BOLD.search(str(t.get("style", "")))
    ]  # fmt: skip
    if sum(len(_text(b)) for b in bold if b.find_parent(["b", "strong"]) is None) < 0.9 * len(text):
        return None
    styles = [_SIZE.search(str(b.get("style", ""))) for b in [tag, *bold]]
    sizes = [float(m.group(1)) * (0.75 if m.group(2) == "px" else 1.0) for m in styles if m]
    size = max(sizes, default=0.0)
    return 1 if size >= 18 else 2 if size >= 14 else 3


_CONTAINERS = frozenset(
    ("ul", "ol", "li", "table", "blockquote", "div", "section", "article", "main", "br", "hr",
     "tr", "dl")
)  # fmt: skip


def parse_html(data: bytes | str) -> Outline:
    from bs4 import BeautifulSoup
    from bs4.element import Comment

    soup = BeautifulSoup(data, "html.parser")
    page_title = _text(soup.title) if soup.title else None
    for comment in soup.find_all(string=lambda s: isinstance(s, Comment)):
        comment.extract()
    walker = _Walker()
    walker.walk(soup.body or soup, 0, False)
    items = walker.items
    title = next((i.text for i in items if i.kind == "heading" and i.level == 1), None)
    return build(items, title or page_title)


class _Walker:
    """Turns the page's blocks into outline items in reading order; inline runs between
    blocks become paragraphs."""

    def __init__(self) -> None:
        self.items: list[Item] = []

    def walk(self, node: Any, depth: int, quote: bool) -> None:
        from bs4.element import NavigableString

        run: list[Any] = []
        for child in list(node.children):
            if isinstance(child, NavigableString):
                if str(child).strip():
                    run.append(child)
            elif _is_chrome(child):
                continue
            elif child.name in _HEADINGS or child.name in _BLOCKS or child.name in _CONTAINERS:
                self.inline_run(run)
                run = []
                self.block(child, depth, quote)
            else:
                run.append(child)
        self.inline_run(run)

    def inline_run(self, nodes: list[Any]) -> None:
        from bs4.element import NavigableString

        text = " ".join(
            " ".join((n if isinstance(n, NavigableString) else n.get_text(" ")).split())
            for n in nodes
        ).strip()
        if text:
            self.items.append(Item("para", text))

    def block(self, child: Any, depth: int, quote: bool) -> None:
        name = child.name
        if name in _HEADINGS:
            title = _text(child)
            if title:
                self.items.append(Item("heading", title, _HEADINGS[name]))
        elif name in _BLOCKS or (name == "div" and not child.find(_BLOCK_CHILDREN)):
            self.leaf(child, quote)
        elif name in ("ul", "ol"):
            self.walk(child, depth + 1, quote)
        elif name == "li":
            self.list_item(child, depth, quote)
        elif name == "table":
            _table(child, self.items)
        elif name == "dl":
            self.definitions(child, depth, quote)
        elif name == "blockquote":
            self.walk(child, depth, True)
        elif name not in ("br", "hr"):
            self.walk(child, depth, quote)

    def leaf(self, child: Any, quote: bool) -> None:
        """A block without blocks inside: a heading by its class or its emphasis, a dash
        bullet, or a paragraph."""
        text = _text(child)
        if not text:
            return
        level = emphasis_level(child)
        if "title" in (child.get("class") or []):
            self.items.append(Item("heading", text, 1))
        elif level is not None:
            self.items.append(Item("heading", text, level, {"bold": True}))
        elif _DASH.match(text):
            self.items.append(Item("bullet", _DASH.sub("", text), 0))
        else:
            self.items.append(Item("quote" if quote else "para", text))

    def definitions(self, dl: Any, depth: int, quote: bool) -> None:
        """A definition list (reStructuredText field lists and definition lists, glossaries):
        each term with its definition as one "term: definition" line, as people write
        labels, so "Speaker" over "Ana Lima" reads as the label it is."""
        term: str | None = None
        for child in dl.find_all(["dt", "dd"], recursive=False):
            if child.name == "dt":
                if term:
                    self.items.append(Item("para", term))
                term = _text(child).rstrip(" :")
                continue
            if child.find(_BLOCK_CHILDREN) and child.find(["ul", "ol", "table", "dl"]):
                if term:
                    self.items.append(Item("para", f"{term}:"))
                self.walk(child, depth, quote)
            else:
                text = _text(child)
                line = f"{term}: {text}" if term else text
                if line:
                    self.items.append(Item("quote" if quote else "para", line))
            term = None
        if term:
            self.items.append(Item("para", term))

    def list_item(self, child: Any, depth: int, quote: bool) -> None:
        nested = list(child.find_all(["ul", "ol"], recursive=False))
        for sub in nested:
            sub.extract()
        text = _text(child)
        if text:
            self.items.append(Item("bullet", text, max(0, depth - 1)))
        for sub in nested:
            self.walk(sub, depth + 1, quote)


def _table(table, items: list[Item]) -> None:  # type: ignore[no-untyped-def]
    rows = [[_text(c) for c in tr.find_all(["td", "th"])] for tr in table.find_all("tr")]
    rows = [r for r in rows if any(r)]
    if not rows:
        return
    header = rows[0] if table.find("th") else []
    for row in rows[1:] if header else rows:
        items.append(row_item(header, row))
