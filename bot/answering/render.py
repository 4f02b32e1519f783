"""Answers as text and citations: where each statement comes from, first.

Every point of an answer names its talk, speaker, event and date, and carries a
citation whose `focus` is the sentence that answers, so channels can emphasise it.
"""

from __future__ import annotations

import re

from bot.answering.types import BROAD, COMPARE, Answer, Point
from bot.ingest.models import UNKNOWN_EVENT
from bot.retrieval.knowledge import Knowledge
from bot.schemas import Citation

SNIPPET_CHARS = 320


def tidy(sentence: str) -> str:
    """Light trimming of note-taking noise, never of content (numbers keep their units)."""
    text = re.sub(r"([!?])\1+", r"\1", sentence.strip())
    text = re.sub(r"\s*:\(\s*$", ".", text)
    return re.sub(r"\s+", " ", text)


def join_names(names: list[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def event_phrase(knowledge: Knowledge, source: str) -> str:
    doc = knowledge.documents[source]
    when = knowledge.when(source)
    if doc.conference == UNKNOWN_EVENT:
        return f'the notes "{doc.title}"'
    return doc.conference + (f" ({when})" if when else "")


def attribution(knowledge: Knowledge, passage_id: int) -> str:
    """ "At DevConf Lisbon 2021 (3 Mar 2021), Ana Silva said in "Caching":"."""
    passage = knowledge.passages[passage_id]
    doc = knowledge.doc_of(passage)
    section = knowledge.section_of(passage)
    if doc.kind == "book":
        where = f'the chapter "{section.title}"' if section.title else "its introduction"
        return f"The {doc.conference} says in {where}:"
    event = event_phrase(knowledge, doc.source)
    event = f"In {event}" if event.startswith("the notes") else f"At {event}"
    if not section.is_talk:
        return f"{event}, the notes say:"
    if section.speakers and section.title:
        return f'{event}, {join_names(section.speakers)} said in "{section.title}":'
    if section.speakers:
        return f"{event}, {join_names(section.speakers)} said:"
    if section.title:
        return f'{event}, in the session "{section.title}":'
    return f"{event}, the notes say:"


def body(point: Point) -> str:
    """A point's sentences as read: a lead-in's items as one '; ' list."""
    sentences = [tidy(s) for s in point.sentences]
    for i, sentence in enumerate(sentences[:-1]):
        if sentence.endswith(":") and len(sentences) - i > 2:
            items = "; ".join(s.rstrip(".") for s in sentences[i + 1 :])
            text = " ".join(sentences[: i + 1]) + " " + items + "."
            break
    else:
        text = " ".join(sentences)
    if point.lead and tidy(point.lead) not in text and len(point.lead.split()) <= 30:
        text = f"{tidy(point.lead)} {text}"
    return text


def citation(
    knowledge: Knowledge, passage_id: int, score: float, focus: str | None = None
) -> Citation:
    passage = knowledge.passages[passage_id]
    doc = knowledge.doc_of(passage)
    section = knowledge.section_of(passage)
    snippet = (
        passage.text
        if len(passage.text) <= SNIPPET_CHARS
        else passage.text[:SNIPPET_CHARS].rsplit(" ", 1)[0] + " …"
    )
    cited = Citation(
        source=doc.source,
        title=doc.title,
        conference=doc.conference,
        date=doc.date if doc.date_precision == "day" else None,
        section=section.title if section.is_talk else section.title or passage.heading,
        speaker=join_names(section.speakers) or None,
        snippet=snippet,
        score=round(float(score), 4),
        passage=passage.position,
        focus=tidy(focus) if focus else None,
    )
    cited._passage_id = passage_id
    return cited


def citations(knowledge: Knowledge, answer: Answer) -> list[Citation]:
    return [
        citation(knowledge, p.passage_id, answer.confidence, p.sentences[p.focus])
        for p in answer.points
    ]


def text(knowledge: Knowledge, answer: Answer, subject: str = "") -> str:
    """The reply: one attributed point, or a bulleted list of them for broad questions."""
    points = answer.points
    if answer.kind in (BROAD, COMPARE) and len(points) > 1:
        head = f"What the notes say about {subject}:" if subject else "What the notes say:"
        lines = [head]
        for point in points:
            lines.append(f"• {body(point)} ({_short_source(knowledge, point.passage_id)})")
        for thing in answer.missing:
            lines.append(f"• The notes do not describe {thing}.")
        return "\n".join(lines)
    point = points[0]
    reply = f"{attribution(knowledge, point.passage_id)} {body(point)}"
    for more in points[1:]:  # a list the first point did not give
        reply += f"\nAlso: {body(more)} ({_short_source(knowledge, more.passage_id)})"
    if answer.missing:
        reply += " " + " ".join(f"The notes do not describe {m}." for m in answer.missing)
    return reply


def _short_source(knowledge: Knowledge, passage_id: int) -> str:
    passage = knowledge.passages[passage_id]
    section = knowledge.section_of(passage)
    doc = knowledge.doc_of(passage)
    parts = [f'"{section.title}"' if section.title and section.is_talk else None]
    parts.append(join_names(section.speakers) or None)
    parts.append(doc.conference if doc.conference != UNKNOWN_EVENT else doc.title)
    return ", ".join(p for p in parts if p)
