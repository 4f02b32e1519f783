"""Find the talks (or chapters) in cleaned notes, who gave them, and their blocks.

Notes name speakers in several general shapes: a heading "Title - Name - @handle",
an agenda bullet "Title by Name (@handle) and Name", a session title on its own
line followed by name lines, or "Title, Name, Role". Books have upper-case chapter
titles. Each rule is a pattern over lines, never a per-file switch.
"""

from __future__ import annotations

import re

from bot.ingest.clean import bullet_of, is_upper_heading
from bot.ingest.models import Block, Section

NAME = r"[A-Z][a-z'’-]+(?:\s+(?:[A-Z][a-z'’-]+|[A-Z]\.))?\s+[A-Z][A-Za-z'’-]+"
_HANDLE = r"@(?P<handle>[A-Za-z0-9_]+)"
_SPEAKER_HEADING = re.compile(
    rf"^(?:(?P<title>.+?)\s+-\s+)?(?P<speaker>{NAME})(?:\s*-?\s*{_HANDLE})?[\s\-(]*$"
)
_AGENDA = re.compile(rf"^(?P<title>.+?)\s+by\s+(?P<names>{NAME}.*?)\.?$")
_AGENDA_NAME = re.compile(rf"(?P<name>{NAME})(?:\s*\({_HANDLE}\))?")
_TITLE_COMMA_SPEAKER = re.compile(rf"^(?P<title>[^,]+),\s+(?P<speaker>{NAME}),\s+[A-Z][A-Za-z ]+$")
_NAME_LINE = re.compile(rf"^(?P<name>{NAME})(?:\s*\(.*\))?\.?$")
_SPEAKER_LINE = re.compile(rf"^(?i:speakers?):\s*(?P<name>{NAME})")
_GENERIC_HEADINGS = {
    "in summary",
    "summary",
    "conclusion",
    "conclusions",
    "introduction",
    "keynote",
}
_TERMINAL = (".", "!", "?", ";", ",", ":")
_NOT_NAME_WORDS = {
    "aws",
    "amazon",
    "the",
    "key",
    "note",
    "notes",
    "session",
    "talk",
    "chalk",
    "cloud",
    "serverless",
    "state",
    "what",
    "how",
    "why",
    "and",
    "day",
    "service",
    "services",
}


def _is_name(text: str) -> bool:
    words = [w.lower().strip(".") for w in text.split()]
    return not any(w in _NOT_NAME_WORDS for w in words)


def _speaker_heading(line: str) -> tuple[str | None, str, str | None] | None:
    match = _SPEAKER_HEADING.match(line.strip())
    if not match or bullet_of(line) or not _is_name(match.group("speaker")):
        return None
    title = match.group("title")
    if title and title.rstrip().endswith((".", "!", "?")):
        return None
    if not title and not match.group("handle"):
        return None  # a bare two-word line is more often a heading than a person
    return (title.strip() if title else None, match.group("speaker"), match.group("handle"))


def _chapter_title(line: str) -> bool:
    """Upper-case chapter titles are words, not acronyms used as table cells or labels."""
    letters = sum(c.isalpha() for c in line)
    return is_upper_heading(line) and letters >= 5 and not line.endswith((".", ":"))


def agenda_entries(lines: list[str]) -> dict[str, tuple[list[str], list[str]]]:
    """Titles announced in bullets as "Title by Name (@handle) and Name"."""
    found: dict[str, tuple[list[str], list[str]]] = {}
    for line in lines:
        bullet = bullet_of(line)
        if not bullet:
            continue
        match = _AGENDA.match(bullet[1])
        if not match:
            continue
        names, handles = [], []
        for m in _AGENDA_NAME.finditer(match.group("names")):
            if _is_name(m.group("name")):
                names.append(m.group("name"))
                if m.group("handle"):
                    handles.append(m.group("handle"))
        if names:
            found[match.group("title").strip().casefold()] = (names, handles)
    return found


def _blank_before(lines: list[str], i: int) -> bool:
    return i == 0 or not lines[i - 1].strip()


def _after_break(lines: list[str], i: int) -> bool:
    return _blank_before(lines, i) or lines[i - 1].rstrip().endswith((".", "?", "!", ":"))


def _blank_after(lines: list[str], i: int) -> bool:
    return i + 1 >= len(lines) or not lines[i + 1].strip()


def _bare_title(lines: list[str], i: int) -> bool:
    line = lines[i].strip()
    words = line.split()
    return (
        _blank_before(lines, i)
        and _blank_after(lines, i)
        and 1 <= len(words) <= 20
        and line[0].isupper()
        and not line.endswith(_TERMINAL)
        and not line.startswith(("http", "www", '"', "“"))
        and bullet_of(lines[i]) is None
    )


def find_sections(lines: list[str], skip_title: bool = True) -> list[Section]:
    """Split cleaned lines into sections with speakers, then fill their blocks."""
    agenda = agenda_entries(lines)
    first = next((n for n, ln in enumerate(lines) if ln.strip()), 0)
    start = first + 1 if skip_title else 0
    heads: dict[int, Section] = {}
    i = start
    while i < len(lines):
        line = lines[i].strip()
        if not line:
            i += 1
            continue
        spoken = _speaker_heading(line) if _blank_before(lines, i) else None
        if spoken:
            title, speaker, handle = spoken
            heads[i] = Section(title, [speaker], [handle] if handle else [])
        elif line.casefold().rstrip(".") in agenda and bullet_of(lines[i]) is None:
            names, handles = agenda[line.casefold().rstrip(".")]
            heads[i] = Section(line, list(names), list(handles))
        elif _chapter_title(line) and _after_break(lines, i) and bullet_of(lines[i]) is None:
            title = line
            while i + 1 < len(lines) and _chapter_title(lines[i + 1].strip()):
                i += 1
                title = f"{title} {lines[i].strip()}"
            heads[i] = Section(title)
        i += 1
    structured = len(heads) >= 2
    for i in range(start, len(lines)):
        if i in heads or not lines[i].strip():
            continue
        line = lines[i].strip()
        if structured:
            if line.casefold() in _GENERIC_HEADINGS and _blank_before(lines, i):
                heads[i] = Section(line)
        elif _bare_title(lines, i):
            match = _TITLE_COMMA_SPEAKER.match(line)
            if match and _is_name(match.group("speaker")):
                heads[i] = Section(match.group("title").strip(), [match.group("speaker")])
            else:
                heads[i] = Section(line)
    return _fill(lines, start, heads)


def _fill(lines: list[str], start: int, heads: dict[int, Section]) -> list[Section]:
    sections: list[Section] = [Section(None)]
    body: list[list[str]] = [[]]
    for i in range(start, len(lines)):
        if i in heads:
            sections.append(heads[i])
            body.append([])
        else:
            body[-1].append(lines[i])
    for section, section_lines in zip(sections, body, strict=True):
        _absorb_name_lines(section, section_lines)
        section.blocks = to_blocks(section_lines)
    return [s for s in sections if s.blocks or s.speakers]


def _absorb_name_lines(section: Section, lines: list[str]) -> None:
    """Speaker names listed on their own lines right under a session title."""
    if section.title is None:
        return
    for raw in lines:
        match = _SPEAKER_LINE.match(raw.strip())
        if match and match.group("name") not in section.speakers:
            section.speakers.append(match.group("name"))
    taken = 0
    for idx, raw in enumerate(lines[:8]):
        line = raw.strip()
        if not line:
            if taken:
                break
            continue
        match = _NAME_LINE.match(line)
        if match and _is_name(match.group("name")) and len(line.split()) <= 14:
            if match.group("name") not in section.speakers:
                section.speakers.append(match.group("name"))
            lines[idx] = ""
            taken += 1
        elif taken or idx > 2:
            break


def to_blocks(lines: list[str]) -> list[Block]:
    """Bullets keep their nesting; a line ending in ':' before a list is its lead-in."""
    blocks: list[Block] = []
    stack: list[Block] = []
    lead_in: str | None = None
    for raw in lines:
        if not raw.strip():  # a blank line between a lead-in and its list keeps the lead-in
            continue
        bullet = bullet_of(raw)
        if bullet:
            level, text = bullet
            while stack and stack[-1].level >= level:
                stack.pop()
            parent = stack[-1] if stack else None
            block = Block("bullet", text, level, parent.text if parent else lead_in)
            (parent.children if parent else blocks).append(block)
            stack.append(block)
            continue
        stack = []
        text = raw.strip()
        blocks.append(Block("para", text))
        lead_in = text if text.endswith(":") else None
    return blocks
