"""Answers from what the index knows about talks, speakers and events, with citations.

Who gave a talk, which talks an event or a speaker had, who a speaker is, where and
when an event was: these come from the structure found at index time, not from a
sentence, and cite the passage that opens the talk.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.answering.render import citation, event_phrase, join_names
from bot.indexing.store import SectionRow
from bot.retrieval.knowledge import Knowledge
from bot.schemas import Citation

LISTED = 20


@dataclass
class Reply:
    text: str
    answered: bool = True
    citations: list[Citation] = field(default_factory=list)
    listed: list[int] = field(default_factory=list)  # section ids, in the order shown


def talks(knowledge: Knowledge) -> list[SectionRow]:
    return [s for s in knowledge.sections.values() if s.is_talk and (s.title or s.speakers)]


def opening(knowledge: Knowledge, section_id: int) -> int | None:
    """The first passage of a talk, cited for what is said about the talk itself."""
    return next((p.id for p in knowledge.passages if p.section_id == section_id), None)


def _cite(knowledge: Knowledge, section_id: int) -> list[Citation]:
    pid = opening(knowledge, section_id)
    return [citation(knowledge, pid, 1.0)] if pid is not None else []


def _title(section: SectionRow) -> str:
    return f'"{section.title}"' if section.title else "an untitled session"


def talk_speakers(knowledge: Knowledge, section_id: int) -> Reply:
    section = knowledge.sections[section_id]
    where = event_phrase(knowledge, section.source)
    if not section.speakers:
        return Reply(
            f"The notes don't say who gave {_title(section)} ({where}).",
            answered=False,
            citations=_cite(knowledge, section_id),
        )
    return Reply(
        f"{join_names(section.speakers)} gave {_title(section)} at {where}.",
        citations=_cite(knowledge, section_id),
    )


def listing(knowledge: Knowledge, sections: list[SectionRow], heading: str, empty: str) -> Reply:
    """Talks grouped by event, with how many there are and a citation for each shown."""
    if not sections:
        return Reply(empty, answered=False)
    by_event: dict[str, list[SectionRow]] = {}
    for s in sections:
        by_event.setdefault(s.source, []).append(s)
    lines = [f"{heading} ({len(sections)}):"]
    shown: list[int] = []
    cites: list[Citation] = []
    for source, group in by_event.items():
        if len(by_event) > 1:
            lines.append(f"{event_phrase(knowledge, source)}:")
        for s in group:
            if len(shown) >= LISTED:
                break
            who = f" ({join_names(s.speakers)})" if s.speakers else ""
            lines.append(f"• {s.title or 'Untitled session'}{who}")
            shown.append(s.id)
            cites.extend(_cite(knowledge, s.id))
    if len(sections) > len(shown):
        lines.append(f"… and {len(sections) - len(shown)} more.")
    return Reply("\n".join(lines), citations=cites, listed=shown)


def speaker_profile(knowledge: Knowledge, name: str, sources: list[str] | None = None) -> Reply:
    """Who someone is in the notes: the talks they gave, and the line that introduces them.
    Asked about one event where they gave nothing, the answer says so and where they did."""
    given = [s for s in talks(knowledge) if name in s.speakers]
    if sources and given and not any(s.source in sources for s in given):
        events = ", ".join(dict.fromkeys(knowledge.documents[src].conference for src in sources))
        parts = [f"{_title(s)} at {event_phrase(knowledge, s.source)}" for s in given]
        text = f"The notes have no talk by {name} at {events}. They gave {join_names(parts)}."
        cites = [c for s in given for c in _cite(knowledge, s.id)]
        return Reply(text, answered=False, citations=cites, listed=[s.id for s in given])
    if sources:
        given = [s for s in given if s.source in sources]
    intro = _introduction(knowledge, name, given)
    if not given:
        if intro is None:
            return Reply(f"The notes mention {name} but not as a speaker.", answered=False)
        return Reply(f"The notes mention {name}: {knowledge.passages[intro].text}",
                     citations=[citation(knowledge, intro, 1.0)])  # fmt: skip
    parts = [f"{_title(s)} at {event_phrase(knowledge, s.source)}" for s in given]
    text = f"{name} gave {join_names(parts)}."
    cites = [c for s in given for c in _cite(knowledge, s.id)]
    if intro is not None:
        text += f" The notes introduce them as: {knowledge.passages[intro].text}"
        cites.insert(0, citation(knowledge, intro, 1.0))
    return Reply(text, citations=cites, listed=[s.id for s in given])


def speaker_handles(knowledge: Knowledge, name: str) -> Reply:
    """The account names written beside a speaker's name on their talks' headings
    ("Title - A - @a", "A (@a)"): each handle of a talk with one speaker, or the handle in
    the speaker's place when a talk lists as many handles as speakers."""
    found: dict[str, int] = {}
    for s in talks(knowledge):
        if name not in s.speakers or not s.handles:
            continue
        if len(s.speakers) == 1:
            found.update({h: s.id for h in s.handles})
        elif len(s.handles) == len(s.speakers):
            found.setdefault(s.handles[s.speakers.index(name)], s.id)
    if not found:
        return Reply(f"The notes give no handle for {name}.", answered=False)
    shown = [h if h.startswith("@") else f"@{h}" for h in found]
    text = f"{name}'s handle in the notes: {join_names(shown)}."
    cites = [c for sid in dict.fromkeys(found.values()) for c in _cite(knowledge, sid)]
    return Reply(text, citations=cites)


def _introduction(knowledge: Knowledge, name: str, given: list[SectionRow]) -> int | None:
    """A short passage that names the person with more than their name (a role, a firm)."""
    theirs = {s.id for s in given}
    best = None
    for p in knowledge.passages:
        if name in p.text and len(p.text) > len(name) + 8 and len(p.text.split()) <= 40:
            if p.section_id in theirs:
                return p.id
            best = best if best is not None else p.id
    return best


def where_when(knowledge: Knowledge, source: str) -> Reply:
    doc = knowledge.documents[source]
    when = knowledge.when(source)
    place = ", ".join(dict.fromkeys(x for x in (doc.venue, doc.city) if x))
    if not (when or place):
        return Reply(f"The notes don't say where or when {doc.conference} was.", answered=False)
    text = (
        f"{doc.conference} was"
        + (f" at {place}" if place else "")
        + ("," if place and when else "")
        + (f" on {when}." if when else ".")
    )
    first = next((p.id for p in knowledge.passages if p.source == source), None)
    return Reply(text, citations=[citation(knowledge, first, 1.0)] if first is not None else [])
