"""Reply text for Lex: answers split to Lex's 1..1024-character messages, plus sources.

Lex rejects a message over 1024 characters, and cutting an answer mid-sentence
would change what it says, so long answers become several messages split at
sentence boundaries (words only when one sentence alone is too long). Lex
clients may be voice or plain text, so the sources are spelled out in words.
"""

from __future__ import annotations

from functools import lru_cache

import pysbd

from bot.schemas import AskResponse, Button, Citation

MESSAGE_LIMIT = 1024
MAX_MESSAGES = 10
MAX_SOURCES = 3
NO_ANSWER = "Sorry, I have nothing to say to that."


def units(text: str) -> int:
    """Length as Lex counts it: UTF-16 code units, so an emoji counts twice."""
    return len(text.encode("utf-16-le")) // 2


@lru_cache(maxsize=1)
def _segmenter() -> pysbd.Segmenter:
    return pysbd.Segmenter(language="en", clean=False)


def split_text(text: str, limit: int = MESSAGE_LIMIT) -> list[str]:
    """Chunks of at most `limit` characters, each made of whole sentences when possible."""
    text = text.strip()
    if not text:
        return []
    if units(text) <= limit:
        return [text]
    chunks: list[str] = []
    current = ""
    for sentence in _segmenter().segment(text):
        candidate = current + sentence
        if units(candidate.strip()) <= limit:
            current = candidate
            continue
        if current.strip():
            chunks.append(current.strip())
        if units(sentence.strip()) <= limit:
            current = sentence
        else:
            pieces = _split_words(sentence.strip(), limit)
            chunks.extend(pieces[:-1])
            current = pieces[-1] + " "
    if current.strip():
        chunks.append(current.strip())
    return chunks


def _split_words(sentence: str, limit: int) -> list[str]:
    """Last resort for a sentence longer than a message: break between words."""
    pieces: list[str] = []
    current = ""
    for word in sentence.split():
        while units(word) > limit:  # a "word" longer than a message (a URL, say)
            if current:
                pieces.append(current)
                current = ""
            head = word[: limit // 2]
            pieces.append(head)
            word = word[len(head) :]
        candidate = f"{current} {word}" if current else word
        if units(candidate) <= limit:
            current = candidate
        else:
            pieces.append(current)
            current = word
    if current:
        pieces.append(current)
    return pieces


def clip(text: str, limit: int) -> str:
    """Shorten to `limit` characters at a word boundary, marking the cut."""
    text = " ".join(text.split())
    if units(text) <= limit:
        return text
    head = text[: limit - 1]
    while units(head) > limit - 1:
        head = head[:-1]
    cut = head.rsplit(" ", 1)[0] or head
    return cut + "…"


def describe_citation(citation: Citation) -> str:
    """One source in words: conference, date, talk and speaker, as far as known."""
    parts = [clip(citation.conference or citation.title, 120)]
    if citation.date:
        parts.append(citation.date)
    if citation.section:
        parts.append(f'talk "{clip(citation.section, 150)}"')
    if citation.speaker:
        parts.append(f"speaker {clip(citation.speaker, 80)}")
    return ", ".join(parts)


def sources_text(citations: list[Citation]) -> str | None:
    """The distinct sources of an answer, or None when it cites nothing."""
    seen: list[str] = []
    for citation in citations:
        line = describe_citation(citation)
        if line not in seen:
            seen.append(line)
        if len(seen) == MAX_SOURCES:
            break
    if not seen:
        return None
    return clip("Sources: " + "; ".join(seen) + ".", MESSAGE_LIMIT)


def reply_messages(reply: AskResponse) -> list[str]:
    """Lex V2 messages: the answer in as many messages as it needs, then the sources."""
    sources = sources_text(reply.citations)
    room = MAX_MESSAGES - (1 if sources else 0)
    chunks = split_text(reply.answer)[:room] or [NO_ANSWER]
    return [*chunks, sources] if sources else chunks


def single_message(reply: AskResponse, buttons: list[Button] | None = None) -> str:
    """Lex V1 allows one message: as much of the answer as fits in whole sentences,
    then the choices and the sources."""
    tail_parts = []
    if buttons:
        tail_parts.append("Options: " + "; ".join(b.text for b in buttons) + ".")
    sources = sources_text(reply.citations)
    if sources:
        tail_parts.append(sources)
    tail = "\n".join(clip(part, MESSAGE_LIMIT // 4) for part in tail_parts)
    room = MESSAGE_LIMIT - (units(tail) + 1 if tail else 0)
    head = (split_text(reply.answer, room) or [NO_ANSWER])[0]
    return f"{head}\n{tail}" if tail else head
