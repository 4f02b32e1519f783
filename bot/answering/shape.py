"""From ranked sentences to the points an answer shows.

A specific question gets the sentence that answers it with the neighbours that
complete it: the rest of its list, the sentence before when it leans on it ("It
also ..."), the sentence after when that one leans back. A broad question gets
key points from different passages; a comparison, a point for each thing named.
"""

from __future__ import annotations

import numpy as np

from bot import lexicon
from bot.answering.features import Candidates
from bot.answering.types import Point
from bot.retrieval.knowledge import Knowledge
from bot.text import stems, tokens

MAX_WORDS = 80
FILL_WORDS = 60
SHORT_POINT = 12  # words: a point this short is a heading for what comes after it
POINT_WORDS = 45
MAX_POINTS = 5
SAME_POINT = 0.6  # word overlap above which two points say the same


def _leans(sentence: str) -> bool:
    words = tokens(sentence)
    return bool(words) and words[0] in lexicon.load().leaning_words


def _count(sentences: list[str]) -> int:
    return sum(len(s.split()) for s in sentences)


def expand(
    knowledge: Knowledge,
    pid: int,
    index: int,
    budget: int = MAX_WORDS,
    wanted: frozenset[str] = frozenset(),
    fill: int = 0,
) -> Point:
    """The answering sentence and what completes it, within `budget` words: its list,
    the sentence it leans on, the one that leans on it, and a neighbour that states
    more of what the question asks (`wanted`: the question's terms); then, up to
    `fill` words, the rest of its passage, which was cut to be one unit of meaning."""
    passage = knowledge.passages[pid]
    sentences = list(passage.sentences)
    if passage.parent and passage.parent.rstrip().endswith(":"):  # an item: its whole list
        items = knowledge.items_under(pid, passage.parent)
        if sentences[index] in items and _count(items) <= budget:
            index, sentences = items.index(sentences[index]), items
            point = Point(pid, items, index, lead=passage.parent)
            return point
    chosen = [index]
    if sentences[index].rstrip().endswith(":"):  # a lead-in: its list follows
        if index == len(sentences) - 1:
            items = knowledge.items_under(pid, sentences[index])
            sentences += items
        for j in range(index + 1, len(sentences)):
            if _count([sentences[k] for k in [*chosen, j]]) > budget:
                break
            chosen.append(j)

    def fits(extra: list[int]) -> bool:
        return _count([sentences[k] for k in sorted({*chosen, *extra})]) <= budget

    if index > 0 and _leans(sentences[index]) and fits([index - 1]):
        chosen.insert(0, index - 1)
    nxt = chosen[-1] + 1
    if nxt < len(sentences) and _leans(sentences[nxt]) and fits([nxt]):
        chosen.append(nxt)
    if wanted:
        have = set().union(*(stems(sentences[k]) for k in chosen))
        for j in (chosen[0] - 1, chosen[-1] + 1):
            new = 0 <= j < len(passage.sentences) and (stems(sentences[j]) & wanted) - have
            if new and fits([j]):
                chosen = sorted([*chosen, j])
    while fill:  # the rest of the passage, next sentences first, while it fits
        options = [j for j in (chosen[-1] + 1, chosen[0] - 1) if 0 <= j < len(passage.sentences)]
        options = [
            j for j in options if _count([sentences[k] for k in chosen] + [sentences[j]]) <= fill
        ]
        if not options:
            break
        chosen = sorted([*chosen, options[0]])
    shown = [sentences[k] for k in chosen]
    if fill and _count(shown) < SHORT_POINT:  # "Kinesis": a line that heads what follows
        shown += _following(knowledge, pid, fill - _count(shown))
    lead = passage.parent
    if not lead and index == 0 and _leans(sentences[0]):
        lead = _previous_sentence(knowledge, pid)
    if lead and _count([lead, *shown]) > budget + 20:
        lead = None
    return Point(pid, shown, chosen.index(index), lead=lead)


def _following(knowledge: Knowledge, pid: int, budget: int) -> list[str]:
    """Sentences of the passages after this one in the same talk, while they fit."""
    here = knowledge.passages[pid]
    out: list[str] = []
    for other in knowledge.passages[pid + 1 : pid + 4]:
        if other.section_id != here.section_id or other.source != here.source:
            break
        for sentence in other.sentences:
            if _count([*out, sentence]) > budget:
                return out
            out.append(sentence)
    return out


def _previous_sentence(knowledge: Knowledge, pid: int) -> str | None:
    """The last sentence of the passage before, in the same talk: what "It" refers to."""
    if pid == 0:
        return None
    before, here = knowledge.passages[pid - 1], knowledge.passages[pid]
    if before.section_id != here.section_id or before.source != here.source:
        return None
    return before.sentences[-1] if before.sentences else None


def specific(
    knowledge: Knowledge, cands: Candidates, scores: np.ndarray, wanted: frozenset[str]
) -> list[Point]:
    best = int(np.argmax(scores))
    point = expand(
        knowledge, cands.passage_ids[best], cands.indexes[best], MAX_WORDS, wanted, FILL_WORDS
    )
    point.score = float(scores[best])
    return [point]


def broad(knowledge: Knowledge, cands: Candidates, scores: np.ndarray, floor: float) -> list[Point]:
    """Key points: the best sentences from different passages, each above `floor`,
    none repeating one already chosen, in order of relevance."""
    points: list[Point] = []
    seen: list[frozenset[str]] = []
    used: set[int] = set()
    for n in np.argsort(-scores):
        pid = cands.passage_ids[int(n)]
        if pid in used or (points and scores[n] < floor):
            continue
        point = expand(knowledge, pid, cands.indexes[int(n)], POINT_WORDS)
        words = stems(" ".join(point.sentences))
        if any(
            len(words & other) / max(1, min(len(words), len(other))) > SAME_POINT for other in seen
        ):
            continue
        point.score = float(scores[n])
        points.append(point)
        seen.append(words)
        used.add(pid)
        if len(points) == MAX_POINTS:
            break
    return points


def compare(
    knowledge: Knowledge, cands: Candidates, scores: np.ndarray, things: tuple[str, ...]
) -> tuple[list[Point], list[str]]:
    """The best sentence about each thing compared; the things no sentence mentions."""
    points: list[Point] = []
    missing: list[str] = []
    order = [int(n) for n in np.argsort(-scores)]
    for thing in things:
        wanted = stems(thing)
        pick = next(
            (
                n
                for n in order
                if wanted
                and wanted <= knowledge.sentence_stems[cands.passage_ids[n]][cands.indexes[n]]
            ),
            None,
        )
        if pick is None:
            missing.append(thing)
            continue
        point = expand(knowledge, cands.passage_ids[pick], cands.indexes[pick], POINT_WORDS)
        point.score = float(scores[pick])
        if not any(
            p.passage_id == point.passage_id and p.sentences == point.sentences for p in points
        ):
            points.append(point)
    return points, missing
