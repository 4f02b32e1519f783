"""Cut sections into small passages that carry their context.

A passage is a bullet with its parent (or a list with its lead-in), or one to
three sentences of prose: small enough that the best one is the answer.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from bot.ingest.models import Block, Document, Passage

MAX_WORDS = 70
LEAD_WORDS = 30
MAX_SENTENCES = 3
GROUP_WORDS = 90


@lru_cache(maxsize=1)
def _segmenter():  # type: ignore[no-untyped-def]
    import pysbd

    return pysbd.Segmenter(language="en", clean=False)


def split_sentences(text: str) -> list[str]:
    """Sentences of one paragraph or bullet (pysbd knows "e.g.", "Q1 2019.", "3.5GB")."""
    text = text.strip()
    if not text:
        return []
    parts = [p.strip() for p in _segmenter().segment(text)]
    merged: list[str] = []
    for part in parts:
        # pysbd cuts "supports .NET Core" after " ."; a full stop after a space ends nothing
        if merged and (merged[-1].endswith(" .") or not any(c.isalnum() for c in merged[-1])):
            merged[-1] = merged[-1] + part
        elif part:
            merged.append(part)
    return [m for m in merged if sum(c.isalnum() for c in m) >= 2]  # "...", "-" say nothing


def lead_in(parent: str) -> str:
    """The sentences that introduce a bullet: a long paragraph ending "Retention Policies:" would
    drown a short bullet's meaning in the paragraph's."""
    if len(parent.split()) <= LEAD_WORDS:
        return parent
    kept: list[str] = []
    for sentence in reversed(split_sentences(parent)):
        if kept and len(" ".join([sentence, *kept]).split()) > LEAD_WORDS:
            break
        kept.insert(0, sentence)
    return " ".join(kept)


def _windows(sentences: list[str]) -> Iterator[list[str]]:
    window: list[str] = []
    words = 0
    for sentence in sentences:
        n = len(sentence.split())
        if window and (len(window) >= MAX_SENTENCES or words + n > MAX_WORDS):
            yield window
            window, words = [], 0
        window.append(sentence)
        words += n
    if window:
        yield window


def _flatten(block: Block) -> list[Block]:
    out = [block]
    for child in block.children:
        out.extend(_flatten(child))
    return out


def block_passages(source: str, section_index: int, block: Block) -> Iterator[Passage]:
    if block.children:
        family = _flatten(block)
        words = sum(len(b.text.split()) for b in family)
        if words <= GROUP_WORDS:
            texts = [b.text for b in family]
            yield Passage(
                source, section_index, "\n".join(texts), texts, block.parent, heading=block.heading
            )
            return
        yield from _leaf_passages(source, section_index, block)
        for child in block.children:
            child.parent = child.parent or block.text
            yield from block_passages(source, section_index, child)
        return
    yield from _leaf_passages(source, section_index, block)


def _leaf_passages(source: str, section_index: int, block: Block) -> Iterator[Passage]:
    for window in _windows(split_sentences(block.text)):
        yield Passage(
            source, section_index, " ".join(window), window, block.parent, heading=block.heading
        )


def _lead_in_groups(source: str, section_index: int, blocks: list[Block]) -> Iterator[Passage]:
    """A "...:" paragraph with the short bullets under it, as one list passage."""
    for i, block in enumerate(blocks):
        if block.kind != "para" or not block.text.endswith(":"):
            continue
        items: list[Block] = []
        for nxt in blocks[i + 1 :]:
            if nxt.kind != "bullet" or nxt.parent != block.text:
                break
            items.extend(_flatten(nxt))
        words = sum(len(b.text.split()) for b in items)
        if len(items) >= 2 and words <= GROUP_WORDS:
            texts = [block.text] + [b.text for b in items]
            yield Passage(
                source, section_index, "\n".join(texts), texts, None, heading=block.heading
            )


def document_passages(doc: Document) -> list[Passage]:
    passages: list[Passage] = []
    for index, section in enumerate(doc.sections):
        for block in section.blocks:
            passages.extend(block_passages(doc.meta.source, index, block))
        passages.extend(_lead_in_groups(doc.meta.source, index, section.blocks))
    for position, passage in enumerate(passages):
        passage.position = position
    return passages
