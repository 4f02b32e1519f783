"""Turn evidence into the reply text and its citations: where it comes from, first."""

from __future__ import annotations

import re

from bot.answering.answerer import Evidence
from bot.knowledge import Knowledge
from bot.schemas import Citation

SNIPPET_CHARS = 320


def tidy(sentence: str) -> str:
    """Light trimming of note-taking noise, never of content (numbers keep their units)."""
    text = re.sub(r"([!?])\1+", r"\1", sentence.strip())
    text = re.sub(r"\s*:\(\s*$", ".", text)
    text = re.sub(r"\s+", " ", text)
    return text


def join_speakers(speakers: list[str]) -> str:
    if len(speakers) <= 1:
        return "".join(speakers)
    return ", ".join(speakers[:-1]) + " and " + speakers[-1]


def attribution(knowledge: Knowledge, passage_id: int) -> str:
    """ "At AWSome Day Manchester 2018 (28 Feb 2018), Tom Woodyer said in "EC2":"-style lead."""
    passage = knowledge.passages[passage_id]
    doc = knowledge.doc_of(passage)
    section = knowledge.section_of(passage)
    when = knowledge.when(doc.source)
    if doc.kind == "book":
        where = f'the chapter "{section.title}"' if section.title else "its introduction"
        return f"The {doc.conference} says in {where}:"
    event = f"At {doc.conference}" + (f" ({when})" if when else "")
    if section.speakers and section.title:
        return f'{event}, {join_speakers(section.speakers)} said in "{section.title}":'
    if section.speakers:
        return f"{event}, {join_speakers(section.speakers)} said:"
    if section.title:
        return f'{event}, in the session "{section.title}":'
    return f"{event}, the notes say:"


def render_sentences(sentences: list[str]) -> str:
    """Prose as it was; a lead-in ending in ':' followed by its items as one '; ' list."""
    for i, sentence in enumerate(sentences[:-1]):
        if sentence.rstrip().endswith(":") and len(sentences) - i > 2:
            prose = " ".join(tidy(s) for s in sentences[: i + 1])
            return prose + " " + "; ".join(tidy(s).rstrip(".") for s in sentences[i + 1 :]) + "."
    return " ".join(tidy(s) for s in sentences)


def compose(knowledge: Knowledge, evidence: list[Evidence]) -> str:
    parts = []
    for n, item in enumerate(evidence):
        lead = attribution(knowledge, item.passage_id)
        if n:
            lead = (
                "Elsewhere, " + lead[0].lower() + lead[1:]
                if not lead.startswith("The ")
                else "Elsewhere, t" + lead[1:]
            )
        body = render_sentences(item.sentences)
        parent = knowledge.passages[item.passage_id].parent
        if parent and parent not in body and len(parent.split()) <= 25:
            body = f"{tidy(parent)} {body}"
        parts.append(f"{lead} {body}")
    return "\n\n".join(parts)


def citation(knowledge: Knowledge, passage_id: int, score: float) -> Citation:
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
        section=section.title,
        speaker=join_speakers(section.speakers) or None,
        snippet=snippet,
        score=round(float(score), 4),
        passage=passage.position,
    )
    cited._passage_id = passage_id
    return cited
