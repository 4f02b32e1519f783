"""How much of the notes to show around the chosen sentence.

One sentence out of its passage often misleads or says too little: a list needs its
items, "So, ..." needs the sentence before, "However, ..." after must not be dropped,
and a question the notes ask themselves ("Why?") needs its answer.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import numpy as np

from bot.answering.query import Query
from bot.indexing.store import PassageRow
from bot.text import content_terms

if TYPE_CHECKING:
    from bot.answering.answerer import Candidate
    from bot.knowledge import Knowledge


MAX_ITEMS = 8


def _pick_items(items: list[str], query: Query) -> list[str]:
    """At most MAX_ITEMS, in order; in a long list, the items the question names come first
    ("which tool for Docker" wants "Pumba (for Docker)", the ninth)."""
    if len(items) <= MAX_ITEMS:
        return items
    words = [set(content_terms(item)) for item in items]
    # A question word most items share ("tool" in a list of tools) picks nothing out.
    wanted = {t for t in query.terms if sum(t in w for w in words) <= len(items) // 2}
    named = [i for i, w in enumerate(words) if wanted & w]
    keep = set(named[:MAX_ITEMS])
    for i in range(len(items)):
        if len(keep) >= MAX_ITEMS:
            break
        keep.add(i)
    return [item for i, item in enumerate(items) if i in keep]


def expand(
    knowledge: Knowledge, query: Query, best: Candidate, qvec: np.ndarray | None = None
) -> list[str]:
    """The best sentence with its passage (one to three sentences, or a list with its lead-in).

    A sentence that ends in ':' promises a list, so the list comes with it; a bullet
    chosen for a list question brings its siblings and their lead-in.
    """
    passage = knowledge.passages[best.passage_id]
    sentences = list(passage.sentences)
    if "\n" in passage.text:  # a list with its lead-in: keep the items together
        if best.index == 0 and sentences[0].rstrip().endswith(":"):  # the lead-in: its list
            return [sentences[0], *_pick_items(sentences[1:], query)]
        start = max(0, best.index - 1) if best.index else 0
        return sentences[start : start + 6] if len(sentences) > 6 else sentences
    parent = passage.parent or ""
    if parent.rstrip().endswith(":") and query.expects == "list":
        siblings = knowledge.items_under(passage, parent)
        if len(siblings) > 1:
            return [parent, *_pick_items(siblings, query)]
    if best.text.rstrip().endswith(":"):
        items = knowledge.items_under(passage, best.text)
        if items:
            return [*sentences[max(0, best.index - 1) : best.index + 1], *_pick_items(items, query)]
    if len(sentences) <= 3:
        shown = sentences
    else:
        start = max(0, min(best.index - 1, len(sentences) - 3))
        shown = sentences[start : start + 3]
    if shown[-1].rstrip().endswith(":"):  # the passage ends by promising a list: keep it
        return [*shown, *_pick_items(knowledge.items_under(passage, shown[-1]), query)]
    before: list[str] = []
    if shown[0] == sentences[0] and _LEANS_BACK.match(shown[0]):
        previous = _previous_sentence(knowledge, passage)
        before = [previous] if previous else []
    after: list[str] = []
    if shown[-1] == sentences[-1] and _ASKS_ITSELF.fullmatch(shown[-1]) and qvec is not None:
        after = _its_answer(knowledge, passage, qvec)  # "Why? … you can revoke access ..."
    elif shown[-1] == sentences[-1]:
        following = _next_sentence(knowledge, passage)
        if following and _QUALIFIES.match(following):
            after = [following]  # "However, if the instance is rebooted, the data remains."
    return [*before, *shown, *after]


# "So, we could limit access..." continues the sentence before it, which may say how.
_LEANS_BACK = re.compile(
    r"(so|this|that|these|those|it|they|therefore|thus|hence|however|but|then|also|"
    r"as a result|because of this|in other words)\b",
    re.I,
)


# "However, ..." right after what is shown qualifies it: leaving it out would mislead.
# "He said that ..." right after a question put to someone is the reply.
_QUALIFIES = re.compile(
    r"(however|but|although|except|unless|note that)\b"
    r"|(he|she|they) (said|says|explained|added|answered|replied)\b",
    re.I,
)


# A short question the notes ask themselves ("Why?", "Why is this useful?"): the
# sentences after it answer it.
_ASKS_ITSELF = re.compile(r"\s*(\S+\s+){0,5}\S+\?\s*")
FOLLOWING = 6  # how far on an answer to the notes' own question is looked for


def _its_answer(knowledge: Knowledge, passage: PassageRow, qvec: np.ndarray) -> list[str]:
    """Of the next few prose sentences of the same talk, the two closest to the question,
    in order, with "…" where sentences were skipped to reach them."""
    found: list[tuple[float, int, str]] = []
    for after in knowledge.passages[passage.id + 1 : passage.id + 1 + FOLLOWING]:
        if after.section_id != passage.section_id or after.parent or "\n" in after.text:
            break
        vectors = knowledge.sentence_vectors[
            after.sent_start : after.sent_start + len(after.sentences)
        ]
        for sentence, sim in zip(after.sentences, vectors @ qvec, strict=True):
            found.append((float(sim), len(found), sentence))
    chosen = sorted(sorted(found[:FOLLOWING], reverse=True)[:2], key=lambda f: f[1])
    out, expected = [], 0
    for _, position, sentence in chosen:
        out.append(sentence if position == expected else "… " + sentence)
        expected = position + 1
    return out


def _next_sentence(knowledge: Knowledge, passage: PassageRow) -> str | None:
    """The sentence just after a passage, when it is prose of the same talk."""
    if passage.parent or passage.id + 1 >= len(knowledge.passages):
        return None
    after = knowledge.passages[passage.id + 1]
    if after.section_id != passage.section_id or after.parent or "\n" in after.text:
        return None
    return after.sentences[0] if after.sentences else None


def _previous_sentence(knowledge: Knowledge, passage: PassageRow) -> str | None:
    """The sentence just before a passage, when it is prose of the same talk."""
    if passage.id == 0 or passage.parent:
        return None
    before = knowledge.passages[passage.id - 1]
    if before.section_id != passage.section_id or before.parent or "\n" in before.text:
        return None
    return before.sentences[-1] if before.sentences else None
