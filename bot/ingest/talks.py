"""Which headings of an outline are talks, who gave them, and what each holds.

A heading is a talk on evidence: a session code, speakers (in the heading, on a
line under it, in its abstract, or in an agenda elsewhere in the note), or a
word that introduces a talk ("presented by", "keynote"). Its siblings of the
same shape are talks too, unless they are the headings notes use to divide a
talk ("Key takeaways", "Q&A") or to step outside one ("Afterwards"). A note
with no evidence at all is one talk when it is one heading with such sections,
and otherwise holds sections, not talks (a book's chapters are its talks).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot import lexicon
from bot.ingest.mentions import promote_mentioned_talks
from bot.ingest.models import Section
from bot.ingest.names import NameModel
from bot.ingest.outline import Item, Node, Outline, to_blocks
from bot.ingest.speakers import (
    Found,
    abstract_speakers,
    label_alone,
    labelled,
    names_in,
    says_more,
    speaker_line,
    split_code,
    title_with_speakers,
)

_LOOK_UNDER = 4  # items under a heading that may name its speakers
_LOOK_LABEL = 12  # ... when a label says so ("Speaker: …")
_TALK_WORDS = re.compile(
    r"\b(presented|presenter|presenting|speaker|speakers|keynote|fireside|panel|talk by|"
    r"session by|moderated|slides only)\b",
    re.I,
)


@dataclass
class Evidence:
    title: str
    code: str | None = None
    found: Found = field(default_factory=Found)
    weak: bool = False
    used: set[int] = field(default_factory=set)  # item indices that only named speakers

    @property
    def strong(self) -> bool:
        return bool(self.code or self.found)


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w ]+", " ", text.lower()).split())


def agenda(outline: Outline, model: NameModel) -> dict[str, Found]:
    """Talks announced in a list ("Title by A (@a) and B") anywhere in the note."""
    found: dict[str, Found] = {}
    for node in outline.root.walk():
        for item in node.items:
            if item.kind != "bullet":
                continue
            cells = item.hints.get("agenda")
            if isinstance(cells, tuple):  # a schedule table's row: its cells say which is which
                title, names = split_code(cells[0])[1], names_in(cells[1], model, declared=True)
            else:
                title, names = title_with_speakers(item.text.strip().rstrip("."), model)
            if names and title:
                found[_norm(split_code(title)[1])] = names
    return found


def evidence(node: Node, model: NameModel, listed: dict[str, Found]) -> Evidence:
    code, title = split_code(node.title or "")
    bare, found = title_with_speakers(title, model)
    ev = Evidence(bare if found else title, code, found)
    if not found and node.hints.get("speakers"):  # a talk named in running text
        ev.found = Found([str(n) for n in node.hints["speakers"]])  # type: ignore[attr-defined]
    if not found and _norm(title) in listed:
        ev.found = listed[_norm(title)]
    for n, item in enumerate(node.items[:_LOOK_UNDER]):
        if ev.found or (item.kind == "bullet" and not labelled(item.text)):
            break  # a bullet is a point of the notes, unless it says "Speaker: ..."
        line = speaker_line(item.text, model)
        if line:
            ev.found, ev.used = line, {n}
            for m, more in enumerate(node.items[n + 1 : n + _LOOK_UNDER], start=n + 1):
                extra = speaker_line(more.text, model) if more.kind != "bullet" else Found()
                if not extra:
                    break  # names on consecutive lines ("A (CTO, X)" / "B (VP, Y)")
                ev.found.names += [x for x in extra.names if x not in ev.found.names]
                ev.found.handles += extra.handles
                ev.used.add(m)
            break
        elif n == 0 and item.kind in ("para", "quote"):
            ev.found = abstract_speakers(item.text, model)
    if not ev.found:  # an explicit "Speaker: …" line a little further down still says who
        for n, item in enumerate(node.items[_LOOK_UNDER:_LOOK_LABEL], start=_LOOK_UNDER):
            if labelled(item.text):
                ev.found, ev.used = speaker_line(item.text, model), {n}
                break
    listed_names, used = _listed_under_label(node, model)
    ev.found.names += [x for x in listed_names if x not in ev.found.names]
    ev.used |= used
    first = " ".join(i.text for i in node.items[:2] if i.kind != "bullet")
    ev.weak = bool(_TALK_WORDS.search(first))
    return ev


_ITEM_HEAD = re.compile(r"\s+[-–—|]\s+|[,(:;]")  # "A — VP, X": the name comes first
_LIST_MAX = 8


def _listed_under_label(node: Node, model: NameModel) -> tuple[list[str], set[int]]:
    """Speakers listed one per bullet under a label line ("Panelists:" then "- A — VP, X"),
    each bullet opening with the name."""
    for n, item in enumerate(node.items[:_LOOK_LABEL]):
        if item.kind == "bullet" or not label_alone(item.text):
            continue
        names: list[str] = []
        used = {n}
        for m, more in enumerate(node.items[n + 1 : n + 1 + _LIST_MAX], start=n + 1):
            head = _ITEM_HEAD.split(more.text, maxsplit=1)[0]
            found = names_in(head, model, declared=True) if more.kind == "bullet" else Found()
            if not found or len(found.names) > 1:
                break
            names += found.names
            used.add(m)
        if names:
            return names, used
    return [], set()


def _is_date_line(text: str) -> bool:
    from bot.ingest.metadata import find_date

    return len(text.split()) <= 10 and find_date(text) is not None


_SPEAKER_KEYS = (
    "speakers", "speaker", "presenters", "presenter", "speaker(s)", "authors", "guest", "guests",
    "facilitators", "facilitator", "instructors", "instructor",
)  # fmt: skip
_HOST_KEYS = ("host", "hosts")  # a speaker beside a guest; alone, an event's organiser
_TITLE_KEYS = ("title", "session", "talk")  # "Session: "Cold starts"" under a transcript's name


def _front_talk(outline: Outline, model: NameModel) -> Section | None:
    """A note whose front matter or properties name its speakers is one talk."""
    from bot.ingest.events import properties

    props = properties(outline)
    keys = [k for k in _SPEAKER_KEYS if k in props]
    keys += [k for k in _HOST_KEYS if k in props] if keys else []
    values = [outline.front.get(k) or props.get(k) for k in keys]
    found = Found()
    for value in values:  # "Host: A" and "Guest: B": both
        if isinstance(value, list):  # a declared list of speakers: each entry is one
            more = Found([" ".join(str(v).split()) for v in value if str(v).strip()])
        else:
            more = names_in(str(value), model)
        found.names += [n for n in more.names if n not in found.names]
        found.handles += more.handles
    if not found.names:
        return None
    said = next((str(props[k]) for k in _TITLE_KEYS if props.get(k)), None)
    title = str(outline.front.get("title") or said or outline.title or "") or None
    if not found or not title:
        return None
    code, title = split_code(title)
    return Section(title, found.names, found.handles, [], code)


def promote_list_talks(outline: Outline, model: NameModel) -> None:
    """A list whose top items name a talk and its speakers ("1. **Title** — A and B")
    and hold that talk's notes as sub-items: each such item becomes a heading."""
    for node in outline.root.walk():
        items, promoted, current = [], [], None
        for item in node.items:
            if item.kind == "bullet" and item.level == 0:
                title, found = title_with_speakers(item.text, model)
                if found and title:
                    current = Node(item.text, node.level + 1, hints={"listed": True})
                    promoted.append(current)
                    continue
                current = None
            if current is not None and item.kind == "bullet" and item.level > 0:
                current.items.append(Item("bullet", item.text, item.level - 1))
            elif current is not None and item.kind != "bullet":
                current.items.append(item)
            else:
                items.append(item)
        if len(promoted) >= 2 and all(p.items for p in promoted):
            node.items = items
            node.children = promoted + node.children


def demote_name_lines(outline: Outline, model: NameModel) -> None:
    """A bare line of plain text that only names people ("Jane Doe (CTO, Acme)") is a
    speaker line under the title above it, not a heading of its own."""
    for parent in outline.root.walk():
        kept: list[Node] = []
        for child in parent.children:
            if child.hints.get("bare") and kept and speaker_line(child.title or "", model):
                previous = kept[-1]
                if not previous.items:
                    previous.items.extend([Item("para", child.title or ""), *child.items])
                    previous.children.extend(child.children)
                    continue
            kept.append(child)
        parent.children = kept


def find_sections(outline: Outline, model: NameModel, book: bool = False) -> list[Section]:
    lex = lexicon.load()
    front = _front_talk(outline, model)
    if front is not None:
        front.blocks = to_blocks(outline.root.items)
        for node in outline.headings():
            front.blocks.extend(to_blocks(node.items, node.title))
        return [front]
    promote_list_talks(outline, model)
    promote_mentioned_talks(outline, model)
    demote_name_lines(outline, model)
    listed = agenda(outline, model)
    nodes = [n for n in outline.headings() if not _is_date_line(n.title or "")]
    ev = {id(n): evidence(n, model, listed) for n in nodes}
    dividers = {id(n) for n in nodes if lex.is_section_title(ev[id(n)].title)}
    talks: set[int] = {id(n) for n in nodes if ev[id(n)].strong and id(n) not in dividers}
    for node in nodes:  # the note's own title over talks of its own is not a talk
        if node.title == outline.title and any(id(d) in talks for d in node.walk()[1:]):
            talks.discard(id(node))
    on_agenda = {id(n) for n in nodes if _norm(split_code(n.title or "")[1]) in listed}
    if book:
        talks = {id(n) for n in nodes if n.hints.get("chapter") or n.level == 1}
    elif len(on_agenda) >= 2:  # a note that lists its talks: the list is the authority
        talks = on_agenda
    elif talks:
        for parent in outline.root.walk():
            levels = {c.level for c in parent.children if id(c) in talks}
            for child in parent.children:
                shaped = child.level in levels and id(child) not in dividers and id(child) in ev
                if shaped and (ev[id(child)].weak or child.hints.get("isolated", not child.hints)):
                    talks.add(id(child))
    else:
        talks = _one_talk(outline, nodes, dividers, ev)
    return _sections(outline, talks, ev)


def _one_talk(
    outline: Outline, nodes: list[Node], dividers: set[int], ev: dict[int, Evidence]
) -> set[int]:
    """A note without evidence is one talk when it is one top heading whose
    sub-headings all divide it ("# Title / ## Key takeaways / ## Q&A")."""
    top = [n for n in outline.root.children if n in nodes]
    if len(top) != 1 or not top[0].title:
        return set()
    node = top[0]
    subs = [c for c in node.children if c in nodes]
    if subs and not all(id(c) in dividers for c in subs):
        return set()
    noise = lexicon.load().title_noise
    if re.search(rf"\b(?:{noise})\b", node.title or "", re.I) or id(node) in dividers:
        return set()
    return {id(node)} if node.items or subs else set()


def _sections(outline: Outline, talks: set[int], ev: dict[int, Evidence]) -> list[Section]:
    sections: list[Section] = [Section(None, is_talk=False)]
    pending: list[tuple[list[Item], str | None]] = [(list(outline.root.items), None)]

    def flush() -> None:
        for items, heading in pending:
            sections[-1].blocks.extend(to_blocks(items, heading))
        pending.clear()

    def visit(node: Node, inside_talk: bool) -> None:
        info = ev.get(id(node))
        if info is None:  # a date line, never a heading: its text stays where it is
            pending.append((node.items, None))
            for child in node.children:
                visit(child, inside_talk)
            return
        items = [
            it
            for n, it in enumerate(node.items)
            if n not in info.used or says_more(it.text, info.found)
        ]
        if id(node) in talks:
            flush()
            found = info.found
            sections.append(
                Section(info.title or None, list(found.names), list(found.handles), [], info.code)
            )
            pending.append((items, None))
            for child in node.children:
                visit(child, True)
            return
        soft = bool(node.hints.get("bare")) and sections[-1].is_talk
        if inside_talk or soft:  # a heading inside a talk divides it
            pending.append((items, info.title))
        else:
            flush()
            sections.append(Section(info.title or None, is_talk=False))
            pending.append((items, None))
        for child in node.children:
            visit(child, inside_talk)

    for child in outline.root.children:
        visit(child, False)
    flush()
    return [s for s in sections if s.blocks or (s.is_talk and s.speakers)]
