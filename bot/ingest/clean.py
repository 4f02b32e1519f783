"""Pure text-cleaning functions for raw notes as users save them.

Rules are general (web-page chrome, disclaimers, PDF page markers, chapter
numbers, hard-wrapped lines, bullet and quote styles), never per file, so a new
note of the same kind cleans the same way.
"""

from __future__ import annotations

import itertools
import re
import unicodedata

from bot import lexicon
from bot.ingest.tables import rebuild_tables

BULLET_CHARS = "•●▪◦○★☆■□►▶‣∙·*-–—"
_BULLET_RE = re.compile(r"^(\s*)([•●▪◦○★☆■□►▶‣∙·*]|[-–—](?=\s)|\d{1,2}[.)](?=\s))\s*")

_PAGE_MARKER_RE = re.compile(r"^\s*(page:?\s*\d+(\s*(of|/)\s*\d+)?|-\s*\d+\s*-)\s*$", re.IGNORECASE)
_CHAPTER_NUMBER_RE = re.compile(r"^\s*\d{1,2}\s*$")
_RULE_RE = re.compile(r"^\s*[_=~*-]{5,}\s*$")
_TERMINAL = (".", "!", "?", ":", ";", '"', "”", ")")

_QUOTES = str.maketrans(
    {"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "‚": "'", "′": "'", "\u00a0": " "}
)


def normalise_characters(text: str) -> str:
    """Unify quotes, spaces and line endings so matching and display agree."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = text.translate(_QUOTES).replace("\t", " ")
    return re.sub(r"[ \u2000-\u200b]+\n", "\n", text)


def is_chrome(line: str) -> bool:
    """A line of the page the note was saved from (lexicon `chrome_lines`), a blog's
    filing line, or a disclaimer about the post rather than the talk."""
    lex = lexicon.load()
    stripped = line.strip(" •*")
    return bool(
        lex.chrome.match(stripped) or lex.filing_line.match(stripped) or lex.disclaimer.search(line)
    )


def is_page_marker(line: str) -> bool:
    return bool(_PAGE_MARKER_RE.match(line)) or bool(_RULE_RE.match(line))


def bullet_of(line: str) -> tuple[int, str] | None:
    """Indent level and text of a bullet line, or None when the line is not a bullet."""
    match = _BULLET_RE.match(line)
    if not match or not line[match.end() :].strip():
        return None
    indent = len(match.group(1).expandtabs(4))
    return indent // 2, line[match.end() :].strip()


def is_upper_heading(line: str) -> bool:
    """An all-capitals line such as a book chapter title ("DATABASE SERVICES")."""
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters) and len(line.split()) <= 8


def looks_hard_wrapped(lines: list[str]) -> bool:
    """Text extracted from a PDF breaks lines mid-sentence; notes written line by line don't."""
    body = [ln for ln in lines if ln.strip() and not bullet_of(ln)]
    if len(body) < 20:
        return False
    breaks = sum(
        1
        for a, b in itertools.pairwise(lines)
        if a.strip() and b.strip() and not a.rstrip().endswith(_TERMINAL) and b.strip()[0].islower()
    )
    return breaks / len(body) > 0.15


def strip_noise(lines: list[str]) -> list[str]:
    """Drop chrome, disclaimers and page markers; turn chapter numbers into markers. A rule
    right under a line of text underlines it (a heading), so it stays."""
    out: list[str] = []
    for i, line in enumerate(lines):
        underline = bool(_RULE_RE.match(line)) and i > 0 and bool(lines[i - 1].strip())
        if is_chrome(line) or (is_page_marker(line) and not underline):
            continue
        nxt = next((ln for ln in lines[i + 1 :] if ln.strip()), "")
        if _CHAPTER_NUMBER_RE.match(line) and is_upper_heading(nxt.strip()):
            out.append("")  # a chapter number only announces the title below it
            continue
        out.append(line.rstrip())
    return out


def join_label_values(lines: list[str]) -> list[str]:
    """Rejoin two-column tables flattened to "label / blank / number" lines.

    PDF extraction turns a table row such as "Nodes Per Cluster | 500" into
    separate lines; keeping them apart would lose which number belongs to what.
    """
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        j = i + 1
        while j < len(lines) and not lines[j].strip():
            j += 1
        if (
            j < len(lines)
            and re.fullmatch(r"\s*[\d.,]+\s*", lines[j])
            and line.strip()
            and not line.rstrip().endswith(_TERMINAL)
            and len(line.split()) <= 8
            and not re.fullmatch(r"\s*[\d.,]+\s*", line)
        ):
            out.append(f"{line.strip().lstrip('#').strip()}: {lines[j].strip()}.")
            i = j + 1
            continue
        out.append(line)
        i += 1
    return out


def reflow(lines: list[str]) -> list[str]:
    """Join hard-wrapped lines back into whole sentences and bullets.

    A line continues the one before it when that line ran to the wrapping width
    without ending a sentence, or when it starts in lower case; a new unit starts at
    a blank line, a bullet, an upper-case heading, a line the extractor indented
    (PDF block starts), or after a line that stopped short (a title, a header line).
    """
    lengths = sorted(len(ln.rstrip()) for ln in lines if ln.strip())
    width = lengths[int(len(lengths) * 0.9)] if lengths else 80
    out: list[str] = []
    previous = ""
    for line in lines:
        stripped = line.strip()
        if not stripped:
            out.append("")
            previous = ""
            continue
        ran_on = len(previous.rstrip()) >= 0.7 * width and not previous.rstrip().endswith(_TERMINAL)
        starts_unit = (
            not out
            or not out[-1]
            or bullet_of(line) is not None
            or is_upper_heading(stripped)
            or is_upper_heading(out[-1].strip())
            or (line.startswith(" ") and not stripped[0].islower())
            or not (ran_on or stripped[0].islower())
            or bool(_LABEL.match(stripped))
            or bool(_RULE_RE.match(stripped))
        )
        if starts_unit:
            out.append(stripped if not bullet_of(line) else line.rstrip())
        else:
            out[-1] = f"{out[-1]} {stripped}"
        previous = line
    return out


def join_continuations(lines: list[str]) -> list[str]:
    """Rejoin a line wrapped by hand: one that starts in lower case after a line that
    did not end a sentence ("... made\n     manifest generation take 4 minutes")."""
    out: list[str] = []
    for line in lines:
        stripped = line.strip()
        prev = out[-1].rstrip() if out else ""
        if (
            stripped
            and prev
            and stripped[0].islower()
            and bullet_of(line) is None
            and not prev.endswith(_TERMINAL)
            and len(line) - len(line.lstrip()) >= 2
        ):
            out[-1] = f"{prev} {stripped}"
        else:
            out.append(line)
    return out


_QUOTED = re.compile(r"^\s*>+ ?")
_LABEL = re.compile(r"^[A-Z][\w ]{0,20}:\s+\S")  # "Speakers: A, B": a line of its own


# A chat export's line prefix: "[2025-04-05 09:12] ola.mazur: ", "09:12 <ola> ".
_CHAT_PREFIX = re.compile(
    r"^\s*\[?(?:\d{4}-\d{2}-\d{2}[ T])?\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp][Mm])?\]?\s+"
    r"(?:<[^>\s]{1,30}>|[\w.@-]{1,30}:)\s+"
)
CHAT_SHARE = 0.4  # of a note's lines, for it to read as a chat log


def strip_chat_prefixes(lines: list[str]) -> list[str]:
    """A chat log's timestamps and handles go: they say who typed a line, not what was
    said, and would otherwise open every sentence of the notes."""
    filled = [ln for ln in lines if ln.strip()]
    prefixed = sum(1 for ln in filled if _CHAT_PREFIX.match(ln))
    if prefixed < 5 or prefixed < CHAT_SHARE * len(filled):
        return lines
    return [_CHAT_PREFIX.sub("", ln) for ln in lines]


def clean_text(text: str) -> list[str]:
    """Raw note text to cleaned lines (blank lines keep paragraph breaks)."""
    lines = [_QUOTED.sub("", ln) for ln in normalise_characters(text).split("\n")]
    lines = strip_chat_prefixes(lines)
    lines = strip_noise(lines)
    wrapped = looks_hard_wrapped(lines)  # PDF text: its tables came out cell by cell
    if wrapped:
        lines = rebuild_tables(lines)
    lines = join_label_values(lines)
    lines = reflow(lines) if wrapped else join_continuations(lines)
    return [
        re.sub(r"\s{2,}", " ", ln).rstrip() if not bullet_of(ln) else ln.rstrip() for ln in lines
    ]
