"""Replies for the intents that are not a single grounded answer."""

from __future__ import annotations

import numpy as np

from bot.answering.compose import citation, join_speakers, tidy
from bot.gazetteer import Gazetteer, TalkRef
from bot.knowledge import Knowledge
from bot.schemas import Button, Citation


def talk_line(knowledge: Knowledge, talk: TalkRef) -> str:
    doc = knowledge.documents[talk.source]
    when = knowledge.when(talk.source)
    who = f" — {join_speakers(talk.speakers)}" if talk.speakers else ""
    return f'• "{talk.title}"{who} ({doc.conference}{", " + when if when else ""})'


def list_conferences(knowledge: Knowledge, gazetteer: Gazetteer) -> str:
    lines = ["The notes cover these events:"]
    for source, doc in knowledge.documents.items():
        talks = sum(1 for t in gazetteer.talks if t.source == source)
        when = knowledge.when(source)
        place = (
            ", ".join(x for x in (doc.venue, doc.city) if (x and x != doc.venue) or x)
            if doc.venue or doc.city
            else ""
        )
        kind = "chapters" if doc.kind == "book" else "talks"
        details = "; ".join(x for x in (when, place, f"{talks} {kind}") if x)
        lines.append(f"• {doc.conference} ({details})")
    return "\n".join(lines)


def suggestions(knowledge: Knowledge, gazetteer: Gazetteer, limit: int = 4) -> list[str]:
    """Example questions drawn from the corpus metadata, one per event where possible."""
    out: list[str] = []
    for source, doc in knowledge.documents.items():
        talks = [t for t in gazetteer.talks if t.source == source]
        speakers = [s for t in talks for s in t.speakers]
        if doc.kind == "book" and talks:
            out.append(
                f"What does the book say about {talks[min(2, len(talks) - 1)].title.title()}?"
            )
        elif speakers and len(out) % 2:
            out.append(f"What did {speakers[0]} talk about?")
        elif talks:
            out.append(f'Summarise the talk "{talks[0].title}"')
        else:
            out.append(f"Which talks were at {doc.conference}?")
    out.append("Which conferences do you have notes from?")
    return out[: limit + 1]


def summary(knowledge: Knowledge, talk: TalkRef) -> tuple[str, list[Citation]]:
    """3 to 6 bullets: the talk's most central passages, in the order they were noted."""
    pids = [p.id for p in knowledge.passages if p.section_id == talk.section_id]
    if not pids:
        return f'I have no notes for "{talk.title}".', []
    vectors = np.vstack([knowledge.passage_vector(pid) for pid in pids])
    centroid = vectors.mean(axis=0)
    centrality = vectors @ centroid
    count = max(3, min(6, len(pids)))
    chosen = sorted(np.argsort(-centrality)[:count].tolist())
    bullets: list[str] = []
    seen: set[str] = set()
    for idx in chosen:
        first = tidy(knowledge.passages[pids[idx]].sentences[0])
        if first not in seen:
            seen.add(first)
            bullets.append(f"• {first}")
    doc = knowledge.documents[talk.source]
    when = knowledge.when(talk.source)
    who = f" by {join_speakers(talk.speakers)}" if talk.speakers else ""
    head = f'Key points of "{talk.title}"{who} ({doc.conference}{", " + when if when else ""}):'
    cites = [citation(knowledge, pids[chosen[0]], 1.0)]
    return head + "\n" + "\n".join(bullets), cites


def talk_buttons(talks: list[TalkRef], limit: int = 5) -> list[Button]:
    return [Button(text=t.title[:60], value=f'Summarise "{t.title}"') for t in talks[:limit]]
