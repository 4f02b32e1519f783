"""What the dense index sees of a passage. Kept apart from the build's orchestration: a
change here changes every vector (it is part of `layout.ingest_version`), a change to how
the build is run does not."""

from __future__ import annotations

from bot.ingest.chunking import lead_in


def embed_text(
    passage_text: str,
    parent: str | None,
    section: str | None,
    speakers: list[str],
    conference: str,
    heading: str | None = None,
) -> str:
    """The passage with the talk, speaker, event and the sub-heading it sits under, so a
    terse question meets the passage's context too."""
    who = f" ({', '.join(speakers)})" if speakers else ""
    head = f"{section}{who}" if section else conference
    under = f"{heading}: " if heading else ""
    body = f"{lead_in(parent)} {passage_text}" if parent else passage_text
    return f"{head} | {conference}: {under}{body}"
