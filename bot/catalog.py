"""Read-only views of the index for the API: raw search hits and the documents' talks."""

from __future__ import annotations

from bot.answering.render import citation
from bot.retrieval.knowledge import Knowledge
from bot.schemas import DocumentInfo, SearchHit, TalkInfo
from bot.text import content_words, tokens


def search(knowledge: Knowledge, q: str, k: int = 10) -> list[SearchHit]:
    hits = knowledge.search(content_words(q) or tokens(q), knowledge.embed(q), k=k)
    out = []
    for hit in hits:
        c = citation(knowledge, hit.passage_id, hit.score)
        out.append(
            SearchHit(
                chunk_id=hit.passage_id,
                text=knowledge.passages[hit.passage_id].text,
                score=round(hit.score, 5),
                source=c.source,
                title=c.title,
                conference=c.conference,
                date=c.date,
                section=c.section,
                speaker=c.speaker,
            )
        )
    return out


def documents(knowledge: Knowledge) -> list[DocumentInfo]:
    counts: dict[int, int] = {}
    for p in knowledge.passages:
        counts[p.section_id] = counts.get(p.section_id, 0) + 1
    out = []
    for source, doc in knowledge.documents.items():
        sections = sorted(
            (s for s in knowledge.sections.values() if s.source == source), key=lambda s: s.idx
        )
        talks = [
            TalkInfo(
                title=s.title or "(untitled session)",
                speakers=s.speakers,
                handles=s.handles,
                passages=counts.get(s.id, 0),
            )
            for s in sections
            if s.is_talk and (s.title or s.speakers)
        ]
        out.append(
            DocumentInfo(
                source=source,
                title=doc.title,
                conference=doc.conference,
                date=doc.date if doc.date_precision == "day" else None,
                venue=doc.venue,
                city=doc.city,
                kind="book" if doc.kind == "book" else "notes",
                source_url=doc.source_url,
                talks=talks,
            )
        )
    return out
