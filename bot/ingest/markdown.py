"""Markdown notes through a CommonMark parser (markdown-it-py), never regexes.

Headings keep their levels, lists their nesting, quotes are marked; the markup
itself (`#`, `>`, `![](…)`, `[text](link)`, `**`) never reaches the text. YAML
front matter and Obsidian's `[[wikilinks]]`, `#tags` and callouts are read too.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

import yaml

from bot import lexicon
from bot.ingest.outline import Item, Outline, build
from bot.ingest.speakers import timed

_FRONT = re.compile(r"\A\ufeff?---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_WIKILINK = re.compile(r"\[\[([^\]|#]+)(?:#[^\]|]*)?(?:\|([^\]]+))?\]\]")
_TAG = re.compile(r"(?<![\w&/])#([A-Za-z][\w/-]*)")
_ONLY_TAGS = re.compile(r"^\s*(?:#[A-Za-z][\w/-]*\s*)+$")
_CALLOUT = re.compile(r"^\s*\[!\w+\][+-]?\s*")
_NOTE_LINK = re.compile(r"\.(md|markdown|html?|txt|pdf)(#.*)?$", re.I)
_LABEL_LINE = re.compile(r"^[^\s:][^:]{0,30}:\s+\S|^\w[\w ]{0,24}\s[-–—]\s+\S")
_NAVIGATION = re.compile(r"\b(back to|related|see also|links?|index|up)\b|[·|»]", re.I)
_TASK = re.compile(r"^\[[ xX]\]\s*")
MAX_CODE = 400


@lru_cache(maxsize=1)
def _parser():  # type: ignore[no-untyped-def]
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").enable("table").enable("strikethrough")


def front_matter(text: str) -> tuple[dict[str, object], str]:
    """YAML front matter (when the file starts with `---`) and the text after it."""
    match = _FRONT.match(text)
    if not match:
        return {}, text
    try:
        data = yaml.safe_load(match.group(1))
    except yaml.YAMLError:
        return {}, text
    if not isinstance(data, dict):
        return {}, text
    return {str(k).lower(): v for k, v in data.items()}, text[match.end() :]


def _inline(token) -> tuple[str, bool]:  # type: ignore[no-untyped-def]
    """Plain text of an inline token, and whether it is nothing but a link to another note."""
    parts: list[str] = []
    links = 0
    outside = ""
    depth = 0
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
            if not depth:
                outside += child.content
        elif child.type in ("softbreak", "hardbreak"):
            parts.append("\n")
        elif child.type == "link_open":
            depth += 1
            href = str(child.attrs.get("href", ""))
            links += bool(_NOTE_LINK.search(href)) and not href.startswith(("http:", "https:"))
        elif child.type == "link_close":
            depth -= 1
        elif child.type == "html_inline":
            continue
        # images, emphasis markers and the rest carry no text of their own
    text = "".join(parts)
    token.meta["bold_lead"] = _bold_lead(token.children or [])
    wikilinks = len(_WIKILINK.findall(text))
    rest = _WIKILINK.sub("", text)
    if wikilinks >= 2 and _NAVIGATION.search(rest):
        return "", True  # a line of links to other notes: navigation, not notes
    text = _WIKILINK.sub(lambda m: m.group(2) or m.group(1), text)
    text = _TAG.sub(r"\1", text) if not _ONLY_TAGS.match(text) else ""
    only_link = links > 0 and not outside.strip(" ·|-–—\n")
    return text, only_link


def _bold_lead(children) -> str | None:  # type: ignore[no-untyped-def]
    lead = _emphasised_lead(children)
    if lead is None or lead[1]:
        return lead[0] if lead else None
    rest = "".join(c.content for c in children if c.type == "text")[len(lead[0]) :]
    named = _NAMED_AFTER.match(rest.strip()) and not _name_shaped(lead[0])
    return lead[0] if named else None  # italic: "*Title* — A" only


def _emphasised_lead(children) -> tuple[str, bool] | None:  # type: ignore[no-untyped-def]
    """The text of a paragraph's opening bold (or italic) run, when the paragraph starts
    with one ("**Title** (Name)", "*Title* — Name"): a heading without heading markup."""
    children = [c for c in children if not (c.type == "text" and not c.content.strip())]
    if not children or children[0].type not in ("strong_open", "em_open"):
        return None
    close = children[0].type.replace("_open", "_close")
    inside: list[str] = []
    for child in children[1:]:
        if child.type == close:
            return "".join(inside), close == "strong_close"
        if child.type in ("text", "code_inline"):
            inside.append(child.content)
    return None


def _html_text(html: str) -> str:
    from bs4 import BeautifulSoup

    return BeautifulSoup(html, "html.parser").get_text("\n")


def parse_markdown(text: str) -> Outline:
    """Markdown source to an outline; the first level-1 heading is the document's title."""
    front, body = front_matter(text)
    reader = _Reader(_parser().parse(body))
    items = reader.read()
    if not any(it.kind == "heading" for it in items) and not front:
        from bot.ingest.plaintext import parse_text  # notes typed as text, saved as .md

        return parse_text(text)
    heading = next((it.text for it in items if it.kind == "heading" and it.level == 1), None)
    first = next((it.text for it in items if it.kind == "para"), "")
    opening = first if items and items[0].kind == "para" and len(first.split()) <= 14 else None
    # Front matter says what the note is called; a heading only suggests it.
    return build(items, _str(front.get("title")) or heading or opening, front)


_DEPTH = {
    "bullet_list_open": ("list", 1), "ordered_list_open": ("list", 1),
    "bullet_list_close": ("list", -1), "ordered_list_close": ("list", -1),
    "blockquote_open": ("quote", 1), "blockquote_close": ("quote", -1),
}  # fmt: skip


class _Reader:
    """Walks markdown-it's token stream once, keeping how deep in lists and quotes it is."""

    def __init__(self, tokens: list[Any]) -> None:
        self.tokens = tokens
        self.items: list[Item] = []
        self.depth = {"list": 0, "quote": 0}
        self.in_item = False

    def read(self) -> list[Item]:
        i = 0
        while i < len(self.tokens):
            i = self.step(i)
        return self.items

    def step(self, i: int) -> int:
        """Read the token at i; the index of the next token to read."""
        tok = self.tokens[i]
        kind = tok.type
        if kind in _DEPTH:
            which, change = _DEPTH[kind]
            self.depth[which] += change
        elif kind == "list_item_open":
            self.in_item = True
        elif kind == "heading_open":
            title = " ".join(_inline(self.tokens[i + 1])[0].split())
            if title:
                self.items.append(Item("heading", title, int(tok.tag[1])))
            return i + 3
        elif kind == "inline":
            self.inline(tok)
        elif kind in ("fence", "code_block"):
            code = tok.content.strip()
            if code:
                self.items.append(Item("para", code[:MAX_CODE].replace("\n", "; ")))
        elif kind == "html_block":
            lines = (ln.strip() for ln in _html_text(tok.content).split("\n"))
            self.items.extend(Item("para", ln) for ln in lines if ln)
        elif kind == "table_open":
            return _table(self.tokens, i, self.items)
        return i + 1

    def inline(self, tok: Any) -> None:
        content, only_link = _inline(tok)
        lists, quotes = self.depth["list"], self.depth["quote"]
        lead = tok.meta.get("bold_lead")
        first, _, after = content.strip().partition("\n")
        if lead and not (lists or quotes) and _bold_heading(lead, content):
            self.items.append(Item("heading", " ".join(content.split()), 6, {"bold": True}))
        elif not (lists or quotes or after) and _timed_bold(tok, content):
            # "19:05 — **Title** · A (firm)": an agenda line heads the notes under it
            self.items.append(Item("heading", " ".join(content.split()), 6, {"bold": True}))
        elif lead and not (lists or quotes) and after and _bold_heading(lead, first):
            # "**Title**" on a line of its own, then who gave it: the line heads what follows
            self.items.append(Item("heading", " ".join(first.split()), 6, {"bold": True}))
            self.items.extend(Item("para", ln.strip()) for ln in after.split("\n") if ln.strip())
        elif not only_link:
            self.items.extend(_block_items(content, lists, quotes, self.in_item))
        self.in_item = False


def _timed_bold(tok: Any, content: str) -> bool:
    """A short line that opens with a time and sets a part in bold."""
    bold = any(c.type == "strong_open" for c in tok.children or [])
    return bold and len(content.split()) <= 25 and timed(content)


def _bold_heading(lead: str, content: str) -> bool:
    """A short paragraph that opens in bold is a heading, unless the bold part is a label
    ("**Speaker**: Ana") or the bold part is a small piece of a longer line."""
    words = content.split()
    lead = lead.strip()
    if not lead or lead.endswith(":") or "\n" in content.strip() or len(words) > 25:
        return False
    rest = content.strip()[len(lead) :].strip()
    if _NAMED_AFTER.match(rest) and not _name_shaped(lead):
        return True  # "*Title* — A (firm)": the rest says who gave it
    return not rest.startswith(":") and len(lead) >= 0.5 * len(content.strip())


def _name_shaped(text: str) -> bool:
    """Two or three capitalised words and nothing else ("Mette Jørgensen"): a name in bold
    before its role, not a title before its speaker."""
    words = text.split()
    return 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words)


_NAMED_AFTER = re.compile(r"^(?:[-–—·|]|by\s)\s*[A-Z]")  # "— Name", "by Name"


LABEL_WORDS = 12  # "Speaker: A (Firm)" is short; "Abstract: <prose>, wrapped" is a paragraph
QUOTE_LINES = 4  # a quote of a few short lines is a list of lines (often who spoke), not prose


def _block_items(content: str, list_depth: int, quote_depth: int, in_item: bool) -> list[Item]:
    lines = [ln.strip() for ln in content.split("\n") if ln.strip()]
    if not lines:
        return []
    if quote_depth:
        lines[0] = _CALLOUT.sub("", lines[0])
        lines = [ln for ln in lines if ln]
    if list_depth and in_item:
        text = _TASK.sub("", " ".join(lines))
        return [Item("bullet", text, list_depth - 1)] if text else []
    kind = "quote" if quote_depth else "para"
    labelled = sum(bool(_LABEL_LINE.match(ln)) for ln in lines)
    short = all(len(ln.split()) <= LABEL_WORDS for ln in lines if _LABEL_LINE.match(ln))
    if len(lines) > 1 and labelled * 2 >= len(lines) and short:
        return [Item(kind, ln) for ln in lines]  # label lines ("Speaker: X") stay apart
    if quote_depth and len(lines) <= QUOTE_LINES and all(len(ln.split()) <= 8 for ln in lines):
        return [Item(kind, ln) for ln in lines]  # "> A, Firm" / "> B, Firm": a line each
    return [Item(kind, " ".join(lines))]


def _table(tokens: list[Any], start: int, items: list[Item]) -> int:
    """A table as one bullet per row: "cell: header value; header value"."""
    header: list[str] = []
    row: list[str] = []
    in_head = False
    i = start
    while i < len(tokens) and tokens[i].type != "table_close":
        tok = tokens[i]
        if tok.type == "thead_open":
            in_head = True
        elif tok.type == "thead_close":
            in_head = False
        elif tok.type == "tr_open":
            row = []
        elif tok.type == "inline":
            row.append(" ".join(_inline(tok)[0].split()))
        elif tok.type == "tr_close":
            if in_head:
                header = row
            elif any(row):
                items.append(row_item(header, row))
        i += 1
    return i + 1


def row_item(header: list[str], row: list[str]) -> Item:
    """A table row as one bullet. A row of a schedule table ("| 10:30 | Title | Ana Lima |")
    reads "Title by Ana Lima", the shape an agenda line has, and keeps its two cells as a
    hint (the speakers cell is a declared list of names, as after a "Speakers:" label);
    another row under a header reads "cell: header value; header value"."""
    cells = _agenda_cells(header, row)
    if cells and all(cells):
        return Item("bullet", f"{cells[0]} by {cells[1]}", 0, {"agenda": cells})
    if cells and cells[0]:
        return Item("bullet", cells[0], 0)
    if not header or len(header) != len(row):
        return Item("bullet", " | ".join(c for c in row if c), 0)
    rest = "; ".join(f"{h}: {c}" for h, c in zip(header[1:], row[1:], strict=True) if c)
    return Item("bullet", f"{row[0]}: {rest}" if rest else row[0], 0)


def _agenda_cells(header: list[str], row: list[str]) -> tuple[str, str] | None:
    """The talk and speakers cells, when the table has both columns."""
    columns = lexicon.load().columns
    kinds = [columns.get(_column(h)) for h in header]
    talk = next((i for i, k in enumerate(kinds) if k == "talk"), None)
    who = next((i for i, k in enumerate(kinds) if k == "speaker"), None)
    if talk is None or who is None or len(row) != len(header):
        return None
    return row[talk].strip(), row[who].strip(" -–—")


def _column(head: str) -> str:
    """A column heading as the lexicon lists it: "Speaker(s)" is "speakers"."""
    return re.sub(r"\(s\)$", "s", head.strip().lower()).strip(" :*_")


def _str(value: object) -> str | None:
    return str(value).strip() if value not in (None, "") else None
