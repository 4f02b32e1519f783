"""Find each indexed passage in a note's blocks, so a citation can point at it.

Ingestion cleans text (joins hard wraps, drops page markers, rebuilds tables),
so passages are matched on words, not bytes: both sides are reduced to lower-case
letters and digits separated by single spaces, with a map back to the raw text.
Passages come in note order, so each search starts where the last one matched.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import pairwise

from bot.channels.web.render import Block

EDGE_WORDS = 8  # a long line that was changed by cleaning is found by its first and last words
MIN_CHARS = 8  # shorter pieces ("•", "1.") would match anywhere
CLOSERS = frozenset(".,;:!?)]}\"'”’…")  # punctuation that ends a passage's last word


@dataclass
class Segment:
    text: str
    passages: list[int] = field(default_factory=list)
    anchors: list[int] = field(default_factory=list)  # passages whose first piece this is


@dataclass
class Shown:
    kind: str
    segments: list[Segment] = field(default_factory=list)


@dataclass
class Located:
    blocks: list[Shown]
    found: set[int]
    missing: list[tuple[int, str]]


class _Normal:
    """A block's text as words, with each normalised character's raw index."""

    def __init__(self, raw: str) -> None:
        chars: list[str] = []
        index: list[int] = []
        for i, ch in enumerate(raw):
            if ch.isalnum():
                chars.append(ch.lower())
                index.append(i)
            elif chars and chars[-1] != " ":
                chars.append(" ")
                index.append(i)
        if chars and chars[-1] == " ":
            chars.pop()
            index.pop()
        self.text = "".join(chars)
        self.index = index
        self.raw = raw

    def find(self, needle: str, start: int = 0) -> int:
        """Position of `needle` as whole words, or -1."""
        at = self.text.find(needle, start)
        while at != -1:
            before = at == 0 or self.text[at - 1] == " "
            end = at + len(needle)
            after = end == len(self.text) or self.text[end] == " "
            if before and after:
                return at
            at = self.text.find(needle, at + 1)
        return -1

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Raw offsets; closing punctuation after the last word belongs to the passage."""
        stop = self.index[end - 1] + 1
        while stop < len(self.raw) and self.raw[stop] in CLOSERS:
            stop += 1
        return self.index[start], stop


def normalise(text: str) -> str:
    return _Normal(text).text


def locate(blocks: list[Block], passages: Iterable[tuple[int, str]]) -> Located:
    """Blocks cut into segments, each passage's text marked where it was found."""
    normals = [_Normal(b.text) for b in blocks]
    spans: dict[int, list[tuple[int, int, int]]] = {}  # block -> (start, end, passage)
    found: set[int] = set()
    missing: list[tuple[int, str]] = []
    cursor = 0
    for position, text in sorted(passages):
        hits = []
        for piece in text.split("\n"):
            needle = normalise(piece)
            if len(needle) < MIN_CHARS:
                continue
            hit = _find_piece(normals, needle, cursor)
            if hit:
                hits.extend(hit)
                cursor = hit[0][0]
        for block, start, end in hits:
            spans.setdefault(block, []).append((start, end, position))
        if hits:
            found.add(position)
        else:
            missing.append((position, text))
    return Located(_segments(blocks, normals, spans), found, missing)


def _order(count: int, cursor: int) -> list[int]:
    return list(range(cursor, count)) + list(range(0, cursor))


def _find_piece(
    normals: list[_Normal], needle: str, cursor: int
) -> list[tuple[int, int, int]] | None:
    """[(block, start, end)] in normalised offsets: the whole piece in one block, or
    its first and last words in nearby blocks."""
    for b in _order(len(normals), cursor):
        at = normals[b].find(needle)
        if at != -1:
            return [(b, at, at + len(needle))]
    words = needle.split()
    if len(words) < EDGE_WORDS * 2:
        return None
    head, tail = " ".join(words[:EDGE_WORDS]), " ".join(words[-EDGE_WORDS:])
    for b in _order(len(normals), cursor):
        at = normals[b].find(head)
        if at == -1:
            continue
        for last in range(b, min(b + 4, len(normals))):
            end = normals[last].find(tail, at if last == b else 0)
            if end != -1:
                hit = [(b, at, len(normals[b].text) if last > b else end + len(tail))]
                hit += [(m, 0, len(normals[m].text)) for m in range(b + 1, last)]
                if last > b:
                    hit.append((last, 0, end + len(tail)))
                return hit
        return None
    return None


def _segments(
    blocks: list[Block], normals: list[_Normal], spans: dict[int, list[tuple[int, int, int]]]
) -> list[Shown]:
    """Cut each block at every span edge; a piece of text may belong to several
    passages (a lead-in repeated as context), and each passage's first piece anchors it."""
    anchored: set[int] = set()
    shown: list[Shown] = []
    for b, block in enumerate(blocks):
        raw = [(*normals[b].raw_span(s, e), p) for s, e, p in spans.get(b, [])]
        edges = sorted({0, len(block.text), *(x for s, e, _ in raw for x in (s, e))})
        out = Shown(block.kind)
        for left, right in pairwise(edges):
            covering = sorted({p for s, e, p in raw if s <= left and right <= e})
            anchors = [p for p in covering if p not in anchored]
            anchored.update(anchors)
            out.segments.append(Segment(block.text[left:right], covering, anchors))
        shown.append(out)
    return shown
