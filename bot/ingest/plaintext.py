"""Plain-text notes (and text extracted from PDFs) to an outline.

Text has no markup, so headings are found by shape: `#` prefixes, underlined
lines, all-capitals chapter titles, a PDF's bookmarks, numbered talk lines
("1) Title (Name, Company)", "(2) Title"), and short bare lines set apart by blank lines.
Whether a bare line is a talk is decided later, with the evidence under it.
"""

from __future__ import annotations

import re

from bot.ingest.clean import bullet_of, clean_text, is_upper_heading
from bot.ingest.outline import Item, Outline, build

_HASHES = re.compile(r"^(#{1,6})\s+(\S.*?)\s*#*$")
_UNDERLINE = re.compile(r"^\s*(=+|-+)\s*$")
_NUMBERED = re.compile(r"^(?:\(\d{1,2}\)|\d{1,2}[.)]|[A-Za-z][.)])\s+(?P<rest>\S.*)$")
_TERMINAL = (".", "!", "?", ";", ",", ":")  # a title may still be a question
BARE_WORDS = 24


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w ]+", " ", text.lower()).split())


def _chapter_title(line: str) -> bool:
    letters = sum(c.isalpha() for c in line)
    return is_upper_heading(line) and letters >= 5 and not line.endswith((".", ":"))


def _bare(lines: list[str], i: int) -> bool:
    line = lines[i].strip()
    words = line.split()
    before = i == 0 or not lines[i - 1].strip()
    return (
        before
        and 1 <= len(words) <= BARE_WORDS
        and line[:1].isupper()
        and (not line.endswith(_TERMINAL) or (line.endswith("?") and len(words) >= 3))
        and not line.startswith(("http", "www", '"'))
        and bullet_of(lines[i]) is None
    )


def parse_text(text: str, bookmarks: list[tuple[int, str]] | None = None) -> Outline:
    """Cleaned lines to items, headings marked by shape; `bookmarks` are a PDF's
    outline entries (level, title), which mark their lines as headings."""
    lines = clean_text(text)
    marks = {_norm(t): level for level, t in bookmarks or [] if _norm(t)}
    items: list[Item] = []
    title = next((ln.strip() for ln in lines if ln.strip()), None)
    i = 0
    while i < len(lines):
        line = lines[i]
        stripped = line.strip()
        if not stripped or _UNDERLINE.match(stripped):
            i += 1
            continue
        nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
        after_blank = i + 1 >= len(lines) or not nxt
        hashes = _HASHES.match(stripped)
        if hashes:
            items.append(Item("heading", hashes.group(2), len(hashes.group(1))))
        elif _norm(stripped) in marks:
            items.append(Item("heading", stripped, marks[_norm(stripped)]))
        elif nxt and _UNDERLINE.match(nxt) and len(stripped.split()) <= BARE_WORDS:
            items.append(Item("heading", stripped, 1 if nxt.lstrip()[0] == "=" else 2))
            i += 2
            continue
        elif _chapter_title(stripped) and bullet_of(line) is None and (i == 0 or _break(lines, i)):
            parts = [stripped]
            while i + 1 < len(lines) and _chapter_title(lines[i + 1].strip()):
                i += 1
                parts.append(lines[i].strip())
            items.append(Item("heading", " ".join(parts), 1, {"chapter": True}))
        elif (numbered := _NUMBERED.match(stripped)) and not line.startswith(" "):
            items.append(Item("heading", numbered.group("rest"), 2, {"numbered": True}))
        elif _bare(lines, i):
            hints: dict[str, object] = {"bare": True, "isolated": after_blank}
            items.append(Item("heading", stripped, 2, hints))
        else:
            bullet = bullet_of(line)
            if bullet:
                items.append(Item("bullet", bullet[1], bullet[0]))
            else:
                items.append(Item("para", stripped))
        i += 1
    if items and items[0].kind == "heading" and items[0].text == title and not marks:
        items[0] = Item("heading", title, 1, {"title": True})
    return build(items, title)


def _break(lines: list[str], i: int) -> bool:
    prev = lines[i - 1].rstrip()
    return not prev.strip() or prev.endswith((".", "?", "!", ":"))
