"""Pre-filled questions for the /sources page, one per conference, talk and speaker.

Kept apart from the template so the wording the engine must understand is
plain Python, testable without a browser.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from bot.schemas import DocumentInfo


@dataclass(frozen=True)
class Link:
    text: str
    question: str | None  # None: shown as plain text, nothing sensible to ask


@dataclass(frozen=True)
class TalkView:
    talk: Link
    speakers: list[Link]


@dataclass(frozen=True)
class ConferenceView:
    name: str
    when: str | None
    where: str | None
    kind: str
    source_url: str | None
    overview: Link
    talks: list[TalkView] = field(default_factory=list)
    speakers: list[Link] = field(default_factory=list)


def human_date(iso: str | None) -> str | None:
    """'2018-02-28' → '28 Feb 2018'; anything unparsable is shown as given."""
    if not iso:
        return None
    try:
        return date.fromisoformat(iso).strftime("%-d %b %Y")
    except ValueError:
        return iso


def _talk_question(doc: DocumentInfo, title: str) -> str | None:
    if title.startswith("(") and title.endswith(")"):  # a placeholder like "(untitled session)"
        return None
    if doc.kind == "book":
        return f'Summarise the chapter "{title}" of the {doc.conference}'
    return f'Summarise the talk "{title}" at {doc.conference}'


def _speaker_question(doc: DocumentInfo, speaker: str) -> str:
    return f"What did {speaker} talk about at {doc.conference}?"


def _overview_question(doc: DocumentInfo) -> str:
    if doc.kind == "book":
        return f"Which chapters are in the {doc.conference}?"
    return f"Which talks were there at {doc.conference}?"


def _safe_url(url: str | None) -> str | None:
    """Only http(s) links reach the page: a `javascript:` URL in a manifest must not."""
    return url if url and url.lower().startswith(("http://", "https://")) else None


def conference_view(doc: DocumentInfo) -> ConferenceView:
    """One document as a card: its talks (each with its speakers) and a speaker index."""
    talks: list[TalkView] = []
    speakers: dict[str, Link] = {}
    for talk in doc.talks:
        links = [Link(s, _speaker_question(doc, s)) for s in talk.speakers]
        for link in links:
            speakers.setdefault(link.text, link)
        talks.append(TalkView(Link(talk.title, _talk_question(doc, talk.title)), links))
    places = [p for p in (doc.venue, doc.city) if p]
    where = ", ".join(dict.fromkeys(places)) or None  # "Lisbon, Lisbon" reads badly
    return ConferenceView(
        name=doc.conference,
        when=human_date(doc.date),
        where=where,
        kind=doc.kind,
        source_url=_safe_url(doc.source_url),
        overview=Link(doc.conference, _overview_question(doc)),
        talks=talks,
        speakers=sorted(speakers.values(), key=lambda link: link.text.lower()),
    )


def sources_view(docs: list[DocumentInfo]) -> list[ConferenceView]:
    """Conferences newest first, books after them."""
    notes = sorted((d for d in docs if d.kind != "book"), key=lambda d: d.date or "", reverse=True)
    books = [d for d in docs if d.kind == "book"]
    return [conference_view(d) for d in [*notes, *books]]
