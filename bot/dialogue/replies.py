"""Replies for the intents that are not a single grounded answer."""

from __future__ import annotations

import re

import numpy as np

from bot.answering.compose import citation, join_speakers, render_sentences, tidy
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


BULLET_WORDS = 45


def _bullet(knowledge: Knowledge, pid: int) -> str:
    """A passage as one bullet: a lead-in brings its items, prose stays within ~45 words."""
    passage = knowledge.passages[pid]
    sentences = list(passage.sentences)
    if sentences[-1].rstrip().endswith(":"):
        sentences += knowledge.items_under(passage, sentences[-1])[:6]
    if "\n" in passage.text and not sentences[0].rstrip().endswith(":"):
        return f"{sentences[0].rstrip('.')}: " + "; ".join(s.rstrip(".") for s in sentences[1:])
    if "\n" in passage.text or sentences[-1] != passage.sentences[-1]:
        return render_sentences(sentences)
    kept: list[str] = []
    for sentence in sentences:
        if kept and len(" ".join([*kept, sentence]).split()) > BULLET_WORDS:
            break
        kept.append(sentence)
    return render_sentences(kept)


def _contained(small: str, big: str) -> bool:
    """Most of one bullet's words already said by another."""
    words = set(_WORDS.findall(small.lower()))  # "level;" and "level." are one word
    return bool(words) and len(words & set(_WORDS.findall(big.lower()))) >= 0.7 * len(words)


_WORDS = re.compile(r"\w+")


def summary(
    knowledge: Knowledge, talk: TalkRef, focus: np.ndarray | None = None
) -> tuple[str, list[Citation]]:
    """3 to 6 bullets in note order: central passages, nudged towards what was asked.

    Maximal marginal relevance keeps the bullets from repeating each other; tiny
    fragments (a lone list item, a dangling lead-in) are not key points on their own.
    """
    pids = [
        p.id
        for p in knowledge.passages
        if p.section_id == talk.section_id and len(p.text.split()) >= 5
    ] or [p.id for p in knowledge.passages if p.section_id == talk.section_id]
    if not pids:
        return f'I have no notes for "{talk.title}".', []
    vectors = np.vstack([knowledge.passage_vector(pid) for pid in pids])
    centroid = vectors.mean(axis=0)
    relevance = vectors @ (centroid / (np.linalg.norm(centroid) or 1.0))
    if focus is not None:
        relevance = 0.4 * relevance + 0.6 * (vectors @ focus)
    count = max(3, min(6, len(pids)))
    chosen: list[int] = []
    texts: dict[int, str] = {}
    tried = np.zeros(len(pids), dtype=bool)
    while len(chosen) < count and not tried.all():
        redundancy = (vectors @ vectors[chosen].T).max(axis=1) if chosen else np.zeros(len(pids))
        mmr = 0.75 * relevance - 0.25 * redundancy
        mmr[tried] = -np.inf
        idx = int(np.argmax(mmr))
        tried[idx] = True
        text = tidy(_bullet(knowledge, pids[idx]))
        if not any(_contained(text, other) or _contained(other, text) for other in texts.values()):
            chosen.append(idx)
            texts[idx] = text
    bullets = [texts[idx] for idx in sorted(chosen)]
    doc = knowledge.documents[talk.source]
    when = knowledge.when(talk.source)
    who = f" by {join_speakers(talk.speakers)}" if talk.speakers else ""
    head = f'Key points of "{talk.title}"{who} ({doc.conference}{", " + when if when else ""}):'
    cites = [citation(knowledge, pids[i], 1.0) for i in sorted(chosen)[:3]]
    return head + "\n" + "\n".join(f"• {b}" for b in bullets), cites


def talk_buttons(talks: list[TalkRef], limit: int = 5) -> list[Button]:
    return [Button(text=t.title[:60], value=f'Summarise "{t.title}"') for t in talks[:limit]]
